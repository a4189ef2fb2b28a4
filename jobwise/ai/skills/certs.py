"""Certification names the taxonomy may not know: capitalised phrases around "Certified",
"Certification" or "Certificate" ("Nielsen Norman Group UX Certification")."""

import re
from collections.abc import Iterator

_CAP = r"(?:[A-Z]|\d+[A-Za-z])[\w+#&./'’]*(?:-[\w+#&./'’]+)*"  # no bare numbers ("in 2022")
_LINK = r"(?:of|in|for|and|on|&|-|–)"
_RUN = re.compile(rf"{_CAP}(?:[ \t]+(?:{_LINK}[ \t]+)*{_CAP})*(?:[ \t]*\([A-Z][\w+ -]*\))?")
_CERT_WORDS = frozenset({"Certified", "Certification", "Certificate"})
# Words of headings such as "Licenses & Certifications", which name no certificate.
_HEADING_WORDS = frozenset(
    {
        "Licenses",
        "Licences",
        "License",
        "Licence",
        "Certifications",
        "Certificates",
        "Courses",
        "Training",
        "And",
    }
)
_WORD = re.compile(r"[A-Za-z][\w+#.'’-]*")


def find_certifications(text: str) -> Iterator[tuple[int, int]]:
    """Spans of certification names written in title case."""
    if "Certifi" not in text:  # cheap test first: most texts name no certificate
        return
    for m in _RUN.finditer(text):
        words = _WORD.findall(m.group())
        names = [w for w in words if w not in _CERT_WORDS and w not in _HEADING_WORDS]
        if _CERT_WORDS & set(words) and names and not m.group().isupper():
            yield m.start(), m.end()
