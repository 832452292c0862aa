"""The executor: parse, compile once, run statements, route errors and output.

One Executor serves a whole session (the REPL, `-Command` and `-File` share it).
"""
from __future__ import annotations

import gc
from collections.abc import Callable
from datetime import datetime
from typing import Any

from ..cmdlets.base import Cmdlet
from ..cmdlets.binder import Argument, ParameterArg, PositionalArg
from ..cmdlets.errors import (ErrorRecord, InvocationInfo, PipelineStopped, PSRuntimeError,
                              ScriptTerminatingError, UserStoppedError)
from ..cmdlets.lang.convert import to_string
from ..cmdlets.lang.values import AUTOMATION_NULL, ScriptBlockValue
from ..cmdlets.pipeline import CommandProcessor
from ..cmdlets.registry import CommandRegistry
from ..grammar import ParseError, ast, parse
from .compiler import Compiler, TypeRef
from .flow import BreakSignal, ContinueSignal, ExitSignal, FlowSignal, ReturnSignal
from .functions import FunctionStage
from .pipelines import PipelineCompiler, command_not_found, invocation_of
from .scriptblock import CompiledBlock
from .session import Scope, SessionState
from .statics import static_member, static_method

Emit = Callable[[Any], None]


class Executor:
    def __init__(self, registry: CommandRegistry, context_factory: Callable[["Executor"], Any]) -> None:
        self.registry = registry
        self.session = SessionState()
        self.compiler = Compiler(self)
        self.pipelines = PipelineCompiler(self)
        self.functions: dict[str, tuple[str, CompiledBlock, Scope]] = {}
        self.context = context_factory(self)
        self.try_depth = 0

    # ------------------------------------------------------------ entry points
    def parse(self, text: str, source_name: str = "") -> ast.ScriptBlock:
        return parse(text, source_name)

    def run_script(self, tree: ast.ScriptBlock, emit: Emit, scope: Scope | None = None) -> None:
        """Run a parsed script. Terminating errors that escape the statements are
        reported here; ExitSignal propagates to the caller (the CLI decides codes)."""
        compiled = self.compile_script_block(tree)
        target = scope or self.session.global_scope
        try:
            compiled.body(target, emit)
        except ReturnSignal:
            pass
        except (BreakSignal, ContinueSignal):
            pass  # a break outside any loop ends the script silently, as in PowerShell
        except ScriptTerminatingError as exc:
            self.session.last_success = False
            self.context.report_error(exc.record, display=True)
            raise
        except UserStoppedError:
            self.session.last_success = False
            raise

    def compile_script_block(self, node: ast.ScriptBlock) -> CompiledBlock:
        gc_was_enabled = gc.isenabled()
        gc.disable()  # compiling allocates many small closures; the cyclic GC only slows it
        try:
            blocks = [b for b in (node.begin, node.process, node.end) if b is not None]
            statements = [s for b in blocks for s in b.statements]
            body = self.compiler.statement_block(
                ast.StatementBlock(node.span, tuple(statements)))
            single = None
            if len(statements) == 1 and isinstance(statements[0], ast.Pipeline) and \
                    len(statements[0].elements) == 1 and \
                    isinstance(statements[0].elements[0], ast.CommandExpression):
                single = self._guarded_expression(statements[0])
            params = ()
            if node.param_block is not None:
                params = tuple(p.variable.name for p in node.param_block.parameters)
            return CompiledBlock(node, body, single, params)
        finally:
            if gc_was_enabled:
                gc.enable()

    def _guarded_expression(self, statement: ast.Pipeline) -> Callable[[Scope], Any]:
        expression = self.compiler.expression(statement.elements[0].expression)  # type: ignore
        invocation = invocation_of(statement)

        def run(scope: Scope) -> Any:
            try:
                return expression(scope)
            except PSRuntimeError as exc:
                exc.record = exc.record.with_invocation(invocation)
                raise
        return run

    # ------------------------------------------------------------ statements
    def guard_statement(self, compiled: Callable[[Scope, Emit], None], node: ast.Statement
                        ) -> Callable[[Scope, Emit], None]:
        """Statement-terminating errors end one statement; the script goes on.
        Inside try (dynamically) they propagate to the catch instead."""
        invocation = invocation_of(node)
        session = self.session
        context_holder = self

        def run(scope: Scope, emit: Emit) -> None:
            try:
                compiled(scope, emit)
            except ScriptTerminatingError as exc:
                exc.record = exc.record.with_invocation(invocation)
                raise
            except (FlowSignal, UserStoppedError, PipelineStopped, KeyboardInterrupt):
                raise
            except PSRuntimeError as exc:
                exc.record = exc.record.with_invocation(invocation)
                session.last_success = False
                if context_holder.try_depth:
                    raise
                context_holder.context.report_error(exc.record, display=True)
            except RecursionError:
                record = ErrorRecord(message="The script failed due to call depth overflow.",
                                     error_id="CallDepthOverflow", category="InvalidOperation",
                                     invocation=invocation)
                session.last_success = False
                context_holder.context.report_error(record, display=True)
            except Exception as exc:  # noqa: BLE001 - never show a Python traceback
                record = ErrorRecord(message=f"{type(exc).__name__}: {exc}", error_id="InternalError",
                                     category="NotSpecified", invocation=invocation,
                                     exception_type="System.Exception")
                session.last_success = False
                if context_holder.try_depth:
                    raise PSRuntimeError(record) from exc
                context_holder.context.report_error(record, display=True)
        return run

    def run_protected(self, body: Callable[[Scope, Emit], None], scope: Scope, emit: Emit) -> None:
        self.try_depth += 1
        try:
            body(scope, emit)
        finally:
            self.try_depth -= 1

    def catch_matches(self, type_names: tuple[str, ...], exc: PSRuntimeError) -> bool:
        if not type_names:
            return True
        exception = exc.record.exception_type.lower()
        short = exception.rsplit(".", 1)[-1]
        for name in type_names:
            wanted = name.lower().removeprefix("system.")
            if wanted in ("exception", "management.automation.runtimeexception", "runtimeexception"):
                return True
            if exception.endswith(wanted) or short == wanted.rsplit(".", 1)[-1]:
                return True
        return False

    def throw_error(self, value: Any, span: Any) -> ScriptTerminatingError:
        if isinstance(value, ErrorRecord):
            record = value
        else:
            message = to_string(value) if value is not None else "ScriptHalted"
            record = ErrorRecord(message=message, error_id=message if value is not None else "ScriptHalted",
                                 category="OperationStopped", target=value,
                                 exception_type="System.Management.Automation.RuntimeException",
                                 activity="")
        return ScriptTerminatingError(record)

    # ------------------------------------------------------------ commands
    def make_stage(self, name: Any, args: list[Argument], invocation: InvocationInfo,
                   position: int, expects_input: bool, scope: Scope) -> Any:
        if isinstance(name, ScriptBlockValue):
            return FunctionStage("", name, args, self, invocation, expects_input)
        text = to_string(name)
        function = self.functions.get(text.lower())
        if function is not None:
            display, block, defining_scope = function
            return FunctionStage(display, block.bind(defining_scope), args, self, invocation,
                                 expects_input)
        command = self.registry.resolve(text)
        if command is None:
            raise command_not_found(text, invocation)
        return CommandProcessor(command, args, self.context, invocation, position, expects_input)

    def define_function(self, name: str, block: ast.ScriptBlock, scope: Scope) -> None:
        self.functions[name.lower()] = (name, self.compile_script_block(block), scope)

    def pipeline_finished(self, stages: list[Any]) -> None:
        """Commit grouped writes at the end of every pipeline that may have changed data."""
        if any(getattr(getattr(s, "command", None), "writes", False) for s in stages):
            self.context.commit()

    # ------------------------------------------------------------ .NET statics
    def static_member(self, target: Any, name: str) -> Any:
        return static_member(target, name, self.context)

    def static_method(self, target: Any, name: str, args: list[Any]) -> Any:
        return static_method(target, name, args, self.context)


__all__ = ["Executor", "TypeRef", "ParseError", "ParameterArg", "PositionalArg", "Cmdlet",
           "AUTOMATION_NULL", "datetime"]
