"""Static members of .NET's numeric types, [math], [convert], [bigint] and [char]:
`[byte]::MaxValue`, `[math]::Round(2.5, [MidpointRounding]::AwayFromZero)`,
`[convert]::ToString(255, 2)`, `[bigint]::Pow(2, 100)`, `[char]::IsDigit('5')`.

`static_member(type, name)` / `static_method(type, name, args)` return `NOT_HANDLED`
when the type or member is not one of these, so the shell can try its other types.
A .NET exception inside a method is reported as PowerShell reports it:
`Exception calling "Parse" with "1" argument(s): "..."` (MethodInvocationException).
"""
from __future__ import annotations

import math
import os
import unicodedata
from collections.abc import Callable
from decimal import ROUND_CEILING, ROUND_DOWN, ROUND_FLOOR, ROUND_HALF_EVEN, ROUND_HALF_UP, Decimal
from typing import Any

from ..errors import ErrorRecord, INVALID_OPERATION, NOT_SPECIFIED, PSRuntimeError
from .casts import Char, convert_to_type, normalize_type_name
from .convert import to_string
from .numbers import (CODE_DECIMAL, CODE_DOUBLE, CODE_INT32, INT32_MAX, INT32_MIN, BigInteger, Byte,
                      Int16, Int64, SByte, Single, TypedInt, UInt16, UInt32, UInt64, make_integer, type_code)
from .values import PSReference

NOT_HANDLED = object()


class MethodException(Exception):
    """A .NET exception thrown inside a static method: (type name, message)."""

    def __init__(self, exception_type: str, message: str) -> None:
        super().__init__(message)
        self.exception_type = exception_type
        self.message = message


def _format_exception(text: str) -> MethodException:
    return MethodException("FormatException", f"The input string '{text}' was not in a correct format.")


def _overflow(type_phrase: str) -> MethodException:
    return MethodException("OverflowException", f"Value was either too large or too small for {type_phrase}.")


def _method_error(name: str, args: list[Any], exc: MethodException) -> PSRuntimeError:
    return PSRuntimeError(ErrorRecord(
        message=f'Exception calling "{name}" with "{len(args)}" argument(s): "{exc.message}"',
        error_id=exc.exception_type, category=NOT_SPECIFIED,
        exception_type="System.Management.Automation.MethodInvocationException"))


def _overload_error(name: str, count: int) -> PSRuntimeError:
    return PSRuntimeError(ErrorRecord(
        message=f'Cannot find an overload for "{name}" and the argument count: "{count}".',
        error_id="MethodCountCouldNotFindBest", category=INVALID_OPERATION))


# ------------------------------------------------------------- numeric types

# canonical type name -> (.NET name, MinValue, MaxValue, maker)
_INTEGER_LIMITS: dict[str, tuple[str, int, int]] = {
    "int": ("System.Int32", INT32_MIN, INT32_MAX),
    "long": ("System.Int64", Int64.lo, Int64.hi), "short": ("System.Int16", Int16.lo, Int16.hi),
    "int16": ("System.Int16", Int16.lo, Int16.hi), "byte": ("System.Byte", 0, 255),
    "sbyte": ("System.SByte", -128, 127), "uint16": ("System.UInt16", 0, UInt16.hi),
    "ushort": ("System.UInt16", 0, UInt16.hi), "uint32": ("System.UInt32", 0, UInt32.hi),
    "uint": ("System.UInt32", 0, UInt32.hi), "uint64": ("System.UInt64", 0, UInt64.hi),
    "ulong": ("System.UInt64", 0, UInt64.hi),
}
_BIGINT_NAMES = ("bigint", "numerics.biginteger")
_DECIMAL_MAX = Decimal(2**96 - 1)
_FLOAT_CONSTANTS: dict[str, float] = {
    "nan": math.nan, "positiveinfinity": math.inf, "negativeinfinity": -math.inf,
}
_DOUBLE_CONSTANTS = {"maxvalue": 1.7976931348623157e308, "minvalue": -1.7976931348623157e308,
                     "epsilon": 5e-324, "pi": math.pi, "e": math.e, "tau": math.tau,
                     **_FLOAT_CONSTANTS}
_SINGLE_CONSTANTS = {"maxvalue": 3.4028234663852886e38, "minvalue": -3.4028234663852886e38,
                     "epsilon": 1.401298464324817e-45, "pi": math.pi, "e": math.e, "tau": math.tau,
                     **_FLOAT_CONSTANTS}
_DECIMAL_CONSTANTS = {"maxvalue": _DECIMAL_MAX, "minvalue": -_DECIMAL_MAX, "one": Decimal(1),
                      "zero": Decimal(0), "minusone": Decimal(-1)}
_MIDPOINT = {"toeven": 0, "awayfromzero": 1, "tozero": 2, "tonegativeinfinity": 3, "topositiveinfinity": 4}
_MIDPOINT_NAMES = ["ToEven", "AwayFromZero", "ToZero", "ToNegativeInfinity", "ToPositiveInfinity"]


