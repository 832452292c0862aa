"""PowerShell operators: comparison, pattern, containment, string, type, arithmetic,
bitwise, range, logical.

`binary_operator(op)` / `unary_operator(op)` return a function specialised for the
operator once (the executor looks it up when it compiles an expression), so the
per-object cost in a filter is one Python call plus the work itself.

Semantics follow PowerShell 7 (LanguagePrimitives.Equals/Compare, ParserOps):
- the left operand decides: the right one is converted to the left one's type;
- a collection (list/tuple) on the left filters: the result is the list of
  elements for which the test holds (-like returns them stringified, as PowerShell);
- -contains/-notcontains/-in/-notin/-is/-isnot always return bool;
- $Matches is set by a successful scalar -match (or failing -notmatch) only.

Numbers (numbers.py): plain ints are Int32 (Int64 beyond its range); the typed
int subclasses keep [long], [byte], [uint32] ... ; arithmetic widens as PowerShell's
binder does (see `_result_code`): the wider type wins, types below Int32 compute as
Int32, UInt32 with a signed operand as Int64, UInt64 with a signed operand as
Decimal; an overflowing integer result becomes a Double; any Decimal makes the
operation Decimal, any Double/Single makes it Double. [decimal] values are Python
Decimals (28 significant digits, as .NET).
String ordering approximates the invariant culture
(ICU) collation: punctuation < digits < letters, case-insensitive first, then
lower case before upper case.
"""
from __future__ import annotations

import math
from collections.abc import Callable
from datetime import datetime, timedelta
from decimal import Decimal, DivisionByZero, InvalidOperation
from typing import Any, Protocol

from ..errors import (INVALID_ARGUMENT, INVALID_OPERATION, NOT_SPECIFIED, OPERATION_STOPPED,
                      PSRuntimeError)
from . import dotnet_regex
from .casts import (INT32_MAX, INT32_MIN, INT64_MAX, INT64_MIN, Char, cast_error, convert_to_type,
                    format_error, is_type, number_of, parse_number, try_convert)
from .convert import ConversionError, ps_string, to_bool, to_datetime, to_string
from .numbers import (CODE_BIGINT, CODE_DECIMAL, CODE_DOUBLE, CODE_INT32, CODE_INT64, CODE_SINGLE,
                      CODE_UINT32, CODE_UINT64, NUMBER_TYPES, UNSIGNED_CODES, BigInteger, Int64,
                      Single, TypedInt, UInt32, UInt64, type_code)
from .values import AUTOMATION_NULL, Hashtable, PSCustomObject, ScriptBlockValue, type_names
from .wildcard import compile_wildcard, wildcard_match

__all__ = [
    "OperatorContext", "binary_operator", "unary_operator", "compare", "wildcard_match",
    "compile_wildcard", "convert_to_type", "is_type", "ps_equals", "ps_compare", "Char",
    "SimpleContext",
]


class OperatorContext(Protocol):
    matches: Any
    ofs: str


class SimpleContext:
    """A stand-alone context (tests, cmdlets that evaluate operators outside a session)."""

    __slots__ = ("matches", "ofs")

    def __init__(self, ofs: str = " ") -> None:
        self.matches: Any = None
        self.ofs = ofs


_NULL = AUTOMATION_NULL
_SEQ = (list, tuple)


# ===================================================================== errors


def _runtime_error(message: str, error_id: str, category: str = INVALID_OPERATION,
                   exception_type: str = "System.Management.Automation.RuntimeException",
                   target: Any = None) -> PSRuntimeError:
    return PSRuntimeError.of(message, error_id, category, target=target, exception_type=exception_type)


def _divide_by_zero() -> PSRuntimeError:
    return _runtime_error("Attempted to divide by zero.", "RuntimeException", NOT_SPECIFIED)


def _type_name(value: Any) -> str:
    if value is None:
        return "$null"
    if isinstance(value, _SEQ):
        return "System.Object[]"
    return type_names(value)[0]


def _method_not_found(value: Any, method: str) -> PSRuntimeError:
    return _runtime_error(f"Method invocation failed because [{_type_name(value)}] does not contain "
                          f"a method named '{method}'.", "MethodNotFound")


def _comparison_failure(first: Any, second: Any, inner: str) -> PSRuntimeError:
    return _runtime_error(f'Could not compare "{to_string(first)}" to "{to_string(second)}". '
                          f'Error: "{inner}"', "ComparisonFailure")


def _not_comparable(first: Any) -> PSRuntimeError:
    return _runtime_error(f'Cannot compare "{to_string(first)}" because it is not IComparable.',
                          "NotIcomparable")


# ============================================================ string ordering


def _char_class_key(ch: str) -> int:
    if ch.isalpha():
        return 3
    if ch.isdigit():
        return 2
    if ch.isspace():
        return 0
    return 1


def _collation_key(text: str) -> tuple[Any, ...]:
    primary = tuple((_char_class_key(ch), ch.lower()) for ch in text)
    tertiary = tuple(ch.isupper() for ch in text)
    return primary, tertiary


def _string_compare(a: str, b: str, ignore_case: bool) -> int:
    """CompareInfo.Compare(a, b[, IgnoreCase]) under the invariant culture (approximation)."""
    if a == b:
        return 0
    la, lb = a.lower(), b.lower()
    if la == lb:
        if ignore_case:
            return 0
        ka, kb = _collation_key(a)[1], _collation_key(b)[1]
        return -1 if ka < kb else (1 if ka > kb else 0)
    if la.isalnum() and lb.isalnum() and la.isascii() and lb.isascii() and (
            la.isalpha() and lb.isalpha()):
        return -1 if la < lb else 1
    ka, kb = _collation_key(a)[0], _collation_key(b)[0]
    if ka != kb:
        return -1 if ka < kb else 1
    return 0 if ignore_case else (-1 if _collation_key(a)[1] < _collation_key(b)[1] else 1)


# ================================================================ equality


_DATE_CACHE: dict[str, datetime | None] = {}


