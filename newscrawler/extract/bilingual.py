"""Pairing English paragraphs with their Chinese translations.

Two layouts reach us as a paragraph sequence: *interleaved* (en, zh, en, zh... — sibling
``<p>``s, per-paragraph wrappers and two-cell rows all read this way) and *separate blocks*
(all English, then all Chinese). Interleaved pairs are adjacent; separate blocks are aligned
with a small Gale-Church-style dynamic programme over 1-1, 2-1 and 1-2 beads. Every pair must
pass a translation check (length ratio, shared numbers); a pair that fails is left out and
counted, never emitted wrong.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass

from newscrawler.extract.content import Paragraph
from newscrawler.extract.text import cjk_count

#: Chinese characters per English character in a translation: mean and spread (log scale).
ZH_PER_EN = 0.32
LOG_SPREAD = 0.55
#: A pair whose length ratio is further than this (in spreads) from the mean is untrusted.
MAX_DEVIATION = 2.6
_NUMBER = re.compile(r"\d+(?:[.,]\d+)*")
_ZH_LATIN = re.compile(r"[A-Za-z]+|\d+")
#: Beads of the alignment: (English paragraphs, Chinese paragraphs, penalty).
BEADS = ((1, 1, 0.0), (2, 1, 2.0), (1, 2, 2.0), (1, 0, 4.0), (0, 1, 4.0))
#: Cost of a number on one side of a bead and not the other (numbers anchor the alignment).
NUMBER_MISS = 1.0


@dataclass
class Alignment:
    pairs: list[dict[str, str]]
    layout: str  # "en", "zh", "interleaved", "blocks"
    untrusted: int = 0


def _numbers(text: str) -> set[str]:
    """Numbers by their significant digits, so that units and scales translate:
    17 million and 1700万 are both "17", 2.65亿 and 265 million both "265"."""
    digits = {n.replace(",", "").replace(".", "").strip("0") for n in _NUMBER.findall(text)}
    return {d for d in digits if len(d) > 1}


def _figures(text: str) -> set[str]:
    """Numbers as written (300, 2017): what a neighbouring translation repeats verbatim."""
    return {n.replace(",", "") for n in _NUMBER.findall(text) if len(n) > 1}


def en_length(text: str) -> int:
    return len(text)


def zh_length(text: str) -> int:
    """Translation units of a Chinese paragraph: CJK characters plus Latin words and numbers."""
    return cjk_count(text) + len(_ZH_LATIN.findall(text))


def deviation_of(en_len: int, zh_len: int) -> float:
    """How many spreads a zh/en length ratio is from a translation's usual ratio."""
    return abs(math.log(max(1, zh_len) / max(1, en_len) / ZH_PER_EN)) / LOG_SPREAD


def deviation(en: str, zh: str) -> float:
    return deviation_of(en_length(en), zh_length(zh))


def trusted(en: str, zh: str) -> bool:
    if deviation(en, zh) > MAX_DEVIATION:
        return False
    en_nums, zh_nums = _numbers(en), _numbers(zh)
    # Numbers change form in translation (265 million -> 2.65亿, Wednesday -> 4月28日), so
    # only two number-rich sides with nothing in common say "not a translation".
    if len(en_nums) >= 2 and len(zh_nums) >= 2 and not en_nums & zh_nums:
        return False
    return True


def layout_of(paras: list[Paragraph]) -> str:
    langs = [p.lang for p in paras if p.lang in ("en", "zh")]
    if "zh" not in langs:
        return "en"
    if "en" not in langs:
        return "zh"
    switches = sum(1 for a, b in zip(langs, langs[1:]) if a != b)
    return "blocks" if switches <= 2 else "interleaved"


#: Runs of this many paragraphs of one language, then as many of the other, inside an
#: interleaved page are a block of their own (a table's rows in English, then in Chinese).
RUN_BLOCK = 3


def _interleaved(paras: list[Paragraph]) -> list[tuple[str, str]]:
    """Neighbours, except where a run of paragraphs in one language is followed by as many in the
    other (澳門國際機場's flight table, row by row in English and then in Chinese): those are
    aligned as two blocks."""
    runs: list[tuple[str, int, int]] = []  # (language, start, end)
    for k, p in enumerate(paras):
        if runs and runs[-1][0] == p.lang:
            runs[-1] = (p.lang, runs[-1][1], k + 1)
        else:
            runs.append((p.lang, k, k + 1))
    for (lang_a, a0, a1), (lang_b, b0, b1) in zip(runs, runs[1:]):
        if {lang_a, lang_b} == {"en", "zh"} and min(a1 - a0, b1 - b0) >= RUN_BLOCK and abs((a1 - a0) - (b1 - b0)) <= 1:
            first, second = [p.text for p in paras[a0:a1]], [p.text for p in paras[b0:b1]]
            en, zh = (first, second) if lang_a == "en" else (second, first)
            return _interleaved(paras[:a0]) + _blocks(en, zh) + _interleaved(paras[b1:])
    return _neighbour_pairs(paras)


