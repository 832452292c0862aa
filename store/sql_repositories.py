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

import uuid
from collections.abc import Callable, Iterator
from dataclasses import fields
from datetime import datetime, timedelta

from sqlalchemy import bindparam, case, func, or_, select, text
from sqlalchemy.engine import Connection, Engine

from . import models as m
from . import schema
from . import seed as lab_seed
from .engine import begin_write, create_lab_engine, default_database_url
from .records import (AdminRoleRecord, CertificateRecord, GroupRecord,
                      OrganizationalUnitRecord, PinPolicyRecord, PinStateRecord, PoolRecord,
                      SiteRecord, UserCondition, UserQuery, UserRecord)
from .user_query import ATTRIBUTES as USER_ATTRIBUTES
from .user_query import BOOL_ATTRIBUTES, KEY_COLUMNS, where_clause

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
                       _C.c.expiration_time, _C.c.device_type, _C.c.certificate_pem)
                .join_from(_C, _U, _C.c.user_id == _U.c.id))
_GROUP_SELECT = select(_G.c.id, _G.c.sam_account_name, _G.c.sid, _G.c.distinguished_name,
                       _G.c.scope, _G.c.description)
_ROLE_SELECT = select(_R.c.identity, _R.c.sid, _R.c.cmdlets, _R.c.user_scopes,
                      _R.c.config_scopes, _R.c.script_modules, _R.c.is_standard_role)


def _now() -> datetime:
    return datetime.now().replace(microsecond=0)


class LabNotInitializedError(RuntimeError):
    """open_store(create=False) on a database without the lab schema."""


_OU = m.OrganizationalUnit.__table__
_PH = m.PinHistory.__table__
_PP = m.PinPolicy.__table__
_LS = m.LabSetting.__table__

#: New accounts get RIDs above every seeded range (fixed users 1200s, groups 1100s,
#: synthetic users 100,000 + n): deterministic, from the row id.
NEW_GROUP_RID_BASE = 5_000_000
NEW_USER_RID_BASE = 10_000_000

_KEY_SOURCES = dict(KEY_COLUMNS)
_GROUP_SCOPES = {"universal": "Universal", "global": "Global", "domainlocal": "DomainLocal"}
_CREATE_ATTRIBUTES = frozenset(USER_ATTRIBUTES) - {
    "id", "guid", "sid", "sam_account_name", "display_name", "first_name", "last_name", "ou",
    "user_principal_name", "email"}
_UPDATE_ATTRIBUTES = (frozenset(USER_ATTRIBUTES) - {"id", "guid", "sid"}) | {"password_hash"}
_NOT_NULL_USER = frozenset(c.name for c in _U.columns if not c.nullable)


def _user(row) -> UserRecord:
    return UserRecord(*row)


def _check_user_values(values: dict) -> None:
    for name, value in values.items():
        if value is None and name in _NOT_NULL_USER:
            raise ValueError(f"user attribute {name} cannot be empty")
        if name in BOOL_ATTRIBUTES and not isinstance(value, bool):
            raise ValueError(f"user attribute {name} must be True or False, not {value!r}")
        if name in ("when_created", "when_changed") and not isinstance(value, datetime):
            raise ValueError(f"user attribute {name} must be a datetime")
    sip = values.get("sip_address")
    if sip and not str(sip).lower().startswith("sip:"):
        raise ValueError(f"a SIP address starts with sip: ({sip})")


def _next_id(conn: Connection, table: str) -> int:
    """The id the next row of `table` gets; callers hold the write transaction (SQLite's
    write lock makes max+1 safe; PostgreSQL draws from the table's sequence)."""
    if conn.dialect.name == "postgresql":
        return conn.execute(text(f"SELECT nextval(pg_get_serial_sequence('{table}', 'id'))")
                            ).scalar_one()
    return conn.execute(text(f"SELECT coalesce(max(id), 0) + 1 FROM {table}")).scalar_one()


def _split_dn(dn: str) -> list[str]:
    """RDNs of a DN, splitting on unescaped commas."""
    parts, current, i = [], [], 0
    while i < len(dn):
        ch = dn[i]
        if ch == "\\" and i + 1 < len(dn):
            current.append(dn[i:i + 2])
            i += 2
            continue
        if ch == ",":
            parts.append("".join(current).strip())
            current = []
        else:
            current.append(ch)
        i += 1
    parts.append("".join(current).strip())
    return [p for p in parts if p]


def _first_rdn(dn: str) -> str:
    return _split_dn(dn)[0]


def _parent_dn(dn: str) -> str:
    return ",".join(_split_dn(dn)[1:])


def _dc_labels(dn: str) -> list[str]:
    return [p[3:] for p in _split_dn(dn) if p[:3].upper() == "DC="]