def _cached_datetime(text: str) -> datetime:
    """to_datetime for a string, memoised (filters compare every object with the same literal)."""
    try:
        value = _DATE_CACHE[text]
    except KeyError:
        if len(_DATE_CACHE) > 1000:
            _DATE_CACHE.clear()
        try:
            value = to_datetime(text)
        except ConversionError:
            value = None
        _DATE_CACHE[text] = value
    if value is None:
        return to_datetime(text)  # raises with the message
    return value


def _is_number(v: Any) -> bool:
    return type(v) in NUMBER_TYPES


def _to_decimal(value: Any) -> Decimal:
    """A number as System.Decimal: a double keeps its 15 significant digits, as
    .NET's (decimal)double conversion does."""
    if isinstance(value, float):
        if math.isnan(value) or math.isinf(value):
            raise cast_error(f'Cannot convert value "{to_string(value)}" to type "System.Decimal". '
                             f'Error: "Value was either too large or too small for a Decimal."',
                             "InvalidCastIConvertible")
        return Decimal(format(value, ".7g" if type(value) is Single else ".15g"))
    return value if type(value) is Decimal else Decimal(int(value))


def ps_equals(first: Any, second: Any, ignore_case: bool = True, ofs: str = " ") -> bool:
    """LanguagePrimitives.Equals: the second is converted to the type of the first."""
    if first is None or first is _NULL:
        return second is None or second is _NULL
    if second is None or second is _NULL:
        return False
    t1 = type(first)
    if t1 is str:
        if type(second) is not str:
            second = ps_string(second, ofs)
        if first == second:
            return True
        return ignore_case and first.lower() == second.lower()
    if t1 in NUMBER_TYPES:
        t2 = type(second)
        if t2 in NUMBER_TYPES:
            if (t1 is Decimal) is not (t2 is Decimal) and (
                    isinstance(first, float) or isinstance(second, float)):
                return float(first) == float(second)
            return first == second
        if t2 is bool:
            return first == int(second)
        if t2 is Char:
            return first == ord(second)
        if isinstance(second, str):
            number = parse_number(second)
            return number is not None and number == first
        if isinstance(second, _SEQ) and len(second) == 1:
            return ps_equals(first, second[0], ignore_case, ofs)
        return False
    if t1 is bool:
        return first == to_bool(second)
    if t1 is Char:
        if isinstance(second, str):
            if len(second) != 1:
                return False
            return first == second or (ignore_case and first.upper() == second.upper())
        if _is_number(second):
            return ord(first) == second
        return False
    if isinstance(first, str):
        return ps_equals(str(first), second, ignore_case, ofs)
    if t1 is datetime:
        if isinstance(second, datetime):
            return first == second
        if isinstance(second, str):
            try:
                return first == _cached_datetime(second)
            except ConversionError:
                return False
        return False
    if first is second:
        return True
    compare_to = getattr(first, "ps_compare_to", None)   # [version]'1.2' -eq '1.2'
    if compare_to is not None:
        try:
            return compare_to(second) == 0
        except PSRuntimeError:
            return False
    if isinstance(first, (Hashtable, PSCustomObject)) or isinstance(first, _SEQ):
        return False
    try:
        return bool(first == second)
    except Exception:  # noqa: BLE001 - foreign __eq__
        return False


# ================================================================ ordering


def _compare_to_null(value: Any, number_on_right: bool) -> int:
    i = -1 if number_on_right else 1
    if _is_number(value):
        return -i if value < 0 else i
    return i


def ps_compare(first: Any, second: Any, ignore_case: bool = True, ofs: str = " ") -> int:
    """LanguagePrimitives.Compare: <0, 0, >0; raises ComparisonFailure / NotIcomparable."""
    if first is _NULL:
        first = None
    if second is _NULL:
        second = None
    if first is None:
        return 0 if second is None else _compare_to_null(second, True)
    if second is None:
        return _compare_to_null(first, False)
    t1 = type(first)
    if t1 is str or (isinstance(first, str) and t1 is not Char):
        s2 = second if type(second) is str else ps_string(second, ofs)
        return _string_compare(first, s2, ignore_case)
    if t1 is bool or t1 in NUMBER_TYPES:
        if t1 is bool:
            a: Any = int(first)
            b: Any = int(to_bool(second))
        else:
            a = first
            t2 = type(second)
            if t2 in NUMBER_TYPES:
                b = second
                if (t1 is Decimal) is not (t2 is Decimal) and (
                        isinstance(a, float) or isinstance(b, float)):
                    a, b = float(a), float(b)
            elif t2 is bool:
                b = int(second)
            elif t2 is Char:
                b = ord(second)
            elif isinstance(second, str):
                b = parse_number(second)
                if b is None:
                    raise _comparison_failure(first, second, format_error(
                        second, "System.Int32" if t1 is int else "System.Double"))
            else:
                try:
                    b = number_of(second, "System.Int32" if t1 is int else "System.Double")
                except PSRuntimeError as exc:
                    raise _comparison_failure(first, second, exc.record.message) from None
        if a != a or b != b:  # NaN: .NET orders NaN below everything
            return 0 if (a != a and b != b) else (-1 if a != a else 1)
        return -1 if a < b else (1 if a > b else 0)
    if t1 is Char:
        if isinstance(second, str) and len(second) == 1:
            x, y = (first.upper(), second.upper()) if ignore_case else (first, second)
            return -1 if x < y else (1 if x > y else 0)
        if _is_number(second):
            return -1 if ord(first) < second else (1 if ord(first) > second else 0)
        raise _comparison_failure(first, second, f'Cannot convert value "{to_string(second)}" to type '
                                  f'"System.Char". Error: "String must be exactly one character long."')
    if t1 is datetime:
        if not isinstance(second, datetime):
            try:
                second = _cached_datetime(second) if isinstance(second, str) else to_datetime(second)
            except ConversionError as exc:
                raise _comparison_failure(first, second, str(exc)) from None
        return -1 if first < second else (1 if first > second else 0)
    if t1 is timedelta:
        if not isinstance(second, timedelta):
            try:
                second = convert_to_type(second, "timespan")
            except PSRuntimeError as exc:
                raise _comparison_failure(first, second, exc.record.message) from None
        return -1 if first < second else (1 if first > second else 0)
    compare_to = getattr(first, "ps_compare_to", None)   # IComparable ([version])
    if compare_to is not None:
        try:
            return compare_to(second)
        except PSRuntimeError as exc:
            raise _comparison_failure(first, second, exc.record.message) from None
    if first is second or (not isinstance(first, (Hashtable, PSCustomObject, list, tuple)) and _safe_eq(first, second)):
        return 0
    if isinstance(first, _SEQ):
        raise _not_comparable(first)
    raise _not_comparable(first)


