"""DOCX layouts seen in real CVs, built with python-docx plus the raw XML it has no API for
(text boxes, symbol-font icons, page-number fields)."""

from __future__ import annotations

import io
from typing import Any

import docx
from docx.enum.text import WD_BREAK, WD_TAB_ALIGNMENT
from docx.oxml import parse_xml
from docx.shared import Pt

from tests.cv_corpus.heldout.model import CV, Job

_W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
_NS = (
    f'xmlns:w="{_W}" '
    'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
    'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
    'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
    'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
    'xmlns:v="urn:schemas-microsoft-com:vml"'
)


def _save(document: Any) -> bytes:
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def _bold(paragraph: Any, text: str, size: float | None = None) -> Any:
    run = paragraph.add_run(text)
    run.bold = True
    if size:
        run.font.size = Pt(size)
    return run


def _heading(container: Any, text: str) -> None:
    _bold(container.add_paragraph(), text, 12)


def _bullets(container: Any, lines: list[str]) -> None:
    for line in lines:
        container.add_paragraph(line, style="List Bullet")


def _xml_escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _paragraphs_xml(lines: list[tuple[str, bool]]) -> str:
    return "".join(
        f'<w:p><w:r>{"<w:rPr><w:b/></w:rPr>" if bold else ""}<w:t xml:space="preserve">'
        f"{_xml_escape(text)}</w:t></w:r></w:p>"
        for text, bold in lines
    )


def _text_box(paragraph: Any, lines: list[tuple[str, bool]]) -> None:
    """An anchored text box (DrawingML, with the VML fallback Word writes beside it)."""
    content = _paragraphs_xml(lines)
    run = parse_xml(
        f'<w:r {_NS}><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing>'
        '<wp:anchor distT="0" distB="0" distL="114300" distR="114300" simplePos="0" relativeHeight="1" '
        'behindDoc="0" locked="0" layoutInCell="1" allowOverlap="1"><wp:simplePos x="0" y="0"/>'
        '<wp:positionH relativeFrom="margin"><wp:posOffset>0</wp:posOffset></wp:positionH>'
        '<wp:positionV relativeFrom="margin"><wp:posOffset>0</wp:posOffset></wp:positionV>'
        '<wp:extent cx="5943600" cy="1143000"/><wp:effectExtent l="0" t="0" r="0" b="0"/>'
        '<wp:wrapTopAndBottom/><wp:docPr id="1" name="Text Box 1"/><wp:cNvGraphicFramePr/>'
        '<a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape">'
        '<wps:wsp><wps:cNvSpPr txBox="1"/><wps:spPr><a:xfrm><a:off x="0" y="0"/>'
        '<a:ext cx="5943600" cy="1143000"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom>'
        f"</wps:spPr><wps:txbx><w:txbxContent>{content}</w:txbxContent></wps:txbx><wps:bodyPr/>"
        "</wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice>"
        '<mc:Fallback><w:pict><v:shape style="width:468pt;height:90pt"><v:textbox>'
        f"<w:txbxContent>{content}</w:txbxContent></v:textbox></v:shape></w:pict></mc:Fallback>"
        "</mc:AlternateContent></w:r>"
    )
    paragraph._p.append(run)


def _symbol(paragraph: Any, font: str, char: str) -> None:
    paragraph._p.append(parse_xml(f'<w:r {_NS}><w:sym w:font="{font}" w:char="{char}"/></w:r>'))


def _field(paragraph: Any, instruction: str, shown: str) -> None:
    for xml in (
        '<w:r {ns}><w:fldChar w:fldCharType="begin"/></w:r>',
        '<w:r {ns}><w:instrText xml:space="preserve"> {instr} </w:instrText></w:r>',
        '<w:r {ns}><w:fldChar w:fldCharType="separate"/></w:r>',
        "<w:r {ns}><w:t>{shown}</w:t></w:r>",
        '<w:r {ns}><w:fldChar w:fldCharType="end"/></w:r>',
    ):
        paragraph._p.append(parse_xml(xml.format(ns=_NS, instr=instruction, shown=shown)))


def _no_borders(table: Any) -> None:
    table.style = None


def _job_paragraphs(container: Any, job: Job, *, dates_line: bool = True) -> None:
    _bold(container.add_paragraph(), job.title)
    place = container.add_paragraph(f"{job.company}, {job.place}")
    if dates_line:
        place.add_run(f" | {job.dates}")
    _bullets(container, job.bullets)


# --- layouts -----------------------------------------------------------------------------------


