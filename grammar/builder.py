"""Tree building: the Lark callbacks (an inline LALR transformer) that turn
reductions straight into `ast` nodes with source spans. One method per rule
or alias of powershell.lark; children arrive as a list."""
from __future__ import annotations

import bisect
import re


from . import ast
from .errors import ScanError
from .numeric import parse_number
from .tokenizer import PSToken, DQUOTES, SQUOTES, VARIABLE_RE, drive_colon_error, skip_subexpression, scan_single_quoted, scan_double_quoted

def _maker(cls):
    """A constructor for a node class that sets the slots through their
    descriptors: several times faster than the generic __init__, same result."""
    ns = {"new": object.__new__, "cls": cls}
    params = []
    body = []
    for i, name in enumerate(ast.fields_of(cls)):
        ns[f"s{i}"] = getattr(cls, name).__set__
        default = ast.default_of(cls, name)
        if default is not ast.NO_DEFAULT:
            ns[f"d{i}"] = default
            params.append(f"{name}=d{i}")
        else:
            params.append(name)
        body.append(f"    s{i}(o, {name})")
    code = "def make(%s):\n    o = new(cls)\n%s\n    return o\n" % (", ".join(params), "\n".join(body))
    exec(code, ns)
    return ns["make"]


class _Makers:
    """`A.Command(...)` builds an ast.Command (see _maker)."""

    def __getattr__(self, name):
        make = _maker(getattr(ast, name))
        setattr(self, name, make)
        return make


A = _Makers()
_Span = A.SourceSpan
_KNOWN_SCOPES = {"global", "script", "local", "private", "using", "env", "variable", "function", "alias", "workflow"}
_ESCAPES = {"0": "\0", "a": "\a", "b": "\b", "e": "\x1b", "f": "\f", "n": "\n", "r": "\r", "t": "\t", "v": "\v"}
_SQ_PAIR = re.compile("[%s]([%s])" % (SQUOTES, SQUOTES))
_DQ_STRING_SPECIAL = re.compile(r"[`$\"\u201c\u201d\u201e]")
_HERE_SPECIAL = re.compile(r"[`$]")
_BARE_SPECIAL = re.compile(r"[`$'\"\u2018\u2019\u201a\u201b\u201c\u201d\u201e]")
_LINE_BREAK = re.compile(r"\r\n|\r|\n")
_UNICODE_ESC = re.compile(r"\{([0-9a-fA-F]{1,6})\}")


class Context:
    """Per-parse state the callbacks need: the Source and a way to parse `$( )`."""

    __slots__ = ("source", "line_starts", "subparse")

    def __init__(self, source: ast.Source, subparse):
        self.source = source
        self.line_starts = None
        self.subparse = subparse

    def position(self, offset: int) -> tuple[int, int]:
        ls = self.line_starts
        if ls is None:
            ls = [0]
            ls.extend(m.end() for m in _LINE_BREAK.finditer(self.source.text))
            self.line_starts = ls
        idx = bisect.bisect_right(ls, offset) - 1
        return idx + 1, offset - ls[idx] + 1

    def span_of(self, start: int, end: int) -> ast.SourceSpan:
        line, col = self.position(start)
        eline, ecol = self.position(end)
        return _Span(self.source, start, end, line, col, eline, ecol)


class _ScriptParts:
    __slots__ = ("param_block", "begin", "process", "end", "named", "statements")

    def __init__(self, param_block=None, statements=None, named=None):
        self.param_block = param_block
        self.statements = statements
        self.named = named


def _first(x):
    if type(x) is PSToken:
        return x.start_pos, x.line, x.column
    s = x.span
    return s.start, s.line, s.column


def _last(x):
    if type(x) is PSToken:
        return x.end_pos, x.end_line, x.end_column
    s = x.span
    return s.end, s.end_line, s.end_column


