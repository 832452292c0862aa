r""".NET regular expressions on top of Python's `re`, for -match, -replace, -split,
`switch -Regex`, Select-String and `[regex]`.

A .NET pattern is translated once to a Python pattern and compiled; results are
cached per (pattern, options) like PowerShell's own `ParserOps.NewRegex` cache.

What the translation does (.NET → Python):
- `(?<name>...)` and `(?'name'...)` → `(?P<name>...)`; `\k<name>` / `\k'name'` → `(?P=name)`.
- Group numbering follows .NET: unnamed groups are numbered first (1..k, left to
  right), then named groups (k+1..). Python numbers all groups left to right, so
  `$Matches`, `$1` in replacements and `\1` back-references are remapped.
- `\z` → `\Z` (Python's `\Z` is .NET's `\z`); .NET `\Z` (end or before a final
  newline) → `(?=\n?\Z)`; `\e` → `\x1b`; `\cX` → the control character.
- Inline options `(?imnsx-imnsx)` in the middle of a pattern (Python 3.11 accepts
  global flags only at the start) become a scoped group `(?i:...)` that runs to the
  end of the enclosing group. `n` (ExplicitCapture) is applied by the translator:
  plain `(...)` groups become `(?:...)`.
- RegexOptions: IgnoreCase → re.I, Multiline → re.M, Singleline → re.S,
  IgnorePatternWhitespace → re.X, ExplicitCapture (translator), CultureInvariant
  (no-op), RightToLeft (only supported by `split`, which is what -split needs).
- `x{,n}` is a literal in .NET and a quantifier in Python: the brace is escaped.
- `[`, `&`, `~`, `|` inside a character class are escaped (Python warns on `[[`, `&&`...).
- `\p{L}`, `\p{Lu}`, `\p{Ll}`, `\p{N}`, `\p{Nd}`, `\p{P}`, `\p{Zs}` (and `\P{..}`) are
  approximated with Python classes; other Unicode categories/blocks are an error.

Known differences that remain (not translated, documented):
- Character-class subtraction `[a-z-[aeiou]]`, balancing groups `(?<a-b>...)`,
  `\G`, and RightToLeft matching for -match/-replace are not supported (error).
- Python look-behind must be fixed width; .NET allows variable-width look-behind.
- An inline option after an alternation inside the same group (`a(?i)b|c`) is scoped
  to the rest of the group *including* the alternatives, which changes grouping.
- Duplicate group names (legal in .NET) are an error in Python.
- `\d`, `\w` are Unicode-aware in both; case-insensitive matching uses Python's
  simple case folding rather than .NET's culture-aware one.
- Error messages of invalid patterns are shaped like .NET's
  (`Invalid pattern '...' at offset N. reason`), the reasons are mapped for common
  cases only and offsets are approximate.
"""
from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from ..errors import INVALID_OPERATION, PSRuntimeError
from .values import Hashtable

# Filling a Hashtable's storage directly is ~3x cheaper than __setitem__ per key;
# used only when the storage layout is the one we know (values.Hashtable: _items
# maps the normalised key to (original key, value)).
_FAST_TABLE = "_items" in getattr(Hashtable, "__slots__", ())

# RegexOptions values (System.Text.RegularExpressions.RegexOptions)
NONE = 0
IGNORECASE = 1
MULTILINE = 2
EXPLICITCAPTURE = 4
SINGLELINE = 16
IGNOREPATTERNWHITESPACE = 32
RIGHTTOLEFT = 64
CULTUREINVARIANT = 512

_OPTION_NAMES = {
    "none": NONE, "ignorecase": IGNORECASE, "multiline": MULTILINE,
    "explicitcapture": EXPLICITCAPTURE, "compiled": 0, "singleline": SINGLELINE,
    "ignorepatternwhitespace": IGNOREPATTERNWHITESPACE, "righttoleft": RIGHTTOLEFT,
    "ecmascript": 0, "cultureinvariant": CULTUREINVARIANT, "nonbacktracking": 0,
}


