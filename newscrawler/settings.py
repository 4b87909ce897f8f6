"""newscrawler settings: polite, safe defaults. Every project knob is documented here once.

Scrapy's own settings are overridden only where its default is wrong for an unattended news
crawler; our own settings all start with ``NEWSCRAWLER_`` or ``REPLAY_``.
"""

BOT_NAME = "newscrawler"
SPIDER_MODULES = ["newscrawler.spiders"]
NEWSPIDER_MODULE = "newscrawler.spiders"
COMMANDS_MODULE = "newscrawler.commands"

# --- Politeness -------------------------------------------------------------------------
ROBOTSTXT_OBEY = True
USER_AGENT = "newscrawler/0.1 (+https://github.com/newscrawler/newscrawler)"
CONCURRENT_REQUESTS = 16
CONCURRENT_REQUESTS_PER_DOMAIN = 4
DOWNLOAD_DELAY = 0.5
AUTOTHROTTLE_ENABLED = True
AUTOTHROTTLE_START_DELAY = 1.0
AUTOTHROTTLE_MAX_DELAY = 30.0
AUTOTHROTTLE_TARGET_CONCURRENCY = 2.0

# --- Budgets and limits -----------------------------------------------------------------
# News pages are 20-200 KB; Scrapy's 1 GiB default lets one bad response eat the machine.
DOWNLOAD_MAXSIZE = 8 * 1024 * 1024
DOWNLOAD_WARNSIZE = 2 * 1024 * 1024
DOWNLOAD_TIMEOUT = 30
RETRY_TIMES = 2
DEPTH_LIMIT = 12
URLLENGTH_LIMIT = 2083
REDIRECT_MAX_TIMES = 10

# --- Safety: no control surfaces, no non-HTTP schemes -----------------------------------
TELNETCONSOLE_ENABLED = False
REMOTE_CONTROL_ENABLED = False
DOWNLOAD_HANDLERS = {"file": None, "data": None, "ftp": None, "s3": None}

# --- Output -----------------------------------------------------------------------------
FEED_EXPORT_ENCODING = "utf-8"
FEED_EXPORTERS = {
    "jsonlines": "newscrawler.exporters.SafeJsonLinesExporter",
    "jsonl": "newscrawler.exporters.SafeJsonLinesExporter",
    "jl": "newscrawler.exporters.SafeJsonLinesExporter",
}
#: Where the storage pipeline writes when no feed (-O/-o) is given. Placeholders:
#: %(spider)s, %(time)s (UTC start time, filesystem-safe). Set to "" to disable.
NEWSCRAWLER_OUTPUT = "data/%(spider)s-%(time)s.jsonl"
#: Items dropped by a pipeline are written here with the reason ("" to disable).
NEWSCRAWLER_REJECTS = "data/%(spider)s-%(time)s.rejects.jsonl"
#: Minimum English or Chinese body length (characters) for an article to be written.
NEWSCRAWLER_MIN_BODY_CHARS = 40

