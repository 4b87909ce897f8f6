"""The run summary (JSON) for monitoring: counts, drops by reason, errors, field coverage,
duration. Written atomically when the engine stops, to NEWSCRAWLER_RUN_SUMMARY
(placeholders %(spider)s and %(time)s); the cron entry point reads it for its verdict."""

from __future__ import annotations

import json
import os
from collections import Counter
from datetime import datetime
from typing import Any

from itemadapter import ItemAdapter
from scrapy import signals
from scrapy.crawler import Crawler
from scrapy.exceptions import NotConfigured

from newscrawler.items import ARTICLE_FIELDS
from newscrawler.runfiles import run_path, run_started


def _prefixed(stats: dict[str, Any], prefix: str) -> dict[str, Any]:
    return {k[len(prefix):]: v for k, v in sorted(stats.items()) if k.startswith(prefix)}


def build_summary(stats: dict[str, Any], spider: str, coverage: Counter, dropped: Counter) -> dict[str, Any]:
    def get(key: str) -> int:
        return int(stats.get(key, 0) or 0)

    written = get("newscrawler/output/written") or get("item_scraped_count")
    download_errors = {
        k: v for k, v in _prefixed(stats, "downloader/exception_type_count/").items()
        if not k.endswith("IgnoreRequest")
    }
    return {
        "spider": spider,
        "started": stats.get("start_time"),
        "finished": stats.get("finish_time"),
        "duration_seconds": round(float(stats.get("elapsed_time_seconds") or 0.0), 3),
        "finish_reason": stats.get("finish_reason"),
        # Pages, not robots.txt (a robots guard may even answer one itself when the host is down).
        "pages_fetched": get("response_received_count") - get("robotstxt/response_count"),
        "http_status": _prefixed(stats, "downloader/response_status_count/"),
        "articles_written": written,
        "articles_new": written - get("newscrawler/state/new_version"),
        "new_versions": get("newscrawler/state/new_version"),
        "known_skipped": get("newscrawler/state/known_skipped"),
        "gone_skipped": get("newscrawler/state/gone_skipped"),
        "gone_marked": get("newscrawler/state/gone_marked"),
        "dropped": dict(sorted(dropped.items())),
        "rejects": get("newscrawler/rejects/dropped") + get("newscrawler/rejects/error"),
        "errors": get("log_count/ERROR"),
        "warnings": get("log_count/WARNING"),
        "download_errors": download_errors,
        "recovered_items": get("newscrawler/output/recovered_items"),
        "jobdir_unclean": bool(get("newscrawler/jobdir/unclean")),
        "coverage": {f: round(coverage[f] / written, 3) if written else None for f in ARTICLE_FIELDS},
        "output": stats.get("newscrawler/output/path"),
        "rejects_file": stats.get("newscrawler/rejects/path"),
        "stats": stats,
    }


class RunSummaryJson:
    def __init__(self, crawler: Crawler, template: str):
        self.crawler = crawler
        self.template = template
        self.coverage: Counter = Counter()
        self.dropped: Counter = Counter()

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> RunSummaryJson:
        template = crawler.settings.get("NEWSCRAWLER_RUN_SUMMARY")
        if not template:
            raise NotConfigured
        ext = cls(crawler, template)
        run_started(crawler)
        crawler.signals.connect(ext.item_scraped, signal=signals.item_scraped)
        crawler.signals.connect(ext.item_dropped, signal=signals.item_dropped)
        crawler.signals.connect(ext.engine_stopped, signal=signals.engine_stopped)
        return ext

    def item_scraped(self, item: Any) -> None:
        adapter = ItemAdapter(item)
        self.coverage.update(name for name in ARTICLE_FIELDS if adapter.get(name) not in (None, "", []))

    def item_dropped(self, item: Any, exception: BaseException) -> None:
        # Reasons are written "label: detail" (validate, dedupe, known): count by label.
        self.dropped[str(exception).split(":", 1)[0].strip() or type(exception).__name__] += 1

    def engine_stopped(self) -> None:
        stats = self.crawler.stats.get_stats()
        summary = build_summary(stats, self.crawler.spidercls.name, self.coverage, self.dropped)
        path = run_path(self.template, self.crawler)
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_name(path.name + ".tmp")
        with open(tmp, "w", encoding="utf-8") as f:
            json.dump(summary, f, ensure_ascii=False, indent=1, default=_json_default)
            f.write("\n")
            f.flush()
            os.fsync(f.fileno())
        os.replace(tmp, path)


def _json_default(value: Any) -> Any:
    if isinstance(value, datetime):
        return value.isoformat()
    return str(value)
