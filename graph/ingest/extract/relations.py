"""Relation candidates between entity mentions, from cue words, settled by a parse if needed.

Per sentence with at least two mentions, cue words (``cues.CUES``) are found and each
cue's agent and patient are looked up around it: the subject of its clause (or the noun a
relative clause describes), the first fitting mention after it and the list it opens.
When a subject holds a mention that may not be its head (several mentions that are not a
list, or one inside a prepositional phrase: "the residue from T-601 is heated in H-602"),
the sentence is parsed, in one batch with the others that need it, and the verb's subject
in the parse decides. Surface patterns between neighbouring mentions (``from X to Y``, a
hazard and its place, ``ammonia burner R-501``) add the rest. Every candidate passes the
ontology's domain/range rule; none links an entity to itself.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Sequence
from typing import TypeVar

from graph.ingest.extract.arguments import NeedsParse
from graph.ingest.extract.attach import attach_quantities
from graph.ingest.extract.clauses import Sentence, prepare_sentence
from graph.ingest.extract.frames import HANDLERS
from graph.ingest.extract.parse import DependencyParser
from graph.ingest.extract.patterns import SYMMETRIC, Found
from graph.ingest.extract.sentences import split_sentences
from graph.ingest.extract.spans import (
    EntityMention,
    QuantityLink,
    QuantityMention,
    RelationCandidate,
)
from graph.ingest.extract.surface import neighbour_relations
from graph.ontology import RelationType

R = RelationType
_OPPOSITE = {R.PRODUCES: R.CONSUMES, R.CONSUMES: R.PRODUCES}
_Span = TypeVar("_Span", EntityMention, QuantityMention)
# One text to extract from: (text, entity mentions, quantity mentions, sentence spans or None).
TextMentions = tuple[
    str, Sequence[EntityMention], Sequence[QuantityMention], Sequence[tuple[int, int]] | None
]
Extracted = tuple[list[RelationCandidate], list[QuantityLink]]


class RelationExtractor:
    """Finds relation candidates and quantity links in a text, given its mentions.

    Attributes:
        sentences_seen: sentences looked at so far (for throughput reports).
        sentences_parsed: of those, how many needed the dependency parse.
    """

    def __init__(self, parser: DependencyParser | None = None) -> None:
        self._parser = parser if parser is not None else DependencyParser()
        self.sentences_seen = 0
        self.sentences_parsed = 0

    def extract(
        self,
        text: str,
        entities: Sequence[EntityMention],
        quantities: Sequence[QuantityMention],
        sentences: Sequence[tuple[int, int]] | None = None,
    ) -> tuple[list[RelationCandidate], list[QuantityLink]]:
        """The relations between ``entities`` and the links of ``quantities`` in ``text``.

        Args:
            text: the text every span points into.
            entities: entity mentions found in ``text`` (any order).
            quantities: quantity mentions found in ``text`` (any order).
            sentences: sentence spans; ``split_sentences(text)`` when not given.

        Returns:
            The relation candidates (evidence span = their sentence) and the quantities
            attached to the entity they describe; neither crosses a sentence boundary.

        Raises:
            ConfigurationError: a sentence needs a parse and the spaCy model is missing.
        """
        return self.extract_many([(text, entities, quantities, sentences)])[0]

    def extract_many(self, texts: Sequence[TextMentions]) -> list[Extracted]:
        """``extract`` for several texts, with one batched parse for all their sentences
        that need it (the parse dominates; batching a document's chunks halves it).

        Raises:
            ConfigurationError: a sentence needs a parse and the spaCy model is missing.
        """
        prepared = [self._prepare(*item) for item in texts]
        pending = [sent for _, waiting in prepared for sent in waiting]
        if pending:
            docs = self._parser.parse([s.text[s.start : s.end] for s in pending])
            self.sentences_parsed += len(docs)
            for sent, doc in zip(pending, docs, strict=True):
                sent.doc = doc
                _relations(sent)
        return [_collect(sorted(a + b, key=lambda s: s.start)) for a, b in prepared]

    def _prepare(
        self,
        text: str,
        entities: Sequence[EntityMention],
        quantities: Sequence[QuantityMention],
        sentences: Sequence[tuple[int, int]] | None,
    ) -> tuple[list[Sentence], list[Sentence]]:
        """The sentences of ``text`` worth looking at: those decided by patterns, and
        those waiting for the parse."""
        spans = split_sentences(text) if sentences is None else sorted(sentences)
        ents = sorted(entities, key=lambda m: (m.start, -m.end))
        quants = sorted(quantities, key=lambda q: q.start)
        ent_starts, quant_starts = [m.start for m in ents], [q.start for q in quants]
        done: list[Sentence] = []
        pending: list[Sentence] = []
        for start, end in spans:
            self.sentences_seen += 1
            here = _slice(ents, ent_starts, start, end)
            values = _slice(quants, quant_starts, start, end)
            if here and len(here) + min(len(values), 1) >= 2:
                sent = prepare_sentence(text, start, end, here, values)
                try:
                    _relations(sent)
                    done.append(sent)
                except NeedsParse:
                    pending.append(sent)
        return done, pending


def _slice(items: list[_Span], starts: list[int], start: int, end: int) -> list[_Span]:
    """The items lying inside ``[start, end)`` (items sorted by start)."""
    out = []
    for index in range(bisect_left(starts, start), len(items)):
        if items[index].start >= end:
            break
        if items[index].end <= end:
            out.append(items[index])
    return out


def _collect(sentences: list[Sentence]) -> tuple[list[RelationCandidate], list[QuantityLink]]:
    """One candidate per type and entity pair of a sentence, and the quantity links."""
    relations: list[RelationCandidate] = []
    links: list[QuantityLink] = []
    for sent in sentences:
        said = {(r, h.canonical_id, t.canonical_id) for r, h, t, _ in sent.found}
        named = [
            f
            for f in sent.base
            if (_OPPOSITE.get(f[0]), f[1].canonical_id, f[2].canonical_id) not in said
        ]
        seen: set[tuple[str, ...]] = set()
        for relation, head, tail, method in sent.found + named:
            ends = (head.canonical_id, tail.canonical_id)
            key = (relation, *(sorted(ends) if relation in SYMMETRIC else ends))
            if key in seen:
                continue
            seen.add(key)
            relations.append(RelationCandidate(relation, head, tail, sent.start, sent.end, method))
        links.extend(
            attach_quantities(sent.text, sent.mentions, sent.quantities, sent.doc, sent.start)
        )
    return relations, links


def _relations(sent: Sentence) -> None:
    """Fill ``sent.found``; raises ``NeedsParse`` when a subject needs the parse."""
    found: list[Found] = []
    if len(sent.mentions) >= 2:
        for site in sent.sites:
            found.extend(HANDLERS[site.cue.frame](sent, site))
        found.extend(neighbour_relations(sent.text, sent.start, sent.end, sent.mentions))
    sent.found = found
