"""Split a CV into its sections by their headings, whatever they are called."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache

from jobwise.ai.cv.titles import org_score, title_score

_SYNONYMS: dict[str, tuple[str, ...]] = {
    "summary": (
        "summary", "professional summary", "profile", "professional profile", "personal profile",
        "about", "about me", "objective", "career objective", "career summary", "executive summary",
        "personal statement", "overview", "introduction", "summary of qualifications",
        "qualifications summary", "career profile", "professional overview", "who i am",
    ),
    "experience": (
        "experience", "work experience", "professional experience", "employment", "employment history",
        "work history", "career history", "professional background", "relevant experience",
        "positions held", "career", "work", "professional history", "experience and employment",
        "employment experience", "working experience", "industry experience", "teaching experience",
        "clinical experience", "nursing experience", "sales experience", "design experience",
        "relevant work experience", "professional employment", "internships", "internship experience",
        "career experience", "employment record", "work experience and internships", "research experience",
    ),
    "education": (
        "education", "academic background", "education and training", "academic qualifications",
        "qualifications", "academic history", "studies", "educational background", "academics",
        "education and qualifications", "academic profile", "training and education", "schooling",
        "education history", "academic credentials", "degrees",
    ),
    "skills": (
        "skills", "technical skills", "core competencies", "competencies", "key skills",
        "areas of expertise", "expertise", "skills and abilities", "technologies", "tech stack",
        "tools", "core skills", "skill set", "skillset", "skills summary", "technical proficiencies",
        "hard skills", "soft skills", "skills and tools", "tools and technologies", "technical expertise",
        "key competencies", "professional skills", "relevant skills", "skills and competencies",
        "technical competencies", "software", "computer skills", "it skills", "clinical skills",
        "skills and expertise", "strengths", "capabilities", "toolbox", "stack", "top skills",
        "skill highlights", "skills highlights", "core qualifications", "key qualifications",
    ),
    "projects": (
        "projects", "personal projects", "selected projects", "key projects", "side projects",
        "portfolio", "open source", "academic projects", "notable projects", "project experience",
        "project highlights", "selected work", "open source contributions",
    ),
    "certifications": (
        "certifications", "certificates", "certification", "licenses", "licences",
        "licenses and certifications", "licences and certifications", "certifications and licenses",
        "certifications and licences", "credentials", "training", "courses", "professional development",
        "accreditations", "certifications and training", "training and certifications",
        "professional certifications", "courses and certifications", "continuing education",
    ),
    "languages": (
        "languages", "language skills", "language proficiency", "spoken languages", "language",
        "languages known", "language competencies",
    ),
    "other": (
        "awards", "honors", "honours", "awards and honors", "awards and honours", "achievements",
        "honors awards", "honours and awards", "honors and awards",
        "key achievements", "accomplishments", "publications", "interests", "hobbies",
        "hobbies and interests", "volunteer", "volunteering", "volunteer experience",
        "volunteer work", "references", "activities", "extracurricular activities", "memberships",
        "affiliations", "professional affiliations", "contact", "contact information", "contact details",
        "personal details", "personal information", "personal data", "additional information",
        "leadership", "leadership experience", "community involvement", "conferences", "talks",
        "presentations", "patents", "research", "military service", "other",
    ),
}  # fmt: skip
# Headings of German, French, Spanish and Portuguese CVs, which English ones quote too.
_FOREIGN: dict[str, tuple[str, ...]] = {
    "summary": ("profil", "über mich", "perfil", "resumen", "resumo", "à propos", "perfil profesional"),
    "experience": (
        "berufserfahrung", "berufliche erfahrung", "arbeitserfahrung", "beruflicher werdegang",
        "expérience professionnelle", "expériences professionnelles", "experiencia laboral",
        "experiencia profesional", "experiência profissional", "esperienza professionale",
    ),
    "education": ("ausbildung", "bildungsweg", "formation", "formation académique", "educación",
                  "formación académica", "formação acadêmica", "formação", "istruzione"),
    "skills": ("kenntnisse", "fähigkeiten", "compétences", "habilidades", "competencias", "competências"),
    "languages": ("sprachen", "sprachkenntnisse", "langues", "idiomas", "lingue"),
    "certifications": ("zertifikate", "zertifizierungen", "certificats", "certificaciones", "certificações"),
    "projects": ("projekte", "projets", "proyectos", "projetos", "progetti"),
}  # fmt: skip


def _compact(text: str) -> str:
    folded = unicodedata.normalize("NFKD", text.lower().replace("&", "and").replace(" and ", "and"))
    return re.sub(r"[^a-z]", "", folded)


# Compact keys ("workexperience") match "WORK EXPERIENCE", "Work  Experience:" and "W O R K".
_HEADINGS = {
    _compact(name): kind for table in (_SYNONYMS, _FOREIGN) for kind, names in table.items() for name in names
}
_KEYWORDS = {
    "experience": "experience", "employment": "experience", "internships": "experience",
    "education": "education", "skills": "skills", "skill": "skills", "competencies": "skills",
    "projects": "projects",
    "certifications": "certifications", "certificates": "certifications", "languages": "languages",
    "summary": "summary", "profile": "summary",
}  # fmt: skip
_INLINE = re.compile(r"^([A-Za-z][A-Za-z &/]{2,40}?)\s*[:：]\s+(\S.*)$")


@dataclass
class Sections:
    """Lines before the first heading (`header`), each section's lines, headings in order."""

    header: list[str] = field(default_factory=list)
    bodies: dict[str, list[str]] = field(default_factory=dict)
    order: list[str] = field(default_factory=list)

    def get(self, kind: str) -> list[str]:
        return self.bodies.get(kind, [])