def static_member(type_name: str, name: str) -> Any:
    canon = normalize_type_name(type_name)
    key = name.lower()
    limits = _INTEGER_LIMITS.get(canon)
    if limits is not None:
        full, lo, hi = limits
        if key in ("maxvalue", "minvalue"):
            return make_integer(full, hi if key == "maxvalue" else lo)
        return NOT_HANDLED
    if canon == "double" and key in _DOUBLE_CONSTANTS and key not in ("pi", "e", "tau"):
        return _DOUBLE_CONSTANTS[key]
    if canon == "float" and key in _SINGLE_CONSTANTS and key not in ("pi", "e", "tau"):
        return Single(_SINGLE_CONSTANTS[key])
    if canon == "decimal" and key in _DECIMAL_CONSTANTS:
        return _DECIMAL_CONSTANTS[key]
    if canon in _BIGINT_NAMES and key in ("one", "zero", "minusone"):
        return BigInteger({"one": 1, "zero": 0, "minusone": -1}[key])
    if canon == "math" and key in ("pi", "e", "tau"):
        return _DOUBLE_CONSTANTS[key]
    if canon == "char" and key in ("maxvalue", "minvalue"):
        return Char("\uffff" if key == "maxvalue" else "\0")
    if canon == "string" and key == "empty":
        return ""
    if canon == "midpointrounding" and key in _MIDPOINT:
        return _MIDPOINT_NAMES[_MIDPOINT[key]]
    if canon == "environment" and key in _ENVIRONMENT:
        return _ENVIRONMENT[key]()
    return NOT_HANDLED


def _machine_name() -> str:
    import socket
    return socket.gethostname()


def _user_name() -> str:
    import getpass
    return getpass.getuser()


# [Environment]'s properties as pwsh on Linux gives them (NewLine is "\n" there).
_ENVIRONMENT: dict[str, Callable[[], Any]] = {
    "newline": lambda: "\n",
    "machinename": _machine_name,
    "username": _user_name,
    "processorcount": lambda: os.cpu_count() or 1,
    "currentdirectory": os.getcwd,
    "is64bitprocess": lambda: True,
    "is64bitoperatingsystem": lambda: True,
}


def static_method(type_name: str, name: str, args: list[Any]) -> Any:
    canon = normalize_type_name(type_name)
    key = name.lower()
    table: dict[str, Callable[..., Any]] | None = None
    if canon == "math":
        table = _MATH
    elif canon == "convert":
        table = _CONVERT
    elif canon == "char":
        table = _CHAR
    elif canon in _BIGINT_NAMES:
        table = _BIGINT
    elif canon == "string":
        table = _STRING
    elif canon in ("array", "object[]"):
        table = _ARRAY
    elif canon == "object":
        table = _OBJECT
    elif canon == "environment":
        table = _ENVIRONMENT_METHODS
    if table is not None:
        fn = table.get(key)
        if fn is None:
            return NOT_HANDLED
        return _call(fn, name, args)
    if canon == "datetime" and key == "parse":
        return _call(_parse_datetime, name, args)
    if canon == "version" and key in ("parse", "new"):
        from .version import new_version, to_version
        return _call(to_version if key == "parse" else new_version, name, args)
    if key in ("parse", "tryparse") and (canon in _INTEGER_LIMITS or canon in (
            "double", "float", "decimal")):
        if key == "parse":
            return _call(lambda *a: _parse(canon, *a), name, args)
        return _call(lambda *a: _try_parse(canon, *a), name, args)
    return NOT_HANDLED


def _get_environment_variable(name: Any, *target: Any) -> Any:
    return os.environ.get(to_string(name))


def _set_environment_variable(name: Any, value: Any, *target: Any) -> None:
    key = to_string(name)
    if value is None or value == "":
        os.environ.pop(key, None)
    else:
        os.environ[key] = to_string(value)


_ENVIRONMENT_METHODS: dict[str, Callable[..., Any]] = {
    "getenvironmentvariable": _get_environment_variable,
    "setenvironmentvariable": _set_environment_variable,
}


def _parse_datetime(text: Any, *provider: Any) -> Any:
    from .convert import ConversionError, to_datetime
    try:
        return to_datetime(to_string(text))
    except ConversionError:
        raise MethodException("FormatException", f"The string '{to_string(text)}' was not "
                                                 "recognized as a valid DateTime.") from None


def _call(fn: Callable[..., Any], name: str, args: list[Any]) -> Any:
    try:
        return fn(*args)
    except MethodException as exc:
        raise _method_error(name, args, exc) from None
    except TypeError:
        raise _overload_error(name, len(args)) from None
    except PSRuntimeError as exc:
        # an argument PowerShell could not convert to the parameter's type
        if exc.record.exception_type.endswith("PSInvalidCastException"):
            raise PSRuntimeError(ErrorRecord(
                message=f'Cannot convert argument "{_arg_label(args)}", with value: "{_first_text(args)}", '
                        f'for "{name}" to type "{_cast_target(exc)}": "{exc.record.message}"',
                error_id="MethodArgumentConversionInvalidCastArgument", category=NOT_SPECIFIED,
                exception_type="System.Management.Automation.MethodException")) from None
        raise


def _arg_label(args: list[Any]) -> str:
    return "value" if len(args) <= 1 else "value"


def _first_text(args: list[Any]) -> str:
    return to_string(args[0]) if args else ""


