"""The typed syntax tree that the parser produces and the executor compiles.

Every node carries a `SourceSpan`, so any error raised while running a node can
point at the text the user typed (`At line:N char:M` and the caret line).
Nodes are immutable; the executor compiles each script block once.

The node classes are declared like dataclasses (annotated fields, defaults) but
built by a small metaclass instead of `@dataclass`: the dataclass decorator
generates and compiles code for every class at import time, which cost tens of
milliseconds of every shell start for 48 classes. Nodes keep value equality
(the span excluded), hashing, a readable repr and immutability.
"""
from __future__ import annotations

from typing import Any, Union

_NO_DEFAULT: Any = object()
_UNCOMPARED = frozenset({"span", "source"})  # positions never decide node equality


class _NodeMeta(type):
    """Turns annotated class attributes into slotted, ordered fields."""

    def __new__(mcls, name: str, bases: tuple[type, ...], namespace: dict[str, Any]):
        own = [n for n in namespace.get("__annotations__", {}) if not n.startswith("_")]
        inherited: tuple[str, ...] = bases[0]._fields if bases and hasattr(bases[0], "_fields") else ()
        defaults = dict(getattr(bases[0], "_defaults", {})) if bases else {}
        for field_name in own:
            if field_name in namespace:
                defaults[field_name] = namespace.pop(field_name)
        namespace["__slots__"] = tuple(own)
        cls = super().__new__(mcls, name, bases, namespace)
        cls._fields = inherited + tuple(own)
        cls._defaults = defaults
        cls._compared = tuple(f for f in cls._fields if f not in _UNCOMPARED)
        return cls


class _Frozen(metaclass=_NodeMeta):
    """Base of Source, SourceSpan and every node: keyword or positional
    construction in field order, value equality, immutability."""

    __slots__ = ()
    _fields: tuple[str, ...] = ()
    _defaults: dict[str, Any] = {}
    _compared: tuple[str, ...] = ()

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        fields = self._fields
        if len(args) > len(fields):
            raise TypeError(f"{type(self).__name__} takes {len(fields)} fields, got {len(args)}")
        values = dict(zip(fields, args))
        for key, value in kwargs.items():
            if key not in fields or key in values:
                raise TypeError(f"{type(self).__name__}: unexpected or repeated field {key!r}")
            values[key] = value
        setter = object.__setattr__
        for field_name in fields:
            value = values.get(field_name, self._defaults.get(field_name, _NO_DEFAULT))
            if value is _NO_DEFAULT:
                raise TypeError(f"{type(self).__name__} is missing field {field_name!r}")
            setter(self, field_name, value)

    def __setattr__(self, name: str, value: Any) -> None:
        raise AttributeError(f"cannot assign to field {name!r}: syntax tree nodes are immutable")

    def __delattr__(self, name: str) -> None:
        raise AttributeError(f"cannot delete field {name!r}: syntax tree nodes are immutable")

    def _key(self) -> tuple[Any, ...]:
        return tuple(getattr(self, f) for f in self._compared)

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__:
            return NotImplemented
        return self._key() == other._key()  # type: ignore[attr-defined]

    def __hash__(self) -> int:
        return hash((self.__class__.__name__,) + self._key())

    def __repr__(self) -> str:
        shown = ", ".join(f"{f}={getattr(self, f)!r}" for f in self._compared)
        return f"{type(self).__name__}({shown})"


def replace(node: Any, **changes: Any) -> Any:
    """A copy of `node` with some fields changed (dataclasses.replace for nodes)."""
    values = {f: getattr(node, f) for f in node._fields}
    values.update(changes)
    return type(node)(**values)


def fields_of(cls: type) -> tuple[str, ...]:
    """The field names of a node class, in constructor order."""
    return cls._fields  # type: ignore[attr-defined]


def default_of(cls: type, field_name: str) -> Any:
    """The default of a field, or NO_DEFAULT."""
    return cls._defaults.get(field_name, _NO_DEFAULT)  # type: ignore[attr-defined]


NO_DEFAULT = _NO_DEFAULT


class Source(_Frozen):
    """The whole text a tree was parsed from, with the name shown in errors."""

    text: str
    name: str = ""  # a script path, or "" for typed / -Command input

    def line_text(self, line: int) -> str:
        """Line `line` (1-based) without its line ending."""
        lines = self.text.splitlines()
        return lines[line - 1] if 0 < line <= len(lines) else ""