# --- Components -------------------------------------------------------------------------
ADDONS = {
    "newscrawler.replay.ReplayAddon": 0,
    # Switches to scrapy-redis's scheduler, dupefilter and the Redis state when REDIS_URL is set.
    "newscrawler.distributed.RedisAddon": 10,
}
DOWNLOADER_MIDDLEWARES = {
    # First: a known article is skipped before robots.txt, retries or the download.
    "newscrawler.downloadermiddlewares.known.KnownArticleMiddleware": 50,
    # After HttpCompressionMiddleware (590) has decoded the body.
    "newscrawler.downloadermiddlewares.encoding.EncodingRepairMiddleware": 580,
    # Between decompression (590) and encoding repair: saves bodies as received.
    "newscrawler.replay.RecordMiddleware": 585,
    # Hardening (issue 7): see the block below and newscrawler/guards/.
    "newscrawler.guards.politeness.RobotsPolicyMiddleware": 540,
    "newscrawler.guards.politeness.RetryAfterMiddleware": 560,
    "newscrawler.guards.html.HtmlLimitsMiddleware": 570,
    "scrapy.downloadermiddlewares.redirect.MetaRefreshMiddleware": None,
    "newscrawler.guards.redirects.GuardedMetaRefreshMiddleware": 579,
    "newscrawler.guards.completeness.TruncationMiddleware": 595,
    "scrapy.downloadermiddlewares.redirect.RedirectMiddleware": None,
    "newscrawler.guards.redirects.GuardedRedirectMiddleware": 600,
    "newscrawler.guards.addresses.AddressGuardMiddleware": 760,
}
SPIDER_MIDDLEWARES = {
    # Hardening (issue 7). Output passes from high to low: links are checked first, trap
    # rules run after DepthMiddleware (900) and UrlLengthMiddleware (800) have had their say.
    "newscrawler.guards.completeness.TruncatedItemsMiddleware": 990,
    "newscrawler.guards.links.LinkGuardMiddleware": 950,
    "newscrawler.guards.traps.TrapGuardMiddleware": 750,
}
ITEM_PIPELINES = {
    "newscrawler.pipelines.validate.ValidatePipeline": 100,
    "newscrawler.pipelines.dedupe.DedupePipeline": 200,
    "newscrawler.pipelines.known.KnownArticlePipeline": 250,
    "newscrawler.pipelines.store.JsonLinesStorePipeline": 900,
}
EXTENSIONS = {
    "newscrawler.extensions.jobdir.JobDirGuard": 100,
    "newscrawler.extensions.runsummary.RunSummaryJson": 800,
    "newscrawler.extensions.rejects.RejectsLog": 500,
    "newscrawler.extensions.summary.CrawlSummary": 900,
}
#: Print the one-screen summary (stderr) when the crawl ends.
NEWSCRAWLER_SUMMARY = True

# --- Scheduled runs: state, durable output (issue 4) ---------------------------------------
#: Keep the article state (what earlier runs wrote, what is gone) for runs written by the
#: store pipeline. Runs with -O/-o never use it.
NEWSCRAWLER_STATE_ENABLED = True
#: Folder of the state; "" puts it in state/ beside the NEWSCRAWLER_OUTPUT files.
NEWSCRAWLER_STATE_DIR = ""
#: The state backend (a newscrawler.state.ArticleState with from_settings(settings, dir)).
NEWSCRAWLER_STATE_BACKEND = "newscrawler.state.sqlite.SqliteArticleState"
#: 0: a known article (or an article URL that answered 404/410) is never fetched again.
#: N > 0: it is fetched again once N hours have passed since it was last fetched.
NEWSCRAWLER_STATE_REVISIT_HOURS = 0.0
#: Write an article whose text changed as a new version (adds the fields `version` and
#: `previous_fingerprint` to every article); when False a changed article is dropped as known.
NEWSCRAWLER_STATE_VERSIONS = False
#: When the output is fsynced before the state learns of the articles: "batch" (every
#: NEWSCRAWLER_OUTPUT_BATCH articles or NEWSCRAWLER_OUTPUT_SYNC_SECONDS), "item", or "none"
#: (the OS decides; still safe against kill -9, not against a power cut). See bench/durability.py.
NEWSCRAWLER_OUTPUT_FSYNC = "batch"
NEWSCRAWLER_OUTPUT_BATCH = 32
NEWSCRAWLER_OUTPUT_SYNC_SECONDS = 1.0
#: Run summary JSON for monitoring (placeholders %(spider)s, %(time)s); "" to disable.
#: The cron entry point (python -m newscrawler.cron) sets it.
NEWSCRAWLER_RUN_SUMMARY = ""

