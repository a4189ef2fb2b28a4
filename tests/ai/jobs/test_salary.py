import pytest

from jobwise.ai.jobs import Salary, parse_salary


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("$175k–$205k", Salary(min=175000, max=205000, currency="USD")),
        ("$175,000 - $205,000 a year", Salary(min=175000, max=205000, currency="USD", period="year")),
        ("$175K/yr - $205K/yr", Salary(min=175000, max=205000, currency="USD", period="year")),
        ("100,000 USD per year", Salary(min=100000, max=100000, currency="USD", period="year")),
        ("€60-70k", Salary(min=60000, max=70000, currency="EUR")),
        ("Salary: 55-65k€ per year", Salary(min=55000, max=65000, currency="EUR", period="year")),
        ("£45,000–£55,000", Salary(min=45000, max=55000, currency="GBP")),
        ("£28,407 - £34,581 per annum", Salary(min=28407, max=34581, currency="GBP", period="year")),
        ("CTC: ₹18-24 LPA", Salary(min=1800000, max=2400000, currency="INR", period="year")),
        (
            "INR 12,00,000 - 18,00,000 per annum",
            Salary(min=1200000, max=1800000, currency="INR", period="year"),
        ),
        ("Rs. 35,000 per month", Salary(min=35000, max=35000, currency="INR", period="month")),
        ("15-25 Lacs P.A.", Salary(min=1500000, max=2500000, currency="INR", period="year")),
        ("Montréal, QC — $21/h", Salary(min=21, max=21, currency="CAD", period="hour")),
        ("$40/hr", Salary(min=40, max=40, currency="USD", period="hour")),
        ("$19.50 - $22.00 an hour", Salary(min=20, max=22, currency="USD", period="hour")),
        ("up to $150k", Salary(max=150000, currency="USD")),
        ("From £28,000", Salary(min=28000, currency="GBP")),
        ("base salary of $150K+", Salary(min=150000, currency="USD")),
        ("Base salary €48,000 + variable", Salary(min=48000, max=48000, currency="EUR")),
        ("CHF 120'000", Salary(min=120000, max=120000, currency="CHF")),
        (
            "an annual salary of CHF 140'000 - 170'000",
            Salary(min=140000, max=170000, currency="CHF", period="year"),
        ),
        (
            "Salary: 55.000 - 65.000 € brutto/Jahr",
            Salary(min=55000, max=65000, currency="EUR", period="year"),
        ),
        ("38.000 € - 45.000 € gross per year", Salary(min=38000, max=45000, currency="EUR", period="year")),
        ("€4,500 - €5,800 gross per month", Salary(min=4500, max=5800, currency="EUR", period="month")),
        (
            "¥8,000,000 - ¥12,000,000 per year",
            Salary(min=8000000, max=12000000, currency="JPY", period="year"),
        ),
        ("S$8,000 - S$10,000 per month", Salary(min=8000, max=10000, currency="SGD", period="month")),
        ("CA$150,000–CA$180,000", Salary(min=150000, max=180000, currency="CAD")),
        ("MX$26,000 – MX$32,000 per month", Salary(min=26000, max=32000, currency="MXN", period="month")),
        ("Toronto, ON. $90,000 to $110,000", Salary(min=90000, max=110000, currency="CAD")),
        ("Sydney NSW. $118,000 - $128,000 + super", Salary(min=118000, max=128000, currency="AUD")),
        ("AED 25,000 - 30,000 per month", Salary(min=25000, max=30000, currency="AED", period="month")),
        ("paying £550 per day", Salary(min=550, max=550, currency="GBP")),
        ("Day rate: £700 - £800 (inside IR35)", Salary(min=700, max=800, currency="GBP")),
        ("Compensation: 120-150k USD", Salary(min=120000, max=150000, currency="USD")),
        (
            "Salary: KES 250,000 – 300,000 per month",
            Salary(min=250000, max=300000, currency="KES", period="month"),
        ),
        ("RMB 30,000 per month", Salary(min=30000, max=30000, currency="CNY", period="month")),
        ("€45.000,- bruto per jaar", Salary(min=45000, max=45000, currency="EUR", period="year")),
        ("R$ 8.000 a 10.000 por mês", Salary(min=8000, max=10000, currency="BRL", period="month")),
        ("CTC up to 12 lakhs", Salary(max=1200000, currency="INR", period="year")),
        ("between $60,000 and $70,000 per year", Salary(min=60000, max=70000, currency="USD", period="year")),
        ("USD 120-150K depending on experience", Salary(min=120000, max=150000, currency="USD")),
        (
            "Gehalt: €4.500 brutto/Monat (13 Gehälter)",
            Salary(min=4500, max=4500, currency="EUR", period="month"),
        ),
        (
            "Ein Jahresgehalt von 75.000 – 90.000 € brutto",
            Salary(min=75000, max=90000, currency="EUR", period="year"),
        ),
        (
            "Salario: 38.000 - 46.000 € brutos anuales",
            Salary(min=38000, max=46000, currency="EUR", period="year"),
        ),
        ("CHF 110'000 – 130'000 p.a.", Salary(min=110000, max=130000, currency="CHF", period="year")),
        (
            "Halifax, NS\n$19.00 hourly / 35 to 40 hours per week",
            Salary(min=19, max=19, currency="CAD", period="hour"),
        ),
        (
            "£40,000 - £45,000 base, £80,000 - £90,000 OTE",
            Salary(min=40000, max=45000, currency="GBP"),
        ),
        (
            "Housing stipend included in weekly pay\n$2,486 per week\n- $1,000 completion bonus",
            Salary(min=2486, max=2486, currency="USD"),
        ),
        ("¥7M ~ ¥10M annually", Salary(min=7000000, max=10000000, currency="JPY", period="year")),
        ("16,50 € pro Stunde", Salary(min=17, max=17, currency="EUR", period="hour")),
        ("45.000 € - 52.000 € pro Jahr", Salary(min=45000, max=52000, currency="EUR", period="year")),
        ("65 000 – 80 000 SEK per month", Salary(min=65000, max=80000, currency="SEK", period="month")),
        (
            "Salaire annuel de CHF 95 000 à 115 000",
            Salary(min=95000, max=115000, currency="CHF", period="year"),
        ),
        (
            "Grupo Tavira S.A. de C.V.\nSueldo: $18,000 - $22,000 (Mensual)",
            Salary(min=18000, max=22000, currency="MXN", period="month"),
        ),
        (
            "Swift Loans Pvt Ltd\nSalary: 15k - 20k per month",
            Salary(min=15000, max=20000, currency="INR", period="month"),
        ),
        ("Salary: 15k - 20k per month", Salary(min=15000, max=20000, period="month")),
        (
            "4.5 million yen ~ 6 million yen per year",
            Salary(min=4500000, max=6000000, currency="JPY", period="year"),
        ),
        ("Salario: 22.000€ - 26.000€ Bruto/año", Salary(min=22000, max=26000, currency="EUR", period="year")),
        (
            "Buenos Aires\nSalario: $1.800.000 - $2.200.000 mensual",
            Salary(min=1800000, max=2200000, currency="ARS", period="month"),
        ),
        (
            "The base pay for this position ranges from $129,300/year in our lowest geographic market "
            "up to $223,600/year in our highest geographic market.",
            Salary(min=129300, max=223600, currency="USD", period="year"),
        ),
        ("£29,907 rising to £48,231", Salary(min=29907, max=48231, currency="GBP")),
        ("Québec, QC\n20,50 $ de l'heure", Salary(min=21, max=21, currency="CAD", period="hour")),
        ("RAL 45.000 - 55.000 €", Salary(min=45000, max=55000, currency="EUR", period="year")),
    ],
)
def test_salary_shapes(text: str, expected: Salary) -> None:
    assert parse_salary(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "We raised $40M in our Series B.",
        "401(k) with 4% match",
        "Sign-on bonus: $15,000",
        "We have 5,000 employees in 120 offices.",
        "Salary: competitive",
        "$500 yearly learning budget",
        "$1,000 completion bonus",
    ],
)
def test_money_that_is_not_pay_is_ignored(text: str) -> None:
    assert parse_salary(text) == Salary()


def test_pay_wins_over_funding_and_bonus_in_the_same_text() -> None:
    text = "We raised $40M last year. Sign-on bonus $5,000. Pay: $120,000-$140,000 per year."
    assert parse_salary(text) == Salary(min=120000, max=140000, currency="USD", period="year")


def test_bare_dollar_follows_the_posting_location_over_other_places() -> None:
    text = "Our engineers work from Toronto and Chicago. Compensation: $122,000 – $150,000 annually"
    assert parse_salary(text, where="Chicago, IL").currency == "USD"
    assert parse_salary(text).currency == "CAD"


@pytest.mark.parametrize(
    ("where", "currency"),
    [
        ("Full-time, on-site in Reno, NV", "USD"),  # ", on-site" is not Ontario
        ("Hybrid, on Tuesdays in the office", "USD"),
        ("Calgary, AB", "CAD"),
        ("Toronto, ON", "CAD"),
        ("Sydney NSW", "AUD"),
        ("Remote, in any time zone", "USD"),  # ", in" is not Indiana, nor a hint at all
    ],
)
def test_region_codes_count_in_capitals_only(where: str, currency: str) -> None:
    assert parse_salary("Pay: $19 - $23 per hour", where=where).currency == currency
