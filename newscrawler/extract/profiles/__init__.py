"""Per-site profiles: one file per site, each defining ``PROFILE = Profile(...)``.

A profile only says what the generic rules get wrong on its site: any field it leaves unset,
or whose selector stops matching after a redesign, falls back to the generic extractor (and the
fallback is logged once and counted as ``newscrawler/profile/fallback/<site>/<field>``).
"""

from __future__ import annotations

import importlib
import pkgutil
from dataclasses import dataclass, field
from typing import Any, Callable, Iterable

from newscrawler.urls import site_of


@dataclass(frozen=True)
class Profile:
    name: str
    #: Sites (hosts without www./m.) the profile applies to.
    sites: tuple[str, ...]
    #: XPath overrides, by Article field: title, title_zh, category, published, author,
    #: source; ``content`` (the text container(s)), ``related`` (the related block(s)).
    xpaths: dict[str, str] = field(default_factory=dict)
    #: Codec to use when the site's labels cannot be trusted.
    encoding: str | None = None
    #: Offset of the times the site shows.
    timezone: str = "+08:00"
    #: Query parameters the site adds to say where a link was clicked (weibo.com's ``mod``): dropped
    #: from its URLs like utm_*, where elsewhere (Discuz's ``mod=viewthread``) they name the page.
    tracking_params: tuple[str, ...] = ()
    #: The Chinese paragraphs a site draws by script under its English ones (page root ->
    #: one Chinese paragraph per English paragraph, in order), for pages whose HTML has none.
    translation: Callable[[Any], list[str]] | None = None


def _modules(names: Iterable[str]) -> Iterable[Any]:
    for name in names:
        package = importlib.import_module(name)
        yield package
        for info in pkgutil.iter_modules(getattr(package, "__path__", [])):
            yield importlib.import_module(f"{name}.{info.name}")


def load_profiles(settings: Any) -> list[Profile]:
    names = (settings.getlist("NEWSCRAWLER_PROFILES_MODULES") if settings else None) or [__name__]
    return [m.PROFILE for m in _modules(names) if isinstance(getattr(m, "PROFILE", None), Profile)]


class ProfileRegistry:
    def __init__(self, profiles: Iterable[Profile]):
        self.by_site = {site: p for p in profiles for site in p.sites}

    def for_url(self, url: str) -> Profile | None:
        site = site_of(url)
        while site:
            if site in self.by_site:
                return self.by_site[site]
            _, _, site = site.partition(".")
        return None
