"""Building new document versions: insert, update (merge), replace, and revision checks.

Stored documents start with their system attributes in ArangoDB's order
(``_key``, ``_id``, ``_from``, ``_to``, ``_rev``) followed by the user's
attributes. Inputs are never mutated: every function returns a new dict.
"""

from __future__ import annotations

from typing import Any

from arangolite import errno
from arangolite.errors import ArangoliteError
from arangolite.storage.api import IndexDescription, WriteOptions
from arangolite.storage.names import split_id

SYSTEM_ATTRIBUTES = frozenset(("_key", "_id", "_rev", "_from", "_to"))
DOCUMENT_SYSTEM_ATTRIBUTES = frozenset(("_key", "_id", "_rev"))
CONFLICT_MESSAGE = "conflict, _rev values do not match"


def not_an_object() -> ArangoliteError:
    return ArangoliteError(errno.ARANGO_DOCUMENT_TYPE_INVALID, code=400)


def bad_edge() -> ArangoliteError:
    return ArangoliteError(errno.ARANGO_INVALID_EDGE_ATTRIBUTE, code=400)


def revision_conflict(stored: dict[str, Any]) -> ArangoliteError:
    """1200 with the stored document's ``_id``/``_key``/``_rev`` (HTTP 412 like ArangoDB)."""
    return ArangoliteError(
        errno.ARANGO_CONFLICT,
        CONFLICT_MESSAGE,
        code=412,
        extra={"_id": stored["_id"], "_key": stored["_key"], "_rev": stored["_rev"]},
    )


def unique_violation(index: IndexDescription, key: str) -> ArangoliteError:
    """1210 with ArangoDB's detailed message (HTTP 409)."""
    fields = ", ".join(index.fields)
    message = (
        f"unique constraint violated - in index {index.name} of type {index.type} "
        f"over '{fields}'; conflicting key: {key}"
    )
    return ArangoliteError(errno.ARANGO_UNIQUE_CONSTRAINT_VIOLATED, message, code=409)


def check_revision(stored: dict[str, Any], body: Any, options: WriteOptions) -> None:
    """Raise 1200 when ``If-Match`` or (with ``ignoreRevs=false``) the body's ``_rev`` differs."""
    if options.if_match is not None and options.if_match != stored["_rev"]:
        raise revision_conflict(stored)
    if not options.ignore_revs and isinstance(body, dict):
        rev = body.get("_rev")
        if isinstance(rev, str) and rev and rev != stored["_rev"]:
            raise revision_conflict(stored)


def edge_ends(body: dict[str, Any]) -> tuple[str, str]:
    """Validated ``_from``/``_to`` of an edge body (1233 otherwise)."""
    source, target = body.get("_from"), body.get("_to")
    if split_id(source) is None or split_id(target) is None:
        raise bad_edge()
    return str(source), str(target)


def assemble(
    key: str,
    doc_id: str,
    rev: str,
    body: dict[str, Any],
    ends: tuple[str, str] | None,
) -> dict[str, Any]:
    """A stored document: system attributes first, then ``body``'s user attributes.

    ``ends`` is ``(_from, _to)`` for edges; documents keep ``_from``/``_to`` as data.
    """
    if ends is None:
        doc: dict[str, Any] = {"_key": key, "_id": doc_id, "_rev": rev}
        doc.update(body)
        if "_key" in body or "_id" in body or "_rev" in body:
            doc["_key"], doc["_id"], doc["_rev"] = key, doc_id, rev
        return doc
    doc = {"_key": key, "_id": doc_id, "_from": ends[0], "_to": ends[1], "_rev": rev}
    doc.update(body)
    doc["_key"], doc["_id"], doc["_rev"] = key, doc_id, rev
    doc["_from"], doc["_to"] = ends
    return doc


def stored_text(
    doc: dict[str, Any], document: dict[str, Any], raw: str, is_edge: bool
) -> str | None:
    """The JSON to store for ``doc``, reusing the request's own text ``raw`` of ``document``.

    Serializing is the costliest step of a bulk insert; when the request body
    already holds the user attributes as JSON, only the system attributes are
    written in front (their values never need escaping). None when ``document``
    carries ``_id``/``_rev`` (their stored values differ from the given ones).
    """
    if "_rev" in document or "_id" in document or not raw.startswith("{"):
        return None
    head = f'{{"_key":"{doc["_key"]}","_id":"{doc["_id"]}"'
    if is_edge:
        head += f',"_from":"{doc["_from"]}","_to":"{doc["_to"]}"'
    head += f',"_rev":"{doc["_rev"]}"'
    rest = raw[1:].lstrip()
    return head + rest if rest.startswith("}") else f"{head},{rest}"


def _strip_nulls(value: dict[str, Any]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for name, item in value.items():
        if item is None:
            continue
        out[name] = _strip_nulls(item) if isinstance(item, dict) else item
    return out


def merge(
    old: dict[str, Any], patch: dict[str, Any], *, keep_null: bool, merge_objects: bool
) -> dict[str, Any]:
    """``old`` with ``patch`` applied: nulls delete unless ``keep_null``; objects merge
    recursively when ``merge_objects``."""
    out = dict(old)
    for name, value in patch.items():
        if value is None and not keep_null:
            out.pop(name, None)
            continue
        current = out.get(name)
        if merge_objects and isinstance(value, dict) and isinstance(current, dict):
            out[name] = merge(current, value, keep_null=keep_null, merge_objects=True)
        elif isinstance(value, dict) and not keep_null:
            out[name] = _strip_nulls(value)
        else:
            out[name] = value
    return out


def updated(
    stored: dict[str, Any],
    patch: dict[str, Any],
    rev: str,
    *,
    is_edge: bool,
    keep_null: bool,
    merge_objects: bool,
) -> dict[str, Any]:
    """The new version of ``stored`` after an update with ``patch``."""
    system = SYSTEM_ATTRIBUTES if is_edge else DOCUMENT_SYSTEM_ATTRIBUTES
    user_patch = {k: v for k, v in patch.items() if k not in system}
    body = merge(stored, user_patch, keep_null=keep_null, merge_objects=merge_objects)
    ends = None
    if is_edge:
        ends = edge_ends(
            {"_from": patch.get("_from", stored["_from"]), "_to": patch.get("_to", stored["_to"])}
        )
    return assemble(stored["_key"], stored["_id"], rev, body, ends)


def replaced(
    stored: dict[str, Any], body: dict[str, Any], rev: str, *, is_edge: bool
) -> dict[str, Any]:
    """The new version of ``stored`` replaced by ``body`` (edges need ``_from``/``_to`` again)."""
    ends = edge_ends(body) if is_edge else None
    return assemble(stored["_key"], stored["_id"], rev, body, ends)
