"""Helpers the core cmdlets share: parameter types the framework does not
define, property expressions (names with wildcards, script blocks, calculated
properties), PowerShell's object comparison for sorting, and access to the
session's operator context."""
from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import Any

from ..errors import ErrorRecord, INVALID_ARGUMENT, PSRuntimeError
from ..lang.convert import ConversionError, to_int, to_string
from ..lang.values import (AUTOMATION_NULL, Hashtable, PSCustomObject, ScriptBlockValue,
                           has_property, get_member, property_names, type_names)
from ..metadata import ParamType

# ----------------------------------------------------------------- parameter types


def _to_string_or_script(value: Any) -> Any:
    """[string] conversion that keeps a script block as it is.

    The framework's positional binder gives a position to the first parameter
    set in name order and does not retry without coercion as PowerShell does, so
    `Where-Object { ... }` and `ForEach-Object { ... }` would bind the script block
    to -Property / -MemberName. Keeping the block lets the cmdlet recognise it."""
    if isinstance(value, ScriptBlockValue):
        return value
    if isinstance(value, (list, tuple)):
        if len(value) == 1:
            return _to_string_or_script(value[0])
        return " ".join(to_string(v) for v in value)
    return to_string(value)


STRING_OR_SCRIPT = ParamType("System.String", _to_string_or_script, lambda v: isinstance(v, str))


def _to_scriptblock_array(value: Any) -> tuple[ScriptBlockValue | None, ...]:
    items = value if isinstance(value, (list, tuple)) else (value,)
    result: list[ScriptBlockValue | None] = []
    for item in items:
        if item is None or item is AUTOMATION_NULL or isinstance(item, ScriptBlockValue):
            result.append(None if item is AUTOMATION_NULL else item)
            continue
        raise ConversionError(f'Cannot convert the "{to_string(item)}" value of type '
                              f'"{dotnet_type_name(item)}" to type '
                              '"System.Management.Automation.ScriptBlock".')
    return tuple(result)


SCRIPTBLOCK_ARRAY = ParamType("System.Management.Automation.ScriptBlock[]", _to_scriptblock_array,
                              lambda v: isinstance(v, (list, tuple))
                              and all(isinstance(x, ScriptBlockValue) for x in v))


def _to_int_array(value: Any) -> tuple[int, ...]:
    items = value if isinstance(value, (list, tuple)) else (value,)
    return tuple(to_int(v) for v in items)


INT_ARRAY = ParamType("System.Int32[]", _to_int_array,
                      lambda v: isinstance(v, (list, tuple)) and all(
                          isinstance(x, int) and not isinstance(x, bool) for x in v))

CONSOLE_COLORS = ("Black", "DarkBlue", "DarkGreen", "DarkCyan", "DarkRed", "DarkMagenta",
                  "DarkYellow", "Gray", "DarkGray", "Blue", "Green", "Cyan", "Red", "Magenta",
                  "Yellow", "White")


def dotnet_type_name(value: Any) -> str:
    """The .NET type name of a value's base object (what GetType() says)."""
    if isinstance(value, PSCustomObject):
        return "System.Management.Automation.PSCustomObject"
    return type_names(value)[0]


# ----------------------------------------------------------------- errors


def terminating(cmdlet: Any, message: str, error_id: str, category: str = INVALID_ARGUMENT,
                target: Any = None,
                exception_type: str = "System.Management.Automation.PSArgumentException"
                ) -> PSRuntimeError:
    return PSRuntimeError(cmdlet.error(message, error_id, category, target, exception_type))


def validation_error(cmdlet: Any, message: str,
                     error_id: str = "ParameterArgumentValidationError") -> PSRuntimeError:
    """A parameter value the command refuses, as a [Validate...] attribute would."""
    return terminating(cmdlet, message, error_id, "InvalidData", exception_type=(
        "System.Management.Automation.ParameterBindingValidationException"))


