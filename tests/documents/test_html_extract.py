"""HTML job page -> posting: JSON-LD first, then microdata, then the page's main text."""

import json

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from jobwise.documents.html import ExtractedPosting, extract_posting, lenient_json

URL = "https://careers.example.com/jobs/123"


def page(head: str = "", body: str = "") -> str:
    return (
        f"<!DOCTYPE html><html><head><title>Careers | Example</title>{head}</head><body>{body}</body></html>"
    )


def ld(data: object | str) -> str:
    text = data if isinstance(data, str) else json.dumps(data)
    return f'<script type="application/ld+json">{text}</script>'


POSTING = {
    "@context": "https://schema.org/",
    "@type": "JobPosting",
    "title": "Senior Data Engineer",
    "description": "<p>Join our <b>platform</b> team.</p><h3>Requirements</h3>"
    "<ul><li>5+ years of Python</li><li>Spark &amp; Airflow</li></ul>",
    "datePosted": "2025-03-14",
    "validThrough": "2025-06-30T00:00",
    "employmentType": "FULL_TIME",
    "hiringOrganization": {
        "@type": "Organization",
        "name": "Northwind Traders",
        "sameAs": "https://nw.example",
    },
    "jobLocation": {
        "@type": "Place",
        "address": {
            "@type": "PostalAddress",
            "streetAddress": "1 Main St",
            "addressLocality": "Austin",
            "addressRegion": "TX",
            "addressCountry": "US",
        },
    },
    "baseSalary": {
        "@type": "MonetaryAmount",
        "currency": "USD",
        "value": {"@type": "QuantitativeValue", "minValue": 140000, "maxValue": 175000, "unitText": "YEAR"},
    },
}
BODY = "<nav>Jobs Teams Login</nav><main><h1>Senior Data Engineer</h1><p>Join our platform team.</p></main>"


def test_json_ld_posting_gives_every_field() -> None:
    got = extract_posting(page(ld(POSTING), BODY), url=URL)
    assert got == ExtractedPosting(
        source="json-ld",
        url=URL,
        text="Senior Data Engineer\nJoin our platform team.",
        title="Senior Data Engineer",
        company="Northwind Traders",
        description="Join our platform team.\nRequirements\n- 5+ years of Python\n- Spark & Airflow",
        location="Austin, TX, US",
        location_type=None,
        employment_type="full-time",
        salary_min=140000,
        salary_max=175000,
        salary_currency="USD",
        salary_period="year",
        date_posted="2025-03-14",
        valid_through="2025-06-30",
    )


@pytest.mark.parametrize(
    "wrap",
    [
        lambda p: {"@context": "https://schema.org", "@graph": [{"@type": "WebSite", "name": "X"}, p]},
        lambda p: [{"@type": "BreadcrumbList", "itemListElement": []}, p],
        lambda p: {"@type": "ItemPage", "mainEntity": p},
        lambda p: {**p, "@type": ["JobPosting", "Thing"]},
        lambda p: {**p, "@type": "http://schema.org/JobPosting"},
    ],
)
def test_json_ld_posting_is_found_wherever_it_is_nested(wrap) -> None:
    got = extract_posting(page(ld(wrap(POSTING)), BODY), url=URL)
    assert (got.source, got.title, got.company) == ("json-ld", "Senior Data Engineer", "Northwind Traders")


MALFORMED = [
    # trailing commas and comments
    '{"@type": "JobPosting", "title": "Barista", // shift work\n "hiringOrganization": "Bean Co",}',
    # raw newlines and tabs inside strings
    '{"@type": "JobPosting", "title": "Barista", "description": "Line one\nLine\ttwo",'
    ' "hiringOrganization": "Bean Co"}',
    # the whole block HTML-escaped
    "{&quot;@type&quot;: &quot;JobPosting&quot;, &quot;title&quot;: &quot;Barista&quot;,"
    " &quot;hiringOrganization&quot;: &quot;Bean Co&quot;}",
    # CDATA wrapper and a trailing semicolon
    '//<![CDATA[\n{"@type": "JobPosting", "title": "Barista", "hiringOrganization": "Bean Co"};\n//]]>',
    # two values in one script, and an invalid escape
    '{"@type": "Organization"}\n'
    '{"@type": "JobPosting", "title": "Barista", "hiringOrganization": "Bean Co\\\'s"}',
]


