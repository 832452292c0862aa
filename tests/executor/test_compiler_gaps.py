"""Pieces of shell/compiler.py that spec files cannot reach easily: how switch -File
splits a file into lines (StreamReader.ReadLine), string indexing by UTF-16 code
units, and a [ref] bound to a variable."""
from __future__ import annotations

import io
from datetime import datetime
from pathlib import Path

import pytest

from lyncshell.cmdlets.errors import InvocationInfo, PSRuntimeError
from lyncshell.cmdlets.lang.casts import Char
from lyncshell.cmdlets.lang.values import PSReference
from lyncshell.shell.app import Shell
from lyncshell.shell.compiler import _read_lines, get_index, set_index
from lyncshell.shell.host import ConsoleHost
from lyncshell.shell.references import VariableReference

WHERE = InvocationInfo()


@pytest.mark.parametrize("data, lines", [
    (b"a\r\nb\rc\nd", ["a", "b", "c", "d"]),          # every line break ReadLine knows
    (b"a\n\nb\n", ["a", "", "b"]),                     # no empty line after the last break
    (b"", []),
    (b"\n", [""]),
    (b"\xef\xbb\xbfbom\n", ["bom"]),                   # a UTF-8 BOM is not text
    ("x\r\ny".encode("utf-16"), ["x", "y"]),          # UTF-16 with its BOM
    (b"bad\xffbyte", ["bad\ufffdbyte"]),                # invalid UTF-8 as U+FFFD
    (b"form\x0cfeed\x1cseparator", ["form\x0cfeed\x1cseparator"]),  # not line breaks in .NET
])
def test_switch_file_lines_split_as_stream_reader(tmp_path: Path, data: bytes, lines: list[str]) -> None:
    path = tmp_path / "lines.txt"
    path.write_bytes(data)
    assert list(_read_lines(str(path), WHERE)) == lines


def test_a_directory_is_a_file_read_error(tmp_path: Path) -> None:
    with pytest.raises(PSRuntimeError) as raised:
        _read_lines(str(tmp_path), WHERE)
    assert raised.value.record.error_id == "FileReadError"


def test_string_index_counts_utf16_units() -> None:
    text = "a\U0001F600b"
    assert get_index(text, 3) == "b"
    assert get_index(text, 1) == "\ud83d" and isinstance(get_index(text, 1), Char)
    assert get_index(text, 2) == "\ude00"
    assert get_index(text, 4) is None
    assert get_index(text, -4) == "a"
    assert get_index(text, [0, 3, 9]) == ["a", "b"]
    assert get_index("abc", 1) == "b"   # BMP strings keep the plain path


@pytest.mark.parametrize("target", [[1, 2], "ab", {"a": 1}])
def test_a_null_index_is_an_error(target: object) -> None:
    from lyncshell.cmdlets.lang.values import Hashtable
    if isinstance(target, dict):
        target = Hashtable(list(target.items()))
    with pytest.raises(PSRuntimeError) as raised:
        get_index(target, None)
    assert raised.value.record.error_id == "NullArrayIndex"
    if not isinstance(target, str):
        with pytest.raises(PSRuntimeError) as raised:
            set_index(target, None, 1)
        assert raised.value.record.error_id == "NullArrayIndex"


def _run(text: str) -> str:
    class NoStore:
        def commit(self) -> None:
            pass

        def close(self) -> None:
            pass

    out = io.StringIO()
    host = ConsoleHost(interactive=False, stdout=out, stderr=io.StringIO(), stdin=io.StringIO(""))
    shell = Shell(host=host, store=NoStore(), clock=lambda: datetime(2012, 10, 1))
    shell.run_text(text)
    return out.getvalue()


def test_a_variable_reference_is_a_psreference_of_that_variable() -> None:
    out = _run("$v = 1; $r = [ref]$v; $r -is [System.Management.Automation.PSReference]; $r.GetType().FullName; "
               "function f { $v = 'inner'; ([ref]$v).Value }; f; $v")
    assert out.splitlines() == ["True", "System.Management.Automation.PSReference", "inner", "1"]


def test_variable_reference_reads_and_writes_its_scope() -> None:
    shell_out = _run("$global:g = 5; function f { $r = [ref]$global:g; $r.Value = 6 }; f; $g")
    assert shell_out.strip() == "6"
    assert issubclass(VariableReference, PSReference)
