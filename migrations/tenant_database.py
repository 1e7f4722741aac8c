"""The migrations of a tenant database (``processkg_<tenant>``), in order.

Never edit a migration once released: its checksum is recorded. Append a new one.
"""

from __future__ import annotations

from graph.schema import (
    EDGE_COLLECTIONS,
    EDGE_DEFINITIONS,
    ENTITY_MERGES,
    GRAPH,
    MERGE_INDEXES,
    TENANT_ANALYZERS,
    TENANT_INDEXES,
    TENANT_VIEWS,
    VERTEX_COLLECTIONS,
)
from migrations.runner import Migration
from migrations.steps import (
    CreateAnalyzer,
    CreateCollection,
    CreateGraph,
    CreateIndex,
    CreateView,
)

TENANT_MIGRATIONS: tuple[Migration, ...] = (
    Migration(
        "0001_collections",
        tuple(CreateCollection(name) for name in VERTEX_COLLECTIONS)
        + tuple(CreateCollection(name, edge=True) for name in EDGE_COLLECTIONS),
        "documents, chunks, entities; has_chunk, mentions, relations",
    ),
    Migration(
        "0002_indexes",
        tuple(CreateIndex(spec) for spec in TENANT_INDEXES),
        "persistent indexes on the keys the store looks up",
    ),
    Migration(
        "0003_graph",
        (CreateGraph(GRAPH, EDGE_DEFINITIONS),),
        "named graph process_kg",
    ),
    Migration(
        "0004_analyzers",
        tuple(CreateAnalyzer(spec) for spec in TENANT_ANALYZERS),
        "identifier analyzer keeping formulas, CAS numbers and tags whole",
    ),
    Migration(
        "0005_search_view",
        tuple(CreateView(spec) for spec in TENANT_VIEWS),
        "ArangoSearch view chunks_view over chunk text and entity names",
    ),
    Migration(
        "0006_entity_merges",
        (CreateCollection(ENTITY_MERGES), *(CreateIndex(s) for s in MERGE_INDEXES)),
        "entity_merges: the reversible log of entity-resolution merges",
    ),
)
