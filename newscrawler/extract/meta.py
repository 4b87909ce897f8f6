"""Headline, category, byline and canonical URL: explicit selectors first, heuristics after."""

from __future__ import annotations

import re
from urllib.parse import parse_qsl, urljoin, urlsplit

from lxml import etree

from newscrawler.extract.hanzi import both_forms, both_scripts, zh_re
from newscrawler.extract import dates, jsonld
from newscrawler.extract.content import DESK_TIME_LINE, MEDIA_CREDIT, ORG_SIGNATURE, WIRE_CREDIT, WIRE_DATELINE, is_noise_line, language_of
from newscrawler.extract.links import PERSON_PATH, is_article_url, is_list_url, is_section, split_prefix
from newscrawler.extract.text import (
    FURNITURE_TAGS, FURNITURE_WORDS as _FURNITURE_WORDS, SECTION_LABEL_TOKENS, BlockReader, in_figure, is_furniture, iter_ancestors,
    normalise_space, screen_reader_only, text_before, tokens, weight, within,
)
from newscrawler.urls import clean_url, same_site, site_of

_SITE_SUFFIX = zh_re(r"\s*[-|_–—]{1,2}\s*[\u4e00-\u9fff]{2,8}(?:网|网站|频道|报)$")  # also "--北京周报网"
_TITLE_SEPARATORS = re.compile(r"\s+[-|_–—]\s+|\s*[|_]\s*|\s+-\s*")
_HEADLINE_CANDIDATES = etree.XPath(
    "//h1 | //h2 | //h3 | //*[self::div or self::p or self::span or self::h4 or self::h5 or self::td]"
    "[contains(@class, 'tit') or contains(@class, 'headline') or contains(@class, 'bt') or contains(@id, 'tit')]"
    " | //*[contains(@class, 'tit') or contains(@id, 'tit')]/h4"  # (朝鲜日报's div#title_title > span.cate + h4)
)
_TITLE_TOKENS = frozenset({"title", "headline", "article-title", "news-title", "tit", "bt"})
_BREADCRUMB_TOKENS = frozenset({"breadcrumb", "breadcrumbs", "crumb", "crumbs", "position", "location", "weizhi", "path", "dqwz", "nav-path", "bread",
                                "daohang", "pathway"})  # (央视网's div.nav_daohang: 导航, "Homepage > China"; Joomla's span.pathway)
_BREADCRUMB_TEXT = zh_re(r"^\s*(?:当前位置|您的位置|你的位置|您现在的位置|位置)\s*[:：]")
_NEXT_LABEL = (
    r"(?=\s*(?:点击|浏览|阅读|时间|来源|作者|责任编辑|编辑(?!部)|责编|微信|微博|记者(?=\s*[:：])|字号|发布(?=时间|日期|于|\s*[:：])|[摄攝]影(?=\s*[:：])|更新|栏目|评论|收藏|分享|打印|(?:Published|Updated|Times|Views|Hits)\s*[:：]|[|｜/）)（(\]】【，。；]|(?<=[A-Za-z])：|(?-i:(?<=[A-Z]{2})),(?=\s)|$)|\s|\s+[\u4e00-\u9fff]{2,5}\s*[:：]"
    r"|(?:19|20)\d{2}[-/.年]"  # a date run on: "来源：第一财经日报2024-05-14"
    r"|\s+(?:于|发布于|发表于)?\d"  # a date or a count follows
    r"|\d[\d.,]*[万千]?\s*(?:阅读|浏览|次|人(?:阅读|浏览|看过)))"  # a count run on without a space (英语趣配音's "作者：Emma Zhang2.4万阅读")
)
#: A value may not be the next label itself ("作者： 点击：1862": nobody is named).
_NOT_LABEL = r"(?!(?:(?:点击|浏览|阅读|访问)(?:次数|量|数)?|时间|来源|作者|编辑|责编|审核|审校|校对|字号|发布(?:时间|日期)?|日期|更新时间|提供网友)\s*[:：]|微信|微博|分享|QQ)"  # (an empty 作者： before the share links)
_SOURCE = zh_re(rf"(?:(?:素材来源|(?<!图像)(?<!图片)(?<!照片)(?<!资料)(?<!数据)来源|出处|本文选自|(?<![\u4e00-\u9fff])来自|Source\s+(?:资料)?来源|Source(?:s|\(s\))?|Excerpted from|Adapted from|Issued by)\s*[:：]|(?<![\u4e00-\u9fff])来源于|(?:改编自|编译自|译自|选自|摘自)\s*(?=(?![^，。]*英文)[^，。]{{1,30}}?(?:的?报道|，|。)))\s*(?P<v>{_NOT_LABEL}[^\s|｜/　）)\]】，。；]+?(?:[/／][\u4e00-\u9fff]{{1,8}}(?:网|社|报|台|新闻|周刊|杂志|客户端))?(?:\s[A-Z][\w.]*(?!\s+(?-i:[a-z]+)\s*[:：])|(?<=[A-Za-z])\s\d{{1,3}}(?=\s*$))*){_NEXT_LABEL}", re.I)  # (a show's number: 影片來源：CNN 10; a paper and its app, 扬子晚报/紫牛新闻)
#: Further reporters named after the first, a space apart ("记者：张一鸣 李想 编辑：赵然"), not a word
#: of the info line ("阅读 123", "北京报道").
_MORE_NAMES = r"(?:\s(?!点击|浏览|阅读|时间|来源|作者|编辑|责编|责任|微信|微博|新闻|校对|字号|发布|更新|日期|评论|收藏|分享|打印|中文|英文)[\u4e00-\u9fff·]{2,4}(?<!报道)(?<!报导)(?=\s|$|微信|微博|(?:编辑|责编|来源|字号|发布(?:时间|日期)?|(?:点击|浏览|阅读|访问)(?:次数|量|数)?)\s*[:：]))*"  # (a share bar or the next label run on: 东北网's "作者：孙静怡 李卫东微信 微博", 广西新闻网's "作者：韦晓岚 覃明轩编辑：陆权香", 邵阳新闻网's "作者：刘艳 周建华浏览量：")
_AUTHOR = zh_re(rf"(?:作者|记者|撰稿(?:编辑)?|撰文(?:及(?:图片|摄影))?|编译|演讲者|(?<![\u4e00-\u9fff])(?:文|报道|整理)|Author|(?<![A-Za-z])Writer|Contributor|Posted by|Written by|Signed by|Publisher)\s*[:：]\s*(?:(?:(?:特约|见习|实习|首席)?记者|通讯员)\s+(?=[\u4e00-\u9fff]))?(?P<v>{_NOT_LABEL}[^\s|/　]+?(?:\s[A-Z][A-Za-z.'-]*(?!\s+(?-i:[a-z]+)\s*[:：]))*{_MORE_NAMES})(?!\s*\S{{0,8}}编辑部){_NEXT_LABEL}", re.I)  # (not a desk's first word: 編譯：EPT 美語編輯部)
#: Bylines that name nobody.
_ANONYMOUS = frozenset(both_forms(("佚名", "匿名", "未知", "admin", "本站", "网络", "網路", "不详", "Super User", "Administrator")))  # (Joomla's default account)
_NAME_WORDS = r"[A-Z][A-Za-z.'-]*(?:\s+[A-Z][A-Za-z.'-]*){0,2}"
#: Writers listed with commas and a last "and" on a line of their own: "By Wu Haoran, Tian Meng and Sophie Lin".
_BYLINE_LIST = re.compile(rf"^\s*[Bb]y\s+(?P<v>{_NAME_WORDS}(?:,\s+{_NAME_WORDS})+,?\s+and\s+{_NAME_WORDS})\s*$")
_MONTH_NAME = r"(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.?\s+\d"
#: A paper's reporter and the city reported from, run together on a line of their own
#: (大紀元's "大紀元記者林心怡臺中報導"): the paper, the name (the place is the two characters before 報導).
_REPORTER_AT_PLACE = zh_re(r"^(?P<src>[\u4e00-\u9fff]{2,8}?)记者(?P<v>[\u4e00-\u9fff]{2,3}?)[\u4e00-\u9fff]{2}(?:综合)?报[导道]$")
_ROLE_BEFORE_NAME = zh_re(r"^(?:(?:文\s*[/／]\s*图|图\s*[/／]\s*文|文字|撰文)\s*[:：]\s*(?=\S)|(?:(?:特约|见习|实习|首席)?记者|通讯员)\s+(?=[\u4e00-\u9fff]))")  # (温州网's "作者：记者 陈晓丽": the post, then the name)
#: The one who compiled a story from other reports, closing it in brackets (都市网's "（苏学林编译）"): its writer.
_COMPILED_BY = zh_re(r"^[（(](?P<v>[\u4e00-\u9fff·]{2,4})(?:编译|\s*[／/]\s*文)[）)]$")  # (新華澳報's "（黃志成／文）")
#: A report's credit naming its writer in English (NCCS's "Report by Rev Edwin Tan, NCCS Associate General Secretary | 报道：…"):
#: the writer as the English line names them, over the Chinese label after it.
_REPORT_BY = re.compile(r"(?:^\s*|(?<=\s))(?:Report(?:ed)?|Words|Text|Story) by\s+(?P<v>[A-Z][A-Za-z.'-]*(?:\s+[A-Z][A-Za-z.'-]*){0,4}(?:\s\([A-Za-z0-9 .-]{1,10}\))?)")  # (a student's class: "Chan Hoi Ching (5D)")
_BYLINE = re.compile(rf"^\s*(?:(?:Written|Reported)\s+)?[Bb]y\s+(?P<v>[A-Z][A-Za-z.'-]*(?:\s+(?:and\s+)?(?![\w.'-]+:)(?!{_MONTH_NAME})(?![\w.'-]+\s+by\b)(?!(?:Posted|Published|Updated)\b)[A-Z][A-Za-z.'-]*){{0,5}})")  # not "Published:", not a date run on ("By Yiwei Zhao December 3, 2024"), nor the next credit ("Translated by …")
#: An agency's bracketed dateline opening the text: （中央社記者王小明台北20日電）, （中央社記者李大華、張家豪台北20日電）,
#: （中央社台北19日綜合外電報導）: the agency is the source, the reporters (if named) the author; the place
#: (two characters) before the day ends the names.
_AGENCY_DATELINE = zh_re(
    r"^[（(【](?P<src>[\u4e00-\u9fff]{1,6}社)(?:记者(?P<v>[\u4e00-\u9fff]{2,4}(?:、[\u4e00-\u9fff]{2,4})*?))?"
    r"[\u4e00-\u9fff]{2}(?:\d{1,2}|[一二三四五六七八九十廿卅]{1,3})日(?:综合外电报导|专电|电)[）)】]"  # (澳門日報's 【新華社北京十七日電】)
)
#: A paper's reporter in brackets after the dateline (大纪元's "【大纪元2024年06月18日讯】（大纪元记者林安综合报导）",
#: "（大纪元记者张婷编译）"), or with the place reported from (…记者周思宁澳洲悉尼报导): a three-character name
#: first, then two (a name's length is not written down; 林安台北 reads as 林安 in 台北).
_PAPER_REPORTER = zh_re(r"[（(](?P<src>[\u4e00-\u9fff]{2,6}?)记者(?P<v>[\u4e00-\u9fff]{2,3}?)(?:综合报[导道]|编译|报[导道])[）)]")
#: (侨报's 【侨报记者王若琳11月2日纽约报道】: the day and the place before 报道)
_PAPER_REPORTER_DATED = zh_re(r"【(?P<src>[\u4e00-\u9fff]{2,6}?)记者(?P<v>[\u4e00-\u9fff]{2,3}?)\d{1,2}月\d{1,2}日[\u4e00-\u9fff]{0,6}?报[导道]】")
_PAPER_REPORTER_AT = zh_re(r"[（(【](?P<src>[\u4e00-\u9fff]{2,6}?)记者(?P<v>(?:[\u4e00-\u9fff]{3}|[\u4e00-\u9fff]{2})(?:、(?:[\u4e00-\u9fff]{3}|[\u4e00-\u9fff]{2}))*)[\u4e00-\u9fff]{2,6}报[导道][）)】]")  # (淡江時報's 【淡江時報記者張家豪、蔡宜君淡水校園報導】)
#: A reprint's note naming the paper it first ran in: 852郵報's "（本文原載於《明報》觀點版，經作者授權轉載）".
#: A partner's repost note: 東森's "•以上言論由 CTWANT 授權轉載，不代表東森新聞立場。" names the source.
_REPOSTED_BY = zh_re(r"^[•·*\s]*(?:以上|本文)[^。，]{0,6}由\s*(?P<v>[^，。\s][^，。]{1,19}?)\s*授权转载")
_PHOTO_RUN_ON = zh_re(r"(?<=[\u4e00-\u9fff])(?=摄影\s*[／/:：])")
_REPRINT_ZH = zh_re(r"本文原?(?:载|刊|刊登|刊载|发表)(?:于|在)\s*(?:\d{4}年\d{1,2}月\d{1,2}日)?\s*《(?P<v>[^》]{2,20})》")
#: A reprint's origin, the magazine without its issue: 中大通訊's "Abridged from CUHK Alumni Magazine No. 95 (September 2018)".
#: A translation's credit to its original, the writer after it (Substack's "原文：Global Voices，作者 Inês Carvalho，2024 年 4 月 3 日。…"): the source.
_ORIGINAL_CREDIT = zh_re(r"^原文\s*[:：]\s*(?P<v>[^，,。；\s][^，,。；]{1,30}?)\s*[，,]\s*(?:作者|By\b)", re.I)
_REPRINTED_FROM = re.compile(r"^(?:Abridged|Adapted|Excerpted|Reprinted) from\s+(?P<v>[A-Z][\w&'’ -]{2,60}?)(?:\s+(?:No\.|Issue|Vol\.)\s*\d+)?(?:\s*\([^)]{2,30}\))?\s*$")
#: A reprint's note naming the paper it ran in: "This article was published in Hong Kong Commercial Daily on 21 May 2024."
_PUBLISHED_IN = re.compile(r"^This (?:article|piece|op-ed|commentary) (?:was (?:first )?published|first appeared|appeared) in (?:the )?(?P<v>[A-Z][\w&'’ .-]{2,60}?)(?= on\b| in\b|[.,(]|$)")
#: A signed piece's writer with the office held, in brackets: "Dr. Raymond Lau 【Chairman】".
_OFFICE_BYLINE = re.compile(r"^(?P<v>(?:(?:Dr|Mr|Ms|Mrs|Prof)\.?\s+)?[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){1,3})\s*【[^】]{2,30}】\s*$")
#: A reporter in a bracketed role before the name (南方网's 【记者】张晓岚), or a name before 供稿 (外教社's "林晓洁 供稿").
_ROLE_IN_BRACKETS = zh_re(r"^(?:【记者】\s*(?P<v>[\u4e00-\u9fff·]{2,4}(?:[、\s][\u4e00-\u9fff·]{2,4})*)|(?P<v2>[\u4e00-\u9fff·]{2,4})\s*供稿)\s*$")
#: The writer on a credit line naming the photographer too: "Text: Jessica Leung | Photos: Keith Hui".
_TEXT_CREDIT = re.compile(r"(?:^|(?<=\s))(?:Text|Words)\s*:\s*(?P<v>[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3})\s*(?:[|｜]|,\s*[A-Z][^,|]{2,40}$|$)")  # (", Cultural Section": the writer's desk)
#: A source named as a work in title marks, its issue after them: 空中美語's "本文出處：《A+ 初級英文》2024年6月號".
_SOURCE_WORK = zh_re(r"(?:^|\s)(?:本文)?(?:出处|来源|选自|摘自)\s*[:：]\s*《(?P<v>[^》]{2,30})》(?=\s*(?:$|(?:19|20)\d{2}|第|No\.))")  # (not 《财富》中文版: a name that goes on)
#: A source on a line of its own, whole (中国数字时代's archive card "来源：港湾评论", where 评论 would end a run-on label).
_SOURCE_ALONE = zh_re(r"^\s*(?:资料)?来源\s*[:：]\s*(?P<v>[^\s:：|｜/，。；]{2,20})\s*$")
#: A press release's closing credit: PR Newswire's "消息来源：Lumora Health" and "SOURCE Lumora Health".
_RELEASE_SOURCE = zh_re(r"^(?:消息来源\s*[:：]\s*|SOURCE\s+)(?P<v>\S.{0,40}?)\s*$")
_DESK_PAPER_REPORTER = zh_re(r"^(?:[\u4e00-\u9fff]{2,6}\s+)?(?P<media>[0-9\u4e00-\u9fff]{2,12}(?:报道|报|网|社|新闻))记者\s*[\u4e00-\u9fff·]{2,4}(?:[,，、][\u4e00-\u9fff·]{2,4})*\s+[\u4e00-\u9fff]{2,6}报[道导]\s*$")
#: A paper's dateline with its reporters in brackets, opening the text: 文匯報's "香港文匯報訊（記者 黎忞）",
#: "（記者 費小燁 深圳報道）" (where from, after a space), 新京报's "新京报讯（记者张一鸣 李想）"; "（綜合報道）" names
#: no reporter: the paper alone is the source.
_PAPER_DATELINE = zh_re(
    r"^【?(?P<src>[\u4e00-\u9fff]{2,8}?)(?:[（(][\u4e00-\u9fff]{2,8}[）)])?(?:(?:19|20)\d{2}年)?(?:\d{1,2}月\d{1,2}日)?讯】?\s*[（(]\s*(?:(?:本网|本报|本台|[\u4e00-\u9fff]{2,6}?(?:报|网|台))?(?:记者|通讯员)\s*[/／]?\s*(?P<v>[\u4e00-\u9fff·]{2,4}(?:\s+[\u4e00-\u9fff·]{2,4})*?)"
    r"(?:\s+[\u4e00-\u9fff]{2,6}报[道导])?(?:\s+通讯员\s*[/／]?\s*[^）)]{1,20})?|综合报[道导])\s*[）)]"  # (南方网讯（记者/李颖 通讯员/粤农宣）; 深圳新闻网2026年11月24日讯（记者 刘晓晨）)
)
#: The reporter right after a paper's dateline: 大公報's "【大公報訊】記者梁嘉怡報道：…".
_DATELINE_REPORTER = zh_re(r"^【[^】]{1,12}讯】\s*记者\s*(?P<v>[\u4e00-\u9fff·]{2,4}?)(?:、[\u4e00-\u9fff·]{2,4}?)*\s*报[道导]\s*[:：]")
#: A bare name opening the info line before its 来源 label (中国青年报's "杜若衡    来源：中国青年报"): the writer.
_NAME_BEFORE_SOURCE = zh_re(r"^(?P<v>[\u4e00-\u9fff·]{2,4})\s+来源\s*[:：]")
#: A newsroom's mark in 【】 opening the text: Now新聞's 【Now新聞台】 (no day in it: 【大纪元2024年06月18日讯】 is a dateline).
_BRACKETED_DESK = zh_re(r"^【(?:(?P<src>[^】\d\s]{2,12}?(?:新闻台|电视台|台|社))|(?P<src2>[^】\d\s]{1,8}?报)专讯)】")  # (not a column: 【CDT周报】; a paper's own dispatch: 明報's 【明報專訊】)
#: A reporter named in brackets closing the headline: Now新聞's "…送院(陳嘉欣報道)".
HEADLINE_REPORTER = zh_re(r"[（(](?P<v>[\u4e00-\u9fff·]{2,4})报道[）)]$")
#: A newsroom's flash desk and its writer across a slash (上報's "上報快訊／林語彤 2024年03月19日 13:42:00").
_FLASH_SLASH = zh_re(r"^(?P<src>[\u4e00-\u9fff]{2,6}快讯)\s*[／/]\s*(?P<v>[\u4e00-\u9fff·]{2,4})(?=\s|$|\d)")
#: A name, a bar, then the role (哈佛商业评论's "丽贝卡·霍兰德 | 文", "莎拉·霍尔德曼、丹尼尔·科斯塔 | 文"): the writer.
_NAME_BAR_ROLE = zh_re(r"^(?P<v>[\u4e00-\u9fff·]{2,12}(?:、[\u4e00-\u9fff·]{2,12})*)\s*[|｜]\s*文(?=\s|$|[\u4e00-\u9fff·]{2,8}\s*[|｜]\s*译)")  # (the translator run on: "…| 文蒋荟蓉 | 译")
#: The reporters in brackets after a dateline that ends in 电 or 消息: 央广网北京3月12日消息（记者 王晓宁）,
#: 新华社北京3月14日电（记者 陈曦、李敏）, …电（中青报·中青网记者 李洋）, 华龙网's "…5月14日10时26分讯（记者 王梓涵）".
#: A site's or paper's 讯 opening the text with no reporter after it: the site is the source (not 本报讯).
_PAPER_DATELINE_ALONE = zh_re(r"^(?!本)(?P<src>[\u4e00-\u9fff]{2,8}?(?:网|报|台|新闻))(?:\d{1,2}月\d{1,2}日)?讯\s+(?=\d{1,2}月|[\u4e00-\u9fff])")
#: An agency's dateline with its reporter in brackets run into the text: the agency is the source.
_AGENCY_DATELINE_REPORTER = zh_re(r"^(?P<src>[\u4e00-\u9fff]{1,6}社)[\u4e00-\u9fff]{2,6}?\d{1,2}月\d{1,2}日电\s*[（(]\s*记者\s*(?P<v>[\u4e00-\u9fff·]{2,4})\s*[）)]")
_DATELINE_BRACKET_REPORTER = zh_re(
    r"^[^（(]{2,30}?(?:电|消息|讯)\s*[（(][^）)记]{0,12}?记者\s*(?P<v>[\u4e00-\u9fff·]{2,4}(?:[、\s](?!通讯员|实习生)[\u4e00-\u9fff·]{2,4})*)\s*[）)]"
)
#: A wire feature's opening line, its headline and then its reporters: 中通社's
#: "香港中通社北京3月11日電 題：港區委員熱議… 香港中通社記者 何卓賢 陳思穎".
_FEATURE_REPORTERS = zh_re(
    r"^\S{2,24}?\d{1,2}月\d{1,2}日电\s*题\s*[:：].{2,80}?\s[\u4e00-\u9fff]{0,8}?记者\s*(?P<v>[\u4e00-\u9fff·]{2,4}(?:[、\s][\u4e00-\u9fff·]{2,4})*)\s*$"
)
#: A paper's byline across a bar, its reporters after 记者 or before where they report from:
#: 北京日报's "北京日报客户端 | 记者 孙云柯", 新頭殼's "新頭殼newtalk | 許書瑋、吳宗翰 台北報導".
_PAPER_BAR = zh_re(
    r"^(?!作者|编辑|责编|撰文|来源)(?P<src>[\w\u4e00-\u9fff]{2,16}?)\s*[|｜]\s*"
    r"(?:(?:实习|特约|首席)?记者\s*(?P<v>[\u4e00-\u9fff·]{2,4}(?:[、\s][\u4e00-\u9fff·]{2,4})*)\s*$"
    r"|(?P<v2>[\u4e00-\u9fff·]{2,4}(?:、[\u4e00-\u9fff·]{2,4})*)\s+[\u4e00-\u9fff]{2,4}报[道导]\s*$)"
)
#: The paper's staff unnamed after a section and a bar: 眾新聞's "眾聞 | 眾新聞記者".
_BAR_STAFF = zh_re(r"[|｜]\s*(?P<src>[\u4e00-\u9fff]{2,8}?)记者\s*$")
#: 經濟通's wire dateline in title marks: "《經濟通通訊社１４日專訊》" (full-width digits).
_WIRE_IN_TITLE_MARKS = zh_re(r"^《(?P<src>[\u4e00-\u9fff]{2,10}社)[０-９0-9]{1,2}日(?:专讯|电|讯)》")
#: A paper's name alone in title marks closing a story it carried: 經濟通's "《香港經濟日報》".
_PAPER_IN_TITLE_MARKS = zh_re(r"^《(?P<v>[\u4e00-\u9fff]{2,10}(?:报|周刊|杂志))》$")
#: A paper's name, then its reporter's, alone on the byline (工商時報's li.publish-author "工商時報 林佳蓉").
_PAPER_THEN_NAME = zh_re(r"^(?:[\u4e00-\u9fff]{2,12}之友\s+)?(?P<src>[0-9\u4e00-\u9fff]{2,8}(?:时报|日报|晚报|报|新闻网|网|社))\s+(?P<v>[\u4e00-\u9fff·]{2,4})$")  # (sjr's "新加坡双小记者之友 21世纪报 李沐阳": the programme, the paper, the writer)
#: A student reporter's school after the name, or before it with the class: "新加坡双小记者 陈思彤（南洋女中）", "南华中学 中三 黄可欣".
_STUDENT = zh_re(r"^(?:[\u4e00-\u9fff]{0,10}记者\s*(?P<v>[\u4e00-\u9fff·]{2,4})\s*[（(][\u4e00-\u9fff]{2,12}[）)]"
                 r"|[\u4e00-\u9fff]{2,10}(?:中学|小学|女中|学校|书院)\s+[初高中小][一二三四五六]\s+(?P<v2>[\u4e00-\u9fff·]{2,4}))\s*$")
