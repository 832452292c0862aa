"""Unit tests of error routing (catch matching, trap, rethrow) and control flow."""
from __future__ import annotations

import pytest

from lyncshell.cmdlets.errors import ErrorRecord, PSRuntimeError, ScriptTerminatingError
from lyncshell.shell.errortypes import (ThrownException, canonical_exception, exception_chain,
                                        exception_matches, exception_of, record_from_thrown)

from .test_functions import run, shell  # noqa: F401 - the fixture


def test_exception_chain_follows_the_dotnet_hierarchy() -> None:
    chain = exception_chain("System.Management.Automation.ParameterBindingException")
    assert chain[:2] == ["system.management.automation.parameterbindingexception",
                         "system.management.automation.runtimeexception"]
    assert chain[-1] == "system.exception"
    assert exception_chain("Some.Unknown.Exception")[-1] == "system.exception"


@pytest.mark.parametrize("thrown, wanted, expected", [
    ("System.ArgumentNullException", "ArgumentException", True),
    ("System.ArgumentNullException", "[System.ArgumentException]", True),
    ("System.ArgumentException", "System.ArgumentNullException", False),
    ("System.Management.Automation.CommandNotFoundException", "RuntimeException", True),
    ("System.UnauthorizedAccessException", "System.Exception", True),
    ("System.UnauthorizedAccessException", "System.InvalidOperationException", False),
])
def test_exception_matches(thrown: str, wanted: str, expected: bool) -> None:
    assert exception_matches(thrown, wanted) is expected


def test_canonical_exception_accepts_short_names() -> None:
    assert canonical_exception("DivideByZeroException") == "system.dividebyzeroexception"
    assert canonical_exception("Exception") == "system.exception"


def test_record_from_thrown_values() -> None:
    assert record_from_thrown("boom").message == "boom"
    assert record_from_thrown("boom").error_id == "boom"
    assert record_from_thrown(None).error_id == "ScriptHalted"
    record = ErrorRecord(message="m", error_id="E")
    assert record_from_thrown(record) is record


def test_exception_object_of_a_record() -> None:
    record = ErrorRecord(message="Attempted to divide by zero.", error_id="RuntimeException")
    exception = exception_of(record)
    assert exception.Message == "Attempted to divide by zero."
    assert exception.InnerException.type_name == "System.DivideByZeroException"


def test_catch_matching_uses_the_executor(shell) -> None:  # noqa: F811
    executor = shell.executor
    wrapped = PSRuntimeError(ErrorRecord(message="x", error_id="x",
                                         exception_type="System.Management.Automation.PSInvalidCastException"))
    thrown = ThrownException(ErrorRecord(message="x", error_id="x",
                                         exception_type="System.ArgumentException"))
    runtime = ("System.Management.Automation.RuntimeException",)
    assert executor.catch_matches(runtime, wrapped)
    assert not executor.catch_matches(runtime, thrown)
    assert executor.catch_matches(("System.ArgumentException",), thrown)
    assert executor.catch_matches((), thrown)
    assert isinstance(thrown, ScriptTerminatingError)


def test_try_catch_finally_order(shell) -> None:  # noqa: F811
    assert run(shell, "try { 1; throw 'x'; 2 } catch { 3 } finally { 4 }") == "1\n3\n4\n"


def test_trap_continue_resumes(shell) -> None:  # noqa: F811
    assert run(shell, "trap { 't'; continue }; 'a'; 1/0; 'b'") == "a\nt\nb\n"


def test_switch_break_continue_and_default(shell) -> None:  # noqa: F811
    text = "switch (1, 2, 3, 4) { 2 { 'two'; continue } 4 { break } default { \"d$_\" } }"
    assert run(shell, text) == "d1\ntwo\nd3\n"


def test_labelled_break_leaves_the_outer_loop(shell) -> None:  # noqa: F811
    text = ":o foreach ($i in 1..3) { foreach ($j in 1..3) { if ($j -eq 2) { break o }; \"$i$j\" } }"
    assert run(shell, text) == "11\n"


def test_statement_error_carries_its_position(shell) -> None:  # noqa: F811
    run(shell, "'a'\n$y = 1 / 0")
    assert "At line:2 char:1" in shell.err.getvalue()


def test_stop_error_in_catch_has_the_original_message(shell) -> None:  # noqa: F811
    assert run(shell, "try { Write-Error 'orig' -ErrorAction Stop } catch { \"$_\" }") == "orig\n"
