""".NET composite formatting for the -f operator (String.Format with the en-US culture).

Supported: `{index[,alignment][:format]}`, `{{` / `}}`; standard numeric formats
C D E F G N P R X (with precision), custom numeric formats (`0 # . , % ‰ E0 ;`
sections, quoted literals, `\\` escapes); standard date formats d D t T f F g G M Y s u o
and custom date formats (yyyy MM dd HH hh mm ss fff tt ddd dddd MMM MMMM K z zz zzz);
TimeSpan `c`/`g` and custom hh mm ss. Doubles without a format print the shortest
round-trip form, as .NET Core does (`'{0}' -f (1/3)` → 0.3333333333333333).
"""
from __future__ import annotations

import math
import re
from datetime import datetime, timedelta
from decimal import ROUND_HALF_EVEN, ROUND_HALF_UP, Decimal
from typing import Any

from ..errors import INVALID_OPERATION, PSRuntimeError
from .convert import format_timespan, to_string
from .numbers import Single, TypedInt, format_decimal, shortest_single

_DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
           "October", "November", "December"]


class FormatError(Exception):
    pass


def _error(reason: str) -> PSRuntimeError:
    return PSRuntimeError.of(f"Error formatting a string: {reason}.", "FormatError", INVALID_OPERATION,
                             exception_type="System.Management.Automation.RuntimeException")


_BAD_FORMAT = "Input string was not in a correct format."
_BAD_INDEX = "Index (zero based) must be greater than or equal to zero and less than the size of the argument list."


def format_composite(fmt: str, args: list[Any], ofs: str = " ") -> str:
    out: list[str] = []
    i = 0
    n = len(fmt)
    while i < n:
        c = fmt[i]
        if c == "{":
            if i + 1 < n and fmt[i + 1] == "{":
                out.append("{")
                i += 2
                continue
            j = i + 1
            while j < n and fmt[j] == " ":
                j += 1
            k = j
            while k < n and fmt[k].isdigit():
                k += 1
            if k == j:
                raise _error(_BAD_FORMAT)
            index = int(fmt[j:k])
            while k < n and fmt[k] == " ":
                k += 1
            align = 0
            if k < n and fmt[k] == ",":
                k += 1
                while k < n and fmt[k] == " ":
                    k += 1
                m = re.compile(r"-?\d+").match(fmt, k)
                if not m:
                    raise _error(_BAD_FORMAT)
                align = int(m.group(0))
                k = m.end()
                while k < n and fmt[k] == " ":
                    k += 1
            spec = None
            if k < n and fmt[k] == ":":
                k += 1
                buf = []
                while k < n:
                    ch = fmt[k]
                    if ch == "}":
                        if k + 1 < n and fmt[k + 1] == "}":
                            buf.append("}")
                            k += 2
                            continue
                        break
                    if ch == "{":
                        if k + 1 < n and fmt[k + 1] == "{":
                            buf.append("{")
                            k += 2
                            continue
                        raise _error(_BAD_FORMAT)
                    buf.append(ch)
                    k += 1
                spec = "".join(buf)
            if k >= n or fmt[k] != "}":
                raise _error(_BAD_FORMAT)
            if index >= len(args):
                raise _error(_BAD_INDEX)
            try:
                text = format_value(args[index], spec, ofs)
            except FormatError as exc:
                raise _error(str(exc)) from None
            if align > 0:
                text = text.rjust(align)
            elif align < 0:
                text = text.ljust(-align)
            out.append(text)
            i = k + 1
            continue
        if c == "}":
            if i + 1 < n and fmt[i + 1] == "}":
                out.append("}")
                i += 2
                continue
            raise _error(_BAD_FORMAT)
        out.append(c)
        i += 1
    return "".join(out)


# ------------------------------------------------------------------ values


