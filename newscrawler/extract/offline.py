"""Extract a saved page the way a crawl would: encoding repair, profile, extractor, and the
article's later pages merged when they are saved too. Used by `scrapy extract`, the golden
files and the evaluation of single pages."""

from __future__ import annotations

from typing import Any

from scrapy.http import HtmlResponse
from scrapy.utils.test import get_crawler

from newscrawler.downloadermiddlewares.encoding import EncodingRepairMiddleware
from newscrawler.extract.page import PageResult, extract_page
from newscrawler.extract.profiles import ProfileRegistry, load_profiles
from newscrawler.replay import Snapshot


class OfflineExtractor:
    def __init__(self, settings: dict[str, Any] | None = None) -> None:
        from newscrawler.spiders.news import NewsSpider

        crawler = get_crawler(NewsSpider, settings or {})
        self.encoding = EncodingRepairMiddleware.from_crawler(crawler)
        self.profiles = ProfileRegistry(load_profiles(crawler.settings))

    def page(self, response: Any) -> PageResult | None:
        if not isinstance(response, HtmlResponse):
            return None
        response = self.encoding.process_response(response.request, response)
        return extract_page(response, self.profiles.for_url(response.url))

    def snapshot_page(self, snapshot: Snapshot, url: str) -> PageResult | None:
        response = snapshot.response(url)
        return None if response is None else self.page(response)
