"""UserRepository.query, user writes and PIN state, on both backends."""
from __future__ import annotations

from datetime import datetime, timedelta

import pytest
from sqlalchemy import text

from lyncshell.store.records import UserCondition as C
from lyncshell.store.records import UserQuery as Q


def sams(users) -> set[str]:
    return {u.sam_account_name for u in users}


def q(store, query, **kw) -> set[str]:
    return sams(store.users.query(query, **kw))


def everyone(store) -> list:
    return list(store.users.iterate(lync_enabled_only=False))


# -- query: every op ---------------------------------------------------------------

def test_eq_bool_and_string_case_insensitive(lab_store):
    ev = q(lab_store, Q(all_of=(C("enterprise_voice_enabled", "eq", True),)))
    assert ev == {u.sam_account_name for u in lab_store.users.iterate()
                  if u.enterprise_voice_enabled}
    assert ev == {"kenmyer", "chrystalvelasquez", "mariafernandes", "tonysmith", "guygilbert"}
    assert q(lab_store, C("enterprise_voice_enabled", "eq", "$True")) == ev
    assert q(lab_store, C("enterprise_voice_enabled", "ne", True)) == sams(
        lab_store.users.iterate()) - ev
    ldap = Q(all_of=(C("city", "eq", "REDMOND"), C("department", "eq", "finance")))
    assert q(lab_store, ldap) == {"kenmyer", "chrystalvelasquez", "kimakers"}
    assert q(lab_store, C("display_name", "eq", "ken MYER")) == {"kenmyer"}
    assert q(lab_store, C("sip_address", "eq", "SIP:KenMyer@litwareinc.com")) == {"kenmyer"}


def test_ne_includes_missing_values(lab_store):
    # Administrator has no city; `ne` matches it as $null -ne 'Redmond' is true.
    got = q(lab_store, C("city", "ne", "redmond"), lync_enabled_only=False)
    assert "Administrator" in got and "kenmyer" not in got
    assert got == {u.sam_account_name for u in everyone(lab_store) if u.city != "Redmond"}


def test_like_notlike_wildcards(lab_store):
    assert q(lab_store, C("display_name", "like", "* smith")) == {"lisasmith", "tonysmith"}
    assert q(lab_store, C("display_name", "like", "PILAR*")) == {"pilar"}
    assert q(lab_store, C("sam_account_name", "like", "?enmyer")) == {"kenmyer"}
    assert q(lab_store, C("title", "like", "*desk*")) == {"aidandelaney", "guygilbert"}
    assert q(lab_store, C("display_name", "like", "[kt]*")) == {"kenmyer", "kimakers", "tonysmith"}
    assert q(lab_store, C("display_name", "like", "[a-c]*")) == {"aidandelaney", "annbeebe",
                                                                  "chrystalvelasquez"}
    # LIKE metacharacters are literal; backtick escapes a wildcard.
    assert q(lab_store, C("display_name", "like", "Ken_Myer")) == set()
    assert q(lab_store, C("display_name", "like", "Ken%")) == set()
    assert q(lab_store, C("display_name", "like", "Ken`*")) == set()
    lync = sams(lab_store.users.iterate())
    assert q(lab_store, C("display_name", "notlike", "* smith")) == lync - {"lisasmith",
                                                                            "tonysmith"}
    assert q(lab_store, C("title", "notlike", "*")) == set()


def test_unicode_case_insensitive(lab_store):
    assert q(lab_store, C("first_name", "eq", "FRANÇOIS")) == {"francoisajenstat"}
    assert q(lab_store, C("first_name", "like", "franç*")) == {"francoisajenstat"}
    assert q(lab_store, C("display_name", "like", "*ÇOIS*")) == {"francoisajenstat"}