def _neighbour_pairs(paras: list[Paragraph]) -> list[tuple[str, str]]:
    """Neighbours: each paragraph of the leading language with the one after it (English then
    Chinese, or Chinese then English as some pages set them). An English paragraph set apart
    before its neighbour joins it when it carries numbers only the Chinese paragraph has (two
    English sentences under one Chinese paragraph, as 环球网 sets them), or when the Chinese
    paragraph has the length of the two."""
    # Which language leads: the order that pairs more paragraphs as translations (an editor's
    # note in Chinese may open an English-first page).
    by_order = {lead: _neighbours(paras, lead) for lead in ("en", "zh")}
    # (on a tie, the order whose pairs share more numbers: a blog's English introduction before
    # Chinese-then-English paragraphs, Chinese Moment's "2月4日，为期40天的2015年春运…" under "…February 4…")
    score = {lead: (sum(trusted(e, z) for e, z in c), sum(bool(_numbers(e) & _numbers(z)) for e, z in c)) for lead, c in by_order.items()}
    return by_order["zh" if score["zh"] > score["en"] else "en"]


def _neighbours(paras: list[Paragraph], lead: str) -> list[tuple[str, str]]:
    follow = "zh" if lead == "en" else "en"
    candidates = []
    for k, (first, second) in enumerate(zip(paras, paras[1:])):
        if first.lang == lead and second.lang == follow:
            en, zh = (first, second) if lead == "en" else (second, first)
            en_text = en.text
            before = paras[k - 1] if k > 0 else None
            if lead == "en" and before is not None and before.lang == "en" and (k < 2 or paras[k - 2].lang != "en"):
                unexplained = _figures(zh.text) - _figures(en.text)
                if unexplained & _figures(before.text) or _translates_both(before.text, en.text, zh.text) or (
                    k >= 2 and paras[k - 2].lang == "zh" and deviation(f"{before.text} {en.text}", zh.text) < deviation(en_text, zh.text)
                ):  # (or an English paragraph that would pair with nothing, closer joined: 广东外办's "He said…" and "He added…" over
                    # "他表示，…，并愿为…"; not merely near, as an untranslated line may be: 聖公會's "The walk began with a short prayer…")
                    en_text = f"{before.text} {en.text}"
            zh_text = zh.text
            if lead == "zh" and before is not None and before.lang == "zh" and (k < 2 or paras[k - 2].lang != "zh") \
                    and _translated_by_both(en_text, zh.text, before.text):
                zh_text = f"{before.text}{zh.text}"  # (Chinese first: two Chinese paragraphs over one English)
            after = paras[k + 2] if k + 2 < len(paras) else None
            if after is not None and after.lang == follow and (k + 3 >= len(paras) or paras[k + 3].lang != follow):
                if lead == "en" and _translated_by_both(en_text, zh.text, after.text):
                    zh_text = f"{zh.text}{after.text}"  # one English paragraph, two Chinese ones under it
                elif lead == "zh" and _translates_both(after.text, en_text, zh.text):
                    en_text = f"{en_text} {after.text}"  # (Chinese first: one Chinese paragraph, two English under it)
            candidates.append((en_text, zh_text))
    return candidates


#: A pair this many spreads off its ratio is all but untrusted: length alone may then join a neighbour
#: (a lesser gap needs the sentences to agree too: 大纪元's untranslated "除了健康，农业也受到天气的影响。", and
#: 澳門輕軌's "是次開通屬…" under a translation 1.0 spreads short).
FAR_OFF = 1.25


_SENTENCE_STOP = re.compile(r"[.!?][\"”’)]?(?=\s|$)")
#: A full stop that shortens a word, not one that ends a sentence (HKO's "Signal, No. 3, from…").
_ABBREVIATION = re.compile(r"(?:^|[\s(])(?:No|Nos|Mr|Mrs|Ms|Dr|St|Prof|Jr|Sr|vs|Inc|Ltd|Co|Gen|Gov|Sen|Rep|Mt|Fig|Vol|(?:[A-Z]\.)*[A-Z])\.$")


