"""Words that mark a job title or an organisation, to tell the two apart in entry headers."""

from __future__ import annotations

import re

_TITLE_WORDS = {
    "engineer", "developer", "programmer", "architect", "scientist", "analyst", "manager", "director",
    "lead", "head", "chief", "officer", "president", "vp", "cto", "ceo", "cfo", "coo", "founder",
    "co-founder", "intern", "internship", "trainee", "apprentice", "consultant", "specialist",
    "coordinator", "assistant", "associate", "administrator", "technician", "supervisor", "executive",
    "representative", "accountant", "auditor", "controller", "nurse", "rn", "practitioner", "physician",
    "therapist", "pharmacist", "teacher", "tutor", "lecturer", "professor", "instructor", "educator",
    "designer", "writer", "editor", "strategist", "marketer", "recruiter", "partner", "owner",
    "agent", "advisor", "adviser", "planner", "buyer", "clerk", "cashier", "receptionist", "operator",
    "mechanic", "electrician", "chef", "researcher", "fellow", "postdoc", "student",
    "volunteer", "freelancer", "freelance", "contractor", "sre", "devops", "qa", "tester", "secretary",
    "paralegal", "attorney", "lawyer", "counsel", "banker", "trader", "underwriter", "copywriter",
    "illustrator", "photographer", "producer", "principal", "staff", "senior", "junior", "sr", "jr",
    "member", "dean", "caregiver", "midwife", "paramedic", "dentist", "surgeon", "scrum",
    "product", "coach", "mentor", "bookkeeper", "merchandiser", "salesperson", "account",
    # Everyday roles of hospitality, care, trades, logistics, science and the media; not those that
    # are common surnames too (Baker, Cook, Porter, Carpenter, Driver...), which would hide names.
    "translator", "interpreter", "bartender", "barista", "waiter", "waitress", "server", "housekeeper",
    "concierge", "sommelier", "stewardess", "attendant", "carer", "aide", "cleaner", "janitor",
    "custodian", "courier", "dispatcher", "picker", "packer", "operative", "labourer", "laborer",
    "plumber", "welder", "machinist", "bricklayer", "plasterer", "roofer", "superintendent",
    "surveyor", "estimator", "inspector", "hygienist", "radiographer", "sonographer", "phlebotomist",
    "optometrist", "dietitian", "nutritionist", "psychologist", "counsellor", "counselor", "librarian",
    "archivist", "curator", "journalist", "reporter", "animator", "economist", "statistician", "actuary",
    "chemist", "biologist", "physicist", "geologist", "technologist", "nanny", "worker",
    # The same roles in German, French, Spanish, Portuguese and Italian CVs.
    "entwickler", "entwicklerin", "ingenieur", "ingenieurin", "leiter", "leiterin", "managerin",
    "referent", "referentin", "sachbearbeiter", "sachbearbeiterin", "werkstudent", "praktikant",
    "praktikantin", "berater", "beraterin", "lehrer", "lehrerin", "buchhalter", "buchhalterin",
    "krankenschwester", "pflegefachkraft", "arzt", "ärztin", "apotheker", "apothekerin", "koch",
    "köchin", "verkäufer", "verkäuferin", "fahrer", "mechaniker", "elektriker", "développeur",
    "développeuse", "ingénieur", "ingénieure", "chargé", "chargée", "responsable", "directeur",
    "directrice", "comptable", "infirmier", "infirmière", "professeur", "enseignant", "enseignante",
    "stagiaire", "vendeur", "vendeuse", "cuisinier", "cuisinière", "technicien", "technicienne",
    "pharmacien", "pharmacienne", "médecin", "avocat", "avocate", "chauffeur", "desarrollador",
    "desarrolladora", "ingeniero", "ingeniera", "jefe", "jefa", "gerente", "directora",
    "coordinador", "coordinadora", "contable", "contador", "contadora", "enfermero", "enfermera",
    "profesor", "profesora", "maestro", "maestra", "becario", "becaria", "vendedor", "vendedora",
    "cocinero", "cocinera", "técnico", "técnica", "auxiliar", "farmacéutico", "farmacéutica",
    "abogado", "abogada", "camarero", "camarera", "desenvolvedor", "desenvolvedora", "engenheiro",
    "engenheira", "analista", "diretor", "diretora", "coordenador", "coordenadora", "gestor",
    "gestora", "consultor", "consultora", "enfermeiro", "enfermeira", "estagiário", "estagiária",
    "professora", "advogado", "advogada", "sviluppatore", "ingegnere", "responsabile", "direttore",
    "impiegato", "impiegata", "commesso", "commessa", "infermiere", "infermiera", "sênior", "júnior",
}  # fmt: skip
_ORG_WORDS = {
    "inc", "inc.", "ltd", "ltd.", "llc", "llp", "plc", "gmbh", "ag", "s.a.", "sas", "sarl", "bv",
    "b.v.", "corp", "corp.", "corporation", "co.", "company", "group", "bank", "hospital", "clinic",
    "school", "academy", "university", "college", "institute", "agency", "studio", "studios",
    "partners", "solutions", "technologies", "labs", "systems", "consulting", "capital", "holdings",
    "industries", "foundation", "trust", "council", "ministry", "centre", "center",
    "pvt", "limited", "ventures", "networks", "pharma", "motors", "airlines", "insurance", "nhs",
    "kg", "ltda", "s.p.a.", "spa", "oy", "nv", "pty", "district", "associates", "bancorp",
    "colegio", "escuela", "escola", "gymnasium", "lycée", "lycee", "schule", "universidad", "universidade",
    "université", "universität", "hôpital", "klinikum", "krankenhaus", "ospedale", "banco",
    "università", "politecnico", "universiteit", "hogeschool", "universitet", "högskola", "uniwersytet",
    "politechnika", "akademia", "univerzita", "egyetem", "universitatea", "hochschule", "fachhochschule",
}  # fmt: skip
# Words found in company names and in job titles alike ("Acme Software", "Software Engineer").
_WEAK_ORG_WORDS = {
    "software", "media", "digital", "health", "healthcare", "services", "technology", "lab", "global",
    "international", "national", "county", "city", "state", "co", "sa", "se", "ab", "as", "department",
}  # fmt: skip
_WORD = re.compile(r"[\w.&'-]+")


def _tokens(text: str) -> list[str]:
    return [w.lower().strip(",") for w in _WORD.findall(text)]


def title_score(text: str) -> float:
    """1 when the phrase ends with a role word ("Registered Nurse"), less when one is inside it."""
    tokens = [t.strip(".") for t in _tokens(text)]
    if not tokens:
        return 0.0
    if tokens[-1] in _TITLE_WORDS:
        return 1.0
    return 0.5 * sum(t in _TITLE_WORDS for t in tokens) / len(tokens)


def org_score(text: str) -> float:
    """1 for a clear organisation marker (Inc, GmbH, Hospital...), 0.5 for a word that may be one."""
    tokens = _tokens(text)
    if any(t in _ORG_WORDS for t in tokens):
        return 1.0
    return 0.5 if any(t in _WEAK_ORG_WORDS for t in tokens) else 0.0
