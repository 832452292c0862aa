"""The read-execute loop on prompt_toolkit. Decisions live in keys/history/redact/highlight/
completion as pure functions; this module only wires them to a PromptSession."""

from __future__ import annotations

import os
import sys
from pathlib import Path

from prompt_toolkit import PromptSession
from prompt_toolkit.key_binding import KeyBindings

from .completion import make_completer
from .highlight import make_lexer
from .history import RedactingFileHistory
from .host import ReplHost
from .keys import EnterAction, continuation_prompt, enter_action


def run_repl(host: ReplHost, *, history_path: Path, input=None, output=None) -> int:
    """Read, execute, repeat until ``exit`` or Ctrl-D on an empty line; return the exit code."""
    session = build_session(host, history_path=history_path, input=input, output=output)
    while True:
        try:
            text = session.prompt(host.prompt_text())
        except KeyboardInterrupt:
            continue  # Ctrl-C at the prompt drops the line, as PowerShell does
        except EOFError:
            code = host.exit_code
            return 0 if code is None else code
        try:
            if text.strip():
                host.execute(text)
        except KeyboardInterrupt:
            # Ctrl-C stopped the command; whatever it printed stays, nothing more is added.
            # Start the next prompt on a fresh line (the terminal echoed ^C mid-line).
            session.output.write_raw("\n")
            session.output.flush()
        except Exception as exc:  # noqa: BLE001 - a bug must not end the session or show a traceback
            print(f"lyncshell: internal error while running the command: "
                  f"{type(exc).__name__}: {exc}", file=sys.stderr)
        code = host.exit_code
        if code is not None:
            return code


def build_session(host: ReplHost, *, history_path: Path, input=None, output=None) -> PromptSession:
    """One PromptSession for the whole REPL (building one costs ~5 ms; never per line)."""
    complete = getattr(host, "complete", None)
    return PromptSession(
        multiline=True,
        prompt_continuation=continuation_prompt,
        key_bindings=_key_bindings(host),
        history=RedactingFileHistory(history_path),
        lexer=make_lexer(wants_colour(output)),
        completer=make_completer(complete if callable(complete) else None),
        complete_while_typing=False,
        enable_history_search=False,
        search_ignore_case=True,
        tempfile_suffix=".ps1",
        input=input,
        output=output,
    )


def wants_colour(output=None, environ=os.environ) -> bool:
    """Colour only on a terminal, and never when NO_COLOR is set (no-color.org)."""
    if environ.get("NO_COLOR"):
        return False
    try:
        fileno = sys.stdout.fileno() if output is None else output.fileno()
        return os.isatty(fileno)
    except Exception:  # DummyOutput, pipes without a descriptor, closed streams
        return False


def _key_bindings(host: ReplHost) -> KeyBindings:
    bindings = KeyBindings()

    # Enter arrives as ^M from a terminal; ^J from some pastes and pipes. Both decide alike.
    @bindings.add("enter")
    @bindings.add("c-j")
    def _(event) -> None:
        buffer = event.current_buffer
        action = enter_action(buffer.text, buffer.cursor_position, host.is_complete)
        if action is EnterAction.ACCEPT:
            buffer.validate_and_handle()
        else:
            buffer.insert_text("\n")

    return bindings
