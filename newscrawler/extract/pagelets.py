"""Page parts a script writes in: Weibo's ``FM.view({..., "html": "<div>…</div>"})`` pagelets
(BigPipe-style: the server sends each part of the page as an escaped HTML string inside a
script call). Read in place, they are the page as a reader sees it."""

from __future__ import annotations

import json

from lxml import etree, html

#: A script that hands a pagelet to the page: ``FM.view(`` (Weibo), ``BigPipe.onPageletArrive(``.
_CALLS = ("FM.view(", "onPageletArrive(")


def inline_pagelets(root: etree._Element) -> int:
    """Replace each pagelet script with the HTML it carries; returns how many were read."""
    count = 0
    for script in list(root.iter("script")):
        text = (script.text or "").strip()
        if '"html"' not in text or not text.startswith(_CALLS):
            continue
        start, end = text.find("{"), text.rfind("}")
        try:
            markup = json.loads(text[start:end + 1]).get("html")
        except (ValueError, AttributeError):
            continue  # not a JSON argument: leave the script alone
        if not isinstance(markup, str) or "<" not in markup:
            continue
        box = etree.Element("div", {"data-pagelet": "1"})
        for part in html.fragments_fromstring(markup):
            if isinstance(part, str):
                box.text = (box.text or "") + part
            else:
                box.append(part)
        box.tail = script.tail
        script.getparent().replace(script, box)
        count += 1
    return count
