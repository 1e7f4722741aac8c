"""The hand-labelled extraction sample is verbatim corpus text with consistent labels."""

from __future__ import annotations

import re
from typing import Any

import pytest
import yaml

from tests.golden.corpus_text import GOLDEN_DIR, occurs_in

RELATION_TYPES = {
    "FEEDS", "PRODUCES", "CONSUMES", "REACTS_WITH", "CATALYZED_BY", "SEPARATES_INTO",
    "PART_OF", "CONNECTED_TO", "HEATS", "COOLS", "OPERATES_AT", "HAZARD_OF",
}  # fmt: skip
ENTITY_TYPES = {
    "chemical", "equipment", "stream", "catalyst", "unit_operation", "process", "utility",
    "hazard",
}  # fmt: skip
CAS = re.compile(r"^\d{2,7}-\d{2}-\d$")


def _sentences() -> list[dict[str, Any]]:
    path = GOLDEN_DIR / "extraction_sample.yaml"
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    sentences: list[dict[str, Any]] = data["sentences"]
    return sentences


SENTENCES = _sentences()


def _cas_check_digit_ok(cas: str) -> bool:
    digits = cas.replace("-", "")
    body, check = digits[:-1], int(digits[-1])
    total = sum(i * int(d) for i, d in enumerate(reversed(body), start=1))
    return total % 10 == check


def test_sample_has_thirty_unique_sentences() -> None:
    assert len(SENTENCES) == 30
    assert len({s["id"] for s in SENTENCES}) == 30
    assert len({s["sentence"] for s in SENTENCES}) == 30


@pytest.mark.parametrize("item", SENTENCES, ids=lambda s: s["id"])
def test_sentence_occurs_in_its_document(item: dict[str, Any]) -> None:
    assert occurs_in(item["sentence"], item["document"])


@pytest.mark.parametrize("item", SENTENCES, ids=lambda s: s["id"])
def test_spans_point_at_their_text(item: dict[str, Any]) -> None:
    sentence = item["sentence"]
    for label in item["entities"] + item["quantities"]:
        assert sentence[label["start"] : label["end"]] == label["text"]


@pytest.mark.parametrize("item", SENTENCES, ids=lambda s: s["id"])
def test_entity_types_and_canonical_ids(item: dict[str, Any]) -> None:
    for entity in item["entities"]:
        assert entity["type"] in ENTITY_TYPES
        canonical = entity["canonical"]
        if entity["type"] in {"equipment", "stream"}:
            assert canonical == entity["text"]
        if entity["type"] == "chemical" and canonical is not None:
            assert CAS.match(canonical) and _cas_check_digit_ok(canonical), canonical


@pytest.mark.parametrize("item", SENTENCES, ids=lambda s: s["id"])
def test_relations_join_labelled_spans(item: dict[str, Any]) -> None:
    entities = {e["text"] for e in item["entities"]}
    quantities = {q["text"] for q in item["quantities"]}
    for relation in item["relations"]:
        assert relation["type"] in RELATION_TYPES
        assert relation["head"] in entities
        tails = quantities if relation["type"] == "OPERATES_AT" else entities
        assert relation["tail"] in tails


@pytest.mark.parametrize("item", SENTENCES, ids=lambda s: s["id"])
def test_quantities_name_a_labelled_entity(item: dict[str, Any]) -> None:
    entities = {e["text"] for e in item["entities"]}
    for quantity in item["quantities"]:
        assert quantity["entity"] in entities
        assert isinstance(quantity["value"], int | float | list)