class RegexTranslationError(Exception):
    """The pattern uses a .NET construct we cannot express in Python."""


_UNICODE_CLASSES = {
    "L": r"[^\W\d_]", "IsLetter": r"[^\W\d_]",
    "Lu": None, "Ll": None,  # handled specially (case-dependent)
    "N": r"\d", "Nd": r"\d",
    "P": r"""[!-#%-*,-/:;?@\[-\]_{}\u00a1\u00a7\u00ab\u00b6\u00b7\u00bb\u00bf\u2010-\u2027\u2030-\u205e]""",
    "Zs": r"[ \u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]",
}


def _unicode_class(name: str, negate: bool, in_class: bool) -> str:
    if name == "Lu":
        body = "A-Z\u00c0-\u00d6\u00d8-\u00de"
    elif name == "Ll":
        body = "a-z\u00df-\u00f6\u00f8-\u00ff"
    elif name in _UNICODE_CLASSES:
        cls = _UNICODE_CLASSES[name]
        if cls is None:
            raise RegexTranslationError(f"Unknown property '{name}'.")
        if cls.startswith("\\") and len(cls) == 2:
            if negate:
                return cls.upper() if not in_class else cls.upper()
            return cls
        if cls.startswith("[^"):
            inner = cls[2:-1]
            if in_class:
                raise RegexTranslationError(f"Unicode category '{name}' inside a character class is not supported.")
            return ("[" + inner + "]") if negate else cls
        body = cls[1:-1]
    else:
        raise RegexTranslationError(f"Unknown property '{name}'.")
    if in_class:
        if negate:
            raise RegexTranslationError(f"Negated Unicode category '{name}' inside a character class is not supported.")
        return body
    return ("[^" if negate else "[") + body + "]"


_QUANT_BRACE = re.compile(r"\{\d+(,\d*)?\}")
_INLINE_OPTS = re.compile(r"\(\?([imnsx]*)(?:-([imnsx]*))?([:)])")
_GROUP_NAME = re.compile(r"[A-Za-z_][A-Za-z0-9_]*|\d+")


class Translation:
    __slots__ = ("pattern", "number_to_py", "name_to_py", "group_keys")

    def __init__(self, pattern: str, number_to_py: dict[int, int], name_to_py: dict[str, int],
                 group_keys: list[tuple[Any, int]]) -> None:
        self.pattern = pattern
        self.number_to_py = number_to_py      # .NET group number -> Python group index
        self.name_to_py = name_to_py          # .NET group name -> Python group index
        self.group_keys = group_keys          # ($Matches key, Python index) in .NET GetGroupNames order


