"""Output and stream cmdlets: Write-Output, Out-Null, Write-Host, Out-String,
Out-Host/Out-Default, Write-Warning, Write-Verbose, Write-Debug, Write-Information,
Write-Error, Tee-Object."""
from __future__ import annotations

from dataclasses import replace
from typing import Any

from ..base import Cmdlet
from ..errors import CALLER_INVOCATION_VARIABLE, ErrorRecord, NOT_IMPLEMENTED, NOT_SPECIFIED
from ..lang.convert import to_string
from ..lang.values import AUTOMATION_NULL
from ..metadata import (BY_VALUE, CmdletHelp, Example, INT, OBJECT, OBJECT_ARRAY, PSOBJECT,
                        Parameter, STRING, STRING_ARRAY, SWITCH, enum_type)
from .common import CONSOLE_COLORS, set_variable, terminating

_CONSOLE_COLOR = enum_type("System.ConsoleColor", CONSOLE_COLORS)

ERROR_CATEGORIES = (
    "NotSpecified", "OpenError", "CloseError", "DeviceError", "DeadlockDetected", "InvalidArgument",
    "InvalidData", "InvalidOperation", "InvalidResult", "InvalidType", "MetadataError",
    "NotImplemented", "NotInstalled", "ObjectNotFound", "OperationStopped", "OperationTimeout",
    "SyntaxError", "ParserError", "PermissionDenied", "ResourceBusy", "ResourceExists",
    "ResourceUnavailable", "ReadError", "WriteError", "FromStdErr", "SecurityError",
    "ProtocolError", "ConnectionError", "AuthenticationError", "LimitsExceeded", "QuotaExceeded",
    "NotEnabled")


def _pipeline_object(cmdlet: Cmdlet) -> Any:
    """The object this process call received from the pipeline (AUTOMATION_NULL
    when the command heads its pipeline)."""
    return cmdlet.current


class WriteOutput(Cmdlet):
    name = "Write-Output"
    implementing_type = "Microsoft.PowerShell.Commands.WriteOutputCommand"
    output_type = "System.Management.Automation.PSObject"
    parameters = (
        # PowerShell declares Position=0 as well; the framework binder cannot
        # combine a position with ValueFromRemainingArguments (`Write-Output a b`
        # would bind InputObject twice), and remaining arguments alone bind the same.
        Parameter("InputObject", OBJECT_ARRAY, pipeline=BY_VALUE, remaining=True,
                  default=AUTOMATION_NULL),
        Parameter("NoEnumerate", SWITCH),
    )
    help = CmdletHelp(
        synopsis="Writes objects to the pipeline.",
        description=("Sends the given objects to the next command, or to the console at the end "
                     "of the pipeline. Arrays are sent one element at a time unless -NoEnumerate "
                     "is given."),
        examples=(
            Example("Write-Output 'Done'", "Outputs the string Done."),
            Example("Write-Output 1,2,3 | Measure-Object", "Count is 3."),
            Example("Write-Output -NoEnumerate 1,2,3 | Measure-Object",
                    "Count is 1: the array travels as one object."),
        ),
        inputs="System.Management.Automation.PSObject",
        outputs="System.Management.Automation.PSObject",
    )

    def process(self) -> None:
        enumerate_ = not self.no_enumerate
        if "InputObject" not in self.bound:
            obj = _pipeline_object(self)
            if obj is not AUTOMATION_NULL:
                self.write_object(obj, enumerate_collection=enumerate_)
            return
        values = self.input_object
        if values is None:
            self.write_object(None)
            return
        values = list(values)
        if len(values) == 1 and isinstance(values[0], (list, tuple)):
            values = list(values[0])   # `Write-Output 1,2,3`: one argument that is an array
        self.write_object(values, enumerate_collection=enumerate_)


class OutNull(Cmdlet):
    name = "Out-Null"
    implementing_type = "Microsoft.PowerShell.Commands.OutNullCommand"
    parameters = (Parameter("InputObject", PSOBJECT, pipeline=BY_VALUE, default=AUTOMATION_NULL),)
    help = CmdletHelp(
        synopsis="Discards its input.",
        examples=(Example("Get-CsUser | Out-Null", "Runs Get-CsUser and shows nothing."),),
        inputs="System.Management.Automation.PSObject",
    )


def host_text(value: Any, separator: str) -> str:
    """Write-Host's rendering: strings as they are, collections element by
    element joined with the separator, everything else as [string]."""
    if isinstance(value, str):
        return value
    if isinstance(value, (list, tuple)):
        return separator.join(host_text(item, separator) for item in value
                              if item is not AUTOMATION_NULL)
    if value is AUTOMATION_NULL:
        return ""
    return to_string(value)


