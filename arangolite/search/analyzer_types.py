"""Analyzer implementations: each turns a string into terms with positions.

``analyze(text)`` returns ``[(term, position), ...]``; positions (0-based)
let ``PHRASE()`` check word order. Properties arrive already validated and
normalized by :mod:`arangolite.search.analyzer_config`.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from typing import Any

from arangolite.search.text_segment import (
    convert_case,
    graphic_segments,
    remove_accents,
    segments,
    words,
)

Terms = list[tuple[str, int]]

# Snowball algorithm per language code of a locale
_SNOWBALL = {
    "ar": "arabic",
    "ca": "catalan",
    "da": "danish",
    "de": "german",
    "el": "greek",
    "en": "english",
    "es": "spanish",
    "eu": "basque",
    "fi": "finnish",
    "fr": "french",
    "ga": "irish",
    "hi": "hindi",
    "hu": "hungarian",
    "hy": "armenian",
    "id": "indonesian",
    "it": "italian",
    "lt": "lithuanian",
    "ne": "nepali",
    "nl": "dutch",
    "no": "norwegian",
    "nb": "norwegian",
    "pt": "portuguese",
    "ro": "romanian",
    "ru": "russian",
    "sr": "serbian",
    "sv": "swedish",
    "ta": "tamil",
    "tr": "turkish",
    "yi": "yiddish",
}


def language_of(locale: str) -> str:
    """The language part of a locale (``en_US.UTF-8`` → ``en``)."""
    return locale.replace("-", "_").split("_")[0].split(".")[0].split("@")[0].lower()


_CACHE_LIMIT = 100_000


def make_stemmer(locale: str) -> Callable[[list[str]], list[str]] | None:
    """A function stemming a list of words with Snowball, or None for unsupported locales.

    Stems are memoized per stemmer (up to 100,000 words).
    """
    algorithm = _SNOWBALL.get(language_of(locale))
    if algorithm is None:
        return None
    try:
        import Stemmer

        stem_words = Stemmer.Stemmer(algorithm).stemWords
    except ImportError:  # pragma: no cover - PyStemmer is a dependency
        import snowballstemmer

        stem_words = snowballstemmer.stemmer(algorithm).stemWords
    cache: dict[str, str] = {}

    def stem(words: list[str]) -> list[str]:
        get = cache.get
        out = [get(w) for w in words]
        if None in out:
            missing = [w for w, s in zip(words, out, strict=True) if s is None]
            if len(cache) > _CACHE_LIMIT:
                cache.clear()
            cache.update(zip(missing, stem_words(missing), strict=True))
            out = [cache[w] for w in words]
        return out  # type: ignore[return-value]

    return stem


class Analyzer:
    """Base class: the identity analyzer (the whole input is one term)."""

    def analyze(self, text: str) -> Terms:
        return [(text, 0)]

    def terms(self, text: str) -> list[str]:
        """The terms without positions."""
        return [t for t, _ in self.analyze(text)]

    def counts(self, text: str) -> dict[str, int]:
        """How often each term occurs (what indexing needs)."""
        return dict(Counter(self.terms(text)))


class DelimiterAnalyzer(Analyzer):
    """Splits at a delimiter, following RFC 4180 quoting (``"a,b"`` stays one term)."""

    def __init__(self, props: dict[str, Any]) -> None:
        self.delimiter: str = props["delimiter"]

    def analyze(self, text: str) -> Terms:
        delim = self.delimiter
        if not delim:
            return [(text, 0)]
        out: list[str] = []
        rest: str | None = text
        while rest is not None:
            cut = _find_unquoted(rest, delim)
            out.append(_unquote(rest[:cut]))
            rest = rest[cut + len(delim) :] if cut < len(rest) else None
        return [(t, i) for i, t in enumerate(out)]


def _find_unquoted(data: str, delim: str) -> int:
    quoted = False
    for i, char in enumerate(data):
        if quoted:
            quoted = char != '"'
            continue
        if data.startswith(delim, i):
            return i
        if char == '"':
            quoted = True
    return len(data)


def _unquote(term: str) -> str:
    """A quoted field without its quotes (``""`` is a quote); other terms unchanged."""
    if not term.startswith('"'):
        return term
    parts: list[str] = []
    start, escaped = 1, False
    for i in range(1, len(term)):
        if term[i] != '"':
            continue
        if escaped and start == i:
            escaped = False
            continue
        if escaped:
            return term
        parts.append(term[start:i])
        escaped, start = True, i + 1
    joined = "".join(parts)
    return joined if start != 1 and start == len(term) else term


class MultiDelimiterAnalyzer(Analyzer):
    """Splits at any of several delimiters; empty pieces are dropped."""

    def __init__(self, props: dict[str, Any]) -> None:
        self.delimiters: list[str] = sorted(props["delimiters"], key=len, reverse=True)

    def analyze(self, text: str) -> Terms:
        out: list[str] = []
        start = i = 0
        while i < len(text):
            hit = next((d for d in self.delimiters if d and text.startswith(d, i)), None)
            if hit is None:
                i += 1
                continue
            out.append(text[start:i])
            i += len(hit)
            start = i
        out.append(text[start:])
        return [(t, n) for n, t in enumerate(t for t in out if t)]


class StemAnalyzer(Analyzer):
    """Stems the whole input as one word."""

    def __init__(self, props: dict[str, Any]) -> None:
        self.stem = make_stemmer(props["locale"])

    def analyze(self, text: str) -> Terms:
        return [(self.stem([text])[0] if self.stem else text, 0)]


class NormAnalyzer(Analyzer):
    """Case conversion and accent removal of the whole input."""

    def __init__(self, props: dict[str, Any]) -> None:
        self.case: str = props["case"]
        self.keep_accents: bool = props["accent"]

    def analyze(self, text: str) -> Terms:
        if not self.keep_accents:
            text = remove_accents(text)
        return [(convert_case(text, self.case), 0)]


class StopwordsAnalyzer(Analyzer):
    """Drops inputs equal to one of the stop words."""

    def __init__(self, props: dict[str, Any]) -> None:
        raw: list[str] = props["stopwords"]
        self.words = frozenset(bytes.fromhex(w).decode() for w in raw) if props["hex"] else set(raw)

    def analyze(self, text: str) -> Terms:
        return [] if text in self.words else [(text, 0)]


class SegmentationAnalyzer(Analyzer):
    """Language-agnostic word splitting with case conversion."""

    def __init__(self, props: dict[str, Any]) -> None:
        self.mode: str = props["break"]
        self.case: str = props["case"]

    def analyze(self, text: str) -> Terms:
        pieces = {"alpha": words, "graphic": graphic_segments}.get(self.mode, segments)(text)
        return [(convert_case(p, self.case), i) for i, p in enumerate(pieces)]


class PipelineAnalyzer(Analyzer):
    """Feeds every term of one analyzer into the next."""

    def __init__(self, stages: list[Analyzer]) -> None:
        self.stages = stages

    def analyze(self, text: str) -> Terms:
        terms: Terms = [(text, 0)]
        for stage in self.stages:
            terms = [(t, p + q) for term, p in terms for t, q in stage.analyze(term)]
        return terms
