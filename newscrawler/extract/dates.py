"""Publication dates: structured metadata first, then the page's own date line, then the URL.

Located with a few patterns, parsed by the standard library where the form is numeric and
unambiguous, and by dateparser (Chinese and English month names, relative forms) otherwise.
Output is ISO 8601: a date, or a datetime with offset when the page gives a time.
"""

from __future__ import annotations

import re
from datetime import date, datetime, timedelta, timezone
from email.utils import parsedate_to_datetime
from zoneinfo import ZoneInfo
from lxml import etree

from newscrawler.extract.hanzi import zh_re
from newscrawler.extract import jsonld

META_NAMES = (
    "article:published_time", "og:article:published_time", "og:published_time",
    "pubdate", "publishdate", "publish-date", "publish_date", "publishtime", "pubtime",
    "datepublished", "dc.date", "dc.date.issued", "dcterms.created", "sailthru.date",
    "parsely-pub-date", "article.published", "date",
    "bytedance:published_time",  # (the tag Chinese sites write for ByteDance's search: 英语站)
)
_NUMERIC = zh_re(
    r"(?<!\d)(?P<y>(?:19|20)\d{2})\s*(?:[-/.]|年)\s*(?P<m>\d{1,2})\s*(?:[-/.]|月)\s*(?P<d>\d{1,2})"
    # 日 ends the day even when the time follows at once: 2019年06月18日10:33
    # a zone's name between date and time: RTHK's "2024-05-20 HKT 15:30"
    r"(?:\s*日|(?!\d))(?:\s*(?:星期|周|週|礼拜)[一二三四五六日天])?(?:(?:[\sT]*|\s*/\s*)(?:(?:HKT|SGT|JST|KST)\s+)?(?P<zhap>上午|下午|中午|晚上|早上|凌晨)?\s*(?P<H>\d{1,2})[:：](?P<M>\d{2})(?:[:：](?P<S>\d{2}))?(?:\s*(?P<ap>[AaPp])\.?\s?[Mm](?![A-Za-z]))?)?"
)
#: A Minguo (ROC) year, 1911 behind: "民國113年5月14日", or on a short info line "113-05-14".
_ROC = zh_re(r"(?P<era>民国\s*)?(?<![\d.])(?P<y>(?(era)\d{2,3}|1[0-3]\d))\s*(?:[-/.]|年)\s*(?:0?[1-9]|1[0-2])\s*(?:[-/.]|月)\s*(?:0?[1-9]|[12]\d|3[01])(?!\d)")
_MONTHS = "Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec"
_EN_WEEKDAY = r",?\s+(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*\.?"  # between the day and the year (PIXNET's "Feb 27 Tue 2024 20:30")
_ENGLISH = re.compile(
    r"(?:(?<![\d:])(?P<H0>\d{1,2}):(?P<M0>\d{2})\s*(?P<ap0>[AaPp])?\.?\s?[Mm]?\.?,?\s+)?"  # the time first: HKFP's "16:45, 18 May 2024"
    rf"\b(?P<text>(?:{_MONTHS})[a-z]*\.?\s+\d{{1,2}}(?:st|nd|rd|th)?(?:{_EN_WEEKDAY})?(?:,?\s+(?:19|20)\d{{2}})?"
    rf"|\d{{1,2}}\s+(?:{_MONTHS})[a-z]*\.?,?\s+(?:19|20)\d{{2}})\b"
    # the time after it: "May 20, 2024 09:41 PM", "June 3, 2024, 10:12 a.m."
    r"(?:,?\s+(?:at\s+)?(?P<H>\d{1,2}):(?P<M>\d{2})(?::(?P<S>\d{2}))?(?:\s*(?P<ap>[AaPp])\.?\s?[Mm]\b\.?)?)?"
)
#: A day first, dotted (Sputnik's "15:30 15.03.2024", the time before or after it); never a slashed
#: 03/04/2024, whose order a page does not say.
_DAY_DOTTED = re.compile(
    r"(?:(?<![\d:.])(?P<H0>\d{1,2}):(?P<M0>\d{2})\s+)?(?<![\d.])(?P<d>\d{1,2})\.(?P<m>\d{1,2})\.(?P<y>(?:19|20)\d{2})(?![\d.])"
    r"(?:,?\s+(?P<H>\d{1,2}):(?P<M>\d{2}))?"
)
#: A day and a month slashed before the year (力報's "16/11/2024"): read only where one of them must be the day.
_SLASHED = re.compile(r"(?<![\d/])(?P<a>\d{1,2})/(?P<b>\d{1,2})/(?P<y>(?:19|20)\d{2})(?![\d/])"
                      r"(?:\s*[-–,]?\s*(?P<H>\d{1,2}):(?P<M>\d{2})(?::(?P<S>\d{2}))?(?!\d))?")  # (經濟通's "14/05/2025 17:12")
