"""Functions, filters and script blocks as commands.

Once per definition the param() block becomes a Cmdlet subclass (`FunctionSpec.command`)
whose parameter metadata the framework's binder uses, exactly as for a cmdlet: named
and positional binding, aliases, prefixes, parameter sets, Mandatory, ValidateSet and
ValidateRange, pipeline ByValue / ByPropertyName, common parameters and ShouldProcess
for advanced functions. Its begin/process/end run the compiled named blocks in a new
scope whose parent is the caller's (PowerShell's dynamic scoping), or in the
caller's scope itself when dot-sourced.

Simple functions (no [CmdletBinding()] and no [Parameter()]) get no common
parameters; unknown `-X` tokens and extra arguments land in `$args` (facts §3).
"""
from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace
from typing import TYPE_CHECKING, Any, ClassVar

from ..cmdlets.base import Cmdlet
from ..cmdlets.binder import NO_VALUE, Argument, ParameterArg, PositionalArg
from ..cmdlets.errors import (CALLER_INVOCATION_VARIABLE, ErrorRecord, INVALID_ARGUMENT,
                              INVALID_DATA, InvocationInfo, PSRuntimeError, ScriptTerminatingError)
from ..cmdlets.lang import operators
from ..cmdlets.lang.casts import full_type_name, normalize_type_name
from ..cmdlets.lang.convert import ConversionError, to_bool, to_string
from ..cmdlets.lang.values import (AUTOMATION_NULL, Hashtable, PSCustomObject, PSReference,
                                   PropertyDef, ScriptBlockValue, SwitchValue, TypeView,
                                   register_view)
from ..cmdlets.metadata import (BOOL, BY_PROPERTY_NAME, BY_VALUE, OBJECT, PIPELINE_NONE, SWITCH,
                                CommandMetadata, Parameter, ParamType)
from ..cmdlets.pipeline import CommandProcessor
from ..grammar import ast
from .flow import ReturnSignal
from .session import Scope

if TYPE_CHECKING:
    from .compiler import Expr, Stmt
    from .executor import Executor
    from .scriptblock import CompiledBlock, ScriptBlock

Emit = Callable[[Any], None]

# A scope variable no script can name: the -ErrorVariable list of the function
# running in that scope (ScopedContext.report_error appends to it).
ERROR_COLLECTOR = "\x00errorvariable"


# ------------------------------------------------------------------ param() -> metadata


class ParamSpec:
    """One declared parameter: its binder metadata plus what only the function needs
    (the default expression, the validation attributes the binder does not know, the
    variable's type constraint)."""

    __slots__ = ("name", "key", "parameter", "type_name", "default", "validators", "unbound")

    def __init__(self, name: str, parameter: Parameter, type_name: str | None,
                 default: "Expr | None", validators: tuple["Validator", ...] = ()) -> None:
        self.name = name
        self.key = name.lower()
        self.parameter = parameter
        self.type_name = type_name
        self.default = default
        self.validators = validators
        if parameter.is_switch:
            self.unbound: Any = SwitchValue(False)
        elif type_name is not None:
            try:
                self.unbound = operators.convert_to_type(None, type_name)
            except PSRuntimeError:
                self.unbound = None
        else:
            self.unbound = None


def _param_type(type_name: str | None, advanced: bool) -> ParamType:
    if type_name is None:
        return OBJECT
    canon = normalize_type_name(type_name)
    if canon == "switch":
        return SWITCH
    if canon == "bool" and advanced:
        return BOOL   # an advanced function's [bool] refuses strings (facts §3)
    full = full_type_name(type_name)
    if canon == "ref":
        return ParamType(full, _reference_only, lambda value: isinstance(value, PSReference))

    def convert(value: Any) -> Any:
        try:
            return operators.convert_to_type(value, type_name)
        except PSRuntimeError as exc:
            raise ConversionError(exc.record.message) from None

    def accepts(value: Any) -> bool:
        try:
            return operators.is_type(value, type_name)
        except PSRuntimeError:
            return False
    return ParamType(full, convert, accepts)


