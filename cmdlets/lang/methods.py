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
from .convert import format_datetime, to_int, to_number, to_string
from .datefmt import format_custom_date
from .values import Hashtable, PSCustomObject, type_names


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


def _substring(s: str, start: Any, length: Any = None) -> str:
    begin = to_int(start)
    if begin < 0 or begin > len(s):
        raise _argument_error("startIndex cannot be larger than length of string. (Parameter 'startIndex')")
    if length is None:
        return s[begin:]
    count = to_int(length)
    if count < 0 or begin + count > len(s):
        raise _argument_error("Index and length must refer to a location within the string. "
                              "(Parameter 'length')")
    return s[begin:begin + count]


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
    "indexof": lambda s, p: s.find(to_string(p)),
    "lastindexof": lambda s, p: s.rfind(to_string(p)),
    "padleft": lambda s, n, c=" ": s.rjust(to_int(n), to_string(c)),
    "padright": lambda s, n, c=" ": s.ljust(to_int(n), to_string(c)),
    "tostring": lambda s, *a: s,
    "equals": lambda s, o: s == to_string(o),
    "gettype": lambda s: TypeInfo(type_names(s)[0]),
    "tochararray": lambda s: list(s),
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
    if key == "tostring":
        if args and isinstance(target, (int, float, Decimal)) and not isinstance(target, bool):
            from .composite_format import format_value
            return format_value(target, to_string(args[0]))  # (12).ToString('000')
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
