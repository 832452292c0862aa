"""Get-Member: the type names, properties and methods of the input objects."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from ..base import Cmdlet
from ..lang.convert import to_string
from ..lang.values import (AUTOMATION_NULL, Hashtable, PSCustomObject, PropertyDef, TypeView,
                           property_names, register_view, type_names, view_of, get_member)
from ..metadata import BY_VALUE, CmdletHelp, Example, PSOBJECT, Parameter, STRING_ARRAY, SWITCH
from .common import terminating, wildcard


@dataclass(frozen=True)
class MemberDefinition:
    type_name: str
    name: str
    member_type: str
    definition: str


register_view(MemberDefinition, TypeView(
    type_names=("Microsoft.PowerShell.Commands.MemberDefinition", "System.Object"),
    properties=(PropertyDef("TypeName", lambda m: m.type_name),
                PropertyDef("Name", lambda m: m.name),
                PropertyDef("MemberType", lambda m: m.member_type),
                PropertyDef("Definition", lambda m: m.definition)),
    default_display=("Name", "MemberType", "Definition"),
    to_string=lambda m: m.definition,
    view="table",
))

_SHORT_NAMES = {
    "System.String": "string", "System.Int32": "int", "System.Int64": "long",
    "System.Double": "double", "System.Boolean": "bool", "System.DateTime": "datetime",
    "System.Object": "System.Object", "System.Object[]": "Object[]",
    "System.Collections.Hashtable": "hashtable", "System.TimeSpan": "timespan",
}

_OBJECT_METHODS = (
    ("Equals", "bool Equals(System.Object obj)"),
    ("GetHashCode", "int GetHashCode()"),
    ("GetType", "type GetType()"),
    ("ToString", "string ToString()"),
)

_STRING_METHODS = (
    ("Clone", "System.Object Clone()"),
    ("CompareTo", "int CompareTo(System.Object value), int CompareTo(string strB)"),
    ("Contains", "bool Contains(string value)"),
    ("EndsWith", "bool EndsWith(string value)"),
    ("IndexOf", "int IndexOf(string value), int IndexOf(string value, int startIndex)"),
    ("Insert", "string Insert(int startIndex, string value)"),
    ("LastIndexOf", "int LastIndexOf(string value)"),
    ("PadLeft", "string PadLeft(int totalWidth), string PadLeft(int totalWidth, char paddingChar)"),
    ("PadRight", "string PadRight(int totalWidth), string PadRight(int totalWidth, char paddingChar)"),
    ("Remove", "string Remove(int startIndex, int count), string Remove(int startIndex)"),
    ("Replace", "string Replace(string oldValue, string newValue)"),
    ("Split", "string[] Split(Params char[] separator), string[] Split(string separator)"),
    ("StartsWith", "bool StartsWith(string value)"),
    ("Substring", "string Substring(int startIndex), string Substring(int startIndex, int length)"),
    ("ToLower", "string ToLower()"),
    ("ToUpper", "string ToUpper()"),
    ("Trim", "string Trim(), string Trim(Params char[] trimChars)"),
    ("TrimEnd", "string TrimEnd(), string TrimEnd(Params char[] trimChars)"),
    ("TrimStart", "string TrimStart(), string TrimStart(Params char[] trimChars)"),
)

_NUMBER_METHODS = (
    ("CompareTo", "int CompareTo(System.Object value)"),
    ("GetTypeCode", "System.TypeCode GetTypeCode()"),
)

_HASHTABLE = (
    ("Add", "Method", "void Add(System.Object key, System.Object value)"),
    ("Clear", "Method", "void Clear()"),
    ("Contains", "Method", "bool Contains(System.Object key)"),
    ("ContainsKey", "Method", "bool ContainsKey(System.Object key)"),
    ("ContainsValue", "Method", "bool ContainsValue(System.Object value)"),
    ("Remove", "Method", "void Remove(System.Object key)"),
    ("Item", "ParameterizedProperty", "System.Object Item(System.Object key) {get;set;}"),
    ("Count", "Property", "int Count {get;}"),
    ("IsFixedSize", "Property", "bool IsFixedSize {get;}"),
    ("IsReadOnly", "Property", "bool IsReadOnly {get;}"),
    ("IsSynchronized", "Property", "bool IsSynchronized {get;}"),
    ("Keys", "Property", "System.Collections.ICollection Keys {get;}"),
    ("SyncRoot", "Property", "System.Object SyncRoot {get;}"),
    ("Values", "Property", "System.Collections.ICollection Values {get;}"),
)

MEMBER_TYPES = ("AliasProperty", "CodeProperty", "Property", "NoteProperty", "ScriptProperty",
                "Properties", "PropertySet", "Method", "CodeMethod", "ScriptMethod", "Methods",
                "ParameterizedProperty", "MemberSet", "Event", "Dynamic", "All")
_PROPERTY_KINDS = {"AliasProperty", "CodeProperty", "Property", "NoteProperty", "ScriptProperty"}
_METHOD_KINDS = {"Method", "CodeMethod", "ScriptMethod"}


def short_type(value: Any) -> str:
    if value is None:
        return "object"
    if isinstance(value, PSCustomObject):
        return "System.Management.Automation.PSCustomObject"
    name = type_names(value)[0]
    return _SHORT_NAMES.get(name, name)


def _note_value(value: Any) -> str:
    if value is None:
        return "null"
    if isinstance(value, (list, tuple)):
        return "System.Object[]"
    return to_string(value)


def members_of(obj: Any) -> list[tuple[str, str, str]]:
    """(name, member type, definition) of an object's members, in no particular order."""
    members: list[tuple[str, str, str]] = []
    if isinstance(obj, PSCustomObject):
        members += [(n, "Method", d) for n, d in _OBJECT_METHODS]
        for name, value in obj.items():
            members.append((name, "NoteProperty", f"{short_type(value)} {name}={_note_value(value)}"))
        return members
    if isinstance(obj, Hashtable):
        members += [(n, "Method", d) for n, d in _OBJECT_METHODS]
        members += list(_HASHTABLE)
        return members
    members += [(n, "Method", d) for n, d in _OBJECT_METHODS]
    if isinstance(obj, str):
        members += [(n, "Method", d) for n, d in _STRING_METHODS]
        members.append(("Chars", "ParameterizedProperty", "char Chars(int index) {get;}"))
        members.append(("Length", "Property", "int Length {get;}"))
        return members
    if isinstance(obj, (bool, int, float)):
        members += [(n, "Method", d) for n, d in _NUMBER_METHODS]
        return members
    view = view_of(obj)
    names = [p.name for p in view.properties] if view is not None else property_names(obj)
    for name in names:
        value = get_member(obj, name)
        members.append((name, "Property", f"{short_type(value)} {name} {{get;}}"))
    if isinstance(obj, datetime):
        members.append(("AddDays", "Method", "datetime AddDays(double value)"))
    return members


