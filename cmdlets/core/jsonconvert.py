"""ConvertTo-Json and ConvertFrom-Json, as PowerShell 7 (Newtonsoft.Json) writes
and reads JSON: two-space indentation, `"name": value`, -Depth 2 by default with
deeper objects written as their string form (and one warning)."""
from __future__ import annotations

import json
import math
import re
from datetime import datetime, timedelta
from decimal import Decimal
from typing import Any

from ..base import Cmdlet
from ..errors import PSRuntimeError
from ..lang.convert import format_double, to_string
from ..lang.numbers import INT64_MAX, INT64_MIN, make_integer
from ..lang.values import (AUTOMATION_NULL, Hashtable, PSCustomObject, ScriptBlockValue,
                           SwitchValue, get_member, property_names, view_of)
from ..metadata import (BY_VALUE, CmdletHelp, Example, INT, OBJECT, Parameter, STRING, SWITCH,
                        enum_type)
from .common import check_range, validation_error

_PRIMITIVE_SCALARS = (str, bool, int, float, Decimal)


# --------------------------------------------------------------- writing

_ESCAPES = {'"': '\\"', "\\": "\\\\", "\n": "\\n", "\r": "\\r", "\t": "\\t", "\b": "\\b",
            "\f": "\\f"}
_NEEDS_ESCAPE = re.compile(r'["\\\x00-\x1f\x85\u2028\u2029]')
_HTML = re.compile(r"[<>'&]")


def json_string(text: str, escape_html: bool = False, escape_non_ascii: bool = False) -> str:
    """A JSON string literal as Newtonsoft writes it (StringEscapeHandling.Default
    unless -EscapeHandling says otherwise)."""
    def escape(match: re.Match[str]) -> str:
        ch = match.group(0)
        return _ESCAPES.get(ch) or f"\\u{ord(ch):04x}"
    body = _NEEDS_ESCAPE.sub(escape, text)
    if escape_html:
        body = _HTML.sub(lambda m: f"\\u{ord(m.group(0)):04x}", body)
    if escape_non_ascii:
        body = "".join(c if ord(c) < 128 else "".join(
            f"\\u{u:04x}" for u in _utf16_units(c)) for c in body)
    return '"' + body + '"'


def _utf16_units(ch: str) -> list[int]:
    data = ch.encode("utf-16-le", "surrogatepass")
    return [int.from_bytes(data[i:i + 2], "little") for i in range(0, len(data), 2)]


def _double(value: float) -> str:
    if math.isnan(value):
        return '"NaN"'
    if math.isinf(value):
        return '"Infinity"' if value > 0 else '"-Infinity"'
    text = format_double(value)
    # Newtonsoft keeps a double recognisable: 1.0 stays "1.0", 1E+20 keeps its exponent.
    return text if any(c in text for c in ".Ee") else text + ".0"


