"""A small fake world for driving core cmdlets through the real binder and
pipeline: a host that captures text, an execution context with variables and
services, Python-lambda script blocks, and a counting producer cmdlet."""
from __future__ import annotations

from collections.abc import Callable, Iterable
from datetime import datetime
from typing import Any

from lyncshell.cmdlets.base import Cmdlet
from lyncshell.cmdlets.binder import NO_VALUE, ParameterArg, PositionalArg
from lyncshell.cmdlets.core import CORE_CMDLETS
from lyncshell.cmdlets.errors import ErrorRecord, InvocationInfo, PSRuntimeError
from lyncshell.cmdlets.lang.values import AUTOMATION_NULL, ScriptBlockValue
from lyncshell.cmdlets.metadata import INT, Parameter
from lyncshell.cmdlets.pipeline import CommandProcessor, run_pipeline
from lyncshell.cmdlets.registry import CommandRegistry


class FakeHost:
    interactive = False

    def __init__(self) -> None:
        self.text = ""
        self.warnings: list[str] = []
        self.verbose: list[str] = []
        self.debug: list[str] = []

    def write(self, text: str) -> None:
        self.text += text

    def write_line(self, text: str = "") -> None:
        self.text += text + "\n"

    def write_error_line(self, text: str) -> None:
        self.text += text + "\n"

    def write_warning(self, text: str) -> None:
        self.warnings.append(text)

    def write_verbose(self, text: str) -> None:
        self.verbose.append(text)

    def write_debug(self, text: str) -> None:
        self.debug.append(text)

    def write_information(self, message_data: Any, text: str, newline: bool = True,
                          show: bool = True) -> None:
        if show:
            self.text += text + "\n" if newline else text

    def prompt_for_choice(self, caption, message, choices, default) -> int:
        raise AssertionError("no prompts in these tests")

    def read_line(self, prompt: str, secure: bool = False) -> str:
        raise AssertionError("no prompts in these tests")


class FakeContext:
    def __init__(self, services: dict[str, Any] | None = None) -> None:
        self.host = FakeHost()
        self.variables: dict[str, Any] = {}
        self.services = dict(services or {})
        self.errors: list[ErrorRecord] = []
        self.log: list[str] = []

    def get_variable(self, name: str) -> Any:
        return self.variables.get(name.lower())

    def set_variable(self, name: str, value: Any) -> None:
        self.variables[name.lower()] = value

    def service(self, name: str) -> Any:
        return self.services[name]

    def authorize(self, command) -> None:
        pass

    def authorize_target(self, command, target) -> bool:
        return True

    def report_error(self, record: ErrorRecord, display: bool) -> None:
        self.errors.append(record)

    def before_prompt(self) -> None:
        pass

    def suspend(self) -> None:
        pass

    def now(self) -> datetime:
        return datetime(2012, 9, 25, 13, 35, 3)

    def prompt_for_parameter(self, command, position, param_name, type_name) -> Any:
        raise PSRuntimeError.of("Cannot process command because of one or more missing mandatory "
                                f"parameters: {param_name}.", "MissingMandatoryParameter")


class Block(ScriptBlockValue):
    """A script block whose body is a Python function of `$_`.

    The function's return value is the block's single output; with many=True it
    returns an iterable of outputs (empty: the block outputs nothing)."""

    def __init__(self, fn: Callable[[Any], Any], text: str = "", many: bool = False) -> None:
        self.fn = fn
        self._text = text
        self.many = many
        self.calls = 0

    @property
    def text(self) -> str:
        return self._text

    def _outputs(self, dollar_under: Any) -> list[Any]:
        self.calls += 1
        result = self.fn(dollar_under)
        return list(result) if self.many else [result]

    def invoke(self, dollar_under: Any = AUTOMATION_NULL, args: tuple[Any, ...] = (),
               sink: Callable[[Any], None] | None = None) -> list[Any]:
        return self.invoke_in_scope(dollar_under, sink)

    def invoke_in_scope(self, dollar_under: Any, sink: Callable[[Any], None] | None = None) -> list[Any]:
        out: list[Any] = []
        emit = sink or out.append
        for value in self._outputs(dollar_under):
            # a statement's array output unrolls into the pipeline
            if isinstance(value, (list, tuple)):
                for item in value:
                    emit(item)
            else:
                emit(value)
        return out

    def invoke_single(self, dollar_under: Any) -> Any:
        values = self.invoke_in_scope(dollar_under)
        if not values:
            return AUTOMATION_NULL
        return values[0] if len(values) == 1 else values


def sb(fn: Callable[[Any], Any], text: str = "") -> Block:
    return Block(fn, text)


def sb_many(fn: Callable[[Any], Iterable[Any]], text: str = "") -> Block:
    return Block(fn, text, many=True)


class Produce(Cmdlet):
    """Test-only head command: writes 1..Count and logs each object it produced."""

    name = "Produce-Numbers"
    parameters = (Parameter("Count", INT, position=0, default=10),)

    def process(self) -> None:
        log = self.service("log")
        for number in range(1, self.count + 1):
            log.append(f"produce {number}")
            self.write_object(number)


class Named:
    """`-Name:value` (or `-Name` with value bound through the colon form)."""

    def __init__(self, name: str, value: Any = NO_VALUE) -> None:
        self.name = name
        self.value = value


class Lit:
    """A positional argument that would otherwise look like a parameter name."""

    def __init__(self, value: Any) -> None:
        self.value = value


REGISTRY = CommandRegistry(CORE_CMDLETS + (Produce,))


def to_arguments(args: Iterable[Any]) -> list[Any]:
    result: list[Any] = []
    for arg in args:
        if isinstance(arg, Named):
            result.append(ParameterArg(arg.name, arg.value, f"-{arg.name}:"))
        elif isinstance(arg, Lit):
            result.append(PositionalArg(arg.value))
        elif isinstance(arg, str) and len(arg) > 1 and arg[0] == "-" and arg[1].isalpha():
            result.append(ParameterArg(arg[1:], NO_VALUE, arg))
        else:
            result.append(PositionalArg(arg, arg if isinstance(arg, str) else ""))
    return result


class Run:
    """The result of a pipeline: its output objects, errors, host text and log."""

    def __init__(self, ctx: FakeContext, output: list[Any]) -> None:
        self.ctx = ctx
        self.output = output
        self.errors = ctx.errors
        self.host = ctx.host
        self.log = ctx.log


def run(*commands: tuple[Any, ...], input: Iterable[Any] | None = None,
        ctx: FakeContext | None = None, services: dict[str, Any] | None = None) -> Run:
    """run(("Where-Object", "Name", "-EQ", "x"), ..., input=[...])."""
    ctx = ctx or FakeContext(services)
    ctx.log = ctx.services.setdefault("log", ctx.log)
    output: list[Any] = []
    stages = []
    for position, (name, *args) in enumerate(commands, start=1):
        command = REGISTRY.resolve(name) if isinstance(name, str) else name
        assert command is not None, name
        expects_input = position > 1 or input is not None
        stages.append(CommandProcessor(command, to_arguments(args), ctx,
                                       InvocationInfo(command_name=command.name), position,
                                       expects_input))

    def sink(obj: Any) -> None:
        ctx.log.append(f"out {obj!r}")
        output.append(obj)

    run_pipeline(stages, sink, input)
    return Run(ctx, output)
