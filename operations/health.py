"""/healthz: the process answers. /readyz: it can do its work — the database answers and has
every migration, the cache answers, and the search model and index are loaded — so a load
balancer sends it traffic. Both are plain, unauthenticated and say nothing secret."""

from __future__ import annotations

import time

from django.core.cache import cache
from django.db import DEFAULT_DB_ALIAS, connections
from django.db.migrations.executor import MigrationExecutor
from django.http import HttpResponse, JsonResponse
from django.views.decorators.cache import never_cache

# Once every migration is applied, a process need not look again for this long.
_MIGRATIONS_CHECKED_FOR = 60.0
_migrations_ok_until = 0.0


def database() -> str:
    connection = connections[DEFAULT_DB_ALIAS]
    try:
        connection.ensure_connection()
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
    except Exception as error:  # noqa: BLE001 - any failure means not ready
        # Django closes the broken connection when the request ends.
        return f"unavailable: {type(error).__name__}"
    return "ok"


def migrations() -> str:
    global _migrations_ok_until
    if time.monotonic() < _migrations_ok_until:
        return "ok"
    connection = connections[DEFAULT_DB_ALIAS]
    executor = MigrationExecutor(connection)
    plan = executor.migration_plan(executor.loader.graph.leaf_nodes())
    if plan:
        return f"{len(plan)} not applied"
    _migrations_ok_until = time.monotonic() + _MIGRATIONS_CHECKED_FOR
    return "ok"


def cache_check() -> str:
    try:
        cache.set("readyz", "ok", 10)
        return "ok" if cache.get("readyz") == "ok" else "not answering"
    except Exception as error:  # noqa: BLE001
        return f"unavailable: {type(error).__name__}"


def search() -> str:
    from search.warm import loaded

    return "ok" if loaded() else "model or index not loaded"


def healthz(request):
    return HttpResponse("ok\n", content_type="text/plain")


@never_cache
def readyz(request):
    checks = {"database": database()}
    checks["migrations"] = migrations() if checks["database"] == "ok" else "unknown"
    checks["cache"] = cache_check()
    checks["search"] = search()
    ready = all(value == "ok" for value in checks.values())
    return JsonResponse({"ready": ready, "checks": checks}, status=200 if ready else 503)
