"""Casts (`[int]$x`), `-as`, `-is`, and the numeric parsing PowerShell uses when
it converts strings to numbers.

Representation notes (numbers.py): `[int]` gives a plain Python int; `[long]`,
`[byte]`, `[uint32]` ... give the int subclasses that keep their type (`[long]5 -is
[long]` is True); `[decimal]` a Python `Decimal` (as the `1d` literal does);
`[single]`/`[float]` a `Single`.
- `[char]` produces a `Char` (a one-character `str` subclass defined here), so that
  `'a'..'c'`, `[char]97` and `-is [char]` work while every string API still accepts it.
"""
from __future__ import annotations

import math
import re
from datetime import datetime, timedelta
from decimal import Decimal, InvalidOperation
from typing import Any

from ..errors import INVALID_ARGUMENT, INVALID_OPERATION, PSRuntimeError
from . import dotnet_collections
from .convert import ConversionError, ps_string, to_bool, to_datetime, to_string
from .dotnet_collections import TypedArray
from .numbers import NUMBER_TYPES, BigInteger, Single, TypedInt, full_name_of, make_integer
from .values import (AUTOMATION_NULL, Hashtable, PSCustomObject, PSReference, ScriptBlockValue,
                     SwitchValue, TypeView, register_view, type_names)


class Char(str):
    """A [char] value: a one-character string that remembers it is a char."""

    __slots__ = ()

    def __repr__(self) -> str:
        return f"Char({str.__repr__(self)})"


register_view(Char, TypeView(type_names=("System.Char", "System.ValueType", "System.Object"),
                             properties=(), to_string=lambda c: str.__str__(c)))

from .numbers import INT32_MAX, INT32_MIN, INT64_MAX, INT64_MIN  # noqa: E402 - re-exported


# ------------------------------------------------------------------ numbers

_NUM_RE = re.compile(
    r"\s*(?P<sign>[+-]?)(?:(?P<hex>0x[0-9a-f]+)|(?P<bin>0b[01]+)|(?P<int>\d+)|"
    r"(?P<real>(?:\d+\.?\d*|\.\d+)(?:e[+-]?\d+)?))"
    r"(?P<suffix>l|d)?(?P<mult>kb|mb|gb|tb|pb)?\s*\Z", re.IGNORECASE)
_MULT = {"kb": 1024, "mb": 1024**2, "gb": 1024**3, "tb": 1024**4, "pb": 1024**5}


def parse_number(text: str) -> int | float | None:
    """A string as PowerShell reads it as a number (int, long, hex, real, 1kb), or None."""
    m = _NUM_RE.match(text)
    if m is None:
        stripped = text.strip()
        if stripped == "":
            return 0
        low = stripped.lower()
        if low in ("infinity", "+infinity"):
            return math.inf
        if low == "-infinity":
            return -math.inf
        if low == "nan":
            return math.nan
        return None
    sign = -1 if m.group("sign") == "-" else 1
    mult = _MULT[m.group("mult").lower()] if m.group("mult") else 1
    if m.group("hex"):
        value: int | float = int(m.group("hex")[2:], 16)
        digits = len(m.group("hex")) - 2
        if digits == 8 and value > INT32_MAX:
            value -= 2**32
        elif digits == 16 and value > INT64_MAX:
            value -= 2**64
        return sign * value * mult
    if m.group("bin"):
        digits = m.group("bin")[2:]
        value = int(digits, 2)
        if len(digits) in (8, 16, 32, 64) and digits[0] == "1":
            value -= 1 << len(digits)
        return sign * value * mult
    if m.group("int"):
        value = int(m.group("int")) * mult
        return sign * value
    return sign * float(m.group("real")) * mult


def format_error(text: str, type_name: str) -> str:
    return (f'Cannot convert value "{text}" to type "{type_name}". '
            f'Error: "The input string \'{text}\' was not in a correct format."')


