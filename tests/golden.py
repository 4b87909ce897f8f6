"""Golden files: what the extractor gives for every page of every tuned snapshot.

Regenerate after a deliberate change, then review the diff like code:

    .venv/bin/python -m tests.golden          # rewrite fixtures/<snapshot>/golden.json
    git diff fixtures/*/golden.json

Blind snapshots (fixtures/blind*/) get no golden file: they are scored, never pinned.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

from newscrawler.extract.offline import OfflineExtractor
from newscrawler.replay import Snapshot

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "fixtures"
GOLDEN_NAME = "golden.json"


def tuned_snapshots() -> list[Path]:
    return sorted(p.parent for p in FIXTURES.glob("*/index.json"))


class PageExtractor:
    """The crawl's view of one replayed page, as golden data."""

    def __init__(self) -> None:
        self.extractor = OfflineExtractor()

    def __call__(self, snapshot: Snapshot, url: str) -> dict[str, Any] | None:
        result = self.extractor.snapshot_page(snapshot, url)
        if result is None:
            return None
        out: dict[str, Any] = {"kind": result.kind, "url": result.url}
        if result.kind == "list":
            out["follow"] = result.follow
        if result.kind == "article":
            out.update(page_number=result.page_number, more_pages=result.more_pages,
                       layout=result.layout, untrusted_pairs=result.untrusted_pairs)
            out.update(result.fields)
            out["rules"] = result.rules
        return out


def golden_for(folder: Path, extractor: PageExtractor | None = None) -> dict[str, Any]:
    extractor = extractor or PageExtractor()
    snapshot = Snapshot(folder)
    pages = {}
    for url in sorted(snapshot.entries):
        page = extractor(snapshot, url)
        if page is not None:
            pages[url] = page
    return pages


def main(argv: list[str]) -> int:
    extractor = PageExtractor()
    for folder in tuned_snapshots():
        path = folder / GOLDEN_NAME
        text = json.dumps(golden_for(folder, extractor), ensure_ascii=False, indent=1) + "\n"
        changed = not path.exists() or path.read_text(encoding="utf-8") != text
        path.write_text(text, encoding="utf-8")
        print(f"{'updated' if changed else 'unchanged'}: {path.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
