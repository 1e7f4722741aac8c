"""``arangolite serve``: the REST API over HTTP/1.1 (standard library server).

Every request goes to the embedded server's ``Dispatcher.dispatch`` unchanged;
this module only speaks HTTP: keep-alive, ``Content-Length`` and chunked
bodies, ``gzip``/``deflate`` request bodies, size limits. Whatever a client
sends, it gets ArangoDB's JSON error body (``error``, ``errorNum``,
``errorMessage``, ``code``), including for requests the HTTP parser rejects.

    with EmbeddedArango(data_dir) as embedded, HTTPService(embedded, port=0) as http:
        ArangoClient(hosts=http.url)

The command line is in :mod:`arangolite.http_cli`.
"""

from __future__ import annotations

import json
import logging
import socket
import threading
import zlib
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from types import TracebackType
from typing import Any, Protocol

from arangolite import errno
from arangolite.server import EmbeddedArango

log = logging.getLogger(__name__)

MAX_BODY = 512 * 1024 * 1024
MAX_REQUEST_LINE = 65536
IDLE_TIMEOUT = 60.0
_OWN_HEADERS = frozenset(("content-length", "connection", "server", "date"))


class Dispatch(Protocol):
    """What answers requests: ``arangolite.rest.dispatcher.Dispatcher``."""

    def dispatch(
        self,
        method: str,
        path: str,
        query: dict[str, str] | None,
        headers: dict[str, str] | None,
        body: bytes | str | None,
    ) -> tuple[int, dict[str, str], bytes]: ...


class BadRequestError(Exception):
    """A request this layer rejects before the dispatcher sees it."""

    def __init__(self, status: int, message: str) -> None:
        super().__init__(message)
        self.status = status


def error_body(status: int, message: str) -> bytes:
    """ArangoDB's JSON error body for an HTTP-level failure."""
    if status >= 500:
        num = errno.SHUTTING_DOWN if status == 503 else status
    else:
        num = status if status in errno.MESSAGES else errno.HTTP_BAD_PARAMETER
    body = {"error": True, "errorNum": num, "errorMessage": message, "code": status}
    return json.dumps(body).encode()


def _inflate(body: bytes, encoding: str, limit: int) -> bytes:
    wbits = {"gzip": 31, "deflate": 15}.get(encoding)
    if wbits is None:
        raise BadRequestError(415, f"unsupported content-encoding '{encoding}'")
    try:
        inflater = zlib.decompressobj(wbits)
        data = inflater.decompress(body, limit + 1)
    except zlib.error:
        raise BadRequestError(400, f"invalid {encoding} request body") from None
    if len(data) > limit or inflater.unconsumed_tail:
        raise BadRequestError(413, "request body too large")
    return data