def number_of(value: Any, type_name: str = "System.Int32") -> int | float:
    """A value as a number for arithmetic and numeric comparison (PSInvalidCastException on failure)."""
    t = type(value)
    if t is int or t is float:
        return value
    if t is bool:
        return int(value)
    if value is None or value is AUTOMATION_NULL:
        return 0
    if t is Char:
        return ord(value)
    if isinstance(value, str):
        number = parse_number(value)
        if number is None:
            raise cast_error(format_error(value, type_name), "InvalidCastFromStringToInteger")
        return number
    if t in NUMBER_TYPES:
        return value
    if isinstance(value, SwitchValue):
        return int(value.is_present)
    if isinstance(value, (list, tuple)) and len(value) == 1:
        return number_of(value[0], type_name)
    name = type_names(value)[0]
    raise cast_error(f'Cannot convert the "{to_string(value)}" value of type "{name}" to type "{type_name}".',
                     "ConvertToFinalInvalidCastException")


def cast_error(message: str, error_id: str = "InvalidCastException") -> PSRuntimeError:
    return PSRuntimeError.of(message, error_id, INVALID_ARGUMENT,
                             exception_type="System.Management.Automation.PSInvalidCastException")


def _round_half_even(x: float) -> int:
    return round(x)


def _to_integer(value: Any, type_name: str, lo: int, hi: int) -> int:
    number = number_of(value, type_name)
    if type(number) is Decimal:
        number = round(number)   # Decimal rounds half to even
    if isinstance(number, float):
        if math.isnan(number) or math.isinf(number):
            raise cast_error(f'Cannot convert value "{to_string(value)}" to type "{type_name}". '
                             f'Error: "Value was either too large or too small for {_article(type_name)}."',
                             "InvalidCastIConvertible")
        number = int(number) if type_name == "System.Numerics.BigInteger" else _round_half_even(number)
    if not lo <= number <= hi:
        raise cast_error(f'Cannot convert value "{to_string(value)}" to type "{type_name}". '
                         f'Error: "Value was either too large or too small for {_article(type_name)}."',
                         "InvalidCastIConvertible" if not isinstance(value, str) else "InvalidCastFromStringToInteger")
    return number


_OVERFLOW_NAMES = {"Byte": "an unsigned byte", "SByte": "a signed byte", "Char": "a character",
                   "UInt16": "a UInt16", "UInt32": "a UInt32", "UInt64": "a UInt64"}


def _article(type_name: str) -> str:
    """The type as .NET's OverflowException messages name it."""
    short = type_name.rsplit(".", 1)[-1]
    named = _OVERFLOW_NAMES.get(short)
    if named is not None:
        return named
    return ("an " if short[0] in "AEIOUaeiou" else "a ") + short


def to_double(value: Any) -> float:
    if isinstance(value, str) and not isinstance(value, Char):
        number = parse_number(value)
        if number is None:
            raise cast_error(format_error(value, "System.Double"), "InvalidCastFromStringToDoubleOrSingle")
        return float(number)
    return float(number_of(value, "System.Double"))


# ------------------------------------------------------------------ type names

_INTEGER_TYPES = {
    "int": ("System.Int32", INT32_MIN, INT32_MAX), "int32": ("System.Int32", INT32_MIN, INT32_MAX),
    "long": ("System.Int64", INT64_MIN, INT64_MAX), "int64": ("System.Int64", INT64_MIN, INT64_MAX),
    "short": ("System.Int16", -2**15, 2**15 - 1), "int16": ("System.Int16", -2**15, 2**15 - 1),
    "byte": ("System.Byte", 0, 255), "sbyte": ("System.SByte", -128, 127),
    "uint16": ("System.UInt16", 0, 2**16 - 1), "ushort": ("System.UInt16", 0, 2**16 - 1),
    "uint32": ("System.UInt32", 0, 2**32 - 1), "uint": ("System.UInt32", 0, 2**32 - 1),
    "uint64": ("System.UInt64", 0, 2**64 - 1), "ulong": ("System.UInt64", 0, 2**64 - 1),
    "bigint": ("System.Numerics.BigInteger", -10**400, 10**400),
    "numerics.biginteger": ("System.Numerics.BigInteger", -10**400, 10**400),
}
_ALIASES = {
    "int32": "int", "integer": "int", "int64": "long", "boolean": "bool", "single": "float",
    "system.object[]": "object[]", "collections.hashtable": "hashtable",
    "management.automation.pscustomobject": "pscustomobject",
    "management.automation.psobject": "psobject", "text.regularexpressions.regex": "regex",
    "management.automation.switchparameter": "switch", "switchparameter": "switch",
    "management.automation.scriptblock": "scriptblock",
    "management.automation.psreference": "ref",
    "collections.specialized.ordereddictionary": "ordered",
    "array": "array", "datetime": "datetime",
}


