"""Finding the article's main text and cleaning it into paragraphs.

The container is the lowest element that holds most of the page's running text (link-dense
blocks and page furniture left out) *without splitting a language*: on a page with an English
block and a hidden Chinese tab, their common parent is the container, not the English block.
"""

from __future__ import annotations

import re
from collections import defaultdict
from functools import lru_cache
from dataclasses import dataclass

from lxml import etree

from newscrawler.extract.hanzi import both_forms, zh_re
from newscrawler.extract import dates
from newscrawler.extract.text import (
    CJK_WEIGHT, Block, hidden_ids, in_figure, iter_ancestors, normalise_space, script_counts, tokens, weight, within,
)

#: Share of the page's running text the container must hold.
CONTAINER_SHARE = 0.6
#: A language with at least this share of the text must stay whole inside the container.
LANGUAGE_SHARE = 0.25
LINK_DENSE = 0.5
#: Sentence punctuation: Chinese clause marks, or an English sentence end.
_SENTENCE = re.compile(r"[，。！？；]|[a-z0-9][.!?][\"”’)]?(?:\s|$)")
#: Below this much prose (weighted characters) a page has no text container.
MIN_TEXT = 100
#: Below this much prose, text that no element holds together is not an article's.
SCATTERED_TEXT = 400
#: Blocks lighter than this (weighted characters) are not prose.
PROSE_WEIGHT = 60

_TAB = (
    r"[【\[（(]?(?:[\u4e00-\u9fff]{1,4}的(?:中文翻译|中文译文|中文版本|中文版|英文原文)|英文原文|原文|参考译文|中文翻译|中文译文|译文|文本|翻译|中文|英文|双语|中英对照|编者按|"
    r"(?:Show )?English Translation|English|Chinese|English Version|Chinese Version|Original|Translation|中文译本|中文版本|英文版本|华文版本|中文报道|英文报道|中文稿|英文稿|中文版|英文版|华文版|图集|组图|视频|Gallery|Video|本文导航)[】\]）)]?"  # (香港中華總商會's "（中文版本）")
)
#: Portal links set at the end of a post's last paragraph ("返回搜狐，查看更多").
_TRAILING_BOILERPLATE = ("返回搜狐，查看更多",)


#: An editor's credit glued to the last paragraph: "…隨時掌握天氣變化。（編輯：吳怡靜）1130520".
_TRAILING_EDITOR = zh_re(r"(?<=[。！？”」])\s*[（(](?:编辑|责任编辑|责编|核稿)\s*[:：][^）)]{1,20}[）)]\s*\d{0,8}\s*$")


#: A reporter's credit in brackets closing the text, the site's name then theirs: 中国台湾网's
#: "…安心实习、快乐生活。（中国台湾网 郭晓康）", run into the last sentence or on a line of its own.
_MEDIA_CREDIT = r"[（(][\u4e00-\u9fff]{2,8}?(?:网|报|社|台)\s+(?P<v>[\u4e00-\u9fff·]{2,4})[）)]\s*$"
MEDIA_CREDIT = zh_re(_MEDIA_CREDIT)
_TRAILING_MEDIA_CREDIT = zh_re(r"(?<=[。！？”」])\s*" + _MEDIA_CREDIT)


def _strip_boilerplate(text: str) -> str:
    for phrase in _TRAILING_BOILERPLATE:
        if text.endswith(phrase):
            return text[: -len(phrase)].rstrip()
    return _TRAILING_EDITOR.sub("", text)


#: A bracketed credit before a report's first sentence: 【环球网报道 记者 王晨】, 【环球网综合报道】.
#: (a dateline, 【共同社5月20日电】, 【欧洲时报10月23日林嘉禾报道】, opens the story's own first sentence and stays with it)
#: (a paper's own 【本報消息】, like 【明報專訊】, names nobody: it stays with its sentence)
LEAD_IN = zh_re(r"^\s*【(?![^】]*\d{1,2}月\d{1,2}日)(?:[^】]{0,30}报[道导][^】]{0,12}|[^】]{0,30}消息[^】]{0,4}记者[^】]{1,12}|\s*(?:文|撰文|作者)\s*[/／|｜][^】]{1,60})】\s*")
#: The line that opens a lesson's text: its transcript label, or the vocabulary topic it teaches.
_TRANSCRIPT_LABEL = zh_re(r"^(?:文字稿|课文|Transcript)\s*[:：]?\s*$|^Vocabulary\s*[:：]\s*[^。.]{1,40}$", re.I)
#: The label that opens a translation block.
TRANSLATION_LABEL = zh_re(r"^[-—–=~\s]*[【\[（(]?(?:[\u4e00-\u9fff]{1,4}的)?(?:参考译文|中文翻译|中文译文|中文译本|译文|中文版本|中文版|华文版本|华文版|中文新闻稿|中文报道|中文稿|Chinese Version|(?:Show\s+)?English\s+Translation)[】\]）)]?\s*[:：]?[-—–=~\s]*$", re.I)  # (豆瓣's "—— 译文 ——", NCCS's "信函的中文翻译")
#: A wire dateline opening the text: 新华社北京5月18日电, 中新网贵阳5月20日电, 俄罗斯卫星通讯社莫斯科电 (the agency first).
WIRE_DATELINE = zh_re(r"^(?!据)(?P<src>[\u4e00-\u9fff]{1,10}?(?:社|网|台|报))[\u4e00-\u9fff]{0,6}?(?:\d{1,2}月\d{1,2}日)?电(?:\s|$)"
                      r"|^[（(](?P<src2>[\u4e00-\u9fff]{1,6}社)[\u4e00-\u9fff]{1,6}?(?:\d{1,2}月)?\d{1,2}日电[）)]")  # (诗华's "（马新社吉隆坡12日电）")
#: A desk's line opening the text with its time and its reporter, or the desk that issued the
#: story (MoneyDJ's "MoneyDJ新聞 2026-11-26 13:52:18 記者 王怡茹 報導", "… 新聞中心 發佈"): the desk, the name.
DESK_TIME_LINE = zh_re(r"^(?P<src>[A-Za-z\u4e00-\u9fff]{2,16}?(?:新闻|网|报|社|台))\s+(?:19|20)\d{2}[-/.]\d{1,2}[-/.]\d{1,2}\s+\d{1,2}:\d{2}(?::\d{2})?"
                       r"\s+(?:记者\s*(?P<v>[\u4e00-\u9fff·]{2,4})\s*报[导道]|[\u4e00-\u9fff]{2,6}\s*发[布佈])\s*$")
