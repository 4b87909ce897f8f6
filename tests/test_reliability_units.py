"""RELIABILITY.md cases checked without a crawl: the rules themselves, every spelling.

The crawls in test_reliability_crawl.py show each rule at work end to end; here each rule
meets all its inputs (address spellings, encodings, stream states, hostile names).
"""

from __future__ import annotations

import gzip
import json
import logging
import re
import zlib

import pytest
from scrapy.http import HtmlResponse, Request
from scrapy.settings import Settings
from scrapy.utils.test import get_crawler

from newscrawler.downloadermiddlewares.encoding import EncodingRepairMiddleware
from newscrawler.guards.addresses import BlockedAddressError, GuardedResolver
from newscrawler.guards.completeness import stream_state
from newscrawler.guards.html import html_excess
from newscrawler.guards.politeness import retry_after_seconds
from newscrawler.guards.policy import RequestPolicy
from newscrawler.jsonl import dumps_line
from newscrawler.spiders.news import NewsSpider
from tests.conftest import ROOT, html

POLICY = RequestPolicy()


# --- C. Schemes and internal addresses ---------------------------------------------------

@pytest.mark.parametrize("url", [
    "file:///etc/hostname", "file://127.0.0.1/etc/hostname", "data:text/html,<h1>x</h1>", "ftp://example.com/x",
    "s3://bucket/key", "foo://bar/", "javascript:alert(1)",
])
def test_case_12_13_only_http_and_https_may_be_requested(url):
    refusal = POLICY.refuse(url)
    assert refusal is not None and refusal.what == "scheme" and "is not http(s)" in refusal.reason


@pytest.mark.parametrize("url, kind", [
    ("http://169.254.169.254/latest/meta-data/", "link_local"),
    ("http://127.0.0.1:6023/", "loopback"),  # a telnet console port
    ("http://[::1]/", "loopback"),
    ("http://[::ffff:127.0.0.1]/", "loopback"),
    ("http://2130706433/", "loopback"),
    ("http://0x7f.1/", "loopback"),
    ("http://0177.0.0.1/", "loopback"),
    ("http://127.1/", "loopback"),
    ("http://localhost./", "loopback"),
    ("http://LOCALHOST/", "loopback"),
    ("http://api.localhost/", "loopback"),
    ("http://10.1.2.3/", "private"),
    ("http://172.16.0.1/", "private"),
    ("http://192.168.1.1/", "private"),
    ("http://100.64.0.1/", "private"),  # carrier-grade NAT
    ("http://[fd00:ec2::254]/", "private"),  # AWS metadata over IPv6
    ("http://0/", "unspecified"),
])
def test_case_14_every_spelling_of_an_internal_address_is_refused(url, kind):
    refusal = POLICY.refuse(url)
    assert refusal is not None and refusal.what == "address" and f"internal address ({kind})" in refusal.reason


@pytest.mark.parametrize("url", [
    "https://www.hxen.net/a/1.html", "http://8.8.8.8/", "http://[::ffff:8.8.8.8]/", "http://cafe.be/", "http://123.com/",
])
def test_case_14_public_hosts_pass(url):
    assert POLICY.refuse(url) is None


def test_case_14_allowlist_is_by_exact_origin_and_allow_private_turns_the_guard_off():
    policy = RequestPolicy(allowlist=frozenset({"127.0.0.1:8080"}))
    assert policy.refuse("http://127.0.0.1:8080/x") is None
    assert policy.refuse("http://2130706433:8080/x") is not None
    assert policy.refuse("http://localhost:8080/x") is not None
    assert policy.refuse("http://127.0.0.1:8081/x") is not None
    assert RequestPolicy(allow_private=True).refuse("http://127.0.0.1/") is None
    assert RequestPolicy(allow_private=True).refuse("file:///etc/hostname") is not None


def test_case_14_policy_reads_the_settings():
    policy = RequestPolicy.from_settings(Settings({"NEWSCRAWLER_PRIVATE_ALLOWLIST": "127.0.0.1:1, Intranet:80"}))
    assert policy.allowlist == {"127.0.0.1:1", "intranet:80"} and not policy.allow_private


