"""RELIABILITY.md sections A-D and cases 35, 37, 39: real crawls against tests/mockserver.py.

Each module fixture runs one `scrapy crawl news` over several fault routes; each test asserts
one case: the log line naming the URL and the reason, the counter, and the output. No test
asserts on time (timeouts here are only a safety net).
"""

from __future__ import annotations

import json

import pytest

from tests.mockserver import MockServer
from tests.reliability import crawl, to

ARTICLES = [f"/news/2024/{i}.html" for i in range(1, 11)]


@pytest.fixture(scope="module")
def servers():
    with MockServer() as main, MockServer() as other:
        yield main, other


# --- A. Transport faults -----------------------------------------------------------------

@pytest.fixture(scope="module")
def transport(servers, tmp_path_factory):
    s, _ = servers
    routes = ["/wait", "/hang-after-headers", "/drip", "/broken", "/broken-chunked", "/drop?abort=0",
              "/drop?abort=1", "/status?n=503&times=2&key=flap", "/ratelimit", "/gone404", "/gone410",
              "/soft404", "/raw-close", "/bad-header"]
    starts = [s.url(p) for p in routes + ARTICLES]
    starts += ["http://127.0.0.1:1/news/2024/97.html", "http://nothing.invalid/news/2024/98.html"]
    run = crawl(tmp_path_factory.mktemp("transport"), starts, {
        "DOWNLOAD_TIMEOUT": "2", "RETRY_TIMES": "2", "NEWSCRAWLER_MAX_RETRY_AFTER": "1", "DNS_TIMEOUT": "2",
        "NEWSCRAWLER_PRIVATE_ALLOWLIST": f"{s.origin},127.0.0.1:1", "LOG_LEVEL": "DEBUG",
    })
    return s, run


def _articles_written(s, run):
    return {s.url(p) for p in ARTICLES} <= set(run.urls())


@pytest.mark.parametrize("route", ["/wait", "/hang-after-headers"])
def test_case_01_no_answer_or_hang_after_headers_times_out_and_gives_up(transport, route):
    s, run = transport
    url = s.url(route)
    assert len(run.lines("Retrying <GET " + url + ">")) == 2
    assert run.lines("Gave up retrying <GET " + url + ">", "took longer than 2.0 seconds")
    assert run.stat("downloader/exception_type_count/scrapy.exceptions.DownloadTimeoutError") >= 6
    assert run.stat("retry/max_reached") >= 3
    assert url not in run.urls() and _articles_written(s, run)


def test_case_02_slow_drip_hits_the_whole_download_timeout(transport):
    s, run = transport
    url = s.url("/drip")
    assert len(run.lines("Retrying <GET " + url + ">")) == 2
    assert run.lines("Gave up retrying <GET " + url + ">", "took longer than")
    assert url not in run.urls() and _articles_written(s, run)


@pytest.mark.parametrize("route", ["/broken", "/broken-chunked"])
def test_case_03_short_body_is_data_loss_and_retried(transport, route):
    s, run = transport
    url = s.url(route)
    assert len(run.lines("Retrying <GET " + url + ">")) == 2
    assert run.lines("Gave up retrying <GET " + url + ">")
    assert run.stat("retry/reason_count/scrapy.exceptions.ResponseDataLossError") >= 4
    assert url not in run.urls()


@pytest.mark.parametrize("route", ["/drop?abort=0", "/drop?abort=1"])
def test_case_04_dropped_or_reset_connection_is_retried_then_given_up(transport, route):
    s, run = transport
    url = s.url(route)
    assert len(run.lines("Retrying <GET " + url + ">")) == 2
    assert len(run.lines("Gave up retrying <GET " + url + ">")) == 1
    assert url not in run.urls() and _articles_written(s, run)


