"""extract_text on DOCX: headers, paragraphs, lists, tables, text boxes; hostile XML refused."""

from __future__ import annotations

import io
import random
import zipfile

import docx
import pytest

from jobwise.documents import ExtractedDocument, InvalidFile, extract_text


def run(text: str) -> str:
    return f"<w:r><w:t xml:space='preserve'>{text}</w:t></w:r>"


def para(*texts: str) -> str:
    return "<w:p>" + "".join(run(t) for t in texts) + "</w:p>"


def with_body(build, body: str) -> bytes:
    """The test CV (header and footer kept) with its body replaced."""
    return build.rewrite_zip(build.cv_docx(), {"word/document.xml": build.document_xml(body)})


def body_lines(text: str) -> list[str]:
    header, body, footer = text.split("\n\n")
    assert header.startswith("Maria Garcia")
    assert footer.startswith("linkedin.com")
    return body.splitlines()


def test_cv_with_header_table_and_bullets(build):
    result = extract_text(build.cv_docx())
    assert result == ExtractedDocument(kind="docx", text=result.text, pages=1)
    assert result.text.splitlines() == [
        "Maria Garcia | maria.garcia@example.com | +34 600 123 456",
        "",
        "Professional Summary",
        "Data engineer with eight years of experience in Python and Spark.",
        "Experience",
        "Senior Data Engineer\t2020 – Present",
        "Data Engineer\t2016 – 2020",
        "• Built streaming pipelines on Kafka",
        "• Cut warehouse costs by 30%",
        "Skills: Python, SQL, Airflow",
        "",
        "linkedin.com/in/mariagarcia",
    ]


def test_layout_table_reads_sidebar_cell_then_main_cell(build):
    document = docx.Document()
    sidebar, main = document.add_table(rows=1, cols=2).rows[0].cells
    sidebar.text = "CONTACT"
    for line in ["jane@example.com", "Berlin, Germany", "SKILLS", "Go, Rust"]:
        sidebar.add_paragraph(line)
    main.text = "EXPERIENCE"
    for line in ["Staff Engineer at Initech", "2018 – 2024", "Led the platform team"]:
        main.add_paragraph(line)
    text = extract_text(build.save_docx(document)).text
    assert text.splitlines() == [
        "CONTACT", "jane@example.com", "Berlin, Germany", "SKILLS", "Go, Rust",
        "EXPERIENCE", "Staff Engineer at Initech", "2018 – 2024", "Led the platform team",
    ]  # fmt: skip


TEXT_BOX = (
    "<w:p>{anchor}<w:r><mc:AlternateContent><mc:Choice Requires='wps'><w:drawing><wp:anchor>"
    "<a:graphic><a:graphicData><wps:wsp><wps:txbx><w:txbxContent>{box}</w:txbxContent></wps:txbx>"
    "</wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice><mc:Fallback><w:pict>"
    "<v:shape><v:textbox><w:txbxContent>{box}</w:txbxContent></v:textbox></v:shape></w:pict>"
    "</mc:Fallback></mc:AlternateContent></w:r></w:p>"
)


def test_text_box_is_read_once_after_its_anchor(build):
    box = para("Contact: jane@example.com") + para("+49 30 1234567")
    body = TEXT_BOX.format(anchor=run("Jane Example"), box=box) + para("Experienced backend engineer.")
    assert body_lines(extract_text(with_body(build, body)).text) == [
        "Jane Example",
        "Contact: jane@example.com",
        "+49 30 1234567",
        "Experienced backend engineer.",
    ]


def test_runs_tabs_breaks_content_controls_and_tracked_changes(build):
    body = (
        para("Senior ", "Engineer")
        + "<w:p>"
        + run("Python")
        + "<w:r><w:tab/></w:r>"
        + run("Expert")
        + "</w:p>"
        "<w:p>" + run("Line one") + "<w:r><w:br/></w:r>" + run("Line two") + "</w:p>"
        "<w:sdt><w:sdtContent>" + para("Inside a content control") + "</w:sdtContent></w:sdt>"
        "<w:p>" + run("Kept") + "<w:del><w:r><w:delText>Deleted</w:delText></w:r></w:del>"
        "<w:ins>" + run(" inserted") + "</w:ins></w:p>"
    )
    assert body_lines(extract_text(with_body(build, body)).text) == [
        "Senior Engineer",
        "Python\tExpert",
        "Line one",
        "Line two",
        "Inside a content control",
        "Kept inserted",
    ]


