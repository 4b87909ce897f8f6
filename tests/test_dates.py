import pytest

from newscrawler.extract.dates import from_url, parse_iso, parse_text, parse_tz

TZ = parse_tz("+08:00")


@pytest.mark.parametrize("text, expected", [
    ("2015-11-13", "2015-11-13"),
    ("2015年11月13日", "2015-11-13"),
    ("时间:2015-11-13 10:20  来源:Xinhua", "2015-11-13T10:20:00+08:00"),
    ("中国日报网 2021-04-30 16:00", "2021-04-30T16:00:00+08:00"),
    ("发布时间：2019年3月5日  来源：CNN", "2019-03-05"),
    ("Updated: Nov. 12, 2015", "2015-11-12"),
    ("2015/11/13 08:05:09", "2015-11-13T08:05:09+08:00"),
    # an English date with its time, on a 12-hour clock too (Global Times' "Published:")
    ("Published: May 20, 2024 09:41 PM", "2024-05-20T21:41:00+08:00"),
    ("June 3, 2024, 10:12 a.m.", "2024-06-03T10:12:00+08:00"),
    ("12 May 2024 12:05 AM", "2024-05-12T00:05:00+08:00"),
    ("03.11.21", "2021-11-03"),  # 眾新聞's day alone, dotted day-first with a two-digit year
])
def test_dates_in_page_text(text, expected):
    assert parse_text(text, TZ) == expected


def test_month_and_day_only_take_the_year_given():
    assert parse_text("BEIJING, Nov. 12 (Xinhua) --", TZ, default_year=2015) == "2015-11-12"
    assert parse_text("BEIJING, Nov. 12 (Xinhua) --", TZ) is None


def test_iso_metadata_keeps_its_own_offset_and_a_utc_stamp_is_shown_in_the_portals_zone():
    assert parse_iso("2021-11-05T09:00:00-05:00", TZ) == "2021-11-05T09:00:00-05:00"
    # 简书's <time datetime="…Z"> beside "2021.11.05 17:00": the same moment, as the page shows it
    assert parse_iso("2021-11-05T09:00:00Z", TZ) == "2021-11-05T17:00:00+08:00"
    assert parse_iso("2021-11-05T09:00:00+00:00", TZ) == "2021-11-05T17:00:00+08:00"
    assert parse_iso("2021-11-05 04:23:13", TZ) == "2021-11-05T04:23:13+08:00"
    assert parse_iso("2021-11-05", TZ) == "2021-11-05"


def test_impossible_dates_are_not_dates():
    assert parse_text("2015-13-45", TZ) is None


@pytest.mark.parametrize("url, expected", [
    ("https://www.hxen.net/englishnews/china/2015-11-13/420541.html", "2015-11-13"),
    ("https://language.chinadaily.com.cn/a/202104/30/WS608b.html", "2021-04-30"),
    ("https://cn.nytimes.com/world/20211105/slug/dual/", "2021-11-05"),
    ("https://www.enread.com/news/life/116786.html", None),
])
def test_date_in_url(url, expected):
    assert from_url(url) == expected


def test_a_time_right_after_the_day_character():
    from newscrawler.extract.dates import parse_text, parse_tz
    assert parse_text("2019年06月18日10:33  来源：人民网", parse_tz("+08:00")) == "2019-06-18T10:33:00+08:00"


def test_a_unix_time_in_the_script_is_read_in_the_portals_zone():
    from lxml import html as lxml_html
    from newscrawler.extract.dates import from_script
    root = lxml_html.fromstring('<html><body><em id="publish_time"></em><script>var ct = "1716161400";</script></body></html>')
    assert from_script(root, TZ) == "2024-05-20T07:30:00+08:00"


def test_a_date_line_with_its_weekday_and_a_time_on_the_line_below():
    from newscrawler.extract.dates import is_date_line, with_time_line
    assert is_date_line("2024年5月20日（星期一）") and is_date_line("Monday, May 20, 2024")
    assert not is_date_line("2024年5月20日 星期一 晴")
    tz = parse_tz("+08:00")
    assert with_time_line("2024-05-20", "Issued at HKT 11:45", tz) == "2024-05-20T11:45:00+08:00"
    assert with_time_line("2024-05-20", "香港時間18時40分", tz) == "2024-05-20T18:40:00+08:00"
    assert with_time_line("2024-05-20", "Issued by the Department", tz) is None


def test_a_unix_time_in_a_script_beside_a_date_only_line_gives_that_date():
    from newscrawler.extract import extract_page
    from tests.conftest import html
    prose = "Rents in Berlin rose again in the first quarter, a property data firm said on Friday in its report. "
    body = f"""<html><head><title>Berlin rents hit a record high</title><script>var publish_time = 1716020411;</script></head>
    <body><h1>Berlin rents hit a record high</h1><div class="info">2024年5月18日</div><div class="text"><p>{prose}</p><p>{prose}again.</p></div></body></html>"""
    assert extract_page(html(body)).fields["published"] == "2024-05-18"


