"""The optional LLM relation extractor, against a fake OpenAI-compatible endpoint.

The endpoint is an ``httpx.MockTransport`` answering chat-completion JSON as such a
server does; everything between it and the extractor (langchain, openai) is real.
"""

from __future__ import annotations

import json
import re
import sqlite3
from collections.abc import Callable
from pathlib import Path
from typing import cast

import httpx
import pytest
from structlog.testing import capture_logs

from graph.errors import ConfigurationError
from graph.ingest.extract.llm import LLMRelationExtractor, chat_model
from graph.ingest.extract.llm_cache import (
    MemoryRelationCache,
    RelationCache,
    SqliteRelationCache,
)
from graph.ingest.extract.spans import EntityMention, Method
from graph.ontology import EntityType, RelationType

TEXT = (
    "Preheater E-200 warms the feed before reformer R-201. "
    "R-201 converts methane into hydrogen over nickel. "
    "The unit runs around the clock."
)
SENTENCES = [m.span() for m in re.finditer(r"[^. ][^.]*\.", TEXT)]


def mention(surface: str, kind: EntityType, nth: int = 0) -> EntityMention:
    start = [m.start() for m in re.finditer(re.escape(surface), TEXT)][nth]
    return EntityMention(surface, start, start + len(surface), kind, surface.lower(), surface)


# numbered in the prompt by first appearance: 1 E-200, 2 R-201, 3 methane, 4 hydrogen, 5 nickel
ENTITIES = [
    mention("E-200", EntityType.EQUIPMENT),
    mention("R-201", EntityType.EQUIPMENT),
    mention("R-201", EntityType.EQUIPMENT, 1),
    mention("methane", EntityType.CHEMICAL),
    mention("hydrogen", EntityType.CHEMICAL),
    mention("nickel", EntityType.CATALYST),
]
PRODUCES = {"type": "PRODUCES", "head": 2, "tail": 4, "sentence": 2}
P = json.dumps(PRODUCES)


def completion(content: str) -> httpx.Response:
    """A chat-completion response as an OpenAI-compatible server sends it."""
    message = {"role": "assistant", "content": content, "refusal": None}
    choice = {"index": 0, "message": message, "logprobs": None, "finish_reason": "stop"}
    usage = {"prompt_tokens": 120, "completion_tokens": 30, "total_tokens": 150}
    body = {"id": "chatcmpl-1", "object": "chat.completion", "created": 1_700_000_000}
    return httpx.Response(200, json={**body, "model": "m", "choices": [choice], "usage": usage})


def answer(*relations: object) -> Callable[[httpx.Request], httpx.Response]:
    return lambda _: completion(json.dumps({"relations": list(relations)}))


class Endpoint:
    """A fake endpoint: ``reply`` answers each request; request bodies are kept."""

    def __init__(self, reply: Callable[[httpx.Request], httpx.Response]) -> None:
        self.reply = reply
        self.bodies: list[dict[str, object]] = []
        self.headers: list[httpx.Headers] = []

    def handle(self, request: httpx.Request) -> httpx.Response:
        self.bodies.append(json.loads(request.content))
        self.headers.append(request.headers)
        return self.reply(request)

    def extractor(
        self, cache: RelationCache | None = None, name: str = "m"
    ) -> LLMRelationExtractor:
        client = httpx.Client(transport=httpx.MockTransport(self.handle))
        model = chat_model("http://llm.test/v1", name, "secret", timeout=5, http_client=client)
        return LLMRelationExtractor(
            model, cache if cache is not None else MemoryRelationCache(), model_name=name
        )


def found(endpoint: Endpoint, entities: list[EntityMention] = ENTITIES) -> set[tuple[str, ...]]:
    relations = endpoint.extractor().extract(TEXT, entities, SENTENCES)
    return {(r.type, r.head.text, r.tail.text, TEXT[r.start : r.end]) for r in relations}