def _rdn_escape(value: str) -> str:
    out = "".join("\\" + ch if ch in ',+"\\<>;=' else ch for ch in value.strip())
    if out.startswith("#"):
        out = "\\" + out
    return out


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

    @staticmethod
    def _scope(stmt, *, lync_enabled_only: bool, ou: str | None, unassigned_only: bool = False):
        if lync_enabled_only or unassigned_only:
            stmt = stmt.where(_U.c.sip_key.is_not(None))
        if unassigned_only:
            stmt = stmt.where(_U.c.registrar_pool.is_(None))
        if ou is not None:
            ou_key = ou.strip().lower()
            stmt = stmt.where(or_(_U.c.ou_key == ou_key,
                                  _U.c.ou_key.like("%," + _like_escape(ou_key), escape="\\")))
        return stmt

    def _stream(self, stmt, batch_size: int, limit: int | None = None) -> Iterator[UserRecord]:
        # Keyset pagination: each batch is its own short query, so no cursor stays open
        # between yields (the consumer may write on the same connection meanwhile).
        batch_size = max(1, batch_size)
        stmt = stmt.where(_U.c.id > bindparam("after")).order_by(_U.c.id).limit(bindparam("n"))
        after = 0
        remaining = limit
        conn = self._store._conn
        while remaining is None or remaining > 0:
            n = batch_size if remaining is None else min(batch_size, remaining)
            rows = conn.execute(stmt, {"after": after, "n": n}).all()
            if not rows:
                return
            after = rows[-1][0]
            for row in rows:
                yield UserRecord(*row)
            if remaining is not None:
                remaining -= len(rows)
            if len(rows) < n:
                return

    def iterate(self, *, lync_enabled_only: bool = True, ou: str | None = None,
                unassigned_only: bool = False, batch_size: int = 1000) -> Iterator[UserRecord]:
        stmt = self._scope(_USER_SELECT, lync_enabled_only=lync_enabled_only, ou=ou,
                           unassigned_only=unassigned_only)
        return self._stream(stmt, batch_size)

    def query(self, query: UserQuery | UserCondition, *, lync_enabled_only: bool = True,
              ou: str | None = None, limit: int | None = None,
              batch_size: int = 1000) -> Iterator[UserRecord]:
        """Stream the users matching `query` (see user_query.py for the semantics).
        Unknown attributes and uncomparable values raise ValueError here, before any row
        is read (the translation is eager; only the reading is lazy)."""
        cond = where_clause(query, _U, self._store._conn.dialect.name)
        stmt = self._scope(_USER_SELECT, lync_enabled_only=lync_enabled_only, ou=ou).where(cond)
        if limit is not None and limit <= 0:
            return iter(())
        return self._stream(stmt, batch_size, limit)

    def count(self, *, lync_enabled_only: bool = True) -> int:
        stmt = select(func.count()).select_from(_U)
        if lync_enabled_only:
            stmt = stmt.where(_U.c.sip_key.is_not(None))
        return self._store._conn.execute(stmt).scalar_one()

    def find_by_phone(self, phone_number: str, extension: str | None = None) -> list[UserRecord]:
        """Users with this phone number (and extension, when given); for phone bootstrap.
        The number matches with or without its leading `+` ("14255550101" finds
        "+14255550101"); a `tel:` prefix is ignored."""
        number = phone_number.strip()
        if number.lower().startswith("tel:"):
            number = number[4:]
        digits = number.lstrip("+")
        forms = {number, digits, "+" + digits} if digits else {number}
        stmt = _USER_SELECT.where(_U.c.phone_number.in_(sorted(forms)))
        if extension is not None:
            stmt = stmt.where(_U.c.extension == extension.strip())
        return [_user(r) for r in self._store._conn.execute(stmt.order_by(_U.c.id)).all()]

    def find_by_extension(self, extension: str) -> list[UserRecord]:
        """Users with this extension (the "Ext" of Test-CsPhoneBootstrap -PhoneOrExt)."""
        stmt = _USER_SELECT.where(_U.c.extension == extension.strip()).order_by(_U.c.id)
        return [_user(r) for r in self._store._conn.execute(stmt).all()]

    # -- writes -----------------------------------------------------------------------
    def create(self, *, sam_account_name: str, display_name: str, first_name: str,
               last_name: str, ou: str, user_principal_name: str | None = None,
               email: str | None = None, password_hash: str | None = None,
               **attributes: object) -> UserRecord:
        """New-ADUser. `attributes` are further UserRecord fields (city, department, title,
        phone_number, extension, sip_address, registrar_pool, enabled, domain,
        distinguished_name, when_created, ...). The OU must exist; the domain defaults to
        the first DC= label of the OU, the UPN to sam@<DC labels>, the DN to
        CN=<display name>,<ou>. One INSERT: atomic. ValueError on a clash or bad input."""
        bad = sorted(set(attributes) - _CREATE_ATTRIBUTES)
        if bad:
            raise ValueError("unknown or read-only user attribute(s): " + ", ".join(bad))
        store = self._store
        conn = store._conn
        sam = sam_account_name.strip()
        if not sam or not display_name.strip():
            raise ValueError("sam_account_name and display_name are required")
        ou_row = conn.execute(select(_OU.c.distinguished_name).where(
            _OU.c.dn_key == ou.strip().lower())).first()
        if ou_row is None:
            raise ValueError(f"organizational unit not found: {ou}")
        ou_dn = ou_row[0]
        labels = _dc_labels(ou_dn)
        dns = ".".join(labels) or lab_seed.DNS_DOMAIN
        domain = str(attributes.pop("domain", None) or (labels[0] if labels else lab_seed.DOMAIN))
        dn = attributes.pop("distinguished_name", None) or f"CN={_rdn_escape(display_name)},{ou_dn}"
        if _parent_dn(str(dn)).lower() != ou_dn.lower():
            raise ValueError(f"distinguished name {dn} is not in {ou_dn}")
        now = store.clock()
        values: dict = {
            "sam_account_name": sam, "domain": domain,
            "user_principal_name": user_principal_name or f"{sam}@{dns}",
            "display_name": display_name, "first_name": first_name, "last_name": last_name,
            "distinguished_name": str(dn), "ou": ou_dn, "email": email,
            "sip_address": None, "registrar_pool": None, "enabled": True,
            "enterprise_voice_enabled": False, "line_uri": None, "phone_number": None,
            "extension": None, "city": None, "department": None, "title": None,
            "pin_policy": None, "when_created": now, "when_changed": now,
            "password_hash": password_hash,
            "pin_hash": None, "pin_set_time": None, "pin_expiration_time": None,
            "pin_locked": False, "pin_locked_until": None, "pin_failed_local": 0,
            "pin_failed_global": 0, "pin_last_failure_time": None,
        }
        values.update(attributes)
        _check_user_values(values)
        m.key_columns(values)
        store._write()
        self._check_unique(values, user_id=None)
        user_id = _next_id(conn, "users")
        values["id"] = user_id
        values["guid"] = str(uuid.uuid5(uuid.NAMESPACE_URL,
                                        f"ldap://{dns}/user/{domain.lower()}\\{sam.lower()}"))
        values["sid"] = f"{lab_seed.DOMAIN_SID}-{NEW_USER_RID_BASE + user_id}"
        conn.execute(_U.insert().values(**values))
        return self.get(user_id)  # type: ignore[return-value]

    def update(self, user_id: int, **changes: object) -> UserRecord:
        """Set-CsUser / Set-ADUser / Enable-/Disable-CsUser: one UPDATE (atomic).
        Changing `ou` alone moves the user (the DN keeps its CN); changing
        `distinguished_name` alone moves it to the DN's parent. when_changed is set to the
        store clock unless given. `password_hash` is accepted too. KeyError for an unknown
        user id; ValueError for an unknown/read-only field, a null in a required field, a
        SIP address or DN or logon name that another user has."""
        bad = sorted(set(changes) - _UPDATE_ATTRIBUTES)
        if bad:
            raise ValueError("unknown or read-only user attribute(s): " + ", ".join(bad))
        current = self.get(user_id)
        if current is None:
            raise KeyError(user_id)
        if not changes:
            return current
        self._store.pins._forget(user_id)  # the PIN state carries the SIP address
        values = dict(changes)
        if "ou" in values and "distinguished_name" not in values:
            ou_dn = self._existing_ou(str(values["ou"]))
            values["ou"] = ou_dn
            values["distinguished_name"] = f"{_first_rdn(current.distinguished_name)},{ou_dn}"
        elif "distinguished_name" in values and "ou" not in values:
            values["ou"] = self._existing_ou(_parent_dn(str(values["distinguished_name"])))
        elif "ou" in values:
            values["ou"] = self._existing_ou(str(values["ou"]))
            if _parent_dn(str(values["distinguished_name"])).lower() != values["ou"].lower():
                raise ValueError("distinguished_name is not in ou")
        _check_user_values(values)
        for source, key in _KEY_SOURCES.items():
            if source in values:
                v = values[source]
                values[key] = v.lower() if isinstance(v, str) and v else None
        if "sip_address" in values and not values["sip_address"]:
            values["sip_address"] = values["sip_key"] = None
        values.setdefault("when_changed", self._store.clock())
        store = self._store
        store._write()
        self._check_unique({**m.key_columns({
            **{f.name: getattr(current, f.name) for f in fields(UserRecord)}, **values})},
            user_id=user_id, only=values)
        row = store._conn.execute(_U.update().where(_U.c.id == user_id).values(**values)
                                  .returning(*_USER_COLUMNS)).one()
        return _user(row)

    def password_hash(self, user_id: int) -> str | None:
        return self._store._conn.execute(
            select(_U.c.password_hash).where(_U.c.id == user_id)).scalar()

    def set_password_hash(self, user_id: int, password_hash: str | None) -> None:
        """Set-ADAccountPassword: store a new password hash (same format as PIN hashes)."""
        self.update(user_id, password_hash=password_hash)

    # -- helpers ----------------------------------------------------------------------
    def _existing_ou(self, ou: str) -> str:
        row = self._store._conn.execute(select(_OU.c.distinguished_name).where(
            _OU.c.dn_key == ou.strip().lower())).first()
        if row is None:
            raise ValueError(f"organizational unit not found: {ou}")
        return row[0]

    def _check_unique(self, values: dict, *, user_id: int | None, only: dict | None = None
                      ) -> None:
        """ValueError when another user already has this logon name, DN or SIP address."""
        c = _U.c
        checks = []
        if only is None or "sam_account_name" in only or "domain" in only:
            checks.append(("logon name", (c.sam_key == values["sam_key"])
                           & (c.domain_key == values["domain_key"])))
        if only is None or "distinguished_name" in only or "ou" in only:
            checks.append(("distinguished name", c.dn_key == values["dn_key"]))
        if values.get("sip_key") and (only is None or "sip_address" in only):
            checks.append(("SIP address", c.sip_key == values["sip_key"]))
        for what, cond in checks:
            stmt = select(c.id).where(cond)
            if user_id is not None:
                stmt = stmt.where(c.id != user_id)
            if self._store._conn.execute(stmt.limit(1)).first() is not None:
                raise ValueError(f"another user has this {what}")


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
              device_type: str | None = None, certificate_pem: str | None = None
              ) -> CertificateRecord:
        self.flush()
        self._store._begin_write()
        result = self._store._conn.execute(_C.insert().values(
            user_id=user_id, serial_number=serial_number, thumbprint=thumbprint,
            subject=subject, publication_time=publication_time,
            expiration_time=expiration_time, device_type=device_type,
            certificate_pem=certificate_pem))
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

    def groups(self) -> list[GroupRecord]:
        rows = self._store._conn.execute(_GROUP_SELECT.order_by(_G.c.sam_key)).all()
        return [GroupRecord(*row) for row in rows]

    # -- writes -----------------------------------------------------------------------
    def create_group(self, *, name: str, ou: str, scope: str = "Universal",
                     description: str = "") -> GroupRecord:
        """New-ADGroup: DN CN=<name>,<ou>; the OU must exist; scope Universal, Global or
        DomainLocal (any case). SID: the domain SID + NEW_GROUP_RID_BASE + id. One INSERT."""
        store = self._store
        conn = store._conn
        name = name.strip()
        if not name:
            raise ValueError("a group needs a name")
        canonical = _GROUP_SCOPES.get(scope.strip().lower().replace(" ", ""))
        if canonical is None:
            raise ValueError(f"unknown group scope {scope!r} (Universal, Global, DomainLocal)")
        ou_dn = store.users._existing_ou(ou)
        store._write()
        if conn.execute(select(_G.c.id).where(_G.c.sam_key == name.lower())).first():
            raise ValueError(f"a group named {name} exists")
        group_id = _next_id(conn, "groups")
        conn.execute(_G.insert().values(
            id=group_id, sam_account_name=name, sam_key=name.lower(),
            sid=f"{lab_seed.DOMAIN_SID}-{NEW_GROUP_RID_BASE + group_id}",
            distinguished_name=f"CN={_rdn_escape(name)},{ou_dn}", scope=canonical,
            description=description or ""))
        return self._group(group_id)

    def add_member(self, group_id: int, *, user_id: int | None = None,
                   member_group_id: int | None = None) -> None:
        """Add a user or a nested group (exactly one). Adding an existing member changes
        nothing. ValueError: both/neither given, a group in itself, an unknown id."""
        if (user_id is None) == (member_group_id is None):
            raise ValueError("give exactly one of user_id and member_group_id")
        if member_group_id is not None and member_group_id == group_id:
            raise ValueError("a group cannot be a member of itself")
        conn = self._store._conn
        if self._group(group_id) is None:
            raise ValueError(f"no group with id {group_id}")
        if user_id is not None and self._store.users.get(user_id) is None:
            raise ValueError(f"no user with id {user_id}")
        if member_group_id is not None and self._group(member_group_id) is None:
            raise ValueError(f"no group with id {member_group_id}")
        self._store._write()
        if self._membership(group_id, user_id, member_group_id) is not None:
            return
        conn.execute(_GM.insert().values(id=_next_id(conn, "group_memberships"),
                                         group_id=group_id, member_user_id=user_id,
                                         member_group_id=member_group_id))

    def remove_member(self, group_id: int, *, user_id: int | None = None,
                      member_group_id: int | None = None) -> bool:
        """Remove a direct member; returns whether it was a member."""
        if (user_id is None) == (member_group_id is None):
            raise ValueError("give exactly one of user_id and member_group_id")
        membership = self._membership(group_id, user_id, member_group_id)
        if membership is None:
            return False
        self._store._write()
        self._store._conn.execute(_GM.delete().where(_GM.c.id == membership))
        return True

    def members_of(self, group_id: int, *, recursive: bool = False
                   ) -> list[UserRecord | GroupRecord]:
        """Direct members (users, then nested groups, each in id order); with recursive,
        as Get-ADGroupMember -Recursive: every user reached through nested groups
        (no groups), each once, in id order; cycles are harmless."""
        conn = self._store._conn
        if not recursive:
            rows = conn.execute(select(_GM.c.member_user_id, _GM.c.member_group_id)
                                .where(_GM.c.group_id == group_id)).all()
            users = sorted(r[0] for r in rows if r[0] is not None)
            groups = sorted(r[1] for r in rows if r[1] is not None)
            return [*self._users(users), *self._groups(groups)]
        seen = {group_id}
        frontier = [group_id]
        user_ids: set[int] = set()
        while frontier:
            rows = conn.execute(select(_GM.c.member_user_id, _GM.c.member_group_id)
                                .where(_GM.c.group_id.in_(frontier))).all()
            user_ids.update(r[0] for r in rows if r[0] is not None)
            frontier = [r[1] for r in rows if r[1] is not None and r[1] not in seen]
            seen.update(frontier)
        return list(self._users(sorted(user_ids)))

    def create_organizational_unit(self, *, name: str, parent: str
                                   ) -> OrganizationalUnitRecord:
        """New-ADOrganizationalUnit: DN OU=<name>,<parent>; the parent is an existing OU
        or container, or the domain root (DC=... only). ValueError on a duplicate."""
        store = self._store
        conn = store._conn
        name = name.strip()
        if not name:
            raise ValueError("an organizational unit needs a name")
        parent = parent.strip()
        rdns = _split_dn(parent)
        if rdns and all(r[:3].upper() == "DC=" for r in rdns):
            parent_dn = ",".join(rdns)
        else:
            parent_dn = store.users._existing_ou(parent)
        dn = f"OU={_rdn_escape(name)},{parent_dn}"
        store._write()
        if conn.execute(select(_OU.c.id).where(_OU.c.dn_key == dn.lower())).first():
            raise ValueError(f"organizational unit exists: {dn}")
        conn.execute(_OU.insert().values(id=_next_id(conn, "organizational_units"),
                                         distinguished_name=dn, dn_key=dn.lower(), name=name))
        return OrganizationalUnitRecord(dn, name)

    # -- helpers ----------------------------------------------------------------------
    def _group(self, group_id: int) -> GroupRecord | None:
        row = self._store._conn.execute(_GROUP_SELECT.where(_G.c.id == group_id)).first()
        return GroupRecord(*row) if row else None

    def _groups(self, ids: list[int]) -> list[GroupRecord]:
        if not ids:
            return []
        rows = self._store._conn.execute(
            _GROUP_SELECT.where(_G.c.id.in_(ids)).order_by(_G.c.id)).all()
        return [GroupRecord(*r) for r in rows]

    def _users(self, ids: list[int]) -> list[UserRecord]:
        out: list[UserRecord] = []
        for start in range(0, len(ids), 1000):
            rows = self._store._conn.execute(_USER_SELECT.where(
                _U.c.id.in_(ids[start:start + 1000])).order_by(_U.c.id)).all()
            out += [_user(r) for r in rows]
        return out

    def _membership(self, group_id, user_id, member_group_id) -> int | None:
        cond = _GM.c.group_id == group_id
        if user_id is not None:
            cond &= _GM.c.member_user_id == user_id
        else:
            cond &= _GM.c.member_group_id == member_group_id
        return self._store._conn.execute(select(_GM.c.id).where(cond)).scalar()

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

    def create(self, role: AdminRoleRecord) -> AdminRoleRecord:
        """New-CsAdminRole: store a copy of `role` as a custom role (is_standard_role is
        always False). An empty sid takes the SID of the group whose SamAccountName equals
        the identity (ValueError when there is no such group). ValueError("exists") when a
        role with this identity exists."""
        identity = role.identity.strip()
        if not identity:
            raise ValueError("a role needs an identity")
        sid = role.sid
        if not sid:
            group = self._store.directory.find_group(identity)
            if group is None:
                raise ValueError(f"no group named {identity}")
            sid = group.sid
        store = self._store
        store._write()
        if self.get(identity) is not None:
            raise ValueError("exists")
        conn = store._conn
        conn.execute(_R.insert().values(
            id=_next_id(conn, "admin_roles"), identity=identity,
            identity_key=identity.lower(), sid=sid,
            cmdlets=_join(role.cmdlets), user_scopes=_join(role.user_scopes),
            config_scopes=_join(role.config_scopes),
            script_modules=_join(role.script_modules), is_standard_role=False))
        return self.get(identity)  # type: ignore[return-value]

    def update(self, identity: str, **changes: object) -> AdminRoleRecord:
        """Set-CsAdminRole: change cmdlets, user_scopes, config_scopes, script_modules
        (sequences of strings). One UPDATE. KeyError for an unknown role; ValueError for
        other fields, and ValueError("standard") when a standard role's cmdlets or scopes
        would change (only its script_modules may)."""
        bad = sorted(set(changes) - _ROLE_LISTS)
        if bad:
            raise ValueError("role field(s) cannot be changed: " + ", ".join(bad))
        current = self.get(identity)
        if current is None:
            raise KeyError(identity)
        values = {}
        for name, value in changes.items():
            if isinstance(value, str) or not all(isinstance(v, str) for v in value):  # type: ignore[union-attr]
                raise ValueError(f"{name} must be a sequence of strings")
            values[name] = tuple(value)  # type: ignore[arg-type]
        if current.is_standard_role and any(
                values[k] != getattr(current, k) for k in values if k != "script_modules"):
            raise ValueError("standard")
        if not values:
            return current
        self._store._write()
        self._store._conn.execute(_R.update().where(
            _R.c.identity_key == current.identity.lower()).values(
            **{k: _join(v) for k, v in values.items()}))
        return self.get(identity)  # type: ignore[return-value]

    def remove(self, identity: str) -> None:
        """Remove-CsAdminRole (the group stays). KeyError for an unknown role;
        ValueError("standard") for a standard role."""
        current = self.get(identity)
        if current is None:
            raise KeyError(identity)
        if current.is_standard_role:
            raise ValueError("standard")
        self._store._write()
        self._store._conn.execute(_R.delete().where(
            _R.c.identity_key == current.identity.lower()))


