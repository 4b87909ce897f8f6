"""What durability costs: the store pipeline's throughput with fsync per item, per batch, or
left to the OS. Prints a table; never run as a test.

    .venv/bin/python -m bench.durability            # pipeline alone, then whole crawls
    .venv/bin/python -m bench.durability --quick    # fewer items, smaller site

Part 1 drives the real JsonLinesStorePipeline (with the SQLite state) with article-sized
records, as fast as it takes them: the cost per item of write + fsync + state commit.
Part 2 crawls a local site (tests/sites/news.py) with `scrapy crawl news`, once per mode:
what the cost is worth next to downloading and parsing.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import scrapy
from scrapy.utils.test import get_crawler

from newscrawler.loaders import fingerprint
from newscrawler.pipelines.store import JsonLinesStorePipeline
from tests.sites.crawl import crawl_command, env
from tests.sites.news import Article, NewsSite

MODES = [  # (label, NEWSCRAWLER_OUTPUT_FSYNC, NEWSCRAWLER_OUTPUT_BATCH)
    ("none (OS decides)", "none", 32),
    ("batch of 128", "batch", 128),
    ("batch of 32 (default)", "batch", 32),
    ("batch of 8", "batch", 8),
    ("every item", "item", 1),
]


class _Spider(scrapy.Spider):
    name = "news"


def articles(n: int) -> list[dict]:
    out = []
    for i in range(n):
        art = Article(i, __import__("datetime").date(2024, 1, 1))
        body = "\n\n".join(art.paragraphs())
        out.append({"url": f"https://example.com{art.path}", "site": "example.com", "title": art.title,
                    "body_en": body, "body_zh": None, "pages": 1, "language": "en",
                    "fingerprint": fingerprint(art.title, body, None)})
    return out


def pipeline_rate(items: list[dict], fsync: str, batch: int) -> float:
    """Items per second through the store pipeline (fresh folder and state each time)."""
    with tempfile.TemporaryDirectory(dir=os.environ.get("NEWSCRAWLER_BENCH_TMP")) as tmp:
        crawler = get_crawler(_Spider, {
            "NEWSCRAWLER_OUTPUT": f"{tmp}/%(spider)s-%(time)s.jsonl",
            "NEWSCRAWLER_OUTPUT_FSYNC": fsync, "NEWSCRAWLER_OUTPUT_BATCH": batch,
            "NEWSCRAWLER_OUTPUT_SYNC_SECONDS": 0,
        })
        store = JsonLinesStorePipeline.from_crawler(crawler)
        store.open_spider()
        started = time.perf_counter()
        for item in items:
            store.process_item(item)
        store.close_spider()
        elapsed = time.perf_counter() - started
        store.state.close()
    return len(items) / elapsed


def crawl_rate(site: NewsSite, fsync: str, batch: int) -> tuple[float, int]:
    """(articles per second of crawl time, articles written) for one whole crawl."""
    with tempfile.TemporaryDirectory(dir=os.environ.get("NEWSCRAWLER_BENCH_TMP")) as tmp:
        cmd = crawl_command(site.start_url, f"NEWSCRAWLER_OUTPUT_FSYNC={fsync}",
                            f"NEWSCRAWLER_OUTPUT_BATCH={batch}", "CONCURRENT_REQUESTS_PER_DOMAIN=16",
                            "LOG_LEVEL=WARNING", "NEWSCRAWLER_RUN_SUMMARY=summary.json")
        subprocess.run(cmd, cwd=tmp, env=env(), check=True, capture_output=True, timeout=600)
        summary = json.loads((Path(tmp) / "summary.json").read_text())
    return summary["articles_written"] / summary["duration_seconds"], summary["articles_written"]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true")
    parser.add_argument("--items", type=int, help="records through the pipeline (default 5000, quick 1000)")
    parser.add_argument("--articles", type=int, help="site size for the crawls (default 600, quick 200)")
    parser.add_argument("--repeat", type=int, default=3, help="best of N crawls (default 3; the pipeline alone: best of 2N)")
    args = parser.parse_args()
    n_items = args.items or (1000 if args.quick else 5000)
    n_site = args.articles or (200 if args.quick else 600)
    records = articles(n_items)
    size = sum(len(json.dumps(r, ensure_ascii=False)) for r in records) / n_items
    where = os.environ.get("NEWSCRAWLER_BENCH_TMP") or tempfile.gettempdir()
    print(f"Store pipeline alone: {n_items} records of ~{size / 1024:.1f} KiB, files in {where}, best of {2 * args.repeat}")
    print(f"{'fsync':<24}{'items/s':>10}{'µs/item':>10}{'vs none':>9}")
    base = None
    for label, fsync, batch in MODES:
        rate = max(pipeline_rate(records, fsync, batch) for _ in range(2 * args.repeat))
        base = base or rate
        print(f"{label:<24}{rate:>10.0f}{1e6 / rate:>10.0f}{rate / base:>9.2f}")
    print(f"\nWhole crawl: {n_site} articles from a local site, scrapy crawl news, best of {args.repeat}")
    print(f"{'fsync':<24}{'articles/s':>11}{'vs none':>9}")
    with NewsSite(articles=n_site, per_page=30) as site:
        base = None
        for label, fsync, batch in MODES:
            rate = max(crawl_rate(site, fsync, batch)[0] for _ in range(args.repeat))
            base = base or rate
            print(f"{label:<24}{rate:>11.0f}{rate / base:>9.2f}")
    print(f"\n({sys.platform}, Python {sys.version.split()[0]})")


if __name__ == "__main__":
    main()