class Builder:
    """The inline transformer. `ctx` is set by the parser for each parse."""

    def __init__(self):
        self.ctx: Context | None = None

    # ------------------------------------------------------------ spans
    def sp(self, a, b=None):
        if b is None:
            b = a
        if type(a) is PSToken:
            s, l, c = a.start_pos, a.line, a.column
        else:
            sa = a.span
            s, l, c = sa.start, sa.line, sa.column
        if type(b) is PSToken:
            e, el, ec = b.end_pos, b.end_line, b.end_column
        else:
            sb = b.span
            e, el, ec = sb.end, sb.end_line, sb.end_column
        return _Span(self.ctx.source, s, e, l, c, el, ec)

    def block(self, open_tok, statements, close_tok):
        return A.StatementBlock(self.sp(open_tok, close_tok), tuple(statements))

    def inner_block(self, open_tok, statements, close_tok):
        """The statements between two tokens; the span is the text between them."""
        if statements:
            return A.StatementBlock(self.sp(statements[0], statements[-1]), tuple(statements))
        s = open_tok.end_pos
        return A.StatementBlock(_Span(self.ctx.source, s, s, open_tok.end_line, open_tok.end_column,
                                        open_tok.end_line, open_tok.end_column), ())

    def script_block(self, parts: _ScriptParts, span):
        if parts.named is not None:
            blocks = {"begin": None, "process": None, "end": None}
            for name, body in parts.named:
                key = name.lower()
                if key in blocks:
                    blocks[key] = body
            return A.ScriptBlock(span, parts.param_block, blocks["begin"], blocks["process"], blocks["end"], True)
        stmts = parts.statements
        if stmts:
            body = A.StatementBlock(self.sp(stmts[0], stmts[-1]), tuple(stmts))
        else:
            body = A.StatementBlock(_Span(span.source, span.end, span.end, span.end_line, span.end_column,
                                            span.end_line, span.end_column), ())
        return A.ScriptBlock(span, parts.param_block, None, None, body, False)

    # ---------------------------------------------------- script blocks
    def start(self, c):
        parts = c[0]
        src = self.ctx.source
        return self.script_block(parts, self.ctx.span_of(0, len(src.text)) if src.text else
                                 _Span(src, 0, 0, 1, 1, 1, 1))

    def sub_statements(self, c):
        return c[0]

    def script(self, c):
        stmts = c[0]
        pb = None
        if stmts and isinstance(stmts[0], ast.ParamBlock):
            pb = stmts[0]
            stmts = stmts[1:]
        named = None
        for s in stmts:
            if isinstance(s, tuple):
                named = [x for x in stmts if isinstance(x, tuple)]
                break
            if isinstance(s, ast.ParamBlock):
                raise ScanError("Unexpected attribute or param block: a param block must come first in a "
                                "script block.", "UnexpectedToken", s.span.start, s.span.end)
        if named is not None:
            if len(named) != len(stmts):
                bad = next(x for x in stmts if not isinstance(x, tuple))
                raise ScanError("Unexpected token '%s' in expression or statement." % bad.span.text.split()[0],
                                "UnexpectedToken", bad.span.start, bad.span.end)
            return _ScriptParts(pb, None, [(n, b) for n, b, _t in named])
        return _ScriptParts(pb, stmts)

    def named_block(self, c):
        name, lb, stmts, rb = c
        return (name.value, self.block(lb, stmts, rb), name)


    def param_block(self, c):
        attrs = c[0] if isinstance(c[0], list) else []
        kw = c[-4]
        params = c[-2]
        first = attrs[0] if attrs else kw
        return A.ParamBlock(self.sp(first, c[-1]), tuple(attrs), tuple(params))

    def attribute_list(self, c):
        out = []
        for i in range(0, len(c), 4):
            out.append(self.attribute(c[i:i + 4]))
        return out

    def param_list(self, c):
        return c[::2]

    def param_decl(self, c):
        i = 0
        attrs = []
        while not (type(c[i]) is PSToken and c[i].type == "VARIABLE"):
            attrs.append(c[i])
            i += 1
        var = self.variable([c[i]])
        default = c[i + 2] if len(c) > i + 2 else None
        return A.ParameterDeclaration(self.sp(c[0], c[-1]), var, tuple(attrs), default)

    def attribute(self, c):
        start, args, _rp, rb = c
        positional = tuple(a[1] for a in args if a[0] == "p")
        named = tuple((a[1], a[2]) for a in args if a[0] == "n")
        return A.Attribute(self.sp(start, rb), start.value, positional, named, False)

    def type_attribute(self, c):
        t = c[0]
        return A.Attribute(self.sp(t), t.value, (), (), True)

    def attr_args(self, c):
        return c[::2]

    def attr_named(self, c):
        return ("n", c[0].value, c[2] if len(c) > 2 else None)

    def attr_positional(self, c):
        return ("p", c[0])

    # -------------------------------------------------------- statements
    def labeled(self, c):
        if len(c) == 1:
            return c[0]
        label, loop = c
        return ast.replace(loop, label=label.value, span=self.sp(label, loop))

    def assignment(self, c):
        target, op, value = c
        if isinstance(target, ast.Paren) or isinstance(target, (ast.Constant, ast.StringConstant,
                                                               ast.ExpandableString, ast.Binary)):
            raise ScanError("The assignment expression is not valid. The input to an assignment operator must be an "
                            "object that is able to accept assignments, such as a variable or a property.",
                            "InvalidLeftHandSide", target.span.start, target.span.end)
        return A.Assignment(self.sp(target, value), target, op.value, value)

    def chain(self, c):
        left, op, right = c
        return A.PipelineChain(self.sp(left, right), op.value, left, right)

    def pipeline(self, c):
        first = c[0]
        if isinstance(first, ast.Expression):
            first = A.CommandExpression(first.span, first)
        return A.Pipeline(first.span, (first,))

    def redirected_expression(self, c):
        expression, redirections = c
        element = A.RedirectedExpression(self.sp(expression, redirections[-1]), expression,
                                         tuple(redirections))
        return A.Pipeline(element.span, (element,))

    def pipeline_append(self, c):
        left, _pipe, cmd = c
        return A.Pipeline(self.sp(left, cmd), left.elements + (cmd,))

    def command(self, c):
        name = c[0]
        name_node = A.StringConstant(self.sp(name), _bare_value(name.value), "bare")
        if len(c) == 1:
            return A.Command(name_node.span, name_node, (), "")
        elements = c[1]
        span = self.sp(name, elements[-1])
        if any(type(e) is ast.Redirection for e in elements):
            return A.Command(span, name_node, tuple(e for e in elements if type(e) is not ast.Redirection), "",
                             tuple(e for e in elements if type(e) is ast.Redirection))
        return A.Command(span, name_node, tuple(elements), "")

    def invoke_command(self, c):
        op = c[0]
        elements = c[2] if len(c) > 2 else ()
        redirections = tuple(e for e in elements if type(e) is ast.Redirection)
        if redirections:
            elements = [e for e in elements if type(e) is not ast.Redirection]
        return A.Command(self.sp(op, c[-1][-1] if len(c) > 2 else c[1]), c[1], tuple(elements), op.value,
                         redirections)

    def redirection(self, c):
        op, target = c
        text = op.value
        stream = text[0] if text[0] in "*123456" else "1"
        return A.Redirection(self.sp(op, target), stream, target, text.endswith(">>"), "")

    def merge_redirection(self, c):
        op = c[0]
        text = op.value
        stream = text[0] if text[0] in "*123456" else "1"
        return A.Redirection(self.sp(op), stream, None, False, text[-1])

    # left-recursive lists: the callbacks get a fresh list each time, so appending is safe
    def list_empty(self, c):
        return []

    def list_first(self, c):
        return c

    def list_same(self, c):
        return c[0]

    def list_append(self, c):
        lst = c[0]
        lst.append(c[1])
        return lst

    def list_append_sep(self, c):
        lst = c[0]
        lst.append(c[2])
        return lst

    def stmt_sep(self, c):
        return None

    def parameter(self, c):
        t = c[0]
        return A.CommandParameter(self.sp(t), t.value, None)

    def parameter_value(self, c):
        t, arg = c
        return A.CommandParameter(self.sp(t, arg), t.value, arg)

    def arg_array(self, c):
        return A.ArrayLiteral(self.sp(c[0], c[-1]), tuple(c[::2]))

    def _member_name(self, tok):
        return A.StringConstant(self.sp(tok), tok.value, "bare")

    def arg_member(self, c):
        target, _dot, name = c
        return A.Member(self.sp(target, name), target, self._member_name(name), False, False)

    def arg_static_member(self, c):
        target, _dot, name = c
        return A.Member(self.sp(target, name), target, self._member_name(name), True, False)

    def arg_invoke(self, c):
        target, _dot, name, _lp, args, rp = c
        return A.InvokeMember(self.sp(target, rp), target, self._member_name(name), tuple(args), False, False)

    def arg_static_invoke(self, c):
        target, _dot, name, _lp, args, rp = c
        return A.InvokeMember(self.sp(target, rp), target, self._member_name(name), tuple(args), True, False)

    def arg_index(self, c):
        target, _lb, index, rb = c
        return A.Index(self.sp(target, rb), target, index, False)

    def bareword(self, c):
        t = c[0]
        return self.expand(t.start_pos, t.end_pos, "bare", self.sp(t))

    def number(self, c):
        t = c[0]
        text = t.value
        return A.Constant(self.sp(t), parse_number(text), text)

    def string(self, c):
        t = c[0]
        text = t.value
        span = self.sp(t)
        first = text[0]
        if first == "@":
            body_start, body_end = _here_body(self.ctx.source.text, t.start_pos, t.end_pos)
            if text[1] in SQUOTES:
                return A.StringConstant(span, self.ctx.source.text[body_start:body_end], "here_single")
            return self.expand(body_start, body_end, "here_double", span)
        if first in SQUOTES:
            return A.StringConstant(span, _SQ_PAIR.sub(r"\1", text[1:-1]), "single")
        return self.expand(t.start_pos + 1, t.end_pos - 1, "double", span)

    def variable(self, c):
        t = c[0]
        return _variable(t.value, self.sp(t))

    def splat(self, c):
        t = c[0]
        return A.Variable(self.sp(t), t.value[1:], "", True)

    def arg_paren(self, c):
        return A.Paren(self.sp(c[0], c[-1]), c[1])

    paren = arg_paren

    def arg_subexpr(self, c):
        lp, stmts, rp = c
        return A.SubExpression(self.sp(lp, rp), self.block(lp, stmts, rp))

    subexpr = arg_subexpr

    def arg_arrayexpr(self, c):
        lp, stmts, rp = c
        return A.ArrayExpression(self.sp(lp, rp), self.block(lp, stmts, rp))

    arrayexpr = arg_arrayexpr

    def arg_hash(self, c):
        lb, pairs, rb = c
        return A.HashtableLiteral(self.sp(lb, rb), tuple(pairs))

    hash = arg_hash

    def arg_scriptblock(self, c):
        lb, parts, rb = c
        span = self.sp(lb, rb)
        return A.ScriptBlockExpression(span, self.script_block(parts, span))

    scriptblock = arg_scriptblock

    def hash_body(self, c):
        return c

    def hash_pair(self, c):
        key, op, value = c
        if op.value != "=":
            raise ScanError("Missing '=' operator after key in hash literal.", "MissingEqualsInHashLiteral",
                            op.start_pos, op.end_pos)
        return (key, value)

    def hash_word(self, c):
        t = c[0]
        return A.StringConstant(self.sp(t), t.value, "bare")

    # ------------------------------------------------ compound statements
    def if_stmt(self, c):
        _if, lp, cond, rp, lb, stmts, rb = c[:7]
        clauses = [(cond, self.block(lb, stmts, rb))]
        last = rb
        else_body = None
        for x in c[7:]:
            if isinstance(x, tuple):
                clauses.append(x[0])
                last = x[1]
            else:
                else_body = x
                last = x
        return A.If(self.sp(_if, last), tuple(clauses), else_body)

    def elseif_clause(self, c):
        _kw, lp, cond, rp, lb, stmts, rb = c
        return ((cond, self.block(lb, stmts, rb)), rb)

    def else_clause(self, c):
        _kw, lb, stmts, rb = c
        return self.block(lb, stmts, rb)

    def block(self, *args):
        # used both as a helper (open, statements, close) and as the rule callback
        if len(args) == 3:
            lb, stmts, rb = args
            return A.StatementBlock(self.sp(lb, rb), tuple(stmts))
        lb, stmts, rb = args[0]
        return A.StatementBlock(self.sp(lb, rb), tuple(stmts))

    def while_stmt(self, c):
        kw, _lp, cond, _rp, body = c
        return A.While(self.sp(kw, body), cond, body, "")

    def do_stmt(self, c):
        kw, lb, stmts, rb, which, _lp, cond, rp = c
        return A.DoLoop(self.sp(kw, rp), self.block(lb, stmts, rb), cond, which.type == "UNTIL", "")

    def for_stmt(self, c):
        kw, _lp, init, cond, step, _rp, body = c
        return A.For(self.sp(kw, body), init, cond, step, body, "")

    def foreach_stmt(self, c):
        kw, _lp, var, _in, iterable, _rp, body = c
        return A.ForEach(self.sp(kw, body), self.variable([var]), iterable, body, "")

    def switch_stmt(self, c):
        kw = c[0]
        i = 1
        flags = []
        while c[i].type == "SWITCH_FLAG":
            flags.append(str(c[i].value).lower())
            i += 1
        _lp, subject, _rp, _lb = c[i:i + 4]
        clauses = c[i + 4:-1]
        return A.Switch(self.sp(kw, c[-1]), subject, tuple(clauses), tuple(flags), "")

    def switch_file_stmt(self, c):
        """`switch -Regex -File $path { ... }`: the file name, any argument, is the
        subject; the compiler reads its lines (the "file" flag)."""
        kw = c[0]
        flags = [str(t.value).lower() for t in c if type(t) is PSToken and t.type in
                 ("SWITCH_FLAG", "SWITCH_FILE")]
        index = next(i for i, t in enumerate(c) if type(t) is PSToken and t.type == "SWITCH_FILE")
        path = c[index + 1]
        subject = A.Pipeline(path.span, (A.CommandExpression(path.span, path),))
        first_clause = next(i for i, t in enumerate(c) if type(t) is PSToken and t.type == "LBRACE") + 1
        return A.Switch(self.sp(kw, c[-1]), subject, tuple(c[first_clause:-1]), tuple(flags), "")

    def switch_clause(self, c):
        pattern, body = c
        is_default = (isinstance(pattern, ast.StringConstant) and pattern.kind == "bare"
                      and pattern.value.lower() == "default")
        return A.SwitchClause(self.sp(pattern, body), pattern, body, is_default)

    def flow_label(self, c):
        kw = c[0]
        operand = c[1] if len(c) > 1 else None
        return A.FlowControl(self.sp(kw, c[-1]), kw.value.lower(), operand)

    def flow_value(self, c):
        kw = c[0]
        operand = c[1] if len(c) > 1 else None
        return A.FlowControl(self.sp(kw, c[-1]), kw.value.lower(), operand)

    def try_stmt(self, c):
        kw, lb, stmts, rb = c[:4]
        catches = []
        fin = None
        for x in c[4:]:
            if isinstance(x, ast.CatchClause):
                catches.append(x)
            else:
                fin = x
        last = c[-1] if len(c) > 4 else rb
        return A.Try(self.sp(kw, last), self.block(lb, stmts, rb), tuple(catches), fin)

    def catch_clause(self, c):
        kw = c[0]
        types = tuple(t.value for t in c[1:-3] if t.type == "TYPE")
        lb, stmts, rb = c[-3:]
        return A.CatchClause(self.sp(kw, rb), types, self.block(lb, stmts, rb))

    def finally_clause(self, c):
        return c[1]

    def trap_stmt(self, c):
        kw = c[0]
        type_name = str(c[1].value) if len(c) == 3 else ""
        return A.Trap(self.sp(kw, c[-1]), type_name, c[-1])

    def function_def(self, c):
        kw, name = c[0], c[1]
        lb, parts, rb = c[-3:]
        if len(c) == 6:
            params_tok, params, rp = c[2]
            if parts.param_block is None:
                parts.param_block = A.ParamBlock(self.sp(params_tok, rp), (), tuple(params))
        body = self.script_block(parts, self.sp(lb, rb))
        return A.FunctionDefinition(self.sp(kw, rb), name.value, body, kw.type == "FILTER")

    def function_params(self, c):
        return (c[0], c[1], c[-1])

    # ------------------------------------------------------- expressions
    def ternary(self, c):
        cond, _q, a, _colon, b = c
        return A.Ternary(self.sp(cond, b), cond, a, b)

    def binary(self, c):
        left, op, right = c
        return A.Binary(self.sp(left, right), op.value, left, right)

    def array_literal(self, c):
        return A.ArrayLiteral(self.sp(c[0], c[-1]), tuple(c[::2]))

    def unary(self, c):
        op, operand = c
        return A.Unary(self.sp(op, operand), op.value, operand)

    def convert(self, c):
        t, operand = c
        return A.Convert(self.sp(t, operand), t.value, operand)

    def member(self, c):
        target, dot, name = c
        return A.Member(self.sp(target, name), target, name, False, dot.type == "NC_DOT")

    def static_member(self, c):
        target, _dot, name = c
        return A.Member(self.sp(target, name), target, name, True, False)

    def invoke(self, c):
        target, dot, name, _lp, args, rp = c
        return A.InvokeMember(self.sp(target, rp), target, name, tuple(args), False, dot.type == "NC_DOT")

    def static_invoke(self, c):
        target, _dot, name, _lp, args, rp = c
        return A.InvokeMember(self.sp(target, rp), target, name, tuple(args), True, False)

    def index(self, c):
        target, lb, index, rb = c
        return A.Index(self.sp(target, rb), target, index, lb.type == "NC_LBRACKET")

    def postfix_op(self, c):
        operand, op = c
        return A.Unary(self.sp(operand, op), "post" + op.value, operand)

    def member_word(self, c):
        t = c[0]
        return A.StringConstant(self.sp(t), t.value, "bare")

    def call_args(self, c):
        return c[::2]

    def type_literal(self, c):
        t = c[0]
        return A.TypeLiteral(self.sp(t), t.value)

    # -------------------------------------------------- string expansion
    def expand(self, start: int, end: int, kind: str, span):
        """Literal text and `$var` / `$( )` parts of text[start:end]."""
        text = self.ctx.source.text
        bare = kind == "bare"
        special = _BARE_SPECIAL if bare else (_DQ_STRING_SPECIAL if kind == "double" else _HERE_SPECIAL)
        if special.search(text, start, end) is None:   # nothing to expand or unescape
            return A.StringConstant(span, text[start:end], kind)
        parts: list = []
        lit: list[str] = []
        i = start
        while i < end:
            m = special.search(text, i, end)
            if m is None:
                lit.append(text[i:end])
                break
            j = m.start()
            if j > i:
                lit.append(text[i:j])
            c = text[j]
            if c == "`":
                i = self._escape(text, j, end, lit)
            elif c == "$":
                i = self._dollar(text, j, end, lit, parts)
            elif c in DQUOTES:
                if bare:
                    e = scan_double_quoted(text, j, end)
                    inner = self.expand(j + 1, e - 1, "double", span)
                    if isinstance(inner, ast.StringConstant):
                        lit.append(inner.value)
                    else:
                        for p in inner.parts:
                            if isinstance(p, str):
                                lit.append(p)
                            else:
                                if lit:
                                    parts.append("".join(lit))
                                    lit = []
                                parts.append(p)
                    i = e
                else:   # a doubled quote inside "...": the second one
                    lit.append(text[j + 1] if j + 1 < end else c)
                    i = j + 2
            else:   # single quote inside a bare word: a verbatim section
                e = scan_single_quoted(text, j, end)
                lit.append(_SQ_PAIR.sub(r"\1", text[j + 1:e - 1]))
                i = e
        if lit:
            parts.append("".join(lit))
        if not parts:
            return A.StringConstant(span, "", kind)
        if len(parts) == 1 and isinstance(parts[0], str):
            return A.StringConstant(span, parts[0], kind)
        merged: list = []
        for p in parts:
            if isinstance(p, str) and merged and isinstance(merged[-1], str):
                merged[-1] += p
            else:
                merged.append(p)
        return A.ExpandableString(span, tuple(merged), kind)

    def _escape(self, text, j, end, lit):
        if j + 1 >= end:
            lit.append("`")
            return j + 1
        n = text[j + 1]
        if n == "u":
            m = _UNICODE_ESC.match(text, j + 2, end)
            if m:
                cp = int(m.group(1), 16)
                if cp <= 0x10FFFF:
                    lit.append(chr(cp))
                    return m.end()
        lit.append(_ESCAPES.get(n, n))
        return j + 2

    def _dollar(self, text, j, end, lit, parts):
        if j + 1 < end and text[j + 1] == "(":
            e = skip_subexpression(text, j + 2, end, j)
            stmts = self.ctx.subparse(j + 2, e - 1)
            if lit:
                parts.append("".join(lit))
                lit.clear()
            span = self.ctx.span_of(j, e)
            if stmts:
                body_span = self.sp(stmts[0], stmts[-1])
            else:
                body_span = self.ctx.span_of(j + 2, j + 2)
            parts.append(A.SubExpression(span, A.StatementBlock(body_span, tuple(stmts))))
            return e
        m = VARIABLE_RE.match(text, j, end)
        if m is None:
            lit.append("$")
            return j + 1
        err = drive_colon_error(text, m, end)
        if err is not None:
            raise err
        if lit:
            parts.append("".join(lit))
            lit.clear()
        parts.append(_variable(m.group(), self.ctx.span_of(j, m.end())))
        return m.end()


