"""Smaller shapes seen on job pages: references, wrappers, markup inside descriptions, page chrome."""

from __future__ import annotations

import json
import time

import pytest

from jobwise.documents.html import extract_posting

URL = "https://careers.example.com/jobs/7"


def page(head: str = "", body: str = "", title: str = "Careers") -> str:
    return f"<html><head><title>{title}</title>{head}</head><body>{body}</body></html>"


def ld(data: object) -> str:
    text = data if isinstance(data, str) else json.dumps(data)
    return f'<script type="application/ld+json">{text}</script>'


BASE = {"@type": "JobPosting", "title": "Data Engineer", "hiringOrganization": "Acme"}


def test_references_to_organization_and_place_nodes_are_followed() -> None:
    graph = {
        "@graph": [
            {
                "@type": "Organization",
                "@id": "#org",
                "name": "Acme Robotics",
                "sameAs": ["https://x.example"],
            },
            {"@type": "Place", "@id": "#hq", "address": {"addressLocality": "Oslo", "addressCountry": "NO"}},
            {**BASE, "hiringOrganization": {"@id": "#org"}, "jobLocation": [{"@id": "#hq"}]},
        ]
    }
    got = extract_posting(page(ld(graph)), url=URL)
    assert (got.company, got.location) == ("Acme Robotics", "Oslo, NO")


def test_a_reference_to_nothing_is_not_a_company() -> None:
    got = extract_posting(page(ld({**BASE, "hiringOrganization": {"@id": "#missing"}})), url=URL)
    assert (got.title, got.company) == ("Data Engineer", None)


@pytest.mark.parametrize(
    "wrapped",
    [
        "<!--\n{body}\n-->",
        "//<!--\n{body}\n//-->",
        "<![CDATA[{body}]]>",
        "/*<![CDATA[*/\n{body}\n/*]]>*/",
        "<!--//--><![CDATA[//><!--\n{body}\n//--><!]]>",
    ],
)
def test_script_wrappers_around_the_json_are_ignored(wrapped: str) -> None:
    got = extract_posting(page(ld(wrapped.replace("{body}", json.dumps(BASE)))), url=URL)
    assert (got.source, got.title, got.company) == ("json-ld", "Data Engineer", "Acme")


@pytest.mark.parametrize(
    ("description", "expected"),
    [
        ("First line<br>Second line<br/><br />Third", "First line\nSecond line\nThird"),
        ("<p>Pay&nbsp;&amp;&nbsp;perks</p>", "Pay & perks"),
        ("&amp;lt;p&amp;gt;Twice escaped&amp;lt;/p&amp;gt;&amp;lt;ul&amp;gt;&amp;lt;li&amp;gt;Go",
         "Twice escaped\n- Go"),
        ("<ul><li><p>Ship features</p></li><li>\n  <div><p>Review code</p></div></li></ul>",
         "- Ship features\n- Review code"),
        ("<ul><li><strong>Location:</strong> Leeds</li><li>Forklift licence</li></ul>",
         "Location: Leeds\n- Forklift licence"),
        ("We need:\n<b>Python</b> and SQL\nA driving licence", "We need:\nPython and SQL\nA driving licence"),
        ("<p>One paragraph\n   wrapped in the source</p>", "One paragraph wrapped in the source"),
        ("<pre>Line A\nLine B</pre>", "Line A\nLine B"),
        ("<p>Duties</p><p><a href='/apply' class='btn'>Apply now</a></p>", "Duties"),
    ],
)  # fmt: skip
def test_description_markup_becomes_clean_lines(description: str, expected: str) -> None:
    got = extract_posting(page(ld({**BASE, "description": description})), url=URL)
    assert got.description == expected


@pytest.mark.parametrize(
    ("location", "expected"),
    [
        ({"address": {"addressLocality": "Remote", "addressCountry": "US"}}, "remote"),
        ("Hybrid - Madrid, Spain", "hybrid"),
        ("Madrid, Spain", None),
    ],
)
def test_location_text_says_remote_or_hybrid(location: object, expected: str | None) -> None:
    got = extract_posting(page(ld({**BASE, "jobLocation": location})), url=URL)
    assert got.location_type == expected


@pytest.mark.parametrize(
    ("requirement", "years", "in_description"),
    [
        ({"@type": "OccupationalExperienceRequirements", "monthsOfExperience": 36}, 3.0, None),
        ({"@type": "OccupationalExperienceRequirements", "monthsOfExperience": "18"}, 1.5, None),
        ("At least 4 years in retail", None, "Experience\nAt least 4 years in retail"),
        ([{"monthsOfExperience": 60}], 5.0, None),
        ({"monthsOfExperience": "lots"}, None, None),
    ],
)
def test_experience_requirements(
    requirement: object, years: float | None, in_description: str | None
) -> None:
    posting = {**BASE, "description": "Build pipelines.", "experienceRequirements": requirement}
    got = extract_posting(page(ld(posting)), url=URL)
    assert got.min_experience_years == years
    assert got.description == "Build pipelines." + (f"\n{in_description}" if in_description else "")


