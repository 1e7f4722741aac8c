"""``search-alias`` View index references, and which analyzers Views and indexes use."""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

from arangolite import errno
from arangolite.errors import ArangoliteError, not_found
from arangolite.storage.index import Index

if TYPE_CHECKING:
    from arangolite.search.runtime import SearchRuntime
    from arangolite.storage.collection import CollectionState
    from arangolite.storage.database import Database


def find_inverted(state: CollectionState, name_or_id: str) -> Index | None:
    """The inverted index of ``state`` with that name or id."""
    for index in state.indexes.values():
        number = index.id.rsplit("/", 1)[-1]
        if index.desc.type == "inverted" and name_or_id in (index.desc.name, number, index.id):
            return index
    return None


def index_refs(
    db: Database, given: Any, base: list[dict[str, Any]], *, partial: bool
) -> list[dict[str, Any]]:
    """The index references after adding/removing ``given`` (stored by collection id)."""
    if not isinstance(given, list):
        raise ArangoliteError(errno.BAD_PARAMETER, "'indexes' must be an array", code=400)
    refs = [dict(r) for r in base]
    for entry in given:
        if not isinstance(entry, dict):
            raise ArangoliteError(errno.BAD_PARAMETER, "invalid index reference", code=400)
        collection, name = entry.get("collection"), entry.get("index")
        state = db.collections.get(collection) if isinstance(collection, str) else None
        if state is None:
            raise not_found(
                errno.ARANGO_DATA_SOURCE_NOT_FOUND, f"Cannot find collection '{collection}'"
            )
        index = find_inverted(state, str(name))
        if index is None:
            raise not_found(
                errno.ARANGO_INDEX_NOT_FOUND,
                f"Cannot find index '{name}' in collection '{collection}'",
            )
        ref = {"collection": str(state.cid), "index": index.desc.name}
        if partial and entry.get("operation") == "del":
            refs = [r for r in refs if r != ref]
        elif ref not in refs:
            refs.append(ref)
    return refs


def _link_analyzers(level: dict[str, Any]) -> Iterator[str]:
    yield from level.get("analyzers", [])
    for sub in level.get("fields", {}).values():
        yield from _link_analyzers(sub)


def analyzers_in_use(rt: SearchRuntime, db: Database) -> set[str]:
    """Full names of analyzers referenced by View links or inverted indexes of ``db``."""
    from arangolite.search.views import ARANGOSEARCH, all_views

    names: set[str] = set()
    for view in all_views(db):
        if view["type"] == ARANGOSEARCH:
            for link in view["links"].values():
                names.update(_link_analyzers(link))
    for state in db.collections.values():
        for index in state.indexes.values():
            if index.desc.type != "inverted":
                continue
            names.add(str(index.desc.extra.get("analyzer") or "identity"))
            for spec in index.desc.fields:
                if isinstance(spec, dict) and spec.get("analyzer"):
                    names.add(str(spec["analyzer"]))
    return {full for n in names if (full := rt.resolve(db, n)) is not None}
