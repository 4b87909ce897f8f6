"""A truncated body never becomes a complete article (RELIABILITY cases 3 and 10).

Two ways a body arrives cut short while Scrapy hands the spider a 200:
- ``DOWNLOAD_FAIL_ON_DATALOSS=False``: the response carries the ``dataloss`` flag;
- a gzip/deflate stream cut in half inside a complete HTTP transfer: Scrapy's ``gunzip``
  tolerates truncation on purpose and returns the fragment with no flag and no log line.

:class:`TruncationMiddleware` (downloader, before HttpCompressionMiddleware decodes) checks
that every compressed layer reaches its end, within the size limit, and marks the request.
:class:`TruncatedItemsMiddleware` (spider) turns any article made from a marked response into
a reject (``item_dropped``: counted, and written to the rejects file with the reason).
"""

from __future__ import annotations

import logging
import zlib
from typing import Any

from scrapy import Request, signals
from scrapy.crawler import Crawler
from scrapy.exceptions import DropItem
from scrapy.http import Response
from scrapy.spidermiddlewares.base import BaseSpiderMiddleware

logger = logging.getLogger(__name__)

TRUNCATED = "newscrawler_truncated"  # request.meta key: why the body is incomplete


def _decompressor(encoding: str, data: bytes) -> Any:
    if encoding in ("gzip", "x-gzip"):
        return zlib.decompressobj(16 + zlib.MAX_WBITS)
    if encoding == "deflate":  # zlib-wrapped as the RFC says, or raw as some servers send
        wrapped = len(data) >= 2 and data[0] & 0x0F == 8 and ((data[0] << 8) | data[1]) % 31 == 0
        return zlib.decompressobj(zlib.MAX_WBITS if wrapped else -zlib.MAX_WBITS)
    return None


def stream_state(body: bytes, content_encodings: list[bytes], limit: int) -> str:
    """``complete``, ``truncated``, ``over_limit``, ``corrupt`` or ``unchecked`` (br, zstd...)."""
    codings = [c.strip().decode("latin-1").lower() for v in content_encodings for c in v.split(b",")]
    data = body
    for coding in reversed([c for c in codings if c and c != "identity"]):
        d = _decompressor(coding, data)
        if d is None:
            return "unchecked"
        try:
            out = d.decompress(data, limit + 1)
        except zlib.error:
            return "corrupt"
        if len(out) > limit:
            return "over_limit"
        if not d.eof:
            return "truncated"
        data = out
    return "complete"


class TruncationMiddleware:
    """Counts ``newscrawler/response/truncated`` and ``newscrawler/response/decompression_limit``
    (a decompression bomb: Scrapy's HttpCompressionMiddleware then ignores the response)."""

    def __init__(self, crawler: Crawler):
        self.stats = crawler.stats
        self.maxsize = crawler.settings.getint("DOWNLOAD_MAXSIZE")

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> TruncationMiddleware:
        return cls(crawler)

    def mark(self, request: Request, response: Response, reason: str) -> None:
        request.meta[TRUNCATED] = reason
        self.stats.inc_value("newscrawler/response/truncated")
        logger.warning("Truncated response %s: %s (%d bytes received)", response.url, reason, len(response.body))

    def process_response(self, request: Request, response: Response, spider: Any = None) -> Response:
        if "dataloss" in response.flags:
            self.mark(request, response, "body shorter than announced (dataloss)")
            return response
        encodings = response.headers.getlist("Content-Encoding")
        if not encodings or request.method == "HEAD":
            return response
        limit = request.meta.get("download_maxsize", self.maxsize) or (1 << 30)
        state = stream_state(response.body, encodings, limit)
        if state == "truncated":
            self.mark(request, response, "compressed stream ends before its end marker")
        elif state == "over_limit":
            self.stats.inc_value("newscrawler/response/decompression_limit")
        return response


class TruncatedItemsMiddleware(BaseSpiderMiddleware):
    """Counts ``newscrawler/item/truncated``; links found on the page are still followed."""

    def get_processed_item(self, item: Any, response: Response | None) -> Any:
        reason = response.meta.get(TRUNCATED) if response is not None and response.request else None
        if not reason:
            return item
        self.crawler.stats.inc_value("newscrawler/item/truncated")
        self.crawler.stats.inc_value("newscrawler/rejected/truncated")  # in the crawl summary
        logger.warning("Rejecting article from truncated response %s: %s", response.url, reason)
        self.crawler.signals.send_catch_log(
            signal=signals.item_dropped, item=item, response=response,
            exception=DropItem(f"truncated: {reason}"), spider=self.crawler.spider,
        )
        return None
