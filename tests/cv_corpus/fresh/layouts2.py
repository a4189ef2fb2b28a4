"""Layouts of the second fresh batch (PDF and DOCX)."""

from __future__ import annotations

import docx
from docx.shared import Pt

from tests.cv_corpus.heldout.docx_layouts import _bold, _bullets, _heading, _save, _text_box
from tests.cv_corpus.heldout.model import CV
from tests.cv_corpus.heldout.pdf_layouts import MARGIN, Styles, contact_items
from tests.cv_corpus.heldout.pdfkit import PAGE_W, Document

# --- PDF ---------------------------------------------------------------------------------------


def europass_2013(cv: CV) -> bytes:
    """Europass 2013-2019: caps section labels and dates in a left column, content on the right,
    'Business or sector' lines, a language grid."""
    st = Styles("DejaVuSans", 9)
    doc = Document()
    flow = doc.flow(MARGIN, PAGE_W - 2 * MARGIN)

    def row(label: str, lines: list[tuple[str, object]]) -> None:
        left, right = flow.row(150, gap=12)
        left.text(label, st.small.but(align="right"))
        for text, style in lines:
            right.text(text, style)  # type: ignore[arg-type]
        flow.end_row(left, right, after=5)

    row("PERSONAL INFORMATION", [(cv.shown_name, st.bold.but(size=14))])
    right_lines = [(cv.address, st.body), (cv.phone, st.body), (cv.email, st.body)]
    row("", right_lines)
    row(cv.heading("experience"), [])
    for job in cv.jobs:
        row(
            job.dates,
            [(job.title, st.bold.but(size=10)), (f"{job.company}, {job.place}", st.body)]
            + [(f"▪ {b}", st.body) for b in job.bullets]
            + [("Business or sector Finance and banking", st.small)],
        )
    row(cv.heading("education"), [])
    for school in cv.schools:
        row(
            school.dates,
            [(school.degree, st.bold.but(size=10)), (f"{school.school}, {school.place}", st.body)],
        )
    row(cv.heading("skills"), [])
    row(cv.heading("languages"), [(cv.languages[0].split(" (")[0], st.body)])
    row("Other language(s)", [("UNDERSTANDING SPEAKING WRITING", st.small)])
    for language in cv.languages[1:]:
        name, level = language.rstrip(")").split(" (")
        row(name, [(f"{level} {level} {level} {level} {level}", st.body)])
    row("Digital skills", [(", ".join(cv.skill_lines()), st.body)])
    return doc.build()


def right_header_dates_first(cv: CV) -> bytes:
    """Name and contact flush right at the top; entries open with their years."""
    st = Styles("Helvetica", 10)
    doc = Document()
    flow = doc.flow(MARGIN, PAGE_W - 2 * MARGIN)
    flow.text(cv.shown_name, st.name.but(align="right"))
    flow.text(cv.headline, st.body.but(align="right", size=12))
    for item in contact_items(cv):
        flow.text(item, st.small.but(align="right"))
    flow.text(cv.heading("summary"), st.heading)
    flow.text(cv.summary, st.body)
    flow.text(cv.heading("experience"), st.heading)
    for job in cv.jobs:
        flow.text(f"{job.dates}: {job.title} at {job.company}, {job.place}", st.bold.but(before=4))
        for line in job.bullets:
            flow.text(line, st.body, "–")
    flow.text(cv.heading("education"), st.heading)
    for school in cv.schools:
        flow.text(f"{school.dates}: {school.degree}, {school.school}", st.body)
    flow.text(cv.heading("skills"), st.heading)
    flow.text(" · ".join(cv.skill_lines()), st.body)
    flow.text(cv.heading("languages"), st.heading)
    flow.text(" · ".join(cv.languages), st.body)
    return doc.build()


