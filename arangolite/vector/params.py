"""A vector index definition: checking ``params``, ``fields`` and ``storedValues`` as ArangoDB does.

ArangoDB (3.12.6) reads ``params`` into a fixed definition: ``dimension`` (>= 1),
``metric`` (``cosine``, ``l2`` or ``innerProduct``) and ``nLists`` (>= 1) are
required; ``trainingIterations`` (default 25), ``defaultNProbe`` (>= 1, default 1)
and ``factory`` (a Faiss factory string whose base must be ``IVF<nLists>``) are
optional; any other attribute is refused. It reports the definition back with
the defaults filled in. Every problem is a 400 ``ERROR_BAD_PARAMETER``.
"""

from __future__ import annotations

import re
from typing import Any

from arangolite import errno
from arangolite.errors import ArangoliteError

METRICS = ("cosine", "l2", "innerProduct")
DEFAULT_TRAINING_ITERATIONS = 25
DEFAULT_NPROBE = 1
MAX_STORED_VALUES = 32
TRAINING_POINTS_PER_CENTROID = 256  # Faiss' max_points_per_centroid: the training sample size
_KNOWN = ("dimension", "metric", "nLists", "trainingIterations", "defaultNProbe", "factory")
_IVF = re.compile(r"IVF(\d+)(?=[,_]|$)")


def bad(message: str) -> ArangoliteError:
    """A 400 ``ERROR_BAD_PARAMETER`` (errorNum 10)."""
    return ArangoliteError(errno.BAD_PARAMETER, message, code=400)


def is_integer(value: Any) -> bool:
    """Whether ``value`` is a whole number (``3`` or ``3.0``, not ``True``)."""
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        return False
    return float(value).is_integer()


def _integer(params: dict[str, Any], name: str, default: int | None, minimum: int) -> int:
    value = params.get(name, default)
    if value is None:
        raise bad(f"Missing required attribute '{name}'")
    if not is_integer(value):
        raise bad(f"Expecting type Int in attribute '{name}'")
    number = int(value)
    if number < minimum:
        raise bad(_TOO_SMALL.get(name, f"{name} must be {minimum} or greater!"))
    return number


_TOO_SMALL = {
    "dimension": "Dimension must be greater than 0!",
    "nLists": "nLists must be 1 or greater!",
    "defaultNProbe": "defaultNProbe must be 1 or greater!",
}


def _factory(value: Any, n_lists: int) -> str:
    if not isinstance(value, str):
        raise bad("Expecting type String in attribute 'factory'")
    found = _IVF.match(value)
    if found is None:
        raise bad("Index definition not supported. Expected IVF index.")
    if int(found.group(1)) != n_lists:
        raise bad(
            "The nLists parameter has to agree with the actual nlists implied by the "
            f"factory string (which is {found.group(1)})"
        )
    return value


def normalize_params(params: Any) -> VectorParams:
    """``params`` checked and completed with ArangoDB's defaults (raises 400/10)."""
    if not isinstance(params, dict):
        raise bad("vector index definition requires 'params' to be an object")
    for name in params:
        if name not in _KNOWN:
            raise bad(f"Found unexpected attribute '{name}'")
    dimension = _integer(params, "dimension", None, 1)
    metric = params.get("metric")
    if metric is None:
        raise bad("Missing required attribute 'metric'")
    if metric not in METRICS:
        raise bad(f"Unknown enum value {metric}" if isinstance(metric, str) else "Invalid metric")
    n_lists = _integer(params, "nLists", None, 1)
    result = VectorParams(dimension=dimension, metric=metric, nLists=n_lists)
    if params.get("factory") is not None:
        result["factory"] = _factory(params["factory"], n_lists)
    result["trainingIterations"] = _integer(
        params, "trainingIterations", DEFAULT_TRAINING_ITERATIONS, 0
    )
    result["defaultNProbe"] = _integer(params, "defaultNProbe", DEFAULT_NPROBE, 1)
    return result


class VectorParams(dict[str, Any]):
    """Normalized ``params``; equal to any ``params`` object that normalizes to the same.

    Creating an index that already exists returns the existing one: the storage
    layer compares the stored (normalized) ``params`` with the request's, which
    may leave out the defaults.
    """

    __hash__ = None

    def __eq__(self, other: object) -> bool:
        if isinstance(other, dict) and not isinstance(other, VectorParams):
            try:
                other = normalize_params(other)
            except ArangoliteError:
                return False
        return dict.__eq__(self, other) is True

    def __ne__(self, other: object) -> bool:
        return not self.__eq__(other)


def check_fields(fields: list[Any]) -> list[str]:
    """The attribute path of the one indexed field (``a.b`` → ``["a", "b"]``)."""
    if len(fields) != 1:
        raise bad("invalid number of index attributes")
    field = fields[0]
    if not isinstance(field, str) or "[*]" in field or not all(field.split(".")):
        raise bad("vector index field must be an attribute path without expansion")
    if field in ("_id", "_key", "_rev", "_from", "_to"):
        raise bad("cannot create a vector index on a system attribute")
    return field.split(".")


def check_stored_values(value: Any) -> None:
    """``storedValues``: distinct, non-empty attribute paths (at most 32)."""
    if value is None:
        return
    if not isinstance(value, list) or not all(isinstance(v, str) and v for v in value):
        raise bad("'storedValues' must be an array of attribute paths")
    if len(value) > MAX_STORED_VALUES:
        raise bad(f"'storedValues' must not contain more than {MAX_STORED_VALUES} attributes")
    if len(set(value)) != len(value) or any("[*]" in v for v in value):
        raise bad("'storedValues' must contain distinct attribute paths without expansion")
