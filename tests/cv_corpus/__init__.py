"""A labelled CV corpus: varied people, professions, layouts and formats with ground truth."""

from tests.cv_corpus.build import TODAY, LabelledCV, Truth, labelled_cvs
from tests.cv_corpus.render import render
from tests.cv_corpus.scoring import FieldScores, score_corpus

__all__ = ["TODAY", "FieldScores", "LabelledCV", "Truth", "labelled_cvs", "render", "score_corpus"]
