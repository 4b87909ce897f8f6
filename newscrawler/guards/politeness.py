"""robots.txt that fails means "not now", and a site's requests to slow down are honoured.

- robots.txt answering 5xx, or unreachable once retries gave up, is read as "disallow all" for
  this run (RFC 9309 §2.3.1.4; StormCrawler ``http.robots.5xx.allow: false``), not as Scrapy's
  allow-all. A 4xx still means allow (§2.3.1.3). Bodies past 500 KiB are cut (§2.5).
- ``Crawl-delay`` is applied to the host's download slot, up to ``NEWSCRAWLER_MAX_CRAWL_DELAY``.
- ``Retry-After`` on a 429 or 503 pauses the host (not the crawl), up to
  ``NEWSCRAWLER_MAX_RETRY_AFTER``; Scrapy's RetryMiddleware then retries as usual.

Both delays work on Scrapy's per-host download slots (as AutoThrottle does), so other hosts
keep crawling while one waits.
"""

from __future__ import annotations

import logging
from email.utils import parsedate_to_datetime
from datetime import datetime, timezone
from time import monotonic
from typing import Any
from urllib.parse import urlsplit

from scrapy import Request, signals
from scrapy.crawler import Crawler
from scrapy.exceptions import IgnoreRequest
from scrapy.http import Response

logger = logging.getLogger(__name__)

DISALLOW_ALL = b"User-agent: *\nDisallow: /\n"
ROBOTS_MAX_BYTES = 500 * 1024


def is_robots_request(request: Request) -> bool:
    return bool(request.meta.get("dont_obey_robotstxt")) and urlsplit(request.url).path == "/robots.txt"


def retry_after_seconds(value: bytes | None, now: datetime | None = None) -> float | None:
    """Seconds to wait from a ``Retry-After`` value: delta-seconds or an HTTP date."""
    if not value:
        return None
    text = value.decode("latin-1").strip()
    if text.isdigit():
        return float(text)
    try:
        when = parsedate_to_datetime(text)
    except (TypeError, ValueError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=timezone.utc)
    return max(0.0, (when - (now or datetime.now(timezone.utc))).total_seconds())


class _SlotControl:
    crawler: Crawler

    def slot_for(self, request: Request) -> tuple[str, Any]:
        downloader = self.crawler.engine.downloader
        key = downloader.get_slot_key(request)
        return key, downloader.slots.get(key)


