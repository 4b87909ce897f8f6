"""Links that matter: the article's related block, section prefixes of link titles."""

from newscrawler.extract import extract_page
from newscrawler.extract.links import split_prefix
from tests.conftest import html

PROSE = ("The quick development of the region's transport network has changed how people live, "
         "work and travel, officials said on Thursday at a press conference in the capital. ")


def page(related: str, sidebar: str = "") -> str:
    return f"""<html><head><title>A headline long enough to count</title></head><body>
    <div class="main"><h1>A headline long enough to count</h1><div class="text"><p>{PROSE}</p><p>{PROSE}</p></div>
    {related}</div><div class="sidebar">{sidebar}</div></body></html>"""


def test_a_related_block_named_aside_beside_the_text_is_the_articles():
    related = """<div class="article-body-aside related-coverage"><h4>相关报道 <span>Related Coverage</span></h4>
    <ul><li><a href="/china/20210915/coffee/">中国年轻人爱上咖啡，本土品牌加速扩张</a></li></ul></div>"""
    sidebar = """<h4>推荐阅读</h4><ul><li><a href="/a/9.html">A sidebar story that is not related</a></li></ul>
    <h4>热门文章</h4><ul><li><a href="/a/10.html">A popular story that is not related</a></li></ul>"""
    result = extract_page(html(page(related, sidebar)))
    assert [r["url"] for r in result.fields["related"]] == ["https://www.example.com/china/20210915/coffee/"]


def test_a_side_column_block_labelled_related_is_the_articles():
    # DedeCMS's "like articles" (相关文章) stand in the right column (tingroom); 热门 does not count.
    sidebar = """<div class="commend"><dl class="tbox"><dt><strong>本周热门</strong></dt>
    <dd><ul><li><a href="/a/10.html">A popular story that is not related</a></li></ul></dd></dl></div>
    <div class="commend"><dl class="tbox"><dt><strong>相关文章</strong></dt>
    <dd><ul><li><a href="/a/11.html">Rare Cranes Return to Poyang Lake</a></li></ul></dd></dl></div>"""
    result = extract_page(html(page("", sidebar)))
    assert [r["url"] for r in result.fields["related"]] == ["https://www.example.com/a/11.html"]


def test_a_related_links_own_section_label():
    related = """<div id="related-articles"><h4>相关阅读</h4><ul>
    <li><span class="related-category">中国</span><a href="/articles/CN-BGH-20190416062005">中国农民借助直播销售农产品</a></li>
    <li><a href="/a/3.html">[国际新闻]</a> <a href="/a/4.html">南极冰架断裂，科学家密切关注</a></li></ul></div>"""
    related_fields = extract_page(html(page(related))).fields["related"]
    assert [(r["title"], r["category"]) for r in related_fields] == [
        ("中国农民借助直播销售农产品", "中国"), ("南极冰架断裂，科学家密切关注", "国际新闻")]


def test_a_related_links_short_date_in_an_element_of_its_own_is_no_part_of_its_title():
    # 171英语网: <li><span class="lb">双语新闻</span><a href="…"><span class="d">06-14</span> Hangzhou libraries…</a></li>
    related = """<div class="xgwz"><h3>相关文章</h3><ul>
    <li><span class="lb">双语新闻</span><a href="/news/2018/june/387514.html"><span class="d">06-14</span> Hangzhou libraries let readers borrow books</a></li>
    <li><span class="lb">科技英语新闻</span><a href="/news/2018/june/387533.html">Scientists build robot <span class="d">06-13</span></a></li></ul></div>"""
    related_fields = extract_page(html(page(related))).fields["related"]
    assert [(r["title"], r["category"]) for r in related_fields] == [
        ("Hangzhou libraries let readers borrow books", "双语新闻"), ("Scientists build robot", "科技英语新闻")]


def test_a_labels_dash_a_card_title_named_like_a_label_and_a_column_bar_beside_a_trail():
    # YARPP: <a><span class="yarpp-cat">時事</span> – 天文台檢討風球機制</a>; 三立: <a class="gt"><img><div class="tagNewsTitle">…</div></a>;
    # 每经: a related "每经热评丨…" on a page with a trail is that story's headline, not its column
    related = """<div class="related"><h3>相關文章：</h3><ol>
    <li><a href="/%E5%85%AB%E8%99%9F-250226/"><span class="yarpp-cat">時事</span> – 天文台檢討風球機制</a></li>
    <li><a href="/News.aspx?NewsID=1489150"><img src="/s.jpg"><div class="tagNewsTitle">日本九州豪雨釀土石流 外交部：暫無國人受困</div></a></li>
    <li><a href="/articles/2024-06-10/3421873.html">每经热评丨以旧换新要让消费者“换得起、愿意换”</a></li></ol></div>"""
    trail = '<div class="crumbs"><a href="/">首页</a> &gt; <a href="/columns/3/">要闻</a></div>'
    body = page(related).replace('<div class="main">', f'<div class="main">{trail}')
    assert [(r["title"], r["category"]) for r in extract_page(html(body)).fields["related"]] == [
        ("天文台檢討風球機制", "時事"), ("日本九州豪雨釀土石流 外交部：暫無國人受困", None), ("每经热评丨以旧换新要让消费者“换得起、愿意换”", None)]


def test_a_related_items_bare_label_before_a_bracketed_date_and_an_http_link_to_the_canonical_host():
    # 中山大學: <li><span class="rcat">研究成果</span> <a>…</a> <span class="rdate">（2024-05-01）</span></li>;
    # 荆楚网 reached on www. with its canonical on news.: an http:// link to news. is the https story
    related = """<div class="module-related"><h3>相關新聞</h3><ul>
    <li class="mli"><span class="rcat">研究成果</span> <a href="/p/406-1120-318302,r1281.php">電機系研發低功耗AI晶片 邊緣裝置耗電降四成</a> <span class="rdate">（2024-05-01）</span></li>
    <li class="mli"><span class="rcat">榮譽榜</span> <a href="http://news.example.com/p/406-1120-318411,r1285.php">中山校友獲國際青年海洋保育獎</a> <span class="rdate">（2024-05-03）</span></li></ul></div>"""
    body = page(related).replace("<title>", '<link rel="canonical" href="https://news.example.com/news/2015-11-13/1.html"><title>')
    fields = extract_page(html(body, url="https://www.example.com/news/2015-11-13/1.html")).fields
    assert [(r["url"], r["category"]) for r in fields["related"]] == [
        ("https://news.example.com/p/406-1120-318302,r1281.php", "研究成果"), ("https://news.example.com/p/406-1120-318411,r1285.php", "榮譽榜")]


def test_a_bare_related_label_and_http_links_to_the_https_site():
    related = """<div class="media-block-wrap"><h2>相关</h2><ul>
    <li><a href="http://www.example.com/a/7051234.html">Young Honeybees Learn Their Dance</a></li>
    <li><a href="http://other.example.org/a/1.html">An off-site story is never related</a></li></ul></div>"""
    result = extract_page(html(page(related)))
    assert result.fields["related"] == [
        {"url": "https://www.example.com/a/7051234.html", "title": "Young Honeybees Learn Their Dance", "category": None}]


def test_a_label_named_like_a_section_is_split_off_a_chinese_link_title():
    assert split_prefix("国际新闻：多国城市将停车位改造成户外用餐区", frozenset()) == ("国际新闻", "多国城市将停车位改造成户外用餐区")
    assert split_prefix("世卫组织：加工肉制品致癌", frozenset()) == (None, "世卫组织：加工肉制品致癌")
    assert split_prefix("社会：一个标题", frozenset({"社会"})) == ("社会", "一个标题")


def test_pages_of_an_article_in_a_pageN_folder():
    from newscrawler.extract.links import page_key
    assert page_key("https://www.hjenglish.com/new/p1307958/page2/") == ("https://www.hjenglish.com/new/p1307958/", 2)
    assert page_key("https://www.example.com/2021/slug/page/3/") == ("https://www.example.com/2021/slug/", 3)
    assert page_key("https://www.hjenglish.com/new/p1307958/") == ("https://www.hjenglish.com/new/p1307958/", 1)


def test_a_forum_threads_page_is_its_middle_number_and_its_first_poster_is_named():
    from lxml import html as lxml_html

    from newscrawler.extract.links import page_key, thread_poster
    # Discuz's thread-TID-PAGE-FROM.html: FROM is the board page the thread was reached from
    assert page_key("https://www.enfamily.cn/thread-1083169-2-1.html") == ("https://www.enfamily.cn/thread-1083169-1-1.html", 2)
    assert page_key("https://www.enfamily.cn/thread-1083169-1-3.html") == ("https://www.enfamily.cn/thread-1083169-1-3.html", 1)
    post = '<table class="plhin"><tr><td class="pls"><div class="pi"><div class="authi"><a href="{}" class="xw1">{}</a></div></div></td></tr></table>'
    page = lxml_html.fromstring('<html><body><div class="authi"><a href="space-uid-9.html">访客</a></div><div id="postlist">'
                                + post.format("home.php?mod=space&amp;uid=2", "家园小编") + post.format("space-uid-33233.html", "梦想起航")
                                + "</div></body></html>")
    assert thread_poster(page) == "2"
    assert thread_poster(lxml_html.fromstring("<html><body><div class='authi'><a href='space-uid-9.html'>x</a></div></body></html>")) is None


def test_a_related_list_inside_the_text_keeps_the_page_an_article():
    related = "".join(f'<li><a href="/new/p130{i}/">北京实体书店数量三年增长近四成之{i}</a></li>' for i in range(3))
    body = f"""<html><head><title>A headline long enough to count</title></head><body>
    <div class="article-content"><h1>A headline long enough to count</h1><p>{PROSE}</p><p>{PROSE}</p>
    <p>相关热点：</p><ul>{related}</ul></div></body></html>"""
    result = extract_page(html(body, url="https://www.example.com/new/p1308105/"))
    assert result.kind == "article"
    assert len(result.fields["related"]) == 3
    assert "相关热点：" not in result.fields["paragraphs_zh"]


def test_a_list_in_a_main_column_named_right_and_its_translation_icon_links():
    items = "".join(
        f'<li><a href="/Report_1.html">[ Report ]</a> <a href="/VOA/story-number-{i}-8212{i}_1.html"><img src="/yi.gif"></a>'
        f' <a href="/VOA/story-number-{i}-8212{i}.html">A headline of the story number {i} (2019-6-1{i})</a></li>'
        for i in range(4))
    body = f"""<html><head><title>VOA慢速英语</title></head><body>
    <div id="left_nav"><div class="left_nav_title">热门文章</div><ul><li><a href="/VOA/hot-1-81111.html">A popular story of last week here</a></li></ul></div>
    <div id="right_box"><div id="title">VOA慢速英语(VOA Special English)最新更新 MP3在线收听下载 LRC字幕 中文翻译</div>
    <div class="intro">Special English 又叫“慢速英语”，是VOA专为全世界非英语国家初学英语的听众安排的一种简易、规范的英语广播节目，本栏目每日更新。</div>
    <div id="list"><ul>{items}</ul></div></div></body></html>"""
    result = extract_page(html(body, url="https://www.example.com/VOA/"))
    assert result.kind == "list"
    assert {f"https://www.example.com/VOA/story-number-{i}-8212{i}.html" for i in range(4)} <= set(result.follow)
    assert {f"https://www.example.com/VOA/story-number-{i}-8212{i}_1.html" for i in range(4)} <= set(result.follow)
    assert "https://www.example.com/VOA/hot-1-81111.html" not in result.follow


def test_a_bracketed_label_link_with_spaces_is_the_related_links_category():
    related = """<div class="related"><h3>相关文章</h3><ul><li><a href="/Words_1.html">[ Words And Their Stories ]</a>
    <a href="/VOA/rain-or-shine-82118.html">Rain or Shine: Weather Words We Use Every Day</a> (2019-6-5)</li></ul></div>"""
    assert extract_page(html(page(related))).fields["related"] == [{
        "url": "https://www.example.com/VOA/rain-or-shine-82118.html",
        "title": "Rain or Shine: Weather Words We Use Every Day", "category": "Words And Their Stories"}]


def test_you_may_also_like_beside_the_text_and_item_labels_named_cate():
    related = """<div class="rec"><h3>你可能还喜欢</h3><ul>
    <li><span class="r-cate">科技</span><a href="/study/bilingual/1580032.shtml">5G手机明年有望上市</a></li>
    <li><a href="/study/bilingual/1580098.shtml">双语阅读：学外语进步快的人都有这四个习惯</a></li></ul></div>"""
    assert [(r["title"], r["category"]) for r in extract_page(html(page(related))).fields["related"]] == [
        ("5G手机明年有望上市", "科技"), ("学外语进步快的人都有这四个习惯", "双语阅读")]


def test_opaque_ids_and_long_slugs_are_article_urls_but_sections_are_not():
    from newscrawler.extract.links import is_article_url
    assert is_article_url("https://oversea.huanqiu.com/article/4ChRkTvWqLm")
    assert is_article_url("https://www.example.com/news/young-bees-learn-their-dance-from-old-ones/")
    assert not is_article_url("https://oversea.huanqiu.com/shuangyu")
    assert not is_article_url("https://www.example.com/world/asia-pacific/")
    # a story's own folder with an index.html (CGTN) is the story; a section's index is a list
    assert is_article_url("https://news.cgtn.com/news/2024-08-15/Grandma-s-dumpling-stall-finds-fans-1vQeZ0bXmLs/index.html")
    assert not is_article_url("https://www.example.com/news/index.html")


def test_a_card_links_title_label_and_date():
    related = """<div class="related-news"><h5>相关新闻</h5><ul>
    <li><a href="//www.example.com/article/4ChRkTvWqLm"><em class="tag">双语</em><span class="title">景德镇陶瓷工坊迎来海外“手艺学徒”</span><span class="time">2021-04-30 16:00</span></a></li>
    <li><a href="/article/4CbTqWnRsLu">外国留学生体验二十四节气里的“谷雨”2021-04-27 11:20</a></li></ul></div>"""
    assert [(r["title"], r["category"]) for r in extract_page(html(page(related))).fields["related"]] == [
        ("景德镇陶瓷工坊迎来海外“手艺学徒”", "双语"), ("外国留学生体验二十四节气里的“谷雨”", None)]


def test_read_more_links_of_a_list_whose_headlines_are_not_links():
    items = "".join(
        f'<div class="ch_lii"><div class="ch_li_left"><a href="/read/bi/{i}/32741{i}.html"><img src="t.jpg" alt=""></a></div>'
        f'<div class="ch_li_right"><h3>A headline that is not a link, number {i}</h3><p>{PROSE}</p>'
        f'<div class="ch_li_more"><a href="/read/bi/{i}/32741{i}.html">阅读全文&raquo;</a></div></div></div>'
        for i in range(4))
    body = f"<html><head><title>双语阅读</title></head><body><div class='ch_content'>{items}</div></body></html>"
    result = extract_page(html(body, url="https://www.example.com/read/bi/"))
    assert result.kind == "list"
    assert [u for u in result.follow if "/read/bi/" in u] == [f"https://www.example.com/read/bi/{i}/32741{i}.html" for i in range(4)]


def test_a_single_topic_label_is_a_section():
    assert split_prefix("旅游：五一假期乡村民宿预订火爆", frozenset()) == ("旅游", "五一假期乡村民宿预订火爆")
    assert split_prefix("专家：青少年每天应保证8小时睡眠", frozenset()) == (None, "专家：青少年每天应保证8小时睡眠")
    assert split_prefix("益阳赫山：“稻虾共作”田里春耕忙", frozenset()) == (None, "益阳赫山：“稻虾共作”田里春耕忙")  # (红网: a place, then a quoted phrase)
    assert split_prefix("国际新闻：“双碳”目标下的能源转型", frozenset()) == ("国际新闻", "“双碳”目标下的能源转型")
    # an education portal's exams are its sections (中国教育在线's related "高考：考前一个月如何调整作息")
    assert split_prefix("高考：考前一个月如何调整作息", frozenset()) == ("高考", "考前一个月如何调整作息")
    assert split_prefix("考研：复试名单公布", frozenset()) == ("考研", "复试名单公布")


def test_related_links_are_articles_and_a_section_link_before_one_is_its_label():
    related = """<div class="xgtj"><h3>相关推荐</h3><ul>
    <li>[<a href="/english/yuedu/shuangyu/">双语阅读</a>]<a href="/english/yuedu/shuangyu/201906/4512876.html">24小时图书馆成“夜猫子”新去处</a></li>
    <li><span class="rel-col">国内</span><a href="/20190614/6c2e9a0f-13d8-4b75-a0e6-92f4d7b1c38a.html">云南启动古茶树资源普查</a></li>
    <li><a href="/english/CET/zhenti/">四六级真题</a></li></ul></div>"""
    assert [(r["url"].rsplit("/", 1)[1], r["category"]) for r in extract_page(html(page(related))).fields["related"]] == [
        ("4512876.html", "双语阅读"), ("6c2e9a0f-13d8-4b75-a0e6-92f4d7b1c38a.html", "国内")]


def test_an_articles_own_table_of_contents_does_not_make_it_a_list():
    toc = "".join(f'<tr><td><a href="/english/201906/4513105{s}.html">第{i}页：公共图书馆延长开放时间的第{i}部分</a></td></tr>'
                  for i, s in ((1, ""), (2, "_2"), (3, "_3")))
    body = f"""<html><head><title>A headline long enough to count</title></head><body>
    <h1>A headline long enough to count</h1><div class="text"><table>{toc}</table><p>{PROSE}</p><p>{PROSE}</p></div></body></html>"""
    assert extract_page(html(body, url="https://www.example.com/english/201906/4513105.html")).kind == "article"


def test_tag_and_profile_pages_are_not_articles():
    from newscrawler.extract.links import is_article_url
    assert not is_article_url("https://www.sohu.com/tag/61227")
    assert not is_article_url("http://mp.sohu.com/profile?xpt=abc")
    assert is_article_url("https://www.sohu.com/a/320871934_100157632")


def test_the_open_tab_of_a_tab_row_labels_the_related_block():
    related = """<div class="post_recommends"><div class="titles"><span class="current">相关推荐</span>
    <span>热点推荐</span></div><ul><li><h3><a href="/dy/article/I5P1D6RA0525K7QD.html">Night tours at museums draw young visitors</a></h3></li></ul></div>"""
    assert [r["url"] for r in extract_page(html(page(related))).fields["related"]] == [
        "https://www.example.com/dy/article/I5P1D6RA0525K7QD.html"]


def test_a_section_link_or_tag_in_a_related_item_is_its_category():
    related = """<div class="relatedNews"><div><span>相关推荐</span></div><ul>
    <li><div><a href="/newsDetail_forward_23602318"><h3>梅雨季来临，“海绵城市”如何吸水？</h3></a>
    <div><a href="/list_25462" class="index_nodeName__gT0pN">浦江头条</a><span>2023-06-21</span></div></div></li>
    <li><span class="index_tag_3xPjB">留学</span><a href="/c/8ZgR5tYh1Mc">英国多所大学调整国际学生英语成绩要求</a></li></ul></div>"""
    assert [(r["title"], r["category"]) for r in extract_page(html(page(related))).fields["related"]] == [
        ("梅雨季来临，“海绵城市”如何吸水？", "浦江头条"), ("英国多所大学调整国际学生英语成绩要求", "留学")]


