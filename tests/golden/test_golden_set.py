"""The golden question set is well formed and every piece of evidence is in the corpus."""

from __future__ import annotations

from collections import Counter
from typing import Any

import pytest
import yaml

from tests.golden.corpus_text import CORPUS_DIR, GOLDEN_DIR, occurs_in

QUESTION_TYPES = {"lookup", "numeric", "multi_hop", "comparison"}


def _questions() -> list[dict[str, Any]]:
    data = yaml.safe_load((GOLDEN_DIR / "questions.yaml").read_text(encoding="utf-8"))
    questions: list[dict[str, Any]] = data["questions"]
    return questions


QUESTIONS = _questions()


def test_set_is_large_enough_and_ids_unique() -> None:
    ids = [q["id"] for q in QUESTIONS]
    assert len(ids) >= 45
    assert len(set(ids)) == len(ids)


def test_question_types_are_known_and_multi_hop_is_covered() -> None:
    counts = Counter(q["type"] for q in QUESTIONS)
    assert set(counts) <= QUESTION_TYPES
    assert counts["multi_hop"] >= 10


@pytest.mark.parametrize("question", QUESTIONS, ids=lambda q: q["id"])
def test_question_fields_are_filled(question: dict[str, Any]) -> None:
    assert question["question"].strip().endswith("?")
    assert question["answer_facts"] and all(str(f).strip() for f in question["answer_facts"])
    assert question["documents"] and question["evidence"]


@pytest.mark.parametrize("question", QUESTIONS, ids=lambda q: q["id"])
def test_named_documents_exist(question: dict[str, Any]) -> None:
    missing = [name for name in question["documents"] if not (CORPUS_DIR / name).is_file()]
    assert missing == []


@pytest.mark.parametrize("question", QUESTIONS, ids=lambda q: q["id"])
def test_evidence_occurs_verbatim_in_its_documents(question: dict[str, Any]) -> None:
    unsupported = [
        evidence
        for evidence in question["evidence"]
        if not any(occurs_in(evidence, name) for name in question["documents"])
    ]
    assert unsupported == []


@pytest.mark.parametrize("question", QUESTIONS, ids=lambda q: q["id"])
def test_every_named_document_contributes_evidence(question: dict[str, Any]) -> None:
    idle = [
        name
        for name in question["documents"]
        if not any(occurs_in(evidence, name) for evidence in question["evidence"])
    ]
    assert idle == []


@pytest.mark.parametrize(
    "question", [q for q in QUESTIONS if q["type"] == "multi_hop"], ids=lambda q: q["id"]
)
def test_multi_hop_needs_more_than_one_fact(question: dict[str, Any]) -> None:
    assert len(question["evidence"]) >= 2
