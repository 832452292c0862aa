"""Add-Member: note, alias and script properties and script methods on objects.

Members live on PSCustomObject property bags (the object model has no PSObject
wrapper around other values). A script property or alias property is computed
each time it is read: the object's property table becomes a `MemberTable`,
whose entries may be computed members that the table resolves as they are read,
so every reader of PSCustomObject (member access, formatting, Select-Object)
sees the current value without knowing about members.
"""
from __future__ import annotations

from abc import ABC, abstractmethod
from collections.abc import Callable
from dataclasses import replace
from typing import Any

from ..base import Cmdlet
from ..errors import INVALID_OPERATION, NOT_IMPLEMENTED, PSRuntimeError
from ..lang.convert import to_string
from ..lang.values import (AUTOMATION_NULL, Hashtable, PSCustomObject, ScriptBlockValue,
                           get_member)
from ..metadata import (BY_VALUE, CmdletHelp, Example, OBJECT, PSOBJECT, ParamType, Parameter,
                        STRING, SWITCH, enum_type)
from .common import dotnet_type_name, validation_error

Invoker = Callable[[ScriptBlockValue, Any, tuple[Any, ...]], list[Any]]

MEMBER_TYPES = ("AliasProperty", "CodeProperty", "Property", "NoteProperty", "ScriptProperty",
                "Properties", "PropertySet", "Method", "CodeMethod", "ScriptMethod", "Methods",
                "ParameterizedProperty", "MemberSet", "Event", "Dynamic", "InferredProperty",
                "All")
_MEMBER_TYPE_NAMES = frozenset(t.lower() for t in MEMBER_TYPES)
# Every object has these methods, so a member of that name "already exists".
_INTRINSIC_METHODS = ("ToString", "Equals", "GetHashCode", "GetType")


def _single(values: list[Any]) -> Any:
    """A script's output as one value: nothing -> $null, one -> it, more -> array."""
    if not values:
        return None
    return values[0] if len(values) == 1 else values


class ComputedMember(ABC):
    """A member whose value is worked out when read (ScriptProperty, AliasProperty)."""

    member_type = "Property"

    @abstractmethod
    def read(self, owner: PSCustomObject) -> Any:
        """The member's value on `owner`."""

    @abstractmethod
    def write(self, owner: PSCustomObject, value: Any) -> None:
        """Give the member a new value on `owner`."""


class ScriptProperty(ComputedMember):
    member_type = "ScriptProperty"

    def __init__(self, name: str, getter: ScriptBlockValue | None,
                 setter: ScriptBlockValue | None, invoke: Invoker) -> None:
        self.name = name
        self.getter = getter
        self.setter = setter
        self.invoke = invoke

    def read(self, owner: PSCustomObject) -> Any:
        if self.getter is None:
            return None
        return _single(self.invoke(self.getter, owner, ()))

    def write(self, owner: PSCustomObject, value: Any) -> None:
        if self.setter is None:
            raise PSRuntimeError.of(f'Set accessor for property "{self.name}" is unavailable.',
                                    "SetWithoutSetterFromScriptProperty")
        self.invoke(self.setter, owner, (value,))


class AliasProperty(ComputedMember):
    member_type = "AliasProperty"

    def __init__(self, name: str, target: str) -> None:
        self.name = name
        self.target = target

    def read(self, owner: PSCustomObject) -> Any:
        return get_member(owner, self.target)

    def write(self, owner: PSCustomObject, value: Any) -> None:
        owner.set(self.target, value)


class ScriptMethod:
    """`$obj.Name(args)`: the language calls a callable member of a PSCustomObject."""

    member_type = "ScriptMethod"

    def __init__(self, name: str, script: ScriptBlockValue, owner: PSCustomObject,
                 invoke: Invoker) -> None:
        self.name = name
        self.script = script
        self.owner = owner
        self.invoke = invoke

    def __call__(self, *args: Any) -> Any:
        return _single(self.invoke(self.script, self.owner, args))

    def __str__(self) -> str:
        return f"System.Object {self.name}();"