def test_ordering_ops(lab_store):
    assert q(lab_store, C("last_name", "lt", "b")) == {"pilar", "francoisajenstat", "ellenadams",
                                                        "kimakers"}
    assert q(lab_store, C("last_name", "le", "ACKERMAN")) == {"pilar"}
    assert q(lab_store, C("last_name", "gt", "v")) == {"chrystalvelasquez"}
    assert q(lab_store, C("last_name", "ge", "Velasquez")) == {"chrystalvelasquez"}
    k = lab_store.users.find("Ken Myer")[0]
    after = q(lab_store, C("when_created", "gt", k.when_created))
    assert "kenmyer" not in after and "pilar" in after
    assert q(lab_store, C("when_created", "le", k.when_created.isoformat())) == {"kenmyer"}
    assert q(lab_store, C("id", "eq", str(k.id))) == {"kenmyer"}


def test_present_absent(lab_store):
    no_pool = q(lab_store, C("registrar_pool", "absent"))
    assert no_pool == {"jhaas"}
    assert q(lab_store, C("registrar_pool", "present")) == sams(lab_store.users.iterate()) - {"jhaas"}
    assert q(lab_store, C("sip_address", "absent"), lync_enabled_only=False) == {
        "Administrator", "jeffhay"}
    assert q(lab_store, C("city", "eq", None), lync_enabled_only=False) == {"Administrator"}
    assert q(lab_store, C("enabled", "present")) == sams(lab_store.users.iterate())
    assert q(lab_store, C("enabled", "absent")) == set()


def test_nesting_negation_and_scoping(lab_store):
    redmond_or_paris = Q(any_of=(C("city", "eq", "Redmond"), C("city", "eq", "Paris")))
    finance = Q(all_of=(C("department", "eq", "Finance"), redmond_or_paris))
    assert q(lab_store, finance) == {"kenmyer", "chrystalvelasquez", "kimakers", "mariafernandes"}
    not_finance = Q(all_of=(redmond_or_paris,), any_of=(
        Q(all_of=(C("department", "eq", "Finance"),), negate=True),))
    assert q(lab_store, not_finance) == q(lab_store, redmond_or_paris) - q(lab_store, finance)
    # Negating a condition on a nullable attribute is exact (two-valued logic).
    assert q(lab_store, Q(all_of=(C("city", "eq", "Redmond"),), negate=True),
             lync_enabled_only=False) == q(lab_store, C("city", "ne", "Redmond"),
                                           lync_enabled_only=False)
    assert q(lab_store, Q()) == sams(lab_store.users.iterate())
    assert q(lab_store, Q(negate=True)) == set()
    assert q(lab_store, C("department", "eq", "Finance"),
             ou="OU=North America,DC=litwareinc,DC=com") == {"aidandelaney", "mariafernandes",
                                                            "niamhbyrne"}
    assert "jeffhay" in q(lab_store, C("city", "eq", "Redmond"), lync_enabled_only=False)
    assert "jeffhay" not in q(lab_store, C("city", "eq", "Redmond"))


def test_unknown_attribute_and_bad_values(lab_store):
    with pytest.raises(ValueError, match="LineServerURI.*nonsense|nonsense.*LineServerURI"):
        lab_store.users.query(Q(all_of=(C("nonsense", "eq", 1),), any_of=(
            C("LineServerURI", "eq", "x"),)))
    with pytest.raises(ValueError, match="operator"):
        lab_store.users.query(C("city", "matches", "x"))
    with pytest.raises(ValueError):
        lab_store.users.query(C("enabled", "eq", "maybe"))
    with pytest.raises(ValueError):
        lab_store.users.query(C("enabled", "like", "T*"))
    with pytest.raises(ValueError):
        lab_store.users.query(C("when_created", "lt", "yesterday"))


def test_query_streams_in_id_order_with_limit(lab_store):
    lab_store.initialize_lab(extra_users=45)
    cond = C("city", "eq", "redmond")
    got = list(lab_store.users.query(cond, batch_size=7))
    ids = [u.id for u in got]
    assert ids == sorted(ids) and len(ids) == len(set(ids))
    assert len(got) == 45 + len({u for u in q(lab_store, cond) if not u.startswith("labuser")})
    assert [u.id for u in lab_store.users.query(cond, limit=10, batch_size=3)] == ids[:10]
    assert list(lab_store.users.query(cond, limit=0)) == []
    # Writes between batches (the Get-CsUser -Filter | Set-CsUser shape) are fine.
    n = 0
    for user in lab_store.users.query(C("department", "eq", "Lab"), batch_size=4):
        lab_store.users.update(user.id, title="Tester")
        n += 1
    assert n == 45
    lab_store.commit()
    assert len(list(lab_store.users.query(C("title", "eq", "tester")))) == 45


