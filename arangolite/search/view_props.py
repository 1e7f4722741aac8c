"""Properties of ``arangosearch`` Views other than links: defaults and validation.

Only ``cleanupIntervalStep``, ``commitIntervalMsec``,
``consolidationIntervalMsec`` and ``consolidationPolicy`` can change after
creation; the others (``primarySort``, ``storedValues`` …) are fixed at
creation and kept as metadata only.
"""

from __future__ import annotations

import copy
from typing import Any

MUTABLE = ("cleanupIntervalStep", "commitIntervalMsec", "consolidationIntervalMsec")
_TIER = {
    "type": "tier",
    "segmentsBytesMax": 8589934592,
    "maxSkewThreshold": 0.4,
    "minDeletionRatio": 0.5,
}
DEFAULTS: dict[str, Any] = {
    "cleanupIntervalStep": 2,
    "commitIntervalMsec": 1000,
    "consolidationIntervalMsec": 5000,
    "consolidationPolicy": _TIER,
    "optimizeTopK": [],
    "primarySort": [],
    "primarySortCompression": "lz4",
    "storedValues": [],
    "writebufferActive": 0,
    "writebufferIdle": 64,
    "writebufferSizeMax": 33554432,
}
_IMMUTABLE_INTS = ("writebufferActive", "writebufferIdle", "writebufferSizeMax")


class PropertyError(Exception):
    """An invalid View property; ``attribute`` names it."""

    def __init__(self, attribute: str) -> None:
        super().__init__(attribute)
        self.attribute = attribute


def _count(value: Any, attribute: str) -> int:
    if isinstance(value, bool) or not isinstance(value, (int, float)) or value < 0:
        raise PropertyError(attribute)
    if value != int(value):
        raise PropertyError(attribute)
    return int(value)


def _policy(value: Any) -> dict[str, Any]:
    if not isinstance(value, dict):
        raise PropertyError("consolidationPolicy")
    kind = value.get("type", "tier")
    if kind == "bytes_accum":
        threshold = value.get("threshold", 0.1)
        if not isinstance(threshold, (int, float)) or not 0 <= threshold <= 1:
            raise PropertyError("consolidationPolicy")
        return {"type": "bytes_accum", "threshold": threshold}
    if kind != "tier":
        raise PropertyError("consolidationPolicy")
    out = dict(_TIER)
    for key in ("segmentsBytesMax", "maxSkewThreshold", "minDeletionRatio"):
        if key in value:
            if not isinstance(value[key], (int, float)) or isinstance(value[key], bool):
                raise PropertyError("consolidationPolicy")
            out[key] = value[key]
    return out


def _primary_sort(value: Any) -> list[dict[str, Any]]:
    if not isinstance(value, list):
        raise PropertyError("primarySort")
    out = []
    for entry in value:
        if not isinstance(entry, dict) or not isinstance(entry.get("field"), str):
            raise PropertyError("primarySort")
        if "asc" in entry:
            ascending = entry["asc"]
        else:
            ascending = str(entry.get("direction", "asc")).lower() == "asc"
        if not isinstance(ascending, bool):
            raise PropertyError("primarySort")
        out.append({"field": entry["field"], "asc": ascending})
    return out


def _stored_values(value: Any) -> list[dict[str, Any]]:
    if not isinstance(value, list):
        raise PropertyError("storedValues")
    out = []
    for entry in value:
        if isinstance(entry, str):
            entry = {"fields": [entry]}
        elif isinstance(entry, list):
            entry = {"fields": entry}
        if not isinstance(entry, dict) or not isinstance(entry.get("fields"), list):
            raise PropertyError("storedValues")
        out.append(
            {"fields": list(entry["fields"]), "compression": entry.get("compression", "lz4")}
        )
    return out


def _apply_mutable(target: dict[str, Any], body: dict[str, Any]) -> None:
    for key in MUTABLE:
        if key in body:
            target[key] = _count(body[key], key)
    if "consolidationPolicy" in body:
        target["consolidationPolicy"] = _policy(body["consolidationPolicy"])


def initial(body: dict[str, Any]) -> dict[str, Any]:
    """The properties of a new View created with ``body`` (raises :class:`PropertyError`)."""
    props = copy.deepcopy(DEFAULTS)
    _apply_mutable(props, body)
    if "primarySort" in body:
        props["primarySort"] = _primary_sort(body["primarySort"])
    if "primarySortCompression" in body:
        if body["primarySortCompression"] not in ("lz4", "none"):
            raise PropertyError("primarySortCompression")
        props["primarySortCompression"] = body["primarySortCompression"]
    if "storedValues" in body:
        props["storedValues"] = _stored_values(body["storedValues"])
    if "optimizeTopK" in body:
        if not isinstance(body["optimizeTopK"], list):
            raise PropertyError("optimizeTopK")
        props["optimizeTopK"] = list(body["optimizeTopK"])
    for key in _IMMUTABLE_INTS:
        if key in body:
            props[key] = _count(body[key], key)
    return props


def updated(current: dict[str, Any], body: dict[str, Any], *, partial: bool) -> dict[str, Any]:
    """Properties after a PATCH (``partial``) or PUT; immutable ones never change."""
    props = copy.deepcopy(current)
    if not partial:
        for key in (*MUTABLE, "consolidationPolicy"):
            props[key] = copy.deepcopy(DEFAULTS[key])
    _apply_mutable(props, body)
    return props
