"""Main text: container choice, noise, captions, glossary, hidden text."""

import pytest

from newscrawler.extract import extract_page
from tests.conftest import html

PROSE = ("The quick development of the region's transport network has changed how people live, "
         "work and travel, officials said on Thursday at a press conference in the capital. ")


def page(content: str, title: str = "A headline long enough to count") -> str:
    return f"""<html><head><title>{title} - Site</title><style>.jam{{display:none}}</style></head><body>
    <div class="nav"><a href="/">首页</a> <a href="/news/">新闻</a></div>
    <div class="main"><h1>{title}</h1><div class="info">时间:2021-04-30 10:15 来源:Xinhua</div>
    <div class="text">{content}</div></div>
    <div class="sidebar"><h3>热门文章</h3><ul><li><a href="/a/1.html">Some other article title here</a></li></ul></div>
    <div class="footer">Copyright © 2021 Site. All rights reserved. 京ICP备12345678号</div></body></html>"""


def test_scripts_ads_captions_credits_and_glossary_are_not_text():
    result = extract_page(html(page(f"""
        <p>{PROSE}</p><script>var ad = 1;</script><div class="ad">Buy now</div>
        <p><img src="x.jpg"></p><p class="pic_note">A caption under the photo.</p>
        <p>{PROSE}second.</p><p>&nbsp;</p><p>英文来源：Xinhua</p><p>翻译：某某</p>
        <p>【相关词汇】</p><p>transport network 交通网络</p>""")))
    assert result.kind == "article"
    assert result.fields["paragraphs_en"] == [PROSE.strip(), PROSE + "second."]
    assert result.fields["source"] == "Xinhua"
    assert result.fields["published"] == "2021-04-30T10:15:00+08:00"


def test_hidden_inline_spans_are_noise_but_a_hidden_block_is_content():
    zh = "该地区交通网络的快速发展改变了人们的生活、工作和出行方式，官员们周四在首都举行的新闻发布会上说。"
    result = extract_page(html(page(f"""
        <div id="en"><p>The quick devel<span style="display:none">copy</span>opment of the region's
        transport net<font class="jam">24en.com</font>work has changed how people live, work and travel, officials said on
        Thursday at a press conference in the capital.</p></div>
        <div id="zh" style="display:none"><p>{zh}</p></div>""")))
    assert result.fields["paragraphs_en"] == [PROSE.strip()]
    assert result.fields["paragraphs_zh"] == [zh]
    assert result.fields["pairs"] == [{"en": PROSE.strip(), "zh": zh}]


def test_title_prefix_is_a_category_only_before_english_or_a_section_label():
    result = extract_page(html(page(f"<p>{PROSE}</p>", "国内英语新闻:China opens new railway")))
    assert (result.fields["title"], result.fields["category"]) == ("China opens new railway", "国内英语新闻")
    result = extract_page(html(page(f"<p>{PROSE}</p>", "世卫组织：加工肉制品致癌，红肉可能致癌")))
    assert result.fields["title"] == "世卫组织：加工肉制品致癌，红肉可能致癌"


def test_soft_404_is_an_error_page():
    body = "<html><head><title>404 Not Found</title></head><body><h1>页面不存在</h1><p>您访问的页面不存在</p></body></html>"
    assert extract_page(html(body)).kind == "error"


def test_a_near_empty_article_gets_no_text_from_the_page_furniture():
    # A video stub: one short line per tab, a site statement, a welcome bar and a sidebar.
    body = """<html><head><title>Wuhan invests in digital payments - 爱思英语网</title></head><body>
    <div class="top_bar"><span class="welcome">欢迎来到爱思英语网！</span> <a href="/login/">登录</a></div>
    <div class="box_main"><div class="box_left"><h1>Wuhan invests in digital payments</h1>
    <div class="article_info">2015年3月27日 来源：中国日报</div>
    <div id="tab_1"><p>Watch the video.</p></div><div id="tab_7" style="display:none"><p>请观看视频。</p></div>
    <div class="statement">声明：本双语文章的中文翻译系爱思英语网原创内容，转载请注明出处。中英对照仅供学习参考，文中观点不代表本站立场。</div></div>
    <div class="box_right"><h3>热门排行</h3><p>扫码关注爱思英语网微信公众号，每天推送最新双语新闻和英语学习资料。</p></div></div>
    </body></html>"""
    result = extract_page(html(body))
    assert result.kind == "article"
    assert "".join(result.fields["paragraphs_en"] + result.fields["paragraphs_zh"]) in ("", "Watch the video.请观看视频。")
    assert not any("欢迎" in p or "声明" in p or "扫码" in p for p in result.fields["paragraphs_zh"])


def test_relative_links_follow_the_base_element():
    body = f"""<html><head><title>A headline long enough to count</title><base href="https://cdn.example.com/news/"></head>
    <body><h1>A headline long enough to count</h1><div class="text"><p>{PROSE}</p><p>{PROSE}</p></div>
    <div class="related"><h3>相关文章</h3><ul><li><a href="2021/7.html">Another story about the transport network</a></li>
    <li><a href="/news/2021/8.html">A third story about the same network</a></li></ul></div></body></html>"""
    result = extract_page(html(body, url="https://www.example.com/news/2021/5.html"))
    assert [r["url"] for r in result.fields["related"]] == [
        "https://cdn.example.com/news/2021/7.html", "https://cdn.example.com/news/2021/8.html"]


def test_translation_labels_glossaries_credits_and_promotions_are_not_text():
    zh = "该地区交通网络的快速发展改变了人们的生活、工作和出行方式，官员们周四在首都举行的新闻发布会上说。"
    result = extract_page(html(page(f"""
        <p>(单词翻译:双击或拖选)</p><p>{PROSE}</p><p>Write to Tom Whitaker at tom.whitaker@example.com</p>
        <p><strong>参考译文：</strong></p><p>{zh}</p><p>（本文翻译：李文；责任编辑：周晨）</p>
        <p>搜索关注在线英语听力室公众号：tingroom，领取免费英语资料大礼包。</p>
        <div class="newsletter-inset"><h4>Newsletter Sign-up 订阅电子报</h4><p>Get the day’s top China stories in English and Chinese, delivered every weekday.</p></div>
        <table><tr><td><span class="circle">1</span> <a href="http://dict.example.com/pavement">pavement</a></td></tr>
        <tr><td>n.人行道，铺过的路面</td></tr></table><p>参考例句：</p><p>Children were playing on the pavement.孩子们在人行道上玩耍。</p>""")))
    assert result.fields["paragraphs_en"] == [PROSE.strip()]
    assert result.fields["paragraphs_zh"] == [zh]


def test_a_translators_source_line_a_reporter_signing_in_english_and_a_like_us_plea_are_not_text():
    zh = "该地区交通网络的快速发展改变了人们的生活、工作和出行方式，官员们周四在首都举行的新闻发布会上说。"
    result = extract_page(html(page(f"""
        <p>原文作者：Tom Hadley ｜ 来源：Northfield Gazette ｜ <a href="https://example.org/x">原文链接</a> ｜ 译者：常国华</p>
        <p>{zh}</p><p style="text-align: right;">記者 Ken</p>
        <p><strong>支持香城公民媒體，請讚好我們的 <a href="https://www.facebook.com/x/">Facebook 專頁</a>。</strong></p>""")))
    assert result.fields["paragraphs_zh"] == [zh]


def test_a_desks_timed_byline_a_pointer_to_the_original_and_a_chinese_report_label_are_not_text():
    zh = "该地区交通网络的快速发展改变了人们的生活、工作和出行方式，官员们周四在首都举行的新闻发布会上说。"
    result = extract_page(html(page(f"""
        <p>MoneyDJ新聞 2026-11-26 13:52:18 記者 王怡茹 報導</p><p>{PROSE}</p>
        <p style="text-align:center;"><strong>中文报道</strong></p><p>{zh}</p><p>（英文原文请点击文末“阅读原文”）</p>""")))
    assert result.fields["paragraphs_en"] == [PROSE.strip()]
    assert result.fields["paragraphs_zh"] == [zh]


def test_a_release_label_and_the_print_page_a_story_ran_on_are_not_text():
    zh = "该地区交通网络的快速发展改变了人们的生活、工作和出行方式，官员们周四在首都举行的新闻发布会上说。"
    result = extract_page(html(page(f"""<p>For Immediate Release / 即時發佈</p><p>{PROSE}</p><p>{zh}</p>
        <p>《人民日报海外版》（2024年05月14日 第 06 版）</p>""")))
    assert result.fields["paragraphs_en"] == [PROSE.strip()]
    assert result.fields["paragraphs_zh"] == [zh]


def test_a_reporters_media_credit_run_into_the_last_sentence_is_not_text():
    zh = "发言人说，相关部门将进一步完善配套服务，为台湾青年提供住宿、交通、保险等方面的便利，让大家安心实习、快乐生活。"
    result = extract_page(html(page(f"<p>{PROSE}</p><p>{zh}（中国台湾网 郭晓康）</p>")))
    assert result.fields["paragraphs_zh"] == [zh]


def test_a_glossary_heading_in_two_languages_ends_the_text():
    result = extract_page(html(page(f"<p>{PROSE}</p><h2>词汇表 Glossary</h2><p>commute 通勤，上下班往返</p><p>中文译文</p>")))
    assert result.fields["paragraphs_en"] == [PROSE.strip()]
    assert result.fields["paragraphs_zh"] == []


def test_tabs_download_links_block_labels_and_word_entries_are_not_text():
    zh = "该地区交通网络的快速发展改变了人们的生活、工作和出行方式，官员们周四在首都举行的新闻发布会上说。"
    result = extract_page(html(page(f"""
        <p>下载MP3 (右键点击“目标另存为”)</p><div class="tabs"><span>文本</span> | <span>翻译</span></div>
        <p>【英文原文】</p><p>{PROSE}</p><p>【参考译文】</p><p>{zh}</p>
        <p>【词汇学习】</p><p>nap n. 小睡，打盹</p><p>memorize v. 记住，背熟</p>""")))
    assert result.fields["paragraphs_en"] == [PROSE.strip()]
    assert result.fields["paragraphs_zh"] == [zh]


def test_voa_scripts_date_lines_sign_offs_credits_glossary_and_the_translation_after_it():
    zh = "该地区交通网络的快速发展改变了人们的生活、工作和出行方式，官员们周四在首都举行的新闻发布会上说。"
    result = extract_page(html(page(f"""
        <p>Update Required To play the media you will need to either update your browser to a recent version or update your Flash plugin.</p>
        <p>By Anna Matteo</p><p><span class="datetime">2019-6-18</span></p><p>{PROSE}</p><p>I’m Anna Matteo.</p>
        <p>Anna Matteo wrote this story for VOA Learning English with reporting from Kisumu. Peter Lowell was the editor.</p>
        <p>Words in This Story</p><p>app – n. a computer program that performs a special job</p>
        <p>Now it’s your turn. Do you use special tools? Tell us about them in the Comments section below.</p>
        <div id="translation"><p>参考译文</p><p>{zh}</p><p>我是安娜·马特奥。</p></div>""").replace(
        '<div class="info">时间:2021-04-30 10:15 来源:Xinhua</div>', "")))
    assert result.fields["paragraphs_en"] == [PROSE.strip()]
    assert result.fields["paragraphs_zh"] == [zh]
    assert (result.fields["author"], result.fields["published"]) == ("Anna Matteo", "2019-06-18")


def test_an_editors_note_label_table_headers_and_photo_credits_are_not_text():
    zh = "该地区交通网络的快速发展改变了人们的生活、工作和出行方式，官员们周四在首都举行的新闻发布会上说。"
    result = extract_page(html(page(f"""
        <p><span class="label">编者按</span></p><table><tr><th>English</th><th>中文</th></tr>
        <tr><td>{PROSE}</td><td>{zh}</td></tr></table>
        <p align="center">2019年6月17日，一群黑尾塍鹬在天津滨海新区修复后的湿地滩涂上歇脚。[中国网 黄兴 摄]</p>""")))
    assert result.fields["paragraphs_en"] == [PROSE.strip()]
    assert result.fields["paragraphs_zh"] == [zh]


def test_player_boxes_original_titles_reminders_lead_ins_and_photo_sources_are_not_text():
    zh = "该地区交通网络的快速发展改变了人们的生活、工作和出行方式，官员们周四在首都举行的新闻发布会上说。"
    result = extract_page(html(page(f"""
        <div class="listen-along"><p>【跟读练习】点击下方音频，跟着主播朗读全文</p><audio src="a.mp3"></audio>
        <p class="listen-tip">Listen and repeat<br/>听一句，跟读一句</p></div>
        <p>原标题：普洱：无人机“上岗”巡护千年古茶园</p><p>导读：阅读英语新闻是提高英语阅读能力的好方法。</p>
        <p>{PROSE}</p><p>{zh}</p><p>考试吧提醒：2019年6月英语四六级考试已于6月15日结束，点击预约成绩查询短信提醒>></p>
        <p align="center">2019年6月15日，陕西西安一处夜市。（图片来源：视觉中国）</p>
        <table class="ContnetPageGuide"><tr><td>本文导航</td></tr></table><p>文章责编：zhangyu</p>""")))
    assert result.fields["paragraphs_en"] == [PROSE.strip()]
    assert result.fields["paragraphs_zh"] == [zh]


def test_self_media_decoration_promotions_credits_and_a_glossary_box_before_the_text():
    zh = "该地区交通网络的快速发展改变了人们的生活、工作和出行方式，官员们周四在首都举行的新闻发布会上说。"
    result = extract_page(html(page(f"""
        <p>👆点击上方蓝字，关注“英语晨读社”</p><blockquote><p>今日词汇</p><p>night-time economy 夜间经济</p></blockquote>
        <p>▼</p><p>🌿🌿🌿</p><p>【双语阅读】</p><p>{PROSE}</p><p>{zh}返回搜狐，查看更多</p><p>🎧 建议先通读英文，再对照下方参考译文</p>
        <p>往期推荐</p><p>—— END ——</p><p>编辑 | 晨读君 审核 | Lily</p><p>本文由英语晨读社整理，转载请联系授权。</p>""")))
    assert result.fields["paragraphs_en"] == [PROSE.strip()]
    assert result.fields["paragraphs_zh"] == [zh]


def test_a_two_line_caption_platform_statements_bylines_and_arrow_promos():
    zh = "该地区交通网络的快速发展改变了人们的生活、工作和出行方式，官员们周四在首都举行的新闻发布会上说。"
    result = extract_page(html(page(f"""
        <p>文 | 周然</p><p class="one-p"><img src="p.jpg"></p><p style="text-align:center">Residents stroll through a night market.</p>
        <p style="text-align:center">6月15日，市民在陕西西安一处夜市游逛。</p><p>{PROSE}</p><p>{zh}</p>
        <p>▼ 点击关注，和小编一起每天学一点英语 ▼</p><p>素材来源：China Daily</p>
        <div class="post_statement"><p>Notice: The content above is uploaded and posted by a user of NetEase Hao.</p></div>""")))
    assert result.fields["paragraphs_en"] == [PROSE.strip()]
    assert result.fields["paragraphs_zh"] == [zh]
    assert result.fields["author"] == "周然"


def test_version_labels_further_reading_labels_and_reprint_notices_are_not_text():
    result = extract_page(html(page(f"""<p>{PROSE}</p><p><strong>English Version</strong></p>
        <p>本文系观察者网独家稿件，文章内容纯属作者个人观点，不代表平台观点，未经授权，不得转载。</p><p>延伸阅读：</p>""")))
    assert result.fields["paragraphs_en"] == [PROSE.strip()] and result.fields["paragraphs_zh"] == []


def test_page_numbers_staff_credits_bracketed_editors_and_a_logo_after_the_last_paragraph():
    result = extract_page(html(page(f"""<p>光明网记者 周洁</p><p>{PROSE}</p><p>1</p><p>2</p>
        <p>{PROSE}again.<a href="https://www.gmw.cn"><img src="https://img.gmw.cn/pic/content_logo.png"></a></p>
        <p>光明网记者 周洁 摄</p><p>[ 责编：刘畅 ]</p>""")))
    assert result.fields["paragraphs_en"] == [PROSE.strip(), PROSE + "again."]
    assert result.fields["paragraphs_zh"] == []


def test_a_feature_opening_a_spaced_author_line_a_translator_credit_and_a_video_caption():
    # 中新社 features open with the dateline and the headline (题：…), a dateline the text keeps, and a bare 作者 line.
    zh = "该地区交通网络的快速发展改变了人们的生活、工作和出行方式，官员们周四在首都举行的新闻发布会上说。"
    result = extract_page(html(page(f"""<p>中新社北京6月3日电 题：一个足够长的标题</p><p>作者 刘洋</p>
        <p>{PROSE}</p><p>{zh}</p><div class="video_area"><p class="video_caption">视频：社区辅导作业现场 来源：中新网浙江</p></div>
        <p>（英文翻译：李悦 审校：Mark Henderson）</p>""")))
    assert result.fields["paragraphs_en"] == [PROSE.strip()]
    assert result.fields["paragraphs_zh"] == ["中新社北京6月3日电 题：一个足够长的标题", zh]


def test_an_abstract_and_a_bare_glossary_of_terms_after_the_translation_are_not_text():
    zh = "该地区交通网络的快速发展改变了人们的生活、工作和出行方式，官员们周四在首都举行的新闻发布会上说。"
    result = extract_page(html(page(f"""<div class="abs">摘要：据报道，该地区交通网络的快速发展改变了人们的生活……</div>
        <p>{PROSE}</p><p>{zh}</p><p><strong>【双语汇】</strong></p><p>sleeper train 卧铺列车</p>
        <p>short-haul flight 短途航班</p><p>relic 遗物；遗迹</p>""")))
    assert result.fields["paragraphs_en"] == [PROSE.strip()]
    assert result.fields["paragraphs_zh"] == [zh]


