"""hxen.net (恒星英语学习网): DedeCMS, GBK bytes under a gb2312 meta.

The generic rules already read it; the profile pins the parts a redesign would move, so a
change shows up as a counted fallback instead of a silently different article.
"""

from newscrawler.extract.profiles import Profile

PROFILE = Profile(
    name="hxen",
    sites=("hxen.net",),
    xpaths={
        "content": "//div[@class='viewbox']/div[@class='content']",
        "related": "//div[contains(@class,'xiangguan')]//dl[@class='tbox']",
    },
    encoding=None,  # the gb2312 label is right once read as GB18030 (w3lib does)
)
