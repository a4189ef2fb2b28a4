"""Whole job pages in the shapes real boards serve (tests/documents/pages/, written for these tests)."""

from __future__ import annotations

from pathlib import Path

import pytest

from jobwise.documents.html import ExtractedPosting, extract_posting

PAGES = Path(__file__).parent / "pages"
URL = "https://jobs.example/posting/1"


def extract(name: str) -> ExtractedPosting:
    return extract_posting((PAGES / name).read_text(encoding="utf-8"), url=URL)


def test_board_page_with_breadcrumb_organization_and_escaped_posting_blocks() -> None:
    got = extract("board_jsonld.html")
    assert (got.source, got.url, got.title) == ("json-ld", URL, "Registered Nurse - ICU (Nights)")
    # the board's own Organization block and the identifier's name are not the employer
    assert got.company == "Mercy Vale Hospital"
    assert (got.location, got.location_type, got.employment_type) == ("Denver, CO, US", None, "full-time")
    assert (got.salary_min, got.salary_max, got.salary_currency, got.salary_period) == (43, 58, "USD", "hour")
    assert (got.date_posted, got.valid_through, got.min_experience_years) == ("2025-04-02", "2025-05-31", 2.0)
    assert got.skills == ("Critical care", "ACLS", "Epic EHR")
    assert got.description == (
        "Make a difference on nights. Mercy Vale's 24-bed ICU is hiring.\n"
        "Responsibilities:\n"
        "- Care for 1–2 critically ill patients\n"
        "- Titrate drips & manage ventilators\n"
        "Schedule: 3 x 12-hour nights\n"
        "Sign-on bonus: $5,000\n"
        "Qualifications\nActive Colorado RN license; BLS and ACLS certification\n"
        "Skills\nCritical care, ACLS, Epic EHR\n"
        "Education\nbachelor degree"
    )
    assert "Apply now" not in got.text
    assert "Find jobs" not in got.text


def test_yoast_graph_posting_takes_its_employer_through_an_id_reference() -> None:
    got = extract("yoast_graph.html")
    assert (got.source, got.title, got.company) == (
        "json-ld",
        "Werkstudent (m/w/d) Marketing",
        "Brightwave GmbH",
    )
    assert (got.location, got.employment_type) == ("Zürich, ZH, CH", "part-time")
    assert (got.salary_min, got.salary_max, got.salary_currency, got.salary_period) == (32, 32, "CHF", "hour")
    assert got.description == (
        "Du unterstützt unser Marketing-Team 16–20 Stunden pro Woche.\n"
        "Deine Aufgaben\n- Social-Media-Kampagnen planen\n- Newsletter mit HubSpot erstellen\n"
        "Dein Profil\n- Studium im Bereich Marketing oder Kommunikation\n"
        "- Sehr gute Deutsch- und Englischkenntnisse"
    )


def test_remote_posting_in_a_commented_out_script_with_trailing_commas_and_raw_newlines() -> None:
    got = extract("remote_jsonld.html")
    assert (got.source, got.title, got.company) == ("json-ld", "Staff Platform Engineer", "Quillbyte")
    assert (got.location, got.location_type) == ("Germany; Netherlands; Portugal", "remote")
    assert got.employment_type == "contract"
    assert (got.salary_min, got.salary_max, got.salary_currency, got.salary_period) == (
        9500, 9500, "EUR", "month",
    )  # fmt: skip
    assert got.description == (
        "We run our platform on Kubernetes across three clouds.\nRequirements:\n"
        "• 8+ years building infrastructure\n• Terraform, Kubernetes and Go\n• Working hours overlapping CET"
    )


def test_unreadable_json_ld_gives_way_to_microdata() -> None:
    got = extract("broken_jsonld_microdata.html")
    assert (got.source, got.title, got.company) == ("microdata", "Warehouse Team Lead", "Contoso Logistics")
    assert (got.location, got.employment_type, got.date_posted) == (
        "Leeds, West Yorkshire, GB", "full-time", "2025-01-20",
    )  # fmt: skip
    assert (got.salary_min, got.salary_max, got.salary_currency, got.salary_period) == (
        32000, 36000, "GBP", "year",
    )  # fmt: skip
    assert got.description == (
        "Lead a shift of 12 pickers and packers.\nYou will need\n- 2 years of supervisory experience\n"
        "- Counterbalance forklift licence"
    )


def test_greenhouse_style_board_keeps_the_header_facts_and_drops_form_and_footer() -> None:
    got = extract("greenhouse.html")
    assert (got.source, got.title, got.company) == ("text", "Backend Engineer, Payments", "Finchly")
    assert got.text == (
        "Backend Engineer, Payments\n"
        "at Finchly\n"
        "Remote - United States\n"
        "About Finchly\n"
        "Finchly helps small businesses get paid on time. Our payments platform moves $2B a year for "
        "40,000 merchants.\n"
        "What you'll do\n"
        "- Design and build the ledger and payout services in Go\n"
        "- Own reliability of card and ACH integrations\n"
        "- Mentor engineers and review designs\n"
        "What we're looking for\n"
        "- 5+ years of backend experience with Go or Java\n"
        "- PostgreSQL and Kafka in production\n"
        "- Experience with PCI-DSS is a plus\n"
        "Compensation\n"
        "The base salary range for this full-time role is $150,000 - $185,000 USD per year.\n"
        "Finchly is an equal opportunity employer."
    )
    assert got.description == got.text


