"""`$x.psobject`: the PSObject wrapper PowerShell puts around every value.

lyncshell does not wrap values (a wrapper per pipeline object would cost on every
object), so the wrapper is built when a script asks for it: BaseObject, TypeNames,
Properties (with Name, Value, MemberType), Methods, Members, and Copy().
"""
from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any

from ..errors import ErrorRecord, INVALID_OPERATION, PSRuntimeError
from .values import (Hashtable, PropertyDef, PSCustomObject, TypeView, get_member, register_view,
                     type_names, view_of)

_DICTIONARY_PROPERTIES = ("IsReadOnly", "IsFixedSize", "IsSynchronized", "Keys", "Values", "SyncRoot",
                          "Count")
_ARRAY_PROPERTIES = ("Length", "LongLength", "Rank", "SyncRoot", "IsReadOnly", "IsFixedSize",
                     "IsSynchronized", "Count")


class PSPropertyInfo:
    """One property of the wrapped object (PSNoteProperty / PSProperty); Value is read
    from the object each time, so it follows later changes."""

    __slots__ = ("owner", "Name", "MemberType", "_value")

    def __init__(self, owner: Any, name: str, member_type: str, value: Any = None) -> None:
        self.owner = owner
        self.Name = name
        self.MemberType = member_type
        self._value = value

    @property
    def Value(self) -> Any:  # noqa: N802 - PowerShell's member name
        if self.owner is None:
            return self._value           # a detached [psnoteproperty]::new(name, value)
        return get_member(self.owner, self.Name)

    @property
    def TypeNameOfValue(self) -> str:  # noqa: N802
        value = self.Value
        return "System.Object" if value is None else type_names(value)[0]

    @property
    def IsSettable(self) -> bool:  # noqa: N802
        return self.MemberType == "NoteProperty"

    def __str__(self) -> str:
        from .convert import to_string
        short = self.TypeNameOfValue.removeprefix("System.")
        short = {"String": "string", "Int32": "int", "Boolean": "bool", "Object": "System.Object"}.get(short, short)
        return f"{short} {self.Name}={to_string(self.Value)}"


class PSMethodInfo:
    """One method: Name and its overload definitions."""

    __slots__ = ("Name", "OverloadDefinitions")

    def __init__(self, name: str, definitions: list[str]) -> None:
        self.Name = name
        self.OverloadDefinitions = definitions

    def __str__(self) -> str:
        return ", ".join(self.OverloadDefinitions)


class PSMemberCollection(list):
    """`.psobject.Properties` / `.Methods` / `.Members`: a list (so `.Name` enumerates the
    members' names) that also answers `.Match('pattern')`, `.Item('name')`, `.Add()`, `.Remove()`."""

    __slots__ = ("owner",)
    growable = False

    def __init__(self, owner: Any, members: list[Any]) -> None:
        super().__init__(members)
        self.owner = owner

    def ps_type_names(self) -> tuple[str, ...]:
        return ("System.Management.Automation.PSMemberInfoCollection`1", "System.Object")

    def find(self, name: Any) -> Any:
        from .convert import to_string
        wanted = to_string(name).lower()
        return next((m for m in self if m.Name.lower() == wanted), None)

    def match(self, pattern: Any) -> list[Any]:
        from .convert import to_string
        from .wildcard import compile_wildcard
        test = compile_wildcard(to_string(pattern))
        return [m for m in self if test(m.Name)]

    def add(self, member: Any) -> Any:
        from .values import AUTOMATION_NULL
        if not isinstance(member, PSPropertyInfo) or not isinstance(self.owner, PSCustomObject):
            raise PSRuntimeError.of("Only a note property can be added to a custom object here.",
                                    "NotSupported", INVALID_OPERATION)
        if self.owner.has(member.Name):
            raise PSRuntimeError(ErrorRecord(
                message=f'Exception calling "Add" with "1" argument(s): "Cannot add a member with the name '
                        f'"{member.Name}" because a member with that name already exists. To overwrite the '
                        f'member anyway, add the Force parameter to your command."',
                error_id="ExtendedTypeSystemException", category="NotSpecified",
                exception_type="System.Management.Automation.MethodInvocationException"))
        self.owner.set(member.Name, member.Value)
        return AUTOMATION_NULL

    def remove(self, name: Any) -> Any:
        from .convert import to_string
        from .values import AUTOMATION_NULL
        if isinstance(self.owner, PSCustomObject):
            self.owner.remove(to_string(name))
        return AUTOMATION_NULL


