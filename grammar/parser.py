"""parse() and check_complete(): one cached Lark LALR parser per process."""
from __future__ import annotations

import gc
import os
import threading

from . import ast
from .builder import Builder, Context
from .errors import ParseError, ScanError
from .tokenizer import Input, PSLexer, make_token

_GRAMMAR_PATH = os.path.join(os.path.dirname(os.path.abspath(__file__)), "powershell.lark")
_BUILDER_PATH = os.path.join(os.path.dirname(os.path.abspath(__file__)), "builder.py")
_lock = threading.RLock()
_parser = None
_builder: Builder | None = None

_BINARY_TYPES = {"LOGIC_OP", "BITWISE_OP", "CMP_OP", "SPLIT_JOIN", "PLUS", "MINUS", "MUL_OP", "FORMAT", "RANGE",
                 "COALESCE", "ASSIGN", "NOT", "BNOT", "AND_AND", "OR_OR"}
_CLOSE_MESSAGES = {
    "{": ("Missing closing '}' in statement block or type definition.", "MissingEndCurlyBrace"),
    "@{": ("Missing closing '}' in hash literal.", "MissingEndCurlyBrace"),
    "(": ("Missing closing ')' in expression.", "MissingEndParenthesisInExpression"),
    "$(": ("Missing closing ')' in subexpression.", "MissingEndParenthesisInSubexpression"),
    "@(": ("Missing closing ')' in subexpression.", "MissingEndParenthesisInSubexpression"),
    "[": ("Missing ']' after array index expression.", "MissingEndSquareBracket"),
}
_KEYWORD_EOF = {
    "IF": ("Missing '(' after 'if' in if statement.", "MissingOpenParenthesisInIfStatement"),
    "ELSEIF": ("Missing '(' after 'elseif' in if statement.", "MissingOpenParenthesisInIfStatement"),
    "ELSE": ("Missing statement block after 'else' keyword.", "MissingStatementBlockAfterElse"),
    "FOREACH": ("Missing opening '(' after keyword 'foreach'.", "MissingOpenParenthesisAfterKeyword"),
    "WHILE": ("Missing opening '(' after keyword 'while'.", "MissingOpenParenthesisAfterKeyword"),
    "FOR": ("Missing opening '(' after keyword 'for'.", "MissingOpenParenthesisAfterKeyword"),
    "SWITCH": ("Missing '(' after 'switch' in switch statement.", "PipelineValueRequired"),
    "FUNCTION": ("Missing name after function keyword.", "MissingNameAfterKeyword"),
    "FILTER": ("Missing name after filter keyword.", "MissingNameAfterKeyword"),
    "TRY": ("Missing statement block after 'try'.", "MissingTryStatementBlock"),
    "CATCH": ("Missing statement block after 'catch'.", "MissingCatchHandlerBlock"),
    "FINALLY": ("Missing statement block after 'finally'.", "MissingFinallyStatementBlock"),
    "DO": ("Missing statement block in do loop.", "MissingLoopStatement"),
}


def _cache_file(key: str) -> list[str]:
    here = os.path.dirname(os.path.abspath(__file__))
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    name = f"lyncshell-grammar-{key}.pickle"
    return [os.path.join(base, "lyncshell", name), os.path.join(here, "__pycache__", name),
            os.path.join(os.environ.get("TMPDIR") or "/tmp", name)]


def _build(grammar: str):
    from lark import Lark
    builder = Builder()
    lark_parser = Lark(grammar, parser="lalr", lexer=PSLexer, transformer=builder,
                       start=["start", "sub_statements"], maybe_placeholders=True)
    return builder, _Driver(lark_parser)


