"""A third fresh batch in shapes the others lack (US 'Company — City, ST' résumés, 'Title at
Company' lines, academic and functional CVs, short trade and hospitality entries, open date
ranges, name particles, a name only in the page header): labelled before the analyser read them."""

from __future__ import annotations

from functools import partial

from tests.cv_corpus.fresh import layouts3 as lx
from tests.cv_corpus.heldout.model import CV, Job, School

EN = {
    "summary": "Summary", "experience": "Experience", "education": "Education", "skills": "Skills",
    "languages": "Languages", "certifications": "Certifications",
}  # fmt: skip


SECTORS = {"Zara (Inditex)": "Fashion retail", "Lidl Polska": "Grocery retail"}


def _h(**changes: str) -> dict[str, str]:
    return {**EN, **changes}


CVS: list[CV] = [
    CV(
        id="t01-sales-us-company-city-pdf",
        name="Brandon T. Mitchell", shown_name="Brandon T. Mitchell", headline="Enterprise Account Executive",
        email="brandon.mitchell@outlook.com", phone="(404) 555-0143", region="US", location="Atlanta, GA",
        links=["linkedin.com/in/btmitchell"],
        summary="Enterprise seller with 9 years closing SaaS deals in the Southeast; 127% of quota in 2024.",
        jobs=[
            Job("Enterprise Account Executive", "Salesloft", "Atlanta, GA", "03/2021 – present",
                (2021, 3), None, [
                "Closed $4.1M in new ARR across 14 enterprise logos in FY24",
                "Ran MEDDICC qualification and multi-threaded deals with Salesforce and Gong",
            ]),
            Job("Account Executive", "Cardlytics", "Atlanta, GA", "06/2018 – 02/2021", (2018, 6), (2021, 2), [
                "Sold card-linked offers to national retail brands; 112% attainment",
            ]),
            Job("Sales Development Representative", "MailChimp", "Atlanta, GA", "08/2016 – 05/2018",
                (2016, 8), (2018, 5), ["Booked 30+ qualified meetings a month through cold outreach"]),
        ],
        schools=[School("B.B.A., Marketing", "Georgia State University", "Atlanta, GA", "2012 – 2016")],
        skills=["Salesforce", "Gong", "Outreach", "MEDDICC", "Negotiation", "Pipeline management"],
        skills_truth=("Salesforce", "Gong", "Outreach", "MEDDICC", "Negotiation", "Pipeline management",
                      "SaaS", "Cold outreach"),
        headings=_h(summary="Professional Summary", experience="Professional Experience"),
        layout=partial(lx.one_column, job_lines=lx.us_company_city, caps=True),
    ),
    CV(
        id="t02-marketing-title-at-company-docx",
        name="Camila Restrepo", shown_name="Camila Restrepo", headline="Growth Marketing Manager",
        email="camila.restrepo.mkt@gmail.com", phone="+1 305 555 0199", region="US", location="Miami, FL",
        summary="Growth marketer who has scaled paid acquisition for consumer apps from seed to Series C.",
        jobs=[
            Job("Growth Marketing Manager", "Papa", "Miami, FL", "Jan '21–Now", (2021, 1), None, [
                "Own a $6M yearly paid budget across Meta, Google Ads and TikTok",
                "Cut blended CAC by 28% with creative testing and landing page experiments",
            ]),
            Job("Performance Marketing Specialist", "Hopper", "Remote", "Aug '18–Dec '20",
                (2018, 8), (2020, 12), [
                "Managed app install campaigns in 12 markets",
            ]),
            Job("Marketing Coordinator", "Bacardi", "Coral Gables, FL", "Jun '16–Jul '18",
                (2016, 6), (2018, 7), [
                "Coordinated brand activations and social media calendars",
            ]),
        ],
        schools=[School("BS in Marketing", "Florida International University", "Miami, FL", "2012–2016")],
        skills=["Google Ads", "Meta Ads", "TikTok Ads", "Google Analytics", "Amplitude", "SQL",
                "A/B testing"],
        languages=["English", "Spanish (native)"],
        skills_truth=("Google Ads", "Meta Ads", "TikTok Ads", "Google Analytics", "Amplitude", "SQL",
                      "A/B testing", "Paid acquisition", "Social media", "English", "Spanish"),
        headings=_h(summary="About me", experience="Work History"),
        layout=partial(lx.docx_plain, job_lines=lx.title_at_company),
    ),
    CV(
        id="t03-supply-chain-company-title-docx",
        name="Rajesh Subramanian", shown_name="Rajesh Subramanian", headline="Supply Chain Analyst",
        email="rajesh.subramanian@gmail.com", phone="+1 (469) 555-0121", region="US", location="Dallas, TX",
        summary="Supply chain analyst who turns ERP data into inventory and freight savings.",
        jobs=[
            Job("Senior Supply Chain Analyst", "Kimberly-Clark", "Irving, TX", "05/2020 – present",
                (2020, 5), None, [
                "Built demand forecasts in Python for 1,200 SKUs, lowering safety stock by 9%",
                "Automated weekly inventory reporting in Power BI",
            ]),
            Job("Logistics Analyst", "Frito-Lay", "Plano, TX", "07/2017 – 04/2020", (2017, 7), (2020, 4), [
                "Negotiated LTL freight rates and tracked carrier KPIs",
            ]),
        ],
        schools=[School("MS Supply Chain Management", "The University of Texas at Dallas", "Richardson, TX",
                        "2015 – 2017"),
                 School("B.E. Mechanical Engineering", "Anna University", "Chennai, India", "2009 – 2013")],
        skills=["SAP MM", "Power BI", "Python", "SQL", "Excel", "Demand forecasting",
                "Inventory optimization"],
        skills_truth=("SAP MM", "Power BI", "Python", "SQL", "Excel", "Demand forecasting",
                      "Inventory optimization", "Logistics", "Freight", "KPIs", "ERP"),
        headings=_h(summary="Summary", experience="Experience", skills="Core Competencies"),
        layout=partial(lx.docx_plain, job_lines=lx.company_title_dates),
    ),
    CV(
        id="t04-academic-positions-pdf",
        name="María José de la Cruz", shown_name="Dr. María José de la Cruz", headline="",
        email="mj.delacruz@ucl.ac.uk", phone="+44 20 7679 2000", region="GB", location="London, UK",
        address="Department of Genetics, Evolution and Environment, University College London, London, UK",
        summary="",
        jobs=[
            Job("Associate Professor of Evolutionary Biology", "University College London", "London",
                "2021–", (2021, None), None, ["Principal investigator, Population Genomics Lab (6 members)"]),
            Job("Lecturer in Genetics", "University of Edinburgh", "Edinburgh", "2016–2021",
                (2016, None), (2021, None), ["Taught undergraduate population genetics and R"]),
            Job("Postdoctoral Research Fellow", "Max Planck Institute for Evolutionary Anthropology",
                "Leipzig", "2013–2016", (2013, None), (2016, None), []),
        ],
        schools=[School("PhD in Evolutionary Biology", "Universidad Complutense de Madrid", "Madrid",
                        "2009–2013"),
                 School("Licenciatura en Biología", "Universidad de Sevilla", "Sevilla", "2004–2009")],
        skills=["Population genomics", "R", "Python", "Bayesian statistics", "Bioinformatics"],
        skills_truth=("Population genomics", "R", "Python", "Bayesian statistics", "Bioinformatics",
                      "Population genetics", "Genetics"),
        headings=_h(experience="Academic Appointments", education="Education", skills="Methods"),
        extra={
            "Selected Publications": [
                "de la Cruz MJ, Okafor R, Lindqvist E (2024). Admixture timing in Iberian wolves. "
                "Molecular Ecology 33: e17201.",
                "de la Cruz MJ, Schmidt H (2019). Selective sweeps in island lizards. "
                "Evolution 73: 1120–1134.",
            ],
            "Grants": ["ERC Starting Grant GENFLOW (EUR 1.5M), 2022–2027"],
        },
        layout=lx.academic,
    ),
    CV(
        id="t05-student-internships-pdf",
        name="Sophie Müller-Lange", shown_name="Sophie Müller-Lange", headline="Business Informatics Student",
        email="sophie.mueller-lange@stud.tu-darmstadt.de", phone="+49 151 23456789", region="DE",
        location="Darmstadt, Germany",
        summary="Third-year business informatics student looking for a working-student role in "
        "data analytics.",
        jobs=[
            Job("Data Analytics Intern", "Merck KGaA", "Darmstadt", "Mar 2024 – Aug 2024",
                (2024, 3), (2024, 8), [
                "Built Power BI dashboards on supplier lead times",
                "Cleaned procurement data with Python and pandas",
            ]),
            Job("Working Student, IT Support", "Software AG", "Darmstadt", "Oct 2022 – Feb 2024",
                (2022, 10), (2024, 2), ["First-level support for 300 staff in ServiceNow"]),
        ],
        schools=[School("B.Sc. Wirtschaftsinformatik", "Technische Universität Darmstadt", "Darmstadt",
                        "2022 – 2025"),
                 School("Abitur", "Lichtenbergschule", "Darmstadt", "2014 – 2022")],
        skills=["Python", "pandas", "SQL", "Power BI", "ServiceNow", "Excel"],
        languages=["German (native)", "English (C1)", "Spanish (A2)"],
        skills_truth=("Python", "pandas", "SQL", "Power BI", "ServiceNow", "Excel", "Data analytics",
                      "IT support", "Procurement", "German", "English", "Spanish"),
        headings=_h(summary="Profile", experience="Internships & Work Experience"),
        extra={"Volunteering": [
            "Volunteer Coach, TSV Darmstadt youth football (weekly)",
            "Mentor, Hacker School (coding workshops for teenagers)",
        ]},
        layout=partial(lx.one_column, job_lines=lx.title_company_pipe, face="DejaVuSans"),
    ),
    CV(
        id="t06-electrician-short-entries-docx",
        name="Liam O'Sullivan", shown_name="Liam O'Sullivan",
        headline="Qualified Electrician (ECS Gold Card)",
        email="liamosullivan.sparks@gmail.com", phone="07712 345678", region="GB", location="Leeds",
        address="14 Harehills Lane",
        summary="",
        jobs=[
            Job("Electrician", "Mears Group", "Leeds", "2019–", (2019, None), None, []),
            Job("Electrician", "Balfour Beatty", "Leeds", "2015–2019", (2015, None), (2019, None), []),
            Job("Apprentice Electrician", "J. Walsh Electrical Ltd", "Bradford", "2011–2015",
                (2011, None), (2015, None), []),
        ],
        schools=[School("NVQ Level 3 Electrotechnical Services", "Leeds College of Building", "Leeds",
                        "2011–2015")],
        skills=["Domestic and commercial installation", "Fault finding", "Testing and inspection",
                "Fire alarm systems", "EV charger installation"],
        certs=["18th Edition Wiring Regulations (BS 7671)", "City & Guilds 2391", "ECS Gold Card", "CSCS"],
        skills_truth=("Installation", "Fault finding", "Testing and inspection", "Fire alarm systems",
                      "EV charger installation", "BS 7671", "City & Guilds 2391", "ECS", "CSCS"),
        headings=_h(experience="Work History", certifications="Qualifications & Tickets"),
        layout=partial(lx.docx_plain, job_lines=lx.dates_title_company, short=True),
    ),
    CV(
        id="t07-nurse-caps-name-pdf",
        name="Grace Adeyemi", shown_name="GRACE ADEYEMI, RN, BSN",
        headline="Registered Nurse – Critical Care",
        email="grace.adeyemi.rn@yahoo.com", phone="713-555-0168", region="US", location="Houston, TX",
        summary="ICU nurse with eight years of adult critical care, CCRN certified.",
        jobs=[
            Job("Staff Nurse, Medical ICU", "Houston Methodist Hospital", "Houston, TX", "03/2019 – Present",
                (2019, 3), None, [
                "Care for 2 ventilated patients per shift in a 36-bed MICU",
                "Charge nurse 1–2 shifts a week; precept new graduates",
            ]),
            Job("Registered Nurse, Step-Down Unit", "Memorial Hermann", "Houston, TX", "06/2016 – 02/2019",
                (2016, 6), (2019, 2), ["Titrated cardiac drips and monitored telemetry for 4–5 patients"]),
            Job("Patient Care Technician", "Ben Taub Hospital", "Houston, TX", "01/2015 – 05/2016",
                (2015, 1), (2016, 5), []),
        ],
        schools=[School("Bachelor of Science in Nursing", "Texas Woman's University", "Houston, TX",
                        "2012 – 2016")],
        skills=["Ventilator management", "Telemetry", "Epic", "Critical care", "Patient education"],
        certs=["CCRN", "ACLS", "BLS", "Texas RN License #912345"],
        skills_truth=("Ventilator management", "Telemetry", "Epic", "Critical care", "Patient education",
                      "CCRN", "ACLS", "BLS", "Nursing", "RN"),
        headings=_h(summary="Profile", experience="Clinical Experience",
                    certifications="Licenses & Certifications"),
        layout=partial(lx.one_column, job_lines=lx.caps_title_then_company, caps=True, face="Times-Roman"),
    ),
    CV(
        id="t08-chef-title-dash-company-docx",
        name="Pieter van der Berg", shown_name="Pieter van der Berg", headline="Head Chef",
        email="pieter.vdberg@hotmail.com", phone="07845 112233", region="GB", location="Bristol",
        summary="Head chef with fifteen years in fine dining and busy brasseries; two AA Rosettes.",
        jobs=[
            Job("Head Chef", "The Ivy Clifton Brasserie", "Bristol", "January 2020 – Now", (2020, 1), None, [
                "Run a brigade of 14 serving 350 covers a day",
                "Cut food cost from 32% to 27% through menu engineering",
            ]),
            Job("Sous Chef", "Casamia", "Bristol", "April 2015 – December 2019", (2015, 4), (2019, 12), [
                "Led the pass on tasting menus for a Michelin-starred kitchen",
            ]),
            Job("Chef de Partie", "Hotel du Vin", "Cheltenham", "September 2011 – March 2015", (2011, 9),
                (2015, 3), []),
        ],
        schools=[School("NVQ Level 3 Professional Cookery", "Westminster Kingsway College", "London",
                        "2009 – 2011")],
        skills=["Menu development", "Food cost control", "Kitchen management", "HACCP", "Staff training"],
        certs=["Level 3 Food Safety and Hygiene", "Allergen awareness"],
        skills_truth=("Menu development", "Food cost control", "Kitchen management", "HACCP",
                      "Staff training", "Food safety", "Allergen awareness", "Menu engineering"),
        headings=_h(summary="Personal Statement", experience="Employment History", skills="Key Skills"),
        layout=partial(lx.docx_plain, job_lines=lambda j: [f"{j.title} – {j.company}, {j.place}", j.dates]),
    ),
    CV(
        id="t09-operations-functional-pdf",
        name="Deborah Kowalczyk", shown_name="Deborah Kowalczyk", headline="",
        email="deb.kowalczyk@gmail.com", phone="(312) 555-0174", region="US", location="Chicago, IL 60614",
        address="2150 N Lincoln Ave",
        summary="Operations leader returning to work after a career break, with 12 years running "
        "warehouses and customer service teams.",
        jobs=[
            Job("Operations Manager", "DHL Supply Chain", "Chicago, IL", "2014 – 2020", (2014, None),
                (2020, None)),
            Job("Customer Service Supervisor", "Groupon", "Chicago, IL", "2011 – 2014", (2011, None),
                (2014, None)),
            Job("Shift Lead", "Target", "Evanston, IL", "2008 – 2011", (2008, None), (2011, None)),
        ],
        schools=[School("B.A. Communications", "DePaul University", "Chicago, IL", "2004 – 2008")],
        skills=["WMS", "Excel", "Zendesk", "Lean"],
        skills_truth=("WMS", "Excel", "Zendesk", "Lean", "Operations management", "Customer service",
                      "Team leadership", "Budgeting"),
        headings=_h(summary="Summary of Qualifications", experience="Employment History",
                    skills="Relevant Skills"),
        extra={
            "Operations management": [
                "Ran a 400,000 sq ft warehouse with 120 associates across three shifts",
                "Improved on-time shipping from 91% to 99% using Lean methods",
            ],
            "Team leadership": ["Hired, trained and coached teams of up to 25 supervisors and agents"],
            "Budgeting": ["Owned a $9M operating budget and cut overtime costs by 18%"],
        },
        layout=lx.functional,
    ),
    CV(
        id="t10-uk-admin-employment-history-docx",
        name="Hannah Whitfield-Jones", shown_name="Hannah Whitfield-Jones", headline="Office Manager",
        email="hannahwj@btinternet.com", phone="01632 960 123", region="GB", location="Reading, Berkshire",
        summary="Organised office manager with ten years' experience supporting directors and small teams.",
        jobs=[
            Job("Office Manager", "Thames Valley Housing", "Reading", "March 2020 – present",
                (2020, 3), None, [
                "Manage facilities, suppliers and a £150k office budget",
                "Onboard new starters and run the HR administration in Sage HR",
            ]),
            Job("PA to Managing Director", "Haines Watts", "Reading", "September 2016 – February 2020",
                (2016, 9), (2020, 2), ["Diary and travel management for the MD and two partners"]),
            Job("Receptionist", "Novotel Reading Centre", "Reading", "June 2014 – August 2016", (2014, 6),
                (2016, 8), []),
        ],
        schools=[School("A Levels: English, History, Business Studies", "Reading College", "Reading",
                        "2012 – 2014")],
        skills=["Microsoft Office", "Sage HR", "Diary management", "Minute taking", "Facilities management"],
        skills_truth=("Microsoft Office", "Sage HR", "Diary management", "Minute taking",
                      "Facilities management", "Onboarding", "HR administration", "Travel management"),
        headings=_h(summary="Personal Profile", experience="Employment History", skills="Skills"),
        layout=lx.docx_company_table,
    ),
    CV(
        id="t11-pm-headline-above-name-pdf",
        name="Ahmed Al-Rashid", shown_name="AHMED AL-RASHID", headline="Project Manager, PMP",
        email="ahmed.alrashid.pm@gmail.com", phone="+971 50 123 4567", region="AE", location="Dubai, UAE",
        summary="PMP-certified project manager delivering fit-out and infrastructure projects "
        "up to AED 400M.",
        jobs=[
            Job("Senior Project Manager", "Emaar Properties", "Dubai", "2019 – Present", (2019, None), None, [
                "Deliver retail fit-out programmes across Dubai Mall extensions",
                "Lead contractors and consultants with Primavera P6 schedules",
            ]),
            Job("Project Engineer", "Arabtec Construction", "Abu Dhabi", "2013 – 2019", (2013, None),
                (2019, None), ["Site coordination for a 42-storey residential tower"]),
        ],
        schools=[School("BSc Civil Engineering", "American University of Sharjah", "Sharjah", "2009 – 2013")],
        skills=["Primavera P6", "MS Project", "Contract management", "Risk management", "AutoCAD"],
        certs=["PMP (Project Management Professional)"],
        languages=["Arabic (native)", "English (fluent)"],
        skills_truth=("Primavera P6", "MS Project", "Contract management", "Risk management", "AutoCAD",
                      "PMP", "Project management", "Arabic", "English"),
        headings=_h(summary="Profile", experience="Career History"),
        layout=partial(lx.one_column, job_lines=lx.title_company_pipe, name_first=False),
    ),
    CV(
        id="t12-data-header-name-only-pdf",
        name="Rebecca Okafor", shown_name="Rebecca Okafor", headline="Data Scientist",
        email="rebecca.okafor@proton.me", phone="+44 7700 900123", region="GB", location="Manchester",
        summary="Data scientist building forecasting and NLP models for retail and media.",
        jobs=[
            Job("Senior Data Scientist", "Auto Trader UK", "Manchester", "Feb 2022 – Present",
                (2022, 2), None, [
                "Built price-prediction models with LightGBM serving 5M valuations a month",
                "Deployed models on AWS SageMaker with MLflow tracking",
            ]),
            Job("Data Scientist", "BBC", "Salford", "Sep 2018 – Jan 2022", (2018, 9), (2022, 1), [
                "Topic models and recommendation features for iPlayer in Python and Spark",
            ]),
        ],
        schools=[School("MSc Data Science", "University of Manchester", "Manchester", "2017 – 2018")],
        skills=["Python", "SQL", "LightGBM", "Spark", "AWS SageMaker", "MLflow", "NLP"],
        skills_truth=("Python", "SQL", "LightGBM", "Spark", "AWS SageMaker", "MLflow", "NLP",
                      "Forecasting", "Recommendation systems", "Machine learning"),
        headings=_h(summary="Profile", experience="Experience"),
        layout=lx.header_name,
    ),
    CV(
        id="t13-retail-company-industry-docx",
        name="Ewa Nowak", shown_name="Ewa Nowak", headline="Store Manager",
        email="ewa.nowak.retail@gmail.com", phone="+48 601 234 567", region="PL", location="Kraków, Poland",
        summary="Store manager who has led teams of up to 40 in fashion and grocery retail.",
        jobs=[
            Job("Store Manager", "Zara (Inditex)", "Kraków", "04/2019 – present", (2019, 4), None, [
                "Run a store with PLN 38M yearly sales and 40 staff",
                "Raised conversion 6% through visual merchandising and staff scheduling",
            ]),
            Job("Deputy Store Manager", "Lidl Polska", "Kraków", "02/2015 – 03/2019", (2015, 2), (2019, 3), [
                "Stock control, cash office and rota planning",
            ]),
        ],
        schools=[School("Licencjat, Zarządzanie", "Uniwersytet Ekonomiczny w Krakowie", "Kraków",
                        "2011 – 2014")],
        skills=["Visual merchandising", "Stock control", "Staff scheduling", "P&L management", "SAP Retail"],
        languages=["Polish (native)", "English (B2)"],
        skills_truth=("Visual merchandising", "Stock control", "Staff scheduling", "P&L management",
                      "SAP Retail", "Retail", "Polish", "English"),
        headings=_h(summary="Profile", experience="Experience"),
        layout=partial(lx.docx_plain, job_lines=lambda j: [
            f"{j.company} ({SECTORS[j.company]}), {j.title}", f"{j.place} | {j.dates}",
        ]),
    ),
]  # fmt: skip