def _cast_target(exc: PSRuntimeError) -> str:
    message = exc.record.message
    start = message.find('to type "')
    if start < 0:
        return "System.Object"
    start += len('to type "')
    return message[start:message.find('"', start)]


# ------------------------------------------------------------- Parse / TryParse

_STYLES_HEX = ("hexnumber", "allowhexspecifier")


def _parse(canon: str, text: Any, style: Any = None, *rest: Any) -> Any:
    if text is None:
        raise MethodException("ArgumentNullException", "Value cannot be null. (Parameter 's')")
    s = to_string(text)
    hexadecimal = style is not None and any(part.strip().lower() in _STYLES_HEX
                                            for part in to_string(style).split(","))
    limits = _INTEGER_LIMITS.get(canon)
    if limits is not None:
        full, lo, hi = limits
        body = s.strip()
        try:
            if hexadecimal:
                if not body or body[0] in "+-":
                    raise ValueError
                value = int(body, 16)
                bits = (hi - lo + 1).bit_length() - 1
                if value >= 1 << bits:
                    raise _overflow(_phrase(full))
                if lo < 0 and value > hi:
                    value -= 1 << bits   # a hex pattern of the full width is two's complement
            else:
                if not body or "_" in body or not body.lstrip("+-").isdigit() or body[:2] in ("++", "--", "+-", "-+"):
                    raise ValueError
                value = int(body)
        except ValueError:
            raise _format_exception(s) from None
        if not lo <= value <= hi:
            raise _overflow(_phrase(full))
        return make_integer(full, value)
    body = s.strip().replace(",", "")
    try:
        if canon == "decimal":
            result = Decimal(body)
            if not result.is_finite():
                raise ValueError
            if abs(result) > _DECIMAL_MAX:
                raise _overflow("a Decimal")
            return result
        low = body.lower()
        if low in ("infinity", "+infinity", "\u221e"):
            number = math.inf
        elif low in ("-infinity", "-\u221e"):
            number = -math.inf
        elif low == "nan":
            number = math.nan
        else:
            if "_" in body or low.startswith(("0x", "+0x", "-0x")):
                raise ValueError
            number = float(body)
    except (ValueError, ArithmeticError):
        raise _format_exception(s) from None
    return Single(number) if canon == "float" else number


def _phrase(full_name: str) -> str:
    names = {"System.Int32": "an Int32", "System.Int64": "an Int64", "System.Int16": "an Int16",
             "System.Byte": "an unsigned byte", "System.SByte": "a signed byte",
             "System.UInt16": "a UInt16", "System.UInt32": "a UInt32", "System.UInt64": "a UInt64"}
    return names.get(full_name, "a " + full_name.rsplit(".", 1)[-1])


def _try_parse(canon: str, text: Any, *rest: Any) -> bool:
    """TryParse(s, [ref]result): the result goes to the reference's Value."""
    if not rest:
        raise TypeError
    target = rest[-1]
    try:
        value = _parse(canon, text, *rest[:-1])
        ok = True
    except MethodException:
        value = convert_to_type(0, canon)
        ok = False
    if isinstance(target, PSReference):
        target.Value = value
    return ok


# ---------------------------------------------------------------------- [math]


def _number(value: Any) -> Any:
    """A [math] argument: numbers stay as they are; strings and others become Double."""
    if isinstance(value, (int, float, Decimal)) and not isinstance(value, bool):
        return value
    if isinstance(value, Char):
        return ord(value)
    return convert_to_type(value, "double")


def _double(value: Any) -> float:
    return float(convert_to_type(value, "double"))


def _abs(value: Any) -> Any:
    x = _number(value)
    if type(x) is int:
        if x == INT32_MIN:
            raise MethodException("OverflowException",
                                  "Negating the minimum value of a twos complement number is invalid.")
        return abs(x)
    if isinstance(x, TypedInt):
        if x.signed and x == x.lo and not isinstance(x, BigInteger):
            raise MethodException("OverflowException",
                                  "Negating the minimum value of a twos complement number is invalid.")
        return type(x)(abs(x))
    if type(x) is Single:
        return Single(abs(x))
    return abs(x)


def _round_mode(mode: Any) -> int:
    if isinstance(mode, int) and not isinstance(mode, bool):
        index = int(mode)
    else:
        index = _MIDPOINT.get(to_string(mode).strip().lower(), -1)
    if not 0 <= index <= 4:
        raise MethodException("ArgumentException",
                              f"The value '{to_string(mode)}' is not valid for this usage of the type "
                              f"MidpointRounding. (Parameter 'mode')")
    return index


_DECIMAL_ROUNDING = [ROUND_HALF_EVEN, ROUND_HALF_UP, ROUND_DOWN, ROUND_FLOOR, ROUND_CEILING]


def _round_double(x: float, mode: int) -> float:
    if math.isnan(x) or math.isinf(x):
        return x
    if mode == 0:
        return float(round(x))
    if mode == 1:
        whole = math.trunc(x)
        fraction = x - whole
        return float(whole + (math.copysign(1, x) if abs(fraction) >= 0.5 else 0))
    if mode == 2:
        return float(math.trunc(x))
    return float(math.floor(x) if mode == 3 else math.ceil(x))