class MemberTable(dict):  # type: ignore[type-arg]
    """PSCustomObject's property table (lower name -> (name, value)) once it has
    computed members: reading an entry resolves it; methods are entries a call
    finds (`get`) but that are not properties (`values`, hence display)."""

    def __init__(self, owner: PSCustomObject, entries: dict[str, tuple[str, Any]]) -> None:
        super().__init__(entries)
        self.owner = owner

    def _resolve(self, entry: tuple[str, Any]) -> tuple[str, Any]:
        value = entry[1]
        if isinstance(value, ComputedMember):
            return entry[0], value.read(self.owner)
        return entry

    def get(self, key: str, default: Any = None) -> Any:
        entry = dict.get(self, key)
        return default if entry is None else self._resolve(entry)

    def __getitem__(self, key: str) -> tuple[str, Any]:
        return self._resolve(dict.__getitem__(self, key))

    def __setitem__(self, key: str, entry: tuple[str, Any]) -> None:
        existing = dict.get(self, key)
        if existing is not None and isinstance(existing[1], ComputedMember):
            existing[1].write(self.owner, entry[1])
            return
        dict.__setitem__(self, key, entry)

    def values(self) -> list[tuple[str, Any]]:  # type: ignore[override]
        return [self._resolve(e) for e in dict.values(self) if not isinstance(e[1], ScriptMethod)]

    def items(self) -> list[tuple[str, tuple[str, Any]]]:  # type: ignore[override]
        return [(k, self._resolve(e)) for k, e in dict.items(self)
                if not isinstance(e[1], ScriptMethod)]

    def raw_set(self, key: str, entry: tuple[str, Any]) -> None:
        dict.__setitem__(self, key, entry)


def member_table(obj: PSCustomObject) -> MemberTable:
    table = obj._props  # noqa: SLF001 - the bag's own table; see the module docstring
    if not isinstance(table, MemberTable):
        table = MemberTable(obj, dict(table))
        obj._props = table  # noqa: SLF001
    return table


def _not_member_type_name(value: Any) -> bool:
    # A bare `Add-Member NoteProperty Name Value` means -MemberType first: a string
    # that names a member type is not taken by -NotePropertyName as it is.
    return isinstance(value, str) and value.lower() not in _MEMBER_TYPE_NAMES


NOTE_NAME = ParamType("System.String", lambda v: to_string(v), _not_member_type_name)
DICTIONARY = ParamType("System.Collections.IDictionary",
                       lambda v: v if isinstance(v, Hashtable) else _not_dictionary(v),
                       lambda v: isinstance(v, Hashtable))
MEMBER_TYPE = enum_type("System.Management.Automation.PSMemberTypes", MEMBER_TYPES)


def _not_dictionary(value: Any) -> Any:
    from ..lang.convert import ConversionError
    raise ConversionError(f'Cannot convert the "{to_string(value)}" value of type '
                          f'"{type(value).__name__}" to type "System.Collections.IDictionary".')


_MEMBER_SET = "MemberSet"
_TYPE_SET = "TypeNameSet"
_NOTE_SET = "NotePropertySingleMemberSet"
_NOTES_SET = "NotePropertyMultiMemberSet"