def _datetime(value: datetime) -> str:
    text = value.strftime("%Y-%m-%dT%H:%M:%S")
    if value.microsecond:
        text += ("." + f"{value.microsecond:06d}0").rstrip("0")
    if value.tzinfo is not None:
        offset = value.utcoffset() or timedelta(0)
        if offset == timedelta(0) and value.tzname() == "UTC":
            return text + "Z"
        minutes = int(offset.total_seconds() // 60)
        sign = "+" if minutes >= 0 else "-"
        text += f"{sign}{abs(minutes) // 60:02d}:{abs(minutes) % 60:02d}"
    return text


class JsonWriter:
    """Turns a value into JSON text; remembers whether -Depth cut anything off."""

    def __init__(self, depth: int, compress: bool, enums_as_strings: bool = False,
                 escape: str = "Default") -> None:
        self.max_depth = depth
        self.compress = compress
        self.truncated = False
        self.escape_html = escape == "EscapeHtml"
        self.escape_non_ascii = escape == "EscapeNonAscii"

    def write(self, value: Any) -> str:
        return self._value(value, 0, 0)

    def _string(self, text: str) -> str:
        return json_string(text, self.escape_html, self.escape_non_ascii)

    def _scalar(self, value: Any) -> str | None:
        """JSON for values written the same at any depth, else None."""
        if value is None or value is AUTOMATION_NULL:
            return "null"
        if isinstance(value, bool):
            return "true" if value else "false"
        if isinstance(value, str):
            return self._string(value)
        if isinstance(value, int):
            return str(int(value))
        if isinstance(value, float):
            return _double(value)
        if isinstance(value, Decimal):
            return str(value)
        if isinstance(value, datetime):
            return self._string(_datetime(value))
        view = view_of(value)
        if view is not None and view.type_names[0] in ("System.Guid", "System.Version",
                                                      "System.Management.Automation."
                                                      "SemanticVersion"):
            return self._string(to_string(value))
        return None

    def _value(self, value: Any, depth: int, indent: int) -> str:
        scalar = self._scalar(value)
        if scalar is not None:
            return scalar
        if isinstance(value, SwitchValue):
            value = PSCustomObject([("IsPresent", value.is_present)])
        if depth > self.max_depth:
            self.truncated = True
            return self._string(to_string(value))
        if isinstance(value, Hashtable):
            return self._object([(to_string(k), v) for k, v in value.items()], depth, indent)
        if isinstance(value, (list, tuple)):
            return self._array(list(value), depth, indent)
        if isinstance(value, ScriptBlockValue):
            return self._string(value.text)
        if isinstance(value, PSCustomObject):
            return self._object(value.items(), depth, indent)
        names = property_names(value)
        if not names:
            return self._string(to_string(value))
        return self._object([(n, get_member(value, n)) for n in names], depth, indent)

    def _object(self, entries: list[tuple[str, Any]], depth: int, indent: int) -> str:
        if not entries:
            return "{}"
        parts = [(self._string(name), self._value(v, depth + 1, indent + 2)) for name, v in entries]
        if self.compress:
            return "{" + ",".join(f"{k}:{v}" for k, v in parts) + "}"
        pad = " " * (indent + 2)
        body = ",\n".join(f"{pad}{k}: {v}" for k, v in parts)
        return "{\n" + body + "\n" + " " * indent + "}"

    def _array(self, items: list[Any], depth: int, indent: int) -> str:
        if not items:
            return "[]"
        parts = [self._value(v, depth + 1, indent + 2) for v in items]
        if self.compress:
            return "[" + ",".join(parts) + "]"
        pad = " " * (indent + 2)
        return "[\n" + ",\n".join(pad + p for p in parts) + "\n" + " " * indent + "]"


ESCAPE_HANDLING = enum_type("Newtonsoft.Json.StringEscapeHandling",
                            ("Default", "EscapeNonAscii", "EscapeHtml"))


class ConvertToJson(Cmdlet):
    name = "ConvertTo-Json"
    implementing_type = "Microsoft.PowerShell.Commands.ConvertToJsonCommand"
    output_type = "System.String"
    parameters = (
        Parameter("InputObject", OBJECT, position=0, mandatory=True, pipeline=BY_VALUE,
                  allow_null=True, default=AUTOMATION_NULL, help="The objects to convert."),
        Parameter("Depth", INT, default=2, help="How many levels of contained objects are "
                                                "written (0-100, default 2); deeper ones become "
                                                "their string form."),
        Parameter("Compress", SWITCH, help="Leaves out the whitespace and line breaks."),
        Parameter("EnumsAsStrings", SWITCH, help="Writes enumeration values by name."),
        Parameter("AsArray", SWITCH, help="Writes a JSON array even for a single object."),
        Parameter("EscapeHandling", ESCAPE_HANDLING,
                  help="Default, EscapeNonAscii or EscapeHtml."),
    )
    help = CmdletHelp(
        synopsis="Converts objects to a JSON string.",
        description=("Properties become JSON members, arrays JSON arrays. Objects piped in are "
                     "collected: several become one JSON array. Objects deeper than -Depth are "
                     "written as their string form, with a warning."),
        examples=(Example("[pscustomobject]@{ Name = 'Ken'; Id = 1 } | ConvertTo-Json",
                          "Writes an object with two members."),
                  Example("Get-CsUser | Select-Object SipAddress | ConvertTo-Json -Compress",
                          "Writes a one-line JSON array.")),
        inputs="System.Object", outputs="System.String")

    def begin(self) -> None:
        check_range(self, "Depth", self.depth, 0)
        if self.depth is not None and self.depth > 100:
            raise validation_error(self, (
                f"Cannot validate argument on parameter 'Depth'. The {self.depth} argument is "
                "greater than the maximum allowed range of 100. Supply an argument that is less "
                "than or equal to 100 and then try the command again."))
        self._objects: list[Any] = []

    def process(self) -> None:
        value = self.input_object
        self._objects.append(None if value is AUTOMATION_NULL else value)

    def end(self) -> None:
        if not self._objects:
            return
        value: Any = self._objects[0] if len(self._objects) == 1 and not self.as_array \
            else list(self._objects)
        writer = JsonWriter(self.depth, bool(self.compress), bool(self.enums_as_strings),
                            self.escape_handling or "Default")
        text = writer.write(value)
        if writer.truncated:
            self.runtime.write_warning("Resulting JSON is truncated as serialization has exceeded "
                                       f"the set depth of {self.depth}.")
        self.write_object(text)


# --------------------------------------------------------------- reading

_ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,7})?)?(Z|[+-]\d{2}:\d{2})?$")


class JsonConversionError(Exception):
    pass


def _number(text: str) -> Any:
    if re.fullmatch(r"-?\d+", text):
        value = int(text)
        if INT64_MIN <= value <= INT64_MAX:
            return make_integer("System.Int64", value)
        return make_integer("System.Numerics.BigInteger", value)
    return float(text)


def _maybe_date(text: str) -> Any:
    """Newtonsoft reads an ISO 8601 string as a DateTime (DateParseHandling.DateTime);
    a UTC or offset time becomes local time, as .NET converts it."""
    if not _ISO_DATE.match(text):
        return text
    try:
        parsed = datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        return text
    if parsed.tzinfo is not None:
        if text.endswith("Z"):
            return parsed.replace(tzinfo=None)
        return parsed.astimezone().replace(tzinfo=None)
    return parsed


