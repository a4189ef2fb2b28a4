"""Salary ranges as stated: "$175k–$205k", "100,000 USD per year", "€60-70k", "₹18-24 LPA"."""

import re

from jobwise.ai.jobs.models import Salary, SalaryPeriod
from jobwise.ai.regions import US_STATES

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
    "$": "$",  # "20,50 $ de l'heure" in Québec
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
    r"|\d{1,3}(?: \d{3})+(?!\d)|\d{1,3},\d{2}(?![\d,])|\d+(?:\.\d+)?"
)
_MULT = r"k\b|K\b|thousand\b|lakhs?\b|lacs?\b|LPA\b|L\b|crores?\b|cr\b|mn\b|million\b|m\b|M\b"


def _amount(n: int) -> str:
    return rf"(?:(?P<c{n}>{_CUR_PRE})\s?)?(?P<a{n}>{_NUM})\s?(?P<m{n}>{_MULT})?"


_RANGE = re.compile(
    r"(?<![\w.])"
    + _amount(1)
    + rf"(?:\s?(?P<s1>{_CUR_SUF})(?![a-z]))?(?:\s*/\s*(?:yr|year|hr|hour|mo|month|annum)\b)?"
    + r"(?:\s*(?:-|–|—|~|〜|to|rising\s+to|and|a|à|bis|até|hasta)\s*"
    + _amount(2)
    + r")?"
    + rf"(?:\s?(?P<s2>{_CUR_SUF})(?![a-z]))?",
    re.IGNORECASE,
)
_PERIODS: tuple[tuple[SalaryPeriod, str], ...] = (
    (
        "hour",
        r"(?:\b(?:per|an|a|each)\s*|/\s*)(?:hour|hr|h|hora|heure)\b|hourly|\bph\b|p/h|stunde|per uur|"
        r"por hora|de l['’]heure|par heure",
    ),
    (
        "month",
        r"(?:\b(?:per|a)\s*|/\s*)(?:month|mo|mth|mes|mois)\b|monthly|\bpcm\b|p\.m\.|monat|mensuel|per maand|"
        r"por m[eê]s|al mes|mensual",
    ),
    (
        "year",
        r"(?:\b(?:per|a)\s*|/\s*)(?:year|yr|annum|a[ñn]o|an)\b|annual|yearly|p\.a\.?|\bpa\b|\bLPA\b|\bCTC\b|\bRAL\b|jahr|"
        r"par an\b|annuel|per jaar|por a[nñ]o|al a[nñ]o|anual",
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
    r"^\s*(?:[a-z][\w-]*\s+){0,2}?(?:bonus|budget|stipend|allowance|reimbursement)\b|"
    r"^\s*(?:in\s+)?(?:funding|revenue|arr\b|valuation|users|customers|in\s+sales|assets|budget|bonus|sign-?on|"
    r"signing|relocation|referral|under\s+management|aum\b|raised|round|seed|series)",
    re.IGNORECASE,
)
_PAY_CUE = re.compile(r"salary|pay|compensation|base|\bote\b|rate|wage|ctc|package|earn|range", re.IGNORECASE)
_BASE_AFTER = re.compile(r"^\s*(?:base|basic|salary|gross|brutto)\b", re.IGNORECASE)
_OTE_AFTER = re.compile(r"^\s*(?:\(?\s*OTE|on[\s-]target)\b", re.IGNORECASE)
_UP_TO = re.compile(r"(?:up\s+to|maximum(?:\s+of)?|max\.?|not\s+exceeding)\s*$", re.IGNORECASE)
_FROM = re.compile(r"(?:from|starting\s+(?:at|from)|minimum(?:\s+of)?|min\.?|at\s+least)\s*$", re.IGNORECASE)
_DOLLAR_HINTS = (
    (
        "USD",
        r"united states|\bU\.?S\.?A?\b|\bAmerica\b|new york|san francisco|"
        # state codes match in capitals only: ", on-site" or ", in" are not Ontario or Indiana
        rf", (?-i:{'|'.join(US_STATES)})\b",
    ),
    (
        "CAD",
        r"\bcanad|toronto|vancouver|montr[eé]al|ottawa|calgary|edmonton|winnipeg|halifax|ontario|\bB\.?C\.?\b|"
        r", (?-i:ON|QC|NS|NB|MB|SK|AB|NL|PE)\b",
    ),
    ("AUD", r"australia|sydney|melbourne|brisbane|perth\b|adelaide|\b(?-i:NSW|VIC|QLD|TAS)\b"),
    ("NZD", r"new zealand|auckland|wellington"),
    ("SGD", r"singapore"),
    ("MXN", r"m[ée]xico|\bCDMX\b|guadalajara|monterrey|\bS\.\s?A\.\s+de\s+C\.\s?V\b"),
    ("ARS", r"argentin|buenos\s+aires|\bCABA\b|c[óo]rdoba,\s+argentina"),
    ("COP", r"colombia|bogot[áa]|medell[íi]n"),
    ("CLP", r"\bchile\b|santiago\s+de\s+chile"),
)
# Amounts with a pay cue but no currency at all ("Salary: 15k - 20k per month") take the currency
# a country marker in the text implies; only markers that name one currency count.
_COUNTRY_CURRENCY = (("INR", r"\bPvt\.?\s+Ltd\b|\bPrivate\s+Limited\b|\blakhs?\b|\bLPA\b"),)


def _number(raw: str, mult: str | None) -> float:
    digits = re.sub(r"[,' ’]", "", raw)
    if re.fullmatch(r"\d{1,3}(?:\.\d{3})+", raw):
        digits = raw.replace(".", "")
    elif re.fullmatch(r"\d{1,3},\d{2}", raw):  # decimal comma: "16,50 €"
        digits = raw.replace(",", ".")
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
    ("hour", r"hourly|stunden"),
    ("month", r"monthly|monats|monatlich|mensuel"),
    ("year", r"annual|annuel|yearly|per\s+annum|jahres|j[äa]hrlich|anual"),
)
# What may stand between the amount and its period: "€4,500 gross per month", "$40/hr".
_FILLER = (
    r"^.*?\d(?:[\s,.]|[^\w\s]{1,3}|"
    r"(?:gross|brutto|brut[oa]?s?|net|base|salary|pay|pre-tax|pro|k|m|mn|million|thousand|lpa|lakhs?|lacs?|crores?|"
    + "|".join(
        sorted(
            {code.lower() for code in _PREFIX.values() if code.isalpha()}
            | {w for w in _SUFFIX if w.isalpha()}
        )
    )
    + r")\b)*?"
)
_DAY_OR_WEEK = re.compile(r"(?:\b(?:per|a)\s*|/\s*)(?:day|week|wk|shift)\b|daily|weekly", re.IGNORECASE)