class SourceSpan(_Frozen):
    """A stretch of source text; lines and columns are 1-based, offsets 0-based."""

    source: Source
    start: int
    end: int
    line: int
    column: int
    end_line: int
    end_column: int

    @property
    def text(self) -> str:
        return self.source.text[self.start:self.end]


# --------------------------------------------------------------------------- base


class Node(_Frozen):
    span: SourceSpan


# ------------------------------------------------------------------ expressions


class Expression(Node):
    pass


class Constant(Expression):
    """A number literal (int or float); `text` is the literal as written."""

    value: Any
    text: str = ""


class StringConstant(Expression):
    """A string without expansion: 'single', a here-string @'..'@, or a bare word.

    kind is "single", "double" (a double-quoted string with nothing to expand),
    "bare" (a command-mode bare word) or "here_single"/"here_double".
    """

    value: str
    kind: str = "single"


class ExpandableString(Expression):
    """A "double-quoted" string or bare word with `$var` / `$(...)` parts.

    parts holds literal strs (escapes already applied) and Expression nodes.
    """

    parts: tuple[Union[str, Expression], ...]
    kind: str = "double"


class Variable(Expression):
    """`$name`, `${name}`, `$scope:name`; `splatted` for `@name` in argument mode.

    name has no `$`; scope is "" or one of global/script/local/private/env/variable/using.
    """

    name: str
    scope: str = ""
    splatted: bool = False


class TypeLiteral(Expression):
    """`[int]`, `[System.String]`, `[string[]]` used as a value (not a cast)."""

    type_name: str


class Convert(Expression):
    """A cast: `[int]$x`, `[pscustomobject]@{...}`."""

    type_name: str
    operand: Expression


class Member(Expression):
    """`target.name`, `target::name` (static), `target?.name`.

    member is a StringConstant for a plain name, or any expression (`$x.$name`, `$x.('a')`).
    """

    target: Expression
    member: Expression
    static: bool = False
    null_conditional: bool = False


class InvokeMember(Expression):
    """`target.name(args)` / `target::name(args)`."""

    target: Expression
    member: Expression
    arguments: tuple[Expression, ...]
    static: bool = False
    null_conditional: bool = False


class Index(Expression):
    """`target[index]` / `target?[index]`."""

    target: Expression
    index: Expression
    null_conditional: bool = False


class Binary(Expression):
    """A binary operator. op is normalised to ASCII lower case with a leading
    '-' for word operators: '-eq', '-cmatch', '-and', '+', '*', '..', '-f', ...
    Dash look-alikes are already folded to '-'.
    """

    op: str
    left: Expression
    right: Expression


class Unary(Expression):
    """A prefix or postfix operator.

    op is one of '-not', '!', '-', '+', '-bnot', ',', '-split', '-join',
    '++' / '--' (prefix), 'post++' / 'post--' (postfix).
    """

    op: str
    operand: Expression


class Ternary(Expression):
    condition: Expression
    if_true: Expression
    if_false: Expression


class ArrayLiteral(Expression):
    """`a, b, c` (the comma operator with two or more elements)."""

    elements: tuple[Expression, ...]


class ArrayExpression(Expression):
    """`@( statements )`: always an array."""

    body: "StatementBlock"


class SubExpression(Expression):
    """`$( statements )`."""

    body: "StatementBlock"


class Paren(Expression):
    """`( pipeline )`: one pipeline or assignment in parentheses."""

    statement: "Statement"


class HashtableLiteral(Expression):
    """`@{ key = value; ... }`; keys are expressions (bare keys become StringConstant)."""

    pairs: tuple[tuple[Expression, "Statement"], ...]


class ScriptBlockExpression(Expression):
    """`{ ... }` used as a value."""

    block: "ScriptBlock"


# ------------------------------------------------------------- command elements


class CommandParameter(Node):
    """`-Name`, or `-Name:value` (argument set).

    name is without the leading dash (any dash look-alike), as typed.
    """

    name: str
    argument: Expression | None = None


class Redirection(Node):
    """`2>$null`, `> out.txt`, `>> log.txt` (append), `2>&1` / `*>&1` (merge).

    stream is the source stream as typed: "1".."6" or "*" ("1" when omitted).
    For a file redirection target is the file expression; for a merge target
    is None and to_stream is "1" (or "2").
    """

    stream: str
    target: Expression | None = None
    append: bool = False
    to_stream: str = ""


class PipelineElement(Node):
    pass