def _get_parser():
    """Build the parser once per process. The converted LALR table and the
    callbacks are pickled to a cache file keyed by a hash of the grammar and
    the lark version, so later processes only unpickle (a few ms)."""
    global _parser, _builder, _driver
    if _driver is None:
        with _lock:
            if _driver is None:
                import sys
                try:
                    from _pickle import load as _load   # the C module alone: cheaper import
                except ImportError:   # pragma: no cover
                    from pickle import load as _load
                import lark
                with open(_GRAMMAR_PATH, "rb") as f:
                    grammar = f.read()
                # The builder's source is part of the key too: a table pickled while a
                # callback was missing would keep building lark Trees for that rule.
                with open(_BUILDER_PATH, "rb") as f:
                    builder_source = f.read()
                import zlib
                keyed = grammar + builder_source + ("|%s|%s|%s" % (lark.__version__, sys.version_info[:2], _CACHE_VERSION)).encode()
                key = "%08x%08x%x" % (zlib.crc32(keyed), zlib.adler32(keyed), len(keyed))
                loaded = None
                paths = _cache_file(key)
                for path in paths:
                    try:
                        with open(path, "rb") as f:
                            loaded = _load(f)
                        break
                    except Exception:
                        continue
                if loaded is None:
                    import glob
                    import pickle
                    loaded = _build(grammar.decode("utf-8"))
                    data = pickle.dumps(loaded, protocol=pickle.HIGHEST_PROTOCOL)
                    for path in paths:
                        try:
                            folder = os.path.dirname(path)
                            os.makedirs(folder, exist_ok=True)
                            tmp = f"{path}.{os.getpid()}.tmp"
                            with open(tmp, "wb") as f:
                                f.write(data)
                            os.replace(tmp, path)
                        except OSError:
                            continue
                        for old in glob.glob(os.path.join(folder, "lyncshell-grammar-*.pickle")):
                            if old != path:   # tables of older grammars
                                try:
                                    os.remove(old)
                                except OSError:
                                    pass
                        break
                _builder, _driver = loaded
                _parser = _driver
    return _driver


# bump when _Driver's table conversion changes (the cache key also covers the grammar,
# the lark version and the Python version; callbacks are looked up by name on load)
_CACHE_VERSION = "5"


class _ParseConf:
    """The converted table, plus state -> (size, origin) for the states whose
    only action is one reduction (the scanner simulates those)."""

    __slots__ = ("states", "default_reduce")

    def __init__(self, states, default_reduce):
        self.states = states
        self.default_reduce = default_reduce


class _ParserState:
    """What the scanner sees of the parser: the tables and the state stack."""

    __slots__ = ("parse_conf", "state_stack")

    def __init__(self, parse_conf, state_stack):
        self.parse_conf = parse_conf
        self.state_stack = state_stack


class _Unexpected(Exception):
    def __init__(self, token):
        self.token = token


def _separator(children):
    return None


class _Driver:
    """A tight LALR(1) loop over Lark's parse table and callbacks.

    The table is converted once: a shift is (True, state); a reduction is
    (False, (size, origin, callback)). Unit reductions of `?rule`s (one child
    passed through) have callback None and skip the call."""

    def __init__(self, lark_parser):
        from lark.parsers.lalr_analysis import Shift
        inner = lark_parser.parser.parser.parser
        table = inner.parse_table
        callbacks = inner.callbacks
        self.start_states = table.start_states
        self.end_states = table.end_states
        info = {}
        for rule, cb in callbacks.items():
            if isinstance(rule, str):
                continue
            size = len(rule.expansion)
            identity = (rule.options.expand1 and rule.alias is None and size == 1
                        and not rule.expansion[0].name.startswith("_"))
            if rule.origin.name == "stmt_sep":
                cb = _separator   # skip lark's child filter: a separator has no value
            info[rule] = (size, str(rule.origin.name), None if identity else cb)
        # plain str keys: lark's names are Token objects whose __eq__ is Python code
        self.table = {st: {str(t): ((True, arg) if action is Shift else (False, info[arg]))
                           for t, (action, arg) in acts.items()}
                      for st, acts in table.states.items()}
        self.start_states = {str(k): v for k, v in self.start_states.items()}
        self.end_states = {str(k): v for k, v in self.end_states.items()}
        self.chains = {}
        default_reduce = {}
        for st, acts in self.table.items():
            infos = {arg for shift, arg in acts.values() if not shift}
            if len(infos) == 1 and not any(shift for shift, _arg in acts.values()):
                size, origin, _cb = next(iter(infos))
                default_reduce[st] = (size, origin)
        self.parse_conf = _ParseConf(self.table, default_reduce)

    def __getstate__(self):
        return (self.table, self.start_states, self.end_states, self.parse_conf.default_reduce)

    def __setstate__(self, state):
        self.table, self.start_states, self.end_states, default_reduce = state
        self.parse_conf = _ParseConf(self.table, default_reduce)
        self.chains = {}

    def _unit_chain(self, below, origin, ttype):
        table = self.table
        top = table[below][origin][1]
        while True:
            entry = table[top].get(ttype)
            if entry is None or entry[0] or entry[1][2] is not None:
                return top
            top = table[below][entry[1][1]][1]

    def parse(self, inp: Input, start: str):
        table = self.table
        chains = self.chains
        state_stack = [self.start_states[start]]
        value_stack = []
        end_state = self.end_states[start]
        pstate = _ParserState(self.parse_conf, state_stack)
        lexer = PSLexer()
        push_state = state_stack.append
        push_value = value_stack.append
        for token in lexer.lex(_LexerState(inp), pstate):
            ttype = token.type
            while True:
                try:
                    shift, arg = table[state_stack[-1]][ttype]
                except KeyError:
                    raise _Unexpected(token) from None
                if shift:
                    push_state(arg)
                    push_value(token)
                    break
                size, origin, cb = arg
                if cb is None:
                    # a chain of unit reductions only replaces the top state
                    key = (state_stack[-2], state_stack[-1], ttype)
                    top = chains.get(key)
                    if top is None:
                        top = chains[key] = self._unit_chain(state_stack[-2], origin, ttype)
                    state_stack[-1] = top
                    continue
                if size:
                    value = cb(value_stack[-size:])
                    del state_stack[-size:]
                    del value_stack[-size:]
                else:
                    value = cb([])
                push_state(table[state_stack[-1]][origin][1])
                push_value(value)
        # end of input
        while True:
            try:
                shift, arg = table[state_stack[-1]]["$END"]
            except KeyError:
                last = inp.scanner.last_token if inp.scanner is not None else None
                pos = last.end_pos if last is not None else inp.end
                raise _Unexpected(make_token("$END", "", pos, pos, 1, 1, 1, 1)) from None
            size, origin, cb = arg
            if cb is None:
                del state_stack[-1]
                value = value_stack.pop()
            elif size:
                value = cb(value_stack[-size:])
                del state_stack[-size:]
                del value_stack[-size:]
            else:
                value = cb([])
            push_state(table[state_stack[-1]][origin][1])
            push_value(value)
            if state_stack[-1] == end_state:
                return value_stack[-1]


