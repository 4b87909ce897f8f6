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


def test_a_headline_in_both_languages_on_one_line_is_split():
    body = f"""<html><head><title>Hangzhou Tests Driverless Street Sweepers</title></head><body>
    <div class="title_viewbox"><h2>Hangzhou Tests Driverless Street Sweepers 杭州试用无人驾驶扫地车</h2></div>
    <div class="text"><p>{PROSE}</p><p>{PROSE}again.</p><p>{PROSE}and again.</p></div></body></html>"""
    fields = extract_page(html(body)).fields
    assert (fields["title"], fields["title_zh"]) == ("Hangzhou Tests Driverless Street Sweepers", "杭州试用无人驾驶扫地车")


def test_the_chinese_headline_opening_the_translation_block():
    zh = ["蜜蜂以摇摆舞闻名，这是一系列动作，可以告诉其他蜜蜂去哪里寻找食物。", "一项研究说，年轻的蜜蜂通过观察年长的蜜蜂而进步。"]
    body = f"""<html><head><title>Young Honeybees Learn Their Dance From Older Bees</title></head><body>
    <h1>Young Honeybees Learn Their Dance From Older Bees</h1><div id="zoom"><p>{PROSE}</p><p>{PROSE}again.</p>
    <p style="text-align: center;"><strong>年轻蜜蜂向年长蜜蜂学习舞蹈</strong></p><p>{zh[0]}</p><p>{zh[1]}</p></div></body></html>"""
    fields = extract_page(html(body)).fields
    assert fields["title_zh"] == "年轻蜜蜂向年长蜜蜂学习舞蹈"
    assert fields["paragraphs_zh"] == zh


def test_breadcrumb_links_in_list_items_and_a_camel_case_class():
    crumb = ('<ul class="article-breadCrumb-list"><li class="article-breadCrumb"><a href="/news/china">中国</a></li>'
             '<li class="article-breadCrumb"><a href="/news/china-rt">中国实时报</a></li></ul>')
    assert extract_page(html(article(crumb))).fields["category"] == "中国实时报"


def test_the_source_ends_where_the_next_label_starts():
    info = '<div class="info"><small>时间:</small>2015-11-11 10:20<small>来源:</small>新华网 <small>提供网友:</small><a href="/u">tingroom</a></div>'
    page = article().replace("</h1>", "</h1>" + info)
    assert extract_page(html(page)).fields["source"] == "新华网"
    # spans on their own lines run together (a line break between CJK is no space): 责任编辑 ends it
    info = ('<div class="info"><span>2019-06-18 10:21:37</span>\n<span>来源：参考消息网</span>\n'
            '<span>责任编辑：刘洋</span></div>')
    assert extract_page(html(article().replace("</h1>", "</h1>" + info))).fields["source"] == "参考消息网"


def test_a_byline_element_and_a_section_link_in_the_info_line():
    info = ('<div class="mini-info-and-share"><ul><li><div class="date" data-datetime="2015年 3月 10日">2015年 3月 10日</div></li>'
            '<li><span class="section-desc off-screen">分类 </span><a class="mini-info-list__section" href="/elt">媒体英语</a></li></ul>'
            '<div class="byline"><span class="byline__name">Harriet Ellison</span><span class="byline__title">BBC 环境记者</span></div></div>')
    fields = extract_page(html(article().replace("</h1>", "</h1>" + info))).fields
    assert (fields["category"], fields["author"], fields["published"]) == ("媒体英语", "Harriet Ellison", "2015-03-10")


def test_a_headline_inside_a_link_is_another_storys():
    popular = ('<div class="most-popular"><a href="/story/1"><span class="list-item__headline">'
               'Young Honeybees Learn Their Dance From Older Bees 年轻蜜蜂向年长蜜蜂学习舞蹈</span></a></div>')
    page = article().replace("<title>Young Honeybees Learn Their Dance From Older Bees</title>",
                             "<title>Young Honeybees Learn Their Dance From Older Bees 年轻蜜蜂向年长蜜蜂学习舞蹈</title>")
    page = page.replace("</h1>", "</h1><h2>年轻蜜蜂向年长蜜蜂学习舞蹈</h2>").replace("</body>", popular + "</body>")
    fields = extract_page(html(page)).fields
    assert (fields["title"], fields["title_zh"]) == ("Young Honeybees Learn Their Dance From Older Bees", "年轻蜜蜂向年长蜜蜂学习舞蹈")


def test_a_chinese_only_headline_is_title_and_title_zh():
    zh = "伦敦两条自行车超级高速路获批建设"
    page = article().replace("Young Honeybees Learn Their Dance From Older Bees", zh)
    fields = extract_page(html(page)).fields
    assert (fields["title"], fields["title_zh"]) == (zh, zh)


def test_a_bracketed_section_before_a_headline_in_both_languages():
    page = article().replace(
        "<h1>Young Honeybees Learn Their Dance From Older Bees</h1>",
        "<h1>【双语新闻】Young Honeybees Learn Their Dance From Older Bees 年轻蜜蜂向年长蜜蜂学习舞蹈</h1>")
    fields = extract_page(html(page)).fields
    assert (fields["title"], fields["title_zh"], fields["category"]) == (
        "Young Honeybees Learn Their Dance From Older Bees", "年轻蜜蜂向年长蜜蜂学习舞蹈", "双语新闻")


def test_a_centred_english_headline_opening_the_text_under_a_chinese_h1():
    body = f"""<html><head><title>年轻蜜蜂向年长蜜蜂学习舞蹈_普特英语听力网</title></head><body>
    <h1>年轻蜜蜂向年长蜜蜂学习舞蹈</h1><div class="content">
    <p align="center">Young Honeybees Learn Their Dance From Older Bees</p><p>{PROSE}</p><p>{PROSE}again.</p>
    <p>{PROSE}and again.</p></div></body></html>"""
    fields = extract_page(html(body)).fields
    assert (fields["title"], fields["title_zh"]) == ("Young Honeybees Learn Their Dance From Older Bees", "年轻蜜蜂向年长蜜蜂学习舞蹈")
    assert fields["paragraphs_en"][0] == PROSE.strip()


def test_a_report_link_in_the_headline_the_original_title_linked_off_site_and_the_original_source():
    body = f"""<html><head><title>译言网 | 船越造越大，利润越来越薄</title></head><body>
    <h1>船越造越大，利润越来越薄 <span class="edit"><a href="javascript:void(0)">举报</a></span></h1>
    <div class="y_article_orig_title">原文：<a href="http://www.economist.com/news/business/2164">Bigger ships, thinner margins</a></div>
    <div class="content"><p>{PROSE}</p><p>{PROSE}again.</p></div>
    <div class="sidebar"><ul><li>原文来源：<a href="http://www.economist.com/news/business/2164">The Economist</a></li></ul></div></body></html>"""
    fields = extract_page(html(body, url="https://article.yeeyan.org/view/402117/451790")).fields
    assert (fields["title"], fields["title_zh"], fields["source"]) == (
        "Bigger ships, thinner margins", "船越造越大，利润越来越薄", "The Economist")


def test_a_named_section_link_in_the_head_row_and_a_source_before_the_date():
    head = ('<div class="head-top"><a class="column-label" href="/tag/keji/">科技</a>'
            '<span class="column-from">爱词霸专栏 · 双语时事</span></div>')
    meta = '<div class="meta"><span class="source">来源：新华网</span> <time datetime="2018-06-10">2018-06-10</time></div>'
    fields = extract_page(html(article(head).replace("</h1>", "</h1>" + meta))).fields
    assert (fields["category"], fields["source"], fields["published"]) == ("科技", "新华网", "2018-06-10")


def test_a_meta_author_the_page_credits_as_editor_is_not_the_author():
    info = '<div class="info">发布时间：2019-06-19 09:12:05 来源：新华网 责任编辑：王珊</div>'
    page = article(head='<meta name="author" content="王珊">').replace("</h1>", "</h1>" + info)
    assert extract_page(html(page)).fields["author"] is None


def test_a_headline_in_a_header_named_block_a_site_suffix_and_a_dateline_source():
    body = f"""<html><head><title>Three panda cubs make public debut in Chengdu-新华网</title></head><body>
    <div class="header"><a class="net-logo" href="/"><img src="logo.png"></a><div class="h-news">
    <div class="h-title">Three panda cubs make public debut in Chengdu</div>
    <div class="h-info"><span class="h-time"> 2019-06-17 16:05:12</span> <span>来源：<em id="source"></em></span></div></div></div>
    <div id="p-detail"><p>CHENGDU, June 17 (Xinhua) -- {PROSE}</p><p>{PROSE}again.</p><div class="zan-i">+1</div>
    <p>https://vodpub1.v.news.cn/original/20190617/2f8c1a0e.mp4</p></div></body></html>"""
    fields = extract_page(html(body)).fields
    assert (fields["title"], fields["published"], fields["source"]) == (
        "Three panda cubs make public debut in Chengdu", "2019-06-17T16:05:12+08:00", "Xinhua")
    assert len(fields["paragraphs_en"]) == 2
    untitled = body.replace('<div class="h-title">Three panda cubs make public debut in Chengdu</div>', "")
    untitled = untitled.replace("</p><div", f"</p><p>{PROSE}and again.</p><div")
    assert extract_page(html(untitled)).fields["title"] == "Three panda cubs make public debut in Chengdu"


def test_a_bracketed_lead_in_is_a_credit_that_names_the_reporter():
    zh = "“五一”假期前夕，景德镇老窑区周边的小巷里已是游人如织，越来越多的人专程来学习如何制作瓷器。"
    page = article().replace(f"<p>{PROSE}again.</p>", f"<p>{PROSE}again.</p><p>【环球网报道 记者 王晨】{zh}</p>")
    fields = extract_page(html(page)).fields
    assert (fields["paragraphs_zh"], fields["author"]) == ([zh], "王晨")


def test_a_numeric_meta_author_is_a_user_id_and_the_author_element_names_the_author():
    page = article(head='<meta name="author" content="105127">').replace(
        "</h1>", '</h1><div class="author cf">杜若溪</div>')
    assert extract_page(html(page)).fields["author"] == "杜若溪"


def test_an_author_before_the_date_a_source_line_a_note_under_the_headline_and_notes():
    info = '<div class="adwenzi">作者：林晓&nbsp;&nbsp;&nbsp;&nbsp;于2019-07-17 08:40发布&nbsp;&nbsp;阅读：2410次</div>'
    page = article().replace("</h1>", "</h1><div class='tip'>【本文为英文原文阅读，文中带编号的词语见文末注释】</div>" + info)
    page = page.replace("again.</p>", "again.</p><p>本文来源：中国青年报</p><p>Notes:</p><p>[1] seedling: a very young plant 秧苗</p>")
    fields = extract_page(html(page)).fields
    assert (fields["author"], fields["source"], fields["title_zh"]) == ("林晓", "中国青年报", None)
    assert fields["paragraphs_en"] == [PROSE.strip(), PROSE + "again."] and fields["paragraphs_zh"] == []
    assert fields["published"] == "2019-07-17T08:40:00+08:00"


def test_a_headline_in_two_languages_split_by_a_bar():
    page = article().replace("<h1>Young Honeybees Learn Their Dance From Older Bees</h1>",
                             "<h1>Young Honeybees Learn Their Dance From Older Bees | 年轻蜜蜂向年长蜜蜂学习舞蹈</h1>")
    fields = extract_page(html(page)).fields
    assert (fields["title"], fields["title_zh"]) == ("Young Honeybees Learn Their Dance From Older Bees", "年轻蜜蜂向年长蜜蜂学习舞蹈")


def test_an_account_card_names_the_author_and_a_media_name_is_the_source():
    card = ('<div class="user-info"><div class="user-pic"><a href="/p"><img src="a.jpg"></a></div>'
            '<h4><a href="/p">英语晨读社</a></h4><dl class="user-num"><dd>1263文章</dd></dl></div>')
    assert extract_page(html(article(card))).fields["author"] == "英语晨读社"
    info = ('<div class="date-source"><span class="date">2019年06月24日 09:15</span>'
            '<a href="https://edu.sina.com.cn/" class="source ent-source">新浪教育</a></div>')
    page = article(head='<meta name="article:author" content="新浪教育">').replace("</h1>", "</h1>" + info)
    fields = extract_page(html(page)).fields
    assert (fields["source"], fields["author"]) == ("新浪教育", None)


def test_a_post_by_the_sites_house_account_gives_the_site_as_source():
    # 香城公民媒體: WordPress's author link names the site itself; a reporter's own login names no source
    def by(name, login):
        byline = f'<div class="td-post-author-name">By <a href="https://hkcm.example/author/{login}/">{name}</a></div>'
        page = article(byline, head='<meta property="og:site_name" content="香城公民媒體">')
        return extract_page(html(page.replace("Older Bees</title>", "Older Bees | 香城公民媒體</title>"))).fields
    assert by("香城公民媒體 Hong Kong Citizen Media", "hkcitizenmedia2019")["source"] == "香城公民媒體 Hong Kong Citizen Media"
    assert by("Ken", "ken")["source"] is None


def test_a_desks_timed_byline_wechats_writer_span_a_papers_dispatch_and_an_empty_author_label():
    def fields(before_h1="", text_first="", head=""):
        page = article(before_h1, head).replace('<div class="text">', f'<div class="text"><p>{text_first}</p>')
        return extract_page(html(page)).fields
    # MoneyDJ: the desk, its time and the reporter (or the desk that issued it) opening the text
    assert (lambda f: (f["author"], f["source"]))(fields(text_first="MoneyDJ新聞 2026-11-26 13:52:18 記者 王怡茹 報導")) == ("王怡茹", "MoneyDJ新聞")
    assert (lambda f: (f["author"], f["source"]))(fields(text_first="MoneyDJ新聞 2026-11-25 16:20:07 新聞中心 發佈")) == (None, "MoneyDJ新聞")
    # WeChat: the writer in a plain span after the date, not the account's nickname (nor a source)
    wechat = ('<div id="meta_content" class="rich_media_meta_list"><em id="post-date" class="rich_media_meta rich_media_meta_text">2018-06-12</em>'
              '<span class="rich_media_meta rich_media_meta_text">陈思远</span>'
              '<a class="rich_media_meta rich_media_meta_link rich_media_meta_nickname" id="post-user" href="/account/w">外刊双语精读</a></div>')
    f = fields(wechat, head='<meta property="article:author" content="外刊双语精读">')
    assert (f["author"], f["source"]) == ("陈思远", None)
    # a paper's own dispatch in 【】 opening the text: the paper (明報's 【明報專訊】)
    assert fields(text_first="【明報專訊】多倫多市府周二公布住宅空置稅修訂方案。")["source"] == "明報"
    # an empty 作者 label before the view counter names nobody (VSB's "作者：　浏览次数：")
    assert fields('<div class="arti-metas">发布时间：2025-05-08　作者：　浏览次数：<span>12</span></div>')["author"] is None


def test_the_english_headline_under_a_chinese_one_that_the_title_carries_is_the_title():
    # 中国宁波网's 双语宁波: div.heading in Chinese, div.subheading in English, <title> with both
    zh, en = "宁波汤圆走俏海外市场", "Ningbo Tangyuan Wins Fans in Overseas Markets"
    page = f"""<html><head><title>{zh} {en}-新闻中心-中国宁波网</title></head><body><h1 class="heading">{zh}</h1>
    <div class="subheading">{en}</div><div id="Zoom"><p>{"今年以来，宁波汤圆出口订单持续增长，产品远销欧美和东南亚等地区。" * 3}</p><p>{"据介绍，当地企业还推出了多种新口味，受到海外华人和外国消费者的欢迎。" * 3}</p></div></body></html>"""
    fields = extract_page(html(page)).fields
    assert (fields["title"], fields["title_zh"]) == (en, zh)


def test_a_sites_own_reporter_in_the_dateline_and_a_desk_after_a_label():
    def fields(text_first):
        return extract_page(html(article().replace('<div class="text">', f'<div class="text"><p>{text_first}</p>'))).fields
    # 多彩贵州网讯（本网记者 吴思 杨婷）: the site's reporters
    assert fields("多彩贵州网讯（本网记者 吴思 杨婷）6月12日，记者从贵阳市获悉，今年以来全市新增就业岗位2万个。")["author"] == "吴思 杨婷"
    # （編譯：EPT 美語編輯部）: a desk, no person
    assert fields("（編譯：EPT 美語編輯部）")["author"] is None


def test_a_dated_dateline_an_info_line_run_into_its_share_bar_and_a_closing_media_credit():
    def fields(text_first="", before_h1="", text_last=""):
        page = article(before_h1).replace('<div class="text">', f'<div class="text"><p>{text_first}</p>').replace("again.</p>", f"again.</p><p>{text_last}</p>")
        return extract_page(html(page)).fields
    # 每日甘肃网11月24日讯（甘肃日报记者 王朝霞）: the day before 讯, the reporter's paper before 记者
    assert fields("每日甘肃网11月24日讯（甘肃日报记者 王朝霞）记者从省住房和城乡建设厅获悉，今冬明春将实施农村改造。")["author"] == "王朝霞"
    # 东北网's info line: the share bar's 微信 微博 run on after the names (a line break between CJK)
    info = '<div class="info">2026-11-20 14:08　来源：牡丹江日报　作者：孙静怡 李卫东\n<span class="fx"><a href="#">微信</a> <a href="#">微博</a></span></div>'
    assert fields(before_h1=info)["author"] == "孙静怡 李卫东"
    # 中国台湾网: （中国台湾网 李杰） closing the text names the reporter
    f = fields(text_last="（中国台湾网 李杰）")
    assert f["author"] == "李杰" and "李杰" not in (f.get("body_zh") or "")


def test_a_source_in_brackets_before_the_text():
    page = article().replace('<div class="text">', '<div class="text"><p>（来源：中国日报网）</p>')
    assert extract_page(html(page)).fields["source"] == "中国日报网"


def test_the_publication_time_in_a_script_state_and_a_byline_link_naming_an_account():
    state = '<script>window.DATA = {"title": "x", "pubtime": "2019-06-18 10:33:45", "media": "每日英语早读"};</script>'
    page = article(head=state).replace("</h1>", '</h1><a class="author" href="/omn/author/5214637"><div>每日英语早读</div></a>')
    fields = extract_page(html(page)).fields
    assert (fields["published"], fields["author"]) == ("2019-06-18T10:33:45+08:00", "每日英语早读")


def test_an_action_button_in_the_breadcrumb_and_a_source_before_a_location():
    crumb = ('<div class="post_crumb"><a href="/">网易首页</a> &gt; <a href="/dy/">网易号</a> &gt; 正文'
             ' <a class="post_crumb_apply" href="/apply">申请入驻</a></div>')
    info = '<div class="post_info">2023-05-16 07:45:12　来源: <a href="/dy/media/T15.html">英语学习笔记</a> 北京 举报</div>'
    page = article(crumb).replace("</h1>", "</h1>" + info)
    fields = extract_page(html(page)).fields
    assert (fields["category"], fields["source"], fields["author"]) == ("网易号", "英语学习笔记", None)


def test_an_empty_author_field_names_nobody():
    info = '<div class="info">作者： 点击：1862 时间：2016-05-12</div>'
    assert extract_page(html(article().replace("</h1>", "</h1>" + info))).fields["author"] is None


def test_css_module_names_a_bar_prefix_and_a_source_with_its_section():
    crumb = ('<div class="index_breadcrumbs_3Yd3H"><a href="//www.ifeng.com/">凤凰网首页</a><span>&gt;</span>'
             '<a href="//edu.ifeng.com/">教育</a></div>')
    info = ('<div class="index_timeBref_20hzr"><a href="javascript:;">2024年05月20日 18:05:12</a></div>'
            '<div class="index_sourceTitleText_wlTy-"><a rel="medianame" href="https://cn.chinadaily.com.cn/">中国日报网</a></div>')
    page = article(crumb).replace("<h1>Young Honeybees Learn Their Dance From Older Bees</h1>",
                                  "<h1>双语新闻丨年轻蜜蜂向年长蜜蜂学习舞蹈</h1>" + info)
    fields = extract_page(html(page)).fields
    assert (fields["title_zh"], fields["source"], fields["published"]) == (
        "年轻蜜蜂向年长蜜蜂学习舞蹈", "中国日报网", "2024-05-20T18:05:12+08:00")
    staff = ('<div>澎湃新闻记者 林晓雯</div><div><span>2023-06-19 10:33</span>'
             '<span>来源：<a href="/list_26916">澎湃新闻∙双语阅读</a><span>&gt;</span></span></div>')
    fields = extract_page(html(article().replace("</h1>", "</h1>" + staff))).fields
    assert (fields["author"], fields["source"], fields["category"]) == ("林晓雯", "澎湃新闻", "双语阅读")


def test_a_breadcrumb_row_holding_the_trail_and_a_nav_beside_it():
    crumb = ('<div class="blkBreadcrumb"><div class="blkBreadcrumbLink"><a href="/">新浪首页</a> &gt; '
             '<a href="/en/">英语</a> &gt; <a href="/en/cet/">四六级</a> &gt; 正文</div>'
             '<div class="blkBreadcrumbNav"><a href="/en/cet/">四六级</a> | <a href="/toefl/">托福</a></div></div>')
    assert extract_page(html(article(crumb))).fields["category"] == "四六级"


def test_lead_in_credits_role_bylines_and_a_note_under_the_headline():
    credit = "<p>【文/观察者网 周远】</p>"
    page = article().replace('<div class="text">', '<div class="text">' + credit)
    assert extract_page(html(page)).fields["author"] == "周远"
    byline = ('<div class="article-info"><span class="author">界面新闻编译<i>｜</i><a href="/user/3318.html">周子衿</a>、'
              '<a href="/user/3320.html">程牧</a></span></div>')
    assert extract_page(html(article().replace("</h1>", "</h1>" + byline))).fields["author"] == "周子衿、程牧"
    note = '<div class="editor-note">编者按：本文为作者投稿的英文原文，中文译文正在整理中。</div>'
    assert extract_page(html(article().replace("</h1>", "</h1>" + note))).fields["title_zh"] is None


def test_the_page_metadata_names_the_url_without_a_links_query():
    ld = ('<script type="application/ld+json">{"@context": "https://schema.org", '
          '"@id": "https://www.example.com/news/2015-11-13/1.html"}</script>')
    result = extract_page(html(article(head=ld), url="https://www.example.com/news/2015-11-13/1.html?s=lbbt"))
    assert result.url == "https://www.example.com/news/2015-11-13/1.html"


def test_only_a_header_not_a_nav_or_aside_may_hold_the_headline():
    from lxml import html as lxml_html
    from newscrawler.extract.meta import _is_header
    assert _is_header(lxml_html.fragment_fromstring("<header></header>"))
    assert _is_header(lxml_html.fragment_fromstring('<div class="header"></div>'))
    for tag in ("nav", "aside", "footer"):
        assert not _is_header(lxml_html.fragment_fromstring(f"<{tag}></{tag}>"))


def test_a_title_named_head_block_the_section_beside_the_date_and_a_closing_source_line():
    # CGTN: div.news-title-wrap holds the section/date row, the headline and the share row
    body = f"""<html><head><title>Dragon boat crews trade drums for monitors - CGTN</title></head><body>
    <div class="news-title-wrap"><div class="news-section-date"><span class="section">Sports</span>
    <span class="date">18:05, 12-Jun-2024</span></div><div class="news-title">Dragon boat crews trade drums for monitors</div>
    <div class="news-share"><a href="#">Facebook</a> <a href="#">Copy link</a></div></div>
    <div class="content"><p>{PROSE}</p><p>{PROSE}again.</p></div><div class="sourceTextDiv">Source(s): Xinhua</div></body></html>"""
    fields = extract_page(html(body)).fields
    assert (fields["title"], fields["category"], fields["source"]) == (
        "Dragon boat crews trade drums for monitors", "Sports", "Xinhua")


def test_a_section_path_above_the_headline_and_a_source_with_its_editor_after_the_text():
    # SHINE: "Feature / Bilingual" above the h1; "Source: SHINE   Editor: Xu Lingyun" closes the story
    page = article('<div class="art-section"><a href="/feature/">Feature</a> / <a href="/feature/bilingual/">Bilingual</a></div>')
    page = page.replace("again.</p></div>", "again.</p></div><div class='art-source'>Source: SHINE&nbsp;&nbsp;&nbsp;Editor: Xu Lingyun</div>")
    fields = extract_page(html(page)).fields
    assert (fields["category"], fields["source"]) == ("Bilingual", "SHINE")


def test_a_byline_ends_where_the_published_label_starts():
    info = '<div class="author_share_left"><span class="byline">By Tang Yuelin</span> <span class="pub_time">Published: May 20, 2024 09:41 PM</span></div>'
    fields = extract_page(html(article().replace("</h1>", "</h1>" + info))).fields
    assert (fields["author"], fields["published"]) == ("Tang Yuelin", "2024-05-20T21:41:00+08:00")


def test_a_trs_headline_in_h4_the_chinese_one_under_it_and_the_info_line_with_the_time():
    body = f"""<html><head><title>A Night Market Learns New Tricks--北京周报网</title><meta name="publishdate" content="2024-05-16"></head><body>
    <div class="left"><h4 id="TRS_Editor_title">A Night Market Learns New Tricks</h4><h5 class="title_cn">老夜市学会新本事</h5>
    <table class="xinxi"><tr><td class="bian5 ly3">2024-05-16 09:05:40&nbsp;&nbsp;来源：北京周报&nbsp;&nbsp;作者：许澄</td></tr></table>
    <div class="TRS_Editor"><p>{PROSE}</p><p>{PROSE}again.</p></div></div></body></html>"""
    fields = extract_page(html(body)).fields
    assert (fields["title"], fields["title_zh"], fields["published"], fields["author"], fields["source"]) == (
        "A Night Market Learns New Tricks", "老夜市学会新本事", "2024-05-16T09:05:40+08:00", "许澄", "北京周报")
    old = body.replace('<h4 id="TRS_Editor_title">A Night Market Learns New Tricks</h4><h5 class="title_cn">老夜市学会新本事</h5>', "")
    old = old.replace("A Night Market Learns New Tricks--北京周报网", "A Night Market Learns New Tricks 老夜市学会新本事--北京周报网")
    old = old.replace("again.</p>", f"again.</p><p>{PROSE}and again.</p><p>{PROSE}once more.</p>")
    assert extract_page(html(old)).fields["title_zh"] == "老夜市学会新本事"


def test_the_paper_before_the_writer_and_a_source_that_follows_the_date():
    info = '<div class="artInfo">文｜财新 沈一舟<br>2024年05月20日 18:05 来源于 <a href="/">财新网</a> <a href="#">听报道</a></div>'
    fields = extract_page(html(article().replace("</h1>", "</h1>" + info))).fields
    assert (fields["author"], fields["source"], fields["published"]) == ("沈一舟", "财新网", "2024-05-20T18:05:00+08:00")
    # "本文来源于网络" is a disclaimer, not a source
    note = article().replace("again.</p>", "again.</p><p>本文来源于网络，仅供英语学习者学习参考，版权归原作者所有。</p>")
    assert extract_page(html(note)).fields["source"] is None


