"""Select-Object: new objects with chosen properties, or the first/last/unique objects."""
from __future__ import annotations

from collections import deque
from typing import Any

from ..base import Cmdlet
from ..errors import INVALID_ARGUMENT, INVALID_OPERATION
from ..lang.convert import to_string
from ..lang.values import AUTOMATION_NULL, Hashtable, PSCustomObject, ScriptBlockValue, get_member
from ..metadata import (BY_VALUE, CmdletHelp, Example, INT, OBJECT_ARRAY, PSOBJECT, Parameter,
                        STRING, STRING_ARRAY, SWITCH)
from .common import (INT_ARRAY, PropertyExpression, check_range, compare_values, dotnet_type_name,
                     hashtable_entries, terminating, wildcard)

_DEFAULT = "DefaultParameter"
_SKIP_LAST = "SkipLastParameter"
_INDEX = "IndexParameter"
_SKIP_INDEX = "SkipIndexParameter"
_CUSTOM_OBJECT = "System.Management.Automation.PSCustomObject"


class _Selector:
    """One -Property entry: an expression and, for a calculated property, its name."""

    def __init__(self, expression: PropertyExpression, name: str | None) -> None:
        self.expression = expression
        self.name = name


def parse_selectors(cmdlet: Cmdlet, items: tuple[Any, ...]) -> list[_Selector]:
    selectors = []
    for item in items:
        if isinstance(item, Hashtable):
            entries = hashtable_entries(cmdlet, item, {"Name": ("Label",), "Expression": ()})
            if "Expression" not in entries:
                raise terminating(cmdlet, 'The "Expression" key is missing from the hash table.',
                                  "MissingExpressionKey")
            expression = entries["Expression"]
            if not isinstance(expression, ScriptBlockValue):
                expression = to_string(expression)
            name = entries.get("Name")
            selectors.append(_Selector(PropertyExpression(expression),
                                       None if name is None else to_string(name)))
        elif isinstance(item, ScriptBlockValue):
            selectors.append(_Selector(PropertyExpression(item), None))
        else:
            selectors.append(_Selector(PropertyExpression(to_string(item)), None))
    return selectors