def test_a_japanese_or_korean_domain_gives_its_zone():
    from newscrawler.extract.dates import zone_of_host
    assert zone_of_host("www3.nhk.or.jp") == parse_tz("+09:00") and zone_of_host("cn.yna.co.kr") == parse_tz("+09:00")
    assert zone_of_host("www.chinatimes.com") is None


def test_a_twelve_hour_clock_after_a_chinese_date_and_a_later_metadata_stamp():
    assert parse_text("发布/2024年6月7日 4:15 PM更新/2024年6月8日", TZ) == "2024-06-07T16:15:00+08:00"
    from newscrawler.extract import extract_page
    from tests.conftest import html
    prose = "日本气象厅16日表示，受低气压影响，东北地区部分地方出现大雪，交通受到影响，当局呼吁民众注意安全。"
    ld = '<script type="application/ld+json">{"@type": "NewsArticle", "datePublished": "2022-11-17T18:05:12+09:00"}</script>'
    body = f"""<html><head><title>日本东北地区降大雪</title>{ld}</head><body><h1>日本东北地区降大雪</h1>
    <div class="info">2022年11月16日 10:48</div><div class="text"><p>{prose}</p><p>{prose}</p></div></body></html>"""
    assert extract_page(html(body, url="https://www3.nhk.or.jp/nhkworld/zh/news/393104/")).fields["published"] == "2022-11-16T10:48:00+09:00"


def test_a_time_element_showing_its_utc_stamp_as_local_time_gives_the_pages_zone():
    from newscrawler.extract import extract_page
    from tests.conftest import html
    # RFI: datetime in UTC, shown in Paris summer time; the chapô's "2021年1月1日" is no date line
    zh = "".join(f"<p>巴黎市政府公布的最新数据显示，五月上旬在塞纳河多个取样点进行的检测中，部分样本超标{i}。</p>" for i in range(4))
    body = f"""<html><head><title>塞纳河水质仍是考验</title>
    <meta property="article:published_time" content="2024-05-20T13:30:00+00:00"></head><body><article>
    <h1>塞纳河水质仍是考验</h1><p class="intro">自2021年1月1日起，长江流域重点水域实施为期十年的全面禁捕，三年多过去，鱼类资源出现恢复迹象。</p>
    <p class="dates">发表时间 : <time datetime="2024-05-20T13:30:00+00:00" pubdate>20/05/2024 - 15:30</time></p>
    <div class="body">{zh}</div></article></body></html>"""
    assert extract_page(html(body, url="https://www.rfi.fr/cn/a/20240520-x")).fields["published"] == "2024-05-20T15:30:00+02:00"


def test_an_english_sites_times_shown_as_their_utc_stamps_are_utc():
    from newscrawler.extract import extract_page
    from tests.conftest import html
    # Chinese Reading Practice: lang="en-US", the day shown, comments "May 14, 2024 at 3:41 pm" stamped 15:41+00:00
    zh = "".join(f"<p>马来西亚槟城州乔治市的周五夜市，上周五晚上在停办四年后重新开张，吸引了大批市民和游客{i}。</p>" for i in range(4))
    body = f"""<html lang="en-US"><head><title>Penang night market returns</title>
    <meta property="article:published_time" content="2024-05-14T09:12:40+00:00"></head><body><article>
    <h1>Penang night market returns</h1><div class="post-meta">May 14, 2024</div><div class="entry-content">{zh}</div></article>
    <div class="comments"><time datetime="2024-05-14T15:41:00+00:00">May 14, 2024 at 3:41 pm</time><p>好文章！</p></div></body></html>"""
    assert extract_page(html(body)).fields["published"] == "2024-05-14T09:12:40+00:00"
    # the same page declared Chinese: a CMS labelling local times UTC says nothing of the zone
    assert extract_page(html(body.replace('lang="en-US"', 'lang="zh-CN"'))).fields["published"] == "2024-05-14T17:12:40+08:00"


def test_a_day_first_slashed_date_with_its_time():
    from newscrawler.extract.dates import parse_tz, parse_text
    tz = parse_tz("+08:00")
    assert parse_text("14/05/2025 17:12", tz) == "2025-05-14T17:12:00+08:00"  # 經濟通's p.date
    assert parse_text("05/14/2025", tz) == "2025-05-14" and parse_text("03/04/2024 10:00", tz) is None