@pytest.mark.parametrize("url, reason", [
    ("http://127.0.0.1:1/robots.txt", "DownloadConnectionRefusedError"),
    ("http://nothing.invalid/robots.txt", "CannotResolveHostError"),
])
def test_case_04_refused_port_and_dns_failure_are_retried_then_the_host_is_skipped(transport, url, reason):
    s, run = transport
    # The first request to a host is its robots.txt: retried twice, given up, and (RFC 9309)
    # an unreachable robots.txt means the host's pages are not crawled this run.
    assert len(run.lines("Retrying <GET " + url + ">")) == 2
    assert len(run.lines("Gave up retrying <GET " + url + ">")) == 1
    assert run.stat(f"retry/reason_count/scrapy.exceptions.{reason}") == 2
    page = url.replace("/robots.txt", "/news/2024/")
    assert run.lines("Not crawling " + page, "was unreachable (" + reason)
    assert run.stat("newscrawler/robots/host_disallowed") == 2
    assert _articles_written(s, run)


def test_case_05_flapping_503_is_retried_into_exactly_one_item(transport):
    s, run = transport
    url = s.url("/status?n=503&times=2&key=flap")
    assert run.urls().count(url) == 1
    assert run.stat("retry/reason_count/503 Service Unavailable") == 2


def test_case_05_retry_after_pauses_the_host_up_to_a_logged_maximum(transport):
    s, run = transport
    url = s.url("/ratelimit")
    assert run.lines("Pausing host 127.0.0.1 for 1s:", url, "429 with Retry-After 30s", "capped at 1s")
    assert run.stat("newscrawler/politeness/retry_after") == 1
    assert run.stat("newscrawler/politeness/retry_after_capped") == 1
    assert run.urls().count(url) == 1  # retried after the pause


def test_case_06_404_410_are_not_retried_and_soft_404_emits_nothing(transport):
    s, run = transport
    for code in (404, 410):
        url = s.url(f"/gone{code}")
        assert run.lines(f"Ignoring response <{code} {url}>")
        assert run.stat(f"httperror/response_ignored_status_count/{code}") == 1
        assert not run.lines("Retrying <GET " + url + ">")
    assert run.lines("Not an article (error page): " + s.url("/soft404"))
    assert run.stat("newscrawler/page/error") == 1
    assert not any(u.endswith(("/gone404", "/gone410", "/soft404")) for u in run.urls())


def test_case_07_body_ended_by_close_and_header_without_colon_parse(transport):
    s, run = transport
    for route in ("/raw-close", "/bad-header"):
        url = s.url(route)
        assert len(run.lines(f"Crawled (200) <GET {url}>")) == 1
        assert run.urls().count(url) == 1


# --- B. Size and compression -------------------------------------------------------------

@pytest.fixture(scope="module")
def sizes(servers, tmp_path_factory):
    s, _ = servers
    routes = ["/largechunkedfile", "/big", "/bomb?enc=gzip", "/bomb?enc=deflate", "/bomb?enc=br",
              "/bomb?enc=zstd", "/bomb?enc=layered", "/deflate-trailing", "/truncated-gzip",
              "/complete-gzip", "/broken-article", "/news/2024/21.html"]
    run = crawl(tmp_path_factory.mktemp("sizes"), [s.url(p) for p in routes], {
        "DOWNLOAD_MAXSIZE": "1000000", "DOWNLOAD_WARNSIZE": "500000", "DOWNLOAD_FAIL_ON_DATALOSS": "False",
        "NEWSCRAWLER_PRIVATE_ALLOWLIST": s.origin, "RETRY_TIMES": "0",
    })
    return s, run


@pytest.mark.parametrize("route", ["/largechunkedfile", "/big"])
def test_case_08_oversized_response_is_cancelled_and_the_crawl_goes_on(sizes, route):
    s, run = sizes
    url = s.url(route)
    assert run.lines("which is larger than download warn size", url)
    assert run.lines("which is larger than download max size", url)
    assert run.stat("downloader/exception_type_count/scrapy.exceptions.DownloadCancelledError") == 2
    assert s.url("/news/2024/21.html") in run.urls()