class WriteHost(Cmdlet):
    name = "Write-Host"
    implementing_type = "Microsoft.PowerShell.Commands.WriteHostCommand"
    parameters = (
        Parameter("Object", OBJECT, pipeline=BY_VALUE, remaining=True, aliases=("Msg", "Message"),
                  default=AUTOMATION_NULL),
        Parameter("NoNewline", SWITCH),
        Parameter("Separator", OBJECT, default=" "),
        Parameter("ForegroundColor", _CONSOLE_COLOR),
        Parameter("BackgroundColor", _CONSOLE_COLOR),
    )
    help = CmdletHelp(
        synopsis="Writes text to the console (not to the pipeline).",
        description=("Converts the objects to text, separated by -Separator (a space by default), "
                     "and writes it to the host. -NoNewline leaves the cursor on the same line."),
        examples=(
            Example("Write-Host 'Users found:' 3", "Writes: Users found: 3"),
            Example("Write-Host (1,2,3) -Separator ', '", "Writes: 1, 2, 3"),
        ),
        inputs="System.Object",
    )

    def process(self) -> None:
        # Write-Host writes to the information stream (PowerShell 5+), always shown:
        # `6>$null` silences it, `6>&1` turns its text into an InformationRecord.
        value = self.object
        text = host_text(value, to_string(self.separator))
        self.runtime.write_information(text, text, newline=not self.no_newline)


class OutString(Cmdlet):
    name = "Out-String"
    implementing_type = "Microsoft.PowerShell.Commands.OutStringCommand"
    output_type = "System.String"
    parameters = (
        Parameter("InputObject", PSOBJECT, pipeline=BY_VALUE, default=AUTOMATION_NULL),
        Parameter("Width", INT),
        Parameter("Stream", SWITCH, sets=("StreamFormatting",)),
        Parameter("NoNewline", SWITCH, sets=("NoNewLineFormatting",)),
    )
    default_parameter_set = "NoNewLineFormatting"
    help = CmdletHelp(
        synopsis="Renders objects as the console would show them, and outputs the text.",
        description=("Outputs one string with all the formatted text, or with -Stream one string "
                     "per line. -Width sets the line width."),
        examples=(
            Example("Get-CsUser | Out-String", "The user table as one string."),
            Example("Get-CsUser | Format-List | Out-String -Stream", "The list, line by line."),
        ),
        inputs="System.Management.Automation.PSObject",
        outputs="System.String",
    )

    def begin(self) -> None:
        self._objects: list[Any] = []

    def process(self) -> None:
        if self.input_object is not AUTOMATION_NULL:
            self._objects.append(self.input_object)

    def end(self) -> None:
        if not self._objects:
            return
        if self.stream or self.no_newline:
            # The formatter's own lines: -Stream writes each, -NoNewline joins them; a
            # string's embedded newlines stay (Out-String.Tests.ps1).
            lines = render_text(self, self._objects, self.width, lines=True)
            if self.stream:
                for line in lines:
                    self.write_object(line)
            else:
                self.write_object("".join(lines))
            return
        self.write_object(render_text(self, self._objects, self.width))


def render_text(cmdlet: Cmdlet, objects: list[Any], width: int | None, lines: bool = False) -> Any:
    """The shell's formatter ("render" service, or "render_lines" for the list of lines):
    what the console would print, with $FormatEnumerationLimit as the command's scope
    sees it."""
    render = cmdlet.service("render_lines" if lines else "render")
    limit = cmdlet.runtime.get_variable("FormatEnumerationLimit")
    return render(objects, limit=limit) if width is None else render(objects, width, limit=limit)


class OutDefault(Cmdlet):
    name = "Out-Default"
    implementing_type = "Microsoft.PowerShell.Commands.OutDefaultCommand"
    parameters = (
        Parameter("InputObject", PSOBJECT, pipeline=BY_VALUE, default=AUTOMATION_NULL),
        Parameter("Transcript", SWITCH),
    )
    help = CmdletHelp(
        synopsis="Sends objects to the default formatter and the console.",
        examples=(Example("Get-CsUser | Out-Default", "Shows the users as the console would."),),
        inputs="System.Management.Automation.PSObject",
    )

    def begin(self) -> None:
        self._objects: list[Any] = []

    def process(self) -> None:
        if self.input_object is not AUTOMATION_NULL:
            self._objects.append(self.input_object)

    def end(self) -> None:
        # One rendering of everything, so a table gets one header, as at the end
        # of a pipeline.
        if self._objects:
            self.runtime.host.write(render_text(self, self._objects, None))


