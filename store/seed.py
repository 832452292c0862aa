"""The deterministic litwareinc.com demo lab.

Everything is derived from fixed data and hashes: no wall clock, no randomness, explicit
primary keys, so two seeds of the same size are identical on every backend. Inserts are
Core bulk inserts (executemany), so 100,000 synthetic users seed in seconds.
"""
from __future__ import annotations

import hashlib
import uuid
from collections.abc import Iterator
from datetime import datetime, timedelta

from sqlalchemy import text
from sqlalchemy.engine import Connection

from . import models as m
from .seed_roles import STANDARD_ROLES
from .seed_secrets import EXTRA_PASSWORD_HASH, PASSWORD_HASHES, PIN_HASHES

SEED_VERSION = "2"

DOMAIN = "litwareinc"
DNS_DOMAIN = "litwareinc.com"
BASE_DN = "DC=litwareinc,DC=com"
DOMAIN_SID = "S-1-5-21-1573807623-1597889489-1765977225"

#: Creation time of the lab; every seeded date is an offset from it.
LAB_EPOCH = datetime(2012, 6, 1, 9, 0, 0)
CERT_EPOCH = datetime(2012, 9, 1, 8, 0, 0)
CERT_VALIDITY = timedelta(days=180)  # DefaultValidityPeriodHours 4320

ATL = "atl-cs-001.litwareinc.com"
DUB = "dublin-cs-001.litwareinc.com"

OU_REDMOND = f"OU=Redmond,{BASE_DN}"
OU_FINANCE = f"OU=Finance,{BASE_DN}"
OU_PORTLAND = f"OU=Portland,{BASE_DN}"
OU_NORTH_AMERICA = f"OU=North America,{BASE_DN}"
OU_NA_FINANCE = f"OU=Finance,OU=North America,{BASE_DN}"
CN_USERS = f"CN=Users,{BASE_DN}"
OU_LAB_USERS = f"OU=Lab Users,{BASE_DN}"  # only when synthetic users are added

SITES = (("Redmond", 1), ("Dublin", 2), ("Paris", 3))
POOLS = ((ATL, "Redmond"), (DUB, "Dublin"))
CONTAINERS = ((OU_REDMOND, "Redmond"), (OU_FINANCE, "Finance"), (OU_PORTLAND, "Portland"),
              (OU_NORTH_AMERICA, "North America"), (OU_NA_FINANCE, "Finance"),
              (CN_USERS, "Users"))

ADMINISTRATOR_SAM = "Administrator"

