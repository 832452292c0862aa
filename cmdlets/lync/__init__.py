"""The Lync Server cmdlets of the emulated Management Shell.

Commands load on first use: the index below names each command's module and
class, so a session that runs `Get-CsUser` never imports the PIN, certificate
or role modules (start-up time). `LYNC_CMDLETS` loads them all.
"""
from __future__ import annotations

from importlib import import_module
from typing import Any

from . import views  # noqa: F401 - registers the record type views

COMMANDS: dict[str, tuple[str, str]] = {
    "Get-CsUser": ("users", "GetCsUser"),
    "Get-CsClientCertificate": ("certificates", "GetCsClientCertificate"),
    "Revoke-CsClientCertificate": ("certificates", "RevokeCsClientCertificate"),
    "Get-CsAdminRole": ("roles", "GetCsAdminRole"),
    "Initialize-CsLab": ("lab", "InitializeCsLab"),
    "Get-CsClientPinInfo": ("pins", "GetCsClientPinInfo"),
    "Set-CsClientPin": ("pins", "SetCsClientPin"),
    "Lock-CsClientPin": ("pins", "LockCsClientPin"),
    "Unlock-CsClientPin": ("pins", "UnlockCsClientPin"),
    "Test-CsPhoneBootstrap": ("synthetic", "TestCsPhoneBootstrap"),
    "Test-CsClientAuthentication": ("synthetic", "TestCsClientAuthentication"),
    "Test-CsClientAuth": ("synthetic", "TestCsClientAuth"),
    "Get-Credential": ("credentials", "GetCredential"),
    "ConvertTo-SecureString": ("credentials", "ConvertToSecureString"),
    "Get-CsPinPolicy": ("pinpolicy", "GetCsPinPolicy"),
    "Set-CsPinPolicy": ("pinpolicy", "SetCsPinPolicy"),
    "New-CsPinPolicy": ("pinpolicy", "NewCsPinPolicy"),
    "Remove-CsPinPolicy": ("pinpolicy", "RemoveCsPinPolicy"),
    "Grant-CsPinPolicy": ("pinpolicy", "GrantCsPinPolicy"),
    "Enable-CsUser": ("users", "EnableCsUser"),
    "Disable-CsUser": ("users", "DisableCsUser"),
    "Set-CsUser": ("users", "SetCsUser"),
    "Get-CsAdUser": ("users", "GetCsAdUser"),
    "New-CsAdminRole": ("roles", "NewCsAdminRole"),
    "Set-CsAdminRole": ("roles", "SetCsAdminRole"),
    "Remove-CsAdminRole": ("roles", "RemoveCsAdminRole"),
    "Get-CsAdminRoleAssignment": ("roles", "GetCsAdminRoleAssignment"),
}


def load(name: str) -> Any:
    module, cls = COMMANDS[name]
    return getattr(import_module(f"{__name__}.{module}"), cls)


def __getattr__(name: str) -> Any:
    if name == "LYNC_CMDLETS":
        return tuple(load(command) for command in COMMANDS)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


__all__ = ["COMMANDS", "LYNC_CMDLETS", "load"]
