""".NET-style method calls on the values lyncshell uses: `$s.ToUpper()`,
`(Get-Date).AddDays(30)`, `$list.Contains(x)`, `$h.ContainsKey(k)`.

Method names are case-insensitive, as in PowerShell. An unknown method raises
PowerShell's MethodNotFound error.
"""
from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, timedelta
from decimal import Decimal
from typing import Any

from ..errors import ErrorRecord, INVALID_OPERATION, PSRuntimeError
from .casts import Char
from .convert import format_datetime, to_int, to_number, to_string
from .datefmt import format_custom_date
from .numbers import NUMBER_TYPES, Single, format_decimal, shortest_single
from .values import Hashtable, PSCustomObject, type_names, utf16_length


class TypeInfo:
    """What `.GetType()` returns: `.FullName`, `.Name`; converts to the full name."""

    def __init__(self, full_name: str) -> None:
        self.FullName = full_name
        self.Name = full_name.rsplit(".", 1)[-1]

    def __str__(self) -> str:
        return self.FullName

    def __eq__(self, other: object) -> bool:
        if isinstance(other, TypeInfo):
            return other.FullName == self.FullName
        return isinstance(other, str) and other.lower() == self.FullName.lower()

    def __hash__(self) -> int:
        return hash(self.FullName.lower())


def _str_split(s: str, *seps: Any) -> list[str]:
    if not seps:
        return s.split()
    chars = "".join(to_string(x) for x in seps)
    out, cur = [], []
    for ch in s:
        if ch in chars:
            out.append("".join(cur))
            cur = []
        else:
            cur.append(ch)
    out.append("".join(cur))
    return out


# .NET strings are UTF-16: Length, Substring and IndexOf count code units, so a
# character beyond U+FFFF (an emoji) is two. A string without such characters is
# used as it is; one with them is viewed as its code units (surrogates as separate
# Python characters) and the result converted back, where a surrogate split from
# its pair becomes U+FFFD (Python text cannot carry it to the output).


def _is_bmp(s: str) -> bool:
    return s.isascii() or max(s) <= "\uffff"


def _units(s: str) -> str:
    data = s.encode("utf-16-le", "surrogatepass")
    return "".join(chr(data[i] | data[i + 1] << 8) for i in range(0, len(data), 2))


def _from_units(u: str) -> str:
    return u.encode("utf-16-le", "surrogatepass").decode("utf-16-le", "replace")


def _substring(s: str, start: Any, length: Any = None) -> str:
    bmp = _is_bmp(s)
    text = s if bmp else _units(s)
    begin = to_int(start)
    if begin < 0 or begin > len(text):
        raise _argument_error("startIndex cannot be larger than length of string. (Parameter 'startIndex')")
    if length is None:
        part = text[begin:]
    else:
        count = to_int(length)
        if count < 0 or begin + count > len(text):
            raise _argument_error("Index and length must refer to a location within the string. "
                                  "(Parameter 'length')")
        part = text[begin:begin + count]
    return part if bmp else _from_units(part)


def _index_of(s: str, value: Any, start: Any = None, *rest: Any) -> int:
    text = s if _is_bmp(s) else _units(s)
    needle = to_string(value)
    if not _is_bmp(needle):
        needle = _units(needle)
    begin = 0 if start is None or isinstance(start, str) else to_int(start)
    if begin < 0 or begin > len(text):
        raise _argument_error("Index was out of range. Must be non-negative and less than the size of the "
                              "collection. (Parameter 'startIndex')")
    return text.find(needle, begin)


def _last_index_of(s: str, value: Any, *rest: Any) -> int:
    text = s if _is_bmp(s) else _units(s)
    needle = to_string(value)
    return text.rfind(needle if _is_bmp(needle) else _units(needle))


def _pad(s: str, width: Any, fill: Any, left: bool) -> str:
    missing = to_int(width) - utf16_length(s)
    if to_int(width) < 0:
        raise _argument_error("Non-negative number required. (Parameter 'totalWidth')")
    pad = to_string(fill)[:1] * max(missing, 0)
    return pad + s if left else s + pad


def _remove(s: str, start: Any, count: Any = None) -> str:
    text = s if _is_bmp(s) else _units(s)
    begin = to_int(start)
    end = len(text) if count is None else begin + to_int(count)
    if begin < 0 or begin > len(text) or end > len(text) or end < begin:
        raise _argument_error("Index and count must refer to a location within the string. (Parameter 'count')")
    result = text[:begin] + text[end:]
    return result if _is_bmp(s) else _from_units(result)


def _insert(s: str, start: Any, value: Any) -> str:
    text = s if _is_bmp(s) else _units(s)
    begin = to_int(start)
    if begin < 0 or begin > len(text):
        raise _argument_error("Specified argument was out of the range of valid values. (Parameter 'startIndex')")
    result = text[:begin] + to_string(value) + text[begin:]
    return result if _is_bmp(s) else _from_units(result)


def _argument_error(message: str) -> PSRuntimeError:
    return PSRuntimeError(ErrorRecord(message=f'Exception calling method: "{message}"',
                                      error_id="ArgumentOutOfRangeException",
                                      category="NotSpecified",
                                      exception_type="System.Management.Automation.MethodInvocationException"))


