"""End to end through the real shell and store: no PIN or password ever reaches
stdout or stderr, whatever the cmdlet does with it."""
from __future__ import annotations

import io
from datetime import datetime

from lyncshell.shell.app import Shell
from lyncshell.shell.host import ConsoleHost
from lyncshell.shell.runner import run_command

CLOCK = datetime(2012, 10, 1, 9, 30, 0)


def _run(store, script: str) -> tuple[str, str]:
    store.initialize_lab()
    store.commit()
    out, err = io.StringIO(), io.StringIO()
    host = ConsoleHost(interactive=False, stdout=out, stderr=err, stdin=io.StringIO(""))
    shell = Shell(host=host, store=store, width=120, clock=lambda: CLOCK)
    run_command(shell, script)
    store.commit()
    return out.getvalue(), err.getvalue()


SCRIPT = """
Set-CsClientPin -Identity "Ken Myer" -Pin 48a29
Set-CsClientPin -Identity "Ken Myer" -Pin 9472
Set-CsClientPin -Identity "Ken Myer" -Pin 947261 -WhatIf
Set-CsClientPin -Identity "Nobody Here" -Pin 947262
Set-CsClientPin -Identity "Ken Myer" -Pin 947263 -Verbose
Test-CsPhoneBootstrap -PhoneOrExt "+14255550101" -PIN "947264" -Verbose
Test-CsPhoneBootstrap -PhoneOrExt "+14255550101" -PIN "947263" -Verbose -OutVerboseVariable v
$v
Get-CsClientPinInfo "Ken Myer" | Format-List *
$cred = Get-Credential -UserName "litwareinc\\kenmyer" -Password (ConvertTo-SecureString "Sw0rdf1sh!" -AsPlainText -Force)
$cred
$cred | Format-List *
Test-CsClientAuthentication -UserSipAddress "sip:kenmyer@litwareinc.com" -UserCredential $cred -Verbose
$Error | ForEach-Object { $_.ToString() }
"""


def test_no_pin_or_password_in_any_output(shared_lab_store) -> None:
    out, err = _run(shared_lab_store, SCRIPT)
    text = out + err
    for secret in ("48a29", "9472", "947261", "947262", "947263", "947264", "Sw0rdf1sh!"):
        assert secret not in text, f"{secret} leaked:\n{text}"
    assert "Cannot set the PIN" in err and "Result     : Success" in out
