"""Replays ArangoDB's recorded Gharial exchanges (shared/conformance/http_cases.json).

Each case runs against a fresh server prepared like the recording's setup script;
revisions and generated keys are masked before bodies are compared.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from typing import Any

import pytest

from tests.conformance.cases import CONFORMANCE_DIR, load_datasets

from .conftest import Api, load_social

RECORDED = {c["name"]: c for c in json.loads((CONFORMANCE_DIR / "http_cases.json").read_text())}
EDGE_KEY = re.compile(r"(/_api/gharial/social/edge/relation/)\d+$")
GENERATED = re.compile(r"^(?:(\w+)/)?\d+$")


def _routeplanner(api: Api) -> None:
    spec = load_datasets()["routeplanner"]
    graph = {"name": "routeplanner", "edgeDefinitions": spec["edgeDefinitions"]}
    assert api("POST", "/_api/gharial", graph).status == 202


def _my_graph(api: Api) -> None:
    definition = {"collection": "edges", "from": ["startNodes"], "to": ["endNodes"]}
    api("POST", "/_api/gharial", {"name": "myGraph", "edgeDefinitions": [definition]})


def _other_nodes(api: Api) -> None:
    api("POST", "/_api/gharial/social/vertex", {"collection": "otherNodes"})


EXTRA_SETUP: dict[str, Callable[[Api], None]] = {
    "HttpGharialList": _routeplanner,
    "HttpGharialGetGraph": _my_graph,
    "HttpGharialRemoveVertexCollection": _other_nodes,
}
WITHOUT_SOCIAL = {"HttpGharialCreate", "HttpGharialGetGraph"}
ENTERPRISE_ONLY = {"Smart", "Satellite", "Enterprise"}
CASES = sorted(
    name
    for name in RECORDED
    if name.startswith("HttpGharial") and not any(word in name for word in ENTERPRISE_ONLY)
)


def mask(value: Any) -> Any:
    """The value with revisions and generated keys replaced by placeholders."""
    if isinstance(value, list):
        return [mask(v) for v in value]
    if not isinstance(value, dict):
        return value
    out = {}
    for key, item in value.items():
        if key in ("_rev", "_oldRev"):
            item = "<rev>"
        elif key in ("_key", "_id") and isinstance(item, str):
            item = GENERATED.sub(lambda m: f"{m.group(1)}/<key>" if m.group(1) else "<key>", item)
        out[key] = mask(item)
    return out


@pytest.mark.parametrize("name", CASES)
def test_recorded_exchange(api: Api, name: str) -> None:
    case = RECORDED[name]
    keys = {} if name in WITHOUT_SOCIAL else load_social(api)
    setup = EXTRA_SETUP.get(name)
    if setup is not None:
        setup(api)
    request, expected = case["requests"][0], case["responses"][0]
    url = EDGE_KEY.sub(lambda m: m.group(1) + keys["male/charly->female/diana"], request["url"])
    body = json.loads(request["body"]) if request["body"] else None
    reply = api(request["method"], url, body)
    assert (reply.status, mask(reply.body)) == (expected["status"], mask(expected["body"]))


def test_every_community_gharial_recording_is_replayed() -> None:
    assert len(CASES) == 22
