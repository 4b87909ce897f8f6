"""Page classification and field assembly."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import datetime
from functools import partial
from typing import Any
from urllib.parse import urlsplit

from lxml import etree
from scrapy.utils.response import get_base_url

from newscrawler.extract.hanzi import both_forms, zh_re
from newscrawler.extract import dates, jsonld
from newscrawler.extract.bilingual import align, joined_cues, unbracketed
from newscrawler.extract.content import GLOSSARY, TRANSLATION_LABEL, WIRE_DATELINE, Paragraph, blocks_within, find_container, in_picture_box, language_of, paragraphs
from newscrawler.extract.links import (
    COLUMN_BAR, article_links, article_pages, thread_poster, companion_links, dated_view, page_key, is_article_url, one_of_its_stories, is_section, is_list_url, language_versions, links_in, list_columns, main_columns, pagination_links, related_blocks,
    related_links, site_label, split_prefix,
)
from newscrawler.extract.pagelets import inline_pagelets
from newscrawler.extract.meta import (
    HEADLINE_REPORTER, WIRE_IN_CHINESE, breadcrumb_category, byline, canonical, is_organisation, lines_of, edition_section, source_above, listed_byline, chinese_beside, headline_elements, headlines, info_section, kicker, meta_content,
    album_section, bare_source, labelled_section, labelled_source_box, newsroom_byline, original_source, profile_link, rel_category, source_element, wechat_author, english_beside,
)
from newscrawler.extract.profiles import Profile
from newscrawler.urls import same_site
from newscrawler.extract.text import BlockReader, appeal_boxes, hidden_classes, in_figure, layout_wrappers, normalise_space, tokens, weight, within

SOFT_404 = zh_re(
    r"页面不存在|页面未找到|找不到页面|文章不存在|已被删除|404\s*Not\s*Found|Page\s+not\s+found|"
    r"页面已删除|您访问的页面", re.I,
)
#: Running text (weighted characters) above which a page reads as an article.
ARTICLE_TEXT = 400
LIST_LINKS = 3


@dataclass
class PageResult:
    kind: str  # "article", "list", "error" or "other"
    url: str  # canonical URL of the page (page 1 for an article)
    fields: dict[str, Any] = field(default_factory=dict)
    rules: dict[str, str] = field(default_factory=dict)
    page_number: int = 1
    more_pages: list[str] = field(default_factory=list)  # pages 2..n, when this is page 1
    poster: str | None = None  # a paginated forum thread's: the member who wrote this page's first post
    #: list pages: pagination and articles; an article: its pages in the other language
    follow: list[str] = field(default_factory=list)
    fallbacks: list[str] = field(default_factory=list)  # profile fields that found nothing
    untrusted_pairs: int = 0
    layout: str = ""
    #: Doubts worth counting (stats ``newscrawler/extract/<note>``), e.g. date_url_mismatch.
    notes: list[str] = field(default_factory=list)


class _Fields:
    """Applies a profile's selector first, the generic rule after, recording which won."""

    def __init__(self, root: etree._Element, profile: Profile | None):
        self.root, self.profile = root, profile
        self.values: dict[str, Any] = {}
        self.rules: dict[str, str] = {}
        self.fallbacks: list[str] = []

    def profile_nodes(self, name: str) -> list[Any] | None:
        xpath = self.profile.xpaths.get(name) if self.profile else None
        if not xpath:
            return None
        nodes = self.root.xpath(xpath)
        if not nodes:
            self.fallbacks.append(name)
            return None
        self.rules[name] = f"profile {self.profile.name}: {xpath}"
        return nodes

    def profile_text(self, name: str) -> str | None:
        nodes = self.profile_nodes(name)
        if nodes is None:
            return None
        text = normalise_space(" ".join(
            n if isinstance(n, str) else n.text_content() for n in nodes
        ))
        if not text:
            self.fallbacks.append(name)
            self.rules.pop(name, None)
            return None
        return text

    def set(self, name: str, value: Any, rule: str) -> None:
        self.values[name] = value
        self.rules.setdefault(name, rule if value not in (None, "", []) else "none")


