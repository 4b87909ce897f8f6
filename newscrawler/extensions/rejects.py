"""The rejects file: every item a pipeline dropped or failed on, with the reason.

Nothing is lost silently: an article is either in the output or here.
"""

from __future__ import annotations

import logging
from datetime import datetime, timezone
from typing import Any

from itemadapter import ItemAdapter
from scrapy import signals
from scrapy.crawler import Crawler
from scrapy.exceptions import NotConfigured

from newscrawler.jsonl import dumps_line
from newscrawler.runfiles import run_path

logger = logging.getLogger(__name__)


class RejectsLog:
    def __init__(self, crawler: Crawler, template: str):
        self.crawler = crawler
        self.template = template
        self.file: Any = None

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> RejectsLog:
        template = crawler.settings.get("NEWSCRAWLER_REJECTS")
        if not template:
            raise NotConfigured
        ext = cls(crawler, template)
        crawler.signals.connect(ext.item_dropped, signal=signals.item_dropped)
        crawler.signals.connect(ext.item_error, signal=signals.item_error)
        crawler.signals.connect(ext.spider_closed, signal=signals.spider_closed)
        return ext

    def write(self, item: Any, reason: str, kind: str) -> None:
        if self.file is None:
            path = run_path(self.template, self.crawler)
            path.parent.mkdir(parents=True, exist_ok=True)
            self.file = path.open("a", encoding="utf-8", newline="\n")
            self.crawler.stats.set_value("newscrawler/rejects/path", str(path))
        adapter = ItemAdapter(item)
        record = {
            "kind": kind,
            "reason": reason,
            "url": adapter.get("url"),
            "title": adapter.get("title"),
            "rejected_at": datetime.now(timezone.utc).isoformat(timespec="seconds"),
            "item": adapter.asdict(),
        }
        self.file.write(dumps_line(record))
        self.file.flush()
        self.crawler.stats.inc_value(f"newscrawler/rejects/{kind}")

    def item_dropped(self, item: Any, response: Any, exception: Exception, spider: Any = None) -> None:
        self.write(item, str(exception), "dropped")

    def item_error(self, item: Any, response: Any, failure: Any, spider: Any = None) -> None:
        self.write(item, f"{failure.type.__name__}: {failure.value}", "error")

    def spider_closed(self, spider: Any) -> None:
        if self.file:
            self.file.close()
