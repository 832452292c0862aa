"""Session state: variable scopes and the automatic and preference variables.

Variable names are case-insensitive; scopes form a chain from the innermost
(a script block's) to the global one. Reading an unset variable gives $null.
"""
from __future__ import annotations

import os
from typing import Any

from ..cmdlets.lang.values import AUTOMATION_NULL

_MISSING: Any = object()

# Preference variables and their defaults (about_Preference_Variables).
DEFAULT_PREFERENCES: dict[str, Any] = {
    "ConfirmPreference": "High",
    "ErrorActionPreference": "Continue",
    "WarningPreference": "Continue",
    "VerbosePreference": "SilentlyContinue",
    "DebugPreference": "SilentlyContinue",
    "InformationPreference": "SilentlyContinue",
    "WhatIfPreference": False,
    "FormatEnumerationLimit": 4,
    "OFS": " ",
}


class Scope:
    """One level of variables; `parent` is None for the global scope."""

    __slots__ = ("vars", "names", "parent", "session", "kind", "functions", "private", "types")

    def __init__(self, session: "SessionState", parent: "Scope | None", kind: str = "local") -> None:
        self.vars: dict[str, Any] = {}
        self.names: dict[str, str] = {}   # lower -> name as first written, for Get-Variable
        self.parent = parent
        self.session = session
        self.kind = kind
        self.functions: dict[str, Any] | None = None   # lower name -> FunctionSpec
        self.private: set[str] | None = None           # $private: names, hidden from children
        self.types: dict[str, str] | None = None        # [int]$x: the variable's type constraint

    def get(self, key: str) -> Any:
        """key is the lower-cased name."""
        value = self.vars.get(key, _MISSING)
        if value is not _MISSING:
            return value
        scope = self.parent
        while scope is not None:
            value = scope.vars.get(key, _MISSING)
            if value is not _MISSING and (scope.private is None or key not in scope.private):
                return value
            scope = scope.parent
        return self.session.automatic(key)

    def get_local(self, key: str) -> Any:
        """`$local:x`: this scope only."""
        value = self.vars.get(key, _MISSING)
        return None if value is _MISSING else value

    def set(self, name: str, value: Any) -> None:
        key = name.lower()
        if value is AUTOMATION_NULL:
            value = None
        types = self.types
        if types is not None and key in types:
            from ..cmdlets.lang.operators import convert_to_type
            value = convert_to_type(value, types[key])
        self.vars[key] = value
        if key not in self.names:
            self.names[key] = name

    def constrain(self, name: str, type_name: str | None) -> None:
        """Give the variable a type: later assignments convert to it (`[int]$x = '5'`)."""
        key = name.lower()
        if self.types is None:
            self.types = {}
        if type_name is None:
            self.types.pop(key, None)
        else:
            self.types[key] = type_name

    def set_private(self, name: str, value: Any) -> None:
        self.set(name, value)
        if self.private is None:
            self.private = set()
        self.private.add(name.lower())

    def find_scope_of(self, key: str) -> "Scope | None":
        scope: Scope | None = self
        while scope is not None:
            if key in scope.vars:
                return scope
            scope = scope.parent
        return None

    def set_existing_or_local(self, name: str, value: Any) -> None:
        """PowerShell assigns to the local scope; existing outer values stay."""
        self.set(name, value)

    def remove(self, name: str) -> None:
        key = name.lower()
        self.vars.pop(key, None)
        if self.types is not None:
            self.types.pop(key, None)

    def child(self, kind: str = "local") -> "Scope":
        return Scope(self.session, self, kind)


class SessionState:
    """All the variables of one shell session, plus the few automatic values
    that are computed rather than stored."""

    def __init__(self) -> None:
        self.global_scope = Scope(self, None, "global")
        self.script_scope = self.global_scope
        for name, value in DEFAULT_PREFERENCES.items():
            self.global_scope.set(name, value)
        self.global_scope.set("Error", [])
        self.global_scope.set("PSVersionTable", None)
        self.last_success = True       # $?
        self.matches: Any = None       # $Matches (set by -match)
        self.last_exit_code: Any = None

    # Used by operators (OperatorContext protocol)
    @property
    def ofs(self) -> str:
        value = self.global_scope.vars.get("ofs", " ")
        return " " if value is None else str(value)

    def automatic(self, key: str) -> Any:
        if key == "?":
            return self.last_success
        if key == "matches":
            return self.matches
        if key == "lastexitcode":
            return self.last_exit_code
        return None

    def get_env(self, name: str) -> Any:
        for key, value in os.environ.items():
            if key.lower() == name.lower():
                return value
        return None

    def set_env(self, name: str, value: Any) -> None:
        if value is None:
            os.environ.pop(name, None)
        else:
            os.environ[name] = str(value)

    def record_error(self, record: Any) -> None:
        errors = self.global_scope.vars.get("error")
        if not isinstance(errors, list):
            errors = []
            self.global_scope.vars["error"] = errors
        errors.insert(0, record)
        del errors[256:]  # $MaximumErrorCount
