"""AQL parser: query text → :class:`arangolite.aql.ast.Query`, as ArangoDB 3.12 parses it.

Usage::

    from arangolite.aql.parser import parse
    query = parse("FOR u IN users FILTER u.age > 21 RETURN u.name")

Syntax errors raise :class:`arangolite.errors.AqlError` 1501 with ArangoDB's
message (``syntax error, unexpected … near '…' at position line:column``); an
empty query raises 1502; a variable declared twice 1511. Names are not
resolved: a bare identifier is an :class:`ast.Name` for the compiler to decide.
"""

from __future__ import annotations

from arangolite import errno
from arangolite.aql import ast
from arangolite.aql.lexer import Token
from arangolite.aql.parser_base import MAIN, MODIFICATIONS, QUERY_START, SUBQUERY
from arangolite.aql.parser_collect import CollectParser
from arangolite.aql.values import to_bool
from arangolite.errors import AqlError

__all__ = ["Parser", "parse"]

_WITH_EXPECT = ("identifier", "bind parameter", "bind data source parameter")
_COLLECTION_EXPECT = ("identifier", "quoted string", "bind data source parameter")
_UPSERT_EXPECT = ("FILTER declaration", "bind parameter", "bind data source parameter", "{")
_SORT_LITERALS = {"STRING", "INT", "DOUBLE", "NULL", "TRUE", "FALSE"}


def parse(text: str) -> ast.Query:
    """Parse one AQL query (raises :class:`AqlError` 1501/1502/1510/1511/1512/1574/1575)."""
    if not text:
        raise AqlError(errno.QUERY_EMPTY, "query is empty", code=400)
    return Parser(text).parse_query()


