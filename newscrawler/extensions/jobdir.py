"""JOBDIR that never silently resumes an empty queue.

Scrapy writes ``requests.seen`` as it goes but the queue's state only at a clean close, so a
JOBDIR left by a kill resumes with most of the queue gone and the start URLs filtered as
already seen (see RELIABILITY.md F.31). This guard writes a marker file while the crawl runs
and removes it at a clean close:

- marker present at start: the last run did not close cleanly. Logged as an ERROR and
  counted (``newscrawler/jobdir/unclean``); its queue and seen-set are moved aside to
  ``JOBDIR/unclean-<time>/`` and the crawl starts over from the start URLs. Nothing is lost
  and nothing is written twice: list pages are fetched again and the articles the state holds
  are skipped before download.
- no marker, a saved queue: a graceful stop (SIGTERM/SIGINT, time budget) is resumed.
- the crawl finished: the job is cleared, so the next scheduled run starts afresh (otherwise
  its start URLs would be filtered as already seen and it would do nothing).
"""

from __future__ import annotations

import logging
import os
import shutil
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

from scrapy import signals
from scrapy.crawler import Crawler
from scrapy.exceptions import NotConfigured

logger = logging.getLogger(__name__)

MARKER = "newscrawler.running"
#: What Scrapy keeps in a JOBDIR: the seen-set, the queue and the spider's state.
JOB_FILES = ("requests.seen", "requests.queue", "spider.state")


class JobDirGuard:
    def __init__(self, crawler: Crawler, jobdir: Path):
        self.crawler = crawler
        self.jobdir = jobdir
        self.marker = jobdir / MARKER

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> JobDirGuard:
        jobdir = crawler.settings.get("JOBDIR")
        if not jobdir:
            raise NotConfigured
        guard = cls(crawler, Path(jobdir))
        guard.check()  # now: extensions are built before the scheduler reads the folder
        crawler.signals.connect(guard.spider_closed, signal=signals.spider_closed)
        return guard

    def check(self) -> None:
        self.jobdir.mkdir(parents=True, exist_ok=True)
        stats = self.crawler.stats
        if self.marker.exists():
            left = self.marker.read_text(encoding="utf-8", errors="replace").strip()
            stamp = datetime.now(timezone.utc).strftime("%Y%m%dT%H%M%SZ")
            aside = self.jobdir / f"unclean-{stamp}"
            moved = self._clear(aside)
            stats.set_value("newscrawler/jobdir/unclean", 1)
            logger.error(
                "JOBDIR %s was not closed cleanly (last run: %s; killed?): its queue cannot be "
                "trusted. Moved %s to %s; starting over from the start URLs (list pages are "
                "fetched again, articles the state holds are skipped)",
                self.jobdir, left or "unknown", ", ".join(moved) or "nothing", aside,
            )
        elif (self.jobdir / "requests.queue").exists():
            stats.set_value("newscrawler/jobdir/resumed", 1)
            logger.info("JOBDIR %s was paused cleanly: resuming where it left off", self.jobdir)
        with open(self.marker, "w", encoding="utf-8") as f:
            f.write(f"pid {os.getpid()} started {datetime.now(timezone.utc).isoformat(timespec='seconds')}\n")
            f.flush()
            os.fsync(f.fileno())

    def _clear(self, aside: Path | None) -> list[str]:
        moved = []
        for name in JOB_FILES:
            path = self.jobdir / name
            if not path.exists():
                continue
            moved.append(name)
            if aside is None:
                shutil.rmtree(path) if path.is_dir() else path.unlink()
            else:
                aside.mkdir(exist_ok=True)
                path.rename(aside / name)
        return moved

    def spider_closed(self, spider: Any, reason: str) -> None:
        # The scheduler has saved its queue by now (it closes before spider_closed).
        if reason == "finished":
            self._clear(None)
            logger.info("Crawl finished: cleared JOBDIR %s for the next run", self.jobdir)
        else:
            logger.info("Crawl stopped (%s): JOBDIR %s keeps the queue; the next run resumes it",
                        reason, self.jobdir)
        self.marker.unlink(missing_ok=True)
