"""Get-Date and New-TimeSpan, on the session's clock (injectable, so lab scripts
that compare expiry times are testable)."""
from __future__ import annotations

from datetime import datetime, timedelta, timezone
from typing import Any

from ..base import Cmdlet
from ..lang.convert import ConversionError, to_datetime
from ..lang.datefmt import format_custom_date
from ..metadata import (BY_VALUE, INT, CmdletHelp, Example, ParamType, Parameter, STRING, SWITCH,
                        enum_type)

_DISPLAY_HINT = enum_type("Microsoft.PowerShell.Commands.DisplayHintType", ("Date", "Time", "DateTime"))


def _to_date(value: Any) -> datetime:
    try:
        return to_datetime(value)
    except ConversionError:
        raise
    except Exception as exc:  # noqa: BLE001 - reported as a conversion failure
        raise ConversionError(str(exc)) from None


DATE = ParamType("System.DateTime", _to_date, lambda v: isinstance(v, datetime))


class HintedDateTime(datetime):
    """Get-Date -DisplayHint: a DateTime that Out-Default shows as a date, a time or
    both (PowerShell adds a DisplayHint note property to the object)."""

    display_hint = "DateTime"

    @classmethod
    def of(cls, value: datetime, hint: str) -> "HintedDateTime":
        hinted = cls(value.year, value.month, value.day, value.hour, value.minute, value.second,
                     value.microsecond, value.tzinfo)
        hinted.display_hint = hint
        return hinted


# Get-Date -Format's named formats: sortable, file-name-safe stamps.
_NAMED_FORMATS = {
    "filedate": ("yyyyMMdd", False), "filedateuniversal": ("yyyyMMddZ", True),
    "filedatetime": ("yyyyMMddTHHmmssffff", False),
    "filedatetimeuniversal": ("yyyyMMddTHHmmssffffZ", True),
}

# -UFormat's specifiers (Unix `date`), as .NET custom formats or functions.
_UFORMAT: dict[str, Any] = {
    "a": "ddd", "A": "dddd", "b": "MMM", "B": "MMMM", "h": "MMM", "d": "dd", "m": "MM",
    "y": "yy", "Y": "yyyy", "H": "HH", "I": "hh", "M": "mm", "S": "ss", "p": "tt",
    "D": "MM/dd/yy", "F": "yyyy-MM-dd", "T": "HH:mm:ss", "R": "HH:mm", "r": "hh:mm:ss tt",
    "x": "MM/dd/yy", "X": "HH:mm:ss", "c": "ddd MMM dd HH:mm:ss yyyy",
    "C": lambda d: f"{d.year // 100:02d}", "e": lambda d: f"{d.day:>2}",
    "k": lambda d: f"{d.hour:>2}", "l": lambda d: f"{(d.hour % 12 or 12):>2}",
    "j": lambda d: f"{d.timetuple().tm_yday:03d}", "u": lambda d: str(d.isoweekday()),
    "w": lambda d: str((d.weekday() + 1) % 7), "U": lambda d: d.strftime("%U"),
    "W": lambda d: d.strftime("%W"), "V": lambda d: f"{d.isocalendar()[1]:02d}",
    "G": lambda d: str(d.isocalendar()[0]), "g": lambda d: f"{d.isocalendar()[0] % 100:02d}",
    "s": lambda d: str(int((d.replace(tzinfo=None) - datetime(1970, 1, 1)).total_seconds())),
    "Z": lambda d: "+00", "n": lambda d: "\n", "t": lambda d: "\t", "%": lambda d: "%",
}


def format_unix(value: datetime, pattern: str) -> str:
    out: list[str] = []
    index = 0
    while index < len(pattern):
        char = pattern[index]
        if char == "%" and index + 1 < len(pattern) and pattern[index + 1] in _UFORMAT:
            spec = _UFORMAT[pattern[index + 1]]
            out.append(spec(value) if callable(spec) else format_custom_date(value, spec))
            index += 2
            continue
        out.append(char)
        index += 1
    return "".join(out)


class GetDate(Cmdlet):
    name = "Get-Date"
    implementing_type = "Microsoft.PowerShell.Commands.GetDateCommand"
    output_type = "System.DateTime"
    parameters = (
        Parameter("Date", DATE, position=0, pipeline=BY_VALUE, aliases=("LastWriteTime",)),
        Parameter("Year", INT), Parameter("Month", INT), Parameter("Day", INT),
        Parameter("Hour", INT), Parameter("Minute", INT), Parameter("Second", INT),
        Parameter("Millisecond", INT),
        Parameter("DisplayHint", _DISPLAY_HINT),
        Parameter("Format", STRING, sets=("net",)),
        Parameter("UFormat", STRING, sets=("UFormat",)),
        Parameter("AsUTC", SWITCH),
    )
    default_parameter_set = "net"
    help = CmdletHelp(
        synopsis="Returns the current date and time, or the date you give, optionally formatted.",
        examples=(Example("Get-Date", "The current date and time of the lab clock."),
                  Example("(Get-Date).AddDays(30)", "Thirty days from now."),
                  Example('Get-Date "9/1/2011"', "A date from a US date string.")),
        outputs="System.DateTime or System.String")

    def process(self) -> None:
        value = self.date if self.date is not None else self.runtime.now()
        changes = {k: getattr(self, k) for k in ("year", "month", "day", "hour", "minute", "second")
                   if getattr(self, k) is not None}
        if self.millisecond is not None:
            changes["microsecond"] = self.millisecond * 1000
        if changes:
            value = value.replace(**changes)
        if self.as_utc:
            value = value.astimezone(timezone.utc).replace(tzinfo=None)
        if self.u_format is not None:
            self.write_object(format_unix(value, self.u_format))
        elif self.format is not None:
            named = _NAMED_FORMATS.get(self.format.lower())
            if named is not None:
                pattern, universal = named
                if universal:
                    value = value.astimezone(timezone.utc).replace(tzinfo=None)
                self.write_object(format_custom_date(value, pattern))
            else:
                self.write_object(format_custom_date(value, self.format))
        elif self.display_hint is not None and str(self.display_hint) != "DateTime":
            self.write_object(HintedDateTime.of(value, str(self.display_hint)))
        else:
            self.write_object(value)


class NewTimeSpan(Cmdlet):
    name = "New-TimeSpan"
    implementing_type = "Microsoft.PowerShell.Commands.NewTimeSpanCommand"
    output_type = "System.TimeSpan"
    parameters = (
        Parameter("Start", DATE, position=0, sets=("Date",)),
        Parameter("End", DATE, position=1, sets=("Date",)),
        Parameter("Days", INT, sets=("Time",)), Parameter("Hours", INT, sets=("Time",)),
        Parameter("Minutes", INT, sets=("Time",)), Parameter("Seconds", INT, sets=("Time",)),
    )
    default_parameter_set = "Date"
    help = CmdletHelp(synopsis="Creates a time span: between two dates, or from days, hours, minutes, seconds.",
                      examples=(Example("New-TimeSpan -Days 30", "A span of thirty days."),))

    def process(self) -> None:
        if self.parameter_set == "Time":
            self.write_object(timedelta(days=self.days or 0, hours=self.hours or 0,
                                        minutes=self.minutes or 0, seconds=self.seconds or 0))
            return
        start = self.start if self.start is not None else self.runtime.now()
        end = self.end if self.end is not None else self.runtime.now()
        self.write_object(end - start)