#: A writer's role and name across a slash: 國語日報's "英文撰稿／Dale Whitfield", "撰文／林佳穎".
_ROLE_SLASH = zh_re(r"^(?:(?:英文|中文)?(?:撰稿|撰文|作者)|文|演讲者)\s*[／/:：]\s*(?:(?P<v>[A-Z][A-Za-z.'-]*(?:\s+[A-Z][A-Za-z.'-]*){0,3})(?![A-Za-z.'-])|(?P<v2>[\u4e00-\u9fff·]{2,4})(?=\s|$|[（(]))")
#: 關鍵評論網's "文：Rachel Moreno（新加坡國立大學建築系講師）": the writer, then their affiliation.
_WEN_COLON = zh_re(r"^文\s*[:：]\s*(?P<v>[^（(\s][^（(]{1,29}?)\s*[（(][^）)]{2,40}[）)]\s*$")
#: 36氪's "作者 | 沈知遥" opening the text (not Discuz's "只看该作者 | 倒序浏览").
_AUTHOR_BAR = zh_re(r"^作者\s*(?:[|｜]\s*|\s+)(?P<v>[\u4e00-\u9fff·]{2,8}|[A-Z]{2,6}\s?[\u4e00-\u9fff]{2,4}|[A-Z][\w.'-]*(?:\s+[A-Z][\w.'-]*){0,3})\s*$")
#: A repost's note naming the account it is from: "本文来自微信公众号 硅谷观潮所（ID：…），作者：周屿".
_ACCOUNT_SOURCE = zh_re(r"(?:本文|文章)来自(?:微信)?公众号\s*[:：]?\s*[“「]?(?P<v>[^\s（(，,”」:：]{2,20})")  # (虎嗅's 本文来自微信公众号：X（ID：…）)
#: A paper's byline, its name before a slash: 聯合報／ 編譯林宜萱／即時報導, 中央社／ 東京20日電,
#: 聯合新聞網／ 綜合報導 (after the time on its line): the paper is the source, a name after a role the author.
_PAPER_SLASH = zh_re(
    r"(?:^|\s|[（(])(?P<src>[\u4e00-\u9fff]{1,8}(?:网|社|报|台|新闻))\s*[／/]\s*"
    r"(?:(?:编译|记者|撰文|特派员)\s*(?P<v>[\u4e00-\u9fff·]{2,4})(?=\s*[／/]|\s*$|\s+[\u4e00-\u9fff]{2,6}报[道导]\s*$|\s+(?:19|20)\d{2}[-/.])"  # (台灣英文新聞／記者林佩君 台北報導; CTWANT's "中時新聞網／記者 李明家 2025-03-18 18:47")
    r"|[\u4e00-\u9fff]{2,6}\d{1,2}日电|[\u4e00-\u9fff]{0,6}报[道导]\s*$"  # (not a photo credit's 韩联社/首尔市政府供图)
    r"|(?P<v2>[\u4e00-\u9fff·]{2,4}(?:、[\u4e00-\u9fff·]{2,4})*)\s+[\u4e00-\u9fff－-]{2,12}报[道导]\s*[）)]\s*$)"  # 民視's "（民視新聞／陳怡安、王建中 花蓮報導）"
)
#: A newsroom desk's reporter across a slash, no paper named: 民視's "即時中心／黃于庭報導".
_DESK_SLASH = zh_re(r"^[\u4e00-\u9fff]{2,6}(?:中心|组|部|室)\s*[／/]\s*(?P<v>[\u4e00-\u9fff·]{2,4}?(?:、[\u4e00-\u9fff·]{2,4}?)*)(?:\s+[\u4e00-\u9fff]{2,6})?\s*报[道导]\s*$")
#: "By ZHAO LINRUI | China Daily | Updated: 2024-05-20 07:12": the unlabelled source before the date.
_BAR_SOURCE = re.compile(r"(?:^|\|)\s*(?!By\s)(?:From\s*:\s*)?(?P<v>[^|\d]{2,40}?)\s*\|\s*(?:Updated|Published|Posted)\s*:?\s*(?:19|20)\d{2}", re.I)
#: "By Kuo Wan-ting / Staff reporter, with AFP", "Staff writer, with CNA": the agency the staff drew on.
_STAFF_WITH = re.compile(r"Staff (?:reporter|writer)s?,?\s+with\s+(?P<v>[A-Z][\w.]*(?:\s+[A-Z][\w.]*){0,2})\s*$")
#: "… wrote this story based on a report from Reuters": the report a learners' story retells.
_REPORT_SOURCE = re.compile(r"\b(?:based on|adapted from|with)\s+(?:an? )?(?:reports?|stor(?:y|ies))\s+(?:from|by)\s+(?P<v>(?:[Tt]he\s+)?[A-Z][\w&'-]*(?:\s+[A-Z][\w&'-]*){0,3})")
_DATELINE_SOURCE = re.compile(r"^[A-Z][A-Za-z .'-]+,\s+[A-Z][a-z]{2,8}\.?\s+\d{1,2}\s+\((?P<v>Xinhua|AP|AFP|Reuters|CNN|China Daily|BBC)\)")


