"""Test setup for matching: analysed CV rows written straight into the database (until CV upload lands)."""

from __future__ import annotations

import hashlib
import uuid
from datetime import date

from sqlalchemy import insert

from jobwise.ai.blind import blind_text
from jobwise.ai.cv import analyze_cv
from jobwise.ai.embeddings import BuiltinEmbedder, to_bytes
from jobwise.cvs.models import CV
from tests.conftest import Database

_embedder = BuiltinEmbedder()

BACKEND_CV = """Jonas Weber
jonas.weber@example.com | +49 30 1234567 | Berlin, Germany

Summary
Backend engineer building Python services and APIs.

Experience
Senior Backend Engineer, Datenfluss GmbH, Berlin
January 2018 - Present
- Built REST APIs in Python with FastAPI and Django on PostgreSQL
- Ran services on Kubernetes and Docker, infrastructure in Terraform on AWS
- Introduced CI/CD pipelines and code review practices

Backend Developer, Shopwerk AG, Hamburg
March 2015 - December 2017
- Developed Java and Python microservices, Redis caching, RabbitMQ messaging

Skills
Python, Django, FastAPI, PostgreSQL, Redis, Docker, Kubernetes, Terraform, AWS, Git, Linux

Education
BSc Computer Science, TU Berlin, 2011 - 2015
"""

NURSE_CV = """Maria Lopez
maria.lopez@example.com | +34 600 123 456 | Madrid, Spain

Summary
Registered nurse with intensive care and emergency experience.

Experience
Registered Nurse, Hospital Universitario La Paz, Madrid
June 2016 - Present
- Patient care in the intensive care unit, medication administration and wound care
- Triage in the emergency department, patient assessment and care planning
- Trained new nurses on infection control and electronic health records

Staff Nurse, Clinica San Rafael, Madrid
September 2013 - May 2016
- Post-operative care, vital signs monitoring, patient education

Skills
Patient care, Triage, Medication administration, Wound care, Infection control, BLS, ACLS,
Electronic health records, Critical care

Education
Bachelor of Nursing, Universidad Complutense de Madrid, 2009 - 2013
"""

ACCOUNTANT_CV = """Peter Novak
peter.novak@example.com | +420 777 123 456 | Prague, Czech Republic

Summary
Chartered accountant focused on financial reporting and audit.

Experience
Senior Accountant, Vltava Holdings, Prague
February 2017 - Present
- Month-end and year-end close, general ledger, accounts payable and receivable
- Prepared financial statements under IFRS, tax returns and VAT reporting
- Supported external audit, reconciliations and budgeting in SAP and Excel

Accountant, Moravia Audit s.r.o., Brno
July 2013 - January 2017
- Audit of financial statements, bookkeeping, payroll

Skills
Financial reporting, IFRS, General ledger, Reconciliation, Budgeting, Audit, Tax, SAP, Excel

Education
MSc Accounting and Finance, Charles University, 2008 - 2013
"""

DESIGNER_CV = """Sofie Jensen
sofie.jensen@example.com | +45 20 12 34 56 | Copenhagen, Denmark

Summary
Product designer crafting user interfaces and design systems.

Experience
Senior Product Designer, Nordlys Apps, Copenhagen
April 2019 - Present
- Designed mobile and web user interfaces in Figma, built and maintained the design system
- Ran user research, usability testing and prototyping with product teams
- Wireframes, interaction design and visual design for onboarding flows

UX Designer, Studio Hav, Aarhus
August 2016 - March 2019
- User experience design, Sketch and Adobe Creative Suite, accessibility reviews

Skills
Figma, Sketch, Adobe XD, Photoshop, Illustrator, User research, Usability testing, Prototyping,
Wireframing, Design systems, Interaction design

Education
BA Visual Communication, Royal Danish Academy, 2012 - 2016
"""

CV_TEXTS = {"backend": BACKEND_CV, "nurse": NURSE_CV, "accountant": ACCOUNTANT_CV, "designer": DESIGNER_CV}


async def insert_cv(database: Database, user_id: str, text: str) -> str:
    """An analysed ("completed") CV row for `user_id`, embedded like the analysis pipeline does."""
    analysis = analyze_cv(text, today=date(2026, 11, 22))
    name = analysis.parsed_content.contact.name
    vector = (await _embedder.embed([blind_text(text, names=[name] if name else [])]))[0]
    cv_id = uuid.uuid4()
    async with database.engine.begin() as connection:
        await connection.execute(
            insert(CV).values(
                id=cv_id,
                user_id=uuid.UUID(user_id),
                filename="cv.pdf",
                content_type="pdf",
                size_bytes=len(text),
                sha256=hashlib.sha256(text.encode()).hexdigest(),
                storage_key=f"test/{cv_id}",
                is_active=True,
                status="completed",
                attempts=1,
                raw_text=text,
                parsed_content=analysis.parsed_content.model_dump(mode="json"),
                summary=analysis.summary,
                extracted_skills=analysis.extracted_skills,
                total_experience_years=analysis.total_experience_years,
                engine="builtin",
                embedding=to_bytes(vector),
                embedding_model=_embedder.model,
                embedding_dim=_embedder.dimension,
            )
        )
    return str(cv_id)
