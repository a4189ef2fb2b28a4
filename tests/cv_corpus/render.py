"""Draw a corpus Document as PDF (reportlab) or DOCX (python-docx) in several layouts."""

from __future__ import annotations

import io
from pathlib import Path
from xml.sax.saxutils import escape

from tests.cv_corpus.build import Document, Entry, Section

_SIDE_KINDS = {"skills", "languages", "certifications"}
_TTF = {"DejaVuSans": "DejaVuSans.ttf", "DejaVuSerif": "DejaVuSerif.ttf"}
_TTF_DIR = Path("/usr/share/fonts/truetype/dejavu")
_DOCX_FONTS = {"Helvetica": "Arial", "Times-Roman": "Times New Roman", "Courier": "Courier New"}


def render(doc: Document) -> bytes:
    return render_pdf(doc) if doc.fmt == "pdf" else render_docx(doc)


# --- PDF -------------------------------------------------------------------------------------


def _pdf_font(name: str) -> str:
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    if name not in _TTF:
        return name
    path = _TTF_DIR / _TTF[name]
    if not path.exists():
        return "Helvetica"
    if name not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(TTFont(name, str(path)))
    return name


def _styles(font: str) -> dict[str, object]:
    from reportlab.lib.styles import ParagraphStyle

    base = ParagraphStyle("body", fontName=font, fontSize=9.5, leading=12.5)
    return {
        "body": base,
        "name": ParagraphStyle("name", parent=base, fontSize=20, leading=24, spaceAfter=4),
        "heading": ParagraphStyle(
            "heading", parent=base, fontSize=11.5, leading=15, spaceBefore=9, spaceAfter=3
        ),
        "entry": ParagraphStyle("entry", parent=base, spaceBefore=5),
        "bullet": ParagraphStyle("bullet", parent=base, leftIndent=12, bulletIndent=2),
        "right": ParagraphStyle("right", parent=base, alignment=2),
    }


def _p(text: str, style: object, bullet: str | None = None) -> object:
    from reportlab.platypus import Paragraph

    return Paragraph(escape(text), style, bulletText=bullet)  # type: ignore[arg-type]


def _pdf_entry(entry: Entry, st: dict[str, object], width: float) -> list[object]:
    from reportlab.platypus import Table, TableStyle

    flow: list[object] = []
    if entry.right:
        row = Table([[_p(entry.lines[0], st["entry"]), _p(entry.right, st["right"])]],
                    colWidths=[width * 0.68, width * 0.32])  # fmt: skip
        row.setStyle(
            TableStyle([("LEFTPADDING", (0, 0), (-1, -1), 0), ("RIGHTPADDING", (0, 0), (-1, -1), 0)])
        )
        flow.append(row)
        flow += [_p(line, st["body"]) for line in entry.lines[1:]]
    else:
        flow += [_p(line, st["entry"] if i == 0 else st["body"]) for i, line in enumerate(entry.lines)]
    if entry.plain:
        return flow + [_p(b, st["body"]) for b in entry.bullets]
    return flow + [_p(b, st["bullet"], "•") for b in entry.bullets]


def _pdf_table_entries(section: Section, st: dict[str, object], width: float) -> list[object]:
    """Dates in a narrow left column, the role and its bullets on the right."""
    from reportlab.platypus import Table, TableStyle

    rows = [[_p(e.lines[0], st["body"]), [_p(x, st["entry"]) for x in e.lines[1:]]
             + [_p(b, st["bullet"], "•") for b in e.bullets]] for e in section.entries]  # fmt: skip
    table = Table(rows, colWidths=[width * 0.24, width * 0.76])
    table.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0)]))
    return [table]


def _pdf_section(section: Section, st: dict[str, object], width: float, layout: str) -> list[object]:
    flow = [_p(section.heading, st["heading"])]
    if section.entries and layout == "table":
        return flow + _pdf_table_entries(section, st, width)
    for entry in section.entries:
        flow += _pdf_entry(entry, st, width)
    bullet = "•" if section.kind in _SIDE_KINDS and len(section.lines) > 1 else None
    return flow + [_p(line, st["body"], bullet) for line in section.lines]


