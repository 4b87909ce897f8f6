"""JSON Lines storage that loses nothing: one file per run, durable before the state learns.

Writes only when the user gave no feed (-O/-o); with a feed, Scrapy's exporter (our
SafeJsonLinesExporter) writes instead, so no article is written twice.

Each run writes ``NEWSCRAWLER_OUTPUT`` as ``NAME.part`` (renamed at a clean close). Each
article is handed to the OS as one line when it arrives; every ``NEWSCRAWLER_OUTPUT_BATCH``
articles (or ``NEWSCRAWLER_OUTPUT_SYNC_SECONDS``, whichever comes first) the file is fsynced
and only then are the batch's URL keys and fingerprints committed to the state. At start,
the ``.part`` files of killed runs are repaired, their records committed and the files
renamed (newscrawler.runfiles.recover_parts): after any kill, the next run leaves every
article exactly once across the files.

When an article was fetched under a URL that does not fold into its canonical one (a print
view with rel=canonical, a redirect), that URL is committed too, as an alias, so the next run
skips it before download as well.
"""

from __future__ import annotations

import logging
import time
from typing import Any

from itemadapter import ItemAdapter
from scrapy import signals
from scrapy.crawler import Crawler
from scrapy.exceptions import NotConfigured
from scrapy.http import Response
from twisted.internet import task

from newscrawler.jsonl import dumps_line
from newscrawler.runfiles import RunFile, new_run_path, recover_parts
from newscrawler.state import ArticleState, Record, state_of
from newscrawler.urls import url_key

logger = logging.getLogger(__name__)

FSYNC_MODES = ("item", "batch", "none")


class JsonLinesStorePipeline:
    def __init__(self, crawler: Crawler, template: str, state: ArticleState | None,
                 fsync: str = "batch", batch: int = 32, sync_seconds: float = 1.0):
        if fsync not in FSYNC_MODES:
            raise ValueError(f"NEWSCRAWLER_OUTPUT_FSYNC must be one of {FSYNC_MODES}, not {fsync!r}")
        self.crawler = crawler
        self.stats = crawler.stats
        self.template = template
        self.state = state
        self.batch = 1 if fsync == "item" else max(1, batch)
        self.fsync = fsync != "none"
        self.sync_seconds = sync_seconds
        self.out: RunFile | None = None
        self.pending: list[Record] = []
        self.aliases: list[Record] = []
        self.timer: task.LoopingCall | None = None

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> JsonLinesStorePipeline:
        settings = crawler.settings
        template = settings.get("NEWSCRAWLER_OUTPUT")
        if not template or settings.getdict("FEEDS"):
            # Silent: with -O/-o the feed exporter writes the articles instead.
            raise NotConfigured
        store = cls(
            crawler, template, state_of(crawler),
            fsync=settings.get("NEWSCRAWLER_OUTPUT_FSYNC", "batch"),
            batch=settings.getint("NEWSCRAWLER_OUTPUT_BATCH", 32),
            sync_seconds=settings.getfloat("NEWSCRAWLER_OUTPUT_SYNC_SECONDS", 1.0),
        )
        if store.state is not None:
            crawler.signals.connect(store.item_scraped, signal=signals.item_scraped)
        return store

    def open_spider(self) -> None:
        for found in recover_parts(self.template, self.crawler.spidercls.name, self._commit_recovered):
            self.stats.inc_value("newscrawler/output/recovered_files")
            self.stats.inc_value("newscrawler/output/recovered_items", found.records)
            if found.cut_bytes:
                self.stats.inc_value("newscrawler/output/torn_lines_removed")
        if self.sync_seconds > 0:
            self.timer = task.LoopingCall(self.sync)
            self.timer.start(self.sync_seconds, now=False)

    def _commit_recovered(self, records: list[dict]) -> None:
        if self.state is not None:
            self.state.commit((_record(r) for r in records if r.get("url") and r.get("fingerprint")), time.time())

    def process_item(self, item: Any) -> Any:
        adapter = ItemAdapter(item)
        if self.out is None:
            self.out = RunFile(new_run_path(self.template, self.crawler))
            self.stats.set_value("newscrawler/output/path", str(self.out.path))
            logger.info("Writing articles to %s", self.out.part)
        self.out.write(dumps_line(adapter.asdict()))
        self.stats.inc_value("newscrawler/output/written")
        self.pending.append(_record(adapter))
        if len(self.pending) >= self.batch:
            self.sync()
        return item

    def item_scraped(self, item: Any, response: Any) -> None:
        """Alias records for the URLs a single-page article was fetched under, when they do
        not fold into its canonical URL (committed with the next batch)."""
        adapter = ItemAdapter(item)
        if not isinstance(response, Response) or adapter.get("pages") != 1:
            return
        record = _record(adapter)
        for url in {*response.meta.get("redirect_urls", ()), response.url}:
            if (key := url_key(url)) != record.key:
                self.aliases.append(record._replace(key=key))

    def sync(self) -> None:
        """fsync the file, then commit what it now holds durably to the state."""
        if self.out is None or not (self.pending or self.aliases):
            return
        if self.pending and self.fsync:
            self.out.sync()
            self.stats.inc_value("newscrawler/output/fsync")
        if self.state is not None:
            try:
                self.state.commit(self.pending + self.aliases, time.time())
            except Exception as exc:  # kept pending: the next sync, or the next run, commits them
                self.stats.inc_value("newscrawler/state/commit_failed")
                log = logger.debug if self.stats.get_value("newscrawler/state/commit_failed") > 1 else logger.error
                log("State commit of %d articles failed (%s: %s); will retry (logged once)",
                    len(self.pending), type(exc).__name__, exc)
                return
            self.stats.inc_value("newscrawler/state/committed", len(self.pending))
            if self.aliases:
                self.stats.inc_value("newscrawler/state/aliases_committed", len(self.aliases))
        self.pending, self.aliases = [], []

    def close_spider(self) -> None:
        if self.timer is not None and self.timer.running:
            self.timer.stop()
        if self.out is None:
            return
        self.sync()
        if self.pending:  # the state did not take them: leave the file for the next run to recover
            self.out.close()
            logger.error("Left %s unfinished: the state lacks its last %d articles; the next run "
                         "commits them from the file", self.out.part, len(self.pending))
            return
        self.out.finish()
        logger.info("Wrote %d articles to %s", self.out.lines, self.out.path)


def _record(fields: Any) -> Record:
    return Record(url_key(fields["url"]), fields["url"], fields["fingerprint"], int(fields.get("version") or 1))

