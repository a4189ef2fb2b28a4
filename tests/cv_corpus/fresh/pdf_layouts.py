"""PDF layouts for the fresh CVs: LaTeX templates, timelines, top bars, infographics, builders."""

from __future__ import annotations

from tests.cv_corpus.heldout.model import CV, Job
from tests.cv_corpus.heldout.pdf_layouts import MARGIN, Styles, contact_items, list_block
from tests.cv_corpus.heldout.pdfkit import PAGE_H, PAGE_W, Document, Flow, Op, Style, width_of


def _split_word(flow: Flow, first: str, rest: str, st: Style, accent: Style) -> None:
    """A heading drawn in two fonts, as Awesome-CV colours its first letters ("Exp" + "erience")."""
    flow.space(st.before)
    flow.y -= st.line_height()
    flow.doc.ops.append(Op(flow.page, flow.x, flow.y, first, accent.face, accent.size))
    x = flow.x + width_of(first, accent.face, accent.size)
    flow.doc.ops.append(Op(flow.page, x, flow.y, rest, st.face, st.size))
    flow.space(st.after)


def jakes(cv: CV) -> bytes:
    """Jake's Resume (LaTeX): centred header, education first, two flush-right columns per entry."""
    st = Styles("Times-Roman", 10)
    doc = Document()
    flow = doc.flow(MARGIN + 10, PAGE_W - 2 * MARGIN - 20)
    flow.text(cv.shown_name, st.name.but(face="Times-Bold", size=24, align="center"))
    flow.text(" | ".join([cv.phone, cv.email, *cv.links]), st.body.but(align="center", after=4))
    heading = st.heading.but(face="Times-Roman", size=12)
    flow.text(cv.heading("education"), heading)
    for school in cv.schools:
        flow.pair(school.school, school.place, st.bold, st.body)
        flow.pair(school.degree, school.dates, st.italic, st.italic)
    flow.text(cv.heading("experience"), heading)
    for job in cv.jobs:
        flow.pair(job.title, job.dates, st.bold.but(before=3), st.body)
        flow.pair(job.company, job.place, st.italic, st.italic)
        for line in job.bullets:
            flow.text(line, st.body.but(indent=8), "•")
    flow.text("Projects", heading)
    name, dates = cv.extra["Projects"][0].split(" — ")
    flow.pair(name, dates, st.bold, st.body)
    flow.text(cv.extra["Projects"][1], st.body.but(indent=8), "•")
    flow.text(cv.heading("skills"), heading)
    assert isinstance(cv.skills, dict)
    for group, items in cv.skills.items():
        flow.text(f"{group}: {', '.join(items)}", st.body)
    return doc.build()


def awesome(cv: CV) -> bytes:
    """Awesome-CV: two-tone name, icon contact line, headings with coloured first letters,
    company and place on one line, title and dates on the next."""
    st = Styles("DejaVuSans", 9)
    doc = Document()
    flow = doc.flow(MARGIN, PAGE_W - 2 * MARGIN)
    first, last = cv.shown_name.split(" ", 1)
    y = doc.top - 26
    total = width_of(f"{first} ", "DejaVuSans", 24) + width_of(last, "DejaVuSans-Bold", 24)
    x = (PAGE_W - total) / 2
    doc.ops.append(Op(0, x, y, f"{first} ", "DejaVuSans", 24))
    doc.ops.append(Op(0, x + width_of(f"{first} ", "DejaVuSans", 24), y, last, "DejaVuSans-Bold", 24))
    flow.y = y - 6
    flow.text(cv.headline.upper(), st.small.but(align="center", char_space=1))
    icons = ["☎ " + cv.phone, "✉ " + cv.email, "⌂ " + cv.location, *cv.links]
    flow.text("  |  ".join(icons), st.small.but(align="center", after=6))
    heading, accent = st.heading.but(size=13), st.heading.but(face="DejaVuSans", size=13)
    _split_word(flow, cv.heading("summary")[:3], cv.heading("summary")[3:], heading, accent)
    flow.text(cv.summary, st.body)
    _split_word(flow, cv.heading("experience")[:3], cv.heading("experience")[3:], heading, accent)
    for job in cv.jobs:
        flow.pair(job.company, job.place, st.bold.but(before=4), st.italic)
        flow.pair(job.title.upper(), job.dates, st.small, st.italic)
        for line in job.bullets:
            flow.text(line, st.body.but(indent=6), "•")
    _split_word(flow, cv.heading("education")[:3], cv.heading("education")[3:], heading, accent)
    for school in cv.schools:
        flow.pair(school.school, school.place, st.bold, st.italic)
        flow.pair(school.degree.upper(), school.dates, st.small, st.italic)
    _split_word(flow, cv.heading("skills")[:3], cv.heading("skills")[3:], heading, accent)
    flow.text(", ".join(cv.skill_lines()), st.body)
    flow.text(f"Languages: {', '.join(cv.languages)}", st.body)
    return doc.build()


