"""What the Enter key does: pure decisions, tested without a terminal (design style rule 6)."""

from __future__ import annotations

import enum
from typing import Callable


class EnterAction(enum.Enum):
    ACCEPT = "accept"      # hand the whole buffer to the executor
    NEWLINE = "newline"    # keep reading on a `>> ` continuation line


def enter_action(text: str, cursor: int, is_complete: Callable[[str], bool]) -> EnterAction:
    """Decide what Enter does for buffer *text* with the cursor at *cursor*.

    * Complete input runs at once, wherever the cursor is (as PSReadLine does; the legacy console
      host would wait for one more empty line, which here just gives an empty prompt).
    * Incomplete input gets a newline and a ``>> `` continuation line.
    * An empty last line while incomplete ends the input anyway and hands it to the executor,
      whose parser reports what is missing (``Missing closing '}'``...). That is what the
      PowerShell 2.0/3.0 console host under the Lync Server Management Shell does ("press Enter
      on an empty line to leave the >> prompt"); PSReadLine instead keeps adding lines until
      Ctrl-C. It also gives a way out of an unterminated quote other than Ctrl-C.
    """
    try:
        complete = is_complete(text)
    except Exception:
        # A completeness check that crashes must not trap the user in continuation mode;
        # the executor's parser will report the real problem.
        complete = True
    if complete:
        return EnterAction.ACCEPT
    last_newline = text.rfind("\n")
    on_last_line = cursor > last_newline
    if last_newline >= 0 and on_last_line and not text[last_newline + 1:].strip():
        return EnterAction.ACCEPT
    return EnterAction.NEWLINE


def continuation_prompt(width: int, line_number: int, wrap_count: int) -> str:
    """PowerShell's ``>> `` before every continuation line; nothing before soft-wrapped parts."""
    return ">> " if wrap_count == 0 else ""
