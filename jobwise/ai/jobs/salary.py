"""Salary ranges as stated: "$175k–$205k", "100,000 USD per year", "€60-70k", "₹18-24 LPA"."""

import re

from jobwise.ai.jobs.models import Salary, SalaryPeriod

# Further ISO 4217 codes written before or after amounts ("KES 250,000").
_MORE_ISO = (
    "KES",
    "NGN",
    "EGP",
    "GHS",
    "MAD",
    "ARS",
    "CLP",
    "COP",
    "PEN",
    "UYU",
    "PHP",
    "IDR",
    "MYR",
    "THB",
    "VND",
    "KRW",
    "CNY",
    "TWD",
    "PKR",
    "BDT",
    "LKR",
    "NPR",
    "TRY",
    "ILS",
    "SAR",
    "QAR",
    "KWD",
    "BHD",
    "OMR",
    "CZK",
    "HUF",
    "RON",
    "BGN",
    "UAH",
    "ISK",
    "HRK",
    "RSD",
)
_PREFIX = {
    "us$": "USD",
    "usd": "USD",
    "ca$": "CAD",
    "c$": "CAD",
    "cad": "CAD",
    "a$": "AUD",
    "au$": "AUD",
    "aud": "AUD",
    "nz$": "NZD",
    "mx$": "MXN",
    "nt$": "TWD",
    "nzd": "NZD",
    "s$": "SGD",
    "sgd": "SGD",
    "hk$": "HKD",
    "hkd": "HKD",
    "r$": "BRL",
    "brl": "BRL",
    "€": "EUR",
    "eur": "EUR",
    "£": "GBP",
    "gbp": "GBP",
    "₹": "INR",
    "inr": "INR",
    "rs": "INR",
    "rs.": "INR",
    "chf": "CHF",
    "¥": "JPY",
    "jpy": "JPY",
    "sek": "SEK",
    "nok": "NOK",
    "dkk": "DKK",
    "pln": "PLN",
    "zar": "ZAR",
    "aed": "AED",
    "mxn": "MXN",
    **{code.lower(): code for code in _MORE_ISO},
    "rmb": "CNY",
    "$": "$",
}
_SUFFIX = {
    **{k: v for k, v in _PREFIX.items() if k.isalpha()},
    "€": "EUR",
    "£": "GBP",
    "dollars": "$",
    "euros": "EUR",
    "euro": "EUR",
    "pounds": "GBP",
    "rupees": "INR",
    "francs": "CHF",
    "yen": "JPY",
    "zł": "PLN",
    "kr": "SEK",
}
_CUR_PRE = "|".join(re.escape(k) for k in sorted(_PREFIX, key=len, reverse=True))
_CUR_SUF = "|".join(re.escape(k) for k in sorted(_SUFFIX, key=len, reverse=True))
_NUM = (
    r"\d{1,2}(?:,\d{2})+,\d{3}"  # Indian grouping: 12,00,000
    r"|\d{1,3}(?:,\d{3})+(?:\.\d{1,2})?|\d{1,3}(?:\.\d{3})+(?![\d,])|\d{1,3}(?:['’]\d{3})+"
    r"|\d{1,3}(?: \d{3})+(?!\d)|\d+(?:\.\d+)?"
)
_MULT = r"k\b|K\b|thousand\b|lakhs?\b|lacs?\b|LPA\b|L\b|crores?\b|cr\b|mn\b|million\b|m\b|M\b"


def _amount(n: int) -> str:
    return rf"(?:(?P<c{n}>{_CUR_PRE})\s?)?(?P<a{n}>{_NUM})\s?(?P<m{n}>{_MULT})?"


