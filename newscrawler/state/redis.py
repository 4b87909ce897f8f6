"""The distributed state backend: the article state in Redis, shared by every worker.

Keys (prefix ``NEWSCRAWLER_REDIS_STATE_PREFIX``, default ``newscrawler``):

- ``<prefix>:articles``     hash  URL key -> JSON {url, fp, v, first, last}
- ``<prefix>:fingerprints`` hash  content fingerprint -> URL
- ``<prefix>:gone``         hash  URL key -> JSON {url, status, seen}
- ``<prefix>:claims``       hash  ``u:<URL key>`` / ``f:<fingerprint>`` -> ``<worker> <expiry ms>``

Reads are one call per method, as for SQLite. What SQLite gets from its exclusive lock (one
writer, so no article written twice) N workers get from ``claim``: before an article is
written, one Lua script checks the article and fingerprint hashes and the claims, and claims
both keys for this worker, atomically. The store pipeline then writes the line, fsyncs and
``commit``s (which deletes the claims). A claim whose worker died before ``commit`` is
released when a worker with the same id starts again, after its ``.part`` files have been
recovered (so what reached the file is committed, and what did not is fetched again), or by
anyone once ``NEWSCRAWLER_REDIS_CLAIM_TTL`` has passed (a worker that never comes back).

Durability is Redis's: run it with ``appendonly yes`` (``appendfsync everysec`` loses at most
a second of commits on a power cut: those articles are written again by the next run).
"""

from __future__ import annotations

import json
import time
from pathlib import Path
from typing import Any, Iterable, NamedTuple

from newscrawler.state import ArticleState, Known, Record

# KEYS: articles, fingerprints, claims
# ARGV: key, fingerprint, version, owner, now_ms, ttl_ms
_CLAIM = """
local known = redis.call('HGET', KEYS[1], ARGV[1])
if known then
  local k = cjson.decode(known)
  if k.fp == ARGV[2] or k.v >= tonumber(ARGV[3]) then return {'known', k.url} end
end
local other = redis.call('HGET', KEYS[2], ARGV[2])
if other then return {'known_content', other} end
local fields = {'u:' .. ARGV[1], 'f:' .. ARGV[2]}
local now = tonumber(ARGV[5])
for _, f in ipairs(fields) do
  local c = redis.call('HGET', KEYS[3], f)
  if c then
    local who, expiry = string.match(c, '^(.*) (%d+)$')
    if who ~= ARGV[4] and tonumber(expiry) > now then return {'claimed', who} end
  end
end
local value = ARGV[4] .. ' ' .. string.format('%d', now + tonumber(ARGV[6]))
redis.call('HSET', KEYS[3], fields[1], value, fields[2], value)
return {'ok', ''}
"""

# KEYS: articles, fingerprints, gone, claims
# ARGV: now, then (key, url, fingerprint, version) per record
_COMMIT = """
local now = tonumber(ARGV[1])
for i = 2, #ARGV, 4 do
  local key, url, fp, v = ARGV[i], ARGV[i + 1], ARGV[i + 2], tonumber(ARGV[i + 3])
  local old = redis.call('HGET', KEYS[1], key)
  local first, keep = now, false
  if old then
    local o = cjson.decode(old)
    first = o.first
    keep = o.v > v
  end
  if not keep then
    redis.call('HSET', KEYS[1], key, cjson.encode({url = url, fp = fp, v = v, first = first, last = now}))
  end
  redis.call('HSETNX', KEYS[2], fp, url)
  redis.call('HDEL', KEYS[3], key)
  redis.call('HDEL', KEYS[4], 'u:' .. key, 'f:' .. fp)
end
return (#ARGV - 1) / 4
"""

# KEYS: articles; ARGV: key, now
_TOUCH = """
local old = redis.call('HGET', KEYS[1], ARGV[1])
if not old then return 0 end
local o = cjson.decode(old)
o.last = tonumber(ARGV[2])
redis.call('HSET', KEYS[1], ARGV[1], cjson.encode(o))
return 1
"""

# KEYS: claims; ARGV: owner. Deletes the owner's claims, returns how many.
_RELEASE = """
local all = redis.call('HGETALL', KEYS[1])
local n = 0
for i = 1, #all, 2 do
  local who = string.match(all[i + 1], '^(.*) %d+$')
  if who == ARGV[1] then
    redis.call('HDEL', KEYS[1], all[i])
    n = n + 1
  end
end
return n
"""


