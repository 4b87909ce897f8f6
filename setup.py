"""Packaging for Scrapyd only: ``scrapyd-deploy`` builds an egg of the project from this file
(the crawler itself runs from a checkout; dependencies are requirements.txt, installed on the
Scrapyd host)."""

from setuptools import find_packages, setup

setup(
    name="newscrawler",
    version="0.1",
    packages=find_packages(include=["newscrawler", "newscrawler.*"]),
    entry_points={"scrapy": ["settings = newscrawler.settings"]},
    zip_safe=False,
)