#: Lines that are furniture even inside the content: credits, copyright, pager, prev/next.
_NOISE_START = zh_re(
    r"(?:[—-]*[【\[(（]?\s*(?:英文来源|英文原文来源|原文来源|中文来源|新闻来源|本文来源|本文出处|文章来源|素材来源|信息来源|资料来源|(?:图片|照片|图像)(?:来源|提供)|来源|原文作者|原作者|原文|(?:英文|中文|英语|字幕)?翻译|译者|审稿|审核|Videographer|Video editor|Video reporters?|Camera|Producer|编辑|本文编辑|责编|文章责编|责任编辑|审校|校对|编审|"
    r"实习编辑|作者|记者|报道|整理|供稿人|供稿|稿件来源|Contributor|编译|撰文|撰稿人|撰稿|文|图|图片|图表|摄影|摄|视频|翻译人员|校对人员|Editor(?:\s+编辑)?|(?:Appointed )?Translators?|Authors?|Original(?: Chinese| English)? text|English translation|News contacts?|Media [Cc]ontacts?(?:\s+[\u4e00-\u9fff]{2,6})?|(?:传媒|媒体)(?:查询|联络)(?:\s+Media [Ee]nquiries)?|Media [Ee]nquiries|FOR IMMEDIATE RELEASE|For [Ii]mmediate [Rr]elease|Transcriber|Reviewer|Source|Excerpted from|Adapted from)\s*[】\])）]?\s*[:：])"  # (TutorMandarin's "Excerpted from: 中央社")
    # 36氪's "作者 | 沈知遥", "封面来源｜企业官方", an editor's note (编者按：), ABC's "Loading..." placeholder
    r"|(?:隐藏|隱藏|显示|顯示|关闭)(?:中文|英文|翻译|译文|字幕)(?=\s*$|\s*[|｜/]|框选|点|双击)"  # a language toggle's button, and the tip beside it
    r"|(?:作者|封面来源|图源)\s*[|｜]|编者?按\s*[:：]|[（(]\s*编按\s*[:：]|(?:Loading|加载中)\s*(?:\.{1,3}|…)?\s*$"
    r"|By [A-Z][\w.'-]+(?: [A-Z][\w.'-]+){1,3}, (?:a|an|the) [^.。]{3,80}$"  # a byline with the writer's post (全球化智库's "By Laurent Besson, a non-resident senior fellow at CCG")
    r"|[-—–\s]*(?:Advertisement|Advertising|Sponsored|广告)[-—–\s]*$|[-—–\s]*(?:End|The End|完|全文完)[-—–\s]*$"  # an ad slot's label alone on its line (光華's "- Advertisement -")
    # 關鍵評論網's credits and promo: 文：X（affiliation）, 本文經…授權轉載, 【加入…會員】, 新聞來源
    r"|文\s*[:：]\s*[^（(\s][^（(]{1,29}?\s*[（(][^）)]{2,40}[）)]\s*$"
    r"|(?=.{0,40}$)[^。！？]{0,30}(?:整理|编辑|责编)\s*[／/]\s*[\u4e00-\u9fff·]{2,4}\s*$"  # 數位時代's "本文初稿為 AI 編撰，整理．編輯／李先泰"
    r"|[（(]\s*(?:作者单位|指导教师|指导老师)\s*[:：]"  # a student's piece signed with school and teacher (英语辅导报's "（作者单位：…　指导教师：周丽）")
    r"|[•·*\s]*(?:以上|本文)[^。，]{0,6}由\s*[^，。]{2,20}?\s*授权转载"  # a partner's repost note (東森's "•以上言論由 CTWANT 授權轉載，不代表東森新聞立場。")
    r"|更多\s*[\w\u4e00-\u9fff]{1,12}\s*(?:报道|报导|新闻|文章)\s*$"  # the label of a partner's box of its own stories (東森's div.rss_title "更多 CTWANT 報導")
    r"|(?:中英|英汉|汉英)?双语字幕\s*$|中英字幕\s*$"  # the title of a transcript's box (新浪公开课's h3 "中英双语字幕"), not its text
    r"|[^\s]{1,20}\s+翻译于\s*\d+\s*(?:年|个月|天|小时|分钟)前"  # a translator's credit on each paragraph (开源中国's "leoxu 翻译于 4年前 4人顶")
    r"|[\u4e00-\u9fff]{0,8}记者\s*[\u4e00-\u9fff](?:\s?[\u4e00-\u9fff]){1,3}\s*摄(?:影)?\s*$"  # a photographer's credit, the name spaced out (岳阳网's "见习记者 刘 慧 摄")
    r"|[\u4e00-\u9fff]{0,8}记者\s*[\u4e00-\u9fff·]{2,4}(?:\s+通讯员\s*[\u4e00-\u9fff·]{2,4})*\s*文\s*[/／]\s*图\s*$"  # a byline over words and pictures (泉州网's "…记者 王金植 通讯员 陈静 文/图")
    r"|[-—–\s]*(?:End|The End)[-—–\s]*(?:完|全文完)[-—–\s]*$"  # a bilingual end mark (澳门旅游局's "– End – 完")
    # a chart's data credit (日本新华侨报's "数据来源：日本出入国在留管理厅"), a press release's (PR Newswire's "消息来源：X", "SOURCE X")
    r"|(?:数据|图表|资料|消息)来源\s*[:：]|(?-i:SOURCE\s+[A-Z][\w&.,' -]{1,40}$)"
    r"|[（(][\u4e00-\u9fff·]{2,4}\s*[／/]\s*文[）)]\s*$"  # a writer's credit closing the text (新華澳報's "（黃志成／文）")
    r"|本文(?:综合|编译|整理|摘编|节选|转载)自"  # 中文先驱's "本文综合自RNZ中文、MetService": a source note
    r"|本文经.{0,30}授权(?:转载|刊登|发布)|本文由.{1,20}授权(?:转载|刊登|发布)|【加入[^】]{1,12}】|(?:新闻来源|参考资料)\s*[:：]?\s*$"
    r"|(?:上一篇|下一篇|上一页|下一页|首页|尾页|末页|返回列表|返回顶部)"
    r"|(?:Previous|Next)(?:\s+(?:post|article|story|page|lesson|episode))?\s*(?:[:：»›>]|$)"  # (not a sentence: "Next semester, the students…")
    r"|(?:页码|页次|分页|Pages)\s*[:：]|共\s*\d+\s*页|(?:Copyright|版权所有|©|\(c\))"
    r"|(?:分享到|Share to|点击|扫描二维码|关注我们)|\s*(?:\d+\s*){2,}\s*(?:下一页)?\s*$"
    r"|(?:当前位置|您的位置|你的位置|您现在的位置)|(?:时间|发布时间|日期|更新时间|发表时间)\s*[:：]"
    r"|(?:Report(?:ed)?|Words|Text|Story) by\s+[A-Z]"  # NCCS's "Report by Rev Edwin Tan, …": a credit
    r"|(?:发布日期|发布单位|发稿单位|(?:Date|Issued by|Release date)\s*:)\s*[:：]?"  # a press release's own info line set in its text (臺中市政府's "Date: … Issued by: …")
    r"|\d{4}年\d{1,2}月\d{1,2}日\s*(?:最近|最后)?更新\s*[:：]"  # BBC's "2024年5月16日最近更新：2024年5月17日"
    r"|[-=_*~]{4,}|(?:[\u4e00-\u9fff]{2,6}\s*[-–—]\s*)?(?:相关文章|相关阅读|相关新闻|相关报道|相关内容|相关热点|相关推荐|延伸阅读|发表评论|查看所有评论)\s*[:：]?$"
    r"|更多[\w\u4e00-\u9fff]{0,16}报[道导]\s*[:：]?$"  # 更多NOWnews今日新聞報導
    r"|(?:Related(?: stories| articles)?|You (?:may|might) also like|More on this(?: story| topic)?)\s*:?\s*$"
    r"|(?:相关文章|相关阅读|相关新闻)\s*[:：]?\s*Related(?:\s+[A-Za-z]+)?\s*:?\s*$"  # (VOA Story's "相关文章 Related posts:")
    r"|(?:Embed(?: share)?|Pop-out player|Direct link|Download file)\s*$"  # a media player's buttons
    r"|[\u4e00-\u9fff]{0,4}声明\s*[:：]|【[^】]{0,8}提示】"  # 平台声明：…, 【社区内容提示】…
    r"|(?:\d{1,2}:)?\d{1,2}:\d{2}(?:\s+(?:\d{1,2}:)?\d{1,2}:\d{2})*\s*$"  # a player's clock
    r"|[（(]\s*本文"  # （本文翻译：…） （本文由…提供，…编译）
    # credits with the role after the name (哈佛商业评论's "时青靖 | 译　　蒋荟蓉 | 编辑")
    r"|[\u4e00-\u9fff·]{2,8}\s*[|｜]\s*(?:译|编辑|责编|校对|审校|文)(?:\s+[\u4e00-\u9fff·]{2,8}\s*[|｜]\s*(?:译|编辑|责编|校对|审校))*\s*$"
    r"|[\u4e00-\u9fff]{2,12}摄\s*$"  # a photo's credit alone on its line (澳門新聞局's "新聞局攝")
    r"|[（(]\s*(?:参考)?译文见下一?页\s*[）)]\s*$"  # 小站's "（参考译文见下一页）": the pager's note
    r"|(?:As Prepared for Delivery|As Delivered)\s*$|[（(]\s*讲稿\s*[）)]\s*$"  # a speech's delivery note
    # a translator's credit closing a text (國語日報's "（林怡君譯）", "（英譯／Kevin Marsh）", "（編譯／周欣怡）")
    r"|[（(]\s*(?:[\u4e00-\u9fff·]{2,4}\s*译|(?:[英中]译|编译|翻译)\s*[／/:：]\s*[^）)]{2,30})\s*[）)]\s*$"
    r"|[（(]\s*(?:Header|Cover|Top|Lead|Banner) (?:image|photo)\s*:|[（(]\s*Originally published in\b"  # Sixth Tone's, nippon.com's closing picture credit
    r"|[（(]\s*(?:标题图片|题图|头图)\s*[:：]"  # nippon.com's "（标题图片：…）"
    # a block's label (【英文原文】, 参考译文：), a tab (文本 | 翻译), a gloss hint, a download link
    rf"|[-—–=~\s]*{_TAB}(?:\s*[|/·]?\s*{_TAB})*\s*[:：]?[-—–=~\s]*$"
    r"|[（(]?单词翻译\s*[:：]|下载\s*(?:MP3|mp3|音频|LRC|lrc)|.{0,20}右键.{0,12}另存为"
    r"|(?:Write to|Contact|Email|(?:Send )?Comments to)\b.{0,80}@|Copy ?edited by\b|Proofread by\b|(?:Chinese )?translation by\b|Translated by\b"
    r"|[+＋]\d{1,6}\s*$|(?:https?:)?//\S+\s*$|\d{1,3}\s*$"  # a like counter; a bare link; a page number
    r"|(?:页数|Pages?)\s*[:：]\s*(?:\d{1,3}\s*)+$"  # WordPress's page links (頁數： 1 2)
    # a paper's byline with its editor (每经's "每经记者 王一鸣 李思琪 每经编辑 陈俊杰"), its leader writer ("每经评论员 许涵")
    r"|[\u4e00-\u9fff]{0,8}记者(?:\s+[\u4e00-\u9fff·]{2,4})+\s+[\u4e00-\u9fff]{0,8}编辑(?:\s+[\u4e00-\u9fff·]{2,4})+\s*$"
    r"|[\u4e00-\u9fff]{0,8}评论员\s+[\u4e00-\u9fff·]{2,4}\s*$"
    # a WeChat account's headline plugged at the end (每经's "每经头条（nbdtoutiao）——…")
    r"|[\u4e00-\u9fff]{2,8}\s*[（(][A-Za-z][A-Za-z0-9_]{2,19}[）)]\s*[—-]{1,2}"
    r"|(?:支持[^，,。]{1,20}[，,]\s*)?请?(?:[Ff]ollow|关注|追踪|订阅|[Ll]ike|[赞讚]好)\s*我们的\s*(?:YouTube|Facebook|IG|Instagram|脸书|频道|专页)"  # 港人講地's "請Follow我們的YouTube頻道:…", 香城公民媒體's "支持…，請讚好我們的 Facebook 專頁。"
    r"|(?:FOR IMMEDIATE RELEASE|For [Ii]mmediate [Rr]elease)(?:\s*[/|｜]\s*即时[发發][布佈])?\s*$"  # a release's label on its own line (工總's "For Immediate Release / 即時發佈")
    r"|《[^》]{2,20}》\s*[（(]\s*(?:19|20)\d{2}年\d{1,2}月\d{1,2}日\s*第\s*\d{1,3}\s*版\s*[）)]\s*$"  # the print page a story ran on (《人民日报海外版》（2024年05月14日 第 06 版）)
    r"|[（(]?[^（()）]{0,12}请?点击[^（()）]{0,8}阅读原文"  # a mirror's pointer to the original ("（英文原文请点击文末“阅读原文”）")
    r"|(?:Level|级别|等级)\s*[:：]\s*HSK\s*\d(?:\s*[-–]\s*\d)?\s*$"  # a reader's level (Chinese Reading Practice's "Level: HSK 4")
    r"|(?:[\w\u4e00-\u9fff]{2,16}\s*[|｜/／、]\s*)?(?:[A-Za-z]{1,2}(?=[\u4e00-\u9fff]))?[\u4e00-\u9fff]{0,12}\+?\s*记者\s*[\u4e00-\u9fff·、]{2,13}(?:\s[\u4e00-\u9fff·]{2,4}){0,3}(?:\s*摄|\s*[／/]\s*[\u4e00-\u9fff]{2,6}报[道导])?\s*$|作者\s+[\u4e00-\u9fff·]{2,6}\s*$"  # 光明网记者 周洁 (摄), 記者林怡君／台北報導, 北京日报客户端 | 记者 孙云柯, 扬子晚报/紫牛新闻记者 陈彦
    r"|[\u4e00-\u9fff]{0,8}记者\s+[A-Z][A-Za-z]+(?:\s+[A-Z][A-Za-z]+){0,2}\s*$"  # a reporter who signs in English (香城公民媒體's "記者 Ken")
    # a shoot's credits, the role in both languages (设计周's "Photography 摄影：Ma Ke 马克", "Hair & Make-up 妆发：Ada Wu")
    r"|[A-Z][A-Za-z &-]{2,24}\s+(?:摄影|造型|妆发|化妆|发型|模特|服装|服饰|场地|美术|插画|视觉|出品|统筹|策划)\s*[:：]\s*\S.{0,30}$"
    # a byline or a sign-off inside the text: "By Anna Matteo", "I'm Anna Matteo.", "我是安娜。",
    # "Anna Matteo wrote this story for VOA Learning English. Peter Lowell was the editor."
    r"|By\s+[A-Z][\w.'’-]*(?:\s+(?:and\s+)?[A-Z][\w.'’-]*){0,4}\s*(?:/\s*Staff (?:reporter|writer)s?(?:,?\s+with\s+[A-Z][\w.]*(?:\s+[A-Z][\w.]*){0,2})?\s*)?$"
    # a signed article's byline with the writer's office (an embassy's "By Zhao Minghui, Chinese Ambassador to New Zealand")
    r"|By\s+[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3},\s+[A-Z][\w '’-]{0,40}\b(?:Ambassador|Consul(?: General)?|Correspondent|Reporter|Editor|Writer|Minister|President|Professor|Director|Chairman|Spokes(?:person|man|woman))\b[\w '’-]{0,40}$"
    # Taipei Times' "Staff writer, with CNA", "Additional reporting by AFP"
    r"|Staff (?:reporter|writer)s?(?:,?\s+with\s+[A-Z][\w.]*(?:\s+[A-Z][\w.]*){0,2})?\s*$|Additional reporting by\b"
    r"|[\u4e00-\u9fff]{2,10}(?:融媒体中心|新闻中心)\s+(?:(?:记者|通讯员)\s*)?[\u4e00-\u9fff·]{2,4}$"  # a county desk and its reporter on a line of their own (邻水县融媒体中心 周雪梅)
    r"|(?:Photos?|Images?|Video)(?:\s+(?:相片|图片|照片|影片))?\s*[:：]\s*[A-Z][\w.,/ -]{1,40}(?:\s+(?:相片|图片|照片)\s*[:：]\s*\S{1,20})?$"  # a picture's credit on its own line (劍擊總會's "Photos 相片: HKFA")
    r"|(?:Text|Words)\s*:\s*[A-Z][\w.'’ -]{1,40}(?:\s*[|｜]\s*(?:Photos?|Images?|Video)\s*:.{1,40})?$"  # 中大通訊's "Text: Jessica Leung | Photos: Keith Hui"
    r"|(?:Abridged|Adapted|Excerpted|Reprinted) from\s+[A-Z].{2,80}$"  # a reprint's origin: "Abridged from CUHK Alumni Magazine No. 95 (September 2018)"
    r"|This (?:article|piece|op-ed|commentary) (?:was (?:first )?published|first appeared|appeared) in\b"  # a reprint's note (香港中華總商會's)
    r"|[\[(（]?\s*(?:The\s+)?(?:Chinese|English) version of this (?:press release|release|article|story|statement|notice)\b[^.]{0,60}\.?\s*[\])）]?\s*$"  # HKTB's "(Chinese version of this press release will be available shortly.)"
    r"|[\[(（]\s*Translated by\b"  # a translator's note in brackets: "[Translated by Charles Wen. The original appeared in …]"
    r"|(?:19|20)\d{2}[-/.]\d{1,2}[-/.]\d{1,2}(?:\s+\d{1,2}:\d{2})?\s+(?:来源|作者|出处)\s*[:：]"  # the original's date and source line: "2024-03-06 08:34 来源：中国青年报"
    r"|(?:(?:Dr|Mr|Ms|Mrs|Prof)\.?\s+)?[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){1,3}\s*【[^】]{2,30}】\s*$"  # a signed piece's writer and office: "Dr. Raymond Lau 【Chairman】"
    r"|Media enquir(?:y|ies)\b|传媒查询\s*[:：]|媒体查询\s*[:：]"  # a press release's contact line
    r"|(?:Enquir(?:y|ies)|查询)(?:\s*查询)?\s*[:：]\s*(?:Tel\.?\s*)?[\d\s()+-]{6,}$"  # the number to call alone (龍舟總會's "Enquiries 查詢: 2504 8233")
    r"|I[’']m\s+[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3}\.?\s*$|我是[^，。]{2,12}。$"
    r"|[A-Z][\w.'’-]*(?:\s+(?:and\s+)?[A-Z][\w.'’-]*){0,5}\s+(?:wrote|reported|adapted)\s+(?:this|the)\s+story"
    # a photo caption's credit closes it: "…湿地滩涂上歇脚。[中国网 黄兴 摄]", "(Photo/Xinhua)"
    # the original headline of a reprint; a site's reminder or lead-in blurb
    # a forum's edit note, the print issue, a reprint's original, a translator's note
    r"|本帖最后由|本文发表于|本文原?(?:刊|载|刊登|刊载|发表)(?:于|在)|[（(]?原文(?:刊|载)(?:于|登|载)|译注\s*[:：]|会员专享\s*$"
    r"|[（(][^）)]{0,20}由[^）)]{1,20}提供[）)]\s*$"  # （中文翻譯由明報教育組提供）
    r"|[（(]\s*(?:记者|编译|编辑|责任编辑|责编|审校|翻译)\s*[^）)]{1,40}[）)]\s*$"  # a wire story's closing credits: (记者 陈雅婷；编辑 王大勇), 民視's （責任編輯／林欣儀）
    # a station's reporters and where from, closing the text (民視's "（民視新聞／陳怡安、王建中 花蓮報導）"), or a desk's opening it ("即時中心／黃于庭報導")
    r"|[（(]?[\u4e00-\u9fff]{2,8}(?:新闻|网|社|报|台)\s*[／/]\s*[\u4e00-\u9fff·]{2,4}(?:、[\u4e00-\u9fff·]{2,4})*\s+[\u4e00-\u9fff－-]{2,12}报[道导]\s*[）)]?\s*$"
    r"|[\u4e00-\u9fff]{2,8}(?:网|社|报|台|新闻)\s*[／/]\s*(?:综合|编译)报[道导]\s*$"  # 壹蘋's "壹蘋新聞網／綜合報導": the paper's byline alone
    # a student reporter's credit: "新加坡双小记者之友 21世纪报 李沐阳", "新加坡双小记者 陈思彤（南洋女中）", "南华中学 中三 黄可欣", "文／图：21世纪报 小记者 王诗涵"
    r"|[\u4e00-\u9fff]{2,12}之友\s+[0-9\u4e00-\u9fff]{2,8}(?:报|网|社|台)\s+[\u4e00-\u9fff·]{2,4}\s*$"
    r"|[\u4e00-\u9fff]{0,10}记者\s*[\u4e00-\u9fff·]{2,4}\s*[（(][\u4e00-\u9fff]{2,12}[）)]\s*$"
    r"|[\u4e00-\u9fff]{2,10}(?:中学|小学|女中|学校|书院)\s+[初高中小][一二三四五六]\s+[\u4e00-\u9fff·]{2,4}\s*$"
    r"|文\s*[／/]\s*图\s*[:：]"
    r"|【(?:记者|通讯员|校对|编辑|摄影|责编|审核)】\s*\S"  # 南方网's closing credits: 【记者】张晓岚, 【通讯员】…, 【校对】…
    r"|[\u4e00-\u9fff·]{2,4}\s*供稿\s*$"  # 外教社's "林晓洁 供稿"
    r"|(?:文|演讲者)\s*[／/:：]\s*(?:[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3}|[\u4e00-\u9fff·]{2,4})\s*$"  # 才華齋's "文／Clara Hensley", "演講者：Theodora Quinn"
    r"|[\u4e00-\u9fff]{2,6}(?:中心|组|部|室)\s*[／/]\s*[\u4e00-\u9fff·]{2,4}(?:、[\u4e00-\u9fff·]{2,4})*(?:\s+[\u4e00-\u9fff]{2,6})?\s*报[道导]\s*$"
    r"|[（(][\u4e00-\u9fff]{0,8}记者\s*[\u4e00-\u9fff·]{2,6}[）)]\s*$|[（(]原文为[\u4e00-\u9fff]{1,4}[）)]"  # （朝日新闻记者 佐藤美咲）, （原文为日文）
    r"|[（(]\s*(?:未完|续|全文完|待续)[^）)]{0,8}[）)]\s*$"  # （未完，接下楼） （续） （全文完）: a serial's seams
    r"|[（(]\s*(?:Continued (?:from|on) (?:page|p\.)\s*\d{1,3}|接上页|(?:接|转)第?\s*\d{1,3}\s*页)\s*[）)]\s*$"  # a page's seam: (Continued from page 1), （接上页）
    r"|[（(]?\s*原标题\s*[:：]|(?:摘要|内容提要|内容摘要)\s*[:：]|(?:温馨|特别|友情|小编|平台|本站|本网|编者|[\u4e00-\u9fff]{1,5}(?:吧|网|站|君))提醒\s*[:：]|导读\s*[:：]|【[\u4e00-\u9fff]{0,3}(?:导语|导读)】|导语\s*[:：]|编辑推荐\s*[:：]?\s*$"
    # 自媒体 furniture: a bracketed section label alone (not a paper's mark opening its text on a line of
    # its own, 都市网's 【加拿大都市网】: a dateline), "—— END ——", "编辑 | 晨读君 审核 | Lily",
    # "本文由英语晨读社整理，转载请联系授权。"
    r"|【(?![^】]{1,8}(?:网|社|报|台|新闻)】)[^】]{1,10}】\s*$|[-—=_~\s]*END[-—=_~\s]*$|(?:编辑|审核|校对|排版|责编|责任编辑)\s*[|｜]"
    r"|(?:往期推荐|往期回顾|精彩推荐|推荐阅读)\s*[:：]?\s*$|(?:阅读更多|更多阅读|Read more)\s*[:：»>›…]*\s*$"  # (a read-more embed's label)
    # a press release's end marks and issue time: "Ends/Monday, May 20, 2024", "Issued at HKT 11:45",
    # 完, 香港時間11時45分, the wire's NNNN, "-ends-", "###"
    r"|Ends\s*/|[-–—\s]*ends[-–—\s]*$|完\s*$|[（(]完[）)]\s*$|Article Index\s*$|NNNN\s*$|#{3}\s*$"
    r"|(?:Issued|Released) at\s+(?:[A-Z]{2,4}\s+)?\d{1,2}:\d{2}\s*$|[\u4e00-\u9fff]{2,4}[時时][間间]\s*\d{1,2}[時时]\d{1,2}分\s*$"
    # a broadcaster's sign-off ("以上是自由亚洲电台记者苏言的采访报道。"), a newsletter's e-mail offer,
    # a grammar note set in the text (【难句解析】…)
    r"|以上(?:是|为).{0,30}(?:报道|采访|评论)。?$|[^。]{0,20}(?:发送|订阅).{0,40}@"
    r"|【(?:难句解析|长难句|考点|语法点?|知识点|词汇解析)】"
    r"|(?:编辑|责编|责任编辑)\s*[／/]\s*[\u4e00-\u9fff·]{2,8}\s*$|文\s*[／/]\s*(?:[\u4e00-\u9fff]{2,6}\s+)?[\u4e00-\u9fff·]{2,8}\s*$|文\s*[、&]\s*(?:图|摄影)\s*[／/]\s*[\u4e00-\u9fff·]{2,8}(?:\s+[A-Z][^\u4e00-\u9fff]{0,40})?$"  # 風傳媒's 責任編輯／X, 文／X, 海生館's 文／研究員 X
    # a reporter's closing line with their e-mail: "朴智勋 记者 park.jihoon@joongang.co.kr"
    r"|[\u4e00-\u9fff·]{2,6}\s*记者\s*[\w.+-]+@[\w-]+(?:\.[\w-]+)+\s*$"
    # a magazine's credit line: 光華's "文‧林詠晴　圖‧周志偉　翻譯‧Edward Marsh", "Lin Yung-ching /photos by Chou Chih-wei /tr. by …"
    r"|文\s*[‧・·]\s*\S|[A-Z][\w'-]+(?:[ -][A-Z][\w'-]+){0,3}\s*/\s*photos? by\b"
    # a reporter's line of its own: "記者 陳怡安 / 攝影 李明哲 報導", "聯合報／記者張雅婷／台北即時報導"
    r"|(?:[\u4e00-\u9fff]{2,8}\s*[／/]?\s*)?记者\s*[\u4e00-\u9fff·]{2,4}(?:\s*[／/]\s*摄影\s*[\u4e00-\u9fff·]{2,4})?\s*[／/]?\s*[\u4e00-\u9fff]{0,6}报[道导]\s*$"
    r"|(?:编辑|责编|责任编辑|校对|审核|审校)\s+[\u4e00-\u9fff·]{2,4}(?:\s+(?:编辑|责编|责任编辑|校对|审核|审校)\s+[\u4e00-\u9fff·]{2,4})*\s*$"  # 新京报's "编辑 赵然 校对 柳宝庆", 封面新闻's "编辑 刘浩"
    r"|[\u4e00-\u9fff]{2,10}\s*[·•｜|/]\s*[A-Za-z][A-Za-z ]{2,30}$"  # a study text's bilingual label: 对话练习 · Practice dialogue
    r"|(?:Font size|字号)\s*[:：]?\s*(?:A\+\s*A-|大\s*中\s*小)"  # a font-size tool: "Font size:A+A-"
    r"|\*\s*(?:作者[为系是]|本文(?:由|经|经授权)?)"  # its closing notes: *作者為…, *本文由風傳媒編譯自…
    # a study post's reading card and credit: "难度：★★☆☆☆ ｜ 词数：236", 阅读方法：…, 本文英文部分改编自 …
    r"|[^。！？]{0,30}(?:难度|词数|建议阅读时间)\s*[:：]|阅读方法\s*[:：]|本文.{0,12}(?:改编自|编译自|译自|选自|摘自|转载自|出自)"
    # the paper's mark closing a story, （中時新聞網）, or an agency's name alone, 路透社
    r"|[（(][\u4e00-\u9fff]{2,10}(?:网|报|社|台|新闻)[）)]\s*$|[\u4e00-\u9fff]{1,3}社\s*$"
    # a credits table's role alone on its line (報導者's 文字 | 攝影 | 設計, the names linked beside);
    # a Creative Commons notice (本文僅文字內容依 CC 創用…授權條款釋出，文中照片不在此授權範圍內)
    r"|(?:文字|撰文|摄影|设计|插画|美术|绘图|美术设计|视觉设计)\s*$|.{0,20}(?:CC\s*创用|创用\s*CC).{0,40}授权|文中(?:照片|图片)不在此授权范围"
    # a repost's origin and a site's complaint address and app promo under the text (虎嗅: 本文来自微信公众号：…,
    # 如对本稿件有异议或投诉，请联系…, 正在改变与想要改变世界的人，都在 虎嗅APP); 出品｜ and 头图｜ credits
    r"|(?:本文|文章)来自(?:微信)?公众号|[如若]对本(?:稿件|文)有异议|.{0,30}都在\s*\S{1,10}APP\s*$|(?:出品|头图|题图)\s*[|｜:：]"
    # an edition's note naming its original (報導者's "This story was originally published in Chinese: 中文版")
    r"|(?:This|The) (?:story|article|report) was (?:originally|first) published in\b"
    # a translator's starred note (豆瓣's "＊英文为…练习材料，译文为本人练习，欢迎指正。"); a dated correction note
    r"|※\s*\S.{0,80}$|＊(?=[^＊]{0,40}(?:译文|翻译|练习|指正)).{0,80}$|(?:更新|修正|更正)\s*[（(][^）)]{4,20}[）)]\s*[:：]"
    # an archive card's lines and an editor's note (中国数字时代's "CDT 档案卡", 发表日期：…, 主题归类：…, CDS收藏：…,
    # 版权说明：…, "CDT编辑注：…"), a donation prompt (【支持CDT】…)
    r"|[A-Z]{2,5}\s*档案卡\s*$|(?:发表日期|主题归类|[A-Z]{2,5}收藏|版权说明)\s*[:：]|(?:[A-Z]{2,5}\s*)?编辑注\s*[:：]|【支持[^】]{1,10}】"
    # a site's hidden copy of the page's address (大纪元's p.hidden_url "本文网址: …")
    r"|本文(?:网址|链接|地址)\s*[:：]\s*https?://"
    # a partner's byline as its own line (寰宇雙語報編譯黃柏翰／綜合外電報導) and its closing promo (更多雙語新聞請見…官網)
    r"|[\u4e00-\u9fff]{2,10}编译[\u4e00-\u9fff·]{2,4}\s*[／/]\s*[\u4e00-\u9fff]{2,8}报[导道]\s*$|更多.{0,20}请(?:见|至|上).{0,20}(?:官网|网站)"
    # a magazine's credit line with more than one role (今日中国's "文｜本刊记者 林晓岚 图｜周明", "文｜〔英国〕马克·霍尔 译｜郑岚")
    r"|文\s*[|｜]\s*\S.{0,30}?\s(?:图|译|摄影|摄)\s*[|｜]"
    # a membership appeal's lines (立場新聞's "立場新聞需要你的支持", "…成為 MyStand 會員，每月 $100 起，支持我們…")
    r"|.{0,12}需要你的支持\s*[!！]?\s*$|.{0,30}成为.{0,20}会员.{0,30}支持我们"
    # a paper's reporter line with the desk before it (21世纪经济报道's "南方财经 21世纪经济报道记者 陈思琪 广州报道")
    r"|[\w\u4e00-\u9fff ]{0,24}记者\s*[\u4e00-\u9fff·]{2,4}(?:[,，、][\u4e00-\u9fff·]{2,4})*\s+[\u4e00-\u9fff]{2,6}报[道导]\s*$"
    # a compiler's closing mark (英语网's "（英语网整理）"), a series' table-of-contents label (…汇总文章导航)
    r"|[（(][\u4e00-\u9fff]{2,10}(?:整理|编辑|编译)[）)]\s*$|.{0,30}文章导航\s*$"
    # a series' promo line (大纪元's "─── 点阅【英语学习】系列文章 ───")
    r"|[─—-]*\s*(?:点阅|点击阅读|阅读更多).{0,20}系列(?:文章|报道)"
    # a translation's show/hide button and its hint (英语周报's "显示/隐藏中文译文　建议先独立阅读英文，再对照译文。")
    r"|(?:显示|隐藏|展开|收起)(?:\s*[/／|]\s*(?:显示|隐藏|展开|收起))?\s*(?:中文)?(?:译文|翻译)"
    # the US foreign-agent disclosure closing a distributed paper's page (星島's 本材料由…司法部獲得)
    r"|本材料由.{1,80}(?:代表|发布).{0,60}司法部|This material is distributed by\b.{1,120}\bon behalf of\b"
    r"|[-–—·\s]*广告[-–—·\s]*$|订阅.{0,20}(?:电邮|邮件)(?:简报|快讯)?"  # an ad slot's label; a newsletter sign-up
    r"|(?:本文)?最后(?:更新|修改|编辑)(?:于|时间)|[（(]\s*(?:\d{1,2}月\d{1,2}日)?\s*(?:更新|修正|更正)\s*[:：]|推荐下载\s*[:：]|(?:类别|分类|栏目|所属栏目|频道)\s*[:：]\s*\S{1,12}\s*$"  # an app promo; a section's label line
    r"|[（(]\s*(?:[\u4e00-\u9fff]{2,10}供稿\s*)?(?:(?:文|图|摄影|视频|编辑|责编|审核|审校|校对|终审|初审|复审|撰稿|美编)\s*[/／:：]\s*[^\s（）()/／]{1,12}\s*){1,6}[）)]\s*$"  # 北外新闻网's "（文/王敏 图/校记者团 编辑/周可）"
    r"|本文由.{1,20}(?:整理|编译|翻译|原创|编辑)|(?:[\u4e00-\u9fff]{0,6}(?:编译|撰文)|文)\s*[|｜/]\s*[\u4e00-\u9fff·、 ]{2,16}\s*$",
    re.I,
)
#: A photo caption's credit closes it: "…湿地滩涂上歇脚。[中国网 黄兴 摄]", "(Photo/Xinhua)",
#: "（图片来源：视觉中国）". Searched in a line's last characters only.
_CREDIT_END = zh_re(
    r"[（(][^）)]{0,40}制图\s*[:：][^）)]{1,20}[）)]\s*$|"  # a chart's caption: "…重量（資料來源：外垵海岸觀察隊；製圖：黃思齊）"
    r"[\[（(【]\s*(?:[^\]）)】]{0,24}\s)?(?:摄|供图|图|Photo(?:/[^\]）)】]{0,20})?)\s*[\]）)】]\s*$"
    r"|[\[（(【]\s*(?:图片来源|图源|图片|Photo|Image)\s*[:：][^\]）)】]{1,24}[\]）)】]\s*$"
    r"|[。.]\s*图片\s*[:：][^。]{1,30}$"  # a picture's credit closing its caption (香港人力資源管理學會's "…簡報會。圖片：香港人力資源管理學會")
    # an agency's credit after a slash: "…Shaanxi Province. /CGTN", "(Cover: … /CFP)"
    # Taiwan's: "（示意圖，路透檔案照）", "（取自網路）", "（記者王小明翻攝）"
    r"|[（(][^）)]{0,20}(?:档案照|资料照|示意图|取自网[络路]|翻摄|截图)[^）)]{0,12}[）)]\s*$|[（(][\u4e00-\u9fff·]{2,8}摄影?[）)]\s*$"  # （陳柏勳攝）, （莊育誠攝影）
    r"|\((?:video|photo|image)s? by [^)]{2,40}\)\s*$"  # 光華's "(video by Chuang Yu-cheng)"
    r"|^\([^()]{0,40}\btranslated by [^()]{2,40}\)\s*$"  # Taipei Times' "(Liberty Times, translated by Eddy Chang)"
    r"|^[（(]\s*[^（()）]{0,12}记者[^（()）]{2,24}报(?:导|道)\s*[）)]\s*$"  # its Chinese credit "（自由時報記者吳柏軒／台北報導）"
    r"|\s/\s?[A-Z][A-Za-z]{1,15}\)?\s*$|\s(?:Photo|Video|Image|Graphic)s?\s*:\s*[A-Z][\w./ -]{1,30}$"  # "… Photo: VCG"
)
#: Furniture phrases that may stand anywhere in a (short) line.
_NOISE_ANYWHERE = both_forms((
    "all rights reserved", "本文仅供", "转载请注明", "评论加载中",
    "edited for length and clarity", "edited and condensed for clarity", "condensed and edited for clarity",  # an interview's editor's note
    "仅供英语学习者参考", "本文中英对照", "中英文同时发布", "中英文同步发布", "译本仅供参考", "translation is for reference only", "根据现场录音整理", "照片来源", "欢迎各界投书", "来稿请寄", "译文尚在编辑", "translation of this story is still being", "is available in chinese only", "is available in english only",  # (蛐蛐英语's note over a reposted bilingual story; 上報's call for submissions)
    # an audio/video player's messages
    "no media source currently available", "browser does not support", "浏览器不支持",
    "update your browser", "flash plugin",
    # a call to comment
    "in the comments section", "tell us in the comments", "欢迎在评论区",
    # a portal's reprint notice
    "不得转载", "不代表平台观点",
    # how to show a translation ("将鼠标移到英文句子上即可查看中文翻译")
    "将鼠标移到", "鼠标悬停",
    # a paywall's prompts where the text stops (日经中文网's 会员专享)
    "敬请登录", "请免费注册", "会员，请登录", "订阅后继续阅读",
    # a site's copyright notice in its footer (中新网's 未经授权禁止转载…, 务经书面授权)
    "网友评论仅供", "评论列表",  # (a comment box's header: DedeCMS's "评论列表（网友评论仅供网友表达个人看法…）")
    "禁止转载", "严禁转载", "书面授权", "禁止进行转载", "未经许可，禁止",  # (四川新闻网's "…未经许可，禁止进行转载、摘编…")
    # an ad's "continue reading" prompt (Taipei Times' hidden p.before_ir, ETtoday's)
    "继续往下阅读",
    # a paywall's prompts (風傳媒's 本篇為風傳媒會員限定內容, 訂閱…即可閱讀完整)
    "会员限定", "即可阅读完整",
    # (天下's p.paywall__label 訂戶獨享, 本篇文章為《天下雜誌》訂戶專屬內容, 無限暢讀; its p.paywall-fade is text)
    "订户独享", "订户专属", "无限畅读",
    # a blog platform's notices under every post (简书's 著作权归作者所有…)
    "著作权归作者所有", "仅提供信息存储服务",
    # a study text's note on who wrote it ("…由01教育編輯部撰寫，僅供學習參考。")
    "仅供学习参考",
))