#: WordPress in its Chinese locale: "一月 12, 2021" (the month's name, the day, a comma, the year: 星暹日报).
_ZH_MONTH_NAME = re.compile(r"(?<![\u4e00-\u9fff])(?P<m>十[一二]?|[一二三四五六七八九])月\s*(?P<d>\d{1,2}),\s*(?P<y>(?:19|20)\d{2})(?!\d)")
_ZH_MONTHS = {name: i for i, name in enumerate("一 二 三 四 五 六 七 八 九 十 十一 十二".split(), 1)}
_URL_DATE = re.compile(
    r"/(?P<y>(?:19|20)\d{2})[-_/]?(?P<m>[01]\d)[-_/]?(?P<d>[0-3]\d)(?=[/_.-]|\d*\.s?html?)"
)


def parse_tz(offset: str) -> timezone:
    sign = -1 if offset.startswith("-") else 1
    hours, _, minutes = offset.lstrip("+-").partition(":")
    return timezone(sign * timedelta(hours=int(hours), minutes=int(minutes or 0)))


#: A zone named beside the time: 日经中文网's "2024/05/19 10:00（东京时间）", "06:12 PM GMT+8".
_ZONES = (
    (zh_re(r"东京时间|日本时间|\bJST\b"), "+09:00"),
    (zh_re(r"北京时间|香港时间|台北时间|新加坡时间|\b(?:HKT|SGT)\b"), "+08:00"),
    (zh_re(r"格林尼治时间|\b(?:GMT|UTC)\b"), "+00:00"),
)
_GMT_OFFSET = re.compile(r"\b(?:GMT|UTC)\s*(?P<sign>[+-])\s*(?P<h>\d{1,2})(?::?(?P<m>\d{2}))?")


#: Country-code domains whose one zone has no summer time: a Japanese or Korean site's times are
#: +09:00, a Chinese-speaking one's +08:00 (the default) unless a profile says otherwise.
_ZONE_OF_TLD = {"jp": "+09:00", "kr": "+09:00", "th": "+07:00", "vn": "+07:00", "id": "+07:00",
                "cn": "+08:00", "hk": "+08:00", "mo": "+08:00", "tw": "+08:00", "sg": "+08:00", "my": "+08:00", "ph": "+08:00"}


def zone_of_host(host: str) -> timezone | None:
    return parse_tz(_ZONE_OF_TLD[tld]) if (tld := host.rsplit(".", 1)[-1].lower()) in _ZONE_OF_TLD else None


def _gmt_zone(m: re.Match[str]) -> timezone:
    """The zone a "GMT+8" / "UTC-05:30" match names."""
    return parse_tz(f"{m['sign']}{int(m['h']):02d}:{m['m'] or '00'}")


def zone_named(text: str) -> timezone | ZoneInfo | None:
    """The time zone a line names beside its time, if it names one: a city's time keeps its
    summer time (悉尼时间 is +11:00 on 3 April 2013, +10:00 a month on)."""
    if m := _GMT_OFFSET.search(text):
        return _gmt_zone(m)
    return next((parse_tz(offset) for pattern, offset in _ZONES if pattern.search(text)), None) or _city_zone(text)


