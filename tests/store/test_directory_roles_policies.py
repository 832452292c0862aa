"""Directory writes, role CRUD, PIN policies, settings, certificates' PEM, migration 0001->0002
and seed secrets, on both backends."""
from __future__ import annotations

from dataclasses import replace
from datetime import datetime

import pytest
from sqlalchemy import text

from lyncshell.store import open_store
from lyncshell.store.records import AdminRoleRecord, GroupRecord, PinPolicyRecord, UserRecord


def user(store, name) -> UserRecord:
    (u,) = store.users.find(name)
    return u


# -- directory -------------------------------------------------------------------------

def test_groups_nested_membership_and_ous(lab_store):
    d = lab_store.directory
    ou = d.create_organizational_unit(name="Help Desk", parent="ou=redmond,dc=litwareinc,dc=com")
    assert ou.distinguished_name == "OU=Help Desk,OU=Redmond,DC=litwareinc,DC=com"
    assert ou in d.organizational_units()
    top = d.create_organizational_unit(name="Paris", parent="DC=litwareinc,DC=com")
    assert top.distinguished_name == "OU=Paris,DC=litwareinc,DC=com"
    with pytest.raises(ValueError):
        d.create_organizational_unit(name="help desk", parent="OU=Redmond,DC=litwareinc,DC=com")
    with pytest.raises(ValueError):
        d.create_organizational_unit(name="X", parent="OU=Nowhere,DC=litwareinc,DC=com")

    outer = d.create_group(name="RedmondAdmins", ou=ou.distinguished_name, scope="universal",
                           description="Redmond admins")
    inner = d.create_group(name="RedmondTier2", ou=ou.distinguished_name, scope="GLOBAL")
    local = d.create_group(name="RedmondLocal", ou="CN=Users,DC=litwareinc,DC=com",
                           scope="DomainLocal")
    assert (outer.scope, inner.scope, local.scope) == ("Universal", "Global", "DomainLocal")
    assert outer.distinguished_name == "CN=RedmondAdmins,OU=Help Desk,OU=Redmond,DC=litwareinc,DC=com"
    assert d.find_group("redmondadmins") == outer
    assert outer.sid != inner.sid and outer.sid.startswith("S-1-5-21-1573807623-")
    with pytest.raises(ValueError):
        d.create_group(name="redmondADMINS", ou=ou.distinguished_name)
    with pytest.raises(ValueError):
        d.create_group(name="Bad", ou=ou.distinguished_name, scope="Planetary")

    ken, pilar = user(lab_store, "Ken Myer"), user(lab_store, "Pilar Ackerman")
    d.add_member(outer.id, member_group_id=inner.id)
    d.add_member(inner.id, user_id=ken.id)
    d.add_member(inner.id, user_id=ken.id)          # already a member: no change
    d.add_member(outer.id, user_id=pilar.id)
    d.add_member(inner.id, member_group_id=outer.id)  # a cycle is allowed
    with pytest.raises(ValueError):
        d.add_member(outer.id, member_group_id=outer.id)
    with pytest.raises(ValueError):
        d.add_member(outer.id, user_id=ken.id, member_group_id=inner.id)
    with pytest.raises(ValueError):
        d.add_member(outer.id, user_id=999_999)
    direct = d.members_of(outer.id)
    assert [type(x) for x in direct] == [UserRecord, GroupRecord]
    assert [x.id for x in direct] == [pilar.id, inner.id]
    assert [u.id for u in d.members_of(outer.id, recursive=True)] == sorted([ken.id, pilar.id])
    assert {g.sam_account_name for g in d.groups_of(ken.id)} == {"RedmondAdmins", "RedmondTier2"}
    assert d.remove_member(outer.id, user_id=pilar.id) is True
    assert d.remove_member(outer.id, user_id=pilar.id) is False
    assert [u.id for u in d.members_of(outer.id, recursive=True)] == [ken.id]
    lab_store.commit()
    # A user can be created in the new OU and is found under its parent.
    u = lab_store.users.create(sam_account_name="hd1", display_name="Help Desk One",
                               first_name="Help", last_name="One", ou=ou.distinguished_name)
    assert u.id in {x.id for x in lab_store.users.iterate(
        lync_enabled_only=False, ou="OU=Redmond,DC=litwareinc,DC=com")}
    lab_store.rollback()