def _variable(text: str, span) -> ast.Variable:
    if text[1] == "{":
        name = re.sub(r"`(.)", r"\1", text[2:-1], flags=re.S)
    else:
        name = text[1:]
    scope = ""
    if ":" in name:
        prefix, rest = name.split(":", 1)
        low = prefix.lower()
        if low in _KNOWN_SCOPES:
            scope, name = low, rest
        elif text[1] != "{":
            scope, name = prefix, rest
    return A.Variable(span, name, scope, False)


def _bare_value(text: str) -> str:
    if "`" not in text and "'" not in text and '"' not in text:
        return text
    out = []
    i = 0
    n = len(text)
    while i < n:
        c = text[i]
        if c == "`" and i + 1 < n:
            out.append(_ESCAPES.get(text[i + 1], text[i + 1]))
            i += 2
        elif c in SQUOTES or c in DQUOTES:
            i += 1
        else:
            out.append(c)
            i += 1
    return "".join(out)


def _here_body(text: str, start: int, end: int) -> tuple[int, int]:
    """Offsets of the body of the here-string token text[start:end]."""
    i = start + 2
    while text[i] not in "\r\n":
        i += 1
    i += 2 if text.startswith("\r\n", i) else 1
    j = end - 2   # the closing quote
    body_end = j - 1
    if body_end >= i and text[body_end] == "\n" and body_end - 1 >= i and text[body_end - 1] == "\r":
        body_end -= 1
    if body_end < i:
        body_end = i
    return i, body_end