def test_a_date_only_line_over_a_noon_utc_placeholder_and_a_stamp_giving_the_shown_time_to_the_second():
    from newscrawler.extract import extract_page
    from tests.conftest import html
    zh = "".join(f"<p>世界气象组织周一表示，南亚和东南亚部分地区的酷热天气比往年提前数周到来，警告仍有大量人口未被覆盖{i}。</p>" for i in range(4))
    # Drupal's date-only field: datetime="…T12:00:00Z" beside "2024年5月20日"
    drupal = f"""<html><head><title>极端高温提前来袭</title></head><body><article><h1>极端高温提前来袭</h1>
    <div class="story-meta"><time datetime="2024-05-20T12:00:00Z">2024年5月20日</time></div><div class="text">{zh}</div></article></body></html>"""
    assert extract_page(html(drupal)).fields["published"] == "2024-05-20"
    # hk01: "2024-12-14 09:00" shown, the stamp says 09:00:05
    hk01 = f"""<html><head><title>綠化天台助市區降溫</title><meta property="article:published_time" content="2024-12-14T09:00:05+08:00">
    </head><body><article><h1>綠化天台助市區降溫</h1><div class="info">出版：2024-12-14 09:00</div><div class="text">{zh}</div></article></body></html>"""
    assert extract_page(html(hk01)).fields["published"] == "2024-12-14T09:00:05+08:00"


def test_a_publish_time_in_milliseconds_and_a_midnight_stamp_of_a_date_only_field():
    from newscrawler.extract import extract_page
    from tests.conftest import html
    zh = "".join(f"<p>多家大模型厂商本周宣布下调接口价格，业内人士认为，价格战将加速行业洗牌，中小厂商面临更大压力{i}。</p>" for i in range(4))
    kr = f"""<html><head><title>大模型降价</title><script>window.initialState={{"articleDetail":{{"publishTime":1742436900000}}}}</script></head>
    <body><h1>大模型降价</h1><div class="info">·3小时前</div><div class="text">{zh}</div></body></html>"""
    assert extract_page(html(kr)).fields["published"] == "2025-03-20T10:15:00+08:00"
    en = "".join(f"<p>The Ministry of Environment yesterday launched a pilot program at three night markets, officials said {i}.</p>" for i in range(4))
    tt = f"""<html><head><title>Night market vendors urged to ditch single-use cups</title>
    <meta property="article:published_time" content="2024-05-20T00:00:00+08:00"></head>
    <body><h6>Mon, May 20, 2024 page3</h6><h1>Night market vendors urged to ditch single-use cups</h1><div class="archives">{en}</div></body></html>"""
    assert extract_page(html(tt)).fields["published"] == "2024-05-20"


def test_a_microdata_date_given_as_an_elements_text():
    from lxml import html as lxml_html
    from newscrawler.extract.dates import from_microdata
    # 明報: <div itemprop="datePublished" class="date">2024年5月20日星期一</div> above the headline
    root = lxml_html.fromstring('<html><body><div itemprop="datePublished" class="date">2024年5月20日星期一</div></body></html>')
    assert parse_iso(from_microdata(root), TZ) == "2024-05-20"
    root = lxml_html.fromstring('<html><body><time itemprop="datePublished" datetime="2024-05-19T21:45:00+08:00">21:45</time></body></html>')
    assert from_microdata(root) == "2024-05-19T21:45:00+08:00"


@pytest.mark.parametrize("text, expected", [
    ("发布 2025年7月15日 星期二 16:20 AEST", "2025-07-15T16:20:00+08:00"),  # a weekday between the day and the time
    ("2020年5月20日 / 11:05 GMT+8", "2020-05-20T11:05:00+08:00"),  # a slash between them
])
def test_a_weekday_or_a_slash_between_the_date_and_its_time(text, expected):
    assert parse_text(text, TZ) == expected


def test_a_zones_name_between_the_date_and_the_time():
    # RTHK: <div class="createddate">2024-05-20 HKT 15:30</div>
    assert parse_text("2024-05-20 HKT 15:30", TZ) == "2024-05-20T15:30:00+08:00"


def test_a_traditional_weekday_and_a_day_named_relative_to_the_day_the_page_was_served():
    from newscrawler.extract.dates import relative_day, served_at
    # Yahoo奇摩: "2025年6月12日 週四 下午3:05"; 信報: "昨日 16:20" on a page served Tue, 21 May 2024 02:14 GMT
    assert parse_text("2025年6月12日 週四 下午3:05", TZ) == "2025-06-12T15:05:00+08:00"
    served = served_at(b"Tue, 21 May 2024 02:14:00 GMT")
    assert relative_day("昨日 16:20 時事脈搏", served, TZ) == "2024-05-20T16:20:00+08:00"
    assert relative_day("昨日 16:20", None, TZ) is None  # never the crawl's own clock


def test_the_time_before_an_english_date():
    # HKFP: <time class="entry-date published">16:45, 18 May 2024</time>
    assert parse_text("16:45, 18 May 2024", TZ) == "2024-05-18T16:45:00+08:00"
    assert parse_text("9:05 am, 3 June 2024", TZ) == "2024-06-03T09:05:00+08:00"


