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
    ],
)
def test_find_name(lines: list[str], email: str | None, name: str | None) -> None:
    assert find_name(lines, email) == name


def test_company_lines_are_not_names_when_the_name_is_missing() -> None:
    lines = ["Senior Software Engineer", "Pied Piper", "Palo Alto, CA | 2019 - 2023"]
    assert find_name(lines, None) == "Pied Piper"  # shape alone cannot tell them apart...
    assert find_name(lines, None, exclude=frozenset(lines)) is None  # ...knowing the section can
