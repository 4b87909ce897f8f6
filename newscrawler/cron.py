"""The cron entry point: one scheduled run that tells cron the truth.

    python -m newscrawler.cron [SPIDER] [-a NAME=VALUE]... [-s NAME=VALUE]... [options]

- Takes a lock (flock on ``--lock``); when another run holds it, says so on one line and
  exits with EXIT_LOCKED, without starting anything.
- Runs ``scrapy crawl SPIDER`` as a child process holding the same lock, with a log file per
  run, a JOBDIR (a graceful stop is resumed by the next run), a run summary JSON, and a time
  budget: CLOSESPIDER_TIMEOUT stops the crawl gracefully at ``--budget`` seconds; if it has
  not ended ``--grace`` seconds later it gets SIGTERM, then SIGKILL.
- Reads the run summary and prints one line: OK on stdout, FAILED with the reasons on
  stderr. A run failed when its finish reason is not ``finished``, it fetched no page, it
  logged more than ``--max-errors`` errors, or it wrote no new article while each of the last
  ``--expect-new-runs`` runs wrote some (``--expect-new``: auto, always, never).
- Appends one line per run to ``LOG_DIR/SPIDER.history.jsonl`` (what ``auto`` looks back on).
"""

from __future__ import annotations

import argparse
import fcntl
import json
import os
import signal
import subprocess
import sys
import time
from datetime import datetime, timezone
from pathlib import Path
from typing import Any, Sequence

EXIT_OK = 0
EXIT_FAILED = 1
EXIT_USAGE = 2  # argparse
EXIT_CRASHED = 3  # the crawl ended without writing its summary (killed, or failed to start)
EXIT_LOCKED = 75  # EX_TEMPFAIL: another run holds the lock; try again at the next slot

PREFIX = "newscrawler.cron:"


def parse_args(argv: Sequence[str] | None = None) -> argparse.Namespace:
    p = argparse.ArgumentParser(prog="python -m newscrawler.cron", description=__doc__.splitlines()[0])
    p.add_argument("spider", nargs="?", default="news")
    p.add_argument("-a", dest="spider_args", action="append", default=[], metavar="NAME=VALUE",
                   help="spider argument, as for scrapy crawl (e.g. start_urls=URL1,URL2)")
    p.add_argument("-s", dest="settings", action="append", default=[], metavar="NAME=VALUE",
                   help="Scrapy setting, as for scrapy crawl")
    p.add_argument("--log-dir", default="data/logs", type=Path,
                   help="per-run log files, run summaries and the run history (default: %(default)s)")
    p.add_argument("--lock", type=Path, help="lock file (default: LOG_DIR/SPIDER.lock)")
    p.add_argument("--jobdir", help="JOBDIR for pause/resume (default: data/jobs/SPIDER; '' for none)")
    p.add_argument("--budget", type=float, default=3000.0,
                   help="seconds before a graceful stop; 0 for none (default: %(default)s)")
    p.add_argument("--grace", type=float, default=60.0,
                   help="seconds after the budget before SIGTERM, and again before SIGKILL (default: %(default)s)")
    p.add_argument("--max-errors", type=int, default=10,
                   help="fail when the run logged more ERROR lines than this (default: %(default)s)")
    p.add_argument("--expect-new", choices=("auto", "always", "never"), default="auto",
                   help="fail on zero new articles: always, never, or (auto) when each of the "
                        "last --expect-new-runs runs wrote some (default: %(default)s)")
    p.add_argument("--expect-new-runs", type=int, default=3, metavar="N")
    return p.parse_args(argv)


def acquire(lock_path: Path) -> int | None:
    """An fd holding an exclusive flock on lock_path, or None when another run holds it."""
    lock_path.parent.mkdir(parents=True, exist_ok=True)
    fd = os.open(lock_path, os.O_RDWR | os.O_CREAT, 0o644)
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        os.close(fd)
        return None
    os.ftruncate(fd, 0)
    os.write(fd, f"pid {os.getpid()} since {_now().isoformat(timespec='seconds')}\n".encode())
    return fd


def holder(lock_path: Path) -> str:
    try:
        return lock_path.read_text(encoding="utf-8").strip() or "unknown"
    except OSError:
        return "unknown"


def crawl_command(args: argparse.Namespace, log_file: Path, summary_file: Path, jobdir: str) -> list[str]:
    cmd = [sys.executable, "-m", "scrapy", "crawl", args.spider]
    for value in args.spider_args:
        cmd += ["-a", value]
    ours = [f"LOG_FILE={log_file}", f"NEWSCRAWLER_RUN_SUMMARY={summary_file}", "NEWSCRAWLER_SUMMARY=False"]
    if jobdir:
        ours.append(f"JOBDIR={jobdir}")
    if args.budget > 0:
        ours.append(f"CLOSESPIDER_TIMEOUT={args.budget}")
    for value in [*ours, *args.settings]:  # the user's -s come last and win
        cmd += ["-s", value]
    return cmd


