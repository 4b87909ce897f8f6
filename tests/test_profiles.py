"""Site profiles: what each one adds over the generic rules."""

import json

from newscrawler.extract import extract_page
from newscrawler.extract.profiles.eudic import PROFILE as EUDIC
from tests.conftest import html

EN = ["In parts of Southeast Asia, planting rice has long been slow and tiring work for farmers and their families.",
      "Now some farmers are testing a faster way: small drones fly low over the fields and drop seeds in straight rows."]
ZH = [["在东南亚部分地区，", "种植水稻一直是缓慢而累人的工作。"], ["如今，一些农民正在试验一种更快的方法。"]]


def eudic_page(translation: list[list[str]]) -> str:
    sentences = [{"order": i + 1, "text": t} for i, para in enumerate(translation) for t in para]
    script = f"var translate = {json.dumps({'translation': sentences, 'has_translation': True}, ensure_ascii=False)};"
    paras = "".join(f'<p class="paragraph"><span class="sentence">{t}</span></p>' for t in EN)
    return f"""<html><head><title>Drones Plant Rice</title><script>{script}</script></head><body>
    <h1>Drones Plant Rice in Southeast Asia</h1><div id="article"><div class="article">{paras}</div></div></body></html>"""


def test_eudic_translation_drawn_by_script_is_paired_with_its_paragraphs():
    url = "https://dict.eudic.net/webting/desktopplay?id=1b77c0e9-f9a4-11ef-9b2e-00505686c5e6"
    result = extract_page(html(eudic_page(ZH), url=url), EUDIC)
    assert result.fields["pairs"] == [{"en": EN[0], "zh": "".join(ZH[0])}, {"en": EN[1], "zh": ZH[1][0]}]
    assert result.rules["body_zh"] == "profile eudic: translation drawn by script"
    # one paragraph short: not trusted, the page stays English
    assert extract_page(html(eudic_page(ZH[:1]), url=url), EUDIC).fields["paragraphs_zh"] == []


def test_kyodo_times_are_japan_time():
    from newscrawler.extract.profiles.kyodo import PROFILE as KYODO
    prose = "据多名日本政府相关人士20日透露，政府计划从2025年度起扩充向地方自治体派遣防灾专员的制度，以弥补人手不足。"
    ld = '<script type="application/ld+json">{"@type": "NewsArticle", "datePublished": "2024-05-20T15:30:00"}</script>'
    body = f"""<html><head><title>详讯：日本政府拟扩充防灾专员派遣制度</title>{ld}</head><body><h1>详讯：日本政府拟扩充防灾专员派遣制度</h1>
    <p class="credit">共同社 - 2024年 5月 20日 - 15:30</p><div class="article-body"><p>{prose}</p><p>{prose}</p></div></body></html>"""
    result = extract_page(html(body, url="https://china.kyodonews.net/news/2024/05/3f9a2c71d04e-2025.html"), KYODO)
    assert result.fields["published"] == "2024-05-20T15:30:00+09:00"


def test_asahi_times_are_japan_time():
    from newscrawler.extract.profiles.asahizh import PROFILE as ASAHI
    prose = "日本各地的浮世绘修复师正在减少，东京一家工房的老师傅二十年来坚持用传统技法修复江户时代的版画。"
    body = f"""<html><head><title>浮世绘修复师的二十年</title></head><body><h1>浮世绘修复师的二十年</h1>
    <p class="LastUpdated">2024年05月19日 07:45</p><div class="ArticleText"><p>{prose}</p><p>{prose}</p></div></body></html>"""
    result = extract_page(html(body, url="https://asahichinese-j.com/cool_japan/style_culture/AJ202405190012.html"), ASAHI)
    assert result.fields["published"] == "2024-05-19T07:45:00+09:00"


def test_weibos_module_parameter_is_tracking_there_only():
    from newscrawler.extract.profiles.weibo import PROFILE as WEIBO
    from newscrawler.urls import clean_url, tracking_params
    url = "https://weibo.com/ttarticle/p/show?id=2309404309347781953604&mod=zwenzhang"
    assert clean_url(url, WEIBO.tracking_params) == "https://weibo.com/ttarticle/p/show?id=2309404309347781953604"
    assert tracking_params(url, WEIBO.tracking_params) == ["mod"]
    assert clean_url("https://bbs.example.com/forum.php?mod=viewthread&tid=7") == "https://bbs.example.com/forum.php?mod=viewthread&tid=7"


def test_singsian_times_are_thailand_time():
    from newscrawler.extract.profiles.singsian import PROFILE as SINGSIAN
    # 星暹日报 shows only the day ("一月 12, 2021"); its Yoast stamp 2021-01-12T03:25:41+00:00 is 10:25:41 in Bangkok
    zh = "".join(f"<p>曼谷市政府11日宣布，2021年耀华力路春节庆典将于2月11日至13日举行，届时周边部分路段将实施交通管制{i}。</p>" for i in range(3))
    body = f"""<html><head><title>耀华力路春节庆典下月登场 - 星暹日报</title><meta property="article:published_time" content="2021-01-12T03:25:41+00:00"></head>
    <body><h1>耀华力路春节庆典下月登场</h1><div class="post-meta"><span class="post-date">一月 12, 2021</span></div><div class="content-detail">{zh}</div></body></html>"""
    result = extract_page(html(body, url="https://www.singsianyerpao.com/archives/245871"), SINGSIAN)
    assert result.fields["published"] == "2021-01-12T10:25:41+07:00"