def _is_header(el: etree._Element) -> bool:
    """A header (``<header>``, ``div.header``) holds the headline as well as the logo; the
    <title> test tells them apart."""
    if el.tag in FURNITURE_TAGS:
        return el.tag == "header"  # a <nav>, <footer> or <aside> is never one
    return (tokens(el) & _FURNITURE_WORDS) <= {"header", "head"}


_STRAIGHT_QUOTES = str.maketrans("‘’“”", "''\"\"")


def headline_elements(root: etree._Element, wrappers: frozenset = frozenset()) -> list[etree._Element]:
    """Headline candidates, best first: h1-h3 or a *title* block whose text the page's
    <title>/og:title repeats (a logo h1 or a sidebar h2 never does), outside furniture."""
    reference = " ".join(filter(None, (meta_content(root, "og:title"), root.findtext(".//title"))))
    reference = normalise_space(reference).translate(_STRAIGHT_QUOTES)  # (HKFP's <title> straightens the h1's ‘…’)
    site = meta_content(root, "og:site_name")  # (a WordPress theme's p.site-title: the site's name, never the headline)
    candidates = []
    for el in _HEADLINE_CANDIDATES(root):
        if el.tag not in ("h1", "h2", "h3", "h4") and not (tokens(el) & _TITLE_TOKENS):  # TRS's h4#TRS_Editor_title
            continue
        text = normalise_space(el.text_content()).translate(_STRAIGHT_QUOTES)
        if not text or len(text) > 300 or (text == site and el.tag != "h1") or any(
            (is_furniture(a, wrappers) and not _is_header(a)) or a.tag == "a" for a in (el, *iter_ancestors(el))
        ):  # a headline inside a link is another story's (a most-read list)
            continue
        exact = text in reference
        if exact:
            shown = text
        else:  # a headline in two languages (two lines, or one): the <title> may repeat one
            # (a section label before it, 旺旺英语's "双语新闻：Museum opens…", is not in the <title>)
            shown = max((part for line in language_lines(el) for unlabelled in dict.fromkeys((line, split_prefix(line)[1]))
                         for part in split_languages(unlabelled) if part in reference), key=len, default="")
        # ranked by weight (a Chinese headline outweighs TED's "Transcript" tab heading of as many letters), kept from 8 characters
        candidates.append((weight(shown), el.tag == "h1", exact, el, len(shown)))
    best = [c for c in candidates if c[4] >= 8]
    # On a tie a title-named wrapper of the whole head (CGTN's div.news-title-wrap: section,
    # date, headline, share row) loses to the headline itself; one of a headline's two
    # language lines (iciba's div.title > h1 + h2) does not, but a box of a section link and the
    # headline in one language (KBS's div.title_area > p.cate + h2.title) does.
    best.sort(key=lambda c: (-c[0], not c[1], not (c[2] or (len(lines := lines_of(c[3])) <= 2 and _two_languages(lines)))))
    if best:
        return [best[0][3]]
    return [el for _, is_h1, _, el, _ in candidates if is_h1][:1] or _title_block(root, wrappers)


def _two_languages(lines: list[str]) -> bool:
    return len({language_of(line) for line in lines}) > 1


def _title_block(root: etree._Element, wrappers: frozenset) -> list[etree._Element]:
    """With no heading element at all, the element whose whole text is the page's <title>: on
    百家号 a hashed-class div. The last one, nearest the text (a sticky top bar repeats it first)."""
    title = normalise_space(root.findtext(".//title") or "")
    found = [
        el for el in root.iter("div", "p", "span", "strong")
        if el.text and normalise_space(el.text) == title and len(el) == 0
        and not any(is_furniture(a, wrappers) or a.tag == "a" for a in (el, *iter_ancestors(el)))
    ] if len(title) >= 8 else []
    return found[-1:] or _largest_line(root, wrappers)


_FONT_SIZE = re.compile(r"font-size\s*:\s*(\d+(?:\.\d+)?)\s*(px|pt)", re.I)


def _largest_line(root: etree._Element, wrappers: frozenset) -> list[etree._Element]:
    """With neither a heading nor the headline in <title> (澳門日報's e-paper: "澳門日報電子版"),
    the short line set in the page's largest type: ``<strong style="font-size:23px">``."""
    best, size = None, 20.0  # (anything under 20px is body type)
    for el in root.iter("strong", "b", "span", "div", "td", "p", "font"):
        m = _FONT_SIZE.search(el.get("style") or "")
        if not m or len(el):
            continue
        px = float(m[1]) * (4 / 3 if m[2].lower() == "pt" else 1)
        text = normalise_space(el.text_content())
        if px > size and 4 <= len(text) <= 80 and not any(is_furniture(a, wrappers) or a.tag == "a" for a in (el, *iter_ancestors(el))):
            best, size = el, px
    return [best] if best is not None else []


#: Short action links set inside a headline: 举报 (report), 收藏, 纠错, 分享.
_HEADLINE_ACTIONS = frozenset(both_forms(("举报", "收藏", "纠错", "分享", "打印", "评论", "转载", "Share", "Print")))
_ORIGINAL_LABEL = zh_re(r"^(?:原文标题|原文|原标题|英文标题|Original(?: title)?)\s*[:：]\s*", re.I)


#: A date, then labels: the info line, not a headline's line.
_INFO_IN_HEADLINE = zh_re(r"^\s*(?:19|20)\d{2}[-/.年]\d{1,2}[-/.月]\d{1,2}.*?(?:来源|作者|点击|评论|浏览|阅读)\s*[:：]")
#: A page's number set after the headline of an article over several pages: （第2页）, (第1頁).
_PAGE_MARK = zh_re(r"\s*[（(]\s*第\s*\d{1,3}\s*[页頁]\s*[）)]\s*$")


def headline_lines(el: etree._Element) -> list[str]:
    """The headline's lines without the action links some sites set inside it (新浪博客's 转载▼)."""
    actions = [t for a in el.iter("a") if (t := normalise_space(a.text_content())) and (
        t.rstrip("▼▲▾▴ ") in _HEADLINE_ACTIONS or (a.get("href") or "").startswith(("#", "javascript:")) or a.get("data-toggle")
    )]  # (a button that opens a box on the page: 央廣's <a href="#podcastModal" data-toggle="modal">用Podcast訂閱本節目</a>)
    lines = []
    for line in language_lines(el):
        line = _PAGE_MARK.sub("", line) or line  # (应届毕业生网's <span class="pg">（第1页）</span>: which page, not the headline)
        if _INFO_IN_HEADLINE.match(line):
            continue  # the info line set inside the h1 after a <br> (学英语报's "2024-09-03 10:25:18 来源：…")
        for action in actions:
            if line.endswith(action) and line != action:
                line = line[: -len(action)].rstrip()
        if line not in actions:
            lines.append(line)
    return lines


def lines_of(el: etree._Element) -> list[str]:
    return [b.text for b in BlockReader(frozenset(), furniture="read").read(el) if b.text]


def language_lines(el: etree._Element) -> list[str]:
    """Its lines, or one per child when its children are marked as different languages and
    run together (商论's <h1><span lang="en-GB">…</span><span lang="zh-CN">…</span></h1>)."""
    parts = [c for c in el if isinstance(c.tag, str)]
    if len({(c.get("lang") or "")[:2].lower() or _class_language(c) for c in parts} - {""}) >= 2:
        return [t for c in parts if (t := normalise_space(c.text_content()))]
    return lines_of(el)


_EN_CLASS = frozenset({"en", "eng", "english"})
_ZH_CLASS = frozenset({"zh", "cn", "tc", "sc", "chi", "chinese"})


def _class_language(el: etree._Element) -> str:
    """The language a child's class names (麗澄嘉小學's <span class="t-en"> + <span class="t-zh">)."""
    names = tokens(el)
    return "en" if names & _EN_CLASS else "zh" if names & _ZH_CLASS else ""


def meta_content(root: etree._Element, *names: str) -> str | None:
    wanted = {n.lower() for n in names}
    for meta in root.iter("meta"):
        key = (meta.get("property") or meta.get("name") or meta.get("itemprop") or "").lower()
        if key in wanted and (meta.get("content") or "").strip():
            return normalise_space(meta.get("content"))
    return None


def title_tag(root: etree._Element) -> str | None:
    el = root.find(".//title")
    if el is None or not (el.text or "").strip():
        return None
    parts = [p for p in _TITLE_SEPARATORS.split(normalise_space(el.text)) if p]
    return max(parts, key=len) if parts else None


def headlines(
    root: etree._Element, h1s: list[etree._Element], sections: frozenset[str] = frozenset(),
    page_url: str = "",
) -> tuple[str | None, str | None, str | None, str, list[str]]:
    """(title, title_zh, category prefix, rule, the headline lines as shown).

    ``sections``: section labels the page shows elsewhere (breadcrumb), which make a
    Chinese headline's ``label:`` prefix a category rather than part of the headline."""
    rule = "headline"
    lines: list[str] = []
    if h1s:
        h1 = h1s[0]
        rule = f"headline <{h1.tag}> that <title> repeats"
        lines = headline_lines(h1)
        # A Chinese (or English) headline often follows the h1 as its own short line.
        sib, prev = h1.getnext(), h1.getprevious()
        if sib is None and prev is None and (box := h1.getparent()) is not None and normalise_space(box.text_content()) == normalise_space(h1.text_content()):
            # the headline alone in its box, the other language's in the box beside it (臺北天文館's div.title > h3, div.subtitle > h4)
            sib, prev = box.getnext(), box.getprevious()
            if prev is not None and (inner := next(iter(prev.xpath("./h1 | ./h2 | ./h3 | ./h4")), None)) is not None \
                    and normalise_space(inner.text_content()) == normalise_space(prev.text_content()):
                prev = inner
        for _ in range(2):
            if sib is None:
                break
            if (
                isinstance(sib.tag, str) and sib.tag in ("h1", "h2", "h3", "h4", "h5", "p", "div", "span")
                and not is_furniture(sib) and sib.find(".//li") is None and sib.find(".//time") is None  # (sjr's date line: <time>7 August 2023</time>)
                and sib.find(".//button") is None  # (a read-aloud button's label: 臺北天文館's AI語音朗讀)
            ):
                # "原文：<a href=original>Bigger ships, thinner margins</a>" (yeeyan): the headline of
                # the original, linked off-site, is the other language's headline.
                # (not a script's text: 出国留学网's ad slot <div class="gg"><script>lx.output.show_ad(…)</script></div>)
                text = _ORIGINAL_LABEL.sub("", normalise_space("".join(sib.xpath(".//text()[not(ancestor::script) and not(ancestor::style)]"))))
                linked = [
                    a for a in sib.iter("a")
                    if page_url and (a.get("href") or "").startswith(("http", "//"))
                    and not same_site(urljoin(page_url, a.get("href") or ""), page_url)
                ]  # (a javascript: button beside the headline, 新浪博客's 转载▼, links nowhere)
                plain = sib.find(".//a") is None or (linked and normalise_space(linked[0].text_content()) == text)
                heading = next(iter(sib.xpath("./h2 | ./h3 | ./h4")), None) if not plain else None
                if heading is not None and heading.find(".//a") is None:
                    # the original's headline in a heading of its own under the credit line:
                    # Sixth Tone's "Originally published in Chinese by <a>The Paper</a>" + h2
                    text, plain = normalise_space(heading.text_content()), True
                # 【本文为英文原文阅读…】, 编者按：…。: a reader's note, not a headline
                note = (text.startswith("【") and text.endswith("】")) or text.startswith("编者按") or "。" in text
                note = note or bool(_HASHTAG.search(text))  # 收录于合集 #外刊精读 41个内容: a tag row
                note = note or is_noise_line(text)  # a credit line under the headline (大中报's "来源: 《大中报》记者 林慧敏")
                note = note or bool(_DATE_LABELLED.match(text))  # CHP's "Date 日期: 12/09/2024", a day no pattern reads alone
                other = language_of(text)
                # (an English headline may run long: 译聚网's 121-character "Ambassador …'s Signed Article in …: …")
                if text and len(text) <= (160 if other == "en" else 120) and plain and not note and not dates.parse_text(text, dates.parse_tz("+08:00")):
                    if other in ("en", "zh") and all(language_of(l) != other for l in lines):
                        lines.append(text)
                        break
            sib = sib.getnext()
        if len(lines) == 1 and prev is not None and prev.tag in ("h1", "h2", "h3", "h4") and prev.find(".//a") is None:
            # the <title> names the English headline (h2.enTitle) under the Chinese h1 (日经中文网)
            text = normalise_space(prev.text_content())
            other = language_of(text)
            if text and len(text) <= 120 and other in ("en", "zh") and language_of(lines[0]) not in (other, "mixed"):
                lines.insert(0, text)
    if not lines:
        og = meta_content(root, "og:title") or title_tag(root)
        if og:  # "成都大熊猫基地三只幼仔首次亮相-新华网": the site's name is not the headline's
            og = _SITE_SUFFIX.sub("", og) or og
        if not og:
            return None, None, None, "none", []
        lines, rule = [og], "og:title/title"
    category = None
    en = zh = None
    parts: list[str] = []
    for line in lines:
        line = _LEADING_DATE.sub("", line) or line  # (VOA Story's "2024-05-14 联合国警告… UN Warns…": the date is no headline)
        if shown := _section_before(line, sections):
            category, line = category or shown[0], shown[1]
        prefix, rest = split_prefix(line)
        # "国内英语新闻:China, US..." is a section label; "世卫组织：加工肉制品致癌" is a headline.
        # (a label before a headline in both languages, "[China] Teahouses go to work 茶馆变身办公室",
        # is a section: the English headline is not one that opens with a colon)
        # (a Chinese rest with English words in it, "听懂“arvo”“brekkie”和“servo”", is still Chinese)
        if prefix and (all(language_of(part) == "zh" for part in split_languages(rest)) or re.match(r"[\u4e00-\u9fff]", rest)) \
                and not is_section(prefix, sections):
            prefix, rest = None, line
        category = category or prefix
        pieces = split_languages(rest)  # "【双语新闻】Night markets... 夜市点亮城市夏夜"
        if len(pieces) == 2 and language_of(pieces[0]) == "en" and len(pieces[0].split()) < 3 and language_of(pieces[1]) == "zh" \
                and (len(pieces[1]) > 8 or re.search(r"[：:，,！？!?]", pieces[1]) or len(pieces[0].split()) < 2):
            pieces = [rest]  # a name in English opening a Chinese headline (明周's "Offline Hour 離線一小時：…"), no English headline
            # (but Neocha's "Night Shift 夜班" is the headline and its translation)
        parts += pieces
    for part in parts:
        lang = language_of(part)
        if lang == "en" and en is None:
            en = part
        elif lang == "zh" and zh is None:
            zh = part
        elif lang == "mixed" and en is None and zh is None:
            en = part
    lines = [*lines, *(p for p in parts if p not in lines)]
    if en is None and zh is not None:  # only a Chinese headline: it is both
        return zh, zh, category, rule, lines
    return en, zh, category, rule, lines


