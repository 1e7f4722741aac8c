"""AQL expressions by precedence climbing, with ArangoDB's precedences (grammar.y).

Binding powers, lowest first: ``?:`` 1, ``OR`` 2, ``AND`` 3, ``ANY|ALL|NONE``
quantifiers 4, ``AT LEAST`` 5, ``== != LIKE =~ !~`` 6, ``IN NOT IN`` (and the
infix ``NOT`` of ``NOT LIKE``) 7, ``< <= > >=`` 8, ``..`` 9, ``+ -`` 10,
``* / %`` 11, unary ``- + NOT`` 12, then postfix accesses. A quantified
comparison (``x ALL IN y``) takes its right side at the level of its operator.
"""

from __future__ import annotations

from arangolite import errno
from arangolite.aql import ast
from arangolite.aql.lexer import Token
from arangolite.aql.parser_access import AccessParser
from arangolite.aql.parser_base import QUERY_START

# kind: (left binding power, right binding power)
_BINARY = {
    "OR": (2, 3),
    "AND": (3, 4),
    **dict.fromkeys(("==", "!=", "LIKE", "=~", "!~"), (6, 7)),
    **dict.fromkeys(("IN", "NOT IN"), (7, 8)),
    **dict.fromkeys(("<", ">", "<=", ">="), (8, 9)),
    "..": (9, 10),
    "+": (10, 11),
    "-": (10, 11),
    **dict.fromkeys(("*", "/", "%"), (11, 12)),
}
_COMPARISON_LEVEL = {"==": 6, "!=": 6, "IN": 7, "NOT IN": 7, "<": 8, ">": 8, "<=": 8, ">=": 8}
_UNARY_BP = 12
_NOT_EXPECT = ("~= operator", "~! operator", "like operator")
_LITERALS = {"NULL": None, "TRUE": True, "FALSE": False}
_VALUE_TOKENS = frozenset(("INT", "DOUBLE", "STRING", *_LITERALS))
_PREFIX = frozenset(("-", "+", "NOT"))
_POSTFIX = frozenset((".", "["))
_INFIX = frozenset((*_BINARY, "?", "NOT", "ANY", "ALL", "NONE", "AT LEAST"))
# what may follow the collection operand of a data-modification operation
_AFTER_COLLECTION = QUERY_START | {"EOF", ")", ",", "IDENT"}