def test_new_sids_are_deterministic(lab_url):
    def make(store):
        g = store.directory.create_group(name="VoiceAdmins", ou="CN=Users,DC=litwareinc,DC=com")
        u = store.users.create(sam_account_name="newbie", display_name="New Bie",
                               first_name="New", last_name="Bie",
                               ou="CN=Users,DC=litwareinc,DC=com",
                               when_created=datetime(2013, 1, 1), when_changed=datetime(2013, 1, 1))
        store.commit()
        return g, u
    store = open_store(lab_url)
    try:
        first = make(store)
        store.initialize_lab()
        assert make(store) == first
    finally:
        store.close()


# -- roles ---------------------------------------------------------------------------------

def test_role_crud(lab_store):
    roles = lab_store.roles
    d = lab_store.directory
    group = d.create_group(name="RedmondHelpDeskRole", ou="OU=Redmond,DC=litwareinc,DC=com")
    template = roles.get("CsHelpDesk")
    new = roles.create(replace(template, identity="RedmondHelpDeskRole", sid="",
                               user_scopes=("OU:ou=Redmond,dc=litwareinc,dc=com",)))
    assert new.sid == group.sid and new.is_standard_role is False
    assert new.cmdlets == template.cmdlets
    assert new.user_scopes == ("OU:ou=Redmond,dc=litwareinc,dc=com",)
    assert roles.get_by_sid(group.sid) == new
    assert [r.identity for r in roles.iterate()][-1] == "RedmondHelpDeskRole"
    with pytest.raises(ValueError, match="exists"):
        roles.create(new)
    with pytest.raises(ValueError):
        roles.create(AdminRoleRecord("NoSuchGroup", "", (), ("Global",), ("Global",), (), False))

    changed = roles.update("redmondhelpdeskrole", config_scopes=["site:1"],
                           cmdlets=("Get-CsUser",), script_modules=("a.ps1", "b.ps1"))
    assert changed.config_scopes == ("site:1",) and changed.cmdlets == ("Get-CsUser",)
    assert changed.script_modules == ("a.ps1", "b.ps1") and changed.sid == group.sid
    with pytest.raises(ValueError):
        roles.update("RedmondHelpDeskRole", sid="S-1-0")
    with pytest.raises(ValueError, match="standard"):
        roles.update("CsHelpDesk", cmdlets=("Get-CsUser",))
    assert roles.update("CsHelpDesk", script_modules=("x.ps1",)).script_modules == ("x.ps1",)
    with pytest.raises(KeyError):
        roles.update("NoSuchRole", cmdlets=())
    with pytest.raises(ValueError, match="standard"):
        roles.remove("CsAdministrator")
    roles.remove("REDMONDHELPDESKROLE")
    assert roles.get("RedmondHelpDeskRole") is None
    assert d.find_group("RedmondHelpDeskRole") == group   # the group stays
    with pytest.raises(KeyError):
        roles.remove("RedmondHelpDeskRole")
    lab_store.commit()
    assert len(list(roles.iterate())) == 11


# -- PIN policies --------------------------------------------------------------------------

def test_seeded_pin_policies_and_precedence(lab_store):
    pp = lab_store.pin_policies
    assert [p.identity for p in pp.iterate()] == ["Global", "site:Redmond", "RedmondPinPolicy"]
    g = pp.get("global")
    assert (g.min_password_length, g.pin_history_count, g.pin_lifetime,
            g.allow_common_patterns, g.maximum_logon_attempts) == (5, 0, 0, False, None)
    assert pp.get("SITE:redmond").min_password_length == 6
    assert pp.get("tag:redmondpinpolicy").identity == "RedmondPinPolicy"
    ellen, ken, aidan, jhaas = (user(lab_store, n) for n in
                                ("Ellen Adams", "Ken Myer", "Aidan Delaney", "Jonathan Haas"))
    assert pp.effective_for(ellen).identity == "RedmondPinPolicy"    # per-user
    assert pp.effective_for(ken).identity == "site:Redmond"          # site of his pool
    assert pp.effective_for(aidan).identity == "Global"              # Dublin: no site policy
    assert pp.effective_for(jhaas).identity == "Global"              # no pool
    dublin = pp.save(PinPolicyRecord("site:DUBLIN", "Dublin", 8, 2, 30, True, 25))
    assert dublin.identity == "site:Dublin" and dublin.allow_common_patterns is True
    assert pp.effective_for(aidan) == dublin
    # A removed per-user policy falls back to the site's.
    pp.remove("RedmondPinPolicy")
    assert pp.effective_for(ellen).identity == "site:Redmond"
    with pytest.raises(KeyError):
        pp.remove("RedmondPinPolicy")
    lab_store.commit()


