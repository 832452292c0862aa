"""The console host: stderr for errors, stdout for everything else (output,
warnings, verbose and debug messages, Write-Host), stdin for prompts. That is
pwsh's split: its console host writes only error records to a redirected stderr
(PowerShell issue #7989: `WARNING:` lines land in the stdout file). Prompts under
-NonInteractive never reach here (the runtime turns them into errors first)."""
from __future__ import annotations

import re
import sys
from typing import TextIO

# A UTF-16 surrogate code point: what `"a😀b"[1]` or `[char]0xD83D` hold (strings are
# indexed in UTF-16 code units). The UTF-8 encoder refuses them.
_SURROGATE = re.compile("[\ud800-\udfff]")


def console_text(text: str) -> str:
    """`text` as the console writes it: a surrogate pair split into two halves is
    joined back into its character, a lone half becomes U+FFFD (as .NET's UTF-8
    encoder does). The usual text (ASCII, or without surrogates) is returned as is."""
    if text.isascii() or _SURROGATE.search(text) is None:
        return text
    return text.encode("utf-16-le", "surrogatepass").decode("utf-16-le", "replace")


def choice_label(label: str) -> tuple[str, str]:
    """'Yes to &All' -> ('A', 'Yes to All'): the hot key and the plain label."""
    index = label.find("&")
    if index < 0 or index + 1 >= len(label):
        return label[:1].upper(), label.replace("&", "")
    return label[index + 1].upper(), label.replace("&", "")


def render_choice_prompt(choices: list[tuple[str, str]], default: int) -> str:
    """`[Y] Yes  [A] Yes to All  [N] No  [L] No to All  [S] Suspend  [?] Help (default is "Y"): `"""
    parts = []
    for label, _ in choices:
        key, text = choice_label(label)
        parts.append(f"[{key}] {text}  ")
    default_key = choice_label(choices[default][0])[0]
    return "".join(parts) + f'[?] Help (default is "{default_key}"): '


def resolve_choice(answer: str, choices: list[tuple[str, str]], default: int) -> int | None:
    """The chosen index; None when the answer matches nothing (ask again); -1 for help."""
    text = answer.strip()
    if text == "":
        return default
    if text == "?":
        return -1
    for index, (label, _) in enumerate(choices):
        key, plain = choice_label(label)
        if text.upper() == key or text.lower() == plain.lower():
            return index
    return None


# $PSStyle.Formatting defaults (PSStyle.Tests.ps1): Error is bold red; Warning,
# Verbose and Debug bold yellow. The host colours them only on a terminal
# ($PSStyle.OutputRendering = Host); redirected output stays plain text.
ERROR_STYLE = "\x1b[31;1m"
WARNING_STYLE = "\x1b[33;1m"
VERBOSE_STYLE = "\x1b[33;1m"
DEBUG_STYLE = "\x1b[33;1m"
RESET = "\x1b[0m"


def _is_terminal(stream: TextIO) -> bool:
    try:
        return bool(stream.isatty())
    except (AttributeError, ValueError):
        return False


def styled(text: str, style: str, terminal: bool) -> str:
    """`text` in `style` when writing to a terminal, else unchanged."""
    return f"{style}{text}{RESET}" if terminal and text else text


class ConsoleHost:
    def __init__(self, *, interactive: bool, stdout: TextIO | None = None,
                 stderr: TextIO | None = None, stdin: TextIO | None = None) -> None:
        self.interactive = interactive
        self.stdout = stdout or sys.stdout
        self.stderr = stderr or sys.stderr
        self.stdin = stdin or sys.stdin

    def write(self, text: str) -> None:
        self.stdout.write(console_text(text))

    def write_line(self, text: str = "") -> None:
        self.stdout.write(console_text(text) + "\n")

    def write_error_line(self, text: str) -> None:
        self._write_stderr(text, ERROR_STYLE)

    def write_warning(self, text: str) -> None:
        self._write_styled("WARNING: " + text, WARNING_STYLE)

    def write_verbose(self, text: str) -> None:
        self._write_styled("VERBOSE: " + text, VERBOSE_STYLE)

    def write_debug(self, text: str) -> None:
        self._write_styled("DEBUG: " + text, DEBUG_STYLE)

    def write_information(self, message_data: object, text: str, newline: bool = True,
                          show: bool = True) -> None:
        if show:
            text = console_text(text)
            self.stdout.write(text + "\n" if newline else text)

    def _write_styled(self, text: str, style: str) -> None:
        self.stdout.write(styled(console_text(text), style, _is_terminal(self.stdout)) + "\n")

    def _write_stderr(self, text: str, style: str) -> None:
        self.stdout.flush()
        self.stderr.write(styled(console_text(text), style, _is_terminal(self.stderr)) + "\n")
        self.stderr.flush()

    def read_line(self, prompt: str, secure: bool = False) -> str:
        self.stdout.write(console_text(prompt))
        self.stdout.flush()
        if secure and self.stdin is sys.stdin and sys.stdin.isatty():
            import getpass
            return getpass.getpass("")
        line = self.stdin.readline()
        if line == "":
            raise EOFError
        return line.rstrip("\r\n")

    def prompt_for_choice(self, caption: str, message: str,
                          choices: list[tuple[str, str]], default: int) -> int:
        self.write_line()
        self.write_line(caption)
        self.write_line(message)
        while True:
            answer = self.read_line(render_choice_prompt(choices, default))
            index = resolve_choice(answer, choices, default)
            if index == -1:
                for label, help_text in choices:
                    key, _ = choice_label(label)
                    self.write_line(f"{key} - {help_text}")
                continue
            if index is not None:
                return index
