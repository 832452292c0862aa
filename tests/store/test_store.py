"""Store behaviour on both backends (see conftest.lab_url)."""
from __future__ import annotations

import subprocess
import sys
from datetime import datetime, timedelta

import pytest
from sqlalchemy import text

from lyncshell.store import open_store
from lyncshell.store.records import CertificateRecord, UserRecord

KEN_FORMS = [
    "sip:kenmyer@litwareinc.com", "SIP:KenMyer@LitwareInc.com",
    "kenmyer@litwareinc.com", "KENMYER@litwareinc.com",
    "litwareinc\\kenmyer", "LITWAREINC\\KenMyer",
    "Ken Myer", "ken myer", "  Ken Myer ",
    "CN=Ken Myer,OU=Redmond,DC=litwareinc,DC=com", "cn=ken myer,ou=redmond,dc=litwareinc,dc=com",
]


def ken(store) -> UserRecord:
    (user,) = store.users.find("Ken Myer")
    return user


# -- first use, seeding, determinism -----------------------------------------------

def test_first_use_creates_schema_and_seeds(lab_url):
    store = open_store(lab_url)
    try:
        assert store.users.count() == 19
        assert store.users.count(lync_enabled_only=False) == 21
        assert store.seed_info()["seed_version"] == "2"
        with store.engine.connect() as conn:
            from lyncshell.store.schema import SCHEMA_HEAD, current_revision
            assert current_revision(conn) == SCHEMA_HEAD
    finally:
        store.close()
    # Re-opening does not reseed: a change survives.
    store = open_store(lab_url)
    try:
        assert store.certificates.revoke_all(ken(store).id) == 2
        store.commit()
    finally:
        store.close()
    store = open_store(lab_url)
    try:
        assert store.certificates.for_user(ken(store).id) == []
    finally:
        store.close()


def test_open_without_create_refuses_empty_database(lab_url):
    from lyncshell.store import LabNotInitializedError

    with pytest.raises(LabNotInitializedError):
        open_store(lab_url, create=False)


def test_seed_facts(lab_store):
    k = ken(lab_store)
    assert (k.sam_account_name, k.domain, k.user_principal_name) == (
        "kenmyer", "litwareinc", "kenmyer@litwareinc.com")
    assert k.sip_address == "sip:kenmyer@litwareinc.com"
    assert k.distinguished_name == "CN=Ken Myer,OU=Redmond,DC=litwareinc,DC=com"
    assert k.ou == "OU=Redmond,DC=litwareinc,DC=com"
    assert k.registrar_pool == "atl-cs-001.litwareinc.com"
    assert (k.phone_number, k.extension, k.line_uri) == (
        "+14255550101", "0101", "tel:+14255550101;ext=0101")
    assert k.enabled is True and isinstance(k.when_created, datetime)
    assert k.when_created.tzinfo is None
    certs = lab_store.certificates.for_user(k.id)
    assert len(certs) == 2
    for c in certs:
        assert isinstance(c, CertificateRecord)
        assert c.user_sip_address == "sip:kenmyer@litwareinc.com"
        assert c.expiration_time - c.publication_time == timedelta(days=180)
        assert len(c.thumbprint) == 40 and c.thumbprint == c.thumbprint.upper()
        int(c.serial_number, 16), int(c.thumbprint, 16)
    (pilar,) = lab_store.users.find("sip:pilar@litwareinc.com")
    assert pilar.display_name == "Pilar Ackerman"
    assert len(lab_store.certificates.for_user(pilar.id)) == 1
    (aidan,) = lab_store.users.find("litwareinc\\aidandelaney")
    assert lab_store.certificates.for_user(aidan.id) == []
    (admin,) = lab_store.users.find("litwareinc\\Administrator")
    assert admin.display_name == "Lab Administrator" and admin.sip_address is None
    everyone = list(lab_store.users.iterate(lync_enabled_only=False))
    assert any(u.sip_address and u.registrar_pool is None for u in everyone)
    assert any(u.sip_address is None and u.sam_account_name != "Administrator"
               for u in everyone)
    assert any(u.sip_address and not u.enabled for u in everyone)
    assert {u.city for u in everyone} >= {"Redmond", "Dublin", "Paris"}
    assert max(len(lab_store.certificates.for_user(u.id)) for u in everyone) >= 3


