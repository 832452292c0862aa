"""Small utility cmdlets: Compare-Object, Get-Unique, Get-Random, Start-Sleep,
New-Guid, Measure-Command, Join-String, Select-String, Invoke-Expression,
Read-Host and Get-Host."""
from __future__ import annotations

import os
import time
from dataclasses import dataclass
from datetime import timedelta
from typing import Any

from ..base import Cmdlet
from ..errors import INVALID_ARGUMENT, PSRuntimeError
from ..lang.convert import ConversionError, to_number, to_string
from ..lang.values import (AUTOMATION_NULL, PSCustomObject, ScriptBlockValue, attribute_view,
                           register_view)
from ..metadata import (BY_PROPERTY_NAME, BY_VALUE, CmdletHelp, Example, INT, OBJECT,
                        OBJECT_ARRAY, PSOBJECT, ParamType, Parameter, SCRIPTBLOCK, STRING,
                        STRING_ARRAY, SWITCH)
from .common import (INT_ARRAY, PropertyExpression, STRING_OR_SCRIPT, check_range,
                     compare_values, has_wildcard, validation_error)
from .environment import Guid
from .files import ENCODING, existing_files, read_text

_MAX_INT32 = 2**31 - 1


# ================================================================ Compare-Object

def _property_expressions(value: Any) -> list[PropertyExpression]:
    items = value if isinstance(value, (list, tuple)) else [value]
    return [PropertyExpression(item if isinstance(item, ScriptBlockValue) else to_string(item))
            for item in items]