class _LexerState:
    __slots__ = ("text",)

    def __init__(self, inp):
        self.text = inp


_driver: _Driver | None = None


def _line_col(text: str, offset: int) -> tuple[int, int, int]:
    line = 1
    ls = 0
    i = 0
    # count line breaks before offset (\r\n counts once)
    while True:
        a = text.find("\n", i, offset)
        b = text.find("\r", i, offset)
        if a < 0 and b < 0:
            break
        j = a if b < 0 or (0 <= a < b) else b
        if text[j] == "\r" and j + 1 < len(text) and text[j + 1] == "\n":
            if j + 1 >= offset:
                break
            j += 1
        line += 1
        ls = j + 1
        i = j + 1
    return line, offset - ls + 1, ls


def _span(source: ast.Source, start: int, end: int) -> ast.SourceSpan:
    text = source.text
    start = max(0, min(start, len(text)))
    end = max(start, min(end, len(text)))
    l1, c1, _ = _line_col(text, start)
    l2, c2, _ = _line_col(text, end)
    return ast.SourceSpan(source, start, end, l1, c1, l2, c2)


class _Session:
    """One top-level parse: the Source, plus sub-parses for `$( )` in strings."""

    def __init__(self, source: ast.Source):
        self.source = source
        self.ctx = Context(source, self.subparse)

    def subparse(self, start: int, end: int):
        line, col = self.ctx.position(start)
        inp = Input(self.source.text, start, end, line, start - col + 1)
        return self.run(inp, "sub_statements")

    def run(self, inp: Input, start: str):
        try:
            return _driver.parse(inp, start)
        except ScanError as e:
            raise ParseError(e.message, e.error_id, _span(self.source, e.pos, e.end), e.incomplete) from None
        except _Unexpected as e:
            raise self.unexpected(e, inp) from None
        except RecursionError:
            raise ParseError("The script is nested too deeply to parse.", "ScriptTooComplicated",
                             _span(self.source, inp.start, inp.start)) from None

    def unexpected(self, e, inp: Input) -> ParseError:
        scanner = inp.scanner
        tok = e.token
        src = self.source
        prev = scanner.prev_token if scanner is not None else None
        if tok.type == "$END":
            end = inp.end
            if scanner is not None and scanner.brackets:
                opening, pos = scanner.brackets[-1]
                msg, eid = _CLOSE_MESSAGES.get(opening, _CLOSE_MESSAGES["("])
                if opening == "(" and prev is not None and prev.type == "CALL_LPAREN":
                    msg, eid = "Missing ')' in method call.", "MissingEndParenthesisInMethodCall"
                return ParseError(msg, eid, _span(src, pos, pos + len(opening)), True)
            last = scanner.last_token if scanner is not None else None
            if last is not None:
                lt = last.type
                if lt in _BINARY_TYPES:
                    op = str(last.value)
                    if lt == "ASSIGN":
                        return ParseError(f"You must provide a value expression on the right-hand side of the "
                                          f"'{op}' operator.", "ExpectedValueExpression",
                                          _span(src, last.end_pos, last.end_pos), True)
                    return ParseError(f"You must provide a value expression following the '{op}' operator.",
                                      "ExpectedValueExpression" if lt in ("NOT", "BNOT") else
                                      "MissingExpressionAfterOperator",
                                      _span(src, last.end_pos, last.end_pos), True)
                if lt == "PIPE":
                    return ParseError("An empty pipe element is not allowed.", "EmptyPipeElement",
                                      _span(src, last.end_pos, last.end_pos), True)
                if lt == "COMMA":
                    return ParseError("Missing expression after ','.", "MissingExpressionAfterToken",
                                      _span(src, last.end_pos, last.end_pos), True)
                if lt == "PARAM_COLON":
                    return ParseError(f"Missing an argument for parameter '{last.value}'.", "MissingArgument",
                                      _span(src, last.end_pos, last.end_pos), True)
                if lt in _KEYWORD_EOF:
                    msg, eid = _KEYWORD_EOF[lt]
                    return ParseError(msg, eid, _span(src, last.end_pos, last.end_pos), True)
                if lt == "DOT" or lt == "DCOLON" or lt == "NC_DOT":
                    return ParseError("Missing property name after reference operator.", "MissingPropertyName",
                                      _span(src, last.end_pos, last.end_pos), True)
            return ParseError("Missing statement block.", "MissingStatementBlock", _span(src, end, end), True)
        # a real token the grammar does not allow here
        start, stop = tok.start_pos, tok.end_pos
        text = str(tok.value)
        tt = tok.type
        pt = prev.type if prev is not None else None
        if tt == "PIPE" and (pt in (None, "PIPE", "_NL", "_SEMI", "AND_AND", "OR_OR") or pt in _BINARY_TYPES
                             or pt in ("LPAREN", "LBRACE", "DOLLAR_PAREN", "AT_PAREN")):
            return ParseError("An empty pipe element is not allowed.", "EmptyPipeElement", _span(src, start, stop))
        if pt in _BINARY_TYPES and pt not in ("AND_AND", "OR_OR"):
            op = str(prev.value)
            if pt == "ASSIGN":
                return ParseError(f"You must provide a value expression on the right-hand side of the '{op}' "
                                  f"operator.", "ExpectedValueExpression", _span(src, prev.end_pos, prev.end_pos))
            return ParseError(f"You must provide a value expression following the '{op}' operator.",
                              "MissingExpressionAfterOperator", _span(src, prev.end_pos, prev.end_pos))
        if pt == "COMMA" and tt in ("RPAREN", "RBRACE", "PIPE", "_NL", "_SEMI", "RBRACKET", "COMMA"):
            return ParseError("Missing expression after ','.", "MissingExpressionAfterToken",
                              _span(src, prev.end_pos, prev.end_pos))
        if pt == "LPAREN" and tt == "RPAREN":
            return ParseError("An expression was expected after '('.", "ExpectedExpression", _span(src, start, stop))
        if tt == "_NL":
            text = "newline"
        return ParseError(f"Unexpected token '{text}' in expression or statement.", "UnexpectedToken",
                          _span(src, start, stop))


def parse(text: str, source_name: str = "") -> ast.ScriptBlock:
    """Parse a script; raises ParseError."""
    if text.startswith("\ufeff"):
        text = text[1:]
    if _driver is None:
        _get_parser()
    source = ast.Source(text, source_name)
    session = _Session(source)
    gc_was_enabled = gc.isenabled()
    if gc_was_enabled:
        gc.disable()
    with _lock:
        builder = _builder
        saved = builder.ctx
        builder.ctx = session.ctx
        try:
            return session.run(Input(text), "start")
        finally:
            builder.ctx = saved
            if gc_was_enabled:
                gc.enable()


def check_complete(text: str) -> bool:
    """False when the text ends inside an open construct (more input could
    complete it); True for complete input and for input with a real error."""
    try:
        parse(text)
    except ParseError as e:
        return not e.incomplete
    return True
