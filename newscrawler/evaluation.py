"""Scoring extracted Articles against hand-written truth (fixtures/*/truth.jsonl).

Per field: exact match for title, category and published; token F1 for bodies, where each
Latin word and each CJK character is a token; pair accuracy (pairs matching the truth exactly,
over the larger of the two lists); related-link F1 on URLs. An article the crawl missed scores
zero on every field; an emitted URL that the truth does not know is counted as an extra (a list
page or error page emitted), a URL emitted twice as a duplicate.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from statistics import mean
from typing import Any, Iterable

_TOKEN = re.compile(r"[\u4e00-\u9fff\u3400-\u4dbf]|[A-Za-z0-9]+(?:['’][A-Za-z]+)?")
EXACT_FIELDS = ("title", "category", "published")
METRICS = ("title", "category", "published", "body_f1", "pair_accuracy", "related_f1")


def tokens(text: str | None) -> list[str]:
    return [t.lower() for t in _TOKEN.findall(text or "")]


def token_f1(got: str | None, want: str | None) -> float:
    g, w = Counter(tokens(got)), Counter(tokens(want))
    if not g and not w:
        return 1.0
    common = sum((g & w).values())
    if not common:
        return 0.0
    precision, recall = common / sum(g.values()), common / sum(w.values())
    return 2 * precision * recall / (precision + recall)


def set_f1(got: Iterable[str], want: Iterable[str]) -> float:
    g, w = set(got), set(want)
    if not g and not w:
        return 1.0
    common = len(g & w)
    return 2 * common / (len(g) + len(w)) if common else 0.0


def _norm(text: str) -> str:
    return " ".join(text.split())


def pair_accuracy(got: list[dict], want: list[dict]) -> float:
    if not got and not want:
        return 1.0
    g = {(_norm(p["en"]), _norm(p["zh"])) for p in got}
    w = [(_norm(p["en"]), _norm(p["zh"])) for p in want]
    return sum(1 for p in w if p in g) / max(len(g), len(w))


def whole_body(article: dict) -> str:
    return "\n\n".join(filter(None, (article.get("body_en"), article.get("body_zh"))))


def score_article(got: dict | None, want: dict) -> dict[str, float]:
    if got is None:
        return {m: 0.0 for m in METRICS} | {"missing": 1.0}
    scores = {f: float(got.get(f) == want.get(f)) for f in EXACT_FIELDS}
    scores["body_f1"] = token_f1(whole_body(got), whole_body(want))
    scores["pair_accuracy"] = pair_accuracy(got.get("pairs") or [], want.get("pairs") or [])
    scores["related_f1"] = set_f1((r["url"] for r in got.get("related") or []),
                                  (r["url"] for r in want.get("related") or []))
    return scores


@dataclass
class Score:
    """Scores of one group of snapshots (tuned or blind)."""

    articles: int = 0
    per_field: dict[str, list[float]] = field(default_factory=lambda: {m: [] for m in METRICS})
    missing: int = 0
    extra: list[str] = field(default_factory=list)
    duplicates: list[str] = field(default_factory=list)
    failures: list[str] = field(default_factory=list)

    def add(self, url: str, scores: dict[str, float], bilingual: bool) -> None:
        self.articles += 1
        self.missing += int(scores.get("missing", 0))
        for metric in METRICS:
            if metric == "pair_accuracy" and not bilingual:
                continue
            self.per_field[metric].append(scores[metric])
            if scores[metric] < 1.0 and not scores.get("missing"):
                self.failures.append(f"{metric:<14} {scores[metric]:.2f}  {url}")

    def summary(self) -> dict[str, float]:
        return {m: round(mean(v), 4) if v else 1.0 for m, v in self.per_field.items()}


def load_truth(folder: Path) -> list[dict]:
    lines = (folder / "truth.jsonl").read_text(encoding="utf-8").splitlines()
    return [json.loads(line) for line in lines if line.strip()]


def score_snapshot(score: Score, folder: Path, items: list[dict], known_elsewhere: frozenset[str] = frozenset()) -> None:
    """``known_elsewhere``: articles of other snapshots, which may share this one's host (two
    styles modelled on one portal): not extras here."""
    truth = load_truth(folder)
    site_hosts = {t["site"] for t in truth}
    mine = [i for i in items if i.get("site") in site_hosts]
    counts = Counter(i["url"] for i in mine)
    score.duplicates += [u for u, n in counts.items() if n > 1]
    known = {t["url"] for t in truth}
    score.extra += [u for u in counts if u not in known and u not in known_elsewhere]
    by_url = {i["url"]: i for i in mine}
    for want in truth:
        score.add(want["url"], score_article(by_url.get(want["url"]), want), bool(want.get("pairs")))


def trafilatura_article(html: str, url: str) -> dict[str, Any]:
    """trafilatura's default extraction mapped onto Article fields, for comparison."""
    import trafilatura  # a dev dependency: only the evaluation compares against it

    doc = trafilatura.bare_extraction(html, url=url, with_metadata=True)
    if doc is None:
        return {}
    data = doc.as_dict() if hasattr(doc, "as_dict") else dict(doc)
    categories = data.get("categories") or []
    return {
        "url": url,
        "title": data.get("title"),
        "category": categories[0] if categories else None,
        "published": data.get("date"),
        "body_en": data.get("text"),
        "body_zh": None,
        "pairs": [],
        "related": [],
    }


def format_table(rows: list[tuple[str, dict[str, float], Score]]) -> str:
    head = f"{'extractor / styles':<26}{'articles':>9}" + "".join(f"{m:>15}" for m in METRICS) + f"{'dup':>5}{'extra':>7}"
    lines = [head, "-" * len(head)]
    for label, summary, score in rows:
        lines.append(
            f"{label:<26}{score.articles:>9}" + "".join(f"{summary[m]:>15.3f}" for m in METRICS)
            + f"{len(score.duplicates):>5}{len(score.extra):>7}"
        )
    return "\n".join(lines)


def snapshot_folders(root: Path) -> list[Path]:
    return sorted(p.parent for p in root.rglob("index.json") if (p.parent / "truth.jsonl").exists())


def group_of(folder: Path) -> str:
    """"tuned", or the blind set a style belongs to: fixtures/blind*/ hold styles that are
    scored, never tuned on, each set reported on its own (a set whose failures were looked at
    moves up to fixtures/ as tuned: fixtures/README.md)."""
    return next((part for part in folder.parts if part.startswith("blind")), "tuned")


def score_groups(items: list[dict], folders: list[Path]) -> dict[str, Score]:
    """One crawl's items scored per group of snapshots, tuned first; an article another
    snapshot lists (a shared host) is no extra."""
    truths = {f: {t["url"] for t in load_truth(f)} for f in folders}
    scores: dict[str, Score] = {}
    for label in sorted({group_of(f) for f in folders}, key=lambda g: (g != "tuned", g)):
        score = scores[label] = Score()
        for folder in (f for f in folders if group_of(f) == label):
            elsewhere = frozenset().union(*(urls for f, urls in truths.items() if f != folder))
            score_snapshot(score, folder, items, elsewhere)
    return scores


def figures_of(score: Score) -> dict[str, float]:
    """The figures ``--json`` writes and the tests' floors hold."""
    return score.summary() | {
        "articles": score.articles, "duplicates": len(score.duplicates), "extra": len(score.extra),
        "missing": score.missing,
    }
