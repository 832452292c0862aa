"""The .NET collections scripts build themselves: ArrayList, List[T], Dictionary[K,V]
and typed arrays such as [string[]].

Each is a Python list (or our Hashtable) underneath, so every place that enumerates,
indexes or counts an array keeps working unchanged; the subclass only remembers the
.NET type, for GetType(), `-is`, and the methods that differ (ArrayList.Add returns
the new index, List[T].Add converts to T and returns nothing, an array is of a
fixed size).
"""
from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from .values import Hashtable, PropertyDef, TypeView, register_view

NOT_HANDLED = object()

# The assembly-qualified spelling .NET 9 (PowerShell 7.5) gives generic arguments.
_CORELIB = "System.Private.CoreLib, Version=9.0.0.0, Culture=neutral, PublicKeyToken=7cec85d7bea7798e"


def _qualified(full_name: str) -> str:
    return f"[{full_name}, {_CORELIB}]"


class ArrayList(list):
    """System.Collections.ArrayList."""

    __slots__ = ()
    growable = True

    def ps_type_names(self) -> tuple[str, ...]:
        return ("System.Collections.ArrayList", "System.Object")


class GenericList(list):
    """System.Collections.Generic.List[T]: elements are converted to T on the way in."""

    __slots__ = ("element",)
    growable = True

    def __init__(self, element: str, items: Iterable[Any] = ()) -> None:
        super().__init__()
        self.element = element          # the element type as written: 'string', 'int', 'object'
        self.extend(self.convert(x) for x in items)

    def convert(self, item: Any) -> Any:
        return convert_element(item, self.element)

    def ps_type_names(self) -> tuple[str, ...]:
        return (f"System.Collections.Generic.List`1[{_qualified(element_full_name(self.element))}]",
                "System.Object")


class TypedArray(list):
    """An array of one element type: [string[]], [int[]] (GetType().Name String[])."""

    __slots__ = ("element_full",)
    growable = False

    def __init__(self, element_full: str, items: Iterable[Any] = ()) -> None:
        super().__init__(items)
        self.element_full = element_full

    def ps_type_names(self) -> tuple[str, ...]:
        return (self.element_full + "[]", "System.Array", "System.Object")


class GenericDictionary(Hashtable):
    """System.Collections.Generic.Dictionary[K,V]: keys compare exactly (ordinal, case
    sensitive) and keys and values are converted to K and V."""

    __slots__ = ("key_type", "value_type")

    def __init__(self, key_type: str, value_type: str) -> None:
        super().__init__()
        self.key_type = key_type
        self.value_type = value_type

    @staticmethod
    def _norm(key: Any) -> Any:
        return key

    def put(self, key: Any, value: Any) -> None:
        super().put(convert_element(key, self.key_type), convert_element(value, self.value_type))

    def __contains__(self, key: Any) -> bool:
        return key in self._items

    def _generic_args(self) -> str:
        return ",".join(_qualified(element_full_name(t)) for t in (self.key_type, self.value_type))

    def ps_type_names(self) -> tuple[str, ...]:
        return (f"System.Collections.Generic.Dictionary`2[{self._generic_args()}]", "System.Object")

    def entries(self) -> list["KeyValuePair"]:  # type: ignore[override]
        """GetEnumerator() (and what Out-Default shows): KeyValuePair[K,V], not the
        DictionaryEntry a Hashtable gives, so the table's columns are Key and Value."""
        type_name = f"System.Collections.Generic.KeyValuePair`2[{self._generic_args()}]"
        return [KeyValuePair(k, v, type_name) for k, v in self._items.values()]


class KeyValuePair:
    """System.Collections.Generic.KeyValuePair[K,V]: Key and Value (no Name alias), and
    ToString() "[key, value]". PowerShell has no view for it: a table of its properties."""

    __slots__ = ("key", "value", "type_name")

    def __init__(self, key: Any, value: Any, type_name: str) -> None:
        self.key = key
        self.value = value
        self.type_name = type_name

    def __eq__(self, other: object) -> bool:
        return isinstance(other, KeyValuePair) and (other.key, other.value) == (self.key, self.value)

    __hash__ = None  # type: ignore[assignment]

    def __repr__(self) -> str:
        return f"KeyValuePair({self.key!r}, {self.value!r})"


def _pair_text(pair: KeyValuePair) -> str:
    from .convert import to_string
    return f"[{to_string(pair.key)}, {to_string(pair.value)}]"


