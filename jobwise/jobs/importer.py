"""`POST /jobs/import`: fetch a page through the SSRF-safe client, read its posting, save it."""

from __future__ import annotations

from dataclasses import asdict
from typing import Any

from sqlalchemy.ext.asyncio import AsyncSession

from jobwise.ai.embeddings import Embedder
from jobwise.ai.jobs import parse_posting
from jobwise.ai.skills import extract_skills, normalize_skills
from jobwise.core.config import Settings
from jobwise.core.http import FetchedPage, FetchError, SafeFetcher, UrlNotAllowed
from jobwise.documents.html import ExtractedPosting, extract_posting
from jobwise.jobs.errors import FetchFailed, NothingToImport, UrlNotAllowedError
from jobwise.jobs.models import Job
from jobwise.jobs.service import create_job, posting_fields
from jobwise.users.models import User

_STRUCTURED = ("title", "company", "location", "location_type", "employment_type", "salary_min", "salary_max")


async def import_url(
    session: AsyncSession, settings: Settings, embedder: Embedder, user: User, url: str
) -> Job:
    page = await fetch_page(settings, url)
    extracted = extract_posting(page.text, url=page.url)
    fields = fields_from_page(extracted)
    if not fields["description"].strip() and fields["title"] == "Untitled posting":
        raise NothingToImport()
    fields["url"] = url
    return await create_job(session, embedder, user, fields, source="url_scraped")


async def fetch_page(settings: Settings, url: str) -> FetchedPage:
    fetcher = SafeFetcher(allowlist=settings.fetch_allowlist)
    try:
        return await fetcher.fetch(url)
    except UrlNotAllowed as exc:
        raise UrlNotAllowedError(f"This address cannot be fetched: {exc.reason}.") from exc
    except FetchError as exc:
        raise FetchFailed(f"The page could not be fetched: {exc.message}.") from exc
    finally:
        await fetcher.aclose()


def fields_from_page(extracted: ExtractedPosting) -> dict[str, Any]:
    """Structured data (JSON-LD, microdata) wins field by field; the text parser fills the rest."""
    text = extracted.description or extracted.text
    parsed = parse_posting(f"{extracted.title}\n{text}" if extracted.title else text)
    fields = posting_fields(parsed)
    if extracted.source != "text":
        found = {k: v for k, v in asdict(extracted).items() if k in _STRUCTURED and v is not None}
        fields.update(found)
        fields["description"] = extracted.description or parsed.description
        if extracted.salary_currency:
            fields["salary_currency"] = extracted.salary_currency
        skills = fields["required_skills"] or extract_skills(fields["description"])
        fields["required_skills"] = normalize_skills(skills)
    elif extracted.title and not parsed.title:
        fields["title"] = extracted.title[:300]
    fields["title"] = str(fields["title"])[:300]
    if fields.get("salary_min") and fields.get("salary_max") and fields["salary_min"] > fields["salary_max"]:
        fields["salary_min"], fields["salary_max"] = fields["salary_max"], fields["salary_min"]
    return fields