@pytest.mark.parametrize("enc", ["gzip", "deflate", "br", "zstd", "layered"])
def test_case_09_decompression_bomb_is_ignored_and_counted(sizes, enc):
    s, run = sizes
    url = s.url(f"/bomb?enc={enc}")
    assert run.lines(f"Ignored response <200 {url}> because its body", "exceeded DOWNLOAD_MAXSIZE (1000000 B)")
    if enc in ("gzip", "deflate", "layered"):  # br and zstd are left to Scrapy's own check
        assert run.stat("newscrawler/response/decompression_limit") == 3
    assert url not in run.urls()


def test_case_09_deflate_with_trailing_garbage_finishes(sizes):
    s, run = sizes
    assert s.url("/deflate-trailing") in run.urls()


def test_case_10_truncated_gzip_is_a_reject_never_a_complete_article(sizes):
    s, run = sizes
    url = s.url("/truncated-gzip")
    assert run.lines(f"Truncated response {url}: compressed stream ends before its end marker")
    assert run.lines(f"Rejecting article from truncated response {url}")
    assert run.stat("newscrawler/item/truncated") == 2
    assert url not in run.urls() and s.url("/complete-gzip") in run.urls()
    reject = next(r for r in run.rejects if r["url"] == url)
    assert reject["reason"].startswith("truncated: compressed stream")


def test_case_03_dataloss_allowed_body_is_a_reject_never_a_complete_article(sizes):
    s, run = sizes
    url = s.url("/broken-article")
    assert run.lines(f"Truncated response {url}: body shorter than announced (dataloss)")
    assert url not in run.urls()
    assert next(r for r in run.rejects if r["url"] == url)["reason"].startswith("truncated: body shorter")


# --- C. Schemes, redirects, SSRF ---------------------------------------------------------

@pytest.fixture(scope="module")
def redirects(servers, tmp_path_factory):
    s, other = servers
    p = s.port
    bad_schemes = ["file:///etc/hostname", "data:text/html;base64,PGgxPmhpPC9oMT4=", "ftp://127.0.0.1/x",
                   "s3://bucket/key", "foo://bar/"]
    internal = ["http://169.254.169.254/latest/meta-data/", f"http://2130706433:{p}/news/2024/31.html",
                f"http://0x7f.1:{p}/news/2024/32.html", f"http://[::ffff:127.0.0.1]:{p}/news/2024/33.html",
                f"http://localhost.:{p}/news/2024/34.html", "http://10.0.0.1/news/2024/35.html",
                "http://[::1]/", other.url("/news/2024/36.html")]
    starts = [s.url(f"/redirect?to={to(u)}") for u in bad_schemes + internal]
    starts += [s.url(f"/meta-refresh?to={to('file:///etc/hostname')}"),
               s.url("/list?" + "&".join("to=" + to(u) for u in [
                   "file:///etc/hostname", "file://127.0.0.1/news/2024/41.html", f"ftp://127.0.0.1:{p}/news/2024/42.html",
                   "http://127.0.0.1:1/news/2024/43.html", "/news/2024/44.html"])),
               s.url("/redirect-to?goto=/redirect-to"), s.url("/chain?n=25"), s.url("/chain?n=3"),
               s.url(f"/redirect?to={to('http://news.example.com/news/2024/45.html')}")]
    run = crawl(tmp_path_factory.mktemp("redirects"), starts, {"NEWSCRAWLER_PRIVATE_ALLOWLIST": s.origin, "LOG_LEVEL": "DEBUG"})
    return s, run


def test_case_12_redirect_to_non_http_scheme_is_refused_and_counted(redirects):
    s, run = redirects
    for target in ("file:///etc/hostname", "data:text/html", "ftp://127.0.0.1/x", "s3://bucket/key", "foo://bar/"):
        line = [l for l in run.lines("Not following redirect from", "is not http(s)") if target in l]
        assert line, target
    assert run.stat("newscrawler/redirect/scheme_blocked") == 6  # 5 redirects + 1 meta refresh
    assert run.stat("httperror/response_ignored_status_count/302") >= 5