@pytest.mark.parametrize("row", [
    '<h3 class="itemtit"><div class="textfont"><i>Text:</i><em>A</em><a href="#">Print</a></div><span>Home /</span><span>Society</span></h3>',
    '<h3 class="itemtit"><div class="textfont"><i>Text:</i><em>A</em><a href="#">Print</a></div><span>Society</span></h3>',
])
def test_a_written_out_path_or_a_heading_above_the_headline_and_an_unlabelled_source_after_the_date(row):
    # ECNS: "Home / Society" (or, on the old template, "Society") above h1#contitle; the info
    # line's spans are date, source, editor
    info = ('<div class="downinfo"><div class="share"><a href="#">f</a></div><span>2024-05-20 15:42:07</span><span>ECNS</span>'
            '<span>Editor : Zhang Shuo</span><span><a href="/app/">ECNS App Download</a></span></div>')
    page = article(row).replace("</h1>", "</h1>" + info)
    fields = extract_page(html(page)).fields
    assert (fields["category"], fields["source"], fields["author"]) == ("Society", "ECNS", None)


def test_a_wechat_post_head_author_album_and_og_url_on_the_served_scheme():
    body = f"""<html><head><title>双语新闻 | 旧厂房变身社区菜市场</title>
    <meta property="og:url" content="http://mp.weixin.qq.com/s?__biz=Mzk==&amp;mid=2247486794&amp;idx=1&amp;sn=bbae&amp;chksm=2053#rd"></head><body>
    <h1 class="rich_media_title" id="activity-name"><span class="js_title_inner">外刊精读 | Night Trains Win Back Young Travellers</span></h1>
    <div id="meta_content" class="rich_media_meta_list"><span id="copyright_logo" class="rich_media_meta icon_appmsg_tag">原创</span>
    <span class="rich_media_meta rich_media_meta_text"><span id="js_author_name" class="wx_tap_link">小满</span></span>
    <span class="rich_media_meta rich_media_meta_nickname"><a href="javascript:void(0);" id="js_name">双语晨读</a></span></div>
    <div id="js_tags"><span>收录于合集</span><span class="article-tag__item">#外刊精读</span><span>41个内容</span></div>
    <div id="js_content" class="rich_media_content"><p>{PROSE}</p><p>{PROSE}again.</p></div>
    <script>var ct = "1716344700";</script></body></html>"""
    result = extract_page(html(body, url="https://mp.weixin.qq.com/s?__biz=Mzk==&mid=2247486794&idx=1&sn=bbae&chksm=2053"))
    fields = result.fields
    assert (fields["title"], fields["title_zh"], fields["category"], fields["author"], fields["source"]) == (
        "Night Trains Win Back Young Travellers", None, "外刊精读", "小满", None)
    assert fields["published"] == "2024-05-22T10:25:00+08:00"
    assert result.url == "https://mp.weixin.qq.com/s?__biz=Mzk==&mid=2247486794&idx=1&sn=bbae"
    no_prefix = body.replace("外刊精读 | ", "")
    assert extract_page(html(no_prefix, url="https://mp.weixin.qq.com/s?__biz=Mzk==&mid=2247486795&idx=1&sn=b")).fields["category"] == "外刊精读"


def test_the_info_line_under_the_headline_with_a_player_before_the_text():
    # 英语巴士: h1, the 作者/来源/发布 line, then a jPlayer box of many short buttons, then the text
    buttons = "".join(f"<li><a href='javascript:;'>{b}</a></li>" for b in ["play", "pause", "stop", "mute", "unmute", "max volume"] * 3)
    body = f"""<html><head><title>Seaside Library Lends Fishing Rods</title></head><body><div class="describe_text">
    <h1>Seaside Library Lends Fishing Rods</h1><div class="adwenzi">作者：佚名&nbsp;&nbsp;来源：英语巴士网&nbsp;&nbsp;于2024-03-18 09:42:15发布</div></div>
    <div class="mp3_box"><ul class="jp-controls">{buttons}</ul></div><div class="jxa_content"><p>{PROSE}</p><p>{PROSE}again.</p></div></body></html>"""
    fields = extract_page(html(body)).fields
    assert (fields["published"], fields["source"], fields["author"]) == ("2024-03-18T09:42:15+08:00", "英语巴士网", None)


def test_the_original_chinese_headline_and_publication_of_a_translation():
    head = ('<div class="index_origin"><span class="index_originLabel">Originally published in Chinese by '
            '<a href="https://www.thepaper.cn/newsDetail_forward_27651098">The Paper</a></span>'
            '<h2 class="index_originTitle" lang="zh-CN">凌晨一点，骑手食堂还亮着灯</h2></div>')
    fields = extract_page(html(article().replace("</h1>", "</h1>" + head))).fields
    assert (fields["title_zh"], fields["source"]) == ("凌晨一点，骑手食堂还亮着灯", "The Paper")


def test_a_canonical_across_one_publishers_country_domains_but_not_to_another_paper():
    from newscrawler.extract.meta import canonical
    from lxml import html as lxml_html
    page = '<html><head><link rel="canonical" href="https://www.zaobao.com.sg/news/china/story20240612-3915570"></head><body></body></html>'
    assert canonical(lxml_html.fromstring(page), "https://www.zaobao.com/news/china/story20240612-3915570")[0] == (
        "https://www.zaobao.com.sg/news/china/story20240612-3915570")
    reprint = '<html><head><link rel="canonical" href="https://www.chinadaily.com.cn/a/202405/20/WS1.html"></head><body></body></html>'
    assert canonical(lxml_html.fromstring(reprint), "https://www.zaobao.com/news/china/story1")[0] == "https://www.zaobao.com/news/china/story1"


def test_a_staff_byline_before_the_editor_and_a_source_with_the_date_run_on():
    info = '<p class="names">第一财经记者 王一舟　　责编：周燕</p><div class="title-info">来源：第一财经日报2024-05-14 09:30</div>'
    fields = extract_page(html(article().replace("</h1>", "</h1>" + info))).fields
    assert (fields["author"], fields["source"]) == ("王一舟", "第一财经日报")


def test_a_forum_threads_head_the_type_label_the_posting_time_and_no_template_author():
    # Discuz!: h1 > a "[Science & technology]" + span#thread_subject; the poster's profile
    # (注册时间) stands before "发表于 …"; meta[name=author] credits the template
    body = f"""<html><head><title>Listening to the reef 倾听珊瑚礁 - 双语译文</title>
    <meta name="author" content="Discuz! Team and Comsenz UI Team"></head><body>
    <h1 class="ts"><a href="forum.php?mod=forumdisplay&amp;fid=38&amp;typeid=4">[Science &amp; technology]</a>
    <span id="thread_subject">Listening to the reef 倾听珊瑚礁</span></h1>
    <dl><dt>注册时间</dt><dd>2021-10-4</dd></dl><div class="authi"><em>发表于 2024-5-28 08:37:12</em></div>
    <div class="t_f"><p>{PROSE}</p><p>{PROSE}again.</p></div></body></html>"""
    fields = extract_page(html(body, url="https://www.ecocn.org/thread-302237-1-1.html")).fields
    assert (fields["title"], fields["title_zh"], fields["category"]) == ("Listening to the reef", "倾听珊瑚礁", "Science & technology")
    assert (fields["published"], fields["author"]) == ("2024-05-28T08:37:12+08:00", None)


def test_a_zone_named_beside_the_time_the_english_headline_under_a_chinese_h1_and_a_staff_credit():
    # 日经中文网: "2024/05/19 10:00（东京时间）", h1 Chinese + h2.enTitle (the <title>'s), "日经中文网 记者 林晓岚"
    body = f"""<html><head><title>Why Tokyo's office workers are packing lunch again</title></head><body>
    <div class="newsTitle"><h1 class="title">东京上班族为何又开始自带午餐</h1><h2 class="enTitle">Why Tokyo's office workers are packing lunch again</h2>
    <div class="newsInfo"><span class="author">By Haruka Mori</span><span class="time">2024/05/19 10:00</span><span class="timezone">（东京时间）</span></div></div>
    <div id="contentDiv"><p>{PROSE}</p><p>{PROSE}again.</p></div></body></html>"""
    fields = extract_page(html(body)).fields
    assert (fields["title"], fields["title_zh"]) == ("Why Tokyo's office workers are packing lunch again", "东京上班族为何又开始自带午餐")
    assert (fields["published"], fields["author"], fields["source"]) == ("2024-05-19T10:00:00+09:00", "Haruka Mori", None)
    gmt = article().replace("</h1>", '</h1><div class="cons-date">Published: May 19, 2024 06:12 PM GMT+8</div>')
    assert extract_page(html(gmt)).fields["published"] == "2024-05-19T18:12:00+08:00"
    staff = article().replace(f"<p>{PROSE}</p>", f"<p>日经中文网 记者 林晓岚</p><p>{PROSE}</p>")
    fields = extract_page(html(staff)).fields
    assert (fields["author"], fields["source"]) == ("林晓岚", "日经中文网")


def test_a_marked_writer_a_linked_writer_and_not_a_linked_translator():
    marked = article().replace(f"<p>{PROSE}</p>", f"<p>◎周若涵</p><p>{PROSE}</p>", 1)
    assert extract_page(html(marked)).fields["author"] == "周若涵"
    card = '<div class="meta"><span class="n"><a href="/u/5c1e9a7d3b20">安小译</a></span> <span>字数 544</span></div>'
    linked = article().replace("</h1>", f"</h1>{card}")
    assert extract_page(html(linked)).fields["author"] == "安小译"
    translator = article().replace("</h1>", '</h1><div class="meta"><span>译者：<a href="http://user.example.org/u/402117">海风吹</a></span></div>')
    assert extract_page(html(translator)).fields["author"] is None


def test_a_source_ends_at_a_full_width_bar_or_a_comma():
    line = article().replace(f"<p>{PROSE}again.</p>", f"<p>{PROSE}again.</p><p>（英文来源：BBC News｜翻译：安小译）</p>")
    assert extract_page(html(line)).fields["source"] == "BBC News"


def test_a_headline_with_no_heading_element_and_its_bold_english_line_its_account_and_place():
    body = f"""<html><head><title>双语新闻｜滨江夜市改造一年后重新开市</title></head><body>
    <div class="t1"><div class="s1">双语新闻｜滨江夜市改造一年后重新开市</div></div>
    <div class="a1"><div class="s2">双语新闻｜滨江夜市改造一年后重新开市</div>
    <div class="b1"><a href="https://author.baidu.com/home?from=bjh_a"><p class="n1">每日双语晨读</p></a>
    <div class="d1"><span>2024-12-28 21:06</span><span>北京</span></div></div>
    <div class="c1"><p><span class="bjh-p"><span class="bjh-strong">Riverside night market reopens after a makeover</span></span></p>
    <p><span class="bjh-p"><span class="bjh-strong">滨江夜市改造一年后重新开市</span></span></p>
    <p><span class="bjh-p">{PROSE}</span></p><p><span class="bjh-p">经过一年多的改造，老城区的滨江夜市于周六晚间重新开市，吸引了数千名市民前来。</span></p>
    <p><span class="bjh-p">{PROSE}again.</span></p><p><span class="bjh-p">夜市如今沿江堤延伸600米，180个摊位分布在三个区域。</span></p></div></div></body></html>"""
    fields = extract_page(html(body, url="https://baijiahao.baidu.com/s?id=1833789025176430217")).fields
    assert (fields["title"], fields["title_zh"], fields["category"]) == (
        "Riverside night market reopens after a makeover", "滨江夜市改造一年后重新开市", "双语新闻")
    assert (fields["author"], fields["source"]) == ("每日双语晨读", None)


def test_the_info_line_above_a_headline_that_opens_the_text_and_a_chinese_title_beside_the_english_one():
    body = f"""<html><head><title>VOA慢速英语 | 每日英语听力</title></head><body><div class="article">
    <div class="contentInfo"><p class="title">Community Gardens Help Cool City Neighborhoods</p><p class="specialTitle">社区花园帮助城市街区降温</p>
    <div class="mediaInfo"><span class="channel">频道：<a href="/ting/article?id=6f1a2c3e">VOA慢速英语</a></span>
    <span class="date">2025-03-14</span> <span class="source">来源：VOA</span></div></div>
    <div id="article"><h1>Community Gardens Help Cool City Neighborhoods</h1><div class="article"><p>{PROSE}</p><p>{PROSE}again.</p></div></div></div></body></html>"""
    fields = extract_page(html(body, url="https://dict.eudic.net/webting/desktopplay?id=a6c1f0d2-ff8e-11ef-9b2e-00505686c5e6")).fields
    assert (fields["title"], fields["title_zh"]) == ("Community Gardens Help Cool City Neighborhoods", "社区花园帮助城市街区降温")
    assert (fields["category"], fields["published"], fields["source"]) == ("VOA慢速英语", "2025-03-14", "VOA")


def test_a_column_a_post_after_the_text_with_its_posting_time_in_a_tooltip_and_an_adapted_source():
    body = f"""<html><head><title>Night owls get a library of their own - 知乎</title></head><body><article>
    <header><h1>Night owls get a library of their own</h1>
    <div class="AuthorInfo"><a href="//www.zhihu.com/people/a-cheng-du-wai-ka">阿澄读外刊</a></div>
    <div class="c1"><a href="https://www.zhihu.com/column/shuangyu-jingdu"><span>收录于</span><span>外刊双语精读</span></a></div></header>
    <div class="RichText"><blockquote>本文英文部分改编自 <a href="https://link.zhihu.com/?target=x">China Daily</a> 报道，中文为本专栏参考译文。<br>难度：★★★☆☆ ｜ 词数：318</blockquote>
    <p>{PROSE}</p><p>{PROSE}again.</p></div>
    <div class="ContentItem-time"><a href="//zhuanlan.zhihu.com/p/700413268"><span data-tooltip="发布于 2024-05-28 21:10">编辑于 2024-05-30 08:26・IP 属地上海</span></a></div>
    </article></body></html>"""
    fields = extract_page(html(body, url="https://zhuanlan.zhihu.com/p/700413268")).fields
    assert (fields["category"], fields["author"], fields["source"]) == ("外刊双语精读", "阿澄读外刊", "China Daily")
    assert fields["published"] == "2024-05-28T21:10:00+08:00"
    assert fields["paragraphs_en"] == [PROSE.strip(), PROSE + "again."] and fields["paragraphs_zh"] == []


def test_a_labelled_section_above_the_headline_its_translation_as_bare_text_and_a_closing_author_line():
    body = f"""<html><head><title>Dry Weather Pushes Coffee Prices Higher - 爱语吧</title></head><body><div id="work">
    <p id="leibie">类别：<a href="http://news.iyuba.com/essay_category/126">经济</a></p>
    <span class="title_cn"><h1>Dry Weather Pushes Coffee Prices Higher</h1><br />干燥天气推高咖啡价格</span>
    <p class="xinxi"><span>时间：2017-09-28</span></p><div class="box"><p>{PROSE}</p><p>{PROSE}again.</p></div>
    <p class="p5">爱语吧作者：Sharon　（本文为爱语吧原创翻译，请勿转载）</p></div></body></html>"""
    fields = extract_page(html(body, url="http://news.iyuba.com/essay/2017/09/28/58131.html")).fields
    assert (fields["title"], fields["title_zh"], fields["category"]) == (
        "Dry Weather Pushes Coffee Prices Higher", "干燥天气推高咖啡价格", "经济")
    assert fields["author"] == "Sharon"


def test_a_learners_story_dated_by_the_day_it_shows_over_a_utc_stamp_and_its_report_source():
    ld = '<script type="application/ld+json">{"@type": "NewsArticle", "datePublished": "2024-05-21 00:44:00Z"}</script>'
    body = article(head=ld).replace("</h1>", '</h1><span class="date"><time datetime="2024-05-20T20:44:00-04:00">May 20, 2024</time></span>')
    body = body.replace(f"<p>{PROSE}again.</p>", f"<p>{PROSE}again.</p><p><em>Marcus Webb wrote this story based on a report from Reuters. Susan Grant was the editor.</em></p>")
    fields = extract_page(html(body, url="https://learningenglish.voanews.com/a/scientists-train-drones/7622310.html")).fields
    assert (fields["published"], fields["source"]) == ("2024-05-20", "Reuters")


def test_a_blogs_headline_its_buttons_its_bracketed_translation_its_section_and_its_owner():
    body = f"""<html><head><title>【双语】Scientists teach robots to fold laundry（机器人学会叠衣服）_Leo的双语新闻小站_新浪博客</title></head><body>
    <div class="sidebar"><div class="info"><span><strong id="ownernick">晨读Leo</strong></span></div></div>
    <div class="articalTitle"><h2 class="titName">【双语】Scientists teach robots to fold laundry（机器人学会叠衣服）</h2>
    <span class="time">(2016-04-27 21:14:37)</span><div class="turnBoxzz"><a href="javascript:;"><cite>转载<span>▼</span></cite></a></div></div>
    <div class="articalTag"><span>分类：</span><a href="http://blog.sina.com.cn/s/articlelist_2391870145_1_1.html">双语新闻</a></div>
    <div class="articalContent"><p>{PROSE}</p><p>{PROSE}again.</p></div></body></html>"""
    fields = extract_page(html(body, url="https://blog.sina.com.cn/s/blog_8e910ac10102wbn8.html")).fields
    assert (fields["title"], fields["title_zh"]) == ("Scientists teach robots to fold laundry", "机器人学会叠衣服")
    assert (fields["category"], fields["author"]) == ("双语新闻", "晨读Leo")


def test_a_kicker_row_names_its_section_first_an_organisation_is_no_author_and_a_photo_credit_no_source():
    kicker = '<div class="kicker"><span>经济</span><span><a href="/zh/德国/t-17286371">德国</a></span></div>'
    ld = '<script type="application/ld+json">{"@type": "NewsArticle", "author": [{"@type": "Organization", "name": "Deutsche Welle"}]}</script>'
    body = article(kicker, head=ld).replace(f"<p>{PROSE}again.</p>", f"<p>{PROSE}again.</p><p>图像来源：Frank Meyer/dpa</p>")
    fields = extract_page(html(body)).fields
    assert (fields["category"], fields["author"], fields["source"]) == ("经济", None, None)


def test_an_authors_name_stops_where_a_date_runs_on():
    line = '<div class="meta"><span>来源：Scientific American</span><span>作者：Laura Kemp</span><span>2024-05-12 09:00</span></div>'
    fields = extract_page(html(article().replace("</h1>", f"</h1>{line}"))).fields
    assert (fields["author"], fields["source"], fields["published"]) == ("Laura Kemp", "Scientific American", "2024-05-12T09:00:00+08:00")


def test_an_english_h1_opening_the_text_under_a_chinese_page_headline_and_a_source_before_a_bracket():
    zh_title = "百年账本数字化：志愿者为小镇留住记忆"
    body = f"""<html><head><title>{zh_title} - 哔哩哔哩</title></head><body><div class="head"><h1 class="title">{zh_title}</h1></div>
    <div id="read-article-holder"><h1>Volunteers Digitise Century-Old Shop Ledgers</h1><p>来源：Riverside Daily（有删改）</p>
    <p>{PROSE}</p><p>志愿者正在把一百多年前的商铺账本逐页拍照，上传到一个公开的网站。</p><p>{PROSE}again.</p>
    <p>许多页面已经发黄，有些还被虫蛀过，志愿者必须非常小心。</p></div></body></html>"""
    fields = extract_page(html(body, url="https://www.bilibili.com/read/cv31655019/")).fields
    assert (fields["title"], fields["title_zh"]) == ("Volunteers Digitise Century-Old Shop Ledgers", zh_title)
    assert fields["source"] == "Riverside Daily"


def test_an_agencys_credit_line_its_section_after_a_bar_and_its_meta_author():
    credit = '<p class="credit">共同社 - 2024年 5月 20日 - 15:30 | <a href="/news/japan_politics">日本政治</a></p>'
    body = article(head='<meta name="author" content="共同社">').replace("</h1>", f"</h1>{credit}")
    fields = extract_page(html(body, url="https://china.kyodonews.net/news/2024/05/3f9a2c71d04e-2025.html")).fields
    assert (fields["category"], fields["author"], fields["source"]) == ("日本政治", None, "共同社")


def test_a_profile_address_is_no_author_and_a_reporters_city_is_not_part_of_the_name():
    head = ('<meta property="article:author" content="https://www.facebook.com/CTfans">'
            '<script type="application/ld+json">{"@type": "NewsArticle", "author": {"@type": "Person", "name": "黃奕翔_台南"}}</script>')
    fields = extract_page(html(article(head=head))).fields
    assert fields["author"] == "黃奕翔"


def test_an_agency_dateline_names_its_reporters_and_source_and_a_fuller_breadcrumb_wins():
    zh = "（中央社記者李大華、張家豪台北20日電）中央氣象署今天表示，梅雨鋒面明天起影響台灣，各地將有較大雨勢，民眾應注意防範。"
    body = f"""<html><head><title>梅雨鋒面報到 氣象署提醒注意大雨</title><meta name="author" content="中央通訊社"></head><body>
    <h1>梅雨鋒面報到 氣象署提醒注意大雨</h1><div class="text"><p>{zh}</p><p>{zh[20:]}</p></div></body></html>"""
    fields = extract_page(html(body, url="https://www.cna.com.tw/news/ahel/202405200201.aspx")).fields
    assert (fields["author"], fields["source"]) == ("李大華、張家豪", "中央社")
    crumbs = """<ol class="breadcrumb res-m"><li><a href="/">Home</a></li><li><a href="/china">China</a></li></ol>
    <span id="bread-nav"><a href="/">Home</a> <a href="/china">/ China</a> <a href="/china/society">/ Society</a></span>"""
    info = '<div class="info"><span>By ZHAO LINRUI | China Daily | Updated: 2024-05-20 07:12</span></div>'
    fields = extract_page(html(article(crumbs).replace("</h1>", f"</h1>{info}"))).fields
    assert (fields["category"], fields["source"], fields["author"]) == ("Society", "China Daily", "ZHAO LINRUI")


def test_a_react_pages_test_hooks_a_path_of_section_links_and_an_agency_writer():
    sections = ('<div data-qa="ArticleHeader-Sections"><a href="/zh-hans/china" data-qa="ArticleHeader-SectionLink">中国</a>'
                '<span> / </span><a href="/zh-hans/china/science" data-qa="ArticleHeader-SectionLink">科学</a></div>')
    assert extract_page(html(article(sections))).fields["category"] == "科学"
    writer = article().replace(f"<p>{PROSE}</p>", f"<p>by Xinhua writer Lin Shan</p><p>{PROSE}</p>", 1)
    fields = extract_page(html(writer)).fields
    assert fields["author"] == "Lin Shan" and fields["paragraphs_en"][0] == PROSE.strip()


def test_a_reporters_byline_naming_where_it_was_reported_from_opens_the_text():
    # ETtoday: "記者林怡君／台北報導" as the text's first paragraph
    zh = ["今年第一波梅雨鋒面今日起逐漸南下，中央氣象署表示，北部及宜蘭地區從今天午後開始出現較明顯的對流。",
          "氣象署預報員指出，這波鋒面移動速度偏慢，滯留時間比往年同期稍長，二十一日是降雨最明顯的一天。"]
    body = f"""<html><head><title>梅雨鋒面報到北台灣</title></head><body><h1>梅雨鋒面報到北台灣</h1>
    <div class="story"><p>記者林怡君／台北報導</p>{"".join(f"<p>{t}</p>" for t in zh)}</div></body></html>"""
    fields = extract_page(html(body)).fields
    assert (fields["author"], fields["paragraphs_zh"]) == ("林怡君", zh)


def test_a_topic_in_a_named_box_crumbs_named_each_and_no_author_or_source_from_an_embed_or_a_caption():
    zh = "".join(f"<p>联合国环境规划署周四发布的一份新报告显示，红树林恢复项目减轻了风暴潮对海岸的冲击{i}。</p>" for i in range(3))
    tweet = ('<div class="paragraph--type--social-media-embed"><div class="field--name-field-account">UNEP</div>'
             '<blockquote class="twitter-tweet"><p>Mangroves are nature’s own sea walls.</p></blockquote></div>')
    body = f"""<html><head><title>恢复红树林双重受益</title></head><body><article><h1>恢复红树林双重受益</h1>
    <figure><img src="a.jpg"><figcaption><div class="field--name-field-media-caption">莫桑比克，妇女在潮间带栽种红树林幼苗。</div></figcaption></figure>
    <div class="story-meta"><span><time datetime="2024-05-16T12:00:00Z">2024年5月16日</time></span><span class="views-field-field-news-topics"><span><a href="/zh/news/topic/climate-change">气候与环境</a></span></span></div>
    <div class="text">{zh}{tweet}{zh}</div></article></body></html>"""
    fields = extract_page(html(body)).fields
    assert (fields["category"], fields["author"], fields["source"]) == ("气候与环境", None, None)
    crumbs = ('<nav><ol><li class="breadcrumb__item"><a href="/zone/23/教育">教育</a></li>'
              '<li class="breadcrumb__item"><a href="/channel/473/DSE專區">DSE專區</a></li></ol></nav>')
    assert extract_page(html(article(crumbs))).fields["category"] == "DSE專區"


@pytest.mark.parametrize("line, expected", [
    ('聯合報／ 編譯<a href="/news/reporter/L0219">林宜萱</a>／即時報導', ("林宜萱", "聯合報")),
    ("中央社／ 東京20日電", (None, "中央社")),
    ("聯合新聞網／ 綜合報導", (None, "聯合新聞網")),
])
def test_a_papers_byline_before_a_slash_names_the_source_and_the_writer_after_a_role(line, expected):
    # udn: the time, then the byline, in one row under the headline; the JSON-LD author carries markup
    ld = '<script type="application/ld+json">{"@type": "NewsArticle", "author": "<a href=https://udn.com/news/reporter/L0219>林宜萱</a>"}</script>'
    info = f'<div class="authors"><time>2024-05-20 15:30</time> <span class="article-content__author">{line}</span></div>'
    fields = extract_page(html(article(head=ld if "林宜萱" in line else "").replace("</h1>", "</h1>" + info))).fields
    assert (fields["author"], fields["source"]) == expected


def test_a_photo_credit_or_a_report_link_before_a_slash_is_no_paper():
    info = '<div class="info"><span>2024-05-20 09:42</span> <a href="/report">举报/反馈</a></div>'
    fields = extract_page(html(article().replace("</h1>", "</h1>" + info))).fields
    assert fields["source"] is None


