"""Reading PTV's open API v11 (no credentials needed for reads).

Every request has a timeout; a 429 or a 5xx is retried with exponential backoff (PTV's
Retry-After honoured), as are timeouts and refused connections; anything else is an error that
says what failed. Lists are paged by PTV (`pageNumber`, `pageCount`, `itemList`, which is null
rather than [] when empty); `pages()` walks them one page at a time so a large municipality is
never held in memory whole.
"""

from __future__ import annotations

import json
import time
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Iterator

from django.conf import settings
from django.utils.translation import gettext as _

# PTV's `.../list?guids=` endpoints take at most this many ids per request.
GUIDS_PER_REQUEST = 100


class PtvError(Exception):
    """PTV answered, but not with what the sync needs; the message says what to do."""


class PtvUnreachable(PtvError):
    """PTV could not be reached (or kept failing) after every retry."""


class NotFound(PtvError):
    pass


class PtvClient:
    def __init__(
        self,
        base_url: str | None = None,
        *,
        timeout: float | None = None,
        retries: int | None = None,
        backoff: float | None = None,
        sleep=time.sleep,
    ):
        self.base_url = (base_url or settings.PTV_API_URL).rstrip("/") + "/"
        self.timeout = settings.PTV_TIMEOUT if timeout is None else timeout
        self.retries = settings.PTV_RETRIES if retries is None else retries
        self.backoff = settings.PTV_BACKOFF if backoff is None else backoff
        self.sleep = sleep
        self.requests = 0  # made, retries included: the benchmark and tests read it

    def get(self, path: str, params: dict | None = None):
        query = urllib.parse.urlencode({k: v for k, v in (params or {}).items() if v is not None})
        url = self.base_url + path.lstrip("/") + (f"?{query}" if query else "")
        request = urllib.request.Request(  # noqa: S310 - the configured https/http API address
            url, headers={"Accept": "application/json", "User-Agent": "MILEstone-Hub-PTV-sync"}
        )
        problem, wait = "", 0.0
        for attempt in range(self.retries + 1):
            if attempt:
                self.sleep(wait)
            self.requests += 1
            wait = self.backoff * 2**attempt
            try:
                with urllib.request.urlopen(request, timeout=self.timeout) as response:  # noqa: S310
                    return json.loads(response.read())
            except urllib.error.HTTPError as error:
                if error.code == 404:
                    raise NotFound(url) from error
                if error.code != 429 and error.code < 500:
                    raise PtvError(
                        _("PTV refused the request %(url)s (HTTP %(status)d).")
                        % {"url": url, "status": error.code}
                    ) from error
                problem = f"HTTP {error.code}"
                wait = max(wait, _retry_after(error.headers.get("Retry-After")))
            except TimeoutError:
                problem = _("no answer within %(seconds)s seconds") % {"seconds": self.timeout}
            except urllib.error.URLError as error:
                problem = str(error.reason)
            except (ConnectionError, json.JSONDecodeError) as error:
                problem = str(error)
        raise PtvUnreachable(
            _(
                "PTV could not be reached at %(url)s (%(problem)s, %(tries)d tries). Nothing "
                "more was changed; check PTV_API_URL and the network, then run the sync again."
            )
            % {"url": self.base_url, "problem": problem, "tries": self.retries + 1}
        )

    def pages(self, path: str, params: dict | None = None) -> Iterator[tuple[list, int, int]]:
        """(items, page number, page count) for every page of a paged list."""
        page = 1
        while True:
            data = self.get(path, {**(params or {}), "page": page}) or {}
            count = int(data.get("pageCount") or 1)
            yield data.get("itemList") or [], page, count
            if page >= count:
                return
            page += 1

    def services_in_municipality(self, code: str):
        return self.pages(
            f"Service/list/area/Municipality/code/{code}", {"includeWholeCountry": "false"}
        )

    def channels_in_municipality(self, code: str):
        return self.pages(f"ServiceChannel/list/area/Municipality/code/{code}")

    def by_ids(self, kind: str, ids) -> Iterator[dict]:
        """Full records of `kind` (Service, ServiceChannel, Organization) for the ids; ids
        PTV does not know are left out (it answers 404 when it knows none of a batch)."""
        ids = list(ids)
        for start in range(0, len(ids), GUIDS_PER_REQUEST):
            batch = ids[start : start + GUIDS_PER_REQUEST]
            try:
                found = self.get(f"{kind}/list", {"guids": ",".join(batch)})
            except NotFound:
                continue
            if isinstance(found, dict):  # some list endpoints wrap the records
                found = found.get("itemList") or []
            yield from found or []


def _retry_after(value) -> float:
    try:
        return min(float(value), 60.0)
    except (TypeError, ValueError):
        return 0.0