@lru_cache(maxsize=4096)
def heading_kind(line: str) -> str | None:
    """The section a heading line opens ("experience", "skills"...), or None for other lines."""
    stripped = line.strip().strip("•:|-–—_=*#").strip()
    if not stripped or len(stripped) > 48 or len(stripped.split()) > 6 or re.search(r"\d", stripped):
        return None
    if kind := _HEADINGS.get(_compact(stripped)):
        return kind
    # Unknown but heading-shaped ("RELEVANT NURSING EXPERIENCE", "Skills & Interests"), and not a
    # role or an employer ("Customer Experience Specialist", "Experience Labs Inc").
    words = stripped.split()
    capitalised = all(w[:1].isupper() or w in ("&", "and", "of") for w in words)
    plain = title_score(stripped) == 0 and org_score(stripped) == 0
    shaped = stripped.isupper() or line.rstrip().endswith(":") or (capitalised and plain)
    if not shaped or len(words) > 4 or ":" in stripped:  # "Skills: Python" is an inline heading
        return None
    return next((_KEYWORDS[w] for w in map(_compact, stripped.split()) if w in _KEYWORDS), None)


def _inline_heading(line: str) -> tuple[str, str] | None:
    """ "Skills: Python, SQL" -> ("skills", "Python, SQL")."""
    match = _INLINE.match(line)
    kind = _HEADINGS.get(_compact(match.group(1))) if match else None
    if match is None or kind in (None, "experience", "other"):
        return None
    return kind, match.group(2)


def split_sections(lines: list[str]) -> Sections:
    """Group lines under the heading above them; repeated headings append to one section.

    An inline heading ("Skills: Python, SQL") files its content without closing the section
    it sits in, since job entries often carry a "Tools: ..." line.
    """
    sections = Sections()
    current: list[str] = sections.header
    for line in lines:
        if kind := heading_kind(line):
            current = _body(sections, kind)
        elif (inline := _inline_heading(line)) and current is not sections.bodies.get("skills"):
            _body(sections, inline[0]).append(inline[1])
        else:  # within Skills, "Languages: Python, Go" is a category of skills
            current.append(line)
    return sections


def _body(sections: Sections, kind: str) -> list[str]:
    if kind not in sections.bodies:
        sections.order.append(kind)
    return sections.bodies.setdefault(kind, [])