def test_a_writer_after_a_bar_a_reposts_account_and_staff_writing_with_an_agency():
    zh = "".join(f"<p>过去一年，多家人工智能编程工具的月活跃用户突破千万，但付费转化率仍然偏低，行业正在寻找新的商业模式{i}。</p>" for i in range(3))
    kr = f"""<html><head><title>AI编程工具月活破千万</title></head><body><h1>AI编程工具月活破千万</h1><div class="text">
    <p>作者 | 沈知遥</p><p>编者按：本文来自微信公众号 硅谷观潮所（ID：guigu_chaosuo），作者：周屿，36氪经授权发布。</p>{zh}
    <p>封面来源｜企业官方</p></div></body></html>"""
    fields = extract_page(html(kr)).fields
    assert (fields["author"], fields["source"], len(fields["paragraphs_zh"])) == ("沈知遥", "硅谷观潮所", 3)
    en = "".join(f"<p>A researcher from National Taiwan University is to join an Antarctic krill survey, the university said {i}.</p>" for i in range(3))
    tt = f"""<html><head><title>Taiwanese scientist to join Antarctic krill survey</title></head><body><div class="archives">
    <h1>Taiwanese scientist to join Antarctic krill survey</h1>
    <h2><font class="red">FIRST FOR NTU:</font> The researcher is to spend seven weeks aboard a Norwegian vessel studying krill</h2>
    <ul class="as"><li><div class="name">By Kuo Wan-ting / Staff reporter, with AFP</div></li></ul>{en}
    <div class="imgboxa"><div><img src="a.jpg"></div><h1>Antarctic krill swim in a laboratory tank in an undated photograph.</h1><p>Photo: Reuters</p></div>
    <p class="before_ir" style="display:none">請繼續往下閱讀...</p><p>Additional reporting by CNA</p></div></body></html>"""
    fields = extract_page(html(tt)).fields
    assert (fields["author"], fields["source"]) == ("Kuo Wan-ting", "AFP")
    assert len(fields["paragraphs_en"]) == 3 and not fields["paragraphs_zh"]
    staff = tt.replace("By Kuo Wan-ting / Staff reporter, with AFP", "Staff writer, with CNA")
    fields = extract_page(html(staff)).fields
    assert (fields["author"], fields["source"]) == (None, "CNA")


def test_a_byline_of_parts_a_writer_the_headline_names_a_reprints_paper_and_a_section_link_above_the_headline():
    zh = "".join(f"<p>海濱長廊越修越長，但長椅、遮蔭和可以停留的角落卻沒有跟上，公共空間的設計決定了誰被歡迎{i}。</p>" for i in range(3))
    body = f"""<html><head><title>Clara Whitfield：誰能坐在海邊？｜端傳媒 Initium Media</title></head><body>
    <div class="top"><div class="colleft"><a href="/pns/港聞/section/20240520/s00002"><h3>港聞</h3></a><div class="date">2024年5月20日星期一</div></div></div>
    <h1>Clara Whitfield：誰能坐在海邊？</h1><span class="byline"><span>Clara Whitfield</span><span>翻譯：林以恆</span></span>
    <div class="text">{zh}<p>本文原刊於《華爾街日報》，端傳媒獲授權轉載。</p></div></body></html>"""
    fields = extract_page(html(body)).fields
    assert (fields["author"], fields["source"], fields["category"], len(fields["paragraphs_zh"])) == (
        "Clara Whitfield", "華爾街日報", "港聞", 3)


def test_a_listed_byline_a_writer_with_an_affiliation_a_licensed_reprint_and_an_original_title():
    zh = "".join(f"<p>五月尚未結束，西班牙、意大利和希臘的部分地區已經錄得超過35攝氏度的高溫，比往年同期高出五至八度{i}。</p>" for i in range(3))
    bbc = f"""<html><head><title>热浪提前来袭 - BBC News 中文</title></head><body><main><div><h1>热浪提前来袭</h1></div>
    <div><div><ul role="list"><li>高桥美咲（Misaki Takahashi）</li><li>BBC记者，东京</li></ul></div></div>
    <div><time datetime="2024-05-20">2024年5月20日</time></div>{zh}</main></body></html>"""
    fields = extract_page(html(bbc)).fields
    assert (fields["author"], len(fields["paragraphs_zh"])) == ("高桥美咲（Misaki Takahashi）", 3)
    tnl = f"""<html><head><title>熱浪下的東南亞城市 - 關鍵評論網</title></head><body><article><div class="article-header">
    <h1>熱浪下的東南亞城市</h1><div class="article-original-title"><span class="label">原文標題：</span><span lang="en">In Southeast Asia's hottest cities, a street tree can do more</span></div></div>
    <div class="article-content"><p>文：Rachel Moreno（新加坡國立大學建築系講師）</p>{zh}<p>本文經《The Conversation》授權轉載，原文發表於此</p>
    <p>編按：本文原以英文寫成，經作者同意由本網編輯翻譯。</p><p>【加入關鍵評論網會員】每天精彩好文直送你的信箱，立刻點擊免費加入會員！</p></div></article></body></html>"""
    fields = extract_page(html(tnl)).fields
    assert (fields["title"], fields["title_zh"], fields["author"], fields["source"], len(fields["paragraphs_zh"])) == (
        "In Southeast Asia's hottest cities, a street tree can do more", "熱浪下的東南亞城市", "Rachel Moreno", "The Conversation", 3)


def test_a_key_points_box_an_editors_note_a_wire_storys_credits_and_an_agency_line():
    zh = "".join(f"<p>天文学家表示，这颗新发现的小行星直径约在120米至160米之间，未来一百年内撞击地球的风险可以排除{i}。</p>" for i in range(3))
    body = f"""<html><head><title>智利天文台发现近地小行星</title><meta name="author" content="Reuters Editorial"></head><body>
    <h1>智利天文台发现近地小行星</h1><div class="text"><div class="KeyPoints"><h2>要点：</h2><ul><li>小行星直径约140米</li><li>未来百年无撞击风险</li></ul></div>
    <p>编者按：本文为中英双语内容，每段英文后附中文翻译。</p>{zh}<div>Loading...</div><p>（编译 刘明；审校 张欣）</p><p>路透社</p></div></body></html>"""
    fields = extract_page(html(body)).fields
    assert (fields["author"], fields["source"], len(fields["paragraphs_zh"])) == (None, "路透社", 3)


def test_a_chinese_headline_with_english_words_after_its_colon_keeps_its_label():
    body = """<html><head><title>Aussie English 101</title></head><body><h1><span lang="en-AU">Aussie English 101: making sense of 'arvo'</span><br>
    <span lang="zh-CN">澳式英语入门：听懂“arvo”“brekkie”和“servo”</span></h1><div class="text"><p>""" + PROSE + "</p><p>" + PROSE + "</p></div></body></html>"
    fields = extract_page(html(body)).fields
    assert (fields["title_zh"], fields["category"]) == ("澳式英语入门：听懂“arvo”“brekkie”和“servo”", None)


def test_a_closing_staff_byline_in_brackets_a_japanese_original_note_a_contributor_and_a_source_label():
    zh = "".join(f"<p>京都一家创业百年的豆腐店迎来第五代传人，30岁的女店主坚持用石磨和井水手工制作豆腐{i}。</p>" for i in range(3))
    body = f"""<html><head><title>京都百年豆腐店迎来第五代传人</title></head><body><h1>京都百年豆腐店迎来第五代传人</h1>
    <div class="ArticleText">{zh}<p class="Credit">（朝日新闻记者　佐藤美咲）</p><p class="Note">（原文为日文）　<a href="https://www.asahi.com/articles/x.html">日文原文</a></p></div></body></html>"""
    fields = extract_page(html(body)).fields
    assert (fields["author"], fields["source"], len(fields["paragraphs_zh"])) == ("佐藤美咲", "朝日新闻", 3)
    contributor = body.replace('<p class="Credit">（朝日新闻记者　佐藤美咲）</p>', "").replace("</h1>", "</h1><p class=\"Byline\">撰稿：陈静（朝日新闻中文网特约撰稿人）</p>")
    assert extract_page(html(contributor)).fields["author"] == "陈静"
    cnbeta = contributor.replace("</h1>", '</h1><div class="meta"><span>2024年05月20日 15:30</span><span class="source">稿源：科技日报</span></div>')
    assert extract_page(html(cnbeta)).fields["source"] == "科技日报"


def test_a_view_counter_after_the_date_a_desk_after_作者_a_pictures_source_credit_and_taken_from_notes():
    zh = "".join(f"<p>悉尼西区和北区的三个地方议会本周联合宣布，从7月1日起，辖区内八间社区图书馆将延长开放至晚上九点{i}。</p>" for i in range(3))
    body = f"""<html><head><title>悉尼多个区议会延长图书馆夜间开放时间</title></head><body><header><h1>悉尼多个区议会延长图书馆夜间开放时间</h1>
    <h2 data-testid="article-abstract">为缓解学生在家缺少安静学习空间的问题，三个地方议会宣布延长图书馆开放时间。</h2>
    <div><p><span>作者</span> <span>SBS 中文</span></p><p><span>发布于</span> <time datetime="2025-06-10T05:05:00.000Z">2025年6月10日 下午3:05 AEST</time></p></div></header>
    <figure><img src="a.jpg"><figcaption><span>自习区座无虚席。</span> <span class="css-credit">Source: SBS / Jiayi Lin</span></figcaption></figure>
    <div class="body">{zh}<p><i>SBS 中文以简体中文和繁体中文为澳洲华人社区提供独立、公正、准确的新闻与资讯。</i></p></div></body></html>"""
    fields = extract_page(html(body)).fields
    assert (fields["author"], fields["source"], fields["published"], len(fields["paragraphs_zh"])) == (
        "SBS 中文", None, "2025-06-10T15:05:00+10:00", 3)
    storm = f"""<html><head><title>地方創生的下一步</title></head><body><h1>地方創生的下一步</h1>
    <div class="info"><span>2024-05-16 07:10</span><span id="info_pv"><span>?</span> 人氣</span></div>
    <div class="text"><p>文／王思妤</p>{zh}<p>*作者為大學公共行政學系副教授。本文經授權轉載自《公民評論週刊》，原標題為〈補助之外〉。</p>
    <p>責任編輯／黃品瑄</p><p>本篇為風傳媒會員限定內容</p></div></body></html>"""
    fields = extract_page(html(storm)).fields
    assert (fields["author"], fields["source"], len(fields["paragraphs_zh"])) == ("王思妤", "公民評論週刊", 3)


def test_a_daohang_path_and_a_two_digit_year_date_the_url_settles():
    body = f"""<html><head><title>Migratory birds arrive early at Poyang Lake</title></head><body>
    <div class="nav_daohang"><a href="http://english.cctv.com">Homepage  </a><a class="i" href="javascript:;">></a><a href="https://english.cctv.com/news/china/">China</a></div>
    <h1>Migratory birds arrive early at Poyang Lake</h1><div class="info">Source:Xinhua    05-11-25 14:20  Updated BJT</div>
    <div class="content_area"><div class="fontadd"><span>Font size:</span><a href="javascript:;">A+</a><a href="javascript:;">A-</a></div>
    <p>{PROSE}</p><p>{PROSE}again.</p></div></body></html>"""
    fields = extract_page(html(body, url="https://english.cctv.com/2025/11/05/ARTIpQ7mWk3ZbT9dLs2Xf8Rc251105.shtml")).fields
    assert (fields["category"], fields["published"], fields["source"], len(fields["paragraphs_en"])) == (
        "China", "2025-11-05T14:20:00+08:00", "Xinhua", 2)


def test_a_staff_byline_after_the_role_and_the_time_on_one_info_line():
    # 香港經濟日報: <span>21:20</span><span>2024/05/05</span><span>撰文：經濟日報記者 林穎芝</span> in one info row
    row = '<div class="info"><span>21:20</span> <span>2024/05/05</span> <span>撰文：經濟日報記者 林穎芝</span></div>'
    fields = extract_page(html(article().replace("</h1>", f"</h1>{row}"))).fields
    assert (fields["author"], fields["source"]) == ("林穎芝", "經濟日報")


def test_two_reporters_after_one_label_and_a_trail_the_pages_script_writes():
    # 新京报: <em>记者：张一鸣 李想 编辑：赵然</em>
    row = '<div class="info"><span>2024-05-21 09:12</span> <em>记者：张一鸣 李想 编辑：赵然</em></div>'
    assert extract_page(html(article().replace("</h1>", f"</h1>{row}"))).fields["author"] == "张一鸣 李想"
    # RTHK: an empty ul.breadcrumb, filled on load from a script's strings
    script = ("<ul class=\"breadcrumb\"><li><span>主頁</span></li></ul><script>var breadcrumb = ''"
              " + '<a href=\"/rthk/ch/\" class=\"pathway\">' + _home + '</a>'"
              " + '<a href=\"/rthk/ch/latest-news/local.htm\" class=\"pathway\">本地</a>';"
              " jQuery('.breadcrumb').append(breadcrumb);</script>")
    assert extract_page(html(article(script))).fields["category"] == "本地"


def test_a_discuz_trail_with_separators_in_elements_and_a_from_source():
    # 英文巴士 (Discuz! portal): <div class="z"><a>英文巴士</a> <em>›</em> <a>门户</a> <em>›</em> <a>双语新闻</a> <em>›</em> 查看内容</div>
    trail = ('<div id="pt" class="bm cl"><div class="z"><a href="./" class="nvhm">英文巴士</a> <em>&rsaquo;</em> '
             '<a href="/portal.php">门户</a> <em>&rsaquo;</em> <a href="/news/">双语新闻</a> <em>&rsaquo;</em> 查看内容</div></div>')
    row = '<p class="xg1">2024-5-20 15:30 | 发布者: <a href="/home.php">英文巴士</a> | 来自: <a href="https://www.chinadaily.com.cn/">China Daily</a></p>'
    fields = extract_page(html(article(trail).replace("</h1>", f"</h1>{row}"))).fields
    assert (fields["category"], fields["source"]) == ("双语新闻", "China Daily")


def test_a_pop_up_placed_by_a_position_utility_is_no_trail_and_a_byline_leaves_its_dateline():
    # 公視: <div class="idle-modal position-relative"> lists headlines; the trail is ol.breadcrumb;
    # <span class="article-reporter">林柏辰 陳姿穎／台北報導</span>
    popup = ('<div class="idle-modal position-relative"><a href="/article/694540">偏鄉小校學生自製影片 介紹部落傳統文化</a>'
             '<a href="/article/694541">北捷尖峰時段加開班次</a></div>')
    trail = '<ol class="breadcrumb"><li class="breadcrumb-item"><a href="/">首頁</a></li><li class="breadcrumb-item"><a href="/category/5">生活</a></li></ol>'
    row = '<div class="article-info"><span class="article-reporter">林柏辰 陳姿穎／台北報導</span></div>'
    head = '<meta name="author" content="林柏辰 陳姿穎／台北報導">'
    fields = extract_page(html(article(popup + trail, head=head).replace("</h1>", f"</h1>{row}"))).fields
    assert (fields["category"], fields["author"]) == ("生活", "林柏辰 陳姿穎")


def test_a_pages_share_links_name_it_without_the_lists_query_and_a_papers_staff_after_one_label():
    # 南方周末: no canonical; the list links …/contents/284512?source=133&source_1=2, the page's weibo
    # button shares …/contents/284512; "作者：南方周末记者 林卓言 南方周末实习生 周语彤"; span.nfzm-content__term
    share = ('<a class="share" href="https://service.weibo.com/share/share.php?url=https%3A%2F%2Fwww.infzm.com%2Fcontents%2F284512'
             '&title=x">微博</a>')
    info = ('<p class="author"><span>作者：南方周末记者 林卓言 南方周末实习生 周语彤</span></p>'
            '<p class="info"><span class="nfzm-content__term">社会</span> <span class="publish">2024-05-20 15:30</span></p>')
    page = article().replace("</h1>", f"</h1>{info}").replace("</body>", f"{share}</body>")
    fields = extract_page(html(page, url="https://www.infzm.com/contents/284512?source=133&source_1=2")).fields
    assert fields["url"] == "https://www.infzm.com/contents/284512"
    assert (fields["author"], fields["source"], fields["category"]) == ("林卓言 周语彤", "南方周末", "社会")


def test_a_byline_naming_an_agency_or_a_papers_staff_gives_a_source():
    # Taiwan News: <span class="article-author">By Central News Agency</span>, "By Taiwan News staff"
    for byline, author, source in (("By Central News Agency", None, "Central News Agency"), ("By Taiwan News staff", None, "Taiwan News"),
                                   ('By <a href="/en/search?keyword=Lin">Lin Pei-chun</a>, Taiwan News, Staff Writer', "Lin Pei-chun", "Taiwan News"),
                                   ('台灣英文新聞／記者<a href="/ch/search?keyword=x">林佩君</a> 台北報導', "林佩君", "台灣英文新聞")):
        row = f'<div class="meta"><span class="article-author">{byline}</span></div>'
        fields = extract_page(html(article().replace("</h1>", f"</h1>{row}"))).fields
        assert (fields["author"], fields["source"]) == (author, source)


def test_a_section_link_a_writer_or_a_wire_and_the_date_set_apart_by_bars():
    # The Standard: <span><a href="/section-news-list/section/local/">Local</a> | Cindy Lai | 11 May 2023</span>
    for middle, author, source in (("Cindy Lai", "Cindy Lai", None), ("Reuters", None, "Reuters")):
        row = f'<span class="pull-left"><a href="/section-news-list/section/local/">Local</a> | {middle} | 11 May 2023</span>'
        fields = extract_page(html(article().replace("</h1>", f"</h1>{row}"))).fields
        assert (fields["category"], fields["author"], fields["source"]) == ("Local", author, source)


def test_an_e_papers_headline_in_the_largest_type_its_printed_page_and_a_wire_dateline():
    # 澳門日報 (方正 e-paper): <title> is the paper's name, the headline a 23px <strong>, the page
    # "第A01版：澳聞", the text opening "【新華社北京十七日電】"
    zh = "國家氣候中心十七日發布春季氣候趨勢展望，預計今年三月至五月全國大部分地區氣溫接近常年同期至偏高。"
    page = f"""<html><head><title>澳門日報電子版</title></head><body><table>
    <tr><td class="bmname">&nbsp;<strong>第A01版：澳聞</strong></td></tr>
    <tr><td align="center"><strong style="font-size:23px">國家氣候中心發布春季展望</strong></td></tr>
    <tr><td><div id="ozoom"><p>【新華社北京十七日電】{zh}</p><p>{zh}</p><p>{zh}</p></div></td></tr></table></body></html>"""
    fields = extract_page(html(page, url="https://www.macaodaily.com/html/2025-03/18/content_1892203.htm")).fields
    assert (fields["title"], fields["category"], fields["source"]) == ("國家氣候中心發布春季展望", "澳聞", "新華社")
    assert fields["paragraphs_zh"][0].startswith("【新華社北京十七日電】")


def test_the_partner_named_over_the_headline_and_a_writer_between_the_headline_and_the_site_in_title():
    # Yahoo奇摩: <span class="caas-attr-provider">TVBS新聞網</span> in the head above the <h1>
    provider = '<div class="caas-logo"><span class="caas-attr-provider">TVBS新聞網</span></div>'
    assert extract_page(html(article(provider))).fields["source"] == "TVBS新聞網"
    # 信報: "<title>… - 鄧立言 - 信報網站 hkej.com</title>", <span class="author"><a>鄧立言</a></span>; the
    # row above the headline holds span.cate > a and span.column > a: the section, not the column
    row = ('<p class="info"><span class="cate"><a href="/dailynews/commentary">時事評論</a></span> '
           '<span class="author"><a href="/search?author=x">鄧立言</a></span> <span class="column"><a href="/search?column=y">經緯線</a></span></p>')
    page = article(row).replace("<title>Young Honeybees Learn Their Dance From Older Bees</title>",
                                "<title>Young Honeybees Learn Their Dance From Older Bees - 鄧立言 - 信報網站 hkej.com</title>")
    fields = extract_page(html(page)).fields
    assert (fields["category"], fields["author"]) == ("時事評論", "鄧立言")


def test_the_date_row_above_the_headline_when_none_is_below_it():
    # 信報: <p id="date">2024年5月21日</p><p class="info">…</p><h1>…</h1>, "放大圖片" under the headline, a
    # related item's "時事評論 ｜ 2024年5月18日" after the text
    head = '<p id="date">2024年5月21日</p><p class="info"><span class="cate"><a href="/dailynews/finnews">財經新聞</a></span></p>'
    page = article(head).replace("</h1>", "</h1><p>放大圖片</p>").replace(
        "</div></div></body>", '</div><ul class="rel"><li><a href="/a/3746950.html">高息環境下的小店生存之道</a> 時事評論 ｜ 2024年5月18日</li></ul></div></body>')
    assert extract_page(html(page)).fields["published"] == "2024-05-21"


def test_a_trail_in_plain_text_and_staff_fields_run_together():
    # 新民网: <div class="Mbx">您现在的位置：首页 &gt; 城生活</div>; <span>作者：新民网记者 叶薇</span><span>编辑：周雅</span>
    head = '<div class="Mbx">您现在的位置：首页 &gt; 城生活</div>'
    row = '<div class="info"><span>来源：新民网</span><span>作者：新民网记者 叶薇</span><span>编辑：周雅</span><span>2019-11-13 10:05</span></div>'
    fields = extract_page(html(article(head).replace("</h1>", f"</h1>{row}"))).fields
    assert (fields["category"], fields["author"]) == ("城生活", "叶薇")


def test_a_wordpress_head_a_body_named_for_its_sidebar_screen_reader_text_and_two_writers():
    # HKFP (Newspack): <body class="… has-sidebar">, <span class="cat-links"><span class="screen-reader-text">Posted in</span>
    # <a>Law &amp; Crime</a></span> over an <h1> with curly quotes the <title> straightens, "by <a>X</a> and <a>Y</a>"
    page = """<html><head><title>'We fold time into paper': The last craftsmen | Hong Kong Free Press HKFP</title></head>
    <body class="single has-sidebar"><main><header class="entry-header"><span class="cat-links"><span class="screen-reader-text">Posted in</span>
    <a href="/category/topics/culture/" rel="category tag">Culture</a></span><h1 class="entry-title">‘We fold time into paper’: The last craftsmen</h1>
    <div class="entry-meta"><span class="byline"><span>by</span> <span class="author vcard"><a href="/author/peter-ng/">Peter Ng</a></span> and
    <span class="author vcard"><a href="/author/jasmine-lau/">Jasmine Lau</a></span></span></div></header>
    <div class="entry-content"><p>{0}</p><p>{0}</p></div></main><aside class="sidebar"><h3>Most Read</h3></aside></body></html>""".format(PROSE)
    fields = extract_page(html(page, url="https://hongkongfp.com/2024/05/12/we-fold-time-into-paper/")).fields
    assert (fields["title"], fields["category"], fields["author"]) == (
        "‘We fold time into paper’: The last craftsmen", "Culture", "Peter Ng and Jasmine Lau")


def test_writers_listed_with_commas_and_a_last_and():
    # Caixin Global: <div class="cons-author">By Wu Haoran, Tian Meng and Sophie Lin</div>
    for line in ("By Wu Haoran, Tian Meng and Sophie Lin", "By Huang Siyu, Li Mengyao, and Daniel Reed"):
        row = f'<div class="cons-author">{line}</div>'
        assert extract_page(html(article().replace("</h1>", f"</h1>{row}"))).fields["author"] == line[3:]


def test_a_print_issue_names_the_paper_and_writers_after_a_bare_label():
    # 天下雜誌: <span>作者 <a>陳怡璇</a>、<a>蕭勝鴻</a></span><span>攝影 <a>X</a></span> … <a class="article__magazine">天下雜誌 797期</a>
    row = ('<div class="article__credit"><span>作者 <a href="/author/1977">陳怡璇</a>、<a href="/author/2054">蕭勝鴻</a></span>'
           '<span>攝影 <a href="/author/3">王文彥</a></span></div><a class="article__magazine" href="/magazine/2539">天下雜誌 797期</a>')
    fields = extract_page(html(article().replace("</h1>", f"</h1>{row}"))).fields
    assert (fields["author"], fields["source"]) == ("陳怡璇、蕭勝鴻", "天下雜誌")


def test_a_programme_heading_in_its_own_box_above_the_headline_and_a_cms_stamp_days_later():
    # BBC Learning English: <div class="widget-heading"><h3>媒体英语</h3></div><div class="widget-heading"><h3>headline</h3></div>,
    # "Episode 240520 / 20 May 2024" under it, JSON-LD datePublished four days later
    page = f"""<html><head><title>BBC Learning English - 媒体英语 / Wildflower verges bring bees back to towns</title>
    <script type="application/ld+json">{{"@type": "Article", "datePublished": "2024-05-24T06:41:09+01:00"}}</script></head><body>
    <div class="widget widget-heading"><h3>媒体英语</h3></div>
    <div class="widget widget-heading"><h3>Wildflower verges bring bees back to towns</h3></div>
    <div class="details"><h3><b>Episode 240520</b> / 20 May 2024</h3></div><div class="text"><p>{PROSE}</p><p>{PROSE}</p></div></body></html>"""
    fields = extract_page(html(page, url="https://www.bbc.co.uk/learningenglish/chinese/features/media-english/ep-240520")).fields
    assert (fields["category"], fields["published"]) == ("媒体英语", "2024-05-20")


def test_a_name_then_its_role_in_the_author_slot():
    # 中央日报中文网: its author meta and JSON-LD say "李秀贤 记者"
    head = '<meta name="author" content="李秀贤 记者">'
    assert extract_page(html(article(head=head))).fields["author"] == "李秀贤"


def test_a_writer_after_文_or_编译_over_a_cms_account_and_a_view_counter_is_no_source():
    # 星島日報美國版: meta author "webdesk", the writer on a closing line; the view counter reads "--" until a script fills it
    zh = "".join(f"<p>紐約市府宣布，今年冬季將在五個行政區增設流感疫苗接種站，長者及慢性病患者可免費預約接種{i}。</p>" for i in range(3))
    for line, author, source in (("文：梁嘉俊", "梁嘉俊", None), ("編譯：馮凱琳　來源：路透社", "馮凱琳", "路透社")):
        body = f"""<html><head><title>紐約增設流感疫苗接種站</title><meta name="author" content="webdesk"></head><body>
        <h1>紐約增設流感疫苗接種站</h1><div class="td-module-meta-info"><span class="td-post-date"><time>2025年10月30日 07:15</time></span>
        <div class="td-post-views"><span class="td-nr-views-5375912">--</span></div></div>
        <div class="td-post-content">{zh}<p>{line}</p></div></body></html>"""
        fields = extract_page(html(body)).fields
        assert (fields["author"], fields["source"], len(fields["paragraphs_zh"])) == (author, source, 3)