def test_pin_policy_save_replace_and_global_reset(lab_store):
    pp = lab_store.pin_policies
    pp.save(PinPolicyRecord("GLOBAL", "changed", 8, 3, 10, True, 7))
    assert pp.get("Global") == PinPolicyRecord("Global", "changed", 8, 3, 10, True, 7)
    assert len(list(pp.iterate())) == 3
    pp.remove("global")
    assert pp.get("Global") == PinPolicyRecord("Global", None, 5, 0, 0, False, None)
    tag = pp.save(PinPolicyRecord("tag:FinancePins", None, 4, 0, 0, False, None))
    assert tag.identity == "FinancePins"
    assert pp.save(replace(tag, min_password_length=9)).min_password_length == 9
    assert [p.identity for p in pp.iterate()][-1] == "FinancePins"
    with pytest.raises(ValueError):
        pp.save(PinPolicyRecord("site:Atlantis", None, 5, 0, 0, False, None))
    with pytest.raises(ValueError):
        pp.save(PinPolicyRecord("Tooshort", None, 3, 0, 0, False, None))
    with pytest.raises(ValueError):
        pp.save(PinPolicyRecord("Toomany", None, 5, 0, 0, False, 0))
    lab_store.rollback()
    assert pp.get("FinancePins") is None


# -- settings, certificates -----------------------------------------------------------------

def test_settings(lab_store):
    s = lab_store.settings
    assert s.get("lab_ca_certificate") is None
    pem = "-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----\n"
    s.set("lab_ca_certificate", pem)
    assert s.get("lab_ca_certificate") == pem
    s.set("lab_ca_certificate", "other")
    assert s.get("lab_ca_certificate") == "other"
    lab_store.commit()
    assert s.get("seed_version") == "2"
    assert s.remove("lab_ca_certificate") is True and s.remove("lab_ca_certificate") is False
    with pytest.raises(ValueError):
        s.set("x" * 65, "v")
    lab_store.rollback()
    assert s.get("lab_ca_certificate") == "other"


def test_certificate_pem_round_trip(lab_store):
    ken = user(lab_store, "Ken Myer")
    assert all(c.certificate_pem is None for c in lab_store.certificates.for_user(ken.id))
    pem = "-----BEGIN CERTIFICATE-----\nABC\n-----END CERTIFICATE-----\n"
    cert = lab_store.certificates.issue(
        ken.id, serial_number="0F", thumbprint="EF" * 20, subject="CN=sip:kenmyer@litwareinc.com",
        publication_time=datetime(2013, 1, 1), expiration_time=datetime(2013, 6, 30),
        certificate_pem=pem)
    assert cert.certificate_pem == pem
    lab_store.commit()
    assert lab_store.certificates.for_user(ken.id)[-1].certificate_pem == pem


# -- migration 0001 -> 0002 ------------------------------------------------------------------