def test_case_12_meta_refresh_to_file_is_refused_and_counted(redirects):
    s, run = redirects
    url = s.url(f"/meta-refresh?to={to('file:///etc/hostname')}")
    assert run.lines(f"Not following meta refresh from {url} to file:///etc/hostname: scheme 'file' is not http(s)")
    assert "hostname" not in json.dumps(run.items).replace("etc%2Fhostname", "")


def test_case_13_file_links_are_refused(redirects):
    s, run = redirects
    assert run.lines("Dropped non-http(s) link file://127.0.0.1/news/2024/41.html", "scheme 'file' is not http(s)")
    assert run.lines(f"Dropped non-http(s) link ftp://127.0.0.1:{s.port}/news/2024/42.html")
    assert run.stat("newscrawler/link/scheme_blocked") == 2
    assert s.url("/news/2024/44.html") in run.urls()  # the good link on the same page
    assert not any(u.startswith(("file:", "ftp:")) for u in run.urls())


def test_case_13_non_http_download_handlers_are_off():
    from scrapy.utils.project import get_project_settings

    handlers = get_project_settings().getdict("DOWNLOAD_HANDLERS")
    assert all(handlers[s] is None for s in ("file", "data", "ftp", "s3"))


def test_case_14_links_and_redirects_to_internal_addresses_are_refused(redirects):
    s, run = redirects
    p = s.port
    assert run.lines("Dropped internal-address link http://127.0.0.1:1/news/2024/43.html", "internal address (loopback)")
    assert run.stat("newscrawler/link/address_blocked") == 1
    for target, kind in [("http://169.254.169.254/latest/meta-data/", "link_local"),
                         (f"http://2130706433:{p}/news/2024/31.html", "loopback"),
                         (f"http://0x7f.1:{p}/news/2024/32.html", "loopback"),
                         (f"http://[::ffff:127.0.0.1]:{p}/news/2024/33.html", "loopback"),
                         (f"http://localhost.:{p}/news/2024/34.html", "loopback"),
                         ("http://10.0.0.1/news/2024/35.html", "private"),
                         ("http://[::1]/", "loopback")]:
        assert run.lines("Not following redirect from", f"to {target}:", f"internal address ({kind})"), target
    # another port of 127.0.0.1 is another origin: not in the allowlist either
    assert run.lines("Not following redirect from", "/news/2024/36.html", "internal address (loopback)")
    assert run.stat("newscrawler/redirect/address_blocked") == 8
    assert not any("/news/2024/3" in u for u in run.urls())


def test_case_16_redirect_loop_and_long_chain_stop_at_the_maximum_and_are_counted(redirects):
    s, run = redirects
    # A loop back to the same URL is cut by the duplicate filter at its first hop ...
    assert run.lines("Filtered duplicate request", s.url("/redirect-to?goto=/redirect-to"))
    assert s.log.count("/redirect-to?goto=/redirect-to") == 1
    # ... a chain of new URLs by REDIRECT_MAX_TIMES (10), now logged as a WARNING and counted.
    assert run.lines("Discarding", "/chain?n=15", "max redirections reached (11 hops", "started at " + s.url("/chain?n=25"))
    assert run.stat("newscrawler/redirect/max_reached") == 1
    assert s.url("/chain?n=1") in run.urls()  # 3 hops is fine ("from" is stripped as tracking)


def test_case_17_cross_domain_redirect_leaves_allowed_domains(redirects):
    s, run = redirects
    assert run.lines("Filtered offsite request to 'news.example.com'")
    assert run.stat("offsite/filtered") >= 1


