"""Schema.org data on a page: JSON-LD script blocks (read leniently) and microdata.

Both come out as plain JSON-LD-shaped dicts, so one reader (`schema.py`) serves them.
"""

from __future__ import annotations

import json
import re
from collections import deque
from collections.abc import Iterator
from html import unescape
from itertools import islice
from typing import Any

from jobwise.documents.html.page import Element, block_text

# Broken JSON is repaired in two regex passes that keep strings intact. Kept text is matched in
# long possessive runs and unterminated strings/comments run to the end: linear, few matches.
_JSON_STRING = r'"(?:[^"\\]|\\.)*+(?:"|\\?\Z)'
_JSON_COMMENTS = re.compile(
    rf"((?:{_JSON_STRING}|[^\"/]++|/(?![/*]))++)|//[^\n]*|/\*.*?(?:\*/|\Z)", re.DOTALL
)
_JSON_TRAILING_COMMAS = re.compile(rf"((?:{_JSON_STRING}|[^\",]++|,(?!\s*+[}}\]]))++)|,")
# What CMSes wrap around a script body: HTML comments and CDATA, often behind "//".
_WRAPPER_START = re.compile(r"\A(?:\s*+(?://[ \t]*+)?(?:<!--|<!\[CDATA\[))++")
_WRAPPER_END = re.compile(r"(?:(?://[ \t]*+)?(?:-->|\]\]>)\s*+)++\Z")
_MAX_JSON_VALUES = 20
MAX_REPAIR_CHARS = 300_000
_MAX_NODES = 50_000  # dicts and lists looked at per page, however the data nests
_MICRODATA_ATTR = {
    "meta": "content", "a": "href", "area": "href", "link": "href", "img": "src", "audio": "src",
    "video": "src", "source": "src", "embed": "src", "iframe": "src", "track": "src", "object": "data",
    "data": "value", "meter": "value", "time": "datetime",
}  # fmt: skip

Node = dict[str, Any]


def json_ld(doc: Element, page: str) -> list[Any]:
    """Every JSON value in the page's JSON-LD scripts (or the page itself when it is JSON)."""
    if page.lstrip()[:1] in ("{", "["):  # application/ld+json or an API answer
        scripts = [page]
    else:
        types = ((s, (s.get("type") or "").strip().lower()) for s in doc.iter("script"))
        scripts = [s.text or "" for s, kind in types if kind.startswith("application/ld+json")]
    return [value for script in scripts for value in lenient_json(script)]


def lenient_json(raw: str) -> list[Any]:
    """Every JSON value in a script body, forgiving comments, trailing commas, wrappers and HTML escaping."""
    raw = _unwrapped(raw.strip()).strip().rstrip(";")
    best: list[Any] = []
    for reading in _repairs(raw):
        values, complete = _decode_all(reading)
        if complete and values:
            return values
        best = max(best, values, key=len)
    return best


def _unwrapped(raw: str) -> str:
    """The script body without its wrappers; only its ends are searched (a regex anchored at the end
    still tries every position: 0.2 s on a 2 MB body)."""
    head = _WRAPPER_START.match(raw)
    start = head.end() if head else 0
    tail = _WRAPPER_END.search(raw, max(start, len(raw) - 1000))
    return raw[start : tail.start() if tail else len(raw)]


def _repairs(raw: str) -> Iterator[str]:
    """Ever more forgiving readings of a script body, tried lazily in order."""
    yield raw
    if len(raw) <= MAX_REPAIR_CHARS:  # bounds the CPU a hostile page can cost
        yield _clean_json(raw)
        yield _clean_json(unescape(raw))


def _clean_json(text: str) -> str:
    text = _JSON_COMMENTS.sub(r"\1", text.replace("\\'", "'"))
    return _JSON_TRAILING_COMMAS.sub(r"\1", text)


def _decode_all(text: str) -> tuple[list[Any], bool]:
    """The concatenated JSON values in `text`, and whether all of it parsed."""
    decoder = json.JSONDecoder(strict=False)  # raw newlines and tabs inside strings are common
    values: list[Any] = []
    index = 0
    while len(values) < _MAX_JSON_VALUES:
        while index < len(text) and text[index] in " \t\r\n;,":
            index += 1
        if index == len(text):
            return values, True
        try:
            value, index = decoder.raw_decode(text, index)
        except (ValueError, RecursionError):
            break
        values.append(value)
    return values, False


def find_typed(data: Any, wanted: str) -> Iterator[Node]:
    """Nodes of a schema.org type anywhere in the data (@graph, arrays, nested entities)."""
    return (node for node in nodes(data) if has_type(node.get("@type"), wanted))


def identified(data: Any) -> dict[str, Node]:
    """Nodes by their "@id", for following references such as `"hiringOrganization": {"@id": ...}`."""
    found: dict[str, Node] = {}
    for node in nodes(data):
        key = node.get("@id")
        if isinstance(key, str) and len(node) > 1 and not _is_reference(node):
            found.setdefault(key, node)
    return found


def resolve(value: Any, ids: dict[str, Node]) -> Any:
    """`value`, with an `{"@id": ...}` reference (or a list of them) replaced by the node it names."""
    if isinstance(value, list):
        return [resolve(v, ids) for v in value[:20]]
    if isinstance(value, dict) and _is_reference(value):
        return ids.get(str(value.get("@id")), value)
    return value


def _is_reference(node: Node) -> bool:
    return "@id" in node and set(node) <= {"@id", "@type"}


def nodes(data: Any) -> Iterator[Node]:
    """Every dict in the data, breadth first, up to `_MAX_NODES` containers."""
    queue: deque[Any] = deque([data])
    for _ in range(_MAX_NODES):
        if not queue:
            return
        item = queue.popleft()
        if isinstance(item, dict):
            yield item
            queue.extend(v for v in item.values() if isinstance(v, dict | list))
        elif isinstance(item, list):
            queue.extend(v for v in item if isinstance(v, dict | list))


def has_type(value: Any, wanted: str) -> bool:
    names = value if isinstance(value, list) else str(value or "").split()
    return any(re.split(r"[/:#]", str(name))[-1].lower() == wanted for name in names[:20])


def microdata(doc: Element, wanted: str) -> Iterator[Node]:
    """Microdata items of a schema.org type, as JSON-LD-shaped dicts."""
    for element in islice(doc.iter(), 200_000):
        if element.get("itemscope") is not None and has_type(element.get("itemtype"), wanted):
            yield _microdata_item(element)


def _microdata_item(scope: Element) -> Node:
    item: Node = {"@type": scope.get("itemtype", "")}
    stack = list(reversed(scope))
    while stack:
        element = stack.pop()
        if not isinstance(element.tag, str):
            continue
        if element.get("itemprop"):
            nested = element.get("itemscope") is not None
            value = _microdata_item(element) if nested else _microdata_value(element)
            for name in element.get("itemprop", "").split():
                item.setdefault(name, value)
        if element.get("itemscope") is None:
            stack.extend(reversed(element))
    return item


def _microdata_value(element: Element) -> str:
    attribute = _MICRODATA_ATTR.get(str(element.tag))
    value = element.get(attribute) if attribute else None
    return block_text(element) if value is None else value