def extract_page(response: Any, profile: Profile | None = None) -> PageResult:
    root = response.selector.root
    url = response.url
    inline_pagelets(root)  # (Weibo's list pages: every part of the page is an HTML string in a script)
    body = root.find(".//body")
    if body is None:
        body = root
    hidden = hidden_classes(root)
    appeals = appeal_boxes(body)
    reader = BlockReader(hidden, boxes=appeals)
    f = _Fields(root, profile)
    page_url, canon_rule = canonical(root, url)

    # --- text -------------------------------------------------------------------------
    page_blocks = BlockReader(hidden, furniture="mark", boxes=appeals).read(body)
    wrappers = layout_wrappers(page_blocks)
    if wrappers:  # rare: read again with the layout wrappers as plain elements
        reader = BlockReader(hidden, wrappers=wrappers, boxes=appeals)
        page_blocks = BlockReader(hidden, furniture="mark", wrappers=wrappers, boxes=appeals).read(body)
    containers = f.profile_nodes("content")
    found_generic = containers is None
    h1s = headline_elements(root, wrappers)
    if containers is None:
        found = find_container(body, page_blocks, h1s[0] if h1s else None)
        containers = [found] if found is not None else []
        content_rule = "generic: densest container"
    else:
        content_rule = f.rules.pop("content")
    # Every element of the text, once: for its blocks, its links and where the info lines end.
    in_text_els = {el for c in containers for el in c.iter()}
    crumb = breadcrumb_category(root)
    rel_section = rel_category(root)
    sections = frozenset(filter(None, [crumb, rel_section]))  # (中国数字时代's 【网络民议】 names its rel=category section)
    title, title_zh, prefix, title_rule, title_lines = headlines(root, h1s, sections, url)
    links = links_in(root, get_base_url(response), response.encoding)  # a <base href> moves relative links
    link_texts = [link.text for link in links]
    if prefix is None and (label := site_label(title_zh or "", link_texts)):  # (听VOA's "VOA慢速英语附字幕[翻译]：…")
        if title == title_zh:
            title = _without_label(title, label)
        title_zh = _without_label(title_zh, label)
    if prefix is None and not crumb and title and title == title_zh and (m := COLUMN_BAR.match(title)) and not kicker(h1s) and not rel_section:
        # a column before a bar where the page names no section otherwise (36氪's "36氪首发 | …"); beside
        # a breadcrumb, hk01's "寒冷天氣｜…" is the headline's own topic
        prefix, title = m["p"], m["rest"]
        title_zh = title
    skip = {t for t in (title, title_zh, *title_lines) if t}
    credits: list[str] = []
    if found_generic:  # one container, already read in the page walk
        paras: list[Paragraph] = paragraphs(blocks_within(page_blocks, in_text_els), skip, credits)
    else:
        paras = [p for c in containers for p in paragraphs(reader.read(c), skip, credits)]
    text_weight = sum(weight(p.text) for p in paras)

    # --- classification ---------------------------------------------------------------
    # A headline that the <title> repeats is an article's mark (a list's title is its section).
    story_url = is_article_url(url) or one_of_its_stories(url, links)
    titled = bool(h1s) and title is not None and len(title) >= 12 and story_url
    visible = normalise_space(" ".join(h.text_content() for h in h1s[:1])) + " " + normalise_space(
        (root.findtext(".//title") or "")
    )
    related_els = related_blocks(root, containers[0] if containers else None, page_blocks, links, wrappers)
    if profile and profile.xpaths.get("related"):
        nodes = f.profile_nodes("related")
        if nodes is not None:
            related_els = [n for n in nodes if isinstance(n, etree._Element)]
    in_related = {a for el in related_els for a in el.iter("a")}  # elements, kept alive
    # Headline links inside the text container make a list (titles with summaries). Only the
    # container's own links are judged first: on an article page that is all it takes.
    in_text = {el for el in in_text_els if el.tag == "a"} - in_related
    inside_links = article_links([l for l in links if l.element in in_text], url, wrappers)
    inside = len(inside_links)
    headlined = titled or (bool(h1s) and title is not None and weight(title) >= 24 and is_article_url(url))  # (英语网's 无人机助力全国春耕)
    if inside >= LIST_LINKS and headlined and 5 * sum(weight(l.text) for l in inside_links) < text_weight:
        inside = 0  # a headlined story whose text ends with a few story links ("You might also like:")
    thin = text_weight < ARTICLE_TEXT
    listed = (
        [l for l in article_links(links, url, wrappers) if l.element not in in_related]
        if inside >= LIST_LINKS or thin else []
    )
    # (a list in a column named like a side one: 51VOA's right_box, 每日英语听力's rightContent)
    if thin and len(listed) < LIST_LINKS and (
        main := main_columns(page_blocks, wrappers) | (list_columns(links, url, wrappers) if not listed else frozenset())
    ):
        wrappers = wrappers | main
        listed = [l for l in article_links(links, url, wrappers) if l.element not in in_related]
    pager = pagination_links(links, url) if thin else []  # (read once: the list tests below and a list's links use it)
    if thin and len(listed) < LIST_LINKS and not titled and in_related and pager:
        # a list named like a related block over its pager, on a page with no text (宜宾新闻网's ul.relate-news-wap2)
        every = article_links(links, url, wrappers)
        if len(every) - len(listed) >= LIST_LINKS:
            listed = every
    og_type = (meta_content(root, "og:type") or "").lower()
    if response.status >= 400 or (thin and SOFT_404.search(visible)):
        kind = "error"
    elif inside >= LIST_LINKS or (
        (len(listed) >= LIST_LINKS or (listed and (is_list_url(url) or (not text_weight and any(_extends(l.url, url) for l in listed))
                                                   or any(is_list_url(p) for p in pager))))  # (毕节's two stories over its pager)
        and thin and (og_type != "article" or is_list_url(url) or not h1s or not is_article_url(url) or sum(dated_view(l.url, url) for l in listed) >= LIST_LINKS)
        and (not titled or not text_weight)  # (udn's og:type article on its lists; 眾新聞's on a list with no headline; ICRT's on the list of its days' episodes;
        # a section's heading over no prose at all heads a list: EyeShenzhen's h2 "Bilingual 双语深圳" at node_346512.htm)
    ):
        kind = "list"
    elif text_weight >= ARTICLE_TEXT or og_type == "article" or (h1s and story_url):
        kind = "article"
    else:
        kind = "other"
    result = PageResult(kind=kind, url=page_url)
    if kind == "list":
        seen: set[str] = set()
        for link in [*(pager if thin else pagination_links(links, url)), *(l.url for l in listed), *companion_links(listed, links, url)]:
            if link not in seen:
                seen.add(link)
                result.follow.append(link)
        return result
    if kind != "article":
        return result

    # --- article fields ---------------------------------------------------------------
    base, number, more = article_pages(links, url)
    if number == 1 and not more and page_url != url and same_site(page_url, url):
        # reached with a query of its own (百词斩's ?from_package=…&ts=…), its pager ties the canonical page
        # to a page 2 (not to a comments page further on: 豆瓣's ?start=100)
        alias = article_pages(links, page_url)
        if alias[1] == 1 and alias[2] and page_key(alias[2][0])[1] == 2:
            base, number, more = alias
    result.page_number = number
    if more or number > 1 or page_key(url)[1] > 1:  # (only a paginated page needs it: the spider checks a thread's later pages)
        result.poster = thread_poster(root)
    result.more_pages = more if number == 1 else []
    if number > 1:  # a later page: the article's URL is its first page's
        result.url = base
        canon_rule = "page 1 of a paginated article"
    f.set("url", result.url, canon_rule)
    result.follow = language_versions(links, url)
    f.set("site", (urlsplit(result.url).hostname or "").lower(), "host of url")

    inner = [r for r in related_els if containers and within(r, containers[0]) and r is not containers[0]]
    if inner:  # a related list set inside the text box (YARPP's ol under the last paragraph) is no text
        paras = [p for p in paras if not any(within(p.element, r) for r in inner)]
    leading = _leading_headline(paras, title, title_zh) if number == 1 else None  # (a later page opens with its text: 蛐蛐英语's crosshead)
    if leading is not None:  # the Chinese headline stands above; the English one opens the text
        title, title_zh, title_rule = leading.text, title, "English headline leading the text"
        paras = [p for p in paras if p is not leading and not (p.lang == "zh" and p.text == title_zh)]
    description = meta_content(root, "description", "og:description")
    if paras and _summary_box(paras, description):
        paras = paras[1:]  # the story told short in a box over its paragraphs: a standfirst
    elif teaser := _description_lines(paras, description):
        paras = paras[teaser:]  # the description's lines set apart atop the text (VoiceTube's centred bold teaser)
    elif lead := _ruled_lead(paras):
        paras = [p for p in paras if p not in lead]
    if containers and (lede := _lede_above(page_blocks, containers[0], paras)):
        paras = [lede, *paras]
    release = _release_header(paras)  # (a government press release's heading lines)
    if release:
        paras = paras[len(release[0]):]  # (its lines, each read as a paragraph)
    leading_zh = _leading_chinese_headline(paras, title, title_zh, number)
    if leading_zh is not None:  # the translation block opens with the Chinese headline
        title_zh = leading_zh.text
        at = paras.index(leading_zh)
        label = paras[at - 1] if at and TRANSLATION_LABEL.match(paras[at - 1].text) else None  # (its block's label above it)
        paras = [p for p in paras if p is not leading_zh and p is not label]
    elif title and not title_zh and language_of(title) == "en" and (beside := chinese_beside(root, title)):
        title_zh = beside
        paras = [p for p in paras if p.text != beside]
    elif title and title == title_zh and language_of(title) == "zh" and (
            english := english_beside(root, title)):
        title, title_zh, title_rule = english, title, "English headline under the Chinese one, in <title> too"  # (中国宁波网's div.subheading)
        paras = [p for p in paras if p.text != english]
    if title and title == title_zh and containers and (
        original := _original_headline(containers[0], url) or _original_headline(containers[0].getparent(), url)
    ):  # (the card may stand just above the text's box: 中国数字时代's p.cdt-en-headline over div.cdt-bilingual)
        title = original  # the English original's headline, named in the text (中国数字时代's archive card "标题：<a>…</a>")
    if profile and profile.translation and not any(p.lang == "zh" for p in paras):
        paras = _with_drawn_translation(paras, profile.translation(root), profile.name, f)
    ptitle = f.profile_text("title")
    if ptitle:
        prefix2, ptitle = split_prefix(ptitle)
        prefix = prefix2 or prefix
        f.set("title", ptitle, "")
    else:
        f.set("title", title, f"generic: {title_rule}")
    f.set("title_zh", f.profile_text("title_zh") or title_zh, f"generic: {title_rule}")

    info_blocks = _info_blocks(page_blocks, h1s, in_text_els)
    info_owners = [b.owner for b in info_blocks]
    info = [b.text for b in info_blocks]
    category = f.profile_text("category")
    if category:
        f.set("category", category, "")
    elif prefix and (labelled := labelled_section(info)) not in (None, prefix):
        # 分类：双语新闻 under the headline names the section a 【双语】 marker only hints at
        f.set("category", labelled, "generic: labelled section in the info line")
    elif prefix:
        f.set("category", prefix, "generic: headline prefix")
    elif crumb and (section := meta_content(root, "article:section")) and section != crumb \
            and section == info_section(info_owners):
        # the post's own category, named twice (cloudnative.to's article:section and the info line's
        # span.article-categories "CNCF"), under a breadcrumb that stops at the blog ("首页 > 博客")
        f.set("category", section, "generic: article:section, the info line's section link")
    elif crumb:
        f.set("category", crumb, "generic: breadcrumb")
    elif edition := edition_section(root):  # (an e-paper's printed page over a column's kicker: 中国青年报's 05版：教育科学 over 教育观察)
        f.set("category", edition, "generic: the printed page's name")
    elif (label := kicker(h1s)) and not (
        (section := meta_content(root, "article:section")) and section != label and section in link_texts
    ):  # (報導者's subtitle <h2> above the headline; its article:section is the linked 環境永續)
        f.set("category", label, "generic: section label above the headline")
    elif label:
        f.set("category", section, "generic: article:section, a section link of the page")
    elif label := rel_section:
        f.set("category", label, "generic: the post's rel=category link")
    elif label := info_section(info_owners):
        f.set("category", label, "generic: section label in the info line")
    elif label := labelled_section(info):
        f.set("category", label, "generic: labelled section in the info line")
    elif label := _source_section(info_blocks):
        f.set("category", label, "generic: section after the source")
    elif label := album_section(info):
        f.set("category", label, "generic: the collection the post is filed in")
    elif section := meta_content(root, "article:section"):
        f.set("category", section, "generic: article:section")
    else:
        f.set("category", jsonld.text(root, "articleSection"), "generic: JSON-LD articleSection")

    url_date = dates.from_url(url)
    # Date lines set inside the text (51VOA's "2019-6-18") were kept aside with the credits.
    closing = _closing_lines(page_blocks, in_text_els)
    served = dates.served_at(response.headers.get("Date"))
    f.set("published", *_published(f, root, url_date, info + credits, paras, profile, closing, urlsplit(url).hostname or "", served))
    shown_source = source_element(info_owners) or bare_source(info_owners) or source_above(h1s)
    writer = wechat_author(root)
    if shown_source and shown_source == writer:
        shown_source = None  # the writer after WeChat's date, no source
    # (not a picture's credit under the headline: SBS's figcaption "Source: SBS / Jiayi Lin")
    bylines = [b.text for b in info_blocks if not in_figure(b.owner) and not in_picture_box(b.owner)]
    author, source = byline(bylines + credits + [p.text for p in paras[:1]] + closing, root, shown_source, writer)
    if shown_source and source and shown_source in both_forms((WIRE_IN_CHINESE.get(source, ""),)):
        source = shown_source  # the agency as the source label names it (天之聪's 新华社 over its English dateline's "(Xinhua)")
    if shown_source and source and source != shown_source and (
            source.startswith(shown_source) or (shown_source.startswith(source) and _NAME_TAIL.fullmatch(shown_source[len(source):]))):
        # the labelled paper, not its desk's or app's name in the byline (四川新闻网 over "四川新闻网首屏新闻记者 何俊");
        # the source element's whole name, not the line read short before a share word (WBG官方微博, not WBG官方)
        source = shown_source
    source = source or shown_source
    if source and (parts := _SOURCE_AND_SECTION.match(source)):  # "澎湃新闻∙双语阅读"
        source = parts["source"]
    if source and (issue := _ISSUE_DATE.search(source)) and issue.start() > 0:
        source = source[:issue.start()].rstrip()  # the magazine, not its issue (本文出处：《财富》中文版2026年10月号)
    if source and source == f.values.get("category") and not any(
            source in t and _SOURCE_LABEL.search(t) for t in info):  # (unless labelled: cloudnative.to's "来源 CNCF" under the category CNCF)
        source = None  # the page's section at the end of its info line (中国数字时代's "由 林间 | … | 网络民议") is no source
    if author and author == source:
        author = None  # a media name in an author slot (sina's article:author) is the source
    if author is None and (listed := listed_byline(h1s)):  # (its name line is no paragraph)
        author = listed[0]
        paras = [p for p in paras if not within(p.element, listed[1])]
    author = author or profile_link(info_owners)
    if author and newsroom_byline(author, root):
        author, source = None, source or author
    if author and author == source:
        author = None  # (微博's account link names the paper its byline gave as the source)
    if author is None and title and (m := HEADLINE_REPORTER.search(title)):
        author = m["v"]  # the reporter the headline names, the page's only byline (Now新聞's "(陳嘉欣報道)")
    if author and not source and is_organisation(author):
        source, author = author, None  # a byline naming an institution only (美国驻华使馆's 作者 美国驻华使团)
    if release:  # the release's own heading names the office it is from, and who speaks, over the reposting account
        source, author = release[1] or source, author or release[2]
    f.set("author", f.profile_text("author") or author, "generic: byline")
    if author and paras and paras[-1].text == author:
        paras = paras[:-1]  # the writer's name signing off the text (越南之声's right-aligned <strong>黎氏红</strong>)
    source = source or original_source([b.text for b in page_blocks if len(b.text) <= 60 and not in_picture_box(b.owner)]) or labelled_source_box(root)
    f.set("source", f.profile_text("source") or source, "generic: info line")

    paras = joined_cues(unbracketed(paras))  # (each English sentence's Chinese in brackets after it: two paragraphs; a talk's timed lines: its paragraphs)
    alignment = align(paras)
    en = [p.text for p in paras if _side(p) == "en"]
    zh = [p.text for p in paras if _side(p) == "zh"]
    f.set("paragraphs_en", en, content_rule)
    f.set("paragraphs_zh", zh, content_rule)
    f.set("pairs", alignment.pairs, f"generic: {alignment.layout} alignment")
    here, there = urlsplit(url).netloc, urlsplit(result.url).netloc
    topic_bars = bool(_TOPIC_BAR.match(f.values.get("title_zh") or f.values.get("title") or ""))  # (after a 【】 section: 中国数字时代's 【404文库】山川记｜…)
    related = related_links(related_els, links, url, sections, result.url if here != there else None, topic_bars, hidden)
    if here != there:  # a copy on the publisher's other domain: its links are the original's
        related = [r | {"url": r["url"].replace(f"//{here}/", f"//{there}/", 1)} for r in related]
    # (a topic's timeline lists this story too, marked active: 關鍵評論網's 相關議題)
    related = [r | {"title": _without_label(r["title"], label)} if (label := site_label(r["title"], link_texts)) else r for r in related]
    f.set("related", [r for r in related if r["url"] != result.url], "generic: related block")
    for raw, name in (("paragraphs_en", "body_en"), ("paragraphs_zh", "body_zh")):
        f.rules[name] = f.rules.pop(raw)  # rules are reported by Article field name
    result.fields, result.rules, result.fallbacks = f.values, f.rules, f.fallbacks
    result.untrusted_pairs, result.layout = alignment.untrusted, alignment.layout
    published = f.values.get("published")
    if published and url_date and published[:10] != url_date:
        result.notes.append("date_url_mismatch")  # the URL's date is a cross-check only
    return result