@pytest.mark.parametrize(
    ("skills", "expected"),
    [
        ("Python, SQL; Airflow", ("Python", "SQL", "Airflow")),
        (["Kubernetes", "Go"], ("Kubernetes", "Go")),
        ([{"@type": "DefinedTerm", "name": "Figma"}, {"@type": "DefinedTerm", "name": "Sketch"}],
         ("Figma", "Sketch")),
        ("<ul><li>Excel</li><li>SAP</li></ul>", ("Excel", "SAP")),
        (None, ()),
    ],
)  # fmt: skip
def test_listed_skills(skills: object, expected: tuple[str, ...]) -> None:
    assert extract_posting(page(ld({**BASE, "skills": skills})), url=URL).skills == expected


def test_sections_the_description_already_has_are_not_repeated() -> None:
    posting = {
        **BASE,
        "description": "<p>Build pipelines.</p><h3>Qualifications</h3><p>A degree in CS or similar.</p>",
        "qualifications": "A degree in CS or similar.",
        "responsibilities": ["Own the warehouse", "Mentor juniors"],
        "jobBenefits": "Gym membership",
    }
    got = extract_posting(page(ld(posting)), url=URL)
    assert got.description == (
        "Build pipelines.\nQualifications\nA degree in CS or similar.\n"
        "Responsibilities\n- Own the warehouse\n- Mentor juniors\nBenefits\nGym membership"
    )


def test_plain_text_answers_are_not_read_as_markup() -> None:
    text = "Courier (part-time)\r\n\r\nPay: <£12 per hour>\nApply at the depot   \n"
    got = extract_posting(text, url=URL, media_type="text/plain")
    assert (got.source, got.title) == ("text", None)
    assert got.text == got.description == "Courier (part-time)\nPay: <£12 per hour>\nApply at the depot"


def test_windows_1252_bytes_read_as_latin_1_are_repaired() -> None:
    # what a page labelled iso-8859-1 but written in windows-1252 decodes to
    decoded = "<h1>Koch</h1><p>Z\xfcrich, \x8045.000 \x96 \x8052.000</p>"
    got = extract_posting(page(body=decoded), url=URL)
    assert got.text == "Koch\nZürich, €45.000 – €52.000"


def test_chrome_words_on_a_wrapper_of_the_posting_do_not_hide_it() -> None:
    body = (
        '<div class="page has-cookie-banner"><div class="cookie-banner">We use cookies</div>'
        '<div class="share-container"><h1>Barista</h1><p>Pull great espresso shots every day.</p></div></div>'
    )
    got = extract_posting(page(body=body), url=URL)
    assert got.text == "Barista\nPull great espresso shots every day."


def test_related_jobs_under_a_plain_heading_are_dropped() -> None:
    body = (
        "<main><h1>Line Cook</h1><p>Prep and cook for 120 covers a night.</p>"
        "<h2>Other jobs you might like</h2><ul><li>Sous Chef</li><li>Dishwasher</li></ul>"
        "<h3>Jobs you may also like</h3><p>Pastry Chef</p>"
        "<div><h2>Related jobs</h2><a href='/j/1'>Head Chef</a></div></main>"
    )
    got = extract_posting(page(body=body), url=URL)
    assert got.text == "Line Cook\nPrep and cook for 120 covers a night."


def test_a_logo_h1_in_the_site_header_is_not_the_title() -> None:
    body = (
        "<header><h1 class='logo'>Harbourline</h1></header>"
        "<main><h2>Deckhand</h2><p>Crew our ferries.</p></main>"
    )
    got = extract_posting(page(body=body, title="Deckhand | Harbourline"), url=URL)
    assert got.title == "Deckhand"
    got = extract_posting(page(body=body, title="Jobs"), url=URL)
    assert got.title == "Jobs"  # neither heading is named by the <title>; the header's h1 is the logo


def test_meta_description_is_ignored_when_the_page_has_text() -> None:
    head = '<meta property="og:description" content="' + "Short teaser. " * 30 + '">'
    body = "<main><h1>Welder</h1><p>" + "MIG and TIG welding of steel frames. " * 8 + "</p></main>"
    got = extract_posting(page(head, body), url=URL)
    assert got.source == "text"
    assert got.text.startswith("Welder\nMIG and TIG")


