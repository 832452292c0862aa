""".NET-style method calls on the values lyncshell uses: `$s.ToUpper()`,
`(Get-Date).AddDays(30)`, `$list.Contains(x)`, `$h.ContainsKey(k)`.

Method names are case-insensitive, as in PowerShell. An unknown method raises
PowerShell's MethodNotFound error.
"""
from __future__ import annotations

import unicodedata
from collections.abc import Callable
from datetime import datetime, timedelta
from decimal import Decimal
from typing import Any

from ..errors import ErrorRecord, INVALID_OPERATION, PSRuntimeError
from .casts import Char
from .convert import format_datetime, to_int, to_number, to_string
from .datefmt import format_custom_date
from .numbers import NUMBER_TYPES, Single, format_decimal, shortest_single
from .dotnet_collections import ArrayList, GenericDictionary, GenericList, TypedArray
from .values import (AUTOMATION_NULL, Hashtable, PSCustomObject, ScriptBlockValue, type_names,
                     utf16_length)


class TypeInfo:
    """What `.GetType()` returns: `.FullName`, `.Name`; converts to the full name."""

    def __init__(self, full_name: str) -> None:
        self.FullName = full_name
        # List`1[[System.String, ...]] is named List`1: the generic arguments hold dots too
        self.Name = full_name.split("[[", 1)[0].rsplit(".", 1)[-1]

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
    "equals": lambda s, o, *mode: _string_equals(s, o, *mode),
    "compareto": lambda s, o: _string_compare_to(s, o),
    "chars": lambda s, i: _char_at(s, i),
    "clone": lambda s: s,
    "normalize": lambda s, *form: unicodedata.normalize("NFC", s),
    "gethashcode": lambda s: hash(s) & 0x7FFFFFFF,
    "isnormalized": lambda s, *form: unicodedata.is_normalized("NFC", s),
    "gettype": lambda s: TypeInfo(type_names(s)[0]),
    "tochararray": lambda s: [Char(c) for c in (s if _is_bmp(s) else _units_checked(s))],
}

def _string_equals(s: str, other: Any, *mode: Any) -> bool:
    """String.Equals is ordinal and case-sensitive unless a StringComparison says otherwise."""
    if other is None or not isinstance(other, str):
        return False
    if mode and "ignorecase" in to_string(mode[0]).lower():
        return s.lower() == other.lower()
    return s == other


def _string_compare_to(s: str, other: Any) -> int:
    """String.CompareTo: culture order (lowercase before uppercase); any string is after $null."""
    if other is None:
        return 1
    from .operators import ps_compare
    result = ps_compare(s, to_string(other), False)
    return (result > 0) - (result < 0)


def _char_at(s: str, index: Any) -> Char:
    text = s if _is_bmp(s) else _units(s)
    position = to_int(index)
    if not 0 <= position < len(text):
        raise PSRuntimeError(ErrorRecord(
            message='Exception calling "Chars" with "1" argument(s): "Index was outside the bounds of the array."',
            error_id="IndexOutOfRangeException", category="NotSpecified",
            exception_type="System.Management.Automation.MethodInvocationException"))
    return Char(text[position])


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


def _growable(lst: Any, name: str, count: int) -> list[Any]:
    """An array (Object[], String[]) is of a fixed size; ArrayList and List[T] grow."""
    if not getattr(lst, "growable", False):
        raise PSRuntimeError(ErrorRecord(
            message=f'Exception calling "{name}" with "{count}" argument(s): "Collection was of a fixed size."',
            error_id="NotSupportedException", category="NotSpecified",
            exception_type="System.Management.Automation.MethodInvocationException"))
    return lst


def _element(lst: Any, item: Any) -> Any:
    convert = getattr(lst, "convert", None)
    return item if convert is None else convert(item)


def _list_add(lst: Any, item: Any) -> Any:
    _growable(lst, "Add", 1).append(_element(lst, item))
    # ArrayList.Add returns the new element's index (the reason for `[void]$al.Add(x)`);
    # List[T].Add returns nothing
    return len(lst) - 1 if isinstance(lst, ArrayList) else AUTOMATION_NULL


def _list_add_range(lst: Any, items: Any) -> Any:
    _growable(lst, "AddRange", 1).extend(_element(lst, x) for x in _items_of(items))
    return AUTOMATION_NULL


def _items_of(value: Any) -> list[Any]:
    if value is None:
        raise _argument_error("Value cannot be null. (Parameter 'c')")
    if isinstance(value, (list, tuple)):
        return list(value)
    if isinstance(value, Hashtable):
        return value.entries()
    return [value]


def _out_of_range(name: str, count: int, parameter: str = "index") -> PSRuntimeError:
    return PSRuntimeError(ErrorRecord(
        message=f'Exception calling "{name}" with "{count}" argument(s): "Index was out of range. Must be '
                f"non-negative and less than the size of the collection. (Parameter '{parameter}')\"",
        error_id="ArgumentOutOfRangeException", category="NotSpecified",
        exception_type="System.Management.Automation.MethodInvocationException"))


