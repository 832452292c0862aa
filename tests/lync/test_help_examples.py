"""Every cmdlet of the Lync family (and the AD cmdlets it leans on) documents
examples in our own words: Get-Help <cmdlet> -Examples is never empty."""
from __future__ import annotations

import pytest

from lyncshell.cmdlets.ad import AD_CMDLETS
from lyncshell.cmdlets.lync import LYNC_CMDLETS

FAMILY = {
    "Get-CsUser", "Enable-CsUser", "Disable-CsUser", "Set-CsUser", "Get-CsAdUser",
    "Get-CsClientCertificate", "Revoke-CsClientCertificate", "Get-CsClientPinInfo",
    "Set-CsClientPin", "Lock-CsClientPin", "Unlock-CsClientPin", "Get-CsPinPolicy",
    "Set-CsPinPolicy", "New-CsPinPolicy", "Remove-CsPinPolicy", "Grant-CsPinPolicy",
    "Test-CsPhoneBootstrap", "Test-CsClientAuth", "Test-CsClientAuthentication",
    "Get-CsAdminRole", "New-CsAdminRole", "Set-CsAdminRole", "Remove-CsAdminRole",
    "Get-CsAdminRoleAssignment",
}
CMDLETS = {c.name: c for c in LYNC_CMDLETS + tuple(AD_CMDLETS)}


def test_the_family_is_registered() -> None:
    assert FAMILY <= set(CMDLETS)


@pytest.mark.parametrize("name", sorted(CMDLETS))
def test_help_has_examples_with_explanations(name: str) -> None:
    help_ = CMDLETS[name].help
    assert help_ is not None and help_.synopsis
    assert help_.examples, f"{name} has no examples"
    for example in help_.examples:
        assert name in example.code or name.split("-", 1)[1] in example.code, example.code
        assert example.remarks.strip()
