"""Compiles the syntax tree into Python closures, once per script block.

An expression becomes `fn(scope) -> value`; a statement becomes
`fn(scope, emit) -> None`, where `emit` receives each output object. Hot paths
such as `Where-Object {$_.DisplayName -like "K*"}` therefore run a chain of
pre-built closures per object and never walk the tree again.
"""
from __future__ import annotations

import os
from collections.abc import Callable, Iterable, Iterator
from typing import TYPE_CHECKING, Any

from ..cmdlets.binder import ParameterArg, PositionalArg
from ..cmdlets.errors import (ErrorRecord, INVALID_OPERATION, InvocationInfo, PSRuntimeError,
                              ScriptTerminatingError)
from ..cmdlets.lang import operators
from ..cmdlets.lang.casts import Char
from ..cmdlets.lang.convert import ps_string, to_bool, to_string
from ..cmdlets.lang.psobject import PSMemberCollection
from ..cmdlets.lang.methods import _is_bmp, _units, invoke_method
from ..cmdlets.lang.values import (AUTOMATION_NULL, Hashtable, PSCustomObject, PSReference,
                                   enumerate_value, get_member, type_names)
from ..grammar import ast
from .flow import BreakSignal, ContinueSignal, ExitSignal, ReturnSignal
from .session import Scope

if TYPE_CHECKING:
    from .executor import Executor

Expr = Callable[[Scope], Any]
_UNSET: Any = object()
Emit = Callable[[Any], None]
Stmt = Callable[[Scope, Emit], None]


def _collect(body: Stmt, scope: Scope) -> list[Any]:
    out: list[Any] = []
    body(scope, out.append)
    return out


def _single_or_list(values: list[Any]) -> Any:
    """A statement's output as a value: nothing -> $null, one -> it, more -> array."""
    if not values:
        return None
    return values[0] if len(values) == 1 else values


def emit_value(value: Any, emit: Emit) -> None:
    """Write an expression's value to the pipeline: arrays unroll one level."""
    if value is AUTOMATION_NULL:
        return
    if isinstance(value, (list, tuple)):
        for item in value:
            emit(item)
    else:
        emit(value)


class CompileError(PSRuntimeError):
    """The script cannot be compiled: nothing of it runs (like a parse error)."""


def _int32(value: int) -> int | None:
    """An Int32 arithmetic result, or None where PowerShell would widen (the
    general operator decides then)."""
    return value if -2_147_483_648 <= value <= 2_147_483_647 else None


# Fast paths for two plain ints (bool excluded by `type(x) is int`): the result is
# exactly what the general operator gives, or None to fall back to it. They keep
# per-object filters such as `{$_ % 3 -eq 0}` off the general conversion machinery.
_INT_FAST_PATHS: dict[str, Callable[[int, int], Any]] = {
    "-eq": lambda a, b: a == b, "-ieq": lambda a, b: a == b, "-ceq": lambda a, b: a == b,
    "-ne": lambda a, b: a != b, "-ine": lambda a, b: a != b, "-cne": lambda a, b: a != b,
    "-lt": lambda a, b: a < b, "-ilt": lambda a, b: a < b, "-clt": lambda a, b: a < b,
    "-le": lambda a, b: a <= b, "-ile": lambda a, b: a <= b, "-cle": lambda a, b: a <= b,
    "-gt": lambda a, b: a > b, "-igt": lambda a, b: a > b, "-cgt": lambda a, b: a > b,
    "-ge": lambda a, b: a >= b, "-ige": lambda a, b: a >= b, "-cge": lambda a, b: a >= b,
    "+": lambda a, b: _int32(a + b),
    "-": lambda a, b: _int32(a - b),
    "*": lambda a, b: _int32(a * b),
    # .NET's remainder takes the dividend's sign; Python's agrees when both are positive.
    "%": lambda a, b: a % b if a >= 0 and b > 0 else None,
}


# The names `[ref]` goes by in a cast (casts.py maps them all to "ref").
_REF_TYPE_NAMES = frozenset(["ref", "psreference", "management.automation.psreference",
                             "system.management.automation.psreference"])


class TypeRef:
    """A type literal such as `[int]` used as a value (for -is, -as, ::)."""

    __slots__ = ("name",)

    def __init__(self, name: str) -> None:
        self.name = name

    def __repr__(self) -> str:
        return f"[{self.name}]"


