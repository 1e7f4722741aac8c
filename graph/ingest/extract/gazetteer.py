"""The gazetteer: equipment tags, streams, processes, catalysts, utilities and hazards.

Everything that is not a chemical or a quantity is found here with patterns and word lists
(``tags.py``, ``vocabulary.py``). On the first call to ``find`` the phrase lists are
compiled into regular expressions (one named group per phrase, longest first), one per
four-letter word opening, tried only at the word starts that open some phrase; tags and
stream ids have exact, case-sensitive patterns. Where two findings overlap the longer one
wins (then the earlier one), so "steam methane reformer" is one unit operation and not the
utility "steam".
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from graph.ingest.extract import vocabulary
from graph.ingest.extract.spans import EntityMention
from graph.ingest.extract.tags import TagFinder
from graph.ontology import EntityType

_SEPARATOR = r"[\s\-\u2010-\u2015]{0,3}"  # between words: spaces, any dash, or nothing
_LEFT = r"(?<![\w/\-\u2010-\u2015])"
_RIGHT = r"(?![\w/]|[\-\u2010-\u2015]\w)"
_ACRONYM = re.compile(r"[A-Z0-9]{2,5}")
_KEY_LENGTH = 4


@dataclass(frozen=True, slots=True)
class _Entry:
    """What a phrase names; ``type`` is ``None`` for a stop phrase."""

    type: EntityType | None
    canonical: str
    attributes: tuple[tuple[str, str], ...] = ()


def _entries() -> list[tuple[str, _Entry]]:
    """Every (surface phrase, entry) pair of the vocabulary."""
    tables: list[tuple[Mapping[str, tuple[str, ...]], EntityType, tuple[tuple[str, str], ...]]]
    tables = [
        (vocabulary.UNIT_OPERATIONS, EntityType.PROCESS, (("process_kind", "unit_operation"),)),
        (vocabulary.NAMED_PROCESSES, EntityType.PROCESS, (("process_kind", "named_process"),)),
        (vocabulary.CATALYSTS, EntityType.CATALYST, ()),
        (vocabulary.REACTIONS, EntityType.REACTION, ()),
        (vocabulary.UTILITIES, EntityType.UTILITY, ()),
        (vocabulary.HAZARDS, EntityType.HAZARD, ()),
    ]
    pairs = [
        (surface, _Entry(entity_type, canonical, attributes))
        for table, entity_type, attributes in tables
        for canonical, surfaces in table.items()
        for surface in surfaces
    ]
    pairs += [(phrase, _Entry(None, "")) for phrase in vocabulary.STOP_PHRASES]
    return pairs


def phrase_pattern(phrase: str) -> str:
    """The regular expression for one vocabulary phrase (see ``vocabulary``'s conventions)."""
    words = [word for word in re.split(r"[\s\-]+", phrase) if word]
    body = _SEPARATOR.join(_word_pattern(word) for word in words)
    if phrase[-1].isalpha():
        body += "(?:e?s)?"
    if _ACRONYM.fullmatch(phrase):
        return f"(?-i:{body})"
    return body


def _word_pattern(word: str) -> str:
    pattern = re.escape(word)
    pattern = re.sub(r"(?<=[iy])z(?=[eai])", "[sz]", pattern)
    pattern = pattern.replace("sulf", "sul(?:f|ph)").replace("Sulf", "Sul(?:f|ph)")
    return pattern.replace("vapor", "vapou?r")


class _PhraseMatcher:
    """The vocabulary as one alternation per word opening, tried at word starts only.

    A single alternation of every phrase is slow in Python's regex engine (it tries each
    branch at each position); dispatching on the first four letters of a word keeps the
    work per word to the few phrases that can start there.
    """

    def __init__(self, entries: Iterable[tuple[str, _Entry]]) -> None:
        by_key: dict[str, list[tuple[str, _Entry]]] = {}
        for phrase, entry in sorted(entries, key=lambda pair: (-len(pair[0]), pair[0])):
            for key in _opening_keys(phrase):
                by_key.setdefault(key, []).append((phrase, entry))
        self._branches = {key: _Branch(pairs) for key, pairs in by_key.items()}
        self._openings = re.compile(rf"{_LEFT}[A-Za-z][A-Za-z0-9]{{0,{_KEY_LENGTH - 1}}}")

    def find(self, text: str) -> list[tuple[int, int, _Entry]]:
        found = []
        branches = self._branches
        for opening in self._openings.finditer(text):
            branch = branches.get(opening.group().lower())
            if branch is not None:
                hit = branch.match(text, opening.start())
                if hit is not None:
                    found.append(hit)
        return found


def _opening_keys(phrase: str) -> set[str]:
    """The dispatch keys of a phrase: the first letters of its first word, lower case.

    Words may be written without their separator ("letdown" for "let-down"), so the
    first letters of the run-together phrase are a key as well.
    """
    words = re.findall(r"[A-Za-z0-9]+", phrase.lower())
    keys = {words[0][:_KEY_LENGTH], "".join(words)[:_KEY_LENGTH]}
    return keys | {"sulp" + key[4:] for key in keys if key.startswith("sulf")}


class _Branch:
    """The phrases that share a two-letter opening, longest first, one named group each."""

    def __init__(self, pairs: list[tuple[str, _Entry]]) -> None:
        self._entries = {f"p{index}": entry for index, (_, entry) in enumerate(pairs)}
        alternation = "|".join(
            f"(?P<p{index}>{phrase_pattern(phrase)})" for index, (phrase, _) in enumerate(pairs)
        )
        self._pattern = re.compile(f"(?:{alternation}){_RIGHT}", re.IGNORECASE)

    def match(self, text: str, position: int) -> tuple[int, int, _Entry] | None:
        match = self._pattern.match(text, position)
        if match is None or match.lastgroup is None:
            return None
        return match.start(), match.end(), self._entries[match.lastgroup]


class Gazetteer:
    """Finds equipment tags, streams, processes, catalysts, utilities and hazards in text.

    Construction is cheap and does no I/O; the phrase expression is compiled on the first
    ``find`` and kept on the instance. An instance is safe to share between threads once
    built (it holds compiled patterns only).
    """

    def __init__(self) -> None:
        self._tags = TagFinder()
        self._phrases: _PhraseMatcher | None = None

    def find(self, text: str) -> list[EntityMention]:
        """Every mention in ``text``, sorted by start, non-overlapping (the longest wins).

        Args:
            text: any text; spans are offsets into it (``text[m.start:m.end] == m.text``).

        Returns:
            The mentions, each with its canonical id: the normalised tag for equipment
            and streams, the vocabulary's canonical name otherwise.
        """
        if self._phrases is None:
            self._phrases = _PhraseMatcher(_entries())
        candidates: list[tuple[int, int, EntityMention | None]] = [
            (mention.start, mention.end, mention) for mention in self._tags.find(text)
        ]
        candidates += [
            (start, end, _mention(text, start, end, entry))
            for start, end, entry in self._phrases.find(text)
        ]
        return _longest_first(candidates)


def _mention(text: str, start: int, end: int, entry: _Entry) -> EntityMention | None:
    if entry.type is None:
        return None
    return EntityMention(
        text=text[start:end],
        start=start,
        end=end,
        type=entry.type,
        canonical_id=entry.canonical,
        name=entry.canonical,
        attributes=entry.attributes,
    )


def _longest_first(candidates: list[tuple[int, int, EntityMention | None]]) -> list[EntityMention]:
    """Keep the longest of overlapping candidates (then the earliest); drop stop phrases."""
    candidates.sort(key=lambda c: (c[0], c[0] - c[1]))
    kept: list[EntityMention] = []
    cluster: list[tuple[int, int, EntityMention | None]] = []
    cluster_end = -1
    for candidate in candidates:
        if candidate[0] >= cluster_end and cluster:
            kept += _resolve(cluster)
            cluster = []
        cluster.append(candidate)
        cluster_end = max(cluster_end, candidate[1]) if len(cluster) > 1 else candidate[1]
    kept += _resolve(cluster)
    return kept


def _resolve(cluster: list[tuple[int, int, EntityMention | None]]) -> list[EntityMention]:
    """The winners of one cluster of mutually overlapping candidates, in text order."""
    if len(cluster) == 1:
        mention = cluster[0][2]
        return [mention] if mention is not None else []
    chosen: list[tuple[int, int, EntityMention | None]] = []
    for start, end, mention in sorted(cluster, key=lambda c: (c[0] - c[1], c[0])):
        if all(end <= other[0] or start >= other[1] for other in chosen):
            chosen.append((start, end, mention))
    chosen.sort(key=lambda c: c[0])
    return [mention for _, _, mention in chosen if mention is not None]
