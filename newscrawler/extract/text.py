"""Text blocks of a page, the main content container, and clean paragraphs.

A page is read as a sequence of *blocks*: runs of inline text between block-level boundaries
(``<p>``, ``<div>``, ``<br>``...). Scripts, styles and hidden inline spans (anti-copy text
inside a sentence) are never text; a hidden *block* (a translation tab shown on click) is.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Iterator

from lxml import etree

SKIP_TAGS = frozenset({
    "script", "style", "noscript", "iframe", "template", "svg", "object", "embed", "select",
    "textarea", "button", "input", "form", "head", "title", "meta", "link", "video", "audio",
    "canvas", "map",
})
BLOCK_TAGS = frozenset({
    "p", "div", "td", "th", "tr", "table", "tbody", "thead", "tfoot", "li", "ul", "ol", "dl",
    "dd", "dt", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre", "section", "article",
    "figure", "figcaption", "center", "header", "footer", "main", "aside", "nav", "address",
    "hr", "body", "html", "caption",
})
#: Subtrees that are page furniture, never the article's text.
FURNITURE_TAGS = frozenset({"nav", "footer", "aside", "header"})
FURNITURE_WORDS = frozenset({
    "ad", "ads", "adv", "advert", "advertisement", "banner", "share", "sharing", "bdshare",
    "social", "comment", "comments", "pinglun", "discuss", "discussion", "pager", "pagination", "pagelist", "pages", "breadcrumb",
    "pagenavbar", "pagenavcounter",  # (Joomla 1.0's article pager and its "Page 1 of 2")
    "crumb", "crumbs", "nav", "navbar", "menu", "footer", "foot", "copyright", "sidebar", "side",
    "aside", "toolbar", "print", "sns", "qrcode", "ewm", "login", "search", "position", "topbar",
    "header", "logo", "gotop", "backtop", "player", "newsletter", "subscribe", "subscription",
    "signup", "zan", "digg", "statement", "disclaimer",
    "tweet", "twitter",  # an embedded post (blockquote.twitter-tweet) quotes someone else, not the article
    "podcast",  # a podcast's promo box set in the text (BBC's data-e2e="podcast-promo")
    "pullquote", "bio",  # a quote repeated large, a writer's bio
    "popup", "modal",  # an overlay or an inline prompt (Newspack's donation popup set in the text, 公視's idle-modal of headlines)
    "recent",  # the site's latest posts (光華's div.articleRecent 近期文章)
    "footnote", "footnotes",  # the notes under the text its numbers point to (Substack's div.footnote), not the text
    "vote", "poll",  # a readers' poll set in the text (虎嗅's div.vote: 投票, 投票截止时间)
    "feedback",  # DedeCMS's name for readers' comments (英语站's div.feedback 网友评论)
    "infobox", "factbox",  # a box of tips or facts set beside the story (光華's div.infoBox 賞螢小叮嚀)
    "support", "donate", "donation",  # an appeal for readers' money (論盡's div.aam-support-box 需要你的支持)
    "contact",  # a press release's contact box set in the text (HKTB's div.pr-media-contact: "Ms Cherry Lau…, Tel: …")
    "cta",  # a call to action set in the text (a law firm's div.in-content-cta "Need help…? Contact our team")
    # (pinglun: 评论 in pinyin, EmpireCMS's div.pinglun)
})
#: Class words of a section label: the kicker above a headline, a related item's own label.
SECTION_LABEL_TOKENS = frozenset({
    "category", "cat", "cate", "section", "channel", "column", "kicker", "eyebrow", "lanmu",
    "label", "lbl", "lab", "tag", "topic", "theme", "rubric", "lm",  # (lm: 栏目, as lanmu; 新京报's em.rel-lab)
    "topics", "categories", "genre",  # (Drupal's field--name-field-news-topics, 朝日's span.Genre)
    "sort", "cls",  # (分类: Caixin Global's span.sort on a related item, 淡江時報's em.cls)
    "flytitle",  # (The Economist's section line over a headline: 商论's span.related-articles_flytitle)
})
#: A footnote marker after a glossed word: ``furnished<sup><a href="#_w_1">1</a></sup>``.
_FOOTNOTE = re.compile(r"^\s*[\[(]?\d{1,3}[\])]?\s*$")
#: Class words of a <sup> number that points to a note: a footnote's, a glossary word's.
_NOTE_NUMBER = frozenset({"footnote", "fn", "note", "ref", "voc", "vocab", "vocabulary", "gloss", "glossary"})
_TOKEN_SPLIT = re.compile(r"[\s_\-]+")
_CAMEL = re.compile(r"([a-z])([A-Z])")
_HIDDEN_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden|font-size\s*:\s*0(?:px)?\b", re.I)
#: A rule that hides: its selector list and the class each selector ends with.
_CSS_HIDDEN_RULE = re.compile(
    r"(?P<sel>[^{}]*)\{[^}]*?(?:display\s*:\s*none|visibility\s*:\s*hidden|(?<![\w-])clip-path\s*:\s*inset\(\s*100%\s*\))", re.I
)  # (and the screen-reader-only idiom: BBC's clip-path:inset(100%) labels, "视频, ")
_LAST_CLASS = re.compile(r"\.([A-Za-z_][\w-]*)\s*$")
_CLASS_IN = re.compile(r"\.([A-Za-z_][\w-]*)")
_ZERO_WIDTH = re.compile("[\u200b-\u200d\u2060\ufeff]")
_CJK_BREAK = re.compile(r"(?<=[\u3000-\u303f\u4e00-\u9fff\uff00-\uffef])[ \t\r]*\n\s*(?=[\u3000-\u303f\u4e00-\u9fff\uff00-\uffef])")
_CJK = re.compile(r"[\u4e00-\u9fff\u3400-\u4dbf]")
_CJK_RUN = re.compile(r"[\u4e00-\u9fff\u3400-\u4dbf]+")
_LATIN_RUN = re.compile(r"[A-Za-z]+")

#: One CJK character carries about as much as three Latin ones (a Chinese translation of an
#: English text is about a third of its length in characters).
CJK_WEIGHT = 3


#: CSS utility classes that say where a box sits on screen, not what it is: Bootstrap's
#: ``position-relative`` is no "position" (当前位置, a breadcrumb's name) on 商業周刊's list or
#: 公視's pop-up of headlines.
_POSITION_UTILITY = re.compile(r"(?<![\w-])position-(?:relative|absolute|fixed|sticky|static)(?![\w-])")


@lru_cache(maxsize=8192)
def _names(attrs: str) -> frozenset[str]:
    attrs = _POSITION_UTILITY.sub(" ", attrs) if "position-" in attrs else attrs
    # camelCase and CSS-module names count by their words too: "sourceTitleText" is source...
    words = set(_TOKEN_SPLIT.split(attrs.lower()))
    if _CAMEL.search(attrs):
        for piece in _TOKEN_SPLIT.split(attrs):
            parts = _CAMEL.sub(r"\1 \2", piece).lower().split()
            # camelCase words (ppAccount, newsCategory), not a hash's letters: styled-components'
            # "OyAdTr" or "sc-KMyisU" is no "ad" (報導者's text box)
            if len(parts) > 1 and not any(c.isdigit() for c in piece) and all(len(part) >= 3 for part in parts[1:]) \
                    and len(parts[0]) >= (2 if piece[0].islower() else 3):
                words.update(parts)
    return frozenset(words) - {""}


def screen_reader_only(el: etree._Element) -> bool:
    """Text for screen readers, clipped away on screen (WordPress's ``screen-reader-text``,
    Bootstrap's ``sr-only``, ``visually-hidden``)."""
    names = tokens(el)
    return {"screen", "reader"} <= names or {"sr", "only"} <= names or {"visually", "hidden"} <= names or "visuallyhidden" in names


def tokens(el: etree._Element) -> frozenset[str]:
    """Class and id words of an element, and its test hooks' (``data-qa``, ``data-e2e``,
    ``data-testid``: React pages with hashed class names, SCMP's ``RelatedArticles-SectionLabel``,
    BBC's ``podcast-promo`` and ``consentBanner``), memoised by the attribute text: pages repeat them."""
    return _names(f"{el.get('class', '')} {el.get('id', '')} {el.get('data-qa', '')} {el.get('data-e2e', '')} {el.get('data-testid', '')}")


#: Words that make a "header" the article's own (``article-header``, ``story-header``): it
#: holds the headline and byline, not the site's logo and menu.
_ARTICLE_PARTS = frozenset({"article", "story", "post", "entry", "news", "content", "detail", "main", "note"})  # (豆瓣日记's div.note-header-container)
_SECTIONING = frozenset({"article", "main"})


@lru_cache(maxsize=4096)
def furniture_names(names: frozenset[str]) -> bool:
    found = names & FURNITURE_WORDS
    if not found and ({"pull", "quote"} <= names or {"info", "box"} <= names):  # blockquote.pull-quote (not Bootstrap's pull-left); table.info-box
        return True
    return bool(found) and not (found == {"header"} and not names.isdisjoint(_ARTICLE_PARTS))


def entry_header(el: etree._Element) -> bool:
    """HTML5: a <header> inside <article>/<main> is that article's header (headline, byline), not
    the page's: WordPress's archive entries hold their headline links there."""
    return el.tag == "header" and any(a.tag in _SECTIONING for a in iter_ancestors(el))


def is_furniture(el: etree._Element, wrappers: frozenset = frozenset()) -> bool:
    if el.tag in ("body", "html"):
        return False  # the page itself, whatever its classes say (WordPress's <body class="… has-sidebar">)
    if el.tag in FURNITURE_TAGS and not entry_header(el):
        return el not in wrappers
    return furniture_names(tokens(el)) and el not in wrappers


#: The site's donation or membership page: support.twreporter.org, /donate, /support-us.
_APPEAL_URL = re.compile(r"^(?:https?:)?//(?:support|donate|donation|membership)\.|/(?:donate|donation|support-?us|membership)(?:[/?#.]|$)", re.I)
_APPEAL_TEXT = 600  # characters: an appeal is a heading, a few lines and its button


def appeal_boxes(body: etree._Element) -> frozenset[etree._Element]:
    """Boxes of lines whose only links go to the site's donation page (報導者's 用行動支持報導者,
    three lines and <a href="https://support.twreporter.org">立即支持</a>): an appeal, not the text."""
    boxes = set()
    for a in body.iter("a"):
        if not _APPEAL_URL.search(a.get("href") or ""):
            continue
        box = a.getparent()
        while box is not None and not (box.tag in ("div", "section", "aside") and len(box.findall(".//p")) >= 2):
            box = box.getparent()
        if box is None or box.tag in ("body", "html") or len(normalise_space(box.text_content())) > _APPEAL_TEXT:
            continue
        if all(_APPEAL_URL.search(link.get("href") or "") for link in box.iter("a")):
            boxes.add(box)
    return frozenset(boxes)


def layout_wrappers(blocks: list[Block]) -> frozenset[etree._Element]:
    """Furniture-named elements that are really the page's layout: they hold the headline
    (an <h1>) and most of the running text, e.g. FT's ``block-container has-side side-right``
    around both the story and its side column. Their names say where the side column goes,
    not that they are one. A footer or nav never holds the <h1> and the text, so it stays."""
    running = [(b, weight(b.text)) for b in blocks if b.link_density < 0.5]
    total = sum(w for _, w in running)
    furniture = [(b, w) for b, w in running if b.furniture]
    if 2 * sum(w for _, w in furniture) <= total:
        return frozenset()  # the usual page: no furniture element can hold most of the text
    held: dict[etree._Element, int] = {}
    for block, w in furniture:
        for anc in (block.owner, *iter_ancestors(block.owner)):
            if anc.tag in FURNITURE_TAGS or furniture_names(tokens(anc)):
                held[anc] = held.get(anc, 0) + w
    return frozenset(
        el for el, w in held.items()
        if 2 * w > total and (el.find(".//h1") is not None or _names_the_text(tokens(el)))
    )


#: Words that name an element as the article's text: one named "text have_anchor_share"
#: (财新's #Main_Content_Val) holding most of the page's prose is the text, not a share bar.
_TEXT_WORDS = frozenset({"text", "content", "article", "body", "story", "zw"})


def _names_the_text(names: frozenset[str]) -> bool:
    return bool(names & _TEXT_WORDS) and not names & {"comment", "comments", "footer", "foot"}


def normalise_space(text: str) -> str:
    # A line break between two CJK characters is source formatting, not a space (CSS Text
    # segment-break rules); a real space there (a headline's clause break) is kept.
    if "\n" in text and _CJK.search(text):
        text = _CJK_BREAK.sub("", text)
    if _ZERO_WIDTH.search(text):  # invisible: 微博's "\u200b\u200b走进…"
        text = _ZERO_WIDTH.sub("", text)
    return " ".join(text.split())  # str.split's whitespace is re's \s: nbsp, 　 and all


def cjk_count(text: str) -> int:
    # Runs, not characters: findall builds one string per match.
    return sum(map(len, _CJK_RUN.findall(text))) if _CJK.search(text) else 0


def weight(text: str) -> int:
    cjk = cjk_count(text)
    return len(text) - cjk + CJK_WEIGHT * cjk


def script_counts(text: str) -> tuple[int, int]:
    """(CJK characters, Latin letters)."""
    return cjk_count(text), sum(map(len, _LATIN_RUN.findall(text)))


def hidden_classes(root: etree._Element) -> frozenset[str]:
    """Class names the page's own stylesheets hide (display:none / visibility:hidden). A rule
    for a class inside another (``.t_f .jammer``) counts when the page has that other class;
    海词's ``.only-cn .en`` hides English only once a reader picks "Chinese only"."""
    names: set[str] = set()
    page_classes: set[str] | None = None
    for style in root.iter("style"):
        for rule in _CSS_HIDDEN_RULE.finditer(style.text or ""):
            for selector in rule["sel"].split(","):
                last = _LAST_CLASS.search(selector)
                if not last:
                    continue
                context = _CLASS_IN.findall(selector[: last.start()])
                if context:
                    if page_classes is None:
                        page_classes = {c.lower() for v in root.xpath("//@class") for c in str(v).split()}
                    if not all(c.lower() in page_classes for c in context):
                        continue
                names.add(last[1].lower())
    return frozenset(names)


_CSS_LABEL_RULE = re.compile(r"\.(?P<cls>[A-Za-z_][\w-]*)::?before\s*\{[^}]*?content\s*:\s*(?P<q>['\"])(?P<text>[^'\"]{1,40})(?P=q)", re.I)


def css_labels(root: etree._Element) -> dict[str, str]:
    """Text the page's stylesheets put before an element of a class (``.oeUbtd::before
    {content:'相關文章'}``): 報導者 names its related cards only there."""
    return {
        m["cls"]: m["text"] for style in root.iter("style") for m in _CSS_LABEL_RULE.finditer(style.text or "")
    }


_LAST_ID = re.compile(r"#([A-Za-z_][\w-]*)\s*$")


def hidden_ids(root: etree._Element) -> frozenset[str]:
    """Ids the page's own stylesheets hide (明報's ``#lower{display:none;}``, shown by a script)."""
    return frozenset(
        m[1] for style in root.iter("style") for rule in _CSS_HIDDEN_RULE.finditer(style.text or "")
        for selector in rule["sel"].split(",") if (m := _LAST_ID.search(selector))
    )


def is_hidden(el: etree._Element, hidden: frozenset[str]) -> bool:
    style = el.get("style")
    if (style and _HIDDEN_STYLE.search(style)) or el.get("hidden") is not None:
        return True
    names = el.get("class") if hidden else None
    return bool(names) and not hidden.isdisjoint(names.lower().split())


@dataclass
class Block:
    """A run of inline text and the innermost block element that holds it."""

    owner: etree._Element
    furniture: bool = False  # inside nav, footer, sidebar...: read, but not article text
    parts: list[str] = field(default_factory=list)
    link_chars: int = 0
    has_img: bool = False
    text: str = ""
    #: a translation set sentence by sentence in spans hidden until hover (海词's span.sen_cn):
    #: read as the block's own second paragraph
    translation: list[str] = field(default_factory=list)

    def finish(self) -> Block:
        self.text = normalise_space("".join(self.parts))
        return self

    @property
    def link_density(self) -> float:
        return self.link_chars / max(1, len(self.text))


class BlockReader:
    """Splits a subtree into :class:`Block` s in document order.

    Furniture subtrees (nav, footer, sidebars...) are skipped (``"skip"``), read as text like
    any other (``"read"``), or read into blocks marked ``furniture`` without disturbing the
    blocks around them (``"mark"``: one walk serves both the text and the page's furniture).
    """

    def __init__(self, hidden: frozenset[str], furniture: str = "skip",
                 wrappers: frozenset[etree._Element] = frozenset(), boxes: frozenset[etree._Element] = frozenset()):
        self.hidden = hidden
        self.furniture = furniture
        self.wrappers = wrappers  # furniture-named elements that are layout (layout_wrappers)
        self.boxes = boxes  # furniture known by what it holds, not its name (appeal_boxes)

    def read(self, el: etree._Element) -> list[Block]:
        self._blocks: list[Block] = []
        self._depth = 0  # how many furniture subtrees we are inside
        self._media = next(el.iter("audio", "video"), None) is not None  # player boxes to skip?
        self._current = Block(owner=el)
        self._walk(el, in_link=False, owner=el)
        self._flush(el)
        return [b for b in self._blocks if b.text or b.has_img]

    def _flush(self, owner: etree._Element) -> None:
        block = self._current
        if block.parts or block.has_img:
            self._blocks.append(block.finish())
        if block.translation:
            self._blocks.append(Block(owner=block.owner, furniture=block.furniture, parts=block.translation).finish())
        self._current = Block(owner=owner, furniture=self._depth > 0)

    def _furniture(self, child: etree._Element, in_link: bool) -> None:
        if self.furniture == "mark":
            around = self._current
            self._depth += 1
            self._current = Block(owner=child, furniture=True)
            self._walk(child, in_link, child)
            self._flush(child)
            self._depth -= 1
            self._current = around

    def _text(self, text: str | None, in_link: bool) -> None:
        if text:
            self._current.parts.append(text)
            if in_link:
                self._current.link_chars += len(text.strip())

    def _walk(self, el: etree._Element, in_link: bool, owner: etree._Element) -> None:
        self._text(el.text, in_link)
        for child in el:
            tag = child.tag
            if not isinstance(tag, str):  # comment or processing instruction
                self._text(child.tail, in_link)
                continue
            if (tag in SKIP_TAGS and not (tag == "form" and _wraps_page(child))) or (tag == "sup" and _is_footnote_marker(child)) \
                    or (tag == "a" and _is_note_anchor(child)) or (tag == "summary" and _toggle_label(child)):
                pass
            elif tag == "br":
                self._flush(owner)
            elif tag == "img":
                if _content_image(child):  # a logo or icon at a paragraph's end is not a photo
                    self._current.has_img = True
            elif tag == "p" and _hidden_aside(child, self.hidden):
                pass
            elif tag in BLOCK_TAGS:
                if el.tag in ("abbr", "dfn") and is_hidden(child, self.hidden):
                    pass  # a term's note, hidden until a click (報導者's <abbr title="…">term<div hidden>note</div></abbr>)
                elif self.furniture != "read" and (is_furniture(child, self.wrappers) or child in self.boxes or (self._media and _media_box(child))):
                    self._furniture(child, in_link)
                elif tag == "tr" and _data_row(child):
                    self._flush(child)
                    for cell in child:  # one line, its cells spaced: "Lo Wu 201,340 215,870"
                        if isinstance(cell.tag, str):
                            self._text(" ", False)
                            self._walk(cell, in_link, child)
                    self._flush(owner)
                else:
                    self._flush(child)
                    self._walk(child, in_link, child)
                    self._flush(owner)
            elif not is_hidden(child, self.hidden):  # hidden inline text is anti-copy noise
                self._walk(child, in_link or tag == "a", owner)
            elif _hidden_translation(child, self._current.parts):  # ...unless it translates the sentence
                self._current.translation.append(child.text_content())
            tail = child.tail
            if tail and "\n" in tail and tail.isspace() and child.getnext() is not None:
                tail = " "  # a line break between two elements parts them (齐鲁网's <span>作者：…</span>\n<span>微信…</span>)
            self._text(tail, in_link)


def _hidden_translation(span: etree._Element, visible: list[str]) -> bool:
    """A hidden inline span holding a Chinese sentence after English text: the sentence's
    translation shown on hover, not anti-copy noise (a watermark has no sentence end, and
    inside Chinese text it is in the text's own script)."""
    text = span.text_content().strip()
    if len(text) < 6 or text[-1] not in "。！？”":
        return False
    cjk, latin = script_counts(text)
    if CJK_WEIGHT * cjk < 2 * latin or cjk < 6:
        return False
    before_cjk, before_latin = script_counts("".join(visible))
    return before_latin > CJK_WEIGHT * before_cjk


_CELLS = frozenset({"td", "th"})
_LINE_BREAKING = BLOCK_TAGS | {"br", "img"}  # what in a cell makes it more than one line


def _data_row(tr: etree._Element) -> bool:
    """A table row of figures and short labels in one script, read as one line; a row of an
    English cell and its Chinese translation stays two paragraphs (a pair)."""
    cells = [c for c in tr if isinstance(c.tag, str)]
    if len(cells) < 2 or any(c.tag not in _CELLS for c in cells):
        return False
    chinese = set()
    for cell in cells:
        if any(isinstance(d.tag, str) and d.tag in _LINE_BREAKING for d in cell.iterdescendants()):
            return False
        text = cell.text_content().strip()
        if len(text) > 40:
            return False
        if text and not text.replace(",", "").replace(".", "").replace("%", "").isdigit():
            chinese.add(_mostly_chinese(text))
    return len(chinese) < 2


def _hidden_aside(p: etree._Element, hidden: frozenset[str]) -> bool:
    """A hidden paragraph among visible ones in its own script is a note to machines (财新's
    ``p.aitt`` asking AI summarisers for a disclaimer), not a translation shown on click."""
    if not is_hidden(p, hidden):
        return False
    parent = p.getparent()
    if parent is None:
        return False
    chinese = _mostly_chinese(p.text_content())
    prev = p.getprevious()
    while prev is not None and _toggle(prev):
        prev = prev.getprevious()  # (英语站's p.fy_btn "查看翻译" between a paragraph and its hidden translation)
    if prev is not None and prev.tag == "p" and not is_hidden(prev, hidden) and _mostly_chinese(prev.text_content()) != chinese:
        return False  # right under a visible paragraph in the other language: its translation (SCMP's toggle)
    return any(
        s is not p and s.tag == "p" and not is_hidden(s, hidden) and not _toggle(s) and _mostly_chinese(s.text_content()) == chinese
        for s in parent
    )


def _toggle(el: etree._Element) -> bool:
    """A paragraph that is only a script's button ("查看翻译" running javascript:)."""
    links = list(el.iter("a"))
    return (
        el.tag == "p" and len(links) == 1 and len(normalise_space(el.text_content())) <= 12
        and ((links[0].get("href") or "").startswith("javascript:") or links[0].get("onclick") is not None)
        and normalise_space(links[0].text_content()) == normalise_space(el.text_content())
    )


def _mostly_chinese(text: str) -> bool:
    cjk, latin = script_counts(text)
    return CJK_WEIGHT * cjk >= latin


_ICON_SRC = re.compile(r"logo|icon|emoji|smiley|face/|spacer|blank\.gif", re.I)


def _content_image(img: etree._Element) -> bool:
    # a lazy image's real address is in data-src (大纪元's blank.gif placeholder in src)
    if _ICON_SRC.search(img.get("data-src") or img.get("data-original") or img.get("src") or ""):
        return False
    for side in ("width", "height"):
        value = (img.get(side) or "").rstrip("px")
        if value.isdigit() and int(value) <= 40:
            return False
    return True


def _media_box(el: etree._Element) -> bool:
    """A player box: an <audio>/<video> with its controls' and prompts' text ("Listen and
    repeat", 跟读练习) beside it; a figure of a video with a long transcript stays text."""
    if el.find("audio") is None and el.find("video") is None:  # direct children, searched in C
        return False
    return len(el.text_content()) < 300


def _wraps_page(form: etree._Element) -> bool:
    """A form that holds the page rather than sits in it: ASP.NET WebForms wraps a whole page in
    ``<form id="form1">`` (三立新聞網), headline and text inside; the VSB CMS its text in
    ``<form name="_newscontent_fromname">`` (universities' news sites)."""
    return bool(form.xpath(
        "boolean(.//h1 | .//article | .//input[@name='__VIEWSTATE']) or count(.//p[string-length(normalize-space()) > 40]) >= 3"
    ))  # (WebForms' own __VIEWSTATE field marks its page form: 新城's form1, text in <br> lines under an h4)


def _toggle_label(el: etree._Element) -> bool:
    """A <details> box's short <summary> that opens it ("查看译文", "Show translation"): a control, not text."""
    parent = el.getparent()
    text = " ".join(el.itertext()).strip()
    return parent is not None and parent.tag == "details" and len(text) <= 16 and not re.search(r"[.!?。！？]", text)


def _is_note_anchor(a: etree._Element) -> bool:
    """A bare number linking to its note further down the page, named as one (Substack's
    ``<a class="footnote-anchor" href="#footnote-1">1</a>`` set straight in the text, no <sup>)."""
    return (a.get("href") or "").startswith("#") and bool(tokens(a) & _NOTE_NUMBER) and bool(_FOOTNOTE.match(a.text_content()))


def _is_footnote_marker(sup: etree._Element) -> bool:
    """A number in <sup> that links to a note, follows a link or is named a note's
    (空中美語's sup.voc-num numbering the words of its vocabulary box); m<sup>2</sup> stays text."""
    if not _FOOTNOTE.match(sup.text_content()):
        return False
    if tokens(sup) & _NOTE_NUMBER:
        return True
    prev = sup.getprevious()
    after_link = prev is not None and prev.tag == "a" and not (prev.tail or "").strip()
    return after_link or any((a.get("href") or "").startswith("#") for a in sup.iter("a"))


def text_before(el: etree._Element) -> str:
    """The bare text just before ``el`` in its parent: the previous sibling's tail, or the
    parent's own text when ``el`` comes first (a label like 健康｜ or 译者： before a link)."""
    prev = el.getprevious()
    if prev is not None:
        return prev.tail or ""
    parent = el.getparent()
    return (parent.text if parent is not None else None) or ""


def within(el: etree._Element, ancestor: etree._Element) -> bool:
    """``el`` is ``ancestor`` or inside it."""
    return el is ancestor or any(a is ancestor for a in iter_ancestors(el))


def iter_ancestors(el: etree._Element) -> Iterator[etree._Element]:
    parent = el.getparent()
    while parent is not None:
        yield parent
        parent = parent.getparent()


def in_figure(el: etree._Element) -> bool:
    """Inside a picture's ``<figure>`` or its ``<figcaption>``, or a box named a figure that holds
    its picture (nippon.com's div.c-figure: the chart's title and source): a caption or a credit."""
    return any(
        a.tag in ("figure", "figcaption") or ("figure" in tokens(a) and a.find(".//img") is not None) for a in iter_ancestors(el)
    )
