"""Parsers, one per format, behind the ``Parser`` protocol, chosen by ``ParserRegistry``.

``parse_document(data, filename, media_type)`` is the entry point: it refuses oversized,
empty, unknown, binary-as-text, zip-bomb, encrypted and corrupt files with a
``DocumentError`` before (or instead of) producing a ``ParsedDocument``.
"""

from graph.ingest.parsers.base import MEDIA_TYPES, Parser
from graph.ingest.parsers.registry import ParserRegistry, default_registry, parse_document
from graph.ingest.parsers.sniff import detect_media_type

__all__ = [
    "MEDIA_TYPES",
    "Parser",
    "ParserRegistry",
    "default_registry",
    "detect_media_type",
    "parse_document",
]
