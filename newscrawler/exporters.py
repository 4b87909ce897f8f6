"""Feed exporter for -O/-o *.jsonl: the same safe serialisation as the storage pipeline."""

from __future__ import annotations

from typing import Any

from scrapy.exporters import BaseItemExporter

from newscrawler.jsonl import dumps_line


class SafeJsonLinesExporter(BaseItemExporter):
    def __init__(self, file: Any, **kwargs: Any):
        super().__init__(dont_fail=True, **kwargs)
        self.file = file
        self.encoding = self.encoding or "utf-8"

    def export_item(self, item: Any) -> None:
        record = dict(self.get_serialized_fields(item))
        self.file.write(dumps_line(record).encode(self.encoding))
        # Flushed per item: a kill loses no record that Scrapy counted as scraped.
        self.file.flush()

