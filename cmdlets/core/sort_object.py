"""Sort-Object: a stable sort by property values, script blocks or hashtable keys."""
from __future__ import annotations

import functools
from typing import Any

from ..base import Cmdlet
from ..lang.convert import to_bool, to_string
from ..lang.values import AUTOMATION_NULL, Hashtable, ScriptBlockValue
from ..metadata import (BY_VALUE, CmdletHelp, Example, INT, OBJECT_ARRAY, PSOBJECT, Parameter,
                        STRING, SWITCH)
from .common import PropertyExpression, check_range, compare_values, hashtable_entries, terminating

_MISSING = object()   # the object lacks the property: sorts after everything, whatever the order


class _Key:
    def __init__(self, expression: PropertyExpression | None, descending: bool) -> None:
        self.expression = expression
        self.descending = descending

    def value(self, obj: Any) -> Any:
        if self.expression is None:
            return obj
        names = self.expression.resolve_names(obj)
        if not names:
            return _MISSING
        return self.expression.value(obj, names[0])


class SortObject(Cmdlet):
    name = "Sort-Object"
    implementing_type = "Microsoft.PowerShell.Commands.SortObjectCommand"
    default_parameter_set = "Default"
    output_type = "System.Management.Automation.PSObject"
    parameters = (
        Parameter("Stable", SWITCH, sets=("Default",)),
        Parameter("Descending", SWITCH),
        Parameter("Unique", SWITCH),
        Parameter("Top", INT, mandatory=True, sets=("Top",)),
        Parameter("Bottom", INT, mandatory=True, sets=("Bottom",)),
        Parameter("InputObject", PSOBJECT, pipeline=BY_VALUE, default=AUTOMATION_NULL),
        Parameter("Property", OBJECT_ARRAY, position=0),
        Parameter("Culture", STRING),
        Parameter("CaseSensitive", SWITCH),
    )
    help = CmdletHelp(
        synopsis="Sorts objects by property values.",
        description=("Sorts ascending (numbers numerically, text case-insensitively) unless "
                     "-Descending is given. -Property takes names, script blocks, or hashtables "
                     "with Expression and Ascending/Descending keys for one key each. -Unique "
                     "drops equal objects; the sort is stable."),
        examples=(
            Example("Get-CsUser | Sort-Object DisplayName", "Users in display-name order."),
            Example("3, 1, 2 | Sort-Object -Descending", "Outputs 3, 2, 1."),
            Example("Get-CsUser | Sort-Object @{Expression='Enabled'; Descending=$true}, DisplayName",
                    "Enabled users first, each group by name."),
        ),
        inputs="System.Management.Automation.PSObject",
        outputs="System.Management.Automation.PSObject",
    )

    def begin(self) -> None:
        for name in ("Top", "Bottom"):
            if name in self.bound:
                check_range(self, name, self.bound[name], 1)
        descending = bool(self.descending)
        self._keys: list[_Key] = []
        for item in self.property or ():
            if isinstance(item, Hashtable):
                entries = hashtable_entries(self, item, {"Expression": (), "Ascending": (),
                                                         "Descending": ()})
                if "Expression" not in entries:
                    raise terminating(self, 'The "Expression" key is missing from the hash table.',
                                      "MissingExpressionKey")
                expression = entries["Expression"]
                if not isinstance(expression, ScriptBlockValue):
                    expression = to_string(expression)
                key_descending = descending
                if "Descending" in entries:
                    key_descending = to_bool(entries["Descending"])
                elif "Ascending" in entries:
                    key_descending = not to_bool(entries["Ascending"])
                self._keys.append(_Key(PropertyExpression(expression), key_descending))
            elif isinstance(item, ScriptBlockValue):
                self._keys.append(_Key(PropertyExpression(item), descending))
            else:
                self._keys.append(_Key(PropertyExpression(to_string(item)), descending))
        if not self._keys:
            self._keys.append(_Key(None, descending))
        self._rows: list[tuple[list[Any], Any]] = []

    def process(self) -> None:
        obj = self.input_object
        if obj is AUTOMATION_NULL:
            return
        self._rows.append(([key.value(obj) for key in self._keys], obj))

    def _compare(self, a: tuple[list[Any], Any], b: tuple[list[Any], Any]) -> int:
        case_sensitive = bool(self.case_sensitive)
        for key, first, second in zip(self._keys, a[0], b[0]):
            if first is _MISSING or second is _MISSING:
                result = (first is _MISSING) - (second is _MISSING)
                if result:
                    return result
                continue
            result = compare_values(first, second, case_sensitive)
            if result:
                return -result if key.descending else result
        return 0

    def end(self) -> None:
        rows = sorted(self._rows, key=functools.cmp_to_key(self._compare))   # stable
        if self.unique:
            kept: list[tuple[list[Any], Any]] = []
            for row in rows:
                if not kept or self._compare(kept[-1], row) != 0:
                    kept.append(row)
            rows = kept
        if self.top is not None:
            rows = rows[:self.top]
        elif self.bottom is not None:
            rows = rows[-self.bottom:]
        for _keys, obj in rows:
            self.write_object(obj)
