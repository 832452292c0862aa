"""The streaming pipeline: command processors, error routing and ShouldProcess.

PowerShell's order: `begin` for every command left to right, then each object
flows downstream one at a time through `process`, then `end` left to right (an
`end` may still write objects that flow through the later commands' `process`).
Nothing is buffered between commands, so memory stays flat however many
objects pass.
"""
from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import replace
from functools import lru_cache
from datetime import datetime
from typing import Any, Protocol

from . import messages
from .base import Cmdlet, Host
from .binder import (Argument, BindingError, PipelineBinder, bind_command_line, choose_set,
                     convert_argument, missing_mandatory)
from .metadata import BY_VALUE, PSOBJECT
from .errors import (ACTION_PREFERENCE_STOP_TYPE, ActionPreferenceStop, ErrorRecord,
                     InvocationInfo, OPERATION_STOPPED, PSRuntimeError,
                     PipelineStopped, ScriptTerminatingError, UserStoppedError, INVALID_ARGUMENT)
from .lang.convert import to_string
from .streams import InformationRecord, WarningRecord
from .redaction import mask_arguments, mask_values, secret_argument_masker
from .lang.values import AUTOMATION_NULL, SwitchValue

CONFIRM_LEVELS = {"none": 0, "low": 1, "medium": 2, "high": 3}

YES, YES_TO_ALL, NO, NO_TO_ALL, SUSPEND = range(5)
CONFIRM_CHOICES: list[tuple[str, str]] = [
    ("&Yes", "Continue with only the next step of the operation."),
    ("Yes to &All", "Continue with all the steps of the operation."),
    ("&No", "Skip this operation and proceed with the next operation."),
    ("No to A&ll", "Skip this operation and all subsequent operations."),
    ("&Suspend", 'Pause the current pipeline and return to the command prompt. Type "exit" to '
                 "resume the pipeline."),
]


class ExecutionContext(Protocol):
    """What the shell (the composition root) provides to every running command."""

    host: Host

    def get_variable(self, name: str) -> Any: ...
    def set_variable(self, name: str, value: Any) -> None: ...
    def service(self, name: str) -> Any: ...
    def authorize(self, command: type[Cmdlet]) -> None: ...        # raises PSRuntimeError when denied
    def authorize_target(self, command: type[Cmdlet], target: Any) -> ErrorRecord | None: ...
    def report_error(self, record: ErrorRecord, display: bool) -> None: ...  # $Error and stderr
    def before_prompt(self) -> None: ...    # commit pending changes: never group commits across a prompt
    def suspend(self) -> None: ...          # nested prompt for [S] Suspend
    def now(self) -> datetime: ...
    def prompt_for_parameter(self, command: str, position: int, param_name: str,
                             type_name: str) -> Any: ...