@pytest.mark.parametrize("script", MALFORMED)
def test_malformed_json_ld_is_read_leniently(script: str) -> None:
    got = extract_posting(page(ld(script)), url=URL)
    assert got.source == "json-ld"
    assert got.title == "Barista"
    assert got.company in {"Bean Co", "Bean Co's"}


def test_a_broken_script_does_not_hide_a_good_one() -> None:
    head = ld('{"@type": "JobPosting", "title": ') + ld({**POSTING, "title": "Data Engineer II"})
    assert extract_posting(page(head), url=URL).title == "Data Engineer II"


def test_hopeless_json_ld_falls_back_to_the_page_text() -> None:
    got = extract_posting(page(ld("{{{ not json at all"), BODY), url=URL)
    assert (got.source, got.title) == ("text", "Senior Data Engineer")


def test_lenient_json_is_linear_on_hostile_input() -> None:
    import time

    def cost(repeats: int) -> float:  # the best of three: a loaded machine only adds time
        runs = []
        for _ in range(3):
            started = time.perf_counter()
            for junk in ('"\\', "/*", ", ", '""', ",]", "[", '""/*', "\\"):
                lenient_json(junk * repeats)
            runs.append(time.perf_counter() - started)
        return min(runs)

    # Four times the input costs about four times as long; quadratic work would cost sixteen.
    assert cost(80_000) < 8 * cost(20_000)


@pytest.mark.parametrize(
    ("salary", "expected"),
    [
        (
            {"@type": "MonetaryAmount", "currency": "GBP", "value": {"value": 25.5, "unitText": "HOUR"}},
            (26, 26, "GBP", "hour"),
        ),
        (
            {"currency": "eur", "value": "50.000 - 60.000", "unitText": "MONTH"},
            (50000, 60000, "EUR", "month"),
        ),
        (
            {"currency": "USD", "minValue": "90,000.00", "maxValue": "120,000.00"},
            (90000, 120000, "USD", None),
        ),
        ({"currency": "$", "value": {"minValue": 1, "maxValue": 2, "unitText": "WEEK"}}, (1, 2, None, None)),
        ([{"currency": "CAD", "value": {"value": 80000, "unitText": "YEAR"}}], (80000, 80000, "CAD", "year")),
        ("competitive", (None, None, None, None)),
        ("85k-95k", (85000, 95000, None, None)),
        (
            {"currency": "USD", "value": "120 000 – 140 000", "unitText": "YEAR"},
            (120000, 140000, "USD", "year"),
        ),
        ({"currency": "USD", "value": {"unitText": "YEAR"}}, (None, None, None, None)),
    ],
)
def test_salary_shapes(salary: object, expected: tuple[object, ...]) -> None:
    got = extract_posting(page(ld({**POSTING, "baseSalary": salary})), url=URL)
    assert (got.salary_min, got.salary_max, got.salary_currency, got.salary_period) == expected


def test_estimated_salary_is_used_when_there_is_no_base_salary() -> None:
    estimated = [{"@type": "MonetaryAmountDistribution", "currency": "USD", "minValue": 100, "maxValue": 120}]
    posting = {**POSTING, "baseSalary": None, "estimatedSalary": estimated}
    got = extract_posting(page(ld(posting)), url=URL)
    assert (got.salary_min, got.salary_max) == (100, 120)


@pytest.mark.parametrize(
    ("field", "value", "attribute", "expected"),
    [
        ("employmentType", "Full-time", "employment_type", "full-time"),
        ("employmentType", ["CONTRACTOR", "FULL_TIME"], "employment_type", "contract"),
        ("employmentType", "PART_TIME, TEMPORARY", "employment_type", "part-time"),
        ("employmentType", "INTERN", "employment_type", "internship"),
        ("employmentType", "OTHER", "employment_type", None),
        ("jobLocationType", "TELECOMMUTE", "location_type", "remote"),
        ("jobLocationType", ["TELECOMMUTE"], "location_type", "remote"),
        ("hiringOrganization", "Initech", "company", "Initech"),
        ("hiringOrganization", [{"name": "Initech"}], "company", "Initech"),
        ("jobLocation", "Remote, EU", "location", "Remote, EU"),
        ("jobLocation", {"address": "10 Downing St, London"}, "location", "10 Downing St, London"),
        (
            "jobLocation",
            [
                {
                    "address": {
                        "addressLocality": "Paris",
                        "addressCountry": {"@type": "Country", "name": "FR"},
                    }
                },
                {"address": {"addressLocality": "Lyon", "addressCountry": "FR"}},
            ],
            "location",
            "Paris, FR; Lyon, FR",
        ),
        ("datePosted", "2025-01-02T09:30:00+01:00", "date_posted", "2025-01-02"),
        ("datePosted", "last week", "date_posted", None),
        ("title", "Engineer &amp; <b>Lead</b>", "title", "Engineer & Lead"),
    ],
)
def test_field_shapes(field: str, value: object, attribute: str, expected: object) -> None:
    got = extract_posting(page(ld({**POSTING, field: value})), url=URL)
    assert getattr(got, attribute) == expected