def _round(value: Any, *rest: Any) -> Any:
    """Math.Round(x[, digits][, mode]): doubles scale by 10^digits, round, scale back,
    exactly as .NET does (so Round(2.345, 2) is 2.34: 234.49999...); decimals round
    their exact digits."""
    if len(rest) > 2:
        raise TypeError
    digits, mode = 0, 0
    if len(rest) == 2:
        digits, mode = int(convert_to_type(rest[0], "int")), _round_mode(rest[1])
    elif len(rest) == 1:
        if isinstance(rest[0], str) and not isinstance(rest[0], Char):
            mode = _round_mode(rest[0])
        else:
            digits = int(convert_to_type(rest[0], "int"))
    x = _number(value)
    if type(x) is Decimal:
        if not 0 <= digits <= 28:
            raise MethodException("ArgumentOutOfRangeException",
                                  "Rounding digits must be between 0 and 28, inclusive. (Parameter 'decimals')")
        return x.quantize(Decimal(1).scaleb(-digits), rounding=_DECIMAL_ROUNDING[mode]) \
            if x.as_tuple().exponent < -digits else x   # type: ignore[operator]
    if not 0 <= digits <= 15:
        raise MethodException("ArgumentOutOfRangeException",
                              "Rounding digits must be between 0 and 15, inclusive. (Parameter 'digits')")
    f = float(x)
    if digits == 0:
        return _round_double(f, mode)
    if abs(f) >= 1e16:
        return f
    power = 10.0 ** digits
    return _round_double(f * power, mode) / power


def _floor_like(kind: str) -> Callable[[Any], Any]:
    rounding = {"floor": ROUND_FLOOR, "ceiling": ROUND_CEILING, "truncate": ROUND_DOWN}[kind]
    fn = {"floor": math.floor, "ceiling": math.ceil, "truncate": math.trunc}[kind]

    def apply(value: Any) -> Any:
        x = _number(value)
        if type(x) is Decimal:
            return x.quantize(Decimal(1), rounding=rounding) if x.as_tuple().exponent < 0 else x  # type: ignore[operator]
        f = float(x)
        if math.isnan(f) or math.isinf(f):
            return f
        return float(fn(f))
    return apply


def _sign(value: Any) -> int:
    x = _number(value)
    if isinstance(x, float) and math.isnan(x):
        raise MethodException("ArithmeticException", "Function does not accept floating point Not-a-Number values.")
    return (x > 0) - (x < 0)


def _widest(values: list[Any]) -> Any:
    """Max/Min: the overload for the wider of the two argument types."""
    from .operators import _result_code
    code = CODE_INT32
    for v in values:
        code = _result_code(code, type_code(v))
    return code


def _max_min(pick: Callable[..., Any]) -> Callable[[Any, Any], Any]:
    def apply(a: Any, b: Any) -> Any:
        x, y = _number(a), _number(b)
        code = _widest([x, y])
        if code == CODE_DECIMAL:
            return pick(Decimal(x) if not isinstance(x, float) else Decimal(repr(x)),
                        Decimal(y) if not isinstance(y, float) else Decimal(repr(y)))
        if code >= CODE_DOUBLE or isinstance(x, float) or isinstance(y, float):
            if isinstance(x, float) and math.isnan(x) or isinstance(y, float) and math.isnan(y):
                return math.nan
            if type(x) is Single and type(y) is Single:
                return Single(pick(x, y))
            return float(pick(float(x), float(y)))
        if isinstance(x, BigInteger) or isinstance(y, BigInteger):
            return BigInteger(pick(x, y))
        from .operators import _integer_result
        return _integer_result(code, pick(int(x), int(y)))
    return apply


def _log(value: Any, base: Any = None) -> float:
    x = _double(value)
    if base is None:
        return _safe_log(x, math.log)
    b = _double(base)
    if b == 1 or b <= 0 or x < 0:
        return math.nan
    return _safe_log(x, math.log) / math.log(b)


def _safe_log(x: float, fn: Callable[[float], float]) -> float:
    if math.isnan(x) or x < 0:
        return math.nan
    if x == 0:
        return -math.inf
    if math.isinf(x):
        return math.inf
    return fn(x)


def _pow(a: Any, b: Any) -> float:
    """Math.Pow (IEEE 754 pow): Python's math.pow raises where .NET gives ±∞ or NaN."""
    x, y = _double(a), _double(b)
    try:
        return math.pow(x, y)
    except OverflowError:
        # |x|**y too large: the sign is negative only for a negative base and an odd exponent
        odd = y.is_integer() and int(y) % 2 == 1
        return -math.inf if x < 0 and odd else math.inf
    except ValueError:
        if x == 0 and y < 0:
            # pow(±0, y<0): ±∞ for an odd integer y (keeping the zero's sign), else +∞
            odd = y.is_integer() and int(y) % 2 == 1
            return math.copysign(math.inf, x) if odd else math.inf
        return math.nan     # a negative base with a non-integer exponent


def _overflowing(fn: Callable[[float], float], odd: bool) -> Callable[[float], float]:
    """Sinh / Cosh: past Double's range .NET gives ±∞ (Sinh keeps the sign: it is odd)."""
    def apply(x: float) -> float:
        try:
            return fn(x)
        except OverflowError:
            return math.copysign(math.inf, x) if odd else math.inf
    return apply


