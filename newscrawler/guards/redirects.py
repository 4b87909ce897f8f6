"""Redirects and meta refreshes, checked like links; redirect chains cut are counted.

Stock Scrapy already refuses to follow a 3xx or a meta refresh to a non-http(s) scheme, but it
counts nothing for the meta refresh and nothing specific for either; a redirect to an internal
address would be followed; and "max redirections reached" is a DEBUG line with no stat. These
subclasses replace the stock middlewares at the same priorities (see settings.py).
"""

from __future__ import annotations

import logging
from typing import Any
from urllib.parse import urljoin

from scrapy import Request
from scrapy.crawler import Crawler
from scrapy.downloadermiddlewares.redirect import MetaRefreshMiddleware, RedirectMiddleware
from scrapy.exceptions import IgnoreRequest
from scrapy.http import HtmlResponse, Response
from scrapy.utils.response import get_meta_refresh
from w3lib.url import safe_url_string

from newscrawler.guards.policy import RequestPolicy

logger = logging.getLogger(__name__)

REDIRECT_STATUSES = frozenset({301, 302, 303, 307, 308})


class _Guard:
    """Shared by both middlewares: refuse a target, count a chain cut at the maximum."""

    crawler: Crawler
    policy: RequestPolicy
    kind = "redirect"

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> Any:
        mw = super().from_crawler(crawler)  # the stock middleware's, next in the MRO
        mw.policy = RequestPolicy.from_settings(crawler.settings)
        return mw

    def _follow(self, request: Request, response: Response) -> Request | Response:
        """The stock middleware's answer, with a cut redirect chain counted and logged."""
        try:
            return super().process_response(request, response)
        except IgnoreRequest as error:
            if "max redirections" in str(error):
                self._max_reached(request, error)
            raise

    def _refuse(self, request: Request, target: str) -> bool:
        refusal = self.policy.refuse(target)
        if refusal is None:
            return False
        self.crawler.stats.inc_value(f"newscrawler/redirect/{refusal.what}_blocked")
        logger.warning("Not following %s from %s to %s: %s", self.kind, request.url, target, refusal.reason)
        return True

    def _max_reached(self, request: Request, error: IgnoreRequest) -> None:
        self.crawler.stats.inc_value("newscrawler/redirect/max_reached")
        chain = [*request.meta.get("redirect_urls", []), request.url]
        logger.warning(
            "Discarding %s: max redirections reached (%d hops, started at %s)",
            request.url, len(chain), chain[0],
        )


class GuardedRedirectMiddleware(_Guard, RedirectMiddleware):
    def process_response(self, request: Request, response: Response, spider: Any = None) -> Request | Response:
        location = response.headers.get("Location")
        if (
            location is not None
            and response.status in REDIRECT_STATUSES
            and not request.meta.get("dont_redirect")
            and self._refuse(request, urljoin(request.url, safe_url_string(location)))
        ):
            return response  # left to HttpErrorMiddleware: "Ignoring response <3xx ...>"
        return self._follow(request, response)


class GuardedMetaRefreshMiddleware(_Guard, MetaRefreshMiddleware):
    kind = "meta refresh"

    def process_response(self, request: Request, response: Response, spider: Any = None) -> Request | Response:
        if isinstance(response, HtmlResponse) and not request.meta.get("dont_redirect"):
            interval, url = get_meta_refresh(response, ignore_tags=self._ignore_tags)
            if url and interval is not None and interval < self._maxdelay and self._refuse(request, url):
                return response
        return self._follow(request, response)