#: A city's or a country's time named on a page for overseas readers, with its summer time.
_CITY_ZONES = (
    (zh_re(r"伦敦时间|英国时间"), "Europe/London"),
    (zh_re(r"悉尼时间|墨尔本时间|堪培拉时间|澳洲东部时间|澳东时间"), "Australia/Sydney"),
    (zh_re(r"多伦多时间|渥太华时间|加东时间"), "America/Toronto"),
    (zh_re(r"温哥华时间|加西时间"), "America/Vancouver"),
    (zh_re(r"纽约时间|美东时间|美国东部时间"), "America/New_York"),
    (zh_re(r"洛杉矶时间|旧金山时间|美西时间|美国西部时间"), "America/Los_Angeles"),
    (zh_re(r"奥克兰时间|新西兰时间|纽西兰时间"), "Pacific/Auckland"),
    (zh_re(r"巴黎时间|法国时间"), "Europe/Paris"),
    (zh_re(r"柏林时间|德国时间"), "Europe/Berlin"),
)
#: A script that shows the clock in a zone it names: toLocaleString("zh-CN", {timeZone: "Europe/London"}).
_SCRIPT_ZONE = re.compile(r"""timeZone\s*:\s*["'](?P<z>(?:Europe|America|Australia|Pacific|Asia)/[A-Za-z_]+)["']""")


def _city_zone(text: str) -> ZoneInfo | None:
    if "时间" not in text and "時間" not in text:
        return None  # (every name above ends so: most lines are not worth nine searches)
    return _zone_in(_CITY_ZONES, text)


def _zone_in(table, text: str) -> ZoneInfo | None:
    """The zone of the first of ``table``'s (pattern, zone name) rows that ``text`` names."""
    return next((ZoneInfo(name) for pattern, name in table if pattern.search(text)), None)


#: An overseas paper's edition named for its region in the site's name (明報加東版 is Toronto's).
_EDITION_ZONES = (
    (zh_re(r"加东版|Toronto Edition"), "America/Toronto"),
    (zh_re(r"加西版|Vancouver Edition"), "America/Vancouver"),
)


def city_clock(root: etree._Element) -> ZoneInfo | None:
    """The zone of the clock a page shows its readers, named by city in a short line of its own
    (都市网's "多伦多时间 2024年11月06日 星期三", 新快网's "悉尼时间：") or in the script that fills
    it (英中网's timeZone: "Europe/London"), or by the edition the site's name gives (明報加東版):
    an overseas paper's times are in that zone."""
    for node in root.xpath("//body//text()[not(ancestor::p)]"):
        if len(text := str(node).strip()) <= 40 and (zone := _city_zone(text)):
            return zone
    names = " ".join(root.xpath("//head/title/text() | //meta[@property='og:site_name']/@content"))
    if zone := _zone_in(_EDITION_ZONES, names):
        return zone
    for script in root.iter("script"):
        if (m := _SCRIPT_ZONE.search(script.text or "")) and m["z"] != "Asia/Shanghai":
            try:
                return ZoneInfo(m["z"])
            except (KeyError, ValueError):
                return None  # (a zone this machine's database does not have)
    return None


_CLOCK = re.compile(r"(?<!\d)(?P<H>\d{1,2})[:：](?P<M>\d{2})(?!\d)(?:\s*(?P<ap>[AaPp])\.?\s?[Mm]\b)?")


_FOOTERS = etree.XPath("//footer | //*[contains(@id, 'foot') or contains(@class, 'foot') or @id = 'ft']")  # (Discuz's div#ft)


def zone_in_footer(root: etree._Element) -> timezone | None:
    """The zone a page's footer declares for its times: Discuz's "GMT-5, 2025-1-18 22:05"."""
    for foot in _FOOTERS(root):
        if m := _GMT_OFFSET.search(" ".join(foot.text_content().split())):
            return _gmt_zone(m)
    return None


