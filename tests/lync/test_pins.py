"""PIN cmdlets and rules against the in-memory store."""
from __future__ import annotations

from datetime import datetime

import pytest

from harness import lab
from fakes import FakeStore
from lyncshell.cmdlets.errors import PSRuntimeError
from lyncshell.cmdlets.lync.pinhash import hash_secret, verify_secret
from lyncshell.cmdlets.lync.pinrules import (DEFAULT_POLICY, generate_pin, has_consecutive_run,
                                             has_repeating_pattern, logon_limits, pin_problem)
from lyncshell.store.records import PinPolicyRecord


def test_hash_format_and_verify() -> None:
    encoded = hash_secret("48213")
    kdf, iterations, salt, digest = encoded.split("$")
    assert (kdf, iterations) == ("pbkdf2_sha256", "100000")
    assert len(bytes.fromhex(salt)) == 16 and len(bytes.fromhex(digest)) == 32
    assert "48213" not in encoded
    assert verify_secret("48213", encoded)
    assert not verify_secret("48214", encoded)
    assert not verify_secret("48213", None)
    assert not verify_secret("48213", "md5$1$00$00")
    assert hash_secret("48213") != encoded  # fresh salt


@pytest.mark.parametrize("pin", ["225577", "1111", "11122", "1212", "123123", "7777777"])
def test_repeating_patterns(pin: str) -> None:
    assert has_repeating_pattern(pin)


@pytest.mark.parametrize("pin", ["991234", "12345", "98765", "50432109"])
def test_consecutive_runs(pin: str) -> None:
    assert has_consecutive_run(pin)


@pytest.mark.parametrize("pin", ["48213", "90417", "13579", "2846"])
def test_plain_pins_are_not_patterns(pin: str) -> None:
    assert not has_repeating_pattern(pin) and not has_consecutive_run(pin)


def test_pin_problems_name_no_pin() -> None:
    store = FakeStore()
    ken = store.users.get(2)
    for pin in ("48a13", "4821", "225577", "991234", "0101", "14255550101"):
        problem = pin_problem(pin, DEFAULT_POLICY, ken)
        assert problem is not None and pin not in problem
    assert pin_problem("48213", DEFAULT_POLICY, ken) is None
    relaxed = PinPolicyRecord("Global", None, 4, 0, 0, True, None)
    assert pin_problem("1111", relaxed, ken) is None
    assert pin_problem("0101", relaxed, ken) is None


def test_generated_pins_satisfy_the_strict_rules() -> None:
    ken = FakeStore().users.get(2)
    for _ in range(50):
        pin = generate_pin(DEFAULT_POLICY, ken)
        assert len(pin) == 5 and pin_problem(pin, DEFAULT_POLICY, ken) is None


def test_logon_limits_follow_length_and_override() -> None:
    assert logon_limits(DEFAULT_POLICY) == (25, 1000)
    four = PinPolicyRecord("x", None, 4, 0, 0, False, None)
    assert logon_limits(four) == (10, 100)
    assert logon_limits(PinPolicyRecord("x", None, 8, 0, 0, False, 3)) == (3, 5000)


NOW = datetime(2012, 9, 25, 13, 35, 3)


def test_get_pin_info_for_a_user_without_pin() -> None:
    store = FakeStore()
    run = lab(store, ("Get-CsClientPinInfo", "Ken Myer"))
    assert not run.errors
    (info,) = run.output
    assert (info.identity, info.is_pin_set, info.is_locked_out) == \
        ("sip:kenmyer@litwareinc.com", False, False)


def test_set_explicit_pin_stores_only_a_hash_and_outputs_nothing() -> None:
    store = FakeStore()
    run = lab(store, ("Set-CsClientPin", "-Identity", "Ken Myer", "-Pin", "48213"), now=NOW)
    assert not run.errors and run.output == []
    state = store.pins.state(2)
    assert verify_secret("48213", state.pin_hash) and state.pin_set_time == NOW
    assert state.pin_expiration_time is None