def timeline_cells_after(cv: CV) -> bytes:
    """A timeline: each role's block drawn first, its dates drawn after it in the left column."""
    st = Styles("Helvetica", 9.5)
    doc = Document()
    flow = doc.flow(MARGIN, PAGE_W - 2 * MARGIN)
    flow.text(cv.shown_name, st.name)
    flow.text(cv.headline, st.body.but(size=12))
    flow.text(" · ".join(contact_items(cv)), st.body.but(after=4))
    flow.text(cv.heading("summary"), st.heading)
    flow.text(cv.summary, st.body)

    def rows(items: list[tuple[str, list[tuple[str, Style, str | None]]]]) -> None:
        for dates, lines in items:
            left, right = flow.row(90)
            for text, style, bullet in lines:
                right.text(text, style, bullet)
            left.text(dates, st.bold.but(align="right"))  # drawn after the block it dates
            flow.end_row(right, left, after=8)

    flow.text(cv.heading("experience"), st.heading)
    rows([
        (job.dates, [(job.title, st.bold, None), (f"{job.company}, {job.place}", st.italic, None)]
         + [(b, st.body, "•") for b in job.bullets])
        for job in cv.jobs
    ])  # fmt: skip
    flow.text(cv.heading("education"), st.heading)
    rows([(s.dates, [(s.degree, st.bold, None), (s.school, st.body, None)]) for s in cv.schools])
    flow.text(cv.heading("skills"), st.heading)
    flow.text(", ".join(cv.skill_lines()), st.body)
    flow.text(cv.heading("languages"), st.heading)
    flow.text(", ".join(cv.languages), st.body)
    return doc.build()


def topbar_right_column(cv: CV) -> bytes:
    """A contact bar spread across the page under the name, then a main column and a right column,
    the page drawn top to bottom across both."""
    st = Styles("Helvetica", 9.5)
    doc = Document()
    top = doc.flow(MARGIN, PAGE_W - 2 * MARGIN)
    top.text(cv.shown_name, st.name)
    top.text(cv.headline, st.body.but(size=12, after=4))
    top.y -= 12
    items = contact_items(cv)[:3]
    step = (PAGE_W - 2 * MARGIN) / len(items)
    for index, item in enumerate(items):
        doc.ops.append(Op(0, MARGIN + index * step, top.y, item, "Helvetica", 9))
    top.space(14)
    inner = PAGE_W - 2 * MARGIN
    main = doc.flow(MARGIN, inner * 0.62, y=top.y)
    side = doc.flow(MARGIN + inner * 0.66, inner * 0.34, y=top.y)
    main.text(cv.heading("summary"), st.heading.but(before=0))
    main.text(cv.summary, st.body)
    main.text(cv.heading("experience"), st.heading)
    for job in cv.jobs:
        main.text(job.title, st.bold.but(before=5))
        main.text(f"{job.company} | {job.place} | {job.dates}", st.italic)
        for line in job.bullets:
            main.text(line, st.body, "•")
    list_block(side, cv.heading("skills"), cv.skill_lines(), st, "•", st.heading.but(before=0))
    side.text(cv.heading("education"), st.heading)
    for school in cv.schools:
        side.text(school.degree, st.bold)
        side.text(school.school, st.body)
        side.text(school.dates, st.body)
    list_block(side, cv.heading("certifications"), cv.certs, st)
    list_block(side, cv.heading("languages"), cv.languages, st)
    return doc.build(order="rows")


def simple(cv: CV, *, lang: str = "en") -> bytes:
    """One column, capitalised headings, a dash for each duty."""
    st = Styles("Helvetica", 10)
    doc = Document()
    flow = doc.flow(MARGIN, PAGE_W - 2 * MARGIN)
    flow.text(cv.shown_name, st.name)
    flow.text(cv.headline, st.body.but(size=12))
    flow.text(" · ".join([cv.location, cv.phone, cv.email]), st.body.but(after=4))
    heading = st.heading.but(size=11)
    flow.text(cv.heading("summary").upper(), heading)
    flow.text(cv.summary, st.body)
    flow.text(cv.heading("experience").upper(), heading)
    for job in cv.jobs:
        flow.text(job.title, st.bold.but(before=5))
        flow.text(f"{job.company}, {job.place} | {job.dates}", st.body)
        for line in job.bullets:
            flow.text(line, st.body, "–")
    flow.text(cv.heading("education").upper(), heading)
    for school in cv.schools:
        flow.text(f"{school.degree} – {school.school} ({school.dates})", st.body)
    flow.text(cv.heading("skills").upper(), heading)
    flow.text(", ".join(cv.skill_lines()), st.body)
    flow.text(cv.heading("languages").upper(), heading)
    flow.text(", ".join(cv.languages), st.body)
    return doc.build()


