"""Every name in the ProcessKG databases: collections, graph, indexes, analyzers, view.

This module is the single source of truth; migrations create what it declares and
the store and the AQL texts refer to these names only.

Storage layout of a tenant database (``processkg_<tenant>``):

- ``documents``: ``_key`` (generated), title, filename, media_type, sha256, pages,
  tags, status, created_at, updated_at, uploaded_by.
- ``chunks``: ``_key`` = ``<document key>-<ordinal>``, document, ordinal, text, page,
  section_path, char_start, char_end, token_count, embedding.
- ``entities``: name, type, canonical_id, aliases, description, embedding,
  conditions, sources (``[{document, count}]``: refcounted contributions).
- ``has_chunk`` (documents → chunks), ``mentions`` (chunks → entities: document,
  start, end, text), ``relations`` (entities → entities: type, evidence, sources).
- ``entity_merges``: one record per name that entity resolution merged into an entity
  (entity, alias, canonical_id, type, rule, document, at, reverted_at, split_into).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

# ---------------------------------------------------------------------------- databases

SERVICE_DATABASE = "processkg"
TENANT_DATABASE_PREFIX = "processkg_"
ANALYST_USER_SUFFIX = "_analyst"
MIGRATIONS = "_migrations"

# ---------------------------------------------------------------------------- tenant collections

DOCUMENTS = "documents"
CHUNKS = "chunks"
ENTITIES = "entities"
HAS_CHUNK = "has_chunk"
MENTIONS = "mentions"
RELATIONS = "relations"

VERTEX_COLLECTIONS = (DOCUMENTS, CHUNKS, ENTITIES)
EDGE_COLLECTIONS = (HAS_CHUNK, MENTIONS, RELATIONS)
ENTITY_MERGES = "entity_merges"  # the log of entity-resolution merges (outside the graph)
TENANT_COLLECTIONS = VERTEX_COLLECTIONS + EDGE_COLLECTIONS + (ENTITY_MERGES,)

GRAPH = "process_kg"
EMBEDDING_FIELD = "embedding"
VECTOR_COLLECTIONS = (CHUNKS, ENTITIES)

# ---------------------------------------------------------------------------- service collections

USERS = "users"
TENANTS = "tenants"
AUDIT = "audit"
JOBS = "jobs"
REVOKED_TOKENS = "revoked_tokens"

SERVICE_COLLECTIONS = (USERS, TENANTS, AUDIT, JOBS, REVOKED_TOKENS)


@dataclass(frozen=True)
class EdgeDefinition:
    """One edge collection of the named graph with the vertex collections it joins."""

    collection: str
    from_collections: tuple[str, ...]
    to_collections: tuple[str, ...]

    def body(self) -> dict[str, Any]:
        """The python-arango ``edge_definitions`` entry."""
        return {
            "edge_collection": self.collection,
            "from_vertex_collections": list(self.from_collections),
            "to_vertex_collections": list(self.to_collections),
        }


EDGE_DEFINITIONS = (
    EdgeDefinition(HAS_CHUNK, (DOCUMENTS,), (CHUNKS,)),
    EdgeDefinition(MENTIONS, (CHUNKS,), (ENTITIES,)),
    EdgeDefinition(RELATIONS, (ENTITIES,), (ENTITIES,)),
)


@dataclass(frozen=True)
class IndexSpec:
    """A named index on one collection (persistent unless ``kind`` says otherwise)."""

    collection: str
    name: str
    fields: tuple[str, ...]
    unique: bool = False
    sparse: bool = False
    kind: str = "persistent"
    options: tuple[tuple[str, Any], ...] = ()

    def body(self) -> dict[str, Any]:
        """The ``POST /_api/index`` body."""
        body: dict[str, Any] = {
            "type": self.kind,
            "name": self.name,
            "fields": list(self.fields),
            "unique": self.unique,
            "sparse": self.sparse,
        }
        body.update(dict(self.options))
        return body


TENANT_INDEXES = (
    IndexSpec(DOCUMENTS, "documents_sha256", ("sha256",), unique=True),
    IndexSpec(DOCUMENTS, "documents_status", ("status", "created_at")),
    IndexSpec(CHUNKS, "chunks_document_ordinal", ("document", "ordinal"), unique=True),
    IndexSpec(ENTITIES, "entities_canonical", ("canonical_id", "type"), unique=True),
    IndexSpec(ENTITIES, "entities_type_name", ("type", "name")),
    IndexSpec(ENTITIES, "entities_aliases", ("aliases[*]",)),
    IndexSpec(ENTITIES, "entities_sources", ("sources[*].document",)),
    IndexSpec(MENTIONS, "mentions_document", ("document",)),
    IndexSpec(RELATIONS, "relations_type", ("type",)),
    IndexSpec(RELATIONS, "relations_endpoints_type", ("_from", "_to", "type"), unique=True),
    IndexSpec(RELATIONS, "relations_sources", ("sources[*].document",)),
)

MERGE_INDEXES = (
    IndexSpec(ENTITY_MERGES, "entity_merges_entity", ("entity", "alias")),
    IndexSpec(ENTITY_MERGES, "entity_merges_document", ("document",)),
    IndexSpec(ENTITY_MERGES, "entity_merges_canonical", ("type", "canonical_id", "alias")),
)

SERVICE_INDEXES = (
    IndexSpec(USERS, "users_tenant_username", ("tenant", "username"), unique=True),
    IndexSpec(AUDIT, "audit_tenant_at", ("tenant", "at")),
    IndexSpec(JOBS, "jobs_tenant_status", ("tenant", "status", "created_at")),
    IndexSpec(
        REVOKED_TOKENS,
        "revoked_tokens_expiry",
        ("expires_at",),
        kind="ttl",
        options=(("expireAfter", 0),),
    ),
)

# ---------------------------------------------------------------------------- search


@dataclass(frozen=True)
class AnalyzerSpec:
    """A custom analyzer of the tenant database."""

    name: str
    kind: str
    properties: dict[str, Any] = field(hash=False)
    features: tuple[str, ...] = ("frequency", "norm", "position")


TEXT_ANALYZER = "text_en"  # ArangoDB's built-in English text analyzer (stemming on)
IDENTIFIER_ANALYZER = "processkg_identifier"

# Lower-cases, then splits on white space and punctuation that never occurs inside a
# formula, CAS number or equipment tag, so H2SO4, 7664-41-7 and E-201A stay whole.
IDENTIFIER_DELIMITERS = (" ", "\t", "\n", "\r", ",", ";", ":", "(", ")", "[", "]", '"', ". ")

TENANT_ANALYZERS = (
    AnalyzerSpec(
        IDENTIFIER_ANALYZER,
        "pipeline",
        {
            "pipeline": [
                {"type": "norm", "properties": {"locale": "en", "case": "lower", "accent": False}},
                {
                    "type": "multi_delimiter",
                    "properties": {"delimiters": list(IDENTIFIER_DELIMITERS)},
                },
            ]
        },
    ),
)

CHUNKS_VIEW = "chunks_view"
SEARCH_ANALYZERS = (TEXT_ANALYZER, IDENTIFIER_ANALYZER)


def _field_link(*names: str) -> dict[str, Any]:
    return {name: {"analyzers": list(SEARCH_ANALYZERS)} for name in names}


@dataclass(frozen=True)
class ViewSpec:
    """An ArangoSearch view and its links."""

    name: str
    properties: dict[str, Any] = field(hash=False)


TENANT_VIEWS = (
    ViewSpec(
        CHUNKS_VIEW,
        {
            "links": {
                CHUNKS: {
                    "includeAllFields": False,
                    "storeValues": "none",
                    "fields": _field_link("text"),
                },
                ENTITIES: {
                    "includeAllFields": False,
                    "storeValues": "none",
                    "fields": _field_link("name", "aliases"),
                },
            },
            "commitIntervalMsec": 1000,
            "consolidationIntervalMsec": 1000,
        },
    ),
)

# Vector indexes are created by the store once a collection holds enough embeddings
# (see graph.vectors), not by a migration: ArangoDB trains them on existing data.
VECTOR_INDEX_NAMES = {CHUNKS: "chunks_embedding", ENTITIES: "entities_embedding"}
