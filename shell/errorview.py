"""Turning a parse error into an error record the error view can print."""
from __future__ import annotations

from ..cmdlets.errors import ErrorRecord, InvocationInfo, PARSER_ERROR
from ..grammar import ParseError


def parse_error_record(exc: ParseError) -> ErrorRecord:
    span = exc.span
    line_text = span.source.line_text(span.line) if span is not None else ""
    length = 1
    if span is not None and span.end_line == span.line:
        length = max(span.end_column - span.column, 1)
    invocation = InvocationInfo(command_name=None, script_name=span.source.name if span else "",
                                line=span.line if span else 0, column=span.column if span else 0,
                                line_text=line_text, extent_length=length)
    return ErrorRecord(message=exc.message, error_id=exc.error_id, category=PARSER_ERROR,
                       exception_type="System.Management.Automation.ParentContainsErrorRecordException",
                       invocation=invocation, activity="", target_name="", target_type="")
