"""The ``vector`` index kind: a :class:`VectorStore` kept in step with the collection.

The storage engine builds one :class:`VectorIndex` per index definition through
the factory from :func:`vector_index_factory`, registered as index type
``vector``. The factory checks ``params`` (ArangoDB's 400 errors) and stores the
normalized definition. Committed writes reach the index through ``insert`` and
``remove``; before a commit the engine offers the transaction's writes to
:meth:`VectorIndex.check_writes`, which refuses documents whose vector ArangoDB
would refuse.

Creating an index trains it in ArangoDB, which fails when the collection holds
fewer vectors than ``nLists``. A new index (see :func:`_is_new`) therefore
checks every document the storage layer fills it with, and checks the count
when it is first registered under its id (the storage layer reads ``index.id``
right after filling a new index and before keeping it).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from arangolite import errno
from arangolite.errors import ArangoliteError
from arangolite.storage.api import IndexDescription
from arangolite.storage.index import Index, MetadataIndex
from arangolite.vector.documents import Problem, read_vector
from arangolite.vector.params import (
    TRAINING_POINTS_PER_CENTROID,
    VectorParams,
    check_fields,
    check_stored_values,
    normalize_params,
)
from arangolite.vector.store import Vector, VectorStore

if TYPE_CHECKING:
    from arangolite.storage.engine import Engine

NO_TRAINING_DATA = (
    "For the vector index to be created documents must be present in the respective "
    "collection for the training process."
)


class VectorIndex(Index):
    """An exact vector index over one attribute (see module docstring).

    Args:
        desc: the index definition; its ``params`` must already be normalized.
        new: whether the index is being created (and must be trained) now.
    """

    def __init__(self, desc: IndexDescription, *, new: bool = False) -> None:
        super().__init__(desc)
        params = desc.extra["params"]
        self.params: VectorParams = params
        self.path = check_fields(desc.fields)
        self.dimension: int = params["dimension"]
        self.metric: str = params["metric"]
        self.store = VectorStore(self.dimension, self.metric)
        self._training = new
        self._checked: dict[str, tuple[dict[str, Any], Vector]] = {}

    @property
    def id(self) -> str:
        if self._training:
            self._train()
        return self.desc.id

    def _train(self) -> None:
        """Fail like ArangoDB's training when there are too few vectors."""
        self._training = False
        count, n_lists = len(self.store), int(self.params["nLists"])
        if count == 0:
            raise ArangoliteError(errno.NOT_IMPLEMENTED, NO_TRAINING_DATA, code=501)
        if count < n_lists:
            raise ArangoliteError(
                errno.INTERNAL,
                f"Error: 'nx >= k' failed: Number of training points ({count}) should be "
                f"at least as large as number of clusters ({n_lists})",
                code=500,
            )

    def _read(self, doc: dict[str, Any]) -> Vector | Problem | None:
        """The vector to index, a problem, or None for a document a sparse index skips."""
        found = read_vector(doc, self.path, self.dimension)
        if isinstance(found, Problem) and found.missing and self.desc.sparse:
            return None
        return found

    def insert(self, key: str, doc: dict[str, Any]) -> None:
        cached = self._checked.pop(key, None)
        found = cached[1] if cached is not None and cached[0] is doc else self._read(doc)
        if isinstance(found, Problem):
            if self._training:
                sample = TRAINING_POINTS_PER_CENTROID * int(self.params["nLists"])
                in_sample = len(self.store) < sample
                raise found.error("invalid index type definition" if in_sample else None)
            return  # refused before the commit (check_writes); never fail after it
        if found is not None:
            self.store.put(key, found)

    def remove(self, key: str, doc: dict[str, Any]) -> None:
        self.store.drop(key)

    def clear(self) -> None:
        self.store.clear()
        self._checked.clear()

    def entry_count(self) -> int:
        return len(self.store)

    def check_writes(self, writes: dict[str, dict[str, Any] | None]) -> None:
        """Refuse a transaction's writes that ArangoDB's index would refuse (before commit)."""
        self._checked.clear()
        for key, doc in writes.items():
            if doc is None:
                continue
            found = self._read(doc)
            if isinstance(found, Problem):
                self._checked.clear()
                raise found.error()
            if found is not None:
                self._checked[key] = (doc, found)


def prepare(desc: IndexDescription) -> None:
    """Check a vector index definition and store its normalized ``params`` (raises 400)."""
    params = desc.extra.get("params")
    if not isinstance(params, VectorParams):
        desc.extra["params"] = normalize_params(params)
    check_fields(desc.fields)
    check_stored_values(desc.extra.get("storedValues"))


def _registered(engine: Engine, desc: IndexDescription) -> bool:
    """Whether an index with ``desc``'s id is already kept by some collection."""
    return any(
        desc.id in state.indexes
        for db in engine.databases.values()
        for state in db.collections.values()
    )


def _is_new(engine: Engine, desc: IndexDescription) -> bool:
    """Whether an unregistered ``desc`` is an index being created right now.

    A new definition has raw ``params`` (not yet normalized by :func:`prepare`) and
    an id number that is the engine's latest tick (renaming a collection re-creates
    its indexes from normalized definitions).
    """
    if isinstance(desc.extra.get("params"), VectorParams):
        return False
    number = desc.id.rsplit("/", 1)[-1]
    return number.isdigit() and int(number) == engine.clock.last_tick


def vector_index_factory(engine: Engine) -> Callable[[IndexDescription], Index]:
    """The factory to register as index type ``vector`` with ``engine``.

    An index stored before its definition was checked (when vector indexes were
    kept as metadata) and that does not pass the checks stays metadata only.
    """

    def make(desc: IndexDescription) -> Index:
        new = not _registered(engine, desc) and _is_new(engine, desc)
        try:
            prepare(desc)
        except ArangoliteError:
            if new:
                raise
            return MetadataIndex(desc)
        return VectorIndex(desc, new=new)

    return make