_RANGE = re.compile(
    r"(?<![\w.])"
    + _amount(1)
    + rf"(?:\s?(?P<s1>{_CUR_SUF})(?![a-z]))?(?:\s*/\s*(?:yr|year|hr|hour|mo|month|annum)\b)?"
    + r"(?:\s*(?:-|–|—|to|and|a|à|bis|até|hasta)\s*"
    + _amount(2)
    + r")?"
    + rf"(?:\s?(?P<s2>{_CUR_SUF})(?![a-z]))?",
    re.IGNORECASE,
)
_PERIODS: tuple[tuple[SalaryPeriod, str], ...] = (
    ("hour", r"(?:\b(?:per|an|a|each)\s*|/\s*)(?:hour|hr|h)\b|hourly|\bph\b|p/h|stunde|per uur|por hora"),
    (
        "month",
        r"(?:\b(?:per|a)\s*|/\s*)(?:month|mo|mth)\b|monthly|\bpcm\b|p\.m\.|monat|mensuel|per maand|"
        r"por m[eê]s|al mes",
    ),
    (
        "year",
        r"(?:\b(?:per|a)\s*|/\s*)(?:year|yr|annum)\b|annual|yearly|p\.a\.?|\bpa\b|\bLPA\b|\bCTC\b|jahr|"
        r"par an\b|annuel|per jaar|por a[nñ]o|al a[nñ]o",
    ),
)
_MULTIPLIERS = {
    "k": 1e3,
    "thousand": 1e3,
    "lakh": 1e5,
    "lac": 1e5,
    "lpa": 1e5,
    "l": 1e5,
    "crore": 1e7,
    "cr": 1e7,
    "mn": 1e6,
    "million": 1e6,
    "m": 1e6,
}
_NOT_PAY_BEFORE = re.compile(
    r"rais|fund|series|revenue|valuation|\barr\b|budget|assets|bonus|stipend\s+for|allowance|reimburs|401|"
    r"investment|worth|turnover|backed|grant|sign-?on|signing|relocation|referral|\bcap\b|save|discount|"
    r"price|cost|fee|worth|sales\s+of|\$\d+\s*[bm]\b",
    re.IGNORECASE,
)
_NOT_PAY_AFTER = re.compile(
    r"^\s*(?:in\s+)?(?:funding|revenue|arr\b|valuation|users|customers|in\s+sales|assets|budget|bonus|sign-?on|"
    r"signing|relocation|referral|under\s+management|aum\b|raised|round|seed|series)",
    re.IGNORECASE,
)
_PAY_CUE = re.compile(r"salary|pay|compensation|base|\bote\b|rate|wage|ctc|package|earn|range", re.IGNORECASE)
_UP_TO = re.compile(r"(?:up\s+to|maximum(?:\s+of)?|max\.?|not\s+exceeding)\s*$", re.IGNORECASE)
_FROM = re.compile(r"(?:from|starting\s+(?:at|from)|minimum(?:\s+of)?|min\.?|at\s+least)\s*$", re.IGNORECASE)
_DOLLAR_HINTS = (
    (
        "USD",
        r"united states|\bU\.?S\.?A?\b|\bAmerica\b|new york|san francisco|"
        r", (?:CA|NY|TX|WA|MA|IL|CO|GA|FL|NC|AZ)\b",
    ),
    ("CAD", r"\bcanad|toronto|vancouver|montr[eé]al|ottawa|calgary|ontario|\bB\.?C\.?\b"),
    ("AUD", r"australia|sydney|melbourne|brisbane|perth\b|adelaide|\bNSW\b"),
    ("NZD", r"new zealand|auckland|wellington"),
    ("SGD", r"singapore"),
)


def _number(raw: str, mult: str | None) -> float:
    digits = re.sub(r"[,' ’]", "", raw)
    if re.fullmatch(r"\d{1,3}(?:\.\d{3})+", raw):
        digits = raw.replace(".", "")
    value = float(digits)
    return value * _MULTIPLIERS.get((mult or "").lower().rstrip("s"), 1.0)


def dollar_currency(text: str, where: str = "") -> str:
    """What a bare "$" means: the country named in `where` (header, location), else anywhere, else USD."""
    for scope in (where, text):
        found = next((cur for cur, hint in _DOLLAR_HINTS if re.search(hint, scope, re.IGNORECASE)), None)
        if found:
            return found
    return "USD"


def _currency(m: re.Match[str], dollar: str) -> str | None:
    code = next((m.group(g) for g in ("c1", "c2", "s1", "s2") if m.group(g)), None)
    if code is None:  # "15-25 Lacs P.A.": lakh and crore amounts are rupees
        lakhs = any(
            re.fullmatch(r"lakhs?|lacs?|lpa|crores?|cr", m.group(g) or "", re.IGNORECASE)
            for g in ("m1", "m2")
        )
        return "INR" if lakhs else None
    iso = _SUFFIX.get(code.lower()) or _PREFIX[code.lower()]
    return dollar if iso == "$" else iso


