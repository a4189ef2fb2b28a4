"""The everyday skills of professions outside software, as their CVs and postings write them."""

import pytest

from jobwise.ai.skills import extract_skills
from tests.ai.skills.samples import names

NURSE = """Registered Nurse, Cardiac Step-Down Unit, St Mary's Hospital (2019 - Present)
- Provide care for 5-6 telemetry patients per shift, including ECG interpretation and titrating drips
- Perform wound care, IV therapy and phlebotomy; insert urinary catheters
- Triage walk-in patients and escalate deteriorating patients using NEWS2
- Write and update care plans; educate patients and families on discharge medications
Skills: Medication administration, infection control, BLS, ACLS"""

PHARMACIST = """Pharmacist, Boots UK (2018 - 2024)
- Dispensing and clinical checks of 300+ prescriptions a day, including controlled drugs
- Delivered medication therapy management (MTM) and medicines reconciliation on admission
- Aseptic compounding of chemotherapy; reported adverse reactions for pharmacovigilance
- Flu vaccinations and travel immunisations"""

TEACHER = """Year 4 Class Teacher, Oakfield Primary School (2017 - Present)
- Lesson planning and differentiated instruction for a mixed-ability class of 30
- Classroom management using restorative approaches; deputy designated safeguarding lead
- Wrote IEPs with the SENCO for pupils with SEND; curriculum development in science
- Phonics interventions and formative assessment; parents' evenings"""

RESTAURANT_MANAGER = """Restaurant Manager, The Ivy (2016 - 2024)
- Front of house team of 25; reservations managed in OpenTable and SevenRooms
- Food safety and HACCP records; allergen management
- Cashing up on Oracle MICROS POS systems; staff rota planning and stock control"""

WAREHOUSE_SUPERVISOR = """Warehouse Supervisor, Northgate Distribution (2015 - 2024)
- Ran inbound and outbound for a 3PL site using Manhattan WMS and RF scanners
- Inventory management, cycle counting and FIFO stock rotation
- Route planning for 20 vans; freight forwarding and customs clearance for EU imports
- Forklift operation (counterbalance and reach); picking and packing"""

PIPEFITTER = """Journeyman Pipefitter / Welder (2012 - 2024)
- MIG, TIG and stick welding of carbon and stainless pipe
- Electrical installation and HVAC maintenance on commercial sites
- PLC programming on Allen-Bradley; blueprint reading; lockout/tagout
Certifications: OSHA 30, AWS D1.1"""


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            NURSE,
            "Telemetry | ECG | Wound Care | IV Therapy | Phlebotomy | Triage | Care Planning"
            " | Medication Administration | Infection Control | BLS | ACLS",
        ),
        (
            PHARMACIST,
            "Dispensing | Clinical Checks | Controlled Drugs | Medication Therapy Management"
            " | Medication Reconciliation | Compounding | Pharmacovigilance | Immunizations",
        ),
        (
            TEACHER,
            "Lesson Planning | Differentiated Instruction | Classroom Management | Safeguarding | IEPs"
            " | Special Education | Curriculum Development | Phonics | Formative Assessment"
            " | Parent Communication | Restorative Practice",
        ),
        (
            RESTAURANT_MANAGER,
            "Front of House | OpenTable | SevenRooms | Food Safety | HACCP | Allergen Management"
            " | Oracle MICROS | Point of Sale | Labour Planning | Inventory Management",
        ),
        (
            WAREHOUSE_SUPERVISOR,
            "3PL | Manhattan WMS | RF Scanning | Inventory Management | Cycle Counting | Stock Rotation"
            " | Route Planning | Freight Forwarding | Customs Clearance | Forklift Operation"
            " | Picking and Packing",
        ),
        (
            PIPEFITTER,
            "Pipefitting | MIG Welding | TIG Welding | Stick Welding | Electrical Installation | HVAC"
            " | PLC Programming | Allen-Bradley | Reading Drawings | Lockout/Tagout | OSHA 30 | AWS D1.1",
        ),
    ],
    ids=["nurse", "pharmacist", "teacher", "restaurant-manager", "warehouse-supervisor", "pipefitter"],
)
def test_a_profession_paragraph_gives_exactly_its_skills(text: str, expected: str) -> None:
    assert set(extract_skills(text)) == names(expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Competent in venepuncture and cannulation", ["Phlebotomy", "Cannulation"]),
        ("Fluent with EKG and cardiac telemetry", ["ECG", "Telemetry"]),
        ("Sterile compounding to USP <797>", ["Compounding", "USP 797"]),
        ("Interest compounding in savings accounts", []),
        (
            "Skills: Reservations, Upselling, Cash handling",
            ["Reservations Management", "Upselling", "Cash Handling"],
        ),
        ("Reservations at a hotel were made for the team", []),
        (
            "Class A CDL with Hazmat endorsement, ELD and pre-trip inspections",
            [
                "CDL Class A",
                "Dangerous Goods Handling",
                "Electronic Logging Devices",
                "Pre-Trip Inspections",
            ],
        ),
        ("Please send your CV", []),
        ("Pupils with SEND and EAL", ["Special Education", "ESL"]),
        (
            "HGV Class 1 with Driver CPC and digital tachograph",
            ["HGV Class 1", "Driver CPC", "Tachograph Compliance"],
        ),
        ("Roofing, tiling and scaffolding", ["Roofing", "Tiling", "Scaffolding"]),
        ("We went roofing in the rain", []),
        ("Rigging the vote", []),
        ("Customs clearance and freight forwarding", ["Customs Clearance", "Freight Forwarding"]),
        ("GMAW and GTAW on stainless", ["MIG Welding", "TIG Welding"]),
        ("Met the mig pilot at the airshow", []),
    ],
)
def test_profession_terms_are_found_and_their_everyday_words_are_not(text: str, expected: list[str]) -> None:
    assert extract_skills(text) == expected
