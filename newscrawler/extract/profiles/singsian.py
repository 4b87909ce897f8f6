"""www.singsianyerpao.com (星暹日报): a Bangkok Chinese daily on WordPress whose pages show only the
day ("一月 12, 2021") and whose stamps are in UTC: Thailand time, which its .com domain does not tell."""

from newscrawler.extract.profiles import Profile

PROFILE = Profile(name="singsian", sites=("singsianyerpao.com",), timezone="+07:00")
