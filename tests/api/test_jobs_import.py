"""URL import through the SSRF-safe fetcher, against a local job board admitted by the allowlist."""

from __future__ import annotations

import json
import socket
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import httpx
import pytest

from tests.conftest import Account, AppFactory, register_and_login

POSTING = {
    "@context": "https://schema.org",
    "@type": "JobPosting",
    "title": "Site Reliability Engineer",
    "description": "<p>Keep our Kubernetes clusters healthy.</p><ul><li>Terraform and Go</li>"
    "<li>On-call rotation</li></ul>",
    "hiringOrganization": {"@type": "Organization", "name": "Lindenwerk"},
    "jobLocation": {"@type": "Place", "address": {"addressLocality": "Munich", "addressCountry": "DE"}},
    "employmentType": "FULL_TIME",
    "baseSalary": {
        "@type": "MonetaryAmount",
        "currency": "EUR",
        "value": {"@type": "QuantitativeValue", "minValue": 75000, "maxValue": 90000, "unitText": "YEAR"},
    },
}
PAGES = {
    "/jsonld": "<html><head><title>Jobs</title><script type='application/ld+json'>"
    + json.dumps(POSTING)
    + "</script></head><body><h1>Careers</h1><p>Navigation</p></body></html>",
    "/plain": "<html><head><title>Barista</title></head><body><main><h1>Barista</h1>"
    "<p>Cafe Morgenrot, Vienna, Austria. Part-time.</p><p>Make excellent coffee and serve guests. "
    "At least 1 year of experience as a barista. Latte art skills are a plus.</p></main></body></html>",
}
FRAMED_POSTING = {
    "@context": "https://schema.org",
    "@type": "JobPosting",
    "title": "Pastry Chef",
    "hiringOrganization": {"@type": "Organization", "name": "Maison Olive"},
    "jobLocation": {"address": {"addressLocality": "Lyon", "addressCountry": "FR"}},
    "baseSalary": {"currency": "EUR", "value": {"minValue": 2400, "maxValue": 2800, "unitText": "MONTH"}},
    "employmentType": "FULL_TIME",
    "description": "<p>Run the pastry section of our 90-cover bistro.</p><ul><li>Laminated doughs</li>"
    "<li>Plated desserts</li></ul>",
}
SHAPES = Path(__file__).parent.parent / "documents" / "pages"
HTML = "text/html"
# (content type, body) served as is: the test pages, pages in legacy charsets, non-HTML answers
RAW: dict[str, tuple[str, bytes]] = {
    **{f"/pages/{p.name}": (f"{HTML}; charset=utf-8", p.read_bytes()) for p in SHAPES.glob("*.html")},
    "/latin1": (
        HTML,  # no charset in the header: the <meta> decides; € is a windows-1252 byte (0x80)
        "<html><head><meta charset='iso-8859-1'><title>Koch (m/w/d) | Seeblick</title></head><body><main>"
        "<h1>Koch (m/w/d)</h1><p>Restaurant Seeblick in Zürich sucht einen Koch in Vollzeit.</p>"
        "<p>Gehalt: 4.800 € pro Monat. Mindestens 2 Jahre Erfahrung in der gehobenen Küche.</p>"
        "</main></body></html>".encode("cp1252"),
    ),
    "/cp1252": (
        HTML,
        '<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1252">'
        '<script type="application/ld+json">{"@type": "JobPosting", "title": "Chef de partie",'
        ' "hiringOrganization": "Brasserie Étoile", "jobLocation": {"address": {"addressLocality": "Zürich",'
        ' "addressCountry": "CH"}}, "description": "<p>Prime de 500 € – cuisine française</p>"}</script>'
        "</head><body></body></html>".encode("cp1252"),
    ),
    "/posting.pdf": ("application/pdf", b"%PDF-1.7\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n"),
    "/posting.txt": (
        "text/plain; charset=utf-8",
        "Delivery Driver\nSwiftParcel Ltd - Leeds, UK\nPart-time, 20 hours a week\n"
        "£12.50 per hour\nFull UK driving licence required. Deliver parcels <25 kg.\n".encode(),
    ),
    "/posting.json": ("application/ld+json", json.dumps({"@graph": [POSTING]}).encode()),
    "/broken": (
        HTML,
        b"<html><head><script type='application/ld+json'>{{{ \"@type\": JobPosting,,</script></head>"
        b"<body><main><h1>Night Porter</h1><p>Hotel Lindenhof, Salzburg. Nights, full-time.</p></main>"
        b"</body></html>",
    ),
    "/empty": (HTML, b"<html><head></head><body><script>app()</script></body></html>"),
    # A careers page that shows its posting through an iCIMS-style embed, and the embedded page.
    "/careers/pastry-chef": (
        HTML,
        b"<html><head><title>Pastry Chef | Careers | Maison Olive</title></head><body>"
        b"<header><nav><a href='/'>Home</a><a href='/careers'>Careers</a></nav></header>"
        b"<main><h1>Join our kitchens</h1><p>Browse our open roles below.</p>"
        b"<iframe src='https://www.youtube.com/embed/kitchen-tour'></iframe>"
        b"<iframe id='icims_content_iframe' src='/embed/jobs/4711/pastry-chef/job?in_iframe=1'"
        b" title='iCIMS Content'></iframe></main></body></html>",
    ),
    "/embed/jobs/4711/pastry-chef/job": (
        HTML,
        b"<html><head><script type='application/ld+json'>"
        + json.dumps(FRAMED_POSTING).encode()
        + b"</script></head><body><div class='iCIMS_JobContent'><h1>Pastry Chef</h1></div></body></html>",
    ),
    # An embedded page that embeds another: only the first level is read.
    "/careers/commis-chef": (
        HTML,
        b"<html><body><main><h1>Careers</h1><iframe src='/embed/jobs/4712/commis-chef/job'></iframe>"
        b"</main></body></html>",
    ),
    "/embed/jobs/4712/commis-chef/job": (
        HTML,
        b"<html><body><main><h1>Commis Chef</h1><p>Maison Olive, Lyon. Prepare vegetables, sauces and "
        b"staff meals; learn every section of the kitchen.</p>"
        b"<iframe src='/embed/jobs/4711/pastry-chef/job'></iframe></main></body></html>",
    ),
    # A page whose frame fails: its own text is saved.
    "/careers/night-baker": (
        HTML,
        b"<html><head><title>Night Baker | Maison Olive</title></head><body><main><h1>Night Baker</h1>"
        b"<p>Maison Olive, Lyon. Bake bread and viennoiserie from 2 am, four nights a week.</p>"
        b"<iframe src='/embed/jobs/gone'></iframe></main></body></html>",
    ),
}


