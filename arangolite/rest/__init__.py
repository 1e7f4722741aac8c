"""arangolite's ArangoDB-compatible REST layer.

:class:`arangolite.rest.dispatcher.Dispatcher` routes every request to the
handler modules (``*_api.py``), one per API area.
"""