def _unary_double(fn: Callable[[float], float]) -> Callable[[Any], float]:
    def apply(value: Any) -> float:
        try:
            return fn(_double(value))
        except (ValueError, OverflowError):
            return math.nan
    return apply


def _sqrt(value: Any) -> float:
    x = _double(value)
    return math.nan if x < 0 or math.isnan(x) else math.sqrt(x)


def _exp(value: Any) -> float:
    try:
        return math.exp(_double(value))
    except OverflowError:
        return math.inf


def _clamp(value: Any, low: Any, high: Any) -> Any:
    if _number(low) > _number(high):
        raise MethodException("ArgumentException",
                              f"'{to_string(low)}' cannot be greater than {to_string(high)}.")
    return _max_min(max)(low, _max_min(min)(value, high))


def _bigmul(a: Any, b: Any) -> Int64:
    return Int64(int(convert_to_type(a, "int")) * int(convert_to_type(b, "int")))


_MATH: dict[str, Callable[..., Any]] = {
    "abs": _abs, "round": _round, "floor": _floor_like("floor"), "ceiling": _floor_like("ceiling"),
    "truncate": _floor_like("truncate"), "sign": _sign, "max": _max_min(max), "min": _max_min(min),
    "pow": _pow, "sqrt": _sqrt, "exp": _exp, "log": _log,
    "log10": lambda v: _safe_log(_double(v), math.log10), "log2": lambda v: _safe_log(_double(v), math.log2),
    "sin": _unary_double(math.sin), "cos": _unary_double(math.cos), "tan": _unary_double(math.tan),
    "asin": _unary_double(math.asin), "acos": _unary_double(math.acos), "atan": _unary_double(math.atan),
    "sinh": _unary_double(_overflowing(math.sinh, True)),
    "cosh": _unary_double(_overflowing(math.cosh, False)), "tanh": _unary_double(math.tanh),
    "atan2": lambda y, x: math.atan2(_double(y), _double(x)),
    "cbrt": _unary_double(lambda x: math.copysign(abs(x) ** (1 / 3), x)),
    "clamp": _clamp, "bigmul": _bigmul,
}


# --------------------------------------------------------------- [bigint]


def _big(value: Any) -> int:
    return int(convert_to_type(value, "bigint"))


def _big_pow(value: Any, exponent: Any) -> BigInteger:
    e = int(convert_to_type(exponent, "int"))
    if e < 0:
        raise MethodException("ArgumentOutOfRangeException",
                              "The number must be greater than or equal to zero. (Parameter 'exponent')")
    return BigInteger(_big(value) ** e)


def _big_parse(text: Any, *rest: Any) -> BigInteger:
    s = to_string(text).strip()
    body = s[1:] if s[:1] in "+-" else s
    if not body.isdigit() or not body.isascii():
        raise _format_exception(to_string(text))
    return BigInteger(int(s))


def _big_divide(a: Any, b: Any) -> BigInteger:
    x, y = _big(a), _big(b)
    if y == 0:
        raise MethodException("DivideByZeroException", "Attempted to divide by zero.")
    q = abs(x) // abs(y)
    return BigInteger(q if (x < 0) == (y < 0) else -q)


def _big_remainder(a: Any, b: Any) -> BigInteger:
    x, y = _big(a), _big(b)
    if y == 0:
        raise MethodException("DivideByZeroException", "Attempted to divide by zero.")
    r = abs(x) % abs(y)
    return BigInteger(-r if x < 0 else r)


def _big_modpow(value: Any, exponent: Any, modulus: Any) -> BigInteger:
    m = _big(modulus)
    if m == 0:
        raise MethodException("DivideByZeroException", "Attempted to divide by zero.")
    r = pow(_big(value), _big(exponent), abs(m))
    return BigInteger(r)


def _big_log(value: Any, base: Any = None) -> float:
    x = _big(value)
    if x < 0:
        return math.nan
    if x == 0:
        return -math.inf
    natural = math.log(x)
    return natural if base is None else natural / math.log(_double(base))


_BIGINT: dict[str, Callable[..., Any]] = {
    "pow": _big_pow, "parse": _big_parse, "abs": lambda v: BigInteger(abs(_big(v))),
    "add": lambda a, b: BigInteger(_big(a) + _big(b)), "subtract": lambda a, b: BigInteger(_big(a) - _big(b)),
    "multiply": lambda a, b: BigInteger(_big(a) * _big(b)), "divide": _big_divide,
    "remainder": _big_remainder, "negate": lambda v: BigInteger(-_big(v)),
    "max": lambda a, b: BigInteger(max(_big(a), _big(b))), "min": lambda a, b: BigInteger(min(_big(a), _big(b))),
    "greatestcommondivisor": lambda a, b: BigInteger(math.gcd(_big(a), _big(b))),
    "modpow": _big_modpow, "log": _big_log, "log10": lambda v: _big_log(v, 10),
    "compare": lambda a, b: (_big(a) > _big(b)) - (_big(a) < _big(b)),
    "tryparse": lambda text, ref: _big_try_parse(text, ref),
}


def _big_try_parse(text: Any, ref: Any) -> bool:
    try:
        value, ok = _big_parse(text), True
    except MethodException:
        value, ok = BigInteger(0), False
    if isinstance(ref, PSReference):
        ref.Value = value
    return ok


