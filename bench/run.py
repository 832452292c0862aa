"""lyncshell benchmarks: figures and ratios against baselines measured in the same run.

    python bench/run.py [--users 100000] [--small 10000] [--repeat 5] [--skip-postgres]
    python bench/lang.py            # the language: filter pipelines, parse throughput

1. Cold start: `lyncshell -NonInteractive -Command 'Get-CsUser | Measure-Object'`
   against `python -c pass` (target: under 0.35 s).
2. `Get-CsUser | Revoke-CsClientCertificate` on a lab of N synthetic users, against
   the same per-user DELETEs done directly with SQLAlchemy Core in one transaction
   (target: within 5x), on SQLite and on PostgreSQL.
3. Peak memory (max RSS of the process) of that pipeline at the small and the large
   lab (target: large within 1.5x of small: the pipeline streams).

4. Lync queries on the large lab: `Get-CsUser | Get-CsClientPinInfo | Where-Object
   {$_.IsLockedOut}` and `Get-CsUser -Filter {EnterpriseVoiceEnabled -eq $True}`,
   against the same query done directly in SQLAlchemy (target: within 5x).

These are measurements, not tests: nothing here fails a build. Each figure is a
whole process (start-up included) on both sides, so the ratios compare like with
like.
"""
from __future__ import annotations

import argparse
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

POSTGRES_URL = os.environ.get("LYNCSHELL_BENCH_POSTGRES_URL",
                              "postgresql+psycopg://postgres@127.0.0.1:5432/test")
# The console script beside this interpreter (not a version-manager shim, which
# would add its own start-up to every figure).
_BESIDE = Path(sys.executable).with_name("lyncshell")
LYNCSHELL = str(_BESIDE) if _BESIDE.exists() else (shutil.which("lyncshell") or "lyncshell")

DIRECT_REVOKE = r'''
import sys, time
from sqlalchemy import create_engine, delete, select
from lyncshell.store.models import ClientCertificate, User
engine = create_engine(sys.argv[1])
start = time.perf_counter()
with engine.begin() as conn:
    ids = [row[0] for row in conn.execute(select(User.id).where(User.sip_address.is_not(None)))]
    for user_id in ids:
        conn.execute(delete(ClientCertificate).where(ClientCertificate.user_id == user_id))
print(time.perf_counter() - start)
'''


DIRECT_QUERIES = {
    "locked PINs": r'''
import sys
from sqlalchemy import create_engine, select
from lyncshell.store.models import User
engine = create_engine(sys.argv[1])
with engine.connect() as conn:
    rows = conn.execute(select(User.sip_address).where(User.sip_address.is_not(None),
                                                       User.pin_locked.is_(True))).all()
print(len(rows))
''',
    "EV filter": r'''
import sys
from sqlalchemy import create_engine, select
from lyncshell.store.models import User
engine = create_engine(sys.argv[1])
with engine.connect() as conn:
    rows = conn.execute(select(User).where(User.sip_address.is_not(None),
                                           User.enterprise_voice_enabled.is_(True))).all()
print(len(rows))
''',
}
SHELL_QUERIES = {
    "locked PINs": "(Get-CsUser | Get-CsClientPinInfo | Where-Object {$_.IsLockedOut} | Measure-Object).Count",
    "EV filter": "(Get-CsUser -Filter {EnterpriseVoiceEnabled -eq $True} | Measure-Object).Count",
}


