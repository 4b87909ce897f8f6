"""`scrapy frontier`: the shared frontier of a distributed crawl (REDIS_URL), seen and fed.

    scrapy frontier -s REDIS_URL=redis://HOST:6379/0              # sizes, one per line
    scrapy frontier push URL [URL...] -s REDIS_URL=...            # feed start URLs
    scrapy frontier push -f urls.txt -s REDIS_URL=...             # one URL a line
    scrapy frontier reset -s REDIS_URL=...                        # drop queue, dupefilter, start list
    scrapy frontier --json -s REDIS_URL=...

The article state (what was written) is never touched.
"""

from __future__ import annotations

import argparse
import json
import sys

from scrapy.commands import ScrapyCommand
from scrapy.exceptions import UsageError

from newscrawler.distributed import Frontier
from newscrawler.state.redis import RedisArticleState


class Command(ScrapyCommand):
    requires_project = True
    requires_crawler_process = False

    def syntax(self) -> str:
        return "[push URL... | push -f FILE | reset] [options]"

    def short_desc(self) -> str:
        return "Show the size of the shared Redis frontier, push start URLs to it, or reset it"

    def add_options(self, parser: argparse.ArgumentParser) -> None:
        super().add_options(parser)
        parser.add_argument("--spider", default="news", help="spider whose frontier (default: news)")
        parser.add_argument("-f", "--file", help="push: read URLs from this file ('-' for stdin)")
        parser.add_argument("--json", action="store_true", help="print the sizes as JSON")

    def run(self, args: list[str], opts: argparse.Namespace) -> None:
        assert self.settings is not None
        if not self.settings.get("REDIS_URL"):
            raise UsageError("set REDIS_URL (-s REDIS_URL=redis://HOST:PORT/DB)")
        frontier = Frontier.from_settings(self.settings, opts.spider)
        action = args[0] if args else "show"
        if action == "push":
            urls = list(args[1:])
            if opts.file:
                stream = sys.stdin if opts.file == "-" else open(opts.file, encoding="utf-8")  # noqa: SIM115
                with stream:
                    urls += [line.strip() for line in stream if line.strip() and not line.startswith("#")]
            bad = [u for u in urls if not u.startswith(("http://", "https://"))]
            if bad or not urls:
                raise UsageError(f"push takes http(s) URLs: {bad or 'none given'}")
            length = frontier.push(urls)
            print(f"pushed {len(urls)} start URLs to {frontier.start_urls} ({length} waiting)")
        elif action == "reset":
            frontier.reset()
            print(f"reset {frontier.requests}, {frontier.dupefilter}, {frontier.start_urls} and the run")
        elif action == "show":
            sizes = frontier.sizes()
            prefix = self.settings.get("NEWSCRAWLER_REDIS_STATE_PREFIX") or "newscrawler"
            sizes["state"] = RedisArticleState(frontier.redis, prefix).counts()
            if opts.json:
                print(json.dumps(sizes, ensure_ascii=False))
            else:
                for name, value in sizes.items():
                    print(f"{name:12} {value}")
        else:
            raise UsageError(f"unknown action {action!r}")
        frontier.redis.close()
