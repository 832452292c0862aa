"""The PowerShell scanner, plugged into Lark's LALR parser as a custom lexer.

PowerShell tokenization depends on the parsing mode, so before each token the
scanner looks at the terminals the parser accepts in its current state (as
Lark's contextual lexer does):

* ``BAREWORD`` accepted -> argument mode: `sip:ken@x.com`, `a=b`, `2+2` are one
  bare word, `-Name` is a parameter, a token that is all number is a number.
* ``CMDNAME`` accepted  -> statement start: a word is a keyword or command name.
* otherwise             -> expression mode: operators, member access, casts.

Newlines are only produced where the parser accepts one (a statement end);
elsewhere (after `|`, an operator, `,`, `(`, `{`) they are skipped.
"""
from __future__ import annotations

import re

from lark.lexer import Lexer

from .errors import ScanError
from .numeric import parse_number

DASHES = "-\u2013\u2014\u2015"
SQUOTES = "'\u2018\u2019\u201a\u201b"
DQUOTES = "\"\u201c\u201d\u201e"
_NL_CHARS = "\r\n"
# characters after which a fast-scanned bare word certainly ends
_SIMPLE_END = frozenset(" \t\r\n&(),;{|}")
# characters that end a bare word (ForceStartNewToken), besides whitespace
_FORCE_NEW = set("&(),;{|}\x00\r\n")

_WS_RE = re.compile(r"[^\S\r\n]+")
_GENERIC_FAST = re.compile(r"[^\s&(),;{|}\x00`'\"\u2018\u2019\u201a\u201b\u201c\u201d\u201e$]+")
_SQ_STRING = re.compile(r"['\u2018\u2019\u201a\u201b](?:[^'\u2018\u2019\u201a\u201b]|['\u2018\u2019\u201a\u201b]{2})*+['\u2018\u2019\u201a\u201b]")
_DQ_SPECIAL = re.compile(r"[\"\u201c\u201d\u201e`$]")
VARIABLE_RE = re.compile(r"\$(?:\{(?P<b>(?:[^}`]|`.)*)\}|(?P<n>[\w?]+(?::(?!:)[\w?]+)?)|(?P<s>[$^]))", re.S)



def drive_colon_error(text: str, m, end: int):
    """`$name:` with no name after the colon (`"minute $m: x"`): PowerShell's
    InvalidVariableReferenceWithDrive, pointing at `$name:`; None when fine."""
    e = m.end()
    if (m.group("n") is not None and e < end and text[e] == ":" and ":" not in m.group("n")
            and not (e + 1 < end and text[e + 1] == ":")):
        return ScanError("Variable reference is not valid. ':' was not followed by a valid variable name "
                         "character. Consider using ${} to delimit the name.",
                         "InvalidVariableReferenceWithDrive", m.start(), e + 1)
    return None
_PARAM_RE = re.compile(r"[^\s&(),;{|}\x00:'\"\u2018\u2019\u201a\u201b\u201c\u201d\u201e]+")
_WORD_RE = re.compile(r"[\w]+")
_MEMBER_RE = re.compile(r"\w+")
_HASHKEY_RE = re.compile(r"[^\s=;{}()|&,'\"\u2018\u2019\u201a\u201b\u201c\u201d\u201e$`]+")
_EXPR_NUMBER = re.compile(r"(?:0[xX][0-9a-fA-F]+|0[bB][01]+|(?:\d+(?:\.(?!\.)\d*)?|\.\d+)(?:[eE][-+]?\d+)?)\w*")
_TYPE_NAME = re.compile(r"\s*([\w.`+]+)")
_FUNCNAME_RE = re.compile(r"[^\s(){};|&,]+")
_LABEL_RE = re.compile(r":(\w+)")
_REDIRECT_START = frozenset("*123456>")
_REDIRECT_RE = re.compile(r"([*1-6]?)(>>?)(?:&([12]))?")

KEYWORDS = {
    "if": "IF", "elseif": "ELSEIF", "else": "ELSE", "foreach": "FOREACH", "in": "IN", "for": "FOR",
    "while": "WHILE", "do": "DO", "until": "UNTIL", "switch": "SWITCH", "break": "BREAK",
    "continue": "CONTINUE", "return": "RETURN", "exit": "EXIT", "throw": "THROW", "try": "TRY",
    "catch": "CATCH", "finally": "FINALLY", "trap": "TRAP", "function": "FUNCTION", "filter": "FILTER",
    "param": "PARAM", "begin": "BLOCK_NAME", "process": "BLOCK_NAME", "end": "BLOCK_NAME",
    "dynamicparam": "BLOCK_NAME", "clean": "BLOCK_NAME",
}
# keywords that continue a statement across newlines: `}` NL `else`
_CONTINUATION_KEYWORDS = {"else": "ELSE", "elseif": "ELSEIF", "catch": "CATCH", "finally": "FINALLY",
                          "while": "WHILE", "until": "UNTIL"}