def translate(pattern: str, options: int = 0) -> Translation:
    """Translate a .NET pattern to Python `re` syntax (see module docstring)."""
    out: list[Any] = []          # strings, or ('bref', n) placeholders
    n = len(pattern)
    i = 0
    explicit = bool(options & EXPLICITCAPTURE)
    xmode = bool(options & IGNOREPATTERNWHITESPACE)
    py_index = 0
    unnamed: list[int] = []                 # Python indexes of unnamed groups, in order
    named: list[tuple[str, int]] = []       # (name, Python index), in order
    numbered: dict[int, int] = {}           # explicitly numbered groups (?<3>...)
    # stack of open groups: [extra_closers, saved_explicit]
    stack: list[list[Any]] = []
    top_closers = 0

    def push(saved_explicit: bool) -> None:
        stack.append([0, saved_explicit])

    while i < n:
        c = pattern[i]
        if c == "\\":
            i, text = _escape(pattern, i, in_class=False)
            if isinstance(text, tuple):
                out.append(text)
            else:
                out.append(text)
            continue
        if c == "[":
            i, text = _char_class(pattern, i)
            out.append(text)
            continue
        if xmode and c in " \t\r\n\f\v":
            i += 1
            continue
        if xmode and c == "#":
            j = pattern.find("\n", i)
            i = n if j < 0 else j + 1
            continue
        if c == "(":
            if pattern.startswith("(?", i):
                rest = pattern[i + 2:i + 3]
                if pattern.startswith("(?#", i):
                    j = pattern.find(")", i)
                    if j < 0:
                        raise RegexTranslationError("Unterminated (?#...) comment.")
                    i = j + 1
                    continue
                if (rest in ("<", "'") and not pattern.startswith("(?<=", i)
                        and not pattern.startswith("(?<!", i)):
                    close = ">" if rest == "<" else "'"
                    j = pattern.find(close, i + 3)
                    if j < 0:
                        raise RegexTranslationError("Invalid group name: Group names must begin with a word character.")
                    name = pattern[i + 3:j]
                    if "-" in name:
                        raise RegexTranslationError("Balancing groups are not supported.")
                    if not _GROUP_NAME.fullmatch(name):
                        raise RegexTranslationError("Invalid group name: Group names must begin with a word character.")
                    py_index += 1
                    if name.isdigit():
                        numbered[int(name)] = py_index
                        out.append(f"(?P<_n{name}>")
                    else:
                        named.append((name, py_index))
                        out.append(f"(?P<{name}>")
                    push(explicit)
                    i = j + 1
                    continue
                m = _INLINE_OPTS.match(pattern, i)
                if m and (m.group(1) or m.group(2) is not None):
                    on, off, end = m.group(1), m.group(2) or "", m.group(3)
                    new_explicit = explicit
                    if "n" in on:
                        new_explicit = True
                    if "n" in off:
                        new_explicit = False
                    if "x" in on:
                        xmode = True
                    if "x" in off:
                        xmode = False
                    on_py, off_py = on.replace("n", ""), off.replace("n", "")
                    flags = on_py + ("-" + off_py if off_py else "")
                    if end == ":":
                        push(explicit)
                        explicit = new_explicit
                        out.append(f"(?{flags}:" if flags and flags != "-" else "(?:")
                    else:
                        explicit = new_explicit
                        if flags and flags != "-":
                            if not out and not stack and not off_py:
                                out.append(f"(?{flags})")
                            else:
                                out.append(f"(?{flags}:")
                                if stack:
                                    stack[-1][0] += 1
                                else:
                                    top_closers += 1
                    i = m.end()
                    continue
                # (?: (?= (?! (?<= (?<! (?> (?( ...
                push(explicit)
                if pattern.startswith("(?(", i):
                    out.append("(?(")
                    i += 3
                else:
                    out.append("(?")
                    i += 2
                continue
            push(explicit)
            if explicit:
                out.append("(?:")
            else:
                py_index += 1
                unnamed.append(py_index)
                out.append("(")
            i += 1
            continue
        if c == ")":
            if stack:
                closers, saved = stack.pop()
                out.append(")" * closers)
                explicit = saved
            out.append(")")
            i += 1
            continue
        if c == "{":
            m = _QUANT_BRACE.match(pattern, i)
            if m:
                out.append(m.group(0))
                i = m.end()
            else:
                out.append("\\{")
                i += 1
            continue
        if c == "}":
            out.append("\\}")
            i += 1
            continue
        out.append(c)
        i += 1
    out.append(")" * top_closers)

    number_to_py: dict[int, int] = {0: 0}
    for k, idx in enumerate(unnamed, 1):
        number_to_py[k] = idx
    next_number = len(unnamed) + 1
    name_to_py: dict[str, int] = {}
    group_keys: list[tuple[Any, int]] = [(k, number_to_py[k]) for k in range(len(unnamed) + 1)]
    for num, idx in sorted(numbered.items()):
        number_to_py[num] = idx
        group_keys.append((num, idx))
        next_number = max(next_number, num + 1)
    for name, idx in named:
        name_to_py[name] = idx
        number_to_py[next_number] = idx
        next_number += 1
        group_keys.append((name, idx))

    parts: list[str] = []
    for piece in out:
        if isinstance(piece, tuple):
            kind, value = piece
            if kind == "bref":
                idx = number_to_py.get(value)
                if idx is None:
                    raise RegexTranslationError(f"Reference to undefined group number {value}.")
                parts.append(f"(?:\\{idx})")
            else:  # named back-reference
                if value.isdigit():
                    idx = number_to_py.get(int(value))
                    if idx is None:
                        raise RegexTranslationError(f"Reference to undefined group number {value}.")
                    parts.append(f"(?:\\{idx})")
                elif value in name_to_py:
                    parts.append(f"(?P={value})")
                else:
                    raise RegexTranslationError(f"Reference to undefined group name '{value}'.")
        else:
            parts.append(piece)
    return Translation("".join(parts), number_to_py, name_to_py, group_keys)


