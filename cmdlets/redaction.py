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


def _name_pattern(names: Iterable[str]) -> str:
    """Each name, or any prefix of it of two or more characters (PowerShell accepts
    unique prefixes), longest alternatives first."""
    forms: set[str] = set()
    for name in names:
        forms.update(name[:i] for i in range(2, len(name) + 1))
    return "|".join(sorted((re.escape(f) for f in forms), key=len, reverse=True))


def secret_argument_masker(names: Iterable[str]) -> "re.Pattern[str] | None":
    pattern = _name_pattern(names)
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
