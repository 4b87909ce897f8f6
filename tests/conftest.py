"""Shared helpers: responses from fixture snapshots, and real `scrapy crawl` runs."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from scrapy.http import HtmlResponse, Request

from newscrawler.replay import Snapshot

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "fixtures"


def snapshot_dirs() -> list[Path]:
    return sorted(p.parent for p in FIXTURES.rglob("index.json"))


def response_for(snapshot: Snapshot, url: str) -> HtmlResponse:
    response = snapshot.response(url)
    assert response is not None, f"{url} is not in the snapshot"
    return response


def html(body: str | bytes, url: str = "https://www.example.com/news/2015-11-13/1.html",
         headers: dict | None = None, encoding: str | None = None) -> HtmlResponse:
    if isinstance(body, str):
        body = body.encode(encoding or "utf-8")
    return HtmlResponse(url=url, body=body, headers=headers or {"Content-Type": "text/html"},
                        request=Request(url))


def run_crawl(tmp_path: Path, *args: str, timeout: int = 120,
              pythonpath: list[Path] = ()) -> tuple[list[dict], subprocess.CompletedProcess]:
    """Run a real `scrapy crawl news` in a subprocess; returns the articles written and the run."""
    out = tmp_path / "articles.jsonl"
    cmd = [sys.executable, "-m", "scrapy", "crawl", "news", "-O", str(out),
           "-s", f"NEWSCRAWLER_REJECTS={tmp_path / 'rejects.jsonl'}", *args]
    path = os.pathsep.join(map(str, [ROOT, *pythonpath]))
    env = {**os.environ, "PYTHONPATH": path, "SCRAPY_SETTINGS_MODULE": "newscrawler.settings"}
    proc = subprocess.run(cmd, cwd=ROOT, env=env, capture_output=True, text=True, timeout=timeout)
    assert proc.returncode == 0, proc.stderr[-3000:]
    lines = out.read_text(encoding="utf-8").splitlines() if out.exists() else []
    return [json.loads(line) for line in lines], proc


@pytest.fixture
def crawl(tmp_path):
    def _crawl(*args: str, **kwargs):
        return run_crawl(tmp_path, *args, **kwargs)
    return _crawl


@pytest.fixture(scope="session")
def tuned_crawl(tmp_path_factory):
    """One real crawl over every tuned snapshot together (the blind sets left out), as a user
    crawls many portals in one run; the replay test checks each snapshot's articles against its
    truth and the evaluation test scores the same items against the floors."""
    from tests.golden import tuned_snapshots

    root = tmp_path_factory.mktemp("tuned")
    for folder in tuned_snapshots():
        shutil.copytree(folder, root / folder.name)
    items, _ = run_crawl(root, "-s", f"REPLAY_DIR={root}", timeout=600)
    return items