def run_child(cmd: list[str], log_file: Path, lock_fd: int, budget: float, grace: float) -> int:
    """Run the crawl; past its budget, SIGTERM (graceful) then SIGKILL. Its return code."""
    env = {**os.environ}
    env.setdefault("SCRAPY_SETTINGS_MODULE", "newscrawler.settings")
    with open(log_file, "ab") as log:
        # pass_fds: the child holds the lock too, even if this wrapper is killed.
        proc = subprocess.Popen(cmd, stdout=log, stderr=subprocess.STDOUT, env=env, pass_fds=(lock_fd,))
        deadline = budget + grace if budget > 0 else None
        try:
            return proc.wait(timeout=deadline)
        except subprocess.TimeoutExpired:
            log.write(f"{PREFIX} budget {budget}s + grace {grace}s exceeded: SIGTERM\n".encode())
            log.flush()
            proc.send_signal(signal.SIGTERM)
        try:
            return proc.wait(timeout=grace)
        except subprocess.TimeoutExpired:
            log.write(f"{PREFIX} still running {grace}s after SIGTERM: SIGKILL\n".encode())
            log.flush()
            proc.kill()
            return proc.wait()


def read_history(path: Path) -> list[dict[str, Any]]:
    if not path.exists():
        return []
    runs = []
    for line in path.read_text(encoding="utf-8").splitlines():
        try:
            runs.append(json.loads(line))
        except ValueError:
            continue  # a torn line from a killed run: not a run
    return runs


def verdict(summary: dict[str, Any], history: list[dict[str, Any]], max_errors: int,
            expect_new: str, expect_new_runs: int) -> list[str]:
    """Why the run failed (empty when it did not)."""
    problems = []
    if summary.get("finish_reason") != "finished":
        problems.append(f"finish reason {summary.get('finish_reason')}")
    if not summary.get("pages_fetched"):
        problems.append("no page fetched")
    if summary.get("errors", 0) > max_errors:
        problems.append(f"{summary['errors']} errors logged (more than {max_errors})")
    if not summary.get("articles_new"):
        recent = [r.get("articles_new", 0) for r in history[-expect_new_runs:]] if expect_new_runs > 0 else []
        always_had = len(recent) == expect_new_runs and all(recent)
        if expect_new == "always" or (expect_new == "auto" and always_had):
            problems.append("no new articles" + (f" (each of the last {expect_new_runs} runs had some)"
                                                 if expect_new == "auto" else ""))
    return problems


def describe(summary: dict[str, Any]) -> str:
    return (f"{summary.get('pages_fetched', 0)} pages, {summary.get('articles_new', 0)} new articles, "
            f"{summary.get('known_skipped', 0)} known skipped, {summary.get('rejects', 0)} rejects, "
            f"{summary.get('errors', 0)} errors in {summary.get('duration_seconds', 0):.0f}s")


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_args(argv)
    log_dir: Path = args.log_dir
    lock_path = args.lock or log_dir / f"{args.spider}.lock"
    lock_fd = acquire(lock_path)
    if lock_fd is None:
        print(f"{PREFIX} another run holds the lock {lock_path} ({holder(lock_path)}): not starting",
              file=sys.stderr)
        return EXIT_LOCKED
    try:
        stamp = _now().strftime("%Y%m%dT%H%M%SZ")
        log_file = log_dir / f"{args.spider}-{stamp}.log"
        summary_file = log_dir / f"{args.spider}-{stamp}.summary.json"
        history_file = log_dir / f"{args.spider}.history.jsonl"
        jobdir = f"data/jobs/{args.spider}" if args.jobdir is None else args.jobdir
        cmd = crawl_command(args, log_file, summary_file, jobdir)
        started = time.monotonic()
        code = run_child(cmd, log_file, lock_fd, args.budget, args.grace)
        if not summary_file.exists():
            print(f"{PREFIX} FAILED {args.spider}: the crawl exited {code} after "
                  f"{time.monotonic() - started:.0f}s without a run summary (killed, or failed to "
                  f"start); log {log_file}", file=sys.stderr)
            _append(history_file, {"time": stamp, "ok": False, "exit": code, "articles_new": 0})
            return EXIT_CRASHED
        summary = json.loads(summary_file.read_text(encoding="utf-8"))
        history = read_history(history_file)
        problems = verdict(summary, history, args.max_errors, args.expect_new, args.expect_new_runs)
        _append(history_file, {
            "time": stamp, "ok": not problems, "exit": code, "finish_reason": summary.get("finish_reason"),
            "pages_fetched": summary.get("pages_fetched"), "articles_new": summary.get("articles_new"),
            "errors": summary.get("errors"), "summary": str(summary_file),
        })
        if problems:
            print(f"{PREFIX} FAILED {args.spider} ({'; '.join(problems)}): {describe(summary)}; "
                  f"log {log_file}", file=sys.stderr)
            return EXIT_FAILED
        print(f"{PREFIX} OK {args.spider}: {describe(summary)}; summary {summary_file}")
        return EXIT_OK
    finally:
        os.close(lock_fd)


def _append(path: Path, record: dict[str, Any]) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    with open(path, "a", encoding="utf-8") as f:
        f.write(json.dumps(record, ensure_ascii=False) + "\n")


def _now() -> datetime:
    return datetime.now(timezone.utc)


if __name__ == "__main__":
    sys.exit(main())
