"""Shared by the benchmark scripts: running a crawl as a child process and measuring it, the
crawl settings every run gets, and writing tables, JSON and charts."""

from __future__ import annotations

import json
import os
import platform
import subprocess
import sys
import threading
import time
from dataclasses import asdict, dataclass, field
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
BENCH = ROOT / "bench"
RESULTS = BENCH / "results"
VENV_BIN = Path(sys.executable).parent
WORK = Path(os.environ.get("NEWSCRAWLER_BENCH_TMP", "/tmp/newscrawler-bench"))

#: Both spiders get these: no politeness delays (the server is ours), the same concurrency,
#: no depth limit (a 50,000-article portal's deep list pages are past the default 12).
COMMON_SETTINGS = {
    "DOWNLOAD_DELAY": "0",
    "AUTOTHROTTLE_ENABLED": "0",
    "ROBOTSTXT_OBEY": "False",
    "DEPTH_LIMIT": "0",
    "LOG_LEVEL": "WARNING",
    "TELNETCONSOLE_ENABLED": "False",
    "STATS_CLASS": "bench.statsdump.JsonDumpStatsCollector",
}


def results_dir(quick: bool) -> Path:
    path = RESULTS / "quick" if quick else RESULTS
    path.mkdir(parents=True, exist_ok=True)
    return path


def private_address_settings() -> dict[str, str]:
    """The crawler refuses private addresses unless told (the address guard): allow 127.0.0.1.

    Looks the switch up in newscrawler.settings rather than guessing its name: every boolean
    NEWSCRAWLER_ setting named like ALLOW_PRIVATE / ALLOW_LOCAL / ALLOW_LOOPBACK is set to True."""
    try:
        from newscrawler import settings
    except ImportError:
        return {}
    return {
        name: "True" for name in dir(settings)
        if name.startswith("NEWSCRAWLER_ALLOW_") and isinstance(getattr(settings, name), bool)
        and any(w in name for w in ("PRIVATE", "LOCAL", "LOOPBACK", "INTERNAL"))
    }


def setting_args(settings: dict[str, Any]) -> list[str]:
    args: list[str] = []
    for key, value in settings.items():
        args += ["-s", f"{key}={value}"]
    return args


@dataclass
class Run:
    """One crawl, measured from outside (rusage) and inside (Scrapy stats)."""

    label: str
    cmd: list[str]
    returncode: int = 0
    wall_s: float = 0.0
    cpu_s: float = 0.0  # user + system of the crawl process
    max_rss_mib: float = 0.0
    stats: dict[str, Any] = field(default_factory=dict)
    rss_samples: list[tuple[float, float]] = field(default_factory=list)  # (s, MiB)
    log_tail: str = ""

    @property
    def pages(self) -> int:
        return int(self.stats.get("response_received_count", 0))

    @property
    def elapsed_s(self) -> float:
        return float(self.stats.get("elapsed_time_seconds") or self.wall_s)

    @property
    def pages_per_s(self) -> float:
        return self.pages / self.elapsed_s if self.elapsed_s else 0.0

    @property
    def cpu_ms_per_page(self) -> float:
        return 1000 * self.cpu_s / self.pages if self.pages else 0.0

    def summary(self) -> dict[str, Any]:
        s = self.stats
        return {
            "label": self.label,
            "returncode": self.returncode,
            "pages": self.pages,
            "requests": int(s.get("downloader/request_count", 0)),
            "status_200": int(s.get("downloader/response_status_count/200", 0)),
            "status_404": int(s.get("downloader/response_status_count/404", 0)),
            "items": int(s.get("item_scraped_count", 0)),
            "items_dropped": int(s.get("item_dropped_count", 0)),
            "dupefilter_filtered": int(s.get("dupefilter/filtered", 0)),
            "offsite_filtered": int(s.get("offsite/filtered", 0)),
            "elapsed_s": round(self.elapsed_s, 2),
            "wall_s": round(self.wall_s, 2),
            "pages_per_s": round(self.pages_per_s, 1),
            "cpu_s": round(self.cpu_s, 2),
            "cpu_util": round(self.cpu_s / self.wall_s, 2) if self.wall_s else 0.0,
            "cpu_ms_per_page": round(self.cpu_ms_per_page, 2),
            "max_rss_mib": round(self.max_rss_mib, 1),
            "newscrawler_stats": {k: v for k, v in s.items() if k.startswith("newscrawler/")
                                  and isinstance(v, (int, float))},
        }


