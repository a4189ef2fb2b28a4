"""Build-time guesses for the gazetteer's bare, lower-cased entries: display casing,
category and how ambiguous a name is in running text. Curated entries override all three."""

import re
from collections.abc import Callable, Mapping


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


# Words whose casing cannot be guessed from the word itself.
_KNOWN_CASING = {
    w.lower(): w
    for w in _words(
        "API APIs SQL NoSQL AWS GCP UI UX QA AI ML NLP LLM LLMs CRM ERP SEO SEM PPC HR IT IoT B2B B2C "
        "SaaS PaaS IaaS ETL ELT BI KPI KPIs OKR OKRs SLA SLAs SDK CLI GUI IDE ORM MVC OOP TDD BDD DDD REST "
        "RESTful HTTP HTTPS TCP IP DNS VPN LAN WAN SSL TLS SSH FTP JSON XML YAML CSV PDF HTML HTML5 CSS CSS3 "
        "PHP iOS macOS GIS CAD CAM PLC SCADA HVAC EHS GMP GDPR HIPAA SOX GAAP IFRS CPA CFA PMP ITIL ISO CI "
        "CD DevOps DevSecOps MLOps DataOps FinOps GitOps AIOps LLMOps SecOps NetOps JavaScript TypeScript "
        "GitHub GitLab PostgreSQL MySQL MongoDB GraphQL WebSockets OAuth JWT SAML SSO LDAP AD VMware "
        "LinkedIn YouTube WordPress PowerPoint SharePoint OneDrive PowerShell PyTorch TensorFlow OpenCV "
        "NumPy SciPy LaTeX MATLAB SAP SAS SPSS AR VR XR 2D 3D US UK EU of and or for the in on to with by "
        "at via vs a an e-commerce e-learning"
    )
}
_SMALL_WORDS = _words("of and or for the in on to with by at via vs a an")
_WORD = re.compile(r"[^\W_]+")
_VOWELS = frozenset("aeiouy")
_ORDINAL = re.compile(r"\d+(?:st|nd|rd|th)")

HUMAN_LANGUAGES = _words(
    "english spanish french german italian portuguese dutch swedish norwegian danish finnish icelandic "
    "polish czech slovak hungarian romanian bulgarian greek turkish russian ukrainian serbian croatian "
    "slovenian lithuanian latvian estonian arabic hebrew persian farsi urdu hindi bengali punjabi tamil "
    "telugu marathi gujarati kannada malayalam mandarin cantonese chinese japanese korean vietnamese thai "
    "indonesian malay tagalog filipino swahili amharic yoruba zulu afrikaans catalan basque galician "
    "irish welsh latin esperanto twi hausa igbo somali nepali sinhala khmer lao burmese mongolian kazakh "
    "uzbek georgian armenian azerbaijani albanian macedonian bosnian maltese luxembourgish"
)
_CERT_WORDS = _words(
    "certified certification certifications certificate certificates license licence licensed "
    "accreditation accredited"
)
_CERT_ACRONYMS = _words(
    "pmp capm cissp cism cisa crisc ccsp cpa cfa acca cima cfp frm ccna ccnp ccie csm cspo psm itil "
    "prince2 cscp cpim shrm phr sphr cppm cips oscp ceh gsec rhce rhcsa mcse mcsa ocp"
)
_SOFT_WORDS = _words(
    "communication communications communicator leadership teamwork collaboration collaborative "
    "interpersonal negotiation negotiating presentation presenting empathy adaptability creativity "
    "creative thinking solving mentoring mentorship coaching initiative motivation motivated ownership "
    "accountability integrity curiosity flexibility resilience listening emotional ethic conflict "
    "storytelling influencing persuasion patience multitasking prioritization prioritisation "
    "organizational organisational punctuality reliability diplomacy self-motivated proactive "
    "proactivity attention detail judgment judgement decision humility teamplayer player open-minded "
    "autonomy independent independence assertiveness etiquette"
)
_DOMAIN_WORDS = _words(
    "finance financial accounting banking insurance marketing sales legal law compliance regulatory "
    "regulations regulation tax taxation audit auditing healthcare clinical medical pharmaceutical "
    "pharmacovigilance procurement logistics retail estate recruiting recruitment payroll budgeting "
    "forecasting business strategy operations manufacturing construction energy oil gas mining "
    "education teaching nursing hospitality investment investments trading treasury lending credit "
    "underwriting actuarial commerce e-commerce brand branding advertising merchandising purchasing "
    "customer customers supply chain inventory warehouse warehousing sourcing contracts contract "
    "negotiations policy government public nonprofit fundraising journalism publishing editorial "
    "hr talent benefits compensation wealth portfolio risk m&a mergers acquisitions"
)
_TECH_WORDS = _words(
    "software data cloud api apis system systems programming code coding web network networking "
    "security cyber ai ml database databases sql testing engineering development devops linux "
    "computing computer digital automation platform platforms integration analytics algorithm "
    "algorithms model models modeling modelling learning app apps application applications server "
    "servers infrastructure architecture technical technology it electronics electrical mechanical "
    "embedded firmware hardware framework frameworks script scripting tools tool deployment"
)


def display_name(raw: str, casing: Mapping[str, str]) -> str:
    """Title-cased display form of a lower-cased gazetteer entry ("rest apis" -> "REST APIs")."""
    words = list(_WORD.finditer(raw))
    parts: list[str] = []
    pos = 0
    for i, m in enumerate(words):
        parts.append(raw[pos : m.start()])
        parts.append(_case_word(m.group(), casing, first=i == 0))
        pos = m.end()
    parts.append(raw[pos:])
    return "".join(parts)


def _case_word(word: str, casing: Mapping[str, str], *, first: bool) -> str:
    if word in casing:
        return casing[word] if not (first and word in _SMALL_WORDS) else casing[word].capitalize()
    if word in _KNOWN_CASING:
        cased = _KNOWN_CASING[word]
        return cased.capitalize() if first and word in _SMALL_WORDS else cased
    if _ORDINAL.fullmatch(word):
        return word
    if any(c.isdigit() for c in word) or (len(word) <= 4 and not _VOWELS & set(word)):
        return word.upper()  # acronyms and model numbers: "3d" -> "3D", "gnss" -> "GNSS"
    return word[:1].upper() + word[1:]


def guess_category(key: str) -> str:
    """Category of a gazetteer entry from the words it is made of."""
    words = set(key.replace("-", " ").split())
    if key in HUMAN_LANGUAGES or (words & HUMAN_LANGUAGES and words & {"language", "native", "fluent"}):
        return "language"
    if words & _CERT_WORDS or key in _CERT_ACRONYMS:
        return "certification"
    if words & _TECH_WORDS:
        return "technical"
    if words & _SOFT_WORDS:
        return "soft"
    if words & _DOMAIN_WORDS:
        return "domain"
    return "technical"


def guess_mode(key: str, zipf: Callable[[str], float]) -> str:
    """How much context a one-word name needs before it counts as a skill in prose.

    Common English words ("spring", "express", "lean") are skills only in a skills list
    ("list") or, if less common, also written as a proper noun ("case"); short ones also as
    acronyms ("upper").
    """
    if " " in key or not key.isalpha():
        return "none"
    if key in HUMAN_LANGUAGES:
        return "proper"
    if len(key) == 1:
        return "list"
    freq = zipf(key)
    if freq < 3.0:
        return "none"
    if len(key) <= 4 and freq >= 3.5:
        return "upper"
    return "list" if freq >= 4.0 else "case"
