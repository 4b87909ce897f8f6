"""A generated news portal on 127.0.0.1: N articles, paginated list pages, a request log.

Pages look like real news pages to the generic extractor: an article has a headline in <h1>
that <title> repeats, a date/source line and several paragraphs of running text; a list page
has headline-length links to articles, newest first, and a pager with 下一页.

    with NewsSite(articles=200) as site:
        site.start_url            # http://127.0.0.1:PORT/news/
        site.add_articles(10)     # new articles appear at the top of page 1
        site.requests             # every path requested, in order
        site.article_urls()       # the URLs a complete crawl must write, exactly

Run it by hand: ``python -m tests.sites.news --articles 300`` prints the start URL.
"""

from __future__ import annotations

import argparse
import random
import threading
import time
from collections import Counter
from datetime import date, timedelta
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Iterable

_WORDS = (
    "government market city river policy school report growth energy village council "
    "research museum railway harbour festival climate farmers students hospital science "
    "province exhibition bridge library technology tourism coast mountain bakery orchestra"
).split()
_SUBJECTS = ("Officials", "Residents", "Researchers", "Engineers", "Teachers", "Volunteers")
_VERBS = ("announce", "celebrate", "debate", "complete", "open", "review", "expand")


class Article:
    def __init__(self, number: int, day: date):
        self.number = number
        self.id = 100000 + number
        self.day = day
        self.edits = 0
        self.gone = False

    @property
    def path(self) -> str:
        return f"/news/{self.day.isoformat()}/{self.id}.html"

    def _rng(self) -> random.Random:
        return random.Random(self.id * 7919 + self.edits)

    @property
    def title(self) -> str:
        rng = random.Random(self.id)
        return (f"{rng.choice(_SUBJECTS)} {rng.choice(_VERBS)} new {rng.choice(_WORDS)} "
                f"and {rng.choice(_WORDS)} plan number {self.id}")

    def paragraphs(self) -> list[str]:
        rng = self._rng()
        out = []
        for p in range(5):
            words = [rng.choice(_WORDS) for _ in range(70)]
            sentences = [" ".join(words[i:i + 10]).capitalize() + "." for i in range(0, 70, 10)]
            out.append(f"Story {self.id}, part {p + 1}, revision {self.edits}: " + " ".join(sentences))
        return out


