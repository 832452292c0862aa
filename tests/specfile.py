"""Reading spec files: `tests/spec/*.test.ps1`.

A spec file is a PowerShell script cut into cases. Each case starts with a line
`#### <name>`; what follows is the input, run in a fresh lab, and block comments
that hold the expectations (so the file stays valid PowerShell):

    #### Revoking by display name removes every certificate
    Revoke-CsClientCertificate -Identity "Ken Myer"
    (Get-CsClientCertificate -Identity "Ken Myer" | Measure-Object).Count
    <#stdout
    0
    #>
    <#exit 0#>

Blocks: `<#stdout ... #>` (exact), `<#stderr ... #>` (exact), `<#stderr-contains ... #>`
(each line must appear in stderr), `<#stdin ... #>` (answers to prompts; makes the
host interactive), `<#as litwareinc\\kenmyer#>` (run as that account),
`<#exit N#>` (default 0), `<#divergence reason#>` (a known difference from
PowerShell, kept and reported, never deleted).
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

_BLOCK = re.compile(r"<#(stdout|stderr-contains|stderr|stdin)\n(.*?)^#>\n?", re.S | re.M)
_INLINE = re.compile(r"<#(exit|as|divergence) ([^\n]*?)#>\n?")


@dataclass
class SpecCase:
    file: str
    name: str
    script: str
    stdout: str | None = None
    stderr: str | None = None
    stderr_contains: list[str] = field(default_factory=list)
    stdin: str | None = None
    run_as: str | None = None
    exit_code: int = 0
    divergence: str | None = None

    @property
    def id(self) -> str:
        return f"{Path(self.file).stem}::{self.name}"


def parse_spec(path: Path) -> list[SpecCase]:
    text = path.read_text(encoding="utf-8")
    cases: list[SpecCase] = []
    chunks = re.split(r"^#### ", text, flags=re.M)
    for chunk in chunks[1:]:
        name, _, body = chunk.partition("\n")
        case = SpecCase(file=str(path), name=name.strip(), script="")
        for kind, content in _BLOCK.findall(body):
            if kind == "stdout":
                case.stdout = content
            elif kind == "stderr":
                case.stderr = content
            elif kind == "stderr-contains":
                case.stderr_contains = [line for line in content.splitlines() if line.strip()]
            else:
                case.stdin = content
        for kind, value in _INLINE.findall(body):
            if kind == "exit":
                case.exit_code = int(value)
            elif kind == "as":
                case.run_as = value.strip()
            else:
                case.divergence = value.strip()
        script = _INLINE.sub("", _BLOCK.sub("", body))
        case.script = script.strip("\n") + "\n"
        cases.append(case)
    return cases
