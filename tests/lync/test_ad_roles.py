"""AD module cmdlets and RBAC role cmdlets against the real store (both backends),
driven through the harness registry (AD_CMDLETS are not in the shell registry yet)."""
from __future__ import annotations

import pytest

from harness import Named, lab
from lyncshell.cmdlets.errors import PSRuntimeError
from lyncshell.cmdlets.lang.values import Hashtable
from lyncshell.cmdlets.lync.credentials import SecureString
from lyncshell.cmdlets.lync.pinhash import verify_secret
from lyncshell.cmdlets.lync.roles import apply_list_modifier


@pytest.fixture
def store(shared_lab_store):
    shared_lab_store.initialize_lab()
    shared_lab_store.commit()
    yield shared_lab_store
    shared_lab_store.rollback()


def test_list_modifier() -> None:
    assert apply_list_modifier(("a",), Hashtable([("Add", "b")])) == ("a", "b")
    assert apply_list_modifier(("a", "b"), Hashtable([("Remove", "A")])) == ("b",)
    assert apply_list_modifier(("a",), Hashtable([("Replace", ["x", "y"])])) == ("x", "y")
    assert apply_list_modifier(("a",), "z") == ("z",)
    with pytest.raises(ValueError):
        apply_list_modifier(("a",), Hashtable([("Append", "b")]))


def test_new_ad_user_with_password_then_enable(store) -> None:
    run = lab(store, ("New-ADUser", "Jane Doe", "-SamAccountName", "janedoe", "-GivenName", "Jane",
                      "-Surname", "Doe", "-Path", "OU=Redmond,DC=litwareinc,DC=com",
                      "-AccountPassword", SecureString("Pass@word1"), "-PassThru"))
    assert not run.errors, run.messages
    (ad,) = run.output
    assert ad.user_record.distinguished_name == "CN=Jane Doe,OU=Redmond,DC=litwareinc,DC=com"
    assert verify_secret("Pass@word1", store.users.password_hash(ad.user_record.id))
    got = lab(store, ("Get-ADUser", "janedoe")).output
    assert got[0].user_record.id == ad.user_record.id
    run = lab(store, ("Enable-CsUser", "Jane Doe", "-RegistrarPool", "atl-cs-001.litwareinc.com",
                      "-SipAddressType", "UserPrincipalName", "-PassThru"))
    assert run.output[0].sip_address == "sip:janedoe@litwareinc.com"
    assert len(lab(store, ("Get-ADUser", "-Filter", "*")).output) > \
        len(lab(store, ("Get-CsUser",)).output)


def test_ad_user_objects_bind_to_lync_identity(store) -> None:
    ad = lab(store, ("Get-ADUser", "kenmyer")).output
    run = lab(store, ("Lock-CsClientPin",), input=ad)
    assert not run.errors and store.pins.state(ad[0].user_record.id).locked


def test_set_ad_user_and_password(store) -> None:
    lab(store, ("Set-ADUser", "kenmyer", "-Department", "Sales", "-Title", "Manager"))
    user = store.users.find("Ken Myer")[0]
    assert (user.department, user.title) == ("Sales", "Manager")
    lab(store, ("Set-ADAccountPassword", "kenmyer", "-Reset", "-NewPassword", SecureString("N3w@Pass")))
    assert verify_secret("N3w@Pass", store.users.password_hash(user.id))


