from newscrawler.items import ARTICLE_FIELDS
from newscrawler.loaders import fingerprint, load_article

PAGE1 = {
    "url": "https://www.hxen.net/a/1.html", "site": "www.hxen.net", "title": "  Hello \n world ",
    "title_zh": None, "category": "国内英语新闻", "published": "2015-11-13",
    "paragraphs_en": ["First  paragraph.", "Second."], "paragraphs_zh": [],
    "pairs": [], "related": [{"url": "https://www.hxen.net/r/1.html", "title": "R1", "category": None}],
}
PAGE2 = {
    "url": "https://www.hxen.net/a/1.html", "title": "Hello world (2)", "paragraphs_en": ["Third."],
    "related": [{"url": "https://www.hxen.net/r/1.html", "title": "R1", "category": None},
                {"url": "https://www.hxen.net/r/2.html", "title": "R2", "category": None}],
}


def test_pages_merge_into_one_article_in_declared_field_order():
    item = load_article([PAGE1, PAGE2])
    assert tuple(item.keys()) == ARTICLE_FIELDS
    assert item["title"] == "Hello world"  # first page wins, whitespace normalised
    assert item["body_en"] == "First paragraph.\n\nSecond.\n\nThird."
    assert [r["url"] for r in item["related"]] == ["https://www.hxen.net/r/1.html", "https://www.hxen.net/r/2.html"]
    assert item["pages"] == 2 and item["language"] == "en" and item["body_zh"] is None


def test_language_and_pairs_for_bilingual_pages():
    page = {**PAGE1, "paragraphs_zh": ["第一段。"], "pairs": [{"en": "First paragraph.", "zh": "第一段。"}]}
    item = load_article([page])
    assert item["language"] == "en-zh" and item["pairs"] == [{"en": "First paragraph.", "zh": "第一段。"}]


def test_fingerprint_ignores_whitespace_and_case_only():
    assert fingerprint("A  b", "x", None) == fingerprint("a b", "x ", "")
    assert fingerprint("A", "x", None) != fingerprint("A", "y", None)


def test_pages_that_cut_the_two_blocks_differently_are_aligned_as_a_whole():
    from tests.test_bilingual import EN, ZH
    page1 = {**PAGE1, "paragraphs_en": EN[:2], "paragraphs_zh": [], "pairs": []}
    page2 = {"url": PAGE1["url"], "paragraphs_en": EN[2:], "paragraphs_zh": ZH,
             "pairs": [{"en": EN[2], "zh": ZH[0]}]}  # what page 2 alone pairs up, wrongly
    item = load_article([page1, page2])
    assert item["pairs"] == [{"en": e, "zh": z} for e, z in zip(EN, ZH)]
