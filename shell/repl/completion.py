"""Tab completion through the host's optional ``complete(text, cursor)``."""

from __future__ import annotations

from typing import Callable, Iterable

_WORD_BREAKS = set(" \t\r\n;|&(){},=")


def word_before_cursor(text: str, cursor: int) -> tuple[int, str]:
    """Start index and text of the word that ends at *cursor* (``-Id`` in ``Set-CsClientPin -Id``)."""
    start = cursor
    while start > 0 and text[start - 1] not in _WORD_BREAKS:
        start -= 1
    return start, text[start:cursor]


def completion_items(text: str, cursor: int, candidates: Iterable[str]) -> list[tuple[str, int]]:
    """(replacement, start_position) pairs in prompt_toolkit's terms: each candidate replaces
    the word before the cursor. Duplicates are dropped, order kept."""
    _, word = word_before_cursor(text, cursor)
    seen: set[str] = set()
    items: list[tuple[str, int]] = []
    for candidate in candidates:
        if candidate and candidate not in seen:
            seen.add(candidate)
            items.append((candidate, -len(word)))
    return items


def make_completer(complete: Callable[[str, int], list[str]] | None):
    """A prompt_toolkit Completer over the host's ``complete``, or None when it has none."""
    if complete is None:
        return None
    from prompt_toolkit.completion import Completer, Completion

    class HostCompleter(Completer):
        def get_completions(self, document, complete_event):
            text, cursor = document.text, document.cursor_position
            try:
                candidates = complete(text, cursor)
            except Exception:
                return  # a failing completer must never break typing
            for replacement, start in completion_items(text, cursor, candidates):
                yield Completion(replacement, start_position=start)

    return HostCompleter()