class CommandProcessor:
    """Runs one cmdlet in a pipeline and is its CommandRuntime."""

    def __init__(self, command: type[Cmdlet], args: list[Argument], ctx: ExecutionContext,
                 invocation: InvocationInfo, position: int, expects_input: bool) -> None:
        self.command = command
        self.command_name = command.name
        self.args = args
        self.ctx = ctx
        self.host = ctx.host
        self.invocation = replace(invocation, command_name=command.name)
        secret_names = [n for p in command.metadata().declared if p.secret for n in (p.name,) + p.aliases]
        masked = mask_arguments(self.invocation.line_text,
                                _secret_masker(tuple(secret_names)))
        if masked != self.invocation.line_text:
            self.invocation = replace(self.invocation, line_text=masked)
        self.position = position
        self.expects_input = expects_input
        self.downstream: Callable[[Any], None] = lambda obj: None
        self.cmdlet = command()
        self.cmdlet.runtime = self
        self.binder: PipelineBinder | None = None
        self.had_error = False
        self.error_action = "continue"
        self.error_variable: str | None = None
        self.warning_variable: str | None = None
        self.information_variable: str | None = None
        self.warning_action = "continue"
        self.out_variable: str | None = None
        self.out_values: list[Any] = []
        self.what_if = False
        self.confirm_level: int | None = None   # effective $ConfirmPreference for this command
        self.yes_to_all = False
        self.no_to_all = False
        self.verbose = False
        self.static_attrs: dict[str, Any] = {}
        self._missing_by_binding: dict[frozenset[str], tuple[str, ...]] = {}
        self._fast_attribute: str | None = None
        self._fast_accepts: Callable[[Any], bool] = lambda obj: False

    # ------------------------------------------------------------- life cycle
    def begin(self) -> None:
        try:
            self._begin()
        except PSRuntimeError as exc:
            exc.record = self._attribute(exc.record)
            raise

    def _begin(self) -> None:
        self.ctx.authorize(self.command)
        try:
            binding = bind_command_line(self.command.metadata(), self.args)
        except BindingError as exc:
            raise PSRuntimeError(self._attribute(exc.record)) from None
        self._apply_common(binding)
        meta = self.command.metadata()
        for param in missing_mandatory(meta, binding, self.expects_input):
            value = self.ctx.prompt_for_parameter(self.command_name, self.position, param.name,
                                                  param.type.name)
            try:
                binding.bound[param.name.lower()] = (param, convert_argument(param, value, meta.name))
            except BindingError as exc:
                raise PSRuntimeError(self._attribute(exc.record)) from None
        cmdlet = self.cmdlet
        for key, (param, value) in binding.bound.items():
            if param in meta.declared:
                setattr(cmdlet, param.attribute, value)
            cmdlet.bound[param.name] = value  # $PSBoundParameters holds common parameters too
        cmdlet.parameter_set = choose_set(meta, binding.candidate_sets)
        secrets = [to_string(value) for _, (param, value) in binding.bound.items()
                   if param.secret and value is not None]
        if secrets:
            self.invocation = replace(self.invocation,
                                      line_text=mask_values(self.invocation.line_text, secrets))
        self.static_attrs = {p.attribute: getattr(cmdlet, p.attribute) for p in meta.declared}
        if self.expects_input:
            self.binder = PipelineBinder(meta, binding)
            self._plan_fast_path()
        self._call(cmdlet.begin)
        if self._fast_attribute is not None and type(self).process is CommandProcessor.process:
            # After begin: a cmdlet may pick its own process implementation there.
            self.process = self._specialised_process()  # type: ignore[method-assign]

    def process(self, obj: Any) -> None:
        """One pipeline object arrives. This is the hot path of every pipeline:
        everything that does not depend on the object was worked out in begin."""
        cmdlet = self.cmdlet
        fast = self._fast_attribute
        if fast is not None and obj is not None and self._fast_accepts(obj):
            # The common case: one parameter takes each object as it is (InputObject).
            cmdlet.current = obj
            setattr(cmdlet, fast, obj)
            try:
                cmdlet.process()
            except PSRuntimeError as exc:
                exc.record = self._attribute(exc.record)
                raise
            return
        cmdlet.current = obj
        binder = self.binder
        if binder is None or not binder.params:
            self._call(cmdlet.process)
            return
        try:
            bound = binder.bind(obj)
        except BindingError as exc:
            self.write_error(self._attribute(exc.record))
            return
        if not self._complete(bound):
            self.write_error(self._attribute(ErrorRecord(
                message=messages.INPUT_NOT_BOUND, error_id="InputObjectNotBound",
                category=INVALID_ARGUMENT, target=obj,
                exception_type="System.Management.Automation.ParameterBindingException")))
            return
        attrs = self.static_attrs
        for param, value in bound.values():
            setattr(cmdlet, param.attribute, value)
        try:
            self._call(cmdlet.process)
        finally:
            for param, _value in bound.values():
                name = param.attribute
                setattr(cmdlet, name, attrs[name])

    def _specialised_process(self) -> Callable[[Any], None]:
        """`process` for a command whose objects take the fast path, with everything
        it needs bound as locals; run_pipeline wires it in after begin (the instance
        attribute shadows the method). Other objects go to the general method."""
        cmdlet = self.cmdlet
        attribute = self._fast_attribute
        accepts = self._fast_accepts
        accepts_all = accepts is PSOBJECT.accepts   # [PSObject] takes any object as it is
        run = cmdlet.process
        general = CommandProcessor.process.__get__(self)
        attribute_error = self._attribute
        if type(cmdlet).process_object is not None:
            take = cmdlet.process_object   # type: ignore[misc]

            def process_taking(obj: Any) -> None:
                if obj is not None and (accepts_all or accepts(obj)):
                    try:
                        take(obj)
                    except PSRuntimeError as exc:
                        exc.record = attribute_error(exc.record)
                        raise
                    return
                general(obj)
            return process_taking

        def process(obj: Any) -> None:
            if obj is not None and (accepts_all or accepts(obj)):
                cmdlet.current = obj
                setattr(cmdlet, attribute, obj)   # type: ignore[arg-type]
                try:
                    run()
                except PSRuntimeError as exc:
                    exc.record = attribute_error(exc.record)
                    raise
                return
            general(obj)
        return process

    def _plan_fast_path(self) -> None:
        """When exactly one parameter takes pipeline objects, by value and as they
        are, and binding it completes the parameter set, each object needs no binder."""
        binder = self.binder
        if binder is None or len(binder.params) != 1:
            return
        param = binder.params[0]   # by property name too is fine: bound by value, it is done
        if not param.pipeline & BY_VALUE or not self._complete({param.name.lower(): (param, None)}):
            return
        self._fast_attribute = param.attribute
        self._fast_accepts = param.type.accepts

    def _complete(self, bound: dict[str, tuple[Any, Any]]) -> bool:
        """Whether the mandatory parameters of the set this object selects are all
        bound; cached per combination of pipeline-bound parameters."""
        key = frozenset(bound)
        missing = self._missing_by_binding.get(key)
        if missing is None:
            meta = self.command.metadata()
            binding_sets = self.binder.binding.candidate_sets  # type: ignore[union-attr]
            sets = [s for s in binding_sets if all(p.in_set(s) for p, _ in bound.values())]
            set_name = choose_set(meta, sets or binding_sets)
            missing = tuple(p.name for p in meta.declared
                            if p.is_mandatory_in(set_name) and p.name not in self.cmdlet.bound
                            and p.name.lower() not in bound)
            self._missing_by_binding[key] = missing
        return not missing

    def process_without_input(self) -> None:
        """The command heads its pipeline: process runs once, with no object."""
        self.cmdlet.current = AUTOMATION_NULL
        self._call(self.cmdlet.process)

    def end(self) -> None:
        self._call(self.cmdlet.end)
        if self.out_variable:
            values = self.out_values
            self.ctx.set_variable(self.out_variable, values[0] if len(values) == 1 else list(values))

    def _call(self, step: Callable[[], None]) -> None:
        try:
            step()
        except PSRuntimeError as exc:
            exc.record = self._attribute(exc.record)
            raise
        except (PipelineStopped, UserStoppedError, KeyboardInterrupt):
            raise

    # ------------------------------------------------------------- runtime
    def write_object(self, obj: Any, enumerate_collection: bool = False) -> None:
        if enumerate_collection and isinstance(obj, (list, tuple)):
            for item in obj:
                self._emit(item)
        elif self.out_variable is None:
            self.downstream(obj)   # the per-object case, one call fewer
        else:
            self._emit(obj)

    def _emit(self, obj: Any) -> None:
        if self.out_variable is not None:
            self.out_values.append(obj)
        self.downstream(obj)

    def write_error(self, record: ErrorRecord) -> None:
        record = self._attribute(record)
        self.had_error = True
        action = self.error_action
        if action == "stop":
            raise ActionPreferenceStop(record)
        if self.error_variable:
            self._collect(self.error_variable, record)
        if action == "ignore":
            return
        self.ctx.report_error(record, display=(action != "silentlycontinue"))

    def _collect(self, variable: str, item: Any) -> None:
        """-ErrorVariable / -WarningVariable / -InformationVariable: the records this
        command writes, in a list (`+name` appends to what the variable holds)."""
        name, append = variable, False
        if name.startswith("+"):
            name, append = name[1:], True
        existing = self.ctx.get_variable(name) if append else None
        items = list(existing) if isinstance(existing, list) else []
        self.ctx.set_variable(name, items + [item])

    def write_warning(self, text: str) -> None:
        action = self.warning_action
        if self.warning_variable and action != "ignore":
            self._collect(self.warning_variable, WarningRecord(text))
        if action == "stop":
            raise ActionPreferenceStop(self._attribute(ErrorRecord(
                message=messages.PREFERENCE_STOP.format(preference="WarningPreference",
                                                        message=text),
                error_id="ActionPreferenceStop", category=OPERATION_STOPPED,
                exception_type=ACTION_PREFERENCE_STOP_TYPE)))
        if action in ("silentlycontinue", "ignore"):
            return
        self.host.write_warning(text)

    def write_information(self, message_data: Any, text: str, newline: bool = True,
                          show: bool = True) -> None:
        """Stream 6 (Write-Host, Write-Information), kept by -InformationVariable."""
        if self.information_variable:
            self._collect(self.information_variable, InformationRecord(message_data))
        self.host.write_information(message_data, text, newline, show)

    def write_verbose(self, text: str) -> None:
        if self.verbose:
            self.host.write_verbose(text)

    def service(self, name: str) -> Any:
        return self.ctx.service(name)

    def get_variable(self, name: str) -> Any:
        return self.ctx.get_variable(name)

    def set_variable(self, name: str, value: Any) -> None:
        self.ctx.set_variable(name, value)

    def now(self) -> datetime:
        return self.ctx.now()

    # ------------------------------------------------------------- ShouldProcess
    def should_process(self, target: str, action: str | None = None,
                       target_object: Any = None) -> bool:
        """PowerShell's ShouldProcess; first asks rbac whether this target is in scope
        (a denied target writes its error and is skipped)."""
        action = action or self.command_name
        denial = self.ctx.authorize_target(self.command, target if target_object is None else target_object)
        if denial is not None:
            self.write_error(denial)
            return False
        if self.what_if:
            self.host.write_line(messages.WHAT_IF.format(action=action, target=target))
            return False
        impact = CONFIRM_LEVELS.get(self.command.confirm_impact.lower(), 2)
        level = self.confirm_level
        if level is None:
            level = CONFIRM_LEVELS.get(to_string(self.ctx.get_variable("ConfirmPreference")).lower(), 3)
        if level == 0 or impact < level or self.yes_to_all:
            if self.verbose:
                self.host.write_verbose(messages.SHOULD_PROCESS.format(action=action, target=target))
            return True
        if self.no_to_all:
            return False
        return self._confirm(action, target)

    def _confirm(self, action: str, target: str) -> bool:
        if not self.host.interactive:
            raise PSRuntimeError(self._attribute(ErrorRecord(
                message=messages.NONINTERACTIVE_PROMPT, error_id="HostFunctionNotImplemented",
                category="ResourceUnavailable",
                exception_type="System.Management.Automation.Host.HostException")))
        self.ctx.before_prompt()
        while True:
            choice = self.host.prompt_for_choice(
                messages.CONFIRM_CAPTION,
                messages.CONFIRM_QUERY + "\n" + messages.SHOULD_PROCESS.format(action=action, target=target),
                CONFIRM_CHOICES, YES)
            if choice == YES:
                return True
            if choice == YES_TO_ALL:
                self.yes_to_all = True
                return True
            if choice == NO:
                return False
            if choice == NO_TO_ALL:
                self.no_to_all = True
                return False
            if choice == SUSPEND:
                self.ctx.suspend()
                continue
            raise UserStoppedError(messages.STOPPED_BY_USER)

    # ------------------------------------------------------------- helpers
    def _apply_common(self, binding: Any) -> None:
        get = binding.value
        error_action = get("ErrorAction")
        if error_action is None:
            preference = to_string(self.ctx.get_variable("ErrorActionPreference")) or "Continue"
            error_action = preference
            force = get("Force")
            if getattr(self.command, "force_suppresses_errors", False) and _truthy_switch(force):
                error_action = "SilentlyContinue"
        self.error_action = to_string(error_action).lower()
        self.error_variable = get("ErrorVariable")
        self.out_variable = get("OutVariable")
        self.warning_variable = get("WarningVariable")
        self.information_variable = get("InformationVariable")
        warning_action = get("WarningAction")
        if warning_action is None:
            warning_action = self.ctx.get_variable("WarningPreference") or "Continue"
        self.warning_action = to_string(warning_action).lower()
        self.verbose = _truthy_switch(get("Verbose")) or \
            to_string(self.ctx.get_variable("VerbosePreference")).lower() == "continue"
        if self.command.supports_should_process:
            what_if = get("WhatIf")
            self.what_if = _truthy_switch(what_if) if what_if is not None else \
                bool(self.ctx.get_variable("WhatIfPreference"))
            confirm = get("Confirm")
            if confirm is not None:
                self.confirm_level = CONFIRM_LEVELS["low"] if _truthy_switch(confirm) else 0
            elif _truthy_switch(get("Force")):
                # The documented -Force pattern: skip default confirmation unless -Confirm is explicit.
                self.confirm_level = 0

    def _attribute(self, record: ErrorRecord) -> ErrorRecord:
        """Attach the invocation (position, command) and the command's error id suffix."""
        if record.activity is None:
            record = replace(record, activity=self.command_name)
        if record.fully_qualified_suffix is None and self.command.implementing_type:
            record = replace(record, fully_qualified_suffix=self.command.implementing_type)
        return record.with_invocation(self.invocation)