def test_lever_style_posting_takes_its_h2_title_and_drops_apply_buttons() -> None:
    got = extract("lever.html")
    # the title is the h2 that og:title repeats, the employer the rest of it
    assert (got.source, got.title, got.company) == ("text", "Senior Data Analyst", "Finchly")
    assert got.text == (
        "Senior Data Analyst\nBerlin, Germany\nAnalytics – Data\nFull-time\nHybrid\n"
        "Finchly builds payment tools for small businesses. As a Senior Data Analyst you will turn payment "
        "data into decisions for our product and finance teams.\n"
        "What you will do\n- Build dashboards and metrics in Looker\n- Model data with dbt on BigQuery\n"
        "- Run pricing experiments with product managers\n"
        "What you bring\n- 4+ years of experience in analytics\n- Excellent SQL and Python\n"
        "- Fluent English; German is a plus\n"
        "Salary range\n€70,000 - €85,000 a year"
    )


def test_careers_article_drops_cookie_banner_share_links_and_similar_jobs() -> None:
    got = extract("careers_article.html")
    assert (got.source, got.title, got.company) == ("text", "Mobile Developer (iOS)", "Harbourline")
    assert got.text == (
        "Mobile Developer (iOS)\n"
        "Location: Bristol, United Kingdom (Hybrid, 2 days in office)\n"
        "Contract: Permanent, full-time\n"
        "Salary: £55,000–£68,000 per year\n"
        "About the role\n"
        "Harbourline makes the app 2 million ferry passengers use to book and board. You will join a team "
        "of six building new features in Swift.\n"
        "Responsibilities\n- Build and ship features in Swift and SwiftUI\n"
        "- Improve app start-up time and crash rate\n- Work with designers on accessibility\n"
        "Requirements\n- 3+ years of iOS development\n- Swift, SwiftUI, Combine\n"
        "- Experience with CI for mobile (Fastlane)\n"
        "Benefits\n- 28 days holiday plus bank holidays\n- Private medical insurance"
    )


def test_script_only_page_falls_back_to_its_og_description() -> None:
    got = extract("workday.html")
    assert (got.source, got.title, got.company) == ("meta", "Logistics Coordinator", None)
    assert (
        got.text
        == got.description
        == (
            "Contoso Freight is looking for a Logistics Coordinator to join our Rotterdam hub.\n"
            "Responsibilities\n- Plan inbound and outbound shipments\n- Track carriers and resolve delays\n"
            "Qualifications\n- 2+ years of experience in freight or warehouse logistics\n- SAP and Excel\n"
            "- Dutch and English\n"
            "This is a full-time position based on site in Rotterdam, Netherlands."
        )
    )


@pytest.mark.parametrize("name", sorted(p.name for p in PAGES.glob("*.html")))
def test_no_page_leaks_scripts_styles_or_chrome(name: str) -> None:
    got = extract(name)
    for leak in ("window.", "function(", "{margin", "Powered by", "Privacy", "cookie", "Apply for this",
                 "Share this", "Similar jobs", "©"):  # fmt: skip
        assert leak not in got.text
        assert leak not in (got.description or "")


def test_next_js_page_reads_the_posting_from_next_data() -> None:
    got = extract("nextjs_board.html")
    # the company profile's long description and the similar-job cards are not the posting
    assert (got.source, got.title, got.company) == (
        "app-state",
        "Senior Frontend Engineer",
        "Brightline Health",
    )
    assert (got.location, got.location_type, got.employment_type) == ("Austin, TX, US", "hybrid", "full-time")
    assert (got.salary_min, got.salary_max, got.salary_currency, got.salary_period) == (
        140000, 170000, "USD", "year",
    )  # fmt: skip
    assert got.date_posted == "2025-03-11"
    assert got.description == (
        "Brightline Health builds the scheduling app 3,000 clinics use every day. You will lead the React "
        "front end of our patient portal.\n"
        "What you will do\n- Build accessible UI in React and TypeScript\n"
        "- Own our design system with the design team\n- Improve page load times\n"
        "What you bring\n- 5+ years of frontend development\n- React, TypeScript and GraphQL\n"
        "- Experience with testing (Jest, Playwright)"
    )


def test_window_state_assignment_gives_the_posting_not_the_search_results() -> None:
    got = extract("window_state.html")
    assert (got.source, got.title, got.company) == (
        "app-state", "Warehouse Supervisor (Nights)", "Northgate Supply Ltd",
    )  # fmt: skip
    assert (got.location, got.employment_type, got.date_posted) == (
        "Sheffield, South Yorkshire", "full-time", "2025-02-03",
    )  # fmt: skip
    assert (got.salary_min, got.salary_max, got.salary_currency, got.salary_period) == (
        34000, 38500, "GBP", "year",
    )  # fmt: skip
    assert got.description is not None
    assert got.description.startswith(
        "We are looking for a Warehouse Supervisor to run our night shift of 25 colleagues.\n"
        "Responsibilities:\n- Plan picking and loading for 40 outbound trailers a night\n"
    )
