"""Pydantic shapes of the store: ``*Create`` goes in, ``*Public`` comes out.

Storage shapes (``_key``, ``_from``, ``sources`` as ``[{document, count}]``, embeddings)
stay inside the store; ``*Public.from_record`` converts a stored document.
"""

from __future__ import annotations

from enum import StrEnum
from typing import Any, Self

from pydantic import BaseModel, ConfigDict, Field, model_validator

from graph.ontology import EntityType, RelationType

SHA256_PATTERN = r"^[0-9a-f]{64}$"


class _Model(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class DocumentStatus(StrEnum):
    """Where a document is in its ingestion."""

    PENDING = "pending"
    PROCESSING = "processing"
    READY = "ready"
    FAILED = "failed"


class DocumentCreate(_Model):
    """A document to register (its content is identified by ``sha256``)."""

    title: str = Field(min_length=1, max_length=500)
    filename: str = Field(min_length=1, max_length=500)
    media_type: str = Field(min_length=1, max_length=200)
    sha256: str = Field(pattern=SHA256_PATTERN)
    pages: int | None = Field(default=None, ge=0)
    tags: list[str] = Field(default_factory=list)
    uploaded_by: str | None = None


class DocumentPublic(DocumentCreate):
    """A stored document."""

    key: str
    status: DocumentStatus
    created_at: str
    updated_at: str

    @classmethod
    def from_record(cls, doc: dict[str, Any]) -> Self:
        """The public shape of a stored ``documents`` record."""
        return cls.model_validate(_fields(doc, cls))


class ChunkCreate(_Model):
    """A passage of a document with its character span in the document text."""

    ordinal: int = Field(ge=0)
    text: str
    page: int | None = Field(default=None, ge=0)
    section_path: list[str] = Field(default_factory=list)
    char_start: int = Field(ge=0)
    char_end: int = Field(ge=0)
    token_count: int = Field(default=0, ge=0)
    embedding: list[float] | None = None

    @model_validator(mode="after")
    def _span_in_order(self) -> Self:
        if self.char_end < self.char_start:
            raise ValueError("char_end must not be before char_start")
        return self


class ChunkPublic(_Model):
    """A stored chunk (without its embedding)."""

    key: str
    document: str
    ordinal: int
    text: str
    page: int | None = None
    section_path: list[str] = Field(default_factory=list)
    char_start: int
    char_end: int
    token_count: int = 0

    @classmethod
    def from_record(cls, doc: dict[str, Any]) -> Self:
        """The public shape of a stored ``chunks`` record."""
        return cls.model_validate(_fields(doc, cls))


class Condition(_Model):
    """An operating condition quoted in a chunk, normalised to SI units."""

    quantity: str
    value_si: float
    unit_si: str
    text: str
    chunk: str
    start: int = Field(ge=0)
    end: int = Field(ge=0)


class EntityCreate(_Model):
    """An entity as extracted from one document."""

    name: str = Field(min_length=1, max_length=500)
    type: EntityType
    canonical_id: str = Field(min_length=1, max_length=500)
    aliases: list[str] = Field(default_factory=list)
    description: str | None = None
    embedding: list[float] | None = None
    conditions: list[Condition] = Field(default_factory=list)


class EntityPublic(_Model):
    """A stored entity; ``sources`` counts each document's contributions."""

    key: str
    name: str
    type: EntityType
    canonical_id: str
    aliases: list[str] = Field(default_factory=list)
    description: str | None = None
    conditions: list[Condition] = Field(default_factory=list)
    sources: dict[str, int] = Field(default_factory=dict)

    @classmethod
    def from_record(cls, doc: dict[str, Any]) -> Self:
        """The public shape of a stored ``entities`` record."""
        return cls.model_validate({**_fields(doc, cls), "sources": _sources(doc)})


class MentionCreate(_Model):
    """A span of a chunk that names an entity."""

    chunk: str
    entity: str
    start: int = Field(ge=0)
    end: int = Field(ge=0)
    text: str


class MentionPublic(_Model):
    """Where an entity is named: a span of a chunk of a document."""

    chunk: str
    document: str
    start: int
    end: int
    text: str


class Evidence(_Model):
    """The span of a chunk that supports a relation."""

    chunk: str
    start: int = Field(ge=0)
    end: int = Field(ge=0)


class RelationCreate(_Model):
    """A typed relation between two entities (by key), with its evidence."""

    source: str
    target: str
    type: RelationType
    evidence: list[Evidence] = Field(default_factory=list)


class RelationPublic(_Model):
    """A stored relation; ``sources`` counts each document's contributions."""

    key: str
    source: str
    target: str
    type: RelationType
    evidence: list[Evidence] = Field(default_factory=list)
    sources: dict[str, int] = Field(default_factory=dict)

    @classmethod
    def from_record(cls, edge: dict[str, Any]) -> Self:
        """The public shape of a stored ``relations`` edge."""
        return cls.model_validate(
            {
                **_fields(edge, cls),
                "source": edge["_from"].split("/", 1)[1],
                "target": edge["_to"].split("/", 1)[1],
                "sources": _sources(edge),
            }
        )


def _fields(doc: dict[str, Any], model: type[BaseModel]) -> dict[str, Any]:
    out = {k: v for k, v in doc.items() if k in model.model_fields and k != "sources"}
    out["key"] = doc["_key"]
    return out


def _sources(doc: dict[str, Any]) -> dict[str, int]:
    return {s["document"]: s["count"] for s in doc.get("sources") or []}
