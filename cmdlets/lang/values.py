"""The PowerShell object model as lyncshell represents it in Python.

Values in a pipeline are plain Python objects: str, int, float, bool, None,
datetime, lists (PowerShell arrays), `Hashtable`, `PSCustomObject`, script
blocks, and the store's immutable records. Records are not wrapped per object
(that would cost on every object of a 100,000-user pipeline): instead a
`TypeView` registered for the record's class says which PowerShell properties it
has and how to read them, much as PowerShell's type adapters do.
"""
from __future__ import annotations

from abc import ABC, abstractmethod
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any


class AutomationNull:
    """PowerShell's AutomationNull: 'no output at all', distinct from $null in a pipeline."""

    _instance: "AutomationNull | None" = None

    def __new__(cls) -> "AutomationNull":
        if cls._instance is None:
            cls._instance = super().__new__(cls)
        return cls._instance

    def __repr__(self) -> str:
        return "AutomationNull"


AUTOMATION_NULL = AutomationNull()


# ------------------------------------------------------------------ containers


class Hashtable:
    """A PowerShell hashtable: string keys compare case-insensitively.

    Python dicts keep insertion order; PowerShell's unordered hashtable shows its
    keys in hash order, which we do not reproduce (a documented divergence).
    """

    __slots__ = ("_items", "ordered")

    def __init__(self, items: Iterable[tuple[Any, Any]] = (), ordered: bool = False) -> None:
        self._items: dict[Any, tuple[Any, Any]] = {}
        self.ordered = ordered
        for key, value in items:
            self.put(key, value)

    @staticmethod
    def _norm(key: Any) -> Any:
        return key.lower() if isinstance(key, str) else key

    def __getitem__(self, key: Any) -> Any:
        if self.ordered and type(key) is int:
            # OrderedDictionary's this[int] overload wins for an integer index: $o[0]
            return self.value_at(key)
        entry = self._items.get(self._norm(key))
        return None if entry is None else entry[1]

    def __setitem__(self, key: Any, value: Any) -> None:
        if self.ordered and type(key) is int:
            self.set_at(key, value)
            return
        self.put(key, value)

    def put(self, key: Any, value: Any) -> None:
        """Set by key, whatever the key's type (construction, Add, string keys)."""
        norm = self._norm(key)
        existing = self._items.get(norm)
        self._items[norm] = (existing[0] if existing else key, value)

    def value_at(self, position: int) -> Any:
        """OrderedDictionary's positional read; outside the range is $null."""
        entries = list(self._items.values())
        if -len(entries) <= position < len(entries) and position >= 0:
            return entries[position][1]
        return None

    def set_at(self, position: int, value: Any) -> None:
        keys = list(self._items)
        if not 0 <= position < len(keys):
            raise IndexError(position)
        norm = keys[position]
        self._items[norm] = (self._items[norm][0], value)

    def insert_at(self, position: int, key: Any, value: Any) -> None:
        """OrderedDictionary.Insert: a new key at a position (existing keys are an error)."""
        if key in self:
            raise KeyError(key)
        entries = list(self._items.items())
        if not 0 <= position <= len(entries):
            raise IndexError(position)
        entries.insert(position, (self._norm(key), (key, value)))
        self._items = dict(entries)

    def remove_at(self, position: int) -> None:
        keys = list(self._items)
        if not 0 <= position < len(keys):
            raise IndexError(position)
        del self._items[keys[position]]

    def clear(self) -> None:
        self._items.clear()

    def __delitem__(self, key: Any) -> None:
        self._items.pop(self._norm(key), None)

    def __contains__(self, key: Any) -> bool:
        return self._norm(key) in self._items

    def __len__(self) -> int:
        return len(self._items)

    def add(self, key: Any, value: Any) -> None:
        if key in self:
            raise KeyError(key)
        self.put(key, value)

    def keys(self) -> list[Any]:
        return [k for k, _ in self._items.values()]

    def values(self) -> list[Any]:
        return [v for _, v in self._items.values()]

    def items(self) -> list[tuple[Any, Any]]:
        return list(self._items.values())

    def copy(self) -> "Hashtable":
        made = type(self).__new__(type(self))
        made._items = dict(self._items)
        made.ordered = self.ordered
        return made

    def entries(self) -> list["DictionaryEntry"]:
        """GetEnumerator(): one DictionaryEntry per key, in the table's order."""
        return [DictionaryEntry(k, v) for k, v in self._items.values()]

    def __repr__(self) -> str:
        return f"Hashtable({self.items()!r})"