class Compiler:
    def __init__(self, executor: "Executor") -> None:
        self.executor = executor

    # ================================================================ blocks
    def statement_block(self, block: ast.StatementBlock | None) -> Stmt:
        if block is None:
            return lambda scope, emit: None
        if any(isinstance(s, ast.Trap) for s in block.statements):
            return self._trapping_block(block)
        stmts = [self.statement(s) for s in block.statements]
        if not stmts:
            return lambda scope, emit: None
        if len(stmts) == 1:
            return stmts[0]

        def run(scope: Scope, emit: Emit) -> None:
            for stmt in stmts:
                stmt(scope, emit)
        return run

    def _trapping_block(self, block: ast.StatementBlock) -> Stmt:
        """A block with `trap` statements: a terminating error in any of its
        statements (or in what they call) runs the first matching trap; `continue`
        resumes with the next statement, `break` rethrows, neither writes the
        error and resumes (about_Trap)."""
        traps = [(t.type_name, self.statement_block(t.body)) for t in block.statements
                 if isinstance(t, ast.Trap)]
        stmts = [self.statement(s) for s in block.statements if not isinstance(s, ast.Trap)]
        executor = self.executor

        def run(scope: Scope, emit: Emit) -> None:
            outer_depth = executor.try_depth
            executor.try_depth += 1
            try:
                for stmt in stmts:
                    try:
                        stmt(scope, emit)
                    except PSRuntimeError as exc:
                        executor.run_trap(traps, exc, scope, emit, outer_depth)
            finally:
                executor.try_depth = outer_depth
        return run

    def stmt_Trap(self, node: ast.Trap) -> Stmt:
        return lambda scope, emit: None   # collected by the enclosing block

    # ================================================================ statements
    def statement(self, node: ast.Statement) -> Stmt:
        method = getattr(self, "stmt_" + type(node).__name__, None)
        try:
            if method is None:
                raise self._unsupported(node)
            compiled: Stmt = method(node)
        except PSRuntimeError as exc:
            # A construct that cannot be compiled (`$x.y() = 1`): PowerShell rejects
            # the script before running it; the error points at the statement.
            from .pipelines import invocation_of
            exc.record = exc.record.with_invocation(invocation_of(node))
            raise CompileError(exc.record) from None
        return self.executor.guard_statement(compiled, node)

    def _unsupported(self, node: ast.Node) -> PSRuntimeError:
        record = ErrorRecord(message=f"The {type(node).__name__} statement is not supported yet.",
                             error_id="NotSupported", category="NotImplemented")
        return PSRuntimeError(record)

    def stmt_Pipeline(self, node: ast.Pipeline) -> Stmt:
        elements = node.elements
        if len(elements) == 1 and isinstance(elements[0], ast.CommandExpression):
            expr = self.expression(elements[0].expression)
            session = self.executor.session
            inner = elements[0].expression
            if isinstance(inner, ast.Unary) and inner.op in ("++", "--", "post++", "post--"):
                # `$i++` as a statement writes nothing (about_Assignment_Operators)
                def run_increment(scope: Scope, emit: Emit) -> None:
                    expr(scope)
                    session.last_success = True
                return run_increment

            def run_expression(scope: Scope, emit: Emit) -> None:
                value = expr(scope)
                session.last_success = True  # a statement that ran without error sets $?
                emit_value(value, emit)
            return run_expression
        return self.executor.pipelines.compile(node, self)

    def stmt_Assignment(self, node: ast.Assignment) -> Stmt:
        assign = self.assignment(node)
        session = self.executor.session

        def run(scope: Scope, emit: Emit) -> None:
            session.last_success = True  # a failing command on the right sets it False again
            assign(scope)
        return run

    def stmt_PipelineChain(self, node: ast.PipelineChain) -> Stmt:
        left = self.statement(node.left)
        right = self.statement(node.right)
        session = self.executor.session
        want = node.op == "&&"

        def run(scope: Scope, emit: Emit) -> None:
            left(scope, emit)
            if session.last_success == want:
                right(scope, emit)
        return run

    def stmt_If(self, node: ast.If) -> Stmt:
        clauses = [(self._condition(cond), self.statement_block(body)) for cond, body in node.clauses]
        else_body = self.statement_block(node.else_body) if node.else_body else None

        def run(scope: Scope, emit: Emit) -> None:
            for test, body in clauses:
                if test(scope):
                    body(scope, emit)
                    return
            if else_body is not None:
                else_body(scope, emit)
        return run

    def _condition(self, stmt: ast.Statement) -> Callable[[Scope], bool]:
        if isinstance(stmt, ast.Pipeline) and len(stmt.elements) == 1 and \
                isinstance(stmt.elements[0], ast.CommandExpression):
            expr = self.expression(stmt.elements[0].expression)
            return lambda scope: to_bool(expr(scope))
        body = self.statement(stmt)
        return lambda scope: to_bool(_single_or_list(_collect(body, scope)))

    def _value_of(self, stmt: ast.Statement) -> Expr:
        if isinstance(stmt, ast.Pipeline) and len(stmt.elements) == 1 and \
                isinstance(stmt.elements[0], ast.CommandExpression):
            return self.expression(stmt.elements[0].expression)
        if isinstance(stmt, ast.Assignment):
            return self.assignment(stmt)  # `$y = $z = 3`: an assignment's value is what it assigned
        body = self.statement(stmt)
        return lambda scope: _single_or_list(_collect(body, scope))

    def _loop_body(self, body: Stmt, label: str) -> Callable[[Scope, Emit], bool]:
        """Run one iteration; returns False when the loop must end (break)."""
        def run(scope: Scope, emit: Emit) -> bool:
            try:
                body(scope, emit)
            except BreakSignal as signal:
                if signal.label and signal.label.lower() != label.lower():
                    raise
                return False
            except ContinueSignal as signal:
                if signal.label and signal.label.lower() != label.lower():
                    raise
            return True
        return run

    def stmt_ForEach(self, node: ast.ForEach) -> Stmt:
        name = node.variable.name
        iterable = self._value_of(node.iterable)
        body = self._loop_body(self.statement_block(node.body), node.label)

        def run(scope: Scope, emit: Emit) -> None:
            value = iterable(scope)
            items = value if isinstance(value, (list, tuple)) else ([] if value is None else [value])
            for item in items:
                scope.set(name, item)
                if not body(scope, emit):
                    break
        return run

    def stmt_While(self, node: ast.While) -> Stmt:
        test = self._condition(node.condition)
        body = self._loop_body(self.statement_block(node.body), node.label)

        def run(scope: Scope, emit: Emit) -> None:
            while test(scope):
                if not body(scope, emit):
                    break
        return run

    def stmt_DoLoop(self, node: ast.DoLoop) -> Stmt:
        test = self._condition(node.condition)
        body = self._loop_body(self.statement_block(node.body), node.label)
        until = node.until

        def run(scope: Scope, emit: Emit) -> None:
            while True:
                if not body(scope, emit):
                    break
                if test(scope) == until:
                    break
        return run

    def stmt_For(self, node: ast.For) -> Stmt:
        init = self.statement(node.init) if node.init else None
        test = self._condition(node.condition) if node.condition else (lambda scope: True)
        step = self.statement(node.step) if node.step else None
        body = self._loop_body(self.statement_block(node.body), node.label)

        def run(scope: Scope, emit: Emit) -> None:
            if init is not None:
                init(scope, emit)
            while test(scope):
                if not body(scope, emit):
                    break
                if step is not None:
                    step(scope, emit)
        return run

    def stmt_Switch(self, node: ast.Switch) -> Stmt:
        flags = {f.lower() for f in node.flags}
        regex_mode = "regex" in flags
        wildcard_mode = "wildcard" in flags and not regex_mode
        case_sensitive = "casesensitive" in flags
        label = node.label.lower()
        subject: Callable[[Scope], Iterable[Any]] = self._items_of(node.subject)
        if "file" in flags:
            subject = self._file_lines(node.subject)
        session = self.executor.session
        clauses: list[tuple[Any, bool, Stmt]] = []
        for clause in node.clauses:
            body = self.statement_block(clause.body)
            if clause.is_default:
                clauses.append((None, True, body))
            elif isinstance(clause.pattern, ast.ScriptBlockExpression):
                compiled = self.executor.compile_script_block(clause.pattern.block)
                clauses.append((("block", compiled), False, body))
            else:
                clauses.append((("value", self.expression(clause.pattern)), False, body))
        from ..cmdlets.lang.dotnet_regex import IGNORECASE, get_regex
        like = operators.binary_operator("-clike" if case_sensitive else "-like")

        def matches(kind_value: Any, item: Any, scope: Scope) -> bool:
            kind, value = kind_value
            if kind == "block":
                if value.single_expression is not None:
                    return to_bool(value.single_expression(scope))
                return to_bool(_single_or_list(_collect(value.body, scope)))
            pattern = value(scope)
            if regex_mode:
                rx = get_regex(to_string(pattern), 0 if case_sensitive else IGNORECASE)
                found = rx.search(to_string(item))
                if found is None:
                    return False
                session.matches = rx.matches_table(found)
                return True
            if wildcard_mode:
                return to_bool(like(to_string(item), to_string(pattern), session))
            if isinstance(pattern, str):
                text = to_string(item)
                return text == pattern if case_sensitive else text.lower() == pattern.lower()
            return operators.ps_equals(item, pattern, not case_sensitive, session.ofs)

        def run(scope: Scope, emit: Emit) -> None:
            items = subject(scope)
            vars_ = scope.vars
            previous = vars_.get("_", AUTOMATION_NULL)
            try:
                for item in items:
                    vars_["_"] = item
                    matched = False
                    try:
                        for pattern, is_default, body in clauses:
                            if is_default:
                                continue
                            vars_["_"] = item
                            if matches(pattern, item, scope):
                                matched = True
                                body(scope, emit)
                        if not matched:
                            for pattern, is_default, body in clauses:
                                if is_default:
                                    vars_["_"] = item
                                    body(scope, emit)
                    except BreakSignal as signal:
                        if signal.label and signal.label.lower() != label:
                            raise
                        break
                    except ContinueSignal as signal:
                        if signal.label and signal.label.lower() != label:
                            raise
                        continue
            finally:
                close = getattr(items, "close", None)
                if close is not None:
                    close()   # a file's lines: the file is closed however the switch ends
                if previous is AUTOMATION_NULL:
                    vars_.pop("_", None)
                else:
                    vars_["_"] = previous
        return run

    def _file_lines(self, stmt: ast.Statement) -> Callable[[Scope], Iterator[str]]:
        """`switch -File path`: the path is the subject's value as a string, resolved
        before the first line is read (SwitchOps.ResolveFilePath); the lines are
        read one at a time, as StreamReader.ReadLine splits them."""
        path_of = self._value_of(stmt)
        from .pipelines import invocation_of
        where = _with_parentheses(invocation_of(stmt))   # errors point at the file name

        def lines(scope: Scope) -> Iterator[str]:
            value = path_of(scope)
            try:
                path = _resolve_switch_file("" if value is None or value is AUTOMATION_NULL
                                            else to_string(value))
                return _read_lines(path, where)
            except PSRuntimeError as exc:
                exc.record = exc.record.with_invocation(where)
                raise
        return lines

    def _items_of(self, stmt: ast.Statement) -> Callable[[Scope], list[Any]]:
        """What a switch or foreach iterates: the statement's output objects."""
        if isinstance(stmt, ast.Pipeline) and len(stmt.elements) == 1 and \
                isinstance(stmt.elements[0], ast.CommandExpression):
            expr = self.expression(stmt.elements[0].expression)

            def items(scope: Scope) -> list[Any]:
                value = expr(scope)
                if isinstance(value, (list, tuple)):
                    return value  # type: ignore[return-value]
                if value is AUTOMATION_NULL:
                    return []
                return [value]
            return items
        body = self.statement(stmt)
        return lambda scope: _collect(body, scope)

    def stmt_FlowControl(self, node: ast.FlowControl) -> Stmt:
        keyword = node.keyword
        operand = node.operand
        value: Expr | None = None
        if isinstance(operand, ast.Statement):
            value = self._value_of(operand)
        elif isinstance(operand, ast.Expression):
            value = self.expression(operand)
        span = node.span

        def run(scope: Scope, emit: Emit) -> None:
            result = value(scope) if value is not None else None
            if keyword == "break":
                raise BreakSignal(to_string(result) if result is not None else "")
            if keyword == "continue":
                raise ContinueSignal(to_string(result) if result is not None else "")
            if keyword == "return":
                if value is not None:
                    emit_value(result, emit)
                raise ReturnSignal()
            if keyword == "exit":
                code = 0 if result is None else operators.convert_to_type(result, "int")
                raise ExitSignal(code)
            if keyword == "throw":
                if value is None and self.executor.catch_stack:
                    raise ScriptTerminatingError(self.executor.catch_stack[-1])
                raise self.executor.throw_error(result, span)
            raise PSRuntimeError.of(f"Unknown flow control '{keyword}'.", "UnknownFlowControl")
        return run

    def stmt_Try(self, node: ast.Try) -> Stmt:
        body = self.statement_block(node.body)
        catches = [(tuple(t.lower() for t in c.type_names), self.statement_block(c.body))
                   for c in node.catches]
        finally_body = self.statement_block(node.finally_body) if node.finally_body else None
        executor = self.executor

        def run(scope: Scope, emit: Emit) -> None:
            try:
                executor.run_protected(body, scope, emit)
            except PSRuntimeError as exc:
                handler = next((h for types, h in catches if executor.catch_matches(types, exc)), None)
                if handler is None:
                    raise
                executor.session.last_success = False
                executor.session.record_error(exc.record)
                previous = scope.vars.get("_", AUTOMATION_NULL)
                scope.vars["_"] = exc.record
                executor.catch_stack.append(exc.record)
                try:
                    handler(scope, emit)
                finally:
                    executor.catch_stack.pop()
                    if previous is AUTOMATION_NULL:
                        scope.vars.pop("_", None)
                    else:
                        scope.vars["_"] = previous
            finally:
                if finally_body is not None:
                    finally_body(scope, emit)
        return run

    def stmt_FunctionDefinition(self, node: ast.FunctionDefinition) -> Stmt:
        executor = self.executor
        spec = executor.function_spec(node)
        name = node.name

        def run(scope: Scope, emit: Emit) -> None:
            executor.define_function(name, spec, scope)
        return run

    # ================================================================ assignment
    def assignment(self, node: ast.Assignment) -> Callable[[Scope], Any]:
        value = self._value_of(node.value)
        op = node.op
        target = node.target
        store = self.assign_target(target)
        if op == "=":
            def assign(scope: Scope) -> Any:
                result = value(scope)
                store(scope, result)
                return result
            return assign
        current = self.expression(target)
        if op == "??=":
            def assign_coalesce(scope: Scope) -> Any:
                existing = current(scope)
                if existing is None:
                    existing = value(scope)
                    store(scope, existing)
                return existing
            return assign_coalesce
        binary = operators.binary_operator(op[:-1])
        session = self.executor.session

        def assign_compound(scope: Scope) -> Any:
            result = binary(current(scope), value(scope), session)
            store(scope, result)
            return result
        return assign_compound

    def assign_target(self, target: ast.Expression) -> Callable[[Scope, Any], None]:
        if isinstance(target, ast.Variable):
            return self._variable_store(target)
        if isinstance(target, ast.Convert) and isinstance(target.operand, ast.Variable):
            # `[int]$x = '5'`: the variable keeps the type for later assignments.
            type_name = target.type_name
            var = target.operand
            scope_of = self._scope_resolver(var.scope.lower())
            vname = var.name
            convert = operators.convert_to_type

            def store_typed(scope: Scope, value: Any) -> None:
                owner = scope_of(scope)
                converted = convert(value, type_name)
                owner.constrain(vname, None)
                owner.set(vname, converted)
                owner.constrain(vname, type_name)
            return store_typed
        if isinstance(target, ast.Convert):
            inner = self.assign_target(target.operand)
            type_name = target.type_name
            return lambda scope, value: inner(scope, operators.convert_to_type(value, type_name))
        if isinstance(target, ast.Member):
            obj = self.expression(target.target)
            member = self._member_name(target.member)

            def store_member(scope: Scope, value: Any) -> None:
                set_member(obj(scope), member(scope), value)
            return store_member
        if isinstance(target, ast.Index):
            obj = self.expression(target.target)
            index = self.expression(target.index)

            def store_index(scope: Scope, value: Any) -> None:
                set_index(obj(scope), index(scope), value)
            return store_index
        if isinstance(target, ast.ArrayLiteral):
            stores = [self.assign_target(t) for t in target.elements]

            def store_many(scope: Scope, value: Any) -> None:
                items = list(value) if isinstance(value, (list, tuple)) else [value]
                for i, store in enumerate(stores):
                    if i == len(stores) - 1:
                        rest = items[i:]
                        store(scope, rest[0] if len(rest) == 1 else (rest or None))
                    else:
                        store(scope, items[i] if i < len(items) else None)
            return store_many
        if isinstance(target, ast.Paren) and isinstance(target.statement, ast.Pipeline):
            return self.assign_target(target.statement.elements[0].expression)  # type: ignore
        raise PSRuntimeError.of("The assignment expression is not valid. The input to an assignment "
                                "operator must be an object that is able to accept assignments, "
                                "such as a variable or a property.", "InvalidLeftHandSide")

    def _scope_resolver(self, scope_name: str) -> Callable[[Scope], Scope]:
        session = self.executor.session
        if scope_name == "global":
            return lambda scope: session.global_scope
        if scope_name == "script":
            return lambda scope: session.script_scope
        return lambda scope: scope

    def _variable_store(self, node: ast.Variable) -> Callable[[Scope, Any], None]:
        name = node.name
        scope_name = node.scope.lower()
        session = self.executor.session
        if not scope_name and name.lower() == "null":
            return lambda scope, value: None   # `$null = ...` discards
        if scope_name == "env":
            return lambda scope, value: session.set_env(name, value)
        if scope_name == "global":
            return lambda scope, value: session.global_scope.set(name, value)
        if scope_name == "script":
            return lambda scope, value: session.script_scope.set(name, value)
        if scope_name == "private":
            return lambda scope, value: scope.set_private(name, value)
        if scope_name == "function":
            executor = self.executor

            def store_function(scope: Scope, value: Any) -> None:
                from .scriptblock import ScriptBlock
                if not isinstance(value, ScriptBlock):
                    raise PSRuntimeError.of(f"Cannot assign a {type_names(value)[0]} to function "
                                            f"'{name}'.", "InvalidFunctionValue")
                spec = executor.spec_of_block(value.compiled, name)
                executor.define_function(name, spec, scope)
            return store_function
        return lambda scope, value: scope.set(name, value)

    # ================================================================ expressions
    def expression(self, node: ast.Expression) -> Expr:
        method = getattr(self, "expr_" + type(node).__name__, None)
        if method is None:
            raise self._unsupported(node)
        return method(node)

    def expr_Constant(self, node: ast.Constant) -> Expr:
        value = node.value
        return lambda scope: value

    def expr_StringConstant(self, node: ast.StringConstant) -> Expr:
        value = node.value
        return lambda scope: value

    def expr_ExpandableString(self, node: ast.ExpandableString) -> Expr:
        parts: list[Any] = [p if isinstance(p, str) else self.expression(p) for p in node.parts]

        def piece(part: Any, scope: Scope) -> str:
            if isinstance(part, str):
                return part
            value = part(scope)
            # Expansion converts as [string] does: the invariant culture ("$d" is
            # 01/02/2020 13:04:05), arrays joined by $OFS as the current scope sees it.
            if isinstance(value, (list, tuple)):
                ofs = scope.get("ofs")
                return ps_string(value, " " if ofs is None else to_string(ofs))
            return ps_string(value)

        def expand(scope: Scope) -> str:
            return "".join([piece(p, scope) for p in parts])
        return expand

    def expr_Variable(self, node: ast.Variable) -> Expr:
        name = node.name
        key = name.lower()
        scope_name = node.scope.lower()
        session = self.executor.session
        if not scope_name:
            if key == "true":
                return lambda scope: True
            if key == "false":
                return lambda scope: False
            if key == "null":
                return lambda scope: None
            if key == "psitem":
                key = "_"
            if key == "_":
                def dollar_under(scope: Scope) -> Any:
                    value = scope.vars.get("_", _UNSET)
                    if value is _UNSET:
                        value = scope.get("_")
                    return None if value is AUTOMATION_NULL else value
                return dollar_under
            return lambda scope: scope.get(key)
        if scope_name == "env":
            return lambda scope: session.get_env(name)
        if scope_name == "global":
            return lambda scope: session.global_scope.get(key)
        if scope_name == "script":
            return lambda scope: session.script_scope.get(key)
        if scope_name == "local":
            return lambda scope: scope.get_local(key)
        if scope_name == "private":
            return lambda scope: scope.get_local(key)
        if scope_name == "function":
            executor = self.executor

            def function_value(scope: Scope) -> Any:
                spec = executor.find_function(name, scope)
                return None if spec is None else spec.compiled.bind(scope)
            return function_value
        return lambda scope: scope.get(key)

    def expr_TypeLiteral(self, node: ast.TypeLiteral) -> Expr:
        ref = TypeRef(node.type_name)
        return lambda scope: ref

    def expr_Convert(self, node: ast.Convert) -> Expr:
        operand = self.expression(node.operand)
        type_name = node.type_name
        convert = operators.convert_to_type
        if type_name.lower() in ("pscustomobject", "ordered") and isinstance(node.operand, ast.HashtableLiteral):
            ordered = type_name.lower() == "ordered"

            def to_object(scope: Scope) -> Any:
                table = operand(scope)
                if ordered:
                    table.ordered = True
                    return table
                return PSCustomObject(table.items())
            return to_object
        if type_name.lower() in _REF_TYPE_NAMES and isinstance(node.operand, ast.Variable):
            reference = self._variable_reference(node.operand)
            if reference is not None:
                return reference
        return lambda scope: convert(operand(scope), type_name)

    def _variable_reference(self, node: ast.Variable) -> Expr | None:
        """`[ref]$x`: a reference to the variable itself, found in the scope a read of
        `$x` would use; None for what is not a session variable ($null, $env:x),
        whose `[ref]` wraps the value."""
        name = node.name
        key = name.lower()
        scope_name = node.scope.lower()
        if node.splatted or scope_name not in ("", "local", "private", "global", "script") or \
                not scope_name and key in ("null", "true", "false"):
            return None
        from .references import VariableReference, no_such_variable, owning_scope
        session = self.executor.session
        if key == "psitem":
            key = name = "_"

        def reference(scope: Scope) -> Any:
            if scope_name == "global":
                owner: Scope | None = session.global_scope if key in session.global_scope.vars else None
            elif scope_name == "script":
                owner = session.script_scope if key in session.script_scope.vars else None
            elif scope_name in ("local", "private"):
                owner = scope if key in scope.vars else None
            else:
                owner = owning_scope(scope, key)
            if owner is None:
                raise no_such_variable(name)
            return VariableReference(owner, name)
        return reference

    def _member_name(self, member: ast.Expression) -> Callable[[Scope], str]:
        if isinstance(member, ast.StringConstant):
            name = member.value
            return lambda scope: name
        expr = self.expression(member)
        return lambda scope: to_string(expr(scope))

    def expr_Member(self, node: ast.Member) -> Expr:
        target = self.expression(node.target)
        if node.static:
            member = self._member_name(node.member)
            return lambda scope: self.executor.static_member(target(scope), member(scope))
        member = self._member_name(node.member)
        if node.null_conditional:
            # `${a}?.Length`: $null when the target is $null, and the member name is not
            # even evaluated then (about_Operators, null-conditional operators).
            def null_conditional(scope: Scope) -> Any:
                obj = target(scope)
                if obj is None or obj is AUTOMATION_NULL:
                    return None
                return get_member(obj, member(scope))
            return null_conditional
        if isinstance(node.member, ast.StringConstant):
            name = node.member.value
            return lambda scope: get_member(target(scope), name)
        return lambda scope: get_member(target(scope), member(scope))

    def expr_InvokeMember(self, node: ast.InvokeMember) -> Expr:
        target = self.expression(node.target)
        member = self._member_name(node.member)
        args = [self.expression(a) for a in node.arguments]
        if node.static:
            return lambda scope: self.executor.static_method(target(scope), member(scope),
                                                             [a(scope) for a in args])
        null_conditional = node.null_conditional

        def call(scope: Scope) -> Any:
            obj = target(scope)
            if null_conditional and (obj is None or obj is AUTOMATION_NULL):
                return None   # `${a}?.Trim()`: the arguments are not evaluated either
            return invoke_method(obj, member(scope), [a(scope) for a in args])
        return call

    def expr_Index(self, node: ast.Index) -> Expr:
        target = self.expression(node.target)
        index = self.expression(node.index)
        if node.null_conditional:
            def null_conditional(scope: Scope) -> Any:
                obj = target(scope)
                if obj is None or obj is AUTOMATION_NULL:
                    return None   # `${a}?[0]`: no NullArray error, the index is not evaluated
                return get_index(obj, index(scope))
            return null_conditional
        return lambda scope: get_index(target(scope), index(scope))

    def expr_Binary(self, node: ast.Binary) -> Expr:
        left = self.expression(node.left)
        right = self.expression(node.right)
        op = node.op
        if op == "-and":
            return lambda scope: to_bool(left(scope)) and to_bool(right(scope))
        if op == "-or":
            return lambda scope: to_bool(left(scope)) or to_bool(right(scope))
        if op == "??":
            def coalesce(scope: Scope) -> Any:
                value = left(scope)
                return right(scope) if value is None or value is AUTOMATION_NULL else value
            return coalesce
        if op in ("-is", "-isnot", "-as") and isinstance(node.right, ast.TypeLiteral):
            type_name = node.right.type_name
            right = lambda scope: type_name  # noqa: E731 - the operator takes the type's name
        function = operators.binary_operator(op)
        session = self.executor.session
        fast = _INT_FAST_PATHS.get(op)
        if isinstance(node.right, (ast.Constant, ast.StringConstant)):
            constant = node.right.value   # `$_.X -like "K*"`, `$_ % 3`: one call fewer per object
            if fast is not None and type(constant) is int:
                def int_constant(scope: Scope) -> Any:
                    value = left(scope)
                    if type(value) is int:
                        result = fast(value, constant)
                        if result is not None:
                            return result
                    return function(value, constant, session)
                return int_constant
            return lambda scope: function(left(scope), constant, session)
        if fast is not None:
            def ints(scope: Scope) -> Any:
                a, b = left(scope), right(scope)
                if type(a) is int and type(b) is int:
                    result = fast(a, b)
                    if result is not None:
                        return result
                return function(a, b, session)
            return ints
        return lambda scope: function(left(scope), right(scope), session)

    def expr_Unary(self, node: ast.Unary) -> Expr:
        op = node.op
        if op in ("-not", "!"):
            operand = self.expression(node.operand)
            return lambda scope: not to_bool(operand(scope))
        if op == ",":
            operand = self.expression(node.operand)
            return lambda scope: [operand(scope)]
        if op in ("++", "--", "post++", "post--"):
            return self._increment(node)
        operand = self.expression(node.operand)
        function = operators.unary_operator(op)
        session = self.executor.session
        return lambda scope: function(operand(scope), session)

    def _increment(self, node: ast.Unary) -> Expr:
        current = self.expression(node.operand)
        store = self.assign_target(node.operand)
        delta = 1 if node.op.endswith("++") else -1
        postfix = node.op.startswith("post")
        add = operators.binary_operator("+")
        session = self.executor.session

        def run(scope: Scope) -> Any:
            before = current(scope)
            after = add(0 if before is None else before, delta, session)
            store(scope, after)
            return before if postfix else after
        return run

    def expr_Ternary(self, node: ast.Ternary) -> Expr:
        test = self.expression(node.condition)
        yes = self.expression(node.if_true)
        no = self.expression(node.if_false)
        return lambda scope: yes(scope) if to_bool(test(scope)) else no(scope)

    def expr_ArrayLiteral(self, node: ast.ArrayLiteral) -> Expr:
        elements = [self.expression(e) for e in node.elements]
        return lambda scope: [e(scope) for e in elements]

    def expr_ArrayExpression(self, node: ast.ArrayExpression) -> Expr:
        body = self.statement_block(node.body)
        return lambda scope: _collect(body, scope)

    def expr_SubExpression(self, node: ast.SubExpression) -> Expr:
        body = self.statement_block(node.body)
        return lambda scope: _single_or_list(_collect(body, scope))

    def expr_Paren(self, node: ast.Paren) -> Expr:
        statement = node.statement
        if isinstance(statement, ast.Assignment):
            return self.assignment(statement)
        if isinstance(statement, ast.Pipeline) and len(statement.elements) == 1 and \
                isinstance(statement.elements[0], ast.CommandExpression):
            return self.expression(statement.elements[0].expression)
        body = self.statement(statement)

        def run(scope: Scope) -> Any:
            values = _collect(body, scope)
            if not values:
                return AUTOMATION_NULL
            return values[0] if len(values) == 1 else values
        return run

    def expr_HashtableLiteral(self, node: ast.HashtableLiteral) -> Expr:
        pairs = [(self.expression(k), self._value_of(v)) for k, v in node.pairs]

        def build(scope: Scope) -> Hashtable:
            table = Hashtable()
            for key, value in pairs:
                k = key(scope)
                if k in table:
                    raise PSRuntimeError.of(f"Duplicate keys '{to_string(k)}' are not allowed in "
                                            "hash literals.", "DuplicateKeyInHashLiteral")
                table[k] = value(scope)
            return table
        return build

    def expr_ScriptBlockExpression(self, node: ast.ScriptBlockExpression) -> Expr:
        compiled = self.executor.compile_script_block(node.block)
        return lambda scope: compiled.bind(scope)


