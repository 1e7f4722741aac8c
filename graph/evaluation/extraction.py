"""Scoring extraction against hand-labelled sentences (``tests/golden/extraction_sample.yaml``).

Each labelled sentence lists its entities (span, type, canonical id), relations (type,
head and tail given as entity or quantity text) and quantities (span, kind). The
extractor runs on the sentence alone; matches are exact:

- entities: same span and same type (label ``unit_operation`` is our ``process``);
- relations: same type, head and tail text (symmetric types in either order);
  ``OPERATES_AT`` relations are the quantities the extractor attached to an entity;
- quantities: same span and kind.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from graph.ingest.extract.extractor import Extractor
from graph.ingest.extract.spans import Extraction
from graph.ontology import RULES, RelationType

LABEL_TYPES = {"unit_operation": "process"}
Item = tuple[str, ...]


@dataclass(frozen=True)
class Score:
    """Precision and recall of one kind of item."""

    true_positives: int
    predicted: int
    expected: int

    @property
    def precision(self) -> float:
        return self.true_positives / self.predicted if self.predicted else 1.0

    @property
    def recall(self) -> float:
        return self.true_positives / self.expected if self.expected else 1.0

    def __str__(self) -> str:
        return (
            f"precision {self.precision:.2f} ({self.true_positives}/{self.predicted}), "
            f"recall {self.recall:.2f} ({self.true_positives}/{self.expected})"
        )


@dataclass(frozen=True)
class ExtractionScores:
    """Scores over a labelled sample."""

    entities: Score
    relations: Score
    quantities: Score
    sentences: int


def load_sample(path: Path) -> list[dict[str, Any]]:
    """The labelled sentences of a sample file."""
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    sentences: list[dict[str, Any]] = data["sentences"]
    return sentences


def score_sample(extractor: Extractor, sentences: Sequence[Mapping[str, Any]]) -> ExtractionScores:
    """Run ``extractor`` on every labelled sentence and score it."""
    counts = {"entities": [0, 0, 0], "relations": [0, 0, 0], "quantities": [0, 0, 0]}
    for item in sentences:
        found = extractor.extract(item["sentence"])
        for kind, (predicted, expected) in _items(found, item).items():
            tally = counts[kind]
            tally[0] += len(predicted & expected)
            tally[1] += len(predicted)
            tally[2] += len(expected)
    return ExtractionScores(
        entities=Score(*counts["entities"]),
        relations=Score(*counts["relations"]),
        quantities=Score(*counts["quantities"]),
        sentences=len(sentences),
    )


def _items(found: Extraction, label: Mapping[str, Any]) -> dict[str, tuple[set[Item], set[Item]]]:
    text = label["sentence"]
    entities: set[Item] = {(str(e.start), str(e.end), e.type.value) for e in found.entities}
    gold_entities: set[Item] = {
        (str(e["start"]), str(e["end"]), LABEL_TYPES.get(e["type"], e["type"]))
        for e in label["entities"]
    }
    quantities: set[Item] = {(str(q.start), str(q.end), q.kind.value) for q in found.quantities}
    gold_quantities: set[Item] = {
        (str(q["start"]), str(q["end"]), str(q["kind"])) for q in label["quantities"]
    }
    relations = _relation_items(
        [(r.type.value, r.head.text, r.tail.text) for r in found.relations]
        + [
            ("OPERATES_AT", c.entity.text, text[c.quantity.start : c.quantity.end])
            for c in found.conditions
        ]
    )
    gold_relations = _relation_items((r["type"], r["head"], r["tail"]) for r in label["relations"])
    return {
        "entities": (entities, gold_entities),
        "relations": (relations, gold_relations),
        "quantities": (quantities, gold_quantities),
    }


def _relation_items(triples: Iterable[tuple[str, str, str]]) -> set[Item]:
    out = set()
    for kind, head, tail in triples:
        symmetric = kind in RelationType.__members__ and RULES[RelationType(kind)].symmetric
        out.add((kind, *sorted((head, tail))) if symmetric else (kind, head, tail))
    return out