class DictionaryEntry:
    """System.Collections.DictionaryEntry: what enumerating a hashtable yields
    (`$h.GetEnumerator()`), with Key, Value and the Name alias of Key."""

    __slots__ = ("key", "value")

    def __init__(self, key: Any, value: Any) -> None:
        self.key = key
        self.value = value

    def __eq__(self, other: object) -> bool:
        return isinstance(other, DictionaryEntry) and other.key == self.key and other.value == self.value

    __hash__ = None  # type: ignore[assignment] - mutable, as the .NET struct is by value

    def __repr__(self) -> str:
        return f"DictionaryEntry({self.key!r}, {self.value!r})"


_CUSTOM_OBJECT_NAMES = ("System.Management.Automation.PSCustomObject", "System.Object")


class PSCustomObject:
    """`[pscustomobject]@{...}`, Select-Object output, and other property bags."""

    __slots__ = ("_props", "type_names")

    def __init__(self, properties: Iterable[tuple[str, Any]] = (),
                 type_names: tuple[str, ...] | None = None) -> None:
        self._props: dict[str, tuple[str, Any]] = {}
        names = _CUSTOM_OBJECT_NAMES if type_names is None else type_names
        for name, value in properties:
            lower = name.lower()
            if lower == "pstypename" and type_names is None:
                # [pscustomobject]@{PSTypeName='X'} names the object's type; the key is no property
                names = (to_type_name(value),) + names
                continue
            self._props[lower] = (name, value)
        self.type_names = names

    def has(self, name: str) -> bool:
        return name.lower() in self._props

    def get(self, name: str) -> Any:
        entry = self._props.get(name.lower())
        return None if entry is None else entry[1]

    def set(self, name: str, value: Any) -> None:
        existing = self._props.get(name.lower())
        self._props[name.lower()] = (existing[0] if existing else name, value)

    def property_names(self) -> list[str]:
        return [name for name, _ in self._props.values()]

    def remove(self, name: str) -> None:
        self._props.pop(name.lower(), None)

    def items(self) -> list[tuple[str, Any]]:
        return list(self._props.values())

    def __repr__(self) -> str:
        return f"PSCustomObject({self.items()!r})"


class ScriptBlockValue(ABC):
    """Base of the executor's compiled script block, so cmdlets can recognise and
    call one without depending on the executor. Only `invoke` must be provided; the
    executor also overrides the other two (caller's scope, a fast path per object)."""

    @abstractmethod
    def invoke(self, dollar_under: Any = AUTOMATION_NULL, args: tuple[Any, ...] = (),
               sink: Callable[[Any], None] | None = None) -> list[Any]:
        """Run in a child scope with `$_` set. Output objects go to `sink` one at a
        time when given (streaming, returns []), else are returned as a list."""

    def invoke_in_scope(self, dollar_under: Any, sink: Callable[[Any], None] | None = None) -> list[Any]:
        """Run in the caller's scope (dot-sourced), as ForEach-Object and
        Where-Object do: assignments in the block stay visible afterwards."""
        return self.invoke(dollar_under, (), sink)

    def invoke_single(self, dollar_under: Any) -> Any:
        """Run for one pipeline object and return its output: one value, a list
        for several, AUTOMATION_NULL for none (Where-Object tests its truth)."""
        values = self.invoke_in_scope(dollar_under)
        if not values:
            return AUTOMATION_NULL
        return values[0] if len(values) == 1 else values

    @property
    def text(self) -> str:
        return ""


def to_type_name(value: Any) -> str:
    """A PSTypeName value as text (values.py cannot use convert.to_string: it imports us)."""
    return value if isinstance(value, str) else str(value)


class PSReference:
    """`[ref]$x`: a box whose Value a method such as [int]::TryParse fills in."""

    __slots__ = ("Value",)

    def __init__(self, value: Any = None) -> None:
        self.Value = value

    def __repr__(self) -> str:
        return f"PSReference({self.Value!r})"


@dataclass(frozen=True, slots=True)
class SwitchValue:
    """A [switch] parameter value; `$x.IsPresent` and truthiness as PowerShell."""

    is_present: bool

    def __bool__(self) -> bool:
        return self.is_present


# ------------------------------------------------------------------ type views


