"""PDF layouts seen in real CVs, drawn with the layout kit (each takes a CV, returns bytes)."""

from __future__ import annotations

from tests.cv_corpus.heldout.model import CV, Job
from tests.cv_corpus.heldout.pdfkit import PAGE_H, PAGE_W, Document, Flow, Op, Style, width_of

MARGIN = 40.0
_BOLD = {"Helvetica": "Helvetica-Bold", "Times-Roman": "Times-Bold", "DejaVuSans": "DejaVuSans-Bold",
         "DejaVuSerif": "DejaVuSerif-Bold"}  # fmt: skip
_ITALIC = {"Helvetica": "Helvetica-Oblique", "Times-Roman": "Times-Italic",
           "DejaVuSans": "DejaVuSans-Oblique", "DejaVuSerif": "DejaVuSerif"}  # fmt: skip


class Styles:
    def __init__(self, face: str = "Helvetica", size: float = 9.5) -> None:
        self.face = face
        self.body = Style(face, size)
        self.bold = Style(_BOLD[face], size)
        self.italic = Style(_ITALIC[face], size)
        self.name = Style(_BOLD[face], 22, leading=26)
        self.heading = Style(_BOLD[face], 11.5, before=10, after=3)
        self.small = Style(face, size - 1)


def _lig(text: str, on: bool) -> str:
    return text.replace("fi", "ﬁ").replace("fl", "ﬂ") if on else text


def contact_items(cv: CV, icons: bool = False) -> list[str]:
    items = [cv.email, cv.phone, cv.address or cv.location, *cv.links]
    if icons:
        marks = ["✉", "☎", "⌂"] + ["\uf0e1"] * len(cv.links)
        items = [f"{mark} {item}" for mark, item in zip(marks, items, strict=True)]
    return items


def job_entry(
    flow: Flow,
    job: Job,
    st: Styles,
    entry: str = "title_dates_right",
    bullet: str = "•",
    justify: bool = False,
    hyphenate: bool = False,
    ligatures: bool = False,
) -> None:
    body = st.body.but(align="justify" if justify else "left", hyphenate=hyphenate)
    if entry == "title_dates_right":
        flow.pair(job.title, job.dates, st.bold.but(before=6), st.body)
        flow.text(f"{job.company}, {job.place}", st.italic)
    elif entry == "company_first":
        flow.pair(job.company, job.place, st.bold.but(before=6), st.body)
        flow.pair(job.title, job.dates, st.italic, st.body)
    elif entry == "title_line":
        flow.text(f"{job.title} – {job.company}, {job.place}", st.bold.but(before=6))
        flow.text(job.dates, st.body)
    elif entry == "title_company_dash":
        flow.text(f"{job.title} – {job.company}, {job.place}", st.bold.but(before=6))
        flow.text(job.dates, st.italic)
    for line in job.bullets:
        flow.text(_lig(line, ligatures), body, bullet)


def education(flow: Flow, cv: CV, st: Styles, ligatures: bool = False, stacked: bool = False) -> None:
    flow.text(_lig(cv.heading("education"), ligatures), st.heading)
    for school in cv.schools:
        if stacked:  # a narrow column: degree, school and dates on lines of their own
            flow.text(school.degree, st.bold.but(before=3))
            flow.text(school.school, st.body)
            flow.text(school.dates, st.body)
            continue
        flow.pair(school.degree, school.dates, st.bold.but(before=3), st.body)
        flow.text(f"{school.school}, {school.place}".strip(", "), st.body)


def skills_block(
    flow: Flow, cv: CV, st: Styles, bullet: str | None = None, heading: Style | None = None
) -> None:
    flow.text(cv.heading("skills"), heading or st.heading)
    lines = cv.skill_lines()
    if bullet and not isinstance(cv.skills, dict):
        for item in lines:
            flow.text(item, st.body, bullet)
    elif isinstance(cv.skills, dict):
        for line in lines:
            flow.text(line, st.body)
    else:
        flow.text(", ".join(lines), st.body)


def list_block(
    flow: Flow,
    heading: str,
    items: list[str],
    st: Styles,
    bullet: str | None = None,
    heading_style: Style | None = None,
) -> None:
    if not items:
        return
    flow.text(heading, heading_style or st.heading)
    for item in items:
        flow.text(item, st.body, bullet)


# --- two columns -------------------------------------------------------------------------------