# sam, first, last, container, city, department, title, lync, pool, enabled, EV, certs
# lync False = not Lync-enabled (no SIP address); pool None = Lync-enabled but unassigned.
_USERS = (
    ("kenmyer", "Ken", "Myer", OU_REDMOND, "Redmond", "Finance", "Accountant",
     True, ATL, True, True, 2),
    ("pilar", "Pilar", "Ackerman", OU_REDMOND, "Redmond", "IT", "IT Administrator",
     True, ATL, True, False, 1),
    ("aidandelaney", "Aidan", "Delaney", OU_NA_FINANCE, "Dublin", "Finance", "Help Desk Analyst",
     True, DUB, True, False, 0),
    ("chrystalvelasquez", "Chrystal", "Velasquez", OU_FINANCE, "Redmond", "Finance",
     "Controller", True, ATL, True, True, 3),
    ("davidlongmuir", "David", "Longmuir", OU_PORTLAND, "Dublin", "Sales", "Account Manager",
     True, DUB, True, False, 2),
    ("jhaas", "Jonathan", "Haas", CN_USERS, "Paris", "Marketing", "Marketing Specialist",
     True, None, True, False, 0),
    ("annbeebe", "Ann", "Beebe", OU_NORTH_AMERICA, "Redmond", "Research", "Researcher",
     True, ATL, False, False, 1),
    ("jeffhay", "Jeff", "Hay", OU_REDMOND, "Redmond", "Sales", "Sales Representative",
     False, None, True, False, 0),
    ("mariafernandes", "Maria", "Fernandes", OU_NA_FINANCE, "Paris", "Finance", "Auditor",
     True, DUB, True, True, 2),
    ("ellenadams", "Ellen", "Adams", OU_REDMOND, "Redmond", "Human Resources", "HR Manager",
     True, ATL, True, False, 1),
    ("kimakers", "Kim", "Akers", OU_FINANCE, "Redmond", "Finance", "Payroll Clerk",
     True, ATL, True, False, 0),
    ("donhall", "Don", "Hall", OU_PORTLAND, "Redmond", "Operations", "Facilities Manager",
     True, ATL, True, False, 1),
    ("tonysmith", "Tony", "Smith", OU_REDMOND, "Redmond", "Sales", "Sales Director",
     True, ATL, True, True, 1),
    ("lisasmith", "Lisa", "Smith", CN_USERS, "Dublin", "Support", "Support Engineer",
     True, DUB, True, False, 2),
    ("lolajacobsen", "Lola", "Jacobsen", OU_NORTH_AMERICA, "Redmond", "Marketing",
     "Product Manager", True, ATL, True, False, 0),
    ("francoisajenstat", "François", "Ajenstat", CN_USERS, "Paris", "Sales", "Sales Manager",
     True, DUB, True, False, 1),
    ("sophiemartin", "Sophie", "Martin", CN_USERS, "Paris", "Research", "Research Lead",
     True, DUB, True, False, 1),
    ("seankelly", "Sean", "Kelly", CN_USERS, "Dublin", "Support", "Support Manager",
     True, DUB, True, False, 2),
    ("niamhbyrne", "Niamh", "Byrne", OU_NA_FINANCE, "Dublin", "Finance", "Financial Analyst",
     True, DUB, True, False, 0),
    ("guygilbert", "Guy", "Gilbert", OU_REDMOND, "Redmond", "IT", "Help Desk Technician",
     True, ATL, True, True, 1),
)
_COUNTRY_PREFIX = {"Redmond": "+1425555", "Dublin": "+3531555", "Paris": "+331555"}

# sam, rid, description
_RTC_GROUPS = (
    ("RTCUniversalServerAdmins", 1101, "Members can manage all aspects of the Lync deployment."),
    ("RTCUniversalUserAdmins", 1102, "Members can manage Lync users."),
    ("RTCUniversalReadOnlyAdmins", 1103, "Members can read Lync server and user settings."),
    ("RTCUniversalGlobalReadOnlyGroup", 1104, "Members can read Lync global settings."),
)
_LAB_GROUPS = (
    ("RedmondHelpDesk", 1150, "Redmond help desk staff (nested in CSHelpDesk).", "Global"),
)
# (group, member, member is a group?)
_MEMBERSHIPS = (
    ("RTCUniversalServerAdmins", "Administrator", False),
    ("RTCUniversalUserAdmins", "Administrator", False),
    ("CSAdministrator", "Administrator", False),
    ("RTCUniversalUserAdmins", "pilar", False),
    ("CSUserAdministrator", "pilar", False),
    ("RTCUniversalReadOnlyAdmins", "aidandelaney", False),
    ("CSHelpDesk", "aidandelaney", False),
    ("RedmondHelpDesk", "guygilbert", False),
    ("CSHelpDesk", "RedmondHelpDesk", True),
    # As in a Lync deployment, the RTC admin groups are members of the global read-only group.
    ("RTCUniversalGlobalReadOnlyGroup", "RTCUniversalServerAdmins", True),
    ("RTCUniversalGlobalReadOnlyGroup", "RTCUniversalUserAdmins", True),
    ("RTCUniversalGlobalReadOnlyGroup", "RTCUniversalReadOnlyAdmins", True),
)
_DEVICE_TYPES = ("Lync Phone Edition", "Lync 2010", None)