SEEN: list[str] = []  # paths the board was asked for, in order


class _Board(BaseHTTPRequestHandler):
    def do_GET(self) -> None:
        SEEN.append(self.path)
        if self.path == "/redirect-out":
            self.send_response(302)
            self.send_header("Location", "http://169.254.169.254/latest/meta-data/")
            self.end_headers()
            return
        path = self.path.partition("?")[0]
        if path in RAW:
            content_type, body = RAW[path]
        else:
            content_type, body = f"{HTML}; charset=utf-8", PAGES.get(path, "").encode()
        self.send_response(200 if body else 404)
        self.send_header("Content-Type", content_type)
        self.end_headers()
        self.wfile.write(body or b"not found")

    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture
def board() -> Iterator[str]:
    SEEN.clear()
    server = ThreadingHTTPServer(("127.0.0.1", 0), _Board)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"127.0.0.1:{server.server_address[1]}"
    server.shutdown()
    server.server_close()


async def test_import_reads_json_ld_and_keeps_the_url(app_factory: AppFactory, board: str) -> None:
    client = await app_factory(fetch_allowlist=board)
    alice = await register_and_login(client)
    url = f"http://{board}/jsonld"
    r = await client.post("/api/v1/jobs/import", json={"url": url}, headers=alice.headers)
    assert r.status_code == 201, r.text
    job = r.json()
    assert (job["title"], job["company"], job["source"], job["url"]) == (
        "Site Reliability Engineer",
        "Lindenwerk",
        "url_scraped",
        url,
    )
    assert (job["salary_min"], job["salary_max"], job["salary_currency"]) == (75000, 90000, "EUR")
    assert job["employment_type"] == "full-time"
    assert "Kubernetes clusters" in job["description"]
    assert {"Kubernetes", "Terraform"} <= set(job["required_skills"])
    assert (await client.get(f"/api/v1/jobs/{job['id']}", headers=alice.headers)).status_code == 200