@dataclass(frozen=True, slots=True)
class PropertyDef:
    name: str
    getter: Callable[[Any], Any]


@dataclass(slots=True)
class TypeView:
    """How a Python class looks to PowerShell: type names, properties in order,
    the properties shown by default, and its string conversion."""

    type_names: tuple[str, ...]
    properties: tuple[PropertyDef, ...]
    default_display: tuple[str, ...] | None = None   # None: all properties
    to_string: Callable[[Any], str] | None = None
    view: str | None = None                          # "table" / "list" to force a shape
    # per-object type names, for a generic type whose name carries its arguments
    names_of: Callable[[Any], tuple[str, ...]] | None = None
    _by_name: dict[str, PropertyDef] = field(default_factory=dict, repr=False)

    def __post_init__(self) -> None:
        self._by_name = {p.name.lower(): p for p in self.properties}

    def find(self, name: str) -> PropertyDef | None:
        return self._by_name.get(name.lower())


_VIEWS: dict[type, TypeView] = {}


def register_view(cls: type, view: TypeView) -> None:
    _VIEWS[cls] = view


def view_of(value: Any) -> TypeView | None:
    return _VIEWS.get(type(value))


def attribute_view(type_names: tuple[str, ...], fields: Iterable[tuple[str, str]],
                   **options: Any) -> TypeView:
    """A TypeView whose properties read Python attributes: fields are (PSName, attr)."""
    from operator import attrgetter
    props = tuple(PropertyDef(ps, attrgetter(attr)) for ps, attr in fields)
    return TypeView(type_names=type_names, properties=props, **options)


# -------------------------------------------------------------- type identity


from decimal import Decimal  # noqa: E402 - kept beside the table it serves

from .numbers import full_name_of  # noqa: E402

_PRIMITIVE_TYPE_NAMES: dict[type, str] = {
    Decimal: "System.Decimal",
    str: "System.String", bool: "System.Boolean", int: "System.Int32", float: "System.Double",
    datetime: "System.DateTime", timedelta: "System.TimeSpan", list: "System.Object[]",
    tuple: "System.Object[]", Hashtable: "System.Collections.Hashtable",
    PSReference: "System.Management.Automation.PSReference",
}


def type_names(value: Any) -> tuple[str, ...]:
    """The PowerShell type names of a value, most specific first."""
    if isinstance(value, PSCustomObject):
        return value.type_names
    view = view_of(value)
    if view is not None:
        return view.type_names if view.names_of is None else view.names_of(value)
    number_name = full_name_of(value)
    if number_name is not None:
        return (number_name, "System.ValueType", "System.Object")
    if isinstance(value, ScriptBlockValue):
        return ("System.Management.Automation.ScriptBlock", "System.Object")
    name = _PRIMITIVE_TYPE_NAMES.get(type(value))
    if name is None and isinstance(value, datetime):   # Get-Date -DisplayHint's DateTime
        name = _PRIMITIVE_TYPE_NAMES[datetime]
    if name is not None:
        if name == "System.Collections.Hashtable" and value.ordered:
            return ("System.Collections.Specialized.OrderedDictionary", "System.Object")
        return (name, "System.Object")
    own = getattr(value, "ps_type_names", None)
    if own is not None:   # the .NET collections of dotnet_collections.py name themselves
        return own()
    return (f"{type(value).__module__}.{type(value).__name__}", "System.Object")


def is_collection(value: Any) -> bool:
    """True for values PowerShell enumerates in a pipeline (arrays, lists)."""
    return isinstance(value, (list, tuple))


def enumerate_value(value: Any) -> Iterator[Any]:
    """What a pipeline sees when a value is written to it: arrays unroll one level."""
    if isinstance(value, (list, tuple)):
        yield from value
    elif value is not AUTOMATION_NULL:
        yield value


# ---------------------------------------------------------------- members


def property_names(value: Any) -> list[str]:
    """All property names of an object, in display order (Format-List *)."""
    if isinstance(value, PSCustomObject):
        return value.property_names()
    view = view_of(value)
    if view is not None:
        return [p.name for p in view.properties]
    if isinstance(value, Hashtable):
        return ["IsReadOnly", "IsFixedSize", "IsSynchronized", "Keys", "Values", "SyncRoot", "Count"]
    if isinstance(value, str):
        return ["Length"]
    if isinstance(value, datetime):
        return list(_DATETIME_PROPERTIES)
    if isinstance(value, timedelta):
        return list(_TIMESPAN_PROPERTIES)
    return []


