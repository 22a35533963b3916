"""The site shell's tags: the language switcher and the hreflang alternates."""

from django import template
from django.conf import settings
from django.core.exceptions import DisallowedHost
from django.utils import translation

register = template.Library()

MAX_KEPT_QUERY = 600


def path_without_language(full_path: str) -> str:
    """The same page without its language prefix: the address that sends each reader to their
    own language (LocaleMiddleware reads Accept-Language). Query string kept."""
    languages = {c for c, _name in settings.LANGUAGES}
    path, _sep, query = full_path.partition("?")
    first, _slash, rest = path.lstrip("/").partition("/")
    if first not in languages:
        rest = path.lstrip("/")
    # Keep filters and the query; an oversized query string (27 copies in every page) is not
    # worth keeping.
    return f"/{rest}?{query}" if query and len(query) <= MAX_KEPT_QUERY else f"/{rest}"


def path_in_language(full_path: str, code: str) -> str:
    """The same page under another language prefix (query string kept)."""
    return f"/{code}{path_without_language(full_path)}"


def _origin(request) -> str:
    try:
        return request.build_absolute_uri("/").rstrip("/")
    except DisallowedHost:
        # The 400 page for a forged Host header must not fail on that header again.
        return ""


@register.simple_tag(takes_context=True)
def language_links(context):
    """One entry per configured language: its own name, its code, and this page in it."""
    request = context.get("request")
    full_path = request.get_full_path() if request else "/"
    origin = _origin(request) if request else ""
    current = translation.get_language()
    links = []
    for code, _name in settings.LANGUAGES:
        info = translation.get_language_info(code)
        path = path_in_language(full_path, code)
        links.append(
            {
                "code": code,
                "name": info["name_local"],
                "path": path,
                "url": origin + path,
                "current": code == current,
                "dir": "rtl" if info["bidi"] else "ltr",
            }
        )
    return links


@register.simple_tag(takes_context=True)
def default_alternate(context):
    """The hreflang="x-default" address: this page without a language, which redirects by the
    browser's languages, as Google asks of pages that choose the language for the reader."""
    request = context.get("request")
    if request is None:
        return "/"
    return _origin(request) + path_without_language(request.get_full_path())
