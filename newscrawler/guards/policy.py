"""Which URLs a crawl may request: http(s) only, and no internal addresses.

Internal means loopback, private (RFC 1918, unique-local), link-local (cloud metadata at
169.254.169.254), CGNAT, multicast, reserved and unspecified addresses, in every spelling the
resolver would accept: ``2130706433``, ``0x7f.1``, ``127.1``, ``[::ffff:127.0.0.1]``,
``localhost.``. A name is checked here as written; what it resolves to is checked in
:mod:`newscrawler.guards.addresses`.
"""

from __future__ import annotations

import ipaddress
import re
import socket
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlsplit

ALLOWED_SCHEMES = frozenset({"http", "https"})
_NUMERIC_HOST = re.compile(r"^[0-9a-fx.]+$", re.I)
_LOCAL_NAMES = ("localhost", "localhost.localdomain", "ip6-localhost", "ip6-loopback")

IPAddress = ipaddress.IPv4Address | ipaddress.IPv6Address


def parse_address(host: str) -> IPAddress | None:
    """The IP address a literal host stands for, in any spelling; None for a name."""
    host = host.strip("[]").rstrip(".").lower()
    if not host:
        return None
    try:
        return ipaddress.ip_address(host.split("%", 1)[0])  # fe80::1%eth0
    except ValueError:
        pass
    if _NUMERIC_HOST.match(host):
        try:  # inet_aton accepts what getaddrinfo accepts: 2130706433, 0x7f.1, 0177.1, 127.1
            return ipaddress.IPv4Address(socket.inet_aton(host))
        except OSError:
            return None
    return None


def address_kind(address: IPAddress) -> str | None:
    """Why an address is internal (loopback, private, ...), or None when it is public."""
    if isinstance(address, ipaddress.IPv6Address):
        mapped = address.ipv4_mapped or address.sixtofour
        if mapped is not None:
            return address_kind(mapped)
    for kind in ("loopback", "link_local", "unspecified", "multicast", "private", "reserved"):
        if getattr(address, f"is_{kind}"):
            return kind
    if not address.is_global:  # 100.64/10 (CGNAT) and the like
        return "private"
    return None


def host_kind(host: str) -> str | None:
    """Why a host as written in a URL is internal, or None."""
    name = host.strip("[]").rstrip(".").lower()
    if name in _LOCAL_NAMES or name.endswith(".localhost"):
        return "loopback"
    address = parse_address(name)
    return address_kind(address) if address is not None else None


@dataclass(frozen=True)
class Refusal:
    what: str  # "scheme" or "address"
    reason: str  # log text


@dataclass(frozen=True)
class RequestPolicy:
    """Settings: ``NEWSCRAWLER_ALLOW_PRIVATE`` (bool: internal addresses allowed, for local
    testing) and ``NEWSCRAWLER_PRIVATE_ALLOWLIST`` (``host:port`` origins allowed exactly as
    written, e.g. an intranet mirror or a test server)."""

    allow_private: bool = False
    allowlist: frozenset[str] = frozenset()

    @classmethod
    def from_settings(cls, settings: Any) -> RequestPolicy:
        return cls(
            allow_private=settings.getbool("NEWSCRAWLER_ALLOW_PRIVATE"),
            allowlist=frozenset(o.strip().lower() for o in settings.getlist("NEWSCRAWLER_PRIVATE_ALLOWLIST")),
        )

    def allowed_origin(self, url: str) -> bool:
        parts = urlsplit(url)
        try:
            port = parts.port or {"http": 80, "https": 443}.get(parts.scheme)
        except ValueError:
            return False
        return f"{(parts.hostname or '')}:{port}".lower() in self.allowlist

    def refuse(self, url: str) -> Refusal | None:
        """Why ``url`` must not be requested, or None."""
        parts = urlsplit(url)
        scheme = parts.scheme.lower()
        if scheme not in ALLOWED_SCHEMES:
            return Refusal("scheme", f"scheme {scheme or '(none)'!r} is not http(s)")
        if self.allow_private:
            return None
        host = parts.hostname or ""
        kind = host_kind(host)
        if kind and not self.allowed_origin(url):
            return Refusal("address", f"host {host!r} is an internal address ({kind})")
        return None

    def refuse_resolved(self, url: str, address: str) -> Refusal | None:
        """Why ``url``, whose host resolved to ``address``, must not be requested, or None."""
        if self.allow_private or self.allowed_origin(url):
            return None
        parsed = parse_address(address)
        kind = address_kind(parsed) if parsed is not None else None
        if kind:
            host = urlsplit(url).hostname
            return Refusal("address", f"host {host!r} resolves to internal address {address} ({kind})")
        return None
