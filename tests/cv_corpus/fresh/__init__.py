"""Fresh CVs in layouts neither the corpus nor the held-out set has (LaTeX templates, timelines,
infographics, CV builders, Spanish and Portuguese CVs...), labelled before the analyser read them.
Written after the held-out set had driven the fixes: their first-run figures are the honest
measure for CVs nobody tuned for."""

from __future__ import annotations

from tests.cv_corpus.heldout.model import HeldoutCV, labelled


def fresh_cvs() -> list[HeldoutCV]:
    from tests.cv_corpus.fresh.cvs import CVS

    return [labelled(cv) for cv in CVS]


def second_fresh_cvs() -> list[HeldoutCV]:
    """Written after every fix, the first fresh batch's included: never tuned for."""
    from tests.cv_corpus.fresh.second import CVS

    return [labelled(cv) for cv in CVS]


def third_fresh_cvs() -> list[HeldoutCV]:
    """Shapes the first two batches lack (US, academic, functional, trades...), written and
    labelled before the analyser read any of them."""
    from tests.cv_corpus.fresh.third import CVS

    return [labelled(cv) for cv in CVS]