class ExprParser(AccessParser):
    """Operators, literals, calls and subqueries."""

    def parse_expr(self, min_bp: int = 0) -> ast.Expr:
        """An expression whose operators all bind at least as tightly as ``min_bp``."""
        if self.tok.kind in _PREFIX:
            left = self._prefix()
        else:
            left = self.parse_primary()
            if self.tok.kind in _POSTFIX:
                left = self.parse_postfix(left)
        if self.tok.kind not in _INFIX:
            return left
        return self._infix(left, min_bp)

    def _infix(self, left: ast.Expr, min_bp: int) -> ast.Expr:
        while True:
            kind = self.tok.kind
            power = _BINARY.get(kind)
            if power is not None:
                if power[0] < min_bp or (kind == "IN" and min_bp == 0 and self._collection_next()):
                    return left
                self.advance()
                right = self.parse_expr(power[1])
                if kind == "..":
                    left = ast.Range(low=left, high=right, line=left.line, column=left.column)
                else:
                    left = ast.Binary(
                        op=kind, left=left, right=right, line=left.line, column=left.column
                    )
            elif kind == "?" and min_bp <= 1:
                left = self._ternary(left)
            elif kind == "NOT" and min_bp <= 7:
                left = self._not_infix(left)
            elif kind in ("ANY", "ALL", "NONE") and min_bp <= 4 and self._quantifier_next():
                left = self._quantified(left)
            elif kind == "AT LEAST" and min_bp <= 5:
                left = self._at_least(left)
            else:
                return left

    def _collection_next(self) -> bool:
        """In ``UPDATE doc IN coll``, the ``IN`` starts the collection clause."""
        if not self.in_modification or self.peek().kind not in ("IDENT", "STRING", "DSPARAM"):
            return False
        return self.peek(2).kind in _AFTER_COLLECTION

    def _quantifier_next(self) -> bool:
        """Whether ANY/ALL/NONE here quantifies a comparison (else: a graph direction)."""
        if self.peek().kind in _COMPARISON_LEVEL:
            return True
        if self.tok.kind == "ANY" and self.graph_context:
            return False
        self.advance()
        raise self.syntax_error()

    def _ternary(self, condition: ast.Expr) -> ast.Expr:
        self.advance()
        pos = {"line": condition.line, "column": condition.column}
        if self.tok.kind == ":":
            self.advance()
            otherwise = self.parse_expr(1)
            return ast.Ternary(condition=condition, then=None, otherwise=otherwise, **pos)
        saved = self.nested()
        then = self.parse_expr()
        self.restore(saved)
        self.expect(":")
        otherwise = self.parse_expr(1)
        return ast.Ternary(condition=condition, then=then, otherwise=otherwise, **pos)

    def _not_infix(self, left: ast.Expr) -> ast.Expr:
        """``a NOT LIKE b``, ``a NOT =~ b`` (negated match), ``a NOT !~ b`` (match)."""
        self.advance()
        kind = self.tok.kind
        if kind not in ("LIKE", "=~", "!~"):
            raise self.syntax_error(_NOT_EXPECT)
        self.advance()
        right = self.parse_expr(7)
        pos = {"line": left.line, "column": left.column}
        if kind == "LIKE":
            return ast.Binary(op="NOT LIKE", left=left, right=right, **pos)
        match = ast.Binary(op="=~", left=left, right=right, **pos)
        return ast.Unary(op="NOT", operand=match, **pos) if kind == "=~" else match

    def _quantified(self, left: ast.Expr) -> ast.Expr:
        quantifier = self.advance().kind
        op = self.advance().kind
        right = self.parse_expr(_COMPARISON_LEVEL[op] + 1)
        return ast.ArrayComparison(
            quantifier=quantifier, op=op, left=left, right=right, line=left.line, column=left.column
        )

    def _at_least(self, left: ast.Expr) -> ast.Expr:
        self.advance()
        self.expect("(", ("(",))
        saved = self.nested()
        count = self.parse_expr()
        self.restore(saved)
        self.expect(")")
        op = self.tok.kind
        if op not in _COMPARISON_LEVEL:
            raise self.syntax_error()
        self.advance()
        right = self.parse_expr(_COMPARISON_LEVEL[op] + 1)
        return ast.ArrayComparison(
            quantifier=count, op=op, left=left, right=right, line=left.line, column=left.column
        )

    # ------------------------------------------------------------------ operands

    def _prefix(self) -> ast.Expr:
        """Unary ``-``, ``+``, ``NOT``/``!``; a sign on a number literal is folded into it."""
        tok = self.advance()
        kind = tok.kind
        operand = self.parse_expr(_UNARY_BP)
        if kind != "NOT" and isinstance(operand, ast.Literal):
            value = operand.value
            if type(value) is int or type(value) is float:
                value = -value if kind == "-" else value
                return ast.Literal(value=value, line=tok.line, column=tok.col)
        return ast.Unary(op=kind, operand=operand, line=tok.line, column=tok.col)

    def parse_primary(self) -> ast.Expr:
        """A literal, name, call, bind parameter, array, object or parenthesised expression."""
        tok = self.tok
        kind = tok.kind
        if kind == "IDENT":
            if self.tokens[self.index + 1].kind in ("(", "::"):
                return self.parse_call()
            self.advance()
            return self.reference(tok)
        if kind in _VALUE_TOKENS:
            self.advance()
            value = tok.value if kind in ("INT", "DOUBLE", "STRING") else _LITERALS[kind]
            return ast.Literal(value=value, line=tok.line, column=tok.col)
        if kind in ("PARAM", "DSPARAM"):
            self.advance()
            return ast.BindParam(
                name=tok.value, collection=kind == "DSPARAM", line=tok.line, column=tok.col
            )
        if kind == "[":
            return self.parse_array()
        if kind == "{":
            return self.parse_object()
        if kind == "(":
            return self._parenthesized()
        if kind == "LIKE" and self.peek().kind == "(":
            return self.parse_call()
        raise self.syntax_error()

    def _parenthesized(self) -> ast.Expr:
        open_tok = self.advance()
        saved = self.nested()
        if self.tok.kind in QUERY_START:
            node: ast.Expr = self.parse_subquery(open_tok)
            self.restore(saved)
            self.expect(")", (")",))
            return node
        node = self.parse_expr()
        self.restore(saved)
        self.expect(")")
        return node

    def parse_subquery(self, first: Token) -> ast.Subquery:
        """A query inside an expression, in its own variable scope."""
        self.scopes.start("subquery")
        query = self.parse_query_body()
        self.scopes.end_subquery()
        return ast.Subquery(query=query, line=first.line, column=first.col)

    def parse_call(self) -> ast.FunctionCall:
        """``NAME(args)`` or ``ns::name(args)``; an argument may be a bare subquery."""
        name_tok = self.advance()
        name = "LIKE" if name_tok.kind == "LIKE" else name_tok.value
        name += self.function_name()
        args = self.call_arguments()
        return ast.FunctionCall(
            name=name.upper(), args=args, line=name_tok.line, column=name_tok.col
        )

    def function_name(self) -> str:
        """The rest of a function name after its first part: ``::part`` repeated."""
        name = ""
        while self.tok.kind == "::":
            self.advance()
            name += "::" + self.expect_ident().value
        return name

    def call_arguments(self) -> list[ast.Expr]:
        """``( arg, … )``; an argument may be a query without parentheses."""
        self.expect("(", ("::", "("))
        saved = self.nested()
        args: list[ast.Expr] = []
        if self.tok.kind != ")":
            args.append(self._argument())
            while self.tok.kind == ",":
                self.advance()
                args.append(self._argument())
        self.restore(saved)
        self.expect(")", (")",))
        return args

    def _argument(self) -> ast.Expr:
        if self.tok.kind in QUERY_START:
            return self.parse_subquery(self.tok)
        return self.parse_expr()

    def parse_array(self) -> ast.ArrayLit:
        open_tok = self.advance()
        saved = self.nested()
        items: list[ast.Expr] = []
        while self.tok.kind != "]":
            items.append(self.parse_expr())
            if self.tok.kind == ",":
                self.advance()
            elif self.tok.kind != "]":
                raise self.syntax_error(("]",))
        self.restore(saved)
        self.advance()
        return ast.ArrayLit(items=items, line=open_tok.line, column=open_tok.col)

    def parse_object(self) -> ast.ObjectLit:
        open_tok = self.advance()
        saved = self.nested()
        items: list[tuple[str | ast.Expr, ast.Expr]] = []
        while self.tok.kind != "}":
            items.append(self._object_element())
            if self.tok.kind == ",":
                self.advance()
            elif self.tok.kind != "}":
                raise self.syntax_error(("}",))
        self.restore(saved)
        self.advance()
        return ast.ObjectLit(items=items, line=open_tok.line, column=open_tok.col)

    def _object_element(self) -> tuple[str | ast.Expr, ast.Expr]:
        tok = self.tok
        kind = tok.kind
        if kind == "IDENT" and self.peek().kind != ":":
            self.advance()
            name = tok.value
            known = self.scopes.exists(name) or name in ("OLD", "NEW")
            value = self.reference(tok)
            if not known and not isinstance(value, ast.Current):
                num = errno.QUERY_VARIABLE_NAME_UNKNOWN
                message = f"use of unknown variable '{name}' in object literal"
                raise self.error_at(self.tok, num, message)
            return name, value
        key: str | ast.Expr
        if kind in ("IDENT", "STRING"):
            self.advance()
            key = tok.value
        elif kind == "PARAM":
            self.advance()
            key = ast.BindParam(name=tok.value, line=tok.line, column=tok.col)
        elif kind == "[":
            self.advance()
            key = self.parse_expr()
            self.expect("]")
        else:
            raise self.syntax_error()
        self.expect(":", (":",))
        return key, self.parse_expr()
