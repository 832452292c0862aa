"""Table layout: column widths, header, dash row and rows (TableWriter.cs and
ColumnWidthManager.cs behaviour)."""
from __future__ import annotations

from .cells import ELLIPSIS, cell_len, generate_lines, head_chars, tail_start, truncate_at_newline

LEFT, RIGHT, CENTER = "left", "right", "center"
_SEPARATOR = 1
_MIN_COLUMN = 1
_MIN_SCREEN = 5


def calculate_column_widths(table_width: int, widths: list[int]) -> list[int]:
    """Give unsized (0) columns a width, then hide/shrink from the right to fit.
    A hidden column gets -1."""
    widths = list(widths)
    if not _assign(table_width, widths):
        _trim_to_fit(table_width, widths)
    return widths


def _table_width(widths: list[int]) -> int:
    visible = [w for w in widths if w > 0]
    return sum(visible) + _SEPARATOR * (len(visible) - 1)


def _assign(table_width: int, widths: list[int]) -> bool:
    if all(w > 0 for w in widths):
        return sum(widths) + _SEPARATOR * (len(widths) - 1) <= table_width
    fixed = [w > 0 for w in widths]
    for k, w in enumerate(widths):
        if w == 0:
            widths[k] = _MIN_COLUMN
    available = table_width - _table_width(widths)
    if available < 0:
        return False
    while available > 0:
        for k in range(len(widths)):
            if fixed[k]:
                continue
            widths[k] += 1
            available -= 1
            if available == 0:
                break
    return True


def _trim_to_fit(table_width: int, widths: list[int]) -> None:
    while True:
        excess = _table_width(widths) - table_width
        if excess <= 0:
            return
        last = len(widths) - 1
        for k, w in enumerate(widths):
            if w < 0:
                last = k - 1
                break
        if last < 0:
            return
        new_width = widths[last] - excess
        if new_width < _MIN_COLUMN:
            widths[last] = -1
        else:
            widths[last] = new_width


def row_field(value: str | None, width: int, alignment: str, pad: bool) -> str:
    """One cell, padded or cut with an ellipsis to the column width."""
    s = truncate_at_newline(value)
    length = cell_len(s)
    if length < width:
        count = width - length
        if alignment == RIGHT:
            s = " " * count + s
        elif alignment == CENTER:
            left = count // 2
            s = " " * left + s + (" " * (count - left) if pad else "")
        elif pad:
            s += " " * count
    elif length > width:
        keep = width - 1
        if keep > 0:
            if alignment == RIGHT:
                s = ELLIPSIS + s[tail_start(s, keep):]
            else:
                s = s[:head_chars(s, keep)] + ELLIPSIS
        elif alignment == RIGHT:
            s = s[tail_start(s, width):]
        else:
            s = s[:head_chars(s, width)]
    if cell_len(s) == width:
        return s
    if alignment == RIGHT:
        return " " + s
    return s + " " if pad else s


class TableWriter:
    """Lays out one table for a given screen width."""

    def __init__(self, screen_columns: int, widths: list[int], alignments: list[str],
                 hide_header: bool = False) -> None:
        self.disabled = False
        self.hide_header = hide_header
        self.widths: list[int] = []
        self.alignments = list(alignments)
        if screen_columns < _MIN_SCREEN or not widths:
            self.disabled = True
            return
        self.widths = calculate_column_widths(screen_columns, widths)
        if not any(w >= _MIN_COLUMN for w in self.widths):
            self.disabled = True

    # -- header
    def header_lines(self, labels: list[str]) -> list[str]:
        if self.disabled or self.hide_header:
            return []
        lines = self._multiline_row(labels, self.alignments)
        dashes = []
        for k, width in enumerate(self.widths):
            if width <= 0:
                dashes.append("")
                continue
            count = width
            if labels[k]:
                count = min(count, cell_len(labels[k]))
            dashes.append("-" * count)
        lines.append(self.row(dashes))
        return lines

    # -- one single-line row
    def row(self, values: list[str], alignments: list[str] | None = None) -> str:
        aligns = alignments or self.alignments
        parts: list[str] = []
        last = len(self.widths) - 1
        for k, width in enumerate(self.widths):
            pad = k != last
            if width <= 0:
                continue
            if k > 0:
                parts.append(" " * _SEPARATOR)
            parts.append(row_field(values[k] if k < len(values) else "", width, aligns[k], pad))
        return "".join(parts)

    def wrapped_row(self, values: list[str]) -> list[str]:
        """A row of Format-Table -Wrap: each cell broken into lines (at its own
        newlines and by word wrap) under its column, as GenerateTableRow does."""
        if self.disabled:
            return []
        return self._multiline_row([v or "" for v in values], self.alignments)

    def _multiline_row(self, values: list[str], aligns: list[str]) -> list[str]:
        valid = [k for k, w in enumerate(self.widths) if w > 0]
        if not valid:
            return []
        columns: list[list[str]] = []
        for index, k in enumerate(valid):
            pad = index != len(valid) - 1
            width = self.widths[k]
            cells = generate_lines(values[k], width, width)
            if pad or aligns[k] in (RIGHT, CENTER):
                cells = [row_field(c, width, aligns[k], pad) if cell_len(c) < width else c
                         for c in cells]
            if index > 0:
                cells = [" " * _SEPARATOR + c for c in cells]
            columns.append(cells)
        rows = max(len(c) for c in columns)
        last_with_content = [max(i for i, c in enumerate(columns) if len(c) > r) for r in range(rows)]
        for index, cells in enumerate(columns):
            blanks = 0
            if index < len(columns) - 1:
                blanks = self.widths[valid[index]] + (_SEPARATOR if index > 0 else 0)
            for r in range(len(cells), rows):
                cells.append("" if index > last_with_content[r] else " " * blanks)
        out = []
        for r in range(rows):
            parts = []
            for index, cells in enumerate(columns):
                value = cells[r]
                if index == last_with_content[r] and rows > 1:
                    value = value.rstrip()
                parts.append(value)
            out.append("".join(parts))
        return out


def wide_items_per_row(item_len: int, screen_columns: int) -> int:
    """ComputeWideViewBestItemsPerRowFit."""
    if item_len <= 0 or screen_columns < 1:
        return 1
    if item_len >= screen_columns:
        return 1
    columns = 1
    while True:
        nxt = columns + 1
        if item_len * nxt + (nxt - 1) * _SEPARATOR >= screen_columns:
            return columns
        columns += 1