# -- user writes ---------------------------------------------------------------------

def test_create_user_and_lookup_keys(lab_store):
    when = datetime(2013, 3, 1, 12, 0, 0)
    u = lab_store.users.create(
        sam_account_name="JaneDoe", display_name="Jane Doe", first_name="Jane",
        last_name="Doe", ou="ou=redmond,dc=litwareinc,dc=com", password_hash="h$1",
        city="Redmond", when_created=when, when_changed=when)
    assert (u.domain, u.user_principal_name, u.ou, u.distinguished_name) == (
        "litwareinc", "JaneDoe@litwareinc.com", "OU=Redmond,DC=litwareinc,DC=com",
        "CN=Jane Doe,OU=Redmond,DC=litwareinc,DC=com")
    assert u.sip_address is None and u.when_created == when and u.enabled is True
    assert u.sid.startswith("S-1-5-21-1573807623-1597889489-1765977225-")
    assert lab_store.users.password_hash(u.id) == "h$1"
    for form in ("jane doe", "litwareinc\\janedoe", "JANEDOE@litwareinc.com",
                 "cn=jane doe,ou=redmond,dc=litwareinc,dc=com"):
        assert [x.id for x in lab_store.users.find(form)] == [u.id]
    assert lab_store.users.count() == 19  # not Lync-enabled
    with pytest.raises(ValueError):
        lab_store.users.create(sam_account_name="janedoe", display_name="Other", first_name="",
                               last_name="", ou="CN=Users,DC=litwareinc,DC=com")
    with pytest.raises(ValueError):
        lab_store.users.create(sam_account_name="x", display_name="X", first_name="",
                               last_name="", ou="OU=Nowhere,DC=litwareinc,DC=com")
    with pytest.raises(ValueError, match="bogus"):
        lab_store.users.create(sam_account_name="y", display_name="Y", first_name="",
                               last_name="", ou="CN=Users,DC=litwareinc,DC=com", bogus=1)
    lab_store.commit()
    v = lab_store.users.create(sam_account_name="comma", display_name="Doe, John",
                               first_name="John", last_name="Doe",
                               ou="CN=Users,DC=litwareinc,DC=com")
    assert v.distinguished_name == "CN=Doe\\, John,CN=Users,DC=litwareinc,DC=com"
    assert v.id > u.id and v.sid != u.sid
    lab_store.rollback()
    assert lab_store.users.find("Doe, John") == []
    assert lab_store.users.find("Jane Doe")[0].id == u.id


def test_enable_update_disable_keeps_keys_in_sync(lab_store):
    lab_store.clock = lambda: datetime(2014, 1, 2, 3, 4, 5)
    (jeff,) = lab_store.users.find("Jeff Hay")
    assert jeff.sip_address is None
    on = lab_store.users.update(jeff.id, sip_address="sip:Jeff.Hay@litwareinc.com",
                                registrar_pool="atl-cs-001.litwareinc.com", enabled=True)
    assert on.sip_address == "sip:Jeff.Hay@litwareinc.com"
    assert on.when_changed == datetime(2014, 1, 2, 3, 4, 5)
    assert [u.id for u in lab_store.users.find("sip:jeff.hay@LITWAREINC.com")] == [jeff.id]
    assert lab_store.users.count() == 20
    renamed = lab_store.users.update(jeff.id, display_name="Jeffrey Hay",
                                     sam_account_name="jhay")
    assert lab_store.users.find("Jeff Hay") == []
    assert [u.id for u in lab_store.users.find("jeffrey hay")] == [jeff.id]
    assert [u.id for u in lab_store.users.find("litwareinc\\JHAY")] == [jeff.id]
    assert renamed.distinguished_name == jeff.distinguished_name  # CN is not the display name
    moved = lab_store.users.update(jeff.id, ou="ou=finance,dc=litwareinc,dc=com")
    assert moved.distinguished_name == "CN=Jeff Hay,OU=Finance,DC=litwareinc,DC=com"
    assert moved.ou == "OU=Finance,DC=litwareinc,DC=com"
    assert [u.id for u in lab_store.users.find(moved.distinguished_name.upper())] == [jeff.id]
    assert jeff.id in {u.id for u in lab_store.users.iterate(ou="OU=Finance,DC=litwareinc,DC=com")}
    off = lab_store.users.update(jeff.id, sip_address=None, registrar_pool=None)
    assert off.sip_address is None and lab_store.users.find("sip:jeff.hay@litwareinc.com") == []
    lab_store.commit()
    # The shadow columns match the values (what a fresh key computation gives).
    row = lab_store._conn.execute(text(
        "SELECT sam_key, display_key, dn_key, ou_key, sip_key FROM users WHERE id = :i"),
        {"i": jeff.id}).one()
    assert tuple(row) == ("jhay", "jeffrey hay", off.distinguished_name.lower(),
                          off.ou.lower(), None)
    lab_store.rollback()


