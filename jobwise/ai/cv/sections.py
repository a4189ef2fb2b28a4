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
        "appointments", "academic appointments", "academic positions", "research positions", "positions",
        "professional appointments", "academic experience", "academic employment", "employment details",
        "work details", "experience details", "organisational experience", "organizational experience",
    ),
    "education": (
        "education", "academic background", "education and training", "academic qualifications",
        "qualifications", "academic history", "studies", "educational background", "academics",
        "education and qualifications", "academic profile", "training and education", "schooling",
        "education history", "academic credentials", "degrees", "educational qualifications",
        "educational qualification", "education qualification", "academic qualification",
        "educational details", "education details", "academic details", "academic record",
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
        "methods", "techniques", "research skills", "laboratory skills", "lab skills", "digital skills",
        "software skills", "technical summary", "technical skills and competences",
        "computer skills and competences", "tools and methods",
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
        "languages known", "language competencies", "other languages",
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
        "presentations", "patents", "research", "military service", "other", "grants", "grants and awards",
        "awards and grants", "funding", "fellowships", "scholarships", "awards and scholarships",
        "selected publications", "publications and presentations", "invited talks", "teaching",
        "professional service", "service", "supervision", "declaration", "referees",
        "personal skills and competences", "extracurricular", "extra curricular activities",
        "working papers", "work in progress", "research in progress", "conference presentations",
        "invited presentations", "conference talks", "seminars", "refereeing", "professional activities",
        "grants and fellowships", "fellowships and awards", "honors and fellowships", "research interests",
    ),
}  # fmt: skip
# Headings of German, French, Spanish and Portuguese CVs, which English ones quote too.
_FOREIGN: dict[str, tuple[str, ...]] = {
    "summary": ("profil", "über mich", "kurzprofil", "perfil", "resumen", "resumo", "à propos",
                "perfil profesional", "profil professionnel", "sobre mí", "profilo"),
    "experience": (
        "berufserfahrung", "berufliche erfahrung", "arbeitserfahrung", "beruflicher werdegang",
        "werdegang", "berufspraxis", "praktika", "praktische erfahrung", "expérience professionnelle",
        "expériences professionnelles", "expérience", "expériences", "parcours professionnel",
        "experiencia laboral", "experiencia profesional", "experiencia", "experiência profissional",
        "esperienza professionale", "esperienze professionali", "werkervaring", "ervaring",
    ),
    "education": ("ausbildung", "bildungsweg", "schulbildung", "studium", "akademische ausbildung",
                  "schulische ausbildung", "hochschulausbildung", "ausbildung und studium", "formation",
                  "formations", "formation académique", "diplômes", "études", "cursus", "educación",
                  "formación", "formación académica", "formação acadêmica", "formação", "istruzione",
                  "istruzione e formazione", "opleiding", "opleidingen"),
    "skills": ("kenntnisse", "fähigkeiten", "edv-kenntnisse", "it-kenntnisse", "edv", "fachkenntnisse",
               "besondere kenntnisse", "kompetenzen", "compétences", "compétences techniques",
               "compétences informatiques", "informatique", "habilidades", "competencias", "competências",
               "conocimientos", "competenze", "vaardigheden"),
    "languages": ("sprachen", "sprachkenntnisse", "langues", "idiomas", "lingue", "talen"),
    "certifications": ("zertifikate", "zertifizierungen", "weiterbildung", "weiterbildungen",
                       "fortbildungen", "certificats", "certificaciones", "certificações", "cursos"),
    "projects": ("projekte", "projets", "proyectos", "projetos", "progetti"),
    "other": ("persönliche daten", "angaben zur person", "kontakt", "kontaktdaten", "hobbys",
              "interessen", "hobbys und interessen", "ehrenamt", "sonstiges", "referenzen",
              "informations personnelles", "état civil", "coordonnées", "centres d'intérêt", "loisirs",
              "intérêts", "divers", "datos personales", "intereses", "dati personali", "interessi",
              "personalia", "persoonlijke gegevens"),
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
    "summary": "summary", "profile": "summary", "licenses": "certifications", "licences": "certifications",
    "courses": "certifications", "achievements": "other", "awards": "other", "publications": "other",
    "interests": "other", "hobbies": "other", "references": "other", "volunteering": "other",
    "honors": "other", "honours": "other", "memberships": "other", "affiliations": "other",
    "grants": "other", "fellowships": "other", "presentations": "other", "talks": "other",
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


def leading_heading(line: str) -> tuple[str, str] | None:
    """A heading that shares its line with the section's first line: the first cell of a table
    row ("Education | BSc Physics, 2014") or a capitalised heading in the margin beside the text
    ("EXPERIENCE Senior Data Scientist — Spotify")."""
    head, bar, rest = line.partition(" | ")
    if bar and rest and org_score(head) < 1 and (kind := heading_kind(head)):
        return kind, rest
    words = line.split()
    if not words or not words[0].isupper():
        return None
    for count in range(min(4, len(words) - 1), 0, -1):
        head, rest = " ".join(words[:count]), " ".join(words[count:])
        if not head.isupper() or rest.isupper() or (kind := _HEADINGS.get(_compact(head))) is None:
            continue
        if org_score(words[count]) < 1:  # "PROJECTS INC" is a company
            return kind, rest
    return None


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
        elif leading := leading_heading(line):
            current = _body(sections, leading[0])
            current.append(leading[1])
        elif (inline := _inline_heading(line)) and current is not sections.bodies.get("skills"):
            _body(sections, inline[0]).append(inline[1])
        else:  # within Skills, "Languages: Python, Go" is a category of skills
            current.append(line)
    return sections


def _body(sections: Sections, kind: str) -> list[str]:
    if kind not in sections.bodies:
        sections.order.append(kind)
    return sections.bodies.setdefault(kind, [])
