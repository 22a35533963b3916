"""The shared caches that keep public pages (public/kept.py), made cheaper per call.

`RedisCache`: Django's Redis cache, with one Redis client per connection pool instead of one
per call.

Django's `RedisCacheClient.get_client` makes a new `redis.Redis` for every cache operation, and
a client's construction (its table of about 170 response callbacks) cost about a third of a
millisecond, as much as the round trip to Redis itself: on a kept public page (public/kept.py),
a tenth of the whole request. A client is safe to share between threads and keeps no
connection of its own (the pool does, and makes new ones in a forked process).

`FileBasedCache`: Django's file cache (one machine without Redis), which checks its size
before every write by listing the whole directory: with the pages of a few thousand new
searches kept, the listing was a quarter of a new search page's time (py-spy on the workers
under load), and it grows with the directory. Here each process checks at
most once every CHECK_SECONDS; between checks the directory may grow past MAX_ENTRIES by
the pages written meanwhile, and the check cuts it down as Django's does.
"""

from __future__ import annotations

import time

from django.core.cache.backends import filebased, redis


class _Client(redis.RedisCacheClient):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self._clients = {}

    def get_client(self, key=None, *, write=False):
        pool = self._get_connection_pool(write)
        client = self._clients.get(id(pool))
        if client is None:
            client = self._clients[id(pool)] = self._client(connection_pool=pool)
        return client


class RedisCache(redis.RedisCache):
    def __init__(self, server, params):
        super().__init__(server, params)
        self._class = _Client


class FileBasedCache(filebased.FileBasedCache):
    CHECK_SECONDS = 10.0

    def __init__(self, location, params):
        super().__init__(location, params)
        self._checked = -self.CHECK_SECONDS

    def _cull(self):
        now = time.monotonic()
        if now - self._checked < self.CHECK_SECONDS:
            return
        self._checked = now
        super()._cull()