def run_timed(argv: list[str], env: dict[str, str] | None = None) -> tuple[float, int]:
    """Wall time and peak RSS (KiB) of one child process."""
    start = time.perf_counter()
    before = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    proc = subprocess.run(argv, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    elapsed = time.perf_counter() - start
    if proc.returncode != 0:
        raise SystemExit(f"failed: {' '.join(argv)}\n{proc.stdout}\n{proc.stderr}")
    peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    return elapsed, max(peak, before)


def peak_rss_of(argv: list[str], env: dict[str, str]) -> tuple[float, int]:
    """Run via /usr/bin/time-like wrapper: a fresh Python parent per run keeps
    RUSAGE_CHILDREN's maximum specific to that run."""
    code = ("import resource, subprocess, sys, time\n"
            "t = time.perf_counter()\n"
            "p = subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL)\n"
            "e = time.perf_counter() - t\n"
            "print(e, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss, p.returncode)\n")
    out = subprocess.run([sys.executable, "-c", code, *argv], env=env, capture_output=True,
                         text=True, check=True).stdout.split()
    if out[2] != "0":
        raise SystemExit(f"failed: {' '.join(argv)}")
    return float(out[0]), int(out[1])


def median_time(argv: list[str], repeat: int, env: dict[str, str] | None = None) -> float:
    return statistics.median(run_timed(argv, env)[0] for _ in range(repeat))


def lyncshell_env(url: str) -> dict[str, str]:
    env = dict(os.environ)
    env["LYNCSHELL_DATABASE"] = url
    return env


def seed(url: str, users: int) -> float:
    start = time.perf_counter()
    run_timed([LYNCSHELL, "-NonInteractive", "-Command", f"Initialize-CsLab -Users {users} -Force"],
              lyncshell_env(url))
    return time.perf_counter() - start


def compile_package() -> None:
    """Byte-compile lyncshell first: a normal install ships .pyc files, but an editable
    install under PYTHONDONTWRITEBYTECODE=1 (set on this machine) would recompile every
    module in every process and the cold-start figure would measure the compiler."""
    import compileall
    import importlib
    for name in ("lyncshell", "lyncshell.grammar", "lyncshell.cmdlets", "lyncshell.rbac",
                 "lyncshell.store", "lyncshell.shell"):
        folder = Path(importlib.import_module(name).__file__).parent
        compileall.compile_dir(str(folder), quiet=1)


# The floor perf-facts.md measured at ~238 ms: the ORM and lark imported, and the users
# counted through SQLAlchemy. 350 ms is ~1.5x that floor, so the ratio is reported too:
# on a slower or busier machine the absolute figure moves, the ratio much less.
FLOOR = r'''
import sys
import lark, sqlalchemy.orm
from sqlalchemy import create_engine, func, select, text
engine = create_engine(sys.argv[1])
with engine.connect() as conn:
    print(conn.execute(text("SELECT count(*) FROM users WHERE sip_address IS NOT NULL")).scalar())
'''


def cold_start(repeat: int, tmp: Path) -> None:
    compile_package()
    url = f"sqlite:///{tmp / 'cold.db'}"
    seed(url, 0)
    env = lyncshell_env(url)
    base = median_time([sys.executable, "-c", "pass"], repeat)
    floor = median_time([sys.executable, "-c", FLOOR, url], repeat)
    shell = median_time([LYNCSHELL, "-NonInteractive", "-Command", "Get-CsUser | Measure-Object"],
                        repeat, env)
    print(f"cold start   python -c pass                  {base * 1000:8.1f} ms")
    print(f"cold start   floor: ORM + lark + SQL count   {floor * 1000:8.1f} ms")
    print(f"cold start   lyncshell Get-CsUser|Measure    {shell * 1000:8.1f} ms   "
          f"ratio to floor {shell / floor:4.2f}x (target ~1.5x)   target < 350 ms: "
          f"{'met' if shell < 0.35 else 'NOT met'}")


def revoke(backend: str, url: str, users: int, small: int) -> None:
    env = lyncshell_env(url)
    seconds = seed(url, users)
    print(f"{backend:10s} seed {users} users (Initialize-CsLab)    {seconds:8.2f} s")
    direct = float(subprocess.run([sys.executable, "-c", DIRECT_REVOKE, url], capture_output=True,
                                  text=True, check=True).stdout.strip())
    seed(url, users)
    elapsed, peak_large = peak_rss_of(
        [LYNCSHELL, "-NonInteractive", "-Command", "Get-CsUser | Revoke-CsClientCertificate"], env)
    remaining = subprocess.run(
        [LYNCSHELL, "-NonInteractive", "-Command", "(Get-CsUser | Get-CsClientCertificate | Measure-Object).Count"],
        env=env, capture_output=True, text=True, check=True).stdout.strip()
    print(f"{backend:10s} direct SQLAlchemy Core per-user DELETE {direct:8.2f} s")
    print(f"{backend:10s} Get-CsUser | Revoke-CsClientCertificate {elapsed:8.2f} s   "
          f"ratio {elapsed / direct:5.2f}x   target <= 5x: {'met' if elapsed <= 5 * direct else 'NOT met'}"
          f"   certificates left: {remaining}")
    seed(url, users)
    lync_queries(backend, url, users, repeat=3)
    if small:
        seed(url, small)
        _, peak_small = peak_rss_of(
            [LYNCSHELL, "-NonInteractive", "-Command", "Get-CsUser | Revoke-CsClientCertificate"], env)
        ratio = peak_large / peak_small
        print(f"{backend:10s} peak RSS at {small:>6} users {peak_small / 1024:8.1f} MiB; at {users} users "
              f"{peak_large / 1024:8.1f} MiB   ratio {ratio:4.2f}x   target <= 1.5x: "
              f"{'met' if ratio <= 1.5 else 'NOT met'}")


def lync_queries(backend: str, url: str, users: int, repeat: int) -> None:
    """Issue 4's queries on a lab of `users` synthetic users (seeded by the caller)."""
    env = lyncshell_env(url)
    for label, command in SHELL_QUERIES.items():
        shell_times, direct_times, counts = [], [], []
        for _ in range(repeat):
            start = time.perf_counter()
            shown = subprocess.run([LYNCSHELL, "-NonInteractive", "-Command", command], env=env,
                                   capture_output=True, text=True, check=True).stdout.strip()
            shell_times.append(time.perf_counter() - start)
            start = time.perf_counter()
            direct = subprocess.run([sys.executable, "-c", DIRECT_QUERIES[label], url],
                                    capture_output=True, text=True, check=True).stdout.strip()
            direct_times.append(time.perf_counter() - start)
            counts.append((shown, direct))
        shell, base = statistics.median(shell_times), statistics.median(direct_times)
        print(f"{backend:10s} {label:12s} lyncshell {shell:6.2f} s   direct SQLAlchemy {base:6.2f} s   "
              f"ratio {shell / base:5.2f}x   target <= 5x: {'met' if shell <= 5 * base else 'NOT met'}"
              f"   rows {counts[-1][0]} / {counts[-1][1]}")


def postgres_schema_url() -> tuple[str, str] | None:
    try:
        from sqlalchemy import create_engine, text
        engine = create_engine(POSTGRES_URL, isolation_level="AUTOCOMMIT")
        schema = f"lyncshell_bench_{os.getpid()}"
        with engine.connect() as conn:
            conn.execute(text(f'DROP SCHEMA IF EXISTS "{schema}" CASCADE'))
            conn.execute(text(f'CREATE SCHEMA "{schema}"'))
        from urllib.parse import quote
        return f"{POSTGRES_URL}?options={quote(f'-csearch_path={schema}')}", schema
    except Exception as exc:  # noqa: BLE001
        print(f"postgresql unreachable, skipped: {exc}")
        return None


def drop_schema(schema: str) -> None:
    from sqlalchemy import create_engine, text
    engine = create_engine(POSTGRES_URL, isolation_level="AUTOCOMMIT")
    with engine.connect() as conn:
        conn.execute(text(f'DROP SCHEMA IF EXISTS "{schema}" CASCADE'))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--users", type=int, default=100_000)
    parser.add_argument("--small", type=int, default=10_000)
    parser.add_argument("--repeat", type=int, default=7)
    parser.add_argument("--skip-postgres", action="store_true")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        tmp = Path(folder)
        cold_start(args.repeat, tmp)
        revoke("sqlite", f"sqlite:///{tmp / 'bench.db'}", args.users, args.small)
    if not args.skip_postgres:
        found = postgres_schema_url()
        if found is not None:
            url, schema = found
            try:
                revoke("postgresql", url, args.users, 0)
            finally:
                drop_schema(schema)


if __name__ == "__main__":
    main()
