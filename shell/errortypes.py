"""How errors look to scripts: `$_.Exception.Message`, `$_.CategoryInfo`,
`$_.FullyQualifiedErrorId`, `[System.ArgumentException]::new('x')`, and which
exception types a typed `catch [T]` / `trap [T]` matches (the .NET hierarchy of
the exception types our ErrorRecords carry)."""
from __future__ import annotations

from typing import Any

from ..cmdlets.errors import ErrorRecord, ScriptTerminatingError
from ..cmdlets.lang.convert import to_string
from ..cmdlets.lang.methods import TypeInfo
from ..cmdlets.lang.values import PSCustomObject, PropertyDef, TypeView, register_view, type_names

RUNTIME = "System.Management.Automation.RuntimeException"

# exception type -> its base type (System.Exception is the root).
_BASES: dict[str, str] = {
    "system.systemexception": "System.Exception",
    "system.management.automation.runtimeexception": "System.SystemException",
    "system.management.automation.parameterbindingexception": RUNTIME,
    "system.management.automation.parameterbindingvalidationexception":
        "System.Management.Automation.ParameterBindingException",
    "system.management.automation.commandnotfoundexception": RUNTIME,
    "system.management.automation.actionpreferencestopexception": RUNTIME,
    "system.management.automation.methodinvocationexception": RUNTIME,
    "system.management.automation.methodexception": RUNTIME,
    "system.management.automation.parseexception": RUNTIME,
    "system.management.automation.parentcontainserrorrecordexception": "System.SystemException",
    "system.management.automation.psinvalidcastexception": "System.InvalidCastException",
    "system.management.automation.psinvalidoperationexception": "System.InvalidOperationException",
    "system.management.automation.wildcardpatternexception": RUNTIME,
    "system.management.automation.pipelinestoppedexception": RUNTIME,
    "system.management.automation.itemnotfoundexception": RUNTIME,
    "system.management.automation.host.hostexception": RUNTIME,
    "system.invalidcastexception": "System.SystemException",
    "system.invalidoperationexception": "System.SystemException",
    "system.objectdisposedexception": "System.InvalidOperationException",
    "system.notsupportedexception": "System.SystemException",
    "system.notimplementedexception": "System.SystemException",
    "system.argumentexception": "System.SystemException",
    "system.argumentnullexception": "System.ArgumentException",
    "system.argumentoutofrangeexception": "System.ArgumentException",
    "system.formatexception": "System.SystemException",
    "system.arithmeticexception": "System.SystemException",
    "system.dividebyzeroexception": "System.ArithmeticException",
    "system.overflowexception": "System.ArithmeticException",
    "system.nullreferenceexception": "System.SystemException",
    "system.indexoutofrangeexception": "System.SystemException",
    "system.unauthorizedaccessexception": "System.SystemException",
    "system.timeoutexception": "System.SystemException",
    "system.io.ioexception": "System.SystemException",
    "system.io.filenotfoundexception": "System.IO.IOException",
    "system.io.directorynotfoundexception": "System.IO.IOException",
    "system.collections.generic.keynotfoundexception": "System.SystemException",
    "system.text.regularexpressions.regexparseexception": "System.ArgumentException",
    "microsoft.powershell.commands.writeerrorexception": "System.SystemException",
    "microsoft.powershell.commands.helpnotfoundexception": "System.SystemException",
}

_KNOWN_SHORT = {name.rsplit(".", 1)[-1]: name for name in _BASES} | {"exception": "system.exception"}


def canonical_exception(name: str) -> str:
    """'ArgumentException', '[System.ArgumentException]' -> 'system.argumentexception'."""
    low = name.strip().strip("[]").lower()
    if low in _BASES or low == "system.exception":
        return low
    if "system." + low in _BASES:
        return "system." + low
    return _KNOWN_SHORT.get(low, low)


