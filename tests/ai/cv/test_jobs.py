"""Work experience entries in the header layouts CVs use."""

import pytest

from jobwise.ai.cv.jobs import parse_experiences
from jobwise.ai.cv.text import normalize

LAYOUTS = {
    "one line": """
Senior Backend Engineer | Acme Corp | San Francisco, CA | Jan 2021 – Present
• Built REST APIs serving 50K requests/day
Software Engineer | StartupCo | New York, NY | Jun 2018 – Dec 2020
• Developed payment processing""",
    "title, company, dates": """
Senior Backend Engineer
Acme Corp, San Francisco, CA
January 2021 - Present
- Built REST APIs serving 50K requests/day
Software Engineer
StartupCo, New York, NY
June 2018 - December 2020
- Developed payment processing""",
    "company and dates, then title": """
Acme Corp — San Francisco, CA    01/2021 – Present
Senior Backend Engineer
● Built REST APIs serving 50K requests/day
StartupCo — New York, NY    06/2018 – 12/2020
Software Engineer
● Developed payment processing""",
    "dates first": """
2021-01 — Current
Senior Backend Engineer
Acme Corp · San Francisco, CA
• Built REST APIs serving 50K requests/day
2018-06 — 2020-12
Software Engineer
StartupCo · New York, NY
• Developed payment processing""",
    "title at company": """
Senior Backend Engineer at Acme Corp
San Francisco, CA | Jan. 2021 - Now
• Built REST APIs serving 50K requests/day
Software Engineer at StartupCo
New York, NY | June 2018 - Dec. 2020
• Developed payment processing""",
}


@pytest.mark.parametrize("layout", LAYOUTS)
def test_entries_in_every_layout(layout: str) -> None:
    jobs = parse_experiences(normalize(LAYOUTS[layout]).strip().split("\n"))
    assert [(j.title, j.company) for j in jobs] == [
        ("Senior Backend Engineer", "Acme Corp"),
        ("Software Engineer", "StartupCo"),
    ]
    assert [j.location for j in jobs] == ["San Francisco, CA", "New York, NY"]
    assert (jobs[0].start, jobs[0].end, jobs[0].is_current) == ("2021-01", None, True)
    assert (jobs[1].start, jobs[1].end, jobs[1].is_current) == ("2018-06", "2020-12", False)
    assert jobs[0].bullets == ["Built REST APIs serving 50K requests/day"]


def test_wrapped_bullets_and_wrapped_dates_are_rejoined() -> None:
    lines = [
        "November 2016 - June", "2020", "Registered Nurse", "St. Mary's Hospital",
        "• Provided patient care for up to 6 patients per shift on a", "32-bed surgical ward",
        "• Trained 12 new nurses",
    ]  # fmt: skip
    (job,) = parse_experiences(lines)
    assert (job.title, job.company, job.start, job.end) == (
        "Registered Nurse",
        "St. Mary's Hospital",
        "2016-11",
        "2020-06",
    )
    assert job.bullets[0].endswith("on a 32-bed surgical ward")
    assert len(job.bullets) == 2


def test_company_with_abbreviation_and_employment_type() -> None:
    lines = ["Data Analyst, Quantum Analytics Inc.", "Full-time | 2019 – 2022", "• Built dashboards"]
    (job,) = parse_experiences(lines)
    assert (job.title, job.company, job.start, job.end) == (
        "Data Analyst",
        "Quantum Analytics Inc.",
        "2019",
        "2022",
    )


def test_undated_section_gives_no_entries() -> None:
    assert parse_experiences(["Freelance design work for local shops", "• Logos and flyers"]) == []


def test_duty_lines_with_years_do_not_start_entries() -> None:
    lines = [
        "Store Manager | Riverside Foods | 2015 – 2020",
        "Managed a team of 14 and a budget of $2M",
        "Won Employee of the Year 2018",
        "Named best regional store in the 2019 company awards ceremony",
    ]
    (job,) = parse_experiences(lines)
    assert (job.title, job.company, job.start, job.end) == (
        "Store Manager",
        "Riverside Foods",
        "2015",
        "2020",
    )
    assert len(job.bullets) == 3