class CompareObject(Cmdlet):
    name = "Compare-Object"
    implementing_type = "Microsoft.PowerShell.Commands.CompareObjectCommand"
    output_type = "System.Management.Automation.PSCustomObject"
    parameters = (
        Parameter("ReferenceObject", OBJECT_ARRAY, position=0, mandatory=True,
                  help="The objects to compare against."),
        Parameter("DifferenceObject", OBJECT_ARRAY, position=1, mandatory=True,
                  pipeline=BY_VALUE, help="The objects compared with the reference objects."),
        Parameter("SyncWindow", INT, default=_MAX_INT32,
                  help="How far apart in the two lists matching objects may be."),
        Parameter("Property", OBJECT_ARRAY, help="Compares these properties (names or script "
                                                 "blocks) instead of the objects."),
        Parameter("ExcludeDifferent", SWITCH, help="Outputs only the objects found in both."),
        Parameter("IncludeEqual", SWITCH, help="Outputs the objects found in both too, marked "
                                               "==."),
        Parameter("PassThru", SWITCH, help="Outputs the compared objects themselves."),
        Parameter("Culture", STRING, help="The culture of string comparisons."),
        Parameter("CaseSensitive", SWITCH, help="Compares strings with regard to case."),
    )
    help = CmdletHelp(
        synopsis="Compares two lists of objects and reports the differences.",
        description=("Outputs, for each object in only one list, the object and a SideIndicator: "
                     "<= for the reference list, => for the difference list; with "
                     "-IncludeEqual also == for objects in both."),
        examples=(Example("Compare-Object -ReferenceObject 1,2,3 -DifferenceObject 2,3,4",
                          "Outputs 4 (=>) and 1 (<=)."),
                  Example("Compare-Object $before $after -Property SipAddress",
                          "Compares two user lists by SIP address.")),
        inputs="System.Management.Automation.PSObject",
        outputs="System.Management.Automation.PSCustomObject")

    def begin(self) -> None:
        check_range(self, "SyncWindow", self.sync_window, 0)
        self._properties = _property_expressions(self.property) if self.property else None
        self._reference = [self._entry(o) for o in (self.reference_object or ())]
        self._ref_index = 0
        self._ref_backlog: list[tuple[Any, list[Any]]] = []
        self._diff_backlog: list[tuple[Any, list[Any]]] = []
        # -ExcludeDifferent implies -IncludeEqual, unless -IncludeEqual:$false says otherwise.
        explicit = self.bound.get("IncludeEqual")
        self._include_equal = bool(self.include_equal) if explicit is not None \
            else bool(self.exclude_different)

    def _entry(self, obj: Any) -> tuple[Any, list[Any]]:
        if self._properties is None:
            return obj, [obj]
        return obj, [p.value(obj) for p in self._properties]

    def _equal(self, a: tuple[Any, list[Any]], b: tuple[Any, list[Any]]) -> bool:
        return all(compare_values(x, y, bool(self.case_sensitive)) == 0
                   for x, y in zip(a[1], b[1]))

    def _match_and_remove(self, entry: tuple[Any, list[Any]] | None,
                          backlog: list[tuple[Any, list[Any]]]) -> tuple[Any, list[Any]] | None:
        if entry is None:
            return None
        for index, candidate in enumerate(backlog):
            if self._equal(entry, candidate):
                return backlog.pop(index)
        return None

    def process(self) -> None:
        for obj in self.difference_object or ():
            self._step(self._entry(obj))

    def end(self) -> None:
        # Reference objects left over when the difference list was shorter.
        while self._ref_index < len(self._reference):
            self._step(None)
        for entry in self._diff_backlog:
            self._emit(entry, "=>")
        for entry in self._ref_backlog:
            self._emit(entry, "<=")

    def _step(self, diff: tuple[Any, list[Any]] | None) -> None:
        """One step of PowerShell's sync-window comparison: the next difference
        object against the next reference object, then against each backlog."""
        ref: tuple[Any, list[Any]] | None = None
        if self._ref_index < len(self._reference):
            ref = self._reference[self._ref_index]
            self._ref_index += 1
        if ref is not None and diff is not None and self._equal(ref, diff):
            self._emit(ref, "==")
            return
        found = self._match_and_remove(diff, self._ref_backlog)
        if found is not None:
            self._emit(found, "==")
            diff = None
        found = self._match_and_remove(ref, self._diff_backlog)
        if found is not None:
            self._emit(ref, "==")   # type: ignore[arg-type]
            ref = None
        window = self.sync_window if self.sync_window is not None else _MAX_INT32
        for entry, backlog, side in ((diff, self._diff_backlog, "=>"),
                                     (ref, self._ref_backlog, "<=")):
            if entry is None:
                continue
            if window > 0:
                while len(backlog) >= window:
                    self._emit(backlog.pop(0), side)
                backlog.append(entry)
            else:
                self._emit(entry, side)

    def _emit(self, entry: tuple[Any, list[Any]], side: str) -> None:
        if side == "==" and not self._include_equal:
            return
        if side != "==" and self.exclude_different:
            return
        obj, values = entry
        if self.pass_thru:
            if isinstance(obj, PSCustomObject):
                obj.set("SideIndicator", side)
            self.write_object(obj)
            return
        if self._properties is None:
            props: list[tuple[str, Any]] = [("InputObject", obj)]
        else:
            props = [(p.name, v) for p, v in zip(self._properties, values)]
        self.write_object(PSCustomObject(props + [("SideIndicator", side)]))


# ================================================================ Get-Unique