def parse_json(text: str, as_hashtable: bool) -> Any:
    def make_object(pairs: list[tuple[str, Any]]) -> Any:
        if as_hashtable:
            return Hashtable(((k, _convert(v)) for k, v in pairs), ordered=True)
        seen: dict[str, str] = {}
        for key, _value in pairs:
            if key == "":
                raise JsonConversionError(
                    "The provided JSON includes a property whose name is an empty string, this is "
                    "only supported using the -AsHashTable switch.")
            earlier = seen.get(key.lower())
            if earlier is not None and earlier != key:
                raise JsonConversionError(
                    "Cannot convert the JSON string because it contains keys with different "
                    "casing. Please use the -AsHashTable switch instead. The key that was "
                    f"attempted to be added to the existing key '{earlier}' was '{key}'.")
            seen[key.lower()] = key
        return PSCustomObject((k, _convert(v)) for k, v in pairs)

    def _convert(value: Any) -> Any:
        if isinstance(value, str):
            return _maybe_date(value)
        if isinstance(value, list):
            return [_convert(v) for v in value]
        return value

    try:
        result = json.loads(text, object_pairs_hook=make_object, parse_int=_number,
                            parse_constant=lambda c: float(c))
    except json.JSONDecodeError as exc:
        raise JsonConversionError(f"{exc.msg}. Path '', line {exc.lineno}, position "
                                  f"{exc.colno}.") from None
    return _convert(result) if isinstance(result, (str, list)) else result


class ConvertFromJson(Cmdlet):
    name = "ConvertFrom-Json"
    implementing_type = "Microsoft.PowerShell.Commands.ConvertFromJsonCommand"
    output_type = "System.Management.Automation.PSObject"
    parameters = (
        Parameter("InputObject", STRING, position=0, mandatory=True, pipeline=BY_VALUE,
                  allow_empty_string=True, help="The JSON text."),
        Parameter("AsHashtable", SWITCH, help="Makes (ordered) hashtables instead of custom "
                                              "objects."),
        Parameter("Depth", INT, default=1024, help="The deepest nesting accepted (default 1024)."),
        Parameter("NoEnumerate", SWITCH, help="Outputs a JSON array as one array object."),
        Parameter("DateKind", enum_type("Microsoft.PowerShell.Commands.JsonDateKind",
                                        ("Default", "Local", "Utc", "Offset", "String")),
                  help="How date strings are read (Default, String...)."),
    )
    help = CmdletHelp(
        synopsis="Converts JSON text to objects.",
        description=("JSON objects become [pscustomobject]s (or ordered hashtables with "
                     "-AsHashtable); a JSON array is output element by element. Lines piped in "
                     "are read together as one JSON document when they are not each one."),
        examples=(Example("'{\"Name\":\"Ken\",\"Id\":1}' | ConvertFrom-Json",
                          "Outputs an object with Name and Id."),
                  Example("Get-Content settings.json -Raw | ConvertFrom-Json -AsHashtable",
                          "Reads a file into a hashtable.")),
        inputs="System.String", outputs="System.Management.Automation.PSObject")

    def begin(self) -> None:
        self._texts: list[str] = []

    def process(self) -> None:
        if self.input_object is not None:
            self._texts.append(self.input_object)

    def end(self) -> None:
        texts = self._texts
        if not texts:
            return
        if len(texts) == 1:
            self._emit(texts[0])
            return
        # pwsh tries the first piece on its own; when it is not a whole document,
        # all the pieces are one document split into lines.
        try:
            first = self._parse(texts[0])
        except JsonConversionError:
            self._emit("\n".join(texts))
            return
        self._write(first)
        for text in texts[1:]:
            self._emit(text)

    def _parse(self, text: str) -> Any:
        if not text.strip():
            return AUTOMATION_NULL
        return parse_json(text, bool(self.as_hashtable))

    def _emit(self, text: str) -> None:
        try:
            value = self._parse(text)
        except JsonConversionError as exc:
            raise PSRuntimeError(self.error(
                f"Conversion from JSON failed with error: {exc}", "System.ArgumentException",
                "NotSpecified", text, "System.ArgumentException")) from None
        self._write(value)

    def _write(self, value: Any) -> None:
        if value is AUTOMATION_NULL:
            return
        if self.date_kind == "String":
            value = _dates_as_text(value)
        self.write_object(value, enumerate_collection=not self.no_enumerate)


def _dates_as_text(value: Any) -> Any:
    """-DateKind String: ISO dates stay the text they were."""
    if isinstance(value, datetime):
        return _datetime(value)
    if isinstance(value, list):
        return [_dates_as_text(v) for v in value]
    if isinstance(value, PSCustomObject):
        return PSCustomObject((k, _dates_as_text(v)) for k, v in value.items())
    if isinstance(value, Hashtable):
        return Hashtable(((k, _dates_as_text(v)) for k, v in value.items()), ordered=True)
    return value


JSON_CMDLETS: tuple[type[Cmdlet], ...] = (ConvertToJson, ConvertFromJson)
