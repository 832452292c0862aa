"""The command line contract (DESIGN.md): modes, options and exit codes, run as a
user would run them, in a child process."""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest


@pytest.fixture(scope="module")
def lab(tmp_path_factory) -> str:
    url = f"sqlite:///{tmp_path_factory.mktemp('cli') / 'lab.db'}"
    return url


def lyncshell(*args: str, url: str, stdin: str | None = None, env: dict | None = None
              ) -> subprocess.CompletedProcess[str]:
    environ = dict(os.environ)
    environ["LYNCSHELL_DATABASE"] = url
    environ.pop("LYNCSHELL_AS", None)
    environ.update(env or {})
    return subprocess.run([sys.executable, "-m", "lyncshell.shell.cli", *args], input=stdin,
                          capture_output=True, text=True, env=environ, timeout=120)


def test_command_runs_and_exits_zero(lab: str) -> None:
    result = lyncshell("-NonInteractive", "-Command", "(Get-CsUser | Measure-Object).Count", url=lab)
    assert result.returncode == 0, result.stderr
    assert result.stdout == "19\n"
    assert result.stderr == ""


def test_command_words_are_joined_like_pwsh(lab: str) -> None:
    result = lyncshell("-c", "'a'", "+", "'b'", url=lab)
    assert result.stdout == "ab\n"


def test_failed_last_statement_exits_one(lab: str) -> None:
    result = lyncshell("-NonInteractive", "-Command", 'Get-CsClientCertificate -Identity "Nobody"', url=lab)
    assert result.returncode == 1
    assert 'Management object not found for identity "Nobody".' in result.stderr
    assert "Traceback" not in result.stderr


def test_exit_sets_the_code(lab: str) -> None:
    assert lyncshell("-Command", "exit 7", url=lab).returncode == 7


def test_parse_error_runs_nothing_and_exits_one(lab: str) -> None:
    result = lyncshell("-Command", '"first"; Get-CsUser | Where-Object {', url=lab)
    assert result.returncode == 1
    assert result.stdout == ""
    assert "Missing closing '}'" in result.stderr
    assert "Traceback" not in result.stderr


def test_option_names_are_case_insensitive_prefixes_and_dash_lookalikes(lab: str) -> None:
    result = lyncshell("-nonint", "\u2013COMMAND", "1+1", url=lab)
    assert result.returncode == 0
    assert result.stdout == "2\n"


def test_command_dash_reads_statements_from_stdin(lab: str) -> None:
    result = lyncshell("-Command", "-", url=lab, stdin='"in"\n"hi" | ForEach-Object { "$_ there" }\n"out"\n')
    assert result.stdout == "in\nhi there\nout\n"
    assert result.returncode == 0


def test_file_runs_a_script_with_arguments(lab: str, tmp_path: Path) -> None:
    script = tmp_path / "revoke.ps1"
    script.write_text("\ufeffparam($Who)\n"
                      "Revoke-CsClientCertificate -Identity $Who\n"
                      '"revoked for $Who; args: $args"\n'
                      "@(Get-CsClientCertificate -Identity $Who).Count\n", encoding="utf-8")
    result = lyncshell("-NonInteractive", "-File", str(script), "Ken Myer", "extra", url=lab)
    assert result.returncode == 0, result.stderr
    assert result.stdout == "revoked for Ken Myer; args: extra\n0\n"
    lyncshell("-NonInteractive", "-Command", "Initialize-CsLab -Force", url=lab)


def test_file_exit_code_and_terminating_error(lab: str, tmp_path: Path) -> None:
    exits = tmp_path / "exits.ps1"
    exits.write_text("'before'\nexit 3\n'after'\n", encoding="utf-8")
    result = lyncshell("-File", str(exits), url=lab)
    assert (result.returncode, result.stdout) == (3, "before\n")
    throws = tmp_path / "throws.ps1"
    throws.write_text("'before'\nthrow 'stop here'\n'after'\n", encoding="utf-8")
    result = lyncshell("-File", str(throws), url=lab)
    assert result.returncode == 1
    assert result.stdout == "before\n"
    assert "stop here" in result.stderr
    assert f"At {throws}:2 char:1" in result.stderr


def test_missing_script_file(lab: str) -> None:
    result = lyncshell("-File", "no-such-script.ps1", url=lab)
    assert result.returncode == 64
    assert "no-such-script.ps1" in result.stderr


def test_as_another_account_is_denied(lab: str) -> None:
    result = lyncshell("-NonInteractive", "-As", "litwareinc\\kenmyer", "-Command",
                       'Revoke-CsClientCertificate -Identity "Pilar Ackerman"', url=lab)
    assert result.returncode == 1
    assert "Access is denied" in result.stderr
    env_result = lyncshell("-NonInteractive", "-Command", 'Revoke-CsClientCertificate "Pilar Ackerman"',
                           url=lab, env={"LYNCSHELL_AS": "litwareinc\\kenmyer"})
    assert "Access is denied" in env_result.stderr
    left = lyncshell("-Command", '@(Get-CsClientCertificate "Pilar Ackerman").Count', url=lab)
    assert left.stdout == "1\n"


def test_unknown_account_is_a_clean_error(lab: str) -> None:
    result = lyncshell("-As", "litwareinc\\nobody", "-Command", "Get-CsUser", url=lab)
    assert result.returncode == 1
    assert 'The account "litwareinc\\nobody" was not found' in result.stderr
    assert "Traceback" not in result.stderr


def test_bad_database_url_is_a_clean_error(tmp_path: Path) -> None:
    result = lyncshell("-Command", "Get-CsUser", url="nosuchdialect://x/y")
    assert result.returncode == 1
    assert "Cannot open the lab database" in result.stderr
    assert "Traceback" not in result.stderr


def test_version_and_bad_option(lab: str) -> None:
    assert lyncshell("-Version", url=lab).stdout.startswith("lyncshell ")
    bad = lyncshell("-Bogus", url=lab)
    assert bad.returncode == 64
    assert "Traceback" not in bad.stderr


def test_first_use_creates_and_seeds_the_default_lab(tmp_path: Path) -> None:
    environ = dict(os.environ)
    environ.pop("LYNCSHELL_DATABASE", None)
    environ["XDG_DATA_HOME"] = str(tmp_path)
    environ["HOME"] = str(tmp_path)
    result = subprocess.run([sys.executable, "-m", "lyncshell.shell.cli", "-Command",
                             "(Get-CsUser -Identity 'Ken Myer').SipAddress"],
                            capture_output=True, text=True, env=environ, timeout=120)
    assert result.stdout == "sip:kenmyer@litwareinc.com\n", result.stderr
    assert list(tmp_path.rglob("*.db")), "the lab file lives in the user data directory"
