"""The frontier's scheduler: scrapy-redis's, in its own module so that scrapy-redis is
imported only in distributed mode."""

from __future__ import annotations

from typing import Any

from scrapy_redis.scheduler import Scheduler


class RedisScheduler(Scheduler):
    """scrapy-redis's scheduler, counting its stats without the ``spider`` argument that
    Scrapy 2.19 deprecates (one warning per run otherwise)."""

    def enqueue_request(self, request: Any) -> bool:
        if not request.dont_filter and self.df.request_seen(request):
            self.df.log(request, self.spider)
            return False
        if self.stats:
            self.stats.inc_value("scheduler/enqueued/redis")
        self.queue.push(request)
        return True

    def next_request(self) -> Any:
        request = self.queue.pop(self.idle_before_close)
        if request and self.stats:
            self.stats.inc_value("scheduler/dequeued/redis")
        return request