def _section_before(line: str, sections: frozenset[str]) -> tuple[str, str] | None:
    """(section, headline) of a headline led by the section the breadcrumb names, after a
    programme's episode marker: 15Mins's "每日英語跟讀 Ep.K512: About Japan - Kyoto caps…"."""
    for section in sections:
        at = line.find(section)
        if at < 0 or at > 30:
            continue
        pre, after = line[:at], line[at + len(section):]
        m = re.match(r"\s*(?:[:：|｜]|\s[-–—])\s*(?=\S)", after)
        if m and (re.search(r"[:：]\s*$", pre) or (not pre.strip() and (m.group().strip() in (":", "：", "|", "｜") or _NAMED_SECTION.match(section)))):
            return section, after[m.end():]
    return None


#: A section named in words, not a place or a topic a headline may open with: "Press Release - …" (香港中華總商會).
_NAMED_SECTION = re.compile(r"^[A-Z][a-z]+(?: [A-Za-z&]+)+$")
_LEADING_DATE = re.compile(r"^\s*(?:19|20)\d{2}[-/.]\d{1,2}[-/.]\d{1,2}\s+(?=\S{4})")
# The first headline may not end in a colon: "国内英语新闻: China..." is a label and a headline.
_EN_THEN_ZH = re.compile(r"^(?P<a>[^\u4e00-\u9fff]*[A-Za-z][^\u4e00-\u9fff]*?[^:：\s])(?:\s+|\s*[|｜/]\s*)(?P<b>[\u4e00-\u9fff].*)$")
#: (希平方's "「台北捷運試辦深夜加開班次」- Taipei Metro Tests Late-Night Trains": the Chinese quoted, a dash between)
_ZH_THEN_EN = re.compile(r"^(?P<a>[「“]?(?:\d{1,4})?[\u4e00-\u9fff][^A-Za-z]*?[^:：\s])(?:\s+|\s*[|｜/]\s*|\s*[-–—]\s+)(?P<b>[A-Z][^\u4e00-\u9fff]*)$")
#: The translation in brackets after the headline: "Scientists teach robots to fold laundry（机器人学会叠衣服）".
_EN_THEN_BRACKETED_ZH = re.compile(r"^(?P<a>[^\u4e00-\u9fff（(]*[A-Za-z][^\u4e00-\u9fff（(]*?)\s*[（(](?P<b>[\u4e00-\u9fff][^）)]*)[）)]$")


_HAS_CJK = re.compile(r"[\u4e00-\u9fff]")
_HAS_LATIN = re.compile(r"[A-Za-z]{2}")


def split_languages(line: str) -> list[str]:
    """A headline set on one line in both languages ("Hangzhou Tests Driverless Street
    Sweepers 杭州试用无人驾驶扫地车") is two headlines; "苹果发布iPhone 15" is one."""
    if not (_HAS_CJK.search(line) and _HAS_LATIN.search(line)):
        return [line]
    for pattern in (_EN_THEN_BRACKETED_ZH, _EN_THEN_ZH, _ZH_THEN_EN):
        match = pattern.match(line)
        if match and {language_of(match["a"]), language_of(match["b"])} == {"en", "zh"}:
            a = match["a"].strip(" |/｜")
            if a.startswith("「") and a.endswith("」") and a.count("「") == 1:
                a = a[1:-1]  # the quotes set the translation apart; they are not part of it
            return [a, match["b"].strip(" |/｜")]
    return [line]


_CRUMB_SEPARATORS = re.compile(r"^[\s>»›/＞→|·\-]*$")


def _crumb_named(el: etree._Element) -> bool:
    return bool(tokens(el) & _BREADCRUMB_TOKENS)


def _is_breadcrumb(el: etree._Element) -> bool:
    """Links separated only by > » / and an optional 当前位置: label."""
    anchors = el.findall(".//a")
    if len(anchors) < 2 or len(anchors) > 8:
        return False
    between = [a.tail or "" for a in anchors[:-1]]
    if all(">" in t or "»" in t or "›" in t or "＞" in t or "/" in t or "→" in t for t in between):
        return True
    if all(normalise_space(a.text_content())[:1] in (">", "›", "»", "＞") for a in anchors[1:]):
        return True  # the separator inside each link after the first (荆楚网's <a> &gt; 新闻</a>)
    # separators in elements of their own: SCMP's <a>中国</a><span> / </span><a>科学</a>, Discuz's
    # <a>门户</a> <em>›</em> <a>双语新闻</a> <em>›</em> 查看内容 (the page itself named last, unlinked)
    rest = normalise_space(el.text_content())
    for a in anchors:
        rest = rest.replace(normalise_space(a.text_content()), " ", 1)
    rest = _BREADCRUMB_TEXT.sub("", rest)  # (每经's <span class="u-location">当前位置：</span> before the trail)
    return bool(rest.strip()) and bool(re.fullmatch(r"[\s/>»›＞→]+(?:[^\s/>»›＞→]{1,12}\s*)?", rest))


_CRUMB_CANDIDATES = etree.XPath(
    # One pass over the page. Named breadcrumbs (class names are case-sensitive in XPath:
    # article-breadCrumb-list, so 'rumb'), whose links often sit in <li>s; or a block whose
    # own text (an <a>'s tail, not everything below it) holds separators or the 位置 label.
    "//*[((contains(@class, 'rumb') or contains(@id, 'rumb') or contains(@id, 'bread-nav')) and .//a)"
    " or ((self::div or self::p or self::span or self::nav or self::ol or self::ul or self::td) and a"
    " and (text()[contains(., '>') or contains(., '»') or contains(., '›') or contains(., '＞')"
    " or contains(., '→') or contains(., '位置')] or em[contains(., '›') or contains(., '»') or contains(., '>')]"
    " or span[contains(., '位置') or normalize-space() = '>' or normalize-space() = '›' or normalize-space() = '»']"  # (每经's span.u-location, span.u-gt)
    " or a[position() > 1 and (starts-with(normalize-space(), '>') or starts-with(normalize-space(), '›'))]"  # (荆楚网's <a> &gt; 湖北新闻</a>)
    " or contains(@class, 'position')"
    " or contains(@class, 'location') or contains(@class, 'weizhi') or contains(@class, 'path')"
    " or contains(@class, 'dqwz') or contains(@class, 'daohang') or contains(@id, 'position')))]"
)


_KICKER_WEIGHT = 30  # ten Chinese characters, thirty Latin ones
_HASHTAG = re.compile(r"(?<![A-Za-z0-9&])#[\u4e00-\u9fffA-Za-z]")
#: The collection a post is filed in: WeChat's "收录于合集 #双语新闻" card under the headline.
#: WeChat's 收录于合集 #双语新闻 (then "41个内容"); 知乎's 收录于 · 外刊双语精读 under the headline.
_ALBUM = zh_re(r"收录于(?:(?:合集|话题)\s*#(?P<v>[^\s#\d]{1,20})|\s*[·・]?\s*(?P<w>[^\s#\d·・]{2,20})$)")


def album_section(lines: list[str]) -> str | None:
    return next((m["v"] or m["w"] for line in lines if (m := _ALBUM.search(line))), None)


_HOME_PATH = zh_re(r"^(?:Home|首页|主页)\s*[/>»›]\s*(?:[^/>»›]+[/>»›]\s*)*(?P<last>[^/>»›]{1,30})$", re.I)


#: Names of a section proper, over a column's or a tag's ("經緯線" is a column in 時事評論).
_SECTION_WORDS = frozenset({"category", "cate", "cat", "section", "channel", "lanmu"})


def kicker(h1s: list[etree._Element]) -> str | None:
    """The section label just above the headline: the element before the <h1> (or before the
    block that wraps it), named like a section, holding at most one link."""
    if not h1s:
        return None
    el = h1s[0]
    for _ in range(2):  # the <h1> itself, then its wrapper (<header>, div.title-box)
        prev = el.getprevious()
        while prev is not None and (not isinstance(prev.tag, str) or not normalise_space(prev.text_content())):
            prev = prev.getprevious()
        if prev is not None:
            break
        el = el.getparent()
        if el is None:
            return None
    if prev is None:
        return None
    if not tokens(prev) & SECTION_LABEL_TOKENS:  # a head row whose section link is named: a.column-label
        # (several: a path of section links, SCMP's 中国 / 科学: the last is the story's)
        named = ([a for a in prev.iter("a") if tokens(a) & SECTION_LABEL_TOKENS] or [None])[-1]
        if named is None:  # a link in a box named so (信報's span.cate > a), a section's before a column's
            boxed = [a for a in prev.iter("a") if (box := a.getparent()) is not None and box is not prev and tokens(box) & SECTION_LABEL_TOKENS]
            named = next((a for a in boxed if tokens(a.getparent()) & _SECTION_WORDS), boxed[0] if boxed else None)
        if named is None:  # or a path written out: ECNS's "Home / Society" above the headline
            # or the row's one link, to a section page (明報's <a href="…/section/20240520/s00002"><h3>港聞</h3></a>)
            anchors = [a for a in prev.iter("a") if (a.get("href") or "").strip() and normalise_space(a.text_content())]
            if len(anchors) == 1:
                href = urljoin("https://x.invalid/", anchors[0].get("href").strip())
                text = normalise_space(anchors[0].text_content())
                if is_list_url(href) and not PERSON_PATH.search(href) and weight(text) <= _KICKER_WEIGHT:
                    return text
            lines = lines_of(prev)
            if len(lines) == 1 and (labelled := _SECTION_LABEL.match(lines[0])):  # 爱语吧's 类别：<a>经济</a>
                return labelled["v"]
            path = next((m for line in lines if (m := _HOME_PATH.match(line))), None)
            if path:
                return path["last"].strip()
            # a heading right above the headline ends with the section: ECNS's old
            # <h3><div>Text: A A A Print</div><span>Society</span></h3>
            # (or a box holding that heading alone: BBC Learning English's div.widget-heading > h3 媒体英语)
            heading = prev if prev.tag in ("h2", "h3", "h4", "h5", "h6") else (
                prev[0] if len(prev) == 1 and isinstance(prev[0].tag, str) and prev[0].tag in ("h2", "h3", "h4") else None)
            last = lines[-1] if lines and heading is not None else ""
            ok = last and weight(last) <= _KICKER_WEIGHT and not re.search(r"[.,:;!?。，：；！？]", last)
            return last if ok and not dates.parse_text(last, dates.parse_tz("+08:00")) else None
        prev = named
    else:  # a row named like one that holds the section and the date: span.section + span.date
        prev = next((e for e in prev.iter() if e is not prev and isinstance(e.tag, str) and tokens(e) & SECTION_LABEL_TOKENS), prev)
    items = [c for c in prev if isinstance(c.tag, str) and normalise_space(c.text_content()) and not screen_reader_only(c)]  # (WordPress's "Posted in")
    if len(items) >= 2 and items[0].tag != "a" and items[0].find(".//a") is None:
        first = normalise_space(items[0].text_content())  # DW's kicker: 经济 | <a>德国</a>, the section first
        if weight(first) <= _KICKER_WEIGHT and not dates.parse_text(first, dates.parse_tz("+08:00")):
            return first
    anchors = prev.findall(".//a") if prev.tag != "a" else [prev]
    if len(anchors) > 1:
        if not _is_breadcrumb(prev):
            return None  # a tag list, not the section
        anchors = anchors[-1:]  # "Feature / Bilingual": a path, the last link is the section
    lines = lines_of(anchors[0] if anchors else prev)
    label = lines[0] if len(lines) == 1 else None
    return label if label and weight(label) <= _KICKER_WEIGHT and not dates.parse_text(label, dates.parse_tz("+08:00")) else None


def _within(el: etree._Element, owner: etree._Element):
    """``el``'s ancestors below ``owner``."""
    for anc in iter_ancestors(el):
        if anc is owner:
            return
        yield anc


_REL_CATEGORY = etree.XPath("//a[contains(concat(' ', normalize-space(@rel), ' '), ' category ')]")


def rel_category(root: etree._Element) -> str | None:
    """The post's category link as WordPress marks it, ``rel="category tag"``, outside the page's
    furniture (a sidebar's category list carries no rel)."""
    for a in _REL_CATEGORY(root):
        text = normalise_space(a.text_content())
        if text and weight(text) <= _KICKER_WEIGHT and not any(is_furniture(e) for e in iter_ancestors(a)):
            return text
    return None


def info_section(owners: list[etree._Element]) -> str | None:
    """The section link in the line under the headline (BBC's ``a.mini-info-list__section``):
    a link named like a section, with a short text; or a section page's link set after a bar
    at the line's end (共同网's "共同社 - 2024年 5月 20日 - 15:30 | <a>日本政治</a>")."""
    for owner in owners:
        for a in owner.iter("a"):
            text = normalise_space(a.text_content())
            if not text or weight(text) > _KICKER_WEIGHT or text.startswith(("#", "＃")) or "/tag/" in (a.get("href") or ""):
                continue  # (a story's tag, 鏡週刊's a.GTM-story-tag "#公投法", names no section)
            if tokens(a) & SECTION_LABEL_TOKENS or any(tokens(e) & SECTION_LABEL_TOKENS for e in _within(a, owner)):
                return text  # (or the box it sits in: Drupal's span.views-field-field-news-topics > span > a)
            if text_before(a).rstrip().endswith(("|", "｜")) and not (a.tail or "").strip() and a.getnext() is None \
                    and not is_article_url(urljoin("https://x.invalid/", a.get("href") or "")):
                return text
    for owner in owners:  # a section page's link opening a line before a bar (The Standard's "<a>Local</a> | Cindy Lai | 11 May 2023")
        for a in owner.iter("a"):
            if a.getprevious() is None and not text_before(a).strip() and (a.tail or "").lstrip().startswith(("|", "｜")):
                text = normalise_space(a.text_content())
                if text and weight(text) <= _KICKER_WEIGHT and is_list_url(urljoin("https://x.invalid/", a.get("href") or "")):
                    return text
    for owner in owners:  # a section named as one without a link (南方周末's span.nfzm-content__term; 鏡週刊's hashed div[data-section-slug])
        for el in owner.iter("span", "em", "i", "b", "div"):
            text = normalise_space(el.text_content())
            named = tokens(el) & _INFO_LABEL_TOKENS or any(k.startswith(("data-section", "data-category")) for k in el.attrib)
            if el.find(".//a") is None and named and 0 < weight(text) <= _KICKER_WEIGHT \
                    and re.search(r"\w", text) and not re.search(r"[:：\d]", text):
                return text
    return None


#: A printed page's name in an e-paper (方正's 第A01版：澳聞, 人民日报's 第01版：要闻): its section.
_EDITION_PAGE = zh_re(r"^(?:第\s*)?[A-Z]?\d{1,3}\s*版\s*[:：]\s*(?P<v>[\u4e00-\u9fff]{2,8})$")  # (第A05版：…, 中国青年报's 05版：教育科学)


def edition_section(root: etree._Element) -> str | None:
    for el in root.iter("strong", "b", "span", "td", "div", "h2", "h3", "p"):
        if el.text and "版" in el.text and len(el) == 0 and (m := _EDITION_PAGE.match(normalise_space(el.text))):
            return m["v"]
    return None