class SelectObject(Cmdlet):
    name = "Select-Object"
    implementing_type = "Microsoft.PowerShell.Commands.SelectObjectCommand"
    default_parameter_set = _DEFAULT
    output_type = "System.Management.Automation.PSObject"
    parameters = (
        Parameter("InputObject", PSOBJECT, pipeline=BY_VALUE, default=AUTOMATION_NULL),
        Parameter("Property", OBJECT_ARRAY, position=0, sets=(_DEFAULT, _SKIP_LAST)),
        Parameter("ExcludeProperty", STRING_ARRAY, sets=(_DEFAULT, _SKIP_LAST)),
        Parameter("ExpandProperty", STRING, sets=(_DEFAULT, _SKIP_LAST)),
        Parameter("Unique", SWITCH),
        Parameter("CaseInsensitive", SWITCH),
        Parameter("Last", INT, sets=(_DEFAULT,), default=0),
        Parameter("First", INT, sets=(_DEFAULT,), default=0),
        Parameter("Skip", INT, sets=(_DEFAULT, _SKIP_LAST), default=0),
        Parameter("SkipLast", INT, sets=(_SKIP_LAST,), default=0),
        Parameter("Wait", SWITCH, sets=(_DEFAULT, _INDEX)),
        Parameter("Index", INT_ARRAY, sets=(_INDEX,)),
        Parameter("SkipIndex", INT_ARRAY, sets=(_SKIP_INDEX,)),
    )
    help = CmdletHelp(
        synopsis="Selects properties of objects, or a number of objects from the pipeline.",
        description=("-Property makes new objects with only the named properties (wildcards and "
                     "calculated properties @{Name=...; Expression={...}} allowed). "
                     "-ExpandProperty outputs the values of one property. -First, -Last and -Skip "
                     "pick objects by position; -First stops the commands before it as soon as it "
                     "has enough. -Unique drops repeated objects."),
        examples=(
            Example("Get-CsUser | Select-Object DisplayName, SipAddress",
                    "Shows only two properties of each user."),
            Example("Get-CsUser | Select-Object -First 5",
                    "The first five users; Get-CsUser stops after the fifth."),
            Example("Get-CsUser | Select-Object @{Name='Sip'; Expression={$_.SipAddress}}",
                    "A calculated property named Sip."),
        ),
        inputs="System.Management.Automation.PSObject",
        outputs="System.Management.Automation.PSObject",
    )

    def begin(self) -> None:
        for name in ("First", "Last", "Skip", "SkipLast", "Index", "SkipIndex"):
            if name in self.bound:
                check_range(self, name, self.bound[name])
        self._first_or_last = "First" in self.bound or "Last" in self.bound
        self._selectors = parse_selectors(self, tuple(self.property or ()))
        self._exclude = None
        if self.exclude_property is not None:
            matchers = [wildcard(p) for p in self.exclude_property]
            self._exclude = lambda n: any(m(n) for m in matchers)
            if not self._selectors:   # -ExcludeProperty implies -Property *
                self._selectors = parse_selectors(self, ("*",))
        self._expand = PropertyExpression(self.expand_property) if self.expand_property else None
        self._uniques: list[tuple[Any, list[tuple[str, Any]]]] | None = [] if self.unique else None
        self._queue: deque[Any] = deque()
        self._streamed = 0
        self._skip_left = self.skip
        index = self.index if self.index is not None else self.skip_index
        self._index = sorted(index) if index is not None else None
        self._include_index = self.index is not None
        self._filter_pos = 0
        self._object_pos = 0

    # ------------------------------------------------------------- streaming
    def process(self) -> None:
        obj = self.input_object
        if obj is AUTOMATION_NULL or obj is None:
            return
        if self._index is not None:
            self._process_indexed(obj)
            return
        self._enqueue(obj)
        ready = self._streaming_dequeue()
        if ready is not AUTOMATION_NULL:
            self._select(ready)
        if (self._first_or_last and self.last == 0 and self.first != 0
                and self._streamed >= self.first and not self.wait):
            self.stop_upstream()

    def _enqueue(self, obj: Any) -> None:
        queue, last = self._queue, self.last
        if last > 0 and self.first == 0 and len(queue) >= last + self._skip_left:
            queue.popleft()
        elif last > 0 and self.first != 0 and len(queue) >= last:
            queue.popleft()
        queue.append(obj)

    def _streaming_dequeue(self) -> Any:
        queue = self._queue
        if self._skip_left == 0:
            if self.skip_last > 0:
                if len(queue) > self.skip_last:
                    return queue.popleft()
            else:
                if self._streamed < self.first or not self._first_or_last:
                    self._streamed += 1
                    return queue.popleft()
                if self.last == 0:
                    queue.popleft()
        elif self.last == 0:
            queue.popleft()
            self._skip_left -= 1
        elif self.first != 0:
            self._skip_left -= 1
            queue.popleft()
        return AUTOMATION_NULL

    def _process_indexed(self, obj: Any) -> None:
        index = self._index or []
        if self._include_index:
            if self._filter_pos < len(index):
                wanted = index[self._filter_pos]
                if self._object_pos == wanted:
                    self._select(obj)
                    while self._filter_pos < len(index) and index[self._filter_pos] == wanted:
                        self._filter_pos += 1
            self._object_pos += 1
            if not self.wait and self._filter_pos >= len(index):
                self.stop_upstream()
            return
        if self._filter_pos < len(index) and index[self._filter_pos] == self._object_pos:
            skipped = index[self._filter_pos]
            while self._filter_pos < len(index) and index[self._filter_pos] == skipped:
                self._filter_pos += 1
        else:
            self._select(obj)
        self._object_pos += 1

    def end(self) -> None:
        if self.parameter_set == _DEFAULT and self._index is None:
            queue = self._queue
            if self.first != 0:
                while queue:
                    self._select(queue.popleft())
            else:
                while queue and len(queue) > self._skip_left:
                    self._select(queue.popleft())
        if self._uniques is not None:
            for obj, _notes in self._uniques:
                self.write_object(obj)

    # ------------------------------------------------------------- selection
    def _select(self, obj: Any) -> None:
        try:
            self._select_one(obj)
        except _SelectError as exc:
            self.write_error(exc.record)

    def _select_one(self, obj: Any) -> None:
        if not self._selectors and self._expand is None:
            self._output(obj, obj, [])
            return
        notes: list[tuple[str, Any]] = []
        for selector in self._selectors:
            self._evaluate(selector, obj, notes)
        if self._expand is None:
            result = PSCustomObject(type_names=("Selected." + dotnet_type_name(obj), _CUSTOM_OBJECT,
                                                "System.Object"))
            for name, value in notes:
                if result.has(name):
                    self.write_error(self._already_exists(name, obj,
                                                          "AlreadyExistingUserSpecifiedPropertyNoExpand"))
                    continue
                result.set(name, value)
            self._output(result, obj, notes)
            return
        self._expand_values(obj, notes)

    def _evaluate(self, selector: _Selector, obj: Any, notes: list[tuple[str, Any]]) -> None:
        expression = selector.expression
        results = [(n, v) for n, v in expression.values(obj)
                   if self._exclude is None or not self._exclude(n)]
        if not results and not expression.has_wildcard and expression.script is None:
            # A property the object lacks still becomes a ($null) property.
            results = [(expression.name, None)]
        elif selector.name and len(results) > 1:
            self.write_error(self.error("Cannot rename multiple results.", "RenamingMultipleResults",
                                        INVALID_OPERATION, obj,
                                        "System.InvalidOperationException"))
            return
        for name, value in results:
            if self._exclude is not None and self._exclude(name):
                continue
            label = selector.name or name
            if not label:
                raise terminating(self, "A script block that evaluates to an empty string cannot "
                                        "be used without a name.", "EmptyScriptBlockAndNoName")
            notes.append((label, value))

    def _expand_values(self, obj: Any, notes: list[tuple[str, Any]]) -> None:
        assert self._expand is not None
        results = self._expand.values(obj)
        if not results and isinstance(obj, Hashtable) and self.expand_property is not None:
            # a hashtable's own properties (Keys, Values, Count) when no key has the name
            name = self.expand_property
            if name.lower() in ("keys", "values", "count"):
                results = [(name, get_member(obj, name))]
        if not results:
            raise _SelectError(self.error(f'Property "{self.expand_property}" cannot be found.',
                                          "ExpandPropertyNotFound", INVALID_ARGUMENT, obj,
                                          "System.Management.Automation.PSArgumentException"))
        if len(results) > 1:
            raise _SelectError(self.error(
                f'Multiple properties cannot be expanded: "{self.expand_property}" matches more '
                'than one property.', "MutlipleExpandProperties", INVALID_ARGUMENT, obj,
                "System.Management.Automation.PSArgumentException"))
        value = results[0][1]
        if value is None:
            return
        values = value if isinstance(value, (list, tuple)) else (value,)
        for item in values:
            if item is None:
                continue
            if isinstance(item, PSCustomObject):
                for name, note in notes:
                    if item.has(name):
                        self.write_error(self._already_exists(
                            name, obj, "AlreadyExistingUserSpecifiedPropertyExpand"))
                    else:
                        item.set(name, note)
            # Other values cannot carry extra note properties here (see the module report).
            self._output(item, obj, notes)

    def _output(self, obj: Any, source: Any, notes: list[tuple[str, Any]]) -> None:
        if self._uniques is None:
            self._mark_selected(obj, source, bool(notes))
            self.write_object(obj)
            return
        case_sensitive = not self.case_insensitive
        for written, written_notes in self._uniques:
            if len(written_notes) != len(notes):
                continue
            if notes:
                same = all(wn == n and compare_values(wv, v, case_sensitive) == 0
                           for (wn, wv), (n, v) in zip(written_notes, notes))
                if same:
                    return
            elif compare_values(written, obj, case_sensitive) == 0:
                return
        self._mark_selected(obj, source, bool(notes))
        self._uniques.append((obj, list(notes)))

    @staticmethod
    def _mark_selected(obj: Any, source: Any, is_new: bool) -> None:
        if isinstance(obj, PSCustomObject) and not is_new:
            name = "Selected." + dotnet_type_name(source)
            if name not in obj.type_names:
                obj.type_names = (name,) + tuple(obj.type_names)

    def _already_exists(self, name: str, obj: Any, error_id: str) -> Any:
        return self.error(f'The property cannot be processed because the property "{name}" '
                          'already exists.', error_id, INVALID_OPERATION, obj,
                          "System.Management.Automation.PSArgumentException")


class _SelectError(Exception):
    def __init__(self, record: Any) -> None:
        super().__init__(record.message)
        self.record = record