async def test_import_falls_back_to_the_page_text(app_factory: AppFactory, board: str) -> None:
    client = await app_factory(fetch_allowlist=board)
    alice = await register_and_login(client)
    r = await client.post("/api/v1/jobs/import", json={"url": f"http://{board}/plain"}, headers=alice.headers)
    job = r.json()
    assert (r.status_code, job["title"], job["source"]) == (201, "Barista", "url_scraped")
    assert "excellent coffee" in job["description"]


@pytest.mark.parametrize(
    "url",
    [
        "http://127.0.0.1:9/jsonld",
        "http://localhost/admin",
        "http://10.0.0.5/",
        "http://169.254.169.254/latest/meta-data/",
        "file:///etc/passwd",
        "ftp://example.com/job",
        "http://[::1]/",
    ],
)
async def test_non_public_addresses_are_refused(app_factory: AppFactory, board: str, url: str) -> None:
    client = await app_factory(fetch_allowlist=board)
    alice = await register_and_login(client)
    r = await client.post("/api/v1/jobs/import", json={"url": url}, headers=alice.headers)
    assert (r.status_code, r.json()["detail"]["code"]) == (400, "url_not_allowed")
    assert (await client.get("/api/v1/jobs", headers=alice.headers)).json()["total"] == 0


async def test_the_allowlisted_board_cannot_redirect_into_the_network(
    app_factory: AppFactory, board: str
) -> None:
    client = await app_factory(fetch_allowlist=board)
    alice = await register_and_login(client)
    r = await client.post(
        "/api/v1/jobs/import", json={"url": f"http://{board}/redirect-out"}, headers=alice.headers
    )
    assert (r.status_code, r.json()["detail"]["code"]) == (400, "url_not_allowed")


async def test_without_the_allowlist_the_local_board_is_refused(app_factory: AppFactory, board: str) -> None:
    client = await app_factory()
    alice = await register_and_login(client)
    r = await client.post(
        "/api/v1/jobs/import", json={"url": f"http://{board}/jsonld"}, headers=alice.headers
    )
    assert (r.status_code, r.json()["detail"]["code"]) == (400, "url_not_allowed")


async def test_a_missing_page_is_a_fetch_failure(app_factory: AppFactory, board: str) -> None:
    client = await app_factory(fetch_allowlist=board)
    alice = await register_and_login(client)
    r = await client.post("/api/v1/jobs/import", json={"url": f"http://{board}/gone"}, headers=alice.headers)
    assert (r.status_code, r.json()["detail"]["code"]) == (400, "fetch_failed")


async def _import(client: httpx.AsyncClient, account: Account, url: str) -> httpx.Response:
    return await client.post("/api/v1/jobs/import", json={"url": url}, headers=account.headers)