def table_dates_left(cv: CV) -> bytes:
    """A borderless two-column table: dates in the left cell, role, employer and duties on the right."""
    document = docx.Document()
    _bold(document.add_paragraph(), cv.shown_name, 20)
    document.add_paragraph(cv.headline)
    document.add_paragraph(f"{cv.location}  •  {cv.phone}  •  {cv.email}")
    _heading(document, cv.heading("summary"))
    document.add_paragraph(cv.summary)
    _heading(document, cv.heading("experience"))
    table = document.add_table(rows=0, cols=2)
    _no_borders(table)
    for job in cv.jobs:
        left, right = table.add_row().cells
        left.text = job.dates
        right.paragraphs[0].text = ""
        _bold(right.paragraphs[0], job.title)
        right.add_paragraph(f"{job.company}, {job.place}")
        _bullets(right, job.bullets)
    _heading(document, cv.heading("education"))
    table = document.add_table(rows=0, cols=2)
    for school in cv.schools:
        left, right = table.add_row().cells
        left.text = school.dates
        right.text = f"{school.degree}, {school.school}, {school.place}"
    _heading(document, cv.heading("skills"))
    _bullets(document, cv.skill_lines())
    _heading(document, cv.heading("certifications"))
    for cert in cv.certs:
        document.add_paragraph(cert)
    return _save(document)


def europass_2020(cv: CV) -> bytes:
    """The 2020 Europass export: personal lines with labels, dates-and-place lines, caps titles."""
    document = docx.Document()
    _bold(document.add_paragraph(), cv.shown_name, 22)
    document.add_paragraph("Nationality: Portuguese  Date of birth: 03/05/1993  Gender: Female")
    document.add_paragraph(f"Phone number: {cv.phone} (Mobile)  Email address: {cv.email}")
    document.add_paragraph(f"Home: {cv.address}")
    _heading(document, cv.heading("experience"))
    for job in cv.jobs:
        document.add_paragraph(f"{job.dates}\t{job.place}")
        _bold(document.add_paragraph(), f"{job.title.upper()} – {job.company.upper()}")
        _bullets(document, job.bullets)
    _heading(document, cv.heading("education"))
    for school in cv.schools:
        document.add_paragraph(f"{school.dates}\t{school.place}")
        _bold(document.add_paragraph(), f"{school.degree.upper()} – {school.school}")
    _heading(document, cv.heading("languages"))
    document.add_paragraph(f"Mother tongue(s): {cv.languages[0].split(' (')[0].upper()}")
    document.add_paragraph("Other language(s):")
    table = document.add_table(rows=1, cols=5)
    for cell, text in zip(table.rows[0].cells, ["", "UNDERSTANDING", "", "SPEAKING", "WRITING"], strict=True):
        cell.text = text
    for language in cv.languages[1:]:
        name, level = language.rstrip(")").split(" (")
        cells = table.add_row().cells
        for cell, text in zip(
            cells,
            [
                name.upper(),
                f"Listening {level}",
                f"Reading {level}",
                f"Spoken production {level}",
                f"Writing {level}",
            ],
            strict=True,
        ):
            cell.text = text
    _heading(document, cv.heading("skills"))
    document.add_paragraph(" | ".join(cv.skill_lines()))
    return _save(document)


def textbox_header(cv: CV) -> bytes:
    """Name, headline and contact lines in a text box anchored at the top of the page."""
    document = docx.Document()
    anchor = document.add_paragraph()
    _text_box(
        anchor,
        [
            (cv.shown_name, True),
            (cv.headline, False),
            (f"{cv.email} | {cv.phone} | {cv.location}", False),
            (cv.links[0], False),
        ],
    )
    _heading(document, cv.heading("summary"))
    document.add_paragraph(cv.summary)
    _heading(document, cv.heading("experience"))
    for job in cv.jobs:
        _job_paragraphs(document, job)
    _heading(document, cv.heading("education"))
    for school in cv.schools:
        document.add_paragraph(f"{school.degree} – {school.school} ({school.dates})")
    _heading(document, cv.heading("skills"))
    document.add_paragraph(", ".join(cv.skill_lines()))
    _heading(document, cv.heading("languages"))
    document.add_paragraph(", ".join(cv.languages))
    return _save(document)