def sidebar(cv: CV, *, side: str = "left", order: str = "blocks", icons: bool = False) -> bytes:
    """A coloured sidebar (contact, skills, languages) beside the main column."""
    st = Styles("DejaVuSans" if icons else "Helvetica")
    doc = Document()
    inner = PAGE_W - 2 * MARGIN
    side_w, gap = inner * 0.3, 18
    main_w = inner - side_w - gap
    top = doc.top
    if side == "right":  # name across the page, then the columns
        band = doc.flow(MARGIN, inner)
        band.text(cv.shown_name, st.name)
        band.text(cv.headline, st.body.but(size=11, after=8))
        top = band.y
    side_x = MARGIN if side == "left" else MARGIN + main_w + gap
    main_x = MARGIN + side_w + gap if side == "left" else MARGIN
    main = doc.flow(main_x, main_w, y=top)
    bar = doc.flow(side_x, side_w, y=top)

    def fill_side() -> None:
        small = Styles(st.face, 9)
        bar.text("Contact", st.heading.but(before=0))
        for item in contact_items(cv, icons):
            bar.text(item, small.body.but(after=2))
        skills_block(bar, cv, small, bullet="•", heading=st.heading)
        list_block(bar, cv.heading("languages"), cv.languages, small, heading_style=st.heading)
        list_block(bar, cv.heading("certifications"), cv.certs, small, "•", heading_style=st.heading)

    def fill_main() -> None:
        if side == "left":
            main.text(cv.shown_name, st.name)
            main.text(cv.headline, st.body.but(size=11, after=4))
        main.text(cv.heading("summary"), st.heading.but(before=0 if side == "right" else 10))
        main.text(cv.summary, st.body)
        main.text(cv.heading("experience"), st.heading)
        for job in cv.jobs:
            job_entry(main, job, st)
        education(main, cv, st)

    if side == "left":
        fill_side()
        fill_main()
    else:
        fill_main()
        fill_side()
    return doc.build(order=order)


def canva_blocks(cv: CV) -> bytes:
    """Design-tool output: separate text frames drawn in the order they were added, mixing columns."""
    st = Styles("Helvetica")
    doc = Document()
    inner = PAGE_W - 2 * MARGIN
    side_w, gap = inner * 0.33, 20
    main_x, main_w = MARGIN + side_w + gap, inner - side_w - gap
    bar = doc.flow(MARGIN, side_w, y=doc.top - 80)
    main = doc.flow(main_x, main_w)
    main.text(cv.shown_name, st.name)
    main.text(cv.headline, st.body.but(size=12, after=6))
    bar.text("Contact", st.heading.but(before=0))
    for item in contact_items(cv):
        bar.text(item, st.small.but(after=2))
    main.text(cv.heading("summary"), st.heading)
    main.text(cv.summary, st.body)
    skills_block(bar, cv, st, bullet="•")
    main.text(cv.heading("experience"), st.heading)
    for job in cv.jobs[:2]:
        job_entry(main, job, st)
    list_block(bar, cv.heading("languages"), cv.languages, st)
    for job in cv.jobs[2:]:
        job_entry(main, job, st)
    education(bar, cv, st, stacked=True)
    return doc.build(order="blocks")


# --- tables ------------------------------------------------------------------------------------


def _header(flow: Flow, cv: CV, st: Styles, centred: bool = False, icons: bool = False) -> None:
    align = "center" if centred else "left"
    flow.text(cv.shown_name, st.name.but(align=align))
    flow.text(cv.headline, st.body.but(size=11, align=align))
    flow.text("  |  ".join(contact_items(cv, icons)), st.body.but(align=align, after=4))


def table_dates_left(cv: CV) -> bytes:
    """A table used for layout: dates in a narrow left cell, the role and its duties on the right."""
    st = Styles("Times-Roman", 10)
    doc = Document()
    flow = doc.flow(MARGIN, PAGE_W - 2 * MARGIN)
    _header(flow, cv, st)
    flow.text(cv.heading("summary"), st.heading)
    flow.text(cv.summary, st.body)
    flow.text(cv.heading("experience"), st.heading)
    for job in cv.jobs:
        left, right = flow.row(95)
        left.text(job.dates, st.body)
        right.text(job.title, st.bold)
        right.text(f"{job.company} · {job.place}", st.italic)
        for line in job.bullets:
            right.text(line, st.body, "•")
        flow.end_row(left, right, after=6)
    flow.text(cv.heading("education"), st.heading)
    for school in cv.schools:
        left, right = flow.row(95)
        left.text(school.dates, st.body)
        right.text(school.degree, st.bold)
        right.text(f"{school.school}, {school.place}", st.body)
        flow.end_row(left, right)
    skills_block(flow, cv, st)
    list_block(flow, cv.heading("languages"), [", ".join(cv.languages)], st)
    return doc.build()