@pytest.mark.parametrize(
    ("header", "title", "company"),
    [
        ("Manager, Sales Operations, Acme Corp | 2019 – 2021", "Manager, Sales Operations", "Acme Corp"),
        ("Director, Product, Initech | 2019 – 2021", "Director, Product", "Initech"),
        ("Initech | Director of Product | 2019 – 2021", "Director of Product", "Initech"),
    ],
)
def test_titles_with_commas(header: str, title: str, company: str) -> None:
    (job,) = parse_experiences([header, "• Shipped things"])
    assert (job.title, job.company) == (title, company)


def test_title_at_company_with_more_pieces_on_the_line() -> None:
    (job,) = parse_experiences(
        ["Analyst at Morgan Stanley | Full-time | New York, NY | 2019 – 2021", "• Built models"]
    )
    assert (job.title, job.company, job.location) == ("Analyst", "Morgan Stanley", "New York, NY")


@pytest.mark.parametrize(
    ("lines", "company", "location"),
    [
        (
            ["Atelier Nord      Austin, TX", "Product Designer      2021 – Present"],
            "Atelier Nord",
            "Austin, TX",
        ),
        (
            ["Atlas Logistics Group Austin, TX", "Sales Manager 2021 – Present"],
            "Atlas Logistics Group",
            "Austin, TX",
        ),
        (["Bosch · Mexico City, Mexico", "Design Engineer 2021 – Present"], "Bosch", "Mexico City, Mexico"),
        (["Doctolib Paris, France", "Product Manager Mar. 2021 - Present"], "Doctolib", "Paris, France"),
        (
            ["Manchester Royal Infirmary, Manchester", "Staff Nurse 2019 – Present"],
            "Manchester Royal Infirmary",
            "Manchester",
        ),
        (["Shopify, Ottawa, ON", "Project Manager 2016 – 2020"], "Shopify", "Ottawa, ON"),
        (
            ["Salford Royal NHS Foundation Trust, Salford", "Staff Nurse 2015 – 2019"],
            "Salford Royal NHS Foundation Trust",
            "Salford",
        ),
        (
            ["Podravka d.d., Koprivnica (Croatia)", "Logistics Coordinator 2019 – Present"],
            "Podravka d.d.",
            "Koprivnica (Croatia)",
        ),
        (
            ["2021 – present\tBand 7 Physiotherapist, North Bristol NHS Trust"],
            "North Bristol NHS Trust",
            None,
        ),
        (["London Stock Exchange Group", "Analyst 2019 – 2021"], "London Stock Exchange Group", None),
        (["Lecturer, Imperial College London", "2016 – 2021"], "Imperial College London", None),
        (["University Hospital Southampton", "Nurse 2019 – 2021"], "University Hospital Southampton", None),
    ],
)
def test_company_and_place_on_one_line(lines: list[str], company: str, location: str | None) -> None:
    (job,) = parse_experiences([normalize(line) for line in lines] + ["• Did things"])
    assert (job.company, job.location) == (company, location)


def test_a_cv_that_writes_title_employer_place_has_unknown_towns_last_too() -> None:
    lines = [
        "Pharmacist Manager, Boots UK, Leeds | Oct 2020 – Present",
        "• Manage a team of 11",
        "Relief Pharmacist, Well Pharmacy, Yorkshire | Aug 2017 – Sep 2020",
        "• Covered 25 branches",
    ]
    jobs = parse_experiences(lines)
    assert [(j.title, j.company, j.location) for j in jobs] == [
        ("Pharmacist Manager", "Boots UK", "Leeds"),
        ("Relief Pharmacist", "Well Pharmacy", "Yorkshire"),
    ]


