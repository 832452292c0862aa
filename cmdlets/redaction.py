"""Keeping secrets (PINs, passwords) out of what errors print.

A parameter declared `secret=True` never has its value shown in the source line
an error record quotes: the `-Name value` / `-Name:value` forms are masked before
binding (so even a binding error is safe), and the bound value wherever it stands
in the line after binding (a positional PIN too)."""
from __future__ import annotations

import re
from collections.abc import Iterable

DASHES = "-\u2013\u2014\u2015"

# Secret parameter names of any command: an error quotes the whole source line, which
# may hold another command's PIN (`Set-CsClientPin x -Pin 1234; Get-CsUser nobody`).
KNOWN_SECRET_NAMES = ("Pin", "Password", "AccountPassword", "NewPassword", "OldPassword")


# Operator words a parameter prefix must never be taken for (`-ne` is not -NewPassword).
_OPERATORS = frozenset({
    "eq", "ne", "gt", "ge", "lt", "le", "like", "notlike", "match", "notmatch", "contains",
    "notcontains", "in", "notin", "replace", "split", "join", "is", "isnot", "as", "and", "or",
    "xor", "not", "band", "bor", "bxor", "bnot", "shl", "shr", "f",
})


def _name_pattern(full_names: Iterable[str], prefixed_names: Iterable[str]) -> str:
    """The full names, plus prefixes (three characters or more, never an operator
    word) of the names a command really declares: PowerShell accepts unique prefixes."""
    forms: set[str] = set(full_names)
    for name in prefixed_names:
        forms.update(p for p in (name[:i] for i in range(3, len(name) + 1))
                     if p.lower() not in _OPERATORS)
    return "|".join(sorted((re.escape(f) for f in forms), key=len, reverse=True))


def secret_argument_masker(own_names: Iterable[str] = ()) -> "re.Pattern[str] | None":
    """A pattern for `-Name value` / `-Name:value` of the well-known secret names and of
    the command's own secret parameters (`own_names`, prefixes allowed)."""
    own = tuple(own_names)
    pattern = _name_pattern(KNOWN_SECRET_NAMES + own, own)
    if not pattern:
        return None
    return re.compile(rf"""([{DASHES}](?:{pattern})(?::\s*|\s+))("[^"]*"|'[^']*'|[^\s;|)]+)""",
                      re.IGNORECASE)


def mask_arguments(line: str, masker: "re.Pattern[str] | None") -> str:
    if masker is None:
        return line
    return masker.sub(lambda m: m.group(1) + "*" * len(m.group(2)), line)


def mask_values(text: str, secrets: Iterable[str]) -> str:
    for secret in sorted((s for s in secrets if s), key=len, reverse=True):
        text = text.replace(secret, "*" * len(secret))
    return text