# ---------------------------------------------------------------- index & members


def get_index(target: Any, index: Any) -> Any:
    """`target[index]`: arrays (negative from the end, a list of indexes), strings,
    hashtables by key; out of range gives $null."""
    if target is None:
        raise PSRuntimeError.of("Cannot index into a null array.", "NullArray", INVALID_OPERATION)
    if index is None or index is AUTOMATION_NULL:
        raise _null_index()
    if isinstance(target, Hashtable):
        if isinstance(index, (list, tuple)):
            return [target[i] for i in index]
        return target[index]
    if isinstance(index, (list, tuple)):
        if isinstance(target, (list, tuple, str)):
            # a slice: indexes out of range are left out, $null elements are kept
            sequence: Any = target
            if isinstance(target, str) and not _is_bmp(target):
                sequence = _units(target)
            size = len(sequence)
            out = []
            for i in index:
                position = operators.convert_to_type(i, "int")
                if -size <= position < size:
                    item = sequence[position]
                    out.append(Char(item) if isinstance(target, str) else item)
            return out
        return [get_index(target, i) for i in index]
    if isinstance(target, PSCustomObject):
        return target.get(to_string(index))
    if isinstance(target, PSMemberCollection) and isinstance(index, str):
        return target.find(index)    # `$o.psobject.Properties['Name']`
    if isinstance(target, str):
        position = operators.convert_to_type(index, "int")
        # .NET strings index UTF-16 code units: outside the BMP a character is two
        # units, and indexing can give one lone surrogate of the pair.
        text = target if _is_bmp(target) else _units(target)
        if -len(text) <= position < len(text):
            return Char(text[position])
        return None
    if isinstance(target, (list, tuple)):
        position = operators.convert_to_type(index, "int")
        if -len(target) <= position < len(target):
            return target[position]
        return None
    position = operators.convert_to_type(index, "int")
    return target if position in (0, -1) else None


