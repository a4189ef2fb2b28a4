"""Splitting a posting into its sections by headings ("Requirements", "Nice to have", ...)."""

import re
from dataclasses import dataclass, field
from typing import Literal

from jobwise.ai.jobs.text import is_bullet, strip_bullet

Kind = Literal["intro", "responsibilities", "required", "nice", "other"]

_HEADINGS: tuple[tuple[Kind, str], ...] = (
    (
        "nice",
        r"nice[\s-]to[\s-]haves?|preferred(?:\s+(?:qualifications|skills|experience|requirements))?|"
        r"bonus(?:\s+points)?(?:\s+if(?:\s+you\s+have)?)?|pluses|good[\s-]to[\s-]haves?|desirable(?:\s+criteria)?|"
        r"desired(?:\s+(?:skills|qualifications))?|extra\s+credit|"
        r"(?:it['’]?s|it\s+is|would\s+be|also)?\s*a\s+(?:big\s+)?(?:plus|bonus)(?:\s+if\s+you(?:\s+have|\s+are)?)?|"
        r"(?:what\s+would\s+)?set\s+you\s+apart|ideally(?:\s+you\s+(?:have|also\s+have))?|"
        r"additional\s+(?:preferred\s+)?(?:qualifications|skills)|even\s+better(?:\s+if)?|optional",
    ),
    (
        "required",
        r"requirements?|(?:minimum|basic|required|essential|key)\s+(?:qualifications|requirements|"
        r"skills|criteria|experience)|qualifications?|skills(?:\s*(?:&|and)\s*(?:experience|qualifications))?|"
        r"experience|what\s+you(?:['’]ll)?\s+(?:need|bring|have)|what\s+you\s+will\s+(?:need|bring)|"
        r"you\s+(?:might|may|could|would|will)\s+be\s+a\s+(?:good|great|strong)\s+fit\s+if.*|"
        r"you\s+(?:are|bring)|what\s+we['’]?re\s+looking\s+for|"
        r"what\s+we\s+(?:are\s+looking\s+for|need|expect)|who\s+you\s+are|about\s+you|you\s+have|"
        r"you\s+(?:should|will|must)\s+have|must[\s-]haves?|your\s+(?:profile|skills|background|experience)|"
        r"(?:the\s+)?ideal\s+candidate(?:\s+will\s+have)?|(?:candidate\s+)?profile|essential(?:\s+criteria)?|"
        r"we['’]?(?:d|\s+would)\s+love\s+(?:you\s+to\s+have|to\s+hear\s+from\s+you\s+if)|"
        r"to\s+be\s+successful.*|is\s+this\s+you|person\s+specification",
    ),
    (
        "responsibilities",
        r"(?:key\s+|main\s+|your\s+|job\s+|primary\s+)?(?:responsibilities|duties|"
        r"accountabilities|tasks)|what\s+you['’]?(?:ll|\s+will)\s+(?:do|be\s+doing|work\s+on)|"
        r"(?:about\s+)?(?:the|your)\s+role|your\s+(?:mission|impact|day)|"
        r"(?:a\s+)?day[\s-]to[\s-]day|day\s+in\s+the\s+life|in\s+this\s+role(?:,?\s+you\s+will)?|"
        r"you\s+will|what\s+the\s+job\s+involves",
    ),
    (
        "intro",
        r"the\s+opportunity|job\s+description|role\s+description|the\s+job|about\s+the\s+(?:job|position)|"
        r"position\s+summary|overview|summary|description|job\s+summary",
    ),
    (
        "other",
        r"benefits|perks(?:\s*(?:&|and)\s*benefits)?|what\s+we\s+offer|we\s+offer|why\s+(?:join|work).*|"
        r"about\s+(?:us|the\s+company|the\s+team)|who\s+we\s+are|compensation.*|salary.*|pay|"
        r"how\s+to\s+apply|(?:equal\s+opportunit|eeo).*|our\s+(?:culture|values|team|story)|"
        r"application\s+process|interview\s+process|location|hours|working\s+hours|diversity.*|"
        r"disclaimer|additional\s+information|other\s+information|the\s+company|company\s+(?:overview|"
        r"description)|about\s+[A-Z].{0,30}",
    ),
)
_HEADING_RES = [(kind, re.compile(rf"^(?:{rx})\s*[:?!.]?$", re.IGNORECASE)) for kind, rx in _HEADINGS]
_INLINE_RES = [
    (kind, re.compile(rf"^(?P<h>{rx})\s*:\s*(?P<rest>\S.*)$", re.IGNORECASE)) for kind, rx in _HEADINGS
]
_NICE_ITEM = re.compile(
    r"\b(?:is|are|would\s+be)\s+(?:a\s+)?(?:big\s+|huge\s+|strong\s+)?(?:plus|bonus|advantage)|"
    r"\bnice[\s-]to[\s-]have\b|\bpreferred\b|\bdesirable\b|\bideally\b|\bbonus\b|\bappreciated\b",
    re.IGNORECASE,
)


