"""One test per page of every tuned snapshot, against its reviewed golden file: every field.

A failure names the snapshot, the page URL and each field that changed (one test per page, not
per field: ten thousand tiny tests cost more in pytest's bookkeeping than in extraction).
Regenerate with ``python -m tests.golden`` only for a deliberate change, and review the diff.
"""

from __future__ import annotations

import json

import pytest

from newscrawler.replay import Snapshot
from tests.golden import GOLDEN_NAME, PageExtractor, tuned_snapshots

CASES = []
for folder in tuned_snapshots():
    golden_path = folder / GOLDEN_NAME
    if golden_path.exists():
        golden = json.loads(golden_path.read_text(encoding="utf-8"))
        for url, page in golden.items():
            CASES.append(pytest.param(folder, url, page, id=f"{folder.name}|{url}"))


@pytest.fixture(scope="module")
def extracted():
    extractor = PageExtractor()
    cache: dict = {}

    def get(folder, url):
        if (folder, url) not in cache:
            cache[folder, url] = extractor(Snapshot(folder), url)
        return cache[folder, url]
    return get


def test_every_tuned_snapshot_has_a_golden_file():
    missing = [f.name for f in tuned_snapshots() if not (f / GOLDEN_NAME).exists()]
    assert not missing, f"run `python -m tests.golden` and review: {missing}"


@pytest.mark.parametrize("folder, url, expected", CASES)
def test_page_matches_golden(extracted, folder, url, expected):
    page = extracted(folder, url)
    assert page is not None, f"{url} is no longer an HTML page"
    changed = {field: (want, page.get(field)) for field, want in expected.items() if page.get(field) != want}
    assert not changed, f"{folder.name} {url}: fields changed: " + "; ".join(
        f"{field!r}: golden {want!r:.300} != now {got!r:.300}" for field, (want, got) in changed.items()
    )