class OutHost(OutDefault):
    name = "Out-Host"
    implementing_type = "Microsoft.PowerShell.Commands.OutHostCommand"
    parameters = (
        Parameter("InputObject", PSOBJECT, pipeline=BY_VALUE, default=AUTOMATION_NULL),
        Parameter("Paging", SWITCH),
    )
    help = CmdletHelp(
        synopsis="Sends output to the console.",
        examples=(Example("Get-CsUser | Out-Host", "Shows the users on the console."),),
        inputs="System.Management.Automation.PSObject",
    )


class WriteWarning(Cmdlet):
    name = "Write-Warning"
    implementing_type = "Microsoft.PowerShell.Commands.WriteWarningCommand"
    parameters = (Parameter("Message", STRING, position=0, pipeline=BY_VALUE, aliases=("Msg",),
                            default=""),)
    help = CmdletHelp(
        synopsis="Writes a warning message (WARNING: ...).",
        examples=(Example("Write-Warning 'The pool is not reachable.'",
                          "Writes: WARNING: The pool is not reachable."),),
        inputs="System.String",
    )

    def process(self) -> None:
        self.runtime.write_warning(self.message or "")


class WriteVerbose(Cmdlet):
    name = "Write-Verbose"
    implementing_type = "Microsoft.PowerShell.Commands.WriteVerboseCommand"
    parameters = (Parameter("Message", STRING, position=0, pipeline=BY_VALUE, aliases=("Msg",),
                            default=""),)
    help = CmdletHelp(
        synopsis="Writes a verbose message, shown with -Verbose or $VerbosePreference = 'Continue'.",
        examples=(Example("Write-Verbose 'Connecting' -Verbose", "Writes: VERBOSE: Connecting"),),
        inputs="System.String",
    )

    def process(self) -> None:
        self.runtime.write_verbose(self.message or "")


def _preference_shows(cmdlet: Cmdlet, switch: str, variable: str) -> bool:
    """Whether a -Debug / -InformationAction style message is shown: the common
    parameter when given, else the preference variable, is Continue."""
    if switch in cmdlet.bound:
        value = cmdlet.bound[switch]
        if switch == "Debug":
            return bool(getattr(value, "is_present", value))
        return to_string(value).lower() == "continue"
    return to_string(cmdlet.runtime.get_variable(variable)).lower() == "continue"


class WriteDebug(Cmdlet):
    name = "Write-Debug"
    implementing_type = "Microsoft.PowerShell.Commands.WriteDebugCommand"
    parameters = (Parameter("Message", STRING, position=0, mandatory=True, pipeline=BY_VALUE,
                            aliases=("Msg",)),)
    help = CmdletHelp(
        synopsis="Writes a debug message, shown with -Debug or $DebugPreference = 'Continue'.",
        examples=(Example("Write-Debug 'PIN policy read' -Debug", "Writes: DEBUG: PIN policy read"),),
        inputs="System.String",
    )

    def process(self) -> None:
        if _preference_shows(self, "Debug", "DebugPreference"):
            self.runtime.host.write_debug(self.message or "")


class WriteInformation(Cmdlet):
    name = "Write-Information"
    implementing_type = "Microsoft.PowerShell.Commands.WriteInformationCommand"
    parameters = (
        Parameter("MessageData", OBJECT, position=0, mandatory=True, aliases=("Msg", "Message")),
        Parameter("Tags", STRING_ARRAY, position=1),
    )
    help = CmdletHelp(
        synopsis="Writes a message to the information stream (stream 6).",
        description=("The message is shown when $InformationPreference or -InformationAction is "
                     "Continue; it is in the stream either way, so `6>&1` or -InformationVariable "
                     "can keep it."),
        examples=(
            Example("Write-Information 'Seeded 200 users' -InformationAction Continue",
                    "Writes: Seeded 200 users"),
            Example("$info = Write-Information 'done' 6>&1", "Keeps the InformationRecord in $info."),
        ),
        inputs="System.Object",
    )

    def process(self) -> None:
        data = self.message_data
        self.runtime.write_information(
            data, to_string(data),
            show=_preference_shows(self, "InformationAction", "InformationPreference"))


