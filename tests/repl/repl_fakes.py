"""Fakes shared by the REPL tests (a uniquely named module, so it never clashes with other
folders' helpers)."""

from __future__ import annotations

from pathlib import Path

from prompt_toolkit.output import DummyOutput


_PAIRS = {"(": ")", "{": "}", "[": "]"}


def simple_is_complete(text: str) -> bool:
    """Stand-in for grammar.check_complete: open brackets, open quotes, trailing | or backtick."""
    depth = 0
    quote = None
    for ch in text:
        if quote:
            if ch == quote:
                quote = None
        elif ch in "'\"":
            quote = ch
        elif ch in _PAIRS:
            depth += 1
        elif ch in _PAIRS.values():
            depth -= 1
    stripped = text.rstrip()
    return quote is None and depth <= 0 and not stripped.endswith(("|", "`"))


class FakeHost:
    """Records what the REPL hands over; `exit [n]` sets exit_code; `interrupt` raises ^C."""

    def __init__(self, prompt: str = "PS C:\\Users\\Administrator> ") -> None:
        self.prompt = prompt
        self.executed: list[str] = []
        self._exit_code: int | None = None

    def prompt_text(self) -> str:
        return self.prompt

    def is_complete(self, text: str) -> bool:
        return simple_is_complete(text)

    def execute(self, text: str) -> None:
        self.executed.append(text)
        words = text.split()
        if words and words[0].lower() == "exit":
            self._exit_code = int(words[1]) if len(words) > 1 else 0
        elif text.strip() == "interrupt":
            raise KeyboardInterrupt
        elif text.strip() == "crash":
            raise RuntimeError("executor bug")

    @property
    def exit_code(self) -> int | None:
        return self._exit_code


class CompletingFakeHost(FakeHost):
    """Completion runs asynchronously after Tab, so keys typed after Tab are sent from inside
    complete() (after_complete), as a person would type them after seeing the completion."""

    COMMANDS = ["Get-CsUser", "Get-CsClientPinInfo", "Set-CsClientPin"]

    def __init__(self, after_complete: list[str] | None = None) -> None:
        super().__init__()
        self.complete_calls: list[tuple[str, int]] = []
        self.after_complete = list(after_complete or [])
        self.pipe = None

    def complete(self, text: str, cursor: int) -> list[str]:
        self.complete_calls.append((text, cursor))
        if self.after_complete:
            self.pipe.send_text(self.after_complete.pop(0))
        word = text[:cursor].split()[-1] if text[:cursor].split() else ""
        if word.startswith("-"):
            return [p for p in ["-Identity", "-Pin"] if p.lower().startswith(word.lower())]
        return [c for c in self.COMMANDS if c.lower().startswith(word.lower())]


class RecordingOutput(DummyOutput):
    """DummyOutput that keeps what the REPL itself writes raw (e.g. the newline after ^C)."""

    def __init__(self) -> None:
        super().__init__()
        self.raw: list[str] = []

    def write_raw(self, data: str) -> None:
        self.raw.append(data)


def stored_entries(path: Path) -> list[str]:
    """The entries of a prompt_toolkit history file (lines prefixed '+', grouped)."""
    entries: list[list[str]] = []
    current: list[str] | None = None
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("+"):
            if current is None:
                current = []
                entries.append(current)
            current.append(line[1:])
        else:
            current = None
    return ["\n".join(e) for e in entries]