def test_case_17_authorization_and_cookie_are_dropped_on_host_change():
    from scrapy.http import Request, Response
    from scrapy.utils.test import get_crawler

    from newscrawler.guards.redirects import GuardedRedirectMiddleware
    from newscrawler.spiders.news import NewsSpider

    mw = GuardedRedirectMiddleware.from_crawler(get_crawler(NewsSpider))
    req = Request("https://a.example/x", headers={"Authorization": "Bearer t", "Cookie": "s=1"})
    out = mw.process_response(req, Response(req.url, status=302, headers={"Location": "https://b.example/y"}))
    assert out.url == "https://b.example/y"
    assert "Authorization" not in out.headers and "Cookie" not in out.headers


# --- C15. DNS rebinding, and proxies ---------------------------------------------------------

@pytest.fixture(scope="module")
def rebinding(servers, tmp_path_factory):
    s, _ = servers
    starts = [f"http://rebind.example:{s.port}/news/2024/51.html", f"http://proxied.example:{s.port}/news/2024/52.html",
              s.url("/news/2024/53.html")]
    run = crawl(tmp_path_factory.mktemp("rebinding"), starts, {
        "TWISTED_DNS_RESOLVER": "tests.mockserver.LoopbackResolver", "NEWSCRAWLER_PRIVATE_ALLOWLIST": s.origin,
    }, env={"http_proxy": f"http://localhost:{s.port}", "no_proxy": "rebind.example,127.0.0.1"})
    return s, run


def test_case_15_a_name_resolving_to_loopback_is_refused_after_resolution(rebinding):
    s, run = rebinding
    url = f"http://rebind.example:{s.port}/news/2024/51.html"
    assert run.lines(f"Refusing {url}: rebind.example resolves to internal address 127.0.0.1 (loopback)")
    assert run.stat("newscrawler/address/blocked_after_dns") >= 1  # the page (and its robots.txt)
    assert url not in run.urls() and s.url("/news/2024/53.html") in run.urls()


def test_case_15_through_a_proxy_names_are_left_to_the_proxy(rebinding):
    s, run = rebinding
    url = f"http://proxied.example:{s.port}/news/2024/52.html"
    assert url in run.urls()
    assert url in s.proxied  # the request went through the proxy (whose host is localhost)


# --- D. Crawler traps ----------------------------------------------------------------------

@pytest.fixture(scope="module")
def traps(tmp_path_factory):
    with MockServer() as main, MockServer() as links, MockServer() as cal1, MockServer() as cal2:
        starts = [main.url("/session/list_1.html?sid=first"), main.url("/dup-list"),
                  links.url("/deep/"), links.url("/manylinks?n=20"), links.url("/manylinks"), links.url("/nested"), links.url("/bigtext"),
                  cal1.url("/cal/list_1.html?y=2000&fan=1"), cal2.url("/cal/list_1.html?y=2000&fan=6")]
        run = crawl(tmp_path_factory.mktemp("traps"), starts, {
            "NEWSCRAWLER_PRIVATE_ALLOWLIST": ",".join(s.origin for s in (main, links, cal1, cal2)),
            "DEPTH_LIMIT": "6", "NEWSCRAWLER_MAX_OUTLINKS_PER_PAGE": "10", "NEWSCRAWLER_MAX_PAGES_PER_HOST": "25",
            "LOG_LEVEL": "DEBUG",
        })
        yield (main, links, cal1, cal2), run


def test_case_18_session_ids_collapse_to_one_page(traps):
    (main, *_), run = traps
    assert sum(1 for p in main.log if p.startswith("/session/")) == 1
    assert run.stat("newscrawler/url/tracking_stripped") >= 3
    assert sorted(u for u in run.urls() if "/news/2024/60" in u) == [main.url(f"/news/2024/60{i}.html") for i in (1, 2, 3)]