def test_a_footer_copyright_notice_does_not_pull_the_container_up_to_the_page():
    # Short text and a footer's Chinese legalese: the container must stay the article's.
    en = "Lopez is one of 46 international students from 19 countries taking part in a two-week workshop."
    zh = "洛佩斯是参加为期两周京剧工作坊的46名留学生之一，他们来自19个国家，课程内容包括唱腔和基本功。"
    body = f"""<html><head><title>Foreign students try Peking Opera - Site</title></head><body>
        <div class="main"><h1>Foreign students try Peking Opera</h1><div class="text"><p>{en}</p><p>{zh}</p></div></div>
        <div class="pagebottom"><p>本网站所刊载信息，不代表中新社和中新网观点。 刊用本网站稿件，务经书面授权。</p>
        <p>未经授权禁止转载、摘编、复制及建立镜像，违者将依法追究法律责任。</p></div></body></html>"""
    result = extract_page(html(body))
    assert result.kind == "article"
    assert result.fields["paragraphs_zh"] == [zh]


def test_a_boxed_words_to_know_list_slash_credits_and_video_credits_end_nothing_but_themselves():
    zh = "该地区交通网络的快速发展改变了人们的生活、工作和出行方式，官员们周四在首都举行的新闻发布会上说。"
    result = extract_page(html(page(f"""<div class="cmsVideo"><div class="video-desc">Liu Guifen folds dumplings at her stall. /CGTN</div></div>
        <div class="text en"><p>{PROSE}</p></div>
        <div class="vocab-box"><div class="vocab-title">Words to know</div><ul><li><b>gunwale</b> n. 船舷</li><li><b>stern</b> n. 船尾</li></ul></div>
        <div class="lang-divider">中文版</div><div class="text zh"><p>{zh}</p></div>
        <div class="text en"><p>Videographer: Xu Hang</p><p>Video editor: Lin Qiao</p>
        <p>Chinese translation by Zhou Yan 翻译：周妍</p><p>(Cover: Workers sort oyster shells at a yard. /CFP)</p></div>""")))
    assert result.fields["paragraphs_en"] == [PROSE.strip()]
    assert result.fields["paragraphs_zh"] == [zh]


def test_an_embedded_tweet_and_a_caption_closed_by_its_credit_are_not_text():
    result = extract_page(html(page(f"""<p>{PROSE}</p>
        <blockquote class="twitter-tweet"><p lang="en">Eleven hours on the K-train through the mountains, two card games with a family from Zunyi. Best day of the trip.</p>
        &mdash; Slow Rail Notes (@slowrail_notes) <a href="https://twitter.com/slowrail_notes/status/1801934472260198519">June 14, 2024</a></blockquote>
        <p class="video_desc">The Qingshui crew crosses the finish line on Hongfeng Lake, on June 2, 2024. Video: Xinhua</p>""")))
    assert result.fields["paragraphs_en"] == [PROSE.strip()]


def test_copy_editor_and_comment_lines_app_promos_and_a_bold_byline_with_the_paper():
    zh = "该地区交通网络的快速发展改变了人们的生活、工作和出行方式，官员们周四在首都举行的新闻发布会上说。"
    result = extract_page(html(page(f"""<p><strong>文｜财新 方知远</strong></p><p>{zh}</p><p>{PROSE}</p>
        <p>Copyedited by Rory Hale</p><p>Comments to zhangqian@bjreview.com</p>
        <p><a href="/app/">Download our app</a> to receive breaking news alerts and read the news on the go.</p>""")))
    assert result.fields["paragraphs_en"] == [PROSE.strip()]
    assert result.fields["paragraphs_zh"] == [zh]


def test_a_wechat_posts_promo_cover_headline_lead_box_and_sentence_analysis():
    zh = "该地区交通网络的快速发展改变了人们的生活、工作和出行方式，官员们周四在首都举行的新闻发布会上说。"
    result = extract_page(html(page(f"""<section style="text-align:center"><img src="banner.gif"></section>
        <p style="text-align:center"><span>点击上方</span><strong>蓝字</strong><span>关注我们，每天一篇双语新闻</span></p>
        <section style="text-align:center"><img src="cover.jpg"></section>
        <p style="text-align:center"><strong><span>夜班火车重新赢得年轻旅客</span></strong></p>
        <p style="text-align:center"><span>作者：周屿</span></p>
        <section><p><strong>导读</strong></p><p>不赶时间的年轻人，为什么重新爱上了卧铺车厢？</p></section>
        <p>{PROSE}</p><p>{zh}</p>
        <section><strong>🔍 长难句解析</strong></section><p>Stallholders pay lower rents than in commercial markets.</p>
        <p>【分析】主干是 Stallholders pay lower rents；than in commercial markets 是比较状语。</p>""")))
    assert result.fields["paragraphs_en"] == [PROSE.strip()]
    assert result.fields["paragraphs_zh"] == [zh] and result.fields["title_zh"] == "夜班火车重新赢得年轻旅客"
    assert result.fields["author"] == "周屿"


def test_a_dek_under_the_headline_and_a_closing_header_image_credit_are_not_text():
    result = extract_page(html(page(f"""<div class="index_summary">Tents and portable stoves now sit beside the guidebooks in one city.</div>
        <p>{PROSE}</p><p>(Header image: A family sets up a borrowed tent on a riverside lawn, June 8, 2024. VCG)</p>""")))
    assert result.fields["paragraphs_en"] == [PROSE.strip()]


def test_a_translation_label_before_each_chinese_paragraph_and_exam_sections_after_the_text():
    zh = "该地区交通网络的快速发展改变了人们的生活、工作和出行方式，官员们周四在首都举行的新闻发布会上说。"
    result = extract_page(html(page(f"""<p>{PROSE}</p><p><strong>【译文】</strong>{zh}</p>
        <p><strong>【考点解析】</strong></p><p>1. 第二段 or rather the lack of it 中的 it 指代 speed，此类结构是态度题考点。</p>
        <p><strong>【阅读理解】</strong></p><p>1. What does the author mean by saying that the working day "fades" into the evening?</p>
        <p>[A] Employees now work fewer hours than before.</p><p>【参考答案】1. B　2. C</p>""")))
    assert result.fields["paragraphs_en"] == [PROSE.strip()]
    assert result.fields["paragraphs_zh"] == [zh]


def test_a_forum_posts_edit_note_print_issue_translators_note_and_serial_seams():
    zh = "该地区交通网络的快速发展改变了人们的生活、工作和出行方式，官员们周四在首都举行的新闻发布会上说。"
    result = extract_page(html(page(f"""<p>本帖最后由 青柠 于 2024-5-21 10:02 编辑</p><p>{PROSE}</p><p>{zh}</p>
        <p>（未完，接下楼）</p><p>译注：“掏耳朵”是成都茶馆的传统服务。</p><p>本文发表于《经济学人》2024年5月18日期</p><p>（全文完）</p>""")))
    assert result.fields["paragraphs_en"] == [PROSE.strip()]
    assert result.fields["paragraphs_zh"] == [zh]


def test_paywall_prompts_and_a_translation_hint_are_not_text():
    result = extract_page(html(page(f"""<p>{PROSE}</p><p>提示：将鼠标移到英文句子上即可查看中文翻译。</p>
        <div class="paywall"><p>会员专享</p><p>敬请登录以便观看全部文章。</p><p>如果您还不是日经中文网会员，请免费注册。</p></div>""")))
    assert result.fields["paragraphs_en"] == [PROSE.strip()] and result.fields["paragraphs_zh"] == []


def test_a_press_releases_end_marks_are_not_text_and_give_the_time():
    result = extract_page(html(page(f"""<p>{PROSE}</p><p>{PROSE}again.</p>
        <p>Ends/Monday, May 20, 2024<br>Issued at HKT 11:45<br>NNNN</p>""").replace("时间:2021-04-30 10:15 ", "")))
    assert result.fields["paragraphs_en"] == [PROSE.strip(), PROSE + "again."]
    assert result.fields["published"] == "2024-05-20T11:45:00+08:00"
    zh_text = ["康乐及文化事务署今日宣布，六间公共图书馆将于七月延长开放时间至晚上十时，方便市民在暑期阅读。",
               "署方发言人表示，延长开放是根据去年秋季的调查结果作出的安排，署方会在月底检讨使用情况。"]
    zh = extract_page(html(page("".join(f"<p>{t}</p>" for t in zh_text)
                                + "<p>完</p><p>2024年5月20日（星期一）<br>香港時間11時45分</p>").replace("时间:2021-04-30 10:15 ", "")))
    assert zh.fields["paragraphs_zh"] == zh_text
    assert zh.fields["published"] == "2024-05-20T11:45:00+08:00"


def test_taiwanese_photo_credits_a_news_glossary_and_an_app_promo_are_not_text():
    text = ["挪威北部一座小鎮為公共圖書館借書證找到新用途：居民現在可以免費借用雪鞋、滑雪板和冰爪。",
            "這項計畫去年冬天開始，最初只有40雙捐贈的雪鞋，存放在圖書館的後方房間。"]
    result = extract_page(html(page(f"""<p>{text[0]}</p><div class="photo"><a href="p.jpg"><img src="p.jpg"></a>
        <p>歸還時有損壞的裝備，會交由當地運動俱樂部的志工修理。（示意圖，路透檔案照）</p></div><p>{text[1]}</p>
        <h4>新聞辭典</h4><p>outgrow：動詞，（因長大而）穿不下、不再適合。</p>
        <p>不用抽 不用搶 現在用APP看新聞 保證天天中獎 點我下載APP 按我看活動辦法</p>""")))
    assert result.fields["paragraphs_zh"] == text


def test_a_blog_platforms_notices_are_not_text_nor_do_they_pull_the_container_up():
    notices = """<div class="c"><p>著作权归作者所有,转载或内容合作请联系作者</p>
    <p>【社区内容提示】社区部分内容疑似由AI辅助生成，浏览时请结合常识与多方信息审慎甄别。</p>
    <p>平台声明：文章内容（如有图片或视频亦包括在内）由作者上传并发布，文章内容仅代表作者本人观点，简书系信息发布平台，仅提供信息存储服务。</p></div>"""
    zh = "东京都政府将从4月起允许职员每周工作四天，官员们希望此举能让职员在养育子女的同时不必搁置自己的职业发展。"
    body = f"""<html><head><title>Tokyo to offer four-day week</title></head><body><section><h1>Tokyo to offer four-day week</h1>
    <article><p>{PROSE}</p><p>{zh}</p><p>{PROSE}again.</p><p>{zh}</p>
    <blockquote><p>今日词汇：landfill n. 垃圾填埋场；borrower n. 借用者</p></blockquote>
    <p>——英文原文来源：Reuters，中文为个人翻译，仅供学习交流。</p></article>{notices}</section></body></html>"""
    fields = extract_page(html(body)).fields
    assert fields["paragraphs_zh"] == [zh, zh]
    assert fields["source"] == "Reuters"


def test_a_line_alone_in_the_pictures_box_is_its_caption_and_a_follow_me_line_is_a_promo():
    result = extract_page(html(page(f"""<p>{PROSE}</p><div class="q1"><img src="p.jpg"><div class="q2">资料图：市民在公园步道上散步</div></div>
        <p>{PROSE}again.</p><p>—— 关注我，每天一篇双语新闻，陪你坚持练英语 ——</p>""")))
    assert result.fields["paragraphs_en"] == [PROSE.strip(), PROSE + "again."]
    assert result.fields["paragraphs_zh"] == []


def test_an_app_promo_a_section_label_line_and_an_english_related_label_are_not_text():
    result = extract_page(html(page(f"""<p>类别：文化</p><p>{PROSE}</p><p>{PROSE}again.</p>
        <p>推荐下载：爱语吧「英语头条」App，每天一篇双语新闻，点击单词即可查词</p><p>You might also like:</p>""")))
    assert result.fields["paragraphs_en"] == [PROSE.strip(), PROSE + "again."]
    assert result.fields["paragraphs_zh"] == []


def test_a_media_players_buttons_are_not_text():
    result = extract_page(html(page(f"<p>Embed share</p><p>Pop-out player</p><p>{PROSE}</p><p>{PROSE}again.</p>")))
    assert result.fields["paragraphs_en"] == [PROSE.strip(), PROSE + "again."]


def test_a_teaser_under_the_headline_an_update_note_and_a_follow_us_line_are_not_text():
    zh = ["（德国之声中文网）一家房地产数据机构本周公布的统计显示，今年第一季度柏林新挂牌出租公寓的平均要价创下新高。",
          "在米特区、十字山区等热门城区，新租约的价格往往更高，一居室月租加上杂费超过900欧元已不罕见。"]
    body = f"""<html><head><title>柏林房租再创新高 年轻人被挤出市中心</title></head><body><article><header>
    <h1>柏林房租再创新高 年轻人被挤出市中心</h1><p class="teaser-text">柏林新签租约的平均租金在今年第一季度再创新高，学生和刚参加工作的年轻人越来越难在市中心找到住处，不少人只能搬到城市边缘。</p></header>
    <section class="content">{"".join(f"<p>{t}</p>" for t in zh)}<p>本文最后更新于 2024-05-13 11:20</p>
    <p><strong>DW中文有Instagram！欢迎搜寻dw.chinese，看更多深入浅出的图文与影音报道。</strong></p></section></article></body></html>"""
    assert extract_page(html(body)).fields["paragraphs_zh"] == zh


def test_a_sign_off_a_newsletter_offer_a_grammar_note_an_update_note_and_a_reading_card_are_not_text():
    zh = ["中国当局周一宣布，将在多个城市扩大对网络言论的审查范围，人权组织对此表示关切。",
          "一名律师对本台表示，新规定的措辞含糊，执法部门可能借此任意扩大打击范围。"]
    result = extract_page(html(page("<p>2024.03.28 ｜ 外刊精读 Day 57 ｜ 难度：★★★☆☆</p>" + "".join(f"<p>{t}</p>" for t in zh)
        + "<p>【难句解析】Many pages are stained. 句中 some 指代 some pages。</p>"
        + "<p>（4月5日更新：修正了第三段译文中的一处错误，感谢评论区指正）</p>"
        + "<p>以上是自由亚洲电台记者苏言的采访报道。</p><p>发送空邮件至 mnews-join@rfanews.org，每天免费收到自由亚洲电台的新闻摘要。</p>"
        + f"<p>原文 Original</p><p>{PROSE}</p>")))
    assert result.fields["paragraphs_zh"] == zh
    assert result.fields["paragraphs_en"] == [PROSE.strip()]


def test_a_bracketed_dateline_stays_with_its_sentence_and_a_papers_closing_mark_is_not_text():
    zh = ["【共同社5月20日电】据多名日本政府相关人士20日透露，政府计划从2025年度起扩充向地方自治体派遣防灾专员的制度。",
          "政府希望借此弥补小规模自治体在灾害应对方面的人手不足，相关预算将在年底前确定。"]
    result = extract_page(html(page("".join(f"<p>{t}</p>" for t in zh) + "<p>（中時新聞網）</p>")))
    assert result.fields["paragraphs_zh"] == zh


def test_a_caption_that_forbids_reposting_is_not_text():
    result = extract_page(html(page(f"<p>{PROSE}</p><p>首尔市安全巡逻队员在盘浦汉江公园进行救生演练（资料图片）。 韩联社/首尔市政府供图（图片严禁转载复制）</p><p>{PROSE}again.</p>")))
    assert result.fields["paragraphs_zh"] == []


def test_an_editors_credit_glued_to_the_last_paragraph_is_cut_off():
    last = "氣象署也提醒，梅雨季期間天氣變化大，民眾可多利用氣象署網站查詢最新的雷達回波與即時雨量資訊。"
    first = "中央氣象署今天表示，梅雨鋒面明天起影響台灣，各地將有較大雨勢，民眾應注意防範坍方與落石。"
    result = extract_page(html(page(f"<p>{first}</p><p>{last}（編輯：吳怡靜）1130520</p>")))
    assert result.fields["paragraphs_zh"] == [first, last]


def test_a_chapo_a_self_promo_box_and_a_read_more_embeds_label_are_not_text():
    zh = ["根据巴黎市政府公布的最新数据，五月上旬在塞纳河多个取样点进行的检测中，部分样本的大肠杆菌含量超标。",
          "为了让塞纳河达到可以游泳的水平，法国政府和巴黎市近年来投入了约十四亿欧元，用于修建大型雨水蓄水池。",
          "巴黎奥组委表示，赛事方案中已经预留了备用日期，如果比赛当天水质不达标，相关项目可以顺延。"]
    body = f"""<html><head><title>塞纳河水质仍是考验</title></head><body><article>
    <h1>塞纳河水质仍是考验</h1>
    <p class="t-content__chapo">距离巴黎奥运会开幕不到七十天，塞纳河的水质仍是组委会和市政府面临的一大考验。最新一轮检测结果时好时坏，引发外界对公开水域游泳和铁人三项赛事能否如期举行的讨论，许多市民也在关注。</p>
    <div class="t-content__body"><p>{zh[0]}</p>
    <div class="m-em-link"><span class="m-em-link__label">阅读更多</span><a href="/cn/x/20240518-y"><p>欧盟与东盟启动海洋塑料垃圾联合监测计划</p></a></div>
    <p>{zh[1]}</p><div class="o-self-promo o-self-promo--app"><p class="o-self-promo__text">下载法广应用程序，随时随地追踪国际新闻</p>
    <a href="/cn/app">下载</a></div><p>{zh[2]}</p></div></article></body></html>"""
    assert extract_page(html(body)).fields["paragraphs_zh"] == zh


