"""Section headings, whatever they are called and however they are typed."""

import pytest

from jobwise.ai.cv.sections import heading_kind, split_sections
from jobwise.ai.cv.text import normalize


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("Work History", "experience"),
        ("PROFESSIONAL EXPERIENCE", "experience"),
        ("EMPLOYMENT", "experience"),
        ("E X P E R I E N C E", "experience"),
        ("W O R K   E X P E R I E N C E", "experience"),
        ("Experience:", "experience"),
        ("Relevant Nursing Experience:", "experience"),
        ("Education & Training", "education"),
        ("Academic Background", "education"),
        ("Core Competencies", "skills"),
        ("TECHNICAL SKILLS", "skills"),
        ("Areas of Expertise", "skills"),
        ("Profile", "summary"),
        ("About Me", "summary"),
        ("Licenses & Certifications", "certifications"),
        ("Languages", "languages"),
        ("Personal Projects", "projects"),
        ("Volunteer Experience", "other"),
        ("Senior Software Engineer", None),
        ("Acme Corp", None),
        ("Led a team of 5 engineers", None),
        ("Experience in 2019", None),
        ("Berufserfahrung", "experience"),
        ("EXPÉRIENCE PROFESSIONNELLE", "experience"),
        ("Formación Académica", "education"),
        ("Sprachkenntnisse", "languages"),
        ("Compétences", "skills"),
        ("Research Experience", "experience"),
        ("EXPERIENCE & INTERNSHIPS", "experience"),
        ("Work history:", "experience"),
        ("Skills & Interests", "skills"),
        ("Top Skills", "skills"),
        ("Honors-Awards", "other"),
        ("Customer Experience Specialist", None),
        ("Head of Education", None),
        ("Experience Labs Inc", None),
    ],
)
def test_heading_kind(line: str, kind: str | None) -> None:
    assert heading_kind(normalize(line)) == kind


def test_split_sections_keeps_header_and_inline_skills() -> None:
    text = (
        "Jane Doe\njane@x.com\nSUMMARY\nBuilder.\nWork History\nEngineer | Acme | 2019 - 2021\n"
        "Tools: Jira, Figma\nSkills: Python, SQL\nEducation\nBSc Physics"
    )
    sections = split_sections(normalize(text).split("\n"))
    assert sections.header == ["Jane Doe", "jane@x.com"]
    assert sections.order == ["summary", "experience", "skills", "education"]
    # Inline "Tools:" and "Skills:" lines file their items without ending the experience section.
    assert sections.get("experience") == ["Engineer | Acme | 2019 - 2021"]
    assert sections.get("skills") == ["Jira, Figma", "Python, SQL"]
    assert sections.get("education") == ["BSc Physics"]


def test_normalize_bullets_ligatures_and_spacing() -> None:
    assert normalize("\uf0b7 Led ﬁve teams\n– Cut costs\n● Grew") == "• Led five teams\n• Cut costs\n• Grew"