register_view(KeyValuePair, TypeView(
    type_names=("System.Collections.Generic.KeyValuePair`2", "System.ValueType", "System.Object"),
    properties=(PropertyDef("Key", lambda p: p.key), PropertyDef("Value", lambda p: p.value)),
    to_string=_pair_text,
    # the full name carries K and V, so each pair names itself
    names_of=lambda p: (p.type_name, "System.ValueType", "System.Object")))


def convert_element(item: Any, element: str) -> Any:
    if element.lower() in ("object", "system.object", "psobject"):
        return item
    from .casts import convert_to_type
    return convert_to_type(item, element)


def element_full_name(element: str) -> str:
    from .casts import full_type_name
    name = full_type_name(element)
    return name if "." in name else "System." + name[:1].upper() + name[1:]


# ------------------------------------------------------------------ type names


def split_generic(type_name: str) -> tuple[str, list[str]]:
    """'System.Collections.Generic.Dictionary[string,int]' -> ('collections.generic.dictionary',
    ['string', 'int']); a name without arguments gives an empty list."""
    name = type_name.strip()
    if name.startswith("[") and name.endswith("]") and not name.endswith("[]]"):
        name = name[1:-1]
    open_at = name.find("[")
    if open_at < 0 or name.endswith("[]") and name.count("[") == 1:
        base, args = name, []
    else:
        base, inner = name[:open_at], name[open_at + 1:-1]
        args, depth, start = [], 0, 0
        for i, ch in enumerate(inner):
            if ch == "[":
                depth += 1
            elif ch == "]":
                depth -= 1
            elif ch == "," and depth == 0:
                args.append(inner[start:i].strip())
                start = i + 1
        args.append(inner[start:].strip())
    low = base.lower().removeprefix("system.")
    return low, args


_LIST_NAMES = ("collections.generic.list", "list")
_DICTIONARY_NAMES = ("collections.generic.dictionary", "dictionary")
_ARRAYLIST_NAMES = ("collections.arraylist", "arraylist")


def is_collection_type(type_name: str) -> bool:
    base, args = split_generic(type_name)
    return (base in _ARRAYLIST_NAMES and not args) or (base in _LIST_NAMES and len(args) == 1) \
        or (base in _DICTIONARY_NAMES and len(args) == 2)


def construct(type_name: str, args: list[Any]) -> Any:
    """`[T]::new(args)` / `New-Object T args` for the collection types; NOT_HANDLED otherwise.
    A number argument is a capacity (ignored), a collection the initial elements."""
    base, generic = split_generic(type_name)
    source: list[Any] = []
    if len(args) > 1:
        raise TypeError("no such constructor")
    if args:
        first = args[0]
        if isinstance(first, (list, tuple)):
            source = list(first)
        elif isinstance(first, Hashtable):
            source = []
        elif not isinstance(first, int) or isinstance(first, bool):
            raise TypeError("no such constructor")
    if base in _ARRAYLIST_NAMES and not generic:
        return ArrayList(source)
    if base in _LIST_NAMES and len(generic) == 1:
        return GenericList(generic[0], source)
    if base in _DICTIONARY_NAMES and len(generic) == 2:
        made = GenericDictionary(generic[0], generic[1])
        if args and isinstance(args[0], Hashtable):
            for key, value in args[0].items():
                made.put(key, value)
        return made
    return NOT_HANDLED


def convert(value: Any, type_name: str) -> Any:
    """`[System.Collections.ArrayList]@(1,2)`, `[System.Collections.Generic.List[int]]$x`."""
    base, generic = split_generic(type_name)
    if value is None:
        items: list[Any] = []
    elif isinstance(value, (list, tuple)):
        items = list(value)
    else:
        items = [value]
    if base in _ARRAYLIST_NAMES and not generic:
        return ArrayList(items)
    if base in _LIST_NAMES and len(generic) == 1:
        return GenericList(generic[0], items)
    if base in _DICTIONARY_NAMES and len(generic) == 2 and isinstance(value, Hashtable):
        made = GenericDictionary(generic[0], generic[1])
        for key, item in value.items():
            made.put(key, item)
        return made
    return NOT_HANDLED


__all__ = ["ArrayList", "GenericDictionary", "GenericList", "KeyValuePair", "NOT_HANDLED", "TypedArray",
           "construct", "convert", "is_collection_type", "split_generic"]
