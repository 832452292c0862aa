"""The -Command path stays lean (perf-facts.md): a plain lab query must not load
the REPL, colouring, PostgreSQL, migration or X.509 libraries."""
from __future__ import annotations

import subprocess
import sys

PROBE = r'''
import io, sys
from lyncshell.shell.app import Shell
from lyncshell.shell.host import ConsoleHost
shell = Shell(host=ConsoleHost(interactive=False, stdout=io.StringIO()), database_url=sys.argv[1])
shell.run_text("Get-CsUser | Measure-Object")
shell.close()
heavy = ("prompt_toolkit", "pygments", "psycopg", "alembic", "cryptography", "lark")
print(" ".join(sorted({m.split(".")[0] for m in sys.modules if m.split(".")[0] in heavy})))
'''


def test_a_lab_query_loads_no_heavy_library(tmp_path) -> None:
    url = f"sqlite:///{tmp_path / 'lab.db'}"
    subprocess.run([sys.executable, "-c", PROBE, url], check=True, capture_output=True)  # creates the lab
    loaded = subprocess.run([sys.executable, "-c", PROBE, url], check=True, capture_output=True,
                            text=True).stdout.split()
    assert loaded == [] or loaded == ["lark"], loaded
