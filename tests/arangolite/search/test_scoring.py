from __future__ import annotations

import math
from collections.abc import Callable
from typing import Any

import numpy as np
import pytest

from arangolite.search.scoring import FieldStats, ScorerSpec, score

Query = Callable[..., list[Any]]
BM25 = ScorerSpec("bm25")


def one(spec: ScorerSpec, df: int, tf: int = 1, length: float = 1.0, boost: float = 1.0) -> float:
    stats = FieldStats(docs=5, total=7)
    features = frozenset({"frequency", "norm"})
    out = score(spec, stats, (df,), np.array([tf]), np.array([length]), features, boost)
    return float(np.float32(out[0]))


def test_bm25_matches_arangodb_for_a_single_token_document() -> None:
    # ArangoDB's documented BOOST() example: "bar" in a 5-document View
    assert one(BM25, df=2) == 0.9913395643234253


def test_bm25_rewards_rare_terms_and_short_documents() -> None:
    assert one(BM25, df=1) > one(BM25, df=3)
    assert one(BM25, df=2, length=1) > one(BM25, df=2, length=3)


def test_bm15_ignores_document_length() -> None:
    bm15 = ScorerSpec("bm25", b=0.0)
    assert one(bm15, df=2, length=1) == one(bm15, df=2, length=9)


def test_tfidf_formula() -> None:
    expected = np.float32(1 + math.log(6 / 3)) * np.float32(math.sqrt(4))
    assert one(ScorerSpec("tfidf"), df=2, tf=4) == pytest.approx(float(expected), rel=1e-6)
    normalized = one(ScorerSpec("tfidf", normalize=True), df=2, tf=4, length=4)
    assert normalized == pytest.approx(float(expected) / 2, rel=1e-6)


def test_fields_without_frequency_score_zero() -> None:
    stats = FieldStats(docs=5, total=7)
    out = score(BM25, stats, (2,), np.array([1]), None, frozenset(), 1.0)
    assert out.tolist() == [0.0]


@pytest.fixture
def boost_example(db: Any) -> None:
    db.create_collection("texts").insert_many(
        [{"text": t} for t in ["foo bar", "foo", "bar", "foo baz", "baz"]]
    )
    db.create_arangosearch_view(
        "v", {"links": {"texts": {"analyzers": ["text_en"], "includeAllFields": True}}}
    )


BOOSTED = 'FOR d IN v SEARCH ANALYZER(BOOST(d.text == "foo", 2.5) OR d.text == "bar", "text_en") '


def test_boosted_search_ranks_like_arangodb(query: Query, boost_example: None) -> None:
    rows = query(BOOSTED + "LET score = BM25(d) SORT score DESC RETURN [d.text, score]")
    assert [r[0] for r in rows] == ["foo bar", "foo", "foo baz", "bar"]
    assert rows[-1][1] == 0.9913395643234253


def test_scores_are_zero_without_scoring_conditions(query: Query, boost_example: None) -> None:
    assert set(query("FOR d IN v RETURN BM25(d)")) == {0}


@pytest.mark.parametrize(
    "tail",
    [
        "SORT BM25(d) DESC LIMIT 3",
        "LET s = BM25(d) SORT s DESC LIMIT 1, 2",
        "SORT TFIDF(d) ASC LIMIT 2",
        "SORT BM25(d, 2.0, 0.5) DESC LIMIT 3",
    ],
)
def test_top_k_shortcut_matches_a_full_sort(query: Query, boost_example: None, tail: str) -> None:
    fast = query(BOOSTED + tail + " RETURN d.text")
    sort, _, limit = tail.rpartition(" LIMIT ")
    offset, _, count = limit.rpartition(", ")
    full = query(BOOSTED + sort + ", 1 RETURN d.text")
    start = int(offset or 0)
    assert fast == full[start : start + int(count)]


def test_scores_can_be_returned_with_other_parameters(query: Query, boost_example: None) -> None:
    rows = query(BOOSTED + "SORT d.text RETURN [BM25(d), BM25(d, 1.2, 0), TFIDF(d, true)]")
    assert len(rows) == 4 and all(r[0] > 0 and r[1] > 0 and r[2] > 0 for r in rows)
