import json

from newscrawler.jsonl import dumps_line


def test_one_line_for_hostile_text_and_strict_json():
    line = dumps_line({"body": "a\u2028b\u2029c\x85d\x1ce\nf", "n": float("nan"), "zh": "中文"})
    assert line.endswith("\n") and len(line.splitlines()) == 1
    record = json.loads(line, parse_constant=lambda c: (_ for _ in ()).throw(ValueError(c)))
    assert record["body"] == "a\u2028b\u2029c\x85d\x1ce\nf"
    assert record["n"] is None


def test_chinese_stays_readable():
    assert "中文" in dumps_line({"zh": "中文"})
