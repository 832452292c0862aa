""".NET date formatting, en-US: the standard formats ("d", "G", "s", "o" ...) and
the custom specifiers (yyyy, MM, dd, HH, hh, mm, ss, tt, fff, dddd, MMMM ...)
that `Get-Date -Format` and `.ToString(fmt)` take."""
from __future__ import annotations

import re
from datetime import datetime

_STANDARD = {
    "d": "M/d/yyyy", "D": "dddd, MMMM d, yyyy", "t": "h:mm tt", "T": "h:mm:ss tt",
    "f": "dddd, MMMM d, yyyy h:mm tt", "F": "dddd, MMMM d, yyyy h:mm:ss tt",
    "g": "M/d/yyyy h:mm tt", "G": "M/d/yyyy h:mm:ss tt", "s": "yyyy'-'MM'-'dd'T'HH':'mm':'ss",
    "u": "yyyy'-'MM'-'dd HH':'mm':'ss'Z'", "o": "yyyy'-'MM'-'dd'T'HH':'mm':'ss'.'fffffff",
    "O": "yyyy'-'MM'-'dd'T'HH':'mm':'ss'.'fffffff", "M": "MMMM d", "m": "MMMM d",
    "Y": "MMMM yyyy", "y": "MMMM yyyy",
}
_TOKEN = re.compile(r"'[^']*'|\"[^\"]*\"|\\.|(y+|M+|d+|H+|h+|m+|s+|f+|F+|t+|z+|K|:|/)|.", re.S)


def _field(d: datetime, token: str) -> str:
    kind, width = token[0], len(token)
    if kind == "y":
        return f"{d.year % 100:0{width}d}" if width <= 2 else f"{d.year:0{width}d}"
    if kind == "M":
        return (f"{d.month:0{width}d}" if width <= 2
                else d.strftime("%b") if width == 3 else d.strftime("%B"))
    if kind == "d":
        return (f"{d.day:0{width}d}" if width <= 2
                else d.strftime("%a") if width == 3 else d.strftime("%A"))
    if kind == "H":
        return f"{d.hour:0{min(width, 2)}d}"
    if kind == "h":
        return f"{d.hour % 12 or 12:0{min(width, 2)}d}"
    if kind == "m":
        return f"{d.minute:0{min(width, 2)}d}"
    if kind == "s":
        return f"{d.second:0{min(width, 2)}d}"
    if kind in "fF":
        digits = f"{d.microsecond:06d}0"[:width]
        return digits.rstrip("0") if kind == "F" else digits
    if kind == "t":
        marker = "AM" if d.hour < 12 else "PM"
        return marker[:width]
    if kind == "z":
        return "+00" if width < 3 else "+00:00"
    return token


def format_custom_date(d: datetime, fmt: str) -> str:
    """`d.ToString(fmt)` in en-US."""
    pattern = _STANDARD.get(fmt, fmt) if len(fmt) == 1 else fmt
    out = []
    for match in _TOKEN.finditer(pattern):
        token = match.group(0)
        if match.group(1):
            out.append(_field(d, token) if token not in (":", "/") else token)
        elif token[0] in "'\"" and len(token) >= 2:
            out.append(token[1:-1])
        elif token[0] == "\\" and len(token) == 2:
            out.append(token[1])
        elif token == "K":
            out.append("")
        else:
            out.append(token)
    return "".join(out)