def _safe_eq(a: Any, b: Any) -> bool:
    try:
        return bool(a == b)
    except Exception:  # noqa: BLE001
        return False


# ======================================================= comparison operators


def _make_eq(ignore_case: bool, negate: bool) -> Callable[[Any, Any, Any], Any]:
    def scalar(left: Any, right: Any, ctx: Any) -> bool:
        t = type(left)
        if t is type(right):
            if t is str:
                if left == right:
                    return not negate
                if ignore_case:
                    return (left.lower() == right.lower()) != negate
                return negate
            if t is int or t is float or t is bool:
                return (left == right) != negate
        return ps_equals(left, right, ignore_case, _ofs(ctx)) != negate

    def op(left: Any, right: Any, ctx: Any) -> Any:
        t = type(left)
        if t is str and type(right) is str:
            if left == right:
                return not negate
            if ignore_case:
                return (left.lower() == right.lower()) != negate
            return negate
        if t is list or t is tuple:
            return [x for x in left if scalar(x, right, ctx)]
        return scalar(left, right, ctx)

    op.scalar = scalar  # type: ignore[attr-defined]
    return op


def _ofs(ctx: Any) -> str:
    if ctx is None:
        return " "
    ofs = getattr(ctx, "ofs", " ")
    return " " if ofs is None else ofs


_ORDER_TESTS: dict[str, Callable[[int], bool]] = {
    "gt": lambda c: c > 0, "ge": lambda c: c >= 0, "lt": lambda c: c < 0, "le": lambda c: c <= 0,
}


def _make_order(kind: str, ignore_case: bool) -> Callable[[Any, Any, Any], Any]:
    test = _ORDER_TESTS[kind]

    def scalar(left: Any, right: Any, ctx: Any) -> bool:
        t = type(left)
        if (t is int or t is float) and type(right) is t:
            if kind == "gt":
                return left > right
            if kind == "lt":
                return left < right
            if kind == "ge":
                return left >= right
            return left <= right
        return test(ps_compare(left, right, ignore_case, _ofs(ctx)))

    def op(left: Any, right: Any, ctx: Any) -> Any:
        if isinstance(left, _SEQ):
            return [x for x in left if scalar(x, right, ctx)]
        return scalar(left, right, ctx)

    op.scalar = scalar  # type: ignore[attr-defined]
    return op


# ---------------------------------------------------------------- -like


def _make_like(case_sensitive: bool, negate: bool) -> Callable[[Any, Any, Any], Any]:
    last: list[Any] = [None, None]   # one-entry cache: (pattern, matcher)

    def op(left: Any, right: Any, ctx: Any) -> Any:
        if type(right) is str and right == last[0]:
            match = last[1]
            if type(left) is str:
                return match(left) != negate
        else:
            pattern = right if type(right) is str else ps_string(right, _ofs(ctx))
            match = compile_wildcard(pattern, case_sensitive)
            last[0], last[1] = pattern, match
        ofs = _ofs(ctx)
        if isinstance(left, _SEQ):
            out = []
            for x in left:
                s = x if type(x) is str else ("" if x is None else ps_string(x, ofs))
                if match(s) != negate:
                    out.append(s)
            return out
        s = left if type(left) is str else ("" if left is None or left is _NULL else ps_string(left, ofs))
        return match(s) != negate

    return op


# ---------------------------------------------------------------- -match


def _regex_of(right: Any, ignore_case: bool, ofs: str) -> dotnet_regex.DotNetRegex:
    if isinstance(right, dotnet_regex.DotNetRegex):
        return right
    pattern = right if type(right) is str else ps_string(right, ofs)
    return dotnet_regex.get_regex(pattern, dotnet_regex.IGNORECASE if ignore_case else 0)


def _make_match(ignore_case: bool, negate: bool) -> Callable[[Any, Any, Any], Any]:
    options = dotnet_regex.IGNORECASE if ignore_case else 0
    get_regex = dotnet_regex.get_regex
    last: list[Any] = [None, None]   # one-entry cache: (pattern, regex)

    def op(left: Any, right: Any, ctx: Any) -> Any:
        if type(right) is str:
            if right is last[0] or right == last[0]:
                rx = last[1]
            else:
                rx = get_regex(right, options)
                last[0], last[1] = right, rx
        else:
            rx = _regex_of(right, ignore_case, _ofs(ctx))
        if isinstance(left, _SEQ):
            test = rx.test
            out = []
            for x in left:
                s = x if type(x) is str else ("" if x is None else ps_string(x, _ofs(ctx)))
                if test(s) != negate:
                    out.append(x)
            return out
        search = rx.search
        s = left if type(left) is str else ("" if left is None or left is _NULL else ps_string(left, _ofs(ctx)))
        m = search(s)
        if m is not None:
            if ctx is not None:
                ctx.matches = rx.matches_table(m)
            return not negate
        return negate

    return op


# ----------------------------------------------------------- -contains / -in


def _make_contains(ignore_case: bool, negate: bool, swap: bool) -> Callable[[Any, Any, Any], Any]:
    def op(left: Any, right: Any, ctx: Any) -> bool:
        if swap:
            left, right = right, left
        ofs = _ofs(ctx)
        if isinstance(left, _SEQ):
            if type(right) is str:
                low = right.lower() if ignore_case else None
                for x in left:
                    if type(x) is str:
                        if x == right or (low is not None and x.lower() == low):
                            return not negate
                    elif ps_equals(x, right, ignore_case, ofs):
                        return not negate
                return negate
            for x in left:
                if ps_equals(x, right, ignore_case, ofs):
                    return not negate
            return negate
        return ps_equals(left, right, ignore_case, ofs) != negate

    return op


