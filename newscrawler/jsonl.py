"""One JSON Lines record, safe for every strict reader.

``json.dumps`` alone writes NaN/Infinity (not RFC 8259 JSON) and leaves U+2028, U+2029 and
U+0085 raw, which ``str.splitlines()`` readers split into several records. We write UTF-8 with
Chinese readable, non-finite numbers as null, and those separators and C0/C1 controls escaped.
"""

from __future__ import annotations

import json
import math
import re
from typing import Any

_LINE_BREAKERS = re.compile("[\u2028\u2029\u0085\u0080-\u009f]")


def _finite(value: Any) -> Any:
    if isinstance(value, float) and not math.isfinite(value):
        return None
    if isinstance(value, dict):
        return {k: _finite(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [_finite(v) for v in value]
    return value


def dumps_line(record: dict[str, Any]) -> str:
    """Serialise one record as a single line (with the trailing newline)."""
    try:
        text = json.dumps(record, ensure_ascii=False, allow_nan=False, default=str)
    except ValueError:  # NaN/Infinity somewhere: only then pay for the walk
        text = json.dumps(_finite(record), ensure_ascii=False, allow_nan=False, default=str)
    # json.dumps already escapes U+0000-U+001F; escape the separators it leaves raw.
    text = _LINE_BREAKERS.sub(lambda m: f"\\u{ord(m.group()):04x}", text)
    return text + "\n"
