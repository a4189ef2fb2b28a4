"""extract_text on PDFs: reading order, lines, fonts, pages, and the files it must refuse."""

from __future__ import annotations

import io

import pytest
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

from jobwise.documents import ExtractedDocument, InvalidFile, InvalidFileType, extract_text

FONTS = ["Helvetica-Bold", "Times-Roman", "Courier", "Helvetica-Oblique"]


def assert_in_order(text: str, expected: list[str]) -> None:
    positions = [text.index(item) for item in expected]  # ValueError if one is missing
    assert positions == sorted(positions), text


def assert_lines(text: str, expected: list[str]) -> None:
    lines = text.splitlines()
    for line in expected:
        assert line in lines, f"{line!r} is not a line of:\n{text}"


def test_two_page_cv_keeps_lines_order_and_page_count(build):
    page1 = [
        ("Helvetica-Bold", "Jane Doe"),
        ("Helvetica", "jane.doe@example.com"),
        ("Times-Roman", "EXPERIENCE"),
    ]
    page2 = [("Courier", "EDUCATION"), ("Helvetica-Oblique", "MSc Computer Science, 2014")]
    result = extract_text(build.pdf_pages([page1, page2]))
    assert result == ExtractedDocument(kind="pdf", text=result.text, pages=2)
    expected = [text for _, text in page1 + page2]
    assert_lines(result.text, expected)
    assert_in_order(result.text, expected)


def test_several_fonts_on_one_page(build):
    lines = [(font, f"Line in {font} with Python and PostgreSQL") for font in FONTS]
    text = extract_text(build.pdf_pages([lines])).text
    assert text.splitlines() == [line for _, line in lines]


def test_embedded_truetype_text_with_accents(build):
    if not build.dejavu.exists():
        pytest.skip("DejaVu font not installed")
    lines = ["José Müller-Øberg", "Ingénieur logiciel — Zürich", "Skills: C++, C#, Node.js"]
    assert extract_text(build.ttf_pdf(lines)).text.splitlines() == lines


LEFT = ["SKILLS", "Python", "Spark", "SQL", "LANGUAGES", "Spanish", "English"]
RIGHT = [
    "EXPERIENCE",
    "Senior Data Engineer, Acme Corp",
    "2020 - Present",
    "Built streaming pipelines on Kafka",
    "Data Engineer, Beta Ltd",
    "2016 - 2020",
    "Maintained the warehouse",
]


@pytest.mark.parametrize("top_down", [False, True], ids=["column-by-column", "top-down-across-columns"])
def test_two_column_layout_reads_each_column_whole(build, top_down):
    text = extract_text(build.two_column_pdf(LEFT, RIGHT, top_down=top_down)).text
    heading, footer = "Maria Garcia — Data Engineer", "References available on request from the candidate"
    assert text.splitlines() == [heading, *LEFT, *RIGHT, footer]


def test_word_hyphenated_across_lines_is_joined_when_columns_are_reordered(build):
    right = [
        "EXPERIENCE",
        "Data Engineer, Acme Corp",
        "Ran streaming jobs on Kuber-",
        "netes and Kafka",
        "2019 - 2023",
    ]
    text = extract_text(build.two_column_pdf(LEFT, right, top_down=True)).text
    assert "Ran streaming jobs on Kubernetes and Kafka" in text.splitlines()


def test_far_apart_text_on_one_line_of_a_reordered_column_is_tab_separated(build):
    cells = [(56, 750 - 15 * i, text) for i, text in enumerate(LEFT)]
    cells += [(230, 752 - 12 * i, text) for i, text in enumerate(RIGHT)]
    cells.append((480, 752 - 12 * 1, "2020 - 2024"))  # flush right, beside the role
    buffer = io.BytesIO()
    pdf = canvas.Canvas(buffer, pagesize=A4)
    pdf.setFont("Helvetica", 10)
    for x, y, text in sorted(cells, key=lambda cell: (-cell[1], cell[0])):
        pdf.drawString(x, y, text)
    pdf.showPage()
    pdf.save()
    lines = extract_text(buffer.getvalue()).text.splitlines()
    assert lines[len(LEFT) + 1] == "Senior Data Engineer, Acme Corp\t2020 - 2024"


def test_running_headers_and_footers_are_dropped_between_pages(build):
    def page(number: int, body: list[str]) -> list[tuple[str, str]]:
        header, footer = "Jane Doe | jane.doe@example.com", f"Jane Doe - CV - Page {number} of 3"
        return [("Helvetica", line) for line in [header, *body, footer]]

    bodies = [
        ["EXPERIENCE", "Engineer, Acme, 2019 - 2023", "Built the billing service"],
        ["Kept the lights on", "Engineer, Beta, 2015 - 2019"],
        ["EDUCATION", "BSc Physics, 2015"],
    ]
    text = extract_text(build.pdf_pages([page(n + 1, body) for n, body in enumerate(bodies)])).text
    assert [line for line in text.splitlines() if line] == [
        "Jane Doe | jane.doe@example.com",
        *(line for body in bodies for line in body),
    ]