def test_a_paper_alone_in_the_bylines_place_is_the_source():
    # 中央日报中文网's editorial: <li><i class="icon-user-o"></i> 中央日报</li><li>上传 2024.05.22 07:20</li>; an account (英文悦读社) is no paper
    zh = "".join(f"<p>统计厅日前公布的数据显示，今年第一季度韩国的总和生育率降至历史新低，出生人口减少的趋势没有放缓{i}。</p>" for i in range(3))
    for name, author, source in (("中央日报", None, "中央日报"), ("英文悦读社", None, None)):
        body = f"""<html><head><title>应对超低生育率，现金补贴之外还需要什么</title></head><body>
        <div class="article-head-title"><h1>应对超低生育率，现金补贴之外还需要什么</h1></div><section class="info-group"><div class="info-text"><ul>
        <li><i class="icon-user-o"></i> {name}</li><li><i class="icon-clock-o"></i> 上传 2024.05.22 07:20</li><li>参与互动 0</li></ul></div></section>
        <div id="article-view-content-div">{zh}</div></body></html>"""
        fields = extract_page(html(body)).fields
        assert (fields["author"], fields["source"]) == (author, source), name


def test_a_section_link_boxed_with_the_headline_is_no_headline():
    # KBS WORLD 中文: div.title_area > p.cate > a 政治 + h2.title; the logo is the only h1
    zh = "".join(f"<p>国会全体会议以压倒性多数通过了灾难安全法修正案，大型活动主办方须实时监测人流密度{i}。</p>" for i in range(3))
    body = f"""<html><head><title>国会通过灾难安全法修正案 大型活动须实时监测人流 l KBS WORLD</title></head><body>
    <h1 class="logo"><a href="/service/index.htm?lang=c"><img src="/logo.png" alt="KBS WORLD"></a></h1>
    <article class="view"><div class="title_area"><p class="cate"><a href="./news_list.htm?lang=c&amp;id=Po">政治</a></p>
    <h2 class="title">国会通过灾难安全法修正案 大型活动须实时监测人流</h2></div>
    <div class="date_area"><p class="date">发布时间 : 2025-03-12 16:02:11</p></div><div class="body_txt">{zh}</div></article></body></html>"""
    fields = extract_page(html(body, url="https://world.kbs.co.kr/service/news_view.htm?lang=c&Seq_Code=86412")).fields
    assert (fields["title"], fields["category"]) == ("国会通过灾难安全法修正案 大型活动须实时监测人流", "政治")


def test_a_writers_role_cell_and_a_subtitle_above_the_headline():
    # 報導者: credits rows <div><div>文字</div><div></div><div><a><span>林于安</span></a></div></div> beside 攝影/設計;
    # an <h2> subtitle above the <h1> is no section where article:section names a section the page links
    zh = "".join(f"<p>過去5年，台8線中橫公路沿線通報了超過百起野生動物路殺，其中包括瀕危的台灣黑熊，公路單位開始試辦動物通道{i}。</p>" for i in range(3))
    rows = "".join(f'<div class="OzefuB"><div class="tXNTCT">{role}</div><div class="grsEPv"></div><div><a href="/authors/{i}"><span>{name}</span></a></div></div>'
                   for i, (role, name) in enumerate((("文字", "林于安"), ("攝影", "陳家瑋"), ("設計", "黃思齊"))))
    body = f"""<html><head><title>「讓熊先過」：中橫山區的動物通道 - 報導者 The Reporter</title><meta property="article:section" content="環境永續"></head><body>
    <div class="NvWQkR"><a href="/topics/wildlife-on-mountain-roads"><div>山路上的野生動物</div></a><h2 class="hFQDcG">野生動物路殺調查</h2>
    <h1>「讓熊先過」：中橫山區的動物通道</h1></div><aside><div><a href="/categories/environment"><p>環境永續</p></a></div><div>2024/5/20</div>{rows}</aside>
    <div class="body">{zh}</div></body></html>"""
    fields = extract_page(html(body, url="https://www.twreporter.org/a/central-cross-island-highway-wildlife-crossings")).fields
    assert (fields["author"], fields["category"]) == ("林于安", "環境永續")


def test_a_paper_reporter_after_文_图_and_a_headline_in_one_span_per_language():
    # 星洲日报: <span class="author">文／图：星洲日报记者 张伟杰</span> <span class="views">阅读 2.1k</span>, the spans run together
    zh = "".join(f"<p>连续假期首日，南北大道多个路段出现长达十公里的车龙，大道局呼吁公众错开出行时间{i}。</p>" for i in range(3))
    body = f"""<html><head><title>连续假期首日南北大道车龙</title></head><body><h1>连续假期首日南北大道车龙</h1>
    <div class="meta"><span class="time">2025年3月16日 20:15</span> <span class="author">文／图：星洲日报记者 张伟杰</span> <span class="views">阅读 2.1k</span></div>
    <div class="article-page-content">{zh}</div></body></html>"""
    fields = extract_page(html(body)).fields
    assert (fields["author"], fields["source"]) == ("张伟杰", "星洲日报")
    # 经济学人·商论: <h1><span lang="en-GB">English</span><span lang="zh-CN">中文</span></h1>, <title> the Chinese one
    en = "".join(f"<p>Regulators hope that bigger rural lenders will be safer ones, and have merged hundreds of them {i}.</p>" for i in range(3))
    body = f"""<html><head><title>中国的小银行正在合并浪潮中消失 | 经济学人·商论</title></head><body><article><header>
    <div class="kicker"><a class="flytitle" href="/zh-CN/section/finance">金融</a></div>
    <h1 class="title"><span class="title-en" lang="en-GB">China’s tiny banks are being merged out of existence</span><span class="title-zh" lang="zh-CN">中国的小银行正在合并浪潮中消失</span></h1></header>
    <div class="body">{en}{zh}</div></article></body></html>"""
    fields = extract_page(html(body, url="https://www.businessreview.global/zh-CN/latest/66431e08f3a73563df1039a4")).fields
    assert (fields["title"], fields["title_zh"]) == ("China’s tiny banks are being merged out of existence", "中国的小银行正在合并浪潮中消失")


def test_a_buttons_text_in_the_headline_a_citation_list_and_a_writer_editor():
    # 央廣: <h1>… <span class="podcast-btn"><a href="#podcastModal" data-toggle="modal">用Podcast訂閱本節目</a></span></h1>;
    # li.source 新聞引據：採訪、中央社 (the newsroom's own reporting is no source) and li.source 撰稿編輯：X (the writer)
    zh = "".join(f"<p>立法院經濟委員會今天初審通過海洋保育法修正草案，違法捕撈的罰鍰上限將提高至新台幣一千萬元{i}。</p>" for i in range(3))
    for cited, source in (("採訪、中央社", "中央社"), ("採訪", None)):
        body = f"""<html><head><title>立法院初審海洋保育法修正草案 - Rti</title></head><body><hgroup><h1>立法院初審海洋保育法修正草案
        <span class="podcast-btn"><a href="#podcastModal" data-toggle="modal" title="用Podcast訂閱本節目"> 用Podcast訂閱本節目 </a></span></h1></hgroup>
        <ul class="news-info"><li class="date">時間：2025-03-11 16:42</li><li class="source">新聞引據：{cited}</li><li class="source">撰稿編輯：張家豪</li></ul>
        <article>{zh}</article></body></html>"""
        fields = extract_page(html(body, url="https://www.rti.org.tw/news/view/id/2251790")).fields
        assert (fields["title"], fields["author"], fields["source"]) == ("立法院初審海洋保育法修正草案", "張家豪", source)


def test_a_byline_element_in_the_articles_own_header():
    # am730: <article><header class="article__head"><div class="article__head-author">撰文：林嘉欣</div><h1>…</h1></header>
    zh = "".join(f"<p>政府統計處昨日公布，4月份零售業總銷貨價值的臨時估計按年下跌約一成，是連續第三個月錄得跌幅{i}。</p>" for i in range(3))
    body = f"""<html><head><title>零售業總值連跌三個月 | am730</title></head><body><article class="article"><header class="article__head">
    <div class="article__head-meta"><div class="article__head-time">2024-06-11 18:20:00</div><div class="article__head-author">撰文：林嘉欣</div></div>
    <h1 class="article__head-title">零售業總值連跌三個月</h1></header><div class="article__body">{zh}</div></article></body></html>"""
    assert extract_page(html(body)).fields["author"] == "林嘉欣"


def test_a_chinese_headline_outweighs_a_tab_heading_and_a_paper_only_byline_run_into_the_date():
    # TED: og:title 'Transcript of "朗读出人意料的力量"', an <h2>Transcript</h2> tab heading of more letters than the <h1>
    zh = "".join(f"<p>我女儿六岁的时候，问了我一个我答不上来的问题，那时我们一本分章节的书读到一半{i}。</p>" for i in range(3))
    body = f"""<html><head><title>Tomás Reyes: 朗读出人意料的力量 | TED Talk</title><meta property="og:title" content="Transcript of &quot;朗读出人意料的力量&quot;"></head>
    <body><h1>朗读出人意料的力量</h1><section><h2 id="transcript-heading">Transcript</h2><div class="transcript">{zh}</div></section></body></html>"""
    assert extract_page(html(body)).fields["title"] == "朗读出人意料的力量"
    # 微博: "沧澜晨报作者：沧澜晨报记者 苏明远发布于 2018-11-23 07:40:18 举报" (spans run together), and "作者：沧澜晨报" alone,
    # beside the account's own link
    for byline, author, source in (("作者：沧澜晨报记者 苏明远", "苏明远", "沧澜晨报"), ("作者：沧澜晨报", None, "沧澜晨报")):
        body = f"""<html><head><title>沧澜启动夜间微循环公交试点</title></head><body><div class="title">沧澜启动夜间微循环公交试点</div>
        <div class="W_fl"><span class="author1"><a href="/u/5823170946" class="S_txt1"><em>沧澜晨报</em></a></span><span class="author2"><span class="author2in">{byline}</span></span>
        <span class="time">发布于 2018-11-23 07:40:18</span><span>举报</span></div><div class="WB_editor_iframe">{zh}</div></body></html>"""
        fields = extract_page(html(body, url="https://weibo.com/ttarticle/p/show?id=2309404309347781953604")).fields
        assert (fields["author"], fields["source"]) == (author, source), byline


def test_a_papers_reporter_in_brackets_after_the_dateline():
    # 大纪元: "【大纪元2024年06月18日讯】（大纪元记者林安综合报导）…", "（大纪元记者张婷编译）", "（大纪元记者周思宁澳洲悉尼报导）"
    rest = "一股来自北非的热气团本周横扫欧洲南部，西班牙、葡萄牙和意大利多地气温比往年同期高出8至10摄氏度。"
    for credit, author in (("（大纪元记者林安综合报导）", "林安"), ("（大纪元记者张婷编译）", "张婷"), ("（大纪元记者周思宁澳洲悉尼报导）", "周思宁")):
        zh = f"<p>【大纪元2024年06月18日讯】{credit}{rest}</p>" + "".join(f"<p>{rest}{i}</p>" for i in range(2))
        body = f"<html><head><title>欧洲南部提前迎来热浪</title></head><body><h1>欧洲南部提前迎来热浪</h1><div id='artbody'>{zh}</div></body></html>"
        fields = extract_page(html(body)).fields
        assert (fields["author"], fields["source"]) == (author, "大纪元"), credit


def test_a_papers_translator_run_into_the_time_several_reporters_and_a_headline_in_h4():
    zh = "".join(f"<p>首尔公寓交易量连续三个月出现回升，4月首尔公寓买卖成交量为4120套，比3月增加约12%{i}。</p>" for i in range(3))
    # 鉅亨網: <p class="alr4vq1"><span class="signature">鉅亨網編譯許家豪</span><time>2025-11-12 05:48</time></p>
    body = f"""<html><head><title>晶片股反攻 那斯達克終結三連跌 | Anue鉅亨 - 美股</title></head><body><article><header><h1>晶片股反攻 那斯達克終結三連跌</h1>
    <div><p class="alr4vq1"><span class="signature">鉅亨網編譯許家豪</span><time datetime="2025-11-12T05:48:12+08:00">2025-11-12 05:48</time></p></div></header>
    <main>{zh}</main></article></body></html>"""
    fields = extract_page(html(body)).fields
    assert (fields["author"], fields["source"]) == ("許家豪", "鉅亨網")
    # 朝鲜日报中文网: div#title_title > span.cate + h4; span.name "朝鲜日报记者&nbsp;朴贤珠、郑敏浩"
    body = f"""<html><head><title>首尔公寓成交量连续三个月回升 - 朝鲜日报网</title></head><body><h1 class="logo"><a href="/"><img src="l.png" alt="朝鲜日报"></a></h1>
    <h3>热门新闻</h3><div id="title_title"><span class="cate">经济</span><h4>首尔公寓成交量连续三个月回升</h4></div>
    <div class="name_wrap"><span class="name">朝鲜日报记者&nbsp;朴贤珠、郑敏浩</span></div><div class="article_body" id="articleBody">{zh}</div></body></html>"""
    fields = extract_page(html(body)).fields
    assert (fields["title"], fields["author"], fields["source"]) == ("首尔公寓成交量连续三个月回升", "朴贤珠、郑敏浩", "朝鲜日报")


def test_the_reporter_right_after_a_papers_dateline():
    # 大公報: "【大公報訊】記者梁嘉怡報道：連接觀塘海濱長廊與啟德郵輪碼頭一帶的單車徑將於下月分階段開放。"
    zh = "".join(f"<p>土木工程拓展署昨日表示，單車徑全長約三公里，沿途設有休憩處及單車停泊位{i}。</p>" for i in range(3))
    body = f"""<html><head><title>觀塘海濱單車徑下月分段開放</title></head><body><h1>觀塘海濱單車徑下月分段開放</h1>
    <div class="article-content"><p>【大公報訊】記者梁嘉怡報道：連接觀塘海濱長廊與啟德郵輪碼頭一帶的單車徑將於下月分階段開放。</p>{zh}</div></body></html>"""
    assert extract_page(html(body)).fields["author"] == "梁嘉怡"


def test_a_papers_dateline_with_its_reporter_in_brackets():
    # 文匯報: "香港文匯報訊（記者 黎忞）" (on a line of its own or run into the text), "（記者 費小燁 深圳報道）" (where
    # from), "（綜合報道）" (no reporter: the paper alone); the dateline stays in the body
    rest = "發展局昨日公布維港海濱單車徑的最新設計方案，新徑全長約3.2公里，將分三段施工。"
    cases = (("<p>香港文匯報訊（記者 黎忞）</p>", "黎忞", "香港文匯報"), (f"<p>香港商報網訊（記者 陳嘉欣）{rest}</p>", "陳嘉欣", "香港商報網"),
             ("<p>香港文匯報訊（記者 費小燁 深圳報道）</p>", "費小燁", "香港文匯報"), (f"<p>香港文匯報訊（綜合報道）{rest}</p>", None, "香港文匯報"),
             (f"<p>新京报讯（记者张一鸣 李想）{rest}</p>", "张一鸣 李想", "新京报"))
    for dateline, author, source in cases:
        zh = dateline + "".join(f"<p>{rest}{i}</p>" for i in range(3))
        body = f"<html><head><title>維港海濱單車徑公布設計</title></head><body><h1>維港海濱單車徑公布設計</h1><div class='post-content'>{zh}</div></body></html>"
        fields = extract_page(html(body)).fields
        assert (fields["author"], fields["source"]) == (author, source), dateline
        assert fields["paragraphs_zh"][0].startswith(dateline[3:13]), dateline


def test_a_posts_rel_category_its_originals_english_headline_and_card_lines():
    # 中国数字时代: "港湾评论 | …" headline (the outlet, kept) under rel="category tag" 外媒看中国; an archive card whose
    # 标题 links the English original and whose 来源 names it; the section at the end of the info line is no source
    zh = "".join(f"<p>十一年来，一辆装着松木书架的白色面包车，一直沿着同一条路线穿行于云南西南部一个山区县的丘陵之间{i}。</p>" for i in range(3))
    card = ('<p><strong>CDT 档案卡</strong></p><p><strong>标题：</strong><a href="https://harbor-review.net/2024/03/09/library-van-yunnan/">When the Library Van Stopped Coming</a></p>'
            '<p><strong>作者：</strong>Meredith Lang</p><p><strong>来源：</strong><a href="https://harbor-review.net/">港湾评论</a></p><p><strong>主题归类：</strong><a href="/space/x">乡村教育</a></p>')
    body = f"""<html><head><title>港湾评论 | 流动图书车不再来的时候 - 中国数字时代</title></head><body><article><h1 class="entry-title">港湾评论 | 流动图书车不再来的时候</h1>
    <p class="post-meta"> 由 <span class="author vcard"><a href="/chinese/author/linjian" rel="author">林间</a></span> | <span class="published">2024年3月12日 10:15</span> |
    <a href="https://chinadigitaltimes.net/chinese/category/x" rel="category tag">外媒看中国</a></p>
    <div class="entry-content"><p><span>CDT编辑注：英文杂志《港湾评论》近日刊发一篇报道。</span></p>{card}<hr/>{zh}</div></article></body></html>"""
    fields = extract_page(html(body, url="https://chinadigitaltimes.net/chinese/706122.html")).fields
    assert (fields["title"], fields["title_zh"], fields["category"], fields["source"]) == (
        "When the Library Van Stopped Coming", "港湾评论 | 流动图书车不再来的时候", "外媒看中国", "港湾评论")
    assert len(fields["paragraphs_zh"]) == 3
    # a post whose info line ends with its section, 网络民议, and no other source
    body = body.replace(card, "").replace("外媒看中国", "网络民议").replace("港湾评论 | ", "")
    assert extract_page(html(body, url="https://chinadigitaltimes.net/chinese/705990.html")).fields["source"] is None


def test_an_outlets_report_in_the_byline_a_profile_boxs_heading_and_an_update_run_on():
    zh = "".join(f"<p>多個關注露宿者權益的團體昨日到社會福利署請願，要求延長臨時避寒中心的開放時間{i}。</p>" for i in range(3))
    # 獨立媒體: a.author "獨媒報導" (the outlet's report: its source); "作者其他文章" heads the profile box's list, names nobody
    body = f"""<html><head><title>寒流下露宿者到社署請願</title></head><body><article><h1 class="title">寒流下露宿者到社署請願</h1>
    <div class="post-meta"><a href="/user/1/post" class="author">獨媒報導</a><p class="date">週四 2024-01-18</p></div><div class="post-content">{zh}</div>
    <div class="author-profile"><h4><a href="/user/1/post">獨媒報導</a></h4><h5>作者其他文章</h5><ul><li><a href="/node/x">另一篇</a></li></ul></div></article></body></html>"""
    fields = extract_page(html(body)).fields
    assert (fields["author"], fields["source"]) == (None, "獨媒報導")
    # 英语网: "来源：中国日报网更新：2024-03-26 10:20" (the spans run together)
    body = f"""<html><head><title>无人机助力全国春耕</title></head><body><h1>无人机助力全国春耕</h1>
    <div class="info"><span>来源：中国日报网</span><span>更新：2024-03-26 10:20</span></div><div class="text">{zh}</div></body></html>"""
    assert extract_page(html(body)).fields["source"] == "中国日报网"


def test_a_partners_publisher_heading_is_the_source():
    # LINE TODAY: <a href="/tw/v2/publisher/101877"><h4 class="entityPublishInfo-publisher">晨讀英語</h4></a>
    zh = "".join(f"<p>台北多個夜市推出自備餐具享折扣的活動，攤商表示一次性餐具的用量明顯減少{i}。</p>" for i in range(3))
    body = f"""<html><head><title>夜市減塑新招 自備餐具享折扣</title></head><body><h1 class="entityTitle">夜市減塑新招 自備餐具享折扣</h1>
    <div class="entityPublishInfo"><div class="entityPublishInfo-meta"><a href="/tw/v2/publisher/101877" class="entityPublishInfo-meta-link">
    <h4 class="entityPublishInfo-publisher">晨讀英語</h4></a><span class="entityPublishInfo-meta-info">發布於 2022年05月13日 08:00</span></div></div>
    <article class="news-content">{zh}</article></body></html>"""
    fields = extract_page(html(body, url="https://today.line.me/tw/v2/article/Lm5vKde")).fields
    assert (fields["author"], fields["source"]) == (None, "晨讀英語")


def test_a_vertical_colon_a_named_headline_and_run_on_language_links():
    zh = "".join(f"<p>深水埗的補鞋匠在街角開檔四十年，街坊的皮鞋、書包和雨傘，都在他的小木櫈上重獲新生{i}。</p>" for i in range(3))
    # 明周: "撰文︰梁凱晴 攝影︰何子謙 編輯︰鄭穎欣" (︰, the colon's vertical form); "Offline Hour 離線一小時：…" (an English name, no English headline)
    body = f"""<html><head><title>Offline Hour 離線一小時：在圖書館關掉手機的人 - 明周文化</title></head><body><h1>Offline Hour 離線一小時：在圖書館關掉手機的人</h1>
    <div class="credit">撰文︰梁凱晴 攝影︰何子謙 編輯︰鄭穎欣</div><div class="entry-content">{zh}</div></body></html>"""
    fields = extract_page(html(body)).fields
    assert (fields["title"], fields["title_zh"], fields["author"], fields["source"]) == (
        "Offline Hour 離線一小時：在圖書館關掉手機的人", "Offline Hour 離線一小時：在圖書館關掉手機的人", "梁凱晴", None)
    # 今日中国: "作者：林晓岚【English】" and "Author:LIN XIAOLAN 中文", the edition's switch run on; hk01's "撰文： 01教育編輯部"
    for line, author in (("来源：今日中国 作者：林晓岚【<a href='/en'>English</a>】", "林晓岚"), ("Source:China Today Author:LIN XIAOLAN <a href='/zh'>中文</a>", "LIN XIAOLAN"),
                         ("撰文： 01教育編輯部 出版： 2024-12-14 09:00", "01教育編輯部")):
        body = f"""<html><head><title>竹编新生</title></head><body><h1>竹编新生</h1><div class="info">2024-05-20 10:30:00 {line}</div>
        <div class="TRS_Editor">{zh}</div></body></html>"""
        assert extract_page(html(body)).fields["author"] == author, line


def test_a_desk_then_the_papers_reporter_on_a_line_of_its_own():
    # 21世纪经济报道: "南方财经 21世纪经济报道记者 陈思琪 广州报道" opening the text
    zh = "".join(f"<p>多家银行本周下调存款利率，业内人士认为，净息差承压是银行调整负债成本的主要原因{i}。</p>" for i in range(3))
    body = f"""<html><head><title>多家银行下调存款利率</title></head><body><h1>多家银行下调存款利率</h1><h6>2025年05月14日 09:41</h6>
    <div class="content"><p>南方财经 21世纪经济报道记者 陈思琪 广州报道</p>{zh}</div></body></html>"""
    fields = extract_page(html(body)).fields
    assert (fields["source"], len(fields["paragraphs_zh"])) == ("21世纪经济报道", 3)


def test_a_quoted_chinese_headline_a_dash_then_the_english_and_a_shows_number_as_source():
    # 希平方: <h1>「台北捷運試辦深夜加開班次」- Taipei Metro Tests Late-Night Trains</h1>, 影片來源：<a>CNN 10</a>
    en = "".join(f"<p>Taipei's metro will run extra late-night trains on weekends starting next month, officials said {i}.</p>" for i in range(3))
    body = f"""<html><head><title>「台北捷運試辦深夜加開班次」- Taipei Metro Tests Late-Night Trains - 看YouTube學英文</title></head><body>
    <h1 class="video-title">「台北捷運試辦深夜加開班次」- Taipei Metro Tests Late-Night Trains</h1>
    <div class="video-source">影片來源：<a href="https://www.youtube.com/watch?v=Pq8sLm3NvTa">CNN 10</a></div><div class="content">{en}</div></body></html>"""
    fields = extract_page(html(body)).fields
    assert (fields["title"], fields["title_zh"], fields["source"]) == ("Taipei Metro Tests Late-Night Trains", "台北捷運試辦深夜加開班次", "CNN 10")


def test_a_section_label_before_the_english_headline_that_the_title_leaves_out():
    # 旺旺英语: <h1>双语新闻：Museum opens night tours…</h1><h2>博物馆推出青少年夜游项目</h2>, <title> without the label
    pairs = "".join(f"<p>The museum has launched night tours for visitors aged 12 to 18 this summer {i}.</p><p>博物馆今夏为12至18岁的参观者推出夜游项目{i}。</p>" for i in range(3))
    body = f"""<html><head><title>Museum opens night tours for teenage visitors 博物馆推出青少年夜游项目_双语新闻_旺旺英语</title></head><body>
    <div class="place">当前位置：<a href="/">旺旺首页</a> &gt; <a href="/news/">英语新闻</a> &gt; <a href="/news/shuangyu/">双语新闻</a> &gt; 正文</div>
    <div class="title"><h1>双语新闻：Museum opens night tours for teenage visitors</h1><h2>博物馆推出青少年夜游项目</h2>
    <div class="info"><span>时间：2024-06-06 20:15</span>&nbsp;&nbsp;<span>来源：中国日报网</span>&nbsp;&nbsp;<span>作者：佚名</span></div></div><div class="content">{pairs}</div></body></html>"""
    fields = extract_page(html(body)).fields
    assert (fields["title"], fields["title_zh"], fields["category"]) == ("Museum opens night tours for teenage visitors", "博物馆推出青少年夜游项目", "双语新闻")


def test_a_reporters_byline_with_where_from_run_into_the_time_and_the_papers_meta_author():
    # 世界日報: <span>記者張文遠／華盛頓報導</span><time>2025-06-17 14:32</time>, <meta name="author" content="世界日報">
    zh = "".join(f"<p>聯邦參議院商務委員會17日以15票對11票，通過社區語言可及服務法案{i}。</p>" for i in range(3))
    for byline, author in (("記者張文遠／華盛頓報導", "張文遠"), ("編譯林慧琪／綜合報導", "林慧琪"), ("記者唐嘉麗、顏潔恩／紐約報導", "唐嘉麗、顏潔恩")):
        body = f"""<html><head><title>參院委員會通過社區語言服務法案 | 世界新聞網</title><meta name="author" content="世界日報"><meta property="og:site_name" content="世界新聞網"></head>
        <body><h1>參院委員會通過社區語言服務法案</h1><section class="article-content__info"><span class="article-content__author">{byline}</span><time class="article-content__time">2025-06-17 14:32</time></section>
        <section class="article-content__editor">{zh}</section></body></html>"""
        fields = extract_page(html(body, url="https://www.worldjournal.com/wj/story/121173/9412357")).fields
        assert (fields["author"], fields["source"]) == (author, None), byline


