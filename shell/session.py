"""Session state: variable scopes and the automatic and preference variables.

Variable names are case-insensitive; scopes form a chain from the innermost
(a script block's) to the global one. Reading an unset variable gives $null.
"""
from __future__ import annotations

import os
import sys
from typing import Any

from ..cmdlets.errors import ErrorRecord, PSRuntimeError
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
    "ProgressPreference": "Continue",
    "FormatEnumerationLimit": 4,
    "MaximumHistoryCount": 4096,
    "NestedPromptLevel": 0,
    "PSCulture": "en-US",
    "PSUICulture": "en-US",
    "PSEdition": "Core",
}
# $OFS is deliberately absent: PowerShell leaves it unset, and joining falls back to " ".

# Variable options (System.Management.Automation.ScopedItemOptions) a scope enforces.
READ_ONLY, CONSTANT = "ReadOnly", "Constant"


class Scope:
    """One level of variables; `parent` is None for the global scope."""

    __slots__ = ("vars", "names", "parent", "session", "kind", "functions", "private", "types",
                 "options", "descriptions")

    def __init__(self, session: "SessionState", parent: "Scope | None", kind: str = "local") -> None:
        self.vars: dict[str, Any] = {}
        self.names: dict[str, str] = {}   # lower -> name as first written, for Get-Variable
        self.parent = parent
        self.session = session
        self.kind = kind
        self.functions: dict[str, Any] | None = None   # lower name -> FunctionSpec
        self.private: set[str] | None = None           # $private: names, hidden from children
        self.types: dict[str, str] | None = None        # [int]$x: the variable's type constraint
        self.options: dict[str, str] | None = None      # lower name -> "ReadOnly, AllScope"...
        self.descriptions: dict[str, str] | None = None  # New-Variable -Description

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
        if self.options is not None and key in self.options:
            self._check_writable(key)
        if value is AUTOMATION_NULL:
            value = None
        types = self.types
        if types is not None and key in types:
            from ..cmdlets.lang.operators import convert_to_type
            value = convert_to_type(value, types[key])
        self.vars[key] = value
        if key not in self.names:
            self.names[key] = name

    def _check_writable(self, key: str) -> None:
        options = self.options.get(key, "") if self.options is not None else ""
        if READ_ONLY in options or CONSTANT in options:
            raise PSRuntimeError(ErrorRecord(
                message=f"Cannot overwrite variable {self.names.get(key, key)} because it is "
                        "read-only or constant.",
                error_id="VariableNotWritable", category="WriteError",
                target=self.names.get(key, key), target_name=self.names.get(key, key),
                exception_type="System.Management.Automation.SessionStateUnauthorizedAccessException"))

    def option_of(self, key: str) -> str:
        """The variable's options as PowerShell prints them ("None" when it has none)."""
        if self.options is None:
            return "None"
        return self.options.get(key, "None")

    def set_option(self, name: str, option: str | None) -> None:
        key = name.lower()
        if self.options is None:
            self.options = {}
        if option in (None, "", "None"):
            self.options.pop(key, None)
        else:
            self.options[key] = option  # type: ignore[assignment]

    def define(self, name: str, value: Any, option: str | None = None,
               description: str | None = None) -> None:
        """Create or replace a variable here regardless of ReadOnly (New-Variable -Force,
        Set-Variable -Force, and the session's own automatic variables)."""
        key = name.lower()
        if self.options is not None:
            self.options.pop(key, None)
        self.set(name, value)
        self.names[key] = self.names.get(key, name)
        if option is not None:
            self.set_option(name, option)
        if description is not None:
            if self.descriptions is None:
                self.descriptions = {}
            self.descriptions[key] = description

    def variable_names(self) -> list[str]:
        """The names of this scope's own variables, as first written."""
        return [self.names.get(key, key) for key in self.vars]

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
        self.names.pop(key, None)
        for table in (self.types, self.options, self.descriptions):
            if table is not None:
                table.pop(key, None)
        if self.private is not None:
            self.private.discard(key)

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
        self._define_automatic_variables()
        self.last_success = True       # $?
        self.matches: Any = None       # $Matches (set by -match)
        self.last_exit_code: Any = None

    def _define_automatic_variables(self) -> None:
        """about_Automatic_Variables: the values a script may read about its platform.
        $PWD is computed on each read (automatic), as it follows the current directory."""
        from ..cmdlets.core.environment import version_table
        define = self.global_scope.define
        define("PSVersionTable", version_table(), READ_ONLY)
        define("PID", os.getpid(), CONSTANT)
        define("IsLinux", sys.platform.startswith("linux"), CONSTANT)
        define("IsWindows", sys.platform.startswith("win"), CONSTANT)
        define("IsMacOS", sys.platform == "darwin", CONSTANT)
        define("IsCoreCLR", True, CONSTANT)
        define("HOME", os.path.expanduser("~"), READ_ONLY)
        define("PSHOME", os.path.dirname(os.path.abspath(sys.executable)), CONSTANT)
        define("ShellId", "Microsoft.PowerShell", CONSTANT)

    def set_host(self, host_info: Any) -> None:
        """$Host: the composition root knows the host; the session only keeps it."""
        self.global_scope.define("Host", host_info, CONSTANT)

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
        if key == "pwd":
            from ..cmdlets.core.environment import PathInfo
            return PathInfo(os.getcwd())
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


