"""The command table: cmdlet classes by name, plus PowerShell's built-in aliases."""
from __future__ import annotations

from collections.abc import Callable, Iterable

from .base import Cmdlet

BUILTIN_ALIASES: dict[str, str] = {
    "?": "Where-Object", "where": "Where-Object",
    "%": "ForEach-Object", "foreach": "ForEach-Object",
    "select": "Select-Object", "sort": "Sort-Object", "measure": "Measure-Object",
    "group": "Group-Object", "ft": "Format-Table", "fl": "Format-List", "fw": "Format-Wide",
    "echo": "Write-Output", "write": "Write-Output", "tee": "Tee-Object", "gm": "Get-Member",
    "gcm": "Get-Command", "help": "Get-Help", "cls": "Clear-Host", "clear": "Clear-Host",
    "oh": "Out-Host", "gv": "Get-Variable", "sv": "Set-Variable",
    # The utility cmdlets' aliases that pwsh defines on Linux too.
    "nv": "New-Variable", "rv": "Remove-Variable", "clv": "Clear-Variable",
    "gc": "Get-Content", "iex": "Invoke-Expression", "compare": "Compare-Object",
    "gu": "Get-Unique", "sls": "Select-String", "epcsv": "Export-Csv", "ipcsv": "Import-Csv",
    "gal": "Get-Alias", "sal": "Set-Alias", "nal": "New-Alias",
    "h": "Get-History", "history": "Get-History", "ghy": "Get-History",
    "clhy": "Clear-History", "r": "Invoke-History", "ihy": "Invoke-History",
}


class CommandRegistry:
    def __init__(self, commands: Iterable[type[Cmdlet]] = (),
                 aliases: dict[str, str] | None = None) -> None:
        self._commands: dict[str, type[Cmdlet]] = {}
        self._lazy: dict[str, Callable[[], type[Cmdlet]]] = {}
        self._aliases: dict[str, str] = {}
        self._alias_names: dict[str, str] = {}       # lower -> the alias as defined
        self._alias_descriptions: dict[str, str] = {}
        for command in commands:
            self.add(command)
        for alias, target in (aliases or BUILTIN_ALIASES).items():
            self._aliases[alias.lower()] = target
        # The built-in aliases are read-only, as pwsh's own (Set-Alias needs -Force).
        self.read_only_aliases: set[str] = set(self._aliases)

    def add(self, command: type[Cmdlet]) -> None:
        self._commands[command.name.lower()] = command

    def add_lazy(self, name: str, loader: Callable[[], type[Cmdlet]]) -> None:
        """A command whose module is imported the first time the command is used."""
        self._lazy[name.lower()] = loader

    def add_alias(self, alias: str, target: str, description: str | None = None) -> None:
        self._aliases[alias.lower()] = target
        self._alias_names[alias.lower()] = alias
        if description is not None:
            self._alias_descriptions[alias.lower()] = description

    def alias_target(self, alias: str) -> str | None:
        return self._aliases.get(alias.lower())

    def alias_entries(self) -> list[tuple[str, str, str]]:
        """(name as defined, target, description) of every alias."""
        return [(self._alias_names.get(key, key), target, self._alias_descriptions.get(key, ""))
                for key, target in self._aliases.items()]

    def resolve(self, name: str) -> type[Cmdlet] | None:
        key = name.lower()
        if key not in self._commands and key in self._aliases:
            key = self._aliases[key].lower()
        found = self._commands.get(key)
        if found is None and key in self._lazy:
            found = self._lazy.pop(key)()
            self.add(found)
        return found

    def commands(self) -> list[type[Cmdlet]]:
        for key in list(self._lazy):
            self.resolve(key)
        return sorted(self._commands.values(), key=lambda c: c.name.lower())

    def aliases(self) -> dict[str, str]:
        return dict(self._aliases)
