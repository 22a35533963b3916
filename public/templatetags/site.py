"""The site shell's tags: the language switcher, the hreflang alternates, and the reader's own
second language (`?also=`), which every link of the page carries on."""

from urllib.parse import urlencode

from django import template
from django.conf import settings
from django.core.exceptions import DisallowedHost
from django.utils import translation

from directory.translation import TranslatedText, fallback_chain, reader_languages

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


def with_reader(url: str, also=None) -> str:
    """`url` carrying the reader's second languages (those of this request unless `also` is
    given; an empty list drops them)."""
    also = reader_languages() if also is None else also
    path, _sep, query = str(url).partition("?")
    params = [p for p in query.split("&") if p and not p.startswith("also=")]
    if also:
        params.append(urlencode({"also": ",".join(also)}))
    return path + ("?" + "&".join(params) if params else "")


@register.filter(name="keep_reader")
def keep_reader(url):
    """{% url 'public:service' pk as link %}{{ link|keep_reader }}: the link keeps `?also=`."""
    return with_reader(url)


@register.simple_tag(name="reader_query")
def reader_query():
    """The reader's second languages as a query-string item, for forms' hidden inputs."""
    return ",".join(reader_languages())


@register.inclusion_tag("public/includes/other_languages.html", takes_context=True)
def other_languages(context, *values):
    """The "show in another language" control: every language the page's texts (`values`) are
    written in, each one click away as the reader's second language. With no values, every
    configured language is offered."""
    request = context.get("request")
    full_path = request.get_full_path() if request else "/"
    current = translation.get_language()
    written = []
    for value in values:
        for code in TranslatedText(value).languages:
            if code not in written:
                written.append(code)
    if not values:
        written = [code for code, _name in settings.LANGUAGES]
    also = list(reader_languages())
    # Where some text fell back, a choice sets the reader's second language and keeps the
    # page's; where nothing did, it opens the page in that language.
    fell_back = (
        not values
        or current not in written
        or any(TranslatedText(v).get(current).fell_back for v in values)
    )
    shown = next((c for c in fallback_chain(current)[1:] if c in written), None)
    shown = shown if fell_back else None
    options = []
    for code in written:
        if code == current:
            continue
        info = translation.get_language_info(code)
        options.append(
            {
                "code": code,
                "name": info["name_local"],
                "dir": "rtl" if info["bidi"] else "ltr",
                "url": with_reader(full_path, [code])
                if fell_back
                else path_in_language(full_path, code),
                "current": code == shown,
            }
        )
    return {
        "options": options,
        "also": also,
        "reset_url": with_reader(full_path, []),
        "shown": shown,
    }
