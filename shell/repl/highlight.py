"""Colouring: Pygments' PowerShell lexer, taught the look-alike characters PowerShell accepts."""

from __future__ import annotations

from typing import Iterator

from pygments.lexers.shell import PowerShellLexer
from pygments.token import _TokenType

# Same-length substitutions, so token offsets in the normalized text are offsets in the
# original. The Lync documentation prints en-dashes and curly quotes; PowerShell treats them
# as '-' and straight quotes, so the colouring should too.
_LOOKALIKES = str.maketrans({
    "\u2013": "-", "\u2014": "-", "\u2015": "-",
    "\u2018": "'", "\u2019": "'", "\u201a": "'", "\u201b": "'",
    "\u201c": '"', "\u201d": '"', "\u201e": '"',
})


class LyncPowerShellLexer(PowerShellLexer):
    name = "Lync PowerShell"
    aliases = ["lyncshell"]

    def get_tokens_unprocessed(self, text: str, *args, **kwargs) -> Iterator[tuple[int, _TokenType, str]]:
        normalized = text.translate(_LOOKALIKES)
        for index, token, value in super().get_tokens_unprocessed(normalized, *args, **kwargs):
            yield index, token, text[index:index + len(value)]


def make_lexer(colour: bool):
    """The prompt_toolkit lexer for the input line, or None when colour is off."""
    if not colour:
        return None
    from prompt_toolkit.lexers import PygmentsLexer

    return PygmentsLexer(LyncPowerShellLexer, sync_from_start=True)


def highlight_fragments(text: str) -> list[tuple[str, str]]:
    """(style class, text) fragments for *text*, all lines; for tests and debugging."""
    from prompt_toolkit.document import Document

    lexer = make_lexer(True)
    get_line = lexer.lex_document(Document(text))
    fragments: list[tuple[str, str]] = []
    for lineno in range(len(text.split("\n"))):
        fragments.extend((style, frag) for style, frag, *_ in get_line(lineno))
    return fragments
