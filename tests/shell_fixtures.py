"""A Shell for tests that run script text: console output captured in
`shell.out` and `shell.err`, no lab store, and a fixed clock."""
from __future__ import annotations

import io
from datetime import datetime

from lyncshell.shell.app import Shell
from lyncshell.shell.host import ConsoleHost


class NoStore:
    """A store that holds nothing: commit and close do nothing."""

    def commit(self) -> None:
        pass

    def close(self) -> None:
        pass


def console_shell() -> Shell:
    """A non-interactive Shell whose stdout and stderr are StringIO buffers,
    reachable as `shell.out` and `shell.err`."""
    out, err = io.StringIO(), io.StringIO()
    host = ConsoleHost(interactive=False, stdout=out, stderr=err, stdin=io.StringIO(""))
    shell = Shell(host=host, store=NoStore(), clock=lambda: datetime(2012, 10, 1))
    shell.out, shell.err = out, err  # type: ignore[attr-defined]
    return shell
