"""PIN policy cmdlets against the in-memory store."""
from __future__ import annotations

import pytest

from fakes import FakeStore
from harness import lab
from lyncshell.cmdlets.errors import PSRuntimeError


def test_get_global_policy_defaults() -> None:
    (policy,) = lab(FakeStore(), ("Get-CsPinPolicy",)).output
    assert (policy.identity, policy.min_password_length, policy.pin_history_count,
            policy.pin_lifetime, policy.allow_common_patterns, policy.maximum_logon_attempts) == \
        ("Global", 5, 0, 0, False, None)


def test_new_site_and_tag_policies_and_filter() -> None:
    store = FakeStore()
    run = lab(store, ("New-CsPinPolicy", "-Identity", "site:redmond", "-MinPasswordLength", 7))
    assert run.output[0].identity == "site:Redmond" and not run.errors
    lab(store, ("New-CsPinPolicy", "RedmondPinPolicy", "-PINHistoryCount", 5, "-PINLifetime", 60))
    tags = lab(store, ("Get-CsPinPolicy", "-Filter", "tag:*")).output
    assert [p.identity for p in tags] == ["RedmondPinPolicy"]
    assert lab(store, ("Get-CsPinPolicy", "Tag:RedmondPinPolicy")).output[0].pin_lifetime == 60


@pytest.mark.parametrize("args,error_id", [
    (("global",), "GlobalPolicyExists"),
    (("site:Atlantis",), "SiteNotFound"),
    (("Bad", "-PINLifetime", 10), "InvalidPinPolicy"),
])
def test_new_policy_errors_change_nothing(args, error_id) -> None:
    store = FakeStore()
    run = lab(store, ("New-CsPinPolicy", *args))
    assert run.errors[0].error_id == error_id
    assert len(list(store.pin_policies.iterate())) == 1


def test_new_existing_policy_is_an_error() -> None:
    store = FakeStore()
    lab(store, ("New-CsPinPolicy", "site:Redmond"))
    assert lab(store, ("New-CsPinPolicy", "site:Redmond")).errors[0].error_id == "PolicyExists"


@pytest.mark.parametrize("param,value", [("MinPasswordLength", 3), ("MinPasswordLength", 25),
                                         ("PINHistoryCount", 21), ("PINLifetime", 1000),
                                         ("MaximumLogonAttempts", 0)])
def test_ranges_are_binding_errors(param, value) -> None:
    store = FakeStore()
    with pytest.raises(PSRuntimeError, match="Cannot validate argument"):
        lab(store, ("Set-CsPinPolicy", f"-{param}", value))


def test_set_changes_only_given_settings_and_checks_the_lifetime_rule() -> None:
    store = FakeStore()
    lab(store, ("Set-CsPinPolicy", "-MaximumLogonAttempts", 3))
    assert store.pin_policies.get("Global").maximum_logon_attempts == 3
    run = lab(store, ("Set-CsPinPolicy", "-Identity", "global", "-PINLifetime", 30))
    assert run.errors[0].error_id == "InvalidPinPolicy"
    assert store.pin_policies.get("Global").pin_lifetime == 0
    lab(store, ("Set-CsPinPolicy", "-PINHistoryCount", 2, "-PINLifetime", 30))
    policy = store.pin_policies.get("Global")
    assert (policy.pin_history_count, policy.pin_lifetime, policy.maximum_logon_attempts) == (2, 30, 3)
    lab(store, ("Set-CsPinPolicy", "-MaximumLogonAttempts", None))
    assert store.pin_policies.get("Global").maximum_logon_attempts is None


def test_remove_global_resets_and_remove_site_deletes() -> None:
    store = FakeStore()
    lab(store, ("Set-CsPinPolicy", "-MinPasswordLength", 8))
    lab(store, ("New-CsPinPolicy", "site:Redmond"))
    lab(store, ("Remove-CsPinPolicy", "global"))
    lab(store, ("Remove-CsPinPolicy", "site:Redmond"))
    assert [p.identity for p in store.pin_policies.iterate()] == ["Global"]
    assert store.pin_policies.get("Global").min_password_length == 5
    assert lab(store, ("Remove-CsPinPolicy", "site:Redmond")).errors[0].error_id == "ItemNotFound"


def test_grant_and_revoke_assignment() -> None:
    store = FakeStore()
    lab(store, ("New-CsPinPolicy", "RedmondPinPolicy", "-MinPasswordLength", 8))
    run = lab(store, ("Grant-CsPinPolicy", "Ken Myer", "RedmondPinPolicy", "-PassThru"))
    assert run.output[0].pin_policy == "RedmondPinPolicy"
    assert store.pin_policies.effective_for(store.users.get(2)).min_password_length == 8
    assert lab(store, ("Set-CsClientPin", "Ken Myer", "48213")).errors[0].error_id == "InvalidPin"
    lab(store, ("Grant-CsPinPolicy", "-Identity", "Ken Myer", "-PolicyName", None))
    assert store.users.get(2).pin_policy is None
    run = lab(store, ("Grant-CsPinPolicy", "Ken Myer", "global"))
    assert run.errors[0].error_id == "InvalidPolicy"
