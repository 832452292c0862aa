"""Errors are data: an ErrorRecord has an id, a category, a target and where it
happened. Message templates that scripts match on live in `messages.py`.

Two kinds of Python exception carry records through the runtime:
- `PSRuntimeError`: a statement-terminating error raised by the language
  (a failed conversion, an unknown command, a binding failure, `throw`).
- `ScriptTerminatingError` / `ActionPreferenceStop`: script-terminating errors.
Non-terminating errors are not exceptions: cmdlets call runtime.write_error().
"""
from __future__ import annotations

from dataclasses import dataclass, field, replace
from typing import Any


# ErrorCategory names, as PowerShell prints them in CategoryInfo.
NOT_SPECIFIED = "NotSpecified"
INVALID_ARGUMENT = "InvalidArgument"
INVALID_OPERATION = "InvalidOperation"
INVALID_DATA = "InvalidData"
OBJECT_NOT_FOUND = "ObjectNotFound"
PERMISSION_DENIED = "PermissionDenied"
PARSER_ERROR = "ParserError"
INVALID_TYPE = "InvalidType"
RESOURCE_UNAVAILABLE = "ResourceUnavailable"
OPERATION_STOPPED = "OperationStopped"

# A hidden variable of a function's scope: (function name, where it was called). Write-Error
# reads it as PowerShell's reads $MyInvocation, so an error written inside a function is
# reported as the function's, at the call site ("Fails : message").
CALLER_INVOCATION_VARIABLE = "\x00callerinvocation"
WRITE_ERROR = "WriteError"
SECURITY_ERROR = "SecurityError"
NOT_IMPLEMENTED = "NotImplemented"


@dataclass(frozen=True, slots=True)
class InvocationInfo:
    """Where an error happened: the command and the source position."""

    command_name: str | None = None
    script_name: str = ""
    line: int = 0
    column: int = 0
    line_text: str = ""
    extent_length: int = 0


@dataclass(frozen=True, slots=True)
class ErrorRecord:
    message: str
    error_id: str
    category: str = NOT_SPECIFIED
    target: Any = None
    exception_type: str = "System.Management.Automation.RuntimeException"
    invocation: InvocationInfo = field(default_factory=InvocationInfo)
    activity: str | None = None          # CategoryInfo activity; default the command name
    fully_qualified_suffix: str | None = None  # ",Microsoft.Rtc...Cmdlet" part of the id
    target_name: str | None = None       # how the target prints in CategoryInfo
    target_type: str | None = None
    # The record's Exception object, built on first use and kept, so `$_.Exception` is
    # the same object every time and across a rethrow (copies made by replace() share it).
    exception_holder: list[Any] = field(default_factory=list, compare=False, repr=False)

    @property
    def fully_qualified_error_id(self) -> str:
        if self.fully_qualified_suffix:
            return f"{self.error_id},{self.fully_qualified_suffix}"
        return self.error_id

    @property
    def exception_short_name(self) -> str:
        return self.exception_type.rsplit(".", 1)[-1]

    def with_invocation(self, invocation: InvocationInfo) -> "ErrorRecord":
        if self.invocation.line:
            return self
        return replace(self, invocation=invocation)

    def __str__(self) -> str:
        return self.message


class PSRuntimeError(Exception):
    """A terminating error carrying its ErrorRecord."""

    def __init__(self, record: ErrorRecord) -> None:
        super().__init__(record.message)
        self.record = record

    @classmethod
    def of(cls, message: str, error_id: str, category: str = INVALID_OPERATION,
           target: Any = None, exception_type: str = "System.Management.Automation.RuntimeException"
           ) -> "PSRuntimeError":
        return cls(ErrorRecord(message=message, error_id=error_id, category=category,
                               target=target, exception_type=exception_type))


class ScriptTerminatingError(PSRuntimeError):
    """`throw`, `-ErrorAction Stop`: ends the whole script, not only the statement."""


ACTION_PREFERENCE_STOP_TYPE = "System.Management.Automation.ActionPreferenceStopException"


class ActionPreferenceStop(ScriptTerminatingError):
    """A non-terminating error that -ErrorAction Stop (or $ErrorActionPreference)
    made terminating. Like PowerShell's ActionPreferenceStopException it carries the
    original record: that is what `catch` sees in `$_` and what is shown when nothing
    catches it; `catch [ActionPreferenceStopException]` takes it too."""


class PipelineStopped(Exception):
    """Raised upstream when a downstream command (Select-Object -First) has all it
    needs; the pipeline runner swallows it and runs the end blocks."""


class UserStoppedError(Exception):
    """The user chose Suspend/No-to-All style stop at a confirmation prompt, or a
    prompt was needed under -NonInteractive."""
