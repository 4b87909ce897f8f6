"""Links that matter: the article's own related block, list pagination, article links and the
pager of a multi-page article. Site-wide sidebars, hot lists and ads are never related."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from urllib.parse import parse_qsl, urlencode, urljoin, urlsplit, urlunsplit

from lxml import etree
from w3lib.url import safe_url_string

from newscrawler.extract import dates
from newscrawler.extract.hanzi import zh_re
from newscrawler.extract.text import (
    FURNITURE_TAGS, css_labels, FURNITURE_WORDS as _FURNITURE, SECTION_LABEL_TOKENS, furniture_names as _furniture_names, iter_ancestors,
    entry_header, is_hidden, normalise_space, text_before, tokens, weight, within,
)
from newscrawler.urls import clean_url, is_tracking_param, same_domain, same_site

_LABEL = (
    r"(?:(?:更多)?(?:相关文章|相关阅读|相关新闻|相关报道|相关内容|相关议题|相关节目|相关消息)|更多[\w]{2,16}报[道导]|相关链接|相关推荐|相关热点|相关稿件|相关|相关帖子|相关主题|延伸阅读|推荐阅读|往期推荐|往期回顾|猜你喜欢|"
    r"你可能还喜欢|你可能感兴趣|你可能也喜欢|"
    r"Related(?:\s+(?:Articles?|Stories|Coverage|News|Reading|Content|Links|Talks|Videos|Episodes|Posts|Items))?|Read more|"
    r"More on this(?: story| topic)?|You (?:may|might) also like)"
)
_INLINE_RELATED = zh_re(rf"^(?P<label>{_LABEL})\s*[:：]\s*\S", re.I)
#: A related block's label, alone or with its translation ("相关阅读 Related").
RELATED_LABEL = zh_re(rf"^(?:[\u4e00-\u9fff]{{2,6}}\s*[-–—]\s*|「[^」]{{1,12}}」的?)?{_LABEL}\s*[:：]?(?:\s*[/|]?\s*{_LABEL}\s*[:：]?)?$", re.I)  # (明報's 日報新聞-相關報道：)
#: A row of tabs whose open (first) one is the related block: "相关推荐 热点推荐", also run
#: together ("相关推荐热点推荐") when the tabs are spans on their own lines.
_TAB_ROW = zh_re(rf"^(?P<label>{_LABEL})\s*(?:(?:热点|热门|最新|排行|推荐|精选|阅读|新闻){{1,2}}\s*){{1,3}}$", re.I)
_MORE = zh_re(r"^(?:(?:查看)?更多\S{0,12}\s*[>»›]*|(?:More|See all|View all)\s*[>»›]*)$", re.I)
_DECORATION = re.compile(r"^[\s▼▲▶►▷◆◇●○■□★☆→↓|·•—-]+|[\s▼▲▶►▷◆◇●○■□★☆←↓|·•—-]+$")
_TRAILING_MORE = zh_re(r"(?:\s+|(?<=[\u4e00-\u9fff]))(?:(?:查看)?更多\S{0,6}?|More|See all|View all)\s*[>»›]*\s*$", re.I)
#: Labels that are also used for site-wide recommendations: accepted only close to the text.
WEAK_LABEL = zh_re(r"推荐阅读|往期推荐|往期回顾|猜你喜欢|你可能|相关推荐|更多[\w]{2,16}报[道导]|You (?:may|might) also like|Read more", re.I)  # (中天's "更多中天新聞網報導：": the site's, beside its 相關新聞)
_RELATED_TOKENS = frozenset({"related", "xgwz", "xgyd", "relate", "relatednews", "relateditems"})  # (Joomla's ul.relateditems)
#: 中時's section#recommended-article: this story's picks (a bare "recommend" is often the site's).
_RECOMMENDED_ARTICLE = frozenset({"recommended", "article"})
#: The editors' picks: the site's choice, whatever the box around them is named.
_EDITORS_PICKS = frozenset({"editor", "choice"})
_SIDE_TOKENS = frozenset({
    "side", "sidebar", "aside", "right", "rightbar", "r", "hot", "hotnews", "rank", "ranking",
    "popular", "most", "mostviewed", "ad", "ads", "advert", "recommend-side", "col-right",
})
#: A list item's "read the whole article" link: its headline stands apart, unlinked.
READ_MORE = zh_re(r"^(?:阅读全文|查看全文|全文|详细|详情|阅读更多|Read more|Read on|Full story)\s*[»>›…]*$", re.I)
#: Outside a pager, only a "next" link is pagination (首页 there is usually the home page).
NEXT_TEXT = zh_re(r"^(?:下一页|下页|Next|Next\s*[›»>]|[›»]|>>|More|(?:加载|载入)更多|Load more)$", re.I)  # (am730's 載入更多 button with an href)
PAGINATION_TEXT = zh_re(
    r"^(?:下一页|下页|上一页|上页|尾页|末页|首页|\d{1,4}|\[\d{1,4}\]|【\d{1,4}】|第\d{1,4}页|Next|Prev(?:ious)?|Last|First|"
    r"[›»>]+|[‹«<]+|Next\s*[›»>]{1,2}|[‹«<]{1,2}\s*Prev(?:ious)?|Page\s+\d{1,4}|More|[‹«<]?\s*(?:Older|Newer) (?:Entries|Posts)\s*[›»>]?)$",  # (WordPress's "« Older Entries")
    re.I,
)
_PAGER_TOKENS = frozenset({
    "pages", "pager", "pagination", "pagelist", "page", "dede_pages", "paging", "pagebox",
    "pagenav", "pagenavi", "pagenavbar", "pg", "fenye", "zdfy", "fy",  # (WP-PageNavi's div#pagenavi, Joomla 1.0's div.pagenavbar)
})
#: WordPress's own pager of a post's pages (wp_link_pages' p.post-nav-links), whose words alone say nothing.
_PAGER_CLASSES = ("post-nav-links",)
_PAGE_SUFFIX = re.compile(r"^(?P<stem>.+?)(?:[_-]|\.(?=\d{1,3}\.[A-Za-z]{3,5}$))(?P<n>\d{1,3})(?P<ext>\.[A-Za-z]{3,5})?$")  # (AEM's selector page, wine-dine-2024.2.html)
#: /p1307958/page2/, /slug/page/2/, 中国考研网's /article/id/590388/pagenum/2.shtml (page 1: …/590388.shtml)
_PAGE_DIR = re.compile(r"^(?P<head>.+/)page(?:num)?[_/-]?(?P<n>\d{1,3})(?P<ext>\.s?html?)?/?$")
#: A later page of a story whose folder is named by its id: …/1034466/index-2.html (page 1: …/1034466/)
_FOLDER_PAGE = re.compile(r"^(?P<head>.*/[^/]*\d{5,}[^/]*/)index[_-](?P<n>\d{1,3})\.s?html?$")
#: 博达 VSB's later page of a story: …/c399a189872/page2.htm (page 1: …/page.htm)
_VSB_PAGE = re.compile(r"^(?P<head>.+/c\d+a\d+/)page(?P<n>\d{1,3})(?P<ext>\.s?html?)$")
#: ThinkPHP's page number written into the path after the record's id: 天之聪's /article/id/5071/p/2.html
#: (page 1: …/id/5071.html)
#: A story's pages as numbered files in its id's folder: 新浪香港's …/-2-3336980/1.html, …/2.html
_NUMBERED_FILE_PAGE = re.compile(r"^(?P<head>.*/[^/]*\d{5,}[^/]*/)(?P<n>[1-9]\d?)(?P<ext>\.s?html?)$")
_PATHINFO_PAGE = re.compile(r"^(?P<head>.+/\d+/)c?p/(?P<n>\d{1,2})(?P<ext>\.s?html?)?/?$")  # (壁球總會's …/nid/1321/cp/2.html: its content page)
_PAGE_PARAMS = ("page", "p", "pg", "pageno", "pagenum", "part")  # (流利说's ?part=2)
#: list_2_2.html, index_2.html, /page/3/, a Discuz board's forum-38-1.html, 明報加東版's section
#: code and edition letter around it (TDindex2_r.htm)
_LIST_URL = re.compile(r"(?:^|/)(?-i:[A-Z]{1,4})?(?:list|index(?![_-]\d{4,}\.)|page|forum)[_\-/]?\d*(?:[_\-]\d+)*(?:_[a-z])?(?:\.s?html?)?$|/page/\d+/?$", re.I)  # (籃總's index_2671.html is a story's id, no page number)
#: ``index.html`` in a folder named like one story (a slug, a long id) is that story's page:
#: CGTN's /news/2024-08-15/Grandma-s-dumpling-stall-…-1vQeZ0bXmLs/index.html.
_STORY_INDEX = re.compile(
    r"/(?:[A-Za-z0-9]+(?:-[A-Za-z0-9]+){3,}|[^/]*\d{7,}[^/]*)/index\.s?html?$"
    r"|/c\d+a\d+/page\d*\.s?html?$",  # (博达 VSB's story folder, column and article ids: /6a/3e/c399a190455/page.htm)
    re.I)

#: A day's archive named by the date alone, no story id after it: GovHK's /gia/general/202405/20.htm,
#: /2024/05/20/, /2024-05-20/.
_DATE_INDEX = re.compile(
    r"/(?:\d{6}/\d{2}(?:\.s?html?)?|\d{4}/\d{2}/\d{2}/?(?:index\.s?html?)?|\d{4}-\d{2}-\d{2}/?)$", re.I
)


def _list_path(path: str) -> bool:
    return (bool(_LIST_URL.search(path)) and not _STORY_INDEX.search(path)) or bool(_DATE_INDEX.search(path))


def _cjk_slug(n: int) -> str:
    """A pattern for a last path segment holding ``n`` or more Chinese characters, as written or percent-encoded."""
    return rf"/(?=(?:[^/]*?[\u4e00-\u9fff]){{{n}}})[^/]+/?$|/(?=(?:[^/]*?%[Ee][0-9A-Fa-f](?:%[0-9A-Fa-f]{{2}}){{2}}){{{n}}})[^/]+/?$"


_ARTICLE_URL = re.compile(
    r"\d{4,}|/\d{4}[-/]?\d{2}[-/]?\d{2}/|\.s?html?$"
    r"|/[a-z_-]*(?:detail|details|show|view)[a-z_-]*(?:/\d{1,4})?/\d{2,}/?$"  # a detail view's number (香港工程師學會's /news/press_release_detail/175/; 台北書展's /news_detail/2/318, its category first)
    # an opaque id (huanqiu's /article/4ChRkTvWqLm) or a long slug (/young-bees-learn-to-dance)
    r"|/(?=[\w-]{10,}/?$)(?=[^/]*\d)(?=[^/]*[a-z])(?=[^/]*[A-Z])[\w-]+/?$"  # (WeChat's /s/o_LwoXXSkdd…)
    r"|/[a-z0-9]+(?:-[a-z0-9]+){3,}/?$"
    r"|/[a-z0-9]+(?:-[a-z0-9]+){3,}/\d{1,9}/?$"  # and the record's number after it (新渡輪's /news-update/<slug>/275)
    # a headline for a slug, in Chinese, as written or percent-encoded (獨立媒體's /node/社運/寒流下露宿者到社署請願-…)
    r"|" + _cjk_slug(12) +  # (twelve characters, hyphens between)
    # a long underscore slug, and a view of it (TED's /talks/<speaker_title>/transcript), not a pinyin folder (/shuang_yu_yue_du/)
    r"|/(?=[a-z0-9_]{28,})[a-z0-9]+(?:_[a-z0-9]+){4,}(?:/[a-z]{3,12})?/?$"
    r"|/(?=[0-9a-f]*\d)(?=[0-9a-f]*[a-f])[0-9a-f]{10,}/?$"  # a hex id (简书's /p/3f9a1c27be04)
    r"|/(?=[0-9a-f]*\d)(?=[0-9a-f]*[a-f])[0-9a-f]{16,}/[^/]+$"  # and a slug after it (TVB's /tc/local/6649a1c2e4b0f83d2a7c5e11/港澳-…)
    # a base64 id and a view of it (流利说's /journals/NGVjMDAwMDAwMDAwMWEyNw==/explanation)
    r"|/(?=[^/]*[a-z])(?=[^/]*[A-Z])[A-Za-z0-9+_-]{12,}(?:==?|%3[Dd](?:%3[Dd])?)(?:/[a-z]{3,12})?/?$"  # (its padding marks it; it may hold no digit)
    # an opaque cased id after an /article/ folder (LINE TODAY's /tw/v2/article/r8N3qzM)
    r"|/articles?/(?=[^/]*\d)(?=[^/]*[a-z])(?=[^/]*[A-Z])[A-Za-z0-9_-]{6,16}/?$"
    # a slug and a short id after an /article/ folder (SBS's /article/<slug>/k3v9p2qxa)
    r"|/articles?/[a-z0-9]+(?:-[a-z0-9]+){2,}/(?=[a-z0-9]*\d)[a-z0-9]{6,12}/?$"
)
_CJK_START = re.compile(r"\d*[\u4e00-\u9fff]")  # (a headline may open with a year: "全球变暖：2023年为何…")
_CJK_OPENING = re.compile(r"[「『“《（\u4e00-\u9fff]")  # (a Chinese headline may open with its quote marks)
_PREFIX = zh_re(r"^\s*(?:【(?P<b>[^】]{1,12})】|\[(?P<s>[^\]]{1,24})\]|《(?P<k>[^》]{2,8})》(?=\S)|(?P<p>(?:[A-Z]{2,5})?[\u4e00-\u9fff]{2,12}?)(?:\s*[:：丨｜|》／]|\s+[–—]\s+))\s*(?P<rest>\S.*)$")  # (WordPress's "時事 – …", 民視's "快新聞／…")


_COLUMN_TAG = zh_re(r"^\s*《(?P<k>[^》]{2,8})》(?=[\u4e00-\u9fff\w])")


def column_tags(links: list[Link]) -> frozenset[str]:
    """Three or more different 《…》 tags opening the page's link texts are the site's columns
    (經濟通's 《午市前瞻》, 《開市Ｇｏ》, 《業績》 headlines): the tags, which a related link's
    title then sets apart as its category. One or two such links are works or papers named."""
    tags = {m["k"] for link in links if (m := _COLUMN_TAG.match(link.text))}
    return frozenset(tags) if len(tags) >= 3 else frozenset()


#: A column's name before a bar opening a Chinese headline: "36氪首发 | …", "8点1氪丨…".
COLUMN_BAR = re.compile(r"^(?P<p>[A-Za-z0-9]{0,5}[\u4e00-\u9fff][\u4e00-\u9fff0-9]{1,11})\s*[丨｜|]\s*(?P<rest>\S.*)$")


_LABEL_COLON = re.compile(r"^(?P<p>[^：:]{4,24}?)\s*[：:]\s*\S")


def site_label(headline: str, link_texts: list[str]) -> str | None:
    """A label before a Chinese headline's colon that opens three or more of the page's other
    link texts too, before their own colon, which may come a few characters later (听VOA's
    "VOA慢速英语：" opens "VOA慢速英语附字幕[翻译]：…"): the site's series name on its headlines, not
    the headline's own words and not its section."""
    m = _LABEL_COLON.match(headline)
    if not m or not re.search(r"[\u4e00-\u9fff]", m["p"]):
        return None
    family = re.compile(re.escape(m["p"]) + r"[^：:]{0,12}[：:]")
    return m["p"] if sum(1 for t in link_texts if t != headline and family.match(t)) >= 3 else None


def split_prefix(text: str, sections: frozenset[str] | None = None) -> tuple[str | None, str]:
    """``国内英语新闻:Title`` -> (``国内英语新闻``, ``Title``); Taiwan's ``中英對照讀新聞》Title`` too.

    With ``sections`` given, a label before Chinese text is split off only when it is one of
    them: "世界读书日：你今年读了几本书？" is a headline, not a section and a title."""
    match = _PREFIX.match(text)
    if not match:
        return None, text
    label, rest = (match["b"] or match["s"] or match["k"] or match["p"]).strip(), match["rest"].strip()
    if match["k"] and sections is not None and label not in sections:
        return None, text  # 《…》 names a work or a paper; only the page's own section named so is a label (經濟通's 《午市前瞻》)
    if sections is not None and not match["b"] and not is_section(label, sections) and (_CJK_START.match(rest) or _CJK_OPENING.match(rest)):
        return None, text  # (a label in 【】 is set apart as one: 中国数字时代's 【404文库】, 【网络民议】; 红网's "益阳赫山：“稻虾共作”…" is a headline)
    return label, rest


#: A label named like a portal's section (国际新闻, 国内英语新闻, 双语快讯), whatever the page.
_SECTION_NAME = zh_re(
    r"^(?:[\u4e00-\u9fff]{1,8}(?:新闻|英语|资讯|快讯|频道|专栏|栏目)|(?:双语|英语|英文|中英)(?:阅读|观察)|[\u4e00-\u9fff]{1,4}精读"
    r"|[\u4e00-\u9fff]{1,4}学习|[\u4e00-\u9fff]{2,4}选读|国际|国内|社会|财经|经济|科技|体育|文化|教育|旅游|健康|娱乐|军事|时政|生活|汽车|房产|法治"
    r"|校园|留学|就业|职场|考试|高考|中考|考研)$"  # (an education portal's exams: 中国教育在线's 高考：…)
)


def is_section(label: str, sections: frozenset[str]) -> bool:
    """A headline's ``label:`` is a section when the page shows it as one (breadcrumb) or it
    is named like one; "世卫组织：..." is part of the headline."""
    return label in sections or bool(_SECTION_NAME.match(label))


@lru_cache(maxsize=4096)
def _join(base: str, href: str) -> str:
    """urljoin, memoised: a portal's pages repeat the same relative links."""
    return urljoin(base, href)


@dataclass(frozen=True)
class Link:
    url: str
    text: str
    element: etree._Element


def links_in(el: etree._Element, base_url: str, encoding: str = "utf-8") -> list[Link]:
    """The element's links, absolute. A query in other than ASCII is sent as a browser sends it,
    in the page's own encoding (无忧考网's GBK pager: ``search_key=双语`` is ``%CB%AB%D3%EF``)."""
    legacy = encoding.replace("-", "").lower() not in ("utf8", "ascii", "usascii")
    parts = urlsplit(base_url)
    origin = f"{parts.scheme}://{parts.netloc}"
    out = []
    for a in el.iter("a"):
        href = (a.get("href") or "").strip()
        if not href or href.startswith(("#", "javascript:", "mailto:", "tel:")):
            continue
        if href.startswith(("http://", "https://")):
            url = href
        elif href.startswith("/") and not href.startswith("//") and "/." not in href:
            url = origin + href  # root-relative: the same for every page of the site
        else:
            url = _join(base_url, href)
        if legacy and not url.isascii():
            url = safe_url_string(url, encoding)
        text = normalise_space(a.text_content())
        if not text and weight(named := normalise_space(a.get("title") or "")) >= 20:
            text = named  # a card's overlay link, empty, names its story in its title (東方日報's <a class="link" title="…">)
        out.append(Link(url, text, a))
    # Items that link by script: a WeChat album's li[data-link] (the page has no <a> for them).
    for item in _DATA_LINKS(el):
        href = (item.get("data-link") or item.get("data-href") or "").strip()
        if href.startswith(("http://", "https://", "//", "/")):
            out.append(Link(_join(base_url, href), normalise_space(item.text_content()), item))
    return out


_DATA_LINKS = etree.XPath(".//*[not(self::a)][@data-link or @data-href]")


#: Side-column class names as CMS templates spell them: pright, rightbox, side_bar, col-right...
_SIDE_NAME = re.compile(r"^(?:p|col|main|f)?(?:right|side|aside|sidebar)(?:bar|box|col|list|nav|con|part)?\d*$")


@lru_cache(maxsize=4096)
def _side_names(names: frozenset[str]) -> bool:
    return bool(names & _SIDE_TOKENS) or any(_SIDE_NAME.match(n) for n in names)


def _side_column(el: etree._Element) -> bool:
    """Named like a side column and holding what one holds (a few links): the right half of a
    list item (``ch_li_right`` around its 阅读全文 link) is not one."""
    if el.tag == "aside":
        return True
    names = tokens(el)
    if not (_side_names(names) and len(el.findall(".//a")) >= 3):
        return False
    # the right-hand column named as the page's list, beside a left menu (VSB's div.n_right.list),
    # holding headlines: the list itself, not a side box (a "hot" or "rank" one says so)
    # (or holding the list's pager: 中国江西网's div.lm-w900.right beside div.lm-w280.left of side boxes)
    return not ((names & _MAIN_LIST or _NEXT_PAGE_LINK(el)) and not names & _SIDE_TOKENS - _POSITION and _holds_headlines(el))


_NEXT_PAGE_LINK = etree.XPath(
    "boolean(.//a[normalize-space() = '下一页' or normalize-space() = '下页' or normalize-space() = '下一頁' or normalize-space() = 'Next'])"
)
#: Names of a page's main list or text; "right"/"r" only say where a column stands.
_MAIN_LIST = frozenset({"list"})  # (not "main": skykiwi's div.main_right is its side column)
_POSITION = frozenset({"right", "r"})


def in_sidebar(el: etree._Element, wrappers: frozenset = frozenset(), itself: bool = True) -> bool:
    """In a side column (``itself``: or named like one)."""
    return any(
        anc not in wrappers and _side_column(anc)
        for anc in ((el, *iter_ancestors(el)) if itself else iter_ancestors(el))
    )


def off_text(el: etree._Element, wrappers: frozenset = frozenset()) -> bool:
    """Inside page furniture or a side column: one walk up, both questions. ``wrappers``:
    furniture-named layout elements (text.layout_wrappers) that are neither."""
    return any(
        ((anc.tag in FURNITURE_TAGS and not entry_header(anc)) or (_furniture_names(names := tokens(anc)) and not names & _FURNITURE <= _SHARE
                                       and not (names & _FURNITURE <= _PAGER and _holds_headlines(anc))
                                       and not (names & _FURNITURE <= _SEARCH and _holds_headlines(anc))  # (湘潭在线's dl.search-list of the section's headlines)
                                       and not (names & _FURNITURE <= _NAV and "title" in names and _holds_headlines(anc, 24)))  # (广州日报's div.title_nav: the page's headlines)
         or _side_column(anc))
        and anc not in wrappers and anc.tag not in _PAGE_ROOTS  # (VOA's <body class="nav-no-loaded …">)
        for anc in iter_ancestors(el)
    ) or _side_names(tokens(el))


#: A search box's names; a list of headlines named like search results is the page's list.
_SEARCH = frozenset({"search"})
#: A pager's names; a list of headlines named for the pager it has (ABC's PaginationList) is no pager.
_PAGER = frozenset({"pager", "pagination", "pagelist", "pages"})


def _holds_headlines(el: etree._Element, heavy: int = 20) -> bool:
    """The outermost of the pager-named elements around ``el`` holds three headline links."""
    while (parent := el.getparent()) is not None and tokens(parent) & _PAGER:
        el = parent
    return sum(weight(normalise_space(a.text_content())) >= heavy for a in el.iter("a")) >= 3


#: A box named only as navigation, for titles: its links are a page's headlines (an e-paper's 本版标题导航).
_NAV = frozenset({"nav"})


_PAGE_ROOTS = frozenset({"body", "html"})


#: A share bar's links go to other sites, which no list or related block takes anyway: an
#: element named only for sharing (听力课堂's list in #share_con) does not hide this site's links.
_SHARE = frozenset({"share", "sharing", "bdshare"})


_TOP_BARS = frozenset({"topbar", "navbar", "top-bar"})
#: Blocks named after their role (class or id), whatever their label says.
_NAMED_BLOCKS = etree.XPath(
    "//*[contains(@class, 'relat') or contains(@id, 'relat') or contains(@class, 'xg')"
    " or contains(@id, 'xg') or contains(@class, 'recommended-article') or contains(@id, 'recommended-article')]"
)


def _related_label(text: str) -> str | None:
    """A related block's label, alone or as the open tab of a tab row ("相关推荐 热点推荐")."""
    if len(text) > 40:
        return None
    if RELATED_LABEL.match(text):  # (before the more-link is cut: "READ MORE" is a label whole)
        return text
    text = _TRAILING_MORE.sub("", text) or text  # 相关新闻 更多>>: the label and its more-link
    text = _DECORATION.sub("", text) or text  # ▼ 往期推荐 ▼
    if RELATED_LABEL.match(text):
        return text
    match = _TAB_ROW.match(text)
    return match["label"] if match else None


def related_blocks(root: etree._Element, container: etree._Element | None, page_blocks: list,
                   links: list[Link], wrappers: frozenset = frozenset()) -> list[etree._Element]:
    """The article's own related-link blocks, in page order.

    Found from their label (a short text block such as 相关文章, read in the page walk) or
    their name (class/id), then climbed to the element that holds the links; blocks in a
    side column are not the article's, and weak labels (推荐阅读) count only beside the text
    and only where no strong one (相关新闻) names the article's own block.
    """
    if container is not None:  # a column that holds the text is the main one, whatever its name (36氪's article-left-container)
        wrappers = wrappers | frozenset(iter_ancestors(container))
    candidates = [(b.owner, label) for b in page_blocks if (label := _related_label(b.text))]
    # a label run into its links on one line (端傳媒's "<strong>延伸閱讀</strong>：〈<a>…</a>〉"): that line
    inline = {b.owner: m["label"] for b in page_blocks if len(b.text) <= 200 and (m := _INLINE_RELATED.match(b.text))
              and b.owner.find(".//a") is not None and b.link_density >= 0.5}
    candidates += list(inline.items())
    # a label only the stylesheet writes, on an empty element (報導者's ``.oeUbtd::before{content:'相關文章'}``)
    css_related = {name: label for name, label in css_labels(root).items() if _related_label(label)}
    if css_related:
        candidates += [
            (el, css_related[name]) for el in root.iter() if isinstance(el.tag, str) and el.get("class")
            for name in el.get("class").split() if name in css_related
        ]
    candidates += [
        (el, None) for el in _NAMED_BLOCKS(root)
        if (tokens(el) & _RELATED_TOKENS or _RECOMMENDED_ARTICLE <= tokens(el)) and el.find(".//a") is not None
        and not any(a.tag == "nav" or tokens(a) & _TOP_BARS for a in (el, *iter_ancestors(el)))  # (PIXNET's topbar__related-article: other blogs)
        and not any(_EDITORS_PICKS <= tokens(e) for e in el.iter("div", "section", "ul", "aside"))
    ]  # (信報's div#hkej_d_btm_related_art_2015 holds the editors' picks, div#…editor_choice…)
    if container is not None:  # an <aside> of story links inside the text is the article's (am730's unlabelled aside.newsflash)
        candidates += [(el, None) for el in container.iter("aside") if el is not container and el.find(".//a") is not None]
        candidates += [(el, None) for el in story_cards(container, links)]
    found: list[etree._Element] = []
    weak: list[etree._Element] = []
    for el, label in candidates:
        block = el
        # The list set right after its label inside something larger (ECNS's h3 + ul under the
        # text and its pager; WeChat's 往期推荐 lines at the end of the text): those items.
        items = _items_after(el) if label is not None and el.getprevious() is not None and el not in inline else []
        if label is not None and not items and el not in inline and (box := el.getparent()) is not None and box.find(".//a") is None:
            items = _items_after(box)  # a header box of its own, the list after it (公視's div.section-title-wrap > h3)
        if label is not None and not items:  # an inline label and its links on lines of their own (NOWnews' <strong>…</strong><br><a>…</a><br><a>…</a>)
            items = _inline_items(el, label)
        if label is not None and _empty_list_after(el):
            continue  # a related module the page fills by script (新浪博客's empty ul#blog_relatefeed)
        if items:
            block = items[0]
        elif label is not None and el not in inline:  # climb from the label to the element that also holds the links
            while block is not None and not [
                a for a in block.iter("a") if not within(a, el) and not _MORE.match(normalise_space(a.text_content()))
            ]:  # (a "更多…>" link beside the label is the block's header, not its items)
                block = block.getparent()
            if block is None or block.tag in ("body", "html"):
                continue
            if container is not None and block is not container and within(container, block):
                continue  # climbed past the text: the label's own box was empty (凤凰网's 暂无相关新闻)
        # A block in a side column is the site's, unless it says it is this article's (相关文章:
        # a CMS's "like articles" list often stands in the side column, as on DedeCMS sites);
        # one merely named "aside" beside the text (NYT's ``related-coverage``) is the article's.
        strong = label is not None and not WEAK_LABEL.search(label)
        if (not strong and in_sidebar(block, wrappers, itself=not _near(block, container))) or any(
            within(block, f) or within(f, block) for f in found
        ):
            continue
        if label is None and _below_comments(block, container):
            continue  # a block only named for recommendations, under the comments, is the site's (Yahoo's 為你推薦 stream)
        if label is not None and WEAK_LABEL.search(label):
            if not _near(block, container) or _column_with_hot_list(block, container, page_blocks) or _past_comments(block, container):
                continue
            weak += items or [block]
        found += items or [block]
    # Beside the article's own 相关新闻 block, a 推荐阅读 box is the site's recommendations; a
    # further-reading line inside the text (新京报's 延伸阅读 before its 相关推荐) is no such block.
    strong_blocks = [block for block in found if block not in weak and not (container is not None and within(block, container))]
    if strong_blocks:
        found = [block for block in found if block not in weak]
    # Page order, by where each block's first link stands among the page's links.
    position = {link.element: i for i, link in enumerate(links)}
    first = lambda block: min((position.get(a, len(position)) for a in block.iter("a")), default=len(position))
    return sorted(found, key=first)


def _beside_text(el: etree._Element) -> bool:
    """A sentence of the text, with no link in it, stands right before or after it (a list's card stands among cards)."""
    return any(
        sib is not None and isinstance(sib.tag, str) and sib.find(".//a") is None and weight(normalise_space(sib.text_content())) >= 40
        for sib in (el.getprevious(), el.getnext())
    )


def story_cards(container: etree._Element, links: list[Link]) -> list[etree._Element]:
    """Story cards set between the paragraphs of the text (Sputnik's div.article__block[data-type=article]:
    a picture and a headline linking one other story, and its date): the article's related links, not
    its text. The outermost element holding one story's links and little besides."""
    url_of = {link.element: link.url.partition("://")[2] for link in links}
    cards: list[etree._Element] = []
    for el in container.iterdescendants():
        if not isinstance(el.tag, str) or el.tag == "a" or any(within(el, card) for card in cards):
            continue
        anchors = [a for a in el.iter("a") if a in url_of]
        if len({url_of[a] for a in anchors}) != 1:
            continue
        heads = [text for a in anchors if weight(text := normalise_space(a.text_content())) >= 16]
        rest = normalise_space(el.text_content())
        for head in heads:
            rest = rest.replace(head, "", 1)
        if (heads and el.find(".//img") is not None and dates.is_date_line(rest) and _beside_text(el)
                and is_article_url("https://" + url_of[anchors[0]])):
            cards.append(el)
    return cards if len(cards) <= 3 else []  # (a list's items, each beside its summary, are no cards in a text)


#: The label of a site-wide list: hot searches, rankings, the account's latest posts.
_HOT_LABEL = zh_re(r"^(?:百度|今日|本周|24小时)?(?:热搜|热门|热点|热榜|排行|排行榜|阅读排行|热门文章|作者最新文章|最新文章|最新)(?:\s*换一换)?$")


def _below_comments(block: etree._Element, container: etree._Element | None) -> bool:
    """The block follows the article's comments: a box before it, at some level up to the element
    that also holds the text, has comments somewhere inside (Yahoo's div#module-reactions >
    div#comments)."""
    if container is None or within(block, container):
        return False
    top = next((a for a in iter_ancestors(block) if within(container, a)), None)
    return _comments_before(block, top, lambda box: not within(container, box) and any(
        isinstance(e.tag, str) and tokens(e) & _COMMENT_WORDS for e in box.iter()))


def _column_with_hot_list(block: etree._Element, container: etree._Element | None, page_blocks: list) -> bool:
    """The block stands in a column apart from the text that also holds a hot list or the
    account's latest posts: a side column whatever its (hashed) class names, as on 百家号."""
    if container is None:
        return False
    column = block
    for anc in iter_ancestors(block):
        if within(container, anc):
            break
        column = anc
    return any(_HOT_LABEL.match(b.text) and within(b.owner, column) for b in page_blocks if len(b.text) <= 12)


def _empty_list_after(label: etree._Element) -> bool:
    """The label (or its box, two levels up) is followed by a list with no links in it."""
    for el in (label, label.getparent(), label.getparent().getparent() if label.getparent() is not None else None):
        if el is None:
            return False
        nxt = el.getnext()
        while nxt is not None and not isinstance(nxt.tag, str):
            nxt = nxt.getnext()
        if nxt is not None:
            return nxt.tag in ("ul", "ol", "dl") and nxt.find(".//a") is None
    return False


def _inline_items(owner: etree._Element, label: str) -> list[etree._Element]:
    """The links set after an inline label inside ``owner``, up to the first other element."""
    mark = next((c for c in owner if isinstance(c.tag, str) and c.tag in ("strong", "b", "span", "em")
                 and normalise_space(c.text_content()) == label), None)
    nxt = mark.getnext() if mark is not None else None
    if nxt is None or nxt.tag != "br":  # (lines of their own, not a more-link beside the label)
        return []
    items = []
    for sib in mark.itersiblings():
        if not isinstance(sib.tag, str) or sib.tag == "br":
            continue
        if sib.tag != "a":
            break
        items.append(sib)
    return items


def _items_after(label: etree._Element) -> list[etree._Element]:
    """The label's following siblings that hold links, up to the first that holds none."""
    items = []
    for sib in label.itersiblings():
        if not isinstance(sib.tag, str):
            continue
        texts = [normalise_space(a.text_content()) for a in sib.iter("a")]
        if not any(not _MORE.match(t) for t in texts) or (items and any(_MORE.match(t) for t in texts)):
            break  # (a box with its own more-link, ECNS's photo box after the <ul>, is another block)
        items.append(sib)
    return items


def _near(block: etree._Element, container: etree._Element | None, levels: int = 3, further: int = 3) -> bool:
    """The block stands beside the text: within a few levels above it, or further up in the
    text's own column (36氪's 相关推荐 after the ad and the next-story link): the element holding
    both holds no side column, and no comments stand between them."""
    if container is None:
        return False
    if within(block, container):
        return True  # inside the text itself (WeChat's 往期推荐 lines)
    anc = container
    for level in range(levels + further):
        anc = anc.getparent()
        if anc is None or anc.tag in ("body", "html"):
            return False
        if within(block, anc):
            return level < levels or (
                not any(_side_column(d) for d in anc.iterdescendants() if isinstance(d.tag, str))
                and not _after_comments(block, anc)
            )
    return False


_COMMENTS = frozenset({"comment", "comments"})
_COMMENT_WORDS = _COMMENTS | {"pinglun"}  # (评论 in pinyin)


def _after_comments(block: etree._Element, top: etree._Element) -> bool:
    """The comments stand between the text and the block (知乎's 推荐阅读 under them): the
    site's recommendations, not the article's."""
    return _comments_before(block, top, lambda box: bool(tokens(box) & _COMMENTS))


def _past_comments(block: etree._Element, container: etree._Element | None) -> bool:
    """Comments the page shows (their times) stand between the text and the block, however near
    it is (虎嗅's 推荐阅读 under div.article__comment, one level from the text); 搜狐's and 网易's stay
    beside the text, their comment boxes empty or "目前没有跟贴"."""
    top = next((a for a in iter_ancestors(container) if within(block, a)), None) if container is not None else None
    return top is not None and _comments_before(
        block, top, lambda box: bool(tokens(box) & _COMMENTS) and bool(_COMMENT_TIME.search(box.text_content()))
    )


_COMMENT_TIME = re.compile(r"\d{4}[-./年]\d{1,2}[-./月]\d{1,2}|\d{1,2}:\d{2}")


def _comments_before(block: etree._Element, top: etree._Element | None, is_comments) -> bool:
    """A box before the block, at some level below ``top``, that ``is_comments`` says holds them."""
    for el in (block, *iter_ancestors(block)):
        if el is top:
            return False
        if any(isinstance(s.tag, str) and is_comments(s) for s in el.itersiblings(preceding=True)):
            return True
    return False


def _shown_text(el: etree._Element, hidden: frozenset) -> str:
    """The link's text without its parts the stylesheet hides (screen-reader labels)."""
    def shown(node: etree._Element) -> str:
        out = [node.text or ""]
        for child in node:
            if isinstance(child.tag, str) and not is_hidden(child, hidden):
                out.append(shown(child))
            out.append(child.tail or "")
        return "".join(out)
    return normalise_space(shown(el))


_BRACKETED_LABEL = re.compile(r"^[\[【〔]\s*([^\[\]【】〔〕]{1,16}?)\s*[\]】〕]$")
#: A date in brackets closing a link's text.
_BRACKETED_DAY = re.compile(r"\s*[（(\[【](?P<d>[^()（）\[\]【】]{5,24})[)）\]】]\s*$")
#: A whole date closing a link's text, unbracketed (华侨日报's "… 逾300人出席 July 14, 2024").
#: A date opening a link's text before its headline (上饶新闻网's "[05-08] …", a geopark's "12/03/2024 …", HKTB's "09 Oct 2024 …").
_LEADING_DAY = re.compile(r"^\s*[\[【(（]?(?P<d>(?:\d{4}[-/.])?\d{1,2}[-/.]\d{1,2}(?:[-/.]\d{4})?|\d{1,2}\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\s+(?:19|20)\d{2})[\]】)）]?\s+(?=\S{2})")
_TRAILING_DAY = re.compile(r"\s+(?P<d>(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2},\s+(?:19|20)\d{2}|\d{1,2}\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\s+(?:19|20)\d{2}|(?:19|20)\d{2}[-/.]\d{1,2}[-/.]\d{1,2})$")


def related_links(blocks: list[etree._Element], links: list[Link], page_url: str,
                  sections: frozenset[str] = frozenset(), canonical_url: str | None = None,
                  topic_bars: bool = False, hidden: frozenset = frozenset()) -> list[dict]:
    """The related blocks' same-site links, taken from the page's link list, in page order.
    ``topic_bars``: the site's headlines open with a topic before a bar (hk01's "寒冷天氣｜…"),
    so a labelled item's "英文學習｜…" is its headline's own, not a second label."""
    inside = {a for block in blocks for a in block.iter("a")}  # elements, kept alive
    own_folder = _folder_of_story(page_url)
    # A list whose every link carries a "label：" prefix, most of them known sections, labels
    # them all with sections (延伸阅读: 国际：…, 双语观察：…, 产经：…); a headline's colon in
    # a list of plain titles stays ("快递进村：农村网购…").
    titled = [link for link in links if link.element in inside and link.text and not RELATED_LABEL.match(link.text)]
    prefixes = [m["p"] for link in titled if (m := _PREFIX.match(link.text)) and m["p"]]
    if len(titled) >= 3 and len(prefixes) == len(titled) and 2 * sum(is_section(p, sections) for p in prefixes) > len(prefixes):
        sections = sections | frozenset(prefixes)
    sections = sections | column_tags(links)
    out: list[dict] = []
    seen: set[str] = set()
    for link in links:
        if link.element not in inside or not link.text or RELATED_LABEL.match(link.text):
            continue
        if _BRACKETED.match(link.text) or _MORE.match(link.text) or PAGINATION_TEXT.match(link.text):
            continue  # [国际新闻], 更多…>, a pager's page: not a related article
        if link.element.get("role") == "button" or link.element.get("aria-hidden") == "true":
            continue  # a topic chip (DW's 相关主题 row): a tag, not a story; a card's picture link hidden from readers (TED's, its duration for text)
        if _PREV_NEXT.search(text_before(link.element)):
            continue  # the story before or after it (豆瓣's "上一篇：<a>…</a>" under its 相关阅读 list)
        if _label_link(link.element):
            continue  # the item's section link (VOA's a.category, 中時's div.category > a): its label
        if not (same_domain(link.url, page_url) or (canonical_url and same_domain(link.url, canonical_url))) or not (
            story_like(link.url, page_url) or _SHORT_CJK_SLUG.search((parts := urlsplit(link.url)).path)
            or _query_sibling(link.url, page_url, shortest=2)  # (in a related block a shorter id too: 澳門科學館's news_about.php?cid=40&id=158 on &id=161)
            or (not parts.query and _SHORT_SLUG.search(parts.path))  # (a page named by its query is a page's view: RTHK's /news-feature-detail?nfid=512)
            or (own_folder is not None and _folder_of_story(link.url) == own_folder)  # (a two-word slug beside this one: Neocha's /magazine/binding-light/ on /magazine/night-shift/)
        ):  # (in a related block a shorter slug is a story too: 立場新聞's /culture/紙本書會死嗎, 希平方's /how-volcanoes-form)
            continue  # a related article is an article of the site (any of its hosts), not a section or an exam's landing page
        url = _page_scheme(_page_scheme(clean_url(link.url), page_url), canonical_url or page_url)  # (a page reached on www. whose canonical is news.)
        if url in seen:
            if label := _card_parts(link.element, link.text)[1] or _item_label(link.element):
                for item in out:  # the block's item names the section the inline link did not
                    if item["url"] == url and item["category"] is None:
                        item["category"] = label
            continue
        seen.add(url)
        shown = _shown_text(link.element, hidden) if hidden else link.text  # (BBC's visually hidden "视频, ")
        text, label = _card_parts(link.element, shown)
        label = label or _item_label(link.element)
        if label and (bracketed := _BRACKETED_LABEL.match(label)):
            label = bracketed[1]  # (大中报's "[社区新闻]")
        if label and (RELATED_LABEL.match(label) or _CARD_DAY.match(label.strip("[]()（）【】 "))):
            label = None  # the box's own name before its one link (中國報's span.recommended-post-label 延伸阅读：), or the item's date ([2019-04-03]): no section
        if label:  # the item's own label is its section; a prefix is then the headline's own
            prefix, rest = split_prefix(text, sections | {label})  # (参考消息's "外媒：…" under 国际财经; 学习啦's label 英语文摘 before "英语文摘：…")
            split_off = prefix is not None and (prefix == label or prefix in sections or (is_section(prefix, sections) and not topic_bars))
            category, title = label, (rest if split_off else text)
        else:
            category, title = split_prefix(text, sections)
            if category and _CARD_DAY.match(category):
                category = None  # the item's bracketed date before its headline ("[12/01/2026] …"), no section
            if category is None and not topic_bars and not sections and (m := COLUMN_BAR.match(text)) and _CJK_OPENING.match(m["rest"]):
                category, title = m["p"], m["rest"]  # (36氪's "8点1氪丨…": a column, where headlines carry no topics and no trail names a section)
        if (day := _BRACKETED_DAY.search(title) or _TRAILING_DAY.search(title)) and day.start() > 0 and dates.is_date_line(day["d"]) and not (
                _dated_headline(link.element)):  # (a bracketed date in the headline's own text is its part: "每日双语新闻播报（2024年5月13日）")
            title = title[:day.start()]  # the item's date in the link (宗鄉總會's "… <span>(14 Apr 2024)</span>")
        elif (day := _LEADING_DAY.match(title)) and (_CARD_DAY.match(day["d"]) or dates.is_date_line(day["d"])):
            title = title[day.end():]  # the item's date before its headline, in the link's own text
        full = normalise_space(link.element.get("title") or "")
        if full and len(full) > len(title):  # a truncated title: the title attribute has it all
            cat_full, full_title = split_prefix(full, sections)
            if full_title.startswith(title.rstrip(".… ")):
                title, category = full_title, category or cat_full
        out.append({"url": url, "title": title, "category": category})
    return out


_SHORT_CJK_SLUG = re.compile(_cjk_slug(4))
_SHORT_SLUG = re.compile(r"/[a-z0-9]+(?:-[a-z0-9]+){2}/?$")
_PREV_NEXT = zh_re(r"(?:上一篇|下一篇|上篇|下篇|Previous|Next)\s*[:：]?\s*$", re.I)
#: A label is short: twelve Chinese characters, or a few words ("Business & Tech").
_LABEL_WEIGHT = 36
_BRACKETED = re.compile(r"^\s*(?:\[\s*([^\]]{1,40}?)\s*\]|【\s*([^】]{1,40}?)\s*】)\s*$")


_READ_MORE = zh_re(r"^(?:阅读|查看|了解)?更多\s*[:：>»›]*$|^(?:Read|See|Learn) more\s*[:：>»›]*$", re.I)


def _item_label(a: etree._Element) -> str | None:
    """The section label set beside a related link, in its own element: ``<span
    class="related-category">中国</span><a>...</a>`` or ``<a>[国际新闻]</a> <a>...</a>``, a
    label-named element elsewhere in the same item (CGTN's ``div.cg-newsCategory`` above the
    title), or a section link there (澎湃's ``a.nodeName`` under the title)."""
    label = _sibling_label(a)
    if label and not _READ_MORE.match(label):  # (当今大马's inline "阅读更多：" before its link)
        return label
    item = _own_item(a)
    if item is None:
        return None
    for other in item.iter():
        if other is a or not isinstance(other.tag, str) or within(a, other) or within(other, a):
            continue
        text = normalise_space(other.text_content())
        if not text or weight(text) > _LABEL_WEIGHT or not re.search(r"\w", text) or _READ_MORE.match(text):
            continue  # (a separator between tags, 公視's <li class="issue-label">·</li>, names nothing; nor a card's 阅读更多 button)
        if other.tag == "a" and _in_tag_row(other):
            continue
        if m := _IN_QUOTES.match(text):
            return m["v"]  # Jetpack's related post context: In "Law & Crime"
        if _before_its_date(other, text):
            return text  # 南方周末's card: <footer class="…__meta"><span>城市</span><span>05-14</span></footer>
        if _leads_a_dated_item(other, a, item, text):
            return text  # 鉅亨's <li><span class="r1cat">美股</span><a>…</a><time>11/11 21:15</time></li>
        if (tokens(other) & SECTION_LABEL_TOKENS and other.find(".//a") is None) or (other.tag == "a" and _label_link(other)):
            return text  # a label element, or a section link named as one (a.category, div.category > a)
        if other.tag != "a":
            continue
        if _folder_of(other.get("href") or "", a.get("href") or ""):
            return text  # 信報's "<a href="//www1.hkej.com/dailynews/headline">要聞</a> ｜ 今日" under …/dailynews/headline/article/…
        href = urlsplit(other.get("href") or "").path
        if PERSON_PATH.search(href):
            continue  # the writer's or the account's page (sohu's mp.sohu.com/profile): no section
        if _list_page(href) or (_SECTION_NAME.match(text) and not is_article_url(href)):
            return text
    return None


_IN_QUOTES = re.compile(r"^In\s+[\"“](?P<v>[^\"”]{1,40})[\"”]$")
#: A card's short date: "05-14", "2024-05-14", "5月14日", "05-14 10:20".
_CARD_DAY = re.compile(r"^(?:(?:\d{4}[-/.年])?\d{1,2}[-/.月]\d{1,2}日?|\d{1,2}[-/.]\d{1,2}[-/.]\d{4}|\d{4}[-/.年]\d{1,2}月?)(?:\s+\d{1,2}:\d{2})?$")  # (中大通訊's day-first 04.10.2018; 珠海's month alone, em.rel-time "2025-05")


#: Names of a card's element that holds who wrote it, not where it is filed.
_PERSON_WORDS = frozenset({"author", "byline", "writer", "reporter", "user", "name", "source", "editor"})


def _bare_word(el: etree._Element, text: str) -> bool:
    """A childless span of two to six Chinese characters that does not name a person."""
    return (
        el.tag == "span" and len(el) == 0 and not tokens(el) & _PERSON_WORDS  # (36氪's span.item-author is the writer)
        and bool(re.fullmatch(r"[\u4e00-\u9fff]{2,6}", text))
    )


def _before_its_date(el: etree._Element, text: str) -> bool:
    """A bare word set right before the card's date in a row of its own: the card's section."""
    nxt = el.getnext()
    return (
        _bare_word(el, text) and nxt is not None and nxt.tag == "span" and len(nxt) == 0
        and bool(_CARD_DAY.match(normalise_space(nxt.text_content())))
    )


def _leads_a_dated_item(el: etree._Element, a: etree._Element, item: etree._Element, text: str) -> bool:
    """A bare word opening an item, right before its link, the item closing with its time: the item's section."""
    children = [c for c in item if isinstance(c.tag, str)]
    return (
        len(children) >= 3 and children[0] is el and el.getnext() is a and _bare_word(el, text)
        and (children[-1].tag == "time" or bool(_CARD_DAY.match(normalise_space(children[-1].text_content()).strip("（）()[]【】 "))))  # (中山's span.rdate "（2024-05-01）")
    )


def _folder_of(href: str, story: str) -> bool:
    """``href`` is a folder that holds the story's URL (the section it is filed under)."""
    folder, path = urlsplit(href).path.rstrip("/"), urlsplit(story).path
    return folder.count("/") >= 1 and len(folder) > 1 and path.startswith(folder + "/") and path != folder + "/"


def _in_tag_row(a: etree._Element) -> bool:
    """One of a card's several tags (公視's ``ul.tag-list > li.blue-tag > a`` under each related
    story): keywords, not the story's section."""
    parent = a.getparent()
    row = parent.getparent() if parent is not None and parent.tag == "li" else parent
    if row is None:
        return False
    links = [x for x in row.iter("a") if not (x.get("href") or "#").startswith(("#", "javascript:"))]  # (its "更多..." toggle)
    return len(links) >= 2 and ("tag" in " ".join(tokens(row)) or all(_TAG_PATH.search(x.get("href") or "") for x in links))


_TAG_PATH = re.compile(r"/tags?/", re.I)


_LINK_LABEL_TOKENS = SECTION_LABEL_TOKENS | {"badge"}  # (not "type": 联合早报's story link a.article-type-link)


def _label_link(a: etree._Element) -> bool:
    """A short link named as a section label, or set in a label-named element: a related
    item's section, not a story."""
    parent = a.getparent()
    # (Publisher theme's span.term-badge > a: the item's category badge)
    named = tokens(a) & _LINK_LABEL_TOKENS or (parent is not None and tokens(parent) & _LINK_LABEL_TOKENS)
    return bool(named) and weight(normalise_space(a.text_content())) <= _LABEL_WEIGHT


def _own_item(a: etree._Element) -> etree._Element | None:
    """The list item or card a related link stands in: its nearest <li>/<dd>/<tr>, or the
    largest of its three nearest ancestors that links no other story. A layout <li> around
    the whole article (观察者网) links many: it is no item."""
    href = (a.get("href") or "").partition("#")[0]
    item = None
    for depth, anc in enumerate(iter_ancestors(a)):
        if depth >= 3 or anc.tag in ("body", "html"):
            break
        if any((o.get("href") or "").partition("#")[0] != href and is_article_url(o.get("href") or "")
               and not _label_link(o) for o in anc.iter("a")):
            break  # (a picture linking the same story belongs to the item)
        if sum(1 for p in anc.iter("p") if not within(a, p)) >= 3:
            break  # the text around a further-reading line (星島's <p>延伸閱讀：<a>…</a></p>): no card
        item = anc
        if anc.tag in ("li", "dd", "tr"):
            box = anc.getparent()
            if anc.tag == "li" and box is not None and len(anc) == 1 and not any(
                    (o.get("href") or "").partition("#")[0] != href and is_article_url(o.get("href") or "") for o in box.iter("a")):
                return box  # a post as a list of its parts (Jetpack's ul > li link, li date, li 'In "Law & Crime"')
            return anc
    return item


#: An item's label as bare text before its link: <li>健康｜<a>…</a></li>, <p>【科技英语】<a>…</a></p>.
_LABEL_NAME = r"[\u4e00-\u9fff]{2,8}|[A-Z][\w&]*(?: [\w&]+){0,2}"  # 健康, Business & Tech
_TEXT_LABEL = re.compile(rf"^\s*(?:【(?P<b>[^】]{{1,12}})】|(?P<v>{_LABEL_NAME})\s*[｜|丨:：])\s*$")


#: Beside a related link, an element named for its kind is its section too (央廣's <span class="type">政治</span><a>…).
_ITEM_LABEL_TOKENS = SECTION_LABEL_TOKENS | {"type", "badge"}  # (國語日報's <span class="badge">英文小百科</span> before the link)


def _sibling_label(a: etree._Element) -> str | None:
    if (m := _TEXT_LABEL.match(text_before(a))) and not RELATED_LABEL.match(m["b"] or m["v"]):
        return m["b"] or m["v"]  # (星島's "延伸閱讀：<a>…</a>" names the block, not a section)
    for sib in (a.getprevious(), a.getnext()):
        if sib is None or not isinstance(sib.tag, str):
            continue
        text = normalise_space(sib.text_content())
        bracketed = _BRACKETED.match(text)
        if bracketed:
            return bracketed[1] or bracketed[2]
        if sib.tag != "a" and text and weight(text) <= _LABEL_WEIGHT and (tokens(sib) & _ITEM_LABEL_TOKENS or _SECTION_NAME.match(text)):
            return _linked_section(sib, text)
        if sib is a.getprevious() and sib.tag == "a" and text and len(text) <= 12 and not is_article_url(sib.get("href") or ""):
            return text  # [<a href="/english/yuedu/shuangyu/">双语阅读</a>]<a>…</a>: a section link before it
        if sib is a.getprevious() and sib.tag in ("strong", "b", "span") and (m := _COLON_LABEL.match(text)) and not RELATED_LABEL.match(m["v"]):
            return m["v"]  # BBC Learning English's <li><strong>媒体英语：</strong><a>…</a></li>
        if sib is a.getprevious() and sib.tag == "span" and text and weight(text) <= _LABEL_WEIGHT \
                and (sib.tail or "").strip() in ("|", "｜", "丨"):
            return text  # 新民网's <li><span>城生活</span> | <a>…</a></li>: a word, a bar, the story
    return None


_COLON_LABEL = re.compile(rf"^(?P<v>{_LABEL_NAME})\s*[:：]$")
#: The word before a label's section link: Joomla K2's "在 <a>本地</a>", "in <a>Local</a>".
_LABEL_PREPOSITION = zh_re(r"^(?:在|于|in|from)$", re.I)


def _linked_section(label: etree._Element, text: str) -> str:
    """A label's section: the one link it holds, without the word set before it."""
    inner = label.findall(".//a")
    if len(inner) == 1 and (name := normalise_space(inner[0].text_content())) and text.endswith(name):
        if _LABEL_PREPOSITION.match(text[: -len(name)].strip()):
            return name
    return text


_DATE_RUN = r"[(（\[]?\d{4}[-/.年]\d{1,2}[-/.月]\d{1,2}日?(?:\s*\d{1,2}:\d{2}(?::\d{2})?)?[)）\]]?"
#: A card's date before or after its headline: "2024/03/13 05:30 中英對照讀新聞》…"
_CARD_DATE = zh_re(rf"^\s*{_DATE_RUN}(?:\s+[-–—|]\s+|\s+)|\s*{_DATE_RUN}\s*$|\s*[(（]\d{{1,2}}[-/.]\d{{1,2}}[)）]\s*$")  # (華僑報's "… (11-12)")
#: A headline that names its day in full-width brackets, run on in the link's own text: "每日双语新闻播报（2024年5月13日）".
_DATED_HEADLINE = re.compile(r"[\u4e00-\u9fff]（(?:19|20)\d{2}年\d{1,2}月\d{1,2}日）$")


def _dated_headline(a: etree._Element) -> bool:
    """The link's own text ends on its headline's bracketed day."""
    return bool(_DATED_HEADLINE.search(normalise_space(a.text or "")))
_TITLE_PART = frozenset({"title", "tit", "tt", "headline"})  # (ICRT's span.tt)
_HEADINGS = frozenset({"h2", "h3", "h4", "h5"})


def _card_label(el: etree._Element) -> str | None:
    """A card's section: an element named as a label, or a bare word before the card's date."""
    if not isinstance(el.tag, str):
        return None
    text = normalise_space(el.text_content())
    return text if tokens(el) & SECTION_LABEL_TOKENS or _before_its_date(el, text) else None


def _card_parts(a: etree._Element, text: str) -> tuple[str, str | None]:
    """(title, label) of a link that wraps a card: its title element's text when it has one
    (``<a><em class="tag">双语</em><span class="title">…</span><span class="time">…</span></a>``)
    or heading (``<a><span>2024/03/13</span><h3>…</h3></a>``), else the link text without its date; the label from a child named like one."""
    whole = normalise_space(a.text_content())  # (a "label" holding the card's whole text is its title: 三立's div.tagNewsTitle)
    label = next((found for c in a.iter() if c is not a and (found := _card_label(c)) and found != whole), None)
    part = next((c for c in a.iter() if c is not a and c.tag in _HEADINGS), None)
    if part is None:  # (a heading first; 立場's span.category-title is the card's label, not its title)
        part = next((c for c in a.iter() if c is not a and tokens(c) & _TITLE_PART and not tokens(c) & SECTION_LABEL_TOKENS), None)
    title = normalise_space(part.text_content()) if part is not None else (
        text if _dated_headline(a) else _CARD_DATE.sub("", text))  # (a digest's day in its own headline's brackets stays)
    if part is None and (lead := normalise_space(a.text or "")) and len(a) == 1 and (
        (tail := a[0]).tag in ("span", "small", "em", "cite") and tail.get("class") and not (tail.tail or "").strip()
        and len(tail) == 0 and weight(lead) >= 12 and title == normalise_space(f"{lead}{tail.text or ''}")
    ):  # the headline, then its writer or source in a classed element (cloudnative.to's "…<span class="ml-3">云原生社区</span>")
        title = lead
    if part is None and not label and not (a.text or "").strip() and len(a) == 1 and (first := a[0]).tag in ("span", "em", "small", "b") \
            and first.get("class") and len(first) == 0 and weight(normalise_space(first.tail or "")) >= 12:
        word = normalise_space(first.text or "")  # a classed word opening the card, then its headline (Taipei Times' span.rcat "Bilingual Pages")
        if word and weight(word) <= _LABEL_WEIGHT and not re.search(r"\d", word):
            label, title = word, normalise_space(first.tail)
    if part is None and label and title.startswith(label):  # <a><span class="news-tag">双语读天下</span>…</a>
        title = title[len(label):].lstrip(" :：|｜丨–—")  # (YARPP's <span class="yarpp-cat">時事</span> – …)
    if part is None:  # a short date in an element of its own at either end (<a><span class="d">06-14</span> …</a>)
        for day in (normalise_space(c.text_content()) for c in a.iter() if c is not a and len(c) == 0):
            if not day or not _CARD_DAY.match(day):
                continue
            if title.startswith(day):
                title = title[len(day):].strip()
            elif title.endswith(day):
                title = title[: -len(day)].strip()
    if not label and part is not None and (before := part.getprevious()) is not None and len(before) == 0:
        # a bare word set right before the card's heading or title (報導者's <span>環境永續</span><h3>…</h3>,
        # ICRT's span.lv before span.tt), not its date
        word = normalise_space(before.text_content())
        if word and weight(word) <= _LABEL_WEIGHT and not re.search(r"\d", word):
            label = word
    return title or text, label or None


def _page_scheme(url: str, page_url: str) -> str:
    """An http:// link to the https page's own host is the same page the site serves over
    https (it redirects there): written as such, so it matches that article's ``url``."""
    if url.startswith("http://") and page_url.startswith("https://"):
        if urlsplit(url).netloc == urlsplit(page_url).netloc:
            return "https://" + url[len("http://"):]
    return url


def in_pager(el: etree._Element) -> bool:
    return any(tokens(a) & _PAGER_TOKENS or (a.get("class") or "").startswith(_PAGER_CLASSES) for a in iter_ancestors(el))


#: A writer's or an account's own page: /author/…, /user/…, /profile/…, 简书's /u/5c1e9a7d3b20,
#: 知乎's /people/a-cheng-du-wai-ka.
PERSON_PATH = re.compile(r"/(?:(?:author|profile|user)s?|u|people)(?:/|$)", re.I)
_BARE_PAGE_QUERY = re.compile(r"^p(\d{1,3})$")
#: A Discuz thread's rewritten page, thread-TID-PAGE-FROM.html: the page is the middle number
#: (FROM is the board page it was reached from).
_THREAD_PAGE = re.compile(r"^(?P<head>.*/thread-\d+-)(?P<n>\d{1,3})(?P<tail>-\d+\.html)$")


def page_key(url: str) -> tuple[str, int]:
    """(URL of page 1, page number) for ``id_2.html``, ``id-2.shtml``, ``id/page2/`` and
    ``?page=2`` forms."""
    parts = urlsplit(url)
    if match := _BARE_PAGE_QUERY.match(parts.query):  # 财新's ?p2
        return urlunsplit((parts.scheme, parts.netloc, parts.path, "", "")), int(match[1])
    query = parse_qsl(parts.query, keep_blank_values=True)
    for name, value in query:
        key = name.lower().strip("_")  # (國語日報's Page_=2)
        if (key in (*_PAGE_PARAMS, "start") or (key == "limitstart" and ("limit", "1") in query)) and value.isdigit() and not (
                key == "p" and len(value) >= 3 and len(query) <= 2):
            # (WordPress's ?p=2051 is a post, not its 2051st page; a post's own page is ?p=2051&page=2)
            # (Joomla 1.0's article pager, &limit=1&limitstart=1: a page at a time, the size going with the page)
            rest = urlencode([(k, v) for k, v in query if k != name and not (key == "limitstart" and k.lower() == "limit")])
            # Joomla's ?start=N counts pages from zero (日经中文网's ?start=1 is page 2), and its limitstart
            return urlunsplit((parts.scheme, parts.netloc, parts.path, rest, "")), int(value) + (key in ("start", "limitstart"))
    if match := _THREAD_PAGE.match(parts.path):
        return urlunsplit((parts.scheme, parts.netloc, f"{match['head']}1{match['tail']}", parts.query, "")), int(match["n"])
    if match := _FOLDER_PAGE.match(parts.path):  # (中华考试网's …/1034466/index-2.html: page 1 is the folder itself)
        return urlunsplit((parts.scheme, parts.netloc, match["head"], parts.query, "")), int(match["n"])
    if match := _NUMBERED_FILE_PAGE.match(parts.path):
        return urlunsplit((parts.scheme, parts.netloc, f"{match['head']}1{match['ext']}", parts.query, "")), int(match["n"])
    if match := _VSB_PAGE.match(parts.path):  # (VSB's page2.htm beside the story's page.htm)
        return urlunsplit((parts.scheme, parts.netloc, f"{match['head']}page{match['ext']}", parts.query, "")), int(match["n"])
    match = _PAGE_DIR.match(parts.path) or _PATHINFO_PAGE.match(parts.path)
    if match:
        # (the site's own slash habit: WordPress's /slug/page/2/ is /slug/'s, 北外新闻网's …/cate/12/page/2 is …/cate/12's)
        head = match["head"].rstrip("/") + match["ext"] if match["ext"] else (
            match["head"] if parts.path.endswith("/") else match["head"].rstrip("/"))
        return urlunsplit((parts.scheme, parts.netloc, head, parts.query, "")), int(match["n"])
    head, _, last = parts.path.rpartition("/")
    match = _PAGE_SUFFIX.match(last)
    # (a zero-padded number is a clock's, not a page's: 日经's 55812-2024-05-20-14-30-00.html)
    # (a word's page is a list's, list_2.html; Xinhua's one-letter content file c_2.html is a story's page 2)
    if match and not (match["stem"].isalpha() and len(match["stem"]) > 1) and not (len(match["n"]) > 1 and match["n"].startswith("0")):
        path = f"{head}/{match['stem']}{match['ext'] or ''}"
        return urlunsplit((parts.scheme, parts.netloc, path, parts.query, "")), int(match["n"])
    return urlunsplit((parts.scheme, parts.netloc, parts.path, parts.query, "")), 1


_POSTER = re.compile(r"uid[-=](\d+)")


def thread_poster(root: etree._Element) -> str | None:
    """The member (their uid) who wrote a forum page's first post: Discuz's #postlist, the first
    .authi link to a member's space. A thread's later page carries on its article only when the
    same member opens it; otherwise it holds replies."""
    for href in root.xpath("//*[@id='postlist']//*[contains(concat(' ', normalize-space(@class), ' '), ' authi ')]/a/@href"):
        if match := _POSTER.search(href):
            return match[1]
    return None


def article_pages(links: list[Link], page_url: str) -> tuple[str, int, list[str]]:
    """(page 1 URL, this page's number, URLs of pages 2..n in order) of a paginated article.

    A page with a suffix is never page 1, whatever its number: TRS counts from zero
    (``t20230612_14563210_1.htm`` is page 2), DedeCMS from one (``420541_2.html``); the
    suffixes give the order either way."""
    own = clean_url(page_url)
    base, number = page_key(own)
    pages: dict[int, str] = {}
    tied = False
    # Discuz's static pages glue the number to the name (reading/20855.html, reading/208552.html):
    # a pager's numbered link shaped so is a page, and its "1" makes this page a later one.
    numbered = [(int(link.text), clean_url(link.url)) for link in links if link.text.isdigit() and in_pager(link.element)]
    if own == base:
        for n, url in numbered:
            if n == 1 and (k := _glued_number(url, own) or _appended_number(url, own)):
                base, number, tied = url, k, True
        for n, url in numbered:
            if n >= 2 and url != own and n in (_glued_number(base, url), _appended_number(base, url)):
                pages.setdefault(n, url)
                tied = True
    # Every page of the article shares page 1's path up to its extension: a cheap first sieve.
    stem = urlsplit(base).path.rsplit(".", 1)[0]
    if thread := _THREAD_PAGE.match(urlsplit(base).path):  # (thread-TID-1-1.html's page 2 is thread-TID-2-1.html)
        stem = thread["head"]
    if folder := _NUMBERED_FILE_PAGE.match(urlsplit(base).path):  # (…/-2-3336980/1.html's page 2 is …/2.html)
        stem = folder["head"]
    base_key = _order_free(base)
    zero_based = False  # Drupal's pager counts from ?page=0, page 1 itself
    for link in links:
        if stem not in link.url or not (PAGINATION_TEXT.match(link.text) or in_pager(link.element)):
            continue
        url = clean_url(link.url)
        link_base, n = page_key(url)
        if _order_free(link_base) != base_key:
            continue
        zero_based = zero_based or n == 0
        if _order_free(url) == base_key and own != base:
            number, tied = max(number, 2), True  # its pager links back to page 1: a later page
        elif _order_free(url) != base_key:
            pages.setdefault(n, url)
            tied = tied or url != own
    if zero_based:  # (英華女學校's …?page=0 is page 1, …?page=1 page 2)
        pages = {n + 1: u for n, u in pages.items() if n >= 1}
        if own != base:
            number, tied = number + 1, True
    # A suffixed page no pager ties to page 1 is a page of its own: 共同网's …/e84d3b0c7f15-5.html
    # is a story whose id ends in -5, not page 5 of …/e84d3b0c7f15.html.
    if own != base and (number < 2 or not tied):
        # its own pages then hang from it (美通社's 438190-1.shtml: its page 2 is 438190-1_2.shtml)
        for link in links:
            if in_pager(link.element) or PAGINATION_TEXT.match(link.text):
                link_base, n = page_key(url := clean_url(link.url))
                if n >= 2 and _order_free(link_base) == _order_free(own):
                    pages.setdefault(n, url)
        return own, 1, [u for n, u in sorted(pages.items()) if u != own]
    return base, number, [pages[n] for n in sorted(pages)]


def _order_free(url: str) -> str:
    """The URL with its query's parameters sorted: a page reached as ?id=21437&mag=live links its
    page 2 as ?mag=live&id=21437&Page=2 (LiveABC)."""
    parts = urlsplit(url)
    return urlunsplit(parts._replace(query=urlencode(sorted(parse_qsl(parts.query, keep_blank_values=True)))))


def _glued_number(page1: str, url: str) -> int | None:
    """The page number ``url`` glues to page 1's file name (20855.html → 208552.html: 2), if any."""
    a, b = urlsplit(page1), urlsplit(url)
    stem, dot, ext = a.path.rpartition(".")
    if a.netloc != b.netloc or a.query or b.query or not dot or "/" in ext:
        return None
    if not (b.path.startswith(stem) and b.path.endswith(dot + ext)):
        return None
    digits = b.path[len(stem): len(b.path) - len(ext) - 1]
    return int(digits) if digits.isdigit() and digits[0] != "0" and 2 <= int(digits) <= 99 else None


def _appended_number(page1: str, url: str) -> int | None:
    """The page number ``url`` adds to page 1's path as a folder of its own (希平方's
    /eu-bottle-caps-stay-attached/2), if any."""
    a, b = urlsplit(page1), urlsplit(url)
    if a.netloc != b.netloc or a.query or b.query:
        return None
    head, _, digits = b.path.rstrip("/").rpartition("/")
    return int(digits) if head == a.path.rstrip("/") and head and digits.isdigit() and digits[0] != "0" and 2 <= int(digits) <= 99 else None


def pagination_links(links: list[Link], page_url: str) -> list[str]:
    """Pager links of a list page: inside a pager, or labelled like one (a bare number only
    counts inside a pager)."""
    return [
        link.url
        for link in links
        if same_site(link.url, page_url)
        and (in_pager(link.element) or NEXT_TEXT.match(link.text) or (_SEE_MORE.match(link.text) and _next_of(link.url, page_url)))
    ]


#: A "see more" button: the list's next page only where its link is this list's page 2 or later
#: (太報's 看更多 → /news/section/70?page=2), a section's front page otherwise.
_SEE_MORE = zh_re(r"^(?:看更多|查看更多|更多新闻|See more|View more)\s*[>»›]*$", re.I)


def _next_of(url: str, page_url: str) -> bool:
    base, n = page_key(clean_url(url))
    return n > 1 and _order_free(base) == _order_free(page_key(clean_url(page_url))[0])


def is_list_url(url: str) -> bool:
    """list_2_2.html, index_2.html, /page/3/, /channel/shuangyu: a CMS's own name for a list page."""
    return _list_page(urlsplit(url).path)


#: Paths of tag, topic and channel pages, whatever their ids look like (sohu's /tag/61227).
_SECTION_PATH = re.compile(
    r"/(?:tag|tags|topic|topics|channel|column|cate|category|categories|section|author|profile|user|u|[a-z]*lists?)(?:/|$)", re.I
)


def _list_page(path: str) -> bool:
    """A list page's path by a CMS's own name for one, or a tag/topic/channel page's (but a story
    file under a topic folder, 朝日's /travel/topic/AJ202404150020.html, is a story)."""
    return _list_path(path) or (bool(_SECTION_PATH.search(path)) and not _STORY_FILE.search(path))


_STORY_FILE = re.compile(
    r"/[A-Za-z]{0,4}\d{10,}[^/]*\.s?html?$"
    r"|/post/\d{8,}/?$"  # a post's dated number under its category (今周刊's /article/category/183015/post/202405140018/)
    r"|/\d{5,}/[^/]*[^\W\d_][^/]*-[^/]+$"  # an id and the headline's slug (The Standard's /section-news/section/4/242187/Elderly-homes-…)
    r"|/(?:article|news|detail|content|view|show|post|story)s?/\d{5,}/(?:cate|category|column|channel|section)/\w+/?$"  # the story's id, then the section it is filed under (北外新闻网's /article/318412/cate/12)
)


def is_article_url(url: str) -> bool:
    parts = urlsplit(url)
    path = parts.path.partition(";")[0]  # (a path parameter is a session's, 澳門新聞局's …/N25INr4KcT;jsessionid=…)
    if _list_page(path):
        return False
    # the story named by its query: WeChat's /s?__biz=…&mid=2247486794&idx=1&sn=…, show.php?id=12345
    return (bool(_ARTICLE_URL.search(path)) and path not in ("", "/")) or bool(_QUERY_ID.search(parts.query))


def story_like(url: str, page_url: str) -> bool:
    """An article URL, or one shaped like this page's stories though no pattern knows it: a child
    of this list page's own path, or a sibling of this story with an id of the same length
    (扇贝's /reading/web-news/articles/qkxvbn beside …/hpzaeg)."""
    return is_article_url(url) or _same_shape(url, page_url) or _query_sibling(url, page_url)


def one_of_its_stories(page_url: str, links: list[Link]) -> bool:
    """The page is a story of the script it links others of, by id (香港乒乓總會's news.cgi?news=2850
    beside ?news=2871 in its sidebar): a story, though no pattern knows its URL."""
    if page_key(page_url)[1] > 1:
        return False  # (a thread's page 2 is no story of its own: Discuz's viewthread&tid=302118&page=2)
    return any(_query_sibling(link.url, page_url) for link in links)


def _query_sibling(url: str, page_url: str, shortest: int = 4) -> bool:
    """This story's script with another id of the same length (MPU's highlights.php?hlight=49288
    beside ?hlight=49318; a Taiwan government CMS's News_Content.aspx?n=5&sms=9182&s=230987 beside
    &s=231045): a query no pattern knows, but the page itself is one of its stories, and only ids
    differ."""
    a, b = urlsplit(url), urlsplit(page_url)
    if a.netloc != b.netloc or a.path != b.path or not a.path or a.path.endswith("/"):
        return False
    mine = [(k, v) for k, v in parse_qsl(a.query) if not is_tracking_param(k, v)]
    page = [(k, v) for k, v in parse_qsl(b.query) if not is_tracking_param(k, v) and k.lower() not in _PAGE_PARAMS]  # (its page 2: &page=2)
    if not mine or [k for k, _ in mine] != [k for k, _ in page]:
        return False
    differ = [(k, v, w) for (k, v), (_, w) in zip(mine, page) if v != w]  # (高雄's &s=…&chapt=6311 beside &chapt=6312: the ids it files under)
    return bool(differ) and all(k.lower() not in _PAGE_PARAMS and _ID_VALUE.match(v) and _ID_VALUE.match(w)
                                and len(v) == len(w) >= (2 if _DETAIL_VIEW.search(a.path) else shortest) for k, v, w in differ)


#: A script named as a record's detail view: any id in its query names a story (HKIFF's /news/detail?id=588).
_DETAIL_VIEW = re.compile(r"/[a-z_-]*(?:detail|details|show|view)[a-z_-]*(?:\.\w{2,5})?$", re.I)
#: An id in a query: digits, or a hash's hex digits (3F7A21C9B04E85D6), not a section's code (mb020000).
_ID_VALUE = re.compile(r"^(?:\d+|(?=[A-Fa-f]*\d)[0-9A-Fa-f]{12,})$")


_DATE_VALUE = re.compile(r"^(?:19|20)\d\d-?[01]\d-?[0-3]\d$")


def dated_view(url: str, page_url: str) -> bool:
    """This list's own script and query with a day added: the day's item (ICRT's News Lunchbox
    episode ``news_lunchbox.php?mlevel1=7&mlevel2=96&level1_id=1&searchDate=2025-03-10`` on
    ``news_lunchbox.php?mlevel1=7&mlevel2=96``); on such an item, the same query for another
    day is a sibling item, from any of its pages. Judged only against the page that links it."""
    link = urlsplit(url)
    if not link.query:
        return False  # (most links: no query to add a day to; page 1's URL is then not worked out)
    page = urlsplit(page_key(page_url)[0])
    if link.path != page.path:
        return False
    params, own = parse_qsl(link.query), set(parse_qsl(page.query))
    extra = [(k, v) for k, v in params if (k, v) not in own]
    if own <= set(params):
        return any(_DATE_VALUE.match(v) for _, v in extra)
    dated = {k for k, v in own if _DATE_VALUE.match(v)}
    return bool(dated) and {k for k, _ in params} == {k for k, _ in own} and any(k in dated for k, _ in extra)


#: An id, not a slug of words (a sub-section's /read/news/culture-education/ is a list).
_ID_SEGMENT = re.compile(r"^[A-Za-z0-9_]{5,40}$|^(?=[^-]*\d)[A-Za-z0-9_]+(?:-[A-Za-z0-9_]+){1,2}$")  # (an episode's s03-e05; not a sub-section's culture-education)


#: A short number, not a year (a year's archive, /news/2024, is a list).
_SHORT_ID = re.compile(r"^(?!(?:19|20)\d\d$)\d{3,4}$")


def _same_shape(url: str, page_url: str) -> bool:
    if dated_view(url, page_url):
        return True
    path, page = urlsplit(url).path, urlsplit(page_url).path.rstrip("/")
    if path.endswith("/"):
        return False  # a folder: a sub-section's list (/read/news/international/)
    parent, _, last = path.rpartition("/")
    page_parent, _, page_last = page.rpartition("/")
    if parent and _SHORT_ID.match(last) and not _list_page(path) and (
        parent == page or (parent == page_parent and _SHORT_ID.match(page_last))
    ):
        return True  # a small site's story numbered under its list, or beside this one (麗澄嘉小學's /site/news/423 on /site/news)
    if not _ID_SEGMENT.match(last) or _list_page(path) or not parent:
        return False
    if parent == page:
        return True
    return parent == page_parent and len(last) == len(page_last) and last != page_last


_QUERY_ID = re.compile(
    r"(?:^|&)p=\d{3,}(?:&|$)"  # WordPress's plain permalink ?p=2051 (a pager's ?p=2 is a page)
    r"|(?:^|&)(?:id|aid|unid|nid|n_id|artid|no|article_id|news_id|mid|guid|uuid|[a-z]*(?:articleid|newsid|contentid|docid|itemid))=[\w-]*\d{4,}"  # (常春藤's MagitemID=6416)
    r"|(?:^|&)[a-z_]*(?:news|article|story|doc|post|serial)[a-z_]*=\d{6,}(?:&|$)"  # (朝鲜日报's nNewsNumb=20240562101, 上報's news_info.php?Type=24&SerialNo=201877)
    r"|(?:^|&)(?:cid|q)=\d{5,}(?:&|$)"  # a content id too long for a category's (台灣新生報's CID=712345, OK阅读网's read.php?q=45361)
    r"|(?:^|&)[a-z_]+=(?-i:(?=[\w-]*\d)(?=[\w-]*[a-z])(?=[\w-]*[A-Z])[\w-]{7,24})(?:&|$)"  # an opaque id, cased (英語島's stat=a_Q7kd2Rm)
    r"|(?:^|&)[a-z_]+=(?-i:(?=[0-9A-Z]*\d{3})(?=[0-9A-Z]*[A-Z]{3})[0-9A-Z]{12,24})(?:&|$)"  # digits and capitals (國語日報's Link_String_=233B00000QWKPTR)
    r"|(?:^|&)[a-z_]+=(?:[a-z]{1,8}-)?[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}(?:&|$)",  # a UUID (市民日報's article?id=…, 臺灣時報's blogId=blog-…)
    re.I,
)


_PAGE_PATH = re.compile(r"(?:\.s?html?|/[^./]*)$", re.I)


def companion_links(listed: list[Link], links: list[Link], page_url: str) -> list[str]:
    """Other pages of a listed item, linked by an icon beside its headline: 51VOA's 中英对照
    page (``…-82125_1.html``) behind a translation icon. Only HTML-like article URLs of the
    headline's own list item."""
    items = {link.element.getparent(): link.url for link in listed}
    out = []
    for link in links:
        headline = items.get(link.element.getparent())
        if headline is None or link.url == headline or link.text:
            continue
        path = urlsplit(link.url).path
        if same_site(link.url, page_url) and is_article_url(link.url) and _PAGE_PATH.search(path):
            out.append(link.url)
    return out


#: A language switch's link text: the same story in the other language (GovHK's 中文 / English).
_LANGUAGE_NAME = zh_re(r"^(?:中文|中文版|English|English Version|英文|英文版|EN|ENG|CN|中|英)$", re.I)


def language_versions(links: list[Link], page_url: str) -> list[str]:
    """An article's own page in the other language, linked by a language switch: a story of
    its own (the crawl would not reach a Chinese twin that no list links). A 简/繁 switch
    leads to the same story in another script, which is not followed."""
    own = clean_url(page_url)
    out = []
    for link in links:
        hreflang = (link.element.get("hreflang") or "").lower()
        if not (_LANGUAGE_NAME.match(link.text) or hreflang.startswith("en")):
            continue  # (简/繁 is the same story in another script, DW's zh-hant copy: no story of its own;
            # UN News' ar/es/fr/ru editions are no parallel text of an English/Chinese pair)
        if same_site(link.url, page_url) and is_article_url(link.url) and clean_url(link.url) != own:
            out.append(link.url)
    return out


def main_columns(page_blocks: list, wrappers: frozenset = frozenset()) -> frozenset:
    """Columns named like side ones (51VOA's ``right_box`` beside a menu on the left) that
    hold most of the page's running text: the page's main column, not a side one."""
    running = [(b.owner, weight(b.text)) for b in page_blocks if b.link_density < 0.5]
    total = sum(w for _, w in running)
    return frozenset(el for el, w in _held_by_side_columns(running, wrappers).items() if 2 * w > total)


def _held_by_side_columns(weighted: list[tuple[etree._Element, int]], wrappers: frozenset) -> dict[etree._Element, int]:
    """How much of ``weighted`` (element, weight) each side-named column (``aside``, ``right_box``)
    holds, the element itself counted as a column too."""
    held: dict[etree._Element, int] = {}
    for el, w in weighted:
        for anc in (el, *iter_ancestors(el)):
            if anc not in wrappers and (anc.tag == "aside" or _side_names(tokens(anc))):
                held[anc] = held.get(anc, 0) + w
    return held


def list_columns(links: list[Link], page_url: str, wrappers: frozenset = frozenset()) -> frozenset:
    """Columns named like side ones that hold most of a list page's headline links (每日英语听力's
    ``div.rightContent`` beside its channel menu): the page's main column, not a side one.
    Headlines are longer than a menu's items, which a menu column holds more of."""
    headlines = [
        link for link in links
        if weight(link.text) >= 2 * _LABEL_WEIGHT // 3 and same_site(link.url, page_url) and is_article_url(link.url)
        and not _in_hot_list(link.element)  # (on.cc's 最新 and 熱門 boxes outnumber its short main list)
    ]
    # (a link is no column: its ancestors are counted, from its parent up)
    parents = [(parent, 1) for link in headlines if (parent := link.element.getparent()) is not None]
    held = _held_by_side_columns(parents, wrappers)
    return frozenset(el for el, n in held.items() if n >= 3 and 2 * n > len(headlines))


def _in_hot_list(a: etree._Element, levels: int = 3) -> bool:
    """The link stands in a box headed like a site-wide list (最新, 熱門, 排行)."""
    el = a
    for _ in range(levels):
        el = el.getparent()
        if el is None:
            return False
        head = el.getprevious()
        while head is not None and not isinstance(head.tag, str):
            head = head.getprevious()
        if head is not None and _HOT_LABEL.match(normalise_space(head.text_content())):
            return True
    return False


def _query_shape(url: str) -> tuple[str, str, tuple[str, ...]] | None:
    parts = urlsplit(url)
    # (not the tracking a share link adds: MPU's list links one story with &utm_source=wechat)
    keys = tuple(sorted(k for k, v in parse_qsl(parts.query, keep_blank_values=True) if not is_tracking_param(k, v)))
    return (parts.netloc, parts.path, keys) if keys else None


#: How many headlines one query shape must carry before it is known as the site's story address.
_SHAPE_STORIES = 4


def _story_shapes(links: list[Link], page_url: str) -> frozenset:
    """Addresses no pattern knows, told by repetition: one script and one set of query names
    (viw.asp?cate&mcate&nNewsNumb), its values changing, under four or more headlines, none a
    pager's, and not the shape of this page itself (its sections and filters)."""
    own = _query_shape(page_url)
    seen: dict[tuple, set[str]] = {}
    for link in links:
        if weight(link.text) < 24 or PAGINATION_TEXT.match(link.text) or not same_site(link.url, page_url):
            continue
        shape = _query_shape(link.url)
        if shape is None or shape == own or any(k.lower() in _PAGE_PARAMS for k in shape[2]) or is_list_url(link.url):
            continue
        seen.setdefault(shape, set()).add(link.url)
    # (and a folder of headlines one of which a pattern knows as a story: Substack's /p/<slug>,
    # "mongolian-herders-radio-schools" beside "lisbon-tram-library")
    folders: dict[tuple, set[str]] = {}
    marked: dict[tuple, set[str]] = {}  # the folder's headlines WordPress marks as posts' permalinks
    for link in links:
        bookmark = _permalink(link)
        if (weight(link.text) >= 24 or bookmark) and not PAGINATION_TEXT.match(link.text) and same_site(link.url, page_url) \
                and not is_list_url(link.url) and (folder := _folder_of_story(link.url)) is not None:
            folders.setdefault(folder, set()).add(link.url)
            if bookmark:
                marked.setdefault(folder, set()).add(link.url)
    # (or three headlines marked rel="bookmark": Neocha's /magazine/night-shift/, no pattern's story)
    told = {folder for folder, urls in folders.items() if len(urls) >= LIST_STORIES
            and (any(is_article_url(u) for u in urls) or len(marked.get(folder, ())) >= LIST_STORIES)}
    return frozenset(shape for shape, urls in seen.items() if len(urls) >= _SHAPE_STORIES) | told


#: How many headlines one folder must hold, one of them a known story, before its other pages are stories too.
LIST_STORIES = 3


def _permalink(link: Link) -> bool:
    """A post's permalink as WordPress marks it in a list: <a rel="bookmark">."""
    return "bookmark" in (link.element.get("rel") or "").lower().split()


def _folder_of_story(url: str) -> tuple[str, str] | None:
    """(host, folder) of a page named by a slug with no query: /p/lisbon-tram-library -> (host, "/p")."""
    parts = urlsplit(url)
    folder, _, last = parts.path.rstrip("/").rpartition("/")
    if parts.query or not folder or not re.fullmatch(r"[a-z0-9]+(?:-[a-z0-9]+)+", last or ""):
        return None
    return parts.netloc, folder


def article_links(links: list[Link], page_url: str, wrappers: frozenset = frozenset()) -> list[Link]:
    """Links of a list page that look like articles: headline-length text, article-like URL,
    outside navigation, pagers and sidebars."""
    out = []
    own = page_key(page_url)[0]  # the pages of this very article (a 本文导航 table of contents)
    shapes = None  # read only when a link no pattern knows needs them
    for link in links:
        if (weight(link.text) < 12 and not READ_MORE.match(link.text)) or not same_site(link.url, page_url):
            continue
        if page_key(link.url)[0] == own or PAGINATION_TEXT.match(link.text):
            continue
        if not story_like(link.url, page_url):
            if shapes is None:
                shapes = _story_shapes(links, page_url)
            if _query_shape(link.url) not in shapes and ((weight(link.text) < 24 and not _permalink(link)) or _folder_of_story(link.url) not in shapes):
                continue  # (a folder's other pages by a headline's text only: not 報導者's footer links /a/contact-footer)
        if off_text(link.element, wrappers):
            continue
        out.append(link)
    return out
