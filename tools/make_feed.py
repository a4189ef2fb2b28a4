"""Write JobWise's bundled sample job feed: jobwise/data/feed/postings.jsonl.gz.

Every posting is assembled from text written for this project (role pools, company blurbs,
structural templates); companies are fictional and every URL uses the reserved `.example` TLD.
The output is deterministic: a fixed seed, no clock, no network, a gzip header without mtime.
This one file is long because most of it is prose pools, not code.

    python tools/make_feed.py            # rewrite the packaged file and print figures
    python tools/make_feed.py --check    # only print figures
"""

# ruff: noqa: E501 -- the prose pools below are data; wrapping them would only hurt reading
from __future__ import annotations

import argparse
import gzip
import io
import json
import random
import re
from collections import Counter
from dataclasses import dataclass
from datetime import date, timedelta
from functools import cache
from pathlib import Path

SEED = 20261101
FEED_END = date(2026, 11, 1)
OUT = Path(__file__).resolve().parent.parent / "jobwise" / "data" / "feed" / "postings.jsonl.gz"
QUOTAS = {
    "software": 82, "data": 55, "design": 36, "product": 34, "marketing": 44, "sales": 42,
    "healthcare": 50, "finance": 45, "operations": 40, "education": 40, "hr": 20, "legal": 16,
    "customer-support": 26,
}  # fmt: skip
MAX_LINE_OVERLAP = 0.55  # the tests allow 0.70; stay well under it

# --------------------------------------------------------------------------------------------
# Geography: country -> (currency, salary factor vs a US-dollar salary, pay period, disclosure
# probability, language asked for locally). City -> (country, pay multiplier, time zone label).
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Country:
    name: str
    currency: str
    factor: float
    period: str
    disclose: float
    language: str | None


COUNTRIES = {c.name: c for c in [
    Country("United States", "USD", 1.0, "year", 0.85, None),
    Country("Canada", "CAD", 0.86, "year", 0.75, None),
    Country("United Kingdom", "GBP", 0.5, "year", 0.75, None),
    Country("Ireland", "EUR", 0.6, "year", 0.6, None),
    Country("Germany", "EUR", 0.56, "year", 0.5, "German"),
    Country("Netherlands", "EUR", 0.56, "year", 0.5, "Dutch"),
    Country("France", "EUR", 0.48, "year", 0.5, "French"),
    Country("Spain", "EUR", 0.38, "year", 0.5, "Spanish"),
    Country("Portugal", "EUR", 0.3, "year", 0.45, "Portuguese"),
    Country("Switzerland", "CHF", 0.88, "year", 0.4, "German"),
    Country("Sweden", "SEK", 4.7, "month", 0.45, "Swedish"),
    Country("Poland", "PLN", 1.55, "month", 0.8, "Polish"),
    Country("India", "INR", 14.0, "year", 0.45, None),
    Country("Singapore", "SGD", 0.85, "year", 0.6, None),
    Country("Australia", "AUD", 0.95, "year", 0.75, None),
    Country("New Zealand", "NZD", 0.9, "year", 0.7, None),
    Country("Japan", "JPY", 62.0, "year", 0.65, "Japanese"),
    Country("Brazil", "BRL", 1.4, "month", 0.55, "Portuguese"),
    Country("Mexico", "MXN", 5.5, "month", 0.6, "Spanish"),
    Country("United Arab Emirates", "AED", 2.3, "month", 0.45, "Arabic"),
]}  # fmt: skip

CITIES: dict[str, tuple[str, float, str]] = {
    "San Francisco": ("United States", 1.15, "Pacific"), "Seattle": ("United States", 1.08, "Pacific"),
    "New York": ("United States", 1.12, "Eastern"), "Boston": ("United States", 1.06, "Eastern"),
    "Austin": ("United States", 0.96, "Central"), "Chicago": ("United States", 0.98, "Central"),
    "Denver": ("United States", 0.96, "Mountain"), "Atlanta": ("United States", 0.92, "Eastern"),
    "Raleigh": ("United States", 0.9, "Eastern"), "Toronto": ("Canada", 1.04, "Eastern"),
    "Vancouver": ("Canada", 1.02, "Pacific"), "Montreal": ("Canada", 0.95, "Eastern"),
    "London": ("United Kingdom", 1.15, "UK"), "Manchester": ("United Kingdom", 0.9, "UK"),
    "Edinburgh": ("United Kingdom", 0.92, "UK"), "Bristol": ("United Kingdom", 0.93, "UK"),
    "Dublin": ("Ireland", 1.0, "Irish"), "Berlin": ("Germany", 1.0, "CET"),
    "Munich": ("Germany", 1.08, "CET"), "Hamburg": ("Germany", 1.02, "CET"),
    "Amsterdam": ("Netherlands", 1.04, "CET"), "Rotterdam": ("Netherlands", 0.97, "CET"),
    "Paris": ("France", 1.1, "CET"), "Lyon": ("France", 0.93, "CET"),
    "Madrid": ("Spain", 1.04, "CET"), "Barcelona": ("Spain", 1.02, "CET"),
    "Lisbon": ("Portugal", 1.05, "WET"), "Porto": ("Portugal", 0.95, "WET"),
    "Zurich": ("Switzerland", 1.05, "CET"), "Geneva": ("Switzerland", 1.02, "CET"),
    "Stockholm": ("Sweden", 1.04, "CET"), "Gothenburg": ("Sweden", 0.97, "CET"),
    "Warsaw": ("Poland", 1.05, "CET"), "Kraków": ("Poland", 0.97, "CET"),
    "Bengaluru": ("India", 1.08, "IST"), "Pune": ("India", 0.95, "IST"),
    "Hyderabad": ("India", 1.0, "IST"), "Singapore": ("Singapore", 1.0, "SGT"),
    "Sydney": ("Australia", 1.06, "AEST"), "Melbourne": ("Australia", 1.02, "AEST"),
    "Brisbane": ("Australia", 0.95, "AEST"), "Auckland": ("New Zealand", 1.0, "NZST"),
    "Tokyo": ("Japan", 1.08, "JST"), "Osaka": ("Japan", 0.94, "JST"),
    "São Paulo": ("Brazil", 1.06, "BRT"), "Curitiba": ("Brazil", 0.9, "BRT"),
    "Mexico City": ("Mexico", 1.05, "CST"), "Guadalajara": ("Mexico", 0.95, "CST"),
    "Dubai": ("United Arab Emirates", 1.0, "GST"),
}  # fmt: skip
CITY_LANGUAGE = {"Montreal": "French", "Geneva": "French"}
SYMBOLS = {
    "USD": "$", "CAD": "CA$", "GBP": "£", "EUR": "€", "CHF": "CHF ", "SEK": "SEK ", "PLN": "PLN ",
    "INR": "₹", "SGD": "S$", "AUD": "A$", "NZD": "NZ$", "JPY": "¥", "BRL": "R$", "MXN": "MX$",
    "AED": "AED ",
}  # fmt: skip

# --------------------------------------------------------------------------------------------
# Industries: which categories they hire for (weights), where on-site staff work, and a few
# sentences about what that kind of organisation cares about.
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Industry:
    hires: dict[str, int]
    site: str
    mission: tuple[str, ...]
    perks: tuple[str, ...]


def _lines(block: str) -> tuple[str, ...]:
    return tuple(line.strip() for line in block.strip().splitlines() if line.strip())


INDUSTRIES: dict[str, Industry] = {
    "saas": Industry(
        {"software": 9, "data": 4, "design": 3, "product": 3, "marketing": 3, "sales": 4,
         "customer-support": 3, "hr": 1, "finance": 1, "legal": 1, "operations": 1}, "office",
        _lines("""
            We ship small changes often and talk to customers every week.
            Our customers pay us because the product saves them hours, and we intend to keep it that way.
            We are profitable, growing steadily, and in no hurry to trade quality for headcount.
            Most of what we build starts as a conversation with a frustrated customer.
        """),
        _lines("""
            Stock options in a growing software company
            A yearly budget for conferences, courses and books
            Home-office setup budget and a new laptop of your choice
            A company-wide week off every December
        """)),
    "fintech": Industry(
        {"software": 8, "data": 4, "product": 3, "design": 2, "finance": 3, "legal": 2, "sales": 2,
         "customer-support": 2, "marketing": 2}, "office",
        _lines("""
            We are regulated, and we treat that as a design constraint rather than an excuse.
            Money is personal, so reliability and plain language matter as much as features.
            We move real money for real businesses, so we test carefully and release calmly.
        """),
        _lines("""
            Equity for every employee
            A learning budget and paid time for certifications
            Generous parental leave, whatever your route to parenthood
        """)),
    "ecommerce": Industry(
        {"software": 5, "data": 3, "design": 3, "marketing": 4, "operations": 3,
         "customer-support": 3, "product": 2, "sales": 1}, "office",
        _lines("""
            Every decision starts with what it means for the person waiting for a parcel.
            Peak season is our busiest time of year, and we plan for it months ahead.
            We care about the makers and suppliers behind our catalogue as much as our shoppers.
        """),
        _lines("""
            A staff discount across the whole catalogue
            Paid volunteering days
            Summer Fridays from June to August
        """)),
    "retail": Industry(
        {"operations": 5, "marketing": 3, "sales": 2, "customer-support": 2, "finance": 2, "hr": 2,
         "data": 1, "design": 1}, "store support centre",
        _lines("""
            Our stores are part of their neighbourhoods, and our teams know their regulars by name.
            We buy carefully, price fairly and try to waste as little as possible.
        """),
        _lines("""
            Employee discount in store and online
            Paid shopping vouchers at the end of each year
            Free on-site parking
        """)),
    "logistics": Industry(
        {"operations": 7, "software": 3, "data": 2, "finance": 2, "sales": 2, "hr": 1,
         "customer-support": 1}, "distribution centre",
        _lines("""
            We run around the clock, and a good plan matters as much as a good truck.
            Safety comes first on every shift, and everyone has the right to stop the line.
            Our customers judge us on one thing: did the delivery arrive when we said it would.
        """),
        _lines("""
            Shift allowances for evenings and weekends
            Overtime paid at time and a half
            Free safety boots and workwear
        """)),
    "hospital": Industry(
        {"healthcare": 10, "finance": 2, "operations": 2, "hr": 1, "data": 1, "customer-support": 1},
        "hospital",
        _lines("""
            Our clinicians are supported by strong nursing leadership and modern facilities.
            We are a teaching organisation, so questions are welcome and learning is part of the job.
            Patient safety and dignity come before everything else we do.
        """),
        _lines("""
            Paid continuing professional development and study leave
            Shift differentials for nights and weekends
            Employee assistance programme and on-site occupational health
            Subsidised meals in the staff canteen
        """)),
    "clinic": Industry(
        {"healthcare": 10, "operations": 1, "customer-support": 1, "finance": 1}, "clinic",
        _lines("""
            Our clinics are small enough that every patient is known by name.
            We book longer appointments than most, because good care takes time.
        """),
        _lines("""
            Paid registration fees and professional indemnity cover
            A yearly CPD allowance
            Predictable rosters published six weeks ahead
        """)),
    "healthtech": Industry(
        {"software": 5, "data": 3, "design": 2, "product": 3, "healthcare": 3, "sales": 2,
         "customer-support": 1}, "office",
        _lines("""
            Clinicians sit in our product reviews, and patient safety decides our priorities.
            We handle health data, so privacy and security are part of every feature from day one.
        """),
        _lines("""
            Equity and an annual wellbeing allowance
            Time each quarter to shadow clinical teams using our product
        """)),
    "biotech": Industry(
        {"healthcare": 6, "data": 2, "finance": 2, "legal": 2, "operations": 2}, "research site",
        _lines("""
            Our trials follow ICH-GCP, and our quality culture is something we are proud of.
            We are a scientific organisation first: evidence wins arguments here.
        """),
        _lines("""
            Annual bonus tied to company milestones
            Relocation support for international hires
            Pension contributions above the legal minimum
        """)),
    "school": Industry(
        {"education": 10, "operations": 1, "finance": 1, "hr": 1}, "school",
        _lines("""
            Our classes are small, our staff room is friendly, and our students are curious.
            We believe every student can make excellent progress with the right teaching.
            We invest in our teachers' professional growth as seriously as in our students'.
        """),
        _lines("""
            Free school lunches during term time
            Fee remission for staff children
            Paid professional development, including external courses
        """)),
    "university": Industry(
        {"education": 8, "data": 1, "operations": 1, "finance": 1, "hr": 1}, "campus",
        _lines("""
            We combine research-led teaching with a genuine commitment to widening participation.
            Our students come from more than 90 countries and bring their experience into every seminar.
        """),
        _lines("""
            A defined-benefit pension scheme
            Generous annual leave plus university closure days
            Access to the sports centre and library
        """)),
    "edtech": Industry(
        {"education": 5, "software": 3, "design": 2, "product": 2, "marketing": 2, "sales": 2,
         "customer-support": 2}, "office",
        _lines("""
            We build with teachers, not just for them: every feature is tested in real classrooms.
            We measure ourselves by learning outcomes, not by minutes spent in the app.
        """),
        _lines("""
            Free courses on our platform for you and your family
            A learning budget and two learning days per quarter
        """)),
    "bank": Industry(
        {"finance": 5, "data": 3, "software": 3, "legal": 2, "customer-support": 2, "sales": 2, "hr": 1},
        "office",
        _lines("""
            We are a relationship bank: our clients expect to speak to someone who knows them.
            Prudent risk management has kept us steady through every cycle since our founding.
        """),
        _lines("""
            Preferential mortgage and loan rates
            Annual performance bonus
            Pension contributions matched up to 8%
        """)),
    "insurance": Industry(
        {"finance": 4, "data": 3, "customer-support": 3, "sales": 2, "legal": 1, "software": 2},
        "office",
        _lines("""
            When our customers call us, something has usually gone wrong, so we answer like a neighbour would.
            We price risk carefully and pay claims quickly.
        """),
        _lines("""
            Discounted insurance products for staff and family
            Annual bonus and profit share
        """)),
    "manufacturing": Industry(
        {"operations": 6, "finance": 2, "sales": 2, "hr": 1, "data": 1}, "plant",
        _lines("""
            We make things people can hold, and quality is measured in microns.
            Lean methods are how we work, not a poster on the wall.
        """),
        _lines("""
            Shift premiums and a yearly production bonus
            Subsidised canteen and free parking
            Paid apprenticeships and further training
        """)),
    "agency": Industry(
        {"marketing": 5, "design": 5, "sales": 1, "software": 1}, "studio",
        _lines("""
            Our clients range from local start-ups to global brands, so no two briefs are alike.
            We keep teams small so everyone gets to present their own work.
        """),
        _lines("""
            A yearly creative-development budget
            Flexible hours around core collaboration time
        """)),
    "media": Industry(
        {"marketing": 4, "design": 2, "software": 2, "sales": 2, "data": 1}, "newsroom",
        _lines("""
            We publish every day, and our audience tells us quickly when we get it right.
            Independent journalism is our mission, and subscriptions pay for it.
        """),
        _lines("""
            Free subscriptions to our titles
            Paid time to take part in workshops and festivals
        """)),
    "consulting": Industry(
        {"finance": 4, "data": 3, "hr": 1, "legal": 1, "operations": 2}, "office",
        _lines("""
            Our consultants work in small teams alongside client staff, not in slide factories.
            We grow through referrals, which means every engagement has to be excellent.
        """),
        _lines("""
            Sponsored professional qualifications (CPA, ACCA, CFA)
            Annual bonus based on firm and individual performance
        """)),
    "lawfirm": Industry(
        {"legal": 6, "finance": 1, "hr": 1, "operations": 1}, "office",
        _lines("""
            We are a mid-sized firm that punches above its weight on complex matters.
            Our partners are accessible and junior staff do real work from day one.
        """),
        _lines("""
            Paid professional-body memberships
            Billable-hour targets that leave room for a life
        """)),
    "energy": Industry(
        {"software": 3, "data": 3, "operations": 3, "finance": 2, "product": 1}, "site office",
        _lines("""
            Every project we finish takes fossil generation off the grid.
            Our engineers, analysts and site teams work closely, from planning to commissioning.
        """),
        _lines("""
            Electric-vehicle leasing scheme
            Two paid volunteering days for environmental projects
        """)),
    "travel": Industry(
        {"marketing": 3, "customer-support": 3, "operations": 2, "software": 2, "design": 1,
         "product": 1}, "office",
        _lines("""
            We help travellers find places they will want to tell their friends about.
            Our partners are mostly family-run, and their success is our success.
        """),
        _lines("""
            An annual travel credit
            Work from anywhere for up to four weeks a year
        """)),
    "gaming": Industry(
        {"software": 4, "design": 3, "product": 1, "marketing": 2, "data": 1}, "studio",
        _lines("""
            We make games we want to play ourselves, and we playtest every week.
            Crunch is not part of our culture; sustainable schedules are.
        """),
        _lines("""
            Every game on our platform, free
            A yearly hardware allowance
        """)),
}  # fmt: skip

# --------------------------------------------------------------------------------------------
# Companies (all fictional). Policy: how office-bound their non-clinical roles are.
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Company:
    name: str
    industry: str
    hq: str
    offices: tuple[str, ...]
    blurb: str
    policy: str  # remote-first | hybrid | office
    founded: int
    size: int

    @property
    def slug(self) -> str:
        return slugify(self.name)


def slugify(text: str) -> str:
    ascii_text = text.lower().translate(str.maketrans("áãâàçéêèíóôõúüñö&", "aaaaceeeiooouunoa"))
    return re.sub(r"[^a-z0-9]+", "-", ascii_text).strip("-")