def test_a_magazine_issues_month_alone_is_a_month():
    # 台灣光華: <div class="date">2024 / 5月</div>: ISO 8601's month precision, no day invented
    assert parse_text("2024 / 5月", TZ) == "2024-05"
    assert parse_text("2024年5月", TZ) == "2024-05"
    assert parse_text("2024 / 13月", TZ) is None


def test_a_scripts_seconds_do_not_refine_the_shown_minute():
    from newscrawler.extract import extract_page
    from tests.conftest import html
    # on.cc: "2025年1月10日 16:45" shown, its script state pubDate "2025-01-10 16:45:20": the shown minute stands
    zh = "".join(f"<p>天文台發出寒冷天氣警告，預料明晨市區最低氣溫約8度，新界再低兩三度，市民應注意保暖{i}。</p>" for i in range(4))
    body = f"""<html><head><title>天文台發寒冷天氣警告</title><script>ONCC.Content.data = [{{"pubDate": "2025-01-10 16:45:20", "editTime":"2025-01-10 18:02:11"}}];</script></head>
    <body><h1>天文台發寒冷天氣警告</h1><div class="datetime">2025年1月10日 16:45</div><div class="breakingNewsContent">{zh}</div></body></html>"""
    assert extract_page(html(body)).fields["published"] == "2025-01-10T16:45:00+08:00"


def test_a_posted_line_among_many_lines_between_the_headline_and_the_text():
    from newscrawler.extract import extract_page
    from tests.conftest import html
    # TED: a 26-language menu between the headline and the transcript; "Filmed September 2023 • Posted November 7, 2023"
    # below it, "Translation updated January 16, 2024" nearer the text
    en = "".join(f"<p>When my daughter was six, she asked me a question I could not answer about the chapter book {i}.</p>" for i in range(3))
    menu = "".join(f"<li><a href='/talks/x/transcript?language=l{i}'>Language {i}</a></li>" for i in range(20))
    body = f"""<html><head><title>The surprising power of reading aloud | TED Talk</title></head><body><h1>The surprising power of reading aloud</h1>
    <div><span>486,217 views</span> • <span>September 2023</span></div><ul>{menu}</ul>
    <div><span>Filmed September 2023</span> • <span>Posted November 7, 2023</span></div><ul>{menu}</ul>
    <p>Translation updated January 16, 2024</p><div class="transcript">{en}</div></body></html>"""
    assert extract_page(html(body, url="https://www.ted.com/talks/tomas_reyes_the_surprising_power_of_reading_aloud/transcript")).fields["published"] == "2023-11-07"


def test_the_posting_time_after_an_update_on_one_line_and_a_korean_papers_zone():
    from newscrawler.extract import extract_page
    from newscrawler.extract.profiles.chosunzh import PROFILE as CHOSUN
    from tests.conftest import html
    # 朝鲜日报中文网: "更新 : 2024-05-13 17:40 | 输入 : 2024-05-13 16:58", times in Korea time
    zh = "".join(f"<p>首尔公寓交易量连续三个月出现回升，4月首尔公寓买卖成交量为4120套，比3月增加约12%{i}。</p>" for i in range(3))
    body = f"""<html><head><title>首尔公寓成交量连续三个月回升 - 朝鲜日报网</title></head><body><h1>首尔公寓成交量连续三个月回升</h1>
    <div class="date_text"><p>更新 : 2024-05-13&nbsp;17:40 | 输入 : 2024-05-13&nbsp;16:58</p></div><div id="articleBody">{zh}</div></body></html>"""
    url = "https://cnnews.chosun.com/client/news/viw.asp?cate=C01&mcate=M1002&nNewsNumb=20240562094"
    assert extract_page(html(body, url=url), CHOSUN).fields["published"] == "2024-05-13T16:58:00+09:00"


def test_a_posting_date_on_a_long_info_line_over_a_later_meta_stamp_and_a_source_after_a_slash():
    from newscrawler.extract import extract_page
    from tests.conftest import html
    # 英語島: "編譯/許家豪 資料來源/AFP 發布日期:2024-04-24 瀏覽 3,027 次", article:published_time two days later
    en = "".join(f"<p>Night trains are back in Europe, as travellers look for slower journeys that skip the airport queues {i}.</p>" for i in range(3))
    body = f"""<html><head><title>Night trains make a comeback in Europe</title><meta property="article:published_time" content="2024-04-26T11:05:00+08:00"></head>
    <body><h1>Night trains make a comeback in Europe</h1><div class="info"><span>編譯/許家豪</span><span class="source">資料來源/AFP</span>
    <span>發布日期:2024-04-24</span> <span>瀏覽 3,027 次</span></div><div class="article">{en}</div></body></html>"""
    fields = extract_page(html(body)).fields
    assert (fields["published"], fields["source"]) == ("2024-04-24", "AFP")


