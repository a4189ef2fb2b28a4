"""A small page-layout kit on the reportlab canvas, to draw CVs the way real tools do.

Text is laid out into columns (`Flow`) as positioned strings (`Op`). How a page is then written
to the PDF decides what a reader meets in the content stream: `order="blocks"` draws each
column or cell in turn (Word, LibreOffice, browsers, LaTeX), `order="rows"` draws everything
top to bottom across the page (converters that sort text by position).
"""

from __future__ import annotations

import io
from collections.abc import Callable
from dataclasses import dataclass, field
from itertools import count
from pathlib import Path

from reportlab.lib.pagesizes import A4
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas

PAGE_W, PAGE_H = A4
_DEJAVU = Path("/usr/share/fonts/truetype/dejavu")
_TTF = {
    "DejaVuSans": "DejaVuSans.ttf",
    "DejaVuSans-Bold": "DejaVuSans-Bold.ttf",
    "DejaVuSerif": "DejaVuSerif.ttf",
    "DejaVuSerif-Bold": "DejaVuSerif-Bold.ttf",
    "DejaVuSans-Oblique": "DejaVuSans-Oblique.ttf",
}
_SEQ = count()


def font(name: str) -> str:
    if name in _TTF and name not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(TTFont(name, str(_DEJAVU / _TTF[name])))
    return name


def width_of(text: str, face: str, size: float, char_space: float = 0.0) -> float:
    return pdfmetrics.stringWidth(text, font(face), size) + char_space * len(text)


@dataclass
class Op:
    page: int
    x: float
    y: float
    text: str
    face: str
    size: float
    char_space: float = 0.0
    word_space: float = 0.0
    white: bool = False
    seq: int = field(default_factory=lambda: next(_SEQ))


@dataclass
class Style:
    face: str = "Helvetica"
    size: float = 10.0
    leading: float | None = None
    align: str = "left"  # left | right | center | justify
    before: float = 0.0
    after: float = 0.0
    indent: float = 0.0
    char_space: float = 0.0
    hyphenate: bool = False
    white: bool = False

    def line_height(self) -> float:
        return self.leading or self.size * 1.25

    def but(self, **changes: object) -> Style:
        values = {**self.__dict__, **changes}
        return Style(**values)  # type: ignore[arg-type]


class Document:
    """Pages of ops; `furniture(page_index, page_count)` returns running headers and footers."""

    def __init__(self, top: float = PAGE_H - 48, bottom: float = 48) -> None:
        self.ops: list[Op] = []
        self.top, self.bottom = top, bottom
        self.pages = 1

    def flow(self, x: float, width: float, *, page: int = 0, y: float | None = None) -> Flow:
        return Flow(self, x, width, page, self.top if y is None else y)

    def build(
        self,
        order: str = "blocks",
        furniture: Callable[[int, int], list[Op]] | None = None,
        title: str = "CV",
    ) -> bytes:
        out = io.BytesIO()
        pdf = canvas.Canvas(out, pagesize=A4)
        pdf.setTitle(title)
        for page in range(self.pages):
            ops = [op for op in self.ops if op.page == page]
            if furniture:
                ops += furniture(page, self.pages)
            key = (lambda o: o.seq) if order == "blocks" else (lambda o: (-round(o.y), o.x))
            for op in sorted(ops, key=key):
                _draw(pdf, op)
            pdf.showPage()
        pdf.save()
        return out.getvalue()


def _draw(pdf: canvas.Canvas, op: Op) -> None:
    text = pdf.beginText(op.x, op.y)
    text.setFont(font(op.face), op.size)
    text.setCharSpace(op.char_space)  # spacing is graphics state: it outlives the text object
    text.setWordSpace(op.word_space)
    if op.white:
        text.setFillColorRGB(1, 1, 1)
    text.textOut(op.text)
    pdf.drawText(text)


class Flow:
    """A column that text runs down, page after page."""

    def __init__(self, doc: Document, x: float, width: float, page: int, y: float) -> None:
        self.doc, self.x, self.width, self.page, self.y = doc, x, width, page, y

    def _room(self, height: float) -> None:
        if self.y - height < self.doc.bottom:
            self.page += 1
            self.doc.pages = max(self.doc.pages, self.page + 1)
            self.y = self.doc.top

    def space(self, points: float) -> None:
        self.y -= points

    def _emit(self, text: str, x: float, st: Style, word_space: float = 0.0) -> None:
        self.doc.ops.append(
            Op(self.page, x, self.y, text, st.face, st.size, st.char_space, word_space, st.white)
        )

    def text(self, text: str, st: Style, bullet: str | None = None) -> None:
        """A paragraph, wrapped to the column; `bullet` is drawn hanging on the first line."""
        self.y -= st.before
        indent = st.indent + (10 if bullet else 0)
        lines = wrap(text, st, self.width - indent)
        for index, line in enumerate(lines):
            self._room(st.line_height())
            self.y -= st.line_height()
            if bullet and index == 0:
                self._emit(bullet, self.x + st.indent, st)
            self._line(line, st, indent, last=index == len(lines) - 1)
        self.y -= st.after

    def _line(self, line: str, st: Style, indent: float, last: bool) -> None:
        room = self.width - indent
        used = width_of(line, st.face, st.size, st.char_space)
        x = self.x + indent
        if st.align == "right":
            x += room - used
        elif st.align == "center":
            x += (room - used) / 2
        spaces = line.count(" ")
        stretch = (room - used) / spaces if st.align == "justify" and not last and spaces else 0.0
        self._emit(line, x, st, stretch)

    def pair(self, left: str, right: str, st: Style, right_style: Style | None = None) -> None:
        """One line with text on the left and text flush right (a title and its dates)."""
        self.y -= st.before
        self._room(st.line_height())
        self.y -= st.line_height()
        rs = right_style or st
        self._emit(left, self.x + st.indent, st)
        self._emit(right, self.x + self.width - width_of(right, rs.face, rs.size), rs)
        self.y -= st.after

    def at(self, x_offset: float, text: str, st: Style) -> None:
        """Text at an offset on the current line, without moving down (margin labels)."""
        self._emit(text, self.x + x_offset, st)

    def row(self, split: float, gap: float = 10.0) -> tuple[Flow, Flow]:
        """Two cells starting at the current line; call `end_row` with them when filled."""
        left = Flow(self.doc, self.x, split - gap, self.page, self.y)
        right = Flow(self.doc, self.x + split, self.width - split, self.page, self.y)
        return left, right

    def end_row(self, *cells: Flow, after: float = 4.0) -> None:
        self.page, self.y = max((c.page, -c.y) for c in cells)
        self.y = -self.y - after


def wrap(text: str, st: Style, width: float) -> list[str]:
    """Greedy word wrap; with `hyphenate`, long words are broken with a hyphen at the line end."""
    lines: list[str] = []
    current = ""
    for word in text.split():
        trial = f"{current} {word}".strip()
        if width_of(trial, st.face, st.size, st.char_space) <= width:
            current = trial
            continue
        if st.hyphenate and len(word) >= 8 and current:
            head = _hyphen_head(current, word, st, width)
            if head:
                lines.append(f"{current} {word[:head]}-")
                current = word[head:]
                continue
        lines.append(current)
        current = word
    if current:
        lines.append(current)
    return lines


def _hyphen_head(current: str, word: str, st: Style, width: float) -> int:
    """The longest head of `word` (at least 3 letters, leaving 3) that fits after `current`."""
    for cut in range(len(word) - 3, 2, -1):
        if word[:cut].isalpha() and width_of(f"{current} {word[:cut]}-", st.face, st.size) <= width:
            return cut
    return 0
