"""The composed extractor: overlaps settled between finders, batching changes nothing."""

from __future__ import annotations

import pytest

from graph.ingest.extract.extractor import Extractor, settle_overlaps
from graph.ingest.extract.spans import EntityMention
from graph.ontology import EntityType
from tests.graph.ingest.extract.test_llm import Endpoint, answer

TEXTS = [
    "The converter R-101 is packed with a promoted iron catalyst and runs at 200 bar.",
    "The residue from T-601 is heated in H-602 and sent to V-603 together with NH3.",
    "Cooling water leaves E-105 at 35 °C. No relation here.",
]


@pytest.fixture(scope="module")
def extractor() -> Extractor:
    return Extractor()


def mention(start: int, end: int, kind: EntityType) -> EntityMention:
    return EntityMention("x" * (end - start), start, end, kind, f"{start}", "x")


def test_longer_mention_wins_and_first_finder_wins_ties() -> None:
    catalyst = mention(10, 24, EntityType.CATALYST)
    iron = mention(10, 14, EntityType.CHEMICAL)
    tie = mention(30, 34, EntityType.CHEMICAL)
    tag = mention(30, 34, EntityType.EQUIPMENT)
    assert settle_overlaps([catalyst, tag], [iron, tie]) == [catalyst, tag]


def test_catalyst_phrase_is_not_the_chemical_inside_it(extractor: Extractor) -> None:
    found = extractor.extract(TEXTS[0])
    catalyst = next(e for e in found.entities if e.type is EntityType.CATALYST)
    assert catalyst.text == "promoted iron catalyst" and catalyst.canonical_id == "promoted iron"
    assert not [e for e in found.entities if e.type is EntityType.CHEMICAL and e.text == "iron"]


def test_extracting_many_texts_at_once_equals_one_by_one(extractor: Extractor) -> None:
    assert extractor.extract_many(TEXTS) == [extractor.extract(t) for t in TEXTS]


def test_quantities_never_overlap_entities(extractor: Extractor) -> None:
    for found in extractor.extract_many(TEXTS):
        for q in found.quantities:
            assert all(q.end <= e.start or q.start >= e.end for e in found.entities)


def test_llm_adds_relations_only_where_the_rules_found_none(extractor: Extractor) -> None:
    connected = {"type": "CONNECTED_TO", "head": 1, "tail": 2, "sentence": 1}
    endpoint = Endpoint(answer(connected))
    with_llm = Extractor(
        chemicals=extractor.chemicals,
        gazetteer=extractor.gazetteer,
        quantities=extractor.quantities,
        relations=extractor.relations,
        llm=endpoint.extractor(),
    )
    found = with_llm.extract("P-301 and P-302 appear on sheet 4.")
    assert [(r.type.value, r.method.value) for r in found.relations] == [("CONNECTED_TO", "llm")]
    assert len(endpoint.bodies) == 1
    with_llm.extract(TEXTS[0])  # the rules relate everything in it: no request
    assert len(endpoint.bodies) == 1