_COMPANY_ROWS = """
Northwind Ledger | saas | Seattle | Denver, Toronto | makes accounts-payable automation software for mid-sized companies | hybrid
Brightloom | saas | San Francisco | Dublin | builds a collaborative whiteboard for distributed product teams | remote-first
Tallyhive | saas | Berlin | Warsaw | sells inventory and order software to independent shops across Europe | hybrid
Quillstone | saas | London | Manchester | runs a contract-management platform used by legal and procurement teams | hybrid
Orbitform | saas | Amsterdam | Lisbon | builds form and survey tools with privacy-first defaults | remote-first
Kestrel Metrics | saas | Austin | Mexico City | offers product-analytics software for B2B applications | hybrid
Pinegrove Software | saas | Toronto | Vancouver, Montreal | builds scheduling and dispatch software for field-service companies | hybrid
Lumenary | saas | Bengaluru | Pune, Singapore | makes help-desk software for fast-growing consumer brands | hybrid
Copperfield Cloud | saas | Sydney | Melbourne, Auckland | provides backup and disaster-recovery services for small businesses | hybrid
Fjordline Systems | saas | Stockholm | Gothenburg | develops energy-monitoring software for commercial buildings | hybrid
Meridian Desk | saas | New York | London | builds the planning tool newsrooms use to run their day | remote-first
Hollowbrook Labs | saas | Kraków | Berlin | builds developer tooling for API testing and monitoring | remote-first
Sakura Stack | saas | Tokyo | Osaka | makes HR and attendance software for small and mid-sized Japanese companies | office
Vela People | saas | Madrid | Barcelona, Lisbon | offers payroll and people software for companies in Spain and Portugal | hybrid
Coinbridge Payments | fintech | London | Dublin | processes cross-border payments for online marketplaces | hybrid
Ledgerline | fintech | New York | Toronto | builds treasury software for start-ups and their finance teams | hybrid
Paysa Verde | fintech | São Paulo | Curitiba | offers digital business accounts and instant payments to small merchants | hybrid
Rupeeway | fintech | Bengaluru | Hyderabad | builds lending infrastructure for India's small businesses | hybrid
Alpenkonto | fintech | Zurich | Berlin | provides low-cost digital wealth management for retail investors | hybrid
Merlion Pay | fintech | Singapore | Sydney | runs a business-to-business payments network across Southeast Asia | hybrid
Nopal Finanzas | fintech | Mexico City | Guadalajara | offers payroll-linked credit to employees of Mexican companies | hybrid
Cartwheel Goods | ecommerce | Chicago | Atlanta | runs an online marketplace for handmade home goods | remote-first
Maison Fil | ecommerce | Paris | Lyon | sells sustainably made clothing direct to customers across Europe | hybrid
Tiendita Azul | ecommerce | Guadalajara | Mexico City | runs an online pharmacy and wellness store with next-day delivery | hybrid
Hanami Home | ecommerce | Osaka | Tokyo | sells Japanese homeware to customers in twenty countries | office
Greenbasket Grocers | retail | Melbourne | Sydney, Brisbane | operates neighbourhood grocery stores and an online shop | office
Oakridge Outfitters | retail | Denver | Raleigh | sells outdoor gear through sixty stores and online | office
Bluehaul Logistics | logistics | Rotterdam | Hamburg | runs freight forwarding and warehousing for European importers | office
Swiftcrate | logistics | Atlanta | Chicago | provides same-day delivery for retailers in thirty US metro areas | office
Outback Freightways | logistics | Brisbane | Sydney | moves freight by road across eastern Australia | office
Portolan Shipping | logistics | Singapore | Dubai | combines container-logistics software with freight services for shippers | hybrid
Vayu Logistics | logistics | Pune | Hyderabad | runs warehousing and last-mile delivery across India | office
St. Aldric Medical Center | hospital | Boston |  | is a 420-bed academic medical center and level I trauma center | office
Cedar Valley Health | hospital | Raleigh | Atlanta | is a nonprofit health system with three hospitals and forty clinics | office
Lakemont Regional Hospital | hospital | Chicago |  | is a 310-bed community hospital serving Chicago's western suburbs | office
Greyfriars Health Partnership | hospital | Manchester | London | runs two acute hospitals and community services | office
Maple Crest Health | hospital | Vancouver | Toronto | is a community health network with hospitals and long-term care homes | office
Wattle Health Group | hospital | Sydney | Melbourne | runs private hospitals and day-surgery centres | office
Klinikum Nordhafen | hospital | Hamburg |  | is a 600-bed maximum-care hospital with a strong teaching tradition | office
Arogya Care Hospitals | hospital | Hyderabad | Bengaluru | runs multispecialty hospitals across South India | office
Desert Rose Medical | hospital | Dubai |  | is a private multispecialty hospital with 250 beds | office
Kinetic Physio Clinics | clinic | Dublin | Edinburgh | runs twenty-five physiotherapy and sports-medicine clinics | office
Apotek Linnea | clinic | Stockholm | Gothenburg | runs eighty community pharmacies across Sweden | office
Clínica Alameda | clinic | Lisbon | Porto | operates outpatient clinics and diagnostic centres in Portugal | office
Harbourview Family Practice | clinic | Auckland |  | runs family medical practices across Auckland | office
Wellspring Primary Care | clinic | Austin | Denver | runs primary-care and urgent-care clinics in Texas and Colorado | office
Pulsewise | healthtech | San Francisco | Austin | builds remote patient-monitoring software for cardiology practices | remote-first
Caremesh | healthtech | Berlin | Amsterdam | connects hospitals and home-care providers through shared care plans | hybrid
Vitalink Health | healthtech | Toronto |  | builds telehealth software for Canadian family clinics | remote-first
Helixa Therapeutics | biotech | Boston | Geneva | develops antibody treatments for autoimmune diseases | hybrid
Norrland Bio | biotech | Gothenburg | Stockholm | runs clinical trials for rare-disease therapies | hybrid
Crescent Clinical Research | biotech | Pune | Bengaluru, Singapore | is a contract research organisation running phase I to III trials | office
Lac Léman Pharma | biotech | Geneva | Lyon | develops and manufactures generic injectable medicines | office
Westbrook Academy | school | London |  | is an independent co-educational secondary school for students aged 11 to 18 | office
Kingfisher International School | school | Singapore |  | is an IB World School with 1,400 students from 50 nationalities | office
Cedar Hills School District | school | Denver |  | serves 18,000 students across twenty-six schools | office
Sakuragaoka International School | school | Tokyo |  | is a bilingual K-12 school in central Tokyo | office
Al Noor British School | school | Dubai |  | follows the English National Curriculum for 2,000 students | office
Colegio Bilingüe Sol | school | Mexico City |  | is a bilingual Spanish-English school from kindergarten to high school | office
University of Northgate | university | Edinburgh | Bristol | is a research university with 22,000 students | office
Southbank Institute | university | Melbourne | Brisbane | is a public institute offering vocational and degree programmes | office
Lessonloop | edtech | Dublin | London | makes lesson-planning and assessment software for schools | remote-first
Vidya Labs | edtech | Bengaluru | Pune | runs live online maths and coding classes for children | hybrid
Brightpath Learning | edtech | Austin | Raleigh | builds adaptive reading programs for elementary schools | remote-first
Sprachhaus | edtech | Munich | Berlin | teaches languages online to working professionals | hybrid
Granite Harbor Bank | bank | Boston | New York | is a regional commercial bank serving businesses across New England | office
Banco Horizonte | bank | São Paulo | Curitiba | is a mid-sized commercial bank focused on agribusiness and SMEs | hybrid
Wisła Bank | bank | Warsaw | Kraków | is a retail bank with 1.2 million customers in Poland | hybrid
Nordmark Versicherung | insurance | Munich | Hamburg | insures homes, cars and small businesses across Germany | hybrid
Thistle Mutual | insurance | Edinburgh | Manchester | is a member-owned insurer for homes and pets | hybrid
Union Harbour Insurance | insurance | Sydney | Auckland | provides commercial and travel insurance in Australia and New Zealand | hybrid
Ferro Alta | manufacturing | Guadalajara | Mexico City | makes precision-machined parts for automotive suppliers | office
Kessler Antriebstechnik | manufacturing | Munich |  | designs and builds industrial gearboxes and drives | office
Brackwater Packaging | manufacturing | Raleigh | Atlanta | makes recyclable food packaging | office
Kansai Precision | manufacturing | Osaka |  | makes sensors and measuring instruments | office
Fable & Forge | agency | London | New York | is an independent brand and digital design studio | hybrid
Ola Creativa | agency | Barcelona | Madrid | is a creative and performance-marketing agency | hybrid
Redline Media Group | media | New York | Chicago | publishes regional news sites and podcasts | hybrid
Tessellate Partners | consulting | Chicago | London | advises mid-market companies on finance transformation | hybrid
Amsel & Roth | consulting | Zurich | Geneva | is an audit, tax and advisory firm for family-owned businesses | office
Tarang Analytics | consulting | Hyderabad | Bengaluru | is an analytics consultancy working with retailers and banks | hybrid
Whitlock Pryce | lawfirm | London | Bristol | is a commercial law firm advising technology and healthcare companies | hybrid
Baxter Lowell | lawfirm | New York | Boston | is a business law firm with a strong employment and IP practice | office
Solaris Grid | energy | Madrid | Lisbon | develops and operates solar farms in southern Europe | hybrid
Tidewater Energy | energy | Denver | Austin | builds and runs grid-scale battery storage | hybrid
Wanderly | travel | Lisbon | Barcelona | runs a booking platform for small boutique hotels | remote-first
Aurora Trails | travel | Auckland | Sydney | runs guided walking holidays in New Zealand and Australia | hybrid
Pixel Harbor Games | gaming | Montreal | Paris | makes cooperative strategy games for PC and console | hybrid
Kitsune Interactive | gaming | Tokyo |  | makes mobile puzzle games played by 40 million people | office
"""


def _companies() -> list[Company]:
    rng = random.Random(SEED + 1)
    out = []
    for row in _lines(_COMPANY_ROWS):
        name, industry, hq, offices, blurb, policy = (part.strip() for part in row.split("|"))
        extra = tuple(o.strip() for o in offices.split(",") if o.strip())
        old = industry in INSTITUTIONS
        founded = rng.randint(1895, 1990) if old else rng.randint(2008, 2021)
        size = rng.choice(SIZES.get(industry, (35, 80, 150, 320, 700, 1400)))
        out.append(Company(name, industry, hq, extra, blurb, policy, founded, size))
    return out


SIZES = {
    "hospital": (2500, 4800, 9000), "school": (120, 180, 260), "university": (3200, 5400),
    "bank": (900, 2400, 6000), "insurance": (700, 1800, 3500), "manufacturing": (300, 850, 2200),
    "lawfirm": (180, 420, 900), "clinic": (140, 400, 900),
}  # fmt: skip
INSTITUTIONS = {"hospital", "school", "university", "bank", "insurance", "manufacturing", "lawfirm"}
COMPANIES = _companies()

# --------------------------------------------------------------------------------------------
# Roles. Skills are marked {Like This} in requirement and nice-to-have bullets: the braces are
# dropped in the text and the names become required_skills / nice_to_have_skills, so every
# listed skill is guaranteed to appear in the description.
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Role:
    key: str
    category: str
    title: str
    base: int  # US mid-level base salary, thousands of USD a year
    levels: tuple[str, ...]
    field: str  # "N+ years of ... experience"
    summaries: tuple[str, ...]
    resp: tuple[str, ...]
    req: tuple[str, ...]
    nice: tuple[str, ...]
    titles: dict[str, tuple[str, ...]]


ROLES: list[Role] = []


def role(
    key: str,
    category: str,
    title: str,
    base: int,
    levels: str,
    field: str,
    *,
    summaries: str,
    resp: str,
    req: str,
    nice: str,
    titles: str = "",
) -> None:
    named = {}
    for part in titles.split(";"):
        if part.strip():
            level, names = part.split("=")
            named[level.strip()] = tuple(n.strip() for n in names.split("/"))
    ROLES.append(
        Role(
            key,
            category,
            title,
            base,
            tuple(levels.split()),
            field,
            _lines(summaries),
            _lines(resp),
            _lines(req),
            _lines(nice),
            named,
        )
    )


# ---- software ------------------------------------------------------------------------------
role(
    "backend",
    "software",
    "Backend Engineer",
    145,
    "intern junior mid senior lead principal",
    "backend software development",
    summaries="""
        You will join the team that owns the services and APIs behind {company}'s product, from the database schema to the on-call pager.
        We are looking for a backend engineer who enjoys turning messy business rules into clear, well-tested services.
        Our backend handles a few thousand requests a second; you will help it handle ten times that without anyone noticing.
     """,
    resp="""
        Design, build and operate the APIs that our web and mobile apps depend on
        Model data carefully and write the migrations that keep years of customer data consistent
        Profile slow endpoints and queries, then fix the root cause rather than adding another cache
        Break a risky change into small, reversible steps and ship them behind feature flags
        Write integration tests that exercise real databases and queues, not just mocks
        Work with product and design to turn a rough idea into a scoped technical plan
        Improve our observability so problems are found by dashboards, not by customers
        Take part in a fair on-call rotation with a clear runbook and paid time off in lieu
        Retire legacy endpoints and migrate their clients without downtime
     """,
    req="""
        ~ Strong {Python} skills and experience building web services with {Django}
        ~ Strong {Python} skills and production services built with {FastAPI}
        Solid command of {SQL} and relational databases, ideally {PostgreSQL}
        ~ Production experience with {Go} services running at scale
        ~ Production experience with {Java} and {Spring Boot}
        Experience designing {REST APIs} that other teams and customers rely on
        Comfort with {Docker} and deploying through {CI/CD} pipelines
        Working knowledge of message queues such as {Kafka} or {RabbitMQ}
        ~ Experience building services in {Node.js} and {TypeScript}
        Good habits around testing, code review and documentation written in {Git} workflows
     """,
    nice="""
        Experience running workloads on {Kubernetes}
        Familiarity with {AWS} services such as RDS, SQS and Lambda
        Some exposure to {Redis} for caching and rate limiting
        Experience with {GraphQL} schemas and federation
        Interest in {Terraform} and infrastructure as code
     """,
)

role(
    "frontend",
    "software",
    "Frontend Engineer",
    135,
    "intern junior mid senior lead principal",
    "frontend development",
    summaries="""
        You will own the parts of {company}'s web app that customers touch every day, and make them fast, accessible and pleasant to use.
        We need a frontend engineer who cares about the details: loading states, keyboard navigation and the copy on an error message.
     """,
    resp="""
        Build new product features end to end in our web application, from component to API call
        Keep our design system consistent and documented together with the design team
        Measure and improve Core Web Vitals on our most visited pages
        Make sure every new screen works with a keyboard and a screen reader
        Write component and end-to-end tests that catch regressions before release
        Refactor older pages onto our current component library one route at a time
        Review pull requests and help teammates with tricky state-management questions
        Pair with designers in the prototype phase, before designs are final
     """,
    req="""
        Deep knowledge of {JavaScript} and {TypeScript}
        ~ Production experience with {React} and modern state management
        Strong {HTML} and {CSS} skills, including responsive layouts
        Experience building accessible interfaces to {WCAG} standards
        ~ Experience with {Vue.js} in a large application
        Comfort testing UI code with {Jest} and {Cypress}
        Experience consuming {REST APIs} and handling loading and error states well
     """,
    nice="""
        Experience with {Next.js} and server-side rendering
        Familiarity with {GraphQL} clients such as Apollo
        An eye for design and some experience in {Figma}
        Experience with {Storybook} for component documentation
        Exposure to {Playwright} for cross-browser testing
     """,
)

role(
    "fullstack",
    "software",
    "Full-Stack Engineer",
    140,
    "junior mid senior lead principal",
    "full-stack web development",
    summaries="""
        As a full-stack engineer you will ship whole features yourself, from the database table to the button that uses it.
        We are a small team, so you will move between the API, the web app and our deployment scripts in a single week.
     """,
    resp="""
        Ship complete features across our API and web front end
        Talk to customers with our support team to understand the problems behind feature requests
        Keep our test suite fast and trustworthy
        Maintain the build and deployment pipeline alongside the rest of the team
        Write short design notes before large changes and ask for feedback early
        Fix bugs reported by customers and follow up with them personally
        Instrument new features so we can tell whether they are used
     """,
    req="""
        ~ Experience building web applications with {React} and {TypeScript}, backed by {Node.js}
        Solid {SQL} skills and experience with {PostgreSQL} or {MySQL}
        ~ Experience with {Ruby on Rails} in production and a modern JavaScript front end
        ~ Experience with {Django} and {Vue.js} in production
        Comfort with {Python} for scripts, data fixes and backend services
        Comfort deploying on {AWS} or a similar cloud
        Confident working with {Git}, code review and continuous integration
     """,
    nice="""
        Experience with {Docker} and local development environments
        Familiarity with {Redis} and background job queues
        Experience with {Tailwind CSS}
        Some experience with {Stripe} or other billing integrations
     """,
)

role(
    "mobile",
    "software",
    "Mobile Engineer",
    140,
    "junior mid senior lead principal",
    "mobile app development",
    summaries="""
        Our apps are used daily by people on the move; you will make them quick to open, reliable offline and a pleasure to use.
        You will join a small mobile team that ships to the App Store and Google Play every two weeks.
     """,
    resp="""
        Build and release features for our iOS and Android apps
        Improve startup time, battery use and crash-free sessions
        Design offline-first data flows that sync reliably when the connection returns
        Work with backend engineers on the APIs the apps consume
        Automate builds, signing and store releases
        Keep accessibility and localisation in mind for every screen
        Triage crash reports and user reviews, then fix what matters most
     """,
    req="""
        ~[iOS] Production experience with {Swift} and {SwiftUI}
        ~[Android] Production experience with {Kotlin} and {Jetpack Compose}
        ~[React Native] Experience shipping cross-platform apps with {React Native} and {TypeScript}
        ~[Flutter] Experience building apps with {Flutter} and {Dart}
        Understanding of mobile release processes and {CI/CD} for app stores
        Experience with {REST APIs}, authentication and secure storage on device
     """,
    nice="""
        Experience with {Firebase} analytics and crash reporting
        Familiarity with {GraphQL} on mobile
        Experience with in-app purchases and subscriptions
        Knowledge of {Objective-C} for older parts of the iOS codebase
     """,
    titles="junior=Junior {subject} Engineer/{subject} Developer I; mid={subject} Engineer/{subject} Developer; senior=Senior {subject} Engineer/Senior Mobile Engineer; lead=Lead {subject} Engineer/Staff Mobile Engineer; principal=Principal Mobile Engineer",
)

