"""Which .NET types `New-Object` can build, by full type name.

Families of cmdlets register their own types (the Lync cmdlets register
PSCredential) so the core cmdlet needs to know none of them.
"""
from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, timedelta
from typing import Any

from . import dotnet_collections
from .convert import to_int
from .values import Hashtable, PSCustomObject

Constructor = Callable[..., Any]
_CONSTRUCTORS: dict[str, Constructor] = {}


def register_constructor(type_name: str, constructor: Constructor, *aliases: str) -> None:
    for name in (type_name, *aliases):
        _CONSTRUCTORS[name.lower()] = constructor


def find_constructor(type_name: str) -> Constructor | None:
    key = type_name.strip().lower()
    found = _CONSTRUCTORS.get(key) or _CONSTRUCTORS.get("system." + key)
    if found is None and dotnet_collections.is_collection_type(type_name):
        return lambda *args: dotnet_collections.construct(type_name, list(args))
    return found


def _timespan(*parts: Any) -> timedelta:
    numbers = [to_int(p) for p in parts]
    if len(numbers) == 1:
        return timedelta(microseconds=numbers[0] / 10)
    if len(numbers) == 3:
        return timedelta(hours=numbers[0], minutes=numbers[1], seconds=numbers[2])
    days, hours, minutes, seconds = (numbers + [0, 0, 0, 0])[:4]
    return timedelta(days=days, hours=hours, minutes=minutes, seconds=seconds)


register_constructor("System.Management.Automation.PSObject", lambda: PSCustomObject(),
                     "psobject", "pscustomobject", "System.Object", "object")
register_constructor("System.Collections.Hashtable", lambda: Hashtable(), "hashtable")
register_constructor("System.DateTime", lambda *p: datetime(*[to_int(x) for x in p]), "datetime")
register_constructor("System.TimeSpan", _timespan, "timespan")
register_constructor("System.String", lambda *p: "".join(str(x) for x in p), "string")
