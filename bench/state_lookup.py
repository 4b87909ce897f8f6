"""Cost of the known-URL check against the article state at 10^4, 10^5 and 10^6 known articles.

The check a crawl makes before every download (newscrawler.downloadermiddlewares.known):
``url_key(url)``, then ``state.known(key)`` and, on a miss, ``state.gone_since(key)``. Timed
for URLs that are known (hits) and new (misses), on the configured backend
(NEWSCRAWLER_STATE_BACKEND, SQLite by default) filled with synthetic article records.

    .venv/bin/python -m bench.state_lookup --quick    # 10^3 and 10^4, seconds
    .venv/bin/python -m bench.state_lookup            # up to 10^6

Skips with a message when newscrawler.state does not exist.
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

from bench.common import WORK, environment, pyplot, results_dir, table, write_json


def url(i: int) -> str:
    return f"https://www.example-news.cn/englishnews/china/2015-{1 + i % 12:02d}-{1 + i % 28:02d}/{400000 + i}.html"


def timed(func, items, chunk: int = 1000, rounds: int = 5) -> float:
    """Microseconds per call: the median over chunks of ``items`` of the best of ``rounds``
    passes over the chunk (short passes, so that a burst of load from other processes on a
    shared machine spoils a pass, not the figure)."""
    per_chunk = []
    for start in range(0, len(items), chunk):
        part = items[start:start + chunk]
        best = float("inf")
        for _ in range(rounds):
            t0 = time.perf_counter()
            for item in part:
                func(item)
            best = min(best, time.perf_counter() - t0)
        per_chunk.append(best / len(part) * 1e6)
    return statistics.median(per_chunk)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[10_000, 100_000, 1_000_000])
    parser.add_argument("--lookups", type=int, default=20_000)
    parser.add_argument("--quick", action="store_true", help="10^3 and 10^4, results under results/quick/")
    args = parser.parse_args(argv)
    sizes = [1_000, 10_000] if args.quick else sorted(args.sizes)
    if args.quick:
        args.lookups = min(args.lookups, 5_000)
    out = results_dir(args.quick)
    try:
        from scrapy.settings import Settings

        from newscrawler import settings as project_settings
        from newscrawler.state import Record, open_state
        from newscrawler.urls import url_key
    except ImportError as exc:
        msg = f"skipped: no article state store in this tree ({exc})"
        print(msg)
        write_json(out / "state_lookup.json", {"benchmark": "state_lookup", "skipped": msg})
        return 0

    settings = Settings()
    settings.setmodule(project_settings)
    env = environment()
    WORK.mkdir(parents=True, exist_ok=True)
    rnd = random.Random(3)
    results = []
    for size in sizes:
        with tempfile.TemporaryDirectory(prefix="state-", dir=WORK) as tmp:
            settings.set("NEWSCRAWLER_STATE_DIR", tmp)
            state = open_state(settings, "news")
            t0 = time.perf_counter()
            batch = 50_000
            for start in range(0, size, batch):
                state.commit((Record(url_key(url(i)), url(i), f"{i:032x}") for i in range(start, min(size, start + batch))),
                             time.time())
            fill_s = time.perf_counter() - t0
            hits = [url(rnd.randrange(size)) for _ in range(args.lookups)]
            misses = [url(size + 10_000_000 + rnd.randrange(size)) for _ in range(args.lookups)]
            hit_keys, miss_keys = [url_key(u) for u in hits], [url_key(u) for u in misses]

            def check(u: str) -> bool:  # what KnownArticleMiddleware.process_request does
                key = url_key(u)
                return state.known(key) is not None or state.gone_since(key) is not None

            row = {
                "known_articles": size,
                "fill_s": round(fill_s, 2),
                "url_key_us": round(timed(url_key, hits), 2),
                "known_hit_us": round(timed(state.known, hit_keys), 2),
                "known_miss_us": round(timed(state.known, miss_keys), 2),
                "gone_since_miss_us": round(timed(state.gone_since, miss_keys), 2),
                "check_hit_us": round(timed(check, hits), 2),
                "check_miss_us": round(timed(check, misses), 2),
                "db_mib": round(sum(f.stat().st_size for f in Path(tmp).iterdir()) / 2**20, 1),
                "backend": str(state).split()[0],
            }
            state.close()
            results.append(row)
            print(f"  {size:>9,} known: full check {row['check_miss_us']} us (new URL), "
                  f"{row['check_hit_us']} us (known URL); filled in {fill_s:.1f} s", flush=True)

    print()
    print(table([[f"{r['known_articles']:,}", r["url_key_us"], r["known_hit_us"], r["known_miss_us"],
                  r["gone_since_miss_us"], r["check_miss_us"], r["check_hit_us"], r["db_mib"]] for r in results],
                ["known articles", "url_key µs", "known() hit µs", "known() miss µs", "gone_since() µs",
                 "check new URL µs", "check known URL µs", "DB MiB"]))
    growth = results[-1]["check_miss_us"] / results[0]["check_miss_us"]
    share = statistics.fmean(r["url_key_us"] / r["check_miss_us"] for r in results)
    print(f"check of a new URL: {growth:.2f}x from {results[0]['known_articles']:,} to "
          f"{results[-1]['known_articles']:,} known articles; url_key is {100 * share:.0f}% of it")
    data = {"benchmark": "state_lookup", "environment": env, "results": results,
            "check_growth": round(growth, 3), "goal": "a known-URL check stays O(1) at 10^6 entries"}
    write_json(out / "state_lookup.json", data)
    chart(out / "state_lookup.png", results)
    print(f"wrote {out / 'state_lookup.json'} and {out / 'state_lookup.png'}")
    return 0


def chart(path: Path, results: list[dict]) -> None:
    plt = pyplot()
    fig, ax = plt.subplots(figsize=(7, 3.4))
    xs = [r["known_articles"] for r in results]
    for key, label in (("check_miss_us", "full check, new URL"), ("check_hit_us", "full check, known URL"),
                       ("known_miss_us", "state.known() miss"), ("url_key_us", "url_key()")):
        ax.plot(xs, [r[key] for r in results], marker="o", label=label)
    ax.set_xscale("log")
    ax.set_ylim(bottom=0)
    ax.set_xlabel("known articles in the state")
    ax.set_ylabel("µs per URL")
    ax.set_title(f"Known-URL check cost ({results[0]['backend']} state)")
    ax.legend(fontsize=8)
    fig.tight_layout()
    fig.savefig(path, dpi=110)
    plt.close(fig)


if __name__ == "__main__":
    sys.exit(main())
