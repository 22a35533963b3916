"""One cell's text: how a model value is written, how a cell is read back, and the safety rules
every file format shares (spreadsheet formulas, encodings)."""

from __future__ import annotations

import codecs
import datetime
import re
import uuid
from decimal import Decimal

from django.db import models
from django.utils import timezone

# A spreadsheet treats a cell starting with one of = + - @ as a formula (CSV injection), also
# after leading spaces, tabs or line breaks, which some spreadsheets skip; a leading tab or
# carriage return is itself a known way to smuggle one in.
_FORMULA_LIKE = re.compile(r"^(?:[ \t\r\n]*[=+\-@]|[\t\r])")
_ESCAPED = re.compile(r"^'+(?:[ \t\r\n]*[=+\-@]|[\t\r])")
_FORMULA = re.compile(r"^[ \t\r\n]*=")


def is_formula(text: str) -> bool:
    """A cell a spreadsheet would compute ("=SUM(A1)", " =1+1", "\t=cmd|…"): refused on import.
    A leading + - or @ alone is ordinary text there (phone numbers, negative numbers)."""
    return bool(_FORMULA.match(text))


def neutralise(text: str) -> str:
    """Prefix a formula-like cell with an apostrophe so a spreadsheet shows it as text.
    Already-escaped text gets one more apostrophe, so that `restore` is its exact inverse."""
    if _FORMULA_LIKE.match(text) or _ESCAPED.match(text):
        return "'" + text
    return text


def restore(text: str) -> str:
    if _ESCAPED.match(text):
        return text[1:]
    return text


def format_value(value) -> str:
    """A model value as the text of one cell."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, datetime.datetime):
        value = value.astimezone(datetime.UTC) if timezone.is_aware(value) else value
        return value.isoformat().replace("+00:00", "Z")
    if isinstance(value, datetime.date | datetime.time):
        return value.isoformat()
    if isinstance(value, Decimal):
        text = format(value.normalize(), "f")
        return text
    if isinstance(value, uuid.UUID):
        return str(value)
    return str(value)


def parse_value(field: models.Field, text: str):
    """The model value of one cell's text; raises django ValidationError when it does not fit."""
    text = text.strip()
    if isinstance(field, models.BooleanField):
        lowered = text.lower()
        if lowered in ("true", "1", "yes"):
            return True
        if lowered in ("false", "0", "no", ""):
            return False
    if text == "":
        if field.null:
            return None
        return ""
    if isinstance(field, models.DateTimeField):
        text = text.replace("Z", "+00:00")
    if isinstance(field, models.IntegerField) and re.fullmatch(r"-?\d+\.0+", text):
        text = text.split(".")[0]
    return field.to_python(text)


def detect_encoding(data: bytes) -> str:
    """A best guess at a non-UTF-8 file's encoding, for the error message."""
    if data.startswith((codecs.BOM_UTF32_LE, codecs.BOM_UTF32_BE)):
        return "UTF-32"
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return "UTF-16"
    sample = data[:4000]
    if sample and sample.count(b"\x00") > len(sample) // 4:
        return "UTF-16"
    try:
        sample.decode("cp1252")
    except UnicodeDecodeError:
        return "ISO-8859-1 (Latin-1)"
    return "Windows-1252 (Western European)"


def decode_text(data: bytes) -> str:
    """UTF-8 text, with or without a byte-order mark; UnicodeError names the detected encoding."""
    if data.startswith(codecs.BOM_UTF8):
        data = data[len(codecs.BOM_UTF8) :]
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as error:
        raise WrongEncoding(detect_encoding(data)) from error


class WrongEncoding(ValueError):
    def __init__(self, encoding: str):
        super().__init__(encoding)
        self.encoding = encoding
