"""weibo.com (微博): accounts' 头条文章 at /ttarticle/p/show?id=<id>. The account's article list
links each one with ``&mod=zwenzhang`` (the module clicked), the same page the clean URL serves,
and the page names no canonical; ``mod`` is a page's name on other sites, so only Weibo's is dropped."""

from newscrawler.extract.profiles import Profile

PROFILE = Profile(name="weibo", sites=("weibo.com",), tracking_params=("mod",))
