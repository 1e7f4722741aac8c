"""Building the ingestion pipeline from the settings (shared by the CLI and the API)."""

from __future__ import annotations

from graph.ingest.embeddings import CachedEmbedder, Embedder, SentenceTransformerEmbedder
from graph.ingest.extract.extractor import Extractor
from graph.ingest.extract.llm import LLMRelationExtractor, chat_model
from graph.ingest.extract.llm_cache import SqliteRelationCache
from graph.ingest.limits import IngestLimits
from graph.ingest.parsers import default_registry
from graph.ingest.pipeline import IngestPipeline
from graph.store import GraphStore
from service.settings import Settings

LLM_CACHE_FILE = "llm_relations.sqlite"


def build_embedder(settings: Settings) -> Embedder:
    """The bundled all-MiniLM-L6-v2 model (or ``PROCESSKG_EMBEDDING_MODEL_PATH``), cached."""
    model_path = str(settings.embedding_model_path) if settings.embedding_model_path else None
    return CachedEmbedder(SentenceTransformerEmbedder(model_path))


def build_extractor(settings: Settings) -> Extractor:
    """Rules always; an LLM for ambiguous sentences when ``PROCESSKG_LLM_*`` is set."""
    if not (settings.llm_base_url and settings.llm_model):
        return Extractor()
    key = settings.llm_api_key.get_secret_value() if settings.llm_api_key else None
    model = chat_model(settings.llm_base_url, settings.llm_model, key)
    cache = SqliteRelationCache(settings.data_dir / LLM_CACHE_FILE)
    return Extractor(llm=LLMRelationExtractor(model, cache, model_name=settings.llm_model))


def build_pipeline(
    store: GraphStore, settings: Settings, embedder: Embedder | None = None
) -> IngestPipeline:
    """The ingestion pipeline of ``store`` configured from ``settings``."""
    limits = IngestLimits(max_bytes=settings.max_upload_mb * 1024 * 1024)
    return IngestPipeline(
        store,
        embedder or build_embedder(settings),
        extractor=build_extractor(settings),
        parsers=default_registry(limits),
    )
