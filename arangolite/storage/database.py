"""One database: its collections, catalog metadata, and :class:`DatabaseHandle` methods."""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

from arangolite import errno
from arangolite.errors import ArangoliteError, fmt, not_found
from arangolite.storage import sqlite_store as sql
from arangolite.storage.api import (
    DOCUMENT_COLLECTION,
    EDGE_COLLECTION,
    CollectionInfo,
    IndexDescription,
)
from arangolite.storage.collection import CollectionState
from arangolite.storage.docops import unique_violation
from arangolite.storage.indexspec import normalize, same_definition
from arangolite.storage.keygen import normalize_key_options
from arangolite.storage.names import is_valid_collection_name
from arangolite.storage.schema import compile_schema
from arangolite.storage.transaction import Txn

if TYPE_CHECKING:
    from arangolite.storage.engine import Engine

SYSTEM_COLLECTIONS = (
    "_analyzers",
    "_appbundles",
    "_apps",
    "_aqlfunctions",
    "_frontend",
    "_graphs",
    "_jobs",
    "_queues",
)
SYSTEM_DB_COLLECTIONS = ("_users",)


def collection_not_found(name: str) -> ArangoliteError:
    return not_found(errno.ARANGO_DATA_SOURCE_NOT_FOUND, f"{fmt(1203)}: {name}")


