"""A mock HTTP server on 127.0.0.1 with one route per fault of RELIABILITY.md.

In the manner of Scrapy's tests/mockserver/: a real socket, so the crawl meets the fault the
way it would on the web (hangs, drops, resets, lying Content-Length, cut gzip streams, bombs).
Run in a thread of the test process (``MockServer()`` as a context manager); each server has
its own port, so robots.txt (per host:port) can differ between servers.

Also here, because the crawl subprocess imports them by name:
- :class:`LoopbackResolver`: a hostile DNS server, every name resolves to 127.0.0.1;
- :class:`FailingPipeline`: a pipeline with a bug (raises KeyError).
"""

from __future__ import annotations

import gzip
import hashlib
import socket
import struct
import threading
import time
import zlib
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qs, quote, urlsplit

from twisted.internet import defer

from newscrawler.guards.addresses import GuardedResolver

PARAGRAPH = (
    "The city council approved the new transport plan on Tuesday after a long debate about "
    "costs, routes and the timetable for the first stations, officials said in a statement. "
)


def article_html(n: str, extra: str = "", title: str | None = None, paragraphs: int = 4, meta: str = "") -> str:
    """A page the news spider takes for an article: <title> repeats the h1, 400+ characters."""
    title = title or f"Transport plan approved after long debate, report {n}"
    words = PARAGRAPH.split()
    body = "".join(  # shuffled per paragraph: text that does not compress to nothing
        "<p>" + " ".join(words[(i * 7 + j * 13) % len(words)] for j in range(len(words))) + f" Paragraph {i} of report {n}, reference {hashlib.sha1(f'{n}/{i}'.encode()).hexdigest()[:16]}.</p>"
        for i in range(paragraphs)
    )
    return (
        f"<!DOCTYPE html><html><head><meta charset='utf-8'>{meta}<title>{title} - Mock News</title></head>"
        f"<body><div class='header'><a href='/'>Home</a></div><div class='article'><h1>{title}</h1>"
        f"<div class='info'>2024-05-0{int(n) % 9 + 1 if n.isdigit() else 1} 10:00</div>"
        f"<div class='content'>{body}{extra}</div></div></body></html>"
    )


def list_html(links: list[str], title: str = "Mock News - China") -> str:
    """A list page: every link gets a headline-length text, so the spider follows it."""
    items = "".join(
        f"<li><a href='{quote(u, safe=':/?&=%;#[].@')}'>Report headline {i}</a></li>"
        for i, u in enumerate(links)
    )
    return f"<html><head><title>{title}</title></head><body><ul class='list'>{items}</ul></body></html>"


def pager_html(title: str, pager: list[tuple[str, str]], articles: list[str]) -> str:
    """A list page with a pager (text, href) and article links."""
    links = " ".join(f"<a href='{href}'>{text}</a>" for text, href in pager)
    items = "".join(f"<li><a href='{u}'>Report headline number {i}</a></li>" for i, u in enumerate(articles))
    return (f"<html><head><title>{title}</title></head><body><ul class='list'>{items}</ul>"
            f"<div class='pages'>{links}</div></body></html>")


def _gzip(data: bytes) -> bytes:
    return gzip.compress(data, mtime=0)


class Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    server: Any

    def log_message(self, *args: Any) -> None:  # quiet
        pass

    # --- helpers ------------------------------------------------------------------------
    def send(self, status: int, body: bytes | str, headers: dict[str, str] | None = None,
             ctype: str = "text/html; charset=utf-8") -> None:
        if isinstance(body, str):
            body = body.encode("utf-8")
        self.send_response(status)
        headers = {"Content-Type": ctype, **(headers or {})}
        for k, v in headers.items():
            self.send_header(k, v)
        if "Content-Length" not in headers:
            self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(body)

    def article(self, n: str, **kwargs: Any) -> str:
        """An article unique to this server (its port in the text), so dedupe keeps it."""
        extra = kwargs.pop("extra", "") + f"<p>Served for the tests by the mock server on port {self.server.server_address[1]}.</p>"
        return article_html(n, extra=extra, **kwargs)

    def raw(self, data: bytes, close: bool = True) -> None:
        self.wfile.write(data)
        self.wfile.flush()
        if close:
            self.close_connection = True

    def hit(self, key: str) -> int:
        with self.server.lock:
            self.server.hits[key] = self.server.hits.get(key, 0) + 1
            return self.server.hits[key]

    # --- dispatch -----------------------------------------------------------------------
    def do_GET(self) -> None:
        parts = urlsplit(self.path)  # absolute-URI when we act as a proxy
        if parts.scheme:
            self.server.proxied.append(self.path)
        path, q = parts.path, {k: v[-1] for k, v in parse_qs(parts.query).items()}
        self.q = q
        self.qs = parse_qs(parts.query)
        self.server.log.append(path + ("?" + parts.query if parts.query else ""))
        if path == "/robots.txt":
            return self.robots()
        if "/news/" in path:  # /news/2024/123.html, also AMP and trailing-slash copies
            n = "".join(c for c in path.rsplit("/news/", 1)[1].split(".")[0] if c.isdigit())[-4:] or "1"
            return self.send(200, self.article(n))
        if path.startswith("/deep/"):  # "a/list_1.html" relative: /deep/a/a/a/... for ever
            arts = ["/news/2024/701.html", "/news/2024/702.html", "/news/2024/703.html"]
            return self.send(200, pager_html("Deep", [("Next", "a/list_1.html")], arts))
        if path.startswith("/session/"):
            return self.route_session()
        if path.startswith("/cal/"):
            return self.route_cal()
        route = getattr(self, "route_" + path.strip("/").replace("-", "_").replace(".", "_").replace("/", "_"), None)
        if route is None:
            return self.send(404, "<html><body><h1>Not found</h1></body></html>")
        return route()

    do_HEAD = do_GET

    def robots(self) -> None:
        mode = self.server.robots
        self.hit("robots")
        if mode == "503":
            return self.send(503, "<html><body>Service unavailable</body></html>")
        if mode == "404" or mode is None:
            return self.send(404, "not found", ctype="text/plain")
        if mode == "delay":
            return self.send(200, "User-agent: *\nCrawl-delay: 5\nDisallow: /private\n", ctype="text/plain")
        if mode == "bom":
            return self.send(200, "\ufeffUser-agent: *\nDisallow: /private\n".encode("utf-8"), ctype="text/plain")
        if mode == "big":  # 600 KiB of comments, then the rule: past the 500 KiB that are read
            filler = ("# " + "x" * 98 + "\n") * 6144
            return self.send(200, "User-agent: *\n" + filler + "Disallow: /news/\n", ctype="text/plain")
        if mode == "redirects":  # a chain of 5 redirects (RFC 9309: follow at least 5)
            return self.send(301, "", {"Location": "/robots-hop?n=1"})
        raise AssertionError(mode)

    def route_robots_hop(self) -> None:  # /robots-hop?n=1..: the chain of robots mode "redirects"
        n = int(self.q.get("n", "1"))
        if n < 5:
            return self.send(301, "", {"Location": f"/robots-hop?n={n + 1}"})
        self.send(200, "User-agent: *\nDisallow: /private\n", ctype="text/plain")

    def route_private_secret(self) -> None:
        self.send(200, self.article("999", title="Secret page that robots.txt forbids to crawl"))

    # --- lists --------------------------------------------------------------------------
    def route_list(self) -> None:
        """/list?to=URL&to=URL: a list page linking to each URL."""
        self.send(200, list_html(self.qs.get("to", [])))

    # --- A. transport -------------------------------------------------------------------
    def route_wait(self) -> None:
        time.sleep(30)

    def route_hang_after_headers(self) -> None:
        self.send_response(200)
        self.send_header("Content-Type", "text/html")
        self.send_header("Content-Length", "1000")
        self.end_headers()
        self.wfile.flush()
        time.sleep(30)

    def route_drip(self) -> None:
        self.send_response(200)
        self.send_header("Content-Type", "text/html")
        self.end_headers()
        try:
            for _ in range(60):
                self.wfile.write(b"x")
                self.wfile.flush()
                time.sleep(0.5)
        except OSError:
            pass
        self.close_connection = True

    def route_broken(self) -> None:
        self.raw(b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: 20\r\n\r\npartial")

    def route_broken_chunked(self) -> None:
        self.raw(b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nTransfer-Encoding: chunked\r\n\r\n"
                 b"7\r\npartial\r\n")

    def route_broken_article(self) -> None:
        """A whole-looking article, but 500 bytes fewer than Content-Length announces."""
        body = self.article("514", title="Article whose connection dropped before the end").encode()
        self.raw(b"HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\nContent-Length: "
                 + str(len(body) + 500).encode() + b"\r\n\r\n" + body)

    def route_drop(self) -> None:
        if self.q.get("abort") == "1":  # RST
            self.connection.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
            self.raw(b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: 1000\r\n\r\nsome")
            return
        self.raw(b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: 1000\r\n\r\nsome")

    def route_status(self) -> None:
        """/status?n=503&times=2&key=K: answers n for the first `times` hits, then an article."""
        if self.hit("status-" + self.q.get("key", "")) <= int(self.q.get("times", "2")):
            return self.send(int(self.q.get("n", "503")), "<html><body>busy</body></html>")
        self.send(200, self.article("501", title="Flapping server finally answered this report"))

    def route_ratelimit(self) -> None:
        if self.hit("ratelimit") == 1:
            return self.send(429, "<html><body>slow down</body></html>", {"Retry-After": "30"})
        self.send(200, self.article("502", title="Rate limited server answered this report"))

    def route_gone404(self) -> None:
        self.send(404, "<html><body><h1>Not found</h1></body></html>")

    def route_gone410(self) -> None:
        self.send(410, "<html><body><h1>Gone</h1></body></html>")

    def route_soft404(self) -> None:
        self.send(200, "<html><head><title>页面不存在</title></head><body><h1>页面不存在</h1>"
                       "<p>Page not found. 您访问的页面不存在或已被删除。</p></body></html>")

    def route_raw_close(self) -> None:
        body = self.article("503", title="Server closed the connection after this report").encode()
        self.raw(b"HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\nConnection: close\r\n\r\n" + body)

    def route_bad_header(self) -> None:
        body = self.article("504", title="Header line without a colon before this report").encode()
        self.raw(b"HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\nBadHeaderNoColon\r\n"
                 b"Content-Length: " + str(len(body)).encode() + b"\r\nConnection: close\r\n\r\n" + body)

    # --- B. size and compression --------------------------------------------------------
    def route_largechunkedfile(self) -> None:
        self.send_response(200)
        self.send_header("Content-Type", "text/html")
        self.send_header("Transfer-Encoding", "chunked")
        self.end_headers()
        try:
            for _ in range(16):
                chunk = b"x" * 65536
                self.wfile.write(b"%x\r\n%s\r\n" % (len(chunk), chunk))
            self.wfile.write(b"0\r\n\r\n")
        except OSError:
            pass

    def route_big(self) -> None:
        """About 200 MB with no Content-Length; the crawler must hang up long before."""
        self.send_response(200)
        self.send_header("Content-Type", "text/html")
        self.send_header("Connection", "close")
        self.end_headers()
        chunk = b"<p>" + b"y" * 65530 + b"</p>"
        try:
            for _ in range(3200):
                self.wfile.write(chunk)
        except OSError:
            pass
        self.close_connection = True

    def route_bomb(self) -> None:
        enc = self.q.get("enc", "gzip")
        bombs, headers = _bombs()
        self.send(200, bombs[enc], {"Content-Encoding": headers[enc]})

    def route_deflate_trailing(self) -> None:
        body = zlib.compress(self.article("505", title="Deflate stream with trailing garbage report").encode())
        self.send(200, body + b"\x00garbage" * 1000 + zlib.compress(b"second stream"), {"Content-Encoding": "deflate"})

    def route_truncated_gzip(self) -> None:
        html = self.article("506", title="Truncated gzip body must not become an article", paragraphs=40)
        body = _gzip(html.encode())
        self.send(200, body[: len(body) // 2], {"Content-Encoding": "gzip"})

    def route_complete_gzip(self) -> None:
        html = self.article("507", title="Complete gzip body is a normal article", paragraphs=40)
        self.send(200, _gzip(html.encode()), {"Content-Encoding": "gzip"})

    def route_nested(self) -> None:
        self.send(200, _pathological()["nested"])

    def route_bigtext(self) -> None:
        self.send(200, _pathological()["bigtext"])

    def route_manylinks(self) -> None:
        """/manylinks: 100 000 links; /manylinks?n=20: a list of n article links."""
        if "n" in self.q:
            return self.send(200, list_html([f"/news/2024/{1000 + i}.html" for i in range(int(self.q["n"]))]))
        self.send(200, _pathological()["manylinks"])

    # --- C. schemes, redirects ----------------------------------------------------------
    def route_redirect(self) -> None:
        """/redirect?to=URL&status=302"""
        self.send(int(self.q.get("status", "302")), "", {"Location": self.q["to"]})

    def route_meta_refresh(self) -> None:
        to = self.q["to"]
        self.send(200, f"<html><head><meta http-equiv='refresh' content='0;url={to}'>"
                       f"<title>moved</title></head><body>moved</body></html>")

    def route_redirect_to(self) -> None:
        """/redirect-to?goto=...: a loop back to itself."""
        self.send(302, "", {"Location": "/redirect-to?goto=/redirect-to"})

    def route_chain(self) -> None:
        n = int(self.q.get("n", "1"))
        if n > 1:
            return self.send(302, "", {"Location": f"/chain?n={n - 1}&from={self.q.get('from', n)}"})
        self.send(200, self.article("508", title="End of a long redirect chain report"))

    # --- D. traps -----------------------------------------------------------------------
    def route_session(self) -> None:
        """/session/list_1.html: every link carries a fresh session id."""
        sid = f"{time.monotonic_ns():x}"
        pager = [("Next", f"/session/list_1.html?sid={sid}"), ("2", f"/session/list_1.html;jsessionid={sid}")]
        arts = [f"/news/2024/60{i}.html?sid={sid}&utm_source=x" for i in (1, 2, 3)]
        self.send(200, pager_html("Session list", pager, arts))

    def route_cal(self) -> None:
        """/cal/list_1.html?y=N&fan=F: links to the next F years, for ever."""
        y, fan = int(self.q.get("y", "2000")), int(self.q.get("fan", "1"))
        pager = [(str(i + 1), f"/cal/list_1.html?y={y + i + 1}&fan={fan}") for i in range(fan)] + [
            ("Next", f"/cal/list_1.html?y={y + 1}&fan={fan}")]
        arts = ["/news/2024/801.html", "/news/2024/802.html", "/news/2024/803.html"]
        self.send(200, pager_html(f"Calendar {y}", pager, arts))

    def route_dup_list(self) -> None:
        """One article under many URLs (case 21)."""
        a = "/news/2024/%E6%96%B0800.html"
        variants = [a, a + "?utm_source=rss", a + "?from=rss", a + "#comments", a.lower(),
                    "/news/2024/%E6%96%B0800.html/", "/amp/news/2024/%E6%96%B0800.html",
                    a + "?print=1"]
        self.send(200, list_html(variants, title="Copies of one article"))

    # --- F. output ----------------------------------------------------------------------
    def route_hostile(self) -> None:
        extra = ("<p>Line\u2028separator, next\u0085line and a \x1c file separator in the text of "
                 "this hostile report, plus &lt;/script&gt;&lt;script&gt;alert(1)&lt;/script&gt; "
                 "written as text.</p>")
        self.send(200, self.article("509", title="Hostile characters inside this report", extra=extra))


class MockServer:
    """``with MockServer(robots="503") as s: s.url("/wait")``"""

    def __init__(self, robots: str | None = None):
        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.httpd.daemon_threads = True
        self.httpd.robots = robots
        self.httpd.hits = {}
        self.httpd.lock = threading.Lock()
        self.httpd.log = []
        self.httpd.proxied = []
        self.port = self.httpd.server_address[1]
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)

    def __enter__(self) -> MockServer:
        self.thread.start()
        return self

    def __exit__(self, *exc: Any) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()

    @property
    def origin(self) -> str:
        return f"127.0.0.1:{self.port}"

    def url(self, path: str) -> str:
        return f"http://127.0.0.1:{self.port}{path}"

    @property
    def log(self) -> list[str]:
        return self.httpd.log

    @property
    def proxied(self) -> list[str]:
        return self.httpd.proxied


_BOMB_SIZE = 11_511_612


def _bombs() -> tuple[dict[str, bytes], dict[str, str]]:
    """Compressed bodies that decompress to 11.5 MB (made once, cached on the function)."""
    if not hasattr(_bombs, "cache"):
        import brotli
        from backports.zstd import compress as zstd_compress

        raw = b"\x00" * _BOMB_SIZE
        html = article_html("510", title="Layered encodings wrap this bomb", paragraphs=2).encode() + raw
        bombs = {
            "gzip": _gzip(raw),
            "deflate": zlib.compress(raw, 9),
            "br": brotli.compress(raw, quality=5),
            "zstd": zstd_compress(raw),
            "layered": _gzip(zlib.compress(_gzip(html), 9)),
        }
        headers = {"gzip": "gzip", "deflate": "deflate", "br": "br", "zstd": "zstd", "layered": "gzip, deflate, gzip"}
        _bombs.cache = bombs, headers  # type: ignore[attr-defined]
    return _bombs.cache  # type: ignore[attr-defined]


def _pathological() -> dict[str, bytes]:
    if not hasattr(_pathological, "cache"):
        _pathological.cache = {  # type: ignore[attr-defined]
            "nested": (article_html("511", title="One hundred thousand nested divs follow this")
                       .replace("</body>", "<div>" * 100_000 + "deep" + "</div>" * 100_000 + "</body>")).encode(),
            "bigtext": (article_html("512", title="A twenty megabyte text node follows this")
                        .replace("</body>", "<p>" + "z" * 20_000_000 + "</p></body>")).encode(),
            "manylinks": list_html([f"/news/2024/{100000 + i}.html" for i in range(100_000)],
                                   title="One hundred thousand links").encode(),
        }
    return _pathological.cache  # type: ignore[attr-defined]


class LoopbackResolver(GuardedResolver):
    """A hostile DNS server: every name resolves to 127.0.0.1 (as Scrapy's MockDNSResolver)."""

    def lookup(self, name: str, timeout: Any = ()) -> Any:
        return defer.succeed("127.0.0.1")


class FailingPipeline:
    """A pipeline with a bug: KeyError on every article whose URL ends in 513.html."""

    def process_item(self, item: Any) -> Any:
        if str(item.get("url", "")).endswith("513.html"):
            return {}["missing"]
        return item
