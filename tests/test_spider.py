"""The news spider on the snapshot traps: copies of one article, start URLs of every kind,
multi-page merging, and profiles that stop matching."""

from __future__ import annotations

import json

from tests.conftest import ROOT

FIXTURES = ROOT / "fixtures"
HXEN = "https://www.hxen.net/englishnews/china"
CD = "https://language.chinadaily.com.cn/a/202104/30/WS608bb92ca31024ad0babb3a7.html"
CD_MOBILE = "https://m.language.chinadaily.com.cn/a/202104/30/WS608bb92ca31024ad0babb3a7.html"


def stat(proc, key: str) -> int:
    # The stats dump is the last thing Scrapy logs: "'key': value,"
    for line in proc.stderr.splitlines():
        if f"'{key}':" in line:
            return int(line.split(":", 1)[1].strip().rstrip(",}"))
    return 0


def test_copies_of_one_article_are_written_once(crawl):
    starts = [
        f"{HXEN}/2015-11-10/420517.html",
        "http://www.hxen.net/englishnews/china/2015-11-10/420517.html",  # http copy, same body
        f"{HXEN}/2015-11-12/420529.html?from=rss",  # tracking parameter
        f"{HXEN}/2015-11-12/420529.html",
        CD_MOBILE,  # m. copy whose rel=canonical names the desktop page
        CD,
    ]
    items, proc = crawl("-s", f"REPLAY_DIR={FIXTURES}", "-a", "start_urls=" + ",".join(starts),
                        "-s", "DEPTH_LIMIT=1")
    urls = sorted(i["url"] for i in items if i["url"] in {starts[0], starts[3], CD})
    assert urls == sorted([starts[0], starts[3], CD])
    assert len([i for i in items if i["url"] == CD]) == 1
    assert len([i for i in items if i["url"] == starts[0]]) == 1
    assert stat(proc, "newscrawler/dedupe/url") >= 2  # the http and m. copies
    assert stat(proc, "newscrawler/url/tracking_stripped") >= 1


def test_a_later_page_as_start_url_yields_the_whole_article_once(crawl):
    items, proc = crawl("-s", f"REPLAY_DIR={FIXTURES / 'hxen'}", "-s", "DEPTH_LIMIT=1", "-a",
                        f"start_urls={HXEN}/2015-11-12/420533_2.html,{HXEN}/2015-11-12/420533.html")
    merged = [i for i in items if i["url"] == f"{HXEN}/2015-11-12/420533.html"]
    assert len(merged) == 1 and merged[0]["pages"] == 2
    truth = next(json.loads(l) for l in (FIXTURES / "hxen/truth.jsonl").read_text(encoding="utf-8").splitlines()
                 if json.loads(l)["url"] == merged[0]["url"])
    assert merged[0]["body_en"] == truth["body_en"]


def test_a_replay_does_not_wait_out_a_saved_robots_crawl_delay(crawl):
    # 港人講地's robots.txt says Crawl-delay: 10; honoured, its replay took five minutes
    items, proc = crawl("-s", f"REPLAY_DIR={FIXTURES / 'speakout'}")
    assert len(items) == 4
    assert stat(proc, "newscrawler/robots/crawl_delay_not_applied") == 1 and stat(proc, "newscrawler/robots/crawl_delay") == 0


def test_error_pages_and_list_pages_emit_nothing(crawl):
    soft404 = "https://language.chinadaily.com.cn/a/202104/22/WS60813d76a31024ad0babaa8d.html"
    items, proc = crawl("-s", f"REPLAY_DIR={FIXTURES / 'chinadaily'}", "-s", "DEPTH_LIMIT=0",
                        "-a", f"start_urls={soft404},https://language.chinadaily.com.cn/news_bilingual/")
    assert soft404 not in {i["url"] for i in items}
    assert "https://language.chinadaily.com.cn/news_bilingual/" not in {i["url"] for i in items}
    assert stat(proc, "newscrawler/page/error") == 1


def test_related_links_stay_on_site_and_404s_are_counted(crawl):
    seed = f"{HXEN}/2015-11-13/420541.html"
    items, proc = crawl("-s", f"REPLAY_DIR={FIXTURES / 'hxen'}", "-s", "DEPTH_LIMIT=1", "-a", f"start_urls={seed}")
    article = next(i for i in items if i["url"] == seed)
    assert all(r["url"].startswith("https://www.hxen.net/") for r in article["related"])
    assert "xinhuanet" not in proc.stderr.split("Spider closed")[0].split("Crawled")[-1]
    assert stat(proc, "httperror/response_ignored_status_count/404") >= 1  # the dead related link


def test_profile_that_stops_matching_falls_back_and_is_counted(crawl, tmp_path):
    # A profile module for hxen whose content selector no longer matches (a "redesign").
    pkg = tmp_path / "brokenprofiles"
    pkg.mkdir()
    (pkg / "__init__.py").write_text("")
    (pkg / "hxen.py").write_text(
        "from newscrawler.extract.profiles import Profile\n"
        "PROFILE = Profile(name='hxen-old', sites=('hxen.net',), xpaths={'content': \"//div[@id='old-content']\"})\n"
    )
    items, proc = crawl("-s", f"REPLAY_DIR={FIXTURES / 'hxen'}",
                        "-s", "NEWSCRAWLER_PROFILES_MODULES=brokenprofiles", pythonpath=[tmp_path])
    assert len(items) == 10  # every article still extracted, by the generic rules
    assert stat(proc, "newscrawler/profile/fallback/hxen.net/content") >= 10
    assert proc.stderr.count("Profile selector for 'content' found nothing on hxen.net") == 1


