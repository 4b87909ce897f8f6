"""The article state across runs: the SQLite store, run files, and real crawls of a local
site (only new articles fetched and written, gone URLs not asked again, new versions)."""

from __future__ import annotations

import json
import os

import pytest

from newscrawler.runfiles import RunFile, read_records, recover_parts, run_file_pattern
from newscrawler.state import Record, StateBusy
from newscrawler.state.sqlite import SqliteArticleState
from newscrawler.urls import url_key
from tests.sites.crawl import crawl_command, output_files, read_articles, run
from tests.sites.news import NewsSite


# --- the SQLite store --------------------------------------------------------------------
def test_sqlite_state_remembers_articles_fingerprints_and_gone_urls_across_opens(tmp_path):
    state = SqliteArticleState(tmp_path)
    url = "http://www.example.com/news/2024-01-01/1.html?utm_source=x"
    assert state.commit([Record(url_key(url), url, "fp1")], 100.0) == 1
    state.mark_gone(url_key("http://example.com/gone/2.html"), "http://example.com/gone/2.html", 410, 5.0)
    state.close()

    again = SqliteArticleState(tmp_path)
    known = again.known(url_key("https://example.com/news/2024-01-01/1.html"))  # http/www/utm fold
    assert known is not None and (known.fingerprint, known.version) == ("fp1", 1)
    assert again.seen_fingerprint("fp1") == url and again.seen_fingerprint("fp2") is None
    assert again.gone_since(url_key("http://example.com/gone/2.html")) == 5.0
    assert again.counts() == {"articles": 1, "fingerprints": 1, "gone": 1}
    again.close()


def test_sqlite_commit_is_idempotent_and_keeps_the_newest_version(tmp_path):
    state = SqliteArticleState(tmp_path)
    state.commit([Record("k", "u", "fp2", 2)], 1.0)
    state.commit([Record("k", "u", "fp1", 1), Record("k", "u", "fp2", 2)], 2.0)  # a replayed recovery
    assert state.known("k").fingerprint == "fp2" and state.known("k").version == 2
    assert state.counts()["fingerprints"] == 2  # the old text stays known content
    state.close()


def test_second_open_of_a_state_in_use_is_refused(tmp_path):
    first = SqliteArticleState(tmp_path)
    with pytest.raises(StateBusy, match="another run holds the state lock"):
        SqliteArticleState(tmp_path)
    first.close()
    SqliteArticleState(tmp_path).close()  # released at close


# --- run files -----------------------------------------------------------------------------
def test_torn_last_line_is_not_a_record(tmp_path):
    path = tmp_path / "f.jsonl"
    path.write_bytes(b'{"a": 1}\n{"b": 2}\n{"c": 3, "tor')
    records, good = read_records(path)
    assert records == [{"a": 1}, {"b": 2}] and good == len(b'{"a": 1}\n{"b": 2}\n')
    path.write_bytes(b'{"a": 1}\n\x00\x00\x00\n')  # a power cut can leave zeros
    assert read_records(path)[0] == [{"a": 1}]


def test_run_file_pattern_tells_articles_from_rejects(tmp_path):
    folder, pattern = run_file_pattern(str(tmp_path / "%(spider)s-%(time)s.jsonl"), "news")
    assert folder == tmp_path
    assert pattern.match("news-20240101T000000Z.jsonl") and pattern.match("news-20240101T000000Z-2.jsonl")
    assert not pattern.match("news-20240101T000000Z.rejects.jsonl")
    assert not pattern.match("other-20240101T000000Z.jsonl")


def test_unfinished_part_is_repaired_committed_and_renamed_unless_a_live_run_holds_it(tmp_path):
    template = str(tmp_path / "%(spider)s-%(time)s.jsonl")
    dead = tmp_path / "news-20240101T000000Z.jsonl.part"
    dead.write_bytes(b'{"url": "u1"}\n{"url": "u2"}\n{"url": "u3", "ti')
    live = RunFile(tmp_path / "news-20240101T000001Z.jsonl")  # holds its flock, like a running crawl
    live.write('{"url": "u9"}\n')
    committed: list[list[dict]] = []

    found = recover_parts(template, "news", committed.append)

    assert committed == [[{"url": "u1"}, {"url": "u2"}]]
    assert [(f.path.name, f.records, f.cut_bytes) for f in found] == [
        ("news-20240101T000000Z.jsonl", 2, len(b'{"url": "u3", "ti'))]
    assert not dead.exists() and (tmp_path / "news-20240101T000000Z.jsonl").read_bytes().endswith(b'"u2"}\n')
    assert live.part.exists(), "a live run's file was taken"
    live.finish()
    assert live.path.exists() and not live.part.exists()


def test_a_failed_write_leaves_no_partial_line(tmp_path):
    out = RunFile(tmp_path / "a.jsonl")
    out.write('{"url": "u1"}\n')
    real = os.write
    calls = []

    def short_then_fail(fd, data):
        calls.append(1)
        if len(calls) == 1:
            return real(fd, bytes(data[:5]))  # part of the line reaches the file
        raise OSError(28, "No space left on device")

    os.write = short_then_fail
    try:
        with pytest.raises(OSError):
            out.write('{"url": "u2"}\n')
    finally:
        os.write = real
    out.write('{"url": "u3"}\n')
    out.finish()
    assert read_records(out.path) == ([{"url": "u1"}, {"url": "u3"}], out.path.stat().st_size)


