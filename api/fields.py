"""Request fields every API shares: lists checked for length before their items, and language
tags mapped onto the configured languages by the domain's one rule."""

from django.utils.translation import gettext as _
from rest_framework import serializers

from directory.translation import configured_language, configured_languages


def unknown_language(tag: str) -> str:
    return _("Unknown language “%(code)s”; use one of: %(codes)s.") % {
        "code": tag,
        "codes": ", ".join(configured_languages()),
    }


class LanguageField(serializers.CharField):
    """A BCP 47 tag (``zh``, ``zh-CN``, ``ar-SA``), read as a configured language code."""

    def __init__(self, **kwargs):
        kwargs.setdefault("max_length", 35)  # the longest tags BCP 47 advises to support
        super().__init__(**kwargs)

    def to_internal_value(self, data):
        tag = super().to_internal_value(data)
        code = configured_language(tag)
        if code is None:
            raise serializers.ValidationError(unknown_language(tag))
        return code


class BoundedListField(serializers.ListField):
    """A list refused by its length before any item is checked: 200,000 wrong items cost one
    message, not 200,000."""

    def __init__(self, **kwargs):
        if "max_length" not in kwargs:
            raise TypeError("BoundedListField needs max_length")
        super().__init__(**kwargs)

    def to_internal_value(self, data):
        if isinstance(data, list | tuple) and len(data) > self.max_length:
            raise serializers.ValidationError(
                _("Send at most %(max)d items.") % {"max": self.max_length}
            )
        return super().to_internal_value(data)
