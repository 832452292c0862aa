"""The records of PowerShell's non-output streams, as objects.

A warning, verbose or debug message is text on the console; redirected into the
output stream (`3>&1`, `*>&1`) it becomes an object a script can keep and inspect
(`$w = Write-Warning 'x' 3>&1; $w.Message`). Information (`Write-Host`,
`Write-Information`, stream 6) becomes an InformationRecord the same way.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any, ClassVar

from .lang.convert import to_string
from .lang.values import attribute_view, register_view

_AUTOMATION = "System.Management.Automation."


@dataclass(frozen=True)
class InformationalRecord:
    """Base of the warning, verbose and debug records: a message and its stream."""

    message: str
    prefix: ClassVar[str] = ""      # what the console shows before the message

    def __str__(self) -> str:
        return self.message

    @property
    def console_text(self) -> str:
        return f"{self.prefix}: {self.message}"


class WarningRecord(InformationalRecord):
    prefix = "WARNING"


class VerboseRecord(InformationalRecord):
    prefix = "VERBOSE"


class DebugRecord(InformationalRecord):
    prefix = "DEBUG"


@dataclass(frozen=True)
class InformationRecord:
    """What Write-Information and Write-Host write to stream 6."""

    message_data: Any
    source: str = ""
    tags: tuple[str, ...] = ()

    def __str__(self) -> str:
        return to_string(self.message_data)

    @property
    def console_text(self) -> str:
        return str(self)


for _cls in (WarningRecord, VerboseRecord, DebugRecord):
    register_view(_cls, attribute_view(
        (_AUTOMATION + _cls.__name__, _AUTOMATION + "InformationalRecord", "System.Object"),
        (("Message", "message"),), to_string=str))
register_view(InformationRecord, attribute_view(
    (_AUTOMATION + "InformationRecord", "System.Object"),
    (("MessageData", "message_data"), ("Source", "source"), ("Tags", "tags")), to_string=str))

STREAM_RECORDS = (InformationalRecord, InformationRecord)

__all__ = ["InformationalRecord", "WarningRecord", "VerboseRecord", "DebugRecord",
           "InformationRecord", "STREAM_RECORDS"]