def default_display_properties(value: Any) -> list[str]:
    """The properties Out-Default shows for an object without an explicit view."""
    view = view_of(value)
    if view is not None and view.default_display is not None:
        return list(view.default_display)
    return property_names(value)


_DATETIME_PROPERTIES: dict[str, Callable[[datetime], Any]] = {
    "Date": lambda d: d.replace(hour=0, minute=0, second=0, microsecond=0),
    "Day": lambda d: d.day,
    "DayOfWeek": lambda d: d.strftime("%A"),
    "DayOfYear": lambda d: d.timetuple().tm_yday,
    "Hour": lambda d: d.hour,
    "Millisecond": lambda d: d.microsecond // 1000,
    "Minute": lambda d: d.minute,
    "Month": lambda d: d.month,
    "Second": lambda d: d.second,
    "Ticks": lambda d: int((d - datetime(1, 1, 1)).total_seconds() * 10_000_000),
    "Year": lambda d: d.year,
}
_DATETIME_BY_LOWER = {k.lower(): f for k, f in _DATETIME_PROPERTIES.items()}


def _ticks(span: timedelta) -> int:
    return (span.days * 86_400 + span.seconds) * 10_000_000 + span.microseconds * 10


def _component(span: timedelta, unit_ticks: int, modulo: int) -> int:
    ticks = _ticks(span)
    value = abs(ticks) // unit_ticks % modulo
    return -value if ticks < 0 else value


_TIMESPAN_PROPERTIES: dict[str, Callable[[timedelta], Any]] = {
    "Ticks": _ticks,
    "Days": lambda t: int(_ticks(t) / 864_000_000_000),
    "Hours": lambda t: _component(t, 36_000_000_000, 24),
    "Milliseconds": lambda t: _component(t, 10_000, 1000),
    "Minutes": lambda t: _component(t, 600_000_000, 60),
    "Seconds": lambda t: _component(t, 10_000_000, 60),
    "TotalDays": lambda t: _ticks(t) / 864_000_000_000,
    "TotalHours": lambda t: _ticks(t) / 36_000_000_000,
    "TotalMilliseconds": lambda t: _ticks(t) / 10_000,
    "TotalMinutes": lambda t: _ticks(t) / 600_000_000,
    "TotalSeconds": lambda t: _ticks(t) / 10_000_000,
}
_TIMESPAN_BY_LOWER = {k.lower(): f for k, f in _TIMESPAN_PROPERTIES.items()}


def utf16_length(text: str) -> int:
    """String.Length: UTF-16 code units, so a character beyond U+FFFF counts 2."""
    if text.isascii():
        return len(text)
    return len(text.encode("utf-16-le", "surrogatepass")) >> 1


class MissingMember(Exception):
    """Raised by `get_member(..., strict=True)` when the object has no such member."""


def get_member(value: Any, name: str) -> Any:
    """`$value.name` for a property: $null when the object has no such property,
    member enumeration over arrays, as PowerShell without strict mode.

    Members come only from TypeViews, the tables below and PascalCase attributes of
    the shell's own classes: a Python attribute such as str.count is never visible."""
    if value is None or value is AUTOMATION_NULL:
        return 0 if name.lower() in ("count", "length") else None  # $null.Count is 0
    if isinstance(value, PSCustomObject):
        entry = value._props.get(name.lower())
        return entry[1] if entry is not None else _intrinsic(value, name.lower())
    view = _VIEWS.get(type(value))
    if view is not None:
        prop = view.find(name)
        return prop.getter(value) if prop is not None else _intrinsic(value, name.lower())
    lower = name.lower()
    if isinstance(value, Hashtable):
        if value.__contains__(name):
            return value._items[value._norm(name)][1]
        if name.isdigit() and int(name) in value:  # $Matches.1: the key is the number
            return value._items[int(name)][1]
        getter = _DICTIONARY_PROPERTIES.get(lower)
        return getter(value) if getter is not None else _intrinsic(value, lower)
    if isinstance(value, (list, tuple)):
        getter = _ARRAY_PROPERTIES.get(lower)
        if getter is not None:
            return getter(value)
        if lower in ("psobject", "pstypenames"):
            return _intrinsic(value, lower)
        return _enumerate_member(value, name)
    if isinstance(value, str):
        if lower == "length":
            return utf16_length(value)
        return _intrinsic(value, lower)
    if isinstance(value, datetime):
        getter = _DATETIME_BY_LOWER.get(lower)
        if getter is not None:
            return getter(value)
    elif isinstance(value, timedelta):
        span_getter = _TIMESPAN_BY_LOWER.get(lower)
        if span_getter is not None:
            return span_getter(value)
    elif isinstance(value, SwitchValue) and lower == "ispresent":
        return value.is_present
    found, got = _shell_attribute(value, lower)
    return got if found else _intrinsic(value, lower)