def test_set_pin_positional_and_lifetime() -> None:
    store = FakeStore()
    store.pin_policies.save(PinPolicyRecord("Global", None, 5, 3, 30, False, None))
    lab(store, ("Set-CsClientPin", "Ken Myer", "48213"), now=NOW)
    state = store.pins.state(2)
    assert verify_secret("48213", state.pin_hash)
    assert (state.pin_expiration_time - NOW).days == 30
    assert len(store.pins.history(2)) == 1


def test_generated_pin_is_shown_once() -> None:
    store = FakeStore()
    run = lab(store, ("Set-CsClientPin", "-Identity", "Ken Myer"), now=NOW)
    (result,) = run.output
    assert result.identity == "sip:kenmyer@litwareinc.com" and result.pin_reset
    assert verify_secret(result.pin, store.pins.state(2).pin_hash)


@pytest.mark.parametrize("pin", ["48a13", "4821", "225577", "991234", "0101"])
def test_bad_pin_is_an_error_that_changes_nothing_and_hides_the_pin(pin: str) -> None:
    store = FakeStore()
    run = lab(store, ("Set-CsClientPin", "-Identity", "Ken Myer", "-Pin", pin))
    assert store.pins.state(2).pin_hash is None
    (error,) = run.errors
    assert error.error_id == "InvalidPin" and error.category == "InvalidArgument"
    assert pin not in error.message and pin not in str(error.target)
    assert pin not in error.invocation.line_text


def test_history_is_not_enforced_by_set_pin() -> None:
    store = FakeStore()
    store.pin_policies.save(PinPolicyRecord("Global", None, 5, 5, 0, False, None))
    lab(store, ("Set-CsClientPin", "Ken Myer", "48213"))
    run = lab(store, ("Set-CsClientPin", "Ken Myer", "48213"))
    assert not run.errors and len(store.pins.history(2)) == 2


def test_lock_then_set_is_refused_until_unlock() -> None:
    store = FakeStore()
    lab(store, ("Lock-CsClientPin", "Ken Myer"))
    assert store.pins.state(2).locked
    info = lab(store, ("Get-CsClientPinInfo", "Ken Myer")).output[0]
    assert info.is_locked_out
    run = lab(store, ("Set-CsClientPin", "Ken Myer", "48213"))
    assert run.errors[0].error_id == "PinLocked" and store.pins.state(2).pin_hash is None
    lab(store, ("Unlock-CsClientPin", "Ken Myer"))
    assert not lab(store, ("Set-CsClientPin", "Ken Myer", "48213")).errors


def test_pipeline_from_pin_info_unlocks_only_locked_users() -> None:
    store = FakeStore()
    lab(store, ("Lock-CsClientPin", "Ken Myer"))
    infos = lab(store, ("Get-CsClientPinInfo", "*")).output
    assert len(infos) == 4  # Lync-enabled users only
    locked = [i for i in infos if i.is_locked_out]
    run = lab(store, ("Unlock-CsClientPin",), input=locked)
    assert not run.errors and not store.pins.state(2).locked


def test_user_records_bind_by_value() -> None:
    store = FakeStore()
    run = lab(store, ("Lock-CsClientPin",), input=[store.users.get(3)])
    assert not run.errors and store.pins.state(3).locked


def test_whatif_changes_nothing_and_names_the_sip_address_only() -> None:
    store = FakeStore()
    run = lab(store, ("Set-CsClientPin", "Ken Myer", "48213", "-WhatIf"))
    assert store.pins.state(2).pin_hash is None
    assert run.text == ('What if: Performing the operation "Set-CsClientPin" on target '
                        '"sip:kenmyer@litwareinc.com".\n')


def test_directory_only_account_is_not_found() -> None:
    store = FakeStore()
    run = lab(store, ("Get-CsClientPinInfo", "Jeff Hay"))
    assert run.messages == ['Management object not found for identity "Jeff Hay".']


def test_missing_identity_is_a_binding_error() -> None:
    with pytest.raises(PSRuntimeError):
        lab(FakeStore(), ("Lock-CsClientPin",))
