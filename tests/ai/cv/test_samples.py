"""Hand-written CVs with the quirks real ones have (files in samples/), parsed end to end."""

from pathlib import Path

import pytest

pytest.importorskip("jobwise.ai.skills")

from jobwise.ai.cv import parse_cv

SAMPLES = Path(__file__).parent / "samples"


def _parse(name: str):  # type: ignore[no-untyped-def]
    return parse_cv((SAMPLES / name).read_text()).cv


def _roles(cv) -> list[tuple[str | None, str | None, str | None, str | None]]:  # type: ignore[no-untyped-def]
    return [(e.title, e.company, e.start, e.end) for e in cv.experiences]


def test_labelled_contact_lines_and_spaced_email() -> None:
    cv = _parse("uk_warehouse_labelled_contact.txt")
    assert (cv.contact.name, cv.contact.email) == ("John Smith", "john.smith1984@gmail.com")
    assert cv.contact.phone == "+442079460958"
    assert _roles(cv) == [
        ("Warehouse Supervisor", "DHL Supply Chain Ltd", "2017-03", None),
        ("Forklift Driver", "Tesco Distribution Centre", "2012-01", "2017-02"),
    ]
    assert cv.experiences[1].location == "Daventry"  # a town after the employer's name
    assert cv.education[0].field == "including Maths and English"


def test_honorific_and_credentials_are_not_part_of_the_name() -> None:
    cv = _parse("researcher_honorific_no_summary_heading.txt")
    assert cv.contact.name == "Amelia Rodríguez-Sánchez"
    assert cv.contact.location == "Barcelona, Spain"
    assert cv.summary is not None
    assert cv.summary.startswith("Research scientist working on probabilistic models")
    assert _roles(cv) == [
        ("Postdoctoral Researcher", "Universitat Pompeu Fabra", "2021-09", None),
        ("Research Intern", "Google DeepMind", "2019-06", "2019-09"),
    ]
    assert [e.degree for e in cv.education] == ["Ph.D.", "M.Sc."]


def test_several_roles_under_one_company_block() -> None:
    cv = _parse("company_blocks_several_roles.txt")
    assert cv.contact.name == "Michael O'Brien"
    assert cv.contact.phone == "+16175550134"
    assert _roles(cv) == [
        ("Regional Sales Manager", "ACME INDUSTRIES INC.", "2018", None),
        ("Account Executive", "ACME INDUSTRIES INC.", "2015", "2018"),
        ("Sales Representative", "GLOBEX CORPORATION", "2012-06", "2014-12"),
    ]
    assert [e.location for e in cv.experiences] == ["Boston, MA", "Boston, MA", "Hartford, CT"]


def test_running_footer_is_not_a_bullet_and_undated_role_is_kept() -> None:
    cv = _parse("page_footer_inside_bullets.txt")
    assert not any("Page 1" in b for e in cv.experiences for b in e.bullets)
    assert _roles(cv) == [
        ("Senior Product Manager", "Contoso Ltd.", "2020-04", None),
        ("Product Manager", "Fabrikam Inc.", "2016-08", "2020-03"),
        ("Freelance Consultant", None, None, None),
    ]
    assert cv.experiences[2].bullets == ["Advised 4 startups on product strategy"]


def test_tab_separated_table_rows() -> None:
    cv = _parse("docx_table_tabs.txt")
    assert (cv.contact.phone, cv.contact.location) == ("+525598765432", "Guadalajara, Mexico")
    assert _roles(cv) == [
        ("Senior Developer", "Kueski", "2019-01", None),
        ("Developer", "Softtek", "2016-03", "2018-12"),
    ]
    assert cv.experiences[0].bullets == ["Built lending APIs in Go"]


def test_entry_layouts_mixed_in_one_cv() -> None:
    cv = _parse("mixed_entry_layouts.txt")
    assert _roles(cv) == [
        ("Senior Backend Engineer", "Acme Corp", "2021-01", None),
        ("Software Engineer", "StartupCo", "2018-06", "2020-12"),
    ]
    assert cv.experiences[0].bullets[1].endswith("across 12 teams")


def test_student_cv_with_internships_heading_and_skill_categories() -> None:
    cv = _parse("student_internships.txt")
    assert cv.contact.name == "Jordan Lee"  # letter-spaced in the file
    assert cv.contact.location is None  # the university's town is not the candidate's address
    assert _roles(cv) == [
        ("Software Engineering Intern", "Stripe", "2025-06", "2025-08"),
        ("Teaching Assistant", "Northwestern University", "2024-09", None),
    ]
    assert cv.education[0].end == "2026-05"
    assert cv.skills[:4] == ["Python", "Java", "TypeScript", "SQL"]  # "Languages:" inside Skills
    assert cv.languages == []


def test_europass_cv() -> None:
    cv = _parse("europass_day_month_dates.txt")
    assert (cv.contact.name, cv.contact.phone) == ("Katarzyna Nowak", "+48601234567")
    assert _roles(cv) == [
        ("SENIOR ACCOUNTANT", "DELOITTE POLSKA SP. Z O.O.", "2018-09", None),
        ("ACCOUNTANT", "KPMG SP. Z O.O.", "2014-03", "2018-08"),
    ]
    assert [e.location for e in cv.experiences] == ["Warsaw, Poland", "Kraków, Poland"]
    assert (cv.education[0].degree, cv.education[0].field) == ("MASTER", "ECONOMICS")
    assert [(lang.name, lang.proficiency) for lang in cv.languages] == [
        ("Polish", None), ("English", "C1"), ("German", "B1"),
    ]  # fmt: skip


def test_roles_written_as_sentences() -> None:
    cv = _parse("india_role_sentences.txt")
    assert (cv.contact.name, cv.contact.phone) == ("Anil Kumar Reddy", "+919876512345")
    assert _roles(cv) == [
        ("Senior Software Engineer", "Infosys Ltd", "2021-01", None),
        ("Software Engineer", "Tech Mahindra", "2018-07", "2020-12"),
    ]
    assert (cv.education[0].degree, cv.education[0].institution) == ("B.Tech", "JNTU Hyderabad")
    assert [lang.name for lang in cv.languages] == ["English", "Telugu", "Hindi"]


def test_europass_label_and_value_rows() -> None:
    cv = _parse("europass_2004_labels.txt")
    assert (cv.contact.name, cv.contact.phone, cv.contact.location) == (
        "Ana Kovačević", "+385912345678", "Zagreb, Croatia",
    )  # fmt: skip
    assert _roles(cv) == [
        ("Logistics Coordinator", "Podravka d.d.", "2019-02", None),
        ("Warehouse Clerk", "Konzum d.d.", "2015-06", "2019-01"),
    ]
    assert cv.experiences[0].bullets == [
        "Planning of road transport for 40 trucks", "Customs documentation and supplier contacts",
    ]  # fmt: skip
    assert [(e.institution, e.degree, e.start) for e in cv.education] == [
        ("University of Zagreb", "Master", "2010-10")
    ]
    assert [lang.name for lang in cv.languages] == ["Croatian", "English", "German"]
    assert cv.skills == ["SAP", "Microsoft Excel"]


def test_form_labels_before_each_value() -> None:
    cv = _parse("labelled_form_entries.txt")
    assert _roles(cv) == [
        ("Senior Test Engineer", "Cognizant Technology Solutions", "2019-03", None),
        ("Test Engineer", "Wipro Limited", "2015-06", "2019-02"),
    ]
    assert cv.experiences[1].bullets == ["Manual and API testing with Postman"]
