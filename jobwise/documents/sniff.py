"""Cheap, in-process checks run at upload time: the type from the bytes, size and zip structure.

Nothing here parses a PDF or reads a whole zip entry; the full parse happens in the worker pool.
"""

from __future__ import annotations

import io
import re
import struct
import zipfile

from jobwise.documents.errors import FileTooLarge, InvalidFile, InvalidFileType
from jobwise.documents.result import DocumentKind

PDF_HEADER_WINDOW = 1024  # readers accept a few bytes of junk before %PDF-
MAX_ZIP_ENTRIES = 1000
MAX_UNCOMPRESSED_BYTES = 100 * 1024 * 1024
MAX_ENTRY_RATIO = 100  # plain XML deflates 5-30x; bombs compress 1000x
RATIO_CHECK_MIN_BYTES = 64 * 1024
DTD_SCAN_BYTES = 64 * 1024  # a DOCTYPE can only sit in the prolog, before the root element

DOCX_MAIN_PART = "word/document.xml"
# The parts the worker parses, and their relationship files.
_TEXT_PART = re.compile(r"^word/(_rels/)?(document|header\d*|footer\d*)\.xml(\.rels)?$")
_CFB_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # OLE: legacy .doc or an encrypted DOCX
_EOCD = b"PK\x05\x06"


def sniff_type(data: bytes) -> DocumentKind:
    """Decide PDF or DOCX from the content alone (never the file name or Content-Type)."""
    if data.startswith(b"PK\x03\x04"):
        _read_zip_names(data)  # raises for zips that are not a DOCX
        return "docx"
    if data.startswith(_CFB_MAGIC):
        if "EncryptionInfo".encode("utf-16-le") in data:
            raise InvalidFile("The document is password-protected; remove the password and upload it again")
        raise InvalidFileType("Legacy Office files (.doc) are not supported; save the CV as DOCX or PDF")
    if b"%PDF-" in data[:PDF_HEADER_WINDOW]:
        return "pdf"
    raise InvalidFileType("Only PDF and DOCX files are accepted")


def check_upload(data: bytes, *, max_bytes: int) -> DocumentKind:
    """Size limit, type sniffing and the structural checks that are safe to run in the server."""
    if len(data) > max_bytes:
        raise FileTooLarge(f"The file is larger than {max_bytes / (1024 * 1024):.3g} MB")
    if not data:
        raise InvalidFile("The file is empty")
    kind = sniff_type(data)
    if kind == "pdf":
        _check_pdf(data)
    else:
        inspect_docx(data)
    return kind


def _check_pdf(data: bytes) -> None:
    # Encryption is left to the worker: PDFs with only an owner password open and read fine.
    if b"%%EOF" not in data:
        raise InvalidFile("The PDF is truncated or damaged (no end-of-file marker)")


def inspect_docx(data: bytes) -> zipfile.ZipFile:
    """Refuse zip bombs, encrypted entries and DTDs before anything is decompressed in full."""
    archive = _open_zip(data)
    infos = archive.infolist()
    if sum(info.file_size for info in infos) > MAX_UNCOMPRESSED_BYTES:
        raise InvalidFile("The DOCX expands to more than 100 MB (zip bomb?)")
    for info in infos:
        _check_entry(info)
    for info in infos:
        if _TEXT_PART.match(info.filename):
            _check_no_dtd(archive, info)
    return archive


def _check_entry(info: zipfile.ZipInfo) -> None:
    if info.flag_bits & 0x1:
        raise InvalidFile("The document is password-protected; remove the password and upload it again")
    ratio = info.file_size / max(info.compress_size, 1)
    if info.file_size > RATIO_CHECK_MIN_BYTES and ratio > MAX_ENTRY_RATIO:
        raise InvalidFile(f"The DOCX entry {info.filename!r} is compressed {ratio:.0f}:1 (zip bomb?)")


def _check_no_dtd(archive: zipfile.ZipFile, info: zipfile.ZipInfo) -> None:
    try:
        with archive.open(info) as entry:
            head = entry.read(DTD_SCAN_BYTES)
    except (zipfile.BadZipFile, NotImplementedError, ValueError, OSError) as exc:
        raise InvalidFile(f"The DOCX is damaged ({info.filename}: {exc})") from exc
    if head.startswith((b"\xff\xfe", b"\xfe\xff")):
        head = head.decode("utf-16", errors="ignore").encode()
    if b"<!DOCTYPE" in head or b"<!ENTITY" in head:
        raise InvalidFile("The DOCX contains XML entity declarations, which are refused")


def _open_zip(data: bytes) -> zipfile.ZipFile:
    entries = _declared_entry_count(data)
    if entries is not None and entries > MAX_ZIP_ENTRIES:
        raise InvalidFile(f"The DOCX has {entries} entries (more than {MAX_ZIP_ENTRIES})")
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
    except (zipfile.BadZipFile, zipfile.LargeZipFile, ValueError, OSError) as exc:
        raise InvalidFile("The DOCX is damaged (not a readable zip archive)") from exc
    if len(archive.infolist()) > MAX_ZIP_ENTRIES:
        raise InvalidFile(f"The DOCX has more than {MAX_ZIP_ENTRIES} entries")
    return archive


def _declared_entry_count(data: bytes) -> int | None:
    """Entry count from the end-of-central-directory record, read before zipfile parses it all."""
    pos = data.rfind(_EOCD, max(0, len(data) - 65_557))
    if pos < 0 or pos + 22 > len(data):
        return None
    (total,) = struct.unpack_from("<H", data, pos + 10)
    return int(total)


def _read_zip_names(data: bytes) -> set[str]:
    names = {info.filename for info in _open_zip(data).infolist()}
    if "[Content_Types].xml" in names and DOCX_MAIN_PART in names:
        return names
    if "[Content_Types].xml" in names and any(name.startswith("word/") for name in names):
        raise InvalidFile("The DOCX is incomplete: word/document.xml is missing")
    raise InvalidFileType("Only PDF and DOCX files are accepted (this is another kind of zip archive)")