def test_directory_seed(lab_store):
    d = lab_store.directory
    assert [(s.identity, s.name, s.site_id) for s in d.sites()] == [
        ("site:Redmond", "Redmond", 1), ("site:Dublin", "Dublin", 2), ("site:Paris", "Paris", 3)]
    assert [(p.fqdn, p.site) for p in d.pools()] == [
        ("atl-cs-001.litwareinc.com", "Redmond"), ("dublin-cs-001.litwareinc.com", "Dublin")]
    dns = {o.distinguished_name for o in d.organizational_units()}
    assert {"OU=Redmond,DC=litwareinc,DC=com", "OU=Finance,DC=litwareinc,DC=com",
            "OU=Portland,DC=litwareinc,DC=com", "OU=North America,DC=litwareinc,DC=com",
            "OU=Finance,OU=North America,DC=litwareinc,DC=com",
            "CN=Users,DC=litwareinc,DC=com"} <= dns
    g = d.find_group("rtcuniversalserveradmins")
    assert g.sam_account_name == "RTCUniversalServerAdmins" and g.scope == "Universal"
    assert g.sid.startswith("S-1-5-21-1573807623-1597889489-1765977225-")
    assert d.find_group("NoSuchGroup") is None


def _snapshot(store):
    users = list(store.users.iterate(lync_enabled_only=False))
    certs = [c for u in users for c in store.certificates.for_user(u.id)]
    roles = list(store.roles.iterate())
    groups = [store.directory.groups_of(u.id) for u in users]
    return users, certs, roles, groups


def test_initialize_lab_is_deterministic_and_resets(lab_store):
    first = _snapshot(lab_store)
    lab_store.certificates.revoke_all(ken(lab_store).id)
    lab_store.commit()
    lab_store.initialize_lab()
    assert _snapshot(lab_store) == first
    assert len(lab_store.certificates.for_user(ken(lab_store).id)) == 2


def test_initialize_lab_with_extra_users(lab_store):
    lab_store.initialize_lab(extra_users=250)
    assert lab_store.users.count() == 19 + 250
    assert lab_store.seed_info()["extra_users"] == "250"
    (u,) = lab_store.users.find("Lab User 000001")
    assert (u.sam_account_name, u.sip_address, u.registrar_pool) == (
        "labuser000001", "sip:labuser000001@litwareinc.com", "atl-cs-001.litwareinc.com")
    assert lab_store.users.find("labuser000250@litwareinc.com")[0].display_name == \
        "Lab User 000250"
    counts = [len(lab_store.certificates.for_user(x.id))
              for x in lab_store.users.find("Lab User *", allow_wildcard=True)]
    assert len(counts) == 250 and set(counts) == {1, 2}
    c = lab_store.certificates.for_user(u.id)[0]
    assert c.expiration_time - c.publication_time == timedelta(days=180)
    assert isinstance(c.publication_time, datetime) and u.enabled is True
    # Same size, same data (synthetic users too).
    before = _snapshot(lab_store)
    lab_store.initialize_lab(extra_users=250)
    assert _snapshot(lab_store) == before
    lab_store.initialize_lab()
    assert lab_store.users.count() == 19


def test_new_rows_after_seed_get_fresh_ids(lab_store):
    """Seeding inserts explicit ids; sequences (PostgreSQL) must continue after them."""
    k = ken(lab_store)
    cert = lab_store.certificates.issue(
        k.id, serial_number="0A0B", thumbprint="AB" * 20, subject="CN=sip:kenmyer@litwareinc.com",
        publication_time=datetime(2013, 1, 1), expiration_time=datetime(2013, 6, 30),
        device_type="Lync Phone Edition")
    assert cert.user_id == k.id and cert.user_sip_address == k.sip_address
    assert cert.publication_time == datetime(2013, 1, 1)
    lab_store.commit()
    assert len(lab_store.certificates.for_user(k.id)) == 3


