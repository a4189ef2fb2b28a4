"""Blind text for fair matching: strip who a person is and keep what they can do.

Removes the given names, contact details (emails, phones, links, handles, street addresses,
postcodes), dates of birth and ages, gender, marital and family signals, nationality,
religion and photo mentions. Skills, titles, companies, dates of employment and numbers
about the work stay. Pattern-based and cheap: it catches the common ways CVs and postings
state these things, not every possible phrasing.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Sequence

_Rule = tuple[re.Pattern[str], str | Callable[[re.Match[str]], str]]

_SEPARATORS = "|•·;"
_LABELS = (
    r"(?:full\s+)?name|(?:home\s+|postal\s+)?address"
    r"|date\s+of\s+birth|birth\s*date|birthday|d\.?o\.?b\.?|age|place\s+of\s+birth|nationality"
    r"|citizenship|gender|sex|marital\s+status|family\s+status|civil\s+status|religion|children"
    r"|dependants|photo|photograph|linkedin|github|gitlab|website|homepage|portfolio|twitter|skype"
    r"|spouse|height|weight|pronouns"
    # German, French, Spanish and Dutch CVs often carry the same fields
    r"|geburtsdatum|geburtsort|geburtstag|alter|staatsangehörigkeit|nationalität|familienstand|geschlecht"
    r"|konfession|kinder|anschrift|adresse|date\s+de\s+naissance|lieu\s+de\s+naissance|nationalité"
    r"|situation\s+familiale|état\s+civil|âge|sexe|fecha\s+de\s+nacimiento|nacionalidad|estado\s+civil"
    r"|edad|sexo|dirección|geboortedatum|nationaliteit|burgerlijke\s+staat|geslacht|adres|leeftijd"
)
# "Label: value" up to the end of the line or the next separator: the whole value is personal.
_LABELLED = re.compile(rf"(?im)(?:^|(?<=[{_SEPARATORS}]))[ \t]*(?:{_LABELS})[ \t]*[:：][^\n{_SEPARATORS}]*")

_MONTH = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?"
_DATE = (
    rf"(?:\d{{1,2}}(?:st|nd|rd|th)?\s+{_MONTH}\s+\d{{4}}|{_MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+\d{{4}}"
    r"|\d{1,2}[./-]\d{1,2}[./-]\d{2,4}|\d{4}-\d{2}-\d{2}|(?:19|20)\d{2})"
)
_PLACE = r"(?:\s+in\s+[A-Z][\w'-]+(?:,?\s+[A-Z][\w'-]+)?)?"

_CONTACT_RULES: list[_Rule] = [
    # Matches start only at a token's first character and every repeat is bounded, so long
    # runs of word characters (pasted blobs, adversarial input) stay linear.
    (re.compile(r"(?<![\w.+-])[\w.+-]{1,64}@[\w-]{1,63}(?:\.[\w-]{1,63}){1,6}"), ""),
    (re.compile(r"(?i)\b(?:https?://|www\.)[^\s,;|)>\]]+"), ""),
    (
        re.compile(
            r"(?i)(?<![\w.-])(?:[\w-]{1,63}\.){0,4}(?:linkedin|github|gitlab|twitter|x|behance|dribbble|medium|stackoverflow"
            r"|facebook|instagram|xing)\.com(?:/[^\s,;|)>\]]*)?"
        ),
        "",
    ),
    # a bare domain with a path
    (re.compile(r"(?i)(?<![\w.-])[\w-]{1,63}(?:\.[\w-]{1,63}){0,4}\.[a-z]{2,6}/[^\s,;|)>\]]+"), ""),
    (re.compile(r"(?<![\w@.])@[A-Za-z0-9_](?:[A-Za-z0-9_.]*[A-Za-z0-9_])?"), ""),
]

_AGE_RULES: list[_Rule] = [
    (re.compile(rf"(?i)\b(?:date\s+of\s+birth|birth\s*date|d\.o\.b\.?|dob)\s*[:\-]?\s*{_DATE}"), ""),
    (re.compile(rf"(?i)\bborn(?:\s+(?:on|in))?\s+{_DATE}{_PLACE}"), ""),
    (re.compile(r"\b[Bb]orn\s+(?:and\s+raised\s+)?in\s+[A-Z][\w'-]+(?:,?\s+[A-Z][\w'-]+)?"), ""),
    (re.compile(r"\bb\.\s*(?:19|20)\d{2}\b"), ""),
    (re.compile(r"(?i)\b(?:aged?)\s*[:\-]?\s*\d{2}\b(?:\s*(?:years?|yrs?)(?:\s+old)?)?"), ""),
    (re.compile(r"(?i)\b\d{2}\s*-?\s*(?:years?|yrs?)\s*-?\s*old\b"), ""),
    (re.compile(r"(?i)\b\d{2}\s*y/?o\b"), ""),
]

_PHONE_CANDIDATE = re.compile(r"(?<![\w+])(?:\+|00|\()?\d[\d \t().\-/]{5,}\d(?![\w])")
_DATEISH = r"(?:(?:\d{1,2}[./])?(?:19|20)\d{2}|\d{1,2}[./-]\d{1,2}[./-]\d{2,4})"
_NOT_A_PHONE = re.compile(
    rf"{_DATEISH}(?:\s*[-–/]\s*(?:{_DATEISH}|\d{{2}}))*"  # a date or a span of dates ("01/2015 - 03/2019")
    r"|\d{1,3}(?:[.\s]\d{3})+"  # a number with thousands separators
)

_ADDRESS_RULES: list[_Rule] = [
    (
        re.compile(
            r"\b\d{1,5}[A-Za-z]?,?\s+(?:[A-Z][\w'.-]*\s+){1,4}(?:Street|St|Road|Rd|Avenue|Ave|Lane|Ln"
            r"|Boulevard|Blvd|Drive|Dr|Way|Court|Ct|Place|Pl|Terrace|Close|Crescent|Square|Sq)\b\.?"
        ),
        "",
    ),
    (re.compile(r"\b[A-ZÄÖÜ][\wäöüß-]*(?:straße|strasse|str\.|weg|gasse|allee|platz)\s+\d+[a-z]?\b"), ""),
    (
        re.compile(r"(?i)\b\d{1,4}(?:\s*bis|\s*ter)?,?\s+(?:rue|avenue|boulevard|bd|chemin|allée)\s+[^\n,]+"),
        "",
    ),
    (re.compile(r"\b[A-Z]{1,2}\d[A-Z\d]?\s*\d(?![KMGTP]B\b)[A-Z]{2}\b"), ""),  # UK postcode, not "S3 5TB"
    (re.compile(r"\b[A-Z]{2}\s+\d{5}(?:-\d{4})?\b"), ""),  # US state + ZIP
    # "10115 Berlin", "8001 Zürich" (but not "2019 Google", a year)
    (re.compile(r"(?m)(?:^|(?<=,))\s*(?:\d{5}|(?!19|20)\d{4})(?=\s+[A-ZÄÖÜ][a-zäöüß]+)"), ""),
]

_PRONOUNS = {
    "he/she": "they",
    "she/he": "they",
    "s/he": "they",
    "(s)he": "they",
    "his/her": "their",
    "her/his": "their",
    "him/her": "them",
    "he": "they",
    "she": "they",
    "him": "them",
    "his": "their",
    "her": "their",
    "hers": "theirs",
    "himself": "themselves",
    "herself": "themselves",
}
_PRONOUN = re.compile(
    r"(?i)(?<![\w/])(?:"
    + "|".join(re.escape(p) for p in sorted(_PRONOUNS, key=len, reverse=True))
    + r")(?![\w/])"
)

_CHILDREN = r"(?:children|kids|sons|daughters)"
_FAMILY = r"(?:wife|husband|spouse|children|kids|sons?|daughters?|family)\b"
_DEMONYM = r"\b[A-Z][A-Za-z]+(?:[ -][A-Z][A-Za-z]+)?"
_SIGNAL_RULES: list[_Rule] = [
    (re.compile(r"(?i)\(?\b(?:she|he|they)\s*/\s*(?:her|hers|him|his|them|theirs)\b(?:\s*/\s*\w+)?\)?"), ""),
    (re.compile(r"\b(?:Mrs?|Ms|Mx|Mme|Mlle)\b\.?"), ""),
    (re.compile(r"\b(?:Miss|Mister|Madam|Herr|Frau)\b(?=\s+[A-Z])"), ""),
    (
        re.compile(
            r"(?i)\b(?:mother|father|mum|mom|dad|parent)\s+of\s+\w+(?:\s+(?:children|kids|sons|daughters))?"
        ),
        "",
    ),
    (
        re.compile(
            r"(?i)\b(?:married|unmarried|divorced|widowed|widower)\b(?:\s+with\s+(?:\w+\s+)?(?:children|kids))?"
        ),
        "",
    ),
    (re.compile(rf"(?i)\b(?:my|our)\s+{_FAMILY}(?:\s+(?:and|&)\s+(?:\w+\s+)?{_FAMILY})*"), ""),
    (re.compile(r"(?i)\bfamily\s+(?:man|woman|person)\b"), ""),
    (re.compile(r"(?i)\b(?:maternity|paternity|parental)\s+leave\b"), "career break"),
    (re.compile(r"(?i)\bpregnan(?:t|cy)\b"), ""),
    (
        re.compile(
            r"(?i)(?<![\w-])(?:fe)?males?(?![\w-])|(?<![\w-])(?:wo)?m[ae]n(?![\w-])|\b(?:gentlem[ae]n|lady|ladies"
            r"|girls?|boys?|transgender|non-?binary|cisgender)\b"
        ),
        "",
    ),
    (
        re.compile(rf"(?:{_DEMONYM}\s+)?(?:dual\s+)?\bcitizen(?:ship)?\b(?!\s+(?:developers?|data|science))"),
        "",
    ),
    (re.compile(rf"{_DEMONYM}\s+national\b(?!\s+[a-z])"), ""),
    (
        re.compile(
            r"(?i)\b(?:christian|muslim|catholic|protestant|jewish|hindu|buddhist|sikh|atheist|agnostic"
            r"|islamic|evangelical|mormon|church|mosque|synagogue)\b"
        ),
        "",
    ),
    (
        re.compile(
            r"(?i)\b(?:passport\s+|profile\s+|recent\s+)?photo(?:graph)?\s+(?:attached|enclosed|included)\b"
        ),
        "",
    ),
    (re.compile(r"(?i)\[\s*(?:photo|picture|image)\s*\]"), ""),
]

_CLEANUP_RULES: list[_Rule] = [
    (re.compile(r"\(\s*[,;|/·•\-]*\s*\)|\[\s*[,;|/·•\-]*\s*\]"), ""),
    (re.compile(r"(?<![ \t])[ \t]*(?:[|•·][ \t]*){2,}"), " | "),
    (re.compile(r"(?<![ \t])[ \t]+([,.;:!?])(?=\s|$)"), r"\1"),
    (re.compile(r",\s*,+"), ","),
    (re.compile(r"[ \t]{2,}"), " "),
]
_EMPTY_LINE = re.compile(r"^[\W_]*$")
_LEADING_DEBRIS = re.compile(r"^(?:[ \t]*[|;,.:](?=\s|$))+[ \t]*")


def _apply(rules: Sequence[_Rule], text: str) -> str:
    for pattern, replacement in rules:
        text = pattern.sub(replacement, text)
    return text


def _phone(match: re.Match[str]) -> str:
    candidate = match.group(0)
    digits = sum(char.isdigit() for char in candidate)
    if not 7 <= digits <= 15 or _NOT_A_PHONE.fullmatch(candidate.strip("()")):
        return candidate
    return ""


def _fold(text: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


_PARTICLES = {"van", "von", "de", "der", "den", "del", "della", "di", "da", "du", "le", "la", "bin", "binti"}
_PARTICLES |= {"al", "el", "ibn", "dos", "das", "y", "st", "jr", "sr", "ii", "iii"}


def _name_patterns(names: Sequence[str]) -> list[re.Pattern[str]]:
    """Full names anywhere (any case); single parts only when capitalised, so 'Baker' goes, 'baker' stays."""
    fulls: set[str] = set()
    parts: set[str] = set()
    for name in filter(None, (n.strip() for n in names)):
        for variant in {name, _fold(name)}:
            fulls.add(r"\s+".join(re.escape(word) for word in variant.split()))
            for part in {*variant.split(), *re.split(r"[\s\-]+", variant)}:
                word = part.strip(".,'")
                if len(word) >= 2 and word.lower() not in _PARTICLES:
                    parts |= {re.escape(word.capitalize()), re.escape(word.upper()), re.escape(word)}
    boundary = r"(?<!\w)(?:{})(?:'s|’s)?(?!\w)"
    return [
        re.compile(boundary.format("|".join(sorted(group, key=len, reverse=True))), flags)
        for group, flags in ((fulls, re.IGNORECASE), (parts, re.NOFLAG))
        if group
    ]


def _pronoun(match: re.Match[str]) -> str:
    word = match.group(0)
    if len(word) > 1 and word.isupper():  # "HE" is higher education, "HIS" a system name
        return word
    neutral = _PRONOUNS[word.lower()]
    return neutral.capitalize() if word[0].isupper() else neutral


def _tidy(text: str) -> str:
    text = _apply(_CLEANUP_RULES, text)
    lines = [_LEADING_DEBRIS.sub("", line).strip().rstrip(" \t|•·") for line in text.splitlines()]
    kept = [line for line in lines if not (line and _EMPTY_LINE.match(line))]
    return re.sub(r"\n{3,}", "\n\n", "\n".join(kept)).strip()


def blind_text(text: str, *, names: Sequence[str] = ()) -> str:
    """The text with identity, contact, age, gender, family, nationality and religion signals removed."""
    text = _LABELLED.sub("", text)
    text = _apply(_CONTACT_RULES, text)
    text = _apply(_AGE_RULES, text)
    text = _PHONE_CANDIDATE.sub(_phone, text)
    text = _apply(_ADDRESS_RULES, text)
    for pattern in _name_patterns(names):
        text = pattern.sub("", text)
    text = _apply(_SIGNAL_RULES, text)
    text = _PRONOUN.sub(_pronoun, text)
    return _tidy(text)
