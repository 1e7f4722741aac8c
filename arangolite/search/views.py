"""The Views of a database: ``arangosearch`` (links) and ``search-alias`` (inverted indexes).

Views are catalog metadata (``db.put_meta("view", <id>, definition)``), so
they survive restarts. Links and index references are stored by collection
id, which keeps them valid across collection renames; links to dropped
collections are left out when a View is described.
"""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any

from arangolite import errno
from arangolite.errors import ArangoliteError, not_found
from arangolite.search import view_props
from arangolite.search.link_defs import LinkError, normalize_link
from arangolite.storage.collection import SERVER_ID
from arangolite.storage.names import is_valid_collection_name

if TYPE_CHECKING:
    from arangolite.search.runtime import SearchRuntime
    from arangolite.storage.collection import CollectionState
    from arangolite.storage.database import Database

KIND = "view"
ARANGOSEARCH = "arangosearch"
SEARCH_ALIAS = "search-alias"


def _bad(message: str) -> ArangoliteError:
    return ArangoliteError(errno.BAD_PARAMETER, message, code=400)


def _is_view(value: Any) -> bool:
    return (
        isinstance(value, dict)
        and isinstance(value.get("name"), str)
        and value.get("type") in (ARANGOSEARCH, SEARCH_ALIAS)
    )


def all_views(db: Database) -> list[dict[str, Any]]:
    return [v for v in db.list_meta(KIND).values() if _is_view(v)]


def find(db: Database, name_or_id: str) -> dict[str, Any] | None:
    """A View by name or id."""
    by_id = db.get_meta(KIND, name_or_id)
    if _is_view(by_id):
        assert isinstance(by_id, dict)
        return by_id
    return next((v for v in all_views(db) if v["name"] == name_or_id), None)


def get(db: Database, name_or_id: str) -> dict[str, Any]:
    """A View by name or id; raises 1203 when there is none."""
    view = find(db, name_or_id)
    if view is None:
        raise not_found(errno.ARANGO_DATA_SOURCE_NOT_FOUND)
    return view


def collection_by_cid(db: Database, cid: int) -> CollectionState | None:
    return next((s for s in db.collections.values() if s.cid == cid), None)


def summary(view: dict[str, Any]) -> dict[str, Any]:
    """``{globallyUniqueId, id, name, type}``."""
    return {k: view[k] for k in ("globallyUniqueId", "id", "name", "type")}


def describe(db: Database, view: dict[str, Any]) -> dict[str, Any]:
    """The full definition as ``GET /_api/view/{name}/properties`` shows it."""
    out = summary(view)
    if view["type"] == SEARCH_ALIAS:
        out["indexes"] = [
            {"collection": state.name, "index": ref["index"]}
            for ref in view["indexes"]
            if (state := collection_by_cid(db, int(ref["collection"]))) is not None
        ]
        return out
    out.update(view["properties"])
    links = {}
    for cid, link in view["links"].items():
        state = collection_by_cid(db, int(cid))
        if state is not None:
            links[state.name] = link
    out["links"] = links
    return out


# ------------------------------------------------------------------ changes


def _check_name(db: Database, name: Any, *, current: str | None = None) -> str:
    if not isinstance(name, str) or not is_valid_collection_name(name, allow_system=False):
        raise ArangoliteError(errno.ARANGO_ILLEGAL_NAME, errno.MESSAGES[1208], code=400)
    if name != current and (name in db.collections or find(db, name) is not None):
        raise ArangoliteError(errno.ARANGO_DUPLICATE_NAME, errno.MESSAGES[1207], code=409)
    return name


def _links(
    rt: SearchRuntime, db: Database, given: Any, name: str, *, creating: bool
) -> dict[str, Any | None]:
    """Validated links by collection id (None to remove a link); raises on errors."""
    if not isinstance(given, dict):
        raise _bad(
            "while validating arangosearch link definition, error: definition is not an object"
        )
    out: dict[str, Any | None] = {}
    for collection, definition in given.items():
        state = db.collections.get(collection)
        if state is None:
            raise not_found(
                errno.ARANGO_DATA_SOURCE_NOT_FOUND,
                "while validating arangosearch link definition, error: collection "
                f"'{collection}' not found",
            )
        if definition is None:
            if not creating:
                out[str(state.cid)] = None
            continue
        try:
            out[str(state.cid)] = normalize_link(definition, lambda n: rt.resolve(db, n))
        except LinkError as exc:
            detail = (
                f" error in attribute: {exc.attribute}"
                if exc.attribute
                else f": {json.dumps(definition, separators=(',', ':'))}"
            )
            raise _bad(
                "while validating arangosearch link definition, error: invalid link "
                f"definition for collection '{collection}'{detail}"
            ) from None
    return out