def _null_index() -> PSRuntimeError:
    """A single $null index, for any target (PSGetIndexBinder/PSSetIndexBinder check
    it before looking at the target's type; a slice `$a[$null, 0]` is not affected)."""
    return PSRuntimeError.of("Index operation failed; the array index evaluated to null.",
                             "NullArrayIndex", INVALID_OPERATION)


def _with_parentheses(where: InvocationInfo) -> InvocationInfo:
    """The grammar keeps `switch (...)`'s parentheses out of the subject's span;
    with -File, PowerShell parses them as part of the file-name argument, whose
    extent its errors show."""
    text = where.line_text
    start = where.column - 2                    # 0-based index just before the span
    end = where.column - 1 + where.extent_length  # 0-based index just after it
    while start >= 0 and text[start] in " \t":
        start -= 1
    while end < len(text) and text[end] in " \t":
        end += 1
    if start >= 0 and end < len(text) and text[start] == "(" and text[end] == ")":
        from dataclasses import replace
        return replace(where, column=start + 1, extent_length=end - start + 1)
    return where


def _resolve_switch_file(path: str) -> str:
    """The one file `switch -File` reads, with the errors SwitchOps.ResolveFilePath
    gives (the provider's ItemNotFoundException for a path that does not exist)."""
    from ..cmdlets.core.files import full_path
    from ..cmdlets.lang.wildcard import has_wildcards
    if not path:
        raise PSRuntimeError.of("The -File option requires a file name.", "InvalidFilenameOption")
    if has_wildcards(path):
        import glob
        found = sorted(glob.glob(full_path(path)))
        if not found:
            raise PSRuntimeError.of(f"No files matching '{path}' were found..", "FileNotFound")
        if len(found) > 1:
            raise PSRuntimeError.of("The path resolved to more than one file; can only process "
                                    "one file.", "AmbiguousPath")
        return found[0]
    resolved = full_path(path)
    if not os.path.exists(resolved):
        raise PSRuntimeError(ErrorRecord(
            message=f"Cannot find path '{resolved}' because it does not exist.",
            error_id="PathNotFound", category="ObjectNotFound", target=resolved,
            target_name=resolved, target_type="String",
            exception_type="System.Management.Automation.ItemNotFoundException"))
    return resolved


