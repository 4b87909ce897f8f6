"""`scrapy savefixture URL --snapshot fixtures/<site>`: save a live page (and its later pages)
into a fixture snapshot, with the extractor's output beside it for a person to review.

The output goes to ``review.jsonl`` in the snapshot, never straight to ``truth.jsonl``: read
the page, correct the record, then move it to ``truth.jsonl`` and add its URL to the index's
``articles``.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from scrapy.commands import ScrapyCommand
from scrapy.exceptions import UsageError

from newscrawler.commands import in_process_crawl, without_run_files
from newscrawler.jsonl import dumps_line


class Command(ScrapyCommand):
    requires_project = True

    def syntax(self) -> str:
        return "[options] <url> [<url> ...]"

    def short_desc(self) -> str:
        return "Save live pages into a fixture snapshot, with their expected output for review"

    def add_options(self, parser: argparse.ArgumentParser) -> None:
        super().add_options(parser)
        parser.add_argument("--snapshot", required=True, help="snapshot folder, e.g. fixtures/mysite")

    def process_options(self, args: list[str], opts: argparse.Namespace) -> None:
        super().process_options(args, opts)
        self.settings.set("RECORD_DIR", opts.snapshot, priority="cmdline")
        without_run_files(self.settings)

    def run(self, args: list[str], opts: argparse.Namespace) -> None:
        if not args:
            raise UsageError("give at least one URL")
        items = in_process_crawl(self.crawler_process, start_urls=",".join(args), follow="no")
        review = Path(opts.snapshot) / "review.jsonl"
        with review.open("a", encoding="utf-8") as f:
            for item in items:
                item.pop("crawled_at", None)
                item.pop("fingerprint", None)
                f.write(dumps_line(item))
        index = json.loads((Path(opts.snapshot) / "index.json").read_text(encoding="utf-8"))
        print(f"saved {len(index['responses'])} responses in {opts.snapshot}; "
              f"{len(items)} article(s) to review in {review}: correct them by reading the page, "
              "then move them to truth.jsonl")
