"""ConvertTo-Csv, ConvertFrom-Csv, Export-Csv and Import-Csv as PowerShell 7
writes and reads CSV: a header from the first object's properties, every field
quoted by default (-UseQuotes), no #TYPE line unless -IncludeTypeInformation."""
from __future__ import annotations

import os
from collections.abc import Iterator
from typing import Any

from ..base import Cmdlet
from ..errors import PSRuntimeError
from ..lang.convert import ConversionError, to_string
from ..lang.values import AUTOMATION_NULL, PSCustomObject, get_member, property_names
from ..metadata import (BY_PROPERTY_NAME, BY_VALUE, CmdletHelp, Example, PSOBJECT, ParamType,
                        Parameter, STRING, STRING_ARRAY, SWITCH, enum_type)
from .common import dotnet_type_name
from .files import (ENCODING, NEWLINE, already_exists, decode, existing_files, full_path,
                    read_text, write_or_fail)


def _to_char(value: Any) -> str:
    text = to_string(value)
    if len(text) != 1:
        raise ConversionError(f'Cannot convert value "{text}" to type "System.Char". Error: '
                              '"String must be exactly one character long."')
    return text


CHAR = ParamType("System.Char", _to_char, lambda v: isinstance(v, str) and len(v) == 1)
QUOTE_KIND = enum_type("Microsoft.PowerShell.Commands.BaseCsvWritingCommand+QuoteKind",
                       ("Never", "Always", "AsNeeded"))


# --------------------------------------------------------------- writing

class CsvWriter:
    """Lines of CSV for a stream of objects; the first object fixes the columns."""

    def __init__(self, delimiter: str, quotes: str, quote_fields: tuple[str, ...] | None,
                 type_information: bool, no_header: bool = False) -> None:
        self.delimiter = delimiter
        self.quotes = quotes
        self.quote_fields = {f.lower() for f in quote_fields} if quote_fields else None
        self.type_information = type_information
        self.no_header = no_header
        self.columns: list[str] | None = None

    def _field(self, text: str | None, column: str) -> str:
        if text is None:
            return ""
        quote = self.quotes == "Always"
        if self.quote_fields is not None:
            quote = column.lower() in self.quote_fields
        elif self.quotes == "AsNeeded":
            quote = any(c in text for c in (self.delimiter, '"', "\n", "\r"))
        return '"' + text.replace('"', '""') + '"' if quote else text

    def lines(self, obj: Any) -> list[str]:
        out: list[str] = []
        if self.columns is None:
            self.columns = _column_names(obj)
            if self.type_information:
                out.append("#TYPE " + _type_line(obj))
            if not self.no_header:
                out.append(self.delimiter.join(self._field(c, c) for c in self.columns))
        values = []
        for column in self.columns:
            value = _property_value(obj, column)
            values.append(self._field(None if value is None else to_string(value), column))
        out.append(self.delimiter.join(values))
        return out


def _column_names(obj: Any) -> list[str]:
    if isinstance(obj, PSCustomObject):
        return obj.property_names()
    return property_names(obj)


def _property_value(obj: Any, name: str) -> Any:
    if isinstance(obj, PSCustomObject) and not obj.has(name):
        return None
    value = get_member(obj, name)
    return None if value is AUTOMATION_NULL else value


def _type_line(obj: Any) -> str:
    if isinstance(obj, PSCustomObject):
        return obj.type_names[0]
    return dotnet_type_name(obj)


_DELIMITER_PARAMETERS = (
    Parameter("Delimiter", CHAR, position=1, sets=("Delimiter",),
              help="The character between fields (default a comma)."),
    Parameter("UseCulture", SWITCH, sets=("UseCulture",),
              help="Uses the culture's list separator (a comma for en-US)."),
)


def _writer_parameters(with_input_position: bool) -> tuple[Parameter, ...]:
    return (
        Parameter("InputObject", PSOBJECT, mandatory=True, pipeline=BY_VALUE,
                  position=0 if with_input_position else None,
                  help="The objects to write as CSV rows."),
        *_DELIMITER_PARAMETERS,
        Parameter("IncludeTypeInformation", SWITCH, aliases=("ITI",),
                  help="Writes a #TYPE line with the type of the first object."),
        Parameter("NoTypeInformation", SWITCH, aliases=("NTI",),
                  help="Writes no #TYPE line (the default; kept for older scripts)."),
        Parameter("QuoteFields", STRING_ARRAY, aliases=("QF",),
                  help="Quotes only these columns."),
        Parameter("UseQuotes", QUOTE_KIND, aliases=("UQ",),
                  help="Always (default), AsNeeded or Never."),
        Parameter("NoHeader", SWITCH, help="Leaves out the header line."),
    )


