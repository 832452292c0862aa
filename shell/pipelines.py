"""Compiles a pipeline statement: command lookup, argument closures, and the
stages that `run_pipeline` streams objects through."""
from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from ..cmdlets import messages
from ..cmdlets.binder import Argument, ParameterArg, PositionalArg
from ..cmdlets.errors import ErrorRecord, InvocationInfo, OBJECT_NOT_FOUND, PSRuntimeError
from ..cmdlets.lang.convert import to_string
from ..cmdlets.lang.values import AUTOMATION_NULL, Hashtable, SwitchValue
from ..cmdlets.pipeline import CommandProcessor, run_pipeline
from ..cmdlets.redaction import mask_arguments, secret_argument_masker
from ..grammar import ast
from .session import Scope
from .streams import ExpressionStage, RedirectedStage, compile_redirections

if TYPE_CHECKING:
    from .compiler import Compiler, Emit, Expr, Stmt
    from .executor import Executor

ArgProducer = Callable[[Scope, list[Argument]], None]


_SECRETS = secret_argument_masker()


def invocation_of(node: ast.Node) -> InvocationInfo:
    """Where a node stands, for error records; a PIN or password typed anywhere on
    the line is masked (the line is shown whatever command fails on it)."""
    span = node.span
    line_text = mask_arguments(span.source.line_text(span.line), _SECRETS)
    length = (span.end_column - span.column) if span.end_line == span.line \
        else len(line_text) - span.column + 1
    return InvocationInfo(command_name=None, script_name=span.source.name, line=span.line,
                          column=span.column, line_text=line_text, extent_length=max(length, 1))


class PipelineCompiler:
    def __init__(self, executor: "Executor") -> None:
        self.executor = executor

    def compile(self, node: ast.Pipeline, compiler: "Compiler") -> "Stmt":
        elements = list(node.elements)
        head: Expr | None = None
        builders: list[Callable[[Scope], Any]] = []
        first = elements[0]
        if isinstance(first, ast.CommandExpression):
            head = compiler.expression(first.expression)
            elements = elements[1:]
        elif isinstance(first, ast.RedirectedExpression):
            builders.append(self._redirected_expression(first, compiler))
            elements = elements[1:]
        offset = 1 if head is not None or builders else 0
        builders += [self._command(element, compiler, position=i + 1 + offset,
                                   expects_input=(i + offset) > 0)
                     for i, element in enumerate(elements)]
        executor = self.executor
        session = executor.session

        def run(scope: Scope, emit: "Emit") -> None:
            stages = [build(scope) for build in builders]
            head_input = _head_objects(head(scope)) if head is not None else None
            try:
                run_pipeline(stages, emit, head_input)  # type: ignore[arg-type]
            finally:
                executor.pipeline_finished(stages)
            session.last_success = not any(getattr(s, "had_error", False) for s in stages)
        return run

    def _command(self, element: ast.PipelineElement, compiler: "Compiler", position: int,
                 expects_input: bool) -> Callable[[Scope], Any]:
        if not isinstance(element, ast.Command):
            raise PSRuntimeError(ErrorRecord(
                message="Expressions are only allowed as the first element of a pipeline.",
                error_id="ExpressionsMustBeFirstInPipeline", category="ParserError",
                invocation=invocation_of(element)))
        name_node = element.name
        static_name = name_node.value if isinstance(name_node, ast.StringConstant) else None
        name_expr = None if static_name is not None else compiler.expression(name_node)
        # PowerShell 7.1+: a parameter typed on the command line overrides the same one
        # in a splatted hashtable (`f -b 9 @h`).
        explicit = frozenset(e.name.lower() for e in element.elements
                             if isinstance(e, ast.CommandParameter))
        producers = [self._argument(e, compiler, explicit) for e in element.elements]
        invocation = invocation_of(element)
        executor = self.executor
        mode = element.invocation

        def build(scope: Scope) -> Any:
            if static_name is not None:
                name: Any = static_name
            else:
                name = name_expr(scope)  # type: ignore[misc]
            args: list[Argument] = []
            for produce in producers:
                produce(scope, args)
            return executor.make_stage(name, args, invocation, position, expects_input, scope, mode)
        if element.redirections:
            return self._redirected(build, element.redirections, compiler)
        return build

    def _redirected_expression(self, element: ast.RedirectedExpression,
                               compiler: "Compiler") -> Callable[[Scope], Any]:
        expression = compiler.expression(element.expression)
        return self._redirected(lambda scope: ExpressionStage(expression, scope),
                                element.redirections, compiler)

    def _redirected(self, build: Callable[[Scope], Any], redirections: tuple[ast.Redirection, ...],
                    compiler: "Compiler") -> Callable[[Scope], Any]:
        """Wrap a stage builder so the stage runs with its streams redirected."""
        plans = compile_redirections(redirections, compiler)
        context = self.executor.context

        def build_redirected(scope: Scope) -> Any:
            return RedirectedStage(build(scope), plans, context.streams, scope,
                                   context.service("render"))
        return build_redirected

    def _argument(self, element: Any, compiler: "Compiler",
                  explicit: frozenset[str] = frozenset()) -> ArgProducer:
        if isinstance(element, ast.CommandParameter):
            name = element.name
            text = element.span.text
            if element.argument is None:
                return lambda scope, args: args.append(ParameterArg(name, text=text))
            value = compiler.expression(element.argument)
            return lambda scope, args: args.append(ParameterArg(name, _unwrap(value(scope)), text))
        if isinstance(element, ast.Variable) and element.splatted:
            variable = compiler.expression(ast.Variable(element.span, element.name, element.scope))

            def splat(scope: Scope, args: list[Argument]) -> None:
                value = variable(scope)
                if isinstance(value, Hashtable):
                    for key, item in value.items():
                        name = to_string(key)
                        if name.lower() in explicit:
                            continue
                        if item is True:
                            args.append(ParameterArg(name, SwitchValue(True)))
                        else:
                            args.append(ParameterArg(name, item))
                elif isinstance(value, (list, tuple)):
                    args.extend(PositionalArg(v) for v in value)
                elif value is not None:
                    args.append(PositionalArg(value))
            return splat
        value = compiler.expression(element)
        # A number typed in argument mode keeps its source text: PowerShell binds it to a
        # [string] parameter as typed (`-PIN 0712` is "0712", not 712).
        text = element.text if isinstance(element, ast.Constant) else ""
        return lambda scope, args: args.append(PositionalArg(_unwrap(value(scope)), text))


def _head_objects(value: Any) -> Any:
    """The objects an expression heading a pipeline writes: an array one element at
    a time (iterated as it is: no generator between it and the first command)."""
    if isinstance(value, (list, tuple)):
        return value
    return () if value is AUTOMATION_NULL else (value,)


def _unwrap(value: Any) -> Any:
    return None if value is AUTOMATION_NULL else value


def command_not_found(name: str, invocation: InvocationInfo) -> PSRuntimeError:
    return PSRuntimeError(ErrorRecord(
        message=messages.COMMAND_NOT_FOUND.format(name=name), error_id="CommandNotFoundException",
        category=OBJECT_NOT_FOUND, target=name, target_name=name, target_type="String",
        exception_type="System.Management.Automation.CommandNotFoundException",
        invocation=invocation, activity=""))


__all__ = ["PipelineCompiler", "CommandProcessor", "invocation_of", "command_not_found"]