def test_the_headline_under_the_date_line_is_no_source():
    # 常春藤: <p class="post_date">2024/06/11 07:30</p><h1 class="title_en">…</h1><h2 class="title_zh">…</h2>
    pairs = "".join(f"<p>More commuters are choosing two wheels over four {i}.</p><p>越來越多通勤族捨棄四輪、改騎兩輪{i}。</p>" for i in range(3))
    body = f"""<html><head><title>Pedal Power Makes a Comeback 單車熱潮再起｜解析英語</title></head><body><article><div class="article_head">
    <p class="post_date">2024/06/11 07:30</p><h1 class="title_en">Pedal Power Makes a Comeback</h1><h2 class="title_zh">單車熱潮再起</h2>
    <p class="author">by Brian Foster</p></div><div class="article_en">{pairs}</div></article></body></html>"""
    fields = extract_page(html(body)).fields
    assert (fields["title"], fields["author"], fields["source"]) == ("Pedal Power Makes a Comeback", "Brian Foster", None)


def test_a_wire_datelines_agency_is_the_source_and_a_pictures_copyright_is_not():
    # Sputnik: div.article__announce-text "俄罗斯卫星通讯社莫斯科电 …" above the text (its first paragraph), a photo's
    # div.media__copyright-item "© Sputnik / 安德烈·别雷赫"
    lede = "俄罗斯卫星通讯社莫斯科电 俄罗斯副总理14日表示，2024年俄中贸易额有望在去年基础上继续保持增长。"
    zh = [f"诺沃肖洛夫是在莫斯科举行的俄中经贸合作论坛上作出上述表示的，两国经贸合作已经形成较为稳定的结构{i}。" for i in range(3)]
    body = f"""<html><head><title>俄副总理：今年俄中贸易额有望保持增长</title></head><body><div class="article__header"><h1 class="article__title">俄副总理：今年俄中贸易额有望保持增长</h1>
    <div class="article__announce-text">{lede}</div><div class="media"><img src="/p.jpg"><div class="media__copyright"><div class="media__copyright-item m-copyright">© Sputnik / 安德烈·别雷赫</div></div></div></div>
    <div class="article__body">{"".join(f'<div class="article__block"><div class="article__text">{p}</div></div>' for p in zh)}</div></body></html>"""
    fields = extract_page(html(body, url="https://sputniknews.cn/20240314/1057821904.html")).fields
    assert (fields["source"], fields["author"]) == ("俄罗斯卫星通讯社", None)
    assert fields["paragraphs_zh"] == [lede, *zh]
    # a teaser above the text, with no dateline, stays out
    teaser = body.replace(lede, "专家认为，中国新能源汽车在俄罗斯市场的份额还将继续扩大。")
    assert extract_page(html(teaser, url="https://sputniknews.cn/20240314/1057821904.html")).fields["paragraphs_zh"] == zh


def test_the_writers_name_signing_off_the_text_is_the_author_not_a_paragraph():
    # 越南之声: the text ends with <p style="text-align: right;"><strong>黎氏红</strong></p>
    zh = [f"越南政府近日出台多项措施，推动2025年国内生产总值增长目标的实现，各部门将加快公共投资项目的执行进度{i}。" for i in range(3)]
    body = f"""<html><head><title>越南推动2025年经济增长提速</title><script type="application/ld+json">{{"@type": "NewsArticle", "author": {{"@type": "Person", "name": "黎氏红"}}}}</script>
    </head><body><h1>越南推动2025年经济增长提速</h1>
    <div class="article__body cms-body">{"".join(f"<p>{p}</p>" for p in zh)}<p style="text-align: right;"><strong>黎氏红</strong></p></div></body></html>"""
    fields = extract_page(html(body, url="https://vovworld.vn/zh-CN/新闻/越南推动2025年经济增长提速-1394527.vov")).fields
    assert (fields["author"], fields["paragraphs_zh"]) == ("黎氏红", zh)


def test_a_writers_role_across_a_slash_and_a_badge_before_a_related_link():
    # 國語日報: <span>英文撰稿／Dale Whitfield<br>(2025/3/11)</span>; 相關新聞 <li><span class="badge">英文小百科</span> <a>…</a></li>
    pairs = "".join(f"<p>Baby sea turtles follow the moonlight to find their way to the sea {i}.</p><p>海龜寶寶跟著月光找到回到大海的路{i}。</p>" for i in range(3))
    related = ('<div class="related_news"><h4 class="related_title">相關新聞</h4><ul><li><span class="badge badge-warning">英文小百科</span> '
               '<a href="content.asp?Link_String_=232P00000DKTLWE">候鳥怎麼找到回家的路</a></li></ul></div>')
    body = f"""<html><head><title>海龜寶寶跟著月光回家─國語日報社</title></head><body><div class="page_main_box"><h2>海龜寶寶跟著月光回家</h2>
    <h3 class="en_title">Baby Turtles Follow the Moon Home</h3><div class="col"><span>英文撰稿／Dale Whitfield<br>(2025/3/11)</span></div>
    <div>{pairs}</div></div>{related}</body></html>"""
    fields = extract_page(html(body, url="https://www.mdnkids.com/content.asp?Link_String_=233B00000QWKPTR")).fields
    assert fields["author"] == "Dale Whitfield"
    assert fields["related"] == [{"url": "https://www.mdnkids.com/content.asp?Link_String_=232P00000DKTLWE", "title": "候鳥怎麼找到回家的路", "category": "英文小百科"}]


def test_the_reporters_in_brackets_after_a_dateline_ending_in_dian_or_xiaoxi():
    rest = "水利部11日召开2025年全国水利工作会议，部署今年防汛抗旱和水资源管理等重点工作，要求各地提前做好准备。"
    for dateline, author in (("央广网北京3月12日消息（记者 王晓宁）", "王晓宁"), ("新华社北京3月14日电（记者 陈曦、李敏）", "陈曦、李敏"),
                             ("中国青年报客户端北京3月16日电（中青报·中青网记者 李洋）", "李洋")):
        zh = f"<p>　　{dateline}{rest}</p>" + "".join(f"<p>{rest}{i}</p>" for i in range(2))
        body = f"<html><head><title>水利部部署今年防汛抗旱工作_央广网</title></head><body><h1>水利部部署今年防汛抗旱工作</h1><div class='TRS_Editor'>{zh}</div></body></html>"
        assert extract_page(html(body, url="https://news.cnr.cn/native/gd/20250312/t20250312_527101234.shtml")).fields["author"] == author, dateline


def test_a_wire_features_opening_line_names_its_reporters_after_the_headline():
    # 中通社: "香港中通社北京3月11日電 題：<headline> 香港中通社記者 何卓賢 陳思穎", a line of its own the text keeps
    opening = "香港中通社北京3月11日電 題：港區委員熱議新質生產力 冀香港發揮超級聯繫人角色 香港中通社記者 何卓賢 陳思穎"
    rest = "全國政協十四屆四次會議11日在北京繼續舉行小組討論，多名港區全國政協委員圍繞發展新質生產力建言獻策。"
    zh = f"<p>{opening}</p>" + "".join(f"<p>{rest}{i}</p>" for i in range(3))
    body = f"<html><head><title>港區委員熱議新質生產力 - 香港中通社</title></head><body><h1>港區委員熱議新質生產力 冀香港發揮超級聯繫人角色</h1><div class='content'>{zh}</div></body></html>"
    fields = extract_page(html(body, url="https://www.hkcna.hk/docDetail.jsp?id=101412097&channel=2803")).fields
    assert (fields["author"], fields["source"]) == ("何卓賢 陳思穎", "香港中通社")
    assert fields["paragraphs_zh"][0] == opening


def test_a_papers_byline_across_a_bar_names_the_reporters_and_the_paper():
    # 新頭殼's div.content_reporter "新頭殼newtalk | 許書瑋、吳宗翰 台北報導"; 北京日报's "北京日报客户端 | 记者 孙云柯" opening the text
    rest = "立法院今日院會三讀通過修正案，明定中央政府每年編列專款，補助離島居民緊急後送台灣本島就醫的交通費用。"
    zh = "".join(f"<p>{rest}{i}</p>" for i in range(3))
    cases = (("<div class='content_reporter'>新頭殼newtalk | <a href='/reporter/view/288'>許書瑋</a>、<a href='/reporter/view/301'>吳宗翰</a> 台北報導</div>", "", ("許書瑋、吳宗翰", "新頭殼newtalk")),
             ("", "<p>北京日报客户端 | 记者 孙云柯</p>", ("孙云柯", "北京日报客户端")))
    for info, opening, expected in cases:
        body = f"<html><head><title>離島醫療補助條例三讀</title></head><body><h1>離島醫療補助條例三讀</h1>{info}<div class='content'>{opening}{zh}</div></body></html>"
        fields = extract_page(html(body)).fields
        assert (fields["author"], fields["source"]) == expected


def test_a_programmes_episode_and_the_section_lead_the_headline():
    # 15Mins: h1 "每日英語跟讀 Ep.K512: About Japan - Kyoto caps…", the trail's last link About Japan, h2.zh-title under it
    en = "".join(f"<p>Kyoto will stop large tour buses from entering the temple district during the busy season, officials said {i}.</p><p>京都市政府表示，旺季期間將禁止大型觀光巴士駛入寺廟區{i}。</p>" for i in range(3))
    body = f"""<html><head><title>每日英語跟讀 Ep.K512: About Japan - Kyoto caps tour buses - 通勤學英語</title></head><body>
    <nav class="ast-breadcrumbs"><span><a href="/">首頁</a></span> &raquo; <span><a href="/category/daily-shadowing/">每日英語跟讀</a></span> &raquo;
    <span><a href="/tag/about-japan/">About Japan</a></span> &raquo; <span>Ep.K512</span></nav>
    <h1 class="entry-title">每日英語跟讀 Ep.K512: About Japan - Kyoto caps tour buses</h1><h2 class="zh-title">京都限制觀光巴士駛入寺廟區</h2>
    <div class="entry-content">{en}</div></body></html>"""
    fields = extract_page(html(body, url="https://www.15mins.today/2024/05/13/ep-k512-kyoto-tour-buses/")).fields
    assert (fields["title"], fields["title_zh"], fields["category"]) == ("Kyoto caps tour buses", "京都限制觀光巴士駛入寺廟區", "About Japan")


def test_a_trail_with_its_location_label_and_separators_in_spans_and_a_leader_writer():
    # 每经: <div class="g-article-nav"><span class="u-location">当前位置：</span><a>每经网首页</a><span class="u-gt">&gt;</span><a>评论</a></div>;
    # the headline's column before a bar stays the headline's beside a trail; "每经评论员 许涵" names the writer
    zh = "".join(f"<p>家电以旧换新政策落地后，各地补贴细则陆续出台，如何让消费者真正得到实惠，是政策能否见效的关键{i}。</p>" for i in range(3))
    body = f"""<html><head><title>每经热评丨以旧换新要让消费者换得起 | 每经网</title></head><body>
    <div class="g-article-nav"><span class="u-location">当前位置：</span><a href="https://www.nbd.com.cn/">每经网首页</a><span class="u-gt">&gt;</span><a class="u-column" href="https://www.nbd.com.cn/columns/4/">评论</a></div>
    <h1>每经热评丨以旧换新要让消费者换得起</h1><div class="g-articl-text"><p>每经评论员 许涵</p>{zh}</div></body></html>"""
    fields = extract_page(html(body, url="https://www.nbd.com.cn/articles/2024-06-10/3421873.html")).fields
    assert (fields["title"], fields["category"], fields["author"]) == ("每经热评丨以旧换新要让消费者换得起", "评论", "许涵")


def test_info_spans_a_line_break_apart_an_empty_author_before_share_links_and_a_source_named_fabu():
    # 齐鲁网: <span>来源：…</span>\n<span id="author_baidu">作者：李娜 刘洋</span>\n<span class="share-box"><a>微信</a><a>微博</a>…;
    # 上观's 来源：浦东发布 (an account, not the 发布 of 发布时间)
    zh = "".join(f"<p>　　6月上旬，烟台栖霞市的苹果园里，果农们正忙着给幼果套袋，为它们遮挡风雨和病虫害{i}。</p>" for i in range(3))
    def info(author: str, source: str = "大众日报") -> str:
        return f"""<html><head><title>栖霞苹果套袋忙</title></head><body><h1>栖霞苹果套袋忙</h1><div class="info">
        <span class="time">2025-06-10 16:05:31</span>
        <span id="source_baidu">来源：<a href="javascript:;">{source}</a></span>
        <span id="author_baidu">作者：{author}</span>
        <span class="share-box"><a href="javascript:;">微信</a><a href="javascript:;">微博</a><a href="javascript:;">QQ空间</a></span>
        </div><div class="article-main">{zh}</div></body></html>"""
    assert extract_page(html(info("李娜 刘洋"))).fields["author"] == "李娜 刘洋"
    assert extract_page(html(info(""))).fields["author"] is None
    assert extract_page(html(info("", "浦东发布"))).fields["source"] == "浦东发布"


def test_a_wire_or_the_paper_itself_as_the_byline_and_a_newsroom_mark_matching_it_are_the_source():
    # The China Post: <div class="td-post-author-name">By <a href="/author/cna/">CNA</a></div>, og:site_name The China Post;
    # i-CABLE: <span class="post-author">有線新聞</span> and the text opening 【有線新聞】
    en = "".join(f"<p>Taiwan's exports rose for a sixth straight month in April on strong demand for servers and chips, the finance ministry said {i}.</p><p>財政部表示，受伺服器與晶片需求強勁帶動，台灣四月出口連續第六個月成長{i}。</p>" for i in range(3))
    for name, expected in (("CNA", "CNA"), ("The China Post", "The China Post")):
        body = f"""<html><head><title>Exports rise - The China Post</title><meta property="og:site_name" content="The China Post"></head><body>
        <h1>Exports rise for sixth month</h1><div class="td-post-author-name"><div class="td-author-by">By</div> <a href="https://chinapost.nownews.com/author/x/">{name}</a></div>
        <div class="td-post-content">{en}</div></body></html>"""
        fields = extract_page(html(body, url="https://chinapost.nownews.com/20240510-4531877")).fields
        assert (fields["author"], fields["source"]) == (None, expected)
    zh = "".join(f"<p>政府宣布調低部分物業交易印花稅的新措施下月一日生效，有地產代理預計二手住宅成交量可回升{i}。</p>" for i in range(3))
    body = f"""<html><head><title>印花稅新措施下月生效 - 有線寬頻 i-CABLE</title></head><body><h1>印花稅新措施下月生效</h1>
    <div class="entry-meta"><span class="post-author">有線新聞</span> <span class="post-date">2025年09月20日</span></div>
    <div class="entry-content"><p>【有線新聞】政府宣布調低部分物業交易印花稅。</p>{zh}</div></body></html>"""
    fields = extract_page(html(body)).fields
    assert (fields["author"], fields["source"]) == (None, "有線新聞")


def test_a_reporter_of_a_named_newsroom_after_a_role():
    # 港人講地's "撰文：港人講地記者 林家晴": the newsroom is the source, whatever its name ends in
    zh = "".join(f"<p>政府公布新一輪土地供應計劃，未來五年將推出多幅產業用地，以配合北部都會區的發展{i}。</p>" for i in range(3))
    body = f"""<html><head><title>產業用地供應 | 港人講地</title></head><body><h1>政府公布產業用地供應計劃</h1>
    <div class="byline">撰文：港人講地記者 林家晴</div><div class="content">{zh}</div></body></html>"""
    fields = extract_page(html(body)).fields
    assert (fields["author"], fields["source"]) == ("林家晴", "港人講地")


def test_a_long_english_headline_under_the_chinese_one_and_a_signed_articles_byline_and_first_venue():
    # 译聚网: h2.entitle of 121 characters; an embassy's "By Zhao Minghui, Chinese Ambassador to New Zealand" and
    # "(This article was first published in The Dominion Post on 28 February 2024.)": the venue is the source, not the date
    en_title = "Ambassador Zheng Liheng's Signed Article in The New Zealand Herald: Meeting a Shared Future with Openness and Cooperation"
    pairs = "".join(f"<p>China and New Zealand have long worked together on trade, education and climate research, the ambassador wrote {i}.</p><p>大使写道，中新两国长期在贸易、教育和气候研究方面开展合作{i}。</p>" for i in range(3))
    body = f"""<html><head><title>郑立衡大使发表署名文章 英中对照_译聚网</title><meta name="PubDate" content="2024-02-29 11:12:45"></head><body>
    <h1>郑立衡大使发表署名文章</h1><span class="dual-tag">英中对照</span><h2 class="entitle">{en_title}</h2>
    <div class="time"><span>2024-02-29 11:12</span></div><div class="content">{pairs}
    <p style="text-align: right;"><em>By Zhao Minghui, Chinese Ambassador to New Zealand</em></p>
    <p><em>(This article was first published in The Dominion Post on 28 February 2024.)</em></p></div></body></html>"""
    fields = extract_page(html(body)).fields
    assert fields["title"] == en_title
    assert (fields["author"], fields["source"], fields["published"]) == ("Zhao Minghui", "The Dominion Post", "2024-02-29T11:12:45+08:00")
    assert not any("Zhao Minghui" in p for p in fields["paragraphs_en"])


def test_a_magazines_issue_note_a_stringers_rank_and_a_wire_or_paper_in_title_marks_name_the_source():
    # 亞洲週刊's "本文刊於《亞洲週刊》2024年第23期" and "亞洲週刊特約記者 馬浩然 吉隆坡報道"; 經濟通's
    # "《經濟通通訊社１４日專訊》…" opening the text and "《香港經濟日報》" closing a carried story
    zh = "".join(f"<p>柔佛州近年吸引大批數據中心投資，當地電網與水資源面對前所未有的壓力，州政府正研究新的審批標準{i}。</p>" for i in range(3))
    cases = ((f"{zh}<p>本文刊於《亞洲週刊》2024年第23期</p>", (None, "亞洲週刊")),
             (f"<p>亞洲週刊特約記者 馬浩然 吉隆坡報道</p>{zh}", ("馬浩然", "亞洲週刊")),
             (f"<p>《經濟通通訊社１４日專訊》歐盟統計局公布，歐元區今年首季國內生產總值按季增長。</p>{zh}", (None, "經濟通通訊社")),
             (f"{zh}</div><p class='source'>《香港經濟日報》</p><div>", (None, "香港經濟日報")))  # (after the text, as 經濟通 sets it)
    for text, expected in cases:
        body = f"<html><head><title>柔佛數據中心熱潮</title></head><body><h1>柔佛數據中心熱潮背後的電力困局</h1><div class='content'>{text}</div></body></html>"
        fields = extract_page(html(body)).fields
        assert (fields["author"], fields["source"]) == expected, text[-40:]
        assert not any(p.startswith(("本文刊於", "亞洲週刊特約", "《香港經濟日報》")) for p in fields["paragraphs_zh"])


def test_a_columns_name_in_title_marks_is_the_section_the_trail_names():
    # 經濟通: h1-less p.ArticleHdr "《午市前瞻》恒指半日升287點…" under a trail ending 午市前瞻; 《人民日报》 elsewhere is a paper
    zh = "".join(f"<p>恒指今早高開後升幅擴大，半日收報19,856點，科指表現跑贏大市，內銀股續受資金追捧{i}。</p>" for i in range(3))
    def body(title: str, crumb: str) -> str:
        return f"""<html><head><title>{title} - 經濟通</title></head><body><div class="breadcrumb"><a href="/">首頁</a> &gt; <a href="/news/">{crumb}</a></div>
        <h1>{title}</h1><div class="content">{zh}</div></body></html>"""
    fields = extract_page(html(body("《午市前瞻》恒指半日升287點，科指跑贏大市", "午市前瞻"))).fields
    assert (fields["title"], fields["category"]) == ("恒指半日升287點，科指跑贏大市", "午市前瞻")
    assert extract_page(html(body("《人民日报》评论员文章：推动高质量发展", "评论"))).fields["title"] == "《人民日报》评论员文章：推动高质量发展"


def test_a_trail_whose_links_carry_their_separators_a_papers_alias_in_its_dateline_and_an_original_print_venue():
    # 荆楚网: <div class="lmy_dw"><a>荆楚网</a><a> &gt; 新闻</a><a> &gt; 湖北新闻</a></div>, "荆楚网（湖北日报网）讯（记者 周倩）…";
    # 中山大學's closing "本文原刊載於《中山大學校刊》第52期"
    zh = "".join(f"<p>“汉江夜游”新航线自5月6日开通以来，累计接待游客超过两万人次，带动沿江夜间消费明显增长{i}。</p>" for i in range(3))
    body = f"""<html><head><title>汉江夜游新航线开通</title></head><body><div class="lmy_dw"><a href="https://www.cnhubei.com/">荆楚网</a>
    <a href="https://news.cnhubei.com/"> &gt; 新闻</a><a href="https://www.cnhubei.com/sz/"> &gt; 市州</a></div><h1>汉江夜游新航线开通</h1>
    <div class="article_w"><p>荆楚网（湖北日报网）讯（记者 周倩）5月13日，记者从襄阳市文化和旅游局获悉。</p>{zh}<p>本文原刊載於《中山大學校刊》第52期</p></div></body></html>"""
    fields = extract_page(html(body)).fields
    assert (fields["category"], fields["author"]) == ("市州", "周倩")
    assert not any(p.startswith("本文原刊載於") for p in fields["paragraphs_zh"])


def test_a_partner_papers_slash_byline_with_the_time_run_on():
    # CTWANT: <span class="p-article-info__author"><a>中時新聞網／記者 李明家</a></span> then the time on the same line
    zh = "".join(f"<p>台股今日開高走低，終場下跌逾百點，成交量較前一交易日明顯萎縮，電子股表現疲弱{i}。</p>" for i in range(3))
    body = f"""<html><head><title>台股開高走低 | CTWANT</title></head><body><h1>台股開高走低</h1><div class="p-article-info">
    <span class="p-article-info__author"><a href="/author/partner/12">中時新聞網／記者 李明家</a></span> <time datetime="2025-03-18T18:47">2025-03-18 18:47</time></div>
    <div class="p-article__content"><article>{zh}</article></div></body></html>"""
    fields = extract_page(html(body)).fields
    assert (fields["author"], fields["source"]) == ("李明家", "中時新聞網")


def test_an_ad_scripts_text_under_the_headline_is_no_headline_and_a_paper_then_its_reporter_on_the_byline():
    # 出国留学网: <h1>杭州亚运村变身人才公寓</h1>, the info line, <div class="gg"><script>lx.output.show_ad('content1');</script></div>,
    # then the English headline bold opening the text; 工商時報's <li class="publish-author">工商時報 林佳蓉</li>
    pairs = "".join(f"<p>Months after the Asian Games closed, the athletes' village is being turned into rental apartments for young professionals {i}.</p><p>亚运会闭幕数月后，运动员村正在被改造为面向青年人才的租赁公寓{i}。</p>" for i in range(3))
    body = f"""<html><head><title>杭州亚运村变身人才公寓_双语新闻_出国留学网</title></head><body><h1 class="main_title">杭州亚运村变身人才公寓</h1>
    <div class="main_info"><span class="time">2024-05-14 10:26</span><span class="source">来源：中国日报网</span></div>
    <div class="gg" data-id="content1"><script>lx.output.show_ad('content1');</script></div>
    <div id="article-content"><p><strong>Hangzhou turns Asian Games village into talent apartments</strong></p>{pairs}</div></body></html>"""
    fields = extract_page(html(body)).fields
    assert (fields["title"], fields["title_zh"]) == ("Hangzhou turns Asian Games village into talent apartments", "杭州亚运村变身人才公寓")
    zh = "".join(f"<p>台股今日開高走低，終場下跌逾百點，成交量較前一交易日明顯萎縮{i}。</p>" for i in range(3))
    body = f"""<html><head><title>台股開高走低 - 工商時報</title></head><body><h1>台股開高走低</h1><ul class="publish">
    <li class="publish-date">2026.11.26</li><li class="publish-author">工商時報 林佳蓉</li></ul><article>{zh}</article></body></html>"""
    fields = extract_page(html(body)).fields
    assert (fields["author"], fields["source"]) == ("林佳蓉", "工商時報")


def test_a_name_a_bar_then_its_role_over_the_english_originals_author():
    # 哈佛商业评论: <span class="author">丽贝卡·霍兰德 | 文</span>\n<span class="translator">蒋荟蓉 | 译</span>, then
    # "英文原文作者：Rebecca Hollander"; the closing credit "时青靖 | 译　　蒋荟蓉 | 编辑" is no text
    zh = [f"几乎每一位管理者都遇到过这样的时刻：市场在变化，团队在等待，而你手里的信息远远谈不上完整{i}。" for i in range(3)]
    body = f"""<html><head><title>信息不全时，管理者如何做出好决策 - 领导力 - 哈佛商业评论中文版</title></head><body><div class="article-head">
    <h1 class="article-title">信息不全时，管理者如何做出好决策</h1><div class="article-info"><span class="author">丽贝卡·霍兰德 | 文</span>
    <span class="translator">蒋荟蓉 | 译</span>
    <span class="time">2019-03-04</span></div><div class="article-orig">英文原文作者：Rebecca Hollander</div></div>
    <div class="article-content">{"".join(f"<p>{p}</p>" for p in zh)}<p class="editor" style="text-align:right">时青靖 | 译　　蒋荟蓉 | 编辑</p></div></body></html>"""
    fields = extract_page(html(body, url="https://www.hbrchina.org/2019-03-04/7236.html")).fields
    assert (fields["author"], fields["paragraphs_zh"]) == ("丽贝卡·霍兰德", zh)


def test_a_talks_speaker_is_its_author():
    # 网易公开课: <span class="u-speaker">演讲者：<a href="/newview/speaker/S5KQ2P7ML">Marta Lindqvist</a></span>
    en = "".join(f"<p>Cities are learning to breathe again as they replace car lanes with trees and walkways {i}.</p>" for i in range(3))
    body = f"""<html><head><title>Marta Lindqvist：城市如何重新学会呼吸_网易公开课</title></head><body><h2 class="thdTit">城市如何重新学会呼吸</h2>
    <div class="m-info"><span class="u-speaker">演讲者：<a href="https://open.163.com/newview/speaker/S5KQ2P7ML">Marta Lindqvist</a></span> <span>来源：TED</span></div>
    <div class="sub-list">{en}</div></body></html>"""
    assert extract_page(html(body)).fields["author"] == "Marta Lindqvist"


