"""Distributed mode throughput: the embedded single process, 1 Redis worker and 2 Redis workers,
on the same synthetic portal and server, one after the other in one run (alternating the order
when ``--rounds`` > 1). Prints pages/s of each and the ratios; writes results/workers.json.

    .venv/bin/python -m bench.workers --quick        # 300 articles, about a minute
    .venv/bin/python -m bench.workers --n 2000 --rounds 2

Every run is the news spider with everything on (bench.common.news_cmd: pipelines, state,
JSON Lines store), same CONCURRENT_REQUESTS per process; a worker run gets ``REDIS_URL`` (a
redis-server started here on 127.0.0.1, flushed before each run so every run crawls the whole
portal) and its workers are started together with the same start URLs.

pages/s = responses received (all workers) / the crawl's span: first worker start to last
worker finish, from Scrapy's own start_time/finish_time stats. A worker's span includes its
idle wait before closing (NEWSCRAWLER_REDIS_IDLE_CLOSE, 0.5 s here), so the worker rows are
slightly pessimistic. CPU ms/page = user + system time of all crawl processes / responses.
The news spider is CPU-bound (about 25 ms of CPU per page), so 2 workers scale only when two
cores are free: each row says how many cores the crawl got and how many the rest of the
machine used meanwhile (/proc/stat), which tells a scaling limit from a busy machine.
"""

from __future__ import annotations

import argparse
import os
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from datetime import datetime
from pathlib import Path
from typing import Any

from bench import site as sitegen
from bench.common import WORK, Run, environment, news_cmd, results_dir, run_crawl, table, write_json
from bench.server import Server, load_check

IDLE_CLOSE = 0.5


class RedisServer:
    """A throwaway redis-server on 127.0.0.1 (no persistence), on a free port."""

    def __init__(self) -> None:
        self.proc: subprocess.Popen | None = None
        self.dir = ""
        self.port = 0

    @property
    def url(self) -> str:
        return f"redis://127.0.0.1:{self.port}/0"

    def __enter__(self) -> RedisServer:
        binary = shutil.which("redis-server")
        if binary is None:
            raise SystemExit("redis-server not found: apt-get install -y redis-server")
        with socket.socket() as s:
            s.bind(("127.0.0.1", 0))
            self.port = s.getsockname()[1]
        self.dir = tempfile.mkdtemp(prefix="bench-redis-")
        self.proc = subprocess.Popen(
            [binary, "--bind", "127.0.0.1", "--port", str(self.port), "--dir", self.dir,
             "--save", "", "--appendonly", "no"], stdout=subprocess.DEVNULL)
        for _ in range(100):
            if self.cli("ping") == "PONG":
                break
            time.sleep(0.05)
        return self

    def cli(self, *args: str) -> str:
        out = subprocess.run(["redis-cli", "-p", str(self.port), *args], capture_output=True, text=True)
        return out.stdout.strip()

    def __exit__(self, *exc: object) -> None:
        if self.proc is not None:
            self.proc.terminate()
            self.proc.wait(10)
        shutil.rmtree(self.dir, ignore_errors=True)


def cpu_jiffies() -> tuple[int, int]:
    """(busy, total) jiffies of the whole machine, from /proc/stat."""
    try:
        fields = [int(x) for x in Path("/proc/stat").read_text().split("\n", 1)[0].split()[1:]]
    except OSError:
        return 0, 0
    idle = fields[3] + (fields[4] if len(fields) > 4 else 0)
    return sum(fields) - idle, sum(fields)


def _time(value: Any) -> float:
    return datetime.fromisoformat(str(value)).timestamp()


