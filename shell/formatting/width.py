"""The width Out-Default formats to.

pwsh asks the console for its window width; when that is unavailable or 0
(output redirected without a terminal) it uses 120 columns
(OutCommandInner.DefaultConsoleWidth).
"""
from __future__ import annotations

import os
import sys
from typing import TextIO

DEFAULT_CONSOLE_WIDTH = 120


def console_width(stream: TextIO | None = None) -> int:
    """The terminal width when `stream` (default stdout) is a terminal, else 120."""
    stream = stream if stream is not None else sys.stdout
    try:
        if stream.isatty():
            columns = os.get_terminal_size(stream.fileno()).columns
            if columns > 0:
                return columns
    except (AttributeError, OSError, ValueError):
        pass
    return DEFAULT_CONSOLE_WIDTH