def _sentences_en(text: str) -> int:
    return max(1, sum(1 for m in _SENTENCE_STOP.finditer(text) if not _ABBREVIATION.search(text, 0, m.start() + 1)))


def _sentences_zh(text: str) -> int:
    return max(1, len(re.findall(r"[。！？；]", text)))


def _translates_both(before: str, en: str, zh: str) -> bool:
    """A Chinese paragraph too long for the English one above it and of the right length for
    both English paragraphs set before it (考试大's "In Shanghai…" and "In Chengdu…" over
    "在上海…；在成都…"), or as many sentences as the two (大紀元's two English sentences over
    "學生跟著老師插秧時…。英文老師陳美玲…。"): one translation of the two, not a pair with a stray English line."""
    return _one_translation(deviation(en, zh), deviation(f"{before} {en}", zh),
                            _sentences_zh(zh), _sentences_en(before), _sentences_en(en))


def _translated_by_both(en: str, zh: str, after: str) -> bool:
    """One English paragraph that the two Chinese ones under it translate together (大紀元's
    "The team hopes…" over "團隊希望日後能降低成本。" and "他們計畫今年春天…"), told as above."""
    return _one_translation(deviation(en, zh), deviation(en, zh + after),
                            _sentences_en(en), _sentences_zh(after), _sentences_zh(zh))


def _one_translation(alone: float, both: float, whole: int, extra: int, near: int) -> bool:
    """Whether a paragraph (``whole`` sentences) translates its neighbour (``near`` sentences)
    together with the one beside it (``extra``): far off alone and twice as close joined (HKIAC's
    "…which together accounted for more than 60%…" over "…建造工程案件。" and "三者合共佔…逾六成。",
    1.4 spreads off alone), or closer (or within a spread) joined and as many sentences as the two;
    a spread off alone and all but exact joined is one too (a long English sentence its translator
    split in two, 常国华's 多年来…。直到…。)."""
    if (alone > FAR_OFF and both < alone / 2) or (alone > 1 and both < alone / 4):
        return True
    # (as many sentences as the two, and joined within a spread: 传送门's Chinese paragraph of two
    # sentences over its two English ones, each English sentence its own grey paragraph)
    return (both < alone or both < 1) and whole == extra + near > near


def _blocks(en: list[str], zh: list[str]) -> list[tuple[str, str]]:
    """Align two paragraph lists; returns the 1-1, 2-1 and 1-2 beads in order.

    Lengths are measured once (prefix sums give any bead's length; the joining space of a
    2-1 bead is below the model's resolution), and only cells near the diagonal are filled:
    a translation does not drift further than the two lists' difference plus a few beads.
    """
    inf = float("inf")
    n, m = len(en), len(zh)
    en_nums, zh_nums = [_numbers(t) for t in en], [_numbers(t) for t in zh]
    en_sum, zh_sum = [0], [0]
    for text in en:
        en_sum.append(en_sum[-1] + en_length(text))
    for text in zh:
        zh_sum.append(zh_sum[-1] + zh_length(text))
    band = abs(n - m) + 3
    cost = [[inf] * (m + 1) for _ in range(n + 1)]
    back: list[list[tuple[int, int] | None]] = [[None] * (m + 1) for _ in range(n + 1)]
    cost[0][0] = 0.0
    for i in range(n + 1):
        row = cost[i]
        centre = i * m / max(1, n)
        for j in range(max(0, int(centre) - band), min(m, int(centre) + band) + 1):
            here = row[j]
            if here == inf:
                continue
            for di, dj, penalty in BEADS:
                a, b = i + di, j + dj
                if a > n or b > m:
                    continue
                c = here + penalty
                if di and dj:
                    c += deviation_of(en_sum[a] - en_sum[i], zh_sum[b] - zh_sum[j]) ** 2
                    # numbers anchor: a bead must not swallow an untranslated paragraph's numbers
                    c += NUMBER_MISS * len(set().union(*en_nums[i:a]) ^ set().union(*zh_nums[j:b]))
                if c < cost[a][b]:
                    cost[a][b] = c
                    back[a][b] = (i, j)
    out: list[tuple[str, str]] = []
    i, j = n, m
    while (i, j) != (0, 0):
        prev = back[i][j]
        assert prev is not None
        pi, pj = prev
        if i > pi and j > pj:
            out.append((" ".join(en[pi:i]), "".join(zh[pj:j])))
        i, j = pi, pj
    return out[::-1]


