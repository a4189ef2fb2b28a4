"""Bytes to text, safely: type sniffing, upload checks and isolated PDF/DOCX text extraction.

At upload: `check_upload(data, max_bytes=...)` (cheap, in-process). In the background job:
`await asyncio.to_thread(extract_text, data)` (parses in a worker process). In the app's
lifespan: `start_pool()` in a thread at startup (optional warm-up) and `shutdown_pool()` at exit.
Every refusal is a `DocumentError` with an API `code` and a human `message`.
"""

from jobwise.documents.errors import DocumentError, FileTooLarge, InvalidFile, InvalidFileType
from jobwise.documents.pool import extract_text, shutdown_pool, start_pool
from jobwise.documents.result import DocumentKind, ExtractedDocument
from jobwise.documents.sniff import check_upload, sniff_type

__all__ = [
    "DocumentError",
    "DocumentKind",
    "ExtractedDocument",
    "FileTooLarge",
    "InvalidFile",
    "InvalidFileType",
    "check_upload",
    "extract_text",
    "shutdown_pool",
    "sniff_type",
    "start_pool",
]
