"""How one value becomes the text of a table cell, list value or wide item.

Mirrors PSObjectHelper.SmartToString / GetObjectName / FormatField: collections
print as `{a, b, c}` cut after $FormatEnumerationLimit items with `…`, $null
items inside a collection print as `$null`, and (PowerShell 7.3+) a floating
point value in a table built from properties prints with the "F" format
(two decimals in en-US).
"""
from __future__ import annotations

import math
import re
from datetime import datetime, timedelta
from decimal import ROUND_HALF_UP, Decimal
from typing import Any

from lyncshell.cmdlets.lang.convert import to_string
from lyncshell.cmdlets.lang.values import (AUTOMATION_NULL, DictionaryEntry, Hashtable,
                                           PSCustomObject, get_member, property_names,
                                           view_of)

from .cells import ELLIPSIS

DEFAULT_ENUMERATION_LIMIT = 4  # $FormatEnumerationLimit


# A hashtable entry as the formatter sees it is the DictionaryEntry that
# `$h.GetEnumerator()` gives (one class, one TypeView: Name, Key, Value).
DictEntry = DictionaryEntry


def is_scalar(value: Any) -> bool:
    """PowerShell's DefaultScalarTypes (printed with ToString, never as a table)."""
    return isinstance(value, (str, bool, int, float, Decimal))


def is_right_aligned(value: Any) -> bool:
    """Column alignment from the first object's value: numbers and booleans right."""
    return isinstance(value, (bool, int, float, Decimal)) and not isinstance(value, str)


def format_fixed(value: float) -> str:
    """double.ToString("F") in en-US: two decimals, midpoint away from zero."""
    if math.isnan(value):
        return "NaN"
    if math.isinf(value):
        return "\u221e" if value > 0 else "-\u221e"
    return f"{Decimal(value).quantize(Decimal('0.01'), rounding=ROUND_HALF_UP):f}"


_DISPLAY_NAME_PATTERNS = ("name", "id", "key", "*key", "*name", "*id")


def _display_name_value(value: Any) -> tuple[bool, Any]:
    """GetDisplayName: the first property matching name/id/key/*key/*name/*id."""
    names = _member_names(value)
    for pattern in _DISPLAY_NAME_PATTERNS:
        for name in names:
            if wildcard_match(pattern, name):
                return True, get_member(value, name)
    return False, None


def _member_names(value: Any) -> list[str]:
    if isinstance(value, Hashtable):
        # the hashtable adapter exposes keys as properties
        return [k for k in value.keys() if isinstance(k, str)]
    return property_names(value)


def display_name(value: Any) -> str:
    """What Format-Wide shows by default, and how a collection item is named."""
    found, got = _display_name_value(value)
    return to_string(got) if found else to_string(value)


def object_name(item: Any) -> str:
    """One element of a collection inside a cell (GetObjectName)."""
    if item is None or item is AUTOMATION_NULL:
        return "$null"
    if isinstance(item, (str, bool, int, float, datetime, timedelta, PSCustomObject)):
        return to_string(item)
    view = view_of(item)
    if view is not None and view.to_string is not None and not isinstance(item, DictEntry):
        return view.to_string(item)
    if view is not None or isinstance(item, (Hashtable, list, tuple)):
        found, got = _display_name_value(item)
        if found:
            return to_string(got)
        return to_string(item)   # a nested array: its elements joined by spaces (PowerShell 7)
    return to_string(item)


def _items_of(value: Any):
    if isinstance(value, Hashtable):
        return iter(value.entries())   # DictionaryEntry, or KeyValuePair for a Dictionary[K,V]
    return iter(value)


def smart_to_string(value: Any, enumeration_limit: int = DEFAULT_ENUMERATION_LIMIT,
                    table: bool = False) -> str:
    """A property value as a cell / list value."""
    if value is None or value is AUTOMATION_NULL:
        return ""
    if isinstance(value, (list, tuple, Hashtable)):
        parts: list[str] = []
        count = 0
        truncated = False
        for item in _items_of(value):
            if enumeration_limit >= 0:
                if count == enumeration_limit:
                    truncated = True
                    break
                count += 1
            parts.append(object_name(item))
        return "{" + ", ".join(parts) + (ELLIPSIS if truncated else "") + "}"
    if table and isinstance(value, float):
        return format_fixed(value)
    return to_string(value)


def long_datetime(value: datetime) -> str:
    """DateTime's DateTime property in en-US: long date plus long time (or only one of
    them for Get-Date -DisplayHint Date / Time)."""
    hour = value.hour % 12 or 12
    ampm = "AM" if value.hour < 12 else "PM"
    date = f"{value.strftime('%A')}, {value.strftime('%B')} {value.day}, {value.year}"
    time = f"{hour}:{value.minute:02d}:{value.second:02d} {ampm}"
    hint = getattr(value, "display_hint", "DateTime")
    if hint == "Date":
        return date
    if hint == "Time":
        return time
    return f"{date} {time}"


# ------------------------------------------------------------------ wildcards

_WILDCARD_CACHE: dict[str, re.Pattern[str]] = {}


def has_wildcard(pattern: str) -> bool:
    return any(c in pattern for c in "*?[")


def wildcard_match(pattern: str, text: str) -> bool:
    """PowerShell -like matching, case-insensitive (`*`, `?`, `[abc]`, `[a-z]`)."""
    rx = _WILDCARD_CACHE.get(pattern)
    if rx is None:
        out = []
        i = 0
        while i < len(pattern):
            c = pattern[i]
            if c == "`" and i + 1 < len(pattern):
                out.append(re.escape(pattern[i + 1]))
                i += 2
                continue
            if c == "*":
                out.append(".*")
            elif c == "?":
                out.append(".")
            elif c == "[":
                end = pattern.find("]", i + 1)
                if end < 0:
                    out.append(re.escape(c))
                else:
                    out.append("[" + pattern[i + 1:end].replace("\\", "\\\\") + "]")
                    i = end
            else:
                out.append(re.escape(c))
            i += 1
        rx = re.compile("".join(out) + r"\Z", re.IGNORECASE | re.DOTALL)
        _WILDCARD_CACHE[pattern] = rx
    return rx.match(text) is not None
