"""Across runs: write each article once, unless its text changed and versions are wanted.

The dedupe pipeline drops duplicates within a run; this one asks the state (what earlier runs
wrote). An article already held with the same text, or the same text under another URL (that
URL is then remembered as an alias and skipped before download next time), is dropped
(counted, logged at INFO, not a reject). With NEWSCRAWLER_STATE_VERSIONS, an article
whose text changed is written again as a new version: the output then carries two more
fields on every article, ``version`` (1 for a first write) and ``previous_fingerprint``
(the fingerprint of the version it replaces, or null).
"""

from __future__ import annotations

import time
from typing import Any

from itemadapter import ItemAdapter
from scrapy.crawler import Crawler
from scrapy.exceptions import DropItem, NotConfigured

from newscrawler.state import ArticleState, Record, state_of
from newscrawler.urls import url_key


class KnownArticle(DropItem):
    """Dropped because an earlier run wrote it: not a reject (the rejects file skips it)."""


class KnownArticlePipeline:
    def __init__(self, crawler: Crawler, state: ArticleState, versions: bool):
        self.stats = crawler.stats
        self.state = state
        self.versions = versions

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> KnownArticlePipeline:
        state = state_of(crawler)
        if state is None:
            raise NotConfigured
        return cls(crawler, state, crawler.settings.getbool("NEWSCRAWLER_STATE_VERSIONS"))

    def drop(self, stat: str, reason: str) -> KnownArticle:
        self.stats.inc_value(f"newscrawler/state/{stat}")
        return KnownArticle(f"duplicate: {reason}")

    def process_item(self, item: Any) -> Any:
        adapter = ItemAdapter(item)
        key, fingerprint = url_key(adapter["url"]), adapter["fingerprint"]
        known = self.state.known(key)
        version, previous = 1, None
        if known is not None:
            if known.fingerprint == fingerprint:
                self.state.touch(key, time.time())
                raise self.drop("unchanged", "written by an earlier run, unchanged")
            if not self.versions:
                self.state.touch(key, time.time())
                raise self.drop("changed_ignored", "written by an earlier run (its text changed; "
                                "NEWSCRAWLER_STATE_VERSIONS=True writes a new version)")
            version, previous = known.version + 1, known.fingerprint
            self.stats.inc_value("newscrawler/state/new_version")
        elif (other := self.state.seen_fingerprint(fingerprint)) is not None:
            # Remembered as an alias of that article: the next run skips this URL before download.
            self.state.commit([Record(key, other, fingerprint)], time.time())
            raise self.drop("known_content", f"same content as {other}, written by an earlier run")
        if not self.versions:
            return item
        return {**adapter.asdict(), "version": version, "previous_fingerprint": previous}
