"""Language-core benchmarks: figures and ratios against baselines measured in the same run.

    python bench/lang.py [--objects 100000] [--lines 20000] [--repeat 3]

1. `1..N | Where-Object {$_ % 3 -eq 0} | Measure-Object` through the real shell, against
   the plain Python loop `sum(1 for i in range(1, N+1) if i % 3 == 0)` (target: within 15x).
2. `$users | Where-Object {$_.DisplayName -like "K*"} | Measure-Object` over N UserRecord
   instances built here, through the real shell, against a plain Python loop with a
   compiled regex over the same records (target: within 15x).
3. The per-object cost of the compiled filter alone (ScriptBlock.invoke_single), against
   the same plain loops (target: about 3x).
4. Parse throughput of a generated 20,000-line script in lines/s (target: >= 8,000),
   beside tree-sitter-powershell when the optional `bench` extra is installed
   (`pip install -e '.[bench]'`); that row is skipped, and says so, when it is missing.

These are measurements, not tests: nothing here fails a build.
"""
from __future__ import annotations

import argparse
import gc
import io
import re
import statistics
import sys
import time
from datetime import datetime
from typing import Any, Callable


def best_of(repeat: int, fn: Callable[[], Any]) -> tuple[float, Any]:
    times = []
    result = None
    for _ in range(repeat):
        gc.collect()
        start = time.perf_counter()
        result = fn()
        times.append(time.perf_counter() - start)
    return statistics.median(times), result


def make_shell() -> Any:
    from lyncshell.shell.app import Shell
    from lyncshell.shell.host import ConsoleHost

    class NoStore:
        def commit(self) -> None:
            pass

        def close(self) -> None:
            pass

    out = io.StringIO()
    host = ConsoleHost(interactive=False, stdout=out, stderr=io.StringIO(), stdin=io.StringIO(""))
    return Shell(host=host, store=NoStore(), clock=lambda: datetime(2012, 10, 1)), out


def make_users(n: int) -> list[Any]:
    from lyncshell.store.records import UserRecord
    import lyncshell.cmdlets.lync.views  # noqa: F401 - registers the UserRecord TypeView
    first = ["Ken", "Pilar", "Kim", "Chrystal", "Karen", "David", "Aidan", "Kevin"]
    when = datetime(2012, 1, 1)
    users = []
    for i in range(n):
        name = f"{first[i % len(first)]} User{i}"
        users.append(UserRecord(
            id=i, guid=f"g{i}", sid=f"S-1-5-{i}", sam_account_name=f"user{i}", domain="litwareinc",
            user_principal_name=f"user{i}@litwareinc.com", display_name=name, first_name=name,
            last_name=f"User{i}", distinguished_name=f"CN={name},OU=Redmond,DC=litwareinc,DC=com",
            ou="OU=Redmond,DC=litwareinc,DC=com", email=None,
            sip_address=f"sip:user{i}@litwareinc.com", registrar_pool="atl-cs-001.litwareinc.com",
            enabled=True, enterprise_voice_enabled=False, line_uri=None, phone_number=None,
            extension=None, city=None, department=None, title=None, pin_policy=None,
            when_created=when, when_changed=when))
    return users


def run_shell(shell: Any, out: io.StringIO, text: str) -> str:
    out.seek(0)
    out.truncate()
    shell.run_text(text)
    return out.getvalue()


