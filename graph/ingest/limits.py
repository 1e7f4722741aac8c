"""Checks that run before a parser opens a file: size, zip bombs, binary posing as text."""

from __future__ import annotations

import codecs
import io
import zipfile
from dataclasses import dataclass

from graph.errors import CorruptDocument, DocumentTooLarge, EmptyDocument, UnsupportedDocument

MB = 1024 * 1024


@dataclass(frozen=True)
class IngestLimits:
    """What an uploaded file may be.

    Attributes:
        max_bytes: the largest file accepted (checked before parsing).
        max_unzipped_bytes: the largest total a DOCX/XLSX may inflate to.
        max_zip_ratio: the largest uncompressed/compressed ratio of one zip member
            (members under ``zip_ratio_floor`` bytes are not held to it).
        zip_ratio_floor: member size from which ``max_zip_ratio`` applies.
        max_zip_members: the most members a DOCX/XLSX may have.
        max_invalid_text_ratio: the share of NUL bytes, or of bytes that are not valid
            UTF-8, above which "text" is taken for binary.
    """

    max_bytes: int = 50 * MB
    max_unzipped_bytes: int = 200 * MB
    max_zip_ratio: float = 100.0
    zip_ratio_floor: int = 1 * MB
    max_zip_members: int = 10_000
    max_invalid_text_ratio: float = 0.01


def check_size(data: bytes, filename: str, limits: IngestLimits) -> None:
    """Refuse empty files and files over ``limits.max_bytes``.

    Raises:
        EmptyDocument: no bytes at all.
        DocumentTooLarge: more than ``limits.max_bytes``.
    """
    if not data:
        raise EmptyDocument(f"{filename}: the file is empty")
    if len(data) > limits.max_bytes:
        raise DocumentTooLarge(
            f"{filename}: {len(data)} bytes is over the limit of {limits.max_bytes} bytes"
        )


def check_zip(data: bytes, filename: str, limits: IngestLimits) -> None:
    """Read a zip's directory (never its contents) and refuse what would inflate too far.

    Raises:
        CorruptDocument: not a readable zip.
        DocumentTooLarge: too many members, too much uncompressed data, or a member
            compressed suspiciously well (a zip bomb).
    """
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            members = archive.infolist()
    except (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, ValueError) as exc:
        raise CorruptDocument(f"{filename}: not a readable zip archive ({exc})") from exc
    if len(members) > limits.max_zip_members:
        raise DocumentTooLarge(f"{filename}: {len(members)} archive members is too many")
    total = sum(m.file_size for m in members)
    if total > limits.max_unzipped_bytes:
        raise DocumentTooLarge(
            f"{filename}: would inflate to {total} bytes "
            f"(limit {limits.max_unzipped_bytes}); refused as a possible zip bomb"
        )
    for member in members:
        ratio = member.file_size / max(member.compress_size, 1)
        if member.file_size >= limits.zip_ratio_floor and ratio > limits.max_zip_ratio:
            raise DocumentTooLarge(
                f"{filename}: member {member.filename!r} compressed {ratio:.0f}:1; "
                "refused as a possible zip bomb"
            )


def decode_text(data: bytes, filename: str, limits: IngestLimits) -> str:
    """The text of ``data`` (UTF-8, or UTF-16 with a byte-order mark), newlines normalised.

    A few invalid bytes become U+FFFD; more than ``limits.max_invalid_text_ratio`` of
    them, or of NUL bytes, means the file is binary.

    Raises:
        UnsupportedDocument: the bytes are binary rather than text.
    """
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        text = data.decode("utf-16", errors="replace")
        invalid = text.count("\ufffd")
    else:
        nul_ratio = data.count(0) / len(data) if data else 0.0
        if nul_ratio > limits.max_invalid_text_ratio:
            raise UnsupportedDocument(f"{filename}: binary content (NUL bytes), not text")
        text = data.decode("utf-8-sig", errors="replace")
        invalid = text.count("\ufffd") - data.count("\ufffd".encode())
    if invalid > limits.max_invalid_text_ratio * max(len(text), 1):
        raise UnsupportedDocument(f"{filename}: binary content (not valid UTF-8 text)")
    return text.replace("\r\n", "\n").replace("\r", "\n").replace("\x00", "")