# -- identity lookup --------------------------------------------------------------

@pytest.mark.parametrize("form", KEN_FORMS)
def test_find_every_identity_form(lab_store, form):
    found = lab_store.users.find(form)
    assert [u.sam_account_name for u in found] == ["kenmyer"]


def test_find_upn_and_bare_sip_address_differ(lab_store):
    with lab_store.engine.begin() as conn:  # a user whose SIP address differs from the UPN
        conn.execute(text("UPDATE users SET sip_address='sip:ken.myer@litwareinc.com', "
                          "sip_key='sip:ken.myer@litwareinc.com' WHERE sam_key='kenmyer'"))
    lab_store.rollback()  # fresh snapshot
    assert [u.sam_account_name for u in lab_store.users.find("ken.myer@litwareinc.com")] == [
        "kenmyer"]
    assert [u.sam_account_name for u in lab_store.users.find("kenmyer@litwareinc.com")] == [
        "kenmyer"]


@pytest.mark.parametrize("form", ["nobody@litwareinc.com", "sip:nobody@litwareinc.com",
                                  "litwareinc\\nobody", "Nobody", "", "kenmyer",
                                  "fabrikam\\kenmyer", "CN=Nobody,DC=litwareinc,DC=com"])
def test_find_no_match(lab_store, form):
    assert lab_store.users.find(form) == []


def test_find_unicode_case_insensitive(lab_store):
    (u,) = lab_store.users.find("FRANÇOIS AJENSTAT")
    assert u.display_name == "François Ajenstat"


def test_wildcard_only_when_allowed_and_only_display_name(lab_store):
    assert lab_store.users.find("Pilar*") == []
    assert [u.display_name for u in lab_store.users.find("Pilar*", allow_wildcard=True)] == [
        "Pilar Ackerman"]
    smiths = lab_store.users.find("* Smith", allow_wildcard=True)
    assert sorted(u.display_name for u in smiths) == ["Lisa Smith", "Tony Smith"]
    assert len(lab_store.users.find("*", allow_wildcard=True)) == 21
    # `*` is literal in other forms; LIKE metacharacters are literal too.
    assert lab_store.users.find("sip:ken*", allow_wildcard=True) == []
    assert lab_store.users.find("litwareinc\\ken*", allow_wildcard=True) == []
    assert lab_store.users.find("Ken_Myer", allow_wildcard=True) == []
    assert lab_store.users.find("Ken%", allow_wildcard=True) == []


def test_get(lab_store):
    k = ken(lab_store)
    assert lab_store.users.get(k.id) == k
    assert lab_store.users.get(999_999) is None


def test_find_by_phone(lab_store):
    assert [u.sam_account_name for u in lab_store.users.find_by_phone("+14255550101")] == [
        "kenmyer"]
    assert lab_store.users.find_by_phone("+14255550101", "0101")[0].display_name == "Ken Myer"
    assert lab_store.users.find_by_phone("+14255550101", "9999") == []


# -- iterate --------------------------------------------------------------------------

def test_iterate_order_filters_and_batches(lab_store):
    lab_store.initialize_lab(extra_users=30)
    all_users = list(lab_store.users.iterate(lync_enabled_only=False, batch_size=7))
    ids = [u.id for u in all_users]
    assert ids == sorted(ids) and len(ids) == len(set(ids)) == 51
    assert all(isinstance(u, UserRecord) for u in all_users)
    lync = list(lab_store.users.iterate(batch_size=4))
    assert len(lync) == lab_store.users.count() == 49
    assert all(u.sip_address for u in lync)
    assert [u.id for u in lync] == [u.id for u in all_users if u.sip_address]
    unassigned = list(lab_store.users.iterate(unassigned_only=True))
    assert [u.sam_account_name for u in unassigned] == ["jhaas"]
    assert list(lab_store.users.iterate(batch_size=1000)) == lync


