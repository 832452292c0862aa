"""lyncshell benchmarks: figures and ratios against baselines measured in the same run.

    python bench/run.py [--users 100000] [--small 10000] [--repeat 5] [--skip-postgres]

1. Cold start: `lyncshell -NonInteractive -Command 'Get-CsUser | Measure-Object'`
   against `python -c pass` (target: under 0.35 s).
2. `Get-CsUser | Revoke-CsClientCertificate` on a lab of N synthetic users, against
   the same per-user DELETEs done directly with SQLAlchemy Core in one transaction
   (target: within 5x), on SQLite and on PostgreSQL.
3. Peak memory (max RSS of the process) of that pipeline at the small and the large
   lab (target: large within 1.5x of small: the pipeline streams).

These are measurements, not tests: nothing here fails a build.
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
LYNCSHELL = shutil.which("lyncshell") or "lyncshell"

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


def cold_start(repeat: int, tmp: Path) -> None:
    url = f"sqlite:///{tmp / 'cold.db'}"
    seed(url, 0)
    env = lyncshell_env(url)
    base = median_time([sys.executable, "-c", "pass"], repeat)
    shell = median_time([LYNCSHELL, "-NonInteractive", "-Command", "Get-CsUser | Measure-Object"],
                        repeat, env)
    print(f"cold start   python -c pass              {base * 1000:8.1f} ms")
    print(f"cold start   lyncshell Get-CsUser|Measure {shell * 1000:8.1f} ms   "
          f"ratio {shell / base:5.1f}x   target < 350 ms: {'met' if shell < 0.35 else 'NOT met'}")


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
    if small:
        seed(url, small)
        _, peak_small = peak_rss_of(
            [LYNCSHELL, "-NonInteractive", "-Command", "Get-CsUser | Revoke-CsClientCertificate"], env)
        ratio = peak_large / peak_small
        print(f"{backend:10s} peak RSS at {small:>6} users {peak_small / 1024:8.1f} MiB; at {users} users "
              f"{peak_large / 1024:8.1f} MiB   ratio {ratio:4.2f}x   target <= 1.5x: "
              f"{'met' if ratio <= 1.5 else 'NOT met'}")


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