_EMPHASIS = frozenset({"strong", "b"})
_SUBHEADS = frozenset({"h2", "h3", "h4", "h5", "h6"})


def _leading_headline(paras: list[Paragraph], title: str | None, title_zh: str | None) -> Paragraph | None:
    """An English headline set as the first, emphasised line of the text of a page whose
    headline area shows only the Chinese one: short, no sentence end, a heading or bold."""
    if not title or (title_zh and title_zh != title) or language_of(title) != "zh" or len(paras) < 3:
        return None  # (a Chinese-only headline is both title and title_zh)
    # the first English line: opening the text, or opening the English block after the Chinese
    k = next((i for i, p in enumerate(paras) if p.lang == "en"), None)
    if k is None or (k > 0 and (paras[k - 1].lang != "zh" or k + 1 >= len(paras) or paras[k + 1].lang != "en")):
        return None
    first = paras[k]
    if k + 1 < len(paras) and (under := paras[k + 1]).lang == "zh" and under.text != title and len(under.text) <= 40 \
            and under.element is not first.element and _emphasised(under):
        return None  # a crosshead with its own Chinese one under it: a digest's first item (英语学习网's p.en-tit + p.cn-tit)
    # (a question may head it when the Chinese headline follows it: "Can seaweed … plastic?")
    nxt = first.element.getnext()
    paired = nxt is not None and normalise_space(nxt.text_content()) == title
    if len(first.text.split()) > 20 or first.text[-1] in (".;:。" if paired else ".!?;:。"):
        return None
    return first if _emphasised(first, title_zh) else None


