"""List layout: `Label : Value` with labels padded to the longest one and long
values wrapped under the value column (ListWriter.cs behaviour)."""
from __future__ import annotations

from .cells import cell_len, generate_lines, head_chars, split_lines

_SEPARATOR = " : "


def list_lines(labels: list[str], values: list[str], width: int) -> list[str]:
    """The lines of one list entry (without the blank line that follows it)."""
    if not labels or width - len(_SEPARATOR) - 1 - 1 < 0:
        return []
    max_label = width - len(_SEPARATOR) - 1
    label_len = min(max(cell_len(label) for label in labels), max_label)
    padded = []
    for label in labels:
        n = cell_len(label)
        if n < label_len:
            label = label + " " * (label_len - n)
        elif n > label_len:
            label = label[:head_chars(label, label_len)]
        padded.append(label + _SEPARATOR)
    indent = label_len + len(_SEPARATOR)
    field = width - indent
    out: list[str] = []
    for k, label in enumerate(padded):
        value = values[k] if k < len(values) and values[k] is not None else ""
        for i, line in enumerate(split_lines(value)):
            prefix = label if i == 0 else " " * indent
            pieces = generate_lines(line or "", field, field)
            out.append(prefix + pieces[0])
            out.extend(" " * indent + p for p in pieces[1:])
    return out