class _Handler(BaseHTTPRequestHandler):
    """One connection: parse requests, hand them to the dispatcher, write answers."""

    protocol_version = "HTTP/1.1"
    default_request_version = "HTTP/1.1"  # answers always carry a status line and headers
    server: ArangoHTTPServer
    timeout = IDLE_TIMEOUT

    def setup(self) -> None:
        super().setup()
        self.connection.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)

    def version_string(self) -> str:
        return "ArangoDB"

    def log_message(self, format: str, *args: Any) -> None:
        log.debug("%s %s", self.address_string(), format % args)

    def send_error(self, code: int, message: str | None = None, explain: str | None = None) -> None:
        """Errors of the HTTP parser, as ArangoDB-style JSON."""
        self.close_connection = True
        if not message:
            try:
                message = HTTPStatus(code).phrase
            except ValueError:
                message = "bad request"
        self._reply(code, {}, error_body(code, message))

    def handle_one_request(self) -> None:
        try:
            self.raw_requestline = self.rfile.readline(MAX_REQUEST_LINE + 1)
            if not self.raw_requestline:
                self.close_connection = True
                return
            if len(self.raw_requestline) > MAX_REQUEST_LINE:
                self.requestline, self.request_version, self.command = "", "", ""
                self.send_error(414, "request line too long")
                return
            if self.parse_request():
                self._serve()
            self.wfile.flush()
        except OSError:  # timeouts, resets, broken pipes: drop the connection
            self.close_connection = True

    # ------------------------------------------------------------------ requests

    def _serve(self) -> None:
        try:
            if self.headers.defects:
                raise BadRequestError(400, "malformed request header")
            path = self._path()
            body = self._body()
        except BadRequestError as exc:
            self.close_connection = True
            self._reply(exc.status, {}, error_body(exc.status, str(exc)))
            return
        if self.server.stopping:
            self.close_connection = True
            self._reply(503, {}, error_body(503, "server is shutting down"))
            return
        headers = {k.lower(): v for k, v in self.headers.items()}
        status, out, payload = self.server.dispatcher.dispatch(
            self.command, path, None, headers, body
        )
        self._reply(status, out, payload)

    def _path(self) -> str:
        try:
            path = self.path.encode("latin-1").decode("utf-8")
        except UnicodeError:
            raise BadRequestError(400, "invalid UTF-8 in the request URL") from None
        if not path.startswith("/"):
            raise BadRequestError(400, "invalid request URL")
        return path

    def _body(self) -> bytes | None:
        if "chunked" in self.headers.get("transfer-encoding", "").lower():
            body = self._chunked()
        else:
            body = self._sized()
        encoding = self.headers.get("content-encoding", "").strip().lower()
        if body and encoding not in ("", "identity"):
            body = _inflate(body, encoding, self.server.max_body)
        if body:
            try:
                body.decode("utf-8")
            except UnicodeDecodeError:
                raise BadRequestError(400, "VPackError error: invalid UTF-8 sequence") from None
        return body or None

    def _sized(self) -> bytes:
        raw = self.headers.get("content-length")
        if raw is None:
            return b""
        if not raw.strip().isdigit():
            raise BadRequestError(400, "invalid content-length header")
        size = int(raw)
        if size > self.server.max_body:
            raise BadRequestError(413, "request body too large")
        body = self.rfile.read(size)
        if len(body) < size:
            raise BadRequestError(400, "request body is truncated")
        return body

    def _chunked(self) -> bytes:
        parts: list[bytes] = []
        total = 0
        while True:
            line = self.rfile.readline(1026)
            size_text = line.split(b";", 1)[0].strip()
            try:
                size = int(size_text, 16)
            except ValueError:
                raise BadRequestError(400, "invalid chunked request body") from None
            if size < 0:
                raise BadRequestError(400, "invalid chunked request body")
            if size == 0:
                while self.rfile.readline(MAX_REQUEST_LINE) not in (b"\r\n", b"\n", b""):
                    pass
                return b"".join(parts)
            total += size
            if total > self.server.max_body:
                raise BadRequestError(413, "request body too large")
            chunk = self.rfile.read(size)
            if len(chunk) < size or self.rfile.readline(3) not in (b"\r\n", b"\n"):
                raise BadRequestError(400, "request body is truncated")
            parts.append(chunk)

    # ------------------------------------------------------------------ responses

    def _reply(self, status: int, headers: dict[str, str], payload: bytes) -> None:
        """Write the whole answer at once (no Nagle/delayed-ACK stall between head and body)."""
        self.log_request(status)
        try:
            reason = HTTPStatus(status).phrase
        except ValueError:
            reason = ""
        lines = [
            f"HTTP/1.1 {status} {reason}".encode("latin-1"),
            b"Server: ArangoDB",
            f"Date: {self.date_time_string()}".encode("latin-1"),
        ]
        for name, value in headers.items():
            if name.lower() not in _OWN_HEADERS:
                clean = value.replace("\r", " ").replace("\n", " ")
                lines.append(name.encode("latin-1", "replace") + b": " + clean.encode("utf-8"))
        if not any(name.lower() == "content-type" for name in headers):
            lines.append(b"Content-Type: application/json; charset=utf-8")
        lines.append(b"Content-Length: %d" % len(payload))
        if self.close_connection:
            lines.append(b"Connection: close")
        head = b"\r\n".join(lines) + b"\r\n\r\n"
        self.wfile.write(head if self.command == "HEAD" else head + payload)


class ArangoHTTPServer(ThreadingHTTPServer):
    """A threaded HTTP server in front of a dispatcher.

    Args:
        address: ``(host, port)``; port 0 picks a free one.
        dispatcher: what answers the requests (``EmbeddedArango.dispatcher``).
        max_body: the largest request body accepted (413 beyond).
    """

    daemon_threads = True
    allow_reuse_address = True

    def __init__(
        self, address: tuple[str, int], dispatcher: Dispatch, *, max_body: int = MAX_BODY
    ) -> None:
        self.address_family = socket.AF_INET6 if ":" in address[0] else socket.AF_INET
        self.dispatcher = dispatcher
        self.max_body = max_body
        self.stopping = False
        super().__init__(address, _Handler)

    def handle_error(self, request: Any, client_address: Any) -> None:
        log.warning("connection from %s failed", client_address, exc_info=True)


class HTTPService:
    """An embedded server answered over HTTP from a background thread.

    Args:
        embedded: the server whose dispatcher answers.
        host, port: where to listen (port 0: a free port, see :attr:`port`).
    """

    def __init__(self, embedded: EmbeddedArango, host: str = "127.0.0.1", port: int = 0) -> None:
        self.embedded = embedded
        self.httpd = ArangoHTTPServer((host, port), embedded.dispatcher)
        self._thread: threading.Thread | None = None

    @property
    def port(self) -> int:
        return int(self.httpd.server_address[1])

    @property
    def url(self) -> str:
        host = str(self.httpd.server_address[0])
        return f"http://[{host}]:{self.port}" if ":" in host else f"http://{host}:{self.port}"

    def start(self) -> HTTPService:
        self._thread = threading.Thread(
            target=self.httpd.serve_forever, kwargs={"poll_interval": 0.1}, daemon=True
        )
        self._thread.start()
        return self

    def stop(self) -> None:
        """Stop accepting requests and close the socket (the engine stays open)."""
        self.httpd.stopping = True
        if self._thread is not None:
            self.httpd.shutdown()
            self._thread.join()
            self._thread = None
        self.httpd.server_close()

    def __enter__(self) -> HTTPService:
        return self.start()

    def __exit__(
        self, kind: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.stop()