class GetUnique(Cmdlet):
    name = "Get-Unique"
    implementing_type = "Microsoft.PowerShell.Commands.GetUniqueCommand"
    default_parameter_set = "AsString"
    parameters = (
        Parameter("InputObject", PSOBJECT, pipeline=BY_VALUE, default=AUTOMATION_NULL,
                  help="The (sorted) objects."),
        Parameter("AsString", SWITCH, sets=("AsString",), help="Compares the objects as strings."),
        Parameter("OnType", SWITCH, sets=("UniqueByType",), help="Keeps one object per type."),
        Parameter("CaseInsensitive", SWITCH, help="Compares strings without regard to case."),
    )
    help = CmdletHelp(
        synopsis="Drops each object that equals the one before it in a sorted list.",
        description=("Only adjacent duplicates are removed, so sort the list first. Strings "
                     "compare with regard to case unless -CaseInsensitive is used."),
        examples=(Example("1, 1, 2, 2, 2, 3 | Get-Unique", "Outputs 1, 2 and 3."),
                  Example("Get-Content names.txt | Sort-Object | Get-Unique",
                          "Outputs each distinct line once.")),
        inputs="System.Management.Automation.PSObject",
        outputs="System.Management.Automation.PSObject")

    def begin(self) -> None:
        self._last: Any = AUTOMATION_NULL

    def process(self) -> None:
        obj = self.input_object
        if obj is AUTOMATION_NULL:
            return
        last, self._last = self._last, obj
        if last is AUTOMATION_NULL:
            self.write_object(obj)
            return
        if self.as_string:
            a, b = to_string(obj), to_string(last)
            same = a.lower() == b.lower() if self.case_insensitive else a == b
        elif self.on_type:
            from .common import dotnet_type_name
            same = dotnet_type_name(obj) == dotnet_type_name(last)
        else:
            same = compare_values(obj, last, not self.case_insensitive) == 0
        if not same:
            self.write_object(obj)


# ================================================================ Get-Random

def _is_scalar(value: Any) -> bool:
    return not isinstance(value, (list, tuple))


# -Maximum shares position 0 with -InputObject: a list goes to -InputObject.
RANDOM_BOUND = ParamType("System.Object", lambda v: v, _is_scalar)


class GetRandom(Cmdlet):
    name = "Get-Random"
    implementing_type = "Microsoft.PowerShell.Commands.GetRandomCommand"
    default_parameter_set = "RandomNumberParameterSet"
    parameters = (
        Parameter("SetSeed", INT, help="Seeds the random generator, so what follows repeats."),
        Parameter("Maximum", RANDOM_BOUND, position=0, sets=("RandomNumberParameterSet",),
                  help="The upper bound (excluded)."),
        Parameter("Minimum", OBJECT, sets=("RandomNumberParameterSet",),
                  help="The lower bound (included, default 0)."),
        Parameter("InputObject", OBJECT_ARRAY, position=0, mandatory=True, pipeline=BY_VALUE,
                  sets=("RandomListItemParameterSet", "ShuffleParameterSet"),
                  allow_null=True, help="The objects to pick from."),
        Parameter("Count", INT, sets=("RandomNumberParameterSet", "RandomListItemParameterSet"),
                  help="How many numbers or objects to output (objects are not repeated)."),
        Parameter("Shuffle", SWITCH, mandatory=True, sets=("ShuffleParameterSet",),
                  help="Outputs all the objects in random order."),
    )
    help = CmdletHelp(
        synopsis="Gets a random number, or random objects from a list.",
        description=("Without a list, outputs a random integer from -Minimum (default 0) up to "
                     "but not including -Maximum (default [int]::MaxValue); a bound with a "
                     "fraction gives a random double. With -InputObject, outputs -Count objects "
                     "(default one) picked without repetition."),
        examples=(Example("Get-Random -Maximum 10", "A number from 0 to 9."),
                  Example("Get-Random -InputObject 'red', 'green', 'blue'", "One of the three."),
                  Example("1..10 | Get-Random -Count 3", "Three different numbers.")),
        inputs="System.Object", outputs="System.Int32, System.Int64, System.Double or the "
                                        "objects")

    def begin(self) -> None:
        self._random = self.service("random")
        if self.set_seed is not None:
            self._random.seed(self.set_seed)
        self._items: list[Any] = []
        # Piped objects select the list sets, although the set was chosen before they came.
        self._list_mode = self.parameter_set != "RandomNumberParameterSet" or (
            bool(getattr(self.runtime, "expects_input", False))
            and "Maximum" not in self.bound and "Minimum" not in self.bound)
        if self.count is not None:
            check_range(self, "Count", self.count, 1)

    def process(self) -> None:
        if self._list_mode:
            self._items.extend(self.input_object if self.input_object is not None else [None])

    def end(self) -> None:
        if not self._list_mode:
            for _ in range(self.count or 1):
                self.write_object(self._number())
            return
        items = self._items
        if self.parameter_set == "ShuffleParameterSet":
            picked = self._random.sample(items, len(items))
        else:
            picked = self._random.sample(items, min(self.count or 1, len(items)))
        for item in picked:
            self.write_object(item)

    def _bound(self, value: Any, name: str) -> Any:
        if value is None:
            return None
        try:
            return to_number(value)
        except (ConversionError, PSRuntimeError):
            raise PSRuntimeError(self.error(
                f"Cannot bind parameter '{name}'. Cannot convert value \"{to_string(value)}\" to "
                'type "System.Double". Error: "The input string was not in a correct format."',
                "CannotConvertArgumentNoMessage", INVALID_ARGUMENT,
                exception_type="System.Management.Automation.ParameterBindingException")) from None

    def _number(self) -> Any:
        maximum = self._bound(self.maximum, "Maximum")
        minimum = self._bound(self.minimum, "Minimum")
        is_double = isinstance(maximum, float) or isinstance(minimum, float)
        low = minimum if minimum is not None else 0
        high = maximum if maximum is not None else (float(_MAX_INT32) if is_double else _MAX_INT32)
        if low >= high:
            raise PSRuntimeError(self.error(
                f"The Minimum value ({to_string(minimum if minimum is not None else 0)}) cannot be "
                f"greater than or equal to the Maximum value ({to_string(maximum)}).",
                "MinGreaterThanOrEqualMax", INVALID_ARGUMENT, None,
                "System.ArgumentException"))
        if is_double:
            return low + (high - low) * self._random.random()
        return self._random.randrange(int(low), int(high))


