from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from arango.exceptions import AQLQueryExecuteError

Query = Callable[..., list[Any]]
DOCS = [
    {
        "_key": "a",
        "tag": "R-101",
        "text": "Reactor R-101 feeds sulfuric acid",
        "p": 12.5,
        "on": True,
        "tags": ["hot", "acid"],
        "meta": {"site": "north"},
    },
    {
        "_key": "b",
        "tag": "P-201",
        "text": "Pump P-201 moves cold water",
        "p": 3,
        "on": False,
        "tags": ["cold"],
    },
    {"_key": "c", "tag": "E-301", "text": "Heat exchanger E-301 cools the reactor", "p": None},
]


@pytest.fixture
def view(db: Any) -> str:
    db.create_collection("eq").insert_many(DOCS)
    link = {
        "includeAllFields": True,
        "storeValues": "id",
        "fields": {"text": {"analyzers": ["text_en", "identity"]}},
    }
    db.create_arangosearch_view("v", {"links": {"eq": link}})
    return "v"


@pytest.mark.parametrize(
    ("search", "expected"),
    [
        ('d.tag == "R-101"', ["a"]),
        ('"R-101" == d.tag', ["a"]),
        ('d.tag != "R-101"', ["b", "c"]),
        ("d.p > 5", ["a"]),
        ("d.p <= 3", ["b"]),
        ("d.p IN 1..5", ["b"]),
        ("d.on == false", ["b"]),
        ("d.p == null", ["c"]),
        ('d.tags == "acid"', ["a"]),
        ('d.meta.site == "north"', ["a"]),
        ('d.tag IN ["E-301", "P-201"]', ["b", "c"]),
        ('d.tag NOT IN ["E-301", "P-201"]', ["a"]),
        ('d.tag LIKE "%-_01"', ["a", "b", "c"]),
        ('IN_RANGE(d.tag, "E", "Q", true, false)', ["b", "c"]),
        ('d.tag == "R-101" OR d.p == 3', ["a", "b"]),
        ('d.tags == "acid" AND NOT (d.on == false)', ["a"]),
        ('NOT (d.tag == "R-101")', ["b", "c"]),
        ("true", ["a", "b", "c"]),
        ("1 == 2", []),
        ("EXISTS(d.tags)", ["a", "b"]),
        ('EXISTS(d.p, "numeric")', ["a", "b"]),
        ('EXISTS(d.p, "null")', ["c"]),
        ("EXISTS(d.meta)", ["a"]),
        ('EXISTS(d.text, "analyzer", "text_en")', ["a", "b", "c"]),
        ('d.text == "Pump P-201 moves cold water"', ["b"]),
    ],
)
def test_search_operators(query: Query, view: str, search: str, expected: list[str]) -> None:
    assert query(f"FOR d IN {view} SEARCH {search} SORT d._key RETURN d._key") == expected


@pytest.mark.parametrize(
    ("search", "expected"),
    [
        ('d.text == "reactor"', ["a", "c"]),
        ('d.text IN TOKENS("pumps watered", "text_en")', ["b"]),
        ('PHRASE(d.text, "feeds sulfuric")', ["a"]),
        ('PHRASE(d.text, "reactor", 2, "feeds")', ["a"]),
        ('PHRASE(d.text, "reactor", 1, "feeds")', []),
        ('PHRASE(d.text, ["moves", {TERM: "cold"}])', ["b"]),
        ('PHRASE(d.text, [{STARTS_WITH: "exch"}, {WILDCARD: "_"}])', ["c"]),
        ('STARTS_WITH(d.text, "sulf")', ["a"]),
        ('STARTS_WITH(d.text, ["pum", "wat", "xx"], 2)', ["b"]),
        ('LEVENSHTEIN_MATCH(d.text, "reactr", 1)', ["a", "c"]),
        ('LEVENSHTEIN_MATCH(d.text, "reactr", 0)', []),
        ('MIN_MATCH(d.text == "pump", d.text == "water", d.text == "heat", 2)', ["b"]),
        ('TOKENS("pump heat", "text_en") ANY == d.text', ["b", "c"]),
        ('TOKENS("pump water", "text_en") ALL == d.text', ["b"]),
        ('TOKENS("pump heat", "text_en") NONE == d.text', ["a"]),
        ('TOKENS("pump heat reactor", "text_en") AT LEAST (2) == d.text', ["c"]),
        ('d.text LIKE "exchang%"', ["c"]),
    ],
)
def test_search_with_text_analyzer(
    query: Query, view: str, search: str, expected: list[str]
) -> None:
    aql = f'FOR d IN {view} SEARCH ANALYZER({search}, "text_en") SORT d._key RETURN d._key'
    assert query(aql) == expected


def test_analyzer_argument_overrides_the_context(query: Query, view: str) -> None:
    aql = 'FOR d IN v SEARCH PHRASE(d.text, "feeds sulfuric", "text_en") RETURN d._key'
    assert query(aql) == ["a"]


def test_fields_not_indexed_with_the_analyzer_do_not_match(query: Query, view: str) -> None:
    assert query('FOR d IN v SEARCH ANALYZER(d.tag == "r", "text_en") RETURN d._key') == []


