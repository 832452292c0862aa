"""Running a function or a script block (`& { }`) as a pipeline stage.

This is the simple-function model: arguments bind to the param() names by name
or position, leftovers go to `$args`, pipeline input is collected into `$input`
and the body runs once at the end, as PowerShell does for a function without a
process block.
"""
from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from ..cmdlets.binder import NO_VALUE, Argument, ParameterArg, PositionalArg
from ..cmdlets.errors import InvocationInfo
from ..cmdlets.lang.values import SwitchValue

if TYPE_CHECKING:
    from .executor import Executor
    from .scriptblock import ScriptBlock


class FunctionStage:
    def __init__(self, name: str, block: "ScriptBlock", args: list[Argument], executor: "Executor",
                 invocation: InvocationInfo, expects_input: bool) -> None:
        self.name = name
        self.block = block
        self.args = args
        self.executor = executor
        self.invocation = invocation
        self.expects_input = expects_input
        self.downstream: Callable[[Any], None] = lambda obj: None
        self.input: list[Any] = []
        self.had_error = False

    def begin(self) -> None:
        pass

    def process(self, obj: Any) -> None:
        self.input.append(obj)

    def process_without_input(self) -> None:
        pass

    def end(self) -> None:
        names = [n.lower() for n in self.block.compiled.param_names]
        named: dict[str, Any] = {}
        positional: list[Any] = []
        args = self.args
        index = 0
        while index < len(args):
            arg = args[index]
            index += 1
            if isinstance(arg, ParameterArg):
                match = [n for n in names if n.startswith(arg.name.lower())]
                if len(match) == 1:
                    if arg.value is not NO_VALUE:
                        named[match[0]] = arg.value
                    elif index < len(args) and isinstance(args[index], PositionalArg):
                        named[match[0]] = args[index].value  # type: ignore[union-attr]
                        index += 1
                    else:
                        named[match[0]] = SwitchValue(True)
                    continue
                positional.append(arg.text or "-" + arg.name)
                if arg.value is not NO_VALUE:
                    positional.append(arg.value)
            else:
                positional.append(arg.value)
        scope = self.block.scope.child()
        for name in self.block.compiled.param_names:
            key = name.lower()
            if key in named:
                scope.set(name, named[key])
            elif positional:
                scope.set(name, positional.pop(0))
            else:
                scope.set(name, None)
        scope.set("args", positional)
        scope.set("input", list(self.input))
        self.block._run(scope, self.downstream)