# ---------------------------------------------------------------- validation attributes
# A validator returns why a value fails (the text after "Cannot validate argument on
# parameter 'x'. "), or None. ValidateSet and ValidateRange are the binder's own.
Validator = Callable[[Any], "str | None"]


def _items(value: Any) -> tuple[Any, ...]:
    return tuple(value) if isinstance(value, (list, tuple)) else (value,)


def _validate_pattern(args: list[Any]) -> Validator | None:
    if not args:
        return None
    from ..cmdlets.lang.dotnet_regex import IGNORECASE, get_regex
    text = to_string(args[0])
    try:
        regex = get_regex(text, IGNORECASE)
    except PSRuntimeError:
        return None

    def check(value: Any) -> str | None:
        if value is None:
            return None
        for item in _items(value):
            item_text = to_string(item)
            if regex.search(item_text) is None:
                return (f'The argument "{item_text}" does not match the "{text}" pattern. Supply '
                        f'an argument that matches "{text}" and try the command again.')
        return None
    return check


def _validate_script(args: list[Any]) -> Validator | None:
    block = args[0] if args else None
    if not isinstance(block, ScriptBlockValue):
        return None
    script = block.text.strip()

    def check(value: Any) -> str | None:
        for item in _items(value):
            if not to_bool(_single_or_list(block.invoke(item))):
                return (f'The "{script}" validation script for the argument with value '
                        f'"{to_string(item)}" did not return a result of True. Determine why the '
                        "validation script failed, and then try the command again.")
        return None
    return check


def _validate_not_null(args: list[Any]) -> Validator:
    def check(value: Any) -> str | None:
        if value is None or (isinstance(value, (list, tuple)) and any(v is None for v in value)):
            return "The argument is null. Provide a valid value for the argument, and then try the " \
                   "command again."
        return None
    return check


def _validate_not_null_or_empty(args: list[Any]) -> Validator:
    def check(value: Any) -> str | None:
        items = _items(value)
        if value is None or value == "" or not items or any(v is None or v == "" for v in items):
            return "The argument is null or empty. Provide an argument that is not null or empty, " \
                   "and then try the command again."
        return None
    return check


def _validate_length(args: list[Any]) -> Validator | None:
    if len(args) != 2:
        return None
    low, high = (int(operators.convert_to_type(a, "int")) for a in args)

    def check(value: Any) -> str | None:
        for item in _items(value):
            length = len(to_string(item))
            if length < low:
                return (f"The character length ({length}) of the argument is too short. Specify an "
                        f'argument with a length that is greater than or equal to "{low}", and then '
                        "try the command again.")
            if length > high:
                return (f"The character length of the {length} argument is too long. Shorten the "
                        f'character length of the argument so it is fewer than or equal to "{high}" '
                        "characters, and then try the command again.")
        return None
    return check


_VALIDATORS: dict[str, Callable[[list[Any]], Validator | None]] = {
    "validatepattern": _validate_pattern,
    "validatescript": _validate_script,
    "validatenotnull": _validate_not_null,
    "validatenotnullorempty": _validate_not_null_or_empty,
    "validatelength": _validate_length,
}


def _single_or_list(values: list[Any]) -> Any:
    return values[0] if len(values) == 1 else values


def _reference_only(value: Any) -> Any:
    """A `[ref]` parameter takes a reference (`f ([ref]$x)`), never a plain value."""
    if not isinstance(value, PSReference):
        raise ConversionError("Reference type is expected in argument.")
    return value


def _literal(expr: ast.Expression | None, compile_expr: Callable[[ast.Expression], "Expr"]) -> Any:
    """An attribute argument's value (attribute arguments are constant expressions)."""
    if expr is None:
        return True
    try:
        from .session import SessionState
        return compile_expr(expr)(SessionState().global_scope)
    except Exception:  # noqa: BLE001 - a bad attribute argument is ignored, never a traceback
        return None