class _CsvWriting(Cmdlet):
    default_parameter_set = "Delimiter"

    def _make_writer(self) -> CsvWriter:
        return CsvWriter(self.delimiter or ",", self.use_quotes or "Always", self.quote_fields,
                         bool(self.include_type_information), bool(self.no_header))

    def _input_lines(self) -> list[str]:
        """The CSV lines of the piped object (none for $null)."""
        if self.input_object is None or self.input_object is AUTOMATION_NULL:
            return []
        return self._writer.lines(self.input_object)


class ConvertToCsv(_CsvWriting):
    name = "ConvertTo-Csv"
    implementing_type = "Microsoft.PowerShell.Commands.ConvertToCsvCommand"
    output_type = "System.String"
    parameters = _writer_parameters(True)
    help = CmdletHelp(
        synopsis="Converts objects to lines of comma-separated values.",
        description=("The first object's property names make the header; each object becomes "
                     "a line with its values of those properties, every field quoted unless "
                     "-UseQuotes says otherwise."),
        examples=(Example("Get-CsUser | Select-Object DisplayName, SipAddress | ConvertTo-Csv",
                          "Outputs a header line and one line per user."),),
        inputs="System.Management.Automation.PSObject", outputs="System.String")

    def begin(self) -> None:
        self._writer = self._make_writer()

    def process(self) -> None:
        for line in self._input_lines():
            self.write_object(line)


class ExportCsv(_CsvWriting):
    name = "Export-Csv"
    implementing_type = "Microsoft.PowerShell.Commands.ExportCsvCommand"
    supports_should_process = True
    parameters = (
        Parameter("Path", STRING, position=0, help="The CSV file to write."),
        Parameter("LiteralPath", STRING, aliases=("PSPath", "LP"),
                  help="The CSV file, taken as typed."),
        Parameter("Force", SWITCH, help="Overwrites a read-only file; with -Append, writes "
                                        "objects whose properties differ from the file's."),
        Parameter("NoClobber", SWITCH, aliases=("NoOverwrite",),
                  help="Fails instead of replacing an existing file."),
        Parameter("Encoding", ENCODING, help="utf8NoBOM (default), utf8BOM, ascii, unicode..."),
        Parameter("Append", SWITCH, help="Adds rows to the end of the file (no new header)."),
    ) + _writer_parameters(False)
    help = CmdletHelp(
        synopsis="Saves objects to a CSV file.",
        description="Writes what ConvertTo-Csv would output to a file (UTF-8 without a BOM).",
        examples=(Example("Get-CsUser | Export-Csv users.csv", "Saves every user."),),
        inputs="System.Management.Automation.PSObject", outputs="None")

    def begin(self) -> None:
        path = self.literal_path or self.path
        if not path:
            raise PSRuntimeError(self.error(
                "Cannot perform operation because the path resolved to more than one file. This "
                "command cannot operate on multiple files.", "CannotSpecifyPathAndLiteralPath",
                "InvalidData", exception_type="System.Management.Automation.PSArgumentException"))
        self._target = full_path(path)
        self._writer = self._make_writer()
        exists = os.path.exists(self._target) and os.path.getsize(self._target) > 0
        if self.no_clobber and exists and not self.append:
            raise already_exists(self, self._target)
        if self.append and exists:
            # Appending continues the file's columns and never repeats its header.
            with open(self._target, "rb") as handle:
                header = _first_record(decode(handle.read(), self.encoding))
            if header is not None:
                self._writer.columns = _split_record(header, self.delimiter or ",")
        self._lines: list[str] = []
        self._allowed = self.should_process(self._target, "Export-Csv")

    def process(self) -> None:
        self._lines.extend(self._input_lines())

    def end(self) -> None:
        if not self._allowed:
            return
        write_or_fail(self, self._target, "".join(line + NEWLINE for line in self._lines),
                      self.encoding, bool(self.append))


def _first_record(text: str) -> str | None:
    for line in text.splitlines():
        if line.strip() and not line.startswith("#"):
            return line
    return None


# --------------------------------------------------------------- reading

def _split_record(line: str, delimiter: str) -> list[str]:
    """Fields of one CSV record; quotes group, `""` inside quotes is a quote."""
    fields, current, quoted, i = [], [], False, 0
    while i < len(line):
        ch = line[i]
        if quoted:
            if ch == '"':
                if i + 1 < len(line) and line[i + 1] == '"':
                    current.append('"')
                    i += 1
                else:
                    quoted = False
            else:
                current.append(ch)
        elif ch == '"':
            quoted = True
        elif ch == delimiter:
            fields.append("".join(current))
            current = []
        else:
            current.append(ch)
        i += 1
    fields.append("".join(current))
    return fields


def _records(text: str) -> list[str]:
    """Join the text's lines into records: a quoted field may hold line breaks."""
    records: list[str] = []
    pending: str | None = None
    for line in text.replace("\r\n", "\n").split("\n"):
        text = line if pending is None else pending + "\n" + line
        if text.count('"') % 2:
            pending = text
            continue
        pending = None
        records.append(text)
    if pending is not None:
        records.append(pending)
    return records


