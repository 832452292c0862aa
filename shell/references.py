"""`[ref]$x`: a PSReference bound to a variable, not to a copy of its value.

PowerShell's `[ref]` cast of a variable expression wraps the PSVariable itself
(VariableOps.GetVariableAsRef), so `[int]::TryParse('5', [ref]$n)` and a function
doing `$r.Value = 9` on its `[ref]$r` parameter change the caller's variable.
"""
from __future__ import annotations

from typing import Any

from ..cmdlets.errors import ErrorRecord, INVALID_OPERATION, PSRuntimeError
from ..cmdlets.lang.values import AUTOMATION_NULL, PSReference, attribute_view, register_view
from .session import Scope

_MISSING: Any = object()


class VariableReference(PSReference):
    """A PSReference whose Value reads and writes one variable of one scope.

    It is a PSReference, so everything that fills in a `[ref]` argument (TryParse,
    TryGetValue) or reads `.Value` works unchanged; the base class's slot is unused."""

    __slots__ = ("owner", "name", "key")

    def __init__(self, owner: Scope, name: str) -> None:  # noqa: D107 - no base __init__: no copy
        self.owner = owner
        self.name = name
        self.key = name.lower()

    @property  # type: ignore[override]
    def Value(self) -> Any:  # noqa: N802 - the .NET property name
        value = self.owner.vars.get(self.key)
        return None if value is AUTOMATION_NULL else value

    @Value.setter
    def Value(self, value: Any) -> None:  # noqa: N802
        # Scope.set keeps the variable's type constraint and ReadOnly checks.
        self.owner.set(self.name, value)

    def ps_type_names(self) -> tuple[str, ...]:
        return ("System.Management.Automation.PSReference", "System.Object")

    def __repr__(self) -> str:
        return f"VariableReference(${self.name}={self.Value!r})"


# Formatted as PowerShell shows a PSReference: one Value column.
register_view(VariableReference, attribute_view(
    ("System.Management.Automation.PSReference", "System.Object"), (("Value", "Value"),),
    view="table"))


def owning_scope(scope: Scope, key: str) -> Scope | None:
    """The scope whose variable `$key` (lower case) names, as a read from `scope`
    resolves it: the nearest scope that has it, skipping $private: ones of parents."""
    current: Scope | None = scope
    while current is not None:
        if key in current.vars and (current is scope or current.private is None
                                    or key not in current.private):
            return current
        current = current.parent
    return None


def no_such_variable(name: str) -> PSRuntimeError:
    """`[ref]$undefined` (ParserStrings.NonExistingVariableReference)."""
    return PSRuntimeError(ErrorRecord(
        message="[ref] cannot be applied to a variable that does not exist.",
        error_id="NonExistingVariableReference", category=INVALID_OPERATION, target=name,
        target_name=name, target_type="VariablePath"))


__all__ = ["VariableReference", "no_such_variable", "owning_scope"]
