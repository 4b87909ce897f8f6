"""The embedded state backend: one SQLite database in the state directory.

WAL journal with synchronous=FULL: a committed transaction survives a kill and a power cut.
The directory is held with an exclusive flock for the life of the run (``state.lock``), so
two crawls over the same state cannot both write the same new articles.
"""

from __future__ import annotations

import fcntl
import os
import sqlite3
from contextlib import contextmanager
from pathlib import Path
from typing import Any, Iterable, Iterator

from newscrawler.state import ArticleState, Known, Record, StateBusy

SCHEMA = """
CREATE TABLE IF NOT EXISTS articles (
    key TEXT PRIMARY KEY, url TEXT NOT NULL, fingerprint TEXT NOT NULL,
    version INTEGER NOT NULL, first_seen REAL NOT NULL, last_seen REAL NOT NULL
);
CREATE TABLE IF NOT EXISTS fingerprints (fingerprint TEXT PRIMARY KEY, url TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS gone (
    key TEXT PRIMARY KEY, url TEXT NOT NULL, status INTEGER NOT NULL, seen REAL NOT NULL
);
"""


class SqliteArticleState(ArticleState):
    def __init__(self, directory: Path):
        directory.mkdir(parents=True, exist_ok=True)
        self.directory = directory
        self.path = directory / "articles.sqlite3"
        lock_path = directory / "state.lock"
        self._lock = open(lock_path, "a+", encoding="utf-8")  # noqa: SIM115 (held until close)
        try:
            fcntl.flock(self._lock, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            self._lock.seek(0)
            holder = self._lock.read().strip() or "unknown pid"
            self._lock.close()
            raise StateBusy(f"another run holds the state lock {lock_path} ({holder})") from None
        self._lock.seek(0)
        self._lock.truncate()
        self._lock.write(f"pid {os.getpid()}\n")
        self._lock.flush()
        # check_same_thread=False: `scrapy shell` runs the crawler in a thread of its own;
        # every call still comes from one thread at a time (the reactor's).
        self.db = sqlite3.connect(self.path, isolation_level=None, check_same_thread=False)
        self.db.execute("PRAGMA journal_mode=WAL")
        self.db.execute("PRAGMA synchronous=FULL")
        self.db.executescript(SCHEMA)

    @classmethod
    def from_settings(cls, settings: Any, directory: Path) -> SqliteArticleState:
        return cls(directory)

    def __str__(self) -> str:
        return f"sqlite {self.path}"

    def known(self, key: str) -> Known | None:
        row = self.db.execute(
            "SELECT url, fingerprint, version, last_seen FROM articles WHERE key = ?", (key,)
        ).fetchone()
        return Known(*row) if row else None

    def seen_fingerprint(self, fingerprint: str) -> str | None:
        row = self.db.execute("SELECT url FROM fingerprints WHERE fingerprint = ?", (fingerprint,)).fetchone()
        return row[0] if row else None

    def commit(self, records: Iterable[Record], when: float) -> int:
        rows = list(records)
        if not rows:
            return 0
        with self._transaction():
            self.db.executemany(
                "INSERT INTO articles (key, url, fingerprint, version, first_seen, last_seen)"
                " VALUES (?, ?, ?, ?, ?, ?)"
                " ON CONFLICT(key) DO UPDATE SET url = excluded.url, fingerprint = excluded.fingerprint,"
                " version = excluded.version, last_seen = excluded.last_seen"
                " WHERE excluded.version >= articles.version",
                [(r.key, r.url, r.fingerprint, r.version, when, when) for r in rows],
            )
            self.db.executemany(
                "INSERT OR IGNORE INTO fingerprints (fingerprint, url) VALUES (?, ?)",
                [(r.fingerprint, r.url) for r in rows],
            )
            self.db.executemany("DELETE FROM gone WHERE key = ?", [(r.key,) for r in rows])
        return len(rows)

    def touch(self, key: str, when: float) -> None:
        self.db.execute("UPDATE articles SET last_seen = ? WHERE key = ?", (when, key))

    def mark_gone(self, key: str, url: str, status: int, when: float) -> None:
        self.db.execute(
            "INSERT INTO gone (key, url, status, seen) VALUES (?, ?, ?, ?)"
            " ON CONFLICT(key) DO UPDATE SET status = excluded.status, seen = excluded.seen",
            (key, url, status, when),
        )

    def gone_since(self, key: str) -> float | None:
        row = self.db.execute("SELECT seen FROM gone WHERE key = ?", (key,)).fetchone()
        return row[0] if row else None

    def counts(self) -> dict[str, int]:
        return {
            table: self.db.execute(f"SELECT count(*) FROM {table}").fetchone()[0]  # noqa: S608 (fixed names)
            for table in ("articles", "fingerprints", "gone")
        }

    def close(self) -> None:
        if self.db is not None:
            self.db.close()
            self.db = None
        if not self._lock.closed:
            fcntl.flock(self._lock, fcntl.LOCK_UN)
            self._lock.close()

    @contextmanager
    def _transaction(self) -> Iterator[None]:
        self.db.execute("BEGIN IMMEDIATE")
        try:
            yield
        except BaseException:
            self.db.execute("ROLLBACK")
            raise
        self.db.execute("COMMIT")