def check_range(cmdlet: Any, name: str, value: Any, minimum: int = 0) -> None:
    """[ValidateRange(minimum, int.MaxValue)] on an int or int[] parameter."""
    values = value if isinstance(value, (list, tuple)) else (value,)
    for item in values:
        if item is not None and item < minimum:
            raise PSRuntimeError(ErrorRecord(
                message=(f"Cannot validate argument on parameter '{name}'. The {item} argument is "
                         f"less than the minimum allowed range of {minimum}. Supply an argument "
                         f"that is greater than or equal to {minimum} and then try the command "
                         "again."),
                error_id="ParameterArgumentValidationError", category="InvalidData",
                exception_type="System.Management.Automation.ParameterBindingValidationException",
                fully_qualified_suffix=cmdlet.implementing_type or None))


# ----------------------------------------------------------------- session services


def service_or_none(cmdlet: Any, name: str) -> Any:
    try:
        return cmdlet.service(name)
    except Exception:  # a missing service is reported differently by each host; all mean "none"
        return None


def operator_context(cmdlet: Any) -> Any:
    """What binary operators need from the session ($Matches, $OFS)."""
    ctx = service_or_none(cmdlet, "operator_context")
    return ctx if ctx is not None else operators().SimpleContext()


def operators() -> Any:
    from ..lang import operators as ops
    return ops


def set_variable(cmdlet: Any, name: str, value: Any) -> None:
    """Set a session variable (Tee-Object -Variable, Group-Object ...).

    CommandRuntime has no variable access, so go through the processor's
    execution context when there is one, else a "variables" service."""
    ctx = getattr(cmdlet.runtime, "ctx", None)
    if ctx is not None and hasattr(ctx, "set_variable"):
        ctx.set_variable(name, value)
        return
    variables = service_or_none(cmdlet, "variables")
    if variables is not None:
        variables[name] = value
        return
    raise PSRuntimeError.of("Variables are not available to this command.", "NoVariableAccess")


# ----------------------------------------------------------------- wildcards


def has_wildcard(text: str) -> bool:
    from ..lang.wildcard import has_wildcards
    return has_wildcards(text)


def wildcard(pattern: str, case_sensitive: bool = False) -> Callable[[str], bool]:
    from ..lang.wildcard import compile_wildcard
    return compile_wildcard(pattern, case_sensitive)


def matches_any(patterns: tuple[str, ...] | None, name: str) -> bool:
    """Whether `name` matches one of the wildcard patterns (case-insensitive)."""
    return any(wildcard(p)(name) for p in patterns or ())


# ----------------------------------------------------------------- members


def member_names(obj: Any) -> list[str]:
    """Names a wildcard property pattern is matched against."""
    if isinstance(obj, Hashtable):
        return [k for k in obj.keys() if isinstance(k, str)] + property_names(obj)
    return property_names(obj)


def actual_property_name(obj: Any, name: str) -> str | None:
    """The property's own spelling when `obj` has it, else None."""
    if obj is None or obj is AUTOMATION_NULL:
        return None
    if isinstance(obj, Hashtable):
        for key in obj.keys():
            if isinstance(key, str) and key.lower() == name.lower():
                return key
        return None
    if not has_property(obj, name):
        return None
    lower = name.lower()
    for candidate in property_names(obj):
        if candidate.lower() == lower:
            return candidate
    return name


def invoke_single(script: ScriptBlockValue, dollar_under: Any) -> Any:
    result = script.invoke_single(dollar_under)
    return None if result is AUTOMATION_NULL else result


class PropertyExpression:
    """PowerShell's PSPropertyExpression: a property name (wildcards allowed) or
    a script block evaluated with `$_` set to the object."""

    def __init__(self, source: str | ScriptBlockValue) -> None:
        self.script = source if isinstance(source, ScriptBlockValue) else None
        self.name = source.text if isinstance(source, ScriptBlockValue) else source
        self.has_wildcard = self.script is None and has_wildcard(self.name)
        self._match = wildcard(self.name) if self.has_wildcard else None

    def __str__(self) -> str:
        return self.name

    def resolve_names(self, obj: Any) -> list[str]:
        """The property names this expression stands for on `obj` (a script
        block stands for itself: a one-element list with its text)."""
        if self.script is not None:
            return [self.name]
        if self._match is not None:
            seen: set[str] = set()
            names = []
            for candidate in member_names(obj):
                if candidate.lower() not in seen and self._match(candidate):
                    seen.add(candidate.lower())
                    names.append(candidate)
            return names
        found = actual_property_name(obj, self.name)
        return [] if found is None else [found]

    def value(self, obj: Any, resolved_name: str | None = None) -> Any:
        if self.script is not None:
            return invoke_single(self.script, obj)
        return get_member(obj, resolved_name or self.name)

    def values(self, obj: Any) -> list[tuple[str, Any]]:
        return [(name, self.value(obj, name)) for name in self.resolve_names(obj)]


