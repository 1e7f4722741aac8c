"""FOR operations: loops over arrays/collections/views, traversals and path searches."""

from __future__ import annotations

from arangolite import errno
from arangolite.aql import ast
from arangolite.aql.lexer import Token
from arangolite.aql.parser_base import DIRECTIONS, FOR, is_constant, walk
from arangolite.aql.parser_expr import ExprParser

_PATH_KINDS = ("SHORTEST_PATH", "K_SHORTEST_PATHS", "ALL_SHORTEST_PATHS")
_PATH_VARIABLES = {
    "SHORTEST_PATH": (2, "SHORTEST_PATH must have one or two return variables"),
    "K_SHORTEST_PATHS": (1, "K_SHORTEST_PATHS only has one return variable"),
    "K_PATHS": (1, "K_PATHS only has one return variable"),
    "ALL_SHORTEST_PATHS": (1, "ALL_SHORTEST_PATHS only has one return variable"),
}
_BIND_EXPECT = ("identifier", "bind parameter", "bind data source parameter")
_GRAPH_EXPECT = ("identifier", "quoted string", "bind parameter", "bind data source parameter")


class ForParser(ExprParser):
    """``FOR`` in all its forms, and the ``OPTIONS {…}`` clause shared by operations."""

    def parse_for(self) -> ast.Statement:
        for_tok = self.advance()
        names = [self.expect_ident().value]
        while self.tok.kind == ",":
            self.advance()
            names.append(self.expect_ident().value)
        self.expect("IN", ("IN keyword",))
        if self.tok.kind in DIRECTIONS:
            return self._graph(for_tok, names, None, self.tok)
        first = self.tok
        self.graph_context = True
        expr = self.parse_expr()
        self.graph_context = False
        if self.tok.kind in DIRECTIONS:
            return self._graph(for_tok, names, expr, first)
        return self._loop(for_tok, names, expr)

    def _loop(self, for_tok: Token, names: list[str], expr: ast.Expr) -> ast.For:
        """``FOR x IN expr [SEARCH cond] [OPTIONS {…}]``."""
        if len(names) != 1:
            message = "Collections and views FOR loops only allow a single return variable"
            raise self.parse_error(message, for_tok)
        searchable = self._is_data_source(expr)
        self.scopes.start(FOR)
        self.declare(names[0])
        search = options = None
        if self.tok.kind == "IDENT":
            word = self.advance().value
            first = self.parse_expr()
            if self.tok.kind == "IDENT":
                second = self.advance().value
                options = self.parse_expr()
                if word.upper() != "SEARCH" or second.upper() != "OPTIONS":
                    raise self.qualifier_error(word, "'SEARCH' and 'OPTIONS'")
                search = first
                self.check_options(options, self.tok)
            elif word.upper() == "SEARCH":
                search = first
            else:
                if word.upper() != "OPTIONS":
                    raise self.qualifier_error(word, "'SEARCH' or 'OPTIONS'")
                self.check_options(first, self.tok)
                options = first
        if search is not None and not searchable:
            raise self.parse_error("SEARCH condition used on non-view")
        return ast.For(
            variable=names[0],
            expr=expr,
            search=search,
            options=options,
            line=for_tok.line,
            column=for_tok.col,
        )

    def _is_data_source(self, expr: ast.Expr) -> bool:
        if isinstance(expr, ast.Name):
            return not self.scopes.exists(expr.name)
        return isinstance(expr, ast.BindParam) and expr.collection

    def _graph(
        self, for_tok: Token, names: list[str], depth: ast.Expr | None, first: Token
    ) -> ast.Statement:
        direction_tok = self.advance()
        if self.tok.kind == "K_PATHS" or (self.tok.kind in _PATH_KINDS and depth is None):
            return self._path_search(for_tok, names, direction_tok, depth, first)
        self.graph_context = True
        start = self.parse_expr()
        self.graph_context = False
        source = self.parse_graph_subject()
        if not 1 <= len(names) <= 3:
            message = "Traversals only have one, two or three return variables"
            raise self.parse_error(message, for_tok)
        self.scopes.start(FOR)
        for name in names:
            self.declare(name)
        prune, options = self._prune_and_options()
        if prune is not None and any(isinstance(n, ast.Subquery) for n in walk(prune)):
            raise self.parse_error("PRUNE condition must not use a subquery")
        low, high = self.depth_bounds(depth, direction_tok)
        return ast.Traversal(
            vertex_var=names[0],
            edge_var=names[1] if len(names) > 1 else None,
            path_var=names[2] if len(names) > 2 else None,
            min_depth=low,
            max_depth=high,
            direction=direction_tok.kind,  # type: ignore[arg-type]
            start=start,
            source=source,
            prune=prune,
            options=options,
            line=for_tok.line,
            column=for_tok.col,
        )

    def depth_bounds(self, depth: ast.Expr | None, tok: Token) -> tuple[ast.Expr, ast.Expr]:
        """``min..max`` → (min, max); ``n`` → (n, n); nothing → (1, 1)."""
        if depth is None:
            return ast.Literal(value=1, line=tok.line, column=tok.col), ast.Literal(
                value=1, line=tok.line, column=tok.col
            )
        if isinstance(depth, ast.Range):
            return depth.low, depth.high
        return depth, depth

    def _path_search(
        self,
        for_tok: Token,
        names: list[str],
        direction_tok: Token,
        depth: ast.Expr | None,
        first: Token,
    ) -> ast.PathSearch:
        kind = self.advance().kind
        start = self.parse_expr()
        separator = self.expect("IDENT")
        self.graph_context = True
        target = self.parse_expr()
        self.graph_context = False
        source = self.parse_graph_subject()
        options = self.parse_options()
        if separator.value.upper() != "TO":
            raise self.qualifier_error(separator.value, "'TO'", first)
        most, message = _PATH_VARIABLES[kind]
        if len(names) > most:
            raise self.parse_error(message, for_tok)
        self.scopes.start(FOR)
        for name in names:
            self.declare(name)
        low = high = None
        if kind == "K_PATHS":
            low, high = self.depth_bounds(depth, direction_tok)
        return ast.PathSearch(
            kind=kind,  # type: ignore[arg-type]
            vertex_var=names[0],
            edge_var=names[1] if len(names) > 1 else None,
            direction=direction_tok.kind,  # type: ignore[arg-type]
            start=start,
            target=target,
            source=source,
            min_depth=low,
            max_depth=high,
            options=options,
            line=for_tok.line,
            column=for_tok.col,
        )

    def parse_graph_subject(self) -> ast.GraphSource:
        """``GRAPH name`` or a list of edge collections, each with an optional direction."""
        first = self.tok
        if first.kind == "GRAPH":
            self.advance()
            tok = self.tok
            graph: ast.Expr
            if tok.kind in ("PARAM", "DSPARAM"):
                graph = ast.BindParam(
                    name=tok.value, collection=tok.kind == "DSPARAM", line=tok.line, column=tok.col
                )
            elif tok.kind in ("IDENT", "STRING"):
                graph = ast.Literal(value=tok.value, line=tok.line, column=tok.col)
            else:
                raise self.syntax_error(_GRAPH_EXPECT)
            self.advance()
            return ast.GraphSource(graph=graph, line=first.line, column=first.col)
        collections = [self._graph_collection()]
        while self.tok.kind == ",":
            self.advance()
            collections.append(self._graph_collection())
        return ast.GraphSource(edge_collections=collections, line=first.line, column=first.col)

    def _graph_collection(self) -> tuple[ast.Direction | None, ast.Expr]:
        direction = None
        if self.tok.kind in DIRECTIONS:
            direction = self.advance().kind
        tok = self.tok
        collection: ast.Expr
        if tok.kind == "IDENT":
            collection = ast.Name(name=tok.value, line=tok.line, column=tok.col)
        elif tok.kind in ("PARAM", "DSPARAM"):
            collection = ast.BindParam(
                name=tok.value, collection=tok.kind == "DSPARAM", line=tok.line, column=tok.col
            )
        else:
            raise self.syntax_error(_BIND_EXPECT if direction else ())
        self.advance()
        return direction, collection  # type: ignore[return-value]

    def _prune_and_options(self) -> tuple[ast.Prune | None, ast.Expr | None]:
        """``[PRUNE [var =] cond] [OPTIONS {…}]`` after a traversal."""
        if self.tok.kind != "IDENT":
            return None, None
        word_tok = self.advance()
        word = word_tok.value.upper()
        variable = None
        if self.tok.kind == "IDENT" and self.peek().kind == "=":
            variable = self.advance().value
            self.advance()
        condition = self.parse_expr()
        if variable is not None:
            self.declare(variable)
        prune = ast.Prune(
            condition=condition, variable=variable, line=word_tok.line, column=word_tok.col
        )
        if self.tok.kind == "IDENT":
            second = self.advance()
            if self.tok.kind != "{":
                raise self.syntax_error(("{",))
            options = self.parse_object()
            if word != "PRUNE":
                raise self.qualifier_error(word_tok.value, "'PRUNE'", self.prev)
            if second.value.upper() != "OPTIONS":
                raise self.qualifier_error(second.value, "'OPTIONS'", self.prev)
            self.check_options(options, self.prev)
            return prune, options
        if word == "PRUNE":
            return prune, None
        if word != "OPTIONS":
            raise self.qualifier_error(word_tok.value, "'PRUNE' or 'OPTIONS'")
        self.check_options(condition, self.tok)
        return None, condition

    # ------------------------------------------------------------------ OPTIONS

    def parse_options(self) -> ast.ObjectLit | None:
        """``OPTIONS {…}`` after an operation (any other word is an error)."""
        if self.tok.kind != "IDENT":
            return None
        word = self.advance()
        if self.tok.kind != "{":
            raise self.syntax_error(("{",))
        options = self.parse_object()
        if word.value.upper() != "OPTIONS":
            raise self.qualifier_error(word.value, "'OPTIONS'", self.prev)
        self.check_options(options, self.prev)
        return options

    def check_options(self, node: ast.Expr, tok: Token) -> None:
        """OPTIONS must be an object known at compile time (1501 / 1575)."""
        if not isinstance(node, (ast.ObjectLit, ast.BindParam)):
            raise self.parse_error("'OPTIONS' have to be an object", tok)
        if not is_constant(node):
            message = "'OPTIONS' have to be known at query compile time"
            raise self.error_at(tok, errno.QUERY_COMPILE_TIME_OPTIONS, message)
