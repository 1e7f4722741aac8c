from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from arango.exceptions import AQLQueryExecuteError

Query = Callable[..., list[Any]]


@pytest.mark.parametrize(
    ("aql", "expected"),
    [
        (
            'RETURN TOKENS("Crazy fast NoSQL-database!", "text_en")',
            ["crazi", "fast", "nosql", "databas"],
        ),
        ('RETURN TOKENS("quick brown fox", "text_en")', ["quick", "brown", "fox"]),
        ('RETURN TOKENS(["quick brown", "fox"], "text_en")', [["quick", "brown"], ["fox"]]),
        ('RETURN TOKENS(["quick brown", ["fox"]], "text_en")', [["quick", "brown"], [["fox"]]]),
        ('RETURN TOKENS("UPPER lower")', ["UPPER lower"]),
        ('RETURN TOKENS([], "text_en")', [[]]),
        ('RETURN TOKENS([true, null], "identity")', [["/w=="], [""]]),
    ],
)
def test_tokens(query: Query, aql: str, expected: Any) -> None:
    assert query(aql) == [expected]


def test_numbers_give_one_token_per_precision_step(query: Query) -> None:
    (tokens,) = query("RETURN TOKENS(1, 'identity')")
    assert tokens == ["oD/wAAAAAAAA", "sD/wAAAAAA==", "wD/wAAA=", "0D/w"]


def test_custom_analyzer_keeps_equipment_tags(db: Any, query: Query) -> None:
    db.create_analyzer(
        "eq_tags",
        "pipeline",
        {
            "pipeline": [
                {"type": "norm", "properties": {"locale": "en", "case": "lower"}},
                {"type": "multi_delimiter", "properties": {"delimiters": [" ", ",", ". "]}},
            ]
        },
        ["frequency", "norm", "position"],
    )
    assert query('RETURN TOKENS("Feed R-101, CAS 7664-93-9. H2SO4", "eq_tags")') == [
        ["feed", "r-101", "cas", "7664-93-9", "h2so4"]
    ]


@pytest.mark.parametrize(
    ("aql", "errnum", "fragment"),
    [
        ('RETURN TOKENS("x", "missing")', 10, "failure to find arangosearch analyzer"),
        ('RETURN TOKENS("x", 5)', 10, "string expected"),
        ('RETURN TOKENS({a: 1}, "text_en")', 10, "unexpected parameter type 'object'"),
    ],
)
def test_tokens_errors(query: Query, aql: str, errnum: int, fragment: str) -> None:
    with pytest.raises(AQLQueryExecuteError) as err:
        query(aql)
    assert err.value.error_code == errnum and fragment in err.value.error_message
