"""What a page says: one response in, one :class:`PageResult` out (web-poet style: the spider
only decides where to go). Each field is taken from the site profile's selector first and the
generic rules after; ``rules`` records which rule produced each field."""

from newscrawler.extract.page import PageResult, extract_page

__all__ = ["PageResult", "extract_page"]
