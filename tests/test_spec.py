"""Runs every case of tests/spec/*.test.ps1 in a fresh lab, on each backend."""
from __future__ import annotations

import io
import os
from datetime import datetime
from pathlib import Path

import pytest

from lyncshell.shell.app import Shell
from lyncshell.shell.host import ConsoleHost
from lyncshell.shell.runner import run_command
from specfile import SpecCase, parse_spec

SPEC_DIR = Path(__file__).parent / "spec"
CASES = [case for path in sorted(SPEC_DIR.glob("*.test.ps1")) for case in parse_spec(path)]
LAB_CLOCK = datetime(2012, 10, 1, 9, 30, 0)


def run_case(case: SpecCase, store) -> tuple[str, str, int]:
    store.initialize_lab()
    store.commit()
    stdout, stderr = io.StringIO(), io.StringIO()
    host = ConsoleHost(interactive=case.stdin is not None, stdout=stdout, stderr=stderr,
                       stdin=io.StringIO(case.stdin or ""))
    shell = Shell(host=host, store=store, run_as=case.run_as, width=120, clock=lambda: LAB_CLOCK)
    code = run_command(shell, case.script)
    store.commit()
    return stdout.getvalue(), stderr.getvalue(), code


@pytest.fixture(scope="module", autouse=True)
def scratch_directory(tmp_path_factory):
    """A case that writes a relative file (`"x" > out.txt`) writes it here, never in
    the checkout."""
    previous = os.getcwd()
    os.chdir(tmp_path_factory.mktemp("spec-cwd"))
    yield
    os.chdir(previous)


def test_spec_files_exist() -> None:
    assert len(CASES) >= 20, "the spec files hold the behaviour; they must not vanish"


@pytest.mark.parametrize("case", CASES, ids=[c.id for c in CASES])
def test_spec(case: SpecCase, shared_lab_store) -> None:
    out, err, code = run_case(case, shared_lab_store)
    if case.stdout is not None:
        assert out == case.stdout, f"stdout differs\n--- got ---\n{out}\n--- stderr ---\n{err}"
    if case.stderr is not None:
        assert err == case.stderr
    for line in case.stderr_contains:
        assert line in err, f"stderr lacks {line!r}\n--- got ---\n{err}"
    if case.stderr is None and not case.stderr_contains:
        assert err == "", f"unexpected errors:\n{err}"
    assert code == case.exit_code, f"exit code {code}\n--- stderr ---\n{err}"
