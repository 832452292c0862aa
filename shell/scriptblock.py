"""Script blocks as values: compiled once, bound to the scope that created them."""
from __future__ import annotations

from collections.abc import Callable
from functools import partial
from typing import TYPE_CHECKING, Any

from ..cmdlets.errors import InvocationInfo, PSRuntimeError
from ..cmdlets.lang.values import AUTOMATION_NULL, ScriptBlockValue
from ..grammar import ast
from .codegen import Direct, generate_direct
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
        # Generated Python for single_expression (shell/codegen.py), built on the first
        # invoke_single: None until then or when the expression is outside its subset.
        self.direct: Direct | None = None
        self._direct_session: Any = _MISSING
        self.param_names = param_names
        span = node.span
        text = span.text
        self.text = text[1:-1] if text.startswith("{") and text.endswith("}") else text

    def bind(self, scope: Scope) -> "ScriptBlock":
        return ScriptBlock(self, scope)

    def direct_for(self, session: Any) -> Direct | None:
        """The generated function for this session (its operators read $OFS and set
        $Matches there); generated once, None when the expression is not supported."""
        if self._direct_session is not session:
            self._direct_session = session
            self.direct = None
            expression = self._expression_node()
            if expression is not None:
                generated = generate_direct(expression, session, self._attribute_error)
                self.direct = None if generated is None else generated[0]
        return self.direct

    def _expression_node(self) -> ast.Expression | None:
        """The one expression of the block; the executor found it when it compiled
        single_expression (a lone pipeline that is just an expression)."""
        if self.single_expression is None:
            return None
        node = self.node
        statements = [s for b in (node.begin, node.process, node.end) if b is not None
                      for s in b.statements]
        if len(statements) != 1 or not isinstance(statements[0], ast.Pipeline):
            return None
        element = statements[0].elements[0]
        return element.expression if isinstance(element, ast.CommandExpression) else None

    def _attribute_error(self, exc: PSRuntimeError) -> None:
        exc.record = exc.record.with_invocation(self.single_invocation)


class ScriptBlock(ScriptBlockValue):
    __slots__ = ("compiled", "scope")

    def __init__(self, compiled: CompiledBlock, scope: Scope) -> None:
        self.compiled = compiled
        self.scope = scope
        if compiled.direct is not None and compiled._direct_session is scope.session:
            self._use_direct(compiled.direct)

    def _use_direct(self, direct: Direct) -> None:
        # The per-object call becomes the generated function itself: this instance
        # attribute shadows the invoke_single method (ScriptBlockValue instances have
        # a __dict__), so Where-Object's `block.invoke_single(obj)` costs no extra frame.
        self.invoke_single = partial(direct, self.scope)  # type: ignore[method-assign]

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
        if expression is not None:
            direct = compiled.direct_for(self.scope.session)
            if direct is not None:
                if "invoke_single" not in self.__dict__:
                    self._use_direct(direct)   # the next call, through the attribute, is direct
                return direct(self.scope, dollar_under)
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