role(
    "sre",
    "software",
    "Site Reliability Engineer",
    150,
    "junior mid senior lead principal",
    "infrastructure or site reliability engineering",
    summaries="""
        You will keep {company}'s platform fast and available while helping product teams ship safely and often.
        Our platform team builds the paved road other engineers use to deploy, observe and scale their services.
     """,
    resp="""
        Run and improve our Kubernetes clusters across several environments
        Define service-level objectives with product teams and alert on what matters
        Automate infrastructure changes so nothing is configured by hand
        Lead incident response and write blameless post-incident reviews
        Reduce cloud spend without hurting reliability
        Build internal tooling that makes deployments boring
        Plan capacity ahead of seasonal peaks and product launches
        Harden our systems against failures with regular game days
     """,
    req="""
        Hands-on experience operating {Kubernetes} in production
        Infrastructure as code with {Terraform}
        ~ Deep familiarity with {AWS} networking, IAM and compute
        ~ Experience running production systems on {Google Cloud}
        Strong scripting in {Python} or {Bash}
        Observability experience with {Prometheus} and {Grafana}
        Solid {Linux} administration and troubleshooting skills
        Experience building {CI/CD} pipelines with {GitHub Actions}
     """,
    nice="""
        Experience with {Helm} and GitOps tools such as {Argo CD}
        Some {Go} for writing operators and tooling
        Familiarity with {Azure}
        Experience with {Ansible} for configuration management
     """,
    titles="junior=Junior DevOps Engineer/Associate Site Reliability Engineer; mid=Site Reliability Engineer/DevOps Engineer/Platform Engineer; senior=Senior Site Reliability Engineer/Senior Platform Engineer; lead=Staff Platform Engineer/Lead DevOps Engineer",
)

role(
    "qa",
    "software",
    "QA Engineer",
    105,
    "junior mid senior lead",
    "software testing and quality assurance",
    summaries="""
        You will help every team at {company} ship with confidence by building test automation people actually trust.
        We believe quality is everyone's job; you will be the person who makes that practical.
     """,
    resp="""
        Design and maintain automated end-to-end and API test suites
        Work with developers early to make features testable
        Run exploratory testing on new features before release
        Triage flaky tests and fix the causes
        Track defects clearly and help prioritise them with product managers
        Keep test environments and test data realistic and reliable
        Report on quality trends release by release
     """,
    req="""
        ~ Experience writing automated tests with {Selenium} and {Java}
        ~ Experience writing automated tests with {Playwright} and {TypeScript}
        ~ Experience writing automated tests in {Python} with {pytest}
        Experience testing {REST APIs} with {Postman} or code-based tools
        Knowledge of {SQL} for checking data in test environments
        Experience running tests in {CI/CD} pipelines
        Clear written communication and sharp bug reports tracked in {Jira}
     """,
    nice="""
        Experience with performance testing in {JMeter} or k6
        Familiarity with mobile testing using {Appium}
        Exposure to {Cypress}
        An ISTQB certification
     """,
    titles="junior=Junior QA Engineer/QA Analyst; mid=QA Engineer/Test Automation Engineer; senior=Senior QA Engineer/Senior Test Automation Engineer; lead=QA Lead/Test Lead",
)

role(
    "security",
    "software",
    "Security Engineer",
    150,
    "mid senior lead principal",
    "information security",
    summaries="""
        You will make {company} a hard target: securing our cloud, our code and our people without slowing the business down.
        We want a security engineer who prefers building guardrails to writing policies nobody reads.
     """,
    resp="""
        Run threat modelling sessions with engineering teams on new features
        Own our vulnerability management programme from scanning to fix
        Harden our cloud accounts and identity setup
        Respond to security incidents and lead the follow-up
        Review code and infrastructure changes with a security eye
        Support audits such as SOC 2 and ISO 27001 with evidence and fixes
        Teach engineers secure coding through workshops and examples
     """,
    req="""
        Experience securing workloads on {AWS} or {Azure}
        Working knowledge of the {OWASP} Top 10 and application security testing
        Scripting skills in {Python} for automation
        Experience with {SIEM} tooling and log analysis
        Understanding of {Identity and Access Management} at scale
        Experience with {Penetration Testing} and reporting findings clearly
     """,
    nice="""
        A security certification such as {CISSP} or OSCP
        Experience with {Kubernetes} security
        Familiarity with {SOC 2} controls
        Experience with {Terraform} for secure-by-default infrastructure
     """,
)

role(
    "engmanager",
    "software",
    "Engineering Manager",
    175,
    "lead director",
    "software engineering",
    summaries="""
        You will lead engineers who build {company}'s core product, balancing delivery, quality and people's growth.
        We are looking for an engineering leader who has been a strong engineer and now finds more joy in helping others do their best work.
     """,
    resp="""
        Hire, coach and retain a team of engineers
        Run a predictable delivery process without heavy ceremony
        Partner with product and design on the roadmap and on saying no
        Hold weekly one-to-ones and write honest, useful performance reviews
        Keep an eye on technical debt and make room to pay it down
        Improve how teams collaborate across the engineering organisation
        Represent engineering in planning with the rest of the company
     """,
    req="""
        A background as a software engineer, with recent hands-on {Software Architecture} work
        Experience leading teams with {Agile} or {Scrum} practices
        Experience with {People Management}, including hiring and performance reviews
        Familiarity with cloud platforms such as {AWS}
        Strong {Stakeholder Management} skills with product and business leaders
     """,
    nice="""
        Experience scaling a team through rapid growth
        Experience with {OKRs} and engineering metrics
        Familiarity with {Kubernetes} and modern delivery practices
     """,
    titles="lead=Engineering Manager/Senior Engineering Manager; director=Director of Engineering/Head of Engineering",
)

# ---- data ----------------------------------------------------------------------------------
role(
    "data_analyst",
    "data",
    "Data Analyst",
    88,
    "intern junior mid senior lead",
    "data analysis",
    summaries="""
        You will turn {company}'s data into answers people act on, from weekly trading questions to deep dives that change our plans.
        We need an analyst who is as comfortable asking 'why do you want to know?' as writing the query.
     """,
    resp="""
        Answer business questions from sales, finance and operations with clear analysis
        Build and maintain dashboards that leaders actually look at
        Define metrics carefully and document how each one is calculated
        Investigate sudden changes in key numbers and explain them in plain language
        Design and analyse A/B tests with the product team
        Clean up data quality issues at the source with engineering
        Present findings and recommendations to non-technical audiences
     """,
    req="""
        Strong {SQL} skills, including window functions and CTEs
        Experience building dashboards in {Tableau} or {Power BI}
        Advanced {Excel} skills for quick modelling and reconciliation
        Working knowledge of {Python} or {R} for analysis
        Solid grounding in {Statistics} and experiment design
        Experience with {Looker} and a well-modelled semantic layer
        Ability to tell a story with data, backed by {Data Visualization} best practice
     """,
    nice="""
        Experience with {dbt}
        Familiarity with {Google Analytics} data
        Experience with {BigQuery} or {Snowflake}
        Some experience with {pandas}
     """,
)

role(
    "data_engineer",
    "data",
    "Data Engineer",
    140,
    "junior mid senior lead principal",
    "data engineering",
    summaries="""
        You will build the pipelines and data models that everyone at {company} relies on for reporting, analysis and machine learning.
        Our data platform is young enough to shape and important enough to matter; you will help us make it dependable.
     """,
    resp="""
        Build and maintain batch and streaming pipelines from our product and third-party sources
        Model data in the warehouse so analysts can answer questions without asking you first
        Monitor data freshness and quality, and fix issues before dashboards break
        Optimise expensive queries and storage costs
        Work with product engineers on event design and data contracts
        Document datasets and their owners in our data catalogue
        Automate the boring parts of onboarding new data sources
     """,
    req="""
        Strong {Python} and {SQL}
        Experience orchestrating pipelines with {Apache Airflow}
        Experience with cloud warehouses such as {Snowflake} or {BigQuery}
        Distributed processing with {Apache Spark}
        Experience modelling data with {dbt}
        Streaming experience with {Kafka}
        Experience running data infrastructure on {AWS}
     """,
    nice="""
        Familiarity with {Terraform}
        Experience with {Databricks}
        Knowledge of data quality tools such as {Great Expectations}
        Some {Scala}
     """,
)

role(
    "data_scientist",
    "data",
    "Data Scientist",
    140,
    "intern junior mid senior lead principal",
    "data science",
    summaries="""
        You will use statistics and machine learning to improve decisions across {company}, from pricing to product features.
        We want a data scientist who ships: models that run in production and analyses that change a roadmap.
     """,
    resp="""
        Build models for forecasting, ranking and classification problems across the business
        Design experiments and help teams read the results honestly
        Work with engineers to put models into production and monitor them
        Explore new data sources and judge whether they are worth the effort
        Explain model behaviour and limitations to non-specialists
        Keep a healthy scepticism about data quality and leakage
        Share methods and code with the wider data team through reviews and talks
     """,
    req="""
        Strong {Python} with {pandas} and {scikit-learn}
        Solid foundations in {Statistics} and probability
        Experience with {Machine Learning} from problem framing to evaluation
        Good {SQL} skills for working with large datasets
        Experience with {A/B Testing} and causal inference
        Experience with time-series {Forecasting}
     """,
    nice="""
        Experience with {PyTorch} or {TensorFlow}
        Familiarity with {Natural Language Processing}
        Experience with {MLflow} or similar tooling
        Some experience with {Apache Spark}
        A postgraduate degree in a quantitative field
     """,
)

role(
    "ml_engineer",
    "data",
    "Machine Learning Engineer",
    160,
    "junior mid senior lead principal",
    "machine learning engineering",
    summaries="""
        You will take models from notebooks to reliable production services, and build the platform that makes that routine at {company}.
        Our machine learning team needs an engineer who loves both the modelling and the plumbing around it.
     """,
    resp="""
        Build training and inference pipelines for models used in the product
        Serve models with low latency and sensible fallbacks
        Monitor model quality and data drift in production
        Build evaluation sets and offline metrics that predict online results
        Work with data scientists to make experiments reproducible
        Optimise inference cost on CPUs and GPUs
        Keep our feature store and model registry tidy and documented
     """,
    req="""
        Strong software engineering in {Python}
        Experience with {PyTorch} or {TensorFlow} in production
        Experience deploying models with {Docker} and {Kubernetes}
        Understanding of {Machine Learning} evaluation and failure modes
        Experience with {MLOps} tooling such as {MLflow}
        Experience with {Large Language Models} and retrieval pipelines
     """,
    nice="""
        Experience with {AWS} SageMaker or similar managed services
        Familiarity with {Apache Spark}
        Experience with vector databases and {Natural Language Processing}
        Some {C++} for performance-critical code
     """,
)

role(
    "analytics_engineer",
    "data",
    "Analytics Engineer",
    130,
    "junior mid senior lead",
    "analytics engineering",
    summaries="""
        You will sit between data engineering and analysis, turning raw tables into trusted, documented models.
        We want someone who thinks of data models as a product with users, tests and a changelog.
     """,
    resp="""
        Build and own dbt models for core business entities
        Write tests and documentation for every model you ship
        Define metrics once and expose them consistently in BI tools
        Work with analysts to speed up recurring reporting
        Review data changes from other teams
        Tidy up legacy SQL and retire unused tables
     """,
    req="""
        Expert {SQL} and data modelling skills
        Production experience with {dbt}
        Experience with {Snowflake} or {BigQuery}
        Experience with {Looker} or {Tableau}
        Version control with {Git} and code review habits
     """,
    nice="""
        Some {Python}
        Experience with {Apache Airflow}
        Familiarity with reverse ETL tools and {Salesforce} data
     """,
)

role(
    "data_leader",
    "data",
    "Data Science Manager",
    175,
    "lead director",
    "data science or analytics",
    summaries="""
        You will lead {company}'s data team and make sure our analysis and models are aimed at the questions that matter most.
        We are looking for a data leader who can set direction, grow people and still read a SQL query with a critical eye.
     """,
    resp="""
        Set the data strategy together with the executive team
        Lead and grow a team of analysts, data scientists and data engineers
        Prioritise requests from across the business transparently
        Own data governance and privacy practices with legal
        Build trust in data by improving definitions, quality and access
        Present insights and recommendations to the board
     """,
    req="""
        A strong background in {Data Science} or analytics
        Experience with {People Management} and hiring
        Solid understanding of {Machine Learning} and {Statistics}
        Experience with {Data Governance}
        Excellent {Stakeholder Management} with executives
     """,
    nice="""
        Experience in a regulated industry with {GDPR} obligations
        Familiarity with modern stacks such as {Snowflake} and {dbt}
     """,
    titles="lead=Data Science Manager/Analytics Manager; director=Director of Data/Head of Data & Analytics",
)

# ---- design --------------------------------------------------------------------------------
role(
    "product_designer",
    "design",
    "Product Designer",
    128,
    "intern junior mid senior lead principal",
    "product or UX design",
    summaries="""
        You will design how people use {company}'s product, from early sketches to polished interfaces engineers love to build.
        We want a product designer who is curious about users, fluent in interaction design and happy to share unfinished work.
     """,
    resp="""
        Lead design for a product area from problem definition to launch
        Turn research and data into flows, wireframes and high-fidelity designs
        Prototype ideas quickly and test them with real users
        Contribute components and patterns to our design system
        Work daily with engineers to make sure what ships matches the intent
        Present and explain design decisions to stakeholders
        Review live features and iterate based on what users actually do
     """,
    req="""
        A portfolio showing end-to-end {Product Design} work
        Fluency in {Figma}, including components and auto layout
        Strong {Interaction Design} and {Visual Design} skills
        Experience running {Usability Testing} sessions
        Experience with {Prototyping} at different fidelities
        Working knowledge of {Accessibility} guidelines
     """,
    nice="""
        Experience contributing to a {Design Systems} team
        Basic {HTML} and {CSS}
        Experience designing mobile apps
        Some motion design skills
     """,
)

role(
    "ux_researcher",
    "design",
    "UX Researcher",
    122,
    "junior mid senior lead principal",
    "user research",
    summaries="""
        You will help {company} understand the people we build for, and make sure that understanding shapes what we ship.
        We want a researcher who can choose the right method for the question and tell a compelling story with the results.
     """,
    resp="""
        Plan and run interviews, diary studies, usability tests and surveys
        Synthesise findings into insights teams can act on
        Build a research repository that people actually search
        Coach designers and product managers to run their own lightweight research
        Recruit participants fairly and handle consent and data carefully
        Track how research influences product decisions
     """,
    req="""
        Experience with {User Research} methods, both qualitative and quantitative
        Strong {Usability Testing} skills
        Experience designing {Surveys} and analysing responses
        Clear writing and presentation skills, including {Data Visualization}
        Familiarity with tools such as {Dovetail} and {Figma}
     """,
    nice="""
        Experience with {Statistics} for survey analysis
        Background in psychology, anthropology or HCI
        Experience researching with people who use assistive technology
     """,
)

role(
    "graphic_designer",
    "design",
    "Graphic Designer",
    68,
    "intern junior mid senior lead",
    "graphic or brand design",
    summaries="""
        You will shape how {company} looks in the world: campaigns, social, packaging, events and everything in between.
        We are looking for a designer with a strong visual voice who also respects a brand guideline.
     """,
    resp="""
        Design campaign assets for print, digital and social
        Keep our brand consistent across every channel
        Create presentation templates and sales materials
        Prepare files for print and work with suppliers on quality
        Produce simple animations and video edits for social
        Manage several briefs at once and hit deadlines
     """,
    req="""
        A strong portfolio of {Graphic Design} work
        Expert in {Adobe Photoshop}, {Adobe Illustrator} and {Adobe InDesign}
        Good eye for {Typography} and layout
        Experience applying {Brand Identity} systems
        Working knowledge of {Figma}
     """,
    nice="""
        Motion skills in {Adobe After Effects}
        Photography or illustration skills
        Experience with packaging design
     """,
    titles="mid=Graphic Designer/Brand Designer/Visual Designer; senior=Senior Graphic Designer/Senior Brand Designer; lead=Lead Designer/Art Director",
)

role(
    "design_leader",
    "design",
    "Design Manager",
    165,
    "lead director",
    "design",
    summaries="""
        You will lead {company}'s designers and make design a confident voice in every product decision.
        We need a design leader who can raise the craft bar while building a healthy, happy team.
     """,
    resp="""
        Hire, coach and grow a team of product and brand designers
        Set the quality bar and run regular design critiques
        Partner with product and engineering leaders on strategy
        Own the design system roadmap
        Champion research and accessibility across the company
        Build career paths and clear expectations for designers
     """,
    req="""
        A background in {Product Design} with a strong portfolio
        Experience with {People Management} of designers
        Experience building {Design Systems}
        Strong {Stakeholder Management} and communication
        Fluency in {Figma}
     """,
    nice="""
        Experience in a high-growth start-up
        Familiarity with {User Research} operations
     """,
    titles="lead=Design Manager/Lead Product Designer; director=Design Director/Head of Design",
)

# ---- product -------------------------------------------------------------------------------
role(
    "product_manager",
    "product",
    "Product Manager",
    150,
    "junior mid senior lead principal director",
    "product management",
    summaries="""
        You will decide what {company} builds next for one product area, and make sure it solves a real problem well.
        We are looking for a product manager who spends time with customers, loves clear writing and is comfortable with ambiguity.
     """,
    resp="""
        Own the roadmap for a product area and explain the reasoning behind it
        Talk to customers every week and bring their problems back to the team
        Write crisp problem statements and requirements
        Define success metrics and review them after every launch
        Work with engineering and design to make sensible trade-offs
        Coordinate launches with marketing, sales and support
        Say no, kindly and clearly, to good ideas that are not the priority
     """,
    req="""
        Experience in {Product Management} for digital products
        Ability to run {Product Discovery} with interviews and prototypes
        Comfortable with data: {SQL} or a product analytics tool
        Experience working in {Agile} teams with tools like {Jira}
        Excellent {Stakeholder Management}
        Experience writing clear {Product Requirements}
     """,
    nice="""
        Experience with {A/B Testing}
        Familiarity with {Amplitude} or {Mixpanel}
        A technical background or a degree in computer science
        Experience with B2B {SaaS} pricing and packaging
     """,
    titles="junior=Associate Product Manager/Junior Product Manager; lead=Group Product Manager/Lead Product Manager; director=Director of Product/Head of Product",
)