def fleet_summary(label: str, runs: list[Run]) -> dict[str, Any]:
    """One row for a set of processes crawling together."""
    pages = sum(r.pages for r in runs)
    ok = all(r.returncode == 0 and r.stats for r in runs)
    if ok:
        span = max(_time(r.stats["finish_time"]) for r in runs) - min(_time(r.stats["start_time"]) for r in runs)
    else:
        span = max(r.wall_s for r in runs)
    cpu = sum(r.cpu_s for r in runs)
    items = sum(int(r.stats.get("item_scraped_count", 0)) for r in runs)
    written = sum(int(r.stats.get("newscrawler/output/written", 0)) for r in runs)
    return {
        "label": label,
        "processes": len(runs),
        "ok": ok,
        "pages": pages,
        "items": items,
        "written": written,
        "pages_per_worker": [r.pages for r in runs],
        "span_s": round(span, 2),
        "pages_per_s": round(pages / span, 1) if span else 0.0,
        "cpu_s": round(cpu, 2),
        "cpu_ms_per_page": round(1000 * cpu / pages, 2) if pages else 0.0,
        "max_rss_mib": max(r.max_rss_mib for r in runs),
        "runs": [r.summary() for r in runs],
    }


def crawl(which: str, start_urls: list[str], redis: RedisServer, concurrency: int, work: Path,
          round_no: int) -> dict[str, Any]:
    settings: dict[str, Any] = {"CONCURRENT_REQUESTS": concurrency, "CONCURRENT_REQUESTS_PER_DOMAIN": concurrency}
    workers = {"embedded": 0, "1 worker": 1, "2 workers": 2}[which]
    if workers:
        redis.cli("flushdb")
        settings |= {"REDIS_URL": redis.url, "NEWSCRAWLER_REDIS_IDLE_CLOSE": IDLE_CLOSE,
                     "NEWSCRAWLER_REDIS_POLL": 0.2}
    names = [f"w{n}" for n in range(1, workers + 1)] or ["embedded"]
    out = work / f"{which.replace(' ', '-')}-{round_no}"
    out.mkdir()
    runs: list[Run | None] = [None] * len(names)

    def one(i: int, name: str) -> None:
        extra = {**settings, "BENCH_STATS_FILE": out / f"{name}.stats.json"}
        if workers:
            extra["NEWSCRAWLER_WORKER_ID"] = name
        runs[i] = run_crawl(f"{which}/{name}", news_cmd(start_urls, out, extra),
                            Path(__file__).resolve().parent.parent, out / f"{name}.stats.json",
                            out / f"{name}.log")

    print(f"  round {round_no}: {which} ...", flush=True)
    busy0, total0 = cpu_jiffies()
    threads = [threading.Thread(target=one, args=(i, n)) for i, n in enumerate(names)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    busy1, total1 = cpu_jiffies()
    summary = fleet_summary(which, [r for r in runs if r is not None])
    # What the whole machine was busy with meanwhile, in cores: a busy machine (other jobs)
    # leaves the workers less than a core each, and no scaling can show.
    cpus = os.cpu_count() or 1
    wall = max((r.wall_s for r in runs if r is not None), default=0.0)
    machine = cpus * (busy1 - busy0) / (total1 - total0) if total1 > total0 else 0.0
    summary["machine_busy_cores"] = round(machine, 2)
    summary["crawl_cores"] = round(summary["cpu_s"] / wall, 2) if wall else 0.0
    summary["other_cores"] = round(max(0.0, machine - summary["crawl_cores"]), 2)
    return summary


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--n", type=int, default=1000, help="articles in the portal (default 1000)")
    parser.add_argument("--quick", action="store_true", help="300 articles, results under results/quick/")
    parser.add_argument("--concurrency", type=int, default=16, help="CONCURRENT_REQUESTS per process")
    parser.add_argument("--rounds", type=int, default=1, help="repeat the three, alternating the order")
    parser.add_argument("--server", choices=("nginx", "python"), default="nginx")
    args = parser.parse_args(argv)
    n = 300 if args.quick else args.n
    env = environment()

    site_dir = sitegen.default_site_dir(n)
    print(f"Generating/reusing the portal of {n} articles in {site_dir} ...", flush=True)
    manifest = sitegen.generate(site_dir, n)
    print(f"  {manifest['pages']} pages; {manifest['expected_articles']} articles expected")
    WORK.mkdir(parents=True, exist_ok=True)
    work = Path(tempfile.mkdtemp(prefix="workers-", dir=WORK))
    kinds = ("embedded", "1 worker", "2 workers")
    results: dict[str, list[dict]] = {k: [] for k in kinds}
    with Server(site_dir, prefer=args.server) as server, RedisServer() as redis:
        sample = [p for k in ("article", "list") for p in manifest["samples"][k]]
        load = load_check(server.port, sample, concurrency=args.concurrency, seconds=2.0)
        print(f"  server: {server.kind} at {server.url}: {load['requests_per_s']:.0f} req/s to a bare "
              f"asyncio client; redis-server at {redis.url}")
        start_urls = [server.url + p for p in manifest["start_paths"]]
        for r in range(args.rounds):
            order = kinds if r % 2 == 0 else tuple(reversed(kinds))
            for which in order:
                results[which].append(crawl(which, start_urls, redis, args.concurrency, work, r + 1))

    med = statistics.median
    rate = {k: med(x["pages_per_s"] for x in v) for k, v in results.items()}
    one = rate["1 worker"] or 1e-9
    rows = [[x["label"], x["processes"], x["pages"], x["written"], x["span_s"], x["pages_per_s"],
             round(x["pages_per_s"] / one, 2), x["cpu_ms_per_page"], x["crawl_cores"], x["other_cores"]]
            for k in kinds for x in results[k]]
    print()
    print(f"Crawl of a {n}-article portal ({manifest['pages']} pages), {server.kind}, "
          f"CONCURRENT_REQUESTS {args.concurrency} per process, {env['cpus']} CPUs, {args.rounds} round(s)")
    print(table(rows, ["mode", "procs", "pages", "articles", "span s", "pages/s", "x 1 worker",
                       "CPU ms/page", "crawl cores", "other cores"]))
    print("crawl cores: CPU of the crawl processes / wall time; other cores: the rest of the "
          "machine's busy CPU meanwhile (server, Redis, and anything else running)")
    two_over_one = rate["2 workers"] / one
    print(f"2 workers / 1 worker: {two_over_one:.2f}x   1 worker / embedded: "
          f"{rate['1 worker'] / (rate['embedded'] or 1e-9):.2f}x   2 workers / embedded: "
          f"{rate['2 workers'] / (rate['embedded'] or 1e-9):.2f}x")
    headroom = load["requests_per_s"] / max(max(rate.values()), 1e-9)
    print(f"server check: {load['requests_per_s']:.0f} req/s = {headroom:.0f}x the fastest crawl"
          + ("" if headroom >= 5 else " -- the server may be limiting"))

    data = {
        "benchmark": "workers",
        "n_articles": n,
        "site": {k: manifest[k] for k in ("pages", "counts", "expected_articles")},
        "server": {"kind": server.kind, **load},
        "concurrency_per_process": args.concurrency,
        "idle_close_s": IDLE_CLOSE,
        "environment": env,
        "results": results,
        "pages_per_s": {k: round(v, 1) for k, v in rate.items()},
        "ratio_2_over_1_worker": round(two_over_one, 3),
        "ratio_1_worker_over_embedded": round(rate["1 worker"] / (rate["embedded"] or 1e-9), 3),
        "ratio_2_workers_over_embedded": round(rate["2 workers"] / (rate["embedded"] or 1e-9), 3),
        "goal": "2 workers >= 1.6x 1 worker on 2 cores when the site is not the bottleneck",
    }
    out = results_dir(args.quick)
    write_json(out / "workers.json", data)
    print(f"wrote {out / 'workers.json'}")
    ok = all(x["ok"] for v in results.values() for x in v)
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
