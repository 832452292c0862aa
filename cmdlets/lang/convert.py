"""PowerShell's conversions: to string, to bool, to numbers and dates.

The culture is en-US (what the Lync documentation shows): dates print as
`9/25/2012 1:35:03 PM` and US date strings such as "9/1/2011" parse.
"""
from __future__ import annotations

import math
import re
from datetime import datetime, timedelta
from decimal import Decimal
from typing import Any

from .numbers import format_decimal, format_single

from .values import (AUTOMATION_NULL, Hashtable, PSCustomObject, ScriptBlockValue,
                     SwitchValue, view_of)


class ConversionError(Exception):
    """A value could not be converted; the message is PowerShell's."""


def format_datetime(value: datetime) -> str:
    """en-US general date/time: M/d/yyyy h:mm:ss tt."""
    hour = value.hour % 12 or 12
    ampm = "AM" if value.hour < 12 else "PM"
    return f"{value.month}/{value.day}/{value.year} {hour}:{value.minute:02d}:{value.second:02d} {ampm}"


def invariant_datetime(value: datetime) -> str:
    """A DateTime as PowerShell's conversion writes it: the invariant culture's
    MM/dd/yyyy HH:mm:ss (ToString() and the display keep the en-US form)."""
    return (f"{value.month:02d}/{value.day:02d}/{value.year:04d} "
            f"{value.hour:02d}:{value.minute:02d}:{value.second:02d}")


def format_timespan(value: timedelta) -> str:
    """[TimeSpan] as .NET prints it: [-][d.]hh:mm:ss[.fffffff]."""
    total_ticks = round(value.total_seconds() * 10_000_000)
    sign = "-" if total_ticks < 0 else ""
    total_ticks = abs(total_ticks)
    seconds, ticks = divmod(total_ticks, 10_000_000)
    minutes, sec = divmod(seconds, 60)
    hours, minute = divmod(minutes, 60)
    days, hour = divmod(hours, 24)
    text = f"{sign}{days}." if days else sign
    text += f"{hour:02d}:{minute:02d}:{sec:02d}"
    if ticks:
        text += f".{ticks:07d}"
    return text


def format_double(value: float) -> str:
    """A double as PowerShell prints it: 15 significant digits ("G15")."""
    if math.isnan(value):
        return "NaN"
    if math.isinf(value):
        return "Infinity" if value > 0 else "-Infinity"
    if value == int(value) and abs(value) < 1e15:
        return str(int(value))
    text = f"{value:.15g}"
    if "e" in text:
        mantissa, exponent = text.split("e")
        sign = exponent[0]
        digits = exponent[1:].lstrip("0").rjust(2, "0")
        text = f"{mantissa}E{sign}{digits}"
    return text


def to_string(value: Any, ofs: str = " ") -> str:
    """[string]$value (also how "$value" expands inside a double-quoted string)."""
    if value is None or value is AUTOMATION_NULL:
        return ""
    if isinstance(value, str):
        return value
    if isinstance(value, bool):
        return "True" if value else "False"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        if value in _INFINITIES:
            # ToString() in the current culture (en-US under ICU): "∞"; ps_string keeps the
            # invariant culture's "Infinity" for [string], "$x" and -join.
            return "\u221e" if value > 0 else "-\u221e"
        return format_double(value) if type(value) is float else format_single(value)
    if type(value) is Decimal:
        return format_decimal(value)
    if isinstance(value, datetime):
        return format_datetime(value)
    if isinstance(value, timedelta):
        return format_timespan(value)
    if isinstance(value, (list, tuple)):
        return ofs.join(to_string(v, ofs) for v in value)
    if isinstance(value, SwitchValue):
        return "True" if value.is_present else "False"
    if isinstance(value, ScriptBlockValue):
        return value.text
    if isinstance(value, PSCustomObject):
        inner = "; ".join(f"{k}={to_string(v, ofs)}" for k, v in value.items())
        return "@{" + inner + "}"
    if isinstance(value, Hashtable):
        return "System.Collections.Hashtable"
    view = view_of(value)
    if view is not None:
        if view.to_string is not None:
            return view.to_string(value)
        return view.type_names[0]
    return str(value)