# --- Distributed mode on Redis (issue 5) -------------------------------------------------
# See newscrawler/distributed.py. Without REDIS_URL nothing here is used and Redis is not needed.
#: Redis server of a distributed crawl (scrapy-redis's setting), e.g. redis://10.0.0.5:6379/0.
#: Set: the crawl is a worker sharing one frontier (scrapy-redis scheduler and dupefilter),
#: one article state and one start URL list with every worker pointed at the same server.
REDIS_URL = ""
#: This worker's name (letters, digits, . _ -): it goes into its output file names and owns
#: its article claims. "" takes <host>-<n>, the lowest n no live worker on this host holds.
NEWSCRAWLER_WORKER_ID = ""
#: Prefix of the article state's Redis keys (<prefix>:articles, :fingerprints, :gone, :claims).
NEWSCRAWLER_REDIS_STATE_PREFIX = "newscrawler"
#: The list a worker pops start URLs from (scrapy-redis's setting and default; %(name)s is the
#: spider): `scrapy frontier push URL`, or `redis-cli rpush news:start_urls URL`.
REDIS_START_URLS_KEY = "%(name)s:start_urls"
#: Seconds a worker waits, once the frontier and the start list are empty and no worker is
#: busy, before it closes; 0: it waits for new start URLs for ever (a service).
NEWSCRAWLER_REDIS_IDLE_CLOSE = 5.0
#: Seconds between a worker's polls of the start list and the shared frontier (and lease renewals).
NEWSCRAWLER_REDIS_POLL = 0.5
#: Seconds a worker's lease outlives its last renewal: another host sees it dead after that.
NEWSCRAWLER_REDIS_WORKER_TTL = 15.0
#: Seconds after which an article claimed and never committed (its worker died and never came
#: back under the same id) may be written by another worker.
NEWSCRAWLER_REDIS_CLAIM_TTL = 3600.0

# --- Replay (offline crawls from a fixture snapshot) -------------------------------------
#: A folder holding snapshot index.json files; when set, http/https are served from it.
REPLAY_DIR = ""
#: A folder to record a live crawl into, as a new snapshot.
RECORD_DIR = ""

# --- Per-site profiles ------------------------------------------------------------------
#: Modules holding site profiles (one file per site); see newscrawler/extract/profiles/.
NEWSCRAWLER_PROFILES_MODULES = ["newscrawler.extract.profiles"]
#: Per-site encoding when a portal declares none (host -> codec), merged with profiles.
NEWSCRAWLER_SITE_ENCODINGS: dict[str, str] = {}

# --- Hardening (issue 7) -----------------------------------------------------------------
# Guards in newscrawler/guards/: each logs the URL and the reason, and counts newscrawler/...
#: Allow loopback, private, link-local (cloud metadata) and other internal addresses, in URLs
#: and as DNS answers. Off: a page cannot steer the crawler at the machine's own network.
#: Turn on only for local testing against 127.0.0.1.
NEWSCRAWLER_ALLOW_PRIVATE = False
#: Internal origins allowed anyway, as "host:port" exactly as written in URLs (an intranet
#: mirror, a test server). "127.0.0.1:8080" does not allow "2130706433:8080" or "localhost:8080".
NEWSCRAWLER_PRIVATE_ALLOWLIST: list[str] = []
#: Scrapy's caching resolver, refusing internal answers at connection time (DNS rebinding).
TWISTED_DNS_RESOLVER = "newscrawler.guards.addresses.GuardedResolver"
#: Traps: a path segment may occur this often (/a/a/a/ is cut at the third), this many
#: segments at most (Heritrix: 20), this many links followed per page (Nutch keeps 100; a
#: Chinese portal's front page lists more articles than that), this many distinct URLs per host.
NEWSCRAWLER_MAX_SEGMENT_REPEATS = 2
NEWSCRAWLER_MAX_PATH_SEGMENTS = 20
NEWSCRAWLER_MAX_OUTLINKS_PER_PAGE = 250
NEWSCRAWLER_MAX_PAGES_PER_HOST = 20000
#: Seconds: the longest robots.txt Crawl-delay and Retry-After pause honoured (longer ones
#: are capped, logged and counted).
NEWSCRAWLER_MAX_CRAWL_DELAY = 30
#: Whether a robots.txt Crawl-delay slows the host's slot (REPLAY_DIR turns it off: a saved page
#: answers instantly, and 港人講地's Crawl-delay: 10 made a replay of it take five minutes).
NEWSCRAWLER_CRAWL_DELAY_ENABLED = True
NEWSCRAWLER_MAX_RETRY_AFTER = 300
#: Pathological HTML: pages nested deeper, with more links or with a longer text node
#: (characters) are dropped before extraction (each costs the extractor seconds, or a crash).
NEWSCRAWLER_MAX_HTML_DEPTH = 400
NEWSCRAWLER_MAX_HTML_LINKS = 10000
NEWSCRAWLER_MAX_TEXT_NODE = 2_000_000

LOG_LEVEL = "INFO"
LOG_FORMATTER = "newscrawler.logformatter.NewsLogFormatter"
