"""The intrinsic `.Where()` and `.ForEach()` methods every value has (PowerShell 4+).

They run on arrays and, as a collection of one, on any single value. Both return a
collection (a list), never a single value, so `.Where({...}).Count` always works.
"""
from __future__ import annotations

from collections.abc import Callable
from typing import Any

from ..errors import ErrorRecord, INVALID_OPERATION, PSRuntimeError
from .convert import to_bool, to_int, to_string
from .values import AUTOMATION_NULL, PSCustomObject, ScriptBlockValue, get_member, view_of

_MODES = ("Default", "First", "Last", "SkipUntil", "Until", "Split")


def _items(target: Any) -> list[Any]:
    if isinstance(target, (list, tuple)):
        return list(target)
    return [target]


def _overload(name: str, count: int) -> PSRuntimeError:
    return PSRuntimeError(ErrorRecord(
        message=f'Cannot find an overload for "{name}" and the argument count: "{count}".',
        error_id="MethodCountCouldNotFindBest", category=INVALID_OPERATION,
        exception_type="System.Management.Automation.MethodException"))


def _mode_of(value: Any) -> str:
    text = to_string(value).strip()
    for mode in _MODES:
        if mode.lower() == text.lower():
            return mode
    raise PSRuntimeError(ErrorRecord(
        message=f'Cannot convert argument "mode", with value: "{text}", for "Where" to type '
                f'"System.Management.Automation.WhereOperatorSelectionMode": "Cannot convert value '
                f'"{text}" to type "System.Management.Automation.WhereOperatorSelectionMode". Error: '
                f'"Unable to match the identifier name {text} to a valid enumerator name. Specify one of '
                f'the following enumerator names and try again:\n{", ".join(_MODES)}""',
        error_id="MethodArgumentConversionInvalidCastArgument", category="NotSpecified",
        exception_type="System.Management.Automation.MethodException"))


def where_method(target: Any, args: list[Any]) -> list[Any]:
    """`.Where({predicate}[, mode[, count]])`."""
    if not 1 <= len(args) <= 3:
        raise _overload("Where", len(args))
    block = args[0]
    if not isinstance(block, ScriptBlockValue):
        raise PSRuntimeError(ErrorRecord(
            message='Cannot convert argument "expression", with value: "' + to_string(block)
                    + '", for "Where" to type "System.Management.Automation.ScriptBlock".',
            error_id="MethodArgumentConversionInvalidCastArgument", category="NotSpecified",
            exception_type="System.Management.Automation.MethodException"))
    mode = _mode_of(args[1]) if len(args) > 1 else "Default"
    count = to_int(args[2]) if len(args) > 2 else 0
    if count < 0:
        raise PSRuntimeError.of("The 'numberToReturn' value must be greater than or equal to 0.",
                                "ArgumentOutOfRange", INVALID_OPERATION)

    def matches(item: Any) -> bool:
        result = block.invoke_single(item)
        return result is not AUTOMATION_NULL and to_bool(result)

    items = _items(target)
    if mode in ("First", "Last") and count == 0:
        count = 1
    if mode == "Last":
        found = [item for item in items if matches(item)]
        return found[-count:] if count else found
    if mode == "Split":
        chosen: list[Any] = []
        rest: list[Any] = []
        for item in items:
            if (count == 0 or len(chosen) < count) and matches(item):
                chosen.append(item)
            else:
                rest.append(item)
        return [chosen, rest]
    out: list[Any] = []
    started = False
    for item in items:
        if count and len(out) >= count:
            break
        if mode == "SkipUntil":
            started = started or matches(item)
            if started:
                out.append(item)
        elif mode == "Until":
            if matches(item):
                break
            out.append(item)
        elif matches(item):
            out.append(item)
    return out


def _has_property(item: Any, name: str) -> bool:
    if isinstance(item, PSCustomObject):
        return item.has(name)
    view = view_of(item)
    return view is not None and view.find(name) is not None


def foreach_method(target: Any, args: list[Any],
                   type_literals: dict[type, Callable[[Any], str]]) -> list[Any]:
    """`.ForEach({block}[, args])`, `.ForEach([type])`, `.ForEach('Property')`,
    `.ForEach('Property', value)` (sets it) and `.ForEach('Method', args...)`."""
    if not args:
        raise _overload("ForEach", 0)
    first, rest = args[0], args[1:]
    items = _items(target)
    out: list[Any] = []
    if isinstance(first, ScriptBlockValue):
        for item in items:
            if rest:
                out.extend(first.invoke(item, tuple(rest)))
            else:
                out.extend(first.invoke_in_scope(item))
        return out
    name_of = type_literals.get(type(first))
    if name_of is not None:
        from .casts import convert_to_type
        return [convert_to_type(item, name_of(first)) for item in items]
    from .methods import invoke_method
    name = to_string(first)
    for item in items:
        if item is None:
            continue
        if rest and len(rest) == 1 and _has_property(item, name):
            if not isinstance(item, PSCustomObject):
                raise PSRuntimeError.of(f"'{name}' is a ReadOnly property.", "PropertyAssignmentException")
            item.set(name, rest[0])
            continue
        if not rest:
            value = get_member(item, name)
            if value is not None or _has_property(item, name):
                if isinstance(value, (list, tuple)):
                    out.extend(value)
                else:
                    out.append(value)
                continue
        result = invoke_method(item, name, list(rest))
        if result is not AUTOMATION_NULL:
            out.append(result)
    return out


__all__ = ["foreach_method", "where_method"]