def _contains_ci(haystack: str, needle: Any) -> bool:
    return to_string(needle) in haystack


STRING_METHODS: dict[str, Callable[..., Any]] = {
    "toupper": lambda s: s.upper(),
    "tolower": lambda s: s.lower(),
    "toupperinvariant": lambda s: s.upper(),
    "tolowerinvariant": lambda s: s.lower(),
    "trim": lambda s, chars=None: s.strip(None if chars is None else to_string(chars)),
    "trimstart": lambda s, chars=None: s.lstrip(None if chars is None else to_string(chars)),
    "trimend": lambda s, chars=None: s.rstrip(None if chars is None else to_string(chars)),
    "split": _str_split,
    "replace": lambda s, old, new: s.replace(to_string(old), to_string(new)),
    "contains": _contains_ci,
    "startswith": lambda s, p: s.startswith(to_string(p)),
    "endswith": lambda s, p: s.endswith(to_string(p)),
    "substring": _substring,
    "indexof": _index_of,
    "lastindexof": _last_index_of,
    "padleft": lambda s, n, c=" ": _pad(s, n, c, True),
    "padright": lambda s, n, c=" ": _pad(s, n, c, False),
    "remove": _remove,
    "insert": _insert,
    "tostring": lambda s, *a: s,
    "equals": lambda s, o: s == to_string(o),
    "gettype": lambda s: TypeInfo(type_names(s)[0]),
    "tochararray": lambda s: [Char(c) for c in (s if _is_bmp(s) else _units_checked(s))],
}

DATETIME_METHODS: dict[str, Callable[..., Any]] = {
    "adddays": lambda d, n: d + timedelta(days=to_number(n)),
    "addhours": lambda d, n: d + timedelta(hours=to_number(n)),
    "addminutes": lambda d, n: d + timedelta(minutes=to_number(n)),
    "addseconds": lambda d, n: d + timedelta(seconds=to_number(n)),
    "addmonths": lambda d, n: _add_months(d, to_int(n)),
    "addyears": lambda d, n: _add_months(d, 12 * to_int(n)),
    "tostring": lambda d, fmt=None: format_datetime(d) if fmt is None else format_custom_date(d, to_string(fmt)),
    "toshortdatestring": lambda d: f"{d.month}/{d.day}/{d.year}",
    "tolongdatestring": lambda d: d.strftime("%A, %B ") + f"{d.day}, {d.year}",
    "toshorttimestring": lambda d: format_datetime(d).split(" ", 1)[1].rsplit(":", 1)[0] + " "
                                    + format_datetime(d).rsplit(" ", 1)[1],
    "subtract": lambda d, o: d - o,
    "gettype": lambda d: TypeInfo("System.DateTime"),
}


def _add_months(d: datetime, months: int) -> datetime:
    import calendar
    month_index = d.month - 1 + months
    year = d.year + month_index // 12
    month = month_index % 12 + 1
    day = min(d.day, calendar.monthrange(year, month)[1])
    return d.replace(year=year, month=month, day=day)


LIST_METHODS: dict[str, Callable[..., Any]] = {
    "contains": lambda lst, x: any(_loose_equal(item, x) for item in lst),
    "indexof": lambda lst, x: next((i for i, item in enumerate(lst) if _loose_equal(item, x)), -1),
    "add": lambda lst, x: lst.append(x) if isinstance(lst, list) else _fixed_size(),
    "clear": lambda lst: lst.clear() if isinstance(lst, list) else _fixed_size(),
    "remove": lambda lst, x: _list_remove(lst, x),
    "removeat": lambda lst, i: lst.pop(to_int(i)) and None if isinstance(lst, list) else _fixed_size(),
    "insert": lambda lst, i, x: lst.insert(to_int(i), x) if isinstance(lst, list) else _fixed_size(),
    "tostring": lambda lst: "System.Object[]",
    "gettype": lambda lst: TypeInfo("System.Object[]"),
}

HASHTABLE_METHODS: dict[str, Callable[..., Any]] = {
    "containskey": lambda h, k: k in h,
    "contains": lambda h, k: k in h,
    "containsvalue": lambda h, v: any(_loose_equal(x, v) for x in h.values()),
    "add": lambda h, k, v: h.add(k, v) if k not in h else _duplicate_key(k),
    "remove": lambda h, k: h.__delitem__(k),
    "clear": lambda h: [h.__delitem__(k) for k in h.keys()] and None,
    "clone": lambda h: h.copy(),
    "gettype": lambda h: TypeInfo("System.Collections.Specialized.OrderedDictionary" if h.ordered
                                  else "System.Collections.Hashtable"),
}


def _list_remove(lst: Any, x: Any) -> None:
    if not isinstance(lst, list):
        _fixed_size()
    for i, item in enumerate(lst):
        if _loose_equal(item, x):
            del lst[i]
            return


def _loose_equal(a: Any, b: Any) -> bool:
    if isinstance(a, str) and isinstance(b, str):
        return a == b
    return a == b