def test_case_19_calendar_trap_is_stopped_by_depth_and_by_the_host_budget(traps):
    (_, _, cal1, cal2), run = traps
    assert run.lines("Ignoring link (depth > 6): " + cal1.url("/cal/list_1.html?y=2007"))
    assert run.stat("depth/request_ignored_count") >= 1
    assert run.lines("Page budget of 25 URLs reached for host " + cal2.origin)
    assert run.stat("newscrawler/trap/host_budget") >= 1
    assert sum(1 for p in cal2.log if p.startswith("/cal/")) <= 25


def test_case_20_repeated_path_segments_are_cut(traps):
    (_, links, _, _), run = traps
    assert run.lines("Dropped link " + links.url("/deep/a/a/a/list_1.html"), "path segment 'a' repeated 3 times (max 2)")
    assert run.stat("newscrawler/trap/repeated_segments") == 1
    assert not any(p.startswith("/deep/a/a/a/") for p in links.log)


def test_case_20_too_many_path_segments_are_cut():
    from newscrawler.guards.traps import path_trap

    assert path_trap("http://a/" + "/".join(f"s{i}" for i in range(21)), 2, 20)[0] == "too_many_segments"
    assert path_trap("http://a/news/2024/01/01/1.html", 2, 20) is None  # a date may repeat a segment twice
    assert path_trap("http://a/x/a/b/a/b/a/b/", 2, 20)[0] == "repeated_segments"  # a relative link's loop
    # a faceted filter's values in their own slots are no loop (谷德's list, its start URL)
    assert path_trap("https://www.gooood.cn/filter/type/culture/country/all/material/all/office/all/page/2/", 2, 20) is None


def test_case_21_one_article_under_many_urls_is_written_once(traps):
    (main, *_), run = traps
    copies = [u for u in run.urls() if "800" in u]
    assert len(copies) == 1
    assert run.stat("newscrawler/dedupe/fingerprint") + run.stat("newscrawler/dedupe/url") >= 2
    assert sum(1 for r in run.rejects if r["reason"].startswith("duplicate")) >= 2


def test_case_11_outlinks_are_capped_per_page(traps):
    (_, links, _, _), run = traps
    assert run.lines("Outlink cap reached on " + links.url("/manylinks?n=20"), "keeping the first 10 links")
    assert run.stat("newscrawler/trap/outlinks_capped") == 10
    assert sum(1 for u in run.urls() if "/news/2024/10" in u) == 10


def test_case_11_pathological_html_is_dropped_with_a_log_line(traps):
    (_, links, _, _), run = traps
    assert run.lines(f"Dropping page {links.url('/nested')}: more than 400 levels of nesting")
    assert run.stat("newscrawler/html/too_deep") == 1
    # 20 MB text node: past DOWNLOAD_MAXSIZE (8 MiB), never read (under it: see test_reliability_units)
    assert run.lines("bytes which is larger than download max size (8388608)", links.url("/bigtext"))
    # 100 000 links: dropped before the extractor spends seconds on them
    assert run.lines(f"Dropping page {links.url('/manylinks')}: more than 10000 links")
    assert run.stat("newscrawler/html/too_many_links") == 1
    assert not any(u.endswith(("/nested", "/bigtext", "/manylinks")) for u in run.urls())


# --- F. Output -------------------------------------------------------------------------------

@pytest.fixture(scope="module")
def output(servers, tmp_path_factory):
    s, _ = servers
    from scrapy.utils.project import get_project_settings

    pipelines = {**get_project_settings().getdict("ITEM_PIPELINES"), "tests.mockserver.FailingPipeline": 150}
    run = crawl(tmp_path_factory.mktemp("output"), [s.url("/hostile"), s.url("/news/2024/513.html"), s.url("/news/2024/61.html")],
                {"NEWSCRAWLER_PRIVATE_ALLOWLIST": s.origin, "ITEM_PIPELINES": json.dumps(pipelines)})
    return s, run