def canva_columns_main_first(cv: CV) -> bytes:
    """A design-tool CV: letter-spaced caps headings, the name on two lines, main column drawn
    first, the right column after it."""
    st = Styles("DejaVuSans", 9.5)
    doc = Document()
    inner = PAGE_W - 2 * MARGIN
    main_w = inner * 0.62
    main = doc.flow(MARGIN, main_w)
    side = doc.flow(MARGIN + main_w + 20, inner - main_w - 20, y=doc.top - 90)
    first, last = cv.shown_name.split(" ", 1)
    main.text(first, st.name.but(size=26, leading=28))
    main.text(last, st.name.but(size=26, leading=30))
    main.text(cv.headline.upper(), st.body.but(char_space=2, after=8))
    heading = st.heading.but(char_space=2.5)
    main.text(cv.heading("summary").upper(), heading)
    main.text(cv.summary, st.body)
    main.text(cv.heading("experience").upper(), heading)
    for job in cv.jobs:
        main.text(job.title, st.bold.but(before=5))
        main.text(f"{job.company} · {job.place} · {job.dates}", st.italic)
        for line in job.bullets:
            main.text(line, st.body, "•")
    main.text(cv.heading("education").upper(), heading)
    for school in cv.schools:
        main.text(school.degree, st.bold)
        main.text(f"{school.school} · {school.dates}", st.body)
    side.text("CONTACT", heading.but(before=0))
    for mark, item in zip(("✉", "☎", "⌂"), (cv.email, cv.phone, cv.location), strict=True):
        side.text(f"{mark} {item}", st.small)
    side.text(cv.heading("skills").upper(), heading)
    for item in cv.skill_lines():
        side.text(item, st.body)
    side.text(cv.heading("languages").upper(), heading)
    for item in cv.languages:
        side.text(item, st.body)
    return doc.build(order="blocks")


def italian(cv: CV) -> bytes:
    """An Italian CV: dates on their own line above the role, company after a dash."""
    st = Styles("Times-Roman", 10.5)
    doc = Document()
    flow = doc.flow(MARGIN + 10, PAGE_W - 2 * MARGIN - 20)
    flow.text("CURRICULUM VITAE", st.bold.but(align="center", size=13))
    flow.text(cv.shown_name, st.name.but(face="Times-Bold", align="center", size=20))
    flow.text(f"{cv.location} – Tel. {cv.phone} – {cv.email}", st.body.but(align="center", after=4))
    for kind in ("summary",):
        flow.text(cv.heading(kind), st.heading.but(face="Times-Bold"))
        flow.text(cv.summary, st.body)
    flow.text(cv.heading("experience"), st.heading.but(face="Times-Bold"))
    for job in cv.jobs:
        flow.text(job.dates, st.italic.but(before=4))
        flow.text(f"{job.title} – {job.company}, {job.place}", st.bold)
        for line in job.bullets:
            flow.text(line, st.body, "•")
    flow.text(cv.heading("education"), st.heading.but(face="Times-Bold"))
    for school in cv.schools:
        flow.text(school.dates, st.italic)
        flow.text(f"{school.degree} – {school.school}", st.body)
    flow.text(cv.heading("skills"), st.heading.but(face="Times-Bold"))
    flow.text(", ".join(cv.skill_lines()), st.body)
    flow.text(cv.heading("languages"), st.heading.but(face="Times-Bold"))
    flow.text(", ".join(cv.languages), st.body)
    flow.text(
        "Autorizzo il trattamento dei miei dati personali ai sensi del D.Lgs. 196/2003 e del GDPR.",
        st.small.but(before=12),
    )
    return doc.build()


def caps_company_lines(cv: CV) -> bytes:
    """One header line per role: COMPANY (Place) — Title | years; hyphen bullets."""
    st = Styles("Helvetica", 10)
    doc = Document()
    flow = doc.flow(MARGIN, PAGE_W - 2 * MARGIN)
    flow.text(cv.shown_name, st.name)
    flow.text(f"{cv.headline} | {cv.location} | {cv.phone} | {cv.email}", st.body.but(after=4))
    flow.text(cv.heading("summary").upper(), st.heading)
    flow.text(cv.summary, st.body)
    flow.text(cv.heading("experience").upper(), st.heading)
    for job in cv.jobs:
        flow.text(f"{job.company.upper()} ({job.place}) — {job.title} | {job.dates}", st.bold.but(before=5))
        for line in job.bullets:
            flow.text(f"- {line}", st.body.but(indent=8))
    flow.text(cv.heading("education").upper(), st.heading)
    for school in cv.schools:
        flow.text(f"{school.degree} — {school.school}, {school.place} ({school.dates})", st.body)
    flow.text(cv.heading("skills").upper(), st.heading)
    flow.text(", ".join(cv.skill_lines()), st.body)
    flow.text(cv.heading("certifications").upper(), st.heading)
    for cert in cv.certs:
        flow.text(f"- {cert}", st.body)
    return doc.build()


