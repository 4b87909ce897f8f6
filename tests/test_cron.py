"""The cron entry point: a real `python -m newscrawler.cron` against a local site, and its
verdict rules."""

from __future__ import annotations

import json
import socket
import time

from newscrawler.cron import EXIT_FAILED, EXIT_LOCKED, verdict
from tests.sites.crawl import cron_command, output_files, read_articles, run, start
from tests.sites.news import NewsSite


def test_cron_run_exits_0_with_one_line_a_log_and_a_summary(tmp_path):
    with NewsSite(articles=60, per_page=20) as site:
        proc = run(cron_command(site.start_url), tmp_path)
        assert proc.returncode == 0, proc.stdout + proc.stderr
        assert proc.stdout.count("\n") == 1 and proc.stdout.startswith("newscrawler.cron: OK news: ")
        assert "60 new articles" in proc.stdout and proc.stderr == ""

        logs = tmp_path / "data" / "logs"
        [log] = logs.glob("news-*.log")
        assert "Spider opened" in log.read_text()
        [summary_file] = logs.glob("news-*.summary.json")
        summary = json.loads(summary_file.read_text(encoding="utf-8"))
        assert summary["finish_reason"] == "finished"
        assert summary["pages_fetched"] == 63  # 3 list pages and 60 articles, not robots.txt
        assert summary["articles_new"] == summary["articles_written"] == 60
        assert summary["coverage"]["title"] == 1.0 and summary["coverage"]["title_zh"] == 0.0
        assert summary["coverage"]["published"] == 1.0
        assert summary["errors"] == 0 and summary["duration_seconds"] > 0
        assert len(read_articles(tmp_path / "data")) == 60
        assert not list((tmp_path / "data" / "jobs" / "news").glob("requests.*")), "finished job not cleared"

        site.add_articles(2)
        again = run(cron_command(site.start_url), tmp_path)
        assert again.returncode == 0, again.stderr
        assert "2 new articles, 60 known skipped" in again.stdout
        assert len(output_files(tmp_path / "data")) == 2


def test_overlapping_cron_run_says_so_and_exits_with_its_own_code(tmp_path):
    with NewsSite(articles=60, per_page=10, delay=0.05) as site:
        first = start(cron_command(site.start_url, settings=("CONCURRENT_REQUESTS_PER_DOMAIN=2",)),
                      tmp_path, tmp_path / "first.out")
        logs = tmp_path / "data" / "logs"
        deadline = time.monotonic() + 30
        while not list(logs.glob("news-*.log")) and time.monotonic() < deadline:
            time.sleep(0.02)  # the first run has taken the lock once its log exists
        second = run(cron_command(site.start_url), tmp_path)
        assert first.poll() is None, "the first run ended too soon to overlap"
        assert second.returncode == EXIT_LOCKED
        assert "another run holds the lock" in second.stderr and second.stderr.count("\n") == 1
        assert first.wait(timeout=60) == 0, (tmp_path / "first.out").read_text()
        assert len(list(logs.glob("news-*.log"))) == 1  # the second one started nothing
        urls = [a["url"] for a in read_articles(tmp_path / "data")]
        assert len(urls) == len(set(urls)) == 60


def test_run_out_of_budget_fails_then_the_next_run_resumes_it(tmp_path):
    slow = ("CONCURRENT_REQUESTS_PER_DOMAIN=4",)
    with NewsSite(articles=80, per_page=20, delay=0.1) as site:
        first = run(cron_command(site.start_url, "--budget", "1", settings=slow), tmp_path)
        assert first.returncode == EXIT_FAILED
        assert first.stderr.startswith("newscrawler.cron: FAILED news (finish reason closespider_timeout)")
        written = len(read_articles(tmp_path / "data"))
        assert 0 < written < 80

        second = run(cron_command(site.start_url, settings=slow), tmp_path)
        assert second.returncode == 0, second.stderr
        assert f"{80 - written} new articles" in second.stdout
        log = sorted((tmp_path / "data" / "logs").glob("news-*.log"))[-1].read_text()
        assert "paused cleanly: resuming" in log
        urls = [a["url"] for a in read_articles(tmp_path / "data")]
        assert len(urls) == len(set(urls)) and set(urls) == site.article_urls()
        assert max(site.request_counts("article").values()) == 1


def test_cron_run_where_every_request_fails_exits_non_zero(tmp_path):
    with socket.socket() as s:  # a port nobody listens on
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    proc = run(cron_command(f"http://127.0.0.1:{port}/news/", settings=("RETRY_TIMES=0",)), tmp_path)
    assert proc.returncode == EXIT_FAILED
    assert proc.stdout == "" and proc.stderr.count("\n") == 1
    assert proc.stderr.startswith("newscrawler.cron: FAILED news (no page fetched)")


def summary(**kw):
    base = {"finish_reason": "finished", "pages_fetched": 10, "articles_new": 3, "errors": 0}
    return {**base, **kw}


def test_verdict_names_each_failure():
    ok = dict(history=[], max_errors=5, expect_new="auto", expect_new_runs=3)
    assert verdict(summary(), **ok) == []
    assert verdict(summary(finish_reason="closespider_timeout"), **ok) == ["finish reason closespider_timeout"]
    assert verdict(summary(pages_fetched=0, articles_new=0), **ok) == ["no page fetched"]
    assert verdict(summary(errors=6), **ok) == ["6 errors logged (more than 5)"]


def test_zero_new_articles_fails_only_where_the_site_always_had_some():
    had = [{"articles_new": 5}, {"articles_new": 2}, {"articles_new": 7}]
    quiet = summary(articles_new=0)
    args = dict(max_errors=5, expect_new_runs=3)
    assert verdict(quiet, had, expect_new="auto", **args) == [
        "no new articles (each of the last 3 runs had some)"]
    assert verdict(quiet, had[:2], expect_new="auto", **args) == []  # too little history
    assert verdict(quiet, [*had, {"articles_new": 0}], expect_new="auto", **args) == []
    assert verdict(quiet, had, expect_new="never", **args) == []
    assert verdict(quiet, [], expect_new="always", **args) == ["no new articles"]
