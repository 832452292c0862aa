"""Property: whatever a user types, lyncshell prints output or PowerShell-style
errors. No Python exception escapes, no internal error is reported, nothing hangs."""
from __future__ import annotations

import io

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from lyncshell.cmdlets.errors import ScriptTerminatingError, UserStoppedError
from lyncshell.shell.app import Shell
from lyncshell.shell.flow import ExitSignal
from lyncshell.shell.host import ConsoleHost

FRAGMENTS = [
    "Get-CsUser", "Get-CsClientCertificate", "Revoke-CsClientCertificate", "Get-CsAdminRole",
    "Where-Object", "ForEach-Object", "Select-Object", "Measure-Object", "Sort-Object",
    "Format-List", "Format-Table", "Write-Output", "Out-Null", "Write-Host",
    "-Identity", "–Identity", "-WhatIf", "-Confirm:$false", "-First", "-Property", "-ExpandProperty",
    "\"Ken Myer\"", "'Pilar Ackerman'", "“Ken Myer”", "sip:kenmyer@litwareinc.com",
    "litwareinc\\kenmyer", "$_", "$_.Cmdlets", "$_.DisplayName", "$x", "$null", "$true", "1", "0",
    "2.5", "0x10", "1kb", "{", "}", "(", ")", "@(", "$(", "@{", "[", "]", "[int]", "|", ";", ",",
    "\n", "=", "+", "-", "*", "/", "%", "..", "-eq", "–match", "-like", "-not", "-and", "-or",
    "-contains", ".Count", ".Length", "'a'", "\"$x and $(1+1)\"", "`", "#", "<#", "#>", "if",
    "foreach", "else", "throw", "return", "break", "exit", "'", "\"", "Ken*", "-Force",
]

script_text = st.lists(st.sampled_from(FRAGMENTS), min_size=1, max_size=14).map(" ".join)
raw_text = st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=60)


@pytest.fixture(scope="module")
def lab_store(tmp_path_factory):
    from lyncshell.store import open_store
    store = open_store(f"sqlite:///{tmp_path_factory.mktemp('prop') / 'lab.db'}")
    yield store
    store.close()


def run(store, text: str) -> str:
    stdout, stderr = io.StringIO(), io.StringIO()
    shell = Shell(host=ConsoleHost(interactive=False, stdout=stdout, stderr=stderr,
                                   stdin=io.StringIO("")), store=store)
    try:
        shell.run_text(text)
    except (ExitSignal, ScriptTerminatingError, UserStoppedError):
        pass
    finally:
        store.rollback()
    return stderr.getvalue()


settings_ = settings(max_examples=150, deadline=3000,
                     suppress_health_check=[HealthCheck.function_scoped_fixture,
                                            HealthCheck.too_slow])


@settings_
@given(script_text)
def test_token_soup_gives_output_or_powershell_errors(lab_store, text: str) -> None:
    errors = run(lab_store, text)
    assert "Traceback" not in errors
    assert "InternalError" not in errors, f"{text!r}\n{errors}"


@settings_
@given(raw_text)
def test_arbitrary_text_gives_output_or_powershell_errors(lab_store, text: str) -> None:
    errors = run(lab_store, text)
    assert "Traceback" not in errors
    assert "InternalError" not in errors, f"{text!r}\n{errors}"
