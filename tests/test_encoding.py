"""EncodingRepairMiddleware against the encoding cases of RELIABILITY.md section E."""

import pytest
from scrapy.utils.test import get_crawler

from newscrawler.downloadermiddlewares.encoding import EncodingRepairMiddleware
from newscrawler.spiders.news import NewsSpider
from tests.conftest import html

TEXT = "国务院总理朱镕基今天在北京会见了来访的代表团，双方就经济合作交换了意见。"


@pytest.fixture
def mw():
    crawler = get_crawler(NewsSpider, {"NEWSCRAWLER_SITE_ENCODINGS": {"big5site.com": "big5"}})
    return EncodingRepairMiddleware.from_crawler(crawler), crawler.stats


def page(text: str, meta: str = "") -> str:
    return f"<html><head>{meta}<title>t</title></head><body><p>{text}</p></body></html>"


def test_e22_gbk_bytes_under_gb2312_label_decode_as_gb18030(mw):
    m, stats = mw
    resp = html(page(TEXT, '<meta charset="gb2312">'), encoding="gbk")
    out = m.process_response(resp.request, resp)
    assert out.encoding == "gb18030" and "朱镕基" in out.text


def test_e23_utf8_header_over_gbk_body_uses_meta(mw):
    m, stats = mw
    resp = html(page(TEXT, '<meta charset="gbk">'), encoding="gbk",
                headers={"Content-Type": "text/html; charset=utf-8"})
    assert "\ufffd" in resp.text  # what stock Scrapy gives
    out = m.process_response(resp.request, resp)
    assert "朱镕基" in out.text and "\ufffd" not in out.text
    assert stats.get_value("newscrawler/encoding/mismatch") == 1


def test_e24_utf8_body_under_gb2312_meta_decodes_as_utf8(mw):
    m, stats = mw
    resp = html(page(TEXT, '<meta charset="gb2312">'), encoding="utf-8")
    out = m.process_response(resp.request, resp)
    assert out.encoding == "utf-8" and TEXT in out.text
    assert stats.get_value("newscrawler/encoding/utf8_under_label") == 1


def test_e25_big5_body_under_gb2312_label_is_caught_by_plausibility(mw):
    m, stats = mw
    trad = "國務院總理今天在北京會見了來訪的代表團，雙方就經濟合作交換了意見。"
    resp = html(page(trad, '<meta charset="gb2312">'), encoding="big5")
    out = m.process_response(resp.request, resp)
    assert trad in out.text
    assert stats.get_value("newscrawler/encoding/implausible") == 1


def test_e26_no_declaration_short_gbk_title(mw):
    m, stats = mw
    resp = html("<html><body><p>新闻</p></body></html>", encoding="gbk")
    assert "新闻" not in resp.text  # stock detection guesses a wrong codec
    out = m.process_response(resp.request, resp)
    assert "新闻" in out.text
    assert stats.get_value("newscrawler/encoding/guessed") == 1


def test_per_site_override_wins(mw):
    m, stats = mw
    trad = "國務院總理今天在北京會見了來訪的代表團。"
    resp = html(page(trad), url="https://www.big5site.com/a.html", encoding="big5")
    out = m.process_response(resp.request, resp)
    assert trad in out.text and stats.get_value("newscrawler/encoding/site_override") == 1


def test_correct_utf8_page_is_left_alone(mw):
    m, stats = mw
    resp = html(page(TEXT, '<meta charset="utf-8">'))
    assert m.process_response(resp.request, resp) is resp
