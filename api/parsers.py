"""The JSON request parser of every API: the body's size is checked before it is read whole
(settings.API_MAX_BODY_BYTES, or a view's own `max_body_bytes`), and its nesting is bounded
(interchange.safejson), so no body costs more than a few milliseconds to refuse."""

from django.conf import settings
from django.template.defaultfilters import filesizeformat
from django.utils.translation import gettext as _
from rest_framework import status
from rest_framework.exceptions import APIException, ParseError
from rest_framework.parsers import JSONParser

from interchange import safejson


class BodyTooLarge(APIException):
    status_code = status.HTTP_413_REQUEST_ENTITY_TOO_LARGE
    default_code = "body_too_large"


def body_limit(view) -> int:
    return getattr(view, "max_body_bytes", None) or settings.API_MAX_BODY_BYTES


class BoundedJSONParser(JSONParser):
    def parse(self, stream, media_type=None, parser_context=None):
        parser_context = parser_context or {}
        limit = body_limit(parser_context.get("view"))
        request = parser_context.get("request")
        declared = request.META.get("CONTENT_LENGTH") if request is not None else None
        try:
            declared = int(declared or 0)
        except ValueError:
            declared = 0
        data = b"" if declared > limit else stream.read(limit + 1)
        if declared > limit or len(data) > limit:
            raise BodyTooLarge(
                _("The request body is larger than %(limit)s; send less.")
                % {"limit": filesizeformat(limit)}
            )
        encoding = parser_context.get("encoding", settings.DEFAULT_CHARSET)
        try:
            text = data.decode(encoding)
        except (UnicodeDecodeError, LookupError):
            raise ParseError(_("The request body is not UTF-8 text.")) from None
        try:
            return safejson.loads(text)
        except safejson.UnsafeJson as error:
            raise ParseError(str(error)) from None
