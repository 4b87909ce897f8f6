"""Within a run, write each article once: by canonical URL key, then by content fingerprint.

The URL key folds http/https, www./m. copies and tracking parameters (newscrawler.urls.url_key);
the fingerprint catches the same text under URLs that do not fold (a copy with no canonical).
"""

from __future__ import annotations

from typing import Any

from itemadapter import ItemAdapter
from scrapy.crawler import Crawler
from scrapy.exceptions import DropItem

from newscrawler.urls import url_key


class DedupePipeline:
    def __init__(self, crawler: Crawler):
        self.stats = crawler.stats
        # Hashes of keys and fingerprints, each naming the first article's URL (one string
        # shared by both maps): this grows with every article of the run.
        self.urls: dict[int, str] = {}
        self.fingerprints: dict[int, str] = {}

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> DedupePipeline:
        return cls(crawler)

    def process_item(self, item: Any) -> Any:
        adapter = ItemAdapter(item)
        url, fp = adapter["url"], adapter["fingerprint"]
        key, fp = hash(url_key(url)), hash(fp)
        if key in self.urls:
            self.stats.inc_value("newscrawler/dedupe/url")
            raise DropItem(f"duplicate: same URL as {self.urls[key]}")
        if fp in self.fingerprints:
            self.stats.inc_value("newscrawler/dedupe/fingerprint")
            raise DropItem(f"duplicate: same content as {self.fingerprints[fp]}")
        self.urls[key] = url
        self.fingerprints[fp] = url
        return item
