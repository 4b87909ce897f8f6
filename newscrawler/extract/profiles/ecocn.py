"""ecocn.org (经济学人 . 中文网): a Discuz! X forum; each article is a thread whose opening
poster translates it, sometimes over two posts ("未完，接下楼").

The generic rules read a one-post thread; the text of a translation split over the opening
poster's posts is theirs, never the replies between or after them.
"""

from newscrawler.extract.profiles import Profile

_POSTS = "//div[@id='postlist']/div[starts-with(@id, 'post_')]"
_OPENER = f"({_POSTS})[1]//div[@class='authi']/a[@class='xw1']"

PROFILE = Profile(
    name="ecocn",
    sites=("ecocn.org",),
    xpaths={
        # every post of the thread's opener, in order
        "content": f"{_POSTS}[.//div[@class='authi']/a[@class='xw1'] = {_OPENER}]//td[starts-with(@id, 'postmessage_')]",
        "published": "(//em[starts-with(@id, 'authorposton')])[1]",
    },
)
