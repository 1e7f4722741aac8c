"""1,000 malformed requests in a row: each gets ArangoDB's JSON error, the server lives on."""

from __future__ import annotations

import base64
import gzip
import http.client
import json
import random
import socket

import pytest

from arangolite.http_server import HTTPService
from tests.arangolite.http.conftest import ROOT_PASSWORD

AUTH = b"Authorization: Basic " + base64.b64encode(f"root:{ROOT_PASSWORD}".encode()) + b"\r\n"
TOTAL = 1000


def _request(method: bytes, path: bytes, body: bytes = b"", extra: bytes = b"") -> bytes:
    head = method + b" " + path + b" HTTP/1.1\r\nHost: localhost\r\n" + AUTH + extra
    if body:
        head += b"Content-Length: " + str(len(body)).encode() + b"\r\n"
    return head + b"\r\n" + body


def _cursor(body: bytes) -> bytes:
    return _request(b"POST", b"/_api/cursor", body)


def _templates(rng: random.Random, i: int) -> list[bytes]:
    name = f"nothing_{i}".encode()
    junk = bytes(rng.randrange(256) for _ in range(12))
    method = "".join(rng.choice("QWXYZ") for _ in range(5)).encode()
    return [
        b"GARBAGE\r\n\r\n",
        junk + b"\r\n\r\n",
        b"GET\r\n\r\n",
        b"GET /_api/version HTTP/9.9\r\n\r\n",
        _request(b"GET", b"/_api/version", extra=b"X-Big: " + b"a" * 70_000 + b"\r\n"),
        _request(b"GET", b"/_api/version", extra=b"".join(b"X-%d: 1\r\n" % n for n in range(120))),
        _request(b"GET", b"/_api/version", extra=b"NoColonHere\r\n"),
        _request(b"GET", b"/" + b"p" * 70_000),
        _request(b"GET", b"/\xff\xfe/_api/version"),
        _request(b"GET", b"/%ff%fe/" + name),
        _request(b"GET", b"/_api/" + name),
        _request(b"GET", b"/_db/" + name + b"/_api/version"),
        _request(b"DELETE", b"/_api/version"),
        _request(b"PATCH", b"/_api/cursor"),
        _request(method, b"/_api/version"),
        _cursor(b"{bad json"),
        _cursor(b'{"query": "RETURN 1"'),
        _cursor(b'{"query": "RETURN \xff\xfe"}'),
        _cursor(b'{"query": "FOR x IN"}'),
        _cursor(b'{"query": "RETURN @x"}'),
        _cursor(b'{"query": 5}'),
        _cursor(b'{"query": "FOR d IN ' + name + b' RETURN d"}'),
        _cursor(b'{"query": "RETURN 1", "bindVars": 5}'),
        _cursor(b'{"query": "RETURN 1", "batchSize": -1}'),
        _cursor(b"[1, 2, 3]"),
        _request(b"POST", b"/_api/cursor", extra=b"Content-Length: 100\r\n") + b'{"query"',
        _request(b"POST", b"/_api/cursor", extra=b"Content-Length: abc\r\n"),
        _request(b"POST", b"/_api/cursor", extra=b"Content-Length: -5\r\n"),
        _request(b"POST", b"/_api/cursor", extra=b"Content-Length: 99999999999\r\n"),
        _request(b"POST", b"/_api/cursor", extra=b"Transfer-Encoding: chunked\r\n") + b"zz\r\n",
        _request(b"POST", b"/_api/cursor", extra=b"Transfer-Encoding: chunked\r\n") + b"10\r\nab",
        _request(b"POST", b"/_api/cursor", b"\x1f\x8b garbage", b"Content-Encoding: gzip\r\n"),
        _request(b"POST", b"/_api/cursor", gzip.compress(b"{bad"), b"Content-Encoding: gzip\r\n"),
        _request(b"POST", b"/_api/cursor", b"{}", b"Content-Encoding: br\r\n"),
        _request(b"POST", b"/_api/collection", b"{"),
        _request(b"POST", b"/_api/document/" + name, b'{"a": 1}'),
        _request(b"POST", b"/_api/database", b'{"name": "bad/name"}'),
        _request(b"GET", b"/_api/version", extra=b"Authorization: Basic \xff\xff\r\n"),
        b"GET /_api/version HTTP/1.1\r\nHost: x\r\n\r\n",
    ]


def _exchange(port: int, raw: bytes) -> tuple[int, str, bytes]:
    with socket.create_connection(("127.0.0.1", port), timeout=10) as sock:
        try:
            sock.sendall(raw)
            sock.shutdown(socket.SHUT_WR)
        except OSError:
            pass  # the server may answer and close before reading everything
        response = http.client.HTTPResponse(sock, method="GET")
        response.begin()
        return response.status, response.getheader("content-type") or "", response.read()


def _is_arango_error(status: int, content_type: str, payload: bytes) -> bool:
    body = json.loads(payload)
    return (
        content_type.startswith("application/json")
        and body["error"] is True
        and isinstance(body["errorNum"], int)
        and isinstance(body["errorMessage"], str)
        and body["code"] == status
    )


def test_thousand_malformed_requests(service: HTTPService) -> None:
    rng = random.Random(20260101)
    failures: list[tuple[bytes, int, bytes]] = []
    for i in range(TOTAL):
        options = _templates(rng, i)
        raw = options[i % len(options)]
        status, content_type, payload = _exchange(service.port, raw)
        if not (400 <= status < 500 or status == 505) or not _is_arango_error(
            status, content_type, payload
        ):
            failures.append((raw[:80], status, payload[:200]))
    assert failures == []
    status, _, payload = _exchange(service.port, _request(b"GET", b"/_api/version"))
    assert (status, json.loads(payload)["version"]) == (200, "3.12.10")


@pytest.mark.parametrize(
    ("raw", "status"),
    [
        (b"GET /_api/version HTTP/9.9\r\n\r\n", 505),
        (_request(b"GET", b"/_api/version", extra=b"X: " + b"a" * 70_000 + b"\r\n"), 431),
        (_request(b"GET", b"/" + b"p" * 70_000), 414),
        (_request(b"POST", b"/_api/cursor", extra=b"Content-Length: 99999999999\r\n"), 413),
        (_request(b"POST", b"/_api/cursor", b"{}", b"Content-Encoding: br\r\n"), 415),
        (_cursor(b"{bad json"), 400),
    ],
)
def test_protocol_errors_have_their_status(service: HTTPService, raw: bytes, status: int) -> None:
    got, content_type, payload = _exchange(service.port, raw)
    assert got == status and _is_arango_error(got, content_type, payload)


def test_keep_alive_serves_several_requests(service: HTTPService) -> None:
    connection = http.client.HTTPConnection("127.0.0.1", service.port, timeout=10)
    headers = {"Authorization": AUTH.split(b": ", 1)[1].strip().decode()}
    answers: list[int] = []
    for method, path, body in [("GET", "/_api/version", None), ("POST", "/_api/cursor", "{x")] * 3:
        connection.request(method, path, body=body, headers=headers)
        response = connection.getresponse()
        response.read()
        answers.append(response.status)
    connection.close()
    assert answers == [200, 400] * 3