def test_the_pages_zone_read_off_a_utc_stamp_of_the_time_it_shows():
    from newscrawler.extract import extract_page
    from tests.conftest import html
    # 中国数字时代: "2024年3月12日 10:15" shown, article:published_time 2024-03-12T17:15:27+00:00: US Pacific in summer
    zh = "".join(f"<p>十一年来，一辆装着松木书架的白色面包车，一直沿着同一条路线穿行于云南西南部一个山区县的丘陵之间{i}。</p>" for i in range(3))
    for shown, stamp, expected in (("2024年3月12日 10:15", "2024-03-12T17:15:27+00:00", "2024-03-12T10:15:27-07:00"),
                                   ("2024年2月27日 09:05", "2024-02-27T17:05:12+00:00", "2024-02-27T09:05:12-08:00")):
        body = f"""<html><head><title>流动图书车不再来的时候</title><meta property="article:published_time" content="{stamp}"></head><body>
        <h1>流动图书车不再来的时候</h1><p class="post-meta">由 林间 | <span class="published">{shown}</span></p><div class="entry-content">{zh}</div></body></html>"""
        assert extract_page(html(body)).fields["published"] == expected


def test_a_bytedance_published_time_gives_the_seconds_of_the_shown_minute():
    from newscrawler.extract import extract_page
    from tests.conftest import html
    en = "".join(f"<p>A young grey whale has been tracked swimming from the North Pacific to the Atlantic in a single voyage {i}.</p>" for i in range(3))
    body = f"""<html><head><title>Grey whale crosses two oceans</title><meta property="bytedance:published_time" content="2024-03-15T09:42:37+08:00"></head>
    <body><h1>Grey whale crosses two oceans</h1><div class="info"><small>日期:</small>2024-03-15 09:42</div><div class="content">{en}</div></body></html>"""
    assert extract_page(html(body)).fields["published"] == "2024-03-15T09:42:37+08:00"


def test_a_meta_stamp_minutes_before_the_shown_time_is_a_draft_but_an_update_line_is_not_the_publication():
    from newscrawler.extract import extract_page
    from tests.conftest import html
    en = "".join(f"<p>In the rice fields of Hunan province, the buzz of drones has become as common as tractors this season {i}.</p>" for i in range(3))

    def page(line: str, stamp: str) -> str:
        return f"""<html><head><title>Farmers turn to drones</title><meta property="article:published_time" content="{stamp}"></head>
        <body><h1>Farmers turn to drones as rice planting season peaks</h1><div class="info"><span>{line}</span></div><div class="content">{en}</div></body></html>"""

    # 旺旺英语: "时间：2024-06-08 14:02" over a 14:00:00 stamp: the page's own minute
    assert extract_page(html(page("时间：2024-06-08 14:02", "2024-06-08T14:00:00+08:00"))).fields["published"] == "2024-06-08T14:02:00+08:00"
    # 大纪元: "更新 2024-06-16 15:20" shows the update: the earlier stamp is the publication
    assert extract_page(html(page("更新 2024-06-16 15:20", "2024-06-16T15:03:55+08:00"))).fields["published"] == "2024-06-16T15:03:55+08:00"


def test_a_json_ld_stamp_of_the_shown_minute_names_the_pages_zone():
    from newscrawler.extract import extract_page
    from tests.conftest import html
    # 世界日報: "2025-06-17 14:32" shown, <meta name="date"> without a zone, JSON-LD 14:32:45-04:00
    zh = "".join(f"<p>美國聯邦眾議院17日以些微票數通過一項臨時撥款法案，避免聯邦政府在月底前部分停擺{i}。</p>" for i in range(3))
    body = f"""<html><head><title>眾院通過臨時撥款案 | 世界新聞網</title><meta name="date" content="2025/06/17 14:32:45">
    <script type="application/ld+json">{{"@type": "NewsArticle", "datePublished": "2025-06-17T14:32:45-04:00"}}</script></head>
    <body><h1 class="article-content__title">眾院通過臨時撥款案 避免政府停擺</h1><section class="article-content__info"><span>記者張文遠／華盛頓報導</span>
    <time class="article-content__time">2025-06-17 14:32</time></section><section class="article-content__editor">{zh}</section></body></html>"""
    assert extract_page(html(body, url="https://www.worldjournal.com/wj/story/121173/9412357")).fields["published"] == "2025-06-17T14:32:45-04:00"