def test_iterate_ou_includes_children(lab_store):
    na = {u.sam_account_name for u in lab_store.users.iterate(
        ou="ou=north america,dc=litwareinc,dc=com")}
    assert na == {"annbeebe", "lolajacobsen", "aidandelaney", "mariafernandes", "niamhbyrne"}
    fin = {u.sam_account_name for u in lab_store.users.iterate(
        ou="OU=Finance,DC=litwareinc,DC=com")}
    assert fin == {"chrystalvelasquez", "kimakers"}  # not OU=Finance,OU=North America
    users = {u.sam_account_name for u in lab_store.users.iterate(
        ou="CN=Users,DC=litwareinc,DC=com", lync_enabled_only=False)}
    assert "Administrator" in users and "jhaas" in users
    assert list(lab_store.users.iterate(ou="OU=Nowhere,DC=litwareinc,DC=com")) == []


def test_iterate_is_lazy_and_survives_writes_between_batches(lab_store):
    lab_store.initialize_lab(extra_users=40)
    total = _cert_count(lab_store)
    assert total == 21 + 60  # seeded users' certificates + 40 users * 1.5
    it = lab_store.users.iterate(batch_size=10)
    revoked = 0
    seen = 0
    for user in it:  # the Get-CsUser | Revoke-CsClientCertificate shape
        revoked += lab_store.certificates.revoke_all(user.id)
        seen += 1
    assert seen == 59
    lab_store.commit()
    assert all(lab_store.certificates.for_user(u.id) == []
               for u in lab_store.users.iterate(lync_enabled_only=False))
    assert revoked == total and _cert_count(lab_store) == 0


# -- revoke_all ---------------------------------------------------------------------------

def _cert_count(store) -> int:
    with store.engine.connect() as conn:
        return conn.execute(text("SELECT count(*) FROM client_certificates")).scalar_one()


def test_revoke_all_counts_and_write_behind_visibility(lab_store):
    k = ken(lab_store)
    total = _cert_count(lab_store)
    assert lab_store.certificates.revoke_all(k.id) == 2
    assert lab_store.certificates.for_user(k.id) == []      # before commit
    assert lab_store.certificates.revoke_all(k.id) == 0     # nothing left
    (aidan,) = lab_store.users.find("Aidan Delaney")
    assert lab_store.certificates.revoke_all(aidan.id) == 0
    assert _cert_count(lab_store) == total                  # others don't see it yet
    lab_store.commit()
    assert _cert_count(lab_store) == total - 2
    assert lab_store.certificates.for_user(k.id) == []


def test_revoke_all_rollback_restores(lab_store):
    k = ken(lab_store)
    (chrystal,) = lab_store.users.find("Chrystal Velasquez")
    assert lab_store.certificates.revoke_all(k.id) == 2
    assert lab_store.certificates.revoke_all(chrystal.id) == 3
    lab_store.certificates.flush()  # sent to the database, still uncommitted
    assert lab_store.certificates.for_user(chrystal.id) == []
    lab_store.rollback()
    assert len(lab_store.certificates.for_user(k.id)) == 2
    assert len(lab_store.certificates.for_user(chrystal.id)) == 3
    assert lab_store.certificates.revoke_all(k.id) == 2     # counts fresh after rollback


def test_revoke_then_issue_keeps_new_certificate(lab_store):
    k = ken(lab_store)
    assert lab_store.certificates.revoke_all(k.id) == 2
    new = lab_store.certificates.issue(
        k.id, serial_number="01", thumbprint="CD" * 20, subject="CN=sip:kenmyer@litwareinc.com",
        publication_time=datetime(2013, 2, 1), expiration_time=datetime(2013, 7, 31))
    lab_store.commit()
    assert [c.id for c in lab_store.certificates.for_user(k.id)] == [new.id]
    assert lab_store.certificates.revoke_all(k.id) == 1