#: Names of an element that holds the section (a taxonomy's "term" too), not a UI label or a
#: tag ("Share" in a span.label, WeChat's collection card).
_INFO_LABEL_TOKENS = _SECTION_WORDS | {"term", "column", "kicker", "eyebrow", "rubric"}


def _headline_copies(root: etree._Element, title: str):
    """The elements whose own text, and nothing else, is the headline: where its other-language
    copy may stand beside it."""
    for el in root.iter("p", "div", "h1", "h2", "h3", "span"):
        if el.text and not len(el) and normalise_space(el.text) == title:
            yield el


#: A line labelled as the date, in one language or two: "Date 日期: 12/09/2024".
_DATE_LABELLED = zh_re(r"^(?:(?:Date|Time|Posted|Published|Updated|日期|时间|发布(?:日期|时间)|更新(?:日期|时间))\s*){1,2}[:：]", re.I)


def chinese_beside(root: etree._Element, title: str) -> str | None:
    """The Chinese headline set right after a copy of the English one: in an element of its own
    (每日英语听力's ``p.title`` + ``p.specialTitle``), or as bare text in the same wrapper
    (爱语吧's ``<span class="title_cn"><h1>English</h1><br>中文</span>``), or on the line just
    before it among the text's ``<br>`` lines."""
    for el in _headline_copies(root, title):
        nxt = el.getnext()
        after = el.tail if (el.tail or "").strip() or nxt is None or nxt.tag != "br" else nxt.tail
        if _short_chinese_headline(text := normalise_space(after or "")):
            return text
        if nxt is None or not isinstance(nxt.tag, str) or not (nxt.tag in _HEADING_TAGS or "title" in " ".join(tokens(nxt))):
            continue  # (a heading, or named as one: not the info line under the headline)
        text = normalise_space(nxt.text_content())
        if nxt.find(".//a") is None and (_short_chinese_headline(text) or (
                (nxt.get("lang") or "").lower().startswith("zh") and _short_chinese_headline(text, mixed=True))):
            return text  # (marked Chinese, it may name its subject in English: cloudnative.to's p.page-title-zh lang="zh")
    for br in root.iter("br"):  # a transcript's lines: the Chinese headline, then the English (ICRT's 新聞便當)
        if normalise_space(br.tail or "") != title:
            continue
        before = br.getprevious()
        line = (before.tail if before.tag == "br" else None) if before is not None else br.getparent().text
        if _short_chinese_headline(text := normalise_space(line or "")):
            return text
    return None


def english_beside(root: etree._Element, title: str) -> str | None:
    """The English headline set right under a Chinese one in an element named as a heading
    (中国宁波网's ``div.heading`` + ``div.subheading``), which the page's <title> carries too: on a
    bilingual page, the English headline is the title."""
    page_title = normalise_space(root.findtext(".//title") or "")
    for el in _headline_copies(root, title):
        nxt = el.getnext()
        if nxt is None or not isinstance(nxt.tag, str) or not (
                nxt.tag in _HEADING_TAGS or any("head" in name or "title" in name for name in tokens(nxt))):
            continue
        text = normalise_space(nxt.text_content())
        if 8 <= len(text) <= 200 and language_of(text) == "en" and text in page_title and nxt.find(".//a") is None:
            return text
    return None


def _short_chinese_headline(text: str, mixed: bool = False) -> bool:
    return bool(text) and len(text) <= (60 if mixed else 40) and language_of(text) in (("zh", "mixed") if mixed else ("zh",)) \
        and re.search(r"[\u4e00-\u9fff]", text) is not None and not re.search(r"[。！？]" if mixed else r"[。！？:：]", text)


#: "频道：VOA慢速英语", "栏目：双语新闻": the section named by its label in the info line.
_SECTION_LABEL = zh_re(r"(?:^|\s)(?:频道|栏目|所属栏目|所属频道|分类|类别|Category|Section)\s*[:：]\s*(?P<v>[^\s|｜/，,]{2,16})", re.I)


def labelled_section(lines: list[str]) -> str | None:
    return next((m["v"] for line in lines if (m := _SECTION_LABEL.search(line))), None)


#: Buttons set in a breadcrumb's row (网易's 申请入驻 "apply"): not a section.
_ACTION_TOKENS = frozenset({"apply", "btn", "button", "login", "register", "subscribe", "follow"})


def breadcrumb_category(root: etree._Element) -> str | None:
    crumbs = [
        el for el in _CRUMB_CANDIDATES(root)
        if _crumb_named(el) or _BREADCRUMB_TEXT.match(normalise_space(el.text or "")) or _is_breadcrumb(el)
    ]
    # items named each as a crumb (hk01's li.breadcrumb__item) are one trail: their list
    items = {el for el in crumbs if len(el.findall(".//a")) <= 1}
    crumbs = list(dict.fromkeys(
        parent if el in items and (parent := el.getparent()) is not None and sum(c in items for c in parent) >= 2 else el
        for el in crumbs
    ))
    # the fullest trail first: a mobile copy may stop a level short (China Daily's ol.res-m "Home / China")
    crumbs.sort(key=lambda el: -len(el.findall(".//a")))
    for el in crumbs:
        if any(
            other is not el and len(other.findall(".//a")) >= 2 and within(other, el)
            for other in crumbs
        ):
            continue  # a row around a whole trail and a nav beside it (sina's blkBreadcrumb): the trail
        # (a separator inside the link's own text: China Daily's <a>/ Society</a>)
        anchors = [normalise_space(a.text_content()).lstrip("/>»›＞ ").strip() for a in el.iter("a") if not tokens(a) & _ACTION_TOKENS]
        anchors = [a for a in anchors if a and a not in _HOME_CRUMBS]
        heading = normalise_space(root.findtext(".//title") or "")
        headline = max(_TITLE_SEPARATORS.split(heading), key=len)  # (not a section the <title> names after it: "… - Media Statements - PCPD")
        if len(anchors) >= 2 and len(anchors[-1]) >= 16 and anchors[-1] in headline and 2 * len(anchors[-1]) >= len(headline):
            # the trail's last link is the page itself (a Discuz thread's own subject), not a section the
            # headline names (宗鄉總會's "Annual General Meeting" over "39th Annual General Meeting Reviews…")
            anchors = anchors[:-1]
        if anchors:
            return anchors[-1]
    return _text_trail(root) or _script_trail(root)


#: The trail's last step when it names the page itself, not a section.
_PAGE_ITSELF = frozenset(both_forms(("正文", "查看内容", "内容", "详情", "文章", "新闻正文", "Article", "Story")))


def _text_trail(root: etree._Element) -> str | None:
    """A trail written as plain text after its label (新民网's div.Mbx "您现在的位置：首页 > 城生活"):
    its last step."""
    for el in root.iter("div", "p", "span", "td"):
        if len(el) or not el.text or "位置" not in el.text:
            continue
        line = normalise_space(el.text)
        if (m := _BREADCRUMB_TEXT.match(line)) and (steps := [
                s for s in re.split(r"\s*[>»›＞→]\s*", line[m.end():]) if s.strip() and s.strip() not in _HOME_CRUMBS]):
            last = steps[-1].strip()
            if last not in _PAGE_ITSELF and weight(last) <= _KICKER_WEIGHT:
                return last
    return None


_HOME_CRUMBS = frozenset(both_forms(("首页", "主页", "Home", "Homepage", "网站首页")))
#: A link written whole in a script's string: its text is a literal, not a variable put in.
_SCRIPT_LINK = re.compile(r"<a\b[^<>]*>\s*([^<>'\"+\\]{1,30}?)\s*</a>")


def _script_trail(root: etree._Element) -> str | None:
    """A breadcrumb the page's script writes into its empty trail (RTHK's Joomla page fills
    ``ul.breadcrumb`` with ``'<a … class="pathway">本地</a>'`` on load): its last link."""
    for script in root.iter("script"):
        code = script.text or ""
        if "breadcrumb" in code.lower():
            names = [n.strip() for n in _SCRIPT_LINK.findall(code) if n.strip() not in _HOME_CRUMBS]
            if names:
                return names[-1]
    return None


def _same_name(url: str, other: str) -> bool:
    """One publisher under two country domains (联合早报's zaobao.com and zaobao.com.sg): the
    canonical may cross them; a reprint's canonical to another paper may not."""
    a, b = site_of(url).split("."), site_of(other).split(".")
    return len(a) >= 2 and len(b) >= 2 and a[0] == b[0] and a[0] not in _GENERIC_LABELS


_GENERIC_LABELS = frozenset({"news", "en", "english", "cn", "blog", "blogs"})


def canonical(root: etree._Element, page_url: str) -> tuple[str, str]:
    for link in root.iter("link"):
        if "canonical" in (link.get("rel") or "").lower().split() and link.get("href"):
            target = urljoin(page_url, link.get("href").strip())
            if same_site(target, page_url) or _same_name(target, page_url):
                return clean_url(target), "rel=canonical"
    # Without one, the page's own metadata may name it without the query a link added
    # (guancha's ?s=lbbt): og:url or JSON-LD @id/url, on the same host and path.
    here = urlsplit(page_url)
    for named in (meta_content(root, "og:url"), jsonld.text(root, "@id"), jsonld.text(root, "url")):
        if named:
            target = urlsplit(urljoin(page_url, named))
            if target.netloc == here.netloc and target.path == here.path and target.query != here.query:
                # on the scheme the page was served on (WeChat's og:url says http://)
                return clean_url(target._replace(scheme=here.scheme).geturl()), "page metadata (og:url / JSON-LD)"
    if here.query:  # the page its share buttons hand on (南方周末's weibo/qzone ?url=…/contents/284512)
        for a in root.iter("a"):
            href = a.get("href") or ""
            if "url=" in href and (shared := _shared_url(href)):
                target = urlsplit(urljoin(page_url, shared))
                if target.netloc == here.netloc and target.path == here.path and set(parse_qsl(target.query)) < set(parse_qsl(here.query)):
                    return clean_url(target._replace(scheme=here.scheme).geturl()), "the page its share links name"
    return clean_url(page_url), "cleaned-url"


def _shared_url(href: str) -> str | None:
    """The address a share service's link carries (``…/share.php?url=https%3A%2F%2F…``)."""
    query = urlsplit(href).query
    return next((v for k, v in parse_qsl(query) if k.lower() in ("url", "u") and v.startswith(("http://", "https://"))), None)


_AUTHOR_TOKENS = frozenset({"author", "byline", "writer", "reporter"})
_COMMENT_TOKENS = frozenset({"comment", "comments", "reply", "replies", "review"})
#: An embedded post (UN News' social-media-embed with the tweet's account): someone else's words.
_EMBED_TOKENS = frozenset({"embed", "tweet", "twitter"})
_AUTHOR_ELEMENTS = etree.XPath(
    "//*[contains(@class, 'author') or contains(@class, 'byline') or contains(@class, 'writer') or contains(@id, 'author')"
    " or contains(@class, 'reporter') or contains(@class, 'user-info') or contains(@class, 'media-info')"
    " or contains(@class, 'Account') or contains(@class, 'account') or contains(@id, 'ownernick') or @rel = 'author']"
)  # (WordPress' <a rel="author"> in a vcard under the text: Avada's "By <a rel="author">queenielo</a>")
#: An account's card (sohu's ``div.user-info``): the account publishes the post, its name is
#: the card's heading.
_CARD_TOKENS = frozenset({"user", "media"})


def _article_header(el: etree._Element) -> bool:
    """A <header> inside an <article> or <main>: the article's own head (am730's header.article__head), not the page's."""
    return el.tag == "header" and any(a.tag in ("article", "main") for a in iter_ancestors(el))


def author_element(root: etree._Element) -> str | None:
    """A name set in its own byline element (``span.byline__name``), not in a comment thread,
    a link list or the page's footer: the name child when there is one, else the element's
    short text. (Bylines share their row with share buttons, so share-named rows count.)"""
    for el in _AUTHOR_ELEMENTS(root):
        names = tokens(el)
        card = ("info" in names and bool(names & _CARD_TOKENS)) or "account" in names or "ownernick" in names
        if not (names & _AUTHOR_TOKENS or card or el.get("rel") == "author") or el.tag in FURNITURE_TAGS or any(
            (a.tag in FURNITURE_TAGS and not _article_header(a)) or a.tag in ("a", "li") or tokens(a) & (_COMMENT_TOKENS | _EMBED_TOKENS)
            for a in iter_ancestors(el)
        ):
            continue  # (a byline may itself be a link: <a class="author">)
        if el.tag == "a" and ((el.get("href") or "").startswith("javascript:") or el.get("onclick") is not None):
            continue  # a button (侨报's <a id="_apply_author" href="javascript:">申请成为作者</a>), not a byline
        named = [c for c in el.iter() if c is not el and ("name" in tokens(c) or (card and c.tag in _HEADINGS))]
        links = [normalise_space(a.text_content()) for a in el.iter("a") if a is not el]
        rest = normalise_space(el.text_content())
        for link in links:
            rest = rest.replace(link, "")
        if not named and links and all(_NAME_ZH.match(t) or _NAME.match(t) for t in links) and (
            not rest.strip(" ｜|/、,") or _ROLE.search(rest) or dates.is_date_line(rest.strip())
        ):  # (上報's <div class="author"><a>蔡孟哲</a> 2024年03月18日 10:15:00</div>: the name, then its time)
            return "、".join(links)  # 界面新闻编译｜<a>周子衿</a>、<a>程牧</a>: the linked names
        if not named and not links:  # a byline of parts (端傳媒's <span>Clara Whitfield</span><span>翻譯：林以恆</span>)
            parts = [normalise_space(c.text_content()) for c in el if isinstance(c.tag, str)]
            if len(parts) >= 2 and (first := next((t for t in parts if _NAME.match(t) or _NAME_ZH.match(t)), None)):
                return first
        text = _BY.sub("", normalise_space((named[0] if named else el).text_content()))
        account = (card or el.tag == "a") and _ACCOUNT.match(text)  # a card's heading, a byline link
        if text and len(text) <= 40 and (_NAME.match(text) or _NAME_ZH.match(text) or account):
            return text
    return None


#: WeChat's line under the headline: the date, the writer in a plain span, the account's nickname.
_WECHAT_META_TEXT = etree.XPath(
    "//*[@id='meta_content' or contains(@class, 'rich_media_meta_list')]/span[contains(@class, 'rich_media_meta_text')]"
    "[not(@id)][not(contains(@class, 'nickname'))]"
)


def wechat_author(root: etree._Element) -> str | None:
    """The writer WeChat sets in a plain span between the post's date and the account's name
    (传送门's mirror: ``<em id=post-date>`` ``<span class=rich_media_meta_text>陈思远</span>`` ``<a id=post-user>``)."""
    for el in _WECHAT_META_TEXT(root):
        text = normalise_space(el.text_content())
        if text not in _MARKS and (_NAME_ZH.match(text) or _NAME.match(text)) and not dates.is_date_line(text):
            return text
    return None


