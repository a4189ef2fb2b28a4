"""PDF to text with PDFium (run inside a worker process, never in the server)."""

from __future__ import annotations

import ctypes
import re
from collections import Counter
from itertools import pairwise

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c

from jobwise.documents import layout
from jobwise.documents.errors import InvalidFile
from jobwise.documents.text import clean, has_words

_PASSWORD_ERROR = 4
_EDGE = 3  # lines at the top and at the bottom of a page where running headers and footers sit
_DIGITS = re.compile(r"\d+")
_PAGE_WORD = re.compile(r"(?i)\b(?:page|seite|página|pagina|p\.)")
_LETTER = re.compile(r"[^\W\d_]")
_RUNNING = re.compile(r"[^•\-–*●▪■](?:.*[^\W\d_]){3}")  # words, and no list items
_HYPHEN = "\x02"  # PDFium's mark for a hyphen that breaks a word at the end of a line
_UNLOCK = "remove the password and upload it again"
_LINK_SCHEMES = ("http://", "https://", "mailto:")
_OPEN_ERRORS = {
    3: "the file is damaged or not a PDF",
    5: "it uses an unsupported security handler",
}


def extract_pdf(data: bytes, *, max_pages: int) -> tuple[str, int]:
    """Text of every page in reading order, pages separated by a blank line.

    Web and mail links whose address the text does not show (a "LinkedIn" label, an icon) are
    added as lines at the end: CVs often hide the profile URLs behind such labels.
    """
    document = _open(data)
    try:
        count = len(document)
        if count == 0:
            raise InvalidFile("The PDF has no pages")
        if count > max_pages:
            raise InvalidFile(f"The PDF has {count} pages; at most {max_pages} are accepted")
        pages = [_read_page(document, index) for index in range(count)]
    finally:
        document.close()
    text = clean("\n\n".join(_without_running_lines([page_text for page_text, _ in pages])))
    links = dict.fromkeys(url for _, urls in pages for url in urls)
    hidden = [url for url in links if url not in text]
    text = "\n\n".join([text, "\n".join(hidden)]) if hidden else text
    if not has_words(text):
        raise InvalidFile("The file has no text layer (scanned image?); upload a text-based PDF or DOCX")
    return text, count


def _without_running_lines(pages: list[str]) -> list[str]:
    """Drop running headers and footers: lines that open or close several pages alike (page
    numbers aside). A header stays where it first opens a page (often the name); elsewhere it
    would cut into the text that runs on from one page to the next."""
    if len(pages) < 2:
        return pages
    lines = [page.strip().splitlines() for page in pages]
    edges = [{_shape(line) for line in page[:_EDGE] + page[-_EDGE:]} for page in lines]
    counts = Counter(shape for page in edges for shape in page)
    running = {shape for shape, count in counts.items() if count >= 2 and _RUNNING.match(shape)}
    if not running:
        return pages
    return ["\n".join(_kept(page, running, first=number == 0)) for number, page in enumerate(lines)]


def _kept(page: list[str], running: set[str], *, first: bool) -> list[str]:
    edge = set(range(_EDGE)) | set(range(len(page) - _EDGE, len(page)))
    heading = set(range(_EDGE)) if first else set()
    return [
        line for at, line in enumerate(page) if at in heading or at not in edge or _shape(line) not in running
    ]


def _shape(line: str) -> str:
    """The line as it repeats from page to page: only a page number may change."""
    line = " ".join(line.split())
    return _DIGITS.sub("#", line) if _PAGE_WORD.search(line) or not _LETTER.search(line) else line


def _open(data: bytes) -> pdfium.PdfDocument:
    try:
        return pdfium.PdfDocument(data)
    except pdfium.PdfiumError as exc:
        code = getattr(exc, "err_code", None)
        # pdfium's last-error code is process-global and survives into later failures, so a
        # password verdict also needs an encryption dictionary in the file itself.
        if code == _PASSWORD_ERROR and b"/Encrypt" in data:
            raise InvalidFile(f"The PDF is password-protected; {_UNLOCK}") from exc
        reason = _OPEN_ERRORS.get(code or 0, "the file is damaged")
        raise InvalidFile(f"The PDF could not be read: {reason}") from exc


def _read_page(document: pdfium.PdfDocument, index: int) -> tuple[str, list[str]]:
    page = document[index]
    try:
        return _page_text(page), _page_links(document, page)
    finally:
        page.close()


def _page_text(page: pdfium.PdfPage) -> str:
    textpage = page.get_textpage()
    try:
        boxes = [textpage.get_rect(i) for i in range(textpage.count_rects())]
        order = layout.column_order(boxes, page.get_width())
        if order is None:
            return str(textpage.get_text_range())
        text = "\n".join(_line(textpage, [boxes[i] for i in line]) for line in order)
        return text.replace(_HYPHEN + "\n", "")  # a word hyphenated across lines, as PDFium joins it
    finally:
        textpage.close()


def _line(textpage: pdfium.PdfTextPage, boxes: list[layout.Box]) -> str:
    """Segments left to right; a wide gap (a column or a tab stop) becomes a tab."""
    parts = [" ".join(str(textpage.get_text_bounded(*boxes[0])).split())]
    for before, box in pairwise(boxes):
        parts.append("\t" if box[0] - before[2] > box[3] - box[1] else " ")
        parts.append(" ".join(str(textpage.get_text_bounded(*box)).split()))
    return "".join(parts)


def _page_links(document: pdfium.PdfDocument, page: pdfium.PdfPage) -> list[str]:
    """Targets of the page's URI link annotations (web and mail only)."""
    position, link, urls = ctypes.c_int(0), pdfium_c.FPDF_LINK(), []
    while pdfium_c.FPDFLink_Enumerate(page.raw, ctypes.byref(position), ctypes.byref(link)):
        action = pdfium_c.FPDFLink_GetAction(link)
        if action and pdfium_c.FPDFAction_GetType(action) == pdfium_c.PDFACTION_URI:
            size = pdfium_c.FPDFAction_GetURIPath(document.raw, action, None, 0)
            buffer = ctypes.create_string_buffer(min(size, 2048))  # longer: left out, not cut
            pdfium_c.FPDFAction_GetURIPath(document.raw, action, buffer, len(buffer))
            url = buffer.value.decode("utf-8", "replace").strip()
            if url.lower().startswith(_LINK_SCHEMES):
                urls.append(url.removeprefix("mailto:"))
    return urls