def academic_two_pages(cv: CV) -> bytes:
    """A two-page academic CV: years in a left column beside each line, a running header."""
    st = Styles("Times-Roman", 11)
    st.body = st.body.but(leading=22)
    doc = Document(top=PAGE_H - 70)
    flow = doc.flow(MARGIN + 10, PAGE_W - 2 * MARGIN - 20)
    flow.text(cv.shown_name, st.name.but(face="Times-Bold", size=20, align="center"))
    flow.text(
        "Department of Economics, Bunche Hall, 315 Portola Plaza, Los Angeles, CA 90095",
        st.body.but(align="center"),
    )
    flow.text(f"{cv.phone} · {cv.email}", st.body.but(align="center", after=6))

    def dated(dates: str, text: str) -> None:
        left, right = flow.row(92)
        left.text(dates, st.body)
        right.text(text, st.body)
        flow.end_row(left, right, after=2)

    flow.text(cv.heading("experience"), st.heading)
    for job in cv.jobs:
        dated(job.dates, f"{job.title}, {_unit(job)}{job.company}, {job.place}")
    flow.text(cv.heading("education"), st.heading)
    for school in cv.schools:
        dated(school.dates, f"{school.degree}, {school.school}")
    for title, lines in cv.extra.items():
        flow.text(title, st.heading)
        for line in lines:
            year, _, rest = line.partition(" ") if line[:2] in ("19", "20") else ("", "", line)
            if year:
                dated(year, rest)
            else:
                flow.text(line, st.body.but(after=3))
    flow.text(cv.heading("skills"), st.heading)
    flow.text(", ".join(cv.skill_lines()), st.body)

    def furniture(page: int, pages: int) -> list[Op]:
        return [
            Op(page, PAGE_W - MARGIN - 120, PAGE_H - 40, f"{cv.name} — CV — {page + 1}", "Times-Roman", 9)
        ]

    return doc.build(furniture=furniture)


def _unit(job: Job) -> str:
    return "Department of Economics, " if job.company.startswith("University") else ""


def infographic_right_blocks(cv: CV) -> bytes:
    """An infographic template: a right sidebar with skill bars; frames drawn in creation order."""
    st = Styles("Helvetica", 9.5)
    doc = Document()
    inner = PAGE_W - 2 * MARGIN
    main_w, gap = inner * 0.64, 18
    main = doc.flow(MARGIN, main_w)
    side = doc.flow(MARGIN + main_w + gap, inner - main_w - gap, y=doc.top - 60)
    main.text(cv.shown_name, st.name)
    main.text(cv.headline, st.body.but(size=12, after=6))
    side.text("Contact", st.heading.but(before=0))
    for item in contact_items(cv):
        side.text(item, st.small)
    main.text(cv.heading("summary"), st.heading)
    main.text(cv.summary, st.body)
    side.text(cv.heading("skills"), st.heading)
    for item in cv.skill_lines():
        side.text(item, st.body)
        side.space(6)  # the bar drawn under each skill is a shape, not text
    main.text(cv.heading("experience"), st.heading)
    for job in cv.jobs[:2]:
        main.pair(job.title, job.dates, st.bold.but(before=5), st.body)
        main.text(f"{job.company} — {job.place}", st.italic)
        for line in job.bullets:
            main.text(line, st.body, "•")
    list_block(side, cv.heading("languages"), cv.languages, st)
    for job in cv.jobs[2:]:
        main.pair(job.title, job.dates, st.bold.but(before=5), st.body)
        main.text(f"{job.company} — {job.place}", st.italic)
        for line in job.bullets:
            main.text(line, st.body, "•")
    main.text(cv.heading("education"), st.heading)
    for school in cv.schools:
        main.pair(school.degree, school.dates, st.bold, st.body)
        main.text(school.school, st.body)
    list_block(side, cv.heading("certifications"), cv.certs, st)
    return doc.build(order="blocks")


def builder(cv: CV) -> bytes:
    """An online CV builder's export: plain lines, place and dates on lines of their own."""
    st = Styles("Helvetica", 10.5)
    doc = Document()
    flow = doc.flow(MARGIN + 20, PAGE_W - 2 * MARGIN - 40)
    flow.text(cv.shown_name, st.name)
    for line in (cv.location, cv.email, cv.phone):
        flow.text(line, st.body)
    flow.text(cv.heading("experience"), st.heading.but(size=14))
    for job in cv.jobs:
        flow.text(job.title, st.bold.but(before=6))
        flow.text(f"{job.company} - {job.place}", st.body)
        flow.text(job.dates, st.body)
        for line in job.bullets:
            flow.text(line, st.body, "•")
    flow.text(cv.heading("education"), st.heading.but(size=14))
    for school in cv.schools:
        flow.text(school.degree, st.bold)
        flow.text(f"{school.school} - {school.place}", st.body)
        flow.text(school.dates, st.body)
    list_block(flow, cv.heading("skills"), cv.skill_lines(), st, "•", st.heading.but(size=14))
    list_block(flow, cv.heading("certifications"), cv.certs, st, "•", st.heading.but(size=14))
    return doc.build()
