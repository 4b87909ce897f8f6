"""Output that loses nothing: kill -9 a real crawl at random points, stop one gracefully,
and check that the union of the run files is exactly the site's article set.

NEWSCRAWLER_KILL_RUNS (default 3) sets how many kills; NEWSCRAWLER_KILL_SEED replays one
sequence (the seed is printed on failure)."""

from __future__ import annotations

import os
import random
import signal
import time
from collections import Counter
from pathlib import Path

from newscrawler.state.sqlite import SqliteArticleState
from tests.sites.crawl import count_lines, crawl_command, read_articles, run, start
from tests.sites.news import NewsSite

KILL_RUNS = int(os.environ.get("NEWSCRAWLER_KILL_RUNS", "3"))


def parts(data: Path) -> set[Path]:
    return {p for p in data.glob("news-*.jsonl.part") if ".rejects." not in p.name}


def part_lines(data: Path) -> int:
    return sum(count_lines(p) for p in parts(data))


def wait_for_lines(proc, data: Path, lines: int, limit: float = 60) -> bool:
    """True once the running crawl's own .part (not one a killed run left) holds that many
    lines; False if the crawl ended first."""
    old = parts(data)
    deadline = time.monotonic() + limit
    while proc.poll() is None and time.monotonic() < deadline:
        if sum(count_lines(p) for p in parts(data) - old) >= lines:
            return True
        time.sleep(0.005)
    return False


def assert_exactly_once(data: Path, site: NewsSite) -> None:
    assert not list(data.glob("*.part")), "an unfinished file was left behind"
    urls = Counter(a["url"] for a in read_articles(data))  # fails on a torn or broken line
    doubled = [u for u, n in urls.items() if n > 1]
    assert not doubled, f"written twice: {doubled[:5]}"
    expected = site.article_urls()
    assert set(urls) == expected, f"missing {sorted(expected - set(urls))[:5]}, extra {sorted(set(urls) - expected)[:5]}"


def test_kill_9_at_random_points_then_rerun_writes_every_article_exactly_once(tmp_path):
    seed = int(os.environ.get("NEWSCRAWLER_KILL_SEED", random.randrange(10**6)))
    rng = random.Random(seed)
    data = tmp_path / "data"
    settings = ("JOBDIR=data/job", "CONCURRENT_REQUESTS_PER_DOMAIN=4")
    killed = 0
    with NewsSite(articles=240, per_page=20, delay=0.003) as site:
        for attempt in range(KILL_RUNS):
            log = tmp_path / f"killed-{attempt}.log"
            proc = start(crawl_command(site.start_url, *settings), tmp_path, log)
            before = len(read_articles(data)) + part_lines(data)
            if wait_for_lines(proc, data, rng.randint(1, 40)):
                time.sleep(rng.uniform(0, 0.05))
                proc.send_signal(signal.SIGKILL)
                killed += 1
            proc.wait(timeout=60)
            if attempt and killed:
                text = log.read_text()
                assert "JOBDIR data/job was not closed cleanly" in text, f"seed {seed}"
            assert part_lines(data) + len(read_articles(data)) >= before
            site.add_articles(rng.randint(0, 5))  # the site moves on between runs
        final = run(crawl_command(site.start_url, *settings), tmp_path)
        assert final.returncode == 0, final.stderr[-3000:]
        assert killed >= 1, f"no run was killed mid-crawl (seed {seed})"
        assert "was not closed cleanly" in final.stderr
        assert_exactly_once(data, site)
        state = SqliteArticleState(data / "state")
        assert state.counts()["articles"] == len(site.article_urls()), f"seed {seed}"
        state.close()


def test_graceful_stop_resumes_where_it_left_off_fetching_nothing_twice(tmp_path):
    data = tmp_path / "data"
    settings = ("JOBDIR=data/job", "CONCURRENT_REQUESTS_PER_DOMAIN=8")
    with NewsSite(articles=150, per_page=15, delay=0.05) as site:
        log = tmp_path / "first.log"
        proc = start(crawl_command(site.start_url, *settings), tmp_path, log)
        assert wait_for_lines(proc, data, 20), "the crawl ended before it could be stopped"
        proc.send_signal(signal.SIGTERM)
        assert proc.wait(timeout=60) == 0
        first = log.read_text()
        assert "'finish_reason': 'shutdown'" in first
        assert "the next run resumes it" in first
        stopped_at = len(read_articles(data))
        assert 0 < stopped_at < 150

        second = run(crawl_command(site.start_url, *settings), tmp_path)
        assert second.returncode == 0, second.stderr[-3000:]
        assert "paused cleanly: resuming" in second.stderr and "Resuming crawl" in second.stderr
        assert "not closed cleanly" not in second.stderr
        assert_exactly_once(data, site)
        requested = site.request_counts()
        assert {p: n for p, n in requested.items() if n > 1} == {"/robots.txt": 2}, "fetched twice"
        assert sum(site.request_counts("article").values()) == 150


class FailingCommitState(SqliteArticleState):
    """A state whose commits fail (a full disk under the database)."""

    def commit(self, records, when):
        raise OSError(28, "No space left on device")


def test_when_the_state_refuses_a_commit_the_file_stays_unfinished_and_the_next_run_commits_it(tmp_path, caplog):
    from scrapy import Spider
    from scrapy.utils.test import get_crawler

    from newscrawler.pipelines.store import JsonLinesStorePipeline

    class News(Spider):
        name = "news"

    settings = {"NEWSCRAWLER_OUTPUT": f"{tmp_path}/%(spider)s-%(time)s.jsonl", "NEWSCRAWLER_OUTPUT_SYNC_SECONDS": 0,
                "NEWSCRAWLER_OUTPUT_BATCH": 2}
    items = [{"url": f"https://example.com/news/{n}.html", "fingerprint": f"fp{n}"} for n in range(5)]
    crawler = get_crawler(News, {**settings, "NEWSCRAWLER_STATE_BACKEND": f"{__name__}.FailingCommitState"})
    store = JsonLinesStorePipeline.from_crawler(crawler)
    store.open_spider()
    for item in items:
        store.process_item(item)
    store.close_spider()
    store.state.close()
    assert crawler.stats.get_value("newscrawler/state/commit_failed") == 5  # each sync tried again
    errors = [r.getMessage() for r in caplog.records if r.levelname == "ERROR"]
    assert len(errors) == 2 and "State commit of 2 articles failed" in errors[0]  # logged once
    assert "the next run commits them from the file" in errors[1]
    [part] = tmp_path.glob("news-*.jsonl.part")

    crawler = get_crawler(News, settings)
    store = JsonLinesStorePipeline.from_crawler(crawler)
    store.open_spider()
    store.close_spider()
    assert not part.exists() and part.with_name(part.name[:-5]).exists()
    assert store.state.counts()["articles"] == 5
    assert crawler.stats.get_value("newscrawler/output/recovered_items") == 5
    store.state.close()