def test_a_lead_in_a_named_box_an_inline_caption_a_vocabulary_list_a_study_note_and_app_prompts_are_not_text():
    zh = ["天文台預測，受強烈東北季候風影響，周四市區最低氣溫約十一度，新界部分地區會再低兩三度。",
          "天文台提醒市民，早晚溫差較大，外出時應添衣保暖，長者及長期病患者尤其要留意身體狀況。",
          "社會福利署表示，轄下多個臨時避寒中心將於周三晚上開放，有需要的市民可前往入住。"]
    body = f"""<html><head><title>寒冷天氣｜天文台料周四市區最低11度</title></head><body><article>
    <h1>寒冷天氣｜天文台料周四市區最低11度</h1>
    <div class="views-field-field-news-story-lead"><div class="field-content"><p>天文台表示，今冬至今最冷的早上可能在周四出現，市區氣溫預料降至十一度左右，市民需注意保暖。</p></div></div>
    <div class="text"><div class="pic"><div class="lazyload-wrapper"><img src="a.jpg"></div><span class="img-caption">市民外出應添衣保暖。（資料圖片／黃寶瑩攝）</span></div>
    <p>{zh[0]}</p><p>【01新聞】天氣資訊隨時睇，即追蹤香港01 WhatsApp頻道：<a href="/wa">按此追蹤</a></p><p>{zh[1]}</p>
    <p>【01新聞】國際大事一網打盡，下載香港01 App睇更多：<a href="/app">立即下載</a></p><p>{zh[2]}</p>
    <div class="vocab-box"><h3>生字表 Vocabulary</h3><ul><li><strong>membrane</strong>（n.）薄膜</li><li><strong>absorb</strong>（v.）吸收</li></ul></div>
    <p>（英文原文及中文翻譯由01教育編輯部撰寫，僅供學習參考。）</p></div></article></body></html>"""
    assert extract_page(html(body)).fields["paragraphs_zh"] == zh


def test_a_discussion_boards_rules_and_a_word_notes_heading_are_not_text():
    pairs = [("Overnight sleeper trains are returning to Europe's rails as travellers look for greener options.",
              "夜間臥鋪列車正重新回到歐洲鐵道上，因為旅客正在尋找更環保的替代方案。"),
             ("Several national rail operators have added new routes in the past two years.",
              "過去兩年，多家國營鐵路公司新增了路線。")]
    text = "".join(f"<p>{en}</p><p>{zh}</p>" for en, zh in pairs)
    body = f"""<html><head><title>Night trains return to Europe's rails</title></head><body><main>
    <article><h1>Night trains return to Europe's rails 歐洲夜車重返鐵道</h1><section class="editor">{text}
    <p><strong>字詞解析</strong></p><p>1. relic (n.) 遺物；過時的東西</p><p>2. a fraction of 一小部分</p></section></article>
    <section class="discuss-board"><h2>討論區</h2><ul><li>留言內容不得涉及違法、誹謗或侵害他人權益，違者須自負法律責任，本站得逕行刪除並停止留言權限。</li>
    <li>經網友檢舉或本站查證為惡意謾罵、內容不實的留言，本站得逕行刪除並停止留言權限，參與討論即表示同意上述規範。</li></ul></section>
    </main></body></html>"""
    fields = extract_page(html(body)).fields
    assert fields["pairs"] == [{"en": en, "zh": zh} for en, zh in pairs]


def test_a_text_box_the_stylesheet_hides_until_a_click_a_papers_lead_in_and_traditional_ad_and_credit_lines():
    # 明報: <div id="upper"> shown, <div id="lower"> hidden by a <style> rule until a script shows it
    zh = ["【明報專訊】運輸署前晚宣布，6月起在3條紅色小巴路線試行電子支付，乘客可用八達通及手機二維碼付款。",
          "首階段參與試驗的路線，包括來往旺角與觀塘、銅鑼灣與筲箕灣，以及荃灣與元朗的紅色小巴。",
          "在旺角揸紅van逾20年的陳先生表示，近年乘客愈來愈少帶現金，認為電子支付可加快上落客。",
          "小巴商會一名負責人說，業界支持與時並進，但希望當局資助讀卡器及後台系統開支。"]
    body = f"""<html><head><title>紅van電子支付試驗下月起</title><style>#topimage, #lower{{display:none;}}</style></head><body>
    <hgroup><h1>紅van電子支付試驗下月起</h1></hgroup><article class="txt4"><div id="upper"><p>{zh[0]}</p></div>
    <div id="lower"><p>{zh[1]}</p><div class="inRead"><div class="adlabel">廣告</div></div><p>{zh[2]}</p><p>{zh[3]}</p>
    <p>（中文翻譯由明報教育組提供）</p><p>（原文刊於2024年5月16日《明報》社評）</p></div></article></body></html>"""
    assert extract_page(html(body)).fields["paragraphs_zh"] == zh


def test_an_embedded_posts_consent_banner_a_podcast_promo_and_a_date_line_with_its_update_are_not_text():
    zh = ["在肯尼亚东部的半干旱地区，越来越多的农民开始在玉米地和豆田之间种下果树和耐旱树种。",
          "过去几年，这一地区接连遭遇雨季失收，单靠种植粮食作物越来越难以维持生计。",
          "一家当地环保组织为村民提供树苗和培训，教他们如何把树木与农作物搭配种植。"]
    body = f"""<html><head><title>肯尼亚农民种树保水</title></head><body><main><h1>肯尼亚农民种树保水</h1>
    <div><p>2024年5月16日最近更新：2024年5月17日</p></div><div><p>{zh[0]}</p></div>
    <div><div data-e2e="twitter-embed-https://twitter.com/BBCAfrica/status/1789934521187008512"><div data-testid="consentBanner">
    <h2>允许Twitter内容</h2><p>此文包含Twitter提供的内容。由于这些内容会使用曲奇或小甜饼等科技，我们在加载任何内容前会寻求您的认可。</p></div>
    <span>结尾 Twitter 帖子</span></div></div><div><p>{zh[1]}</p></div>
    <div><section data-e2e="podcast-promo"><strong>Podcast</strong><p>BBC國際台粵語節目，重溫一周國際大事，兩岸四地消息，英國境況。</p></section></div>
    <div><p>{zh[2]}</p></div></main></body></html>"""
    assert extract_page(html(body)).fields["paragraphs_zh"] == zh


def test_a_photographers_credit_in_brackets_and_a_bilingual_study_label_are_not_text():
    zh = ["霍特表示，北歐國家的防災教育從小學就開始，每個家庭都會準備至少三天份的飲水和食物。",
          "他認為，台灣社會在面對天災時展現的互助精神，是建立韌性最重要的基礎之一。"]
    body = f"""<html><head><title>北歐韌性研究所所長霍特演講</title></head><body><h1>北歐韌性研究所所長霍特演講</h1>
    <div class="text"><p>{zh[0]}</p><div class="dnd-caption-wrapper"><div class="meta-caption"><p>霍特在演說中多次以北歐家庭的防災習慣為例。（陳柏勳攝）</p></div></div>
    <h3>对话练习 · Practice dialogue</h3><p>{zh[1]}</p></div></body></html>"""
    assert extract_page(html(body)).fields["paragraphs_zh"] == zh


def test_an_editor_and_proofreader_line_without_colons_is_not_text():
    # 新京报: <p class="editor" style="text-align: right;">编辑 赵然 校对 柳宝庆</p>
    zh = "北京公交集团发布消息，自5月25日起，将对12条公交线路进行优化调整，重点加强与轨道交通站点的接驳，方便乘客换乘。"
    fields = extract_page(html(page(f"<p>{zh}</p><p>{zh}</p><p>编辑 赵然 校对 柳宝庆</p>"))).fields
    assert fields["paragraphs_zh"] == [zh, zh]


def test_a_lone_editor_line_without_a_colon_and_a_this_articles_editor_line_are_not_text():
    # 封面新闻's closing "编辑 刘浩", 东方网's "本文编辑：顾晓雯"
    zh = "北京公交集团发布消息，自5月25日起，将对12条公交线路进行优化调整，重点加强与轨道交通站点的接驳，方便乘客换乘。"
    for credit in ("编辑 刘浩", "本文编辑：顾晓雯"):
        fields = extract_page(html(page(f"<p>{zh}</p><p>{zh}</p><p>{credit}</p>"))).fields
        assert fields["paragraphs_zh"] == [zh, zh], credit


def test_wordpress_page_links_a_vocabulary_heading_a_news_source_line_and_a_readers_level_are_not_text():
    # Journeying HK: "英文點講好?" over a ul.vocab, "頁數： 1 2", "新聞來源：RTHK"; Chinese Reading Practice's "Level: HSK 4"
    zh = "逾四萬八千名歌迷周六晚擠滿啟德體育園主場館，欣賞場館首場大型演唱會，結束了多年來香港欠缺現代化戶外場地的抱怨。"
    fields = extract_page(html(page(f"""<p><em>Level: HSK 4</em></p><p>{zh}</p><p>{zh}</p><p>新聞來源：RTHK</p>
        <h3>英文點講好?</h3><ul class="vocab"><li><strong>packed / sold-out</strong> 座無虛席</li></ul>
        <div class="page-links">頁數： <span>1</span> <a href="/x/2/">2</a></div>"""))).fields
    assert fields["paragraphs_zh"] == [zh, zh] and fields["paragraphs_en"] == []


def test_a_papers_byline_across_a_bar_a_byline_with_its_editor_a_leader_writer_and_an_accounts_plug_are_not_text():
    # 北京日报's "北京日报客户端 | 记者 孙云柯"; 每经's "每经记者 王一鸣 李思琪 每经编辑 陈俊杰", "每经评论员 许涵",
    # and its closing "每经头条（nbdtoutiao）——<another story's headline>"
    zh = "北京公交集团发布消息，自5月25日起，将对12条公交线路进行优化调整，重点加强与轨道交通站点的接驳，方便乘客换乘。"
    for credit in ("北京日报客户端 | 记者 孙云柯", "每经记者 王一鸣 李思琪 每经编辑 陈俊杰", "每经评论员 许涵"):
        assert extract_page(html(page(f"<p>{credit}</p><p>{zh}</p><p>{zh}</p>"))).fields["paragraphs_zh"] == [zh, zh], credit
    plug = "<p><strong>每经头条（nbdtoutiao）——6月楼市“新政”密集落地，多城首付比例下调后售楼处来电量明显增加</strong></p>"
    assert extract_page(html(page(f"<p>{zh}</p><p>{zh}</p>{plug}"))).fields["paragraphs_zh"] == [zh, zh]


def test_an_article_introduction_box_with_its_label_is_a_standfirst():
    # 15Mins: <div class="post-intro"><p class="intro-label">文章導讀</p><p>…</p></div> opening the text
    zh = "京都市政府宣布，自七月起限制大型觀光巴士在旺季駛入東山寺廟區，並增設接駁車路線，希望紓緩居民通勤壓力。"
    fields = extract_page(html(page(f"""<div class="post-intro"><p class="intro-label">文章導讀</p>
        <p>京都東山一帶的寺廟每到旺季就被觀光巴士塞滿，居民連搭公車都擠不上去。</p></div><p>{zh}</p><p>{zh}</p>"""))).fields
    assert fields["paragraphs_zh"] == [zh, zh]


def test_a_list_of_key_points_in_a_summary_box_is_a_standfirst():
    # 多维新闻: div.summary > ul > li > p over the text; a plain list inside the text stays
    zh = "五月十五日召开的国务院常务会议研究部署进一步稳就业的政策措施，要把高校毕业生等青年就业摆在更加突出的位置。"
    points = '<div class="summary"><ul><li><p>国常会提出扩大企业吸纳毕业生补贴范围</p></li><li><p>今年高校毕业生预计达1179万人</p></li></ul></div>'
    fields = extract_page(html(page(f"{points}<p>{zh}</p><p>{zh}</p>"))).fields
    assert fields["paragraphs_zh"] == [zh, zh]
    listed = '<div class="body"><ul><li><p>今年高校毕业生预计达1179万人，同比增加二十一万人。</p></li></ul></div>'
    assert len(extract_page(html(page(f"<p>{zh}</p>{listed}<p>{zh}</p>"))).fields["paragraphs_zh"]) == 3


def test_a_translation_shown_on_demand_after_the_vocabulary_ends_the_glossary():
    # Chinese Reading Practice: the Chinese text, "Vocabulary", then a spoiler "Show English Translation" holding the English
    zh = ["马来西亚槟城州乔治市的周五夜市，上周五晚上在停办四年后重新开张，吸引了大批市民和游客前来。",
          "夜市设在牛干冬街一带，全长大约六百米，共有一百二十多个摊位，卖的有炒粿条、煎蕊和椰浆饭。"]
    en = ["The Friday night market in George Town, in the Malaysian state of Penang, reopened last Friday after a four-year break.",
          "The market runs along Lebuh Chulia for about 600 metres and has more than 120 stalls selling local food."]
    fields = extract_page(html(page(f"""<p>{zh[0]}</p><p>{zh[1]}</p><h3>Vocabulary</h3><p>夜市 – yè shì – night market<br>摊位 – tān wèi – stall</p>
        <div class="su-spoiler su-spoiler-closed"><div class="su-spoiler-title">Show English Translation</div>
        <div class="su-spoiler-content"><p>{en[0]}</p><p>{en[1]}</p></div></div>"""))).fields
    assert fields["paragraphs_zh"] == zh and fields["paragraphs_en"] == en


def test_a_pull_quote_ending_its_sentence_where_the_text_runs_on_and_a_follow_us_promo_are_not_text():
    # The China Post: <blockquote class="td_quote_box">“…eat more healthily.”</blockquote> of "…healthily,” she said.";
    # 港人講地's "請Follow我們的YouTube頻道:https://bit.ly/… 下載我們的手機應用程式…"
    said = "Ms. Lin said she prepares five days' worth of dishes every Sunday night. “I save about NT$3,000 a month, and I eat more healthily,” she said."
    fields = extract_page(html(page(f"""<p>{PROSE}</p><p>{said}</p><blockquote class="td_quote_box"><p>“I save about NT$3,000 a month, and I eat more healthily.”</p></blockquote>
        <p>{PROSE}again.</p>"""))).fields
    assert fields["paragraphs_en"] == [PROSE.strip(), said, PROSE + "again."]
    zh = "政府宣布調低部分物業交易印花稅的新措施下月一日生效，有地產代理預計二手住宅成交量在首個月可回升約一成。"
    promo = "請Follow我們的YouTube頻道:https://bit.ly/2kgU8qg 下載我們的手機應用程式,收看第一手精彩內容:https://www.speakout.hk/app 瀏覽我們的IG:https://www.instagram.com/speakouthk/"
    assert extract_page(html(page(f"<p>{zh}</p><p>{zh}</p><p>{promo}</p>"))).fields["paragraphs_zh"] == [zh, zh]


def test_a_sentences_study_note_and_a_reporters_line_with_spaced_names_are_not_text():
    # FUNDAY: <div class="sentence"><p class="en">…</p><p class="zh">…</p><p class="vocab">switch off關掉</p></div>;
    # 央视网's "记者　刘晓晨　王浩" opening the text
    en = ["Governments have asked businesses to lower their cooling and to switch off lights in empty offices.",
          "Scientists warn that heat waves in Europe are arriving earlier and lasting longer than they did before."]
    zh = ["各國政府要求企業調降冷氣強度,並關閉無人辦公室的燈光，以減輕電網負擔。", "科學家警告,歐洲熱浪比30年前來得更早、持續得更久，影響也更廣。"]
    sentences = "".join(f'<div class="sentence"><p class="en">{e}</p><p class="zh">{z}</p><p class="vocab">{v}</p></div>'
                        for e, z, v in zip(en, zh, ("switch off關掉", "warn(v.)警告last(v.)持續")))
    fields = extract_page(html(page(sentences))).fields
    assert fields["paragraphs_en"] == en and fields["paragraphs_zh"] == zh
    line = "　　北京市今年将新建改建口袋公园和小微绿地50处，让市民出门就能见到绿色，享受更多休闲空间。"
    assert extract_page(html(page(f"<p>　　记者　刘晓晨　王浩</p><p>{line}</p><p>{line}</p>"))).fields["paragraphs_zh"] == [line.strip()] * 2


def test_a_hidden_tab_repeating_the_shown_text_is_read_once():
    # VOA英语网: #tab_fanyi_con1 (English and Chinese), #tab_fanyi_con2 style="display:none" (the English again)
    en = [PROSE.strip(), PROSE + "again."]
    zh = ["该地区交通网络的快速发展改变了人们的生活、工作和出行方式，官员们周四说。", "官员们表示，新的铁路线将在明年年底前全部投入运营。"]
    shown = "".join(f"<p>{e}</p><p>{z}</p>" for e, z in zip(en, zh))
    hidden = "".join(f"<p>{e}</p>" for e in en)
    fields = extract_page(html(page(f'<div id="tab_fanyi_con1">{shown}</div><div id="tab_fanyi_con2" style="display:none">{hidden}</div>'))).fields
    assert fields["paragraphs_en"] == en and fields["paragraphs_zh"] == zh


def test_an_english_headline_under_an_ad_banner_is_no_caption():
    # 英文巴士: <div class="a_af"><a href="/catti/"><img …></a></div> then the bold, centred English headline
    # (44 characters: a headline counted in words, not in Chinese characters) over the Chinese one
    en = "Young people in the city are turning to museums on weekend dates this spring, a survey found."
    zh = "一项调查发现，今年春天城里的年轻人周末约会时越来越多地选择去博物馆。"
    text = ('<div class="a_af"><a href="/catti/"><img src="/banner.jpg" alt="CATTI"></a></div>'
            '<p style="text-align: center;"><strong><span>Beijing adds 30 pocket parks ahead of summer</span></strong></p>'
            f"<p><strong>北京新增30处口袋公园迎接夏季</strong></p><p>{en}</p><p>{zh}</p><p>{en}</p><p>{zh}</p>")
    fields = extract_page(html(page(text, title="北京新增30处口袋公园迎接夏季"))).fields
    assert (fields["title"], fields["title_zh"]) == ("Beijing adds 30 pocket parks ahead of summer", "北京新增30处口袋公园迎接夏季")


def test_a_box_over_the_paragraphs_saying_what_the_description_says_is_a_standfirst():
    # 公視: <div class="articleimg">…</div><p>…</p> where the box repeats <meta name="description">
    summary = "今年第一波梅雨鋒面預計週四起影響台灣，氣象署提醒，中南部山區可能出現豪雨等級降雨。"
    zh = "連日悶熱的天氣即將轉變，氣象署指出，滯留在華南一帶的梅雨鋒面將逐漸南移，全台各地都有機會出現短時強降雨。"
    body = page(f'<div class="articleimg">{summary}</div><p>{zh}</p><p>{zh}</p><p>{zh}</p>').replace(
        "</title>", f'</title><meta name="description" content="{summary[:30]}…">', 1)
    assert extract_page(html(body)).fields["paragraphs_zh"] == [zh, zh, zh]
    # a box that is the text's first paragraph, not its summary, stays
    assert len(extract_page(html(page(f'<div class="articleimg">{summary}</div><p>{zh}</p><p>{zh}</p><p>{zh}</p>'))).fields["paragraphs_zh"]) == 4