class RobotsPolicyMiddleware(_SlotControl):
    """Downloader middleware before RetryMiddleware (550), so it sees robots.txt after retries.

    Counts ``newscrawler/robots/5xx_disallow``, ``.../unreachable_disallow``,
    ``.../truncated``, ``.../crawl_delay`` and ``.../crawl_delay_capped``.
    """

    def __init__(self, crawler: Crawler):
        self.crawler = crawler
        self.stats = crawler.stats
        self.max_delay = crawler.settings.getfloat("NEWSCRAWLER_MAX_CRAWL_DELAY")
        self.delay_enabled = crawler.settings.getbool("NEWSCRAWLER_CRAWL_DELAY_ENABLED", True)
        self.useragent = crawler.settings.get("ROBOTSTXT_USER_AGENT") or crawler.settings.get("USER_AGENT")
        self.delayed_hosts: set[str] = set()
        self.disallowed: dict[str, str] = {}  # netloc -> why its robots.txt means "disallow"

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> RobotsPolicyMiddleware:
        mw = cls(crawler)
        crawler.signals.connect(mw.robots_parsed, signal=signals.robots_parsed)
        return mw

    def process_request(self, request: Request, spider: Any = None) -> None:
        if urlsplit(request.url).hostname in self.delayed_hosts:
            # Keep AutoThrottle from lowering the delay below what the site asked for.
            request.meta["autothrottle_dont_adjust_delay"] = True

    def process_response(self, request: Request, response: Response, spider: Any = None) -> Response:
        if not is_robots_request(request) or "robots-unreachable" in response.flags:
            return response
        if response.status >= 500:
            self.disallowed[urlsplit(request.url).netloc] = f"answered {response.status}"
            self.stats.inc_value("newscrawler/robots/5xx_disallow")
            logger.warning(
                "robots.txt %s answered %d: treating host as disallowed for this run (RFC 9309)",
                request.url, response.status,
            )
            return response.replace(body=DISALLOW_ALL)
        if response.status < 300 and len(response.body) > ROBOTS_MAX_BYTES:
            body = response.body[:ROBOTS_MAX_BYTES]
            body = body[: body.rfind(b"\n") + 1] or body
            self.stats.inc_value("newscrawler/robots/truncated")
            logger.warning(
                "robots.txt %s is %d bytes: reading the first %d (RFC 9309 §2.5)",
                request.url, len(response.body), len(body),
            )
            return response.replace(body=body)
        return response

    def process_exception(self, request: Request, exception: Exception, spider: Any = None) -> Response | None:
        netloc = urlsplit(request.url).netloc
        if isinstance(exception, IgnoreRequest):
            if netloc in self.disallowed and "robots.txt" in str(exception):
                # Scrapy says "Forbidden by robots.txt" at DEBUG only: say why, per URL.
                self.stats.inc_value("newscrawler/robots/host_disallowed")
                logger.warning("Not crawling %s: robots.txt of %s %s", request.url, netloc, self.disallowed[netloc])
            return None
        if not is_robots_request(request):
            return None
        self.disallowed[netloc] = f"was unreachable ({type(exception).__name__})"
        self.stats.inc_value("newscrawler/robots/unreachable_disallow")
        logger.warning(
            "robots.txt %s unreachable (%s): treating host as disallowed for this run (RFC 9309)",
            request.url, type(exception).__name__,
        )
        return Response(request.url, status=200, body=DISALLOW_ALL, request=request, flags=["robots-unreachable"])

    def robots_parsed(self, robotparser: Any, request: Request) -> None:
        delay = robotparser.crawl_delay(self.useragent)
        if not delay:
            return
        if not self.delay_enabled:  # (a replay: nothing to be polite to)
            self.stats.inc_value("newscrawler/robots/crawl_delay_not_applied")
            return
        host = urlsplit(request.url).hostname or ""
        applied = min(float(delay), self.max_delay) if self.max_delay else float(delay)
        self.stats.inc_value("newscrawler/robots/crawl_delay")
        if applied < delay:
            self.stats.inc_value("newscrawler/robots/crawl_delay_capped")
            logger.warning("Crawl-delay %ss of %s capped at %ss (NEWSCRAWLER_MAX_CRAWL_DELAY)", delay, host, applied)
        else:
            logger.info("Crawl-delay %ss of %s applied", delay, host)
        key, slot = self.slot_for(request)
        downloader = self.crawler.engine.downloader
        downloader.per_slot_settings[key] = {**downloader.per_slot_settings.get(key, {}), "delay": applied, "jitter": 0}
        if slot is not None:
            slot.delay = max(slot.delay, applied)
            slot.jitter = 0
        self.delayed_hosts.add(host)


class RetryAfterMiddleware(_SlotControl):
    """Downloader middleware after RetryMiddleware (550), so it sees the 429/503 first.

    Counts ``newscrawler/politeness/retry_after`` and ``.../retry_after_capped``.
    """

    def __init__(self, crawler: Crawler):
        self.crawler = crawler
        self.stats = crawler.stats
        self.max_pause = crawler.settings.getfloat("NEWSCRAWLER_MAX_RETRY_AFTER")

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> RetryAfterMiddleware:
        return cls(crawler)

    def process_response(self, request: Request, response: Response, spider: Any = None) -> Response:
        if response.status not in (429, 503):
            return response
        wanted = retry_after_seconds(response.headers.get("Retry-After"))
        if wanted is None:
            return response
        pause = min(wanted, self.max_pause)
        key, slot = self.slot_for(request)
        self.stats.inc_value("newscrawler/politeness/retry_after")
        capped = ""
        if pause < wanted:
            self.stats.inc_value("newscrawler/politeness/retry_after_capped")
            capped = f", capped at {pause:g}s (NEWSCRAWLER_MAX_RETRY_AFTER)"
        logger.warning(
            "Pausing host %s for %gs: %s answered %d with Retry-After %gs%s",
            key, pause, response.url, response.status, wanted, capped,
        )
        if slot is not None and pause > 0:
            # The slot sends nothing until lastseen + delay: move lastseen into the future.
            slot.delay = slot.delay or 0.001
            slot.lastseen = max(slot.lastseen, monotonic() + pause)
        return response