# ---------------------------------------------------------------- -replace


def _make_replace(ignore_case: bool) -> Callable[[Any, Any, Any], Any]:
    options = dotnet_regex.IGNORECASE if ignore_case else 0

    def op(left: Any, right: Any, ctx: Any) -> Any:
        ofs = _ofs(ctx)
        if isinstance(right, _SEQ):
            if len(right) > 2 or len(right) == 0:
                raise _runtime_error(f"The -replace operator allows only two elements to follow it, not {len(right)}.",
                                     "BadReplaceArgument")
            pattern = right[0]
            replacement: Any = right[1] if len(right) == 2 else ""
        else:
            pattern, replacement = right, ""
        rx = pattern if isinstance(pattern, dotnet_regex.DotNetRegex) else dotnet_regex.get_regex(
            ps_string(pattern, ofs), options)
        evaluator = None
        if isinstance(replacement, ScriptBlockValue):
            sb = replacement

            def evaluator(match: dotnet_regex.RegexMatch) -> str:
                result = sb.invoke(match, (match,))
                if isinstance(result, _SEQ):
                    result = [r for r in result if r is not _NULL]
                    if len(result) == 1:
                        result = result[0]
                return ps_string(result, ofs)
        elif callable(replacement) and not isinstance(replacement, str):
            fn = replacement

            def evaluator(match: dotnet_regex.RegexMatch) -> str:
                return ps_string(fn(match), ofs)
        else:
            replacement = ps_string(replacement, ofs)

        def one(value: Any) -> str:
            s = value if type(value) is str else ps_string(value, ofs)
            return dotnet_regex.replace(rx, s, replacement, evaluator)

        if isinstance(left, _SEQ):
            return [one(x) for x in left]
        return one(left)

    return op


# ---------------------------------------------------------------- -split

_SPLIT_OPTIONS = {
    "none": 0, "simplematch": 1, "regexmatch": 2, "cultureinvariant": 4,
    "ignorepatternwhitespace": 8, "multiline": 16, "singleline": 32, "ignorecase": 64,
    "explicitcapture": 128,
}


def _parse_split_options(value: Any) -> int:
    if isinstance(value, int) and not isinstance(value, bool):
        return value
    names: list[str] = []
    for item in (value if isinstance(value, _SEQ) else [value]):
        names.extend(to_string(item).split(","))
    result = 0
    for name in names:
        key = name.strip().lower()
        if not key:
            continue
        if key not in _SPLIT_OPTIONS:
            raise cast_error(
                f'Cannot convert value "{to_string(value)}" to type "System.Management.Automation.SplitOptions". '
                f'Error: "Unable to match the identifier name {name.strip()} to a valid enumerator name. '
                f'Specify one of the following enumerator names and try again:{_SPLIT_NAMES}"',
                "InvalidCastFromStringToEnum")
        result |= _SPLIT_OPTIONS[key]
    return result


_SPLIT_NAMES = (" SimpleMatch, RegexMatch, CultureInvariant, IgnorePatternWhitespace, Multiline, "
                "Singleline, IgnoreCase, ExplicitCapture")


def _split_content(left: Any, ofs: str, trim: bool) -> list[str]:
    items = left if isinstance(left, _SEQ) else [left]
    out = []
    for item in items:
        s = item if type(item) is str else ps_string(item, ofs)
        out.append(s.strip() if trim else s)
    return out


def split_values(left: Any, right: Any, ignore_case: bool = True, ofs: str = " ",
                 trim: bool = False) -> list[str]:
    """The -split operator (binary form; `trim` is the unary form's TrimContent)."""
    args = list(right) if isinstance(right, _SEQ) else [right]
    if not args:
        raise _runtime_error(f'The "-split" operator does not support the argument "{to_string(right)}".',
                             "BadOperatorArgument")
    content = _split_content(left, ofs, trim)
    delimiter = args[0]
    limit = 0
    if len(args) >= 2:
        limit = _to_int_arg(args[1])
    options = 0
    if len(args) >= 3 and args[2] is not None and not (isinstance(args[2], str) and args[2] == ""):
        options = _parse_split_options(args[2])
        if isinstance(delimiter, ScriptBlockValue):
            raise _runtime_error("Cannot use split options with a script block as the delimiter.",
                                 "InvalidSplitOptionWithPredicate", exception_type="System.Management.Automation.ParseException")
        if ignore_case:
            options |= 64
    elif ignore_case:
        options |= 64
    if isinstance(delimiter, ScriptBlockValue):
        return _split_predicate(content, delimiter, limit)
    pattern = ps_string(delimiter, ofs)
    if not options & 3:
        options |= 2
    if options & 1:
        if options & ~(1 | 64):
            raise _runtime_error("Cannot combine SimpleMatch with options other than IgnoreCase.",
                                 "InvalidSplitOptionCombination",
                                 exception_type="System.Management.Automation.ParseException")
        pattern = dotnet_regex.escape(pattern)
    rx_options = 0
    if options & 8:
        rx_options |= dotnet_regex.IGNOREPATTERNWHITESPACE
    if options & 16:
        rx_options |= dotnet_regex.MULTILINE
    if options & 32:
        rx_options |= dotnet_regex.SINGLELINE
    if options & 64:
        rx_options |= dotnet_regex.IGNORECASE
    if options & 128:
        rx_options |= dotnet_regex.EXPLICITCAPTURE
    rx = dotnet_regex.get_regex(pattern, rx_options)
    rtl = limit < 0
    count = -limit if rtl else limit
    result: list[str] = []
    for item in content:
        result.extend(dotnet_regex.split(rx, item, count, rtl))
    return result


