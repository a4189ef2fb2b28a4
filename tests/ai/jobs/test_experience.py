import pytest

from jobwise.ai.jobs.experience import min_experience_years


@pytest.mark.parametrize(
    ("text", "years"),
    [
        ("7+ years of experience with Python", 7.0),
        ("at least five years of experience in sales", 5.0),
        ("3-5 years experience", 3.0),
        ("minimum of 2 years' experience", 2.0),
        ("ten years in a leadership role", 10.0),
        ("Experience: 3+ yrs", 3.0),
        ("Experience Required: 2 to 4 years", 2.0),
        ("two (2) years of nursing experience", 2.0),
        ("5 or more years of professional experience", 5.0),
        ("Minimum 4 years PQE", 4.0),
        ("4+ years building production React apps", 4.0),
        ("10+ years in infrastructure or SRE roles", 10.0),
        ("First experience in B2B sales (1-2 years)", 1.0),
        ("3+ years in customer success or account management", 3.0),
        ("4+ years T-SQL development", 4.0),
        ("Infosoft Pvt Ltd\n5 - 10 years\n15-25 Lacs P.A.", 5.0),
        ("6 months of experience in retail", 0.5),
        ("at least a year of experience", 1.0),
        ("8+ years in software, 5+ years managing managers", 8.0),
        ("No experience required, we train you", 0.0),
        ("We were founded 10 years ago.", None),
        ("This is a 2 year contract.", None),
        ("Applicants must be 18 years old.", None),
        ("Spend two years rotating across teams.", None),
        ("Up to two years of experience in data science", None),
        ("Medical billing: 2 years (Required)", 2.0),
        ("5+ years with Python, Spark and Airflow", 5.0),
        ("Mindestens 5 Jahre Berufserfahrung in der Backend-Entwicklung", 5.0),
        ("Expérience : > 3 ans", 3.0),
        ("3 ans d'expérience minimum en analyse de données", 3.0),
        ("Mínimo 3 años de experiencia con React", 3.0),
        ("Years of Experience: Min: 8 Max: 12", 8.0),
        ("We have been 20 years with our founders at the helm.", None),
        ("Bis zu 3 Tage mobiles Arbeiten pro Woche. Seit 2012 am Markt.", None),
    ],
)
def test_years_shapes(text: str, years: float | None) -> None:
    assert min_experience_years(text, text) == years


def test_required_section_wins_over_preferred_years() -> None:
    whole = "Requirements: 3+ years of Go. Preferred: 6+ years of experience."
    assert min_experience_years("3+ years of Go", whole) == 3.0


def test_preferred_years_count_when_nothing_is_required() -> None:
    assert (
        min_experience_years("", "Board certified FNP.", "2+ years of primary care experience preferred")
        == 2.0
    )