class NewsSite:
    """The site's content and its HTTP server (a thread); see the module docstring."""

    def __init__(self, articles: int = 200, per_page: int = 20, delay: float = 0.0,
                 related: int = 2, host: str = "127.0.0.1"):
        self.per_page = per_page
        self.delay = delay  # seconds added to every article response
        self.related = related
        self._lock = threading.Lock()
        self._articles: list[Article] = []
        self._by_path: dict[str, Article] = {}
        self.requests: list[str] = []
        self._server = _Server((host, 0), self._handler())
        self.add_articles(articles)
        self._thread: threading.Thread | None = None

    # --- content ---------------------------------------------------------------------
    def add_articles(self, n: int) -> list[str]:
        """Publish n new articles (they go to the top of the first list page); their URLs."""
        with self._lock:
            new = []
            for _ in range(n):
                number = len(self._articles)
                art = Article(number, date(2024, 1, 1) + timedelta(days=number // 10))
                self._articles.append(art)
                self._by_path[art.path] = art
                new.append(art)
        return [self.url(a.path) for a in new]

    def edit_article(self, url: str) -> None:
        """Change an article's text (same URL, new content)."""
        self._article_at(url).edits += 1

    def remove_article(self, url: str) -> None:
        """The article answers 404 from now on, but list pages still link to it."""
        self._article_at(url).gone = True

    def article_urls(self) -> set[str]:
        """Every article a complete crawl writes: all but the removed ones."""
        with self._lock:
            return {self.url(a.path) for a in self._articles if not a.gone}

    def _article_at(self, url: str) -> Article:
        return self._by_path[url.replace(self.base, "", 1)]

    # --- request log -----------------------------------------------------------------
    def requested(self, kind: str | None = None) -> list[str]:
        """Paths requested so far, optionally only 'article' or 'list' ones."""
        with self._lock:
            paths = list(self.requests)
        if kind == "article":
            return [p for p in paths if p in self._by_path]
        if kind == "list":
            return [p for p in paths if p.startswith("/news/") and p not in self._by_path]
        return paths

    def request_counts(self, kind: str | None = None) -> Counter:
        return Counter(self.requested(kind))

    def clear_log(self) -> None:
        with self._lock:
            self.requests.clear()

    # --- pages -----------------------------------------------------------------------
    @property
    def base(self) -> str:
        host, port = self._server.server_address[:2]
        return f"http://{host}:{port}"

    @property
    def start_url(self) -> str:
        return self.url("/news/")

    def url(self, path: str) -> str:
        return self.base + path

    def list_pages(self) -> int:
        return max(1, -(-len(self._articles) // self.per_page))

    def list_path(self, page: int) -> str:
        return "/news/" if page == 1 else f"/news/index_{page}.html"

    def render_list(self, page: int) -> str | None:
        with self._lock:
            newest = list(reversed(self._articles))
        pages = max(1, -(-len(newest) // self.per_page))
        if not 1 <= page <= pages:
            return None
        chunk = newest[(page - 1) * self.per_page: page * self.per_page]
        items = "\n".join(
            f'<li><a href="{a.path}">{a.title}</a> <span class="date">{a.day.isoformat()}</span></li>'
            for a in chunk
        )
        pager = [f'<a href="{self.list_path(n)}">{n}</a>' for n in range(1, pages + 1) if n != page]
        if page < pages:
            pager.append(f'<a href="{self.list_path(page + 1)}">下一页</a>')
        return _page(f"World News - page {page}", f"""
<div class="crumbs"><a href="/">Home</a> &gt; <a href="/news/">World News</a></div>
<h2>World News</h2>
<ul class="newslist">
{items}
</ul>
<div class="pages">{' '.join(pager)}</div>""")

    def render_article(self, art: Article) -> str:
        with self._lock:
            older = [a for a in self._articles[max(0, art.number - self.related):art.number]]
        paras = "\n".join(f"<p>{p}</p>" for p in art.paragraphs())
        related = "".join(f'<li><a href="{a.path}">{a.title}</a></li>' for a in older)
        return _page(art.title, f"""
<div class="crumbs"><a href="/">Home</a> &gt; <a href="/news/">World News</a></div>
<div class="article">
<h1>{art.title}</h1>
<div class="info">{art.day.isoformat()} 10:00 Source: Xinhua Author: Li Ming</div>
<div class="content">
{paras}
</div>
<div class="related"><h3>Related Articles</h3><ul>{related}</ul></div>
</div>""")

    def respond(self, path: str) -> tuple[int, str]:
        with self._lock:
            self.requests.append(path)
        art = self._by_path.get(path)
        if art is not None:
            if self.delay:
                time.sleep(self.delay)
            if art.gone:
                return 404, _page("404 Not Found", "<h1>404 Not Found</h1><p>页面不存在</p>")
            return 200, self.render_article(art)
        page = None
        if path == "/news/":
            page = 1
        elif path.startswith("/news/index_") and path.endswith(".html"):
            number = path[len("/news/index_"):-len(".html")]
            page = int(number) if number.isdigit() else None
        body = self.render_list(page) if page else None
        if body is None:
            return 404, _page("404 Not Found", "<h1>404 Not Found</h1><p>页面不存在</p>")
        return 200, body

    def _handler(self) -> type[BaseHTTPRequestHandler]:
        site = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def do_GET(self) -> None:  # noqa: N802 (http.server API)
                status, body = site.respond(self.path.split("?")[0])
                data = body.encode("utf-8")
                self.send_response(status)
                self.send_header("Content-Type", "text/html; charset=utf-8")
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)

            def log_message(self, *args: object) -> None:
                pass

        return Handler

    # --- lifecycle -------------------------------------------------------------------
    def start(self) -> NewsSite:
        self._thread = threading.Thread(target=self._server.serve_forever, daemon=True)
        self._thread.start()
        return self

    def stop(self) -> None:
        self._server.shutdown()
        self._server.server_close()

    def __enter__(self) -> NewsSite:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()


class _Server(ThreadingHTTPServer):
    daemon_threads = True

    def handle_error(self, request: object, client_address: object) -> None:
        pass  # a crawler killed mid-request resets its connections: not the site's problem


def _page(title: str, body: str) -> str:
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>{title}</title></head>
<body>
<div class="header"><a href="/">Local News Portal</a></div>
{body}
<div class="footer">Copyright Local News Portal</div>
</body></html>"""


def main(argv: Iterable[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=300)
    parser.add_argument("--per-page", type=int, default=20)
    parser.add_argument("--delay", type=float, default=0.0)
    args = parser.parse_args(list(argv) if argv is not None else None)
    with NewsSite(args.articles, args.per_page, args.delay) as site:
        print(site.start_url, flush=True)
        try:
            threading.Event().wait()
        except KeyboardInterrupt:
            pass


if __name__ == "__main__":
    main()