# -------------------------------------------------------------- [convert]

_BASES = (2, 8, 10, 16)
# parameter type -> (.NET name, bits, signed) for ToXxx(string, fromBase)
_TO_INTEGER: dict[str, tuple[str, int, bool]] = {
    "toint32": ("System.Int32", 32, True), "toint64": ("System.Int64", 64, True),
    "toint16": ("System.Int16", 16, True), "tosbyte": ("System.SByte", 8, True),
    "tobyte": ("System.Byte", 8, False), "touint16": ("System.UInt16", 16, False),
    "touint32": ("System.UInt32", 32, False), "touint64": ("System.UInt64", 64, False),
}
_CANON = {"System.Int32": "int", "System.Int64": "long", "System.Int16": "int16", "System.SByte": "sbyte",
          "System.Byte": "byte", "System.UInt16": "uint16", "System.UInt32": "uint32",
          "System.UInt64": "uint64"}


def _bits_of(value: Any) -> int:
    """The width of the Convert.ToString(x, base) overload PowerShell picks: the
    overloads take byte, short, int and long, so SByte goes to short, UInt16 to int."""
    if isinstance(value, Byte):
        return 8
    if isinstance(value, (SByte, Int16)):
        return 16
    if type(value) is int and INT32_MIN <= value <= INT32_MAX or isinstance(value, UInt16):
        return 32
    return 64


def _convert_to_string(value: Any, base: Any = None, *rest: Any) -> str:
    if rest:
        raise TypeError
    if base is None:
        if isinstance(value, float) and type(value) is float:
            from .composite_format import shortest_double
            return shortest_double(value)
        return to_string(value)
    radix = int(convert_to_type(base, "int"))
    if radix not in _BASES:
        raise MethodException("ArgumentException", "Invalid Base. (Parameter 'toBase')")
    if isinstance(value, (float, Decimal)) or isinstance(value, bool):
        number = int(convert_to_type(value, "long"))
    elif isinstance(value, int):
        number = int(value)
    else:
        number = int(convert_to_type(value, "long"))
    bits = _bits_of(value if isinstance(value, int) and not isinstance(value, bool) else Int64(number))
    if radix == 10:
        return str(number)
    if number < 0:
        number += 1 << bits
    return format(number, {2: "b", 8: "o", 16: "x"}[radix])


def _convert_integer(key: str) -> Callable[..., Any]:
    full, bits, signed = _TO_INTEGER[key]

    def apply(value: Any, base: Any = None, *rest: Any) -> Any:
        if rest:
            raise TypeError
        if base is None:
            if value is None:
                return make_integer(full, 0)
            if isinstance(value, str) and not isinstance(value, Char):
                return _parse(_CANON[full], value)
            try:
                return convert_to_type(value, _CANON[full])
            except PSRuntimeError:
                if isinstance(value, (int, float, Decimal)) and not isinstance(value, bool):
                    raise _overflow(_phrase(full)) from None
                raise
        radix = int(convert_to_type(base, "int"))
        if radix not in _BASES:
            raise MethodException("ArgumentException", "Invalid Base. (Parameter 'fromBase')")
        text = to_string(value).strip()
        body = text
        negative = False
        if radix == 10 and body[:1] == "-":
            negative, body = True, body[1:]
        if radix == 16 and body[:2].lower() == "0x":
            body = body[2:]
        try:
            number = int(body, radix) if body and body[0] not in "+-_" and "_" not in body else None
        except ValueError:
            number = None
        if number is None:
            if not body:
                raise MethodException("ArgumentOutOfRangeException",
                                      "Index was out of range. Must be non-negative and less than the size of "
                                      "the collection. (Parameter 'startIndex')")
            raise MethodException("FormatException",
                                  "Could not find any recognizable digits." if not body[0].isalnum()
                                  else "Additional non-parsable characters are at the end of the string.")
        if radix == 10:
            number = -number if negative else number
            lo, hi = (-(1 << (bits - 1)), (1 << (bits - 1)) - 1) if signed else (0, (1 << bits) - 1)
            if not lo <= number <= hi:
                raise _overflow(_phrase(full))
            return make_integer(full, number)
        if number >= 1 << bits:
            raise _overflow(_phrase(full))
        if signed and number >= 1 << (bits - 1):
            number -= 1 << bits   # the digits are the type's bit pattern
        return make_integer(full, number)
    return apply


def _to_base64(data: Any, *rest: Any) -> str:
    import base64
    items = data if isinstance(data, (list, tuple)) else [data]
    return base64.b64encode(bytes(int(convert_to_type(b, "byte")) for b in items)).decode("ascii")


def _from_base64(text: Any) -> list[Byte]:
    import base64
    import binascii
    try:
        raw = base64.b64decode(to_string(text), validate=True)
    except (binascii.Error, ValueError):
        raise MethodException("FormatException",
                              "The input is not a valid Base-64 string as it contains a non-base 64 character, "
                              "more than two padding characters, or an illegal character among the padding "
                              "characters.") from None
    return [Byte(b) for b in raw]


