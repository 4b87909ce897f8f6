"""Run real ``scrapy crawl news`` / ``python -m newscrawler.cron`` processes against a local
site, writing into one folder (the process's working directory), and read what they wrote."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

#: A local site is on 127.0.0.1 and fast: no politeness delays, internal addresses allowed.
LOCAL_SITE_SETTINGS = (
    "DOWNLOAD_DELAY=0", "AUTOTHROTTLE_ENABLED=False", "CONCURRENT_REQUESTS_PER_DOMAIN=8",
    "NEWSCRAWLER_ALLOW_PRIVATE=True", "NEWSCRAWLER_SUMMARY=False", "LOG_LEVEL=INFO",
)


def env() -> dict[str, str]:
    return {**os.environ, "PYTHONPATH": str(ROOT), "SCRAPY_SETTINGS_MODULE": "newscrawler.settings"}


def settings_args(*settings: str) -> list[str]:
    return [a for s in (*LOCAL_SITE_SETTINGS, *settings) for a in ("-s", s)]


def crawl_command(start_url: str, *settings: str) -> list[str]:
    """``scrapy crawl news`` writing data/ (output, rejects, state) in its working directory."""
    return [sys.executable, "-m", "scrapy", "crawl", "news", "-a", f"start_urls={start_url}",
            *settings_args(*settings)]


def cron_command(start_url: str, *options: str, settings: tuple[str, ...] = ()) -> list[str]:
    return [sys.executable, "-m", "newscrawler.cron", "news", "-a", f"start_urls={start_url}",
            *options, *settings_args(*settings)]


def run(cmd: list[str], cwd: Path, timeout: float = 120) -> subprocess.CompletedProcess:
    return subprocess.run(cmd, cwd=cwd, env=env(), capture_output=True, text=True, timeout=timeout)


def start(cmd: list[str], cwd: Path, log: Path) -> subprocess.Popen:
    with open(log, "ab") as out:
        return subprocess.Popen(cmd, cwd=cwd, env=env(), stdout=out, stderr=subprocess.STDOUT)


def output_files(folder: Path) -> list[Path]:
    """Final article files (not rejects, not unfinished .part)."""
    return sorted(p for p in folder.glob("news-*.jsonl") if not p.name.endswith(".rejects.jsonl"))


def read_articles(folder: Path) -> list[dict]:
    """Every record of every final article file; fails on a line that is not a JSON object."""
    records = []
    for path in output_files(folder):
        data = path.read_bytes()
        assert not data or data.endswith(b"\n"), f"{path}: torn last line"
        for n, line in enumerate(data.split(b"\n")[:-1], 1):
            record = json.loads(line)
            assert isinstance(record, dict), f"{path}:{n} is not a record"
            records.append(record)
    return records


def count_lines(path: Path) -> int:
    try:
        return path.read_bytes().count(b"\n")
    except OSError:
        return 0