# ================================================================ Start-Sleep

def _to_seconds(value: Any) -> float:
    return float(to_number(value))


DOUBLE = ParamType("System.Double", _to_seconds, lambda v: isinstance(v, (int, float))
                   and not isinstance(v, bool))
TIMESPAN = ParamType("System.TimeSpan",
                     lambda v: v if isinstance(v, timedelta) else timedelta(seconds=_to_seconds(v)),
                     lambda v: isinstance(v, timedelta))


class StartSleep(Cmdlet):
    name = "Start-Sleep"
    implementing_type = "Microsoft.PowerShell.Commands.StartSleepCommand"
    default_parameter_set = "Seconds"
    parameters = (
        Parameter("Seconds", DOUBLE, position=0, mandatory=True, sets=("Seconds",),
                  pipeline=BY_VALUE | BY_PROPERTY_NAME, help="How long to wait, in seconds."),
        Parameter("Milliseconds", INT, mandatory=True, sets=("Milliseconds",), aliases=("ms",),
                  pipeline=BY_PROPERTY_NAME, help="How long to wait, in milliseconds."),
        Parameter("Duration", TIMESPAN, mandatory=True, sets=("FromTimeSpan",), aliases=("ts",),
                  pipeline=BY_VALUE | BY_PROPERTY_NAME, help="How long to wait, as a TimeSpan."),
    )
    help = CmdletHelp(
        synopsis="Waits for a time before the script goes on.",
        examples=(Example("Start-Sleep -Seconds 2", "Waits two seconds."),
                  Example("Start-Sleep -Milliseconds 250", "Waits a quarter of a second.")),
        inputs="System.Double", outputs="None")

    def process(self) -> None:
        if self.parameter_set == "Milliseconds":
            seconds = (self.milliseconds or 0) / 1000
        elif self.parameter_set == "FromTimeSpan":
            seconds = self.duration.total_seconds() if self.duration else 0.0
        else:
            seconds = self.seconds or 0.0
        if seconds < 0:
            raise validation_error(self, (
                f"Cannot validate argument on parameter '{self.parameter_set}'. The "
                f"{to_string(seconds)} argument is less than the minimum allowed range of 0. "
                "Supply an argument that is greater than or equal to 0 and then try the command "
                "again."))
        time.sleep(seconds)


