"""Postfix operators of AQL expressions: ``.name``, ``.@bind``, ``[index]``, ``[*]``, ``[?]``.

Accesses written after an expansion apply to each of its elements, so they go
into the expansion's ``projection``; a further ``[*]`` nests a new expansion in
the innermost one (``a[*].b[*].c``). Parentheses stop that chaining, as do the
multi-level forms ``[**]`` which work on the whole previous result.
"""

from __future__ import annotations

from collections.abc import Callable

from arangolite.aql import ast
from arangolite.aql.lexer import Token
from arangolite.aql.parser_base import ParserBase

_QUANTIFIER_EXPECT = ("FILTER declaration",)
_MEMBER_EXPECT = ("identifier", "bind parameter", "bind data source parameter")


class AccessParser(ParserBase):
    """Member access, indexing and array expansions."""

    def reference(self, tok: Token) -> ast.Expr:
        """A bare identifier: ``CURRENT`` inside an expansion, else a name to resolve later."""
        name = tok.value
        if self.current_depth and name in ("CURRENT", "$CURRENT") and not self.scopes.exists(name):
            return ast.Current(line=tok.line, column=tok.col)
        return ast.Name(name=name, line=tok.line, column=tok.col)

    def parse_postfix(self, node: ast.Expr) -> ast.Expr:
        """Apply the postfix operators that follow ``node``."""
        chain: list[ast.Expansion] = []  # expansions later accesses extend, innermost last
        while True:
            kind = self.tok.kind
            if kind == ".":
                node = self._extend(node, chain, self._member) if chain else self._member(node)
            elif kind != "[":
                return node
            elif self.peek().kind == "*":
                node = self._expansion(node, chain)
            elif self.peek().kind == "?":
                node = self._question(node, chain)
            else:
                node = self._extend(node, chain, self._index)

    def _extend(
        self, node: ast.Expr, chain: list[ast.Expansion], build: Callable[[ast.Expr], ast.Expr]
    ) -> ast.Expr:
        """Apply ``build`` to ``node``, or inside the innermost chained expansion."""
        tok = self.tok
        if not chain:
            return build(node)
        inner = chain[-1]
        inner.projection = build(inner.projection or ast.Current(line=tok.line, column=tok.col))
        return node

    def _member(self, target: ast.Expr) -> ast.Expr:
        self.advance()
        tok = self.tok
        line, column = target.line, target.column
        if tok.kind == "IDENT":
            self.advance()
            return ast.AttributeAccess(obj=target, name=tok.value, line=line, column=column)
        if tok.kind in ("PARAM", "DSPARAM"):
            self.advance()
            param = ast.BindParam(
                name=tok.value, collection=tok.kind == "DSPARAM", line=tok.line, column=tok.col
            )
            return ast.IndexAccess(obj=target, index=param, line=line, column=column)
        raise self.syntax_error(_MEMBER_EXPECT)

    def _index(self, target: ast.Expr) -> ast.Expr:
        self.advance()
        saved = self.nested()
        index = self.parse_expr()
        self.restore(saved)
        self.expect("]")
        return ast.IndexAccess(obj=target, index=index, line=target.line, column=target.column)

    def _expansion(self, node: ast.Expr, chain: list[ast.Expansion]) -> ast.Expr:
        """``[* …]``, ``[** …]`` with optional FILTER, LIMIT and RETURN."""
        open_tok = self.advance()
        depth = 0
        while self.tok.kind == "*":
            self.advance()
            depth += 1
        chained = bool(chain) and depth == 1
        source: ast.Expr = node
        line, column = node.line, node.column
        if chained:
            line, column = open_tok.line, open_tok.col
            source = chain[-1].projection or ast.Current(line=line, column=column)
        expansion = ast.Expansion(obj=source, depth=depth, line=line, column=column)
        self._expansion_clauses(expansion)
        if chained:
            chain[-1].projection = expansion
            chain.append(expansion)
            return node
        chain[:] = [expansion]
        return expansion

    def _expansion_clauses(self, expansion: ast.Expansion) -> None:
        """The ``FILTER``, ``LIMIT`` and ``RETURN`` parts of ``[* …]`` up to its ``]``."""
        saved = self.nested()
        self.current_depth += 1
        quantified = False
        if self.tok.kind == "FILTER":
            self.advance()
            expansion.filter = self.parse_expr()
        elif self.tok.kind not in ("LIMIT", "RETURN", "]"):
            _, expansion.filter = self._array_filter()
            quantified = True
        expansion.limit_offset, expansion.limit_count = self._expansion_limit()
        if self.tok.kind == "RETURN":
            self.advance()
            expansion.projection = self.parse_expr()
        self.current_depth -= 1
        self.restore(saved)
        close = self.expect("]", ("]",))
        if quantified:
            message = "unexpected quantifier value found for array expansion operation."
            raise self.parse_error(message, close)

    def _expansion_limit(self) -> tuple[ast.Expr | None, ast.Expr | None]:
        if self.tok.kind != "LIMIT":
            return None, None
        self.advance()
        first = self.parse_expr()
        if self.tok.kind != ",":
            return None, first
        self.advance()
        return first, self.parse_expr()

    def _question(self, node: ast.Expr, chain: list[ast.Expansion]) -> ast.Expr:
        """``[? …]``: whether (some/all/none/n of) the elements match a FILTER."""
        open_tok = self.advance()
        levels = 0
        while self.tok.kind == "?":
            self.advance()
            levels += 1
        saved = self.nested()
        self.current_depth += 1
        quantifier: str | tuple[ast.Expr, ast.Expr | None] = "ANY"
        condition: ast.Expr | None = None
        if self.tok.kind == "FILTER":
            self.advance()
            condition = self.parse_expr()
        elif self.tok.kind != "]":
            quantifier, condition = self._array_filter()
        self.current_depth -= 1
        self.restore(saved)
        self.expect("]", ("]",))
        if chain and levels == 1:
            inner = chain[-1]
            source = inner.projection or ast.Current(line=open_tok.line, column=open_tok.col)
            inner.projection = ast.ArrayQuestion(
                obj=source,
                quantifier=quantifier,
                filter=condition,
                line=open_tok.line,
                column=open_tok.col,
            )
            return node
        chain.clear()
        return ast.ArrayQuestion(
            obj=node, quantifier=quantifier, filter=condition, line=node.line, column=node.column
        )

    def _array_filter(self) -> tuple[str | tuple[ast.Expr, ast.Expr | None], ast.Expr]:
        """``ALL|ANY|NONE FILTER c``, ``AT LEAST (n) FILTER c`` or ``n[..m] FILTER c``."""
        kind = self.tok.kind
        if kind in ("ALL", "ANY", "NONE"):
            self.advance()
            self.expect("FILTER", _QUANTIFIER_EXPECT)
            return kind, self.parse_expr()
        if kind == "AT LEAST":
            self.advance()
            self.expect("(", ("(",))
            minimum = self.parse_expr()
            self.expect(")")
            self.expect("FILTER", _QUANTIFIER_EXPECT)
            return (minimum, None), self.parse_expr()
        count = self.parse_expr()
        self.expect("FILTER")
        bounds = (count.low, count.high) if isinstance(count, ast.Range) else (count, count)
        return bounds, self.parse_expr()
