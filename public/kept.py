"""Public pages kept in the cache: the one way the public site keeps a rendered answer.

A public page reads the same for every anonymous reader at one address, but for two per-reader
values in its feedback form: the CSRF token and the feedback form's signed time token. A page is
rendered once per address (language, filters, page, `?also=`) and kept under a stamp
(directory.stamp) that changes whenever what it shows may change, and for at most a minute (an
"open now" line, "upcoming" events and names without a stamp of their own are at most that
late). Each reader's copy gets fresh values of the two tokens, so a kept page never carries
another reader's token, and the spam check's "too fast" still counts from when this reader
got the page.

Signed-in staff (a session cookie) and a reader with a message waiting get the page rendered
for them and never kept. A view that made a side effect a kept copy would skip (a search
recorded as unmet) sets `response.keep = False`.

Within a page, each service's result card (`kept_cards`) is kept too, under the same stamp and
minute: a search nobody has asked before still lists services that earlier pages showed, and
rendering 20 cards with their places, phones and hours was a third of such a search's time.
"""

from __future__ import annotations

import functools
import hashlib
import re

from django.conf import settings
from django.contrib.messages.storage.cookie import CookieStorage
from django.core.cache import cache, caches
from django.db.models import prefetch_related_objects
from django.http import HttpResponse
from django.middleware.csrf import get_token
from django.template.loader import render_to_string
from django.utils.safestring import mark_safe
from django.utils.translation import get_language

from coordination.feedback import form_token
from directory.browse import LANGUAGES, card_services
from directory.reach import ESSENTIALS_PREFETCH
from directory.stamp import SECONDS, minute
from directory.translation import reader_languages
from events.listing import calendar_stamp
from events.models import Event
from search.stamp import results_stamp

# The headers a kept answer brings back; everything else is added again on the way out
# (language, security policy, CSRF cookie).
HEADERS = ("Content-Type", "Content-Disposition")
# The per-reader values in a rendered page and how to make a fresh one for this reader.
FRESH = {
    b"csrf": (re.compile(rb'(name="csrfmiddlewaretoken" value=")[^"]*(")'), get_token),
    b"form-token": (re.compile(rb'(name="token" value=")[^"]*(")'), lambda request: form_token()),
}


def pages_stamp() -> str:
    """Every public page but search results: services, providers and their coming events (a
    service page lists its next dates, so the calendar's stamp is the pages' stamp)."""
    return calendar_stamp()


def search_stamp() -> str:
    """Search results: the above and the index and steering versions."""
    return results_stamp(Event)


def _may_keep(request) -> bool:
    return (
        request.method == "GET"
        and settings.SESSION_COOKIE_NAME not in request.COOKIES
        and CookieStorage.cookie_name not in request.COOKIES
    )


def _key(request, stamp: str) -> str:
    address = request.build_absolute_uri()
    digest = hashlib.sha256(f"{address}|{get_language()}|{stamp}|{minute()}".encode())
    return f"public:page:{digest.hexdigest()}"


def _marked(body: bytes) -> bytes:
    for name, (pattern, _fresh) in FRESH.items():
        body = pattern.sub(rb"\g<1>" + b"\x00" + name + b"\x00" + rb"\g<2>", body)
    return body


def _revived(request, body: bytes) -> bytes:
    for name, (_pattern, fresh) in FRESH.items():
        marker = b"\x00" + name + b"\x00"
        if marker in body:
            body = body.replace(marker, fresh(request).encode())
    return body


def kept(stamp):
    """Keep the view's 200 answers per address under `stamp()` (a directory.stamp function);
    the stamp read is left on `request.stamp` for the view's own kept parts."""

    def decorator(view):
        @functools.wraps(view)
        def wrapper(request, *args, **kwargs):
            request.stamp = stamp()
            if not _may_keep(request):
                return view(request, *args, **kwargs)
            key = _key(request, request.stamp)
            found = caches["pages"].get(key)
            if found is not None:
                body, headers = found
                response = HttpResponse(_revived(request, body))
                for name, value in headers.items():
                    response[name] = value
                return response
            response = view(request, *args, **kwargs)
            if (
                response.status_code == 200
                and not response.streaming
                and getattr(response, "keep", True)
            ):
                headers = {name: response[name] for name in HEADERS if response.has_header(name)}
                caches["pages"].set(key, (_marked(response.content), headers), SECONDS)
            return response

        return wrapper

    return decorator


CARD = "public/includes/service_card_body.html"


def kept_cards(request, services) -> list[str]:
    """The result card of each service (name, provider, summary, languages, how to reach it),
    in order, for a listing page under `kept`. Cards are kept per service in the shared cache
    (each worker's own memory where there is no Redis: the few hundred cards most
    shown); a card that is not kept is rendered, with its places, phones and hours fetched for
    the missing ones only. What a card says besides this (why a result, the network's
    recommendation) belongs to the page, not the card."""
    services = list(services)
    keep = _may_keep(request)
    base = f"{get_language()}|{','.join(reader_languages())}|{request.stamp}|{minute()}"
    keys = {service.pk: f"public:card:{service.pk}|{base}" for service in services}
    found = cache.get_many(list(keys.values())) if keep and services else {}
    missing = [service for service in services if keys[service.pk] not in found]
    if missing:
        if missing[0].get_deferred_fields() & {"name", "description"}:
            # The listing read only which services to show (search results, whose cards are
            # usually kept): the cards to render are read with what they show.
            missing = list(card_services().filter(pk__in=[s.pk for s in missing]))
        prefetch_related_objects(missing, LANGUAGES, *ESSENTIALS_PREFETCH)
        rendered = {keys[s.pk]: render_to_string(CARD, {"service": s}) for s in missing}
        if keep:
            cache.set_many(rendered, SECONDS)
        found.update(rendered)
    # Rendered by this template, escaped there; the cache holds only what it rendered.
    return [mark_safe(found[keys[service.pk]]) for service in services]