def test_case_35_pipeline_bug_quarantines_the_item_with_its_reason(output):
    s, run = output
    url = s.url("/news/2024/513.html")
    assert run.lines("[scrapy.core.scraper] ERROR: Error processing") and "KeyError: 'missing'" in run.log
    reject = next(r for r in run.rejects if r["url"] == url)
    assert reject["kind"] == "error" and reject["reason"].startswith("KeyError")
    assert run.stat("newscrawler/rejects/error") == 1
    assert s.url("/news/2024/61.html") in run.urls()


def test_case_37_hostile_text_stays_one_strict_json_record(output, tmp_path):
    s, run = output
    item = next(i for i in run.items if i["url"] == s.url("/hostile"))
    assert "</script><script>alert(1)</script>" in item["body_en"]  # stored as text, never as HTML
    # U+2028, U+0085 and \x1c are whitespace to the extractor; the exporter escapes any that
    # get through (see test_reliability_units): every line is one strict JSON record.
    text = (run.folder / "articles.jsonl").read_text(encoding="utf-8")
    assert len(text.splitlines()) == len(run.items) == len(text.split("\n")) - 1
    for line in text.splitlines():
        json.loads(line, parse_constant=lambda c: pytest.fail(f"non-finite number {c}"))


# --- F39. robots.txt -----------------------------------------------------------------------

@pytest.fixture(scope="module")
def robots(tmp_path_factory):
    modes = ["503", "404", "delay", "bom", "big", "redirects"]
    with MockServer("503") as a, MockServer("404") as b, MockServer("delay") as c, \
            MockServer("bom") as d, MockServer("big") as e, MockServer("redirects") as f:
        servers = dict(zip(modes, (a, b, c, d, e, f)))
        starts = [srv.url(p) for srv in servers.values() for p in ("/news/2024/71.html", "/private/secret")]
        run = crawl(tmp_path_factory.mktemp("robots"), starts, {
            "NEWSCRAWLER_PRIVATE_ALLOWLIST": ",".join(srv.origin for srv in servers.values()),
            "NEWSCRAWLER_MAX_CRAWL_DELAY": "0.2", "LOG_LEVEL": "DEBUG",
        })
        yield servers, run


def test_case_39_robots_503_means_disallow_for_now(robots):
    servers, run = robots
    srv = servers["503"]
    assert run.lines(f"robots.txt {srv.url('/robots.txt')} answered 503: treating host as disallowed")
    assert run.lines(f"Not crawling {srv.url('/private/secret')}: robots.txt of {srv.origin} answered 503")
    assert run.stat("newscrawler/robots/5xx_disallow") == 1
    assert not any(p.startswith(("/news/", "/private/")) for p in srv.log)


def test_case_39_robots_404_allows_all(robots):
    servers, run = robots
    srv = servers["404"]
    assert {srv.url("/news/2024/71.html"), srv.url("/private/secret")} <= set(run.urls())


def test_case_39_crawl_delay_is_applied_up_to_a_logged_maximum(robots):
    servers, run = robots
    srv = servers["delay"]
    assert run.lines("Crawl-delay 5.0s of 127.0.0.1 capped at 0.2s")
    assert run.stat("newscrawler/robots/crawl_delay_capped") == 1
    assert srv.url("/news/2024/71.html") in run.urls()
    assert run.lines("Forbidden by robots.txt", srv.url("/private/secret"))


@pytest.mark.parametrize("mode", ["bom", "redirects"])
def test_case_39_robots_with_bom_or_five_redirects_is_obeyed(robots, mode):
    servers, run = robots
    srv = servers[mode]
    assert run.lines("Forbidden by robots.txt", srv.url("/private/secret"))
    assert srv.url("/news/2024/71.html") in run.urls()


def test_case_39_robots_over_500_kib_is_cut_and_counted(robots):
    servers, run = robots
    srv = servers["big"]
    assert run.lines(f"robots.txt {srv.url('/robots.txt')} is", "reading the first")
    assert run.stat("newscrawler/robots/truncated") == 1
    assert srv.url("/news/2024/71.html") in run.urls()  # its Disallow came after 500 KiB
