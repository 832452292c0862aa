"""An in-memory lab store implementing store/interfaces.py, for unit tests of
the Lync cmdlets that must not depend on the SQL store."""
from __future__ import annotations

import fnmatch
from dataclasses import replace
from datetime import datetime, timedelta
from typing import Any

from lyncshell.store.records import (AdminRoleRecord, CertificateRecord, GroupRecord,
                                     OrganizationalUnitRecord, PinPolicyRecord, PinStateRecord,
                                     PoolRecord, SiteRecord, UserCondition, UserQuery, UserRecord)

BASE = "DC=litwareinc,DC=com"
EPOCH = datetime(2012, 6, 1, 9, 0, 0)
GLOBAL_POLICY = PinPolicyRecord("Global", None, 5, 0, 0, False, None)


def make_user(uid: int, sam: str, first: str, last: str, *, ou: str = f"OU=Redmond,{BASE}",
              lync: bool = True, pool: str | None = "atl-cs-001.litwareinc.com",
              phone: str | None = None, ext: str | None = None, city: str = "Redmond",
              department: str = "Finance", title: str = "Accountant",
              ev: bool = False) -> UserRecord:
    display = f"{first} {last}"
    return UserRecord(
        id=uid, guid=f"guid-{uid}", sid=f"S-1-5-21-1-{1000 + uid}", sam_account_name=sam,
        domain="litwareinc", user_principal_name=f"{sam}@litwareinc.com", display_name=display,
        first_name=first, last_name=last, distinguished_name=f"CN={display},{ou}", ou=ou,
        email=f"{sam}@litwareinc.com", sip_address=f"sip:{sam}@litwareinc.com" if lync else None,
        registrar_pool=pool if lync else None, enabled=True, enterprise_voice_enabled=ev,
        line_uri=f"tel:{phone};ext={ext}" if phone and lync else None, phone_number=phone,
        extension=ext, city=city, department=department, title=title, pin_policy=None,
        when_created=EPOCH, when_changed=EPOCH)


def _match(value: Any, cond: UserCondition) -> bool:
    op, expected = cond.op, cond.value
    if op == "present":
        return value not in (None, "")
    if op == "absent":
        return value in (None, "")
    if isinstance(value, str) and isinstance(expected, str):
        value, expected = value.lower(), expected.lower()
    if op in ("like", "notlike"):
        hit = value is not None and fnmatch.fnmatchcase(str(value), str(expected))
        return hit if op == "like" else not hit
    if op == "eq":
        return value == expected
    if op == "ne":
        return value != expected
    if value is None or expected is None:
        return False
    return {"lt": value < expected, "le": value <= expected, "gt": value > expected,
            "ge": value >= expected}[op]


def evaluate(query: UserCondition | UserQuery, user: UserRecord) -> bool:
    if isinstance(query, UserCondition):
        return _match(getattr(user, query.attribute), query)
    result = all(evaluate(q, user) for q in query.all_of)
    if query.any_of:
        result = result and any(evaluate(q, user) for q in query.any_of)
    return not result if query.negate else result


class FakeUsers:
    def __init__(self, users: list[UserRecord]) -> None:
        self.users = {u.id: u for u in users}
        self.passwords: dict[int, str | None] = {}

    def find(self, identity: str, *, allow_wildcard: bool = False) -> list[UserRecord]:
        key = identity.lower()
        out = []
        for u in self.users.values():
            keys = {u.user_principal_name.lower(), f"{u.domain}\\{u.sam_account_name}".lower(),
                    u.distinguished_name.lower(), u.display_name.lower()}
            if u.sip_address:
                keys |= {u.sip_address.lower(), u.sip_address.lower()[4:]}
            if key in keys or (allow_wildcard and "*" in key
                               and fnmatch.fnmatchcase(u.display_name.lower(), key)):
                out.append(u)
        return out

    def get(self, user_id: int) -> UserRecord | None:
        return self.users.get(user_id)

    def iterate(self, *, lync_enabled_only=True, ou=None, unassigned_only=False, batch_size=1000):
        for u in sorted(self.users.values(), key=lambda u: u.id):
            if lync_enabled_only and not u.sip_address:
                continue
            if ou and not u.distinguished_name.lower().endswith(ou.lower()):
                continue
            if unassigned_only and u.registrar_pool:
                continue
            yield u

    def count(self, *, lync_enabled_only=True) -> int:
        return len(list(self.iterate(lync_enabled_only=lync_enabled_only)))

    def query(self, query, *, lync_enabled_only=True, ou=None, limit=None, batch_size=1000):
        n = 0
        for u in self.iterate(lync_enabled_only=lync_enabled_only, ou=ou):
            if limit is not None and n >= limit:
                return
            if evaluate(query, u):
                n += 1
                yield u

    def find_by_phone(self, phone_number: str, extension: str | None = None) -> list[UserRecord]:
        number = phone_number[4:] if phone_number.lower().startswith("tel:") else phone_number
        return [u for u in self.users.values()
                if u.phone_number and u.phone_number.lstrip("+") == number.lstrip("+") and (extension is None or u.extension == extension)]

    def find_by_extension(self, extension: str) -> list[UserRecord]:
        return [u for u in self.users.values() if u.extension == extension]

    def set_password_hash(self, user_id: int, password_hash: str | None) -> None:
        self.passwords[user_id] = password_hash

    def create(self, *, sam_account_name, display_name, first_name, last_name, ou,
               user_principal_name=None, email=None, password_hash=None, **attributes):
        uid = max(self.users) + 1
        user = replace(make_user(uid, sam_account_name, first_name, last_name, ou=ou, lync=False),
                       display_name=display_name,
                       distinguished_name=f"CN={display_name},{ou}",
                       user_principal_name=user_principal_name or f"{sam_account_name}@litwareinc.com",
                       email=email, **attributes)
        self.users[uid] = user
        self.passwords[uid] = password_hash
        return user

    def update(self, user_id: int, **changes) -> UserRecord:
        if "password_hash" in changes:
            self.passwords[user_id] = changes.pop("password_hash")
        user = replace(self.users[user_id], **changes)
        self.users[user_id] = user
        return user

    def password_hash(self, user_id: int) -> str | None:
        return self.passwords.get(user_id)