_ROLE_LISTS = frozenset({"cmdlets", "user_scopes", "config_scopes", "script_modules"})


def _join(values) -> str:
    return "\n".join(values)


_PIN_SELECT = select(_U.c.id, _U.c.sip_address, _U.c.pin_hash, _U.c.pin_set_time,
                     _U.c.pin_expiration_time, _U.c.pin_locked, _U.c.pin_locked_until,
                     _U.c.pin_failed_local, _U.c.pin_failed_global, _U.c.pin_last_failure_time)


class SqlPinRepository:
    """PIN state lives in the users row (one UPDATE per change: atomic); earlier hashes in
    pin_history. Lockout rules: lync-facts §12 (see record_failure)."""

    # `Get-CsUser | Get-CsClientPinInfo` asks for users in id order: one query reads the
    # states of the next window of ids, so 100,000 users cost 100 queries, not 100,000.
    PREFETCH = 1000

    def __init__(self, store: SqlLabStore) -> None:
        self._store = store
        self._cache: dict[int, PinStateRecord] = {}

    def state(self, user_id: int) -> PinStateRecord:
        cached = self._cache.get(user_id)
        if cached is not None:
            return cached
        rows = self._store._conn.execute(_PIN_SELECT.where(
            _U.c.id >= user_id, _U.c.id < user_id + self.PREFETCH)).all()
        self._cache = {row[0]: PinStateRecord(*row) for row in rows}
        found = self._cache.get(user_id)
        if found is None:
            raise KeyError(user_id)
        return found

    def _forget(self, user_id: int | None = None) -> None:
        """Drop cached states: one user's after a change, all at commit or rollback."""
        if user_id is None:
            self._cache = {}
        else:
            self._cache.pop(user_id, None)

    def set_pin(self, user_id: int, pin_hash: str, *, set_time: datetime,
                expiration_time: datetime | None, history_limit: int) -> None:
        """Store the new hash, set/expiry times; clear both failure counters, the
        temporary lockout and the last failure time (an administrator's `locked` stays:
        a locked PIN must be unlocked, lync-facts §5). The history then holds the newest
        `history_limit` hashes, this one included (0: no history). Savepoint-atomic."""
        if history_limit < 0:
            raise ValueError("history_limit must be >= 0")
        store = self._store
        conn = store._conn
        self.state(user_id)  # KeyError for an unknown user
        self._forget(user_id)
        store._write()
        with conn.begin_nested():
            conn.execute(_U.update().where(_U.c.id == user_id).values(
                pin_hash=pin_hash, pin_set_time=set_time, pin_expiration_time=expiration_time,
                pin_locked_until=None, pin_failed_local=0, pin_failed_global=0,
                pin_last_failure_time=None))
            if history_limit:
                conn.execute(_PH.insert().values(id=_next_id(conn, "pin_history"),
                                                 user_id=user_id, pin_hash=pin_hash,
                                                 set_time=set_time))
            keep = select(_PH.c.id).where(_PH.c.user_id == user_id).order_by(
                _PH.c.set_time.desc(), _PH.c.id.desc()).limit(history_limit)
            keep_ids = conn.execute(keep).scalars().all() if history_limit else []
            delete = _PH.delete().where(_PH.c.user_id == user_id)
            if keep_ids:
                delete = delete.where(_PH.c.id.not_in(keep_ids))
            conn.execute(delete)

    def history(self, user_id: int) -> list[str]:
        """Earlier PIN hashes, newest first (the current one included when kept)."""
        return list(self._store._conn.execute(
            select(_PH.c.pin_hash).where(_PH.c.user_id == user_id)
            .order_by(_PH.c.set_time.desc(), _PH.c.id.desc())).scalars())

    def lock(self, user_id: int) -> None:
        self._update(user_id, pin_locked=True)

    def unlock(self, user_id: int) -> None:
        self._update(user_id, pin_locked=False, pin_locked_until=None, pin_failed_local=0,
                     pin_failed_global=0)

    def record_success(self, user_id: int) -> None:
        self._update(user_id, pin_failed_local=0)

    def record_failure(self, user_id: int, *, at: datetime, local_limit: int, global_limit: int,
                       window_minutes: int = 30, lockout_minutes: int = 60) -> PinStateRecord:
        """One failed PIN logon at `at` (lync-facts §12):

        * while the PIN is locked, or temporarily locked (at < locked_until), the attempt is
          refused before the PIN is checked, so nothing is counted;
        * the local count restarts at 0 when the last failure is window_minutes or more
          before `at`, or when a temporary lockout has ended;
        * both counts go up by one and last_failure_time becomes `at`;
        * global count >= global_limit: locked (until an admin unlock);
          else local count >= local_limit: locked_until = at + lockout_minutes.
        Returns the new state. One UPDATE, on a row read FOR UPDATE (PostgreSQL)."""
        store = self._store
        self._forget(user_id)
        store._write()
        row = store._conn.execute(_PIN_SELECT.where(_U.c.id == user_id).with_for_update()
                                  ).first()
        if row is None:
            raise KeyError(user_id)
        state = PinStateRecord(*row)
        if state.locked or (state.locked_until is not None and at < state.locked_until):
            return state
        local = state.failed_local
        if state.locked_until is not None:  # a temporary lockout that has ended
            local = 0
        elif (state.last_failure_time is not None
              and at - state.last_failure_time >= timedelta(minutes=window_minutes)):
            local = 0
        local += 1
        global_ = state.failed_global + 1
        values: dict = {"pin_failed_local": local, "pin_failed_global": global_,
                        "pin_last_failure_time": at, "pin_locked_until": None}
        if global_ >= global_limit:
            values["pin_locked"] = True
        elif local >= local_limit:
            values["pin_locked_until"] = at + timedelta(minutes=lockout_minutes)
        row = store._conn.execute(_U.update().where(_U.c.id == user_id).values(**values)
                                  .returning(*_PIN_SELECT.selected_columns)).one()
        return PinStateRecord(*row)

    def _update(self, user_id: int, **values) -> None:
        store = self._store
        self._forget(user_id)
        store._write()
        result = store._conn.execute(_U.update().where(_U.c.id == user_id).values(**values))
        if result.rowcount == 0:
            raise KeyError(user_id)