def test_latex_template_entries_title_dates_then_employer_place() -> None:
    lines = [
        "Software Engineering Intern May 2024 – Aug. 2024",
        "Stripe Seattle, WA",
        "• Built a Go service",
        "Teaching Assistant, EECS 281 Jan. 2023 – May 2023",
        "University of Michigan Ann Arbor, MI",
        "• Held office hours",
    ]
    jobs = parse_experiences(lines)
    assert [(j.title, j.company, j.location) for j in jobs] == [
        ("Software Engineering Intern", "Stripe", "Seattle, WA"),
        ("Teaching Assistant, EECS 281", "University of Michigan", "Ann Arbor, MI"),
    ]
    assert jobs[1].bullets == ["Held office hours"]


def test_lower_case_brands_and_lower_case_titles_open_entries() -> None:
    lines = [
        "Nubank — Desenvolvedor Back-end Sênior",
        "Jan/2021 – Atual | São Paulo, SP",
        "• Observabilidade com Datadog e Kafka",
        "iFood — Desenvolvedor Java",
        "Mar/2018 – Dez/2020 | Osasco, SP",
        "• APIs REST em Java",
        "Enfermera de urgencias",
        "Hospital Clínico Universitario, Valencia | ene. 2015 – feb. 2018",
        "• Triaje Manchester",
    ]
    jobs = parse_experiences(lines)
    assert [(j.title, j.company, j.start) for j in jobs] == [
        ("Desenvolvedor Back-end Sênior", "Nubank", "2021-01"),
        ("Desenvolvedor Java", "iFood", "2018-03"),
        ("Enfermera de urgencias", "Hospital Clínico Universitario", "2015-01"),
    ]


def test_the_head_row_of_a_table_of_jobs_is_no_role() -> None:
    lines = [
        "Dates | Employer | Role",
        "2020 – Present | Boots, Nottingham | Senior Buyer",
        "2016 – 2020 | River Island, London | Buyer",
    ]
    assert [(j.title, j.company) for j in parse_experiences(lines)] == [
        ("Senior Buyer", "Boots"),
        ("Buyer", "River Island"),
    ]


def test_an_open_range_stuck_to_its_start_year_is_a_role_still_held() -> None:
    lines = [
        "2019–  Electrician, Mears Group, Leeds",
        "Jan 2015– Electrician, Balfour Beatty, Leeds",
        "2011–2015  Apprentice Electrician, Walsh Electrical Ltd, Bradford",
    ]
    jobs = parse_experiences(lines)
    assert [(j.title, j.company, j.start, j.is_current) for j in jobs] == [
        ("Electrician", "Mears Group", "2019", True),
        ("Electrician", "Balfour Beatty", "2015-01", True),
        ("Apprentice Electrician", "Walsh Electrical Ltd", "2011", False),
    ]


def test_a_city_name_wrapped_across_lines_is_joined_again() -> None:
    lines = [
        "2020–present Assistant Professor, University of California, Los",
        "Angeles, Los Angeles, CA",
        "2018–2020 Postdoctoral Fellow, Princeton University, Princeton, NJ",
    ]
    jobs = parse_experiences(lines)
    assert [(j.title, j.company) for j in jobs] == [
        ("Assistant Professor", "University of California, Los Angeles"),
        ("Postdoctoral Fellow", "Princeton University"),
    ]


@pytest.mark.parametrize(
    "line",
    ["Translator | Lionbridge | 2017 – 2020", "Lionbridge | Translator | 2017 – 2020"],
)
def test_everyday_roles_are_told_from_their_employer(line: str) -> None:
    (job,) = parse_experiences([line, "• Localised 2M words"])
    assert (job.title, job.company) == ("Translator", "Lionbridge")


def test_spaced_slashes_between_every_piece_separate_them() -> None:
    jobs = parse_experiences(
        [
            "Microsoft / Senior Program Manager / 2018 – Present",
            "• Shipped Teams rooms",
            "Sales / Marketing Manager | Acme Corp | 2015 – 2018",
        ]
    )
    assert [(j.title, j.company) for j in jobs] == [
        ("Senior Program Manager", "Microsoft"),
        ("Sales / Marketing Manager", "Acme Corp"),
    ]
