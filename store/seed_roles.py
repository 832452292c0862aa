"""Cmdlet lists of the 11 standard Lync admin roles, as data.

Microsoft documents which tasks each role may do but (apart from CsHelpDesk holding
Lock-/Unlock-CsClientPin, and CsAdministrator holding everything) not which of *our*
cmdlets each role lists. Where Microsoft is silent these lists are our documented
choice (see lync-facts.md section 11, "Standard (predefined) roles").
"""
from __future__ import annotations

#: Every cmdlet the emulator knows, in the order roles list them.
ALL_CMDLETS: tuple[str, ...] = (
    "Get-CsUser", "Enable-CsUser", "Disable-CsUser", "Set-CsUser", "Move-CsUser",
    "Get-CsClientCertificate", "Revoke-CsClientCertificate",
    "Get-CsClientPinInfo", "Set-CsClientPin", "Lock-CsClientPin", "Unlock-CsClientPin",
    "Get-CsPinPolicy", "New-CsPinPolicy", "Set-CsPinPolicy", "Remove-CsPinPolicy",
    "Grant-CsPinPolicy",
    "Get-CsAdminRole", "New-CsAdminRole", "Set-CsAdminRole", "Remove-CsAdminRole",
    "Get-CsAdminRoleAssignment",
    "Test-CsClientAuth", "Test-CsClientAuthentication", "Test-CsPhoneBootstrap",
)

_READ = {c for c in ALL_CMDLETS if c.startswith("Get-")}
_TEST = {c for c in ALL_CMDLETS if c.startswith("Test-")}
_USER_ADMIN = {"Get-CsUser", "Enable-CsUser", "Disable-CsUser", "Set-CsUser", "Move-CsUser",
               "Get-CsClientCertificate", "Revoke-CsClientCertificate",
               "Get-CsClientPinInfo", "Set-CsClientPin", "Lock-CsClientPin",
               "Unlock-CsClientPin", "Grant-CsPinPolicy"}
_PIN_LOCK = {"Lock-CsClientPin", "Unlock-CsClientPin"}
_FEATURE_READ = {"Get-CsUser", "Get-CsAdminRole", "Get-CsAdminRoleAssignment"}


def _ordered(names: set[str]) -> tuple[str, ...]:
    return tuple(c for c in ALL_CMDLETS if c in names)


#: (role Identity, AD group SamAccountName, group RID, cmdlets), in Get-CsAdminRole order.
STANDARD_ROLES: tuple[tuple[str, str, int, tuple[str, ...]], ...] = (
    ("CsAdministrator", "CSAdministrator", 1131, ALL_CMDLETS),
    ("CsUserAdministrator", "CSUserAdministrator", 1132, _ordered(_USER_ADMIN | _READ)),
    ("CsVoiceAdministrator", "CSVoiceAdministrator", 1133, _ordered(_FEATURE_READ)),
    ("CsServerAdministrator", "CSServerAdministrator", 1134, _ordered(_READ | _TEST)),
    ("CsViewOnlyAdministrator", "CSViewOnlyAdministrator", 1135, _ordered(_READ)),
    ("CsHelpDesk", "CSHelpDesk", 1136, _ordered(_READ | _PIN_LOCK | _TEST)),
    ("CsArchivingAdministrator", "CSArchivingAdministrator", 1137, _ordered(_FEATURE_READ)),
    ("CsResponseGroupAdministrator", "CSResponseGroupAdministrator", 1138,
     _ordered(_FEATURE_READ)),
    ("CsLocationAdministrator", "CSLocationAdministrator", 1139, _ordered(_FEATURE_READ)),
    ("CsResponseGroupManager", "CSResponseGroupManager", 1140, _ordered(_FEATURE_READ)),
    ("CsPersistentChatAdministrator", "CSPersistentChatAdministrator", 1141,
     _ordered(_FEATURE_READ)),
)