def align_blocks(en: list[str], zh: list[str]) -> Alignment:
    """Two separate blocks aligned as wholes: also an article's pages taken together, when its
    pages cut the English and the Chinese blocks in different places."""
    candidates = _blocks(en, zh)
    pairs = [{"en": e, "zh": z} for e, z in candidates if trusted(e, z)]
    return Alignment(pairs=pairs, layout="blocks", untrusted=len(candidates) - len(pairs))


#: A Chinese sentence in full-width brackets after the English one it translates.
_BRACKETED_ZH = re.compile(r"（(?P<zh>[^（）]*[\u4e00-\u9fff][^（）]*)）")
_SENTENCE_END = re.compile(r"[.!?][\"”’)]?\s*$")


def unbracketed(paras: list[Paragraph]) -> list[Paragraph]:
    """Paragraphs that give each English sentence its Chinese in brackets after it (查字典英语网's
    "The city opened a park. （该市新开了一座公园。） …") as an English paragraph and a Chinese one.
    Only where every bracket closes a sentence (or the line) and the Chinese has a translation's
    length: a gloss ("the Spring Festival （春节）") stays in its English sentence."""
    out: list[Paragraph] = []
    for p in paras:
        groups = list(_BRACKETED_ZH.finditer(p.text))
        if not groups:
            out += _split_inline(p)
            continue
        en_parts, zh_parts, start = [], [], 0
        for m in groups:
            before = p.text[start:m.start()]
            en_parts.append(before.strip())
            zh_parts.append(m["zh"].strip())
            start = m.end()
        tail = p.text[start:].strip()
        # every bracket after a sentence of its own, the last one closing the line (or a heading: "More seats and shade （更多座椅和树荫）")
        closes = not tail and all(en_parts) and all(_SENTENCE_END.search(part) for part in en_parts[:-1]) \
            and (len(groups) == 1 or bool(_SENTENCE_END.search(en_parts[-1])))
        en_text = " ".join(en_parts)
        out += _as_two(p, en_text, "".join(zh_parts)) if closes and cjk_count(en_text) == 0 else [p]
    if len(out) > len(paras):  # a page of inline pairs: its crossheads pair the same way ("How they work 工作原理")
        out = [q for p in out for q in (_heading_pair(p) if p.lang != "en" else [p])]
    return [q for p in out for q in _by_language_marks(p)]


def _by_language_marks(p: Paragraph) -> list[Paragraph]:
    """A line whose parts are marked by language (板球總會's crosshead ``<h3><span lang="en">Squad
    selection</span> <span lang="zh-HK">隊伍名單</span></h3>``) as its English line and its Chinese one."""
    parts = [c for c in p.element if isinstance(c.tag, str)]
    langs = [(c.get("lang") or "").lower()[:2] for c in parts]
    if len(parts) != 2 or sorted(langs) != ["en", "zh"] or (p.element.text or "").strip():
        return [p]
    texts = {lang: " ".join(c.text_content().split()) for lang, c in zip(langs, parts)}
    if not texts["en"] or not texts["zh"] or f"{texts[langs[0]]} {texts[langs[1]]}".replace(" ", "") != p.text.replace(" ", ""):
        return [p]
    return _split_in_two(p, texts["en"], texts["zh"])


#: A crosshead in both languages on one line, English first, no sentence in it.
_HEADING_PAIR = re.compile(r"(?P<en>[A-Za-z][A-Za-z0-9'’,:& -]*[A-Za-z0-9])\s*(?P<zh>[\u4e00-\u9fff][\u4e00-\u9fff0-9，、：]{1,19})")


def _heading_pair(p: Paragraph) -> list[Paragraph]:
    """A two-language crosshead as its English line and its Chinese one."""
    if (m := _HEADING_PAIR.fullmatch(p.text)) and " " in m["en"]:
        return _split_in_two(p, m["en"], m["zh"])
    return [p]


def _as_two(p: Paragraph, en: str | None, zh: str | None) -> list[Paragraph]:
    """``p`` as its English paragraph and its Chinese one, when the two have a translation's length; else ``p``."""
    if en and zh and trusted(en, zh) and deviation(en, zh) <= 2:
        return _split_in_two(p, en, zh)
    return [p]


def _split_in_two(p: Paragraph, en: str, zh: str) -> list[Paragraph]:
    """``p``'s English and Chinese as two paragraphs of its element."""
    return [Paragraph(text=en, lang="en", element=p.element), Paragraph(text=zh, lang="zh", element=p.element)]


