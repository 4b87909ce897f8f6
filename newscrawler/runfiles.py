"""The files one run writes: names built from the spider name and start time only, written
as ``NAME.part`` and renamed to ``NAME`` at a clean close.

A run file survives ``kill -9``: every line is handed to the OS in one write (a killed process
loses nothing it wrote) and ``sync()`` fsyncs (a power cut loses nothing synced). A ``.part``
left by a killed run is recovered at the next start (``recover_parts``): a torn last line is
cut off, the records are handed to a callback (the store commits them to the state), and the
file is renamed to its final name, so no record is lost or counted twice.
"""

from __future__ import annotations

import fcntl
import json
import logging
import os
import re
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path
from typing import Any, Callable

logger = logging.getLogger(__name__)

RUN_STARTED = "newscrawler/run_started"
PART = ".part"
_STAMP = "%Y%m%dT%H%M%SZ"
_TIME_MARK = "TIMEPLACEHOLDER"


def run_started(crawler: Any) -> datetime:
    """The run's start time, fixed by whichever component asks first (kept in the stats)."""
    started = crawler.stats.get_value(RUN_STARTED)
    if started is None:
        started = datetime.now(timezone.utc)
        crawler.stats.set_value(RUN_STARTED, started)
    return started


def run_path(template: str, crawler: Any) -> Path:
    """Fill ``%(spider)s`` and ``%(time)s`` (the run's UTC start, filesystem-safe)."""
    stamp = run_started(crawler).strftime(_STAMP)
    return Path(template % {"spider": crawler.spidercls.name, "time": stamp})


def part_of(path: Path) -> Path:
    return path.with_name(path.name + PART)


def new_run_path(template: str, crawler: Any) -> Path:
    """``run_path``, never reusing the name of an earlier file or ``.part`` (two runs in one
    second, or a template without ``%(time)s``, get ``NAME-2.jsonl``, ``NAME-3.jsonl``...)."""
    path = candidate = run_path(template, crawler)
    n = 1
    while candidate.exists() or part_of(candidate).exists():
        n += 1
        candidate = path.with_name(f"{path.stem}-{n}{path.suffix}")
    return candidate


def run_file_pattern(template: str, spider: str) -> tuple[Path, re.Pattern[str]] | None:
    """The folder of a template's run files and a pattern matching their final names (None
    when the folder itself depends on the time)."""
    path = Path(template % {"spider": spider, "time": _TIME_MARK})
    if _TIME_MARK in str(path.parent):
        return None
    name = re.escape(path.stem).replace(_TIME_MARK, r"\d{8}T\d{6}Z")
    return path.parent, re.compile(f"^{name}(?:-\\d+)?{re.escape(path.suffix)}$")


class RunFile:
    """One run's JSON Lines file; see the module docstring."""

    def __init__(self, path: Path):
        self.path = path
        self.part = part_of(path)
        path.parent.mkdir(parents=True, exist_ok=True)
        self.fd: int | None = os.open(self.part, os.O_WRONLY | os.O_CREAT | os.O_EXCL | os.O_APPEND, 0o644)
        fcntl.flock(self.fd, fcntl.LOCK_EX)  # tells a recovering run that this file is live
        _fsync_dir(path.parent)
        self.lines = 0
        self.size = 0

    def write(self, line: str) -> None:
        """Append one line; on failure (disk full) the file is cut back to its last whole line."""
        encoded = line.encode("utf-8")
        data = memoryview(encoded)
        try:
            while data:
                data = data[os.write(self.fd, data):]
        except OSError:
            os.ftruncate(self.fd, self.size)
            raise
        self.size += len(encoded)
        self.lines += 1

    def sync(self) -> None:
        os.fsync(self.fd)

    def finish(self) -> None:
        """Sync, rename to the final name and close (a clean close)."""
        if self.fd is None:
            return
        os.fsync(self.fd)
        os.rename(self.part, self.path)
        _fsync_dir(self.path.parent)
        self.close()

    def close(self) -> None:
        """Close, leaving the ``.part`` for the next run to recover."""
        if self.fd is not None:
            os.close(self.fd)
            self.fd = None


def _fsync_dir(folder: Path) -> None:
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def read_records(path: Path) -> tuple[list[dict], int]:
    """The records of a run file, and the offset where the valid lines end: a torn last line,
    or anything from the first line that is not a JSON object, is not a record."""
    data = path.read_bytes()
    records: list[dict] = []
    good = 0
    while (nl := data.find(b"\n", good)) >= 0:
        try:
            record = json.loads(data[good:nl])
        except ValueError:
            break
        if not isinstance(record, dict):
            break
        records.append(record)
        good = nl + 1
    return records, good


@dataclass
class Recovered:
    path: Path  # the final name it now has
    records: int
    cut_bytes: int  # torn tail removed


def recover_parts(template: str, spider: str, commit: Callable[[list[dict]], Any]) -> list[Recovered]:
    """Finish the ``.part`` files a killed run of this template left: cut a torn tail, hand
    the records to ``commit`` (before the rename: a kill in between only repeats this), and
    rename. Files a live run still holds are left alone."""
    found = run_file_pattern(template, spider)
    if found is None or not found[0].is_dir():
        return []
    folder, pattern = found
    done = []
    for part in sorted(folder.iterdir()):
        if not (part.name.endswith(PART) and pattern.match(part.name[: -len(PART)])):
            continue
        fd = os.open(part, os.O_RDWR)
        try:
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except BlockingIOError:
                logger.info("Run file %s is being written by a live run: left alone", part)
                continue
            records, good = read_records(part)
            cut = os.fstat(fd).st_size - good
            if cut:
                os.ftruncate(fd, good)
                os.fsync(fd)
            commit(records)
            final = part.with_name(part.name[: -len(PART)])
            os.rename(part, final)
            _fsync_dir(folder)
        finally:
            os.close(fd)
        logger.warning(
            "Recovered %s, left unfinished by a killed run: %d records kept%s",
            final, len(records), f", torn last line removed ({cut} bytes)" if cut else "",
        )
        done.append(Recovered(final, len(records), cut))
    return done
