"""Optional relation extraction by an LLM behind an OpenAI-compatible endpoint.

For a chunk whose entities the rules already found, the model is shown the numbered
entities, the numbered sentences and the ontology's relation types with their
domain/range, and answers ``{"relations": [{"type", "head", "tail", "sentence"}]}``.
Every proposal is checked (known entity numbers, ontology type, domain/range, evidence
sentence) before it becomes a ``RelationCandidate``; the rest are dropped and logged.
Answers are cached by a hash of model, prompt version, chunk text and entity list, so a
chunk is sent once. Endpoint failures never fail ingestion: they are logged and yield no
relations, and are not cached.
"""

from __future__ import annotations

import json
import re
from collections.abc import Sequence
from dataclasses import dataclass

import httpx
import structlog
from langchain_core.language_models import BaseChatModel
from langchain_core.messages import HumanMessage, SystemMessage
from langchain_openai import ChatOpenAI
from pydantic import SecretStr

from graph.errors import InvalidInput, OntologyViolation
from graph.ingest.extract.llm_cache import RelationCache, cache_key
from graph.ingest.extract.spans import EntityMention, Method, RelationCandidate
from graph.ontology import RULES, EntityType, RelationType, check_relation

log = structlog.get_logger(__name__)

_RETRIES = 1  # one retry for a transient 5xx/timeout, then the chunk goes without
PROMPT_VERSION = "1"  # bump when the prompt or the answer format changes (invalidates caches)

R = RelationType
_GLOSS: dict[RelationType, str] = {
    R.FEEDS: "material or energy flows from head into tail",
    R.PRODUCES: "head makes tail as a product or by-product",
    R.CONSUMES: "head uses up tail as a feed or reactant",
    R.REACTS_WITH: "head and tail react together; symmetric",
    R.CATALYZED_BY: "head runs over, or is promoted by, catalyst tail",
    R.SEPARATES_INTO: "head splits its feed into tail",
    R.PART_OF: "head is a component, section or ingredient of tail",
    R.CONNECTED_TO: "head is piped or linked to tail; symmetric",
    R.HEATS: "head supplies heat to tail",
    R.COOLS: "head takes heat away from tail",
    R.OPERATES_AT: "head runs at operating condition tail",
    R.HAZARD_OF: "head is a hazard that tail poses",
    R.CONTAINS: "head holds or carries tail",
}
_INSTRUCTIONS = """You find relations for a chemical-process knowledge graph.
You are given numbered entities and numbered sentences taken from one text. Report only \
relations that the text states or clearly implies between two listed entities, using only \
the relation types below, each from a head of an allowed type to a tail of an allowed type.
Reply with JSON only, no prose, in this form:
{"relations": [{"type": "<TYPE>", "head": <entity number>, "tail": <entity number>, \
"sentence": <number of the sentence that supports it>}]}
Reply {"relations": []} when the text states none.

Relation types (meaning; allowed head types -> allowed tail types):
"""
_FIELDS = {
    "type": ("type", "relation", "predicate"),
    "head": ("head", "source", "subject"),
    "tail": ("tail", "target", "object"),
    "sentence": ("sentence", "evidence"),
}
_THINKING = re.compile(r"<think>.*?</think>", re.DOTALL | re.IGNORECASE)
_NUMBER = re.compile(r"[\[(#]?\s*(?:e|s|entity|sentence)?\s*(\d+)\s*[\])]?", re.IGNORECASE)


def chat_model(
    base_url: str,
    model: str,
    api_key: str | None,
    *,
    timeout: float = 60.0,
    http_client: httpx.Client | None = None,
) -> BaseChatModel:
    """A deterministic chat model for an OpenAI-compatible endpoint.

    Args:
        base_url: the endpoint's API root (``http://host:port/v1``).
        model: the model name the server knows.
        api_key: the bearer key; ``None`` for servers that need none.
        timeout: seconds allowed for one request.
        http_client: the HTTP client to send requests with (tests pass a fake transport).

    Returns:
        A ``ChatOpenAI`` with temperature 0 on the chat-completions API.
    """
    return ChatOpenAI(
        model=model,
        base_url=base_url,
        api_key=SecretStr(api_key or "unused"),  # keyless local servers accept any key
        temperature=0,
        timeout=timeout,
        max_retries=_RETRIES,
        http_client=http_client,
        use_responses_api=False,
        openai_proxy=None,  # explicit settings only: no proxy or key from the environment
    )