# ================================================================ New-Guid

class NewGuid(Cmdlet):
    name = "New-Guid"
    implementing_type = "Microsoft.PowerShell.Commands.NewGuidCommand"
    default_parameter_set = "Default"
    output_type = "System.Guid"
    parameters = (
        Parameter("Empty", SWITCH, sets=("Empty",), help="Outputs the all-zero GUID."),
        Parameter("InputObject", STRING, pipeline=BY_VALUE, sets=("InputObject",),
                  help="Text to read a GUID from."),
    )
    help = CmdletHelp(synopsis="Creates a globally unique identifier (GUID).",
                      examples=(Example("New-Guid", "Outputs a new random GUID."),
                                Example("(New-Guid).Guid", "The GUID as a string.")),
                      inputs="System.String", outputs="System.Guid")

    def process(self) -> None:
        if self.empty:
            self.write_object(Guid("00000000-0000-0000-0000-000000000000"))
        elif self.input_object is not None:
            import uuid
            try:
                self.write_object(Guid(str(uuid.UUID(self.input_object or ""))))
            except ValueError:
                self.write_error(self.error(
                    f"Cannot convert value \"{self.input_object}\" to type \"System.Guid\". "
                    "Error: \"Guid should contain 32 digits with 4 dashes "
                    "(xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx).\"", "StringNotRecognizedAsGuid",
                    INVALID_ARGUMENT, self.input_object, "System.FormatException"))
        else:
            self.write_object(Guid.new())


# ================================================================ Measure-Command

class MeasureCommand(Cmdlet):
    name = "Measure-Command"
    implementing_type = "Microsoft.PowerShell.Commands.MeasureCommandCommand"
    output_type = "System.TimeSpan"
    parameters = (
        Parameter("InputObject", PSOBJECT, pipeline=BY_VALUE, default=AUTOMATION_NULL,
                  help="Objects the script block gets as $_."),
        Parameter("Expression", SCRIPTBLOCK, position=0, mandatory=True,
                  help="The script block to time."),
    )
    help = CmdletHelp(
        synopsis="Times how long a script block takes to run.",
        description=("Runs the script block (once per piped object, with the object in $_) in "
                     "the current scope, discards its output and outputs the time taken as a "
                     "TimeSpan."),
        examples=(Example("Measure-Command { Get-CsUser }", "Times Get-CsUser."),
                  Example("(Measure-Command { Start-Sleep 1 }).TotalSeconds",
                          "About 1.")),
        inputs="System.Management.Automation.PSObject", outputs="System.TimeSpan")

    def begin(self) -> None:
        self._elapsed = 0.0

    def process(self) -> None:
        script = self.expression
        if script is None:
            return
        start = time.perf_counter()
        try:
            script.invoke_in_scope(self.input_object, sink=lambda obj: None)
        finally:
            self._elapsed += time.perf_counter() - start

    def end(self) -> None:
        self.write_object(timedelta(microseconds=round(self._elapsed * 1_000_000)))


# ================================================================ Join-String