def ps_string(value: Any, ofs: str = " ") -> str:
    """LanguagePrimitives' conversion to string, which uses the invariant culture:
    `[string]$d`, `"$d"`, `'x' + $d`, `-join`. `to_string` stays the object's own
    ToString() text, which the formatter shows in tables and lists."""
    if type(value) is str:
        return value
    if isinstance(value, datetime):
        return invariant_datetime(value)
    if isinstance(value, (list, tuple)):
        return ofs.join(ps_string(v, ofs) for v in value)
    if isinstance(value, float) and value in _INFINITIES:
        return "Infinity" if value > 0 else "-Infinity"
    return to_string(value, ofs)


_INFINITIES = (math.inf, -math.inf)


def to_bool(value: Any) -> bool:
    """PowerShell truthiness (about_Booleans)."""
    if value is None or value is AUTOMATION_NULL:
        return False
    if isinstance(value, bool):
        return value
    if isinstance(value, (int, float, Decimal)):
        return value != 0
    if isinstance(value, str):
        return len(value) > 0
    if isinstance(value, (list, tuple)):
        if len(value) == 0:
            return False
        if len(value) == 1:
            return to_bool(value[0])
        return True
    if isinstance(value, SwitchValue):
        return value.is_present
    return True


_INT_RE = re.compile(r"^\s*[+-]?\d+\s*$")
_HEX_RE = re.compile(r"^\s*([+-]?)0x([0-9a-f]+)\s*$", re.IGNORECASE)


def to_number(value: Any, target: str = "number") -> int | float:
    """Convert for arithmetic or numeric comparison; raises ConversionError."""
    if isinstance(value, bool):
        return int(value)
    if isinstance(value, (int, float)):
        return value
    if value is None or value is AUTOMATION_NULL:
        return 0
    if isinstance(value, str):
        text = value.strip()
        if text == "":
            return 0
        if _INT_RE.match(text):
            return int(text)
        hex_match = _HEX_RE.match(text)
        if hex_match:
            number = int(hex_match.group(2), 16)
            return -number if hex_match.group(1) == "-" else number
        try:
            return float(text.replace(",", ""))
        except ValueError:
            pass
    type_name = "System.Int32" if target == "int" else "System.Double" if target == "double" else "System.Int32"
    raise ConversionError(f'Cannot convert value "{to_string(value)}" to type "{type_name}". '
                          f'Error: "The input string \'{to_string(value)}\' was not in a correct format."')


def to_int(value: Any) -> int:
    """[int]$value: reals round half to even, as .NET does."""
    number = to_number(value, "int")
    if isinstance(number, float):
        if math.isnan(number) or math.isinf(number):
            raise ConversionError(f'Cannot convert value "{to_string(value)}" to type "System.Int32".')
        return round(number)  # Python's round is banker's rounding, like .NET
    return number


_US_DATE = re.compile(
    r"^\s*(\d{1,2})/(\d{1,2})/(\d{4})"
    r"(?:\s+(\d{1,2}):(\d{2})(?::(\d{2}))?\s*([AaPp][Mm])?)?\s*$")
_ISO_DATE = re.compile(r"^\s*(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2}))?)?\s*$")


def to_datetime(value: Any) -> datetime:
    """[datetime]$value: accepts datetimes and en-US or ISO date strings."""
    if isinstance(value, datetime):
        return value
    if isinstance(value, str):
        us = _US_DATE.match(value)
        if us:
            month, day, year, hour, minute, second, ampm = us.groups()
            h = int(hour or 0)
            if ampm:
                h = h % 12 + (12 if ampm.lower() == "pm" else 0)
            try:
                return datetime(int(year), int(month), int(day), h, int(minute or 0), int(second or 0))
            except ValueError:
                pass
        iso = _ISO_DATE.match(value)
        if iso:
            year, month, day, hour, minute, second = iso.groups()
            try:
                return datetime(int(year), int(month), int(day), int(hour or 0),
                                int(minute or 0), int(second or 0))
            except ValueError:
                pass
    raise ConversionError(f'Cannot convert value "{to_string(value)}" to type "System.DateTime". '
                          f'Error: "String \'{to_string(value)}\' was not recognized as a valid DateTime."')