class Database:
    """A database (implements :class:`~arangolite.storage.api.DatabaseHandle`).

    Catalog metadata (views, users, analyzer definitions, anything later
    components store) lives in :meth:`put_meta`/:meth:`get_meta` by kind and name;
    named graphs are documents of the ``_graphs`` system collection, as in ArangoDB.
    """

    def __init__(self, engine: Engine, name: str, db_id: str, props: dict[str, Any]) -> None:
        self.engine = engine
        self.name = name
        self.id = db_id
        self.props = props
        self.collections: dict[str, CollectionState] = {}
        self.catalog: dict[tuple[str, str], Any] = {}

    @property
    def is_system(self) -> bool:
        return self.name == "_system"

    # ------------------------------------------------------------------ DatabaseHandle

    def collection_info(self, name: str) -> CollectionInfo | None:
        state = self.collections.get(name)
        return state.info() if state is not None else None

    def collection_infos(self) -> list[CollectionInfo]:
        return [c.info() for c in self.collections.values()]

    def graph(self, name: str) -> dict[str, Any] | None:
        graphs = self.collections.get("_graphs")
        doc = graphs.docs.get(name) if graphs is not None else None
        if doc is None:
            return None
        return {
            "name": name,
            "edgeDefinitions": doc.get("edgeDefinitions", []),
            "orphanCollections": doc.get("orphanCollections", []),
            **{k: v for k, v in doc.items() if k not in ("edgeDefinitions", "orphanCollections")},
        }

    def begin(
        self,
        *,
        read: Iterable[str] = (),
        write: Iterable[str] = (),
        exclusive: Iterable[str] = (),
    ) -> Txn:
        """An implicit transaction (any collection may be read or written)."""
        return Txn(self, self.engine.clock.tick_str(), read=read, write=write, exclusive=exclusive)

    # ------------------------------------------------------------------ collections

    def collection_state(self, name_or_id: str) -> CollectionState:
        """The collection by name or numeric id; raises 1203."""
        state = self.collections.get(name_or_id)
        if state is None and isinstance(name_or_id, str) and name_or_id.isdigit():
            for candidate in self.collections.values():
                if candidate.id == name_or_id:
                    return candidate
        if state is None:
            raise collection_not_found(name_or_id)
        return state

    def create_collection(
        self, name: Any, options: dict[str, Any] | None = None
    ) -> CollectionState:
        """Create a collection (1207 duplicate, 1208 illegal name, 1218 bad type)."""
        opts = options or {}
        if not isinstance(name, str) or not name:
            raise ArangoliteError(errno.ARANGO_ILLEGAL_NAME, fmt(1208), code=400)
        allow_system = bool(opts.get("isSystem", False))
        if not is_valid_collection_name(name, allow_system=allow_system):
            raise ArangoliteError(errno.ARANGO_ILLEGAL_NAME, fmt(1208), code=400)
        if name in self.collections:
            raise ArangoliteError(errno.ARANGO_DUPLICATE_NAME, fmt(1207), code=409)
        compile_schema(opts.get("schema"))  # 1621 for a malformed schema
        kind = opts.get("type", DOCUMENT_COLLECTION)
        if kind in ("edge", EDGE_COLLECTION):
            kind = EDGE_COLLECTION
        elif kind in ("document", DOCUMENT_COLLECTION, None):
            kind = DOCUMENT_COLLECTION
        else:
            raise ArangoliteError(errno.ARANGO_COLLECTION_TYPE_INVALID, code=400)
        props: dict[str, Any] = {
            "type": kind,
            "keyOptions": normalize_key_options(opts.get("keyOptions")),
            "waitForSync": bool(opts.get("waitForSync", False)),
            "schema": opts.get("schema"),
            "computedValues": opts.get("computedValues"),
            "cacheEnabled": bool(opts.get("cacheEnabled", False)),
            "isSystem": name.startswith("_"),
            "indexes": [],
        }
        engine = self.engine
        cid = engine.clock.tick()
        state = CollectionState(cid, self.name, name, props, engine.clock.tick, engine.make_index)
        engine.run_ddl([sql.put_collection(cid, self.name, name, state.stored_props())])
        self.collections[name] = state
        return state

    def ensure_system_collections(self) -> None:
        names = SYSTEM_COLLECTIONS + (SYSTEM_DB_COLLECTIONS if self.is_system else ())
        for name in names:
            if name not in self.collections:
                self.create_collection(name, {"isSystem": True})

    def drop_collection(self, name_or_id: str, *, allow_system: bool = False) -> CollectionState:
        state = self.collection_state(name_or_id)
        if state.is_system and not allow_system:
            raise ArangoliteError(errno.FORBIDDEN, fmt(errno.FORBIDDEN), code=403)
        self.engine.run_ddl(sql.drop_collection(state.cid))
        del self.collections[state.name]
        state.dropped = True
        return state

    def rename_collection(self, name_or_id: str, new_name: Any) -> CollectionState:
        state = self.collection_state(name_or_id)
        if not isinstance(new_name, str) or not is_valid_collection_name(new_name):
            raise ArangoliteError(errno.ARANGO_ILLEGAL_NAME, fmt(1208), code=400)
        if state.is_system or new_name.startswith("_"):
            raise ArangoliteError(errno.FORBIDDEN, fmt(errno.FORBIDDEN), code=403)
        if new_name in self.collections:
            raise ArangoliteError(errno.ARANGO_DUPLICATE_NAME, fmt(1207), code=409)
        old = state.name
        state.rename(new_name)
        self.engine.run_ddl(
            [sql.put_collection(state.cid, self.name, new_name, state.stored_props())]
        )
        del self.collections[old]
        self.collections[new_name] = state
        return state

    def truncate_collection(self, name_or_id: str) -> CollectionState:
        state = self.collection_state(name_or_id)
        self.engine.run_ddl([sql.truncate_collection(state.cid)])
        state.clear()
        state.revision = self.engine.clock.revision()
        return state

    def save_properties(self, state: CollectionState) -> None:
        """Persist a collection's changed properties."""
        self.engine.run_ddl(
            [sql.put_collection(state.cid, self.name, state.name, state.stored_props())]
        )

    # ------------------------------------------------------------------ indexes

    def ensure_index(self, name_or_id: str, body: Any) -> tuple[IndexDescription, bool]:
        """Create an index, or return the identical existing one (``created`` False)."""
        state = self.collection_state(name_or_id)
        clock = self.engine.clock
        number = clock.tick()
        desc = normalize(
            body, index_id=f"{state.name}/{number}", default_name=f"idx_{clock.revision_value()}"
        )
        for existing in state.descriptions():
            if same_definition(existing, desc) and (
                "name" not in body or body.get("name") == existing.name
            ):
                return existing, False
            if existing.name == desc.name:
                raise ArangoliteError(
                    errno.ARANGO_DUPLICATE_NAME, f"duplicate value: {desc.name}", code=409
                )
        index = self.engine.make_index(desc)
        if desc.unique:
            for key, doc in state.docs.items():
                other = index.conflict(key, doc)
                if other is not None:
                    raise unique_violation(desc, other)
                index.insert(key, doc)
            state.indexes[index.id] = index
        else:
            state.add_index(index)
        try:
            self.save_properties(state)
        except BaseException:
            state.drop_index(index.id)
            raise
        return desc, True

    def drop_index(self, name_or_id: str, index_id: str) -> str:
        state = self.collection_state(name_or_id)
        full = index_id if "/" in index_id else f"{state.name}/{index_id}"
        index = state.indexes.get(full)
        if index is None:
            for candidate in state.indexes.values():
                if candidate.desc.name == index_id.rsplit("/", 1)[-1]:
                    index = candidate
        if full.endswith("/0") or (index is not None and index.desc.type == "edge"):
            raise ArangoliteError(errno.FORBIDDEN, "cannot drop primary or edge index", code=403)
        if index is None:
            raise not_found(errno.ARANGO_INDEX_NOT_FOUND)
        state.drop_index(index.id)
        self.save_properties(state)
        return index.id

    # ------------------------------------------------------------------ catalog

    def put_meta(self, kind: str, name: str, body: Any) -> None:
        """Store a named metadata object (durably)."""
        self.engine.run_ddl([sql.put_catalog(self.name, kind, name, body)])
        self.catalog[(kind, name)] = body

    def get_meta(self, kind: str, name: str) -> Any:
        return self.catalog.get((kind, name))

    def delete_meta(self, kind: str, name: str) -> bool:
        if (kind, name) not in self.catalog:
            return False
        self.engine.run_ddl([sql.delete_catalog(self.name, kind, name)])
        del self.catalog[(kind, name)]
        return True

    def list_meta(self, kind: str) -> dict[str, Any]:
        return {n: b for (k, n), b in self.catalog.items() if k == kind}
