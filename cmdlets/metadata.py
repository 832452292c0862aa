"""Command metadata: parameters and their types, declared on each cmdlet class
and compiled once, so one generic binder serves every command."""
from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from .lang.convert import ConversionError, to_bool, to_datetime, to_int, to_string
from .lang.values import (AUTOMATION_NULL, Hashtable, PSCustomObject, ScriptBlockValue,
                          SwitchValue)


@dataclass(frozen=True, slots=True)
class ParamType:
    """A parameter's type: its .NET name (for messages and help), how to convert an
    argument, and which values it takes as they are (for pipeline binding "without
    conversion")."""

    name: str
    convert: Callable[[Any], Any]
    accepts: Callable[[Any], bool]
    is_switch: bool = False

    @property
    def short_name(self) -> str:
        return self.name.rsplit(".", 1)[-1]


def _identity(value: Any) -> Any:
    return value


def _to_string_param(value: Any) -> str:
    if isinstance(value, (list, tuple)):
        if len(value) == 1:
            return _to_string_param(value[0])
        # PowerShell joins with spaces when an array is given to a [string] parameter
        return " ".join(to_string(v) for v in value)
    return to_string(value)


def _to_string_array(value: Any) -> tuple[str, ...]:
    if isinstance(value, (list, tuple)):
        return tuple(to_string(v) for v in value)
    return (to_string(value),)


def _to_object_array(value: Any) -> tuple[Any, ...]:
    if isinstance(value, (list, tuple)):
        return tuple(value)
    return (value,)


def _to_switch(value: Any) -> SwitchValue:
    return SwitchValue(to_bool(value))


def _to_scriptblock(value: Any) -> ScriptBlockValue:
    if isinstance(value, ScriptBlockValue):
        return value
    raise ConversionError(f'Cannot convert the "{to_string(value)}" value of type '
                          f'"{type(value).__name__}" to type "System.Management.Automation.ScriptBlock".')


def _to_hashtable(value: Any) -> Hashtable:
    if isinstance(value, Hashtable):
        return value
    raise ConversionError(f'Cannot convert the "{to_string(value)}" value to type '
                          f'"System.Collections.Hashtable".')


def _to_bool_param(value: Any) -> bool:
    if isinstance(value, (bool, int, SwitchValue)) or value is None:
        return to_bool(value)
    raise ConversionError(
        f'Cannot convert value "{to_string(value)}" to type "System.Boolean". Boolean parameters '
        "accept only Boolean values and numbers, such as $True, $False, 1 or 0.")


STRING = ParamType("System.String", _to_string_param, lambda v: isinstance(v, str))
STRING_ARRAY = ParamType("System.String[]", _to_string_array,
                         lambda v: isinstance(v, (list, tuple)) and all(isinstance(x, str) for x in v))
INT = ParamType("System.Int32", to_int, lambda v: isinstance(v, int) and not isinstance(v, bool))
LONG_ARRAY = ParamType("System.Int64[]",
                       lambda v: tuple(to_int(x) for x in (v if isinstance(v, (list, tuple)) else (v,))),
                       lambda v: isinstance(v, (list, tuple)) and all(
                           isinstance(x, int) and not isinstance(x, bool) for x in v))
BOOL = ParamType("System.Boolean", _to_bool_param, lambda v: isinstance(v, bool))
SWITCH = ParamType("System.Management.Automation.SwitchParameter", _to_switch,
                   lambda v: isinstance(v, SwitchValue), is_switch=True)
OBJECT = ParamType("System.Object", _identity, lambda v: True)
OBJECT_ARRAY = ParamType("System.Object[]", _to_object_array, lambda v: isinstance(v, (list, tuple)))
PSOBJECT = ParamType("System.Management.Automation.PSObject", _identity, lambda v: True)
SCRIPTBLOCK = ParamType("System.Management.Automation.ScriptBlock", _to_scriptblock,
                        lambda v: isinstance(v, ScriptBlockValue))
HASHTABLE = ParamType("System.Collections.Hashtable", _to_hashtable, lambda v: isinstance(v, Hashtable))
DATETIME = ParamType("System.DateTime", to_datetime, lambda v: False)