def _without_label(headline: str, label: str) -> str:
    return headline[len(label):].lstrip(" :：")


def _description_lines(paras: list[Paragraph], description: str | None) -> int:
    """How many opening paragraphs, lines of one element, say the page's description word for
    word, with more text after them: a teaser set apart under the headline, no part of the text."""
    if not description or len(paras) < 4 or not _emphasised(paras[0]):
        return 0  # (a CMS's description is often the text's opening itself: RTHK's; a teaser is set apart, bold or centred)
    want = _unspaced(description)
    got = ""
    for n, para in enumerate(paras[:3], 1):
        if para.element is not paras[0].element:
            return 0
        got += _unspaced(para.text)
        if got == want:
            return n if n > 1 else 0  # (one paragraph alone is the summary box's case, or the text's first)
        if not want.startswith(got):
            return 0
    return 0


def _summary_box(paras: list[Paragraph], description: str | None) -> bool:
    """The text opens with a box, not a paragraph, that says what the page's description says,
    set right before the paragraphs (公視's ``div.articleimg`` over its ``<p>``s)."""
    if not description or len(paras) < 3:
        return False
    box, nxt = paras[0].element, paras[1].element
    short = normalise_space(description).rstrip(".…。 ")
    return (
        box.tag in ("div", "section") and nxt.tag == "p" and box.getnext() is nxt
        and len(short) >= 20 and paras[0].text.startswith(short)
    )


