"""asahichinese-j.com (朝日新闻中文网): the Asahi Shimbun's Chinese site, a Tokyo paper whose
pages show "2024年05月19日 07:45" in Japan time; some carry no zoned metadata at all, and the
.com domain does not tell."""

from newscrawler.extract.profiles import Profile

PROFILE = Profile(name="asahizh", sites=("asahichinese-j.com",), timezone="+09:00")