def _split_predicate(content: list[str], predicate: ScriptBlockValue, limit: int) -> list[str]:
    results: list[str] = []

    def is_delim(item: str, index: int) -> bool:
        out = predicate.invoke(item[index], (item, index))
        if isinstance(out, _SEQ):
            out = [o for o in out if o is not _NULL]
        return to_bool(out)

    if limit >= 0:
        if limit == 1:
            return list(content)
        for item in content:
            split: list[str] = []
            start = 0
            cursor = 0
            while cursor < len(item):
                if is_delim(item, cursor):
                    split.append(item[start:cursor])
                    start = cursor + 1
                    if limit == len(split) + 1:
                        cursor += 1
                        break
                cursor += 1
            split.append(item[start:])
            results.extend(split)
        return results
    if limit == -1:
        return list(content)
    for item in content:
        split = []
        end = len(item)
        cursor = len(item) - 1
        while cursor >= 0:
            if is_delim(item, cursor):
                split.append(item[cursor + 1:end])
                end = cursor
                if -limit == len(split) + 1:
                    cursor -= 1
                    break
            cursor -= 1
        split.append(item[:end])
        split.reverse()
        results.extend(split)
    return results


def _to_int_arg(value: Any) -> int:
    try:
        return convert_to_type(value, "int")
    except PSRuntimeError:
        raise


def _make_split(ignore_case: bool) -> Callable[[Any, Any, Any], Any]:
    def op(left: Any, right: Any, ctx: Any) -> Any:
        return split_values(left, right, ignore_case, _ofs(ctx))

    return op


# ---------------------------------------------------------------- -join


def join_values(left: Any, separator: Any, ofs: str = " ") -> str:
    sep = ps_string(separator, ofs)
    if isinstance(left, _SEQ):
        return sep.join(x if type(x) is str else ps_string(x, ofs) for x in left)
    if left is None or left is _NULL:
        return ""
    return ps_string(left, ofs)


def _op_join(left: Any, right: Any, ctx: Any) -> str:
    return join_values(left, right, _ofs(ctx))


# ---------------------------------------------------------------- -f


def _op_format(left: Any, right: Any, ctx: Any) -> str:
    from .composite_format import format_composite
    fmt = to_string(left, _ofs(ctx))
    args = list(right) if isinstance(right, _SEQ) else [right]
    return format_composite(fmt, args, _ofs(ctx))


# ------------------------------------------------------------ -is / -as


def _type_name_of(right: Any) -> str:
    if isinstance(right, str):
        return right
    for attr in ("full_name", "FullName", "name", "Name"):
        value = getattr(right, attr, None)
        if isinstance(value, str):
            return value
    if right is None:
        raise _runtime_error("The right operand of '-is' must be a type.", "IsOperatorRequiresType")
    return to_string(right)


def _op_is(left: Any, right: Any, ctx: Any) -> bool:
    return is_type(left, _type_name_of(right))


def _op_isnot(left: Any, right: Any, ctx: Any) -> bool:
    return not is_type(left, _type_name_of(right))


def _op_as(left: Any, right: Any, ctx: Any) -> Any:
    ok, value = try_convert(left, _type_name_of(right))
    return value if ok else None


# ============================================================== logical


def _op_and(left: Any, right: Any, ctx: Any) -> bool:
    return to_bool(left) and to_bool(right)


def _op_or(left: Any, right: Any, ctx: Any) -> bool:
    return to_bool(left) or to_bool(right)


def _op_xor(left: Any, right: Any, ctx: Any) -> bool:
    return to_bool(left) != to_bool(right)


# ============================================================= arithmetic


def _fit(result: int, wide: bool) -> int | float:
    """Integer result widening for plain ints: an Int32 operation overflows to Double;
    an Int64 one (`wide`) keeps Int64, even for a small result, or overflows to Double."""
    if wide:
        return Int64(result) if INT64_MIN <= result <= INT64_MAX else float(result)
    return result if INT32_MIN <= result <= INT32_MAX else float(result)


def _is_wide(a: int, b: int) -> bool:
    return not (INT32_MIN <= a <= INT32_MAX and INT32_MIN <= b <= INT32_MAX)


def _rhs_number(left: Any, right: Any) -> Any:
    """The right operand converted for a numeric left operand."""
    t = type(right)
    if t in NUMBER_TYPES:
        return right
    if t is bool:
        return int(right)
    if right is None or right is _NULL:
        return 0
    if t is Char:
        return ord(right)
    if isinstance(right, str):
        number = parse_number(right)
        if number is None:
            target = "System.Double" if isinstance(left, float) else "System.Int32"
            raise cast_error(format_error(right, target), "InvalidCastFromStringToInteger")
        return number
    target = "System.Double" if isinstance(left, float) else "System.Int32"
    if isinstance(right, _SEQ):
        raise cast_error(f'Cannot convert the "{to_string(right)}" value of type "System.Object[]" to type '
                         f'"{target}".', "ConvertToFinalInvalidCastException")
    return number_of(right, target)


def _decimal_numeric(op: str, a: Any, b: Any) -> Decimal:
    """System.Decimal arithmetic: any decimal operand makes the operation decimal."""
    a = _to_decimal(a)
    b = _to_decimal(b)
    try:
        if op == "+":
            result = a + b
        elif op == "-":
            result = a - b
        elif op == "*":
            result = a * b
        else:
            if b == 0:
                raise _divide_by_zero()
            result = a / b if op == "/" else a % b
    except (DivisionByZero, InvalidOperation):
        raise _divide_by_zero() from None
    if abs(result) > _DECIMAL_MAX:
        raise _runtime_error("Value was either too large or too small for a Decimal.", "RuntimeException",
                             NOT_SPECIFIED, exception_type="System.OverflowException")
    if result.as_tuple().exponent > 0:   # .NET has no positive scale: 1/0.1 is 10, not 1E+1
        result = result.quantize(Decimal(1))
    return result