# What each page shape saves: structured pages give their stated values, text pages what the job
# parser reads from the extracted main text (the page's heading and <title> as hints).
SAVED = {
    "board_jsonld.html": dict(
        title="Registered Nurse - ICU (Nights)", company="Mercy Vale Hospital", location="Denver, CO, US",
        location_type=None, employment_type="full-time", salary_min=43, salary_max=58, salary_currency="USD",
        min_experience_years=2.0,
    ),
    "yoast_graph.html": dict(
        title="Werkstudent (m/w/d) Marketing", company="Brightwave GmbH", location="Zürich, ZH, CH",
        location_type=None, employment_type="part-time", salary_min=32, salary_max=32, salary_currency="CHF",
        min_experience_years=None,
    ),
    "remote_jsonld.html": dict(
        title="Staff Platform Engineer", company="Quillbyte", location="Germany; Netherlands; Portugal",
        location_type="remote", employment_type="contract", salary_min=9500, salary_max=9500,
        salary_currency="EUR", min_experience_years=8.0,
    ),
    "broken_jsonld_microdata.html": dict(
        title="Warehouse Team Lead", company="Contoso Logistics", location="Leeds, West Yorkshire, GB",
        location_type=None, employment_type="full-time", salary_min=32000, salary_max=36000,
        salary_currency="GBP", min_experience_years=2.0,
    ),
    "greenhouse.html": dict(
        title="Backend Engineer, Payments", company="Finchly", location="United States",
        location_type="remote", employment_type="full-time", salary_min=150000, salary_max=185000,
        salary_currency="USD", min_experience_years=5.0,
    ),
    "lever.html": dict(
        title="Senior Data Analyst", company="Finchly", location="Berlin, Germany", location_type="hybrid",
        employment_type="full-time", salary_min=70000, salary_max=85000, salary_currency="EUR",
        min_experience_years=4.0,
    ),
    "careers_article.html": dict(
        title="Mobile Developer (iOS)", company="Harbourline", location="Bristol, United Kingdom",
        location_type="hybrid", employment_type="full-time", salary_min=55000, salary_max=68000,
        salary_currency="GBP", min_experience_years=3.0,
    ),
    "workday.html": dict(
        title="Logistics Coordinator", company="Contoso Freight", location="Rotterdam, Netherlands",
        location_type="on-site", employment_type="full-time", salary_min=None, salary_max=None,
        salary_currency=None, min_experience_years=2.0,
    ),
    "nextjs_board.html": dict(
        title="Senior Frontend Engineer", company="Brightline Health", location="Austin, TX, US",
        location_type="hybrid", employment_type="full-time", salary_min=140000, salary_max=170000,
        salary_currency="USD", min_experience_years=5.0,
    ),
    "window_state.html": dict(
        title="Warehouse Supervisor (Nights)", company="Northgate Supply Ltd",
        location="Sheffield, South Yorkshire", location_type=None, employment_type="full-time",
        salary_min=34000, salary_max=38500, salary_currency="GBP", min_experience_years=2.0,
    ),
}  # fmt: skip
# Text every saved description must have (its lists kept as lines) and chrome it must not.
KEPT = {
    "board_jsonld.html": [
        "- Titrate drips & manage ventilators",
        "Qualifications\nActive Colorado RN license",
    ],
    "yoast_graph.html": ["Deine Aufgaben\n- Social-Media-Kampagnen planen"],
    "remote_jsonld.html": ["Requirements:\n• 8+ years building infrastructure"],
    "broken_jsonld_microdata.html": ["You will need\n- 2 years of supervisory experience"],
    "greenhouse.html": ["What you'll do\n- Design and build the ledger and payout services in Go"],
    "lever.html": ["What you bring\n- 4+ years of experience in analytics"],
    "careers_article.html": ["Requirements\n- 3+ years of iOS development"],
    "workday.html": ["Qualifications\n- 2+ years of experience in freight or warehouse logistics"],
    "nextjs_board.html": ["Brightline Health builds the scheduling app", "What you bring\n- 5+ years"],
    "window_state.html": ["We are looking for a Warehouse Supervisor", "Requirements:\n- 2 years of"],
}
LEAKS = ("Apply", "Share", "Similar jobs", "cookie", "Powered by", "window.", "&amp;", "&nbsp;", "<")


