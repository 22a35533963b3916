"""How every API answers an exception: DRF's handler, but a record that is not there is named
in the reader's language. Django's get_object_or_404 says "No GoodPractice matches the given
query." in English whatever the Accept-Language, with a class name the reader never sees."""

from django.http import Http404
from django.utils.translation import gettext as _
from rest_framework.exceptions import NotFound
from rest_framework.views import exception_handler as drf_exception_handler


def exception_handler(exc, context):
    if isinstance(exc, Http404):
        key = next(iter((context.get("kwargs") or {}).values()), None)
        exc = NotFound(_("No record has the id “%(id)s”.") % {"id": key} if key else None)
    return drf_exception_handler(exc, context)
