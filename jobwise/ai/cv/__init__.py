"""CV analysis engine: text in, structured CV with quality score and ATS feedback out."""

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
