"""The typed syntax tree that the parser produces and the executor compiles.

Every node carries a `SourceSpan`, so any error raised while running a node can
point at the text the user typed (`At line:N char:M` and the caret line).
Nodes are immutable; the executor compiles each script block once.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Union


@dataclass(frozen=True, slots=True)
class Source:
    """The whole text a tree was parsed from, with the name shown in errors."""

    text: str
    name: str = ""  # a script path, or "" for typed / -Command input

    def line_text(self, line: int) -> str:
        """Line `line` (1-based) without its line ending."""
        lines = self.text.splitlines()
        return lines[line - 1] if 0 < line <= len(lines) else ""


@dataclass(frozen=True, slots=True)
class SourceSpan:
    """A stretch of source text; lines and columns are 1-based, offsets 0-based."""

    source: Source = field(repr=False, compare=False)
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


@dataclass(frozen=True, slots=True)
class Node:
    span: SourceSpan = field(repr=False, compare=False)


# ------------------------------------------------------------------ expressions


@dataclass(frozen=True, slots=True)
class Expression(Node):
    pass


@dataclass(frozen=True, slots=True)
class Constant(Expression):
    """A number literal (int or float); `text` is the literal as written."""

    value: Any
    text: str = ""


@dataclass(frozen=True, slots=True)
class StringConstant(Expression):
    """A string without expansion: 'single', a here-string @'..'@, or a bare word.

    kind is "single", "double" (a double-quoted string with nothing to expand),
    "bare" (a command-mode bare word) or "here_single"/"here_double".
    """

    value: str
    kind: str = "single"


@dataclass(frozen=True, slots=True)
class ExpandableString(Expression):
    """A "double-quoted" string or bare word with `$var` / `$(...)` parts.

    parts holds literal strs (escapes already applied) and Expression nodes.
    """

    parts: tuple[Union[str, Expression], ...]
    kind: str = "double"


@dataclass(frozen=True, slots=True)
class Variable(Expression):
    """`$name`, `${name}`, `$scope:name`; `splatted` for `@name` in argument mode.

    name has no `$`; scope is "" or one of global/script/local/private/env/variable/using.
    """

    name: str
    scope: str = ""
    splatted: bool = False


@dataclass(frozen=True, slots=True)
class TypeLiteral(Expression):
    """`[int]`, `[System.String]`, `[string[]]` used as a value (not a cast)."""

    type_name: str


@dataclass(frozen=True, slots=True)
class Convert(Expression):
    """A cast: `[int]$x`, `[pscustomobject]@{...}`."""

    type_name: str
    operand: Expression


@dataclass(frozen=True, slots=True)
class Member(Expression):
    """`target.name`, `target::name` (static), `target?.name`.

    member is a StringConstant for a plain name, or any expression (`$x.$name`, `$x.('a')`).
    """

    target: Expression
    member: Expression
    static: bool = False
    null_conditional: bool = False


@dataclass(frozen=True, slots=True)
class InvokeMember(Expression):
    """`target.name(args)` / `target::name(args)`."""

    target: Expression
    member: Expression
    arguments: tuple[Expression, ...]
    static: bool = False
    null_conditional: bool = False


@dataclass(frozen=True, slots=True)
class Index(Expression):
    """`target[index]` / `target?[index]`."""

    target: Expression
    index: Expression
    null_conditional: bool = False


@dataclass(frozen=True, slots=True)
class Binary(Expression):
    """A binary operator. op is normalised to ASCII lower case with a leading
    '-' for word operators: '-eq', '-cmatch', '-and', '+', '*', '..', '-f', ...
    Dash look-alikes are already folded to '-'.
    """

    op: str
    left: Expression
    right: Expression


@dataclass(frozen=True, slots=True)
class Unary(Expression):
    """A prefix or postfix operator.

    op is one of '-not', '!', '-', '+', '-bnot', ',', '-split', '-join',
    '++' / '--' (prefix), 'post++' / 'post--' (postfix).
    """

    op: str
    operand: Expression


@dataclass(frozen=True, slots=True)
class Ternary(Expression):
    condition: Expression
    if_true: Expression
    if_false: Expression


@dataclass(frozen=True, slots=True)
class ArrayLiteral(Expression):
    """`a, b, c` (the comma operator with two or more elements)."""

    elements: tuple[Expression, ...]


@dataclass(frozen=True, slots=True)
class ArrayExpression(Expression):
    """`@( statements )`: always an array."""

    body: "StatementBlock"


@dataclass(frozen=True, slots=True)
class SubExpression(Expression):
    """`$( statements )`."""

    body: "StatementBlock"


@dataclass(frozen=True, slots=True)
class Paren(Expression):
    """`( pipeline )`: one pipeline or assignment in parentheses."""

    statement: "Statement"


@dataclass(frozen=True, slots=True)
class HashtableLiteral(Expression):
    """`@{ key = value; ... }`; keys are expressions (bare keys become StringConstant)."""

    pairs: tuple[tuple[Expression, "Statement"], ...]


@dataclass(frozen=True, slots=True)
class ScriptBlockExpression(Expression):
    """`{ ... }` used as a value."""

    block: "ScriptBlock"


# ------------------------------------------------------------- command elements


@dataclass(frozen=True, slots=True)
class CommandParameter(Node):
    """`-Name`, or `-Name:value` (argument set).

    name is without the leading dash (any dash look-alike), as typed.
    """

    name: str
    argument: Expression | None = None


@dataclass(frozen=True, slots=True)
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


@dataclass(frozen=True, slots=True)
class PipelineElement(Node):
    pass


@dataclass(frozen=True, slots=True)
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


@dataclass(frozen=True, slots=True)
class CommandExpression(PipelineElement):
    """An expression as a pipeline element: `1..10 | ...`, `"Ken Myer", "x" | ...`."""

    expression: Expression


# -------------------------------------------------------------------- statements


@dataclass(frozen=True, slots=True)
class Statement(Node):
    pass


@dataclass(frozen=True, slots=True)
class Pipeline(Statement):
    elements: tuple[PipelineElement, ...]


@dataclass(frozen=True, slots=True)
class PipelineChain(Statement):
    """`a && b`, `a || b` (PowerShell 7). op is '&&' or '||'."""

    op: str
    left: Statement
    right: Statement


@dataclass(frozen=True, slots=True)
class Assignment(Statement):
    """`target op value`; op is '=', '+=', '-=', '*=', '/=', '%=', '??='.

    target is a Variable, Member, Index, Convert (typed variable) or ArrayLiteral
    of those (multiple assignment). value is a Statement (pipeline or assignment).
    """

    target: Expression
    op: str
    value: Statement


@dataclass(frozen=True, slots=True)
class StatementBlock(Node):
    """A list of statements (the body of `{ }`, `$( )`, `@( )`, a script)."""

    statements: tuple[Statement, ...]


@dataclass(frozen=True, slots=True)
class If(Statement):
    clauses: tuple[tuple[Statement, StatementBlock], ...]  # (condition pipeline, body)
    else_body: StatementBlock | None = None


@dataclass(frozen=True, slots=True)
class While(Statement):
    condition: Statement
    body: StatementBlock
    label: str = ""


@dataclass(frozen=True, slots=True)
class DoLoop(Statement):
    """`do { } while (c)` (until=False) or `do { } until (c)` (until=True)."""

    body: StatementBlock
    condition: Statement
    until: bool = False
    label: str = ""


@dataclass(frozen=True, slots=True)
class For(Statement):
    init: Statement | None
    condition: Statement | None
    step: Statement | None
    body: StatementBlock
    label: str = ""


@dataclass(frozen=True, slots=True)
class ForEach(Statement):
    variable: Variable
    iterable: Statement
    body: StatementBlock
    label: str = ""


@dataclass(frozen=True, slots=True)
class SwitchClause(Node):
    pattern: Expression  # ScriptBlockExpression for a condition block; "default" as StringConstant with is_default
    body: StatementBlock
    is_default: bool = False


@dataclass(frozen=True, slots=True)
class Switch(Statement):
    subject: Statement
    clauses: tuple[SwitchClause, ...]
    flags: tuple[str, ...] = ()  # lower-case: regex, wildcard, exact, casesensitive, file
    label: str = ""


@dataclass(frozen=True, slots=True)
class FlowControl(Statement):
    """`break`, `continue`, `return`, `exit`, `throw` with an optional operand
    (a label for break/continue, a pipeline for return/exit/throw)."""

    keyword: str  # break | continue | return | exit | throw
    operand: Union[Statement, Expression, None] = None


@dataclass(frozen=True, slots=True)
class CatchClause(Node):
    type_names: tuple[str, ...]
    body: StatementBlock


@dataclass(frozen=True, slots=True)
class Try(Statement):
    body: StatementBlock
    catches: tuple[CatchClause, ...]
    finally_body: StatementBlock | None = None


@dataclass(frozen=True, slots=True)
class Trap(Statement):
    type_name: str
    body: StatementBlock


@dataclass(frozen=True, slots=True)
class FunctionDefinition(Statement):
    name: str
    body: "ScriptBlock"
    is_filter: bool = False


# ---------------------------------------------------------------- script blocks


@dataclass(frozen=True, slots=True)
class Attribute(Node):
    """`[Name(positional, Named=value)]` on a param block or parameter.

    A type constraint such as `[int]` is an Attribute with no arguments whose
    name is the type; `is_type` tells them apart where the parser knows.
    """

    name: str
    positional: tuple[Expression, ...] = ()
    named: tuple[tuple[str, Expression | None], ...] = ()
    is_type: bool = False


@dataclass(frozen=True, slots=True)
class ParameterDeclaration(Node):
    variable: Variable
    attributes: tuple[Attribute, ...] = ()
    default: Expression | None = None


@dataclass(frozen=True, slots=True)
class ParamBlock(Node):
    attributes: tuple[Attribute, ...]
    parameters: tuple[ParameterDeclaration, ...]


@dataclass(frozen=True, slots=True)
class ScriptBlock(Node):
    """A script, a `{ }` block or a function body.

    Without named blocks the statements are the `end` block, as in PowerShell.
    """

    param_block: ParamBlock | None = None
    begin: StatementBlock | None = None
    process: StatementBlock | None = None
    end: StatementBlock | None = None
    has_named_blocks: bool = False
