"""Distributed mode: N worker processes, one frontier, one dedupe, one article state, on Redis.

Setting ``REDIS_URL`` (scrapy-redis's own name) turns a crawl into a worker (``RedisAddon``):

- **Frontier and dedupe**: scrapy-redis's ``Scheduler`` (a priority queue in ``news:requests``)
  and ``RFPDupeFilter`` (``news:dupefilter``), with ``SCHEDULER_PERSIST`` on: a worker that
  closes never flushes what others still use. scrapy-redis's ``RedisSpider`` is not used (it
  feeds ``start_requests()``, which Scrapy 2.16 removed: rmax/scrapy-redis #305, #317, PR
  #316); our own ``news`` spider runs unchanged.
- **Start URLs**: ``-a start_urls=...`` as usual, and/or URLs pushed to the list
  ``news:start_urls`` (``REDIS_START_URLS_KEY``, scrapy-redis's name and default;
  ``scrapy frontier push URL``, or ``redis-cli rpush news:start_urls URL``). Every worker polls
  that list and schedules what it pops with the spider's own ``follow``. A worker started
  without start URLs waits for pushed ones. The sites of all start URLs are shared
  (``news:sites``): every worker stays on the sites of the fleet's start URLs.
- **Article state**: ``newscrawler.state.redis.RedisArticleState``; ``ClaimPipeline`` claims
  each article (URL key and fingerprint) atomically before the store pipeline writes it, so
  N workers never write the same article twice.
- **Output**: each worker writes its own files: the worker id goes into ``NEWSCRAWLER_OUTPUT``
  and ``NEWSCRAWLER_REJECTS`` (``data/news-<time>.<worker>.jsonl``).
- **Workers and runs**: each worker holds a lease ``news:worker:<id>`` (renewed every
  ``NEWSCRAWLER_REDIS_POLL`` seconds, expiring after ``NEWSCRAWLER_REDIS_WORKER_TTL``) that also
  says whether it is busy. The id is ``NEWSCRAWLER_WORKER_ID``, or ``<host>-<n>`` with the
  lowest ``n`` free on this host (a killed worker's id is free again at once on its own host:
  its pid is gone). A worker closes (``finished``) when the frontier and the start list are
  empty and no worker has been busy for ``NEWSCRAWLER_REDIS_IDLE_CLOSE`` seconds (0: wait for
  start URLs for ever). The first worker of a fleet begins a run (``news:run``); the last to
  finish ends it and clears the dupefilter, so the next run fetches its list pages again.

**A killed worker** loses the requests it had popped and not finished (scrapy-redis pops
without an acknowledgement): about ``CONCURRENT_REQUESTS`` in flight plus the later pages of
the articles it was merging. They are in the dupefilter, so no other worker fetches them in
that run. The survivors notice the death (the lease is gone, or its pid on this host), finish
the run and leave it marked unfinished; the next fleet to start then clears the dupefilter and
pushes the run's start URLs again (``news:seeds``): the list pages are fetched again, the
article state skips before download what was written, and what is missing is fetched. An
article the killed worker had claimed but not committed is released when a worker with its
id starts (after its ``.part`` files are recovered and committed), or after
``NEWSCRAWLER_REDIS_CLAIM_TTL``.
"""

from __future__ import annotations

import json
import logging
import os
import re
import socket
import time
from itertools import count
from typing import Any, AsyncIterator, Iterable

from scrapy import Request, signals
from scrapy.crawler import Crawler
from scrapy.downloadermiddlewares.offsite import OffsiteMiddleware
from scrapy.exceptions import DontCloseSpider, NotConfigured
from scrapy.settings import BaseSettings
from twisted.internet import task

from newscrawler.pipelines.known import KnownArticle
from newscrawler.state import StateBusy, state_of
from newscrawler.urls import site_of, url_key

logger = logging.getLogger(__name__)

WORKER_ID = re.compile(r"^[A-Za-z0-9._-]{1,64}$")


def hostname() -> str:
    return re.sub(r"[^A-Za-z0-9.-]", "-", socket.gethostname().split(".")[0]) or "host"


def _pid_alive(pid: int) -> bool:
    if pid == os.getpid():
        return False  # a lease with our own pid was left by a dead process that had it
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