_PERIOD_BEFORE: tuple[tuple[SalaryPeriod, str], ...] = (
    ("hour", r"hourly"),
    ("month", r"monthly"),
    ("year", r"annual|yearly|per\s+annum"),
)
# What may stand between the amount and its period: "€4,500 gross per month", "$40/hr".
_FILLER = (
    r"^.*?\d(?:[\s,.]|[^\w\s]{1,3}|"
    r"(?:gross|brutto|bruto|brut|net|base|salary|pay|pre-tax|usd|eur|gbp|inr|chf|k|lpa|lakhs?|lacs?|crores?)\b)*?"
)
_DAY_OR_WEEK = re.compile(r"(?:\b(?:per|a)\s*|/\s*)(?:day|week|wk|shift)\b|daily|weekly", re.IGNORECASE)


def _period(before: str, after: str, mults: tuple[str | None, ...]) -> SalaryPeriod | None:
    if any(m and m.upper() == "LPA" for m in mults):
        return "year"
    stated = next((p for p, rx in _PERIODS if re.search(_FILLER + rf"(?:{rx})", after, re.IGNORECASE)), None)
    cue = r"(?:{})\s+(?:base\s+|gross\s+)?(?:salary|pay|rate|compensation|wage|income|ctc)"
    if stated or re.search(r"\bCTC\b", before, re.IGNORECASE):  # cost to company is yearly
        return stated or "year"
    return next((p for p, rx in _PERIOD_BEFORE if re.search(cue.format(rx), before, re.IGNORECASE)), None)


def _plausible(low: float, high: float, period: SalaryPeriod | None) -> bool:
    floor = {"hour": 5.0, "month": 200.0}.get(period or "", 1000.0)
    return floor <= low <= high <= 1e9 and high <= low * 4


def _candidate(m: re.Match[str], text: str, dollar: str) -> tuple[int, Salary] | None:
    """A scored salary reading of one match, or None when it is not pay."""
    before = re.split(r"[.;!?\n]\s", text[max(0, m.start() - 40) : m.start()])[-1]
    after = text[m.end() : m.end() + 30]
    if (
        _NOT_PAY_BEFORE.search(before[-25:])
        or _NOT_PAY_AFTER.match(after)
        or (not _currency(m, dollar) and not _PAY_CUE.search(before))
    ):
        return None
    m1, m2 = m.group("m1"), m.group("m2")
    low = _number(m.group("a1"), m1 or m2)
    high = _number(m.group("a2"), m2 or m1) if m.group("a2") else low
    if m.group("a2") and m2 and not m1 and low * 1000 <= high:
        low = _number(m.group("a1"), m2)  # "€60-70k": the multiplier covers both ends
    period = _period(before, m.group() + after[:25], (m1, m2))
    per_day = bool(
        _DAY_OR_WEEK.match(after.lstrip(" .")) or re.search(r"\b(?:day|daily|weekly)\s+rate", before, re.I)
    )
    period = None if per_day else period
    if not _plausible(low, high, "month" if per_day else period):
        return None
    salary = Salary(min=int(low + 0.5), max=int(high + 0.5), currency=_currency(m, dollar), period=period)
    if not m.group("a2"):
        salary = _one_sided(salary, before, after if not m.group()[-1:].isspace() else "")
    score = 2 * bool(_PAY_CUE.search(before)) + bool(salary.currency) + bool(period) + bool(m.group("a2"))
    return score, salary


def _one_sided(salary: Salary, before: str, after: str) -> Salary:
    if _UP_TO.search(before):
        return salary.model_copy(update={"min": None})
    if _FROM.search(before) or after.startswith("+"):
        return salary.model_copy(update={"max": None})
    return salary


def parse_salary(text: str, where: str = "") -> Salary:
    """The best-supported salary in `text` (empty `Salary` when none is stated).

    `where` (the posting's header or location) decides what a bare "$" means before the rest of the text.
    """
    best: tuple[int, int, Salary] | None = None
    dollar = dollar_currency(text, where)
    for m in _RANGE.finditer(text):
        found = _candidate(m, text, dollar)
        if found and (best is None or found[0] > best[0]):
            best = (found[0], -m.start(), found[1])
    return best[2] if best else Salary()
