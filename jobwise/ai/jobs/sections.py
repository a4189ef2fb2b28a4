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
        r"additional\s+(?:preferred\s+)?(?:qualifications|skills)|even\s+better(?:\s+if)?|optional|"
        # German, French, Spanish
        r"wünschenswert|von\s+vorteil|(?:das\s+)?plus|atouts?|les\s+plus|(?:ce\s+)?serait\s+un\s+plus|"
        r"se\s+valorar[áa](?:\s+positivamente)?|valorable|deseable",
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
        r"to\s+be\s+successful.*|is\s+this\s+you|person\s+specification|"
        r"you\s+(?:might|may|could|would|will)\s+be\s+a\s+(?:\w+\s+)?fit(?:\s+if.*)?|"
        r"(?:ihr|dein|unser\s+wunsch)\s*profil|(?:ihre|deine)\s+(?:qualifikationen|kenntnisse|skills)|"
        r"anforderungen|voraussetzungen|was\s+(?:du|sie)\s+mitbring(?:st|en)|das\s+bring(?:st\s+du|en\s+sie)\s+mit|"
        r"profil\s+recherch[ée]|(?:votre|ton)\s+profil|comp[ée]tences(?:\s+requises)?|pr[ée]requis|"
        r"requisitos(?:\s+m[íi]nimos)?|perfil(?:\s+(?:buscado|requerido))?|(?:lo\s+)?qu[ée]\s+buscamos|"
        r"qu[ée]\s+necesitas",
    ),
    (
        "responsibilities",
        r"(?:(?:key|main|your|job|primary|principal|essential|core)\s+)?(?:roles?\s+(?:and|&)\s+)?"
        r"(?:responsibilities|duties|accountabilities|tasks|functions)(?:\s+(?:and|&)\s+(?:responsibilities|duties))?|"
        r"what\s+you['’]?(?:ll|\s+will)\s+(?:do|be\s+doing|work\s+on)|you['’]ll|"
        r"(?:ihre|deine)\s+aufgaben|aufgaben(?:gebiet)?|das\s+erwartet\s+(?:dich|sie)|(?:(?:vos|tes|les)\s+)?missions|"
        r"(?:tus\s+)?funciones|responsabilidades|qu[ée]\s+har[áa]s|"
        r"(?:about\s+)?(?:the|your)\s+role|your\s+(?:mission|impact|day)|"
        r"(?:a\s+)?day[\s-]to[\s-]day|day\s+in\s+the\s+life|in\s+this\s+role(?:,?\s+you\s+will)?|"
        r"you\s+will|what\s+the\s+job\s+involves",
    ),
    (
        "intro",
        r"the\s+opportunity|job\s+description|role\s+description|the\s+job|about\s+the\s+(?:job|position)|"
        r"position\s+summary|overview|summary|description|job\s+summary|descriptif\s+du\s+poste|le\s+poste|"
        r"stellenbeschreibung|descripci[óo]n(?:\s+del\s+puesto)?",
    ),
    (
        "other",
        r"benefits|perks(?:\s*(?:&|and)\s*benefits)?|what\s+we\s+offer|we\s+offer|why\s+(?:join|work).*|"
        r"about\s+(?:us|the\s+company|the\s+team)|who\s+we\s+are|compensation.*|salary.*|pay|"
        r"how\s+to\s+apply|(?:equal\s+opportunit|eeo).*|our\s+(?:culture|values|team|story)|"
        r"application\s+process|interview\s+process|location|hours|working\s+hours|diversity.*|"
        r"disclaimer|additional\s+information|other\s+information|the\s+company|company\s+(?:overview|"
        r"description)|about\s+[A-Z].{0,30}|work(?:ing)?\s+(?:conditions|environment).*|physical\s+(?:requirements|demands).*|"
        r"über\s+uns|wer\s+wir\s+sind|(?:was\s+)?wir\s+bieten|unser\s+angebot|benefits|qui\s+sommes-nous|"
        r"(?:ce\s+que\s+nous\s+offrons|avantages)|d[ée]roulement\s+des\s+entretiens|¿?qui[ée]nes\s+somos\??|"
        r"(?:qu[ée]\s+)?ofrecemos|beneficios",
    ),
)
_HEADING_RES = [(kind, re.compile(rf"^(?:{rx})\s*[:?!.]?$", re.IGNORECASE)) for kind, rx in _HEADINGS]
_INLINE_RES = [
    (kind, re.compile(rf"^(?P<h>{rx})\s*:\s*(?P<rest>\S.*)$", re.IGNORECASE)) for kind, rx in _HEADINGS
]
_NICE_ITEM = re.compile(
    r"\b(?:is|are|would\s+be)\s+(?:a\s+)?(?:big\s+|huge\s+|strong\s+)?(?:plus|bonus|advantage)|"
    r"\bnice[\s-]to[\s-]have\b|\bpreferred\b|\bdesirable\b|\bideally\b|\bbonus\b|\bappreciated\b|"
    # French, German, Spanish, Italian, Portuguese
    r"\b(?:est|serait|es|sería|è|é)\s+un\s+(?:vrai\s+|gran\s+)?plus\b|\bun\s+atout\b|\bapprécié|\bsouhaité|"
    r"\bwünschenswert\b|\bvon\s+vorteil\b|\bein\s+plus\b|\bse\s+valorar[áa]\b|\bvalorable\b|\bdeseable\b|"
    r"\bgradit[oa]\b|\bdesejável\b",
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


def heading_kind(line: str, before_list: bool = False) -> Kind | None:
    """The kind of section `line` starts, None if it is not a heading.

    Known headings match whole; a line ending in ":" or standing just above a bulleted list is
    also a heading, and its words say which kind ("We think you have:", "Was dich erwartet:").
    """
    plain = strip_bullet(line).strip("*_# ")
    if not plain or len(plain.split()) > 9 or (is_bullet(line) and not plain.endswith(":")):
        return None
    sides = [plain, *plain.split(" / ")] if " / " in plain else [plain]
    known = next((kind for side in sides for kind, rx in _HEADING_RES if rx.match(side.strip())), None)
    if known or not (plain.endswith(":") or before_list) or is_bullet(line) or len(plain.split()) > 8:
        return known
    return next((kind for kind, rx in _HEADING_WORDS if rx.search(plain)), None)


# Words that say what an unlisted heading introduces; nice and offer words first ("Nice-to-have skills").
_HEADING_WORD_RX: tuple[tuple[Kind, str], ...] = (
    (
        "nice",
        r"\b(?:nice|bonus|plus|preferred|desirable|desired|merit\w*|advantage\w*|ideally|"
        r"wünschenswert|vorteil|atouts?|valor\w*|diferenciai?s|desejáve(?:l|is)|preferenzial\w*|graditi?|pré)\b",
    ),
    (
        "other",
        r"\b(?:offer\w*|benefits?|perks|bieten|offrons|ofrecemos|offriamo|oferecemos|benef[íi]cios|bieden|"
        r"salary|pay|compensation|about\s+(?:us|the\s+company)|why\s+\w+|apply|process|chi\s+siamo|"
        r"sobre\s+(?:a|n[óo]s)|over\s+ons)\b",
    ),
    (
        "required",
        r"\b(?:requirements?|require[sd]?|qualifications?|looking\s+for|you\s+(?:have|bring|are|need)|"
        r"need|must|profile|profil|profilo|profiel|skills|criteria|eligib\w*|mitbring\w*|suchen|buscamos|"
        r"recherch\w*|exigences|requis|requisiti|cerchiamo|vragen|eisen|requisitos|qualifica\w*)\b|"
        r"^you:?$|^about\s+you:?$",
    ),
    (
        "responsibilities",
        r"\b(?:you\s+will|you['’]ll|responsib\w*|duties|tasks?|do|doing|role|mission\w*|functions|"
        r"aufgaben|erwartet|tâches|funciones|farai|mansioni|attivit[àa]|responsabilit[àa]|taken|doen|"
        r"atividades|atribui[çc][õo]es|far[áa]s?)\b",
    ),
)
_HEADING_WORDS = [(kind, re.compile(rx, re.IGNORECASE)) for kind, rx in _HEADING_WORD_RX]


def split_sections(text: str) -> list[Section]:
    """Sections in order; text before the first heading is the "intro"."""
    sections = [Section("intro", "")]
    lines = text.split("\n")
    for i, line in enumerate(lines):
        following = next((n for n in lines[i + 1 :] if n.strip()), "")
        kind = heading_kind(line, before_list=is_bullet(following))
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
    """Bullets of a section; without bullets each short line is an item and prose splits into
    clauses at ";" (or sentences)."""
    bullets = [strip_bullet(line) for line in section.lines if is_bullet(line)]
    if bullets:
        return [b for b in bullets if b]
    lines: list[str] = []
    for line in map(strip_bullet, section.lines):
        if lines and line[:1].islower():  # a hard-wrapped paragraph continues
            lines[-1] = f"{lines[-1]} {line}"
        else:
            lines.append(line)
    found: list[str] = []
    for line in lines:
        if len(line.split()) <= _ITEM_WORDS and not re.search(r"[.!?]\s+[A-Z]", line):
            found.append(line.rstrip(".;"))
            continue
        parts = re.split(r";\s+|(?<=[.!?])\s+(?=[A-Z])", line)
        found.extend(p.strip().rstrip(".;") for p in parts if len(p.split()) >= 2)
    return found


_ITEM_WORDS = 25
# A parenthesis or clause marked "a plus" inside a required item: "1+ years (insurance preferred)".
_PAREN = re.compile(r"\([^()]*\)")
# In running prose only explicit wording marks a nice-to-have ("Experience with Kotlin is a bonus.").
_NICE_SENTENCE = re.compile(
    r"\b(?:is|are|would\s+be)\s+(?:a\s+)?(?:big\s+|huge\s+|strong\s+|definite\s+)?(?:plus|bonus|advantage)\b|"
    r"\bnice[\s-]to[\s-]have\b|\b(?:is\s+)?(?:preferred|desirable)\s*[.;)]|\bis\s+preferred\b",
    re.IGNORECASE,
)


def _split_item(item: str) -> tuple[list[str], list[str]]:
    """(required, nice) parts of one requirement item."""
    required: list[str] = []
    nice: list[str] = []
    for clause in re.split(r";\s+|(?<=[.!?])\s+(?=[A-Z])", item):
        # "(insurance preferred)" qualifies a detail; a bare "(Preferred)" tag qualifies the whole clause
        asides = [
            p for p in _PAREN.findall(clause) if _NICE_ITEM.search(p) and _NICE_ITEM.sub("", p).strip("() ")
        ]
        for aside in asides:
            clause = clause.replace(aside, " ")
        nice.extend(a.strip("() ") for a in asides)
        if clause.strip():
            (nice if _NICE_ITEM.search(clause) else required).append(clause.strip())
    return required, nice


def requirement_split(sections: list[Section]) -> tuple[str, str]:
    """(required text, nice-to-have text): nice sections, required items marked "a plus", and
    sentences elsewhere that say "... is a plus"."""
    required: list[str] = []
    nice: list[str] = []
    for section in sections:
        if section.kind == "nice":
            nice.extend(items(section))
        elif section.kind == "required":
            for item in items(section):
                must, extra = _split_item(item)
                required.extend(must)
                nice.extend(extra)
        elif section.kind in ("intro", "other"):
            nice.extend(i for i in items(section) if _NICE_SENTENCE.search(i))
    return "\n".join(required), "\n".join(nice)


_YOU_WILL = re.compile(
    r"(?:^|(?<=[.!?]\s)|(?<=\n))(?:You\s+will|You['’]ll|In\s+this\s+role,?\s+you(?:\s+will|['’]ll))\s+(?!be\s+expected|"
    r"not\b|join\b|need\b|have\b|bring\b|report\b)(?:[^.!?]|\.(?=\w)){10,300}[.!?]"
)


def responsibilities(sections: list[Section], text: str) -> list[str]:
    """Bullets of the responsibilities sections, else "You will ..." sentences."""
    duties = [s for s in sections if s.kind == "responsibilities"]
    # A bulleted duties list beats a prose "About the role" paragraph beside it.
    listed = [s for s in duties if any(is_bullet(line) for line in s.lines)]
    found = [item for s in listed or duties for item in items(s)]
    if found:
        return found
    return [re.sub(r"\s+", " ", m.group()).strip().rstrip(".") for m in _YOU_WILL.finditer(text)]
