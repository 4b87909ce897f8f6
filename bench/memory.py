"""Memory: peak RSS of the ``news`` crawl (everything on, as in bench/crawl.py) of portals of
growing size, and the growth ratio between the smallest and the largest.

    .venv/bin/python -m bench.memory --quick             # 200 and 600 articles, about a minute
    .venv/bin/python -m bench.memory --n 5000 50000      # the issue's sizes (50,000 is long:
                                                          # about N / crawl rate seconds)

Peak RSS is the kernel's own high-water mark of the crawl process (wait4 rusage), RSS over time
is sampled every 0.25 s from /proc for the chart. Goal of the issue: <= 1.3x from 5,000 to 50,000.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

from bench import site as sitegen
from bench.common import WORK, environment, news_cmd, pyplot, results_dir, run_crawl, table, write_json
from bench.server import Server


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--n", type=int, nargs="+", default=[5000, 50000], help="portal sizes (articles)")
    parser.add_argument("--quick", action="store_true", help="200 and 600 articles, results under results/quick/")
    parser.add_argument("--concurrency", type=int, default=16)
    parser.add_argument("--server", choices=("nginx", "python"), default="nginx")
    args = parser.parse_args(argv)
    sizes = [200, 600] if args.quick else sorted(args.n)
    env = environment()
    WORK.mkdir(parents=True, exist_ok=True)
    work = Path(tempfile.mkdtemp(prefix="memory-", dir=WORK))
    runs = []
    for n in sizes:
        site_dir = sitegen.default_site_dir(n)
        print(f"Portal of {n} articles: generating/reusing {site_dir} ...", flush=True)
        manifest = sitegen.generate(site_dir, n)
        with Server(site_dir, prefer=args.server) as server:
            out = work / f"news-{n}"
            out.mkdir()
            stats_file = work / f"news-{n}.stats.json"
            cmd = news_cmd([server.url + p for p in manifest["start_paths"]], out, {
                "CONCURRENT_REQUESTS": args.concurrency, "CONCURRENT_REQUESTS_PER_DOMAIN": args.concurrency,
                "BENCH_STATS_FILE": stats_file,
            })
            print(f"  crawling {manifest['pages']} pages with the news spider ({server.kind}) ...", flush=True)
            run = run_crawl(f"news N={n}", cmd, Path(__file__).resolve().parent.parent, stats_file,
                            work / f"news-{n}.log", sample_rss=True)
            runs.append((n, manifest, run))
            s = run.summary()
            print(f"  {s['pages']} pages, {s['items']} articles in {s['elapsed_s']} s, peak RSS {s['max_rss_mib']} MiB")

    base_rss = runs[0][2].max_rss_mib
    rows, entries = [], []
    for n, manifest, run in runs:
        s = run.summary()
        growth = run.max_rss_mib / base_rss if base_rss else 0.0
        scrapy_mem = run.stats.get("memusage/max")
        rows.append([f"{n:,}", s["pages"], s["items"], s["elapsed_s"], s["pages_per_s"], s["max_rss_mib"],
                     f"{growth:.2f}x"])
        entries.append({"n_articles": n, "site_pages": manifest["pages"], **s,
                        "scrapy_memusage_max_mib": round(scrapy_mem / 2**20, 1) if scrapy_mem else None,
                        "growth_vs_smallest": round(growth, 3), "rss_samples": run.rss_samples})
    print()
    print(table(rows, ["articles", "pages", "written", "time s", "pages/s", "peak RSS MiB", "vs smallest"]))
    first, last = runs[0], runs[-1]
    ratio = last[2].max_rss_mib / first[2].max_rss_mib if first[2].max_rss_mib else 0.0
    per_page = ((last[2].max_rss_mib - first[2].max_rss_mib) * 1024 /
                max(1, last[2].pages - first[2].pages))
    print(f"peak RSS {first[0]:,} -> {last[0]:,} articles: {ratio:.2f}x "
          f"(about {per_page:.1f} KiB more per extra page); goal <= 1.3x from 5,000 to 50,000")
    projection = None
    if last[0] < 50_000 and len(runs) > 1:
        pages_50k = 50_000 * last[2].pages / last[0]
        projected = first[2].max_rss_mib + (pages_50k - first[2].pages) * per_page / 1024
        projection = {"n_articles": 50_000, "pages": round(pages_50k), "peak_rss_mib": round(projected, 1),
                      "growth_vs_smallest": round(projected / first[2].max_rss_mib, 3)}
        print(f"linear projection (not measured) to 50,000 articles ({pages_50k:,.0f} pages): "
              f"{projected:.0f} MiB, {projected / first[2].max_rss_mib:.2f}x the {first[0]:,}-article peak")

    out = results_dir(args.quick)
    data = {"benchmark": "memory", "environment": env, "concurrency": args.concurrency, "runs": entries,
            "growth_ratio": round(ratio, 3), "kib_per_extra_page": round(per_page, 2),
            "sizes": sizes, "projection_50k": projection, "goal": "peak RSS grows <= 1.3x from 5,000 to 50,000 articles"}
    write_json(out / "memory.json", data)
    chart(out / "memory.png", data)
    print(f"wrote {out / 'memory.json'} and {out / 'memory.png'}")
    return 0 if all(r.returncode == 0 for _, _, r in runs) else 1


def chart(path: Path, data: dict) -> None:
    plt = pyplot()
    fig, (ax1, ax2) = plt.subplots(1, 2, figsize=(9.5, 3.6), gridspec_kw={"width_ratios": [2, 1]})
    for entry in data["runs"]:
        samples = entry["rss_samples"]
        if samples:
            ax1.plot([t for t, _ in samples], [m for _, m in samples], label=f"{entry['n_articles']:,} articles")
    ax1.set_xlabel("seconds")
    ax1.set_ylabel("RSS MiB")
    ax1.set_title("RSS of the news crawl over time")
    ax1.legend(fontsize=8)
    labels = [f"{e['n_articles']:,}" for e in data["runs"]]
    peaks = [e["max_rss_mib"] for e in data["runs"]]
    ax2.bar(labels, peaks, color="#1f77b4")
    for i, v in enumerate(peaks):
        ax2.text(i, v, f"{v:.0f}", ha="center", va="bottom")
    if data["runs"]:
        ax2.axhline(data["runs"][0]["max_rss_mib"] * 1.3, color="#d62728", ls="--", lw=0.8, label="1.3x smallest")
        ax2.legend(fontsize=8, loc="lower right")
    ax2.set_title(f"peak RSS MiB ({data['growth_ratio']:.2f}x)")
    ax2.set_xlabel("articles in the portal")
    fig.tight_layout()
    fig.savefig(path, dpi=110)
    plt.close(fig)


if __name__ == "__main__":
    sys.exit(main())
