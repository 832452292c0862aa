"""Quick local performance check of the store (not a test; no assertions).

    python tests/store/perf_check.py [sqlite|postgresql ...] [--users N]

Prints, per backend: seeding N synthetic users, streaming them through
UserRepository.iterate, revoking every certificate through the repository
(`Get-CsUser | Revoke-CsClientCertificate` shape, one commit), and the baseline of a
direct SQLAlchemy Core loop of per-user DELETEs in one transaction.
"""
from __future__ import annotations

import argparse
import gc
import resource
import time

from sqlalchemy import create_engine, delete, select, text

PG = "postgresql+psycopg://postgres@127.0.0.1:5432/test"


def rss_mib() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def run(backend: str, n: int) -> None:
    from lyncshell.store import open_store
    from lyncshell.store.models import ClientCertificate, User

    if backend == "sqlite":
        import tempfile
        url = f"sqlite:///{tempfile.mkdtemp()}/perf.db"
    else:
        admin = create_engine(PG, isolation_level="AUTOCOMMIT")
        with admin.connect() as c:
            c.execute(text("DROP SCHEMA IF EXISTS lyncshell_perf CASCADE"))
            c.execute(text("CREATE SCHEMA lyncshell_perf"))
        url = PG + "?options=-csearch_path%3Dlyncshell_perf"
    store = open_store(url)
    t = time.perf_counter()
    store.initialize_lab(extra_users=n)
    print(f"[{backend}] seed {n} extra users: {time.perf_counter() - t:.2f} s")

    gc.collect()
    before = rss_mib()
    t = time.perf_counter()
    count = sum(1 for _ in store.users.iterate())
    print(f"[{backend}] iterate {count} users: {time.perf_counter() - t:.2f} s, "
          f"max RSS {before:.0f} -> {rss_mib():.0f} MiB")
    store.rollback()

    t = time.perf_counter()
    revoked = 0
    for user in store.users.iterate():
        revoked += store.certificates.revoke_all(user.id)
    store.commit()
    print(f"[{backend}] repository revoke_all x{count} + commit: "
          f"{time.perf_counter() - t:.2f} s ({revoked} certificates, "
          f"{store.certificates.statements} DELETE statements)")

    store.initialize_lab(extra_users=n)
    engine = store.engine
    user = User.__table__
    cert = ClientCertificate.__table__
    from sqlalchemy import bindparam
    from lyncshell.store.engine import begin_write
    with engine.connect() as conn:  # the floor: streamed ids, deletes batched per 1,000
        t = time.perf_counter()
        begin_write(conn)
        ids = [row[0] for row in conn.execute(select(user.c.id).where(
            user.c.sip_key.is_not(None)).order_by(user.c.id))]
        stmt = delete(cert).where(cert.c.user_id.in_(bindparam("ids", expanding=True)))
        deleted = 0
        for start in range(0, len(ids), 1000):
            deleted += conn.execute(stmt, {"ids": ids[start:start + 1000]}).rowcount
        conn.commit()
        print(f"[{backend}] floor: ids + batched DELETE per 1,000 + commit: "
              f"{time.perf_counter() - t:.2f} s ({deleted} certificates)")
    store.initialize_lab(extra_users=n)
    cert = ClientCertificate.__table__
    with engine.connect() as conn:
        ids = conn.execute(select(User.__table__.c.id).where(
            User.__table__.c.sip_key.is_not(None)).order_by(User.__table__.c.id)).scalars().all()
        conn.rollback()
        t = time.perf_counter()
        from lyncshell.store.engine import begin_write
        begin_write(conn)
        deleted = 0
        for uid in ids:
            deleted += conn.execute(delete(cert).where(cert.c.user_id == uid)).rowcount
        conn.commit()
        print(f"[{backend}] baseline Core per-user DELETE loop x{len(ids)}, one transaction: "
              f"{time.perf_counter() - t:.2f} s ({deleted} certificates)")
    store.close()
    if backend != "sqlite":
        with admin.connect() as c:
            c.execute(text("DROP SCHEMA IF EXISTS lyncshell_perf CASCADE"))


if __name__ == "__main__":
    parser = argparse.ArgumentParser()
    parser.add_argument("backends", nargs="*", default=["sqlite", "postgresql"])
    parser.add_argument("--users", type=int, default=100_000)
    args = parser.parse_args()
    for b in args.backends:
        run(b, args.users)
