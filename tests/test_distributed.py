"""Distributed mode on Redis (issue 5): the Redis article state and its claims, and real
worker processes sharing one frontier against a local site on 127.0.0.1.

Redis: NEWSCRAWLER_TEST_REDIS_URL (`.ci/run` starts one), else a redis-server started here on
a free port; skipped only when no redis-server binary exists.
"""

from __future__ import annotations

import json
import os
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import pytest

from newscrawler.state import Record
from newscrawler.urls import url_key
from tests.sites.crawl import ROOT, env, output_files, settings_args
from tests.sites.news import NewsSite

redis = pytest.importorskip("redis")


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def redis_server():
    """A Redis URL (database 0 of a server used by these tests only)."""
    url = os.environ.get("NEWSCRAWLER_TEST_REDIS_URL")
    if url:
        yield url.rstrip("/")
        return
    binary = shutil.which("redis-server")
    if binary is None:
        pytest.skip("no redis-server binary (apt-get install redis-server, or set NEWSCRAWLER_TEST_REDIS_URL)")
    port = _free_port()
    folder = tempfile.mkdtemp(prefix="newscrawler-redis-")
    proc = subprocess.Popen(
        [binary, "--bind", "127.0.0.1", "--port", str(port), "--dir", folder, "--save", "",
         "--appendonly", "no", "--protected-mode", "yes"],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    client = redis.Redis(port=port)
    for _ in range(100):
        try:
            client.ping()
            break
        except redis.ConnectionError:
            time.sleep(0.05)
    client.close()
    yield f"redis://127.0.0.1:{port}"
    proc.terminate()
    proc.wait(10)
    shutil.rmtree(folder, ignore_errors=True)


@pytest.fixture
def redis_url(redis_server):
    """A clean database for one test."""
    url = f"{redis_server}/0" if redis_server.count("/") == 2 else redis_server
    client = redis.Redis.from_url(url, decode_responses=True)
    client.flushdb()
    yield url
    client.flushdb()
    client.close()


# --- the Redis article state --------------------------------------------------------------
def state(url: str, owner: str, claim_ttl: float = 3600.0):
    from newscrawler.state.redis import RedisArticleState, connect

    return RedisArticleState(connect(url), owner=owner, claim_ttl=claim_ttl)


def test_redis_state_answers_like_the_sqlite_one(redis_url):
    s = state(redis_url, "w1")
    url = "http://www.example.com/news/2024-01-01/1.html?utm_source=x"
    assert s.commit([Record(url_key(url), url, "fp1")], 100.0) == 1
    s.mark_gone(url_key("http://example.com/gone/2.html"), "http://example.com/gone/2.html", 410, 5.0)
    other = state(redis_url, "w2")  # another worker sees it at once
    known = other.known(url_key("https://example.com/news/2024-01-01/1.html"))
    assert known is not None and (known.url, known.fingerprint, known.version, known.last_seen) == (url, "fp1", 1, 100.0)
    assert other.seen_fingerprint("fp1") == url and other.seen_fingerprint("fp2") is None
    assert other.gone_since(url_key("http://example.com/gone/2.html")) == 5.0
    other.touch(url_key(url), 200.0)
    assert s.known(url_key(url)).last_seen == 200.0
    # idempotent, keeps the newest version, a commit clears the gone mark
    s.commit([Record("k", "u", "fp3", 2)], 1.0)
    s.commit([Record("k", "u", "fp2", 1), Record("k", "u", "fp3", 2)], 2.0)
    assert s.known("k").version == 2 and s.known("k").fingerprint == "fp3"
    s.mark_gone("k", "u", 404, 3.0)
    s.commit([Record("k", "u", "fp3", 2)], 4.0)
    assert s.gone_since("k") is None
    assert s.counts() == {"articles": 2, "fingerprints": 3, "gone": 1, "claims": 0}
    s.close()
    other.close()


def test_a_claim_is_taken_by_one_worker_only_until_commit_or_release(redis_url):
    a, b = state(redis_url, "a"), state(redis_url, "b")
    assert a.claim("k1", "fp1").ok
    assert a.claim("k1", "fp1").ok  # its own claim (a restarted worker) is its own
    assert b.claim("k1", "fp9") == ("claimed", "a")  # same URL key, other text
    assert b.claim("k2", "fp1") == ("claimed", "a")  # same text, other URL
    a.commit([Record("k1", "u1", "fp1")], 1.0)
    assert b.claim("k1", "fp1") == ("known", "u1")
    assert b.claim("k2", "fp1") == ("known_content", "u1")
    assert b.claim("k1", "fp2", version=2).ok  # a new version (NEWSCRAWLER_STATE_VERSIONS)
    assert b.counts()["claims"] == 2
    # a worker that died between claim and commit: released when its id starts again
    assert a.claim("k3", "fp3").ok
    assert b.claim("k3", "fp3").verdict == "claimed"
    assert a.release_own_claims() == 2
    assert b.claim("k3", "fp3").ok
    # ... or by anyone once the claim's lease has run out
    short = state(redis_url, "c", claim_ttl=0.05)
    assert short.claim("k4", "fp4").ok
    assert a.claim("k4", "fp4").verdict == "claimed"
    time.sleep(0.1)
    assert a.claim("k4", "fp4").ok
    for s in (a, b, short):
        s.close()


def test_claims_race_between_processes_yields_one_winner_per_article(redis_url):
    """4 processes claim the same 200 articles at once: each is won exactly once."""
    code = (
        "import sys, json\n"
        "from newscrawler.state.redis import RedisArticleState, connect\n"
        "s = RedisArticleState(connect(sys.argv[1]), owner=sys.argv[2])\n"
        "print(json.dumps([i for i in range(200) if s.claim(f'k{i}', f'fp{i}').ok]))\n"
    )
    procs = [subprocess.Popen([sys.executable, "-c", code, redis_url, f"w{n}"], cwd=ROOT, env=env(),
                              stdout=subprocess.PIPE, text=True) for n in range(4)]
    won = [json.loads(p.communicate(timeout=60)[0]) for p in procs]
    flat = [i for w in won for i in w]
    assert sorted(flat) == list(range(200))


def test_without_redis_url_the_addon_changes_nothing():
    from scrapy.settings import Settings

    from newscrawler.distributed import RedisAddon

    settings = Settings()
    settings.setmodule("newscrawler.settings", priority="project")
    before = {k: settings[k] for k in ("SCHEDULER", "DUPEFILTER_CLASS", "NEWSCRAWLER_STATE_BACKEND",
                                       "NEWSCRAWLER_OUTPUT", "EXTENSIONS", "ITEM_PIPELINES")}
    RedisAddon(crawler=None).update_settings(settings)
    assert before == {k: settings[k] for k in before}
    assert not settings.get("REDIS_URL")


def test_worker_files_are_named_by_worker_and_rejects_stay_rejects():
    from newscrawler.distributed import _with_worker

    assert _with_worker("data/%(spider)s-%(time)s.jsonl", "vm-1") == "data/%(spider)s-%(time)s.vm-1.jsonl"
    assert _with_worker("data/%(spider)s-%(time)s.rejects.jsonl", "vm-1") == "data/%(spider)s-%(time)s.vm-1.rejects.jsonl"
    assert _with_worker("/srv/out.jsonl", "b") == "/srv/out.b.jsonl"
    assert _with_worker("", "b") == ""


def test_offsite_check_uses_the_sites_of_every_workers_start_urls(redis_url):
    from scrapy import Request, Spider
    from scrapy.settings import Settings

    from newscrawler.distributed import Frontier, SharedOffsiteMiddleware
    from newscrawler.state.redis import connect

    class Stats:
        def inc_value(self, *args, **kwargs):
            pass

    frontier = Frontier(connect(redis_url), "news", Settings())
    mw = SharedOffsiteMiddleware(Stats())
    mw.sites = frontier
    spider = Spider(name="news")  # a worker started without start URLs
    frontier.add_seeds(["https://www.example.com/news/"])  # another worker's start URL
    assert mw.should_follow(Request("https://m.example.com/news/1.html"), spider)
    assert not mw.should_follow(Request("https://elsewhere.org/"), spider)
    assert spider.allowed_domains == ["example.com"]
    frontier.add_seeds(["https://elsewhere.org/list/"])  # learnt when first missed
    assert mw.should_follow(Request("https://elsewhere.org/2.html"), spider)
    frontier.redis.close()


# --- real workers -------------------------------------------------------------------------
def worker_command(redis_url: str, *args: str, worker: str = "", idle_close: float = 1.0) -> list[str]:
    settings = [f"REDIS_URL={redis_url}", f"NEWSCRAWLER_REDIS_IDLE_CLOSE={idle_close}",
                "NEWSCRAWLER_REDIS_POLL=0.2"]
    if worker:
        settings.append(f"NEWSCRAWLER_WORKER_ID={worker}")
    return [sys.executable, "-m", "scrapy", "crawl", "news", *args, *settings_args(*settings)]


def start_worker(cmd: list[str], cwd: Path, name: str) -> subprocess.Popen:
    log = open(cwd / f"{name}.log", "ab")  # noqa: SIM115 (closed with the process)
    return subprocess.Popen(cmd, cwd=cwd, env=env(), stdout=log, stderr=subprocess.STDOUT)


def wait_all(procs: list[subprocess.Popen], cwd: Path, timeout: float = 90) -> None:
    deadline = time.monotonic() + timeout
    for p in procs:
        p.wait(max(1.0, deadline - time.monotonic()))
    logs = "\n".join((cwd / f).read_text(errors="replace")[-2000:] for f in os.listdir(cwd) if f.endswith(".log"))
    assert all(p.returncode == 0 for p in procs), logs
    assert "Traceback" not in logs, logs


def frontier(redis_url: str, cwd: Path, *args: str) -> subprocess.CompletedProcess:
    cmd = [sys.executable, "-m", "scrapy", "frontier", *args, "-s", f"REDIS_URL={redis_url}"]
    proc = subprocess.run(cmd, cwd=ROOT, env=env(), capture_output=True, text=True, timeout=60)
    assert proc.returncode == 0, proc.stderr
    return proc


def urls_by_file(folder: Path) -> dict[str, list[str]]:
    out = {}
    for path in output_files(folder):
        out[path.name] = [json.loads(line)["url"] for line in path.read_text(encoding="utf-8").splitlines()]
    return out


def test_two_workers_fed_through_the_start_list_write_the_article_set_exactly_once(tmp_path, redis_url):
    with NewsSite(articles=300, delay=0.01) as site:
        workers = [start_worker(worker_command(redis_url), tmp_path, f"w{n}") for n in (1, 2)]
        time.sleep(0.5)
        frontier(redis_url, tmp_path, "push", site.start_url)
        wait_all(workers, tmp_path)
        expected = site.article_urls()
        article_fetches = site.request_counts("article")

    files = urls_by_file(tmp_path / "data")
    assert len(files) == 2, files.keys()  # one file per worker, named by worker id
    assert all(".jsonl" in name and name.count(".") == 2 for name in files), files.keys()
    written = [u for urls in files.values() for u in urls]
    assert sorted(written) == sorted(expected)  # the union is the article set, none twice
    assert all(urls for urls in files.values()), {k: len(v) for k, v in files.items()}  # both worked
    assert max(article_fetches.values()) == 1  # one frontier, one dupefilter: each page fetched once
    sizes = json.loads(frontier(redis_url, tmp_path, "--json").stdout)
    assert (sizes["requests"], sizes["start_urls"], sizes["dupefilter"], sizes["workers"]) == (0, 0, 0, 0)
    assert sizes["run"] == {}  # the last worker ended the run cleanly
    assert sizes["state"]["articles"] == 300 and sizes["state"]["claims"] == 0


def test_a_killed_worker_loses_its_popped_requests_and_the_rerun_writes_exactly_those(tmp_path, redis_url):
    with NewsSite(articles=300, delay=0.2) as site:
        expected = site.article_urls()
        a = start_worker(worker_command(redis_url, "-a", f"start_urls={site.start_url}", worker="a"), tmp_path, "a")
        b = start_worker(worker_command(redis_url, worker="b"), tmp_path, "b")
        part = None
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:  # kill a mid-crawl, once it has written some
            parts = list((tmp_path / "data").glob("news-*.a.jsonl.part"))
            if parts and parts[0].read_bytes().count(b"\n") >= 20:
                part = parts[0]
                break
            time.sleep(0.05)
        assert part is not None, "worker a wrote nothing"
        a.send_signal(signal.SIGKILL)
        a.wait(10)
        wait_all([b], tmp_path)
        first_run = site.requested("article")

        written = [u for urls in urls_by_file(tmp_path / "data").values() for u in urls]
        written += [json.loads(x)["url"] for x in part.read_text(encoding="utf-8").splitlines()]
        assert len(written) == len(set(written))  # no article twice, even with a killed worker
        missing = expected - set(written)
        assert missing, "the killed worker lost nothing: the kill came too late to test recovery"
        print(f"\nkilled worker a after {len(first_run)} article fetches: {len(missing)} articles "
              f"missing after the run ({len(written)} written)")
        b_log = (tmp_path / "b.log").read_text()
        assert "died mid-run" in b_log

        site.clear_log()
        rerun = start_worker(worker_command(redis_url, worker="a"), tmp_path, "rerun")  # no start URLs given
        wait_all([rerun], tmp_path)
        rerun_fetches = site.requested("article")

    log = (tmp_path / "rerun.log").read_text()
    assert "Recovered" in log and "did not finish cleanly" in log
    final = [u for urls in urls_by_file(tmp_path / "data").values() for u in urls]
    assert sorted(final) == sorted(expected)  # exactly the article set, none twice
    assert set(rerun_fetches) == {u.replace(site.base, "") for u in missing}  # only what was missing
    assert not list((tmp_path / "data").glob("*.part"))


def test_a_stopped_crawl_keeps_its_frontier_and_the_next_worker_finishes_it(tmp_path, redis_url):
    """SCHEDULER_PERSIST: a worker that stops early (here CLOSESPIDER_ITEMCOUNT) leaves the queue
    in Redis; the next one resumes it, fetches the start URLs again (fresh dupefilter) and the
    article state keeps it from writing anything twice."""
    with NewsSite(articles=200) as site:
        first = start_worker(worker_command(redis_url, "-a", f"start_urls={site.start_url}",
                                            "-s", "CLOSESPIDER_ITEMCOUNT=40"), tmp_path, "first")
        wait_all([first], tmp_path)
        sizes = json.loads(frontier(redis_url, tmp_path, "--json").stdout)
        assert sizes["requests"] > 0 and sizes["run"], sizes  # persisted, run left open
        assert sizes["seeds"] == 1
        second = start_worker(worker_command(redis_url), tmp_path, "second")
        wait_all([second], tmp_path)
        expected = site.article_urls()
    assert "Resuming crawl" in (tmp_path / "second.log").read_text()
    written = [u for urls in urls_by_file(tmp_path / "data").values() for u in urls]
    assert sorted(written) == sorted(expected)
    sizes = json.loads(frontier(redis_url, tmp_path, "--json").stdout)
    assert (sizes["requests"], sizes["dupefilter"], sizes["run"]) == (0, 0, {})