class FakeCertificates:
    def __init__(self, users: FakeUsers) -> None:
        self.users = users
        self.certs: list[CertificateRecord] = []

    def for_user(self, user_id: int) -> list[CertificateRecord]:
        return [c for c in self.certs if c.user_id == user_id]

    def revoke_all(self, user_id: int) -> int:
        before = len(self.certs)
        self.certs = [c for c in self.certs if c.user_id != user_id]
        return before - len(self.certs)

    def issue(self, user_id, *, serial_number, thumbprint, subject, publication_time,
              expiration_time, device_type=None, certificate_pem=None) -> CertificateRecord:
        cert = CertificateRecord(len(self.certs) + 1, user_id,
                                 self.users.get(user_id).sip_address or "", serial_number,
                                 thumbprint, subject, publication_time, expiration_time,
                                 device_type, certificate_pem)
        self.certs.append(cert)
        return cert


class FakePins:
    def __init__(self) -> None:
        self.states: dict[int, PinStateRecord] = {}
        self.hist: dict[int, list[str]] = {}
        self.users: FakeUsers | None = None

    def state(self, user_id: int) -> PinStateRecord:
        sip = self.users.get(user_id).sip_address if self.users else None
        return self.states.get(user_id, PinStateRecord(user_id, sip, None, None, None, False,
                                                       None, 0, 0, None))

    def _put(self, user_id: int, **changes) -> PinStateRecord:
        state = replace(self.state(user_id), **changes)
        self.states[user_id] = state
        return state

    def set_pin(self, user_id, pin_hash, *, set_time, expiration_time, history_limit) -> None:
        self._put(user_id, pin_hash=pin_hash, pin_set_time=set_time,
                  pin_expiration_time=expiration_time, locked_until=None, failed_local=0,
                  failed_global=0, last_failure_time=None)
        self.hist[user_id] = ([pin_hash] + self.hist.get(user_id, []))[:history_limit]

    def history(self, user_id: int) -> list[str]:
        return list(self.hist.get(user_id, []))

    def lock(self, user_id: int) -> None:
        self._put(user_id, locked=True)

    def unlock(self, user_id: int) -> None:
        self._put(user_id, locked=False, locked_until=None, failed_local=0, failed_global=0)

    def record_failure(self, user_id, *, at, local_limit, global_limit, window_minutes=30,
                       lockout_minutes=60) -> PinStateRecord:
        s = self.state(user_id)
        local = s.failed_local
        if s.last_failure_time is None or at - s.last_failure_time > timedelta(minutes=window_minutes):
            local = 0
        local += 1
        glob = s.failed_global + 1
        until = at + timedelta(minutes=lockout_minutes) if local >= local_limit else s.locked_until
        return self._put(user_id, failed_local=local, failed_global=glob, last_failure_time=at,
                         locked_until=until, locked=s.locked or glob >= global_limit)

    def record_success(self, user_id: int) -> None:
        self._put(user_id, failed_local=0)


