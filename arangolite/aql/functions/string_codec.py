"""AQL functions that hash, encode or generate strings (string.md).

MD5, SHA1, SHA256, SHA512, CRC32 (CRC-32C, upper-case hex), FNV64 (FNV-1a,
upper-case hex), TO_BASE64, TO_HEX, ENCODE_URI_COMPONENT, UUID and
RANDOM_TOKEN. All of them hash or encode the UTF-8 bytes of the value cast
to a string.
"""

from __future__ import annotations

import base64
import hashlib
import secrets
import uuid
from collections.abc import Callable
from typing import Any
from urllib.parse import quote

from arangolite import errno
from arangolite.aql.functions.registry import FunctionContext, Registry
from arangolite.aql.functions.string_args import to_int64
from arangolite.aql.values import to_string
from arangolite.errors import AqlError, fmt

registry = Registry()

_CRC32C_POLY = 0x82F63B78  # Castagnoli polynomial 0x1EDC6F41, bit-reversed
_FNV_OFFSET = 0xCBF29CE484222325
_FNV_PRIME = 0x100000001B3
_U64 = (1 << 64) - 1
_TOKEN_ALPHABET = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"
RANDOM_TOKEN_MAX = 65536
# characters encodeURIComponent leaves alone besides letters, digits and "-_.~"
_URI_SAFE = "!*'()"


def _crc32c_table() -> tuple[int, ...]:
    table = []
    for byte in range(256):
        crc = byte
        for _ in range(8):
            crc = (crc >> 1) ^ _CRC32C_POLY if crc & 1 else crc >> 1
        table.append(crc)
    return tuple(table)


_CRC32C_TABLE = _crc32c_table()


def crc32c(data: bytes) -> int:
    """CRC-32C (Castagnoli) of ``data``."""
    crc = 0xFFFFFFFF
    for byte in data:
        crc = _CRC32C_TABLE[(crc ^ byte) & 0xFF] ^ (crc >> 8)
    return crc ^ 0xFFFFFFFF


def fnv1a_64(data: bytes) -> int:
    """64-bit FNV-1a hash of ``data``."""
    value = _FNV_OFFSET
    for byte in data:
        value = ((value ^ byte) * _FNV_PRIME) & _U64
    return value


def _utf8(value: Any) -> bytes:
    return to_string(value).encode()


def _digest_function(name: str, algorithm: Callable[[bytes], Any]) -> None:
    def digest(ctx: FunctionContext, value: Any) -> str:
        return str(algorithm(_utf8(value)).hexdigest())

    digest.__doc__ = f"Lower-case hex {name} digest of the value as a string."
    registry.function(name, 1, 1)(digest)


_digest_function("MD5", hashlib.md5)
_digest_function("SHA1", hashlib.sha1)
_digest_function("SHA256", hashlib.sha256)
_digest_function("SHA512", hashlib.sha512)


@registry.function("CRC32", 1, 1)
def crc32(ctx: FunctionContext, value: Any) -> str:
    """CRC-32C checksum as upper-case hex without leading zeros."""
    return f"{crc32c(_utf8(value)):X}"


@registry.function("FNV64", 1, 1)
def fnv64(ctx: FunctionContext, value: Any) -> str:
    """FNV-1a 64-bit hash as upper-case hex without leading zeros."""
    return f"{fnv1a_64(_utf8(value)):X}"


@registry.function("TO_BASE64", 1, 1)
def to_base64(ctx: FunctionContext, value: Any) -> str:
    return base64.b64encode(_utf8(value)).decode("ascii")


@registry.function("TO_HEX", 1, 1)
def to_hex(ctx: FunctionContext, value: Any) -> str:
    return _utf8(value).hex()


@registry.function("ENCODE_URI_COMPONENT", 1, 1)
def encode_uri_component(ctx: FunctionContext, value: Any) -> str:
    """Percent-encode like JavaScript's ``encodeURIComponent`` (upper-case hex)."""
    return quote(_utf8(value), safe=_URI_SAFE)


@registry.function("UUID", 0, 0, deterministic=False)
def uuid_function(ctx: FunctionContext) -> str:
    """A random (version 4) UUID."""
    return str(uuid.uuid4())


@registry.function("RANDOM_TOKEN", 1, 1, deterministic=False)
def random_token(ctx: FunctionContext, length: Any) -> str:
    """A random string of letters and digits; a length outside 0..65536 fails the query."""
    size = to_int64(length)
    if size < 0 or size > RANDOM_TOKEN_MAX:
        mismatch = errno.QUERY_FUNCTION_ARGUMENT_TYPE_MISMATCH
        raise AqlError(mismatch, fmt(mismatch, "RANDOM_TOKEN"))
    return "".join(secrets.choice(_TOKEN_ALPHABET) for _ in range(size))
