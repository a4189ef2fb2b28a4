"""Embedded background work: a few asyncio workers fed by an in-memory queue.

The database row is the durable record of the work (status, attempts, lease); this queue only
delivers ids. Anything it loses in a crash is found again by the owner's periodic sweep."""

from __future__ import annotations

import asyncio
import contextlib
import uuid
from collections.abc import Awaitable, Callable
from typing import Protocol

import structlog

log = structlog.get_logger(__name__)

Handler = Callable[[uuid.UUID], Awaitable[None]]


class TaskQueue(Protocol):
    """Where committed work is handed over: in-process now, a shared queue in scale-out mode."""

    async def submit(self, item_id: uuid.UUID) -> None: ...


Sweep = Callable[[], Awaitable[list[uuid.UUID]]]


class InProcessQueue:
    def __init__(
        self, name: str, handler: Handler, sweep: Sweep, *, concurrency: int, sweep_seconds: float
    ) -> None:
        self.name = name
        self._handler = handler
        self._sweep = sweep
        self._concurrency = concurrency
        self._sweep_seconds = sweep_seconds
        self._queue: asyncio.Queue[uuid.UUID] = asyncio.Queue()
        self._queued: set[uuid.UUID] = set()
        self._tasks: list[asyncio.Task[None]] = []

    async def submit(self, item_id: uuid.UUID) -> None:
        self.enqueue(item_id)

    def enqueue(self, item_id: uuid.UUID) -> None:
        if item_id not in self._queued:  # a sweep may find what an upload already queued
            self._queued.add(item_id)
            self._queue.put_nowait(item_id)

    async def start(self) -> None:
        self._tasks = [
            asyncio.create_task(self._work(), name=f"{self.name}-worker-{n}")
            for n in range(self._concurrency)
        ]
        self._tasks.append(asyncio.create_task(self._sweeper(), name=f"{self.name}-sweeper"))

    async def stop(self) -> None:
        for task in self._tasks:
            task.cancel()
        for task in self._tasks:
            with contextlib.suppress(asyncio.CancelledError):
                await task
        self._tasks = []

    async def join(self) -> None:
        """Wait until everything queued so far is done (tests, benchmarks, graceful drain)."""
        await self._queue.join()

    async def _work(self) -> None:
        while True:
            item_id = await self._queue.get()
            self._queued.discard(item_id)
            try:
                await self._handler(item_id)
            except Exception as exc:  # the handler records failures; this only keeps the worker alive
                log.error(
                    "task.crashed",
                    queue=self.name,
                    item_id=str(item_id),
                    error=type(exc).__name__,
                    exc_info=exc,
                )
            finally:
                self._queue.task_done()

    async def _sweeper(self) -> None:
        while True:
            try:
                for item_id in await self._sweep():
                    self.enqueue(item_id)
            except Exception as exc:  # e.g. the database is briefly down: try again next round
                log.warning("task.sweep_failed", queue=self.name, error=type(exc).__name__)
            await asyncio.sleep(self._sweep_seconds)