def _properties(body: dict[str, Any], name: str, action: str, current: Any = None) -> Any:
    try:
        if current is None:
            return view_props.initial(body)
        return view_props.updated(current, body, partial=action == "patch")
    except view_props.PropertyError as exc:
        verb = "initialize" if current is None else "update"
        raise _bad(
            f"failed to {verb} arangosearch view '{name}' from definition, "
            f"error in attribute '{exc.attribute}'"
        ) from None


def create(rt: SearchRuntime, db: Database, body: dict[str, Any]) -> dict[str, Any]:
    """Create a View from a ``POST /_api/view`` body; returns its stored definition."""
    name, kind = body.get("name"), body.get("type")
    if not isinstance(name, str):
        raise _bad('expecting name parameter to be of the form of "name: <string>"')
    if not isinstance(kind, str):
        raise _bad('expecting type parameter to be of the form of "type: <string>"')
    if kind not in (ARANGOSEARCH, SEARCH_ALIAS):
        raise _bad(
            "invalid type provided to create view with definition: "
            + json.dumps(body, separators=(",", ":"))
        )
    _check_name(db, name)
    view_id = db.engine.clock.tick_str()
    view: dict[str, Any] = {
        "globallyUniqueId": f"{SERVER_ID}/{view_id}",
        "id": view_id,
        "name": name,
        "type": kind,
    }
    if kind == SEARCH_ALIAS:
        from arangolite.search.views_alias import index_refs

        view["indexes"] = index_refs(db, body.get("indexes", []), [], partial=True)
    else:
        view["properties"] = _properties(body, name, "create")
        links = _links(rt, db, body.get("links", {}), name, creating=True)
        view["links"] = {cid: link for cid, link in links.items() if link is not None}
    db.put_meta(KIND, view_id, view)
    _sync(rt, db, view, {})
    return view


def modify(
    rt: SearchRuntime, db: Database, view: dict[str, Any], body: dict[str, Any], *, partial: bool
) -> dict[str, Any]:
    """Apply a PATCH (``partial``) or PUT of ``/_api/view/{name}/properties``."""
    updated = dict(view)
    if view["type"] == SEARCH_ALIAS:
        from arangolite.search.views_alias import index_refs

        base = view["indexes"] if partial else []
        updated["indexes"] = index_refs(db, body.get("indexes", []), base, partial=partial)
        db.put_meta(KIND, view["id"], updated)
        return updated
    updated["properties"] = _properties(
        body, view["name"], "patch" if partial else "put", view["properties"]
    )
    changes = _links(rt, db, body.get("links", {}), view["name"], creating=False)
    live = {c: v for c, v in view["links"].items() if collection_by_cid(db, int(c)) is not None}
    links = dict(live) if partial else {}
    for cid, link in changes.items():
        if link is None:
            links.pop(cid, None)
        else:
            links[cid] = link
    updated["links"] = links
    db.put_meta(KIND, view["id"], updated)
    _sync(rt, db, updated, view["links"])
    return updated


def rename(rt: SearchRuntime, db: Database, view: dict[str, Any], new_name: Any) -> dict[str, Any]:
    if not isinstance(new_name, str):
        raise _bad('expecting "name" parameter to be a string')
    if new_name == view["name"]:
        return view
    _check_name(db, new_name, current=view["name"])
    updated = {**view, "name": new_name}
    db.put_meta(KIND, view["id"], updated)
    return updated


def drop(rt: SearchRuntime, db: Database, view: dict[str, Any]) -> None:
    db.delete_meta(KIND, view["id"])
    for cid in view.get("links", {}):
        rt.detach(db, view["id"], int(cid))


def _sync(rt: SearchRuntime, db: Database, view: dict[str, Any], before: dict[str, Any]) -> None:
    """Attach links that are new or changed, detach removed or changed ones."""
    after = view.get("links", {})
    for cid, link in before.items():
        if after.get(cid) != link:
            rt.detach(db, view["id"], int(cid))
    for cid in after:
        state = collection_by_cid(db, int(cid))
        if state is not None:
            rt.attach(db, view["id"], state)


def attach_all(rt: SearchRuntime, db: Database) -> None:
    """Attach the links of every ``arangosearch`` View of ``db`` (at startup)."""
    for view in all_views(db):
        if view["type"] == ARANGOSEARCH:
            _sync(rt, db, view, {})
