"""Where the news crawl's time goes: the ``news`` spider (everything on, as in bench/crawl.py)
crawls a synthetic portal under pyinstrument (a sampling profiler, 1 ms interval); the hotspots
are printed by self time (the function itself) and by inclusive time (with what it calls), and
the time is split by component (extraction, the rest of newscrawler, Scrapy, Twisted, parsing,
waiting for I/O).

    .venv/bin/python -m bench.profile --quick        # 300 articles
    .venv/bin/python -m bench.profile --n 1000

The full session is kept (``--keep``) for ``pyinstrument --load=FILE -r html``.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from collections import defaultdict
from pathlib import Path

from bench import site as sitegen
from bench.common import (
    ROOT, VENV_BIN, WORK, environment, news_cmd, pyplot, results_dir, run_crawl, table, write_json,
)
from bench.server import Server

#: Component of a frame, by its file path (first match wins).
COMPONENTS = [
    ("newscrawler/extract/", "newscrawler extract"),
    ("newscrawler/urls.py", "newscrawler urls"),
    ("newscrawler/guards/", "newscrawler guards"),
    ("newscrawler/state/", "newscrawler state"),
    ("newscrawler/pipelines/", "newscrawler pipelines"),
    ("newscrawler/", "newscrawler other"),
    ("dateparser", "dateparser"),
    ("w3lib", "w3lib"),
    ("parsel", "parsel/lxml"),
    ("lxml", "parsel/lxml"),
    ("sqlite3", "sqlite"),
    ("scrapy/", "scrapy"),
    ("twisted/", "twisted"),
    ("asyncio/", "asyncio"),
    ("urllib/", "urllib.parse"),
    ("/re/", "re (Python part)"),
    ("inspect.py", "inspect (stdlib)"),
    ("itemadapter", "itemadapter/itemloaders"),
    ("itemloaders", "itemadapter/itemloaders"),
]


def component(path: str) -> str:
    for needle, name in COMPONENTS:
        if needle in path:
            return name
    return "python/other"


def analyse(session_file: Path, top: int) -> dict:
    from pyinstrument.session import Session

    session = Session.load(str(session_file))
    root = session.root_frame()
    total = root.time if root else 0.0
    self_time: dict[tuple[str, str], float] = defaultdict(float)
    inclusive: dict[tuple[str, str], float] = defaultdict(float)
    by_component: dict[str, float] = defaultdict(float)
    idle = 0.0

    def walk(frame, on_path: frozenset, parent_component: str, caller: str) -> None:
        nonlocal idle
        function, path = frame.function or "?", frame.file_path or ""
        builtin = not path or path.startswith("<")
        key = (function, frame.file_path_short or path or "?")
        if builtin:  # C functions are named with their caller: "Pattern.sub <- normalise_space"
            key = (f"{function} <- {caller}", key[1])
        children = [c for c in frame.children if not c.is_synthetic]
        own = max(0.0, frame.time - sum(c.time for c in children))  # includes [self] and [await]
        self_time[key] += own
        if builtin:  # C code: lxml's own, the reactor's wait, sqlite, or the caller's component
            low = function.lower()
            name = ("waiting (reactor poll)" if ("poll" in low or "select" in low) else
                    "parsel/lxml" if "lxml" in low or "etree" in low else
                    "sqlite" if "sqlite" in low else parent_component)
        else:
            name = component(path)
        if parent_component == "imports (startup)" or "importlib" in path:
            name = "imports (startup)"
        if name == "waiting (reactor poll)":
            idle += own
        by_component[name] += own
        if key not in on_path:
            inclusive[key] += frame.time
        for child in children:
            walk(child, on_path | {key}, name, function if not builtin else caller)

    if root:
        sys.setrecursionlimit(max(10000, sys.getrecursionlimit()))
        walk(root, frozenset(), "python/other", "?")

    def rows(table_: dict, n: int) -> list[dict]:
        items = sorted(table_.items(), key=lambda kv: kv[1], reverse=True)[:n]
        return [{"function": f, "file": p, "seconds": round(t, 3), "percent": round(100 * t / total, 1)}
                for (f, p), t in items]

    ours = {k: v for k, v in inclusive.items() if "newscrawler" in k[1]}
    return {
        "total_s": round(total, 2),
        "idle_percent": round(100 * idle / total, 1) if total else 0.0,
        "self": rows(self_time, top),
        "inclusive_newscrawler": rows(ours, top),
        "inclusive_all": rows(inclusive, top),
        "components": {k: round(100 * v / total, 1) for k, v in
                       sorted(by_component.items(), key=lambda kv: kv[1], reverse=True)},
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--n", type=int, default=1000, help="articles in the portal (default 1000)")
    parser.add_argument("--quick", action="store_true", help="300 articles, results under results/quick/")
    parser.add_argument("--concurrency", type=int, default=16)
    parser.add_argument("--top", type=int, default=20)
    parser.add_argument("--keep", action="store_true", help="keep the pyinstrument session file")
    args = parser.parse_args(argv)
    n = 300 if args.quick else args.n
    env = environment()
    site_dir = sitegen.default_site_dir(n)
    manifest = sitegen.generate(site_dir, n)
    WORK.mkdir(parents=True, exist_ok=True)
    work = Path(tempfile.mkdtemp(prefix="profile-", dir=WORK))
    session_file = work / "news.pyisession"
    with Server(site_dir) as server:
        out = work / "news"
        out.mkdir()
        stats_file = work / "news.stats.json"
        crawl = news_cmd([server.url + p for p in manifest["start_paths"]], out, {
            "CONCURRENT_REQUESTS": args.concurrency, "CONCURRENT_REQUESTS_PER_DOMAIN": args.concurrency,
            "BENCH_STATS_FILE": stats_file,
        })
        # scrapy's console script -> python -m scrapy, under pyinstrument
        cmd = [str(VENV_BIN / "python"), "-m", "pyinstrument", "-r", "pyisession", "-o", str(session_file),
               "-m", "scrapy", *crawl[1:]]
        print(f"Profiling the news crawl of a {n}-article portal ({manifest['pages']} pages, {server.kind}) ...",
              flush=True)
        run = run_crawl("news (pyinstrument)", cmd, ROOT, stats_file, work / "news.log")
    if not session_file.exists():
        print("no profile session was written", file=sys.stderr)
        return 1
    report = analyse(session_file, args.top)
    s = run.summary()
    print(f"  {s['pages']} pages, {s['items']} articles in {s['elapsed_s']} s under the profiler; "
          f"{report['total_s']} s sampled, {report['idle_percent']}% waiting in the reactor's poll")
    print()
    print("Time by component (self time):")
    print(table([[k, f"{v:.1f}%"] for k, v in report["components"].items()], ["component", "% of time"]))
    print()
    print(f"Top {args.top} functions by self time:")
    print(table([[r["function"], r["file"], f"{r['percent']:.1f}%"] for r in report["self"]],
                ["function", "file", "% self"]))
    print()
    print("newscrawler functions by inclusive time (with what they call):")
    print(table([[r["function"], r["file"], f"{r['percent']:.1f}%"] for r in report["inclusive_newscrawler"]],
                ["function", "file", "% inclusive"]))
    results = results_dir(args.quick)
    data = {"benchmark": "profile", "n_articles": n, "site_pages": manifest["pages"], "environment": env,
            "crawl": s, "profiler": "pyinstrument 1 ms", **report}
    write_json(results / "profile.json", data)
    chart(results / "profile.png", report)
    print(f"wrote {results / 'profile.json'} and {results / 'profile.png'}"
          + (f"; session {session_file}" if args.keep else ""))
    if not args.keep:
        session_file.unlink()
    return 0 if run.returncode == 0 else 1


def chart(path: Path, report: dict) -> None:
    plt = pyplot()
    fig, (ax1, ax2) = plt.subplots(1, 2, figsize=(11, 4.2), gridspec_kw={"width_ratios": [1, 1.4]})
    comps = list(report["components"].items())[:10]
    ax1.barh([c for c, _ in comps], [v for _, v in comps], color="#1f77b4")
    ax1.invert_yaxis()
    ax1.set_xlabel("% of crawl time (self)")
    ax1.set_title("By component")
    inc = report["inclusive_newscrawler"][:10]
    ax2.barh([f"{r['function']} ({Path(r['file']).name})" for r in inc], [r["percent"] for r in inc],
             color="#ff7f0e")
    ax2.invert_yaxis()
    ax2.set_xlabel("% of crawl time (inclusive)")
    ax2.set_title("newscrawler functions, inclusive")
    ax2.tick_params(axis="y", labelsize=8)
    fig.tight_layout()
    fig.savefig(path, dpi=110)
    plt.close(fig)


if __name__ == "__main__":
    sys.exit(main())
