"""PowerShell's built-in views for the types lyncshell's core cmdlets produce.

PowerShell ships these as format data (DefaultFormatters/PowerShellCore_format_ps1xml.cs
and DotNetTypes_format_ps1xml.cs); a view applies to an object when one of the
object's type names (most specific first) is the type it was written for. A
type may have several views; the first is the default, the others are used when
Format-Table / Format-List / Format-Wide ask for that shape.

What a view says, and what follows from it in PowerShell's formatter:

* A table column has a label (else the property name), a width (0: sized by
  the formatter) and an alignment (undefined means left: registered views do
  not right-align numbers by themselves, unlike tables built from properties).
* A table whose first column has no width waits for the first objects and sizes
  its columns to them (OutCommandInner.ProcessObject); `autosize` waits for all
  of a group's objects.
* `group_by` starts a new group, with a `   Label: value` line, whenever the
  property's value changes.
"""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import timedelta
from typing import Any

from lyncshell.cmdlets.lang.values import get_member, type_names

from .display import long_datetime

Getter = Callable[[Any], Any]

LEFT, RIGHT = "left", "right"


@dataclass(frozen=True)
class Column:
    label: str
    getter: Getter
    width: int = 0
    alignment: str | None = None   # None: undefined (left)


@dataclass(frozen=True)
class TableDef:
    columns: tuple[Column, ...]
    autosize: bool = False
    group_by: str | None = None

    shape = "table"


@dataclass(frozen=True)
class ListDef:
    items: tuple[tuple[str, Getter], ...]

    shape = "list"


@dataclass(frozen=True)
class WideDef:
    getter: Getter

    shape = "wide"


@dataclass(frozen=True)
class CustomDef:
    """A custom control: the lines of text it produces for one object."""

    text: Callable[[Any], str]

    shape = "custom"


ViewDef = TableDef | ListDef | WideDef | CustomDef


def prop(name: str) -> Getter:
    return lambda obj: get_member(obj, name)


def _column(name: str, width: int = 0, alignment: str | None = None,
            label: str | None = None) -> Column:
    return Column(label if label is not None else name, prop(name), width, alignment)


def _list(*names: str) -> ListDef:
    return ListDef(tuple((n, prop(n)) for n in names))


# ------------------------------------------------------------------ TimeSpan

def _ticks(td: timedelta) -> int:
    return (td.days * 86400 + td.seconds) * 10_000_000 + td.microseconds * 10


def _tdiv(a: int, b: int) -> int:
    """C# integer division (toward zero)."""
    q = abs(a) // b
    return q if a >= 0 else -q


def _tmod(a: int, b: int) -> int:
    r = abs(a) % b
    return r if a >= 0 else -r


TIMESPAN_PROPERTIES: tuple[tuple[str, Getter], ...] = (
    ("Days", lambda t: _tdiv(_ticks(t), 864_000_000_000)),
    ("Hours", lambda t: _tmod(_tdiv(_ticks(t), 36_000_000_000), 24)),
    ("Minutes", lambda t: _tmod(_tdiv(_ticks(t), 600_000_000), 60)),
    ("Seconds", lambda t: _tmod(_tdiv(_ticks(t), 10_000_000), 60)),
    ("Milliseconds", lambda t: _tmod(_tdiv(_ticks(t), 10_000), 1000)),
    ("Ticks", _ticks),
    ("TotalDays", lambda t: _ticks(t) / 864_000_000_000),
    ("TotalHours", lambda t: _ticks(t) / 36_000_000_000),
    ("TotalMinutes", lambda t: _ticks(t) / 600_000_000),
    ("TotalSeconds", lambda t: _ticks(t) / 10_000_000),
    ("TotalMilliseconds", lambda t: _ticks(t) / 10_000),
)


# ------------------------------------------------------------------ the views

