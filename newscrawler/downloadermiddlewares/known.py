"""Before download: skip what the state says earlier runs already have.

A request whose URL key is an article an earlier run wrote is dropped (counted as
``newscrawler/state/known_skipped``), and so is an article URL that answered 404/410
(``newscrawler/state/gone_skipped``). List pages are always fetched again: the state holds
only article keys, start URLs are never skipped, and a gone URL is skipped only when it
looks like an article. With NEWSCRAWLER_STATE_REVISIT_HOURS > 0 a known or gone URL is
fetched again once that long has passed since it was last fetched (to catch corrections;
see NEWSCRAWLER_STATE_VERSIONS).
"""

from __future__ import annotations

import logging
import time
from typing import Any

from scrapy import Request, signals
from scrapy.crawler import Crawler
from scrapy.exceptions import IgnoreRequest, NotConfigured
from scrapy.http import Response

from newscrawler.extract.links import is_article_url
from newscrawler.signals import page_gone
from newscrawler.state import ArticleState, state_of
from newscrawler.urls import url_key

logger = logging.getLogger(__name__)

GONE_STATUSES = (404, 410)


class KnownArticleMiddleware:
    def __init__(self, crawler: Crawler, state: ArticleState, revisit_hours: float):
        self.crawler = crawler
        self.stats = crawler.stats
        self.state = state
        self.revisit_seconds = revisit_hours * 3600
        self.start_keys: frozenset[str] = frozenset()
        self.enabled = False

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> KnownArticleMiddleware:
        state = state_of(crawler)
        if state is None:
            raise NotConfigured
        mw = cls(crawler, state, crawler.settings.getfloat("NEWSCRAWLER_STATE_REVISIT_HOURS"))
        crawler.signals.connect(mw.spider_opened, signal=signals.spider_opened)
        crawler.signals.connect(mw.page_gone, signal=page_gone)
        return mw

    def spider_opened(self, spider: Any) -> None:
        self.start_keys = frozenset(url_key(u) for u in getattr(spider, "start_urls", ()) or ())
        # Only spiders that ask for it (the news spider); `scrapy shell URL` fetches URL.
        self.enabled = bool(getattr(spider, "skip_known_articles", False))

    def page_gone(self, url: str, reason: str) -> None:
        """A soft 404: remembered like a 404 so the next run does not ask again."""
        if is_article_url(url):
            self.state.mark_gone(url_key(url), url, 404, time.time())
            self.stats.inc_value("newscrawler/state/gone_marked")

    def due(self, last: float) -> bool:
        return self.revisit_seconds > 0 and time.time() - last >= self.revisit_seconds

    def process_request(self, request: Request) -> None:
        if not self.enabled:
            return None
        key = url_key(request.url)
        if key in self.start_keys:
            return None
        known = self.state.known(key)
        if known is not None:
            if self.due(known.last_seen):
                self.stats.inc_value("newscrawler/state/revisited")
                return None
            self.stats.inc_value("newscrawler/state/known_skipped")
            logger.debug("Skipped, written by an earlier run: %s", request.url)
            raise IgnoreRequest(f"known article (written by an earlier run): {request.url}")
        gone = self.state.gone_since(key)
        if gone is not None and not self.due(gone) and is_article_url(request.url):
            self.stats.inc_value("newscrawler/state/gone_skipped")
            logger.debug("Skipped, gone (404/410) in an earlier run: %s", request.url)
            raise IgnoreRequest(f"gone (answered 404/410 in an earlier run): {request.url}")
        return None

    def process_response(self, request: Request, response: Response) -> Response:
        if self.enabled and response.status in GONE_STATUSES and is_article_url(request.url):
            self.state.mark_gone(url_key(request.url), request.url, response.status, time.time())
            self.stats.inc_value("newscrawler/state/gone_marked")
            logger.info("Gone (%d), not requested again: %s", response.status, request.url)
        return response
