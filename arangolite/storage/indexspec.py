"""Index definitions: validating a create request and describing indexes as ArangoDB does."""

from __future__ import annotations

from typing import Any

from arangolite import errno
from arangolite.errors import ArangoliteError, bad_parameter
from arangolite.storage.api import IndexDescription
from arangolite.storage.names import is_valid_collection_name

KNOWN_TYPES = (
    "persistent",
    "hash",
    "skiplist",
    "ttl",
    "geo",
    "geo1",
    "geo2",
    "fulltext",
    "mdi",
    "mdi-prefixed",
    "zkd",
    "inverted",
    "vector",
)

# per type: attributes ArangoDB always reports, with their defaults
_TYPE_DEFAULTS: dict[str, dict[str, Any]] = {
    "persistent": {
        "cacheEnabled": False,
        "deduplicate": True,
        "estimates": True,
        "selectivityEstimate": 1,
    },
    "ttl": {"estimates": False},
    "geo": {
        "bestIndexedLevel": 17,
        "geoJson": False,
        "legacyPolygons": False,
        "maxNumCoverCells": 8,
        "worstIndexedLevel": 4,
    },
    "fulltext": {"minLength": 2},
    "mdi": {"estimates": False},
    "zkd": {"estimates": False},
    "mdi-prefixed": {"estimates": True, "selectivityEstimate": 1},
    "inverted": {
        "analyzer": "identity",
        "cleanupIntervalStep": 2,
        "commitIntervalMsec": 1000,
        "consolidationIntervalMsec": 5000,
        "consolidationPolicy": {
            "type": "tier",
            "segmentsBytesMax": 8589934592,
            "maxSkewThreshold": 0.4,
            "minDeletionRatio": 0.5,
        },
        "features": ["frequency", "norm"],
        "includeAllFields": False,
        "optimizeTopK": [],
        "primarySort": {"fields": [], "compression": "lz4"},
        "searchField": False,
        "storedValues": [],
        "trackListPositions": False,
        "version": 1,
        "writebufferActive": 0,
        "writebufferIdle": 64,
        "writebufferSizeMax": 33554432,
    },
    "vector": {},
}

_ALWAYS_SPARSE = ("ttl", "geo", "fulltext", "inverted")
_NOT_ECHOED = ("type", "fields", "unique", "sparse", "name", "id", "inBackground", "collection")


def primary_description(collection: str) -> IndexDescription:
    return IndexDescription(
        id=f"{collection}/0",
        name="primary",
        type="primary",
        fields=["_key"],
        unique=True,
        sparse=False,
        extra={"selectivityEstimate": 1},
    )


def edge_description(collection: str) -> IndexDescription:
    return IndexDescription(
        id=f"{collection}/1",
        name="edge",
        type="edge",
        fields=["_from", "_to"],
        unique=False,
        sparse=False,
        extra={"selectivityEstimate": 1},
    )


def _fields_of(kind: str, body: dict[str, Any]) -> list[Any]:
    fields = body.get("fields")
    if kind == "inverted":
        if not isinstance(fields, list) or not fields:
            raise bad_parameter("'fields' must be a non-empty array")
        return [f if isinstance(f, dict) else {"name": f} for f in fields]
    if not isinstance(fields, list) or not fields:
        raise bad_parameter("'fields' must be a non-empty array")
    if not all(isinstance(f, str) and f for f in fields):
        raise bad_parameter("index field names must be non-empty strings")
    if len(set(fields)) != len(fields):
        raise ArangoliteError(errno.BAD_PARAMETER, "duplicate attribute name in index fields list")
    return list(fields)


def normalize(body: Any, *, index_id: str, default_name: str) -> IndexDescription:
    """Turn a create-index request body into a description (not yet an id'd index).

    Raises ArangoliteError 400 (errorNum 10) for unknown types or bad fields.
    """
    if not isinstance(body, dict):
        raise bad_parameter("expecting a JSON object as body")
    raw_type = body.get("type")
    if not isinstance(raw_type, str) or raw_type not in KNOWN_TYPES:
        if raw_type in ("primary", "edge"):
            raise ArangoliteError(errno.BAD_PARAMETER, f"cannot create index of type {raw_type}")
        raise ArangoliteError(errno.BAD_PARAMETER, "invalid index type")
    kind = {"hash": "persistent", "skiplist": "persistent", "geo1": "geo", "geo2": "geo"}.get(
        raw_type, raw_type
    )
    fields = _fields_of(kind, body)
    name = body.get("name") or default_name
    if not isinstance(name, str) or not is_valid_collection_name(name):
        raise ArangoliteError(errno.ARANGO_ILLEGAL_NAME, "illegal index name", code=400)
    unique = bool(body.get("unique", False)) if kind in ("persistent", "mdi-prefixed") else False
    sparse = True if kind in _ALWAYS_SPARSE else bool(body.get("sparse", False))
    extra = dict(_TYPE_DEFAULTS.get(kind, {}))
    for key, value in body.items():
        if key not in _NOT_ECHOED:
            extra[key] = value
    if kind == "ttl" and not isinstance(body.get("expireAfter"), (int, float)):
        raise bad_parameter("expireAfter attribute must be a number")
    return IndexDescription(
        id=index_id, name=name, type=kind, fields=fields, unique=unique, sparse=sparse, extra=extra
    )


def same_definition(a: IndexDescription, b: IndexDescription) -> bool:
    """Whether two descriptions define the same index (so creating ``b`` returns ``a``)."""
    if a.type != b.type or a.fields != b.fields or a.unique != b.unique or a.sparse != b.sparse:
        return False
    ignore = ("selectivityEstimate", "inBackground", "estimates", "cacheEnabled")
    for key in set(a.extra) | set(b.extra):
        if key not in ignore and a.extra.get(key) != b.extra.get(key):
            return False
    return True


def describe(desc: IndexDescription, *, figures: dict[str, Any] | None = None) -> dict[str, Any]:
    """The REST form of an index (``withStats`` adds ``figures``)."""
    body = desc.to_json()
    if figures is not None:
        body["figures"] = figures
    return body


def stored_form(desc: IndexDescription) -> dict[str, Any]:
    """What is persisted for an index (reloaded by :func:`from_stored`)."""
    return {
        "id": desc.id.rsplit("/", 1)[-1],
        "name": desc.name,
        "type": desc.type,
        "fields": desc.fields,
        "unique": desc.unique,
        "sparse": desc.sparse,
        "extra": desc.extra,
    }


def from_stored(collection: str, data: dict[str, Any]) -> IndexDescription:
    return IndexDescription(
        id=f"{collection}/{data['id']}",
        name=data["name"],
        type=data["type"],
        fields=list(data["fields"]),
        unique=bool(data["unique"]),
        sparse=bool(data["sparse"]),
        extra=dict(data.get("extra", {})),
    )
