"""A process's memo: values by key, least recently used first out, safe across threads. The
one way search remembers things per process (query and passage vectors, the label words within
a typo of a query's words, what is kept under a results stamp). A value of None is not kept."""

from __future__ import annotations

import threading
from collections import OrderedDict


class Memo:
    def __init__(self, size: int):
        self.size = size
        self._items: OrderedDict = OrderedDict()
        self._lock = threading.Lock()

    def get(self, key):
        with self._lock:
            value = self._items.get(key)
            if value is not None:
                self._items.move_to_end(key)
            return value

    def put(self, key, value):
        with self._lock:
            self._put(key, value)

    def remember(self, key, compute):
        """The value under `key`, or `compute()`'s, remembered. `compute` runs outside the lock
        (two threads may both compute a missing value; the last one stays)."""
        value = self.get(key)
        if value is None:
            value = compute()
            self.put(key, value)
        return value

    def clear(self):
        with self._lock:
            self._items.clear()

    def _put(self, key, value):
        self._items[key] = value
        self._items.move_to_end(key)
        while len(self._items) > self.size:
            self._items.popitem(last=False)
