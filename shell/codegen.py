"""Generated Python source for one-expression script blocks such as `{$_ % 3 -eq 0}`.

Where-Object and the other per-object callers evaluate a block's single expression
once per pipeline object. The closures of shell/compiler.py cost about three times
what the same test costs as plain Python; generating Python source once and
compiling it with `compile()` brings that near the plain loop (perf-facts.md).

Only a small subset is generated: unscoped variables, number and string constants,
`$_.Name` and `${_}?.Name` member reads, arithmetic, comparison, -like, -match, -contains, -in, -and,
-or, -not, unary minus and plus, parentheses. Anything else returns None and the
caller keeps the closures. The generated function takes the object as an argument
and reads `$_` from it; it still sets `$_` in the scope while it runs, as
ScriptBlock.invoke_single always did, because script can run inside the subset: a
ScriptProperty getter (Add-Member) reached through a member read or through the
string conversion of a PSCustomObject sees the caller's `$_`.

Semantics are exactly those of the general operators in cmdlets/lang/operators.py:
every operator calls its general implementation, and a few have an inline fast
path guarded by exact type tests (`type(x) is int` excludes bool) whose result is
the one the general operator gives for those operands. tests/executor/
test_codegen_equivalence.py checks the generated and the closure paths against each
other for many inputs.
"""
from __future__ import annotations

from collections.abc import Callable
from typing import Any

from ..cmdlets.errors import PSRuntimeError
from ..cmdlets.lang import operators
from ..cmdlets.lang.convert import to_bool
from ..cmdlets.lang.values import AUTOMATION_NULL, get_member
from ..grammar import ast
from .session import Scope

# fn(scope, dollar_under) -> the expression's value
Direct = Callable[[Scope, Any], Any]

# Binary operators whose general implementation is a pure function of its operands
# and the session (no script block can run inside them).
_COMPARISONS = ("eq", "ne", "gt", "ge", "lt", "le", "like", "notlike", "match", "notmatch",
                "contains", "notcontains", "in", "notin")
_PURE_BINARY = frozenset(["+", "-", "*", "/", "%"] + [f"-{prefix}{name}" for prefix in ("", "i", "c")
                                                       for name in _COMPARISONS])
_PURE_UNARY = frozenset(["-", "+"])

# Comparisons of two ints: the general -eq/-lt/... give exactly Python's comparison
# (operators._make_eq/_make_order compare same-typed ints directly).
_INT_COMPARISONS = {f"-{prefix}{name}": symbol for prefix in ("", "i", "c")
                    for name, symbol in (("eq", "=="), ("ne", "!="), ("lt", "<"), ("le", "<="),
                                         ("gt", ">"), ("ge", ">="))}
# Int32 + - * of two ints: Python's result when it stays within Int32; outside it
# the general operator widens (to Int64 or double), so the generated code calls it.
_INT32_ARITHMETIC = {"+": "+", "-": "-", "*": "*"}

_MISSING: Any = object()
# Values no script can hide behind (unlike a PSCustomObject with a ScriptProperty).
_PLAIN_TYPES = frozenset([int, float, str, bool, type(None)])

# Above this many nodes the closures are good enough and compile() is not worth it.
_MAX_NODES = 200


class _Unsupported(Exception):
    """The expression is outside the generated subset."""


