"""AQL: lexer, parser, compiler and executor.

Entry points used by the REST layer (``/_api/cursor``, ``/_api/query``,
``/_api/explain``) live in :mod:`arangolite.aql.service`:

``execute(db, query, bind_vars, options, transaction=None, user=None) -> QueryResult``
    Parse (cached), compile and run a query. Runs in ``transaction`` when given
    (a stream transaction), otherwise in an implicit transaction that commits
    when the query succeeds and aborts when it fails (all or nothing).
``parse(query) -> dict``
    ``{"parsed": True, "collections": [...], "bindVars": [...], "ast": [...]}``
    or raises :class:`arangolite.errors.AqlError` (1501 with line:column).
``explain(db, query, bind_vars, options) -> dict``
    A plan-shaped answer (``plan``, ``warnings``, ``stats``, ``cacheable``).
"""