_LEAD_WEIGHT = 900  # a standfirst: some 300 Chinese characters, or 900 letters


_ORIGINAL_TITLE = zh_re(r"^(?P<named>原文|英文)?(?:标题|原题)\s*[:：]\s*(?P<v>\S.{3,200})$")


def _original_headline(container: etree._Element | None, url: str) -> str | None:
    """An English headline the text names as its original's near its top: "英文原题：…", or a
    "标题：" linked to the original's site (<a href="https://harbor-review.net/…">When the Library Van Stopped Coming</a>)."""
    for p in list(container.iter("p"))[:15] if container is not None else ():
        m = _ORIGINAL_TITLE.match(normalise_space(p.text_content()))
        if not m or language_of(m["v"]) != "en":
            continue
        if m["named"] or any(normalise_space(a.text_content()) == m["v"] and (a.get("href") or "").startswith("http")
                             and not same_site(a.get("href"), url) for a in p.iter("a")):
            return m["v"]  # (named the original's, 英文原题：, or linked to it)
    return None


def _lede_above(blocks: list, container: etree._Element, paras: list[Paragraph]) -> Paragraph | None:
    """The text's first sentence set in a box of its own between the headline and the text, opening
    with a wire dateline (Sputnik's div.article__announce-text "俄罗斯卫星通讯社莫斯科电 …"): the
    text's first paragraph, not a standfirst (a teaser opens with no dateline)."""
    if not paras or WIRE_DATELINE.match(paras[0].text):
        return None
    first = next((i for i, b in enumerate(blocks) if within(b.owner, container)), None)
    for block in reversed(blocks[max(0, first - 8):first] if first else []):
        if block.owner.tag in ("h1", "h2"):
            break
        if not block.furniture and WIRE_DATELINE.match(block.text) and block.link_density < 0.5 and re.search(r"[。！？]$", block.text):
            return Paragraph(block.text, language_of(block.text), block.owner)
    return None


def _ruled_lead(paras: list[Paragraph]) -> list[Paragraph]:
    """A standfirst in a box of its own that opens the text and ends in a drawn rule (an element
    with no text: 報導者's brief, then its separation curve), the text's paragraphs after it
    standing side by side in the box's parent. One or two short paragraphs."""
    if len(paras) < 4 or paras[1].element.tag not in ("p", "h2", "h3", "h4"):  # (a crosshead may open the text proper)
        return []
    parent = paras[1].element.getparent()
    box = paras[0].element
    while box is not None and box.getparent() is not parent:
        box = box.getparent()
    if box is None or box.tag not in ("div", "section") or next((c for c in parent if isinstance(c.tag, str)), None) is not box:
        return []
    if sum(p.element.tag == "p" and p.element.getparent() is parent for p in paras[1:]) < 3:
        return []
    closing = [c for c in box if isinstance(c.tag, str)][-1:]
    if not closing or normalise_space(closing[0].text_content()) or closing[0].find(".//p") is not None:
        return []
    lead = [p for p in paras if p.element is box or within(p.element, box)]
    return lead if 1 <= len(lead) <= 2 and sum(weight(p.text) for p in lead) <= _LEAD_WEIGHT else []


def _leading_chinese_headline(paras: list[Paragraph], title: str | None, title_zh: str | None, number: int = 1) -> Paragraph | None:
    """The Chinese headline set as the emphasised first line of the text, or of a separate
    translation block after the English text: short, no sentence end, bold, centred or a heading;
    on a later page, only where the English text opens it too (a Chinese crosshead opening a
    later page's column is its own: 香港人力資源管理學會's "為本地僱員提供再培訓")."""
    if not title or title_zh or language_of(title) != "en":
        return None
    if number > 1 and paras and paras[0].lang == "en" and len(paras) > 1 and _emphasised(paras[0]):
        return None
    first_zh = start = next((i for i, p in enumerate(paras) if p.lang == "zh"), None)
    if first_zh is None:
        return None
    if TRANSLATION_LABEL.match(paras[first_zh].text) and first_zh + 1 < len(paras) and paras[first_zh + 1].lang == "zh":
        first_zh += 1  # the block's label stands above its headline (臺中市政府's "中文新聞稿", then the headline)
    if start > 0:  # after English text it must open a Chinese block, not pair the line before
        if paras[start - 1].lang != "en" or (first_zh + 1 < len(paras) and paras[first_zh + 1].lang != "zh"):
            return None
    candidate = paras[first_zh]
    if len(candidate.text) > 60 or any(mark in candidate.text for mark in "。！？；"):
        return None
    return candidate if _emphasised(candidate) else None