# PIN state (hashes of seed_secrets.LAB_PINS): sam -> (set time, expiration, locked).
# Ken Myer's LastPinChangeTime is the one of the Get-CsClientPinInfo sample; his PIN 0712
# is the one of the Test-CsPhoneBootstrap examples. David Longmuir's PIN has expired;
# Tony Smith's is locked out.
_PINS = {
    "kenmyer": (datetime(2012, 9, 25, 13, 35, 3), None, False),
    "pilar": (datetime(2012, 9, 20, 10, 12, 44), None, False),
    "chrystalvelasquez": (datetime(2012, 10, 2, 8, 30, 0), None, False),
    "davidlongmuir": (datetime(2012, 7, 2, 16, 5, 10), datetime(2012, 12, 29, 16, 5, 10), False),
    "tonysmith": (datetime(2012, 10, 9, 11, 20, 0), None, True),
    "ellenadams": (datetime(2012, 11, 5, 9, 45, 0), None, False),
    "guygilbert": (datetime(2012, 11, 1, 14, 2, 37), None, False),
    "mariafernandes": (datetime(2012, 8, 14, 17, 31, 5), None, False),
}
# Earlier PINs kept in a user's history: (sam, history owner key, set time).
_PIN_HISTORY = (
    ("ellenadams", "ellenadams#1", datetime(2012, 6, 20, 9, 0, 0)),
    ("ellenadams", "ellenadams", datetime(2012, 11, 5, 9, 45, 0)),
)
# Per-user PIN policy assignments (Grant-CsPinPolicy).
_USER_PIN_POLICIES = {"ellenadams": "RedmondPinPolicy"}
# identity, description, MinPasswordLength, PINHistoryCount, PINLifetime,
# AllowCommonPatterns, MaximumLogonAttempts
PIN_POLICIES = (
    ("Global", None, 5, 0, 0, False, None),
    ("site:Redmond", "PIN policy for the Redmond site", 6, 0, 0, False, None),
    ("RedmondPinPolicy", "Stricter PINs for selected Redmond users", 7, 5, 0, False, 10),
)

USER_ID_BASE = 1          # Administrator is 1, the fixed users follow
EXTRA_USER_ID_BASE = 1001  # synthetic users start here (keeps ids stable when _USERS grows)
EXTRA_BATCH = 5000


def sid(rid: int) -> str:
    return f"{DOMAIN_SID}-{rid}"


def _guid(kind: str, name: str) -> str:
    return str(uuid.uuid5(uuid.NAMESPACE_URL, f"ldap://{DNS_DOMAIN}/{kind}/{name}"))


def _hex(kind: str, owner: str, n: int, length: int) -> str:
    return hashlib.sha1(f"{kind}:{owner}:{n}".encode()).hexdigest()[:length].upper()


def _user_row(uid: int, rid: int, sam: str, first: str, last: str, display: str, cn: str,
              container: str, city: str | None, department: str | None, title: str | None,
              lync: bool, pool: str | None, enabled: bool, ev: bool, phone: str | None,
              ext: str | None, created: datetime) -> dict:
    sip = f"sip:{sam}@{DNS_DOMAIN}" if lync else None
    return m.key_columns({
        "id": uid, "guid": _guid("user", sam), "sid": sid(rid),
        "sam_account_name": sam, "domain": DOMAIN,
        "user_principal_name": f"{sam}@{DNS_DOMAIN}", "display_name": display,
        "first_name": first, "last_name": last,
        "distinguished_name": f"CN={cn},{container}", "ou": container,
        "email": f"{sam}@{DNS_DOMAIN}", "sip_address": sip,
        "registrar_pool": pool if lync else None,
        "enabled": enabled, "enterprise_voice_enabled": ev and lync,
        "line_uri": f"tel:{phone};ext={ext}" if lync and phone else None,
        "phone_number": phone, "extension": ext,
        "city": city, "department": department, "title": title,
        "pin_policy": _USER_PIN_POLICIES.get(sam),
        "when_created": created, "when_changed": created + timedelta(days=30),
        "pin_hash": PIN_HASHES[sam] if sam in _PINS else None,
        "pin_set_time": _PINS[sam][0] if sam in _PINS else None,
        "pin_expiration_time": _PINS[sam][1] if sam in _PINS else None,
        "pin_locked": _PINS[sam][2] if sam in _PINS else False,
        "pin_locked_until": None, "pin_failed_local": 0,
        "pin_failed_global": 0, "pin_last_failure_time": None,
        "password_hash": PASSWORD_HASHES.get(sam),
    })


