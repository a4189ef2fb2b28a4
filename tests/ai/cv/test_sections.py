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
        ("Academic Appointments", "experience"),
        ("Educational Qualifications", "education"),
        ("Methods", "skills"),
        ("Grants and Awards", "other"),
        ("Persönliche Daten", "other"),
        ("CENTRES D'INTÉRÊT", "other"),
        ("Werdegang", "experience"),
        ("Diplômes", "education"),
        ("Selected Achievements", "other"),
        ("Licences & Tickets", "certifications"),
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
    # A tab after a bullet is no field separator; elsewhere it is.
    assert normalize("•\tBuilt APIs\nSkills\tPython") == "• Built APIs\nSkills | Python"
    assert normalize("\uf0fc Certified\n→ Led the team") == "• Certified\n• Led the team"


@pytest.mark.parametrize(
    ("line", "kind", "rest"),
    [
        (
            "Education\tBSc Physics, University of Leeds, 2014",
            "education",
            "BSc Physics, University of Leeds, 2014",
        ),
        (
            "EXPERIENCE Senior Data Scientist — Spotify Jun 2021",
            "experience",
            "Senior Data Scientist — Spotify Jun 2021",
        ),
        ("WORK EXPERIENCE Engineer, Acme", "experience", "Engineer, Acme"),
        ("SUMMARY Data scientist building models.", "summary", "Data scientist building models."),
    ],
)
def test_a_heading_sharing_its_line_opens_the_section(line: str, kind: str, rest: str) -> None:
    sections = split_sections(["Jane Doe", *normalize(line).split("\n"), "Next line"])
    assert sections.order == [kind]
    assert sections.get(kind) == [rest, "Next line"]


@pytest.mark.parametrize(
    "line", ["SAP FICO Consultant, Infosys", "PROJECTS INC | Berlin", "Skills Development Officer"]
)
def test_lines_that_only_start_like_a_heading_stay_where_they_are(line: str) -> None:
    assert split_sections(["Experience", line]).get("experience") == [normalize(line)]