_SIMPLE_ESCAPES = set("dDwWsSbBAnrtfvax0u\\.*+?|()[]{}^$#- /'\"!@%&,:;<=>_`~")


def _escape(pattern: str, i: int, in_class: bool) -> tuple[int, Any]:
    """Translate the escape starting at pattern[i] == '\\'; returns (next index, text)."""
    if i + 1 >= len(pattern):
        raise RegexTranslationError("Illegal \\ at end of pattern.")
    c = pattern[i + 1]
    if c.isdigit() and c != "0" and not in_class:
        j = i + 1
        while j < len(pattern) and pattern[j].isdigit():
            j += 1
        return j, ("bref", int(pattern[i + 1:j]))
    if c == "k" and not in_class and i + 2 < len(pattern) and pattern[i + 2] in "<'{":
        close = {"<": ">", "'": "'", "{": "}"}[pattern[i + 2]]
        j = pattern.find(close, i + 3)
        if j < 0:
            raise RegexTranslationError("Malformed \\k<...> named back reference.")
        return j + 1, ("nref", pattern[i + 3:j])
    if c == "z":
        return i + 2, ("" if in_class else "\\Z")
    if c == "Z":
        if in_class:
            raise RegexTranslationError("Unrecognized escape sequence \\Z.")
        return i + 2, "(?=\\n?\\Z)"
    if c == "G":
        raise RegexTranslationError("\\G is not supported.")
    if c == "e":
        return i + 2, "\\x1b"
    if c == "c" and i + 2 < len(pattern):
        return i + 3, "\\x%02x" % (ord(pattern[i + 2].upper()) & 31)
    if c in "pP" and i + 2 < len(pattern) and pattern[i + 2] == "{":
        j = pattern.find("}", i + 3)
        if j < 0:
            raise RegexTranslationError("Incomplete \\p{X} character escape.")
        return j + 1, _unicode_class(pattern[i + 3:j], c == "P", in_class)
    if c == "b" and in_class:
        return i + 2, "\\x08"
    return i + 2, "\\" + c


def _char_class(pattern: str, i: int) -> tuple[int, str]:
    """Copy a character class starting at pattern[i] == '['."""
    n = len(pattern)
    out = ["["]
    j = i + 1
    if j < n and pattern[j] == "^":
        out.append("^")
        j += 1
    first = True
    while j < n:
        c = pattern[j]
        if c == "]" and not first:
            out.append("]")
            return j + 1, "".join(out)
        if c == "\\":
            j, text = _escape(pattern, j, in_class=True)
            out.append(text)
        elif c == "-" and j + 1 < n and pattern[j + 1] == "[":
            raise RegexTranslationError("Character class subtraction is not supported.")
        elif c in "[&~|" or (c == "]" and first):
            out.append("\\" + c)
            j += 1
        else:
            out.append(c)
            j += 1
        first = False
    raise RegexTranslationError("Unterminated [] set.")


# ---------------------------------------------------------------- compiled regex