def test_revoke_all_batches_many_users_atomically(lab_store, monkeypatch):
    import lyncshell.store.sql_repositories as sr

    monkeypatch.setattr(sr, "REVOKE_BATCH", 16)
    monkeypatch.setattr(sr, "COUNT_WINDOW", 8)
    lab_store.initialize_lab(extra_users=100)
    users = list(lab_store.users.iterate())
    expected = {u.id: len(lab_store.certificates.for_user(u.id)) for u in users}
    got = {u.id: lab_store.certificates.revoke_all(u.id) for u in users}
    assert got == expected
    assert lab_store.certificates.statements >= 5   # flushed in several batches
    assert all(lab_store.certificates.for_user(u.id) == [] for u in users)
    lab_store.rollback()
    assert {u.id: len(lab_store.certificates.for_user(u.id)) for u in users} == expected
    got = {u.id: lab_store.certificates.revoke_all(u.id) for u in reversed(users)}
    assert got == expected
    lab_store.commit()
    assert _cert_count(lab_store) == 0


def test_uncommitted_changes_are_lost_on_close(lab_url):
    store = open_store(lab_url)
    store.certificates.revoke_all(ken(store).id)
    store.close()
    store = open_store(lab_url)
    try:
        assert len(store.certificates.for_user(ken(store).id)) == 2
    finally:
        store.close()


def test_certificates_cascade_with_user(lab_store):
    k = ken(lab_store)
    lab_store._begin_write()
    lab_store._conn.execute(text("DELETE FROM users WHERE id = :id"), {"id": k.id})
    assert lab_store.certificates.for_user(k.id) == []
    lab_store.rollback()


# -- groups and roles -------------------------------------------------------------------

def _group_names(store, identity):
    (u,) = store.users.find(identity)
    return {g.sam_account_name for g in store.directory.groups_of(u.id)}


def test_groups_of_direct_and_nested(lab_store):
    admin = _group_names(lab_store, "litwareinc\\Administrator")
    assert {"RTCUniversalServerAdmins", "RTCUniversalUserAdmins", "CSAdministrator"} <= admin
    assert "RTCUniversalGlobalReadOnlyGroup" in admin          # through nesting
    assert {"RTCUniversalUserAdmins", "CSUserAdministrator"} <= _group_names(lab_store, "Pilar Ackerman")
    assert {"RTCUniversalReadOnlyAdmins", "CSHelpDesk"} <= _group_names(lab_store, "Aidan Delaney")
    assert _group_names(lab_store, "Ken Myer") == set()
    # Guy Gilbert is only in RedmondHelpDesk, which is nested in CSHelpDesk.
    assert _group_names(lab_store, "Guy Gilbert") == {"RedmondHelpDesk", "CSHelpDesk"}


def test_groups_of_survives_cycles(lab_store):
    lab_store._begin_write()
    conn = lab_store._conn
    ids = dict(conn.execute(text("SELECT sam_key, id FROM groups")).all())
    conn.execute(text("INSERT INTO group_memberships (id, group_id, member_group_id) "
                      "VALUES (9001, :a, :b)"),
                 {"a": ids["redmondhelpdesk"], "b": ids["cshelpdesk"]})
    assert _group_names(lab_store, "Guy Gilbert") == {"RedmondHelpDesk", "CSHelpDesk"}
    lab_store.rollback()


STANDARD = ["CsAdministrator", "CsUserAdministrator", "CsVoiceAdministrator",
            "CsServerAdministrator", "CsViewOnlyAdministrator", "CsHelpDesk",
            "CsArchivingAdministrator", "CsResponseGroupAdministrator",
            "CsLocationAdministrator", "CsResponseGroupManager", "CsPersistentChatAdministrator"]


def test_standard_roles(lab_store):
    roles = list(lab_store.roles.iterate())
    assert [r.identity for r in roles] == STANDARD
    for r in roles:
        assert isinstance(r.cmdlets, tuple) and r.cmdlets
        assert r.user_scopes == ("Global",) and r.config_scopes == ("Global",)
        assert r.script_modules == () and r.is_standard_role is True
        group = lab_store.directory.find_group(r.identity)
        assert group is not None and group.sid == r.sid
        assert lab_store.roles.get_by_sid(r.sid) == r
    by_id = {r.identity: r for r in roles}
    assert "Revoke-CsClientCertificate" in by_id["CsAdministrator"].cmdlets
    assert len(by_id["CsAdministrator"].cmdlets) == 24
    helpdesk = by_id["CsHelpDesk"].cmdlets
    assert {"Lock-CsClientPin", "Unlock-CsClientPin", "Get-CsUser"} <= set(helpdesk)
    assert "Set-CsClientPin" not in helpdesk and "Revoke-CsClientCertificate" not in helpdesk
    assert all(c.startswith("Get-") for c in by_id["CsViewOnlyAdministrator"].cmdlets)
    user_admin = set(by_id["CsUserAdministrator"].cmdlets)
    assert {"Enable-CsUser", "Revoke-CsClientCertificate", "Set-CsClientPin",
            "Grant-CsPinPolicy"} <= user_admin
    assert "Set-CsPinPolicy" not in user_admin and "New-CsAdminRole" not in user_admin
    assert lab_store.roles.get("cshelpdesk") == by_id["CsHelpDesk"]
    assert lab_store.roles.get("NoSuchRole") is None
    assert lab_store.roles.get_by_sid("S-1-5-21-0-0-0-1") is None