def test_a_papers_own_report_marker_stays_and_a_comments_box_named_in_pinyin_is_not_text():
    # 澳門日報's "【本報消息】…" (like 明報's 【明報專訊】) opens its sentence; EmpireCMS's div.pinglun > 网友评论
    zh = "為配合學生備考及市民夜間閱讀需要，文化局轄下三間公共圖書館將由下月一日起延長開放時間，試行期為半年。"
    text = f'<p>【本報消息】{zh}</p><p>{zh}</p><p>{zh}</p><div class="pinglun"><div class="pl_tit">网友评论</div></div>'
    assert extract_page(html(page(text))).fields["paragraphs_zh"] == [f"【本報消息】{zh}", zh, zh]


def test_a_reporters_line_of_its_own_is_not_text():
    # Yahoo奇摩's partners: "記者 陳怡安 / 攝影 李明哲 報導", "聯合報／記者張雅婷／台北即時報導"
    zh = "內政部今天在台南舉行跨縣市防災演練，首度納入外語廣播，協助外籍移工與旅客即時掌握避難資訊。"
    for line in ("記者 陳怡安 / 攝影 李明哲 報導", "聯合報／記者張雅婷／台北即時報導"):
        assert extract_page(html(page(f"<p>{line}</p><p>{zh}</p><p>{zh}</p>"))).fields["paragraphs_zh"] == [zh, zh]


def test_a_popup_set_in_the_text_is_not_text():
    # HKFP: <div class="newspack-popup-container newspack-inline-popup"><h2>Support HKFP</h2><p>HKFP is run by …</p></div>
    en = "Leung's orders have fallen by more than half over the past decade, he said, as families opt for cheaper goods."
    popup = '<div class="newspack-popup-container newspack-inline-popup"><h2>Support HKFP</h2><p>HKFP is run by journalists and funded by readers, no tycoons, no shareholders.</p></div>'
    assert extract_page(html(page(f"<p>{en}</p>{popup}<p>{en}</p>"))).fields["paragraphs_en"] == [en, en]


def test_a_paywalls_prompts_and_a_repost_note_are_not_text():
    # 天下雜誌: p.paywall__label 訂戶獨享, p.paywall__title …訂戶專屬內容, p.paywall__desc …無限暢讀…; 本文轉載自《X》
    zh = "這樣的場景，正在中部的螺絲、模具與精密機械聚落一再上演，多家系統整合業者估計入門設備價格已明顯下降。"
    prompts = ("<p>訂戶獨享</p><p>本篇文章為《天下雜誌》訂戶專屬內容</p><p>訂閱天下，每月不到一杯咖啡的價格，就能無限暢讀天下網站全部文章。</p>"
               "<p>本文轉載自《Cheers快樂工作人》，原文標題為〈半導體人轉職潮〉。</p>")
    assert extract_page(html(page(f"<p>{zh}</p><p>{zh}</p>{prompts}"))).fields["paragraphs_zh"] == [zh, zh]


@pytest.mark.parametrize("text, lang", [
    # 今日悉尼: station names in Latin letters outweigh the characters, but the sentence is Chinese
    ("受影响的车站包括Marrickville、Dulwich Hill、Campsie、Belmore、Lakemba、Punchbowl和Bankstown等，其中Campsie和Bankstown是华人居民较为集中的区域。", "zh"),
    # an English sentence beside its translation stays mixed: its words are not all names
    ("The stations affected include Marrickville and Campsie. 受影响的车站包括马里克维尔。", "mixed"),
    ("Chinese Students Win Top Science Awards In Sydney 中国学生在悉尼获科学大奖", "mixed"),  # a title-case headline is no name
])
def test_chinese_prose_naming_places_in_latin_letters_is_chinese(text, lang):
    from newscrawler.extract.content import language_of
    assert language_of(text) == lang


def test_japanese_is_neither_body():
    # 台灣光華 carries a hidden 日本語 panel beside its Chinese and English text
    from newscrawler.extract.content import language_of
    assert language_of("海岸山脈と中央山脈の間を走る鉄道には、すでに切符を売らなくなった小さな駅が数多くある。") == "ja"
    assert language_of("海岸山脉与中央山脉之间的铁路上，有许多早已不再售票的小车站。") == "zh"
    zh = "海岸山脉与中央山脉之间的铁路上，有许多早已不再售票的小车站，列车仍然停靠，候车室却长期冷清。"
    ja = "海岸山脈と中央山脈の間を走る鉄道には、すでに切符を売らなくなった小さな駅が数多くある。"
    assert extract_page(html(page(f"<p>{zh}</p><p>{zh}</p><div style='display:none'><p>{ja}</p></div>"))).fields["paragraphs_zh"] == [zh, zh]


def test_a_magazines_credit_lines_a_filmed_caption_a_tips_box_and_a_lessons_intro():
    # 台灣光華: "文‧林詠晴　圖‧周志偉　翻譯‧Edward Marsh", "Lin Yung-ching /photos by …", a video's "(video by X)" /
    # （X攝影） caption, div.infoBox 賞螢小叮嚀; BBC Learning English: a Chinese intro, then 文字稿, then the text
    zh = "花蓮富里鄉一座無人小站，舊售票口如今端出的是手沖咖啡，在村裡長大的王欣怡三年前從台北返鄉經營。"
    en = "At an unstaffed station in Fuli Township, the old ticket window now serves pour-over coffee to passengers."
    text = (f"<p>文‧林詠晴　圖‧周志偉　翻譯‧Edward Marsh</p><p>Lin Yung-ching /photos by Chou Chih-wei /tr. by Edward Marsh</p>"
            f"<p>{zh}</p><p>{en}</p><p>芳苑潮間帶上，牛車依然是載運蚵仔的主力。（莊育誠攝影）</p>"
            f"<p>Ox carts still carry the oyster harvest across the mudflats. (video by Chuang Yu-cheng)</p>"
            f'<div class="infoBox"><h4>賞螢小叮嚀</h4><p>賞螢季節：每年4月至6月，晚間7時至9時最佳。</p></div><p>{zh}</p><p>{en}</p>')
    fields = extract_page(html(page(text))).fields
    assert (fields["paragraphs_zh"], fields["paragraphs_en"]) == ([zh, zh], [en, en])
    intro = "英国多个地方议会减少了修剪路边草地的次数，让野花自然生长，一项新的调查显示蜜蜂数量明显增加。"
    lesson = f"<p>{intro}</p><p>&nbsp;</p><h3><strong>文字稿</strong></h3><p>{en}</p><p>{zh}</p><p>{en}</p><p>{zh}</p>"
    fields = extract_page(html(page(lesson))).fields
    assert fields["paragraphs_zh"] == [zh, zh]


def test_a_reporters_closing_line_with_their_email_is_not_text():
    # 中央日报中文网: "朴智勋 记者 park.jihoon@joongang.co.kr" after the text
    zh = "韩国统计厅发布的数据显示，今年一季度全国总和生育率降至历史最低水平，政府正在研究新的支持措施。"
    assert extract_page(html(page(f"<p>{zh}</p><p>{zh}</p><p>朴智勋 记者 park.jihoon@joongang.co.kr</p>"))).fields["paragraphs_zh"] == [zh, zh]


def test_credit_lines_an_ad_slots_label_and_a_foreign_agent_disclosure_are_not_text():
    # 星島日報美國版: "文：梁嘉俊", "圖：美聯社", "編譯：馮凱琳　來源：路透社", "星島日報記者 何素芬 紐約報道",
    # span.td-adspot-title "- 廣告 -", p.fara-notice "本材料由 … 司法部獲得。"
    zh = "紐約市府宣布，今年冬季將在五個行政區增設流感疫苗接種站，長者及慢性病患者可免費預約接種。"
    lines = ("文：梁嘉俊", "圖：美聯社", "編譯：馮凱琳　來源：路透社", "星島日報記者 何素芬 紐約報道", "- 廣告 -",
             "本材料由 Sing Tao Newspapers New York Ltd. 代表星島新聞集團有限公司發佈，更多相關信息可從華盛頓特區司法部獲得。")
    for line in lines:
        assert extract_page(html(page(f"<p>{zh}</p><p>{line}</p><p>{zh}</p>"))).fields["paragraphs_zh"] == [zh, zh], line


def test_a_lead_in_labelled_导语_is_not_text():
    # 无忧考网: "【导语】你每天能睡够八个小时吗？下面是无忧考网为大家带来的双语阅读…" opens the text, a blurb of the page
    zh = "研究人员发现，长期睡眠不足的成年人更容易在白天注意力不集中，工作中出错的概率也明显升高。"
    lead = "【导语】你每天能睡够八个小时吗？下面是无忧考网为大家带来的双语阅读，希望对大家的英语学习有所帮助！"
    assert extract_page(html(page(f"<p>{lead}</p><p>{zh}</p><p>{zh}</p>"))).fields["paragraphs_zh"] == [zh, zh]


def test_a_donation_appeal_a_credits_tables_roles_and_a_licence_notice_are_not_text():
    # 報導者: after the text a box of lines whose one link is the donation page (用行動支持報導者 … 立即支持),
    # the CC licence notice, and the credits rows' roles (文字 | 攝影), 責任編輯｜X
    zh = "清晨5點半，山谷裡的霧還沒散，林業保育署的巡查員把車停在台8線一處髮夾彎旁，沿著護欄檢查有沒有新的動物屍體。"
    appeal = ('<div class="elupnQ"><p>用行動支持報導者</p><p>獨立的精神，是自由思想的條件。獨立的媒體，才能守護公共領域，讓自由的討論和真相浮現。</p>'
              '<p>在艱困的媒體環境，《報導者》堅持以非營利組織的模式投入公共領域的調查與深度報導，我們透過讀者的贊助支持來營運。</p>'
              '<div><a href="https://support.twreporter.org#impact"><p>立即支持</p></a></div></div>')
    text = (f'<div><div><div>文字</div><div><a href="/authors/1">林于安</a></div></div><div><div>攝影</div><div><a href="/authors/2">陳家瑋</a></div></div>'
            f'<div>責任編輯｜王亭雅</div></div><p>{zh}</p><p>{zh}</p><p>{zh}</p>{appeal}'
            '<div id="related-post-anchor"><p>本文僅文字內容依 CC 創用姓名標示－非商業性－禁止改作 3.0台灣授權條款釋出，<br/>文中照片不在此授權範圍內。</p></div>')
    assert extract_page(html(page(text))).fields["paragraphs_zh"] == [zh, zh, zh]


def test_a_facts_box_and_credit_lines_报道_整理_are_not_text():
    # 星洲日报: <p><strong>报道：林慧敏　摄影：陈家豪</strong></p> first, <p>整理：叶佩琪</p> last, div.info-box > h4 小知识 + p
    zh = "为协助正在备考的中学生，市政厅辖下的3间社区图书馆从下周一起，将开放时间延长至午夜12时，为期两个月。"
    box = '<div class="info-box"><h4>小知识</h4><p>睡眠专家一般建议，13至18岁的青少年每晚应睡足8至10小时。</p></div>'
    text = f"<p><strong>报道：林慧敏　摄影：陈家豪</strong></p><p>{zh}</p>{box}<p>{zh}</p><p>整理：叶佩琪</p>"
    fields = extract_page(html(page(text))).fields
    assert (fields["paragraphs_zh"], fields["author"]) == ([zh, zh], "林慧敏")


def test_a_reposts_origin_a_poll_and_the_sites_closing_notes_are_not_text():
    # 虎嗅: 本文来自微信公众号：X（ID：…），作者：Y, 出品｜/头图｜ credits, div.vote, 如对本稿件有异议或投诉…, …都在 虎嗅APP
    zh = "过去一年，国内算力租赁市场经历了从一卡难求到大量闲置的急转弯，不少中小服务商的机房上架率跌到五成以下。"
    vote = ('<div class="vote"><div class="vote__title">你认为算力租赁价格会在年内回升吗？</div><div class="vote__option">会，推理需求会补上缺口</div>'
            '<div class="vote__btn">投票</div><div class="vote__time">投票截止时间：2024-05-27 10:39</div></div>')
    text = (f"<p>出品｜虎嗅科技组<br/>作者｜陈默<br/>头图｜AI生成</p><p>本文来自微信公众号：硅基观察室（ID：guiji），作者：林书远，题图来自：视觉中国</p>"
            f"<p>{zh}</p>{vote}<p>{zh}</p><p>如对本稿件有异议或投诉，请联系tougao@huxiu.com</p><p><b>正在改变与想要改变世界的人，都在 <a href='/app/'>虎嗅APP</a></b></p>")
    unsourced = lambda html_: html_.replace("来源:Xinhua", "")  # (the test page's info line names a source)
    fields = extract_page(html(unsourced(page(text)))).fields
    assert (fields["paragraphs_zh"], fields["source"]) == ([zh, zh], "虎嗅科技组")
    fields = extract_page(html(unsourced(page(f"<p>本文来自微信公众号：硅基观察室（ID：guiji），作者：林书远</p><p>{zh}</p><p>{zh}</p>")))).fields
    assert (fields["source"], fields["author"]) == ("硅基观察室", "林书远")


def test_exercises_after_the_text_and_a_translations_toggle_are_not_text():
    # 英语周报: "阅读理解 Reading Comprehension" then questions and options; "显示/隐藏中文译文　建议先独立阅读英文，再对照译文。"
    en = "For centuries, paper-cutting was something grandmothers did by the window before the Spring Festival came round."
    text = (f'<div class="yiwen_btn"><a href="javascript:;">显示/隐藏中文译文</a>　<span>建议先独立阅读英文，再对照译文。</span></div>'
            f"<p>{en}</p><p>{en}</p><h3>阅读理解 Reading Comprehension</h3><p>1. How did Liu Fang help her followers?</p>"
            "<p>A. She sold scissors online. B. She shared simple designs every Friday. C. She opened a school.</p>")
    fields = extract_page(html(page(text))).fields
    assert (fields["paragraphs_en"], fields["paragraphs_zh"]) == ([en, en], [])


def test_a_terms_hidden_note_a_pull_quote_a_charts_caption_and_an_editions_note_are_not_text():
    # 報導者: <abbr title="…">動態警示燈<div class="lMRBDR">note</div></abbr> inside a sentence (.lMRBDR{display:none});
    # <blockquote> repeating a sentence of the text, its <cite>; an Infogram's caption "…（資料來源：X；製圖：Y）"; the English edition's
    # "This story was originally published in Chinese: 中文版"
    zh = "參與規劃的野生動物研究者蘇雅婷指出，通道的位置比數量更重要。「如果通道蓋在動物不走的地方，再漂亮的工程也只是一堆水泥。」"
    text = (f'<div><span>另外在兩處稜線鞍部設置減速標線與</span><abbr title="動態警示燈：一種路側號誌。"><span>動態警示燈</span>'
            f'<div class="lMRBDR">動態警示燈：一種結合紅外線或雷達感測器的路側號誌。</div></abbr><span>，當感測器偵測到動物接近時，燈號便會閃爍。</span></div>'
            f'<p>{zh}</p><div><blockquote>如果通道蓋在動物不走的地方，再漂亮的工程也只是一堆水泥。</blockquote><cite>野生動物研究者 蘇雅婷</cite></div>'
            '<div class="embed"><div class="caption">外垵海岸歷年清出廢棄物重量（資料來源：外垵海岸觀察隊；製圖：黃思齊）</div></div>'
            f'<p>{zh}</p><p>This story was originally published in Chinese: <a href="/a/x">中文版</a></p>')
    body = page(text).replace("<style>", "<style>.lMRBDR{display:none;}").replace("来源:Xinhua", "")
    fields = extract_page(html(body)).fields
    assert fields["paragraphs_zh"] == ["另外在兩處稜線鞍部設置減速標線與動態警示燈，當感測器偵測到動物接近時，燈號便會閃爍。", zh, zh]
    assert (fields["paragraphs_en"], fields["source"]) == ([], None)


def test_a_standfirst_boxed_apart_and_closed_by_a_drawn_rule():
    # 報導者: <div><div class="smmwwA"><div><p>brief</p><p>本文另有英文版：<a>English Version</a></p></div>
    # <div class="AUjqwQ"><svg>…</svg></div></div><p>text</p><h2>crosshead</h2><p>text</p>…</div>
    zh = "清晨5點半，山谷裡的霧還沒散，林業保育署的巡查員把車停在台8線一處髮夾彎旁，沿著護欄檢查有沒有新的動物屍體。"
    brief = "過去5年，台8線中橫公路沿線通報了超過百起野生動物路殺，公路單位開始試辦動物通道，但成效仍待驗證。"
    lead = (f'<div class="smmwwA"><div class="KqNTRE"><p>{brief}</p><p>本文另有英文版：<a href="/a/x-english">English Version</a></p></div>'
            '<div class="AUjqwQ"><svg viewBox="0 0 24 24"><path d="M4 4h16v16H4z"></path></svg></div></div>')
    text = f"<div>{lead}<p>{zh}</p><h2>每年春天的垃圾潮</h2><p>{zh}</p><p>{zh}</p></div>"
    assert extract_page(html(page(text))).fields["paragraphs_zh"] == [zh, "每年春天的垃圾潮", zh, zh]
    # a first box without the rule under it is the text's own
    assert extract_page(html(page(text.replace('<div class="AUjqwQ"><svg viewBox="0 0 24 24"><path d="M4 4h16v16H4z"></path></svg></div>', ""))
                             )).fields["paragraphs_zh"][0] == brief