# --- real crawls of a local site -------------------------------------------------------------
def test_second_run_fetches_and_writes_only_new_articles(tmp_path):
    with NewsSite(articles=120, per_page=20) as site:
        gone = sorted(site.article_urls())[5]
        site.remove_article(gone)
        first = run(crawl_command(site.start_url), tmp_path)
        assert first.returncode == 0, first.stderr[-3000:]
        data = tmp_path / "data"
        assert {a["url"] for a in read_articles(data)} == site.article_urls()
        assert site.request_counts("article")[gone.replace(site.base, "")] == 1

        site.clear_log()
        new = site.add_articles(7)
        second = run(crawl_command(site.start_url), tmp_path)
        assert second.returncode == 0, second.stderr[-3000:]

        fetched = site.requested("article")
        assert sorted(site.url(p) for p in fetched) == sorted(new), "known or gone articles were fetched again"
        assert sorted(site.requested("list")) == sorted(site.list_path(n) for n in range(1, site.list_pages() + 1))
        files = output_files(data)
        assert len(files) == 2 and not list(data.glob("*.part"))
        latest = [json.loads(line) for line in files[-1].read_text(encoding="utf-8").splitlines()]
        assert sorted(a["url"] for a in latest) == sorted(new)
        urls = [a["url"] for a in read_articles(data)]
        assert len(urls) == len(set(urls)) and set(urls) == site.article_urls()
    assert "'newscrawler/state/known_skipped': 119," in second.stderr  # the gone one is not "known"
    assert "'newscrawler/state/gone_skipped': 1" in second.stderr


def test_changed_article_is_written_again_as_a_linked_version_when_asked(tmp_path):
    # REVISIT_HOURS tiny: every known article is due again (never a wait in the test).
    settings = ("NEWSCRAWLER_STATE_VERSIONS=True", "NEWSCRAWLER_STATE_REVISIT_HOURS=0.000001")
    with NewsSite(articles=40, per_page=20, related=0) as site:
        assert run(crawl_command(site.start_url, *settings), tmp_path).returncode == 0
        first = {a["url"]: a for a in read_articles(tmp_path / "data")}
        assert {a["version"] for a in first.values()} == {1}
        assert {a["previous_fingerprint"] for a in first.values()} == {None}
        changed = sorted(first)[3]
        site.edit_article(changed)

        second = run(crawl_command(site.start_url, *settings), tmp_path)
        assert second.returncode == 0, second.stderr[-3000:]
        assert len(site.requested("article")) == 80  # every article was checked again
        latest = [json.loads(line) for line in output_files(tmp_path / "data")[-1].read_text().splitlines()]
        assert [a["url"] for a in latest] == [changed]
        assert latest[0]["version"] == 2
        assert latest[0]["previous_fingerprint"] == first[changed]["fingerprint"] != latest[0]["fingerprint"]
        assert "'newscrawler/state/unchanged': 39" in second.stderr


def test_without_versions_a_known_article_is_never_fetched_again(tmp_path):
    with NewsSite(articles=30, per_page=10) as site:
        assert run(crawl_command(site.start_url), tmp_path).returncode == 0
        site.clear_log()
        site.edit_article(sorted(site.article_urls())[0])
        second = run(crawl_command(site.start_url), tmp_path)
        assert second.returncode == 0
        assert site.requested("article") == []
        assert len(output_files(tmp_path / "data")) == 1  # nothing new: no empty file either


def test_a_url_that_does_not_fold_into_the_canonical_one_is_remembered_as_an_alias(tmp_path):
    from scrapy import Spider
    from scrapy.http import HtmlResponse, Request
    from scrapy.utils.test import get_crawler

    from newscrawler.pipelines.store import JsonLinesStorePipeline

    class News(Spider):
        name = "news"

    crawler = get_crawler(News, {"NEWSCRAWLER_OUTPUT": f"{tmp_path}/%(spider)s-%(time)s.jsonl",
                                 "NEWSCRAWLER_OUTPUT_SYNC_SECONDS": 0})
    store = JsonLinesStorePipeline.from_crawler(crawler)
    store.open_spider()
    canonical = "https://example.com/news/2024-01-01/1.html"
    item = {"url": canonical, "fingerprint": "fp", "pages": 1, "title": "t"}
    fetched = Request("https://example.com/print/1.html", meta={"redirect_urls": ["https://example.com/a?id=1"]})
    store.process_item(item)
    store.item_scraped(item, HtmlResponse(fetched.url, body=b"<html></html>", request=fetched))
    store.close_spider()
    state = store.state
    assert state.known(url_key(canonical)).url == canonical
    assert state.known(url_key("https://example.com/print/1.html")).url == canonical
    assert state.known(url_key("https://example.com/a?id=1")).url == canonical
    assert [p.name for p in tmp_path.glob("news-*.jsonl")] and not list(tmp_path.glob("*.part"))
    state.close()


def test_same_text_under_a_new_url_is_dropped_and_that_url_skipped_next_time(tmp_path):
    from scrapy import Spider
    from scrapy.utils.test import get_crawler

    from newscrawler.pipelines.known import KnownArticle, KnownArticlePipeline

    class News(Spider):
        name = "news"

    crawler = get_crawler(News, {"NEWSCRAWLER_OUTPUT": f"{tmp_path}/%(spider)s-%(time)s.jsonl"})
    known = KnownArticlePipeline.from_crawler(crawler)
    first = "https://example.com/news/1.html"
    known.state.commit([Record(url_key(first), first, "fp")], 1.0)
    with pytest.raises(KnownArticle, match="duplicate: same content as https://example.com/news/1.html"):
        known.process_item({"url": "https://example.com/copy/9.html", "fingerprint": "fp"})
    assert known.state.known(url_key("https://example.com/copy/9.html")).url == first
    assert crawler.stats.get_value("newscrawler/state/known_content") == 1
    with pytest.raises(KnownArticle, match="unchanged"):
        known.process_item({"url": first, "fingerprint": "fp"})
    assert known.process_item({"url": "https://example.com/news/2.html", "fingerprint": "fp2"})["url"]
    known.state.close()