def test_remote_posting_takes_its_location_from_applicant_requirements() -> None:
    posting = {**POSTING, "jobLocation": None, "jobLocationType": "TELECOMMUTE",
               "applicantLocationRequirements": [{"@type": "Country", "name": "Germany"}]}  # fmt: skip
    got = extract_posting(page(ld(posting)), url=URL)
    assert (got.location, got.location_type) == ("Germany", "remote")


def test_escaped_and_plain_descriptions_keep_their_lines() -> None:
    escaped = {
        **POSTING,
        "description": "&lt;p&gt;About us&lt;/p&gt;&lt;ul&gt;&lt;li&gt;Go&lt;/li&gt;&lt;/ul&gt;",
    }
    plain = {**POSTING, "description": "About us\n\n• Go\n• Rust"}
    assert extract_posting(page(ld(escaped)), url=URL).description == "About us\n- Go"
    assert extract_posting(page(ld(plain)), url=URL).description == "About us\n• Go\n• Rust"


def test_listing_page_takes_the_first_real_posting() -> None:
    head = ld([{"@type": "JobPosting"}, {**POSTING, "title": "First"}, {**POSTING, "title": "Second"}])
    assert extract_posting(page(head), url=URL).title == "First"


MICRODATA = """
<div itemscope itemtype="https://schema.org/JobPosting">
  <h1 itemprop="title">Warehouse Associate</h1>
  <meta itemprop="datePosted" content="2025-02-01">
  <span itemprop="employmentType">PART_TIME</span>
  <div itemprop="hiringOrganization" itemscope itemtype="https://schema.org/Organization">
    <a itemprop="url" href="/about">About</a><span itemprop="name">Contoso Logistics</span>
  </div>
  <div itemprop="jobLocation" itemscope itemtype="https://schema.org/Place">
    <div itemprop="address" itemscope itemtype="https://schema.org/PostalAddress">
      <span itemprop="addressLocality">Leeds</span>, <span itemprop="addressCountry">GB</span>
    </div>
  </div>
  <div itemprop="baseSalary" itemscope itemtype="https://schema.org/MonetaryAmount">
    <meta itemprop="currency" content="GBP">
    <div itemprop="value" itemscope itemtype="https://schema.org/QuantitativeValue">
      <meta itemprop="minValue" content="11.50"><meta itemprop="maxValue" content="13">
      <meta itemprop="unitText" content="HOUR">
    </div>
  </div>
  <div itemprop="description"><p>Pick and pack orders.</p>
    <ul><li>Forklift licence</li><li>Nights</li></ul></div>
</div>
"""


def test_microdata_posting() -> None:
    got = extract_posting(page(body=MICRODATA), url=URL)
    assert (got.source, got.title, got.company) == ("microdata", "Warehouse Associate", "Contoso Logistics")
    assert got.description == "Pick and pack orders.\n- Forklift licence\n- Nights"
    assert (got.location, got.employment_type, got.date_posted) == ("Leeds, GB", "part-time", "2025-02-01")
    assert (got.salary_min, got.salary_max, got.salary_currency, got.salary_period) == (12, 13, "GBP", "hour")


def test_json_ld_wins_over_microdata() -> None:
    got = extract_posting(page(ld(POSTING), MICRODATA), url=URL)
    assert (got.source, got.title) == ("json-ld", "Senior Data Engineer")


