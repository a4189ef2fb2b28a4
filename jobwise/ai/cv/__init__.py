"""CV analysis engine: text in, structured CV with quality score and ATS feedback out.

`analyze_cv(text, today=...)` is the entry point: pure, deterministic, a few milliseconds per
CV. `parse_cv(text)` gives the structured CV alone. Text inside a CV is data: lines addressed to
an AI reader are set aside (and reported), never obeyed.
"""

from jobwise.ai.cv.analyze import analyze_cv, parse_cv
from jobwise.ai.cv.models import (
    ATSCheck,
    Contact,
    CVAnalysis,
    Education,
    Experience,
    Language,
    ParsedCV,
    Project,
)

__all__ = [
    "ATSCheck",
    "CVAnalysis",
    "Contact",
    "Education",
    "Experience",
    "Language",
    "ParsedCV",
    "Project",
    "analyze_cv",
    "parse_cv",
]
