"""History policy: redacted always; PSReadLine's sensitive words stay out of the file."""

from __future__ import annotations

import os
import stat
import sys

import pytest

from repl_fakes import stored_entries
from lyncshell.shell.repl.history import RedactingFileHistory, history_entry, persist_to_file


def test_history_entry_redacts_and_trims():
    assert history_entry("Set-CsClientPin kenmyer 0712  \n") == "Set-CsClientPin kenmyer ********"
    assert history_entry("Get-CsUser") == "Get-CsUser"


@pytest.mark.parametrize("blank", ["", " ", "\n\n", "\t "])
def test_blank_input_is_not_remembered(blank):
    assert history_entry(blank) is None


@pytest.mark.parametrize("line", [
    "$pw = ConvertTo-SecureString 'x' -AsPlainText -Force",
    "$cred = New-Object PSCredential('admin', $Password)",
    "Connect-Thing -ApiKey abc",
    "Invoke-RestMethod -Headers @{Authorization = \"Bearer $token\"}",
    "Get-Secret lab",
])
def test_psreadline_sensitive_words_are_not_written(line):
    assert not persist_to_file(line)


def test_ordinary_lines_are_written():
    assert persist_to_file("Get-CsUser | Get-CsClientPinInfo")
    assert persist_to_file("Set-CsClientPin kenmyer ********")


def test_file_history_stores_redacted_and_skips_sensitive(tmp_path):
    path = tmp_path / "h.txt"
    history = RedactingFileHistory(path)
    history.append_string("Set-CsClientPin -Identity kenmyer -Pin 246813")
    history.append_string("$pw = ConvertTo-SecureString 'Secr3t' -AsPlainText -Force")
    history.append_string("   ")
    history.store_string("Set-CsClientPin kenmyer 135792")  # direct callers are covered too
    assert stored_entries(path) == [
        "Set-CsClientPin -Identity kenmyer -Pin ********",
        "Set-CsClientPin kenmyer ********",
    ]
    # memory (up-arrow) keeps the sensitive line for this session, PIN-free
    assert history.get_strings() == [
        "Set-CsClientPin -Identity kenmyer -Pin ********",
        "$pw = ConvertTo-SecureString 'Secr3t' -AsPlainText -Force",
    ]


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX permission bits")
def test_new_history_file_is_private(tmp_path):
    path = tmp_path / "new" / "history.txt"
    RedactingFileHistory(path)
    assert stat.S_IMODE(os.stat(path).st_mode) & 0o077 == 0


def test_existing_history_is_loaded(tmp_path):
    path = tmp_path / "h.txt"
    RedactingFileHistory(path).append_string("Get-CsUser")
    again = RedactingFileHistory(path)
    assert list(again.load_history_strings()) == ["Get-CsUser"]
