"""Static members of the few .NET types scripts reach for: `[DateTime]::Now`,
`[int]::MaxValue`, `[math]::Round(x, 2)`, `[string]::IsNullOrEmpty($s)`."""
from __future__ import annotations

from typing import Any

from ..cmdlets.errors import PSRuntimeError
from ..cmdlets.lang.numbers import INTEGER_CLASSES
from ..grammar import numeric

# Literals such as 5L or 5uy keep their .NET type: the grammar cannot import the
# runtime's classes, so the composition root hands them over.
numeric.use_literal_types(INTEGER_CLASSES)
from ..cmdlets.lang import dotnet_collections, dotnet_statics
from ..cmdlets.lang.casts import full_type_name
from ..cmdlets.lang.methods import register_type_literal_class
from ..cmdlets.lang.values import PropertyDef, TypeView, register_view
from .compiler import TypeRef
from ..cmdlets.lang.convert import to_string


def literal_full_name(ref: TypeRef) -> str:
    """`[int].FullName` is System.Int32: the .NET name, never the accelerator's spelling."""
    name = full_type_name(ref.name)
    base, generic = dotnet_collections.split_generic(ref.name)
    if generic and "[" in name:
        made = dotnet_collections.construct(ref.name, [])
        if made is not dotnet_collections.NOT_HANDLED:
            return made.ps_type_names()[0]
    if "." not in name:
        return "System." + name[:1].upper() + name[1:] if name.islower() else name
    return name


def _short_name(full_name: str) -> str:
    return full_name.split("[[", 1)[0].rsplit(".", 1)[-1] if "[[" in full_name else full_name.rsplit(".", 1)[-1]


# A type literal used as a value: [int].Name, [string].FullName, "$([datetime])"
register_view(TypeRef, TypeView(
    type_names=("System.RuntimeType", "System.Reflection.TypeInfo", "System.Type", "System.Object"),
    properties=(PropertyDef("Name", lambda t: _short_name(literal_full_name(t))),
                PropertyDef("FullName", lambda t: literal_full_name(t)),
                PropertyDef("Namespace", lambda t: literal_full_name(t).split("[", 1)[0].rpartition(".")[0]),
                PropertyDef("IsArray", lambda t: literal_full_name(t).endswith("[]"))),
    # "$([int])" is int: PowerShell writes a type as it would be typed, not its FullName
    to_string=lambda t: t.name))
register_type_literal_class(TypeRef, lambda t: t.name)


def _type_name(target: Any) -> str:
    name = getattr(target, "name", None)
    if name is None:
        raise PSRuntimeError.of("Unable to find type.", "TypeNotFound")
    return name.lower().removeprefix("system.")


def static_member(target: Any, name: str, context: Any) -> Any:
    type_name = _type_name(target)
    key = name.lower()
    if type_name == "datetime":
        if key == "now":
            return context.now()
        if key == "today":
            return context.now().replace(hour=0, minute=0, second=0, microsecond=0)
    value = dotnet_statics.static_member(target.name, name)
    if value is not dotnet_statics.NOT_HANDLED:
        return value
    if type_name == "string" and key == "empty":
        return ""
    raise PSRuntimeError.of(f"Cannot find a static member named '{name}' on type [{target.name}].",
                            "PropertyNotFound")


def static_method(target: Any, name: str, args: list[Any], context: Any) -> Any:
    type_name = _type_name(target)
    key = name.lower()
    if key == "new":
        from .errortypes import is_exception_type, new_exception
        if is_exception_type(type_name):
            return new_exception(target.name, args)
        if dotnet_collections.is_collection_type(target.name):
            try:
                return dotnet_collections.construct(target.name, args)
            except TypeError:
                raise PSRuntimeError.of(f'Cannot find an overload for "new" and the argument count: '
                                        f'"{len(args)}".', "MethodCountCouldNotFindBest") from None
        if type_name in ("psnoteproperty", "management.automation.psnoteproperty"):
            from ..cmdlets.lang.psobject import new_note_property
            if not 1 <= len(args) <= 2:
                raise PSRuntimeError.of(f'Cannot find an overload for "new" and the argument count: '
                                        f'"{len(args)}".', "MethodCountCouldNotFindBest")
            return new_note_property(*args)
        if type_name in ("collections.hashtable", "hashtable"):
            from ..cmdlets.lang.values import Hashtable
            return Hashtable()
    result = dotnet_statics.static_method(target.name, name, args)
    if result is not dotnet_statics.NOT_HANDLED:
        return result
    if type_name == "string":
        if key == "isnullorempty":
            return args[0] is None or to_string(args[0]) == ""
        if key == "isnullorwhitespace":
            return args[0] is None or to_string(args[0]).strip() == ""
        if key == "join":
            items = args[1] if len(args) == 2 and isinstance(args[1], (list, tuple)) else args[1:]
            return to_string(args[0]).join(to_string(i) for i in items)
    if type_name in ("text.regularexpressions.regex", "regex"):
        from ..cmdlets.lang import dotnet_regex
        if key == "escape":
            return dotnet_regex.escape(to_string(args[0]))
        if key in ("ismatch", "match", "matches", "replace", "split") and len(args) >= 2:
            regex = dotnet_regex.DotNetRegex(to_string(args[1]))
            return getattr(regex, {"ismatch": "IsMatch", "match": "Match", "matches": "Matches",
                                   "replace": "Replace", "split": "Split"}[key])(args[0], *args[2:])
    raise PSRuntimeError.of(f"Method invocation failed because [{target.name}] does not contain a "
                            f"method named '{name}'.", "MethodNotFound")
