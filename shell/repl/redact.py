"""Keep PINs out of command history: ``redact_secrets(text)`` masks PIN values in typed input.

Pure and stdlib-only, so transcripts or ``Get-History`` can reuse it without importing the REPL.

What counts as a PIN (each value is replaced by ``********``):

* the argument of a parameter named by a prefix of ``Pin`` -- ``-P``, ``-Pi``, ``-Pin``, ``-PIN``,
  any dash look-alike (``–`` ``—`` ``―``), ``-Pin:1234``, ``-Pin: 1234``; this covers
  Set-CsClientPin, Test-CsPhoneBootstrap's ``-PIN`` and Set-CsPinSendCAWelcomeMail;
* Set-CsClientPin's positional PIN (``Set-CsClientPin kenmyer@litwareinc.com 0712``, or the
  first positional argument once ``-Identity`` is named);
* a ``Pin = ...`` entry, e.g. in a splatting hashtable ``@{Identity='x'; Pin='0712'}``;
* a literal assigned to a variable named like a PIN (``$pin = '0712'``, ``$newPin = 0712``).

A value that is only a variable reference (``$pin``, ``$_.Pin``) holds no secret and stays, so
recalled lines remain useful. The scanner errs towards masking: history is its only consumer.
"""

from __future__ import annotations

import re

MASK = "********"

_DASHES = "-\u2013\u2014\u2015"
_SINGLE_QUOTES = "'\u2018\u2019\u201a\u201b"
_DOUBLE_QUOTES = '"\u201c\u201d\u201e'
_BLANKS = " \t\f\v\u00a0"
_NEWLINES = "\r\n"
# Characters that end a bare argument in PowerShell's argument mode.
_ARG_END = set(_BLANKS + _NEWLINES + ";|&)},")
_OPENERS = ("$(", "@(", "@{", "(", "{")

_PURE_VARIABLE = re.compile(r"\$(?:\{[^}]*\}|[\w:?]+)(?:\.[\w]+)*")
_PIN_VARIABLE = re.compile(r"(?:\[[^\]]*\])*\$(?:\{)?[\w:]*pin(?!g|policy)[\w]*\}?", re.IGNORECASE)
_LITERAL = re.compile(r"""[\d]+|(['\u2018\u2019\u201a\u201b"\u201c\u201d\u201e]).*""", re.DOTALL)
_PARAM_NAME = re.compile(r"[^\W\d][\w?]*|\?", re.UNICODE)

_SET_CLIENT_PIN = "set-csclientpin"
# Set-CsClientPin parameters that take no argument (switches, common switches).
_SWITCHES = ("force", "whatif", "confirm", "verbose", "debug")


def redact_secrets(text: str) -> str:
    """Return *text* with every PIN value replaced by ``********``."""
    spans = _Scanner(text).run()
    if not spans:
        return text
    out: list[str] = []
    last = 0
    for start, end in sorted(spans):
        if start < last:  # overlapping spans cannot happen, but never duplicate text
            continue
        out.append(text[last:start])
        out.append(MASK)
        last = end
    out.append(text[last:])
    return "".join(out)


def _is_pin_prefix(name: str) -> bool:
    return "pin".startswith(name.casefold())


def _normalize_dashes(word: str) -> str:
    return "".join("-" if c in _DASHES else c for c in word)


class _Command:
    """What the scanner knows about the command (or statement) being read."""

    def __init__(self) -> None:
        self.name: str | None = None       # first word, lower-cased, module prefix dropped
        self.first_token: str | None = None
        self.positionals: list[tuple[int, int]] = []  # spans of positional arguments
        self.identity_named = False


