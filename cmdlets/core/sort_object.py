"""Sort-Object: a stable sort by property values, script blocks or hashtable keys."""
from __future__ import annotations

import functools
from collections.abc import Callable
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


# ------------------------------------------------------------ .NET's introsort


def introsort(items: list[Any], compare: Callable[[Any, Any], int]) -> None:
    """Sort in place exactly as .NET's Array.Sort(Comparison) does (ArraySortHelper's
    IntrospectiveSort), so ties come out in PowerShell's order."""
    if len(items) > 1:
        _intro(items, 0, len(items), 2 * (len(items).bit_length()), compare)


def _swap_if_greater(items: list[Any], compare: Callable[[Any, Any], int], i: int, j: int) -> None:
    if compare(items[i], items[j]) > 0:
        items[i], items[j] = items[j], items[i]


def _intro(items: list[Any], lo: int, hi: int, depth: int, compare: Callable[[Any, Any], int]) -> None:
    size = hi - lo
    while size > 1:
        if size <= 16:
            if size == 2:
                _swap_if_greater(items, compare, lo, lo + 1)
            elif size == 3:
                _swap_if_greater(items, compare, lo, lo + 1)
                _swap_if_greater(items, compare, lo, lo + 2)
                _swap_if_greater(items, compare, lo + 1, lo + 2)
            else:
                _insertion(items, lo, lo + size, compare)
            return
        if depth == 0:
            _heapsort(items, lo, lo + size, compare)
            return
        depth -= 1
        pivot_at = _partition(items, lo, lo + size, compare)
        _intro(items, pivot_at + 1, lo + size, depth, compare)
        size = pivot_at - lo


def _partition(items: list[Any], lo: int, end: int, compare: Callable[[Any, Any], int]) -> int:
    hi = end - 1
    middle = lo + ((hi - lo) >> 1)
    _swap_if_greater(items, compare, lo, middle)     # median of three, partitioned as it goes
    _swap_if_greater(items, compare, lo, hi)
    _swap_if_greater(items, compare, middle, hi)
    pivot = items[middle]
    items[middle], items[hi - 1] = items[hi - 1], items[middle]
    left, right = lo, hi - 1
    while left < right:
        left += 1
        while compare(items[left], pivot) < 0:
            left += 1
        right -= 1
        while compare(pivot, items[right]) < 0:
            right -= 1
        if left >= right:
            break
        items[left], items[right] = items[right], items[left]
    if left != hi - 1:
        items[left], items[hi - 1] = items[hi - 1], items[left]
    return left


def _insertion(items: list[Any], lo: int, end: int, compare: Callable[[Any, Any], int]) -> None:
    for i in range(lo, end - 1):
        item = items[i + 1]
        j = i
        while j >= lo and compare(item, items[j]) < 0:
            items[j + 1] = items[j]
            j -= 1
        items[j + 1] = item


def _heapsort(items: list[Any], lo: int, end: int, compare: Callable[[Any, Any], int]) -> None:
    n = end - lo
    for i in range(n >> 1, 0, -1):
        _down_heap(items, lo, i, n, compare)
    for i in range(n, 1, -1):
        items[lo], items[lo + i - 1] = items[lo + i - 1], items[lo]
        _down_heap(items, lo, 1, i - 1, compare)


def _down_heap(items: list[Any], lo: int, i: int, n: int, compare: Callable[[Any, Any], int]) -> None:
    top = items[lo + i - 1]
    while i <= n >> 1:
        child = 2 * i
        if child < n and compare(items[lo + child - 1], items[lo + child]) < 0:
            child += 1
        if not compare(top, items[lo + child - 1]) < 0:
            break
        items[lo + i - 1] = items[lo + child - 1]
        i = child
    items[lo + i - 1] = top


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
                # with both keys, Ascending decides (Sort-Object.Tests.ps1 "Conflicting Order Entry Keys")
                if "Ascending" in entries:
                    key_descending = not to_bool(entries["Ascending"])
                elif "Descending" in entries:
                    key_descending = to_bool(entries["Descending"])
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
        if self.stable or self.top is not None or self.bottom is not None:
            rows = sorted(self._rows, key=functools.cmp_to_key(self._compare))   # stable
        else:
            # PowerShell sorts in place with List.Sort (.NET's introsort), which is not
            # stable: equal keys come out in that algorithm's order, and -Unique keeps
            # the first of them in that order
            rows = list(self._rows)
            introsort(rows, self._compare)
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
