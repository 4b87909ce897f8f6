"""`scrapy evaluate`: crawl every fixture snapshot offline and score it against its truth.

Prints one table: per-field accuracy for the tuned and the blind styles, and trafilatura's
figures on the same pages (when it is installed, as in requirements-dev.txt).
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from scrapy.commands import ScrapyCommand
from scrapy.http import HtmlResponse

from newscrawler.commands import in_process_crawl, without_run_files
from newscrawler.evaluation import (
    Score, figures_of, format_table, group_of, load_truth, score_article, score_groups, snapshot_folders, trafilatura_article,
)
from newscrawler.replay import Snapshot


class Command(ScrapyCommand):
    requires_project = True

    def syntax(self) -> str:
        return "[options]"

    def short_desc(self) -> str:
        return "Score the extractor (and trafilatura) against every fixture's truth"

    def add_options(self, parser: argparse.ArgumentParser) -> None:
        super().add_options(parser)
        parser.add_argument("--fixtures", default="fixtures", help="folder of snapshots")
        parser.add_argument("--json", help="also write the figures to this file")
        parser.add_argument("--failures", action="store_true", help="list every imperfect field")
        parser.add_argument("--no-trafilatura", action="store_true")
        parser.add_argument("--record-floors", metavar="PATH",
                            help="write our figures as the floors the tests hold (tests/evaluation_floors.json)")

    def process_options(self, args: list[str], opts: argparse.Namespace) -> None:
        super().process_options(args, opts)
        without_run_files(self.settings, LOG_LEVEL="ERROR", NEWSCRAWLER_SUMMARY=False)
        self.settings.set("REPLAY_DIR", opts.fixtures, priority="cmdline")

    def run(self, args: list[str], opts: argparse.Namespace) -> None:
        items = in_process_crawl(self.crawler_process)

        folders = snapshot_folders(Path(opts.fixtures))
        rows, figures = [], {}
        for label, ours in score_groups(items, folders).items():
            group = [f for f in folders if group_of(f) == label]
            rows.append((f"newscrawler / {label}", ours.summary(), ours))
            figures[f"newscrawler/{label}"] = figures_of(ours)
            if opts.failures:
                for line in ours.failures + [f"extra          {u}" for u in ours.extra] + [
                    f"duplicate      {u}" for u in ours.duplicates
                ]:
                    print(f"  [{label}] {line}", file=sys.stderr)
            if not opts.no_trafilatura:
                theirs = self.score_trafilatura(group)
                if theirs is not None:
                    rows.append((f"trafilatura / {label}", theirs.summary(), theirs))
                    figures[f"trafilatura/{label}"] = theirs.summary() | {"articles": theirs.articles}
        print(format_table(rows))
        if opts.json:
            Path(opts.json).write_text(json.dumps(figures, indent=1) + "\n", encoding="utf-8")
        if opts.record_floors:
            ours = {k: v for k, v in figures.items() if k.startswith("newscrawler/")}
            Path(opts.record_floors).write_text(json.dumps(ours, indent=1) + "\n", encoding="utf-8")

    def score_trafilatura(self, folders: list[Path]) -> Score | None:
        try:
            import trafilatura  # noqa: F401
        except ImportError:
            print("(trafilatura is not installed: pip install -r requirements-dev.txt)", file=sys.stderr)
            return None
        score = Score()
        for folder in folders:
            snapshot = Snapshot(folder)
            for want in load_truth(folder):
                response = snapshot.response(want["url"])
                got = None
                if isinstance(response, HtmlResponse):
                    got = trafilatura_article(response.text, want["url"])
                score.add(want["url"], score_article(got, want), bool(want.get("pairs")))
        return score
