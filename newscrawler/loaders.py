"""ArticleLoader: turns the extractor's raw values, page by page, into one Article.

A multi-page article is loaded by adding each page's values in order: text fields keep the
first page's value, bodies and pairs accumulate, related links are deduplicated by URL.
"""

from __future__ import annotations

import hashlib
from datetime import datetime, timezone
from typing import Any, Iterable

from itemloaders.processors import Compose, Identity, Join, MapCompose, TakeFirst
from scrapy.loader import ItemLoader

from newscrawler.extract.bilingual import align_blocks
from newscrawler.extract.text import normalise_space
from newscrawler.items import Article


def clean_text(value: str | None) -> str | None:
    return normalise_space(value) or None if isinstance(value, str) else value


def unique_links(links: Iterable[dict]) -> list[dict]:
    seen: set[str] = set()
    out = []
    for link in links:
        if link["url"] not in seen:
            seen.add(link["url"])
            out.append(link)
    return out


def or_none(value: str) -> str | None:
    return value or None


def fingerprint(title: str | None, body_en: str | None, body_zh: str | None) -> str:
    """Content hash: the same text under two URLs is the same article."""
    text = "\x1f".join(normalise_space(v or "").lower() for v in (title, body_en, body_zh))
    return hashlib.sha1(text.encode("utf-8")).hexdigest()


def language_of_bodies(body_en: str | None, body_zh: str | None) -> str:
    if body_en and body_zh:
        return "en-zh"
    return "zh" if body_zh else "en"


class ArticleLoader(ItemLoader):
    default_item_class = Article
    default_input_processor = MapCompose(clean_text)
    default_output_processor = TakeFirst()

    body_en_in = MapCompose(clean_text)
    body_en_out = Compose(Join("\n\n"), or_none)
    body_zh_in = MapCompose(clean_text)
    body_zh_out = Compose(Join("\n\n"), or_none)
    pairs_in = Identity()
    pairs_out = Identity()
    related_in = Identity()
    related_out = Compose(unique_links)
    pages_in = Identity()


def load_article(pages: list[dict[str, Any]]) -> Article:
    """One Article from the extracted fields of its pages, in page order."""
    loader = ArticleLoader()
    for fields in pages:
        for name in ("url", "site", "title", "title_zh", "category", "published", "author", "source"):
            loader.add_value(name, fields.get(name))
        loader.add_value("body_en", fields.get("paragraphs_en", []))
        loader.add_value("body_zh", fields.get("paragraphs_zh", []))
        loader.add_value("pairs", fields.get("pairs", []))
        loader.add_value("related", fields.get("related", []))
    loaded = loader.load_item()
    # Declared field order, every field present (null or [] when the page had nothing).
    item = Article({
        name: loaded.get(name, [] if meta.get("kind") == "list" else None)
        for name, meta in Article.fields.items()
    })
    if len(pages) > 1 and item["body_en"] and item["body_zh"]:
        # Pages that cut the English and Chinese blocks in different places (Xinhua: English
        # 1-4 on page 1, English 5-6 and all the Chinese on page 2) pair up only as a whole.
        en, zh = item["body_en"].split("\n\n"), item["body_zh"].split("\n\n")
        whole = align_blocks(en, zh).pairs
        if len(whole) > len(item["pairs"] or []):
            item["pairs"] = whole
    item["pages"] = len(pages)
    item["language"] = language_of_bodies(item["body_en"], item["body_zh"])
    item["fingerprint"] = fingerprint(item["title"], item["body_en"], item["body_zh"])
    item["crawled_at"] = datetime.now(timezone.utc).isoformat(timespec="seconds")
    return item
