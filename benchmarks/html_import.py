"""URL import extraction time on 2 MB job pages: real-looking and hostile.

Run: python -m benchmarks.html_import [--runs 5]
For each page: size, median and worst time of `extract_posting`, and of the importer's whole
page -> fields step (extraction plus the job parser), and the process's peak memory after all runs.
"""

from __future__ import annotations

import argparse
import json
import resource
import statistics
import time
from collections.abc import Callable

from jobwise.core.http import FetchedPage
from jobwise.documents.html import extract_posting
from jobwise.jobs.importer import read_page

LIMIT = 2_000_000  # the fetcher's size limit

POSTING = {
    "@context": "https://schema.org",
    "@type": "JobPosting",
    "title": "Senior Backend Engineer",
    "hiringOrganization": {"@type": "Organization", "name": "Finchly"},
    "jobLocation": {"@type": "Place", "address": {"addressLocality": "Berlin", "addressCountry": "DE"}},
    "employmentType": "FULL_TIME",
    "baseSalary": {"@type": "MonetaryAmount", "currency": "EUR",
                   "value": {"minValue": 80000, "maxValue": 95000, "unitText": "YEAR"}},
    "description": "<p>Build the payments ledger.</p><ul>" + "<li>Go and Kafka</li>" * 40 + "</ul>",
}  # fmt: skip


def board_page(*, structured: bool) -> str:
    """A job board page: nav, the posting, 400 related-job cards, a large app state script."""
    head = f'<script type="application/ld+json">{json.dumps(POSTING)}</script>' if structured else ""
    cards = "".join(
        f'<li class="job-card"><a href="/jobs/{i}"><h3>Engineer {i}</h3></a><span class="company">Company {i}'
        f'</span><span class="location">City {i}</span><p>{"Short teaser text. " * 10}</p></li>'
        for i in range(400)
    )
    body = (
        '<header><nav><a href="/">Jobs</a><a href="/companies">Companies</a></nav></header>'
        '<main><article><h1>Senior Backend Engineer</h1><div class="company">Finchly</div>'
        "<p>Berlin, Germany · Full-time · €80,000 - €95,000 a year</p>"
        + "<h2>About the role</h2><p>Build the payments ledger.</p><ul>"
        + "<li>Go, PostgreSQL and Kafka</li>" * 40
        + '</ul><a class="btn apply">Apply now</a></article>'
        f'<section class="related-jobs"><h2>Similar jobs</h2><ul>{cards}</ul></section></main>'
        "<footer>© Board</footer>"
    )
    page = f"<html><head><title>Senior Backend Engineer - Finchly</title>{head}</head><body>{body}"
    state = json.dumps(
        {"jobs": [{"id": i, "title": f"Job {i}", "snippet": "x" * 200} for i in range(100_000)]}
    )
    filler = f"<script>window.__STATE__ = {state};</script>"
    return (page + filler)[: LIMIT - 20] + "</script></body></html>"


def next_page() -> str:
    """A Next.js board page: an empty shell, the posting and 5,000 similar jobs (each job-shaped) in
    `__NEXT_DATA__`."""
    job = {"title": "Senior Backend Engineer", "company": {"name": "Finchly"}, "location": "Berlin, Germany",
           "salary": {"min": 80000, "max": 95000, "currency": "EUR", "interval": "year"},
           "descriptionHtml": POSTING["description"]}  # fmt: skip
    similar = [
        {"title": f"Engineer {i}", "companyName": f"Company {i}", "location": f"City {i}",
         "description": "<p>A similar role.</p>" + "<p>Teaser text for the card.</p>" * 8}
        for i in range(5_000)
    ]  # fmt: skip
    data = json.dumps({"props": {"pageProps": {"job": job, "similarJobs": similar}}, "page": "/jobs/[id]"})
    return (
        "<html><head><title>Senior Backend Engineer - Finchly</title></head><body><div id='__next'></div>"
        f"<script id='__NEXT_DATA__' type='application/json'>{data}</script></body></html>"
    )


def hostile_pages() -> dict[str, str]:
    return {
        "one tag, 130k attributes": "<div " + " ".join(f'a{i}="{i}"' for i in range(130_000)) + "><h1>T</h1>",
        "250k inline elements": "<h1>T</h1>" + "<i>x</i>" * 249_000,
        "200k nested bullets": "<h1>T</h1>" + "<li><p>" * 285_000,
        "deep nesting": "<div>" * 400_000,
        "2 MB JSON-LD": '<script type="application/ld+json">{"@type": "JobPosting", "title": "T", "x": ['
        + "[" * 10_000
        + '{"a": 1},' * 180_000
        + "]}</script>",
        "2 MB deep app state": '<script type="application/json">' + "[" * 1_990_000 + "</script>",
        "2 MB broken app state": "<script>window.__STATE__ = {'jobs': ["
        + ('{"title": "T", "description": "' + "d" * 200 + '"},') * 8_000
        + "</script>",
        "9.7k job-shaped objects": "<script id='__NEXT_DATA__' type='application/json'>"
        + json.dumps([{"title": f"T{i}", "company": "C", "description": "d" * 150} for i in range(9_700)])
        + "</script>",
        "65k state assignments": "<script>" + "window.__A__ = {a: 1, b: [2]};" * 65_000 + "</script>",
        "2.8k JSON scripts": (
            '<script type="application/json">{"title": "T", "description": "'
            + "d" * 600
            + '", "company": "C"}</script>'
        )
        * 2_800,
    }


def measure(step: Callable[[], object], runs: int) -> tuple[float, float]:
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        step()
        times.append(time.perf_counter() - started)
    return statistics.median(times) * 1000, max(times) * 1000


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=5)
    runs = parser.parse_args().runs
    pages = {
        "board page, JSON-LD": board_page(structured=True),
        "board page, text only": board_page(structured=False),
        "Next.js page, 5k similar": next_page(),
        **hostile_pages(),
    }
    print(f"{'page':28} {'bytes':>9} {'extract ms (median/max)':>24} {'page->fields ms':>17}  source")
    for name, html in pages.items():
        size = len(html.encode())
        extracted = extract_posting(html, url="https://jobs.example/1")
        ext = measure(lambda html=html: extract_posting(html, url="https://jobs.example/1"), runs)
        fetched = FetchedPage("https://jobs.example/1", 200, "text/html", html)
        full = measure(lambda fetched=fetched: read_page(fetched), runs)
        times = f"{ext[0]:>12.0f} / {ext[1]:<9.0f} {full[0]:>9.0f} / {full[1]:<6.0f}"
        print(f"{name:28} {size:>9,} {times} {extracted.source}")
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"peak RSS of this process: {peak:.0f} MB")


if __name__ == "__main__":
    main()
