"""PowerShell number literals (powershell-facts 1.5, about_Numeric_Literals): decimal,
real, hex, binary, type suffixes and kb/mb/gb/tb/pb multipliers. `parse_number`
returns the value or None when the text is not a number.

A literal keeps its .NET type: `5L` is an Int64, `5uy` a Byte, `3000000000` an
Int64. The grammar imports nothing of ours, so the classes that carry those types
are handed in by the shell (`use_literal_types`, called from shell/statics.py);
until then a plain Python int stands in for each of them.
"""
from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from decimal import Decimal, InvalidOperation
from typing import Any

_NUMBER_RE = re.compile(
    r"(?P<sign>[-\u2013\u2014\u2015+]?)"
    r"(?:0[xX](?P<hex>[0-9a-fA-F]+)|0[bB](?P<bin>[01]+)"
    r"|(?P<dec>(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][-+\u2013\u2014\u2015]?\d+)?))"
    r"(?P<suf>[uU][lLsSyY]?|[lLdDnNsSyY])?"
    r"(?P<mult>[kKmMgGtTpP][bB])?\Z")

_MULT = {"k": 1 << 10, "m": 1 << 20, "g": 1 << 30, "t": 1 << 40, "p": 1 << 50}
_INT32 = (-(1 << 31), (1 << 31) - 1)
_INT64 = (-(1 << 63), (1 << 63) - 1)
_DEC_MAX = 79228162514264337593543950335
_DASHES = str.maketrans({"\u2013": "-", "\u2014": "-", "\u2015": "-"})

# suffix -> (.NET type, low, high); "u" picks UInt32 or UInt64 by the value
_SUFFIX: dict[str, tuple[str, int, int]] = {
    "l": ("System.Int64", *_INT64),
    "ul": ("System.UInt64", 0, (1 << 64) - 1),
    "s": ("System.Int16", -(1 << 15), (1 << 15) - 1),
    "us": ("System.UInt16", 0, (1 << 16) - 1),
    "y": ("System.SByte", -128, 127),
    "uy": ("System.Byte", 0, 255),
    "n": ("System.Numerics.BigInteger", -(1 << 100000), 1 << 100000),
}
# widths at which a hex (or binary) literal's top bit is a sign bit, by suffix
_HEX_SIGNED = {"": (32, 64), "l": (64,), "s": (16,), "y": (8,)}
_BIN_SIGNED = {"": (8, 16, 32, 64), "l": (64,), "s": (16,), "y": (8,)}

_literal_types: dict[str, Callable[[int], Any]] = {}


def use_literal_types(types: Mapping[str, Callable[[int], Any]]) -> None:
    """Install the runtime's integer classes by .NET full name ("System.Int64" ...)."""
    _literal_types.update(types)


def _typed(full_name: str, value: int) -> Any:
    if full_name == "System.Int32":
        return value
    make = _literal_types.get(full_name)
    return value if make is None else make(value)


def _signed(value: int, bits: int) -> int:
    return value - (1 << bits) if value >= 1 << (bits - 1) else value


def _integer_type(value: int, suf: str) -> tuple[str, int, int] | None:
    """The type an integer literal with this suffix gets, None when it does not fit."""
    if suf == "u":
        if 0 <= value <= 0xFFFFFFFF:
            return ("System.UInt32", 0, 0xFFFFFFFF)
        return ("System.UInt64", 0, (1 << 64) - 1)
    if suf:
        return _SUFFIX[suf]
    if _INT32[0] <= value <= _INT32[1]:
        return ("System.Int32", *_INT32)
    return ("System.Int64", *_INT64)


def parse_number(text: str) -> Any:
    if text.isdigit() and text.isascii() and len(text) < 10:
        return int(text)   # the common case, a plain Int32 such as 42: no regex
    m = _NUMBER_RE.match(text)
    if m is None:
        return None
    sign, hexd, bind, dec, suf, mult = m.group("sign", "hex", "bin", "dec", "suf", "mult")
    suf = suf.lower() if suf else ""
    neg = sign not in ("", "+")
    factor = _MULT[mult[0].lower()] if mult else 1
    if hexd is not None or bind is not None:
        if suf == "d":
            return None
        digits = hexd if hexd is not None else bind
        value = int(digits, 16 if hexd is not None else 2)
        nbits = len(digits) * (4 if hexd is not None else 1)
        widths = (_HEX_SIGNED if hexd is not None else _BIN_SIGNED).get(suf, ())
        if nbits in widths:
            value = _signed(value, nbits)   # a full-width pattern is two's complement
        elif suf == "n" and hexd is not None and digits[0] in "89abcdefABCDEF":
            value -= 1 << nbits             # BigInteger.Parse(HexNumber): top bit is the sign
        if not suf and value > _INT64[1]:
            return None
        return _finish_integer(value, suf, factor, neg)
    if suf == "d":
        try:
            number = Decimal(dec.translate(_DASHES))
        except InvalidOperation:
            return None
        number *= factor
        return -number if neg else number
    if any(ch in dec for ch in ".eE"):
        real = float(dec.translate(_DASHES))
        if not suf:
            real *= factor
            return -real if neg else real
        return _finish_integer(round(real), suf, factor, neg)  # round() ties to even, as PowerShell
    value = int(dec)
    if not suf and value * factor > _INT64[1]:
        big = value * factor
        number: Any = Decimal(big) if big <= _DEC_MAX else float(big)
        return -number if neg else number
    return _finish_integer(value, suf, factor, neg)


def _finish_integer(value: int, suf: str, factor: int, neg: bool) -> Any:
    """Range-check a suffixed integer, apply the multiplier and sign, give it its type."""
    kind = _integer_type(value, suf)
    if kind is None or not kind[1] <= value <= kind[2]:
        return None
    value *= factor
    if neg:
        value = -value
    if not suf:
        kind = _integer_type(value, "")
        if value < _INT64[0] or value > _INT64[1]:
            return float(value)
    assert kind is not None
    return _typed(kind[0], value)