def test_a_more_link_beside_the_label_and_labels_inside_the_link():
    related = """<div class="related-news"><div class="related-news__title"><h3>相关文章</h3>
    <a href="/lists/1196.html" class="more">更多双语读天下 &gt;</a></div><ul>
    <li><a href="/article/11903412.html"><span class="news-tag">双语读天下</span>人手短缺加剧，东京咖啡馆请来机器人服务员</a></li>
    <li><a href="/article/11920457.html"><span class="news-tag">双语读天下</span>More students choose vocational colleges</a></li></ul></div>"""
    assert [(r["title"], r["category"]) for r in extract_page(html(page(related))).fields["related"]] == [
        ("人手短缺加剧，东京咖啡馆请来机器人服务员", "双语读天下"), ("More students choose vocational colleges", "双语读天下")]


def test_a_list_of_prefixed_links_makes_its_labels_sections_but_a_headline_colon_stays():
    every = """<div class="related"><p>延伸阅读：</p><p><a href="/internation/2024_05_12_734020.shtml">国际：东盟国家加速布局电池产业链</a></p>
    <p><a href="/MarkHollis/2024_05_14_734208.shtml">双语观察：全球南方为何重新审视美元债务</a></p>
    <p><a href="/chanjing/2024_05_11_733955.shtml">产经：新能源汽车出口前四月同比增长三成</a></p></div>"""
    assert [r["category"] for r in extract_page(html(page(every))).fields["related"]] == ["国际", "双语观察", "产经"]
    mixed = """<div class="related"><h3>相关文章</h3><ul><li><a href="/new/p1308105/">年轻情侣周末约会：从电影院转向博物馆</a></li>
    <li><a href="/new/p1306890/">双语新闻：杭州地铁试行“夜间延时运营”</a></li><li><a href="/new/p1305762/">北京实体书店数量三年增长近四成</a></li></ul></div>"""
    assert [r["category"] for r in extract_page(html(page(mixed))).fields["related"]] == [None, "双语新闻", None]


def test_trs_pages_count_from_zero_and_a_suffixed_page_without_a_pager_is_its_own():
    from newscrawler.extract.links import Link, article_pages
    from lxml import etree
    pager = etree.fromstring('<div class="page_fy"><a href="x">1</a><a href="y">2</a></div>')
    one, two = pager.findall("a")
    base = "http://edu.youth.cn/syxw/202306/t20230612_14563210.htm"
    second = "http://edu.youth.cn/syxw/202306/t20230612_14563210_1.htm"
    links = [Link(base, "1", one), Link(second, "2", two)]
    assert article_pages(links, base) == (base, 1, [second])
    assert article_pages(links, second)[:2] == (base, 2)
    alone = "https://www.51voa.com/VOA_Special_English/bricks-82125_1.html"
    assert article_pages([], alone) == (alone, 1, [])


def test_a_related_label_with_its_more_link_and_an_items_own_label_over_a_headline_prefix():
    # 参考消息's headlines all open with 外媒：; the item's own label is its section.
    related = """<div class="xgxw"><div class="xgxw_tit"><span>相关新闻</span> <a href="/society/">更多&gt;&gt;</a></div>
    <ul><li><span class="xgxw_lm">[<a href="/china/">国内</a>]</span><a href="/gn/2024/05-20/10220145.shtml">贵州乡村图书馆迎来升级</a></li>
    <li><em class="tag">国际财经</em><a href="/finance/20190614/2383120.shtml">外媒：“飞行羞耻”让欧洲航空公司坐立不安</a></li>
    <li><em class="tag">国际财经</em><a href="/finance/20190615/2383121.shtml">国际新闻：瑞士铁路准点率再创新高</a></li></ul></div>"""
    related_fields = extract_page(html(page(related))).fields["related"]
    assert [(r["title"], r["category"]) for r in related_fields] == [
        ("贵州乡村图书馆迎来升级", "国内"), ("外媒：“飞行羞耻”让欧洲航空公司坐立不安", "国际财经"),
        ("瑞士铁路准点率再创新高", "国际财经")]


def test_a_layout_list_item_around_the_whole_article_is_not_a_related_links_item():
    # 观察者网 wraps the story in an <li>: its section links are not each related link's label.
    related = """<p><strong>延伸阅读：</strong></p>
    <p class="yanshen"><a href="/internation/2024_05_12_734020.shtml">国际：东盟国家加速布局电池产业链</a></p>
    <p class="yanshen"><a href="/MarkHollis/2024_05_14_734208.shtml">双语观察：全球南方为何重新审视美元债务</a></p>
    <p class="yanshen"><a href="/chanjing/2024_05_11_733955.shtml">产经：新能源汽车出口前四月同比增长三成</a></p>"""
    body = page(related).replace('<div class="main">', '<ul><li><a href="/internation/">国际</a><div class="main">')
    related_fields = extract_page(html(body.replace("</body>", "</li></ul></body>"))).fields["related"]
    assert [r["category"] for r in related_fields] == ["国际", "双语观察", "产经"]


def test_a_related_cards_label_element_above_its_title():
    # CGTN: div.related-item > a.cg-pic + div.cg-newsCategory + div.cg-title > h4 > a
    related = """<div class="related-news"><div class="related-news-title">RELATED STORIES</div>
    <div class="related-item"><a class="cg-pic" href="/news/2024-08-15/a-1.html"><img src="c.jpg"></a>
    <div class="cg-newsCategory">Culture</div><div class="cg-title"><h4><a href="/news/2024-08-15/a-1.html">Grandma's dumpling stall finds fans</a></h4></div></div>
    <div class="related-item"><div class="cg-title"><h4><a href="/news/2024-06-05/a-2.html">Village crews keep wooden boats afloat</a></h4></div></div>
    </div>"""
    related_fields = extract_page(html(page(related))).fields["related"]
    assert [(r["title"], r["category"]) for r in related_fields] == [
        ("Grandma's dumpling stall finds fans", "Culture"), ("Village crews keep wooden boats afloat", None)]


def test_a_channel_path_is_a_list_url():
    from newscrawler.extract.links import is_list_url
    assert is_list_url("https://xue.youdao.com/sw/channel/shuangyu")
    assert is_list_url("https://www.example.com/tag/museum/")
    assert not is_list_url("https://xue.youdao.com/sw/m/2104518")
    # 明報加東版's section code and edition letter around the index (its page 2 lists only two stories)
    assert is_list_url("https://www.mingpaocanada.com/TOR/htm/News/20240612/TDindex2_r.htm")
    assert not is_list_url("https://www.mingpaocanada.com/TOR/htm/News/20240612/tda1_r.htm")
    assert not is_list_url("https://www.example.com/a/myindex.html")


def test_a_bare_page_query_an_inline_related_link_and_a_long_latin_label():
    from newscrawler.extract.links import page_key
    assert page_key("https://economy.caixin.com/2024-05-17/102196230.html?p2") == (
        "https://economy.caixin.com/2024-05-17/102196230.html", 2)
    # Caixin Global: "Related:" inline in the text first, then the block that labels it
    related = """<div class="cons-related"><h3>Related</h3><ul>
    <li><span class="topic">Economy</span><a href="/2024-05-10/local-governments-102194388.html">Local Governments Turn to State Assets</a></li>
    <li><span class="topic">Business &amp; Tech</span><a href="/2024-04-26/parking-app-102190022.html">Parking App Operator Raises Fresh Funds</a></li></ul></div>"""
    body = page(related).replace(f"<p>{PROSE}</p></div>", f'<p>{PROSE}</p><p><strong>Related:</strong> <a href="/2024-05-10/local-governments-102194388.html">Local Governments Turn to State Assets</a></p></div>', 1)
    related_fields = extract_page(html(body)).fields["related"]
    assert [(r["title"], r["category"]) for r in related_fields] == [
        ("Local Governments Turn to State Assets", "Economy"), ("Parking App Operator Raises Fresh Funds", "Business & Tech")]


def test_an_accounts_profile_link_in_a_card_is_not_its_section():
    related = """<div class="related"><h3>相关文章</h3>
    <div class="news-box"><h4><a href="//www.example.com/a/320871934_100157632">端午节的粽子和龙舟，用英语怎么说？</a></h4>
    <div class="other"><span class="name"><a href="http://mp.example.com/profile?xpt=abc">英语晨读社</a></span>
    <a class="com" href="//www.example.com/a/320871934_100157632#comment_area">12</a></div></div></div>"""
    related_fields = extract_page(html(page(related))).fields["related"]
    assert [(r["title"], r["category"]) for r in related_fields] == [("端午节的粽子和龙舟，用英语怎么说？", None)]


def test_a_labelled_list_under_the_text_and_its_pager_in_one_column():
    # ECNS: the column holds the text, its pager and then h3 "Related news" + ul
    body = f"""<html><head><title>A headline long enough to count</title></head><body><div class="bdylft">
    <h1>A headline long enough to count</h1><div class="content"><p>{PROSE}</p><p>{PROSE}</p>
    <div id="function_code_page"><div class="pagebox"><span>1</span> <a href="detail-ihaxrfts5530218_2.shtml">2</a>
    <a href="detail-ihaxrfts5530218_2.shtml">Next &gt;</a></div></div></div>
    <h3 class="itemtit"><span>Related news</span></h3><ul class="newslst02"><li><p><a href="/hd/2024-05-14/detail-ihaxnbqe6120345.shtml">Spring ploughing begins on terraced fields</a></p><span>2024-05-14</span></li></ul>
    <div class="picshow"><div class="picshowtit"><a class="frt" href="/photo/">More</a><span>Photo</span></div><ul><li><h3><a href="/hd/2024-05-20/detail-ihaxqrvn4219102.shtml">Lotus blooms early at a wetland park</a></h3></li></ul></div>
    </div></body></html>"""
    result = extract_page(html(body, url="https://www.ecns.cn/hd/2024-05-21/detail-ihaxrfts5530218.shtml"))
    assert [r["title"] for r in result.fields["related"]] == ["Spring ploughing begins on terraced fields"]


def test_a_wechat_album_lists_its_posts_in_data_links():
    items = "".join(
        f'<li class="album__list-item" data-link="http://mp.weixin.qq.com/s?__biz=MzkxNjQ0ODIwNQ==&amp;mid=22474867{i}&amp;idx=1&amp;sn=e8fd{i}&amp;chksm=9f28#rd">'
        f'<div class="album__item-title-wrp"><span>双语新闻 | A post title number {i} of the album</span></div></li>' for i in range(10, 14)
    )
    body = f'<html><head><title>双语新闻</title></head><body><div class="album__head">双语新闻</div><ul class="album__list">{items}</ul></body></html>'
    result = extract_page(html(body, url="https://mp.weixin.qq.com/mp/appmsgalbum?__biz=MzkxNjQ0ODIwNQ==&action=getalbum&album_id=3417802651289452545"))
    assert result.kind == "list"
    assert sum("mid=22474867" in u for u in result.follow) == 4  # (the spider cleans them: chksm, #rd)


def test_related_lines_after_a_decorated_label_inside_the_text():
    # WeChat: "▼ 往期推荐 ▼" then one <p> (or picture <section>) per post at the end of the text
    text = f"""<p>{PROSE}</p><p>{PROSE}</p><section><strong>▼ 往期推荐 ▼</strong></section>
    <section><a href="https://mp.weixin.qq.com/s/gd1x_Any9lu3sf9PVzhO4V"><img src="c.jpg"></a></section>
    <p>▶ <a href="https://mp.weixin.qq.com/s/gd1x_Any9lu3sf9PVzhO4V">双语新闻 | 夜间公交线路延长至凌晨两点</a></p>
    <p>▶ <a href="https://mp.weixin.qq.com/s/o_LwoXXSkdduwnUULv2QvQ">一张地铁卡背后的城市故事</a></p><p>长按识别二维码 关注我们</p>"""
    body = f"""<html><head><title>A headline long enough to count</title></head><body><h1>A headline long enough to count</h1>
    <div id="js_content" class="rich_media_content">{text}</div></body></html>"""
    related = extract_page(html(body, url="https://mp.weixin.qq.com/s?__biz=Mzk&mid=2247486794&idx=1&sn=bbae")).fields["related"]
    assert [(r["title"], r["category"]) for r in related] == [("夜间公交线路延长至凌晨两点", "双语新闻"), ("一张地铁卡背后的城市故事", None)]


def test_a_list_in_an_element_named_for_sharing_is_still_a_list():
    # 听力课堂: the list pages' items stand in div#share_con
    items = "".join(
        f'<li class="clearfix"><em class="fr">浏览：38{i}</em><span class="fl class_num">第41{i}篇:</span>'
        f'<a class="ell" href="https://www.tingclass.net/show-8766-60123{i}-1.html">双语新闻：古镇夜市重新热闹起来第{i}篇</a></li>' for i in range(5)
    )
    body = f"""<html><head><title>双语新闻_听力课堂</title></head><body><div id="share_con"><ul class="list-unit-1 list-qz">{items}</ul>
    <div class="share">分享到：<a href="https://service.weibo.com/share/share.php?url=x">微博</a></div></div></body></html>"""
    result = extract_page(html(body, url="https://www.tingclass.net/list-8766-1.html"))
    assert result.kind == "list"
    assert "https://www.tingclass.net/show-8766-601230-1.html" in result.follow
    assert not any("weibo" in u for u in result.follow)


def test_a_copy_on_the_publishers_other_domain_keeps_the_originals_related_links():
    related = """<div class="related"><h3>延伸阅读</h3><ul><li><a href="https://www.zaobao.com.sg/news/china/story20240523-3839051">上海老旧小区加装电梯提速</a></li>
    <li><a href="/news/china/story20240605-3890733">中国60岁以上人口近三亿</a></li></ul></div>"""
    body = page(related).replace("</title>", '</title><link rel="canonical" href="https://www.zaobao.com.sg/news/china/story20240612-3915570">')
    result = extract_page(html(body, url="https://www.zaobao.com/news/china/story20240612-3915570"))
    assert result.url == "https://www.zaobao.com.sg/news/china/story20240612-3915570"
    assert [r["url"] for r in result.fields["related"]] == [
        "https://www.zaobao.com.sg/news/china/story20240523-3839051", "https://www.zaobao.com.sg/news/china/story20240605-3890733"]


def test_pagenum_pages_of_an_article():
    from newscrawler.extract.links import page_key
    assert page_key("https://www.chinakaoyan.com/info/article/id/590388/pagenum/2.shtml") == (
        "https://www.chinakaoyan.com/info/article/id/590388.shtml", 2)
    assert page_key("https://www.example.com/p1307958/page2/") == ("https://www.example.com/p1307958/", 2)


def test_a_forum_board_page_and_related_threads():
    from newscrawler.extract.links import is_list_url
    assert is_list_url("https://www.ecocn.org/forum-38-1.html") and not is_list_url("https://www.ecocn.org/thread-302118-1-1.html")
    related = """<div class="mtw"><h3>相关帖子</h3><ul><li>&#8226; <a href="thread-302118-1-1.html">Borrow, don't buy 不买只借</a></li></ul></div>"""
    result = extract_page(html(page(related), url="https://www.ecocn.org/thread-302164-1-1.html"))
    assert [r["url"] for r in result.fields["related"]] == ["https://www.ecocn.org/thread-302118-1-1.html"]
    card = """<div class="related-news"><h3>Related</h3><ul><li class="related-item"><a class="related-photo" href="/a/20240521/1287760.html"><img src="p.jpg"></a>
    <div class="related-text"><span class="related-tag">Chinese Studio</span><h4><a href="/a/20240521/1287760.html">A rainy afternoon at the canal teahouse</a></h4></div></li></ul></div>"""
    assert extract_page(html(page(card))).fields["related"][0]["category"] == "Chinese Studio"


def test_joomla_start_pages_count_from_zero_and_a_clock_in_the_url_is_no_page():
    from newscrawler.extract.links import page_key
    url = "https://cn.nikkei.com/politicsaeconomy/politicsasociety/55812-2024-05-20-14-30-00.html"
    assert page_key(url) == (url, 1)
    assert page_key(url + "?start=1") == (url, 2) and page_key(url + "?start=0") == (url, 1)


def test_a_days_archive_named_by_its_date_is_a_list_and_its_releases_are_followed():
    from newscrawler.extract.links import is_article_url, is_list_url
    for url in ("https://www.info.gov.hk/gia/general/202405/20.htm", "https://www.example.com/2024/05/20/",
                "https://www.example.com/news/2024-05-20/"):
        assert is_list_url(url) and not is_article_url(url), url
    assert is_article_url("https://www.info.gov.hk/gia/general/202405/20/P2024052000311.htm")
    assert is_article_url("https://www.example.com/2024/05/20/city-opens-new-library/")
    rows = "".join(f'<tr><td>1{i}:45</td><td><a href="20/P20240520003{i}1.htm">Press release number {i} of the day</a></td></tr>'
                   for i in range(1, 5))
    body = f"""<html><head><title>Press Releases - May 20, 2024</title></head><body><div class="leftBody">
    <h1>Press Releases - Monday, May 20, 2024</h1><table class="prList">{rows}</table></div></body></html>"""
    result = extract_page(html(body, url="https://www.info.gov.hk/gia/general/202405/20.htm"))
    assert result.kind == "list"
    assert "https://www.info.gov.hk/gia/general/202405/20/P2024052000311.htm" in result.follow


def test_a_recommendation_box_beside_the_articles_own_related_block_is_not_related():
    related = """<div class="rm_relevant"><div class="title">相关新闻</div><ul>
    <li><a href="/n1/2024/0520/c1006-40240123.html">社区夜读室：下班后的第二间教室</a></li></ul></div>
    <div class="box_news"><h2>推荐阅读</h2><ul><li><a href="/n1/2024/0517/c1006-40238604.html">“慢就业”还是“先就业”？毕业生的选择题</a></li></ul></div>"""
    result = extract_page(html(page(related)))
    assert [r["url"] for r in result.fields["related"]] == ["https://www.example.com/n1/2024/0520/c1006-40240123.html"]
    alone = """<div class="box_news"><h2>推荐阅读</h2><ul><li><a href="/n1/2024/0517/c1006-40238604.html">“慢就业”还是“先就业”？毕业生的选择题</a></li></ul></div>"""
    assert [r["url"] for r in extract_page(html(page(alone))).fields["related"]] == [
        "https://www.example.com/n1/2024/0517/c1006-40238604.html"]


def test_the_story_in_its_other_language_is_followed_but_not_the_sites_other_pages():
    switch = """<ul class="topLinks"><li><a href="https://www.gov.hk/en/">GovHK</a></li>
    <li><a href="P2024052000310.htm" lang="zh-HK">中文</a></li><li><a href="/gia/general/rss.htm">RSS</a></li></ul>"""
    body = page("").replace('<div class="main">', switch + '<div class="main">')
    result = extract_page(html(body, url="https://www.info.gov.hk/gia/general/202405/20/P2024052000311.htm"))
    assert result.kind == "article"
    assert result.follow == ["https://www.info.gov.hk/gia/general/202405/20/P2024052000310.htm"]