def _cert_rows(first_id: int, uid: int, owner: str, sip: str, count: int,
               n: int) -> list[dict]:
    rows = []
    for k in range(count):
        published = CERT_EPOCH + timedelta(days=(3 * n + 17 * k) % 200, minutes=7 * n + k)
        rows.append({
            "id": first_id + k, "user_id": uid,
            "serial_number": _hex("serial", owner, k, 32),
            "thumbprint": _hex("thumbprint", owner, k, 40),
            "subject": f"CN={sip}",
            "publication_time": published, "expiration_time": published + CERT_VALIDITY,
            "device_type": _DEVICE_TYPES[(n + k) % len(_DEVICE_TYPES)],
        })
    return rows


def fixed_users() -> list[dict]:
    rows = [_user_row(USER_ID_BASE, 500, ADMINISTRATOR_SAM, "", "", "Lab Administrator",
                      "Administrator", CN_USERS, None, "IT", "Lab administrator",
                      False, None, True, False, None, None, LAB_EPOCH)]
    for n, (sam, first, last, container, city, dept, title, lync, pool, enabled, ev,
            _certs) in enumerate(_USERS, start=1):
        ext = f"{100 + n:04d}"
        display = f"{first} {last}"
        rows.append(_user_row(USER_ID_BASE + n, 1200 + n, sam, first, last, display, display,
                              container, city, dept, title, lync, pool, enabled, ev,
                              _COUNTRY_PREFIX[city] + ext, ext,
                              LAB_EPOCH + timedelta(days=n, hours=n % 7)))
    return rows


def fixed_certificates(users: list[dict]) -> list[dict]:
    rows: list[dict] = []
    by_sam = {u["sam_account_name"]: u for u in users}
    for n, spec in enumerate(_USERS, start=1):
        user = by_sam[spec[0]]
        if spec[-1] and user["sip_address"]:
            rows += _cert_rows(len(rows) + 1, user["id"], spec[0], user["sip_address"],
                               spec[-1], n)
    return rows


_EXTRA_USER_COLUMNS = (
    "id", "guid", "sid", "sam_account_name", "domain", "user_principal_name", "display_name",
    "first_name", "last_name", "distinguished_name", "ou", "email", "sip_address",
    "registrar_pool", "enabled", "enterprise_voice_enabled", "line_uri", "phone_number",
    "extension", "city", "department", "title", "when_created", "when_changed",
    "sam_key", "domain_key", "upn_key", "display_key", "dn_key", "ou_key", "sip_key",
    "pin_locked", "pin_failed_local", "pin_failed_global", "password_hash")
_EXTRA_CERT_COLUMNS = ("id", "user_id", "serial_number", "thumbprint", "subject",
                       "publication_time", "expiration_time", "device_type")


