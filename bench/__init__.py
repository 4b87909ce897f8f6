"""Benchmarks: scripts that print figures. Never run as tests (nothing here asserts on time).

Run them as modules from the repository root, e.g. ``.venv/bin/python -m bench.crawl --quick``;
see bench/README.md.
"""