def normalize_type_name(type_name: str) -> str:
    """'System.Int32', '[int]', 'INT' -> 'int' (our canonical short names)."""
    name = type_name.strip()
    if name.startswith("[") and name.endswith("]") and not name.endswith("[]]"):
        name = name[1:-1].strip()
    low = name.lower()
    if low.startswith("system."):
        low = low[7:]
    return _ALIASES.get(low, low)


# canonical name -> .NET full name (for messages)
_FULL_NAMES = {
    "string": "System.String", "bool": "System.Boolean", "double": "System.Double",
    "float": "System.Single", "decimal": "System.Decimal", "char": "System.Char",
    "datetime": "System.DateTime", "timespan": "System.TimeSpan", "hashtable": "System.Collections.Hashtable",
    "object[]": "System.Object[]", "array": "System.Array", "regex": "System.Text.RegularExpressions.Regex",
    "switch": "System.Management.Automation.SwitchParameter",
    "pscustomobject": "System.Management.Automation.PSObject",
    "psobject": "System.Management.Automation.PSObject", "object": "System.Object",
    "scriptblock": "System.Management.Automation.ScriptBlock",
    "ordered": "System.Collections.Specialized.OrderedDictionary",
    "ref": "System.Management.Automation.PSReference",
    "collections.arraylist": "System.Collections.ArrayList", "arraylist": "System.Collections.ArrayList",
    "type": "System.Type", "math": "System.Math", "convert": "System.Convert", "guid": "System.Guid",
    "version": "System.Version", "dayofweek": "System.DayOfWeek", "enum": "System.Enum",
    "void": "System.Void", "valuetype": "System.ValueType", "xml": "System.Xml.XmlDocument",
    "uri": "System.Uri", "bigint": "System.Numerics.BigInteger", "psobject[]": "System.Management.Automation.PSObject[]",
    "collections.ienumerable": "System.Collections.IEnumerable", "collections.idictionary": "System.Collections.IDictionary",
}


def full_type_name(type_name: str) -> str:
    canon = normalize_type_name(type_name)
    if canon in _INTEGER_TYPES:
        return _INTEGER_TYPES[canon][0]
    if canon.endswith("[]"):
        return full_type_name(canon[:-2]) + "[]"
    return _FULL_NAMES.get(canon, type_name)


def type_not_found(type_name: str) -> PSRuntimeError:
    return PSRuntimeError.of(f"Unable to find type [{type_name}].", "TypeNotFound", INVALID_OPERATION,
                             target=type_name)


def is_known_type(type_name: str) -> bool:
    canon = normalize_type_name(type_name)
    if canon.endswith("[]"):
        return is_known_type(canon[:-2])
    return (canon in _INTEGER_TYPES or canon in _FULL_NAMES or canon in _IS_EXTRA
            or canon in ("void", "null") or dotnet_collections.is_collection_type(type_name))


_IS_EXTRA = {"valuetype", "collections.ienumerable", "collections.ilist", "collections.icollection",
             "collections.idictionary", "ienumerable", "ilist", "icollection", "idictionary",
             "timespan", "enum", "type"}


# ------------------------------------------------------------------ conversion


def _to_char(value: Any) -> Char:
    if isinstance(value, Char):
        return value
    if isinstance(value, str):
        if len(value) == 1:
            return Char(value)
        raise cast_error(f'Cannot convert value "{value}" to type "System.Char". '
                         f'Error: "String must be exactly one character long."',
                         "InvalidCastParseTargetInvocation")
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        code = _to_integer(value, "System.Char", 0, 0xFFFF)
        return Char(chr(code))
    if value is None:
        return Char("\0")
    raise cast_error(f'Cannot convert the "{to_string(value)}" value of type "{type_names(value)[0]}" '
                     f'to type "System.Char".', "InvalidCastIConvertible")