def _intrinsic(value: Any, lower: str) -> Any:
    """Members every object has: Count and Length (1 for a single object), the
    PSObject wrapper and its type names."""
    if lower in ("count", "length"):
        return 1
    if lower == "psobject":
        from .psobject import PSObjectInfo
        return PSObjectInfo(value)
    if lower == "pstypenames":
        return list(type_names(value))
    return None


_DICTIONARY_PROPERTIES: dict[str, Callable[[Any], Any]] = {
    "count": len,
    "keys": lambda h: h.keys(),
    "values": lambda h: h.values(),
    "isreadonly": lambda h: False,
    "isfixedsize": lambda h: False,
    "issynchronized": lambda h: False,
    "syncroot": lambda h: h,
}

_ARRAY_PROPERTIES: dict[str, Callable[[Any], Any]] = {
    "count": len,
    "length": len,
    "longlength": len,
    "rank": lambda a: 1,
    "issynchronized": lambda a: False,
    "syncroot": lambda a: a,
    "isreadonly": lambda a: False,
    "isfixedsize": lambda a: not getattr(a, "growable", False),
}

# type -> {lowercase name: attribute}: the PascalCase attributes of the shell's own
# classes (ExceptionValue.Message, PSReference.Value), looked up once per class.
_ATTRIBUTE_CACHE: dict[type, dict[str, str]] = {}
_NO_ATTRIBUTES: dict[str, str] = {}


def _public_names(names: Iterable[str]) -> dict[str, str]:
    return {n.lower(): n for n in names if n[:1].isupper()}


def _shell_attribute(value: Any, lower: str) -> tuple[bool, Any]:
    """A PascalCase, non-method attribute of one of our own classes, matched without
    regard to case. Builtin types (str, int, list, dict) expose nothing this way."""
    cls = type(value)
    names = _ATTRIBUTE_CACHE.get(cls)
    if names is None:
        names = _NO_ATTRIBUTES if cls.__module__ == "builtins" else _public_names(dir(cls))
        _ATTRIBUTE_CACHE[cls] = names
    attr = names.get(lower)
    if attr is None and names is not _NO_ATTRIBUTES:
        instance = getattr(value, "__dict__", None)
        if instance:
            attr = _public_names(instance).get(lower)
    if attr is None:
        return False, None
    got = getattr(value, attr, None)
    if callable(got) and not isinstance(got, type):
        return False, None    # a method is called, never read as a property
    return True, got


def _enumerate_member(items: Iterable[Any], name: str) -> Any:
    results: list[Any] = []
    for item in items:
        got = get_member(item, name)
        if got is None:
            continue
        if isinstance(got, (list, tuple)):
            results.extend(got)
        else:
            results.append(got)
    if not results:
        return None
    return results[0] if len(results) == 1 else results


def has_property(value: Any, name: str) -> bool:
    """Whether `value` has a property `name` (ByPropertyName binding, Measure-Object)."""
    if isinstance(value, PSCustomObject):
        return value.has(name)
    view = view_of(value)
    if view is not None:
        return view.find(name) is not None
    if isinstance(value, Hashtable):
        return name in value
    return name.lower() in (p.lower() for p in property_names(value))


register_view(DictionaryEntry, TypeView(
    type_names=("System.Collections.DictionaryEntry", "System.ValueType", "System.Object"),
    properties=(PropertyDef("Name", lambda e: e.key), PropertyDef("Key", lambda e: e.key),
                PropertyDef("Value", lambda e: e.value)),
    to_string=lambda e: "System.Collections.DictionaryEntry",
))


# PowerShell has no format data for PSReference: one property, so a table of its Value
# (right-aligned when a number), and Get-Member lists Value. VariableReference
# (shell/references.py) registers the same for its own class.
register_view(PSReference, attribute_view(
    ("System.Management.Automation.PSReference", "System.Object"), (("Value", "Value"),),
    view="table"))