# --- DOCX --------------------------------------------------------------------------------------


def three_column_table(cv: CV) -> bytes:
    """Employment as a three-column table: dates | employer | role, one line per cell; duties
    listed under the table."""
    document = docx.Document()
    _bold(document.add_paragraph(), cv.shown_name, 20)
    document.add_paragraph(f"{cv.headline}\n{cv.location} · {cv.phone} · {cv.email}")
    _heading(document, cv.heading("summary"))
    document.add_paragraph(cv.summary)
    _heading(document, cv.heading("experience"))
    table = document.add_table(rows=1, cols=3)
    for cell, text in zip(table.rows[0].cells, ("Dates", "Employer", "Role"), strict=True):
        _bold(cell.paragraphs[0], text)
    for job in cv.jobs:
        cells = table.add_row().cells
        cells[0].text, cells[1].text, cells[2].text = job.dates, f"{job.company}, {job.place}", job.title
    document.add_paragraph("Key achievements:")
    _bullets(document, [b for job in cv.jobs for b in job.bullets])
    _heading(document, cv.heading("education"))
    for school in cv.schools:
        document.add_paragraph(f"{school.degree}, {school.school} ({school.dates})")
    _heading(document, cv.heading("skills"))
    document.add_paragraph(", ".join(cv.skill_lines()))
    return _save(document)


def google_docs(cv: CV) -> bytes:
    """A Google Docs template export: Heading 2 'Company, Place — Title', caps dates below."""
    document = docx.Document()
    document.add_paragraph(cv.shown_name, style="Title")
    document.add_paragraph(cv.headline, style="Subtitle")
    document.add_paragraph(f"{cv.location}\n{cv.phone}\n{cv.email}")
    document.add_heading(cv.heading("summary").upper(), level=1)
    document.add_paragraph(cv.summary)
    document.add_heading(cv.heading("experience").upper(), level=1)
    for job in cv.jobs:
        document.add_heading(f"{job.company}, {job.place} — {job.title}", level=2)
        paragraph = document.add_paragraph()
        paragraph.add_run(job.dates).font.size = Pt(8)
        _bullets(document, job.bullets)
    document.add_heading(cv.heading("education").upper(), level=1)
    for school in cv.schools:
        document.add_heading(f"{school.school}, {school.place} — {school.degree}", level=2)
        document.add_paragraph(school.dates.upper())
    document.add_heading(cv.heading("skills").upper(), level=1)
    document.add_paragraph(", ".join(cv.skill_lines()))
    return _save(document)


def textbox_sidebar(cv: CV) -> bytes:
    """A right sidebar in a text box anchored in the first paragraph; the body beside it."""
    document = docx.Document()
    anchor = document.add_paragraph()
    _text_box(
        anchor,
        [
            ("Contact", True),
            (cv.phone, False),
            (cv.email, False),
            (cv.location, False),
            (cv.heading("skills"), True),
            *((s, False) for s in cv.skill_lines()),
            (cv.heading("certifications"), True),
            *((c, False) for c in cv.certs),
        ],
    )
    _bold(document.add_paragraph(), cv.shown_name, 22)
    document.add_paragraph(cv.headline)
    _heading(document, cv.heading("summary"))
    document.add_paragraph(cv.summary)
    _heading(document, cv.heading("experience"))
    for job in cv.jobs:
        _bold(document.add_paragraph(), job.title)
        document.add_paragraph(f"{job.company}, {job.place}")
        document.add_paragraph(job.dates)
        _bullets(document, job.bullets)
    _heading(document, cv.heading("education"))
    for school in cv.schools:
        document.add_paragraph(f"{school.degree}\n{school.school}, {school.place}\n{school.dates}")
    return _save(document)
