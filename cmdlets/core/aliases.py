"""Get-Alias, Set-Alias and New-Alias over the command registry's aliases.

Aliases are session-wide (the registry has one table): -Scope is accepted for
scripts that pass it, and every alias lands in the one table.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from ..base import Cmdlet
from ..errors import OBJECT_NOT_FOUND, WRITE_ERROR
from ..lang.values import attribute_view, register_view
from ..metadata import (BY_PROPERTY_NAME, CmdletHelp, Example, Parameter, STRING, STRING_ARRAY,
                        SWITCH)
from .common import has_wildcard, matches_any, wildcard
from .variables import OPTIONS


@dataclass(frozen=True, slots=True)
class AliasInfo:
    """System.Management.Automation.AliasInfo: Name is the alias, DisplayName
    "alias -> command" (what the CommandInfo table shows in its Name column)."""

    name: str
    definition: str
    description: str = ""
    options: str = "None"

    command_type = "Alias"
    version = ""
    source = ""
    module_name = ""

    @property
    def display_name(self) -> str:
        return f"{self.name} -> {self.definition}"

    @property
    def resolved_command_name(self) -> str:
        return self.definition


register_view(AliasInfo, attribute_view(
    ("System.Management.Automation.AliasInfo", "System.Management.Automation.CommandInfo",
     "System.Object"),
    (("CommandType", "command_type"), ("Name", "name"), ("DisplayName", "display_name"),
     ("Definition", "definition"), ("ReferencedCommand", "definition"),
     ("ResolvedCommandName", "resolved_command_name"), ("Description", "description"),
     ("Options", "options"), ("Version", "version"), ("Source", "source"),
     ("ModuleName", "module_name")),
    default_display=("CommandType", "Name", "Version", "Source"),
    to_string=lambda a: a.name, view="table"))

_READ_ONLY_OPTIONS = "ReadOnly, AllScope"
_SCOPE = Parameter("Scope", STRING, help="Accepted for compatibility: aliases are session-wide.")


def alias_infos(registry: Any) -> list[AliasInfo]:
    """Every alias of the registry, sorted by name as Get-Alias lists them."""
    read_only = getattr(registry, "read_only_aliases", set())
    infos = [AliasInfo(name, target, description,
                       _READ_ONLY_OPTIONS if name.lower() in read_only else "None")
             for name, target, description in registry.alias_entries()]
    return sorted(infos, key=lambda a: a.name.lower())


class GetAlias(Cmdlet):
    name = "Get-Alias"
    implementing_type = "Microsoft.PowerShell.Commands.GetAliasCommand"
    default_parameter_set = "Default"
    output_type = "System.Management.Automation.AliasInfo"
    parameters = (
        Parameter("Name", STRING_ARRAY, position=0, sets=("Default",),
                  pipeline=BY_PROPERTY_NAME, help="The aliases to get; wildcards are allowed."),
        Parameter("Definition", STRING_ARRAY, sets=("Definition",),
                  help="Gets the aliases of these commands; wildcards are allowed."),
        Parameter("Exclude", STRING_ARRAY, help="Leaves out the aliases matching these patterns."),
        _SCOPE,
    )
    help = CmdletHelp(
        synopsis="Gets the aliases of the session.",
        description="Outputs AliasInfo objects; the table shows each as 'alias -> command'.",
        examples=(Example("Get-Alias", "Lists every alias."),
                  Example("Get-Alias -Definition Get-Content", "The aliases of Get-Content.")),
        inputs="System.String", outputs="System.Management.Automation.AliasInfo")

    def process(self) -> None:
        infos = [a for a in alias_infos(self.service("registry")) if not self._excluded(a.name)]
        if self.definition:
            for pattern in self.definition:
                match = wildcard(pattern)
                for info in infos:
                    if match(info.definition):
                        self.write_object(info)
            return
        for pattern in self.name_ or ("*",):
            match = wildcard(pattern)
            found = [a for a in infos if match(a.name)]
            if not found and not has_wildcard(pattern):
                self.write_error(self.error(
                    "This command cannot find a matching alias because an alias with the name "
                    f"'{pattern}' does not exist.", "ItemNotFoundException", OBJECT_NOT_FOUND,
                    pattern, "System.Management.Automation.ItemNotFoundException"))
            for info in found:
                self.write_object(info)

    def _excluded(self, name: str) -> bool:
        return matches_any(self.exclude, name)


class _WriteAlias(Cmdlet):
    """Set-Alias and New-Alias: one alias in the registry's table."""

    supports_should_process = True
    output_type = "System.Management.Automation.AliasInfo"
    action = "Set Alias"
    parameters = (
        Parameter("Name", STRING, position=0, mandatory=True, pipeline=BY_PROPERTY_NAME,
                  help="The alias."),
        Parameter("Value", STRING, position=1, mandatory=True, pipeline=BY_PROPERTY_NAME,
                  help="The command the alias stands for."),
        Parameter("Description", STRING, help="A description of the alias."),
        Parameter("Option", OPTIONS, help="ReadOnly, Constant, Private, AllScope or None."),
        Parameter("PassThru", SWITCH, help="Outputs the alias."),
        _SCOPE,
        Parameter("Force", SWITCH, help="Replaces a read-only alias as well."),
    )

    def _refuse_existing(self, registry: Any, name: str) -> bool:
        """New-Alias refuses any alias of that name unless -Force is given."""
        return False

    def process(self) -> None:
        registry = self.service("registry")
        name, target = self.name_ or "", self.value or ""
        key = name.lower()
        read_only = getattr(registry, "read_only_aliases", set())
        if self._refuse_existing(registry, name):
            return
        if key in read_only and not self.force:
            self.write_error(self.error(
                f"Alias was not written because alias {name} is read-only or constant and cannot "
                "be written to.", "AliasNotWritable", WRITE_ERROR, name,
                "System.Management.Automation.SessionStateUnauthorizedAccessException"))
            return
        if not self.should_process(f"Name: {name} Value: {target}", self.action):
            return
        registry.add_alias(name, target, self.description)
        if self.option is not None and ("ReadOnly" in self.option or "Constant" in self.option):
            read_only.add(key)
        elif self.force:
            read_only.discard(key)
        if self.pass_thru:
            self.write_object(AliasInfo(name, target, self.description or "",
                                        self.option or "None"))