def test_existing_0001_lab_upgrades_in_place(lab_url):
    from lyncshell.store import schema
    from lyncshell.store.engine import create_lab_engine

    engine = create_lab_engine(lab_url)
    try:
        with engine.connect() as conn:  # a lab as the previous release left it
            schema.upgrade(conn, "0001_initial")
            conn.execute(text(
                "INSERT INTO users (id, guid, sid, sam_account_name, domain, user_principal_name,"
                " display_name, first_name, last_name, distinguished_name, ou, sip_address,"
                " enabled, enterprise_voice_enabled, when_created, when_changed, sam_key,"
                " domain_key, upn_key, display_key, dn_key, ou_key, sip_key, pin_locked,"
                " pin_failed_local, pin_failed_global) VALUES (7, 'g', 'S-1', 'old', 'litwareinc',"
                " 'old@litwareinc.com', 'Old Timer', 'Old', 'Timer', 'CN=Old Timer,CN=Users',"
                " 'CN=Users', 'sip:old@litwareinc.com', true, false, '2012-01-01 00:00:00',"
                " '2012-01-01 00:00:00', 'old', 'litwareinc', 'old@litwareinc.com', 'old timer',"
                " 'cn=old timer,cn=users', 'cn=users', 'sip:old@litwareinc.com', false, 0, 0)"))
            conn.execute(text(
                "INSERT INTO client_certificates (user_id, serial_number, thumbprint, subject,"
                " publication_time, expiration_time) VALUES (7, '01', 'AA', 'CN=x',"
                " '2012-01-01 00:00:00', '2012-07-01 00:00:00')"))
            conn.execute(text("INSERT INTO lab_settings (key, value) VALUES ('seed_version', '1')"))
            conn.commit()
            assert schema.current_revision(conn) == "0001_initial"
            conn.rollback()
    finally:
        engine.dispose()
    store = open_store(lab_url)   # migrates, does not reseed
    try:
        with store.engine.connect() as conn:
            assert schema.current_revision(conn) == schema.SCHEMA_HEAD == "0002_passwords_pem"
        (old,) = store.users.find("sip:old@litwareinc.com")
        assert old.display_name == "Old Timer" and store.users.count() == 1
        assert store.users.password_hash(old.id) is None
        (cert,) = store.certificates.for_user(old.id)
        assert cert.certificate_pem is None
        assert store.seed_info()["seed_version"] == "1"
        store.users.update(old.id, password_hash="x")
        store.certificates.issue(old.id, serial_number="02", thumbprint="BB", subject="CN=x",
                                 publication_time=datetime(2013, 1, 1),
                                 expiration_time=datetime(2013, 2, 1), certificate_pem="PEM")
        store.commit()
        assert store.users.password_hash(old.id) == "x"
    finally:
        store.close()


# -- seed secrets ---------------------------------------------------------------------------

def test_seed_password_and_pin_hashes_are_the_documented_secrets():
    from lyncshell.store import seed_secrets as ss

    assert ss.LAB_PASSWORD == "Pass@word1"
    for sam, h in ss.PASSWORD_HASHES.items():
        assert h == ss.kdf_hash(ss.LAB_PASSWORD, ss.salt_for("password", sam)), sam
    assert ss.EXTRA_PASSWORD_HASH == ss.kdf_hash(ss.LAB_PASSWORD, ss.salt_for("password", "labuser"))
    for owner, h in ss.PIN_HASHES.items():
        assert h == ss.kdf_hash(ss.LAB_PINS[owner], ss.salt_for("pin", owner)), owner
    assert ss.PASSWORD_HASHES["kenmyer"].split("$")[:2] == ["pbkdf2_sha256", "100000"]


def test_seeded_users_have_passwords_and_seed_is_deterministic(lab_store):
    from lyncshell.store import seed_secrets as ss

    lab_store.initialize_lab(extra_users=3)
    users = list(lab_store.users.iterate(lync_enabled_only=False))
    hashes = {u.sam_account_name: lab_store.users.password_hash(u.id) for u in users}
    assert all(hashes.values())
    assert hashes["kenmyer"] == ss.PASSWORD_HASHES["kenmyer"]
    assert hashes["labuser000002"] == ss.EXTRA_PASSWORD_HASH
    pins = [lab_store.pins.state(u.id) for u in users]
    policies = list(lab_store.pin_policies.iterate())
    lab_store.initialize_lab(extra_users=3)
    assert [lab_store.pins.state(u.id) for u in users] == pins
    assert list(lab_store.pin_policies.iterate()) == policies
    assert {u.sam_account_name: lab_store.users.password_hash(u.id) for u in users} == hashes