def test_a_readers_translation_notes_and_labels_are_not_text():
    # 豆瓣日记: 【生词 Vocabulary】 and 重点表达 lists, a starred note, a dated correction, "—— 译文 ——"
    en = "Cargo ships are again raising sails, as shipping firms try to cut fuel use and meet stricter emissions rules."
    zh = "越来越多的货轮正在加装高大的硬质风帆，航运公司希望借此减少燃料消耗，并满足日益严格的排放规定。"
    text = (f"<p>{en}</p><p>—— 译文 ——</p><p>{zh}</p><p>＊英文为根据外媒报道改写的练习材料，译文为本人练习，欢迎指正。</p>"
            f"<p>更新（2025-03-20）：第三段“一成”原先误译为“十分之一以上”，已改正。</p><p>{en}</p><p>{zh}</p>")
    fields = extract_page(html(page(text))).fields
    assert (fields["paragraphs_en"], fields["paragraphs_zh"]) == ([en, en], [zh, zh])
    for label in ("【生词 Vocabulary】", "重点表达"):
        fields = extract_page(html(page(f"<p>{en}</p><p>{zh}</p><p>{en}</p><p>{zh}</p><p>{label}</p><p>methane /ˈmiːθeɪn/ n. 甲烷</p>"))).fields
        assert fields["paragraphs_zh"] == [zh, zh], label


def test_a_transcripts_credits_a_videos_caption_and_zero_width_spaces():
    # TED: "翻译人员: Wenjun Xu 校对人员: Yip Yan Yeung", "Transcriber: Amelia Grant Reviewer: Peter van de Ven";
    # 微博: "视频：…（…拍摄）" under a player, "\u200b\u200b" before a paragraph
    zh = "走进沧澜西关的骑楼老街，脚手架已经拆去大半，斑驳的廊柱重新抹上了米白色的灰浆，二楼木窗的雕花也被细细修补过。"
    text = (f"<p>翻译人员: Wenjun Xu 校对人员: Yip Yan Yeung</p><p>Transcriber: Amelia Grant Reviewer: Peter van de Ven</p>"
            f"<p>\u200b\u200b{zh}</p><p>视频：夜间微循环公交试运行画面（沧澜晨报全媒体记者 杜若 拍摄）</p><p>{zh}</p>")
    fields = extract_page(html(page(text))).fields
    assert (fields["paragraphs_zh"], fields["paragraphs_en"]) == ([zh, zh], [])


def test_a_lazy_pictures_caption_a_hidden_address_a_series_promo_and_a_marked_translation():
    # 大纪元: <div class="featured_image"><a><img class="lazy" data-src="…jpg" src="…blank.gif"></a><span class="caption">…（AFP via Getty Images）</span></div>;
    # p.hidden_url "本文网址: https://…"; "─── 点阅【英语学习】系列文章 ───"; "▲中译：…" under an English blockquote
    zh = "卫生官员敦促居民多喝水、待在阴凉处，并关心独居的年长邻居，以免在持续高温中发生中暑等意外。"
    en = "Health officials urged residents to drink plenty of water, stay in the shade and check on elderly neighbors."
    text = ('<div class="featured_image"><a href="x.jpg"><img class="lazy" data-src="https://i.example.com/x-600x400.jpg" src="/images/blank.gif" width="600" height="400"></a>'
            '<span class="caption">6月17日，西班牙塞维利亚一名男子在街头的喷雾降温装置旁避暑。（AFP via Getty Images）</span></div>'
            f'<p>{zh}</p><blockquote class="en_news"><p lang="en">{en}</p></blockquote><p>▲中译：{zh}</p>'
            '<p>─── 点阅<a href="/gb/ncid205.htm">【英语学习】</a>系列文章 ───</p><p class="hidden_url">本文网址: https://www.epochtimes.com/gb/24/6/16/n14279731.htm</p>')
    fields = extract_page(html(page(text))).fields
    assert (fields["paragraphs_zh"], fields["paragraphs_en"]) == ([zh, zh], [en])


def test_a_charts_title_and_source_a_glossary_and_closing_picture_notes():
    # nippon.com: div.c-figure > p.c-figure__title + img + p.c-figure__source; 词语解说; "(Banner photo: … © X.)",
    # "(Originally published in Japanese. Banner photo: …)", "（标题图片：…。PIXTA）"
    zh = "据日本自动售货机行业团体公布的统计，截至去年年底，全国自动售货机的保有量比十年前减少了约两成。"
    en = "Regulars relax in the main bath, where a painted Mount Fuji covers the wall above the tiled pool and the steam."
    chart = '<div class="c-figure"><p class="c-figure__title">自动售货机保有量的变化</p><img src="/c.jpg" width="800" height="600"><p class="c-figure__source">根据行业团体资料，由nippon.com编辑部制作</p></div>'
    text = (f"<p>{zh}</p>{chart}<p>{zh}</p><p>（标题图片：东京都内车站站台上的饮料自动售货机。PIXTA）</p>"
            f"<div class='box'><p>词语解说</p><p>钱汤</p><p>日本按次收费的公共浴场，许多钱汤的浴室墙上绘有富士山等风景壁画。</p></div>")
    assert extract_page(html(page(text))).fields["paragraphs_zh"] == [zh, zh]
    text = f"<p>{en}</p><p>{en}</p><p>(Banner photo: Regulars relax in the main bath at Matsunoyu. © Rebecca Hallworth.)</p><p>(Originally published in Japanese. Banner photo: Finished wagasa drying in the sun.)</p>"
    assert extract_page(html(page(text))).fields["paragraphs_en"] == [en, en]


def test_a_crosshead_marked_with_a_diamond_is_text():
    # 朝鲜日报中文网: "◇比例代表议席成最大争点" between paragraphs (a ▼ prompt or an emoji line stays out)
    zh = "韩国国会选举制度改革特别委员会时隔三年重新启动，朝野两党在比例代表议席的分配问题上仍存在明显分歧。"
    assert extract_page(html(page(f"<p>{zh}</p><p>◇比例代表议席成最大争点</p><p>{zh}</p>"))).fields["paragraphs_zh"] == [zh, "◇比例代表议席成最大争点", zh]


def test_an_acronyms_label_is_no_glossary_entry():
    # 中国数字时代: "<strong>CDT 档案卡</strong>" before the text had started a glossary and cut the rest of it;
    # a real entry ("exam season 考试季") still does
    zh = "十一年来，一辆装着松木书架的白色面包车，一直沿着同一条路线穿行于云南西南部一个山区县的丘陵之间。"
    assert extract_page(html(page(f"<p><strong>CDT 档案卡</strong></p><p>{zh}</p><p>{zh}</p>"))).fields["paragraphs_zh"] == [zh, zh]
    assert extract_page(html(page(f"<p>{zh}</p><p>{zh}</p><p>exam season 考试季</p><p>{zh}</p>"))).fields["paragraphs_zh"] == [zh, zh]


def test_a_citizen_media_pages_appeal_info_table_and_notes():
    # 獨立媒體: div.support-inmedia linking /supportus; table.info-box of a screening; （編按：…）
    zh = "電影本月在多個社區放映場地巡迴放映，放映後設有導演分享環節，對於關心香港海岸變遷的觀眾值得細看。"
    text = (f"<p>（編按：以下為北角舊街市關注組發出的聯署聲明，獨媒獲授權以中英文全文轉載。）</p><p>{zh}</p>"
            '<table class="info-box"><tr><th colspan="2">《海旁的人》社區放映資料</th></tr><tr><td>日期</td><td>2024年1月27日（星期六）下午3時</td></tr></table>'
            f'<p>{zh}</p><div class="support-inmedia"><p><strong>獨立媒體需要你的支持！</strong></p><p>我們堅持不設付費牆，讓所有人都能免費閱讀，請成為每月捐助者。</p>'
            '<p><a href="https://www.inmediahk.net/supportus" class="btn">立即捐款</a></p></div>')
    assert extract_page(html(page(text))).fields["paragraphs_zh"] == [zh, zh]


def test_a_compilers_mark_and_a_series_table_of_contents():
    # 英语网: "（英语网整理）", "2024春季双语新闻汇总文章导航" and its table of story links after the text, "相关推荐"
    zh = "今年春耕期间，全国多地农户使用植保无人机进行播种和施肥，作业效率比人工提高了数十倍。"
    toc = "".join(f'<td><a href="/e/2024032{i}/65fa92737{i}f8d.shtml">春分时节各地开展传统民俗活动之{i}</a></td>' for i in range(6))
    text = (f"<p>{zh}</p><p>{zh}</p><p style='text-align:right'>（英语网整理）</p><p><strong>2024春季双语新闻汇总文章导航</strong></p>"
            f"<table class='zt_table'><tr>{toc}</tr></table><div class='xgtj'><p class='xgtj_tit'><strong>相关推荐</strong></p></div>")
    result = extract_page(html(page(text, title="无人机助力全国春耕"), url="https://www.yingyu.com/e/20240326/66020f8b7ea73.shtml"))
    assert result.kind == "article"
    assert result.fields["paragraphs_zh"] == [zh, zh]


def test_vocabulary_labels_a_partners_lines_a_toggled_translation_and_readers_feedback():
    en = "Night markets in Taipei are rewarding diners who bring their own tableware with discounts on their meals."
    zh = "台北多個夜市推出自備餐具享折扣的活動，鼓勵食客減少使用一次性餐具。"
    # LINE TODAY's partners: 單字充電站 Vocabulary / 【重點單字】 lists, "寰宇雙語報編譯黃柏翰／綜合外電報導", "更多雙語新聞請見寰宇雙語報官網"
    text = (f"<p>寰宇雙語報編譯黃柏翰／綜合外電報導</p><p>{en}</p><p>{zh}</p><p>{en}</p><p>{zh}</p><p>更多雙語新聞請見寰宇雙語報官網</p>"
            "<h3>單字充電站 Vocabulary</h3><p>tableware (n.) 餐具</p><p>【重點單字】</p><p>rural (adj.)</p>")
    fields = extract_page(html(page(text))).fields
    assert (fields["paragraphs_en"], fields["paragraphs_zh"]) == ([en, en], [zh, zh])
    # 英语站: a "查看翻译" button paragraph between a paragraph and its hidden translation; DedeCMS's div.feedback comments
    text = (f'<p class="en_yw">{en}</p><p class="fy_btn"><a href="javascript:void(0)" onclick="x()">查看翻译</a></p>'
            f'<p class="cn_fy" style="display:none;">{zh}</p><p class="en_yw">{en}</p><p class="fy_btn"><a href="javascript:void(0)">查看翻译</a></p>'
            f'<p class="cn_fy" style="display:none;">{zh}</p><div class="feedback"><dl><dt>网友评论</dt><dd><div class="fb"><span>英语站网友 [114.236.*.*]</span>'
            '<span>2024-03-19 08:11</span><p>Very useful for my reading practice. The word footfall is new to me.</p></div></dd></dl></div>')
    fields = extract_page(html(page(text))).fields
    assert (fields["paragraphs_en"], fields["paragraphs_zh"]) == ([en, en], [zh, zh])


def test_a_magazines_credit_line_of_several_roles():
    # 今日中国: "文｜本刊记者 林晓岚 图｜周明", "文｜〔英国〕马克·霍尔 译｜郑岚"
    zh = "清晨六点，四川青神县一座老院子里已经传来刀削竹子的沙沙声，六十八岁的竹编艺人正把慈竹劈成比头发还细的竹丝。"
    for line in ("文｜本刊记者 林晓岚 图｜周明", "文｜〔英国〕马克·霍尔 译｜郑岚"):
        assert extract_page(html(page(f"<p>{line}</p><p>{zh}</p><p>{zh}</p>"))).fields["paragraphs_zh"] == [zh, zh], line


def test_a_membership_appeals_lines_are_not_text():
    # 立場新聞: div.mystand-box "立場新聞需要你的支持", "…成為 MyStand 會員，每月 $100 起，支持我們繼續報道真相。" (its link goes to /mystand)
    zh = "康文署計劃延長十間公共圖書館的開放時間，但有議員關注前線人手不足，擔心影響服務質素。"
    box = ('<div class="mystand-box"><p class="mystand-title">立場新聞需要你的支持</p><p>獨立媒體靠讀者支持才能走下去。成為 MyStand 會員，每月 $100 起，支持我們繼續報道真相。</p>'
           '<a class="mystand-cta" href="/mystand?utm_source=article">立即加入</a></div>')
    assert extract_page(html(page(f"<p>{zh}</p>{box}<p>{zh}</p>"))).fields["paragraphs_zh"] == [zh, zh]


def test_a_subtitle_credit_line_and_a_language_toggles_bar_are_not_text():
    # 希平方: "字幕翻譯：Jessica Lin｜審稿：Eric Huang"; div.subtitle-tools: a javascript: 隱藏中文 button and its tip
    zh = "如果你最近在歐洲買過瓶裝水，可能已經注意到一個新變化：打開瓶蓋後，蓋子仍然連在瓶子上。"
    tools = '<div class="subtitle-tools"><a class="btn-toggle-zh" href="javascript:void(0)">隱藏中文</a><span class="tip">框選或點兩下字幕可以直接查字典喔！</span></div>'
    paras = extract_page(html(page(f"{tools}<p>{zh}</p><p>{zh}</p><p>字幕翻譯：Jessica Lin｜審稿：Eric Huang</p>"))).fields["paragraphs_zh"]
    assert paras == [zh, zh]
    shown = "显示中文的路牌越来越多，游客说这让他们在城里走动方便了不少。"  # a sentence that opens so is text
    assert extract_page(html(page(f"<p>{shown}</p><p>{zh}</p>"))).fields["paragraphs_zh"] == [shown, zh]


def test_a_quote_box_repeating_the_text_with_who_said_it_and_a_pictures_media_title():
    # Sputnik: div.article__quote > div.article__quote-text (a sentence of the text again) + div.article__quote-info-name;
    # div.media > picture box + div.media__title (the caption)
    said = "“我们看到，中国消费者对俄罗斯食品的兴趣在不断上升，这为两国企业创造了新的机会。”诺沃肖洛夫说。"
    zh = "他同时指出，物流仍是制约贸易进一步扩大的因素之一，俄方正在推进远东口岸和铁路换装设施的升级改造。"
    quote = ('<div class="article__quote"><div class="article__quote-text">我们看到，中国消费者对俄罗斯食品的兴趣在不断上升，这为两国企业创造了新的机会。</div>'
             '<div class="article__quote-info"><div class="article__quote-info-name">亚历山大·诺沃肖洛夫</div></div></div>')
    media = '<div class="media"><div class="media__size"><div class="photoview__open"><img src="/p.jpg" alt="x"></div></div><div class="media__title">莫斯科街头的一家中国汽车品牌展厅</div></div>'
    paras = extract_page(html(page(f"<div>{said}</div>{quote}<div>{zh}</div>{media}<div>{zh}</div>"))).fields["paragraphs_zh"]
    assert paras == [said, zh, zh]


def test_a_vocabulary_box_in_traditional_characters_with_bracketed_parts_of_speech():
    # LiveABC: <div class="vocab"><h4>字彙 Vocabulary</h4><ol><li>facial expression (n. phr.) 臉部表情</li>…</ol></div>
    zh = "歷史學家表示，這本日記是燈塔燈光自動化之前，偏遠燈塔日常生活的珍貴紀錄。"
    box = '<div class="vocab"><h4>字彙 Vocabulary</h4><ol><li>startup (n.) 新創公司</li><li>facial expression (n. phr.) 臉部表情</li><li>disturb (v.) 打擾</li></ol></div>'
    fields = extract_page(html(page(f"<p>{zh}</p><p>{zh}</p>{box}"))).fields
    assert fields["paragraphs_zh"] == [zh, zh] and not fields.get("paragraphs_en")


def test_translator_credits_a_dotted_glossary_line_and_a_sentence_opening_with_next():
    # 國語日報: "（林怡君譯）", "（英譯／Kevin Marsh）" close the texts; div.vocab_box "˙rain gauge 雨量筒　˙sensor 感應器"
    en = ["The students turn the data into charts and put them on the school website every day.",
          "Next semester, the students plan to share data with schools in other cities and counties."]
    zh = "學生把每天的資料整理成圖表，放上學校網站，附近的家長和農夫也會上網查看。"
    content = (f"<p>{zh}</p><p>{zh}</p><p>（林怡君譯）</p>" + "".join(f"<p>{p}</p>" for p in en)
               + '<p>（英譯／Kevin Marsh）</p><div class="vocab_box"><p>˙rain gauge 雨量筒　˙sensor 感應器　˙semester 學期</p></div>')
    fields = extract_page(html(page(content))).fields
    assert (fields["paragraphs_en"], fields["paragraphs_zh"]) == (en, [zh, zh])


def test_a_bracketed_dateline_with_its_day_stays_with_its_sentence():
    # 欧洲时报: "【欧洲时报10月23日林嘉禾报道】随着…" (a dateline), where 环球网's "【环球网报道 记者 王晨】" is a credit
    rest = "随着冬季临近、天黑时间提前，巴黎13区的华人商户近日自发组建夜间巡逻队，协助商户关店。"
    zh = "学校和社区也纷纷加入，巡逻队员每周四至周日晚间在商圈主要街道轮流值守，提醒行人注意安全。"
    assert extract_page(html(page(f"<p>【欧洲时报10月23日林嘉禾报道】{rest}</p><p>{zh}</p>"))).fields["paragraphs_zh"] == [f"【欧洲时报10月23日林嘉禾报道】{rest}", zh]
    assert extract_page(html(page(f"<p>【环球网报道 记者 王晨】{rest}</p><p>{zh}</p>"))).fields["paragraphs_zh"] == [rest, zh]


def test_a_pull_quote_in_quotation_marks_repeating_a_sentence():
    # 网易公开课: <blockquote class="sub-quote">“一座回收工厂就是一座永远不会枯竭的矿山。”</blockquote> between subtitle items
    zh = "不同之处在于，一桶石油只能燃烧一次，而电池中的金属可以一次又一次地回收。从某种意义上说，一座回收工厂就是一座永远不会枯竭的矿山。"
    other = "但石油给我们上了沉重的一课：集中在少数地方的资源，会成为权力之源，也会成为冲突之源。"
    paras = extract_page(html(page(f"<p>{other}</p><blockquote class='sub-quote'>“一座回收工厂就是一座永远不会枯竭的矿山。”</blockquote><p>{zh}</p>"))).fields["paragraphs_zh"]
    assert paras == [other, zh]