def _literals(value: Any) -> tuple[Any, ...]:
    if isinstance(value, (list, tuple)):
        return tuple(value)
    return (value,)


class FunctionSpec:
    """Everything compiled once per function / filter / script block definition."""

    def __init__(self, executor: "Executor", name: str, compiled: "CompiledBlock",
                 is_filter: bool = False, command_type: str = "Function") -> None:
        node = compiled.node
        self.name = name
        self.compiled = compiled
        self.is_filter = is_filter
        self.command_type = "Filter" if is_filter else command_type
        compile_expr = executor.compiler.expression
        block_attrs = node.param_block.attributes if node.param_block is not None else ()
        cmdlet_binding = next((a for a in block_attrs if a.name.lower() == "cmdletbinding"), None)
        declarations = node.param_block.parameters if node.param_block is not None else ()
        advanced = cmdlet_binding is not None or any(
            a.name.lower() == "parameter" for d in declarations for a in d.attributes)
        self.advanced = advanced
        self.supports_should_process = False
        self.confirm_impact = "Medium"
        self.default_set: str | None = None
        self.positional_binding = True
        if cmdlet_binding is not None:
            for key, value in cmdlet_binding.named:
                low = key.lower()
                if low == "supportsshouldprocess":
                    self.supports_should_process = to_bool(_literal(value, compile_expr))
                elif low == "confirmimpact":
                    self.confirm_impact = to_string(_literal(value, compile_expr)) or "Medium"
                elif low == "defaultparametersetname":
                    self.default_set = to_string(_literal(value, compile_expr))
                elif low == "positionalbinding":
                    self.positional_binding = to_bool(_literal(value, compile_expr))
        self.params: list[ParamSpec] = [self._param(d, advanced, compile_expr) for d in declarations]
        explicit = any(p.parameter.position is not None for p in self.params)
        if not explicit and self.positional_binding:
            # Without any Position, parameters are positional in declaration order.
            position = 0
            for spec in self.params:
                if not spec.parameter.is_switch and not spec.parameter.remaining:
                    spec.parameter = replace(spec.parameter, position=position)
                    position += 1
        self.pipeline_params = [p for p in self.params if p.parameter.pipeline]
        # The named blocks; a filter's body is its process block.
        if is_filter and not node.has_named_blocks:
            self.begin, self.process, self.end = None, compiled.end, None
        else:
            self.begin, self.process, self.end = compiled.begin, compiled.process, compiled.end
        self.command = self._command_class()
        self.info = FunctionInfo(self)

    def _param(self, decl: ast.ParameterDeclaration, advanced: bool,
               compile_expr: Callable[[ast.Expression], "Expr"]) -> ParamSpec:
        name = decl.variable.name
        type_name: str | None = None
        position: int | None = None
        mandatory = False
        pipeline = PIPELINE_NONE
        aliases: list[str] = []
        sets: list[str] = []
        mandatory_sets: list[str] = []
        remaining = False
        validate_set: tuple[str, ...] = ()
        validate_range: tuple[Any, Any] | None = None
        allow_null = allow_empty = False
        validators: list[Validator] = []
        for attr in decl.attributes:
            low = attr.name.lower()
            if attr.is_type or (not attr.positional and not attr.named and low not in _ATTRIBUTES):
                type_name = attr.name
                continue
            if low == "parameter":
                set_name = None
                this_mandatory = False
                for key, value in attr.named:
                    k = key.lower()
                    v = _literal(value, compile_expr)
                    if k == "mandatory":
                        this_mandatory = to_bool(v)
                    elif k == "position":
                        position = int(operators.convert_to_type(v, "int"))
                    elif k == "valuefrompipeline" and to_bool(v):
                        pipeline |= BY_VALUE
                    elif k == "valuefrompipelinebypropertyname" and to_bool(v):
                        pipeline |= BY_PROPERTY_NAME
                    elif k == "valuefromremainingarguments" and to_bool(v):
                        remaining = True
                    elif k == "parametersetname":
                        set_name = to_string(v)
                if set_name is not None and set_name.lower() != "__allparametersets":
                    sets.append(set_name)
                    if this_mandatory:
                        mandatory_sets.append(set_name)
                if this_mandatory:
                    mandatory = True
            elif low == "alias":
                aliases.extend(to_string(v) for a in attr.positional
                               for v in _literals(_literal(a, compile_expr)))
            elif low == "validateset":
                validate_set = tuple(to_string(v) for a in attr.positional
                                     for v in _literals(_literal(a, compile_expr)))
            elif low == "validaterange" and len(attr.positional) == 2:
                validate_range = (_literal(attr.positional[0], compile_expr),
                                  _literal(attr.positional[1], compile_expr))
            elif low in _VALIDATORS:
                validator = _VALIDATORS[low](
                    [_literal(a, compile_expr) for a in attr.positional])
                if validator is not None:
                    validators.append(validator)
            elif low == "allownull":
                allow_null = True
            elif low in ("allowemptystring", "allowemptycollection"):
                allow_empty = True
        if mandatory_sets and len(mandatory_sets) == len(sets):
            mandatory_sets_t: tuple[str, ...] = ()
        else:
            mandatory_sets_t = tuple(mandatory_sets)
        param_type = _param_type(type_name, advanced)
        default = compile_expr(decl.default) if decl.default is not None else None
        parameter = Parameter(name, param_type, position=position, mandatory=mandatory,
                              pipeline=pipeline, aliases=tuple(aliases), sets=tuple(sets),
                              attr="p_" + name.lower(), remaining=remaining,
                              validate_set=validate_set, validate_range=validate_range,
                              allow_null=allow_null, allow_empty_string=allow_empty,
                              mandatory_sets=mandatory_sets_t)
        canon = normalize_type_name(type_name) if type_name else None
        constraint = type_name if canon not in (None, "switch", "object", "psobject") else None
        return ParamSpec(name, parameter, constraint, default, tuple(validators))

    def _command_class(self) -> type[Cmdlet]:
        attrs: dict[str, Any] = {
            "name": self.name,
            "parameters": tuple(p.parameter for p in self.params),
            "supports_should_process": self.supports_should_process,
            "confirm_impact": self.confirm_impact,
            "default_parameter_set": self.default_set,
            "spec": self,
            "_metadata": None,
        }
        cls = type("FunctionCommand_" + re.sub(r"\W", "_", self.name or "scriptblock"),
                   (FunctionCommand,), attrs)
        if self.advanced:
            cls._metadata = CommandMetadata(self.name, attrs["parameters"],
                                            supports_should_process=self.supports_should_process,
                                            default_set=self.default_set)
        else:
            cls._metadata = SimpleFunctionMetadata(self.name, attrs["parameters"])
        return cls

    @property
    def definition(self) -> str:
        return self.compiled.text