# Replace a lease only if it still holds what we read (KEYS: lease; ARGV: old, new, ttl ms).
_TAKE_OVER = """
if redis.call('GET', KEYS[1]) == ARGV[1] then
  redis.call('SET', KEYS[1], ARGV[2], 'PX', ARGV[3])
  return 1
end
return 0
"""


class Frontier:
    """The Redis keys of one spider's distributed crawl, and what the components do with them."""

    def __init__(self, client: Any, spider: str, settings: BaseSettings):
        self.redis = client
        self.spider = spider
        self.requests = settings.get("SCHEDULER_QUEUE_KEY", "%(spider)s:requests") % {"spider": spider}
        self.dupefilter = settings.get("SCHEDULER_DUPEFILTER_KEY", "%(spider)s:dupefilter") % {"spider": spider}
        self.start_urls = settings.get("REDIS_START_URLS_KEY", "%(name)s:start_urls") % {"name": spider}
        self.workers = f"{spider}:workers"
        self.sites = f"{spider}:sites"
        self.seeds = f"{spider}:seeds"
        self.run = f"{spider}:run"
        self.lock_key = f"{spider}:lock"
        self.worker_ttl_ms = int(settings.getfloat("NEWSCRAWLER_REDIS_WORKER_TTL", 15.0) * 1000)
        self._take_over = client.register_script(_TAKE_OVER)

    @classmethod
    def from_settings(cls, settings: BaseSettings, spider: str) -> Frontier:
        from newscrawler.state.redis import connect

        return cls(connect(settings["REDIS_URL"]), spider, settings)

    def lease(self, worker: str) -> str:
        return f"{self.spider}:worker:{worker}"

    def lock(self) -> Any:
        return self.redis.lock(self.lock_key, timeout=30, blocking_timeout=30)

    # --- sizes -------------------------------------------------------------------------
    def queue_size(self) -> int:
        kind = self.redis.type(self.requests)
        if kind == "zset":
            return int(self.redis.zcard(self.requests))
        if kind == "list":
            return int(self.redis.llen(self.requests))
        return 0

    def sizes(self) -> dict[str, Any]:
        live, lost = self.worker_status()
        return {
            "requests": self.queue_size(),
            "start_urls": int(self.redis.llen(self.start_urls)),
            "dupefilter": int(self.redis.scard(self.dupefilter)),
            "workers": len(live),
            "busy": sum(1 for s in live.values() if s.get("busy")),
            "dead": len(lost),
            "run": self.redis.hgetall(self.run),
            "sites": sorted(self.redis.smembers(self.sites)),
            "seeds": int(self.redis.scard(self.seeds)),
        }

    # --- start URLs and sites ----------------------------------------------------------
    def push(self, urls: Iterable[str]) -> int:
        urls = list(urls)
        return int(self.redis.rpush(self.start_urls, *urls)) if urls else 0

    def pop_start_urls(self, n: int) -> list[str]:
        raw = self.redis.lpop(self.start_urls, n) or []
        urls = []
        for item in raw:
            item = item.strip()
            if item.startswith("{"):  # scrapy-redis also takes {"url": ...}
                try:
                    item = json.loads(item).get("url", "")
                except (ValueError, AttributeError):
                    item = ""
            if item:
                urls.append(item)
            else:
                logger.warning("Ignored a start URL entry that is not a URL: %r", raw)
        return urls

    def add_seeds(self, urls: Iterable[str]) -> set[str]:
        """Remember a run's start URLs and share their sites; returns the sites."""
        urls = list(urls)
        sites = {s for s in map(site_of, urls) if s}
        if urls:
            pipe = self.redis.pipeline(transaction=False)
            pipe.sadd(self.seeds, *urls)
            if sites:
                pipe.sadd(self.sites, *sites)
            pipe.execute()
        return sites

    def shared_sites(self) -> set[str]:
        return set(self.redis.smembers(self.sites))

    # --- workers -----------------------------------------------------------------------
    def acquire_id(self, wanted: str = "") -> str:
        """Take a worker id with a lease: ``wanted``, or ``<host>-<n>`` for the lowest free n."""
        if wanted and not WORKER_ID.match(wanted):
            raise ValueError(f"NEWSCRAWLER_WORKER_ID must match {WORKER_ID.pattern}: {wanted!r}")
        host = hostname()
        value = self._status(busy=True)
        names = [wanted] if wanted else (f"{host}-{n}" for n in count(1))
        for name in names:
            key = self.lease(name)
            for _ in range(3):
                if self.redis.set(key, value, nx=True, px=self.worker_ttl_ms):
                    break
                current = self.redis.get(key)
                if current is None:
                    continue
                if not self._dead(current):
                    break
                if self._take_over(keys=[key], args=[current, value, self.worker_ttl_ms]):
                    logger.warning("Worker id %s: its last holder died (%s); taking it over", name, current)
                    break
            if self.redis.get(key) == value:
                self.redis.sadd(self.workers, name)
                return name
            if wanted:
                raise StateBusy(f"worker id {name} is held by a live worker ({self.redis.get(key)}); "
                                f"its lease expires {self.worker_ttl_ms / 1000:.0f} s after it stops")
        raise AssertionError("unreachable")

    def _status(self, busy: bool) -> str:
        return json.dumps({"host": hostname(), "pid": os.getpid(), "busy": busy, "at": time.time()})

    def _dead(self, lease_value: str) -> bool:
        try:
            status = json.loads(lease_value)
        except ValueError:
            return False
        return status.get("host") == hostname() and not _pid_alive(int(status.get("pid", 0)))

    def renew(self, worker: str, busy: bool) -> None:
        self.redis.set(self.lease(worker), self._status(busy), px=self.worker_ttl_ms)

    def leave(self, worker: str) -> None:
        pipe = self.redis.pipeline()
        pipe.delete(self.lease(worker))
        pipe.srem(self.workers, worker)
        pipe.execute()

    def worker_status(self, exclude: str = "") -> tuple[dict[str, dict], list[str]]:
        """Live workers (id -> lease status) and the ids of workers that died without leaving
        (lease expired, or its pid gone on this host); the dead are removed from the set and
        noted in the run (its start URLs are fetched again by the next run)."""
        live: dict[str, dict] = {}
        lost: list[str] = []
        for name in sorted(self.redis.smembers(self.workers)):
            if name == exclude:
                continue
            raw = self.redis.get(self.lease(name))
            if raw is None or self._dead(raw):
                lost.append(name)
                self.redis.srem(self.workers, name)
                continue
            live[name] = json.loads(raw)
        if lost and self.redis.exists(self.run):  # whoever notices, the run remembers it
            self.note_lost(lost)
        return live, lost

    # --- runs --------------------------------------------------------------------------
    def note_lost(self, lost: list[str]) -> None:
        if lost:
            old = self.redis.hget(self.run, "lost") or ""
            names = sorted({*filter(None, old.split(",")), *lost})
            self.redis.hset(self.run, "lost", ",".join(names))

    def begin(self, worker: str) -> str:
        """Join the run of live workers, or begin one: ``joined``, ``new`` or ``resumed`` (the
        last run did not finish cleanly: fresh dupefilter, its start URLs pushed again).
        Workers of a run are its ``w:<id>`` fields, so two starting at once make one run."""
        with self.lock():
            live, _ = self.worker_status(exclude=worker)  # notes the dead in the last run
            last = self.redis.hgetall(self.run)
            members = {k[2:] for k in last if k.startswith("w:")}
            if members & set(live):
                self.redis.hset(self.run, f"w:{worker}", time.time())
                return "joined"
            pipe = self.redis.pipeline()
            pipe.delete(self.dupefilter)
            if last:
                seeds = sorted(self.redis.smembers(self.seeds))
                if seeds:
                    pipe.rpush(self.start_urls, *seeds)
            else:
                pipe.delete(self.seeds)
            pipe.delete(self.run)
            pipe.hset(self.run, mapping={"started": time.time(), "by": worker, f"w:{worker}": time.time()})
            pipe.execute()
            if last:
                logger.warning(
                    "The last run did not finish cleanly (%s): the requests its workers had popped "
                    "and not finished are lost from the frontier, so its start URLs are fetched "
                    "again with a fresh dupefilter; the article state skips what was written",
                    f"workers died: {last['lost']}" if last.get("lost") else "stopped before the end")
                return "resumed"
            return "new"

    def end(self) -> str:
        """Called by a worker that finished: the last one ends the run (``finished``, or
        ``lost`` when a worker died during it); else ``running``."""
        with self.lock():
            live, _ = self.worker_status()
            if live or self.queue_size() or self.redis.llen(self.start_urls):
                return "running"
            if self.redis.hget(self.run, "lost"):
                return "lost"
            self.redis.delete(self.run, self.seeds, self.dupefilter, self.sites)
            return "finished"

    def reset(self) -> None:
        """Forget the frontier: queue, dupefilter, start list, run, seeds, sites (not the state)."""
        self.redis.delete(self.requests, self.dupefilter, self.start_urls, self.run, self.seeds,
                          self.sites)


