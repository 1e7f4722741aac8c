"""The committed state of one collection: documents, indexes, properties, key generator."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from arangolite.storage.api import EDGE_COLLECTION, CollectionInfo, IndexDescription
from arangolite.storage.index import EdgeIndex, Index, make_index
from arangolite.storage.indexspec import (
    edge_description,
    from_stored,
    primary_description,
    stored_form,
)
from arangolite.storage.keygen import KeyGenerator
from arangolite.storage.schema import Schema, compile_schema

STATUS_LOADED = 3
SERVER_ID = "hA7E5A6B3C2D1"

# properties stored as given and reported back
STORED_PROPERTIES = ("waitForSync", "schema", "computedValues", "cacheEnabled", "isSystem")


class CollectionState:
    """Documents (``_key`` → document, insertion order) and indexes of a collection.

    Args:
        cid: the collection's numeric id.
        database: name of its database.
        name: collection name.
        props: stored properties (``type``, ``keyOptions``, ``waitForSync``, ``schema``,
            ``computedValues``, ``cacheEnabled``, ``isSystem``, ``indexes``).
        new_tick: the server's tick source (for generated keys).
    """

    def __init__(
        self,
        cid: int,
        database: str,
        name: str,
        props: dict[str, Any],
        new_tick: Callable[[], int],
        index_factory: Callable[[IndexDescription], Index] = make_index,
    ) -> None:
        self.make_index = index_factory
        self.cid = cid
        self.database = database
        self.name = name
        self.type: int = int(props.get("type", 2))
        self.props: dict[str, Any] = {k: props.get(k) for k in STORED_PROPERTIES}
        self.props["waitForSync"] = bool(self.props["waitForSync"])
        self.props["cacheEnabled"] = bool(self.props["cacheEnabled"])
        self.props["isSystem"] = bool(self.props["isSystem"])
        self.keygen = KeyGenerator(props.get("keyOptions") or {}, new_tick)
        self.saved_last_value = self.keygen.last_value
        self.docs: dict[str, dict[str, Any]] = {}
        self.indexes: dict[str, Index] = {}
        # structures derived from committed documents that are not indexes (ArangoSearch
        # View links): told about every change like indexes, never listed or persisted
        self.observers: list[Index] = []
        self.revision = "0"
        self.dropped = False
        self._schema: tuple[Any, Schema | None] = (None, None)
        if self.type == EDGE_COLLECTION:
            self._add_index(index_factory(edge_description(name)))
        for stored in props.get("indexes", ()):
            self._add_index(index_factory(from_stored(name, stored)))

    def schema(self) -> Schema | None:
        """The compiled ``schema`` property (recompiled when the property changes)."""
        value = self.props.get("schema")
        cached_value, compiled = self._schema
        if cached_value is not value:
            compiled = compile_schema(value)
            self._schema = (value, compiled)
        return compiled

    # ------------------------------------------------------------------ identity

    @property
    def id(self) -> str:
        return str(self.cid)

    @property
    def is_edge(self) -> bool:
        return self.type == EDGE_COLLECTION

    @property
    def is_system(self) -> bool:
        return bool(self.props["isSystem"])

    @property
    def wait_for_sync(self) -> bool:
        return bool(self.props["waitForSync"])

    def info(self) -> CollectionInfo:
        return CollectionInfo(id=self.id, name=self.name, type=self.type)

    @property
    def edge_index(self) -> EdgeIndex | None:
        index = self.indexes.get(f"{self.name}/1")
        return index if isinstance(index, EdgeIndex) else None

    # ------------------------------------------------------------------ indexes

    def _add_index(self, index: Index) -> None:
        self.indexes[index.id] = index

    def add_index(self, index: Index) -> None:
        """Add a secondary index and fill it from the stored documents."""
        for key, doc in self.docs.items():
            index.insert(key, doc)
        self._add_index(index)

    def replace_index(self, index: Index) -> None:
        """Swap in a new structure for an existing index (same id and position), filled."""
        for key, doc in self.docs.items():
            index.insert(key, doc)
        self.indexes[index.id] = index

    def drop_index(self, index_id: str) -> None:
        self.indexes.pop(index_id, None)

    def descriptions(self) -> list[IndexDescription]:
        """Every index, the primary index first."""
        return [primary_description(self.name), *(i.desc for i in self.indexes.values())]

    def user_indexes(self) -> list[Index]:
        """Indexes created by users (not primary/edge), in creation order."""
        return [i for i in self.indexes.values() if i.desc.type != "edge"]

    # ------------------------------------------------------------------ changes

    def rename(self, new_name: str) -> None:
        """Rename; documents get new ``_id`` values and index ids follow the name."""
        prefix = new_name + "/"
        self.docs = {k: {**d, "_id": prefix + k} for k, d in self.docs.items()}
        old = list(self.indexes.values())
        self.name = new_name
        self.indexes = {}
        for index in old:
            desc = index.desc
            desc.id = f"{new_name}/{desc.id.rsplit('/', 1)[-1]}"
            fresh = self.make_index(desc)
            self.add_index(fresh)
        for observer in self.observers:
            observer.clear()
            for key, doc in self.docs.items():
                observer.insert(key, doc)

    def clear(self) -> None:
        self.docs = {}
        for index in self.indexes.values():
            index.clear()
        for observer in self.observers:
            observer.clear()

    def apply(self, key: str, doc: dict[str, Any] | None) -> None:
        """Publish one committed change (``doc`` None removes the document)."""
        docs = self.docs
        current = docs.get(key)
        for observer in self.observers:
            if current is not None:
                observer.remove(key, current)
            if doc is not None:
                observer.insert(key, doc)
        indexes = self.indexes
        if current is not None and indexes:
            for index in indexes.values():
                index.remove(key, current)
        if doc is None:
            if current is not None:
                del docs[key]
            return
        docs[key] = doc
        self.revision = doc["_rev"]
        if indexes:
            for index in indexes.values():
                index.insert(key, doc)

    def load(self, doc: dict[str, Any]) -> None:
        """Add a document read back from disk."""
        key = doc["_key"]
        if not doc["_id"].startswith(self.name + "/"):
            doc["_id"] = f"{self.name}/{key}"
        self.docs[key] = doc
        if self.keygen.kind != "autoincrement" or key.isdigit():
            self.keygen.track(key)
        for index in self.indexes.values():
            index.insert(key, doc)

    def stored_props(self) -> dict[str, Any]:
        """What is persisted about the collection."""
        self.saved_last_value = self.keygen.last_value
        props = dict(self.props)
        props["type"] = self.type
        props["keyOptions"] = self.keygen.to_json()
        props["indexes"] = [stored_form(i.desc) for i in self.user_indexes()]
        return props

    # ------------------------------------------------------------------ REST shapes

    def summary(self) -> dict[str, Any]:
        """The short description used in listings and simple collection answers."""
        return {
            "id": self.id,
            "name": self.name,
            "status": STATUS_LOADED,
            "type": self.type,
            "isSystem": self.is_system,
            "globallyUniqueId": self.name if self.is_system else f"{SERVER_ID}/{self.cid}",
        }

    def properties(self) -> dict[str, Any]:
        """``GET /_api/collection/{name}/properties`` (without code/error)."""
        body = {
            "writeConcern": 1,
            "waitForSync": self.wait_for_sync,
            "usesRevisionsAsDocumentIds": True,
            "syncByRevision": True,
            "supportsRBAC": True,
            "statusString": "loaded",
            "id": self.id,
            "isSmartChild": False,
            "schema": self.props["schema"],
            "name": self.name,
            "type": self.type,
            "status": STATUS_LOADED,
            "cacheEnabled": self.props["cacheEnabled"],
            "isSystem": self.is_system,
            "internalValidatorType": 0,
            "globallyUniqueId": self.summary()["globallyUniqueId"],
            "keyOptions": self.keygen.to_json(),
            "computedValues": self.props["computedValues"],
            "objectId": str(self.cid + 1),
        }
        return body