def render_pdf(doc: Document) -> bytes:
    from reportlab.lib.pagesizes import A4
    from reportlab.platypus import BaseDocTemplate, Frame, FrameBreak, NextPageTemplate, PageTemplate

    font = _pdf_font(doc.font)
    st = _styles(font)
    out = io.BytesIO()
    page_w, page_h = A4
    margin = 40
    template = BaseDocTemplate(out, pagesize=A4, leftMargin=margin, rightMargin=margin, title="CV")
    full = Frame(margin, margin, page_w - 2 * margin, page_h - 2 * margin, id="full")
    side_w = (page_w - 2 * margin) * 0.3
    side = Frame(margin, margin, side_w, page_h - 2 * margin, id="side")
    main = Frame(
        margin + side_w + 14, margin, page_w - 2 * margin - side_w - 14, page_h - 2 * margin, id="main"
    )
    columns = doc.layout in ("sidebar", "linkedin")

    def footer(canvas: object, page: object) -> None:  # running footers land mid-text when extracted
        if doc.layout == "single":
            canvas.setFont(font, 8)  # type: ignore[attr-defined]
            canvas.drawString(margin, 20, f"{doc.name} - Page {page.page}")  # type: ignore[attr-defined]

    template.addPageTemplates([
        PageTemplate("first", frames=[side, main] if columns else [full], onPage=footer),
        PageTemplate("later", frames=[full], onPage=footer),
    ])  # fmt: skip
    width = main.width if columns else full.width
    head = [_p(doc.name, st["name"]), _p(doc.headline, st["body"])]
    if doc.layout == "linkedin":
        head.append(_p(next(c for c in doc.contact if "@" not in c and not c[:1].isdigit()), st["body"]))
    story: list[object] = [NextPageTemplate("later")]
    if columns:
        story += [_p("Contact", st["heading"]), *[_p(c, st["body"]) for c in doc.contact]]
        for section in (s for s in doc.sections if s.kind in _SIDE_KINDS):
            story += _pdf_section(section, st, side.width, "single")
        story += [FrameBreak(), *head]
        rest = [s for s in doc.sections if s.kind not in _SIDE_KINDS]
    else:
        story += [*head, _p("  |  ".join(doc.contact), st["body"])]
        rest = doc.sections
    for section in rest:
        story += _pdf_section(section, st, width, doc.layout)
    if doc.hidden:
        from reportlab.lib.colors import white
        from reportlab.lib.styles import ParagraphStyle

        story.append(_p(doc.hidden, ParagraphStyle("hidden", fontName=font, fontSize=2, textColor=white)))
    template.build(story)
    return out.getvalue()


# --- DOCX ------------------------------------------------------------------------------------


def _docx_section(container: object, section: Section, layout: str) -> None:
    add = container.add_paragraph  # type: ignore[attr-defined]
    heading = add()
    heading.add_run(section.heading).bold = True
    if section.entries and layout == "table":
        table = container.add_table(rows=0, cols=2)  # type: ignore[attr-defined]
        for entry in section.entries:
            left, right = table.add_row().cells
            left.text = entry.lines[0]
            right.text = entry.lines[1]
            for line in entry.lines[2:]:
                right.add_paragraph(line)
            for bullet in entry.bullets:
                right.add_paragraph(bullet, style="List Bullet")
        return
    for entry in section.entries:
        first = add()
        first.add_run(entry.lines[0]).bold = True
        if entry.right:
            first.add_run("\t" + entry.right)
        for line in entry.lines[1:]:
            add(line)
        for bullet in entry.bullets:
            add(bullet, style=None if entry.plain else "List Bullet")
    style = "List Bullet" if section.kind in _SIDE_KINDS and len(section.lines) > 1 else None
    for line in section.lines:
        add(line, style=style)


def render_docx(doc: Document) -> bytes:
    import docx

    document = docx.Document()
    document.styles["Normal"].font.name = _DOCX_FONTS.get(doc.font, "Calibri")
    body: object = document
    if doc.layout == "sidebar":
        side, body = document.add_table(rows=1, cols=2).rows[0].cells
        side.text = "Contact"
        for line in doc.contact:
            side.add_paragraph(line)
        for section in (s for s in doc.sections if s.kind in _SIDE_KINDS):
            _docx_section(side, section, "single")
        body.paragraphs[0].text = doc.name  # type: ignore[attr-defined]
    elif doc.layout == "header":  # name and contact in the page header, as many templates do
        header = document.sections[0].header
        header.paragraphs[0].text = doc.name
        header.add_paragraph(" | ".join(doc.contact))
    else:
        document.add_paragraph(doc.name, style="Title")
    body.add_paragraph(doc.headline)  # type: ignore[attr-defined]
    if doc.layout not in ("sidebar", "header"):
        document.add_paragraph(" • ".join(doc.contact))
    for section in doc.sections:
        if doc.layout != "sidebar" or section.kind not in _SIDE_KINDS:
            _docx_section(body, section, doc.layout)
    if doc.hidden:
        from docx.shared import Pt, RGBColor

        run = document.add_paragraph().add_run(doc.hidden)
        run.font.size, run.font.color.rgb = Pt(1), RGBColor(0xFF, 0xFF, 0xFF)
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()