_TIME_CODE = re.compile(r"^\s*\d{1,2}:\d{2}(?::\d{2})?(?:[.,]\d{1,3})?\s*$")
_CUE_ATTRIBUTES = ("data-start", "data-time", "data-begin", "data-timestamp")


def _cue_of(p: Paragraph):
    """The timed cue a line stands in: its parent carries a time code, as an attribute or as a
    child's whole text (新浪公开课's ``div.cue[data-start] > span.time + p.en + p.cn``)."""
    cue = p.element.getparent()
    if cue is None:
        return None
    if any(cue.get(name) for name in _CUE_ATTRIBUTES):
        return cue
    if any(isinstance(c.tag, str) and c is not p.element and len(c) == 0 and _TIME_CODE.match(c.text or "") for c in cue):
        return cue
    return None


def joined_cues(paras: list[Paragraph]) -> list[Paragraph]:
    """A subtitled talk's lines as the paragraphs its page groups them in: the timed cues of one
    box (div.para > div.cue…) make one English paragraph and one Chinese one, as a reader sees them."""
    cues = [_cue_of(p) for p in paras]
    groups = [c.getparent() if c is not None else None for c in cues]
    if sum(c is not None for c in cues) < 4 or len({g for g in groups if g is not None}) < 2:
        return paras
    out: list[Paragraph] = []
    i = 0
    while i < len(paras):
        group = groups[i]
        j = i
        while j < len(paras) and group is not None and groups[j] is group:
            j += 1
        if j - i < 2:
            out.append(paras[i])
            i += 1
            continue
        lines = paras[i:j]
        for lang, glue in (("en", " "), ("zh", "")):
            texts = [p.text for p in lines if p.lang == lang]
            if texts:
                out.append(Paragraph(text=glue.join(texts), lang=lang, element=group))
        out += [p for p in lines if p.lang not in ("en", "zh")]
        i = j
    return out


#: An English paragraph and its Chinese one in the same <p> across a spaced slash or bar
#: (Para Site's "Admission is free. / 免費入場。").
_SLASHED_PAIR = re.compile(r"(?P<en>[^\u4e00-\u9fff]+?)\s+[/｜|]\s+(?P<zh>.*[\u4e00-\u9fff].*)")
#: A sentence and what closes it, in either language.
_SENTENCE_UNIT = re.compile(r"[^。！？.!?]+(?:[。！？]+|[.!?]+(?=\s|$|[\u4e00-\u9fff]))[\"”’」）)]*\s*")


def _split_inline(p: Paragraph) -> list[Paragraph]:
    """A paragraph holding both languages with no brackets: across a spaced slash, or sentence by
    sentence ("The city opened a new park. 这座城市新开了一座公园。 It has a lake. 公园里有一个湖。",
    瑞文网's lessons): its English and its Chinese, when the two have a translation's length."""
    text = p.text
    if cjk_count(text) == 0 or not re.search(r"[A-Za-z]{3}", text):
        return [p]
    en = zh = None
    if (m := _SLASHED_PAIR.fullmatch(text)) and _mostly_chinese(m["zh"]):
        en, zh = m["en"].strip(), m["zh"].strip()
    else:
        units = _SENTENCE_UNIT.findall(text)
        if "".join(units).strip() == text.strip() and len(units) >= 2:
            langs = ["en" if cjk_count(u) == 0 else "zh" if _mostly_chinese(u) else "?" for u in units]
            switches = sum(a != b for a, b in zip(langs, langs[1:]))
            # sentence by sentence, or the English sentences and then their Chinese
            if "?" not in langs and (switches >= 3 or (switches == 1 and langs[0] == "en")):
                en = " ".join(u.strip() for u, lang in zip(units, langs) if lang == "en")
                zh = "".join(u.strip() for u, lang in zip(units, langs) if lang == "zh")
    return _as_two(p, en, zh)


def _mostly_chinese(text: str) -> bool:
    """Chinese text, English names and numbers in it aside."""
    return cjk_count(text) >= 2 and cjk_count(text) * 4 >= len(re.sub(r"\s", "", text))


def align(paras: list[Paragraph]) -> Alignment:
    layout = layout_of(paras)
    if layout in ("en", "zh"):
        return Alignment(pairs=[], layout=layout)
    if layout == "interleaved":
        candidates = _interleaved(paras)
    else:
        return align_blocks([p.text for p in paras if p.lang == "en"], [p.text for p in paras if p.lang == "zh"])
    pairs = [{"en": en, "zh": zh} for en, zh in candidates if trusted(en, zh)]
    return Alignment(pairs=pairs, layout=layout, untrusted=len(candidates) - len(pairs))