class CsvReader:
    """Objects from CSV records; the first record (or -Header) names the properties."""

    def __init__(self, delimiter: str, header: tuple[str, ...] | None) -> None:
        self.delimiter = delimiter
        self.header: list[str] | None = list(header) if header else None
        self.type_name: str | None = None

    def read(self, record: str) -> PSCustomObject | None:
        if self.header is None and self.type_name is None and record.startswith("#TYPE "):
            self.type_name = record[6:].strip()
            return None
        if not record.strip():
            return None
        fields = _split_record(record, self.delimiter)
        if self.header is None:
            self.header = [name if name else f"H{i + 1}" for i, name in enumerate(fields)]
            return None
        values: list[tuple[str, Any]] = []
        for index, name in enumerate(self.header):
            values.append((name, fields[index] if index < len(fields) else None))
        type_names = ("System.Management.Automation.PSCustomObject", "System.Object")
        if self.type_name:
            type_names = ("CSV:" + self.type_name,) + type_names
        return PSCustomObject(values, type_names=type_names)

    def objects(self, records: list[str]) -> Iterator[PSCustomObject]:
        """The objects of the records (the header and #TYPE line make none)."""
        for record in records:
            obj = self.read(record)
            if obj is not None:
                yield obj


class _CsvReading(Cmdlet):
    default_parameter_set = "Delimiter"
    output_type = "System.Management.Automation.PSObject"

    def _make_reader(self) -> CsvReader:
        return CsvReader(self.delimiter or ",", self.header)


class ConvertFromCsv(_CsvReading):
    name = "ConvertFrom-Csv"
    implementing_type = "Microsoft.PowerShell.Commands.ConvertFromCsvCommand"
    parameters = (
        Parameter("InputObject", PSOBJECT, position=0, mandatory=True,
                  pipeline=BY_VALUE | BY_PROPERTY_NAME, help="Lines of CSV text."),
        *_DELIMITER_PARAMETERS,
        Parameter("Header", STRING_ARRAY,
                  help="Property names to use; the first line is then data, not a header."),
    )
    help = CmdletHelp(
        synopsis="Converts lines of comma-separated values to objects.",
        description=("The first line names the properties (unless -Header does); each further "
                     "line becomes a [pscustomobject] whose values are strings."),
        examples=(Example("'Name,Id', 'Ken,1' | ConvertFrom-Csv",
                          "Outputs one object with Name 'Ken' and Id '1'."),),
        inputs="System.String", outputs="System.Management.Automation.PSObject")

    def begin(self) -> None:
        self._reader = self._make_reader()
        self._pending: str | None = None

    def process(self) -> None:
        text = to_string(self.input_object)
        if self._pending is not None:
            text = self._pending + "\n" + text
            self._pending = None
        records = _records(text)
        if records and records[-1].count('"') % 2:
            self._pending = records.pop()
        for obj in self._reader.objects(records):
            self.write_object(obj)

    def end(self) -> None:
        if self._pending is not None:
            for obj in self._reader.objects([self._pending]):
                self.write_object(obj)


class ImportCsv(_CsvReading):
    name = "Import-Csv"
    implementing_type = "Microsoft.PowerShell.Commands.ImportCsvCommand"
    parameters = (
        Parameter("Path", STRING_ARRAY, position=0, pipeline=BY_VALUE,
                  help="The CSV files to read."),
        Parameter("LiteralPath", STRING_ARRAY, pipeline=BY_PROPERTY_NAME,
                  aliases=("PSPath", "LP"), help="The CSV files, taken as typed."),
        *_DELIMITER_PARAMETERS,
        Parameter("Header", STRING_ARRAY, help="Property names to use instead of the first "
                                               "line."),
        Parameter("Encoding", ENCODING, help="The file's encoding when it has no byte-order "
                                             "mark."),
    )
    help = CmdletHelp(
        synopsis="Reads a CSV file into objects.",
        description="Each line after the header becomes a [pscustomobject] of strings.",
        examples=(Example("Import-Csv users.csv | ForEach-Object SipAddress",
                          "Outputs the SipAddress column."),),
        inputs="System.String", outputs="System.Management.Automation.PSObject")

    def process(self) -> None:
        literal = self.literal_path is not None
        for file in existing_files(self, self.literal_path if literal else self.path, literal):
            text = read_text(self, file, self.encoding, "ReadError")
            if text is None:
                continue
            for obj in self._make_reader().objects(_records(text)):
                self.write_object(obj)


CSV_CMDLETS: tuple[type[Cmdlet], ...] = (ConvertToCsv, ConvertFromCsv, ExportCsv, ImportCsv)