_PP_SELECT = select(_PP.c.identity, _PP.c.description, _PP.c.min_password_length,
                    _PP.c.pin_history_count, _PP.c.pin_lifetime, _PP.c.allow_common_patterns,
                    _PP.c.maximum_logon_attempts)
GLOBAL_PIN_POLICY = PinPolicyRecord("Global", None, 5, 0, 0, False, None)
_PP_RANGES = {"min_password_length": (4, 24), "pin_history_count": (0, 20),
              "pin_lifetime": (0, 999), "maximum_logon_attempts": (1, 999)}


def _pin_policy(row) -> PinPolicyRecord:
    identity, desc, length, history, lifetime, common, attempts = row
    return PinPolicyRecord(identity, desc, length, history, lifetime, bool(common), attempts)


class SqlPinPolicyRepository:
    """Get/Set/New/Remove-CsPinPolicy. Identities: "Global", "site:<site name>" (the site
    must exist; its name is spelled as the site's), or a per-user tag ("tag:" prefix
    accepted and dropped). Lookups are case-insensitive. Order: Global, sites, tags."""

    def __init__(self, store: SqlLabStore) -> None:
        self._store = store

    def iterate(self) -> Iterator[PinPolicyRecord]:
        order = case((_PP.c.identity_key == "global", 0),
                     (_PP.c.identity_key.like("site:%"), 1), else_=2)
        rows = self._store._conn.execute(_PP_SELECT.order_by(order, _PP.c.id)).all()
        return iter([_pin_policy(r) for r in rows])

    def get(self, identity: str) -> PinPolicyRecord | None:
        row = self._store._conn.execute(
            _PP_SELECT.where(_PP.c.identity_key == _policy_key(identity))).first()
        if row is None:
            return GLOBAL_PIN_POLICY if _policy_key(identity) == "global" else None
        return _pin_policy(row)

    def save(self, policy: PinPolicyRecord) -> PinPolicyRecord:
        """Create or replace (by identity, case-insensitive). ValueError for an unknown
        site or a value out of the documented range."""
        identity = self._canonical(policy.identity)
        for name, (lo, hi) in _PP_RANGES.items():
            value = getattr(policy, name)
            if value is None and name == "maximum_logon_attempts":
                continue
            if isinstance(value, bool) or not isinstance(value, int) or not lo <= value <= hi:
                raise ValueError(f"{name} must be an integer from {lo} to {hi}")
        values = {"identity": identity, "identity_key": identity.lower(),
                  "description": policy.description,
                  "min_password_length": policy.min_password_length,
                  "pin_history_count": policy.pin_history_count,
                  "pin_lifetime": policy.pin_lifetime,
                  "allow_common_patterns": bool(policy.allow_common_patterns),
                  "maximum_logon_attempts": policy.maximum_logon_attempts}
        store = self._store
        conn = store._conn
        store._write()
        result = conn.execute(_PP.update().where(_PP.c.identity_key == values["identity_key"])
                              .values(**values))
        if result.rowcount == 0:
            conn.execute(_PP.insert().values(id=_next_id(conn, "pin_policies"), **values))
        return self.get(identity)  # type: ignore[return-value]

    def remove(self, identity: str) -> None:
        """Delete a site or tag policy (KeyError when there is none); "Global" is reset to
        the defaults instead. Users keep a removed tag's name and fall back to their site's
        or the global policy."""
        key = _policy_key(identity)
        if key == "global":
            self.save(GLOBAL_PIN_POLICY)
            return
        self._store._write()
        result = self._store._conn.execute(_PP.delete().where(_PP.c.identity_key == key))
        if result.rowcount == 0:
            raise KeyError(identity)

    def effective_for(self, user: UserRecord) -> PinPolicyRecord:
        if user.pin_policy:
            policy = self.get(user.pin_policy)
            if policy is not None:
                return policy
        if user.registrar_pool:
            p, s = m.Pool.__table__, m.Site.__table__
            site = self._store._conn.execute(
                select(s.c.name).join_from(p, s, p.c.site_id == s.c.id)
                .where(p.c.fqdn_key == user.registrar_pool.lower())).scalar()
            if site is not None:
                policy = self.get(f"site:{site}")
                if policy is not None:
                    return policy
        return self.get("Global")  # type: ignore[return-value]

    def _canonical(self, identity: str) -> str:
        key = _policy_key(identity)
        if not key:
            raise ValueError("a PIN policy needs an identity")
        if key == "global":
            return "Global"
        if key.startswith("site:"):
            s = m.Site.__table__
            name = self._store._conn.execute(select(s.c.name).where(
                func.lower(s.c.name) == key[5:])).scalar()
            if name is None:
                raise ValueError(f"no site named {identity.strip()[5:]}")
            return f"site:{name}"
        ident = identity.strip()
        return ident[4:] if ident.lower().startswith("tag:") else ident


