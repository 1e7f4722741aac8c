"""COLLECT (all forms) and WINDOW, with ArangoDB's parse-time checks on their variables."""

from __future__ import annotations

from arangolite import errno
from arangolite.aql import ast
from arangolite.aql.lexer import Token
from arangolite.aql.parser_base import COLLECT, EXPECT_ASSIGN, MAIN, SUBQUERY, names_used
from arangolite.aql.parser_for import ForParser

# the aggregate functions COLLECT … AGGREGATE and WINDOW accept (Aggregator::isValid)
AGGREGATE_FUNCTIONS = frozenset(
    [
        "LENGTH",
        "COUNT",
        "MIN",
        "MAX",
        "SUM",
        "AVERAGE",
        "AVG",
        "VARIANCE_POPULATION",
        "VARIANCE",
        "VARIANCE_SAMPLE",
        "STDDEV_POPULATION",
        "STDDEV",
        "STDDEV_SAMPLE",
        "UNIQUE",
        "SORTED_UNIQUE",
        "COUNT_DISTINCT",
        "COUNT_UNIQUE",
        "BIT_AND",
        "BIT_OR",
        "BIT_XOR",
        "PUSH",
    ]
)
_UNKNOWN = errno.QUERY_VARIABLE_NAME_UNKNOWN


