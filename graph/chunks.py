"""The ``chunks`` repository, with the ``has_chunk`` and ``mentions`` edges."""

from __future__ import annotations

import hashlib
from collections.abc import Sequence

from arango.database import Database

from graph.aql.chunks import (
    DOCUMENT_CHUNKS,
    GET_CHUNK,
    INSERT_CHUNKS,
    INSERT_MENTIONS,
    MISSING_MENTION_ENDPOINTS,
)
from graph.aql.documents import GET_DOCUMENT
from graph.errors import InvalidInput, NotFound
from graph.execute import run, run_one
from graph.models import ChunkCreate, ChunkPublic, MentionCreate
from graph.schema import CHUNKS, DOCUMENTS, ENTITIES, HAS_CHUNK, MENTIONS
from graph.vectors import check_embedding


class ChunkRepository:
    """Stores a document's chunks (key ``<document>-<ordinal>``) and their mentions."""

    def __init__(self, db: Database, dimension: int) -> None:
        self._db = db
        self._dimension = dimension

    def add(self, document: str, chunks: Sequence[ChunkCreate]) -> list[ChunkPublic]:
        """Store ``chunks`` of ``document`` (re-adding an ordinal replaces that chunk).

        Raises:
            NotFound: no such document (nothing is written).
            InvalidInput: repeated ordinals or an embedding of the wrong length.
        """
        ordinals = [c.ordinal for c in chunks]
        if len(set(ordinals)) != len(ordinals):
            raise InvalidInput(f"document {document!r}: chunk ordinals repeat")
        for chunk in chunks:
            check_embedding(chunk.embedding, self._dimension, f"chunk {chunk.ordinal}")
        if run_one(self._db, GET_DOCUMENT, {"@documents": DOCUMENTS, "key": document}) is None:
            raise NotFound(f"document {document!r} not found")
        bind = {
            "@documents": DOCUMENTS,
            "@chunks": CHUNKS,
            "@has_chunk": HAS_CHUNK,
            "document": document,
            "chunks": [c.model_dump(mode="json") for c in chunks],
        }
        return [ChunkPublic.from_record(r) for r in run(self._db, INSERT_CHUNKS, bind)]

    def get(self, key: str) -> ChunkPublic:
        """The chunk ``key``.

        Raises:
            NotFound: no such chunk.
        """
        record = run_one(self._db, GET_CHUNK, {"@chunks": CHUNKS, "key": key})
        if record is None:
            raise NotFound(f"chunk {key!r} not found")
        return ChunkPublic.from_record(record)

    def of_document(self, document: str) -> list[ChunkPublic]:
        """The chunks of ``document`` in order."""
        bind = {"@chunks": CHUNKS, "document": document}
        return [ChunkPublic.from_record(r) for r in run(self._db, DOCUMENT_CHUNKS, bind)]

    def add_mentions(self, mentions: Sequence[MentionCreate]) -> int:
        """Link chunks to the entities they name (adding the same span twice is a no-op).

        Returns:
            How many mentions were written.

        Raises:
            NotFound: a chunk or entity does not exist (nothing is written).
        """
        rows = [{**m.model_dump(mode="json"), "key": mention_key(m)} for m in mentions]
        ends = {"@chunks": CHUNKS, "@entities": ENTITIES, "mentions": rows}
        missing = run(self._db, MISSING_MENTION_ENDPOINTS, ends)
        if missing:
            pairs = ", ".join(f"{m['chunk']}→{m['entity']}" for m in missing)
            raise NotFound(f"mention endpoints not found: {pairs}")
        return len(run(self._db, INSERT_MENTIONS, {**ends, "@mentions": MENTIONS}))


def mention_key(mention: MentionCreate) -> str:
    """A stable key per (chunk, entity, span), so re-adding a mention changes nothing."""
    return span_key(mention.chunk, mention.entity, mention.start, mention.end)


def span_key(chunk: str, entity: str, start: int, end: int) -> str:
    """The mention key of entity ``entity`` named at ``start:end`` of ``chunk``."""
    text = f"{chunk}|{entity}|{start}|{end}"
    return hashlib.sha1(text.encode(), usedforsecurity=False).hexdigest()