class JoinString(Cmdlet):
    name = "Join-String"
    implementing_type = "Microsoft.PowerShell.Commands.JoinStringCommand"
    default_parameter_set = "Default"
    output_type = "System.String"
    parameters = (
        Parameter("Property", STRING_OR_SCRIPT, position=0,
                  help="The property (or script block) whose values are joined."),
        Parameter("Separator", STRING, position=1, help="Text between the values."),
        Parameter("OutputPrefix", STRING, aliases=("op",), help="Text before the result."),
        Parameter("OutputSuffix", STRING, aliases=("os",), help="Text after the result."),
        Parameter("SingleQuote", SWITCH, sets=("SingleQuote",),
                  help="Puts each value in single quotes."),
        Parameter("DoubleQuote", SWITCH, sets=("DoubleQuote",),
                  help="Puts each value in double quotes."),
        Parameter("UseCulture", SWITCH, help="Uses the culture's list separator when no "
                                             "-Separator is given."),
        Parameter("FormatString", STRING, sets=("Format",),
                  help="A .NET format string for each value, such as '{0:N2}'."),
        Parameter("InputObject", PSOBJECT, pipeline=BY_VALUE, default=AUTOMATION_NULL,
                  help="The objects to join."),
    )
    help = CmdletHelp(
        synopsis="Joins the pipeline's objects (or one property of each) into one string.",
        examples=(Example("1..3 | Join-String -Separator ', '", "Outputs '1, 2, 3'."),
                  Example("Get-CsUser | Join-String -Property SipAddress -Separator ';'",
                          "Outputs the SIP addresses separated by semicolons."),
                  Example("'a', 'b' | Join-String -SingleQuote -Separator ','",
                          "Outputs 'a','b'.")),
        inputs="System.Management.Automation.PSObject", outputs="System.String")

    def begin(self) -> None:
        self._parts: list[str] = []
        self._expression = PropertyExpression(self.property) if self.property is not None else None

    def process(self) -> None:
        obj = self.input_object
        if obj is AUTOMATION_NULL:
            return
        value = self._expression.value(obj) if self._expression is not None else obj
        if self.format_string is not None:
            from ..lang.composite_format import format_composite
            text = format_composite(self.format_string, [value])
        else:
            text = to_string(value)
        if self.single_quote:
            text = f"'{text}'"
        elif self.double_quote:
            text = f'"{text}"'
        self._parts.append(text)

    def end(self) -> None:
        separator = self.separator
        if separator is None:
            separator = "," if self.use_culture else ""
        self.write_object((self.output_prefix or "") + separator.join(self._parts)
                          + (self.output_suffix or ""))


# ================================================================ Select-String

@dataclass(eq=False)
class MatchInfo:
    """Microsoft.PowerShell.Commands.MatchInfo: one matching line."""

    line: str
    line_number: int
    path: str
    pattern: str
    ignore_case: bool
    matches: list[Any]
    context: Any = None

    @property
    def filename(self) -> str:
        return "InputStream" if self.path == "InputStream" else os.path.basename(self.path)

    def __str__(self) -> str:
        if self.path == "InputStream":
            return self.line
        shown = os.path.relpath(self.path) if self.path.startswith(os.getcwd() + os.sep) \
            else self.path
        return f"{shown}:{self.line_number}:{self.line}"

    def ToString(self, *args: Any) -> str:   # `$match.ToString()`
        return str(self)


register_view(MatchInfo, attribute_view(
    ("Microsoft.PowerShell.Commands.MatchInfo", "System.Object"),
    (("IgnoreCase", "ignore_case"), ("LineNumber", "line_number"), ("Line", "line"),
     ("Filename", "filename"), ("Path", "path"), ("Pattern", "pattern"),
     ("Context", "context"), ("Matches", "matches")),
    to_string=str))