def test_a_taiwanese_headline_prefix_and_a_cards_date_beside_its_heading():
    assert split_prefix("中英對照讀新聞》Norwegian town lends out snowshoes") == ("中英對照讀新聞", "Norwegian town lends out snowshoes")
    related = """<div class="caption">相關新聞</div><div class="related">
    <a href="https://www.example.com/news/world/paper/1634987"><div class="ph"><img src="p.jpg"></div>
    <span>2024/03/13 05:30</span><h3>中英對照讀新聞》Empty classrooms in rural Japan find new life</h3></a>
    <a href="https://www.example.com/news/world/paper/1634990">2024/03/13 05:30 歐盟擬要求外送平台 為外送員投保意外險</a></div>"""
    assert [(r["title"], r["category"]) for r in extract_page(html(page(related))).fields["related"]] == [
        ("Empty classrooms in rural Japan find new life", "中英對照讀新聞"), ("歐盟擬要求外送平台 為外送員投保意外險", None)]


def test_a_hex_id_is_a_story_and_a_writers_page_is_not():
    from newscrawler.extract.links import is_article_url
    assert is_article_url("https://www.jianshu.com/p/3f9a1c27be04")
    assert not is_article_url("https://www.jianshu.com/u/5c1e9a7d3b20")
    assert not is_article_url("https://www.example.com/news/abcdefabcdef")  # letters only: a word, not an id


def test_a_label_run_into_its_more_link_still_names_the_block():
    related = """<section><h3><span>推荐阅读</span><a href="/">更多精彩内容</a></h3><ul>
    <li><a href="/p/e2a49b7c06d5">Night Trains Make a Comeback in Europe (Part 2)</a></li></ul></section>"""
    assert [r["url"] for r in extract_page(html(page(related))).fields["related"]] == ["https://www.example.com/p/e2a49b7c06d5"]


def test_a_recommendation_list_in_a_column_with_a_hot_list_is_the_sites():
    side = """<div class="x9"><div class="k2">作者最新文章</div><div class="a1"><a href="/s?id=1832544718390261576">An older post of the same account here</a></div>
    <div class="k2">相关推荐</div><div class="a1"><a href="/s?id=1833602218845710367">老城区改造后的第一个夏天</a></div>
    <div class="k2">百度热搜</div><ul><li><a href="https://www.baidu.com/s?wd=1">多地迎来入夏以来最强降雨</a></li></ul></div>"""
    body = page("").replace('<div class="sidebar"></div>', "").replace("</body>", "").replace('<div class="main">', '<div class="row"><div class="main">')
    body = body.replace("</html>", "") + f"{side}</div></body></html>"
    assert extract_page(html(body, url="https://baijiahao.baidu.com/s?id=1833789025176430217")).fields["related"] == []


def test_a_related_items_label_named_lm_is_its_category():
    related = """<div class="xgtj"><h3>相关推荐</h3><ul class="xgtj_list">
    <li><span class="lm">文化双语</span><a href="/201903/10865904.html">胡同里的四合院如何过冬</a><cite class="time">2019-03-05</cite></li></ul></div>"""
    assert extract_page(html(page(related))).fields["related"][0]["category"] == "文化双语"


def test_a_list_in_a_column_named_like_a_side_one_beside_a_channel_menu():
    menu = "".join(f'<li><a href="/ting/article?id=6f1a2c3e-8b4d-11e9-b0c5-00000000{i:04d}">频道{i}英语</a></li>' for i in range(12))
    items = "".join(f'<dl><dt><a href="/webting/desktopplay?id=3d9e7a41-03f5-11f0-9b2e-0050568{i:05d}">A listening story headline number {i}</a></dt></dl>'
                    for i in range(4))
    body = f"""<html><head><title>VOA慢速英语 | 每日英语听力</title></head><body><div class="tingMain">
    <div class="leftMenu"><ul>{menu}</ul></div><div class="rightContent"><div class="contents">{items}</div></div></div></body></html>"""
    result = extract_page(html(body, url="https://dict.eudic.net/ting/article?id=6f1a2c3e-8b4d-11e9-b0c5-000c29ffef9b"))
    assert result.kind == "list"
    assert sum("desktopplay" in u for u in result.follow) == 4


def test_a_latin_led_prefix_and_a_bare_text_label_before_a_related_link():
    assert split_prefix("BBC新闻：Tiny Forests Take Root in Crowded Cities") == ("BBC新闻", "Tiny Forests Take Root in Crowded Cities")
    related = """<h2>相关阅读</h2><ul><li>健康｜<a href="https://www.example.com/p/698530917">Why a good night's sleep matters more after forty</a></li></ul>"""
    assert extract_page(html(page(f"<div>{related}</div>"))).fields["related"][0]["category"] == "健康"


def test_a_story_whose_text_ends_with_a_few_story_links_is_an_article_and_they_are_related():
    items = "".join(f'<li><a href="/learn/article/12792{i}/story-number-{i}-of-the-week">A learning resource headline number {i}</a></li>' for i in range(3))
    body = f"""<html><head><title>Explainer: Why Hong Kong's rainstorm warnings come in colours</title></head><body><article>
    <h1>Explainer: Why Hong Kong's rainstorm warnings come in colours</h1><div class="article-body">
    {"".join(f"<p>{PROSE}{i}</p>" for i in range(5))}<p>You might also like:</p><ul>{items}</ul></div></article></body></html>"""
    result = extract_page(html(body, url="https://yp.scmp.com/learn/learning-resources/article/128366/explainer-why"))
    assert result.kind == "article"
    assert len(result.fields["related"]) == 3 and len(result.fields["paragraphs_en"]) == 5


def test_a_body_class_naming_a_nav_state_does_not_hide_a_list():
    items = "".join(f'<li><div class="media-block"><a href="/a/story-number-{i}/762{i}310.html"><h4>A learning English story headline number {i}</h4></a>'
                    f'<p class="perex">{PROSE}</p></div></li>' for i in range(4))
    body = f"""<html><head><title>As It Is</title></head><body class="nav-no-loaded pg-section"><div id="content">
    <h1>As It Is</h1><ul>{items}</ul></div></body></html>"""
    result = extract_page(html(body, url="https://learningenglish.voanews.com/z/3521"))
    assert result.kind == "list" and sum("/a/story-number" in u for u in result.follow) == 4


def test_related_items_labelled_by_a_section_link_or_a_bracket_and_an_empty_scripted_module():
    related = """<div class="media-block-wrap"><h2>Related</h2><ul>
    <li><div class="media-block"><a class="category" href="/z/1579">Science &amp; Technology</a>
    <a href="/a/satellite-tags-show-where-young-sea-turtles-travel/7598830.html"><h4>Satellite Tags Show Where Young Sea Turtles Travel</h4></a></div></li></ul></div>"""
    assert [(r["title"], r["category"]) for r in extract_page(html(page(related))).fields["related"]] == [
        ("Satellite Tags Show Where Young Sea Turtles Travel", "Science & Technology")]
    bracket = """<div><p><strong>相关阅读：</strong></p><p>【科技英语】<a href="/s/blog_8e910ac10102wbn8.html">Scientists teach robots to fold laundry</a></p></div>"""
    assert extract_page(html(page(bracket))).fields["related"][0]["category"] == "科技英语"
    empty = """<div class="relatefeed"><div class="relatefeed_tit"><span class="tit">相关阅读</span></div><ul id="blog_relatefeed"></ul>
    <a href="/s/articlelist_2391870145_3_1.html">生活英语</a> <a href="/main_v5/ria/print.html?blog_id=blog_8e910ac10102wbbk">打印</a></div>"""
    assert extract_page(html(page(empty))).fields["related"] == []


def test_stories_under_the_lists_own_path_or_beside_this_one_with_ids_of_one_shape():
    from newscrawler.extract.links import story_like
    page_url = "https://web.shanbay.com/reading/web-news/articles"
    assert story_like("https://web.shanbay.com/reading/web-news/articles/qkxvbn", page_url)
    assert story_like("https://web.shanbay.com/reading/web-news/articles/hpzaeg", page_url + "/qkxvbn")
    assert not story_like("https://web.shanbay.com/reading/web-news/articles/international/", page_url)
    assert not story_like("https://www.example.com/read/news/culture-education", "https://www.example.com/read/news")
    items = "".join(f'<li><a href="/reading/web-news/articles/{i}">A short English news story for learners number {n}</a></li>'
                    for n, i in enumerate(["qkxvbn", "hpzaeg", "cwnpzr", "tjwrmo"]))
    body = f"<html><head><title>扇贝阅读</title></head><body><h1>今日短文</h1><ul>{items}</ul></body></html>"
    result = extract_page(html(body, url=page_url))
    assert result.kind == "list" and sum("/articles/" in u for u in result.follow) == 4


def test_topic_chips_are_no_related_stories_and_a_script_switch_is_not_followed():
    related = """<div><h2>相关主题</h2><aside><a href="/zh/能源转型/t-18622457" role="button">能源转型</a>
    <a href="/zh/太阳能/t-18610098" role="button">太阳能</a></aside></div>"""
    assert extract_page(html(page(related))).fields["related"] == []
    switch = '<a href="/zh-hant/柏林房租再創新高/a-69117530" hreflang="zh-Hant">繁</a> <a href="/en/berlin-rents/a-69117530" hreflang="en">EN</a>'
    body = page("").replace('<div class="main">', switch + '<div class="main">')
    result = extract_page(html(body, url="https://www.dw.com/zh/柏林房租再创新高/a-69117530"))
    assert result.follow == ["https://www.dw.com/en/berlin-rents/a-69117530"]


def test_an_id_ending_in_a_number_is_a_story_of_its_own_without_a_pager():
    from newscrawler.extract.links import article_pages
    url = "https://china.kyodonews.net/news/2024/05/e84d3b0c7f15-5.html"
    assert article_pages([], url) == (url, 1, [])


def test_a_story_picks_section_and_its_items_category_links():
    related = """<section id="recommended-article" class="recommended-article"><header><h4 class="section-title">推薦閱讀</h4></header>
    <ul><li><h4 class="title"><a href="/realtimenews/20240519001288-260408?chdtv">北歐熱浪提早報到 瑞典南部氣溫逼近30度</a></h4>
    <div class="meta-info"><div class="category"><a href="/realtimenews/260408">國際</a></div></div></li></ul></section>"""
    assert [(r["title"], r["category"]) for r in extract_page(html(page(related))).fields["related"]] == [
        ("北歐熱浪提早報到 瑞典南部氣溫逼近30度", "國際")]


def test_a_one_letter_content_file_has_pages_and_an_lbl_span_labels_an_item():
    from newscrawler.extract.links import page_key
    assert page_key("https://english.news.cn/20240520/32d56193c5a20f82287d91aa3794641c/c_2.html") == (
        "https://english.news.cn/20240520/32d56193c5a20f82287d91aa3794641c/c.html", 2)
    assert page_key("https://www.example.com/news/list_2.html")[1] == 1  # a word's page is a list's
    related = """<div class="related"><div class="col-tit"><span>Related</span></div><ul><li><span class="lbl">China</span>
    <a href="https://www.example.com/20240519/d1b0fecd7935531039d580d3939c041e/c.html">Scientists map the plateau's glaciers</a></li></ul></div>"""
    assert extract_page(html(page(related))).fields["related"][0]["category"] == "China"


def test_only_the_english_edition_behind_a_language_switch_is_followed():
    # UN News: hreflang alternates to every UN language; only the English one is parallel text
    switch = "".join(f'<a href="/{lang}/story/2024/05/1128771" hreflang="{lang}">{lang}</a> ' for lang in ("ar", "en", "es", "fr", "ru"))
    body = page("").replace('<div class="main">', f"<div>{switch}</div>" + '<div class="main">')
    result = extract_page(html(body, url="https://news.un.org/zh/story/2024/05/1128771"))
    assert result.follow == ["https://news.un.org/en/story/2024/05/1128771"]


def test_where_headlines_open_with_a_topic_before_a_bar_a_labelled_items_topic_stays_in_its_title():
    # hk01: "寒冷天氣｜…" headlines; the item's card-category is its section, "英文學習｜" its headline's topic
    related = """<div class="related-article-block"><div>延伸閱讀</div><ul>
    <li><a href="/中小學校園/1055871/英文學習"><span class="card-category">中小學校園</span><span class="card-title">英文學習｜用新聞學生字　老師教路三步記熟新詞彙</span></a></li></ul></div>"""
    crumb = '<nav><ol><li class="breadcrumb__item"><a href="/zone/1/港聞">港聞</a></li><li class="breadcrumb__item"><a href="/channel/2/社會新聞">社會新聞</a></li></ol></nav>'
    body = page(related).replace("A headline long enough to count", "寒冷天氣｜天文台料周四市區最低11度").replace('<div class="main">', '<div class="main">' + crumb)
    assert [(r["title"], r["category"]) for r in extract_page(html(body)).fields["related"]] == [
        ("英文學習｜用新聞學生字 老師教路三步記熟新詞彙", "中小學校園")]
    assert [(r["title"], r["category"]) for r in extract_page(html(page(related))).fields["related"]] == [
        ("用新聞學生字 老師教路三步記熟新詞彙", "中小學校園")]


def test_a_cate_path_is_a_list_even_when_its_og_type_says_article():
    # udn's /news/cate/2/7225 carries og:type "article" and a section h1
    items = "".join(f'<li><a href="/news/story/6809/798214{i}?from=udn-catelistnews_ch2">國際焦點新聞標題第{i}則，日本研議調高入境觀光稅</a></li>' for i in range(5))
    body = f"""<html><head><title>全球 | 聯合新聞網</title><meta property="og:type" content="article"></head><body>
    <h1>全球</h1><ul class="story-list">{items}</ul></body></html>"""
    result = extract_page(html(body, url="https://udn.com/news/cate/2/7225"))
    assert result.kind == "list" and len([u for u in result.follow if "/news/story/" in u]) == 5


def test_a_column_named_for_close_reading_is_a_section_prefix():
    from newscrawler.extract.links import split_prefix
    assert split_prefix("外刊精读｜海藻包装能否替代塑料？", frozenset()) == ("外刊精读", "海藻包装能否替代塑料？")


def test_a_column_before_a_bar_is_a_category_where_no_section_is_shown_and_a_block_under_the_text_in_its_column_is_related():
    # 36氪: "36氪首发 | …" headlines, no breadcrumb; 相关推荐 under the text, an ad and the next-story link
    text = "".join(f"<p>36氪获悉，农业物联网传感芯片公司近日完成融资，本轮资金将用于第二代芯片流片和渠道建设{i}。</p>" for i in range(4))
    body = f"""<html><head><title>36氪首发 | 「澄霁科技」完成1.2亿元A轮融资</title></head><body><div class="main-right">
    <div class="left"><div class="wrapper"><div class="mian"><h1>36氪首发 | 「澄霁科技」完成1.2亿元A轮融资</h1>
    <div class="box"><div class="articleDetailContent">{text}</div></div></div></div>
    <div class="ad">广告</div><div class="next"><span>下一篇</span><a href="/p/3206533620875266">8点1氪丨某手机品牌回应传闻</a></div>
    <div class="kr-article-recommend"><div class="recommend-title">相关推荐</div>
    <a href="/p/3203127765480963">36氪首发 | 「穗联智能」获数千万元Pre-A轮融资</a><a href="/p/3216512733405447">8点1氪丨多家大模型厂商下调API价格</a></div></div>
    <div class="side-right"><div>推荐阅读</div><a href="/p/1">一</a><a href="/p/2">二</a><a href="/p/3">三</a></div></div></body></html>"""
    fields = extract_page(html(body, url="https://36kr.com/p/3206418757125891")).fields
    assert (fields["title"], fields["category"]) == ("「澄霁科技」完成1.2亿元A轮融资", "36氪首发")
    assert [(r["title"], r["category"]) for r in fields["related"]] == [
        ("「穗联智能」获数千万元Pre-A轮融资", "36氪首发"), ("多家大模型厂商下调API价格", "8点1氪")]
    # under the comments, the same list is the site's
    under_comments = body.replace('<div class="ad">', '<div class="Comments-container"><h2>3 条评论</h2></div><div class="ad">')
    assert extract_page(html(under_comments, url="https://36kr.com/p/3206418757125891")).fields["related"] == []


def test_a_label_run_into_its_link_on_one_line_and_a_label_after_a_product_name():
    # 端傳媒: "<strong>延伸閱讀</strong>：〈<a>…</a>〉" in the text; 明報: "日報新聞-相關報道：" over its links
    inline = '<p><strong>延伸閱讀</strong>：〈<a href="/article/20230918-hongkong-night-vibes-campaign/">夜繽紛之後：香港的夜晚還能熱鬧起來嗎？</a>〉</p>'
    body = page("").replace(f"<p>{PROSE}</p></div>", f"<p>{PROSE}</p>{inline}</div>", 1)
    assert [r["title"] for r in extract_page(html(body)).fields["related"]] == ["夜繽紛之後：香港的夜晚還能熱鬧起來嗎？"]
    block = """<div id="pnsautornews"><h2><strong>日報新聞-相關報道：</strong></h2>
    <p><a href="/pns/article/20240520/s00017/1716149306033/help">Help the minibus trade find a new way forward</a></p></div>"""
    fields = extract_page(html(page(block))).fields
    assert [r["title"] for r in fields["related"]] == ["Help the minibus trade find a new way forward"]


def test_a_list_of_promo_cards_a_more_related_label_a_topic_timeline_and_screen_reader_labels():
    # BBC 中文: every list item is a div.promo (a teaser card, not a self-promotion)
    items = "".join(f'<li><div class="promo"><h3><a href="/zhongwen/simp/world-6904281{i}">热浪提前来袭：南欧多国五月气温逼近纪录之{i}</a></h3></div></li>' for i in range(4))
    body = f'<html><head><title>国际 - BBC News 中文</title></head><body><main><h1>国际</h1><ul data-testid="topic-promos">{items}</ul></main></body></html>'
    result = extract_page(html(body, url="https://www.bbc.com/zhongwen/simp/topics/ck2l9z0em07t"))
    assert result.kind == "list" and sum("/world-" in u for u in result.follow) == 4
    style = "<style>.vh{clip-path:inset(100%);clip:rect(1px, 1px, 1px, 1px);height:1px;overflow:hidden;position:absolute;width:1px}</style>"
    related = """<section><h2><span>更多相关内容</span></h2><ul>
    <li><a href="/zhongwen/simp/world-69030561"><span class="vh">视频, </span><span>热浪下的西班牙：市民如何度过炎热的夜晚</span><span class="vh">, 节目全长 2,01</span></a></li>
    <li><a href="/zhongwen/simp/science-68950276">全球变暖：2023年为何成为有记录以来最热的一年</a></li></ul></section>"""
    body = page(related).replace("</head>", style + "</head>")
    assert [(r["title"], r["category"]) for r in extract_page(html(body, url="https://www.bbc.com/zhongwen/simp/world-69042817")).fields["related"]] == [
        ("热浪下的西班牙：市民如何度过炎热的夜晚", None), ("全球变暖：2023年为何成为有记录以来最热的一年", None)]
    timeline = """<section><div><span>「交通安全」的相關議題</span></div><ul>
    <li><span class="item-category">生活</span><a href="/article/205901">雨季騎車怎麼防滑？機車輪胎胎紋與胎壓的檢查重點</a></li>
    <li class="active"><span class="item-category">觀點</span><a href="/article/205812">走在台北不該像闖關</a></li></ul></section>"""
    fields = extract_page(html(page(timeline), url="https://www.thenewslens.com/article/205812")).fields
    assert [(r["url"], r["category"]) for r in fields["related"]] == [("https://www.thenewslens.com/article/205901", "生活")]


