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
from ..cmdlets.errors import (ACTION_PREFERENCE_STOP_TYPE, ActionPreferenceStop, ErrorRecord,
                              InvocationInfo, PipelineStopped, PSRuntimeError,
                              ScriptTerminatingError, UserStoppedError)
from ..cmdlets.lang.convert import ConversionError, to_string
from ..cmdlets.lang.values import AUTOMATION_NULL, ScriptBlockValue
from ..cmdlets.pipeline import CommandProcessor
from ..cmdlets.registry import CommandRegistry
from ..grammar import ParseError, ast, parse
from .compiler import CompileError, Compiler, TypeRef
from .flow import BreakSignal, ContinueSignal, ExitSignal, FlowSignal, ReturnSignal
from .errortypes import (RUNTIME, ExceptionValue, ThrownException, canonical_exception,
                         exception_matches, inner_exception_of, record_from_thrown)
from .functions import (ERROR_COLLECTOR, FunctionInfo, FunctionProcessor, FunctionSpec, FunctionTable,
                        split_simple_arguments)
from .pipelines import PipelineCompiler, command_not_found, invocation_of
from .scriptblock import CompiledBlock, ScriptBlock
from .session import Scope, SessionState
from .statics import static_member, static_method

Emit = Callable[[Any], None]


class Executor:
    def __init__(self, registry: CommandRegistry, context_factory: Callable[["Executor"], Any]) -> None:
        self.registry = registry
        self.session = SessionState()
        self.compiler = Compiler(self)
        self.pipelines = PipelineCompiler(self)
        self.context = context_factory(self)
        self.functions = FunctionTable(self)
        services = getattr(self.context, "services", None)
        if services is not None and hasattr(services, "provide"):
            services.provide("functions", self.functions)
        self.try_depth = 0
        self._compile_depth = 0
        self.catch_stack: list[ErrorRecord] = []

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
        """Compile a block (and the blocks inside it) once. When the outermost block
        cannot be compiled, the result is a block that fails with that error as soon as
        it runs, before any statement: as a parse error, nothing of the script runs."""
        if self._compile_depth:
            return self._compile_block(node)
        self._compile_depth += 1
        try:
            return self._compile_block(node)
        except (CompileError, RecursionError) as exc:
            record = exc.record if isinstance(exc, CompileError) else ErrorRecord(
                message="The script is nested too deeply to be compiled.", error_id="ScriptTooDeep",
                category="ParserError", exception_type="System.Management.Automation.ParseException")

            def fail(scope: Scope, emit: Emit) -> None:
                raise ScriptTerminatingError(record)
            return CompiledBlock(node, fail, None, (), None, None, fail)
        finally:
            self._compile_depth -= 1

    def _compile_block(self, node: ast.ScriptBlock) -> CompiledBlock:
        gc_was_enabled = gc.isenabled()
        gc.disable()  # compiling allocates many small closures; the cyclic GC only slows it
        try:
            blocks = [b for b in (node.begin, node.process, node.end) if b is not None]
            statements = [s for b in blocks for s in b.statements]
            begin = process = end = None
            if node.has_named_blocks:
                begin = self.compiler.statement_block(node.begin) if node.begin is not None else None
                process = self.compiler.statement_block(node.process) \
                    if node.process is not None else None
                end = self.compiler.statement_block(node.end) if node.end is not None else None
                parts = [b for b in (begin, process, end) if b is not None]

                def body(scope: Scope, emit: Emit) -> None:
                    for part in parts:
                        part(scope, emit)
            else:
                body = self.compiler.statement_block(
                    ast.StatementBlock(node.span, tuple(statements)))
                end = body
            single = None
            if len(statements) == 1 and isinstance(statements[0], ast.Pipeline) and \
                    len(statements[0].elements) == 1 and \
                    isinstance(statements[0].elements[0], ast.CommandExpression):
                single = self.compiler.expression(statements[0].elements[0].expression)  # type: ignore
                single_invocation = invocation_of(statements[0])
            params = ()
            if node.param_block is not None:
                params = tuple(p.variable.name for p in node.param_block.parameters)
            compiled = CompiledBlock(node, body, single, params, begin, process, end)
            if single is not None:
                compiled.single_invocation = single_invocation
            return compiled
        finally:
            if gc_was_enabled:
                gc.enable()

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
                record = _record_of_python_error(exc, invocation)
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
        """Whether `catch [T1],[T2]` takes this error: its exception type or a base of
        it (the .NET hierarchy of shell.errortypes); no types catches everything."""
        if not type_names:
            return True
        record = exc.record
        inner = inner_exception_of(record)
        # PowerShell wraps whatever fails inside a statement in a RuntimeException (the
        # original stays its InnerException), so [RuntimeException] catches all of those;
        # only an exception object thrown as it is (`throw [ArgumentException]::new()`) keeps
        # just its own type.
        wrapped = not isinstance(exc, ThrownException)
        stopped = isinstance(exc, ActionPreferenceStop)
        for name in type_names:
            if wrapped and canonical_exception(name) == RUNTIME.lower():
                return True
            if exception_matches(record.exception_type, name, inner):
                return True
            if stopped and exception_matches(ACTION_PREFERENCE_STOP_TYPE, name, None):
                return True
        return False

    def run_trap(self, traps: list[tuple[str, Any]], exc: PSRuntimeError, scope: Scope, emit: Emit,
                 outer_depth: int) -> None:
        """Handle a terminating error that reached a block with `trap` statements."""
        record = exc.record
        handler = next((body for type_name, body in traps
                        if self.catch_matches((type_name,) if type_name else (), exc)), None)
        session = self.session
        session.last_success = False
        if handler is None:
            if isinstance(exc, ScriptTerminatingError) or outer_depth:
                raise exc
            self.context.report_error(record, display=True)
            return
        previous = scope.vars.get("_", AUTOMATION_NULL)
        scope.vars["_"] = record
        try:
            handler(scope, emit)
        except ContinueSignal as signal:
            if signal.label:
                raise
            session.record_error(record)
            return
        except BreakSignal as signal:
            if signal.label:
                raise
            raise ScriptTerminatingError(record) from None
        finally:
            if previous is AUTOMATION_NULL:
                scope.vars.pop("_", None)
            else:
                scope.vars["_"] = previous
        # Neither continue nor break: the error is written and the script goes on.
        if outer_depth:
            session.record_error(record)
            return
        self.context.report_error(record, display=True)

    def throw_error(self, value: Any, span: Any) -> ScriptTerminatingError:
        if isinstance(value, ExceptionValue) and value.record is None:
            return ThrownException(record_from_thrown(value))
        return ScriptTerminatingError(record_from_thrown(value))

    # ------------------------------------------------------------ commands
    def make_stage(self, name: Any, args: list[Argument], invocation: InvocationInfo,
                   position: int, expects_input: bool, scope: Scope, mode: str = "") -> Any:
        """The pipeline stage for one command element. mode is "", "&" or "."
        (dot-sourcing runs a script block or function in the caller's scope)."""
        dot = mode == "."
        if isinstance(name, ScriptBlock):
            spec = self.spec_of_block(name.compiled, "")
            return self.function_processor(spec, args, invocation, position, expects_input, scope,
                                           dot_source=dot)
        if isinstance(name, ScriptBlockValue):
            raise PSRuntimeError.of("The script block cannot be invoked here.", "CannotInvoke")
        if isinstance(name, FunctionInfo):
            return self.function_processor(name.spec, args, invocation, position, expects_input,
                                           scope, dot_source=dot)
        typed = to_string(name)
        # An alias comes first (PowerShell's precedence: alias, function, cmdlet), and
        # may name a function as well as a cmdlet.
        text = self.registry.alias_target(typed) or typed
        spec = self.find_function(text, scope)
        if spec is not None:
            processor = self.function_processor(spec, args, invocation, position, expects_input,
                                                scope, dot_source=dot)
            processor.cmdlet.invocation_name = typed   # type: ignore[attr-defined]
            return processor
        command = self.registry.resolve(text)
        if command is None:
            raise command_not_found(text, invocation)
        context = self.context if scope is self.session.global_scope else ScopedContext(self.context, scope)
        return CommandProcessor(command, args, context, invocation, position, expects_input)

    def function_processor(self, spec: FunctionSpec, args: list[Argument], invocation: InvocationInfo,
                           position: int, expects_input: bool, scope: Scope,
                           dot_source: bool = False) -> FunctionProcessor:
        command = spec.command
        extras: list[Any] = []
        if not spec.advanced:
            args, extras = split_simple_arguments(command.metadata(), args)
        context = ScopedContext(self.context, scope)
        processor = FunctionProcessor(command, args, context, invocation, position, expects_input)
        cmdlet = processor.cmdlet
        cmdlet.caller_scope = scope          # type: ignore[attr-defined]
        cmdlet.dot_source = dot_source       # type: ignore[attr-defined]
        cmdlet.extra_args = extras           # type: ignore[attr-defined]
        cmdlet.executor = self               # type: ignore[attr-defined]
        cmdlet.invocation = invocation       # type: ignore[attr-defined]
        return processor

    def spec_of_block(self, compiled: CompiledBlock, name: str = "") -> FunctionSpec:
        spec = compiled.function_spec
        if spec is None or spec.name != name:
            spec = FunctionSpec(self, name, compiled, command_type="ScriptBlock")
            compiled.function_spec = spec
        return spec

    def function_spec(self, node: ast.FunctionDefinition) -> FunctionSpec:
        name = node.name
        if ":" in name:
            prefix, rest = name.split(":", 1)
            if prefix.lower() in ("global", "script", "local", "private", "function"):
                name = rest
        return FunctionSpec(self, name, self.compile_script_block(node.body), node.is_filter)

    def define_function(self, node_name: str, spec: FunctionSpec, scope: Scope) -> None:
        target = scope
        prefix = node_name.split(":", 1)[0].lower() if ":" in node_name else ""
        if prefix == "global":
            target = self.session.global_scope
        elif prefix == "script":
            target = self.session.script_scope
        if target.functions is None:
            target.functions = {}
        target.functions[spec.name.lower()] = spec

    def find_function(self, name: str, scope: Scope) -> FunctionSpec | None:
        key = name.lower()
        current: Scope | None = scope
        while current is not None:
            functions = current.functions
            if functions is not None:
                spec = functions.get(key)
                if spec is not None:
                    return spec
            current = current.parent
        return None

    def pipeline_finished(self, stages: list[Any]) -> None:
        """Commit grouped writes at the end of every pipeline that may have changed data."""
        if any(getattr(getattr(s, "command", None), "writes", False) for s in stages):
            self.context.commit()

    # ------------------------------------------------------------ .NET statics
    def static_member(self, target: Any, name: str) -> Any:
        return static_member(target, name, self.context)

    def static_method(self, target: Any, name: str, args: list[Any]) -> Any:
        return static_method(target, name, args, self.context)


