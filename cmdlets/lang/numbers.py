"""The .NET numeric types that PowerShell keeps apart.

Representation (chosen so the Int32 hot path stays a plain Python int):
- a plain `int` is Int32 when it fits, otherwise Int64 (values from cmdlets, such as
  Ticks, keep meaning what their magnitude says);
- `Int64`, `Byte`, `SByte`, `Int16`, `UInt16`, `UInt32`, `UInt64` and `BigInteger`
  are `int` subclasses that remember their type: `[long]5`, `5L`, `[byte]1`. The
  operators produce them (an Int64 operation gives an `Int64` even when the result
  is small); Python arithmetic on them gives plain ints, so only code that must keep
  the type looks at the class;
- a plain `float` is Double; `Single` (a `float` subclass) holds a value rounded to
  32-bit precision;
- `decimal.Decimal` is System.Decimal.

`TYPE_CODE` ranks the types as .NET's TypeCode does; the arithmetic widening rules
(operators.py) work on these ranks.
"""
from __future__ import annotations

import math
import struct
from decimal import Decimal
from typing import Any, ClassVar

# .NET TypeCode values, used as ranks for the widening rules
CODE_BOOLEAN, CODE_CHAR, CODE_SBYTE, CODE_BYTE = 3, 4, 5, 6
CODE_INT16, CODE_UINT16, CODE_INT32, CODE_UINT32 = 7, 8, 9, 10
CODE_INT64, CODE_UINT64, CODE_SINGLE, CODE_DOUBLE, CODE_DECIMAL = 11, 12, 13, 14, 15
CODE_BIGINT = 20   # not a TypeCode; ranks above every fixed-size integer

INT32_MIN, INT32_MAX = -2**31, 2**31 - 1
INT64_MIN, INT64_MAX = -2**63, 2**63 - 1


class TypedInt(int):
    """An integer that keeps its .NET type (not Int32)."""

    __slots__ = ()
    full_name: ClassVar[str] = "System.Int64"
    code: ClassVar[int] = CODE_INT64
    lo: ClassVar[int] = INT64_MIN
    hi: ClassVar[int] = INT64_MAX
    signed: ClassVar[bool] = True
    bits: ClassVar[int] = 64
    # the phrase .NET's OverflowException uses ("Value was either too large or too small for ...")
    overflow_name: ClassVar[str] = "an Int64"
    # str() must stay the digits: int.__repr__ is what str() of an int subclass calls
    __str__ = int.__repr__


class Int64(TypedInt):
    __slots__ = ()


class UInt64(TypedInt):
    __slots__ = ()
    full_name, code, lo, hi, signed, overflow_name = ("System.UInt64", CODE_UINT64, 0, 2**64 - 1,
                                                      False, "a UInt64")


class UInt32(TypedInt):
    __slots__ = ()
    full_name, code, lo, hi, signed, bits, overflow_name = ("System.UInt32", CODE_UINT32, 0, 2**32 - 1,
                                                            False, 32, "a UInt32")


class Int16(TypedInt):
    __slots__ = ()
    full_name, code, lo, hi, bits, overflow_name = ("System.Int16", CODE_INT16, -2**15, 2**15 - 1,
                                                    16, "an Int16")


class UInt16(TypedInt):
    __slots__ = ()
    full_name, code, lo, hi, signed, bits, overflow_name = ("System.UInt16", CODE_UINT16, 0, 2**16 - 1,
                                                            False, 16, "a UInt16")


class SByte(TypedInt):
    __slots__ = ()
    full_name, code, lo, hi, bits, overflow_name = ("System.SByte", CODE_SBYTE, -128, 127, 8,
                                                    "a signed byte")


class Byte(TypedInt):
    __slots__ = ()
    full_name, code, lo, hi, signed, bits, overflow_name = ("System.Byte", CODE_BYTE, 0, 255, False, 8,
                                                            "an unsigned byte")


class BigInteger(TypedInt):
    """System.Numerics.BigInteger: unbounded."""

    __slots__ = ()
    full_name, code, lo, hi, bits, overflow_name = ("System.Numerics.BigInteger", CODE_BIGINT,
                                                    -(10**4000), 10**4000, 0, "a BigInteger")


class Single(float):
    """System.Single ([float], [single]): the value is rounded to 32-bit precision."""

    __slots__ = ()
    full_name: ClassVar[str] = "System.Single"
    code: ClassVar[int] = CODE_SINGLE

    def __new__(cls, value: Any = 0.0) -> "Single":
        return super().__new__(cls, round_single(float(value)))

    __str__ = float.__repr__


