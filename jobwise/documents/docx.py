"""DOCX to text from the raw WordprocessingML, parsed with defusedxml (run inside a worker).

Reads the body in document order (paragraphs, tables, content controls, text boxes), plus the
headers first and footers last, where CVs often keep contact details.
"""

from __future__ import annotations

import re
import zipfile
from typing import cast
from xml.etree.ElementTree import Element, ParseError

import defusedxml.ElementTree as SafeET
from defusedxml import DefusedXmlException

from jobwise.documents.errors import InvalidFile
from jobwise.documents.sniff import DOCX_MAIN_PART, inspect_docx
from jobwise.documents.text import clean, has_words

_W_NAMESPACES = (
    "http://schemas.openxmlformats.org/wordprocessingml/2006/main",
    "http://purl.oclc.org/ooxml/wordprocessingml/main",  # ISO "strict" documents
)
_MC_CHOICE = "{http://schemas.openxmlformats.org/markup-compatibility/2006}Choice"
_MC_FALLBACK = "{http://schemas.openxmlformats.org/markup-compatibility/2006}Fallback"
_CONTAINERS = {"body", "sdt", "sdtContent", "customXml", "ins", "moveTo", "hdr", "ftr", "txbxContent", "tc"}
_SKIPPED = {"pPr", "rPr", "del", "moveFrom", "instrText", "delText", "fldData"}
_INLINE = {"tab": "\t", "br": "\n", "cr": "\n", "noBreakHyphen": "-"}
_RENDERED_BREAK = re.compile(rb"<(?:\w+:)?lastRenderedPageBreak\b")
_PAGE_BREAK = re.compile(rb"<(?:\w+:)?br\b[^>]*type=\"page\"")
_HEADER = re.compile(r"^word/header\d*\.xml$")
_FOOTER = re.compile(r"^word/footer\d*\.xml$")


def extract_docx(data: bytes) -> tuple[str, int]:
    """Headers, body and footers as lines; list items start with a bullet, table rows with tabs."""
    archive = inspect_docx(data)
    names = sorted(archive.namelist())
    body = archive.read(DOCX_MAIN_PART)
    parts: list[str] = []
    for name in [n for n in names if _HEADER.match(n)]:
        _add_unique(parts, _part_text(archive, name))
    parts.append("\n".join(_blocks(_parse(body, DOCX_MAIN_PART))))
    for name in [n for n in names if _FOOTER.match(n)]:
        _add_unique(parts, _part_text(archive, name))
    text = clean("\n\n".join(p for p in parts if p))
    if not has_words(text):
        raise InvalidFile("The document contains no text")
    return text, _page_count(body)


def _add_unique(parts: list[str], text: str) -> None:
    if text and text not in parts:  # first-page and default headers often repeat
        parts.append(text)


def _part_text(archive: zipfile.ZipFile, name: str) -> str:
    return "\n".join(_blocks(_parse(archive.read(name), name)))


def _parse(xml: bytes, name: str) -> Element:
    try:
        return cast(Element, SafeET.fromstring(xml, forbid_dtd=True))
    except DefusedXmlException as exc:
        raise InvalidFile("The DOCX contains XML entity declarations, which are refused") from exc
    except ParseError as exc:
        raise InvalidFile(f"The DOCX is damaged ({name} is not valid XML)") from exc


def _local(element: Element) -> str | None:
    """The local name of a WordprocessingML element, None for other vocabularies."""
    namespace, _, local = element.tag[1:].partition("}")
    return local if namespace in _W_NAMESPACES else None


def _blocks(container: Element) -> list[str]:
    lines: list[str] = []
    for child in container:
        name = _local(child)
        if name == "p":
            lines += _paragraph(child)
        elif name == "tbl":
            lines += _table(child)
        elif name in _CONTAINERS or (name is None and child.tag != _MC_FALLBACK):
            lines += _blocks(child)
    return lines


def _paragraph(paragraph: Element) -> list[str]:
    parts: list[str] = []
    boxes: list[Element] = []
    _inline(paragraph, parts, boxes)
    line = "".join(parts).strip()
    if line and _is_list_item(paragraph):
        line = f"• {line}"
    nested = [text for box in boxes for text in _blocks(box)]
    return [line, *nested] if line else nested


def _inline(element: Element, parts: list[str], boxes: list[Element]) -> None:
    for child in element:
        name = _local(child)
        if name == "t":
            parts.append(child.text or "")
        elif name in _INLINE:
            parts.append(_INLINE[name])
        elif name == "txbxContent":
            boxes.append(child)  # text boxes become lines after their anchor paragraph
        elif name not in _SKIPPED and child.tag != _MC_FALLBACK:
            _inline(child, parts, boxes)


def _is_list_item(paragraph: Element) -> bool:
    for props in paragraph:
        if _local(props) == "pPr":
            for prop in props:
                name = _local(prop)
                style = next((v for k, v in prop.attrib.items() if k.endswith("}val")), "")
                if name == "numPr" or (name == "pStyle" and style.startswith("List")):
                    return True
    return False


def _table(table: Element) -> list[str]:
    """Rows of one-line cells become one tab-separated line; richer cells are read in turn."""
    lines: list[str] = []
    for row in (child for child in table if _local(child) == "tr"):
        cells = [_blocks(cell) for cell in _cells(row)]
        filled = [cell for cell in cells if cell]
        if all(len(cell) == 1 for cell in filled):
            lines.append("\t".join(cell[0] for cell in filled))
        else:
            lines += [line for cell in filled for line in cell]
    return [line for line in lines if line]


def _cells(row: Element) -> list[Element]:
    cells: list[Element] = []
    for child in row:
        name = _local(child)
        if name == "tc":
            cells.append(child)
        elif name in {"sdt", "sdtContent", "customXml"}:
            cells += _cells(child)
    return cells


def _page_count(body: bytes) -> int:
    """Word records where pages broke when it last laid the document out; else count hard breaks."""
    rendered = len(_RENDERED_BREAK.findall(body))
    return 1 + (rendered or len(_PAGE_BREAK.findall(body)))