def test_a_dotted_day_first_date_and_a_stamp_written_to_the_minute_leaves_the_seconds_to_the_next():
    assert parse_text("15:30 15.03.2024", parse_tz("+08:00")) == "2024-03-15T15:30:00+08:00"  # Sputnik's time, then the day
    assert parse_text("更新: 15.03.2024 16:05", parse_tz("+08:00")) == "2024-03-15T16:05:00+08:00"
    assert parse_text("03/04/2024", parse_tz("+08:00")) is None  # a slashed day-first or month-first: unsaid
    from newscrawler.extract import extract_page
    from tests.conftest import html
    zh = "".join(f"<p>中国外交部发言人15日在例行记者会上表示，中方愿同俄方深化北极航道合作{i}。</p>" for i in range(3))
    body = f"""<html><head><title>中国外交部：中方愿同俄方深化北极航道合作</title><meta property="article:published_time" content="20240315T1530+0800">
    <script type="application/ld+json">{{"@type": "NewsArticle", "datePublished": "2024-03-15T15:30:27+08:00"}}</script></head>
    <body><h1 class="article__title">中国外交部：中方愿同俄方深化北极航道合作</h1><div class="article__info-date"><a href="/20240315/">15:30 15.03.2024</a></div>
    <div class="article__body">{zh}</div></body></html>"""
    assert extract_page(html(body)).fields["published"] == "2024-03-15T15:30:27+08:00"


def test_a_day_in_a_time_element_on_a_long_info_line_over_a_later_json_ld_stamp():
    from newscrawler.extract import extract_page
    from tests.conftest import html
    # 流利说: <span>作者：佚名</span><span>来源：Scientific American</span><time datetime="2024-11-06">2024-11-06</time>
    # <span>阅读 3.1万</span>, JSON-LD datePublished two days later: an update, the day stands
    en = "".join(f"<p>Crows can remember the faces of people who once threatened them, and they teach their young to scold them {i}.</p>" for i in range(3))
    body = f"""<html><head><title>How Crows Remember Human Faces</title><script type="application/ld+json">{{"@type": "Article", "datePublished": "2024-11-08T09:30:00+08:00"}}</script></head>
    <body><h1>How Crows Remember Human Faces</h1><div class="journal-meta"><span class="byline">作者：佚名</span> <span class="origin">来源：Scientific American</span>
    <time class="pub-date" datetime="2024-11-06">2024-11-06</time> <span class="read-count">阅读 3.1万</span></div><div class="content">{en}</div></body></html>"""
    assert extract_page(html(body)).fields["published"] == "2024-11-06"


def test_the_zone_its_update_stamp_is_written_in_where_the_zone_was_only_guessed():
    from newscrawler.extract import extract_page
    from tests.conftest import html
    # 欧洲时报: "2026-10-26 09:15" shown, article:modified_time 10:02:11+01:00 (Paris winter time), no stamp of the minute
    zh = "".join(f"<p>法国多地本周迎来入秋以来首轮大范围降温，巴黎最低气温降至3摄氏度，气象部门提醒民众注意保暖{i}。</p>" for i in range(3))
    body = f"""<html><head><title>法国多地迎来降温_欧洲时报</title><meta property="article:modified_time" content="2026-10-26T10:02:11+01:00"></head>
    <body><h1>法国多地迎来入秋以来首轮降温</h1><div class="info"><span class="time">2026-10-26 09:15</span> <span>来源：欧洲时报</span></div>
    <div class="content">{zh}</div></body></html>"""
    assert extract_page(html(body, url="https://www.oushinet.com/static/content/france/2026-10-26/1552117064239915008.html")).fields["published"] == "2026-10-26T09:15:00+01:00"


def test_a_utc_stamp_of_the_shown_day_read_in_the_pages_zone_gives_the_time():
    from newscrawler.extract import extract_page
    from tests.conftest import html

    def page(stamp: str) -> str:
        en = "".join(f"<p>Learning a language after work takes planning, patience and a little help from your phone {i}.</p>" for i in range(3))
        return f"""<html><head><title>Learning a language after work</title><meta property="article:published_time" content="{stamp}"></head>
        <body><h1>Learning a language after work</h1><div class="post-meta"><span class="date">2024年3月5日</span></div><div class="entry-content">{en}</div></body></html>"""

    # 英孚: 2024年3月5日 beside 2024-03-04T23:40:00+00:00: 07:40 on the 5th in +08:00
    assert extract_page(html(page("2024-03-04T23:40:00+00:00"))).fields["published"] == "2024-03-05T07:40:00+08:00"
    # a UTC stamp landing on the 6th in +08:00 is an update: the day alone
    assert extract_page(html(page("2024-03-05T22:10:00Z"))).fields["published"] == "2024-03-05"


def test_a_month_named_in_chinese_before_the_day_and_year():
    # WordPress in its Chinese locale (星暹日报): "一月 12, 2021", "十二月 3, 2020"
    assert parse_text("一月 12, 2021", parse_tz("+07:00")) == "2021-01-12"
    assert parse_text("十二月 3, 2020", parse_tz("+07:00")) == "2020-12-03"
    assert parse_text("十一月 30, 2020", parse_tz("+07:00")) == "2020-11-30"


