"""Group-Object: groups of objects with equal property values."""
from __future__ import annotations

import functools
from dataclasses import dataclass, field
from typing import Any

from ..base import Cmdlet
from ..lang.convert import to_string
from ..lang.values import (AUTOMATION_NULL, Hashtable, PropertyDef, ScriptBlockValue, TypeView,
                           register_view)
from ..metadata import (BY_VALUE, CmdletHelp, Example, OBJECT_ARRAY, PSOBJECT, Parameter, STRING,
                        SWITCH)
from .common import PropertyExpression, compare_values, hashtable_entries, terminating


@dataclass(eq=False)
class GroupInfo:
    """Microsoft.PowerShell.Commands.GroupInfo: Count, Name, Group, Values."""

    name: str
    values: list[Any]
    group: list[Any] = field(default_factory=list)

    @property
    def count(self) -> int:
        return len(self.group)


class GroupInfoNoElement(GroupInfo):
    """-NoElement: the group's objects are counted but not kept for output."""


def _register(cls: type, type_name: str, display: tuple[str, ...], group: Any) -> None:
    register_view(cls, TypeView(
        type_names=(type_name, "System.Object"),
        properties=(PropertyDef("Values", lambda g: list(g.values)),
                    PropertyDef("Count", lambda g: g.count),
                    PropertyDef("Group", group),
                    PropertyDef("Name", lambda g: g.name)),
        default_display=display, to_string=lambda g: type_name, view="table"))


_register(GroupInfo, "Microsoft.PowerShell.Commands.GroupInfo", ("Count", "Name", "Group"),
          lambda g: list(g.group))
_register(GroupInfoNoElement, "Microsoft.PowerShell.Commands.GroupInfoNoElement",
          ("Count", "Name"), lambda g: None)


def _normal(value: Any, case_sensitive: bool) -> Any:
    if value is None or value is AUTOMATION_NULL:
        return (0, "")
    text = to_string(value)
    return (1, text if case_sensitive else text.casefold())


class GroupObject(Cmdlet):
    name = "Group-Object"
    implementing_type = "Microsoft.PowerShell.Commands.GroupObjectCommand"
    output_type = "Microsoft.PowerShell.Commands.GroupInfo"
    parameters = (
        Parameter("NoElement", SWITCH),
        Parameter("AsHashTable", SWITCH, aliases=("AHT",)),
        Parameter("AsString", SWITCH),
        Parameter("InputObject", PSOBJECT, pipeline=BY_VALUE, default=AUTOMATION_NULL),
        Parameter("Property", OBJECT_ARRAY, position=0),
        Parameter("Culture", STRING),
        Parameter("CaseSensitive", SWITCH),
    )
    help = CmdletHelp(
        synopsis="Groups objects that have the same value for the given properties.",
        description=("Outputs one group per distinct value with its Count, Name and the objects "
                     "in Group; -NoElement leaves the objects out, -AsHashTable returns a "
                     "hashtable from value to objects."),
        examples=(
            Example("Get-CsUser | Group-Object RegistrarPool", "Users per pool."),
            Example("'a', 'b', 'a' | Group-Object -NoElement", "Count 2 for a, 1 for b."),
        ),
        inputs="System.Management.Automation.PSObject",
        outputs="Microsoft.PowerShell.Commands.GroupInfo, System.Collections.Hashtable",
    )

    def begin(self) -> None:
        if self.as_string and not self.as_hash_table:
            raise terminating(self, "The AsString parameter requires the AsHashTable parameter.",
                              "ArgumentException", "InvalidArgument")
        self._expressions: list[PropertyExpression] = []
        for item in self.property or ():
            if isinstance(item, Hashtable):
                entries = hashtable_entries(self, item, {"Expression": ()})
                item = entries.get("Expression")
            self._expressions.append(PropertyExpression(
                item if isinstance(item, ScriptBlockValue) else to_string(item)))
        self._groups: dict[tuple[Any, ...], GroupInfo] = {}

    def _key_values(self, obj: Any) -> list[Any]:
        if not self._expressions:
            return [obj]
        values = []
        for expression in self._expressions:
            names = expression.resolve_names(obj)
            values.append(expression.value(obj, names[0]) if names else None)
        return values

    def process(self) -> None:
        obj = self.input_object
        if obj is AUTOMATION_NULL:
            return
        values = self._key_values(obj)
        key = tuple(_normal(v, bool(self.case_sensitive)) for v in values)
        group = self._groups.get(key)
        if group is None:
            name = ", ".join(to_string(v) for v in values)
            kind = GroupInfoNoElement if self.no_element else GroupInfo
            group = self._groups[key] = kind(name, values)
        group.group.append(obj)

    def end(self) -> None:
        groups = list(self._groups.values())
        kinds = {tuple(type(v) for v in g.values) for g in groups}
        if len(kinds) == 1 and len(groups) > 1:
            case_sensitive = bool(self.case_sensitive)

            def order(a: GroupInfo, b: GroupInfo) -> int:
                for x, y in zip(a.values, b.values):
                    result = compare_values(x, y, case_sensitive)
                    if result:
                        return result
                return 0

            groups.sort(key=functools.cmp_to_key(order))
        if self.as_hash_table:
            table = Hashtable()
            for group in groups:
                single = len(group.values) == 1 and not self.as_string
                table[group.values[0] if single else group.name] = list(group.group)
            self.write_object(table)
            return
        for group in groups:
            self.write_object(group)