def header_footer(cv: CV) -> bytes:
    """Name and contact in the first-page header, the name again on later pages, page numbers."""
    document = docx.Document()
    section = document.sections[0]
    section.different_first_page_header_footer = True
    first = section.first_page_header
    _bold(first.paragraphs[0], cv.shown_name, 18)
    first.add_paragraph(f"{cv.location} | {cv.phone} | {cv.email} | {cv.links[0]}")
    section.header.paragraphs[0].text = f"{cv.name} – Résumé"
    for footer in (section.footer, section.first_page_footer):
        paragraph = footer.paragraphs[0]
        paragraph.add_run("Page ")
        _field(paragraph, "PAGE", "1")
        paragraph.add_run(" of ")
        _field(paragraph, "NUMPAGES", "2")
    _heading(document, cv.heading("summary"))
    document.add_paragraph(cv.summary)
    _heading(document, cv.heading("skills"))
    document.add_paragraph(" • ".join(cv.skill_lines()))
    _heading(document, cv.heading("experience"))
    for index, job in enumerate(cv.jobs):
        _job_paragraphs(document, job)
        if index == 1:
            document.paragraphs[-1].add_run().add_break(WD_BREAK.PAGE)
    _heading(document, cv.heading("education"))
    for school in cv.schools:
        document.add_paragraph(f"{school.degree}, {school.school}, {school.place}, {school.dates}")
    _heading(document, cv.heading("certifications"))
    _bullets(document, cv.certs)
    _heading(document, cv.heading("languages"))
    document.add_paragraph(", ".join(cv.languages))
    return _save(document)


def plain(cv: CV) -> bytes:
    """A plain Word CV: bold caps headings, role lines, list bullets."""
    document = docx.Document()
    _bold(document.add_paragraph(), cv.shown_name, 16)
    document.add_paragraph(f"{cv.location} • {cv.phone} • {cv.email}")
    _heading(document, cv.heading("summary"))
    document.add_paragraph(cv.summary)
    _heading(document, cv.heading("experience"))
    for job in cv.jobs:
        _job_paragraphs(document, job)
    _heading(document, cv.heading("education"))
    for school in cv.schools:
        document.add_paragraph(f"{school.degree} | {school.school}, {school.place} | {school.dates}")
    _heading(document, cv.heading("certifications"))
    _bullets(document, cv.certs)
    _heading(document, cv.heading("skills"))
    document.add_paragraph(", ".join(cv.skill_lines()))
    _heading(document, cv.heading("languages"))
    document.add_paragraph(", ".join(cv.languages))
    return _save(document)


def tab_dates(cv: CV) -> bytes:
    """Titles with dates at a right tab stop, the employer in italics below."""
    document = docx.Document()
    name = document.add_paragraph()
    _bold(name, cv.shown_name, 18)
    document.add_paragraph(f"{cv.phone} · {cv.email} · {cv.location}")
    _heading(document, cv.heading("summary"))
    document.add_paragraph(cv.summary)
    _heading(document, cv.heading("experience"))
    for job in cv.jobs:
        line = document.add_paragraph()
        line.paragraph_format.tab_stops.add_tab_stop(Pt(468), WD_TAB_ALIGNMENT.RIGHT)
        _bold(line, job.title)
        line.add_run(f"\t{job.dates}")
        document.add_paragraph().add_run(f"{job.company}, {job.place}").italic = True
        _bullets(document, job.bullets)
    _heading(document, cv.heading("education"))
    for school in cv.schools:
        line = document.add_paragraph()
        _bold(line, f"{school.degree}, {school.school}")
        line.add_run(f"\t{school.dates}")
    _heading(document, cv.heading("skills"))
    document.add_paragraph(" | ".join(cv.skill_lines()))
    _heading(document, cv.heading("certifications"))
    document.add_paragraph(cv.certs[0])
    document.add_paragraph("References available upon request.")
    return _save(document)


def headings_left_table(cv: CV) -> bytes:
    """A Word template: one table, section headings in the left cell, the content on the right."""
    document = docx.Document()
    _bold(document.add_paragraph(), cv.shown_name, 20)
    document.add_paragraph(f"{cv.headline} | {cv.email} | {cv.phone} | {cv.location}")
    table = document.add_table(rows=0, cols=2)

    def row(heading: str) -> Any:
        left, right = table.add_row().cells
        _bold(left.paragraphs[0], heading)
        return right

    row(cv.heading("summary")).paragraphs[0].text = cv.summary
    cell = row(cv.heading("experience"))
    for index, job in enumerate(cv.jobs):
        first = cell.paragraphs[0] if index == 0 else cell.add_paragraph()
        _bold(first, f"{job.title}, {job.company}")
        cell.add_paragraph(f"{job.place} | {job.dates}")
        _bullets(cell, job.bullets)
    cell = row(cv.heading("education"))
    for school in cv.schools:
        cell.paragraphs[0].text = f"{school.degree}, {school.school}, {school.dates}"
    cell = row(cv.heading("skills"))
    cell.paragraphs[0].text = ", ".join(cv.skill_lines())
    cell = row(cv.heading("certifications"))
    cell.paragraphs[0].text = cv.certs[0]
    _bullets(cell, cv.certs[1:])
    return _save(document)