#: "Follow our WeChat account" promotions, anywhere in a short line.
_PROMO = zh_re(r"(?i:加入\s*line\s*好友|download (?:our|the) app|下载.{0,16}(?:app|应用程序|客户端))|(?:[:：]|>>+|》》|»)\s*(?:按此|立即|点此|点击)[\u4e00-\u9fff]{1,4}\s*$|(?:搜索|扫码|扫描|长按|微信|点击上方|点击).{0,12}关注|关注.{0,20}(?:公众号|微信号|微博)|转载请联系|下载\s*APP|欢迎(?:搜寻|搜索|订阅)|^[—-]*\s*关注我[，,]|点击进入.{0,16}(?:>>|»|›)\s*$")  # (233网校's "…，点击进入六级题库>>")
#: A line of symbols only (▼, ↓↓↓, 🌿🌿🌿), or a short one opening with a pictograph (🎧 建议先…):
#: decoration and prompts of self-media posts, never text.
#: A count right after the app a promo names: a report of downloads (…国家反诈中心App1.3万余次), no invitation.
_TALLY = re.compile(r"\s*\d[\d.,]*\s*[万亿]?[余多]?(?:次|人|户|台|个)")
#: Someone helped to the download a promo asks for: a report (民警还现场指导群众下载安装…APP), no invitation.
_HELPED = re.compile(r"(?:指导|帮助|引导|协助|动员|教会|带领)\S{0,6}下载")
_NO_WORDS = re.compile(r"^[^\w\u4e00-\u9fff]*$")
_CROSSHEAD_MARK = re.compile(r"^[◇◆]\s*[\u4e00-\u9fff]{4}")  # 朝鲜日报's "◇比例代表议席成最大争点": a crosshead, no prompt
_PICTOGRAPH = re.compile(r"^[\u2190-\u21ff\u25a0-\u27bf\U0001F000-\U0001FAFF]")