def _resolver(**policy):
    from twisted.internet import reactor

    return GuardedResolver(reactor, 0, 1.0, RequestPolicy(**policy))


@pytest.mark.parametrize("address", ["127.0.0.1", "10.0.0.7", "169.254.169.254", "::1"])
def test_case_15_resolver_refuses_internal_answers(address):
    resolver = _resolver()
    with pytest.raises(BlockedAddressError, match="resolves to internal address"):
        resolver._check(address, "news.example.com")
    assert resolver.refused["news.example.com"] == address
    assert resolver._check("93.184.215.14", "example.com") == "93.184.215.14"


def test_case_15_resolver_exempts_proxy_and_allowlisted_names():
    resolver = _resolver(allowlist=frozenset({"intranet:80"}))
    assert resolver._check("10.0.0.7", "intranet") == "10.0.0.7"
    resolver.exempt.add("proxy.corp")
    assert resolver._check("10.0.0.8", "proxy.corp") == "10.0.0.8"
    assert _resolver(allow_private=True)._check("127.0.0.1", "x.example") == "127.0.0.1"


def test_case_15_settings_install_the_guarded_resolver():
    from scrapy.utils.project import get_project_settings

    settings = get_project_settings()
    assert settings["TWISTED_DNS_RESOLVER"] == "newscrawler.guards.addresses.GuardedResolver"
    assert settings.getbool("NEWSCRAWLER_ALLOW_PRIVATE") is False


# --- B. Truncation, bombs, pathological HTML ----------------------------------------------

PAGE = ("<html><body>" + "".join(f"<p>paragraph {i} {i * 7919}</p>" for i in range(3000)) + "</body></html>").encode()


