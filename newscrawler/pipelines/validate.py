"""Drop what is not a complete article, with a reason (counted and written to the rejects file)."""

from __future__ import annotations

from typing import Any

from itemadapter import ItemAdapter
from scrapy.crawler import Crawler
from scrapy.exceptions import DropItem

from newscrawler.items import REQUIRED_FIELDS


class ValidatePipeline:
    def __init__(self, crawler: Crawler, min_body_chars: int):
        self.stats = crawler.stats
        self.min_body_chars = min_body_chars

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> ValidatePipeline:
        return cls(crawler, crawler.settings.getint("NEWSCRAWLER_MIN_BODY_CHARS"))

    def reject(self, reason: str, detail: str) -> DropItem:
        self.stats.inc_value(f"newscrawler/rejected/{reason}")
        return DropItem(f"{reason}: {detail}")

    def process_item(self, item: Any) -> Any:
        adapter = ItemAdapter(item)
        missing = [name for name in REQUIRED_FIELDS if adapter.get(name) in (None, "")]
        if missing:
            raise self.reject("missing_field", ", ".join(missing))
        body = max(len(adapter.get("body_en") or ""), len(adapter.get("body_zh") or ""))
        if body < self.min_body_chars:
            raise self.reject("empty_body", f"{body} characters of text")
        return item
