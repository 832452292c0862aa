"""SQLAlchemy implementations of the repository interfaces.

One `SqlLabStore` owns one Connection for its lifetime; all repositories share it, so
their reads see the store's own uncommitted writes. Statements are Core (the ORM
models only provide the tables): rows become records directly, which is several times
cheaper than materialising ORM objects, and no identity map can grow or go stale.

Certificate revocation is written behind: `revoke_all` records the user id and answers
from a per-transaction count cache; the deletes run batched (`DELETE ... WHERE user_id IN
(...)`, REVOKE_BATCH ids per statement) when the buffer fills, at commit, and before any
read that could observe them. One user's change is a single statement row set inside one
transaction, so it is never half done.
"""
from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime

from dataclasses import fields

from sqlalchemy import bindparam, func, or_, select
from sqlalchemy.engine import Connection, Engine

from . import models as m
from . import schema
from . import seed as lab_seed
from .engine import begin_write, create_lab_engine, default_database_url
from .records import (AdminRoleRecord, CertificateRecord, GroupRecord,
                      OrganizationalUnitRecord, PoolRecord, SiteRecord, UserRecord)

REVOKE_BATCH = 1000       # user ids per batched DELETE (SQLite allows 32766 variables)
COUNT_WINDOW = 1000       # user-id range whose certificate counts are read at once

_U = m.User.__table__
_C = m.ClientCertificate.__table__
_G = m.Group.__table__
_GM = m.GroupMembership.__table__
_R = m.AdminRole.__table__

# Column order of UserRecord, so a row converts with UserRecord(*row).
_USER_COLUMNS = [_U.c[f.name] for f in fields(UserRecord)]
_USER_SELECT = select(*_USER_COLUMNS)
_CERT_SELECT = (select(_C.c.id, _C.c.user_id, _U.c.sip_address, _C.c.serial_number,
                       _C.c.thumbprint, _C.c.subject, _C.c.publication_time,
                       _C.c.expiration_time, _C.c.device_type)
                .join_from(_C, _U, _C.c.user_id == _U.c.id))
_GROUP_SELECT = select(_G.c.id, _G.c.sam_account_name, _G.c.sid, _G.c.distinguished_name,
                       _G.c.scope, _G.c.description)
_ROLE_SELECT = select(_R.c.identity, _R.c.sid, _R.c.cmdlets, _R.c.user_scopes,
                      _R.c.config_scopes, _R.c.script_modules, _R.c.is_standard_role)


class LabNotInitializedError(RuntimeError):
    """open_store(create=False) on a database without the lab schema."""


def _user(row) -> UserRecord:
    return UserRecord(*row)


def _like_escape(value: str) -> str:
    return value.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


