"""Career content per profession: roles, employers, bullet points and skills.

Skills inside bullets are written `{Like This}`: the renderer drops the braces and the
ground truth collects them, so the labels are what a human would tick, not what a parser finds.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Profession:
    key: str
    titles: tuple[str, ...]  # junior to senior
    employers: tuple[str, ...]
    bullets: tuple[str, ...]
    skills: tuple[str, ...]
    degrees: tuple[tuple[str, str], ...]  # (degree, field)
    certifications: tuple[str, ...]
    summary: str


PROFESSIONS = {
    "software": Profession(
        "software",
        ("Junior Software Developer", "Software Engineer", "Senior Software Engineer", "Staff Engineer"),
        (
            "Northwind Labs",
            "Acme Corp",
            "Globex Technologies Inc.",
            "Initech",
            "Hooli",
            "Bluebird Software GmbH",
            "Pied Piper",
            "Cobalt Payments Ltd",
        ),
        (
            "Built {REST APIs} in {Python} and {FastAPI} serving 50K requests per day",
            "Reduced p95 latency by 38% by introducing {Redis} caching",
            "Migrated 14 services to {Kubernetes} on {AWS}, cutting hosting costs by $120K a year",
            "Designed the {PostgreSQL} schema for the billing platform",
            "Mentored 4 junior developers through {code review} and {pair programming}",
            "Introduced {Docker} based {CI/CD} pipelines that cut build times from 25 to 6 minutes",
            "Implemented a {React} and {TypeScript} dashboard used by 300 support agents",
            "Led the {incident management} rotation and wrote runbooks for 20 incident types",
            "Automated {integration testing}, raising coverage from 45% to 82%",
        ),
        ("Python", "Java", "Go", "SQL", "Git", "Linux", "Terraform", "GraphQL"),
        (("B.S.", "Computer Science"), ("BSc", "Software Engineering"), ("M.Sc.", "Computer Science")),
        ("AWS Certified Solutions Architect - Associate", "Certified Kubernetes Administrator (CKA)"),
        "Software engineer who builds reliable backend services and the tooling around them.",
    ),
    "nursing": Profession(
        "nursing",
        ("Staff Nurse", "Registered Nurse", "Charge Nurse", "Clinical Nurse Specialist"),
        (
            "St. Mary's Hospital",
            "Royal Infirmary NHS Trust",
            "Mercy General Hospital",
            "Sunrise Care Clinic",
            "Riverside Medical Center",
            "Kenyatta National Hospital",
        ),
        (
            "Provided {patient care} for up to 6 patients per shift on a 32-bed surgical ward",
            "Administered medications and {IV therapy} following hospital protocols",
            "Completed {patient assessment} and {care planning} for post-operative patients",
            "Trained 12 new nurses on {electronic health records} documentation",
            "Reduced patient falls by 25% by leading a ward safety initiative",
            "Coordinated discharge planning with physicians, social workers and families",
            "Performed {wound care} and monitored {vital signs} for high-acuity patients",
            "Responded to emergencies as a member of the rapid response team",
        ),
        ("Basic Life Support", "Infection Control", "Medication Administration", "Phlebotomy", "Triage"),
        (("Bachelor of Science in Nursing", ""), ("Diploma", "Nursing"), ("BSN", "")),
        ("Basic Life Support (BLS)", "Advanced Cardiovascular Life Support (ACLS)"),
        "Compassionate registered nurse with acute and surgical ward experience.",
    ),
    "finance": Profession(
        "finance",
        ("Junior Accountant", "Financial Analyst", "Senior Financial Analyst", "Finance Manager"),
        (
            "Barclays Bank PLC",
            "Deloitte LLP",
            "Meridian Capital Partners",
            "Harbor Insurance Group",
            "First Atlantic Bancorp",
            "KPMG",
        ),
        (
            "Built monthly {financial modeling} packs for a $40M business unit",
            "Prepared {budgeting and forecasting} models in {Excel} for 5 cost centres",
            "Cut {month-end close} from 10 to 6 days by automating {reconciliations} with {SQL}",
            "Presented {variance analysis} to the CFO and regional directors every quarter",
            "Supported {financial reporting} under {IFRS} for 3 subsidiaries",
            "Identified $1.2M of savings through vendor contract reviews",
            "Managed {accounts payable} for 400+ suppliers",
        ),
        ("Accounting", "Financial Analysis", "Power BI", "SAP", "VBA"),
        (("BA", "Economics"), ("B.Com", "Accounting and Finance"), ("MBA", "Finance")),
        ("Chartered Financial Analyst (CFA) Level II", "ACCA"),
        "Finance professional focused on planning, reporting and analysis.",
    ),
    "marketing": Profession(
        "marketing",
        ("Marketing Assistant", "Marketing Coordinator", "Digital Marketing Manager", "Head of Marketing"),
        (
            "BrightPath Media",
            "Lumen Digital Agency",
            "Greenleaf Foods",
            "Orbit Studios",
            "Helios Retail Group",
        ),
        (
            "Grew organic traffic by 140% in 12 months through {SEO} and content planning",
            "Managed a $250K annual {Google Ads} budget with a 4.2x return on ad spend",
            "Launched {email marketing} campaigns in {Mailchimp} reaching 80,000 subscribers",
            "Ran {social media marketing} across 4 channels and doubled engagement",
            "Produced monthly reports in {Google Analytics} for the leadership team",
            "Coordinated 3 {product launches} with sales, design and PR agencies",
            "Wrote briefs and managed freelancers for 60+ blog posts",
        ),
        ("Content Marketing", "HubSpot", "Copywriting", "Market Research", "Brand Management"),
        (("BA", "Marketing"), ("Bachelor of Arts in Communications", ""), ("MSc", "Marketing Management")),
        ("Google Analytics Certification", "HubSpot Inbound Marketing Certification"),
        "Digital marketer who turns data into campaigns that grow audiences.",
    ),
    "teaching": Profession(
        "teaching",
        ("Teaching Assistant", "Teacher", "Mathematics Teacher", "Head of Department"),
        (
            "Lincoln High School",
            "Springfield Elementary School",
            "Greenwood Academy",
            "Gymnasium am Stadtpark",
            "Colegio San José",
        ),
        (
            "Taught mathematics to 5 classes of 28 students aged 11 to 16",
            "Designed {lesson planning} materials aligned with the national curriculum",
            "Raised pass rates in the final exams from 68% to 85% over two years",
            "Used {differentiated instruction} to support students with special educational needs",
            "Introduced {Google Classroom} for homework and feedback across the department",
            "Led {classroom management} training for 6 newly qualified teachers",
            "Organised an annual science fair with 150 participants",
        ),
        ("Curriculum Development", "Student Assessment", "Microsoft Office", "Special Education"),
        (("Bachelor of Education", "Mathematics"), ("B.Ed.", "Primary Education"), ("M.A.", "Education")),
        ("Qualified Teacher Status (QTS)", "TEFL Certificate"),
        "Dedicated teacher who makes mathematics approachable for every student.",
    ),
    "design": Profession(
        "design",
        ("Junior Designer", "Graphic Designer", "UX Designer", "Senior Product Designer"),
        ("Pixel & Co Studio", "Atelier Nord", "Helix Design Agency", "Nimbus Apps", "Fjord Interactive AB"),
        (
            "Redesigned the onboarding flow in {Figma}, lifting activation by 22%",
            "Ran 30+ {user research} interviews and turned findings into {personas}",
            "Built a {design system} of 120 components used by 5 product teams",
            "Created {wireframing} and {prototyping} deliverables for mobile and web apps",
            "Produced brand identities and print collateral in {Adobe Illustrator} and {Adobe Photoshop}",
            "Led {usability testing} sessions that cut support tickets by 18%",
            "Collaborated with engineers to ship 4 releases per quarter",
        ),
        ("Sketch", "Adobe InDesign", "Typography", "Information Architecture", "HTML", "CSS"),
        (("BFA", "Graphic Design"), ("BA", "Interaction Design"), ("MA", "Visual Communication")),
        ("Google UX Design Certificate", "Nielsen Norman Group UX Certification"),
        "Product designer who pairs research with clean, accessible interfaces.",
    ),
    "sales": Profession(
        "sales",
        ("Sales Representative", "Account Executive", "Senior Account Executive", "Regional Sales Manager"),
        (
            "Vertex Solutions Ltd",
            "Oracle",
            "Summit Industrial Supplies",
            "Atlas Logistics Group",
            "Salesforce",
        ),
        (
            "Exceeded annual quota by 132% with $2.4M in new revenue",
            "Built a pipeline of 90 enterprise accounts using {Salesforce}",
            "Closed the largest deal in the region, a 3-year contract worth $850K",
            "Ran {lead generation} campaigns that produced 40 qualified meetings a month",
            "Trained 8 new representatives in {negotiation} and {account management}",
            "Maintained 95% customer retention across a portfolio of 60 clients",
            "Presented product demos to C-level buyers",
        ),
        ("B2B Sales", "CRM", "Cold Calling", "Customer Relationship Management", "Forecasting"),
        (("BBA", "Business Administration"), ("BA", "Business Studies"), ("Bachelor of Commerce", "")),
        ("Certified Sales Professional (CSP)", "Salesforce Certified Administrator"),
        "Results-driven sales professional who builds long customer relationships.",
    ),
    "data": Profession(
        "data",
        ("Data Analyst", "Data Scientist", "Senior Data Scientist", "Lead Data Scientist"),
        ("Quantum Analytics Inc.", "DataBridge Solutions", "Rakuten", "Flipkart", "Zalando SE"),
        (
            "Built churn models with {scikit-learn} that saved $900K in annual revenue",
            "Wrote {SQL} pipelines feeding {dashboards} in {Tableau} for 200 users",
            "Trained {deep learning} models in {PyTorch} for product image classification",
            "Ran 25 {A/B testing} experiments and reported uplift to product managers",
            "Processed 2 TB of event data per day with {Apache Spark}",
            "Cut model training time by 60% by moving feature pipelines to {Airflow}",
            "Presented findings to stakeholders with {data visualization} in monthly reviews",
        ),
        ("Python", "R", "Pandas", "Statistics", "Machine Learning", "NumPy"),
        (("MSc", "Data Science"), ("B.Tech", "Computer Science"), ("PhD", "Statistics")),
        ("TensorFlow Developer Certificate", "Databricks Certified Data Engineer Associate"),
        "Data scientist who ships models that move business metrics.",
    ),
    "hr": Profession(
        "hr",
        ("HR Assistant", "HR Generalist", "Talent Acquisition Specialist", "HR Business Partner"),
        ("Emirates Group", "Unilever", "Mercado Libre", "Nexus Consulting", "Cedar Health Services"),
        (
            "Managed full-cycle {recruitment} for 45 roles per year",
            "Cut time-to-hire from 52 to 31 days by redesigning the interview process",
            "Ran {onboarding} for 120 new employees across 3 offices",
            "Administered {payroll} for 600 staff in {Workday}",
            "Advised managers on {employee relations} and performance cases",
            "Launched an engagement survey with an 87% response rate",
        ),
        ("Talent Acquisition", "Performance Management", "HRIS", "Labour Law", "Compensation and Benefits"),
        (
            ("BA", "Human Resource Management"),
            ("MA", "Psychology"),
            ("Bachelor of Business Administration", ""),
        ),
        ("SHRM Certified Professional (SHRM-CP)", "CIPD Level 5"),
        "People-focused HR professional who builds fair and efficient processes.",
    ),
    "mechanical": Profession(
        "mechanical",
        ("Graduate Engineer", "Mechanical Engineer", "Senior Mechanical Engineer", "Engineering Manager"),
        ("Bosch", "Magna International", "Siemens AG", "Tata Motors", "Northstar Aerospace"),
        (
            "Designed injection-moulded housings in {SolidWorks}, reducing part count by 30%",
            "Ran {finite element analysis} in {ANSYS} on brackets and load-bearing frames",
            "Led {root cause analysis} that cut warranty returns by 15%",
            "Produced {GD&T} drawings for 40 parts released to production",
            "Managed {supplier qualification} for 12 machined components",
            "Introduced {lean manufacturing} practices that saved 1,800 labour hours a year",
        ),
        ("AutoCAD", "CATIA", "MATLAB", "Six Sigma", "Product Development"),
        (("B.Eng.", "Mechanical Engineering"), ("M.Eng.", "Mechanical Engineering"), ("BSc", "Mechatronics")),
        ("Certified SolidWorks Professional (CSWP)", "Six Sigma Green Belt"),
        "Mechanical engineer who takes products from CAD to production.",
    ),
}