def test_symbol_font_bullets_become_bullets_and_icons_go(build):
    def sym(font: str, char: str) -> str:
        return f"<w:r><w:sym w:font='{font}' w:char='{char}'/></w:r>"

    body = (
        "<w:p>" + sym("Symbol", "F0B7") + "<w:r><w:tab/></w:r>" + run("Built the billing service") + "</w:p>"
        "<w:p>" + sym("Wingdings", "F028") + run(" +34 600 123 456") + "</w:p>"
        "<w:p>" + sym("Wingdings", "00A7") + run(" Led a team of 5") + "</w:p>"
        "<w:p>" + sym("Wingdings", "F0FC") + run(" Certified Scrum Master") + "</w:p>"
    )
    assert body_lines(extract_text(with_body(build, body)).text) == [
        "•\tBuilt the billing service",
        "+34 600 123 456",
        "• Led a team of 5",
        "• Certified Scrum Master",
    ]


def test_page_count_from_rendered_page_breaks(build):
    body = para("Page one text here") + "<w:p><w:r><w:lastRenderedPageBreak/><w:t>Page two</w:t></w:r></w:p>"
    assert extract_text(with_body(build, body)).pages == 2


def test_empty_document_is_refused(build):
    document = docx.Document()
    with pytest.raises(InvalidFile, match="no text"):
        extract_text(build.save_docx(document))


def test_entities_hidden_behind_a_long_prolog_are_refused_by_the_worker(build):
    # The upload check only scans the head of each part; the worker's defusedxml parse is the backstop.
    prolog = (
        "<!--" + random.randbytes(35_000).hex() + "-->" + '<!DOCTYPE w:document [<!ENTITY a "aaaaaaaaaa">]>'
    )
    data = build.rewrite_zip(
        build.cv_docx(), {"word/document.xml": build.document_xml(para("&a;&a;"), prolog=prolog)}
    )
    with pytest.raises(InvalidFile, match="entity"):
        extract_text(data)


def test_invalid_xml_is_refused(build):
    data = build.rewrite_zip(build.cv_docx(), {"word/document.xml": b"<w:document><w:body><w:p>"})
    with pytest.raises(InvalidFile, match="not valid XML"):
        extract_text(data)


def test_zip_bomb_is_refused_by_extract_text_too(build):
    bomb = build.rewrite_zip(build.cv_docx(), {"word/media/image1.png": b"\x00" * (20 * 1024 * 1024)})
    with pytest.raises(InvalidFile, match="zip bomb"):
        extract_text(bomb)


def test_hyperlink_targets_hidden_behind_labels_are_kept(build):
    rels = (
        '<Relationship Id="rId90" TargetMode="External" Target="https://www.linkedin.com/in/jane"'
        ' Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink"/>'
        '<Relationship Id="rId91" TargetMode="External" Target="mailto:jane@example.com"'
        ' Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink"/>'
        '<Relationship Id="rId92" TargetMode="External" Target="https://github.com/jane"'
        ' Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink"/>'
    )
    body = (
        f"<w:p><w:hyperlink r:id='rId90'>{run('LinkedIn')}</w:hyperlink>{run(' | ')}"
        f"<w:hyperlink r:id='rId91'>{run('Email me')}</w:hyperlink></w:p>"
        f"<w:p><w:hyperlink r:id='rId92'>{run('https://github.com/jane')}</w:hyperlink></w:p>"
    )
    source = build.cv_docx()
    old_rels = zipfile.ZipFile(io.BytesIO(source)).read("word/_rels/document.xml.rels")
    data = build.rewrite_zip(
        source,
        {
            "word/document.xml": build.document_xml(body),
            "word/_rels/document.xml.rels": old_rels.replace(
                b"</Relationships>", rels.encode() + b"</Relationships>"
            ),
        },
    )
    assert body_lines(extract_text(data).text) == [
        "LinkedIn (https://www.linkedin.com/in/jane) | Email me (jane@example.com)",
        "https://github.com/jane",
    ]


def test_absurdly_deep_nesting_is_refused(build):
    depth = 1200
    body = "<w:sdt><w:sdtContent>" * depth + para("Deep text") + "</w:sdtContent></w:sdt>" * depth
    with pytest.raises(InvalidFile, match="nested too deeply"):
        extract_text(with_body(build, body))
