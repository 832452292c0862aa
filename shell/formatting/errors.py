"""Error, warning and WhatIf text as the Lync Server Management Shell (Windows
PowerShell 5.1, $ErrorView = 'NormalView') prints them.

The layout follows 5.1's ErrorRecord view script and
PositionUtilities.VerboseMessage:

    <Command> : <message>
    At line:1 char:1                  (At <script path>:N char:M in a script file)
    + <source line>
    + ~~~~~~~~~~~~                     (under the failing extent)
        + CategoryInfo          : <Category>: (<Target>:<Type>) [<Activity>], <Reason>
        + FullyQualifiedErrorId : <Id>
     (a line holding one space)

Every function returns the text without a final newline; the caller writes it
as one line (adding "\\n").
"""
from __future__ import annotations

from typing import Any

_INDENT = 4
_MAX_SOURCE = 69  # 5.1 shortens longer source lines around the error with "... "


def ellipsize(text: str) -> str:
    """ErrorCategoryInfo.Ellipsize in 5.1: over 40 characters -> 15 + '...' + 15."""
    if len(text) <= 40:
        return text
    return text[:15] + "..." + text[-15:]


def category_info(category: str, target_name: str, target_type: str, activity: str,
                  reason: str) -> str:
    return (f"{category or 'NotSpecified'}: ({ellipsize(target_name)}:{ellipsize(target_type)}) "
            f"[{ellipsize(activity)}], {reason}")


def position_message(script_name: str, line: int, column: int, line_text: str,
                     extent_length: int) -> str:
    """InvocationInfo.PositionMessage: `At line:1 char:5`, the source line, the ~ line."""
    file = script_name or "line"
    source = (line_text or "").rstrip()
    detail = ""
    if source:
        before = max(column - 1, 0)
        length = max(extent_length, 0)
        if "\t" in source:
            head = source[:before].replace("\t", "    ")
            mid = source[before:before + length].replace("\t", "    ")
            source = head + mid + source[before + length:].replace("\t", "    ")
            before, length = len(head), len(mid)
        cut_head = cut_tail = False
        total = len(source)
        if total > _MAX_SOURCE:
            head_keep = min(before, 12)
            after = total - length - before
            tail_keep = min(after, 8)
            needed = head_keep + length + tail_keep
            if needed >= _MAX_SOURCE:
                if head_keep + length >= _MAX_SOURCE:
                    length = _MAX_SOURCE - head_keep
                cut_tail = True
            else:
                spare_head = before - head_keep
                if spare_head > 0:
                    head_keep += min(spare_head, _MAX_SOURCE - needed)
                    needed = head_keep + length + tail_keep
                if needed < _MAX_SOURCE and after > 0:
                    tail_keep += min(after, _MAX_SOURCE - needed)
                cut_tail = tail_keep < after
            cut_head = head_keep < before
            start = max(before - head_keep, 0)
            source = source[start:start + _MAX_SOURCE]
            before = min(before, head_keep)
            length = min(length, _MAX_SOURCE - before)
        detail = (("... " if cut_head else "") + source + (" ..." if cut_tail else "") + "\n+ "
                  + " " * (before + (4 if cut_head else 0)) + "~" * (length if length > 0 else 1))
    return f"At {file}:{line} char:{column}\n+ {detail}"


def _indented(label: str, value: str, width: int) -> str:
    # The 5.1 view splits long lines into chunks of (width - 6) characters and
    # glues them together with the indent, without a line break.
    text = label + value
    chunk = max(width - _INDENT - 2, 1)
    pieces = [text[i:i + chunk] for i in range(0, len(text), chunk)] or [""]
    return "".join(" " * _INDENT + p for p in pieces)


def render_error(message: str, *, command: str | None, script_name: str, line: int,
                 column: int, line_text: str, extent_length: int, category: str,
                 target_name: str, target_type: str, activity: str, reason: str,
                 error_id: str, width: int = 120, trailing_space_line: bool = True) -> str:
    """One error record in 5.1's NormalView.

    A parse error (category "ParserError", no command) prints the position first
    and the message under it, as ParseException's message does. `width` is the
    console buffer width (5.1 wraps the CategoryInfo/FullyQualifiedErrorId lines
    at width - 6). `trailing_space_line` is the view's final "\\n " (printed when
    the record has no ErrorDetails message).
    """
    has_position = line > 0
    if category == "ParserError" and not command:
        head = (position_message(script_name, line, column, line_text, extent_length) + "\n"
                + message) if has_position else message
        posmsg = ""
    else:
        head = (f"{command} : " if command else "") + message
        posmsg = ("\n" + position_message(script_name, line, column, line_text, extent_length)
                  if has_position else "")
    posmsg += "\n" + _indented("+ CategoryInfo          : ",
                               category_info(category, target_name, target_type, activity, reason),
                               width)
    posmsg += "\n" + _indented("+ FullyQualifiedErrorId : ", error_id, width)
    text = head + posmsg
    if trailing_space_line:
        text += "\n "
    return text.replace("\r\n", "\n")


def _type_short_name(value: Any) -> str:
    from lyncshell.cmdlets.lang.values import type_names
    return type_names(value)[0].rsplit(".", 1)[-1]


def render_error_record(record: Any, width: int = 120) -> str:
    """render_error for a `lyncshell.cmdlets.errors.ErrorRecord`."""
    from lyncshell.cmdlets.lang.convert import to_string
    inv = record.invocation
    target = record.target
    target_name = record.target_name if record.target_name is not None else (
        "" if target is None else to_string(target))
    target_type = record.target_type if record.target_type is not None else (
        "" if target is None else _type_short_name(target))
    command = inv.command_name
    activity = record.activity if record.activity is not None else (command or "")
    return render_error(record.message, command=command, script_name=inv.script_name,
                        line=inv.line, column=inv.column, line_text=inv.line_text,
                        extent_length=inv.extent_length, category=record.category,
                        target_name=target_name, target_type=target_type, activity=activity,
                        reason=record.exception_short_name,
                        error_id=record.fully_qualified_error_id, width=width)


def render_warning(text: str) -> str:
    return f"WARNING: {text}"


def render_what_if(action: str, target: str) -> str:
    return f'What if: Performing the operation "{action}" on target "{target}".'
