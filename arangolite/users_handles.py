"""Who opened which cursor, stream transaction or async job.

ArangoDB only lets the user who created a cursor, stream transaction or async
job use it; ids are ticks and easy to guess, so the REST layer remembers the
owner of each (a bounded table: the oldest entries are forgotten first, by
which time the handles have long expired).
"""

from __future__ import annotations

from collections import OrderedDict

CURSOR, TRANSACTION, JOB = "cursor", "transaction", "job"
DEFAULT_LIMIT = 10_000


class HandleOwners:
    """Owners of handles by kind and id.

    Args:
        limit: how many handles to remember.
    """

    def __init__(self, limit: int = DEFAULT_LIMIT) -> None:
        self.limit = limit
        self._owners: OrderedDict[tuple[str, str], str] = OrderedDict()

    def __len__(self) -> int:
        return len(self._owners)

    def remember(self, kind: str, handle: str, user: str) -> None:
        self._owners[(kind, handle)] = user
        while len(self._owners) > self.limit:
            self._owners.popitem(last=False)

    def forget(self, kind: str, handle: str) -> None:
        self._owners.pop((kind, handle), None)

    def allowed(self, kind: str, handle: str, user: str | None) -> bool:
        """Whether ``user`` may use the handle (unknown handles are left to their registry)."""
        owner = self._owners.get((kind, handle))
        return owner is None or owner == user