#: A letter's sign-off, over the signer's lines in the same paragraph ("Best regards,<br>Human
#: Resources Section<br>Office of Administration"), or under them ("行政部人力資源處<br>謹啟").
_SIGN_OFF_OVER = re.compile(r"^(?:(?:Best|Kind|Warm|Warmest)\s+)?(?:regards|wishes)\s*,?$|^(?:Yours\s+)?(?:sincerely|faithfully)\s*,?$", re.I)
_SIGN_OFF_UNDER = zh_re(r"^(?:谨启|敬启|谨上|启)$")
#: A letter's closing line over its signer's name and offices, one per line in the same paragraph
#: (NCCS's "Yours in His service,<br>Bishop Anthony Loh<br>Vice-President, …", "祝圣诞蒙福<br>苏立忠会正（博士）<br>…").
_VALEDICTION = zh_re(r"^(?!Dear\b)[A-Z][^.!?:;]{0,38},$|^(?:祝|敬祝|顺祝|顺颂|谨祝|恭祝|此致|在主里|主内|愿主)[\u4e00-\u9fff，]{0,12}$")
_SIGNER_LINE_END = re.compile(r"[。!?！？；;:：]|\.$")
#: How a signer found in the text is handed to the byline reader with the credits.
SIGNED_BY = "Signed by: "
#: An association signing its statement (the source, not text): "Hong Kong Journalists Association",
#: 香港乒乓總會's right-aligned sign-off under its notice.
ORG_SIGNATURE = zh_re(r"^(?:The\s+)?(?:[A-Z][\w&'-]*\s+){1,6}(?:Association|Society|Federation|Union|Council|Chamber of Commerce)$"
                      r"|^[\u4e00-\u9fff]{2,16}(?:[总總]会|协会|学会|商会|联合会|基金会|公会)$")  # (总 and 總: not in the script table)