def enum_type(name: str, values: tuple[str, ...]) -> ParamType:
    """A .NET enum parameter: case-insensitive names; returns the canonical spelling."""
    by_lower = {v.lower(): v for v in values}

    def convert(value: Any) -> str:
        text = to_string(value)
        found = by_lower.get(text.lower())
        if found is None:
            raise ConversionError(
                f'Cannot convert value "{text}" to type "{name}". Error: "Unable to match the '
                f'identifier name {text} to a valid enumerator name. Specify one of the following '
                f'enumerator names and try again:\n{", ".join(values)}"')
        return found

    return ParamType(name, convert, lambda v: False)


PIPELINE_NONE = 0
BY_VALUE = 1
BY_PROPERTY_NAME = 2

ALL_SETS = "__AllParameterSets"


@dataclass(frozen=True, slots=True)
class Parameter:
    """One declared parameter.

    attr: the Python attribute the bound value lands on (default: snake_case of name).
    sets: parameter set names it belongs to (empty: all sets).
    """

    name: str
    type: ParamType = STRING
    position: int | None = None
    mandatory: bool = False
    pipeline: int = PIPELINE_NONE
    aliases: tuple[str, ...] = ()
    sets: tuple[str, ...] = ()
    attr: str = ""
    remaining: bool = False          # ValueFromRemainingArguments
    validate_set: tuple[str, ...] = ()
    validate_range: tuple[int, int] | None = None
    allow_null: bool = False
    allow_empty_string: bool = False
    secret: bool = False             # a PIN or password: never shown in an error's source line
    help: str = ""
    default: Any = None
    mandatory_sets: tuple[str, ...] = field(default=())  # mandatory only in these sets

    @property
    def attribute(self) -> str:
        """The attribute the bound value lands on; a parameter named like a member
        of the Cmdlet base (`-End`, `-Process`, `-Name`) gets a trailing underscore.
        Computed once per parameter: the per-object pipeline path reads it."""
        cached = _ATTRIBUTES.get(self.name)
        if cached is None or self.attr:
            if self.attr:
                return self.attr
            name = snake_case(self.name)
            cached = name + "_" if name in CMDLET_MEMBERS else name
            _ATTRIBUTES[self.name] = cached
        return cached

    @property
    def is_switch(self) -> bool:
        return self.type.is_switch

    def in_set(self, set_name: str) -> bool:
        return not self.sets or set_name in self.sets

    def is_mandatory_in(self, set_name: str) -> bool:
        if not self.mandatory:
            return False
        if self.mandatory_sets:
            return set_name in self.mandatory_sets
        return self.in_set(set_name)


_ATTRIBUTES: dict[str, str] = {}  # parameter name -> attribute (the rule depends on the name only)

# Members of cmdlets.base.Cmdlet that a parameter attribute must not hide
# (tests/core_cmdlets checks this list against the class).
CMDLET_MEMBERS = frozenset({
    "begin", "process", "process_object", "end", "name", "parameters", "default_parameter_set",
    "supports_should_process", "confirm_impact", "implementing_type", "help", "output_type",
    "local_groups", "writes", "force_suppresses_errors", "metadata", "runtime", "bound",
    "parameter_set", "current", "write_object", "write_error", "should_process", "error",
    "service", "stop_upstream",
})

_CAMEL = re.compile(r"(?<=[a-z0-9])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])")


def snake_case(name: str) -> str:
    return _CAMEL.sub("_", name).lower()


