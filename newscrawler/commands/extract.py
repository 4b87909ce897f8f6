"""`scrapy extract URL`: the Article a saved page gives, and which rule produced each field.

The page comes from a fixture snapshot (``--fixtures``, default ``fixtures``) or a saved file
(``--file page.html``, with URL naming where it came from). Later pages of a paginated article
are merged when the snapshot holds them.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from scrapy.commands import ScrapyCommand
from scrapy.exceptions import UsageError
from scrapy.http import Headers

from newscrawler.extract.offline import OfflineExtractor
from newscrawler.loaders import load_article
from newscrawler.replay import Snapshot, saved_response


class Command(ScrapyCommand):
    requires_project = True
    requires_crawler_process = False

    def syntax(self) -> str:
        return "[options] <url>"

    def short_desc(self) -> str:
        return "Print the Article JSON of a saved page, with the rule behind each field"

    def add_options(self, parser: argparse.ArgumentParser) -> None:
        super().add_options(parser)
        parser.add_argument("--fixtures", default="fixtures", help="snapshot folder to read the URL from")
        parser.add_argument("--file", help="a saved HTML file instead of a snapshot")
        parser.add_argument("--encoding", help="charset of --file when it declares none")

    def run(self, args: list[str], opts: argparse.Namespace) -> None:
        if len(args) != 1:
            raise UsageError("give exactly one URL")
        url = args[0]
        extractor = OfflineExtractor({"NEWSCRAWLER_PROFILES_MODULES": self.settings.getlist("NEWSCRAWLER_PROFILES_MODULES")})
        if opts.file:
            content_type = f"text/html; charset={opts.encoding}" if opts.encoding else "text/html"
            response = saved_response(url, 200, Headers({"Content-Type": content_type}), Path(opts.file).read_bytes())
            result, snapshot = extractor.page(response), None
        else:
            snapshot = Snapshot(opts.fixtures)
            if snapshot.lookup(url) is None:
                raise UsageError(f"{url} is not in {opts.fixtures} (use --file for a saved page)")
            result = extractor.snapshot_page(snapshot, url)
        if result is None:
            raise UsageError(f"{url} is not an HTML page")
        out: dict = {"kind": result.kind, "url": result.url}
        if result.kind == "article":
            pages = [result.fields]
            for more in result.more_pages if snapshot else []:
                later = extractor.snapshot_page(snapshot, more)
                if later is not None and later.kind == "article":
                    pages.append(later.fields)
            out["article"] = dict(load_article(pages))
            out["rules"] = result.rules
            out["more_pages"] = result.more_pages
            out["profile_fallbacks"] = result.fallbacks
            out["untrusted_pairs"] = result.untrusted_pairs
        elif result.kind == "list":
            out["follow"] = result.follow
        print(json.dumps(out, ensure_ascii=False, indent=1))