class _Generator:
    """Emits straight-line Python statements; every value lands in a local name or
    is a literal, so each operand is evaluated exactly once and in source order."""

    def __init__(self, session: Any) -> None:
        self.session = session
        self.lines: list[str] = []
        self.names: dict[str, Any] = {"session": session, "to_bool": to_bool,
                                      "get_member": get_member, "AUTOMATION_NULL": AUTOMATION_NULL}
        self.temps = 0
        self.nodes = 0
        self.reads_beyond_dollar_under = False   # a variable or member read was emitted

    def temp(self) -> str:
        self.temps += 1
        return f"t{self.temps}"

    def global_name(self, prefix: str, value: Any) -> str:
        """A name in the generated function's globals for a non-literal value."""
        for name, existing in self.names.items():
            if existing is value and name.startswith(prefix):
                return name
        name = f"{prefix}{len(self.names)}"
        self.names[name] = value
        return name

    def emit(self, indent: int, line: str) -> None:
        self.lines.append("    " * indent + line)

    # ------------------------------------------------------------- nodes
    def value(self, node: ast.Expression, indent: int) -> str:
        """Python source of an expression that is a literal or a local name."""
        self.nodes += 1
        if self.nodes > _MAX_NODES:
            raise _Unsupported("too large")
        method = getattr(self, "node_" + type(node).__name__, None)
        if method is None:
            raise _Unsupported(type(node).__name__)
        return method(node, indent)

    def node_Constant(self, node: ast.Constant, indent: int) -> str:
        return self._literal(node.value)

    def node_StringConstant(self, node: ast.StringConstant, indent: int) -> str:
        return self._literal(node.value)

    def _literal(self, value: Any) -> str:
        if type(value) is int or type(value) is str:
            return repr(value)   # exact for these two types
        return self.global_name("k", value)

    def node_Variable(self, node: ast.Variable, indent: int) -> str:
        if node.scope or node.splatted:
            raise _Unsupported("scoped variable")   # rare in filters: the closures do them
        key = node.name.lower()
        if key in ("_", "psitem"):
            return "under"
        if key in ("true", "false", "null"):
            return {"true": "True", "false": "False", "null": "None"}[key]
        target = self.temp()
        self.reads_beyond_dollar_under = True
        self.emit(indent, f"{target} = scope.get({key!r})")
        return target

    def node_Paren(self, node: ast.Paren, indent: int) -> str:
        statement = node.statement
        if isinstance(statement, ast.Pipeline) and len(statement.elements) == 1 and \
                isinstance(statement.elements[0], ast.CommandExpression):
            return self.value(statement.elements[0].expression, indent)
        raise _Unsupported("statement in parentheses")

    def node_Member(self, node: ast.Member, indent: int) -> str:
        if node.static or not isinstance(node.member, ast.StringConstant):
            raise _Unsupported("member")
        target = self.value(node.target, indent)
        result = self.temp()
        self.reads_beyond_dollar_under = True
        read = f"get_member({target}, {node.member.value!r})"
        if node.null_conditional:
            # `${_}?.Name`: $null for a $null target, as the closures' expr_Member
            read = f"None if {target} is None or {target} is AUTOMATION_NULL else {read}"
        self.emit(indent, f"{result} = {read}")
        return result

    def node_Unary(self, node: ast.Unary, indent: int) -> str:
        operand = self.value(node.operand, indent)
        result = self.temp()
        if node.op in ("-not", "!"):
            self.emit(indent, f"{result} = not to_bool({operand})")
        elif node.op in _PURE_UNARY:
            function = self.global_name("u", operators.unary_operator(node.op))
            self.emit(indent, f"{result} = {function}({operand}, session)")
        else:
            raise _Unsupported(node.op)
        return result

    def node_Binary(self, node: ast.Binary, indent: int) -> str:
        op = node.op
        if op in ("-and", "-or"):
            return self._short_circuit(node, indent)
        if op not in _PURE_BINARY:
            raise _Unsupported(op)
        left = self.value(node.left, indent)
        right = self.value(node.right, indent)
        general = f"{self.global_name('f', operators.binary_operator(op))}({left}, {right}, session)"
        result = self.temp()
        right_int = isinstance(node.right, ast.Constant) and type(node.right.value) is int
        ints = f"type({left}) is int" + ("" if right_int else f" and type({right}) is int")
        if op in _INT_COMPARISONS:
            self.emit(indent, f"{result} = ({left} {_INT_COMPARISONS[op]} {right}) if {ints} else {general}")
        elif op in _INT32_ARITHMETIC:
            self.emit(indent, f"if {ints} and -2147483648 <= ({result} := {left} {_INT32_ARITHMETIC[op]} "
                              f"{right}) <= 2147483647:")
            self.emit(indent + 1, "pass")
            self.emit(indent, "else:")
            self.emit(indent + 1, f"{result} = {general}")
        elif op == "%" and not (right_int and node.right.value <= 0):  # type: ignore[attr-defined]
            # .NET's remainder takes the dividend's sign; Python's agrees when the
            # dividend is not negative and the divisor positive.
            guard = f"type({left}) is int and {left} >= 0" + \
                ("" if right_int else f" and type({right}) is int and {right} > 0")
            self.emit(indent, f"{result} = ({left} % {right}) if {guard} else {general}")
        else:
            self.emit(indent, f"{result} = {general}")
        return result

    def _short_circuit(self, node: ast.Binary, indent: int) -> str:
        """`a -and b` is `to_bool(a) and to_bool(b)`: b runs only when needed."""
        result = self.temp()
        left = self.value(node.left, indent)
        test = f"to_bool({left})" if node.op == "-and" else f"not to_bool({left})"
        self.emit(indent, f"if {test}:")
        right = self.value(node.right, indent + 1)
        self.emit(indent + 1, f"{result} = to_bool({right})")
        self.emit(indent, "else:")
        self.emit(indent + 1, f"{result} = {'False' if node.op == '-and' else 'True'}")
        return result


