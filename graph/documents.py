"""The ``documents`` repository."""

from __future__ import annotations

from arango.database import Database

from graph.aql.documents import (
    DOCUMENT_BY_SHA256,
    GET_DOCUMENT,
    INSERT_DOCUMENT,
    LIST_DOCUMENTS,
    SET_DOCUMENT_STATUS,
)
from graph.clock import utc_now
from graph.errors import Conflict, NotFound
from graph.execute import run, run_one
from graph.models import DocumentCreate, DocumentPublic, DocumentStatus
from graph.schema import DOCUMENTS


class DocumentRepository:
    """Registers documents (one per sha256) and tracks their status."""

    def __init__(self, db: Database) -> None:
        self._db = db

    def add(self, document: DocumentCreate) -> tuple[DocumentPublic, bool]:
        """Register ``document`` unless its sha256 is known.

        Returns:
            The stored document and whether it was created now (False: same content
            was registered before, nothing changed).
        """
        existing = self.by_sha256(document.sha256)
        if existing is not None:
            return existing, False
        bind = {
            "@documents": DOCUMENTS,
            "document": document.model_dump(mode="json"),
            "status": DocumentStatus.PENDING.value,
            "now": utc_now(),
        }
        try:
            record = run_one(self._db, INSERT_DOCUMENT, bind)
        except Conflict:  # registered concurrently
            existing = self.by_sha256(document.sha256)
            if existing is None:
                raise
            return existing, False
        return DocumentPublic.from_record(record), True

    def get(self, key: str) -> DocumentPublic:
        """The document ``key``.

        Raises:
            NotFound: no such document.
        """
        record = run_one(self._db, GET_DOCUMENT, {"@documents": DOCUMENTS, "key": key})
        if record is None:
            raise NotFound(f"document {key!r} not found")
        return DocumentPublic.from_record(record)

    def by_sha256(self, sha256: str) -> DocumentPublic | None:
        """The document with this content hash, if registered."""
        record = run_one(self._db, DOCUMENT_BY_SHA256, {"@documents": DOCUMENTS, "sha256": sha256})
        return None if record is None else DocumentPublic.from_record(record)

    def list(self, *, limit: int = 50, offset: int = 0) -> list[DocumentPublic]:
        """Documents, newest first."""
        bind = {"@documents": DOCUMENTS, "limit": limit, "offset": offset}
        return [DocumentPublic.from_record(r) for r in run(self._db, LIST_DOCUMENTS, bind)]

    def set_status(self, key: str, status: DocumentStatus) -> DocumentPublic:
        """Change the document's status.

        Raises:
            NotFound: no such document.
        """
        bind = {"@documents": DOCUMENTS, "key": key, "status": status.value, "now": utc_now()}
        try:
            record = run_one(self._db, SET_DOCUMENT_STATUS, bind)
        except NotFound as exc:
            raise NotFound(f"document {key!r} not found") from exc
        return DocumentPublic.from_record(record)