def test_a_wordpress_page_links_line_is_a_pager():
    # 英孚: <div class="page-links"><span>页码：</span> 1 <a>2</a> <a>下一页 »</a></div> inside .entry-content
    zh = "欧洲各地的夜市在夏季重新热闹起来，游客和当地居民一起品尝街头小吃、欣赏露天音乐表演。"
    pager = '<div class="page-links"><span class="page-links-title">页码：</span> <span>1</span> <a href="/x/2/">2</a> <a href="/x/2/">下一页 »</a></div>'
    assert extract_page(html(page(f"<p>{zh}</p><p>{zh}</p>{pager}"))).fields["paragraphs_zh"] == [zh, zh]


def test_a_quote_box_whose_author_line_stands_beside_its_blockquote():
    # 鏡週刊: div.quote-by > blockquote > p.quote (a sentence of the text again) + p.quote-by__author "── 設備廠人資主管"
    said = "一家本土設備廠人資主管透露，公司今年將碩士新鮮人的保障年薪調整為14個月，「如果願意到南部廠區，再加發每月5,000元的地域津貼」。"
    zh = "除了調薪，不少廠商也祭出簽約獎金、住房補貼等福利，希望在畢業季搶下更多理工科系的新鮮人。"
    quote = ('<div class="quote-by"><blockquote><span class="quote-mark">“</span><p class="quote">如果願意到南部廠區，再加發每月5,000元的地域津貼</p></blockquote>'
             '<p class="quote-by__author">── 設備廠人資主管</p></div>')
    assert extract_page(html(page(f"<div><p>{said}</p></div>{quote}<div><p>{zh}</p></div>"))).fields["paragraphs_zh"] == [said, zh]


def test_a_dictionary_line_and_an_editors_teaser_in_brackets():
    # 自由時報 reposts: "新聞辭典 curfew：名詞，宵禁、限制時段。…" on one line, a grey 【小編導讀】 teaser
    zh = "觀光客大量湧入京都，連神社的鈴聲都成了擾民問題，神社決定在夜間限制參拜時段。"
    teaser = "<p>【小編導讀】觀光客大量湧入，連神社的鈴聲都成了擾民問題。這篇的 disturb、curfew 都是常考單字！</p>"
    glossary = "<p>新聞辭典 curfew：名詞，宵禁、限制時段。 disturb：動詞，打擾。</p>"
    assert extract_page(html(page(f"{teaser}<p>{zh}</p><p>{zh}</p>{glossary}"))).fields["paragraphs_zh"] == [zh, zh]


def test_a_transcripts_hard_wrapped_lines_are_one_paragraph_and_its_chinese_headline_line_is_title_zh():
    # ICRT's 新聞便當: one div of <br> lines, English typed at a fixed width, each block followed by its translation.
    lines = [
        "________________________________", "黑面琵鷺數量創新高", "More Black-faced Spoonbills Than Ever",
        "Black-faced spoonbills are birds with long, flat beaks that look like", "spoons. Every winter, many of them fly to Taiwan.",
        "黑面琵鷺是一種鳥，長長扁扁的嘴巴看起來像湯匙。每年冬天，都有很多黑面琵鷺飛到臺灣。",
        "For the first few weeks, the twins stayed in their den with their mother.", "Zookeepers watched them on cameras every day and every night.",
        "最初幾週，雙胞胎和媽媽一起待在巢穴裡。保育員每天日夜都透過攝影機觀察牠們。",
        "Not long ago, these birds were in big trouble. In the 1990s, there were only", "about three hundred of them left.",
        "不久以前，這種鳥的處境非常危險。1990年代，全世界只剩下大約三百隻。",
    ]
    result = extract_page(html(page("<div class=\"txts\">" + "<br />\n".join(lines) + "<br /></div><div class=\"writer\">Written by Megan Tsai</div>",
                                    title="More Black-faced Spoonbills Than Ever")))
    f = result.fields
    assert f["title_zh"] == "黑面琵鷺數量創新高"
    assert f["author"] == "Megan Tsai"
    assert f["paragraphs_en"] == [
        "Black-faced spoonbills are birds with long, flat beaks that look like spoons. Every winter, many of them fly to Taiwan.",
        "For the first few weeks, the twins stayed in their den with their mother. Zookeepers watched them on cameras every day and every night.",
        "Not long ago, these birds were in big trouble. In the 1990s, there were only about three hundred of them left.",
    ]
    assert len(f["paragraphs_zh"]) == 3
    # a verse's short lines, or lines of no fixed width, stay lines
    verse = ["Twinkle, twinkle, little star", "How I wonder what you are", "Up above the world so high", "Like a diamond in the sky"]
    result = extract_page(html(page(f"<p>{PROSE}</p><p>" + "<br />".join(verse) + f"</p><p>{PROSE}</p>")))
    assert result.fields["paragraphs_en"] == [PROSE.strip(), *verse, PROSE.strip()]


def test_the_sites_article_body_mark_over_the_densest_box_holds_the_whole_text():
    # 民視: article[itemprop=articleBody] > div#preface (byline, lead), an ad, div#newscontent (the rest)
    lead = "台北市公共運輸處今（15）日宣布，配合捷運環狀線北段施工及民眾搭乘需求變化，本月30日起將調整12條公車路線行駛路段，提醒通勤族提早規劃行程。"
    rest = [f"公運處表示，這次調整主要集中在士林、北投及內湖地區，部分站位也會暫時遷移至鄰近路口，第{n}段說明相關的配套措施與時程安排。" for n in range(1, 5)]
    text = (f'<article id="contentarea" itemprop="articleBody"><div id="preface"><p>即時中心／黃于庭報導</p><p>{lead}</p></div>'
            '<div class="ad-box"><span class="ad-label">廣告</span></div><div id="newscontent">'
            + "".join(f"<p>{p}</p>" for p in rest) + '<p class="editor">（責任編輯／林欣儀）</p><p>（民視新聞／陳怡安、王建中 花蓮報導）</p></div></article>')
    f = extract_page(html(page(text, title="北市公車路網10月底調整　12條路線改道、3條停駛"))).fields
    assert f["paragraphs_zh"] == [lead, *rest]
    assert f["author"] == "黃于庭"  # the desk's reporter; the closing byline's names come second


def test_a_stations_closing_byline_names_its_reporters_and_itself():
    text = "".join(f"<p>{PROSE}</p>" for _ in range(3)) + "<p>（民視新聞／陳怡安、王建中 花蓮報導）</p>"
    f = extract_page(html(page(text).replace(" 来源:Xinhua", ""))).fields
    assert (f["author"], f["source"]) == ("陳怡安、王建中", "民視新聞")
    assert all("報導" not in p for p in f["paragraphs_en"])


def test_a_vocabulary_number_in_sup_is_not_text_and_the_issue_line_after_the_vocabulary_box_is_the_source():
    # 空中美語: restored<sup class="voc-num">1</sup>; the 重點單字 box, then 本文出處：《4U活用英文》2024年5月號
    text = (f'<div class="lang-block lang-en"><p>{PROSE}A group of young people has restored<sup class="voc-num">1</sup> them.</p><p>{PROSE}</p></div>'
            '<div class="vocab-box"><h4>重點單字 Vocabulary</h4><ol><li>restore (v.) 修復</li><li>donate (v.) 捐贈</li><li>habit (n.) 習慣</li></ol></div>'
            '<p class="blog-origin">本文出處：《4U活用英文》2024年5月號</p>')
    f = extract_page(html(page(text).replace(" 来源:Xinhua", ""))).fields
    assert f["paragraphs_en"][0].endswith("has restored them.")
    assert f["source"] == "4U活用英文"


def test_a_pinyin_line_is_a_reading_aid_and_an_excerpt_line_names_the_source():
    # TutorMandarin's Readable Chinese: Chinese, its grey pinyin, then the English; "Excerpted from: 中央社"
    zh = "目前台北捷运的末班车大约在午夜十二点发车，捷运公司表示，这次调整是为了配合越来越多的夜间活动。"
    pinyin = "Mù qián tái běi jié yùn de mò bān chē dà yuē zài wǔ yè shí èr diǎn fā chē."
    text = ('<p><strong>Excerpted from:</strong> <a href="https://www.cna.com.tw/news/1.aspx">中央社</a></p>'
            + f'<p>{zh}</p><p><span style="color: #808080;">{pinyin}</span></p><p>{PROSE}</p>' * 2
            + "<p>(Continued from page 1)</p>")
    f = extract_page(html(page(text).replace(" 来源:Xinhua", ""))).fields
    assert f["paragraphs_en"] == [PROSE.strip()] * 2
    assert f["paragraphs_zh"] == [zh] * 2
    assert f["source"] == "中央社"
    assert extract_page(html(page(f"<p>{PROSE}</p><p>Café owners in São Paulo say the naïve plan to reopen the café district failed.</p>"))).fields["paragraphs_en"][1].startswith("Café")


def test_a_photographers_credit_alone_is_not_text():
    from newscrawler.extract.content import is_noise_line
    assert is_noise_line("攝：何泳琳") and is_noise_line("摄：王晓")  # 眾新聞's p.photo-credit under the text
    assert not is_noise_line("摄影展：百年香港街头")  # a headline about photography


@pytest.mark.parametrize("line", [
    "撰稿人：胡佳怡　院系：外国语学院　学号：201731130208",  # a student reporter's credit (长江大学)
    "（原标题：8000公里农村公路今年开建）",  # a reprint's original headline in brackets (大河网)
    "壹蘋新聞網／綜合報導",  # the paper's byline alone (壹蘋)
    "Text: Jessica Leung | Photos: Keith Hui",  # 中大通訊's credits
    "Abridged from CUHK Alumni Magazine No. 95 (September 2018)",
])
def test_credit_lines_of_blind119_and_120_are_not_text(line):
    from newscrawler.extract.content import is_noise_line
    assert is_noise_line(line)


def test_a_reprints_magazine_and_its_writer_come_from_the_credit_box():
    text = "".join(f"<p>{PROSE}</p>" for _ in range(3)) + (
        '<p class="credit">Text: Jessica Leung | Photos: Keith Hui<br>Abridged from CUHK Alumni Magazine No. 95 (September 2018)</p>')
    f = extract_page(html(page(text).replace(" 来源:Xinhua", ""))).fields
    assert (f["author"], f["source"]) == ("Jessica Leung", "CUHK Alumni Magazine")
    assert f["paragraphs_en"] == [PROSE.strip()] * 3


@pytest.mark.parametrize("line, author, source", [
    ("新加坡双小记者之友　21世纪报　李沐阳", "李沐阳", "21世纪报"),
    ("新加坡双小记者　陈思彤（南洋女中）", "陈思彤", None),
    ("南华中学 中三 黄可欣", "黄可欣", None),
    ("文／图：21世纪报 小记者 王诗涵", "王诗涵", "21世纪报"),
])
def test_a_student_reporters_credit_names_the_writer_and_the_paper_if_any(line, author, source):
    # sjr.sg: the credit centred above the text
    text = f'<p style="text-align: center;">{line}</p>' + "".join(f"<p>{PROSE}</p>" for _ in range(3))
    f = extract_page(html(page(text).replace(" 来源:Xinhua", ""))).fields
    assert (f["author"], f["source"]) == (author, source)
    assert f["paragraphs_en"] == [PROSE.strip()] * 3


def test_a_related_list_inside_the_text_box_is_not_text_and_a_date_line_by_the_headline_is_no_headline():
    # sjr.sg: <time> beside the Chinese h1 (with a hidden updated copy); YARPP's ol at the end of div.entry-content
    doc = f"""<html><head><title>牛车水里的年味与人情 - SJR</title></head><body><div class="main">
    <h1>牛车水里的年味与人情</h1><span class="date"><time datetime="2023-08-07T07:40:05+08:00">7 August 2023</time><time style="display:none">2023-08-07</time></span>
    <div class="entry-content"><p>{PROSE}</p><p>{PROSE}</p><p>{PROSE}</p>
    <div class="yarpp yarpp-related"><h3>相关文章 Related posts:</h3><ol>
    <li><a href="https://www.example.com/2023/07/17/kampong-spirit-in-pulau-ubin/">乌敏岛上的甘榜精神</a> <small>2023-07-17</small></li></ol></div></div></div></body></html>"""
    f = extract_page(html(doc)).fields
    assert f["title"] == "牛车水里的年味与人情"
    assert f["paragraphs_zh"] == [] and f["paragraphs_en"] == [PROSE.strip()] * 3
    assert [r["title"] for r in f["related"]] == ["乌敏岛上的甘榜精神"]


def test_a_translators_bracketed_note_and_the_originals_date_and_source_line_are_credits():
    text = ("<p>[Translated by Charles Wen. The original appeared in 中国青年报 on 2024-03-06.]</p><p>2024-03-06 08:34 来源：中国青年报</p>"
            + "".join(f"<p>{PROSE}</p>" for _ in range(2)))
    f = extract_page(html(page(text).replace(" 来源:Xinhua", ""))).fields
    assert f["paragraphs_en"] == [PROSE.strip()] * 2 and f["source"] == "中国青年报"


@pytest.mark.parametrize("line, noise", [
    ("律师提醒：保留好证据", False),  # a crosshead (极目新闻), not the site's reminder
    ("警方提醒：接到陌生来电要先核实", False),
    ("温馨提醒：本文仅供参考", True),
    ("【记者】张晓岚", True), ("【校对】梁飞飞", True),  # 南方网's closing credits
    ("林晓洁 供稿", True),  # 外教社's credit
    ("- Advertisement -", True), ("广告", True),  # an ad slot's label (光華日報's td-adspot-title)
    ("Editor 編輯: Wong Mei Ling", True),  # a school's credit with its label in both languages
    ("（审核：周汉青 编辑：陈曦）", True),  # a 外国语学院 page's closing reviewer and editor
    ("– End –", True), ("(The Chinese translation is for reference only. 中文譯本僅供參考。)", True),  # a statement's end, its translation note
    ("End of an era for the harbour ferry", False),
    ("English translation: Secretariat, Department of Finance 英文翻譯：財政局秘書室", True),  # a city office's credits
    ("News contact: Lee Mei-ling, Treasury Division 新聞聯絡人：國庫科 李美玲", True),
    ("Photo: Department of Finance 照片來源：財政局", True),
    ("FOR IMMEDIATE RELEASE: March 12, 2024", True), ("Media Contact 媒體聯絡：Kelly Tam 譚嘉琪, 415-555-0182", True),
    ("記者蔡宜真∕台南報導", True),  # 中華日報's division slash
    ("分页： 1 2 下一页", True), ("（根据现场录音整理，未经演讲人审阅）责任编辑：周静", True),
    ("By Laurent Besson, a non-resident senior fellow at CCG", True),  # a byline with the writer's post
    ("By the end of the year, a third of the buses will run on electricity.", False),
    ("Advertisement revenue fell by a third last year.", False),
])
def test_reminders_and_bracketed_credits(line, noise):
    from newscrawler.extract.content import is_noise_line
    assert is_noise_line(line) is noise


def test_a_shown_time_to_the_second_stands_over_a_scripts_minute():
    doc = page("".join(f"<p>{PROSE}</p>" for _ in range(2)) + '<script>var pubtime = "2021-04-30 10:15";</script>').replace(
        "时间:2021-04-30 10:15", "时间:2021-04-30 10:15:21")
    assert extract_page(html(doc)).fields["published"] == "2021-04-30T10:15:21+08:00"


def test_a_centred_bold_teaser_saying_the_description_is_no_text_but_a_plain_opening_that_does_is():
    lines = ["台灣黑熊的數量正在慢慢回升！", "今天就跟著 VoiceTube 一起用英文讀這則保育新聞吧！"]
    text = (f'<p class="has-text-align-center"><strong>{lines[0]}<br>{lines[1]}</strong></p>' + "".join(f"<p>{PROSE}</p>" for _ in range(3)))
    doc = page(text).replace("<head>", f'<head><meta name="description" content="{"".join(lines)}">')
    assert extract_page(html(doc)).fields["paragraphs_zh"] == []
    plain = page(f"<p>{lines[0]}<br>{lines[1]}</p>" + "".join(f"<p>{PROSE}</p>" for _ in range(3))).replace("<head>", f'<head><meta name="description" content="{"".join(lines)}">')
    assert extract_page(html(plain)).fields["paragraphs_zh"] == lines


def test_a_letters_sign_off_and_the_signers_lines_are_not_text():
    # 澳大電子公告: "Best regards,<br>Human Resources Section<br>Office of Administration" and
    # "行政部人力資源處<br>謹啟" close the two halves of a notice
    zh = "為增強大學教職員對澳門特區公共行政發展的認識，行政部人力資源處舉辦了內部培訓課程，逾一百二十名同事參與。"
    body = (f"<p>{PROSE}</p><p>{PROSE}</p><p>Best regards,<br>Human Resources Section<br>Office of Administration</p>"
            f"<p>{zh}</p><p>{zh}</p><p>行政部人力資源處<br>謹啟</p>")
    f = extract_page(html(page(body))).fields
    assert f["paragraphs_en"] == [PROSE.strip()] * 2 and f["paragraphs_zh"] == [zh, zh]
    # a sentence that opens with the words is text
    wishes = "Best wishes poured in from across the city as the team returned home with the trophy on Sunday."
    assert wishes in extract_page(html(page(f"<p>{PROSE}</p><p>{wishes}</p>"))).fields["paragraphs_en"]


def test_an_appeal_for_readers_money_boxed_in_the_text_is_not_text():
    # 論盡媒體: div.aam-support-box closing the entry content
    zh = "城市規劃牽動每一位居民的生活，城規會能否重拾公眾信任，將是未來數年的重要考驗，團體建議設立獨立秘書處。"
    box = '<div class="aam-support-box"><p>論盡媒體需要你的支持，以繼續獨立報道澳門大小事。</p><a href="/support/">支持我們</a></div>'
    assert extract_page(html(page(f"<p>{zh}</p><p>{zh}</p>{box}"))).fields["paragraphs_zh"] == [zh, zh]


def test_a_glossary_label_with_its_entries_on_one_line_opens_the_glossary():
    from newscrawler.extract.content import GLOSSARY
    assert GLOSSARY.match("词汇 Vocabulary：edition 版本；salon 沙龙；certificate 证书")
    assert not GLOSSARY.match("词汇量：the number of words a pupil knows grew by a third")