@dataclass
class Section:
    kind: Kind
    heading: str
    lines: list[str] = field(default_factory=list)

    @property
    def text(self) -> str:
        return "\n".join(self.lines)


def _heading_kind(line: str) -> Kind | None:
    plain = strip_bullet(line).strip("*_# ")
    if not plain or len(plain.split()) > 9 or (is_bullet(line) and not plain.endswith(":")):
        return None
    return next((kind for kind, rx in _HEADING_RES if rx.match(plain)), None)


def split_sections(text: str) -> list[Section]:
    """Sections in order; text before the first heading is the "intro"."""
    sections = [Section("intro", "")]
    for line in text.split("\n"):
        kind = _heading_kind(line)
        inline = (
            None
            if kind
            else next(((k, m) for k, rx in _INLINE_RES if (m := rx.match(line.strip("*_# ")))), None)
        )
        if kind:
            sections.append(Section(kind, line.strip()))
        elif inline:
            sections.append(Section(inline[0], inline[1].group("h"), [inline[1].group("rest")]))
        elif line.strip():
            sections[-1].lines.append(line)
    return sections


def items(section: Section) -> list[str]:
    """Bullets of a section; prose sections split into clauses at ";" (or sentences)."""
    bullets = [strip_bullet(line) for line in section.lines if is_bullet(line)]
    if bullets:
        return [b for b in bullets if b]
    text = " ".join(strip_bullet(line) for line in section.lines)
    parts = re.split(r";\s+|(?<=[.!?])\s+(?=[A-Z])", text)
    return [p.strip().rstrip(".;") for p in parts if len(p.split()) >= 2]


def requirement_split(sections: list[Section]) -> tuple[str, str]:
    """(required text, nice-to-have text): nice sections plus required items marked "a plus"."""
    required: list[str] = []
    nice: list[str] = []
    for section in sections:
        if section.kind == "nice":
            nice.extend(items(section))
        elif section.kind == "required":
            for item in items(section):
                (nice if _NICE_ITEM.search(item) else required).append(item)
    return "\n".join(required), "\n".join(nice)


_YOU_WILL = re.compile(
    r"(?:^|(?<=[.!?]\s)|(?<=\n))(?:You\s+will|You['’]ll|In\s+this\s+role,?\s+you(?:\s+will|['’]ll))\s+(?!be\s+expected|"
    r"not\b|join\b|need\b|have\b|bring\b|report\b)(?:[^.!?]|\.(?=\w)){10,300}[.!?]"
)


def responsibilities(sections: list[Section], text: str) -> list[str]:
    """Bullets of the responsibilities sections, else "You will ..." sentences."""
    found = [item for s in sections if s.kind == "responsibilities" for item in items(s)]
    if found:
        return found
    return [re.sub(r"\s+", " ", m.group()).strip().rstrip(".") for m in _YOU_WILL.finditer(text)]
