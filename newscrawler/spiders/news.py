"""The generic ``news`` spider: where to go, never what a page says (that is extract/).

From list pages it follows pagination and article links; from an article, its related links
and its pages 2..n, merged into one Article. It stays on the sites of its start URLs.
"""

from __future__ import annotations

import logging
from typing import Any, AsyncIterator

import scrapy
from scrapy.http import Response

from newscrawler.extract import extract_page
from newscrawler.extract.profiles import ProfileRegistry, load_profiles
from newscrawler.guards.completeness import TRUNCATED
from newscrawler.loaders import load_article
from newscrawler.replay import Snapshot
from newscrawler.signals import page_gone
from newscrawler.urls import clean_url, registered_domain, site_of, tracking_params

logger = logging.getLogger(__name__)


class NewsSpider(scrapy.Spider):
    """Crawl any news portal: ``scrapy crawl news -a start_urls=URL1,URL2``.

    Start URLs may be list pages or articles. Without ``start_urls`` in a replay crawl
    (``-s REPLAY_DIR=...``) the snapshot's own start URLs are used.
    """

    name = "news"
    #: Let the article state drop requests for articles earlier runs wrote (shell and other
    #: spiders fetch what they are asked for).
    skip_known_articles = True

    def __init__(self, start_urls: str | list[str] | None = None, follow: str | bool = True,
                 *args: Any, **kwargs: Any):
        super().__init__(*args, **kwargs)
        if isinstance(start_urls, str):
            start_urls = [u.strip() for u in start_urls.split(",") if u.strip()]
        self.start_urls = list(start_urls or [])
        #: -a follow=no: read the start URLs only (an article's own later pages still count).
        self.follow_links = str(follow).lower() not in ("no", "false", "0")

    @classmethod
    def from_crawler(cls, crawler: Any, *args: Any, **kwargs: Any) -> NewsSpider:
        spider = super().from_crawler(crawler, *args, **kwargs)
        replay_dir = crawler.settings.get("REPLAY_DIR")
        if not spider.start_urls and replay_dir:
            spider.start_urls = Snapshot(replay_dir).start_urls
        # a portal's channels live on sibling hosts (中国江西网's jiangxi. list links nc. stories): its registered domain
        spider.allowed_domains = sorted({domain for u in spider.start_urls if (domain := registered_domain(u))})
        spider.profiles = ProfileRegistry(load_profiles(crawler.settings))
        spider._fallbacks_logged: set[tuple[str, str]] = set()
        return spider

    async def start(self) -> AsyncIterator[scrapy.Request]:
        if not self.start_urls:
            raise ValueError("no start URLs: pass -a start_urls=URL1,URL2")
        for url in self.start_urls:
            yield self.follow(url)

    def follow(self, url: str, **kwargs: Any) -> scrapy.Request:
        profile = self.profiles.for_url(url)
        own = profile.tracking_params if profile else ()  # the site's own click-tracking names (weibo's mod)
        stripped = tracking_params(url, own)
        if stripped:
            self.crawler.stats.inc_value("newscrawler/url/tracking_stripped", len(stripped))
        return scrapy.Request(clean_url(url, own), callback=self.parse, **kwargs)

    def parse(self, response: Response, **kwargs: Any) -> Any:
        """Classify a page and act on it.

        @url https://www.hxen.net/englishnews/china/
        @returns requests 3
        """
        if not hasattr(response, "selector"):
            self.crawler.stats.inc_value("newscrawler/page/not_html")
            return
        result = extract_page(response, self.profiles.for_url(response.url))
        stats = self.crawler.stats
        stats.inc_value(f"newscrawler/page/{result.kind}")
        self._report_fallbacks(response.url, result.fallbacks)
        for note in result.notes:
            stats.inc_value(f"newscrawler/extract/{note}")
            logger.debug("%s: %s", note, response.url)
        if result.kind == "list":
            for url in result.follow if self.follow_links else []:
                yield self.follow(url)
            return
        if result.kind == "error":
            logger.info("Not an article (error page): %s", response.url)
            self.crawler.signals.send_catch_log(page_gone, url=response.url, reason="soft 404")
            return
        if result.kind != "article":
            return
        yield from self._from_article_page(result)
        if result.page_number > 1:  # reached a later page first: read the article from page 1
            yield self.follow(result.url)
            return
        if result.more_pages:
            yield self._next_page([result.fields], result.more_pages, response, poster=result.poster)
            return
        yield load_article([result.fields])

    def parse_more(self, response: Response, collected: list[dict], remaining: list[str], poster: str | None = None) -> Any:
        """Pages 2..n of an article, fetched in order and merged into one item."""
        result = extract_page(response, self.profiles.for_url(response.url))
        if poster and result.poster and result.poster != poster:
            # a forum thread's later page another member opens holds replies: the article ended before it
            self.crawler.stats.inc_value("newscrawler/page/replies_only")
            logger.debug("Later page of a thread holds replies only: %s", response.url)
            yield load_article(collected)
            return
        if result.kind == "article":
            collected = [*collected, result.fields]
            yield from self._from_article_page(result)
        else:
            self.crawler.stats.inc_value("newscrawler/page/continuation_missing")
            logger.warning("Page of a multi-page article is not an article: %s", response.url)
        if remaining:
            yield self._next_page(collected, remaining, response, poster=poster)
        else:
            yield load_article(collected)

    def _from_article_page(self, result: Any) -> Any:
        """What every page of an article adds: its doubtful pairs counted, its related links and
        other-language versions followed."""
        if result.untrusted_pairs:
            self.crawler.stats.inc_value("newscrawler/align/untrusted", result.untrusted_pairs)
        for link in result.fields.get("related", []) if self.follow_links else []:
            yield self.follow(link["url"])
        for url in result.follow if self.follow_links else []:  # the story in its other language
            yield self.follow(url)

    def _next_page(self, collected: list[dict], remaining: list[str], previous: Response | None = None,
                   poster: str | None = None) -> scrapy.Request:
        # dont_filter: the chain must reach every page even if a link elsewhere already
        # scheduled one of them (that copy is sent back to page 1 and filtered there).
        meta = {}
        if previous is not None and previous.meta.get(TRUNCATED):
            # One truncated page makes the merged article incomplete: the flag rides along
            # to the response the item is yielded from (guards.completeness rejects it there).
            meta[TRUNCATED] = previous.meta[TRUNCATED]
        return scrapy.Request(
            remaining[0], callback=self.parse_more, dont_filter=True, meta=meta,
            cb_kwargs={"collected": collected, "remaining": remaining[1:], "poster": poster},
            errback=self._page_failed,
        )

    def _page_failed(self, failure: Any) -> Any:
        """A later page failed: emit what we have rather than lose the article."""
        request = failure.request
        collected = request.cb_kwargs["collected"]
        self.crawler.stats.inc_value("newscrawler/page/continuation_failed")
        logger.warning("Page %s of an article failed (%s); writing %d page(s)",
                       request.url, failure.value, len(collected))
        remaining = request.cb_kwargs["remaining"]
        if remaining:
            yield self._next_page(collected, remaining, failure.request, poster=request.cb_kwargs.get("poster"))
        else:
            yield load_article(collected)

    def _report_fallbacks(self, url: str, fields: list[str]) -> None:
        site = site_of(url)
        for name in fields:
            self.crawler.stats.inc_value(f"newscrawler/profile/fallback/{site}/{name}")
            if (site, name) not in self._fallbacks_logged:
                self._fallbacks_logged.add((site, name))
                logger.warning(
                    "Profile selector for %r found nothing on %s (%s): using the generic rule "
                    "(logged once per site and field)", name, site, url,
                )
