"""The job board page a careers page embeds in an <iframe> (iCIMS, Workday, SmartRecruiters, Jobvite ...).

Only picked out here: the importer fetches it through the SSRF-safe client, one level deep.
"""

from __future__ import annotations

import re
from itertools import islice
from urllib.parse import urljoin, urlsplit

from jobwise.documents.html.page import Element

# Applicant tracking systems whose embeds carry the posting itself.
_BOARD_HOSTS = re.compile(
    r"(^|\.)(icims\.com|myworkdayjobs\.com|myworkdaysite\.com|smartrecruiters\.com|jobvite\.com|"
    r"greenhouse\.io|lever\.co|ashbyhq\.com|workable\.com|recruitee\.com|teamtailor\.com|bamboohr\.com|"
    r"breezy\.hr|applytojob\.com|jazzhr\.com|personio\.(de|com)|successfactors\.(com|eu)|taleo\.net|"
    r"oraclecloud\.com|ultipro\.com|ukg\.net|paylocity\.com|dayforcehcm\.com|adp\.com|pinpointhq\.com|"
    r"softgarden\.io|join\.com|rippling\.com|comeet\.com|hirebridge\.com|applicantpro\.com)$"
)
_JOB_PATH = re.compile(
    r"jobs?\b|jobs?[-_]|careers?|vacanc|positions?|postings?|openings?|requisition|stellen|emploi|"
    r"gh_jid|in_iframe|jobid|job_id|reqid",
    re.IGNORECASE,
)
# Video, maps, ads, captchas and social widgets: never the posting, whatever their path says.
_MEDIA_HOSTS = re.compile(
    r"(^|\.)(youtube(-nocookie)?\.com|youtu\.be|vimeo\.com|google\.com|googletagmanager\.com|"
    r"doubleclick\.net|facebook\.com|twitter\.com|x\.com|linkedin\.com|instagram\.com|wistia\.(com|net)|"
    r"vidyard\.com|spotify\.com|soundcloud\.com|hcaptcha\.com|recaptcha\.net|hotjar\.com)$"
)


def posting_frame(doc: Element, url: str) -> str | None:
    """The first http(s) <iframe> address, resolved against the page URL, that looks like a job posting."""
    for frame in islice(doc.iter("iframe"), 50):
        src = (frame.get("src") or frame.get("data-src") or "").strip()
        if not src or len(src) > 4000:
            continue
        try:
            address = urljoin(url, src)
            parts = urlsplit(address)
            host = (parts.hostname or "").lower()
        except ValueError:  # a malformed IPv6 host or port: not an address the fetcher would take
            continue
        if parts.scheme not in ("http", "https") or not host or _MEDIA_HOSTS.search(host):
            continue
        if _BOARD_HOSTS.search(host) or _JOB_PATH.search(f"{parts.path}?{parts.query}"):
            return address
    return None