class WriteError(Cmdlet):
    name = "Write-Error"
    # No implementing type: PowerShell's id is plain "Microsoft.PowerShell.Commands.WriteErrorException".
    default_parameter_set = "NoException"
    parameters = (
        Parameter("Exception", OBJECT, mandatory=True, sets=("WithException",)),
        Parameter("Message", STRING, position=0, pipeline=BY_VALUE, aliases=("Msg",),
                  mandatory=True, sets=("NoException",)),
        Parameter("ErrorRecord", OBJECT, mandatory=True, sets=("ErrorRecord",)),
        Parameter("Category", enum_type("System.Management.Automation.ErrorCategory",
                                        ERROR_CATEGORIES), sets=("NoException", "WithException")),
        Parameter("ErrorId", STRING, sets=("NoException", "WithException")),
        Parameter("TargetObject", OBJECT, sets=("NoException", "WithException")),
        Parameter("RecommendedAction", STRING),
        Parameter("CategoryActivity", STRING, aliases=("Activity",)),
        Parameter("CategoryReason", STRING, aliases=("Reason",)),
        Parameter("CategoryTargetName", STRING, aliases=("TargetName",)),
        Parameter("CategoryTargetType", STRING, aliases=("TargetType",)),
    )
    help = CmdletHelp(
        synopsis="Writes a non-terminating error to the error stream.",
        description=("The pipeline goes on after the error. Use -ErrorAction Stop to make it "
                     "terminate, or -Category, -ErrorId and -TargetObject to describe it."),
        examples=(
            Example("Write-Error 'User not found'", "Writes an error record with that message."),
            Example("Write-Error -Message 'Bad PIN' -Category InvalidArgument -ErrorId BadPin",
                    "An error with its own category and id."),
        ),
        inputs="System.String",
    )

    def process(self) -> None:
        if isinstance(self.error_record, ErrorRecord):
            self.write_error(self.error_record)
            return
        message = self.message
        exception_type = "Microsoft.PowerShell.Commands.WriteErrorException"
        if self.exception is not None:
            message = message or getattr(self.exception, "message", None) or to_string(self.exception)
            exception_type = getattr(self.exception, "exception_type", None) or \
                "System.Exception"
        record = ErrorRecord(
            message=message or "",
            error_id=self.error_id or "Microsoft.PowerShell.Commands.WriteErrorException",
            category=self.category or NOT_SPECIFIED,
            target=self.target_object,
            exception_type=exception_type,
            activity=self.category_activity or self.name,
            target_name=self.category_target_name,
            target_type=self.category_target_type,
        )
        caller = self.runtime.get_variable(CALLER_INVOCATION_VARIABLE)
        if caller is not None:
            # Inside a function the error is the function's, reported where it was called
            # (PowerShell's Write-Error takes $MyInvocation as the record's invocation).
            function_name, invocation = caller
            record = replace(record, invocation=replace(invocation, command_name=function_name),
                             fully_qualified_suffix=function_name)
        self.write_error(record)


class TeeObject(Cmdlet):
    name = "Tee-Object"
    implementing_type = "Microsoft.PowerShell.Commands.TeeObjectCommand"
    default_parameter_set = "File"
    output_type = "System.Management.Automation.PSObject"
    parameters = (
        Parameter("InputObject", PSOBJECT, pipeline=BY_VALUE, default=AUTOMATION_NULL),
        Parameter("FilePath", STRING, position=0, mandatory=True, aliases=("Path",), sets=("File",)),
        Parameter("LiteralPath", STRING, mandatory=True, aliases=("PSPath", "LP"),
                  sets=("LiteralFile",)),
        Parameter("Append", SWITCH, sets=("File",)),
        Parameter("Variable", STRING, mandatory=True, sets=("Variable",)),
    )
    help = CmdletHelp(
        synopsis="Passes objects on and also saves them in a variable.",
        examples=(
            Example("Get-CsUser | Tee-Object -Variable users | Measure-Object",
                    "Counts the users and keeps them in $users."),
        ),
        inputs="System.Management.Automation.PSObject",
        outputs="System.Management.Automation.PSObject",
    )

    def begin(self) -> None:
        if self.parameter_set != "Variable":
            raise terminating(self, "Tee-Object can only save to a variable in lyncshell "
                                    "(use -Variable).", "TeeFileNotSupported", NOT_IMPLEMENTED,
                              exception_type="System.NotSupportedException")
        self._values: list[Any] = []

    def process(self) -> None:
        obj = self.input_object
        if obj is AUTOMATION_NULL:
            return
        self._values.append(obj)
        self.write_object(obj)

    def end(self) -> None:
        name = self.variable or ""
        values = self._values
        set_variable(self, name, values[0] if len(values) == 1 else
                     (None if not values else list(values)))


