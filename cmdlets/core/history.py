"""Get-History, Clear-History and Invoke-History: the command lines typed at the
prompt in this session. The REPL adds an entry after each line it runs (with any
PIN or password masked, as in the history file); `-Command` and `-File` add none,
as in pwsh."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from ..base import Cmdlet
from ..errors import OBJECT_NOT_FOUND
from ..lang.values import attribute_view, register_view
from ..metadata import BY_VALUE, INT, LONG_ARRAY, CmdletHelp, Example, Parameter, SWITCH
from .common import terminating


@dataclass(frozen=True)
class HistoryInfo:
    id: int
    command_line: str
    execution_status: str          # Completed | Failed | Stopped
    start_execution_time: datetime
    end_execution_time: datetime

    @property
    def duration(self) -> timedelta:
        return self.end_execution_time - self.start_execution_time


register_view(HistoryInfo, attribute_view(
    ("Microsoft.PowerShell.Commands.HistoryInfo", "System.Object"),
    (("Id", "id"), ("CommandLine", "command_line"), ("ExecutionStatus", "execution_status"),
     ("StartExecutionTime", "start_execution_time"), ("EndExecutionTime", "end_execution_time"),
     ("Duration", "duration")),
    to_string=lambda info: info.command_line))


class SessionHistory:
    """The session's history list ("history" service); ids keep counting after a clear."""

    def __init__(self, capacity: int = 4096) -> None:   # $MaximumHistoryCount
        self.entries: list[HistoryInfo] = []
        self.capacity = capacity
        self._next_id = 1

    def add(self, command_line: str, succeeded: bool, start: datetime, end: datetime) -> None:
        self.entries.append(HistoryInfo(self._next_id, command_line,
                                        "Completed" if succeeded else "Failed", start, end))
        self._next_id += 1
        del self.entries[:-self.capacity]

    def find(self, entry_id: int) -> HistoryInfo | None:
        return next((e for e in self.entries if e.id == entry_id), None)


def duration_text(duration: timedelta) -> str:
    """The Duration column of pwsh's history table: s.fff, then m:ss.ff, h:mm:ss."""
    seconds = duration.total_seconds()
    if seconds >= 3600:
        whole = int(seconds)
        return f"{whole // 3600}:{whole // 60 % 60:02d}:{whole % 60:02d}"
    if seconds >= 60:
        return f"{int(seconds // 60)}:{int(seconds % 60):02d}.{int(seconds * 100) % 100:02d}"
    return f"{int(seconds)}.{int(seconds * 1000) % 1000:03d}"


class GetHistory(Cmdlet):
    name = "Get-History"
    implementing_type = "Microsoft.PowerShell.Commands.GetHistoryCommand"
    output_type = "Microsoft.PowerShell.Commands.HistoryInfo"
    parameters = (
        Parameter("Id", LONG_ARRAY, position=0, pipeline=BY_VALUE,
                  help="The ids of the entries to get."),
        Parameter("Count", INT, position=1, validate_range=(0, 32767),
                  help="How many of the latest entries to get."),
    )
    help = CmdletHelp(
        synopsis="Gets the command lines typed at the prompt in this session.",
        description=("Outputs HistoryInfo objects (Id, CommandLine, ExecutionStatus, start and end "
                     "times, Duration), oldest first. Lines run by -Command or -File are not "
                     "recorded; PINs and passwords are masked."),
        examples=(Example("Get-History -Count 5", "The last five command lines."),
                  Example("Get-History 3 | Format-List *", "Everything about entry 3.")),
        outputs="Microsoft.PowerShell.Commands.HistoryInfo")

    def process(self) -> None:
        history: SessionHistory = self.service("history")
        if self.id is not None:
            for entry_id in self.id:
                entry = history.find(int(entry_id))
                if entry is None:
                    self.write_error(self.error(
                        f"Cannot locate history for Id {entry_id}.", "GetHistoryNotFound",
                        OBJECT_NOT_FOUND, target=entry_id,
                        exception_type="System.ArgumentException"))
                else:
                    self.write_object(entry)
            return
        entries = history.entries
        if self.count is not None:
            entries = entries[-self.count:] if self.count else []
        for entry in entries:
            self.write_object(entry)


class ClearHistory(Cmdlet):
    name = "Clear-History"
    implementing_type = "Microsoft.PowerShell.Commands.ClearHistoryCommand"
    supports_should_process = True
    confirm_impact = "Medium"
    parameters = (
        Parameter("Id", LONG_ARRAY, position=0, help="The ids of the entries to remove."),
        Parameter("Count", INT, help="How many entries to remove, oldest first."),
        Parameter("Newest", SWITCH, help="With -Count: remove the newest entries instead."),
    )
    help = CmdletHelp(
        synopsis="Removes entries from the session's history.",
        examples=(Example("Clear-History", "Removes every entry."),
                  Example("Clear-History -Id 2, 3", "Removes entries 2 and 3.")),
    )

    def process(self) -> None:
        history: SessionHistory = self.service("history")
        if self.id is not None:
            doomed = {int(i) for i in self.id}
        elif self.count is not None:
            entries = history.entries
            chosen = entries[len(entries) - self.count:] if self.newest else entries[:self.count]
            doomed = {e.id for e in chosen} if self.count else set()
        else:
            doomed = {e.id for e in history.entries}
        if doomed and self.should_process("History", "Clear-History"):
            history.entries[:] = [e for e in history.entries if e.id not in doomed]


class InvokeHistory(Cmdlet):
    name = "Invoke-History"
    implementing_type = "Microsoft.PowerShell.Commands.InvokeHistoryCommand"
    supports_should_process = True
    confirm_impact = "Medium"
    parameters = (Parameter("Id", INT, position=0, help="The entry to run again (default: the last)."),)
    help = CmdletHelp(
        synopsis="Runs a command line from the session's history again.",
        description="Shows the command line, then runs it.",
        examples=(Example("r", "Runs the last command line again."),
                  Example("Invoke-History 4", "Runs entry 4 again.")),
    )

    def process(self) -> None:
        history: SessionHistory = self.service("history")
        entry = history.find(self.id) if self.id is not None else \
            (history.entries[-1] if history.entries else None)
        if entry is None:
            raise terminating(self, "Cannot locate the most recent history entry." if self.id is None
                              else f"Cannot locate history for Id {self.id}.",
                              "InvokeHistoryNotFound", OBJECT_NOT_FOUND)
        if not self.should_process(entry.command_line, "Invoke-History"):
            return
        self.runtime.host.write_line(entry.command_line)
        run = self.service("invoke_script")
        run(entry.command_line, self.runtime, lambda obj: self.write_object(obj, True))


HISTORY_CMDLETS: tuple[type[Cmdlet], ...] = (GetHistory, ClearHistory, InvokeHistory)

__all__ = ["HistoryInfo", "SessionHistory", "GetHistory", "ClearHistory", "InvokeHistory",
           "HISTORY_CMDLETS", "duration_text"]
