"""URL import through the SSRF-safe fetcher, against a local job board admitted by the allowlist."""

from __future__ import annotations

import json
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from tests.conftest import AppFactory, register_and_login

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
    "/redirect-out": "",
}


class _Board(BaseHTTPRequestHandler):
    def do_GET(self) -> None:
        if self.path == "/redirect-out":
            self.send_response(302)
            self.send_header("Location", "http://169.254.169.254/latest/meta-data/")
            self.end_headers()
            return
        body = PAGES.get(self.path)
        self.send_response(200 if body else 404)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.end_headers()
        self.wfile.write((body or "not found").encode())

    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture
def board() -> Iterator[str]:
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