_RIGHT_ALIGNED = re.compile(r"^right$|text-align\s*:\s*right", re.I)


#: A byline alone on the first line of its paragraph, the writer's post on the lines under it.
_BYLINE_OVER_POST = re.compile(r"^By\s+[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,4}$")


def _no_sentences(lines: list[str], width: int) -> bool:
    """Short lines (a name, an office) that are no sentences."""
    return all(len(line) <= width and not _SIGNER_LINE_END.search(line) for line in lines)


def _post_lines(lines: list[str]) -> bool:
    """The byline opens its paragraph and one or two short lines that are no sentences follow."""
    return 2 <= len(lines) <= 3 and _no_sentences(lines[1:], 80)


def signature(lines: list[str]) -> str | None:
    """The signer of a paragraph that is a letter's signature block: a closing line, then two
    or more short lines (a name, then offices) that are no sentences."""
    if len(lines) < 3 or not _VALEDICTION.match(lines[0]) or not _no_sentences(lines[1:], 60):
        return None
    return lines[1]
_SENTENCE_MARK = re.compile(r"[。，,.!?！？；;]")


def is_noise_line(text: str) -> bool:
    """Credits, copyright, pager, prev/next, info and share lines: furniture even inside the text."""
    if _NOISE_START.match(text) or DESK_TIME_LINE.match(text) or WIRE_CREDIT.match(text) or (len(text) <= 20 and MEDIA_CREDIT.match(text)):  # anchored: cheap on long paragraphs
        return True
    if len(text) > 300:
        return False
    if _CREDIT_END.search(text, max(0, len(text) - 48)):
        return True
    low = text.lower()
    if _NO_WORDS.match(text) or (len(text) <= 60 and _PICTOGRAPH.match(text) and not _CROSSHEAD_MARK.match(text)):
        return True
    return any(phrase in low for phrase in _NOISE_ANYWHERE) or (
        len(text) <= 80 and (promo := _PROMO.search(text)) is not None and not _TALLY.match(text, promo.end())
        and not _HELPED.search(text, max(0, promo.start() - 10), promo.start() + 2))