class GetMember(Cmdlet):
    name = "Get-Member"
    implementing_type = "Microsoft.PowerShell.Commands.GetMemberCommand"
    output_type = "Microsoft.PowerShell.Commands.MemberDefinition"
    parameters = (
        Parameter("InputObject", PSOBJECT, pipeline=BY_VALUE, default=AUTOMATION_NULL),
        Parameter("Name", STRING_ARRAY, position=0),
        Parameter("MemberType", STRING_ARRAY, aliases=("Type",), validate_set=MEMBER_TYPES),
        Parameter("View", STRING_ARRAY, validate_set=("Extended", "Adapted", "Base", "All")),
        Parameter("Static", SWITCH),
        Parameter("Force", SWITCH),
    )
    help = CmdletHelp(
        synopsis="Lists the properties and methods of objects.",
        description=("Outputs one MemberDefinition per member of every distinct type in the "
                     "input, sorted by member type and name. -Name and -MemberType filter them."),
        examples=(
            Example("Get-CsUser | Get-Member", "The members of the user objects."),
            Example("'text' | Get-Member -MemberType Property", "Length."),
        ),
        inputs="System.Management.Automation.PSObject",
        outputs="Microsoft.PowerShell.Commands.MemberDefinition",
    )

    def begin(self) -> None:
        self._seen: set[tuple[str, ...]] = set()
        self._any = False
        patterns = [wildcard(n) for n in self.name_] if self.name_ else None
        self._name_ok = (lambda n: any(p(n) for p in patterns)) if patterns else (lambda n: True)
        kinds: set[str] | None = None
        if self.member_type:
            kinds = set()
            for kind in self.member_type:
                if kind == "All":
                    kinds = None
                    break
                kinds |= _PROPERTY_KINDS if kind == "Properties" else \
                    _METHOD_KINDS if kind == "Methods" else {kind}
        self._kinds = kinds

    def process(self) -> None:
        obj = self.input_object
        if obj is AUTOMATION_NULL or obj is None:
            return
        self._any = True
        names = tuple(type_names(obj))
        if isinstance(obj, (list, tuple)):
            names = ("System.Object[]",)
        if names in self._seen:
            return
        self._seen.add(names)
        if self.static:
            return
        rows = [m for m in members_of(obj) if self._name_ok(m[0])
                and (self._kinds is None or m[1] in self._kinds)]
        rows.sort(key=lambda m: (m[1], m[0].lower()))
        for name, kind, definition in rows:
            self.write_object(MemberDefinition(names[0], name, kind, definition))

    def end(self) -> None:
        if not self._any:
            raise terminating(self, "You must specify an object for the Get-Member cmdlet.",
                              "NoObjectInGetMember", "CloseError",
                              exception_type="System.InvalidOperationException")
