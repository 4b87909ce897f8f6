"""Deployment the Scrapy world knows (issue 5): ``scrapyd-deploy`` the project to a real
Scrapyd on 127.0.0.1, schedule a crawl of a local site there, and read what the job wrote."""

from __future__ import annotations

import json
import shutil
import socket
import subprocess
import sys
import time
import urllib.parse
import urllib.request
from pathlib import Path

import pytest

from tests.sites.crawl import LOCAL_SITE_SETTINGS, ROOT
from tests.sites.news import NewsSite

BIN = Path(sys.executable).parent


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _api(base: str, path: str, data: list[tuple[str, str]] | None = None) -> dict:
    body = urllib.parse.urlencode(data).encode() if data is not None else None
    with urllib.request.urlopen(base + path, data=body, timeout=30) as response:  # noqa: S310 (127.0.0.1)
        return json.loads(response.read())


@pytest.fixture
def scrapyd(tmp_path):
    if not (BIN / "scrapyd").exists() or not (BIN / "scrapyd-deploy").exists():
        pytest.skip("scrapyd / scrapyd-client not installed (requirements-dev.txt)")
    port = _free_port()
    home = tmp_path / "scrapyd"
    home.mkdir()
    (home / "scrapyd.conf").write_text(f"""[scrapyd]
bind_address = 127.0.0.1
http_port = {port}
eggs_dir = {home / 'eggs'}
logs_dir = {home / 'logs'}
items_dir =
dbs_dir = {home / 'dbs'}
max_proc = 1
poll_interval = 0.2
""")
    log = open(home / "scrapyd.log", "wb")  # noqa: SIM115
    proc = subprocess.Popen([str(BIN / "scrapyd")], cwd=home, stdout=log, stderr=subprocess.STDOUT)
    base = f"http://127.0.0.1:{port}/"
    for _ in range(100):
        try:
            if _api(base, "daemonstatus.json")["status"] == "ok":
                break
        except OSError:
            time.sleep(0.1)
    else:
        proc.kill()
        pytest.fail("scrapyd did not start: " + (home / "scrapyd.log").read_text())
    yield base, home
    proc.terminate()
    proc.wait(10)
    log.close()


def test_project_deploys_to_scrapyd_and_a_scheduled_crawl_writes_articles(tmp_path, scrapyd):
    base, home = scrapyd
    # A copy of the project, its [deploy] target pointed at this Scrapyd (the egg is built there).
    project = tmp_path / "project"
    project.mkdir()
    shutil.copytree(ROOT / "newscrawler", project / "newscrawler", ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copy(ROOT / "setup.py", project / "setup.py")
    cfg = (ROOT / "scrapy.cfg").read_text()
    assert "[deploy]" in cfg and "project = newscrawler" in cfg
    (project / "scrapy.cfg").write_text(cfg.replace("http://127.0.0.1:6800/", base))
    deploy = subprocess.run([str(BIN / "scrapyd-deploy")], cwd=project, capture_output=True, text=True, timeout=120)
    assert deploy.returncode == 0, deploy.stdout + deploy.stderr
    assert '"status": "ok"' in deploy.stdout and '"spiders": 1' in deploy.stdout, deploy.stdout
    assert _api(base, "listspiders.json?project=newscrawler")["spiders"] == ["news"]

    out = tmp_path / "out"
    with NewsSite(articles=40) as site:
        settings = [*LOCAL_SITE_SETTINGS, f"NEWSCRAWLER_OUTPUT={out}/%(spider)s-%(time)s.jsonl",
                    f"NEWSCRAWLER_REJECTS={out}/%(spider)s-%(time)s.rejects.jsonl"]
        job = _api(base, "schedule.json", [("project", "newscrawler"), ("spider", "news"),
                                           ("start_urls", site.start_url),
                                           *[("setting", s) for s in settings]])
        assert job["status"] == "ok", job
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            jobs = _api(base, "listjobs.json?project=newscrawler")
            if any(j["id"] == job["jobid"] for j in jobs["finished"]):
                break
            time.sleep(0.2)
        else:
            pytest.fail(f"job not finished: {jobs}")
        expected = site.article_urls()

    logs = list((home / "logs").rglob("*.log"))
    log = logs[0].read_text() if logs else ""
    assert "'finish_reason': 'finished'" in log, log[-3000:]
    files = [p for p in out.glob("news-*.jsonl") if not p.name.endswith(".rejects.jsonl")]
    assert len(files) == 1, (list(out.iterdir()), log[-3000:])
    urls = [json.loads(line)["url"] for line in files[0].read_text(encoding="utf-8").splitlines()]
    assert sorted(urls) == sorted(expected)
