"""PowerShell's WildcardPattern (-like, -notlike, `switch -Wildcard`, cmdlet -Filter/-Identity wildcards).

`*` any run of characters, `?` exactly one character, `[abc]` one of a set,
`[a-z]` a range; a backtick escapes the next character (also inside brackets).
The pattern must match the whole string. There is no negation (`[!a]` means the
characters `!` and `a`). Matching is case-insensitive unless asked otherwise.
An unclosed `[` is an error: `The specified wildcard character pattern is not valid: <pattern>`.

Compiled matchers are cached; literal patterns compare strings directly and
`prefix*` patterns use startswith, so the common cases never touch `re`.
"""
from __future__ import annotations

import re
from collections.abc import Callable

from ..errors import INVALID_ARGUMENT, PSRuntimeError

_SPECIAL = frozenset("*?[`")


def has_wildcards(pattern: str) -> bool:
    """WildcardPattern.ContainsWildcardCharacters: an unescaped * ? or [."""
    i = 0
    n = len(pattern)
    while i < n:
        c = pattern[i]
        if c == "`":
            i += 2
            continue
        if c in "*?[":
            return True
        i += 1
    return False


def escape(text: str) -> str:
    """WildcardPattern.Escape: backtick before * ? [ ] and `."""
    return "".join("`" + c if c in "*?[]`" else c for c in text)


def unescape(text: str) -> str:
    """WildcardPattern.Unescape."""
    out = []
    i = 0
    while i < len(text):
        if text[i] == "`" and i + 1 < len(text):
            out.append(text[i + 1])
            i += 2
        else:
            out.append(text[i])
            i += 1
    return "".join(out)


def invalid_pattern_error(pattern: str) -> PSRuntimeError:
    return PSRuntimeError.of(f"The specified wildcard character pattern is not valid: {pattern}",
                             "RuntimeException", INVALID_ARGUMENT, target=pattern,
                             exception_type="System.Management.Automation.WildcardPatternException")


def _to_regex(pattern: str) -> str:
    out: list[str] = []
    i = 0
    n = len(pattern)
    while i < n:
        c = pattern[i]
        if c == "`":
            if i + 1 < n:
                out.append(re.escape(pattern[i + 1]))
                i += 2
            else:
                # a trailing backtick is kept literally
                out.append(re.escape(c))
                i += 1
        elif c == "*":
            out.append(".*")
            i += 1
            while i < n and pattern[i] == "*":
                i += 1
        elif c == "?":
            out.append(".")
            i += 1
        elif c == "[":
            j = i + 1
            items: list[str] = []
            closed = False
            while j < n:
                d = pattern[j]
                if d == "]" and items:
                    closed = True
                    break
                if d == "]" and not items:
                    # an empty [] is not valid
                    break
                if d == "`" and j + 1 < n:
                    j += 1
                    d = pattern[j]
                items.append(d)
                j += 1
            if not closed:
                raise invalid_pattern_error(pattern)
            # build a Python class; a '-' between two characters is a range
            cls: list[str] = []
            k = 0
            while k < len(items):
                if k + 2 < len(items) and items[k + 1] == "-":
                    lo, hi = items[k], items[k + 2]
                    if lo > hi:
                        raise invalid_pattern_error(pattern)
                    cls.append(f"{re.escape(lo)}-{re.escape(hi)}")
                    k += 3
                else:
                    cls.append(re.escape(items[k]) if items[k] not in "^-\\]" else "\\" + items[k])
                    k += 1
            out.append("[" + "".join(cls) + "]")
            i = j + 1
        else:
            out.append(re.escape(c))
            i += 1
    return "".join(out)


_CACHE: dict[tuple[str, bool], Callable[[str], bool]] = {}


def compile_wildcard(pattern: str, case_sensitive: bool = False) -> Callable[[str], bool]:
    """A cached predicate `text -> bool` for a wildcard pattern."""
    key = (pattern, case_sensitive)
    fn = _CACHE.get(key)
    if fn is not None:
        return fn
    fn = _build(pattern, case_sensitive)
    if len(_CACHE) > 2000:
        _CACHE.clear()
    _CACHE[key] = fn
    return fn


def _build(pattern: str, case_sensitive: bool) -> Callable[[str], bool]:
    if not any(c in _SPECIAL for c in pattern):
        if case_sensitive:
            return pattern.__eq__
        low = pattern.lower()
        return lambda text: text == pattern or text.lower() == low
    if pattern == "*":
        return lambda text: True
    body = pattern[:-1]
    if pattern.endswith("*") and not any(c in _SPECIAL for c in body):
        if case_sensitive:
            return lambda text: text.startswith(body)
        low = body.lower()
        size = len(body)
        return lambda text: text[:size].lower() == low
    if pattern.startswith("*") and not any(c in _SPECIAL for c in pattern[1:]):
        tail = pattern[1:]
        if case_sensitive:
            return lambda text: text.endswith(tail)
        low = tail.lower()
        return lambda text: text.lower().endswith(low)
    rx = re.compile(r"(?s:" + _to_regex(pattern) + r")\Z", 0 if case_sensitive else re.IGNORECASE)
    match = rx.match
    return lambda text: match(text) is not None


def wildcard_match(pattern: str, text: str, case_sensitive: bool = False) -> bool:
    """Whether the whole of `text` matches the wildcard `pattern`."""
    return compile_wildcard(pattern, case_sensitive)(text)
