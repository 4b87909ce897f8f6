"""Crawl throughput: the ``news`` spider with everything on against a plain link-following
spider, on the same synthetic portal, same server, same concurrency, one after the other in
one run (alternating when ``--rounds`` > 1). Prints pages/s of each and the ratio.

    .venv/bin/python -m bench.crawl --quick          # 300 articles, < 1 minute
    .venv/bin/python -m bench.crawl --n 5000 --rounds 2

"Everything on" is the project's own settings (validate, dedupe and storage pipelines,
encoding repair, rejects log; the state store too once newscrawler/state/ exists) plus a JSON
Lines feed (-O). Only politeness is switched off for both spiders (no delay, no
autothrottle, no robots.txt) and the depth limit (so both reach the whole portal).
The plain spider runs with stock Scrapy settings (outside the project folder).

pages/s = responses received / Scrapy's elapsed time; CPU ms/page = the crawl process's user +
system time / responses (the per-core cost, steadier than pages/s on a shared machine).
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
from pathlib import Path

from bench import site as sitegen
from bench.common import (
    WORK, environment, news_cmd, plain_cmd, pyplot, results_dir, run_crawl, table, write_json,
)
from bench.server import Server, load_check


def crawl_pair(base_url: str, manifest: dict, concurrency: int, work: Path, round_no: int,
               order: tuple[str, ...] = ("plain", "news")) -> dict[str, object]:
    start_urls = [base_url + p for p in manifest["start_paths"]]
    settings = {"CONCURRENT_REQUESTS": concurrency, "CONCURRENT_REQUESTS_PER_DOMAIN": concurrency}
    runs = {}
    for which in order:
        stats_file = work / f"{which}-{round_no}.stats.json"
        log_file = work / f"{which}-{round_no}.log"
        extra = {**settings, "BENCH_STATS_FILE": stats_file}
        if which == "news":
            out = work / f"news-{round_no}"
            out.mkdir(exist_ok=True)
            cmd, cwd = news_cmd(start_urls, out, extra), Path(__file__).resolve().parent.parent
        else:
            cmd, cwd = plain_cmd(start_urls, extra), work
        print(f"  round {round_no}: {which} spider ...", flush=True)
        runs[which] = run_crawl(which, cmd, cwd, stats_file, log_file)
    return runs


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--n", type=int, default=5000, help="articles in the portal (default 5000)")
    parser.add_argument("--quick", action="store_true", help="300 articles, results under results/quick/")
    parser.add_argument("--concurrency", type=int, default=16)
    parser.add_argument("--rounds", type=int, default=1, help="repeat the pair, alternating the order")
    parser.add_argument("--server", choices=("nginx", "python"), default="nginx")
    args = parser.parse_args(argv)
    n = 300 if args.quick else args.n
    env = environment()

    site_dir = sitegen.default_site_dir(n)
    print(f"Generating/reusing the portal of {n} articles in {site_dir} ...", flush=True)
    manifest = sitegen.generate(site_dir, n)
    print(f"  {manifest['pages']} pages; {manifest['expected_articles']} articles expected")

    WORK.mkdir(parents=True, exist_ok=True)
    work = Path(tempfile.mkdtemp(prefix="crawl-", dir=WORK))
    with Server(site_dir, prefer=args.server) as server:
        sample = [p for k in ("article", "list") for p in manifest["samples"][k]]
        load = load_check(server.port, sample, concurrency=args.concurrency, seconds=2.0)
        print(f"  server: {server.kind} at {server.url}; a bare asyncio client gets "
              f"{load['requests_per_s']:.0f} req/s ({load['mib_per_s']} MiB/s) at concurrency {args.concurrency}")
        rounds = []
        for r in range(args.rounds):
            order = ("plain", "news") if r % 2 == 0 else ("news", "plain")
            rounds.append(crawl_pair(server.url, manifest, args.concurrency, work, r + 1, order))

    plain = [r["plain"] for r in rounds]
    news = [r["news"] for r in rounds]
    med = statistics.median
    plain_rate, news_rate = med(r.pages_per_s for r in plain), med(r.pages_per_s for r in news)
    plain_cpu, news_cpu = med(r.cpu_ms_per_page for r in plain), med(r.cpu_ms_per_page for r in news)
    ratio = news_rate / plain_rate if plain_rate else 0.0
    cpu_ratio = plain_cpu / news_cpu if news_cpu else 0.0
    server_headroom = load["requests_per_s"] / max(plain_rate, news_rate, 1e-9)

    rows = []
    for r in [*plain, *news]:
        s = r.summary()
        rows.append([r.label, s["pages"], s["items"], s["elapsed_s"], s["pages_per_s"], s["cpu_ms_per_page"],
                     s["cpu_util"], s["max_rss_mib"]])
    print()
    print(f"Crawl of a {n}-article portal ({manifest['pages']} pages), {server.kind}, "
          f"concurrency {args.concurrency}, {args.rounds} round(s)")
    print(table(rows, ["spider", "pages", "items", "time s", "pages/s", "CPU ms/page", "CPU util",
                       "peak RSS MiB"]))
    print(f"news / plain pages/s: {ratio:.2f}x   (CPU per page: plain/news {cpu_ratio:.2f}x)")
    print(f"server check: {load['requests_per_s']:.0f} req/s to a Python client = "
          f"{server_headroom:.0f}x the fastest crawl: the server is not the bottleneck"
          if server_headroom >= 5 else
          f"server check: only {server_headroom:.1f}x the crawl rate -- the server may be limiting")
    news_items = med(r.summary()["items"] for r in news)
    print(f"news spider wrote {news_items:.0f} articles of {manifest['expected_articles']} "
          f"(the portal has {manifest['duplicate_copies']} duplicate copies, {manifest['stubs']} video stubs)")

    out = results_dir(args.quick)
    data = {
        "benchmark": "crawl",
        "n_articles": n,
        "site": {k: manifest[k] for k in ("pages", "counts", "sizes", "expected_articles",
                                          "multi_page_articles", "duplicate_copies", "stubs")},
        "server": {"kind": server.kind, **load},
        "concurrency": args.concurrency,
        "environment": env,
        "runs": [r.summary() for r in [*plain, *news]],
        "plain_pages_per_s": round(plain_rate, 1),
        "news_pages_per_s": round(news_rate, 1),
        "ratio_news_over_plain": round(ratio, 3),
        "plain_cpu_ms_per_page": round(plain_cpu, 2),
        "news_cpu_ms_per_page": round(news_cpu, 2),
        "ratio_cpu_plain_over_news": round(cpu_ratio, 3),
        "goal": "news >= 1.0x plain pages/s",
    }
    write_json(out / "crawl.json", data)
    chart(out / "crawl.png", data)
    print(f"wrote {out / 'crawl.json'} and {out / 'crawl.png'}")
    return 0 if all(r.returncode == 0 for r in [*plain, *news]) else 1


def chart(path: Path, data: dict) -> None:
    plt = pyplot()
    fig, (ax1, ax2) = plt.subplots(1, 2, figsize=(9, 3.6))
    labels = ["plain\n(link-following)", "news\n(everything on)"]
    colors = ["#9e9e9e", "#1f77b4"]
    rates = [data["plain_pages_per_s"], data["news_pages_per_s"]]
    ax1.bar(labels, rates, color=colors)
    ax1.set_title(f"pages/s (news/plain = {data['ratio_news_over_plain']:.2f}x)")
    for i, v in enumerate(rates):
        ax1.text(i, v, f"{v:.0f}", ha="center", va="bottom")
    ax1.axhline(data["plain_pages_per_s"], color="#555", lw=0.8, ls="--")
    cpu = [data["plain_cpu_ms_per_page"], data["news_cpu_ms_per_page"]]
    ax2.bar(labels, cpu, color=colors)
    ax2.set_title("CPU ms per page (lower is better)")
    for i, v in enumerate(cpu):
        ax2.text(i, v, f"{v:.1f}", ha="center", va="bottom")
    fig.suptitle(f"Crawl of a {data['n_articles']:,}-article portal ({data['site']['pages']:,} pages), "
                 f"{data['server']['kind']}, concurrency {data['concurrency']}", fontsize=10)
    fig.tight_layout()
    fig.savefig(path, dpi=110)
    plt.close(fig)


if __name__ == "__main__":
    sys.exit(main())