def test_a_truncated_page_marks_the_whole_multi_page_article():
    from scrapy.http import Request
    from scrapy.utils.test import get_crawler

    from newscrawler.guards.completeness import TRUNCATED
    from newscrawler.replay import Snapshot
    from newscrawler.spiders.news import NewsSpider
    from tests.conftest import response_for

    spider = NewsSpider.from_crawler(get_crawler(NewsSpider), start_urls="https://www.hxen.net/")
    page1 = response_for(Snapshot(FIXTURES / "hxen"), f"{HXEN}/2015-11-12/420533.html")
    page1.request.meta[TRUNCATED] = "gzip stream ended early"
    follow_ups = [r for r in spider.parse(page1) if isinstance(r, Request) and r.callback == spider.parse_more]
    assert [r.url for r in follow_ups] == [f"{HXEN}/2015-11-12/420533_2.html"]
    assert follow_ups[0].meta[TRUNCATED] == "gzip stream ended early"


def test_a_threads_later_page_another_member_opens_holds_replies_and_ends_the_article():
    from scrapy.http import Request
    from scrapy.utils.test import get_crawler

    from newscrawler.replay import Snapshot
    from newscrawler.spiders.news import NewsSpider
    from tests.conftest import response_for

    crawler = get_crawler(NewsSpider)
    spider = NewsSpider.from_crawler(crawler, start_urls="https://www.ecocn.org/")
    crawler.stats.open_spider(spider)
    snapshot = Snapshot(FIXTURES / "ecocn")
    page1 = response_for(snapshot, "https://www.ecocn.org/thread-302118-1-1.html")
    follow_ups = [r for r in spider.parse(page1) if isinstance(r, Request) and r.callback == spider.parse_more]
    assert [r.url for r in follow_ups] == ["https://www.ecocn.org/thread-302118-2-1.html"]
    page2 = response_for(snapshot, follow_ups[0].url)
    page2.request.cb_kwargs.update(follow_ups[0].cb_kwargs)
    (article,) = [r for r in spider.parse_more(page2, **follow_ups[0].cb_kwargs) if not isinstance(r, Request)]
    assert article["pages"] == 1 and "利兹那家我去过" not in article["body_zh"]
    assert crawler.stats.get_value("newscrawler/page/replies_only") == 1


def test_a_soft_404_is_remembered_as_gone_by_the_article_state(tmp_path):
    import subprocess
    import sys

    cmd = [sys.executable, "-m", "scrapy", "crawl", "news", "-s", f"REPLAY_DIR={FIXTURES / 'chinadaily'}",
           "-s", f"NEWSCRAWLER_OUTPUT={tmp_path}/%(spider)s-%(time)s.jsonl",
           "-s", f"NEWSCRAWLER_REJECTS={tmp_path}/%(spider)s-%(time)s.rejects.jsonl"]
    runs = [subprocess.run(cmd, cwd=ROOT, capture_output=True, text=True, timeout=120) for _ in range(2)]
    assert all(r.returncode == 0 for r in runs), runs[-1].stderr[-2000:]
    assert stat(runs[0], "newscrawler/state/gone_marked") == 1
    assert stat(runs[1], "newscrawler/state/gone_skipped") == 1  # not asked again
    # `scrapy shell` on a URL the state knows still fetches it (and from its own thread).
    known = "https://language.chinadaily.com.cn/a/202104/29/WS608a5282a31024ad0babae1d.html"
    shell = subprocess.run([sys.executable, "-m", "scrapy", "shell", *cmd[5:], known, "-c", "response.status"],
                           cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert shell.returncode == 0 and shell.stdout.strip() == "200", shell.stderr[-2000:]


def test_case_32_every_request_survives_a_pause_jobdir_serialisation(crawl, tmp_path):
    # RELIABILITY case 32: with JOBDIR every request goes through pickle; one that cannot
    # (a lambda callback, a loader in meta) would be kept in memory only and lost on pause.
    items, proc = crawl("-s", f"REPLAY_DIR={FIXTURES / 'hxen'}", "-s", f"JOBDIR={tmp_path / 'job'}",
                        "-s", "SCHEDULER_DEBUG=True")
    assert len(items) == 10  # the two-page article's chain (cb_kwargs) included
    assert stat(proc, "scheduler/unserializable") == 0
    assert "Unable to serialize request" not in proc.stderr
    assert stat(proc, "scheduler/enqueued/disk") > 0


def test_the_crawl_stays_on_the_start_urls_registered_domain_with_its_sibling_hosts():
    # 中国江西网: the jiangxi. list links a story on nc.; another site stays off
    from scrapy.utils.test import get_crawler

    from newscrawler.spiders.news import NewsSpider

    spider = NewsSpider.from_crawler(get_crawler(NewsSpider), start_urls="https://jiangxi.jxnews.com.cn/jxsh/index.shtml")
    assert spider.allowed_domains == ["jxnews.com.cn"]