def generated_script(lines: int) -> str:
    """A script of typical admin lines: assignments, pipelines, functions, loops."""
    block = [
        '$users = Get-CsUser -Filter {RegistrarPool -eq "atl-cs-001.litwareinc.com"}',
        'Get-CsUser | Where-Object {$_.DisplayName -like "K*"} | Select-Object DisplayName, SipAddress',
        'foreach ($u in $users) { if ($u.Enabled) { "$($u.DisplayName) is enabled" } }',
        'function Get-Thing { param([int]$n = 3) 1..$n | ForEach-Object { $_ * 2 } }',
        '$h = @{ Identity = "Ken Myer"; ErrorAction = "SilentlyContinue" }; Get-CsUser @h',
        'try { Revoke-CsClientCertificate -Identity "sip:kenmyer@litwareinc.com" -WhatIf } catch { Write-Warning $_ }',
        '$total += ($users | Measure-Object).Count',
        'switch -Wildcard ($name) { "K*" { "k" } default { "other" } }',
        'Get-CsClientCertificate -Identity "Pilar Ackerman" | Format-List',
        '$x = [int]"5" + 3 * (2 - 1); $y = "value: {0:N2}" -f $x',
    ]
    return "\n".join(block[i % len(block)] for i in range(lines)) + "\n"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--objects", type=int, default=100_000)
    parser.add_argument("--lines", type=int, default=20_000)
    parser.add_argument("--repeat", type=int, default=3)
    options = parser.parse_args()
    n = options.objects
    shell, out = make_shell()
    rows: list[tuple[str, str]] = []

    # 1. the range filter
    plain, expected = best_of(options.repeat, lambda: sum(1 for i in range(1, n + 1) if i % 3 == 0))
    text = f"(1..{n} | Where-Object {{$_ % 3 -eq 0}} | Measure-Object).Count"
    shelled, got = best_of(options.repeat, lambda: run_shell(shell, out, text))
    assert got.strip() == str(expected), (got, expected)
    rows.append((f"1..{n} | Where-Object {{$_ % 3 -eq 0}} | Measure-Object",
                 f"{shelled * 1000:8.1f} ms  plain loop {plain * 1000:6.1f} ms  "
                 f"ratio {shelled / plain:5.1f}x (target <= 15x)"))

    # 2. the record filter
    users = make_users(n)
    shell.executor.session.global_scope.set("users", users)
    rx = re.compile(r"k", re.IGNORECASE)
    plain2, expected2 = best_of(options.repeat, lambda: sum(1 for u in users if rx.match(u.display_name)))
    text2 = '($users | Where-Object {$_.DisplayName -like "K*"} | Measure-Object).Count'
    shelled2, got2 = best_of(options.repeat, lambda: run_shell(shell, out, text2))
    assert got2.strip() == str(expected2), (got2, expected2)
    rows.append((f"{n} UserRecords | Where-Object {{$_.DisplayName -like \"K*\"}} | Measure-Object",
                 f"{shelled2 * 1000:8.1f} ms  plain loop {plain2 * 1000:6.1f} ms  "
                 f"ratio {shelled2 / plain2:5.1f}x (target <= 15x)"))

    # 3. the compiled filter alone, per object
    executor = shell.executor
    scope = executor.session.global_scope
    block = executor.compile_script_block(executor.parse('{$_.DisplayName -like "K*"}').end.statements[0]
                                          .elements[0].expression.block).bind(scope)
    block.invoke_single(users[0])   # the first call generates the block's Python (once)
    invoke = block.invoke_single
    per_obj, _ = best_of(options.repeat, lambda: sum(1 for u in users if invoke(u)))
    rows.append(("compiled {$_.DisplayName -like \"K*\"} alone",
                 f"{per_obj / n * 1e9:8.0f} ns/object  plain {plain2 / n * 1e9:5.0f} ns  "
                 f"ratio {per_obj / plain2:5.1f}x (target ~3x)"))
    block3 = executor.compile_script_block(executor.parse('{$_ % 3 -eq 0}').end.statements[0]
                                           .elements[0].expression.block).bind(scope)
    block3.invoke_single(1)
    invoke3 = block3.invoke_single
    per_obj3, _ = best_of(options.repeat, lambda: sum(1 for i in range(1, n + 1) if invoke3(i)))
    rows.append(("compiled {$_ % 3 -eq 0} alone",
                 f"{per_obj3 / n * 1e9:8.0f} ns/object  plain {plain / n * 1e9:5.0f} ns  "
                 f"ratio {per_obj3 / plain:5.1f}x (target ~3x)"))

    # 4. parsing
    from lyncshell.grammar import parse
    script = generated_script(options.lines)
    parse_time, _ = best_of(options.repeat, lambda: parse(script))
    rows.append((f"parse a {options.lines}-line script",
                 f"{options.lines / parse_time:8.0f} lines/s (target >= 8,000)"))
    try:
        import tree_sitter
        import tree_sitter_powershell
        language = tree_sitter.Language(tree_sitter_powershell.language())
        ts_parser = tree_sitter.Parser(language)
        data = script.encode()
        ts_time, tree = best_of(options.repeat, lambda: ts_parser.parse(data))
        rows.append(("tree-sitter-powershell, same script",
                     f"{options.lines / ts_time:8.0f} lines/s  (ours is "
                     f"{ts_time / parse_time * 100:.1f}% of its speed; "
                     f"errors in its tree: {tree.root_node.has_error})"))
    except ImportError:
        rows.append(("tree-sitter-powershell, same script",
                     "skipped: install the optional extra with pip install -e '.[bench]'"))
    except Exception as exc:  # noqa: BLE001 - a changed binding API must not stop the bench
        rows.append(("tree-sitter-powershell, same script", f"skipped: {type(exc).__name__}: {exc}"))

    width = max(len(name) for name, _ in rows)
    print(f"lyncshell language benchmarks (python {sys.version.split()[0]}, median of {options.repeat})")
    for name, figure in rows:
        print(f"  {name.ljust(width)}  {figure}")


if __name__ == "__main__":
    main()
