"""RelationExtractor: typed relations and quantity links from given entity/quantity mentions."""

from __future__ import annotations

import re
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import pytest
import yaml

from graph.errors import OntologyViolation
from graph.ingest.extract.attach import attach_quantities
from graph.ingest.extract.parse import DependencyParser
from graph.ingest.extract.relations import RelationExtractor
from graph.ingest.extract.sentences import split_sentences
from graph.ingest.extract.spans import (
    EntityMention,
    Method,
    QuantityKind,
    QuantityMention,
    RelationCandidate,
)
from graph.ingest.parsers import parse_document
from graph.ontology import RULES, EntityType, RelationType, check_relation

ROOT = Path(__file__).resolve().parents[4]
GOLDEN = ROOT / "tests" / "golden" / "extraction_sample.yaml"
CORPUS = sorted(p for p in (ROOT / "demo" / "corpus").iterdir() if p.suffix in {".md", ".txt"})
E = EntityType
R = RelationType
GOLD_TYPES = {"unit_operation": E.PROCESS, "catalyst": E.CATALYST}
SYMMETRIC = {r for r, rule in RULES.items() if rule.symmetric}

# A crude finder for the sentences below and for the corpus run: tags and a few words.
WORDS = {
    "hydrogen": E.CHEMICAL, "nitrogen": E.CHEMICAL, "argon": E.CHEMICAL, "ammonia": E.CHEMICAL,
    "methanol": E.CHEMICAL, "water": E.CHEMICAL, "benzene": E.CHEMICAL, "toluene": E.CHEMICAL,
    "chlorine": E.CHEMICAL, "alumina": E.CHEMICAL, "sulfur": E.CHEMICAL, "steam": E.UTILITY,
    "nickel catalyst": E.CATALYST, "overpressure": E.HAZARD, "toxic": E.HAZARD,
}  # fmt: skip
FINDER = re.compile(
    r"(?<![\w-])(?:(?P<tag>[A-Z]{1,3}-\d{2,4}[A-Z]?)|(?P<word>" + "|".join(WORDS) + r"))(?![\w-])",
    re.IGNORECASE,
)
QUANTITY = re.compile(r"\d+(?:\.\d+)? ?(?P<unit>bar|°C|vol%)")
KINDS = {"bar": "pressure", "°C": "temperature", "vol%": "concentration"}


def entity(text: str, start: int, kind: EntityType, canonical: str) -> EntityMention:
    return EntityMention(text, start, start + len(text), kind, canonical, text)


def quantity(text: str, start: int, kind: str) -> QuantityMention:
    return QuantityMention(text, start, start + len(text), QuantityKind(kind), 1.0, None, 1.0, "")


def crude_mentions(text: str) -> list[EntityMention]:
    found = []
    for match in FINDER.finditer(text):
        tag, word = match["tag"], (match["word"] or "").lower()
        kind = (E.STREAM if tag.startswith("S-") else E.EQUIPMENT) if tag else WORDS[word]
        found.append(entity(match[0], match.start(), kind, tag or word))
    return found


def crude_quantities(text: str) -> list[QuantityMention]:
    return [quantity(m[0], m.start(), KINDS[m["unit"]]) for m in QUANTITY.finditer(text)]


def gold_type(label: str) -> EntityType:
    return GOLD_TYPES.get(label) or E(label)


def gold_mentions(sentence: dict[str, Any]) -> tuple[list[EntityMention], list[QuantityMention]]:
    entities = [
        entity(e["text"], e["start"], gold_type(e["type"]), e["canonical"] or e["text"])
        for e in sentence["entities"]
    ]
    values = [quantity(q["text"], q["start"], q["kind"]) for q in sentence["quantities"]]
    return entities, values


def key(kind: str, head: str, tail: str) -> tuple[str, str, str]:
    ends = sorted((head, tail)) if RelationType(kind) in SYMMETRIC else (head, tail)
    return (kind, ends[0], ends[1])


def triples(relations: Sequence[RelationCandidate]) -> set[tuple[str, str, str]]:
    return {key(r.type.value, r.head.text, r.tail.text) for r in relations}


def obeys_ontology(r: RelationCandidate) -> bool:
    pairs = [(r.head.type, r.tail.type)] + ([(r.tail.type, r.head.type)] * (r.type in SYMMETRIC))
    for head, tail in pairs:
        try:
            check_relation(r.type, head, tail)
            return r.head.canonical_id != r.tail.canonical_id
        except OntologyViolation:
            continue
    return False


