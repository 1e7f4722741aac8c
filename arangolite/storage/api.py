"""The storage contract the AQL executor and the REST handlers program against.

The engine keeps every collection's documents in memory (the read path) and
makes every commit durable in SQLite (WAL mode) before it becomes visible.
All work happens inside a :class:`Transaction`: a stream transaction opened over
REST, an AQL query's implicit transaction, or a single-document operation's.
Writes go to the transaction's own overlay and become visible to others only on
commit, all at once; abort discards them.

Documents handed out are shared and must be treated as read-only by callers:
build a new dict to change one.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any, Literal, Protocol

EdgeDirection = Literal["out", "in", "any"]

DOCUMENT_COLLECTION = 2
EDGE_COLLECTION = 3


@dataclass(slots=True)
class WriteOptions:
    """Options of a document write, as the REST API and AQL OPTIONS give them.

    ``overwrite_mode`` applies to inserts: ``None`` (fail with 1210 on an
    existing key), ``"ignore"``, ``"replace"``, ``"update"`` or ``"conflict"``.
    ``if_match`` is a revision the stored document must have (1200 otherwise)
    unless ``ignore_revs``; for AQL/REST bodies that carry ``_rev`` with
    ``ignore_revs=False`` the body's ``_rev`` is checked likewise.
    """

    overwrite_mode: str | None = None
    keep_null: bool = True
    merge_objects: bool = True
    ignore_revs: bool = True
    if_match: str | None = None
    wait_for_sync: bool = False
    refill_index_caches: bool = False


@dataclass(slots=True)
class WriteResult:
    """What a write did: the stored document after (``new``) and before (``old``).

    ``ignored`` is True when an insert with ``overwrite_mode="ignore"`` found an
    existing document and left it alone (``new`` is then that document).
    """

    new: dict[str, Any] | None
    old: dict[str, Any] | None
    ignored: bool = False

    @property
    def meta(self) -> dict[str, Any]:
        """``{_id, _key, _rev}`` of the written document (``_oldRev`` when replaced)."""
        doc = self.new if self.new is not None else self.old
        assert doc is not None
        meta = {"_id": doc["_id"], "_key": doc["_key"], "_rev": doc["_rev"]}
        if self.new is not None and self.old is not None:
            meta["_oldRev"] = self.old["_rev"]
        return meta


@dataclass(slots=True)
class IndexDescription:
    """An index as ArangoDB describes it (``to_json`` gives the REST shape)."""

    id: str  # "<collection>/<number>", e.g. "users/0" for the primary index
    name: str
    type: str  # primary, edge, persistent, hash, skiplist, vector, inverted, ...
    fields: list[str]
    unique: bool = False
    sparse: bool = False
    extra: dict[str, Any] = field(default_factory=dict)

    def to_json(self) -> dict[str, Any]:
        body: dict[str, Any] = {
            "id": self.id,
            "name": self.name,
            "type": self.type,
            "fields": list(self.fields),
            "unique": self.unique,
            "sparse": self.sparse,
        }
        body.update(self.extra)
        return body


class CollectionAccess(Protocol):
    """One collection as seen from inside a transaction (overlay applied)."""

    name: str
    is_edge: bool

    def get(self, key: str) -> dict[str, Any] | None:
        """The document with ``_key`` ``key``, or None."""

    def scan(self) -> Iterator[dict[str, Any]]:
        """Every document, in a stable order (insertion order)."""

    def count(self) -> int: ...

    def indexes(self) -> list[IndexDescription]: ...

    def lookup(self, index_id: str, values: list[Any]) -> Iterable[dict[str, Any]]:
        """Documents whose first ``len(values)`` index fields equal ``values``.

        Equality follows AQL ``==`` (no casts). For array fields (``tags[*]``) a
        document matches when any element equals the value.
        """

    def lookup_range(
        self,
        index_id: str,
        prefix: list[Any],
        low: Any,
        low_inclusive: bool,
        high: Any,
        high_inclusive: bool,
    ) -> Iterable[dict[str, Any]]:
        """Documents whose fields equal ``prefix`` and whose next field is in range.

        ``low``/``high`` may be the sentinel :data:`UNBOUNDED`. Results come in
        index order (AQL value order of that field).
        """

    def edges(self, vertex_id: str, direction: EdgeDirection) -> Iterable[dict[str, Any]]:
        """Edges with ``_from`` (out), ``_to`` (in) or either (any) equal to ``vertex_id``.

        Only valid on edge collections. Uses the edge index: never a scan.
        """

    def insert(self, document: dict[str, Any], options: WriteOptions) -> WriteResult:
        """Insert (or, with ``overwrite_mode``, overwrite). Generates ``_key``/``_rev``/``_id``.

        Raises ArangoliteError: 1210 unique violation, 1221 bad key, 1233 bad edge
        attributes, 1200 conflict, 1227 not an object.
        """

    def update(self, key: str, patch: dict[str, Any], options: WriteOptions) -> WriteResult:
        """Merge ``patch`` into the stored document (``keep_null``, ``merge_objects``).

        Raises ArangoliteError: 1202 missing, 1200 revision conflict, 1210.
        """

    def replace(self, key: str, document: dict[str, Any], options: WriteOptions) -> WriteResult:
        """Replace the stored document's body, keeping ``_key``/``_id`` (``_from``/``_to``
        must be given again for edges)."""

    def remove(self, key: str, options: WriteOptions) -> WriteResult:
        """Remove the document. Raises ArangoliteError 1202 when missing, 1200 on rev mismatch."""


class Transaction(Protocol):
    """A unit of work over one database; see module docstring."""

    id: str
    database: str

    def collection(self, name: str, *, write: bool = False) -> CollectionAccess:
        """Access a collection. Raises 1203 if it does not exist.

        A stream transaction raises 1652 for a collection it did not declare when
        ``write`` is requested (reads of undeclared collections are allowed, as
        in ArangoDB without ``allowImplicit: false``).
        """

    def commit(self) -> None:
        """Make every write durable and visible, atomically."""

    def abort(self) -> None:
        """Discard every write."""


class _Unbounded:
    __slots__ = ()

    def __repr__(self) -> str:
        return "UNBOUNDED"


UNBOUNDED: Any = _Unbounded()
"""Sentinel for an open end of :meth:`CollectionAccess.lookup_range`."""


@dataclass(slots=True)
class CollectionInfo:
    """A collection's identity and type as the executor needs it."""

    id: str
    name: str
    type: int  # DOCUMENT_COLLECTION or EDGE_COLLECTION

    @property
    def is_edge(self) -> bool:
        return self.type == EDGE_COLLECTION


class DatabaseHandle(Protocol):
    """One database, as the AQL executor sees it.

    ``graph(name)`` returns a named graph's stored definition
    (``{"name", "edgeDefinitions": [{"collection", "from", "to"}], "orphanCollections"}``)
    or None. ``begin`` opens an implicit (non-stream) transaction for one query.
    """

    name: str

    def collection_info(self, name: str) -> CollectionInfo | None: ...

    def collection_infos(self) -> list[CollectionInfo]: ...

    def graph(self, name: str) -> dict[str, Any] | None: ...

    def begin(
        self,
        *,
        read: Iterable[str] = (),
        write: Iterable[str] = (),
        exclusive: Iterable[str] = (),
    ) -> Transaction: ...