def _list_remove_at(lst: Any, index: Any) -> Any:
    position = to_int(index)
    if not 0 <= position < len(_growable(lst, "RemoveAt", 1)):
        raise _out_of_range("RemoveAt", 1)
    del lst[position]
    return AUTOMATION_NULL


def _list_insert(lst: Any, index: Any, item: Any) -> Any:
    position = to_int(index)
    if not 0 <= position <= len(_growable(lst, "Insert", 2)):
        raise PSRuntimeError(ErrorRecord(
            message='Exception calling "Insert" with "2" argument(s): "Insertion index was out of range. '
                    "Must be non-negative and less than or equal to size. (Parameter 'index')\"",
            error_id="ArgumentOutOfRangeException", category="NotSpecified",
            exception_type="System.Management.Automation.MethodInvocationException"))
    lst.insert(position, _element(lst, item))
    return AUTOMATION_NULL


def _list_clear(lst: Any) -> Any:
    if getattr(lst, "growable", False):
        lst.clear()
    else:
        lst[:] = [None] * len(lst)   # Array.Clear keeps the length and empties each slot
    return AUTOMATION_NULL


def _list_sort(lst: Any, *args: Any) -> Any:
    import functools
    from .operators import ps_compare
    if args:
        raise TypeError("comparers are not modelled")
    lst.sort(key=functools.cmp_to_key(lambda a, b: ps_compare(a, b, False)))
    return AUTOMATION_NULL


def _list_index_of(lst: Any, item: Any, start: Any = None, *rest: Any) -> int:
    begin = 0 if start is None else to_int(start)
    if not 0 <= begin <= len(lst):
        raise _out_of_range("IndexOf", 2, "startIndex")
    for i in range(begin, len(lst)):
        if _loose_equal(lst[i], item):
            return i
    return -1


def _list_get_range(lst: Any, index: Any, count: Any) -> Any:
    begin, size = to_int(index), to_int(count)
    if begin < 0 or size < 0 or begin + size > len(lst):
        raise _argument_error("Offset and length were out of bounds for the array or count is greater than "
                              "the number of elements from index to the end of the source collection.")
    return type(lst)(lst[begin:begin + size]) if isinstance(lst, ArrayList) else list(lst[begin:begin + size])


def _list_clone(lst: Any) -> Any:
    if isinstance(lst, GenericList):
        return GenericList(lst.element, lst)
    if isinstance(lst, TypedArray):
        return TypedArray(lst.element_full, lst)
    return type(lst)(lst) if isinstance(lst, ArrayList) else list(lst)


def _list_remove_item(lst: Any, item: Any) -> Any:
    _growable(lst, "Remove", 1)
    for i, existing in enumerate(lst):
        if _loose_equal(existing, item):
            del lst[i]
            # List[T].Remove says whether it found the item; ArrayList.Remove is void
            return True if isinstance(lst, GenericList) else AUTOMATION_NULL
    return False if isinstance(lst, GenericList) else AUTOMATION_NULL


LIST_METHODS: dict[str, Callable[..., Any]] = {
    "contains": lambda lst, x: any(_loose_equal(item, x) for item in lst),
    "indexof": _list_index_of,
    "lastindexof": lambda lst, x: max((i for i, item in enumerate(lst) if _loose_equal(item, x)), default=-1),
    "add": _list_add,
    "addrange": _list_add_range,
    "clear": _list_clear,
    "remove": _list_remove_item,
    "removeat": _list_remove_at,
    "insert": _list_insert,
    "sort": _list_sort,
    "reverse": lambda lst: lst.reverse() or AUTOMATION_NULL,
    "toarray": lambda lst: list(lst),
    "clone": _list_clone,
    "getrange": _list_get_range,
    "tostring": lambda lst: type_names(lst)[0],
    "gettype": lambda lst: TypeInfo(type_names(lst)[0]),
    "equals": lambda lst, other: lst is other,
    "gethashcode": lambda lst: id(lst) & 0x7FFFFFFF,
}


def _hashtable_insert(h: Any, index: Any, key: Any, value: Any) -> Any:
    if not h.ordered:
        raise _no_method(h, "Insert")
    try:
        h.insert_at(to_int(index), key, value)
    except KeyError:
        _duplicate_key(key, "Insert", 3)
    except IndexError:
        raise _out_of_range("Insert", 3) from None
    return AUTOMATION_NULL


def _hashtable_remove_at(h: Any, index: Any) -> Any:
    if not h.ordered:
        raise _no_method(h, "RemoveAt")
    try:
        h.remove_at(to_int(index))
    except IndexError:
        raise _out_of_range("RemoveAt", 1) from None
    return AUTOMATION_NULL


def _hashtable_add(h: Any, key: Any, value: Any) -> Any:
    if key is None:
        raise _argument_error("Key cannot be null. (Parameter 'key')")
    if key in h:
        _duplicate_key(key)
    h.add(key, value)
    return AUTOMATION_NULL


def _hashtable_remove(h: Any, key: Any) -> Any:
    present = key in h
    h.__delitem__(key)
    # Dictionary[K,V].Remove reports whether the key was there; Hashtable.Remove is void
    return present if isinstance(h, GenericDictionary) else AUTOMATION_NULL


