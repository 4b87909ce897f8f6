"""A synthetic bilingual news portal of N articles, written as static files for a web server.

One host, three sections in the three fixture styles (fixtures/hxen, fixtures/chinadaily,
fixtures/24en), four categories each:

- ``dede``  (hxen, DedeCMS): GBK bodies with a gb2312 meta, English paragraphs, a 相关文章 block,
  ``list_<tid>_<k>.html`` list pages, ``<aid>_<k>.html`` later pages of multi-page articles;
- ``cd``    (chinadaily): UTF-8, English and Chinese paragraphs interleaved, ``page_<k>.html``;
- ``en24``  (24en): UTF-8, an English block and a hidden (display:none) Chinese block,
  ``index_<k>.html``.

Every page carries the portal furniture a real one has (navigation, hot lists with a tracking
parameter, latest lists, previous/next links, footer), so a plain link-following spider fetches
more than the article set, as it would on a real portal. Some articles span 2-3 pages, some
are published twice under two URLs in two categories (same text: the content-fingerprint
dedupe drops one), some are near-empty (video stubs: the validator drops them). Article pages
are 15-30 KB.

Deterministic: article ``i`` is the same for a given seed whatever N is.

    .venv/bin/python -m bench.site --n 5000 --out /tmp/newscrawler-bench/site-5000 [--check]
"""

from __future__ import annotations

import argparse
import json
import random
import shutil
import sys
from dataclasses import dataclass
from datetime import datetime, timedelta
from html import escape
from pathlib import Path

GENERATOR_VERSION = 3
PER_LIST_PAGE = 20
PAGER_WINDOW = 10
STYLES = ("dede", "cd", "en24")
CATEGORIES = {
    "dede": [("china", "国内英语新闻", 2), ("world", "国际英语新闻", 3), ("business", "财经英语新闻", 5),
             ("sports", "体育英语新闻", 6)],
    "cd": [("news_bilingual", "双语新闻", 0), ("news_hotwords", "新闻热词", 0), ("trans_collect", "译词课堂", 0),
           ("practice_tongue", "实用口语", 0)],
    "en24": [("politics", "时政", 0), ("finance-economics", "财经", 0), ("life", "生活", 0),
             ("sports", "体育", 0)],
}

# --- Parallel English/Chinese phrase banks: one choice renders both sides of a pair ----------
CITIES = [("Beijing", "北京"), ("Shanghai", "上海"), ("Shenyang", "沈阳"), ("Chengdu", "成都"),
          ("Guangzhou", "广州"), ("Xi'an", "西安"), ("Wuhan", "武汉"), ("Hangzhou", "杭州"),
          ("Xiamen", "厦门"), ("Sanya", "三亚"), ("Tianjin", "天津"), ("Nanjing", "南京"),
          ("Chongqing", "重庆"), ("Shenzhen", "深圳"), ("Harbin", "哈尔滨"), ("Kunming", "昆明")]
BODIES = [("the Ministry of Commerce", "商务部"), ("the Ministry of Transport", "交通运输部"),
          ("the National Bureau of Statistics", "国家统计局"), ("the General Administration of Customs", "海关总署"),
          ("the Ministry of Education", "教育部"), ("the National Health Commission", "国家卫生健康委员会"),
          ("the People's Bank of China", "中国人民银行"), ("the China Meteorological Administration", "中国气象局"),
          ("the State Council", "国务院"), ("the Ministry of Culture and Tourism", "文化和旅游部")]
THINGS = [("exports", "出口"), ("imports", "进口"), ("retail sales", "社会消费品零售总额"),
          ("industrial output", "工业增加值"), ("online sales", "网上零售额"), ("passenger trips", "旅客发送量"),
          ("car sales", "汽车销量"), ("box office revenue", "票房收入"), ("power consumption", "全社会用电量"),
          ("fixed-asset investment", "固定资产投资"), ("grain output", "粮食产量"), ("tourism revenue", "旅游收入")]
PEOPLE = [("visitors", "游客"), ("students", "学生"), ("volunteers", "志愿者"), ("patients", "患者"),
          ("internet users", "网民"), ("college graduates", "高校毕业生"), ("rural residents", "农村居民")]
TOPICS = [("food waste", "食品浪费"), ("air pollution", "空气污染"), ("rural tourism", "乡村旅游"),
          ("electric vehicles", "新能源汽车"), ("online education", "在线教育"), ("elderly care", "养老服务"),
          ("garbage sorting", "垃圾分类"), ("space exploration", "太空探索"), ("digital payments", "数字支付"),
          ("high-speed rail", "高铁"), ("clean energy", "清洁能源"), ("public health", "公共卫生")]
DAYS = [("Monday", "周一"), ("Tuesday", "周二"), ("Wednesday", "周三"), ("Thursday", "周四"),
        ("Friday", "周五"), ("Saturday", "周六"), ("Sunday", "周日")]
MONTHS = [("January", "1月"), ("February", "2月"), ("March", "3月"), ("April", "4月"), ("May", "5月"),
          ("June", "6月"), ("July", "7月"), ("August", "8月"), ("September", "9月"), ("October", "10月"),
          ("November", "11月"), ("December", "12月")]
SOURCES = [("Xinhua", "新华社"), ("China Daily", "中国日报"), ("Reuters", "路透社"), ("AP", "美联社"),
           ("CGTN", "中国国际电视台"), ("Global Times", "环球时报")]
AUTHORS = ["Li Yuan", "Wang Xiaodong", "Zhang Yi", "Chen Meiling", "Zhou Jin", "Liu Kun", "Yang Wanli",
           "Zhao Lei", "Hu Yongqi", "Xu Wei"]


def _rng(seed: int, i: int, salt: int = 0) -> random.Random:
    return random.Random(seed * 1_000_003 + i * 7 + salt)