#: A writer's role alone in its cell of a credits table (報導者's 文字 | 攝影 | 設計 rows).
_WRITER_CELL = etree.XPath(
    "//*[not(*)][normalize-space()='文字' or normalize-space()='撰文' or normalize-space()='作者' or normalize-space()='記者'"
    " or normalize-space()='记者']"
)


#: A blog's author archive (WordPress's /author/<login>/).
_AUTHOR_ARCHIVE = re.compile(r"/author/[^/?#]+/?$")


def house_account(root: etree._Element) -> str | None:
    """The site itself as a post's author, its house account linked to its author archive
    (香城公民媒體's "By 香城公民媒體 Hong Kong Citizen Media"): a byline that names only the
    publisher, so the publisher is the source (the site's name in its meta tags alone is none)."""
    names = [n for n in (meta_content(root, "og:site_name"), *re.split(r"[|｜_–—]|\s-\s", root.findtext(".//title") or "")[1:])
             if n and len(n.strip()) >= 4]
    for a in root.iter("a"):
        if (a.get("rel") == "author" or _AUTHOR_ARCHIVE.search(a.get("href") or "")) and not any(
                anc.tag in FURNITURE_TAGS and not _article_header(anc) for anc in iter_ancestors(a)):
            text = normalise_space(a.text_content())
            if text and any(text.startswith(n.strip()) for n in names):
                return text
    return None


def role_cell_author(root: etree._Element) -> str | None:
    """The names linked in the cell after a writer's role cell: ``<div><div>文字</div><div></div>
    <div><a><span>林于安</span></a></div></div>`` (the photographer's and designer's rows are not the writer's)."""
    for cell in _WRITER_CELL(root):
        if any(a.tag in FURNITURE_TAGS for a in iter_ancestors(cell)):
            continue
        for nxt in cell.itersiblings():
            if not isinstance(nxt.tag, str) or not normalise_space(nxt.text_content()):
                continue
            names = [normalise_space(a.text_content()) for a in nxt.iter("a")]
            if names and all(_NAME_ZH.match(n) or _NAME.match(n) for n in names):
                return "、".join(names)
            break
    return None


#: The second line of a listed byline: a role (BBC中文记者, Staff Correspondent) or the service (BBC News 中文).
_ROLE_LINE = zh_re(r"(?:记者|通讯员|编辑|撰稿人|特约撰稿|Correspondent|Reporter|Editor|News\s*中文|新闻)(?:\s*[，,]\s*\w{2,12})?$", re.I)  # (BBC记者，东京)


def listed_byline(h1s: list[etree._Element]) -> tuple[str, etree._Element] | None:
    """A byline set as a two-item list under the headline, the name and then its role (BBC's
    ``<ul><li>林可欣（Kexin Lin）</li><li>BBC中文记者</li></ul>``): the name, and the list."""
    if not h1s:
        return None
    el = h1s[0]
    for _ in range(3):  # the headline's next element, or its wrapper's
        nxt = el.getnext()
        while nxt is not None and not isinstance(nxt.tag, str):
            nxt = nxt.getnext()
        if nxt is not None:
            items = [li for li in nxt.iter("li")]
            texts = [normalise_space(li.text_content()) for li in items]
            if len(items) == 2 and nxt.find(".//a") is None and all(0 < len(t) <= 30 for t in texts) \
                    and _ROLE_LINE.search(texts[1]) and not _ROLE_LINE.search(texts[0]):
                return texts[0], nxt
            return None
        el = el.getparent()
        if el is None:
            return None
    return None


def profile_link(info_owners: list[etree._Element]) -> str | None:
    """The writer named by a link to their own page in the lines by the headline: a blog
    post's byline (简书's avatar and name above the text, 百家号's account on author.baidu.com)
    is that link, not a labelled line."""
    for owner in info_owners:
        around = next((anc for anc in iter_ancestors(owner) if anc.tag == "a"), None)  # <a><p>name</p></a>
        for a in [*owner.iter("a"), *([around] if around is not None else [])]:
            text = normalise_space(a.text_content())
            href = urlsplit(a.get("href") or "")
            writer_page = PERSON_PATH.search(href.path) or (href.hostname or "").startswith("author.")
            if text and writer_page and not _SITE_ACTION.match(text) and (
                _NAME_ZH.match(text) or _NAME.match(text) or _ACCOUNT.match(text)
            ):
                if not _OTHER_ROLE.search(text_before(a)):  # (译者：<a>…</a> names the translator)
                    return text
    return None


#: A user-area link's action, not a name: 才華齋's <a href="/user/tougao.php">投稿</a>.
_SITE_ACTION = zh_re(r"^(?:投稿|投诉|举报|登录|注册|收藏|关注|订阅|我的|个人中心|会员中心|Login|Sign in|Sign up|Register)$", re.I)
#: A label naming someone other than the writer just before their linked name.
_OTHER_ROLE = zh_re(r"(?:译者|翻译|编辑|责编|校对|审校|编译|Translator|Editor|Translated by)\s*[:：]?\s*$", re.I)


_BY = zh_re(r"^(?:By\s+|(?:Written|Reported)\s+by\s+|作者[:：]?\s+|(?:作者|撰文|记者)\s*[:：]\s*)")  # (am730's div.article__head-author "撰文：林嘉欣", ICRT's div.writer "Written by Megan Tsai")
#: "文 | 周然": a self-media post's byline.
_WEN = zh_re(
    r"(?:^|\s)(?:[\u4e00-\u9fff]{0,6}(?:编译|撰文)|文(?:\s*[、&]\s*(?:图|摄影))?)\s*[|｜/／]\s*"  # (玉山國家公園's "文、攝影／伍大衛")
    r"(?:[\u4e00-\u9fff]{2,6}\s+(?=[\u4e00-\u9fff·]{2,8}(?:\s|$)))?"  # 文｜财新 沈一舟: the paper, then the writer
    r"(?P<v>[\u4e00-\u9fff·]{2,8}(?:、[\u4e00-\u9fff·]{2,8})*)(?=\s|$|\s*译)"
)
#: "【文/马克·霍利斯 译/观察者网 陈思远】": the writer a lead-in credit names (not the translator).
_LEAD_AUTHOR = zh_re(
    r"^【\s*(?:文|撰文|作者)\s*[/／|｜]\s*(?:[\u4e00-\u9fff]{2,8}(?:网|社|报|台)\s+)?(?P<v>[^\s】]+)"
)  # 【文/观察者网 周远】: the paper, then the writer
#: "澎湃新闻记者 林晓雯": a reporter named by their paper's byline.
_STAFF = zh_re(r"^[□■]?[（(]?(?P<media>(?:\d{2,4}|[A-Za-z]{1,2}(?=[\u4e00-\u9fff]))?(?:[\u4e00-\u9fff]{0,5}?|[\u4e00-\u9fff]{1,8}?(?:网|社|报|台|新闻|周刊|杂志|媒体|频道|客户端)[\u4e00-\u9fff]{0,3}?)\+?)\s*(?:记者|通讯员|特约撰稿人|编译|评论员|(?<=\s)(?:实习|见习)编辑)\s*(?P<v>(?!协会|公会|工会|学会)(?:[\u4e00-\u9fff]{2,4}?|[\u4e00-\u9fff]{1,6}·[\u4e00-\u9fff·]{1,8}?)(?:、[\u4e00-\u9fff·]{2,4}|\s(?!通讯员|实习生|编辑|摄影|来源|报道)[\u4e00-\u9fff·]{2,3}(?=\s|$))*)(?=\s|$|\d|[）)]\s*$|\s*[／/]\s*[\u4e00-\u9fff]{2,6}报[道导]\s*(?:$|\d|浏览|阅读|点击))")  # (责编：… may follow; ／台北報導: where from, the time run on)
#: "撰文：經濟日報記者 林穎芝" after the time on one info line: the writer's paper after the role
#: (星洲's "文／图：星洲日报记者 张伟杰").
#: More of the paper's staff may follow (南方周末's "作者：南方周末记者 林卓言 南方周末实习生 周语彤").
#: (南方+'s "作者：南方+记者 何颖思": an app's name ends on its plus)
_ROLE_STAFF = zh_re(r"(?:撰文|作者|(?<![\u4e00-\u9fff])文(?:\s*[／/]\s*图)?)\s*[:：]\s*(?P<media>[0-9\u4e00-\u9fff]{2,8}?\+?)\s*(?:小|实习)?记者\s*"
                    r"(?P<v>[\u4e00-\u9fff·]{2,4}(?:\s+(?:(?P=media)\s*)?(?:记者|实习生|通讯员)?\s*(?!发自|发布|更新|时间|来源|阅读|点击|浏览|评论|分享|收藏)[\u4e00-\u9fff·]{2,4}(?<!报道))*)"
                    r"(?=\s|$|(?:编辑|责编|责任编辑|校对|来源|摄影|阅读|浏览|点击)\s*[:：]|发布于|发表于)")  # (新民网's spans run together: "…叶薇编辑：周雅"; 微博's "…苏明远发布于 …")
_STAFF_ROLE = zh_re(r"\s*(?:[\u4e00-\u9fff]{2,8}?)?(?:记者|实习生|通讯员)\s*")
#: "【环球网报道 记者 王晨】": the reporter a lead-in names.
_REPORTER = zh_re(r"^【[^】]*?记者\s*(?P<v>[\u4e00-\u9fff]{2,4}(?:\s+[\u4e00-\u9fff]{2,4})*)\s*】")
#: "Anna Matteo wrote this story for VOA Learning English.": a credit that names the author.
#: Taiwan's papers mark the writer or translator with ◎ on a line of its own: "◎周若涵".
_MARKED = re.compile(r"^◎\s*(?P<v>[\u4e00-\u9fff·]{2,8}|[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3})\s*$")
#: "by Xinhua writer Lin Shan", "by Xinhua reporters Li Wei, Zhang Hua": the agency's writers.
_AGENCY_WRITER = re.compile(r"^\s*[Bb]y\s+(?:[A-Z]\w*\s+)?(?:writers?|reporters?|correspondents?)\s+(?P<v>[A-Z][\w.'-]*(?:\s+[A-Z][\w.'-]*){1,3})\s*$")
_WROTE = re.compile(r"^(?P<v>[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){1,3})\s+(?:wrote|reported)\s+(?:this|the)\s+story")
_HEADINGS = frozenset({"h2", "h3", "h4", "h5", "strong"})
#: The role before a byline's names: 界面新闻编译｜, 记者, By.
_ROLE = zh_re(r"编译|撰文|记者|作者|^\s*文\s*[|｜/]|\bBy\b")
#: An account's name: a short run of words without sentence punctuation.
_ACCOUNT = re.compile(r"^[\w\u4e00-\u9fff·• -]{2,20}$")
#: A person's name in Chinese: two to four characters, or a transcribed one with a middle dot.
_NAME_ZH = re.compile(r"^[\u4e00-\u9fff]{2,4}$|^[\u4e00-\u9fff]{1,6}[·•][\u4e00-\u9fff]{1,8}$")
#: A person's name in Latin script: two to four capitalised words.
_NAME = re.compile(r"^[A-Z][\w.'-]*(?:\s+[A-Z][\w.'-]*){1,3}$")


_ORIGINAL_SOURCE = zh_re(
    r"^(?:(?:原文来源|原文出处|原载|Original source)\s*[:：]\s*|Originally published(?: in [A-Z][a-z]+)? (?:by|in) )(?P<v>\S.{0,39})$"
    r"|^[（(]?(?:本文(?:原?(?:刊|载|刊登|刊载|发表)(?:于|在)|经)|原文(?:刊|载|刊登|刊载|发表)(?:于|在))\s*《(?P<paper>[^》]{1,20})》", re.I  # (亞洲週刊's 本文刊於《亞洲週刊》2024年第23期: the magazine)  # 端傳媒's 本文原刊於《華爾街日報》，…獲授權轉載, 本文經《The Conversation》授權轉載
)  # "Originally published in Chinese by The Paper" (Sixth Tone's translations)


#: A signed article's note on where it ran first: "(This article was first published in The Dominion Post on 28 February 2024.)".
_FIRST_PUBLISHED = re.compile(r"^[（(]?(?:This (?:article|story|piece|op-ed) was )?first published (?:in|by) (?P<v>(?:the |The )?[A-Z][\w&'-]*(?: [A-Z][\w&'-]*){0,4})")


_SOURCE_TOKENS = frozenset({"source", "media", "origin", "publisher", "dept", "department"})  # (澳門新聞局's div.dept: the issuing bureau)
#: Marks a post carries in the source's place: original, exclusive, first published.
_MARKS = frozenset(both_forms(("原创", "独家", "首发", "转载")))
_HEADING_TAGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})  # (Sixth Tone's h2.originTitle: a headline)
#: An account's name (WeChat's span.rich_media_meta_nickname > #js_name) publishes the post; it
#: is not the source a story is taken from.
_ACCOUNT_TOKENS = frozenset({"nickname", "profile"})
_HOLDS_AUTHOR = etree.XPath("boolean(descendant-or-self::*[contains(@class, 'author') or contains(@id, 'author')])")


_WRITER_TOKENS = frozenset({"author", "byline", "vcard", "writer"})


def bare_source(owners: list[etree._Element]) -> str | None:
    """A source set unlabelled right after the date in the info line: ECNS's
    ``<span>2024-05-20 15:42:07</span><span>ECNS</span><span>Editor : …</span>``."""
    for owner in owners:
        items = [c for c in owner if isinstance(c.tag, str)]
        for item, nxt in zip([owner, *items], [owner.getnext(), *items[1:]]):
            if nxt is None or not isinstance(nxt.tag, str):
                continue
            if not dates.is_date_line(normalise_space(item.text_content())):
                # a paper alone in the byline's place before the date (中央日报中文网's editorial: "中央日报")
                if _PAPER.match(text := normalise_space(item.text_content())) and dates.is_date_line(
                        _UPLOADED.sub("", normalise_space(nxt.text_content()))):
                    return text
                continue
            text = normalise_space(nxt.text_content())
            if (2 <= len(text) <= 40 and _LETTER.search(text) and not _NOT_A_NAME.search(text) and not _SITE_ACTION.match(text)
                    and nxt.find(".//a") is None and not _REGION.match(text) and not _BY.match(text)  # (都市日報's "| By Karen Lam": a byline)
                    and not _ROLE.search(text) and not _ORIGINAL_LINK.match(text)  # (集誌社's "記者 黃穎琳": a reporter, no source)
                    and not tokens(nxt) & _WRITER_TOKENS and (item.tail or "").strip().lower() != "by"  # (Chinese Moment's "… by <span class=author>")
                    and nxt.tag not in _HEADING_TAGS):  # (the headline under the date: 常春藤's p.post_date + h1)
                return text
    return None