class SelectString(Cmdlet):
    name = "Select-String"
    implementing_type = "Microsoft.PowerShell.Commands.SelectStringCommand"
    default_parameter_set = "File"
    output_type = "Microsoft.PowerShell.Commands.MatchInfo"
    parameters = (
        Parameter("InputObject", PSOBJECT, mandatory=True, pipeline=BY_VALUE,
                  sets=("Object", "ObjectRaw"), allow_null=True, allow_empty_string=True,
                  help="Text to search (each piped object is one line)."),
        Parameter("Pattern", STRING_ARRAY, position=0, mandatory=True,
                  help="Regular expressions (or text with -SimpleMatch) to find."),
        Parameter("Path", STRING_ARRAY, position=1, mandatory=True, pipeline=BY_PROPERTY_NAME,
                  sets=("File", "FileRaw"), help="Files to search; wildcards are allowed."),
        Parameter("LiteralPath", STRING_ARRAY, mandatory=True, pipeline=BY_PROPERTY_NAME,
                  sets=("LiteralFile", "LiteralFileRaw"), aliases=("PSPath", "LP"),
                  help="Files to search, taken as typed."),
        Parameter("SimpleMatch", SWITCH, help="Finds the patterns as plain text, not regexes."),
        Parameter("CaseSensitive", SWITCH, help="Matches with regard to case."),
        Parameter("NotMatch", SWITCH, help="Outputs the lines that do not match."),
        Parameter("AllMatches", SWITCH, help="Records every match in a line, not only the first."),
        Parameter("Quiet", SWITCH, help="Outputs only True or False: whether anything matched."),
        Parameter("List", SWITCH, help="Outputs only the first match of each input file."),
        Parameter("Raw", SWITCH, help="Outputs the matching lines as strings."),
        Parameter("NoEmphasis", SWITCH, help="Does not highlight the match in the line."),
        Parameter("Encoding", ENCODING, help="The files' encoding when they have no byte-order "
                                             "mark."),
        Parameter("Context", INT_ARRAY, help="Lines before and after each match (accepted; not "
                                             "shown by this shell)."),
    )
    help = CmdletHelp(
        synopsis="Finds text in strings and files.",
        description=("Outputs a MatchInfo object for each line that matches one of the "
                     "patterns (regular expressions, case-insensitive by default). Piped "
                     "strings print as the matching line; file matches as file:line:text."),
        examples=(Example("Get-Content log.txt | Select-String -Pattern 'error'",
                          "The lines of log.txt that contain 'error'."),
                  Example("Select-String -Path *.txt -Pattern 'sip:' -SimpleMatch",
                          "Finds 'sip:' in the text files of the current directory.")),
        inputs="System.Management.Automation.PSObject",
        outputs="Microsoft.PowerShell.Commands.MatchInfo")

    def begin(self) -> None:
        from ..lang import dotnet_regex
        ignore = not self.case_sensitive
        self._regexes = []
        for pattern in self.pattern or ():
            text = dotnet_regex.escape(pattern) if self.simple_match else pattern
            self._regexes.append((pattern, dotnet_regex.get_regex(
                text, dotnet_regex.IGNORECASE if ignore else 0)))
        self._line_number = 0
        self._found = False
        self._done = False

    def process(self) -> None:
        if self._done:
            return
        # The set is chosen before the pipeline binds -InputObject: no path means text.
        if self.path is None and self.literal_path is None:
            self._line_number += 1
            obj = self.input_object
            text = "" if obj is None or obj is AUTOMATION_NULL else to_string(obj)
            self._search(text, self._line_number, "InputStream")
            return
        literal = self.parameter_set.startswith("Literal")
        for file in existing_files(self, self.literal_path if literal else self.path, literal):
            if not os.path.isdir(file):
                self._search_file(file)

    def _search_file(self, file: str) -> None:
        from .content import split_lines
        text = read_text(self, file, self.encoding, "ProcessingFile")
        if text is None:
            return
        for number, line in enumerate(split_lines(text), start=1):
            if self._search(line, number, file) and self.list:
                return

    def _search(self, line: str, number: int, path: str) -> bool:
        from ..lang.dotnet_regex import RegexMatch
        hit = None
        for pattern, regex in self._regexes:
            found = regex.compiled.search(line)
            if found is not None:
                hit = (pattern, regex, found)
                break
        if (hit is None) != bool(self.not_match):
            return False
        self._found = True
        if self.quiet:
            return True
        if self.raw:
            self.write_object(line)
            return True
        if hit is None:
            info = MatchInfo(line, number, path, self._regexes[0][0] if self._regexes else "",
                             not self.case_sensitive, [])
        else:
            pattern, regex, found = hit
            matches = [RegexMatch(m, regex) for m in regex.compiled.finditer(line)] \
                if self.all_matches else [RegexMatch(found, regex)]
            info = MatchInfo(line, number, path, pattern, not self.case_sensitive, matches)
        self.write_object(info)
        return True

    def end(self) -> None:
        if self.quiet:
            self.write_object(self._found)


