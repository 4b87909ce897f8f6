"""Helpers of the RELIABILITY.md tests: a real `scrapy crawl news` against tests/mockserver.py.

Each crawl covers several cases (one subprocess costs ~2 s); each test then asserts, for its
case, the log line naming the URL and the reason, the counter, and the output.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import quote

from tests.conftest import ROOT

#: Polite defaults are for the web; the mock server answers at once.
FAST = {
    "DOWNLOAD_DELAY": "0",
    "AUTOTHROTTLE_ENABLED": "False",
    "CONCURRENT_REQUESTS_PER_DOMAIN": "16",
    "NEWSCRAWLER_ALLOW_PRIVATE": "False",  # the guard stays on: servers are allowlisted by origin
    "NEWSCRAWLER_SUMMARY": "True",
}


@dataclass
class Run:
    items: list[dict]
    rejects: list[dict]
    log: str
    returncode: int
    folder: Path

    def stat(self, key: str) -> int:
        found = re.search(rf"'{re.escape(key)}': (\d+)", self.log)
        return int(found.group(1)) if found else 0

    def lines(self, *parts: str) -> list[str]:
        """Log lines containing every one of ``parts``."""
        return [line for line in self.log.splitlines() if all(p in line for p in parts)]

    def urls(self) -> list[str]:
        return [item["url"] for item in self.items]


def to(url: str) -> str:
    """A URL as a query value (start URLs are comma-separated)."""
    return quote(url, safe="")


def crawl(folder: Path, starts: list[str], settings: dict[str, str] | None = None,
          env: dict[str, str] | None = None, feed: bool = True, timeout: int = 120) -> Run:
    folder.mkdir(parents=True, exist_ok=True)
    out, rejects = folder / "articles.jsonl", folder / "rejects.jsonl"
    cmd = [sys.executable, "-m", "scrapy", "crawl", "news", "-a", "start_urls=" + ",".join(starts),
           "-s", f"NEWSCRAWLER_REJECTS={rejects}"]
    if feed:
        cmd += ["-O", str(out)]
    for key, value in {**FAST, **(settings or {})}.items():
        cmd += ["-s", f"{key}={value}"]
    clean = {k: v for k, v in os.environ.items() if "proxy" not in k.lower()}
    run_env = {**clean, "PYTHONPATH": str(ROOT), "SCRAPY_SETTINGS_MODULE": "newscrawler.settings", **(env or {})}
    proc = subprocess.run(cmd, cwd=ROOT, env=run_env, capture_output=True, text=True, timeout=timeout)
    (folder / "crawl.log").write_text(proc.stderr, encoding="utf-8")
    read = lambda p: [json.loads(l) for l in p.read_text(encoding="utf-8").split("\n") if l] if p.exists() else []
    return Run(read(out) if feed else [], read(rejects), proc.stderr, proc.returncode, folder)