#: An outlet's own report in the byline's place (獨立媒體's "獨媒報導"): the source, nobody's name.
_DESK_REPORT = zh_re(r"^[\u4e00-\u9fff]{2,6}报[导道]$")
#: A paper or an agency by its name alone (not an account, 英文悦读社).
_AGENCY_NAME = r"^[\u4e00-\u9fff]{1,3}社$"  # 新华社, 路透社, 中央社 (not a club, 英文悦读社)
_PAPER = zh_re(r"^[\u4e00-\u9fff]{2,8}(?:日报|晚报|晨报|时报|早报|周报|周刊)$|" + _AGENCY_NAME)
_UPLOADED = zh_re(r"^(?:上传|发布|发表|更新)(?:时间|于)?\s*[:：]?\s*")
#: Where the poster was (IP属地, 发布于北京): after the time on 百家号, 知乎, 微博, 简书; a place, not a source.
_REGION = zh_re(
    r"^(?:IP\s*属地\s*[:：]?\s*|发布于\s*)?(?:北京|天津|上海|重庆|河北|山西|辽宁|吉林|黑龙江|江苏|浙江|安徽|福建|江西|山东|河南|"
    r"湖北|湖南|广东|海南|四川|贵州|云南|陕西|甘肃|青海|台湾|内蒙古|广西|西藏|宁夏|新疆|香港|澳门|海外)(?:省|市)?$"
)


_LETTER = re.compile(r"[^\W\d_]")  # (星島's view counter "--" before the count arrives)
#: Not a source after the date: 日经's "（东京时间）" names a zone, 風傳媒's "? 人氣" counts views.
_NOT_A_NAME = zh_re(r"[\d:：@|/／（(]|时间|人气|阅读|浏览|点击")


#: A link to the original post named by what it does (今天看啥's a.source-link "查看原文"): no source's name.
_ORIGINAL_LINK = zh_re(r"^(?:查看|阅读|点击查看)?原文(?:链接)?$|^(?:View|Read) (?:the )?original$", re.I)
#: The one who posted the page, in a row named like a source: a person, not the source.
_POSTER = zh_re(r"^(?:Publisher)\s*[:：]\s*[\u4e00-\u9fff·]{2,4}$")


def source_element(owners: list[etree._Element]) -> str | None:
    """The source set in its own element in the info line (sina's ``a.source``, ``#media_name``),
    not a bare address (``#art_source`` holding http://www.sina.com.cn)."""
    for owner in owners:
        for el in [*owner.iterdescendants(), owner]:  # the innermost first: div.date-source holds the date too
            if not isinstance(el.tag, str) or not tokens(el) & _SOURCE_TOKENS or _in_caption(el):
                continue
            shown = normalise_space(el.text_content())
            if _ROLE_LABEL.match(shown) or _POSTER.match(shown) or ((wen := _WEN.match(shown)) and wen.end() == len(shown)):
                continue  # a byline in a source-named row (央廣's li.source "撰稿編輯：張家豪", VSB's span.arti_publisher "Publisher:张晨", 瑞文网's span.source "文/周晓燕")
            text = cited_source(_LABEL_PREFIX.sub("", shown)) or ""
            # not WeChat's 原创 mark, the account's nickname, a headline, or the author's name in a
            # media-named row (span.rich_media_meta > #js_author_name)
            if text in _MARKS or _ORIGINAL_LINK.match(text) or tokens(el) & _ACCOUNT_TOKENS or (el.tag in _HEADING_TAGS and "publisher" not in tokens(el)) or _HOLDS_AUTHOR(el):
                continue
            if text and len(text) <= 30 and "http" not in text and "www." not in text and not re.search(r"\d{4}", text):
                return text
    return None


#: A source box anywhere on the page whose label stands in an element of its own, without a
#: colon: WordPress Newspaper's ``div.td-post-source-via`` > ``<span>来源</span><a>马新社</a>`` under the text.
_LABELLED_SOURCE_BOX = etree.XPath(
    "//*[contains(@class, 'source')]/descendant-or-self::*[*[1][normalize-space() = '来源' or normalize-space() = '來源' or normalize-space() = 'Source' or normalize-space() = 'Via']]"
)


def labelled_source_box(root: etree._Element) -> str | None:
    """The value beside a source label set apart in its own element, if it is short and no address."""
    for box in _LABELLED_SOURCE_BOX(root):
        label = box[0]
        value = normalise_space(" ".join([label.tail or "", *(normalise_space(el.text_content()) + " " + (el.tail or "") for el in label.itersiblings() if isinstance(el.tag, str))]))
        if 2 <= len(value) <= 30 and "http" not in value and "www." not in value and not _in_caption(box):
            return value
    return None


def source_above(h1s: list[etree._Element]) -> str | None:
    """The partner that supplied the story, named above the headline in the article's head
    (Yahoo's ``<span class="caas-attr-provider">TVBS新聞網</span>`` beside the partner's logo)."""
    node = h1s[0] if h1s else None
    for _ in range(2):
        if node is None:
            return None
        for prev in node.itersiblings(preceding=True):
            for el in prev.iter() if isinstance(prev.tag, str) else ():
                if isinstance(el.tag, str) and tokens(el) & {"provider", "source"} and len(el) == 0:
                    text = normalise_space(el.text_content())
                    if 2 <= len(text) <= 30 and "http" not in text:
                        return text
        node = node.getparent()
    return None


#: (or a space before the name, in the source's own element: cloudnative.to's span.article-source "来源 <a>CNCF</a>")
_LABEL_PREFIX = zh_re(r"^(?:稿源|资料来源|来源|出处|新闻引据|Source(?:s|\(s\))?|英文原文(?=\s*[:：]))(?:\s*[:：/／]\s*|\s+(?=\S))", re.I)  # (cnBeta's 稿源：, 央廣's 新聞引據：, 开源中国's 英文原文：)
#: The newsroom's own reporting named among a story's sources (央廣's 新聞引據：採訪、中央社): no source.
_OWN_REPORTING = frozenset(both_forms(("采访", "本台", "本报", "本网", "综合")))
_ROLE_LABEL = zh_re(r"^[\u4e00-\u9fff]{0,4}(?:编辑|撰稿|记者|作者|摄影|翻译|编译)\s*[:：]")


def cited_source(text: str) -> str | None:
    """A source value without the newsroom's own reporting: "採訪、中央社" -> 中央社, "採訪" -> None."""
    parts = [p for p in re.split(r"\s*[、,，/／]\s*", text) if p]
    kept = [p for p in parts if p not in _OWN_REPORTING]
    return "、".join(kept) if kept else None


def _in_caption(el: etree._Element) -> bool:
    """A picture's caption or credit (Drupal's ``field--name-field-media-caption`` in a figure):
    named "media", but not the story's source."""
    return bool(tokens(el) & {"caption", "credit", "copyright"}) or in_figure(el)  # (Sputnik's div.media__copyright-item "© Sputnik / …")


def original_source(lines: list[str]) -> str | None:
    """The publication a translation is from, wherever the page states it ("原文来源：The
    Economist" in yeeyan's side box), or a source line closing the story ("Source: SHINE
    Editor: Xu Lingyun", CGTN's "Source(s): Xinhua"): the label says what it is."""
    for line in lines:
        if m := _ORIGINAL_SOURCE.match(line):
            return (m["v"] or m["paper"]).strip()
        if m := _TAKEN_FROM.search(line):  # 風傳媒's "*本文經授權轉載自《公民評論週刊》", "編譯自《太平洋觀察》"
            return m["v"].strip()
    return next((m["v"].strip() for line in lines if _CLOSING_SOURCE.match(line) and (m := _SOURCE.match(line))), None)


_TAKEN_FROM = zh_re(r"本文[^。，]{0,12}?(?:转载自|编译自|译自|摘自|选自|出自)\s*《(?P<v>[^》]{1,20})》(?![^，。]*英文)")  # (not the publisher's own English report)
_CLOSING_SOURCE = zh_re(r"^(?:来源|Source(?:s|\(s\))?)\s*[:：]", re.I)


_MEDIA_NAME = zh_re(r"^(?!本(?:报|网|台|社|刊)$)(?:\d{2,4})?[\u4e00-\u9fff]{1,8}(?:网|社|报|台|新闻|周末|周刊|杂志)$")  # (南方周末, 新民周刊, 力報; 本报 names none)
#: A news agency named in meta[name=author] (共同社, 新华社, 中央社): the source, not a writer.
_AGENCY = zh_re(r"^[\u4e00-\u9fff]{1,6}社$")
_AGENCY_LINE = re.compile(_AGENCY_NAME)
#: A profile address in an author slot (中時's article:author https://www.facebook.com/CTfans): nobody's name.
_URLISH = re.compile(r"^(?:https?:|www\.)|^\S+\.(?:com|net|org|cn|tw)\b", re.I)
#: A forum or CMS template's credit in meta[name=author] ("Discuz! Team and Comsenz UI Team").
_SOFTWARE = re.compile(r"Discuz|Comsenz|DedeCMS|PHPCMS|EmpireCMS|WordPress|\bUI Team\b"
                       r"|\b(?:Editorial|Newsroom|News Desk|Blog)\b|编辑部", re.I)  # (and a desk: Reuters' meta author "Reuters Editorial"; a blog's name, "EF GO Blog")


def _paper_bar(line: str, root: etree._Element) -> dict | None:
    """A paper's byline across a bar (北京日报客户端 | 记者 孙云柯), unless what stands before the
    bar is one of the site's own sections, linked as such on the page (眾新聞's 眾聞 | 記者李卓謙):
    then only the reporter is named."""
    if not (m := _PAPER_BAR.match(line)):
        return None
    found = m.groupdict()
    if any(normalise_space(a.text_content()) == m["src"] for a in root.iter("a")):
        found["src"] = None
    return found


def byline(lines: list[str], root: etree._Element, shown_source: str | None = None,
           writer: str | None = None) -> tuple[str | None, str | None]:
    """(author, source) from the info line(s) near the headline, then meta tags; a candidate
    author that is the source the page shows (``shown_source``) is not a person; ``writer``, the
    one WeChat names under the headline (``wechat_author``), is the author whatever the lines say."""
    author, source = writer, None
    for el in _AUTHOR_ELEMENTS(root)[:1]:  # a paper's reporter in the byline element, run together with the date in the info line (晴報's span.article-details-author "晴報記者 陳嘉欣")
        if len(text := normalise_space(el.text_content())) <= 30 and (m := _STAFF.match(text)) and m.end() == len(text) and _MEDIA_NAME.search(m["media"]) and text not in lines:
            lines = [text, *lines]
    # "文／台灣新生報記者 陳冠宇": the paper's reporter after a writer's label, read as the reporter's byline
    lines = [rest if (rest := _WEN_LEAD.sub("", line.strip())) != line.strip() and _STAFF.match(rest) else line for line in lines]
    # a byline in 【】 run into the first sentence (大成報's "【大成報記者陳宏裕/嘉義報導】中秋佳節將至…"): read on its own too
    lines = [part for line in lines for part in _with_bracketed_byline(line)]
    # a byline and a photographer's credit on one line, a bar between (集誌社's "集誌社記者 林曉晴｜攝影：鄭俊朗"): each read alone too
    lines += [part.strip() for line in lines if "｜" in line or " | " in line for part in re.split(r"｜| \| ", line) if part.strip()]
    # a photographer's credit run on after the byline, the two spans glued (鏡新聞's "鏡新聞記者 蔡孟儒攝影／王家豪")
    lines += [part.strip() for line in lines if _PHOTO_RUN_ON.search(line) for part in _PHOTO_RUN_ON.split(line) if part.strip()]
    for line in lines:
        if source is None and (_AGENCY_LINE.match(line.strip()) or ORG_SIGNATURE.match(line.strip())):
            source = line.strip()  # an agency's name on a line of its own (ABC's 路透社), an association signing its statement
        if source is None and (wire := WIRE_CREDIT.match(line.strip())):
            source = wire["v"]  # (in brackets under the text: Taipei Times' "(AFP)")
        stripped, head = line.strip(), line[:60]
        # a paper or an agency with the writer it names, if any, in its byline or dateline (named groups src, v)
        for m in (
            _PAPER_SLASH.search(line), _AGENCY_DATELINE.match(line),
            _BRACKETED_DESK.match(stripped),  # a station's mark opening the text (Now新聞's 【Now新聞台】…)
            WIRE_DATELINE.match(stripped),  # the agency whose dateline opens the text (俄罗斯卫星通讯社莫斯科电)
            _AGENCY_DATELINE_REPORTER.match(stripped),  # and its reporter in brackets after it (新華社香港3月25日電（記者王旭）)
            _PAPER_DATELINE_ALONE.match(stripped),  # a site's 讯 opening the text, no reporter named (眉山网讯 5月9日，…)
            _FLASH_SLASH.match(stripped), _PAPER_DATELINE.match(stripped), _BAR_STAFF.search(stripped), _paper_bar(stripped, root), _WIRE_IN_TITLE_MARKS.match(stripped),
            _PAPER_THEN_NAME.match(stripped), _SOURCE_REPORTER.match(stripped), _REPORTER_AT_PLACE.match(stripped), DESK_TIME_LINE.match(stripped),
            _PAPER_REPORTER.search(head) or _PAPER_REPORTER_DATED.search(head) or _PAPER_REPORTER_AT.search(head),
        ):
            if m and (source is None or author is None):
                found = m if isinstance(m, dict) else m.groupdict()
                source, author = source or found["src"] or found.get("src2"), author or found.get("v") or found.get("v2")
        if source is None and (m := _SOURCE_ALONE.match(line) or _RELEASE_SOURCE.match(line) or _REPRINTED_FROM.match(stripped) or _ORIGINAL_CREDIT.match(stripped) or _REPOSTED_BY.match(stripped) or _PUBLISHED_IN.match(stripped) or _REPRINT_ZH.search(stripped) or _SOURCE_WORK.search(line) or _SOURCE.search(line) or _PAPER_STAFF_WRITER.match(line) or _ISSUE.match(line) or _ACCOUNT_SOURCE.search(line) or _STAFF_WITH.search(line) or _DATELINE_SOURCE.search(line) or _REPORT_SOURCE.search(line)
                               or _BAR_SOURCE.search(line) or _PRODUCED_BY.match(line) or _FIRST_PUBLISHED.match(line) or _PAPER_IN_TITLE_MARKS.match(stripped)):
            source = m["v"].strip()
        if (m := _BAR_BYLINE.match(line)) and dates.is_date_line(m["date"]):  # "Local | Cindy Lai | 11 May 2023"
            if m["v"] in _WIRES:
                source = source or m["v"]
            else:
                author = author or m["v"]
        if author is None and (m := _ROLE_STAFF.search(line)):
            author = " ".join(_STAFF_ROLE.sub(" ", m["v"]).split())
        if author is None and (
            m := _REPORT_BY.search(line) or _TEXT_CREDIT.search(stripped) or _AUTHOR.search(line) or _AUTHOR_BAR.match(line) or _WEN_COLON.match(line) or _AGENCY_WRITER.match(line) or _BYLINE_LIST.match(line) or _BYLINE.search(line)
            or _WROTE.match(line) or _REPORTER.search(line) or _WEN.search(line) or _STAFF.match(line) or _STAFF.match(_STAMP_FIRST.sub("", stripped)) or _LEAD_AUTHOR.match(line) or _MARKED.match(line)
            or _AUTHOR_SPACE.search(line) or _WEN_DOT.match(line) or _DATELINE_REPORTER.match(line) or _ROLE_SLASH.match(line)
            or _COMPILED_BY.match(line.strip()) or _DATELINE_BRACKET_REPORTER.match(line.strip()) or _DESK_SLASH.match(line.strip()) or _STUDENT.match(stripped) or _OFFICE_BYLINE.match(stripped) or _ROLE_IN_BRACKETS.match(stripped) or _FEATURE_REPORTERS.match(line.strip()) or _NAME_BAR_ROLE.match(line.strip()) or _NAME_BEFORE_SOURCE.match(line.strip())
            or (len(stripped) <= 20 and MEDIA_CREDIT.match(stripped))
        ):  # ("by Xinhua writer Lin Shan": the writer, before a plain byline reads the agency as one)
            author = (m["v"] or m.groupdict().get("v2") or "").strip() or None
    if source is None:  # a desk, then the paper's reporter (21世纪经济报道's "南方财经 21世纪经济报道记者 陈思琪 广州报道")
        source = next((m["media"] for line in lines if (m := _DESK_PAPER_REPORTER.match(line))), None)
    # (after the date it is set beside: 集誌社's "2024年5月16日 集誌社記者 林曉晴")
    staff_media = next(filter(None, (_staff_paper(_STAMP_FIRST.sub("", line.strip())) for line in lines)), None)
    if staff_media is None and (site := meta_content(root, "og:site_name")):  # the site's own reporters, however it is named (灼見名家記者 周卓言)
        staff_media = next((m["media"] for line in lines if (m := _STAFF.match(_WEN_LEAD.sub("", line.strip())))
                            and m["media"] in (site, *site.split())), None)  # (放言's site name "放言 Fount Media")
    if source is None:  # "日经中文网 记者 林晓岚": the reporter's paper is the source
        source = staff_media
    elif staff_media and staff_media != source and source in (root.findtext(".//title") or ""):
        source = staff_media  # the agency's reporter over the paper's own 来源 label (中国青年报's "新华社记者 任远舟 来源：中国青年报")
    if author is None:
        # the site's name: og:site_name, and the <title> past its headline ("Clara Whitfield：誰能…｜端傳媒
        # Initium Media": a writer the headline names is no publisher)
        parts = re.split(r"[|｜_–—]|\s-\s", root.findtext(".//title") or "")
        ends = [parts[0], parts[-1]] if len(parts) > 1 else parts  # the site's name stands at either end,
        names = [p for p in ends if len(p.strip()) <= 24 and not re.search(r"[：:？?，,]", p)]  # not a writer between (信報's "… - 鄧立言 - 信報網站")
        publisher = " ".join(filter(None, (meta_content(root, "og:site_name"), *names)))
        candidates = (
            meta_content(root, "author", "article:author", "byl"), jsonld.text(root, "author"),
            author_element(root), role_cell_author(root),
        )
        # a media name (中国日报网 in sina's article:author) is the source, not a person
        agency = candidates[0] if candidates[0] and _AGENCY.match(candidates[0]) else None
        author = next(
            (c for c in candidates if c and c not in (source, shown_source, agency)
             and (_names_a_person(c, publisher, lines) or (c == signed_login(root) and c not in publisher))
             and not _SOFTWARE.search(c) and not _URLISH.match(c) and not _LABEL_PREFIX.match(c)),  # (nor a source line: 经济观察网's meta author "来源：新华社")
            None,
        )
        if source is None and not shown_source:  # meta[name=author] "共同社": the agency is the source
            source = agency
    if source is None and not shown_source:
        source = house_account(root)
    if author:  # a role label kept before the name (柬华日报's author element "文/图：郑国华")
        author = _ROLE_BEFORE_NAME.sub("", author) or author
    if author and (m := _STAFF.match(author)) and m.end() == len(author.rstrip()) and m["media"] and m["v"]:
        author = m["v"]  # the paper's post before the name (遂宁新闻网's "作者：遂宁日报全媒体记者 王晓婷")
    if author and (m := _NAME_AND_PLACE.match(author)):
        author = m["name"]  # 中時's "黃奕翔_台南": the reporter, then the city reported from
    if author:  # 公視's "林柏辰 陳姿穎／台北報導", "周品妤／綜合報導": the names, not where from
        author = _REPORTED_FROM.sub("", author) or author
    if author and (m := _NAME_THEN_ROLE.match(author)):
        author = m["v"]  # 中央日报中文网's "李秀贤 记者": the name, then the role
    if author and (_PAPER.match(author) or _DESK_REPORT.match(author)):  # a byline naming only a paper (微博's 作者：沧澜晨报): the source
        author, source = None, source or author
    if author and (m := _DESK_BYLINE.match(author)):  # "By Central News Agency"
        author, source = None, source or m["desk"] or m["paper"]
    if author and _BODY_NAME.search(author):  # "Written by The Hong Kong Bird Watching Society": a body, not a person
        author, source = None, source or author
    if author and any((m := _STAFF_LINE.match(line)) and m["paper"] == author for line in lines):
        author, source = None, source or author  # "By Taiwan News staff": the paper's newsroom
    if source is None and (mark := next((m["v"] for line in lines[:8] if (m := _MARK.match(line.strip()))), None)) \
            and mark in (author_element(root), meta_content(root, "author")):
        author, source = (None if author == mark else author), mark  # 有線新聞's byline and its 【有線新聞】 opening the text: the newsroom
    if source and source.startswith(("《", "〈")) and source.endswith(("》", "〉")):
        source = source[1:-1] or None  # (a title's brackets: 編譯自《太平洋觀察》)
    return (None if author in _ANONYMOUS else author), (None if source in _ANONYMOUS else source)