def test_update_validation_is_all_or_nothing(lab_store):
    (ken,) = lab_store.users.find("Ken Myer")
    with pytest.raises(ValueError):
        lab_store.users.update(ken.id, sip_address="sip:pilar@litwareinc.com", title="X")
    with pytest.raises(ValueError, match="guid"):
        lab_store.users.update(ken.id, guid="x")
    with pytest.raises(ValueError):
        lab_store.users.update(ken.id, display_name=None)
    with pytest.raises(ValueError):
        lab_store.users.update(ken.id, enabled="yes")
    with pytest.raises(ValueError):
        lab_store.users.update(ken.id, sip_address="kenmyer@litwareinc.com")
    with pytest.raises(KeyError):
        lab_store.users.update(999_999, title="X")
    lab_store.commit()  # nothing half-done was left in the transaction
    assert lab_store.users.get(ken.id) == ken
    same = lab_store.users.update(ken.id, sip_address="SIP:KENMYER@litwareinc.com")
    assert same.sip_address == "SIP:KENMYER@litwareinc.com"  # own address, other case: fine
    lab_store.users.update(ken.id, password_hash="p$2")
    assert lab_store.users.password_hash(ken.id) == "p$2"
    lab_store.rollback()
    assert lab_store.users.get(ken.id) == ken


def test_find_by_phone_and_extension(lab_store):
    assert sams(lab_store.users.find_by_phone("14255550101")) == {"kenmyer"}
    assert sams(lab_store.users.find_by_phone("tel:+14255550101")) == {"kenmyer"}
    assert sams(lab_store.users.find_by_extension("0101")) == {"kenmyer"}
    assert lab_store.users.find_by_extension("9999") == []
    lync = list(lab_store.users.iterate())
    assert all(u.phone_number and u.extension and u.line_uri for u in lync)


# -- PIN state -----------------------------------------------------------------------

T0 = datetime(2013, 5, 1, 9, 0, 0)


def test_pin_set_history_and_counters(lab_store):
    (kim,) = lab_store.users.find("Kim Akers")
    pins = lab_store.pins
    s = pins.state(kim.id)
    assert s.pin_hash is None and not s.locked and s.failed_local == 0
    assert s.user_sip_address == "sip:kimakers@litwareinc.com"
    for n in range(1, 5):
        pins.set_pin(kim.id, f"h{n}", set_time=T0 + timedelta(days=n), expiration_time=None,
                     history_limit=3)
    assert pins.history(kim.id) == ["h4", "h3", "h2"]
    pins.set_pin(kim.id, "h5", set_time=T0 + timedelta(days=9),
                 expiration_time=T0 + timedelta(days=99), history_limit=1)
    assert pins.history(kim.id) == ["h5"]
    s = pins.state(kim.id)
    assert (s.pin_hash, s.pin_set_time, s.pin_expiration_time) == (
        "h5", T0 + timedelta(days=9), T0 + timedelta(days=99))
    pins.set_pin(kim.id, "h6", set_time=T0 + timedelta(days=10), expiration_time=None,
                 history_limit=0)
    assert pins.history(kim.id) == []
    pins.record_failure(kim.id, at=T0, local_limit=5, global_limit=50)
    pins.lock(kim.id)
    pins.set_pin(kim.id, "h7", set_time=T0, expiration_time=None, history_limit=0)
    s = pins.state(kim.id)
    assert s.failed_local == s.failed_global == 0 and s.locked  # set does not unlock
    pins.unlock(kim.id)
    assert not pins.state(kim.id).locked
    lab_store.rollback()
    assert pins.state(kim.id).pin_hash is None and pins.history(kim.id) == []
    with pytest.raises(KeyError):
        pins.state(999_999)


