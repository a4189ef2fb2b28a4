"""Fresh CVs, written after the held-out set had driven the fixes, in layouts neither set had:
labelled here before any of them was read back (same conventions as the held-out set)."""

from __future__ import annotations

from functools import partial

from tests.cv_corpus.fresh import docx_layouts as dx
from tests.cv_corpus.fresh import pdf_layouts as px
from tests.cv_corpus.heldout.model import CV, Job, School

EN = {
    "summary": "Summary", "experience": "Experience", "education": "Education", "skills": "Skills",
    "languages": "Languages", "certifications": "Certifications",
}  # fmt: skip


def _h(**changes: str) -> dict[str, str]:
    return {**EN, **changes}


CVS: list[CV] = [
    CV(
        id="f01-newgrad-jakes-latex-pdf",
        name="Kevin Zhang", shown_name="Kevin Zhang", headline="",
        email="kzhang@umich.edu", phone="734-555-0187", region="US", location="Ann Arbor, MI",
        links=["linkedin.com/in/kevinzhang", "github.com/kzhang"],
        summary="",
        jobs=[
            Job("Software Engineering Intern", "Stripe", "Seattle, WA", "May 2024 – Aug. 2024", (2024, 5),
                (2024, 8), [
                "Built a Go service that batches webhook retries, cutting failed deliveries by 12%",
                "Added Prometheus metrics and Grafana dashboards for the retry queue",
            ]),
            Job("Undergraduate Research Assistant", "University of Michigan", "Ann Arbor, MI",
                "Sep. 2022 – Present", (2022, 9), None, [
                "Trained PyTorch models for traffic sign detection on a 40,000-image dataset",
                "Wrote data pipelines in Python and pandas for the lab's driving simulator",
            ]),
            Job("Teaching Assistant, EECS 281", "University of Michigan", "Ann Arbor, MI",
                "Jan. 2023 – May 2023", (2023, 1), (2023, 5), [
                "Held office hours on data structures and algorithms in C++ for 600 students",
            ]),
        ],
        schools=[School("Bachelor of Science in Computer Science", "University of Michigan", "Ann Arbor, MI",
                        "Aug. 2021 – May 2025")],
        skills={"Languages": ["Python", "Go", "C++", "Java", "SQL", "JavaScript"],
                "Frameworks": ["React", "Flask", "PyTorch", "pandas"],
                "Developer Tools": ["Git", "Docker", "Kubernetes", "Prometheus", "Grafana"]},
        skills_truth=("Python", "Go", "C++", "Java", "SQL", "JavaScript", "React", "Flask", "PyTorch",
                      "pandas", "Git", "Docker", "Kubernetes", "Prometheus", "Grafana",
                      "Data structures", "Algorithms"),
        headings=_h(skills="Technical Skills"),
        extra={"Projects": [
            "Trailhead | React, Flask, PostgreSQL — Jan. 2024 – Apr. 2024",
            "Hiking route planner with elevation profiles; 2,000 monthly users",
        ]},
        layout=px.jakes,
    ),
    CV(
        id="f02-product-awesome-cv-pdf",
        name="Sofia Rossi", shown_name="Sofia Rossi", headline="Senior Product Manager · Fintech",
        email="sofia.rossi@pm.me", phone="+39 347 123 4567", region="IT", location="Milan, Italy",
        links=["linkedin.com/in/sofiarossi"],
        summary="Product manager who ships payment products that people trust: eight years across "
        "banking apps and merchant tools, comfortable with SQL, discovery and hard trade-offs.",
        jobs=[
            Job("Senior Product Manager", "Satispay", "Milan, Italy", "Feb. 2021 - Present",
                (2021, 2), None, [
                "Lead the merchant onboarding squad: KYC time cut from 3 days to 4 hours",
                "Run discovery interviews and A/B tests with Amplitude",
            ]),
            Job("Product Manager", "Intesa Sanpaolo", "Milan, Italy", "Jun. 2018 - Jan. 2021", (2018, 6),
                (2021, 1), ["Owned the card controls features in the mobile banking app (6M users)"]),
            Job("Business Analyst", "Accenture", "Rome, Italy", "Sep. 2016 - May 2018",
                (2016, 9), (2018, 5), [
                "Wrote user stories and SQL reports for a core banking migration",
            ]),
        ],
        schools=[School("MSc in Management Engineering", "Politecnico di Milano", "Milan, Italy",
                        "Sep. 2014 - Jul. 2016")],
        skills=["Product discovery", "Roadmapping", "SQL", "Amplitude", "Jira", "A/B testing", "KYC"],
        languages=["Italian (native)", "English (C2)", "Spanish (B1)"],
        skills_truth=("Product discovery", "Roadmapping", "SQL", "Amplitude", "Jira", "A/B testing", "KYC",
                      "User stories", "Italian", "English", "Spanish"),
        headings=_h(summary="Summary", experience="Experience", education="Education", skills="Skills"),
        layout=px.awesome,
    ),
    CV(
        id="f03-pharmacist-photo-table-docx",
        name="Rachel Adeyemi", shown_name="Rachel Adeyemi", headline="Community Pharmacist",
        email="rachel.adeyemi@icloud.com", phone="07584 221 930", region="GB", location="Leeds",
        summary="GPhC-registered pharmacist with nine years in community pharmacy, running busy branches "
        "and clinical services such as flu vaccination and NHS Pharmacy First.",
        jobs=[
            Job("Pharmacist Manager", "Boots UK", "Leeds", "Oct 2020 – Present", (2020, 10), None, [
                "Manage a team of 11 and a branch dispensing 9,000 items a month",
                "Deliver flu vaccination and Pharmacy First consultations",
            ]),
            Job("Relief Pharmacist", "Well Pharmacy", "Yorkshire", "Aug 2017 – Sep 2020", (2017, 8),
                (2020, 9), ["Covered 25 branches; clinical checks and medicines use reviews"]),
            Job("Pre-registration Pharmacist", "Lloydspharmacy", "Bradford", "Jul 2016 – Jul 2017", (2016, 7),
                (2017, 7), ["Completed the GPhC pre-registration year"]),
        ],
        schools=[School("MPharm (Hons) Pharmacy", "University of Bradford", "Bradford", "2012 – 2016")],
        skills=["Clinical checks", "Vaccination", "Medicines optimisation", "Team management", "PMR systems"],
        certs=["GPhC registration 2078123", "Independent Prescriber (V300)"],
        skills_truth=("Clinical checks", "Vaccination", "Medicines optimisation", "Team management",
                      "Dispensing", "Pharmacy", "Independent Prescriber"),
        headings=_h(summary="Personal Statement", experience="Employment", skills="Key Skills",
                    certifications="Registration"),
        layout=dx.photo_table,
    ),
    CV(
        id="f04-marketing-timeline-cells-after-pdf",
        name="Hannah Schmidt", shown_name="Hannah Schmidt", headline="Growth Marketing Lead",
        email="hannah.schmidt@posteo.net", phone="+49 176 98765432", region="DE", location="Munich, Germany",
        summary="Growth marketer for consumer apps: paid social, lifecycle and experimentation.",
        jobs=[
            Job("Growth Marketing Lead", "Flixbus", "Munich", "2021 – now", (2021, None), None, [
                "Own a EUR 4M paid social budget across Meta and TikTok",
                "Built lifecycle journeys in Braze that lifted rebookings by 9%",
            ]),
            Job("Performance Marketing Manager", "Personio", "Munich", "2018 – 2021", (2018, None),
                (2021, None), ["Scaled Google Ads and LinkedIn Ads for B2B lead generation"]),
            Job("Marketing Analyst", "Rocket Internet", "Berlin", "2016 – 2018", (2016, None), (2018, None), [
                "Built marketing attribution reports in SQL and Tableau",
            ]),
        ],
        schools=[School("MSc Marketing", "Ludwig-Maximilians-Universität München", "Munich", "2014 – 2016")],
        skills=["Paid social", "Google Ads", "Braze", "SQL", "Tableau", "A/B testing", "SEO"],
        languages=["German (native)", "English (fluent)"],
        skills_truth=("Paid social", "Google Ads", "Braze", "SQL", "Tableau", "A/B testing", "SEO",
                      "LinkedIn Ads", "Lifecycle marketing", "Lead generation", "Attribution", "German",
                      "English"),
        headings=_h(summary="Profile", experience="Work experience"),
        layout=px.timeline_cells_after,
    ),
    CV(
        id="f05-logistics-topbar-right-column-rows-pdf",
        name="Mohammed Al-Farsi", shown_name="Mohammed Al-Farsi", headline="Supply Chain Manager",
        email="m.alfarsi@outlook.com", phone="+971 55 234 5678", region="AE", location="Abu Dhabi, UAE",
        summary="Supply chain manager with twelve years in retail and oil & gas logistics across the GCC.",
        jobs=[
            Job("Supply Chain Manager", "ADNOC Logistics & Services", "Abu Dhabi", "Jan 2019 – Present",
                (2019, 1), None, [
                "Run inbound logistics for 300 suppliers and 4 warehouses",
                "Rolled out SAP EWM and cut stock-outs by 22%",
            ]),
            Job("Logistics Supervisor", "Majid Al Futtaim", "Dubai", "Mar 2015 – Dec 2018", (2015, 3),
                (2018, 12), ["Managed distribution to 45 hypermarkets with a fleet of 60 trucks"]),
            Job("Warehouse Coordinator", "Aramex", "Dubai", "Jun 2012 – Feb 2015", (2012, 6), (2015, 2), [
                "Coordinated cross-docking and customs clearance",
            ]),
        ],
        schools=[School("BSc Industrial Engineering", "American University of Sharjah", "Sharjah",
                        "2008 – 2012")],
        skills=["SAP EWM", "Demand planning", "Inventory optimisation", "Procurement", "Power BI"],
        certs=["CSCP (APICS)"],
        languages=["Arabic", "English", "Hindi"],
        skills_truth=("SAP EWM", "Demand planning", "Inventory optimisation", "Procurement", "Power BI",
                      "Customs clearance", "Cross-docking", "CSCP", "Arabic", "English", "Hindi"),
        headings=_h(summary="Profile", experience="Professional Experience"),
        layout=px.topbar_right_column,
    ),
    CV(
        id="f06-pharmacist-heading-styles-grid-docx",
        name="Daniel Okoro", shown_name="Daniel Okoro", headline="Hospital Pharmacist",
        email="daniel.okoro@gmail.com", phone="+234 802 555 1234", region="NG", location="Abuja, Nigeria",
        summary="Hospital pharmacist focused on antimicrobial stewardship and clinical pharmacy.",
        jobs=[
            Job("Senior Pharmacist", "National Hospital Abuja", "Abuja", "March 2020 – Present",
                (2020, 3), None, [
                "Lead the antimicrobial stewardship programme across 12 wards",
                "Train house officers on dosing and drug interactions",
            ]),
            Job("Pharmacist", "Lagos University Teaching Hospital", "Lagos", "February 2016 – February 2020",
                (2016, 2), (2020, 2), ["Dispensed and reviewed prescriptions in the oncology unit"]),
        ],
        schools=[School("Doctor of Pharmacy (PharmD)", "University of Ibadan", "Ibadan", "2009 – 2015")],
        skills=["Antimicrobial stewardship", "Clinical pharmacy", "Aseptic compounding", "Pharmacovigilance",
                "Medication review", "Microsoft Excel"],
        certs=["Pharmacists Council of Nigeria (PCN) licence"],
        languages=["English", "Yoruba", "Igbo"],
        skills_truth=("Antimicrobial stewardship", "Clinical pharmacy", "Aseptic compounding",
                      "Pharmacovigilance", "Medication review", "Microsoft Excel", "Oncology", "English",
                      "Yoruba", "Igbo"),
        headings=_h(summary="Profile", experience="Work Experience", skills="Core Skills",
                    certifications="Licences"),
        layout=dx.heading_styles_grid,
    ),
    CV(
        id="f07-nurse-spanish-pdf",
        name="Lucía Martín García", shown_name="Lucía Martín García", headline="Enfermera",
        email="lucia.martin.garcia@gmail.com", phone="+34 655 432 109", region="ES", location="Valencia",
        summary="Enfermera con diez años de experiencia en urgencias y cuidados intensivos.",
        jobs=[
            Job("Enfermera de UCI", "Hospital Universitario La Fe", "Valencia", "Marzo 2018 – Actualidad",
                (2018, 3), None, [
                "Cuidados a pacientes críticos con ventilación mecánica",
                "Formación de enfermeras de nueva incorporación",
            ]),
            Job("Enfermera de urgencias", "Hospital Clínico Universitario", "Valencia",
                "ene. 2015 – feb. 2018",
                (2015, 1), (2018, 2), ["Triaje Manchester y atención a pacientes politraumatizados"]),
        ],
        schools=[School("Grado en Enfermería", "Universitat de València", "Valencia", "2010 – 2014")],
        skills=["Cuidados intensivos", "Triaje", "Ventilación mecánica", "Soporte vital avanzado"],
        languages=["Español (nativo)", "Valenciano (nativo)", "Inglés (B2)"],
        skills_truth=("Cuidados intensivos", "Triaje", "Ventilación mecánica", "Soporte vital avanzado",
                      "Spanish", "English"),
        headings={"summary": "Perfil", "experience": "Experiencia profesional",
                  "education": "Formación académica", "skills": "Habilidades", "languages": "Idiomas",
                  "certifications": "Certificaciones"},
        layout=partial(px.simple, lang="es"),
    ),
    CV(
        id="f08-developer-portuguese-docx",
        name="Thiago Oliveira Santos", shown_name="Thiago Oliveira Santos", headline="Desenvolvedor Back-end",
        email="thiago.santos.dev@gmail.com", phone="(11) 98765-4321", region="BR", location="São Paulo, SP",
        summary="Desenvolvedor back-end com sete anos de experiência em Java, Kotlin e microsserviços.",
        jobs=[
            Job("Desenvolvedor Back-end Sênior", "Nubank", "São Paulo, SP", "Jan/2021 – Atual",
                (2021, 1), None, [
                "Desenvolvimento de microsserviços em Kotlin e Clojure",
                "Observabilidade com Datadog e Kafka",
            ]),
            Job("Desenvolvedor Java", "iFood", "Osasco, SP", "Mar/2018 – Dez/2020", (2018, 3), (2020, 12), [
                "APIs REST em Java e Spring Boot; banco de dados PostgreSQL",
            ]),
        ],
        schools=[School("Bacharelado em Ciência da Computação", "Universidade de São Paulo", "São Paulo",
                        "2013 – 2017")],
        skills=["Java", "Kotlin", "Spring Boot", "Kafka", "PostgreSQL", "AWS", "Docker"],
        languages=["Português (nativo)", "Inglês (avançado)", "Espanhol (intermediário)"],
        skills_truth=("Java", "Kotlin", "Spring Boot", "Kafka", "PostgreSQL", "AWS", "Docker", "Clojure",
                      "Datadog", "Microservices", "REST APIs", "Portuguese", "English", "Spanish"),
        headings={"summary": "Resumo", "experience": "Experiência Profissional", "education": "Formação",
                  "skills": "Competências", "languages": "Idiomas", "certifications": "Certificações"},
        layout=dx.portuguese,
    ),
    CV(
        id="f09-economist-academic-two-pages-pdf",
        name="Aditi Krishnan", shown_name="Aditi Krishnan", headline="Assistant Professor of Economics",
        email="akrishnan@econ.ucla.edu", phone="(310) 825-1011", region="US", location="Los Angeles, CA",
        summary="",
        jobs=[
            Job("Assistant Professor of Economics", "University of California, Los Angeles",
                "Los Angeles, CA",
                "2020–present", (2020, None), None, []),
            Job("Postdoctoral Fellow", "Princeton University", "Princeton, NJ", "2018–2020", (2018, None),
                (2020, None), []),
            Job("Research Assistant", "Federal Reserve Bank of New York", "New York, NY", "2011–2013",
                (2011, None), (2013, None), []),
        ],
        schools=[
            School("Ph.D. in Economics", "Massachusetts Institute of Technology", "Cambridge, MA",
                "2013–2018"),
            School("B.A. in Economics and Mathematics", "Stanford University", "Stanford, CA", "2007–2011"),
        ],
        skills=["Stata", "R", "Python", "MATLAB", "Causal inference", "Econometrics"],
        extra={
            "Publications": [
                "Krishnan, A. (2023). Credit Access and Small Firms. American Economic Review 113(4): "
                "1021–1060.",
                "Krishnan, A. and Li, W. (2021). Bank Branches and Local Lending. Journal of Finance 76(2).",
                "Krishnan, A. (2019). Mobile Money in India. Journal of Development Economics 140: 1–18.",
            ],
            "Working Papers": [
                "Digital Payments and Household Savings (with R. Mehta), 2024.",
                "Branch Closures and Small Business Credit, 2023.",
                "Informal Lenders after Demonetisation (with S. Rao and T. Banerjee), 2022.",
            ],
            "Conference Presentations": [
                "2024 NBER Summer Institute, Corporate Finance",
                "2023 American Finance Association Annual Meeting",
                "2022 Econometric Society Asian Meeting",
                "2021 CEPR Development Economics Symposium",
            ],
            "Teaching": [
                "2021–present Econ 101: Principles of Microeconomics, UCLA",
                "2020–present Econ 241: Empirical Methods (PhD), UCLA",
            ],
            "Grants and Fellowships": [
                "2022 National Science Foundation CAREER grant",
                "2016–2018 Sloan Foundation Dissertation Fellowship",
            ],
        },
        skills_truth=("Stata", "R", "Python", "MATLAB", "Causal inference", "Econometrics"),
        headings=_h(experience="Employment", skills="Computational Skills"),
        layout=px.academic_two_pages,
    ),
    CV(
        id="f10-restaurant-infographic-right-blocks-pdf",
        name="Giulia Ferrari", shown_name="Giulia Ferrari", headline="Restaurant Manager",
        email="giulia.ferrari.rm@gmail.com", phone="+44 7711 203040", region="GB", location="Edinburgh, UK",
        summary="Restaurant manager running busy city-centre venues with high guest scores and tight labour "
        "costs.",
        jobs=[
            Job("Restaurant Manager", "The Kitchin", "Edinburgh", "Apr 2021 – Present", (2021, 4), None, [
                "Run front of house for a Michelin-starred 70-cover restaurant",
                "Cut labour cost to 28% of revenue with better rotas",
            ]),
            Job("Assistant Manager", "Dishoom", "Edinburgh", "May 2017 – Mar 2021", (2017, 5), (2021, 3), [
                "Led a team of 40 across breakfast, lunch and dinner services",
            ]),
            Job("Head Waiter", "Gleneagles Hotel", "Auchterarder", "Jun 2014 – Apr 2017",
                (2014, 6), (2017, 4), [
                "Trained new staff in wine service and upselling",
            ]),
        ],
        schools=[School("HND Hospitality Management", "Edinburgh College", "Edinburgh", "2012 – 2014")],
        skills=["Team leadership", "Rota planning", "Wine service", "Stock control", "Cash handling"],
        certs=["Personal Licence Holder", "Level 3 Food Safety"],
        languages=["Italian", "English"],
        skills_truth=("Team leadership", "Rota planning", "Wine service", "Stock control", "Cash handling",
                      "Labour cost", "Upselling", "Personal Licence", "Food Safety", "Italian", "English"),
        headings=_h(summary="About", experience="Experience", skills="Skills"),
        layout=px.infographic_right_blocks,
    ),
    CV(
        id="f11-operations-linkedin-promotions-docx",
        name="Ryan Murphy", shown_name="Ryan Murphy", headline="Senior Operations Manager at Amazon",
        email="ryan.murphy.ops@gmail.com", phone="+353 86 555 0199", region="IE", location="Dublin, Ireland",
        summary="Operations leader with eleven years in fulfilment and last-mile delivery.",
        jobs=[
            Job("Senior Operations Manager", "Amazon", "Dublin, Ireland", "Jan 2022 - Present",
                (2022, 1), None, [
                "Run a delivery station with 35 routes a day",
            ]),
            Job("Operations Manager", "Amazon", "Dublin, Ireland", "Mar 2019 - Dec 2021",
                (2019, 3), (2021, 12), [
                "Launched the Baldonnell delivery station",
            ]),
            Job("Shift Manager", "DHL Supply Chain", "Dublin, Ireland", "Sep 2014 - Feb 2019", (2014, 9),
                (2019, 2), ["Managed 80 associates on nights"]),
        ],
        schools=[School("BSc Business and Management", "Dublin City University", "Dublin", "2010 - 2014")],
        skills=["Last mile", "Lean", "Labour planning", "Safety"],
        skills_truth=("Last mile", "Lean", "Labour planning", "Safety"),
        headings=_h(summary="Summary", experience="Experience", skills="Top Skills"),
        layout=dx.linkedin_promotions,
    ),
    CV(
        id="f12-truck-driver-builder-pdf",
        name="Travis Coleman", shown_name="Travis Coleman", headline="",
        email="travis.coleman1985@gmail.com", phone="(405) 555-0133", region="US",
                    location="Oklahoma City, OK",
        summary="",
        jobs=[
            Job("CDL-A Truck Driver", "Werner Enterprises", "Oklahoma City, OK", "June 2019 to Present",
                (2019, 6),
                None, [
                "Drive regional routes across OK, TX and KS with 100% on-time delivery",
                "Keep electronic logs (ELD) and pre-trip inspections",
            ]),
            Job("Delivery Driver", "UPS", "Norman, OK", "March 2015 to May 2019", (2015, 3), (2019, 5), [
                "Delivered 150 packages a day on a residential route",
            ]),
        ],
        schools=[School("High school diploma", "Moore High School", "Moore, OK", "August 2000 to May 2003")],
        skills=["CDL Class A (5 years)", "Hazmat endorsement (3 years)", "ELD (5 years)",
                "Forklift (2 years)"],
        certs=["CDL Class A"],
        skills_truth=("CDL Class A", "Hazmat", "ELD", "Forklift", "Pre-trip inspections"),
        headings=_h(experience="Work Experience", skills="Skills",
                    certifications="Certifications and Licenses"),
        layout=px.builder,
    ),
]  # fmt: skip
