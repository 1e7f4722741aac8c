"""Ingestion fixtures: the bundled model and the extractor (loaded once), a 384-d store."""

from __future__ import annotations

import pytest

from graph.connection import Connection
from graph.ingest.embeddings import CachedEmbedder, SentenceTransformerEmbedder
from graph.ingest.extract.extractor import Extractor
from graph.ingest.pipeline import IngestPipeline
from graph.store import GraphStore
from graph.vectors import VectorConfig

MINILM_VECTORS = VectorConfig(dimension=384, n_lists=4, n_probe=2)


@pytest.fixture(scope="session")
def minilm() -> CachedEmbedder:
    """The bundled all-MiniLM-L6-v2 model behind the content-hash cache."""
    return CachedEmbedder(SentenceTransformerEmbedder())


@pytest.fixture(scope="session")
def extractor() -> Extractor:
    """The rule-based extractor (chemical table and spaCy model load on first use)."""
    return Extractor()


@pytest.fixture
def store384(conn: Connection, tenant: str) -> GraphStore:
    """The store of a fresh tenant with the model's 384-dimensional embeddings."""
    return GraphStore.for_tenant(conn, tenant, MINILM_VECTORS)


@pytest.fixture
def pipeline(store384: GraphStore, minilm: CachedEmbedder, extractor: Extractor) -> IngestPipeline:
    """An ingestion pipeline over a fresh tenant."""
    return IngestPipeline(store384, minilm, extractor=extractor)
