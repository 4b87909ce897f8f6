"""The rejects file: every item a pipeline dropped or failed on, with the reason.

Nothing is lost silently: an article is either in the output or here. The file is a run
file (newscrawler.runfiles): ``NAME.part`` while the run lasts, each record fsynced as it is
written (rejects are few), renamed at a clean close, recovered at the next start after a
kill. Articles dropped because an earlier run wrote them (KnownArticle) are not rejects.
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
from newscrawler.pipelines.known import KnownArticle
from newscrawler.runfiles import RunFile, new_run_path, recover_parts

logger = logging.getLogger(__name__)


class RejectsLog:
    def __init__(self, crawler: Crawler, template: str):
        self.crawler = crawler
        self.template = template
        self.file: RunFile | None = None

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> RejectsLog:
        template = crawler.settings.get("NEWSCRAWLER_REJECTS")
        if not template:
            raise NotConfigured
        ext = cls(crawler, template)
        crawler.signals.connect(ext.spider_opened, signal=signals.spider_opened)
        crawler.signals.connect(ext.item_dropped, signal=signals.item_dropped)
        crawler.signals.connect(ext.item_error, signal=signals.item_error)
        crawler.signals.connect(ext.spider_closed, signal=signals.spider_closed)
        return ext

    def spider_opened(self, spider: Any) -> None:
        for found in recover_parts(self.template, self.crawler.spidercls.name, lambda records: None):
            self.crawler.stats.inc_value("newscrawler/rejects/recovered_files")

    def write(self, item: Any, reason: str, kind: str) -> None:
        if self.file is None:
            self.file = RunFile(new_run_path(self.template, self.crawler))
            self.crawler.stats.set_value("newscrawler/rejects/path", str(self.file.path))
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
        self.file.sync()
        self.crawler.stats.inc_value(f"newscrawler/rejects/{kind}")

    def item_dropped(self, item: Any, response: Any, exception: Exception, spider: Any = None) -> None:
        if not isinstance(exception, KnownArticle):
            self.write(item, str(exception), "dropped")

    def item_error(self, item: Any, response: Any, failure: Any, spider: Any = None) -> None:
        self.write(item, f"{failure.type.__name__}: {failure.value}", "error")

    def spider_closed(self, spider: Any) -> None:
        if self.file:
            self.file.finish()
