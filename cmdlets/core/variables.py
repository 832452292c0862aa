"""The *-Variable cmdlets: Get-, Set-, New-, Remove- and Clear-Variable.

They act on the scopes of the caller (a function's Set-Variable sets the
function's variable), reached through the "variable_scopes" service, which the
shell provides; scopes are duck-typed here (cmdlets never import the shell).
"""
from __future__ import annotations

from dataclasses import dataclass
from collections.abc import Iterator
from typing import Any, Protocol

from ..base import Cmdlet
from ..errors import INVALID_ARGUMENT, OBJECT_NOT_FOUND, PSRuntimeError, WRITE_ERROR
from ..lang.convert import ConversionError, to_string
from ..lang.values import AUTOMATION_NULL, attribute_view, register_view
from ..metadata import (BY_PROPERTY_NAME, BY_VALUE, CmdletHelp, Example, OBJECT, ParamType,
                        Parameter, STRING, STRING_ARRAY, SWITCH, enum_type)
from .common import has_wildcard, matches_any, wildcard

# ScopedItemOptions, a [Flags] enum: "ReadOnly, AllScope" is one value.
_OPTIONS = ("None", "ReadOnly", "Constant", "Private", "AllScope", "Unspecified")
_OPTION_BY_LOWER = {o.lower(): o for o in _OPTIONS}


def _to_options(value: Any) -> str:
    parts = value if isinstance(value, (list, tuple)) else to_string(value).split(",")
    found: list[str] = []
    for part in parts:
        text = to_string(part).strip()
        name = _OPTION_BY_LOWER.get(text.lower())
        if name is None:
            raise ConversionError(
                f'Cannot convert value "{text}" to type "System.Management.Automation.'
                f'ScopedItemOptions". Error: "Unable to match the identifier name {text} to a '
                f'valid enumerator name. Specify one of the following enumerator names and try '
                f'again:\n{", ".join(_OPTIONS)}"')
        if name not in found and name != "None":
            found.append(name)
    return ", ".join(found) or "None"


OPTIONS = ParamType("System.Management.Automation.ScopedItemOptions", _to_options, lambda v: False)
VISIBILITY = enum_type("System.Management.Automation.SessionStateEntryVisibility",
                       ("Public", "Private"))


class VariableScope(Protocol):
    """What the cmdlets use of a shell scope (shell.session.Scope)."""

    vars: dict[str, Any]
    names: dict[str, str]
    descriptions: dict[str, str] | None

    def set(self, name: str, value: Any) -> None: ...
    def define(self, name: str, value: Any, option: str | None = None,
               description: str | None = None) -> None: ...
    def remove(self, name: str) -> None: ...
    def option_of(self, key: str) -> str: ...
    def set_option(self, name: str, option: str | None) -> None: ...


@dataclass(slots=True)
class PSVariable:
    """System.Management.Automation.PSVariable as Get-Variable returns it: a
    snapshot of the variable when it was read."""

    name: str
    value: Any
    description: str = ""
    options: str = "None"
    visibility: str = "Public"
    module: Any = None
    module_name: str = ""
    attributes: tuple[Any, ...] = ()


register_view(PSVariable, attribute_view(
    ("System.Management.Automation.PSVariable", "System.Object"),
    (("Name", "name"), ("Description", "description"), ("Value", "value"),
     ("Visibility", "visibility"), ("Module", "module"), ("ModuleName", "module_name"),
     ("Options", "options"), ("Attributes", "attributes")),
    default_display=("Name", "Value"), to_string=lambda v: v.name, view="table"))

_SCOPE_HELP = ("Global, Local or Script, or a number relative to the current scope (0 is the "
               "current scope, 1 its parent).")
_NAME_HELP = "The names of the variables; wildcards are allowed."
_NAMES = Parameter("Name", STRING_ARRAY, position=0, mandatory=True, pipeline=BY_PROPERTY_NAME,
                   help=_NAME_HELP)
_DESCRIPTION = Parameter("Description", STRING, help="A description of the variable.")
_VISIBILITY = Parameter("Visibility", VISIBILITY, help="Public or Private.")


def _filters(verb: str) -> tuple[Parameter, Parameter]:
    """-Include and -Exclude; `verb` says what the cmdlet does to the included variables."""
    return (Parameter("Include", STRING_ARRAY,
                      help=f"{verb} only the variables matching these patterns."),
            Parameter("Exclude", STRING_ARRAY,
                      help="Leaves out the variables matching these patterns."))


def _scope(what: str) -> Parameter:
    return Parameter("Scope", STRING, help=f"The scope {what}: " + _SCOPE_HELP)