def test_a_path_parameter_session_the_issuing_bureau_as_source_and_photo_credits():
    from newscrawler.extract.links import is_article_url
    # 澳門新聞局: …/detail/zh-hant/N25INr4KcT;jsessionid=…app09 on a first visit
    assert is_article_url("https://www.gcs.gov.mo/news/detail/zh-hant/N25INr4KcT;jsessionid=6CCF0A1B2C3D4E5F.app09")
    # <div class="auto cell dept">旅遊局</div> before the time; "圖片：旅遊局提供", "新聞局攝" close the text
    zh = [f"為迎接秋季旅遊旺季，旅遊局今日公布「秋遊澳門」計劃，以社區步行路線、夜間導賞及特色餐飲優惠引導旅客深入各區消費{i}。" for i in range(3)]
    body = f"""<html><head><title>旅遊局推「秋遊澳門」計劃 - 澳門特別行政區政府新聞局</title></head><body><div class="newsHeader"><h4 class="subject">旅遊局推「秋遊澳門」計劃</h4>
    <div class="infoLine"><div class="auto cell dept">旅遊局</div><div class="publishTime"><time datetime="2025-09-14T16:45:27+0800">2025-09-14 16:45</time></div></div></div>
    <div class="baseContent content NEWS">{"".join(f"<p>{p}</p>" for p in zh)}<p class="photoCredit text-right">圖片：旅遊局提供</p><p>新聞局攝</p></div></body></html>"""
    fields = extract_page(html(body, url="https://www.gcs.gov.mo/news/detail/zh-hant/N25INr4KcT")).fields
    assert (fields["source"], fields["paragraphs_zh"]) == ("旅遊局", zh)


def test_a_blogs_name_in_the_meta_author_is_no_writer():
    # 英孚: <meta name="author" content="EF GO Blog"> on a post with no byline
    en = "".join(f"<p>A zero-waste supermarket in Shanghai asks shoppers to bring their own jars and bags {i}.</p>" for i in range(3))
    body = f"""<html><head><title>Five lessons from a zero-waste supermarket | EF GO 博客 | 英孚教育</title><meta name="author" content="EF GO Blog">
    <meta property="og:site_name" content="EF 英孚教育"></head><body><h1>Five lessons from a zero-waste supermarket</h1><div class="entry-content">{en}</div></body></html>"""
    assert extract_page(html(body)).fields["author"] is None


def test_a_papers_bracketed_dateline_then_its_reporter():
    # 星暹日报: "【星暹日报讯】（记者 陈雅婷）曼谷市政府11日宣布，…"
    rest = "曼谷市政府11日宣布，2021年耀华力路春节庆典将于2月11日至13日举行，届时周边部分路段将实施交通管制。"
    zh = f"<p>【星暹日报讯】（记者 陈雅婷）{rest}</p>" + "".join(f"<p>{rest}{i}</p>" for i in range(2))
    body = f"<html><head><title>耀华力路春节庆典下月登场 - 星暹日报</title></head><body><h1>耀华力路春节庆典下月登场</h1><div class='content-detail'>{zh}</div></body></html>"
    fields = extract_page(html(body)).fields
    assert (fields["author"], fields["source"]) == ("陈雅婷", "星暹日报")


def test_a_papers_dateline_in_lenticular_brackets_and_an_apply_button_named_author():
    # 侨报: "【侨报记者王若琳11月2日纽约报道】…"; <a id="_apply_author" href="javascript:">申请成为作者</a> in the head
    rest = "纽约市移民事务办公室与多家社区组织合作开通的多语种移民法律援助热线，上线首周已接到逾千通来电。"
    zh = f"<p>　　【侨报记者王若琳11月2日纽约报道】{rest}</p>" + "".join(f"<p>{rest}{i}</p>" for i in range(2))
    body = f"""<html><head><title>纽约移民法律援助热线上线_侨报网</title></head><body><div class="shenqing_zz"><a onclick="jumpApply()" href="javascript:" id="_apply_author">申请成为作者</a></div>
    <div id="content"><h1>纽约移民法律援助热线上线</h1><div class="article">{zh}</div></div></body></html>"""
    fields = extract_page(html(body)).fields
    assert (fields["author"], fields["source"]) == ("王若琳", "侨报")


def test_an_organisations_meta_author_a_selected_from_source_and_a_cambrian_pub_date():
    # 小站: <meta name="author" content="小站教育">, "本文选自：The Guardian", Baidu's cambrian JSON-LD "pubDate" without a zone
    en = "".join(f"<p>Commuters routinely underestimate how long their daily journeys take, researchers say {i}.</p>" for i in range(3))
    zh = "".join(f"<p>研究人员说，通勤者常常低估自己每天路上所花的时间{i}。</p>" for i in range(3))
    body = f"""<html><head><title>外刊双语精读：为什么我们总是低估通勤时间-外刊双语精读-小站雅思</title><meta name="author" content="小站教育">
    <script type="application/ld+json">{{"@context": "https://ziyuan.baidu.com/contexts/cambrian.jsonld", "pubDate": "2024-03-28T09:40:21"}}</script></head>
    <body><h1>为什么我们总是低估通勤时间</h1><div class="info"><span>2024-03-28 09:40</span></div>
    <div class="article-content">{en}<p>参考译文：</p>{zh}<p>本文选自：The Guardian</p><p>（参考译文见下一页）</p></div></body></html>"""
    fields = extract_page(html(body)).fields
    assert (fields["author"], fields["source"], fields["published"]) == (None, "The Guardian", "2024-03-28T09:40:21+08:00")
    assert "（参考译文见下一页）" not in fields["paragraphs_zh"]


def test_a_press_releases_heading_an_institutions_byline_and_a_speechs_english_headline():
    # 美国驻华使馆: the byline "作者 美国驻华使团" names an institution: the source
    zh = [f"美国驻华大使馆和各总领事馆今天宣布，将在今年五月至八月期间增加学生签证的面谈名额，第{i}批。" for i in range(4)]
    info = ('<p class="meta-info"><span class="byline author vcard">作者 <a class="url fn n" href="/zh/author/usmissionchina/">美国驻华使团</a></span> | '
            '<span class="posted-on"><time class="entry-date published" datetime="2024-05-14T09:00:00+08:00">2024年5月14日</time></span></p>')
    body = f"""<html><head><title>美国驻华使团增加暑期学生签证面谈名额 - 美国驻华大使馆和领事馆</title></head><body><article><header class="entry-header">
    <h1 class="entry-title">美国驻华使团增加暑期学生签证面谈名额</h1>{info}</header><div class="entry-content">{"".join(f"<p>{p}</p>" for p in zh)}</div></article></body></html>"""
    fields = extract_page(html(body)).fields
    assert (fields["author"], fields["source"]) == (None, "美国驻华使团")
    # a State Department release reposted: its heading lines are no text; the office is the source, the speaker the author
    heading = "<p>美国国务院<br>发言人办公室</p><p>新闻声明<br>詹姆斯·R·霍尔顿国务卿<br>2024年5月15日<br>美国东部时间下午04:12</p>"
    fields = extract_page(html(body.replace('<div class="entry-content">', f'<div class="entry-content">{heading}'))).fields
    assert (fields["author"], fields["source"], fields["paragraphs_zh"]) == ("詹姆斯·R·霍尔顿", "美国国务院", zh)
    # a speech: （讲稿） over the Chinese, the English original's headline (17 words) and As Prepared for Delivery over the English
    en = [f"Good morning, everyone. It is a pleasure to be here at the American Center for this year's science fair, part {i}." for i in range(3)]
    speech = ("<p style='text-align: center;'><em>（讲稿）</em></p>" + "".join(f"<p>{p}</p>" for p in zh[:3]) + "<p><strong>英文原文</strong></p>"
              "<p style='text-align: center;'><strong>Remarks by Ambassador Daniel K. Whitaker at the Opening of the 2024 American Center Youth Science Fair</strong></p>"
              "<p style='text-align: center;'><em>As Prepared for Delivery</em></p>" + "".join(f"<p>{p}</p>" for p in en))
    page = body.replace("".join(f"<p>{p}</p>" for p in zh), speech).replace("美国驻华使团增加暑期学生签证面谈名额", "惠特克大使在2024年美国中心青少年科学展开幕式上的讲话")
    fields = extract_page(html(page)).fields
    assert fields["title"] == "Remarks by Ambassador Daniel K. Whitaker at the Opening of the 2024 American Center Youth Science Fair"
    assert (fields["paragraphs_zh"], fields["paragraphs_en"]) == (zh[:3], en)


def test_a_reporter_of_a_paper_named_in_two_characters():
    # 力報: <div class="article-author">力報記者 何穎詩</div>
    zh = "".join(f"<p>公共建設局昨日介紹輕軌東線工程進度，預計明年底完成主體結構{i}。</p>" for i in range(3))
    body = f"""<html><head><title>輕軌東線工程進度過半 | 力報</title></head><body><h1>輕軌東線工程進度過半</h1>
    <div class="article-author">力報記者 何穎詩</div><div class="article-content">{zh}</div></body></html>"""
    fields = extract_page(html(body)).fields
    assert (fields["author"], fields["source"]) == ("何穎詩", "力報")


def test_both_headlines_in_one_bold_run_opening_the_text_and_a_later_pages_bold_crosshead():
    # 蛐蛐英语: <H2>中文标题</H2>; the text opens with a grey note, then <p><strong>English headline<br />中文标题</strong></p>
    pairs = [(f"Two years ago, brightly colored rental bikes seemed to be on every street corner in Chinese cities, part {i}.",
              f"两年前，色彩鲜艳的共享单车似乎遍布中国城市的每个街角，第{i}部分。") for i in range(3)]
    text = "".join(f"<p>{en}</p><p>{zh}</p>" for en, zh in pairs)
    head = ('<p><FONT color=#666666>“本文中英对照，英文在上，中文在下。原文及译文由纽约时报中文网提供，仅供英语学习者参考。”</FONT></p>'
            '<p><strong>Bike-Sharing Start-Ups Run Out of Road<br />共享单车创业公司走到了尽头</strong></p>')
    body = f"""<html><head><title>共享单车创业公司走到了尽头_双语新闻_蛐蛐英语阅读网</title></head><body><div id="leftN_title"><H2>共享单车创业公司走到了尽头</H2></div>
    <div class="content" id="fontzoom">{head}{text}</div></body></html>"""
    fields = extract_page(html(body, url="https://www.qqenglish.com/bn/32193.htm")).fields
    assert (fields["title"], fields["title_zh"]) == ("Bike-Sharing Start-Ups Run Out of Road", "共享单车创业公司走到了尽头")
    assert (fields["paragraphs_en"], fields["paragraphs_zh"]) == ([en for en, _ in pairs], [zh for _, zh in pairs])
    # page 2 opens with a bold crosshead pair: text, not a headline
    page2 = body.replace(head, "<p><strong>A glut heads overseas</strong></p><p><strong>过剩产能转向海外</strong></p>")
    page2 = page2.replace("</div></body>", '<div class="pager"><a href="/bn/32193.htm">1</a> <a href="/bn/32193_2.htm">2</a></div></div></body>')
    fields = extract_page(html(page2, url="https://www.qqenglish.com/bn/32193_2.htm")).fields
    assert fields["paragraphs_en"][0] == "A glut heads overseas"


def test_an_e_papers_printed_page_reporters_a_bare_name_and_an_agencys_reporter_over_the_own_source_label():
    # 中国青年报: "• <strong>05版：教育科学</strong>" over an <h3>教育观察</h3> kicker; div.lai "本报记者 梁嘉禾 蒋明川    来源：中国青年报    （…05 版）"
    zh = "".join(f"<p>　　学校教务处提供的数据显示，今年参与该计划的本科生超过1200人，比3年前翻了一番{i}。</p>" for i in range(3))

    def page(lai: str, kicker: str = "") -> str:
        return f"""<html><head><title>实验室向本科生敞开大门之后-中国青年报</title></head><body><div class="ban_nav">&#8226; <strong>05版：教育科学</strong>
        <a href="./nbs.D110000zgqnb_04.htm">上一版</a></div><div class="text_c"><h3>{kicker}</h3><h1>实验室向本科生敞开大门之后</h1><h2></h2>
        <div class="lai">{lai}&nbsp;&nbsp;&nbsp;&nbsp;来源：中国青年报&nbsp;&nbsp;&nbsp;&nbsp;（ 2018年06月12日&nbsp;&nbsp;&nbsp;05 版）</div><div id="ozoom">{zh}</div></div></body></html>"""

    fields = extract_page(html(page("本报记者 梁嘉禾 蒋明川", "教育观察"))).fields
    assert (fields["category"], fields["author"], fields["source"]) == ("教育科学", "梁嘉禾 蒋明川", "中国青年报")
    fields = extract_page(html(page("杜若衡"))).fields
    assert (fields["author"], fields["source"]) == ("杜若衡", "中国青年报")
    fields = extract_page(html(page("新华社记者 任远舟"))).fields
    assert (fields["author"], fields["source"]) == ("任远舟", "新华社")


def test_a_data_source_label_alone_in_the_info_list():
    # 金門日報: <li>資料來源：金門縣文化局</li> among the date, author and click-count items
    en = "".join(f"<p>Kinmen's wind lion gods now have an online archive of their own, part {i}.</p><p>金門風獅爺有了自己的線上資料庫，第{i}部分。</p>" for i in range(3))
    body = f"""<html><head><title>金門日報全球資訊網-Wind Lion Gods Get Their Own Online Archive - 金門日報</title></head><body><div class="k_con1">
    <h2 class="title">Wind Lion Gods Get Their Own Online Archive</h2><ul class="list-inline info date"><li>發佈日期：<time datetime="2025-10-02">2025/10/02</time></li>
    <li>作者：<span class="times">許瑋宸。</span></li><li>資料來源：金門縣文化局</li><li>點閱率：<span class="times">2,031</span></li></ul><div class="content">{en}</div></div></body></html>"""
    assert extract_page(html(body)).fields["source"] == "金門縣文化局"


def test_a_flash_desks_writer_a_linked_name_before_its_time_and_calls_for_submissions():
    from newscrawler.extract.links import is_article_url
    assert is_article_url("https://www.upmedia.mg/news_info.php?Type=24&SerialNo=201877")  # 上報's SerialNo
    zh = [f"北市議會今日質詢捷運延誤問題，交通局允諾年底前汰換老舊號誌系統，以減少列車誤點{i}。" for i in range(3)]
    promo = ("<p>一起加入Line好友（ID：@upmedia），或點網址https://line.me/ti/p/%40zsq4746x。</p>"
             "<p>上報歡迎各界投書，來稿請寄至editor@upmedia.mg，並請附上真實姓名、聯絡方式與職業身分簡介。</p>")

    def page(author: str) -> str:
        return f"""<html><head><title>北市議會質詢捷運延誤 -- 上報 / 焦點</title></head><body><h1 id="ArticleTitle">北市議會質詢捷運延誤</h1>
        <div id="news-info"><div class="author">{author} 2024年03月19日 13:42:00</div></div>
        <div class="editor">{"".join(f"<p>{p}</p>" for p in zh)}{promo}</div></body></html>"""

    fields = extract_page(html(page('<a href="search.php?Type=3&amp;sh_keyword=林語彤">上報快訊／林語彤</a>'))).fields
    assert (fields["author"], fields["source"], fields["paragraphs_zh"]) == ("林語彤", "上報快訊", zh)
    assert not fields.get("paragraphs_en")
    fields = extract_page(html(page('<a href="search.php?Type=3&amp;sh_keyword=蔡孟哲">蔡孟哲</a>'))).fields
    assert (fields["author"], fields["source"]) == ("蔡孟哲", None)


def test_a_hashtag_is_no_section_a_data_section_element_is_and_a_print_issues_magazine_is_the_source():
    # 鏡週刊: a.GTM-story-tag "#公投法" in the head; the section beside the headline in a hashed div[data-section-slug]
    zh = "".join(f"<p>立法院內政委員會11日排審公民投票法修正草案，朝野立委激烈交鋒{i}。</p>" for i in range(3))
    body = f"""<html><head><title>公投綁大選修法闖關 - 鏡週刊 Mirror Media</title></head><body><article><div class="sc-44749712-1">2025.03.11 18:42 臺北時間</div>
    <h1 class="sc-b78a3223-1">公投綁大選修法闖關</h1><div class="sc-8077da75-0"><a href="/">logo</a><div class="sc-d2c24d59-2" data-section-slug="news">時事</div></div>
    <div class="sc-6780dd61-3"><a href="/tag/6871" class="GTM-story-tag">#公投法</a><a href="/tag/1093" class="GTM-story-tag">#立法院</a></div>
    <div class="article-content">{zh}</div></article></body></html>"""
    assert extract_page(html(body)).fields["category"] == "時事"
    # 财富中文网: "本文出处：《财富》中文版2026年10月号" closing the text: the magazine is the source, the line no text
    body = body.replace(zh, zh + "<p>本文出处：《财富》中文版2026年10月号</p>")
    fields = extract_page(html(body)).fields
    assert fields["source"] == "《财富》中文版" and not any("本文出处" in p for p in fields["paragraphs_zh"])


def test_a_date_before_the_headline_a_login_and_a_papers_name_as_meta_author_and_a_related_posts_label():
    # VOA Story: <h1>2024-05-14 联合国警告南亚热浪加剧 UN Warns of Worsening Heat Waves in South Asia</h1>, meta author "voastory"
    pairs = "".join(f"<p>Temperatures across South Asia are expected to climb further this month, part {i}.</p><p>预计本月南亚各地气温将进一步攀升，第{i}部分。</p>" for i in range(3))
    body = f"""<html><head><title>2024-05-14 联合国警告南亚热浪加剧 UN Warns of Worsening Heat Waves in South Asia - VOA Story</title><meta name="author" content="voastory"></head>
    <body><h1 class="entry-title">2024-05-14 联合国警告南亚热浪加剧 UN Warns of Worsening Heat Waves in South Asia</h1>
    <div class="entry-content">{pairs}<h3>相关文章 Related posts:</h3></div></body></html>"""
    fields = extract_page(html(body)).fields
    assert (fields["title"], fields["title_zh"], fields["author"]) == ("UN Warns of Worsening Heat Waves in South Asia", "联合国警告南亚热浪加剧", None)
    assert not any("Related" in p for p in fields["paragraphs_zh"] + fields["paragraphs_en"])
    # 南都: a Xinhua repost whose meta author is the paper: no writer
    zh = "".join(f"<p>新华社北京11月17日电 教育部17日发布通知，部署做好2026届高校毕业生就业工作{i}。</p>" for i in range(3))
    body = f"""<html><head><title>教育部部署高校毕业生就业工作_教育资讯_奥一网</title><meta name="author" content="南方都市报"></head>
    <body><h1>教育部部署高校毕业生就业工作</h1><div class="content">{zh}</div></body></html>"""
    assert extract_page(html(body)).fields["author"] is None


def test_a_stations_mark_opening_the_text_the_headlines_reporter_and_a_reporter_label_after_the_source():
    # Now新聞: "…送院(陳嘉欣報道)" is the only byline; the text opens with 【Now新聞台】
    zh = "".join(f"<p>消防花了大約一個半小時將火救熄，三名工人吸入濃煙需要送院治理{i}。</p>" for i in range(3))
    body = f"""<html><head><title>大埔工業大廈二級火 三名工人吸入濃煙送院(陳嘉欣報道) | Now 新聞</title></head><body>
    <h1>大埔工業大廈二級火 三名工人吸入濃煙送院(陳嘉欣報道)</h1><div class="newsLeading"><p>【Now新聞台】大埔工業邨一幢工業大廈傍晚發生二級火。</p>{zh}</div></body></html>"""
    fields = extract_page(html(body)).fields
    assert (fields["author"], fields["source"]) == ("陳嘉欣", "Now新聞台")
    # 點新聞: <span class="source">來源：點新聞</span><span class="author">記者：何卓賢</span> run together
    body = f"""<html><head><title>北都大學城首階段規劃出爐 - 點新聞</title></head><body><h1>北都大學城首階段規劃出爐</h1>
    <div class="post-info"><span class="source">來源：點新聞</span><span class="author">記者：何卓賢</span><span class="time">2025-11-18 10:26</span></div>
    <div class="post-body">{zh}</div></body></html>"""
    fields = extract_page(html(body)).fields
    assert (fields["author"], fields["source"]) == ("何卓賢", "點新聞")


def test_a_trails_last_link_naming_the_page_itself_is_no_section():
    # Discuz: div#pt "英语家园 › 论坛 › 双语阅读 › <a href="thread-…">Harbin Ice Festival opens early as cold snap arrives</a>"
    en = "".join(f"<p>Harbin's ice festival opened a week early this year as a cold snap swept the northeast, part {i}.<br />今年寒潮席卷东北，哈尔滨冰雪节提前一周开幕，第{i}部分。</p>" for i in range(3))
    crumbs = ('<div id="pt" class="bm cl"><div class="z"><a href="./">英语家园</a> <em>&rsaquo;</em> <a href="forum.php">论坛</a> <em>&rsaquo;</em> '
              '<a href="forum-178-1.html">双语阅读</a> <em>&rsaquo;</em> <a href="thread-1083169-1-1.html">Harbin Ice Festival opens early as cold snap arrives</a></div></div>')
    body = f"""<html><head><title>Harbin Ice Festival opens early as cold snap arrives - 双语阅读 - 英语家园</title></head><body>{crumbs}
    <h1><span id="thread_subject">Harbin Ice Festival opens early as cold snap arrives</span></h1><div class="t_f">{en}</div></body></html>"""
    assert extract_page(html(body, url="https://www.enfamily.cn/thread-1083169-1-1.html")).fields["category"] == "双语阅读"


def test_a_page_number_after_the_headline_is_not_part_of_it():
    # 应届毕业生网's article over two pages: <h1>English 中文<span class="pg">（第1页）</span></h1>
    page = article().replace("<h1>Young Honeybees Learn Their Dance From Older Bees</h1>",
                             '<h1>Young Honeybees Learn Their Dance From Older Bees 年轻蜜蜂向老蜜蜂学跳舞<span class="pg">（第1页）</span></h1>')
    f = extract_page(html(page)).fields
    assert (f["title"], f["title_zh"]) == ("Young Honeybees Learn Their Dance From Older Bees", "年轻蜜蜂向老蜜蜂学跳舞")


def test_a_section_before_a_bar_is_no_paper_and_the_papers_staff_unnamed_is_the_source():
    # 眾新聞: "眾聞 | 實習記者何泳琳" under a nav that links 眾聞; "眾聞 | 眾新聞記者"
    nav = '<div class="nav"><a href="/news/12">眾觀</a> <a href="/news/13">眾聞</a></div>'
    named = article(before_h1=nav).replace('<div class="text">', '<div class="line">眾聞 | 實習記者何泳琳</div><div class="text">')
    assert (extract_page(html(named)).fields["author"], extract_page(html(named)).fields["source"]) == ("何泳琳", None)
    staff = article(before_h1=nav).replace('<div class="text">', '<div class="line">眾聞 | 眾新聞記者</div><div class="text">')
    assert (extract_page(html(staff)).fields["author"], extract_page(html(staff)).fields["source"]) == (None, "眾新聞")
    paper = article().replace('<div class="text">', '<div class="line">北京日报客户端 | 记者 孙云柯</div><div class="text">')
    assert (extract_page(html(paper)).fields["author"], extract_page(html(paper)).fields["source"]) == ("孙云柯", "北京日报客户端")


def test_an_empty_source_label_before_the_reviewers_is_no_source():
    # 长江大学's info line: "来源：    审核：李明"
    info = article().replace('<div class="text">', '<div class="info">发布日期：2019年04月12日 作者：胡佳怡 来源：&nbsp;&nbsp;&nbsp;&nbsp;审核：李明 点击：[12]</div><div class="text">')
    assert extract_page(html(info)).fields["source"] is None


def test_a_signed_press_releases_writer_office_paper_and_section_prefix():
    # 香港中華總商會: "Press Release - …" under the breadcrumb's Press Release; the writer and office; the reprint's note
    crumb = '<div class="breadcrumb"><a href="/en/index.php">Home</a> &gt; <a href="/en/subcat.php?cid=2&amp;sid=20">Press Release</a></div>'
    doc = article(before_h1=crumb).replace("<h1>Young Honeybees", "<h1>Press Release - Young Honeybees").replace(
        '<div class="text">', '<div class="text"><p class="author"><strong>Dr. Raymond Lau 【Chairman】</strong></p>').replace(
        "again.</p>", "again.</p><p><em>This article was published in Hong Kong Commercial Daily on 21 May 2024.</em></p>"
        "<p>Media enquiries 傳媒查詢: Corporate Communications, Tel: 2525 6385</p>")
    f = extract_page(html(doc)).fields
    assert (f["title"], f["category"]) == ("Young Honeybees Learn Their Dance From Older Bees", "Press Release")
    assert (f["author"], f["source"]) == ("Dr. Raymond Lau", "Hong Kong Commercial Daily")
    assert len(f["paragraphs_en"]) == 2


def test_a_reporters_credit_in_lenticular_brackets_names_the_paper_and_the_reporters():
    doc = article().replace('<div class="text">', '<div class="text"><p>【淡江時報記者張家豪、蔡宜君淡水校園報導】</p>')
    f = extract_page(html(doc)).fields
    assert (f["author"], f["source"]) == ("張家豪、蔡宜君", "淡江時報") and len(f["paragraphs_en"]) == 2


def test_a_meta_author_in_capitals_is_the_stations_acronym():
    doc = article(head='<meta name="author" content="TTV">')
    assert extract_page(html(doc)).fields["author"] is None


def test_the_info_line_inside_the_headline_is_no_chinese_headline():
    # 学英语报: <h1>English<br><span>2024-09-03 10:25:18 来源：中国日报网 评论：0</span></h1><div class="title-cn">中文</div>
    doc = article().replace("<h1>Young Honeybees Learn Their Dance From Older Bees</h1>",
                            "<h1>Young Honeybees Learn Their Dance From Older Bees<br /><span>2024-09-03 10:25:18&nbsp;&nbsp;来源：中国日报网&nbsp;&nbsp;评论：0&nbsp;点击：</span></h1>"
                            '<div class="title-cn">年轻蜜蜂向老蜜蜂学跳舞</div>')
    f = extract_page(html(doc)).fields
    assert (f["title"], f["title_zh"], f["source"]) == ("Young Honeybees Learn Their Dance From Older Bees", "年轻蜜蜂向老蜜蜂学跳舞", "中国日报网")


def test_a_papers_reporter_alone_in_the_byline_element_beside_the_date():
    # 晴報: <div class="info"><span>發佈時間: 2025/03/11</span><span class="article-details-author">晴報記者 陳嘉欣</span></div>
    doc = article().replace('<div class="text">', '<div class="info"><span class="publish-time">發佈時間: 2025/03/11</span> '
                            '<span class="article-details-author">晴報記者 陳嘉欣</span></div><div class="text">')
    f = extract_page(html(doc)).fields
    assert (f["author"], f["source"]) == ("陳嘉欣", "晴報")