class _Scanner:
    def __init__(self, text: str) -> None:
        self.text = text
        self.n = len(text)
        self.spans: list[tuple[int, int]] = []

    # ---- low-level skipping -------------------------------------------------------------

    def skip_blanks(self, i: int, newlines: bool = False) -> int:
        t = self.text
        while i < self.n:
            c = t[i]
            if c in _BLANKS or (newlines and c in _NEWLINES):
                i += 1
            elif c == "`" and i + 1 < self.n and t[i + 1] in _NEWLINES:
                i += 2  # backtick line continuation is whitespace
                if t[i - 1] == "\r" and i < self.n and t[i] == "\n":
                    i += 1
            else:
                break
        return i

    def skip_string(self, i: int) -> int:
        """From an opening quote at *i* to just past its closing quote (or the end)."""
        t = self.text
        quotes = _SINGLE_QUOTES if t[i] in _SINGLE_QUOTES else _DOUBLE_QUOTES
        expandable = quotes is _DOUBLE_QUOTES
        i += 1
        while i < self.n:
            c = t[i]
            if expandable and c == "`":
                i += 2
                continue
            if c in quotes:
                if i + 1 < self.n and t[i + 1] in quotes:  # doubled quote = literal quote
                    i += 2
                    continue
                return i + 1
            i += 1
        return self.n

    def skip_here_string(self, i: int) -> int | None:
        """``@'...'@`` / ``@"..."@``: the opener must end its line; the closer starts one."""
        t = self.text
        if not (t.startswith("@", i) and i + 1 < self.n and t[i + 1] in _SINGLE_QUOTES + _DOUBLE_QUOTES):
            return None
        quotes = _SINGLE_QUOTES if t[i + 1] in _SINGLE_QUOTES else _DOUBLE_QUOTES
        j = self.skip_blanks(i + 2)
        if j < self.n and t[j] not in _NEWLINES:
            return None
        while True:
            nl = t.find("\n", j)
            if nl < 0:
                return self.n
            j = nl + 1
            if j + 1 < self.n and t[j] in quotes and t[j + 1] == "@":
                return j + 2

    def skip_group(self, i: int) -> int:
        """From an opener (``(``, ``{``, ``$(``, ``@(``, ``@{``) at *i* past its balanced closer."""
        t = self.text
        i += 2 if t[i] in "$@" else 1
        depth = 1
        while i < self.n:
            c = t[i]
            here = self.skip_here_string(i) if c == "@" else None
            if here is not None:
                i = here
            elif c in _SINGLE_QUOTES or c in _DOUBLE_QUOTES:
                i = self.skip_string(i)
            elif c == "`":
                i += 2
            elif c == "#" and (i == 0 or t[i - 1] in _BLANKS + _NEWLINES + ";({"):
                nl = t.find("\n", i)
                i = self.n if nl < 0 else nl
            elif c in "({":
                depth += 1
                i += 1
            elif c in ")}":
                depth -= 1
                i += 1
                if depth == 0:
                    return i
            else:
                i += 1
        return self.n

    def skip_argument(self, i: int, stop_at_equals: bool = False) -> int:
        """One argument in argument mode: adjacent bare text, strings and groups, and
        comma-separated lists of those (``1,2``). *stop_at_equals* reads an assignment target."""
        t = self.text
        while i < self.n:
            c = t[i]
            if stop_at_equals and c in "=,":
                break
            if c == ",":
                i = self.skip_blanks(i + 1, newlines=True)
                continue
            if c in _ARG_END:
                break
            here = self.skip_here_string(i) if c == "@" else None
            if here is not None:
                i = here
            elif c in _SINGLE_QUOTES or c in _DOUBLE_QUOTES:
                i = self.skip_string(i)
            elif self.opener_at(i):
                i = self.skip_group(i)
            elif c == "`":
                i += 2
            else:
                i += 1
        return min(i, self.n)

    def opener_at(self, i: int) -> bool:
        return self.text.startswith(_OPENERS, i)

    def at_statement_end(self, i: int) -> bool:
        return i >= self.n or self.text[i] in _NEWLINES + ";|&)}"

    def is_parameter_at(self, i: int) -> bool:
        t = self.text
        return i + 1 < self.n and t[i] in _DASHES and _PARAM_NAME.match(t, i + 1) is not None

    # ---- masking ---------------------------------------------------------------------------

    def mask_value(self, start: int) -> int:
        """Mask the argument starting at *start* unless it is a bare variable; return its end."""
        end = self.skip_argument(start)
        if end > start and not _PURE_VARIABLE.fullmatch(self.text, start, end):
            self.spans.append((start, end))
        return end

    # ---- the scan --------------------------------------------------------------------------

    def run(self) -> list[tuple[int, int]]:
        t = self.text
        stack = [_Command()]
        i = 0
        while i < self.n:
            cmd = stack[-1]
            c = t[i]
            if c in _BLANKS or (c == "`" and i + 1 < self.n and t[i + 1] in _NEWLINES):
                i = self.skip_blanks(i)
            elif c in _NEWLINES or c in ";|&":
                self.finish(cmd)
                stack[-1] = _Command()
                i += 1
            elif c == "#":
                nl = t.find("\n", i)
                i = self.n if nl < 0 else nl
            elif t.startswith("<#", i):
                close = t.find("#>", i + 2)
                i = self.n if close < 0 else close + 2
            elif c in ")}":
                self.finish(cmd)
                if len(stack) > 1:
                    stack.pop()
                else:
                    stack[-1] = _Command()
                i += 1
            elif self.is_parameter_at(i):
                i = self.parameter(i, cmd)
            elif self.opener_at(i):
                if cmd.name == _SET_CLIENT_PIN:
                    # an expression argument, e.g. (Get-CsUser x).Identity: one positional
                    end = self.skip_argument(i)
                    cmd.positionals.append((i, end))
                    i = end
                    continue
                if cmd.first_token is None:
                    cmd.first_token = "("
                stack.append(_Command())
                i += 2 if c in "$@" else 1
            else:
                i = self.argument(i, cmd)
        for cmd in stack:
            self.finish(cmd)
        return self.spans

    def finish(self, cmd: _Command) -> None:
        """At the end of a command, when all its named parameters are known: PowerShell binds
        named parameters first, so Set-CsClientPin's PIN is the first positional argument if
        -Identity was named anywhere, else the second."""
        if cmd.name != _SET_CLIENT_PIN:
            return
        pin_position = 0 if cmd.identity_named else 1
        for start, end in cmd.positionals[pin_position:]:
            if not _PURE_VARIABLE.fullmatch(self.text, start, end):
                self.spans.append((start, end))

    def parameter(self, i: int, cmd: _Command) -> int:
        t = self.text
        m = _PARAM_NAME.match(t, i + 1)
        assert m is not None
        name = m.group().casefold()
        j = m.end()
        colon = j < self.n and t[j] == ":"
        if cmd.first_token is None:
            cmd.first_token = t[i:j]
        if cmd.name == _SET_CLIENT_PIN and "identity".startswith(name):
            cmd.identity_named = True
        if colon:
            j = self.skip_blanks(j + 1)
            if _is_pin_prefix(name):
                return self.mask_value(j)
            return self.skip_argument(j)
        if _is_pin_prefix(name):
            k = self.skip_blanks(j)
            if self.at_statement_end(k) or self.is_parameter_at(k):
                return k  # no argument given; nothing to hide
            return self.mask_value(k)
        if cmd.name == _SET_CLIENT_PIN:
            if not any(s.startswith(name) for s in _SWITCHES):
                # a named parameter's argument is not a positional one
                k = self.skip_blanks(j)
                if not (self.at_statement_end(k) or self.is_parameter_at(k)):
                    return self.skip_argument(k)
        return j

    def argument(self, i: int, cmd: _Command) -> int:
        t = self.text
        if cmd.first_token is None:
            target_end = self.skip_argument(i, stop_at_equals=True)
            after = self.skip_blanks(target_end)
            if (target_end > i and after < self.n and t[after] == "="
                    and not t.startswith("==", after)):
                cmd.first_token = t[i:target_end]
                return self.assignment(after + 1, cmd.first_token)
        end = self.skip_argument(i)
        if end == i:  # a lone character that ends arguments (e.g. ','): step over it
            return i + 1
        word = t[i:end]
        if cmd.first_token is None:
            cmd.first_token = word
            if not (word.startswith("$") or word[0] in _SINGLE_QUOTES + _DOUBLE_QUOTES):
                cmd.name = _normalize_dashes(word.rsplit("\\", 1)[-1]).casefold()
            return end
        if cmd.name == _SET_CLIENT_PIN:
            cmd.positionals.append((i, end))
        return end

    def assignment(self, value_at: int, target: str) -> int:
        """``Pin = ...`` (hashtable entry) or ``$pin = <literal>``."""
        j = self.skip_blanks(value_at)
        key = target.strip(_SINGLE_QUOTES + _DOUBLE_QUOTES).casefold()
        if key == "pin":
            if self.at_statement_end(j):
                return j
            return self.mask_value(j)
        if _PIN_VARIABLE.fullmatch(target):
            value_end = self.skip_argument(j)
            if (value_end > j and _LITERAL.fullmatch(self.text, j, value_end)
                    and self.at_statement_end(self.skip_blanks(value_end))):
                self.spans.append((j, value_end))
            return value_end if value_end > j else j
        return j
