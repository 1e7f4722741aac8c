"""Opening ArangoDB: a real server when a URL is configured, the embedded arangolite otherwise.

This is the only module that knows which of the two it talks to; everything above it
receives python-arango database handles and behaves the same against both::

    with connect(ArangoConfig(url=None, data_dir=Path("data/arangolite"))) as conn:
        db = conn.database("processkg_default")
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from types import TracebackType

import structlog
from arango.client import ArangoClient
from arango.database import StandardDatabase
from arango.http import DefaultHTTPClient

from graph.errors import BackendUnavailable, arango_errors

log = structlog.get_logger(__name__)

SYSTEM_DATABASE = "_system"


@dataclass(frozen=True)
class ArangoConfig:
    """How to reach ArangoDB (built from the service settings by the caller).

    Attributes:
        url: base URL of a real server (``http://host:8529``); None selects the
            embedded engine.
        username: ArangoDB user the service connects as.
        password: that user's password (also the embedded engine's root password).
        data_dir: the embedded engine's data directory; None keeps it in memory
            (tests only). Ignored when ``url`` is set.
        request_timeout: seconds python-arango waits for a real server's answer.
        retries: how many times a failed connection to a real server is retried.
    """

    url: str | None = None
    username: str = "root"
    password: str = field(default="", repr=False)
    data_dir: Path | None = Path("data/arangolite")
    request_timeout: float = 60.0
    retries: int = 3


class Connection:
    """An open python-arango client and, for the embedded engine, the engine itself.

    Use :func:`connect` to build one; close it (or use it as a context manager) when done.
    """

    def __init__(
        self,
        client: ArangoClient,
        config: ArangoConfig,
        on_close: Callable[[], None] | None = None,
    ) -> None:
        self.client = client
        self.config = config
        self._on_close = on_close

    def database(
        self, name: str, *, username: str | None = None, password: str | None = None
    ) -> StandardDatabase:
        """A handle on database ``name``, as the configured user unless another is given."""
        return self.client.db(
            name,
            username=username if username is not None else self.config.username,
            password=password if password is not None else self.config.password,
        )

    def system(self) -> StandardDatabase:
        """The ``_system`` database (databases and users are managed there)."""
        return self.database(SYSTEM_DATABASE)

    def close(self) -> None:
        """Release the client and, if embedded, flush and close the engine."""
        self.client.close()
        if self._on_close is not None:
            on_close, self._on_close = self._on_close, None
            on_close()

    def __enter__(self) -> Connection:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()


def connect(config: ArangoConfig) -> Connection:
    """Open the configured backend and check that it answers.

    Args:
        config: where ArangoDB is and who to connect as.

    Returns:
        An open :class:`Connection`.

    Raises:
        BackendUnavailable: the server does not answer or the data directory cannot be used.
        PermissionDenied: the server refuses the credentials.
    """
    if config.url:
        http = DefaultHTTPClient(
            request_timeout=config.request_timeout, retry_attempts=config.retries
        )
        client = ArangoClient(hosts=config.url, http_client=http, resolver_max_tries=1)
        conn = Connection(client, config)
        backend = "arangodb"
    else:
        conn = _embedded(config)
        backend = "embedded"
    try:
        with arango_errors():
            conn.system().version()
    except Exception:
        conn.close()
        raise
    log.info("arango_connected", backend=backend, user=config.username)
    return conn


def _embedded(config: ArangoConfig) -> Connection:
    from arangolite import EmbeddedArango
    from arangolite.errors import ArangoliteError

    data_dir = None if config.data_dir is None else str(config.data_dir)
    try:
        server = EmbeddedArango(data_dir=data_dir, root_password=config.password)
    except (OSError, sqlite3.Error, ArangoliteError) as exc:
        raise BackendUnavailable(
            f"cannot open the embedded data directory {data_dir}: {exc}"
        ) from exc
    return Connection(server.client(), config, on_close=server.close)
