"""Authentication: HTTP Basic for known users, and JWTs from ``POST /_open/auth``.

Only ``root`` exists until a users component plugs in its own password check
(:attr:`Authenticator.check_password`) and its :attr:`Authenticator.is_active_user`
(tokens of deleted or deactivated users are refused). With an empty root password, requests
without credentials run as ``root``.
"""

from __future__ import annotations

import base64
import secrets
import time
from collections.abc import Callable
from typing import Any

import jwt

from arangolite import errno
from arangolite.errors import ArangoliteError

TOKEN_LIFETIME = 3600
UNAUTHORIZED_MESSAGE = "not authorized to execute this request"


def unauthorized() -> ArangoliteError:
    """ArangoDB's 401 answer (errorNum 11, which python-arango's JWT refresh looks for)."""
    return ArangoliteError(errno.FORBIDDEN, UNAUTHORIZED_MESSAGE, code=401)


class Authenticator:
    """Checks credentials and issues tokens.

    Args:
        root_password: the password of ``root``.
    """

    def __init__(self, root_password: str = "") -> None:
        self.root_password = root_password
        self.secret = secrets.token_hex(32)
        self.check_password: Callable[[str, str], bool] = self._check_root
        self.is_active_user: Callable[[str], bool] = self._is_root
        self.users: Any = None
        """The user directory (``arangolite.users_store.UserDirectory``) once installed."""

    @staticmethod
    def _is_root(user: str) -> bool:
        return user == "root"

    def _check_root(self, user: str, password: str) -> bool:
        return user == "root" and secrets.compare_digest(password, self.root_password)

    def issue_token(self, user: str) -> str:
        """A HS256 JWT for ``user`` that python-arango accepts."""
        now = int(time.time())
        payload = {
            "iss": "arangodb",
            "preferred_username": user,
            "iat": now,
            "exp": now + TOKEN_LIFETIME,
        }
        return jwt.encode(payload, self.secret, algorithm="HS256")

    def login(self, body: Any) -> str:
        """``POST /_open/auth``: a token for valid credentials, else 401."""
        if not isinstance(body, dict):
            raise ArangoliteError(errno.HTTP_BAD_PARAMETER, "invalid JSON", code=400)
        user, password = body.get("username"), body.get("password", "")
        if not isinstance(user, str) or not isinstance(password, str):
            raise ArangoliteError(errno.HTTP_UNAUTHORIZED, "Wrong credentials", code=401)
        if not self.check_password(user, password):
            raise ArangoliteError(errno.HTTP_UNAUTHORIZED, "Wrong credentials", code=401)
        return self.issue_token(user)

    def user_of(self, header: str | None) -> str:
        """The user an ``Authorization`` header proves; raises 401 otherwise."""
        if not header:
            if self.root_password == "":
                return "root"
            raise unauthorized()
        scheme, _, value = header.strip().partition(" ")
        scheme = scheme.lower()
        if scheme == "basic":
            return self._basic(value.strip())
        if scheme == "bearer":
            return self._bearer(value.strip())
        raise unauthorized()

    def _basic(self, value: str) -> str:
        try:
            decoded = base64.b64decode(value, validate=True).decode()
        except ValueError:  # binascii.Error, UnicodeDecodeError, non-ASCII input
            raise unauthorized() from None
        user, sep, password = decoded.partition(":")
        if not sep or not self.check_password(user, password):
            raise unauthorized()
        return user

    def _bearer(self, token: str) -> str:
        try:
            payload = jwt.decode(token, self.secret, algorithms=["HS256"], issuer="arangodb")
        except jwt.PyJWTError:
            raise unauthorized() from None
        user = payload.get("preferred_username")
        if not isinstance(user, str) or not self.is_active_user(user):
            raise unauthorized()
        return user