def test_list_items_and_dates_repeated_at_page_edges_stay(build):
    page = [("Helvetica", line) for line in ["Engineer, Acme", "2014 - 2018", "• Built Python services"]]
    text = extract_text(build.pdf_pages([page, page])).text
    assert text.count("2014 - 2018") == 2
    assert text.count("• Built Python services") == 2


def test_europass_style_table_keeps_dates_with_their_jobs(build):
    rows = [
        ("2020 – Present", "Senior Data Engineer, Acme Corp, Madrid"),
        ("2016 – 2020", "Data Engineer, Beta Ltd, Barcelona"),
        ("2012 – 2016", "BSc Computer Science, University of Valencia"),
        ("Languages", "Spanish (native), English (C1)"),
    ]
    buffer = io.BytesIO()
    pdf = canvas.Canvas(buffer, pagesize=A4)
    pdf.setFont("Helvetica", 10)
    for row, (label, content) in enumerate(rows):
        pdf.drawRightString(150, 760 - row * 18, label)
        pdf.drawString(170, 760 - row * 18, content)
    pdf.showPage()
    pdf.save()
    assert extract_text(buffer.getvalue()).text.splitlines() == [f"{a} {b}" for a, b in rows]


def test_right_aligned_dates_stay_on_their_line(build):
    buffer = io.BytesIO()
    pdf = canvas.Canvas(buffer, pagesize=A4)
    pdf.setFont("Helvetica", 10)
    jobs = [
        ("Senior Engineer, Acme", "2019 - 2023"),
        ("Engineer, Beta", "2016 - 2019"),
        ("Intern, Gamma", "2015"),
    ]
    for row, (title, dates) in enumerate(jobs * 2):
        pdf.drawString(56, 780 - row * 15, title)
        pdf.drawRightString(540, 780 - row * 15, dates)
    pdf.showPage()
    pdf.save()
    lines = extract_text(buffer.getvalue()).text.splitlines()
    assert lines[:3] == [f"{title} {dates}" for title, dates in jobs]


def test_password_protected_pdf_is_refused(build):
    data = build.encrypt_pdf(
        build.pdf_pages([[("Helvetica", "Jane Doe, engineer at Acme")]]), user_password="x"
    )
    with pytest.raises(InvalidFile, match="password-protected") as error:
        extract_text(data)
    assert error.value.code == "invalid_file"


def test_pdf_with_only_an_owner_password_is_read(build):
    original = build.pdf_pages([[("Helvetica", "Jane Doe, engineer at Acme")]])
    assert extract_text(build.encrypt_pdf(original, user_password="")).text == "Jane Doe, engineer at Acme"


def test_image_only_pdf_has_no_text_layer(build):
    with pytest.raises(InvalidFile, match="no text layer"):
        extract_text(build.image_only_pdf())


@pytest.mark.parametrize(
    "damage",
    [lambda d: d[: len(d) // 2], lambda d: b"%PDF-1.7\n" + bytes(range(256)) * 40 + b"\n%%EOF\n"],
    ids=["truncated", "garbage-body"],
)
def test_malformed_pdf_is_refused(build, damage):
    data = build.pdf_pages([[("Helvetica", "Jane Doe, engineer at Acme")]] * 2)
    with pytest.raises(InvalidFile, match="could not be read"):
        extract_text(damage(data))


def test_too_many_pages(build):
    data = build.pdf_pages([[("Helvetica", f"Page {i} of a very long document")] for i in range(12)])
    with pytest.raises(InvalidFile, match="12 pages; at most 10"):
        extract_text(data, max_pages=10)
    assert extract_text(data, max_pages=12).pages == 12


def test_non_pdf_bytes_are_refused_before_any_worker_runs():
    with pytest.raises(InvalidFileType):
        extract_text(b"\x89PNG\r\n\x1a\n" + b"\x00" * 100)


def test_link_targets_hidden_behind_labels_are_added_once(build):
    buffer = io.BytesIO()
    pdf = canvas.Canvas(buffer, pagesize=A4)
    pdf.setFont("Helvetica", 10)
    pdf.drawString(56, 780, "Jane Doe — LinkedIn | Email | https://github.com/jane")
    pdf.linkURL("https://www.linkedin.com/in/jane", (120, 775, 160, 790), relative=0)
    pdf.linkURL("mailto:jane@example.com", (165, 775, 195, 790), relative=0)
    pdf.linkURL("https://github.com/jane", (200, 775, 320, 790), relative=0)  # already shown
    pdf.linkURL("https://www.linkedin.com/in/jane", (56, 760, 100, 770), relative=0)  # twice
    pdf.drawString(56, 760, "Experienced platform engineer")
    pdf.showPage()
    pdf.save()
    assert extract_text(buffer.getvalue()).text.splitlines() == [
        "Jane Doe — LinkedIn | Email | https://github.com/jane",
        "Experienced platform engineer",
        "",
        "https://www.linkedin.com/in/jane",
        "jane@example.com",
    ]