def shortest_double(value: float) -> str:
    """double.ToString() in .NET Core 3.0+: shortest round-trip, E notation from 1E+15."""
    if math.isnan(value):
        return "NaN"
    if math.isinf(value):
        return "∞" if value > 0 else "-∞"
    if value == 0:
        return "-0" if math.copysign(1, value) < 0 else "0"
    text = repr(value)
    mantissa, _, exp = text.partition("e")
    sign = ""
    if mantissa.startswith("-"):
        sign, mantissa = "-", mantissa[1:]
    int_part, _, frac = mantissa.partition(".")
    digits = (int_part + frac).lstrip("0")
    exponent = int(exp or 0) + len(int_part.lstrip("0")) - 1 if int_part.lstrip("0") else \
        int(exp or 0) - (len(frac) - len(frac.lstrip("0"))) - 1
    digits = digits.rstrip("0") or "0"
    if exponent >= 15 or exponent < -4:
        m = digits[0] + ("." + digits[1:] if len(digits) > 1 else "")
        return f"{sign}{m}E{'+' if exponent >= 0 else '-'}{abs(exponent):02d}"
    if exponent >= 0:
        if len(digits) <= exponent + 1:
            return sign + digits + "0" * (exponent + 1 - len(digits))
        return sign + digits[:exponent + 1] + "." + digits[exponent + 1:]
    return sign + "0." + "0" * (-exponent - 1) + digits


def format_value(value: Any, spec: str | None, ofs: str = " ") -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "True" if value else "False"
    if isinstance(value, (int, float)):
        if spec:
            return format_number(value, spec)
        if isinstance(value, int):
            return str(value)
        return shortest_single(value) if type(value) is Single else shortest_double(value)
    if type(value) is Decimal:
        return format_number(value, spec) if spec else format_decimal(value)
    if isinstance(value, datetime):
        return format_datetime(value, spec or "G")
    if isinstance(value, timedelta):
        return format_timespan_spec(value, spec)
    if isinstance(value, (list, tuple)):
        return "System.Object[]"
    return to_string(value, ofs)


# ------------------------------------------------------------------ numbers


def _round(value: Any, places: int, mode: str = ROUND_HALF_UP) -> Decimal:
    d = value if isinstance(value, Decimal) else Decimal(value)
    q = Decimal(1).scaleb(-places)
    return d.quantize(q, rounding=mode)


def _group(int_digits: str) -> str:
    out = []
    while len(int_digits) > 3:
        out.append(int_digits[-3:])
        int_digits = int_digits[:-3]
    out.append(int_digits)
    return ",".join(reversed(out))


def _fixed(value: Any, places: int, grouping: bool) -> str:
    d = _round(value, places)
    neg = d < 0
    text = f"{abs(d):f}"
    int_part, _, frac = text.partition(".")
    if grouping:
        int_part = _group(int_part)
    body = int_part + ("." + frac if places > 0 else "")
    if neg and (d != 0):
        return "-" + body
    return body


_STANDARD = re.compile(r"([BbCcDdEeFfGgNnPpRrXx])(\d{0,9})\Z")


def format_number(value: int | float, spec: str) -> str:
    m = _STANDARD.match(spec)
    if not m:
        return _custom_number(value, spec)
    kind, prec_text = m.group(1), m.group(2)
    prec = int(prec_text) if prec_text else None
    k = kind.upper()
    if isinstance(value, float) and (math.isnan(value) or math.isinf(value)):
        return "NaN" if math.isnan(value) else ("∞" if value > 0 else "-∞")
    if k == "D":
        if not isinstance(value, int):
            raise FormatError("Format specifier was invalid")
        digits = str(abs(value)).rjust(prec or 0, "0")
        return ("-" if value < 0 else "") + digits
    if k == "X":
        if not isinstance(value, int):
            raise FormatError("Format specifier was invalid")
        if value < 0:
            value += 1 << _width(value)
        text = format(value, "X" if kind == "X" else "x")
        return text.rjust(prec or 0, "0")
    if k == "B":   # binary, .NET 8+ (PowerShell 7.4+)
        if not isinstance(value, int):
            raise FormatError("Format specifier was invalid")
        if value < 0:
            value += 1 << _width(value)
        return format(value, "b").rjust(prec or 0, "0")
    if k == "F":
        return _fixed(value, 2 if prec is None else prec, False)
    if k == "N":
        return _fixed(value, 2 if prec is None else prec, True)
    if k == "C":
        text = _fixed(abs(value), 2 if prec is None else prec, True)
        return ("-$" if value < 0 and float(text.replace(",", "")) != 0 else "$") + text
    if k == "P":
        scaled = Decimal(value) * 100
        text = _fixed(scaled, 2 if prec is None else prec, True)
        return text + "%"
    if k == "E":
        places = 6 if prec is None else prec
        if value == 0:
            mant, exp = "0" + ("." + "0" * places if places else ""), 0
        else:
            d = Decimal(repr(value) if isinstance(value, float) else value)
            exp = d.adjusted()
            mant_d = _round(d.scaleb(-exp), places)
            if abs(mant_d) >= 10:
                exp += 1
                mant_d = _round(d.scaleb(-exp), places)
            mant = f"{abs(mant_d):f}"
            mant = ("-" if d < 0 else "") + mant
        e = "E" if kind == "E" else "e"
        return f"{mant}{e}{'+' if exp >= 0 else '-'}{abs(exp):03d}"
    if k in ("G", "R"):
        if isinstance(value, int):
            if prec and len(str(abs(value))) > prec:
                return _general_float(float(value), prec, kind)
            return str(value)
        if k == "R" or not prec:
            if type(value) is Decimal:
                return format_decimal(value)
            return shortest_single(value) if type(value) is Single else shortest_double(value)
        return _general_float(value, prec, kind)
    raise FormatError("Format specifier was invalid")