#: An association's name alone, signing its statement (記協's "Hong Kong Journalists Association<br>香港記者協會<br>June 12, 2024").
#: A source label naming the paper in 《》 and its writer's post and name (大中报's "来源: 《大中报》记者 林慧敏", "总编 南茜").
_SOURCE_REPORTER = zh_re(r"^来源\s*[:：]\s*《(?P<src>[^》]{2,12})》\s*[\u4e00-\u9fff]{0,2}(?:记者|总编|主编|编辑)\s*(?P<v>[\u4e00-\u9fff·]{2,4})$")
#: (or in round brackets closing the text: Taipei Times' "（自由時報記者吳柏軒／台北報導）")
_BRACKET_BYLINE = zh_re(r"^(?:【([^】]{4,30}?[／/][^】]{1,8}?报[导道])】|[（(]([^）)]{4,30}?[／/][^）)]{1,8}?报[导道])[）)]\s*$)")


def _with_bracketed_byline(line: str) -> tuple[str, ...]:
    return (m[1] or m[2], line) if (m := _BRACKET_BYLINE.match(line.strip())) else (line,)


_WEN_LEAD = zh_re(r"^(?:文\s*[／/|｜]\s*(?:图\s*[:：]?\s*)?|图\s*[／/]\s*文\s*[:：]?\s*)")  # (汕头特区晚报's "文/图 汕头特区晚报记者 郑泽銮")
#: The date and time an info line opens with, run into the byline after it (臺灣時報's "2025/03/08 09:15記者…").
_STAMP_FIRST = re.compile(r"^(?:19|20)\d{2}[-/.年]\d{1,2}[-/.月]\d{1,2}日?\s*(?:\d{1,2}:\d{2}(?::\d{2})?)?\s*")


#: Who a role's reporter works for, when that names no paper: 本报, 特约, 实习 (a reporter's rank).
_NO_EMPLOYER = zh_re(r"^(?:本|特约|实习|见习|驻|资深|首席|专职|全媒体|融媒体|摄影|文字)")


_RANK = zh_re(r"(?:特约|实习|见习|首席|资深|驻地)$")


def _staff_paper(line: str) -> str | None:
    """The paper a reporter's byline names: "日经中文网 记者 林晓岚"; after a role, any name that is
    no rank ("撰文：港人講地記者 林家晴")."""
    if (m := _STAFF.match(line)) and _MEDIA_NAME.search(media := _RANK.sub("", m["media"])):
        return media  # (亞洲週刊特約記者 X: the magazine, not its stringer's rank)
    if (m := _ROLE_STAFF.search(line)) and (_MEDIA_NAME.search(m["media"]) or not _NO_EMPLOYER.match(m["media"])):
        return m["media"]
    return None


def newsroom_byline(author: str, root: etree._Element) -> bool:
    """A byline naming a wire or the paper itself, not a writer: The China Post's "By CNA", "By The China Post"."""
    return author in _WIRES or author == meta_content(root, "og:site_name")


#: A name in 【】 opening a line of the text (i-CABLE's 【有線新聞】政府宣布…).
_MARK = re.compile(r"^【(?P<v>[^】\d\s]{2,12})】")
#: The desk that made the story, credited above its writer: 虎嗅's "出品｜虎嗅科技组".
_PRODUCED_BY = zh_re(r"^\s*出品\s*[|｜:：]\s*(?P<v>[\u4e00-\u9fff\w]{2,16})(?=\s|$)")
#: The print issue the story ran in, named in the head (天下's a.article__magazine "天下雜誌 798期"): its paper.
_ISSUE = zh_re(r"^《?(?P<v>[\u4e00-\u9fff]{2,8}(?:杂志|周刊|月刊|日报|晚报))》?\s*第?\s*\d{2,5}\s*期$")
#: A magazine's credit line: "文‧林詠晴　圖‧周志偉" (‧ or ・ between the role and the name).
_WEN_DOT = zh_re(r"^文\s*[‧・·]\s*(?P<v>[\u4e00-\u9fff]{2,4})(?=\s|$|图|摄影)")
#: "作者 陳怡璇、蕭勝鴻" with no colon, the next credit run on (攝影 …).
_AUTHOR_SPACE = zh_re(r"(?:^|\s)作者\s+(?P<v>[\u4e00-\u9fff·]{2,4}(?:、[\u4e00-\u9fff·]{2,4})*)(?=\s|$|摄影|责任编辑|编辑|核稿)")
#: A section, a writer or a wire, and the date, set apart by bars: "Local | Cindy Lai | 11 May 2023".
_BAR_BYLINE = re.compile(r"^[^|｜]{2,30}[|｜]\s*(?P<v>[A-Z][\w'-]+(?:[ -][A-Z][\w'-]+){0,2})\s*[|｜]\s*(?P<date>[^|｜]+)$")
#: A wire's name in Chinese, for a bilingual page whose source label names it so beside its English dateline.
WIRE_IN_CHINESE = {"Xinhua": "新华社", "Reuters": "路透社", "AFP": "法新社", "Agence France-Presse": "法新社", "AP": "美联社",
                   "Associated Press": "美联社", "Kyodo": "共同社", "CNA": "中央社", "Yonhap": "韩联社", "Bloomberg": "彭博社"}
_WIRES = frozenset({"Reuters", "AFP", "AP", "Bloomberg", "Xinhua", "Agencies", "Kyodo", "CNA", "AAP", "Associated Press", "Agence France-Presse"})
#: A byline naming a newsroom, not a person: an agency, or a paper's staff.
#: An English name that is an organisation's by its last word.
_BODY_NAME = re.compile(r"^(?:The\s+)?(?:[A-Z][\w&.'-]*\s+){1,8}(?:Society|Association|Institute|Bureau|Department|Council|Foundation|Federation|Commission|Committee|Agency|Museum|Chamber|Trust)$")
_DESK_BYLINE = re.compile(r"^(?:(?P<desk>.*?(?:News Agency|Press Agency|Associated Press|Agence France-Presse))|(?P<paper>.+?)\s+[Ss]taff)$")
#: "By Lin Pei-chun, Taiwan News, Staff Writer": the writer's paper.
_PAPER_STAFF_WRITER = re.compile(r"^By\s+[^,]{2,40},\s*(?P<v>[A-Z][\w&.' -]{2,40}?),\s*Staff\s+(?:Writer|Reporter)\b", re.I)
_STAFF_LINE = re.compile(r"^By\s+(?P<paper>(?:[A-Z][\w&.'-]*\s+){0,4}[A-Z][\w&.'-]*)\s+staff$")
_NAME_THEN_ROLE = zh_re(r"^(?P<v>[\u4e00-\u9fff·]{2,6})\s+(?:记者|特约记者|通讯员|实习记者)$")
_REPORTED_FROM = zh_re(r"\s*[／/]\s*[\u4e00-\u9fff ]{0,12}?报[道导]\s*$")
_NAME_AND_PLACE = re.compile(r"^(?P<name>[\u4e00-\u9fff·]{2,6})_[\u4e00-\u9fff]{2,4}$")


#: A site's account, not a writer (新加坡华族文化中心's meta author "SCCC Admin").
_SITE_ACCOUNT = re.compile(r"\b(?:[Aa]dmin|[Aa]dministrator|[Ww]ebmaster)\b|管理员|管理員")


def _names_a_person(author: str, publisher: str, lines: list[str]) -> bool:
    """Not the publisher ("二十一世纪英文报" in a site-wide meta author), not the editor the page
    credits (责任编辑：王珊), not a CMS user id (104983) or login (VOA Story's "voastory")."""
    if author in publisher or not re.search(r"[^\W\d_]", author) or is_organisation(author) or _DESK.search(author) or re.fullmatch(r"[a-z0-9_.-]+|[A-Z0-9]{2,8}", author) or _PAPER_NAME.match(author) or _SITE_ACCOUNT.search(author):
        return False  # (an organisation's name, 小站's meta author 小站教育, 台視's acronym TTV)
    return not any(re.search(_EDITOR_LABEL + re.escape(author), line) for line in lines)


def signed_login(root: etree._Element) -> str | None:
    """A login the page itself signs the post with, "By <a rel="author">queenielo</a>" (澳大電子公告's
    Avada theme): the name the writer chose to show, not a CMS account found only in the metadata."""
    for a in root.iterfind(".//a[@rel='author']"):
        el = a
        while not text_before(el).strip() and el.getprevious() is None and (up := el.getparent()) is not None and up.tag in ("span", "strong", "em", "b"):
            el = up  # out of the vcard's spans to the "By" before them
        if re.search(r"\bBy\s*$", text_before(el)):
            return normalise_space(a.text_content()) or None
    return None


#: A newsroom desk, not a person: 中廣's meta author 新聞中心.
_DESK = zh_re(r"^[\u4e00-\u9fff]{2,6}(?:中心|编辑部|新闻部|编辑室)$")
#: A paper's or a site's name (南方都市报 in a repost's meta author); not an account named like a club (英语晨读社).
_PAPER_NAME = zh_re(r"^[\u4e00-\u9fff]{2,10}(?:报|网|台|新闻)$")
#: How an organisation's name ends; a person's name never does.
_ORGANISATION = zh_re(r"(?:教育|集团|公司|传媒|媒体|科技|在线|学院|出版社|工作室|网|使团|使馆|领事馆|国务院|政府|委员会|办公室|基金会|研究院|研究所)$")


def is_organisation(name: str) -> bool:
    """A name that ends as an institution's does (美国驻华使团, 美国驻沈阳总领事馆, 小站教育)."""
    return len(name) >= 3 and bool(_ORGANISATION.search(name))
_EDITOR_LABEL = both_scripts(r"(?:编辑|责编|Editor)\s*[:：]\s*")
