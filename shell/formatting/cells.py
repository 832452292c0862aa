"""Text measurement and line breaking as PowerShell's formatter does it.

Ported in behaviour (not code) from FormatAndOutput/common: DisplayCells,
StringManipulationHelper.GenerateLinesWithWordWrap / SplitLines /
TruncateAtNewLine. The culture is en-US, so word wrapping is on.
"""
from __future__ import annotations

import unicodedata

ELLIPSIS = "\u2026"
_SOFT_HYPHEN = "\u00ad"
_HARD_HYPHEN = "\u2011"
_NBSP = "\u00a0"


def char_cells(ch: str) -> int:
    """Screen cells of one character: East Asian wide/full-width take two."""
    if ch < "\u1100":
        return 1
    return 2 if unicodedata.east_asian_width(ch) in ("W", "F") else 1


def cell_len(text: str) -> int:
    if text.isascii():
        return len(text)
    return sum(char_cells(c) for c in text)


def head_chars(text: str, cells: int) -> int:
    """How many leading characters fit in `cells` screen cells (TruncateTail)."""
    if text.isascii():
        return min(len(text), max(cells, 0))
    used = 0
    for i, ch in enumerate(text):
        used += char_cells(ch)
        if used > cells:
            return i
    return len(text)


def tail_start(text: str, cells: int) -> int:
    """Offset where the longest tail fitting in `cells` cells starts (TruncateHead)."""
    if text.isascii():
        return max(len(text) - max(cells, 0), 0)
    used = 0
    for i in range(len(text) - 1, -1, -1):
        used += char_cells(text[i])
        if used > cells:
            return i + 1
    return 0


def split_lines(text: str) -> list[str]:
    """Split on \\n (dropping \\r), as SplitLines does."""
    if not text or "\n" not in text:
        return [text.replace("\r", "") if text else text]
    return [part.replace("\r", "") for part in text.split("\n")]


def truncate_at_newline(text: str | None) -> str:
    """A table cell shows only the first line, marked with an ellipsis."""
    if not text:
        return ""
    for i, ch in enumerate(text):
        if ch in "\r\n":
            return text[:i] + ELLIPSIS
    return text


def _words(line: str):
    """Words with the delimiter that ended them (GetWords)."""
    word: list[str] = []
    for ch in line:
        if ch in (" ", "\t", _SOFT_HYPHEN):
            yield "".join(word), ch
            word = []
        elif ch in (_HARD_HYPHEN, _NBSP):
            # PowerShell splits here but drops the character itself.
            yield "".join(word), ""
            word = []
        else:
            word.append(ch)
    yield "".join(word), ""


def generate_lines(text: str | None, first_len: int, following_len: int) -> list[str]:
    """Break a value into screen lines with word wrap (en-US culture).

    Words keep their trailing delimiter, so a wrapped line may end in a space,
    exactly as PowerShell prints it.
    """
    if not text:
        return [text or ""]
    result: list[str] = []
    for line in split_lines(text):
        if cell_len(line) <= first_len:
            result.append(line)
            continue
        spaces_left = first_len
        line_width = first_len
        first = True
        current: list[str] = []
        for word, delim in _words(line):
            if delim == _SOFT_HYPHEN:
                suffix = "-" if cell_len(word) + 1 == spaces_left else None
            else:
                suffix = delim or None
            to_add = word + suffix if suffix is not None else word
            width = cell_len(to_add)
            if line_width == 0:
                if first:
                    first = False
                    line_width = following_len
                if line_width == 0:
                    break
                spaces_left = line_width
            if width > line_width:
                for ch in to_add:
                    cw = char_cells(ch)
                    if cw > line_width:
                        ch, cw = "?", 1
                    if cw > spaces_left:
                        result.append("".join(current))
                        current = [ch]
                        if first:
                            first = False
                            line_width = following_len
                        spaces_left = line_width - cw
                    else:
                        current.append(ch)
                        spaces_left -= cw
            elif width > spaces_left:
                result.append("".join(current))
                current = [to_add]
                if first:
                    first = False
                    line_width = following_len
                spaces_left = line_width - width
            else:
                current.append(to_add)
                spaces_left -= width
        result.append("".join(current))
    return result
