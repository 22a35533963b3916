"""Counting attempts in the cache (shared across processes when REDIS_URL is set).

The caller's address is only ever a key in the cache, hashed with the secret key and the day, and
expires with the window: nothing about an anonymous person is stored in the database.
"""

import hashlib

from django.conf import settings
from django.core.cache import cache
from django.utils import timezone


def client_key(request) -> str:
    address = request.META.get("REMOTE_ADDR", "")
    salt = f"{settings.SECRET_KEY}:{timezone.now():%Y-%m-%d}"
    return hashlib.sha256(f"{salt}:{address}".encode()).hexdigest()[:32]


def hit(scope: str, identity: str, limit: int, seconds: int) -> bool:
    """Count one attempt; False once the limit within the window is passed."""
    key = f"ratelimit:{scope}:{identity}"
    cache.add(key, 0, seconds)
    try:
        count = cache.incr(key)
    except ValueError:  # expired between add and incr
        cache.set(key, 1, seconds)
        count = 1
    return count <= limit


def exceeded(scope: str, identity: str, limit: int) -> bool:
    """True when the window's attempts have already reached the limit (nothing is counted)."""
    return (cache.get(f"ratelimit:{scope}:{identity}") or 0) >= limit


def reset(scope: str, identity: str):
    cache.delete(f"ratelimit:{scope}:{identity}")