class RefusingParser(DependencyParser):
    """A parser that must not be needed: the cue patterns alone settle the sentence."""

    def parse(self, sentences: Sequence[str]) -> list[Any]:
        raise AssertionError(f"parse requested for {list(sentences)}")


@pytest.fixture(scope="module")
def parser() -> DependencyParser:
    return DependencyParser()


@pytest.fixture(scope="module")
def extractor(parser: DependencyParser) -> RelationExtractor:
    return RelationExtractor(parser)


@pytest.fixture(scope="module")
def golden() -> list[dict[str, Any]]:
    sentences: list[dict[str, Any]] = yaml.safe_load(GOLDEN.read_text())["sentences"]
    return sentences


def test_labelled_sample_relations(
    extractor: RelationExtractor, golden: list[dict[str, Any]]
) -> None:
    hits = found = labelled = 0
    for sentence in golden:
        relations, _ = extractor.extract(sentence["sentence"], *gold_mentions(sentence))
        labels = [r for r in sentence["relations"] if r["type"] != "OPERATES_AT"]
        gold = {key(r["type"], r["head"], r["tail"]) for r in labels}
        got = triples(relations)
        hits, found, labelled = hits + len(gold & got), found + len(got), labelled + len(gold)
        assert all(obeys_ontology(r) for r in relations), relations
    precision, recall = hits / found, hits / labelled
    assert labelled == 42 and precision >= 0.95 and recall >= 0.95, (precision, recall)


def test_labelled_sample_quantity_links(
    extractor: RelationExtractor, golden: list[dict[str, Any]]
) -> None:
    hits = found = labelled = on_operates = operates = 0
    for sentence in golden:
        _, links = extractor.extract(sentence["sentence"], *gold_mentions(sentence))
        got = {(link.entity.text, link.quantity.text) for link in links}
        kinds = {e["text"]: gold_type(e["type"]) for e in sentence["entities"]}
        takes = RULES[R.OPERATES_AT].domain  # a chemical's "11 vol%" stays unattached
        gold = {
            (q["entity"], q["text"])
            for q in sentence["quantities"]
            if kinds.get(q["entity"]) in takes
        }
        hits, found, labelled = hits + len(gold & got), found + len(got), labelled + len(gold)
        labels = {
            (r["head"], r["tail"]) for r in sentence["relations"] if r["type"] == "OPERATES_AT"
        }
        on_operates, operates = on_operates + len(labels & got), operates + len(labels)
    assert hits / found >= 0.95 and hits / labelled >= 0.95, (hits, found, labelled)
    assert operates == 15 and on_operates / operates >= 0.95


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("E-101 heats the feed stream S-01.", {("HEATS", "E-101", "S-01")}),
        ("The feed stream S-01 is heated in E-101.", {("HEATS", "E-101", "S-01")}),
        ("Methanol is produced in R-101.", {("PRODUCES", "R-101", "Methanol")}),
        ("R-101 and R-102 feed E-101.", {("FEEDS", "R-101", "E-101"), ("FEEDS", "R-102", "E-101")}),
        (
            "K-101 compresses hydrogen, nitrogen and argon.",
            {("CONSUMES", "K-101", c) for c in ("hydrogen", "nitrogen", "argon")},
        ),
        (
            "R-101 is packed with a nickel catalyst promoted with alumina.",
            {
                ("CATALYZED_BY", "R-101", "nickel catalyst"),
                ("PART_OF", "alumina", "nickel catalyst"),
            },
        ),
        ("Hydrogen is pumped from V-101 to R-101.", {("FEEDS", "V-101", "R-101")}),
        (
            "Hot gas leaves R-101 and enters the boiler E-101, which raises steam.",
            {("FEEDS", "R-101", "E-101"), ("PRODUCES", "E-101", "steam")},
        ),
        (
            "T-101 separates benzene from toluene.",
            {("SEPARATES_INTO", "T-101", "benzene"), ("SEPARATES_INTO", "T-101", "toluene")},
        ),
        ("Nitrogen reacts with hydrogen.", {key("REACTS_WITH", "Nitrogen", "hydrogen")}),
        ("R-101 is connected to E-101.", {key("CONNECTED_TO", "R-101", "E-101")}),
        ("There is a risk of overpressure in V-101.", {("HAZARD_OF", "overpressure", "V-101")}),
        (
            "In R-101 hydrogen reacts with nitrogen to form ammonia.",
            {key("REACTS_WITH", "hydrogen", "nitrogen"), ("PRODUCES", "R-101", "ammonia")}
            | {("CONSUMES", "R-101", "hydrogen"), ("CONSUMES", "R-101", "nitrogen")},
        ),
        ("The ammonia burner R-501 runs hot.", {("CONSUMES", "R-501", "ammonia")}),
    ],
)
def test_cue_patterns_alone_find_the_relation(
    text: str, expected: set[tuple[str, str, str]]
) -> None:
    extractor = RelationExtractor(RefusingParser())
    relations, _ = extractor.extract(text, crude_mentions(text), [])
    assert triples(relations) == expected
    assert all(r.method is Method.PATTERN for r in relations)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Stream S-01 from the exchanger E-101 feeds R-101.",
            {("FEEDS", "S-01", "R-101"), ("FEEDS", "E-101", "R-101")},
        ),
        (
            "Wet chlorine from the separator V-101 is cooled in E-101.",
            {("COOLS", "E-101", "chlorine")},
        ),
        ("The residue from the column T-101 is heated in the furnace H-101.", set()),
    ],
)
def test_subject_with_a_prepositional_phrase_is_settled_by_the_parse(
    extractor: RelationExtractor, text: str, expected: set[tuple[str, str, str]]
) -> None:
    parsed = extractor.sentences_parsed
    relations, _ = extractor.extract(text, crude_mentions(text), [])
    assert triples(relations) == expected and extractor.sentences_parsed == parsed + 1
    assert all(r.method is Method.DEPENDENCY for r in relations)


