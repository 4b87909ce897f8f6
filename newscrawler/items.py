"""The Article item: the output contract and the single source of truth for field names.

Every field carries its documentation and whether a written article must have it; the
README's schema table and the tests read ``Article.fields`` rather than repeating the list.
Text fields have their whitespace collapsed: each run of spaces, line breaks, no-break or
ideographic spaces (U+3000) is one ASCII space; a line break alone between two Chinese
characters is source wrapping and is dropped (CSS Text's segment-break rule).
"""

import scrapy


def _field(doc: str, *, required: bool = False, kind: str = "str") -> scrapy.Field:
    return scrapy.Field(doc=doc, required=required, kind=kind)


class Article(scrapy.Item):
    url = _field(
        "Canonical URL: rel=canonical when on the same site, else the URL without tracking "
        "or session parameters; page 1 of a paginated article.",
        required=True,
    )
    site = _field("Host of `url`.", required=True)
    title = _field(
        "English headline when the page shows one, else the displayed headline; "
        "a section prefix such as 国内英语新闻: is not part of it, nor a date set before it.",
        required=True,
    )
    title_zh = _field(
        "Chinese headline, or null; a page that shows only a Chinese headline has it in both "
        "`title` and `title_zh`.",
        kind="str|null",
    )
    category = _field(
        "Section label the page shows: headline prefix, last breadcrumb link, or the section "
        "label by the headline.",
        kind="str|null",
    )
    published = _field(
        "ISO 8601 date, or datetime with offset when the page gives a time, in the zone the "
        "page shows its times in (Chinese portals: +08:00); a page that shows only the day gives "
        "its time in its metadata when that stamp falls on the same day, a UTC stamp read in the page's zone "
        "(a later day's stamp is an update; a stamp at midnight sharp is a date-only field's and gives no time); "
        "a time shown to the minute takes its seconds from a meta-tag or JSON-LD stamp of that minute, "
        "never from a script's data.",
        kind="str|null",
    )
    author = _field("Author as shown, or null.", kind="str|null")
    source = _field(
        "Original source as shown (e.g. Xinhua), or null; a reporter's byline naming their paper "
        "(澎湃新闻记者 林晓雯) gives the paper, and so does a byline naming only a paper (an "
        "editorial's 中央日报), and so does a wire dateline opening the text (新华社北京5月18日电, "
        "（中央社記者王小明台北20日電）), on the agency's own site too, and so does the print issue a story "
        "ran in (本文出處：Live互動英語 2024年5月號, 天下雜誌 第798期: the magazine, not its issue; an edition it names stays, 英语周报高一版) where no other source is shown; the site's "
        "name in its meta tags alone is no byline.",
        kind="str|null",
    )
    body_en = _field(
        "English text, paragraphs joined by a blank line, a crosshead (a heading inside the text) a paragraph "
        "of its own, a dateline opening the text (BEIJING, May 18 (Xinhua) --) part of it; not the standfirst "
        "set apart under the headline, nor a pull quote repeating the text.",
        kind="str|null",
    )
    body_zh = _field(
        "Chinese text, paragraphs joined by a blank line, or null, a crosshead a paragraph of its own, a "
        "dateline opening the text (新京报讯（记者 王晓蕾）, 中新社深圳11月15日電) part of it, on its own line or "
        "run into the first sentence, a wire feature's opening line too (中新社北京6月3日电 题：<headline>); "
        "a byline on a line of its own (記者林冠廷／台北報導, 北京日报客户端 | 记者 孙云柯) is no text; not the "
        "standfirst (导读) set apart under the headline, nor a pull quote repeating the text.",
        kind="str|null",
    )
    pairs = _field(
        'Aligned paragraph pairs [{"en", "zh"}] on bilingual pages, else []; a Chinese paragraph translating '
        "two English ones pairs with both (the English joined by a space), and the other way round.", kind="list"
    )
    language = _field("en, zh or en-zh.", required=True)
    related = _field(
        'The article\'s own related block: [{"url", "title", "category"}], same-site (one '
        "registered domain, its other hosts included), absolute (an http:// link to the page's own https host is written https://, the page "
        "the site serves, so it matches that article's url), page order, deduplicated across "
        "pages; a link's section label (its 国际新闻： prefix or its own label element) is its "
        "category, not part of its title, and neither is a date set in the link's text; the previous/next "
        "story links (上一篇/下一篇) are navigation, not a related block.",
        kind="list",
    )
    pages = _field("Number of pages merged.", required=True, kind="int")
    crawled_at = _field("UTC time of the crawl, ISO 8601.", required=True)
    fingerprint = _field("Content hash used for dedupe (sha1 of title and bodies).", required=True)


#: Field order of the output, as declared above.
ARTICLE_FIELDS = tuple(Article.fields)
REQUIRED_FIELDS = tuple(n for n, meta in Article.fields.items() if meta.get("required"))
