"""Finding skills in running text: boundaries, punctuation, and common words."""

import pytest

from jobwise.ai.skills import SkillMatch, extract_skills, find_skills


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # names with punctuation
        ("Strong C++ and C# skills", ["C++", "C#"]),
        ("Built services on .NET and ASP.NET Core", [".NET", "ASP.NET"]),
        ("Services in Node.js, scikit-learn models", ["Node.js", "scikit-learn"]),
        ("Owned the CI/CD pipeline", ["CI/CD"]),
        ("Owned the CI / CD pipeline", ["CI/CD"]),
        ("React/Redux apps", ["React", "Redux"]),
        ("HTML/CSS and TCP/IP", ["HTML", "CSS", "TCP/IP"]),
        ("Worked with Python.", ["Python"]),
        # aliases in text
        ("Deployed to k8s with Postgres", ["Kubernetes", "PostgreSQL"]),
        ("Wrote ReactJS and golang", ["React", "Go"]),
        # word boundaries
        ("JavaScript developer", ["JavaScript"]),
        ("Java and JavaScript", ["Java", "JavaScript"]),
        ("Designed a reactive system", []),
        ("Pythonic code", []),
        ("Javas and Pythons", []),
        # a phrase wrapped over two lines is still one name
        ("excellent stakeholder\nmanagement", ["Stakeholder Management"]),
    ],
)
def test_names_are_found_whole_and_normalised(text: str, expected: list[str]) -> None:
    assert extract_skills(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("I like to go running", []),
        ("Let's go, team!", []),
        ("Happy to go the extra mile", []),
        ("Python, Go, Rust", ["Python", "Go", "Rust"]),
        ("Languages: Go, Rust, Python", ["Go", "Rust", "Python"]),
        ("Wrote services in Go (golang)", ["Go"]),
        ("Python and Go experience", ["Python", "Go"]),
        ("Python, R, SQL", ["Python", "R", "SQL"]),
        ("Grade: R", []),
        ("C, C++ and Python", ["C", "C++", "Python"]),
        ("Plan A, B or C", []),
        ("Spring cleaning saved money", []),
        ("Microservices with Spring Boot and Spring", ["Microservices", "Spring Boot", "Spring"]),
        ("iOS apps written in Swift", ["iOS", "Swift"]),
        ("a swift response", []),
        ("rust on the car", []),
        ("I excel at planning", []),
        ("Built reports in Excel and Tableau", ["Microsoft Excel", "Tableau"]),
        ("Excel, Word, PowerPoint", ["Microsoft Excel", "Microsoft Word", "Microsoft PowerPoint"]),
        ("word of mouth", []),
        ("make sure they can access the data", []),
        ("less is more", []),
        ("open a shell", []),
        ("a go-getter", []),
        ("Fluent in English and Spanish", ["English", "Spanish"]),
        ("Native Spanish speaker", ["Spanish"]),
        ("Ten years in busy Italian kitchens", []),
        ("Head Chef, Trattoria Sole", []),
        (
            "Configuration management with Ansible, Chef and Puppet",
            ["Configuration Management", "Ansible", "Chef", "Puppet"],
        ),
        ("english breakfast", []),
        ("Integrated SAP with Salesforce", ["SAP", "Salesforce"]),
        ("sap from trees", []),
        ("REST and GraphQL APIs", ["REST APIs", "GraphQL"]),
        ("needed some rest", []),
        ("EXPERIENCE IN RETAIL", []),
        ("Excellent communication and leadership", ["Communication", "Leadership"]),
        # an alias with a version ("Dynamics 365", "Studio 5000") does not claim the bare word
        ("Understands team dynamics", []),
        ("Ran a recording studio", []),
        ("Microsoft Dynamics 365 and Studio 5000", ["Microsoft Dynamics 365", "Allen-Bradley"]),
    ],
)
def test_common_words_count_only_in_skill_context(text: str, expected: list[str]) -> None:
    assert extract_skills(text) == expected


def test_find_skills_reports_every_occurrence_with_offsets() -> None:
    text = "Python, k8s.\nMore Python."
    assert find_skills(text) == [
        SkillMatch("Python", "technical", 0, 6, "Python"),
        SkillMatch("Kubernetes", "tool", 8, 11, "k8s"),
        SkillMatch("Python", "technical", 18, 24, "Python"),
    ]