# ================================================================ Invoke-Expression

class InvokeExpression(Cmdlet):
    name = "Invoke-Expression"
    implementing_type = "Microsoft.PowerShell.Commands.InvokeExpressionCommand"
    parameters = (
        Parameter("Command", STRING, position=0, mandatory=True, pipeline=BY_VALUE,
                  help="The script text to run."),
    )
    help = CmdletHelp(
        synopsis="Runs a string as commands, in the current scope.",
        description=("The text is parsed and run as if typed at this point of the script: "
                     "variables it sets stay set, and its output is this command's output."),
        examples=(Example("Invoke-Expression '1 + 2'", "Outputs 3."),
                  Example("$command = 'Get-CsUser -Identity \"Ken Myer\"'; "
                          "Invoke-Expression $command", "Runs the command in $command.")),
        inputs="System.String", outputs="The output of the commands")

    def process(self) -> None:
        run = self.service("invoke_script")
        run(self.command or "", self.runtime, self._emit)

    def _emit(self, obj: Any) -> None:
        self.write_object(obj, enumerate_collection=True)


# ================================================================ Read-Host and Get-Host

class ReadHost(Cmdlet):
    name = "Read-Host"
    implementing_type = "Microsoft.PowerShell.Commands.ReadHostCommand"
    default_parameter_set = "AsString"
    output_type = "System.String"
    parameters = (
        Parameter("Prompt", OBJECT, position=0, remaining=True, allow_null=True,
                  help="The text of the prompt; a colon and a space follow it."),
        Parameter("AsSecureString", SWITCH, sets=("AsSecureString",),
                  help="Reads without echoing what is typed."),
        Parameter("MaskInput", SWITCH, sets=("AsString",),
                  help="Reads without echoing what is typed (the result is a plain string)."),
    )
    help = CmdletHelp(
        synopsis="Reads a line typed at the console.",
        examples=(Example("$name = Read-Host -Prompt 'User name'",
                          "Shows 'User name: ' and reads the answer into $name."),),
        inputs="None", outputs="System.String")

    def process(self) -> None:
        prompt = self.prompt
        if isinstance(prompt, (list, tuple)):
            prompt = " ".join(to_string(p) for p in prompt)
        text = "" if prompt is None else to_string(prompt) + ": "
        host = self.runtime.host
        try:
            answer = host.read_line(text, bool(self.as_secure_string or self.mask_input))
        except EOFError:
            return
        self.write_object(answer)


class GetHost(Cmdlet):
    name = "Get-Host"
    implementing_type = "Microsoft.PowerShell.Commands.GetHostCommand"
    output_type = "System.Management.Automation.Host.PSHost"
    parameters = ()
    help = CmdletHelp(
        synopsis="Gets the object that describes the host program ($Host).",
        examples=(Example("(Get-Host).Version", "The host's version."),),
        inputs="None", outputs="System.Management.Automation.Host.PSHost")

    def process(self) -> None:
        self.write_object(self.runtime.get_variable("Host"))


UTILITY_CMDLETS: tuple[type[Cmdlet], ...] = (
    CompareObject, GetUnique, GetRandom, StartSleep, NewGuid, MeasureCommand, JoinString,
    SelectString, InvokeExpression, ReadHost, GetHost)

__all__ = ["UTILITY_CMDLETS", "MatchInfo", "has_wildcard", "BY_PROPERTY_NAME"]
