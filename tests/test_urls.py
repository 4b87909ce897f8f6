import pytest

from newscrawler.urls import clean_url, registered_domain, same_domain, same_site, site_of, tracking_params, url_key


@pytest.mark.parametrize("url, expected", [
    ("https://www.hxen.net/a/1.html?utm_source=rss&utm_medium=x", "https://www.hxen.net/a/1.html"),
    ("https://www.hxen.net/a/1.html?from=rss#comments", "https://www.hxen.net/a/1.html"),
    ("https://www.hxen.net/a/1.html?id=3&spm=a.b.c", "https://www.hxen.net/a/1.html?id=3"),
    ("http://a.com/x;jsessionid=ABC123?page=2", "http://a.com/x?page=2"),
    ("HTTPS://WWW.Example.com", "https://www.example.com/"),
    # a WeChat post shared: its checksum and scene say who shared it, not which post it is
    ("http://mp.weixin.qq.com/s?__biz=MzkxNjQ0ODIwNQ==&mid=2247486794&idx=1&sn=bbae&chksm=2053&scene=21#rd",
     "http://mp.weixin.qq.com/s?__biz=MzkxNjQ0ODIwNQ==&mid=2247486794&idx=1&sn=bbae"),
])
def test_clean_url_strips_tracking_and_fragment(url, expected):
    assert clean_url(url) == expected


def test_clean_url_keeps_meaningful_parameters_in_order():
    assert clean_url("https://a.com/s?q=news&page=2") == "https://a.com/s?q=news&page=2"


def test_tracking_params_names_what_is_stripped():
    assert sorted(tracking_params("https://a.com/x?utm_source=1&from=rss&id=2")) == ["from", "utm_source"]


def test_url_key_folds_scheme_mobile_host_case_and_order():
    keys = {
        url_key("http://www.hxen.net/a/%e6%96%b0.html?b=1&a=2"),
        url_key("https://m.hxen.net/a/%E6%96%B0.html?a=2&b=1&utm_source=x"),
        url_key("https://hxen.net/a/%E6%96%B0.html?a=2&b=1#top"),
    }
    assert len(keys) == 1


def test_url_key_keeps_different_articles_apart():
    assert url_key("https://www.hxen.net/a/1.html") != url_key("https://www.hxen.net/a/2.html")


def test_site_and_same_site():
    assert site_of("https://m.language.chinadaily.com.cn/a/1.html") == "language.chinadaily.com.cn"
    assert same_site("https://m.x.com/a", "http://www.x.com/b")
    assert not same_site("https://x.com/a", "https://y.com/a")


def test_one_registered_domain_takes_in_sibling_hosts_and_nothing_more():
    assert same_domain("https://inews.hket.com/article/1", "https://china.hket.com/article/2")
    assert not same_site("https://inews.hket.com/article/1", "https://china.hket.com/article/2")
    assert registered_domain("https://www.bbc.co.uk/zhongwen") == "bbc.co.uk"  # a two-part public suffix
    assert not same_domain("https://a.blogspot.com/p/1", "https://b.blogspot.com/p/2")  # a private suffix: two owners
    assert registered_domain("http://127.0.0.1:8000/a") == "127.0.0.1"


@pytest.mark.parametrize("url", [
    "http://WWW.Hxen.net/a/1.html#x", "https://m.x.com", "https://x.com:443/a", "http://x.com:8080/a/b/",
    "https://www.x.com.", "https://a.com/a//b/./c", "https://a.com/a/../b", "https://a.com/%e6%96%b0?b=1&a=2",
    "https://www.hxen.net/englishnews/china/2015-11-13/420541.html",
])
def test_url_key_fast_path_agrees_with_the_full_canonicalisation(url):
    from urllib.parse import urlsplit, urlunsplit

    from w3lib.url import canonicalize_url

    from newscrawler.urls import _HOST_PREFIX

    parts = urlsplit(clean_url(url))
    host = _HOST_PREFIX.sub("", (parts.hostname or "").rstrip("."))
    netloc = host if parts.port in (None, 80, 443) else f"{host}:{parts.port}"
    assert url_key(url) == canonicalize_url(urlunsplit(("https", netloc, parts.path, parts.query, "")))


def test_sid_is_a_sessions_only_when_its_value_is_a_token():
    # 香港中華總商會's subcat.php?cid=2&sid=20: a section's id, part of the address; phpBB's sid=<32 hex>: a session
    assert clean_url("https://cgcc.org.hk/en/subcat.php?cid=2&sid=20") == "https://cgcc.org.hk/en/subcat.php?cid=2&sid=20"
    assert clean_url("https://forum.example.com/viewtopic.php?t=5&sid=3f2a9c0d4b8e7f6a1c2d3e4f5a6b7c8d") == "https://forum.example.com/viewtopic.php?t=5"


def test_tracking_glued_on_with_a_second_question_mark_is_stripped():
    # 都市日報's related link "index.php?cmd=detail&id=682417?utm_source=related"
    assert clean_url("https://www.metrohk.com.hk/index.php?cmd=detail&id=682417?utm_source=related") == "https://www.metrohk.com.hk/index.php?cmd=detail&id=682417"
    assert clean_url("https://www.example.com/search?q=what?x=1") == "https://www.example.com/search?q=what?x=1"