def test_a_list_of_headlines_named_for_its_pager_is_no_pager():
    # ABC: <ul class="PaginationList_list__w0sRz"><li class="PaginationList_item__Xz0yQ">…
    items = "".join(f'<li class="PaginationList_item__Xz0yQ"><h3><a href="/chinese/2025-07-1{i}/story-number-{i}/10553118{i}">悉尼西南区社区中心开设免费英语角之{i}</a></h3></li>' for i in range(5))
    body = f'<html><head><title>ABC中文</title></head><body><main><section><h2>最新报道</h2><ul class="PaginationList_list__w0sRz">{items}</ul></section></main></body></html>'
    result = extract_page(html(body, url="https://www.abc.net.au/chinese"))
    assert result.kind == "list" and sum("/chinese/2025-" in u for u in result.follow) == 5


def test_a_genre_label_and_a_story_file_under_a_topic_folder():
    # 朝日新闻中文网: <dt><span class="Genre">旅游・活动</span><a href="/travel/topic/AJ202404150020.html">…</a></dt>
    related = """<div><h2>相关文章</h2><ul><li><dl><dt><span class="Genre">旅游・活动</span>
    <a href="/travel/topic/AJ202404150020.html">跟着动画去旅行 地方城市争相打造“巡礼路线”</a></dt></dl></li></ul></div>"""
    fields = extract_page(html(page(related), url="https://asahichinese-j.com/cool_japan/anime/AJ202405180008.html")).fields
    assert [(r["url"], r["category"]) for r in fields["related"]] == [
        ("https://asahichinese-j.com/travel/topic/AJ202404150020.html", "旅游・活动")]


def test_an_article_folders_slug_and_short_id_and_a_read_more_card():
    from newscrawler.extract.links import is_article_url
    assert is_article_url("https://www.sbs.com.au/language/chinese/zh-hans/article/flood-warnings-issued-for-south-east-queensland/w7hd2m4ne")
    card = """<div data-testid="read-more"><p>READ MORE</p><a href="/language/chinese/zh-hans/article/is-your-household-emergency-kit-ready/t6y3b8wpc">
    <p>澳洲生活</p><p>极端天气来临前，您的家庭应急包准备好了吗？</p></a></div>"""
    body = page("").replace(f"<p>{PROSE}</p></div>", f"<p>{PROSE}</p>{card}</div>", 1)
    fields = extract_page(html(body, url="https://www.sbs.com.au/language/chinese/zh-hans/article/flood-warnings-issued-for-south-east-queensland/w7hd2m4ne")).fields
    assert [r["url"].rsplit("/", 1)[-1] for r in fields["related"]] == ["t6y3b8wpc"]


def test_an_inline_label_with_its_links_on_lines_of_their_own():
    # NOWnews: <strong>更多NOWnews今日新聞報導</strong><br><a>…</a><br><a>…</a> at the end of the text
    tail = ('<strong>更多NOWnews今日新聞報導</strong><br><a href="https://www.nownews.com/news/6456120">交通部：定期票上路滿10個月 累計使用逾1億人次</a><br>'
            '<a href="https://www.nownews.com/news/6455127">偏鄉公車班次不足 監委申請自動調查</a>')
    body = page("").replace(f"<p>{PROSE}</p></div>", f"<p>{PROSE}</p>{tail}</div>", 1)
    fields = extract_page(html(body, url="https://www.nownews.com/news/6457436")).fields
    assert [r["url"][-7:] for r in fields["related"]] == ["6456120", "6455127"]
    assert "更多NOWnews今日新聞報導" not in fields["paragraphs_en"] + fields["paragraphs_zh"]


def test_related_items_on_a_sibling_host_of_the_site():
    # 香港經濟日報: china.hket.com's 相關新聞 lists a story on inews.hket.com (one registered domain)
    related = """<div class="relatedContents-container"><div class="widget-title"><span>相關新聞</span></div>
    <div class="related-item"><a href="/article/3784128/a">內地4月工業增加值按年增6.7%</a></div>
    <div class="related-item"><a href="https://inews.hket.com/article/3784990/b">內地樓市新政出台　內房股急升</a></div>
    <div class="related-item"><a href="https://other-paper.com/article/3784991/c">Another paper's story is never related</a></div></div>"""
    fields = extract_page(html(page(related), url="https://china.hket.com/article/3785102/x")).fields
    assert [r["url"] for r in fields["related"]] == [
        "https://china.hket.com/article/3784128/a", "https://inews.hket.com/article/3784990/b"]


def test_an_empty_related_box_does_not_take_the_column_above_it():
    # 凤凰网: <h4>相关新闻</h4><p>暂无相关新闻</p> under the text; the climb to the links would reach
    # the column with the comment count and share links
    body = page('<div class="share"><a href="//ishare.example.com/c/s/8ZmT4nVq9Eh">客户端</a></div>'
                '<div class="relateNews"><div><h4>相关新闻</h4></div><p>暂无相关新闻</p></div>')
    assert extract_page(html(body, url="https://news.example.com/c/8ZmT4nVq9Eh")).fields["related"] == []


def test_a_further_reading_line_in_the_text_leaves_the_related_box_below_it_and_its_labels():
    # 新京报: <p><strong>延伸阅读</strong></p><p><a>…</a></p> in the text, then div.relatedNews 相关推荐
    # with an <em class="rel-lab">时事</em> label on each item
    further = '<p><strong>延伸阅读</strong></p><p><a href="/detail/1715825280129117.html">北京今年计划开通20条通学公交线路</a></p>'
    box = """<div class="relatedNews"><div class="title-b"><span>相关推荐</span></div><ul class="Recommended-below">
    <li><div class="rel-txt"><em class="rel-lab">时事</em><a href="/detail/1716190212129418.html">北京今年将新建改造30处口袋公园</a></div></li></ul></div>"""
    body = page(box).replace(f"<p>{PROSE}</p></div>", f"<p>{PROSE}</p>{further}</div>", 1)
    fields = extract_page(html(body, url="https://www.bjnews.com.cn/detail/1716253960129073.html")).fields
    assert [(r["url"][-21:], r["category"]) for r in fields["related"]] == [
        ("1715825280129117.html", None), ("1716190212129418.html", "时事")]


def test_a_label_with_its_section_link_after_a_preposition():
    # RTHK (Joomla K2): <div class="itemRelCat">在 <a href="…/local.htm">本地</a></div>, "in <a>Local</a>"
    related = """<div class="itemRelated"><h3>相關新聞</h3><ul>
    <li><a class="itemRelTitle" href="/rthk/ch/component/k2/1753890-20240516.htm">公共圖書館推電子書借閱新平台</a>
    <div class="itemRelCat">在 <a href="/rthk/ch/latest-news/local.htm">本地</a></div></li>
    <li><a class="itemRelTitle" href="/rthk/ch/component/k2/1752640-20240509.htm">Lawmakers call for more study rooms</a>
    <div class="itemRelCat">in <a href="/rthk/en/latest-news/local.htm">Local</a></div></li></ul></div>"""
    fields = extract_page(html(page(related), url="https://news.rthk.hk/rthk/ch/component/k2/1754312-20240520.htm")).fields
    assert [r["category"] for r in fields["related"]] == ["本地", "Local"]


def test_discuz_static_pages_glue_the_number_to_the_name():
    from newscrawler.extract.links import Link, article_pages
    from lxml import etree
    # 英文巴士: <div class="pg"><strong>1</strong><a href="reading/208552.html">2</a>…</div>, and on page 2
    # <a href="reading/20855.html">1</a><strong>2</strong>
    pager = etree.fromstring('<div class="pg"><a href="x">1</a><a href="y">2</a><a href="z">下一页</a></div>')
    one, two, nxt = pager.findall("a")
    base, second = "https://www.en84.com/reading/20855.html", "https://www.en84.com/reading/208552.html"
    assert article_pages([Link(second, "2", two), Link(second, "下一页", nxt)], base) == (base, 1, [second])
    assert article_pages([Link(base, "1", one)], second)[:2] == (base, 2)
    # a story whose id merely starts like this one's is no page of it
    assert article_pages([Link("https://www.en84.com/reading/2085577.html", "2", two)], base) == (base, 1, [])


def test_an_inline_further_reading_line_in_the_text_gives_its_link_no_section():
    # 星島: <p>延伸閱讀：<a>…</a></p> among the paragraphs, an ad's "廣告 Advertisement" label above
    ad = '<div class="ad"><p class="ad-label">廣告 Advertisement</p></div>'
    further = '<p>延伸閱讀：<a href="/realtime/article/2002990/x">桂林五一黃金周接待遊客按年升兩成</a></p>'
    body = page("").replace(f"<p>{PROSE}</p></div>", f"{ad}<p>{PROSE}</p>{further}<p>{PROSE}</p></div>", 1)
    fields = extract_page(html(body, url="https://std.stheadline.com/realtime/article/2003455/y")).fields
    assert [(r["url"][-9:], r["category"]) for r in fields["related"]] == [("2002990/x", None)]


def test_a_related_cards_tag_row_is_no_section_and_a_label_in_a_header_box_of_its_own():
    # 公視: <div class="section-title-wrap"><h3>相關新聞</h3><div class="conclusion-line"></div></div> and the
    # list beside it, each card with a row of tag links (·-separated, a "更多..." toggle)
    card = """<div class="row"><h4><a href="/article/646201">熱傷害就醫人次增 醫師籲少量多次補水</a></h4>
    <ul class="list-unstyled d-flex"><li class="issue-label"><a href="/tag/2266/">高溫</a></li><li class="issue-label">·</li>
    <li class="issue-label"><a href="/tag/30122/">氣象署</a></li><li class="issue-label"><a href="#">更多...</a></li></ul></div>"""
    topic = """<div class="section-title-wrap"><h3 class="section-title">相關議題</h3></div>
    <div class="issue"><div class="d-flex"><div class="issue-item-title"><h6><a href="/article/694790">熱浪提前報到 台北測得今年最高溫</a></h6>
    <time>2024-05-21 14:20</time></div></div></div>"""
    related = f"""<div><div class="issues">{topic}</div><div class="section-title-wrap"><h3 class="section-title">相關新聞</h3><div class="line"></div></div>
    <div class="relative-news-list">{card}</div></div>"""
    fields = extract_page(html(page(related), url="https://news.pts.org.tw/article/694903")).fields
    assert [(r["url"][-6:], r["category"]) for r in fields["related"]] == [("694790", None), ("646201", None)]


def test_a_cards_bare_section_word_before_its_date_but_not_its_writer():
    # 南方周末: <a><header><h5>…</h5></header><footer class="…__meta"><span>城市</span><span>05-14</span></footer></a>;
    # 36氪: <span class="item-author">王拓</span><span class="item-time">2025-03-12</span> names the writer
    related = """<div class="related"><h3>相关阅读</h3><ul>
    <li><a href="/contents/283977"><div><header><h5>老旧小区改造，难在“最后一米”</h5></header>
    <footer class="item__meta"><span>城市</span><span>05-14</span></footer></div></a></li>
    <li><a href="/contents/283650"><div><header><h5>湿地公园里的候鸟为何多了起来</h5></header>
    <footer class="item__meta"><span class="item-author">王拓</span><span class="item-time">2025-03-12</span></footer></div></a></li></ul></div>"""
    fields = extract_page(html(page(related), url="https://www.infzm.com/contents/284512")).fields
    assert [(r["title"], r["category"]) for r in fields["related"]] == [
        ("老旧小区改造，难在“最后一米”", "城市"), ("湿地公园里的候鸟为何多了起来", None)]


def test_an_object_id_then_a_slug_and_an_id_and_slug_under_a_section_folder_are_stories():
    from newscrawler.extract.links import is_article_url
    # TVB: a 24-hex ObjectId with few digits in a row, then the headline's slug
    assert is_article_url("https://news.tvb.com/tc/pearlnews/664a3f18b5c9d2e07a1f4b66/Pearl-News-Observatory-issues-amber-rainstorm-warning")
    # The Standard: /section-news/section/4/<id>/<slug> is a story; /section-news-list/section/local/ a list
    assert is_article_url("https://www.thestandard.com.hk/section-news/section/4/242187/Elderly-homes-squeezed-as-imported-care-workers-trickle-in")
    assert not is_article_url("https://www.thestandard.com.hk/section-news-list/section/local/")
    assert not is_article_url("https://news.pts.org.tw/tag/2266/")


def test_a_series_name_on_every_headline_is_no_part_of_a_title():
    # 听VOA: "VOA慢速英语附字幕[翻译]：学生把旧手机变成小型气象站" in <h1>, the same series name (a word
    # shorter or longer) on the page's other headlines; "世卫组织：" on one headline is the headline's own
    from newscrawler.extract.links import site_label
    others = ["VOA慢速英语附字幕[翻译]：博物馆请公众为最新恐龙命名", "VOA慢速英语附字幕[翻译]：科学家用无人机监测森林火灾",
              "VOA慢速英语附字幕[翻译]：网络游戏帮助玩家辨识鸟鸣", "世卫组织：加工肉制品致癌"]
    assert site_label("VOA慢速英语附字幕[翻译]：学生把旧手机变成小型气象站", others) == "VOA慢速英语附字幕[翻译]"
    assert site_label("VOA慢速英语：美国国家公园的由来", others) == "VOA慢速英语"
    assert site_label("世卫组织：加工肉制品致癌", others) is None
    related = '<div class="related"><h3>相关文章</h3><ul>' + "".join(
        f'<li><a href="/1911/4819{i}.html">{t}</a></li>' for i, t in enumerate(others[:3])) + "</ul></div>"
    hot = '<h3>热门文章</h3><ul><li><a href="/1910/47901.html">VOA慢速英语附字幕[翻译]：美国国家公园的由来</a></li></ul>'
    fields = extract_page(html(page(related, hot).replace("A headline long enough to count</h1>", "VOA慢速英语附字幕[翻译]：学生把旧手机变成小型气象站</h1>"),
                               url="http://www.tingvoa.com/1911/48201.html")).fields
    assert fields["title_zh"] == "学生把旧手机变成小型气象站"
    assert [r["title"] for r in fields["related"]] == ["博物馆请公众为最新恐龙命名", "科学家用无人机监测森林火灾", "网络游戏帮助玩家辨识鸟鸣"]


def test_recommendations_named_so_under_the_comments_and_editors_picks_in_a_related_named_box():
    # Yahoo: div#comments then div.recommended-article-stream (為你推薦); 信報: div#…related_art… holding
    # div#…editor_choice… (編輯推介), beside div#related-articles-wrapper whose items' section is the
    # link to the folder that holds the story
    below = ('<div id="comments" class="comments-wrapper"><h2>留言</h2><p>留言前請先閱讀社群守則。</p></div>'
             '<div class="recommended-article-stream"><h2>為你推薦</h2><ul><li><a href="/a/3210.html">夏季電價方案出爐 經濟部：小家庭影響有限</a></li></ul></div>')
    assert extract_page(html(page(below))).fields["related"] == []
    picks = """<div id="hkej_d_btm_related_art_2015"><div id="hkej_landing_editor_choice_2014"><ul>
    <li><a href="/dailynews/investment/article/3748390/x">科網股反彈未完 留意業績期波動</a></li></ul></div></div>
    <div id="related-articles-wrapper"><ul><li><p><a href="//www1.hkej.com/dailynews/headline/article/3748401/y">一個月拆息回升 樓按供款壓力未減</a></p>
    <p class="silder_editor_choice_author"><a href="//www1.hkej.com/dailynews/headline">要聞</a> ｜ 今日</p></li></ul></div>"""
    fields = extract_page(html(page(picks), url="https://www1.hkej.com/dailynews/finnews/article/3748415/z")).fields
    assert [(r["url"][-9:], r["category"]) for r in fields["related"]] == [("3748401/y", "要聞")]


def test_a_related_word_and_bar_before_the_link_and_a_posts_context_in_quotes():
    # 新民网: <li><span>城生活</span> | <a>…</a></li>; Jetpack: <ul><li><a>…</a></li><li>15 May 2024</li><li>In "Law &amp; Crime"</li></ul>
    related = """<div class="xgxw"><h3>相关新闻</h3><ul><li><span>城生活</span>&nbsp;|&nbsp;<a href="/chengsh/2019/10/29/31603217.html">虹口今年计划完成多台加装电梯</a></li></ul></div>"""
    fields = extract_page(html(page(related), url="https://newsxmwb.xinmin.cn/chengsh/2019/11/12/31609854.html")).fields
    assert [r["category"] for r in fields["related"]] == ["城生活"]
    jetpack = """<nav class="jp-relatedposts-i2"><h3><em>Related</em></h3><div><ul class="jp-related-posts-i2__post">
    <li class="jp-related-posts-i2__post-link"><a href="/2024/05/15/district-council-members-to-receive-training/">District council members to receive training</a></li>
    <li class="jp-related-posts-i2__post-date">14:05, 15 May 2024</li><li class="jp-related-posts-i2__post-context">In &quot;Law &amp; Crime&quot;</li></ul></div></nav>"""
    fields = extract_page(html(page(jetpack), url="https://hongkongfp.com/2024/05/18/man-jailed/")).fields
    assert [r["category"] for r in fields["related"]] == ["Law & Crime"]


def test_a_related_items_label_named_sort():
    # Caixin Global: <li><span class="sort">Finance</span><a>…</a><span class="date">May 09, 2024</span></li>
    related = """<div class="related"><h3>Related</h3><ul><li><span class="sort">Finance</span>
    <a href="/2024-05-09/regulators-tell-village-banks-to-cap-deposit-rates-102194025.html">Regulators Tell Village Banks to Cap Deposit Rates</a>
    <span class="date">May 09, 2024</span></li></ul></div>"""
    fields = extract_page(html(page(related), url="https://www.caixinglobal.com/2024-05-22/henan-folds-40-rural-lenders-102199286.html")).fields
    assert [r["category"] for r in fields["related"]] == ["Finance"]


def test_a_story_named_by_a_guid_in_its_query():
    from newscrawler.extract.links import is_article_url
    # 台灣光華: /Articles/Details?Guid=2ab4f966-2017-47b4-bdc9-cf49dc84c023&CatId=7
    assert is_article_url("https://www.taiwan-panorama.com/Articles/Details?Guid=2ab4f966-2017-47b4-bdc9-cf49dc84c023&CatId=7")
    assert not is_article_url("https://www.taiwan-panorama.com/Articles/Index_wa?CatId=7")


def test_a_related_programmes_block_and_its_labels_in_bold_before_each_link():
    # BBC Learning English: <h3>相关节目</h3><ul><li><strong>媒体英语：</strong><a>…</a></li>…; a "Related:" label is no section
    related = """<div class="text"><h3>相关节目</h3><ul>
    <li><strong>媒体英语：</strong><a href="/learningenglish/chinese/features/media-english/ep-240415">Wet spring hits bee numbers 潮湿的春季导致蜜蜂数量下降</a></li>
    <li><strong>Related:</strong><a href="/learningenglish/chinese/features/take-away-english/ep-240520">The quiet comeback of the allotment 社区菜园的悄然回归</a></li></ul></div>"""
    fields = extract_page(html(page(related), url="https://www.bbc.co.uk/learningenglish/chinese/features/media-english/ep-240520")).fields
    assert [r["category"] for r in fields["related"]] == ["媒体英语", None]