def exception_chain(exception_type: str) -> list[str]:
    """The type and its bases, lower-cased, most specific first."""
    chain: list[str] = []
    current: str | None = exception_type.lower()
    while current and current not in chain:
        chain.append(current)
        if current == "system.exception":
            break
        base = _BASES.get(current)
        current = base.lower() if base else "system.exception"
    return chain


def exception_matches(exception_type: str, wanted: str, inner: str | None = None) -> bool:
    target = canonical_exception(wanted)
    if target in exception_chain(exception_type):
        return True
    # PowerShell also matches the exception a RuntimeException wraps (1/0 -> DivideByZeroException).
    return inner is not None and target in exception_chain(inner)


def inner_exception_of(record: ErrorRecord) -> str | None:
    if record.error_id == "RuntimeException" and record.message == "Attempted to divide by zero.":
        return "System.DivideByZeroException"
    return None


class ThrownException(ScriptTerminatingError):
    """`throw` of an exception object: catch matches only its own type hierarchy."""


class ExceptionValue:
    """A .NET exception object as scripts see it: `.Message`, `.GetType().FullName`,
    `.InnerException`; `[System.ArgumentException]::new('m')` builds one."""

    def __init__(self, type_name: str, message: str, inner: "ExceptionValue | None" = None,
                 record: ErrorRecord | None = None) -> None:
        self.type_name = type_name
        self.Message = message
        self.InnerException = inner
        self.record = record

    @property
    def ErrorRecord(self) -> Any:  # noqa: N802 - PowerShell's member name
        return self.record

    def __str__(self) -> str:
        return f"{self.type_name}: {self.Message}"

    def ps_invoke_method(self, name: str, args: list[Any]) -> Any:
        key = name.lower()
        if key == "tostring":
            return str(self)
        if key == "gettype":
            return TypeInfo(self.type_name)
        from ..cmdlets.errors import PSRuntimeError
        raise PSRuntimeError.of(f"Method invocation failed because [{self.type_name}] does not "
                                f"contain a method named '{name}'.", "MethodNotFound")


register_view(TypeInfo, TypeView(
    type_names=("System.RuntimeType", "System.Type", "System.Object"),
    properties=(PropertyDef("Name", lambda t: t.Name), PropertyDef("FullName", lambda t: t.FullName)),
    to_string=lambda t: t.FullName))


_EXCEPTION_PROPERTIES = (PropertyDef("Message", lambda e: e.Message),
                PropertyDef("InnerException", lambda e: e.InnerException),
                PropertyDef("ErrorRecord", lambda e: e.record),
                PropertyDef("TargetSite", lambda e: None),
                PropertyDef("StackTrace", lambda e: None),
                PropertyDef("HelpLink", lambda e: None),
                PropertyDef("Source", lambda e: None),
                PropertyDef("HResult", lambda e: -2146233087))
_EXCEPTION_CLASSES: dict[str, type[ExceptionValue]] = {}


def _proper_name(low: str) -> str:
    """The spelling of a known base type, from the _BASES values."""
    for base in _BASES.values():
        if base.lower() == low:
            return base
    return low


def make_exception(type_name: str, message: str, inner: ExceptionValue | None = None,
                   record: ErrorRecord | None = None) -> ExceptionValue:
    """An exception object whose type names follow the .NET hierarchy (for -is and GetType)."""
    cls = _EXCEPTION_CLASSES.get(type_name)
    if cls is None:
        cls = type("Exception_" + type_name.replace(".", "_"), (ExceptionValue,), {})
        names = tuple(type_name if n == type_name.lower() else _proper_name(n)
                      for n in exception_chain(type_name)) + ("System.Object",)
        register_view(cls, TypeView(type_names=names, properties=_EXCEPTION_PROPERTIES,
                                    default_display=("Message",), to_string=lambda e: e.Message))
        _EXCEPTION_CLASSES[type_name] = cls
    return cls(type_name, message, inner, record)


def exception_of(record: ErrorRecord) -> ExceptionValue:
    holder = record.exception_holder
    if not holder:
        inner_type = inner_exception_of(record)
        inner = make_exception(inner_type, record.message) if inner_type else None
        holder.append(make_exception(record.exception_type, record.message, inner, record))
    return holder[0]


