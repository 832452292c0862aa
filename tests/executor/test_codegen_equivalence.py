"""The generated Python of one-expression script blocks (shell/codegen.py) against
the compiled closures (shell/compiler.py): same value, same type, same error, same
$Matches, for many inputs. The closures are the reference: they call the general
operators for every operand."""
from __future__ import annotations

import io
import math
from datetime import datetime
from functools import lru_cache
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from lyncshell.cmdlets.errors import PSRuntimeError
from lyncshell.cmdlets.lang.values import AUTOMATION_NULL, Hashtable, PSCustomObject
from lyncshell.shell.app import Shell
from lyncshell.shell.host import ConsoleHost
from lyncshell.shell.scriptblock import CompiledBlock

# Expressions inside the generated subset.
SUPPORTED = [
    "$_ % 3 -eq 0", "$_ % 3", "$_ % -3", "$_ % 0", "$_ % $x", "$x % $_", "($_ % 2) -eq 1",
    "$_ + 1", "$_ - 1", "$_ * 2", "1 + $_", "$_ + $_", "$_ * $_", "$_ - $x", "$_ / 2", "-$_", "+$_",
    "$_ + 2147483647", "$_ * -1", "$_ - -2147483648",
    "$_ -eq 3", "$_ -ne 3", "$_ -lt 3", "$_ -le 3", "$_ -gt 3", "$_ -ge 3", "3 -eq $_",
    "$_ -eq $x", "$_ -lt $x", "$_ -cgt $x", "$_ -ieq 'a'", "$_ -ceq 'a'", "$_ -eq '3'",
    "$_ -eq $null", "$null -eq $_", "$_ -eq $true", "$psitem -ge 0", "$_ -eq 2.5",
    "$_ -like 'K*'", "$_ -notlike 'k*'", "$_ -clike 'K*'", "$_ -like '*1?'", "$_ -like $x",
    "$_ -match '^\\d+$'", "$_ -notmatch 'a'", "$_ -cmatch 'K'", "$_ -match $x",
    "$_ -contains 3", "$_ -notcontains 'a'", "3 -in $_", "$_ -in $x", "$_ -notin $x",
    "$_.Name -like 'K*'", "$_.Length -gt 2", "$_.Count", "$_.Name.Length", "$_.Missing -eq $null",
    "$_ -gt 1 -and $_ -lt 10", "$_ -or $x", "$x -and $_", "-not $_", "!$_", "-not ($_ -eq 1)",
    "$_ -eq 1 -or $_ -eq 2 -or $_ -eq 3", "$true -and $_", "$_ -and $false",
    "${_}?.Name", "${_}?.Length -gt 2", "${x}?.Count", "${_}?.Name?.Length", "${_}?.Missing -eq $null",
]
# Expressions the generator leaves to the closures.
UNSUPPORTED = ["$global:_ -eq 1", "$_ -replace 'a', 'b'", "$_ -is [int]", "$_ -split ','",
               "$_.ToString()", "$_[0]", "$($_)", "$_ ?? 1", "@($_)", "$_ -f 1", "$i++",
               "\"$_\" -eq 'a'", "$_ -eq 1 -xor $true", "${_}?[0]", "${_}?.ToString()"]

scalars = st.one_of(
    st.integers(min_value=-20, max_value=20),
    st.sampled_from([2147483647, -2147483648, 2147483648, 2**40, -2**40, 65536, 0]),
    st.integers(),
    st.booleans(),
    st.floats(allow_nan=True, allow_infinity=True),
    st.sampled_from(["", "3", " 12 ", "-4", "0x10", "1e3", "abc", "Ken Myer", "kim", "K1", "a", "A"]),
    st.text(alphabet="aAkK13 *?.", max_size=5),
    st.none(),
    st.just(AUTOMATION_NULL),
)
objects = st.builds(lambda name, length: PSCustomObject([("Name", name), ("Length", length)]),
                    scalars, scalars)
values = st.one_of(scalars, objects, st.lists(scalars, max_size=4),
                   st.builds(lambda v: Hashtable([("Name", v)]), scalars))


@lru_cache(maxsize=1)
def _shell() -> Shell:
    class NoStore:
        def commit(self) -> None:
            pass

        def close(self) -> None:
            pass

    host = ConsoleHost(interactive=False, stdout=io.StringIO(), stderr=io.StringIO(),
                       stdin=io.StringIO(""))
    shell = Shell(host=host, store=NoStore(), clock=lambda: datetime(2012, 10, 1))
    shell.out = host.stdout   # type: ignore[attr-defined]
    return shell


@lru_cache(maxsize=None)
def _compiled(text: str) -> CompiledBlock:
    executor = _shell().executor
    tree = executor.parse("{" + text + "}")
    return executor.compile_script_block(tree.end.statements[0].elements[0].expression.block)


def _by_closures(compiled: CompiledBlock, scope: Any, obj: Any) -> Any:
    """What invoke_single did before the generated path: `$_` set in the scope."""
    vars_ = scope.vars
    vars_["_"] = obj
    try:
        return compiled.single_expression(scope)
    except PSRuntimeError as exc:
        exc.record = exc.record.with_invocation(compiled.single_invocation)
        raise
    finally:
        del vars_["_"]


