"""Links the spider makes are checked when they are made: http(s) only, no internal hosts.

Scrapy's LinkExtractor and ``response.follow`` accept ``file://`` and ``ftp://`` links, and the
offsite check compares host names only, so ``file://<allowed-host>/etc/hostname`` passes it
(RELIABILITY case 13). This spider middleware drops such requests, start URLs included.
"""

from __future__ import annotations

import logging

from scrapy import Request
from scrapy.crawler import Crawler
from scrapy.http import Response
from scrapy.spidermiddlewares.base import BaseSpiderMiddleware

from newscrawler.guards.policy import RequestPolicy

logger = logging.getLogger(__name__)


class LinkGuardMiddleware(BaseSpiderMiddleware):
    """Counts ``newscrawler/link/scheme_blocked`` and ``newscrawler/link/address_blocked``."""

    def __init__(self, crawler: Crawler):
        super().__init__(crawler)
        self.stats = crawler.stats
        self.policy = RequestPolicy.from_settings(crawler.settings)

    def get_processed_request(self, request: Request, response: Response | None) -> Request | None:
        refusal = self.policy.refuse(request.url)
        if refusal is None:
            return request
        self.stats.inc_value(f"newscrawler/link/{refusal.what}_blocked")
        source = response.url if response is not None else "start URLs"
        label = "non-http(s)" if refusal.what == "scheme" else "internal-address"
        logger.warning("Dropped %s link %s (from %s): %s", label, request.url, source, refusal.reason)
        return None
