"""cnnews.chosun.com (朝鲜日报中文网): the Chosun Ilbo's Chinese edition, whose pages give
times without a zone ("输入 : 2024-05-13 16:58"): Korea time, which its .com host does not tell."""

from newscrawler.extract.profiles import Profile

PROFILE = Profile(name="chosunzh", sites=("cnnews.chosun.com",), timezone="+09:00")
