"""A stats collector that also writes the final stats as JSON (to ``BENCH_STATS_FILE``), so a
benchmark reads a crawl's figures without parsing its log. Set with
``-s STATS_CLASS=bench.statsdump.JsonDumpStatsCollector -s BENCH_STATS_FILE=path``."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from scrapy.statscollectors import MemoryStatsCollector


class JsonDumpStatsCollector(MemoryStatsCollector):
    def _persist_stats(self, stats: dict[str, Any]) -> None:
        super()._persist_stats(stats)
        path = self._crawler.settings.get("BENCH_STATS_FILE")
        if path:
            Path(path).write_text(json.dumps(stats, default=str, ensure_ascii=False))