#: A magazine issue's date after its name: 2026年10月号, 2024年5月號 No.277.
_ISSUE_DATE = zh_re(r"\s*(?:19|20)\d{2}\s*年\s*\d{1,2}\s*月[号]?(?:\s*No\.\s*\d+)?$")
#: A speaker's name and office on a release's heading line: 詹姆斯·R·霍尔顿国务卿.
_SPEAKER = zh_re(r"^(?P<v>[\u4e00-\u9fff·A-Z.]{2,14}?)(?:副?国务卿|大使|总领事|发言人|部长|秘书长|总统|副总统)$")


def _release_header(paras: list[Paragraph]) -> tuple[list[Paragraph], str | None, str | None] | None:
    """A press release's heading set as the text's first paragraphs, short lines broken by <br>
    with its date among them (美国国务院<br>发言人办公室 / 新闻声明<br>詹姆斯·R·霍尔顿国务卿<br>2024年5月15日<br>
    美国东部时间下午04:12): not text; its first line, an institution, is the source, a speaker's line the author."""
    head: list[Paragraph] = []
    lines: list[str] = []
    for p in paras[:8]:
        if head and p.element is head[-1].element:
            head.append(p)  # (a line of the same <p>, read as a paragraph of its own)
            continue
        if len({q.element for q in head}) >= 3:
            break
        parts = lines_of(p.element)  # (its lines as a reader sees them, one per <br>)
        if len(parts) < 2 or any(len(t) > 16 or re.search(r"[。，！？；]", t) for t in parts):
            break
        head.append(p)
        lines += parts
    if not head or not any(dates.is_date_line(t) for t in lines) or len(paras) <= len(head) + 2:
        return None
    source = lines[0] if is_organisation(lines[0]) else None
    speaker = next((m["v"] for t in lines if (m := _SPEAKER.match(t))), None)
    return head, source, speaker


def _emphasised(p: Paragraph, title_zh: str | None = None) -> bool:
    el = p.element
    return (
        el.tag in _SUBHEADS or el.tag == "h1" or "title" in " ".join(tokens(el))
        or "center" in ((el.get("style") or "") + (el.get("align") or "")).lower() or "center" in tokens(el)  # (WordPress's p.has-text-align-center)
        or any(
            (child.tag in _EMPHASIS or tokens(child) & _BOLD)
            and (normalise_space(child.text_content()) == p.text or _unspaced(child.text_content()) == _unspaced(f"{p.text}{title_zh}"))
            for child in el.iterdescendants()  # (百家号's <p><span class="bjh-p"><span class="bjh-strong">)
        )  # (蛐蛐英语's <strong>English headline<br>中文标题</strong>: the bold run holds both headlines)
    )


def _unspaced(text: str) -> str:
    return re.sub(r"\s+", "", text)


_BOLD = frozenset({"strong", "bold"})  # class words: 百家号's bjh-strong reads as {bjh, strong}


#: "澎湃新闻∙双语阅读": a source with the section it filed the story under.
#: A source named by its label in the info line ("来源 CNCF", "来源：新华社").
_SOURCE_LABEL = zh_re(r"(?:^|\s)(?:来源|稿源|出处|Source)\s*[:：]?\s*\S", re.I)
_SOURCE_AND_SECTION = re.compile(r"^(?P<source>[^∙·•\s]{2,20})\s*[∙•·]\s*(?P<section>[^∙·•\s]{2,12})$")
_SOURCE_LINE = zh_re(r"来源\s*[:：]\s*(?P<v>[^\s>›»]{2,40})")


def _source_section(info_blocks: list) -> str | None:
    for block in info_blocks:
        match = _SOURCE_LINE.search(block.text)
        parts = _SOURCE_AND_SECTION.match(match["v"]) if match else None
        if parts and is_section(parts["section"], frozenset()):
            return parts["section"]
    return None


def _side(p: Paragraph) -> str:
    if p.lang != "mixed":
        return p.lang
    return "zh" if weight(p.text) > 2 * len(p.text) else "en"  # mostly CJK by weight


#: A line that may hold a date: a year, a month-day, or a relative day.
_DATED = zh_re(r"(?:19|20)\d{2}|\d{1,2}[-/.月]\d{1,2}|昨日|今日|前日|昨天|今天")


def _info_blocks(blocks: list, h1s: list, in_text_els: set) -> list:
    """Short lines between the headline and the text: where dates, bylines and the section
    label live."""
    headline = set(h1s[0].iter()) if h1s else set()
    start = next((i for i, b in enumerate(blocks) if b.owner in headline), None)
    end = next((i for i, b in enumerate(blocks) if b.owner in in_text_els), len(blocks))
    if start is None:
        start = max(0, end - 6)
    between = [b for b in blocks[start + 1:end] if b.text and len(b.text) <= 200]
    if not between and h1s:  # the headline opens the text (每日英语听力): the info line stands above it
        above = [b for b in blocks[:start] if b.text and len(b.text) <= 200 and not b.furniture and b.link_density < 0.5]
        between = above[-8:][::-1]  # nearest the headline first (信報's p#date under a 休刊日 notice's dates)
    elif h1s and not any(_DATED.search(b.text) for b in between):
        # no date below the headline: the date and info rows set right above it (信報's p#date, p.info)
        above = [b for b in blocks[max(0, start - 3):start] if b.text and len(b.text) <= 200 and not b.furniture]
        between = [b for b in above if _DATED.search(b.text)] + between
    # the lines nearest the headline and nearest the text (a player's buttons may sit between),
    # and a line between them labelled as the posting date (TED's "… • Posted November 7, 2023"
    # below its 26-language menu)
    if len(between) <= 12:
        return between
    return between[:6] + [b for b in between[6:-6] if _POSTED.search(b.text) and _DATED.search(b.text)] + between[-6:]


_UPDATE_LABEL = zh_re(r"更新|修改|编辑于|Updated|Modified", re.I)
_POSTED = zh_re(r"发表于|发布于|发布时间|发布日期|输入\s*[:：]|(?<!first )(?<!originally )Published(?! in\b)|Posted", re.I)  # (TED's "Filmed September 2023 • Posted November 7, 2023"; not a reprint's "first published in The Dominion Post on …")
def _shown_as_update(stamp: str, lines: list[str], tz) -> bool:
    """The page shows this stamp's minute after an update label."""
    for line in lines:
        for label in _UPDATE_LABEL.finditer(line):
            value = dates.parse_text(line[label.end():label.end() + 40].lstrip(" :："), tz)
            if value and "T" in value and value[:16] == stamp[:16]:
                return True
    return False


