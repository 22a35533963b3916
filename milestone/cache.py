"""Django's Redis cache, with one Redis client per connection pool instead of one per call.

Django's `RedisCacheClient.get_client` makes a new `redis.Redis` for every cache operation, and
a client's construction (its table of about 170 response callbacks) cost about a third of a
millisecond, as much as the round trip to Redis itself: on a kept public page (public/kept.py),
a tenth of the whole request. A client is safe to share between threads and keeps no
connection of its own (the pool does, and makes new ones in a forked process).
"""

from __future__ import annotations

from django.core.cache.backends import redis


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