_ATTRIBUTES = {"parameter", "alias", "validateset", "validaterange", "validatepattern", "allownull",
               "allowemptystring", "allowemptycollection", "validatenotnull",
               "validatenotnullorempty", "validatecount", "validatelength", "validatescript",
               "cmdletbinding", "outputtype", "supportswildcards"}


class SimpleFunctionMetadata(CommandMetadata):
    """A simple function's parameters: only the declared ones, no common parameters."""

    def __init__(self, name: str, parameters: tuple[Parameter, ...]) -> None:
        super().__init__(name, parameters, supports_should_process=False, default_set=None)
        self.common = ()
        self.all = parameters
        self.by_name = {}
        for param in parameters:
            self.by_name[param.name.lower()] = param
            for alias in param.aliases:
                self.by_name[alias.lower()] = param


def split_simple_arguments(meta: CommandMetadata, args: list[Argument]
                           ) -> tuple[list[Argument], list[Any]]:
    """For a simple function: what the binder gets, and what goes to `$args`
    (unknown `-X` tokens, with the argument after them, and extra positionals)."""
    bound_args: list[Argument] = []
    extras: list[tuple[int, Any]] = []
    positionals: list[tuple[int, PositionalArg]] = []
    named: set[str] = set()
    index = 0
    while index < len(args):
        arg = args[index]
        at = index
        index += 1
        if isinstance(arg, PositionalArg):
            positionals.append((at, arg))
            continue
        matches = meta.lookup(arg.name)
        if matches:
            bound_args.append(arg)
            if len(matches) == 1:
                named.add(matches[0].name.lower())
                if arg.value is NO_VALUE and not matches[0].is_switch and index < len(args) \
                        and isinstance(args[index], PositionalArg):
                    bound_args.append(args[index])
                    index += 1
            continue
        text = arg.text or "-" + arg.name
        if arg.value is not NO_VALUE:
            extras.append((at, text if text.endswith(":") else "-" + arg.name + ":"))
            extras.append((at, arg.value))
        else:
            extras.append((at, text))
            if index < len(args) and isinstance(args[index], PositionalArg):
                extras.append((index, args[index].value))  # type: ignore[union-attr]
                index += 1
    open_slots = sum(1 for p in meta.declared if p.position is not None and not p.is_switch
                     and p.name.lower() not in named)
    for n, (at, arg) in enumerate(positionals):
        if n < open_slots:
            bound_args.append(arg)
        else:
            extras.append((at, arg.value))
    extras.sort(key=lambda e: e[0])
    return bound_args, [value for _, value in extras]