def test_a_centred_crosshead_pair_after_a_caption_is_text():
    # 奇速英语: <p class="img-title" style="text-align:center">图为…</p><h3 style="text-align:center">Challenges remain</h3><h3 …>挑战依然存在</h3>
    zh = "专家提醒，一些村庄的旅游项目相互模仿，可能让希望寻找特色体验的游客失望，地方政府正在研究对策。"
    body = (f'<p>{PROSE}</p><p>{zh}</p><p style="text-align:center;"><img src="/a.jpg"></p>'
            '<p class="img-title" style="text-align:center;">图为浙江安吉一处乡村民宿（图片来源：视觉中国）</p>'
            f'<h3 style="text-align:center;">Challenges remain</h3><h3 style="text-align:center;">挑战依然存在</h3><p>{PROSE}</p><p>{zh}</p>')
    f = extract_page(html(page(body))).fields
    assert "Challenges remain" in f["paragraphs_en"] and "挑战依然存在" in f["paragraphs_zh"]


def test_a_letters_signature_block_is_a_credit_and_its_signer_the_writer():
    # NCCS: "Yours in His service,<br>Bishop Anthony Loh<br>Vice-President, …" closing the letter, and
    # its translation's "在主里与您同工的<br>罗嘉俊会督<br>…"; the 信函的中文翻译 label between
    from newscrawler.extract import extract_page
    from tests.conftest import html
    en = "Over the past weeks many of our churches have held their harvest and thanksgiving services, and it is a good season to pause."
    zh = "过去几周，许多教会举行了丰收感恩崇拜。这是一个适合停下脚步、数算恩典的季节，我们常常把这些恩典视为理所当然。"
    doc = f"""<html><head><title>Bp Anthony Loh's Message</title></head><body><h1>Bp Anthony Loh's Message</h1>
    <div class="entry-content"><p>{en}</p><p>{en}</p><p>Yours in His service,<br>Bishop Anthony Loh<br>
    Vice-President, National Council of Churches of Singapore</p><hr><h4>信函的中文翻译</h4><p>{zh}</p><p>{zh}</p>
    <p>在主里与您同工的<br>罗嘉俊会督<br>新加坡教会理事会副主席</p></div></body></html>"""
    f = extract_page(html(doc)).fields
    assert f["author"] == "Bishop Anthony Loh" and f["title_zh"] is None
    assert (f["paragraphs_en"], f["paragraphs_zh"]) == ([en, en], [zh, zh])


def test_a_report_credit_in_english_names_the_writer_over_its_chinese_label():
    from newscrawler.extract import extract_page
    from tests.conftest import html
    en = "A delegation from Nanjing Union Theological Seminary visited the council on Friday to discuss theological education."
    doc = f"""<html><head><title>NJUTS Delegates' Visit</title></head><body><h1>NJUTS Delegates' Visit</h1>
    <div class="entry-content"><p>{en}</p><p>{en}</p>
    <p><em>Report by Rev Edwin Tan, NCCS Associate General Secretary | 报道：陈永强牧师（新加坡教会理事会副总干事）</em></p></div></body></html>"""
    f = extract_page(html(doc)).fields
    assert f["author"] == "Rev Edwin Tan" and f["paragraphs_en"] == [en, en]


def test_a_note_naming_what_the_story_was_compiled_from_is_a_credit():
    from newscrawler.extract.content import is_noise_line
    assert is_noise_line("本文综合自RNZ中文、MetService")  # 中文先驱
    assert not is_noise_line("本文综合了多方意见，认为这项政策利大于弊。")


def test_a_section_label_opening_with_an_acronym_is_no_glossary_entry():
    from newscrawler.extract.content import GLOSSARY
    assert not GLOSSARY.match("AI與大數據")  # 數位時代's section label above the headline
    assert GLOSSARY.match("relic 遗物；遗迹")


def test_the_text_starts_under_the_headlines_second_copy():
    # 數位時代 sets the headline and its standfirst twice (phones, desktops) above the text
    from newscrawler.extract import extract_page
    from tests.conftest import html
    zh = ["輝達與國內雲端業者合作建置的AI工廠，24日在桃園正式啟用。這座資料中心首期配置超過1萬顆GPU，將以算力即服務的形式租用。",
          "根據業者公布的方案，單顆GPU每小時租金不到新台幣100元，若以年約方式預購，價格還能再降，業者指出相較海外便宜三成。",
          "不過，業界人士也提醒，首期算力已有近六成被大型客戶預訂，真正留給中小企業的額度有限，搶得到才是重點。",
          "數位發展部表示，AI工廠是推動主權AI的重要一步，未來將透過補助方案，協助中小企業以較低門檻取得算力。",
          "輝達亞太區負責人在啟用典禮上指出，台灣擁有完整的半導體與伺服器供應鏈，從晶片到系統都能在一小時車程內完成。"]
    h1 = "輝達在台AI工廠啟用！算力租用每小時不到百元"
    doc = f"""<html><head><title>{h1}｜數位時代</title></head><body><div class="article-lw"><section id="hero">
    <div class="mobile"><h1>{h1}</h1><div>2026.11.24 · 吳佳穎</div></div>
    <div class="pc"><div>2026.11.24 | AI與大數據</div><h1>{h1}</h1>
    <div class="text-sm">輝達與國內雲端業者合建的AI工廠正式上線，首期上萬顆GPU開放租用，價格比海外雲端便宜三成，中小企業還有機會嗎？</div></div></section>
    <div id="article"><div class="htmlview">{"".join(f"<p>{p}</p>" for p in zh)}<p>本文初稿為 AI 編撰，整理．編輯／李先泰</p></div></div></div></body></html>"""
    assert extract_page(html(doc)).fields["paragraphs_zh"] == zh


def test_a_students_school_and_teacher_closing_the_piece_are_credits():
    from newscrawler.extract.content import is_noise_line
    assert is_noise_line("（作者单位：江苏省南京市第一中学高一（3）班　指导教师：周丽）")  # 英语辅导报


def test_more_credits_inside_the_text():
    from newscrawler.extract.content import is_noise_line
    assert is_noise_line("本文由中央社授權轉載")  # 放言
    assert is_noise_line("数据来源：日本出入国在留管理厅")  # 日本新华侨报
    assert is_noise_line("（黃志成／文）")  # 新華澳報
    assert is_noise_line("學會會長（中）出席學會預算案簡報會。圖片：香港人力資源管理學會")  # a caption's credit
    assert is_noise_line("圖表：僱主提供的彈性工作安排（受訪機構百分比）。資料來源：香港人力資源管理學會")
    assert not is_noise_line("图片显示，今年春运期间全国旅客发送量将达到28.07亿人次，比去年增长3.4%。")


def test_a_chinese_crosshead_opening_a_later_pages_column_stays_in_the_text():
    # 香港人力資源管理學會's page 2: English and Chinese columns, each opening with its bold crosshead
    from newscrawler.extract import extract_page
    from tests.conftest import html
    en = ["The Institute also welcomes the additional funding for the Employees Retraining Board and the Continuing Education Fund.",
          "The President added that training local talent and attracting talent from outside go hand in hand, the Institute said today."]
    zh = ["學會亦歡迎當局向僱員再培訓局及持續進修基金增撥資源。", "會長補充，培訓本地人才與引進外來人才相輔相成，學會今日表示。"]
    url = "https://www.example.com/index.php/what-s-new/3102-hkihrm-welcomes-budget-measures?start=1"
    doc = f"""<html><head><title>HKIHRM Welcomes Budget Measures to Attract Talent</title></head><body>
    <h2 itemprop="headline">HKIHRM Welcomes Budget Measures to Attract Talent</h2><div itemprop="articleBody"><table><tr>
    <td lang="en"><p><strong>Retraining for local workers</strong></p>{"".join(f"<p>{p}</p>" for p in en)}</td>
    <td lang="zh-Hant"><p><strong>為本地僱員提供再培訓</strong></p>{"".join(f"<p>{p}</p>" for p in zh)}</td></tr></table>
    <div class="pager"><ul><li class="previous"><a href="/index.php/what-s-new/3102-hkihrm-welcomes-budget-measures">&laquo; Prev</a></li></ul></div>
    </div></body></html>"""
    result = extract_page(html(doc, url=url))
    assert result.page_number == 2 and result.fields["paragraphs_zh"] == ["為本地僱員提供再培訓", *zh]


def test_a_subtitle_under_the_headline_is_no_paragraph():
    # cloudnative.to: h1, then p.page-subtitle, a standfirst in Chinese over the bilingual text
    en = "The Cloud Native Computing Foundation today announced the full schedule for KubeCon + CloudNativeCon China 2024, taking place in Hong Kong."
    zh = "云原生计算基金会今天公布了 KubeCon + CloudNativeCon 中国 2024 的完整日程，大会将在香港举行。"
    h1 = "KubeCon + CloudNativeCon China 2024 Schedule Announced"
    doc = f"""<html><head><title>{h1} | 云原生社区</title></head><body><div class="article-container"><h1>{h1}</h1>
    <p class="page-subtitle">CNCF 公布了今年在香港举办的 KubeCon + CloudNativeCon 中国大会的完整日程，本文为新闻稿中英对照版。</p></div>
    <article><p>{en}</p><p lang="zh">{zh}</p><p>{en}</p><p lang="zh">{zh}</p></article></body></html>"""
    assert extract_page(html(doc)).fields["paragraphs_zh"] == [zh, zh]


def test_a_long_h2_under_the_headline_past_its_date_line_share_buttons_and_an_empty_ad_slot_is_a_standfirst():
    # Taipei Times: h1, ul.as (the date), div.sh, div.ad_mg_t (empty), then the h2 standfirst
    en = ["The Taipei Rapid Transit Corp announced on Sunday that it will trial quiet carriages on the Wenhu Line from next month, asking passengers to keep calls short.",
          "The company said the idea came from a survey of commuters last year, in which nearly 60 percent of respondents said loud phone calls bothered them most."]
    doc = f"""<html><head><title>Taipei MRT to trial quiet carriages - Taipei Times</title></head><body><div class="archives">
    <h1>Taipei MRT to trial quiet carriages</h1><ul class="as"><li><span class="time">2024-05-14</span></li></ul>
    <div class="sh"><a href="javascript:void(0)">Facebook</a> <a href="javascript:void(0)">X</a></div><div class="ad_mg_t"><div id="div-gpt-ad-tt-top"></div></div>
    <h2>Passengers in the designated cars will be asked to avoid phone calls, but no fines will be issued</h2>
    {"".join(f"<p>{p}</p>" for p in en)}</div></body></html>"""
    assert extract_page(html(doc)).fields["paragraphs_en"] == en


def test_a_releases_chinese_headline_above_its_english_headline_starts_the_text():
    # 澳門理工大學: div.release-zh > h1 (Chinese), then div.release-en > h2 (English, the one <title> repeats)
    zh = ["澳門理工大學與葡萄牙萊里亞理工大學日前簽署合作協議，雙方將在聯合培養學位課程、師生互訪及科研項目等方面加強合作。",
          "根據協議，兩校將於2024/2025學年起推出中葡翻譯碩士雙學位課程，並每年互派學生交流。"]
    en = ["Macao Polytechnic University recently signed a cooperation agreement with the Polytechnic University of Leiria in Portugal to strengthen joint degree programmes.",
          "Under the agreement, the two universities will launch a dual master's degree programme in Chinese-Portuguese translation from the 2024/2025 academic year."]
    h2 = "MPU Signs Cooperation Agreement with Portuguese University to Deepen Talent Training"
    doc = f"""<html><head><title>{h2} | 澳門理工大學</title></head><body><article class="press-release">
    <div class="release release-zh" lang="zh-Hant"><h1 class="release-title">理工大學與葡萄牙高校簽署合作協議 深化中葡人才培養</h1>
    <div class="release-body">{"".join(f"<p>{p}</p>" for p in zh)}</div></div><hr>
    <div class="release release-en" lang="en"><h2 class="release-title">{h2}</h2>
    <div class="release-body">{"".join(f"<p>{p}</p>" for p in en)}</div></div></article></body></html>"""
    fields = extract_page(html(doc)).fields
    assert (fields["paragraphs_en"], fields["paragraphs_zh"]) == (en, zh)


def test_a_box_marked_in_a_third_language_is_in_neither_text():
    # 澳門理工大學: div.release-pt lang="pt" after the Chinese and English releases
    zh = "该地区交通网络的快速发展改变了人们的生活、工作和出行方式，官员们周四在首都举行的新闻发布会上说。"
    pt = "O rápido desenvolvimento da rede de transportes da região mudou a forma como as pessoas vivem, trabalham e viajam, disseram as autoridades."
    fields = extract_page(html(page(f'<div lang="zh"><p>{zh}</p></div><div lang="en"><p>{PROSE}</p></div>'
                                    f'<div class="release-pt" lang="pt"><p>{pt}</p></div>'))).fields
    assert (fields["paragraphs_en"], fields["paragraphs_zh"]) == ([PROSE.strip()], [zh])


def test_a_note_on_simultaneous_publication_and_a_reposting_ban_are_noise():
    from newscrawler.extract.content import is_noise_line
    assert is_noise_line("本文为社区新闻稿，中英文同时发布。")  # cloudnative.to
    assert is_noise_line("本网（平台）所刊载内容之知识产权为四川新闻网传媒（集团）股份有限公司及/或相关权利人专属所有或持有。"
                         "未经许可，禁止进行转载、摘编、复制及建立镜像等任何使用。")  # 四川新闻网


def test_a_media_enquiries_line_in_both_languages_is_noise():
    # 澳門理工大學: div.media-contact under the releases
    from newscrawler.extract.content import is_noise_line
    assert is_noise_line("傳媒查詢 Media enquiries：傳訊及公共關係處 Communications and Public Relations Office (853) 8599 3288")


def test_a_bracketed_translation_credit_and_a_reporters_bracketed_credit_are_noise_and_name_the_writer():
    # Taipei Times: "(Liberty Times, translated by Eddy Chang)" under the English, "（自由時報記者吳柏軒／台北報導）" under the Chinese
    from newscrawler.extract.content import is_noise_line
    from newscrawler.extract.meta import byline
    assert is_noise_line("(Liberty Times, translated by Eddy Chang)")
    assert is_noise_line("（自由時報記者吳柏軒／台北報導）")
    root = html("<html><body></body></html>").selector.root
    assert byline(["（自由時報記者吳柏軒／台北報導）"], root, None, None) == ("吳柏軒", "自由時報")


def test_a_wire_alone_in_brackets_under_the_text_is_a_credit_naming_the_source():
    # Taipei Times: "(AFP)" closing a wire story
    from newscrawler.extract.content import is_noise_line
    from newscrawler.extract.meta import byline
    assert is_noise_line("(AFP)")
    root = html("<html><body></body></html>").selector.root
    assert byline(["(AFP)"], root, None, None)[1] == "AFP"


def test_a_captions_line_after_a_br_and_a_caption_set_right_after_the_picture_in_its_box_are_captions():
    # Taipei Times: div.imgboxa > img + h1 "…<br>Photo: Chien Jung-fong, Taipei Times"
    en = ["The Taipei Rapid Transit Corp announced on Sunday that it will trial quiet carriages on the Wenhu Line from next month, asking passengers to keep calls short.",
          "The company said the idea came from a survey of commuters last year, in which nearly 60 percent of respondents said loud phone calls bothered them most."]
    def story(picture):
        return f"""<html><head><title>Taipei MRT to trial quiet carriages - Taipei Times</title></head><body><div class="archives">
        <h1>Taipei MRT to trial quiet carriages</h1><p>{en[0]}</p>{picture}<p>{en[1]}</p></div></body></html>"""
    box = ('<div class="imgboxa"><img src="p1.jpg" alt="Taipei MRT to trial quiet carriages"><h1>Passengers board a Wenhu Line '
           'train at Taipei Zoo Station on Sunday.<br>Photo: Chien Jung-fong, Taipei Times</h1></div>')
    assert extract_page(html(story(box))).fields["paragraphs_en"] == en
    # the caption's second line after a <br>, in the picture's own paragraph
    inline = ('<p><img src="p1.jpg">Passengers board a Wenhu Line train at Taipei Zoo Station on Sunday.'
              '<br>Staff hand out reminder cards at the platform doors.</p>')
    assert extract_page(html(story(inline))).fields["paragraphs_en"] == en


def test_a_partners_repost_note_its_more_stories_label_and_a_transcript_box_title_are_noise():
    # 東森: "•以上言論由 CTWANT 授權轉載…" and div.rss_title "更多 CTWANT 報導"; 新浪公开课: h3 "中英双语字幕"
    from newscrawler.extract.content import is_noise_line
    assert is_noise_line("•以上言論由 CTWANT 授權轉載，不代表東森新聞立場。")
    assert is_noise_line("更多 CTWANT 報導")
    assert is_noise_line("中英双语字幕")


def test_a_labelled_course_summary_under_the_headline_and_a_speaker_bio_after_the_text_are_not_text():
    # 新浪公开课: p.txt "课程简介：…" under the h1, div.speaker "演讲者简介" under the transcript
    zh = ["如今，我的工作就是把麦克风放进河里，记录水流在一年四季里发出的各种声音。",
          "一条即将泛滥的河流，在水位上涨前几天，声音就已经和平常不一样了，这正是我们想要捕捉的信号。"]
    summary = '<p class="txt">课程简介：水文学家Maya Holloway带我们走进一条河流的声音，讲述声学监测如何提前预警洪水。</p>'
    speaker = ('<div class="speaker"><h3>演讲者简介</h3><p>Maya Holloway 是一名水文学家，在美国俄勒冈州研究山区河流已有十五年，'
               '她的团队在二十多条河流里布设了水下麦克风。</p></div>')
    for head, after in ((summary, ""), ("", speaker)):
        doc = f"""<html><head><title>我们为何要倾听河流</title></head><body><div class="main">
        <div class="lesson_head"><h1>我们为何要倾听河流</h1>{head}</div>
        <div class="subtitle_box">{"".join(f"<p>{p}</p>" for p in zh)}</div>{after}</div></body></html>"""
        assert extract_page(html(doc)).fields["paragraphs_zh"] == zh


