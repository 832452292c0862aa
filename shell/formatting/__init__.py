"""Output formatting: Out-Default (tables, lists, wide, scalars) and the error,
warning and WhatIf views, as PowerShell prints them."""
from .errors import (position_message, render_error, render_error_record, render_warning,
                     render_what_if)
from .outdefault import DEFAULT_WIDTH, OutDefault, render, render_lines
from .width import DEFAULT_CONSOLE_WIDTH, console_width

__all__ = ["OutDefault", "render", "render_lines", "render_error", "render_error_record", "render_warning",
           "render_what_if", "position_message", "console_width", "DEFAULT_WIDTH",
           "DEFAULT_CONSOLE_WIDTH"]
