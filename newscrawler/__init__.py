"""newscrawler: a Scrapy crawler for bilingual Chinese/English news portals."""

__version__ = "0.1.0"
