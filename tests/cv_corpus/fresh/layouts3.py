"""Layouts of the third fresh batch: US one-column résumés, academic CVs, functional CVs, short
trade entries, a header-only name (PDF and DOCX)."""

from __future__ import annotations

from collections.abc import Callable

import docx

from tests.cv_corpus.heldout.docx_layouts import _bold, _bullets, _heading, _save
from tests.cv_corpus.heldout.model import CV, Job, School
from tests.cv_corpus.heldout.pdf_layouts import MARGIN, Styles
from tests.cv_corpus.heldout.pdfkit import PAGE_W, Document, Op

JobLines = Callable[[Job], list[str]]  # the header lines of one entry, bold first


def us_company_city(job: Job) -> list[str]:
    return [f"{job.company} — {job.place}", f"{job.title} | {job.dates}"]


def title_at_company(job: Job) -> list[str]:
    return [f"{job.title} at {job.company} ({job.dates})"]


def company_title_dates(job: Job) -> list[str]:
    return [f"{job.company}, {job.title}", job.dates]


def dates_title_company(job: Job) -> list[str]:
    return [f"{job.dates}  {job.title}, {job.company}, {job.place}"]


def title_company_pipe(job: Job) -> list[str]:
    return [f"{job.title} | {job.company} | {job.dates}"]


def caps_title_then_company(job: Job) -> list[str]:
    return [job.title.upper(), f"{job.company}, {job.place} · {job.dates}"]


def _school_line(school: School) -> str:
    return f"{school.degree}, {school.school}, {school.place} ({school.dates})".replace(", ,", ",")


def one_column(
    cv: CV, job_lines: JobLines, *, face: str = "Helvetica", name_first: bool = True, caps: bool = False
) -> bytes:
    """A plain one-column résumé; the headline above the name when `name_first` is off."""
    st = Styles(face, 10)
    doc = Document()
    flow = doc.flow(MARGIN, PAGE_W - 2 * MARGIN)
    if not name_first:
        flow.text(cv.headline.upper(), st.body.but(char_space=1.5))
    flow.text(cv.shown_name, st.name.but(align="center" if caps else "left"))
    if name_first and cv.headline:
        flow.text(cv.headline, st.italic)
    flow.text(" | ".join(x for x in (cv.location, cv.phone, cv.email, *cv.links) if x), st.small)

    def heading(kind: str) -> None:
        text = cv.heading(kind)
        flow.text(text.upper() if caps else text, st.heading)

    if cv.summary:
        heading("summary")
        flow.text(cv.summary, st.body)
    heading("experience")
    for job in cv.jobs:
        first, *rest = job_lines(job)
        flow.text(first, st.bold.but(before=5))
        for line in rest:
            flow.text(line, st.italic)
        for line in job.bullets:
            flow.text(line, st.body, "•")
    for title, lines in cv.extra.items():
        flow.text(title.upper() if caps else title, st.heading)
        for line in lines:
            flow.text(line, st.body)
    heading("education")
    for school in cv.schools:
        flow.text(_school_line(school), st.body)
    heading("skills")
    for line in cv.skill_lines():
        flow.text(line, st.body)
    if cv.certs:
        heading("certifications")
        for cert in cv.certs:
            flow.text(cert, st.body, "•")
    if cv.languages:
        heading("languages")
        flow.text(", ".join(cv.languages), st.body)
    return doc.build()


def functional(cv: CV) -> bytes:
    """Skills first, as paragraphs under skill headings; a short career history at the end."""
    st = Styles("DejaVuSans", 9.5)
    doc = Document()
    flow = doc.flow(MARGIN, PAGE_W - 2 * MARGIN)
    flow.text(cv.shown_name, st.name.but(align="center"))
    flow.text(f"{cv.address}, {cv.location}", st.body.but(align="center"))
    flow.text(f"{cv.phone} • {cv.email}", st.body.but(align="center"))
    flow.text(cv.heading("summary"), st.heading)
    flow.text(cv.summary, st.body)
    flow.text(cv.heading("skills"), st.heading)
    for group, lines in cv.extra.items():
        flow.text(group, st.bold.but(before=3))
        for line in lines:
            flow.text(line, st.body, "•")
    flow.text(cv.heading("experience"), st.heading)
    for job in cv.jobs:
        flow.pair(f"{job.title}, {job.company}, {job.place}", job.dates, st.body.but(before=2))
    flow.text(cv.heading("education"), st.heading)
    for school in cv.schools:
        flow.pair(f"{school.degree}, {school.school}", school.dates, st.body)
    flow.text("Technical skills", st.heading)
    flow.text(", ".join(cv.skill_lines()), st.body)
    return doc.build()