def _extra_batches(count: int, first_cert_id: int, *, text_dates: bool = False
                   ) -> Iterator[tuple[list[tuple], list[tuple]]]:
    """Synthetic users "Lab User 000001"... as row tuples in _EXTRA_*_COLUMNS order.

    Written for speed (100,000 users in about a second): one SHA-512 per user gives its
    GUID and first certificate; dates are precomputed per batch position. With
    text_dates, datetimes are given in SQLAlchemy's SQLite text form."""
    fmt = (lambda d: d.isoformat(" ", "microseconds")) if text_dates else (lambda d: d)
    true, false = (1, 0) if text_dates else (True, False)
    sha512 = hashlib.sha512
    created0 = LAB_EPOCH + timedelta(days=60)
    ou_key = OU_LAB_USERS.lower()
    users: list[tuple] = []
    certs: list[tuple] = []
    cert_id = first_cert_id
    for k in range(1, count + 1):
        sam = f"labuser{k:06d}"
        uid = EXTRA_USER_ID_BASE + k - 1
        h = sha512(sam.encode()).hexdigest().upper()
        guid = f"{h[:8]}-{h[8:12]}-5{h[13:16]}-a{h[17:20]}-{h[20:32]}".lower()
        display = f"Lab User {k:06d}"
        dn = f"CN={display},{OU_LAB_USERS}"
        upn = f"{sam}@{DNS_DOMAIN}"
        sip = f"sip:{upn}"
        phone = f"+1425{k:07d}"
        ext = f"{k:06d}"
        created = created0 + timedelta(seconds=k)
        users.append((
            uid, guid, f"{DOMAIN_SID}-{100_000 + k}", sam, DOMAIN, upn, display,
            "Lab", f"User {k:06d}", dn, OU_LAB_USERS, upn, sip, ATL, true, false,
            f"tel:{phone};ext={ext}", phone, ext, "Redmond", "Lab", None,
            fmt(created), fmt(created + timedelta(days=30)),
            sam, DOMAIN, upn, display.lower(), dn.lower(), ou_key, sip,
            false, 0, 0, EXTRA_PASSWORD_HASH))
        published = CERT_EPOCH + timedelta(days=(3 * k) % 200, minutes=k % 1440)
        subject = f"CN={sip}"
        certs.append((cert_id, uid, h[32:64], h[64:104], subject, fmt(published),
                      fmt(published + CERT_VALIDITY), "Lync Phone Edition"))
        cert_id += 1
        if k % 2:
            h2 = sha512(f"{sam}:2".encode()).hexdigest().upper()
            published2 = published + timedelta(days=17, minutes=1)
            certs.append((cert_id, uid, h2[:32], h2[32:72], subject, fmt(published2),
                          fmt(published2 + CERT_VALIDITY), None))
            cert_id += 1
        if len(users) >= EXTRA_BATCH:
            yield users, certs
            users, certs = [], []
    if users:
        yield users, certs


def bulk_insert(conn: Connection, table_name: str, columns: tuple[str, ...],
                rows: list[tuple]) -> None:
    """Insert many row tuples below SQLAlchemy's per-parameter processing: COPY on
    PostgreSQL, a raw executemany on SQLite (values already in storage form)."""
    if not rows:
        return
    names = ", ".join(columns)
    if conn.dialect.name == "postgresql":
        cursor = conn.connection.driver_connection.cursor()
        try:
            with cursor.copy(f"COPY {table_name} ({names}) FROM STDIN") as copy:
                for row in rows:
                    copy.write_row(row)
        finally:
            cursor.close()
    else:
        marks = ", ".join("?" * len(columns))
        conn.exec_driver_sql(f"INSERT INTO {table_name} ({names}) VALUES ({marks})", rows)


def clear(conn: Connection) -> None:
    if conn.dialect.name == "postgresql":
        conn.execute(text("TRUNCATE " + ", ".join(m.ALL_TABLES_CHILD_FIRST)
                          + " RESTART IDENTITY CASCADE"))
    else:
        for name in m.ALL_TABLES_CHILD_FIRST:
            conn.exec_driver_sql(f"DELETE FROM {name}")


