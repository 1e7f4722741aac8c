"""python-arango's HTTP client, answered in-process by the REST dispatcher (no sockets)."""

from __future__ import annotations

import base64
from collections.abc import MutableMapping
from http import HTTPStatus
from typing import TYPE_CHECKING, Any
from urllib.parse import urlsplit

from arango.http import HTTPClient
from arango.response import Response
from requests import Session
from requests.structures import CaseInsensitiveDict
from requests.utils import requote_uri

if TYPE_CHECKING:
    from arangolite.rest.dispatcher import Dispatcher


def reason_phrase(status: int) -> str:
    """The HTTP reason phrase of ``status`` (empty for codes without one)."""
    try:
        return HTTPStatus(status).phrase
    except ValueError:
        return ""


class InProcessHTTPClient(HTTPClient):
    """Sends python-arango's requests straight to a :class:`Dispatcher`.

    Args:
        dispatcher: the server's REST dispatcher.
    """

    request_timeout: Any = None

    def __init__(self, dispatcher: Dispatcher) -> None:
        self._dispatcher = dispatcher

    def create_session(self, host: str) -> Session:
        return Session()

    def send_request(
        self,
        session: Session,
        method: str,
        url: str,
        headers: MutableMapping[str, str] | None = None,
        params: MutableMapping[str, str] | None = None,
        data: Any = None,
        auth: tuple[str, str] | None = None,
    ) -> Response:
        path = urlsplit(url).path if "://" in url else url
        if not path.isascii() or " " in path:
            path = requote_uri(path)
        request_headers = dict(headers) if headers else {}
        if auth is not None and not any(k.lower() == "authorization" for k in request_headers):
            token = base64.b64encode(f"{auth[0]}:{auth[1]}".encode()).decode()
            request_headers["authorization"] = f"Basic {token}"
        if data is not None and not isinstance(data, (str, bytes)):
            data = data.to_string() if hasattr(data, "to_string") else str(data)
        query = {k: str(v) for k, v in params.items()} if params else {}
        status, response_headers, body = self._dispatcher.dispatch(
            method, path, query, request_headers, data
        )
        return Response(
            method=method,
            url=url,
            headers=CaseInsensitiveDict(response_headers),
            status_code=status,
            status_text=reason_phrase(status),
            raw_body=body.decode(),
        )
