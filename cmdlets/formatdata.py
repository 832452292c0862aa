"""What Format-Table / Format-List / Format-Wide emit: a request to the host's
formatter. Like PowerShell's format records, these objects only make sense to
Out-Default / Out-String, which the shell implements; cmdlets never render text.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from .lang.values import ScriptBlockValue


@dataclass(frozen=True, slots=True)
class PropertySpec:
    """One column or list entry: a property name (wildcards allowed) or a
    calculated property (label + script block)."""

    name: str | None = None
    label: str | None = None
    expression: ScriptBlockValue | None = None
    width: int | None = None
    alignment: str | None = None  # "left" | "right" | "center"
    format_string: str | None = None  # the FormatString key: "{0:N2}" or "N2"


@dataclass(frozen=True, slots=True)
class FormatData:
    """A block of objects to render with a chosen shape."""

    shape: str                                   # "table" | "list" | "wide"
    objects: tuple[Any, ...]
    properties: tuple[PropertySpec, ...] | None = None   # None: the default properties
    autosize: bool = False
    hide_table_headers: bool = False
    wrap: bool = False                           # Format-Table -Wrap
    group_by: "str | PropertySpec | None" = None  # a property name, or a label + expression
    wide_columns: int | None = None
    force: bool = False                          # -Force: even strings and numbers get the shape