class CollectParser(ForParser):
    """``COLLECT`` and ``WINDOW``."""

    def parse_collect(self) -> ast.Collect:
        tok = self.advance()
        node = ast.Collect(line=tok.line, column=tok.col)
        if self.tok.kind == "WITH":
            return self._collect_count(node)
        if self.tok.kind != "AGGREGATE":
            node.groups = self._groups()
            if self.tok.kind == "WITH":
                return self._collect_count(node)
        if self.tok.kind == "AGGREGATE":
            node.aggregates = self.parse_aggregates()
        into = self._into(node)
        if not node.aggregates and self.tok.kind == "IDENT" and self.peek().kind != "{":
            node.keep = self._keep()
        node.options = self.parse_options()
        loc = self.prev if node.options is not None else self.tok
        introduced = [name for name, _ in node.groups] + [a.variable for a in node.aggregates]
        started = self._start_collect_scope(introduced)
        self.validate_aggregates(node.aggregates, loc)
        if node.keep is not None and into is None:
            raise self.parse_error("use of 'KEEP' without 'INTO'", loc)
        if started:
            self._check_collect_use(introduced, node.into_expr, loc)
            self._check_collect_use(introduced, [ast.Name(name=k) for k in node.keep or ()], loc)
        for aggregate in node.aggregates:
            used = set(names_used(aggregate.args))
            for name, _ in node.groups:
                if name in used:
                    message = f"use of unknown variable '{name}' in AGGREGATE expression"
                    raise self.error_at(loc, _UNKNOWN, message)
        if into is not None:
            self.declare(into.value)
        return node

    def _collect_count(self, node: ast.Collect) -> ast.Collect:
        """``COLLECT [groups] WITH COUNT INTO var [OPTIONS …]``."""
        self.advance()
        word = self.expect_ident()
        self.expect("INTO", ("INTO keyword",))
        variable = self.expect_ident()
        if word.value.upper() != "COUNT":
            raise self.qualifier_error(word.value, "'COUNT'", variable)
        node.options = self.parse_options()
        self._start_collect_scope([name for name, _ in node.groups])
        self.declare(variable.value)
        node.count_into = variable.value
        return node

    def _groups(self) -> list[tuple[str, ast.Expr]]:
        groups: list[tuple[str, ast.Expr]] = []
        while True:
            variable = self.expect_ident().value
            self.expect("=", EXPECT_ASSIGN)
            groups.append((variable, self.parse_expr()))
            self.declare(variable)
            if self.tok.kind != ",":
                return groups
            self.advance()

    def _into(self, node: ast.Collect) -> Token | None:
        if self.tok.kind != "INTO":
            return None
        self.advance()
        variable = self.expect_ident()
        node.into = variable.value
        if self.tok.kind == "=":
            self.advance()
            node.into_expr = self.parse_expr()
        return variable

    def _keep(self) -> list[str]:
        word = self.advance()
        if word.value.upper() != "KEEP":
            raise self.qualifier_error(word.value, "'KEEP'", word)
        names: list[str] = []
        while True:
            variable = self.expect_ident()
            if not self.scopes.exists(variable.value):
                message = f"use of unknown variable '{variable.value}' for KEEP"
                raise self.parse_error(message, variable)
            names.append(variable.value)
            if self.tok.kind != ",":
                return names
            self.advance()

    def _start_collect_scope(self, names: list[str]) -> bool:
        """Inside a FOR, COLLECT hides the variables of the loops before it."""
        if self.scopes.kind() in (MAIN, SUBQUERY):
            return False
        self.scopes.end_nested()
        self.scopes.start(COLLECT)
        for name in names:
            self.scopes.add(name)
        return True

    def _check_collect_use(self, introduced: list[str], node: object, loc: Token) -> None:
        if node is None:
            return
        for name in names_used(node):
            if name in introduced:
                message = f"use of COLLECT variable '{name}' inside same COLLECT's expression"
                raise self.error_at(loc, _UNKNOWN, message)

    # ------------------------------------------------------------------ aggregates

    def parse_aggregates(self) -> list[ast.Aggregate]:
        """``AGGREGATE var = FUNC(args), …``."""
        self.advance()
        aggregates = [self._aggregate()]
        while self.tok.kind == ",":
            self.advance()
            aggregates.append(self._aggregate())
        return aggregates

    def _aggregate(self) -> ast.Aggregate:
        variable = self.expect_ident()
        self.expect("=", EXPECT_ASSIGN)
        name = self.expect_ident().value + self.function_name()
        args = self.call_arguments()
        self.declare(variable.value)
        return ast.Aggregate(
            variable=variable.value,
            function=name.upper(),
            args=args,
            line=variable.line,
            column=variable.col,
        )

    def validate_aggregates(self, aggregates: list[ast.Aggregate], loc: Token) -> None:
        """Known aggregate functions only, not using another aggregate of the same clause."""
        earlier: set[str] = set()
        for aggregate in aggregates:
            if aggregate.function not in AGGREGATE_FUNCTIONS:
                num = errno.QUERY_INVALID_AGGREGATE_EXPRESSION
                raise self.error_at(loc, num, "unknown aggregate function used")
            for name in names_used(aggregate.args):
                if name in earlier:
                    message = f"use of COLLECT variable '{name}' inside same COLLECT"
                    raise self.error_at(loc, _UNKNOWN, message)
            earlier.add(aggregate.variable)

    # ------------------------------------------------------------------ WINDOW

    def parse_window(self) -> ast.Window:
        """``WINDOW {bounds} AGGREGATE …`` or ``WINDOW value WITH {bounds} AGGREGATE …``."""
        tok = self.advance()
        range_value: ast.Expr | None = None
        if self.tok.kind == "{":
            bounds: ast.Expr = self.parse_object()
            if self.tok.kind != "AGGREGATE":
                range_value = self._infix(self.parse_postfix(bounds), 0)
        else:
            range_value = self.parse_expr()
        if range_value is not None:
            self.expect("WITH")
            if self.tok.kind != "{":
                raise self.syntax_error(("{",))
            bounds = self.parse_object()
        if self.tok.kind != "AGGREGATE":
            raise self.syntax_error(("AGGREGATE keyword",) if range_value is not None else ())
        aggregates = self.parse_aggregates()
        self.validate_aggregates(aggregates, self.tok)
        self._check_window_bounds(bounds, self.tok)
        return ast.Window(
            bounds=bounds,
            aggregates=aggregates,
            range_value=range_value,
            line=tok.line,
            column=tok.col,
        )

    def _check_window_bounds(self, bounds: ast.Expr, loc: Token) -> None:
        assert isinstance(bounds, ast.ObjectLit)
        if not bounds.items:
            message = "At least one WINDOW bound must be specified ('preceding'/'following')"
            raise self.parse_error(message, loc)
        seen: set[str] = set()
        for key, _ in bounds.items:
            name = key if isinstance(key, str) else ""
            if name not in ("preceding", "following"):
                message = (
                    f"Invalid WINDOW attribute '{name}'; "
                    'only "preceding" and "following" are supported'
                )
                raise self.parse_error(message, loc)
            if name in seen:
                raise self.parse_error(
                    f"WINDOW attribute '{name}' is specified multiple times", loc
                )
            seen.add(name)
