"""Required and nice-to-have skills, named by the shared taxonomy (`jobwise.ai.skills`)."""

from jobwise.ai.skills import find_skills


def skill_names(text: str) -> list[str]:
    """Canonical skill names found in `text`, first mention first, each once."""
    if not text.strip():
        return []
    return list(dict.fromkeys(match.name for match in find_skills(text)))


def split_skills(required_text: str, nice_text: str, whole: str) -> tuple[list[str], list[str]]:
    """(required, nice to have); without a requirements section every skill outside "nice" is required."""
    nice = skill_names(nice_text)
    required = skill_names(required_text or whole)
    if not required_text:
        required = [s for s in required if s not in nice]
    return required, [s for s in nice if s not in required]
