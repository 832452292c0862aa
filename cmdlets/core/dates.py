"""Get-Date and New-TimeSpan, on the session's clock (injectable, so lab scripts
that compare expiry times are testable)."""
from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any

from ..base import Cmdlet
from ..lang.convert import ConversionError, to_datetime
from ..lang.datefmt import format_custom_date
from ..metadata import BY_VALUE, INT, CmdletHelp, Example, ParamType, Parameter, STRING, enum_type

_DISPLAY_HINT = enum_type("Microsoft.PowerShell.Commands.DisplayHintType", ("Date", "Time", "DateTime"))


def _to_date(value: Any) -> datetime:
    try:
        return to_datetime(value)
    except ConversionError:
        raise
    except Exception as exc:  # noqa: BLE001 - reported as a conversion failure
        raise ConversionError(str(exc)) from None


DATE = ParamType("System.DateTime", _to_date, lambda v: isinstance(v, datetime))


class GetDate(Cmdlet):
    name = "Get-Date"
    implementing_type = "Microsoft.PowerShell.Commands.GetDateCommand"
    output_type = "System.DateTime"
    parameters = (
        Parameter("Date", DATE, position=0, pipeline=BY_VALUE, aliases=("LastWriteTime",)),
        Parameter("Year", INT), Parameter("Month", INT), Parameter("Day", INT),
        Parameter("Hour", INT), Parameter("Minute", INT), Parameter("Second", INT),
        Parameter("DisplayHint", _DISPLAY_HINT),
        Parameter("Format", STRING),
    )
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
        if changes:
            value = value.replace(**changes)
        if self.format is not None:
            self.write_object(format_custom_date(value, self.format))
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