def test_a_slashed_date_read_only_where_one_number_must_be_the_day():
    tz = parse_tz("+08:00")
    assert parse_text("16/11/2024", tz) == "2024-11-16"  # 力報: day first
    assert parse_text("11/16/2024", tz) == "2024-11-16"  # month first
    assert parse_text("03/04/2024", tz) is None  # either


def test_a_weekday_between_the_day_and_the_year():
    # PIXNET's li.publish: <span class="month">Feb </span><span class="date">27 </span><span class="day">Tue </span><span class="year">2024 </span><span class="time">20:30</span>
    assert parse_text("Feb 27 Tue 2024 20:30", parse_tz("+08:00")) == "2024-02-27T20:30:00+08:00"


def test_a_dotted_number_inside_a_sentence_is_no_date():
    assert parse_text("Version 03.11.21 fixes the bug", TZ) is None


def test_a_hong_kong_hosts_zone_is_known_so_a_utc_stamp_an_hour_off_names_no_other_zone():
    from newscrawler.extract.dates import zone_of_host
    assert zone_of_host("www.metroradio.com.hk").utcoffset(None).total_seconds() == 8 * 3600
    assert zone_of_host("www.example.com") is None


def test_a_footer_declares_the_zone_of_a_pages_times():
    from lxml import html as lxml_html
    from newscrawler.extract.dates import zone_in_footer
    root = lxml_html.fromstring('<html><body><p>2025-1-16 10:42</p><div id="ft"><p class="xs0">GMT-5, 2025-1-18 22:05</p></div></body></html>')
    assert zone_in_footer(root).utcoffset(None).total_seconds() == -5 * 3600
    assert zone_in_footer(lxml_html.fromstring("<html><body><div id='ft'>Copyright</div></body></html>")) is None


def test_an_info_line_ending_in_a_counters_ellipsis_is_no_prose():
    # 世博英语: "2010-09-20 10:02:16 来源：中国日报 点击：载入中... 字体：[大 中 小]" is the date line, not a sentence
    from newscrawler.extract.dates import is_prose
    assert not is_prose("2010-09-20 10:02:16 来源：中国日报 点击：载入中... 字体：[大 中 小]")
    assert is_prose("The council met on Tuesday and agreed to extend the opening hours of the library. It will open earlier.")


def test_the_date_line_to_the_second_beats_a_meta_stamp_of_its_minute():
    # 宁夏新闻网: meta PubDate "2026-11-26 18:38", the line under the headline 2026-11-26 18:38:44
    from newscrawler.extract import extract_page
    from tests.conftest import html
    prose = "<p>" + "银川公安近日成功破获一起跨省电信网络诈骗案，抓获犯罪嫌疑人十余名，涉案金额逾百万元。" * 3 + "</p>"
    page = f"""<html><head><title>银川公安破获一起跨省电信网络诈骗案</title><meta name="PubDate" content="2026-11-26 18:38"></head>
    <body><h1>银川公安破获一起跨省电信网络诈骗案</h1><div class="zmm6"><span>2026-11-26 18:38:44</span> <span>来源:宁夏法治报</span></div>
    <div class="article">{prose}{prose}</div></body></html>"""
    assert extract_page(html(page)).fields["published"] == "2026-11-26T18:38:44+08:00"


def test_a_citys_time_named_on_the_page_gives_its_zone_with_summer_time():
    # 英中网's top clock "伦敦时间" (BST in October), 新快网's "悉尼时间："; 澳洲新闻网's date line names it
    from newscrawler.extract import extract_page
    from tests.conftest import html
    prose = "<p>" + "伦敦市政府周三宣布，将在明年春季前完成全市公交线路的调整，乘客可在官方网站查询新的班次安排。" * 2 + "</p>"
    def page(clock, info, head=""):
        return f"""<html><head><title>伦敦公交线路明年调整</title>{head}</head><body><div class="topbar"><span>{clock}</span></div>
        <h1>伦敦公交线路明年调整</h1><div class="info">{info}</div><div class="text">{prose}{prose}</div></body></html>"""
    head = '<meta property="article:published_time" content="2026-10-14T07:30:00Z">'
    assert extract_page(html(page("伦敦时间 <b></b>", "2026年10月14日", head))).fields["published"] == "2026-10-14T08:30:00+01:00"
    assert extract_page(html(page("伦敦时间 <b></b>", "2026年1月14日", head.replace("10-14", "01-14")))).fields["published"] == "2026-01-14T07:30:00+00:00"
    assert extract_page(html(page("悉尼时间：2015年6月19日", "时间：2015-06-17 09:48"))).fields["published"] == "2015-06-17T09:48:00+10:00"
    assert extract_page(html(page("", "2013-04-03 09:12 悉尼时间"))).fields["published"] == "2013-04-03T09:12:00+11:00"
    # 明報加東版: the edition the site's name gives is Toronto's (EDT in June)
    toronto = head.replace("2026-10-14T07:30:00Z", "2024-06-13T01:45:00Z") + '<meta property="og:site_name" content="明報加東版 Ming Pao Canada">'
    assert extract_page(html(page("", "[2024.06.12] 發表", toronto))).fields["published"] == "2024-06-12T21:45:00-04:00"