def _to_datetime(value: Any) -> datetime:
    if isinstance(value, datetime):
        return value
    if value is None:
        raise cast_error('Cannot convert null to type "System.DateTime".', "InvalidCastFromNull")
    if isinstance(value, str):
        try:
            return to_datetime(value)
        except ConversionError as exc:
            raise cast_error(str(exc), "InvalidCastParseTargetInvocation") from None
    if isinstance(value, int) and not isinstance(value, bool):
        return datetime(1, 1, 1) + timedelta(microseconds=value // 10)
    raise cast_error(f'Cannot convert the "{to_string(value)}" value of type "{type_names(value)[0]}" '
                     f'to type "System.DateTime".', "InvalidCastIConvertible")


_TIMESPAN_RE = re.compile(r"\s*(-)?(?:(\d+)\.)?(\d{1,2}):(\d{1,2})(?::(\d{1,2})(?:\.(\d{1,7}))?)?\s*\Z")


def _to_timespan(value: Any) -> timedelta:
    if isinstance(value, timedelta):
        return value
    if isinstance(value, int) and not isinstance(value, bool):
        return timedelta(microseconds=value / 10)
    if isinstance(value, str):
        m = _TIMESPAN_RE.match(value)
        if m:
            sign, days, h, mi, s, frac = m.groups()
            td = timedelta(days=int(days or 0), hours=int(h), minutes=int(mi), seconds=int(s or 0),
                           microseconds=int((frac or "0").ljust(7, "0")) / 10)
            return -td if sign else td
        if value.strip().isdigit():
            return timedelta(days=int(value))
        raise cast_error(f'Cannot convert value "{value}" to type "System.TimeSpan". '
                         f'Error: "String \'{value}\' was not recognized as a valid TimeSpan."',
                         "InvalidCastParseTargetInvocation")
    raise cast_error(f'Cannot convert the "{to_string(value)}" value of type "{type_names(value)[0]}" '
                     f'to type "System.TimeSpan".', "InvalidCastIConvertible")


def _to_hashtable(value: Any, ordered: bool = False) -> Hashtable:
    if isinstance(value, Hashtable):
        if ordered and not value.ordered:
            return Hashtable(value.items(), ordered=True)
        return value
    if value is None:
        return None  # type: ignore[return-value]
    name = "System.Collections.Specialized.OrderedDictionary" if ordered else "System.Collections.Hashtable"
    raise cast_error(f'Cannot convert the "{to_string(value)}" value of type "{type_names(value)[0]}" '
                     f'to type "{name}".', "ConvertToFinalInvalidCastException")


def _to_pscustomobject(value: Any) -> Any:
    if isinstance(value, Hashtable):
        return PSCustomObject(((to_string(k), v) for k, v in value.items()))
    return value


def _as_list(value: Any) -> list[Any] | None:
    if value is None or value is AUTOMATION_NULL:
        return None
    if isinstance(value, (list, tuple)):
        return list(value)
    return [value]


def convert_to_type(value: Any, type_name: str) -> Any:
    """`[type]value`; raises PSRuntimeError with PowerShell's message when it cannot convert."""
    canon = normalize_type_name(type_name)
    if value is AUTOMATION_NULL:
        value = None
    conv = _CONVERTERS.get(canon)
    if conv is not None:
        return conv(value)
    integer = _INTEGER_TYPES.get(canon)
    if integer is not None:
        full, lo, hi = integer
        if value is None:
            return 0
        if isinstance(value, (list, tuple)) and len(value) != 1:
            raise cast_error(f'Cannot convert the "{to_string(value)}" value of type "System.Object[]" '
                             f'to type "{full}".', "ConvertToFinalInvalidCastException")
        if isinstance(value, (datetime, Hashtable, PSCustomObject)):
            raise cast_error(f'Cannot convert the "{to_string(value)}" value of type "{type_names(value)[0]}" '
                             f'to type "{full}".', "InvalidCastIConvertible")
        return make_integer(full, _to_integer(value, full, lo, hi))
    if canon.endswith("[]"):
        element = canon[:-2]
        items = _as_list(value)
        if items is None:
            return None
        if element in ("object", "psobject"):
            return items
        # [string[]] keeps its element type: GetType().Name is String[]
        return TypedArray(full_type_name(element), [convert_to_type(v, element) for v in items])
    if canon in ("void",):
        return AUTOMATION_NULL
    made = dotnet_collections.convert(value, type_name)
    if made is not dotnet_collections.NOT_HANDLED:
        return made
    raise type_not_found(type_name.strip("[]"))


def _conv_string(value: Any) -> Any:
    if value is None:
        return ""
    return ps_string(value)


def _conv_bool(value: Any) -> bool:
    return to_bool(value)


def _conv_single(value: Any) -> Single:
    try:
        return Single(_conv_double(value))
    except PSRuntimeError as exc:
        raise cast_error(exc.record.message.replace("System.Double", "System.Single"),
                         exc.record.error_id) from None


def _conv_double(value: Any) -> float:
    if value is None:
        return 0.0
    if isinstance(value, (datetime, Hashtable, PSCustomObject)) or (
            isinstance(value, (list, tuple)) and len(value) != 1):
        raise cast_error(f'Cannot convert the "{to_string(value)}" value of type "{type_names(value)[0]}" '
                         f'to type "System.Double".', "ConvertToFinalInvalidCastException")
    return float(to_double(value))


_DECIMAL_MAX = Decimal(2**96 - 1)


def _conv_decimal(value: Any) -> Decimal:
    """[decimal]: exact for integers and decimal strings; a double keeps 15 digits."""
    if type(value) is Decimal:
        return value
    if isinstance(value, str) and not isinstance(value, Char):
        text = value.strip()
        try:
            result = Decimal(text.replace(",", "")) if text else Decimal(0)
            if result.is_finite():
                if result.as_tuple().exponent > 0:
                    result = result.quantize(Decimal(1))
                if abs(result) > _DECIMAL_MAX:
                    raise cast_error(f'Cannot convert value "{value}" to type "System.Decimal". '
                                     f'Error: "Value was either too large or too small for a Decimal."',
                                     "InvalidCastIConvertible")
                return result
        except InvalidOperation:
            pass
    try:
        number = _conv_double(value) if not isinstance(value, int) or isinstance(value, bool) else value
    except PSRuntimeError as exc:
        raise cast_error(exc.record.message.replace("System.Double", "System.Decimal"),
                         exc.record.error_id) from None
    if isinstance(number, bool):
        number = int(number)
    if isinstance(number, float):
        if math.isnan(number) or math.isinf(number) or abs(number) > 7.9228162514264337593543950335e28:
            raise cast_error(f'Cannot convert value "{to_string(value)}" to type "System.Decimal". '
                             f'Error: "Value was either too large or too small for a Decimal."',
                             "InvalidCastIConvertible")
        # (decimal)double keeps 15 significant digits, (decimal)float 7
        return Decimal(format(number, ".7g" if type(value) is Single else ".15g"))
    return Decimal(int(number))


def _conv_array(value: Any) -> Any:
    return _as_list(value)


def _conv_regex(value: Any) -> Any:
    from .dotnet_regex import DotNetRegex, get_regex
    if isinstance(value, DotNetRegex):
        return value
    return get_regex(to_string(value))


def _conv_switch(value: Any) -> SwitchValue:
    return SwitchValue(to_bool(value))


def _conv_identity(value: Any) -> Any:
    return value


def _conv_scriptblock(value: Any) -> Any:
    if isinstance(value, ScriptBlockValue) or value is None:
        return value
    raise cast_error(f'Cannot convert the "{to_string(value)}" value of type "{type_names(value)[0]}" '
                     f'to type "System.Management.Automation.ScriptBlock".', "ConvertToFinalInvalidCastException")


_CONVERTERS = {
    "string": _conv_string, "bool": _conv_bool, "double": _conv_double, "float": _conv_single,
    "decimal": _conv_decimal, "char": _to_char, "datetime": _to_datetime, "timespan": _to_timespan,
    "hashtable": _to_hashtable, "ordered": lambda v: _to_hashtable(v, ordered=True),
    "object[]": _conv_array, "array": _conv_array, "regex": _conv_regex, "switch": _conv_switch,
    "pscustomobject": _to_pscustomobject, "psobject": _conv_identity, "object": _conv_identity,
    "scriptblock": _conv_scriptblock,
    "ref": lambda v: v if isinstance(v, PSReference) else PSReference(v),
    "version": lambda v: _to_version(v),
}


def _to_version(value: Any) -> Any:
    from .version import to_version
    return to_version(value)


def try_convert(value: Any, type_name: str) -> tuple[bool, Any]:
    """(True, converted) or (False, None): `-as` (never raises for conversion failures)."""
    try:
        return True, convert_to_type(value, type_name)
    except PSRuntimeError as exc:
        if exc.record.error_id == "TypeNotFound":
            raise
        return False, None


# ------------------------------------------------------------------ -is


def is_type(value: Any, type_name: str) -> bool:
    """`value -is [type]`. Unknown type names raise TypeNotFound."""
    if value is AUTOMATION_NULL:
        value = None
    canon = normalize_type_name(type_name)
    if value is None:
        if not is_known_type(type_name) and not _matches_names(type_name, ()):
            raise type_not_found(type_name.strip("[]"))
        return False
    t = type(value)
    if canon == "object":
        return True
    if canon in _INTEGER_TYPES:
        return full_name_of(value) == _INTEGER_TYPES[canon][0]
    check = _IS_CHECKS.get(canon)
    if check is not None:
        return check(value)
    if canon.endswith("[]"):
        if not isinstance(value, (list, tuple)):
            return False
        if canon == "object[]":
            return True     # arrays of reference types are also object[] in .NET
        return isinstance(value, TypedArray) and value.element_full.lower() == full_type_name(canon[:-2]).lower()
    names = type_names(value)
    if _matches_names(type_name, names):
        return True
    if not is_known_type(type_name) and not _name_known_elsewhere(type_name):
        raise type_not_found(type_name.strip("[]"))
    return False


def _matches_names(type_name: str, names: tuple[str, ...]) -> bool:
    want = type_name.strip().strip("[]").lower()
    for name in names:
        low = name.lower()
        if low == want or low == "system." + want or low.rsplit(".", 1)[-1] == want:
            return True
    return False


_EXTRA_TYPE_NAMES: set[str] = set()


def register_type_name(*names: str) -> None:
    """Let `-is [Some.Lync.Type]` accept a type name known to a TypeView (no TypeNotFound)."""
    for name in names:
        low = name.lower()
        _EXTRA_TYPE_NAMES.add(low)
        _EXTRA_TYPE_NAMES.add(low.rsplit(".", 1)[-1])


def _name_known_elsewhere(type_name: str) -> bool:
    want = type_name.strip().strip("[]").lower()
    if want.startswith("system."):
        want2 = want[7:]
    else:
        want2 = want
    return want in _EXTRA_TYPE_NAMES or want2 in _EXTRA_TYPE_NAMES or want.startswith("microsoft.")


def _is_str(v: Any) -> bool:
    return isinstance(v, str) and not isinstance(v, Char)


_IS_CHECKS = {
    "string": _is_str,
    "char": lambda v: isinstance(v, Char),
    "bool": lambda v: type(v) is bool,
    "double": lambda v: type(v) is float,
    "float": lambda v: type(v) is Single,
    "decimal": lambda v: type(v) is Decimal,
    "datetime": lambda v: isinstance(v, datetime),
    "timespan": lambda v: isinstance(v, timedelta),
    "hashtable": lambda v: isinstance(v, Hashtable) and not v.ordered,
    "ordered": lambda v: isinstance(v, Hashtable) and v.ordered,
    "collections.idictionary": lambda v: isinstance(v, Hashtable),
    "idictionary": lambda v: isinstance(v, Hashtable),
    "object[]": lambda v: isinstance(v, (list, tuple)),
    "array": lambda v: isinstance(v, (list, tuple)),
    "collections.ienumerable": lambda v: isinstance(v, (list, tuple, str, Hashtable)),
    "ienumerable": lambda v: isinstance(v, (list, tuple, str, Hashtable)),
    "collections.ilist": lambda v: isinstance(v, (list, tuple)),
    "ilist": lambda v: isinstance(v, (list, tuple)),
    "collections.icollection": lambda v: isinstance(v, (list, tuple, Hashtable)),
    "icollection": lambda v: isinstance(v, (list, tuple, Hashtable)),
    "valuetype": lambda v: isinstance(v, (int, float, Decimal, datetime, timedelta, SwitchValue, Char))
    or "System.ValueType" in type_names(v),   # structs with a TypeView: DictionaryEntry, KeyValuePair
    "pscustomobject": lambda v: isinstance(v, PSCustomObject),
    "psobject": lambda v: isinstance(v, PSCustomObject),
    "switch": lambda v: isinstance(v, SwitchValue),
    "ref": lambda v: isinstance(v, PSReference),
    "scriptblock": lambda v: isinstance(v, ScriptBlockValue),
    "regex": lambda v: type(v).__name__ == "DotNetRegex",
}
