"""HTML job page -> posting fields: schema.org JobPosting JSON-LD, then microdata, then a posting in
the page's app state (`__NEXT_DATA__`, `window.__STATE__ = {...}`), then the page's main text (or, on
a script-only page, its OpenGraph/meta description). A page without a posting of its own names the
job board page it embeds in an <iframe>, for the importer to fetch.

Pure: takes the page text, returns values. The page is only parsed, never run; scripts are read
as data (JSON-LD) or dropped. Work is bounded for hostile pages (see `page.parse`, `structured`).
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace

from jobwise.documents.html.appstate import app_state, best_posting
from jobwise.documents.html.frames import posting_frame
from jobwise.documents.html.page import (
    Element,
    block_text,
    main_text,
    meta,
    page_company,
    page_title,
    parse,
    tidy,
)
from jobwise.documents.html.posting import (
    EmploymentType,
    ExtractedPosting,
    LocationType,
    PostingSource,
    SalaryPeriod,
    field,
    from_node,
)
from jobwise.documents.html.structured import Node, find_typed, identified, json_ld, lenient_json, microdata

__all__ = [
    "EmploymentType",
    "ExtractedPosting",
    "LocationType",
    "PostingSource",
    "SalaryPeriod",
    "block_text",
    "extract_posting",
    "lenient_json",
    "main_text",
]

_THIN_TEXT = 200  # characters of main text below which a page is an empty app shell


def extract_posting(page: str, *, url: str, media_type: str = "text/html") -> ExtractedPosting:
    """The job posting on a page: structured data when present, else the page's main text."""
    if media_type == "text/plain":
        return ExtractedPosting(source="text", url=url, text=tidy(page), description=tidy(page) or None)
    doc = parse(page)
    if doc is None:
        return ExtractedPosting(source="text", url=url, text="")
    text = main_text(doc)
    data = json_ld(doc, page)
    ids = identified(data)
    structured: tuple[tuple[PostingSource, Iterator[Node]], ...] = (
        ("json-ld", find_typed(data, "jobposting")),
        ("microdata", microdata(doc, "jobposting")),
    )
    for source, nodes in structured:
        node = next((n for n in nodes if field(n, "title", "name") or n.get("description")), None)
        if node is not None:
            posting = from_node(node, source, url, text, ids)
            return posting if posting.title else replace(posting, title=page_title(doc))
    # A JSON answer (a job board's API) is app state itself; its JSON-LD reading above holds it.
    node = best_posting(data if media_type == "application/json" else app_state(doc), page_title(doc))
    if node is not None:
        return from_node(node, "app-state", url, text, {})
    return replace(_unstructured(doc, url, text), frame=posting_frame(doc, url))


def _unstructured(doc: Element, url: str, text: str) -> ExtractedPosting:
    """A page without structured data: its main text, or its meta description if that says more.
    Title and company come from the headings and the <title>: hints for the text parser."""
    title = page_title(doc)
    company = page_company(doc, title)
    described = meta(doc, "og:description", "twitter:description", "description") or ""
    if len(text) < _THIN_TEXT and len(described) > len(text):
        return ExtractedPosting(
            source="meta", url=url, text=described, title=title, company=company, description=described
        )
    return ExtractedPosting(
        source="text", url=url, text=text, title=title, company=company, description=text or None
    )
