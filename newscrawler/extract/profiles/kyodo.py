"""china.kyodonews.net (共同网): Kyodo News's Chinese service, a Tokyo agency whose pages give
times without a zone ("2024年 5月 20日 - 15:30", JSON-LD without an offset): Japan time, which
the site's .net domain does not tell."""

from newscrawler.extract.profiles import Profile

PROFILE = Profile(name="kyodo", sites=("kyodonews.net",), timezone="+09:00")