def _policy_key(identity: str) -> str:
    key = identity.strip().lower()
    return key[4:] if key.startswith("tag:") else key


class SqlSettingsRepository:
    """lab_settings key/value text (keys up to 64 characters)."""

    def __init__(self, store: SqlLabStore) -> None:
        self._store = store

    def get(self, key: str) -> str | None:
        return self._store._conn.execute(select(_LS.c.value).where(_LS.c.key == key)).scalar()

    def set(self, key: str, value: str) -> None:
        if not key or len(key) > 64:
            raise ValueError("a setting key has 1 to 64 characters")
        if not isinstance(value, str):
            raise ValueError("a setting value is text")
        store = self._store
        store._write()
        conn = store._conn
        if conn.dialect.name == "postgresql":
            from sqlalchemy.dialects.postgresql import insert
        else:
            from sqlalchemy.dialects.sqlite import insert
        stmt = insert(_LS).values(key=key, value=value)
        conn.execute(stmt.on_conflict_do_update(index_elements=[_LS.c.key],
                                                set_={"value": value}))

    def remove(self, key: str) -> bool:
        """Delete a setting; returns whether it existed."""
        self._store._write()
        return self._store._conn.execute(_LS.delete().where(_LS.c.key == key)).rowcount > 0


class SqlLabStore:
    """A LabStore over one SQLAlchemy Connection."""

    def __init__(self, engine: Engine, *, owns_engine: bool = True,
                 clock: Callable[[], datetime] | None = None) -> None:
        self.engine = engine
        #: Time source for when_created/when_changed of writes (injectable for tests).
        self.clock: Callable[[], datetime] = clock or _now
        self.url = engine.url.render_as_string(hide_password=True)
        self._owns_engine = owns_engine
        self._conn: Connection = engine.connect()
        self._writing = False  # this transaction may write (begin_write done)
        self.users = SqlUserRepository(self)
        self.certificates = SqlCertificateRepository(self)
        self.directory = SqlDirectoryRepository(self)
        self.roles = SqlAdminRoleRepository(self)
        self.pins = SqlPinRepository(self)
        self.pin_policies = SqlPinPolicyRepository(self)
        self.settings = SqlSettingsRepository(self)

    @property
    def backend(self) -> str:
        return self.engine.dialect.name

    def _begin_write(self) -> None:
        begin_write(self._conn)
        self._writing = True

    def _write(self) -> None:
        """Make sure the current transaction may write (SQLite: BEGIN IMMEDIATE)."""
        if not self._writing or not self._conn.in_transaction():
            self._begin_write()

    def commit(self) -> None:
        self.certificates.flush()
        self._writing = False
        self._conn.commit()
        self.certificates._forget()
        self.pins._forget()

    def rollback(self) -> None:
        self.certificates._forget()
        self.pins._forget()
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
            self.pins._forget()
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
           "SqlDirectoryRepository", "SqlAdminRoleRepository", "SqlPinRepository",
           "SqlPinPolicyRepository", "SqlSettingsRepository", "LabNotInitializedError",
           "open_store", "ensure_schema"]
