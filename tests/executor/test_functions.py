"""Unit tests of the executor's function machinery: FunctionSpec metadata from
param(), simple-function argument splitting, scopes and the functions service."""
from __future__ import annotations

import io
from datetime import datetime

import pytest

from lyncshell.cmdlets.errors import ScriptTerminatingError
from lyncshell.cmdlets.binder import NO_VALUE, ParameterArg, PositionalArg
from lyncshell.cmdlets.metadata import BY_PROPERTY_NAME, BY_VALUE, COMMON_NAMES
from lyncshell.shell.app import Shell
from lyncshell.shell.functions import FunctionInfo, split_simple_arguments
from lyncshell.shell.host import ConsoleHost
from lyncshell.shell.session import SessionState


class _NoStore:
    def commit(self) -> None:
        pass

    def close(self) -> None:
        pass


@pytest.fixture
def shell():
    out, err = io.StringIO(), io.StringIO()
    host = ConsoleHost(interactive=False, stdout=out, stderr=err, stdin=io.StringIO(""))
    sh = Shell(host=host, store=_NoStore(), clock=lambda: datetime(2012, 10, 1))
    sh.out, sh.err = out, err  # type: ignore[attr-defined]
    return sh


def run(shell, text: str) -> str:
    shell.out.seek(0)
    shell.out.truncate()
    shell.run_text(text)
    return shell.out.getvalue()


def spec_of(shell, text: str):
    executor = shell.executor
    tree = executor.parse(text)
    return executor.function_spec(tree.end.statements[0])


def test_param_block_becomes_binder_metadata(shell) -> None:
    spec = spec_of(shell, "function Set-Thing { [CmdletBinding(SupportsShouldProcess, "
                          "ConfirmImpact='High')] param([Parameter(Mandatory, Position=0, "
                          "ValueFromPipeline)][Alias('Id')][string]$Identity, "
                          "[Parameter(ValueFromPipelineByPropertyName)][int]$Count = 3, "
                          "[switch]$Force) }")
    meta = spec.command.metadata()
    identity, count, force = meta.declared
    assert spec.advanced and spec.supports_should_process and spec.confirm_impact == "High"
    assert identity.mandatory and identity.position == 0 and identity.pipeline == BY_VALUE
    assert identity.aliases == ("Id",) and identity.type.name == "System.String"
    assert count.pipeline == BY_PROPERTY_NAME and count.type.name == "System.Int32"
    assert force.is_switch
    assert {"whatif", "confirm", "erroraction"} <= set(meta.by_name)
    assert spec.command.supports_should_process
    assert meta.lookup("Id") == [identity]


def test_simple_function_has_no_common_parameters_and_positions_in_order(shell) -> None:
    spec = spec_of(shell, "function F { param($a, [switch]$s, $b) }")
    meta = spec.command.metadata()
    assert not spec.advanced
    assert not COMMON_NAMES & set(meta.by_name)
    assert [(p.name, p.position) for p in meta.declared] == [("a", 0), ("s", None), ("b", 1)]


def test_unknown_parameters_and_extra_arguments_go_to_args(shell) -> None:
    meta = spec_of(shell, "function F { param($a) }").command.metadata()
    args = [ParameterArg("x", NO_VALUE, "-x"), PositionalArg(1), PositionalArg(2), PositionalArg(3)]
    bound, extra = split_simple_arguments(meta, args)
    assert bound == [PositionalArg(2)]
    assert extra == ["-x", 1, 3]


def test_named_parameter_takes_its_value_before_positionals(shell) -> None:
    meta = spec_of(shell, "function F { param($a, $b) }").command.metadata()
    args = [PositionalArg(1), ParameterArg("a", NO_VALUE, "-a"), PositionalArg(2), PositionalArg(3)]
    bound, extra = split_simple_arguments(meta, args)
    # -a takes 2; of the positionals 1 and 3 only one slot ($b) is left: 3 goes to $args
    assert bound == [ParameterArg("a", NO_VALUE, "-a"), PositionalArg(2), PositionalArg(1)]
    assert extra == [3]


def test_functions_service_lists_visible_functions(shell) -> None:
    run(shell, "function Get-Widget { 'w' }; filter Add-One { $_ + 1 }")
    table = shell.services.get("functions")
    names = [info.name for info in table.list()]
    assert names == ["Add-One", "Get-Widget"]
    info = table.get("get-widget")
    assert isinstance(info, FunctionInfo) and info.command_type == "Function"
    assert table.get("Add-One").command_type == "Filter"
    assert ("Get-Widget", " 'w' ") in table.items()


def test_function_output_streams_through_the_pipeline(shell) -> None:
    assert run(shell, "function Twice { process { $_ * 2 } }; 1..3 | Twice") == "2\n4\n6\n"


def test_dynamic_scoping_and_dot_sourcing(shell) -> None:
    text = ("function Inner { $v }; function Outer { $v = 'o'; Inner }; Outer; "
            "$w = 1; function SetW { $w = 2 }; SetW; $w; . SetW; $w")
    assert run(shell, text) == "o\n1\n2\n"


def test_typed_variable_constraint_lives_on_the_scope() -> None:
    session = SessionState()
    scope = session.global_scope.child()
    scope.constrain("x", "int")
    scope.set("x", "12")
    assert scope.get("x") == 12
    scope.constrain("x", None)
    scope.set("x", "text")
    assert scope.get("x") == "text"


def test_private_variables_are_hidden_from_children() -> None:
    session = SessionState()
    parent = session.global_scope.child()
    parent.set_private("p", 1)
    parent.set("q", 2)
    child = parent.child()
    assert child.get("p") is None and child.get("q") == 2 and parent.get("p") == 1


def test_shouldprocess_whatif_is_written_to_the_host(shell) -> None:
    text = ("function Rm { [CmdletBinding(SupportsShouldProcess)] param($t) "
            "if ($PSCmdlet.ShouldProcess($t, 'Delete')) { 'gone' } }; Rm a -WhatIf; Rm b")
    assert run(shell, text) == 'What if: Performing the operation "Delete" on target "a".\ngone\n'


def test_compile_error_runs_nothing(shell) -> None:
    with pytest.raises(ScriptTerminatingError):
        run(shell, "'first'; $x.y() = 1")
    assert shell.out.getvalue() == ""
    assert "The assignment expression is not valid" in shell.err.getvalue()
