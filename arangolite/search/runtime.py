"""Per-engine ArangoSearch state: analyzer cache and the View links attached to collections.

:func:`install` runs when an engine starts: it gives the ``inverted`` index
type its behaviour and attaches a :class:`LinkIndex` observer to every
collection linked by an ``arangosearch`` View, so that committed writes
reach the Views. :func:`runtime` returns the engine's :class:`SearchRuntime`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from arangolite.search import analyzer_catalog as catalog
from arangolite.search.analyzer_catalog import AnalyzerDef
from arangolite.search.field_meta import FieldMeta
from arangolite.search.index_store import InvertedStore
from arangolite.search.link_defs import inverted_meta, link_meta
from arangolite.search.link_index import LinkIndex, link_description

if TYPE_CHECKING:
    from arangolite.storage.collection import CollectionState
    from arangolite.storage.database import Database
    from arangolite.storage.engine import Engine

EXTENSION = "arangosearch"


class SearchRuntime:
    """Analyzer cache and View links of one engine."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine
        self.cache: dict[Any, Any] = {}
        self.links: dict[tuple[str, str, int], LinkIndex] = {}

    # ------------------------------------------------------------------ analyzers

    def analyzer(self, db: Database, name: str) -> AnalyzerDef | None:
        """The analyzer ``name`` as seen from ``db`` (None when unknown)."""
        return catalog.lookup(db, name, self.cache)

    def resolve(self, db: Database, name: str) -> str | None:
        """The full name of analyzer ``name`` in ``db``, or None when it does not exist."""
        found = self.analyzer(db, name)
        return found.name if found is not None else None

    def refresh(self, db: Database, index: LinkIndex, meta: FieldMeta) -> InvertedStore:
        """Bring ``index`` up to date (analyzers resolved in ``db``)."""
        found: dict[str, AnalyzerDef | None] = {}

        def definition(name: str) -> AnalyzerDef | None:
            if name not in found:
                found[name] = self.analyzer(db, name)
            return found[name]

        def analyze(name: str, text: str) -> dict[Any, int]:
            entry = definition(name)
            return entry.analyzer.counts(text) if entry is not None else {}

        def features(name: str) -> frozenset[str]:
            entry = definition(name)
            return frozenset(entry.features) if entry is not None else frozenset()

        return index.refresh(meta, analyze, features)

    def inverted_meta(self, db: Database, index: LinkIndex) -> FieldMeta:
        desc = index.desc
        return inverted_meta(desc.fields, desc.extra, lambda n: self.resolve(db, n))

    def link_meta(self, db: Database, link: dict[str, Any]) -> FieldMeta:
        return link_meta(link, lambda n: self.resolve(db, n))

    # ------------------------------------------------------------------ View links

    def attach(self, db: Database, view_id: str, state: CollectionState) -> LinkIndex:
        """The link of View ``view_id`` on ``state`` (created and filled when missing)."""
        key = (db.id, view_id, state.cid)
        found = self.links.get(key)
        if found is not None and found in state.observers:
            return found
        self._forget_dropped_databases()
        index = LinkIndex(link_description(state.name, view_id))
        for doc_key, doc in state.docs.items():
            index.insert(doc_key, doc)
        state.observers.append(index)
        self.links[key] = index
        return index

    def _forget_dropped_databases(self) -> None:
        live = {db.id for db in self.engine.databases.values()}
        for key in [k for k in self.links if k[0] not in live]:
            del self.links[key]

    def detach(self, db: Database, view_id: str, cid: int) -> None:
        """Forget the link of View ``view_id`` on collection ``cid``."""
        index = self.links.pop((db.id, view_id, cid), None)
        if index is None:
            return
        for state in db.collections.values():
            if state.cid == cid and index in state.observers:
                state.observers.remove(index)

    def link(self, db: Database, view_id: str, state: CollectionState) -> LinkIndex:
        return self.attach(db, view_id, state)


def runtime(engine: Engine) -> SearchRuntime:
    """The engine's ArangoSearch runtime (installed on first use if needed)."""
    found = engine.extensions.get(EXTENSION)
    if isinstance(found, SearchRuntime):
        return found
    return install(engine)


def install(engine: Engine) -> SearchRuntime:
    """Set up ArangoSearch for ``engine`` (see module docstring)."""
    from arangolite.search.views import attach_all

    rt = SearchRuntime(engine)
    engine.extensions[EXTENSION] = rt
    engine.register_index_type("inverted", LinkIndex)
    for db in list(engine.databases.values()):
        attach_all(rt, db)
    return rt
