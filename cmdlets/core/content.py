"""Get-Content, Set-Content, Add-Content and Out-File on the real file system."""
from __future__ import annotations

import os
import re
from typing import Any

from ..base import Cmdlet
from ..lang.convert import to_string
from ..lang.values import AUTOMATION_NULL
from ..metadata import (BY_PROPERTY_NAME, BY_VALUE, CmdletHelp, Example, INT, OBJECT_ARRAY,
                        PSOBJECT, ParamType, Parameter, STRING, STRING_ARRAY, SWITCH)
from ..lang.convert import to_int
from .common import check_range, has_wildcard
from .files import (ENCODING, NEWLINE, already_exists, existing_files, full_path, io_error,
                    path_not_found, read_text, resolve_existing, write_or_fail, write_text)

_LINE_BREAK = re.compile(r"\r\n|\r|\n")
LONG = ParamType("System.Int64", to_int, lambda v: isinstance(v, int) and not isinstance(v, bool))

_PATH_SET = "Path"
_LITERAL_SET = "LiteralPath"


def split_lines(text: str) -> list[str]:
    """Lines as StreamReader.ReadLine gives them: CR, LF or CRLF end a line, and a
    final line break does not start another (empty) line."""
    if not text:
        return []
    lines = _LINE_BREAK.split(text)
    if lines and lines[-1] == "":
        lines.pop()
    return lines


def _path_parameters(what: str, pipeline: bool = True) -> tuple[Parameter, ...]:
    flags = BY_PROPERTY_NAME if pipeline else 0
    return (
        Parameter("Path", STRING_ARRAY, position=0, mandatory=True, pipeline=flags,
                  sets=(_PATH_SET,), help=f"The {what}; wildcards are allowed. Relative paths "
                                          "start from the current directory."),
        Parameter("LiteralPath", STRING_ARRAY, mandatory=True, pipeline=flags,
                  sets=(_LITERAL_SET,), aliases=("PSPath", "LP"),
                  help=f"The {what}, taken as typed (no wildcards)."),
    )


class GetContent(Cmdlet):
    name = "Get-Content"
    implementing_type = "Microsoft.PowerShell.Commands.GetContentCommand"
    default_parameter_set = _PATH_SET
    output_type = "System.String"
    parameters = _path_parameters("files to read") + (
        Parameter("TotalCount", LONG, aliases=("First", "Head"), default=-1,
                  help="Reads only this many lines from the start."),
        Parameter("Tail", INT, aliases=("Last",), default=-1,
                  help="Reads only this many lines from the end."),
        Parameter("ReadCount", LONG, default=1,
                  help="Lines sent down the pipeline at a time; 0 sends all lines as one array."),
        Parameter("Raw", SWITCH, help="Outputs the whole file as one string, line breaks kept."),
        Parameter("Encoding", ENCODING, help="The file's encoding when it has no byte-order "
                                             "mark (default UTF-8)."),
    )
    help = CmdletHelp(
        synopsis="Gets the lines of text files.",
        description=("Outputs each line of each file as a string, or with -Raw the whole text "
                     "as one string. A path that does not exist is a non-terminating error."),
        examples=(Example("Get-Content users.txt", "Outputs the lines of users.txt."),
                  Example("Get-Content log.txt -Tail 5", "Outputs the last five lines."),
                  Example("$text = Get-Content settings.json -Raw",
                          "Reads the whole file as one string.")),
        inputs="System.String", outputs="System.String")

    def process(self) -> None:
        literal = self.parameter_set == _LITERAL_SET
        for file in existing_files(self, self.literal_path if literal else self.path, literal):
            self._read(file)

    def _read(self, file: str) -> None:
        if os.path.isdir(file):
            self.write_error(self.error(
                f"Unable to get content because it is a directory: '{file}'. Please use "
                "'Get-ChildItem' instead.", "GetContentReaderUnauthorizedAccessError",
                "PermissionDenied", file, "System.UnauthorizedAccessException"))
            return
        text = read_text(self, file, self.encoding, "GetContentReaderIOError")
        if text is None:
            return
        if self.raw:
            if text:
                self.write_object(text)
            return
        lines = split_lines(text)
        if self.total_count is not None and self.total_count >= 0:
            lines = lines[:self.total_count]
        if self.tail is not None and self.tail >= 0:
            lines = lines[len(lines) - self.tail:] if self.tail else []
        count = self.read_count if self.read_count is not None else 1
        if count <= 0:
            if lines:
                self.write_object(lines)
        elif count == 1:
            for line in lines:
                self.write_object(line)
        else:
            for start in range(0, len(lines), count):
                self.write_object(lines[start:start + count])


