"""Extraction end to end (every finder, no gold mentions) on the 30 hand-labelled sentences.

The floors are the scores measured when the extractor was built (see docs/benchmarks.md);
a change that makes extraction worse on the labelled sample fails here.
"""

from __future__ import annotations

import pytest

from graph.evaluation.extraction import ExtractionScores, load_sample, score_sample
from graph.ingest.extract.extractor import Extractor
from tests.golden.corpus_text import GOLDEN_DIR


@pytest.fixture(scope="module")
def scores() -> ExtractionScores:
    return score_sample(Extractor(), load_sample(GOLDEN_DIR / "extraction_sample.yaml"))


def test_every_labelled_item_is_scored(scores: ExtractionScores) -> None:
    sample = load_sample(GOLDEN_DIR / "extraction_sample.yaml")
    assert scores.sentences == len(sample) == 30
    assert scores.entities.expected == sum(len(s["entities"]) for s in sample)
    assert scores.quantities.expected == sum(len(s["quantities"]) for s in sample)


@pytest.mark.parametrize(
    ("kind", "precision", "recall"),
    [("entities", 0.80, 0.95), ("relations", 0.65, 0.90), ("quantities", 0.95, 0.95)],
)
def test_scores_stay_above_the_measured_floor(
    scores: ExtractionScores, kind: str, precision: float, recall: float
) -> None:
    score = getattr(scores, kind)
    assert score.precision >= precision, str(score)
    assert score.recall >= recall, str(score)
