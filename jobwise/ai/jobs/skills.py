"""Required and nice-to-have skills, named by the shared taxonomy (`jobwise.ai.skills`)."""

from jobwise.ai.skills import extract_skills


def split_skills(required_text: str, nice_text: str, whole: str) -> tuple[list[str], list[str]]:
    """(required, nice to have); without a requirements section every skill outside "nice" is required."""
    nice = extract_skills(nice_text)
    required = extract_skills(required_text or whole)
    if not required_text:
        required = [s for s in required if s not in nice]
    return required, [s for s in nice if s not in required]
