"""JSON from outside (uploaded files, API request bodies), read with bounded nesting.

Python's parser recurses once per level: a body of 100,000 "[" ends in RecursionError, and an
object nested a few hundred levels deep costs every later step that walks it. No HSDS record or
API body needs more than a handful of levels, so anything deeper than MAX_DEPTH is refused
with a message, like any other malformed JSON.
"""

from __future__ import annotations

import json

from django.utils.translation import gettext as _

MAX_DEPTH = 32


class UnsafeJson(ValueError):
    """The text is not JSON we read; the message says why, in the active language."""


def _no_constants(name):
    raise UnsafeJson(_("“%(name)s” is not a JSON value; write a number or null.") % {"name": name})


def loads(text: str, max_depth: int = MAX_DEPTH):
    try:
        value = json.loads(text, parse_constant=_no_constants)
    except json.JSONDecodeError as error:
        raise UnsafeJson(
            _("The JSON is malformed at line %(line)d, column %(column)d: %(message)s")
            % {"line": error.lineno, "column": error.colno, "message": error.msg}
        ) from None
    except RecursionError:
        value = None
        depth = max_depth + 1
    else:
        depth = _depth(value, max_depth)
    if depth > max_depth:
        raise UnsafeJson(
            _("The JSON is nested more than %(depth)d levels deep; flatten it.")
            % {"depth": max_depth}
        )
    return value


def _depth(value, limit: int) -> int:
    """How deep `value` nests, counting no further than limit + 1 (without recursion)."""
    deepest = 0
    stack = [(value, 1)]
    while stack:
        item, level = stack.pop()
        if isinstance(item, dict):
            children = item.values()
        elif isinstance(item, list):
            children = item
        else:
            continue
        deepest = max(deepest, level)
        if level > limit:
            return level
        stack.extend((child, level + 1) for child in children if isinstance(child, dict | list))
    return deepest