class SqlUserRepository:
    def __init__(self, store: SqlLabStore) -> None:
        self._store = store

    def find(self, identity: str, *, allow_wildcard: bool = False) -> list[UserRecord]:
        ident = identity.strip()
        if not ident:
            return []
        key = ident.lower()
        c = _U.c
        if key.startswith("sip:"):
            cond = c.sip_key == key
        elif "\\" in key:
            domain, _, sam = key.partition("\\")
            cond = (c.sam_key == sam) & (c.domain_key == domain)
        elif "@" in key and "=" not in key:
            # A UPN or a SIP address written without its prefix.
            cond = or_(c.upn_key == key, c.sip_key == "sip:" + key)
        elif allow_wildcard and "*" in key:
            pattern = _like_escape(key).replace("*", "%")
            cond = c.display_key.like(pattern, escape="\\")
        elif "=" in key:
            cond = or_(c.dn_key == key, c.display_key == key)
        else:
            cond = c.display_key == key
        rows = self._store._conn.execute(_USER_SELECT.where(cond).order_by(c.id)).all()
        return [_user(r) for r in rows]

    def get(self, user_id: int) -> UserRecord | None:
        row = self._store._conn.execute(_USER_SELECT.where(_U.c.id == user_id)).first()
        return _user(row) if row else None

    def iterate(self, *, lync_enabled_only: bool = True, ou: str | None = None,
                unassigned_only: bool = False, batch_size: int = 1000) -> Iterator[UserRecord]:
        # Keyset pagination: each batch is its own short query, so no cursor stays open
        # between yields (the consumer may write on the same connection meanwhile).
        stmt = _USER_SELECT
        if lync_enabled_only or unassigned_only:
            stmt = stmt.where(_U.c.sip_key.is_not(None))
        if unassigned_only:
            stmt = stmt.where(_U.c.registrar_pool.is_(None))
        if ou is not None:
            ou_key = ou.strip().lower()
            stmt = stmt.where(or_(_U.c.ou_key == ou_key,
                                  _U.c.ou_key.like("%," + _like_escape(ou_key), escape="\\")))
        stmt = stmt.where(_U.c.id > bindparam("after")).order_by(_U.c.id).limit(
            max(1, batch_size))
        after = 0
        while True:
            rows = self._store._conn.execute(stmt, {"after": after}).all()
            if not rows:
                return
            after = rows[-1][0]
            for row in rows:
                yield UserRecord(*row)
            if len(rows) < batch_size:
                return

    def count(self, *, lync_enabled_only: bool = True) -> int:
        stmt = select(func.count()).select_from(_U)
        if lync_enabled_only:
            stmt = stmt.where(_U.c.sip_key.is_not(None))
        return self._store._conn.execute(stmt).scalar_one()

    def find_by_phone(self, phone_number: str, extension: str | None = None) -> list[UserRecord]:
        """Users with this phone number (and extension, when given); for phone bootstrap."""
        stmt = _USER_SELECT.where(_U.c.phone_number == phone_number)
        if extension is not None:
            stmt = stmt.where(_U.c.extension == extension)
        return [_user(r) for r in self._store._conn.execute(stmt.order_by(_U.c.id)).all()]


class SqlCertificateRepository:
    def __init__(self, store: SqlLabStore) -> None:
        self._store = store
        self._pending: list[int] = []           # user ids whose deletes are not yet sent
        self._pending_set: set[int] = set()
        self._counts: dict[int, int] = {}       # user_id -> certificates, for the window
        self._window = (0, 0)                   # [lo, hi) of user ids covered by _counts
        self.statements = 0                     # DELETE statements sent (for diagnostics)

    # -- reads -----------------------------------------------------------------
    def for_user(self, user_id: int) -> list[CertificateRecord]:
        if user_id in self._pending_set:
            return []  # its delete is buffered: nothing is left to see
        rows = self._store._conn.execute(
            _CERT_SELECT.where(_C.c.user_id == user_id).order_by(_C.c.id)).all()
        return [CertificateRecord(*r) for r in rows]

    # -- writes ----------------------------------------------------------------
    def revoke_all(self, user_id: int) -> int:
        store = self._store
        if not store._writing:
            store._begin_write()
        if user_id in self._pending_set:
            return 0
        lo, hi = self._window
        if not lo <= user_id < hi:
            self._load_counts(user_id)
        count = self._counts.get(user_id, 0)
        if count:
            self._counts[user_id] = 0
            self._pending.append(user_id)
            self._pending_set.add(user_id)
            if len(self._pending) >= REVOKE_BATCH:
                self.flush()
        return count

    def issue(self, user_id: int, *, serial_number: str, thumbprint: str, subject: str,
              publication_time: datetime, expiration_time: datetime,
              device_type: str | None = None) -> CertificateRecord:
        self.flush()
        self._store._begin_write()
        result = self._store._conn.execute(_C.insert().values(
            user_id=user_id, serial_number=serial_number, thumbprint=thumbprint,
            subject=subject, publication_time=publication_time,
            expiration_time=expiration_time, device_type=device_type))
        cert_id = result.inserted_primary_key[0]
        lo, hi = self._window
        if lo <= user_id < hi:
            self._counts[user_id] = self._counts.get(user_id, 0) + 1
        row = self._store._conn.execute(_CERT_SELECT.where(_C.c.id == cert_id)).one()
        return CertificateRecord(*row)

    # -- write-behind machinery --------------------------------------------------
    def _load_counts(self, user_id: int) -> None:
        lo, hi = user_id, user_id + COUNT_WINDOW
        rows = self._store._conn.execute(
            select(_C.c.user_id, func.count()).where(_C.c.user_id >= lo, _C.c.user_id < hi)
            .group_by(_C.c.user_id)).all()
        self._counts = dict(rows)
        for uid in self._pending_set:  # a buffered revoke already emptied these
            if lo <= uid < hi:
                self._counts[uid] = 0
        self._window = (lo, hi)

    def flush(self) -> None:
        """Send the buffered deletes (inside the current write transaction)."""
        if not self._pending:
            return
        conn = self._store._conn
        pending = self._pending
        stmt = _C.delete().where(_C.c.user_id.in_(bindparam("ids", expanding=True)))
        for start in range(0, len(pending), REVOKE_BATCH):
            conn.execute(stmt, {"ids": pending[start:start + REVOKE_BATCH]})
            self.statements += 1
        self._pending = []
        self._pending_set = set()

    def _forget(self) -> None:
        """Drop buffered state (after rollback, commit or a reset)."""
        self._pending = []
        self._pending_set = set()
        self._counts = {}
        self._window = (0, 0)


