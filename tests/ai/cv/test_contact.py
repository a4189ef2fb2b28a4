"""Email, phone, links and location from a CV's contact lines."""

import phonenumbers
import pytest

from jobwise.ai.cv.contact import find_email, find_links, find_location, find_phone
from jobwise.ai.cv.places import region_hint


@pytest.mark.parametrize(
    ("text", "email"),
    [
        ("jane.doe@example.com | +1 415 555 0132", "jane.doe@example.com"),
        ("Email: Jean-Luc.Picard+cv@starfleet.co.uk", "jean-luc.picard+cv@starfleet.co.uk"),
        ("mail me at o'brien_m@uni-heidelberg.de.", "brien_m@uni-heidelberg.de"),
        ("aisha.almansouri@gmail.co\nm\n+971 50 123 4567", "aisha.almansouri@gmail.com"),  # wrapped sidebar
        ("no address here, just @handles and example.com", None),
    ],
)
def test_find_email(text: str, email: str | None) -> None:
    assert find_email(text) == email


@pytest.mark.parametrize(
    ("line", "region", "phone"),
    [
        ("+1 (415) 555-2671", None, "+14155552671"),
        ("(617) 555-0198 | Boston, MA", "US", "+16175550198"),
        ("Tel: +44 20 7946 0018", None, "+442079460018"),
        ("07911 123456", "GB", "+447911123456"),
        ("0151 23456789", "DE", "+4915123456789"),
        ("06 12 34 56 78", "FR", "+33612345678"),
        ("+91-9876543210", None, "+919876543210"),
        ("(11) 98765-4321", "BR", "+5511987654321"),
        ("Mobile: 98765 43210", "IN", "+919876543210"),
        ("020 7946 0018", None, "+442079460018"),  # no hint: other regions are tried
        ("07700 912345 | Bristol", "GB", "+447700912345"),  # possible here, not read as another country's
        ("0438 765 432", "AU", "+61438765432"),
        ("Phone: +1-555-0100", None, "+1-555-0100"),  # not a valid number, but clearly one: as written
    ],
)
def test_find_phone(line: str, region: str | None, phone: str) -> None:
    assert find_phone([line], region) == phone


@pytest.mark.parametrize(
    "line", ["Jan 2016 - 2018 2019", "2016-2018", "Increased revenue 1200000 EUR", "ISBN 978"]
)
def test_dates_and_numbers_are_not_phones(line: str) -> None:
    assert find_phone([line], "US") is None


def test_find_links_without_scheme_and_not_email_domains() -> None:
    text = "jane@janedoe.dev | linkedin.com/in/jane-doe | https://github.com/janedoe | www.janedoe.dev"
    assert find_links(text) == ["linkedin.com/in/jane-doe", "https://github.com/janedoe", "www.janedoe.dev"]


@pytest.mark.parametrize(
    ("lines", "location"),
    [
        (["jane@x.com | (415) 555-0132 | San Francisco, CA | github.com/jd"], "San Francisco, CA"),
        (["Location: Lyon, France"], "Lyon, France"),
        (["+49 30 12345678 • Berlin"], "Berlin"),
        (["Austin, TX 78701"], "Austin, TX 78701"),
        (["Software Engineer"], None),
        (["Department of Genetics, Downing Street, Cambridge, UK CB2 3EH"], "Cambridge, UK"),
        (["Dubai, UAE | +971 50 123 4567"], "Dubai, UAE"),
        (["Melbourne, VIC 3000"], "Melbourne, VIC"),
        (["Acme UK Ltd"], None),
        (["m.alfarsi@outlook.com +971 55 234 5678 Abu Dhabi, UAE"], "Abu Dhabi, UAE"),
        (["University of Michigan Ann Arbor, MI"], "Ann Arbor, MI"),
        (["Stripe Seattle, WA"], "Seattle, WA"),
        (["Osasco, SP"], "Osasco, SP"),
        (["hannahwj@btinternet.com | 01632 960 123 | Reading, Berkshire"], "Reading, Berkshire"),
        (["Department of Genetics, University College London, London, UK"], "London, UK"),
        (["Munich, since 2018"], "Munich"),
    ],
)
def test_find_location(lines: list[str], location: str | None) -> None:
    assert find_location(lines) == location


@pytest.mark.parametrize(
    ("text", "region"),
    [
        ("Lives in Manchester", "GB"),
        ("Chicago, IL", "US"),
        ("São Paulo, Brazil", "BR"),
        ("Nowhere", None),
        ("Perth, WA", "AU"),
        ("Seattle, WA", "US"),
        ("Ottawa, ON", "CA"),
        ("Reading, Berkshire", "GB"),  # a town and its county
        ("Harrogate, North Yorkshire", "GB"),
        ("Kent, WA", "US"),
    ],
)
def test_region_hint(text: str, region: str | None) -> None:
    assert region_hint(text) == region


_REGIONS = {"US": "Austin, TX", "GB": "Leeds, United Kingdom", "DE": "Köln, Germany", "FR": "Lille, France",
            "IN": "Pune, India", "BR": "Recife, Brazil", "ES": "Bilbao, Spain", "IT": "Turin, Italy",
            "PL": "Gdańsk, Poland", "AU": "Perth, Australia", "MX": "Puebla, Mexico", "JP": "Osaka, Japan",
            "KR": "Busan, South Korea", "ZA": "Durban, South Africa", "NG": "Ibadan, Nigeria",
            "KE": "Mombasa, Kenya", "AE": "Sharjah, United Arab Emirates", "TR": "Izmir, Turkey"}  # fmt: skip


@pytest.mark.parametrize("region", _REGIONS)
@pytest.mark.parametrize(
    "style", [phonenumbers.PhoneNumberFormat.INTERNATIONAL, phonenumbers.PhoneNumberFormat.NATIONAL]
)
def test_phones_as_each_country_writes_them(region: str, style: int) -> None:
    example = phonenumbers.example_number_for_type(region, phonenumbers.PhoneNumberType.MOBILE)
    line = f"jane@example.com | {phonenumbers.format_number(example, style)} | {_REGIONS[region]}"
    expected = phonenumbers.format_number(example, phonenumbers.PhoneNumberFormat.E164)
    assert find_phone([line], region_hint(line)) == expected