_CMP = ["eq", "ne", "gt", "ge", "lt", "le", "like", "notlike", "match", "notmatch", "contains",
        "notcontains", "in", "notin", "replace"]
WORD_OPERATORS: dict[str, str] = {}
for _op in _CMP:
    for _p in ("", "i", "c"):
        WORD_OPERATORS[_p + _op] = "CMP_OP"
for _op in ("split", "join"):
    WORD_OPERATORS[_op] = "SPLIT_JOIN"
for _p in ("i", "c"):
    WORD_OPERATORS[_p + "split"] = "SPLIT_JOIN"
WORD_OPERATORS.update({"is": "CMP_OP", "isnot": "CMP_OP", "as": "CMP_OP", "shl": "CMP_OP", "shr": "CMP_OP",
                       "and": "LOGIC_OP", "or": "LOGIC_OP", "xor": "LOGIC_OP",
                       "band": "BITWISE_OP", "bor": "BITWISE_OP", "bxor": "BITWISE_OP",
                       "not": "NOT", "bnot": "BNOT", "f": "FORMAT"})

_OPEN_OF_CLOSE = {")": "(", "}": "{", "]": "["}


class PSToken:
    """A token: type (terminal name), value (the source text or a normalised
    operator / name) and its position (offsets 0-based, lines/columns 1-based)."""

    __slots__ = ("type", "value", "start_pos", "end_pos", "line", "column", "end_line", "end_column")

    def __str__(self):
        return self.value

    def __repr__(self):
        return f"PSToken({self.type!r}, {self.value!r}, {self.start_pos})"


_new_token = object.__new__


def make_token(type_, value, start, end, line, column, end_line, end_column):
    t = _new_token(PSToken)
    t.type = type_
    t.value = value
    t.start_pos = start
    t.end_pos = end
    t.line = line
    t.column = column
    t.end_line = end_line
    t.end_column = end_column
    return t


class Input:
    """What the parser is given instead of a str: a range of the full source."""

    __slots__ = ("text", "start", "end", "line", "line_start", "scanner")

    def __init__(self, text: str, start: int = 0, end: int | None = None, line: int = 1, line_start: int = 0):
        self.text = text
        self.start = start
        self.end = len(text) if end is None else end
        self.line = line
        self.line_start = line_start
        self.scanner = None


# ----------------------------------------------------------- string helpers


def scan_single_quoted(text: str, pos: int, end: int) -> int:
    """pos at the opening quote; returns the position after the closing quote."""
    m = _SQ_STRING.match(text, pos, end)
    if m is None:
        raise ScanError("The string is missing the terminator: '.", "TerminatorExpectedAtEndOfString",
                        pos, end, incomplete=True)
    return m.end()


def scan_double_quoted(text: str, pos: int, end: int) -> int:
    """pos at the opening quote; returns the position after the closing quote."""
    i = pos + 1
    search = _DQ_SPECIAL.search
    while True:
        m = search(text, i, end)
        if m is None:
            raise ScanError('The string is missing the terminator: ".', "TerminatorExpectedAtEndOfString",
                            pos, end, incomplete=True)
        i = m.start()
        c = text[i]
        if c == "`":
            i += 2
        elif c == "$":
            if i + 1 < end and text[i + 1] == "(":
                i = skip_subexpression(text, i + 2, end, pos)
            else:
                i += 1
        else:  # a double quote: doubled, or the end
            if i + 1 < end and text[i + 1] in DQUOTES:
                i += 2
            else:
                return i + 1
        if i > end:
            raise ScanError('The string is missing the terminator: ".', "TerminatorExpectedAtEndOfString",
                            pos, end, incomplete=True)


def skip_subexpression(text: str, pos: int, end: int, err_pos: int) -> int:
    """pos just after `$(`; returns the position after the matching `)`."""
    depth = 1
    i = pos
    while i < end:
        c = text[i]
        if c == "(":
            depth += 1
        elif c == ")":
            depth -= 1
            if depth == 0:
                return i + 1
        elif c in SQUOTES:
            i = scan_single_quoted(text, i, end)
            continue
        elif c in DQUOTES:
            i = scan_double_quoted(text, i, end)
            continue
        elif c == "`":
            i += 1
        elif c == "#" and (i == pos or text[i - 1] in " \t\r\n;({"):
            j = text.find("\n", i)
            i = end if j < 0 else j
            continue
        i += 1
    raise ScanError("Missing closing ')' in subexpression.", "MissingEndParenthesisInSubexpression",
                    err_pos, end, incomplete=True)