def zone_shown(root: etree._Element) -> timezone | None:
    """The zone a page shows its times in, told by its first ``<time>`` that gives both: the
    stamp in ``datetime`` and the clock in its text (RFI's ``datetime="…13:30:00+00:00"`` shown
    as "20/05/2024 - 15:30": Paris summer time, +02:00). None when the two agree on UTC, since a
    CMS that labels local times ``Z`` says nothing of the zone, unless the page is declared an
    English one (Chinese Reading Practice's ``lang="en-US"``, comments "at 3:41 pm" stamped
    15:41+00:00): a Chinese portal's UTC label is a habit, an English site's is its clock."""
    for el in root.iter("time"):
        stamp, text = (el.get("datetime") or "").strip(), el.text_content()
        if "T" not in stamp or not (clock := _CLOCK.search(text)):
            continue
        try:
            moment = datetime.fromisoformat(stamp.replace("Z", "+00:00"))
        except ValueError:
            continue
        if moment.tzinfo is None:
            continue
        utc = moment.astimezone(timezone.utc)
        pm = re.search(r"(下午|晚上)\s*$", text[:clock.start()])  # (SBS's 下午3:05)
        hour = _hour_of(int(clock["H"]), clock["ap"], pm[1] if pm else None)
        minutes = (hour * 60 + int(clock["M"]) - utc.hour * 60 - utc.minute) % 1440
        minutes -= 1440 if minutes > 14 * 60 else 0
        if minutes and minutes % 15 == 0 and minutes >= -12 * 60:
            return timezone(timedelta(minutes=minutes))
        if not minutes and (root.getroottree().getroot().get("lang") or "").lower().startswith("en"):
            return timezone.utc
        return None
    return None


#: A sentence of the text set above it (RFI's chapô "自2021年1月1日起，…"): its dates are not the page's.
_SENTENCE_END = re.compile(r"[。！？]|(?<!\.)[.!?](?:\s|$)")  # (not an ellipsis: a counter's "载入中..." placeholder)


def is_prose(text: str) -> bool:
    return len(text) > 40 and bool(_SENTENCE_END.search(text)) and not is_date_line(text)


def iso(value: datetime | date, with_time: bool, tz: timezone) -> str:
    if not with_time or not isinstance(value, datetime):
        return (value.date() if isinstance(value, datetime) else value).isoformat()
    if value.tzinfo is None:
        value = value.replace(tzinfo=tz)
    return value.isoformat(timespec="seconds")


def parse_iso(text: str, tz: timezone) -> str | None:
    """An ISO 8601 string from metadata (Z, offsets and bare dates accepted)."""
    text = text.strip()
    if not text:
        return None
    try:
        value = datetime.fromisoformat(text.replace("Z", "+00:00").replace(" ", "T", 1))
    except ValueError:
        return parse_text(text, tz)
    with_time = "T" in text or " " in text or ":" in text
    if value.tzinfo is not None and value.utcoffset() == timedelta(0):
        value = value.astimezone(tz)  # a server's UTC stamp (``…Z``) is shown in the portal's zone
    return iso(value, with_time, tz)


#: (and the printed page a newspaper's date line names: Taipei Times' "Tue, May 14, 2024 page9")
_WEEKDAY = zh_re(r"(?:星期|周|週|禮拜|礼拜)[一二三四五六日天]|\b(?:Mon|Tues?|Wed(?:nes)?|Thu(?:rs?)?|Fri|Sat(?:ur)?|Sun)(?:day)?\b\.?|\bpage\s*\d{1,3}$", re.I)


def is_date_line(text: str) -> bool:
    """A line that is only a date (and time), its weekday aside: "2019-6-18", "June 20, 2019",
    "2024年5月20日（星期一）"; or the day in English, then in Chinese ("2 Jul 2025 2025年7月2日")."""
    if len(text) > 40:
        return len(text) <= 100 and _in_two_languages(text)
    if _ISSUE_MONTH.match(text):
        return True  # 光華's "2024 / 5月"
    for pattern in (_NUMERIC, _ENGLISH, _DAY_DOTTED, _ZH_MONTH_NAME, _SLASHED):
        match = pattern.search(text)
        rest = _WEEKDAY.sub("", text[:match.start()] + text[match.end():]) if match else ""
        if match and not re.sub(r"[\s,.;:|()（）\[\]-]", "", rest):
            return True
    return _in_two_languages(text)  # (only once no single date fills the line)