def test_case_10_stream_state_tells_complete_from_truncated():
    gz = gzip.compress(PAGE)
    assert stream_state(gz, [b"gzip"], 10_000_000) == "complete"
    assert stream_state(gz[: len(gz) // 2], [b"gzip"], 10_000_000) == "truncated"
    deflated = zlib.compress(PAGE)
    raw = zlib.compressobj(wbits=-15)
    raw_deflated = raw.compress(PAGE) + raw.flush()
    assert stream_state(deflated, [b"deflate"], 10_000_000) == "complete"
    assert stream_state(raw_deflated, [b"deflate"], 10_000_000) == "complete"
    assert stream_state(deflated[:-20], [b"deflate"], 10_000_000) == "truncated"
    assert stream_state(deflated + b"garbage" * 100, [b"deflate"], 10_000_000) == "complete"
    layered = gzip.compress(zlib.compress(PAGE))
    assert stream_state(layered, [b"deflate, gzip"], 10_000_000) == "complete"
    assert stream_state(gz, [b"gzip"], 1000) == "over_limit"
    assert stream_state(b"not gzip at all", [b"gzip"], 1000) == "corrupt"
    assert stream_state(b"...", [b"br"], 1000) == "unchecked"


def test_case_11_html_limits():
    deep = HtmlResponse("http://a/", body=b"<html><body>" + b"<div>" * 1000 + b"x" + b"</div>" * 1000 + b"</body></html>")
    assert html_excess(deep.selector.root, 400, 0, 0)[0] == "too_deep"
    text = HtmlResponse("http://a/", body=b"<html><body><p>" + b"z" * 3_000_000 + b"</p></body></html>")
    assert html_excess(text.selector.root, 0, 0, 2_000_000)[0] == "text_node_too_large"
    links = HtmlResponse("http://a/", body=b"<html><body>" + b"<a href='/x'>x</a>" * 20 + b"</body></html>")
    assert html_excess(links.selector.root, 0, 10, 0)[0] == "too_many_links"
    assert html_excess(links.selector.root, 400, 10_000, 2_000_000) is None


# --- E. Encodings: declaration edge cases, invalid bytes --------------------------------------

@pytest.fixture
def enc():
    crawler = get_crawler(NewsSpider)
    mw = EncodingRepairMiddleware.from_crawler(crawler)

    def run(body: bytes, content_type: str = "text/html"):
        resp = html(body, headers={"Content-Type": content_type})
        return resp, mw.process_response(resp.request, resp), crawler.stats

    return run


GBK = "新闻标题今天发布".encode("gbk")


def test_case_27_meta_after_4096_bytes_is_ignored_and_the_bytes_decide(enc):
    stock, out, _ = enc(b"<html><head>" + b" " * 4100 + b"<meta charset='utf-8'></head><body>" + GBK + b"</body></html>")
    assert "新闻标题" in out.text  # the late (wrong) utf-8 meta is not read: the GBK bytes win


def test_case_27_meta_inside_a_comment_is_ignored(enc):
    stock, out, _ = enc(b"<html><head><!-- <meta charset='utf-8'> --></head><body>" + GBK + b"</body></html>")
    assert "新闻标题" in out.text


def test_case_27_utf8_bom_beats_a_gbk_header(enc):
    stock, out, _ = enc(b"\xef\xbb\xbf<html><body>" + "新闻".encode() + b"</body></html>", "text/html; charset=gbk")
    assert stock.encoding == out.encoding == "utf-8" and "新闻" in out.text


def test_case_27_httpequiv_without_dash_is_honoured(enc):
    stock, out, _ = enc(b"<html><head><meta httpequiv='ContentType' content='text/html; charset=gbk'></head><body>" + GBK + b"</body></html>")
    assert stock.encoding == out.encoding == "gb18030" and "新闻标题" in out.text


def test_case_27_unknown_label_x_gbk_and_gb_2312_80(enc):
    _, out, _ = enc(b"<html><head><meta charset='gbk'></head><body>" + GBK + b"</body></html>", "text/html; charset=x-gbk")
    assert out.encoding == "gb18030" and "新闻标题" in out.text
    stock, out, _ = enc(b"<html><head><meta charset='GB_2312-80'></head><body>" + GBK + b"</body></html>")
    assert stock.encoding == out.encoding == "gb18030" and "新闻标题" in out.text


def test_case_27_lone_0x80_in_gbk_is_the_euro_sign(enc):
    _, out, _ = enc(b"<html><head><meta charset='gbk'></head><body>price \x80 5 " + GBK + b"</body></html>")
    assert "price € 5" in out.text


def test_case_27_xml_declaration_utf8_before_gb2312_meta_is_repaired(enc):
    stock, out, stats = enc(b"<?xml version='1.0' encoding='utf-8'?><html><head><meta charset='gb2312'></head><body>" + GBK + b"</body></html>")
    assert stock.encoding == "utf-8" and "新闻标题" not in stock.text  # stock: mojibake
    assert out.encoding == "gb18030" and "新闻标题" in out.text
    assert stats.get_value("newscrawler/encoding/mismatch") == 1


TEXT = "国务院总理今天在北京会见了来访的代表团，双方就经济合作交换了意见。" * 3
UTF8_PAGE = f"<html><head><meta charset='utf-8'><title>t</title></head><body><p>{TEXT}</p></body></html>".encode()


@pytest.mark.parametrize("body, replaced", [
    (UTF8_PAGE[: UTF8_PAGE.index("。</p>".encode()) + 2], 1),  # a character cut at the end
    (UTF8_PAGE.replace("会见".encode(), b"\xff\xfe", 1), 6),  # \xff\xfe inside a UTF-8 page
])
def test_case_28_invalid_bytes_are_replaced_counted_and_the_text_kept(enc, caplog, body, replaced):
    with caplog.at_level(logging.WARNING):
        _, out, stats = enc(body, "text/html; charset=utf-8")
    assert out.encoding == "utf-8" and "代表团" in out.text
    assert stats.get_value("newscrawler/encoding/invalid_bytes") == out.text.count("\ufffd") > 0
    assert f"Invalid utf-8 bytes in {out.url}" in caplog.text


def test_case_28_a_literal_replacement_character_is_not_counted(enc):
    _, out, stats = enc(UTF8_PAGE.replace("会见".encode(), "\ufffd".encode()), "text/html; charset=utf-8")
    assert "\ufffd" in out.text and stats.get_value("newscrawler/encoding/invalid_bytes") is None


# --- F. Output ------------------------------------------------------------------------------

def test_case_37_jsonl_escapes_line_separators_controls_and_non_finite_numbers():
    record = {"body": "a\u2028b\u2029c\u0085d\x1ce</script><script>alert(1)</script>", "score": float("nan"),
              "inf": float("inf"), "nested": [{"x": float("-inf")}]}
    line = dumps_line(record)
    assert line.endswith("\n") and len(line.splitlines()) == 1 and line.count("\n") == 1
    strict = json.loads(line, parse_constant=lambda c: pytest.fail(f"non-finite {c}"))
    assert strict["body"] == record["body"] and strict["score"] is None and strict["nested"][0]["x"] is None
    assert "\u2028" not in line and "\x85" not in line and "\x1c" not in line


def test_case_37_feed_exporter_writes_the_same_safe_lines(tmp_path):
    from newscrawler.exporters import SafeJsonLinesExporter

    path = tmp_path / "out.jsonl"
    with path.open("wb") as f:
        exporter = SafeJsonLinesExporter(f)
        exporter.start_exporting()
        exporter.export_item({"body": "x\u2028y", "n": float("nan")})
        exporter.finish_exporting()
    text = path.read_text(encoding="utf-8")
    assert len(text.splitlines()) == 1 and json.loads(text) == {"body": "x\u2028y", "n": None}


HOSTILE = ["../../etc/cron.d/x", "a/b", "....//x", "CON", "标题" * 100, "nul\x00byte", "/abs/path"]


@pytest.mark.parametrize("name", HOSTILE)
def test_case_38_recorded_files_are_named_by_hash_inside_the_folder(tmp_path, name):
    from newscrawler.replay import RecordMiddleware

    mw = RecordMiddleware(str(tmp_path / "snap"), get_crawler(NewsSpider).stats)
    url = "http://a.example/" + name.replace("\x00", "%00")
    mw.process_response(Request(url), HtmlResponse(url, body=b"<html>x</html>"))
    files = [p for p in (tmp_path / "snap").rglob("*") if p.is_file()]
    assert len(files) == 1 and files[0].parent == tmp_path / "snap" / "pages"
    assert re.fullmatch(r"[0-9a-f]{20}\.html", files[0].name)


def test_case_38_run_files_are_named_from_the_spider_and_the_time_only():
    from newscrawler.runfiles import run_path

    crawler = get_crawler(NewsSpider)
    path = run_path("data/%(spider)s-%(time)s.jsonl", crawler)
    assert re.fullmatch(r"data/news-\d{8}T\d{6}Z\.jsonl", str(path))


def test_case_38_no_unsafe_loader_in_the_code():
    """No config is loaded from YAML or pickle; JSON only (json.loads is safe)."""
    unsafe = re.compile(r"yaml\.(?:load|full_load|unsafe_load)\(|Loader=yaml\.(?:Full|Unsafe)?Loader|pickle\.loads?\(|\beval\(|\bexec\(")
    hits = [f"{p}:{m.group()}" for p in (ROOT / "newscrawler").rglob("*.py") for m in unsafe.finditer(p.read_text(encoding="utf-8"))]
    assert hits == []


# --- F39. robots.txt and Retry-After parsing -------------------------------------------------

def test_case_39_retry_after_as_seconds_or_http_date():
    from datetime import datetime, timezone

    now = datetime(2024, 5, 1, 12, 0, 0, tzinfo=timezone.utc)
    assert retry_after_seconds(b"30") == 30
    assert retry_after_seconds(b"Wed, 01 May 2024 12:01:00 GMT", now) == 60
    assert retry_after_seconds(b"Wed, 01 May 2024 11:00:00 GMT", now) == 0
    assert retry_after_seconds(b"soon") is None and retry_after_seconds(None) is None
