"""The ProcessKG knowledge graph: schema, connection, typed store and AQL.

Nothing in this package reads the environment or imports the web layer: callers
build a :class:`graph.connection.ArangoConfig` and pass it in.
"""