def _with_worker(template: str, worker: str) -> str:
    """``data/news-%(time)s.jsonl`` -> ``data/news-%(time)s.<worker>.jsonl`` (rejects files
    keep ending in ``.rejects.jsonl``)."""
    if not template:
        return template
    if "%(time)s" in template:
        return template.replace("%(time)s", f"%(time)s.{worker}", 1)
    head, sep, name = template.rpartition("/")
    stem, dot, suffix = name.rpartition(".")
    name = f"{stem}.{worker}.{suffix}" if dot else f"{name}.{worker}"
    return head + sep + name


class RedisAddon:
    """``REDIS_URL`` set: this crawl is a worker of a distributed crawl (module docstring)."""

    def __init__(self, crawler: Crawler):
        self.crawler = crawler

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> RedisAddon:
        return cls(crawler)

    def update_settings(self, settings: BaseSettings) -> None:
        if not settings.get("REDIS_URL"):
            return
        for name, value in {
            "SCHEDULER": "newscrawler.distributed.scheduler.RedisScheduler",
            "DUPEFILTER_CLASS": "scrapy_redis.dupefilter.RFPDupeFilter",
            "SCHEDULER_PERSIST": True,
            "NEWSCRAWLER_STATE_BACKEND": "newscrawler.state.redis.RedisArticleState",
        }.items():
            settings.set(name, value, priority=max(settings.getpriority(name) or 0, 15))
        if settings.getdict("FEEDS"):
            logger.warning("Distributed mode with -O/-o: each worker exports what it finds, without "
                           "the shared article state (articles may be written by two workers)")
        frontier = Frontier.from_settings(settings, self.crawler.spidercls.name)
        worker = frontier.acquire_id(settings.get("NEWSCRAWLER_WORKER_ID", ""))
        frontier.redis.close()
        settings.set("NEWSCRAWLER_WORKER_ID", worker, priority=max(settings.getpriority("NEWSCRAWLER_WORKER_ID") or 0, 15))
        for name in ("NEWSCRAWLER_OUTPUT", "NEWSCRAWLER_REJECTS"):
            settings.set(name, _with_worker(settings.get(name) or "", worker), priority=settings.getpriority(name) or 15)
        settings.set_in_component_priority_dict("EXTENSIONS", RedisWorker, 60)
        settings.set_in_component_priority_dict("ITEM_PIPELINES", ClaimPipeline, 260)
        settings.set_in_component_priority_dict("SPIDER_MIDDLEWARES", SharedStartMiddleware, 10)
        settings.set_in_component_priority_dict("DOWNLOADER_MIDDLEWARES", OffsiteMiddleware, None)
        settings.set_in_component_priority_dict("DOWNLOADER_MIDDLEWARES", SharedOffsiteMiddleware, 50)