def scan_here_string(text: str, pos: int, end: int) -> int:
    """pos at `@`; returns the position after the closing `"@` / `'@`."""
    quote = text[pos + 1]
    quotes = DQUOTES if quote in DQUOTES else SQUOTES
    i = pos + 2
    m = _WS_RE.match(text, i, end)
    if m:
        i = m.end()
    if i >= end:
        raise ScanError("The string is missing the terminator: %s@." % ('"' if quotes is DQUOTES else "'"),
                        "TerminatorExpectedAtEndOfString", pos, end, incomplete=True)
    if text[i] not in _NL_CHARS:
        raise ScanError("No characters are allowed after a here-string header but before the end of the line.",
                        "UnexpectedCharactersAfterHereStringHeader", i, i + 1)
    # find a line that starts with the closing quote + @
    j = i
    while True:
        nl = _find_newline(text, j, end)
        if nl < 0:
            raise ScanError("The string is missing the terminator: %s@." % ('"' if quotes is DQUOTES else "'"),
                            "TerminatorExpectedAtEndOfString", pos, end, incomplete=True)
        j = nl + (2 if text.startswith("\r\n", nl) else 1)
        if j + 1 < end and text[j] in quotes and text[j + 1] == "@" and j > i + 1 - 1:
            if nl >= i:
                return j + 2
        if j >= end:
            raise ScanError("The string is missing the terminator: %s@." % ('"' if quotes is DQUOTES else "'"),
                            "TerminatorExpectedAtEndOfString", pos, end, incomplete=True)


def _find_newline(text: str, pos: int, end: int) -> int:
    a = text.find("\n", pos, end)
    b = text.find("\r", pos, end)
    if a < 0:
        return b
    if b < 0:
        return a
    return min(a, b)


def scan_generic(text: str, pos: int, end: int) -> int:
    """A bare word: runs to whitespace or one of `& ( ) , ; { | }`; quoted
    sections, backtick escapes and `$( )` are part of it."""
    i = pos
    fast = _GENERIC_FAST.match
    while i < end:
        m = fast(text, i, end)
        if m:
            i = m.end()
            if i >= end:
                break
        c = text[i]
        if c == "`":
            if i + 1 < end and text[i + 1] in _NL_CHARS:
                break
            i += 2
        elif c in SQUOTES:
            i = scan_single_quoted(text, i, end)
        elif c in DQUOTES:
            i = scan_double_quoted(text, i, end)
        elif c == "$":
            if i + 1 < end and text[i + 1] == "(":
                i = skip_subexpression(text, i + 2, end, i)
            elif i + 1 < end and text[i + 1] == "{":
                j = text.find("}", i, end)
                i = end if j < 0 else j + 1
            else:
                i += 1
        else:
            break
    return min(i, end)


# ----------------------------------------------------------------- scanner


class PSLexer(Lexer):
    """Lark custom lexer (future interface 2: gets the parser state)."""

    __future_interface__ = 2

    def __init__(self, lexer_conf=None):
        pass

    def lex(self, lexer_state, parser_state):
        inp = lexer_state.text
        scanner = Scanner(inp, parser_state)
        inp.scanner = scanner
        return scanner.tokens()


_DEFAULT_REDUCTIONS: dict[int, dict] = {}
_MEMO: dict[int, dict] = {}


def _default_reductions(states) -> dict:
    """state -> rule, for the states whose every action reduces by one rule."""
    key = id(states)
    table = _DEFAULT_REDUCTIONS.get(key)
    if table is None:
        from lark.parsers.lalr_analysis import Reduce
        table = {}
        for st, actions in states.items():
            rules = {arg for action, arg in actions.values() if action is Reduce}
            if len(rules) == 1 and all(action is Reduce for action, _arg in actions.values()):
                table[st] = next(iter(rules))
        _DEFAULT_REDUCTIONS.clear()
        _DEFAULT_REDUCTIONS[key] = table
    return table


