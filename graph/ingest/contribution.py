"""One document's contribution to the graph, gathered in memory before anything is written.

The pipeline adds chunks, entity mentions, conditions and relations as it goes; the
writer stores the whole contribution in one stream transaction. Entities are keyed by
their identity ``(type, canonical id)`` until the database gives them keys.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from graph.ingest.extract.spans import EntityMention, Method, QuantityMention
from graph.models import ChunkCreate
from graph.ontology import EntityType, RelationType

Identity = tuple[EntityType, str]


@dataclass
class EntityRecord:
    """An entity as this document names it, with how often it does."""

    type: EntityType
    canonical_id: str
    name: str
    aliases: set[str] = field(default_factory=set)
    attributes: dict[str, str] = field(default_factory=dict)
    conditions: list[dict[str, Any]] = field(default_factory=list)
    count: int = 0
    embedding: list[float] | None = None

    @property
    def identity(self) -> Identity:
        return (self.type, self.canonical_id)

    def row(self) -> dict[str, Any]:
        """The bind-variable shape ``UPSERT_ENTITIES`` reads."""
        return {
            "type": self.type.value,
            "canonical_id": self.canonical_id,
            "name": self.name,
            "aliases": sorted(self.aliases - {self.name}),
            "attributes": self.attributes,
            "conditions": self.conditions,
            "description": None,
            "embedding": self.embedding,
            "count": self.count,
        }


@dataclass(frozen=True)
class MentionRecord:
    """A span of a chunk naming an entity."""

    chunk: str
    entity: Identity
    start: int
    end: int
    text: str


@dataclass
class RelationRecord:
    """A relation this document supports, with every span that evidences it."""

    type: RelationType
    head: Identity
    tail: Identity
    method: Method
    evidence: list[dict[str, Any]] = field(default_factory=list)
    count: int = 0


@dataclass
class Contribution:
    """Everything one document adds: chunks, entities, mentions, relations, conditions."""

    document: str
    chunks: list[ChunkCreate] = field(default_factory=list)
    entities: dict[Identity, EntityRecord] = field(default_factory=dict)
    mentions: list[MentionRecord] = field(default_factory=list)
    relations: dict[tuple[RelationType, Identity, Identity], RelationRecord] = field(
        default_factory=dict
    )

    def chunk_key(self, ordinal: int) -> str:
        """The key the chunk with ``ordinal`` gets (``<document>-<ordinal>``)."""
        return f"{self.document}-{ordinal}"

    def add_entity(self, identity: Identity, name: str, attributes: dict[str, str]) -> None:
        """Count one more occurrence of the entity ``identity`` in this document."""
        record = self.entities.get(identity)
        if record is None:
            record = EntityRecord(type=identity[0], canonical_id=identity[1], name=name)
            self.entities[identity] = record
        record.count += 1
        record.attributes.update({k: v for k, v in attributes.items() if v})

    def add_mention(self, chunk: str, identity: Identity, mention: EntityMention) -> None:
        """Record that ``chunk`` names ``identity`` at the mention's span."""
        self.add_entity(identity, mention_name(identity, mention), dict(mention.attributes))
        record = self.entities[identity]
        if mention.text != record.name:
            record.aliases.add(mention.text)
        self.mentions.append(
            MentionRecord(chunk, identity, mention.start, mention.end, mention.text)
        )

    def add_condition(self, identity: Identity, chunk: str, quantity: QuantityMention) -> None:
        """Attach an operating condition quoted in ``chunk`` to the entity ``identity``."""
        record = self.entities.get(identity)
        if record is None:
            return
        condition = {
            "quantity": quantity.kind.value,
            "value_si": quantity.value_si,
            "unit_si": quantity.unit_si,
            "text": quantity.text,
            "chunk": chunk,
            "start": quantity.start,
            "end": quantity.end,
        }
        if condition not in record.conditions:
            record.conditions.append(condition)

    def add_relation(
        self,
        relation: RelationType,
        ends: tuple[Identity, Identity],
        evidence: dict[str, Any],
        method: Method,
    ) -> None:
        """Count one more piece of evidence for ``head -[relation]-> tail``."""
        head, tail = ends
        if head == tail or head not in self.entities or tail not in self.entities:
            return
        key = (relation, head, tail)
        record = self.relations.get(key)
        if record is None:
            record = RelationRecord(relation, head, tail, method)
            self.relations[key] = record
        record.count += 1
        if evidence not in record.evidence:
            record.evidence.append(evidence)


def mention_name(identity: Identity, mention: EntityMention) -> str:
    """The display name an entity gets from a mention (the finder's preferred name)."""
    return mention.name or mention.text or identity[1]