#: Elements that box a glossary in: it ends where they end. A glossary heading set straight
#: in the text runs to the end of the text.
_BOXES = frozenset({"blockquote", "table", "ul", "ol", "dl", "aside", "figure"})
#: A glossary's label, or a dictionary entry marked by its part of speech or a dot.
_GLOSSARY_MARKED = (
    r"^[\U0001F300-\U0001FAFF\u2600-\u27bf]?\s*[【\[]?\s*(?:长难句(?:解析|分析)?|难句解析|考点解析|阅读理解|课后练习|参考答案|相关词汇|重点词汇|今日词汇|字词解析|(?:英文|英语)(?:点|怎么|怎样)(?:讲|说)好?\s*[?？]|新闻辞典|辞典|词典|(?:重点)?(?:单字|单词|生词)[\u4e00-\u9fff]{0,4}|生字表?|重点表达|重点短语|词语解说|词语解释|词汇积累|词汇|字汇|字彙|詞彙|词汇表|词汇解析|词汇学习|词汇讲解|单词学习|重点单词|生词|语言点|单词|参考例句|例句|"
    r"答案及解析|答案解析|试题解析|Questions?|参考资料|参考文献|References|注释|注解|Notes?|Vocabulary|Glossary|Key (?:words|vocabulary|phrases)|Words(?: in This Story| to know)?|Word bank)\s*[】\]]?\s*[:：]?"
    r"(?:\s*[/|]?\s*(?:Vocabulary|Glossary|Key words|Words|词汇表?|Reading Comprehension|Exercises?|References)\s*[:：]?)?\s*[】\]]?\s*$"  # 词汇表 Glossary, 阅读理解 Reading Comprehension
    # a dictionary entry: part of speech, then the definition (adj.配备家具的；v.布置), also
    # after a label on its line ("今日词汇：landfill n. 垃圾填埋场；…")
    # (LiveABC's "facial expression (n. phr.) 臉部表情": the part of speech in brackets)
    r"|^(?:[^:：]{1,8}[:：]\s*)?(?:[A-Za-z][A-Za-z -]{0,30}\s+)?(?:n|v|vt|vi|adj|adv|prep|conj|pron|num|int|abbr|phr)\.\s*[\u4e00-\u9fff（(]"
    r"|^[A-Za-z][A-Za-z' -]{0,30}\s+\((?:n|v|vt|vi|adj|adv|prep|conj|pron|num|int|abbr|phr)\.(?:\s*phr\.)?\)\s*[\u4e00-\u9fff]"
    r"|^(?:词汇|生词|重点词汇|Vocabulary)(?:\s*[/|]?\s*(?:Vocabulary|词汇))?\s*[:：]\s*[A-Za-z][A-Za-z' -]{0,30}\s*[\u4e00-\u9fff]"  # (a label, then entries: "词汇 Vocabulary：edition 版本；salon 沙龙")
    r"|^新闻辞典\s+[A-Za-z]"  # (自由時報's "新聞辭典 curfew：名詞，宵禁…" on one line)
    # entries set on one line, each after a dot (國語日報's "˙hatch 孵化　˙track 足跡；爬痕")
    r"|^[˙·•]\s*[A-Za-z][A-Za-z' -]{0,30}\s+[\u4e00-\u9fff]"
)
#: A bare entry: a term of up to four English words, then its Chinese gloss (relic 遗物；遗迹).
_BARE_ENTRY = (
    r"^(?-i:(?![A-Z]{2,6}(?:\s|[\u4e00-\u9fff])))[A-Za-z][A-Za-z'’-]*(?:\s+[A-Za-z'’-]+){0,3}\s*[\u4e00-\u9fff][\u4e00-\u9fff；;，,、（）()…]{0,15}$"  # (not an acronym's label: 中国数字时代's "CDT 档案卡", 數位時代's section "AI與大數據")
)
#: A glossary or vocabulary list: everything after it is study material, not the article.
GLOSSARY = zh_re(_GLOSSARY_MARKED + "|" + _BARE_ENTRY, re.I)
_MARKED_GLOSSARY = zh_re(_GLOSSARY_MARKED, re.I)
_BARE_GLOSSARY = zh_re(_BARE_ENTRY, re.I)
#: The wire a story came from, alone in brackets under it (Taipei Times' "(AFP)"): a credit.
WIRE_CREDIT = zh_re(r"^[（(]\s*(?P<v>AFP|AP|Reuters|Bloomberg|Xinhua|Kyodo|CNA|AAP|dpa|Agencies|[\u4e00-\u9fff]{2,3}社)\s*[）)]$")
_PICTURE_BOX = re.compile(r"img|pic|photo|image", re.I)
_CAPTION_HINT = re.compile(r"caption|pic|img|photo|image|media|tu|desc|note", re.I)  # (Sputnik's div.media > div.media__title)


@dataclass
class Paragraph:
    text: str
    lang: str  # "en", "zh", "mixed" or "ja" (left out of both bodies)
    element: etree._Element


#: Hiragana and katakana: Japanese, which shares the CJK ideographs with Chinese.
_KANA = re.compile(r"[\u3040-\u30ff]")


#: A run of Latin words: a name (Dulwich Hill), or an English sentence.
_LATIN_WORDS = re.compile(r"[A-Za-z][\w'’.&-]*(?:\s+[A-Za-z][\w'’.&-]*)*")


def _names_in_chinese(text: str) -> bool:
    """Chinese prose naming places or people in Latin letters ("…包括Marrickville、Dulwich Hill、
    Campsie…"): every Latin run is a short capitalised name, however many letters they add up to."""
    runs = _LATIN_WORDS.findall(text)
    return bool(runs) and all(len(words := run.split()) <= 3 and all(w[0].isupper() for w in words) for run in runs)


@lru_cache(maxsize=1024)  # the same block is judged by the container search and the cleaner
def language_of(text: str) -> str:
    if len(_KANA.findall(text)) >= 3:
        return "ja"  # Japanese (光華's hidden 日本語 panel): neither body, never paired
    cjk, latin = script_counts(text)
    if cjk == 0 and latin == 0:
        return "mixed"
    share = cjk * CJK_WEIGHT / (cjk * CJK_WEIGHT + latin)
    # (a short Chinese line opening on Chinese and naming a company: "关于Lumora Health")
    if share >= 0.5 or ((cjk >= 10 or (cjk >= 2 and "\u4e00" <= text[0] <= "\u9fff")) and _names_in_chinese(text)):
        return "zh"
    if share <= 0.1:
        return "en"
    if share < 0.5 and (bare := _CJK_GLOSS.sub("", text)) != text and language_of(bare) == "en":
        return "en"  # English naming places in Chinese as it goes ("Fengkou (風口) and the Yushan Main Peak (玉山主峰)")
    return "mixed"


#: A Chinese name glossed in brackets inside an English sentence.
_CJK_GLOSS = re.compile(r"\s?[（(][\u4e00-\u9fff·]{1,12}[）)]")


def find_container(body: etree._Element, page_blocks: list[Block],
                   headline: etree._Element | None = None) -> etree._Element | None:
    """``page_blocks``: the body read with furniture marked (BlockReader ``"mark"``);
    ``headline``: the page's headline element, when known."""
    # Only prose counts: menus, labels and info lines are short, and would pull the
    # container up towards the page's furniture. Nor does prose above the headline: a site's
    # tagline in its top bar is not the article's (英语巴士's "免费英语学习门户，…").
    if headline is not None:
        if (twin := _twin_above(headline)) is not None:
            headline = twin
        own = set(headline.iter())
        start = next((i for i, b in enumerate(page_blocks) if b.owner in own), 0)
        # (from the headline's second copy a few lines on: 數位時代 sets it once for phones, once for desktops)
        words = normalise_space(headline.text_content())
        start = max((i for i in range(start + 1, min(start + 8, len(page_blocks)))
                     if page_blocks[i].owner.tag in ("h1", "h2") and page_blocks[i].text == words), default=start)
        page_blocks = [b for b in page_blocks[start:] if b.text != words]  # (nor does the headline weigh as text)
    # (nor a box set apart by its label: 新浪公开课's div.speaker "演讲者简介" under the transcript)
    asides = [box for b in page_blocks if (box := _aside_box(b)) is not None]
    blocks = [
        b for b in page_blocks
        if not (asides and any(within(b.owner, box) for box in asides)) and not b.furniture and b.link_density <= LINK_DENSE and weight(b.text) >= PROSE_WEIGHT and not is_noise_line(b.text)
        and not _is_standfirst(b.owner) and not SUMMARY_LINE.match(b.text)  # (a standfirst under the headline, DW's p.teaser-text, is not the text)
    ]
    acc: dict[etree._Element, float] = defaultdict(float)
    acc_lang: dict[tuple[etree._Element, str], float] = defaultdict(float)
    totals: dict[str, float] = defaultdict(float)
    total = 0.0
    for block in blocks:
        w = weight(block.text)
        # Only sentences keep a language whole: a welcome banner or a menu line has none.
        lang = language_of(block.text) if _SENTENCE.search(block.text) else "banner"
        total += w
        totals[lang] += w
        for el in (block.owner, *iter_ancestors(block.owner)):
            acc[el] += w
            acc_lang[el, lang] += w
    if total < MIN_TEXT:  # no running text at all: an empty article or a bare page
        return None
    whole = [lang for lang in ("en", "zh") if totals[lang] >= LANGUAGE_SHARE * total]

    def holds(el: etree._Element) -> bool:
        return acc[el] >= CONTAINER_SHARE * total and all(
            acc_lang[el, lang] >= 0.8 * totals[lang] for lang in whole
        )

    current = body
    while True:
        nxt = next((c for c in current if isinstance(c.tag, str) and holds(c)), None)
        if nxt is None:
            break
        current = nxt
    # the text split in two boxes, the rest shown on a click (明報's #upper and #lower): their
    # parent, when it holds no headline and a share of the prose the lower box lacks
    parent = current.getparent()
    if parent is not None and current.get("id") and current.get("id") in hidden_ids(body.getroottree().getroot()) and any(
        isinstance(s.tag, str) and acc[s] > 0 for s in current.itersiblings(preceding=True)
    ):
        current = parent
    if current is body and total < SCATTERED_TEXT:
        return None  # a little prose spread over the whole page is furniture, not an article
    # the site's own schema.org mark a step or two up names the whole text: the densest box
    # may be its second part (民視's article[itemprop=articleBody] > #preface, ad, #newscontent)
    for up, _ in zip(iter_ancestors(current), range(2)):
        if up.get("itemprop") == "articleBody" and up.find(".//h1") is None:
            return up
    return current


def _headed_by(box: etree._Element, label: etree._Element) -> bool:
    """A box of its own that the glossary's label heads (英语学习网's div.ciyu > p "重点词汇" under
    each item of a digest): the glossary ends where it ends."""
    if box is label or box.tag not in ("div", "section") or len(box) < 2:
        return False
    first = next((c for c in box if isinstance(c.tag, str)), None)
    return first is not None and (first is label or (within(label, first) and len(first) <= 2))


