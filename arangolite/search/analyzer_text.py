"""The ``text`` and ``ngram`` analyzers."""

from __future__ import annotations

from collections import Counter
from typing import Any

from arangolite.search.analyzer_types import Analyzer, Terms, make_stemmer
from arangolite.search.text_segment import convert_case, remove_accents, words


class TextAnalyzer(Analyzer):
    """Words, then accent removal, case conversion, stop words, stemming, edge n-grams."""

    def __init__(self, props: dict[str, Any]) -> None:
        self.keep_accents: bool = props["accent"]
        self.case: str = props["case"]
        self.stopwords = frozenset(props["stopwords"])
        self.stem = make_stemmer(props["locale"]) if props["stemming"] else None
        edge = props.get("edgeNgram")
        self.edge: tuple[int, int, bool] | None = None
        if isinstance(edge, dict):
            low = max(1, int(edge.get("min", 1)))
            high = int(edge.get("max", 1 << 30))
            self.edge = (low, high, bool(edge.get("preserveOriginal", False)))

    def words_of(self, text: str) -> list[str]:
        """The words after normalization, stop words and stemming (no edge n-grams)."""
        if not self.keep_accents:
            text = remove_accents(text)
        found = words(convert_case(text, self.case))
        if self.stopwords:
            found = [w for w in found if w not in self.stopwords]
        if self.stem is not None and found:
            found = self.stem(found)
        return found

    def counts(self, text: str) -> dict[str, int]:
        if self.edge is not None:
            return super().counts(text)
        if not self.keep_accents:
            text = remove_accents(text)
        found = Counter(words(convert_case(text, self.case)))
        for stopword in self.stopwords.intersection(found):
            del found[stopword]
        if self.stem is None:
            return dict(found)
        stems = self.stem(list(found))
        out = dict(zip(stems, found.values(), strict=True))
        if len(out) < len(found):  # several words with the same stem
            out = {}
            for stem, count in zip(stems, found.values(), strict=True):
                out[stem] = out.get(stem, 0) + count
        return out

    def terms(self, text: str) -> list[str]:
        if self.edge is None:
            return self.words_of(text)
        return [t for t, _ in self.analyze(text)]

    def analyze(self, text: str) -> Terms:
        found = self.words_of(text)
        if self.edge is None:
            return list(zip(found, range(len(found)), strict=True))
        low, high, keep = self.edge
        out: Terms = []
        for position, word in enumerate(found):
            size = len(word)
            out.extend((word[:n], position) for n in range(low, min(high, size) + 1))
            if keep and (size < low or size > high):
                out.append((word, position))
        return out


class NgramAnalyzer(Analyzer):
    """All n-grams of ``min``..``max`` characters, optionally with the original and markers."""

    def __init__(self, props: dict[str, Any]) -> None:
        self.low = int(props["min"])
        self.high = int(props["max"])
        self.keep = bool(props["preserveOriginal"])
        self.start: str = props.get("startMarker", "")
        self.end: str = props.get("endMarker", "")

    def _mark(self, gram: str, first: bool, last: bool) -> str:
        return (self.start if first else "") + gram + (self.end if last else "")

    def analyze(self, text: str) -> Terms:
        size = len(text)
        out: Terms = []
        for begin in range(size):
            for length in range(self.low, self.high + 1):
                stop = begin + length
                if stop > size:
                    break
                out.append((self._mark(text[begin:stop], begin == 0, stop == size), begin))
            if begin == 0:
                out.extend(self._original(text))
        if size == 0 and self.keep:
            out.extend(self._original(text))
        return out

    def _original(self, text: str) -> Terms:
        if not self.keep or self.low <= len(text) <= self.high:
            return []
        if not self.start and not self.end:
            return [(text, 0)]
        marked = [self.start + text] if self.start else []
        if self.end:
            marked.append(text + self.end)
        return [(m, 0) for m in marked]