def test_search_values_may_come_from_outer_loops(query: Query, view: str) -> None:
    aql = 'FOR t IN ["R-101", "E-301"] FOR d IN v SEARCH d.tag == t RETURN [t, d._key]'
    assert query(aql) == [["R-101", "a"], ["E-301", "c"]]


def test_options_collections_restrict_the_search(db: Any, query: Query) -> None:
    db.create_collection("one").insert({"x": 1})
    db.create_collection("two").insert({"x": 1})
    db.create_arangosearch_view(
        "v2", {"links": {"one": {"includeAllFields": True}, "two": {"includeAllFields": True}}}
    )
    aql = (
        "FOR d IN v2 SEARCH d.x == 1 OPTIONS {collections: @c} "
        "RETURN PARSE_IDENTIFIER(d).collection"
    )
    assert query(aql, c=["two"]) == ["two"]
    assert sorted(query("FOR d IN v2 SEARCH d.x == 1 RETURN PARSE_IDENTIFIER(d).collection")) == [
        "one",
        "two",
    ]


def test_exists_needs_store_values_id(db: Any, query: Query) -> None:
    db.create_collection("s").insert({"x": 1})
    db.create_arangosearch_view("plain", {"links": {"s": {"includeAllFields": True}}})
    assert query("FOR d IN plain SEARCH EXISTS(d.x) RETURN 1") == []


def test_track_list_positions_indexes_array_slots(db: Any, query: Query) -> None:
    db.create_collection("l").insert({"xs": ["a", "b"]})
    db.create_arangosearch_view(
        "lv", {"links": {"l": {"includeAllFields": True, "trackListPositions": True}}}
    )
    assert query('FOR d IN lv SEARCH d.xs[1] == "b" RETURN 1') == [1]
    assert query('FOR d IN lv SEARCH d.xs == "b" RETURN 1') == []


def test_only_linked_fields_are_indexed(db: Any, query: Query) -> None:
    db.create_collection("f").insert({"a": "x", "b": "x"})
    db.create_arangosearch_view("fv", {"links": {"f": {"fields": {"a": {}}}}})
    assert query('FOR d IN fv SEARCH d.a == "x" RETURN 1') == [1]
    assert query('FOR d IN fv SEARCH d.b == "x" RETURN 1') == []


def test_a_view_without_search_returns_every_document(query: Query, view: str) -> None:
    assert query("FOR d IN v COLLECT WITH COUNT INTO n RETURN n") == [3]


@pytest.mark.parametrize(
    ("aql", "errnum", "fragment"),
    [
        ('RETURN PHRASE("a", "b")', 9, "ArangoSearch function 'PHRASE' is designed"),
        ("FOR d IN eq RETURN EXISTS(d.tag)", 9, "ArangoSearch function 'EXISTS'"),
        ("FOR d IN eq RETURN BM25(d)", 9, "scorer function 'BM25'"),
        ("FOR d IN eq RETURN TFIDF(d)", 9, "scorer function 'TFIDF'"),
        (
            'FOR d IN v SEARCH ANALYZER(d.x == 1, "nope") RETURN d',
            10,
            "Unable to load requested analyzer",
        ),
        ("FOR d IN v SEARCH d.x == d.y RETURN d", 10, "unsupported SEARCH condition"),
        ("FOR d IN v SEARCH LENGTH(d.x) > 1 RETURN d", 10, "unsupported SEARCH condition"),
        ("FOR d IN eq SEARCH d.x == 1 RETURN d", 1501, "SEARCH can only be used on views"),
    ],
)
def test_search_errors(query: Query, view: str, aql: str, errnum: int, fragment: str) -> None:
    with pytest.raises(AQLQueryExecuteError) as err:
        query(aql)
    assert err.value.error_code == errnum and fragment in err.value.error_message


@pytest.mark.parametrize(
    ("aql", "expected"),
    [
        ('RETURN ANALYZER("x", "text_en")', "x"),
        ("RETURN BOOST(2, 3)", 2),
        ('RETURN STARTS_WITH("Reactor", "Re")', True),
        ("RETURN MIN_MATCH(true, false, true, 2)", True),
        ('RETURN LEVENSHTEIN_MATCH("reactor", "reactr", 1)', True),
        ('RETURN LEVENSHTEIN_MATCH("ab", "ba", 1, false)', False),
        ('RETURN LEVENSHTEIN_MATCH("pre-reactor", "reactr", 1, true, 64, "pre-")', True),
        ('RETURN NGRAM_MATCH("quick fox", "quick fix", 0.5, "bigram")', True),
        ('RETURN NGRAM_MATCH("quick fox", "slow dog", "bigram")', False),
    ],
)
def test_functions_outside_search(db: Any, query: Query, aql: str, expected: Any) -> None:
    db.create_analyzer("bigram", "ngram", {"min": 2, "max": 2, "preserveOriginal": False})
    assert query(aql) == [expected]


def test_view_named_by_a_bind_parameter(query: Query, view: str) -> None:
    found = query("FOR d IN @@v SEARCH d.tag == 'R-101' RETURN d._key", **{"@v": view})
    assert found == ["a"]
