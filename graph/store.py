"""``GraphStore``: the typed repository over one tenant's knowledge graph.

    store = GraphStore.for_tenant(conn, "default", VectorConfig())
    doc, created = store.documents.add(DocumentCreate(...))
    store.chunks.add(doc.key, [ChunkCreate(...)])
    reactor = store.entities.upsert(EntityCreate(...), document=doc.key)
    store.relations.upsert(RelationCreate(...), document=doc.key)
    store.graph.neighbourhood(reactor.key, depth=2)
    store.delete_document(doc.key)

Repositories per collection (``documents``, ``chunks`` with mentions, ``entities``,
``relations``), graph queries (``graph``) and vector-index management (``vectors``);
document deletion and statistics span them all.
"""

from __future__ import annotations

from arango.database import StandardDatabase

from graph.chunks import ChunkRepository
from graph.connection import Connection
from graph.deletion import DeletionReport, delete_document
from graph.documents import DocumentRepository
from graph.entities import EntityRepository
from graph.relations import RelationRepository
from graph.stats import GraphStats, graph_stats
from graph.tenants import tenant_database
from graph.traversal import GraphQueries
from graph.vectors import VectorConfig, VectorIndexes, VectorIndexState, VectorMode


class GraphStore:
    """Typed access to one tenant database (migrated with ``migrations``)."""

    def __init__(self, db: StandardDatabase, vectors: VectorConfig | None = None) -> None:
        config = vectors or VectorConfig()
        self.db = db
        self.documents = DocumentRepository(db)
        self.chunks = ChunkRepository(db, config.dimension)
        self.entities = EntityRepository(db, config.dimension)
        self.relations = RelationRepository(db)
        self.graph = GraphQueries(db)
        self.vectors = VectorIndexes(db, config)

    @classmethod
    def for_tenant(
        cls, conn: Connection, tenant: str, vectors: VectorConfig | None = None
    ) -> GraphStore:
        """The store of ``tenant``'s database.

        Raises:
            TenantNameError: invalid tenant name.
        """
        return cls(conn.database(tenant_database(tenant)), vectors)

    def delete_document(self, key: str) -> DeletionReport:
        """Remove the document, its chunks and mentions, its share of entities and
        relations and the orphans left behind, in one stream transaction.

        Raises:
            NotFound: no such document (nothing changes).
        """
        return delete_document(self.db, key)

    def stats(self) -> GraphStats:
        """Collection counts and breakdowns by status and type."""
        return graph_stats(self.db)

    def vector_mode(self, collection: str) -> VectorMode:
        """``"approx"`` if ``collection`` has a ready vector index, otherwise ``"exact"``."""
        return self.vectors.mode(collection)

    def ensure_vector_index(self, collection: str) -> VectorIndexState:
        """Create ``collection``'s vector index once it holds enough vectors (idempotent)."""
        return self.vectors.ensure(collection)
