"""Scrapy commands for people who add a site: evaluate, extract, savefixture, frontier."""

from __future__ import annotations

from typing import Any

from scrapy import signals
from scrapy.settings import SETTINGS_PRIORITIES, Settings


def in_process_crawl(crawler_process: Any, spider: str = "news", **spider_args: Any) -> list[dict]:
    """Run one crawl in this process and return the items it scraped, in order."""
    items: list[dict] = []
    crawler = crawler_process.create_crawler(spider)
    # weak=False: the dispatcher would otherwise drop this closure at once.
    crawler.signals.connect(lambda item, **kw: items.append(dict(item)), signal=signals.item_scraped, weak=False)
    crawler_process.crawl(crawler, **spider_args)
    crawler_process.start()
    return items


def without_run_files(settings: Settings, **quiet: Any) -> None:
    """No JSON Lines or rejects file for a tool's crawl; ``quiet`` settings unless given by -s."""
    settings.set("NEWSCRAWLER_OUTPUT", "", priority="cmdline")
    settings.set("NEWSCRAWLER_REJECTS", "", priority="cmdline")
    for name, value in quiet.items():
        if (settings.getpriority(name) or 0) < SETTINGS_PRIORITIES["cmdline"]:
            settings.set(name, value, priority="cmdline")
