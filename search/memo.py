"""A process's memo: values by key, least recently used first out, safe across threads. The
one way search remembers things per process (query and passage vectors, which vocabulary
labels a query names, what is kept under a results stamp)."""

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

    def get_or_put(self, key, make):
        """The value under `key`, or `make()`'s, remembered (make runs under the lock: keep it
        cheap; a value that takes long to compute is `get`, computed, then `put`)."""
        with self._lock:
            value = self._items.get(key)
            if value is None:
                value = make()
                self._put(key, value)
            else:
                self._items.move_to_end(key)
            return value

    def _put(self, key, value):
        self._items[key] = value
        self._items.move_to_end(key)
        while len(self._items) > self.size:
            self._items.popitem(last=False)
