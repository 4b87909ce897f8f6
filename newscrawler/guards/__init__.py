"""Hardening (issue 7): small components that refuse what an unattended crawler must not do.

One module per concern, each configured by ``NEWSCRAWLER_*`` settings, each logging one line
that names the URL and the reason and counting the event under ``newscrawler/...``:

- ``policy``: which URLs may be requested at all (schemes, internal addresses).
- ``links``: applies the policy to links when the spider makes requests.
- ``redirects``: applies it to redirects and meta refreshes; counts redirect chains cut.
- ``addresses``: applies it to every request, and to the address a name resolves to.
- ``traps``: repeated or too many path segments, outlinks per page, a per-host budget.
- ``politeness``: robots.txt 5xx/unreachable = disallow, Crawl-delay, Retry-After.
- ``completeness``: truncated bodies never become complete articles.
"""