role(
    "technical_pm",
    "product",
    "Technical Product Manager",
    160,
    "mid senior lead principal",
    "product management for technical products",
    summaries="""
        You will own {company}'s developer-facing platform: APIs, SDKs and the internal services other teams build on.
        We need a product manager who can hold their own in an architecture review and still put the customer first.
     """,
    resp="""
        Own the roadmap for our APIs and developer tools
        Gather feedback from developers and partner teams
        Write API specifications and review changes for consistency
        Plan deprecations and migrations with clear communication
        Track adoption, reliability and developer satisfaction
        Work with engineering leads on technical trade-offs
     """,
    req="""
        {Product Management} experience with APIs or platforms
        Solid understanding of {REST APIs} and software architecture
        Experience writing {Technical Documentation}
        Comfort with {SQL} for self-serve analysis
        Experience working in {Agile} teams
     """,
    nice="""
        A background in software engineering
        Familiarity with {AWS} or other cloud platforms
        Experience with developer relations
     """,
)

role(
    "product_owner",
    "product",
    "Product Owner",
    115,
    "junior mid senior",
    "product ownership or business analysis",
    summaries="""
        You will work inside a delivery team as the voice of the customer, keeping the backlog clear and the team focused.
        We are looking for a product owner who enjoys detail, writes great user stories and keeps stakeholders informed.
     """,
    resp="""
        Maintain a well-ordered backlog with clear acceptance criteria
        Run refinement and sprint reviews with the team
        Gather requirements from operations and business users
        Accept completed work and check it against the intent
        Communicate progress and risks to stakeholders
        Write release notes and support training for users
     """,
    req="""
        Experience as a product owner or business analyst in {Scrum} teams
        Skilled at writing {User Stories} and acceptance criteria
        Experience with {Jira} and {Confluence}
        Strong {Requirements Gathering} skills
        Good {Stakeholder Management}
     """,
    nice="""
        A {Scrum} Product Owner certification
        Basic {SQL}
        Experience with process mapping in {BPMN}
     """,
)

role(
    "product_ops",
    "product",
    "Product Operations Manager",
    125,
    "mid senior lead",
    "product operations",
    summaries="""
        You will make {company}'s product team run smoothly: planning rituals, tooling, launch processes and the data behind decisions.
     """,
    resp="""
        Run quarterly planning and roadmap reviews
        Own launch checklists and release communication
        Maintain the product tool stack and its integrations
        Build dashboards for product health and adoption
        Gather and route customer feedback from sales and support
        Document processes and keep them lightweight
     """,
    req="""
        Experience in product operations, program management or {Product Management}
        Strong analytical skills with {SQL} or {Excel}
        Experience administering {Jira} and {Productboard}
        Excellent written communication and {Stakeholder Management}
     """,
    nice="""
        Experience with {Amplitude}
        Familiarity with {Salesforce} for customer feedback
     """,
)

# ---- marketing -----------------------------------------------------------------------------
role(
    "content_marketing",
    "marketing",
    "Content Marketing Manager",
    88,
    "junior mid senior lead",
    "content marketing or journalism",
    summaries="""
        You will tell {company}'s story through articles, guides, newsletters and case studies that people actually want to read.
        We are looking for a writer who thinks like a marketer and a marketer who writes like a journalist.
     """,
    resp="""
        Plan and run our editorial calendar across blog, newsletter and social
        Write and edit long-form guides, case studies and landing pages
        Interview customers and internal experts for stories
        Work with design on visuals for every major piece
        Measure what content drives sign-ups and pipeline, then do more of that
        Keep our tone of voice consistent across the company
     """,
    req="""
        Excellent {Copywriting} and editing skills with a portfolio to show
        Experience running a {Content Strategy}
        Working knowledge of {SEO} for content
        Experience with a CMS such as {WordPress} or {Webflow}
        Comfortable reporting with {Google Analytics}
     """,
    nice="""
        Experience with {HubSpot}
        Video or podcast production experience
        Experience in B2B {SaaS}
     """,
    titles="junior=Content Writer/Junior Content Marketer; mid=Content Marketing Manager/Content Marketer; senior=Senior Content Marketing Manager; lead=Head of Content/Content Lead",
)

role(
    "seo",
    "marketing",
    "SEO Specialist",
    78,
    "junior mid senior lead",
    "search engine optimisation",
    summaries="""
        You will grow {company}'s organic traffic by fixing technical issues, shaping content and earning links the honest way.
     """,
    resp="""
        Run technical audits and work with developers to fix crawl and indexing issues
        Do keyword research and brief writers on search intent
        Track rankings, traffic and conversions from organic search
        Improve internal linking and site structure
        Plan international SEO for new markets
        Report monthly on results and next priorities
     """,
    req="""
        Proven results in {SEO} for a content-heavy or e-commerce site
        Experience with {Google Search Console} and {Google Analytics}
        Skilled with {Ahrefs} or {SEMrush}
        Basic {HTML} to diagnose on-page issues
        Comfort analysing data in {Excel} or Google Sheets
     """,
    nice="""
        Experience with {Screaming Frog}
        Some {JavaScript} SEO knowledge
        Experience with {Looker Studio} dashboards
     """,
    titles="lead=SEO Lead/Head of SEO",
)

role(
    "performance_marketing",
    "marketing",
    "Performance Marketing Manager",
    95,
    "junior mid senior lead director",
    "paid acquisition or performance marketing",
    summaries="""
        You will own {company}'s paid acquisition: budgets, channels, creative testing and the numbers behind all of it.
        We want a performance marketer who is rigorous about attribution and creative about growth.
     """,
    resp="""
        Plan and manage paid campaigns across search, social and display
        Run structured creative and audience tests every week
        Own channel budgets and forecast results
        Improve landing pages and conversion rates with design and product
        Report on customer acquisition cost and payback
        Work with finance on budget planning
     """,
    req="""
        Hands-on experience with {Google Ads} and {Meta Ads}
        Strong analytical skills in {Excel} and {Google Analytics}
        Experience with {Conversion Rate Optimization}
        Understanding of attribution and {Marketing Analytics}
        Experience managing sizeable budgets on {LinkedIn Ads}
     """,
    nice="""
        Experience with {TikTok Ads}
        Basic {SQL}
        Experience with {Looker Studio}
     """,
    titles="junior=Paid Media Executive/Junior Performance Marketer; mid=Performance Marketing Manager/Paid Media Manager; senior=Senior Performance Marketing Manager; lead=Head of Performance Marketing; director=Director of Growth Marketing",
)

role(
    "product_marketing",
    "marketing",
    "Product Marketing Manager",
    135,
    "mid senior lead principal director",
    "product marketing",
    summaries="""
        You will shape how {company} positions its products, from launch messaging to the sales deck and the pricing page.
     """,
    resp="""
        Own positioning and messaging for a product line
        Plan and run product launches with product and sales
        Build sales enablement materials and train the sales team
        Run competitive analysis and keep battlecards current
        Interview customers and win/loss prospects
        Work with content and demand generation on campaigns
     """,
    req="""
        Experience in {Product Marketing} for B2B products
        Strong {Positioning} and messaging skills
        Experience with {Go-to-Market Strategy} and launches
        Ability to build {Sales Enablement} materials
        Excellent writing and presentation skills, including {Copywriting}
     """,
    nice="""
        Experience with {Competitive Analysis} in crowded markets
        Familiarity with {Salesforce} or {HubSpot}
        Pricing and packaging experience
     """,
    titles="director=Director of Product Marketing/Head of Product Marketing",
)

role(
    "social_media",
    "marketing",
    "Social Media Manager",
    65,
    "intern junior mid senior",
    "social media marketing",
    summaries="""
        You will run {company}'s social channels day to day and build a community that actually talks back.
     """,
    resp="""
        Plan and publish content across Instagram, LinkedIn, TikTok and X
        Reply to comments and messages in our tone of voice
        Work with creators and partners on campaigns
        Shoot and edit short-form video
        Report on reach, engagement and traffic each month
        Spot trends early and decide which are worth joining
     """,
    req="""
        Experience with {Social Media Marketing} for a brand
        Strong {Copywriting} skills for short-form content
        Experience with scheduling tools such as {Hootsuite} or {Sprout Social}
        Basic editing skills in {Canva} or {Adobe Premiere Pro}
        Experience with {Community Management}
     """,
    nice="""
        Experience with {Influencer Marketing}
        Photography skills
        Familiarity with {Meta Ads}
     """,
    titles="intern=Social Media Intern/Marketing Intern; junior=Social Media Coordinator/Social Media Executive; mid=Social Media Manager; senior=Senior Social Media Manager",
)

role(
    "lifecycle",
    "marketing",
    "Lifecycle Marketing Manager",
    100,
    "junior mid senior lead",
    "email, CRM or lifecycle marketing",
    summaries="""
        You will own the messages {company} sends to customers after they sign up: onboarding, engagement, retention and win-back.
     """,
    resp="""
        Build and optimise onboarding and retention journeys
        Segment customers and personalise messages
        Run tests on subject lines, timing and content
        Keep our email programme compliant and deliverable
        Work with product on in-app messaging
        Report on retention and revenue from lifecycle campaigns
     """,
    req="""
        Experience with {Email Marketing} at scale
        Hands-on with {Braze}, {Klaviyo} or {HubSpot}
        Understanding of {Marketing Automation} and segmentation
        Working knowledge of {GDPR} and consent rules
        Comfortable with {A/B Testing} and reading results
     """,
    nice="""
        Basic {SQL}
        Some {HTML} for email templates
        Experience with push notifications
     """,
    titles="junior=CRM Executive/Email Marketing Specialist; mid=Lifecycle Marketing Manager/CRM Manager; senior=Senior Lifecycle Marketing Manager; lead=Head of CRM",
)

role(
    "marketing_leader",
    "marketing",
    "Marketing Manager",
    140,
    "lead director",
    "marketing",
    summaries="""
        You will lead {company}'s marketing team and own the plan that turns our product into a brand people trust.
     """,
    resp="""
        Set the marketing strategy and budget with the leadership team
        Lead a team across brand, content, performance and events
        Own pipeline and revenue targets with sales
        Choose and manage agencies and partners
        Build reporting that connects spend to results
        Keep our brand consistent as we enter new markets
     """,
    req="""
        Broad experience across {Digital Marketing} channels
        Experience with {People Management} and agencies
        Strong {Marketing Analytics} and budgeting skills
        Experience with {Brand Management}
        Experience with {Go-to-Market Strategy} in new markets
     """,
    nice="""
        Experience with {HubSpot} or {Salesforce}
        Experience in a regulated industry
     """,
    titles="lead=Marketing Manager/Senior Marketing Manager; director=Marketing Director/Head of Marketing/VP Marketing",
)

# ---- sales ---------------------------------------------------------------------------------
role(
    "sdr",
    "sales",
    "Sales Development Representative",
    58,
    "junior mid senior lead",
    "sales or business development",
    summaries="""
        You will start conversations with the companies that need {company} most and set up meetings for our account executives.
        This is a great first step into a sales career, with a clear path to an account executive role.
     """,
    resp="""
        Research target accounts and find the right people to contact
        Reach out by email, phone and LinkedIn with personal, relevant messages
        Qualify inbound leads quickly and book meetings
        Keep the CRM accurate and up to date
        Share what you hear from prospects with marketing and product
        Hit monthly targets for qualified meetings
     """,
    req="""
        Confident {Cold Calling} and written outreach
        Experience or strong interest in {Lead Generation}
        Comfort with a CRM such as {Salesforce} or {HubSpot}
        Excellent {Communication} and resilience
        Familiarity with {LinkedIn Sales Navigator}
     """,
    nice="""
        Experience with {Outreach} or Salesloft sequences
        A second language
     """,
    titles="junior=Sales Development Representative/Business Development Representative; mid=Sales Development Representative; senior=Senior Sales Development Representative; lead=SDR Team Lead",
)

role(
    "account_executive",
    "sales",
    "Account Executive",
    95,
    "junior mid senior lead principal",
    "B2B sales",
    summaries="""
        You will own the full sales cycle for new customers, from first call to signed contract, in a defined territory.
        We are looking for a consultative seller who wins by understanding customers' problems better than anyone else.
     """,
    resp="""
        Run discovery calls, demos and commercial negotiations
        Build and manage a healthy pipeline in your territory
        Forecast accurately and keep opportunities up to date
        Work with solutions engineers on technical evaluations
        Build mutual action plans with champions and buyers
        Hand over smoothly to customer success after signature
     """,
    req="""
        A track record of {B2B Sales} against quota
        Experience with {Salesforce} and pipeline management
        Skilled at {Negotiation} and closing
        Experience with {Consultative Selling} or MEDDICC
        Strong {Presentation Skills}
     """,
    nice="""
        Experience selling {SaaS}
        Experience with {Gong} for call reviews
        Experience selling into enterprises
     """,
    titles="junior=Associate Account Executive; senior=Senior Account Executive/Enterprise Account Executive; lead=Enterprise Account Executive/Lead Account Executive; principal=Strategic Account Executive/Principal Account Executive",
)

role(
    "account_manager",
    "sales",
    "Account Manager",
    82,
    "junior mid senior lead",
    "account management",
    summaries="""
        You will look after a portfolio of existing customers, grow those relationships and make sure they renew.
     """,
    resp="""
        Own renewals and expansion for a book of accounts
        Run quarterly business reviews with customers
        Spot upsell opportunities and work them with sales
        Resolve commercial questions and escalations
        Keep account plans and CRM records current
        Share customer feedback with product and marketing
     """,
    req="""
        Experience in {Account Management} with revenue targets
        Strong {Relationship Building} and {Negotiation}
        Experience with {Salesforce} or {HubSpot}
        Good commercial sense and {Excel} skills
     """,
    nice="""
        Experience in {SaaS} renewals
        A second language
     """,
    titles="lead=Senior Account Manager/Key Account Manager",
)

role(
    "sales_engineer",
    "sales",
    "Solutions Engineer",
    140,
    "mid senior lead principal",
    "pre-sales or solutions engineering",
    summaries="""
        You will be the technical partner to our account executives, proving that {company}'s product solves the customer's problem.
     """,
    resp="""
        Run technical discovery and tailored demos
        Design proofs of concept and guide customers through them
        Answer security questionnaires and RFPs
        Advise on integrations and architecture
        Feed product gaps back to the product team
        Build reusable demo environments and scripts
     """,
    req="""
        Experience in {Pre-Sales} or {Solutions Engineering}
        Hands-on with {REST APIs} and integrations
        Able to write scripts in {Python} or {JavaScript}
        Strong {Presentation Skills} with technical and business audiences
        Working knowledge of {SQL}
     """,
    nice="""
        Experience with {AWS} or {Azure}
        Familiarity with {Salesforce}
        Knowledge of single sign-on and {Identity and Access Management}
     """,
    titles="mid=Solutions Engineer/Sales Engineer; senior=Senior Solutions Engineer/Senior Sales Engineer; lead=Lead Solutions Engineer; principal=Principal Solutions Engineer",
)

role(
    "revops",
    "sales",
    "Revenue Operations Analyst",
    95,
    "junior mid senior lead",
    "sales or revenue operations",
    summaries="""
        You will make {company}'s go-to-market engine run smoothly: CRM, territories, forecasting and reporting.
     """,
    resp="""
        Administer and improve our CRM and sales tools
        Build pipeline and forecast reports for sales leadership
        Design territories and quota models with finance
        Keep data clean across marketing, sales and success systems
        Document sales processes and train new hires on them
        Automate routing, handoffs and approvals
     """,
    req="""
        Hands-on {Salesforce} administration
        Strong {Excel} and reporting skills
        Experience with {Sales Operations} or {Revenue Operations}
        Experience with {Forecasting} and pipeline analytics
     """,
    nice="""
        Experience with {HubSpot}
        Basic {SQL}
        Experience with {Tableau}
     """,
    titles="mid=Revenue Operations Analyst/Sales Operations Analyst; senior=Senior Revenue Operations Analyst; lead=Revenue Operations Manager",
)

role(
    "sales_leader",
    "sales",
    "Sales Manager",
    150,
    "lead director",
    "sales",
    summaries="""
        You will lead {company}'s sales team, own the number and build a team customers enjoy buying from.
     """,
    resp="""
        Hire, coach and lead a team of account executives
        Own the regional revenue target and forecast
        Run pipeline reviews and deal strategy sessions
        Refine our sales process and playbooks
        Work with marketing on pipeline generation
        Join key deals and executive conversations
     """,
    req="""
        Experience leading teams in {B2B Sales}
        Strong {Forecasting} discipline
        Skilled at {Negotiation} on large deals
        Experience with {People Management} and sales coaching
        Experience with {Salesforce}
     """,
    nice="""
        Experience opening a new market
        Experience selling {SaaS}
     """,
    titles="lead=Sales Manager/Regional Sales Manager; director=Director of Sales/Head of Sales/VP Sales",
)

# ---- healthcare ----------------------------------------------------------------------------
role(
    "nurse",
    "healthcare",
    "Registered Nurse",
    92,
    "junior mid senior lead director",
    "acute-care nursing",
    summaries="""
        You will provide safe, compassionate nursing care as part of a supportive multidisciplinary team at {company}.
        We are looking for a registered nurse who advocates for patients and enjoys teaching as much as learning.
        Join a unit with a strong preceptorship programme, safe staffing ratios and real support for professional growth.
     """,
    resp="""
        Assess, plan, deliver and evaluate care for a group of patients each shift
        Administer medicines safely and monitor their effect
        Recognise deteriorating patients early and escalate appropriately
        Keep accurate, timely records in the electronic health record
        Educate patients and families before discharge
        Work closely with doctors, therapists and pharmacists on care plans
        Support students and newly qualified nurses on the ward
        Take part in audits and quality-improvement projects
     """,
    req="""
        Current registration as a {Registered Nurse} with the national nursing regulator
        Strong {Patient Care} and clinical assessment skills
        Current {Basic Life Support} certification
        Experience with {Electronic Health Records} such as {Epic}
        Safe {Medication Administration} practice
        Good {Infection Control} knowledge
     """,
    nice="""
        {Advanced Cardiac Life Support} certification
        Experience in {Critical Care} or emergency settings
        A postgraduate qualification in a specialty area
        Experience mentoring students
     """,
    titles="junior=Graduate Registered Nurse/Registered Nurse (New Graduate); mid=Registered Nurse/Staff Nurse; senior=Senior Staff Nurse/Registered Nurse, Senior; lead=Charge Nurse/Nurse Unit Manager; director=Director of Nursing/Chief Nursing Officer",
)