def _sentence(r: random.Random) -> tuple[str, str]:
    """One aligned (English, Chinese) sentence."""
    city, body, thing = r.choice(CITIES), r.choice(BODIES), r.choice(THINGS)
    ppl, topic, day, month = r.choice(PEOPLE), r.choice(TOPICS), r.choice(DAYS), r.choice(MONTHS)
    pct, num, year = f"{r.randint(1, 60)}.{r.randint(0, 9)}", r.randint(2, 900), r.randint(1998, 2014)
    subject = r.choice([
        (f"Officials in {city[0]}", f"{city[1]}官员"), (body[0][0].upper() + body[0][1:], body[1]),
        (f"Analysts in {city[0]}", f"{city[1]}的分析人士"), (f"Residents of {city[0]}", f"{city[1]}居民"),
        ("Researchers", "研究人员"), ("Local authorities", "地方政府"), ("Economists", "经济学家"),
    ])
    verb = r.choice([
        (f"said on {day[0]} that", f"{day[1]}表示，"), (f"announced on {day[0]} that", f"{day[1]}宣布，"),
        ("reported that", "报告称，"), ("warned that", "警告说，"), ("estimated that", "估计，"),
    ])
    clause = r.choice([
        (f"{thing[0]} rose {pct} percent in {month[0]} from a year earlier",
         f"{month[1]}{thing[1]}同比增长{pct}%"),
        (f"{thing[0]} fell {pct} percent in {month[0]} year-on-year", f"{month[1]}{thing[1]}同比下降{pct}%"),
        (f"the number of {ppl[0]} in {city[0]} reached {num},000",
         f"{city[1]}{ppl[1]}数量达到{num}000人"),
        (f"new rules on {topic[0]} would take effect from {month[0]}",
         f"有关{topic[1]}的新规定将于{month[1]}起施行"),
        (f"{city[0]} would invest {num} billion yuan in {topic[0]} over the next five years",
         f"{city[1]}将在未来五年投入{num}亿元用于{topic[1]}"),
        (f"demand for {topic[0]} kept growing among {ppl[0]}", f"{ppl[1]}对{topic[1]}的需求持续增长"),
    ])
    tail = r.choice([
        ("", ""), (", the fourth consecutive monthly increase", "，连续第四个月增长"),
        (", according to official data", "，官方数据显示"), (", well above market expectations", "，远高于市场预期"),
        (f", the highest level since {year}", f"，创{year}年以来最高水平"),
        (f" as interest in {topic[0]} spread", f"，{topic[1]}受到越来越多的关注"),
    ])
    en = f"{subject[0]} {verb[0]} {clause[0]}{tail[0]}."
    zh = f"{subject[1]}{verb[1]}{clause[1]}{tail[1]}。"
    return en, zh


def _paragraph(r: random.Random) -> tuple[str, str]:
    pairs = [_sentence(r) for _ in range(r.randint(2, 4))]
    return " ".join(e for e, _ in pairs), "".join(z for _, z in pairs)


@dataclass
class Article:
    i: int
    style: str
    cat: int  # index into CATEGORIES[style]
    date: datetime
    aid: int
    pages: int  # 1, 2 or 3
    stub: bool  # a near-empty video page: dropped by the validator
    dup: bool  # also published under a second URL in the next category

    def url(self, page: int = 1, copy: bool = False) -> str:
        cat = CATEGORIES[self.style][(self.cat + 1) % 4 if copy else self.cat][0]
        aid = self.aid + 5_000_000 if copy else self.aid
        suffix = f"_{page}" if page > 1 else ""
        d = self.date
        if self.style == "dede":
            return f"/englishnews/{cat}/{d:%Y-%m-%d}/{aid}{suffix}.html"
        if self.style == "cd":
            return f"/a/{d:%Y%m}/{d:%d}/WS{aid:024x}{suffix}.html"
        return f"/read/news/{cat}/{d:%Y-%m-%d}/{aid}{suffix}.html"