def test_relations_come_back_typed_with_their_evidence_sentence() -> None:
    heats = {"type": "HEATS", "head": 1, "tail": 2, "sentence": 1}
    endpoint = Endpoint(answer(PRODUCES, heats))
    relations = endpoint.extractor().extract(TEXT, ENTITIES, SENTENCES)
    assert [(r.type, r.head, r.tail, r.method) for r in relations] == [
        (RelationType.PRODUCES, ENTITIES[2], ENTITIES[4], Method.LLM),  # R-201 of sentence 2
        (RelationType.HEATS, ENTITIES[0], ENTITIES[1], Method.LLM),
    ]
    assert [(r.start, r.end) for r in relations] == [SENTENCES[1], SENTENCES[0]]


@pytest.mark.parametrize(
    ("proposal", "reason"),
    [
        ({**PRODUCES, "head": 9}, "unknown entity"),
        ({**PRODUCES, "head": "the reformer"}, "unknown entity"),
        ({**PRODUCES, "type": "MELTS"}, "unknown relation type"),
        ({"type": "CATALYZED_BY", "head": 5, "tail": 2, "sentence": 2}, "cannot link"),
        ({**PRODUCES, "tail": 2}, "self relation"),
        ({**PRODUCES, "sentence": 7}, "unknown sentence"),
        ({**PRODUCES, "sentence": 3}, "mentions neither"),
        ("PRODUCES 2 4", "not an object"),
    ],
)
def test_proposals_outside_the_ontology_or_chunk_are_dropped(proposal: object, reason: str) -> None:
    with capture_logs() as logs:
        assert found(Endpoint(answer(proposal, PRODUCES))) == {
            ("PRODUCES", "R-201", "hydrogen", TEXT[slice(*SENTENCES[1])])
        }
    dropped = [e for e in logs if e["event"] == "llm_relation_dropped"]
    assert [e["log_level"] for e in dropped] == ["debug"]
    assert reason in dropped[0]["reason"]


@pytest.mark.parametrize(
    "content",
    [
        f'```json\n{{"relations": [{P}]}}\n```',
        f'Here they are:\n{{"relations": [{P}]}}\nHope this helps.',
        f'<think>maybe {{"relations": []}}</think>{{"relations": [{P}]}}',
        f"[{P}]",
        f'Entities [2] and [4]:\n```json\n{{"relations": [{P}]}}\n```',
        '{"relations": [{"type": "produces", "head": "E2", "tail": "#4", "sentence": "[2]"}]}',
        '{"relation": "PRODUCES", "source": 2, "target": 4.0, "evidence": "2"}',
        f'{{"relations": [{P}, {P}]}}',
    ],
)
def test_wrapped_or_loosely_typed_replies_are_read(content: str) -> None:
    endpoint = Endpoint(lambda _: completion(content))
    assert found(endpoint) == {("PRODUCES", "R-201", "hydrogen", TEXT[slice(*SENTENCES[1])])}


@pytest.mark.parametrize("cache_kind", ["memory", "sqlite"])
def test_a_cached_chunk_never_calls_the_endpoint_again(cache_kind: str, tmp_path: Path) -> None:
    cache = MemoryRelationCache() if cache_kind == "memory" else SqliteRelationCache(tmp_path / "c")
    endpoint = Endpoint(answer(PRODUCES))
    extractor = endpoint.extractor(cache)
    first = extractor.extract(TEXT, ENTITIES, SENTENCES)
    assert extractor.extract(TEXT, ENTITIES, SENTENCES) == first != []
    assert len(endpoint.bodies) == 1


@pytest.mark.parametrize(
    ("name", "entities", "calls"),
    [("m", ENTITIES, 1), ("other-model", ENTITIES, 2), ("m", ENTITIES[1:], 2)],
)
def test_the_cache_key_covers_model_and_entities(
    name: str, entities: list[EntityMention], calls: int
) -> None:
    endpoint, cache = Endpoint(answer(PRODUCES)), MemoryRelationCache()
    endpoint.extractor(cache).extract(TEXT, ENTITIES, SENTENCES)
    endpoint.extractor(cache, name).extract(TEXT, entities, SENTENCES)
    assert len(endpoint.bodies) == calls