class FakePolicies:
    def __init__(self, users: FakeUsers, directory: "FakeDirectory") -> None:
        self.policies = {"global": GLOBAL_POLICY}
        self.users = users
        self.directory = directory

    def iterate(self):
        yield from self.policies.values()

    def get(self, identity: str):
        return self.policies.get(identity.lower())

    def save(self, policy):
        self.policies[policy.identity.lower()] = policy
        return policy

    def remove(self, identity: str) -> None:
        if identity.lower() == "global":
            self.policies["global"] = GLOBAL_POLICY
        else:
            self.policies.pop(identity.lower(), None)

    def effective_for(self, user):
        if user.pin_policy and user.pin_policy.lower() in self.policies:
            return self.policies[user.pin_policy.lower()]
        for pool in self.directory.pools():
            if pool.fqdn == user.registrar_pool and f"site:{pool.site}".lower() in self.policies:
                return self.policies[f"site:{pool.site}".lower()]
        return self.policies["global"]


class FakeDirectory:
    def __init__(self) -> None:
        self.groups: dict[str, GroupRecord] = {}
        self.members: dict[int, list[Any]] = {}
        self.ous = [OrganizationalUnitRecord(f"OU=Redmond,{BASE}", "Redmond")]

    def groups_of(self, user_id):
        return [g for g in self.groups.values()
                if any(getattr(m, "id", None) == user_id and isinstance(m, UserRecord)
                       for m in self.members.get(g.id, []))]

    def find_group(self, name):
        return self.groups.get(name.lower())

    def create_group(self, *, name, ou, scope="Universal", description=""):
        group = GroupRecord(len(self.groups) + 1, name, f"S-1-5-21-9-{len(self.groups)}",
                            f"CN={name},{ou}", scope, description)
        self.groups[name.lower()] = group
        return group

    def add_member(self, group_id, *, user_id=None, member_group_id=None):
        self.members.setdefault(group_id, []).append(
            ("user", user_id) if user_id else ("group", member_group_id))

    def members_of(self, group_id, *, recursive=False):
        return list(self.members.get(group_id, []))

    def create_organizational_unit(self, *, name, parent):
        ou = OrganizationalUnitRecord(f"OU={name},{parent}", name)
        self.ous.append(ou)
        return ou

    def organizational_units(self):
        return list(self.ous)

    def pools(self):
        return [PoolRecord("atl-cs-001.litwareinc.com", "Redmond", "Registrar"),
                PoolRecord("dublin-cs-001.litwareinc.com", "Dublin", "Registrar")]

    def sites(self):
        return [SiteRecord("site:Redmond", "Redmond", 1), SiteRecord("site:Dublin", "Dublin", 2)]


class FakeSettings:
    def __init__(self) -> None:
        self.values: dict[str, str] = {}

    def get(self, key):
        return self.values.get(key)

    def set(self, key, value):
        self.values[key] = value


class FakeRoles:
    def __init__(self) -> None:
        self.roles: dict[str, AdminRoleRecord] = {
            "cshelpdesk": AdminRoleRecord("CsHelpDesk", "S-1-5-21-1-1136",
                                          ("Get-CsUser", "Lock-CsClientPin"), ("Global",),
                                          ("Global",), (), True)}

    def iterate(self):
        yield from self.roles.values()

    def get(self, identity):
        return self.roles.get(identity.lower())

    def get_by_sid(self, sid):
        return next((r for r in self.roles.values() if r.sid == sid), None)

    def create(self, role):
        self.roles[role.identity.lower()] = role
        return role

    def update(self, identity, **changes):
        role = replace(self.roles[identity.lower()], **changes)
        self.roles[identity.lower()] = role
        return role

    def remove(self, identity):
        del self.roles[identity.lower()]


class FakeStore:
    def __init__(self, users: list[UserRecord] | None = None) -> None:
        self.users = FakeUsers(users if users is not None else default_users())
        self.directory = FakeDirectory()
        self.certificates = FakeCertificates(self.users)
        self.pins = FakePins()
        self.pins.users = self.users
        self.pin_policies = FakePolicies(self.users, self.directory)
        self.settings = FakeSettings()
        self.roles = FakeRoles()

    def commit(self) -> None:
        pass

    def rollback(self) -> None:
        pass


def default_users() -> list[UserRecord]:
    return [
        make_user(2, "kenmyer", "Ken", "Myer", phone="+14255550101", ext="0101", ev=True),
        make_user(3, "pilar", "Pilar", "Ackerman", phone="+14255550102", ext="0102",
                  department="IT", title="IT Administrator"),
        make_user(4, "jeffhay", "Jeff", "Hay", lync=False, department="Sales"),
        make_user(5, "aidandelaney", "Aidan", "Delaney", ou=f"OU=Finance,OU=North America,{BASE}",
                  pool="dublin-cs-001.litwareinc.com", phone="+35315550103", ext="0103",
                  city="Dublin"),
        make_user(6, "jhaas", "Jonathan", "Haas", ou=f"CN=Users,{BASE}", pool=None, city="Paris",
                  department="Marketing"),
    ]