_DECIMAL_MAX = Decimal(2**96 - 1)
# the class an integer operation of this rank produces (Int32 is a plain int)
_RESULT_CLASS: dict[int, Any] = {CODE_INT32: int, CODE_UINT32: UInt32, CODE_INT64: Int64, CODE_UINT64: UInt64}
_RESULT_RANGE = {CODE_INT32: (INT32_MIN, INT32_MAX), CODE_UINT32: (0, 2**32 - 1),
                 CODE_INT64: (INT64_MIN, INT64_MAX), CODE_UINT64: (0, 2**64 - 1)}


def _result_code(ca: int, cb: int) -> int:
    """The type PowerShell's binder computes an operation in (PSBinaryOperationBinder):
    the higher TypeCode; anything below Int32 as Int32; an unsigned 32/64-bit type with
    a signed operand as the next type that holds both (Int64, then Decimal)."""
    code = ca if ca >= cb else cb
    if code <= CODE_INT32:
        return CODE_INT32
    if code == CODE_UINT32:
        return CODE_INT64 if (ca not in UNSIGNED_CODES or cb not in UNSIGNED_CODES) else CODE_UINT32
    if code == CODE_UINT64:
        return CODE_DECIMAL if (ca not in UNSIGNED_CODES or cb not in UNSIGNED_CODES) else CODE_UINT64
    return code


def _integer_result(code: int, value: int) -> Any:
    lo, hi = _RESULT_RANGE[code]
    if lo <= value <= hi:
        return _RESULT_CLASS[code](value)
    return float(value)   # overflow: PowerShell retries the operation in Double


def _typed_numeric(op: str, a: Any, b: Any) -> Any:
    """Arithmetic where at least one operand is not a plain int."""
    ca, cb = type_code(a), type_code(b)
    if ca == CODE_DECIMAL or cb == CODE_DECIMAL:
        return _decimal_numeric(op, a, b)
    if isinstance(a, float) or isinstance(b, float):
        return _float_numeric(op, _as_double(a), _as_double(b))   # Single arithmetic is done in Double
    a, b = int(a), int(b)
    if ca == CODE_BIGINT or cb == CODE_BIGINT:
        return BigInteger(_big_numeric(op, a, b))
    code = _result_code(ca, cb)
    if code == CODE_DECIMAL:
        return _decimal_numeric(op, a, b)
    if op == "+":
        return _integer_result(code, a + b)
    if op == "-":
        return _integer_result(code, a - b)
    if op == "*":
        return _integer_result(code, a * b)
    if b == 0:
        raise _divide_by_zero()
    if op == "/":
        q, r = divmod(a, b)
        return _integer_result(code, q) if r == 0 else a / b
    r = abs(a) % abs(b)
    return _integer_result(code, -r if a < 0 else r)


def _big_numeric(op: str, a: int, b: int) -> int:
    """BigInteger operators: division truncates toward zero, as BigInteger.Divide."""
    if op == "+":
        return a + b
    if op == "-":
        return a - b
    if op == "*":
        return a * b
    if b == 0:
        raise _divide_by_zero()
    q = abs(a) // abs(b)
    if op == "/":
        return q if (a < 0) == (b < 0) else -q
    r = abs(a) - q * abs(b)
    return -r if a < 0 else r


def _as_double(value: Any) -> float:
    """(double)x: an integer beyond Double's range is ±∞ in .NET, not Python's OverflowError."""
    try:
        return float(value)
    except OverflowError:
        return math.inf if value > 0 else -math.inf


def _float_numeric(op: str, a: float, b: float) -> float:
    """DoubleOps: IEEE 754 throughout, as C#'s double operators. Nothing raises:
    x/0 is ±∞ (NaN for 0/0 and NaN/0), x%0 and ∞%y are NaN, x%∞ is x."""
    if op == "+":
        return a + b
    if op == "-":
        return a - b
    if op == "*":
        return a * b
    if op == "/":
        if b == 0:
            if a == 0 or a != a:
                return math.nan
            # the sign of the zero counts: 1/-0.0 is -∞
            return math.copysign(math.inf, a) * math.copysign(1.0, b)
        return a / b
    if b == 0 or math.isinf(a):
        return math.nan     # Python's fmod raises a domain error here; C#'s % gives NaN
    return math.fmod(a, b)


def _numeric(op: str, a: Any, b: Any) -> Any:
    if type(a) is int and type(b) is int:
        wide = _is_wide(a, b)
        if op == "+":
            return _fit(a + b, wide)
        if op == "-":
            return _fit(a - b, wide)
        if op == "*":
            return _fit(a * b, wide)
        if op == "/":
            if b == 0:
                raise _divide_by_zero()
            q, r = divmod(a, b)
            if r == 0:
                return _fit(q, wide)
            return a / b
        if b == 0:
            raise _divide_by_zero()
        r = abs(a) % abs(b)
        return _fit(-r if a < 0 else r, wide)
    if type(a) is float and type(b) is float:
        return _float_numeric(op, a, b)
    return _typed_numeric(op, a, b)


_METHOD = {"+": "op_Addition", "-": "op_Subtraction", "*": "op_Multiply", "/": "op_Division",
           "%": "op_Modulus"}


# .NET's limits: a string holds at most 0x3FFFFFDF characters, an array 0x7FFFFFC7 items.
# Beyond them `'ab' * [int]::MaxValue` fails at once instead of filling the machine's memory.
_MAX_STRING_LENGTH = 0x3FFFFFDF
_MAX_ARRAY_LENGTH = 0x7FFFFFC7


_MAX_BIGINT_BITS = 1 << 31   # BigInteger keeps its bits in a uint[] of at most 2**26 items


def _check_size(length: int, count: int, limit: int) -> None:
    if count > 0 and length * count > limit:
        raise MemoryError()