class DotNetRegex:
    """A compiled .NET-style regex (`[regex]` values, cached -match patterns)."""

    __slots__ = ("pattern", "options", "compiled", "translation", "search", "test", "_keys", "__weakref__")

    def __init__(self, pattern: str, options: int = 0) -> None:
        self.pattern = pattern
        self.options = options
        try:
            self.translation = translate(pattern, options)
        except RegexTranslationError as exc:
            raise _invalid_pattern(pattern, str(exc)) from None
        flags = 0
        if options & IGNORECASE:
            flags |= re.IGNORECASE
        if options & MULTILINE:
            flags |= re.MULTILINE
        if options & SINGLELINE:
            flags |= re.DOTALL
        if options & IGNOREPATTERNWHITESPACE:
            flags |= re.VERBOSE
        try:
            self.compiled = re.compile(self.translation.pattern, flags)
        except re.error as exc:
            raise _invalid_pattern(pattern, _dotnet_reason(exc, pattern)) from None
        self.search = self.compiled.search
        # test(text) -> bool: a substring test when the pattern is a plain literal
        self.test = _literal_test(pattern, options) or (lambda text, _s=self.search: _s(text) is not None)
        # ($Matches key, normalised key, Python group index)
        self._keys = tuple((key, key.lower() if isinstance(key, str) else key, idx)
                           for key, idx in self.translation.group_keys)

    def __str__(self) -> str:
        return self.pattern

    def __repr__(self) -> str:
        return f"DotNetRegex({self.pattern!r}, {self.options})"

    # .NET-like methods (callable from scripts through member access)
    def IsMatch(self, text: Any) -> bool:  # noqa: N802
        return self.search(str(text)) is not None

    def Match(self, text: Any) -> "RegexMatch":  # noqa: N802
        m = self.search(str(text))
        return RegexMatch(m, self) if m else RegexMatch.failed()

    def Matches(self, text: Any) -> list["RegexMatch"]:  # noqa: N802
        return [RegexMatch(m, self) for m in self.compiled.finditer(str(text))]

    def Replace(self, text: Any, replacement: Any) -> str:  # noqa: N802
        return replace(self, str(text), replacement)

    def Split(self, text: Any, count: int = 0) -> list[str]:  # noqa: N802
        return split(self, str(text), count)

    def ToString(self) -> str:  # noqa: N802
        return self.pattern

    def matches_table(self, m: "re.Match[str]") -> Any:
        """The $Matches hashtable for a successful match (successful groups only)."""
        table = Hashtable()
        if _FAST_TABLE:
            items = table._items
            if len(self._keys) == 1:
                items[0] = (0, m.group(0))
                return table
            groups = m.groups()
            for key, norm, idx in self._keys:
                value = groups[idx - 1] if idx else m.group(0)
                if value is not None:
                    items[norm] = (key, value)
            return table
        for key, _norm, idx in self._keys:
            value = m.group(idx)
            if value is not None:
                table[key] = value
        return table


_LITERAL = re.compile(r"[A-Za-z0-9 _\-@:/,;'\"=<>!%&~]+\Z")


def _literal_test(pattern: str, options: int) -> Callable[[str], bool] | None:
    if not _LITERAL.match(pattern) or options & IGNOREPATTERNWHITESPACE:
        return None
    if options & IGNORECASE:
        if not pattern.isascii():
            return None
        low = pattern.lower()
        return lambda text: low in text.lower()
    return lambda text: pattern in text


class RegexGroup:
    """System.Text.RegularExpressions.Group as seen from a script."""

    __slots__ = ("Value", "Index", "Length", "Success", "Name")

    def __init__(self, value: str | None, index: int, name: str) -> None:
        self.Success = value is not None
        self.Value = value if value is not None else ""
        self.Index = index if value is not None else 0
        self.Length = len(self.Value)
        self.Name = name

    def __str__(self) -> str:
        return self.Value


