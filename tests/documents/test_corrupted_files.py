"""Damaged bytes end as text or a DocumentError, never another exception, hang or dead pool."""

from __future__ import annotations

import random
from collections import Counter

import pytest

from jobwise.documents import DocumentError, check_upload, extract_text


def corrupt(data: bytes, seed: int) -> bytes:
    rng = random.Random(seed)
    mutable = bytearray(data)
    for _ in range(rng.randint(1, 40)):
        at = rng.randrange(len(mutable))
        mutable[at : at + rng.randint(1, 16)] = rng.randbytes(rng.randint(0, 16))
    return bytes(mutable)


def outcome(data: bytes) -> str:
    """'text', or the error code with a non-empty message; any other exception fails the test."""
    try:
        check_upload(data, max_bytes=1 << 20)
        return "text" if extract_text(data, timeout_s=10).text else "empty"
    except DocumentError as error:
        return error.code if error.message else "no message"


@pytest.mark.parametrize("kind", ["pdf", "docx"])
def test_randomly_damaged_files_are_read_or_refused(build, kind):
    if kind == "docx":
        original = build.cv_docx()
    else:
        original = build.two_column_pdf(["Skill"] * 3, ["Experience line"] * 3, top_down=True)
    outcomes = Counter(outcome(corrupt(original, seed)) for seed in range(40))
    assert set(outcomes) <= {"text", "invalid_file", "invalid_file_type"}, outcomes
    assert outcomes["invalid_file"] > 0
    assert extract_text(original).kind == kind  # the pool still works