_CONVERT: dict[str, Callable[..., Any]] = {
    "tostring": _convert_to_string,
    **{key: _convert_integer(key) for key in _TO_INTEGER},
    "todouble": lambda v: _parse("double", v) if isinstance(v, str) and not isinstance(v, Char)
    else convert_to_type(v, "double"),
    "tosingle": lambda v: convert_to_type(v, "float"),
    "todecimal": lambda v: convert_to_type(v, "decimal"),
    "toboolean": lambda v: _to_boolean(v),
    "tochar": lambda v: convert_to_type(v, "char"),
    "tobase64string": _to_base64,
    "frombase64string": _from_base64,
    "tohexstring": lambda data: "".join(f"{int(convert_to_type(b, 'byte')):02X}" for b in
                                        (data if isinstance(data, (list, tuple)) else [data])),
}


def _to_boolean(value: Any) -> bool:
    if isinstance(value, str) and not isinstance(value, Char):
        text = value.strip().lower()
        if text in ("true", "false"):
            return text == "true"
        raise MethodException("FormatException", f"String '{value}' was not recognized as a valid Boolean.")
    if isinstance(value, (int, float, Decimal)):
        return value != 0
    return bool(convert_to_type(value, "bool"))


# ----------------------------------------------------------------- [char]


def _char_arg(value: Any, index: Any = None) -> str:
    """The (char) or (string, index) overloads."""
    if index is not None:
        s = to_string(value)
        i = int(convert_to_type(index, "int"))
        units = s.encode("utf-16-le", "surrogatepass")
        if not 0 <= i < len(units) // 2:
            raise MethodException("ArgumentOutOfRangeException",
                                  "Index was out of range. Must be non-negative and less than the size of the "
                                  "collection. (Parameter 'index')")
        return chr(int.from_bytes(units[2 * i:2 * i + 2], "little"))
    return str(convert_to_type(value, "char"))


def _category_test(*categories: str) -> Callable[..., bool]:
    wanted = frozenset(categories)

    def test(value: Any, index: Any = None) -> bool:
        ch = _char_arg(value, index)
        if 0xD800 <= ord(ch) <= 0xDFFF:
            return "Cs" in wanted
        return unicodedata.category(ch) in wanted
    return test


_LETTER = ("Lu", "Ll", "Lt", "Lm", "Lo")
_WHITESPACE_EXTRA = frozenset("\t\n\v\f\r\x85\xa0")


def _is_whitespace(value: Any, index: Any = None) -> bool:
    ch = _char_arg(value, index)
    return ch in _WHITESPACE_EXTRA or unicodedata.category(ch) in ("Zs", "Zl", "Zp")


def _numeric_value(value: Any, index: Any = None) -> float:
    ch = _char_arg(value, index)
    return float(unicodedata.numeric(ch, -1.0))


def _from_utf32(value: Any) -> str:
    code = int(convert_to_type(value, "int"))
    if not 0 <= code <= 0x10FFFF or 0xD800 <= code <= 0xDFFF:
        raise MethodException("ArgumentOutOfRangeException",
                              "A valid UTF32 value is between 0x000000 and 0x10ffff, inclusive, and should not "
                              "include surrogate codepoint values (0x00d800 ~ 0x00dfff). (Parameter 'utf32')")
    return chr(code)


def _to_utf32(first: Any, second: Any) -> int:
    if isinstance(first, Char) and isinstance(second, Char):
        high, low = ord(first), ord(second)
    else:
        s = to_string(first)
        i = int(convert_to_type(second, "int"))
        units = s.encode("utf-16-le", "surrogatepass")
        if not 0 <= i < len(units) // 2:
            raise MethodException("ArgumentOutOfRangeException",
                                  "Index was out of range. Must be non-negative and less than the size of the "
                                  "collection. (Parameter 'index')")
        high = int.from_bytes(units[2 * i:2 * i + 2], "little")
        if not 0xD800 <= high <= 0xDBFF:
            if 0xDC00 <= high <= 0xDFFF:
                raise MethodException("ArgumentException",
                                      f"Found a low surrogate char without a preceding high surrogate at index: "
                                      f"{i}. The input may not be in this encoding, or may not contain valid "
                                      f"Unicode (UTF-16) characters. (Parameter 's')")
            return high
        low = int.from_bytes(units[2 * i + 2:2 * i + 4], "little") if 2 * i + 4 <= len(units) else 0
    if not (0xD800 <= high <= 0xDBFF and 0xDC00 <= low <= 0xDFFF):
        raise MethodException("ArgumentException", "Found a high surrogate char without a following low surrogate "
                              "at index: 0. The input may not be in this encoding, or may not contain valid "
                              "Unicode (UTF-16) characters. (Parameter 's')")
    return 0x10000 + ((high - 0xD800) << 10) + (low - 0xDC00)


def _char_parse(value: Any) -> Char:
    s = to_string(value)
    if len(s) != 1:
        raise MethodException("FormatException", "String must be exactly one character long.")
    return Char(s)