def _value(help_text: str) -> Parameter:
    return Parameter("Value", OBJECT, position=1, pipeline=BY_VALUE | BY_PROPERTY_NAME,
                     allow_null=True, help=help_text)


class _VariableCmdlet(Cmdlet):
    """What the five cmdlets share: scope lookup and PowerShell's error records."""

    scope: str | None
    include: tuple[str, ...] | None
    exclude: tuple[str, ...] | None
    force: bool | None

    def _access(self) -> Any:
        return self.service("variable_scopes")

    def _target_scope(self) -> VariableScope | None:
        """The scope -Scope names, or None (meaning: look up through the chain)."""
        if self.scope is None:
            return None
        try:
            return self._access().resolve(self.runtime, self.scope)
        except ValueError as exc:
            raise PSRuntimeError(self.error(
                str(exc), "ArgumentOutOfRange", INVALID_ARGUMENT, self.scope,
                "System.Management.Automation.PSArgumentOutOfRangeException")) from None

    def _filtered(self, name: str) -> bool:
        """-Include / -Exclude (wildcards, case-insensitive)."""
        if self.include and not matches_any(self.include, name):
            return False
        return not matches_any(self.exclude, name)

    def _matches(self, pattern: str) -> list[tuple[str, Any, VariableScope]]:
        """Variables named by a pattern, sorted by name as PowerShell lists them."""
        scope = self._target_scope()
        if scope is None:
            candidates = self._access().visible(self.runtime)
        else:
            candidates = [(scope.names.get(k, k), v, scope) for k, v in scope.vars.items()
                          if not k.startswith("\x00") and not (k == "_" and v is AUTOMATION_NULL)]
        if has_wildcard(pattern):
            match = wildcard(pattern)
            found = [c for c in candidates if match(c[0]) and self._filtered(c[0])]
            return sorted(found, key=lambda c: c[0].lower())
        lowered = pattern.lower()
        return [c for c in candidates if c[0].lower() == lowered and self._filtered(c[0])]

    def _scope_to_write(self) -> VariableScope:
        """-Scope's scope, else the caller's own (where an assignment would write)."""
        return self._target_scope() or self._access().current(self.runtime)

    def _found(self, patterns: tuple[str, ...]) -> Iterator[tuple[str, Any, VariableScope]]:
        """The variables each pattern names; a plain name that names none is a
        VariableNotFound error."""
        for pattern in patterns:
            found = self._matches(pattern)
            if not found and not has_wildcard(pattern):
                self._not_found(pattern)
            yield from found

    def _protected(self, options: str) -> bool:
        """Constant, or read-only without -Force: the variable cannot be changed."""
        return "Constant" in options or ("ReadOnly" in options and not self.force)

    def _snapshot(self, name: str, value: Any, scope: VariableScope) -> PSVariable:
        key = name.lower()
        descriptions = scope.descriptions or {}
        return PSVariable(name, None if value is AUTOMATION_NULL else value,
                          descriptions.get(key, ""), scope.option_of(key))

    def _not_found(self, name: str) -> None:
        self.write_error(self.error(
            f"Cannot find a variable with the name '{name}'.", "VariableNotFound",
            OBJECT_NOT_FOUND, name, "System.Management.Automation.ItemNotFoundException"))

    def _not_writable(self, name: str) -> None:
        self.write_error(self.error(
            f"Cannot overwrite variable {name} because it is read-only or constant.",
            "VariableNotWritable", WRITE_ERROR, name,
            "System.Management.Automation.SessionStateUnauthorizedAccessException"))



class GetVariable(_VariableCmdlet):
    name = "Get-Variable"
    implementing_type = "Microsoft.PowerShell.Commands.GetVariableCommand"
    output_type = "System.Management.Automation.PSVariable"
    parameters = (
        Parameter("Name", STRING_ARRAY, position=0, pipeline=BY_VALUE | BY_PROPERTY_NAME,
                  help=_NAME_HELP + " Without a name, every variable is listed."),
        Parameter("ValueOnly", SWITCH, help="Outputs only the values, not the variable objects."),
        *_filters("Keeps"),
        _scope("to read"),
    )
    help = CmdletHelp(
        synopsis="Gets the variables of the current scope and the scopes above it.",
        description=("Outputs PSVariable objects (Name, Value, Options, Description), sorted by "
                     "name, or with -ValueOnly just their values. A name that matches no "
                     "variable is a non-terminating error; a wildcard pattern that matches "
                     "nothing is not."),
        examples=(Example("Get-Variable m*", "Lists the variables whose names begin with m."),
                  Example("Get-Variable -Name PSVersionTable -ValueOnly",
                          "Outputs the value of $PSVersionTable."),
                  Example("Get-Variable -Scope Global", "Lists the global variables.")),
        inputs="System.String", outputs="System.Management.Automation.PSVariable")

    def process(self) -> None:
        for name, value, scope in self._found(self.name_ or ("*",)):
            if self.value_only:
                self.write_object(None if value is AUTOMATION_NULL else value)
            else:
                self.write_object(self._snapshot(name, value, scope))