class Scanner:
    def __init__(self, inp: Input, parser_state):
        self.inp = inp
        self.text = inp.text
        self.end = inp.end
        self.pos = inp.start
        self.line = inp.line
        self.line_start = inp.line_start
        self.parser_state = parser_state
        self.states = parser_state.parse_conf.states
        self.state_stack = parser_state.state_stack
        self.default_reduce = parser_state.parse_conf.default_reduce
        self.memo = _MEMO.setdefault(id(self.states), {})
        self.last_end = -1
        self.last_type = None
        self.last_token = None
        self.prev_token = None
        self.brackets: list[tuple[str, int]] = []   # (opening text, position)
        self.end_of_params = False
        self.param_depth = -1      # bracket depth of an open `param(`
        self.after_param = False   # just after `param(...)`: a statement may follow directly

    # --------------------------------------------------------- helpers
    def error(self, message, error_id, pos, end=None, incomplete=False):
        return ScanError(message, error_id, pos, end, incomplete)

    def _advance_lines(self, start, stop):
        """Account for newlines in text[start:stop]."""
        text = self.text
        n = text.count("\n", start, stop)
        cr = text.count("\r", start, stop)
        if n or cr:
            # number of line breaks: \r\n counts once
            crlf = text.count("\r\n", start, stop)
            self.line += n + cr - crlf
            last = max(text.rfind("\n", start, stop), text.rfind("\r", start, stop))
            self.line_start = last + 1

    def tok(self, type_, value, start, end):
        line = self.line
        col = start - self.line_start + 1
        if "\n" in value or "\r" in value:
            self._advance_lines(start, end)
        t = _new_token(PSToken)
        t.type = type_
        t.value = value
        t.start_pos = start
        t.end_pos = end
        t.line = line
        t.column = col
        t.end_line = self.line
        t.end_column = end - self.line_start + 1
        self.prev_token = self.last_token
        self.pos = end
        self.last_end = end
        self.last_type = type_
        self.last_token = t
        return t

    def skip_trivia(self):
        """Skip whitespace, comments and line continuations (not newlines)."""
        text, end = self.text, self.end
        pos = self.pos
        while pos < end:
            c = text[pos]
            if c == " " or c == "\t":
                pos += 1
                continue
            if c == "#":
                nl = _find_newline(text, pos, end)
                pos = end if nl < 0 else nl
                continue
            if c == "<" and pos + 1 < end and text[pos + 1] == "#":
                j = text.find("#>", pos + 2, end)
                if j < 0:
                    self.pos = pos
                    raise self.error("Missing the terminator '#>' of a block comment.", "MissingTerminatorMultiLineComment",
                                     pos, end, incomplete=True)
                self._advance_lines(pos, j + 2)
                pos = j + 2
                continue
            if c == "`":
                if pos + 1 >= end:
                    raise self.error("Incomplete line continuation: the text ends after a backtick.",
                                     "IncompleteLineContinuation", pos, end, incomplete=True)
                n = text[pos + 1]
                if n in _NL_CHARS:
                    pos += 3 if text.startswith("\r\n", pos + 1) else 2
                    self.line += 1
                    self.line_start = pos
                    continue
                if n.isspace():
                    pos += 1
                    continue
                break
            if c in _NL_CHARS:
                break
            if c.isspace() or c == "\ufeff":
                pos += 1
                continue
            break
        self.pos = pos

    def accepts(self):
        """The terminals the parser accepts next. A state whose only action is
        one reduction has LALR-merged lookaheads (the union over every context),
        so such reductions are simulated on the state stack first (memoised on
        the top of the stack)."""
        stack = self.state_stack
        st = stack[-1]
        rule = self.default_reduce.get(st)
        if rule is None:
            return self.states[st]
        key = tuple(stack[-5:])
        acc = self.memo.get(key)
        if acc is not None:
            return acc
        states = self.states
        default_reduce = self.default_reduce
        sim = list(stack)
        lowest = len(sim)
        while rule is not None:
            n, origin = rule
            if n:
                del sim[-n:]
            lowest = min(lowest, len(sim))
            try:
                sim.append(states[sim[-1]][origin][1])
            except (KeyError, IndexError):
                return states[st]
            rule = default_reduce.get(sim[-1])
        acc = states[sim[-1]]
        if len(stack) - lowest < 4:   # only the top 5 states were consulted
            self.memo[key] = acc
        return acc

    # --------------------------------------------------------- main loop
    def tokens(self):
        text, end = self.text, self.end
        trivia = "\t#<`\ufeff"
        stack = self.state_stack
        states = self.states
        default_reduce = self.default_reduce
        while True:
            pos = self.pos
            if pos < end:
                c = text[pos]
                if c == " ":
                    pos += 1
                    c = text[pos] if pos < end else "x"
                    self.pos = pos
                if c in trivia or c == " " or (c.isspace() and c not in _NL_CHARS):
                    self.skip_trivia()
                    pos = self.pos
            if pos >= end:
                break
            st = stack[-1]
            acc = self.accepts() if st in default_reduce else states[st]
            c = text[pos]
            if self.after_param:
                self.after_param = False
                if c not in "\r\n;})" and "_SEMI" in acc:
                    # `{ param($a) $a }`: no separator needed after a param block
                    self.last_type = "_SEMI"
                    yield make_token("_SEMI", ";", pos, pos, self.line, pos - self.line_start + 1,
                                     self.line, pos - self.line_start + 1)
                    continue
            if c in _NL_CHARS:
                t = self.newline(acc)
                if t is not None:
                    yield t
                continue
            if "BAREWORD" in acc:
                t = self.scan_argument(acc, c, pos)
            elif "CMDNAME" in acc:
                t = self.scan_statement_start(acc, c, pos)
            else:
                t = self.scan_expression(acc, c, pos)
            if t is not None:
                yield t

    def newline(self, acc):
        text, end = self.text, self.end
        pos = self.pos
        start = pos
        start_line, start_col = self.line, pos - self.line_start + 1
        # consume the run of newlines, blank lines and comments
        blank_line = False
        saw_nonblank_comment_line = False
        while True:
            c = text[pos] if pos < end else ""
            if c in _NL_CHARS and c:
                pos += 2 if text.startswith("\r\n", pos) else 1
                self.line += 1
                self.line_start = pos
                # look at the next line
                self.pos = pos
                self.skip_trivia()
                nxt = self.pos
                if nxt >= end:
                    pos = nxt
                    break
                if text[nxt] in _NL_CHARS:
                    # blank line (or a comment-only line, which is not blank)
                    line_text = text[pos:nxt]
                    if "#" not in line_text:
                        blank_line = True
                    else:
                        saw_nonblank_comment_line = True
                pos = nxt
                continue
            break
        self.pos = pos
        if "_NL" not in acc:
            return None
        if pos < end:
            c = text[pos]
            if c == "|" and not text.startswith("||", pos) and "PIPE" in acc:
                if blank_line:
                    raise self.error("An empty pipe element is not allowed.", "EmptyPipeElement", pos, pos + 1)
                return None   # PowerShell 7 leading-pipe continuation
            if c.isalpha():
                m = _WORD_RE.match(text, pos, end)
                kw = _CONTINUATION_KEYWORDS.get(m.group().lower()) if m else None
                if kw is not None and kw in acc:
                    return None
        t = make_token("_NL", "\n", start, start + 1, start_line, start_col, start_line, start_col + 1)
        self.last_end = -1
        self.last_type = "_NL"
        self.prev_token = self.last_token
        self.last_token = t
        return t

    # ------------------------------------------------ shared token scanners
    def open_bracket(self, type_, value, pos, length):
        self.brackets.append((value, pos))
        return self.tok(type_, value, pos, pos + length)

    def close_bracket(self, type_, value, pos):
        if self.brackets:
            if len(self.brackets) == self.param_depth and value == ")":
                self.param_depth = -1
                self.after_param = True
            self.brackets.pop()
        return self.tok(type_, value, pos, pos + 1)

    def punctuation(self, acc, c, pos):
        """Tokens that mean the same in every mode; None if c is not one."""
        text, end = self.text, self.end
        if c == "(":
            if pos == self.last_end and "CALL_LPAREN" in acc:
                return self.open_bracket("CALL_LPAREN", "(", pos, 1)
            return self.open_bracket("LPAREN", "(", pos, 1)
        if c == ")":
            return self.close_bracket("RPAREN", ")", pos)
        if c == "{":
            return self.open_bracket("LBRACE", "{", pos, 1)
        if c == "}":
            self.end_of_params = False
            return self.close_bracket("RBRACE", "}", pos)
        if c == ";":
            self.end_of_params = False
            return self.tok("_SEMI", ";", pos, pos + 1)
        if c == "|":
            self.end_of_params = False
            if text.startswith("||", pos):
                return self.tok("OR_OR", "||", pos, pos + 2)
            return self.tok("PIPE", "|", pos, pos + 1)
        if c == ",":
            return self.tok("COMMA", ",", pos, pos + 1)
        if c == "&":
            if text.startswith("&&", pos):
                self.end_of_params = False
                return self.tok("AND_AND", "&&", pos, pos + 2)
            return self.tok("AMP", "&", pos, pos + 1)
        return None

    def dollar(self, acc, pos):
        text, end = self.text, self.end
        if pos + 1 < end and text[pos + 1] == "(":
            return self.open_bracket("DOLLAR_PAREN", "$(", pos, 2)
        m = VARIABLE_RE.match(text, pos, end)
        if m is None:
            if pos + 1 < end and text[pos + 1] == "{":
                raise self.error("Missing closing '}' in variable name.", "MissingEndCurlyBrace",
                                 pos, end, incomplete=True)
            e = scan_generic(text, pos + 1, end)
            return self.tok("GENERIC", text[pos:max(e, pos + 1)], pos, max(e, pos + 1))
        err = drive_colon_error(text, m, end)
        if err is not None:
            raise err
        return self.tok("VARIABLE", m.group(), pos, m.end())

    def at(self, acc, pos):
        text, end = self.text, self.end
        n = text[pos + 1] if pos + 1 < end else ""
        if n == "(":
            return self.open_bracket("AT_PAREN", "@(", pos, 2)
        if n == "{":
            return self.open_bracket("AT_BRACE", "@{", pos, 2)
        if n and (n in DQUOTES or n in SQUOTES):
            e = scan_here_string(text, pos, end)
            return self.tok("STRING", text[pos:e], pos, e)
        m = _WORD_RE.match(text, pos + 1, end)
        if m:
            return self.tok("SPLAT", text[pos:m.end()], pos, m.end())
        return self.tok("GENERIC", "@", pos, pos + 1)

    def string(self, c, pos):
        text, end = self.text, self.end
        e = scan_single_quoted(text, pos, end) if c in SQUOTES else scan_double_quoted(text, pos, end)
        return self.tok("STRING", text[pos:e], pos, e)

    def type_or_attribute(self, acc, pos):
        """`[int]`, `[string[]]`, `[System.Collections.Generic.List[string]]` or `[Name(`."""
        text, end = self.text, self.end
        m = _TYPE_NAME.match(text, pos + 1, end)
        if m is None:
            return self.tok("LBRACKET", "[", pos, pos + 1)
        name_end = m.end()
        i = name_end
        if i < end and text[i] == "(" and "ATTR_START" in acc:
            self.brackets.append(("[", pos))
            self.brackets.append(("(", i))
            return self.tok("ATTR_START", m.group(1), pos, i + 1)
        i = self._type_suffix(i)
        while i < end and text[i] in " \t":
            i += 1
        if i < end and text[i] == "]":
            name = re.sub(r"\s+", "", text[m.start(1):i])
            return self.tok("TYPE", name, pos, i + 1)
        if i >= end:
            self.brackets.append(("[", pos))
            raise self.error("Missing ] at end of type token.", "EndSquareBracketExpectedAtEndOfType",
                             pos, end, incomplete=True)
        raise self.error("Unexpected token '%s' in expression or statement." % text[pos:i + 1].strip(),
                         "UnexpectedToken", pos, i + 1)

    def _type_suffix(self, i):
        """Generic arguments and array ranks after a type name."""
        text, end = self.text, self.end
        while i < end and text[i] == "[":
            j = i + 1
            while j < end and text[j] in " ,":
                j += 1
            if j < end and text[j] == "]":
                i = j + 1
                continue
            # generic arguments: type (, type)* ]
            j = i + 1
            while True:
                while j < end and text[j] in " \t":
                    j += 1
                if j < end and text[j] == "[":   # [[type]] form
                    depth = 1
                    k = j + 1
                    while k < end and depth:
                        depth += {"[": 1, "]": -1}.get(text[k], 0)
                        k += 1
                    j = k
                else:
                    m = _TYPE_NAME.match(text, j, end)
                    if m is None:
                        return j
                    j = self._type_suffix(m.end())
                while j < end and text[j] in " \t":
                    j += 1
                if j < end and text[j] == ",":
                    j += 1
                    continue
                if j < end and text[j] == "]":
                    i = j + 1
                    break
                return j
        return i

    def word_keyword(self, acc, word, pos, e):
        """A keyword token if `word` is a keyword the parser accepts here."""
        kw = KEYWORDS.get(word.lower())
        if kw is None or kw not in acc:
            return None
        text, end = self.text, self.end
        if kw == "BLOCK_NAME" or kw == "PARAM":
            # only a keyword when followed by `{` / `(` (after whitespace / newlines)
            j = e
            while j < end and text[j].isspace():
                j += 1
            if j >= end or text[j] != ("(" if kw == "PARAM" else "{"):
                return None
        if kw == "PARAM":
            self.param_depth = len(self.brackets) + 1
        return self.tok(kw, word, pos, e)

    def dash_operator(self, acc, pos):
        """Expression-mode token that starts with a dash."""
        text, end = self.text, self.end
        n = text[pos + 1] if pos + 1 < end else ""
        if "SWITCH_FLAG" in acc and n.isalpha():
            m = _WORD_RE.match(text, pos + 1, end)
            # `switch -File <path> {`: the path is one command argument (a bare word too)
            kind = "SWITCH_FILE" if m.group().lower() == "file" and "SWITCH_FILE" in acc \
                else "SWITCH_FLAG"
            return self.tok(kind, m.group(), pos, m.end())
        if n == "=":
            return self.tok("ASSIGN", "-=", pos, pos + 2)
        if n and n in DASHES:
            return self.tok("DEC", "--", pos, pos + 2)
        if n.isalpha():
            m = _WORD_RE.match(text, pos + 1, end)
            word = m.group().lower()
            kind = WORD_OPERATORS.get(word)
            if kind is not None:
                return self.tok(kind, "-" + word, pos, m.end())
            e = scan_generic(text, pos, end)
            return self.tok("GENERIC", text[pos:e], pos, e)
        return self.tok("MINUS", "-", pos, pos + 1)

    # ----------------------------------------------------- the three modes
    def scan_expression(self, acc, c, pos):
        text, end = self.text, self.end
        t = self.redirection(acc, c, pos)
        if t is not None:
            return t
        t = self.punctuation(acc, c, pos)
        if t is not None:
            return t
        n = text[pos + 1] if pos + 1 < end else ""
        if c == "$":
            return self.dollar(acc, pos)
        if c in SQUOTES or c in DQUOTES:
            return self.string(c, pos)
        if c in DASHES:
            return self.dash_operator(acc, pos)
        if c == ".":
            if n == ".":
                return self.tok("RANGE", "..", pos, pos + 2)
            if n.isdigit() and "NUMBER" in acc:
                return self.number(pos)
            if "DOT" in acc:
                return self.tok("DOT", ".", pos, pos + 1)
            if "DOT_INVOKE" in acc:
                return self.tok("DOT_INVOKE", ".", pos, pos + 1)
            return self.tok("GENERIC", ".", pos, pos + 1)
        if c == "[":
            if pos == self.last_end and "LBRACKET" in acc and not (
                    self.last_type == "TYPE" and "TYPE" in acc):
                return self.open_bracket("LBRACKET", "[", pos, 1)
            # `[int][char]'A'`: a type right after a type is a cast chain, not an index
            return self.type_or_attribute(acc, pos)
        if c == "]":
            return self.close_bracket("RBRACKET", "]", pos)
        if c.isdigit():
            return self.number(pos)
        if c == "@":
            return self.at(acc, pos)
        if c == "+":
            if n == "=":
                return self.tok("ASSIGN", "+=", pos, pos + 2)
            if n == "+":
                return self.tok("INC", "++", pos, pos + 2)
            return self.tok("PLUS", "+", pos, pos + 1)
        if c in "*/%":
            if n == "=":
                return self.tok("ASSIGN", c + "=", pos, pos + 2)
            return self.tok("MUL_OP", c, pos, pos + 1)
        if c == "=":
            return self.tok("ASSIGN", "=", pos, pos + 1)
        if c == "!":
            return self.tok("NOT", "!", pos, pos + 1)
        if c == ":":
            if n == ":":
                return self.tok("DCOLON", "::", pos, pos + 2)
            if "LABEL" in acc:
                m = _LABEL_RE.match(text, pos, end)
                if m:
                    return self.tok("LABEL", m.group(1), pos, m.end())
            return self.tok("COLON", ":", pos, pos + 1)
        if c == "?":
            if text.startswith("??=", pos):
                return self.tok("ASSIGN", "??=", pos, pos + 3)
            if n == "?":
                return self.tok("COALESCE", "??", pos, pos + 2)
            if n == "." and pos == self.last_end and "NC_DOT" in acc:
                return self.tok("NC_DOT", "?.", pos, pos + 2)
            if n == "[" and pos == self.last_end and "NC_LBRACKET" in acc:
                self.brackets.append(("[", pos + 1))
                return self.tok("NC_LBRACKET", "?[", pos, pos + 2)
            return self.tok("QUESTION", "?", pos, pos + 1)
        if c.isalpha() or c == "_":
            m = _WORD_RE.match(text, pos, end)
            word = m.group()
            e = m.end()
            if "MEMBER_NAME" in acc:
                return self.tok("MEMBER_NAME", word, pos, e)
            t = self.word_keyword(acc, word, pos, e)
            if t is not None:
                return t
            if "_SEMI" in acc and KEYWORDS.get(word.lower()) == "BLOCK_NAME" and self.last_type in ("RBRACE", "RPAREN"):
                j = e
                while j < end and text[j].isspace():
                    j += 1
                if j < end and text[j] == "{":
                    # `param(...) begin {` / `begin {} process {`: no separator needed
                    t = make_token("_SEMI", ";", pos, pos, self.line, pos - self.line_start + 1,
                                   self.line, pos - self.line_start + 1)
                    self.last_type = "_SEMI"
                    return t
            if "HASHKEY" in acc:
                m = _HASHKEY_RE.match(text, pos, end)
                return self.tok("HASHKEY", m.group(), pos, m.end())
            if "FUNCNAME" in acc:
                m = _FUNCNAME_RE.match(text, pos, end)
                return self.tok("FUNCNAME", m.group(), pos, m.end())
            e = scan_generic(text, pos, end)
            return self.tok("GENERIC", text[pos:e], pos, e)
        if "FUNCNAME" in acc:
            m = _FUNCNAME_RE.match(text, pos, end)
            if m:
                return self.tok("FUNCNAME", m.group(), pos, m.end())
        if "HASHKEY" in acc:
            m = _HASHKEY_RE.match(text, pos, end)
            if m:
                return self.tok("HASHKEY", m.group(), pos, m.end())
        e = scan_generic(text, pos, end)
        if e <= pos:
            e = pos + 1
        return self.tok("GENERIC", text[pos:e], pos, e)

    def number(self, pos):
        text, end = self.text, self.end
        m = _EXPR_NUMBER.match(text, pos, end)
        if m is None:
            e = scan_generic(text, pos, end)
            return self.tok("GENERIC", text[pos:e], pos, e)
        word = m.group()
        if parse_number(word) is None:
            e = scan_generic(text, pos, end)
            return self.tok("GENERIC", text[pos:e], pos, e)
        return self.tok("NUMBER", word, pos, m.end())

    def scan_statement_start(self, acc, c, pos):
        text, end = self.text, self.end
        if c in "$@'\"([{,!+0123456789" or c in SQUOTES or c in DQUOTES or c in DASHES or c in ")}];|&":
            if c == "[" and text.startswith("[", pos):
                return self.scan_expression(acc, c, pos)
            if c.isdigit():
                m = _EXPR_NUMBER.match(text, pos, end)
                if m is not None and parse_number(m.group()) is not None:
                    return self.tok("NUMBER", m.group(), pos, m.end())
                e = scan_generic(text, pos, end)
                return self.tok("CMDNAME", text[pos:e], pos, e)
            return self.scan_expression(acc, c, pos)
        if c == ".":
            n = text[pos + 1] if pos + 1 < end else ""
            if n.isdigit():
                return self.number(pos)
            if n == "" or n.isspace() or n in "&$'\"({":
                return self.tok("DOT_INVOKE", ".", pos, pos + 1)
        if c == ":" and "LABEL" in acc:
            m = _LABEL_RE.match(text, pos, end)
            if m:
                return self.tok("LABEL", m.group(1), pos, m.end())
        e = scan_generic(text, pos, end)
        if e <= pos:
            e = pos + 1
        word = text[pos:e]
        if c.isalpha():
            m = _WORD_RE.match(text, pos, end)
            if m.end() == e or text[m.end()] in "({":
                t = self.word_keyword(acc, m.group(), pos, m.end())
                if t is not None:
                    return t
        self.end_of_params = False
        return self.tok("CMDNAME", word, pos, e)

    def redirection(self, acc, c, pos):
        """`2>`, `>>`, `*>&1`... where the grammar takes one (after a command's
        arguments or after an expression that heads a pipeline)."""
        if c in _REDIRECT_START and "REDIRECT" in acc:
            m = _REDIRECT_RE.match(self.text, pos, self.end)
            if m is not None:
                return self.tok("MERGE_REDIRECT" if m.group(3) else "REDIRECT", m.group(), pos, m.end())
        return None

    def scan_argument(self, acc, c, pos):
        text, end = self.text, self.end
        if c.isalpha() and "MEMBER_NAME" not in acc:
            return self.bareword(pos)   # the common case: a plain bare word
        t = self.redirection(acc, c, pos)
        if t is not None:
            return t
        t = self.punctuation(acc, c, pos)
        if t is not None:
            return t
        n = text[pos + 1] if pos + 1 < end else ""
        adjacent = pos == self.last_end
        if adjacent:
            if c == "." and "DOT" in acc and (n.isalnum() or n == "_"):
                return self.tok("DOT", ".", pos, pos + 1)
            if c == ":" and n == ":" and "DCOLON" in acc:
                return self.tok("DCOLON", "::", pos, pos + 2)
            if c == "[" and "LBRACKET" in acc:
                return self.open_bracket("LBRACKET", "[", pos, 1)
        if "MEMBER_NAME" in acc:
            m = _MEMBER_RE.match(text, pos, end)
            if m:
                return self.tok("MEMBER_NAME", m.group(), pos, m.end())
        if c == "]" and "RBRACKET" in acc:
            return self.close_bracket("RBRACKET", "]", pos)
        if c in DASHES and not self.end_of_params:
            if n and n in DASHES and (pos + 2 >= end or text[pos + 2].isspace() or text[pos + 2] in _FORCE_NEW):
                self.end_of_params = True   # `--`: the rest are positional arguments
                self.pos = pos + 2
                return None
            if n.isalpha() or n == "_" or n == "?":
                m = _PARAM_RE.match(text, pos + 1, end)
                e = m.end()
                if e < end and text[e] == ":":
                    return self.tok("PARAM_COLON", m.group(), pos, e + 1)
                if e >= end or text[e].isspace() or text[e] in _FORCE_NEW:
                    return self.tok("PARAMETER", m.group(), pos, e)
        if c == "$":
            if n == "(":
                e = skip_subexpression(text, pos + 2, end, pos)
                if e >= end or text[e].isspace() or text[e] in _FORCE_NEW or text[e] in ".[":
                    return self.open_bracket("DOLLAR_PAREN", "$(", pos, 2)
                return self.bareword(pos)
            m = VARIABLE_RE.match(text, pos, end)
            if m is not None:
                e = m.end()
                if e >= end or text[e].isspace() or text[e] in _FORCE_NEW or text[e] in ".[":
                    return self.tok("VARIABLE", m.group(), pos, e)
            return self.bareword(pos)
        if c == "@":
            if n in "({" and n:
                return self.at(acc, pos)
            if n and (n in DQUOTES or n in SQUOTES):
                return self.at(acc, pos)
            if n.isalnum() or n == "_":
                return self.at(acc, pos)
            return self.bareword(pos)
        if c in SQUOTES or c in DQUOTES:
            e = scan_single_quoted(text, pos, end) if c in SQUOTES else scan_double_quoted(text, pos, end)
            if e >= end or text[e].isspace() or text[e] in _FORCE_NEW:
                return self.tok("STRING", text[pos:e], pos, e)
            return self.bareword(pos)
        return self.bareword(pos)

    def bareword(self, pos):
        text, end = self.text, self.end
        m = _GENERIC_FAST.match(text, pos, end)
        if m is not None:
            e = m.end()
            if e >= end or text[e] in _SIMPLE_END:
                word = m.group()
                c = word[0]
                if (c.isdigit() or c in DASHES or c == ".") and parse_number(word) is not None:
                    return self.tok("NUMBER", word, pos, e)
                return self.tok("BAREWORD", word, pos, e)
        e = scan_generic(text, pos, end)
        if e <= pos:
            e = pos + 1
        word = text[pos:e]
        c = word[0]
        if (c.isdigit() or c in DASHES or c == ".") and parse_number(word) is not None:
            return self.tok("NUMBER", word, pos, e)
        return self.tok("BAREWORD", word, pos, e)
