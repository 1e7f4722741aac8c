"""What a vector search reads at run time: the query point and the vectors to rank."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import numpy as np

from arangolite import errno
from arangolite.aql.values import is_number, type_name
from arangolite.errors import AqlError, ArangoliteError
from arangolite.storage.api import CollectionAccess, IndexDescription
from arangolite.vector.documents import read_vector
from arangolite.vector.index import VectorIndex
from arangolite.vector.store import Vector, VectorStore

DocumentOf = Callable[[str], dict[str, Any] | None]


def query_vector(value: Any, dimension: int) -> Vector:
    """The query point as float32, refused like ArangoDB's vector search node does."""
    if not isinstance(value, list):
        raise AqlError(
            errno.QUERY_FUNCTION_ARGUMENT_TYPE_MISMATCH,
            f"query point must be a vector, but is a {type_name(value)}",
        )
    if not all(is_number(v) for v in value):
        raise ArangoliteError(errno.INTERNAL, "Expecting numeric type", code=500)
    if len(value) != dimension:
        raise AqlError(
            errno.QUERY_FUNCTION_ARGUMENT_TYPE_MISMATCH,
            f"a vector must be of dimension {dimension}, but is {len(value)}",
        )
    return np.asarray(value, dtype=np.float32)


def search_source(
    access: CollectionAccess, desc: IndexDescription
) -> tuple[VectorStore, DocumentOf]:
    """The vectors to rank and how to fetch their documents.

    The committed index when the transaction has not written the collection;
    otherwise the vectors of the documents as the transaction sees them.
    """
    state = getattr(access, "state", None)
    index = state.indexes.get(desc.id) if state is not None else None
    if isinstance(index, VectorIndex) and state is not None and not getattr(access, "writes", None):
        docs: dict[str, dict[str, Any]] = state.docs
        return index.store, docs.get
    params = desc.extra["params"]
    store = VectorStore(int(params["dimension"]), str(params["metric"]))
    path, seen = desc.fields[0].split("."), {}
    for doc in access.scan():
        found = read_vector(doc, path, store.dimension)
        if isinstance(found, np.ndarray):
            store.put(doc["_key"], found)
            seen[doc["_key"]] = doc
    return store, seen.get