@pytest.mark.parametrize(
    "text",
    [
        "Ammonia feeds water.",  # FEEDS needs units or streams
        "Steam separates hydrogen from nitrogen.",  # a utility separates nothing
        "The nickel catalyst produces hydrogen.",  # a catalyst produces nothing
        "R-101 feeds R-101.",  # never an entity to itself
        "R-101 runs hot. Its effluent passes through E-101.",  # never across sentences
    ],
)
def test_pairs_the_ontology_or_the_sentence_forbid_give_nothing(text: str) -> None:
    relations, _ = RelationExtractor(RefusingParser()).extract(text, crude_mentions(text), [])
    assert relations == []


def test_evidence_is_the_sentence_holding_both_mentions() -> None:
    text = "The plant has two reactors. R-101 feeds E-101 directly.\n\nE-102 cools S-05."
    spans = split_sentences(text)
    relations, _ = RelationExtractor(RefusingParser()).extract(text, crude_mentions(text), [])
    assert triples(relations) == {("FEEDS", "R-101", "E-101"), ("COOLS", "E-102", "S-05")}
    for r in relations:
        assert (r.start, r.end) in spans and r.start <= r.head.start and r.tail.end <= r.end


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("R-101 operates at 200 bar and 450 °C.", {("R-101", "200 bar"), ("R-101", "450 °C")}),
        ("The boiler E-102 raises steam at 40 bar.", set()),  # the steam's pressure
        ("The effluent of R-101 holds 11 vol% ammonia.", set()),  # a composition
        ("E-101 cools the gas to 40 °C (stream S-05).", {("S-05", "40 °C")}),
        ("The heater H-101 heats the crude to 350 °C.", {("H-101", "350 °C")}),
        ("R-101 runs at 30 bar. The gas then reaches 40 °C.", {("R-101", "30 bar")}),
        ("At 870 °C the reformer H-301 is at its limit.", {("H-301", "870 °C")}),
    ],
)
def test_quantities_attach_to_what_they_describe(
    extractor: RelationExtractor, text: str, expected: set[tuple[str, str]]
) -> None:
    _, links = extractor.extract(text, crude_mentions(text), crude_quantities(text))
    assert {(link.entity.text, link.quantity.text) for link in links} == expected


def test_the_parse_attaches_a_quantity_past_a_nearer_mention(parser: DependencyParser) -> None:
    text = "E-101, unlike the furnace H-101, operates at 40 bar."
    mentions, values = crude_mentions(text), crude_quantities(text)
    by_position = attach_quantities(text, mentions, values)
    by_parse = attach_quantities(text, mentions, values, parser.parse([text])[0])
    assert [link.entity.text for link in by_position] == ["H-101"]
    assert [(link.entity.text, link.method) for link in by_parse] == [("E-101", Method.DEPENDENCY)]


def test_corpus_needs_the_parse_for_few_sentences(parser: DependencyParser) -> None:
    extractor = RelationExtractor(parser)
    found = 0
    for path in CORPUS:
        text = parse_document(path.read_bytes(), path.name).text
        relations, _ = extractor.extract(text, crude_mentions(text), crude_quantities(text))
        found += len(relations)
        assert all(obeys_ontology(r) for r in relations)
    assert found >= 50 and extractor.sentences_seen >= 400
    assert extractor.sentences_parsed / extractor.sentences_seen <= 0.05