#: The time a release was issued, around its day: "Issued at HKT 10:45 on 5 Aug 2025",
#: "2025年8月5日 香港時間上午10時45分發出".
_ISSUED_AT = zh_re(r"(?:Issued|Released|Posted|Updated) at\s+(?:[A-Z]{2,4}\s+)?\d{1,2}:\d{2}(?:\s*[ap]\.?m\.?)?\s+on\s+"
                   r"|\s*[\u4e00-\u9fff]{2,4}时间\s*(?:上午|下午|中午|晚上|凌晨)?\d{1,2}时\d{1,2}分(?:发出|发布)?", re.I)
_ZH_DAY_START = re.compile(r"\s(?=(?:19|20)\d{2}\s*年)")


def _in_two_languages(text: str) -> bool:
    """The day (and the time it was issued) in English, then in Chinese, on one line (HKO's
    "Issued at HKT 10:45 on 5 Aug 2025 2025年8月5日 香港時間上午10時45分發出")."""
    parts = _ZH_DAY_START.split(text, maxsplit=1)
    if len(parts) != 2:
        return False
    return all(is_date_line(_ISSUED_AT.sub(" ", part).strip(" |｜/／·")) for part in parts)  # (a bar between: 龍舟總會's "25 March 2024 ｜ 2024年3月25日")


#: A line giving the time alone, below a date line: a press release's "Issued at HKT 11:45",
#: "香港時間11時45分".
_TIME_LINE = zh_re(
    r"^(?:(?:Issued|Released|Posted|Updated) at\s+)?(?:[A-Z]{2,4}\s+)?(?:[\u4e00-\u9fff]{2,4}[時时][間间]\s*)?"
    r"(?P<H>\d{1,2})(?:[:：]|[時时])(?P<M>\d{2})分?\s*$", re.I
)


def has_seconds(stamp: str) -> bool:
    """Whether a stamp writes its seconds (``…T17:45:00+08:00``), not only the minute (``20240315T1530+0800``)."""
    return bool(re.search(r"[T ]\d{2}:?\d{2}:?\d{2}", stamp))


def is_utc(text: str) -> bool:
    """An ISO stamp given in UTC (``…Z``, ``+00:00``)."""
    text = text.strip()
    return text.endswith(("Z", "z", "+00:00", "+0000"))


def shown_zone(shown: str, raw_utc: str) -> timezone | None:
    """The zone a page's zoneless local time is in, read off a UTC stamp of the same moment: the
    shown minute, the stamp's minute and a whole quarter-hour apart (中国数字时代's "2024年3月12日
    10:15" beside 2024-03-12T17:15:27Z: -07:00, US Pacific in summer)."""
    try:
        local = datetime.fromisoformat(shown).replace(tzinfo=None)
        instant = datetime.fromisoformat(raw_utc.strip().replace("Z", "+00:00").replace(" ", "T", 1))
    except ValueError:
        return None
    if instant.tzinfo is None or instant.utcoffset() != timedelta(0):
        return None
    gap = (local - instant.replace(tzinfo=None, second=0, microsecond=0)).total_seconds()
    if gap % 900 or abs(gap) > 14 * 3600:
        return None
    return timezone(timedelta(seconds=gap))


def _zoned_stamps(stamps: list[str | None]):
    """The stamps that parse and carry an offset other than UTC's: (moment, offset)."""
    for raw in stamps:
        try:
            moment = datetime.fromisoformat((raw or "").strip().replace("Z", "+00:00"))
        except ValueError:
            continue
        if offset := moment.utcoffset():
            yield moment, offset


def zone_stamped(shown: str, stamps: list[str | None]) -> timezone | None:
    """The zone of a metadata stamp (not UTC) of the very minute a page shows, when it differs
    from the zone the shown time was read in: 世界日報's "2025-06-17 14:32" and its JSON-LD
    ``14:32:45-04:00`` are New York time."""
    shown_offset = datetime.fromisoformat(shown).utcoffset()
    return next((timezone(offset) for moment, offset in _zoned_stamps(stamps)
                 if moment.isoformat()[:16] == shown[:16] and offset != shown_offset), None)