class AddMember(Cmdlet):
    name = "Add-Member"
    implementing_type = "Microsoft.PowerShell.Commands.AddMemberCommand"
    default_parameter_set = _TYPE_SET
    output_type = "System.Object"
    parameters = (
        Parameter("InputObject", PSOBJECT, mandatory=True, pipeline=BY_VALUE,
                  help="The object to add members to."),
        Parameter("MemberType", MEMBER_TYPE, position=0, mandatory=True, sets=(_MEMBER_SET,),
                  aliases=("Type",),
                  help="NoteProperty, AliasProperty, ScriptProperty or ScriptMethod."),
        Parameter("Name", STRING, position=1, mandatory=True, sets=(_MEMBER_SET,),
                  help="The name of the member."),
        Parameter("Value", OBJECT, position=2, sets=(_MEMBER_SET,), allow_null=True,
                  help="A note's value, the property an alias stands for, or the script block "
                       "of a script property's getter or of a script method."),
        Parameter("SecondValue", OBJECT, position=3, sets=(_MEMBER_SET,),
                  help="A script property's setter script block."),
        Parameter("TypeName", STRING, mandatory=True, mandatory_sets=(_TYPE_SET,),
                  help="A type name to put first in the object's type names."),
        Parameter("Force", SWITCH, sets=(_MEMBER_SET, _NOTE_SET, _NOTES_SET),
                  help="Replaces a member of the same name."),
        Parameter("PassThru", SWITCH, help="Outputs the object after adding the members."),
        Parameter("NotePropertyName", NOTE_NAME, position=0, mandatory=True, sets=(_NOTE_SET,),
                  help="The name of a note property to add."),
        Parameter("NotePropertyValue", OBJECT, position=1, mandatory=True, sets=(_NOTE_SET,),
                  allow_null=True, help="The value of that note property."),
        Parameter("NotePropertyMembers", DICTIONARY, position=0, mandatory=True,
                  sets=(_NOTES_SET,), help="Note properties to add: names and values."),
    )
    help = CmdletHelp(
        synopsis="Adds note, alias and script properties or script methods to an object.",
        description=("Members are added to the object itself (a [pscustomobject]); with "
                     "-PassThru the object is output too. A member that exists already is an "
                     "error unless -Force replaces it. In a script property or script method, "
                     "$this is the object."),
        examples=(
            Example("$o | Add-Member -NotePropertyName Site -NotePropertyValue 'Redmond'",
                    "Adds a note property."),
            Example("$o | Add-Member -NotePropertyMembers @{ A = 1; B = 2 } -PassThru",
                    "Adds two note properties and outputs the object."),
            Example("$o | Add-Member -MemberType ScriptProperty -Name Total -Value "
                    "{ $this.A + $this.B }", "Adds a property computed when read."),
        ),
        inputs="System.Management.Automation.PSObject", outputs="None, or the object with "
                                                                "-PassThru")

    def process(self) -> None:
        obj = self.input_object
        if obj is None or obj is AUTOMATION_NULL:
            raise validation_error(self, "Cannot bind argument to parameter 'InputObject' "
                                         "because it is null.",
                                   "ParameterArgumentValidationErrorNullNotAllowed")
        if not isinstance(obj, PSCustomObject):
            self.write_error(self.error(
                f"Add-Member adds members only to custom objects ([pscustomobject]) in this shell; "
                f"the input is of type [{dotnet_type_name(obj)}].", "NotSupported",
                NOT_IMPLEMENTED, obj, "System.NotSupportedException"))
            return
        set_name = self.parameter_set
        if set_name == _MEMBER_SET:
            if not self._add_member(obj):
                return
        elif set_name == _NOTE_SET:
            if not self._add(obj, self.note_property_name or "", self.note_property_value):
                return
        elif set_name == _NOTES_SET:
            table = self.note_property_members or Hashtable()
            for key, value in table.items():
                if not self._add(obj, to_string(key), value):
                    return
        if self.type_name:
            names = tuple(n for n in obj.type_names if n.lower() != self.type_name.lower())
            obj.type_names = (self.type_name,) + names
        if self.pass_thru:
            self.write_object(obj)

    def _add_member(self, obj: PSCustomObject) -> bool:
        kind = self.member_type
        name = self.name_ or ""
        value = self.value
        if kind == "NoteProperty":
            return self._add(obj, name, value)
        if kind == "AliasProperty":
            if value is None:
                return self._missing_value(kind)
            return self._add(obj, name, AliasProperty(name, to_string(value)))
        invoke: Invoker = self.service("script_invoker")
        if kind == "ScriptProperty":
            getter = self._script(value, "Value")
            setter = self._script(self.second_value, "SecondValue")
            if getter is False or setter is False:
                return False
            return self._add(obj, name, ScriptProperty(name, getter or None, setter or None, invoke))
        if kind == "ScriptMethod":
            script = self._script(value, "Value")
            if not script:
                return self._missing_value(kind) if script is None else False
            return self._add(obj, name, ScriptMethod(name, script, obj, invoke))
        self.write_error(self.error(
            f'Cannot add a member with type "{kind}". Specify a different type for the '
            "MemberTypes parameter.", "CannotAddMemberType", INVALID_OPERATION, obj,
            "System.InvalidOperationException"))
        return False

    def _script(self, value: Any, parameter: str) -> Any:
        """The script block given, None when none was, False after an error."""
        if value is None:
            return None
        if isinstance(value, ScriptBlockValue):
            return value
        self.write_error(self.error(
            f'Cannot convert the "{to_string(value)}" value of type "{dotnet_type_name(value)}" '
            'to type "System.Management.Automation.ScriptBlock".',
            "ConvertToFinalInvalidCastException",
            "InvalidArgument", value, "System.Management.Automation.PSInvalidCastException"))
        return False

    def _missing_value(self, kind: str) -> bool:
        self.write_error(self.error(
            f'The Value parameter is required for a member of type "{kind}". Specify the Value '
            "parameter when adding members of this type and try again.", "ValueShouldBeSpecified",
            INVALID_OPERATION, exception_type="System.InvalidOperationException"))
        return False

    def _add(self, obj: PSCustomObject, name: str, value: Any) -> bool:
        exists = obj.has(name) or any(name.lower() == m.lower() for m in _INTRINSIC_METHODS)
        if exists and not (self.force and obj.has(name)):
            record = self.error(
                f'Cannot add a member with the name "{name}" because a member with that name '
                "already exists. To overwrite the member anyway, add the Force parameter to your "
                "command.", "MemberAlreadyExists", INVALID_OPERATION, obj,
                "System.InvalidOperationException")
            self.write_error(replace(record, target_type="PSObject"))
            return False
        if value is AUTOMATION_NULL:
            value = None
        if isinstance(value, (ComputedMember, ScriptMethod)) or isinstance(obj._props, MemberTable):
            member_table(obj).raw_set(name.lower(), (name, value))
        elif self.force and obj.has(name):
            obj._props[name.lower()] = (name, value)  # noqa: SLF001 - -Force renames too
        else:
            obj.set(name, value)
        return True


MEMBER_CMDLETS: tuple[type[Cmdlet], ...] = (AddMember,)
