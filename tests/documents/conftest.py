"""Builders for real PDF, DOCX and hostile files, made in the tests (no binary fixtures)."""

from __future__ import annotations

import io
import zipfile
from collections.abc import Iterator
from pathlib import Path
from types import SimpleNamespace

import docx
import pypdf
import pytest
from docx.shared import Pt
from PIL import Image
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas

from jobwise.documents import shutdown_pool

DEJAVU = Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")
Line = tuple[str, str]  # (font, text)


def pdf_pages(pages: list[list[Line]], *, size: int = 11) -> bytes:
    """One line of text per entry, top to bottom, each in its own font."""
    buffer = io.BytesIO()
    pdf = canvas.Canvas(buffer, pagesize=A4)
    for lines in pages:
        for row, (font, text) in enumerate(lines):
            pdf.setFont(font, size)
            pdf.drawString(56, 790 - row * (size + 5), text)
        pdf.showPage()
    pdf.save()
    return buffer.getvalue()


def two_column_pdf(left: list[str], right: list[str], *, top_down: bool) -> bytes:
    """A sidebar CV: heading across the page, two columns with their own line spacing, a footer.

    `top_down` draws the lines in page order across both columns instead of column by column.
    """
    buffer = io.BytesIO()
    pdf = canvas.Canvas(buffer, pagesize=A4)
    pdf.setFont("Helvetica-Bold", 18)
    pdf.drawString(56, 790, "Maria Garcia — Data Engineer")
    pdf.setFont("Helvetica", 10)
    cells = [(56, 750 - 15 * i, t) for i, t in enumerate(left)]
    cells += [(230, 752 - 12 * i, t) for i, t in enumerate(right)]
    if top_down:
        cells.sort(key=lambda cell: (-cell[1], cell[0]))
    for x, y, text in cells:
        pdf.drawString(x, y, text)
    pdf.setFont("Helvetica-Oblique", 8)
    pdf.drawString(56, 60, "References available on request from the candidate")
    pdf.showPage()
    pdf.save()
    return buffer.getvalue()


def ttf_pdf(text_lines: list[str]) -> bytes:
    """Embedded, subset TrueType font: text comes back through the ToUnicode map."""
    if "DejaVu" not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(TTFont("DejaVu", str(DEJAVU)))
    return pdf_pages([[("DejaVu", line) for line in text_lines]])


def image_only_pdf() -> bytes:
    image = Image.new("RGB", (600, 800), "white")
    for x in range(100, 500):
        image.putpixel((x, 200), (0, 0, 0))
    png = io.BytesIO()
    image.save(png, format="PNG")
    buffer = io.BytesIO()
    pdf = canvas.Canvas(buffer, pagesize=A4)
    pdf.drawInlineImage(Image.open(io.BytesIO(png.getvalue())), 50, 100, width=500, height=650)
    pdf.showPage()
    pdf.save()
    return buffer.getvalue()


def encrypt_pdf(data: bytes, *, user_password: str, owner_password: str = "owner") -> bytes:
    writer = pypdf.PdfWriter(clone_from=pypdf.PdfReader(io.BytesIO(data)))
    writer.encrypt(user_password, owner_password)
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def cv_docx() -> bytes:
    """A CV as Word users make them: header with contact details, bullets, a layout table."""
    document = docx.Document()
    header = document.sections[0].header
    header.paragraphs[0].text = "Maria Garcia | maria.garcia@example.com | +34 600 123 456"
    document.sections[0].footer.paragraphs[0].text = "linkedin.com/in/mariagarcia"
    document.add_heading("Professional Summary", level=1)
    document.add_paragraph("Data engineer with eight years of experience in Python and Spark.")
    document.add_heading("Experience", level=1)
    table = document.add_table(rows=2, cols=2)
    table.cell(0, 0).text = "Senior Data Engineer"
    table.cell(0, 1).text = "2020 – Present"
    table.cell(1, 0).text = "Data Engineer"
    table.cell(1, 1).text = "2016 – 2020"
    document.add_paragraph("Built streaming pipelines on Kafka", style="List Bullet")
    document.add_paragraph("Cut warehouse costs by 30%", style="List Bullet")
    run = document.add_paragraph().add_run("Skills: Python, SQL, Airflow")
    run.font.size = Pt(10)
    return save_docx(document)


def save_docx(document: object) -> bytes:
    buffer = io.BytesIO()
    document.save(buffer)  # type: ignore[attr-defined]
    return buffer.getvalue()


def rewrite_zip(data: bytes, replace: dict[str, bytes], *, drop: tuple[str, ...] = ()) -> bytes:
    """Copy a zip, swapping or dropping some entries."""
    source = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            if info.filename not in drop:
                target.writestr(info.filename, replace.get(info.filename, source.read(info.filename)))
        for name in replace.keys() - set(source.namelist()):
            target.writestr(name, replace[name])
    return out.getvalue()


def make_zip(entries: dict[str, bytes]) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, content in entries.items():
            archive.writestr(name, content)
    return out.getvalue()


def document_xml(body: str, *, prolog: str = "") -> bytes:
    """A document.xml with the namespaces Word declares, around the given body XML."""
    return (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' + prolog + "<w:document"
        ' xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
        ' xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"'
        ' xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"'
        ' xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"'
        ' xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"'
        ' xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"'
        ' xmlns:v="urn:schemas-microsoft-com:vml">'
        f"<w:body>{body}</w:body></w:document>"
    ).encode()


@pytest.fixture(scope="session")
def build() -> SimpleNamespace:
    return SimpleNamespace(
        pdf_pages=pdf_pages,
        two_column_pdf=two_column_pdf,
        ttf_pdf=ttf_pdf,
        image_only_pdf=image_only_pdf,
        encrypt_pdf=encrypt_pdf,
        cv_docx=cv_docx,
        save_docx=save_docx,
        rewrite_zip=rewrite_zip,
        make_zip=make_zip,
        document_xml=document_xml,
        dejavu=DEJAVU,
    )


@pytest.fixture(scope="session", autouse=True)
def _stop_workers() -> Iterator[None]:
    yield
    shutdown_pool()
