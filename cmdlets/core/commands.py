"""Get-Command and Get-Help: what commands there are, and how to call them.

Syntax lines are generated from each command's parameter metadata, so help can
never disagree with what the binder accepts. Help prose is ours (CmdletHelp on
each cmdlet class).
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from ..base import Cmdlet
from ..errors import OBJECT_NOT_FOUND
from ..lang.values import attribute_view, register_view
from ..lang.wildcard import compile_wildcard
from ..metadata import (ALL_SETS, BY_PROPERTY_NAME, BY_VALUE, CmdletHelp, Example, Parameter,
                        STRING, STRING_ARRAY, SWITCH)

# The module each family of commands reports as its Source.
LYNC_MODULE = "Lync"


@dataclass(frozen=True, slots=True)
class CommandInfo:
    """What Get-Command returns for one command."""

    command_type: str      # Cmdlet | Function | Alias
    name: str
    version: str
    source: str
    definition: str
    command: Any = None

    @property
    def verb(self) -> str:
        return self.name.split("-", 1)[0] if "-" in self.name else ""

    @property
    def noun(self) -> str:
        return self.name.split("-", 1)[1] if "-" in self.name else ""


register_view(CommandInfo, attribute_view(
    ("System.Management.Automation.CmdletInfo", "System.Management.Automation.CommandInfo",
     "System.Object"),
    (("CommandType", "command_type"), ("Name", "name"), ("Version", "version"),
     ("Source", "source"), ("Verb", "verb"), ("Noun", "noun"), ("Definition", "definition")),
    default_display=("CommandType", "Name", "Version", "Source"),
    to_string=lambda info: info.name, view="table"))


def module_of(command: type[Cmdlet]) -> str:
    module = command.__module__
    if ".lync." in module:
        return LYNC_MODULE
    if ".ad." in module:
        return "ActiveDirectory"
    if command.name.split("-")[-1] in ("Help", "Command", "Object") or "Object" in command.name:
        return "Microsoft.PowerShell.Core" if command.name in (
            "Where-Object", "ForEach-Object", "Get-Help", "Get-Command", "Out-Null",
            "Out-Default", "Out-Host") else "Microsoft.PowerShell.Utility"
    return "Microsoft.PowerShell.Utility"


def _type_label(param: Parameter) -> str:
    short = param.type.short_name
    return {"String": "string", "Int32": "int", "Boolean": "bool", "String[]": "string[]",
            "ScriptBlock": "scriptblock", "Hashtable": "hashtable", "PSObject": "psobject",
            "DateTime": "datetime"}.get(short, short)


def syntax_lines(command: type[Cmdlet]) -> list[str]:
    """One line per parameter set, as PowerShell's help prints them."""
    meta = command.metadata()
    lines = []
    for set_name in meta.set_names:
        params = [p for p in meta.declared if p.in_set(set_name)]
        positional = sorted((p for p in params if p.position is not None), key=lambda p: p.position)
        named = [p for p in params if p.position is None]
        parts = [command.name]
        for param in positional + named:
            parts.append(_syntax_part(param, set_name))
        if command.supports_should_process:
            parts += ["[-WhatIf]", "[-Confirm]"]
        parts.append("[<CommonParameters>]")
        lines.append(" ".join(parts))
        if set_name == ALL_SETS:
            break
    return lines


def _syntax_part(param: Parameter, set_name: str) -> str:
    if param.is_switch:
        return f"[-{param.name}]"
    name = f"[-{param.name}]" if param.position is not None else f"-{param.name}"
    text = f"{name} <{_type_label(param)}>"
    return text if param.is_mandatory_in(set_name) else f"[{text}]"


