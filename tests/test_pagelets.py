"""Pagelets: page parts a script writes in as an HTML string (Weibo's FM.view)."""

import json

from newscrawler.extract import extract_page
from newscrawler.extract.pagelets import inline_pagelets
from tests.conftest import html


def fm_view(markup: str) -> str:
    return "<script>FM.view(" + json.dumps({"ns": "pl.content.miniTab.index", "domid": "Pl_Core_ArticleList__62", "html": markup}) + ")</script>"


def test_a_pagelets_html_is_read_in_place():
    from lxml import html as lxml_html
    root = lxml_html.fromstring(f"<html><body><div id='a'></div>{fm_view('<ul><li><a href=/x>one</a></li></ul>')}<p>after</p></body></html>")
    assert inline_pagelets(root) == 1
    assert [a.get("href") for a in root.iter("a")] == ["/x"]
    assert root.find(".//script") is None
    # a script that is no pagelet call is left alone
    root = lxml_html.fromstring('<html><body><script>var data = {"html": "<a href=/y>y</a>"};</script></body></html>')
    assert inline_pagelets(root) == 0 and root.find(".//script") is not None


def test_an_accounts_article_list_written_by_script_is_a_list():
    # 微博: https://weibo.com/p/<id>/wenzhang, every part of the page an FM.view call
    items = "".join(f'<li class="pt_li"><div class="text_box"><div class="title W_autocut"><a href="//weibo.com/ttarticle/p/show?id=230940430861725582956{i}&mod=zwenzhang" class="W_autocut S_txt1">'
                    f"沧澜江口湿地迎来首批越冬候鸟之第{i}篇报道</a></div></div></li>" for i in range(5))
    pager = '<div class="W_pages"><a class="page next S_txt1 S_line1" href="/p/1006065823170946/wenzhang?Pl_Core_ArticleList__62_page=2">下一页</a></div>'
    body = f"<html><head><title>沧澜晨报的头条文章</title></head><body>{fm_view('<ul>' + items + '</ul>' + pager)}</body></html>"
    result = extract_page(html(body, url="https://weibo.com/p/1006065823170946/wenzhang"))
    assert result.kind == "list"
    assert sum("/ttarticle/" in u for u in result.follow) == 5
    assert "https://weibo.com/p/1006065823170946/wenzhang?Pl_Core_ArticleList__62_page=2" in result.follow
