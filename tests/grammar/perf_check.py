"""Local throughput check for the parser (not a test; run by hand):

    python tests/grammar/perf_check.py

Prints lines/s for a 20,000-line script of typical ~100-byte admin command
lines (CPU time, best of 3) and the cold-start cost of the first parse.
"""
import subprocess
import sys
import time

LINES = [
    'Get-CsUser -Identity "sip:kenmyer@litwareinc.com" | Revoke-CsClientCertificate -Confirm:$false -WhatIf',
    'Set-CsPinPolicy -Identity site:Redmond -MinPasswordLength 7 -PINHistoryCount 5 -AllowCommonPatterns $true',
    'Get-CsAdminRole | Where-Object {$_.Cmdlets –match "Revoke-CsClientCertificate"} | Select-Object Identity',
    '$users = Get-CsUser -Filter {Department -eq "Finance"}; foreach ($u in $users) { $u.SipAddress }',
    'Grant-CsPinPolicy -Identity "litwareinc\\kenmyer" -PolicyName "RedmondPinPolicy" -Verbose',
]


def main():
    from lyncshell.grammar import parse
    n = 20000
    script = "\n".join(LINES[i % len(LINES)] for i in range(n))
    parse(LINES[0])
    best = float("inf")
    for _ in range(3):
        t = time.process_time()
        tree = parse(script)
        best = min(best, time.process_time() - t)
        del tree
    print(f"{len(script) / n:.0f} bytes/line: {n / best:,.0f} lines/s (best of 3, CPU time)")
    code = ("import time; t0 = time.perf_counter(); import lark; t1 = time.perf_counter(); "
            "from lyncshell.grammar import parse; parse('Get-CsUser | Revoke-CsClientCertificate'); "
            "t2 = time.perf_counter(); print(f'import lark {(t1-t0)*1e3:.1f} ms, "
            "grammar import + first parse {(t2-t1)*1e3:.1f} ms')")
    for _ in range(3):
        subprocess.run([sys.executable, "-c", code], check=True)


if __name__ == "__main__":
    main()
