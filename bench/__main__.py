"""Run every benchmark in turn: ``.venv/bin/python -m bench --quick`` (about 2 minutes in all),
or ``.venv/bin/python -m bench`` for the sizes of bench/README.md (about 25 minutes on 2 cores).

Each benchmark runs alone (one after the other), since they share the machine's cores.
"""

from __future__ import annotations

import argparse
import sys
import time

from bench import crawl, extract, memory, profile, state_lookup


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--quick", action="store_true")
    parser.add_argument("--only", nargs="+", choices=("extract", "state", "crawl", "profile", "memory"))
    args = parser.parse_args(argv)
    q = ["--quick"] if args.quick else []
    plan = [
        ("extract", extract.main, q or ["--pages", "300"]),
        ("state", state_lookup.main, q),
        ("crawl", crawl.main, q or ["--n", "5000"]),
        ("profile", profile.main, q or ["--n", "1000"]),
        ("memory", memory.main, q or ["--n", "5000", "15000"]),
    ]
    failed = []
    for name, func, func_args in plan:
        if args.only and name not in args.only:
            continue
        t0 = time.perf_counter()
        print(f"\n=== bench.{name} {' '.join(func_args)} ===", flush=True)
        if func(func_args) != 0:
            failed.append(name)
        print(f"=== bench.{name}: {time.perf_counter() - t0:.0f} s ===", flush=True)
    if failed:
        print(f"failed: {', '.join(failed)}", file=sys.stderr)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
