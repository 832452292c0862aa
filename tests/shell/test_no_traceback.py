"""Property: whatever a user types, lyncshell prints output or PowerShell-style
errors. No Python exception escapes, no internal error is reported, nothing hangs."""
from __future__ import annotations

import io
import os
import signal

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
    # redirections: only to $null or another stream, so no example writes a file
    "2>$null", "2>&1", "*>&1", "3>&1", "> $null", "*>$null", "1>&2", "Write-Warning", "Write-Error",
]

script_text = st.lists(st.sampled_from(FRAGMENTS), min_size=1, max_size=14).map(" ".join)
raw_text = st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=60)


@pytest.fixture(scope="module", autouse=True)
def scratch_directory(tmp_path_factory):
    """Random text may redirect output into a file (`1 > x`): the examples run in a
    directory of their own, never in the checkout."""
    previous = os.getcwd()
    os.chdir(tmp_path_factory.mktemp("cwd"))
    yield
    os.chdir(previous)


@pytest.fixture(scope="module")
def lab_store(tmp_path_factory):
    from lyncshell.store import open_store
    store = open_store(f"sqlite:///{tmp_path_factory.mktemp('prop') / 'lab.db'}")
    yield store
    store.close()


class ExampleTookTooLong(BaseException):
    """Raised by the alarm: a BaseException, so no statement guard can swallow it.
    Hypothesis's deadline only judges an example after it ends; this ends it."""


def _alarm(signum, frame):  # noqa: ARG001 - the signal handler signature
    raise ExampleTookTooLong()


EXAMPLE_SECONDS = 20


def run(store, text: str) -> str:
    stdout, stderr = io.StringIO(), io.StringIO()
    shell = Shell(host=ConsoleHost(interactive=False, stdout=stdout, stderr=stderr,
                                   stdin=io.StringIO("")), store=store)
    previous = signal.signal(signal.SIGALRM, _alarm)
    signal.alarm(EXAMPLE_SECONDS)
    try:
        shell.run_text(text)
    except (ExitSignal, ScriptTerminatingError, UserStoppedError):
        pass
    except ExampleTookTooLong:
        pytest.fail(f"still running after {EXAMPLE_SECONDS} s (a hang?): {text!r}")
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, previous)
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


# ------------------------------------------------------------------ language-core constructs
# Functions, param blocks, switch, try/catch/finally, trap, scopes, splatting: as token
# soup (mostly invalid) and as generated programs (mostly valid, always terminating:
# loops are bounded by construction, so "never hangs" is checked by the deadline).

LANG_FRAGMENTS = FRAGMENTS + [
    "function", "filter", "f", "g", "param(", "[Parameter(Mandatory)]", "[CmdletBinding()]",
    "[CmdletBinding(SupportsShouldProcess)]", "[ValidateSet('a','b')]", "[ValidateRange(1,3)]",
    "[ValidatePattern('^a')]", "[Alias('x')]", "[switch]", "[string]", "[int]$n", "$n",
    "begin", "process", "end", "$args", "$input", "$PSCmdlet", "$PSCmdlet.ShouldProcess('t')",
    "$PSBoundParameters", "$MyInvocation", "switch", "-Regex", "-Wildcard", "-CaseSensitive",
    "default", "try", "catch", "finally", "[System.Exception]", "trap", "continue", "break",
    ":outer", "$script:x", "$global:x", "$local:x", "$private:x", "$env:X", "&", ".", "@h", "@a",
    "$h", "$a", "@{a=1}", "[ordered]", "[pscustomobject]", "$a[1..3]", "$a[-1]", "$x++", "--$x",
    "+=", "??=", "$a, $b =", "$Error", "$?", "$Matches", "-ErrorAction", "Stop", "SilentlyContinue",
    "Write-Error", "throw", "in", "elseif", "until", "do",
]

lang_soup = st.lists(st.sampled_from(LANG_FRAGMENTS), min_size=1, max_size=16).map(" ".join)

_names = st.sampled_from(["a", "b", "n", "x", "Name"])
_values = st.sampled_from(["1", "'s'", "$null", "$true", "@(1,2)", "@{k=1}", "(1..3)", "$x",
                           "$_", "'Ken Myer'", "[int]'7'", "$args", "$input"])


@st.composite
def _expression(draw: st.DrawFn, depth: int = 0) -> str:
    if depth > 2 or draw(st.booleans()):
        return draw(_values)
    op = draw(st.sampled_from(["+", "-eq", "-like", "-match", "*", "-and", "..", "-join", "%", "/"]))
    if op == "*":   # a small factor: repeated `$a = $a * $a` in loops would grow without bound
        return f"({draw(_expression(depth + 1))} * {draw(st.integers(0, 2))})"
    if op == "..":  # small ranges only, for the same reason
        return f"({draw(st.integers(-2, 3))} .. {draw(st.integers(-2, 3))})"
    if op == "+":   # a plain value on the right: `$a = $a + $a` would double in every loop pass
        return f"({draw(_expression(depth + 1))} + {draw(_values)})"
    return f"({draw(_expression(depth + 1))} {op} {draw(_expression(depth + 1))})"


