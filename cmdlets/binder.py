"""The generic parameter binder (about_Parameter_Binding).

Binding happens in two stages, as in PowerShell:
1. `bind_command_line`: named arguments (exact name or alias, else a unique
   prefix), then positional arguments in position order, narrowing the candidate
   parameter sets as it goes.
2. `PipelineBinder.bind`: per pipeline object, ByValue without conversion,
   ByPropertyName without conversion, ByValue with conversion, ByPropertyName with
   conversion; values bound from one object are reset before the next.
No cmdlet parses its own arguments.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from . import messages
from .errors import ErrorRecord, INVALID_ARGUMENT, INVALID_DATA, PSRuntimeError
from .lang.convert import ConversionError, to_string
from .lang.values import AUTOMATION_NULL, SwitchValue, get_member, has_property
from .metadata import BY_PROPERTY_NAME, BY_VALUE, CommandMetadata, Parameter

NO_VALUE: Any = object()


@dataclass(frozen=True, slots=True)
class ParameterArg:
    """`-Name` or `-Name:value` as written (name without the dash)."""

    name: str
    value: Any = NO_VALUE
    text: str = ""          # the token as typed, for messages


@dataclass(frozen=True, slots=True)
class PositionalArg:
    value: Any
    text: str = ""


Argument = ParameterArg | PositionalArg


class BindingError(PSRuntimeError):
    """A statement-terminating parameter binding failure."""


def _fail(message: str, error_id: str, category: str = INVALID_ARGUMENT, target: Any = None,
          exception: str = "System.Management.Automation.ParameterBindingException") -> BindingError:
    return BindingError(ErrorRecord(message=message, error_id=error_id, category=category,
                                    target=target, exception_type=exception))


def convert_argument(param: Parameter, value: Any, command: str) -> Any:
    """Convert one argument to the parameter's type, with PowerShell's errors."""
    if value is AUTOMATION_NULL:
        value = None
    if value is None:
        if param.mandatory and not param.is_switch and not param.allow_null:
            raise _fail(messages.NULL_ARGUMENT.format(name=param.name),
                        "ParameterArgumentValidationErrorNullNotAllowed", INVALID_DATA)
        return None
    if param.mandatory and value == "" and param.type.name == "System.String" \
            and not param.allow_empty_string:
        raise _fail(messages.EMPTY_STRING_ARGUMENT.format(name=param.name),
                    "ParameterArgumentValidationErrorEmptyStringNotAllowed", INVALID_DATA)
    try:
        converted = param.type.convert(value)
    except ConversionError as exc:
        raise _fail(messages.CANNOT_CONVERT_ARGUMENT.format(name=param.name, reason=str(exc)),
                    "CannotConvertArgumentNoMessage", INVALID_ARGUMENT, target=value) from None
    if param.validate_range is not None:
        low, high = param.validate_range
        values = converted if isinstance(converted, (list, tuple)) else (converted,)
        for item in values:
            if item < low:
                relation = f"less than the minimum allowed range of {low}"
                requirement = f"greater than or equal to {low}"
            elif item > high:
                relation = f"greater than the maximum allowed range of {high}"
                requirement = f"less than or equal to {high}"
            else:
                continue
            raise _fail(messages.VALIDATE_RANGE.format(name=param.name, value=to_string(item),
                                                       relation=relation, requirement=requirement),
                        "ParameterArgumentValidationError", INVALID_DATA)
    if param.validate_set:
        allowed = {v.lower(): v for v in param.validate_set}
        values = converted if isinstance(converted, (list, tuple)) else (converted,)
        for item in values:
            if to_string(item).lower() not in allowed:
                raise _fail(messages.VALIDATE_SET.format(name=param.name, value=to_string(item),
                                                         allowed=",".join(param.validate_set)),
                            "ParameterArgumentValidationError", INVALID_DATA)
    return converted


@dataclass(slots=True)
class CommandLineBinding:
    """The result of stage 1: what the command line bound, and what is left to do."""

    bound: dict[str, tuple[Parameter, Any]] = field(default_factory=dict)  # lower name ->
    candidate_sets: list[str] = field(default_factory=list)
    missing_mandatory: list[Parameter] = field(default_factory=list)

    def value(self, name: str, default: Any = None) -> Any:
        entry = self.bound.get(name.lower())
        return default if entry is None else entry[1]

    def has(self, name: str) -> bool:
        return name.lower() in self.bound


def bind_command_line(meta: CommandMetadata, args: list[Argument]) -> CommandLineBinding:
    result = CommandLineBinding()
    positionals: list[PositionalArg] = []
    index = 0
    while index < len(args):
        arg = args[index]
        index += 1
        if isinstance(arg, PositionalArg):
            positionals.append(arg)
            continue
        matches = meta.lookup(arg.name)
        if not matches:
            raise _fail(messages.NAMED_PARAMETER_NOT_FOUND.format(name=arg.name),
                        "NamedParameterNotFound")
        if len(matches) > 1:
            listed = "".join(f" -{p.name}" for p in matches)
            raise _fail(messages.AMBIGUOUS_PARAMETER.format(name=arg.name, matches=listed),
                        "AmbiguousParameter")
        param = matches[0]
        if arg.value is not NO_VALUE:
            value = arg.value
        elif param.is_switch:
            value = SwitchValue(True)
        elif index < len(args) and isinstance(args[index], PositionalArg):
            value = _as_typed(param, args[index])  # type: ignore[arg-type]
            index += 1
        else:
            raise _fail(messages.MISSING_ARGUMENT.format(name=param.name, type=param.type.short_name),
                        "MissingArgument")
        _bind_one(result, param, value, meta)

    result.candidate_sets = [s for s in meta.set_names
                             if all(p.in_set(s) for p, _ in result.bound.values() if p in meta.declared)]
    if not result.candidate_sets:
        raise _fail(messages.AMBIGUOUS_PARAMETER_SET, "AmbiguousParameterSet")
    _bind_positionals(result, meta, positionals)
    return result


_STRING_TYPES = ("System.String", "System.String[]")


def _as_typed(param: Parameter, arg: PositionalArg) -> Any:
    """A number literal bound to a string parameter is the text as typed (0712, 0x10)."""
    if arg.text and param.type.name in _STRING_TYPES and isinstance(arg.value, (int, float)) \
            and not isinstance(arg.value, bool):
        return arg.text
    return arg.value


def _bind_one(result: CommandLineBinding, param: Parameter, value: Any, meta: CommandMetadata) -> None:
    key = param.name.lower()
    if key in result.bound:
        raise _fail(messages.PARAMETER_ALREADY_BOUND.format(name=param.name), "ParameterAlreadyBound")
    result.bound[key] = (param, convert_argument(param, value, meta.name))


def _bind_positionals(result: CommandLineBinding, meta: CommandMetadata,
                      positionals: list[PositionalArg]) -> None:
    """Bind positional values in position order. Where several parameter sets have a
    parameter at the same position, a parameter whose type takes the value as it is
    wins over one that needs a conversion (PowerShell's order). A parameter with
    ValueFromRemainingArguments collects every value left over, itself included
    when it is positional too."""
    index = 0
    while index < len(positionals):
        arg = positionals[index]
        candidates = _next_positionals(result, meta)
        param = _pick_positional(candidates, arg.value)
        if param is None:
            break
        if param.remaining:
            _bind_one(result, param, [_as_typed(param, a) for a in positionals[index:]], meta)
            result.candidate_sets = [s for s in result.candidate_sets if param.in_set(s)]
            return
        _bind_one(result, param, _as_typed(param, arg), meta)
        result.candidate_sets = [s for s in result.candidate_sets if param.in_set(s)]
        index += 1
    leftovers = positionals[index:]
    if not leftovers:
        return
    remaining = next((p for p in meta.declared if p.remaining and p.name.lower() not in result.bound
                      and any(p.in_set(s) for s in result.candidate_sets)), None)
    if remaining is None:
        shown = leftovers[0].text or to_string(leftovers[0].value)
        raise _fail(messages.POSITIONAL_NOT_FOUND.format(arg=shown), "PositionalParameterNotFound")
    _bind_one(result, remaining, [_as_typed(remaining, a) for a in leftovers], meta)
    result.candidate_sets = [s for s in result.candidate_sets if remaining.in_set(s)]


def _next_positionals(result: CommandLineBinding, meta: CommandMetadata) -> list[Parameter]:
    """The unbound parameters at the lowest open position, across candidate sets
    (the default set's first)."""
    sets = sorted(result.candidate_sets, key=lambda s: s != meta.default_set)
    found: list[Parameter] = []
    lowest: int | None = None
    for set_name in sets:
        for param in meta.positional(set_name):
            if param.name.lower() in result.bound:
                continue
            position = param.position or 0
            if lowest is None or position < lowest:
                lowest, found = position, [param]
            elif position == lowest and param not in found:
                found.append(param)
            break
    return found


def _pick_positional(candidates: list[Parameter], value: Any) -> Parameter | None:
    if not candidates:
        return None
    for param in candidates:
        if value is not None and param.type.accepts(value):
            return param
    for param in candidates:
        try:
            param.type.convert(value)
            return param
        except ConversionError:
            continue
    return candidates[0]  # let binding report the conversion error of the likeliest one


def choose_set(meta: CommandMetadata, candidates: list[str]) -> str:
    if meta.default_set in candidates:
        return meta.default_set
    return candidates[0]


def missing_mandatory(meta: CommandMetadata, binding: CommandLineBinding,
                      expects_input: bool) -> list[Parameter]:
    """Mandatory parameters of the likely set that the command line left unbound.
    With pipeline input coming, parameters that can take it are not missing yet."""
    set_name = choose_set(meta, binding.candidate_sets)
    missing = []
    for param in meta.declared:
        if param.name.lower() in binding.bound or not param.is_mandatory_in(set_name):
            continue
        if expects_input and param.pipeline:
            continue
        missing.append(param)
    return missing


class PipelineBinder:
    """Stage 2: binds each pipeline object to the parameters that take input."""

    def __init__(self, meta: CommandMetadata, binding: CommandLineBinding) -> None:
        self.meta = meta
        self.binding = binding
        self.params = [p for p in meta.pipeline_params if p.name.lower() not in binding.bound
                       and any(p.in_set(s) for s in binding.candidate_sets)]
        self.by_value = [(p.name.lower(), p) for p in self.params if p.pipeline & BY_VALUE]
        self.by_name = [p for p in self.params if p.pipeline & BY_PROPERTY_NAME]

    def bind(self, obj: Any) -> dict[str, tuple[Parameter, Any]]:
        """Bound parameters for this object; raises BindingError (non-terminating
        for the caller) when the object fits nothing."""
        bound: dict[str, tuple[Parameter, Any]] = {}
        by_value = self.by_value
        # 1. ByValue without conversion (the common case: one parameter takes the object)
        for key, param in by_value:
            if obj is not None and param.type.accepts(obj):
                bound[key] = (param, obj)
                if not self.by_name:
                    return bound
                break
        by_name = self.by_name
        # 2. ByPropertyName without conversion
        if by_name:
            self._bind_by_name(obj, by_name, bound, convert=False)
        # 3. ByValue with conversion
        if not any(p.pipeline & BY_VALUE for p, _ in bound.values()):
            for key, param in by_value:
                if key in bound:
                    continue
                try:
                    bound[key] = (param, convert_argument(param, obj, self.meta.name))
                    break
                except BindingError:
                    continue
        # 4. ByPropertyName with conversion
        if by_name:
            self._bind_by_name(obj, by_name, bound, convert=True)
        if not bound and self.params:
            raise _fail(messages.INPUT_NOT_BOUND, "InputObjectNotBound", INVALID_ARGUMENT, target=obj)
        return bound

    def _bind_by_name(self, obj: Any, params: list[Parameter],
                      bound: dict[str, tuple[Parameter, Any]], convert: bool) -> None:
        if obj is None or isinstance(obj, (str, int, float, bool)):
            return
        for param in params:
            if param.name.lower() in bound:
                continue
            for name in (param.name,) + param.aliases:
                if not has_property(obj, name):
                    continue
                value = get_member(obj, name)
                if not convert:
                    if param.type.accepts(value):
                        bound[param.name.lower()] = (param, value)
                    break
                try:
                    bound[param.name.lower()] = (param, convert_argument(param, value, self.meta.name))
                except BindingError:
                    pass
                break