def _try_get_value(h: Any, key: Any, target: Any) -> bool:
    from .values import PSReference
    found = key in h
    if isinstance(target, PSReference):
        target.Value = h[key] if found else None
    return found


HASHTABLE_METHODS: dict[str, Callable[..., Any]] = {
    "containskey": lambda h, k: k in h,
    "contains": lambda h, k: k in h,
    "containsvalue": lambda h, v: any(_loose_equal(x, v) for x in h.values()),
    "add": _hashtable_add,
    "remove": _hashtable_remove,
    "clear": lambda h: h.clear() or AUTOMATION_NULL,
    "clone": lambda h: h.copy(),
    "getenumerator": lambda h: h.entries(),
    "insert": _hashtable_insert,
    "removeat": _hashtable_remove_at,
    "trygetvalue": _try_get_value,
    "tostring": lambda h: type_names(h)[0],
    "gettype": lambda h: TypeInfo(type_names(h)[0]),
    "equals": lambda h, other: h is other,
    "gethashcode": lambda h: id(h) & 0x7FFFFFFF,
}


def _loose_equal(a: Any, b: Any) -> bool:
    if isinstance(a, str) and isinstance(b, str):
        return a == b
    return a == b


def _duplicate_key(key: Any, method: str = "Add", count: int = 2) -> None:
    raise PSRuntimeError(ErrorRecord(
        message=f'Exception calling "{method}" with "{count}" argument(s): "Item has already been added. '
                f"Key in dictionary: '{to_string(key)}'  Key being added: '{to_string(key)}'\"",
        error_id="ArgumentException", category="NotSpecified",
        exception_type="System.Management.Automation.MethodInvocationException"))


# Classes whose values are type literals ([int], [string]): the shell registers its own,
# so `.ForEach([int])` can tell a type from a method name without importing the shell.
_TYPE_LITERALS: dict[type, Callable[[Any], str]] = {}


def register_type_literal_class(cls: type, name_of: Callable[[Any], str]) -> None:
    _TYPE_LITERALS[cls] = name_of


def invoke_method(target: Any, name: str, args: list[Any]) -> Any:
    """Call `target.name(args)` with .NET-like semantics."""
    if target is None or target is AUTOMATION_NULL:
        raise PSRuntimeError(ErrorRecord(message="You cannot call a method on a null-valued expression.",
                                         error_id="InvokeMethodOnNull", category=INVALID_OPERATION,
                                         exception_type="System.Management.Automation.RuntimeException"))
    key = name.lower()
    if key == "where" or key == "foreach":
        # the intrinsic .Where({...}) / .ForEach({...}) every object has (PowerShell 4+)
        from .intrinsics import foreach_method, where_method
        if key == "where":
            return where_method(target, args)
        return foreach_method(target, args, _TYPE_LITERALS)
    table: dict[str, Callable[..., Any]] | None = None
    if isinstance(target, str):
        table = STRING_METHODS
    elif isinstance(target, datetime):
        table = DATETIME_METHODS
    elif isinstance(target, (list, tuple)):
        table = LIST_METHODS
        extra = getattr(type(target), "ps_extra_methods", None)   # psobject.Properties.Match()
        if extra is not None and key in extra:
            table = extra
    elif isinstance(target, Hashtable):
        table = HASHTABLE_METHODS
    elif isinstance(target, ScriptBlockValue):
        table = SCRIPTBLOCK_METHODS
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
    if key == "equals" and len(args) == 1:
        return target == args[0]
    method = _dotnet_method(target, key)
    if method is not None:
        return method(*args)
    if isinstance(target, PSCustomObject):
        method = target.get(name)
        if callable(method):
            return method(*args)
    raise _no_method(target, name)


def _no_method(target: Any, name: str) -> PSRuntimeError:
    return PSRuntimeError(ErrorRecord(
        message=f"Method invocation failed because [{type_names(target)[0]}] does not contain a "
                f"method named '{name}'.",
        error_id="MethodNotFound", category=INVALID_OPERATION,
        exception_type="System.Management.Automation.RuntimeException"))


def _invoke_block(block: ScriptBlockValue, *args: Any) -> list[Any]:
    """ScriptBlock.Invoke(args): the block's output as a collection; $args and the
    param block receive the arguments."""
    return block.invoke(AUTOMATION_NULL, tuple(args))


def _invoke_as_is(block: ScriptBlockValue, *args: Any) -> Any:
    values = block.invoke(AUTOMATION_NULL, tuple(args))
    if not values:
        return None
    return values[0] if len(values) == 1 else values


SCRIPTBLOCK_METHODS: dict[str, Callable[..., Any]] = {
    "invoke": _invoke_block,
    "invokereturnasis": _invoke_as_is,
    # Closures are not modelled: the block keeps reading its defining scope's variables
    "getnewclosure": lambda block: block,
    "tostring": lambda block: block.text,
    "gettype": lambda block: TypeInfo("System.Management.Automation.ScriptBlock"),
}


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
