"""Runs the shell in the mode the command line asked for and decides the exit
code as pwsh does (about_Pwsh): -Command gives 0 when the last statement
succeeded and 1 otherwise; -File gives 0, or 1 after a terminating error; an
`exit N` gives N in both."""
from __future__ import annotations

import shutil
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

from ..cmdlets.binder import Argument, PositionalArg
from ..cmdlets.errors import InvocationInfo, ScriptTerminatingError, UserStoppedError
from ..grammar import ParseError, check_complete
from .app import Shell, StartupError
from .flow import ExitSignal
from .functions import FunctionStage
from .host import ConsoleHost


def _width(stream: Any) -> int:
    try:
        if stream.isatty():
            return max(shutil.get_terminal_size((120, 50)).columns, 20)
    except (AttributeError, ValueError, OSError):
        pass
    return 120


def run(options: Any, *, database: str | None, run_as: str | None) -> int:
    repl = options.command is None and options.file is None and sys.stdin.isatty()
    reads_stdin = options.command == "-" or (options.command is None and options.file is None
                                             and not repl)
    interactive = not options.non_interactive and (repl or (sys.stdin.isatty() and not reads_stdin))
    host = ConsoleHost(interactive=interactive)
    try:
        shell = Shell(host=host, database_url=database, run_as=run_as, width=_width(sys.stdout))
    except StartupError as exc:
        sys.stderr.write(f"{exc}\n")
        return 1
    try:
        if repl:
            return run_interactive(shell, options)
        if reads_stdin:
            return _exit_code(lambda: run_stdin(shell))
        if options.command is not None:
            return run_command(shell, options.command)
        return run_file(shell, options.file, options.args)
    except StartupError as exc:
        sys.stderr.write(f"{exc}\n")
        return 1
    finally:
        try:
            shell.close()
        except Exception as exc:  # noqa: BLE001 - a failed close must not print a traceback
            sys.stderr.write(f"Could not close the lab database cleanly: {exc}\n")
        sys.stdout.flush()


def _exit_code(action: Callable[[], int]) -> int:
    """pwsh's exit code: `exit N` gives N; a script-terminating error, a stop at a
    prompt or Ctrl-C gives 1; otherwise what the action decided."""
    try:
        return action()
    except ExitSignal as signal:
        return signal.code
    except (ScriptTerminatingError, UserStoppedError, KeyboardInterrupt):
        return 1


def run_command(shell: Shell, text: str) -> int:
    return _exit_code(lambda: 0 if shell.run_text(text) else 1)


def run_stdin(shell: Shell) -> int:
    """`-Command -`: statements from standard input, each run as it completes."""
    buffer = ""
    success = True
    for line in sys.stdin:
        buffer += line
        if check_complete(buffer):
            success = _run_statement(shell, buffer)
            buffer = ""
    if buffer.strip():
        success = _run_statement(shell, buffer)
    return 0 if success else 1


def _run_statement(shell: Shell, text: str) -> bool:
    """Run one piece of stdin input; an `exit` (ExitSignal) ends the whole run."""
    try:
        return shell.run_text(text)
    except (ScriptTerminatingError, UserStoppedError):
        return False


def run_file(shell: Shell, path_text: str, args: list[str]) -> int:
    path = Path(path_text)
    if not path.is_file():
        sys.stderr.write(f"The argument '{path_text}' is not recognized as the name of a script "
                         "file. Check the spelling of the name, or if a path was included, verify "
                         "that the path is correct and try again.\n")
        return 64
    text = path.read_text(encoding="utf-8-sig")
    return _exit_code(lambda: shell.run_script_file(text, str(path),
                                                    [_script_argument(a) for a in args]))


def _script_argument(text: str) -> Argument:
    from ..cmdlets.binder import ParameterArg
    if len(text) > 1 and text[0] in "-\u2013\u2014\u2015" and not text[1].isdigit():
        name, _, value = text[1:].partition(":")
        if value:
            return ParameterArg(name, value, text)
        return ParameterArg(name, text=text)
    return PositionalArg(text, text)


class _ReplAdapter:
    """What the REPL loop needs of the shell (shell.repl.ReplHost)."""

    def __init__(self, shell: Shell) -> None:
        self.shell = shell
        self._exit: int | None = None
        account = (shell.run_as.split("\\")[-1] or "Administrator")
        self._prompt = f"PS C:\\Users\\{account}> "

    def prompt_text(self) -> str:
        return self._prompt

    def is_complete(self, text: str) -> bool:
        return check_complete(text)

    def execute(self, text: str) -> None:
        from .repl.redact import redact_secrets
        shell = self.shell
        now = shell.context.now
        start = now()
        succeeded = False
        try:
            succeeded = shell.run_text(text)
        except ExitSignal as signal:
            self._exit = signal.code
        except (ScriptTerminatingError, UserStoppedError):
            pass
        if text.strip():
            shell.history.add(redact_secrets(text), succeeded, start, now())
        sys.stdout.flush()

    @property
    def exit_code(self) -> int | None:
        return self._exit


def run_interactive(shell: Shell, options: Any) -> int:
    from platformdirs import user_data_dir

    from .repl import run_repl
    if not options.no_logo:
        sys.stdout.write("Lync Server Management Shell (lyncshell emulator). Type Get-Help for help.\n\n")
    history = Path(user_data_dir("lyncshell")) / "history.txt"
    history.parent.mkdir(parents=True, exist_ok=True)
    return run_repl(_ReplAdapter(shell), history_path=history)


__all__ = ["run", "run_command", "run_file", "run_stdin", "ParseError", "FunctionStage",
           "InvocationInfo"]