def _record_of_python_error(exc: BaseException, invocation: InvocationInfo) -> ErrorRecord:
    """A Python exception that escaped a statement, as the .NET one PowerShell would
    report (an overflow, memory); anything else is our bug, reported as InternalError."""
    if isinstance(exc, OverflowError):
        return ErrorRecord(message="Arithmetic operation resulted in an overflow.",
                           error_id="RuntimeException", category="NotSpecified",
                           invocation=invocation, exception_type="System.OverflowException")
    if isinstance(exc, ConversionError):   # a conversion no caller turned into its own error
        return ErrorRecord(message=str(exc), error_id="InvalidCast", category="InvalidArgument",
                           invocation=invocation,
                           exception_type="System.Management.Automation.PSInvalidCastException")
    if isinstance(exc, MemoryError):
        return ErrorRecord(message="Exception of type 'System.OutOfMemoryException' was thrown.",
                           error_id="System.OutOfMemoryException", category="NotSpecified",
                           invocation=invocation, exception_type="System.OutOfMemoryException")
    return ErrorRecord(message=f"{type(exc).__name__}: {exc}", error_id="InternalError",
                       category="NotSpecified", invocation=invocation,
                       exception_type="System.Exception")


class ScopedContext:
    """The execution context as a command sees it from one scope: preference
    variables (`$ErrorActionPreference` set inside a function, `-WhatIf` on an
    advanced function) are read from that scope; -OutVariable / -ErrorVariable are
    set there. Everything else is the session's context."""

    def __init__(self, base: Any, scope: Scope) -> None:
        self._base = base
        self.scope = scope
        self.host = base.host

    def __getattr__(self, name: str) -> Any:
        return getattr(self._base, name)

    def get_variable(self, name: str) -> Any:
        return self.scope.get(name.lower())

    def set_variable(self, name: str, value: Any) -> None:
        self.scope.set(name, value)

    def report_error(self, record: ErrorRecord, display: bool) -> None:
        self._base.report_error(record, display)
        scope: Scope | None = self.scope
        while scope is not None:
            collector = scope.vars.get(ERROR_COLLECTOR)
            if collector is not None:
                collector.append(record)
            scope = scope.parent

    def service(self, name: str) -> Any:
        if name == "functions":
            return FunctionTable(self._base.executor, self.scope)
        return self._base.service(name)


__all__ = ["Executor", "ScopedContext", "TypeRef", "ParseError", "ParameterArg", "PositionalArg", "Cmdlet",
           "AUTOMATION_NULL", "datetime"]