def _period(before: str, after: str, mults: tuple[str | None, ...]) -> SalaryPeriod | None:
    if any(m and m.upper() == "LPA" for m in mults):
        return "year"
    stated = next((p for p, rx in _PERIODS if re.search(_FILLER + rf"(?:{rx})", after, re.IGNORECASE)), None)
    # "annual base salary", and German compounds: "Jahresgehalt", "Stundenlohn"
    cue = r"(?:{})\s*(?:base\s+|gross\s+)?(?:salary|pay|rate|compensation|wage|income|ctc|gehalt|lohn)"
    # cost to company (India) and retribuzione annua lorda (Italy) are yearly
    if stated or re.search(r"\b(?:CTC|RAL)\b", before):
        return stated or "year"
    # ... and noun first: "Salaire annuel de", "Sueldo mensual"
    after_noun = r"(?:salary|salaire|salario|sueldo|gehalt)\s+(?:{})"
    return next(
        (
            p
            for p, rx in _PERIOD_BEFORE
            if re.search(cue.format(rx), before, re.IGNORECASE)
            or re.search(after_noun.format(rx), before, re.I)
        ),
        None,
    )


def _plausible(low: float, high: float, period: SalaryPeriod | None) -> bool:
    floor = {"hour": 5.0, "month": 200.0}.get(period or "", 1000.0)
    return floor <= low <= high <= 1e9 and high <= low * 4


def _candidate(
    m: re.Match[str], text: str, dollar: str, bare: str | None = None
) -> tuple[int, Salary] | None:
    """A scored salary reading of one match, or None when it is not pay; `bare` is the currency of
    amounts that name none."""
    before = re.split(r"[.;!?]\s|\n", text[max(0, m.start() - 40) : m.start()])[-1]
    after = text[m.end() : m.end() + 30]
    if (
        _NOT_PAY_BEFORE.search(before[-25:])
        or _NOT_PAY_AFTER.match(after)
        or (not (currency := _currency(m, dollar)) and not _PAY_CUE.search(before))
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
    salary = Salary(min=int(low + 0.5), max=int(high + 0.5), currency=currency or bare, period=period)
    if not m.group("a2"):
        salary = _one_sided(salary, before, after if not m.group()[-1:].isspace() else "")
    # "£40,000 - £45,000 base, £80,000 - £90,000 OTE": the base is the salary, on-target earnings are not.
    cue = _PAY_CUE.search(before) or _BASE_AFTER.match(after)
    ote = _OTE_AFTER.match(after)
    score = 2 * bool(cue) - 2 * bool(ote) + bool(salary.currency) + bool(period) + bool(m.group("a2"))
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
    dollar = dollar_currency(text, where)
    bare = next((cur for cur, hint in _COUNTRY_CURRENCY if re.search(hint, text, re.IGNORECASE)), None)
    found = [(c[0], m, c[1]) for m in _RANGE.finditer(text) if (c := _candidate(m, text, dollar, bare))]
    if not found:
        return Salary()
    _, at, best = max(found, key=lambda f: (f[0], -f[1].start()))
    return _close_range(best, at, found, text)


def _close_range(
    best: Salary, at: re.Match[str], found: list[tuple[int, re.Match[str], Salary]], text: str
) -> Salary:
    """ "from $129,300/year in our lowest market up to $223,600/year in our highest": one range."""
    if best.max is not None:
        return best
    for _, m, other in found:
        near = 0 < m.start() - at.end() < 150 and not re.search(r"[.;!?]\s|\n", text[at.end() : m.start()])
        same = other.currency == best.currency and other.min is None
        if near and same and other.max and best.min and other.max >= best.min:
            return best.model_copy(update={"max": other.max, "period": best.period or other.period})
    return best


_PER_YEAR = {"hour": 2080, "month": 12}  # 40 hours × 52 weeks; a salary without a period is yearly


def yearly_top(low: int | None, high: int | None, period: str | None) -> int:
    """The top of a stated pay range per year (0 when none is stated), to compare hourly and monthly pay."""
    return max(low or 0, high or 0) * _PER_YEAR.get(period or "", 1)