@pytest.mark.parametrize("name", sorted(SAVED))
async def test_each_page_shape_is_saved_with_its_fields(
    app_factory: AppFactory, board: str, name: str
) -> None:
    client = await app_factory(fetch_allowlist=board)
    alice = await register_and_login(client)
    url = f"http://{board}/pages/{name}?utm_source=test"
    r = await _import(client, alice, url)
    assert r.status_code == 201, r.text
    job = r.json()
    assert {k: job[k] for k in SAVED[name]} == SAVED[name]
    assert (job["url"], job["source"]) == (url, "url_scraped")
    for kept in KEPT[name]:
        assert kept in job["description"]
    for leak in LEAKS:
        assert leak not in job["description"]
    saved = (await client.get(f"/api/v1/jobs/{job['id']}", headers=alice.headers)).json()
    assert (saved["title"], saved["description"]) == (job["title"], job["description"])


async def test_listed_skills_and_qualifications_become_required_skills(
    app_factory: AppFactory, board: str
) -> None:
    client = await app_factory(fetch_allowlist=board)
    alice = await register_and_login(client)
    job = (await _import(client, alice, f"http://{board}/pages/board_jsonld.html")).json()
    # "Critical care, ACLS, Epic EHR" as listed (canonicalised by the taxonomy), BLS from the qualifications
    assert job["required_skills"] == ["Critical Care", "ACLS", "Epic Systems", "BLS"]


async def test_legacy_charsets_decode(app_factory: AppFactory, board: str) -> None:
    client = await app_factory(fetch_allowlist=board)
    alice = await register_and_login(client)
    latin1 = (await _import(client, alice, f"http://{board}/latin1")).json()
    assert (latin1["title"], latin1["company"]) == ("Koch", "Seeblick")  # the parser drops "(m/w/d)"
    assert "Restaurant Seeblick in Zürich sucht" in latin1["description"]
    assert "Gehalt: 4.800 € pro Monat." in latin1["description"]
    cp1252 = (await _import(client, alice, f"http://{board}/cp1252")).json()
    assert (cp1252["company"], cp1252["location"]) == ("Brasserie Étoile", "Zürich, CH")
    assert cp1252["description"] == "Prime de 500 € – cuisine française"


async def test_a_plain_text_posting_is_read_as_text(app_factory: AppFactory, board: str) -> None:
    client = await app_factory(fetch_allowlist=board)
    alice = await register_and_login(client)
    r = await _import(client, alice, f"http://{board}/posting.txt")
    job = r.json()
    assert (r.status_code, job["title"], job["company"]) == (201, "Delivery Driver", "SwiftParcel Ltd")
    assert (job["employment_type"], job["salary_currency"]) == ("part-time", "GBP")
    assert job["description"].endswith("Full UK driving licence required. Deliver parcels <25 kg.")


async def test_a_json_ld_document_is_read_directly(app_factory: AppFactory, board: str) -> None:
    client = await app_factory(fetch_allowlist=board)
    alice = await register_and_login(client)
    job = (await _import(client, alice, f"http://{board}/posting.json")).json()
    assert (job["title"], job["company"], job["salary_max"]) == (
        "Site Reliability Engineer",
        "Lindenwerk",
        90000,
    )


async def test_a_pdf_is_refused_with_a_clear_message(app_factory: AppFactory, board: str) -> None:
    client = await app_factory(fetch_allowlist=board)
    alice = await register_and_login(client)
    r = await _import(client, alice, f"http://{board}/posting.pdf")
    assert (r.status_code, r.json()["detail"]["code"]) == (400, "unsupported_content_type")
    message = r.json()["detail"]["message"]
    assert "(it answered application/pdf)" in message
    assert "paste it as a new job" in message
    assert (await client.get("/api/v1/jobs", headers=alice.headers)).json()["total"] == 0


async def test_unreadable_json_ld_falls_back_to_the_page_text(app_factory: AppFactory, board: str) -> None:
    client = await app_factory(fetch_allowlist=board)
    alice = await register_and_login(client)
    r = await _import(client, alice, f"http://{board}/broken")
    assert (r.status_code, r.json()["title"]) == (201, "Night Porter")
    assert r.json()["description"] == "Night Porter\nHotel Lindenhof, Salzburg. Nights, full-time."