def _arith(op: str, left: Any, right: Any, ofs: str) -> Any:
    t = type(left)
    if left is _NULL:
        left, t = None, type(None)
    if t in NUMBER_TYPES:
        return _numeric(op, left, _rhs_number(left, right))
    if t is str:
        if op == "+":
            return left + (right if type(right) is str else ps_string(right, ofs))
        if op == "*":
            count = convert_to_type(right, "int")
            _check_size(len(left), count, _MAX_STRING_LENGTH)
            return left * count if count > 0 else ""
        return _numeric(op, number_of(left), _string_rhs_number(right))
    if isinstance(left, _SEQ):
        if op == "+":
            if isinstance(right, _SEQ):
                return list(left) + list(right)
            return list(left) + [right]
        if op == "*":
            count = convert_to_type(right, "int")
            _check_size(len(left), count, _MAX_ARRAY_LENGTH)
            return list(left) * count if count > 0 else []
        raise _method_not_found(left, _METHOD[op])
    if left is None:
        if right is None or right is _NULL:
            return None
        if op == "+":
            if isinstance(right, _SEQ):
                return list(right)
            if isinstance(right, (str, Hashtable, datetime, timedelta)):
                return right
            return _numeric("+", 0, _rhs_number(0, right))
        if op == "*":
            return None
        return _numeric(op, 0, _rhs_number(0, right))
    if t is bool or t is Char:
        return _numeric(op, number_of(left), _rhs_number(0, right))
    if t is Hashtable:
        if op == "+":
            if not isinstance(right, Hashtable):
                raise _runtime_error("A hash table can only be added to another hash table.",
                                     "AddHashTableToNonHashTable")
            merged = Hashtable(left.items(), ordered=left.ordered)
            for key, value in right.items():
                if key in merged:
                    existing = next(k for k in merged.keys() if Hashtable._norm(k) == Hashtable._norm(key))
                    raise _runtime_error(f"Item has already been added. Key in dictionary: '{to_string(existing)}'  "
                                         f"Key being added: '{to_string(key)}'", "System.ArgumentException",
                                         OPERATION_STOPPED, exception_type="System.ArgumentException")
                merged[key] = value
            return merged
        raise _method_not_found(left, _METHOD[op])
    if t is datetime:
        if op == "+":
            return left + _timespan_of(right, left, op)
        if op == "-":
            if isinstance(right, datetime):
                return left - right
            if isinstance(right, str):
                try:
                    return left - to_datetime(right)
                except ConversionError:
                    pass
            return left - _timespan_of(right, left, op)
        raise _method_not_found(left, _METHOD[op])
    if t is timedelta:
        if op in "+-":
            other = _timespan_of(right, left, op)
            return left + other if op == "+" else left - other
        raise _method_not_found(left, _METHOD[op])
    raise _method_not_found(left, _METHOD[op])


def _string_rhs_number(right: Any) -> int | float:
    if isinstance(right, str) and type(right) is not Char:
        number = parse_number(right)
        if number is None:
            raise cast_error(format_error(right, "System.Int32"), "InvalidCastFromStringToInteger")
        return number
    return _rhs_number(0, right)


def _timespan_of(value: Any, left: Any, op: str) -> timedelta:
    if isinstance(value, timedelta):
        return value
    if type(value) is int:
        return timedelta(microseconds=value / 10)
    try:
        return convert_to_type(value, "timespan")
    except PSRuntimeError:
        raise _method_not_found(left, _METHOD[op]) from None


def _make_arith(op: str) -> Callable[[Any, Any, Any], Any]:
    def fn(left: Any, right: Any, ctx: Any) -> Any:
        # hot path: two Int32 numbers
        if type(left) is int and type(right) is int:
            if op == "+":
                r = left + right
            elif op == "-":
                r = left - right
            elif op == "*":
                r = left * right
            else:
                return _numeric(op, left, right)
            if INT32_MIN <= r <= INT32_MAX:
                return r
            return _fit(r, _is_wide(left, right))
        return _arith(op, left, right, _ofs(ctx))

    return fn


# ================================================================ bitwise


def _to_integer_operand(value: Any) -> int:
    if type(value) is int or isinstance(value, TypedInt):
        return value
    if value is None or value is _NULL:
        return 0
    number = number_of(value, "System.Int64" if not isinstance(value, str) else "System.Int32")
    if isinstance(number, float):
        if math.isnan(number) or math.isinf(number):
            raise cast_error(f'Cannot convert value "{to_string(value)}" to type "System.Int64". '
                             f'Error: "Value was either too large or too small for an Int64."',
                             "InvalidCastIConvertible")
        number = round(number)
    elif type(number) is Decimal:
        number = int(round(number))
    return number


def _wrap(value: int, bits: int) -> int:
    mask = (1 << bits) - 1
    value &= mask
    if value >> (bits - 1):
        value -= 1 << bits
    return value


def _bitwise_code(a: int, b: int | None) -> int:
    """The type a bitwise operation works in: as for arithmetic, but a 64-bit
    unsigned operand with a signed one stays UInt64 (no Decimal bit patterns)."""
    ca = type_code(a)
    if b is None:
        code = _result_code(ca, ca)
        return CODE_UINT64 if code == CODE_DECIMAL else code
    code = _result_code(ca, type_code(b))
    return CODE_UINT64 if code == CODE_DECIMAL else code


def _bitwise_result(code: int, value: int) -> Any:
    if code == CODE_INT32:
        return _wrap(value, 32)
    if code == CODE_INT64:
        return Int64(_wrap(value, 64))
    if code == CODE_UINT32:
        return UInt32(value & 0xFFFFFFFF)
    if code == CODE_UINT64:
        return UInt64(value & 0xFFFFFFFFFFFFFFFF)
    return BigInteger(value)


def _make_bitwise(kind: str) -> Callable[[Any, Any, Any], Any]:
    def fn(left: Any, right: Any, ctx: Any) -> Any:
        a = _to_integer_operand(left)
        b = _to_integer_operand(right)
        if kind in ("shl", "shr"):
            # the left operand's type decides; the count is masked to its width
            code = _bitwise_code(a, None)
            bits = 32 if code in (CODE_INT32, CODE_UINT32) else 64
            shift = b & (bits - 1) if code != CODE_BIGINT else b
            if kind == "shl":
                if code == CODE_BIGINT and a and a.bit_length() + shift > _MAX_BIGINT_BITS:
                    raise MemoryError()   # .NET cannot hold such a BigInteger either
                return _bitwise_result(code, a << shift)
            return _bitwise_result(code, a >> shift)
        code = _bitwise_code(a, b)
        if kind == "band":
            return _bitwise_result(code, a & b)
        if kind == "bor":
            return _bitwise_result(code, a | b)
        return _bitwise_result(code, a ^ b)

    return fn