role(
    "medical_assistant",
    "healthcare",
    "Medical Assistant",
    44,
    "junior mid senior",
    "a clinical or front-desk healthcare role",
    summaries="""
        You will help our clinicians run a calm, efficient clinic by preparing patients, rooms and records.
        As a medical assistant at {company} you will be the first clinical face many patients see.
     """,
    resp="""
        Room patients and record vital signs and histories
        Assist providers with examinations and minor procedures
        Perform phlebotomy and collect specimens
        Schedule appointments and handle referrals
        Keep exam rooms stocked and clean
        Update patient records accurately
     """,
    req="""
        Certification as a {Medical Assistant} or equivalent training
        Experience with {Phlebotomy} and taking vital signs
        Familiarity with {Electronic Health Records}
        Current {Basic Life Support} certification
        Friendly {Patient Care} and communication skills
     """,
    nice="""
        A second language spoken by many of our patients
        Experience with {Medical Billing}
        Experience in urgent care
     """,
    titles="junior=Medical Assistant Trainee/Medical Assistant I; mid=Medical Assistant/Clinical Assistant; senior=Senior Medical Assistant/Lead Medical Assistant",
)

role(
    "physio",
    "healthcare",
    "Physiotherapist",
    86,
    "junior mid senior lead",
    "physiotherapy",
    summaries="""
        You will assess and treat patients with musculoskeletal and sports injuries, helping them get back to what they love.
        We are looking for a physiotherapist who combines hands-on skill with clear, motivating exercise programmes.
     """,
    resp="""
        Assess new patients and agree goals with them
        Deliver manual therapy and exercise-based rehabilitation
        Write clear treatment notes and reports for referrers
        Run small group classes for rehabilitation and prevention
        Track outcomes and adjust treatment plans
        Take part in weekly in-service training and case reviews
     """,
    req="""
        A degree in physiotherapy and registration as a {Physiotherapist}
        Strong {Musculoskeletal Assessment} skills
        Experience designing {Exercise Prescription} programmes
        Confidence with {Manual Therapy}
        Good {Patient Care} and communication
     """,
    nice="""
        {Sports Medicine} experience
        Acupuncture or dry-needling certification
        Experience with {Pilates} rehabilitation
     """,
    titles="junior=Graduate Physiotherapist/Junior Physiotherapist; mid=Physiotherapist/Physical Therapist; senior=Senior Physiotherapist; lead=Clinical Lead Physiotherapist/Physiotherapy Team Lead",
)

role(
    "pharmacist",
    "healthcare",
    "Pharmacist",
    128,
    "mid senior lead",
    "pharmacy practice",
    summaries="""
        You will make sure patients get the right medicine and the advice to use it well, in a busy and friendly pharmacy team.
     """,
    resp="""
        Check and dispense prescriptions accurately
        Counsel patients on new medicines and side effects
        Run medication reviews and vaccination clinics
        Supervise pharmacy technicians and trainees
        Manage controlled drugs in line with regulation
        Work with prescribers to resolve prescription issues
     """,
    req="""
        Registration as a {Pharmacist} with the national regulator
        Strong {Pharmacology} knowledge
        Experience with {Medication Management} and reviews
        Accuracy and good {Patient Counseling} skills
     """,
    nice="""
        Vaccination or independent prescribing qualification
        Experience in {Clinical Pharmacy}
        Experience managing a small team
     """,
    titles="mid=Pharmacist/Community Pharmacist; senior=Senior Pharmacist/Clinical Pharmacist; lead=Pharmacy Manager/Lead Pharmacist",
)

role(
    "clinical_research",
    "healthcare",
    "Clinical Research Coordinator",
    66,
    "junior mid senior lead director",
    "clinical research",
    summaries="""
        You will coordinate clinical trials at {company}, making sure patients are safe, data are clean and protocols are followed.
        We need a clinical research professional who is organised, curious and calm during a monitoring visit.
     """,
    resp="""
        Screen and enrol participants according to the protocol
        Coordinate study visits and procedures with clinical teams
        Record data accurately in electronic case report forms
        Report adverse events promptly
        Prepare for monitoring visits and audits
        Maintain regulatory binders and essential documents
     """,
    req="""
        Working knowledge of {Good Clinical Practice}
        Experience with {Clinical Trials} coordination or monitoring
        Familiarity with {Electronic Data Capture} systems
        Understanding of {Informed Consent} processes
        Careful {Data Management} habits
     """,
    nice="""
        A research certification such as CCRP
        Experience in {Oncology} trials
        Phlebotomy training
     """,
    titles="junior=Clinical Research Assistant/Clinical Trial Assistant; mid=Clinical Research Coordinator/Clinical Research Associate; senior=Senior Clinical Research Associate; lead=Clinical Trial Manager/Lead Clinical Research Associate; director=Director of Clinical Operations",
)

role(
    "medical_coder",
    "healthcare",
    "Medical Coder",
    58,
    "junior mid senior",
    "medical coding or health information",
    summaries="""
        You will translate clinical documentation into accurate codes so that {company} is paid correctly and our data stay reliable.
     """,
    resp="""
        Assign diagnosis and procedure codes from clinical notes
        Query clinicians when documentation is unclear
        Review denied claims and correct coding issues
        Keep up to date with coding guideline changes
        Meet productivity and accuracy targets
     """,
    req="""
        Coding certification and strong {Medical Coding} skills
        Working knowledge of {ICD-10} and {CPT}
        Understanding of {Medical Terminology} and anatomy
        Experience with {Electronic Health Records}
     """,
    nice="""
        Experience with {Medical Billing}
        Inpatient coding experience
        Knowledge of {HIPAA}
     """,
    titles="junior=Medical Coder I/Junior Clinical Coder; mid=Medical Coder/Clinical Coder; senior=Senior Medical Coder/Coding Auditor",
)

role(
    "radiographer",
    "healthcare",
    "Radiographer",
    80,
    "junior mid senior lead",
    "diagnostic radiography",
    summaries="""
        You will perform high-quality diagnostic imaging in a busy department, keeping patients safe and comfortable.
     """,
    resp="""
        Perform X-ray and CT examinations to protocol
        Position patients carefully and explain each step
        Apply radiation protection principles to every exam
        Check image quality and work with radiologists on findings
        Take part in the on-call and weekend rota
        Support students on placement
     """,
    req="""
        Registration as a {Radiographer} or radiologic technologist
        Experience with {Computed Tomography}
        Sound knowledge of {Radiation Safety}
        Experience with {PACS} and imaging systems
        Kind, clear {Patient Care}
     """,
    nice="""
        {MRI} experience or training
        Experience in trauma imaging
     """,
    titles="mid=Radiographer/Radiologic Technologist; senior=Senior Radiographer/CT Radiographer; lead=Lead Radiographer",
)

# ---- finance -------------------------------------------------------------------------------
role(
    "financial_analyst",
    "finance",
    "Financial Analyst",
    88,
    "intern junior mid senior lead principal",
    "financial planning and analysis",
    summaries="""
        You will help {company} plan, budget and understand its numbers, partnering closely with leaders across the business.
        Our FP&A team turns figures into decisions; you will build the models and tell the story behind them.
     """,
    resp="""
        Build and maintain the annual budget and rolling forecasts
        Analyse monthly results against plan and explain the variances
        Create financial models for new products, hires and investments
        Prepare board and management reporting packs
        Partner with department heads on headcount and spending
        Improve reporting processes and automate manual work
     """,
    req="""
        Strong {Financial Modeling} skills
        Advanced {Excel}, including lookups and pivot tables
        Experience with {Budgeting} and {Forecasting}
        Solid understanding of {Financial Reporting} and accounting principles
        Experience with {Variance Analysis}
     """,
    nice="""
        Experience with {Power BI} or {Tableau}
        Basic {SQL}
        Progress toward the {CFA} or a professional accounting qualification
        Experience with {NetSuite} or {SAP}
     """,
    titles="intern=Finance Intern/FP&A Intern; junior=Junior Financial Analyst/Financial Analyst I; lead=FP&A Manager/Lead Financial Analyst; principal=Principal Financial Analyst/Senior FP&A Manager",
)

role(
    "accountant",
    "finance",
    "Accountant",
    72,
    "intern junior mid senior lead",
    "accounting",
    summaries="""
        You will keep {company}'s books accurate and timely, from daily transactions to the month-end close.
     """,
    resp="""
        Prepare journal entries and account reconciliations
        Support a fast, accurate month-end and year-end close
        Manage accounts payable and receivable processes
        Prepare VAT and sales-tax returns
        Support external auditors with schedules and explanations
        Improve controls and document processes
     """,
    req="""
        A degree in accounting and knowledge of {GAAP} or {IFRS}
        Experience with {Account Reconciliation} and month-end close
        Strong {Excel} skills
        Experience with {QuickBooks} or {Xero}
        Experience with {SAP} or another ERP
     """,
    nice="""
        A professional qualification such as {CPA} or ACCA
        Experience with {Accounts Payable} automation
        Experience in a multi-entity group
     """,
    titles="intern=Accounting Intern; junior=Junior Accountant/Accounts Assistant; mid=Accountant/Staff Accountant; senior=Senior Accountant; lead=Accounting Manager",
)

role(
    "controller",
    "finance",
    "Financial Controller",
    160,
    "lead director",
    "accounting and finance",
    summaries="""
        You will lead {company}'s accounting function and own the integrity of our financial statements.
     """,
    resp="""
        Own the monthly close and the consolidated financial statements
        Lead the external audit and tax compliance
        Design and enforce internal controls
        Manage and develop the accounting team
        Own treasury, cash forecasting and banking relationships
        Partner with the CFO on planning and board reporting
     """,
    req="""
        A qualified accountant ({CPA}, ACA or ACCA)
        Deep knowledge of {IFRS} or {GAAP}
        Experience with {Financial Reporting} for a group of companies
        Experience with {Internal Controls} and audits
        Experience with {People Management} in finance
     """,
    nice="""
        Experience with {NetSuite}
        Experience preparing for an IPO or {SOX} compliance
        Treasury and {Cash Flow Management} experience
     """,
    titles="lead=Financial Controller/Assistant Controller; director=Finance Director/Director of Finance/Corporate Controller",
)

role(
    "auditor",
    "finance",
    "Internal Auditor",
    82,
    "junior mid senior lead",
    "audit",
    summaries="""
        You will give {company}'s leadership independent assurance that our controls work, and help teams fix them where they do not.
     """,
    resp="""
        Plan and run risk-based audits across the business
        Test controls and document findings clearly
        Agree practical actions with management and follow them up
        Support the audit committee with reports
        Review new processes and systems before they go live
     """,
    req="""
        Experience in {Internal Audit} or external audit
        Knowledge of {Risk Management} frameworks
        Experience testing {Internal Controls}
        Strong {Excel} and report writing
     """,
    nice="""
        A {CIA} or {CPA} qualification
        Experience with {SOX} testing
        Data analytics skills in {SQL}
     """,
    titles="junior=Audit Associate/Junior Internal Auditor; mid=Internal Auditor; senior=Senior Internal Auditor; lead=Internal Audit Manager",
)

role(
    "payroll",
    "finance",
    "Payroll Specialist",
    60,
    "junior mid senior",
    "payroll",
    summaries="""
        You will make sure everyone at {company} is paid correctly and on time, every time.
     """,
    resp="""
        Process monthly payroll for several entities
        Handle starters, leavers and changes accurately
        Reconcile payroll to the general ledger
        Answer employee payroll questions with care
        File statutory payroll returns on time
     """,
    req="""
        Hands-on {Payroll} processing experience
        Knowledge of local {Payroll Compliance} and tax rules
        Strong {Excel} skills
        Experience with payroll software such as {ADP}
     """,
    nice="""
        Experience with {Workday}
        Multi-country payroll experience
     """,
    titles="junior=Payroll Administrator/Payroll Assistant; mid=Payroll Specialist; senior=Senior Payroll Specialist",
)

role(
    "risk_analyst",
    "finance",
    "Credit Risk Analyst",
    90,
    "junior mid senior lead",
    "credit or financial risk",
    summaries="""
        You will assess credit risk across {company}'s portfolio and help us lend responsibly as we grow.
     """,
    resp="""
        Analyse credit applications and financial statements
        Monitor portfolio performance and early-warning indicators
        Build and validate risk models with the data team
        Prepare risk reports for the credit committee
        Review and improve credit policies
     """,
    req="""
        Experience in {Credit Risk} or lending
        Strong {Financial Analysis} skills
        Advanced {Excel} and working {SQL}
        Understanding of {Risk Management} and regulation
     """,
    nice="""
        Experience with {Python} or {SAS}
        Progress toward {FRM} or {CFA}
     """,
    titles="lead=Credit Risk Manager",
)

# ---- operations ----------------------------------------------------------------------------
role(
    "ops_manager",
    "operations",
    "Operations Manager",
    98,
    "mid senior lead director",
    "operations management",
    summaries="""
        You will keep {company}'s day-to-day operations running smoothly and make them a little better every week.
        We need an operations leader who is equally at home on the floor and in a spreadsheet.
     """,
    resp="""
        Run daily operations and hit service, cost and quality targets
        Plan staffing and schedules around demand
        Track KPIs and act quickly when they slip
        Lead continuous-improvement projects
        Manage suppliers and service contracts
        Make sure health and safety rules are followed
        Coach team leads and build a strong bench
     """,
    req="""
        Experience in {Operations Management}
        Strong {Process Improvement} skills, ideally {Lean} or {Six Sigma}
        Confident with {Excel} and KPI reporting
        Experience with {People Management}
        Experience with {Budgeting} and cost control
     """,
    nice="""
        Experience with {SAP} or another ERP
        Health and safety qualification
        Experience with {Power BI}
     """,
    titles="mid=Operations Coordinator/Operations Specialist; senior=Operations Manager; lead=Senior Operations Manager/Head of Operations; director=Director of Operations/VP Operations",
)

role(
    "supply_chain",
    "operations",
    "Supply Chain Analyst",
    78,
    "junior mid senior lead",
    "supply chain",
    summaries="""
        You will help {company} have the right stock in the right place, using data to balance service and cost.
     """,
    resp="""
        Forecast demand and plan inventory with purchasing
        Analyse supplier lead times and performance
        Build reports on stock levels, fill rates and waste
        Model scenarios for new products and disruptions
        Improve planning processes and tools
     """,
    req="""
        Experience in {Supply Chain Management} or planning
        Advanced {Excel}
        Experience with {Demand Planning} and {Inventory Management}
        Experience with {SAP} or another ERP
     """,
    nice="""
        {SQL} or {Power BI}
        {APICS} certification
        Some {Python}
     """,
    titles="lead=Supply Chain Manager/Demand Planning Lead",
)

role(
    "logistics",
    "operations",
    "Logistics Coordinator",
    52,
    "junior mid senior",
    "logistics or transport",
    summaries="""
        You will coordinate the movement of goods for {company}, keeping customers informed and drivers on schedule.
     """,
    resp="""
        Book and track inbound and outbound shipments
        Plan routes and loads with carriers
        Prepare customs and shipping documents
        Resolve delays, damages and claims
        Keep the transport management system up to date
     """,
    req="""
        Experience in {Logistics} or freight coordination
        Knowledge of {Customs Compliance} and shipping documents
        Confident with {Excel}
        Experience with a {Transportation Management System}
     """,
    nice="""
        Experience with {SAP}
        A forklift licence
        A second language
     """,
    titles="junior=Logistics Assistant/Junior Logistics Coordinator; mid=Logistics Coordinator/Transport Planner; senior=Senior Logistics Coordinator",
)

role(
    "project_manager",
    "operations",
    "Project Manager",
    100,
    "junior mid senior lead principal",
    "project management",
    summaries="""
        You will lead cross-functional projects at {company} from kick-off to handover, keeping scope, time and budget under control.
     """,
    resp="""
        Plan projects and agree scope with sponsors
        Track progress, risks and budget, and report them honestly
        Run project meetings with clear actions
        Coordinate internal teams and contractors
        Manage change requests and keep stakeholders aligned
        Close projects with lessons learned
     """,
    req="""
        Experience in {Project Management} across functions
        A certification such as {PMP} or {PRINCE2}
        Strong {Risk Management} and planning skills
        Experience with {Microsoft Project} or {Smartsheet}
        Excellent {Stakeholder Management}
     """,
    nice="""
        Experience with {Agile} delivery
        Experience with {Jira}
        Construction or engineering project experience
     """,
    titles="junior=Project Coordinator/Junior Project Manager; principal=Program Manager/Senior Program Manager",
)

role(
    "procurement",
    "operations",
    "Procurement Specialist",
    76,
    "junior mid senior lead",
    "procurement or purchasing",
    summaries="""
        You will buy what {company} needs at the right price and quality, while building strong supplier relationships.
     """,
    resp="""
        Run tenders and supplier selection
        Negotiate contracts and pricing
        Manage supplier performance and risk
        Process purchase orders and resolve issues
        Find savings and track them with finance
     """,
    req="""
        Experience in {Procurement} or purchasing
        Strong {Negotiation} skills
        Experience with {Supplier Management}
        Comfortable with {Excel} analysis
        Experience with {SAP} or {Coupa}
     """,
    nice="""
        A {CIPS} qualification
        Experience with sustainable sourcing
     """,
    titles="junior=Purchasing Assistant/Junior Buyer; mid=Procurement Specialist/Buyer; senior=Senior Buyer/Senior Procurement Specialist; lead=Procurement Manager/Category Manager",
)