def _in_third_language(el: etree._Element) -> bool:
    """Marked as written in a language neither body holds (MPU's div.release-pt lang="pt" after
    the Chinese and English releases): the nearest lang attribute decides."""
    for node in (el, *iter_ancestors(el)):
        if node.tag in ("body", "html"):
            return False  # (the page's own lang is often a template's default: not a box's language)
        lang = node.get("lang") or node.get("{http://www.w3.org/XML/1998/namespace}lang")
        if lang:
            return lang.split("-")[0].lower() not in ("en", "zh", "und", "")
    return False


def _twin_above(headline: etree._Element) -> etree._Element | None:
    """The Chinese headline of a release printed in two languages one after the other, when the
    page's headline is the English one below it (MPU's div.release-zh > h1 over div.release-en > h2):
    the text starts under the first."""
    words = normalise_space(headline.text_content())
    if language_of(words) != "en":
        return None
    box = headline.getparent()
    if box is None:
        return None
    for sibling in box.itersiblings(preceding=True):
        if not isinstance(sibling.tag, str):
            continue
        heading = next(sibling.iter("h1", "h2"), None)
        if heading is not None and heading.tag <= headline.tag and language_of(normalise_space(heading.text_content())) == "zh":
            return heading
    return None


def is_caption(block: Block, previous: Block | None, after_caption: bool = False) -> bool:
    """A photo's caption: in a figure, beside the image, or a short centred line right under
    it (``after_caption``: the second line of a caption in two languages)."""
    owner = block.owner
    if owner.tag in ("figcaption", "caption") or "caption" in tokens(owner) or in_figure(owner):
        return True
    if block.has_img:
        return len(block.text) < 200
    if previous is not None and ((previous.has_img and not previous.text) or after_caption) and len(block.text) < 200:
        if not previous.has_img and owner.tag in ("h2", "h3", "h4"):
            return False  # a crosshead after a caption, not its second line (奇速英语's centred h3 pair)
        if owner.getparent() is previous.owner and normalise_space(previous.owner.text_content()) == block.text:
            return True  # the picture's own box holds it and this line alone (百家号's hashed class names)
        if any("caption" in tokens(e) and normalise_space(e.text_content()) == block.text for e in owner.iterdescendants()):
            return True  # the line is an inline element named so (hk01's span.img-caption after the picture's box)
        if after_caption and owner is previous.owner and len(owner.text_content()) < 300:
            return True  # the caption's next line after a <br> (Taipei Times' "…<br>Photo: Chien Jung-fong, Taipei Times")
        hints = f"{owner.get('class', '')} {owner.get('id', '')} {owner.get('align', '')} {owner.get('style', '')}"
        if previous.has_img and (box := owner.getparent()) is not None and within(previous.owner, box) and (
                previous.owner is not box or _PICTURE_BOX.search(box.get("class", ""))):
            hints += f" {box.get('class', '')}"  # the box holding the picture and the line (Taipei Times' div.imgboxa > img + h1)
        return bool(_CAPTION_HINT.search(hints) or "center" in hints.lower())
    return False


def in_picture_box(el: etree._Element) -> bool:
    """Within a small box, named for a picture, that holds one (CHP's div.photo > img + span.credit)."""
    for box, _ in zip((el, *iter_ancestors(el)), range(3)):
        if _PICTURE_BOX.search(box.get("class", "")) and box.find(".//img") is not None and len(box.text_content()) < 300:
            return True
    return False


def blocks_within(page_blocks: list[Block], inside: set[etree._Element]) -> list[Block]:
    """The text blocks of the container whose elements are ``inside``, taken from the page's
    walk instead of a second one."""
    return [b for b in page_blocks if not b.furniture and b.owner in inside]


#: A dek under the headline (Sixth Tone's div.index_summary): the story told short, not its text.
_STANDFIRST = frozenset({"summary", "standfirst", "dek", "teaser", "chapo", "chapeau", "lead", "abstract", "excerpt"})  # (chapô: RFI's, Le Monde's)


def _is_standfirst(el: etree._Element) -> bool:
    """Named so itself or by the box it sits in (Drupal's ``div.field--name-field-news-story-lead
    > div.field-content > p``), or a sentence set as a heading right under the headline (Taipei
    Times' ``<h1>…</h1><h2><font class="red">REUSABLE DEPOSIT:</font> Customers at …</h2>``)."""
    if el.tag in ("h2", "h3") and len(el.text_content()) >= 60 and _under_headline(el):
        return True
    if "subtitle" in tokens(el) and any(s.tag == "h1" for s, _ in zip(el.itersiblings(preceding=True), range(2))):
        return True  # a subtitle a step or two under the headline (cloudnative.to's p.page-subtitle), not an intertitle
    parent = el.getparent()
    grand = parent.getparent() if parent is not None else None
    # a list of key points one level deeper (多维's div.summary > ul > li > p)
    listed = grand.getparent() if grand is not None and grand.tag in ("ul", "ol") else None
    # (not Drupal's body field, "field--name-body field--type-text-with-summary": a body that may have one)
    return any(e is not None and (names := tokens(e)) & _STANDFIRST and "body" not in names for e in (el, parent, grand, listed))


#: A summary labelled as one under the headline (新浪公开课's p.txt "课程简介：…"): not the text.
SUMMARY_LINE = zh_re(r"^(?:课程简介|内容简介|内容提要|节目简介|视频简介|(?:本期|本文)?导读)\s*[:：]")


def _under_headline(el: etree._Element) -> bool:
    """Set right under the headline: only its info line, share buttons and ad slots between
    (Taipei Times' h1, ul.as date line, div.sh, an empty ad div, then the h2 standfirst), no paragraph."""
    for prev, _ in zip(el.itersiblings(preceding=True), range(6)):
        if not isinstance(prev.tag, str):
            continue
        if prev.tag == "h1":
            return True
        if prev.tag in ("p", "h2", "h3") or prev.find(".//p") is not None or len(normalise_space(prev.text_content())) > 80:
            return False
    return False


_TRANSLATION_MARK = zh_re(r"^[▲△►▶]\s*(?:中译|译文|参考译文)\s*[:：]\s*(?=\S)")
_TRANSLATION_PREFIX = zh_re(r"^[【\[](?:译文|参考译文|中文翻译|翻译)[】\]]\s*(?=\S)")
#: The label of a box set apart from the text: a summary (导读, ABC's Key points) or a box of
#: facts (星洲's div.info-box 小知识, 報導者's 名詞解釋).
_ASIDE_LABEL = zh_re(r"^[【\[]?(?:(?:文章|本文)?导读|导语|内容提要|要点|Key points|小知识|小贴士|名词解释|背景资料|背景知识|(?:演讲者|讲者|作者)简介|About the (?:speaker|author))[】\]]?\s*[:：]?$", re.I)


def _aside_box(block: Block) -> etree._Element | None:
    """The short box an aside's label heads, when ``block`` is that label."""
    if _ASIDE_LABEL.match(block.text) and (box := block.owner.getparent()) is not None and len(box.text_content()) < 300:
        return box
    return None


#: Class words of a note set under a sentence to teach its words.
_STUDY_NOTE = frozenset({"vocab", "vocabulary", "glossary", "wordnote"})
_TITLE_WORDS = frozenset({"title", "heading", "head", "hd"})


def _bold_heading(block: Block) -> bool:
    """A short bold line without a sentence end: a headline, where a caption would be plain."""
    text = block.text
    long = len(text) > 40 if re.search(r"[\u4e00-\u9fff]", text) else len(text.split()) > 16  # (an English one in words)
    if long or any(mark in text for mark in "。！？；") or text[-1] in ".!?":
        return False
    return any(el.tag in ("strong", "b") and normalise_space(el.text_content()) == text for el in block.owner.iter())


#: A capitalised heading of a few English words, then its Chinese ("How they work 工作原理"):
#: shaped like a bare glossary entry, but a crosshead when prose follows it.
_PAIRED_CROSSHEAD = re.compile(r"^[A-Z][a-z'’]*(?:\s+[A-Za-z'’-]+){1,3}\s*[\u4e00-\u9fff]{2,8}$")


def _crosshead_over_prose(text: str, following: list[Block]) -> bool:
    """A bilingual crosshead, not a glossary's first entry: the next line is a sentence of text."""
    if not _PAIRED_CROSSHEAD.match(text):
        return False
    nxt = next((b.text for b in following if b.text), "")
    return len(nxt) >= 60 and bool(re.search(r"[A-Za-z]{2}[.!?]\s", nxt + " ")) and not GLOSSARY.match(nxt)


def _opens_glossary(block: Block, following: list[Block]) -> bool:
    """A glossary's label or first entry. A bare entry's shape ("Lumora Health的手持眼底相机…")
    counts only outside a picture's caption and when no prose follows it as under a crosshead."""
    if _MARKED_GLOSSARY.match(block.text):
        return True
    if not _BARE_GLOSSARY.match(block.text) or re.search(r"caption|pic|img|photo", block.owner.get("class") or "", re.I) \
            or _NOISE_START.match(block.text):  # (nor a language tab's label: "English Version 英文版")
        return False
    return not _crosshead_over_prose(block.text, following)


def _heads_a_list(el: etree._Element) -> bool:
    """A glossary heading followed by its entries as a list: the box is their parent."""
    nxt = el.getnext()
    return nxt is not None and nxt.tag in ("ul", "ol", "dl", "table")


