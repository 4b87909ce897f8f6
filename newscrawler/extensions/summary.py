"""A one-screen summary of the crawl at close: what was written, dropped, rejected, and where."""

from __future__ import annotations

import sys
from typing import Any

from scrapy import signals
from scrapy.crawler import Crawler
from scrapy.exceptions import NotConfigured


def summarise(stats: dict[str, Any], reason: str) -> str:
    def get(key: str) -> int:
        return int(stats.get(key, 0) or 0)

    elapsed = stats.get("elapsed_time_seconds") or 0.0
    pages = get("response_received_count")
    lines = [
        f"newscrawler: finished ({reason}) in {elapsed:.1f}s, {pages} pages"
        + (f" ({pages / elapsed:.0f} pages/s)" if elapsed else ""),
        f"  articles written   {get('item_scraped_count')}",
        f"  duplicates dropped {get('newscrawler/dedupe/url') + get('newscrawler/dedupe/fingerprint')}"
        f" (same URL {get('newscrawler/dedupe/url')}, same content {get('newscrawler/dedupe/fingerprint')})",
        f"  known, not fetched {get('newscrawler/state/known_skipped')} articles written by earlier runs"
        + (f", {get('newscrawler/state/gone_skipped')} gone (404/410)" if get('newscrawler/state/gone_skipped') else ""),
        "  pages              " + ", ".join(
            f"{kind} {get(f'newscrawler/page/{kind}')}" for kind in ("article", "list", "error", "other")
        ),
    ]
    rejected = {k.rsplit("/", 1)[1]: v for k, v in stats.items() if k.startswith("newscrawler/rejected/")}
    if rejected:
        lines.append("  rejected           " + ", ".join(f"{r} {n}" for r, n in sorted(rejected.items())))
    errors = get("log_count/ERROR")
    if errors:
        lines.append(f"  errors             {errors} (see the log)")
    for label, key in (("output", "newscrawler/output/path"), ("rejects", "newscrawler/rejects/path")):
        if stats.get(key):
            lines.append(f"  {label:<18} {stats[key]}")
    return "\n".join(lines)


class CrawlSummary:
    def __init__(self, crawler: Crawler):
        self.crawler = crawler

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> CrawlSummary:
        if not crawler.settings.getbool("NEWSCRAWLER_SUMMARY", True):
            raise NotConfigured
        ext = cls(crawler)
        # engine_stopped: after CoreStats has recorded finish_reason and elapsed time.
        crawler.signals.connect(ext.engine_stopped, signal=signals.engine_stopped)
        return ext

    def engine_stopped(self) -> None:
        stats = self.crawler.stats.get_stats()
        print(summarise(stats, stats.get("finish_reason", "?")), file=sys.stderr, flush=True)
