"""dict.eudic.net (每日英语听力, 欧路词典): listening articles whose Chinese translation is, on
some pages, only in the inline ``var translate = {...}`` and drawn under each English
paragraph by script (``$('#article .chinese').length == 0``). Pages that carry their
``p.chinese`` paragraphs in the HTML are read by the generic rules.
"""

from __future__ import annotations

import json
import re
from typing import Any

from newscrawler.extract.profiles import Profile

_VAR = re.compile(r"\bvar\s+translate\s*=\s*(?=\{)")


def drawn_translation(root: Any) -> list[str]:
    """The sentences of ``translate.translation``, joined per paragraph (``order``, from 1)."""
    for script in root.iter("script"):
        match = _VAR.search(script.text or "")
        if not match:
            continue
        try:
            data, _ = json.JSONDecoder().raw_decode(script.text, match.end())
        except ValueError:
            return []
        paragraphs: dict[int, str] = {}
        for sentence in data.get("translation") or []:
            order, text = sentence.get("order"), (sentence.get("text") or "").strip()
            if isinstance(order, int) and text:
                paragraphs[order] = paragraphs.get(order, "") + text
        return [paragraphs[k] for k in sorted(paragraphs)]
    return []


PROFILE = Profile(
    name="eudic",
    sites=("eudic.net", "frdic.com"),
    translation=drawn_translation,
)