def europass_2004(cv: CV) -> bytes:
    """The old Europass: right-aligned labels in a left column, values on the right."""
    st = Styles("DejaVuSans", 9)
    doc = Document()
    flow = doc.flow(MARGIN, PAGE_W - 2 * MARGIN)
    label_w = 150

    def row(
        label: str, value: str, value_style: Style | None = None, label_style: Style | None = None
    ) -> None:
        left, right = flow.row(label_w + 12, gap=12)
        left.text(label, (label_style or st.body).but(align="right"))
        right.text(value, value_style or st.body)
        flow.end_row(left, right, after=3)

    flow.text("Europass", st.bold.but(size=14))
    flow.text("Curriculum Vitae", st.bold.but(size=12, after=10))
    row("Personal information", "", label_style=st.heading)
    row("First name(s) / Surname(s)", cv.shown_name, st.bold.but(size=12))
    row("Address", cv.address)
    row("Telephone(s)", f"Mobile: {cv.phone}")
    row("E-mail", cv.email)
    row("Nationality", "Polish")
    row("Date of birth", "12/04/1988")
    row(cv.heading("experience"), "", label_style=st.heading)
    for job in cv.jobs:
        row("Dates", job.dates)
        row("Occupation or position held", job.title, st.bold)
        row("Main activities and responsibilities", "; ".join(job.bullets))
        row("Name and address of employer", f"{job.company}, {job.place} (Poland)")
        row("Type of business or sector", "Construction")
        flow.space(6)
    row(cv.heading("education"), "", label_style=st.heading)
    for school in cv.schools:
        row("Dates", school.dates)
        row("Title of qualification awarded", school.degree, st.bold)
        row("Name and type of organisation providing education and training", f"{school.school}")
    row("Personal skills and competences", "", label_style=st.heading)
    row("Mother tongue(s)", cv.languages[0].split(" (")[0])
    row("Other language(s)", ", ".join(cv.languages[1:]))
    row(cv.heading("skills"), ", ".join(cv.skill_lines()))
    return doc.build()


# --- single column -----------------------------------------------------------------------------


def single(
    cv: CV,
    *,
    running: bool = False,
    pad_pages: bool = False,
    icons: bool = False,
    bullet: str = "•",
    skill_bullet: str | None = None,
    face: str = "Helvetica",
    justify: bool = False,
    hyphenate: bool = False,
    ligatures: bool = False,
    spaced: bool = False,
    entry: str = "title_dates_right",
    centred: bool = False,
) -> bytes:
    """One column; options for running headers, icon fonts, justified text, spaced headings."""
    st = Styles(face, 11 if pad_pages else 9.5)
    if pad_pages:  # a long CV, so the running header and footer repeat
        st.body = st.body.but(leading=27)
    doc = Document(top=PAGE_H - (70 if running else 48), bottom=70 if running else 48)
    flow = doc.flow(MARGIN, PAGE_W - 2 * MARGIN)
    heading = st.heading.but(char_space=0.5) if spaced else st.heading
    _header(flow, cv, st, centred=centred, icons=icons)
    if cv.summary:
        flow.text(_lig(cv.heading("summary"), ligatures), heading)
        flow.text(
            _lig(cv.summary, ligatures),
            st.body.but(align="justify" if justify else "left", hyphenate=hyphenate),
        )
    flow.text(cv.heading("experience"), heading)
    for job in cv.jobs:
        job_entry(flow, job, st, entry, bullet, justify, hyphenate, ligatures)
    education(flow, cv, st, ligatures)
    skills_block(flow, cv, st, bullet=skill_bullet, heading=heading)
    if cv.languages:
        languages = st.heading.but(char_space=3) if spaced else heading
        list_block(flow, cv.heading("languages"), [", ".join(cv.languages)], st, heading_style=languages)
    list_block(flow, _lig(cv.heading("certifications"), ligatures), cv.certs, st, heading_style=heading)
    for title, lines in cv.extra.items():
        list_block(flow, title, lines, st, heading_style=heading)

    def furniture(page: int, pages: int) -> list[Op]:
        if not running:
            return []
        top = Op(page, MARGIN, PAGE_H - 40, f"{cv.name} — Curriculum Vitae", face, 8)
        right = Op(page, PAGE_W - MARGIN - 60, PAGE_H - 40, cv.email, face, 8)
        foot = Op(page, PAGE_W / 2 - 20, 30, f"Page {page + 1} of {pages}", face, 8)
        return [top, right, foot] if page else [foot]

    return doc.build(furniture=furniture)