# Byte order marks StreamReader recognises; without one the file is UTF-8.
_BOMS = ((b"\xef\xbb\xbf", "utf-8-sig"), (b"\xff\xfe\x00\x00", "utf-32"), (b"\x00\x00\xfe\xff", "utf-32"),
         (b"\xff\xfe", "utf-16"), (b"\xfe\xff", "utf-16"))


def _read_lines(path: str, where: InvocationInfo) -> Iterator[str]:
    """The lines of a text file as StreamReader.ReadLine gives them: split at
    \\r\\n, \\r or \\n, no empty last line after a final newline, undecodable bytes
    as U+FFFD. A file that cannot be read is a FileReadError."""
    try:
        with open(path, "rb") as raw:
            head = raw.read(4)
        encoding = next((name for bom, name in _BOMS if head.startswith(bom)), "utf-8")
        handle = open(path, encoding=encoding, errors="replace", newline=None)
    except OSError as exc:
        message = (f"Access to the path '{path}' is denied." if isinstance(exc, (PermissionError, IsADirectoryError))
                   else exc.strerror or str(exc))
        error = PSRuntimeError.of(message, "FileReadError", "NotSpecified", path)
        error.record = error.record.with_invocation(where)
        raise error from None
    return _lines_of(handle)


def _lines_of(handle: Any) -> Iterator[str]:
    with handle:
        for line in handle:   # newline=None: \r\n and \r arrive as \n
            yield line[:-1] if line.endswith("\n") else line


