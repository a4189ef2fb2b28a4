"""Rate limits on the `limits` library: memory by default, Redis when configured, memory again if
Redis is down (logged), so an outage never fails requests."""

from __future__ import annotations

import math
import time
from typing import Any

import structlog
from limits import RateLimitItem, parse
from limits.aio.storage import MemoryStorage, RedisStorage, Storage
from limits.aio.strategies import MovingWindowRateLimiter

from jobwise.core.errors import RateLimited

log = structlog.get_logger(__name__)
REDIS_RETRY_SECONDS = 30.0


class RateLimiter:
    def __init__(self, redis_url: str | None = None, *, key_prefix: str = "jobwise") -> None:
        self._memory = MovingWindowRateLimiter(MemoryStorage())
        self._redis: MovingWindowRateLimiter | None = None
        self._redis_storage: Storage | None = None
        if redis_url:
            self._redis_storage = RedisStorage(
                "async+" + redis_url,
                implementation="redispy",
                key_prefix=key_prefix,
                wrap_exceptions=True,
                socket_timeout=0.5,
                socket_connect_timeout=0.5,
            )
            self._redis = MovingWindowRateLimiter(self._redis_storage)
        self._redis_down_until = 0.0

    @property
    def backend(self) -> str:
        return "redis" if self._redis and time.monotonic() >= self._redis_down_until else "memory"

    async def hit(self, limit: str | RateLimitItem, *identifiers: str, message: str | None = None) -> None:
        """Count one request; raise RateLimited (with Retry-After) when over the limit."""
        item = _item(limit)
        if not await self._call("hit", item, *identifiers):
            raise RateLimited(await self.retry_after(item, *identifiers), message)

    async def check(self, limit: str | RateLimitItem, *identifiers: str, message: str | None = None) -> None:
        """Raise RateLimited when the limit is used up, without counting a request."""
        item = _item(limit)
        if not await self._call("test", item, *identifiers):
            raise RateLimited(await self.retry_after(item, *identifiers), message)

    async def clear(self, limit: str | RateLimitItem, *identifiers: str) -> None:
        await self._call("clear", _item(limit), *identifiers)

    async def retry_after(self, item: RateLimitItem, *identifiers: str) -> int:
        stats = await self._call("get_window_stats", item, *identifiers)
        reset_in: float = stats.reset_time - time.time()
        return max(1, math.ceil(reset_in))

    async def ping(self) -> bool | None:
        """Redis health for /ready: None when Redis is not configured."""
        if self._redis_storage is None:
            return None
        try:
            return bool(await self._redis_storage.check())
        except Exception:
            return False

    async def _call(self, method: str, item: RateLimitItem, *identifiers: str) -> Any:
        if self._redis is not None and time.monotonic() >= self._redis_down_until:
            try:
                return await getattr(self._redis, method)(item, *identifiers)
            except Exception as exc:  # any Redis failure: degrade to per-process limits
                self._redis_down_until = time.monotonic() + REDIS_RETRY_SECONDS
                log.warning("ratelimit.redis_unavailable", error=type(exc).__name__, fallback="memory")
        return await getattr(self._memory, method)(item, *identifiers)


def _item(limit: str | RateLimitItem) -> RateLimitItem:
    return parse(limit) if isinstance(limit, str) else limit