class RegexMatch(RegexGroup):
    """System.Text.RegularExpressions.Match: `$_` in a -replace script block."""

    __slots__ = ("Groups",)

    def __init__(self, m: "re.Match[str] | None", regex: DotNetRegex | None) -> None:
        if m is None:
            super().__init__(None, 0, "0")
            self.Groups = []
            return
        super().__init__(m.group(0), m.start(), "0")
        groups = []
        for key, idx in regex.translation.group_keys:  # type: ignore[union-attr]
            value = m.group(idx)
            groups.append(RegexGroup(value, m.start(idx) if value is not None else 0, str(key)))
        self.Groups = groups

    @classmethod
    def failed(cls) -> "RegexMatch":
        return cls(None, None)


_REASONS = [
    ("missing ), unterminated subpattern", "Not enough )'s."),
    ("unbalanced parenthesis", "Too many )'s."),
    ("unterminated character set", "Unterminated [] set."),
    ("nothing to repeat", "Quantifier {q} following nothing."),
    ("multiple repeat", "Nested quantifier '{q}'."),
    ("bad escape", "Unrecognized escape sequence {esc}."),
    ("look-behind requires fixed-width pattern", "Variable-width look-behind is not supported."),
    ("unknown group name", "Reference to undefined group name."),
    ("redefinition of group name", "Duplicate group names are not supported."),
]


def _dotnet_reason(exc: re.error, pattern: str) -> str:
    msg = exc.msg
    for py, net in _REASONS:
        if msg.startswith(py):
            q = ""
            if exc.pos is not None and exc.pattern and exc.pos < len(exc.pattern):
                q = f"'{exc.pattern[exc.pos]}'"
            esc = msg.rsplit(" ", 1)[-1] if msg.startswith("bad escape") else ""
            return net.format(q=q or "'?'", esc=esc)
    return msg[0].upper() + msg[1:] + "."


def _invalid_pattern(pattern: str, reason: str) -> PSRuntimeError:
    return PSRuntimeError.of(f"Invalid pattern '{pattern}' at offset {len(pattern)}. {reason}",
                             "InvalidRegularExpression", INVALID_OPERATION, target=pattern,
                             exception_type="System.Text.RegularExpressions.RegexParseException")


_CACHE: dict[tuple[str, int], DotNetRegex] = {}
_MAX_CACHE = 1000


def get_regex(pattern: str, options: int = 0) -> DotNetRegex:
    """A cached compiled regex (ParserOps.NewRegex)."""
    key = (pattern, options)
    rx = _CACHE.get(key)
    if rx is None:
        if len(_CACHE) > _MAX_CACHE:
            _CACHE.clear()
        rx = _CACHE[key] = DotNetRegex(pattern, options)
    return rx


def parse_options(value: Any) -> int:
    """RegexOptions from an int, a name, 'A, B' or a list of names."""
    if isinstance(value, int):
        return value
    names: list[str] = []
    if isinstance(value, (list, tuple)):
        for v in value:
            names.extend(str(v).split(","))
    else:
        names = str(value).split(",")
    result = 0
    for name in names:
        key = name.strip().lower()
        if not key:
            continue
        if key not in _OPTION_NAMES:
            raise KeyError(name.strip())
        result |= _OPTION_NAMES[key]
    return result


def escape(text: str) -> str:
    """[regex]::Escape: escapes \\ * + ? | { [ ( ) ^ $ . # and white space."""
    out = []
    for ch in text:
        if ch in "\\*+?|{[()^$.#":
            out.append("\\" + ch)
        elif ch == " ":
            out.append("\\ ")
        elif ch == "\t":
            out.append("\\t")
        elif ch == "\n":
            out.append("\\n")
        elif ch == "\r":
            out.append("\\r")
        elif ch == "\f":
            out.append("\\f")
        else:
            out.append(ch)
    return "".join(out)


# ------------------------------------------------------------- substitutions