class SqlDirectoryRepository:
    def __init__(self, store: SqlLabStore) -> None:
        self._store = store

    def groups_of(self, user_id: int) -> list[GroupRecord]:
        conn = self._store._conn
        direct = conn.execute(select(_GM.c.group_id).where(
            _GM.c.member_user_id == user_id)).scalars().all()
        seen: set[int] = set()
        frontier = list(direct)
        while frontier:  # walk up nested groups; `seen` also guards against cycles
            frontier = [g for g in frontier if g not in seen]
            seen.update(frontier)
            if not frontier:
                break
            frontier = conn.execute(select(_GM.c.group_id).where(
                _GM.c.member_group_id.in_(frontier))).scalars().all()
        if not seen:
            return []
        rows = conn.execute(_GROUP_SELECT.where(_G.c.id.in_(seen)).order_by(_G.c.id)).all()
        return [GroupRecord(*r) for r in rows]

    def find_group(self, name: str) -> GroupRecord | None:
        row = self._store._conn.execute(
            _GROUP_SELECT.where(_G.c.sam_key == name.strip().lower())).first()
        return GroupRecord(*row) if row else None

    def organizational_units(self) -> list[OrganizationalUnitRecord]:
        t = m.OrganizationalUnit.__table__
        rows = self._store._conn.execute(
            select(t.c.distinguished_name, t.c.name).order_by(t.c.id)).all()
        return [OrganizationalUnitRecord(*r) for r in rows]

    def pools(self) -> list[PoolRecord]:
        p, s = m.Pool.__table__, m.Site.__table__
        rows = self._store._conn.execute(
            select(p.c.fqdn, s.c.name, p.c.role).join_from(p, s, p.c.site_id == s.c.id)
            .order_by(p.c.id)).all()
        return [PoolRecord(*r) for r in rows]

    def sites(self) -> list[SiteRecord]:
        s = m.Site.__table__
        rows = self._store._conn.execute(
            select(s.c.identity, s.c.name, s.c.site_id).order_by(s.c.site_id)).all()
        return [SiteRecord(*r) for r in rows]


def _split(value: str | None) -> tuple[str, ...]:
    return tuple(v for v in (value or "").split("\n") if v)


def _role(row) -> AdminRoleRecord:
    identity, sid, cmdlets, user_scopes, config_scopes, modules, standard = row
    return AdminRoleRecord(identity, sid, _split(cmdlets), _split(user_scopes),
                           _split(config_scopes), _split(modules), bool(standard))


