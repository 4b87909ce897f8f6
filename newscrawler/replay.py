"""Replay and record: crawl offline from a fixture snapshot, or save a live crawl as one.

A snapshot is a folder with an ``index.json`` keyed by URL (see fixtures/README.md). Setting
``REPLAY_DIR`` to a folder makes :class:`ReplayAddon` serve http/https from every snapshot below
it, like a real site: unknown URLs answer 404. ``RECORD_DIR`` makes
:class:`RecordMiddleware` save every response a live crawl receives into a new snapshot.
"""

from __future__ import annotations

import hashlib
import json
import logging
from pathlib import Path
from typing import Any

from scrapy import Request, signals
from scrapy.crawler import Crawler
from scrapy.exceptions import NotConfigured
from scrapy.http import Headers, Response
from scrapy.responsetypes import responsetypes
from scrapy.settings import BaseSettings
from w3lib.url import safe_url_string


logger = logging.getLogger(__name__)

INDEX_NAME = "index.json"


def saved_response(url: str, status: int, headers: Headers, body: bytes,
                   request: Request | None = None, flags: list[str] | None = None) -> Response:
    """A response rebuilt from saved parts, of the class its headers and body call for."""
    respcls = responsetypes.from_args(headers=headers, url=url, body=body)
    return respcls(url=url, status=status, headers=headers, body=body,
                   request=request or Request(url), flags=flags)


def replay_key(url: str) -> str:
    """Index key of a request URL: the URL as sent, without fragment."""
    return safe_url_string(url).split("#", 1)[0]


class Snapshot:
    """Every response recorded under one folder (all index.json files below it)."""

    def __init__(self, root: str | Path):
        self.root = Path(root)
        self.entries: dict[str, tuple[Path, dict[str, Any]]] = {}
        self.indexes: list[tuple[Path, dict[str, Any]]] = []
        indexes = sorted(self.root.rglob(INDEX_NAME))
        if not indexes:
            raise FileNotFoundError(f"no {INDEX_NAME} below {self.root}")
        for index_path in indexes:
            index = json.loads(index_path.read_text(encoding="utf-8"))
            self.indexes.append((index_path.parent, index))
            for url, entry in index.get("responses", {}).items():
                self.entries[replay_key(url)] = (index_path.parent, entry)

    @property
    def start_urls(self) -> list[str]:
        return [u for _, index in self.indexes for u in index.get("start_urls", [])]

    def lookup(self, url: str) -> tuple[int, Headers, bytes] | None:
        found = self.entries.get(replay_key(url))
        if found is None:
            return None
        folder, entry = found
        body = (folder / entry["body"]).read_bytes() if entry.get("body") else b""
        return int(entry.get("status", 200)), Headers(entry.get("headers", {})), body

    def response(self, url: str) -> Response | None:
        """The saved response for ``url`` (None when the snapshot does not hold it)."""
        found = self.lookup(url)
        return None if found is None else saved_response(url, *found)


class ReplayDownloadHandler:
    """Serves http/https requests from the snapshot named by ``REPLAY_DIR``."""

    lazy = False

    def __init__(self, crawler: Crawler):
        root = crawler.settings.get("REPLAY_DIR")
        if not root:
            raise NotConfigured("REPLAY_DIR is not set")
        self.snapshot = Snapshot(root)
        self.stats = crawler.stats

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> ReplayDownloadHandler:
        return cls(crawler)

    async def download_request(self, request: Request) -> Response:
        found = self.snapshot.lookup(request.url)
        if found is None:
            self.stats.inc_value("newscrawler/replay/miss")
            status, headers, body = 404, Headers({"Content-Type": "text/html"}), b""
        else:
            self.stats.inc_value("newscrawler/replay/hit")
            status, headers, body = found
        return saved_response(request.url, status, headers, body, request=request, flags=["replay"])

    async def close(self) -> None:
        pass


class ReplayAddon:
    """Turns ``REPLAY_DIR`` into a complete offline setup with one setting."""

    def update_settings(self, settings: BaseSettings) -> None:
        if not settings.get("REPLAY_DIR"):
            return
        handlers = dict(settings.getdict("DOWNLOAD_HANDLERS"))
        handlers.update({"http": ReplayDownloadHandler, "https": ReplayDownloadHandler})
        settings.set("DOWNLOAD_HANDLERS", handlers, priority="spider")
        # Nothing to be polite to: a replayed site answers instantly.
        for name, value in {
            "DOWNLOAD_DELAY": 0,
            "AUTOTHROTTLE_ENABLED": False,
            "CONCURRENT_REQUESTS_PER_DOMAIN": 16,
            "NEWSCRAWLER_CRAWL_DELAY_ENABLED": False,  # (a saved robots.txt's Crawl-delay: 10 would idle the replay)
        }.items():
            settings.set(name, value, priority="spider")


class RecordMiddleware:
    """Saves every response of a live crawl into ``RECORD_DIR`` as a snapshot.

    Bodies are stored decoded (after HttpCompressionMiddleware), under names made from a
    hash of the URL, never from the URL itself. The index is written at close.
    """

    DROP_HEADERS = (b"Content-Encoding", b"Content-Length", b"Transfer-Encoding", b"Set-Cookie")

    def __init__(self, root: str, stats: Any):
        self.root = Path(root)
        (self.root / "pages").mkdir(parents=True, exist_ok=True)
        index_path = self.root / INDEX_NAME
        self.index: dict[str, Any] = (
            json.loads(index_path.read_text(encoding="utf-8"))
            if index_path.exists()
            else {"snapshot": self.root.name, "start_urls": [], "responses": {}}
        )
        self.stats = stats

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> RecordMiddleware:
        root = crawler.settings.get("RECORD_DIR")
        if not root:
            raise NotConfigured
        mw = cls(root, crawler.stats)
        crawler.signals.connect(mw.spider_opened, signal=signals.spider_opened)
        crawler.signals.connect(mw.spider_closed, signal=signals.spider_closed)
        return mw

    def spider_opened(self, spider: Any) -> None:
        starts = self.index.setdefault("start_urls", [])
        for url in getattr(spider, "start_urls", []):
            if url not in starts:
                starts.append(url)

    def process_response(self, request: Request, response: Response) -> Response:
        key = replay_key(response.url)
        entry: dict[str, Any] = {"status": response.status, "headers": {}}
        for name, values in response.headers.items():
            if name in self.DROP_HEADERS:
                continue
            decoded = [v.decode("latin-1") for v in values]
            entry["headers"][name.decode("latin-1")] = decoded[0] if len(decoded) == 1 else decoded
        if response.body:
            name = hashlib.sha1(key.encode("utf-8")).hexdigest()[:20] + ".html"
            (self.root / "pages" / name).write_bytes(response.body)
            entry["body"] = f"pages/{name}"
        self.index["responses"][key] = entry
        self.stats.inc_value("newscrawler/record/saved")
        return response

    def spider_closed(self, spider: Any) -> None:
        self.write_index()

    def write_index(self) -> None:
        tmp = self.root / (INDEX_NAME + ".tmp")
        tmp.write_text(json.dumps(self.index, ensure_ascii=False, indent=1), encoding="utf-8")
        tmp.replace(self.root / INDEX_NAME)