def german(cv: CV) -> bytes:
    """A German Lebenslauf: personal data table, dated rows, place and date at the end."""
    document = docx.Document()
    _bold(document.add_paragraph(), "Lebenslauf", 20)
    _heading(document, "Persönliche Daten")
    table = document.add_table(rows=0, cols=2)
    for label, value in (
        ("Name", cv.shown_name),
        ("Anschrift", cv.address),
        ("Telefon", cv.phone),
        ("E-Mail", cv.email),
        ("Geburtsdatum", "14.05.1989 in Lübeck"),
        ("Staatsangehörigkeit", "deutsch"),
    ):
        left, right = table.add_row().cells
        left.text, right.text = label, value

    def dated(dates: str, lines: list[str], bullets: list[str]) -> None:
        left, right = table.add_row().cells
        left.text = dates
        _bold(right.paragraphs[0], lines[0])
        for line in lines[1:]:
            right.add_paragraph(line)
        _bullets(right, bullets)

    _heading(document, cv.heading("experience"))
    table = document.add_table(rows=0, cols=2)
    for job in cv.jobs:
        dated(job.dates, [job.title, f"{job.company}, {job.place}"], job.bullets)
    _heading(document, cv.heading("education"))
    table = document.add_table(rows=0, cols=2)
    for school in cv.schools:
        dated(school.dates, [school.degree, f"{school.school}, {school.place}"], [])
    dated("06/2008", ["Abitur", "Johanneum, Lübeck"], [])
    _heading(document, cv.heading("skills"))
    table = document.add_table(rows=0, cols=2)
    assert isinstance(cv.skills, dict)
    for group, items in cv.skills.items():
        left, right = table.add_row().cells
        left.text, right.text = group, ", ".join(items)
    left, right = table.add_row().cells
    left.text, right.text = cv.heading("languages"), ", ".join(cv.languages)
    document.add_paragraph()
    document.add_paragraph(f"{cv.location}, 01.06.2025")
    document.add_paragraph(cv.name)
    return _save(document)


def sidebar_table(cv: CV) -> bytes:
    """A one-row table: a sidebar cell (contact with symbol-font icons, skills) and a main cell."""
    document = docx.Document()
    side, main = document.add_table(rows=1, cols=2).rows[0].cells
    _bold(side.paragraphs[0], "CONTACT")
    for font, char, text in (
        ("Wingdings", "F028", cv.phone),
        ("Wingdings", "F02A", cv.email),
        ("Webdings", "F048", cv.location),
    ):
        paragraph = side.add_paragraph()
        _symbol(paragraph, font, char)
        paragraph.add_run(f" {text}")
    _bold(side.add_paragraph(), cv.heading("skills").upper())
    _bullets(side, cv.skill_lines())
    _bold(side.add_paragraph(), cv.heading("languages").upper())
    for language in cv.languages:
        side.add_paragraph(language)
    _bold(main.paragraphs[0], cv.shown_name, 24)
    main.add_paragraph(cv.headline)
    _bold(main.add_paragraph(), cv.heading("summary").upper())
    main.add_paragraph(cv.summary)
    _bold(main.add_paragraph(), cv.heading("experience").upper())
    for job in cv.jobs:
        _bold(main.add_paragraph(), f"{job.title} | {job.company}")
        main.add_paragraph(f"{job.dates} | {job.place}")
        _bullets(main, job.bullets)
    _bold(main.add_paragraph(), cv.heading("education").upper())
    for school in cv.schools:
        main.add_paragraph(f"{school.degree}\n{school.school}, {school.dates}")
    return _save(document)


def functional(cv: CV) -> bytes:
    """Skills first in groups, then a compact employment history without duties."""
    document = docx.Document()
    document.add_paragraph(cv.shown_name, style="Title")
    document.add_paragraph(f"{cv.location} | {cv.phone} | {cv.email}")
    _heading(document, cv.heading("summary"))
    document.add_paragraph(cv.summary)
    _heading(document, cv.heading("skills"))
    assert isinstance(cv.skills, dict)
    for group, items in cv.skills.items():
        _bold(document.add_paragraph(), group)
        _bullets(document, items)
    _heading(document, cv.heading("experience"))
    for job in cv.jobs:
        document.add_paragraph(f"{job.title} — {job.company}, {job.place} ({job.dates})")
    _heading(document, cv.heading("education"))
    for school in cv.schools:
        document.add_paragraph(f"{school.degree}, {school.school}, {school.dates}")
    _heading(document, cv.heading("certifications"))
    _bullets(document, cv.certs)
    document.add_paragraph("References available on request.")
    return _save(document)