# Common parameters every cmdlet has (about_CommonParameters), with their aliases.
COMMON_PARAMETERS: tuple[Parameter, ...] = (
    Parameter("Verbose", SWITCH, aliases=("vb",)),
    Parameter("Debug", SWITCH, aliases=("db",)),
    Parameter("ErrorAction", enum_type("System.Management.Automation.ActionPreference",
                                       ("SilentlyContinue", "Stop", "Continue", "Inquire",
                                        "Ignore", "Suspend", "Break")), aliases=("ea",)),
    Parameter("WarningAction", enum_type("System.Management.Automation.ActionPreference",
                                         ("SilentlyContinue", "Stop", "Continue", "Inquire",
                                          "Ignore", "Suspend", "Break")), aliases=("wa",)),
    Parameter("InformationAction", enum_type("System.Management.Automation.ActionPreference",
                                             ("SilentlyContinue", "Stop", "Continue", "Inquire",
                                              "Ignore", "Suspend", "Break")), aliases=("infa",)),
    Parameter("ErrorVariable", STRING, aliases=("ev",)),
    Parameter("WarningVariable", STRING, aliases=("wv",)),
    Parameter("InformationVariable", STRING, aliases=("iv",)),
    Parameter("OutVariable", STRING, aliases=("ov",)),
    Parameter("OutBuffer", INT, aliases=("ob",)),
    Parameter("PipelineVariable", STRING, aliases=("pv",)),
)
SHOULD_PROCESS_PARAMETERS: tuple[Parameter, ...] = (
    Parameter("WhatIf", SWITCH, aliases=("wi",)),
    Parameter("Confirm", SWITCH, aliases=("cf",)),
)
COMMON_NAMES = frozenset(p.name.lower() for p in COMMON_PARAMETERS + SHOULD_PROCESS_PARAMETERS)


@dataclass(frozen=True, slots=True)
class Example:
    code: str
    remarks: str


@dataclass(frozen=True, slots=True)
class CmdletHelp:
    synopsis: str
    description: str = ""
    examples: tuple[Example, ...] = ()
    inputs: str = "None"
    outputs: str = "None"


class CommandMetadata:
    """A command's parameters compiled for the binder: name lookup tables,
    parameter sets and positional order, built once per class."""

    def __init__(self, name: str, parameters: tuple[Parameter, ...], *,
                 supports_should_process: bool, default_set: str | None) -> None:
        self.name = name
        self.declared = parameters
        common = COMMON_PARAMETERS + (SHOULD_PROCESS_PARAMETERS if supports_should_process else ())
        self.common = common
        self.all = parameters + common
        self.by_name: dict[str, Parameter] = {}
        for param in self.all:
            self.by_name[param.name.lower()] = param
            for alias in param.aliases:
                self.by_name[alias.lower()] = param
        names = sorted({s for p in parameters for s in p.sets})
        if names and default_set and default_set not in names:
            # DefaultParameterSetName may name a set no parameter declares: a set of
            # only the parameters that belong to all sets (chosen when no other fits).
            names.append(default_set)
        self.set_names: tuple[str, ...] = tuple(names) if names else (ALL_SETS,)
        self.default_set = default_set or self.set_names[0]
        self.pipeline_params = tuple(p for p in parameters if p.pipeline)

    def lookup(self, typed: str) -> list[Parameter]:
        """Parameters matching a typed name: exact name/alias, else unique prefix.
        Returns several when ambiguous (declared parameters win over common ones)."""
        key = typed.lower()
        exact = self.by_name.get(key)
        if exact is not None:
            return [exact]
        matches: list[Parameter] = []
        for name, param in self.by_name.items():
            if name.startswith(key) and param not in matches:
                matches.append(param)
        declared = [p for p in matches if p in self.declared]
        if len(matches) > 1 and len(declared) == 1:
            return declared
        return matches

    def positional(self, set_name: str) -> list[Parameter]:
        params = [p for p in self.declared if p.position is not None and p.in_set(set_name)]
        return sorted(params, key=lambda p: p.position or 0)


def null_like(value: Any) -> bool:
    return value is None or value is AUTOMATION_NULL


__all__ = [
    "ParamType", "Parameter", "CommandMetadata", "CmdletHelp", "Example", "STRING", "STRING_ARRAY",
    "LONG_ARRAY",
    "INT", "BOOL", "SWITCH", "OBJECT", "OBJECT_ARRAY", "PSOBJECT", "SCRIPTBLOCK", "HASHTABLE",
    "DATETIME", "enum_type", "BY_VALUE", "BY_PROPERTY_NAME", "PIPELINE_NONE", "ALL_SETS",
    "COMMON_PARAMETERS", "SHOULD_PROCESS_PARAMETERS", "PSCustomObject", "null_like",
]
