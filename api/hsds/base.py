"""What every /api/hsds/ endpoint shares: open to anyone (CORS), read-only, the language of
the response, and HSDS pages."""

from __future__ import annotations

import json
import math

from django.conf import settings
from django.http import StreamingHttpResponse
from django.utils import translation
from django.utils.cache import patch_vary_headers
from django.utils.translation import gettext as _
from django.utils.translation.trans_real import parse_accept_lang_header
from rest_framework.exceptions import NotFound, ValidationError
from rest_framework.negotiation import DefaultContentNegotiation
from rest_framework.permissions import AllowAny
from rest_framework.renderers import JSONRenderer
from rest_framework.response import Response
from rest_framework.views import APIView

from api.fields import unknown_language
from api.hsds.presenters import Presenter
from directory.translation import configured_language

DEFAULT_PER_PAGE = 50
MAX_PER_PAGE = 200


def requested_language(request) -> str:
    """`?lang=` first, then the Accept-Language header, then the site's default language."""
    asked = request.query_params.get("lang")
    if asked:
        code = configured_language(asked)
        if code is None:
            raise ValidationError({"lang": unknown_language(asked)})
        return code
    for tag, _quality in parse_accept_lang_header(request.headers.get("Accept-Language", "")):
        if tag == "*":
            break
        code = configured_language(tag)
        if code:
            return code
    return settings.LANGUAGE_CODE


def flag(request, name: str) -> bool:
    return request.query_params.get(name, "").lower() in ("true", "1", "yes")


def positive_int(request, name: str, default: int, maximum: int | None = None) -> int:
    text = request.query_params.get(name)
    if text in (None, ""):
        return default
    try:
        value = int(text)
    except ValueError:
        value = 0
    if value < 1 or (maximum and value > maximum):
        if maximum:
            message = _("“%(value)s” is not a whole number from 1 to %(max)d.")
        else:
            message = _("“%(value)s” is not a whole number of 1 or more.")
        raise ValidationError({name: message % {"value": text, "max": maximum}})
    return value


class JsonOnly(DefaultContentNegotiation):
    """HSDS gives `format` its own meaning (json or ndjson); DRF must not read it as a renderer
    choice."""

    def select_renderer(self, request, renderers, format_suffix=None):
        return renderers[0], renderers[0].media_type


class HsdsView(APIView):
    """Public and read-only: no authentication, no CSRF, any origin may read."""

    authentication_classes = []
    permission_classes = [AllowAny]
    renderer_classes = [JSONRenderer]
    content_negotiation_class = JsonOnly
    http_method_names = ["get", "head", "options"]

    def initial(self, request, *args, **kwargs):
        super().initial(request, *args, **kwargs)
        self.language = requested_language(request)
        # Errors (a page past the last, a bad per_page) speak the language asked for too.
        translation.activate(self.language)
        self.presenter = Presenter(
            self.language, translations=request.query_params.get("translations") == "all"
        )

    def finalize_response(self, request, response, *args, **kwargs):
        response = super().finalize_response(request, response, *args, **kwargs)
        response["Access-Control-Allow-Origin"] = "*"
        response["Access-Control-Allow-Methods"] = "GET, HEAD, OPTIONS"
        response["Access-Control-Allow-Headers"] = "Accept, Accept-Language"
        if getattr(self, "language", None):
            response["Content-Language"] = self.language
        patch_vary_headers(response, ["Accept-Language"])
        return response

    def paginated(self, request, items, present):
        """One HSDS page of `items` (a queryset or list), or every item as ndjson."""
        if request.query_params.get("format", "json") == "ndjson":
            return StreamingHttpResponse(
                (json.dumps(present(item), ensure_ascii=False) + "\n" for item in items),
                content_type="application/x-ndjson",
            )
        if request.query_params.get("format", "json") != "json":
            raise ValidationError({"format": _("Use format=json or format=ndjson.")})
        per_page = positive_int(request, "per_page", DEFAULT_PER_PAGE, MAX_PER_PAGE)
        page = positive_int(request, "page", 1)
        total = (
            items.count() if hasattr(items, "count") and not isinstance(items, list) else len(items)
        )
        pages = max(1, math.ceil(total / per_page))
        if page > pages:
            # Checked before slicing: a page number far past the end must not reach the query.
            raise NotFound(
                _("There is no page %(page)d; the last page is %(pages)d.")
                % {"page": page, "pages": pages}
            )
        contents = [present(item) for item in items[(page - 1) * per_page : page * per_page]]
        return Response(
            {
                "total_items": total,
                "total_pages": pages,
                "page_number": page,
                "size": len(contents),
                "first_page": page == 1,
                "last_page": page >= pages,
                "empty": total == 0,
                "contents": contents,
            }
        )