def paragraphs(
    blocks: list[Block], skip: set[str] = frozenset(), credits: list[str] | None = None,
) -> list[Paragraph]:
    """Clean paragraphs of a container's blocks, in order; ``skip`` holds texts to leave out
    (headlines). Credit lines left out are appended to ``credits`` (they name the source)."""
    out: list[Paragraph] = []
    previous: Block | None = None
    glossary = False
    scope: etree._Element | None = None  # the box a glossary stands in, when it has one
    lead_box: etree._Element | None = None  # a 导读 box: its label and its summary
    signed_off: etree._Element | None = None  # a paragraph a letter's sign-off opened: the signer's lines
    caption_before = False
    prior: Block | None = None  # the block read just before this one
    last_kept: Block | None = None  # the block of the last paragraph kept
    widths: dict[etree._Element, int] | None = None  # the fixed line width of a hard-wrapped element, read once needed
    lines_by_owner: dict[etree._Element, list[str]] = {}  # each paragraph's lines, for a block that opens one
    for block in blocks:
        if block.text:
            lines_by_owner.setdefault(block.owner, []).append(block.text)
    for at, block in enumerate(blocks):
        before, prior = prior, block
        text = block.text
        if glossary and TRANSLATION_LABEL.match(text):
            glossary = False  # the translation follows the English text's glossary (51VOA)
        if glossary and scope is not None and not within(block.owner, scope):
            glossary = False  # out of the glossary's box (a 今日词汇 blockquote before the text)
        if lead_box is not None and within(block.owner, lead_box):
            continue
        if _TRANSCRIPT_LABEL.match(text) and len(out) <= 2 and all(p.lang == "zh" for p in out):
            out.clear()  # the lesson's Chinese intro stood before its 文字稿 / "Vocabulary: …" line (BBC Learning English)
            continue
        if (box := _aside_box(block)) is not None:
            lead_box = box  # WeChat's 导读 box above the text: a summary, not the article; a facts box beside it
            continue
        if not glossary and (names := tokens(block.owner)) & _STUDY_NOTE and not names & _TITLE_WORDS:
            continue  # a sentence's own study note (FUNDAY's <p class="vocab">switch off關掉</p>), not a glossary's p.vocab-title
        if not glossary and _opens_glossary(block, blocks[at + 1:at + 4]):
            glossary = True
            scope = next((a for a in (block.owner, *iter_ancestors(block.owner)) if a.tag in _BOXES or _headed_by(a, block.owner)), None)
            if scope is None and _heads_a_list(block.owner):  # <div><div>Words to know</div><ul>…</ul></div>
                scope = block.owner.getparent()
        if glossary:  # study material from here on; only credit lines still matter
            if credits is not None and is_noise_line(text) and len(text) <= 100:
                credits.append(text)
            continue
        # (a promo under a picture is no caption, and the line after it no caption's second line)
        caption = is_caption(block, previous, after_caption=caption_before) and not (
            text and ((is_noise_line(text) and not _CREDIT_END.search(text, max(0, len(text) - 48))) or _bold_heading(block))
        )  # (nor a bold headline under the cover picture: WeChat's Chinese headline)
        caption_before = caption
        previous = block
        if not text or caption or text in skip or _is_standfirst(block.owner) or SUMMARY_LINE.match(text) or (
                _in_third_language(block.owner) and language_of(text) != "zh"):
            continue
        if label := _TRANSLATION_MARK.match(text):  # 大纪元's "▲中译：…": the label, not the text (a ▲ line is no prompt)
            text = text[label.end():]
        opens = signed_off is not block.owner and (own := lines_by_owner.get(block.owner)) is not None and own[0] == text
        if _SIGN_OFF_OVER.match(text):
            signed_off = block.owner  # the signer's lines follow in this paragraph
        elif opens and _BYLINE_OVER_POST.match(text) and _post_lines(own):
            signed_off = block.owner  # the writer's post under their byline ("By Lam Wing-yan<br>Convenor, …"): a credit
        elif opens and (signer := signature(own)):
            signed_off = block.owner  # a signature block: credits, and the signer is the writer
            if credits is not None:
                credits.append(SIGNED_BY + signer)
        signed_under, dated = bool(_SIGN_OFF_UNDER.match(text)), dates.is_date_line(text)
        if signed_under or (dated and len(text) <= 40):
            # the signer's lines above it in this paragraph ("行政部人力資源處<br>謹啟"; "Hong Kong
            # Journalists Association<br>香港記者協會<br>June 12, 2024": a name, then the day it signed)
            while out and out[-1].element is block.owner and len(out[-1].text) <= 60 and not _SENTENCE_MARK.search(out[-1].text):
                signer = out.pop()
                if credits is not None:
                    credits.append(signer.text)
        right_signed = ORG_SIGNATURE.match(text) is not None and bool(
            _RIGHT_ALIGNED.search(block.owner.get("align") or "") or _RIGHT_ALIGNED.search(block.owner.get("style") or ""))
        if block.owner is signed_off or signed_under or right_signed or block.link_density > LINK_DENSE or is_noise_line(text) or dated:
            if credits is not None and len(text) <= 200 and not in_picture_box(block.owner):  # a date or credit line: info, not text
                credits.append(text)  # (a picture's own "Source: …" credits the picture, not the article)
            continue
        if is_pinyin(text):
            continue  # a reading aid under a Chinese line (TutorMandarin's grey pinyin), neither language's text
        text = _strip_boilerplate(text)
        if credit := _TRAILING_MEDIA_CREDIT.search(text):
            if credits is not None:
                credits.append(credit[0].strip())
            text = text[:credit.start()].rstrip()
        if label := _TRANSLATION_PREFIX.match(text):  # 【译文】几十年来，…: the label, not the text
            text = text[label.end():]
        lead = LEAD_IN.match(text)
        if lead:  # 【环球网报道 记者 王晨】, 【文/马克·霍利斯 译/观察者网 陈思远】: a credit before the text
            if credits is not None:
                credits.append(lead[0].strip())
            text = text[lead.end():]
            if not text:
                continue
        lang = language_of(text)
        if before is last_kept and out and out[-1].element is block.owner and out[-1].lang == lang == "en":
            if widths is None:
                widths = _wrap_widths(blocks)
            if _wrapped_on(last_kept.text, text, widths.get(block.owner)):
                out[-1] = Paragraph(text=f"{out[-1].text} {text}", lang="en", element=block.owner)
                last_kept = block
                continue
        out.append(Paragraph(text=text, lang=lang, element=block.owner))
        last_kept = block
    # the text's closing lines set wholly in italics are the site's notes (SBS's "SBS 中文以…提供…新闻与资讯")
    while len(out) > 2 and _wholly_italic(out[-1]):
        if credits is not None:
            credits.append(out.pop().text)
        else:
            out.pop()
    return _without_repeats(_without_pull_quotes(out))


_SYLLABLE = re.compile(r"[a-zA-ZüÜāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜĀÁǍÀĒÉĚÈĪÍǏÌŌÓǑÒŪÚǓÙ]+")
_TONE_MARK = re.compile(r"[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜĀÁǍÀĒÉĚÈĪÍǏÌŌÓǑÒŪÚǓÙ]")


def is_pinyin(text: str) -> bool:
    """Chinese written in pinyin: most of its syllables carry a tone mark ("tái běi jié yùn gōng
    sī jīn tiān xuān bù"); an English line with a café in it does not."""
    words = _SYLLABLE.findall(text)
    return len(words) >= 4 and 5 * sum(1 for w in words if _TONE_MARK.search(w)) >= 2 * len(words)


#: Where an English line may end a paragraph: a sentence's close, a quote's or a bracket's.
_LINE_END = re.compile(r"[.!?;:\"'”’)\]…]\s*$")


def _wrap_widths(blocks: list[Block]) -> dict[etree._Element, int]:
    """The line width of each element whose English lines were cut by ``<br>`` at a fixed
    width, as a typed transcript is (ICRT's, at 76): three or more lines within a word of the
    longest, and that no longer than a terminal's line. Elements with no such width are absent."""
    lines: dict[etree._Element, list[int]] = {}
    for block in blocks:
        if block.text.isascii() and " " in block.text:  # words, not a rule of dashes
            lines.setdefault(block.owner, []).append(len(block.text))
    out = {}
    for owner, lengths in lines.items():
        width = max(lengths)
        if 50 <= width <= 100 and sum(1 for n in lengths if n >= width - 12) >= 3:
            out[owner] = width
    return out


def _wrapped_on(line: str, text: str, width: int | None) -> bool:
    """``text`` goes on the paragraph whose last line is ``line``: the line was cut at the
    element's fixed width, mid-sentence or where the next word would not fit ("…beaks that look
    like<br>spoons. Every…"). A short line, a verse, a headline, stays a line of its own."""
    if width is None or len(line) < width - 24 or not (text[:1].isascii() and text[:1].isalnum()):
        return False
    return not _LINE_END.search(line) or len(line) + 1 + len(text.split(" ", 1)[0]) > width


def _without_pull_quotes(out: list[Paragraph]) -> list[Paragraph]:
    """A quote set large that repeats a sentence of the text (報導者's <blockquote> and the <cite>
    under it) is the page's design, not more text."""
    pulled: list[Paragraph] = []
    for i, p in enumerate(out):
        quote = next((a for a in (p.element, *iter_ancestors(p.element)) if a.tag == "blockquote" or "quote" in tokens(a)), None)
        core = p.text.strip("“”\"「」『』‘’' ")  # (網易公開課's <blockquote>“一座回收工厂就是…矿山。”</blockquote>: the sentence in quotes)
        core = core.rstrip(".,;!?。，；！？").rstrip("“”\"「」『』‘’' ")  # (the China Post's "…healthily.” quoting "…healthily,” she said")
        if quote is None or p in pulled or len(core) < 10 or not any(core in q.text for q in out if q is not p and q.element is not p.element):
            continue
        pulled.append(p)
        while (box := quote.getparent()) is not None and (box.tag == "blockquote" or "quote" in tokens(box)):
            quote = box  # (Sputnik's div.article__quote around its quote-text and quote-info)
        pulled += [q for q in out[i + 1:] if within(q.element, quote)]  # who said it, in the quote's box
        after = out[i + 1] if i + 1 < len(out) else None
        cite = quote.getnext()
        if after is not None and cite is not None and cite.tag in ("cite", "figcaption") and after.text == normalise_space(cite.text_content()):
            pulled.append(after)  # who said it
    return [p for p in out if p not in pulled] if pulled else out


def _without_repeats(out: list[Paragraph]) -> list[Paragraph]:
    """A hidden tab repeating paragraphs the page already shows (VOA英语网's display:none
    "English only" tab under the bilingual text) adds nothing: its repeats are dropped."""
    hidden = [_in_hidden_tab(p.element) for p in out]
    shown = {p.text for p, h in zip(out, hidden) if not h}
    kept = [p for p, h in zip(out, hidden) if not (h and p.text in shown)]
    return kept if len(kept) < len(out) else out


def _in_hidden_tab(el: etree._Element) -> bool:
    return any(_DISPLAY_NONE.search(a.get("style") or "") for a in (el, *iter_ancestors(el)))


_DISPLAY_NONE = re.compile(r"display\s*:\s*none", re.I)


def _wholly_italic(p: Paragraph) -> bool:
    kids = [c for c in p.element if isinstance(c.tag, str)]
    return len(kids) == 1 and kids[0].tag in ("i", "em") and not (p.element.text or "").strip() \
        and not (kids[0].tail or "").strip() and normalise_space(kids[0].text_content()) == p.text