def compile_replacement(rx: DotNetRegex, replacement: str) -> Callable[["re.Match[str]"], str] | str:
    """A .NET replacement string ($1 ${name} $0 $& $` $' $+ $_ $$) as a function of the match,
    or a plain string when it has no substitutions."""
    if "$" not in replacement:
        return replacement
    pieces: list[Any] = []     # str, or ('g', py_index), or special markers
    lit: list[str] = []
    t = rx.translation
    i = 0
    n = len(replacement)
    while i < n:
        c = replacement[i]
        if c != "$" or i + 1 >= n:
            lit.append(c)
            i += 1
            continue
        d = replacement[i + 1]
        if d == "$":
            lit.append("$")
            i += 2
            continue
        if d == "{":
            j = replacement.find("}", i + 2)
            name = replacement[i + 2:j] if j > 0 else ""
            idx = None
            if name.isdigit():
                idx = t.number_to_py.get(int(name))
            elif name:
                idx = t.name_to_py.get(name)
            if idx is None:
                lit.append(c)
                i += 1
                continue
            pieces.append("".join(lit))
            lit = []
            pieces.append(("g", idx))
            i = j + 1
            continue
        if d.isdigit():
            j = i + 1
            while j < n and replacement[j].isdigit():
                j += 1
            # longest prefix that names an existing group
            k = j
            idx = None
            while k > i + 1:
                idx = t.number_to_py.get(int(replacement[i + 1:k]))
                if idx is not None:
                    break
                k -= 1
            if idx is None:
                lit.append(c)
                i += 1
                continue
            pieces.append("".join(lit))
            lit = []
            pieces.append(("g", idx))
            i = k
            continue
        if d in "&`'+_":
            pieces.append("".join(lit))
            lit = []
            pieces.append((d, 0))
            i += 2
            continue
        lit.append(c)
        i += 1
    pieces.append("".join(lit))
    last_group = max(t.number_to_py) if t.number_to_py else 0
    last_py = t.number_to_py.get(last_group, 0)

    def expand(m: "re.Match[str]") -> str:
        out = []
        for p in pieces:
            if type(p) is str:
                out.append(p)
                continue
            kind, idx = p
            if kind == "g":
                out.append(m.group(idx) or "")
            elif kind == "&":
                out.append(m.group(0))
            elif kind == "`":
                out.append(m.string[:m.start()])
            elif kind == "'":
                out.append(m.string[m.end():])
            elif kind == "+":
                out.append(m.group(last_py) or "")
            else:  # "_"
                out.append(m.string)
        return "".join(out)

    return expand


_REPL_CACHE: dict[tuple[str, int, str], Any] = {}


def replace(rx: DotNetRegex, text: str, replacement: Any, evaluator: Callable[[RegexMatch], Any] | None = None) -> str:
    """Regex.Replace with a .NET replacement string, or an evaluator called with a RegexMatch."""
    if evaluator is not None:
        return rx.compiled.sub(lambda m: evaluator(RegexMatch(m, rx)), text)
    key = (rx.pattern, rx.options, replacement)
    repl = _REPL_CACHE.get(key)
    if repl is None:
        if len(_REPL_CACHE) > _MAX_CACHE:
            _REPL_CACHE.clear()
        repl = _REPL_CACHE[key] = compile_replacement(rx, replacement)
    if type(repl) is str:
        return rx.compiled.sub(lambda m: repl, text)
    return rx.compiled.sub(repl, text)


def split(rx: DotNetRegex, text: str, count: int = 0, right_to_left: bool = False) -> list[str]:
    """Regex.Split(text, count) with captured groups included (only groups that
    participated, as .NET does); `right_to_left` takes the splits from the right."""
    if count == 1:
        return [text]
    matches = list(rx.compiled.finditer(text))
    if not matches:
        return [text]
    if count > 1:
        matches = matches[-(count - 1):] if right_to_left else matches[:count - 1]
    result: list[str] = []
    pos = 0
    groups = [idx for num, idx in sorted(rx.translation.number_to_py.items()) if num != 0]
    for m in matches:
        result.append(text[pos:m.start()])
        for idx in groups:
            g = m.group(idx)
            if g is not None:
                result.append(g)
        pos = m.end()
    result.append(text[pos:])
    return result
