"""PowerShell number literals (powershell-facts 1.5): decimal, real, hex, binary,
type suffixes and kb/mb/gb/tb/pb multipliers. `parse_number` returns the Python
value (int, float or Decimal) or None when the text is not a number."""
from __future__ import annotations

import re

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
# suffix -> (bits, signed) for the integer suffixes
_SUFFIX = {"l": (64, True), "u": (None, False), "s": (16, True), "y": (8, True),
           "uy": (8, False), "us": (16, False), "ul": (64, False), "n": (None, True)}


def _signed(value: int, bits: int) -> int:
    return value - (1 << bits) if value >= 1 << (bits - 1) else value


def parse_number(text: str):
    m = _NUMBER_RE.match(text)
    if m is None:
        return None
    sign, hexd, bind, dec, suf, mult = m.group("sign", "hex", "bin", "dec", "suf", "mult")
    suf = suf.lower() if suf else ""
    neg = sign not in ("", "+")
    if hexd is not None or bind is not None:
        if suf == "d":
            return None
        digits = hexd if hexd is not None else bind
        value = int(digits, 16 if hexd is not None else 2)
        nbits = len(digits) * (4 if hexd is not None else 1)
        if suf in ("", "l", "s", "y", "n"):
            # a full-width pattern is a two's complement value of that width
            if hexd is not None:
                widths = {"": (32, 64), "l": (64,), "s": (16,), "y": (8,), "n": ()}[suf]
            else:
                widths = {"": (8, 16, 32, 64), "l": (64,), "s": (16,), "y": (8,), "n": ()}[suf]
            if nbits in widths:
                value = _signed(value, nbits)
        if not suf and value > _INT64[1]:
            return None
    else:
        is_real = any(ch in dec for ch in ".eE")
        if suf == "d":
            from decimal import Decimal, InvalidOperation
            try:
                value = Decimal(dec.replace("\u2013", "-").replace("\u2014", "-").replace("\u2015", "-"))
            except InvalidOperation:
                return None
        elif is_real:
            value = float(dec.replace("\u2013", "-").replace("\u2014", "-").replace("\u2015", "-"))
            if suf:
                value = round(value)  # ties to even, as PowerShell
        else:
            value = int(dec)
            if not suf and value > _INT64[1]:
                from decimal import Decimal
                value = Decimal(value) if value <= _DEC_MAX else float(value)
    if suf and suf not in ("d",) and isinstance(value, int):
        bits, signed = _SUFFIX[suf]
        if bits is not None:
            lo, hi = ((-(1 << (bits - 1)), (1 << (bits - 1)) - 1) if signed else (0, (1 << bits) - 1))
            if suf == "u":
                pass
            elif not lo <= value <= hi:
                return None
        elif suf == "u" and value > (1 << 64) - 1:
            return None
    if mult:
        factor = _MULT[mult[0].lower()]
        value = value * factor if isinstance(value, (int, float)) else value * type(value)(factor)
    if neg:
        value = -value
    return value