_GROUP_INFO = (
    TableDef((_column("Count", 5, RIGHT), _column("Name", 25), _column("Group"))),
    _list("Name", "Count", "Group", "Values"),
)
_GROUP_INFO_NO_ELEMENT = (
    TableDef((_column("Count", 5, RIGHT), _column("Name", 25))),
    _list("Name", "Count", "Values"),
)
_MEMBER_DEFINITION = (
    TableDef((_column("Name"), _column("MemberType"), _column("Definition")),
             autosize=True, group_by="TypeName"),
)
_DICTIONARY_ENTRY = (
    TableDef((_column("Name", 30), _column("Value"))),
    _list("Name", "Value"),
)
# DotNetTypes_format_ps1xml.cs: fixed widths, no alignment (so numbers are left-aligned)
_VERSION = (
    TableDef((_column("Major", 6), _column("Minor", 6), _column("Build", 6),
              _column("Revision", 8))),
)
_SEMANTIC_VERSION = (
    TableDef((_column("Major", 6), _column("Minor", 6), _column("Patch", 6),
              _column("PreReleaseLabel", 15), _column("BuildLabel", 11))),
)
_TIMESPAN = (
    ListDef(TIMESPAN_PROPERTIES),
    TableDef(tuple(Column(n, g) for n, g in TIMESPAN_PROPERTIES[:5])),
    WideDef(TIMESPAN_PROPERTIES[-1][1]),
)
_DATETIME = (CustomDef(long_datetime),)
def _command_name(obj: Any) -> Any:
    """The Name column of a command: an alias shows "alias -> command" (its DisplayName)."""
    return get_member(obj, "DisplayName") or get_member(obj, "Name")


_COMMAND_INFO = (
    TableDef((_column("CommandType", 15), Column("Name", _command_name, 50), _column("Version", 10),
              _column("Source"))),
)


def _history_duration(obj: Any) -> str:
    from lyncshell.cmdlets.core.history import duration_text
    return duration_text(obj.duration)


_HISTORY_INFO = (
    TableDef((_column("Id", 4, RIGHT), Column("Duration", _history_duration, 12, RIGHT),
              _column("CommandLine"))),
)


def _match_info_text(obj: Any) -> str:
    from lyncshell.cmdlets.lang.convert import to_string
    return to_string(obj)


_VIEWS: dict[str, tuple[ViewDef, ...]] = {
    "microsoft.powershell.commands.groupinfo": _GROUP_INFO,
    "microsoft.powershell.commands.groupinfonoelement": _GROUP_INFO_NO_ELEMENT,
    "microsoft.powershell.commands.memberdefinition": _MEMBER_DEFINITION,
    "microsoft.powershell.commands.matchinfo": (CustomDef(_match_info_text),),
    "system.collections.dictionaryentry": _DICTIONARY_ENTRY,
    "system.management.automation.psvariable": _DICTIONARY_ENTRY,   # Get-Variable: Name, Value
    "microsoft.powershell.commands.historyinfo": _HISTORY_INFO,
    "system.timespan": _TIMESPAN,
    "system.version": _VERSION,
    "system.management.automation.semanticversion": _SEMANTIC_VERSION,
    "system.datetime": _DATETIME,
    # One view serves every kind of command (cmdlets, aliases, functions...): found by
    # their common base type name, it applies to all of them in one table.
    "system.management.automation.commandinfo": _COMMAND_INFO,
}


@dataclass(frozen=True)
class Found:
    """The view chosen for an object, and the type name that selected it."""

    view: ViewDef
    type_name: str


def find_view(obj: Any, shape: str | None) -> Found | None:
    """The built-in view for `obj` (the default one when `shape` is None, else
    the first of that shape), looked up by the object's type names in order."""
    for name in type_names(obj):
        views = _VIEWS.get(name.lower())
        if not views:
            continue
        if shape is None:
            return Found(views[0], name)
        for view in views:
            if view.shape == shape:
                return Found(view, name)
    return None


def has_view(type_name: str) -> bool:
    return type_name.lower() in _VIEWS
