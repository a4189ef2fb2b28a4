"""Job posting parser: pasted text to title, company, location, salary, experience and skills."""

from jobwise.ai.jobs.models import (
    EmploymentType,
    LocationType,
    ParsedPosting,
    Salary,
    SalaryPeriod,
    Seniority,
)
from jobwise.ai.jobs.parser import parse_posting
from jobwise.ai.jobs.salary import parse_salary, yearly_top

__all__ = [
    "EmploymentType",
    "LocationType",
    "ParsedPosting",
    "Salary",
    "SalaryPeriod",
    "Seniority",
    "parse_posting",
    "parse_salary",
    "yearly_top",
]