INTEGER_CLASSES: dict[str, type[TypedInt]] = {
    c.full_name: c for c in (Int64, UInt64, UInt32, Int16, UInt16, SByte, Byte, BigInteger)}
SINGLE_MAX = 3.4028234663852886e38


def round_single(value: float) -> float:
    """A double rounded to the nearest float32 (overflow gives an infinity, as .NET)."""
    if math.isnan(value) or math.isinf(value):
        return value
    try:
        return struct.unpack("f", struct.pack("f", value))[0]
    except OverflowError:
        return math.copysign(math.inf, value)


def type_code(value: Any) -> int:
    """The TypeCode rank of a numeric value (0 when it is not a number)."""
    t = type(value)
    if t is int:
        return CODE_INT32 if INT32_MIN <= value <= INT32_MAX else CODE_INT64
    if t is float:
        return CODE_DOUBLE
    if t is Decimal:
        return CODE_DECIMAL
    if t is bool:
        return CODE_BOOLEAN
    code = getattr(t, "code", 0)
    return code if isinstance(code, int) else 0


def full_name_of(value: Any) -> str | None:
    """System.X for a number, None for anything else."""
    t = type(value)
    if t is int:
        return "System.Int32" if INT32_MIN <= value <= INT32_MAX else "System.Int64"
    if t is float:
        return "System.Double"
    if t is Decimal:
        return "System.Decimal"
    if isinstance(value, (TypedInt, Single)):
        return t.full_name
    return None


def make_integer(full_name: str, value: int) -> int:
    """An integer of the named type (plain int for Int32)."""
    if full_name == "System.Int32":
        return int(value)
    return INTEGER_CLASSES[full_name](value)


# --------------------------------------------------------------- text forms


def _exponent_form(text: str) -> str:
    """Python's 1e+20 as .NET writes it: 1E+20 (at least two exponent digits)."""
    if "e" not in text:
        return text
    mantissa, exponent = text.split("e")
    return f"{mantissa}E{exponent[0]}{exponent[1:].lstrip('0').rjust(2, '0')}"


def format_single(value: float) -> str:
    """A Single as PowerShell converts it to text: 7 significant digits ("G7")."""
    if math.isnan(value):
        return "NaN"
    if math.isinf(value):
        return "Infinity" if value > 0 else "-Infinity"
    return _exponent_form(f"{value:.7g}")


def shortest_single(value: float) -> str:
    """Single.ToString() in .NET Core 3.0+: the shortest digits that read back as the
    same float32; exponent form from 1E+07 up or below 1E-05 (as double's from 1E+15)."""
    if math.isnan(value):
        return "NaN"
    if math.isinf(value):
        return "\u221e" if value > 0 else "-\u221e"
    if value == 0:
        return "-0" if math.copysign(1, value) < 0 else "0"
    for places in range(0, 9):
        text = f"{abs(value):.{places}e}"
        if round_single(float(text)) == abs(value):
            break
    mantissa, _, exp = text.partition("e")
    digits = mantissa.replace(".", "").rstrip("0") or "0"
    exponent = int(exp)
    sign = "-" if value < 0 else ""
    if exponent >= 7 or exponent < -4:
        body = digits[0] + ("." + digits[1:] if len(digits) > 1 else "")
        return f"{sign}{body}E{'+' if exponent >= 0 else '-'}{abs(exponent):02d}"
    if exponent >= 0:
        if len(digits) <= exponent + 1:
            return sign + digits + "0" * (exponent + 1 - len(digits))
        return sign + digits[:exponent + 1] + "." + digits[exponent + 1:]
    return sign + "0." + "0" * (-exponent - 1) + digits


def format_decimal(value: Decimal) -> str:
    """Decimal.ToString(): the digits with the value's scale, never an exponent."""
    if value.is_nan():
        return "NaN"
    if value.as_tuple().exponent > 0:  # type: ignore[operator]
        value = value.quantize(Decimal(1))
    text = format(value, "f")
    return "0" if text == "-0" else text


# every Python type that is a PowerShell number (bool and [char] are not)
NUMBER_TYPES: frozenset[type] = frozenset({int, float, Decimal, Single, *INTEGER_CLASSES.values()})
TYPED_NUMBER_TYPES: frozenset[type] = NUMBER_TYPES - {int, float, Decimal}
UNSIGNED_CODES = frozenset({CODE_CHAR, CODE_BYTE, CODE_UINT16, CODE_UINT32, CODE_UINT64})