def _width(value: int) -> int:
    """The bit width whose two's complement X and B print for a negative integer."""
    if isinstance(value, TypedInt) and value.bits:
        return value.bits
    if isinstance(value, TypedInt):   # BigInteger: the shortest pattern with a sign bit
        return max(8, (value.bit_length() // 4 + 1) * 4)
    return 32 if value >= -2**31 else 64


def _general_float(value: float, prec: int, kind: str) -> str:
    text = f"{value:.{prec}g}"
    if "e" in text:
        mant, exp = text.split("e")
        sign = exp[0]
        digits = exp[1:].lstrip("0").rjust(2, "0")
        return f"{mant}{'E' if kind.isupper() else 'e'}{sign}{digits}"
    return text


def _split_sections(spec: str) -> list[str]:
    sections = []
    buf = []
    i = 0
    quote = None
    while i < len(spec):
        c = spec[i]
        if quote:
            buf.append(c)
            if c == quote:
                quote = None
        elif c in "'\"":
            quote = c
            buf.append(c)
        elif c == "\\" and i + 1 < len(spec):
            buf.append(spec[i:i + 2])
            i += 1
        elif c == ";":
            sections.append("".join(buf))
            buf = []
        else:
            buf.append(c)
        i += 1
    sections.append("".join(buf))
    return sections


def _custom_number(value: int | float, spec: str) -> str:
    sections = _split_sections(spec)
    section = sections[0]
    negative = value < 0
    if negative and len(sections) >= 2 and sections[1] != "":
        section = sections[1]
        value = -value
        negative = False
    elif value == 0 and len(sections) >= 3 and sections[2] != "":
        section = sections[2]
    # tokenize
    tokens: list[tuple[str, str]] = []
    i = 0
    while i < len(section):
        c = section[i]
        if c in "'\"":
            j = section.find(c, i + 1)
            j = len(section) if j < 0 else j
            tokens.append(("lit", section[i + 1:j]))
            i = j + 1
        elif c == "\\" and i + 1 < len(section):
            tokens.append(("lit", section[i + 1]))
            i += 2
        elif c in "Ee" and i + 1 < len(section) and (section[i + 1] in "0" or
                                                      (section[i + 1] in "+-" and i + 2 < len(section) and section[i + 2] == "0")):
            j = i + 1
            sign = ""
            if section[j] in "+-":
                sign = section[j]
                j += 1
            k = j
            while k < len(section) and section[k] == "0":
                k += 1
            tokens.append(("exp", c + sign + str(k - j)))
            i = k
        else:
            tokens.append((c, c) if c in "0#.,%‰" else ("lit", c))
            i += 1
    point_seen = False
    int_ph: list[str] = []
    frac_ph: list[str] = []
    grouping = False
    scale = 0
    percent = 0
    exp_token = None
    last_ph_pos = -1
    for idx, (kind, text) in enumerate(tokens):
        if kind in "0#":
            (frac_ph if point_seen else int_ph).append(kind)
            last_ph_pos = idx
        elif kind == ".":
            point_seen = True
        elif kind == ",":
            if not point_seen:
                # thousands separator if followed by a digit placeholder before the point
                following = [t for t, _ in tokens[idx + 1:] if t in "0#."]
                if following and following[0] in "0#":
                    grouping = True
                else:
                    scale += 1
        elif kind == "%":
            percent += 1
        elif kind == "exp":
            exp_token = text
    number = Decimal(repr(value) if isinstance(value, float) else value)
    number = number * (Decimal(100) ** percent) / (Decimal(1000) ** scale)
    negative = number < 0 and not (len(sections) >= 2 and sections[1] != "" and section is sections[1])
    number = abs(number)
    exponent_text = ""
    if exp_token is not None:
        exp_val = 0
        if number != 0:
            exp_val = number.adjusted() - (max(len(int_ph), 1) - 1)
            number = number.scaleb(-exp_val)
        e, rest = exp_token[0], exp_token[1:]
        sign = ""
        if rest and rest[0] in "+-":
            sign, rest = rest[0], rest[1:]
        min_digits = int(rest or "1")
        esign = "-" if exp_val < 0 else ("+" if sign == "+" else "")
        exponent_text = f"{e}{esign}{abs(exp_val):0{min_digits}d}"
    rounded = number.quantize(Decimal(1).scaleb(-len(frac_ph)), rounding=ROUND_HALF_UP) if frac_ph else \
        number.quantize(Decimal(1), rounding=ROUND_HALF_UP)
    text = f"{rounded:f}"
    int_digits, _, frac_digits = text.partition(".")
    int_digits = int_digits.lstrip("0")
    min_int = int_ph.count("0") if "0" in int_ph else 0
    # digits required from the first '0' placeholder on
    if "0" in int_ph:
        min_int = len(int_ph) - int_ph.index("0")
    int_digits = int_digits.rjust(min_int, "0")
    if grouping and int_digits:
        int_digits = _group(int_digits)
    # fractional part: trailing '#' digits are optional
    frac_out = ""
    if frac_ph:
        frac_digits = frac_digits.ljust(len(frac_ph), "0")
        required = len(frac_ph) - frac_ph[::-1].index("0") if "0" in frac_ph else 0
        frac_out = frac_digits[:len(frac_ph)]
        while len(frac_out) > required and frac_out.endswith("0"):
            frac_out = frac_out[:-1]
    # assemble: literal tokens keep their positions around the number
    out: list[str] = []
    number_emitted = False
    for kind, text_tok in tokens:
        if kind in "0#.," or kind == "exp":
            if not number_emitted:
                out.append(int_digits + ("." + frac_out if frac_out else ""))
                number_emitted = True
            if kind == "exp":
                out.append(exponent_text)
        elif kind == "%":
            out.append("%")
        elif kind == "‰":
            out.append("‰")
        else:
            out.append(text_tok)
    if not number_emitted:
        out.append(int_digits + ("." + frac_out if frac_out else ""))
    result = "".join(out)
    if negative and any(ch.isdigit() and ch != "0" for ch in int_digits + frac_out):
        result = "-" + result
    return result


# ------------------------------------------------------------------ dates

_DATE_STANDARD = {
    "d": "M/d/yyyy", "D": "dddd, MMMM d, yyyy", "t": "h:mm tt", "T": "h:mm:ss tt",
    "f": "dddd, MMMM d, yyyy h:mm tt", "F": "dddd, MMMM d, yyyy h:mm:ss tt",
    "g": "M/d/yyyy h:mm tt", "G": "M/d/yyyy h:mm:ss tt", "M": "MMMM d", "m": "MMMM d",
    "Y": "MMMM yyyy", "y": "MMMM yyyy", "s": "yyyy'-'MM'-'dd'T'HH':'mm':'ss",
    "u": "yyyy'-'MM'-'dd HH':'mm':'ss'Z'", "o": "yyyy'-'MM'-'dd'T'HH':'mm':'ss.fffffffK",
    "O": "yyyy'-'MM'-'dd'T'HH':'mm':'ss.fffffffK",
    "r": "ddd, dd MMM yyyy HH':'mm':'ss 'GMT'", "R": "ddd, dd MMM yyyy HH':'mm':'ss 'GMT'",
}


def format_datetime(value: datetime, spec: str) -> str:
    if len(spec) == 1:
        if spec not in _DATE_STANDARD:
            raise FormatError(_BAD_FORMAT.rstrip("."))
        spec = _DATE_STANDARD[spec]
    elif spec.startswith("%") and len(spec) == 2:
        spec = spec[1]
    out: list[str] = []
    i = 0
    n = len(spec)
    while i < n:
        c = spec[i]
        j = i
        while j < n and spec[j] == c:
            j += 1
        count = j - i
        if c in "'\"":
            k = spec.find(c, i + 1)
            k = n if k < 0 else k
            out.append(spec[i + 1:k])
            i = k + 1
            continue
        if c == "\\" and i + 1 < n:
            out.append(spec[i + 1])
            i += 2
            continue
        if c == "y":
            out.append(str(value.year % 100).rjust(2 if count <= 2 else count, "0") if count <= 2
                       else str(value.year).rjust(count, "0"))
            if count == 1:
                out[-1] = str(value.year % 100)
        elif c == "M":
            out.append(str(value.month) if count == 1 else f"{value.month:02d}" if count == 2
                       else _MONTHS[value.month - 1][:3] if count == 3 else _MONTHS[value.month - 1])
        elif c == "d":
            out.append(str(value.day) if count == 1 else f"{value.day:02d}" if count == 2
                       else _DAYS[value.weekday()][:3] if count == 3 else _DAYS[value.weekday()])
        elif c == "h":
            h = value.hour % 12 or 12
            out.append(str(h) if count == 1 else f"{h:02d}")
        elif c == "H":
            out.append(str(value.hour) if count == 1 else f"{value.hour:02d}")
        elif c == "m":
            out.append(str(value.minute) if count == 1 else f"{value.minute:02d}")
        elif c == "s":
            out.append(str(value.second) if count == 1 else f"{value.second:02d}")
        elif c in "fF":
            frac = f"{value.microsecond:06d}0"[:count].ljust(count, "0")
            if c == "F":
                frac = frac.rstrip("0")
            out.append(frac)
        elif c == "t":
            ampm = "AM" if value.hour < 12 else "PM"
            out.append(ampm[0] if count == 1 else ampm)
        elif c == "K":
            out.append(_offset(value, True) if value.tzinfo else "")
        elif c == "z":
            off = value.utcoffset() or timedelta(0) if value.tzinfo else timedelta(0)
            total = int(off.total_seconds() // 60)
            sign = "-" if total < 0 else "+"
            hh, mm = divmod(abs(total), 60)
            out.append(f"{sign}{hh}" if count == 1 else f"{sign}{hh:02d}" if count == 2 else f"{sign}{hh:02d}:{mm:02d}")
        elif c == ":":
            out.append(":" * count)
        elif c == "/":
            out.append("/" * count)
        else:
            out.append(spec[i:j])
        i = j
    return "".join(out)


def _offset(value: datetime, colon: bool) -> str:
    off = value.utcoffset() or timedelta(0)
    total = int(off.total_seconds() // 60)
    sign = "-" if total < 0 else "+"
    hh, mm = divmod(abs(total), 60)
    return f"{sign}{hh:02d}:{mm:02d}" if colon else f"{sign}{hh:02d}{mm:02d}"


def format_timespan_spec(value: timedelta, spec: str | None) -> str:
    if not spec or spec in ("c", "t", "T"):
        return format_timespan(value)
    if spec == "g":
        text = format_timespan(value)
        return text[1:] if text.startswith("0") and ":" in text[:3] else text
    total = abs(value)
    days = total.days
    hours, rem = divmod(total.seconds, 3600)
    minutes, seconds = divmod(rem, 60)
    out = []
    i = 0
    while i < len(spec):
        c = spec[i]
        j = i
        while j < len(spec) and spec[j] == c:
            j += 1
        count = j - i
        if c == "d":
            out.append(str(days).rjust(count, "0"))
        elif c == "h":
            out.append(f"{hours:0{count}d}")
        elif c == "m":
            out.append(f"{minutes:0{count}d}")
        elif c == "s":
            out.append(f"{seconds:0{count}d}")
        elif c == "f":
            out.append(f"{total.microseconds:06d}0"[:count])
        elif c == "\\" and i + 1 < len(spec):
            out.append(spec[i + 1])
            j = i + 2
        elif c in "'\"":
            k = spec.find(c, i + 1)
            k = len(spec) if k < 0 else k
            out.append(spec[i + 1:k])
            j = k + 1
        else:
            raise FormatError(_BAD_FORMAT.rstrip("."))
        i = j
    return "".join(out)


_ = ROUND_HALF_EVEN
