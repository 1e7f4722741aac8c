"""The collections a search reads (segments) and the View-wide statistics used for scoring."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import numpy as np

from arangolite.search.field_meta import FieldMeta, leaves, term_of, value_kind
from arangolite.search.index_store import FieldData, InvertedStore
from arangolite.search.scoring import FieldStats, ScorerSpec, score

if TYPE_CHECKING:
    from arangolite.search.analyzer_catalog import AnalyzerDef
    from arangolite.search.runtime import SearchRuntime
    from arangolite.storage.collection import CollectionState
    from arangolite.storage.database import Database

Array = np.ndarray[Any, Any]


def term_key(value: Any) -> Any:
    """The indexed form of a search value (strings as-is)."""
    return value if isinstance(value, str) else term_of(value)


class Segment:
    """One collection of a View with its up-to-date inverted index.

    ``alias`` segments belong to ``search-alias`` Views: their fields have a
    single analyzer, taken from the index definition rather than the query.
    """

    def __init__(
        self, state: CollectionState, store: InvertedStore, meta: FieldMeta, alias: bool
    ) -> None:
        self.state = state
        self.store = store
        self.meta = meta
        self.alias = alias
        self.size = len(store.keys)
        self.alive = store.alive_mask()
        self._postings: dict[tuple[Any, ...], tuple[Array, Array]] = {}

    def analyzer_for(self, path: str, analyzer: str) -> str:
        if not self.alias:
            return analyzer
        level: FieldMeta | None = self.meta
        for part in path.replace("[", ".[").split("."):
            if level is None:
                break
            if not part.startswith("["):
                level = level.child(part)
        return level.analyzers[0] if level is not None and level.analyzers else analyzer

    def field_key(self, path: str, analyzer: str, sample: Any) -> tuple[str, str]:
        kind = value_kind(sample)
        return (path, kind) if kind is not None else (path, self.analyzer_for(path, analyzer))

    def field(self, path: str, analyzer: str, sample: Any) -> FieldData | None:
        return self.store.fields.get(self.field_key(path, analyzer, sample))

    def postings(self, data: FieldData, term: Any) -> tuple[Array, Array]:
        """Alive ordinals and frequencies of ``term`` in ``data``."""
        key = (id(data), term)
        found = self._postings.get(key)
        if found is None:
            docs, freqs = data.postings(term)
            if self.store.dead and len(docs):
                keep = self.alive[docs]
                docs, freqs = docs[keep], freqs[keep]
            found = (docs, freqs)
            self._postings[key] = found
        return found

    def all(self) -> Array:
        return np.nonzero(self.alive)[0].astype(np.int64)

    def document(self, ordinal: int) -> dict[str, Any] | None:
        key = self.store.keys[ordinal]
        return self.state.docs.get(key) if key is not None else None

    def texts(self, doc: dict[str, Any], path: str, analyzer: str) -> list[str]:
        """The string values of ``doc`` at ``path`` indexed with ``analyzer``."""
        return [
            value
            for p, settings, value in leaves(doc, self.meta)
            if p == path and isinstance(value, str) and analyzer in settings.analyzers
        ]


class SearchContext:
    """Segments, scorers and cached View-wide statistics of one search."""

    def __init__(
        self,
        rt: SearchRuntime,
        db: Database,
        segments: list[Segment],
        specs: list[ScorerSpec],
    ) -> None:
        self.rt = rt
        self.db = db
        self.segments = segments
        self.specs = specs
        self.width = len(specs)
        self._stats: dict[tuple[Any, ...], FieldStats] = {}
        self._df: dict[tuple[Any, ...], int] = {}
        self._analyzers: dict[str, AnalyzerDef | None] = {}

    def analyzer(self, name: str) -> AnalyzerDef | None:
        if name not in self._analyzers:
            self._analyzers[name] = self.rt.analyzer(self.db, name)
        return self._analyzers[name]

    def stats(self, path: str, analyzer: str, sample: Any) -> FieldStats:
        key = (path, analyzer, value_kind(sample))
        found = self._stats.get(key)
        if found is None:
            docs = total = 0
            for segment in self.segments:
                data = segment.field(path, analyzer, sample)
                if data is not None:
                    docs += len(data.lengths)
                    total += data.total
            found = self._stats[key] = FieldStats(docs, total)
        return found

    def df(self, path: str, analyzer: str, term: Any) -> int:
        key = (path, analyzer, value_kind(term), term)
        found = self._df.get(key)
        if found is None:
            found = 0
            for segment in self.segments:
                data = segment.field(path, analyzer, term)
                if data is not None and term in data.terms:
                    found += len(segment.postings(data, term)[0])
            self._df[key] = found
        return found

    def scores(
        self,
        segment: Segment,
        data: FieldData,
        where: tuple[str, str, Any],
        terms: tuple[Any, ...],
        docs: Array,
        freqs: Array,
        boost: float,
    ) -> Array:
        """Score columns for documents ``docs`` matching ``terms`` with frequencies ``freqs``."""
        out = np.zeros((len(docs), self.width))
        if not self.width or not len(docs):
            return out
        path, analyzer, sample = where
        stats = self.stats(path, analyzer, sample)
        dfs = tuple(self.df(path, analyzer, t) for t in terms)
        lengths = data.lengths_array(segment.size)[docs] if "norm" in data.features else None
        for column, spec in enumerate(self.specs):
            out[:, column] = score(spec, stats, dfs, freqs, lengths, data.features, boost)
        return out