class SetAlias(_WriteAlias):
    name = "Set-Alias"
    implementing_type = "Microsoft.PowerShell.Commands.SetAliasCommand"
    help = CmdletHelp(
        synopsis="Creates or changes an alias.",
        examples=(Example("Set-Alias -Name now -Value Get-Date", "`now` runs Get-Date."),),
        inputs="None", outputs="None, or System.Management.Automation.AliasInfo with -PassThru")


class NewAlias(_WriteAlias):
    name = "New-Alias"
    implementing_type = "Microsoft.PowerShell.Commands.NewAliasCommand"
    action = "New Alias"
    help = CmdletHelp(
        synopsis="Creates an alias; fails when one of that name exists.",
        examples=(Example("New-Alias -Name users -Value Get-CsUser", "`users` runs Get-CsUser."),),
        inputs="None", outputs="None, or System.Management.Automation.AliasInfo with -PassThru")

    def _refuse_existing(self, registry: Any, name: str) -> bool:
        if self.force or registry.alias_target(name) is None:
            return False
        self.write_error(self.error(
            f"The alias is not allowed, because an alias with the name '{name}' already exists.",
            "AliasAlreadyExists", "ResourceExists", name,
            "System.Management.Automation.SessionStateException"))
        return True


ALIAS_CMDLETS: tuple[type[Cmdlet], ...] = (GetAlias, SetAlias, NewAlias)