class GetCommand(Cmdlet):
    name = "Get-Command"
    implementing_type = "Microsoft.PowerShell.Commands.GetCommandCommand"
    output_type = "System.Management.Automation.CommandInfo"
    parameters = (
        Parameter("Name", STRING_ARRAY, position=0, pipeline=BY_VALUE | BY_PROPERTY_NAME),
        Parameter("Verb", STRING_ARRAY),
        Parameter("Noun", STRING_ARRAY),
        Parameter("Module", STRING_ARRAY, aliases=("PSSnapin",)),
        Parameter("CommandType", STRING_ARRAY, aliases=("Type",)),
        Parameter("Syntax", SWITCH),
    )
    help = CmdletHelp(
        synopsis="Lists the commands of the shell: cmdlets, functions and aliases.",
        examples=(Example("Get-Command -Module Lync", "Lists the Lync Server cmdlets."),
                  Example("Get-Command *ClientPin*", "Lists the commands about client PINs."),
                  Example("Get-Command Revoke-CsClientCertificate -Syntax",
                          "Shows how to call Revoke-CsClientCertificate.")))

    def begin(self) -> None:
        self.seen: set[str] = set()

    def process(self) -> None:
        for pattern in self.name_ or ("*",):
            matches = [info for info in self._all() if compile_wildcard(pattern)(info.name)]
            if not matches and "*" not in pattern and "?" not in pattern:
                self.write_error(self.error(
                    f"The term '{pattern}' is not recognized as the name of a cmdlet, function, "
                    "script file, or operable program. Check the spelling of the name, or if a "
                    "path was included, verify that the path is correct and try again.",
                    "CommandNotFoundException", OBJECT_NOT_FOUND, target=pattern,
                    exception_type="System.Management.Automation.CommandNotFoundException"))
            for info in matches:
                if info.name.lower() in self.seen or not self._wanted(info):
                    continue
                self.seen.add(info.name.lower())
                if self.syntax:
                    command = getattr(info, "command", None)
                    for line in (syntax_lines(command) if command else [info.definition]):
                        self.write_object(line)
                else:
                    self.write_object(info)

    def _wanted(self, info: Any) -> bool:
        checks = ((self.verb, getattr(info, "verb", "")), (self.noun, getattr(info, "noun", "")),
                  (self.module, info.source),
                  (self.command_type, info.command_type))
        return all(not patterns or any(compile_wildcard(p)(value) for p in patterns)
                   for patterns, value in checks)

    def _all(self) -> list[Any]:
        registry = self.service("registry")
        infos: list[Any] = [CommandInfo("Cmdlet", c.name, "1.0.0", module_of(c),
                                        "\n".join(syntax_lines(c)), c)
                            for c in registry.commands()]
        functions = _optional_service(self, "functions")
        if functions is not None:
            for name, definition in functions.items():
                infos.append(CommandInfo("Function", name, "", "", definition))
        from .aliases import alias_infos
        infos.extend(alias_infos(registry))
        return sorted(infos, key=lambda i: (i.command_type != "Alias", i.name.lower()))


def _optional_service(cmdlet: Cmdlet, name: str) -> Any:
    try:
        return cmdlet.service(name)
    except KeyError:
        return None


class GetHelp(Cmdlet):
    name = "Get-Help"
    implementing_type = "Microsoft.PowerShell.Commands.GetHelpCommand"
    parameters = (
        Parameter("Name", STRING, position=0, pipeline=BY_PROPERTY_NAME),
        Parameter("Examples", SWITCH, sets=("Examples",)),
        Parameter("Detailed", SWITCH, sets=("DetailedView",)),
        Parameter("Full", SWITCH, sets=("AllUsersView",)),
        Parameter("Parameter", STRING, sets=("Parameters",)),
    )
    default_parameter_set = "AllUsersView"
    help = CmdletHelp(
        synopsis="Shows help for a command: syntax, description, parameters and examples.",
        examples=(Example("Get-Help Revoke-CsClientCertificate", "Shows the summary help."),
                  Example("Get-Help Revoke-CsClientCertificate -Examples", "Shows the examples."),
                  Example("Get-Help Get-CsUser -Parameter Identity",
                          "Describes the Identity parameter.")))

    def process(self) -> None:
        if self.name_ is None:
            self.write_object(GENERAL_HELP)
            return
        registry = self.service("registry")
        command = registry.resolve(self.name_)
        if command is None:
            matches = [c for c in registry.commands() if compile_wildcard(self.name_)(c.name)]
            if len(matches) == 1:
                command = matches[0]
            elif matches:
                for match in matches:
                    self.write_object(f"{match.name}: {match.help.synopsis if match.help else ''}")
                return
        if command is None:
            self.write_error(self.error(
                f"Get-Help could not find {self.name_} in a help file in this session.",
                "HelpNotFound", OBJECT_NOT_FOUND, target=self.name_,
                exception_type="Microsoft.PowerShell.Commands.HelpNotFoundException"))
            return
        if self.parameter is not None:
            text = render_parameters(command, self.parameter)
        elif self.examples:
            text = render_examples(command)
        else:
            text = render_help(command, detailed=bool(self.detailed), full=bool(self.full))
        self.write_object(text)


GENERAL_HELP = """
TOPIC
    lyncshell help

SHORT DESCRIPTION
    Get-Help <command> shows how to use a command. Get-Command lists the commands;
    Get-Command -Module Lync lists the Lync Server cmdlets.

EXAMPLES
    Get-Help Revoke-CsClientCertificate -Examples
    Get-Command *Cs*Pin*
"""


