"""Ingesting one file: parse, chunk, embed, extract, resolve, then store it atomically.

    pipeline = IngestPipeline(store, CachedEmbedder(SentenceTransformerEmbedder()))
    result = pipeline.ingest(data, "methanol_design_report.pdf")

Incremental: a file whose content (SHA-256) is already stored is left alone
(``unchanged``); a new version of a stored file (same file name, other content)
replaces exactly the old version's contributions in the same transaction
(``replaced``); everything else is ``created``. All the work that can fail (parsing,
the model, extraction) happens before the one write transaction, so a bad file or a
crash stores nothing.
"""

from __future__ import annotations

import hashlib
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal

import numpy as np
import structlog

from graph.aql.ingest import DOCUMENTS_BY_FILENAME
from graph.execute import run
from graph.ingest.chunking import Chunk, Chunker
from graph.ingest.contribution import Contribution
from graph.ingest.document import ParsedDocument
from graph.ingest.embeddings import Embedder, Vectors
from graph.ingest.extract.extractor import Extractor
from graph.ingest.extract.spans import Extraction
from graph.ingest.parsers import ParserRegistry, default_registry
from graph.ingest.resolution import Resolver
from graph.ingest.stream_graph import StreamGraphBuilder
from graph.ingest.tokens import minilm_token_counter
from graph.ingest.writer import write_contribution
from graph.models import ChunkCreate, DocumentCreate, DocumentPublic
from graph.schema import CHUNKS, DOCUMENTS, ENTITIES
from graph.store import GraphStore

log = structlog.get_logger(__name__)

Outcome = Literal["created", "unchanged", "replaced"]
Progress = Callable[[str, int, int], None]
STAGES = ("parse", "chunk", "embed", "extract", "write")
EXTRACT_BATCH = 64  # chunks extracted together (one batched dependency parse)
EMBED_BATCH = 128  # chunks embedded per call (progress is reported between calls)


@dataclass(frozen=True)
class IngestResult:
    """What ingesting one file did, and how long each stage took (seconds)."""

    document: DocumentPublic
    outcome: Outcome
    replaced: tuple[str, ...] = ()
    pages: int = 0
    chunks: int = 0
    entities: int = 0
    mentions: int = 0
    relations: int = 0
    merges: int = 0
    timings: dict[str, float] = field(default_factory=dict)

    @property
    def seconds(self) -> float:
        """Total time spent on the file."""
        return sum(self.timings.values())