role(
    "warehouse",
    "operations",
    "Warehouse Supervisor",
    62,
    "mid senior lead",
    "warehouse or distribution",
    summaries="""
        You will lead a shift team at our {site} and make sure orders leave accurately, safely and on time.
     """,
    resp="""
        Lead a shift of warehouse operatives and team leaders
        Plan labour against daily order volumes
        Monitor productivity and accuracy
        Run safety briefings and investigate incidents
        Train new starters on processes and equipment
        Keep stock accurate with cycle counts
     """,
    req="""
        Experience supervising in {Warehouse Operations}
        Knowledge of {Health and Safety} practice
        Experience with a {Warehouse Management System}
        Good {Inventory Management} habits
     """,
    nice="""
        A forklift licence
        Experience with {Lean} improvements
        Experience with {SAP}
     """,
    titles="mid=Warehouse Team Leader/Shift Supervisor; senior=Warehouse Supervisor; lead=Warehouse Manager/Distribution Centre Manager",
)

# ---- education -----------------------------------------------------------------------------
role(
    "teacher",
    "education",
    "Teacher",
    62,
    "junior mid senior lead",
    "classroom teaching",
    summaries="""
        You will teach motivated students in small classes and help shape a curriculum that puts deep understanding first.
        We are looking for a teacher who loves their subject and believes every student can succeed in it.
     """,
    resp="""
        Plan and teach engaging lessons across several year groups
        Assess students' progress and give helpful feedback
        Adapt teaching for students with different needs
        Act as a form tutor and look after a group's wellbeing
        Communicate with parents through reports and meetings
        Contribute to clubs, trips and school events
        Work with colleagues to develop schemes of work
     """,
    req="""
        ~[Mathematics] Qualified teacher status and a degree in {Mathematics} or a related subject
        ~[Science] A teaching qualification and strong subject knowledge in {Science}, ideally {Biology} or {Chemistry}
        ~[English] A teaching qualification and a degree in {English Literature}
        ~[Computer Science] A teaching qualification and the ability to teach {Computer Science} and {Python} programming
        Excellent {Classroom Management}
        Experience with {Lesson Planning} and assessment
        Commitment to {Differentiated Instruction}
        A clear understanding of {Safeguarding}
     """,
    nice="""
        Experience teaching the {IB Diploma} or A levels
        Experience with {Google Classroom}
        Ability to lead a club or sports team
     """,
    titles="junior=Early Career Teacher of {subject}/Newly Qualified {subject} Teacher; mid={subject} Teacher/Teacher of {subject}/Secondary {subject} Teacher; senior=Senior {subject} Teacher/Experienced {subject} Teacher; lead=Head of {subject}/Head of Year",
)

role(
    "instructional_designer",
    "education",
    "Instructional Designer",
    82,
    "junior mid senior lead",
    "instructional design or e-learning",
    summaries="""
        You will design learning experiences that actually change what people can do, online and in the classroom.
     """,
    resp="""
        Work with subject experts to define learning outcomes
        Design courses, activities and assessments
        Build interactive e-learning modules
        Write scripts and storyboards for video lessons
        Evaluate courses with learner data and feedback
        Keep content accessible and up to date
     """,
    req="""
        Experience in {Instructional Design} using models such as {ADDIE}
        Experience with authoring tools like {Articulate Storyline}
        Experience with a {Learning Management System} such as {Moodle}
        Strong {Curriculum Development} and writing skills
     """,
    nice="""
        Video editing skills
        Knowledge of {SCORM}
        Experience with {Canvas LMS}
     """,
    titles="junior=Junior Instructional Designer/Learning Designer; lead=Lead Instructional Designer/Learning Design Manager",
)

role(
    "tutor",
    "education",
    "Tutor",
    46,
    "junior mid senior",
    "tutoring or teaching",
    summaries="""
        You will give students one-to-one and small-group lessons that build their confidence as well as their grades.
     """,
    resp="""
        Teach one-to-one and small-group sessions, online or in person
        Assess each student's gaps and set a plan
        Track progress and report to parents
        Prepare students for exams
        Create practice materials
     """,
    req="""
        ~[Maths] Strong subject knowledge in {Mathematics} up to upper-secondary level
        ~[Physics] Strong subject knowledge in {Physics} and confident {Mathematics}
        ~[English] Excellent command of {English} grammar and essay writing
        ~[Chemistry] Strong subject knowledge in {Chemistry}
        Patient, encouraging {Tutoring} style
        Experience with {Online Teaching} tools
     """,
    nice="""
        Experience with exam preparation for the {SAT} or A levels
        Experience supporting students with {Special Educational Needs}
     """,
    titles="junior={subject} Tutor/Junior {subject} Tutor; mid={subject} Tutor/Online {subject} Tutor; senior=Senior {subject} Tutor",
)

role(
    "curriculum",
    "education",
    "Curriculum Developer",
    74,
    "mid senior lead",
    "curriculum development",
    summaries="""
        You will write and improve the curriculum used by thousands of learners and the teachers who guide them.
     """,
    resp="""
        Design units, lessons and assessments aligned with standards
        Write teacher guides and student materials
        Pilot new materials and revise them from feedback
        Review content for accuracy and inclusion
        Train teachers on new curriculum
     """,
    req="""
        Classroom teaching experience and strong {Curriculum Development} skills
        Knowledge of {Assessment Design}
        Excellent writing and {Lesson Planning}
        Familiarity with national curriculum standards and exam-board specifications
     """,
    nice="""
        Experience with {Instructional Design}
        Experience with digital learning products
     """,
    titles="lead=Curriculum Lead/Head of Curriculum",
)

role(
    "lecturer",
    "education",
    "Lecturer",
    78,
    "mid senior principal",
    "higher-education teaching",
    summaries="""
        You will teach undergraduate and postgraduate students and develop your own research or professional practice.
     """,
    resp="""
        Teach lectures, seminars and workshops
        Design and lead modules
        Supervise student projects and dissertations
        Mark assessments and give timely feedback
        Contribute to research, enterprise or professional practice
        Act as a personal tutor
     """,
    req="""
        A PhD or equivalent professional experience, with strong {Higher Education} teaching
        Experience in {Research} and publication
        ~[Computer Science] Experience teaching {Computer Science}, including programming in {Python} or {Java}
        ~[Business] Experience teaching {Business Administration} or {Marketing}
        ~[Nursing] Registration in {Nursing} and experience teaching clinical skills
        ~[Data Science] Experience teaching {Data Science} and {Statistics}
        Experience with {Curriculum Development} at module level
     """,
    nice="""
        A teaching fellowship or {PGCert}
        Experience with {Moodle}
        Industry experience
     """,
    titles="mid=Lecturer in {subject}/Assistant Professor of {subject}; senior=Senior Lecturer in {subject}/Associate Professor of {subject}; principal=Professor of {subject}/Principal Lecturer in {subject}",
)

role(
    "academic_leader",
    "education",
    "Head of Academics",
    120,
    "lead director",
    "education leadership",
    summaries="""
        You will lead teaching and learning at {company}, raising standards and supporting teachers to do their best work.
     """,
    resp="""
        Lead the academic strategy and curriculum
        Line-manage heads of department
        Monitor teaching quality and student outcomes
        Lead professional development for staff
        Work with families and governors
        Lead inspections and accreditation
     """,
    req="""
        Significant teaching and {Education Leadership} experience
        Strong {Curriculum Development} knowledge
        Experience with {People Management} of teachers
        A deep commitment to {Safeguarding}
     """,
    nice="""
        A master's degree in education
        Experience with the {IB Diploma}
     """,
    titles="lead=Head of Academics/Deputy Head (Academic); director=Director of Learning/Head of School",
)

# ---- hr ------------------------------------------------------------------------------------
role(
    "recruiter",
    "hr",
    "Recruiter",
    78,
    "junior mid senior lead",
    "recruitment",
    summaries="""
        You will help {company} hire brilliant people, giving every candidate a fair, respectful experience.
     """,
    resp="""
        Run full-cycle recruitment for a set of roles
        Partner with hiring managers on role profiles and interview plans
        Source candidates directly and through referrals
        Screen candidates and keep them informed at every step
        Manage offers and negotiate with care
        Track hiring data and improve our process
     """,
    req="""
        Experience with {Full-Cycle Recruiting}
        Strong {Sourcing} skills, including {LinkedIn Recruiter}
        Experience with an {Applicant Tracking System} such as {Greenhouse}
        Good {Interviewing} skills
     """,
    nice="""
        Experience hiring engineers
        Experience with {Employer Branding}
     """,
    titles="junior=Recruitment Coordinator/Junior Recruiter; mid=Recruiter/Talent Acquisition Partner/Technical Recruiter; senior=Senior Recruiter/Senior Technical Recruiter; lead=Talent Acquisition Lead/Recruiting Manager",
)

role(
    "hr_partner",
    "hr",
    "HR Generalist",
    78,
    "junior mid senior lead director",
    "human resources",
    summaries="""
        You will look after {company}'s people practices, from onboarding to employee relations, with care and good judgement.
     """,
    resp="""
        Advise managers on employee relations and policies
        Run onboarding and offboarding
        Support performance and compensation cycles
        Keep HR records and systems accurate
        Lead engagement surveys and follow-up actions
        Keep policies compliant with employment law
     """,
    req="""
        Experience in {Human Resources} generalist work
        Working knowledge of {Employment Law}
        Experience with {Employee Relations} cases
        Experience with an {HRIS} such as {Workday} or {BambooHR}
     """,
    nice="""
        A {CIPD} or SHRM qualification
        Experience with {Compensation and Benefits}
     """,
    titles="junior=HR Assistant/HR Coordinator; mid=HR Generalist/People Partner; senior=Senior HR Business Partner/Senior People Partner; lead=HR Manager/People Manager; director=Director of People/Head of People/HR Director",
)

# ---- legal ---------------------------------------------------------------------------------
role(
    "paralegal",
    "legal",
    "Paralegal",
    62,
    "junior mid senior",
    "paralegal or legal support",
    summaries="""
        You will support our lawyers on contracts, corporate housekeeping and disputes, keeping everything organised and on time.
     """,
    resp="""
        Draft and review standard documents and contracts
        Maintain corporate records and filings
        Run legal research and summarise the findings
        Manage deadlines and the matter management system
        Prepare bundles and documents for hearings
     """,
    req="""
        Experience as a paralegal with {Legal Research} skills
        Experience with {Contract Management}
        Experience with {Legal Drafting} of routine documents
        Experience with {Corporate Governance} filings
     """,
    nice="""
        Experience with e-discovery tools
        Experience with {Litigation Support}
     """,
    titles="junior=Junior Paralegal/Legal Assistant; senior=Senior Paralegal",
)

role(
    "counsel",
    "legal",
    "Legal Counsel",
    170,
    "mid senior lead director",
    "legal practice",
    summaries="""
        You will be a practical, commercial legal advisor to {company}'s teams, helping them move fast without taking silly risks.
     """,
    resp="""
        Draft and negotiate commercial contracts
        Advise on data protection and privacy
        Support product launches with legal reviews
        Manage outside counsel and legal spend
        Train teams on legal risks in plain language
        Support fundraising and corporate transactions
     """,
    req="""
        A qualified lawyer with strong {Contract Negotiation} experience
        Knowledge of {Data Protection} law, including {GDPR}
        Experience with {Commercial Law} in a firm or in-house
        Good {Legal Drafting} skills
     """,
    nice="""
        Experience with {Intellectual Property}
        Experience in a regulated industry
        Experience with {Employment Law}
     """,
    titles="mid=Legal Counsel/Associate; senior=Senior Legal Counsel/Senior Associate; lead=Lead Counsel/Head of Legal; director=General Counsel/Director of Legal",
)

role(
    "compliance",
    "legal",
    "Compliance Analyst",
    88,
    "junior mid senior lead",
    "compliance",
    summaries="""
        You will help {company} meet its regulatory obligations and build a culture where doing the right thing is easy.
     """,
    resp="""
        Monitor regulatory change and assess its impact
        Run compliance checks and report findings
        Review customer due diligence cases
        Maintain policies and training
        Support regulatory reporting and audits
     """,
    req="""
        Experience in {Regulatory Compliance}
        Knowledge of {Anti-Money Laundering} rules
        Experience with {Know Your Customer} checks
        Strong {Risk Assessment} skills
     """,
    nice="""
        An ICA or {CAMS} certification
        Knowledge of {GDPR}
     """,
    titles="lead=Compliance Manager/Head of Compliance",
)

# ---- customer support ----------------------------------------------------------------------
role(
    "support",
    "customer-support",
    "Customer Support Specialist",
    50,
    "junior mid senior lead",
    "customer support",
    summaries="""
        You will help {company}'s customers when they need it most, solving problems quickly and leaving them happier than before.
     """,
    resp="""
        Answer customer questions by chat, email and phone
        Troubleshoot issues and escalate bugs with clear reproduction steps
        Write and update help-centre articles
        Spot trends in tickets and share them with product
        Meet response-time and satisfaction goals
        Help onboard new team members
     """,
    req="""
        Experience in {Customer Service} or support
        Experience with {Zendesk} or {Intercom}
        Clear, friendly written {Communication}
        Strong {Troubleshooting} instincts
     """,
    nice="""
        A second language, especially {French} or {German}
        Experience in {SaaS}
     """,
    titles="junior=Customer Support Associate/Customer Support Agent; mid=Customer Support Specialist/Customer Experience Specialist; senior=Senior Customer Support Specialist; lead=Customer Support Team Lead/Support Team Lead",
)

role(
    "customer_success",
    "customer-support",
    "Customer Success Manager",
    88,
    "mid senior lead director",
    "customer success or account management",
    summaries="""
        You will make sure {company}'s customers get real value from our product, and that they stay and grow with us.
     """,
    resp="""
        Onboard new customers and set success plans
        Run regular check-ins and business reviews
        Monitor account health and act on risks early
        Drive adoption of new features
        Work with sales on renewals and expansion
        Represent customers' needs to product
     """,
    req="""
        Experience in {Customer Success} for a software product
        Experience with {Customer Onboarding}
        Experience with {Gainsight} or {Salesforce}
        Strong {Relationship Building} skills
     """,
    nice="""
        Experience in {SaaS}
        Technical aptitude and basic {SQL}
     """,
    titles="lead=Customer Success Team Lead/Senior Customer Success Manager; director=Director of Customer Success/Head of Customer Success",
)

role(
    "tech_support",
    "customer-support",
    "Technical Support Engineer",
    72,
    "junior mid senior lead",
    "technical support",
    summaries="""
        You will solve our customers' hardest technical problems and feed what you learn back to engineering.
     """,
    resp="""
        Investigate complex issues with logs, APIs and databases
        Reproduce bugs and work with engineers on fixes
        Handle escalations from the frontline support team
        Write internal runbooks and troubleshooting guides
        Join a weekend rota once a month
     """,
    req="""
        Experience in {Technical Support}
        Working knowledge of {SQL} and {REST APIs}
        Comfort on the command line in {Linux}
        Strong {Troubleshooting} skills
     """,
    nice="""
        Scripting in {Python}
        Experience with {Zendesk} or {Jira}
        Experience with {AWS}
     """,
    titles="junior=Technical Support Engineer I/Junior Support Engineer; mid=Technical Support Engineer/Support Engineer; senior=Senior Technical Support Engineer; lead=Technical Support Lead",
)

# --------------------------------------------------------------------------------------------
# Seniority: title patterns, experience, pay multipliers and the extra lines each level brings.
# --------------------------------------------------------------------------------------------

LEVEL_WEIGHTS = {
    "intern": 25,
    "junior": 18,
    "mid": 28,
    "senior": 24,
    "lead": 11,
    "principal": 14,
    "director": 16,
}
EXPERIENCE = {"intern": (0, 0), "junior": (0, 2), "mid": (2, 4), "senior": (4, 7), "lead": (6, 9),
              "principal": (8, 12), "director": (8, 14)}  # fmt: skip
PAY = {"intern": 0.42, "junior": 0.74, "mid": 1.0, "senior": 1.27, "lead": 1.45, "principal": 1.68,
       "director": 1.72}  # fmt: skip
TECH = {"software", "data"}
DEFAULT_TITLES = {
    "intern": ("{t} Intern",), "junior": ("Junior {t}", "Associate {t}", "{t} I"), "mid": ("{t}", "{t} II"),
    "senior": ("Senior {t}",), "lead": ("Lead {t}",), "principal": ("Principal {t}",),
}  # fmt: skip
BOSS = {"software": "CTO", "data": "CTO", "design": "Chief Product Officer", "product": "Chief Product Officer",
        "marketing": "CEO", "sales": "Chief Revenue Officer", "healthcare": "Chief Executive",
        "finance": "CFO", "operations": "COO", "education": "Principal", "hr": "CEO", "legal": "CEO",
        "customer-support": "COO"}  # fmt: skip

LEVEL_SUMMARY = {
    "intern": _lines("""
        This is a paid internship with a real project, a mentor and a demo to the whole company at the end.
        Our interns do real work that ships; you will have a dedicated mentor and weekly check-ins.
    """),
    "junior": _lines("""
        This role suits someone early in their career who wants structured support and room to grow.
        You will learn quickly here: a buddy for your first months, clear goals and plenty of feedback.
        We care more about curiosity and care than about a long CV.
    """),
    "mid": _lines("""
        You will work independently on meaningful pieces of work and help shape how the team operates.
        You will own your work from start to finish, with colleagues happy to help when you need it.
    """),
    "senior": _lines("""
        You will be a senior voice on the team, trusted to lead significant work with little direction.
        We are looking for someone experienced enough to spot problems early and generous enough to teach others.
    """),
    "lead": _lines("""
        You will lead a team of {n} while staying close to the day-to-day work.
        This is a leadership role: you will set priorities for {n} people and still roll up your sleeves.
    """),
    "principal": _lines("""
        You will set direction across several teams and be the person others bring their hardest problems to.
        This is a senior individual role with influence well beyond one team.
    """),
    "director": _lines("""
        You will report to the {boss} and lead a group of about {n} people.
        Reporting to the {boss}, you will shape strategy for the whole function and build its leadership bench.
    """),
}  # fmt: skip