# ================================================================ range


def range_values(left: Any, right: Any) -> list[Any]:
    """`left..right`: ints inclusive, ascending or descending; single characters give [char]s."""
    if (isinstance(left, str) and isinstance(right, str) and len(left) == 1 and len(right) == 1
            and not (left.isdigit() and right.isdigit() and type(left) is str and type(right) is str)):
        a, b = ord(left), ord(right)
        step = 1 if b >= a else -1
        return [Char(chr(c)) for c in range(a, b + step, step)]
    a = _range_bound(left)
    b = _range_bound(right)
    if abs(b - a) > 50_000_000:
        raise _runtime_error("The range is too large. Try a smaller range.", "RangeTooBig")
    step = 1 if b >= a else -1
    return list(range(a, b + step, step))


def _range_bound(value: Any) -> int:
    if type(value) is Char:
        return ord(value)
    return convert_to_type(value, "int") if not (type(value) is int) else value


def _op_range(left: Any, right: Any, ctx: Any) -> list[Any]:
    return range_values(left, right)


# ================================================================ unary


def _unary_not(value: Any, ctx: Any) -> bool:
    return not to_bool(value)


def _unary_minus(value: Any, ctx: Any) -> Any:
    t = type(value)
    if t is int:
        r = -value
        return r if INT32_MIN <= r <= INT32_MAX else _fit(r, not INT32_MIN <= value <= INT32_MAX)
    if t is float or t is Decimal:
        return -value
    if t is Single:
        return Single(-value)
    if t in NUMBER_TYPES:
        return _typed_numeric("-", 0, value)   # 0 - x: [byte] gives Int32, [uint32] Int64
    if isinstance(value, timedelta):
        return -value
    return _numeric("-", 0, _string_rhs_number(value) if isinstance(value, str) else _rhs_number(0, value))


def _unary_plus(value: Any, ctx: Any) -> Any:
    if type(value) in NUMBER_TYPES:
        return value
    if isinstance(value, _SEQ):
        return list(value)
    if isinstance(value, str) and type(value) is not Char:
        return _string_rhs_number(value)
    return _rhs_number(0, value)


def _unary_bnot(value: Any, ctx: Any) -> Any:
    a = _to_integer_operand(value)
    return _bitwise_result(_bitwise_code(a, None), ~a)


def _unary_split(value: Any, ctx: Any) -> list[str]:
    return split_values(value, [r"\s+"], False, _ofs(ctx), trim=True)


def _unary_join(value: Any, ctx: Any) -> str:
    return join_values(value, "", _ofs(ctx))


# ================================================================ tables


def _build_binary() -> dict[str, Callable[[Any, Any, Any], Any]]:
    table: dict[str, Callable[[Any, Any, Any], Any]] = {}
    for prefix, ignore_case in (("", True), ("i", True), ("c", False)):
        table[f"-{prefix}eq"] = _make_eq(ignore_case, False)
        table[f"-{prefix}ne"] = _make_eq(ignore_case, True)
        for kind in ("gt", "ge", "lt", "le"):
            table[f"-{prefix}{kind}"] = _make_order(kind, ignore_case)
        table[f"-{prefix}like"] = _make_like(not ignore_case, False)
        table[f"-{prefix}notlike"] = _make_like(not ignore_case, True)
        table[f"-{prefix}match"] = _make_match(ignore_case, False)
        table[f"-{prefix}notmatch"] = _make_match(ignore_case, True)
        table[f"-{prefix}contains"] = _make_contains(ignore_case, False, False)
        table[f"-{prefix}notcontains"] = _make_contains(ignore_case, True, False)
        table[f"-{prefix}in"] = _make_contains(ignore_case, False, True)
        table[f"-{prefix}notin"] = _make_contains(ignore_case, True, True)
        table[f"-{prefix}replace"] = _make_replace(ignore_case)
        table[f"-{prefix}split"] = _make_split(ignore_case)
    table.update({
        "-join": _op_join, "-f": _op_format, "-is": _op_is, "-isnot": _op_isnot, "-as": _op_as,
        "-and": _op_and, "-or": _op_or, "-xor": _op_xor,
        "-band": _make_bitwise("band"), "-bor": _make_bitwise("bor"), "-bxor": _make_bitwise("bxor"),
        "-shl": _make_bitwise("shl"), "-shr": _make_bitwise("shr"),
        "+": _make_arith("+"), "-": _make_arith("-"), "*": _make_arith("*"), "/": _make_arith("/"),
        "%": _make_arith("%"), "..": _op_range,
    })
    return table


_BINARY = _build_binary()

_UNARY: dict[str, Callable[[Any, Any], Any]] = {
    "-not": _unary_not, "!": _unary_not, "-": _unary_minus, "+": _unary_plus, "-bnot": _unary_bnot,
    "-split": _unary_split, "-join": _unary_join,
}


def binary_operator(op: str) -> Callable[[Any, Any, Any], Any]:
    """The implementation of a binary operator: fn(left, right, ctx)."""
    fn = _BINARY.get(op)
    if fn is None:
        fn = _BINARY.get(op.lower())
        if fn is None:
            raise ValueError(f"unknown binary operator {op!r}")
    return fn


def unary_operator(op: str) -> Callable[[Any, Any], Any]:
    """The implementation of a unary operator: fn(operand, ctx)."""
    fn = _UNARY.get(op)
    if fn is None:
        fn = _UNARY.get(op.lower())
        if fn is None:
            raise ValueError(f"unknown unary operator {op!r}")
    return fn


def compare(op: str, left: Any, right: Any, ctx: Any = None) -> Any:
    """Convenience: apply a binary operator by name."""
    return binary_operator(op)(left, right, ctx)