#: A forum poster's profile beside the post: when they joined or last logged in, not the story's date.
_MEMBER_DATE = zh_re(r"^\s*(?:注册时间|最后登录|上次登录|在线时间|加入时间|Joined|Last (?:login|visit))", re.I)


def _posted_first(lines) -> list[str]:
    """Lines labelled as the posting time (发表于, Published) first, the others in page order."""
    return sorted(lines, key=lambda line: not _POSTED.search(line))


def _with_drawn_translation(paras: list[Paragraph], chinese: list[str], site: str, f: _Fields) -> list[Paragraph]:
    """The profile's script-drawn translation set under its English paragraphs, one for one;
    a count that does not match is not trusted (the page stays English)."""
    english = [p for p in paras if p.lang == "en"]
    if not chinese or len(chinese) != len(english):
        return paras
    f.rules["paragraphs_zh"] = f"profile {site}: translation drawn by script"
    drawn = iter(chinese)
    return [q for p in paras for q in ((p, Paragraph(next(drawn), "zh", p.element)) if p.lang == "en" else (p,))]


#: A headline opening with a topic before a bar that is not its section: "寒冷天氣｜天文台料…".
_TOPIC_BAR = re.compile(r"^[^｜|丨]{2,12}[｜|丨]")


def _seconds_after(a: str, b: str) -> float | None:
    """How far the stamp ``a`` is after the shown time ``b``: within the minute, ``a`` gives it to
    the second (hk01's ``datetime="…09:00:05+08:00"`` shown as 09:00); later, it is an update."""
    try:
        return (datetime.fromisoformat(a) - datetime.fromisoformat(b)).total_seconds()
    except ValueError:
        return None


#: The rest of a source's name a line read cut short before a share word (WBG官方|微博).
_NAME_TAIL = re.compile(r"[\u4e00-\u9fff]{1,4}")


def _closing_lines(blocks: list, in_text_els: set) -> list[str]:
    """Short lines right after the text, with the tooltips set on them: where 知乎 puts
    "编辑于 2024-05-30 08:26" over a tooltip "发布于 2024-05-28 21:10". A vocabulary box
    between is passed over (空中美語's 重點單字 box, then "本文出處：…")."""
    last = max((i for i, b in enumerate(blocks) if b.owner in in_text_els), default=None)
    if last is None:
        return []
    lines = []
    after = [b for b in blocks[last + 1:] if b.text and not b.furniture]
    if after and GLOSSARY.match(after[0].text) and (box := after[0].owner.getparent()) is not None:
        after = [b for b in after if not within(b.owner, box)]
    for block in after[:3]:
        if len(block.text) <= 80:
            tips = [v for el in block.owner.iter() for v in (el.get("data-tooltip"), el.get("title")) if v and len(v) <= 80]
            lines += [*tips, block.text]
    return lines


def _extends(link: str, page: str) -> bool:
    """The link's path is the page's own name with more after it: an e-paper's page
    ``20240611-A2.html`` and its stories ``20240611-A2-58213.html`` (濠江日報)."""
    stem = urlsplit(page).path.rsplit(".", 1)[0]
    return len(stem) > 1 and urlsplit(link).path.startswith((stem + "-", stem + "_"))  # (not a folder's children: a section's)