def test_a_date_line_with_an_abbreviated_weekday_and_the_printed_page():
    # Taipei Times: span.time "Tue, May 14, 2024 page9"
    from newscrawler.extract.dates import is_date_line
    assert is_date_line("Tue, May 14, 2024")
    assert is_date_line("Tue, May 14, 2024 page9")


def test_a_utc_midnight_stamp_is_a_date_only_fields():
    # Global Voices: article:published_time 00:00 UTC, not 08:00 in the portal's zone
    from newscrawler.extract import extract_page
    from tests.conftest import html
    zh = "该地区交通网络的快速发展改变了人们的生活、工作和出行方式，官员们周四在首都举行的新闻发布会上说。"
    body = f"""<html lang="zh-CN"><head><title>塞纳河水质仍是考验</title>
    <meta property="article:published_time" content="2024-05-14T00:00:00+00:00"></head><body>
    <h1>塞纳河水质仍是考验</h1><div class="text"><p>{zh}</p><p>{zh}再次。</p></div></body></html>"""
    assert extract_page(html(body)).fields["published"] == "2024-05-14"


def test_a_date_only_meta_of_the_shown_day_lets_a_later_stamp_of_that_day_give_the_time():
    # 岳阳网: meta publishdate and the date line give the day only; JSON-LD has the time
    from newscrawler.extract import extract_page
    from tests.conftest import html
    zh = "该地区交通网络的快速发展改变了人们的生活、工作和出行方式，官员们周四在首都举行的新闻发布会上说。"
    ld = '<script type="application/ld+json">{"@type": "NewsArticle", "datePublished": "2024-05-14T10:30:00+08:00"}</script>'
    body = f"""<html><head><title>塞纳河水质仍是考验</title><meta name="publishdate" content="2024-05-14">{ld}</head><body>
    <h1>塞纳河水质仍是考验</h1><div class="info">2024-05-14</div><div class="text"><p>{zh}</p><p>{zh}再次。</p></div></body></html>"""
    assert extract_page(html(body)).fields["published"] == "2024-05-14T10:30:00+08:00"


def test_a_minguo_year_on_an_info_line_is_read_1911_on():
    # (blind275/277/278) Taiwan's 發布日期：113-02-05; a phone number is no date
    assert parse_text("發布日期：113-02-05", TZ) == "2024-02-05"
    assert parse_text("民國113年2月5日", TZ) == "2024-02-05"
    assert parse_text("電話 02-2938-2300", TZ) is None


def test_a_day_in_english_then_in_chinese_on_one_line_is_a_date_line():
    # (blind283–286) HKO's bilingual issue line; a sentence ending in the two days is not
    from newscrawler.extract.dates import is_date_line
    assert is_date_line("Issued at HKT 10:45 on 5 Aug 2025 2025年8月5日 香港時間上午10時45分發出")
    assert is_date_line("2 Jul 2025 2025年7月2日")
    assert not is_date_line("The rain fell on 2 Jul 2025 2025年7月2日")


def test_a_midnight_meta_stamp_gives_way_to_a_later_stamp_of_its_day_with_the_time():
    # 香港海關: meta date "2025-03-03T00:00:00+08:00" before article:published_time 2025-03-03T03:15:00Z
    from newscrawler.extract import extract_page
    from tests.conftest import html
    en = "".join(f"<p>Hong Kong Customs yesterday detected a case of suspected smuggling of goods by a river trade vessel, case {i}.</p>" for i in range(4))
    body = f"""<html><head><title>Customs detects suspected smuggling case</title><meta name="date" content="2025-03-03T00:00:00+08:00">
    <meta property="article:published_time" content="2025-03-03T03:15:00Z"></head>
    <body><h1>Customs detects suspected smuggling case</h1><div class="pr-body">{en}</div></body></html>"""
    assert extract_page(html(body, url="https://www.customs.gov.hk/en/press-release/index_id_5287.html")).fields["published"] == "2025-03-03T11:15:00+08:00"


def test_a_day_in_english_and_in_chinese_with_a_bar_between_is_a_date_line():
    # 龍舟總會's span.date "25 March 2024 ｜ 2024年3月25日"
    from newscrawler.extract.dates import is_date_line
    assert is_date_line("25 March 2024 ｜ 2024年3月25日") and is_date_line("25 March 2024 / 2024年3月25日")
    assert not is_date_line("25 March 2024 ｜ 2024年3月25日 總會公布參賽名單")
