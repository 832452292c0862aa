"""ParseError: a syntax error with PowerShell's error id and the span it points at."""
from __future__ import annotations

from . import ast


class ParseError(Exception):
    """A parse error. `incomplete` is True when the text ended inside an open
    construct, i.e. more input could make it valid (the REPL then reads on)."""

    def __init__(self, message: str, error_id: str, span: ast.SourceSpan, incomplete: bool = False):
        super().__init__(message)
        self.message = message
        self.error_id = error_id
        self.span = span
        self.incomplete = incomplete

    def __str__(self) -> str:
        return self.message

    def __repr__(self) -> str:
        return (f"ParseError({self.message!r}, {self.error_id!r}, line={self.span.line}, "
                f"column={self.span.column}, incomplete={self.incomplete})")


class ScanError(Exception):
    """Raised inside the scanner; turned into a ParseError with a span by the parser."""

    def __init__(self, message: str, error_id: str, pos: int, end: int | None = None, incomplete: bool = False):
        super().__init__(message)
        self.message = message
        self.error_id = error_id
        self.pos = pos
        self.end = pos if end is None else end
        self.incomplete = incomplete
