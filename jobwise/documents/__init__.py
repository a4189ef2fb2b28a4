"""Bytes to text, safely: type sniffing, upload checks and isolated PDF/DOCX text extraction."""

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
