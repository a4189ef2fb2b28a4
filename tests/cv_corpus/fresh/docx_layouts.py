"""DOCX layouts for the fresh CVs: a photo table, Word heading styles with a skills grid, a
Portuguese CV, a LinkedIn-like list of promotions under one employer."""

from __future__ import annotations

import io
from typing import Any

import docx
from docx.enum.text import WD_TAB_ALIGNMENT
from docx.shared import Inches, Pt
from PIL import Image

from tests.cv_corpus.heldout.docx_layouts import _bold, _bullets, _heading, _save
from tests.cv_corpus.heldout.model import CV


def _photo() -> io.BytesIO:
    out = io.BytesIO()
    Image.new("RGB", (60, 80), (180, 170, 160)).save(out, format="PNG")
    out.seek(0)
    return out


def _dated_line(document: Any, left: str, right: str) -> None:
    paragraph = document.add_paragraph()
    paragraph.paragraph_format.tab_stops.add_tab_stop(Pt(468), WD_TAB_ALIGNMENT.RIGHT)
    _bold(paragraph, left)
    paragraph.add_run(f"\t{right}")


def photo_table(cv: CV) -> bytes:
    """Name and contact beside a photo in a top table, Word's Heading 1 for sections."""
    document = docx.Document()
    text, picture = document.add_table(rows=1, cols=2).rows[0].cells
    _bold(text.paragraphs[0], cv.shown_name, 20)
    text.add_paragraph(cv.headline)
    for line in (cv.phone, cv.email, cv.location):
        text.add_paragraph(line)
    picture.paragraphs[0].add_run().add_picture(_photo(), width=Inches(0.8))
    document.add_heading(cv.heading("summary"), level=1)
    document.add_paragraph(cv.summary)
    document.add_heading(cv.heading("experience"), level=1)
    for job in cv.jobs:
        _dated_line(document, f"{job.title}, {job.company}, {job.place}", job.dates)
        _bullets(document, job.bullets)
    document.add_heading(cv.heading("education"), level=1)
    for school in cv.schools:
        _dated_line(document, f"{school.degree}, {school.school}", school.dates)
    document.add_heading(cv.heading("skills"), level=1)
    _bullets(document, cv.skill_lines())
    document.add_heading(cv.heading("certifications"), level=1)
    for cert in cv.certs:
        document.add_paragraph(cert)
    document.add_paragraph("References available on request.")
    return _save(document)


def heading_styles_grid(cv: CV) -> bytes:
    """Word styles all the way: Title, Heading 1 sections, Heading 2 roles, a grid of skills."""
    document = docx.Document()
    document.add_paragraph(cv.shown_name, style="Title")
    document.add_paragraph(f"{cv.headline} · {cv.location} · {cv.phone} · {cv.email}")
    document.add_heading(cv.heading("summary"), level=1)
    document.add_paragraph(cv.summary)
    document.add_heading(cv.heading("experience"), level=1)
    for job in cv.jobs:
        document.add_heading(job.title, level=2)
        document.add_paragraph(f"{job.company} | {job.place}")
        document.add_paragraph().add_run(job.dates).italic = True
        _bullets(document, job.bullets)
    document.add_heading(cv.heading("education"), level=1)
    for school in cv.schools:
        document.add_heading(school.degree, level=2)
        document.add_paragraph(f"{school.school}, {school.place} | {school.dates}")
    document.add_heading(cv.heading("skills"), level=1)
    skills = cv.skill_lines()
    grid = document.add_table(rows=2, cols=3)
    for cell, skill in zip((c for row in grid.rows for c in row.cells), skills, strict=False):
        cell.text = skill
    document.add_heading(cv.heading("certifications"), level=1)
    _bullets(document, cv.certs)
    document.add_heading(cv.heading("languages"), level=1)
    document.add_paragraph(" · ".join(cv.languages))
    return _save(document)


def portuguese(cv: CV) -> bytes:
    """A Brazilian CV: employer before the role, 'Jan/2021 – Atual' dates beside the city."""
    document = docx.Document()
    _bold(document.add_paragraph(), cv.shown_name, 18)
    document.add_paragraph(cv.headline)
    document.add_paragraph(f"{cv.location} | {cv.phone} | {cv.email}")
    _heading(document, cv.heading("summary"))
    document.add_paragraph(cv.summary)
    _heading(document, cv.heading("experience"))
    for job in cv.jobs:
        _bold(document.add_paragraph(), f"{job.company} — {job.title}")
        document.add_paragraph(f"{job.dates} | {job.place}")
        _bullets(document, job.bullets)
    _heading(document, cv.heading("education"))
    for school in cv.schools:
        document.add_paragraph(f"{school.degree} – {school.school} ({school.dates})")
    _heading(document, cv.heading("skills"))
    document.add_paragraph(", ".join(cv.skill_lines()))
    _heading(document, cv.heading("languages"))
    for language in cv.languages:
        document.add_paragraph(language, style="List Bullet")
    return _save(document)


def linkedin_promotions(cv: CV) -> bytes:
    """LinkedIn's export as Word: top skills first, roles grouped under each employer."""
    document = docx.Document()
    _bold(document.add_paragraph(), cv.shown_name, 22)
    document.add_paragraph(cv.headline)
    document.add_paragraph(cv.location)
    _heading(document, "Contact")
    document.add_paragraph(cv.email)
    document.add_paragraph(f"{cv.phone} (Mobile)")
    _heading(document, cv.heading("skills"))
    for skill in cv.skill_lines():
        document.add_paragraph(skill)
    _heading(document, cv.heading("summary"))
    document.add_paragraph(cv.summary)
    _heading(document, cv.heading("experience"))
    durations = {"Jan 2022 - Present": "3 years 6 months", "Mar 2019 - Dec 2021": "2 years 10 months",
                 "Sep 2014 - Feb 2019": "4 years 6 months"}  # fmt: skip
    previous = None
    for job in cv.jobs:
        if job.company != previous:
            _bold(document.add_paragraph(), job.company, 12)
            previous = job.company
        document.add_paragraph(job.title)
        document.add_paragraph(f"{job.dates} ({durations[job.dates]})")
        document.add_paragraph(job.place)
        for line in job.bullets:
            document.add_paragraph(line)
    _heading(document, cv.heading("education"))
    for school in cv.schools:
        _bold(document.add_paragraph(), school.school)
        document.add_paragraph(f"{school.degree} · ({school.dates})")
    return _save(document)
