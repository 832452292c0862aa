"""Fixtures for the REPL tests: run_repl driven through prompt_toolkit's pipe input."""

from __future__ import annotations

from pathlib import Path

import pytest
from prompt_toolkit.input import create_pipe_input

from lyncshell.shell.repl import run_repl
from repl_fakes import FakeHost, RecordingOutput


@pytest.fixture
def history_path(tmp_path: Path) -> Path:
    return tmp_path / "data" / "history.txt"


@pytest.fixture
def drive(history_path: Path):
    """drive(*chunks, host=None) -> (host, exit code, output).

    Each chunk is what the user types at one prompt: it is sent when the REPL asks for that
    prompt's text, i.e. after the previous command finished, as a person would type. When the
    chunks run out the input is closed, which ends the REPL like Ctrl-D (so a broken test ends
    instead of hanging); tests about Ctrl-D send '\x04' themselves.
    """

    def _drive(*chunks: str, host: FakeHost | None = None):
        host = host or FakeHost()
        pending = list(chunks)
        output = RecordingOutput()
        with create_pipe_input() as pipe:
            real_prompt_text = host.prompt_text

            def prompt_text() -> str:
                host.prompts_shown = getattr(host, "prompts_shown", 0) + 1
                if pending:
                    pipe.send_text(pending.pop(0))
                else:
                    pipe.close()
                return real_prompt_text()

            host.prompt_text = prompt_text
            host.pipe = pipe
            code = run_repl(host, history_path=history_path, input=pipe, output=output)
        host.unsent = pending
        return host, code, output

    return _drive