def test_a_related_label_only_the_stylesheet_writes():
    # 報導者: <style>.oeUbtd::before{content:'相關文章';}</style> … <section><div class="sc-XLxAfC oeUbtd"></div><div>cards</div></section>
    cards = "".join(
        f'<div><a href="/a/wildlife-crossing-story-{i}"><span>環境永續</span><h3>相關報導的標題第{i}篇，寫得夠長</h3><p>2024/5/1{i}</p></a></div>' for i in range(5)
    )
    body = f"""<html><head><title>A headline long enough to count</title><style>.oeUbtd::before{{content:'相關文章';margin-left:5px;}}</style></head>
    <body><div class="main"><h1>A headline long enough to count</h1><div><p>{PROSE}</p><p>{PROSE}</p>
    <section><div class="sc-XLxAfC oeUbtd"></div><div>{cards}</div></section></div></div></body></html>"""
    result = extract_page(html(body, url="https://www.example.com/a/central-cross-island-highway"))
    assert result.kind == "article"
    assert [r["url"] for r in result.fields["related"]] == [f"https://www.example.com/a/wildlife-crossing-story-{i}" for i in range(5)]


def test_a_query_in_chinese_is_sent_in_the_pages_encoding():
    # 无忧考网's pager on list.51test.net: search_key=双语 in a GBK page is %CB%AB%D3%EF, as a browser sends it
    # (the UTF-8 form, %E5%8F%8C%E8%AF%AD, is redirected to the home page); the path stays UTF-8
    items = "".join(f'<li><a href="/show/1118{i}455.html">Bilingual reading number {i} about city rooftops</a></li>' for i in range(6))
    body = f"""<html><head><meta charset="gb2312"><title>双语阅读</title></head><body><ul class="list">{items}</ul>
    <div class="pages"><a href="//list.51test.net/w/?nclassid=69&key=&search_key=双语&page=2">下一页</a></div></body></html>"""
    result = extract_page(html(body, url="https://www.51test.net/yingyu/shuangyu/", encoding="gbk"))
    assert result.kind == "list"
    assert "https://list.51test.net/w/?nclassid=69&key=&search_key=%CB%AB%D3%EF&page=2" in result.follow


def test_a_bare_word_before_a_cards_heading_is_its_label():
    # 報導者's related cards: <a><span>環境永續</span><h3>…</h3><p>2024/5/14</p></a>; a date there is no label
    cards = "".join(f'<li><a href="/a/penghu-marine-debris-{i}"><div><span>{word}</span><h3>退潮之後：澎湖海漂垃圾與淨灘志工的十年之{i}</h3><p>2024/5/14</p></div></a></li>'
                    for i, word in enumerate(("環境永續", "2024/5/14")))
    fields = extract_page(html(page(f'<div class="related"><h3>相關文章</h3><ul>{cards}</ul></div>'), url="https://www.twreporter.org/a/wildlife-crossings-in-taiwan-2024")).fields
    assert [(r["title"], r["category"]) for r in fields["related"]] == [
        ("退潮之後：澎湖海漂垃圾與淨灘志工的十年之0", "環境永續"), ("退潮之後：澎湖海漂垃圾與淨灘志工的十年之1", None)]


def test_a_related_items_flytitle_is_its_label():
    # 经济学人·商论: <a><span class="related-articles_flytitle">金融</span><span class="related-articles_headline">…</span></a>
    related = """<section class="related-articles"><h2>相关文章</h2><ul><li><a href="/zh-CN/latest/663c8d27e533090ca6388b90">
    <span class="related-articles_flytitle__Kc5Xp">金融</span><span class="related-articles_headline__Rb1Qm">地方债务的新解法</span></a></li></ul></section>"""
    fields = extract_page(html(page(related), url="https://www.businessreview.global/zh-CN/latest/66431e08f3a73563df1039a4")).fields
    assert [(r["title"], r["category"]) for r in fields["related"]] == [("地方债务的新解法", "金融")]


def test_a_recommendation_list_under_the_comments_shown_is_the_sites():
    # 虎嗅: div.article__related (相关推荐), div.article__comment with comments and their times, then div.article__recommend
    # (推荐阅读): only the first is the article's; 搜狐's comment box, empty until a script fills it, leaves its 推荐阅读 beside the text
    def article(comments: str) -> str:
        return f"""<html><head><title>A headline long enough to count</title></head><body><div class="wrap">
        <div class="article-detail"><h1>A headline long enough to count</h1><div class="text"><p>{PROSE}</p><p>{PROSE}</p></div></div>
        <div class="article__comment comment">{comments}</div>
        <div class="article__recommend"><div class="recommend__title">推荐阅读</div>
        <div><a href="/article/4278866.html"><h4>年轻人不再办健身卡了，他们去了哪里</h4></a></div>
        <div><a href="/article/4277402.html"><h4>一家咖啡连锁的万店焦虑</h4></a></div></div></div></body></html>"""
    shown = '<div class="comment-item"><span>小K</span><span>2024-05-20 12:03</span><div>按分钟计费能活下来的，大概只有那几家。</div></div>'
    assert extract_page(html(article(shown), url="https://www.huxiu.com/article/4283105.html")).fields["related"] == []
    assert len(extract_page(html(article(""), url="https://www.huxiu.com/article/4283105.html")).fields["related"]) == 2


def test_a_short_main_list_named_like_a_side_column_beside_longer_hot_lists():
    # on.cc: centerCTN > div.leftSide holds the section's 6 stories; div.rightSide's 最新 and 熱門 boxes hold 10 headlines
    main = "".join(f'<div class="focusItem"><a href="/hk/bkn/cnt/news/20250110/bkn-2025011016452031{i}-0110_00822_001.html">'
                   f'<div class="focusTitle"><span>天文台發寒冷天氣警告預料明晨市區低見{i}度</span></div></a><div class="focusTime">16:4{i}</div></div>' for i in range(6))
    side = "".join(f'<div><div class="sideHeader">{label}</div><ul class="sideList">' + "".join(
        f'<li><a href="/hk/bkn/cnt/intnews/20250110/bkn-2025011011084219{i}-0110_00992_001.html">日本北海道暴雪新千歲機場取消逾百航班之{label}{i}</a></li>' for i in range(5))
        + "</ul></div>" for label in ("最新", "熱門"))
    body = f"""<html><head><title>港澳 - 東網</title></head><body><div id="centerCTN"><div class="leftSide">{main}</div></div>
    <div id="page_right_fixed_CTN"><div class="rightSide">{side}</div></div></body></html>"""
    from lxml import html as lxml_html
    from newscrawler.extract.links import links_in, list_columns
    root = lxml_html.fromstring(body)
    columns = list_columns(links_in(root, "https://hk.on.cc/hk/news/index.html"), "https://hk.on.cc/hk/news/index.html")
    assert [el.get("class") for el in columns] == ["leftSide"]


def test_a_related_items_type_is_its_label():
    # 央廣: <li><span class="type">政治</span><a href="/news/view/id/2251402">…</a></li>
    related = """<div class="popnews-box"><h2 class="title">相關新聞</h2><ul><li><span class="type">兩岸</span>
    <a href="/news/view/id/2251826">陸委會：陸生來臺交流人數回升 盼恢復常態互動</a></li></ul></div>"""
    fields = extract_page(html(page(related), url="https://www.rti.org.tw/news/view/id/2251873")).fields
    assert [(r["title"], r["category"]) for r in fields["related"]] == [("陸委會：陸生來臺交流人數回升 盼恢復常態互動", "兩岸")]


def test_a_note_lists_header_boxes_a_load_more_link_an_aside_in_the_text_and_a_previous_story():
    # 豆瓣: a user's note list, each title in div.note-header-container; am730: "載入更多" with an href is the next page
    items = "".join(f'<div class="note-container"><div class="note-header-container"><h3><a href="https://www.douban.com/note/87120345{i}/">'
                    f"Dolphins name each other with whistles, number {i}</a></h3></div><div class='content'>海豚用独特的哨声互相称呼，研究人员说{i}。</div></div>" for i in range(5))
    body = f"""<html><head><title>橙子读外刊的日记</title></head><body><div class="article">{items}
    <a class="a7-loadmore" role="button" href="?start=10&amp;type=note">載入更多</a></div></body></html>"""
    result = extract_page(html(body, url="https://www.douban.com/people/citrusreader/notes"))
    assert result.kind == "list"
    assert "https://www.douban.com/people/citrusreader/notes?start=10&type=note" in result.follow
    assert sum("/note/" in u for u in result.follow) == 5
    # am730: an unlabelled <aside> of story links inside the text; 豆瓣: "上一篇：<a>…</a>" after a 相关阅读 list
    aside = """<aside class="newsflash"><ul><li><h6><a href="/本地/康文署泳池暑假延長開放時間至晚上十時/449512">康文署泳池暑假延長開放時間至晚上十時</a></h6></li></ul></aside>"""
    text = f"""<html><head><title>A headline long enough to count</title></head><body><div class="main"><h1>A headline long enough to count</h1>
    <div class="text"><p>{PROSE}</p>{aside}<p>{PROSE}</p><p>上一篇：<a href="/本地/泳灘周日人流逾萬/450760">淺水灣泳灘周日人流逾萬 警方實施人流管制</a></p></div></div></body></html>"""
    fields = extract_page(html(text, url="https://www.am730.com.hk/本地/泳灘救生員人手緊張/452790")).fields
    assert [r["title"] for r in fields["related"]] == ["康文署泳池暑假延長開放時間至晚上十時"]


def test_an_underscore_slug_and_its_view_a_related_talks_block_and_a_hidden_picture_link():
    from newscrawler.extract.links import is_article_url
    # TED: /talks/<speaker_title>/transcript; a pinyin folder with underscores is no story
    assert is_article_url("https://www.ted.com/talks/tomas_reyes_the_surprising_power_of_reading_aloud/transcript?language=zh-cn")
    assert is_article_url("https://www.ted.com/talks/amara_njoroge_how_children_learn_to_listen?language=zh-cn")
    assert not is_article_url("https://en.eol.cn/shuang_yu_yue_du/")
    # "Related talks" cards: a picture link hidden from readers (its text the duration), then the title link
    card = """<div data-testid="talk-card"><a href="/talks/amara_njoroge_how_children_learn_to_listen" tabindex="-1" aria-hidden="true"><img src="a.jpg"><span>13:11</span></a>
    <div><span class="topic-label">Education</span><a href="/talks/amara_njoroge_how_children_learn_to_listen"><h4>How children learn to listen</h4></a></div></div>"""
    related = f'<section><h2 id="related-heading">Related talks</h2><div>{card}</div></section>'
    fields = extract_page(html(page(related), url="https://www.ted.com/talks/tomas_reyes_the_surprising_power_of_reading_aloud/transcript")).fields
    assert [r["title"] for r in fields["related"]] == ["How children learn to listen"]


def test_a_story_numbered_in_its_query_and_a_dated_items_leading_word():
    from newscrawler.extract.links import is_article_url
    # 朝鲜日报中文网: viw.asp?cate=C01&mcate=M1002&nNewsNumb=20240562094; its list is lst.asp?cate=C01
    assert is_article_url("https://cnnews.chosun.com/client/news/viw.asp?cate=C01&mcate=M1002&nNewsNumb=20240562094")
    assert not is_article_url("https://cnnews.chosun.com/client/news/lst.asp?cate=C01&mcate=M1002")
    # 人間福報: NewsPage.aspx?unid=829401; its list is newslist_tw_1.php?id=31
    assert is_article_url("https://www.merit-times.com/NewsPage.aspx?unid=829401")
    assert not is_article_url("https://www.merit-times.com/newsepaper/newslist_tw_1.php?id=31&page=2")
    # a content id too long for a category's (台灣新生報's index.php?FID=64&CID=712345), not a category's cid=3
    assert is_article_url("https://www.tssdnews.com.tw/index.php?FID=64&CID=712345")
    assert not is_article_url("https://www.example.com/list.php?cid=3&page=2")
    # a story numbered by nid=, artid=, or a five-digit q= (香港聖公會教聲, 自立晚報, OK阅读网); not a search
    assert is_article_url("https://echo.hkskh.org/news_article_details.aspx?lang=1&nid=2409")
    assert is_article_url("https://www.idn.com.tw/news/news_content.aspx?catid=1&catsid=2&catdid=0&artid=20250414hsieh100005")
    assert is_article_url("https://50.116.9.218/page/read.php?d=202207&q=45361&ys=3")
    assert not is_article_url("https://www.example.com/search?q=bees")
    # a detail view's number under its folder (香港工程師學會's /news/press_release_detail/175/), not its list
    assert is_article_url("https://hkie.org.hk/zh-hant/news/press_release_detail/175/")
    assert not is_article_url("https://hkie.org.hk/zh-hant/news/press_release/")
    assert is_article_url("https://greatnews.com.tw/news_pagein.php?iType=1010&n_id=315288")  # (大成報's n_id=)
    # a UUID: 市民日報's article?id=…, 臺灣時報's blogId=blog-… (a UUID need hold no run of four digits)
    assert is_article_url("https://news.shimindaily.net/news/article?id=3f8a2c1e-6b4d-4e9a-9c21-7d5e0b8f1a43")
    assert is_article_url("https://www.taiwantimes.com.tw/app-container/app-content/new/new-content-detail?blogId=blog-2f94b0d6-8a17-4c35-b2e9-61d7a3f05c88")
    # 鉅亨網: <li><span class="r1cat">美股</span><a>…</a><time>11/11 21:15</time></li>
    related = """<section><h3>相關新聞</h3><ul><li class="r1k2m0ee"><span class="r1cat">美股</span><a href="/news/id/6240611">輝達財報前瞻 華爾街聚焦資料中心營收與毛利率</a>
    <time>11/11 21:15</time></li></ul></section>"""
    fields = extract_page(html(page(related), url="https://news.cnyes.com/news/id/6240873")).fields
    assert [r["category"] for r in fields["related"]] == ["美股"]


def test_a_story_named_by_an_opaque_id_in_its_query():
    from newscrawler.extract.links import is_article_url
    # 英語島: Main.php?stat=a_Q7kd2Rm&mid=51 beside its list Main.php?stat=list&mid=54
    assert is_article_url("https://www.eisland.com.tw/Main.php?stat=a_Q7kd2Rm&mid=51")
    assert not is_article_url("https://www.eisland.com.tw/Main.php?stat=list&mid=54&page=2")
    assert not is_article_url("https://www.example.com/news/index.php?tab=news2024")
    # 常春藤's broadcast: Broadcast_More.aspx?MagitemID=6416, an item id under a prefix (not a list's catid=)
    assert is_article_url("https://broadcast.ivy.com.tw/broadcast/Broadcast_More.aspx?MagitemID=6416")
    assert not is_article_url("https://www.example.com/list.aspx?catid=1024")
    # 國語日報: content.asp?Link_String_=233B00000QWKPTR, digits and capitals only (not a list's Kind_ID_=14, a ZH_HANT)
    assert is_article_url("https://www.mdnkids.com/content.asp?Link_String_=233B00000QWKPTR")
    assert not is_article_url("https://www.mdnkids.com/list.asp?Kind_ID_=14&lang=ZH_HANT")


def test_an_unknown_story_address_told_by_repetition():
    # one script and one set of query names under five headlines, only the values changing; the list's own
    # section links share the page's shape, its pager has page=
    names = ("alpha", "bravo", "charlie", "delta", "echo")
    items = "".join(f'<li><a href="/cgi/view.cgi?board=daily&key={n}">Harbour ferry timetable changes for the summer season: part {n}</a></li>' for n in names)
    nav = "".join(f'<a href="/cgi/list.cgi?board={b}">{b.title()} news board</a>' for b in ("daily", "weekly", "sport", "money"))
    body = f"""<html><head><title>Daily board</title></head><body><div class="menu">{nav}</div><ul class="list">{items}</ul>
    <div class="pager"><a href="/cgi/list.cgi?board=daily&page=2">2</a></div></body></html>"""
    result = extract_page(html(body, url="https://www.example.com/cgi/list.cgi?board=daily"))
    assert result.kind == "list"
    assert [u for u in result.follow if "view.cgi" in u] == [f"https://www.example.com/cgi/view.cgi?board=daily&key={n}" for n in names]


def test_a_label_in_brackets_before_a_related_title_is_its_section():
    # 中国数字时代: <li><a>【404文库】山川记｜县城里的最后一家照相馆</a></li>; a colon's label stays with an unknown headline
    related = """<p><strong>相关阅读：</strong></p><ul><li><a href="https://chinadigitaltimes.net/chinese/705951.html">【404文库】山川记｜县城里的最后一家照相馆</a></li>
    <li><a href="https://chinadigitaltimes.net/chinese/704318.html">世卫组织：县级医院人手短缺问题加剧</a></li></ul>"""
    fields = extract_page(html(page(related), url="https://chinadigitaltimes.net/chinese/706122.html")).fields
    assert [(r["title"], r["category"]) for r in fields["related"]] == [
        ("山川记｜县城里的最后一家照相馆", "404文库"), ("世卫组织：县级医院人手短缺问题加剧", None)]


def test_a_headline_for_a_slug_in_chinese():
    from newscrawler.extract.links import is_article_url
    # 獨立媒體: /node/社運/寒流下露宿者到社署請願-促延長臨時避寒中心開放時間, as written or percent-encoded; a policy page is no story
    assert is_article_url("https://www.inmediahk.net/node/社區/深水埗劏房戶冬天難捱-團體派發禦寒物資")
    assert is_article_url("https://www.inmediahk.net/node/%E7%A4%BE%E5%8D%80/%E6%B7%B1%E6%B0%B4%E5%9F%97%E5%8A%8F%E6%88%BF%E6%88%B6%E5%86%AC%E5%A4%A9%E9%9B%A3%E6%8D%B1-%E5%9C%98%E9%AB%94%E6%B4%BE%E7%99%BC%E7%A6%A6%E5%AF%92%E7%89%A9%E8%B3%87")
    assert not is_article_url("https://www.am730.com.hk/page/私隱政策及免責聲明")


def test_an_opaque_cased_id_after_an_article_folder():
    from newscrawler.extract.links import is_article_url
    # LINE TODAY: /tw/v2/article/r8N3qzM; its tabs are /tw/v2/tab/domestic
    assert is_article_url("https://today.line.me/tw/v2/article/r8N3qzM")
    assert not is_article_url("https://today.line.me/tw/v2/tab/domestic")


def test_a_cards_heading_is_its_title_over_a_label_named_title():
    # 立場新聞: <a class="related-card"><span class="category-title">English</span><h4 class="…_title">LegCo panel…</h4><span class="date">…</span></a>
    related = """<div class="related-articles"><h3 class="section-title">相關文章</h3><a class="related-card" href="/english/legco-panel-discusses-district-library-services">
    <span class="category-title">English</span><h4 class="RelatedArticles_title__3Jd9m">LegCo panel discusses district library services</h4><span class="date">2021/03/13 — 10:40</span></a></div>"""
    fields = extract_page(html(page(related), url="https://www.thestandnews.com/english/lcsd-plans-longer-opening-hours")).fields
    assert [(r["title"], r["category"]) for r in fields["related"]] == [("LegCo panel discusses district library services", "English")]


