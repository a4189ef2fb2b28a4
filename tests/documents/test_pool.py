"""The worker pool: time and memory limits end in InvalidFile, and the pool keeps working."""

from __future__ import annotations

import random
import time
from concurrent.futures import ThreadPoolExecutor

import pytest

from jobwise.documents import InvalidFile, extract_text, shutdown_pool, start_pool


@pytest.fixture(scope="module")
def small_pdf(build) -> bytes:
    return build.pdf_pages([[("Helvetica", "Jane Doe, Python developer at Acme")]])


@pytest.fixture(scope="module")
def long_pdf(build) -> bytes:
    line = ("Helvetica", "Designed and operated distributed systems processing billions of events " * 2)
    return build.pdf_pages([[line] * 50 for _ in range(150)], size=6)


def test_overrunning_worker_is_killed_and_replaced(long_pdf, small_pdf):
    started = time.monotonic()
    with pytest.raises(InvalidFile, match="Processing took too long"):
        extract_text(long_pdf, timeout_s=0.05, max_pages=500)
    assert time.monotonic() - started < 5
    assert extract_text(small_pdf).text == "Jane Doe, Python developer at Acme"
    assert extract_text(long_pdf, max_pages=500).pages == 150  # and given time, it is readable


def long_docx(build, words: int) -> bytes:
    vocabulary = ["python", "kafka", "lead", "team", "cloud", "data"]
    text = [random.choice(vocabulary) for _ in range(words)]
    paragraphs = "".join(
        f"<w:p><w:r><w:t>{' '.join(text[i : i + 40])}</w:t></w:r></w:p>" for i in range(0, words, 40)
    )
    return build.rewrite_zip(build.cv_docx(), {"word/document.xml": build.document_xml(paragraphs)})


def test_memory_limit_refuses_the_file_and_the_pool_recovers(build, small_pdf):
    big = long_docx(build, 300_000)
    shutdown_pool()  # fresh workers: a heap grown by earlier documents would hide the limit
    with pytest.raises(InvalidFile, match="memory"):
        extract_text(big, memory_mb=8)
    assert extract_text(big, memory_mb=768).text.count("\n") > 7_000
    assert extract_text(small_pdf).text == "Jane Doe, Python developer at Acme"


def test_text_far_longer_than_any_cv_is_refused(build):
    with pytest.raises(InvalidFile, match="far more text than a CV"):
        extract_text(long_docx(build, 400_000))


def test_concurrent_callers_share_the_pool(build):
    documents = [build.pdf_pages([[("Helvetica", f"Candidate number {i} for the role")]]) for i in range(8)]
    with ThreadPoolExecutor(max_workers=4) as threads:
        texts = [result.text for result in threads.map(extract_text, documents)]
    assert texts == [f"Candidate number {i} for the role" for i in range(8)]


def test_shutdown_then_restart(small_pdf):
    start_pool()
    shutdown_pool()
    shutdown_pool()  # idempotent
    assert extract_text(small_pdf).pages == 1