DIGEST_ITEMS = [
    ("May Day holiday trips hit record", "五一假期国内出游人次创新高",
     "Domestic trips made during the five-day May Day holiday reached 295 million, up 7.6 percent year-on-year, "
     "according to data released by the Ministry of Culture and Tourism on Sunday.",
     "文化和旅游部周日发布的数据显示，五一假期5天，国内旅游出游合计2.95亿人次，同比增长7.6%。", "1、year-on-year adj. 同比的"),
    ("Chang'e-6 probe enters lunar orbit", "嫦娥六号探测器进入环月轨道",
     "China's Chang'e-6 probe entered lunar orbit on Wednesday after a braking maneuver near the moon, "
     "the China National Space Administration said.",
     "国家航天局消息，嫦娥六号探测器在近月点实施制动后，于周三顺利进入环月轨道飞行。", "1、lunar adj. 月球的"),
]


def test_a_glossary_box_under_each_digest_item_ends_with_its_box_so_the_next_item_stays_text():
    # 英语学习网 (englishcn): table > td > div.sy-item (p.en-tit, p.cn-tit, p.en, p.cn, div.ciyu > p "重点词汇")
    items = "".join(f"""<div class="sy-item"><p class="en-tit"><strong>{et}</strong></p><p class="cn-tit"><strong>{ct}</strong></p>
    <p class="en">{en}</p><p class="cn">{zh}</p><div class="ciyu"><p><strong>重点词汇</strong></p><p>{word}</p></div></div>"""
                    for et, ct, en, zh, word in DIGEST_ITEMS)
    doc = f"""<html><head><title>每日双语新闻播报（2024年5月14日）_英语学习网</title></head><body><div class="viewbox">
    <h2>每日双语新闻播报（2024年5月14日）</h2><div class="info">时间:2024-05-14 08:30 来源:中国日报网</div>
    <div class="content"><table width="100%"><tr><td>{items}</td></tr></table></div></div></body></html>"""
    fields = extract_page(html(doc)).fields
    assert DIGEST_ITEMS[1][2] in fields["paragraphs_en"] and DIGEST_ITEMS[1][3] in fields["paragraphs_zh"]
    assert not any("重点词汇" in p or "adj." in p for p in fields["paragraphs_en"] + fields["paragraphs_zh"])


def test_a_daodu_summary_line_is_not_a_paragraph():
    # 英语学习网: div.intro "导读：五一假期国内出游人次创新高；…" (also "本期导读：…")
    zh = "文化和旅游部周日发布的数据显示，五一假期5天，国内旅游出游合计2.95亿人次，同比增长7.6%，国内游客出游总花费1668.9亿元。"
    for label in ("导读", "本期导读"):
        summary = f"{label}：五一假期国内出游人次创新高；嫦娥六号探测器进入环月轨道；北京今年将新建改造1000公里自行车道；研究发现睡眠不足或增加患糖尿病风险。"
        result = extract_page(html(page(f"<p>{summary}</p><p>{PROSE}</p><p>{zh}</p>")))
        assert result.fields["paragraphs_zh"] == [zh]


def test_a_comment_boxs_list_header_is_not_a_paragraph():
    # 英语学习网 (DedeCMS): dt "评论列表（网友评论仅供网友表达个人看法，并不表明本站同意其观点或证实其描述）"
    zh = "文化和旅游部周日发布的数据显示，五一假期5天，国内旅游出游合计2.95亿人次，同比增长7.6%，国内游客出游总花费1668.9亿元。"
    header = "评论列表（网友评论仅供网友表达个人看法，并不表明本站同意其观点或证实其描述）"
    result = extract_page(html(page(f"<p>{PROSE}</p><p>{zh}</p><p>{header}</p>")))
    assert result.fields["paragraphs_zh"] == [zh]


ZH_LINE = "该地区交通网络的快速发展改变了人们的生活、工作和出行方式，官员们周四在首都举行的新闻发布会上说。"


def _all_text(fields):
    return fields["paragraphs_en"] + fields["paragraphs_zh"]


def test_a_bilingual_crosshead_over_prose_does_not_open_a_glossary():
    # (waiting set bilingual242) "How they work 工作原理" has a bare glossary entry's shape, but prose follows it
    result = extract_page(html(page(f"<p>{PROSE}</p><p>{ZH_LINE}</p><p>How they work 工作原理</p><p>{PROSE}again.</p><p>{ZH_LINE}再次。</p>")))
    assert PROSE + "again." in result.fields["paragraphs_en"]


def test_a_translation_in_progress_note_is_furniture():
    for note in ("译文尚在编辑中，敬请期待。", "The translation of this story is still being edited."):
        result = extract_page(html(page(f"<p>{note}</p><p>{PROSE}</p><p>{ZH_LINE}</p>")))
        assert note not in _all_text(result.fields)


def test_a_wordpress_excerpt_is_a_standfirst_not_text():
    # (waiting set bilingual240/242) WordPress's excerpt under the headline
    excerpt = "A short excerpt that tells the whole story in a sentence or two, shown on the list pages and under the headline of the post."
    result = extract_page(html(page(f'<div class="excerpt"><p>{excerpt}</p></div><p>{PROSE}</p><p>{ZH_LINE}</p>')))
    assert result.fields["paragraphs_en"] == [PROSE.strip()]


def test_bracketed_role_credits_closing_the_text_are_furniture():
    # 北外新闻网: "（文/王敏 图/校记者团 编辑/周可）"
    credit = "（文/王敏 图/校记者团 编辑/周可）"
    result = extract_page(html(page(f"<p>{PROSE}</p><p>{ZH_LINE}</p><p>{credit}</p>")))
    assert credit not in _all_text(result.fields)


def test_a_bare_entrys_shape_in_a_caption_or_a_language_tab_opens_no_glossary():
    # 美通社: a caption "Lumora Health的手持眼底相机"; a tab "English Version 英文版"
    for before in ('<p class="pic-caption">Lumora Health的手持眼底相机</p>', "<p>English Version 英文版</p>"):
        result = extract_page(html(page(f"{before}<p>{PROSE}</p><p>{ZH_LINE}</p>")))
        assert result.fields["paragraphs_zh"] == [ZH_LINE]


def test_a_short_chinese_line_naming_a_company_is_chinese():
    # 美通社's crosshead "关于Lumora Health"
    from newscrawler.extract.content import language_of
    assert language_of("关于Lumora Health") == "zh"


def test_a_press_releases_source_credit_is_furniture():
    # PR Newswire (美通社): "消息来源：Lumora Health", "SOURCE Lumora Health"
    for credit in ("消息来源：Lumora Health", "SOURCE Lumora Health"):
        result = extract_page(html(page(f"<p>{PROSE}</p><p>{ZH_LINE}</p><p>{credit}</p>")))
        assert credit not in _all_text(result.fields)


def test_an_exams_answers_and_explanations_are_study_material():
    # 233网校: "答案及解析" after the passage
    result = extract_page(html(page(f"<p>{PROSE}</p><p>{ZH_LINE}</p><p>答案及解析</p><p>{PROSE}answer.</p>")))
    assert result.fields["paragraphs_en"] == [PROSE.strip()]


def test_a_click_to_enter_promo_is_furniture():
    # 233网校: "…，点击进入六级题库>>"
    promo = "更多英语六级真题，点击进入六级题库>>"
    result = extract_page(html(page(f"<p>{PROSE}</p><p>{ZH_LINE}</p><p>{promo}</p>")))
    assert promo not in _all_text(result.fields)


def test_a_reference_list_ends_the_text():
    # (blind249/250) "参考资料 References" over the works cited
    result = extract_page(html(page(f"<p>{PROSE}</p><p>{ZH_LINE}</p><p>参考资料 References</p><p>{PROSE}cited.</p>")))
    assert result.fields["paragraphs_en"] == [PROSE.strip()]


def test_a_translators_credit_on_each_paragraph_is_furniture():
    # 开源中国: "leoxu 翻译于 4年前 4人顶"
    result = extract_page(html(page(f"<p>{PROSE}</p><p>leoxu 翻译于 4年前 4人顶</p><p>{ZH_LINE}</p>")))
    assert not any("翻译于" in p for p in _all_text(result.fields))


def test_a_photographers_spaced_name_and_a_words_and_pictures_byline_are_furniture():
    # 岳阳网's "见习记者 刘 慧 摄"; 泉州网's "…记者 王金植 通讯员 陈静 文/图"
    for credit in ("见习记者 刘 慧 摄", "泉州网记者 王金植 通讯员 陈静 文/图"):
        result = extract_page(html(page(f"<p>{PROSE}</p><p>{ZH_LINE}</p><p>{credit}</p>")))
        assert credit not in _all_text(result.fields)


def test_a_bilingual_end_mark_is_furniture():
    # 澳门旅游局: "– End – 完"
    result = extract_page(html(page(f"<p>{PROSE}</p><p>{ZH_LINE}</p><p>– End – 完</p>")))
    assert not any("End" in p for p in _all_text(result.fields))


def test_a_one_language_only_note_is_furniture():
    # (blind255–257) a press release's "This press release is available in Chinese only."
    note = "This press release is available in Chinese only."
    result = extract_page(html(page(f"<p>{note}</p><p>{PROSE}</p><p>{ZH_LINE}</p>")))
    assert note not in _all_text(result.fields)


def test_contributor_credits_are_furniture():
    # (blind259–261) "Contributor: …", "供稿人：…"
    for credit in ("Contributor: Lin Mei", "供稿人：林美"):
        result = extract_page(html(page(f"<p>{PROSE}</p><p>{ZH_LINE}</p><p>{credit}</p>")))
        assert credit not in _all_text(result.fields)


def test_an_apps_name_followed_by_a_count_of_downloads_is_text_not_a_promo():
    # (blind159/224/236) a report of downloads is no invitation to download
    from newscrawler.extract.content import is_noise_line
    assert not is_noise_line("帮助群众下载安装国家反诈中心App1.3万余次，电信网络诈骗案件发案数同比下降。")
    assert is_noise_line("下载XX新闻客户端，了解更多")


@pytest.mark.parametrize("credit, writer", [
    ("文／研究員 陳明輝", "陳明輝"),  # 海生館: the writer's post between the slash and the name
    ("文、攝影／伍大衛 Text & photos: Wu Ta-wei", "伍大衛"),  # 玉山國家公園: words and pictures, in both languages
])
def test_a_writers_slash_credit_with_a_post_or_a_second_role_closing_the_text_names_the_writer(credit, writer):
    f = extract_page(html(page(f"<p>{PROSE}</p><p>{ZH_LINE}</p><p>{credit}</p>"))).fields
    assert f["author"] == writer
    assert credit not in _all_text(f)


@pytest.mark.parametrize("line", [
    "Appointed Translators: Li Ming, Wang Fang",
    "Author: Min SUN, Beijing Higher People's Court",
    "Original Chinese text: China Intellectual Property News, April 3, 2024",
    "原文载于《中国知识产权报》2024年4月3日",
])
def test_a_translated_articles_author_translators_and_original_are_credits(line):
    # (blind275/277/278) a court's English translation of a Chinese article
    from newscrawler.extract.content import is_noise_line
    assert is_noise_line(line)


def test_a_call_to_action_box_in_the_text_is_furniture():
    # (blind275/277/278) a law firm's div.in-content-cta
    cta = "Need help with a trademark filing? Contact our team at info@example.com."
    f = extract_page(html(page(f'<p>{PROSE}</p><div class="in-content-cta"><p>{cta}</p></div><p>{ZH_LINE}</p>'))).fields
    assert cta not in _all_text(f)


def test_a_picture_boxs_own_source_credit_names_no_source():
    # (blind280–282) CHP's div.photo > img + span.credit credits the picture, not the article
    box = ('<div class="photo"><img src="x.jpg"><p class="caption">A nurse gives a flu jab at a clinic.</p>'
           '<span class="credit">Source: Centre for Health Protection</span></div>')
    f = extract_page(html(page(f"<p>{PROSE}</p>{box}<p>{ZH_LINE}</p>").replace(" 来源:Xinhua", ""))).fields
    assert f["source"] is None


def test_a_pictures_credit_in_both_languages_is_noise():
    # (blind280–282) 臺北天文館's credit under a picture
    from newscrawler.extract.content import is_noise_line
    assert is_noise_line("圖片來源：本館資料照片 Photo: Taipei Astronomical Museum file photo")


def test_a_reporter_credit_after_a_long_desk_or_an_apps_plus_is_noise():
    # "…融媒体中心" runs past eight characters; 南方+ puts a plus before 记者
    from newscrawler.extract.content import is_noise_line
    assert is_noise_line("仙女湖区融媒体中心记者 钟华")
    assert is_noise_line("南方+记者 陈晓")


def test_a_shoots_role_credits_in_both_languages_are_noise():
    # (blind283–286) a design week's credits
    from newscrawler.extract.content import is_noise_line
    assert is_noise_line("Photography 摄影：Ma Ke 马克")
    assert is_noise_line("Hair & Make-up 妆发：Ada Wu")


def test_an_interviews_edited_for_length_note_is_noise():
    from newscrawler.extract.content import is_noise_line
    assert is_noise_line("This interview has been edited for length and clarity.")


def test_english_glossing_chinese_names_in_brackets_is_english():
    # (blind283–286) 玉山國家公園's notices gloss each place in Chinese
    from newscrawler.extract.content import language_of
    assert language_of("Rangers from the Tataka Station (塔塔加管理站) will inspect the slope with a contractor "
                       "on March 27 and announce a reopening date afterwards.") == "en"


def test_a_chinese_translations_label_over_its_block_is_not_text():
    # 香港海關: the label 中文譯本 opens the Chinese release under the English one
    from newscrawler.extract import extract_page
    from tests.conftest import html
    en = "".join(f"<p>Hong Kong Customs yesterday seized about 10 kilograms of suspected cocaine at the airport, case number {i}.</p>" for i in range(3))
    zh = "".join(f"<p>香港海關昨日在香港國際機場檢獲約十公斤懷疑可卡因，案件編號{i}。</p>" for i in range(3))
    body = f"""<html><head><title>Customs seizes suspected cocaine</title></head><body><h1>Customs seizes suspected cocaine</h1>
    <div class="pr-body"><div class="pr-lang pr-en" lang="en">{en}</div><div class="pr-lang pr-tc" lang="zh-HK"><p class="pr-lang-label">中文譯本</p>{zh}</div></div></body></html>"""
    fields = extract_page(html(body)).fields
    assert "中文譯本" not in fields["paragraphs_zh"] and fields["paragraphs_zh"][0].startswith("香港海關昨日")


def test_a_press_releases_contact_box_and_its_note_on_a_coming_translation_are_not_text():
    # HKTB: "(Chinese version of this press release will be available shortly.)", then div.pr-media-contact
    from newscrawler.extract import extract_page
    from tests.conftest import html
    en = "".join(f"<p>The Hong Kong Tourism Board led a trade mission to Riyadh this week to meet airlines and travel agents, meeting {i}.</p>" for i in range(4))
    body = f"""<html><head><title>HKTB leads trade mission to Riyadh</title></head><body><h1>HKTB leads trade mission to Riyadh</h1>
    <div class="pr-body">{en}<p class="pr-note"><em>(Chinese version of this press release will be available shortly.)</em></p>
    <div class="pr-media-contact"><p><strong>Media enquiries 傳媒查詢</strong></p><p>Ms Cherry Lau 劉小姐, Corporate Communications, HKTB. Tel: +852 2807 6543</p></div></div></body></html>"""
    text = extract_page(html(body)).fields["paragraphs_en"]
    assert len(text) == 4 and not any("Chinese version" in p or "Cherry Lau" in p for p in text)


def test_a_starred_note_of_the_text_stays_but_a_translators_note_and_a_number_to_call_do_not():
    # 龍舟總會: "＊課程以粵語授課，輔以英文教材。" is the notice's own; "Enquiries 查詢: 2504 8233" only a number to call
    from newscrawler.extract.content import is_noise_line
    assert not is_noise_line("＊課程以粵語授課，輔以英文教材。")
    assert is_noise_line("＊英文为听力练习材料，译文为本人练习，欢迎指正。")  # (豆瓣's translator's note)
    assert is_noise_line("Enquiries 查詢: 2504 8233") and is_noise_line("Enquiries: (852) 2394 1538")
    assert not is_noise_line("Enquiries rose by 20% in the first quarter, the board said.")


def test_an_associations_right_aligned_sign_off_and_a_bilingual_photo_credit_are_not_text():
    # 香港乒乓總會's <p align="right">香港乒乓總會</p> under its notice: the source; 劍擊總會's "Photos 相片: HKFA"
    from newscrawler.extract import extract_page
    from tests.conftest import html
    zh = "".join(f"<p>為讓更多球員參與，本會宣布將2025香港乒乓球分齡賽的報名截止日期延長，有意參賽人士請透過網上系統報名{i}。</p>" for i in range(3))
    body = f"""<html><head><title>2025香港乒乓球分齡賽報名截止日期延長</title></head><body><h1>2025香港乒乓球分齡賽報名截止日期延長</h1>
    <div class="news_content">{zh}<p>Photos 相片: HKFA</p><p align="right">香港乒乓總會</p></div></body></html>"""
    fields = extract_page(html(body)).fields
    assert len(fields["paragraphs_zh"]) == 3 and fields["source"] == "香港乒乓總會"
    assert not any("HKFA" in p for p in fields["paragraphs_en"])


def test_joomlas_article_index_and_end_marks_and_a_desks_reporter_line_are_not_text():
    # 泳總's "Article Index" table head, "Photo: HKASA 相片：泳總", "（完）"; 广安新闻网's "邻水县融媒体中心 周雪梅"
    from newscrawler.extract.content import is_noise_line
    for line in ("Article Index", "Photo: HKASA 相片：泳總", "（完）", "邻水县融媒体中心 周雪梅"):
        assert is_noise_line(line), line
    assert not is_noise_line("邻水县融媒体中心今年新建演播室一座。")


def test_a_county_desks_correspondent_line_is_a_credit():
    # 毕节试验区网: "黔西市融媒体中心 通讯员 张敏" alone above the text
    from newscrawler.extract.content import is_noise_line
    assert is_noise_line("黔西市融媒体中心 通讯员 张敏") and is_noise_line("邻水县融媒体中心 记者 周雪梅")
