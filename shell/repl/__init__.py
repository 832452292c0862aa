"""Interactive REPL (the only package that imports prompt_toolkit and Pygments).

Importing this package is cheap: ``run_repl`` loads prompt_toolkit on first call, and
``redact_secrets`` is stdlib-only, so other parts (transcripts, Get-History) may reuse it.
"""

from __future__ import annotations

from pathlib import Path

from .host import CompletingHost, ReplHost
from .redact import MASK, redact_secrets

__all__ = ["run_repl", "ReplHost", "CompletingHost", "redact_secrets", "MASK"]


def run_repl(host: ReplHost, *, history_path: Path, input=None, output=None) -> int:
    """Run the interactive loop until ``exit`` or Ctrl-D; return the process exit code.

    *input*/*output* are prompt_toolkit Input/Output objects (tests pass a pipe input and a
    DummyOutput); None means the real terminal.
    """
    from .loop import run_repl as _run_repl

    return _run_repl(host, history_path=history_path, input=input, output=output)