def _published(f: _Fields, root: etree._Element, url_date: str | None, info: list[str], paras: list, profile,
               closing: list[str] = (), host: str = "", served: datetime | None = None):
    known = dates.parse_tz(profile.timezone) if profile else (
        dates.zone_shown(root) or dates.city_clock(root) or dates.zone_of_host(host) or dates.zone_in_footer(root))
    tz = known or dates.parse_tz("+08:00")
    text = f.profile_text("published")
    if text:
        return dates.parse_text(text, tz) or dates.parse_iso(text, tz), ""
    year = int(url_date[:4]) if url_date else None
    # a line labelled as the posting time first (a forum's "发表于 2024-5-22 20:41:05" after the
    # poster's profile dates), then the first date shown
    # (not a headline naming a day: NCCS's subtitle "…代表团于2025年11月28日访问…" above "December 1, 2025")
    headlines_shown = {f.values.get("title"), f.values.get("title_zh")}
    dated = _posted_first(line for line in info if not _MEMBER_DATE.match(line) and not dates.is_prose(line) and line not in headlines_shown)
    shown = shown_line = None
    for i, line in enumerate(dated):
        zone = dates.zone_named(line) or tz
        if (posted := _POSTED.search(line)) and posted.start() > 0:
            line = line[posted.start():]  # the posting date, not the update before it (朝鲜日报's "更新 : … | 输入 : …")
        if shown := dates.parse_text(line, zone, default_year=year) or dates.relative_day(line, served, zone):
            shown_line = line
            if "T" not in shown and i + 1 < len(dated):  # the time on the line below ("Issued at HKT 11:45")
                shown = dates.with_time_line(shown, dated[i + 1], zone) or shown
            break
    if (shown is None or "T" not in shown) and url_date:  # (央视网's "05-11-25 14:20": the URL says which is the day)
        shown = next((v for line in dated if (v := dates.on_url_day(line, url_date, tz))), shown)
    if shown and "T" in shown and not profile and (
        stamped := dates.zone_stamped(shown, [dates.from_meta(root), dates.from_microdata(root), dates.from_json_ld(root)])
        or (known is None and dates.zone_written([meta_content(root, "article:modified_time", "og:updated_time"), jsonld.text(root, "dateModified")]))
    ):  # the zone was only guessed; the metadata's stamp of the same minute names it, or the zone its other stamps are written in
        tz = stamped
        shown = datetime.fromisoformat(shown).replace(tzinfo=tz).isoformat(timespec="seconds")
    time_el = next((t for t in root.iter("time") if t.get("datetime")), None)
    if shown is None and time_el is not None:  # the date a <time> shows is the page's own line too
        shown = dates.parse_text(normalise_space(time_el.text_content()), tz, default_year=year)
    in_zone = partial(dates.from_script, tz=tz)  # a Unix time is read in the portal's zone
    same = None  # a stamp that only repeats the shown minute (Sputnik's meta 20240315T1530+0800): a later one may give its seconds
    # (the meta stamp with seconds matters only after a first one of the minute alone: it is `same`)
    for getter, rule in ((dates.from_meta, "meta"), (dates.meta_with_seconds, "meta"), (dates.from_microdata, "microdata"), (dates.from_json_ld, "JSON-LD"),
                         (in_zone, "script state")):
        raw = getter(root)
        if raw and shown and "T" in shown and getter is not in_zone and known is None and dates.is_utc(raw) and (zone := dates.shown_zone(shown, raw)):
            if zone.utcoffset(None) != tz.utcoffset(None):  # the page's own zone, read off the UTC stamp of the time it shows
                return dates.parse_iso(raw, zone), f"generic: {rule} in the zone the date line shows"
        if raw and (value := dates.parse_iso(raw, tz)):
            if same:
                if getter is not in_zone and "T" in value and 0 < (_seconds_after(value, shown) or -1) < 60:
                    return value, f"generic: {rule}, the time the date line shows to the second"
                continue
            if value == shown and "T" in value and getter is not in_zone and not dates.has_seconds(raw):
                same = (value, f"generic: {rule}")
                continue
            if shown and "T" in shown and "T" in value and getter is not in_zone and not dates.has_seconds(raw) and value[:16] == shown[:16] \
                    and -60 < (_seconds_after(value, shown) or 0) < 0:
                return shown, f"generic: date line to the second, over a {rule} stamp of its minute"  # (宁夏新闻网's PubDate "18:38", shown 18:38:44)
            # Metadata often carries the day only; the page's own line may add the time.
            if "T" not in value and shown and shown.startswith(value):
                if "T" not in shown and getter is not in_zone:
                    continue  # the day twice (岳阳网's meta publishdate): a later stamp of that day may give the time
                return shown, f"generic: {rule} + date line"
            after = _seconds_after(value, shown) if shown and "T" in shown and "T" in value else None
            if after is not None and 0 <= after < 60 and value != shown and getter is not in_zone:  # (on.cc's script state: no)
                return value, f"generic: {rule}, the time the date line shows to the second"
            dated_line = shown_line is not None and (
                (len(shown_line) <= 40 and not re.search(r"[，。,]", shown_line)) or bool(_POSTED.match(shown_line))
            ) or (shown is not None and "T" not in shown and time_el is not None and (time_el.get("datetime") or "")[:10] == shown)
            # (not a caption's date; a date labelled as the posting one is the page's, 英語島's "發布日期:2024-04-24 瀏覽 3,027 次";
            # a day in a <time> element on a long info line, 流利说's <time datetime="2024-11-06">, is the page's too)
            # a stamp minutes before the shown time of the same day and zone is the CMS's draft, not the
            # time the page says it published (旺旺英语's "时间：2024-06-08 14:02" over a 14:00:00 meta stamp)
            drafted = (after is not None and after <= -60 and value[:10] == shown[:10] and value[19:] == shown[19:]
                       and shown_line is not None and not _UPDATE_LABEL.search(shown_line[:8]))  # (an update line shows the later time: 大纪元's 更新 3:20 PM)
            # (or the day shown is the day in the URL: two witnesses against one stamp, 深圳英文网's meta two days on)
            # (or the page shows the stamp's minute as its update: 麗澄嘉小學's "最後更新 Last updated: 2023-11-08 10:05")
            later_day = shown is not None and "T" not in shown and value[:10] > shown[:10] and (
                dated_line or shown == url_date or _shown_as_update(value, dated, tz))
            if (after is not None and after > 0) or drafted or later_day:
                # metadata later than the time (or the day) the page shows (NHK's one JSON-LD stamp on
                # every story, BBC Learning English's CMS stamp days after the episode): an update or a
                # build time, not the publication
                return shown, f"generic: date line before the {rule} stamp"
            if ("T00:00:00" in value or (dates.is_utc(raw) and "T00:00:00" in str(raw))) and not (shown and "T" in shown):
                # (Taipei Times; Global Voices' UTC midnight, not 08:00 in the portal's zone)
                return (shown or value)[:10], f"generic: {rule}, a midnight stamp of a date-only field"
            zoneless = dates.is_utc(raw) or getter is in_zone  # (a Unix time in a script has no zone either)
            if shown and zoneless and (("T" not in shown and getter is in_zone) or shown[:10] != value[:10]):
                # a UTC stamp landing on another day in the portal's zone, or a script's time beside a
                # date-only line: the line is right (a metadata UTC stamp of the shown day, read in the
                # portal's zone, gives the time: 英孚's 2024年3月5日 and 2024-03-04T23:40:00+00:00)
                return shown, "generic: date line over a UTC stamp"
            if getter is in_zone and shown and "T" in shown:
                return shown, "generic: date line over the script's time"  # (潮新闻's 07:35:21 over a script's pubtime 07:35)
            return value, f"generic: {rule}"
    if same:
        return same
    if time_el is not None and (value := dates.parse_iso(stamp := time_el.get("datetime"), tz)):
        if shown and "T" not in shown and dates.is_utc(stamp):
            return shown, "generic: date line over a UTC stamp"  # (Drupal's date-only field: T12:00:00Z)
        if "T00:00:00" in value and not (shown and "T" in shown):
            return value[:10], "generic: <time datetime>, a midnight stamp of a date-only field"  # (宗鄉總會's theme)
        return value, "generic: <time datetime>"
    if shown:
        return shown, "generic: date line"
    # (the posting time over an edit's: 知乎's tooltip 发布于 under 编辑于)
    if after := next((v for line in _posted_first(closing) if (v := dates.parse_text(line, tz, default_year=year))), None):
        return after, "generic: date line after the text"
    for p in paras[:1]:
        if value := dates.parse_text(p.text[:80], tz, default_year=year):
            return value, "generic: dateline"
    return url_date, "generic: URL"