async def test_a_page_with_nothing_to_read_is_refused(app_factory: AppFactory, board: str) -> None:
    client = await app_factory(fetch_allowlist=board)
    alice = await register_and_login(client)
    r = await _import(client, alice, f"http://{board}/empty")
    assert (r.status_code, r.json()["detail"]["code"]) == (400, "no_posting_found")


@pytest.fixture
def trap() -> Iterator[socket.socket]:
    """A listening socket outside the allowlist: a connection attempt would wait in its backlog."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        sock.listen(8)
        sock.setblocking(False)
        yield sock


def framing(url: str) -> tuple[str, bytes]:
    page = f"<html><body><main><h1>Careers</h1><iframe src='{url}'></iframe></main></body></html>"
    return HTML, page.encode()


async def test_a_posting_embedded_in_an_iframe_is_followed_once(app_factory: AppFactory, board: str) -> None:
    client = await app_factory(fetch_allowlist=board)
    alice = await register_and_login(client)
    url = f"http://{board}/careers/pastry-chef"
    r = await _import(client, alice, url)
    assert r.status_code == 201, r.text
    job = r.json()
    assert (job["title"], job["company"], job["location"], job["employment_type"]) == (
        "Pastry Chef", "Maison Olive", "Lyon, FR", "full-time",
    )  # fmt: skip
    assert (job["salary_min"], job["salary_max"], job["salary_currency"], job["salary_period"]) == (
        2400, 2800, "EUR", "month",
    )  # fmt: skip
    assert job["description"].startswith("Run the pastry section of our 90-cover bistro.\n- Laminated doughs")
    assert (job["source"], job["url"]) == ("url_scraped", url)
    # the page, then its job board frame (resolved against the page URL), not the video
    assert SEEN == ["/careers/pastry-chef", "/embed/jobs/4711/pastry-chef/job?in_iframe=1"]


async def test_only_one_level_of_frames_is_followed(app_factory: AppFactory, board: str) -> None:
    client = await app_factory(fetch_allowlist=board)
    alice = await register_and_login(client)
    r = await _import(client, alice, f"http://{board}/careers/commis-chef")
    assert (r.status_code, r.json()["title"]) == (201, "Commis Chef")
    assert r.json()["description"].startswith("Commis Chef\nMaison Olive, Lyon. Prepare vegetables")
    assert SEEN == ["/careers/commis-chef", "/embed/jobs/4712/commis-chef/job"]


@pytest.mark.parametrize(
    "frame", ["http://127.0.0.1:{trap}/jobs/1", "http://10.0.0.5/jobs/1", "http://169.254.169.254/jobs/"]
)
async def test_an_iframe_to_a_refused_address_is_refused_and_never_contacted(
    app_factory: AppFactory, board: str, trap: socket.socket, monkeypatch: pytest.MonkeyPatch, frame: str
) -> None:
    client = await app_factory(fetch_allowlist=board)
    alice = await register_and_login(client)
    monkeypatch.setitem(RAW, "/careers/framed", framing(frame.format(trap=trap.getsockname()[1])))
    r = await _import(client, alice, f"http://{board}/careers/framed")
    assert (r.status_code, r.json()["detail"]["code"]) == (400, "url_not_allowed")
    assert r.json()["detail"]["message"].startswith("The page embeds its posting from an address that cannot")
    with pytest.raises(BlockingIOError):
        trap.accept()  # nothing connected
    assert (await client.get("/api/v1/jobs", headers=alice.headers)).json()["total"] == 0


async def test_a_frame_that_fails_leaves_the_page_text(app_factory: AppFactory, board: str) -> None:
    client = await app_factory(fetch_allowlist=board)
    alice = await register_and_login(client)
    r = await _import(client, alice, f"http://{board}/careers/night-baker")
    assert (r.status_code, r.json()["title"]) == (201, "Night Baker")
    assert r.json()["description"].startswith("Night Baker\nMaison Olive, Lyon. Bake bread")
    assert SEEN == ["/careers/night-baker", "/embed/jobs/gone"]