def test_a_short_chinese_slug_in_a_related_list_is_a_story():
    # 立場新聞: "延伸閱讀：" then 《<a href="/culture/紙本書會死嗎">紙本書會死嗎？</a>》 lines; outside a related block the slug is too short to tell
    related = """<p>延伸閱讀：</p><p>《<a href="/culture/紙本書會死嗎">紙本書會死嗎？</a>》</p><p>《<a href="../../culture/一個書店老闆的自白/">一個書店老闆的自白</a>》</p>"""
    body = f"""<html><head><title>A headline long enough to count</title></head><body><div class="main"><h1>A headline long enough to count</h1>
    <div class="text"><p>{PROSE}</p><p>{PROSE}</p>{related}</div></div></body></html>"""
    fields = extract_page(html(body, url="https://www.thestandnews.com/culture/在舊書店消失之前-旺角樓上書店的最後一個春天")).fields
    assert [r["title"] for r in fields["related"]] == ["紙本書會死嗎？", "一個書店老闆的自白"]


def test_a_cards_empty_overlay_link_names_its_story_in_its_title():
    # 東方日報: each card is linked by an empty <a class="link" title="headline"> over it; its <h3> has no link.
    # An icon link's short title (收听音频) is no headline.
    ids = (641230, 641208, 641199, 641175, 640988)
    cards = "".join(
        f'<div class="news-item"><a class="link" href="/news/nation/2024/03/12/{i}" title="交通部宣布电动巴士试点计划扩展至槟城第{i}号"></a>'
        f'<a class="label" href="/news/nation">国内</a><h3>交通部宣布电动巴士试点计划扩展至槟城第{i}号</h3>'
        f'<p>交通部宣布，电动巴士试点计划将从下个月起扩展至槟城，首阶段投入60辆电动巴士，覆盖十条主要路线{i}。</p>'
        f'<a class="audio" href="/news/nation/2024/03/12/{i}#audio" title="收听音频"></a></div>' for i in ids)
    body = f"""<html><head><title>即时新闻 | 東方網</title></head><body><h1 class="section-title"><span>即时新闻</span></h1>
    <div class="col-12 col-md-7">{cards}<ul class="pagination"><li><a href="/news?page=2" rel="next">2</a></li></ul></div></body></html>"""
    result = extract_page(html(body, url="https://www.orientaldaily.com.my/news"))
    assert result.kind == "list"
    stories = dict.fromkeys(u.partition("#")[0] for u in result.follow if "/2024/" in u)  # (a fragment is the same page)
    assert list(stories) == [f"https://www.orientaldaily.com.my/news/nation/2024/03/12/{i}" for i in ids]


def test_a_page_number_as_a_folder_of_its_own_and_a_short_slug_in_a_related_block():
    from newscrawler.extract.links import Link, article_pages
    from lxml import etree
    # 希平方: page 2 of /eu-bottle-caps-stay-attached is /eu-bottle-caps-stay-attached/2
    pager = etree.fromstring('<div class="pager"><a>1</a><a href="x">2</a></div>')
    one, two = pager.findall("a")
    base = "https://www.hopenglish.com/eu-bottle-caps-stay-attached"
    links = [Link(base, "1", one), Link(base + "/2", "2", two)]
    assert article_pages(links, base) == (base, 1, [base + "/2"])
    assert article_pages(links, base + "/2")[:2] == (base, 2)
    # its related block links /how-volcanoes-form: three words, a story there (not a page's view named by its query)
    en = "".join(f"<p>Iceland's volcano has erupted again near a fishing town, sending lava across an empty road {i}.</p>" for i in range(4))
    related = ('<div class="related"><h3>相關影片</h3><ul><li><a href="/how-volcanoes-form">火山是怎麼形成的？</a></li>'
               '<li><a href="/news-feature-detail?nfid=512">專題：中小企出路</a></li></ul></div>')
    body = f"<html><head><title>Iceland Volcano Erupts Again</title></head><body><h1>Iceland Volcano Erupts Again</h1><div class='content'>{en}</div>{related}</body></html>"
    rel = extract_page(html(body, url="https://www.hopenglish.com/iceland-volcano-erupts-again")).fields["related"]
    assert [r["url"] for r in rel] == ["https://www.hopenglish.com/how-volcanoes-form"]


def test_story_cards_between_the_paragraphs_are_related_links_not_text():
    # Sputnik: div.article__block[data-type=article] holding a picture, a headline linking one other story, and its date
    def card(path: str, title: str, day: str) -> str:
        return (f'<div class="article__block" data-type="article"><div class="article__article m-image"><a href="{path}"><img src="/i.jpg" alt="{title}"></a>'
                f'<div class="article__article-desc"><a href="{path}">{title}</a><div class="date">{day}</div></div></div></div>')
    text = "俄罗斯副总理14日表示，在能源、农产品和机电产品贸易的带动下，今年俄中贸易额有望在去年基础上继续保持增长{}。"
    blocks = [f'<div class="article__block" data-type="text"><div class="article__text">{text.format(i)}</div></div>' for i in range(4)]
    body_html = (blocks[0] + card("http://sputniknews.cn/20240313/1057798560.html", "专家：中国新能源汽车出口俄罗斯市场前景广阔", "11:20 13.03.2024")
                 + blocks[1] + blocks[2] + card("/20240310/1057741906.html", "第八届中俄博览会将于今年5月在哈尔滨举办", "14:05 10.03.2024") + blocks[3])
    body = f"""<html><head><title>俄副总理：今年俄中贸易额有望保持增长</title></head><body><h1>俄副总理：今年俄中贸易额有望保持增长</h1>
    <div class="article__body">{body_html}</div></body></html>"""
    fields = extract_page(html(body, url="https://sputniknews.cn/20240314/1057821904.html")).fields
    assert [r["url"] for r in fields["related"]] == ["https://sputniknews.cn/20240313/1057798560.html", "https://sputniknews.cn/20240310/1057741906.html"]
    assert fields["paragraphs_zh"] == [text.format(i) for i in range(4)] and not fields.get("paragraphs_en")


def test_a_pages_query_in_another_order_still_ties_its_page_two():
    from newscrawler.extract.links import Link, article_pages
    from lxml import etree
    # LiveABC: reached as ?id=21437&mag=live, its pager links ?mag=live&id=21437&Page=2
    pager = etree.fromstring('<div class="page_num"><b>1</b><a href="x">2</a></div>')
    two = pager.find("a")
    here = "https://www.liveabc.com/site/magazine/article.asp?id=21437&mag=live"
    second = "https://www.liveabc.com/site/magazine/article.asp?mag=live&id=21437&Page=2"
    assert article_pages([Link(second, "2", two)], here) == (here, 1, [second])


def test_a_page_parameter_with_a_trailing_underscore():
    from newscrawler.extract.links import page_key
    # 國語日報's content.asp?Link_String_=233700000HMZRAU&Page_=2
    assert page_key("https://www.mdnkids.com/content.asp?Link_String_=233700000HMZRAU&Page_=2") == (
        "https://www.mdnkids.com/content.asp?Link_String_=233700000HMZRAU", 2)
    # 流利说: a base64 id and its view, page 2 as ?part=2
    base = "https://reading.liulishuo.com/journals/NGVjMDAwMDAwMDAwMWE2MQ==/explanation"
    assert page_key(base + "?part=2") == (base, 2)
    from newscrawler.extract.links import is_article_url
    assert is_article_url(base) and is_article_url(base.replace("==", "%3D%3D"))
    assert not is_article_url("https://reading.liulishuo.com/journals")


def test_wordpress_archive_entries_headed_by_their_own_header():
    # 美国驻华使馆: <article><header class="entry-header"><h2 class="entry-date">…</h2><h2 class="entry-title"><a>…</a></h2></header>…</article>
    slugs = ("third-ministerial-meeting-of-the-global-coalition", "u-s-mission-china-expands-student-visa-interviews",
             "nonimmigrant-visa-fee-payment-update-for-applicants", "remarks-by-ambassador-at-the-youth-science-fair")
    entries = "".join(
        f'<article class="post type-post hentry"><header class="entry-header"><h2 class="entry-date">2024年5月{16 - i}日</h2>'
        f'<h2 class="entry-title"><a href="/zh/{slug}/" rel="bookmark">美国驻华使团宣布新的签证面谈安排和相关措施第{i}号</a></h2></header>'
        f'<div class="entry-summary"><p>美国驻华大使馆和各总领事馆今天宣布新的安排。 […]</p></div></article>' for i, slug in enumerate(slugs))
    body = f"""<html><head><title>新闻 - 美国驻华大使馆和领事馆</title></head><body><header class="site-header"><a href="/zh/">首页</a></header>
    <main id="main" class="site-main"><header class="page-header"><h1 class="page-title">新闻</h1></header>{entries}
    <nav class="pagination"><a class="next page-numbers" href="/zh/category/news-zh/page/2/">下一页</a></nav></main></body></html>"""
    result = extract_page(html(body, url="https://china.usembassy-china.org.cn/zh/category/news-zh/"))
    assert result.kind == "list"
    assert [u for u in result.follow if "/zh/" in u and "category" not in u] == [f"https://china.usembassy-china.org.cn/zh/{s}/" for s in slugs]


def test_a_related_items_own_label_also_opening_its_title():
    # 学习啦: <li><a class="lm" href="/yingyu/yuedu/wenzhai/">英语文摘</a><a href="…/c1427980.html">英语文摘：一杯咖啡里的经济学</a></li>
    zh = "".join(f"<p>夜市经济正在成为城市消费的新亮点，越来越多的年轻人选择在夜间出门消费{i}。</p>" for i in range(4))
    related = ('<div class="xgwz"><h3>相关文章</h3><ul><li><a class="lm" href="https://www.xuexila.com/yingyu/yuedu/wenzhai/">英语文摘</a>'
               '<a href="https://www.xuexila.com/yingyu/yuedu/wenzhai/c1427980.html">英语文摘：一杯咖啡里的经济学</a></li></ul></div>')
    body = f"<html><head><title>夜市点亮城市消费新场景_学习啦</title></head><body><h2>夜市点亮城市消费新场景</h2><div id='conbox'>{zh}</div>{related}</body></html>"
    rel = extract_page(html(body, url="https://www.xuexila.com/yingyu/yuedu/shuangyuxinwen/c1428501.html")).fields["related"]
    assert rel == [{"url": "https://www.xuexila.com/yingyu/yuedu/wenzhai/c1427980.html", "title": "一杯咖啡里的经济学", "category": "英语文摘"}]


def test_a_page_reached_with_a_query_of_its_own_ties_the_canonical_pages_page_two():
    # 百词斩: /article/4107?from_package=default&ts=… (canonical /article/4107), its pager links /article/4107?page=2
    en = "".join(f"<p>A small firm in Chennai moved to a four-day week last year and kept it, part {i}.</p><p>金奈一家小公司去年改为每周工作四天并保留了下来，第{i}部分。</p>" for i in range(3))
    body = f"""<html><head><title>The four-day week, one year on</title><link rel="canonical" href="https://reading.baicizhan.com/article/4107"></head>
    <body><h1>The four-day week, one year on</h1><div class="article">{en}</div><div class="page-nav"><span class="cur">1</span><a href="/article/4107?page=2">2</a></div></body></html>"""
    result = extract_page(html(body, url="https://reading.baicizhan.com/article/4107?from_package=default&timestamp=1715130000000&ts=1715130002000"))
    assert (result.url, result.more_pages) == ("https://reading.baicizhan.com/article/4107", ["https://reading.baicizhan.com/article/4107?page=2"])


def test_a_top_bars_related_named_links_are_the_sites():
    # PIXNET: <li class="topbar__related-article"><a href="https://reading8688.pixnet.net/…">今日熱門：…</a></li> in the top bar
    zh = "".join(f"<p>里斯本重新鋪設一條停駛多年的電車路線，讓老城區的居民通勤更方便{i}。</p>" for i in range(4))
    topbar = '<ul class="topbar"><li class="topbar__related-article"><a href="https://reading8688.pixnet.net/blog/post/471288105">今日熱門：十本讓你愛上閱讀的小說</a></li></ul>'
    body = f"<html><head><title>Lisbon brings back a tram line</title></head><body>{topbar}<h2>Lisbon brings back a tram line</h2><div id='article-content-inner'>{zh}</div></body></html>"
    assert extract_page(html(body, url="https://engnews8.pixnet.net/blog/post/472318845")).fields["related"] == []


def test_a_sites_column_tags_on_its_links_set_a_related_titles_tag_apart():
    # 經濟通 tags headlines by column: 《午市前瞻》… in the related block, 《開市Ｇｏ》 and 《業績》 in the sidebar.
    side = """<div class="hot"><h3>熱門新聞</h3><ul><li><a href="/news/news-article.php?newsid=20250514097">《開市Ｇｏ》美股三大指數個別發展</a></li>
    <li><a href="/news/news-article.php?newsid=20250514305">《業績》新世界發展第三季度合約銷售約60億元</a></li></ul></div>"""
    related = """<div class="DivRelatedNews"><div class="relatedHdr">相關新聞</div><ul>
    <li><a href="/news/news-article.php?newsid=20250514158">《午市前瞻》恒指半日升287點，科指跑贏大市</a></li>
    <li><a href="/news/news-article.php?newsid=20250515021">本港零售連跌14個月 業界盼五一黃金周後見底回穩</a></li></ul></div>"""
    assert [(r["title"], r["category"]) for r in extract_page(html(page(related + side))).fields["related"]] == [
        ("恒指半日升287點，科指跑贏大市", "午市前瞻"), ("本港零售連跌14個月 業界盼五一黃金周後見底回穩", None)]
    # one work named in a headline is part of it
    alone = related.replace("本港零售連跌14個月", "《哪吒2》票房破百億")
    assert extract_page(html(page(alone))).fields["related"][0]["title"] == "《午市前瞻》恒指半日升287點，科指跑贏大市"


def test_a_lists_own_query_with_a_day_added_is_its_days_item_and_the_item_links_its_siblings():
    # ICRT's News Lunchbox: episodes are the list's own script and query for a day, under og:type article.
    from newscrawler.extract.links import dated_view
    base = "https://www.icrt.com.tw/news_lunchbox.php?mlevel1=7&mlevel2=96"
    day = base + "&level1_id=1&searchDate=2025-03-13"
    assert dated_view(day, base)
    assert dated_view(base + "&level1_id=2&searchDate=2025-03-12", day)  # a sibling, from the item
    assert dated_view(base + "&level1_id=2&searchDate=2025-03-12", day + "&page=2")  # ...from its page 2
    assert not dated_view(base + "&level1_id=1", day) and not dated_view(base + "&level1_id=1", base)  # a filter, not a day
    items = "".join(f"""<div class="item"><span class="lv">News for Kids（國小）</span> Posted on 2025-03-1{n}
    <a href="news_lunchbox.php?mlevel1=7&amp;mlevel2=96&amp;level1_id=1&amp;searchDate=2025-03-1{n}">{t}</a></div>"""
                    for n, t in ((3, "More Black-faced Spoonbills Than Ever"), (2, "Why Do We Yawn Every Morning?"), (1, "A Library on Two Wheels in Pingtung")))
    listing = f"""<html><head><title>News Lunchbox 新聞便當 | ICRT</title><meta property="og:type" content="article" /></head>
    <body><h1>News Lunchbox 新聞便當</h1><p>每天用簡單英文聽新聞。</p>{items}</body></html>"""
    result = extract_page(html(listing, url=base))
    assert result.kind == "list"
    assert day in result.follow
    related = """<div class="news_related"><h4>延伸閱讀 More Episodes</h4><ul>
    <li><a href="news_lunchbox.php?mlevel1=7&amp;mlevel2=96&amp;level1_id=2&amp;searchDate=2025-03-12"><span class="lv">News Bites（國中）</span><span class="tt">Hualien Students Build a Robot That Counts Raindrops</span><span class="dt">2025-03-12</span></a></li></ul></div>"""
    story = page(related).replace("<head>", '<head><meta property="og:type" content="article" />')
    fields = extract_page(html(story, url=day)).fields
    assert [(r["title"], r["category"]) for r in fields["related"]] == [
        ("Hualien Students Build a Robot That Counts Raindrops", "News Bites（國中）")]


def test_a_section_before_a_fullwidth_slash_opens_a_headline_as_its_label():
    # 民視's "快新聞／…": its breadcrumb's section, or a name shaped like one in a related block
    assert split_prefix("快新聞／北市公車路網10月底調整 12條路線改道", frozenset({"快新聞"})) == ("快新聞", "北市公車路網10月底調整 12條路線改道")
    assert split_prefix("快新聞／北市公車路網10月底調整", frozenset({"生活"})) == ("快新聞", "北市公車路網10月底調整")
    assert split_prefix("柯文哲／我不會退出選舉", frozenset({"政治"})) == (None, "柯文哲／我不會退出選舉")  # a speaker, not a section


def test_a_boxs_own_name_before_its_one_link_is_no_section():
    # 中國報's in-text box: <span class="recommended-post-label">延伸阅读：</span><a>…</a>, then the 相关新闻 cards
    inline = """<div class="recommended-post"><span class="recommended-post-label">延伸阅读：</span><a href="/20251117/dengue-checks/">卫生部：即起加强登革热巡查 违规屋主最高罚1万令吉</a></div>"""
    cards = """<div class="article-page-related-posts"><div class="article-page-related-title">相关新闻</div>
    <div class="related-post-item"><div class="cat-label"><a href="/category/guonei/">国内</a></div><a href="/20251117/dengue-checks/"><h3>卫生部：即起加强登革热巡查 违规屋主最高罚1万令吉</h3></a></div></div>"""
    related = extract_page(html(page(inline + cards))).fields["related"]
    assert [(r["title"], r["category"]) for r in related] == [("卫生部：即起加强登革热巡查 违规屋主最高罚1万令吉", "国内")]


def test_a_page_of_story_cards_with_no_headline_is_a_list_though_it_says_og_type_article():
    # 眾新聞's section page: og:type article on every page, six cards, no headline of its own
    cards = "".join(f'<div class="article-block"><a href="/article/4{n}231/tag-4{n}233/story-{n}"><p class="text-sm">屯門海濱長椅加裝扶手惹爭議　居民斥敵意建築第{n}則</p></a></div>' for n in range(6))
    listing = f"""<html><head><title>社會 | 眾新聞</title><meta property="og:type" content="article" /></head>
    <body><div class="nav"><a href="/">眾新聞</a></div><div class="list">{cards}</div></body></html>"""
    result = extract_page(html(listing, url="https://www.hkcnews.com/news/15/%E7%A4%BE%E6%9C%83"))
    assert result.kind == "list" and len(result.follow) == 6


def test_a_related_items_date_is_neither_its_section_nor_part_of_its_title():
    # 长江大学's <a>…</a><span class="date">[2019-04-03]</span>; 中大通訊's <a>… <span class="date">04.10.2018</span></a>
    beside = """<div class="xgwz"><h3>相关文章</h3><ul><li><a href="/info/1107/5857.htm">English Corner Marks Its 500th Session</a><span class="date">[2019-04-03]</span></li></ul></div>"""
    assert [(r["title"], r["category"]) for r in extract_page(html(page(beside))).fields["related"]] == [("English Corner Marks Its 500th Session", None)]
    inside = """<div class="related"><h3>Related Stories 相關文章</h3><ul><li><span class="tag">Campus News</span> <a href="/newsletter/article.aspx?articleid=61236">Library App Named Best Mobile Service at Asia Awards <span class="date">04.10.2018</span></a></li></ul></div>"""
    assert [(r["title"], r["category"]) for r in extract_page(html(page(inside))).fields["related"]] == [("Library App Named Best Mobile Service at Asia Awards", "Campus News")]


