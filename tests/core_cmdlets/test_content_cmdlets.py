"""The file cmdlets on the real file system: Get-Content, Set-Content, Add-Content,
Out-File, Export-Csv / Import-Csv and Select-String -Path, relative to the current
directory; UTF-8 without a BOM and LF line ends unless -Encoding says otherwise."""
from __future__ import annotations

from pathlib import Path

import pytest

from lyncshell.shell.app import Shell
from shell_fixtures import console_shell


@pytest.fixture
def shell(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Shell:
    """A console shell working in the test's temporary directory."""
    monkeypatch.chdir(tmp_path)
    return console_shell()


def run(shell: Shell, text: str) -> str:
    shell.out.seek(0)  # type: ignore[attr-defined]
    shell.out.truncate()  # type: ignore[attr-defined]
    shell.run_text(text)
    return shell.out.getvalue()  # type: ignore[attr-defined]


def errors(shell: Shell) -> str:
    return shell.err.getvalue()  # type: ignore[attr-defined]


def test_set_content_writes_lines_and_get_content_reads_them(shell: Shell, tmp_path: Path) -> None:
    run(shell, "Set-Content -Path a.txt -Value 'one', 'two', 'd\u00e9j\u00e0'")
    assert (tmp_path / "a.txt").read_bytes() == "one\ntwo\nd\u00e9j\u00e0\n".encode()
    assert run(shell, "Get-Content a.txt") == "one\ntwo\nd\u00e9j\u00e0\n"
    assert run(shell, "(Get-Content a.txt).Count") == "3\n"
    assert errors(shell) == ""


def test_get_content_raw_first_and_tail(shell: Shell, tmp_path: Path) -> None:
    (tmp_path / "n.txt").write_text("1\n2\n3\n4\n", encoding="utf-8")
    assert run(shell, "(Get-Content n.txt -Raw) -eq \"1`n2`n3`n4`n\"") == "True\n"
    assert run(shell, "Get-Content n.txt -TotalCount 2") == "1\n2\n"
    assert run(shell, "Get-Content n.txt -First 1") == "1\n"
    assert run(shell, "Get-Content n.txt -Head 1") == "1\n"
    assert run(shell, "Get-Content n.txt -Tail 2") == "3\n4\n"
    assert run(shell, "Get-Content n.txt -Tail 0") == ""


def test_get_content_splits_crlf_and_reads_a_bom(shell: Shell, tmp_path: Path) -> None:
    (tmp_path / "w.txt").write_bytes(b"\xef\xbb\xbfa\r\nb\r\n")
    assert run(shell, "Get-Content w.txt | ForEach-Object { \"[$_]\" }") == "[a]\n[b]\n"
    (tmp_path / "u.txt").write_bytes("x\ny".encode("utf-16-le").join([b"\xff\xfe", b""]))
    assert run(shell, "Get-Content u.txt") == "x\ny\n"


def test_an_empty_file_gives_no_lines(shell: Shell, tmp_path: Path) -> None:
    (tmp_path / "e.txt").write_bytes(b"")
    assert run(shell, "(Get-Content e.txt | Measure-Object).Count; $null -eq (Get-Content e.txt -Raw)") \
        == "0\nTrue\n"


def test_get_content_of_a_missing_file_names_the_full_path(shell: Shell, tmp_path: Path) -> None:
    assert run(shell, "Get-Content missing.txt; 'after'") == "after\n"
    message = errors(shell)
    assert f"Cannot find path '{tmp_path / 'missing.txt'}' because it does not exist." in message
    assert "ObjectNotFound" in message
    assert "PathNotFound,Microsoft.PowerShell.Commands.GetContentCommand" in message


def test_get_content_with_a_wildcard_reads_each_file(shell: Shell, tmp_path: Path) -> None:
    (tmp_path / "p1.log").write_text("a\n", encoding="utf-8")
    (tmp_path / "p2.log").write_text("b\n", encoding="utf-8")
    assert run(shell, "Get-Content *.log") == "a\nb\n"


def test_add_content_appends_and_no_newline_joins(shell: Shell, tmp_path: Path) -> None:
    run(shell, "Set-Content log.txt 'first'; Add-Content log.txt 'second'")
    assert (tmp_path / "log.txt").read_text(encoding="utf-8") == "first\nsecond\n"
    run(shell, "Set-Content n.txt 'a', 'b' -NoNewline; Add-Content n.txt 'c' -NoNewline")
    assert (tmp_path / "n.txt").read_text(encoding="utf-8") == "abc"
    run(shell, "'x', 'y' | Add-Content new.txt")
    assert (tmp_path / "new.txt").read_text(encoding="utf-8") == "x\ny\n"


def test_set_content_passthru_and_whatif(shell: Shell, tmp_path: Path) -> None:
    assert run(shell, "Set-Content p.txt 'v' -PassThru") == "v\n"
    out = run(shell, "Set-Content q.txt 'v' -WhatIf")
    assert not (tmp_path / "q.txt").exists()
    assert 'What if: Performing the operation "Set Content" on target "Path: ' in out


def test_set_content_encodings(shell: Shell, tmp_path: Path) -> None:
    run(shell, "Set-Content b.txt 'hi' -Encoding utf8BOM")
    assert (tmp_path / "b.txt").read_bytes() == b"\xef\xbb\xbfhi\n"
    run(shell, "Set-Content u.txt 'hi' -Encoding unicode")
    assert (tmp_path / "u.txt").read_bytes() == b"\xff\xfe" + "hi\n".encode("utf-16-le")
    assert run(shell, "Get-Content u.txt") == "hi\n"


def test_set_content_in_a_missing_directory_is_an_error(shell: Shell) -> None:
    run(shell, "Set-Content nodir/x.txt 'v'")
    assert "Could not find a part of the path" in errors(shell)


def test_out_file_writes_what_the_console_shows(shell: Shell, tmp_path: Path) -> None:
    run(shell, "[pscustomobject]@{ Name = 'Ken'; Pin = 1 } | Out-File t.txt")
    data = (tmp_path / "t.txt").read_bytes()
    assert not data.startswith(b"\xef\xbb\xbf")
    assert data.decode("utf-8") == "\nName Pin\n---- ---\nKen    1\n\n"
    run(shell, "'more' | Out-File t.txt -Append")
    assert (tmp_path / "t.txt").read_text(encoding="utf-8").endswith("\n\nmore\n")
    run(shell, "'a', 'b' | Out-File n.txt -NoNewline")
    assert (tmp_path / "n.txt").read_text(encoding="utf-8") == "ab"
    run(shell, "Out-File -FilePath s.txt -InputObject 'single'")
    assert (tmp_path / "s.txt").read_text(encoding="utf-8") == "single\n"


def test_out_file_truncates_even_without_input(shell: Shell, tmp_path: Path) -> None:
    (tmp_path / "old.txt").write_text("old\n", encoding="utf-8")
    run(shell, "@() | Out-File old.txt")
    assert (tmp_path / "old.txt").read_bytes() == b""


def test_out_file_noclobber_refuses_an_existing_file(shell: Shell, tmp_path: Path) -> None:
    (tmp_path / "keep.txt").write_text("keep\n", encoding="utf-8")
    run(shell, "'new' | Out-File keep.txt -NoClobber")
    assert (tmp_path / "keep.txt").read_text(encoding="utf-8") == "keep\n"
    assert "already exists." in errors(shell)


def test_out_file_width_limits_the_lines(shell: Shell, tmp_path: Path) -> None:
    run(shell, "[pscustomobject]@{ Text = 'x' * 60 } | Out-File w.txt -Width 20")
    lines = (tmp_path / "w.txt").read_text(encoding="utf-8").splitlines()
    assert lines and all(len(line) <= 20 for line in lines)


def test_export_and_import_csv_round_trip(shell: Shell, tmp_path: Path) -> None:
    run(shell, "[pscustomobject]@{ Name = 'Ken Myer'; Id = 1 }, "
               "[pscustomobject]@{ Name = 'Pilar, A'; Id = 2 } | Export-Csv users.csv")
    assert (tmp_path / "users.csv").read_text(encoding="utf-8") == \
        '"Name","Id"\n"Ken Myer","1"\n"Pilar, A","2"\n'
    assert run(shell, "Import-Csv users.csv | ForEach-Object { \"$($_.Name)|$($_.Id)\" }") == \
        "Ken Myer|1\nPilar, A|2\n"
    run(shell, "[pscustomobject]@{ Name = 'Lee'; Id = 3 } | Export-Csv users.csv -Append")
    assert (tmp_path / "users.csv").read_text(encoding="utf-8").endswith('"Pilar, A","2"\n"Lee","3"\n')
    assert errors(shell) == ""


def test_export_csv_noclobber_and_import_of_a_missing_file(shell: Shell, tmp_path: Path) -> None:
    (tmp_path / "x.csv").write_text("A\n1\n", encoding="utf-8")
    run(shell, "[pscustomobject]@{ A = 2 } | Export-Csv x.csv -NoClobber")
    assert (tmp_path / "x.csv").read_text(encoding="utf-8") == "A\n1\n"
    run(shell, "Import-Csv nothere.csv")
    assert "Cannot find path" in errors(shell)


def test_select_string_in_files_prints_file_line_and_text(shell: Shell, tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("one\ntwo\nthree\n", encoding="utf-8")
    assert run(shell, "Select-String -Path a.txt -Pattern 't' | ForEach-Object { \"$_\" }") == \
        "a.txt:2:two\na.txt:3:three\n"
    assert run(shell, "(Select-String -Path a.txt -Pattern 't' -List).LineNumber") == "2\n"
    assert run(shell, "(Select-String -Path a.txt -Pattern 'o').Filename | Select-Object -First 1") \
        == "a.txt\n"