def test_the_sqlite_cache_survives_reopening(tmp_path: Path) -> None:
    path = tmp_path / "cache" / "llm.sqlite"
    first = SqliteRelationCache(path)
    relations = Endpoint(answer(PRODUCES)).extractor(first).extract(TEXT, ENTITIES, SENTENCES)
    first.close()
    assert sqlite3.connect(path).execute("PRAGMA journal_mode").fetchone() == ("wal",)
    down = Endpoint(lambda _: httpx.Response(500))
    again = down.extractor(SqliteRelationCache(path)).extract(TEXT, ENTITIES, SENTENCES)
    assert (again, down.bodies) == (relations, [])


def test_an_unusable_cache_path_is_a_configuration_error(tmp_path: Path) -> None:
    (tmp_path / "file").write_text("not a directory")
    with pytest.raises(ConfigurationError, match="unusable"):
        SqliteRelationCache(tmp_path / "file" / "llm.sqlite").get("key")


def _raise(error: type[httpx.TransportError]) -> Callable[[httpx.Request], httpx.Response]:
    def reply(request: httpx.Request) -> httpx.Response:
        raise error("endpoint down", request=request)

    return reply


@pytest.mark.parametrize(
    ("reply", "error"),
    [
        (lambda _: httpx.Response(500, json={"error": {"message": "overloaded"}}), "APIError"),
        (_raise(httpx.ReadTimeout), "TimeoutError"),
        (_raise(httpx.ConnectError), "ConnectionError"),
        (lambda _: httpx.Response(200, text="<html>proxy</html>"), "ValueError"),
        (lambda _: completion("Sorry, I cannot help with that."), "UnreadableAnswer"),
        (lambda _: completion('{"relations": "none found"}'), "UnreadableAnswer"),
        (lambda _: completion('{"relations": [{"type": "PROD'), "UnreadableAnswer"),
    ],
)
def test_endpoint_failures_yield_nothing_and_are_not_cached(
    reply: Callable[[httpx.Request], httpx.Response], error: str
) -> None:
    endpoint, cache = Endpoint(reply), MemoryRelationCache()
    with capture_logs() as logs:
        assert endpoint.extractor(cache).extract(TEXT, ENTITIES, SENTENCES) == []
    failed = [e for e in logs if e["event"] == "llm_extraction_failed"]
    assert [e["log_level"] for e in failed] == ["warning"]
    assert failed[0]["error"].endswith(error)
    assert len(cache) == 0


def test_the_prompt_lists_entities_sentences_and_the_allowed_types(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("OPENAI_API_KEY", "from-env")  # explicit settings win over these
    monkeypatch.setenv("OPENAI_PROXY", "http://127.0.0.1:9")
    endpoint = Endpoint(answer())
    endpoint.extractor().extract(TEXT, ENTITIES, SENTENCES)
    body = endpoint.bodies[0]
    prompt = "\n".join(m["content"] for m in cast(list[dict[str, str]], body["messages"]))
    for line in ("1. E-200 (equipment)", "5. nickel (catalyst)", "[3] The unit runs around"):
        assert line in prompt
    assert "CATALYZED_BY" in prompt and "equipment/process/reaction -> catalyst/chemical" in prompt
    assert "OPERATES_AT" not in prompt and "HAZARD_OF" not in prompt  # no condition, no hazard
    assert (body["model"], body["temperature"]) == ("m", 0)
    assert endpoint.headers[0]["authorization"] == "Bearer secret"


@pytest.mark.parametrize(
    "entities",
    [[], ENTITIES[:1], ENTITIES[1:3], [mention("nickel", EntityType.CATALYST)] * 2],
)
def test_chunks_without_a_possible_relation_skip_the_endpoint(
    entities: list[EntityMention],
) -> None:
    endpoint = Endpoint(answer(PRODUCES))
    assert endpoint.extractor().extract(TEXT, entities, SENTENCES) == []
    assert endpoint.bodies == []