def zone_written(stamps: list[str | None]) -> timezone | None:
    """The zone the page's metadata writes its stamps in (not UTC), whatever minute they give:
    欧洲时报's ``article:modified_time`` 10:02:11+01:00 beside a shown 09:15 is Paris winter time."""
    return next((timezone(offset) for _, offset in _zoned_stamps(stamps)), None)


def with_time_line(day: str, line: str, tz: timezone) -> str | None:
    """A date (``2024-05-20``) and the time the next line gives, as one datetime."""
    match = _TIME_LINE.match(line.strip())
    if not match:
        return None
    try:
        moment = datetime.fromisoformat(day).replace(hour=int(match["H"]), minute=int(match["M"]), tzinfo=tz)
    except ValueError:
        return None
    return iso(moment, True, tz)


#: 眾新聞's "03.11.21" alone on its line: the third of November 2021, as a dotted date is written in Hong Kong and Europe.
_DOTTED_SHORT = re.compile(r"^\s*(?P<d>[0-3]?\d)\.(?P<m>[01]?\d)\.(?P<y>\d{2})\s*$")
_SHORT_DATE = re.compile(r"(?<![\d-])(?P<a>\d{1,2})[-/.](?P<b>\d{1,2})[-/.](?P<y>\d{2})(?![\d-])\s+(?P<H>\d{1,2}):(?P<M>\d{2})")


def on_url_day(text: str, url_day: str, tz: timezone) -> str | None:
    """A two-digit-year date and its time ("05-11-25 14:20", 央视网's day-month-year) read the way
    that names the URL's day: the URL settles whether the day or the month comes first."""
    match = _SHORT_DATE.search(text)
    if not match:
        return None
    a, b, year = int(match["a"]), int(match["b"]), 2000 + int(match["y"])
    for day, month in ((a, b), (b, a)):
        try:
            moment = datetime(year, month, day, int(match["H"]), int(match["M"]), tzinfo=tz)
        except ValueError:
            continue
        if moment.date().isoformat() == url_day:
            return iso(moment, True, tz)
    return None


def _hour_of(hour: int, ap: str | None = None, zh: str | None = None) -> int:
    """The hour on a 24-hour clock of a 12-hour one, marked AM/PM (12:05 AM is 00:05, 12:05 PM
    is 12:05) or by a Chinese time of day (下午3:05 is 15:05, 中午1:00 is 13:00)."""
    if ap:
        return hour % 12 + (12 if ap in "Pp" else 0)
    if zh and hour < 12 and (zh in ("下午", "晚上") or (zh == "中午" and hour < 11)):
        return hour + 12
    return hour


