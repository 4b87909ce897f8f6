"""The baseline: a plain link-following spider. Every ``<a href>`` on the start URLs' host is
followed (http and https links only); nothing is extracted, nothing is written. Its pages/s is Scrapy's own ceiling for a
site: request scheduling, download, response and link handling, no project work.

    scrapy runspider bench/plain_spider.py -a start_urls=http://127.0.0.1:8000/a/,...
"""

from __future__ import annotations

from typing import Any
from urllib.parse import urlsplit

import scrapy


class PlainSpider(scrapy.Spider):
    name = "plain"

    def __init__(self, start_urls: str = "", *args: Any, **kwargs: Any):
        super().__init__(*args, **kwargs)
        self.start_urls = [u for u in start_urls.split(",") if u]
        self.allowed_domains = sorted({urlsplit(u).hostname for u in self.start_urls})

    def parse(self, response: Any) -> Any:
        if not hasattr(response, "xpath"):
            return
        for href in response.xpath("//a/@href").getall():
            url = response.urljoin(href)
            if url.startswith(("http://", "https://")):
                yield scrapy.Request(url, callback=self.parse)