class _WriteContent(Cmdlet):
    """Set-Content and Add-Content: one line per value, then the pipeline's values."""

    append = False
    action = "Set Content"
    default_parameter_set = _PATH_SET
    supports_should_process = True
    parameters = _path_parameters("files to write", pipeline=True) + (
        Parameter("Value", OBJECT_ARRAY, position=1, mandatory=True,
                  pipeline=BY_VALUE | BY_PROPERTY_NAME, allow_null=True,
                  help="The content: each value becomes a line."),
        Parameter("PassThru", SWITCH, help="Outputs the values written."),
        Parameter("Force", SWITCH, help="Writes even to a read-only file."),
        Parameter("NoNewline", SWITCH, help="Writes the values one after another, with no line "
                                            "breaks between or after them."),
        Parameter("Encoding", ENCODING, help="utf8NoBOM (default), utf8BOM, ascii, unicode, "
                                             "utf32, bigendianunicode, latin1..."),
    )

    def begin(self) -> None:
        self._values: list[Any] = []

    def process(self) -> None:
        for value in self.value or ((None,) if self.value is None else ()):
            if value is AUTOMATION_NULL:
                continue
            self._values.append(value)

    def end(self) -> None:
        literal = self.parameter_set == _LITERAL_SET
        texts = [to_string(v) for v in self._values]
        text = "".join(texts) if self.no_newline else "".join(t + NEWLINE for t in texts)
        for path in (self.literal_path if literal else self.path) or ():
            targets = resolve_existing(path, literal) if not literal and has_wildcard(path) else \
                [full_path(path)]
            if not targets:
                self.write_error(path_not_found(self, path))
                continue
            for target in targets:
                if not self.should_process(f"Path: {target}", self.action):
                    continue
                if os.path.isdir(target):
                    self.write_error(self.error(
                        f"Access to the path '{target}' is denied.", "GetContentWriterUnauthorizedAccessError",
                        "PermissionDenied", target, "System.UnauthorizedAccessException"))
                    continue
                try:
                    if self.force and os.path.exists(target):
                        os.chmod(target, os.stat(target).st_mode | 0o200)
                    write_text(target, text, self.encoding, self.append)
                except OSError as exc:
                    self.write_error(io_error(self, exc, target,
                                              "GetContentWriterDirectoryNotFoundError"
                                              if isinstance(exc, FileNotFoundError)
                                              else "GetContentWriterIOError"))
                    continue
        if self.pass_thru:
            for value in self._values:
                self.write_object(value)


class SetContent(_WriteContent):
    name = "Set-Content"
    implementing_type = "Microsoft.PowerShell.Commands.SetContentCommand"
    help = CmdletHelp(
        synopsis="Writes values to files as lines of text, replacing what they held.",
        description=("Each value is converted to a string and written on a line of its own "
                     "(UTF-8 without a byte-order mark, LF line ends). The file is created when "
                     "it does not exist."),
        examples=(Example("Set-Content -Path notes.txt -Value 'first', 'second'",
                          "notes.txt holds two lines."),
                  Example("Get-CsUser | ForEach-Object SipAddress | Set-Content sips.txt",
                          "Writes one SIP address per line.")),
        inputs="System.Object", outputs="None, or the values with -PassThru")


class AddContent(_WriteContent):
    name = "Add-Content"
    implementing_type = "Microsoft.PowerShell.Commands.AddContentCommand"
    append = True
    action = "Add Content"
    help = CmdletHelp(
        synopsis="Appends values to files as lines of text.",
        description="Like Set-Content, but what the file held stays; the file is created when "
                    "it does not exist.",
        examples=(Example("Add-Content -Path log.txt -Value 'done'", "Appends a line."),),
        inputs="System.Object", outputs="None, or the values with -PassThru")


class OutFile(Cmdlet):
    name = "Out-File"
    implementing_type = "Microsoft.PowerShell.Commands.OutFileCommand"
    default_parameter_set = "ByPath"
    supports_should_process = True
    parameters = (
        Parameter("FilePath", STRING, position=0, mandatory=True, sets=("ByPath",),
                  aliases=("Path",), help="The file to write."),
        Parameter("LiteralPath", STRING, mandatory=True, sets=("ByLiteralPath",),
                  aliases=("PSPath", "LP"), help="The file to write, taken as typed."),
        Parameter("Encoding", ENCODING, position=1, help="utf8NoBOM (default), utf8BOM, ascii, "
                                                         "unicode, utf32..."),
        Parameter("Append", SWITCH, help="Adds to the end of the file instead of replacing it."),
        Parameter("Force", SWITCH, help="Overwrites a read-only file."),
        Parameter("NoClobber", SWITCH, aliases=("NoOverwrite",),
                  help="Fails instead of replacing an existing file."),
        Parameter("Width", INT, help="The line width of the formatted text (default: the "
                                     "console's)."),
        Parameter("NoNewline", SWITCH, help="Writes the text with no line breaks."),
        Parameter("InputObject", PSOBJECT, pipeline=BY_VALUE, default=AUTOMATION_NULL,
                  help="The objects to write."),
    )
    help = CmdletHelp(
        synopsis="Writes objects to a file as the console would show them.",
        description=("The objects are formatted as Out-Default would print them (tables, lists, "
                     "strings) and written as UTF-8 without a byte-order mark, with LF line "
                     "ends. `> file` and `>> file` do the same."),
        examples=(Example("Get-CsUser | Out-File users.txt", "Saves the users table."),
                  Example("'done' | Out-File log.txt -Append", "Appends a line.")),
        inputs="System.Management.Automation.PSObject", outputs="None")

    def begin(self) -> None:
        if self.width is not None:
            check_range(self, "Width", self.width, 2)
        self._objects: list[Any] = []
        path = self.file_path if self.parameter_set == "ByPath" else self.literal_path
        self._target = full_path(path or "")
        if self.no_clobber and not self.append and os.path.exists(self._target):
            raise already_exists(self, self._target)
        self._allowed = self.should_process(self._target, "Output to File")
        if self._allowed and not self.append:
            # pwsh opens (and so empties) the file before any object arrives.
            write_or_fail(self, self._target, "", self.encoding, False)

    def process(self) -> None:
        if self.input_object is not AUTOMATION_NULL:
            self._objects.append(self.input_object)

    def end(self) -> None:
        if not self._allowed or not self._objects:
            return
        render = self.service("render")
        text = render(self._objects, self.width) if self.width else render(self._objects)
        if self.no_newline:
            text = text.replace("\n", "")
        write_or_fail(self, self._target, text, self.encoding, True)


CONTENT_CMDLETS: tuple[type[Cmdlet], ...] = (GetContent, SetContent, AddContent, OutFile)