def parse_text(text: str, tz: timezone, default_year: int | None = None) -> str | None:
    """The first date in free text (Chinese or English forms)."""
    match = _NUMERIC.search(text)
    if match is None and (roc := _ROC.search(text)) and (roc["era"] or len(text) <= 40):
        year = str(int(roc["y"]) + 1911)  # Taiwan's Minguo years (發布日期：113-02-05 is 2024-02-05)
        return parse_text(text[:roc.start("y")] + year + text[roc.end("y"):], tz, default_year)
    if match:
        try:
            day = date(int(match["y"]), int(match["m"]), int(match["d"]))
        except ValueError:
            day = None
        if day:
            if match["H"] is None:
                return day.isoformat()
            # 联合早报's "2024年6月7日 4:15 PM", SBS's "2025年6月10日 下午3:05"
            hour = _hour_of(int(match["H"]), match["ap"], match["zhap"])
            try:
                moment = datetime(day.year, day.month, day.day, hour, int(match["M"]),
                                  int(match["S"] or 0), tzinfo=tz)
            except ValueError:
                return day.isoformat()
            return iso(moment, True, tz)
    match = _ENGLISH.search(text)
    if match:
        import dateparser  # imported on first use: it costs 0.1 s to load

        phrase = re.sub(_EN_WEEKDAY + r"(?=,?\s+(?:19|20)\d{2})", "", match["text"])
        has_year = re.search(r"(?:19|20)\d{2}", phrase)
        if not has_year and default_year is None:
            return None
        if not has_year:
            phrase = f"{phrase} {default_year}"
        value = dateparser.parse(phrase, languages=["en"], settings={"PREFER_DAY_OF_MONTH": "first"})
        hh, mm, ap, ss = (match["H"], match["M"], match["ap"], match["S"]) if match["H"] is not None else (match["H0"], match["M0"], match["ap0"], None)
        if value and hh is not None and has_year:
            hour = _hour_of(int(hh), ap)
            try:
                return iso(value.replace(hour=hour, minute=int(mm), second=int(ss or 0), tzinfo=tz), True, tz)
            except ValueError:
                pass
        if value:
            return value.date().isoformat()
    if match := _ZH_MONTH_NAME.search(text):
        try:
            return date(int(match["y"]), _ZH_MONTHS[match["m"]], int(match["d"])).isoformat()
        except ValueError:
            pass
    if match := _SLASHED.search(text):  # 16/11/2024 is day-first, 11/16/2024 month-first; 03/04/2024 says neither
        a, b = int(match["a"]), int(match["b"])
        if (a > 12) != (b > 12):
            try:
                day = date(int(match["y"]), b if a > 12 else a, a if a > 12 else b)
                if match["H"] is None:
                    return day.isoformat()
                return iso(datetime(day.year, day.month, day.day, int(match["H"]), int(match["M"]), int(match["S"] or 0), tzinfo=tz), True, tz)
            except ValueError:
                pass
    if match := _DAY_DOTTED.search(text):
        hh, mm = (match["H0"], match["M0"]) if match["H0"] is not None else (match["H"], match["M"])
        try:
            if hh is None:
                return date(int(match["y"]), int(match["m"]), int(match["d"])).isoformat()
            return iso(datetime(int(match["y"]), int(match["m"]), int(match["d"]), int(hh), int(mm), tzinfo=tz), True, tz)
        except ValueError:
            pass
    if match := _DOTTED_SHORT.match(text):  # a line that is only the day, dotted day-first with a two-digit year
        try:
            return date(2000 + int(match["y"]), int(match["m"]), int(match["d"])).isoformat()
        except ValueError:
            pass
    if (month := _ISSUE_MONTH.match(text)) and 1 <= int(month["m"]) <= 12:
        return f"{month['y']}-{int(month['m']):02d}"  # ISO 8601's month precision: no day is invented
    return None


#: A magazine issue's month alone on its line: 光華's "2024 / 5月", "2024年5月".
_ISSUE_MONTH = zh_re(r"^\s*(?P<y>(?:19|20)\d{2})\s*(?:[/／.-]|年)\s*(?P<m>\d{1,2})\s*月?\s*$")


def from_meta(root: etree._Element) -> str | None:
    """The first publication stamp in the metadata; a later one of the same day that gives the
    time too stands over a day alone, or its midnight (a government site's DC.Date before article:published_time)."""
    first = None
    for content in _meta_stamps(root):
        if first is None:
            first = content
            if not (_DAY_ONLY.match(first) or _MIDNIGHT.match(first)):
                return first
        elif content[:10] == first[:10] and len(content) > 10:
            return content
    return first


def _meta_stamps(root: etree._Element):
    """The non-empty publication stamps of the page's meta tags, in page order."""
    for meta in root.iter("meta"):
        name = (meta.get("property") or meta.get("name") or meta.get("itemprop") or "").lower()
        if name in META_NAMES and (content := (meta.get("content") or "").strip()):
            yield content


_DAY_ONLY = re.compile(r"^(?:19|20)\d{2}-\d{2}-\d{2}$")
#: A day written as its midnight in the portal's zone (海關's meta date "2025-03-03T00:00:00+08:00" before
#: article:published_time 03:15Z): a day alone, too.
_MIDNIGHT = re.compile(r"^(?:19|20)\d{2}-\d{2}-\d{2}[T ]00:00(?::00)?(?:[+-]\d{2}:?\d{2})?$")


