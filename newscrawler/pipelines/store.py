"""JSON Lines storage: one UTF-8 object per line, flushed as it goes, one file per run.

Writes only when the user gave no feed (-O/-o); with a feed, Scrapy's exporter (our
SafeJsonLinesExporter) writes instead, so no article is written twice.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

from itemadapter import ItemAdapter
from scrapy.crawler import Crawler
from scrapy.exceptions import NotConfigured

from newscrawler.jsonl import dumps_line
from newscrawler.runfiles import run_path

logger = logging.getLogger(__name__)


class JsonLinesStorePipeline:
    def __init__(self, crawler: Crawler, path: Path):
        self.crawler = crawler
        self.path = path
        self.file: Any = None

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> JsonLinesStorePipeline:
        template = crawler.settings.get("NEWSCRAWLER_OUTPUT")
        if not template or crawler.settings.getdict("FEEDS"):
            # Silent: with -O/-o the feed exporter writes the articles instead.
            raise NotConfigured
        return cls(crawler, run_path(template, crawler))

    def open_spider(self) -> None:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self.file = self.path.open("a", encoding="utf-8", newline="\n")
        self.crawler.stats.set_value("newscrawler/output/path", str(self.path))
        logger.info("Writing articles to %s", self.path)

    def close_spider(self) -> None:
        if self.file:
            self.file.close()

    def process_item(self, item: Any) -> Any:
        self.file.write(dumps_line(ItemAdapter(item).asdict()))
        self.file.flush()
        self.crawler.stats.inc_value("newscrawler/output/written")
        return item
