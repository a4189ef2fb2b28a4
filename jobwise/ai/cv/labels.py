"""Labelled CVs: Europass (2004-2012, in English and five translations) and form-like CVs that
put "Designation:", "Employer:", "Duration:" before each value.

Their entries are rewritten into the shapes the other parsers read: "Title | Employer | Dates"
with the duties as bullets below, "Qualification | School | Dates", "Phone: ...",
"Languages: ..." Personal data (nationality, birth date) and sector lines are left out.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from jobwise.ai.cv.sections import heading_kind

# Field -> labels. Europass labels name a field even without a colon once a CV uses several.
_EUROPASS: dict[str, tuple[str, ...]] = {
    "name": (
        "first name(s) / surname(s)", "surname(s) / first name(s)", "first name / surname",
        "surname / first name",
        "nachname(n) / vorname(n)", "vorname(n) / nachname(n)", "nom(s) / prénom(s)", "prénom(s) / nom(s)",
        "apellido(s) / nombre(s)", "nombre(s) / apellido(s)", "cognome(i) / nome(i)", "nome(i) / cognome(i)",
    ),
    "address": (
        "address(es)", "address", "adresse(n)", "adresse(s)", "adresse", "anschrift", "dirección(es)",
        "dirección", "indirizzo(i)", "indirizzo", "morada(s)", "morada",
    ),
    "phone": (
        "telephone(s)", "telephone", "telefon", "téléphone(s)", "téléphone", "teléfono(s)", "telefono(i)",
    ),
    "email": ("e-mail", "email", "courriel"),
    "dates": ("dates", "zeitraum", "fechas", "date", "datas"),
    "title": (
        "occupation or position held", "beruf oder funktion", "fonction ou poste occupé",
        "profesión o cargo desempeñado", "lavoro o posizione ricoperti", "função ou cargo ocupado",
    ),
    "duties": (
        "main activities and responsibilities", "wichtigste tätigkeiten und zuständigkeiten",
        "principales activités et responsabilités", "funciones y responsabilidades principales",
        "principali attività e responsabilità", "principais actividades e responsabilidades",
    ),
    "employer": (
        "name and address of employer", "name und adresse des arbeitgebers", "nom et adresse de l'employeur",
        "nombre y dirección de la empresa o empleador", "nome e indirizzo del datore di lavoro",
        "nome e morada do empregador",
    ),
    "qualification": (
        "title of qualification awarded", "bezeichnung der erworbenen qualifikation",
        "intitulé du certificat ou diplôme délivré", "cualificación obtenida", "qualifica conseguita",
        "designação da qualificação atribuída",
    ),
    "school": (
        "name and type of organisation providing education and training",
        "name and type of organization providing education and training",
        "name und art der bildungs- oder ausbildungseinrichtung",
        "nom et type de l'établissement d'enseignement ou de formation",
        "nombre y tipo del centro de estudios",
        "nome e tipo d'organizzazione erogatrice dell'istruzione e formazione",
        "nome e tipo da organização de ensino ou formação",
    ),
    "languages": (
        "mother tongue(s)", "other language(s)", "muttersprache(n)", "weitere sprache(n)",
        "langue(s) maternelle(s)", "autre(s) langue(s)", "lengua(s) materna(s)", "otro(s) idioma(s)",
        "madrelingua", "altre lingue", "língua(s) materna(s)", "outra(s) língua(s)",
    ),
    "skills": (
        "technical skills and competences", "computer skills and competences",
        "technical skills and competencies", "computer skills and competencies", "digital skills",
    ),
    "drop": (
        "nationality", "date of birth", "gender", "sex", "fax(es)", "staatsangehörigkeit", "geburtsdatum",
        "nationalité", "date de naissance", "nacionalidad", "fecha de nacimiento",
        "type of business or sector", "tätigkeitsbereich oder branche", "type ou secteur d'activité",
        "tipo de empresa o sector", "principal subjects / occupational skills covered",
        "level in national or international classification",
        "desired employment / occupational field",
    ),
}  # fmt: skip
# Form labels count only with a colon: "Designation: SAP Consultant".
_FORM: dict[str, tuple[str, ...]] = {
    "title": ("designation", "position", "job title", "position held", "role"),
    "employer": ("employer", "company", "organization", "organisation", "company name"),
    "dates": ("duration", "period", "tenure"),
    "duties": (
        "responsibilities", "roles and responsibilities", "roles & responsibilities", "key responsibilities",
    ),
}  # fmt: skip
_MIN_LABELS = 3  # distinct Europass labels before bare ones (no colon) are trusted


_ENTRY_FIELDS = {"dates", "title", "duties", "employer", "qualification", "school"}
_PREFIX = {"address": "Address: ", "phone": "Phone: "}
_HEADING = {"languages": "Languages", "skills": "Skills"}  # values under their own heading


def _alternation(table: dict[str, tuple[str, ...]]) -> str:
    phrases = sorted((p for names in table.values() for p in names), key=len, reverse=True)
    return "|".join(r"\s*".join(map(re.escape, p.split())) for p in phrases)


_EUROPASS_LABEL = re.compile(rf"^({_alternation(_EUROPASS)})(?:\s*[:|]\s*|\s+|$)(.*)$", re.IGNORECASE)
_FORM_LABEL = re.compile(rf"^({_alternation(_FORM)})\s*[:|]\s*(.*)$", re.IGNORECASE)
_FIELD = {
    re.sub(r"\s+", "", p): name
    for table in (_FORM, _EUROPASS)
    for name, phrases in table.items()
    for p in phrases
}


@dataclass
class _Record:
    """One labelled work or education entry, filled field by field."""

    fields: dict[str, str] = field(default_factory=dict)
    duties: list[str] = field(default_factory=list)
    awaiting: str | None = None  # a label alone on its line(s): the value follows
    last: str | None = None

    def add(self, name: str, value: str) -> None:
        if name == "duties":
            self.duties.append(value)
        else:
            self.fields[name] = value
        self.awaiting, self.last = None, name

    def continue_duties(self, line: str) -> None:
        """Duties run on over several lines; a lower-case start continues the line before."""
        if line[:1].islower() and self.duties and not self.duties[-1].endswith((";", ".")):
            self.duties[-1] += f" {line}"
        else:
            self.duties.append(line)

    def lines(self) -> list[str]:
        f = self.fields
        keys = (
            ("qualification", "school", "dates")
            if {"qualification", "school"} & f.keys()
            else ("title", "employer", "dates")
        )
        duties = [part.strip(" •") for duty in self.duties for part in duty.split(";")]
        return [" | ".join(f[k] for k in keys if f.get(k)), *(f"• {d}" for d in duties if d)]


def _label(lines: list[str], at: int, bare: bool) -> tuple[str, str, int] | None:
    """(field, value on the label's line, lines used) for a label at `lines[at]`, which may wrap
    onto the next line ("Main activities and" / "responsibilities")."""
    for used in (1, 2):
        text = " ".join(lines[at : at + used])
        match = (_EUROPASS_LABEL.match(text) if bare else None) or _FORM_LABEL.match(text)
        if match and (used == 1 or match.end(1) > len(lines[at])):
            return _FIELD[re.sub(r"\s+", "", match.group(1).lower())], match.group(2).strip(), used
    return None


def _bare_labels_trusted(lines: list[str]) -> bool:
    found = {match.group(1).lower() for line in lines if (match := _EUROPASS_LABEL.match(line))}
    return len(found) >= _MIN_LABELS


def restructure(lines: list[str]) -> list[str]:
    """The lines with labelled entries rewritten; CVs without labels come back unchanged."""
    bare = _bare_labels_trusted(lines)
    if not bare and not any(_FORM_LABEL.match(line) for line in lines):
        return lines
    out: list[str] = []
    record: _Record | None = None
    pending: str | None = None  # a personal label alone on its line(s): the value follows
    at = 0
    while at < len(lines):
        found = _label(lines, at, bare)
        if found is None:
            line, at = lines[at], at + 1
            if bare and at < len(lines) and not heading_kind(line) and heading_kind(f"{line} {lines[at]}"):
                line, at = f"{line} {lines[at]}", at + 1  # a heading wrapped in the narrow label column
            if record is not None and record.awaiting:
                record.add(record.awaiting, line)
            elif record is not None and record.last == "duties" and not heading_kind(line):
                record.continue_duties(line)
            else:
                out += record.lines() if record else []
                record = None
                out += _personal(pending, line) if pending else [line]
                pending = None
            continue
        name, value, used = found
        at += used
        if name in _ENTRY_FIELDS:
            if record is None or (name in record.fields and name != "duties"):
                out += record.lines() if record else []
                record = _Record()
            if value:
                record.add(name, value)
            else:
                record.awaiting = name
            continue
        out += record.lines() if record else []
        record = None
        pending = None if value else name
        out += _personal(name, value) if value else []
    return out + (record.lines() if record else [])


def _personal(name: str, value: str) -> list[str]:
    if name == "drop":
        return []
    if name in _HEADING:
        return [_HEADING[name], value]
    return [_PREFIX.get(name, "") + value]
