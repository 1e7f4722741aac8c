"""Reading the vector of a document as ArangoDB's vector index does, with its error texts."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import numpy as np

from arangolite import errno
from arangolite.errors import ArangoliteError
from arangolite.vector.store import Vector

_MISSING: Any = object()
_NUMBER_TYPES = frozenset({int, float})


@dataclass(frozen=True, slots=True)
class Problem:
    """Why a document has no usable vector: ArangoDB's error number and message."""

    errnum: int
    message: str

    @property
    def missing(self) -> bool:
        """The attribute is absent (a sparse index skips such documents)."""
        return self.errnum == errno.BAD_PARAMETER

    def error(self, message: str | None = None) -> ArangoliteError:
        return ArangoliteError(self.errnum, message or self.message, code=400)


def attribute(doc: dict[str, Any], path: list[str]) -> Any:
    """The value at ``path`` in ``doc``, or a marker when some step is missing."""
    value: Any = doc
    for name in path:
        if not isinstance(value, dict) or name not in value:
            return _MISSING
        value = value[name]
    return value


def read_vector(doc: dict[str, Any], path: list[str], dimension: int) -> Vector | Problem:
    """The document's vector as float32, or the :class:`Problem` ArangoDB reports."""
    value = attribute(doc, path)
    key = doc.get("_key")
    if value is _MISSING:
        return Problem(errno.BAD_PARAMETER, f"vector field not present in document {key}")
    if not isinstance(value, list):
        return Problem(errno.TYPE_ERROR, f"array expected for vector attribute for document {key}")
    if len(value) != dimension:
        return Problem(
            errno.TYPE_ERROR,
            f"provided vector is not of matching dimension for document {key}, "
            f"index dimension: {dimension}, document dimension: {len(value)}",
        )
    if not set(map(type, value)) <= _NUMBER_TYPES:
        return Problem(
            errno.TYPE_ERROR,
            f"vector contains data not representable as double for document {key}",
        )
    return np.asarray(value, dtype=np.float32)