class Parser(CollectParser):
    """Statements and whole queries."""

    def parse_query(self) -> ast.Query:
        """``[WITH collections] operations`` up to the end of the text."""
        first = self.tok
        collections: list[str] = []
        if first.kind == "WITH":
            self.advance()
            collections = self._with_collections()
        query = self.parse_query_body()
        if self.tok.kind != "EOF":
            raise self.syntax_error(("end of query string",))
        query.with_collections = collections
        query.line, query.column = first.line, first.col
        return query

    def _with_collections(self) -> list[str]:
        names = [self._with_collection()]
        while True:
            if self.tok.kind == ",":
                self.advance()
            elif self.tok.kind not in ("IDENT", "PARAM", "DSPARAM"):
                return names
            names.append(self._with_collection())

    def _with_collection(self) -> str:
        """A collection name; bind parameters are kept as written (``@p``, ``@@p``)."""
        tok = self.tok
        if tok.kind == "IDENT":
            name = str(tok.value)
        elif tok.kind == "PARAM":
            name = "@" + tok.value
        elif tok.kind == "DSPARAM":
            name = "@@" + tok.value
        else:
            raise self.syntax_error(_WITH_EXPECT)
        self.advance()
        return name

    def parse_query_body(self) -> ast.Query:
        """Operations up to the final RETURN or data modification."""
        first = self.tok
        statements: list[ast.Statement] = []
        while True:
            kind = self.tok.kind
            if kind == "RETURN":
                statements.append(self._return())
                break
            if kind in MODIFICATIONS:
                statements.append(self._modification())
                if self.tok.kind not in QUERY_START:
                    self.scopes.end_nested()
                    break
            elif kind == "LET":
                statements.extend(self._let())
            elif kind in QUERY_START:
                statements.append(self._operation(kind))
            else:
                raise self.syntax_error()
        return ast.Query(statements=statements, line=first.line, column=first.col)

    def _operation(self, kind: str) -> ast.Statement:
        if kind == "FOR":
            return self.parse_for()
        if kind == "COLLECT":
            return self.parse_collect()
        if kind == "WINDOW":
            return self.parse_window()
        if kind == "SORT":
            return self._sort()
        tok = self.advance()
        if kind == "FILTER":
            return ast.Filter(condition=self.parse_expr(), line=tok.line, column=tok.col)
        first = self.parse_expr()  # LIMIT
        if self.tok.kind != ",":
            return ast.Limit(count=first, line=tok.line, column=tok.col)
        self.advance()
        return ast.Limit(count=self.parse_expr(), offset=first, line=tok.line, column=tok.col)

    def _let(self) -> list[ast.Statement]:
        """``LET a = expr, b = expr`` (each variable declared after its expression)."""
        tok = self.advance()
        lets: list[ast.Statement] = []
        while True:
            variable = self.expect_ident()
            self.expect("=", ("assignment",))
            expr = self.parse_expr()
            self.declare(variable.value)
            lets.append(ast.Let(variable=variable.value, expr=expr, line=tok.line, column=tok.col))
            if self.tok.kind != ",":
                return lets
            self.advance()
            tok = self.tok

    def _return(self) -> ast.Return:
        tok = self.advance()
        distinct = self.tok.kind == "DISTINCT"
        if distinct:
            modifier = self.advance()
            if self.scopes.kind() in (MAIN, SUBQUERY):
                message = "cannot use DISTINCT modifier on top-level query element"
                raise self.parse_error(message, modifier)
        expr = self.parse_expr()
        self.scopes.end_nested()
        return ast.Return(expr=expr, distinct=distinct, line=tok.line, column=tok.col)

    def _sort(self) -> ast.Sort:
        tok = self.advance()
        elements = [self._sort_element()]
        while self.tok.kind == ",":
            self.advance()
            elements.append(self._sort_element())
        return ast.Sort(elements=elements, line=tok.line, column=tok.col)

    def _sort_element(self) -> ast.SortElement:
        """``expr [ASC|DESC|literal|@param]``; a literal direction is resolved here."""
        first = self.tok
        expr = self.parse_expr()
        tok = self.tok
        ascending, direction = True, None
        if tok.kind in ("ASC", "DESC"):
            self.advance()
            ascending = tok.kind == "ASC"
        elif tok.kind in _SORT_LITERALS:
            self.advance()
            value = {"NULL": None, "TRUE": True, "FALSE": False}.get(tok.kind, tok.value)
            if isinstance(value, str) and value.upper() in ("ASC", "DESC"):
                ascending = value.upper() == "ASC"
            else:
                ascending = to_bool(value)
        elif tok.kind in ("PARAM", "DSPARAM"):
            self.advance()
            direction = ast.BindParam(
                name=tok.value, collection=tok.kind == "DSPARAM", line=tok.line, column=tok.col
            )
        return ast.SortElement(
            expr=expr, ascending=ascending, direction=direction, line=first.line, column=first.col
        )

    # ------------------------------------------------------------------ data modification

    def _modification(self) -> ast.Statement:
        tok = self.advance()
        kind = tok.kind
        if kind == "UPSERT":
            return self._upsert(tok)
        document = self._operand()
        key = None
        if kind in ("UPDATE", "REPLACE") and self.tok.kind == "WITH":
            self.advance()
            key, document = document, self._operand()
        collection = self._in_collection()
        options = self.parse_options()
        line, column = tok.line, tok.col
        if kind == "INSERT":
            return ast.Insert(
                document=document, collection=collection, options=options, line=line, column=column
            )
        if kind == "REMOVE":
            return ast.Remove(
                key=document, collection=collection, options=options, line=line, column=column
            )
        return ast.Update(
            key=key,
            document=document,
            collection=collection,
            options=options,
            replace=kind == "REPLACE",
            line=line,
            column=column,
        )

    def _operand(self) -> ast.Expr:
        """The expression before ``IN|INTO collection`` (where ``IN name`` is not an operator)."""
        self.in_modification = True
        expr = self.parse_expr()
        self.in_modification = False
        return expr

    def _in_collection(self) -> ast.Expr:
        if self.tok.kind not in ("IN", "INTO"):
            raise self.syntax_error()
        keyword = self.advance()
        tok = self.tok
        collection: ast.Expr
        if tok.kind == "IDENT":
            collection = ast.Name(name=tok.value, line=tok.line, column=tok.col)
        elif tok.kind == "STRING":
            collection = ast.Literal(value=tok.value, line=tok.line, column=tok.col)
        elif tok.kind == "DSPARAM":
            collection = ast.BindParam(
                name=tok.value, collection=True, line=tok.line, column=tok.col
            )
        else:
            raise self.syntax_error(_COLLECTION_EXPECT if keyword.kind == "INTO" else ())
        self.advance()
        return collection

    def _upsert(self, tok: Token) -> ast.Upsert:
        """``UPSERT {example}|@p|FILTER cond INSERT doc UPDATE|REPLACE doc IN collection``."""
        first = self.tok
        search: ast.Expr
        search_filter = first.kind == "FILTER"
        if search_filter:
            self.advance()
            self.scopes.start(SUBQUERY)
            self.current_depth += 1
            search = self.parse_expr()
            self.current_depth -= 1
            self.scopes.end_subquery()
        elif first.kind == "{":
            search = self.parse_object()
        elif first.kind in ("PARAM", "DSPARAM"):
            self.advance()
            search = ast.BindParam(
                name=first.value,
                collection=first.kind == "DSPARAM",
                line=first.line,
                column=first.col,
            )
        else:
            raise self.syntax_error(_UPSERT_EXPECT)
        self.expect("INSERT", () if search_filter else ("INSERT command",))
        insert = self.parse_expr()
        if self.tok.kind not in ("UPDATE", "REPLACE"):
            raise self.syntax_error()
        replace = self.advance().kind == "REPLACE"
        update = self._operand()
        collection = self._in_collection()
        options = self.parse_options()
        return ast.Upsert(
            search=search,
            insert=insert,
            update=update,
            collection=collection,
            replace=replace,
            options=options,
            search_filter=search_filter,
            line=tok.line,
            column=tok.col,
        )
