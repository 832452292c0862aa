"""Get-History / Clear-History / Invoke-History over the lines the REPL ran: each
line typed at the prompt is one entry, PINs masked; -Command adds nothing."""
from __future__ import annotations

from datetime import timedelta

from lyncshell.cmdlets.core.history import duration_text
from lyncshell.shell.runner import _ReplAdapter
from shell_fixtures import console_shell


def typed(lines: list[str]):
    shell = console_shell()
    repl = _ReplAdapter(shell)
    for line in lines:
        repl.execute(line)
    return shell


def test_each_typed_line_is_an_entry_with_pins_masked() -> None:
    shell = typed(["'one'", "Out-Null -Pin 5551234", "(Get-History).CommandLine",
                   "(Get-History -Id 2).ExecutionStatus"])
    out = shell.out.getvalue()  # type: ignore[attr-defined]
    assert out.endswith("'one'\nOut-Null -Pin ********\nFailed\n")
    assert "5551234" not in out


def test_history_table_ids_counts_and_clear() -> None:
    shell = typed(["1", "2", "3"])
    shell.out.truncate(0)  # type: ignore[attr-defined]
    shell.out.seek(0)  # type: ignore[attr-defined]
    repl = _ReplAdapter(shell)
    repl.execute("(Get-History -Count 2).Id -join ','")
    repl.execute("Clear-History -Id 1; (Get-History).Id -join ','")
    repl.execute("Get-History -Id 99")
    assert shell.out.getvalue() == "2,3\n2,3,4\n"  # type: ignore[attr-defined]
    assert "Cannot locate history for Id 99." in shell.err.getvalue()  # type: ignore[attr-defined]


def test_invoke_history_shows_and_runs_the_line_again() -> None:
    shell = typed(["'again'", "r 1"])
    assert shell.out.getvalue() == "again\n'again'\nagain\n"  # type: ignore[attr-defined]


def test_command_mode_records_nothing() -> None:
    shell = console_shell()
    shell.run_text("'x'; Get-History | Measure-Object | ForEach-Object Count")
    assert shell.out.getvalue() == "x\n0\n"  # type: ignore[attr-defined]


def test_duration_column_shapes() -> None:
    assert duration_text(timedelta(milliseconds=13)) == "0.013"
    assert duration_text(timedelta(minutes=2, seconds=5, milliseconds=250)) == "2:05.25"
    assert duration_text(timedelta(hours=1, minutes=2, seconds=3)) == "1:02:03"
    assert duration_text(timedelta(hours=12, seconds=1)) == "12:00:01"


def test_clear_history_count_removes_the_oldest_unless_newest() -> None:
    shell = typed(["1", "2", "3", "4"])
    shell.out.truncate(0)  # type: ignore[attr-defined]
    shell.out.seek(0)  # type: ignore[attr-defined]
    repl = _ReplAdapter(shell)
    repl.execute("Clear-History -Count 2; (Get-History).Id -join ','")
    repl.execute("Clear-History -Count 1 -Newest; (Get-History).Id -join ','")
    assert shell.out.getvalue() == "3,4\n3,4\n"  # type: ignore[attr-defined]