TEXT_PAGE = """
<header><a href="/">Example Careers</a><nav><a>Jobs</a><a>Teams</a></nav></header>
<div class="cookie" style="display: none">We use cookies</div>
<script>var tracking = "do not read me";</script>
<div id="content">
  <h1>Product Designer</h1>
  <p>Location: Lisbon, Portugal (Hybrid)</p>
  <h2>What you'll do</h2>
  <ul><li>Own the design system</li><li>Run <em>user</em> research</li></ul>
  <table><tr><th>Salary</th><td>€50k–€65k</td></tr></table>
  <p>Apply<br>today</p>
</div>
<aside>Similar jobs: Barista</aside>
<footer>© Example</footer>
"""


def test_text_fallback_reads_the_main_content_only() -> None:
    got = extract_posting(page(body=TEXT_PAGE), url=URL)
    assert got.source == "text"
    assert got.title == "Product Designer"
    assert got.text == (
        "Product Designer\nLocation: Lisbon, Portugal (Hybrid)\nWhat you'll do\n- Own the design system\n"
        "- Run user research\nSalary | €50k–€65k\nApply\ntoday"
    )
    assert got.description == got.text
    assert (got.company, got.salary_min) == (None, None)  # left to the free-text parser


def test_text_fallback_prefers_main_and_keeps_its_own_header() -> None:  # and its h1 as the title
    body = (
        "<nav>Menu</nav><div>Sign up for alerts " + "x " * 50 + "</div><main><article><header><h1>QA Lead"
        "</h1></header><p>" + "Test all the things. " * 12 + "</p></article></main>"
    )
    got = extract_posting(page('<meta property="og:title" content="QA Lead at Umbrella">', body), url=URL)
    assert got.title == "QA Lead"
    assert got.text.startswith("QA Lead\nTest all the things.")
    assert "Sign up" not in got.text


@pytest.mark.parametrize("html", ["", "   ", "plain words, no tags", "<html></html>", "\x00\x01<p>x"])
def test_odd_inputs_do_not_crash(html: str) -> None:
    got = extract_posting(html, url=URL)
    assert got.source == "text"
    assert got.text == ("plain words, no tags" if "plain" in html else "x" if "<p>" in html else "")


def test_structured_posting_without_a_title_takes_the_page_heading() -> None:
    posting = {"@type": "JobPosting", "description": "Drive the van.", "hiringOrganization": "Acme"}
    got = extract_posting(page(ld(posting), "<h1>Delivery Driver</h1>"), url=URL)
    assert (got.source, got.title, got.description) == ("json-ld", "Delivery Driver", "Drive the van.")
    bare = extract_posting(page(ld(posting), "<p>no heading</p>"), url=URL)
    assert bare.title == "Careers | Example"


def test_bare_salary_takes_the_postings_salary_currency() -> None:
    got = extract_posting(page(ld({**POSTING, "baseSalary": 75000, "salaryCurrency": "usd"})), url=URL)
    assert (got.salary_min, got.salary_max, got.salary_currency) == (75000, 75000, "USD")


def test_a_json_ld_document_on_its_own_is_read() -> None:
    got = extract_posting(json.dumps({"@graph": [POSTING]}), url=URL)
    assert (got.source, got.title, got.salary_max) == ("json-ld", "Senior Data Engineer", 175000)


FRAGMENTS = [
    '<script type="application/ld+json">', "</script>", '{"@type": "JobPosting", ', '"title": ', '"x"',
    "[", "]", "{", "}", ",", '"baseSalary": ', '"value": ', '{"minValue": "1,2.3"}', '"jobLocation": ',
    "null", "1e400",
    "true", '<div itemscope itemtype="https://schema.org/JobPosting">', '<span itemprop="title">', "</div>",
    "<ul><li>", "<br>", "&lt;p&gt;", "<main>", "<header>", "\x00", "<!--", "<![CDATA[", "\ud800",
    '<?xml version="1.0" encoding="utf-8"?>', "<article>", "<h1>", "<h2>Similar jobs</h2>", "<li><p>",
    '<div class="share cookie">', "<pre>", "<title>T at Acme</title>", "-->", '{"@id": "#o"}',
    '"hiringOrganization": ', "\x80", '<meta property="og:description" content="', "Apply now",
]  # fmt: skip


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(FRAGMENTS), max_size=30).map("".join))
def test_any_mix_of_markup_and_json_is_handled(html: str) -> None:
    got = extract_posting(html, url=URL)
    assert got.source in {"json-ld", "microdata", "meta", "text"}
    assert got.salary_min is None or 0 < got.salary_min < 10**12
