from __future__ import annotations

import pytest

from arangolite.storage.clock import Clock, decode_revision, encode_revision


@pytest.mark.parametrize("value", [1, 63, 64, 4095, 2**40 + 17, 1882522452336050176])
def test_revision_text_round_trips(value: int) -> None:
    assert decode_revision(encode_revision(value)) == value


def test_revision_looks_like_arangodb() -> None:
    rev = Clock().revision()
    assert len(rev) == 11 and rev.startswith("_")


@pytest.mark.parametrize("text", ["", "not a rev!", "_____________"])
def test_invalid_revision_text_decodes_to_zero(text: str) -> None:
    assert decode_revision(text) == 0


def test_revisions_and_ticks_strictly_increase() -> None:
    clock = Clock(last_tick=10, last_revision=2**62)
    revs = [clock.revision_value() for _ in range(1000)]
    assert revs == sorted(set(revs)) and revs[0] > 2**62
    assert clock.tick() == 11


def test_observe_tick_only_moves_forward() -> None:
    clock = Clock(last_tick=50)
    clock.observe_tick(20)
    clock.observe_tick(70)
    assert clock.tick() == 71
