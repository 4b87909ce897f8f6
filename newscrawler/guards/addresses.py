"""Every request, and the address its host name resolves to, checked against the policy.

Host checks alone cannot see DNS rebinding: a public-looking name that resolves to 127.0.0.1
or 10.x. So names are resolved (through the crawl's own caching resolver, so the connection
uses the same answer) and the address is checked before the download, and
:class:`GuardedResolver` refuses internal answers again at connection time.

Behind an HTTP proxy the proxy resolves names: only literal addresses in URLs are checked,
and the proxy's own host (often internal) is never refused.
"""

from __future__ import annotations

import logging
from typing import Any
from urllib.parse import urlsplit

from scrapy import Request
from scrapy.crawler import Crawler
from scrapy.exceptions import IgnoreRequest
from scrapy.resolver import CachingThreadedResolver
from scrapy.utils.defer import maybe_deferred_to_future
from twisted.internet.error import DNSLookupError

from newscrawler.guards.policy import RequestPolicy, address_kind, parse_address

logger = logging.getLogger(__name__)


class BlockedAddressError(DNSLookupError):
    """A name resolved to an internal address; raised by :class:`GuardedResolver`."""


class GuardedResolver(CachingThreadedResolver):
    """``TWISTED_DNS_RESOLVER``: Scrapy's caching resolver, refusing internal answers.

    Built by Scrapy from the process settings (not a crawler), so it keeps its own record
    of refused names; :class:`AddressGuardMiddleware` reads it to log the URL and count.
    """

    def __init__(self, reactor: Any, cache_size: int, timeout: float, policy: RequestPolicy):
        super().__init__(reactor, cache_size, timeout)
        self.policy = policy
        self.refused: dict[str, str] = {}
        self.exempt: set[str] = {o.rsplit(":", 1)[0] for o in policy.allowlist}

    @classmethod
    def from_crawler(cls, crawler: Any, reactor: Any) -> GuardedResolver:
        settings = crawler.settings
        cache_size = settings.getint("DNSCACHE_SIZE") if settings.getbool("DNSCACHE_ENABLED") else 0
        return cls(reactor, cache_size, settings.getfloat("DNS_TIMEOUT"), RequestPolicy.from_settings(settings))

    def lookup(self, name: str, timeout: Any = ()) -> Any:
        """The unguarded answer (tests replace this to play a hostile DNS server)."""
        return super().getHostByName(name, timeout)

    def getHostByName(self, name: str, timeout: Any = ()) -> Any:
        return self.lookup(name, timeout).addCallback(self._check, name)

    def _check(self, address: str, name: str) -> str:
        if self.policy.allow_private or name.rstrip(".").lower() in self.exempt:
            return address
        parsed = parse_address(address)
        kind = address_kind(parsed) if parsed is not None else None
        if kind:
            self.refused[name] = address
            raise BlockedAddressError(f"{name} resolves to internal address {address} ({kind})")
        return address


class AddressGuardMiddleware:
    """Downloader middleware, after HttpProxyMiddleware (750): the last check before a request
    leaves. Counts ``newscrawler/address/blocked`` (literal host), ``.../blocked_after_dns``
    (resolved) and ``newscrawler/scheme/blocked`` (a non-http(s) request that got this far).
    """

    def __init__(self, crawler: Crawler, policy: RequestPolicy, check_dns: bool):
        self.crawler = crawler
        self.stats = crawler.stats
        self.policy = policy
        self.check_dns = check_dns

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> AddressGuardMiddleware:
        policy = RequestPolicy.from_settings(crawler.settings)
        # A replay crawl never touches the network: nothing to resolve.
        check_dns = not policy.allow_private and not crawler.settings.get("REPLAY_DIR")
        return cls(crawler, policy, check_dns)

    @property
    def resolver(self) -> Any:
        from twisted.internet import reactor

        return getattr(reactor, "resolver", None)

    def refuse(self, request: Request, key: str, reason: str) -> IgnoreRequest:
        self.stats.inc_value(key)
        via = request.meta.get("redirect_urls")
        origin = f" (redirected from {via[0]})" if via else ""
        logger.warning("Refusing %s%s: %s", request.url, origin, reason)
        return IgnoreRequest(f"refused: {reason}")

    async def process_request(self, request: Request, spider: Any = None) -> None:
        refusal = self.policy.refuse(request.url)
        if refusal is not None:
            key = "newscrawler/address/blocked" if refusal.what == "address" else "newscrawler/scheme/blocked"
            raise self.refuse(request, key, refusal.reason)
        host = urlsplit(request.url).hostname or ""
        proxy = request.meta.get("proxy")
        if proxy:
            resolver = self.resolver
            if isinstance(resolver, GuardedResolver):
                resolver.exempt.add((urlsplit(proxy).hostname or "").lower())
            return  # the proxy resolves the name
        if not self.check_dns or parse_address(host) is not None or self.policy.allowed_origin(request.url):
            return
        from twisted.internet import reactor

        try:
            address = await maybe_deferred_to_future(reactor.resolve(host))
        except BlockedAddressError as error:
            raise self.refuse(request, "newscrawler/address/blocked_after_dns", error.args[0]) from None
        except Exception:
            return  # an ordinary DNS failure: the download fails and is retried as usual
        refusal = self.policy.refuse_resolved(request.url, address)
        if refusal is not None:
            raise self.refuse(request, "newscrawler/address/blocked_after_dns", refusal.reason)

    def process_exception(self, request: Request, exception: Exception, spider: Any = None) -> None:
        # The answer changed between our check and the connection (rebinding with a short TTL).
        if isinstance(exception, IgnoreRequest):
            return
        resolver = self.resolver
        host = urlsplit(request.url).hostname or ""
        if isinstance(resolver, GuardedResolver) and host in resolver.refused and not request.meta.get("proxy"):
            reason = f"{host} resolves to internal address {resolver.refused[host]}"
            raise self.refuse(request, "newscrawler/address/blocked_after_dns", reason)