def test_user_area_links_in_the_info_line_name_nobody():
    # 才華齋: <span class="time">2021-08-02</span> … <a href="/about/tousu.php">投訴</a> <a href="/user/tougao.php">投稿</a>
    doc = article().replace('<div class="text">', '<div class="info"><span class="time">2021-08-02</span> <a class="tousu" href="/about/tousu.php">投訴</a> '
                            '<a class="tougao" href="/user/tougao.php">投稿</a></div><div class="text">')
    f = extract_page(html(doc)).fields
    assert (f["author"], f["source"]) == (None, None)


@pytest.mark.parametrize("line, author, source", [
    ("文／Clara Hensley", "Clara Hensley", None),
    ("演講者：Theodora Quinn", "Theodora Quinn", None),
    ("（本文原載於《明報》觀點版，經作者授權轉載）", None, "明報"),
])
def test_credit_lines_of_blind125(line, author, source):
    doc = article().replace('again.</p>', f'again.</p><p>{line}</p>')
    f = extract_page(html(doc)).fields
    assert (f["author"], f["source"]) == (author, source)
    assert len(f["paragraphs_en"]) == 2


def test_a_papers_name_may_open_with_digits():
    doc = article().replace('<div class="text">', '<div class="entry-meta"><span class="byline">852郵報記者 <a href="/author/wingyan-kwan/" rel="author">關穎欣</a></span> '
                            '<time>2017-03-15 18:25</time></div><div class="text">')
    f = extract_page(html(doc)).fields
    assert (f["author"], f["source"]) == ("關穎欣", "852郵報")


def test_a_role_before_an_english_name_run_into_the_next_label_takes_the_whole_name():
    doc = article().replace('<div class="text">', '<div class="byline"><span>文/</span><a class="author-link" href="/byline/nur">Nur Aisyah Kamal</a>'
                            '<span class="article-source">来源：海峡时报</span></div><div class="text">')
    assert extract_page(html(doc)).fields["author"] == "Nur Aisyah Kamal"


@pytest.mark.parametrize("line, author, source", [
    ("【记者】张晓岚", "张晓岚", None),
    ("林晓洁 供稿", "林晓洁", None),
    ("南方网讯（记者/李颖 通讯员/粤农宣）5月13日，广东省公布首批名单。", "李颖", "南方网"),
])
def test_credits_of_blind127_and_135(line, author, source):
    doc = article().replace('<div class="text">', f'<div class="text"><p>{line}</p>')
    f = extract_page(html(doc)).fields
    assert (f["author"], f["source"]) == (author, source)


def test_a_byline_ends_before_the_date_run_on_to_it():
    doc = article().replace('<div class="text">', '<div class="byline">By Yiwei Zhao December 3, 2024</div><div class="text">')
    assert extract_page(html(doc)).fields["author"] == "Yiwei Zhao"


def test_the_sites_own_reporter_names_the_site_and_a_desk_in_the_meta_author_is_nobody():
    doc = article(head='<meta property="og:site_name" content="灼見名家">').replace('<div class="text">', '<div class="text"><p>灼見名家記者 周卓言</p>')
    assert (extract_page(html(doc)).fields["author"], extract_page(html(doc)).fields["source"]) == ("周卓言", "灼見名家")
    desk = article(head='<meta name="author" content="新聞中心">')
    assert extract_page(html(desk)).fields["author"] is None


def test_a_source_box_under_the_text_with_its_label_in_an_element_of_its_own_names_the_source():
    # 光華日報 (WordPress Newspaper): div.td-post-source-via > div > <span>来源</span><a>马新社</a>, no colon
    box = ('<footer><div class="td-post-source-via"><div class="td-post-small-box"><span>来源</span>'
           '<a rel="nofollow" href="https://www.bernama.com/">马新社</a></div></div></footer>')
    doc = article().replace("</div></div></body>", f"</div>{box}</div></body>")
    assert extract_page(html(doc)).fields["source"] == "马新社"
    plain = article().replace("</div></div></body>", '</div><footer><div class="source-note"><span>Note</span> <a>马新社</a></div></footer></div></body>')
    assert extract_page(html(plain)).fields["source"] is None


def test_an_info_line_of_writer_editor_from_and_updated_gives_author_source_and_the_day_the_url_agrees_with():
    # 深圳英文网: "Writer: … | Editor: … | From: … | Updated: <day>", and a meta stamp two days later
    # than both that day and the one in the URL
    info = ('<div class="art-info"><span class="writer">Writer: Liu Minxia</span> &nbsp;|&nbsp; <span class="editor">Editor: Zhang Chanwen</span>'
            ' &nbsp;|&nbsp; <span class="from">From: Shenzhen Daily</span> &nbsp;|&nbsp; <span class="time">Updated: 2025-04-14</span></div>')
    doc = article(head='<meta property="article:published_time" content="2025-04-16T11:00:00+08:00">').replace("</h1>", "</h1>" + info)
    f = extract_page(html(doc, url="https://www.example.com/content/2025-04/14/content_31508861.htm")).fields
    assert (f["author"], f["source"], f["published"]) == ("Liu Minxia", "Shenzhen Daily", "2025-04-14")


def test_a_login_the_page_signs_the_post_with_is_the_author_but_one_only_in_the_metadata_is_not():
    # 澳大電子公告 (Avada): "By <span class="vcard"><span class="fn"><a rel="author">queenielo</a></span></span>" under the text
    signed = '<div class="meta-info">By <span class="vcard"><span class="fn"><a href="/notice/author/queenielo/" rel="author">queenielo</a></span></span></div>'
    doc = article(head='<meta name="author" content="queenielo">').replace("</div></div></body>", f"</div>{signed}</div></body>")
    assert extract_page(html(doc)).fields["author"] == "queenielo"
    assert extract_page(html(article(head='<meta name="author" content="queenielo">'))).fields["author"] is None


def test_a_headline_of_language_classed_spans_run_together_is_two_headlines_and_a_shown_update_is_no_publication():
    # 麗澄嘉小學: <h3><span class="t-en">…</span><span class="t-zh">…</span> <span>date</span></h3> (no h1), a
    # "Posted by:" line, and a meta stamp that is the minute the "Last updated" line shows
    doc = """<html><head><title>Parents' Day and Book Fair 2023 二零二三年家長日暨書展 | LCK Primary School 麗澄嘉小學</title>
    <meta property="article:published_time" content="2023-11-08T10:05:44+08:00"></head><body><div class="news-detail">
    <h3 class="news-title"><span class="t-en">Parents' Day and Book Fair 2023</span><span class="t-zh">二零二三年家長日暨書展</span> <span class="news-date">2023-11-06</span></h3>
    <div class="news-info"><span class="poster">Posted by: Chan Tsz Hin</span> | <span class="pdate">日期 Date: 2023-11-06</span> |
    <span class="updated">最後更新 Last updated: 2023-11-08 10:05</span></div>
    <div class="news-content">""" + f"<p>{PROSE}</p><p>{PROSE}</p><p>二零二三年家長日暨書展於禮堂舉行，逾三百位家長出席，並參觀學生作品展覽及選購圖書。</p></div></div></body></html>"
    f = extract_page(html(doc, url="https://www.example.com/site/news/418")).fields
    assert (f["title"], f["title_zh"]) == ("Parents' Day and Book Fair 2023", "二零二三年家長日暨書展")
    assert (f["published"], f["author"]) == ("2023-11-06", "Chan Tsz Hin")


def test_an_empty_author_label_before_the_time_label_names_nobody():
    # VSB's info line "来源：外语调频电台　作者：　发布时间：2024-10-15 08:30"
    info = '<div class="info">来源：外语调频电台　作者：　发布时间：2024-10-15 08:30　点击数：<span></span></div>'
    f = extract_page(html(article().replace("</h1>", "</h1>" + info))).fields
    assert f["author"] is None and f["source"] == "外语调频电台"


def test_a_byline_run_into_the_time_before_it_and_the_view_count_after_it_names_both_reporters():
    # 臺灣時報 (Angular): <span>2025/03/08 09:15</span><span>記者蔡宗翰、許家瑜／澎湖報導</span><span>瀏覽次數：978</span>
    info = ('<div class="news-info"><span class="news-date">2025/03/08 09:15</span><span class="news-author">記者蔡宗翰、許家瑜／澎湖報導</span>'
            '<span class="news-views">瀏覽次數：978</span></div>')
    doc = article(head='<meta name="author" content="蔡宗翰">').replace("</h1>", "</h1>" + info)
    assert extract_page(html(doc)).fields["author"] == "蔡宗翰、許家瑜"


@pytest.mark.parametrize("info, author, source", [
    ('<div class="news_author">文／台灣新生報記者 陳冠宇</div>', "陳冠宇", "台灣新生報"),  # the paper's reporter after a writer's label
    ('<p>原文刊於《東周刊》第1061期</p>', None, "東周刊"),  # the magazine a story first ran in
])
def test_a_writers_label_before_a_papers_reporter_and_the_magazine_a_story_first_ran_in(info, author, source):
    f = extract_page(html(article().replace("</h1>", "</h1>" + info))).fields
    assert (f["author"], f["source"]) == (author, source)


def test_a_chinese_headline_with_reporters_in_it_names_no_reporter_and_an_association_signing_its_statement_is_the_source():
    # 記協: the Chinese headline "記協促請政府恢復記者查閱公司紀錄" under the English one; a right-aligned
    # "Hong Kong Journalists Association<br>香港記者協會<br>June 12, 2024" signing the statement
    doc = article().replace("</h1>", "</h1><h2>記協促請政府恢復記者查閱公司紀錄</h2>").replace(
        "again.</p>", 'again.</p><p style="text-align: right;">Hong Kong Journalists Association<br>香港記者協會<br>June 12, 2024</p>')
    f = extract_page(html(doc)).fields
    assert (f["author"], f["source"]) == (None, "Hong Kong Journalists Association")
    assert f["paragraphs_en"] == [PROSE.strip(), PROSE + "again."]


def test_a_day_in_dublin_core_yields_to_the_same_days_stamp_and_a_bracketed_wire_dateline_names_the_agency():
    # 臺北市財政局: <meta name="DC.Date" content="2024-05-14"> before article:published_time of that day
    head = '<meta name="DC.Date" content="2024-05-14"><meta property="article:published_time" content="2024-05-14T09:20:00+08:00">'
    doc = article(head=head).replace("</h1>", "</h1><p>Publish Date：2024-05-14</p>")
    assert extract_page(html(doc)).fields["published"] == "2024-05-14T09:20:00+08:00"
    # 詩華日報: the text opens "（马新社吉隆坡12日电）…"
    zh = "（马新社吉隆坡12日电）联邦政府今年拨出1亿2000万令吉，为砂拉越369所乡区学校安装太阳能混合供电系统，预计明年完工。"
    doc = article().replace(f"<p>{PROSE}</p>", f"<p>{zh}</p>", 1)
    assert extract_page(html(doc)).fields["source"] == "马新社"


def test_a_midnight_time_element_on_a_day_only_page_gives_the_day():
    # 宗鄉總會's theme: <time datetime="2024-02-26T00:00:00+08:00">26 February 2024</time>
    doc = article().replace("</h1>", '</h1><div class="entry-meta"><time class="entry-date published" datetime="2024-02-26T00:00:00+08:00">26 February 2024</time></div>')
    assert extract_page(html(doc)).fields["published"] == "2024-02-26"


@pytest.mark.parametrize("info, author, source", [
    ('<div class="info"><span class="time">2024年5月14日 06:30</span> | <span class="byline">By Karen Lam</span></div>', "Karen Lam", None),  # 都市日報
    ('<div class="info">2024-05-21 07:27:47 来源：华商网-华商报 栏目：西安新闻</div>', None, "华商网-华商报"),  # 华商网
    ('<p>（本文刊登于《学生双语报》高二版第40期）</p>', None, "学生双语报"),  # a student paper's print issue
])
def test_a_byline_after_the_date_a_section_label_after_the_source_and_a_bracketed_print_note(info, author, source):
    f = extract_page(html(article().replace("</h1>", "</h1>" + info))).fields
    assert (f["author"], f["source"]) == (author, source)


def test_a_trails_last_link_named_in_the_titles_suffix_is_the_section():
    # PCPD: Home > News & Events > Media Statements > (the headline, unlinked); <title> "… - Media Statements - PCPD"
    doc = article().replace("<title>Young Honeybees Learn Their Dance From Older Bees</title>",
                            "<title>Young Honeybees Learn Their Dance From Older Bees - Media Statements - PCPD</title>").replace(
        '<div class="main">', '<div class="main"><ol class="breadcrumb"><li><a href="/">Home</a></li><li><a href="/news/press.html">News &amp; Events</a></li>'
        '<li><a href="/news/press.html">Media Statements</a></li><li class="active">Young Honeybees Learn Their Dance</li></ol>')
    assert extract_page(html(doc)).fields["category"] == "Media Statements"


def test_a_source_line_under_the_headline_is_no_headline_and_names_the_paper_and_its_reporter():
    # 大中报 (Drupal): h1 Chinese, h2 English in a field, then "来源: 《大中报》记者 林慧敏"
    doc = """<html><head><title>华埠老店联手推出步行美食地图 Chinatown shops launch walking food map | 大中资讯网</title></head><body>
    <h1 class="page-title"><span>华埠老店联手推出步行美食地图</span></h1><div class="field--name-field-english-title"><h2>Chinatown shops launch walking food map</h2></div>
    <div class="field--name-field-byline">来源: 《大中报》记者 林慧敏</div>
    <div class="text-formatted field field--name-body field--type-text-with-summary">""" + f"<p>{PROSE}</p><p>{PROSE}</p><p>多伦多市中心华埠的二十多家老字号商铺本周联合发布了一份步行美食地图，希望吸引更多年轻人。</p></div></body></html>"
    f = extract_page(html(doc)).fields
    assert (f["title"], f["title_zh"]) == ("Chinatown shops launch walking food map", "华埠老店联手推出步行美食地图")
    assert (f["author"], f["source"]) == ("林慧敏", "大中报")
    assert f["paragraphs_en"] == [PROSE.strip()] * 2  # (Drupal's body field "text-with-summary" is the body, no standfirst)


def test_an_e_paper_page_listing_its_stories_by_its_own_name_is_a_list():
    # 濠江日報: 20240611-A2.html (h1 "A2版 澳聞", no text) lists 20240611-A2-58213.html and -58214.html
    doc = """<html><head><title>A2版 澳聞 - 濠江日報</title></head><body><h1 class="section-title">A2版　澳聞</h1><ul>
    <li class="news-item"><h2><a href="/20240611-A2-58213.html">路氹城區新增兩條巴士路線　下月起試行</a></h2></li>
    <li class="news-item"><h2><a href="20240611-A2-58214.html">衛生局推長者疫苗接種外展服務</a></h2></li></ul></body></html>"""
    result = extract_page(html(doc, url="https://www.houkongdaily.com/20240611-A2.html"))
    assert result.kind == "list" and "https://www.houkongdaily.com/20240611-A2-58214.html" in result.follow


def test_a_bracketed_byline_run_into_the_first_sentence_names_the_reporter_and_the_paper():
    # 大成報: "【大成報記者陳宏裕/嘉義報導】中秋佳節將至，…"
    zh = "【大成報記者陳宏裕/嘉義報導】中秋佳節將至，嘉義市政府今日舉辦記者會，邀請市民參加中秋晚會，並宣布交通管制措施。"
    doc = article().replace(f"<p>{PROSE}</p>", f"<p>{zh}</p>", 1)
    f = extract_page(html(doc)).fields
    assert (f["author"], f["source"]) == ("陳宏裕", "大成報")


def test_a_minute_alone_in_the_first_meta_stamp_takes_its_seconds_from_a_later_one_of_that_minute():
    # 扬子晚报: PubDate "2026-11-25 18:40", then article:published_time in UTC with its seconds
    head = ('<meta name="PubDate" content="2026-11-25 18:40">'
            '<meta property="article:published_time" content="2026-11-25T10:40:12Z">')
    doc = article(head=head).replace("</h1>", '</h1><div class="info"><span class="time">2026-11-25 18:40</span></div>')
    assert extract_page(html(doc)).fields["published"] == "2026-11-25T18:40:12+08:00"


def test_a_paper_and_its_app_in_the_source_label_and_the_reporter_line_run_together():
    # 扬子晚报: "来源：扬子晚报/紫牛新闻", and the text opens with the bold line "扬子晚报/紫牛新闻记者 陈彦"
    zh = "苏州市姑苏区一个建于上世纪九十年代的老小区里，3号楼的加装电梯方案已经讨论了近两年，至今仍未动工，住户们意见不一。"
    doc = f"""<html><head><title>苏州一小区加装电梯遇阻_扬子晚报网</title></head><body>
    <h1>苏州一小区加装电梯遇阻</h1><div class="info"><span class="time">2026-11-25 18:40</span>
    <span class="source">来源：扬子晚报/紫牛新闻</span><span class="author">作者：陈彦</span></div>
    <div class="text"><p><strong>扬子晚报/紫牛新闻记者 陈彦</strong></p><p>{zh}</p><p>{zh}</p></div></body></html>"""
    f = extract_page(html(doc)).fields
    assert (f["author"], f["source"]) == ("陈彦", "扬子晚报/紫牛新闻")
    assert f["paragraphs_zh"] == [zh, zh]


def test_a_release_issued_by_an_office_with_its_chinese_original_under_a_label():
    # 臺中市政府: "Date: … Issued by: …" under the English headline; the Chinese block opens with
    # its label 中文新聞稿, then the Chinese headline and its own info line
    zh = "為紓解清水區高美濕地假日車潮，臺中市政府自6月22日起每週六、日開行免費接駁車，往返清水火車站與濕地遊客中心。"
    doc = f"""<html><head><title>Free weekend shuttle to Gaomei Wetlands | Taichung</title></head><body>
    <section class="cp"><h2>Free weekend shuttle to Gaomei Wetlands</h2>
    <ul class="info"><li><span>Date:</span> 2024-06-14</li><li><span>Issued by:</span> Transportation Bureau</li></ul>
    <div class="essay"><p>{PROSE}</p><p>{PROSE}again.</p></div>
    <div class="essay zh"><h3>中文新聞稿</h3><h4>高美濕地假日免費接駁車6月22日上路</h4>
    <p>發布日期：2024-06-14　發布單位：交通局</p><p>{zh}</p><p>{zh}</p></div></section></body></html>"""
    f = extract_page(html(doc)).fields
    assert (f["title_zh"], f["source"]) == ("高美濕地假日免費接駁車6月22日上路", "Transportation Bureau")
    assert f["paragraphs_zh"] == [zh, zh] and f["paragraphs_en"] == [PROSE.strip(), PROSE + "again."]


def test_a_headline_naming_a_day_is_not_the_date_line():
    # NCCS: the Chinese subtitle "…于2025年11月28日访问…" above the date line "December 1, 2025"
    head = '<meta property="article:published_time" content="2025-11-30T17:05:41+00:00">'
    doc = article(head=head).replace("</h1>", '</h1><h2>南京金陵协和神学院代表团于2025年11月28日访问新加坡教会理事会</h2>'
                                      '<div class="entry-meta"><span class="published">December 1, 2025</span></div>')
    assert extract_page(html(doc)).fields["published"] == "2025-12-01T01:05:41+08:00"


def test_a_breadcrumb_section_the_headline_names_is_still_the_section():
    # 宗鄉總會: "… » SFCCA Event » Annual General Meeting" over "39th Annual General Meeting Reviews a Year of Renewal"
    doc = f"""<html><head><title>39th Annual General Meeting Reviews a Year of Renewal - SFCCA</title></head><body>
    <div class="breadcrumbs"><span><a href="/en/">Home</a></span> » <span><a href="/en/category/sfcca-event/">SFCCA Event</a></span>
    » <span><a href="/en/category/sfcca-event/annual-general-meeting/">Annual General Meeting</a></span></div>
    <h1>39th Annual General Meeting Reviews a Year of Renewal</h1><div class="text"><p>{PROSE}</p><p>{PROSE}again.</p></div></body></html>"""
    assert extract_page(html(doc)).fields["category"] == "Annual General Meeting"


def test_a_writers_post_under_their_byline_is_no_text():
    # 記協: <p class="byline"><strong>By Lam Wing-yan</strong><br>Convenor, Press Freedom Subcommittee 新聞自由小組召集人</p>
    doc = article().replace('<div class="text">', '<div class="text"><p class="byline"><strong>By Lam Wing-yan</strong><br>'
                            'Convenor, Press Freedom Subcommittee 新聞自由小組召集人</p>')
    f = extract_page(html(doc)).fields
    assert f["author"] == "Lam Wing-yan" and f["paragraphs_en"] == [PROSE.strip(), PROSE + "again."]


def test_an_english_dateline_names_the_agency_the_source_label_shows_in_chinese():
    # 天之聪: span.source 新华社, the English text opening "BEIJING, May 5 (Xinhua) --"
    doc = article().replace("</h1>", '</h1><div class="info"><span class="source">新华社</span><span class="time">2024-05-06</span></div>').replace(
        f"<p>{PROSE}</p>", f"<p>BEIJING, May 5 (Xinhua) -- {PROSE}</p>", 1)
    assert extract_page(html(doc)).fields["source"] == "新华社"


def test_a_student_reporters_class_stays_with_the_name():
    # 英華女學校: "Reported by Chan Hoi Ching (5D) | 報道：陳凱晴（5D）"
    doc = article().replace("</h1>", '</h1><div class="byline">Reported by <span>Chan Hoi Ching (5D)</span> | 報道：<span>陳凱晴（5D）</span></div>')
    assert extract_page(html(doc)).fields["author"] == "Chan Hoi Ching (5D)"


def test_a_reporters_byline_beside_the_date_and_a_photo_credit_names_the_paper():
    # 集誌社: "2024年5月16日" then "集誌社記者 林曉晴｜攝影：鄭俊朗"; another story's "記者 黃穎琳" names no paper
    zh = "條例規定受規管租賃的續租加幅不得超過租金指數變幅，上限為百分之十。不過，多名劏房租客表示，業主以雜費變相加租。"
    def story(line):
        return f"""<html><head><title>劏房租管實施兩年 租客指業主變相加租</title></head><body><article>
        <h1>劏房租管實施兩年 租客指業主變相加租</h1><div class="entry-meta"><span class="posted-on"><time>2024年5月16日</time></span>
        <span class="byline">{line}</span></div><div class="entry-content"><p>{zh}</p><p>{zh}</p></div></article></body></html>"""
    f = extract_page(html(story('<span>集誌社記者 林曉晴</span><span>｜</span><span>攝影：鄭俊朗</span>'))).fields
    assert (f["author"], f["source"]) == ("林曉晴", "集誌社")
    f = extract_page(html(story('<span>記者 黃穎琳</span>'))).fields
    assert (f["author"], f["source"]) == ("黃穎琳", None)


def test_the_one_who_compiled_the_story_closing_it_in_brackets_is_its_writer():
    # 都市网: "（苏学林编译）" right-aligned under the text, the page's only credit
    zh = "安省政府周二宣布，计划把首次购房者的土地转让税退税上限由目前的4000元提高至8000元，新措施最快明年春季生效。"
    doc = f"""<html><head><title>安省拟提高首次购房者土地转让税退税上限</title></head><body><h1>安省拟提高首次购房者土地转让税退税上限</h1>
    <div class="text"><p>【加拿大都市网】</p><p>{zh}</p><p>{zh}</p><p style="text-align: right;">（苏学林编译）</p></div></body></html>"""
    f = extract_page(html(doc)).fields
    assert f["author"] == "苏学林"
    assert f["paragraphs_zh"] == ["【加拿大都市网】", zh, zh]  # the paper's mark on a line of its own is its dateline


def test_a_reporter_and_the_city_reported_from_run_together_name_the_paper():
    doc = article().replace('<div class="text">', '<div class="text"><p class="byline">大紀元記者林心怡臺中報導</p>')
    f = extract_page(html(doc)).fields
    assert (f["author"], f["source"]) == ("林心怡", "大紀元")


def test_the_sites_own_reporter_names_the_site_by_the_chinese_part_of_its_name():
    # 放言: og:site_name "放言 Fount Media", byline "文／放言記者 陳柏宇"
    doc = article(head='<meta property="og:site_name" content="放言 Fount Media">').replace(
        "</h1>", '</h1><div class="author">文／放言記者 陳柏宇</div>')
    f = extract_page(html(doc)).fields
    assert (f["author"], f["source"]) == ("陳柏宇", "放言")


def test_a_poster_labelled_publisher_is_the_writer_and_a_by_before_the_name_is_no_source():
    # 博达 VSB's "Publisher:张晨Published:2025-09-24"; Chinese Moment's "February 5, 2015 by <span class=author>Lily Zhang</span>"
    doc = article().replace("</h1>", '</h1><p class="arti_metas"><span class="arti_publisher">Publisher:张晨</span>'
                            '<span class="arti_update">Published:2025-09-24</span></p>')
    f = extract_page(html(doc)).fields
    assert (f["author"], f["source"]) == ("张晨", None)
    doc = article().replace("</h1>", '</h1><div class="post-info"><span class="date published">February 5, 2015</span> by '
                            '<span class="author vcard"><span class="fn">Lily Zhang</span></span></div>')
    f = extract_page(html(doc)).fields
    assert (f["author"], f["source"]) == ("Lily Zhang", None)


def test_a_chinese_headline_opening_with_a_year_or_a_quote_then_the_english_one_is_split():
    from newscrawler.extract.meta import _ZH_THEN_EN
    assert _ZH_THEN_EN.match("2015年春运拉开帷幕 The 2015 Spring Festival Travel Rush Kicks Off")["b"].startswith("The 2015")
    assert _ZH_THEN_EN.match("“光盘行动” Clean Your Plate!")["a"] == "“光盘行动”"


def test_two_papers_before_a_reporter_and_a_role_label_before_a_name():
    from newscrawler.extract.content import is_noise_line
    assert is_noise_line("中安在线、中安新闻客户端记者 陈晓")  # a credit line of its own
    doc = article(head='<meta name="author" content="文/图：郑国华">')  # 柬华日报's meta author
    assert extract_page(html(doc)).fields["author"] == "郑国华"


def test_a_sites_admin_account_in_the_metadata_is_no_writer_and_a_long_chinese_headline_opens_its_block():
    # 新加坡华族文化中心: meta author "SCCC Admin"; the Chinese version under its label 华文版本, a 44-character headline first
    zh = ["新加坡华族文化中心今日宣布，将与新加坡华乐团联办新春家庭乐活动，欢迎公众免费参加。", "活动将于二月十日在中心礼堂举行，现场有舞狮、手工和华乐表演。"]
    head_zh = "以“新加坡人”方式欢庆农历新年——新加坡华族文化中心与新加坡华乐团联办“新春家庭乐”"
    doc = article(head='<meta name="author" content="SCCC Admin">').replace(
        "again.</p></div>", f'again.</p><hr><h4>华文版本</h4><p><strong>{head_zh}</strong></p>{"".join(f"<p>{p}</p>" for p in zh)}</div>')
    f = extract_page(html(doc)).fields
    assert (f["author"], f["title_zh"], f["paragraphs_zh"]) == (None, head_zh, zh)