class Command(PipelineElement):
    """A command invocation in argument mode.

    name: the command name as an expression (StringConstant for a bare word
    such as `Get-CsUser`; any expression after `&` / `.`).
    elements: the arguments in order: CommandParameter or Expression.
    invocation: "" (plain), "&" or ".".
    """

    name: Expression
    elements: tuple[Union[CommandParameter, Expression], ...]
    invocation: str = ""
    redirections: tuple[Redirection, ...] = ()  # added after the first release; default ()


class CommandExpression(PipelineElement):
    """An expression as a pipeline element: `1..10 | ...`, `"Ken Myer", "x" | ...`."""

    expression: Expression


class RedirectedExpression(PipelineElement):
    """An expression heading a pipeline with its streams redirected: `"x" > $null`,
    `$(Get-CsUser; 1) *> log.txt`. A node of its own (not a CommandExpression with
    redirections) so that no fast path for plain expressions can skip the redirections."""

    expression: Expression
    redirections: tuple[Redirection, ...]


# -------------------------------------------------------------------- statements


class Statement(Node):
    pass


class Pipeline(Statement):
    elements: tuple[PipelineElement, ...]


class PipelineChain(Statement):
    """`a && b`, `a || b` (PowerShell 7). op is '&&' or '||'."""

    op: str
    left: Statement
    right: Statement


class Assignment(Statement):
    """`target op value`; op is '=', '+=', '-=', '*=', '/=', '%=', '??='.

    target is a Variable, Member, Index, Convert (typed variable) or ArrayLiteral
    of those (multiple assignment). value is a Statement (pipeline or assignment).
    """

    target: Expression
    op: str
    value: Statement


class StatementBlock(Node):
    """A list of statements (the body of `{ }`, `$( )`, `@( )`, a script)."""

    statements: tuple[Statement, ...]


class If(Statement):
    clauses: tuple[tuple[Statement, StatementBlock], ...]  # (condition pipeline, body)
    else_body: StatementBlock | None = None


class While(Statement):
    condition: Statement
    body: StatementBlock
    label: str = ""


class DoLoop(Statement):
    """`do { } while (c)` (until=False) or `do { } until (c)` (until=True)."""

    body: StatementBlock
    condition: Statement
    until: bool = False
    label: str = ""


class For(Statement):
    init: Statement | None
    condition: Statement | None
    step: Statement | None
    body: StatementBlock
    label: str = ""


class ForEach(Statement):
    variable: Variable
    iterable: Statement
    body: StatementBlock
    label: str = ""


class SwitchClause(Node):
    pattern: Expression  # ScriptBlockExpression for a condition block; "default" as StringConstant with is_default
    body: StatementBlock
    is_default: bool = False


class Switch(Statement):
    subject: Statement
    clauses: tuple[SwitchClause, ...]
    flags: tuple[str, ...] = ()  # lower-case: regex, wildcard, exact, casesensitive, file
    label: str = ""


class FlowControl(Statement):
    """`break`, `continue`, `return`, `exit`, `throw` with an optional operand
    (a label for break/continue, a pipeline for return/exit/throw)."""

    keyword: str  # break | continue | return | exit | throw
    operand: Union[Statement, Expression, None] = None


class CatchClause(Node):
    type_names: tuple[str, ...]
    body: StatementBlock


class Try(Statement):
    body: StatementBlock
    catches: tuple[CatchClause, ...]
    finally_body: StatementBlock | None = None


class Trap(Statement):
    type_name: str
    body: StatementBlock


class FunctionDefinition(Statement):
    name: str
    body: "ScriptBlock"
    is_filter: bool = False


# ---------------------------------------------------------------- script blocks


class Attribute(Node):
    """`[Name(positional, Named=value)]` on a param block or parameter.

    A type constraint such as `[int]` is an Attribute with no arguments whose
    name is the type; `is_type` tells them apart where the parser knows.
    """

    name: str
    positional: tuple[Expression, ...] = ()
    named: tuple[tuple[str, Expression | None], ...] = ()
    is_type: bool = False


class ParameterDeclaration(Node):
    variable: Variable
    attributes: tuple[Attribute, ...] = ()
    default: Expression | None = None


class ParamBlock(Node):
    attributes: tuple[Attribute, ...]
    parameters: tuple[ParameterDeclaration, ...]


class ScriptBlock(Node):
    """A script, a `{ }` block or a function body.

    Without named blocks the statements are the `end` block, as in PowerShell.
    """

    param_block: ParamBlock | None = None
    begin: StatementBlock | None = None
    process: StatementBlock | None = None
    end: StatementBlock | None = None
    has_named_blocks: bool = False