def test_extract_skills_lists_each_skill_once_in_order_of_first_mention() -> None:
    assert extract_skills("Docker, AWS, docker again, then Kubernetes and aws") == [
        "Docker",
        "AWS",
        "Kubernetes",
    ]


def test_longest_name_wins() -> None:
    assert extract_skills("React Native and Spring Boot apps") == ["React Native", "Spring Boot"]


@pytest.mark.parametrize("text", ["", "   \n\n", "12345 67", "— • —"])
def test_text_without_skills_gives_nothing(text: str) -> None:
    assert find_skills(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Talent Acquisition Specialist at Nexus Consulting", ["Talent Acquisition"]),
        ("Regional Sales Manager", []),
        ("Built a pipeline using Salesforce\nOracle — São Paulo, Brazil", ["Salesforce"]),
        ("Skills\nPhlebotomy\nTriage\nInfection Control", ["Phlebotomy", "Triage", "Infection Control"]),
        (
            "Sketch, Information Architecture, HTML, Figma",
            ["Sketch", "Information Architecture", "HTML", "Figma"],
        ),
        ("Languages\nSpanish (Native)\nPortuguese (Basic)", ["Spanish", "Portuguese"]),
        ("Certified Sales Professional (CSP)", ["Certified Sales Professional"]),
    ],
)
def test_lists_names_and_headings_in_cv_layouts(text: str, expected: list[str]) -> None:
    assert extract_skills(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Nielsen Norman Group UX Certification", ["Nielsen Norman Group UX Certification"]),
        ("TEFL Certificate\nGoogle UX Design Certificate", ["TEFL", "Google UX Design Certificate"]),
        ("AWS Certified Solutions Architect - Associate", ["AWS Certified Solutions Architect"]),
        (
            "Earned the Databricks Certified Data Engineer Associate in 2022",
            ["Databricks Certified Data Engineer Associate"],
        ),
        ("LICENSES & CERTIFICATIONS", []),
        ("Licenses & Certifications", []),
        ("certified by the board", []),
    ],
)
def test_certification_names_are_found_even_when_not_in_the_taxonomy(text: str, expected: list[str]) -> None:
    assert extract_skills(text) == expected
    assert all(m.category == "certification" for m in find_skills(text))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Deep familiarity with AWS networking", ["AWS Networking", "AWS"]),
        ("Experience with Kubernetes security", ["Kubernetes Security", "Kubernetes"]),
        ("Redis caching patterns", ["Redis"]),
        ("clear communication", ["Communication"]),
    ],
)
def test_longer_names_also_report_the_skills_they_are_built_on(text: str, expected: list[str]) -> None:
    assert extract_skills(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Tables in Apache Iceberg", ["Apache Iceberg"]),
        ("ETL jobs in AWS Glue", ["ETL", "AWS Glue"]),
        ("Streams on AWS Kinesis", ["AWS", "Kinesis"]),
        ("Worked at an Amazon warehouse", []),
    ],
)
def test_a_vendor_name_makes_the_product_after_it_a_skill(text: str, expected: list[str]) -> None:
    assert extract_skills(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("- Comfortable writing Go", ["Go"]),
        ("6+ years writing backend software, 3+ of them in Go", ["Go"]),
        ("- Maîtrise du C et des microcontrôleurs ARM", ["C", "Arm"]),
        ("Experience with embedded C/C++", ["C", "C++"]),
        ("Most of our code is written in R", ["R"]),
        ("go to market fast", ["Go-to-Market Strategy"]),
        ("we go further together", []),
        ("We Go Further", []),
        ("Grade C in maths", []),
        ("C'est une équipe soudée", []),
        ("c'est la vie", []),
    ],
)
def test_a_programming_language_counts_after_a_word_that_introduces_one(
    text: str, expected: list[str]
) -> None:
    assert extract_skills(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Preferred Qualifications\n- Experience with PX4\n- Rust", ["PX4", "Rust"]),
        ("- Elixir, or a strong wish to learn it", ["Elixir"]),
        ("- React y Node.js", ["React", "Node.js"]),
        ("Desarrollar funcionalidades en React y Node.js", ["React", "Node.js"]),
        ("a rust-coloured jacket", []),
        ("Rust-coloured jackets", []),
        ("We react quickly to incidents", []),
        ("React quickly to incidents", []),
        ("the elixir of youth", []),
        ("Elixir of youth", []),
    ],
)
def test_a_capitalised_name_counts_as_a_bullets_first_item(text: str, expected: list[str]) -> None:
    assert extract_skills(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("- Français courant, anglais technique", ["French", "English"]),
        ("Deutsch (Muttersprache), Englisch (verhandlungssicher)", ["German", "English"]),
        ("Inglés (B2)", ["English"]),
        ("Español nativo", ["Spanish"]),
        ("la cuisine française", []),
        ("Deutsche Bank", []),
    ],
)
def test_language_names_in_french_german_and_spanish_map_to_the_english_name(
    text: str, expected: list[str]
) -> None:
    assert extract_skills(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("- Experience with athenahealth or a similar EHR", ["athenahealth", "Electronic Health Records"]),
        ("- Experience with Nix", ["Nix"]),
        ("- Valid driver's license and clean driving record", ["Driver's License"]),
        ("Must hold a full UK driving licence", ["Driver's License"]),
        (
            "- WORKING KNOWLEDGE OF PLCS, HYDRAULICS AND PNEUMATICS",
            ["PLC Programming", "Hydraulics", "Pneumatics"],
        ),
        ("- Experience with Medidata Rave", ["Medidata Rave"]),
        ("- Experience with RTOS (FreeRTOS or Zephyr)", ["RTOS", "FreeRTOS", "Zephyr"]),
        ("- BLS, ACLS and NRP certifications", ["BLS", "ACLS", "NRP"]),
        ("* Good working knowledge of Sage Payroll", ["Sage Payroll"]),
        ("* CIPP qualification desirable", ["CIPP"]),
        ("- DFT codes such as VASP", ["DFT", "VASP"]),
        ("- Manejo de CONTPAQi y Excel intermedio", ["CONTPAQi", "Microsoft Excel"]),
        ("- Knowledge of CDISC standards (SDTM, CDASH)", ["CDISC", "SDTM"]),
        ("nix that idea", []),
    ],
)
def test_names_reported_missing_from_real_postings(text: str, expected: list[str]) -> None:
    assert extract_skills(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("SAP FI/CO consultant", ["SAP FI", "SAP CO"]),
        ("Senior SAP FICO Consultant", ["SAP FI", "SAP CO"]),
        ("Configured SAP FI, CO and MM modules", ["SAP FI", "SAP CO", "SAP MM"]),
        ("SAP SD/MM and ABAP on S/4HANA", ["SAP SD", "SAP MM", "SAP ABAP", "SAP S/4HANA"]),
        ("Posted orders in SAP SD, ERP and CRM", ["SAP SD", "ERP", "CRM"]),
        ("Integrated SAP with Salesforce", ["SAP", "Salesforce"]),
        ("Report builder for SAP HANA", ["SAP HANA"]),
        ("Hana Kowalski, team lead", []),
        ("Modules: SAP FICO, GL, Asset Accounting", ["SAP FI", "SAP CO", "Asset Accounting"]),
        ("Handled AP/AR in Tally ERP 9", ["Accounts Payable", "Accounts Receivable", "Tally ERP"]),
        ("keep a tally of the AR/VR demos", ["AR", "VR"]),
    ],
)
def test_sap_modules_are_skills_of_their_own(text: str, expected: list[str]) -> None:
    assert extract_skills(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Maintain Caterpillar 793 haul trucks on a 2:1 FIFO roster", []),
        ("Experienced fly-in fly-out (FIFO) maintenance fitter", []),
        ("FIFO (fly in / fly out) 8/6 swing, Pilbara", []),
        ("Happy to work FIFO or DIDO", []),
        ("Stock rotated on a first in first out basis", ["FIFO"]),
        ("Rotated chilled stock FIFO, cycle counts weekly", ["FIFO", "Cycle Counting"]),
        # an acronym the text spells out as something else is not the skill of that acronym
        ("Senior Enrolled Nurse (SEN), medical ward", []),
        ("Special Educational Needs (SEN) coordinator", ["Special Education"]),
        ("Certified to AWS D1.1 for structural steel", ["AWS D1.1"]),
    ],
)
def test_acronyms_with_another_meaning_here_are_not_skills(text: str, expected: list[str]) -> None:
    assert extract_skills(text) == expected
