"""Names of the files one run writes: built from the spider name and start time only."""

from __future__ import annotations

from datetime import datetime, timezone
from pathlib import Path
from typing import Any

RUN_STARTED = "newscrawler/run_started"


def run_started(crawler: Any) -> datetime:
    """The run's start time, fixed by whichever component asks first (kept in the stats)."""
    started = crawler.stats.get_value(RUN_STARTED)
    if started is None:
        started = datetime.now(timezone.utc)
        crawler.stats.set_value(RUN_STARTED, started)
    return started


def run_path(template: str, crawler: Any) -> Path:
    """Fill ``%(spider)s`` and ``%(time)s`` (the run's UTC start, filesystem-safe)."""
    stamp = run_started(crawler).strftime("%Y%m%dT%H%M%SZ")
    return Path(template % {"spider": crawler.spidercls.name, "time": stamp})
