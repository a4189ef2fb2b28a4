"""`POST /jobs/import`: fetch a page through the SSRF-safe client, read its posting, save it."""

from __future__ import annotations

import asyncio
from dataclasses import asdict
from typing import Any

from sqlalchemy.ext.asyncio import AsyncSession

from jobwise.ai.embeddings import Embedder
from jobwise.ai.jobs import parse_posting
from jobwise.ai.skills import extract_skills, normalize_skills
from jobwise.core.config import Settings
from jobwise.core.http import FetchedPage, FetchError, SafeFetcher, UrlNotAllowed
from jobwise.documents.html import ExtractedPosting, extract_posting
from jobwise.jobs.errors import FetchFailed, NotAPage, NothingToImport, UrlNotAllowedError
from jobwise.jobs.models import Job
from jobwise.jobs.service import create_job, posting_fields
from jobwise.users.models import User

_STRUCTURED = (
    "title", "company", "location", "location_type", "employment_type", "salary_min", "salary_max",
    "salary_period", "min_experience_years",
)  # fmt: skip
_STRUCTURED_SOURCES = ("json-ld", "microdata", "app-state")
_SKILL_WORDS = 4  # a listed skill longer than this is a sentence: only the skills it names are kept


async def import_url(
    session: AsyncSession, settings: Settings, embedder: Embedder, user: User, url: str
) -> Job:
    extracted = await read_url(settings, url)
    fields = await asyncio.to_thread(fields_from_page, extracted)
    if not fields["description"].strip() and fields["title"] == "Untitled posting":
        raise NothingToImport()
    fields["url"] = url  # the page the user gave, also when its posting came from an embedded frame
    return await create_job(session, embedder, user, fields, source="url_scraped")


async def read_url(settings: Settings, url: str) -> ExtractedPosting:
    """The posting on the page, or in the job board page it embeds in an <iframe> (one level deep).

    The frame's address goes through the same SSRF-safe fetcher as the user's: a refused one is a
    400 `url_not_allowed`, like a redirect into the network. A frame that fails otherwise, or says
    less than the page, leaves the page's own reading.
    """
    fetcher = SafeFetcher(allowlist=settings.fetch_allowlist)
    try:
        # Parsing a 2 MB page takes tens of milliseconds of CPU: off the event loop.
        page = await asyncio.to_thread(extract_page, await fetch_page(fetcher, url))
        if page.frame is None:
            return page
        try:
            framed = await asyncio.to_thread(extract_page, await fetcher.fetch(page.frame))
        except UrlNotAllowed as exc:
            raise UrlNotAllowedError(
                f"The page embeds its posting from an address that cannot be fetched: {exc.reason}."
            ) from exc
        except FetchError:
            return page
    finally:
        await fetcher.aclose()
    better = framed.source in _STRUCTURED_SOURCES or len(framed.text) > len(page.text)
    return framed if better else page


async def fetch_page(fetcher: SafeFetcher, url: str) -> FetchedPage:
    try:
        return await fetcher.fetch(url)
    except UrlNotAllowed as exc:
        raise UrlNotAllowedError(f"This address cannot be fetched: {exc.reason}.") from exc
    except FetchError as exc:
        if exc.code == "unsupported_content_type":
            raise NotAPage(
                f"The link does not lead to a web page ({exc.message}). If the posting is a PDF or "
                "another document, copy its text and paste it as a new job instead."
            ) from exc
        raise FetchFailed(f"The page could not be fetched: {exc.message}.") from exc


def extract_page(page: FetchedPage) -> ExtractedPosting:
    return extract_posting(page.text, url=page.url, media_type=page.content_type)


def read_page(page: FetchedPage) -> dict[str, Any]:
    return fields_from_page(extract_page(page))


def fields_from_page(extracted: ExtractedPosting) -> dict[str, Any]:
    """Structured data (JSON-LD, microdata, app state) wins field by field; the text parser fills the rest."""
    text = extracted.description or extracted.text
    title = extracted.title
    parsed = parse_posting(f"{title}\n{text}" if title and not text.startswith(title) else text)
    fields = posting_fields(parsed)
    if extracted.source in _STRUCTURED_SOURCES:
        found = {k: v for k, v in asdict(extracted).items() if k in _STRUCTURED and v is not None}
        fields.update(found)
        fields["description"] = extracted.description or parsed.description
        if extracted.salary_currency:
            fields["salary_currency"] = extracted.salary_currency
        skills = fields["required_skills"] or extract_skills(fields["description"])
        fields["required_skills"] = normalize_skills([*_listed_skills(extracted.skills), *skills])
        nice = fields["nice_to_have_skills"]
        fields["nice_to_have_skills"] = [s for s in nice if s not in fields["required_skills"]]
    else:  # the page's heading and <title> are hints; the parser read the posting itself
        fields["title"] = fields["title"] if parsed.title or not title else title
        fields["company"] = fields["company"] or (extracted.company or "")[:300] or None
    fields["title"] = str(fields["title"])[:300]
    if fields.get("salary_min") and fields.get("salary_max") and fields["salary_min"] > fields["salary_max"]:
        fields["salary_min"], fields["salary_max"] = fields["salary_max"], fields["salary_min"]
    return fields


def _listed_skills(listed: tuple[str, ...]) -> list[str]:
    """Short items as the posting names them; longer ones contribute the known skills they mention."""
    skills: list[str] = []
    for item in listed:
        skills += [item] if len(item.split()) <= _SKILL_WORDS else extract_skills(item)
    return skills
