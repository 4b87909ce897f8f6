"""End to end: real `scrapy crawl news` runs replaying the tuned snapshots offline."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from tests.conftest import ROOT
from tests.golden import tuned_snapshots

VOLATILE = {"crawled_at", "fingerprint"}


def truth_of(folder):
    return [json.loads(line) for line in (folder / "truth.jsonl").read_text(encoding="utf-8").splitlines() if line.strip()]


def articles_of(folder, items):
    """The items of ``folder``'s hosts that no other snapshot lists (two styles may model one portal)."""
    index = json.loads((folder / "index.json").read_text(encoding="utf-8"))
    hosts = {t["site"] for t in truth_of(folder)}
    others = {u for f in tuned_snapshots() if f != folder
              for u in json.loads((f / "index.json").read_text(encoding="utf-8"))["articles"]}
    return index, [i for i in items if i["site"] in hosts and i["url"] not in others]


@pytest.mark.parametrize("folder", tuned_snapshots(), ids=lambda f: f.name)
def test_replay_crawl_emits_each_article_exactly_once_with_the_truth(tuned_crawl, folder):
    index, items = articles_of(folder, tuned_crawl)
    urls = [item["url"] for item in items]
    assert len(urls) == len(set(urls)), "an article was written twice"
    assert sorted(urls) == sorted(index["articles"])
    by_url = {item["url"]: item for item in items}
    for expected in truth_of(folder):
        got = by_url[expected["url"]]
        for field, value in expected.items():
            if field not in VOLATILE:
                assert got[field] == value, f"{expected['url']}: {field}"


def test_replay_crawl_reports_and_records_rejects(crawl, tmp_path):
    folder = ROOT / "fixtures" / "hxen"
    items, proc = crawl("-s", f"REPLAY_DIR={folder}")
    summary = proc.stderr[proc.stderr.index("newscrawler: finished"):]
    assert f"articles written   {len(items)}" in summary
    assert "rejected           empty_body 1" in summary
    rejects = [json.loads(l) for l in (tmp_path / "rejects.jsonl").read_text(encoding="utf-8").splitlines()]
    assert [r["url"] for r in rejects] == ["https://www.hxen.net/englishnews/china/2015-11-03/420495.html"]
    assert rejects[0]["reason"].startswith("empty_body")


def test_without_a_feed_the_store_pipeline_writes_one_file_per_run(tmp_path):
    out = tmp_path / "run-%(spider)s-%(time)s.jsonl"
    cmd = [sys.executable, "-m", "scrapy", "crawl", "news", "-s", f"REPLAY_DIR={ROOT / 'fixtures' / 'hxen'}",
           "-s", f"NEWSCRAWLER_OUTPUT={out}", "-s", f"NEWSCRAWLER_REJECTS={tmp_path / 'r.jsonl'}"]
    proc = subprocess.run(cmd, cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0, proc.stderr[-2000:]
    files = list(tmp_path.glob("run-news-*.jsonl"))
    assert len(files) == 1
    text = files[0].read_text(encoding="utf-8")
    assert "国内英语新闻" in text  # UTF-8, Chinese readable, not \u escapes
    assert len(text.splitlines()) == len(json.loads((ROOT / "fixtures/hxen/index.json").read_text())["articles"])


def test_scrapy_list_and_check_work_offline():
    run = lambda *a: subprocess.run([sys.executable, "-m", "scrapy", *a], cwd=ROOT, capture_output=True, text=True, timeout=120)
    listed = run("list")
    assert listed.returncode == 0 and listed.stdout.split() == ["news"]
    checked = run("check", "news", "-s", f"REPLAY_DIR={ROOT / 'fixtures'}")
    assert checked.returncode == 0, checked.stderr[-2000:]
    assert "OK" in checked.stderr