def test_pin_policy_defaults(lab_store):
    row = lab_store._conn.execute(text(
        "SELECT identity, min_password_length, pin_history_count, pin_lifetime, "
        "allow_common_patterns, maximum_logon_attempts, description FROM pin_policies "
        "WHERE identity_key = 'global'")).all()
    assert [tuple(r) for r in row] == [("Global", 5, 0, 0, False, None, None)] or \
        [tuple(r) for r in row] == [("Global", 5, 0, 0, 0, None, None)]
    lab_store.rollback()


# -- schema / migrations / import hygiene -------------------------------------------------

def test_migrations_match_models(lab_store):
    from alembic.autogenerate import compare_metadata
    from alembic.migration import MigrationContext
    from lyncshell.store.models import Base

    with lab_store.engine.connect() as conn:
        diffs = compare_metadata(MigrationContext.configure(conn), Base.metadata)
    assert diffs == []


def test_schema_head_constant_is_alembic_head():
    from alembic.config import Config
    from alembic.script import ScriptDirectory
    from lyncshell.store.schema import MIGRATIONS_DIR, SCHEMA_HEAD

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    assert ScriptDirectory.from_config(config).get_current_head() == SCHEMA_HEAD


def test_interfaces_do_not_import_sqlalchemy():
    code = ("import sys, lyncshell.store, lyncshell.store.records, lyncshell.store.interfaces;"
            "print(sorted(m for m in sys.modules if m.split('.')[0] in "
            "('sqlalchemy', 'alembic', 'psycopg')))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


def test_opening_existing_sqlite_lab_skips_alembic_and_psycopg(tmp_path):
    url = f"sqlite:///{tmp_path / 'lab.db'}"
    open_store(url).close()
    code = ("import sys; from lyncshell.store import open_store;"
            f"s = open_store({url!r}); n = s.users.count(); s.close();"
            "print(n, sorted({m.split('.')[0] for m in sys.modules} & {'alembic', 'psycopg'}))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "19 []"


def test_sqlite_pragmas(tmp_path):
    store = open_store(f"sqlite:///{tmp_path / 'lab.db'}")
    try:
        conn = store._conn
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert conn.exec_driver_sql("PRAGMA synchronous").scalar() == 1  # NORMAL
        assert conn.exec_driver_sql("PRAGMA busy_timeout").scalar() >= 1000
        store.rollback()
    finally:
        store.close()


def test_sqlite_write_transaction_takes_lock_up_front(tmp_path):
    """A writing store holds BEGIN IMMEDIATE; a second writer waits (here: times out)."""
    import sqlite3

    path = tmp_path / "lab.db"
    store = open_store(f"sqlite:///{path}")
    try:
        store.certificates.revoke_all(ken(store).id)     # write intent, nothing sent yet
        other = sqlite3.connect(path, timeout=0.05, isolation_level=None)
        with pytest.raises(sqlite3.OperationalError, match="locked"):
            other.execute("BEGIN IMMEDIATE")
        assert other.execute("SELECT count(*) FROM users").fetchone()[0] == 21  # readers fine
        store.commit()
        other.execute("BEGIN IMMEDIATE")
        other.execute("ROLLBACK")
        other.close()
    finally:
        store.close()
