"""The Redis cache that the app servers share for kept pages (milestone/cache.py)."""

import os
import time

import pytest
import redis

from milestone.cache import RedisCache

URL = os.getenv("TEST_REDIS_URL", "redis://127.0.0.1:6379/15")


@pytest.fixture
def shared_cache():
    try:
        redis.Redis.from_url(URL, socket_connect_timeout=1).ping()
    except redis.ConnectionError:
        pytest.skip(f"no Redis at {URL}")
    cache = RedisCache(URL, {"KEY_PREFIX": f"test-cache-{os.getpid()}"})
    yield cache
    # Not clear(): that empties the whole Redis database, other test processes' keys too.
    cache.delete_many(["public:page:a", "anything"])


def test_a_kept_page_is_read_back_by_another_process_and_dropped_when_deleted(shared_cache):
    page = (b"<html>" + b"x" * 16_000, {"Content-Type": "text/html; charset=utf-8"})
    shared_cache.set("public:page:a", page, 60)
    # Another worker: its own cache object on the same Redis.
    other = RedisCache(URL, {"KEY_PREFIX": shared_cache.key_prefix})
    assert other.get("public:page:a") == page
    other.delete("public:page:a")
    assert shared_cache.get("public:page:a") is None


def test_one_redis_client_serves_every_call(shared_cache):
    shared_cache.get("anything")
    client = shared_cache._cache.get_client()
    shared_cache.set("anything", 1, 60)
    assert shared_cache._cache.get_client() is client
    assert shared_cache._cache.get_client(write=True) is client


# One machine without Redis keeps pages in files (settings: PAGE_CACHE_DIR).


def test_a_full_file_cache_is_cut_down_without_listing_its_files_on_every_write(tmp_path):
    from unittest import mock

    from milestone.cache import FileBasedCache

    files = FileBasedCache(str(tmp_path), {"OPTIONS": {"MAX_ENTRIES": 30}})
    listings = mock.patch.object(files, "_list_cache_files", wraps=files._list_cache_files)
    with listings as listed:
        for number in range(60):
            files.set(f"page-{number}", b"x", 60)
        # Sixty new pages, one look at the directory: the first write's.
        assert listed.call_count == 1
        assert len(list(tmp_path.iterdir())) == 60
        with mock.patch("milestone.cache.time.monotonic", return_value=time.monotonic() + 11):
            files.set("page-60", b"x", 60)
        assert listed.call_count == 2
    # Django's rule: a third of the entries go when the cache is over its size.
    assert len(list(tmp_path.iterdir())) == 61 - 20
    assert files.get("page-60") == b"x"