def academic(cv: CV) -> bytes:
    """A one-page academic CV: education first, appointments, publications, grants, teaching."""
    st = Styles("Times-Roman", 9.5)
    doc = Document()
    flow = doc.flow(MARGIN + 10, PAGE_W - 2 * MARGIN - 20)
    flow.text(cv.shown_name, st.name.but(size=18, align="center"))
    contact = f"Department of Genetics, University of Cambridge, Downing Street, {cv.location} CB2 3EH"
    flow.text(contact, st.body.but(align="center"))
    flow.text(f"{cv.email}  ·  {cv.phone}", st.body.but(align="center", after=4))
    flow.text(cv.heading("education"), st.heading)
    for school in cv.schools:
        flow.pair(f"{school.degree}, {school.school}, {school.place}", school.dates, st.body)
    flow.text(cv.heading("experience"), st.heading)
    for job in cv.jobs:
        flow.pair(f"{job.title}, {_department(job)}", job.dates, st.bold.but(before=3), st.body)
        for line in job.bullets:
            flow.text(line, st.body, "–")
    for title, lines in cv.extra.items():
        flow.text(title, st.heading)
        for line in lines:
            flow.text(line, st.body.but(after=2))
    skills_block(flow, cv, st)
    list_block(flow, cv.heading("languages"), [", ".join(cv.languages)], st)
    return doc.build()


def _department(job: Job) -> str:
    if job.company.startswith("University"):
        return f"Department of Genetics, {job.company}"
    return f"{job.company}, {job.place}"


def moderncv(cv: CV) -> bytes:
    """LaTeX moderncv ("classic"): dates right-aligned in the left margin, rules beside headings."""
    st = Styles("Helvetica", 9.5)
    doc = Document()
    flow = doc.flow(MARGIN, PAGE_W - 2 * MARGIN)
    first, last = cv.shown_name.split(" ", 1)
    flow.text(first, st.name.but(face="Helvetica", size=26, leading=28))
    flow.text(last, st.name.but(face="Helvetica", size=26, leading=28))
    flow.text(cv.headline, st.italic.but(size=12, after=10))
    block = [*cv.address.split(", ", 1), f"☎ {cv.phone}", f"✉ {cv.email}"]
    for index, line in enumerate(block):
        y = doc.top - 12 - index * 12
        x = PAGE_W - MARGIN - width_of(line, "DejaVuSans", 9)
        doc.ops.append(Op(0, x, y, line, "DejaVuSans", 9))
    margin_w = 90.0

    def heading(text: str) -> None:
        flow.space(10)
        flow.text(text, st.heading.but(face="Helvetica", size=13, before=0, indent=margin_w + 8))

    def item(label: str, text: str, text_style: Style | None = None) -> None:
        left, right = flow.row(margin_w + 8, gap=8)
        left.text(label, st.body.but(align="right"))
        right.text(text, text_style or st.body)
        flow.end_row(left, right, after=2)

    heading(cv.heading("experience"))
    for job in cv.jobs:
        left, right = flow.row(margin_w + 8, gap=8)
        left.text(job.dates, st.body.but(align="right"))
        right.text(f"{job.title}, {job.company}, {job.place}.", st.bold)
        for line in job.bullets:
            right.text(line, st.body, "•")
        flow.end_row(left, right, after=6)
    heading(cv.heading("education"))
    for school in cv.schools:
        item(school.dates, f"{school.degree}, {school.school}, {school.place}.")
    heading(cv.heading("skills"))
    assert isinstance(cv.skills, dict)
    for group, items in cv.skills.items():
        item(group, ", ".join(items))
    heading(cv.heading("languages"))
    for language in cv.languages:
        name, level = language.rstrip(")").split(" (")
        item(name, level.capitalize())
    return doc.build()


def header_band(cv: CV) -> bytes:
    """Name and headline on the left, contact lines flush right beside them, then one column."""
    st = Styles("Helvetica", 9.5)
    doc = Document()
    flow = doc.flow(MARGIN, PAGE_W - 2 * MARGIN)
    contact = contact_items(cv)
    flow.pair(cv.shown_name, contact[0], st.name.but(size=20, leading=22), st.body)
    flow.pair(cv.headline, contact[1], st.body.but(size=12, leading=16), st.body)
    flow.pair("", contact[2], st.body)
    flow.pair("", contact[3], st.body.but(after=6))
    flow.text(cv.heading("summary"), st.heading)
    flow.text(cv.summary, st.body)
    flow.text(cv.heading("experience"), st.heading)
    for job in cv.jobs:
        job_entry(flow, job, st, "company_first")
    education(flow, cv, st)
    skills_block(flow, cv, st)
    list_block(flow, cv.heading("certifications"), cv.certs, st)
    list_block(flow, cv.heading("languages"), [" · ".join(cv.languages)], st)
    return doc.build(order="rows")


