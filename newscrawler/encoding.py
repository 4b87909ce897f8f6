"""Deciding how a Chinese portal's bytes really decode.

w3lib's order (BOM, HTTP charset, <meta>, auto-detect) is right for the web at large and wrong
for a good share of Chinese portals: GBK under a UTF-8 header, UTF-8 under a gb2312 meta after a
CMS migration, Big5 under a GB label, or no declaration at all. The label is evidence, the bytes
are proof: a strict decode that succeeds beats a label, and between two strict decodes the one
whose characters are common in that script wins.
"""

from __future__ import annotations

import codecs
import re
from functools import lru_cache

GB_FAMILY = frozenset({"gb18030", "gbk", "gb2312", "hz", "x-gbk", "cp936"})
CJK_CODECS = ("gb18030", "big5")


@lru_cache(maxsize=1)
def _common_hanzi() -> dict[str, frozenset[str]]:
    """Frequently used characters per codec, derived from the codecs themselves.

    GB2312 level 1 (rows 16-55) holds the 3,755 most used simplified characters; Big5's
    0xA440-0xC67E block holds the 5,401 most used traditional ones.
    """
    gb = set()
    for hi in range(0xB0, 0xD8):
        for lo in range(0xA1, 0xFF):
            try:
                gb.add(bytes((hi, lo)).decode("gb2312"))
            except UnicodeDecodeError:
                pass
    big5 = set()
    for hi in range(0xA4, 0xC7):
        for lo in list(range(0x40, 0x7F)) + list(range(0xA1, 0xFF)):
            try:
                big5.add(bytes((hi, lo)).decode("big5"))
            except UnicodeDecodeError:
                pass
    return {"gb18030": frozenset(gb), "big5": frozenset(big5)}


def normalise(name: str | None) -> str | None:
    if not name:
        return None
    try:
        canonical = codecs.lookup(name).name
    except LookupError:
        canonical = name.lower()
    return "gb18030" if canonical in GB_FAMILY or name.lower() in GB_FAMILY else canonical


def decodes(body: bytes, codec: str) -> bool:
    try:
        body.decode(codec)
    except (UnicodeDecodeError, LookupError):
        return False
    return True


_HAN = re.compile(r"[\u4e00-\u9fff]+")
#: Han characters enough to judge a decode (a page has thousands; the verdict is the same).
SAMPLE = 3000


def plausibility(text: str, codec: str) -> float:
    """Share of the Han characters in ``text`` that are common in ``codec``'s script."""
    han = "".join(_HAN.findall(text))[:SAMPLE]
    if not han:
        return 1.0
    common = _common_hanzi()[codec]
    return sum(c in common for c in han) / len(han)


def best_cjk_codec(body: bytes) -> tuple[str, float] | None:
    """The strict CJK decode whose characters are most plausible, with its score."""
    scored = [
        (plausibility(body.decode(codec), codec), codec)
        for codec in CJK_CODECS
        if decodes(body, codec)
    ]
    if not scored:
        return None
    score, codec = max(scored)
    return codec, score


def has_non_ascii(body: bytes) -> bool:
    return not body.isascii()