@pytest.mark.parametrize(
    "hostile",
    [
        "<div " + " ".join(f'a{i}="{i}"' for i in range(150_000)) + "><h1>Title</h1></div>",
        "<div " + " ".join(f"a{i}='>'" for i in range(150_000)) + "><h1>Title</h1></div>",
        "<div><h1>Title</h1></div>" + "<span class='share'>" * 50_000 + "x",
        "<h1>Title</h1>" + "<h2>Similar jobs<div>" * 20_000,
        "<h1>Title</h1>" + "<li><p>" * 100_000,
    ],
    ids=["attribute-flood", "quoted-brackets", "nested-chrome", "nested-related-headings", "nested-bullets"],
)
def test_hostile_markup_stays_cheap(hostile: str) -> None:
    # A start tag with 150k attributes took libxml2 minutes before attributes were capped.
    started = time.monotonic()
    got = extract_posting(hostile, url=URL)
    assert time.monotonic() - started < 3
    assert got.title == "Title"


@pytest.mark.parametrize(
    ("title", "company"),
    [
        ("Job Application for Baker at Brotzeit", "Brotzeit"),
        ("Baker | Careers | Brotzeit Bakery", "Brotzeit Bakery"),
        ("Brotzeit - Baker", "Brotzeit"),
        ("Baker (m/w/d) bei Brotzeit GmbH", "Brotzeit GmbH"),
        ("Baker - Jobs at Brotzeit", "Brotzeit"),
        ("Baker - Nights - Leeds | JobBoard", None),  # which part is the employer cannot be told
        ("Baker", None),
        ("Vacancies", None),
    ],
)
def test_a_text_page_names_its_employer_in_the_title(title: str, company: str | None) -> None:
    got = extract_posting(page(body="<h1>Baker</h1><p>Early shifts.</p>", title=title), url=URL)
    assert (got.source, got.title, got.company) == ("text", "Baker", company)


def test_related_job_cards_as_articles_are_not_taken_for_the_posting() -> None:
    card = (
        "<article class='card'><h3>Sous Chef</h3><p>"
        + "Busy brasserie kitchen, great team. " * 8
        + "</p></article>"
    )
    body = (
        "<div class='posting'><h1>Line Cook</h1><p>Prep and cook for 120 covers a night.</p>"
        "<p>Two years on the line.</p></div>" + card * 3
    )
    got = extract_posting(page(body=body), url=URL)
    assert got.text.startswith("Line Cook\nPrep and cook for 120 covers a night.\nTwo years on the line.")


def test_control_characters_inside_json_strings_are_dropped() -> None:
    script = '{"@type": "JobPosting", "title": "Data\x0bEngineer\x1f", "hiringOrganization": "Ac\x00me"}'
    got = extract_posting(page(ld(script)), url=URL)
    assert (got.source, got.title, got.company) == ("json-ld", "Data Engineer", "Acme")


DESCRIPTION = "<p>Run the pastry section of a 90-cover restaurant.</p><ul><li>Laminated doughs</li>" + (
    "<li>Plated desserts for the tasting menu</li><li>Order and stock control</li></ul>"
)


def state_script(body: str, kind: str = "") -> str:
    return f"<script{f' type={kind!r}' if kind else ''}>{body}</script>"


@pytest.mark.parametrize(
    "script",
    [
        state_script(
            "window.__PRELOADED_STATE__ = JSON.parse("
            + json.dumps(json.dumps({"job": {"jobTitle": "Pastry Chef", "company": "Maison Olive",
                                             "location": "Lyon, France", "description": DESCRIPTION}}))
            + ");"
        ),
        state_script(
            json.dumps({"vacancy": {"title": "Pastry Chef", "employer": {"displayName": "Maison Olive"},
                                    "locations": [{"name": "Lyon, France"}], "content": DESCRIPTION}}),
            "application/json",
        ),
        state_script(  # a Remix context, with a trailing comma its author's tooling let through
            'window["__remixContext"] = {"state": {"loaderData": {"routes/jobs.$id": {"posting": '
            '{"title": "Pastry Chef", "companyName": "Maison Olive", "location": "Lyon, France", '
            '"descriptionHtml": ' + json.dumps(DESCRIPTION) + ",}}}}};"
        ),
        state_script(  # a board that keeps the description entity-escaped, with snake_case keys
            "window.__appData = "
            + json.dumps({"jobPost": {"title": "Pastry Chef", "company_name": "Maison Olive",
                                      "job_post_location": "Lyon, France",
                                      "content": DESCRIPTION.replace("<", "&lt;").replace(">", "&gt;")}})
        ),
    ],
    ids=["json-parse-string", "json-data-blob", "remix-with-trailing-comma", "escaped-html-content"],
)  # fmt: skip
def test_app_state_shapes_give_the_posting(script: str) -> None:
    got = extract_posting(page(body=f"<div id='root'></div>{script}"), url=URL)
    assert (got.source, got.title, got.company, got.location) == (
        "app-state", "Pastry Chef", "Maison Olive", "Lyon, France",
    )  # fmt: skip
    assert got.description == (
        "Run the pastry section of a 90-cover restaurant.\n- Laminated doughs\n"
        "- Plated desserts for the tasting menu\n- Order and stock control"
    )


