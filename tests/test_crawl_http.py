"""A real crawl over HTTP: the hxen snapshot served by a server on 127.0.0.1.

The snapshot's absolute links name www.hxen.net; the server rewrites them to itself, so the
crawl goes through Scrapy's real HTTP download handler, robots.txt and redirects included.
"""

from __future__ import annotations

import json
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from newscrawler.replay import Snapshot
from tests.conftest import ROOT

ORIGINS = (b"https://www.hxen.net", b"http://www.hxen.net")
#: The address guard refuses loopback by default; these tests crawl a server on 127.0.0.1.
LOCAL = ("-s", "NEWSCRAWLER_ALLOW_PRIVATE=True", "-s", "DOWNLOAD_DELAY=0", "-s", "AUTOTHROTTLE_ENABLED=0")


@pytest.fixture
def hxen_server():
    snapshot = Snapshot(ROOT / "fixtures" / "hxen")
    requests: list[str] = []

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self):
            requests.append(self.path)
            found = snapshot.lookup("https://www.hxen.net" + self.path)
            status, headers, body = found if found else (404, {}, b"not found")
            for origin in ORIGINS:
                body = body.replace(origin, base.encode())
            self.send_response(status)
            for name, values in (headers.items() if found else []):
                if name.lower() not in (b"content-length", b"location"):
                    for value in values:
                        self.send_header(name.decode(), value.decode("latin-1"))
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args):
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    base = f"http://127.0.0.1:{server.server_port}"
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield base, requests
    server.shutdown()
    server.server_close()


def test_crawl_over_real_http_writes_the_snapshot_articles(crawl, hxen_server):
    base, requests = hxen_server
    items, proc = crawl("-a", f"start_urls={base}/englishnews/china/", *LOCAL)
    index = json.loads((ROOT / "fixtures/hxen/index.json").read_text(encoding="utf-8"))
    expected = sorted(u.replace("https://www.hxen.net", base) for u in index["articles"])
    assert sorted(i["url"] for i in items) == expected
    assert "/robots.txt" in requests  # politeness: robots.txt asked first
    by_url = {i["url"]: i for i in items}
    zhu = by_url[f"{base}/englishnews/china/2015-11-12/420529.html"]
    assert "朱镕基" in zhu["title"] and "朱镕基" in zhu["body_en"]  # GBK-only 镕 under a gb2312 label
    assert by_url[f"{base}/englishnews/china/2015-11-12/420533.html"]["pages"] == 2


def test_record_a_live_crawl_then_replay_it_offline(crawl, hxen_server, tmp_path):
    base, requests = hxen_server
    snap = tmp_path / "recorded"
    live, _ = crawl("-a", f"start_urls={base}/englishnews/china/", "-s", f"RECORD_DIR={snap}", *LOCAL)
    index = json.loads((snap / "index.json").read_text(encoding="utf-8"))
    assert index["start_urls"] == [f"{base}/englishnews/china/"]
    assert all(name.startswith("pages/") and "/" not in name[6:] for name in
               (e["body"] for e in index["responses"].values() if "body" in e))  # hash names only
    requests.clear()
    replayed, _ = crawl("-s", f"REPLAY_DIR={snap}", *LOCAL)
    assert requests == []  # offline: the server saw nothing
    assert sorted(i["url"] for i in replayed) == sorted(i["url"] for i in live)
    strip = lambda items: {i["url"]: {k: v for k, v in i.items() if k != "crawled_at"} for i in items}
    assert strip(replayed) == strip(live)


def run_scrapy(*args: str, timeout: int = 120):
    import subprocess
    import sys

    return subprocess.run([sys.executable, "-m", "scrapy", *args], cwd=ROOT, capture_output=True,
                          text=True, timeout=timeout)


def test_savefixture_then_extract_a_site_adders_loop(hxen_server, tmp_path):
    base, requests = hxen_server
    article = f"{base}/englishnews/china/2015-11-12/420533.html"  # two pages
    snap = tmp_path / "mysite"
    saved = run_scrapy("savefixture", article, "--snapshot", str(snap), *LOCAL)
    assert saved.returncode == 0, saved.stderr[-2000:]
    assert "1 article(s) to review" in saved.stdout
    assert not any("420541" in r for r in requests)  # follow=no: related links not crawled
    review = [json.loads(l) for l in (snap / "review.jsonl").read_text(encoding="utf-8").splitlines()]
    assert review[0]["url"] == article and review[0]["pages"] == 2
    index = json.loads((snap / "index.json").read_text(encoding="utf-8"))
    assert f"{base}/englishnews/china/2015-11-12/420533_2.html" in index["responses"]

    shown = run_scrapy("extract", article, "--fixtures", str(snap))
    assert shown.returncode == 0, shown.stderr[-2000:]
    out = json.loads(shown.stdout)
    assert out["kind"] == "article" and out["article"]["pages"] == 2
    assert out["article"]["body_en"] == review[0]["body_en"]
    assert out["rules"]["body_en"].startswith("generic")  # 127.0.0.1 has no profile
    assert out["rules"]["published"] == "generic: date line"


def test_extract_a_saved_file(tmp_path):
    page = tmp_path / "page.html"
    page.write_bytes((ROOT / "fixtures/hxen/pages/article_420541.html").read_bytes())
    shown = run_scrapy("extract", "https://www.hxen.net/englishnews/china/2015-11-13/420541.html",
                       "--file", str(page))
    assert shown.returncode == 0, shown.stderr[-2000:]
    out = json.loads(shown.stdout)
    assert out["article"]["category"] == "国内英语新闻"  # GBK decoded from the page's own meta
    assert out["rules"]["related"].startswith("profile hxen")