def _fixed_size() -> None:
    raise PSRuntimeError(ErrorRecord(message='Exception calling "Add" with "1" argument(s): '
                                             '"Collection was of a fixed size."',
                                     error_id="NotSupportedException", category="NotSpecified",
                                     exception_type="System.Management.Automation.MethodInvocationException"))


def _duplicate_key(key: Any) -> None:
    raise PSRuntimeError(ErrorRecord(
        message=f'Exception calling "Add" with "2" argument(s): "Item has already been added. '
                f"Key in dictionary: '{to_string(key)}'  Key being added: '{to_string(key)}'\"",
        error_id="ArgumentException", category="NotSpecified",
        exception_type="System.Management.Automation.MethodInvocationException"))


def invoke_method(target: Any, name: str, args: list[Any]) -> Any:
    """Call `target.name(args)` with .NET-like semantics."""
    key = name.lower()
    table: dict[str, Callable[..., Any]] | None = None
    if isinstance(target, str):
        table = STRING_METHODS
    elif isinstance(target, datetime):
        table = DATETIME_METHODS
    elif isinstance(target, (list, tuple)):
        table = LIST_METHODS
    elif isinstance(target, Hashtable):
        table = HASHTABLE_METHODS
    if table is not None and key in table:
        try:
            return table[key](target, *args)
        except TypeError:
            raise _overload_error(name, len(args)) from None
    # Objects of the shell ($PSCmdlet, exceptions) implement their own methods.
    hook = getattr(target, "ps_invoke_method", None)
    if hook is not None:
        return hook(name, args)
    if type(target) in NUMBER_TYPES:
        return _number_method(target, name, key, args)
    if key == "tostring":
        if args and isinstance(target, datetime):
            return format_custom_date(target, to_string(args[0]))
        return to_string(target)
    if key == "gettype":
        return TypeInfo(type_names(target)[0])
    method = _dotnet_method(target, key)
    if method is not None:
        return method(*args)
    if isinstance(target, PSCustomObject):
        method = target.get(name)
        if callable(method):
            return method(*args)
    if target is None:
        raise PSRuntimeError(ErrorRecord(message="You cannot call a method on a null-valued expression.",
                                         error_id="InvokeMethodOnNull", category=INVALID_OPERATION))
    raise PSRuntimeError(ErrorRecord(
        message=f"Method invocation failed because [{type_names(target)[0]}] does not contain a "
                f"method named '{name}'.",
        error_id="MethodNotFound", category=INVALID_OPERATION))


def _number_method(target: Any, name: str, key: str, args: list[Any]) -> Any:
    """Methods of Int32, Int64, Double, Decimal ...: ToString([format]), CompareTo,
    Equals, GetTypeCode, GetType."""
    from .composite_format import FormatError, format_value, shortest_double
    if key == "tostring":
        if args and args[0] is not None and to_string(args[0]) != "":
            try:
                return format_value(target, to_string(args[0]))  # (12).ToString('000')
            except FormatError as exc:
                raise PSRuntimeError(ErrorRecord(
                    message=f'Exception calling "ToString" with "{len(args)}" argument(s): "{exc}"',
                    error_id="FormatException", category="NotSpecified",
                    exception_type="System.Management.Automation.MethodInvocationException")) from None
        # the .NET ToString(), not PowerShell's conversion: doubles round-trip in full
        if type(target) is float:
            return shortest_double(target)
        if type(target) is Single:
            return shortest_single(target)
        if type(target) is Decimal:
            return format_decimal(target)
        return str(target)
    if key == "gettype":
        return TypeInfo(type_names(target)[0])
    if key == "gettypecode":
        return type_names(target)[0].rsplit(".", 1)[-1]
    if key in ("equals", "compareto") and len(args) == 1:
        other = args[0]
        if key == "equals":
            # Int32.Equals(object) is true only for a boxed value of the same type
            return type(other) in NUMBER_TYPES and type_names(other)[0] == type_names(target)[0] \
                and other == target
        if other is None:
            return 1
        from .casts import convert_to_type
        converted = convert_to_type(other, type_names(target)[0])
        return (target > converted) - (target < converted)
    raise PSRuntimeError(ErrorRecord(
        message=f"Method invocation failed because [{type_names(target)[0]}] does not contain a "
                f"method named '{name}'.",
        error_id="MethodNotFound", category=INVALID_OPERATION))


def _units_checked(s: str) -> list[str]:
    return list(_units(s))


def _dotnet_method(target: Any, key: str) -> Callable[..., Any] | None:
    """A .NET-named method a Python class implements itself (RegexMatch.NextMatch,
    DotNetRegex.IsMatch): public, capitalised, matched without regard to case."""
    for attr in dir(type(target)):
        if attr[:1].isupper() and attr.lower() == key:
            member = getattr(target, attr)
            return member if callable(member) else None
    return None


def _overload_error(name: str, count: int) -> PSRuntimeError:
    return PSRuntimeError(ErrorRecord(
        message=f'Cannot find an overload for "{name}" and the argument count: "{count}".',
        error_id="MethodCountCouldNotFindBest", category=INVALID_OPERATION))