def test_a_list_at_a_list_address_is_a_list_though_it_says_og_type_article_and_no_is_a_storys_number():
    # 淡江時報's lst.aspx?cls=e_bil, og:type article, stories at edtl.aspx?no=64217
    cards = "".join(f'<li><a href="edtl.aspx?no=642{n}7">TKU Switches On Smart Campus Energy Dashboard Number {n}</a></li>' for n in range(5))
    listing = f"""<html><head><title>雙語新聞 - 淡江時報</title><meta property="og:type" content="article" /></head>
    <body><h1 class="logo"><a href="/">淡江時報</a></h1><h2 class="pageTitle">雙語新聞 Bilingual News</h2><ul class="list">{cards}</ul></body></html>"""
    result = extract_page(html(listing, url="https://tkutimes.tku.edu.tw/lst.aspx?cls=e_bil"))
    assert result.kind == "list" and "https://tkutimes.tku.edu.tw/edtl.aspx?no=64217" in result.follow


def test_a_label_element_named_cls_before_a_related_link_is_its_section():
    related = """<div class="related"><h3>相關新聞</h3><ul><li><em class="cls">國際交流</em><a href="/edtl.aspx?no=64208"><span class="rdate">[2024-05-06]</span> Exchange Students from Eight Countries Celebrate Spring Culture Day</a></li></ul></div>"""
    assert [(r["title"], r["category"]) for r in extract_page(html(page(related))).fields["related"]] == [
        ("Exchange Students from Eight Countries Celebrate Spring Culture Day", "國際交流")]


def test_wordpress_pagers_older_entries_and_a_posts_pages():
    from newscrawler.extract.links import Link, article_pages, pagination_links
    from lxml import etree
    nav = etree.fromstring('<div id="pagenavi"><span class="older"><a href="https://b.example.org/category/t/page/2/">Older Entries</a></span></div>')
    base = "https://b.example.org/category/t/"
    assert pagination_links([Link("https://b.example.org/category/t/page/2/", "Older Entries", nav.find(".//a"))], base) == ["https://b.example.org/category/t/page/2/"]
    post = "https://b.example.org/2024/03/08/rural-clinics/"
    pages = etree.fromstring(f'<p class="post-nav-links">Pages: <span class="current">1</span> <a href="{post}2/" class="post-page-numbers">2</a></p>')
    assert article_pages([Link(post + "2/", "2", pages.find("a"))], post) == (post, 1, [post + "2/"])


def test_a_more_from_the_site_list_in_the_text_yields_to_the_related_block():
    # 中天: "更多中天新聞網報導：" inside the text, then section.related-news 相關新聞
    promo = """<div class="article-promote-items"><p class="promote-title">更多中天新聞網報導：</p><ul>
    <li><a href="/news/items/Rj6DkV9qZt">國道一號五股段追撞　三車受損一人輕傷</a></li></ul></div>"""
    related = """<section class="related-news"><h3>相關新聞</h3><div><div class="base-card"><a class="news-link" href="/news/items/Pb7XcN2rUe">
    <span class="base-card__category">社會</span><div class="base-card__news-title">新北板橋公寓深夜火警　消防員破門救出受困母女</div></a></div></div></section>"""
    doc = page(related).replace(f"<p>{PROSE}</p></div>", f"<p>{PROSE}</p>{promo}</div>", 1)
    assert [r["url"].rsplit("/", 1)[1] for r in extract_page(html(doc)).fields["related"]] == ["Pb7XcN2rUe"]


def test_story_addresses_a_list_may_hold():
    from newscrawler.extract.links import is_article_url, story_like
    assert is_article_url("https://www.businesstoday.com.tw/article/category/183015/post/202405140018/")  # a post's dated number under its category
    assert not is_article_url("https://www.businesstoday.com.tw/catalog/183015/list/page/2")
    assert story_like("https://www.mftgu.com/episodes/s03-e05", "https://www.mftgu.com/episodes")  # an episode's id under its list
    assert not story_like("https://www.example.com/read/news/culture-education", "https://www.example.com/read/news")


def test_a_section_heading_over_no_prose_heads_a_list_and_an_epapers_title_nav_holds_its_headlines():
    items = "".join(f'<li><h3><a href="https://www.eyeshenzhen.com/content/2025-04/1{n}/content_3151{n}734.htm">Metro Line 13 northern extension opens number {n}</a></h3></li>' for n in range(4))
    doc = f"""<html><head><title>Bilingual - EyeShenzhen</title></head><body><div class="leftbox"><div class="col-head"><h2>Bilingual 双语深圳</h2></div>
    <ul class="news-list">{items}</ul></div></body></html>"""
    result = extract_page(html(doc, url="https://www.eyeshenzhen.com/node_346512.htm"))
    assert result.kind == "list" and len([u for u in result.follow if "/content/" in u]) == 4
    nav = "".join(f'<div class="title_item"><a href="content_815_90123{n}.htm">广州地铁暑期开行夜间专线第{n}篇报道</a></div>' for n in range(3))
    epaper = f"""<html><head><title>第A14版：双语·湾区</title></head><body><div class="right"><div class="title_nav"><h3>本版标题导航</h3>{nav}</div></div></body></html>"""
    result = extract_page(html(epaper, url="https://gzdaily.dayoo.com/pc/html/2025-06/12/node_815.htm"))
    assert result.kind == "list" and len([u for u in result.follow if "content_815" in u]) == 3


def test_a_short_date_in_brackets_closing_a_related_link_and_a_reading_column_before_a_bar():
    related = """<div class="related"><h3>相關新聞</h3><ul><li><a href="/news/view/id/680412">路環石排灣新建長者日間中心下月投入服務 (11-12)</a></li>
    <li><a href="/news/detail.aspx?id=2719">时文选读 | 北极海冰面积创同期新低</a></li></ul></div>"""
    assert [(r["title"], r["category"]) for r in extract_page(html(page(related))).fields["related"]] == [
        ("路環石排灣新建長者日間中心下月投入服務", None), ("北极海冰面积创同期新低", "时文选读")]


def test_wordpress_plain_permalinks_are_stories_and_a_pagers_p_is_not():
    from newscrawler.extract.links import is_article_url
    assert is_article_url("https://kimmui.com/?p=2051") and is_article_url("https://doc.boyo.org.tw/rctlee/?p=2213")
    assert not is_article_url("https://skypost.hk/sras001/%E6%B8%AF%E8%81%9E?p=2")


def test_a_wordpress_post_number_is_no_page_number():
    from newscrawler.extract.links import page_key
    assert page_key("https://kimmui.com/?p=2051") == ("https://kimmui.com/?p=2051", 1)
    assert page_key("https://kimmui.com/?p=2098&page=2") == ("https://kimmui.com/?p=2098", 2)
    assert page_key("https://skypost.hk/list?p=2")[1] == 2


def test_a_small_sites_stories_numbered_under_its_list_and_a_related_label_of_news_items():
    from newscrawler.extract.links import story_like
    # 麗澄嘉小學: /site/news/423 on the list /site/news, and beside the story /site/news/415
    assert story_like("https://www.example.com/site/news/423", "https://www.example.com/site/news")
    assert story_like("https://www.example.com/site/news/412", "https://www.example.com/site/news/415")
    assert not story_like("https://www.example.com/site/news/12", "https://www.example.com/site/news")  # (a page number)
    related = """<div class="related-news"><h4>相關消息 Related News</h4><ul>
    <li><span class="rel-cat">Notices</span> <a href="/site/news/412">Class Resumption Arrangements after Typhoon Signal No. 8</a> <span>(2023-10-09)</span></li></ul></div>"""
    doc = page(related).replace("</p></div>", f"</p><p>{PROSE}</p><p>{PROSE}</p></div>", 1)
    fields = extract_page(html(doc, url="https://www.example.com/site/news/415")).fields
    assert [(r["title"], r["category"]) for r in fields["related"]] == [("Class Resumption Arrangements after Typhoon Signal No. 8", "Notices")]


def test_a_right_hand_column_named_as_the_pages_list_is_the_list_not_a_side_box():
    # VSB's list page: a left menu, then div.n_right.list holding the column's headlines
    from newscrawler.extract.links import off_text
    import lxml.html
    items = "".join(f'<li><a href="info/1107/49{i}.htm">A campus story long enough to be a headline number {i}</a><span>2024-11-0{i}</span></li>' for i in range(1, 6))
    root = lxml.html.fromstring(f'<html><body><div class="list_l"><div class="vsb-space n_right list"><ul>{items}</ul></div>'
                                f'<div class="right hot"><ul>{items}</ul></div></div></body></html>')
    main, hot = root.xpath("//div[contains(@class, 'n_right')]//a")[0], root.xpath("//div[contains(@class, 'hot')]//a")[0]
    assert not off_text(main) and off_text(hot)
    # 中国江西网: the list in div.lm-w900.right with its pager, beside div.lm-w280.left of side boxes
    root = lxml.html.fromstring(f'<html><body><div class="lm-w900 right"><h2>社会民生</h2><ul>{items}</ul><div class="page"><a href="p2.shtml">下一页</a></div></div>'
                                f'<div class="lm-w280 left"><div class="side_box"><ul>{items}</ul></div></div></body></html>')
    assert not off_text(root.xpath("//div[contains(@class, 'lm-w900')]//li/a")[0])


def test_a_date_in_brackets_closing_a_related_links_text_is_not_its_title():
    # 宗鄉總會: <a …>Project C.A.R.E. 2024: Seniors Tour Jurong Lake Gardens <span class="rp-date">(14 Apr 2024)</span></a>
    related = """<section class="related-posts"><h3>Related Posts</h3><ul><li><span class="rp-cat">Social Affairs</span>
    <a href="/en/2024/04/14/project-c-a-r-e-2024/">Project C.A.R.E. 2024: Seniors Tour Jurong Lake Gardens <span class="rp-date">(14 Apr 2024)</span></a></li>
    <li><a href="/en/2024/03/03/sfcca-digital/">A Talk on the Year 2024 (Part 2)</a></li>
    <li><a href="/en/2024/07/14/youth-business-forum-draws-crowds/">亚庇华人商会举办青年创业论坛 逾300人出席 <span>July 14, 2024</span></a></li></ul></section>"""
    fields = extract_page(html(page(related))).fields
    assert [r["title"] for r in fields["related"]] == ["Project C.A.R.E. 2024: Seniors Tour Jurong Lake Gardens", "A Talk on the Year 2024 (Part 2)",
                                                       "亚庇华人商会举办青年创业论坛 逾300人出席"]  # (华侨日报: the date unbracketed)


def test_a_numeric_date_opening_a_related_links_text_is_not_its_title():
    # 上饶新闻网: <a>[05-08] 上饶市开展…</a>; a geopark's "12/03/2024 Reading the Hexagonal Columns…"
    related = """<div class="related"><div class="rhd">相关阅读</div><ul>
    <li><a href="/news/srxw/2024/0508/12_231602.html">[05-08] 上饶市开展农村公路养护专项检查</a></li>
    <li><a href="/news/srxw/2024/0511/12_231702.html">12/03/2024 Reading the Hexagonal Columns of High Island</a></li>
    <li><a href="/news/srxw/2024/0512/12_231802.html">2024年5月12日起 我市开通夜间高铁列车</a></li></ul></div>"""
    fields = extract_page(html(page(related), url="https://www.example.com/news/srxw/2024/0510/12_231700.html")).fields
    assert [r["title"] for r in fields["related"]] == ["上饶市开展农村公路养护专项检查", "Reading the Hexagonal Columns of High Island",
                                                       "2024年5月12日起 我市开通夜间高铁列车"]  # (a headline's own day in words stays)


def test_a_related_items_label_in_square_brackets_is_its_section():
    # 大中报: <a><span class="views-field-field-category">[社区新闻]</span> 安省中学生… <span class="date">(2025-02-28)</span></a>
    related = """<div class="related"><h2>相关新闻 Related News</h2><div class="views-row"><a href="/news/701377">
    <span class="views-field-field-category">[社区新闻]</span> 安省中学生中文演讲比赛落幕 百余名选手同台竞技 <span class="date">(2025-02-28)</span></a></div></div>"""
    fields = extract_page(html(page(related), url="https://www.example.com/news/701523")).fields
    assert [(r["title"], r["category"]) for r in fields["related"]] == [("安省中学生中文演讲比赛落幕 百余名选手同台竞技", "社区新闻")]


def test_a_thinkphp_page_number_after_the_records_id_is_a_page():
    # 天之聪: …/article/id/5071.html, its page 2 …/article/id/5071/p/2.html; a blog's /p/<post id> is no page
    from newscrawler.extract.links import page_key
    assert page_key("https://www.kaosee.cn/index.php/home/news/article/id/5071/p/2.html") == (
        "https://www.kaosee.cn/index.php/home/news/article/id/5071.html", 2)
    assert page_key("https://www.cnblogs.com/abc/p/17234567.html")[1] == 1


def test_a_drupal_pager_counting_from_page_0_makes_page_1_its_second_page():
    # 英華女學校: the story's pager links ?page=0 (this page) and ?page=1 (the second)
    url = "https://www.example.com/news/2015-11-13/speech-festival.html"
    pager = '<nav class="pager"><ul><li><a href="?page=0">1</a></li><li><a href="?page=1">2</a></li><li><a href="?page=1">Next ›</a></li></ul></nav>'
    doc = page("").replace("</div>\n    ", f"</div>{pager}\n    ", 1)
    first = extract_page(html(doc, url=url))
    assert (first.page_number, first.more_pages) == (1, [f"{url}?page=1"])
    later = extract_page(html(doc.replace('<a href="?page=1">2</a>', '<span>2</span>'), url=f"{url}?page=1"))
    assert (later.page_number, later.url) == (2, url)


def test_a_vsb_story_folder_holds_a_story_and_its_later_pages():
    from newscrawler.extract.links import is_article_url, page_key
    assert is_article_url("https://international.cpu.edu.cn/6a/3e/c399a190455/page.htm")
    assert page_key("https://international.cpu.edu.cn/3c/91/c399a189872/page2.htm") == (
        "https://international.cpu.edu.cn/3c/91/c399a189872/page.htm", 2)


def test_joomlas_related_items_module_is_the_related_block():
    related = """<div class="moduletable"><h3>Related Items</h3><ul class="relateditems mod-list">
    <li><a href="/china/20210915/coffee/">Young Chinese take to coffee as local brands expand</a></li></ul></div>"""
    result = extract_page(html(page(related)))
    assert [r["url"] for r in result.fields["related"]] == ["https://www.example.com/china/20210915/coffee/"]


def test_a_story_folders_index_n_page_and_a_see_more_button_to_page_2():
    from newscrawler.extract.links import page_key, pagination_links, Link
    assert page_key("https://www.examw.com/english/tingli/1034466/index-2.html") == ("https://www.examw.com/english/tingli/1034466/", 2)
    assert page_key("https://www.example.com/news/index-2.html")[1] == 1  # a section's list, not a story's page
    from lxml import html as lxml_html
    root = lxml_html.fromstring('<div><a href="/news/section/70?page=2">看更多</a><a href="/news/section/71">看更多</a></div>')
    links = [Link(url="https://www.taisounds.com" + a.get("href"), text=a.text, element=a) for a in root.iter("a")]
    assert pagination_links(links, "https://www.taisounds.com/news/section/70") == ["https://www.taisounds.com/news/section/70?page=2"]


def test_a_related_items_category_badge_link_is_its_category():
    # Publisher theme (柬华日报): <div class="term-badges"><span class="term-badge"><a href="/c/…">时政要闻</a></span></div>
    related = """<div class="related-posts"><h3>相关文章</h3><ul><li><div class="term-badges"><span class="term-badge term-12">
    <a href="/c/%e5%8d%8e%e7%a4%be%e5%8a%a8%e6%80%81/%e6%97%b6%e6%94%bf%e8%a6%81%e9%97%bb">时政要闻</a></span></div>
    <a href="/20240928/237402">中柬“鱼米走廊”农业合作项目在磅湛省启动</a></li></ul></div>"""
    result = extract_page(html(page(related)))
    assert result.fields["related"] == [{"url": "https://www.example.com/20240928/237402", "title": "中柬“鱼米走廊”农业合作项目在磅湛省启动", "category": "时政要闻"}]


def test_a_cards_read_more_button_is_no_category():
    # 当今大马: each related card ends with a 阅读更多 link to the same story
    related = """<div class="related"><h3>相关新闻</h3><ul><li><a href="/zh/news/758214">令吉兑美元升至一年新高，分析员：出口商需留意汇率风险</a>
    <a class="more" href="/zh/news/758214">阅读更多</a></li></ul></div>"""
    assert extract_page(html(page(related))).fields["related"][0]["category"] is None
    inline = """<aside class="read-more-inline"><span>阅读更多：</span><a href="/zh/news/758214">令吉兑美元升至一年新高，分析员：出口商需留意汇率风险</a></aside>"""
    related = extract_page(html(page(inline))).fields["related"]
    assert related == [] or related[0]["category"] is None


def test_a_related_title_drops_a_trailing_classed_writer_span_and_takes_a_leading_classed_label_span_as_its_category():
    # cloudnative.to: "…<span class="ml-3">云原生社区</span>"; Taipei Times: "<span class="rcat">Bilingual Pages</span>…"
    writer = """<div class="article-widget"><h3>相关文章</h3><ul><li><a href="/blog/cloud-native-community-shanghai-meetup-2024/">
    Cloud Native Community Launches 2024 Shanghai Meetup Series<span class="ml-3">云原生社区</span></a></li></ul></div>"""
    related = extract_page(html(page(writer))).fields["related"]
    assert [r["title"] for r in related] == ["Cloud Native Community Launches 2024 Shanghai Meetup Series"]
    label = """<div class="related"><h3>Related Stories</h3><ul><li><a href="/News/lang/archives/2024/05/07/2003817592">
    <span class="rcat">Bilingual Pages</span>Orphaned bear cubs returned to the wild</a></li></ul></div>"""
    related = extract_page(html(page(label))).fields["related"]
    assert [(r["title"], r["category"]) for r in related] == [("Orphaned bear cubs returned to the wild", "Bilingual Pages")]


def test_a_stories_query_id_sibling_is_story_like_and_tracking_params_do_not_change_a_lists_story_shape():
    # 澳門理工大學: /press/highlights.php?hlight=49288 beside the page ?hlight=49318; its list links one story with &utm_source=wechat
    from lxml import html as lxml_html
    from newscrawler.extract.links import Link, article_links, story_like
    story = "https://www.mpu.edu.mo/press/highlights.php?hlight="
    assert story_like(story + "49288", story + "49318")
    assert story_like(story + "49288", story + "49318&page=2")
    assert not story_like("https://www.mpu.edu.mo/press/events.php?hlight=49288", story + "49318")
    root = lxml_html.fromstring("<ul>" + "".join(
        f'<li><a href="/press/highlights.php?hlight={n}{q}">Macao Polytechnic University hosts a forum, release {n}</a></li>'
        for n, q in [(49305, "&utm_source=wechat&utm_medium=social"), (49288, ""), (49270, ""), (49251, "")]) + "</ul>")
    links = [Link(url="https://www.mpu.edu.mo" + a.get("href"), text=a.text, element=a) for a in root.iter("a")]
    assert len(article_links(links, "https://www.mpu.edu.mo/press/highlights_list.php")) == 4


