"""Education, languages, certifications, projects and skill lists."""

import pytest

from jobwise.ai.cv.lists import (
    parse_certifications,
    parse_education,
    parse_languages,
    parse_projects,
    parse_skill_items,
)
from jobwise.ai.cv.models import Education, Language


@pytest.mark.parametrize(
    ("lines", "expected"),
    [
        (
            ["B.S. Computer Science — MIT, 2014 - 2018"],
            Education(institution="MIT", degree="B.S.", field="Computer Science", start="2014", end="2018"),
        ),
        (
            ["Bachelor of Science in Nursing", "University of Michigan", "2010 – 2014"],
            Education(
                institution="University of Michigan",
                degree="Bachelor of Science",
                field="Nursing",
                start="2010",
                end="2014",
            ),
        ),
        (
            ["Universität Hamburg", "M.Ed. Mathematics, 2012"],
            Education(
                institution="Universität Hamburg", degree="M.Ed.", field="Mathematics", start=None, end="2012"
            ),
        ),
        (
            [
                "Qualification University / Institute Year of Passing Percentage",
                "MBA (Finance) Osmania University 2014 72%",
            ],
            Education(
                institution="Osmania University", degree="MBA", field="Finance", start=None, end="2014"
            ),
        ),
        (
            ["PGCE Secondary Mathematics 2013 – 2014", "University of Leeds, Leeds"],
            Education(
                institution="University of Leeds",
                degree="PGCE",
                field="Secondary Mathematics",
                start="2013",
                end="2014",
            ),
        ),
        (
            ["Boston College, Chestnut Hill, MA", "BS in Accounting, 2012 – 2016"],
            Education(
                institution="Boston College", degree="BS", field="Accounting", start="2012", end="2016"
            ),
        ),
        (
            ["BSc (Hons) Physiotherapy, University of the West of England, 2013 – 2017"],
            Education(
                institution="University of the West of England",
                degree="BSc (Hons)",
                field="Physiotherapy",
                start="2013",
                end="2017",
            ),
        ),
        (
            ["Blinn College, Bryan, TX", "Associate's in Liberal Arts Aug. 2014 – May 2018"],
            Education(
                institution="Blinn College",
                degree="Associate's",
                field="Liberal Arts",
                start="2014-08",
                end="2018-05",
            ),
        ),
        (
            ["MPharm (Hons) Pharmacy, University of Bradford | 2012 – 2016"],
            Education(
                institution="University of Bradford",
                degree="MPharm (Hons)",
                field="Pharmacy",
                start="2012",
                end="2016",
            ),
        ),
        (
            ["Grado en Enfermería – Universitat de València (2010 – 2014)"],
            Education(
                institution="Universitat de València",
                degree="Grado",
                field="Enfermería",
                start="2010",
                end="2014",
            ),
        ),
        (
            ["BACHELOR'S DEGREE IN ECONOMICS – Universidade do Porto"],
            Education(institution="Universidade do Porto", degree="BACHELOR'S", field="ECONOMICS"),
        ),
    ],
)
def test_parse_education(lines: list[str], expected: Education) -> None:
    assert parse_education(lines) == [expected]


@pytest.mark.parametrize(
    ("line", "school"),
    [
        ("Licencjat, Zarządzanie, Uniwersytet Ekonomiczny w Krakowie (2011 – 2014)",
         "Uniwersytet Ekonomiczny w Krakowie"),
        ("MSc Biology, Universiteit Utrecht, 2015", "Universiteit Utrecht"),
        ("BSc Informatik, Fachhochschule Aachen, 2012", "Fachhochschule Aachen"),
    ],
)  # fmt: skip
def test_schools_named_in_their_own_language(line: str, school: str) -> None:
    assert [e.institution for e in parse_education([line])] == [school]


def test_two_degrees_are_two_entries() -> None:
    lines = ["MSc Data Science, University of Edinburgh, 2019", "BSc Mathematics, University of Leeds, 2018"]
    assert [e.institution for e in parse_education(lines)] == [
        "University of Edinburgh",
        "University of Leeds",
    ]


def test_languages_with_proficiency_and_not_programming_languages() -> None:
    lines = ["English (Native), Spanish – Conversational", "• French: B2", "Python, Go"]
    assert parse_languages(lines) == [
        Language(name="English", proficiency="Native"),
        Language(name="Spanish", proficiency="Conversational"),
        Language(name="French", proficiency="B2"),
    ]


def test_languages_written_in_the_cvs_own_language_are_named_in_english() -> None:
    lines = ["Deutsch (Muttersprache), Englisch (verhandlungssicher)", "Français : courant", "Inglés – B2"]
    assert [(lang.name, lang.proficiency) for lang in parse_languages(lines)] == [
        ("German", "Muttersprache"), ("English", "verhandlungssicher"), ("French", "courant"),
        ("English", "B2"),
    ]  # fmt: skip


def test_skill_items_drop_category_labels() -> None:
    lines = ["Languages: Python, Go; SQL", "• Docker", "Cloud: AWS | GCP"]
    assert parse_skill_items(lines) == ["Python", "Go", "SQL", "Docker", "AWS", "GCP"]


def test_certifications_one_per_item() -> None:
    assert parse_certifications(["• AWS Solutions Architect; CKA", "PMP"]) == [
        "AWS Solutions Architect",
        "CKA",
        "PMP",
    ]


def test_projects_name_dates_and_description() -> None:
    (project,) = parse_projects(
        ["OpenAPI Generator (Mar 2021 - Present)", "• CLI tool generating API clients."]
    )
    assert (project.name, project.start, project.end) == ("OpenAPI Generator", "2021-03", None)
    assert project.description == "CLI tool generating API clients."