class Claim(NamedTuple):
    """The answer to ``claim``: ``ok`` (write it), or why not and who has it."""

    verdict: str  # ok, known, known_content, claimed
    other: str  # the URL already written, or the worker holding the claim

    @property
    def ok(self) -> bool:
        return self.verdict == "ok"


def connect(url: str) -> Any:
    """A redis-py client (imported here: Redis is needed only in distributed mode)."""
    import redis

    return redis.Redis.from_url(url, decode_responses=True, socket_timeout=30,
                                socket_connect_timeout=10, health_check_interval=30)


class RedisArticleState(ArticleState):
    def __init__(self, client: Any, prefix: str = "newscrawler", owner: str = "",
                 claim_ttl: float = 3600.0):
        self.redis = client
        self.prefix = prefix
        self.owner = owner or "anonymous"
        self.claim_ttl_ms = int(claim_ttl * 1000)
        self.articles = f"{prefix}:articles"
        self.fingerprints = f"{prefix}:fingerprints"
        self.gone = f"{prefix}:gone"
        self.claims = f"{prefix}:claims"
        self._claim = client.register_script(_CLAIM)
        self._commit = client.register_script(_COMMIT)
        self._touch = client.register_script(_TOUCH)
        self._release = client.register_script(_RELEASE)

    @classmethod
    def from_settings(cls, settings: Any, directory: Path) -> RedisArticleState:
        """``directory`` is unused: the state is where ``REDIS_URL`` points."""
        url = settings.get("REDIS_URL")
        if not url:
            raise ValueError("RedisArticleState needs REDIS_URL")
        return cls(
            connect(url),
            prefix=settings.get("NEWSCRAWLER_REDIS_STATE_PREFIX") or "newscrawler",
            owner=settings.get("NEWSCRAWLER_WORKER_ID") or "",
            claim_ttl=settings.getfloat("NEWSCRAWLER_REDIS_CLAIM_TTL", 3600.0),
        )

    def __str__(self) -> str:
        kwargs = self.redis.connection_pool.connection_kwargs
        where = kwargs.get("path") or f"{kwargs.get('host')}:{kwargs.get('port')}/{kwargs.get('db', 0)}"
        return f"redis {where} {self.prefix}:* (worker {self.owner})"

    # --- ArticleState ------------------------------------------------------------------
    def known(self, key: str) -> Known | None:
        raw = self.redis.hget(self.articles, key)
        if raw is None:
            return None
        k = json.loads(raw)
        return Known(k["url"], k["fp"], int(k["v"]), float(k["last"]))

    def seen_fingerprint(self, fingerprint: str) -> str | None:
        return self.redis.hget(self.fingerprints, fingerprint)

    def commit(self, records: Iterable[Record], when: float) -> int:
        args: list[Any] = [repr(float(when))]
        for r in records:
            args += [r.key, r.url, r.fingerprint, int(r.version)]
        if len(args) == 1:
            return 0
        keys = [self.articles, self.fingerprints, self.gone, self.claims]
        return int(self._commit(keys=keys, args=args))

    def touch(self, key: str, when: float) -> None:
        self._touch(keys=[self.articles], args=[key, repr(float(when))])

    def mark_gone(self, key: str, url: str, status: int, when: float) -> None:
        self.redis.hset(self.gone, key, json.dumps({"url": url, "status": status, "seen": when}))

    def gone_since(self, key: str) -> float | None:
        raw = self.redis.hget(self.gone, key)
        return float(json.loads(raw)["seen"]) if raw is not None else None

    def counts(self) -> dict[str, int]:
        pipe = self.redis.pipeline(transaction=False)
        for name in (self.articles, self.fingerprints, self.gone, self.claims):
            pipe.hlen(name)
        articles, fingerprints, gone, claims = pipe.execute()
        return {"articles": articles, "fingerprints": fingerprints, "gone": gone, "claims": claims}

    def close(self) -> None:
        self.redis.close()

    # --- across workers ----------------------------------------------------------------
    def claim(self, key: str, fingerprint: str, version: int = 1) -> Claim:
        """Atomically: unless the article (URL key, or content) is written or claimed by a
        live claim of another worker, claim both for this worker until ``commit``."""
        verdict, other = self._claim(
            keys=[self.articles, self.fingerprints, self.claims],
            args=[key, fingerprint, int(version), self.owner, int(time.time() * 1000), self.claim_ttl_ms],
        )
        return Claim(verdict, other)

    def release_own_claims(self) -> int:
        """Drop the claims this worker id still holds: called at start, after the worker's
        unfinished files were recovered and committed, so these articles reached no file."""
        return int(self._release(keys=[self.claims], args=[self.owner]))
