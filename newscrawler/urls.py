"""URL canonicalisation and site identity, built on w3lib.

Two different normal forms:
- ``clean_url`` is what we *output*: tracking and session parameters and the fragment removed,
  everything else as the site wrote it.
- ``url_key`` is what we *dedupe on*: the cleaned URL with the scheme folded to https, the
  ``www.``/``m.`` host prefixes folded away and the query sorted (w3lib ``canonicalize_url``),
  so http/https and mobile copies of one page share one key.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Collection
from urllib.parse import parse_qsl, urlsplit, urlunsplit

from tldextract import TLDExtract
from w3lib.url import canonicalize_url, safe_url_string, url_query_cleaner

#: Query parameters that never change what a news page shows.
TRACKING_PARAMS = frozenset(
    {
        "from", "spm", "ref", "referer", "fr", "share", "share_token",
        "fbclid", "gclid", "yclid", "msclkid", "mc_cid", "mc_eid", "igshid", "isappinstalled",
        "sessionid", "session_id", "jsessionid", "phpsessid", "aspsessionid",
        "cfid", "cftoken", "_ga", "wt.mc_id", "ncid", "cmpid", "ocid",
        # WeChat's share and session parameters (mp.weixin.qq.com/s?__biz=…&sn=…&chksm=…)
        "chksm", "scene", "subscene", "clicktime", "enterid", "ascene", "devicetype", "nettype",
        "pass_ticket", "exportkey", "wx_header",
    }
)
TRACKING_PREFIXES = ("utm_", "wt.", "hmsr", "hmpl", "hmcu", "hmkw", "hmci")
_PATH_SESSION = re.compile(r";(?:jsessionid|phpsessid|sid)=[^/?#]*", re.I)
_HOST_PREFIX = re.compile(r"^(?:www\d?|m|wap|mobile)\.")


def is_tracking_param(name: str, value: str = "") -> bool:
    low = name.lower()
    if low == "sid":  # a session's token (phpBB's sid=3f2a…); a number is a section's id (香港中華總商會's sid=20), part of the address
        return not value.isdigit()
    return low in TRACKING_PARAMS or low.startswith(TRACKING_PREFIXES)


_SECOND_MARK = re.compile(r"\?(?=([\w.-]+)=)")


def clean_url(url: str, site_params: Collection[str] = ()) -> str:
    """The URL without fragment, tracking/session query parameters or ``;jsessionid=``;
    ``site_params``: the site's own tracking names (a profile's, weibo's ``mod``)."""
    url = _PATH_SESSION.sub("", safe_url_string(url))
    parts = urlsplit(url)
    if "?" in parts.query:  # tracking glued on with a second "?" (都市日報's "…&id=682417?utm_source=related")
        query = _SECOND_MARK.sub(lambda m: "&" if is_tracking_param(m[1]) or m[1] in site_params else m[0], parts.query)
        url = urlunsplit(parts._replace(query=query))
        parts = urlsplit(url)
    names = {k for k, v in parse_qsl(parts.query, keep_blank_values=True) if is_tracking_param(k, v) or k in site_params}
    if names:
        url = url_query_cleaner(url, names, remove=True, unique=False, keep_fragments=True)
        parts = urlsplit(url)
    return urlunsplit((parts.scheme, parts.netloc.lower(), parts.path or "/", parts.query, ""))


def tracking_params(url: str, site_params: Collection[str] = ()) -> list[str]:
    """Names of the tracking/session parameters ``clean_url`` would strip (for stats)."""
    query = urlsplit(url).query
    found = [k for k, v in parse_qsl(query, keep_blank_values=True) if is_tracking_param(k, v) or k in site_params]
    if _PATH_SESSION.search(url):
        found.append("jsessionid")
    return found


@lru_cache(maxsize=4096)
def site_of(url: str) -> str:
    """The site a host belongs to: the host without ``www.``/``m.``/``wap.`` prefixes."""
    host = (urlsplit(url).hostname or "").lower().rstrip(".")
    return _HOST_PREFIX.sub("", host)


def same_site(url: str, other: str) -> bool:
    a, b = site_of(url), site_of(other)
    return bool(a) and (a == b or a.endswith("." + b) or b.endswith("." + a))


@lru_cache(maxsize=1)
def _suffixes() -> TLDExtract:
    # The public suffix list tldextract ships (Scrapy depends on it for cookies): never fetched,
    # so a crawl stays offline and the answer does not change with the day's download.
    return TLDExtract(suffix_list_urls=(), cache_dir=None, include_psl_private_domains=True)


@lru_cache(maxsize=4096)
def registered_domain(url: str) -> str:
    """The domain a registrar sold (``hket.com`` for china. and inews.hket.com, ``bbc.co.uk``);
    the host itself where there is none (an IP address, localhost)."""
    host = (urlsplit(url).hostname or "").lower().rstrip(".")
    return _suffixes().extract_str(host).top_domain_under_public_suffix or host


def same_domain(url: str, other: str) -> bool:
    """One registered domain: sibling hosts too (china.hket.com and inews.hket.com), which
    ``same_site`` (one host and its sub-hosts) keeps apart."""
    a = registered_domain(url)
    return bool(a) and a == registered_domain(other)


#: URLs whose key needs no parsing of query, parameters or escapes (most article URLs).
_PLAIN = re.compile(r"^https?://([A-Za-z0-9.-]+)(:\d+)?(/[A-Za-z0-9._~/-]*)?(?:#.*)?$")


def url_key(url: str) -> str:
    """Dedupe key: http/https, www./m. copies and parameter order fold together."""
    plain = _PLAIN.match(url) if "/." not in url else None  # dot segments: let w3lib resolve them
    if plain:  # the same key as below, without three parses (this runs for every request)
        host = _HOST_PREFIX.sub("", plain[1].lower().rstrip("."))
        port = plain[2] if plain[2] not in (None, ":80", ":443") else ""
        return f"https://{host}{port}{plain[3] or '/'}"
    parts = urlsplit(clean_url(url))
    host = _HOST_PREFIX.sub("", (parts.hostname or "").rstrip("."))
    netloc = host if parts.port in (None, 80, 443) else f"{host}:{parts.port}"
    return canonicalize_url(urlunsplit(("https", netloc, parts.path, parts.query, "")))
