"""Counting attempts in the cache (shared across processes when REDIS_URL is set).

The caller's address is only ever a key in the cache, hashed with the secret key and the day, and
expires with the window: nothing about an anonymous person is stored in the database.

Behind reverse proxies the address is read from X-Forwarded-For, but only through the proxies
named in settings.TRUSTED_PROXIES (django-ipware checks the chain): otherwise every caller would
share the proxy's address, or could write any address they like into the header.
"""

import hashlib
import time
from types import SimpleNamespace

from django.conf import settings
from django.core.cache import cache
from django.utils import timezone
from ipware import get_client_ip


def client_address(request) -> str:
    """The caller's address: REMOTE_ADDR, or the address the trusted proxies received from."""
    remote = request.META.get("REMOTE_ADDR", "")
    proxies = list(getattr(settings, "TRUSTED_PROXIES", []))
    if not proxies:
        return remote
    forwarded = request.META.get("HTTP_X_FORWARDED_FOR", "")
    # The whole path, client first: what the proxies wrote, then the proxy that called us. The
    # trailing hops must be the trusted proxies, in order; the hop before them is the client.
    chain = f"{forwarded}, {remote}" if forwarded.strip() else remote
    address, _routable = get_client_ip(
        SimpleNamespace(META={"HTTP_X_FORWARDED_FOR": chain}),
        proxy_trusted_ips=proxies,
        request_header_order=["HTTP_X_FORWARDED_FOR"],
        strict=False,
    )
    return address or remote


def client_key(request) -> str:
    address = client_address(request)
    salt = f"{settings.SECRET_KEY}:{timezone.now():%Y-%m-%d}"
    return hashlib.sha256(f"{salt}:{address}".encode()).hexdigest()[:32]


def _key(scope: str, identity: str) -> str:
    # Usernames may hold characters memcached-style keys refuse; a digest is always a valid key.
    digest = hashlib.sha256(identity.encode()).hexdigest()[:32]
    return f"ratelimit:{scope}:{digest}"


def hit(scope: str, identity: str, limit: int, seconds: int) -> bool:
    """Count one attempt; False once the limit within the window is passed."""
    return count(scope, identity, seconds) <= limit


def count(scope: str, identity: str, seconds: int) -> int:
    """Count one attempt and return how many the window holds now."""
    key = _key(scope, identity)
    cache.add(key, 0, seconds)
    try:
        return cache.incr(key)
    except ValueError:  # expired between add and incr
        cache.set(key, 1, seconds)
        return 1


def exceeded(scope: str, identity: str, limit: int) -> bool:
    """True when the window's attempts have already reached the limit (nothing is counted)."""
    return (cache.get(_key(scope, identity)) or 0) >= limit


def reset(scope: str, identity: str):
    cache.delete(_key(scope, identity))


def now() -> float:
    return time.time()


def slow_down(scope: str, identity: str, seconds: float, window: int):
    """Refuse attempts for `identity` until `seconds` from now (see `must_wait`)."""
    cache.set(_key(f"{scope}-until", identity), now() + seconds, window)


def must_wait(scope: str, identity: str) -> int:
    """Whole seconds still to wait before the next attempt (0: go ahead)."""
    until = cache.get(_key(f"{scope}-until", identity)) or 0
    return max(0, int(until - now() + 0.999))