class SetVariable(_VariableCmdlet):
    name = "Set-Variable"
    implementing_type = "Microsoft.PowerShell.Commands.SetVariableCommand"
    supports_should_process = True
    confirm_impact = "Medium"
    output_type = "System.Management.Automation.PSVariable"
    parameters = (
        _NAMES,
        _value("The value to give the variables."),
        *_filters("Changes"),
        _DESCRIPTION,
        Parameter("Option", OPTIONS, help="ReadOnly, Constant (only at creation), Private, "
                                          "AllScope or None."),
        Parameter("Force", SWITCH, help="Changes a read-only variable as well."),
        _VISIBILITY,
        Parameter("PassThru", SWITCH, help="Outputs the variable after setting it."),
        _scope("to set the variable in"),
    )
    help = CmdletHelp(
        synopsis="Sets the value of a variable, creating it when it does not exist.",
        description=("Without -Scope the variable is set in the current scope, as an assignment "
                     "would. Values piped in are collected: one value becomes the variable's "
                     "value, several become an array."),
        examples=(Example("Set-Variable -Name total -Value 10", "Same as $total = 10."),
                  Example("Set-Variable -Name limit -Value 5 -Option ReadOnly",
                          "Creates a variable that only -Force can change."),
                  Example("Get-Process | Set-Variable -Name procs", "Stores piped objects.")),
        inputs="System.Object", outputs="None, or System.Management.Automation.PSVariable "
                                        "with -PassThru")

    def begin(self) -> None:
        self._piped: list[Any] = []
        # Piped values are collected and set once at the end (several become an array).
        expects_input = bool(getattr(self.runtime, "expects_input", False))
        self._from_pipeline = expects_input and "Value" not in self.bound

    def process(self) -> None:
        if self._from_pipeline:
            if self.current is not None or self.value is not None:
                self._piped.append(self.value)
            return
        self._set_all(self.value)

    def end(self) -> None:
        if self._from_pipeline:
            value = self._piped[0] if len(self._piped) == 1 else (list(self._piped) or None)
            self._set_all(value)

    def _set_all(self, value: Any) -> None:
        scope = self._scope_to_write()
        for name in self.name_ or ():
            if has_wildcard(name):
                targets = [n for n, _v, _s in self._matches(name)]
            else:
                targets = [name] if self._filtered(name) else []
            for target in targets:
                self._set_one(scope, target, value)

    def _set_one(self, scope: VariableScope, name: str, value: Any) -> None:
        key = name.lower()
        exists = key in scope.vars
        options = scope.option_of(key) if exists else "None"
        if not self.should_process(f"Name: {name} Value: {to_string(value)}", "Set variable"):
            return
        if self._protected(options):
            self._not_writable(name)
            return
        if exists and self.option is not None and "Constant" in self.option:
            self.write_error(self.error(
                f"Existing variable {name} cannot be made constant. Variables can be made "
                "constant only at creation time.", "VariableCannotBeMadeConstant", WRITE_ERROR,
                name, "System.Management.Automation.SessionStateUnauthorizedAccessException"))
            return
        option = self.option if self.option is not None else (options if exists else None)
        try:
            if self.force or self.option is not None or self.description is not None:
                scope.define(name, value, option, self.description)
            else:
                scope.set(name, value)
        except PSRuntimeError as exc:   # a type-constrained variable refused the value
            self.write_error(self.error(exc.record.message, exc.record.error_id,
                                        exc.record.category, name, exc.record.exception_type))
            return
        if self.pass_thru:
            self.write_object(self._snapshot(name, scope.vars.get(key), scope))