class LLMRelationExtractor:
    """Asks a chat model for the ontology relations between a chunk's known entities."""

    def __init__(self, model: BaseChatModel, cache: RelationCache, *, model_name: str) -> None:
        """Wrap ``model``; ``model_name`` keys the cache (a new model means new answers)."""
        self._model = model
        self._cache = cache
        self._model_name = model_name

    def extract(
        self,
        text: str,
        entities: Sequence[EntityMention],
        sentences: Sequence[tuple[int, int]],
    ) -> list[RelationCandidate]:
        """The validated relations the model finds in ``text`` between ``entities``.

        Args:
            text: the chunk.
            entities: the mentions already found in it (spans index ``text``).
            sentences: the chunk's sentence spans (the whole text is one if empty).

        Returns:
            Relation candidates (``Method.LLM``), each spanning its evidence sentence;
            empty when the model is unreachable or answers nonsense.

        Raises:
            ProcessKGError: the cache cannot be read or written (a ``ConfigurationError``
                from ``SqliteRelationCache``); endpoint errors are never raised.
        """
        groups = _group(entities)
        spans = list(sentences) or [(0, len(text))]
        messages = _build_messages(text, groups, spans)
        if messages is None:  # fewer than two entities, or no relation type fits them
            return []
        key = cache_key(self._model_name, PROMPT_VERSION, text, entities)
        answer = self._cache.get(key)
        if answer is None:
            answer = self._ask(messages)
            if answer is None:
                return []
            self._cache.put(key, answer)
        return _to_candidates(answer, groups, spans)

    def _ask(self, messages: list[SystemMessage | HumanMessage]) -> list[dict[str, str]] | None:
        try:
            reply = self._model.invoke(messages)
            return _parse_answer(reply.text)
        # The endpoint is optional and outside our control: whatever it does (timeouts,
        # refused connections, 5xx, replies the client library cannot read) must not stop
        # ingestion, so every error of the call is logged and the chunk goes without.
        except Exception as exc:
            log.warning(
                "llm_extraction_failed",
                error=type(exc).__name__,
                detail=str(exc)[:200],
                model=self._model_name,
            )
            return None


class UnreadableAnswer(InvalidInput):
    """The model's reply holds no JSON relation list."""


@dataclass(frozen=True, slots=True)
class _Entity:
    """One distinct entity of the chunk (type + canonical id) and its mentions."""

    type: EntityType
    name: str
    mentions: tuple[EntityMention, ...]

    def label(self) -> str:
        surfaces = list(dict.fromkeys(m.text for m in self.mentions if m.text != self.name))
        written = ", ".join(json.dumps(s, ensure_ascii=False) for s in surfaces[:3])
        return f"{self.name} ({self.type})" + (f", written {written}" if written else "")

    def nearest(self, start: int, end: int) -> EntityMention:
        """The mention inside (or else closest to) the span ``start:end``."""
        return min(self.mentions, key=lambda m: max(start - m.end, m.start - end, -1))


def _group(entities: Sequence[EntityMention]) -> list[_Entity]:
    groups: dict[tuple[str, str], list[EntityMention]] = {}
    for mention in entities:
        groups.setdefault((mention.type, mention.canonical_id), []).append(mention)
    return [_Entity(ms[0].type, ms[0].name, tuple(ms)) for ms in groups.values()]


def _build_messages(
    text: str, entities: list[_Entity], spans: list[tuple[int, int]]
) -> list[SystemMessage | HumanMessage] | None:
    """The prompt, or ``None`` when no relation type can link two of the entities."""
    present = {e.type for e in entities}
    types = [t for t, rule in RULES.items() if rule.domain & present and rule.range & present]
    if len(entities) < 2 or not types:
        return None
    rules = [
        f"- {t} ({_GLOSS[t]}): {'/'.join(sorted(RULES[t].domain))} -> "
        + "/".join(sorted(RULES[t].range))
        for t in types
    ]
    listed = [f"{n}. {e.label()}" for n, e in enumerate(entities, 1)]
    numbered = [f"[{n}] {' '.join(text[a:b].split())}" for n, (a, b) in enumerate(spans, 1)]
    body = "Entities:\n" + "\n".join(listed) + "\n\nSentences:\n" + "\n".join(numbered)
    return [SystemMessage(_INSTRUCTIONS + "\n".join(rules)), HumanMessage(body)]


