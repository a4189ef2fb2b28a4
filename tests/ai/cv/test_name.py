"""The candidate's name, wherever the layout puts it."""

import pytest

from jobwise.ai.cv.name import find_name


@pytest.mark.parametrize(
    ("lines", "email", "name"),
    [
        (["Jane Doe", "Senior Backend Engineer", "jane@example.com"], None, "Jane Doe"),
        (["JANE DOE", "Registered Nurse"], None, "Jane Doe"),
        (["Curriculum Vitae", "María José García López", "Madrid, Spain"], None, "María José García López"),
        (["Liam van der Berg | Software Engineer"], None, "Liam van der Berg"),
        (["Anne-Marie O'Connor", "Charge Nurse"], None, "Anne-Marie O'Connor"),
        (["Đặng Thị Hồng", "Điều dưỡng viên"], None, "Đặng Thị Hồng"),
        (["Łukasz Żółkiewski", "Backend Developer"], None, "Łukasz Żółkiewski"),
        (["Connor MacLeod, SHRM-CP"], None, "Connor MacLeod"),
        (["JEAN-BAPTISTE LEFÈVRE", "UX Designer"], None, "Jean-Baptiste Lefèvre"),
        # A sidebar: contact and skills first, the name further down.
        (
            [
                "Contact",
                "sophie.mueller@web.de",
                "+49 30 12345678",
                "Berlin, Germany",
                "Skills",
                "SEO",
                "Brand Management",
                "Sophie Müller",
                "Head of Marketing",
            ],
            "sophie.mueller@web.de",
            "Sophie Müller",
        ),
        # The job title above the name must not win.
        (
            ["Senior Software Engineer", "Kwame Mensah", "kwame.mensah@gmail.com"],
            "kwame.mensah@gmail.com",
            "Kwame Mensah",
        ),
        (["San Francisco, CA", "Professional Experience", "Acme Corp"], None, None),
        (["Maria Cook", "Chef de Partie", "maria.cook@example.com"], "maria.cook@example.com", "Maria Cook"),
        # Contact details on the name's line, a table's label, a name set on two lines.
        (
            ["Nikolai Petrov n.petrov@protonmail.com", "Operations Manager +31 6 12345678"],
            None,
            "Nikolai Petrov",
        ),
        (
            ["Persönliche Daten", "Name | Julia Schneider", "Anschrift | Eppendorfer Weg 12"],
            None,
            "Julia Schneider",
        ),
        (["Ahmed", "Hassan", "Senior Data Engineer"], None, "Ahmed Hassan"),
        (
            ["PERSONAL INFORMATION Andreea Popescu", "+40 722 123 456"],
            None,
            "Andreea Popescu",
        ),  # Europass row
        # "J A N E   D O E" loses its word gap in PDF text; the email puts it back.
        (["JANEDOE", "Software Engineer", "jane.doe@gmail.com"], "jane.doe@gmail.com", "Jane Doe"),
        # Lists of one-word lines and places are not names.
        (["Skills", "Python", "Docker", "Kafka", "Languages", "English", "Spanish"], None, None),
        (["Arabic | Native", "Buenos Aires, Argentina"], None, None),
    ],
)
def test_find_name(lines: list[str], email: str | None, name: str | None) -> None:
    assert find_name(lines, email) == name


def test_a_name_in_a_work_or_education_section_needs_the_email_to_agree() -> None:
    lines = ["Education", "BSc Design", "Lucía Fernández", "Graphic Designer"]
    assert find_name(lines, "lucia.fernandez@example.com", exclude=frozenset(lines[1:])) == "Lucía Fernández"
    assert find_name(lines, "contact@example.com", exclude=frozenset(lines[1:])) is None


def test_company_lines_are_not_names_when_the_name_is_missing() -> None:
    lines = ["Senior Software Engineer", "Pied Piper", "Palo Alto, CA | 2019 - 2023"]
    assert find_name(lines, None) == "Pied Piper"  # shape alone cannot tell them apart...
    assert find_name(lines, None, exclude=frozenset(lines)) is None  # ...knowing the section can


def test_names_known_to_be_employers_are_excluded_wherever_they_stand() -> None:
    lines = ["Senior Software Engineer", "Pied Piper | Palo Alto, CA", "2019 - 2023"]
    assert find_name(lines, None) == "Pied Piper"
    assert find_name(lines, None, known=frozenset({"Pied Piper"})) is None


@pytest.mark.parametrize(
    ("email", "name"),
    [
        ("rebecca.okafor@proton.me", "Rebecca Okafor"),
        ("Pieter.van.Berg@hotmail.com", "Pieter van Berg"),
        ("j.kowalski.dev@gmail.com", None),  # an initial: the name cannot be read back
        ("sales.team@acme.com", None),
        ("kzhang@umich.edu", None),
    ],
)
def test_a_cv_without_a_name_line_takes_the_name_its_email_spells(email: str, name: str | None) -> None:
    lines = ["Senior Data Scientist", f"{email} | +44 7700 900123", "Experience", "Data Scientist, BBC"]
    assert find_name(lines, email) == name


@pytest.mark.parametrize("name", ["Emma Baker", "Tom Porter", "Grace Cook", "Liam Carpenter"])
def test_surnames_that_are_trades_too_stay_names(name: str) -> None:
    assert find_name([name, "Head Chef", "grace@example.com"], "grace@example.com") == name


def test_stacked_honorifics_are_not_part_of_the_name() -> None:
    email = "juergen.weiss@tum.de"
    assert find_name(["Prof. Dr. Jürgen Weiß", email], email) == "Jürgen Weiß"
