"""Phone numbers: checked, written and dialled one way everywhere (Google's libphonenumber)."""

from __future__ import annotations

import phonenumbers
from django.conf import settings

# HSDS 3.0 phone types.
TYPES = ("voice", "text", "fax", "cell", "video", "pager", "textphone")


def _parse(text: str):
    text = (text or "").strip().strip("\"'")
    try:
        return phonenumbers.parse(text, settings.PHONE_DEFAULT_COUNTRY)
    except phonenumbers.NumberParseException:
        return None


def is_valid(text: str) -> bool:
    number = _parse(text)
    return number is not None and phonenumbers.is_valid_number(number)


def international(text: str) -> str:
    """The number as people read it (+358 40 1234567); unreadable text as it was."""
    number = _parse(text)
    if number is None or not phonenumbers.is_possible_number(number):
        return (text or "").strip()
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.INTERNATIONAL)


def tel_uri(text: str, extension=None) -> str:
    """A tel: link (RFC 3966) that dials the number, with its extension when there is one."""
    number = _parse(text)
    if number is None or not phonenumbers.is_possible_number(number):
        uri = "tel:" + "".join(c for c in (text or "") if c.isdigit() or c == "+")
    else:
        uri = "tel:" + phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)
    if extension:
        uri += f";ext={extension}"
    return uri