class PSObjectInfo:
    """The wrapper itself: `$x.psobject`."""

    __slots__ = ("base",)

    def __init__(self, base: Any) -> None:
        self.base = base

    def properties(self) -> PSMemberCollection:
        base = self.base
        if isinstance(base, PSCustomObject):
            members = [PSPropertyInfo(base, name, "NoteProperty") for name in base.property_names()]
        else:
            view = view_of(base)
            if view is not None:
                names: tuple[str, ...] | list[str] = [p.name for p in view.properties]
            elif isinstance(base, Hashtable):
                names = _DICTIONARY_PROPERTIES
            elif isinstance(base, (list, tuple)):
                names = _ARRAY_PROPERTIES
            elif isinstance(base, str):
                names = ("Length",)
            elif isinstance(base, (datetime, timedelta)):
                from .values import property_names
                names = property_names(base)
            else:
                names = ()
            members = [PSPropertyInfo(base, name, "Property") for name in names]
        return PSMemberCollection(base, members)

    def methods(self) -> PSMemberCollection:
        from ..core.get_member import members_of
        found: dict[str, list[str]] = {}
        for name, kind, definition in members_of(self.base):
            if kind == "Method":
                found.setdefault(name, []).extend(d.strip() for d in definition.split("), ")
                                                  if d.strip())
        methods = [PSMethodInfo(name, [d if d.endswith(")") else d + ")" for d in defs])
                   for name, defs in sorted(found.items(), key=lambda kv: kv[0].lower())]
        return PSMemberCollection(self.base, methods)

    def members(self) -> PSMemberCollection:
        return PSMemberCollection(self.base, list(self.properties()) + list(self.methods()))

    def ps_invoke_method(self, name: str, args: list[Any]) -> Any:
        key = name.lower()
        base = self.base
        if key == "copy" and not args:
            if isinstance(base, PSCustomObject):
                return PSCustomObject(base.items(), type_names=base.type_names)
            if isinstance(base, Hashtable):
                return base.copy()
            return list(base) if isinstance(base, list) else base
        if key == "tostring" and not args:
            from .convert import to_string
            return to_string(base)
        if key == "gettype" and not args:
            from .methods import TypeInfo
            return TypeInfo("System.Management.Automation.PSObject")
        raise PSRuntimeError(ErrorRecord(
            message=f"Method invocation failed because [System.Management.Automation.PSObject] does not "
                    f"contain a method named '{name}'.", error_id="MethodNotFound", category=INVALID_OPERATION,
            exception_type="System.Management.Automation.RuntimeException"))


def new_note_property(name: Any, value: Any = None) -> PSPropertyInfo:
    """`[psnoteproperty]::new('Name', value)`, ready for `.psobject.Properties.Add()`."""
    from .convert import to_string
    return PSPropertyInfo(None, to_string(name), "NoteProperty", value)


register_view(PSObjectInfo, TypeView(
    type_names=("System.Management.Automation.PSObject", "System.Object"),
    properties=(PropertyDef("BaseObject", lambda w: w.base),
                PropertyDef("Members", PSObjectInfo.members),
                PropertyDef("Properties", PSObjectInfo.properties),
                PropertyDef("Methods", PSObjectInfo.methods),
                PropertyDef("ImmediateBaseObject", lambda w: w.base),
                PropertyDef("TypeNames", lambda w: list(type_names(w.base)))),
    to_string=lambda w: _text(w.base)))

register_view(PSPropertyInfo, TypeView(
    type_names=("System.Management.Automation.PSNoteProperty", "System.Management.Automation.PSPropertyInfo",
                "System.Management.Automation.PSMemberInfo", "System.Object"),
    properties=(PropertyDef("Value", lambda p: p.Value),
                PropertyDef("MemberType", lambda p: p.MemberType),
                PropertyDef("IsSettable", lambda p: p.IsSettable),
                PropertyDef("IsGettable", lambda p: True),
                PropertyDef("TypeNameOfValue", lambda p: p.TypeNameOfValue),
                PropertyDef("Name", lambda p: p.Name),
                PropertyDef("IsInstance", lambda p: True)),
    to_string=str))

register_view(PSMethodInfo, TypeView(
    type_names=("System.Management.Automation.PSMethod", "System.Management.Automation.PSMethodInfo",
                "System.Management.Automation.PSMemberInfo", "System.Object"),
    properties=(PropertyDef("MemberType", lambda m: "Method"),
                PropertyDef("OverloadDefinitions", lambda m: m.OverloadDefinitions),
                PropertyDef("TypeNameOfValue", lambda m: "System.Management.Automation.PSMethod"),
                PropertyDef("Value", lambda m: m),
                PropertyDef("Name", lambda m: m.Name),
                PropertyDef("IsInstance", lambda m: True)),
    to_string=str))


def _text(value: Any) -> str:
    from .convert import to_string
    return to_string(value)


# methods.invoke_method looks here before the list methods every array has
PSMemberCollection.ps_extra_methods = {  # type: ignore[attr-defined]
    "match": lambda c, pattern: c.match(pattern),
    "item": lambda c, name: c.find(name),
    "add": lambda c, member, *force: c.add(member),
    "remove": lambda c, name: c.remove(name),
}

__all__ = ["PSMemberCollection", "PSMethodInfo", "PSObjectInfo", "PSPropertyInfo", "new_note_property"]