def _parse_answer(content: str) -> list[dict[str, str]]:
    """The relations in a reply, each reduced to the four string fields.

    Raises:
        UnreadableAnswer: no JSON object or list with relations in the reply.
    """
    items = _find_json(_THINKING.sub("", content))
    if isinstance(items, dict):
        items = items.get("relations", items)  # or one relation, unwrapped
    if isinstance(items, dict):
        items = [items]
    if not isinstance(items, list):
        raise UnreadableAnswer(f"no relation list in the reply: {content[:120]!r}")
    answer = []
    for item in items:
        if isinstance(item, dict):
            answer.append({f: _field(item, names) for f, names in _FIELDS.items()})
        else:
            log.debug("llm_relation_dropped", reason="not an object", relation=repr(item)[:120])
    return answer


def _find_json(content: str) -> object:
    """The first JSON value in ``content`` shaped like an answer, whatever surrounds it."""
    decoder = json.JSONDecoder()
    for i, char in enumerate(content):
        if char in "{[":
            try:
                value = decoder.raw_decode(content, i)[0]
            except ValueError:
                continue
            if isinstance(value, dict) and any(k in value for k in ("relations", *_FIELDS["type"])):
                return value
            if isinstance(value, list) and all(isinstance(item, dict) for item in value):
                return value
    raise UnreadableAnswer(f"no JSON answer in the reply: {content[:120]!r}")


def _field(item: dict[str, object], names: tuple[str, ...]) -> str:
    value = next((item[n] for n in names if n in item), None)
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return (
        str(value).strip() if isinstance(value, str | int) and not isinstance(value, bool) else ""
    )


def _to_candidates(
    answer: list[dict[str, str]], entities: list[_Entity], spans: list[tuple[int, int]]
) -> list[RelationCandidate]:
    """The answer's valid relations, without duplicates; the rest are logged and dropped."""
    found: dict[tuple[str, ...], RelationCandidate] = {}
    for item in answer:
        result = _candidate(item, entities, spans)
        if isinstance(result, str):
            log.debug("llm_relation_dropped", reason=result, relation=item)
            continue
        ends = [(m.type, m.canonical_id) for m in (result.head, result.tail)]
        if RULES[result.type].symmetric:
            ends.sort()
        found.setdefault((result.type, *ends[0], *ends[1]), result)
    return list(found.values())


def _candidate(
    item: dict[str, str], entities: list[_Entity], spans: list[tuple[int, int]]
) -> RelationCandidate | str:
    """A relation candidate, or the reason the proposal is dropped."""
    head, tail, sentence = (_number(item.get(f, "")) for f in ("head", "tail", "sentence"))
    if not (0 < head <= len(entities) and 0 < tail <= len(entities)):
        return "unknown entity"
    if head == tail:
        return "self relation"
    kind = re.sub(r"[\s-]+", "_", item.get("type", "").strip()).upper()
    try:
        check_relation(kind, entities[head - 1].type, entities[tail - 1].type)
    except OntologyViolation as exc:
        return str(exc)
    if not 0 < sentence <= len(spans):
        return "unknown sentence"
    start, end = spans[sentence - 1]
    h, t = entities[head - 1].nearest(start, end), entities[tail - 1].nearest(start, end)
    if all(m.end <= start or m.start >= end for m in (h, t)):
        return "evidence sentence mentions neither entity"
    return RelationCandidate(RelationType(kind), h, t, start, end, Method.LLM)


def _number(value: str) -> int:
    """``3`` for "3", "#3", "E3", "[3]"; 0 for anything else."""
    match = _NUMBER.fullmatch(value.strip())
    return int(match.group(1)) if match else 0