def _outcome(run: Any) -> tuple[str, Any]:
    session = _shell().executor.session
    session.matches = None
    try:
        value = run()
    except PSRuntimeError as exc:
        record = exc.record
        return "error", (type(exc), record.message, record.error_id, record.invocation, None)
    except Exception as exc:  # noqa: BLE001 - a Python error must be the same one too
        return "python error", (type(exc), str(exc))
    return "value", (_shape(value), _shape(session.matches))


def _shape(value: Any) -> Any:
    """A comparable form: exact types, NaN equal to itself, containers by content."""
    if isinstance(value, (list, tuple)):
        return (type(value), tuple(_shape(v) for v in value))
    if isinstance(value, Hashtable):
        return (Hashtable, tuple((_shape(k), _shape(v)) for k, v in value.items()))
    if isinstance(value, float) and math.isnan(value):
        return (float, "nan")
    if isinstance(value, PSCustomObject):
        return (PSCustomObject, id(value))
    return (type(value), value)


def _check(text: str, obj: Any, x: Any) -> None:
    compiled = _compiled(text)
    scope = _shell().executor.session.global_scope
    scope.vars["x"] = x
    direct = compiled.direct_for(scope.session)
    assert direct is not None, text
    expected = _outcome(lambda: _by_closures(compiled, scope, obj))
    got = _outcome(lambda: direct(scope, obj))
    assert got == expected, (text, obj, x)
    assert "_" not in scope.vars


@settings(max_examples=1500, deadline=None)
@given(st.sampled_from(SUPPORTED), values, values)
def test_generated_equals_closures(text: str, obj: Any, x: Any) -> None:
    _check(text, obj, x)


@pytest.mark.parametrize("text", SUPPORTED)
def test_every_supported_expression_on_edge_values(text: str) -> None:
    edges = [0, 1, -1, 3, -3, 2147483647, -2147483648, 2**31, 2**63, True, False, 2.5, -0.0,
             float("nan"), "3", "K1", "", None, AUTOMATION_NULL, [1, 2, 3], [], ["a", "K"],
             PSCustomObject([("Name", "Ken"), ("Length", 3)])]
    for obj in edges:
        for x in (0, 3, -2, "k*", "a", None, [3, 4], True):
            _check(text, obj, x)


@pytest.mark.parametrize("text", UNSUPPORTED)
def test_outside_the_subset_keeps_the_closures(text: str) -> None:
    compiled = _compiled(text)
    assert compiled.single_expression is not None
    assert compiled.direct_for(_shell().executor.session) is None


def test_invoke_single_takes_the_generated_path_and_leaves_dollar_under_alone() -> None:
    compiled = _compiled("$_ % 3 -eq 0")
    scope = _shell().executor.session.global_scope
    block = compiled.bind(scope)
    scope.vars["_"] = "outer"
    try:
        assert [block.invoke_single(i) for i in (3, 4, "6", None)] == [True, False, True, True]
        assert compiled.direct is not None
        assert compiled.bind(scope).invoke_single(9) is True   # a new binding uses it at once
        assert scope.vars["_"] == "outer"
    finally:
        del scope.vars["_"]


def test_errors_point_at_the_block() -> None:
    compiled = _compiled("$_ % 0 -eq 0")
    block = compiled.bind(_shell().executor.session.global_scope)
    with pytest.raises(PSRuntimeError) as raised:
        block.invoke_single(5)
    assert "divide by zero" in raised.value.record.message.lower()
    assert raised.value.record.invocation == compiled.single_invocation


def test_where_object_end_to_end() -> None:
    shell = _shell()
    out = shell.out   # type: ignore[attr-defined]
    cases = {
        "(1..30 | Where-Object {$_ % 3 -eq 0} | Measure-Object).Count": "10",
        "(-6..6 | Where-Object {$_ % 3 -eq 0}) -join ','": "-6,-3,0,3,6",
        # $null % 3 is 0: $null passes, as the closures have it
        "(3, '6', $null, 4.5, 9 | Where-Object {$_ % 3 -eq 0}) -join ','": "3,6,,9",
        "(1..5 | Where-Object {$_ -gt 2 -and -not ($_ -eq 4)}) -join ','": "3,5",
    }
    for text, expected in cases.items():
        out.seek(0)
        out.truncate()
        shell.run_text(text)
        assert out.getvalue().strip() == expected, text


def test_a_script_property_sees_dollar_under_as_before() -> None:
    """A ScriptProperty getter runs script in a child of its defining scope: it sees
    the `$_` the filter's scope holds, so the generated path must set it too."""
    shell = _shell()
    out = shell.out   # type: ignore[attr-defined]
    out.seek(0)
    out.truncate()
    shell.run_text("$o = [pscustomobject]@{A = 7}\n"
                   "$o | Add-Member -MemberType ScriptProperty -Name P -Value { $_.A }\n"
                   "($o | Where-Object { $_.P -eq 7 }).A\n"
                   "($o | Where-Object { \"$($_.P)\" -eq '7' }).A\n"
                   "$o2 = [pscustomobject]@{A = 7}\n"
                   "$o2 | Add-Member -MemberType ScriptProperty -Name Q -Value { \"<$($_.A)>\" }\n"
                   "@($o2 | Where-Object { $_ -like '*Q=<7>*' }).Count")   # via the string conversion
    assert out.getvalue().split() == ["7", "7", "1"]
