"""Re-decode HTML responses whose declared encoding the bytes contradict (RELIABILITY §E)."""

from __future__ import annotations

import logging

from scrapy import Request
from scrapy.crawler import Crawler
from scrapy.http import HtmlResponse, Response
from w3lib.encoding import html_body_declared_encoding, http_content_type_encoding, read_bom

from newscrawler.encoding import best_cjk_codec, decodes, has_non_ascii, normalise, plausibility
from newscrawler.urls import site_of

logger = logging.getLogger(__name__)

#: Below this share of common characters a CJK decode is called implausible.
PLAUSIBLE = 0.6


class EncodingRepairMiddleware:
    """Chooses the encoding the bytes prove, not only the one the labels claim.

    Order: BOM; a per-site override (``NEWSCRAWLER_SITE_ENCODINGS`` or a profile's
    ``encoding``); strict UTF-8; the declared label if it decodes strictly and plausibly;
    else the most plausible strict CJK decode. Every disagreement is logged once per response
    and counted under ``newscrawler/encoding/...``.
    """

    def __init__(self, crawler: Crawler, site_encodings: dict[str, str]):
        self.stats = crawler.stats
        self.site_encodings = {k.lower(): v for k, v in site_encodings.items()}

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> EncodingRepairMiddleware:
        from newscrawler.extract.profiles import load_profiles

        encodings: dict[str, str] = {}
        for profile in load_profiles(crawler.settings):
            if profile.encoding:
                encodings.update({site: profile.encoding for site in profile.sites})
        encodings.update(crawler.settings.getdict("NEWSCRAWLER_SITE_ENCODINGS"))
        return cls(crawler, encodings)

    def process_response(self, request: Request, response: Response) -> Response:
        if not isinstance(response, HtmlResponse) or not has_non_ascii(response.body):
            return response
        body = response.body
        if read_bom(body)[0]:
            return self.count_invalid(response)
        chosen, reason = self.choose(response)
        if chosen is None or normalise(chosen) == normalise(response.encoding):
            return self.count_invalid(response)
        self.stats.inc_value(f"newscrawler/encoding/{reason}")
        logger.warning(
            "Re-decoding %s as %s (was %s): %s", response.url, chosen, response.encoding, reason
        )
        return self.count_invalid(response.replace(encoding=chosen))

    def count_invalid(self, response: HtmlResponse) -> HtmlResponse:
        """Bytes no encoding explains (a character cut at the end, stray \\xff\\xfe) become
        U+FFFD: the page is kept, and the replacements are counted (RELIABILITY case 28).
        The decoded text is cached on the response, so the spider does not decode it again."""
        replaced = response.text.count("\ufffd")
        if replaced and normalise(response.encoding) == "utf-8":
            replaced -= response.body.count(b"\xef\xbf\xbd")  # U+FFFD written by the site
        if replaced > 0:
            self.stats.inc_value("newscrawler/encoding/invalid_bytes", replaced)
            logger.warning(
                "Invalid %s bytes in %s: %d character(s) replaced by U+FFFD",
                response.encoding, response.url, replaced,
            )
        return response

    def choose(self, response: HtmlResponse) -> tuple[str | None, str]:
        body = response.body
        override = self.site_encodings.get(site_of(response.url)) or self.site_encodings.get(
            (response.headers.get("Host") or b"").decode("latin-1").lower()
        )
        if override:
            return override, "site_override"
        header = normalise(http_content_type_encoding(
            (response.headers.get("Content-Type") or b"").decode("latin-1")
        ))
        meta = normalise(html_body_declared_encoding(body))
        declared = header or meta
        if decodes(body, "utf-8"):
            # Valid UTF-8 with non-ASCII bytes is almost never GBK/Big5 by accident.
            return "utf-8", "utf8_under_label" if declared else "guessed"
        if declared and declared != "utf-8" and decodes(body, declared):
            # The common case, a plausible declared CJK codec, costs one decode and one sample.
            if declared not in ("gb18030", "big5") or plausibility(body.decode(declared), declared) >= PLAUSIBLE:
                return declared, "declared"
            best = best_cjk_codec(body)
            if best and best[0] != declared and best[1] >= PLAUSIBLE:
                return best[0], "implausible"
            return declared, "declared"
        if header and meta and header != meta and decodes(body, meta):
            return meta, "mismatch"
        best = best_cjk_codec(body)
        if best:
            return best[0], "guessed" if not declared else "mismatch"
        return None, "undecodable"