# ------------------------------------------------------------------ the command


class FunctionCommand(Cmdlet):
    """Base of the per-definition classes: runs the named blocks in the function's scope."""

    spec: ClassVar[FunctionSpec]

    def __init__(self) -> None:
        super().__init__()
        self.caller_scope: Scope | None = None
        self.dot_source = False
        self.extra_args: list[Any] = []
        self.inputs: list[Any] = []
        self.scope: Scope | None = None
        self.executor: "Executor | None" = None
        self.invocation: InvocationInfo | None = None
        self._defaults: dict[str, Any] = {}
        self._psbound: Hashtable | None = None
        self._error_list: list[Any] | None = None

    # ------------------------------------------------------------ life cycle
    def begin(self) -> None:
        spec = self.spec
        caller = self.caller_scope
        assert caller is not None
        scope = caller if self.dot_source else Scope(caller.session, caller, "function")
        self.scope = scope
        bound = self.bound
        psbound = Hashtable()
        for key, value in bound.items():
            psbound[key] = value
        self._psbound = psbound
        declared_names = {p.parameter.name for p in spec.params}
        for param in spec.params:
            name = param.parameter.name
            if name in bound:
                value = getattr(self, param.parameter.attribute)
                self._validate(param, value)
            elif param.default is not None:
                value = param.default(scope)
                if value is AUTOMATION_NULL:
                    value = None
                if param.parameter.is_switch:
                    value = SwitchValue(to_bool(value))
                elif param.type_name is not None:
                    value = operators.convert_to_type(value, param.type_name)
            else:
                value = param.unbound
            self._defaults[param.key] = value
            scope.set(name, value)
            if param.type_name is not None:
                scope.constrain(name, param.type_name)
        for key, value in bound.items():
            if key in declared_names:
                continue
            low = key.lower()
            if low == "erroraction":
                scope.set("ErrorActionPreference", value)
            elif low == "whatif":
                scope.set("WhatIfPreference", SwitchValue(bool(value)))
            elif low == "confirm":
                scope.set("ConfirmPreference", "Low" if bool(value) else "None")
            elif low == "verbose":
                scope.set("VerbosePreference", "Continue" if bool(value) else "SilentlyContinue")
            elif low == "warningaction":
                scope.set("WarningPreference", value)
            elif low == "errorvariable" and value:
                # errors written by the commands the function runs are collected too
                self._error_list = []
                scope.vars[ERROR_COLLECTOR] = self._error_list
        scope.set("args", list(self.extra_args))
        scope.set("PSBoundParameters", psbound)
        scope.set("MyInvocation", self._my_invocation())
        if spec.name and self.invocation is not None and not self.dot_source:
            scope.vars[CALLER_INVOCATION_VARIABLE] = (spec.name, self.invocation)
        scope.set("input", [])
        if spec.advanced:
            scope.set("PSCmdlet", PSCmdletProxy(self))
        if spec.begin is not None:
            self._run(spec.begin)

    def process(self) -> None:
        spec = self.spec
        obj = self.current
        if spec.process is None:
            if obj is not AUTOMATION_NULL:
                self.inputs.append(obj)
            return
        scope = self.scope
        assert scope is not None
        if spec.pipeline_params and obj is not AUTOMATION_NULL:
            bound = self.bound
            psbound = self._psbound
            for param in spec.pipeline_params:
                name = param.parameter.name
                if name in bound:
                    continue
                value = getattr(self, param.parameter.attribute)
                if value is None:
                    value = self._defaults.get(param.key)
                    if psbound is not None:
                        psbound.__delitem__(name)
                else:
                    self._validate(param, value)
                    if psbound is not None:
                        psbound[name] = value
                scope.set(name, value)
        vars_ = scope.vars
        if obj is AUTOMATION_NULL:
            vars_["_"] = None
            vars_["input"] = []
        else:
            vars_["_"] = obj
            vars_["input"] = [obj]
        self._run(spec.process)

    def end(self) -> None:
        spec = self.spec
        scope = self.scope
        assert scope is not None
        if spec.end is not None:
            scope.vars["input"] = self.inputs if spec.process is None else []
            self._run(spec.end)
        if self._error_list is not None:
            name = to_string(self.bound.get("ErrorVariable"))
            append = name.startswith("+")
            name = name.lstrip("+")
            caller = self.caller_scope
            assert caller is not None
            existing = caller.get(name.lower())
            mine = list(existing) if isinstance(existing, list) and (append or existing) else []
            caller.set(name, mine + self._error_list)

    # ------------------------------------------------------------ helpers
    def _run(self, block: "Stmt") -> None:
        try:
            block(self.scope, self.runtime.write_object)  # type: ignore[arg-type]
        except ReturnSignal:
            pass

    def _validate(self, param: ParamSpec, value: Any) -> None:
        for validator in param.validators:
            reason = validator(value)
            if reason is not None:
                raise PSRuntimeError(ErrorRecord(
                    message=f"Cannot validate argument on parameter '{param.name}'. {reason}",
                    error_id="ParameterArgumentValidationError", category=INVALID_DATA,
                    exception_type="System.Management.Automation.ParameterBindingValidationException",
                    fully_qualified_suffix=self.spec.name or None))

    def _my_invocation(self) -> PSCustomObject:
        invocation = self.invocation or InvocationInfo()
        return PSCustomObject((
            ("MyCommand", self.spec.info),
            ("BoundParameters", self._psbound),
            ("UnboundArguments", list(self.extra_args)),
            ("ScriptLineNumber", invocation.line),
            ("OffsetInLine", invocation.column),
            ("ScriptName", invocation.script_name),
            ("Line", invocation.line_text),
            ("InvocationName", getattr(self, "invocation_name", None) or self.spec.name),
            ("PipelineLength", 0),
            ("PipelinePosition", getattr(self.runtime, "position", 0)),
            ("ExpectingInput", bool(getattr(self.runtime, "expects_input", False))),
        ), type_names=("System.Management.Automation.InvocationInfo", "System.Object"))


