"""Log lines that name the URL and the reason, once, without dumping whole articles."""

from __future__ import annotations

import logging
from typing import Any

from itemadapter import ItemAdapter
from scrapy.logformatter import LogFormatter, LogFormatterResult


class NewsLogFormatter(LogFormatter):
    def dropped(self, item: Any, exception: BaseException, response: Any, spider: Any = None) -> LogFormatterResult:
        reason = str(exception)
        # Duplicates are expected on every portal; rejections deserve attention.
        level = logging.INFO if reason.startswith("duplicate") else logging.WARNING
        return {
            "level": level,
            "msg": "Dropped %(url)s: %(reason)s",
            "args": {"url": ItemAdapter(item).get("url"), "reason": reason},
        }

    def scraped(self, item: Any, response: Any, spider: Any = None) -> LogFormatterResult:
        return {
            "level": logging.DEBUG,
            "msg": "Scraped %(url)s",
            "args": {"url": ItemAdapter(item).get("url")},
        }
