"""``EmbeddedArango``: an ArangoDB-compatible server inside the current process.

Create it with ``EmbeddedArango(data_dir="data/arangolite", root_password="")``,
talk to it through ``server.client().db("_system", username="root", password="")``
(a regular python-arango client) and close it with ``server.close()`` or use it
as a context manager.
"""

from __future__ import annotations

from types import TracebackType
from typing import Any

from arango.client import ArangoClient

from arangolite.rest.auth import Authenticator
from arangolite.rest.context import ServerContext
from arangolite.rest.dispatcher import Dispatcher
from arangolite.storage.engine import Engine
from arangolite.transport import InProcessHTTPClient

DEFAULT_HOST = "http://arangolite.local"


class EmbeddedArango:
    """An embedded server: storage engine, REST dispatcher and in-process transport.

    Args:
        data_dir: directory for the SQLite file; None keeps everything in memory.
        root_password: password of the ``root`` user.
        synchronous: SQLite ``synchronous`` setting (``NORMAL`` or ``FULL``).
    """

    def __init__(
        self,
        data_dir: str | None = "data/arangolite",
        root_password: str = "",
        *,
        synchronous: str = "NORMAL",
    ) -> None:
        self.engine = Engine(data_dir, synchronous=synchronous)
        self.context = ServerContext(engine=self.engine, auth=Authenticator(root_password))
        self.dispatcher = Dispatcher(self.context)
        self._closed = False

    def client(self, hosts: str = DEFAULT_HOST, **kwargs: Any) -> ArangoClient:
        """A python-arango client whose requests this server answers in-process."""
        return ArangoClient(hosts=hosts, http_client=InProcessHTTPClient(self.dispatcher), **kwargs)

    def database(self, name: str = "_system") -> Any:
        """The storage-level database handle (for the AQL executor and tests)."""
        return self.engine.database(name)

    def close(self) -> None:
        """Abort open stream transactions and close the SQLite file."""
        if not self._closed:
            self._closed = True
            self.engine.close()

    def __enter__(self) -> EmbeddedArango:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()