def set_index(target: Any, index: Any, value: Any) -> None:
    if target is None:
        raise PSRuntimeError.of("Cannot index into a null array.", "NullArray", INVALID_OPERATION)
    if index is None or index is AUTOMATION_NULL:
        raise _null_index()
    if isinstance(target, Hashtable):
        target[index] = value
        return
    if isinstance(target, list):
        position = operators.convert_to_type(index, "int")
        if not -len(target) <= position < len(target):
            raise PSRuntimeError.of("Index was outside the bounds of the array.", "IndexOutOfRange")
        target[position] = value
        return
    if isinstance(target, PSCustomObject):
        target.set(to_string(index), value)
        return
    raise PSRuntimeError.of(f"Unable to index into an object of type {type_names(target)[0]}.",
                            "CannotIndex")


def set_member(target: Any, name: str, value: Any) -> None:
    if isinstance(target, PSReference) and name.lower() == "value":
        target.Value = value   # `$r.Value = 9`: through a [ref] to a variable, sets the variable
        return
    if isinstance(target, PSCustomObject):
        if not target.has(name):
            raise PSRuntimeError.of(f"The property '{name}' cannot be found on this object. Verify "
                                    "that the property exists and can be set.", "PropertyAssignmentException")
        target.set(name, value)
        return
    if isinstance(target, Hashtable):
        target[name] = value
        return
    if target is None:
        raise PSRuntimeError.of(f"The property '{name}' cannot be found on this object. Verify that "
                                "the property exists and can be set.", "PropertyNotFound")
    raise PSRuntimeError.of(f"'{name}' is a ReadOnly property.", "PropertyAssignmentException")


__all__ = ["Compiler", "TypeRef", "emit_value", "get_index", "set_index", "set_member",
           "enumerate_value"]