_CHAR: dict[str, Callable[..., Any]] = {
    "isdigit": _category_test("Nd"), "isletter": _category_test(*_LETTER),
    "isletterordigit": _category_test(*_LETTER, "Nd"), "isupper": _category_test("Lu"),
    "islower": _category_test("Ll"), "isnumber": _category_test("Nd", "Nl", "No"),
    "ispunctuation": _category_test("Pc", "Pd", "Ps", "Pe", "Pi", "Pf", "Po"),
    "issymbol": _category_test("Sm", "Sc", "Sk", "So"), "iscontrol": _category_test("Cc"),
    "isseparator": _category_test("Zs", "Zl", "Zp"), "issurrogate": _category_test("Cs"),
    "ishighsurrogate": lambda v, i=None: 0xD800 <= ord(_char_arg(v, i)) <= 0xDBFF,
    "islowsurrogate": lambda v, i=None: 0xDC00 <= ord(_char_arg(v, i)) <= 0xDFFF,
    "isascii": lambda v: ord(_char_arg(v)) < 128,
    "iswhitespace": _is_whitespace,
    "toupper": lambda v, *c: Char(_char_arg(v).upper() if len(_char_arg(v).upper()) == 1 else _char_arg(v)),
    "tolower": lambda v, *c: Char(_char_arg(v).lower() if len(_char_arg(v).lower()) == 1 else _char_arg(v)),
    "toupperinvariant": lambda v: Char(_char_arg(v).upper() if len(_char_arg(v).upper()) == 1 else _char_arg(v)),
    "tolowerinvariant": lambda v: Char(_char_arg(v).lower() if len(_char_arg(v).lower()) == 1 else _char_arg(v)),
    "getnumericvalue": _numeric_value,
    "convertfromutf32": _from_utf32, "converttoutf32": _to_utf32,
    "parse": _char_parse,
    "tostring": lambda v: str(_char_arg(v)),
}

# ------------------------------------------------------------- [string], [array], [object]


def _string_format(fmt: Any, *args: Any) -> str:
    from .composite_format import format_composite
    values = list(args[0]) if len(args) == 1 and isinstance(args[0], (list, tuple)) else list(args)
    return format_composite(to_string(fmt), values)


def _string_concat(*args: Any) -> str:
    values = args[0] if len(args) == 1 and isinstance(args[0], (list, tuple)) else args
    return "".join(to_string(v) for v in values)


def _string_join(separator: Any, *values: Any) -> str:
    items = values[0] if len(values) == 1 and isinstance(values[0], (list, tuple)) else values
    return to_string(separator).join(to_string(v) for v in items)


def _string_new(value: Any, count: Any = None, *rest: Any) -> str:
    """[string]::new('x', 3) repeats a char; [string]::new($chars) joins a char array."""
    if rest:
        raise TypeError("no such constructor")
    if count is None:
        if isinstance(value, (list, tuple)):
            return "".join(to_string(c) for c in value)
        return to_string(value)
    char = convert_to_type(value, "char")
    return str(char) * max(int(convert_to_type(count, "int")), 0)


def _string_compare(a: Any, b: Any, ignore_case: Any = False, *rest: Any) -> int:
    from .convert import to_bool
    from .operators import ps_compare
    if a is None or b is None:
        return (a is not None) - (b is not None)
    result = ps_compare(to_string(a), to_string(b), to_bool(ignore_case) if not isinstance(ignore_case, str)
                        else "ignorecase" in ignore_case.lower())
    return (result > 0) - (result < 0)


_STRING: dict[str, Callable[..., Any]] = {
    "format": _string_format,
    "concat": _string_concat,
    "join": _string_join,
    "isnullorempty": lambda s: s is None or to_string(s) == "",
    "isnullorwhitespace": lambda s: s is None or to_string(s).strip() == "",
    "new": _string_new,
    "compare": _string_compare,
    "equals": lambda a, b: a == b if a is None or b is None else to_string(a) == to_string(b),
    "copy": lambda s: to_string(s),
}


def _array_of(value: Any) -> list[Any]:
    if not isinstance(value, list):
        raise MethodException("ArgumentException", "Object must be an array.")
    return value


def _array_index_of(array: Any, value: Any, *rest: Any) -> int:
    from .operators import ps_equals
    items = array if isinstance(array, (list, tuple)) else [array]
    start = int(convert_to_type(rest[0], "int")) if rest else 0
    for i in range(start, len(items)):
        if ps_equals(items[i], value):
            return i
    return -1


def _array_reverse(array: Any) -> None:
    _array_of(array).reverse()


def _array_sort(array: Any) -> None:
    from .operators import ps_compare
    import functools
    _array_of(array).sort(key=functools.cmp_to_key(lambda a, b: ps_compare(a, b, False)))


def _reference_equals(a: Any, b: Any) -> bool:
    if a is None or b is None:
        return a is None and b is None
    if isinstance(a, (int, float, Decimal)) or isinstance(b, (int, float, Decimal)):
        return False   # value types are boxed separately for each argument
    return a is b


_ARRAY: dict[str, Callable[..., Any]] = {
    "indexof": _array_index_of,
    "lastindexof": lambda array, value: max((i for i, x in enumerate(array) if x == value), default=-1),
    "reverse": _array_reverse,
    "sort": _array_sort,
}

_OBJECT: dict[str, Callable[..., Any]] = {
    "referenceequals": _reference_equals,
    "equals": lambda a, b: a == b,
}


__all__ = ["NOT_HANDLED", "static_member", "static_method"]
