"""Script blocks as values: compiled once, bound to the scope that created them."""
from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from ..cmdlets.errors import InvocationInfo, PSRuntimeError
from ..cmdlets.lang.values import AUTOMATION_NULL, ScriptBlockValue
from ..grammar import ast
from .flow import ReturnSignal
from .session import Scope

if TYPE_CHECKING:
    from .compiler import Expr, Stmt

Emit = Callable[[Any], None]
_MISSING: Any = object()


class CompiledBlock:
    """The closures of one `{ ... }` block, built once however often it runs."""

    def __init__(self, node: ast.ScriptBlock, body: "Stmt", single_expression: "Expr | None",
                 param_names: tuple[str, ...], begin: "Stmt | None" = None,
                 process: "Stmt | None" = None, end: "Stmt | None" = None) -> None:
        self.node = node
        self.body = body
        # The named blocks run separately when the block is a command (& { } or a function).
        self.begin = begin
        self.process = process
        self.end = end
        self.function_spec: Any = None   # built on first `& { }` (shell.functions.FunctionSpec)
        self.single_invocation = InvocationInfo()  # where an error of single_expression points
        # When the block is one expression (`{$_.X -eq 1}`), Where-Object evaluates
        # it directly, without the statement and output machinery.
        self.single_expression = single_expression
        self.param_names = param_names
        span = node.span
        text = span.text
        self.text = text[1:-1] if text.startswith("{") and text.endswith("}") else text

    def bind(self, scope: Scope) -> "ScriptBlock":
        return ScriptBlock(self, scope)


class ScriptBlock(ScriptBlockValue):
    __slots__ = ("compiled", "scope")

    def __init__(self, compiled: CompiledBlock, scope: Scope) -> None:
        self.compiled = compiled
        self.scope = scope

    @property
    def text(self) -> str:
        return self.compiled.text

    def __repr__(self) -> str:
        return "{" + self.compiled.text + "}"

    def _run(self, scope: Scope, sink: Emit) -> None:
        try:
            self.compiled.body(scope, sink)
        except ReturnSignal:
            pass

    def invoke(self, dollar_under: Any = AUTOMATION_NULL, args: tuple[Any, ...] = (),
               sink: Emit | None = None) -> list[Any]:
        """`& { ... }`: a new child scope; `$args` and declared parameters bound positionally."""
        scope = self.scope.child()
        if dollar_under is not AUTOMATION_NULL:
            scope.vars["_"] = dollar_under
        names = self.compiled.param_names
        for index, name in enumerate(names):
            scope.set(name, args[index] if index < len(args) else None)
        scope.set("args", list(args[len(names):]))
        out: list[Any] = []
        self._run(scope, sink or out.append)
        return out

    def invoke_in_scope(self, dollar_under: Any, sink: Emit | None = None) -> list[Any]:
        """Run in the defining scope with `$_` set (ForEach-Object, Where-Object)."""
        scope = self.scope
        vars_ = scope.vars
        previous = vars_.get("_", AUTOMATION_NULL)
        vars_["_"] = dollar_under
        out: list[Any] = []
        try:
            self._run(scope, sink or out.append)
        finally:
            if previous is AUTOMATION_NULL:
                vars_.pop("_", None)
            else:
                vars_["_"] = previous
        return out

    def invoke_single(self, dollar_under: Any) -> Any:
        """Where-Object's per-object call: a one-expression block is evaluated
        directly (no statement, output list or guard frames on this path)."""
        compiled = self.compiled
        expression = compiled.single_expression
        if expression is None:
            values = self.invoke_in_scope(dollar_under)
            if not values:
                return AUTOMATION_NULL
            return values[0] if len(values) == 1 else values
        scope = self.scope
        vars_ = scope.vars
        previous = vars_.get("_", _MISSING)
        vars_["_"] = dollar_under
        try:
            return expression(scope)
        except PSRuntimeError as exc:
            exc.record = exc.record.with_invocation(compiled.single_invocation)
            raise
        finally:
            if previous is _MISSING:
                del vars_["_"]
            else:
                vars_["_"] = previous