def run_crawl(label: str, cmd: list[str], cwd: Path, stats_file: Path, log_file: Path,
              sample_rss: bool = False, timeout: float = 3600) -> Run:
    """Run one crawl process and measure it.

    Peak RSS is the process's own high-water mark, VmHWM in /proc/PID/status, read every
    0.25 s (the last reading is the peak up to then). Not wait4's ru_maxrss: Linux carries
    ru_maxrss across fork+exec, so a child reports at least the size of the benchmark process
    that started it. CPU time does come from wait4 (user + system of that very process)."""
    env = {k: v for k, v in os.environ.items() if k != "SCRAPY_SETTINGS_MODULE"}
    env["PYTHONPATH"] = str(ROOT) + (os.pathsep + env["PYTHONPATH"] if env.get("PYTHONPATH") else "")
    stats_file.unlink(missing_ok=True)
    run = Run(label=label, cmd=cmd)
    t0 = time.perf_counter()
    with log_file.open("w") as log:
        proc = subprocess.Popen(cmd, cwd=cwd, env=env, stdout=log, stderr=subprocess.STDOUT)
        stop = threading.Event()
        peak = [0.0]
        sampler = threading.Thread(target=_sample_rss, daemon=True,
                                   args=(proc.pid, t0, run.rss_samples if sample_rss else None, peak, stop))
        sampler.start()
        killer = threading.Timer(timeout, proc.kill)
        killer.daemon = True
        killer.start()
        try:
            _, status, usage = os.wait4(proc.pid, 0)
        except BaseException:
            proc.kill()
            proc.wait()
            raise
        finally:
            killer.cancel()
            stop.set()
        proc.returncode = os.waitstatus_to_exitcode(status)
        sampler.join()
    run.wall_s = time.perf_counter() - t0
    run.returncode = proc.returncode
    run.cpu_s = usage.ru_utime + usage.ru_stime
    run.max_rss_mib = peak[0]
    if stats_file.exists():
        run.stats = json.loads(stats_file.read_text())
    run.log_tail = log_file.read_text(errors="replace")[-3000:]
    if run.returncode != 0 or not run.stats:
        print(f"  ! {label}: exit code {run.returncode}; log {log_file}:\n{run.log_tail}", file=sys.stderr)
    return run


def _sample_rss(pid: int, t0: float, out: list[tuple[float, float]] | None, peak: list[float],
                stop: threading.Event) -> None:
    path = Path(f"/proc/{pid}/status")
    while True:
        try:
            fields = dict(line.split(":", 1) for line in path.read_text().splitlines() if ":" in line)
            hwm = int(fields["VmHWM"].split()[0]) / 1024
            peak[0] = max(peak[0], hwm)
            if out is not None:
                out.append((round(time.perf_counter() - t0, 2), round(int(fields["VmRSS"].split()[0]) / 1024, 1)))
        except (OSError, KeyError, ValueError):
            pass  # not started yet, or gone (a zombie has no VmHWM)
        if stop.wait(0.25):
            return


def news_cmd(start_urls: list[str], out_dir: Path, settings: dict[str, Any]) -> list[str]:
    """The news spider with everything on: extraction, alignment, guards, validate/dedupe/known
    pipelines, the article state (a fresh one per run, in ``out_dir``) and the JSON Lines store.

    No -O feed: a feed export switches the state off (newscrawler.state.state_enabled), so the
    store pipeline writes the JSON Lines instead, as in a scheduled run. The per-host page
    budget is raised so that a 50,000-article portal is crawled whole (it still counts)."""
    merged = {
        **COMMON_SETTINGS,
        "NEWSCRAWLER_SUMMARY": "0",
        "NEWSCRAWLER_OUTPUT": str(out_dir / "news-%(time)s.jsonl"),
        "NEWSCRAWLER_REJECTS": str(out_dir / "news-%(time)s.rejects.jsonl"),
        "NEWSCRAWLER_STATE_DIR": str(out_dir / "state"),
        "NEWSCRAWLER_MAX_PAGES_PER_HOST": "10000000",
        **private_address_settings(),
        **settings,
    }
    return [str(VENV_BIN / "scrapy"), "crawl", "news", "-a", "start_urls=" + ",".join(start_urls),
            *setting_args(merged)]


def plain_cmd(start_urls: list[str], settings: dict[str, Any]) -> list[str]:
    """The plain link-following spider, stock Scrapy settings (run outside the project)."""
    merged = {**COMMON_SETTINGS, **settings}
    return [str(VENV_BIN / "scrapy"), "runspider", str(BENCH / "plain_spider.py"),
            "-a", "start_urls=" + ",".join(start_urls), *setting_args(merged)]


def environment() -> dict[str, Any]:
    import scrapy

    try:
        load = os.getloadavg()
    except OSError:
        load = (0.0, 0.0, 0.0)
    return {
        "date": datetime.now(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ"),
        "python": platform.python_version(),
        "scrapy": scrapy.__version__,
        "cpus": os.cpu_count(),
        "loadavg_before": [round(x, 2) for x in load],
        "machine": platform.machine(),
    }


def table(rows: list[list[Any]], header: list[str]) -> str:
    cells = [[str(c) for c in header]] + [[_fmt(c) for c in row] for row in rows]
    widths = [max(len(r[i]) for r in cells) for i in range(len(header))]
    lines = ["| " + " | ".join(c.ljust(w) for c, w in zip(cells[0], widths)) + " |",
             "|" + "|".join("-" * (w + 2) for w in widths) + "|"]
    lines += ["| " + " | ".join(c.rjust(w) if _numeric(c) else c.ljust(w) for c, w in zip(r, widths)) + " |"
              for r in cells[1:]]
    return "\n".join(lines)


def _fmt(value: Any) -> str:
    if isinstance(value, float):
        return f"{value:,.2f}" if abs(value) < 100 else f"{value:,.0f}"
    if isinstance(value, int):
        return f"{value:,}"
    return str(value)


def _numeric(text: str) -> bool:
    return text.replace(",", "").replace(".", "").replace("×", "").replace("-", "").strip().isdigit()


def write_json(path: Path, data: dict[str, Any]) -> None:
    path.write_text(json.dumps(data, indent=1, ensure_ascii=False, default=str) + "\n")


def pyplot():
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    return plt


def as_dict(obj: Any) -> dict[str, Any]:
    return asdict(obj)
