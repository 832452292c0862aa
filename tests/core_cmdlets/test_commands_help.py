"""Get-Command and Get-Help: generated syntax and the help views."""
from __future__ import annotations

from lyncshell.cmdlets.core.commands import render_examples, render_help, syntax_lines
from lyncshell.cmdlets.core.where_object import WhereObject
from lyncshell.cmdlets.lync.certificates import RevokeCsClientCertificate
from lyncshell.cmdlets.lync.roles import GetCsAdminRole


def test_syntax_is_generated_from_the_metadata() -> None:
    assert syntax_lines(RevokeCsClientCertificate) == [
        "Revoke-CsClientCertificate [-Identity] <UserIdParameter> [-Force] [-WhatIf] [-Confirm] "
        "[<CommonParameters>]"]


def test_one_syntax_line_per_parameter_set() -> None:
    lines = syntax_lines(GetCsAdminRole)
    assert len(lines) == 3
    assert any(line.startswith("Get-CsAdminRole [-Filter <string>]") for line in lines)
    assert any("[[-Identity] <string>]" in line for line in lines)


def test_help_views() -> None:
    text = render_help(RevokeCsClientCertificate)
    assert "\nNAME\n    Revoke-CsClientCertificate\n" in text
    assert "SYNTAX" in text and "REMARKS" in text
    full = render_help(RevokeCsClientCertificate, full=True)
    assert "Accept pipeline input?       true (ByValue, ByPropertyName)" in full
    examples = render_examples(RevokeCsClientCertificate)
    assert "Get-CsUser | Revoke-CsClientCertificate" in examples
    assert "Example 2" in examples


def test_where_object_has_many_parameter_sets() -> None:
    assert len(syntax_lines(WhereObject)) > 10


def test_parameter_attributes_never_hide_cmdlet_members() -> None:
    from lyncshell.cmdlets.base import Cmdlet
    from lyncshell.cmdlets.metadata import CMDLET_MEMBERS
    from lyncshell.shell.app import default_registry
    assert {m for m in dir(Cmdlet) if not m.startswith("_")} <= CMDLET_MEMBERS
    for command in default_registry().commands():
        for param in command.parameters:
            assert param.attribute not in CMDLET_MEMBERS, (command.name, param.name)