class RedisWorker:
    """The worker's life: lease, run begin/end, start URL feeding, closing when all are idle."""

    def __init__(self, crawler: Crawler, frontier: Frontier, worker: str):
        self.crawler = crawler
        self.stats = crawler.stats
        self.frontier = frontier
        self.worker = worker
        settings = crawler.settings
        self.poll = settings.getfloat("NEWSCRAWLER_REDIS_POLL", 0.5)
        self.idle_close = settings.getfloat("NEWSCRAWLER_REDIS_IDLE_CLOSE", 5.0)
        self.batch = settings.getint("REDIS_START_URLS_BATCH_SIZE") or settings.getint("CONCURRENT_REQUESTS", 16)
        self.capacity = settings.getint("CONCURRENT_REQUESTS", 16)
        self.idle_since: float | None = None
        self.done = False
        self.timer: task.LoopingCall | None = None
        self.lost_seen: set[str] = set()

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> RedisWorker:
        settings = crawler.settings
        if not settings.get("REDIS_URL"):
            raise NotConfigured
        ext = cls(crawler, Frontier.from_settings(settings, crawler.spidercls.name),
                  settings["NEWSCRAWLER_WORKER_ID"])
        crawler.signals.connect(ext.spider_opened, signal=signals.spider_opened)
        crawler.signals.connect(ext.spider_idle, signal=signals.spider_idle)
        crawler.signals.connect(ext.spider_closed, signal=signals.spider_closed)
        return ext

    def spider_opened(self, spider: Any) -> None:
        self.stats.set_value("newscrawler/redis/worker", self.worker)
        self.frontier.renew(self.worker, busy=True)
        state = state_of(self.crawler)
        if state is not None and hasattr(state, "release_own_claims"):
            # After the store pipeline recovered this worker's .part files (open_spider).
            released = state.release_own_claims()
            if released:
                self.stats.set_value("newscrawler/redis/claims_released", released // 2)
                logger.warning("Released %d article claims this worker id left unwritten when it "
                               "died: those articles are fetched again", released // 2)
        run = self.frontier.begin(self.worker)
        self.stats.set_value("newscrawler/redis/run", run)
        self.stats.set_value("newscrawler/redis/frontier_at_start", self.frontier.queue_size())
        logger.info("Worker %s (%s run); frontier %s, start list %s", self.worker, run,
                    self.frontier.requests, self.frontier.start_urls)
        self.timer = task.LoopingCall(self.tick)
        self.timer.start(self.poll, now=False)

    def _engine_busy(self) -> bool:
        engine = self.crawler.engine
        try:
            return not engine.spider_is_idle()
        except RuntimeError:
            return False

    def _wake(self) -> None:
        # Scrapy pulls from the scheduler when a download ends, or every 5 s
        # (ExecutionEngine._SLOT_HEARTBEAT_INTERVAL). Requests other workers push to the shared
        # queue need a pull sooner; there is no public call for it.
        slot = getattr(self.crawler.engine, "_slot", None)
        if slot is not None:
            slot.nextcall.schedule()

    def tick(self) -> None:
        try:
            self._tick()
        except Exception as exc:  # Redis away for a moment: keep the crawl, say so
            self.stats.inc_value("newscrawler/redis/poll_failed")
            logger.error("Redis poll failed (%s: %s)", type(exc).__name__, exc)

    def _tick(self) -> None:
        engine = self.crawler.engine
        spider = self.crawler.spider
        if self.done or engine is None or spider is None:
            return
        busy = self._engine_busy()
        self.frontier.renew(self.worker, busy)
        active = len(engine.downloader.active)
        popped = self.frontier.pop_start_urls(self.batch) if active < self.capacity else []
        if popped:
            sites = self.frontier.add_seeds(popped)
            spider.allowed_domains = sorted({*(getattr(spider, "allowed_domains", None) or ()), *sites})
            follow = getattr(spider, "follow", None) or Request
            for url in popped:
                engine.crawl(follow(url))
            self.stats.inc_value("newscrawler/redis/start_urls_popped", len(popped))
            logger.info("Popped %d start URLs from %s", len(popped), self.frontier.start_urls)
        queued = self.frontier.queue_size()
        if queued and active < self.capacity:
            self._wake()
        if busy or popped or queued or self.frontier.redis.llen(self.frontier.start_urls):
            self.idle_since = None
            return
        live, lost = self.frontier.worker_status(exclude=self.worker)
        new_lost = set(lost) - self.lost_seen
        if new_lost:
            self.lost_seen |= new_lost
            self.stats.inc_value("newscrawler/redis/workers_lost", len(new_lost))
            logger.warning("Worker(s) %s died mid-run: the requests they had popped are lost for "
                           "this run; the next run fetches the start URLs again", ", ".join(sorted(new_lost)))
        if any(s.get("busy") for s in live.values()):
            self.idle_since = None
            return
        now = time.monotonic()
        self.idle_since = self.idle_since or now
        if self.idle_close > 0 and now - self.idle_since >= self.idle_close:
            logger.info("Frontier and start list empty, no worker busy for %.1f s: closing", self.idle_close)
            self.done = True
            self._wake()

    def spider_idle(self, spider: Any) -> None:
        if not self.done:
            raise DontCloseSpider

    def spider_closed(self, spider: Any, reason: str) -> None:
        if self.timer is not None and self.timer.running:
            self.timer.stop()
        try:
            self.frontier.leave(self.worker)
            if reason == "finished":
                run = self.frontier.end()
                self.stats.set_value("newscrawler/redis/run_end", run)
                if run == "finished":
                    logger.info("Last worker of the run: dupefilter and run cleared")
                elif run == "lost":
                    logger.warning("Run ended with workers lost mid-run: the next run fetches its "
                                   "start URLs again and writes what is missing")
        finally:
            self.frontier.redis.close()


class SharedStartMiddleware:
    """Registers the spider's own start URLs as seeds of the run (their sites are shared);
    without any, the worker waits for pushed ones instead of failing."""

    def __init__(self, crawler: Crawler):
        self.crawler = crawler

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> SharedStartMiddleware:
        if not crawler.settings.get("REDIS_URL"):
            raise NotConfigured
        return cls(crawler)

    async def process_start(self, start: AsyncIterator[Any]) -> AsyncIterator[Any]:
        spider = self.crawler.spider
        urls = list(getattr(spider, "start_urls", None) or [])
        if not urls:
            logger.info("No start URLs given: waiting for URLs pushed to the start list")
            return
        frontier = Frontier.from_settings(self.crawler.settings, spider.name)
        try:
            frontier.add_seeds(urls)
        finally:
            frontier.redis.close()
        async for request in start:
            yield request


class SharedOffsiteMiddleware(OffsiteMiddleware):
    """Scrapy's offsite check against the sites of every worker's start URLs.

    A request is checked once, by the worker that schedules it (the ``request_scheduled``
    signal), against its sites refreshed from Redis when the host is not among them; a
    request popped from the shared frontier was checked by the worker that pushed it, so the
    download-time check is skipped (another worker may not have seen that site's start URL yet).
    """

    sites: Frontier

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> SharedOffsiteMiddleware:
        if not crawler.settings.get("REDIS_URL"):
            raise NotConfigured
        mw = super().from_crawler(crawler)
        mw.sites = Frontier.from_settings(crawler.settings, crawler.spidercls.name)
        return mw

    def request_scheduled(self, request: Any, spider: Any) -> None:
        OffsiteMiddleware.process_request(self, request)

    def process_request(self, request: Any, spider: Any = None) -> None:
        return None

    def should_follow(self, request: Any, spider: Any) -> bool:
        mine = getattr(spider, "allowed_domains", None) or []
        if mine and super().should_follow(request, spider):
            return True
        shared = self.sites.shared_sites()
        if shared - set(mine):
            spider.allowed_domains = sorted({*mine, *shared})
        return super().should_follow(request, spider)


class ClaimPipeline:
    """Before the store pipeline writes an article: claim it across workers, atomically.

    Dropped (as a known article, not a reject) when another worker wrote it or holds its
    claim: ``newscrawler/redis/claim_{known,known_content,claimed}``.
    """

    def __init__(self, crawler: Crawler, state: Any):
        self.stats = crawler.stats
        self.state = state

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> ClaimPipeline:
        state = state_of(crawler)
        if state is None or not hasattr(state, "claim"):
            raise NotConfigured
        return cls(crawler, state)

    def process_item(self, item: Any) -> Any:
        from itemadapter import ItemAdapter

        adapter = ItemAdapter(item)
        claim = self.state.claim(url_key(adapter["url"]), adapter["fingerprint"],
                                 int(adapter.get("version") or 1))
        if claim.ok:
            self.stats.inc_value("newscrawler/redis/claimed")
            return item
        self.stats.inc_value(f"newscrawler/redis/claim_{claim.verdict}")
        raise KnownArticle(f"duplicate: {claim.verdict} ({claim.other}) across workers")
