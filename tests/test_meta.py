"""Headline, section label, byline: what a page says about its article."""

import pytest

from newscrawler.extract import extract_page
from newscrawler.extract.jsonld import text as jsonld_text
from tests.conftest import html

PROSE = ("Honeybees are famous for the waggle dance, a series of movements that tells other bees "
         "where to find food, a new study of bee colonies in China and the United States says. ")


def article(before_h1: str = "", head: str = "") -> str:
    return f"""<html><head><title>Young Honeybees Learn Their Dance From Older Bees</title>{head}</head>
    <body><div class="main">{before_h1}<h1>Young Honeybees Learn Their Dance From Older Bees</h1>
    <div class="text"><p>{PROSE}</p><p>{PROSE}again.</p></div></div></body></html>"""


@pytest.mark.parametrize("label", [
    '<div class="category"><a href="/z/1990">学英语</a></div>',
    '<div class="story-theme"><a href="/tag/全球经济">全球经济</a><button>关注</button></div>',
])
def test_the_section_label_above_the_headline_is_the_category(label):
    category = extract_page(html(article(label))).fields["category"]
    assert category in ("学英语", "全球经济")


def test_a_tag_list_or_an_unnamed_line_above_the_headline_is_not_a_category():
    tags = '<div class="tags"><a href="/t/1">Bees</a> <a href="/t/2">Science</a></div>'
    assert extract_page(html(article(tags))).fields["category"] is None
    assert extract_page(html(article('<div class="x">学英语</div>'))).fields["category"] is None


def test_json_ld_gives_the_section_and_author_when_the_page_shows_neither():
    ld = ('<script type="application/ld+json">{"@context": "https://schema.org", "@type": "NewsArticle",'
          ' "articleSection": "学英语", "author": {"@type": "Person", "name": "Anna Matteo"}}</script>')
    fields = extract_page(html(article(head=ld))).fields
    assert (fields["category"], fields["author"]) == ("学英语", "Anna Matteo")


def test_json_ld_values_nested_listed_or_broken():
    root = html("""<html><head><script type="application/ld+json">not json</script>
    <script type="application/ld+json">{"@graph": [{"@type": "WebPage"},
    {"@type": "NewsArticle", "author": [{"name": "Jill Robbins"}], "datePublished": "2023-04-12"}]}</script>
    </head><body></body></html>""").selector.root
    assert jsonld_text(root, "author") == "Jill Robbins"
    assert jsonld_text(root, "datePublished") == "2023-04-12"
    assert jsonld_text(root, "articleSection") is None