def test_a_folder_of_headlines_one_of_which_is_a_known_story_makes_its_other_slugs_stories_but_not_a_short_link():
    # Substack (transcreation.substack.com): /s/foreign-press lists /p/<slug>; only the first slug is known by pattern
    from lxml import html as lxml_html
    from newscrawler.extract.links import Link, article_links
    site = "https://transcreation.substack.com"
    root = lxml_html.fromstring("""<div><ul>
    <li><a href="/p/mongolian-herders-radio-schools">As Winters Harden, Mongolian Herders Tune In to Radio School</a></li>
    <li><a href="/p/guarani-podcasters-paraguay">Paraguay's Guarani Podcasters Bring an Old Language to New Ears</a></li>
    <li><a href="/p/lisbon-tram-library">An Old Lisbon Tram Gets a Second Life as a Library</a></li></ul>
    <div class="footer"><a href="/p/contact-footer">聯絡我們</a></div></div>""")
    links = [Link(url=site + a.get("href"), text=a.text, element=a) for a in root.iter("a")]
    assert [link.url for link in article_links(links, site + "/s/foreign-press")] == [
        site + "/p/mongolian-herders-radio-schools", site + "/p/guarani-podcasters-paraguay", site + "/p/lisbon-tram-library"]


def test_a_related_headlines_own_bracketed_day_stays_in_its_title():
    # 英语学习网: <a>每日双语新闻播报（2024年5月13日）</a>, and one with a trailing <span class="date">05-09</span>
    related = """<div class="xgwz"><h3>相关文章</h3><ul>
    <li><a href="/yuedu/shuangyu/20240513/98207.html">每日双语新闻播报（2024年5月13日）</a></li>
    <li><a href="/yuedu/shuangyu/20240509/98150.html">每日双语新闻播报（2024年5月9日）<span class="date">05-09</span></a></li></ul></div>"""
    related_fields = extract_page(html(page(related))).fields["related"]
    assert [r["title"] for r in related_fields] == ["每日双语新闻播报（2024年5月13日）", "每日双语新闻播报（2024年5月9日）"]


def test_a_story_id_before_the_section_it_is_filed_under_is_a_story():
    # 北外新闻网: /article/318412/cate/12
    from newscrawler.extract.links import is_article_url
    assert is_article_url("https://news.bfsu.edu.cn/article/318412/cate/12")


def test_a_pagers_page_keeps_the_sites_slash_habit():
    # 北外新闻网's …/cate/12/page/2 is …/cate/12's page 2
    from newscrawler.extract.links import page_key
    assert page_key("https://news.bfsu.edu.cn/archive/cate/12/page/2") == ("https://news.bfsu.edu.cn/archive/cate/12", 2)


def test_a_suffixed_story_keeps_its_own_pages():
    # 美通社: 438190-1.shtml's page 2 is 438190-1_2.shtml
    from lxml import etree
    from newscrawler.extract.links import Link, article_pages
    pager = etree.fromstring('<div class="pager"><a href="x">1</a><a href="y">2</a><a href="z">3</a></div>')
    one, two, three = pager.findall("a")
    own = "https://www.prnasia.com/story/438190-1.shtml"
    later = ["https://www.prnasia.com/story/438190-1_2.shtml", "https://www.prnasia.com/story/438190-1_3.shtml"]
    links = [Link(own, "1", one), Link(later[0], "2", two), Link(later[1], "3", three)]
    assert article_pages(links, own) == (own, 1, later)


def test_numbered_page_files_in_a_storys_folder():
    # 新浪香港: …/-2-3336980/1.html, …/2.html
    from lxml import etree
    from newscrawler.extract.links import Link, article_pages, page_key
    folder = "https://www.sina.com.hk/news/article/20240514/-2-3336980/"
    assert page_key(folder + "2.html") == (folder + "1.html", 2)
    pager = etree.fromstring('<div class="pager"><a href="x">1</a><a href="y">2</a></div>')
    one, two = pager.findall("a")
    assert article_pages([Link(folder + "1.html", "1", one), Link(folder + "2.html", "2", two)], folder + "1.html") == (
        folder + "1.html", 1, [folder + "2.html"])


def test_a_folder_of_short_headlines_marked_rel_bookmark_is_a_story_folder():
    # Neocha's /magazine/<slug>/: WordPress marks each post's link rel="bookmark", no pattern knows the folder
    items = "".join(f'<article class="post"><h3 class="entry-title"><a rel="bookmark" href="/magazine/{slug}/">{name}</a></h3>'
                    f'<p>{name} is a story.</p></article>' for slug, name in (
                        ("river-songs", "River Songs Tonight"), ("binding-light", "Binding Light"),
                        ("paper-tigers", "Paper Tigers"), ("salt-makers", "The Salt Makers")))
    body = f"""<html><head><title>Magazine - Neocha</title></head><body><div class="nav"><a href="/">Home</a> <a href="/about/">About</a></div>
    <main>{items}</main></body></html>"""
    result = extract_page(html(body, url="https://www.neocha.com/category/magazine/"))
    assert result.kind == "list" and sum("/magazine/" in u for u in result.follow) == 4


def test_a_related_item_beside_this_story_in_its_slug_folder_is_a_story():
    # Neocha's /magazine/binding-light/ related on /magazine/night-shift/
    body = f"""<html><head><title>Night Shift</title><meta property="og:type" content="article"></head><body><article>
    <h1>Night Shift</h1><div class="entry-content">{"".join(f"<p>{PROSE}{i}</p>" for i in range(5))}</div>
    <div class="related"><h4>Related</h4><ul><li><a href="/magazine/binding-light/">Binding Light</a></li></ul></div></article></body></html>"""
    result = extract_page(html(body, url="https://www.neocha.com/magazine/night-shift/"))
    assert [r["url"] for r in result.fields["related"]] == ["https://www.neocha.com/magazine/binding-light/"]


def test_a_cards_date_before_a_dash_is_no_part_of_its_title():
    # (blind259–261) "2024-05-14 - headline"
    from lxml import html as lxml_html
    from newscrawler.extract.links import _card_parts
    a = lxml_html.fromstring("<a href='/a/1.html'>2024-05-14 - Night markets light up the city's summer evenings</a>")
    assert _card_parts(a, a.text_content())[0] == "Night markets light up the city's summer evenings"


def test_a_list_of_headlines_named_like_search_results_is_the_pages_list_not_a_search_box():
    # 湘潭在线: the section's headlines in dl.search-list > dd > div.article.title > a
    from lxml import html as lxml_html
    from newscrawler.extract.links import Link, article_links
    root = lxml_html.fromstring('<html><body><section class="column-main"><dl class="search-list news-list">' + "".join(
        f'<dd><div class="article title"><a href="/2024/05{d}/14523{n}.shtml">湘潭启动文旅消费季第{n}场活动 市民可领取优惠券</a></div></dd>'
        for d, n in [(16, 70), (15, 58), (10, 41), (8, 37)]) + "</dl></section></body></html>")
    links = [Link(url="https://www.xtol.cn" + a.get("href"), text=a.text, element=a) for a in root.iter("a")]
    assert len(article_links(links, "https://www.xtol.cn/xtxw/")) == 4


def test_a_query_sibling_may_differ_in_several_ids_hex_hashes_too_but_not_in_a_section_code():
    # (blind275/277/278) a Taiwan government CMS's News_Content.aspx?n=&sms=&s=
    from newscrawler.extract.links import story_like
    story = "https://www.kcg.gov.tw/News_Content.aspx?n=5&sms=9182&s="
    assert story_like(story + "230987", story + "231045")
    assert story_like(story + "3F7A21C9B04E85D6", story + "8B14E6D2A9C073F5")
    assert story_like(story + "3F7A21C9B04E85D6&chapt=6311", story + "8B14E6D2A9C073F5&chapt=6312")
    # a section list's code, not a story's id
    assert not story_like("https://www.example.gov.tw/News.aspx?a=mb020000", "https://www.example.gov.tw/News.aspx?a=mb010000")


def test_a_long_slug_then_the_records_number_is_an_article_url():
    # 新渡輪: /en/sun-ferry/news-update/special-ferry-services-for-chung-yeung-festival/275
    from newscrawler.extract.links import is_article_url
    assert is_article_url("https://www.sunferry.com.hk/en/sun-ferry/news-update/special-ferry-services-for-chung-yeung-festival/275")
    assert not is_article_url("https://www.sunferry.com.hk/en/route-and-fare/timetable/2")


def test_a_list_named_like_a_related_block_over_its_pager_is_the_pages_list():
    # 宜宾新闻网: the section's stories in ul.relate-news-wap2, its pager under it, no text on the page
    items = "".join(f'<li><p><a href="/content/2025-06/1{i}/content_41826{i}.html">宜宾市第{i}条要闻的标题在这里写得足够长</a><span>2025-06-1{i} 09:35</span></p></li>'
                    for i in range(5))
    body = f"""<html><head><title>宜宾要闻_宜宾新闻网</title></head><body><div class="main-l"><div class="list-tit"><h2>宜宾要闻</h2></div>
    <ul class="relate-news-wap2">{items}</ul><div class="pages"><span class="cur">1</span> <a href="ybyw_2.html">2</a> <a href="ybyw_2.html">下一页</a></div></div></body></html>"""
    result = extract_page(html(body, url="https://www.ybxww.com/ybyw.html"))
    assert result.kind == "list"
    assert {f"https://www.ybxww.com/content/2025-06/1{i}/content_41826{i}.html" for i in range(5)} <= set(result.follow)


def test_a_bare_word_before_a_related_link_is_its_section_when_the_item_closes_with_its_month():
    # 珠海新闻网: <li><span class="rel-col">大湾区</span><a>…</a><em class="rel-time">2025-05</em></li>
    related = """<div class="related"><h3>相关阅读</h3><ul>
    <li><span class="rel-col">大湾区</span><a href="/s/202505/13/AP68231e6ce4b0c96b3d7e59f0.html">广东发布粤港澳大湾区低空经济发展行动方案</a><em class="rel-time">2025-05</em></li>
    <li><span class="rel-col">民生</span><a href="/s/202505/08/AP681c0f20e4b0c96b3d7e5701.html">珠海2025年城市更新重点项目集中开工</a><em class="rel-time">2025-05</em></li></ul></div>"""
    fields = extract_page(html(page(related), url="https://pub-zhtb.hizh.cn/s/202505/14/AP6823f1a2e4b0c96b3d7e5a11.html")).fields
    assert [(r["title"], r["category"]) for r in fields["related"]] == [("广东发布粤港澳大湾区低空经济发展行动方案", "大湾区"), ("珠海2025年城市更新重点项目集中开工", "民生")]


def test_a_related_item_under_a_detail_scripts_short_query_id_is_a_story():
    # HKIFF: /news/detail?id=588 lists detail?id=571 and /news/detail?id=560; a short id elsewhere is no story
    from newscrawler.extract.links import story_like
    assert story_like("https://www.hkiff.org.hk/news/detail?id=571", "https://www.hkiff.org.hk/news/detail?id=588")
    assert not story_like("https://www.hkiff.org.hk/news/list?cat=571", "https://www.hkiff.org.hk/news/list?cat=588")


def test_a_detail_views_category_then_the_records_number_is_an_article_url():
    # 台北書展: /tw/news_detail/2/318, the category (2) before the record
    from newscrawler.extract.links import is_article_url
    assert is_article_url("https://www.tibe.org.tw/tw/news_detail/2/318")
    assert not is_article_url("https://www.tibe.org.tw/tw/news/2")


def test_a_selector_page_number_before_the_extension_is_the_articles_page():
    # AEM: hktb-wine-dine-2024.2.html is page 2 of hktb-wine-dine-2024.html
    from newscrawler.extract.links import page_key
    base = "https://www.discoverhongkong.com/eng/hktb/newsroom/press-releases/2024/hktb-wine-dine-2024"
    assert page_key(f"{base}.2.html") == (f"{base}.html", 2)
    assert page_key(f"{base}.html") == (f"{base}.html", 1)


def test_a_day_with_its_month_named_opening_a_related_links_text_is_not_its_title():
    # HKTB: <a href="…"><span class="pr-date">09 Oct 2024</span> Cyclists to ride across Tsing Ma Bridge…</a>
    related = """<section class="related-press"><h3>Related Press Releases</h3><ul>
    <li><a href="/eng/hktb/newsroom/press-releases/2024/hktb-cyclothon-2024.html">09 Oct 2024 Cyclists to ride across Tsing Ma Bridge as Hong Kong Cyclothon returns</a></li>
    <li><a href="/eng/hktb/newsroom/press-releases/2024/hktb-pulse-light-show-autumn.html">11 Oct 2024 “A Symphony of Lights” adds an autumn edition</a></li></ul></section>"""
    fields = extract_page(html(page(related), url="https://www.discoverhongkong.com/eng/hktb/newsroom/press-releases/2024/hktb-wine-dine-2024.html")).fields
    assert [r["title"] for r in fields["related"]] == ["Cyclists to ride across Tsing Ma Bridge as Hong Kong Cyclothon returns",
                                                       "“A Symphony of Lights” adds an autumn edition"]


def test_a_related_item_under_this_storys_script_with_a_shorter_id_is_a_story():
    # 澳門科學館: news_about.php?cid=40&id=161&lg=en lists &id=158 and &id=155 in its related block
    related = """<div class="related"><h3>Related News</h3><ul>
    <li><a href="news_about.php?cid=40&amp;id=158&amp;lg=en">Planetarium launches new dome show "Capturing the Cosmos"</a></li>
    <li><a href="/news_about.php?cid=40&amp;id=155&amp;lg=en">MSC holds Science Week for secondary schools</a></li></ul></div>"""
    body = page(related).replace("<head>", '<head><meta property="og:type" content="article">')  # (a script's URL says nothing: the page says article)
    fields = extract_page(html(body, url="https://www.msc.org.mo/news_about.php?cid=40&id=161&lg=en")).fields
    assert [r["url"] for r in fields["related"]] == ["https://www.msc.org.mo/news_about.php?cid=40&id=158&lg=en",
                                                     "https://www.msc.org.mo/news_about.php?cid=40&id=155&lg=en"]


def test_a_thin_notice_whose_script_names_its_sidebars_stories_by_id_is_a_story_not_a_list():
    # 香港乒乓總會: news.cgi?news=2850, three short paragraphs, a sidebar of news.cgi?news=2871…
    side = "".join(f'<li><a href="/cgi-bin/display/news.cgi?news=287{i}">恒生乒乓球學院第{i}則熱門消息的標題</a></li>' for i in range(4))
    body = f"""<html><head><title>2025香港乒乓球分齡賽報名截止日期延長 - 香港乒乓總會</title></head><body>
    <div id="content"><div class="news_detail"><h1>2025香港乒乓球分齡賽報名截止日期延長</h1><div class="news_date">發佈日期 Date：20/02/2025</div>
    <div class="news_content"><p>為讓更多球員參與，本會宣布將報名截止日期延長至2025年3月7日下午5時正。</p><p>有意參賽人士請透過網上報名系統遞交申請。</p></div></div></div>
    <div id="sidebar"><h3>熱門消息</h3><ul>{side}</ul></div></body></html>"""
    result = extract_page(html(body, url="https://www.hktta.org.hk/cgi-bin/display/news.cgi?news=2850"))
    assert result.kind == "article"


def test_a_bracketed_day_first_date_before_a_related_headline_is_no_section():
    # 壁球總會: <a href="…/nid/1318.html"><span class="rel-date">[12/01/2026]</span> Subvented by LCSD, …</a>
    related = """<div class="news-related"><h4>Related News 相關新聞</h4><ul>
    <li><a href="/public/news/detail/pages_id/2/nid/1318.html"><span class="rel-date">[12/01/2026]</span> Subvented by LCSD, the Squash 57 Regular Course is now open for entry!</a></li>
    <li><a href="/public/news/detail/pages_id/2/nid/1305.html"><span class="rel-date">[05/01/2026]</span> Hong Kong Junior Open 2026 Concludes with Home Success</a></li></ul></div>"""
    fields = extract_page(html(page(related), url="https://www.hksquash.org.hk/public/news/detail/pages_id/2/nid/1321.html")).fields
    assert [(r["title"], r["category"]) for r in fields["related"]] == [
        ("Subvented by LCSD, the Squash 57 Regular Course is now open for entry!", None), ("Hong Kong Junior Open 2026 Concludes with Home Success", None)]


def test_a_content_page_after_the_records_path_and_joomlas_one_at_a_time_pager_are_pages():
    # 壁球總會's …/nid/1321/cp/2.html; Joomla 1.0's &limit=1&limitstart=1 (page 2), but not a list's &limit=9&limitstart=9
    from newscrawler.extract.links import PAGINATION_TEXT, page_key
    assert page_key("https://www.hksquash.org.hk/public/news/detail/pages_id/2/nid/1321/cp/2.html") == (
        "https://www.hksquash.org.hk/public/news/detail/pages_id/2/nid/1321.html", 2)
    view = "https://www.hkasa.org.hk/index.php?option=com_content&task=view&id=2902&Itemid=86"
    assert page_key(f"{view}&limit=1&limitstart=1") == (view, 2)
    listing = "https://www.hkasa.org.hk/index.php?option=com_content&task=blogcategory&id=20&Itemid=86&limit=9&limitstart=9"
    assert page_key(listing) == (listing, 1)
    assert PAGINATION_TEXT.match("Next >>") and PAGINATION_TEXT.match("<< Prev") and PAGINATION_TEXT.match("Page 2")


def test_two_stories_over_a_pager_to_the_lists_next_page_make_a_list():
    # 毕节试验区网's 毕节要闻: two items, then 下一页 to index_1.html
    items = "".join(f'<li><a href="/bjyw/202611/t2026112{i}_8841206{i}.html">毕节市第{i}条要闻的标题写得足够长一些</a><p class="zy">摘要{i}……</p></li>' for i in range(2))
    body = f"""<html><head><title>毕节要闻_毕节试验区网</title></head><body><div class="left"><div class="list-title"><h2>毕节要闻</h2></div>
    <ul class="news-list">{items}</ul><div class="page"><span>首页</span><span>上一页</span><a href="index_1.html">下一页</a><a href="index_1.html">尾页</a></div></div></body></html>"""
    result = extract_page(html(body, url="https://www.bjsyqw.com/bjyw/"))
    assert result.kind == "list" and "https://www.bjsyqw.com/bjyw/index_1.html" in result.follow


def test_an_index_file_numbered_by_a_long_id_is_a_story_not_a_list_page():
    # 籃總's /news/index_2671.html; index_2.html stays a list's page
    from newscrawler.extract.links import is_list_url
    assert not is_list_url("https://www.basketball.org.hk/news/index_2671.html")
    assert is_list_url("https://www.example.com/news/index_2.html") and is_list_url("https://www.example.com/news/index.html")