class FunctionProcessor(CommandProcessor):
    """A CommandProcessor for functions: the binder's messages say "argument
    transformation" as PowerShell's do for script parameters."""

    def begin(self) -> None:
        try:
            super().begin()
        except PSRuntimeError as exc:
            record = exc.record
            if record.error_id == "CannotConvertArgumentNoMessage" and \
                    record.message.startswith("Cannot bind parameter "):
                record = replace(record,
                                 message="Cannot process argument transformation on parameter "
                                 + record.message[len("Cannot bind parameter "):],
                                 error_id="ParameterArgumentTransformationError")
                exc.record = record
            if exc.record.exception_type.endswith("ParameterBindingException") and \
                    exc.record.fully_qualified_suffix is None and self.command_name:
                exc.record = replace(exc.record, fully_qualified_suffix=self.command_name)
            raise


class PSCmdletProxy:
    """`$PSCmdlet`: ShouldProcess, ShouldContinue, WriteError, WriteObject,
    ThrowTerminatingError, ParameterSetName and MyInvocation."""

    def __init__(self, command: FunctionCommand) -> None:
        self._command = command

    @property
    def ParameterSetName(self) -> str:  # noqa: N802 - PowerShell's member name
        name = self._command.parameter_set
        return name

    @property
    def MyInvocation(self) -> Any:  # noqa: N802
        scope = self._command.scope
        return scope.get("myinvocation") if scope is not None else None

    @property
    def CommandRuntime(self) -> str:  # noqa: N802
        return self._command.spec.name

    def __str__(self) -> str:
        return self._command.spec.name

    def ps_invoke_method(self, name: str, args: list[Any]) -> Any:
        runtime = self._command.runtime
        key = name.lower()
        if key == "shouldprocess":
            if len(args) == 1:
                return runtime.should_process(to_string(args[0]))
            if len(args) == 2:
                return runtime.should_process(to_string(args[0]), to_string(args[1]))
            if len(args) >= 3:
                return runtime.should_process(to_string(args[1]), to_string(args[2]))
        elif key == "shouldcontinue" and len(args) >= 2:
            host = runtime.host
            if not host.interactive:
                from ..cmdlets import messages
                raise PSRuntimeError(ErrorRecord(
                    message=messages.NONINTERACTIVE_PROMPT, error_id="HostFunctionNotImplemented",
                    category="ResourceUnavailable",
                    exception_type="System.Management.Automation.Host.HostException"))
            choice = host.prompt_for_choice(to_string(args[1]), to_string(args[0]),
                                            [("&Yes", "Continue with the operation."),
                                             ("&No", "Do not continue with the operation.")], 0)
            return choice == 0
        elif key == "writeerror" and len(args) == 1:
            record = args[0]
            if not isinstance(record, ErrorRecord):
                record = ErrorRecord(message=to_string(record), error_id="WriteError",
                                     exception_type="System.Exception")
            runtime.write_error(record)
            return AUTOMATION_NULL
        elif key == "writeobject" and args:
            runtime.write_object(args[0], len(args) > 1 and to_bool(args[1]))
            return AUTOMATION_NULL
        elif key == "writeverbose" and args:
            runtime.write_verbose(to_string(args[0]))
            return AUTOMATION_NULL
        elif key == "writewarning" and args:
            runtime.write_warning(to_string(args[0]))
            return AUTOMATION_NULL
        elif key == "throwterminatingerror" and args:
            record = args[0]
            if not isinstance(record, ErrorRecord):
                record = ErrorRecord(message=to_string(record), error_id="ThrowTerminatingError")
            raise PSRuntimeError(record)
        raise PSRuntimeError(ErrorRecord(
            message=f'Cannot find an overload for "{name}" and the argument count: "{len(args)}".',
            error_id="MethodCountCouldNotFindBest", category="InvalidOperation"))


