"""Shared machinery of the AQL parser: token cursor, ArangoDB-style errors, variable scopes.

The parser is split by concept over several modules that build one class
hierarchy: :class:`ParserBase` (this module) → ``parser_expr`` (expressions) →
``parser_for`` (FOR and graph operations) → ``parser_collect`` (COLLECT, WINDOW)
→ ``parser.Parser`` (statements, data modification, queries).
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import fields

from arangolite import errno
from arangolite.aql import ast
from arangolite.aql.lexer import Token, tokenize
from arangolite.errors import AqlError, fmt

# how bison names each token in "unexpected …" / "expecting …"
TOKEN_NAMES: dict[str, str] = {
    **{
        k: f"{k} declaration"
        for k in ["FOR", "LET", "FILTER", "RETURN", "COLLECT", "SORT", "LIMIT", "WINDOW"]
    },
    **{k: f"{k} keyword" for k in ["ASC", "DESC", "IN", "WITH", "INTO", "AGGREGATE", "GRAPH"]},
    **{
        k: f"{k} keyword"
        for k in ["SHORTEST_PATH", "K_SHORTEST_PATHS", "K_PATHS", "ALL_SHORTEST_PATHS"]
    },
    **{k: f"{k} command" for k in ["REMOVE", "INSERT", "UPDATE", "REPLACE", "UPSERT"]},
    **{k: f"{k.lower()} modifier" for k in ["OUTBOUND", "INBOUND", "ANY", "ALL", "NONE"]},
    **{op: f"{op} operator" for op in ["==", "!=", "<", ">", "<=", ">=", "+", "-", "*", "/", "%"]},
    **{p: p for p in ["?", ":", "::", "..", "(", ")", "{", "}", "[", "]"]},
    "DISTINCT": "DISTINCT modifier",
    "NULL": "null",
    "TRUE": "true",
    "FALSE": "false",
    "IDENT": "identifier",
    "STRING": "quoted string",
    "INT": "integer number",
    "DOUBLE": "number",
    "PARAM": "bind parameter",
    "DSPARAM": "bind data source parameter",
    "=": "assignment",
    "NOT": "not operator",
    "AND": "and operator",
    "OR": "or operator",
    "NOT IN": "not in operator",
    "=~": "~= operator",
    "!~": "~! operator",
    "LIKE": "like operator",
    ",": '","',
    ".": "'.'",
    "EOF": "end of query string",
    "AT LEAST": "at least modifier",
    "INVALID": "invalid token",
}

# tokens that start an operation, i.e. a (sub)query
QUERY_START = frozenset(
    [
        "FOR",
        "LET",
        "FILTER",
        "RETURN",
        "COLLECT",
        "SORT",
        "LIMIT",
        "WINDOW",
        "REMOVE",
        "INSERT",
        "UPDATE",
        "REPLACE",
        "UPSERT",
    ]
)
MODIFICATIONS = frozenset(["REMOVE", "INSERT", "UPDATE", "REPLACE", "UPSERT"])
DIRECTIONS = frozenset(("OUTBOUND", "INBOUND", "ANY"))

# scope kinds, as in ArangoDB's Scopes
MAIN, SUBQUERY, FOR, COLLECT = "main", "subquery", "for", "collect"

EXPECT_IDENT = ("identifier",)
EXPECT_ASSIGN = ("assignment",)


class Scopes:
    """The stack of variable scopes, to detect variables declared twice (error 1511)."""

    def __init__(self) -> None:
        self.stack: list[tuple[str, set[str]]] = [(MAIN, set())]

    def kind(self) -> str:
        return self.stack[-1][0]

    def start(self, kind: str) -> None:
        self.stack.append((kind, set()))

    def end_current(self) -> None:
        self.stack.pop()

    def end_nested(self) -> None:
        """Close FOR/COLLECT scopes up to the enclosing (sub)query scope."""
        while self.stack[-1][0] not in (MAIN, SUBQUERY):
            self.stack.pop()

    def end_subquery(self) -> None:
        self.end_nested()
        if len(self.stack) > 1:
            self.stack.pop()

    def exists(self, name: str) -> bool:
        return any(name in names for _, names in self.stack)

    def add(self, name: str) -> None:
        self.stack[-1][1].add(name)


class ParserBase:
    """Token cursor, error reporting and scope bookkeeping."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.tokens = tokenize(text)
        self.tokens += [self.tokens[-1]] * 2  # so that peek() never runs off the end
        self.index = 0
        self.tok = self.tokens[0]
        self.prev = self.tok
        self.scopes = Scopes()
        # >0 while CURRENT refers to the element of an expansion / UPSERT FILTER
        self.current_depth = 0
        # at the top level of a data-modification operand, "IN name" ends the operand
        self.in_modification = False
        # in a FOR, ANY/OUTBOUND/INBOUND after an expression start a graph walk
        self.graph_context = False

    # ------------------------------------------------------------------ cursor

    def advance(self) -> Token:
        """Consume the current token and return it.

        A lexical error (``LEXERR``) is the last token; no rule accepts it, so it
        is reported by :meth:`syntax_error` once the parser gets there.
        """
        tok = self.prev = self.tok
        self.index += 1
        self.tok = self.tokens[self.index]
        return tok

    def peek(self, ahead: int = 1) -> Token:
        index = self.index + ahead
        return self.tokens[index] if index < len(self.tokens) else self.tokens[-1]

    def expect(self, kind: str, expecting: tuple[str, ...] = ()) -> Token:
        """Consume a token of ``kind`` or raise a syntax error listing ``expecting``."""
        if self.tok.kind != kind:
            raise self.syntax_error(expecting)
        return self.advance()

    def expect_ident(self) -> Token:
        return self.expect("IDENT", EXPECT_IDENT)

    def nested(self) -> tuple[bool, bool]:
        """Enter brackets: the statement-level expression flags do not apply inside."""
        saved = (self.in_modification, self.graph_context)
        self.in_modification = self.graph_context = False
        return saved

    def restore(self, saved: tuple[bool, bool]) -> None:
        self.in_modification, self.graph_context = saved

    # ------------------------------------------------------------------ errors

    def error_at(self, tok: Token, errnum: int, message: str) -> AqlError:
        """An error with ArangoDB's ``near '…' at position line:column`` suffix."""
        if self.tok.kind == "LEXERR":  # the lexer failed before the parser saw this
            tok, errnum, message = self.tok, errno.QUERY_PARSE, str(self.tok.value)
        region = self.text[tok.epos :]
        if len(region) > 32:
            region = region[:32] + "..."
        full = f"{message} near '{region}' at position {tok.eline}:{tok.ecol}"
        return AqlError(errnum, full, code=400)

    def syntax_error(self, expecting: tuple[str, ...] = (), tok: Token | None = None) -> AqlError:
        """Bison's "syntax error, unexpected X[, expecting Y or Z]" at ``tok`` (or the current)."""
        tok = tok or self.tok
        message = f"syntax error, unexpected {TOKEN_NAMES.get(tok.kind, tok.kind)}"
        if expecting:
            message += ", expecting " + " or ".join(expecting)
        return self.error_at(tok, errno.QUERY_PARSE, message)

    def parse_error(self, message: str, tok: Token | None = None) -> AqlError:
        return self.error_at(tok or self.tok, errno.QUERY_PARSE, message)

    def qualifier_error(self, word: str, expected: str, tok: Token | None = None) -> AqlError:
        return self.parse_error(f"unexpected qualifier '{word}', expecting {expected}", tok)

    # ------------------------------------------------------------------ variables

    def declare(self, name: str) -> None:
        """Declare a user variable in the current scope (errors 1510 and 1511)."""
        if self.tok.kind == "LEXERR":  # ArangoDB's lexer fails first, reading the lookahead
            raise self.syntax_error()
        if name.startswith("_"):
            num = errno.QUERY_VARIABLE_NAME_INVALID
            raise AqlError(num, fmt(num, name), code=400)
        if self.scopes.exists(name):
            num = errno.QUERY_VARIABLE_REDECLARED
            raise AqlError(num, fmt(num, name), code=400)
        self.scopes.add(name)

    # ------------------------------------------------------------------ hooks

    def parse_expr(self, min_bp: int = 0) -> ast.Expr:
        raise NotImplementedError

    def parse_query_body(self) -> ast.Query:
        raise NotImplementedError


def walk(node: object) -> Iterator[ast.Node]:
    """Every AST node in ``node`` (depth first, subqueries included)."""
    stack: list[object] = [node]
    while stack:
        item = stack.pop()
        if isinstance(item, ast.Node):
            yield item
            stack.extend(getattr(item, f.name) for f in fields(item))
        elif isinstance(item, (list, tuple)):
            stack.extend(item)


def names_used(node: object) -> Iterator[str]:
    """Names referenced by bare identifiers in ``node``."""
    for item in walk(node):
        if isinstance(item, ast.Name):
            yield item.name


def is_constant(node: ast.Expr) -> bool:
    """Whether ``node`` is known at compile time, as ArangoDB demands of OPTIONS."""
    if isinstance(node, ast.Literal):
        return True
    if isinstance(node, ast.BindParam):
        return not node.collection
    if isinstance(node, ast.ArrayLit):
        return all(is_constant(item) for item in node.items)
    if isinstance(node, ast.ObjectLit):
        return all(
            (isinstance(key, str) or is_constant(key)) and is_constant(value)
            for key, value in node.items
        )
    return False
