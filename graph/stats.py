"""Counts and statistics of one tenant's graph."""

from __future__ import annotations

from arango.database import Database
from pydantic import BaseModel, ConfigDict

from graph.aql.stats import GRAPH_STATS
from graph.execute import run_one
from graph.schema import CHUNKS, DOCUMENTS, ENTITIES, HAS_CHUNK, MENTIONS, RELATIONS


class GraphStats(BaseModel):
    """Collection sizes and breakdowns by status and type."""

    model_config = ConfigDict(frozen=True)

    counts: dict[str, int]
    documents_by_status: dict[str, int]
    entities_by_type: dict[str, int]
    relations_by_type: dict[str, int]


def graph_stats(db: Database) -> GraphStats:
    """Counts of every tenant collection, documents by status, entities and relations by type."""
    bind = {
        "@documents": DOCUMENTS,
        "@chunks": CHUNKS,
        "@entities": ENTITIES,
        "@has_chunk": HAS_CHUNK,
        "@mentions": MENTIONS,
        "@relations": RELATIONS,
    }
    return GraphStats.model_validate(run_one(db, GRAPH_STATS, bind))