# ------------------------------------------------------------------ Get-Command's view


class FunctionInfo:
    """What Get-Command shows of a function (CommandType, Name, Version, Source)."""

    def __init__(self, spec: FunctionSpec) -> None:
        self.spec = spec

    @property
    def name(self) -> str:
        return self.spec.name

    @property
    def command_type(self) -> str:
        return self.spec.command_type

    @property
    def command(self) -> type[Cmdlet]:
        return self.spec.command

    @property
    def definition(self) -> str:
        return self.spec.definition

    def parameter_names(self) -> list[str]:
        return [p.name for p in self.spec.command.metadata().all]

    def __repr__(self) -> str:
        return f"FunctionInfo({self.name!r})"


register_view(FunctionInfo, TypeView(
    type_names=("System.Management.Automation.FunctionInfo",
                "System.Management.Automation.CommandInfo", "System.Object"),
    properties=(
        PropertyDef("CommandType", lambda f: f.command_type),
        PropertyDef("Name", lambda f: f.name),
        PropertyDef("Version", lambda f: ""),
        PropertyDef("Source", lambda f: ""),
        PropertyDef("Definition", lambda f: f.definition),
        PropertyDef("Parameters", lambda f: f.parameter_names()),
        PropertyDef("CmdletBinding", lambda f: f.spec.advanced),
        PropertyDef("ModuleName", lambda f: ""),
    ),
    default_display=("CommandType", "Name", "Version", "Source"),
    to_string=lambda f: f.name,
))