def test_custom_role_lifecycle(store) -> None:
    with pytest.raises(PSRuntimeError, match="no universal security group"):  # no group yet
        lab(store, ("New-CsAdminRole", "-Identity", "RedmondHelpDeskAdmins", "-Template",
                    "CsHelpDesk"))
    lab(store, ("New-ADGroup", "-Name", "RedmondHelpDeskAdmins", "-GroupScope", "Universal"))
    run = lab(store, ("New-CsAdminRole", "-Identity", "RedmondHelpDeskAdmins", "-Template",
                      "CsHelpDesk", "-UserScopes", "OU:ou=Redmond,dc=litwareinc,dc=com"))
    (role,) = run.output
    assert role.user_scopes == ("OU:ou=Redmond,dc=litwareinc,dc=com",)
    assert "Lock-CsClientPin" in role.cmdlets and not role.is_standard_role
    lab(store, ("Set-CsAdminRole", "RedmondHelpDeskAdmins", "-ConfigScopes",
                Hashtable([("Replace", "site:Redmond")])))
    lab(store, ("Set-CsAdminRole", "RedmondHelpDeskAdmins", "-ConfigScopes",
                Hashtable([("Add", "site:Dublin")])))
    assert store.roles.get("RedmondHelpDeskAdmins").config_scopes == ("site:Redmond", "site:Dublin")
    run = lab(store, ("Set-CsAdminRole", "RedmondHelpDeskAdmins", "-ConfigScopes",
                      Hashtable([("Remove", ["site:Redmond", "site:Dublin"])])))
    assert "at least one config scope" in run.messages[0]
    lab(store, ("Add-ADGroupMember", "RedmondHelpDeskAdmins", "kenmyer"))
    assert lab(store, ("Get-CsAdminRoleAssignment", "kenmyer")).output == ["RedmondHelpDeskAdmins"]
    lab(store, ("Remove-CsAdminRole", "RedmondHelpDeskAdmins", Named("Confirm", False)))
    assert store.roles.get("RedmondHelpDeskAdmins") is None


def test_new_role_errors(store) -> None:
    with pytest.raises(PSRuntimeError, match="no universal security group"):
        lab(store, ("New-CsAdminRole", "NoSuchGroup", "-Template", "CsHelpDesk"))
    lab(store, ("New-ADGroup", "-Name", "CSHelpDesk2", "-GroupScope", "Universal"))
    with pytest.raises(PSRuntimeError, match="not a standard role"):
        lab(store, ("New-CsAdminRole", "CSHelpDesk2", "-Template", "Nope"))
    lab(store, ("New-ADGroup", "-Name", "GlobalGroup", "-GroupScope", "Global"))
    with pytest.raises(PSRuntimeError, match="no universal security group"):
        lab(store, ("New-CsAdminRole", "GlobalGroup", "-Template", "CsHelpDesk"))
    with pytest.raises(PSRuntimeError, match="not a valid config scope"):
        lab(store, ("New-CsAdminRole", "CSHelpDesk2", "-Template", "CsHelpDesk",
                    "-ConfigScopes", "Redmond"))


def test_standard_roles_cannot_change_or_go(store) -> None:
    run = lab(store, ("Set-CsAdminRole", "CsHelpDesk", "-Cmdlets", Hashtable([("Add", "Set-CsUser")])))
    assert run.errors[0].error_id == "StandardRole"
    run = lab(store, ("Remove-CsAdminRole", "CsHelpDesk", Named("Confirm", False)))
    assert run.errors[0].error_id == "StandardRole"


def test_remove_role_prompts_by_default(store) -> None:
    lab(store, ("New-ADGroup", "-Name", "TempAdmins", "-GroupScope", "Universal"))
    lab(store, ("New-CsAdminRole", "TempAdmins", "-Template", "CsViewOnlyAdministrator"))
    with pytest.raises(PSRuntimeError, match="NonInteractive"):
        lab(store, ("Remove-CsAdminRole", "TempAdmins"))
    assert store.roles.get("TempAdmins") is not None


def test_role_assignment_needs_sam_account_name(store) -> None:
    assert lab(store, ("Get-CsAdminRoleAssignment", "pilar")).output == ["CsUserAdministrator"]
    assert lab(store, ("Get-CsAdminRoleAssignment", "guygilbert")).output == ["CsHelpDesk"]
    run = lab(store, ("Get-CsAdminRoleAssignment", "Pilar Ackerman"))
    assert run.errors and not run.output


def test_group_members_and_ou(store) -> None:
    members = lab(store, ("Get-ADGroupMember", "CSHelpDesk", "-Recursive")).output
    assert {m.user_record.sam_account_name for m in members} == {"aidandelaney", "guygilbert"}
    run = lab(store, ("New-ADOrganizationalUnit", "Sales", "-Path", "OU=Redmond,DC=litwareinc,DC=com",
                      "-PassThru"))
    assert run.output[0].distinguished_name == "OU=Sales,OU=Redmond,DC=litwareinc,DC=com"
