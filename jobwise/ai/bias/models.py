"""Result types of the bias analysis."""

from typing import Literal

from pydantic import BaseModel, ConfigDict

BiasCategory = Literal[
    "masculine_coded",
    "feminine_coded",
    "age",
    "disability",
    "nationality",
    "family_status",
    "exclusionary",
]
GenderCoding = Literal[
    "strongly feminine-coded",
    "feminine-coded",
    "neutral",
    "masculine-coded",
    "strongly masculine-coded",
]


class BiasFlag(BaseModel):
    """One flagged phrase; `text[start:end] == phrase` (Python string, i.e. code-point, offsets)."""

    model_config = ConfigDict(frozen=True)

    phrase: str
    start: int
    end: int
    category: BiasCategory
    suggestion: str


class BiasReport(BaseModel):
    """`masculine_words`/`feminine_words` list every coded word as written, repeats included."""

    score: int
    gender_coding: GenderCoding
    flags: list[BiasFlag]
    masculine_words: list[str]
    feminine_words: list[str]
    word_count: int
