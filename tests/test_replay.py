import json

import pytest

from newscrawler.replay import Snapshot, replay_key
from tests.conftest import FIXTURES


def test_snapshot_loads_every_index_below_a_folder():
    snap = Snapshot(FIXTURES)
    assert snap.lookup("https://www.hxen.net/englishnews/china/") is not None
    assert snap.lookup("https://language.chinadaily.com.cn/news_bilingual/") is not None
    assert "https://www.hxen.net/englishnews/china/" in snap.start_urls


def test_unknown_urls_are_not_found_and_fragments_ignored():
    snap = Snapshot(FIXTURES / "hxen")
    assert snap.lookup("https://www.hxen.net/no/such/page.html") is None
    status, headers, body = snap.lookup("https://www.hxen.net/englishnews/china/#top")
    assert status == 200 and body.startswith(b"<!DOCTYPE") and b"charset=gb2312" in body
    assert replay_key("https://a.com/x#y") == "https://a.com/x"


def test_bodies_are_served_byte_for_byte():
    snap = Snapshot(FIXTURES / "hxen")
    index = json.loads((FIXTURES / "hxen/index.json").read_text(encoding="utf-8"))
    url, entry = next((u, e) for u, e in index["responses"].items() if e.get("body"))
    assert snap.lookup(url)[2] == (FIXTURES / "hxen" / entry["body"]).read_bytes()


def test_missing_snapshot_is_a_clear_error(tmp_path):
    with pytest.raises(FileNotFoundError, match="no index.json"):
        Snapshot(tmp_path)
