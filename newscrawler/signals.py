"""newscrawler's own signals (sent through ``crawler.signals`` like Scrapy's)."""

#: An article URL turned out to be gone although it answered 200 (a soft 404: "页面不存在").
#: Arguments: ``url``, ``reason``. The article state records it like a 404.
page_gone = object()