class CategoryInfo:
    def __init__(self, record: ErrorRecord) -> None:
        self.record = record
        self.Category = record.category
        self.Activity = record.activity if record.activity is not None else \
            (record.invocation.command_name or "")
        self.Reason = record.exception_short_name
        self.TargetName = record.target_name if record.target_name is not None else \
            to_string(record.target)
        self.TargetType = record.target_type if record.target_type is not None else (
            type_names(record.target)[0].rsplit(".", 1)[-1] if record.target is not None else "")

    def __str__(self) -> str:
        return (f"{self.Category}: ({self.TargetName}:{self.TargetType}) [{self.Activity}], "
                f"{self.Reason}")


register_view(CategoryInfo, TypeView(
    type_names=("System.Management.Automation.ErrorCategoryInfo", "System.Object"),
    properties=tuple(PropertyDef(n, (lambda n: lambda c: getattr(c, n))(n))
                     for n in ("Category", "Activity", "Reason", "TargetName", "TargetType")),
    to_string=str))


def _invocation_info(record: ErrorRecord) -> PSCustomObject:
    inv = record.invocation
    return PSCustomObject((
        ("MyCommand", inv.command_name),
        ("ScriptName", inv.script_name),
        ("ScriptLineNumber", inv.line),
        ("OffsetInLine", inv.column),
        ("Line", inv.line_text),
        ("InvocationName", inv.command_name or ""),
        ("PositionMessage", f"At {inv.script_name or 'line'}:{inv.line} char:{inv.column}"),
    ), type_names=("System.Management.Automation.InvocationInfo", "System.Object"))


register_view(ErrorRecord, TypeView(
    type_names=("System.Management.Automation.ErrorRecord", "System.Object"),
    properties=(
        PropertyDef("Exception", exception_of),
        PropertyDef("TargetObject", lambda r: r.target),
        PropertyDef("CategoryInfo", CategoryInfo),
        PropertyDef("FullyQualifiedErrorId", lambda r: r.fully_qualified_error_id),
        PropertyDef("ErrorDetails", lambda r: None),
        PropertyDef("InvocationInfo", _invocation_info),
        PropertyDef("ScriptStackTrace", lambda r: ""),
        PropertyDef("PipelineIterationInfo", lambda r: []),
    ),
    to_string=lambda r: r.message))


def record_from_thrown(value: Any) -> ErrorRecord:
    """The ErrorRecord `throw <value>` raises."""
    if isinstance(value, ErrorRecord):
        return value
    if isinstance(value, ExceptionValue):
        if value.record is not None:
            return value.record
        return ErrorRecord(message=value.Message, error_id=value.Message,
                           category="OperationStopped", exception_type=value.type_name,
                           activity="")
    if value is None:
        return ErrorRecord(message="ScriptHalted", error_id="ScriptHalted",
                           category="OperationStopped", exception_type=RUNTIME, activity="")
    message = to_string(value)
    return ErrorRecord(message=message, error_id=message, category="OperationStopped",
                       target=value, exception_type=RUNTIME, activity="")


def new_exception(type_name: str, args: list[Any]) -> ExceptionValue:
    """`[System.ArgumentException]::new('message'[, inner])` / New-Object."""
    name = type_name.strip("[]")
    full = name if "." in name else "System." + name
    message = to_string(args[0]) if args else f"Exception of type '{full}' was thrown."
    inner = args[1] if len(args) > 1 and isinstance(args[1], ExceptionValue) else None
    return make_exception(full, message, inner)


def is_exception_type(type_name: str) -> bool:
    low = type_name.strip("[]").lower()
    return low.endswith("exception") or canonical_exception(low) in _BASES


__all__ = ["ExceptionValue", "make_exception", "CategoryInfo", "TypeInfo", "exception_matches", "exception_of",
           "record_from_thrown", "new_exception", "is_exception_type", "exception_chain"]