def margin_headings(cv: CV) -> bytes:
    """Section headings in a left margin, level with the first line of their content."""
    st = Styles("Helvetica", 9.5)
    doc = Document()
    flow = doc.flow(MARGIN, PAGE_W - 2 * MARGIN)
    _header(flow, cv, st)
    flow.space(6)
    split = 105.0

    def section(title: str, fill: object) -> None:
        left, right = flow.row(split, gap=10)
        left.text(title.upper(), st.bold.but(size=10))
        fill(right)  # type: ignore[operator]
        flow.end_row(left, right, after=10)

    section(cv.heading("summary"), lambda f: f.text(cv.summary, st.body))

    def experience(f: Flow) -> None:
        for index, job in enumerate(cv.jobs):
            f.pair(
                f"{job.title} — {job.company}", job.dates, st.bold.but(before=0 if index == 0 else 6), st.body
            )
            f.text(job.place, st.italic)
            for line in job.bullets:
                f.text(line, st.body, "•")

    section(cv.heading("experience"), experience)

    def schools(f: Flow) -> None:
        for school in cv.schools:
            f.pair(f"{school.degree}, {school.school}", school.dates, st.body)

    section(cv.heading("education"), schools)
    section(cv.heading("skills"), lambda f: f.text(", ".join(cv.skill_lines()), st.body))
    return doc.build()


def indian(cv: CV) -> bytes:
    """The classic Indian format: objective, role sentences, a qualifications table, declaration."""
    st = Styles("Times-Roman", 10)
    doc = Document()
    flow = doc.flow(MARGIN, PAGE_W - 2 * MARGIN)
    flow.text("CURRICULUM VITAE", st.bold.but(size=14, align="center", after=8))
    flow.text(cv.shown_name, st.bold.but(size=12))
    flow.text(cv.address, st.body)
    flow.text(f"Mobile: {cv.phone}", st.body)
    flow.text(f"Email: {cv.email}", st.body.but(after=4))
    flow.text(cv.heading("summary"), st.heading)
    flow.text(cv.summary, st.body)
    flow.text("Professional Summary", st.heading)
    for line in (
        "Having 11 years of experience in finance and SAP FICO implementation and support.",
        "Worked on 2 end-to-end S/4HANA implementations and 3 support projects.",
        "Good knowledge of GL, AP, AR and Asset Accounting configuration.",
    ):
        flow.text(line, st.body, "➢")
    flow.text(cv.heading("experience"), st.heading)
    for job in cv.jobs:
        flow.text(
            f"Working as {job.title} in {job.company}, {job.place} from {job.dates}."
            if job.end is None
            else f"Worked as {job.title} in {job.company}, {job.place} from {job.dates}.",
            st.body,
            "➢",
        )
    flow.text(cv.heading("education"), st.heading)
    widths = [110.0, 190.0, 90.0]
    rows = [("Qualification", "University / Institute", "Year of Passing", "Percentage")]
    marks = ("72%", "68%")
    rows += [(s.degree, s.school, s.dates.split()[-1], m) for s, m in zip(cv.schools, marks, strict=True)]
    for cells in rows:
        x, y = flow.x, flow.y - 14
        for cell, width in zip(cells, [*widths, 80.0], strict=True):
            doc.ops.append(Op(flow.page, x + 2, y, cell, "Times-Roman", 10))
            x += width
        flow.space(16)
    flow.text(cv.heading("skills"), st.heading)
    assert isinstance(cv.skills, dict)
    for group, items in cv.skills.items():
        flow.text(f"{group} : {', '.join(items)}", st.body)
    flow.text("Personal Details", st.heading)
    for line in (
        "Father's Name : R. Srinivas Reddy",
        "Date of Birth : 12-08-1990",
        f"{cv.heading('languages')} : {', '.join(cv.languages)}",
        "Nationality : Indian",
    ):
        flow.text(line, st.body)
    flow.text("Declaration", st.heading)
    flow.text("I hereby declare that the above information is true to the best of my knowledge.", st.body)
    flow.text(f"Place: {cv.location}", st.body.but(before=10))
    flow.pair("Date:", f"({cv.shown_name})", st.body)
    return doc.build()