def seed(conn: Connection, *, extra_users: int = 0) -> None:
    """Replace all lab data with the demo lab (the caller holds a write transaction)."""
    if extra_users < 0:
        raise ValueError("extra_users must be >= 0")
    clear(conn)
    t = {name: table for name, table in m.Base.metadata.tables.items()}

    conn.execute(t["sites"].insert(), [
        {"id": i, "site_id": site_id, "name": name, "identity": f"site:{name}"}
        for i, (name, site_id) in enumerate(SITES, start=1)])
    site_pk = {name: i for i, (name, _) in enumerate(SITES, start=1)}
    conn.execute(t["pools"].insert(), [
        {"id": i, "fqdn": fqdn, "fqdn_key": fqdn.lower(), "site_id": site_pk[site],
         "role": "Registrar"} for i, (fqdn, site) in enumerate(POOLS, start=1)])
    containers = list(CONTAINERS) + ([(OU_LAB_USERS, "Lab Users")] if extra_users else [])
    conn.execute(t["organizational_units"].insert(), [
        {"id": i, "distinguished_name": dn, "dn_key": dn.lower(), "name": name}
        for i, (dn, name) in enumerate(containers, start=1)])

    users = fixed_users()
    conn.execute(t["users"].insert(), users)
    certs = fixed_certificates(users)
    conn.execute(t["client_certificates"].insert(), certs)

    groups = [(sam, rid, desc, "Universal") for sam, rid, desc in _RTC_GROUPS]
    groups += [(group, rid, f"Members hold the {role} role.", "Universal")
               for role, group, rid, _ in STANDARD_ROLES]
    groups += list(_LAB_GROUPS)
    conn.execute(t["groups"].insert(), [
        {"id": i, "sam_account_name": sam, "sam_key": sam.lower(), "sid": sid(rid),
         "distinguished_name": f"CN={sam},{CN_USERS}", "scope": scope, "description": desc}
        for i, (sam, rid, desc, scope) in enumerate(groups, start=1)])
    group_pk = {g[0]: i for i, g in enumerate(groups, start=1)}
    user_pk = {u["sam_account_name"]: u["id"] for u in users}
    conn.execute(t["group_memberships"].insert(), [
        {"id": i, "group_id": group_pk[group],
         "member_user_id": None if is_group else user_pk[member],
         "member_group_id": group_pk[member] if is_group else None}
        for i, (group, member, is_group) in enumerate(_MEMBERSHIPS, start=1)])

    conn.execute(t["admin_roles"].insert(), [
        {"id": i, "identity": role, "identity_key": role.lower(), "sid": sid(rid),
         "cmdlets": "\n".join(cmdlets), "user_scopes": "Global", "config_scopes": "Global",
         "script_modules": "", "is_standard_role": True}
        for i, (role, _group, rid, cmdlets) in enumerate(STANDARD_ROLES, start=1)])
    conn.execute(t["pin_policies"].insert(), [
        {"id": i, "identity": ident, "identity_key": ident.lower(), "description": desc,
         "min_password_length": length, "pin_history_count": history, "pin_lifetime": life,
         "allow_common_patterns": common, "maximum_logon_attempts": attempts}
        for i, (ident, desc, length, history, life, common, attempts)
        in enumerate(PIN_POLICIES, start=1)])
    conn.execute(t["pin_history"].insert(), [
        {"id": i, "user_id": user_pk[sam], "pin_hash": PIN_HASHES[owner], "set_time": when}
        for i, (sam, owner, when) in enumerate(_PIN_HISTORY, start=1)])

    cert_count = len(certs)
    sqlite = conn.dialect.name == "sqlite"
    for user_rows, cert_rows in _extra_batches(extra_users, cert_count + 1, text_dates=sqlite):
        if sqlite or conn.dialect.name == "postgresql":
            bulk_insert(conn, "users", _EXTRA_USER_COLUMNS, user_rows)
            bulk_insert(conn, "client_certificates", _EXTRA_CERT_COLUMNS, cert_rows)
        else:  # any other backend: the portable (slower) Core path
            conn.execute(t["users"].insert(), [dict(zip(_EXTRA_USER_COLUMNS, r))
                                                for r in user_rows])
            conn.execute(t["client_certificates"].insert(),
                         [dict(zip(_EXTRA_CERT_COLUMNS, r)) for r in cert_rows])

    conn.execute(t["lab_settings"].insert(), [
        {"key": "seed_version", "value": SEED_VERSION},
        {"key": "extra_users", "value": str(extra_users)}])

    if conn.dialect.name == "postgresql":
        # Explicit ids were inserted: move the sequences past them.
        for name in ("sites", "pools", "organizational_units", "users", "client_certificates",
                     "groups", "group_memberships", "admin_roles", "pin_policies",
                     "pin_history"):
            conn.execute(text(
                f"SELECT setval(pg_get_serial_sequence('{name}', 'id'), "
                f"COALESCE((SELECT max(id) FROM {name}), 0) + 1, false)"))


def is_seeded(conn: Connection) -> bool:
    return conn.execute(text(
        "SELECT value FROM lab_settings WHERE key = 'seed_version'")).first() is not None