class NewVariable(_VariableCmdlet):
    name = "New-Variable"
    implementing_type = "Microsoft.PowerShell.Commands.NewVariableCommand"
    supports_should_process = True
    confirm_impact = "Low"
    output_type = "System.Management.Automation.PSVariable"
    parameters = (
        Parameter("Name", STRING, position=0, mandatory=True, pipeline=BY_PROPERTY_NAME,
                  help="The name of the new variable."),
        _value("The initial value."),
        _DESCRIPTION,
        Parameter("Option", OPTIONS, help="ReadOnly, Constant, Private, AllScope or None."),
        _VISIBILITY,
        Parameter("Force", SWITCH, help="Replaces a variable of that name (unless it is "
                                        "constant)."),
        Parameter("PassThru", SWITCH, help="Outputs the new variable."),
        _scope("to create the variable in"),
    )
    help = CmdletHelp(
        synopsis="Creates a variable; fails when the scope already has one of that name.",
        description=("Unlike an assignment, New-Variable can give the variable options "
                     "(ReadOnly, Constant) and a description, and refuses to replace an existing "
                     "variable of the same scope unless -Force is used."),
        examples=(Example("New-Variable -Name days -Value 7", "Creates $days."),
                  Example("New-Variable -Name max -Value 100 -Option Constant",
                          "Creates a constant that cannot be changed or removed.")),
        inputs="System.Object", outputs="None, or System.Management.Automation.PSVariable "
                                        "with -PassThru")

    def process(self) -> None:
        scope = self._scope_to_write()
        name = self.name_ or ""
        key = name.lower()
        if key in scope.vars:
            options = scope.option_of(key)
            if self.force and "Constant" in options:
                self._not_writable(scope.names.get(key, name))
                return
            if not self.force:
                self.write_error(self.error(
                    f"A variable with name '{name}' already exists.", "VariableAlreadyExists",
                    "ResourceExists", name, "System.Management.Automation.SessionStateException"))
                return
        if not self.should_process(f"Name: {name} Value: {to_string(self.value)}",
                                   "New variable"):
            return
        value = None if self.value is AUTOMATION_NULL else self.value
        scope.define(name, value, self.option, self.description)
        if self.pass_thru:
            self.write_object(self._snapshot(name, value, scope))


class RemoveVariable(_VariableCmdlet):
    name = "Remove-Variable"
    implementing_type = "Microsoft.PowerShell.Commands.RemoveVariableCommand"
    supports_should_process = True
    confirm_impact = "Medium"
    parameters = (
        _NAMES,
        *_filters("Removes"),
        Parameter("Force", SWITCH, help="Removes read-only variables as well."),
        _scope("to remove the variable from"),
    )
    help = CmdletHelp(
        synopsis="Deletes variables.",
        description=("Removes the variable from the scope that holds it (or from -Scope). "
                     "Constant variables cannot be removed; read-only ones only with -Force."),
        examples=(Example("Remove-Variable -Name total", "Deletes $total."),
                  Example("Remove-Variable tmp*", "Deletes every variable whose name starts "
                                                  "with tmp.")),
        inputs="None", outputs="None")

    def process(self) -> None:
        for name, _value, scope in self._found(self.name_ or ()):
            if self._protected(scope.option_of(name.lower())):
                self.write_error(self.error(
                    f"Cannot remove variable {name} because it is constant or read-only. If "
                    "the variable is read-only, try the operation again specifying the Force "
                    "option.", "VariableNotRemovable", WRITE_ERROR, name,
                    "System.Management.Automation.SessionStateUnauthorizedAccessException"))
                continue
            if self.should_process(f"Name: {name}", "Remove variable"):
                scope.remove(name)


class ClearVariable(_VariableCmdlet):
    name = "Clear-Variable"
    implementing_type = "Microsoft.PowerShell.Commands.ClearVariableCommand"
    supports_should_process = True
    confirm_impact = "Medium"
    output_type = "System.Management.Automation.PSVariable"
    parameters = (
        _NAMES,
        *_filters("Clears"),
        Parameter("Force", SWITCH, help="Clears read-only variables as well."),
        Parameter("PassThru", SWITCH, help="Outputs the cleared variables."),
        _scope("of the variables"),
    )
    help = CmdletHelp(
        synopsis="Sets variables to $null, keeping the variables themselves.",
        examples=(Example("Clear-Variable -Name total", "$total stays defined, with no value."),),
        inputs="None", outputs="None, or System.Management.Automation.PSVariable with -PassThru")

    def process(self) -> None:
        for name, _value, scope in self._found(self.name_ or ()):
            options = scope.option_of(name.lower())
            if self._protected(options):
                self._not_writable(name)
                continue
            if not self.should_process(f"Name: {name}", "Clear variable"):
                continue
            if "ReadOnly" in options:
                scope.define(name, None, options)
            else:
                scope.set(name, None)
            if self.pass_thru:
                self.write_object(self._snapshot(name, None, scope))


VARIABLE_CMDLETS: tuple[type[Cmdlet], ...] = (GetVariable, SetVariable, NewVariable,
                                              RemoveVariable, ClearVariable)
