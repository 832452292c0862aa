"""Quick local check (not a test): UserRepository.query vs the same query written directly
in SQLAlchemy, on N synthetic users (default 100,000).

    python tests/store/query_perf_check.py [sqlite|postgresql ...] [--users N]
"""
from __future__ import annotations

import argparse
import resource
import time

from sqlalchemy import create_engine, func, select, text
from sqlalchemy.orm import Session

PG = "postgresql+psycopg://postgres@127.0.0.1:5432/test"


def rss_mib() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def best(fn, runs=3) -> tuple[float, int]:
    times, n = [], 0
    for _ in range(runs):
        t = time.perf_counter()
        n = fn()
        times.append(time.perf_counter() - t)
    return min(times), n


def run(backend: str, n: int) -> None:
    from lyncshell.store import open_store
    from lyncshell.store.models import User
    from lyncshell.store.records import UserCondition as C, UserQuery as Q

    if backend == "sqlite":
        import tempfile
        url = f"sqlite:///{tempfile.mkdtemp()}/perf.db"
    else:
        admin = create_engine(PG, isolation_level="AUTOCOMMIT")
        with admin.connect() as c:
            c.execute(text("DROP SCHEMA IF EXISTS lyncshell_qperf CASCADE"))
            c.execute(text("CREATE SCHEMA lyncshell_qperf"))
        url = PG + "?options=-csearch_path%3Dlyncshell_qperf"
    store = open_store(url)
    store.initialize_lab(extra_users=n)
    # Make half of the synthetic users EV-enabled so the first query returns many rows.
    store._begin_write()
    store._conn.execute(text("UPDATE users SET enterprise_voice_enabled = (id % 2 = 0) "
                             "WHERE id > 1000"))
    store.commit()
    cases = {
        "Filter {EnterpriseVoiceEnabled -eq $True}": (
            Q(all_of=(C("enterprise_voice_enabled", "eq", True),)),
            lambda t: (t.c.sip_key.is_not(None)) & (t.c.enterprise_voice_enabled == True)),  # noqa: E712
        "LdapFilter (&(l=Redmond)(department=Finance))": (
            Q(all_of=(C("city", "eq", "Redmond"), C("department", "eq", "Finance"))),
            lambda t: (t.c.sip_key.is_not(None)) & (t.c.city == "Redmond")
            & (t.c.department == "Finance")),
    }
    t = User.__table__
    for name, (query, direct) in cases.items():
        ours, count = best(lambda: sum(1 for _ in store.users.query(query)))
        store.rollback()
        with store.engine.connect() as conn:
            core, count2 = best(lambda: len(conn.execute(select(t).where(direct(t))
                                                         .order_by(t.c.id)).all()))
        with Session(store.engine) as session:
            orm, count3 = best(lambda: sum(1 for _ in session.scalars(
                select(User).where(direct(t)).order_by(User.id)
                .execution_options(yield_per=1000))))
            session.expunge_all()
        assert count == count2 == count3, (count, count2, count3)
        print(f"[{backend}] {name}: {count} users; query {ours * 1000:.0f} ms, "
              f"direct Core {core * 1000:.0f} ms (x{ours / core:.2f}), "
              f"direct ORM yield_per {orm * 1000:.0f} ms (x{ours / orm:.2f})")
    before = rss_mib()
    sum(1 for _ in store.users.query(Q()))
    print(f"[{backend}] query all {store.users.count()} users streamed: max RSS "
          f"{before:.0f} -> {rss_mib():.0f} MiB")
    store.close()


if __name__ == "__main__":
    parser = argparse.ArgumentParser()
    parser.add_argument("backends", nargs="*", default=["sqlite", "postgresql"])
    parser.add_argument("--users", type=int, default=100_000)
    args = parser.parse_args()
    for b in args.backends:
        run(b, args.users)
