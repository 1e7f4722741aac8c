"""The extraction stage: every finder over one text, overlaps settled, relations proposed.

    extractor = Extractor()
    found = extractor.extract("The converter R-101 runs at 200 bar on an iron catalyst.")

Entity finders run first (the gazetteer for tags, operations, processes, catalysts,
utilities and hazards; the chemical lexicon for names, formulas and CAS numbers); where
their mentions overlap the longer one wins, the gazetteer's on a tie ("iron catalyst" is
a catalyst, not the chemical iron). Quantities that overlap an entity are dropped. Then
sentence patterns and, where they are ambiguous, the dependency parse propose relations
and attach quantities to the entities they describe; an LLM, when configured, adds
relations for sentences the rules leave without any.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from graph.ingest.extract.chemicals import ChemicalLexicon
from graph.ingest.extract.gazetteer import Gazetteer
from graph.ingest.extract.llm import LLMRelationExtractor
from graph.ingest.extract.quantities import QuantityFinder
from graph.ingest.extract.relations import RelationExtractor, TextMentions
from graph.ingest.extract.sentences import split_sentences
from graph.ingest.extract.spans import (
    EntityMention,
    Extraction,
    QuantityMention,
    RelationCandidate,
)


class Extractor:
    """Finds entities, quantities, relations and conditions in a text (chunk)."""

    def __init__(
        self,
        *,
        chemicals: ChemicalLexicon | None = None,
        gazetteer: Gazetteer | None = None,
        quantities: QuantityFinder | None = None,
        relations: RelationExtractor | None = None,
        llm: LLMRelationExtractor | None = None,
    ) -> None:
        self.chemicals = chemicals or ChemicalLexicon()
        self.gazetteer = gazetteer or Gazetteer()
        self.quantities = quantities or QuantityFinder()
        self.relations = relations or RelationExtractor()
        self.llm = llm

    def extract(self, text: str) -> Extraction:
        """Everything found in ``text``; spans are offsets into ``text``."""
        return self.extract_many([text])[0]

    def extract_many(self, texts: Sequence[str]) -> list[Extraction]:
        """``extract`` for each text, with one batched dependency parse for all of them."""
        found: list[TextMentions] = []
        for text in texts:
            mentions = settle_overlaps(self.gazetteer.find(text), self.chemicals.find(text))
            values = outside(self.quantities.find(text), mentions)
            found.append((text, mentions, values, split_sentences(text)))
        out = []
        for (text, entities, quantities, sentences), (relations, conditions) in zip(
            found, self.relations.extract_many(found), strict=True
        ):
            assert sentences is not None
            if self.llm is not None:
                relations = relations + self._llm_relations(text, entities, relations, sentences)
            out.append(
                Extraction(
                    entities=tuple(entities),
                    quantities=tuple(quantities),
                    relations=tuple(relations),
                    conditions=tuple(conditions),
                    sentences=tuple(sentences),
                )
            )
        return out

    def _llm_relations(
        self,
        text: str,
        entities: Sequence[EntityMention],
        found: Sequence[RelationCandidate],
        sentences: Sequence[tuple[int, int]],
    ) -> list[RelationCandidate]:
        """Ask the LLM about the sentences with two or more entities and no relation."""
        assert self.llm is not None
        covered = {(r.start, r.end) for r in found}
        ambiguous = [
            s
            for s in sentences
            if s not in covered and sum(1 for e in entities if s[0] <= e.start < s[1]) >= 2
        ]
        if not ambiguous:
            return []
        known = {(r.type, r.head.canonical_id, r.tail.canonical_id) for r in found}
        return [
            r
            for r in self.llm.extract(text, entities, sentences)
            if (r.type, r.head.canonical_id, r.tail.canonical_id) not in known
        ]


def settle_overlaps(*finds: Iterable[EntityMention]) -> list[EntityMention]:
    """One non-overlapping list from several finders' mentions.

    Longer spans win; on equal length the finder listed first wins.
    """
    ranked = [
        (m.start, -(m.end - m.start), rank, m) for rank, found in enumerate(finds) for m in found
    ]
    chosen: list[EntityMention] = []
    taken: list[tuple[int, int]] = []
    for _, _, _, mention in sorted(ranked, key=lambda item: (item[1], item[2], item[0])):
        if all(mention.end <= s or mention.start >= e for s, e in taken):
            chosen.append(mention)
            taken.append((mention.start, mention.end))
    return sorted(chosen, key=lambda m: m.start)


def outside(
    quantities: Iterable[QuantityMention], entities: Sequence[EntityMention]
) -> list[QuantityMention]:
    """The quantities that do not overlap an entity mention."""
    return [q for q in quantities if all(q.end <= e.start or q.start >= e.end for e in entities)]
