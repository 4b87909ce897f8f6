"""Schema.org JSON-LD: the structured facts a page states about itself (date, section, author)."""

from __future__ import annotations

import json
from functools import lru_cache
from typing import Any, Iterator

from lxml import etree
from w3lib.html import remove_tags, replace_entities


@lru_cache(maxsize=64)
def _parsed(code: str) -> Any:
    """A script's JSON, parsed once: a page's fields ask for it up to five times (read only)."""
    try:
        return json.loads(code)
    except ValueError:
        return None


def objects(root: etree._Element) -> Iterator[dict[str, Any]]:
    """Every JSON object in the page's ``application/ld+json`` scripts, nested ones included
    (``@graph`` lists, ``author`` objects). A script that is not valid JSON is skipped."""
    for script in root.iter("script"):
        if (script.get("type") or "").lower() != "application/ld+json" or not script.text:
            continue
        data = _parsed(script.text)
        if data is None:
            continue
        stack = [data]
        while stack:
            node = stack.pop(0)
            if isinstance(node, dict):
                yield node
                stack.extend(node.values())
            elif isinstance(node, list):
                stack.extend(node)


_ORGANISATIONS = frozenset({"Organization", "NewsMediaOrganization", "Corporation"})


def text(root: etree._Element, key: str) -> str | None:
    """The first non-empty value of ``key``: a string, the first of a list of strings, or the
    ``name`` of an object (``"author": {"@type": "Person", "name": ...}``); an author that is an
    Organization (DW's "Deutsche Welle") is the publisher, not a writer."""
    for node in objects(root):
        value = node.get(key)
        if isinstance(value, list):
            value = value[0] if value else None
        if isinstance(value, dict):
            if key == "author" and value.get("@type") in _ORGANISATIONS:
                continue
            value = value.get("name")
        if isinstance(value, str) and value.strip():
            # (udn's author "<a href=…>林宜萱</a>": markup pasted into the value)
            return replace_entities(remove_tags(value)).strip() if "<" in value else value.strip()
    return None
