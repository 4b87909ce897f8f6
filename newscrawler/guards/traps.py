"""Crawler traps cut when links are made: pathological paths, link floods, endless hosts.

- a path segment, or a block of up to three, repeated back to back (``/deep/a/a/a/``,
  ``/a/b/a/b/a/b/``; Heritrix ``PathologicalPathDecideRule``): ``NEWSCRAWLER_MAX_SEGMENT_REPEATS``
  repeats at most (a faceted filter's ``/country/all/material/all/`` is no loop);
- too many path segments (Heritrix ``TooManyPathSegmentsDecideRule``):
  ``NEWSCRAWLER_MAX_PATH_SEGMENTS``;
- too many outlinks from one page (Nutch ``db.max.outlinks.per.page``):
  ``NEWSCRAWLER_MAX_OUTLINKS_PER_PAGE``, the rest dropped and counted;
- a per-host budget of distinct URLs (``NEWSCRAWLER_MAX_PAGES_PER_HOST``), the backstop for
  calendars and other generated link spaces that no rule recognises.

Requests with ``dont_filter`` (the pages 2..n of one article) are never cut: they complete an
article already found. Session ids and tracking parameters are stripped before all this by
``newscrawler.urls.clean_url`` (case 18); ``DEPTH_LIMIT`` and ``URLLENGTH_LIMIT`` stay on too.
"""

from __future__ import annotations

import logging
from urllib.parse import urlsplit
from weakref import WeakKeyDictionary

from scrapy import Request
from scrapy.crawler import Crawler
from scrapy.http import Response
from scrapy.spidermiddlewares.base import BaseSpiderMiddleware

logger = logging.getLogger(__name__)


def path_trap(url: str, max_repeats: int, max_segments: int) -> tuple[str, str] | None:
    """(stat name, reason) when the URL's path looks like a trap, else None."""
    segments = [s for s in urlsplit(url).path.split("/") if s]
    if max_segments and len(segments) > max_segments:
        return "too_many_segments", f"{len(segments)} path segments (max {max_segments})"
    if max_repeats and segments:
        segment, count = _longest_run(segments)
        if count > max_repeats:
            return "repeated_segments", f"path segment {segment!r} repeated {count} times (max {max_repeats})"
    return None


def _longest_run(segments: list[str]) -> tuple[str, int]:
    """The segment whose block (of one to three segments) repeats most often back to back:
    ``/deep/a/a/a/`` and a relative link's loop ``/a/b/a/b/a/b/`` are traps; a faceted filter's
    values in their own slots (谷德's ``/type/x/country/all/material/all/office/all/``) are not."""
    best = (segments[0], 1)
    for period in (1, 2, 3):
        for start in range(len(segments) - period):
            block, runs, at = segments[start:start + period], 1, start + period
            while segments[at:at + period] == block:
                runs, at = runs + 1, at + period
            if runs > best[1]:
                best = (block[0], runs)
    return best


class TrapGuardMiddleware(BaseSpiderMiddleware):
    """Counts ``newscrawler/trap/<rule>`` for each link dropped."""

    def __init__(self, crawler: Crawler):
        super().__init__(crawler)
        settings = crawler.settings
        self.stats = crawler.stats
        self.max_repeats = settings.getint("NEWSCRAWLER_MAX_SEGMENT_REPEATS")
        self.max_segments = settings.getint("NEWSCRAWLER_MAX_PATH_SEGMENTS")
        self.max_outlinks = settings.getint("NEWSCRAWLER_MAX_OUTLINKS_PER_PAGE")
        self.max_per_host = settings.getint("NEWSCRAWLER_MAX_PAGES_PER_HOST")
        self.outlinks: WeakKeyDictionary[Response, int] = WeakKeyDictionary()
        #: Per host, hashes of the URLs let through (ints, not strings: this grows with the crawl).
        self.host_urls: dict[str, set[int]] = {}
        self.budget_logged: set[str] = set()

    def get_processed_request(self, request: Request, response: Response | None) -> Request | None:
        if request.dont_filter:
            return request
        source = response.url if response is not None else "start URLs"
        trap = path_trap(request.url, self.max_repeats, self.max_segments)
        if trap:
            self.stats.inc_value(f"newscrawler/trap/{trap[0]}")
            logger.warning("Dropped link %s (from %s): %s", request.url, source, trap[1])
            return None
        if response is not None and self.max_outlinks:
            count = self.outlinks.get(response, 0) + 1
            self.outlinks[response] = count
            if count > self.max_outlinks:
                self.stats.inc_value("newscrawler/trap/outlinks_capped")
                if count == self.max_outlinks + 1:
                    logger.warning(
                        "Outlink cap reached on %s: keeping the first %d links, dropping the rest "
                        "(first dropped: %s)", response.url, self.max_outlinks, request.url,
                    )
                return None
        return self.within_budget(request, source)

    def within_budget(self, request: Request, source: str) -> Request | None:
        if not self.max_per_host:
            return request
        host = urlsplit(request.url).netloc.lower()  # host:port: two ports are two sites
        urls = self.host_urls.setdefault(host, set())
        key = hash(request.url)
        if key in urls or len(urls) < self.max_per_host:
            urls.add(key)
            return request
        self.stats.inc_value("newscrawler/trap/host_budget")
        if host not in self.budget_logged:
            self.budget_logged.add(host)
            logger.warning(
                "Page budget of %d URLs reached for host %s: dropping %s (from %s) and every "
                "further new URL of that host", self.max_per_host, host, request.url, source,
            )
        return None
