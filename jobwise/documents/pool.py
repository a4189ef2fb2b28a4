"""A small pool of pre-started worker processes that parse documents under time and memory limits.

Starting a Python process per document costs more than parsing a CV, so workers are reused;
pebble kills and replaces a worker that overruns its timeout or dies (e.g. PDFium crashing or
hitting the memory limit), and the server only ever sees an `InvalidFile`.

Workers are started with "spawn", so a script that calls `extract_text` at import time needs the
usual `if __name__ == "__main__":` guard (servers and test runners already have one).
"""

from __future__ import annotations

import multiprocessing
import os
import threading
from concurrent.futures import TimeoutError as FutureTimeout
from concurrent.futures.process import BrokenProcessPool

from pebble import ProcessExpired, ProcessPool

from jobwise.documents import worker
from jobwise.documents.errors import DocumentError, InvalidFile
from jobwise.documents.result import ExtractedDocument
from jobwise.documents.sniff import sniff_type

MAX_TASKS_PER_WORKER = 500  # recycle now and then: PDFium may keep caches between documents
DEFAULT_MAX_PAGES = 50
STALL_GUARD_FACTOR = 10  # pebble enforces timeout_s; this only bounds a wait on a stalled pool

_lock = threading.Lock()
_pool: ProcessPool | None = None


def start_pool(workers: int | None = None, *, timeout_s: float = 30.0) -> None:
    """Start the workers now (e.g. at app startup) instead of on the first document."""
    _get_pool(workers).schedule(worker.ready).result(timeout=timeout_s)


def shutdown_pool() -> None:
    """Stop the worker processes; the next extraction starts a fresh pool."""
    global _pool
    with _lock:
        pool, _pool = _pool, None
    if pool is not None:
        pool.stop()  # type: ignore[no-untyped-call]
        pool.join(timeout=5)


def extract_text(
    data: bytes, *, timeout_s: float = 20.0, memory_mb: int = 768, max_pages: int = DEFAULT_MAX_PAGES
) -> ExtractedDocument:
    """Parse a PDF or DOCX in a worker process; blocking, so call it from a thread.

    `timeout_s` counts from when a worker takes the document, not time spent queued behind others.
    """
    kind = sniff_type(data)
    args = (data, kind, memory_mb, timeout_s, max_pages)
    future = _get_pool().schedule(worker.parse, args=args, timeout=timeout_s)
    try:
        text, pages = future.result(timeout=STALL_GUARD_FACTOR * timeout_s + 60)
    except FutureTimeout:
        if not future.done():  # the pool did not answer at all: not the file's fault
            future.cancel()  # type: ignore[no-untyped-call]
            raise RuntimeError("The document worker pool did not answer") from None
        raise InvalidFile("Processing took too long; the file may be damaged or too complex") from None
    except ProcessExpired:
        raise InvalidFile("The reader crashed or ran out of memory on this file") from None
    except DocumentError:
        raise
    except BrokenProcessPool:  # our fault, not the file's: start afresh next time
        shutdown_pool()
        raise
    except Exception as exc:  # anything else the parser raised is a file we cannot read
        raise InvalidFile(f"The file could not be read: {type(exc).__name__}") from exc
    return ExtractedDocument(kind=kind, text=text, pages=pages)


def _get_pool(workers: int | None = None) -> ProcessPool:
    global _pool
    with _lock:
        if _pool is None or not _pool.active:
            size = workers or max(1, min(2, os.cpu_count() or 1))
            # "spawn": forking a threaded server (event loop, DB pools) can deadlock the child.
            context = multiprocessing.get_context("spawn")
            _pool = ProcessPool(max_workers=size, max_tasks=MAX_TASKS_PER_WORKER, context=context)
        return _pool
