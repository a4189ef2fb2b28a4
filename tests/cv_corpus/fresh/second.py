"""A second fresh batch, written after every fix (including those the first fresh batch led to):
labelled before any of them was read back, and not tuned for afterwards."""

from __future__ import annotations

from tests.cv_corpus.fresh import layouts2 as lx
from tests.cv_corpus.heldout.model import CV, Job, School

EN = {
    "summary": "Summary", "experience": "Experience", "education": "Education", "skills": "Skills",
    "languages": "Languages", "certifications": "Certifications",
}  # fmt: skip


def _h(**changes: str) -> dict[str, str]:
    return {**EN, **changes}


CVS: list[CV] = [
    CV(
        id="g01-accountant-europass-2013-pdf",
        name="Andreea Popescu", shown_name="Andreea Popescu", headline="Senior Accountant",
        email="andreea.popescu@yahoo.com", phone="+40 722 123 456", region="RO",
        location="Bucharest, Romania",
        address="Str. Lipscani 25, 030031 Bucharest (Romania)",
        summary="",
        jobs=[
            Job("Senior Accountant", "Deloitte Romania", "Bucharest (Romania)", "01/2019–Present",
                (2019, 1), None, [
                "Statutory audits of manufacturing clients under IFRS",
                "Coordination of a team of 4 junior auditors",
            ]),
            Job("Accountant", "Raiffeisen Bank", "Bucharest (Romania)", "09/2014–12/2018",
                (2014, 9), (2018, 12), [
                "Month-end closing, reconciliations and VAT returns in SAP",
            ]),
        ],
        schools=[School("Master in Accounting and Audit", "Bucharest University of Economic Studies",
                        "Bucharest (Romania)", "2012–2014")],
        skills=["SAP FI", "IFRS", "Excel", "Caseware"],
        languages=["Romanian (mother tongue)", "English (C1)", "French (B2)"],
        skills_truth=("SAP FI", "IFRS", "Excel", "Caseware", "Statutory audit", "Reconciliations", "VAT",
                      "Romanian", "English", "French"),
        headings=_h(experience="WORK EXPERIENCE", education="EDUCATION AND TRAINING",
                    skills="PERSONAL SKILLS", languages="Mother tongue(s)"),
        layout=lx.europass_2013,
    ),
    CV(
        id="g02-buyer-three-column-table-docx",
        name="Laura Jensen", shown_name="Laura Jensen", headline="Senior Buyer – Fashion Retail",
        email="laura.jensen@live.co.uk", phone="07961 234 567", region="GB", location="Nottingham, UK",
        summary="Fashion buyer who has managed womenswear ranges worth up to GBP 30M.",
        jobs=[
            Job("Senior Buyer", "Boots", "Nottingham", "2020 – Present", (2020, None), None, [
                "Own the GBP 30M own-brand beauty accessories range",
            ]),
            Job("Buyer", "River Island", "London", "2016 – 2020", (2016, None), (2020, None), [
                "Bought denim and tops for 250 stores and online",
            ]),
            Job("Assistant Buyer", "Next plc", "Leicester", "2013 – 2016", (2013, None), (2016, None), [
                "Supported range planning and supplier negotiation",
            ]),
        ],
        schools=[School("BA (Hons) Fashion Buying and Merchandising", "Nottingham Trent University",
                        "Nottingham", "2010 – 2013")],
        skills=["Range planning", "Supplier negotiation", "Trend analysis", "Excel", "WGSN"],
        skills_truth=("Range planning", "Supplier negotiation", "Trend analysis", "Excel", "WGSN", "Buying"),
        headings=_h(summary="Profile", experience="Career History", skills="Skills"),
        layout=lx.three_column_table,
    ),
    CV(
        id="g03-physio-right-header-dates-first-pdf",
        name="Tom Fischer", shown_name="Tom Fischer", headline="Physiotherapist (MSK)",
        email="tom.fischer.physio@gmail.com", phone="+41 79 123 45 67", region="CH",
        location="Zurich, Switzerland",
        summary="Sports and musculoskeletal physiotherapist, ten years in clinics and with a football club.",
        jobs=[
            Job("Senior Physiotherapist", "Schulthess Klinik", "Zurich", "2019–2025",
                (2019, None), (2025, None), [
                "Post-operative rehabilitation after knee and shoulder surgery",
            ]),
            Job("Physiotherapist", "FC Basel", "Basel", "2016–2019", (2016, None), (2019, None), [
                "Injury prevention programmes and return-to-play testing",
            ]),
            Job("Physiotherapist", "Kantonsspital Aarau", "Aarau", "2014–2016", (2014, None), (2016, None), [
                "Inpatient neurology and orthopaedics",
            ]),
        ],
        schools=[School("BSc Physiotherapy", "ZHAW Zurich University of Applied Sciences", "Winterthur",
                        "2010–2014")],
        skills=["Manual therapy", "Sports rehabilitation", "Dry needling", "Kinesio taping"],
        languages=["German (native)", "English (fluent)", "French (good)"],
        skills_truth=("Manual therapy", "Sports rehabilitation", "Dry needling", "Kinesio taping",
                      "Rehabilitation", "German", "English", "French"),
        headings=_h(summary="Profile", experience="Professional Experience"),
        layout=lx.right_header_dates_first,
    ),
    CV(
        id="g04-events-canva-columns-main-first-pdf",
        name="Chloé Martin", shown_name="CHLOÉ MARTIN", headline="Event Manager",
        email="chloe.martin.events@gmail.com", phone="+33 6 45 67 89 01", region="FR",
        location="Lyon, France",
        summary="Event manager producing conferences and product launches for up to 3,000 guests.",
        jobs=[
            Job("Event Manager", "GL events", "Lyon", "Sep 2020 – Present", (2020, 9), None, [
                "Produce 12 corporate conferences a year with budgets up to EUR 1.2M",
                "Manage suppliers for venues, catering and audiovisual",
            ]),
            Job("Event Coordinator", "Publicis Live", "Paris", "Jan 2017 – Aug 2020", (2017, 1), (2020, 8), [
                "Coordinated product launches for automotive clients",
            ]),
        ],
        schools=[School("Master Management de l'événementiel", "IAE Lyon", "Lyon", "2014 – 2016")],
        skills=["Event planning", "Budget management", "Vendor management", "Cvent", "Eventbrite"],
        languages=["French (native)", "English (fluent)", "Italian (intermediate)"],
        skills_truth=("Event planning", "Budget management", "Vendor management", "Cvent", "Eventbrite",
                      "Product launches", "French", "English", "Italian"),
        headings=_h(summary="Profile", experience="Experience", skills="Expertise"),
        layout=lx.canva_columns_main_first,
    ),
    CV(
        id="g05-qa-google-docs-docx",
        name="Priyanka Nair", shown_name="Priyanka Nair", headline="QA Engineer",
        email="priyanka.nair.qa@gmail.com", phone="+1 (512) 555-0176", region="US", location="Austin, TX",
        summary="QA engineer who automates the boring parts: Selenium, Cypress and API testing in CI.",
        jobs=[
            Job("Senior QA Engineer", "Indeed", "Austin, TX", "MARCH 2021 - PRESENT", (2021, 3), None, [
                "Built a Cypress suite of 800 end-to-end tests running in GitHub Actions",
                "Owned API test automation with Postman and Newman",
            ]),
            Job("QA Engineer", "Dell Technologies", "Round Rock, TX", "JUNE 2017 - FEBRUARY 2021", (2017, 6),
                (2021, 2), ["Wrote Selenium tests in Java with TestNG for the support portal"]),
        ],
        schools=[School("B.Tech in Information Technology", "Amrita Vishwa Vidyapeetham", "Coimbatore, India",
                        "2011 - 2015")],
        skills=["Selenium", "Cypress", "Java", "JavaScript", "Postman", "TestNG", "Jira", "GitHub Actions"],
        skills_truth=("Selenium", "Cypress", "Java", "JavaScript", "Postman", "TestNG", "Jira",
                      "GitHub Actions", "Newman", "API testing", "Test automation"),
        headings=_h(summary="Summary", experience="Experience", skills="Skills"),
        layout=lx.google_docs,
    ),
    CV(
        id="g06-architect-italian-pdf",
        name="Marco Esposito", shown_name="Marco Esposito", headline="Architetto",
        email="marco.esposito.arch@gmail.com", phone="+39 333 765 4321", region="IT", location="Napoli",
        summary="Architetto con nove anni di esperienza in progettazione residenziale e BIM.",
        jobs=[
            Job("Architetto progettista", "Renzo Piano Building Workshop", "Genova", "Gennaio 2019 – oggi",
                (2019, 1), None, ["Progettazione esecutiva in Revit", "Coordinamento BIM con gli ingegneri"]),
            Job("Architetto junior", "Studio Fuksas", "Roma", "03/2015 – 12/2018", (2015, 3), (2018, 12), [
                "Modelli 3D e tavole di concorso in AutoCAD e Rhino",
            ]),
        ],
        schools=[School("Laurea magistrale in Architettura", "Università degli Studi di Napoli Federico II",
                        "Napoli", "2008 – 2014")],
        skills=["Revit", "AutoCAD", "Rhino", "BIM", "SketchUp"],
        languages=["Italiano (madrelingua)", "Inglese (C1)", "Spagnolo (B1)"],
        skills_truth=("Revit", "AutoCAD", "Rhino", "BIM", "SketchUp", "Italian", "English", "Spanish"),
        headings={"summary": "Profilo", "experience": "Esperienza professionale",
                  "education": "Istruzione e formazione", "skills": "Competenze", "languages": "Lingue",
                  "certifications": "Certificazioni"},
        layout=lx.italian,
    ),
    CV(
        id="g07-early-years-textbox-sidebar-docx",
        name="Amy Clarke", shown_name="Amy Clarke", headline="Early Years Practitioner (Level 3)",
        email="amy.clarke92@gmail.com", phone="07455 678 901", region="GB", location="Norwich, UK",
        summary="Caring early years practitioner with eight years in nurseries and pre-schools.",
        jobs=[
            Job("Room Leader", "Busy Bees Nursery", "Norwich", "Feb 2020 – Present", (2020, 2), None, [
                "Lead the pre-school room of 24 children and 4 practitioners",
                "Key person for 8 children, including 2 with SEND",
            ]),
            Job("Nursery Practitioner", "Little Acorns Pre-School", "Wymondham", "Sep 2016 – Jan 2020",
                (2016, 9),
                (2020, 1), ["Planned activities following the EYFS framework"]),
        ],
        schools=[School("CACHE Level 3 Diploma for the Early Years Workforce", "City College Norwich",
                        "Norwich", "2014 – 2016")],
        skills=["EYFS", "Safeguarding", "Paediatric first aid", "SEND support", "Observation and assessment"],
        certs=["Paediatric First Aid (12 hour)", "Safeguarding Level 2"],
        skills_truth=("EYFS", "Safeguarding", "Paediatric first aid", "SEND", "Observation and assessment",
                      "Childcare"),
        headings=_h(summary="Personal Profile", experience="Employment History", skills="Key Skills",
                    certifications="Training"),
        layout=lx.textbox_sidebar,
    ),
    CV(
        id="g08-technician-caps-company-lines-pdf",
        name="Jack Thompson", shown_name="Jack Thompson", headline="Heavy Diesel Fitter",
        email="jack.thompson.fitter@bigpond.com", phone="0438 765 432", region="AU", location="Perth, WA",
        summary="Heavy diesel fitter with twelve years on mine sites across the Pilbara.",
        jobs=[
            Job("Heavy Diesel Fitter", "BHP", "Newman", "2018–2025", (2018, None), (2025, None), [
                "Maintain Caterpillar 793 haul trucks on a 2:1 FIFO roster",
                "Diagnose hydraulic and engine faults with CAT ET",
            ]),
            Job("Mechanical Fitter", "Rio Tinto", "Tom Price", "2013–2018", (2013, None), (2018, None), [
                "Serviced Komatsu excavators and dozers",
            ]),
            Job("Apprentice Mechanic", "WesTrac", "Perth", "2009–2013", (2009, None), (2013, None), [
                "Completed Certificate III in Mobile Plant Technology",
            ]),
        ],
        schools=[School("Certificate III in Heavy Commercial Vehicle Mechanical Technology",
                        "South Metropolitan TAFE", "Perth", "2009–2013")],
        skills=["Caterpillar", "Komatsu", "Hydraulics", "CAT ET", "Preventive maintenance"],
        certs=["HR Truck Licence", "Working at Heights"],
        skills_truth=("Caterpillar", "Komatsu", "Hydraulics", "CAT ET", "Preventive maintenance",
                      "Diagnostics", "HR Truck Licence", "Working at Heights"),
        headings=_h(summary="Career Summary", experience="Employment History", skills="Skills",
                    certifications="Tickets & Licences"),
        layout=lx.caps_company_lines,
    ),
]  # fmt: skip