class IngestPipeline:
    """Turns uploaded files into one tenant's graph (see the module docstring)."""

    def __init__(
        self,
        store: GraphStore,
        embedder: Embedder,
        *,
        extractor: Extractor | None = None,
        parsers: ParserRegistry | None = None,
        chunker: Chunker | None = None,
    ) -> None:
        self.store = store
        self.embedder = embedder
        self.extractor = extractor or Extractor()
        self.parsers = parsers or default_registry()
        self._chunker = chunker
        self._tables = StreamGraphBuilder(self.extractor.quantities, self.extractor.chemicals)

    @property
    def chunker(self) -> Chunker:
        """The chunker (built on first use: it loads the embedding model's tokenizer)."""
        if self._chunker is None:
            self._chunker = Chunker(minilm_token_counter())
        return self._chunker

    def ingest_path(self, path: Path, *, progress: Progress | None = None) -> IngestResult:
        """Ingest the file at ``path`` under its file name (see :meth:`ingest`)."""
        return self.ingest(path.read_bytes(), path.name, progress=progress)

    def ingest(
        self,
        data: bytes,
        filename: str,
        *,
        media_type: str | None = None,
        uploaded_by: str | None = None,
        tags: tuple[str, ...] = (),
        progress: Progress | None = None,
    ) -> IngestResult:
        """Ingest one file's bytes.

        Args:
            data: the file's content.
            filename: its name (a later file with the same name replaces this one).
            media_type: the declared media type, if any (the content decides).
            uploaded_by: who uploaded it.
            tags: labels to store with the document.
            progress: called as ``progress(stage, done, total)`` after each batch of chunks
                is embedded (stage ``"embed"``) and extracted (``"extract"``).

        Raises:
            DocumentError: the file cannot be ingested (nothing is stored).
            ProcessKGError: the database failed (nothing is stored).
        """
        timings: dict[str, float] = dict.fromkeys(STAGES, 0.0)
        sha256 = hashlib.sha256(data).hexdigest()
        existing = self.store.documents.by_sha256(sha256)
        if existing is not None:
            log.info("document_unchanged", doc=existing.key, filename=filename)
            return IngestResult(existing, "unchanged", pages=existing.pages or 0, timings=timings)
        with _timed(timings, "parse"):
            parsed = self.parsers.parse(data, filename, media_type)
        with _timed(timings, "chunk"):
            chunks = self.chunker.chunk(parsed)
        document = DocumentCreate(
            title=parsed.title[:500] or filename,
            filename=filename,
            media_type=parsed.media_type,
            sha256=sha256,
            pages=parsed.pages,
            tags=list(tags),
            uploaded_by=uploaded_by,
        )
        contribution = self._contribution(sha256, parsed, chunks, timings, progress)
        previous = self._previous_versions(filename)
        with _timed(timings, "write"):
            report = write_contribution(
                self.store.db, document, contribution, replaces=previous[0] if previous else None
            )
            for older in previous[1:]:
                self.store.delete_document(older)
            for collection in (CHUNKS, ENTITIES):
                self.store.ensure_vector_index(collection)
        result = IngestResult(
            document=report.document,
            outcome="replaced" if previous else "created",
            replaced=tuple(previous),
            pages=parsed.pages or 0,
            chunks=report.chunks,
            entities=report.entities,
            mentions=report.mentions,
            relations=report.relations,
            merges=report.merges,
            timings={k: round(v, 4) for k, v in timings.items()},
        )
        _log_result(result)
        return result

    def _contribution(
        self,
        sha256: str,
        parsed: ParsedDocument,
        chunks: list[Chunk],
        timings: dict[str, float],
        progress: Progress | None,
    ) -> Contribution:
        contribution = Contribution(document=sha256[:20])
        with _timed(timings, "embed"):
            vectors = self._embed_chunks(chunks, progress) if chunks else None
        with _timed(timings, "extract"):
            resolver = Resolver.from_database(self.store.db)
            for index, chunk in enumerate(chunks):
                embedding = None if vectors is None else vectors[index].tolist()
                contribution.chunks.append(_chunk_create(chunk, embedding))
            for first in range(0, len(chunks), EXTRACT_BATCH):
                batch = chunks[first : first + EXTRACT_BATCH]
                found = self.extractor.extract_many([c.text for c in batch])
                for chunk, extraction in zip(batch, found, strict=True):
                    key = contribution.chunk_key(chunk.ordinal)
                    _add_extraction(contribution, resolver, key, extraction)
                if progress is not None:
                    progress("extract", first + len(batch), len(chunks))
            self._tables.add(contribution, parsed, chunks)
        with _timed(timings, "embed"):
            self._embed_entities(contribution)
        return contribution

    def _embed_chunks(self, chunks: list[Chunk], progress: Progress | None) -> Vectors:
        """The chunks' vectors, embedded in batches so that progress can be reported."""
        parts = []
        for first in range(0, len(chunks), EMBED_BATCH):
            batch = chunks[first : first + EMBED_BATCH]
            parts.append(self.embedder.embed([c.text for c in batch]))
            if progress is not None:
                progress("embed", first + len(batch), len(chunks))
        return np.vstack(parts)

    def _embed_entities(self, contribution: Contribution) -> None:
        records = list(contribution.entities.values())
        if not records:
            return
        vectors = self.embedder.embed([r.name for r in records])
        for record, vector in zip(records, vectors, strict=True):
            record.embedding = vector.tolist()

    def _previous_versions(self, filename: str) -> list[str]:
        rows = run(
            self.store.db, DOCUMENTS_BY_FILENAME, {"@documents": DOCUMENTS, "filename": filename}
        )
        return [row["_key"] for row in reversed(rows)]


def _add_extraction(
    contribution: Contribution, resolver: Resolver, chunk: str, found: Extraction
) -> None:
    for mention in found.entities:
        contribution.add_mention(chunk, resolver.identity(mention), mention)
    for relation in found.relations:
        ends = (resolver.identity(relation.head), resolver.identity(relation.tail))
        evidence = {"chunk": chunk, "start": relation.start, "end": relation.end}
        contribution.add_relation(relation.type, ends, evidence, relation.method)
    for link in found.conditions:
        contribution.add_condition(resolver.identity(link.entity), chunk, link.quantity)


def _chunk_create(chunk: Chunk, embedding: list[float] | None) -> ChunkCreate:
    return ChunkCreate(
        ordinal=chunk.ordinal,
        text=chunk.text,
        page=chunk.page,
        section_path=list(chunk.section_path),
        char_start=chunk.char_start,
        char_end=chunk.char_end,
        token_count=chunk.token_count,
        embedding=embedding,
    )


@contextmanager
def _timed(timings: dict[str, float], stage: str) -> Iterator[None]:
    started = time.perf_counter()
    try:
        yield
    finally:
        timings[stage] += time.perf_counter() - started


def _log_result(result: IngestResult) -> None:
    log.info(
        "document_ingested",
        doc=result.document.key,
        filename=result.document.filename,
        outcome=result.outcome,
        replaced=list(result.replaced),
        chunks=result.chunks,
        entities=result.entities,
        relations=result.relations,
        ms={k: round(v * 1000, 1) for k, v in result.timings.items()},
    )
