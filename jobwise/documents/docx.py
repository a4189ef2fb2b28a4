"""DOCX to text from the raw WordprocessingML, parsed with defusedxml (run inside a worker).

Reads the body in document order (paragraphs, tables, content controls, text boxes), plus the
headers first and footers last, where CVs often keep contact details. Hyperlink targets that
the visible text does not show (an "in LinkedIn" label, an icon) are kept in parentheses.
"""

from __future__ import annotations

import posixpath
import re
import zipfile
from dataclasses import dataclass
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
_MC_FALLBACK = "{http://schemas.openxmlformats.org/markup-compatibility/2006}Fallback"
_CONTAINERS = {"body", "sdt", "sdtContent", "customXml", "ins", "moveTo", "hdr", "ftr", "txbxContent"}
_SKIPPED = {"pPr", "rPr", "del", "moveFrom", "instrText", "delText", "fldData"}
_INLINE = {"tab": "\t", "br": "\n", "cr": "\n", "noBreakHyphen": "-"}
_LINK_SCHEMES = ("http://", "https://", "mailto:")
_RENDERED_BREAK = re.compile(rb"<(?:\w+:)?lastRenderedPageBreak\b")
_PAGE_BREAK = re.compile(rb"<(?:\w+:)?br\b[^>]*type=\"page\"")
_HEADER = re.compile(r"^word/header(\d*)\.xml$")
_FOOTER = re.compile(r"^word/footer(\d*)\.xml$")


def extract_docx(data: bytes) -> tuple[str, int]:
    """Headers, body and footers as lines; list items start with a bullet, table rows with tabs."""
    archive = inspect_docx(data)
    body = archive.read(DOCX_MAIN_PART)
    parts: list[str] = []
    for name in _numbered(archive, _HEADER):
        _add_unique(parts, _part_text(archive, name))
    parts.append(_part_text(archive, DOCX_MAIN_PART))
    for name in _numbered(archive, _FOOTER):
        _add_unique(parts, _part_text(archive, name))
    text = clean("\n\n".join(p for p in parts if p))
    if not has_words(text):
        raise InvalidFile("The document contains no text")
    return text, _page_count(body)


def _numbered(archive: zipfile.ZipFile, pattern: re.Pattern[str]) -> list[str]:
    found = [(match[1], name) for name in archive.namelist() if (match := pattern.match(name))]
    return [name for _, name in sorted(found, key=lambda item: int(item[0] or 0))]


def _add_unique(parts: list[str], text: str) -> None:
    if text and text not in parts:  # first-page and default headers often repeat
        parts.append(text)


def _part_text(archive: zipfile.ZipFile, name: str) -> str:
    root = _parse(archive.read(name), name)
    return "\n".join(_Reader(_external_links(archive, name)).blocks(root))


def _external_links(archive: zipfile.ZipFile, part: str) -> dict[str, str]:
    """Relationship id -> URL, from the part's .rels file (web and mail links only)."""
    folder, base = posixpath.split(part)
    rels_name = f"{folder}/_rels/{base}.rels"
    if rels_name not in archive.namelist():
        return {}
    links: dict[str, str] = {}
    for rel in _parse(archive.read(rels_name), rels_name):
        target = rel.get("Target", "")
        if rel.get("TargetMode") == "External" and target.lower().startswith(_LINK_SCHEMES):
            links[rel.get("Id", "")] = target.removeprefix("mailto:")
    return links


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


def _relationship_id(element: Element) -> str:
    return next((v for k, v in element.attrib.items() if k.endswith("}id") and "relationships" in k), "")


@dataclass
class _Reader:
    links: dict[str, str]

    def blocks(self, container: Element) -> list[str]:
        lines: list[str] = []
        for child in container:
            name = _local(child)
            if name == "p":
                lines += self.paragraph(child)
            elif name == "tbl":
                lines += self.table(child)
            elif name in _CONTAINERS or (name is None and child.tag != _MC_FALLBACK):
                lines += self.blocks(child)
        return lines

    def paragraph(self, paragraph: Element) -> list[str]:
        parts: list[str] = []
        boxes: list[Element] = []
        self.inline(paragraph, parts, boxes)
        line = "".join(parts).strip()
        if line and _is_list_item(paragraph):
            line = f"• {line}"
        nested = [text for box in boxes for text in self.blocks(box)]
        return [line, *nested] if line else nested

    def inline(self, element: Element, parts: list[str], boxes: list[Element]) -> None:
        for child in element:
            name = _local(child)
            if name == "t":
                parts.append(child.text or "")
            elif name == "sym":
                parts.append(_symbol(child))
            elif name in _INLINE:
                parts.append(_INLINE[name])
            elif name == "txbxContent":
                boxes.append(child)  # text boxes become lines after their anchor paragraph
            elif name == "hyperlink":
                self.hyperlink(child, parts, boxes)
            elif name not in _SKIPPED and child.tag != _MC_FALLBACK:
                self.inline(child, parts, boxes)

    def hyperlink(self, link: Element, parts: list[str], boxes: list[Element]) -> None:
        start = len(parts)
        self.inline(link, parts, boxes)
        url = self.links.get(_relationship_id(link))
        shown = "".join(parts[start:])
        if url and url not in shown:
            parts.append(f" ({url})" if shown.strip() else url)

    def table(self, table: Element) -> list[str]:
        """Rows of one-line cells become one tab-separated line; richer cells are read in turn."""
        lines: list[str] = []
        for row in (child for child in table if _local(child) == "tr"):
            cells = [self.blocks(cell) for cell in _cells(row)]
            filled = [cell for cell in cells if cell]
            if all(len(cell) == 1 for cell in filled):
                lines.append("\t".join(cell[0] for cell in filled))
            else:
                lines += [line for cell in filled for line in cell]
        return [line for line in lines if line]


def _symbol(sym: Element) -> str:
    """A symbol-font glyph (Symbol, Wingdings): Word stores it at F000 plus its code, as PDFs
    show it, so the shared clean-up turns bullets into "•" and drops icons."""
    code = next((v for k, v in sym.attrib.items() if k.endswith("}char")), "")
    try:
        value = int(code, 16)
    except ValueError:
        return ""
    return chr(value if value >= 0xF000 else value + 0xF000) if value <= 0xF0FF else ""


def _is_list_item(paragraph: Element) -> bool:
    for props in paragraph:
        if _local(props) == "pPr":
            for prop in props:
                name = _local(prop)
                style = next((v for k, v in prop.attrib.items() if k.endswith("}val")), "")
                if name == "numPr" or (name == "pStyle" and style.startswith("List")):
                    return True
    return False


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