def generate_direct(expression: ast.Expression, session: Any, on_error: Callable[[PSRuntimeError], None]
                    ) -> tuple[Direct, str] | None:
    """fn(scope, dollar_under) evaluating `expression` with `$_` = dollar_under, and
    its source; None when the expression is outside the generated subset.

    on_error(exc) runs for a PSRuntimeError before it propagates (the caller
    attributes it to the block, as ScriptBlock.invoke_single does)."""
    generator = _Generator(session)
    try:
        result = generator.value(expression, 2)
    except _Unsupported:
        return None
    generator.names.update(AUTOMATION_NULL=AUTOMATION_NULL, PSRuntimeError=PSRuntimeError,
                           on_error=on_error, MISSING=_MISSING, PLAIN_TYPES=_PLAIN_TYPES)
    body = [*generator.lines, f"        return {result}"]
    plain: list[str] = []
    if not generator.reads_beyond_dollar_under:
        # Only `$_` and constants: when `$_` is a plain value every operand is one, no
        # operator runs script on plain values, so nothing can read `$_` from the scope
        # and setting it can be skipped (`{$_ % 3 -eq 0}` over numbers).
        plain = ["    if type(under) in PLAIN_TYPES:",
                 "        try:",
                 *("    " + line for line in body),
                 "        except PSRuntimeError as exc:",
                 "            on_error(exc)",
                 "            raise"]
    source = "\n".join([
        "def direct(scope, under):",
        *plain,
        "    vars_ = scope.vars",
        "    previous = vars_.get('_', MISSING)",
        "    vars_['_'] = under",
        "    if under is AUTOMATION_NULL:",
        "        under = None   # as `$_` reads it",
        "    try:",
        *body,
        "    except PSRuntimeError as exc:",
        "        on_error(exc)",
        "        raise",
        "    finally:",
        "        if previous is MISSING:",
        "            del vars_['_']",
        "        else:",
        "            vars_['_'] = previous",
    ])
    namespace = dict(generator.names)
    try:
        code = compile(source, "<script block>", "exec")
    except (SyntaxError, RecursionError, MemoryError, ValueError):
        return None   # e.g. too deeply nested for Python's compiler: the closures work
    exec(code, namespace)  # noqa: S102 - source generated above from the syntax tree
    return namespace["direct"], source


__all__ = ["Direct", "generate_direct"]
