"""PDF to text with PDFium (run inside a worker process, never in the server)."""

from __future__ import annotations

import pypdfium2 as pdfium

from jobwise.documents import layout
from jobwise.documents.errors import InvalidFile
from jobwise.documents.text import clean, has_words

_PASSWORD_ERROR = 4
_UNLOCK = "remove the password and upload it again"
_OPEN_ERRORS = {
    3: "the file is damaged or not a PDF",
    5: "it uses an unsupported security handler",
}


def extract_pdf(data: bytes, *, max_pages: int) -> tuple[str, int]:
    """Text of every page in reading order, pages separated by a blank line."""
    document = _open(data)
    try:
        count = len(document)
        if count == 0:
            raise InvalidFile("The PDF has no pages")
        if count > max_pages:
            raise InvalidFile(f"The PDF has {count} pages; at most {max_pages} are accepted")
        pages = [_page_text(document, index) for index in range(count)]
    finally:
        document.close()
    text = clean("\n\n".join(pages))
    if not has_words(text):
        raise InvalidFile("The file has no text layer (scanned image?); upload a text-based PDF or DOCX")
    return text, count


def _open(data: bytes) -> pdfium.PdfDocument:
    try:
        return pdfium.PdfDocument(data)
    except pdfium.PdfiumError as exc:
        code = getattr(exc, "err_code", None)
        if code == _PASSWORD_ERROR:
            raise InvalidFile(f"The PDF is password-protected; {_UNLOCK}") from exc
        reason = _OPEN_ERRORS.get(code or 0, "the file is damaged")
        raise InvalidFile(f"The PDF could not be read: {reason}") from exc


def _page_text(document: pdfium.PdfDocument, index: int) -> str:
    page = document[index]
    textpage = page.get_textpage()
    try:
        boxes = [textpage.get_rect(i) for i in range(textpage.count_rects())]
        order = layout.column_order(boxes, page.get_width())
        if order is None:
            return str(textpage.get_text_range())
        return "\n".join(" ".join(_segment(textpage, boxes[i]) for i in line) for line in order)
    finally:
        textpage.close()
        page.close()


def _segment(textpage: pdfium.PdfTextPage, box: layout.Box) -> str:
    return " ".join(str(textpage.get_text_bounded(*box)).split())