class FunctionTable:
    """The `functions` service: the functions visible from a scope, for Get-Command.

    `get(name)` -> FunctionInfo or None; `list()` -> FunctionInfo sorted by name;
    `items()` -> (name, definition) pairs.
    Each FunctionInfo has `.name`, `.command_type` ("Function"/"Filter"),
    `.definition`, and `.command` (a Cmdlet subclass: `.command.metadata()`)."""

    def __init__(self, executor: "Executor", scope: Scope | None = None) -> None:
        self.executor = executor
        self.scope = scope

    def _scope(self) -> Scope:
        return self.scope or self.executor.session.global_scope

    def get(self, name: str) -> FunctionInfo | None:
        spec = self.executor.find_function(name, self._scope())
        return None if spec is None else spec.info

    def items(self) -> list[tuple[str, str]]:
        """(name, definition) pairs, as cmdlets/core/commands.py (Get-Command) reads them."""
        return [(info.name, info.definition) for info in self.list()]

    def list(self) -> list[FunctionInfo]:
        seen: dict[str, FunctionInfo] = {}
        scope: Scope | None = self._scope()
        while scope is not None:
            for key, spec in (scope.functions or {}).items():
                seen.setdefault(key, spec.info)
            scope = scope.parent
        return sorted(seen.values(), key=lambda f: f.name.lower())


# ------------------------------------------------------------------ compatibility shim


class FunctionStage:
    """Runs a script block with arguments as a whole command (begin, process once, end):
    what `-File script.ps1 args` does. A binding failure ends the script."""

    def __init__(self, name: str, block: "ScriptBlock", args: list[Argument], executor: "Executor",
                 invocation: InvocationInfo, expects_input: bool) -> None:
        self.executor = executor
        self.script_path = invocation.script_name
        self.processor = executor.function_processor(
            executor.spec_of_block(block.compiled, name), args, invocation, 1, expects_input,
            block.scope, dot_source=False)
        self.downstream: Emit = lambda obj: None
        self.had_error = False

    def begin(self) -> None:
        pass

    def process(self, obj: Any) -> None:
        pass

    def process_without_input(self) -> None:
        pass

    def end(self) -> None:
        session = self.executor.session
        processor = self.processor
        processor.downstream = self.downstream
        previous_script = session.script_scope
        try:
            try:
                processor.begin()
            except ScriptTerminatingError:
                raise
            except PSRuntimeError as exc:
                raise ScriptTerminatingError(exc.record) from None
            command = processor.cmdlet
            session.script_scope = command.scope  # type: ignore[attr-defined]
            if self.script_path:
                import os
                command.scope.set("PSCommandPath", self.script_path)  # type: ignore[attr-defined]
                command.scope.set("PSScriptRoot",  # type: ignore[attr-defined]
                                  os.path.dirname(os.path.abspath(self.script_path)))
            processor.process_without_input()
            processor.end()
        finally:
            session.script_scope = previous_script


__all__ = ["FunctionSpec", "FunctionCommand", "FunctionProcessor", "FunctionInfo", "FunctionTable",
           "FunctionStage", "PSCmdletProxy", "split_simple_arguments", "INVALID_ARGUMENT"]
