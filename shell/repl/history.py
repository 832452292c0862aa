"""Persistent command history that never holds a PIN.

Policy (what a Lync admin setting users' PINs on a shared jump server would expect):

* Every entry is passed through ``redact_secrets`` before it is kept anywhere, in the
  session's up-arrow list as well as in the file: the design rule is that history never
  contains a PIN, and recalling ``-Pin ********`` fails closed (the PIN policy rejects the
  mask) instead of re-applying a PIN someone else can read back. Unlike PSReadLine's
  heuristic we can find the PIN exactly, so the rest of the line stays useful.
* Lines PSReadLine considers sensitive (its default ``AddToHistoryHandler`` pattern
  ``password|asplaintext|token|apikey|secret``, e.g. ``ConvertTo-SecureString ... -AsPlainText``)
  are kept for this session's up-arrow only and never written to the file, as PSReadLine's
  ``MemoryOnly`` does.
* Blank input is never recorded (PSReadLine: "whitespace only is useless, never add").
"""

from __future__ import annotations

import os
import re
from pathlib import Path

from prompt_toolkit.history import FileHistory

from .redact import redact_secrets

SENSITIVE_WORDS = re.compile("password|asplaintext|token|apikey|secret", re.IGNORECASE)


def history_entry(text: str) -> str | None:
    """The form of *text* to remember, or None when nothing should be remembered."""
    text = text.rstrip()
    if not text.strip():
        return None
    return redact_secrets(text)


def persist_to_file(entry: str) -> bool:
    """Whether a (redacted) entry may be written to the history file."""
    return SENSITIVE_WORDS.search(entry) is None


class RedactingFileHistory(FileHistory):
    def __init__(self, filename: Path | str) -> None:
        path = Path(filename)
        path.parent.mkdir(parents=True, exist_ok=True)
        if not path.exists():
            # Only the owner may read past commands (user names, policies, scripts).
            fd = os.open(path, os.O_CREAT | os.O_WRONLY | os.O_APPEND, 0o600)
            os.close(fd)
        super().__init__(path)

    def append_string(self, string: str) -> None:
        entry = history_entry(string)
        if entry is not None:
            super().append_string(entry)

    def store_string(self, string: str) -> None:
        # Redact again here: store_string is public and must be safe on its own.
        entry = history_entry(string)
        if entry is not None and persist_to_file(entry):
            super().store_string(entry)