@lru_cache(maxsize=256)
def _secret_masker(own_names: tuple[str, ...]) -> Any:
    return secret_argument_masker(own_names)


def _truthy_switch(value: Any) -> bool:
    if isinstance(value, SwitchValue):
        return value.is_present
    return bool(value)


class Stage(Protocol):
    def begin(self) -> None: ...
    def process(self, obj: Any) -> None: ...
    def process_without_input(self) -> None: ...
    def end(self) -> None: ...
    downstream: Callable[[Any], None]


def run_pipeline(stages: list[Stage], sink: Callable[[Any], None],
                 head_input: Iterable[Any] | None) -> None:
    """Run stages in PowerShell's begin/process/end order, streaming objects.

    head_input: the objects an expression at the head of the pipeline produced
    (None when a command heads it). A PipelineStopped raised downstream (e.g. by
    Select-Object -First) ends the upstream work and still runs the remaining
    end blocks from the stopping stage on.
    """
    began = [False] * len(stages)

    def begin(index: int) -> None:
        if not began[index]:
            began[index] = True
            stages[index].begin()

    def deliver_early(index: int) -> Callable[[Any], None]:
        # An object written in a begin block reaches the next command at once; that
        # command runs its own begin first (PowerShell's RanBeginAlready), so nothing
        # written in begin is lost or seen by a command that has not begun.
        def deliver(obj: Any) -> None:
            begin(index)
            stages[index].process(obj)
        return deliver

    for index, stage in enumerate(stages):
        stage.downstream = deliver_early(index + 1) if index + 1 < len(stages) else sink
    for index in range(len(stages)):
        begin(index)
    for index, stage in enumerate(stages[:-1]):
        # Begin may have specialised the next stage's process (the fast path).
        stage.downstream = stages[index + 1].process
    first_to_end = 0
    try:
        if head_input is None:
            stages[0].process_without_input()
        else:
            head = stages[0].process
            for obj in head_input:
                head(obj)
    except PipelineStopped as stop:
        first_to_end = _stopping_index(stages, stop)
    index = first_to_end
    while index < len(stages):
        try:
            stages[index].end()
            index += 1
        except PipelineStopped as stop:
            # An end block may stop its upstream too: go on with the stages after it.
            index = _stopping_index(stages, stop) + 1


def _stopping_index(stages: list[Stage], stop: PipelineStopped) -> int:
    """Which stage asked to stop; a stop from some other (outer) pipeline passes on."""
    source = getattr(stop, "stage", None)
    for index, stage in enumerate(stages):
        if stage is source or getattr(stage, "cmdlet", None) is source:
            return index
    raise stop
