"""Patterns written in simplified characters also read traditional text (Taiwan, Hong Kong)."""

from newscrawler.extract import extract_page
from newscrawler.extract.hanzi import both_scripts, traditional, zh_re
from tests.conftest import html


def test_a_pattern_accepts_either_form_and_keeps_its_escapes_and_classes():
    assert both_scripts(r"记者\s*[编辑]") == r"[记記]者\s*[编編辑輯]"
    assert zh_re(r"^相关新闻$").match("相關新聞") and zh_re(r"^相关新闻$").match("相关新闻")
    assert not zh_re(r"^相关新闻$").match("相关阅读")
    assert traditional("禁止转载") == "禁止轉載"


def test_a_traditional_page_has_its_noise_bylines_and_related_block_read():
    body = """<html><head><title>港鐵將延長週末服務時間</title></head><body><div class="main">
    <h1>港鐵將延長週末服務時間</h1><div class="info">記者：王小明　來源：本報</div><div class="text">
    <p>港鐵公司今日宣布，由下月起逢星期五及星期六晚上延長列車服務時間，方便市民參與夜間活動。</p>
    <p>發言人表示，延長服務的安排會先試行三個月，公司會按乘客量檢討是否恆常化。</p>
    <p>責任編輯：陳大文</p></div>
    <div class="related"><h3>相關新聞</h3><ul><li><a href="/news/2024/0520/123456.html">機場快綫增加班次應付暑假需求</a></li></ul></div>
    </div></body></html>"""
    fields = extract_page(html(body)).fields
    assert fields["author"] == "王小明" and fields["source"] == "本報"
    assert fields["paragraphs_zh"][-1].startswith("發言人表示")
    assert [r["title"] for r in fields["related"]] == ["機場快綫增加班次應付暑假需求"]


def test_shu_has_its_traditional_form():
    assert zh_re(r"^页数[:：]").match("頁數：") and zh_re(r"(?<!数据)来源").search("數據来源") is None


def test_plain_phrases_are_matched_in_either_form_too():
    from newscrawler.extract.content import is_noise_line
    from newscrawler.extract.hanzi import both_forms
    assert both_forms(("禁止转载", "admin")) == ("禁止转载", "禁止轉載", "admin")
    assert is_noise_line("本網站內容未經授權，禁止轉載。")


def test_bu_also_reads_its_hong_kong_form_but_stays_itself_in_traditional():
    # 澳門理工大學's "發佈日期：2024-05-14"; Taiwan writes 發布
    assert zh_re(r"^发布日期[:：]").match("發佈日期：2024-05-14")
    assert zh_re(r"^发布日期[:：]").match("發布日期：2024-05-14")
    assert traditional("发布") == "發布"
