"""Article state that survives runs: what was written, and what is gone.

A scheduled crawl asks the state three questions: is this URL an article we already wrote
(skip it before download), is this text one we already wrote under another URL (drop it),
and did this URL answer 404/410 (do not ask again). The store pipeline commits an article
only after its line is durably in the output file, so the state never claims more than the
files hold; on the next start, lines of an unfinished file that the state lacks are committed
from the file (see newscrawler.runfiles.recover_parts).

Backends implement ``ArticleState``; the embedded default is SQLite in a directory
(newscrawler.state.sqlite). The interface is key/value shaped on purpose (a hash of
articles by URL key, a set of fingerprints, a hash of gone URLs) so that a Redis backend
maps onto it one call per method.
"""

from __future__ import annotations

import logging
from abc import ABC, abstractmethod
from pathlib import Path
from typing import Any, Iterable, NamedTuple

from scrapy import signals
from scrapy.settings import BaseSettings
from scrapy.utils.misc import load_object

logger = logging.getLogger(__name__)


class StateBusy(RuntimeError):
    """Another run holds the state: two writers would write the same new articles twice."""


class Known(NamedTuple):
    """What the state holds about one article URL key."""

    url: str
    fingerprint: str
    version: int
    last_seen: float  # UTC epoch seconds of the last time the article was fetched


class Record(NamedTuple):
    """One written article, as committed to the state."""

    key: str  # newscrawler.urls.url_key of url
    url: str
    fingerprint: str
    version: int = 1


class ArticleState(ABC):
    """Seen-article store: one instance per run, opened exclusively (raise StateBusy)."""

    @abstractmethod
    def known(self, key: str) -> Known | None:
        """The article written under this URL key, if any."""

    def seen_url(self, key: str) -> bool:
        return self.known(key) is not None

    @abstractmethod
    def seen_fingerprint(self, fingerprint: str) -> str | None:
        """The URL of an article written with this content fingerprint, if any."""

    @abstractmethod
    def commit(self, records: Iterable[Record], when: float) -> int:
        """Record articles durably written to the output, atomically; idempotent (a record
        already held is kept at the higher version). Returns how many records were given."""

    @abstractmethod
    def touch(self, key: str, when: float) -> None:
        """A known article was fetched again and had not changed."""

    @abstractmethod
    def mark_gone(self, key: str, url: str, status: int, when: float) -> None:
        """The URL answered 404 or 410."""

    @abstractmethod
    def gone_since(self, key: str) -> float | None:
        """When the URL was last found gone, or None."""

    @abstractmethod
    def counts(self) -> dict[str, int]:
        """Sizes, for the logs and the run summary: articles, fingerprints, gone."""

    def close(self) -> None:  # noqa: B027 (optional hook)
        """Release the state (and its lock)."""


def state_enabled(settings: BaseSettings) -> bool:
    """The state is kept only for runs that write through the store pipeline: a one-off
    export with -O/-o, or NEWSCRAWLER_STATE_ENABLED=False, writes what it finds and leaves
    the state alone."""
    return bool(
        settings.getbool("NEWSCRAWLER_STATE_ENABLED", True)
        and settings.get("NEWSCRAWLER_OUTPUT")
        and not settings.getdict("FEEDS")
    )


def state_dir(settings: BaseSettings, spider_name: str = "") -> Path:
    """NEWSCRAWLER_STATE_DIR, or ``state/`` beside the output files: the state describes
    those files, so they move together."""
    configured = settings.get("NEWSCRAWLER_STATE_DIR")
    if configured:
        return Path(configured)
    template = settings.get("NEWSCRAWLER_OUTPUT") or "data/x"
    return Path(template % {"spider": spider_name, "time": "_"}).parent / "state"


def open_state(settings: BaseSettings, spider_name: str = "") -> ArticleState:
    """A new backend instance from NEWSCRAWLER_STATE_BACKEND (may raise StateBusy)."""
    cls = load_object(settings.get("NEWSCRAWLER_STATE_BACKEND", "newscrawler.state.sqlite.SqliteArticleState"))
    return cls.from_settings(settings, state_dir(settings, spider_name))


_ATTR = "_newscrawler_article_state"


def state_of(crawler: Any) -> ArticleState | None:
    """The run's state, shared by the components of one crawler (opened by the first that
    asks, closed when the spider has closed, after the pipelines' last commit); None when
    the run keeps no state."""
    if not state_enabled(crawler.settings):
        return None
    state = getattr(crawler, _ATTR, None)
    if state is None:
        state = open_state(crawler.settings, crawler.spidercls.name)
        setattr(crawler, _ATTR, state)

        def close(**_: Any) -> None:
            state.close()

        crawler.signals.connect(close, signal=signals.spider_closed, weak=False)
        sizes = state.counts()
        for name, value in sizes.items():
            crawler.stats.set_value(f"newscrawler/state/{name}_at_start", value)
        logger.info("Article state: %s (%s)", state, ", ".join(f"{v} {k}" for k, v in sizes.items()))
    return state