def test_json_ld_and_microdata_come_before_app_state() -> None:
    state = state_script(json.dumps({"job": {"title": "Other", "company": "X", "description": DESCRIPTION}}),
                         "application/json")  # fmt: skip
    got = extract_posting(page(ld(BASE), state), url=URL)
    assert (got.source, got.title) == ("json-ld", "Data Engineer")


def test_app_state_without_a_job_shaped_object_leaves_the_page_text() -> None:
    # a CMS article and a company profile have a title and long text, but nothing job-like beside them
    state = {
        "article": {"title": "Our culture", "body": "We value kindness and craft. " * 10},
        "org": {"name": "Maison Olive", "description": "Maison Olive runs three bistros. " * 10},
    }
    body = "<main><h1>Pastry Chef</h1><p>Laminated doughs and plated desserts, five days a week.</p></main>"
    got = extract_posting(page(body=body + state_script(json.dumps(state), "application/json")), url=URL)
    assert (got.source, got.title) == ("text", "Pastry Chef")


def test_of_several_postings_in_the_state_the_one_the_page_is_titled_after_wins() -> None:
    jobs = [{"title": t, "company": "Maison Olive", "description": f"<p>{t}.</p>" + DESCRIPTION}
            for t in ("Sous Chef", "Pastry Chef", "Line Cook")]  # fmt: skip
    script = state_script(f"window.__DATA__ = {json.dumps({'jobs': jobs})}")
    got = extract_posting(page(body=script, title="Pastry Chef | Maison Olive"), url=URL)
    assert (got.source, got.title) == ("app-state", "Pastry Chef")


@pytest.mark.parametrize(
    "script",
    [
        state_script("[" * 200_000, "application/json"),
        state_script('{"a": "' + "\\" * 1_000_000, "application/json"),
        state_script("window.__STATE__ = " + '{"jobs": [' + '{"title": "T", "x": "y"},' * 90_000),
        state_script("window.__A__ = {a: 1};" * 20_000),
        state_script(
            json.dumps({"items": [{"n": i, "d": [{"k": "v"}] * 3} for i in range(60_000)]}),
            "application/json",
        ),
    ],
    ids=["deep-arrays", "unterminated-string", "truncated-state", "many-js-objects", "huge-state"],
)
def test_hostile_app_state_stays_cheap(script: str) -> None:
    started = time.monotonic()
    got = extract_posting(page(body="<h1>Title</h1>" + script), url=URL)
    assert time.monotonic() - started < 3
    assert (got.source, got.title) == ("text", "Title")


@pytest.mark.parametrize(
    ("frames", "expected"),
    [
        ('<iframe src="https://careers-acme.icims.com/jobs/4711/baker/job?in_iframe=1"></iframe>',
         "https://careers-acme.icims.com/jobs/4711/baker/job?in_iframe=1"),
        ('<iframe src="https://www.youtube.com/embed/careers"></iframe>'
         '<iframe data-src="/embed/jobs/4711"></iframe>', "https://careers.example.com/embed/jobs/4711"),
        ('<iframe src="//jobs.jobvite.com/acme/job/oX1"></iframe>', "https://jobs.jobvite.com/acme/job/oX1"),
        ('<iframe src="javascript:alert(1)//jobs"></iframe><iframe src="about:blank"></iframe>', None),
        ('<iframe src="https://maps.example.com/embed?q=Leeds"></iframe>', None),
        ('<iframe src="http://[::1/jobs"></iframe>', None),
    ],
)  # fmt: skip
def test_an_embedded_job_board_frame_is_named_for_the_importer(frames: str, expected: str | None) -> None:
    got = extract_posting(page(body=f"<p>Careers at Acme</p>{frames}"), url=URL)
    assert got.frame == expected


def test_a_page_with_its_own_posting_names_no_frame() -> None:
    frame = '<iframe src="https://careers-acme.icims.com/jobs/4711/job"></iframe>'
    assert extract_posting(page(ld(BASE), frame), url=URL).frame is None


def test_a_job_board_api_answer_is_read_like_app_state() -> None:
    answer = {
        "id": 4711,
        "title": "Pastry Chef",
        "company_name": "Maison Olive",
        "location": {"name": "Lyon"},
        "updated_at": "2025-03-01T10:00:00Z",
        "content": DESCRIPTION.replace("<", "&lt;"),
    }
    got = extract_posting(json.dumps(answer), url=URL, media_type="application/json")
    assert (got.source, got.title, got.company, got.location) == (
        "app-state",
        "Pastry Chef",
        "Maison Olive",
        "Lyon",
    )
    assert got.description is not None
    assert got.description.startswith("Run the pastry section of a 90-cover restaurant.\n- Laminated doughs")