def academic(cv: CV) -> bytes:
    """An academic CV: 'Curriculum Vitae' above the name, appointments as year ranges in a left
    margin, publications and grants after them."""
    st = Styles("Times-Roman", 10.5)
    doc = Document()
    flow = doc.flow(MARGIN + 10, PAGE_W - 2 * MARGIN - 20)
    flow.text("Curriculum Vitae", st.body.but(align="center", size=12))
    flow.text(cv.shown_name, st.name.but(face="Times-Bold", align="center", size=18))
    flow.text(cv.address, st.body.but(align="center"))
    flow.text(f"{cv.email} · {cv.phone}", st.body.but(align="center", after=6))

    def margin_row(left: str, lines: list[tuple[str, object]]) -> None:
        lcell, rcell = flow.row(95, gap=8)
        lcell.text(left, st.body)
        for text, style in lines:
            rcell.text(text, style)  # type: ignore[arg-type]
        flow.end_row(lcell, rcell, after=3)

    flow.text(cv.heading("experience"), st.heading.but(face="Times-Bold"))
    for job in cv.jobs:
        margin_row(
            job.dates, [(f"{job.title}, {job.company}", st.body)] + [(b, st.italic) for b in job.bullets]
        )
    flow.text(cv.heading("education"), st.heading.but(face="Times-Bold"))
    for school in cv.schools:
        margin_row(school.dates, [(f"{school.degree}, {school.school}", st.body)])
    for title, lines in cv.extra.items():
        flow.text(title, st.heading.but(face="Times-Bold"))
        for index, line in enumerate(lines, 1):
            flow.text(f"[{index}] {line}", st.body)
    flow.text(cv.heading("skills"), st.heading.but(face="Times-Bold"))
    flow.text("; ".join(cv.skill_lines()), st.body)
    return doc.build()


def header_name(cv: CV) -> bytes:
    """No name line in the body: the name only in a running header beside the contact details."""
    st = Styles("Helvetica", 10)
    doc = Document(top=760)
    flow = doc.flow(MARGIN, PAGE_W - 2 * MARGIN)
    flow.text(cv.headline, st.name.but(size=16))
    flow.text(cv.heading("summary"), st.heading)
    flow.text(cv.summary, st.body)
    flow.text(cv.heading("experience"), st.heading)
    for job in cv.jobs:
        flow.pair(f"{job.title} — {job.company}", job.dates, st.bold.but(before=4), st.body)
        for line in job.bullets:
            flow.text(line, st.body, "–")
    flow.text(cv.heading("education"), st.heading)
    for school in cv.schools:
        flow.pair(f"{school.degree} — {school.school}", school.dates, st.body)
    flow.text(cv.heading("skills"), st.heading)
    flow.text(", ".join(cv.skill_lines()), st.body)

    def furniture(page: int, pages: int) -> list[Op]:
        line = f"{cv.shown_name} · {cv.email} · {cv.phone} · {cv.location}"
        return [Op(page, MARGIN, 800, line, "Helvetica", 8.5, 0.0, 0.0, False)]

    return doc.build(furniture=furniture)


# --- DOCX --------------------------------------------------------------------------------------


def docx_plain(cv: CV, job_lines: JobLines, *, short: bool = False) -> bytes:
    """A Word résumé typed by hand: bold entry lines, bullets; `short` entries have no bullets."""
    document = docx.Document()
    _bold(document.add_paragraph(), cv.shown_name, 18)
    if cv.headline:
        document.add_paragraph(cv.headline)
    document.add_paragraph(" • ".join(x for x in (cv.address, cv.location, cv.phone, cv.email) if x))
    if cv.summary:
        _heading(document, cv.heading("summary"))
        document.add_paragraph(cv.summary)
    _heading(document, cv.heading("experience"))
    for job in cv.jobs:
        first, *rest = job_lines(job)
        _bold(document.add_paragraph(), first)
        for line in rest:
            document.add_paragraph(line)
        if not short:
            _bullets(document, job.bullets)
    for title, lines in cv.extra.items():
        _heading(document, title)
        for line in lines:
            document.add_paragraph(line)
    _heading(document, cv.heading("education"))
    for school in cv.schools:
        document.add_paragraph(_school_line(school))
    _heading(document, cv.heading("skills"))
    _bullets(document, cv.skill_lines())
    if cv.certs:
        _heading(document, cv.heading("certifications"))
        _bullets(document, cv.certs)
    if cv.languages:
        _heading(document, cv.heading("languages"))
        document.add_paragraph(", ".join(cv.languages))
    return _save(document)


def docx_company_table(cv: CV) -> bytes:
    """Entries as a borderless two-column table: company and dates left, title and duties right."""
    document = docx.Document()
    _bold(document.add_paragraph(), cv.shown_name, 20)
    document.add_paragraph(f"{cv.email} | {cv.phone} | {cv.location}")
    _heading(document, cv.heading("summary"))
    document.add_paragraph(cv.summary)
    _heading(document, cv.heading("experience"))
    table = document.add_table(rows=0, cols=2)
    for job in cv.jobs:
        left, right = table.add_row().cells
        _bold(left.paragraphs[0], job.company)
        left.add_paragraph(job.dates)
        _bold(right.paragraphs[0], job.title)
        _bullets(right, job.bullets)
    _heading(document, cv.heading("education"))
    for school in cv.schools:
        document.add_paragraph(_school_line(school))
    _heading(document, cv.heading("skills"))
    document.add_paragraph(", ".join(cv.skill_lines()))
    if cv.languages:
        _heading(document, cv.heading("languages"))
        document.add_paragraph(", ".join(cv.languages))
    return _save(document)
