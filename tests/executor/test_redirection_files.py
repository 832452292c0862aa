"""File redirection (`>`, `>>`, `2>`, `*>`): the file holds what the console would
have shown, UTF-8 without a BOM and with LF line ends, as pwsh's Out-File on Linux;
`>` truncates at once, `>>` appends; a file that cannot be opened is an OpenError."""
from __future__ import annotations

from pathlib import Path

import pytest

from lyncshell.cmdlets.errors import ScriptTerminatingError
from lyncshell.shell.app import Shell
from shell_fixtures import console_shell


@pytest.fixture
def shell(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Shell:
    """A console shell working in the test's temporary directory."""
    monkeypatch.chdir(tmp_path)
    return console_shell()


def read(path: Path) -> str:
    data = path.read_bytes()
    assert not data.startswith(b"\xef\xbb\xbf")
    return data.decode("utf-8")


def test_output_to_a_file_and_append(shell: Shell, tmp_path: Path) -> None:
    shell.run_text('"abc" > out.txt; "d\u00e9f" >> out.txt; 1, 2 >> out.txt')
    assert read(tmp_path / "out.txt") == "abc\nd\u00e9f\n1\n2\n"
    assert shell.out.getvalue() == ""  # type: ignore[attr-defined]


def test_a_table_is_written_as_the_console_shows_it(shell: Shell, tmp_path: Path) -> None:
    shell.run_text("[pscustomobject]@{ Name = 'Ken'; Pin = 1 } > t.txt")
    assert read(tmp_path / "t.txt") == "\nName Pin\n---- ---\nKen    1\n\n"


def test_truncation_happens_even_when_nothing_is_written(shell: Shell, tmp_path: Path) -> None:
    (tmp_path / "old.txt").write_text("stale\n")
    shell.run_text("$null > old.txt")
    assert read(tmp_path / "old.txt") == ""


def test_errors_and_output_to_separate_files(shell: Shell, tmp_path: Path) -> None:
    shell.run_text('$result = & { $(Write-Error "nope"; 1234) > o.txt *> e.txt; "Hello" }; $result')
    assert shell.out.getvalue() == "Hello\n"  # type: ignore[attr-defined]
    assert read(tmp_path / "o.txt") == "1234\n"
    errors = read(tmp_path / "e.txt")
    assert errors.startswith("Write-Error : nope\n")
    assert "FullyQualifiedErrorId : Microsoft.PowerShell.Commands.WriteErrorException" in errors
    assert shell.err.getvalue() == ""  # type: ignore[attr-defined]


def test_warnings_in_a_file_are_their_messages(shell: Shell, tmp_path: Path) -> None:
    shell.run_text('Write-Warning "careful" 3> w.txt; Write-Host "hi" 6> h.txt')
    assert read(tmp_path / "w.txt") == "careful\n"
    assert read(tmp_path / "h.txt") == "hi\n"


def test_redirection_into_a_file_then_out_null(shell: Shell, tmp_path: Path) -> None:
    # RedirectionOperator.Tests.ps1: "File redirection before Out-Null should work"
    shell.run_text('"some text" > x.txt | Out-Null; Write-Output "more" > y.txt | Out-Null')
    assert read(tmp_path / "x.txt") == "some text\n"
    assert read(tmp_path / "y.txt") == "more\n"


def test_a_missing_folder_is_an_open_error(shell: Shell, tmp_path: Path) -> None:
    shell.run_text('"x" > no/such/dir/f.txt; "next"')
    assert shell.out.getvalue() == "next\n"  # type: ignore[attr-defined]
    err = shell.err.getvalue()  # type: ignore[attr-defined]
    assert "Could not find a part of the path" in err
    assert "OpenError" in err and "FileOpenFailure" in err


def test_output_written_before_a_terminating_error_stays(shell: Shell, tmp_path: Path) -> None:
    with pytest.raises(ScriptTerminatingError):
        shell.run_text("& { 'first'; throw 'stop' } > partial.txt")
    assert read(tmp_path / "partial.txt") == "first\n"
