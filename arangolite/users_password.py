"""Salted password hashes for stored users (PBKDF2-HMAC-SHA256 from :mod:`hashlib`).

A hash is kept as ``{"method", "iterations", "salt", "hash"}`` in the user's
``authData.simple``; the plain password is never stored or logged.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets
from typing import Any

METHOD = "pbkdf2-sha256"
ITERATIONS = 100_000
SALT_BYTES = 16


def _derive(password: str, salt: bytes, iterations: int) -> bytes:
    return hashlib.pbkdf2_hmac("sha256", password.encode(), salt, iterations)


def hash_password(password: str, iterations: int | None = None) -> dict[str, Any]:
    """A fresh salted hash of ``password`` (``ITERATIONS`` rounds unless told otherwise)."""
    iterations = iterations or ITERATIONS
    salt = secrets.token_bytes(SALT_BYTES)
    return {
        "method": METHOD,
        "iterations": iterations,
        "salt": salt.hex(),
        "hash": _derive(password, salt, iterations).hex(),
    }


def verify_password(password: str, stored: dict[str, Any]) -> bool:
    """Whether ``password`` matches the ``stored`` hash (False for unknown formats)."""
    if stored.get("method") != METHOD:
        return False
    try:
        salt = bytes.fromhex(str(stored["salt"]))
        expected = bytes.fromhex(str(stored["hash"]))
        iterations = int(stored["iterations"])
    except (KeyError, ValueError, TypeError):
        return False
    if iterations <= 0:
        return False
    return hmac.compare_digest(_derive(password, salt, iterations), expected)