class SqlAdminRoleRepository:
    def __init__(self, store: SqlLabStore) -> None:
        self._store = store

    def iterate(self) -> Iterator[AdminRoleRecord]:
        rows = self._store._conn.execute(_ROLE_SELECT.order_by(_R.c.id)).all()
        return iter([_role(r) for r in rows])

    def get(self, identity: str) -> AdminRoleRecord | None:
        row = self._store._conn.execute(
            _ROLE_SELECT.where(_R.c.identity_key == identity.strip().lower())).first()
        return _role(row) if row else None

    def get_by_sid(self, sid: str) -> AdminRoleRecord | None:
        row = self._store._conn.execute(
            _ROLE_SELECT.where(func.upper(_R.c.sid) == sid.strip().upper())).first()
        return _role(row) if row else None


class SqlLabStore:
    """A LabStore over one SQLAlchemy Connection."""

    def __init__(self, engine: Engine, *, owns_engine: bool = True) -> None:
        self.engine = engine
        self.url = engine.url.render_as_string(hide_password=True)
        self._owns_engine = owns_engine
        self._conn: Connection = engine.connect()
        self._writing = False  # this transaction may write (begin_write done)
        self.users = SqlUserRepository(self)
        self.certificates = SqlCertificateRepository(self)
        self.directory = SqlDirectoryRepository(self)
        self.roles = SqlAdminRoleRepository(self)

    @property
    def backend(self) -> str:
        return self.engine.dialect.name

    def _begin_write(self) -> None:
        begin_write(self._conn)
        self._writing = True

    def commit(self) -> None:
        self.certificates.flush()
        self._writing = False
        self._conn.commit()
        self.certificates._forget()

    def rollback(self) -> None:
        self.certificates._forget()
        self._writing = False
        self._conn.rollback()

    def close(self) -> None:
        try:
            if self._conn.in_transaction():
                self.rollback()
        finally:
            self._conn.close()
            if self._owns_engine:
                self.engine.dispose()

    def __enter__(self) -> SqlLabStore:
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def initialize_lab(self, *, extra_users: int = 0) -> None:
        """Reset to the demo lab plus extra_users synthetic users. Commits (a reset is
        one atomic change of its own; pending uncommitted changes are discarded)."""
        self.rollback()
        self._begin_write()
        try:
            lab_seed.seed(self._conn, extra_users=extra_users)
            self._conn.commit()
        except BaseException:
            self._conn.rollback()
            raise
        finally:
            self._writing = False

    def seed_info(self) -> dict[str, str]:
        t = m.LabSetting.__table__
        return dict(self._conn.execute(select(t.c.key, t.c.value)).all())


def ensure_schema(conn: Connection, *, create: bool) -> bool:
    """Bring the schema to SCHEMA_HEAD (migrating when needed) and seed an unseeded lab.
    Returns True when the lab was seeded now. Commits its own work."""
    revision = schema.current_revision(conn)
    if revision == schema.SCHEMA_HEAD:
        seeded = lab_seed.is_seeded(conn)
        conn.rollback()
        if seeded:
            return False
    elif revision is None and not create:
        conn.rollback()
        raise LabNotInitializedError(f"no lab database at {conn.engine.url!r}")
    else:
        conn.rollback()
        begin_write(conn)
        # Re-check under the write lock: another process may have migrated meanwhile.
        if schema.current_revision(conn) != schema.SCHEMA_HEAD:
            schema.upgrade(conn)
        conn.commit()
    begin_write(conn)
    if lab_seed.is_seeded(conn):
        conn.rollback()
        return False
    lab_seed.seed(conn)
    conn.commit()
    return True


def open_store(url: str | None = None, *, create: bool = True) -> SqlLabStore:
    """Open the lab at `url` (default: the SQLite file in the user data directory).

    A database without the schema is migrated to the current revision and seeded with
    the demo lab (unless create=False, which raises LabNotInitializedError instead).
    """
    engine = create_lab_engine(url or default_database_url())
    try:
        with engine.connect() as conn:
            ensure_schema(conn, create=create)
        return SqlLabStore(engine)
    except BaseException:
        engine.dispose()
        raise


__all__ = ["SqlLabStore", "SqlUserRepository", "SqlCertificateRepository",
           "SqlDirectoryRepository", "SqlAdminRoleRepository", "LabNotInitializedError",
           "open_store", "ensure_schema"]