def article(seed: int, i: int) -> Article:
    style = STYLES[i % 3]
    pages = 1
    if style == "dede":
        pages = 3 if i % 100 == 13 else 2 if i % 20 == 7 else 1
    elif style == "cd" and i % 50 == 11:
        pages = 2
    base = {"dede": 420_000, "cd": 0x608A5282A31024AD0BAB0000, "en24": 158_000}[style]
    return Article(
        i=i, style=style, cat=(i // 3) % 4, date=datetime(2015, 1, 1, 8) + timedelta(minutes=37 * i),
        aid=base + i, pages=pages, stub=(i % 200 == 99), dup=(i % 50 == 23),
    )


def titles(seed: int, i: int) -> tuple[str, str]:
    r = _rng(seed, i, salt=1)
    city, thing, topic, month = r.choice(CITIES), r.choice(THINGS), r.choice(TOPICS), r.choice(MONTHS)
    pct = f"{r.randint(1, 60)}.{r.randint(0, 9)}"
    return r.choice([
        (f"{city[0]} {thing[0]} rise {pct} percent in {month[0]}", f"{city[1]}{month[1]}{thing[1]}增长{pct}%"),
        (f"China's {month[0]} {thing[0]} fall {pct} percent", f"中国{month[1]}{thing[1]}同比下降{pct}%"),
        (f"{city[0]} steps up efforts on {topic[0]} ({i})", f"{city[1]}加大{topic[1]}工作力度（{i}）"),
        (f"New rules on {topic[0]} to take effect in {city[0]}", f"{city[1]}{topic[1]}新规即将施行"),
        (f"{city[0]} invests in {topic[0]} as {thing[0]} grow", f"{city[1]}加大{topic[1]}投入 {thing[1]}增长"),
    ])


def body(seed: int, i: int, page: int, count: int) -> list[tuple[str, str]]:
    r = _rng(seed, i, salt=10 + page)
    return [_paragraph(r) for _ in range(count)]


# --- Page templates ------------------------------------------------------------------------

def _links(items: list[tuple[str, str]], fmt: str) -> str:
    return "\n".join(fmt.format(url=u, text=escape(t)) for u, t in items)


DEDE_HEAD = """<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312" />
<title>{title}</title>
<meta name="keywords" content="{keywords}" />
<meta name="description" content="{description}" />
<meta http-equiv="Cache-Control" content="no-transform" />
<meta name="applicable-device" content="pc" />
<link href="/templets/hxen/css/style.css" rel="stylesheet" media="screen" type="text/css" />
<link href="/templets/hxen/css/page.css" rel="stylesheet" media="screen" type="text/css" />
<script language="javascript" type="text/javascript" src="/templets/hxen/js/jquery-1.4.2.min.js"></script>
<script language="javascript" type="text/javascript" src="/include/dedeajax2.js"></script>
<script language="javascript" type="text/javascript">
<!--
function CheckLogin(){{
  var taget_obj = document.getElementById('_ajax_feedback');
  myajax = new DedeAjax(taget_obj,false,false,'','','');
  myajax.SendGet2("/member/ajax_feedback.php");
  DedeXHTTP = null;
}}
function hxen_ad(pos){{ document.write('<scr'+'ipt type="text/javascript" src="/plus/ad_js.php?pos='+pos+'"></scr'+'ipt>'); }}
-->
</script>
</head>
<body class="{body_class}">
<div class="header_top">
  <div class="w960 center">
    <span class="time">学英语，就上恒星英语学习网！每天更新英语新闻、英语听力、双语阅读</span>
    <div class="toplinks"><a href="/data/sitemap/" target="_blank">网站地图</a>|<a href="/tags/">TAG标签</a>|<a href="/data/rssmap/" class="rss">RSS订阅</a>|<a href="#" onclick="this.style.behavior='url(#default#homepage)';">设为首页</a>|<a href="javascript:window.external.AddFavorite('/','恒星英语学习网')">加入收藏</a></div>
  </div>
</div>
<div class="header">
  <div class="top w960 center">
    <div class="title"><h1><a href="/"><img src="/templets/hxen/images/logo.gif" height="54" width="216" alt="恒星英语学习网" /></a></h1></div>
    <div class="banner"><script type="text/javascript">hxen_ad('top_728x90');</script></div>
  </div>
  <div class="module blue mT10 wrapper w963">
    <div id="navMenu">
      <ul>
        <li><a href="/"><span>首页</span></a></li>
        <li><a href="/listening/"><span>英语听力</span></a></li>
        <li><a href="/oral/"><span>英语口语</span></a></li>
        <li><a href="/read/"><span>英语阅读</span></a></li>
        <li class="hover"><a href="/englishnews/"><span>英语新闻</span></a></li>
        <li><a href="/grammar/"><span>英语语法</span></a></li>
        <li><a href="/vocabulary/"><span>英语词汇</span></a></li>
        <li><a href="/cet/"><span>四六级</span></a></li>
        <li><a href="/kaoyan/"><span>考研英语</span></a></li>
        <li><a href="/ielts/"><span>雅思</span></a></li>
        <li><a href="/toefl/"><span>托福</span></a></li>
        <li><a href="/translation/"><span>英语翻译</span></a></li>
      </ul>
    </div>
    <div class="search">
      <form name="formsearch" action="/plus/search.php">
        <div class="form">
          <h4>搜索</h4>
          <input type="hidden" name="kwtype" value="0" />
          <input name="q" type="text" class="search-keyword" id="search-keyword" value="在这里搜索..." onfocus="if(this.value=='在这里搜索...'){{this.value='';}}" onblur="if(this.value==''){{this.value='在这里搜索...';}}" />
          <select name="searchtype" class="search-option" id="search-option">
            <option value="title" selected="1">检索标题</option>
            <option value="titlekeyword">智能模糊</option>
          </select>
          <button type="submit" class="search-submit">搜索</button>
        </div>
      </form>
      <div class="tags">
        <h4>热门标签:</h4>
        <ul>
          <li><a href="/tags/voa/">VOA</a></li>
          <li><a href="/tags/bbc/">BBC</a></li>
          <li><a href="/tags/news/">新闻</a></li>
          <li><a href="/tags/bilingual/">双语</a></li>
          <li><a href="/tags/cet4/">四级</a></li>
        </ul>
      </div>
    </div>
  </div>
  <div class="subnav w960 center">
    <strong>英语新闻：</strong>
    <a href="/englishnews/china/">国内英语新闻</a> | <a href="/englishnews/world/">国际英语新闻</a> | <a href="/englishnews/business/">财经英语新闻</a> | <a href="/englishnews/sports/">体育英语新闻</a>
  </div>
</div>
<div class="w960 center clear mt1">
  <div class="pleft">
"""

DEDE_RIGHT = """  </div>
  <div class="pright">
    <div class="ad300"><script type="text/javascript">hxen_ad('right_300x250');</script></div>
    <div class="commend mt1">
      <dl class="tbox light">
        <dt class="light"><strong>热门文章</strong></dt>
        <dd class="light">
          <ul class="c1 ico2">
{hot}
          </ul>
        </dd>
      </dl>
    </div>
    <div class="infos_userinfo mt1">
      <dl class="tbox">
        <dt><strong>最新文章</strong></dt>
        <dd>
          <ul class="c1 ico2">
{latest}
          </ul>
        </dd>
      </dl>
    </div>
    <div class="mt1">
      <dl class="tbox">
        <dt><strong>英语学习推荐</strong></dt>
        <dd>
          <ul class="d4">
            <li><a href="/listening/voa/" target="_blank">VOA慢速英语</a> <a href="/listening/bbc/" target="_blank">BBC英语</a></li>
            <li><a href="/listening/cnn/" target="_blank">CNN新闻</a> <a href="/oral/" target="_blank">英语口语</a></li>
            <li><a href="/cet/cet4/" target="_blank">大学英语四级</a> <a href="/cet/cet6/" target="_blank">大学英语六级</a></li>
          </ul>
        </dd>
      </dl>
    </div>
    <div class="ad300 mt1"><a href="https://ad.example.com/go.php?aid=9" target="_blank" rel="nofollow"><img src="/uploads/allimg/ad/ielts_300x120.jpg" width="300" height="120" alt="雅思保6.5分冲刺班，限时优惠" /></a></div>
  </div>
</div>
<div class="footer w960 center mt1 clear">
  <div class="footer_body">
    <p class="powered">
      <a href="/about/">关于我们</a> | <a href="/about/contact/">联系我们</a> | <a href="/about/ad/">广告服务</a> | <a href="/about/copyright/">版权声明</a> | <a href="/data/sitemap/">网站地图</a><br />
      Copyright &copy; 2006-2015 恒星英语学习网 All Rights Reserved.<br />
      本站部分内容来源于网络，仅供英语学习者学习参考，版权归原作者所有。如有侵权请来信告知，我们将及时删除。<a href="http://www.miibeian.gov.cn/" target="_blank" rel="nofollow">苏ICP备08012345号</a>
    </p>
  </div>
</div>
<script type="text/javascript">
var _hmt = _hmt || [];
(function() {{
  var hm = document.createElement("script");
  hm.src = "https://hm.baidu.com/hm.js?5b8f0a1e2e3b2c3d4e5f60718293a4b5";
  var s = document.getElementsByTagName("script")[0];
  s.parentNode.insertBefore(hm, s);
}})();
</script>
</body>
</html>
"""

CD_HEAD = """<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="UTF-8" />
<meta http-equiv="X-UA-Compatible" content="IE=edge,chrome=1" />
<meta name="viewport" content="width=device-width, initial-scale=1.0" />
<title>{title}</title>
<meta name="keywords" content="{keywords}" />
<meta name="description" content="{description}" />
{meta}<link rel="stylesheet" href="/static_e/css/reset.css" />
<link rel="stylesheet" href="/static_e/css/language_common.css" />
<link rel="stylesheet" href="/static_e/css/language_content.css" />
<script type="text/javascript" src="/static_e/js/jquery-1.7.2.min.js"></script>
</head>
<body>
<div class="topbar">
  <div class="topbar_con">
    <div class="topbar_l">
      <a href="//www.chinadaily.com.cn/" target="_blank">中国日报网</a> |
      <a href="//cn.chinadaily.com.cn/" target="_blank">中文</a> |
      <a href="/" target="_blank">英语点津</a> |
      <a href="//kan.chinadaily.com.cn/" target="_blank">中国日报双语新闻</a>
    </div>
    <div class="topbar_r">
      <a href="//subscription.chinadaily.com.cn/" target="_blank">订阅</a>
      <a href="/rss/" target="_blank">RSS</a>
    </div>
  </div>
</div>
<div class="header2">
  <div class="header2_con">
    <a class="header2_logo1" href="/" target="_blank"><img src="/static_e/img/logo_yydj.png" alt="英语点津" /></a>
    <div class="header2_search">
      <form action="//newssearch.chinadaily.com.cn/cn/search" method="get" target="_blank">
        <input type="text" name="query" class="search_txt" placeholder="搜索双语新闻、热词" />
        <input type="submit" class="search_btn" value="搜索" />
      </form>
    </div>
  </div>
  <div class="nav">
    <ul>
      <li><a href="/" target="_top">首页</a></li>
      <li class="active"><a href="/news_bilingual/" target="_top">双语新闻</a></li>
      <li><a href="/news_hotwords/" target="_top">新闻热词</a></li>
      <li><a href="/practice_tongue/" target="_top">实用口语</a></li>
      <li><a href="/trans_collect/" target="_top">译词课堂</a></li>
      <li><a href="/news_photo/" target="_top">图片新闻</a></li>
      <li><a href="/video_links/" target="_top">视频精选</a></li>
      <li><a href="/columnist/" target="_top">专栏作家</a></li>
    </ul>
  </div>
</div>
<div class="content">
  <div class="content_left">
"""

CD_RIGHT = """  </div>
  <div class="content_right">
    <div class="right_box">
      <div class="right_title"><span>精彩推荐</span></div>
      <ul class="right_list">
{hot}
      </ul>
    </div>
    <div class="right_ad"><a href="//subscription.chinadaily.com.cn/cd_bilingual.html" target="_blank"><img src="/images/ad/2021/sub_300x250.jpg" alt="订阅中国日报双语新闻" /></a></div>
    <div class="right_box">
      <div class="right_title"><span>新闻热词</span></div>
      <ul class="right_list">
{latest}
      </ul>
    </div>
    <div class="right_box">
      <div class="right_title"><span>关注我们</span></div>
      <div class="right_qr"><img src="/static_e/img/qr_wechat.jpg" alt="中国日报双语新闻微信" /><p>扫码关注中国日报双语新闻微信公众号</p></div>
    </div>
  </div>
</div>
<div class="footer">
  <div class="footer_con">
    <div class="footer_links">
      <a href="/about/" target="_blank">关于我们</a> |
      <a href="/about/contact/" target="_blank">联系我们</a> |
      <a href="/about/ad/" target="_blank">广告服务</a> |
      <a href="/about/copyright/" target="_blank">版权声明</a>
    </div>
    <p>中国日报网版权说明：凡注明来源为“中国日报网：XXX（署名）”，除与中国日报网签署内容授权协议的网站外，其他任何网站或单位未经允许禁止转载、使用，违者必究。如需使用，请与010-84883777联系；凡本网注明“来源：XXX（非英语点津）”的作品，均转载自其它媒体，目的在于传播更多信息，其他媒体如需转载，请与稿件来源方联系，如产生任何问题与本网无关。</p>
    <p>Copyright 1995 - 2021 . All rights reserved. The content (including but not limited to text, photo, multimedia information, etc) published in this site belongs to China Daily Information Co (CDIC). Without written authorization from CDIC, such content shall not be republished or used in any form.</p>
    <p>中国日报网 版权所有 <a href="https://beian.miit.gov.cn/" target="_blank" rel="nofollow">京ICP备13028878号-6</a></p>
  </div>
</div>
<script type="text/javascript" src="/static_e/js/language_share.js"></script>
<script type="text/javascript">
var _hmt = _hmt || [];
(function() {{
  var hm = document.createElement("script");
  hm.src = "https://hm.baidu.com/hm.js?f8e8a5c1e1f0d3b2a4c6e7d8f9a0b1c2";
  var s = document.getElementsByTagName("script")[0];
  s.parentNode.insertBefore(hm, s);
}})();
</script>
</body>
</html>
"""

EN24_HEAD = """<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="renderer" content="webkit">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{title}</title>
<meta name="keywords" content="{keywords}">
<meta name="description" content="{description}">
<link rel="stylesheet" href="/layui/css/layui.css">
<link rel="stylesheet" href="/css/common.css?v=20151102">
<link rel="stylesheet" href="/css/article.css?v=20151102">
<style type="text/css">
.tab_nav ul li{{float:left;padding:0 18px;height:34px;line-height:34px;cursor:pointer;border:1px solid #e2e2e2;margin-right:6px}}
.tab_nav ul li.cur{{background:#1e9fff;color:#fff;border-color:#1e9fff}}
.tab_con.hide{{display:none}}
.jammer{{display:none}}
.article_content p{{line-height:28px;margin-bottom:14px;font-size:16px}}
</style>
<script src="/js/jquery.min.js"></script>
<script src="/layui/layui.js"></script>
</head>
<body>
<div class="top_bar">
  <div class="container">
    <span class="welcome">欢迎来到爱思英语网！</span>
    <span class="top_links"><a href="/member/login/">登录</a> | <a href="/member/register/">注册</a> | <a href="/app/">手机APP</a> | <a href="/vip/">VIP会员</a></span>
  </div>
</div>
<div class="header">
  <div class="container clearfix">
    <a class="logo" href="/"><img src="/images/logo.png" alt="爱思英语网"></a>
    <div class="search_box">
      <form action="/search/" method="get" target="_blank">
        <input type="text" name="q" class="layui-input" placeholder="搜索文章、单词、听力">
        <button class="layui-btn layui-btn-normal" type="submit">搜索</button>
      </form>
    </div>
  </div>
</div>
<div class="nav">
  <div class="container">
    <ul class="clearfix">
      <li><a href="/">首页</a></li>
      <li><a href="/voa/">VOA</a></li>
      <li><a href="/bbc/">BBC</a></li>
      <li><a href="/cnn/">CNN</a></li>
      <li class="cur"><a href="/read/">英语阅读</a></li>
      <li><a href="/read/news/politics/">时政</a></li>
      <li><a href="/read/news/finance-economics/">财经</a></li>
      <li><a href="/read/news/life/">生活</a></li>
      <li><a href="/read/news/sports/">体育</a></li>
      <li><a href="/study/">英语学习</a></li>
      <li><a href="/exam/">英语考试</a></li>
    </ul>
  </div>
</div>
<div class="box_main">
  <div class="container margin-top-20 clearfix">
  <div class="box_left">
"""

EN24_RIGHT = """  </div>
  <div class="box_right">
    <div class="part side_ad"><a href="https://ad.example.com/go.php?id=12" target="_blank" rel="nofollow"><img src="/ad/300x250_vip.jpg" alt="爱思英语VIP会员"></a></div>
    <div class="part">
      <h3 class="part_title">推荐阅读</h3>
      <ul class="side_list">
        <li><a href="/vip/" target="_blank">【推荐】爱思英语VIP：海量双语资源随心学</a></li>
{latest}
      </ul>
    </div>
    <div class="part">
      <h3 class="part_title">热门排行</h3>
      <ul class="side_rank">
{hot}
      </ul>
    </div>
    <div class="part side_qr"><img src="/images/qr_wx.jpg" alt="爱思英语微信"><p>关注爱思英语微信，每天推送双语好文</p></div>
  </div>
  </div>
</div>
<div class="footer">
  <div class="container">
    <p class="footer_links"><a href="/about/">关于我们</a> | <a href="/about/contact/">联系我们</a> | <a href="/about/ad/">广告合作</a> | <a href="/about/copyright/">版权声明</a></p>
    <p>Copyright &copy; 2008-2015 24en.com 爱思英语网 版权所有 &nbsp; <a href="http://www.miitbeian.gov.cn/" target="_blank" rel="nofollow">沪ICP备09041234号</a></p>
    <p>本站部分内容来源于网络，仅供英语学习交流使用，如有侵权请联系我们删除。</p>
  </div>
</div>
<script>
layui.use(['element', 'layer'], function(){{}});
$(function(){{
  $(".tab_nav li").click(function(){{
    var id = $(this).data("tab");
    $(this).addClass("cur").siblings().removeClass("cur");
    $(".tab_con").hide();
    $("#tab_" + id).show();
  }});
  $.get("/plus/hits.php?id=" + $("#hits").data("id"), function(n){{ $("#hits").text(n); }});
}});
</script>
</body>
</html>
"""

STUB_PATHS = {
    "dede": ["/", "/listening/", "/listening/voa/", "/listening/bbc/", "/listening/cnn/", "/oral/", "/read/",
             "/englishnews/", "/grammar/", "/vocabulary/", "/cet/", "/cet/cet4/", "/cet/cet6/", "/kaoyan/",
             "/ielts/", "/toefl/", "/translation/", "/tags/", "/tags/voa/", "/tags/bbc/", "/tags/news/",
             "/tags/bilingual/", "/tags/cet4/", "/data/sitemap/", "/data/rssmap/", "/about/",
             "/about/contact/", "/about/ad/", "/about/copyright/"],
    "cd": ["/rss/", "/news_photo/", "/video_links/", "/columnist/"],
    "en24": ["/member/login/", "/member/register/", "/app/", "/vip/", "/voa/", "/bbc/", "/cnn/", "/study/",
             "/exam/"],
}


class Portal:
    """Renders every page of the portal; ``write`` puts them under a folder."""

    def __init__(self, n: int, seed: int = 1):
        self.n, self.seed = n, seed
        self.articles = [article(seed, i) for i in range(n)]
        self._titles: dict[int, tuple[str, str]] = {}
        # Category lists, newest first: (article index, is the second copy)
        self.lists: dict[tuple[str, int], list[tuple[int, bool]]] = {
            (s, c): [] for s in STYLES for c in range(4)
        }
        for a in self.articles:
            self.lists[(a.style, a.cat)].append((a.i, False))
            if a.dup:
                self.lists[(a.style, (a.cat + 1) % 4)].append((a.i, True))
        for items in self.lists.values():
            items.sort(key=lambda it: (self.articles[it[0]].date, it[1]), reverse=True)
        self.by_style = {s: [a.i for a in self.articles if a.style == s] for s in STYLES}
        self.position = {key: {j: p for p, (j, c) in enumerate(items) if not c}
                         for key, items in self.lists.items()}
        self._hot_cache: dict[tuple[str, int], list[tuple[str, str]]] = {}

    def title(self, i: int) -> tuple[str, str]:
        if i not in self._titles:
            self._titles[i] = titles(self.seed, i)
        return self._titles[i]

    # --- URLs of list pages ------------------------------------------------------------
    def list_url(self, style: str, cat: int, k: int) -> str:
        slug, _, tid = CATEGORIES[style][cat]
        if style == "dede":
            return f"/englishnews/{slug}/" + (f"list_{tid}_{k}.html" if k > 1 else "")
        if style == "cd":
            return f"/{slug}/" + (f"page_{k}.html" if k > 1 else "")
        return f"/read/news/{slug}/" + (f"index_{k}.html" if k > 1 else "")

    def start_paths(self) -> list[str]:
        return [self.list_url(s, c, 1) for s in STYLES for c in range(4)]

    # --- Furniture shared by every page of a style ---------------------------------------
    def _hot(self, style: str, around: int) -> list[tuple[str, str]]:
        """Site-wide hot list: changes every 500 articles; a third of its links carry ?from=rss."""
        block = (around // 500) * 500
        if (style, block) not in self._hot_cache:
            ids = self.by_style[style]
            r = _rng(self.seed, block, salt=3)
            pool = ids[max(0, (block - 1500) // 3): (block + 500) // 3] or ids
            picks = r.sample(pool, min(8, len(pool)))
            self._hot_cache[(style, block)] = [
                (self.articles[j].url() + ("?from=rss" if k % 3 == 0 else ""), self._label(j))
                for k, j in enumerate(picks)
            ]
        return self._hot_cache[(style, block)]

    def _latest(self, style: str, cat: int, around: int) -> list[tuple[str, str]]:
        items = self.lists[(style, cat)]
        # The newest six at the time the page was generated: a block of the list.
        pos = self.position[(style, cat)].get(around, 0)
        block = items[pos - pos % 200: pos - pos % 200 + 6]
        return [(self.articles[j].url(copy=c), self.title(j)[0]) for j, c in block]

    def _label(self, j: int) -> str:
        a = self.articles[j]
        en, zh = self.title(j)
        if a.style == "dede":
            return f"{CATEGORIES['dede'][a.cat][1]}:{en}"
        return f"{en} {zh}"

    def _right(self, style: str, cat: int, around: int) -> str:
        hot, latest = self._hot(style, around), self._latest(style, cat, around)
        if style == "dede":
            return DEDE_RIGHT.format(
                hot=_links(hot, '          <li><a href="{url}" target="_blank">{text}</a></li>'),
                latest=_links(latest, '          <li><span>11-14</span><a href="{url}">{text}</a></li>'))
        if style == "cd":
            return CD_RIGHT.format(
                hot=_links(hot, '        <li><a href="{url}" target="_blank">{text}</a></li>'),
                latest=_links(latest, '        <li><a href="{url}" target="_blank">{text}</a></li>'))
        return EN24_RIGHT.format(
            hot=_links(hot, '        <li><em>1</em><a href="{url}" target="_blank">{text}</a></li>'),
            latest=_links(latest, '        <li><a href="{url}" target="_blank">{text}</a></li>'))

    # --- Article pages ---------------------------------------------------------------------
    def related(self, i: int) -> list[int]:
        a = self.articles[i]
        r = _rng(self.seed, i, salt=4)
        ids = self.by_style[a.style]
        pos = i // 3
        pool = ids[max(0, pos - 100): pos + 100]
        pool = [j for j in pool if j != i]
        return r.sample(pool, min(len(pool), r.randint(4, 6)))

    def article_page(self, i: int, page: int, copy: bool = False) -> bytes:
        a = self.articles[i]
        en_title, zh_title = self.title(i)
        r = _rng(self.seed, i, salt=2)
        count = {"dede": r.randint(12, 30), "cd": r.randint(9, 22), "en24": r.randint(10, 22)}[a.style]
        paras = [("Watch the video.", "请观看视频。")] if a.stub else body(self.seed, i, page, count)
        source, author = r.choice(SOURCES), r.choice(AUTHORS)
        url = a.url(page, copy)
        cat_slug, cat_name, _ = CATEGORIES[a.style][(a.cat + 1) % 4 if copy else a.cat]
        related = [(self.articles[j].url(), self._label(j)) for j in self.related(i)]
        pager = ""
        if a.pages > 1:
            base = url.rsplit("/", 1)[1].split("_")[0].removesuffix(".html")
            names = [f"{base}.html"] + [f"{base}_{k}.html" for k in range(2, a.pages + 1)]
            nxt = names[page] if page < a.pages else "#"
            prev = names[page - 2] if page > 1 else "#"
            nums = "\n".join(
                f"<li class=\"thisclass\"><a href='#'>{k}</a></li>" if k == page else
                f"<li><a href='{names[k - 1]}'>{k}</a></li>" for k in range(1, a.pages + 1))
            pager = (f"<li><a>共{a.pages}页: </a></li>\n<li><a href='{prev}'>上一页</a></li>\n{nums}\n"
                     f"<li><a href='{nxt}'>下一页</a></li>")
        siblings = self.lists[(a.style, a.cat)]
        pos = self.position[(a.style, a.cat)][i]
        prev_i = siblings[min(pos + 1, len(siblings) - 1)][0]
        next_i = siblings[max(pos - 1, 0)][0]
        prev_link = (self.articles[prev_i].url(), self.title(prev_i)[0])
        next_link = (self.articles[next_i].url(), self.title(next_i)[0])
        right = self._right(a.style, a.cat, i)
        d = a.date
        desc = escape(paras[0][0][:150] + "...")
        if a.style == "dede":
            title = f"{cat_name}:{en_title}"
            html = DEDE_HEAD.format(title=escape(f"{title}_{cat_name}_恒星英语学习网"), body_class="articleview",
                                    keywords=escape(f"news,{cat_name}"), description=desc)
            paras_html = "\n".join(f"<p>\n\t{escape(en)}</p>" for en, _ in paras)
            if len(paras) > 3:  # the ad block inside the text, as on the fixture pages
                head, _, tail = paras_html.partition("</p>\n<p>\n\t" + escape(paras[2][0]))
                paras_html = (head + "</p>\n<div class=\"ad_content\" style=\"float:right;margin:5px 0 8px 12px;\">\n"
                              "<script type=\"text/javascript\">hxen_ad('content_300x250');</script>\n</div>\n<p>\n\t"
                              + escape(paras[2][0]) + tail)
            html += f"""    <div class="place">
      <strong>当前位置:</strong> <a href="/">主页</a> &gt; <a href="/englishnews/">英语新闻</a> &gt; <a href="/englishnews/{cat_slug}/">{cat_name}</a> &gt; 正文
    </div>
    <div class="viewbox">
      <div class="title">
        <h2>{escape(title)}</h2>
      </div>
      <div class="info">
        <small>时间:</small>{d:%Y-%m-%d %H:%M}<small>来源:</small>{source[0]} <small>作者:</small>{author} <small>点击:</small><script src="/plus/count.php?view=yes&amp;aid={a.aid}&amp;mid=1" type="text/javascript" language="javascript"></script>次
      </div>
      <div class="content">
        <table width="100%">
          <tr>
            <td>
{paras_html}
<script type="text/javascript">document.write('<p class="from">（本文由恒星英语学习网整理，转载请注明出处）</p>');</script>
            </td>
          </tr>
        </table>
      </div>
      <div class="dede_pages">
        <ul class="pagelist">
{pager}
        </ul>
      </div>
      <div class="boxoff">
        <strong>------分隔线----------------------------</strong>
      </div>
      <div class="handle">
        <div class="context">
          <ul>
          <li>上一篇：<a href='{prev_link[0]}'>{escape(prev_link[1])}</a> </li>
          <li>下一篇：<a href='{next_link[0]}'>{escape(next_link[1])}</a> </li>
          </ul>
        </div>
        <div class="actbox">
          <ul>
            <li id="act-pnt"><a href="#" onclick="window.print();">打印</a></li>
          </ul>
        </div>
      </div>
    </div>
  <div class="xiangguan mt1">
    <dl class="tbox">
      <dt><strong>相关文章</strong></dt>
      <dd>
        <ul class="c1 ico2">
{_links(related, '            <li><a href="{url}">{text}</a></li>')}
        </ul>
      </dd>
    </dl>
  </div>
    <div class="ad_bottom mt1"><script type="text/javascript">hxen_ad('content_bottom_640x90');</script></div>
    <div class="feedback mt1">
      <dl class="tbox">
        <dt><strong>发表评论</strong></dt>
        <dd><div id="_ajax_feedback">评论加载中...</div><script type="text/javascript">CheckLogin();</script></dd>
      </dl>
    </div>
"""
            return (html + right).encode("gbk", errors="xmlcharrefreplace")
        if a.style == "cd":
            meta = (f'<meta property="og:type" content="article" />\n<meta property="og:title" content="'
                    f'{escape(en_title)} {escape(zh_title)}" />\n<meta name="source" content="中国日报网" />\n'
                    f'<meta name="publishdate" content="{d:%Y-%m-%d}" />\n')
            html = CD_HEAD.format(title=escape(f"{en_title} {zh_title} - Chinadaily.com.cn"), meta=meta,
                                  keywords=escape(f"双语新闻,{zh_title}"), description=desc)
            paras_html = "\n".join(
                f"<p>{escape(en)}</p>\n<p>{escape(zh)}</p>" + ("\n<p>&nbsp;</p>" if k % 3 == 2 else "")
                for k, (en, zh) in enumerate(paras))
            currpage = ""
            if a.pages > 1:
                base = url.rsplit("/", 1)[0]
                stem = url.rsplit("/", 1)[1].split("_")[0].removesuffix(".html")
                links = " ".join(
                    f'<span class="currentpage">{k}</span>' if k == page else
                    f'<a href="{base}/{stem}{"_%d" % k if k > 1 else ""}.html" class="pagestyle">{k}</a>'
                    for k in range(1, a.pages + 1))
                nxt = f' <a href="{base}/{stem}_{page + 1}.html" class="pagestyle">下一页</a>' if page < a.pages else ""
                currpage = links + nxt
            html += f"""    <div class="main">
      <div class="main_title">
        <p class="main_title1"><a href="/" target="_blank">首页</a> &gt; <a href="/{cat_slug}/" target="_blank">{cat_name}</a></p>
        <h1>{escape(en_title)}</h1>
        <p class="main_title2">{escape(zh_title)}</p>
        <p class="main_title3">中国日报网 {d:%Y-%m-%d %H:%M}</p>
      </div>
      <div class="mian_txt" id="Content">
<figure class="image" style="display: table;"><img src="/images/{d:%Y%m}/{d:%d}/{a.aid:024x}.jpeg" alt="" />
<figcaption style="display: table-caption; caption-side: bottom;">A file photo. [Photo/{source[0]}]</figcaption>
</figure>
{paras_html}
<p>&nbsp;</p>
<p>英文来源：{source[0]}</p>
<p>翻译：周蕾</p>
<p>编辑：董晴</p>
      </div>
      <div id="div_currpage">{currpage}</div>
      <div class="urlShareArea">
        <span>分享到：</span>
        <a class="share_wx" href="javascript:void(0)" title="微信"></a>
        <a class="share_wb" href="javascript:void(0)" title="新浪微博"></a>
      </div>
      <div class="main_related">
        <div class="main_related_title"><span>相关阅读</span> Related</div>
        <ul class="main_related_list">
{_links([(u, self.title(j)[0]) for (u, _), j in zip(related, self.related(i))], '          <li><a href="{url}" target="_blank">{text}</a></li>')}
        </ul>
      </div>
      <div class="main_ad"><a href="/21stcentury/" target="_blank"><img src="/images/ad/2021/21st_710x90.jpg" alt="21世纪英文报" /></a></div>
    </div>
"""
            return (html + right).encode("utf-8")
        html = EN24_HEAD.format(title=escape(f"{en_title} {zh_title}_{cat_name}_双语新闻_爱思英语网"),
                                keywords=escape(f"双语新闻,{cat_name},英语阅读"), description=desc)
        en_html = "\n".join(f"          <p>{escape(en)}</p>" for en, _ in paras)
        zh_html = "\n".join(f"          <p>{escape(zh)}</p>" for _, zh in paras)
        html += f"""    <div class="position">当前位置：<a href="/">首页</a> &gt; <a href="/read/">英语阅读</a> &gt; <a href="/read/news/{cat_slug}/">{cat_name}</a> &gt; 正文</div>
    <div class="part article_box">
      <h1 class="article_title">{escape(en_title)}</h1>
      <p class="article_title_cn">{escape(zh_title)}</p>
      <div class="article_info">
        <span class="date">{d.year}年{d.month}月{d.day}日</span>
        <span class="source">来源：{source[1]}</span>
        <span class="hits">阅读：<em id="hits" data-id="{a.aid}">--</em>次</span>
      </div>
      <div class="tab_nav clearfix">
        <ul>
          <li class="cur" data-tab="1">英文</li>
          <li data-tab="7">中文</li>
        </ul>
      </div>
      <div class="article_content">
        <div id="tab_1" class="tab_con">
{en_html}
        </div>
        <div id="tab_7" class="tab_con" style="display:none">
{zh_html}
        </div>
      </div>
      <div class="article_statement">声明：本双语文章的中文翻译系爱思英语网原创内容，转载请注明出处。中英对照仅供学习参考，文中观点不代表本站立场。</div>
      <div class="prev_next">
        <p>上一篇：<a href="{prev_link[0]}">{escape(prev_link[1])}</a></p>
        <p>下一篇：<a href="{next_link[0]}">{escape(next_link[1])}</a></p>
      </div>
      <div class="relate_news">
        <h3 class="part_title">相关文章</h3>
        <ul>
{_links([(u, self.title(j)[0]) for (u, _), j in zip(related, self.related(i))], '          <li><a href="{url}" target="_blank">{text}</a></li>')}
        </ul>
      </div>
    </div>
"""
        return (html + right).encode("utf-8")

    # --- List pages ------------------------------------------------------------------------
    def list_pages(self, style: str, cat: int) -> int:
        return max(1, -(-len(self.lists[(style, cat)]) // PER_LIST_PAGE))

    def _pager(self, style: str, cat: int, k: int) -> list[tuple[str, str, bool]]:
        """(href, label, is current) in DedeCMS order: 首页 上一页 window 下一页 末页."""
        last = self.list_pages(style, cat)
        lo = max(1, k - PAGER_WINDOW // 2)
        hi = min(last, lo + PAGER_WINDOW - 1)
        out = [(self.list_url(style, cat, 1), "首页", False)]
        if k > 1:
            out.append((self.list_url(style, cat, k - 1), "上一页", False))
        out += [(self.list_url(style, cat, p), str(p), p == k) for p in range(lo, hi + 1)]
        if k < last:
            out.append((self.list_url(style, cat, k + 1), "下一页", False))
        out.append((self.list_url(style, cat, last), "末页" if style == "dede" else "尾页", False))
        return out

    def list_page(self, style: str, cat: int, k: int) -> bytes:
        items = self.lists[(style, cat)][(k - 1) * PER_LIST_PAGE: k * PER_LIST_PAGE]
        slug, cat_name, _ = CATEGORIES[style][cat]
        around = items[0][0] if items else 0
        right = self._right(style, cat, around)
        entries = []
        for j, copy in items:
            a = self.articles[j]
            en, zh = self.title(j)
            intro = escape(body(self.seed, j, 1, 1)[0][0][:110] + "...")
            intro_zh = escape(body(self.seed, j, 1, 1)[0][1][:60] + "…")
            url = a.url(copy=copy)
            if style == "dede":
                label = escape(f"{cat_name}:{en}") if j % 2 else escape(en)
                entries.append(f"""          <li>
            <a href="{url}" class="title" target="_blank">{label}</a>
            <span class="info"><small>日期：</small>{a.date:%Y-%m-%d} <small>点击：</small>{1000 + j % 977} <small>好评：</small>0</span>
            <p class="intro">{intro}</p>
          </li>""")
            elif style == "cd":
                entries.append(f"""      <div class="gy_box">
        <a class="gy_box_img" href="{url}" target="_blank"><img src="/images/{a.date:%Y%m}/{a.date:%d}/{a.aid:024x}.jpeg" width="240" height="160" alt="" /></a>
        <p class="gy_box_txt2"><a href="{url}" target="_blank">{escape(en)} {escape(zh)}</a></p>
        <p class="gy_box_txt3"><a href="{url}" target="_blank">{intro_zh}</a></p>
        <p class="gy_box_txt4">{a.date:%Y-%m-%d}</p>
      </div>""")
            else:
                entries.append(f"""      <div class="news_item clearfix">
        <a href="{url}" class="title" target="_blank">{escape(en)} {escape(zh)}</a>
        <p class="desc">{intro}</p>
        <span class="date">{a.date:%Y-%m-%d}</span> <span class="cat"><a href="/read/news/{slug}/">{cat_name}</a></span>
      </div>""")
        pager = self._pager(style, cat, k)
        if style == "dede":
            total = len(self.lists[(style, cat)])
            pager_html = "\n".join(
                f"          <li class=\"thisclass\"><a>{label}</a></li>" if cur else
                f"          <li><a href='{href}'>{label}</a></li>" for href, label, cur in pager)
            pager_html += (f"\n          <li><span class=\"pageinfo\">共 <strong>{self.list_pages(style, cat)}"
                           f"</strong>页<strong>{total}</strong>条</span></li>")
            html = DEDE_HEAD.format(title=escape(f"{cat_name}_恒星英语学习网"), body_class="articlelist",
                                    keywords=escape(cat_name), description=escape(f"{cat_name}栏目"))
            html += f"""    <div class="place">
      <strong>当前位置:</strong> <a href="/">主页</a> &gt; <a href="/englishnews/">英语新闻</a> &gt; <a href="/englishnews/{slug}/">{cat_name}</a> &gt;
    </div>
    <div class="listbox">
      <dl class="tbox">
        <dt><strong>{cat_name}</strong></dt>
        <dd>
        <ul class="e2">
{chr(10).join(entries)}
        </ul>
        </dd>
      </dl>
    </div>
    <div class="dede_pages">
      <ul class="pagelist">
{pager_html}
      </ul>
    </div>
    <div class="ad_bottom mt1"><script type="text/javascript">hxen_ad('list_bottom_640x90');</script></div>
"""
            return (html + right).encode("gbk", errors="xmlcharrefreplace")
        if style == "cd":
            pager_html = " ".join(
                f'<span class="currentpage">{label}</span>' if cur else
                f'<a href="{href}" class="pagestyle">{label}</a>' for href, label, cur in pager)
            html = CD_HEAD.format(title=escape(f"{cat_name} - 英语点津"), meta="", keywords=escape(cat_name),
                                  description=escape(cat_name))
            html += f"""    <div class="lft_title"><span class="lft_title_zh">{cat_name}</span> <span class="lft_title_en">Bilingual News</span></div>
    <div class="gy">
{chr(10).join(entries)}
    </div>
    <div id="div_currpage">{pager_html}</div>
"""
            return (html + right).encode("utf-8")
        pager_html = "".join(
            f'<a class="cur">{label}</a>' if cur else f'<a href="{href}">{label}</a>'
            for href, label, cur in pager)
        html = EN24_HEAD.format(title=escape(f"{cat_name}_双语新闻_爱思英语网"), keywords=escape(cat_name),
                                description=escape(cat_name))
        html += f"""    <div class="position">当前位置：<a href="/">首页</a> &gt; <a href="/read/">英语阅读</a> &gt; {cat_name}</div>
    <div class="part">
    <div class="news_list">
{chr(10).join(entries)}
    </div>
    </div>
    <div class="pages">
      <div class="pagination">{pager_html}</div>
    </div>
"""
        return (html + right).encode("utf-8")

    def stub_page(self, style: str, path: str) -> bytes:
        """A channel page outside the news sections: furniture only."""
        note = "<div class=\"place\">栏目建设中</div>\n"
        if style == "dede":
            html = DEDE_HEAD.format(title="恒星英语学习网", body_class="channel", keywords="", description="")
            return (html + note + self._right(style, 0, 0)).encode("gbk", errors="xmlcharrefreplace")
        head = CD_HEAD.format(title="英语点津", meta="", keywords="", description="") if style == "cd" else \
            EN24_HEAD.format(title="爱思英语网", keywords="", description="")
        return (head + note + self._right(style, 0, 0)).encode("utf-8")

    # --- Everything --------------------------------------------------------------------------
    def pages(self):
        """Yield (path, kind, body) for every page of the portal."""
        for a in self.articles:
            for page in range(1, a.pages + 1):
                yield a.url(page), "article", self.article_page(a.i, page)
            if a.dup:
                yield a.url(copy=True), "article_copy", self.article_page(a.i, 1, copy=True)
        for style in STYLES:
            for cat in range(4):
                for k in range(1, self.list_pages(style, cat) + 1):
                    yield self.list_url(style, cat, k), "list", self.list_page(style, cat, k)
        seen: set[str] = {self.list_url(s, c, 1) for s in STYLES for c in range(4)}
        for style in STYLES:
            for path in STUB_PATHS[style]:
                if path not in seen:
                    seen.add(path)
                    yield path, "stub", self.stub_page(style, path)


def _file_for(root: Path, path: str) -> Path:
    rel = path.lstrip("/")
    if not rel or rel.endswith("/"):
        rel += "index.html"
    return root / rel


def generate(out: Path, n: int, seed: int = 1, force: bool = False) -> dict:
    """Write the portal under ``out`` (reused when a manifest of the same n/seed is there)."""
    out = Path(out)
    manifest_path = out / "manifest.json"
    if manifest_path.exists() and not force:
        manifest = json.loads(manifest_path.read_text())
        if (manifest.get("n"), manifest.get("seed"), manifest.get("version")) == (n, seed, GENERATOR_VERSION):
            return manifest
    if out.exists():
        shutil.rmtree(out)
    out.mkdir(parents=True)
    portal = Portal(n, seed)
    counts: dict[str, int] = {}
    sizes: dict[str, list[int]] = {}
    samples: dict[str, list[str]] = {}
    made_dirs: set[Path] = set()
    for path, kind, data in portal.pages():
        f = _file_for(out, path)
        if f.parent not in made_dirs:
            f.parent.mkdir(parents=True, exist_ok=True)
            made_dirs.add(f.parent)
        f.write_bytes(data)
        counts[kind] = counts.get(kind, 0) + 1
        sizes.setdefault(kind, []).append(len(data))
        if len(samples.setdefault(kind, [])) < 400:
            samples[kind].append(path)
    (out / "robots.txt").write_text("User-agent: *\nAllow: /\n")
    stats = {}
    for kind, values in sizes.items():
        values.sort()
        stats[kind] = {"count": len(values), "median_bytes": values[len(values) // 2],
                       "min_bytes": values[0], "max_bytes": values[-1], "total_bytes": sum(values)}
    manifest = {
        "version": GENERATOR_VERSION, "n": n, "seed": seed,
        "start_paths": portal.start_paths(),
        "pages": sum(counts.values()),
        "counts": counts,
        "sizes": stats,
        "expected_articles": sum(1 for a in portal.articles if not a.stub),
        "multi_page_articles": sum(1 for a in portal.articles if a.pages > 1),
        "duplicate_copies": sum(1 for a in portal.articles if a.dup),
        "stubs": sum(1 for a in portal.articles if a.stub),
        "samples": samples,
    }
    manifest_path.write_text(json.dumps(manifest, indent=1))
    return manifest


def check(out: Path, manifest: dict, limit: int = 60) -> dict[str, dict[str, int]]:
    """Classify sample pages with the crawler's extractor: are articles articles, lists lists?"""
    from scrapy.http import HtmlResponse

    from newscrawler.extract import extract_page

    found: dict[str, dict[str, int]] = {}
    for kind, paths in manifest["samples"].items():
        for path in paths[:limit]:
            body_bytes = _file_for(Path(out), path).read_bytes()
            response = HtmlResponse(url="http://127.0.0.1:8000" + path, body=body_bytes,
                                    headers={"Content-Type": "text/html"})
            result = extract_page(response)
            found.setdefault(kind, {}).setdefault(result.kind, 0)
            found[kind][result.kind] += 1
    return found


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--n", type=int, default=1000, help="number of articles (default 1000)")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--out", type=Path, default=None, help="folder (default /tmp/newscrawler-bench/site-N)")
    parser.add_argument("--force", action="store_true", help="regenerate even if a manifest matches")
    parser.add_argument("--check", action="store_true", help="classify sample pages with extract_page")
    args = parser.parse_args(argv)
    out = args.out or default_site_dir(args.n, args.seed)
    manifest = generate(out, args.n, args.seed, args.force)
    print(f"site: {out}  ({manifest['pages']} pages)")
    for kind, s in manifest["sizes"].items():
        print(f"  {kind:13s} {s['count']:7d} pages  median {s['median_bytes'] / 1024:5.1f} KB"
              f"  range {s['min_bytes'] / 1024:.1f}-{s['max_bytes'] / 1024:.1f} KB")
    print(f"  expected articles {manifest['expected_articles']}, multi-page {manifest['multi_page_articles']},"
          f" duplicate copies {manifest['duplicate_copies']}, video stubs {manifest['stubs']}")
    if args.check:
        for kind, kinds in check(out, manifest).items():
            print(f"  extract_page on {kind:13s}: {kinds}")
    return 0


def default_site_dir(n: int, seed: int = 1) -> Path:
    return Path("/tmp/newscrawler-bench") / f"site-{n}-s{seed}"


if __name__ == "__main__":
    sys.exit(main())