def test_a_link_to_the_original_post_named_by_what_it_does_is_no_source():
    # 今天看啥: <a class="source-link" href="https://mp.weixin.qq.com/…">查看原文</a> beside the 正文 tab
    doc = article().replace("</h1>", '</h1><div class="info"><span>2024-05-20 10:30</span> <a class="source-link" '
                            'href="https://mp.weixin.qq.com/s?__biz=MzA4&amp;mid=2650168702">查看原文</a></div>')
    assert extract_page(html(doc)).fields["source"] is None


def test_a_chinese_headline_marked_lang_zh_under_the_english_one_may_name_its_subject_in_english():
    # cloudnative.to: h1, then p.page-title-zh lang="zh" "KubeCon + CloudNativeCon 中国 2024 日程公布"
    h1 = "KubeCon + CloudNativeCon China 2024 Schedule Announced"
    doc = article().replace("Young Honeybees Learn Their Dance From Older Bees", h1).replace(
        "</h1>", '</h1><p class="page-title-zh" lang="zh">KubeCon + CloudNativeCon 中国 2024 日程公布</p>')
    assert extract_page(html(doc)).fields["title_zh"] == "KubeCon + CloudNativeCon 中国 2024 日程公布"


def test_article_section_named_again_by_the_info_lines_category_link_wins_over_a_blog_level_breadcrumb():
    # cloudnative.to: breadcrumb "首页 > 博客", article:section "CNCF", span.article-categories > a "CNCF"
    crumb = '<ol class="breadcrumb"><li><a href="/">首页</a></li><li><a href="/blog/">博客</a></li></ol>'
    info = ('<div class="article-metadata"><span class="article-categories"><a href="/categories/cncf/">CNCF</a></span>'
            ' <span class="article-date">发布于 2024-06-12</span></div>')
    doc = article(crumb, head='<meta property="article:section" content="CNCF">').replace("</h1>", "</h1>" + info)
    assert extract_page(html(doc, url="https://cloudnative.to/blog/kubecon-china-2024-schedule-announced/")).fields["category"] == "CNCF"


def test_a_source_label_followed_by_a_space_and_no_colon_is_stripped():
    # cloudnative.to: <span class="article-source">来源 <a>CNCF</a></span>
    info = ('<div class="article-metadata"><span class="article-source">来源 <a href="https://www.cncf.io/announcements/">CNCF</a></span>'
            ' <span class="article-date">发布于 2024-06-12</span></div>')
    assert extract_page(html(article().replace("</h1>", "</h1>" + info))).fields["source"] == "CNCF"


def test_a_labelled_source_is_kept_when_it_equals_the_category_and_wins_over_a_bylines_desk_name():
    # cloudnative.to: the source CNCF under the category CNCF
    info = '<div class="article-metadata"><span class="article-source">来源/CNCF</span> <span class="article-date">发布于 2024-06-12</span></div>'
    doc = article('<div class="category"><a href="/categories/cncf/">CNCF</a></div>').replace("</h1>", "</h1>" + info)
    fields = extract_page(html(doc)).fields
    assert (fields["category"], fields["source"]) == ("CNCF", "CNCF")
    # 四川新闻网: "来源：<a>四川新闻网</a>" in the info line, "四川新闻网首屏新闻记者 何俊 绵阳报道" over the text
    zh = ["5月13日上午，绵阳科技城新区首条智能网联公交示范线路正式开通运营。该线路全长12.6公里，沿途设站点9个。",
          "记者在现场看到，投入运营的4辆公交车车顶和车身装有激光雷达、毫米波雷达和多路摄像头，能自主识别红绿灯、行人和障碍物。"]
    doc = f"""<html><head><title>绵阳科技城新区首条智能网联公交线路开通_四川新闻网</title></head><body><div class="left">
    <h1>绵阳科技城新区首条智能网联公交线路开通</h1><div class="info"><span id="pubtime_baidu">2024-05-13 16:05</span>
    <span id="source_baidu">来源：<a href="https://www.newssc.org/">四川新闻网</a></span></div>
    <div class="content"><p style="text-align:right">四川新闻网首屏新闻记者 何俊 绵阳报道</p>{"".join(f"<p>{p}</p>" for p in zh)}</div></div></body></html>"""
    fields = extract_page(html(doc)).fields
    assert (fields["author"], fields["source"]) == ("何俊", "四川新闻网")


def test_a_count_run_on_after_a_latin_byline_name_is_not_part_of_the_name():
    # 英语趣配音: "2024-05-10作者：Emma Zhang2.4万阅读"
    from newscrawler.extract.meta import byline
    root = html("<html><body></body></html>").selector.root
    assert byline(["2024-05-10作者：Emma Zhang2.4万阅读"], root, None, None)[0] == "Emma Zhang"


def test_a_translations_original_credit_a_partners_repost_note_an_intern_editor_and_a_glued_photo_credit():
    # Substack's "原文：Global Voices，作者 …"; 東森's "由 CTWANT 授權轉載" and "東森新聞 實習編輯 X"; 鏡新聞's "記者 X攝影／Y"
    from newscrawler.extract.meta import byline
    root = html("<html><body></body></html>").selector.root
    assert byline(["原文：Global Voices，作者 Inês Carvalho，2024 年 4 月 3 日。依 CC BY 3.0 授權翻譯。"], root, None, None)[1] == "Global Voices"
    assert byline(["•以上言論由 CTWANT 授權轉載，不代表東森新聞立場。"], root, None, None)[1] == "CTWANT"
    assert byline(["東森新聞 實習編輯 黃昱亮"], root, None, None) == ("黃昱亮", "東森新聞")
    assert byline(["鏡新聞記者 蔡孟儒攝影／王家豪"], root, None, None) == ("蔡孟儒", "鏡新聞")


def test_a_latin_source_name_ends_before_a_full_width_colon():
    # Substack's list description "譯自 Global Voices：當白災讓孩子…"; 来源：China Daily作者：张三 still ends at its label
    from newscrawler.extract.meta import byline
    root = html("<html><body></body></html>").selector.root
    assert byline(["譯自 Global Voices：當白災讓孩子無法返校，一座省級電台把課堂搬上了電波。"], root, None, None)[1] == "Global Voices"
    assert byline(["来源：China Daily作者：张三"], root, None, None)[1] == "China Daily"


def test_a_meta_author_that_is_a_source_line_is_not_the_author():
    # 经济观察网: <meta name="author" content="来源：新华社">
    page = article(head='<meta name="author" content="来源：新华社">')
    assert extract_page(html(page)).fields["author"] is None


def test_a_papers_dateline_with_the_year_before_its_day_gives_the_reporter_and_the_paper():
    # 深圳新闻网: "深圳新闻网2026年11月24日讯（记者 刘晓晨）…"
    from newscrawler.extract.meta import byline
    root = html("<html><body></body></html>").selector.root
    line = "深圳新闻网2026年11月24日讯（记者 刘晓晨）记者从福田区获悉，辖区今年新增公共充电桩两千余个。"
    assert byline([line], root, None, None) == ("刘晓晨", "深圳新闻网")


def test_a_digest_items_english_crosshead_over_its_chinese_one_is_not_the_pages_headline():
    # 英语学习网 (englishcn): h2 "每日双语新闻播报（2024年5月14日）", then div.sy-item > p.en-tit + p.cn-tit
    items = [("May Day holiday trips hit record", "五一假期国内出游人次创新高",
              "Domestic trips made during the five-day May Day holiday reached 295 million, up 7.6 percent year-on-year, "
              "according to data released by the Ministry of Culture and Tourism on Sunday.",
              "文化和旅游部周日发布的数据显示，五一假期5天，国内旅游出游合计2.95亿人次，同比增长7.6%。"),
             ("Chang'e-6 probe enters lunar orbit", "嫦娥六号探测器进入环月轨道",
              "China's Chang'e-6 probe entered lunar orbit on Wednesday after a braking maneuver near the moon, "
              "the China National Space Administration said.",
              "国家航天局消息，嫦娥六号探测器在近月点实施制动后，于周三顺利进入环月轨道飞行。")]
    body = "".join(f"""<div class="sy-item"><p class="en-tit"><strong>{et}</strong></p><p class="cn-tit"><strong>{ct}</strong></p>
    <p class="en">{en}</p><p class="cn">{zh}</p></div>""" for et, ct, en, zh in items)
    doc = f"""<html><head><title>每日双语新闻播报（2024年5月14日）_双语新闻_英语学习网</title></head><body><div class="viewbox">
    <h2>每日双语新闻播报（2024年5月14日）</h2><div class="info">时间:2024-05-14 08:30 来源:中国日报网</div>
    <div class="content"><table width="100%"><tr><td>{body}</td></tr></table></div></div></body></html>"""
    fields = extract_page(html(doc)).fields
    assert fields["title"] == "每日双语新闻播报（2024年5月14日）"


ZH_LINE = "该地区交通网络的快速发展改变了人们的生活、工作和出行方式，官员们周四在首都举行的新闻发布会上说。"


def story(info: str = "", after: str = "", title: str = "城市交通网络快速发展", head: str = "", h1: str | None = None,
          first: str = "") -> str:
    return f"""<html><head><title>{title}</title>{head}</head><body><div class="main">
    <h1>{h1 if h1 is not None else title}</h1><div class="info">{info}</div>
    <div class="text">{first}<p>{ZH_LINE}</p><p>{PROSE}</p><p>{ZH_LINE}再次。</p>{after}</div></div></body></html>"""


def story_fields(*args, **kw):
    return extract_page(html(story(*args, **kw))).fields


def test_a_writers_wen_credit_in_a_source_named_span_is_a_byline_not_a_source():
    # 瑞文网's span.source "文/周晓燕"
    f = story_fields('<span class="time">2024-05-14 10:15</span> <span class="source">文/周晓燕</span>')
    assert (f["author"], f["source"]) == ("周晓燕", None)


def test_a_press_releases_source_credit_names_the_source():
    # PR Newswire (美通社): "消息来源：Lumora Health" closing the release
    assert story_fields("2024-05-14 10:15", "<p>消息来源：Lumora Health</p>")["source"] == "Lumora Health"


def test_an_apps_plus_before_its_reporter_and_a_read_count_run_on():
    # 南方+'s "作者：南方+记者 何颖思"; a read count run on after the name ("…何颖思阅读：1234")
    assert story_fields("2024-05-14 10:15 作者：南方+记者 何颖思")["author"] == "何颖思"
    assert story_fields("2024-05-14 10:15 作者：南方日报记者 何颖思阅读：1234")["author"] == "何颖思"


def test_an_apps_letter_before_its_desk_names_the_reporter():
    # i东莞's "i东莞记者 李明" opening the text
    f = story_fields("2024-05-14 10:15", first="<p>i东莞记者 李明</p>")
    assert f["author"] == "李明" and "i东莞记者 李明" not in f["paragraphs_zh"]


def test_an_english_original_label_in_a_source_span_is_no_part_of_the_source():
    # 开源中国's "英文原文：…"
    assert story_fields('2024-05-14 10:15 <span class="source">英文原文：Medium</span>')["source"] == "Medium"


def test_a_boxed_reporter_and_a_correspondent_in_a_sites_dateline_name_the_writer():
    # (blind251–254) "□记者 李明"; "本网讯（通讯员 李明）…"
    assert story_fields("2024-05-14 10:15", first="<p>□记者 李明</p>")["author"] == "李明"
    assert extract_page(html(story("2024-05-14 10:15").replace(f"<p>{ZH_LINE}</p>", f"<p>本网讯（通讯员 李明）{ZH_LINE}</p>", 1))).fields["author"] == "李明"


def test_a_two_word_label_ends_an_english_name():
    # (blind251–254) the info line runs on into "Font size: A A A"
    assert story_fields("2024-05-14 10:15 Source: China Daily Font size: A A A")["source"] == "China Daily"
    assert story_fields("2024-05-14 10:15 Author: Anna Matteo Font size: A A A")["author"] == "Anna Matteo"


def test_a_text_credit_followed_by_the_writers_desk():
    # (blind251–254) "Text: Jessica Leung, Cultural Section"
    assert story_fields("Text: Jessica Leung, Cultural Section")["author"] == "Jessica Leung"


def test_a_site_title_named_as_og_site_name_is_never_the_headline():
    # (blind255–257) a WordPress theme's h2.site-title over a page with no headline element
    body = story("2024-05-14 10:15", title="Rare cranes return to Poyang Lake – Birding Daily", h1="",
                 head='<meta property="og:site_name" content="Birding Daily">').replace("<h1></h1>", '<h2 class="site-title">Birding Daily</h2>')
    assert extract_page(html(body)).fields["title"] == "Rare cranes return to Poyang Lake"


def test_an_english_byline_stops_before_the_next_credit_or_the_posting_time():
    # (blind255–257) "By X Translated by Y"; "By X Posted on …"
    assert story_fields("<p>By Anna Matteo Translated by Li Ming</p>")["author"] == "Anna Matteo"
    assert story_fields("By Anna Matteo Posted on May 14, 2024")["author"] == "Anna Matteo"


def test_a_short_chinese_translation_after_a_two_word_english_headline_splits_it():
    # Neocha's "Night Shift 夜班"
    f = story_fields("2024-05-14 10:15", title="Night Shift 夜班")
    assert (f["title"], f["title_zh"]) == ("Night Shift", "夜班")


def test_joomlas_written_by_and_a_contributor_label_name_the_author():
    # Joomla's "Written by X"; (blind259–261) "Contributor: X"
    assert story_fields("Written by Anna Matteo")["author"] == "Anna Matteo"
    assert story_fields("2024-05-14 10:15 Contributor: Lin Mei")["author"] == "Lin Mei"


def test_a_bodys_english_name_in_a_byline_is_the_source_not_the_author():
    # (blind259–261) "Written by The Hong Kong Bird Watching Society"
    f = story_fields("By The Hong Kong Bird Watching Society")
    assert f["author"] is None and "Bird Watching Society" in (f["source"] or "")


def test_a_reporters_post_between_the_author_label_and_the_name_is_no_part_of_the_name():
    # (blind159/224/236) 温州网's "作者：记者 陈晓丽"; a correspondent's likewise
    assert story_fields("2024-05-14 10:15 作者：记者 陈晓丽")["author"] == "陈晓丽"
    assert story_fields("2024-05-14 10:15 作者：通讯员 刘敏")["author"] == "刘敏"


def test_a_xun_datelines_bracketed_reporter_is_the_author_and_a_correspondent_after_them_is_not():
    # (blind159/224/236) 华龙网's dateline opening the text, its hour and minute before 讯
    first = f"<p>华龙网-新重庆客户端5月14日10时26分讯（记者 王梓涵）5月14日凌晨，{ZH_LINE}</p>"
    assert story_fields("2024-05-14 10:15", first=first)["author"] == "王梓涵"
    first = f"<p>温州网讯（记者 林海燕 通讯员 鹿宣）{ZH_LINE}</p>"
    assert story_fields("2024-05-14 10:15", first=first)["author"] == "林海燕"


def test_a_photos_source_credit_is_not_the_articles_source():
    # (blind275/277/278) 海生館's "照片來源：…" under a picture in the text
    f = story_fields("2024-05-14 10:15", after='<p><img src="x.jpg"></p><p>照片來源：海生館</p>')
    assert f["source"] is None


def test_an_english_name_with_an_upper_case_surname_ends_at_its_comma():
    # (blind275/277/278) the writer's court after the comma; a source's own comma stays
    assert story_fields("2024-05-14 10:15 Author: Min SUN, Beijing Higher People's Court")["author"] == "Min SUN"
    assert story_fields("2024-05-14 10:15 Data Source：Secretariat, Department of Finance")["source"] == "Secretariat, Department of Finance"


def test_a_headline_alone_in_its_box_takes_the_other_languages_from_the_box_beside_it_never_a_buttons_label():
    # (blind280–282) 臺北天文館: div.title > h3, div.subtitle > h4, then the info box and a read-aloud button
    zh, en = "土星衝 天文臺9月20日夜間開放觀測", "Saturn at Opposition: Observatory Open Night on September 20"
    body = f"""<html><head><title>{zh} {en}</title></head><body><div class="main">
    <div class="title"><h3>{zh}</h3></div><div class="subtitle" lang="en"><h4>{en}</h4></div>
    <div class="info"><span>發布日期：2024-09-12</span></div><div><button>AI語音朗讀</button></div>
    <div class="text"><p>{ZH_LINE}</p><p>{PROSE}</p><p>{ZH_LINE}再次。</p></div></div></body></html>"""
    f = extract_page(html(body)).fields
    assert (f["title"], f["title_zh"]) == (en, zh)


def test_a_labelled_date_line_under_an_english_headline_is_no_chinese_headline():
    # (blind280–282) CHP's "Date 日期: 12/09/2024", a day-first date no pattern reads alone
    f = story_fields("Date 日期: 12/09/2024", title="Hospital Authority reports two cases of sepsis")
    assert f["title_zh"] is None


def test_a_text_credit_before_a_chinese_wen_credit_on_the_info_line_names_the_english_writer():
    # (blind283–286) "Text: X ｜ 文：Y", the writer in each language
    f = story_fields('2024-05-14 10:15 <span class="byline">Text: Wong Ka-yan ｜ 文：黃家欣</span>')
    assert f["author"] == "Wong Ka-yan"


def test_a_source_span_gives_the_whole_name_the_line_cut_before_a_share_word():
    # (blind289) 英雄联盟赛事官网's span.source "来源：WBG官方微博": 微博 also opens a share bar, where the line stops
    f = story_fields('2024-05-14 10:15 <span class="author">佚名</span> <span class="source">来源：WBG官方微博</span>')
    assert (f["author"], f["source"]) == (None, "WBG官方微博")


def test_a_reporters_post_between_the_author_label_and_the_name_is_not_the_name():
    # 珠海新闻网's info line: "2025-05-14 09:32来源：珠海特区报作者：记者 陈雅琪阅读：--"
    info = ('<div class="art-info"><span class="time">2025-05-14 09:32</span><span class="source">来源：珠海特区报</span>'
            '<span class="author">作者：记者 陈雅琪</span><span class="view">阅读：<i>--</i></span></div>')
    prose = "".join(f"<p>市商务局相关负责人表示，今年以来全市外贸进出口保持平稳增长，下一步将加强政策宣讲，推动各项措施尽快落地见效{i}。</p>" for i in range(4))
    body = f"""<html><head><title>珠海出台新一轮稳外贸十条措施</title></head><body><div class="article">
    <h1>珠海出台新一轮稳外贸十条措施</h1>{info}<div class="art-content">{prose}</div></div></body></html>"""
    fields = extract_page(html(body)).fields
    assert fields["author"] == "陈雅琪"


def test_written_by_with_a_colon_names_the_writer():
    # HKIFF's p.news-author "Written by: Kiki FUNG"
    fields = extract_page(html(article('<p class="news-author">Written by: Kiki FUNG</p>'))).fields
    assert fields["author"] == "Kiki FUNG"


def test_text_by_after_the_date_on_one_line_names_the_writer():
    # 濕地公園: "Date 日期: 20 November 2026 Text by Ivan Tse, Conservation Officer"
    meta = '<div class="news-meta"><span class="date">Date 日期: 20 November 2026</span> <span class="byline">Text by Ivan Tse, Conservation Officer</span></div>'
    assert extract_page(html(article(meta))).fields["author"] == "Ivan Tse"


def test_a_source_label_in_both_languages_names_the_source():
    # 濕地公園: "Source 資料來源: Agriculture, Fisheries and Conservation Department"
    meta = '<div class="news-meta"><span class="date">Posted 發布: 12 November 2026 15:45</span> <span class="source">Source 資料來源: Agriculture, Fisheries and Conservation Department</span></div>'
    assert extract_page(html(article(meta))).fields["source"] == "Agriculture, Fisheries and Conservation Department"


def test_two_names_after_the_author_label_before_the_next_label_run_on():
    # 邵阳新闻网: "作者：刘艳 周建华浏览量：--"; 九江新闻网: "作者：陈晓峰 吴倩字号：大 中 小"
    prose = "".join(f"<p>5月13日，我市在资江双清段举行水生态保护专项行动启动仪式，今年全市将围绕入河排污口整治开展工作{i}。</p>" for i in range(4))
    for info, names in (('<span class="author">作者：刘艳 周建华</span><span class="hits">浏览量：<em>--</em></span>', "刘艳 周建华"),
                        ('<span class="author">作者：陈晓峰 吴倩</span><span class="fontsize">字号：<a>大</a> <a>中</a></span>', "陈晓峰 吴倩")):
        body = f"""<html><head><title>我市启动水生态保护专项行动</title></head><body><div class="article"><h1>我市启动水生态保护专项行动</h1>
        <div class="article-info"><span class="date">2024-05-14 09:32</span><span class="source">来源：邵阳日报</span>{info}</div>
        <div class="article-content">{prose}</div></div></body></html>"""
        assert extract_page(html(body)).fields["author"] == names


def test_a_writer_and_photographers_label_before_the_papers_reporter_in_the_text():
    # 汕头特区晚报 on 大华网: the text opens "文/图 汕头特区晚报记者 郑泽銮"
    prose = "".join(f"<p>走进潮南区峡山街道桃溪社区的一处老旧小区，只见外墙焕然一新，路面平整干净，新装的路灯整齐排列{i}。</p>" for i in range(4))
    body = f"""<html><head><title>老旧小区改造让居民住得更舒心</title></head><body><div class="article"><h1>老旧小区改造让居民住得更舒心</h1>
    <div class="info">2024-11-14 16:20 来源：汕头特区晚报</div><div class="content"><p>文/图 汕头特区晚报记者 郑泽銮</p>{prose}</div></div></body></html>"""
    assert extract_page(html(body)).fields["author"] == "郑泽銮"


def test_the_papers_post_after_the_author_label_before_the_name_is_not_the_name():
    # 遂宁新闻网: "作者：遂宁日报全媒体记者 王晓婷字号：大 中 小"
    prose = "".join(f"<p>今年以来，遂宁城区新建口袋公园12处，让市民推窗见绿、出门进园，城市更加宜居{i}。</p>" for i in range(4))
    body = f"""<html><head><title>遂宁城区新增12处口袋公园</title></head><body><div class="article"><h1>遂宁城区新增12处口袋公园</h1>
    <div class="info"><span>2024-05-14 09:32</span><span>来源：遂宁日报</span><span>作者：遂宁日报全媒体记者 王晓婷</span><span>字号：<a>大</a> <a>中</a> <a>小</a></span></div>
    <div class="TRS_Editor">{prose}</div></div></body></html>"""
    fields = extract_page(html(body)).fields
    assert (fields["author"], fields["source"]) == ("王晓婷", "遂宁日报")


def test_an_agencys_dateline_with_its_reporter_in_brackets_names_the_agency_as_the_source():
    # 龍舟總會's reprint: "新華社香港3月25日電（記者王旭）中國香港龍舟總會25日公布…"
    prose = "".join(f"<p>總會表示，今屆代表隊由資深隊員與年輕新血組成，其中14人為首次入選，將於4月起每週集訓{i}。</p>" for i in range(3))
    body = f"""<html><head><title>香港龍舟代表隊公布世界錦標賽參賽名單</title></head><body><article><h1>香港龍舟代表隊公布世界錦標賽參賽名單</h1>
    <div class="news-content"><p>新華社香港3月25日電（記者王旭）中國香港龍舟總會25日公布香港龍舟代表隊出戰今年世界龍舟錦標賽的名單，共有42名運動員入選。</p>{prose}</div></article></body></html>"""
    fields = extract_page(html(body)).fields
    assert (fields["author"], fields["source"]) == ("王旭", "新華社")


def test_a_sites_dateline_with_no_reporter_names_the_site_as_the_source():
    # 眉山新闻网: the text opens "眉山网讯 5月9日，…"; 本报讯 names no one
    prose = "".join(f"<p>活动现场，禁毒宣传志愿者向过往群众发放宣传资料，讲解毒品危害和识毒防毒知识{i}。</p>" for i in range(3))
    for lead, source in (("眉山网讯 5月9日，眉山市2024年全民禁毒宣传月活动启动仪式在东坡湖广场举行。", "眉山网"),
                         ("本报讯 5月9日，眉山市2024年全民禁毒宣传月活动启动仪式在东坡湖广场举行。", None)):
        body = f"""<html><head><title>眉山启动全民禁毒宣传月活动</title></head><body><div class="article"><h1>眉山启动全民禁毒宣传月活动</h1>
        <div class="info">更新时间：2024-05-09 16:20</div><div class="TRS_Editor"><p>{lead}</p>{prose}</div></div></body></html>"""
        assert extract_page(html(body)).fields["source"] == source


def test_joomlas_pathway_is_a_breadcrumb():
    # 泳總's <span class="pathway"><a>Home</a> <img alt="arrow"> <a>News</a> <img> 2025 Open Water Safety Guidelines</span>
    trail = ('<div id="pathway"><span class="pathway"><a href="/index.php" class="pathway">Home</a> <img src="/arrow.png" alt="arrow" /> '
             '<a href="/index.php?option=com_content&amp;task=blogcategory&amp;id=20&amp;Itemid=86" class="pathway">News</a> <img src="/arrow.png" alt="arrow" /> '
             'Young Honeybees Learn Their Dance From Older Bees</span></div>')
    assert extract_page(html(article(trail))).fields["category"] == "News"


def test_a_photographers_label_or_the_posting_time_run_on_ends_the_writers_name():
    # 籃總: "撰文：黃詠詩攝影：李浩然"; 毕节试验区网: "作者：毕节日报记者 陈露发布时间：2026-11-27 09:35"
    prose = "".join(f"<p>中國香港U16男子籃球隊日前完成為期一週的廣州集訓，球員與內地球隊進行多場熱身賽，累積比賽經驗{i}。</p>" for i in range(3))
    for info, name in (('<span class="author">撰文：黃詠詩</span><span class="photo">攝影：李浩然</span>', "黃詠詩"),
                       ('<span class="author">作者：毕节日报记者 陈露</span><span class="time">发布时间：2026-11-27 09:35</span>', "陈露")):
        body = f"""<html><head><title>中國香港U16男子籃球隊完成廣州集訓</title></head><body><div class="news"><h1>中國香港U16男子籃球隊完成廣州集訓</h1>
        <div class="news-info"><span class="time">2025-11-10</span>{info}</div><div class="news-content">{prose}</div></div></body></html>"""
        assert extract_page(html(body)).fields["author"] == name
