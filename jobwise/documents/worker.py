"""Code that runs inside a worker process: resource limits, then the parse."""

from __future__ import annotations

import math
import resource

from jobwise.documents.docx import extract_docx
from jobwise.documents.errors import InvalidFile
from jobwise.documents.pdf import extract_pdf
from jobwise.documents.result import DocumentKind

MIB = 1024 * 1024
MAX_TEXT_CHARS = 2_000_000  # about 500 dense pages: no CV is this long


def parse(data: bytes, kind: DocumentKind, memory_mb: int, cpu_s: float, max_pages: int) -> tuple[str, int]:
    """Extract (text, pages) under an address-space and CPU-time limit for this one task."""
    _limit(memory_mb, cpu_s)
    try:
        text, pages = extract_pdf(data, max_pages=max_pages) if kind == "pdf" else extract_docx(data)
    except MemoryError:
        raise InvalidFile("The file needs too much memory to process") from None
    except RecursionError:
        raise InvalidFile("The file is nested too deeply to process") from None
    finally:
        _unlimit()
    if len(text) > MAX_TEXT_CHARS:
        raise InvalidFile("The document has far more text than a CV")
    return text, pages


def ready() -> bool:
    """A no-op task: running it makes a fresh worker import the parsers before real work."""
    return True


def _limit(memory_mb: int, cpu_s: float) -> None:
    # Soft limits only, so the next task can set its own; the hard limits stay as inherited.
    # RLIMIT_CPU counts the worker's whole life, hence the offset by what it already used.
    usage = resource.getrusage(resource.RUSAGE_SELF)
    used = usage.ru_utime + usage.ru_stime
    _set_soft(resource.RLIMIT_CPU, math.ceil(used + cpu_s) + 1)
    _set_soft(resource.RLIMIT_AS, memory_mb * MIB)


def _unlimit() -> None:
    # The pool's own loop (receiving the next document, sending this result) runs unlimited.
    _set_soft(resource.RLIMIT_CPU, resource.RLIM_INFINITY)
    _set_soft(resource.RLIMIT_AS, resource.RLIM_INFINITY)


def _set_soft(which: int, value: int) -> None:
    _, hard = resource.getrlimit(which)
    if hard != resource.RLIM_INFINITY and (value == resource.RLIM_INFINITY or value > hard):
        value = hard
    resource.setrlimit(which, (value, hard))