def test_local_lockout_window_and_expiry(lab_store):
    (kim,) = lab_store.users.find("Kim Akers")
    pins = lab_store.pins
    at = T0
    for n in range(1, 3):
        s = pins.record_failure(kim.id, at=at, local_limit=3, global_limit=100)
        assert (s.failed_local, s.failed_global, s.locked_until) == (n, n, None)
        at += timedelta(minutes=10)
    # 30 minutes after the last failure the local count starts again (global does not).
    at += timedelta(minutes=30)
    s = pins.record_failure(kim.id, at=at, local_limit=3, global_limit=100)
    assert (s.failed_local, s.failed_global) == (1, 3)
    s = pins.record_failure(kim.id, at=at + timedelta(minutes=1), local_limit=3, global_limit=100)
    s = pins.record_failure(kim.id, at=at + timedelta(minutes=2), local_limit=3, global_limit=100)
    assert s.failed_local == 3 and s.locked_until == at + timedelta(minutes=62)
    assert not s.locked and s.last_failure_time == at + timedelta(minutes=2)
    # During the lockout attempts are refused uncounted.
    t = pins.record_failure(kim.id, at=at + timedelta(minutes=30), local_limit=3, global_limit=100)
    assert t == s
    # After it, counting starts again from one.
    s = pins.record_failure(kim.id, at=at + timedelta(minutes=62), local_limit=3, global_limit=100)
    assert (s.failed_local, s.failed_global, s.locked_until) == (1, 6, None)
    pins.record_success(kim.id)
    s = pins.state(kim.id)
    assert (s.failed_local, s.failed_global) == (0, 6)
    lab_store.commit()
    pins.unlock(kim.id)
    s = pins.state(kim.id)
    assert (s.failed_local, s.failed_global, s.locked, s.locked_until) == (0, 0, False, None)
    lab_store.rollback()


def test_global_lockout_until_admin_unlock(lab_store):
    (kim,) = lab_store.users.find("Kim Akers")
    pins = lab_store.pins
    at = T0
    for n in range(1, 5):
        s = pins.record_failure(kim.id, at=at, local_limit=10, global_limit=4,
                                lockout_minutes=5)
        at += timedelta(hours=2)  # each failure in its own window
    assert s.locked and s.failed_global == 4 and s.failed_local == 1
    later = pins.record_failure(kim.id, at=at + timedelta(days=30), local_limit=10,
                                global_limit=4)
    assert later == s  # still locked, nothing counted
    pins.unlock(kim.id)
    s = pins.record_failure(kim.id, at=at + timedelta(days=31), local_limit=10, global_limit=4)
    assert not s.locked and (s.failed_local, s.failed_global) == (1, 1)
    lab_store.rollback()


def test_seeded_pin_states(lab_store):
    def state(name):
        (u,) = lab_store.users.find(name)
        return lab_store.pins.state(u.id)
    ken = state("Ken Myer")
    assert ken.pin_hash.startswith("pbkdf2_sha256$100000$")
    assert ken.pin_set_time == datetime(2012, 9, 25, 13, 35, 3)
    assert ken.pin_expiration_time is None and not ken.locked
    assert state("Tony Smith").locked
    assert state("David Longmuir").pin_expiration_time < datetime(2013, 1, 1)
    assert state("Aidan Delaney").pin_hash is None
    (ellen,) = lab_store.users.find("Ellen Adams")
    assert ellen.pin_policy == "RedmondPinPolicy"
    hist = lab_store.pins.history(ellen.id)
    assert len(hist) == 2 and hist[0] == state("Ellen Adams").pin_hash
