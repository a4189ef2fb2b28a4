"""Text clean-up and the "has a text layer" test."""

from __future__ import annotations

import pytest

from jobwise.documents.text import clean, has_words


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("Jane Doe\r\nEngineer\r\n", "Jane Doe\nEngineer"),
        ("eﬃcient oﬃce ﬁle", "efficient office file"),
        ("experi\ufffeence", "experience"),  # PDFium's mark for a hyphen it joined
        ("Skills:\x00 Go\x07", "Skills: Go"),
        ("a  \u00a0\nb\t\n", "a\nb"),
        ("  indented\n\t\tline", "indented\nline"),
        ("a\n\n\n\n\nb", "a\n\nb"),
        ("page one\fpage two", "page one\n\npage two"),
        ("Python\tExpert", "Python\tExpert"),
        ("\uf0b7 Led a team\n\uf095 +1 555 0100", "• Led a team\n+1 555 0100"),  # Symbol bullet, icon font
    ],
)
def test_clean(raw: str, expected: str):
    assert clean(raw) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [("", False), ("• • • ■ ■ 1 2 3", False), ("a b c d e f g h i j k l m n o p q r s", False),
     ("Jane Doe, software engineer", True), ("山田太郎 ソフトウェアエンジニア 東京都出身", True)],
)  # fmt: skip
def test_has_words(text: str, expected: bool):
    assert has_words(text) is expected