LEVEL_RESP = {
    "intern": _lines("""
        Work on a scoped project with a clear goal and present the results at the end of the internship
        Pair with experienced colleagues and learn how we plan, review and deliver work
        Join team rituals and contribute ideas from week one
    """),
    "junior": _lines("""
        Take on well-scoped tasks and grow your ownership over time
        Learn from reviews, pairing and regular feedback from your manager
        Ask questions early and share what you learn with the team
        Document what you learn so the next person has it easier
    """),
    "senior": _lines("""
        Mentor less experienced colleagues through reviews, pairing and feedback
        Lead larger pieces of work from scoping to delivery
        Raise risks early and propose pragmatic ways around them
        Improve the team's standards and ways of working
    """),
    "lead": _lines("""
        Lead a team of {n}: set priorities, remove blockers and give regular feedback
        Hire and onboard new team members
        Run the team's planning and keep stakeholders informed
        Coach each person on the team toward their next career step
    """),
    "principal": _lines("""
        Set the long-term direction for your area across several teams
        Review the most critical decisions and make them easier for others to get right
        Mentor senior colleagues and grow the next generation of leaders
        Represent your discipline in company-wide planning
    """),
    "director": _lines("""
        Own the strategy, budget and headcount plan for the function
        Build and lead a group of about {n} people, including managers
        Represent the function in the leadership team
        Set goals and measure progress with clear, honest reporting
        Shape the culture and career paths of the function
    """),
}  # fmt: skip

EXPERIENCE_LINES = _lines("""
    {n}+ years of experience in {field}
    {n}+ years of professional experience in {field}
    At least {n} years of experience in {field}
    You bring {n}+ years in {field}, ideally in a growing organisation
    At least {n} years of hands-on experience in {field}
""")
LEADER_EXPERIENCE = _lines("""
    {n}+ years of experience in {field}, including several years leading people
    At least {n} years in {field}, with a track record of building and leading teams
""")
NO_EXPERIENCE = {
    "intern": _lines("""
        Currently studying toward a degree in a related subject, graduating in 2027 or 2028
        A student or recent graduate in a relevant field; no prior professional experience required
    """),
    "junior": _lines("""
        Up to two years of experience in {field}; new graduates are welcome
        No professional experience required: recent graduates and career changers are welcome
        A relevant degree, apprenticeship or bootcamp, plus some practical experience in {field}
    """),
}  # fmt: skip
SOFT_REQ = _lines("""
    Clear written and spoken English
    Good judgement about when to ask for help and when to push on
    A habit of writing things down so others can follow your reasoning
    Calm, organised and reliable under pressure
    Genuine curiosity about our customers and their problems
    Comfortable giving and receiving honest feedback
    Able to explain complex ideas to people outside your field
    A collaborative style and a sense of humour
    Attention to detail without losing sight of the bigger picture
    Comfortable with change and a little ambiguity
""")
REMOTE_REQ = _lines("""
    Experience working remotely, with strong written communication
    A quiet place to work and a reliable internet connection
""")
LOCAL_LANGUAGE_CATEGORIES = {"healthcare", "education", "sales", "customer-support", "legal", "hr", "operations",
                             "finance", "marketing"}  # fmt: skip
LANGUAGE_LINES = _lines("""
    Fluent {lang} and good English
    Professional working proficiency in {lang} and English
    Fluency in {lang}, spoken and written
""")

# --------------------------------------------------------------------------------------------
# Benefits, locations and pay lines.
# --------------------------------------------------------------------------------------------

BENEFITS = {
    "United States": """Medical, dental and vision insurance from day one | 401(k) with a 4% company match
        | Sixteen weeks of paid parental leave | 15 days of PTO plus 11 paid holidays | Commuter benefits
        | An HSA contribution every year | Flexible PTO with a 20-day minimum""",
    "Canada": """Extended health and dental coverage from your first day | RRSP matching up to 5%
        | Three weeks of vacation plus personal days | A wellness spending account""",
    "United Kingdom": """25 days' holiday plus bank holidays | Private medical insurance
        | Pension with a 6% employer contribution | Cycle-to-work scheme | Enhanced parental leave""",
    "Ireland": """25 days' annual leave | Health insurance for you and your family
        | Pension contribution of 5% | Bike-to-work scheme""",
    "Germany": """30 days of vacation | Deutschlandticket paid by us | Company pension scheme with employer top-up
        | Gym and sports membership subsidy""",
    "Netherlands": """8% holiday allowance | 25 vacation days plus public holidays | Travel allowance or a leased bike
        | Pension scheme with employer contribution""",
    "France": """Meal vouchers | Health insurance (mutuelle) with a 70% employer share | RTT days on top of paid leave
        | Public transport pass reimbursed at 75%""",
    "Spain": """Private health insurance | Flexible pay plan for meals, transport and childcare
        | Intensive summer hours in July and August | 23 working days of holiday""",
    "Portugal": """Health insurance for you and your family | Meal allowance card | 25 days of holidays
        | Annual training budget""",
    "Switzerland": """Generous pension fund contributions | 25 days of holidays | Half-fare travelcard
        | Daily meal subsidy""",
    "Sweden": """Wellness allowance | Occupational pension | 30 days of vacation | Parental pay top-up to 90%""",
    "Poland": """Private medical care package | Sports card | Choice of employment or B2B contract
        | Language lessons""",
    "India": """Health insurance for you, your spouse, children and parents | Provident fund and gratuity
        | Meal allowance and transport for late shifts | Annual performance bonus""",
    "Singapore": """Medical and dental coverage | 18 days of annual leave | Annual wage supplement (13th month)
        | Flexible benefits credits""",
    "Australia": """Superannuation on top of base salary | Salary packaging options
        | Four weeks of annual leave plus a wellbeing day | Paid parental leave above the government scheme""",
    "New Zealand": """KiwiSaver contribution of 4% | Four weeks of annual leave plus your birthday off
        | Health insurance after three months""",
    "Japan": """Commuting allowance | Full social insurance (health, pension, employment)
        | Bonus twice a year | Housing allowance""",
    "Brazil": """Meal and grocery allowance | Health and dental plan | 13th salary and 30 days of vacation
        | Gympass-style fitness benefit""",
    "Mexico": """Year-end bonus of 30 days' salary | Major medical insurance | Grocery vouchers
        | Savings fund with company match""",
    "United Arab Emirates": """Tax-free salary | Annual flight ticket home | Health insurance for you and your dependants
        | Housing allowance""",
}  # fmt: skip
REMOTE_BENEFITS = _lines("""
    A home-office budget for your desk, chair and screen
    Co-working membership if you prefer working around people
    Twice-yearly team gatherings, travel paid
""")
GENERIC_BENEFITS = _lines("""
    Confidential counselling and mental-health support
    Paid volunteering days
    Clear salary bands and twice-yearly pay reviews
    A yearly learning budget
    Flexible working hours
""")

LOCATION_LINES = {
    "remote": _lines("""
        Remote within {the_country}; we meet in {city} a few times a year.
        Fully remote. You need to live in {the_country} and overlap with {tz} working hours.
        Remote-first, with an office in {city} if you ever want a desk.
    """),
    "hybrid": _lines("""
        Hybrid: {days} days a week in our {city} office.
        {city}, {country}. Hybrid, with {days} office days a week.
        Based in {city} with a hybrid pattern ({days} days on site).
    """),
    "on-site": _lines("""
        On-site at our {site} in {city}.
        This role is based at our {site} in {city}, {country}.
        Working on site in {city}, {country}.
    """),
}  # fmt: skip
EMPLOYMENT_LINES = {
    "full-time": ("Full-time, permanent", "Permanent, full-time", "Full-time", "Full-time, {hours} hours a week"),
    "part-time": ("Part-time, {part} hours a week", "Part-time ({part} hours per week, flexible days)"),
    "contract": ("Contract: {months} months, with a possible extension", "Fixed-term contract, {months} months"),
    "temporary": ("Temporary: {months}-month cover", "Temporary position for {months} months"),
    "internship": ("Internship: 12 weeks, summer 2027", "Six-month internship, starting in early 2027"),
}  # fmt: skip
CLOSINGS = _lines("""
    We welcome applications from people of every background and will make reasonable adjustments throughout the process.
    {company} is an equal-opportunity employer. We do not discriminate on any protected characteristic.
    Not sure you tick every box? Apply anyway; we would rather hear from you.
    Tell us in your application if you need any adjustments for the interview.
    We review every application personally and reply within two weeks.
    Our interview process has three steps and takes about two weeks end to end.
""")
SITE_ROLES = {"nurse", "medical_assistant", "physio", "pharmacist", "radiographer", "warehouse", "logistics", "teacher",
              "academic_leader"}  # fmt: skip
MIXED_ROLES = {"lecturer", "clinical_research", "tutor", "ops_manager", "supply_chain", "procurement",
               "project_manager", "payroll", "accountant"}  # fmt: skip
ROLE_INDUSTRIES = {
    "nurse": "hospital", "medical_assistant": "clinic hospital", "physio": "clinic hospital",
    "pharmacist": "clinic hospital", "radiographer": "hospital clinic", "medical_coder": "hospital clinic healthtech",
    "clinical_research": "biotech hospital healthtech", "teacher": "school", "academic_leader": "school university",
    "lecturer": "university", "tutor": "edtech school", "curriculum": "edtech school university",
    "warehouse": "logistics ecommerce retail manufacturing", "logistics": "logistics ecommerce retail manufacturing",
    "supply_chain": "logistics ecommerce retail manufacturing energy",
    "risk_analyst": "bank fintech insurance", "compliance": "bank fintech insurance biotech lawfirm consulting",
    "paralegal": "lawfirm saas fintech bank biotech", "counsel": "lawfirm saas fintech bank biotech insurance",
    "sales_engineer": "saas fintech healthtech edtech", "sdr": "saas fintech healthtech edtech media logistics",
    "tech_support": "saas fintech healthtech edtech", "technical_pm": "saas fintech healthtech energy",
    "mobile": "saas fintech ecommerce healthtech edtech gaming travel bank", "engmanager": "saas fintech ecommerce healthtech gaming",
    "product_owner": "saas fintech bank insurance logistics ecommerce", "auditor": "bank insurance consulting manufacturing",
    "payroll": "saas consulting hospital manufacturing retail", "controller": "saas fintech manufacturing logistics retail biotech",
}  # fmt: skip
# US-style medical coding (ICD-10-CM, CPT, HIPAA) is done in the US and offshored to India.
ROLE_COUNTRIES = {"medical_coder": {"United States", "India", "Canada", "Australia"}}
PERIOD_WORDS = {"year": ("per year", "a year", "annually"), "month": ("per month", "gross per month", "a month"),
                "hour": ("per hour", "an hour")}  # fmt: skip
TRANSPARENT_CITIES = {"New York", "Seattle", "Denver", "San Francisco"}  # pay-transparency laws

# --------------------------------------------------------------------------------------------
# Structural templates. Each takes a Draft and returns the description's lines.
# --------------------------------------------------------------------------------------------


@dataclass
class Draft:
    title: str
    company: Company
    city: str
    country: str
    location_type: str
    about: str
    summary: str
    resp: list[str]
    req: list[str]
    nice: list[str]
    benefits: list[str]
    pay: str | None
    location: str
    employment: str
    closing: str


PROPER_WORDS = {"Deutschlandticket", "Gympass-style", "English"}


def _b(items: list[str], mark: str = "- ") -> list[str]:
    return [mark + item for item in items]


def _lower_first(text: str) -> str:
    """Lower-case a sentence's first letter for use mid-sentence, sparing names and acronyms."""
    first = text.split()[0]
    if first in PROPER_WORDS or any(ch.isupper() or ch.isdigit() for ch in first[1:]):
        return text
    if any(text.startswith(name) for name in skill_names()):
        return text
    return text[0].lower() + text[1:]


@cache
def skill_names() -> frozenset[str]:
    """Every {Skill} named in the role pools, plus the languages asked for locally."""
    lines = [line for r in ROLES for line in (*r.req, *r.nice)]
    found = {m.group(1) for line in lines for m in re.finditer(r"\{([^{}]+)\}", line)}
    return frozenset(
        found | {c.language for c in COUNTRIES.values() if c.language} | set(CITY_LANGUAGE.values())
    )


def _join(items: list[str], lower: bool = True) -> str:
    items = [_lower_first(i) for i in items] if lower else items
    if len(items) == 1:
        return items[0]
    if any("," in i or " and " in i for i in items):  # keep compound items apart
        return "; ".join(items[:-1]) + "; and " + items[-1]
    return ", ".join(items[:-1]) + " and " + items[-1]


def t_classic(d: Draft) -> list[str]:
    nice = ["", "Nice to have", *_b(d.nice)] if d.nice else []
    pay = [f"Salary: {d.pay}"] if d.pay else []
    return [f"About {d.company.name}", d.about, "", "The role", d.summary, "", "What you'll do", *_b(d.resp),
            "", "What you'll bring", *_b(d.req), *nice, "", "What we offer", *_b(d.benefits), "", *pay,
            f"Location: {d.location}", f"Employment type: {d.employment}"]  # fmt: skip


def t_narrative(d: Draft) -> list[str]:
    bonus = [f"Bonus points for: {'; '.join(_lower_first(n) for n in d.nice)}."] if d.nice else []
    money = f"The salary for this role is {d.pay}. " if d.pay else ""
    return [d.about, "", d.summary, "", "In this role you will:", *_b(d.resp, "• "), "",
            "You'll thrive here if you have:", *_b(d.req, "• "), *bonus, "", "Compensation and benefits",
            f"{money}You'll also get {_join(d.benefits)}.", "", f"Where you'll work: {d.location}",
            f"Type: {d.employment}", "", d.closing]  # fmt: skip


def t_concise(d: Draft) -> list[str]:
    nice = ["", "Preferred qualifications", *_b(d.nice, "* ")] if d.nice else []
    pay = [f"Pay range: {d.pay}"] if d.pay else []
    return [f"{d.title} | {d.company.name} | {d.city}, {d.country} ({d.location_type})", "", d.summary, "",
            "Responsibilities", *_b(d.resp, "* "), "", "Requirements", *_b(d.req, "* "), *nice, "",
            f"Benefits: {_join(d.benefits)}.", *pay, f"Employment: {d.employment}", f"Location: {d.location}",
            "", f"About {d.company.name}: {d.about}"]  # fmt: skip


def t_formal(d: Draft) -> list[str]:
    nice = ["", "Desirable criteria", *_b(d.nice)] if d.nice else []
    pay = f"{d.pay}." if d.pay else "A competitive salary, depending on experience."
    return ["Position summary", d.summary, "", "Key duties and responsibilities", *_b(d.resp), "",
            "Essential criteria", *_b(d.req), *nice, "", "Salary and benefits", pay[0].upper() + pay[1:],
            *_b(d.benefits), "", "Location and working pattern", f"{d.location} {d.employment}.", "",
            "About the organisation", d.about, "", d.closing]  # fmt: skip


def t_casual(d: Draft) -> list[str]:
    nice = ["", "Extra credit:", *_b(d.nice, "+ ")] if d.nice else []
    pay = [f"Money: {d.pay}"] if d.pay else []
    return [f"Hi, we're {d.company.name}! {d.about}", "", "The job", d.summary, "", "Day to day, you'll:",
            *_b(d.resp), "", "We'd love you to have:", *_b(d.req), *nice, "", "Perks", *_b(d.benefits),
            "", *pay, f"Where: {d.location}", f"Contract: {d.employment}", "", d.closing]  # fmt: skip


def t_outcomes(d: Draft) -> list[str]:
    nice = ["", "It helps if you have", *_b(d.nice)] if d.nice else []
    pay = [f"Compensation: {d.pay}"] if d.pay else []
    return ["Why this role exists", d.summary, "", "What you'll focus on", *_b(d.resp), "", "About you",
            *_b(d.req), *nice, "", f"About {d.company.name}", d.about, "", "Benefits", *_b(d.benefits), "",
            *pay, f"Location: {d.location}", f"Employment: {d.employment}", "", d.closing]  # fmt: skip


TEMPLATES = (t_classic, t_narrative, t_concise, t_formal, t_casual, t_outcomes)
FORMAL_WEIGHTS = (3, 1, 2, 5, 0, 2)
STARTUP_WEIGHTS = (3, 3, 2, 0, 3, 3)

# --------------------------------------------------------------------------------------------
# Assembly.
# --------------------------------------------------------------------------------------------

_TOKEN = re.compile(r"(\{[^{}]+\})")
_RUN_JOINERS = {", ", " or ", " and ", ", or ", ", and "}


def parse_bullet(line: str) -> tuple[str, list[str], list[str]]:
    """Text without braces, the skills it requires, and the skills it offers as alternatives."""
    parts = _TOKEN.split(line)
    required: list[str] = []
    optional: list[str] = []
    run: list[str] = []
    for i, part in enumerate(parts):
        if i % 2 == 1:
            run.append(part[1:-1])
        is_joiner = i % 2 == 0 and part in _RUN_JOINERS and 0 < i < len(parts) - 1
        if i % 2 == 0 and not is_joiner and run:
            ends_with_or = "or" in parts[i - 2].split() if len(run) > 1 else False
            required.append(run[0])
            (optional if ends_with_or else required).extend(run[1:])
            run = []
    return "".join(p[1:-1] if i % 2 else p for i, p in enumerate(parts)), required, optional


def pick(rng: random.Random, items: tuple[str, ...] | list[str], k: int) -> list[str]:
    return rng.sample(list(items), min(k, len(items)))


def dedupe(items: list[str]) -> list[str]:
    return list(dict.fromkeys(items))


def normalise(line: str) -> str:
    return re.sub(r"^[-•*+→ ]+", "", line).strip().lower()


@dataclass
class Choice:
    role: Role
    level: str
    company: Company
    city: str


def title_pattern(rng: random.Random, role: Role, level: str) -> str:
    patterns = role.titles.get(level) or DEFAULT_TITLES[level]
    if level == "lead" and role.category in TECH and level not in role.titles:
        patterns = ("Staff {t}", "Lead {t}")
    return rng.choice(patterns)


def fill_title(pattern: str, role: Role, subject: str | None) -> str:
    if "{subject}" in pattern and subject is None:
        pattern = role.title
    return pattern.replace("{t}", role.title).replace("{subject}", subject or "")


