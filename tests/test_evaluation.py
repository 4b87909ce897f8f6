"""The extraction scores on every fixture may not drop below the last recorded floor.

After a deliberate improvement, record new floors with
``scrapy evaluate --no-trafilatura --record-floors tests/evaluation_floors.json`` and commit
them with the change (like trafilatura's evaluation gate).
"""

from __future__ import annotations

import json

import pytest

from newscrawler.evaluation import figures_of, pair_accuracy, score_groups, set_f1, token_f1
from tests.conftest import ROOT
from tests.golden import tuned_snapshots

FLOORS = json.loads((ROOT / "tests/evaluation_floors.json").read_text(encoding="utf-8"))
LOWER_IS_BETTER = {"duplicates", "extra", "missing"}


@pytest.fixture(scope="module")
def figures(tuned_crawl):
    """The tuned snapshots scored on the shared tuned crawl, as ``scrapy evaluate`` scores them."""
    return {f"newscrawler/{label}": figures_of(score)
            for label, score in score_groups(tuned_crawl, tuned_snapshots()).items()}


@pytest.mark.parametrize("group, metric", [(g, m) for g, fs in FLOORS.items() for m in fs])
def test_score_holds_its_floor(figures, group, metric):
    got, floor = figures[group][metric], FLOORS[group][metric]
    if metric in LOWER_IS_BETTER:
        assert got <= floor, f"{group} {metric}: {got} > {floor}"
    else:
        assert got >= floor, f"{group} {metric}: {got} < floor {floor}"


def test_token_f1_counts_each_cjk_character():
    assert token_f1("中国 news", "中国 news") == 1.0
    assert token_f1("中国", "中文") == pytest.approx(0.5)
    assert token_f1("", "x") == 0.0


def test_pair_accuracy_and_set_f1():
    a, b = {"en": "A", "zh": "甲"}, {"en": "B", "zh": "乙"}
    assert pair_accuracy([a], [a, b]) == 0.5 and pair_accuracy([], []) == 1.0
    assert set_f1(["u1", "u2"], ["u1"]) == pytest.approx(2 / 3)


def test_an_article_of_another_snapshot_on_the_same_host_is_no_extra(tmp_path):
    from newscrawler.evaluation import Score, score_snapshot
    (tmp_path / "truth.jsonl").write_text(json.dumps({"url": "https://a.example/1.html", "site": "a.example"}) + "\n")
    items = [{"url": "https://a.example/1.html", "site": "a.example"}, {"url": "https://a.example/2.html", "site": "a.example"}]
    alone, beside = Score(), Score()
    score_snapshot(alone, tmp_path, items)
    score_snapshot(beside, tmp_path, items, frozenset({"https://a.example/2.html"}))
    assert alone.extra == ["https://a.example/2.html"] and beside.extra == []


def test_the_evaluate_command_prints_the_table_and_writes_the_figures(tmp_path):
    import subprocess
    import sys

    out = tmp_path / "figures.json"
    proc = subprocess.run([sys.executable, "-m", "scrapy", "evaluate", "--fixtures", "fixtures/hxen", "--no-trafilatura",
                           "--json", str(out)], cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0, proc.stderr[-2000:]
    assert "newscrawler / tuned" in proc.stdout
    figures = json.loads(out.read_text(encoding="utf-8"))["newscrawler/tuned"]
    truth = (ROOT / "fixtures/hxen/truth.jsonl").read_text(encoding="utf-8").splitlines()
    assert figures["articles"] == len(truth) and figures["title"] == 1.0 and figures["extra"] == 0


def test_the_evaluate_command_scores_trafilatura_beside_us(tmp_path):
    # The baseline is what the README's figures are measured against: a dev install that
    # cannot import it (lxml.html.clean split out of lxml) must fail here, not print a note.
    import subprocess
    import sys

    out = tmp_path / "figures.json"
    proc = subprocess.run([sys.executable, "-m", "scrapy", "evaluate", "--fixtures", "fixtures/hxen",
                           "--json", str(out)], cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0, proc.stderr[-2000:]
    figures = json.loads(out.read_text(encoding="utf-8"))
    assert figures["trafilatura/tuned"]["articles"] == figures["newscrawler/tuned"]["articles"] > 0