@st.composite
def _statement(draw: st.DrawFn, depth: int = 0) -> str:
    e = lambda: draw(_expression())  # noqa: E731
    name = draw(_names)
    if depth > 2:
        return f"${name} = {e()}"
    body = lambda: "; ".join(draw(st.lists(_statement(depth + 1), max_size=3)))  # noqa: E731
    kind = draw(st.integers(0, 14))
    if kind == 0:
        return f"${name} = {e()}"
    if kind == 1:
        return f"if ({e()}) {{ {body()} }} elseif ({e()}) {{ {body()} }} else {{ {body()} }}"
    if kind == 2:
        return f"foreach (${name} in {e()}) {{ {body()} }}"
    if kind == 3:
        # $k is the for loop's own counter: a nested `foreach ($i ...)` that breaks early
        # leaves its variable low, which would make a for loop over $i run forever
        # (in PowerShell too).
        return f"for ($k = 0; $k -lt 3; $k++) {{ {body()} }}"
    if kind == 4:
        flag = draw(st.sampled_from(["", "-Regex ", "-Wildcard ", "-Exact ", "-CaseSensitive "]))
        return f"switch {flag}({e()}) {{ {e()} {{ {body()} }} {{$_ -eq 1}} {{ break }} default {{ {body()} }} }}"
    if kind == 5:
        catch_type = draw(st.sampled_from(["", "[System.Exception] ", "[System.ArgumentException] ",
                                           "[System.Management.Automation.RuntimeException] "]))
        return f"try {{ {body()} }} catch {catch_type}{{ \"$_\"; {body()} }} finally {{ {body()} }}"
    if kind == 6:
        return f"throw {e()}"
    if kind == 7:
        binding = draw(st.sampled_from(["", "[CmdletBinding()] ", "[CmdletBinding(SupportsShouldProcess)] "]))
        attrs = draw(st.sampled_from(["", "[Parameter(Mandatory)]", "[Parameter(ValueFromPipeline)]",
                                      "[ValidateSet('a','b')]", "[int]", "[switch]", "[string[]]"]))
        blocks = draw(st.sampled_from(["{ %s }", "begin { %s } process { %s } end { %s }"]))
        inner = blocks.replace("%s", body())
        return f"function F{name} {{ {binding}param({attrs}${name}) {inner[1:-1] if inner.startswith('{') else inner} }}; {e()} | F{name} {e()}"
    if kind == 8:
        return f"trap {{ \"t $_\"; {draw(st.sampled_from(['continue', 'break', '']))} }}; {body()}"
    if kind == 9:
        return f"$h = @{{ {name} = {e()} }}; & {{ param(${name}) {body()} }} @h"
    if kind == 10:
        return f". {{ {body()} }}; & {{ {body()} }} {e()}"
    if kind == 11:
        scope = draw(st.sampled_from(["global", "script", "local", "private", "env"]))
        return f"${scope}:{name} = {e()}; ${scope}:{name}"
    if kind == 12:
        return f"$a = {e()}; $a[{draw(st.sampled_from(['0', '-1', '1..3', '0,5', '$null']))}]; ${name}++"
    if kind == 13:
        return f":lbl foreach ($i in 1..2) {{ foreach ($j in 1..2) {{ {draw(st.sampled_from(['break lbl', 'continue lbl', 'break', 'continue']))} }} }}"
    return f"Write-Error {e()} -ErrorAction {draw(st.sampled_from(['Stop', 'Continue', 'SilentlyContinue', 'Ignore']))}"


lang_program = st.lists(_statement(), min_size=1, max_size=5).map("\n".join)


@settings_
@given(lang_soup)
def test_language_token_soup_gives_output_or_powershell_errors(lab_store, text: str) -> None:
    errors = run(lab_store, text)
    assert "Traceback" not in errors
    assert "InternalError" not in errors, f"{text!r}\n{errors}"


@settings_
@given(lang_program)
def test_generated_programs_give_output_or_powershell_errors(lab_store, text: str) -> None:
    errors = run(lab_store, text)
    assert "Traceback" not in errors
    assert "InternalError" not in errors, f"{text!r}\n{errors}"


@settings_
@given(st.binary(max_size=80))
def test_arbitrary_bytes_give_output_or_powershell_errors(lab_store, data: bytes) -> None:
    errors = run(lab_store, data.decode("utf-8", errors="replace"))
    assert "Traceback" not in errors
    assert "InternalError" not in errors


def test_unbounded_recursion_is_a_powershell_error(lab_store) -> None:
    errors = run(lab_store, "function f { f }; f; 'after'")
    assert "call depth overflow" in errors
    assert "Traceback" not in errors