class ScopeAccess:
    """The variable cmdlets' view of the scopes ("variable_scopes" service).

    A command runs from some scope; the pipeline gives it an execution context that
    is either the session's (global scope) or a scoped one (a function or script
    block), so the scope a cmdlet acts on is found from its runtime's context."""

    def __init__(self, session: SessionState) -> None:
        self.session = session

    def current(self, runtime: Any) -> Scope:
        ctx = getattr(runtime, "ctx", None)
        scope = getattr(ctx, "scope", None)   # a shell.executor.ScopedContext
        return scope if isinstance(scope, Scope) else self.session.global_scope

    def chain(self, runtime: Any) -> list[Scope]:
        """The current scope and its ancestors, innermost first."""
        scopes: list[Scope] = []
        scope: Scope | None = self.current(runtime)
        while scope is not None:
            scopes.append(scope)
            scope = scope.parent
        return scopes

    def resolve(self, runtime: Any, name: str) -> Scope:
        """-Scope Global | Local | Script | Private | <n>; raises ValueError with
        PowerShell's message when the scope does not exist."""
        lowered = name.strip().lower()
        if lowered == "global":
            return self.session.global_scope
        if lowered == "script":
            return self.session.script_scope
        if lowered in ("local", "private"):
            return self.current(runtime)
        if lowered.isdigit():
            scopes = self.chain(runtime)
            index = int(lowered)
            if index >= len(scopes):
                raise ValueError(f"The scope number '{index}' exceeds the number of active scopes.")
            return scopes[index]
        raise ValueError(f"The scope \"{name}\" is not recognized. Specify \"Global\", \"Local\", "
                         "\"Script\", \"Private\" or a positive integer.")

    def visible(self, runtime: Any) -> list[tuple[str, Any, Scope]]:
        """Every variable the current scope sees (innermost wins), plus the computed
        automatic ones, as (name, value, owning scope)."""
        seen: dict[str, tuple[str, Any, Scope]] = {}
        for depth, scope in enumerate(self.chain(runtime)):
            for key, value in scope.vars.items():
                if key in seen or key == "_" and value is AUTOMATION_NULL:
                    continue
                if depth and scope.private is not None and key in scope.private:
                    continue
                if key.startswith("\x00"):
                    continue   # the executor's own bookkeeping entries (-ErrorVariable lists)
                seen[key] = (scope.names.get(key, key), value, scope)
        session = self.session
        global_scope = session.global_scope
        for name in ("?", "PWD", "Matches", "LASTEXITCODE"):
            key = name.lower()
            if key not in seen:
                value = session.automatic(key)
                if value is not None or key == "?":
                    seen[key] = (name, value, global_scope)
        return list(seen.values())

    @staticmethod
    def owner_of(scopes: list[Scope], key: str) -> Scope | None:
        for depth, scope in enumerate(scopes):
            if key in scope.vars and not (depth and scope.private is not None
                                          and key in scope.private):
                return scope
        return None