def requirements(
    rng: random.Random, c: Choice, voice: str, n_years: int, remote: bool
) -> tuple[list[str], str | None]:
    """Requirement bullets (with {Skill} markers) and the subject hint of the chosen alternative."""
    alternatives = [line for line in c.role.req if line.startswith("~")]
    plain = [line for line in c.role.req if not line.startswith("~")]
    lines, subject = [], None
    if alternatives:
        alt = rng.choice(alternatives)[1:].strip()
        if alt.startswith("["):
            subject, alt = alt[1:].split("]", 1)
        lines.append(alt.strip())
    most = 2 if c.level in ("intern", "junior") else 4  # early-career postings ask for less
    lines += pick(rng, plain, rng.randint(2, most) - (1 if alternatives else 0) + 1)
    field = c.role.field
    if n_years == 0:
        lines.insert(0, rng.choice(NO_EXPERIENCE[c.level]).format(field=field))
    else:
        pool = LEADER_EXPERIENCE if voice in ("lead", "director") else EXPERIENCE_LINES
        lines.insert(0, rng.choice(pool).format(n=n_years, field=field))
    lines += pick(rng, SOFT_REQ, rng.choice((0, 1, 1, 2)))
    if remote and rng.random() < 0.5:
        lines.append(rng.choice(REMOTE_REQ))
    return lines, subject


def language_line(rng: random.Random, c: Choice, location_type: str) -> tuple[str, bool] | None:
    """A local-language bullet and whether it is required, where local work needs it."""
    country = COUNTRIES[CITIES[c.city][0]]
    language = CITY_LANGUAGE.get(c.city, country.language)
    if language is None or location_type == "remote":
        return None
    line = rng.choice(LANGUAGE_LINES).replace("{lang}", "{" + language + "}")
    if c.role.category in LOCAL_LANGUAGE_CATEGORIES and language != "Arabic" and rng.random() < 0.8:
        return line, True
    if rng.random() < 0.3:
        return f"Conversational {{{language}}}", False
    return None


def location_type_for(rng: random.Random, c: Choice) -> str:
    if c.role.key in SITE_ROLES:
        weights = (0, 1, 9)
    elif c.role.key in MIXED_ROLES:
        weights = (2, 4, 4)
    else:
        weights = {"remote-first": (15, 4, 1), "hybrid": (4, 12, 3), "office": (1, 5, 12)}[c.company.policy]
    return rng.choices(("remote", "hybrid", "on-site"), weights)[0]


def employment_type_for(rng: random.Random, c: Choice) -> str:
    if c.level == "intern":
        return "internship"
    if c.level in ("lead", "principal", "director"):
        return "full-time"
    if c.role.key == "tutor":
        return rng.choice(("part-time", "part-time", "contract"))
    contract = {"software": 0.08, "data": 0.08, "design": 0.15, "marketing": 0.1, "legal": 0.08}
    part = {"healthcare": 0.18, "education": 0.15, "customer-support": 0.15, "hr": 0.06, "finance": 0.05,
            "marketing": 0.04}  # fmt: skip
    temp = {
        "operations": 0.12,
        "healthcare": 0.08,
        "education": 0.1,
        "customer-support": 0.08,
        "finance": 0.05,
    }
    roll = rng.random()
    for kind, table in (("contract", contract), ("part-time", part), ("temporary", temp)):
        roll -= table.get(c.role.category, 0.0)
        if roll < 0:
            return kind
    return "full-time"


NONTECH_DISCOUNT = {
    "India": 0.5,
    "Brazil": 0.7,
    "Mexico": 0.65,
    "Poland": 0.8,
    "Portugal": 0.85,
    "Spain": 0.9,
}
# Rough yearly full-time pay floors in local currency (minimum wage or the lowest common offer).
FLOORS = {
    "United States": 32_000, "Canada": 36_000, "United Kingdom": 24_000, "Ireland": 28_000, "Germany": 28_000,
    "Netherlands": 29_000, "France": 23_000, "Spain": 18_000, "Portugal": 14_000, "Switzerland": 52_000,
    "Sweden": 300_000, "Poland": 60_000, "India": 300_000, "Singapore": 30_000, "Australia": 52_000,
    "New Zealand": 50_000, "Japan": 3_000_000, "Brazil": 30_000, "Mexico": 110_000, "United Arab Emirates": 60_000,
}  # fmt: skip
SALES_ROLES = {"sdr", "account_executive", "account_manager", "sales_leader"}


def salary(rng: random.Random, c: Choice, employment: str, hours: int) -> tuple[int, int, str] | None:
    """(min, max, period) in local currency, or None when the posting would not state pay."""
    country = COUNTRIES[CITIES[c.city][0]]
    chance = 1.0 if c.city in TRANSPARENT_CITIES else country.disclose * (0.6 if c.level == "director" else 1)
    if rng.random() >= chance:
        return None
    period = pay_period(employment, country)
    annual = full_time_annual(rng, c, country, period)
    if employment == "contract":
        annual *= 1.3  # contractors carry their own holidays and benefits
    if employment == "part-time" and period != "hour":
        annual *= hours / 40  # a part-time monthly wage covers only the hours worked
    amount = {"year": annual, "month": annual / (13.3 if country.currency == "BRL" else 12),
              "hour": annual / 2080}[period]  # fmt: skip
    unit = _unit(country.currency, period)
    low = max(unit, round(amount * rng.uniform(0.86, 0.96) / unit) * unit)
    high = max(low + unit, round(amount * rng.uniform(1.05, 1.18) / unit) * unit)
    return int(low), int(high), period


def pay_period(employment: str, country: Country) -> str:
    hourly_markets = country.currency not in ("INR", "BRL", "MXN", "AED")
    if employment in ("part-time", "temporary", "contract") and hourly_markets:
        return "hour"
    if employment == "internship":
        return "hour" if country.currency in ("USD", "CAD") else "month"
    return country.period


def full_time_annual(rng: random.Random, c: Choice, country: Country, period: str) -> float:
    """A full-time yearly figure for the role, level and city, never below the local floor."""
    annual = c.role.base * 1000 * PAY[c.level] * country.factor * CITIES[c.city][1] * rng.uniform(0.92, 1.08)
    if c.role.category not in TECH | {"product", "design"}:
        annual *= NONTECH_DISCOUNT.get(country.name, 1.0)
    if c.role.category in ("healthcare", "education") and country.name != "United States":
        annual *= 0.85
    floor = FLOORS[country.name] * (0.6 if c.level == "intern" and period != "hour" else 1.0)
    return max(annual, floor * rng.uniform(1.02, 1.12))


def _unit(currency: str, period: str) -> int:
    if period == "hour":
        return 50 if currency == "JPY" else 1
    if period == "year":
        return {"JPY": 100_000, "INR": 100_000}.get(currency, 1000)
    return {"JPY": 10_000, "INR": 1000, "SEK": 500, "PLN": 500, "BRL": 500, "MXN": 1000, "AED": 500}.get(
        currency, 100
    )


def pay_text(
    rng: random.Random, currency: str, low: int, high: int, period: str, c: Choice, country: str
) -> str:
    symbol = SYMBOLS[currency]
    if currency == "INR" and period == "year" and rng.random() < 0.5:
        text = f"₹{low // 100_000}–{high // 100_000} LPA"
    else:
        text = f"{symbol}{low:,} – {symbol}{high:,} {rng.choice(PERIOD_WORDS[period])}"
    if c.role.key in SALES_ROLES:
        text += rng.choice((" base, plus uncapped commission", " base plus commission"))
    elif country == "Australia" and period == "year":
        text += " plus super"
    elif c.level in ("senior", "lead", "principal", "director") and c.company.industry in ("saas", "fintech"):
        text += rng.choice(("", " plus equity"))
    return text


def about(rng: random.Random, company: Company) -> str:
    offices = list(company.offices)
    home = "Our main site is in" if company.industry in INSTITUTIONS else "We are headquartered in"
    extras = [f"Founded in {company.founded}, we now employ around {company.size:,} people.",
              f"Since {company.founded} we have grown to a team of about {company.size:,}.",
              f"{home} {company.hq}" + (f" with teams in {_join(offices, lower=False)}." if offices else ".")]  # fmt: skip
    industry = INDUSTRIES[company.industry]
    parts = [
        f"{company.name} {company.blurb}.",
        *pick(rng, extras[1:] if rng.random() < 0.5 else extras[::2], 1),
    ]
    parts += pick(rng, industry.mission, rng.randint(1, 2))
    return " ".join(parts)


def benefits(rng: random.Random, company: Company, country: str, remote: bool) -> list[str]:
    local = [b.strip() for b in BENEFITS[country].split("|")]
    items = pick(rng, local, rng.randint(2, 4)) + pick(
        rng, INDUSTRIES[company.industry].perks, rng.randint(0, 2)
    )
    if remote:
        items += pick(rng, REMOTE_BENEFITS, 1)
    items += pick(rng, GENERIC_BENEFITS, rng.randint(0, 1))
    return items


def compose(rng: random.Random, c: Choice) -> dict[str, object]:
    """One posting as a JSON-ready dict (without feed_id and url, which depend on its position)."""
    country = CITIES[c.city][0]
    low_years, high_years = EXPERIENCE[c.level]
    n_years = rng.randint(low_years, high_years)
    location_type = location_type_for(rng, c)
    employment = employment_type_for(rng, c)
    remote = location_type == "remote"
    pattern = title_pattern(rng, c.role, c.level)
    voice = "principal" if pattern.startswith("Staff") else c.level  # staff engineers lead without reports
    req_lines, subject = requirements(rng, c, voice, n_years, remote)
    nice_lines = [n for n in c.role.nice if not _mentions_other_subject(n, c.role, subject)]
    nice_lines = pick(rng, nice_lines, rng.choice((0, 1, 2, 2, 3)))
    language = language_line(rng, c, location_type)
    if language:
        (req_lines if language[1] else nice_lines).append(language[0])
    required, nice, req_text, nice_text = _skills(req_lines, nice_lines)
    team = {"lead": rng.randint(4, 9), "director": rng.randint(15, 60)}.get(c.level, rng.randint(3, 8))
    fill = {"company": c.company.name, "city": c.city, "site": INDUSTRIES[c.company.industry].site,
            "n": team, "boss": BOSS[c.role.category]}  # fmt: skip
    summary = " ".join([rng.choice(c.role.summaries), *pick(rng, LEVEL_SUMMARY.get(voice, ()), 1)])
    resp = pick(rng, c.role.resp, rng.randint(3, 6)) + pick(rng, LEVEL_RESP.get(voice, ()), rng.randint(0, 2))
    part_hours = rng.choice((16, 20, 24, 30))
    pay = salary(rng, c, employment, part_hours)
    currency = COUNTRIES[country].currency
    draft = Draft(
        title=fill_title(pattern, c.role, subject),
        company=c.company,
        city=c.city,
        country=country,
        location_type=location_type,
        about=about(rng, c.company),
        summary=summary.format_map(fill),
        resp=[r.format_map(fill) for r in resp],
        req=req_text,
        nice=nice_text,
        benefits=benefits(rng, c.company, country, remote),
        pay=pay_text(rng, currency, *pay, c, country) if pay else None,
        location=_location_line(rng, c, location_type),
        employment=_employment_line(rng, employment, country, part_hours),
        closing=rng.choice(CLOSINGS).format_map(fill),
    )
    institution = c.company.industry in INSTITUTIONS or c.company.industry in ("clinic", "biotech")
    template = rng.choices(TEMPLATES, FORMAL_WEIGHTS if institution else STARTUP_WEIGHTS)[0]
    text = "\n".join(template(draft))
    text = re.sub(r"\n{3,}", "\n\n", text).strip().replace("s's ", "s' ")
    return {
        "title": draft.title, "company": c.company.name, "description": text,
        "location": f"{c.city}, {country}", "location_type": location_type, "employment_type": employment,
        "salary_min": pay[0] if pay else None, "salary_max": pay[1] if pay else None,
        "salary_currency": currency if pay else None, "salary_period": pay[2] if pay else None,
        "required_skills": required, "nice_to_have_skills": nice, "min_experience_years": n_years,
        "seniority": c.level, "category": c.role.category,
    }  # fmt: skip


def _mentions_other_subject(line: str, role: Role, subject: str | None) -> bool:
    hints = {alt[2:].split("]")[0] for alt in role.req if alt.startswith("~[")}
    return any(h in line for h in hints if h != subject)


def _skills(req_lines: list[str], nice_lines: list[str]) -> tuple[list[str], list[str], list[str], list[str]]:
    required: list[str] = []
    optional: list[str] = []
    req_text = []
    for line in req_lines:
        text, must, alternatives = parse_bullet(line)
        req_text.append(text)
        required += must
        optional += alternatives
    nice_text = []
    for line in nice_lines:
        text, must, alternatives = parse_bullet(line)
        nice_text.append(text)
        optional += must + alternatives
    required = dedupe(required)
    return required, [s for s in dedupe(optional) if s not in required], req_text, nice_text


def _location_line(rng: random.Random, c: Choice, location_type: str) -> str:
    country, _, tz = CITIES[c.city]
    line = rng.choice(LOCATION_LINES[location_type])
    return line.format(
        city=c.city,
        country=country,
        the_country=f"the {country}" if country.startswith(("United", "Netherlands")) else country,
        tz=tz,
        days=rng.choice((2, 3, 3, 4)),
        site=INDUSTRIES[c.company.industry].site,
    )


def _employment_line(rng: random.Random, employment: str, country: str, part_hours: int) -> str:
    hours = "37.5" if country in ("United Kingdom", "Ireland") else "40"
    return rng.choice(EMPLOYMENT_LINES[employment]).format(
        hours=hours, part=part_hours, months=rng.choice((3, 4, 6, 6, 9, 12))
    )


def choose(rng: random.Random, category: str) -> Choice:
    roles = [r for r in ROLES if r.category == category]
    weights = [0.5 if set(r.levels) <= {"lead", "director"} else 1.0 for r in roles]
    role_ = rng.choices(roles, weights)[0]
    level = rng.choices(role_.levels, [LEVEL_WEIGHTS[lv] for lv in role_.levels])[0]
    allowed = ROLE_INDUSTRIES.get(role_.key, "").split()
    countries = ROLE_COUNTRIES.get(role_.key)
    pool = [co for co in COMPANIES if category in INDUSTRIES[co.industry].hires
            and (not allowed or co.industry in allowed) and _cities(co, countries)]  # fmt: skip
    company = rng.choices(pool, [INDUSTRIES[co.industry].hires[category] for co in pool])[0]
    city = rng.choice(_cities(company, countries))
    return Choice(role_, level, company, city)


def _cities(company: Company, countries: set[str] | None) -> list[str]:
    """The company's hiring cities (HQ twice as likely), limited to the countries a role exists in."""
    cities = [company.hq, company.hq, *company.offices]
    return [c for c in cities if countries is None or CITIES[c][0] in countries]


def overlap(a: set[str], b: set[str]) -> float:
    return len(a & b) / min(len(a), len(b))


def build_feed() -> list[dict[str, object]]:
    rng = random.Random(SEED)
    postings: list[dict[str, object]] = []
    line_sets: list[set[str]] = []
    for category, quota in QUOTAS.items():
        for _ in range(quota):
            choice = choose(rng, category)
            for _attempt in range(60):
                posting = compose(rng, choice)
                text = str(posting["description"])
                lines = {normalise(line) for line in text.splitlines() if line.strip()}
                if 120 <= len(text.split()) <= 450 and all(
                    overlap(lines, s) <= MAX_LINE_OVERLAP for s in line_sets
                ):
                    break
            else:
                raise RuntimeError(f"could not write a distinct {choice.role.key} posting")
            postings.append(posting)
            line_sets.append(lines)
    rng.shuffle(postings)
    return [_finish(rng, i, p) for i, p in enumerate(postings, start=1)]


def _finish(rng: random.Random, index: int, posting: dict[str, object]) -> dict[str, object]:
    company = next(c for c in COMPANIES if c.name == posting["company"])
    title_slug = slugify(str(posting["title"]))
    req = rng.randint(10000, 99999)
    style = sum(map(ord, company.slug)) % 3
    url = (f"https://careers.{company.slug}.example/jobs/{req}-{title_slug}", 
           f"https://{company.slug}.example/careers/{title_slug}-{req}",
           f"https://jobs.{company.slug}.example/o/{title_slug}?req={req}")[style]  # fmt: skip
    posted = FEED_END - timedelta(days=rng.randint(1, 90))
    head = {"feed_id": f"fd-{index:04d}-{title_slug}-{company.slug}"[:64].rstrip("-")}
    return head | posting | {"posted_at": posted.isoformat(), "url": url}


def write(postings: list[dict[str, object]], path: Path) -> None:
    raw = "".join(json.dumps(p, ensure_ascii=False, sort_keys=False) + "\n" for p in postings).encode()
    buffer = io.BytesIO()
    with gzip.GzipFile(filename="", mode="wb", fileobj=buffer, mtime=0, compresslevel=9) as gz:
        gz.write(raw)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(buffer.getvalue())


def figures(postings: list[dict[str, object]]) -> str:
    def count(key: str) -> str:
        return ", ".join(f"{k}: {v}" for k, v in Counter(str(p[key]) for p in postings).most_common())

    countries = Counter(str(p["location"]).split(", ")[-1] for p in postings)
    paid = sum(1 for p in postings if p["salary_min"] is not None)
    words = sorted(len(str(p["description"]).split()) for p in postings)
    return "\n".join([
        f"postings: {len(postings)}; companies: {len({p['company'] for p in postings})}; "
        f"cities: {len({p['location'] for p in postings})}; countries: {len(countries)}",
        f"category: {count('category')}", f"seniority: {count('seniority')}",
        f"location_type: {count('location_type')}", f"employment_type: {count('employment_type')}",
        f"countries: {', '.join(f'{k}: {v}' for k, v in countries.most_common())}",
        f"currencies: {count('salary_currency')}", f"salary_period: {count('salary_period')}",
        f"with salary: {paid / len(postings):.0%}; words min/median/max: {words[0]}/{words[len(words) // 2]}/{words[-1]}",
    ])  # fmt: skip


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--check", action="store_true", help="print figures without writing the file")
    args = parser.parse_args()
    postings = build_feed()
    if not args.check:
        write(postings, OUT)
    print(figures(postings))


if __name__ == "__main__":
    main()