def _indent(text: str, spaces: int = 4) -> str:
    pad = " " * spaces
    return "\n".join(pad + line if line else "" for line in text.splitlines())


def _prose(text: str, spaces: int = 4) -> str:
    """A paragraph wrapped to 80 columns under its heading."""
    import textwrap
    pad = " " * spaces
    return "\n".join(textwrap.fill(par, width=80, initial_indent=pad, subsequent_indent=pad,
                                   break_on_hyphens=False)
                     for par in text.split("\n"))


def _help_of(command: type[Cmdlet]) -> CmdletHelp:
    return command.help or CmdletHelp(synopsis=command.name)


def render_help(command: type[Cmdlet], *, detailed: bool = False, full: bool = False) -> str:
    info = _help_of(command)
    parts = ["", "NAME", _indent(command.name), "", "SYNOPSIS", _prose(info.synopsis), "", "",
             "SYNTAX"]
    for line in syntax_lines(command):
        parts += [_indent(line), ""]
    parts += ["", "DESCRIPTION", _prose(info.description or info.synopsis), ""]
    if detailed or full:
        parts += ["", "PARAMETERS", render_parameter_list(command, full=full)]
    if full:
        parts += ["", "INPUTS", _indent(info.inputs), "", "", "OUTPUTS", _indent(info.outputs), ""]
    if detailed or full:
        parts += [render_examples(command).rstrip("\n")]
    else:
        parts += ["", "REMARKS",
                  _indent(f'To see the examples, type: "Get-Help {command.name} -Examples".\n'
                          f'For more information, type: "Get-Help {command.name} -Detailed".\n'
                          f'For technical information, type: "Get-Help {command.name} -Full".')]
    return "\n".join(parts) + "\n"


def render_examples(command: type[Cmdlet]) -> str:
    info = _help_of(command)
    parts = ["", "NAME", _indent(command.name), "", "SYNOPSIS", _prose(info.synopsis), ""]
    for number, example in enumerate(info.examples, start=1):
        parts += [_indent(f"-------------------------- Example {number} --------------------------"),
                  "", _indent(example.code), "", _prose(example.remarks), ""]
    return "\n".join(parts) + "\n"


def render_parameter_list(command: type[Cmdlet], *, full: bool) -> str:
    meta = command.metadata()
    blocks = [_parameter_block(p, full=full) for p in meta.declared]
    if command.supports_should_process:
        blocks += [_indent("-WhatIf [<SwitchParameter>]") + "\n"
                   + _indent("Shows what would happen without changing anything.", 8) + "\n",
                   _indent("-Confirm [<SwitchParameter>]") + "\n"
                   + _indent("Asks for confirmation before each change.", 8) + "\n"]
    blocks.append(_indent("<CommonParameters>") + "\n" + _prose(
        "This cmdlet supports the common parameters: Verbose, Debug, ErrorAction, "
        "ErrorVariable, WarningAction, WarningVariable, OutBuffer, PipelineVariable, and "
        "OutVariable.", 8) + "\n")
    return "\n".join(blocks)


def _parameter_block(param: Parameter, *, full: bool) -> str:
    label = f"-{param.name}" + ("" if param.is_switch else f" <{param.type.short_name}>")
    if param.is_switch:
        label = f"-{param.name} [<SwitchParameter>]"
    lines = [_indent(label), _prose(param.help, 8) if param.help else ""]
    if full:
        pipeline = []
        if param.pipeline & BY_VALUE:
            pipeline.append("ByValue")
        if param.pipeline & BY_PROPERTY_NAME:
            pipeline.append("ByPropertyName")
        lines += ["", _indent(f"Required?                    {str(param.mandatory).lower()}", 8),
                  _indent("Position?                    "
                          + ("named" if param.position is None else str(param.position + 1)), 8),
                  _indent("Accept pipeline input?       "
                          + (f"true ({', '.join(pipeline)})" if pipeline else "false"), 8),
                  _indent("Aliases                      "
                          + (", ".join(param.aliases) if param.aliases else "None"), 8)]
    return "\n".join(lines) + "\n"


def render_parameters(command: type[Cmdlet], pattern: str) -> str:
    meta = command.metadata()
    matches = [p for p in meta.declared if compile_wildcard(pattern)(p.name)]
    return "\n" + "\n".join(_parameter_block(p, full=True) for p in matches)