def meta_with_seconds(root: etree._Element) -> str | None:
    """The first publication stamp in the metadata that writes its seconds: the one that gives them
    to a first stamp of the minute alone (扬子晚报's PubDate "2026-11-25 18:40" before
    article:published_time 2026-11-25T10:40:12Z)."""
    return next((content for content in _meta_stamps(root) if has_seconds(content)), None)


#: A page's state object in a script: window.DATA = {"pubtime": "2019-06-18 10:33:45", ...}.
_SCRIPT_DATE = re.compile(
    r"""["']?(?:pubtime|pub_time|publishTime|publish_time|pubDate|publishDate|datePublished|ptime|createTime|create_time)["']?\s*[:=]\s*"""
    r"""["'](?P<v>(?:19|20)\d{2}-\d{2}-\d{2}[T ]\d{2}:\d{2}(?::\d{2})?(?:[+-]\d{2}:?\d{2}|Z)?)["']"""
)


#: A Unix time in a page's script: WeChat's ``var ct = "1716161400";`` fills #publish_time.
_SCRIPT_EPOCH = re.compile(
    r"""\b(?:ct|create_time|createTime|publish_time|publishTime|pubtime)["']?\s*[:=]\s*["']?(?P<ts>1\d{9})(?:\d{3})?(?!\d)["']?"""
)  # (36氪's "publishTime":1742436900000, in milliseconds)


def from_script(root: etree._Element, tz: timezone | None = None) -> str | None:
    """The publication time a page's script state holds when nothing else shows it whole
    (a Unix time is given in ``tz``, the portal's zone)."""
    for script in root.iter("script"):
        if script.text and (match := _SCRIPT_DATE.search(script.text)):
            return match["v"]
    for script in root.iter("script"):
        if script.text and (match := _SCRIPT_EPOCH.search(script.text)):
            moment = datetime.fromtimestamp(int(match["ts"]), tz or timezone.utc)
            return moment.isoformat(timespec="seconds")
    return None


def from_microdata(root: etree._Element) -> str | None:
    """schema.org microdata: ``itemprop="datePublished"`` on a ``<meta content>``, a ``<time
    datetime>`` or an element whose text is the date (明報's div.date "2024年5月20日星期一")."""
    for el in root.iterfind('.//*[@itemprop="datePublished"]'):
        value = (el.get("content") or el.get("datetime") or " ".join(el.text_content().split())).strip()
        if value:
            return value
    return None


def from_json_ld(root: etree._Element) -> str | None:
    return jsonld.text(root, "datePublished") or jsonld.text(root, "pubDate")  # (百度熊掌号's cambrian JSON-LD: pubDate)


def from_url(url: str) -> str | None:
    match = _URL_DATE.search(url)
    if not match:
        return None
    try:
        return date(int(match["y"]), int(match["m"]), int(match["d"])).isoformat()
    except ValueError:
        return None


#: A day named relative to today, and the time: "昨日 16:20", "今天 09:05".
_RELATIVE_DAY = zh_re(r"(?P<day>今日|今天|昨日|昨天|前日|前天)\s*(?P<H>\d{1,2})[:：](?P<M>\d{2})")
_DAYS_BACK = {"今日": 0, "今天": 0, "昨日": 1, "昨天": 1, "前日": 2, "前天": 2}


def served_at(header: bytes | str | None) -> datetime | None:
    """The moment the server sent the page (its HTTP ``Date`` header), if it said."""
    if not header:
        return None
    try:
        return parsedate_to_datetime(header.decode("latin-1") if isinstance(header, bytes) else header)
    except (TypeError, ValueError):
        return None


def relative_day(text: str, served: datetime | None, tz: timezone) -> str | None:
    """"昨日 16:20" on a page served on 21 May (Hong Kong time) is 2024-05-20T16:20: the day
    counted back from the day the server sent the page, never from the clock of the crawl."""
    match = _RELATIVE_DAY.search(text)
    if not match or served is None:
        return None
    day = served.astimezone(tz).date() - timedelta(days=_DAYS_BACK[match["day"]])
    try:
        moment = datetime(day.year, day.month, day.day, int(match["H"]), int(match["M"]), tzinfo=tz)
    except ValueError:
        return None
    return iso(moment, True, tz)

