"""Canonical names, aliases and categories of the bundled taxonomy."""

import pytest

from jobwise.ai.skills import canonical_skill, normalize_skills, skill_category, taxonomy_size
from jobwise.ai.skills.build import DATA_DIR, parse_curated


@pytest.mark.parametrize(
    ("typed", "canonical"),
    [
        ("k8s", "Kubernetes"),
        ("Postgres", "PostgreSQL"),
        ("psql", "PostgreSQL"),
        ("postgresql", "PostgreSQL"),
        ("React.js", "React"),
        ("reactjs", "React"),
        ("node", "Node.js"),
        ("NodeJS", "Node.js"),
        ("js", "JavaScript"),
        ("ts", "TypeScript"),
        ("golang", "Go"),
        ("c#", "C#"),
        ("C++", "C++"),
        (".net", ".NET"),
        ("dotnet core", ".NET"),
        ("CI/CD", "CI/CD"),
        ("ci-cd", "CI/CD"),
        ("Amazon Web Services", "AWS"),
        ("gcp", "Google Cloud Platform"),
        ("ML", "Machine Learning"),
        ("nlp", "Natural Language Processing"),
        ("sklearn", "scikit-learn"),
        ("Scikit Learn", "scikit-learn"),
        ("MS Excel", "Microsoft Excel"),
        ("excel", "Microsoft Excel"),
        ("salesforce", "Salesforce"),
        ("seo", "SEO"),
        ("figma", "Figma"),
        ("project management", "Project Management"),
        ("stakeholder management", "Stakeholder Management"),
        ("problem-solving", "Problem Solving"),
        ("communication skills", "Communication"),
        ("  Kubernetes  ", "Kubernetes"),
        ("Python (advanced)", "Python"),
        ("Type Script", "TypeScript"),
        ("html5", "HTML"),
        ("RESTful APIs", "REST APIs"),
        ("vue", "Vue.js"),
    ],
)
def test_typed_names_resolve_to_their_canonical_skill(typed: str, canonical: str) -> None:
    assert canonical_skill(typed) == canonical


@pytest.mark.parametrize("typed", ["", "   ", "frobnicating widgets", "was", "asdfgh"])
def test_unknown_or_blocked_names_have_no_canonical_form(typed: str) -> None:
    assert canonical_skill(typed) is None


@pytest.mark.parametrize(
    ("name", "category"),
    [
        ("python", "technical"),
        ("Kubernetes", "tool"),
        ("MS Excel", "tool"),
        ("teamwork", "soft"),
        ("Communication", "soft"),
        ("Spanish", "language"),
        ("PMP", "certification"),
        ("CISSP", "certification"),
        ("Project Management", "domain"),
        ("SEO", "domain"),
        ("nonexistent skill xyz", None),
    ],
)
def test_each_skill_has_a_category(name: str, category: str | None) -> None:
    assert skill_category(name) == category


def test_normalize_skills_canonicalises_dedupes_and_keeps_unknown_names() -> None:
    typed = [
        "k8s",
        " Kubernetes ",
        "postgres",
        "PostgreSQL",
        "My Homebrew Tool",
        "my homebrew tool",
        "",
        "JS",
    ]
    assert normalize_skills(typed) == ["Kubernetes", "PostgreSQL", "My Homebrew Tool", "JavaScript"]


def test_taxonomy_holds_at_least_ten_thousand_skills() -> None:
    assert taxonomy_size() >= 10_000


def test_every_curated_name_and_alias_is_in_the_built_taxonomy() -> None:
    curated = parse_curated((DATA_DIR / "curated.txt").read_text().splitlines())
    assert len(curated) > 300
    for skill in curated:
        if len(skill.parts) > 1:  # a bundle: its aliases answer with its first skill
            assert all(canonical_skill(alias) == skill.parts[0] for alias in skill.aliases), skill.name
            continue
        assert canonical_skill(skill.name) == skill.name, skill.name
        assert skill_category(skill.name) == skill.category, skill.name
        for alias in skill.aliases:
            assert canonical_skill(alias) == skill.name, alias


def test_curated_file_rejects_unknown_categories_and_modes() -> None:
    with pytest.raises(ValueError, match="category"):
        parse_curated(["[hobbies]"])
    with pytest.raises(ValueError, match="mode"):
        parse_curated(["[technical]", "Go | golang | go=sometimes"])


def test_normalize_skills_gives_every_skill_of_a_bundle() -> None:
    assert normalize_skills(["SAP FICO", "SAP FI", "AP/AR", "SAP MM"]) == [
        "SAP FI",
        "SAP CO",
        "Accounts Payable",
        "Accounts Receivable",
        "SAP MM",
    ]