# ----------------------------------------------------------------- hashtable specs


def hashtable_entries(cmdlet: Any, table: Hashtable, allowed: dict[str, tuple[str, ...]]
                      ) -> dict[str, Any]:
    """Read a calculated-property hashtable: keys match allowed entry names (or
    their aliases) by unique case-insensitive prefix, as PowerShell does."""
    result: dict[str, Any] = {}
    for key, value in table.items():
        text = to_string(key).lower()
        matches = [entry for entry, aliases in allowed.items()
                   if any(name.lower().startswith(text) for name in (entry,) + aliases)
                   or text in (a.lower() for a in aliases)]
        exact = [entry for entry, aliases in allowed.items()
                 if text in (n.lower() for n in (entry,) + aliases)]
        if exact:
            matches = exact[:1]
        if not matches:
            raise terminating(cmdlet, f'The "{to_string(key)}" key is not valid.', "IllegalKey")
        if len(matches) > 1:
            raise terminating(cmdlet, f'The key "{to_string(key)}" is ambiguous. Possible matches '
                                      f'include: {", ".join(matches)}.', "AmbiguousKey")
        entry = matches[0]
        if entry in result:
            raise terminating(cmdlet, f'The "{entry}" key has already been specified.',
                              "DuplicateKey")
        result[entry] = value
    return result


# ----------------------------------------------------------------- comparison

def compare_strings(a: str, b: str, case_sensitive: bool = False) -> int:
    """Culture-aware string order (the operators module's approximation of it)."""
    return operators().ps_compare(a, b, not case_sensitive)


def compare_values(first: Any, second: Any, case_sensitive: bool = False) -> int:
    """PowerShell's ObjectCommandComparer: never fails; values that cannot be
    compared as they are (LanguagePrimitives.TryCompare) compare as strings."""
    ops = operators()
    try:
        return ops.ps_compare(first, second, not case_sensitive)
    except PSRuntimeError:
        return ops.ps_compare(to_string(first), to_string(second), not case_sensitive)


def values_equal(first: Any, second: Any, case_sensitive: bool) -> bool:
    return compare_values(first, second, case_sensitive) == 0


# ----------------------------------------------------------------- methods


class MethodNotFound(Exception):
    """The object has no such method (ForEach-Object -MemberName falls back to $null)."""


def _method_table(obj: Any) -> dict[str, Any] | None:
    from ..lang import methods
    if isinstance(obj, str):
        return methods.STRING_METHODS
    if isinstance(obj, datetime):
        return methods.DATETIME_METHODS
    if isinstance(obj, (list, tuple)):
        return methods.LIST_METHODS
    if isinstance(obj, Hashtable):
        return methods.HASHTABLE_METHODS
    return None


def has_method(obj: Any, name: str) -> bool:
    lower = name.lower()
    if lower in ("tostring", "gettype"):
        return True
    table = _method_table(obj)
    if table is not None and lower in table:
        return True
    return isinstance(obj, PSCustomObject) and callable(obj.get(name))


def invoke_method(obj: Any, name: str, args: tuple[Any, ...]) -> Any:
    """`$obj.name(args)` through the language's method table; raises
    MethodNotFound, or PSRuntimeError when the call itself fails."""
    from ..lang import methods
    if not has_method(obj, name):
        raise MethodNotFound(name)
    return methods.invoke_method(obj, name, list(args))
