"""HTML page -> readable text: parsing within bounds, the main content, the title, meta tags.

The text keeps one line per block and list items as "- " bullets, so the job parser sees the
posting's sections. Site chrome is dropped: navigation, header and footer, cookie and consent
banners, share and apply buttons, related-job lists, forms, scripts and styles.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from itertools import islice

from lxml import etree
from lxml import html as lxml_html

Element = lxml_html.HtmlElement

_SKIP = frozenset({
    "script", "style", "noscript", "template", "svg", "canvas", "iframe", "object", "embed", "nav",
    "aside", "form", "button", "select", "option", "datalist", "dialog", "head", "title", "meta", "link",
    "input", "textarea", "label",
})  # fmt: skip
_BLOCK = frozenset({
    "address", "article", "blockquote", "dd", "div", "dl", "dt", "fieldset", "figcaption", "figure", "h1",
    "h2", "h3", "h4", "h5", "h6", "hr", "li", "main", "ol", "p", "pre", "section", "table", "tbody",
    "thead", "tfoot", "tr", "ul", "body", "br", "header", "footer",
})  # fmt: skip
_HEADINGS = ("h1", "h2", "h3", "h4", "h5", "h6")
_SKIP_ROLES = frozenset({"navigation", "banner", "contentinfo", "dialog", "alertdialog", "button", "search"})
_CELL = frozenset({"td", "th"})
# Class and id words that mark chrome around a posting (matched as whole words, camelCase split).
_CHROME_WORDS = frozenset({
    "cookie", "cookies", "consent", "gdpr", "share", "sharing", "social", "related", "similar",
    "recommended", "recommendations", "newsletter", "subscribe", "breadcrumb", "breadcrumbs", "footer",
    "skip", "btn", "button", "buttons", "modal", "popup", "toolbar", "navbar", "menu", "advert", "ads",
})  # fmt: skip
_CALL_TO_ACTION = re.compile(
    r"(apply( now| online| here| today)?|apply for this (job|position|role)|i'?m interested|share( this"
    r" (job|position|posting))?:?|save( this)?( job)?|print( this)?( job)?|e-?mail (this )?job|back to"
    r"( all)? (jobs|results|search|openings)|(see|view) all (jobs|openings|positions)|report (this )?job)",
    re.IGNORECASE,
)
_RELATED_HEADING = re.compile(
    r"((similar|related|recommended|other|more|latest) (jobs|positions|roles|openings|vacancies|offers)"
    r"|(jobs|roles) (you|we think you) (may|might|would) (also )?like|people also (viewed|applied)"
    r"|get (new )?job alerts|job alerts)\b",
    re.IGNORECASE,
)
_ACTION_TAGS = frozenset({"a", "span", "p", "div", "strong", "b"})
_SPACES = re.compile(r"\s+")
_CAMEL_CASE = re.compile(r"([a-z])([A-Z])")
_NAME_SPLIT = re.compile(r"[^a-z0-9]+")
_TITLE_SEPARATOR = re.compile(r"\s+[|–—-]\s+|\s*[|·•»:]\s*")
_GENERIC_TITLE_PART = re.compile(
    r"(job application( for)?|careers?( site| page| portal)?|jobs?( board| portal| openings?| search)?|"
    r"vacanc(y|ies)|open positions|apply( now)?|home|karriere|stellenangebote?|emplois?|offres? d'emploi)",
    re.IGNORECASE,
)
# Control characters are dropped (libxml2 refuses some); vertical tab and form feed are spaces.
# C1 codes in decoded text are windows-1252 bytes read as ISO-8859-1, which browsers do for a
# page labelled iso-8859-1: "\x80" is "€". The five bytes cp1252 leaves undefined are dropped.
_CONTROL_CHARS = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")
_CONTROL_AS_TEXT = {
    "\x0b": " ", "\x0c": " ",
    **{chr(code): bytes([code]).decode("cp1252", errors="ignore") for code in range(0x80, 0xA0)},
}  # fmt: skip
# libxml2 compares each attribute with all earlier ones of its element: a start tag with 100k
# attributes costs minutes. Tags past a few kB keep their first `_MAX_ATTRIBUTES` attributes.
_START_TAG = re.compile(r"""<[a-zA-Z][^\s/>]*+((?:[^"'>]++|"[^"]*+"|'[^']*+')*+)""")
_ATTRIBUTE = re.compile(r"""[^\s"'>/=]++(?:\s*+=\s*+(?:"[^"]*+"|'[^']*+'|[^\s"'>]*+))?""")
_LONG_TAG = 4096
_MAX_EVENTS = 200_000  # element starts and ends that block_text reads
_MAX_ATTRIBUTES = 256


def parse(page: str) -> Element | None:
    """The document tree, or None for an empty or unparseable page. Nothing is fetched or run."""
    if not page.strip():
        return None
    page = _trim_attribute_floods(_CONTROL_CHARS.sub(lambda c: _CONTROL_AS_TEXT.get(c.group(), ""), page))
    parser = lxml_html.HTMLParser(encoding="utf-8", remove_comments=True, remove_pis=True, no_network=True)
    try:
        return lxml_html.document_fromstring(page.encode("utf-8", errors="replace"), parser=parser)
    except (etree.ParserError, ValueError):
        return None


def _trim_attribute_floods(page: str) -> str:
    """The page with every start tag past `_LONG_TAG` characters cut to its first attributes."""
    pieces: list[str] = []
    done = 0
    for tag in _START_TAG.finditer(page):
        if tag.end(1) - tag.start(1) >= _LONG_TAG:
            kept = (a.group(0) for a in islice(_ATTRIBUTE.finditer(tag.group(1)), _MAX_ATTRIBUTES))
            pieces += [page[done : tag.start(1)], " ", " ".join(kept)]
            done = tag.end(1)
    return "".join([*pieces, page[done:]]) if pieces else page


def main_text(doc: Element) -> str:
    """The page's readable text, from <main>/<article> when they hold the content, else <body>."""
    root = content_root(doc)
    text = block_text(root) if root is not None else ""
    body = doc.find("body")
    if len(text) < 200 and body is not None and root is not body:
        text = block_text(body)
    return text


def content_root(doc: Element) -> Element | None:
    """The outermost <main>/<article> with the most text when it holds the posting, else <body>.

    It holds the posting when it has the page's h1 or a good share of its text: a page whose
    only <article>s are related-job cards is read whole.
    """
    body = doc.find("body")
    outermost = doc.xpath(
        "(//main | //article | //*[@role='main'])"
        "[not(ancestor::main or ancestor::article or ancestor::*[@role='main'])]"
    )
    if not outermost or body is None:
        return body
    best = max(outermost, key=lambda e: len(e.text_content()))
    page_text = len(body.text_content()) - sum(len(s.text or "") for s in body.iter("script", "style"))
    holds_posting = best.find(".//h1") is not None or len(best.text_content()) >= 0.4 * page_text
    return best if holds_posting else body


def block_text(root: Element) -> str:
    """Text with one line per block and list items as "- " bullets; chrome and hidden parts skipped."""
    keep = _ancestors(root.iter("h1", "main", "article"))
    related = _related_sections(root, keep)
    parts: list[str] = []
    at_bullet = False  # nothing written since the last "- ": blocks inside the <li> stay on its line
    in_pre = 0  # source line breaks count only inside <pre>; elsewhere they are spaces
    walker = etree.iterwalk(root, events=("start", "end"))
    for count, (event, element) in enumerate(walker):
        tag = element.tag if isinstance(element.tag, str) else ""
        if count > _MAX_EVENTS:  # far beyond any posting; bounds the time a hostile page costs
            break
        if event == "start":
            if element is not root and (not tag or element in related or _skipped(element, tag, keep)):
                walker.skip_subtree()
                continue
            opening = _opening(element, tag)
            parts.append("" if at_bullet and opening == "\n" else opening)
            at_bullet = at_bullet or opening == "\n- "
            in_pre += tag == "pre"
            text = element.text or ""
        elif element is not root:
            parts.append("\n" if tag in _BLOCK and not at_bullet else "")
            in_pre -= tag == "pre"
            text = element.tail or ""
        else:
            break
        parts.append(text if in_pre else _SPACES.sub(" ", text))
        at_bullet = at_bullet and not text.strip()
    return tidy("".join(parts))


def _opening(element: Element, tag: str) -> str:
    if tag == "li":
        return "\n" if _labelled(element) else "\n- "
    return " | " if tag in _CELL else "\n" if tag in _BLOCK else ""


def _labelled(item: Element) -> bool:
    """A "<li><b>Location:</b> Leeds</li>" line is a labelled fact, not a bullet point."""
    first = next(iter(item), None)
    return (
        not (item.text or "").strip()
        and first is not None
        and first.tag in ("b", "strong")
        and short_text(first).endswith(":")
    )


def _ancestors(elements: Iterable[Element]) -> set[Element]:
    """The given elements and all their ancestors: content that chrome rules must not drop."""
    found: set[Element] = set()
    for element in elements:
        current: Element | None = element
        while current is not None and current not in found:
            found.add(current)
            current = current.getparent()
    return found


def _related_sections(root: Element, keep: set[Element]) -> set[Element]:
    """A "Similar jobs" heading with its section, or with its siblings up to the next heading."""
    found: set[Element] = set()
    for heading in islice(root.iter(*_HEADINGS[1:]), 200):
        if not _RELATED_HEADING.match(short_text(heading)):
            continue
        parent = heading.getparent()
        if parent is not None and parent is not root and parent not in keep and parent[0] is heading:
            found.add(parent)
            continue
        found.add(heading)
        for sibling in heading.itersiblings():
            if sibling.tag in _HEADINGS:
                break
            found.add(sibling)
    return found


def _skipped(element: Element, tag: str, keep: set[Element]) -> bool:
    """Chrome, scripts and hidden parts; a header or footer inside the posting itself is kept."""
    if tag in _SKIP:
        return True
    attributes = dict(element.attrib) if len(element.attrib) else {}
    if attributes and (attributes.get("role") in _SKIP_ROLES or _hidden(attributes)):
        return True
    if element in keep:
        return False
    if tag in ("header", "footer") and not element.xpath("ancestor::article | ancestor::main"):
        return True
    if tag in _ACTION_TAGS and not len(element) and _CALL_TO_ACTION.fullmatch(one_line(element.text or "")):
        return True
    names = f"{attributes.get('class', '')} {attributes.get('id', '')}"[:500] if attributes else ""
    return names.strip() != "" and not _CHROME_WORDS.isdisjoint(
        _NAME_SPLIT.split(_CAMEL_CASE.sub(r"\1 \2", names).lower())
    )


def _hidden(attributes: dict[str, str]) -> bool:
    style = attributes.get("style", "").replace(" ", "").lower()
    return (
        "hidden" in attributes
        or attributes.get("aria-hidden") == "true"
        or "display:none" in style
        or "visibility:hidden" in style
    )


def tidy(text: str) -> str:
    """Spaces collapsed, blank lines and empty bullets dropped, one line per line."""
    lines = (" ".join(line.split()).strip(" |") for line in text.splitlines())
    return "\n".join(line for line in lines if line and line != "-")


def page_title(doc: Element) -> str | None:
    """The posting's title: a heading the <title> repeats, else the first h1, og:title or <title>."""
    titles = [t.casefold() for t in (meta(doc, "og:title", "twitter:title"), first_text(doc, "//title")) if t]
    headings = [h for h in islice(doc.iter("h1", "h2", "h3"), 50) if not _in_chrome(h)]
    for heading in headings:
        text = short_text(heading)
        if len(text) >= 4 and any(text.casefold() in t for t in titles):
            return text
    h1 = next((short_text(h) for h in headings if h.tag == "h1"), None)
    return h1 or meta(doc, "og:title") or first_text(doc, "//title")


def page_company(doc: Element, title: str | None) -> str | None:
    """The employer a page's <title> names beside the job title ("X at Acme", "X | Careers | Acme")."""
    full = first_text(doc, "//title") or meta(doc, "og:title")
    if not full or not title or title.casefold() not in full.casefold():
        return None
    job = rf"(?:{re.escape(title)}(?:\s*\([^)]{{0,20}}\))?|\bjobs?|\bcareers?)"  # "Koch (m/w/d) bei ..."
    at = re.search(rf"{job}\s+(?:at|@|bei|chez)\s+(.+)", full, re.IGNORECASE)
    if at:
        return _TITLE_SEPARATOR.split(at.group(1))[0].strip(" -–—") or None
    start = full.casefold().index(title.casefold())
    remainder = f"{full[:start]} | {full[start + len(title) :]}"
    rest = [s.strip(" -–—") for s in _TITLE_SEPARATOR.split(remainder)]
    rest = [s for s in rest if s and not _GENERIC_TITLE_PART.fullmatch(s)]
    return rest[0] if len(rest) == 1 else None  # more parts: no telling which is the employer


def _in_chrome(element: Element) -> bool:
    """Inside the site's header, navigation or footer (a site logo is often an h1)."""
    return bool(
        element.xpath(
            "(ancestor::header | ancestor::nav | ancestor::footer)[not(ancestor::main or ancestor::article)]"
        )
    )


def meta(doc: Element, *names: str) -> str | None:
    """The first non-empty `<meta property|name=...>` content among `names`, in their order."""
    found: dict[str, str] = {}
    for element in islice(doc.iter("meta"), 500):
        key = element.get("property") or element.get("name") or ""
        if key in names and key not in found and (element.get("content") or "").strip():
            found[key] = element.get("content", "")
    return next((tidy(found[n]) for n in names if n in found), None)


def first_text(doc: Element, path: str) -> str | None:
    found = doc.xpath(path)
    return (short_text(found[0]) or None) if found else None


def short_text(element: Element, limit: int = 300) -> str:
    """The start of an element's text on one line, read lazily (a heading may wrap a whole page)."""
    return one_line("".join(islice(element.itertext(), 50))[:limit])


def one_line(text: str) -> str:
    return " ".join(text.split())
