"""Analyzer definitions: validating and normalizing ``properties``, building analyzers.

``normalize(type, properties)`` returns the properties as ArangoDB reports
them (defaults filled in) or None when the analyzer type rejects them;
``build(type, normalized)`` returns the analyzer. Types ArangoDB has but
arangolite does not implement are listed in :data:`UNSUPPORTED_TYPES`.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from arangolite.search.analyzer_text import NgramAnalyzer, TextAnalyzer
from arangolite.search.analyzer_types import (
    Analyzer,
    DelimiterAnalyzer,
    MultiDelimiterAnalyzer,
    NormAnalyzer,
    PipelineAnalyzer,
    SegmentationAnalyzer,
    StemAnalyzer,
    StopwordsAnalyzer,
)

Props = dict[str, Any]

UNSUPPORTED_TYPES = frozenset(
    {
        "aql",
        "collation",
        "wildcard",
        "minhash",
        "classification",
        "nearest_neighbors",
        "geojson",
        "geo_s2",
        "geopoint",
    }
)
_CASES = ("lower", "upper", "none")


def _locale(props: Props) -> str | None:
    locale = props.get("locale")
    if not isinstance(locale, str):
        return None
    return locale.split(".")[0]


def _optional(props: Props, key: str, kind: type, default: Any) -> Any:
    """``props[key]`` if of type ``kind``, ``default`` when absent, ``...`` when invalid."""
    if key not in props:
        return default
    value = props[key]
    if kind is int:
        ok = isinstance(value, (int, float)) and not isinstance(value, bool) and value >= 0
        return int(value) if ok else ...
    return value if isinstance(value, kind) else ...


def _strings(value: Any) -> list[str] | None:
    """``value`` if it is an array of strings, else None."""
    if isinstance(value, list) and all(isinstance(v, str) for v in value):
        return list(value)
    return None


def _identity(props: Props) -> Props | None:
    return {}


def _delimiter(props: Props) -> Props | None:
    value = props.get("delimiter")
    return {"delimiter": value} if isinstance(value, str) else None


def _multi_delimiter(props: Props) -> Props | None:
    value = _strings(props.get("delimiters"))
    return {"delimiters": value} if value is not None else None


def _stem(props: Props) -> Props | None:
    locale = _locale(props)
    return {"locale": locale} if locale is not None else None


def _norm(props: Props) -> Props | None:
    locale = _locale(props)
    case = _optional(props, "case", str, "none")
    accent = _optional(props, "accent", bool, True)
    if locale is None or case not in _CASES or accent is ...:
        return None
    return {"locale": locale, "case": case, "accent": accent}


def _edge(value: Any) -> Props | None:
    if not isinstance(value, dict):
        return None
    out: Props = {}
    for key in ("min", "max"):
        number = _optional(value, key, int, None)
        if number is ...:
            return None
        if number is not None:
            out[key] = number
    keep = _optional(value, "preserveOriginal", bool, None)
    if keep is ...:
        return None
    if keep is not None:
        out["preserveOriginal"] = keep
    if "min" in out and "max" in out and out["min"] > out["max"]:
        return None
    return out


def _text(props: Props) -> Props | None:
    locale = _locale(props)
    case = _optional(props, "case", str, "lower")
    accent = _optional(props, "accent", bool, False)
    stemming = _optional(props, "stemming", bool, True)
    stopwords = _strings(props.get("stopwords", []))
    if locale is None or case not in _CASES or ... in (accent, stemming):
        return None
    if stopwords is None:
        return None
    out: Props = {
        "locale": locale,
        "case": case,
        "stopwords": stopwords,
        "accent": accent,
        "stemming": stemming,
    }
    if "edgeNgram" in props:
        edge = _edge(props["edgeNgram"])
        if edge is None:
            return None
        out["edgeNgram"] = edge
    if "stopwordsPath" in props:
        if not isinstance(props["stopwordsPath"], str):
            return None
        out["stopwordsPath"] = props["stopwordsPath"]
    return out


def _ngram(props: Props) -> Props | None:
    low = _optional(props, "min", int, ...)
    high = _optional(props, "max", int, ...)
    keep = _optional(props, "preserveOriginal", bool, ...)
    stream = _optional(props, "streamType", str, "binary")
    start = _optional(props, "startMarker", str, "")
    end = _optional(props, "endMarker", str, "")
    if ... in (low, high, keep, start, end) or stream not in ("binary", "utf8"):
        return None
    if low < 1 or low > high:
        return None
    return {
        "min": low,
        "max": high,
        "preserveOriginal": keep,
        "streamType": stream,
        "startMarker": start,
        "endMarker": end,
    }


def _segmentation(props: Props) -> Props | None:
    mode = _optional(props, "break", str, "alpha")
    case = _optional(props, "case", str, "lower")
    if mode not in ("all", "alpha", "graphic") or case not in _CASES:
        return None
    return {"case": case, "break": mode}


def _stopwords(props: Props) -> Props | None:
    words = _strings(props.get("stopwords"))
    hexed = _optional(props, "hex", bool, False)
    if words is None or hexed is ...:
        return None
    if hexed:
        try:
            for word in words:
                bytes.fromhex(word).decode()
        except ValueError:
            return None
    return {"stopwords": words, "hex": hexed}


def _pipeline(props: Props) -> Props | None:
    stages = props.get("pipeline")
    if not isinstance(stages, list) or not stages:
        return None
    out: list[Props] = []
    for stage in stages:
        if not isinstance(stage, dict) or not isinstance(stage.get("type"), str):
            return None
        kind = stage["type"]
        if kind not in _NORMALIZERS:
            return None
        raw = stage.get("properties", {})
        normalized = normalize(kind, raw if isinstance(raw, dict) else {})
        if normalized is None:
            return None
        out.append({"type": kind, "properties": normalized})
    return {"pipeline": out}


_NORMALIZERS: dict[str, Callable[[Props], Props | None]] = {
    "identity": _identity,
    "delimiter": _delimiter,
    "multi_delimiter": _multi_delimiter,
    "stem": _stem,
    "norm": _norm,
    "text": _text,
    "ngram": _ngram,
    "segmentation": _segmentation,
    "stopwords": _stopwords,
    "pipeline": _pipeline,
}

_BUILDERS: dict[str, Callable[[Props], Analyzer]] = {
    "delimiter": DelimiterAnalyzer,
    "multi_delimiter": MultiDelimiterAnalyzer,
    "stem": StemAnalyzer,
    "norm": NormAnalyzer,
    "text": TextAnalyzer,
    "ngram": NgramAnalyzer,
    "segmentation": SegmentationAnalyzer,
    "stopwords": StopwordsAnalyzer,
}


def is_known_type(kind: str) -> bool:
    """Whether arangolite implements analyzer type ``kind``."""
    return kind in _NORMALIZERS


def normalize(kind: str, props: Props) -> Props | None:
    """The normalized properties of a ``kind`` analyzer, or None when they are invalid."""
    normalizer = _NORMALIZERS.get(kind)
    return normalizer(props) if normalizer is not None else None


def build(kind: str, props: Props) -> Analyzer:
    """The analyzer for a normalized definition."""
    if kind == "pipeline":
        return PipelineAnalyzer([build(s["type"], s["properties"]) for s in props["pipeline"]])
    factory = _BUILDERS.get(kind)
    return factory(props) if factory is not None else Analyzer()


FEATURE_ORDER = ("frequency", "position", "offset", "norm")


def normalize_features(features: Any) -> list[str] | str:
    """Features in ArangoDB's order, or an error message."""
    if not isinstance(features, list) or not all(isinstance(f, str) for f in features):
        return "invalid 'features'"
    if any(f not in FEATURE_ORDER for f in features):
        return "unknown value in 'features'"
    wanted = set(features)
    if "offset" in wanted and "position" not in wanted:
        return "missing feature 'position' required when 'offset' feature is specified"
    if "position" in wanted and "frequency" not in wanted:
        return "missing feature 'frequency' required when 'position' feature is specified"
    return [f for f in FEATURE_ORDER if f in wanted]
