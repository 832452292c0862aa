"""ActiveDirectory module cmdlets the Lync documentation leans on (New-ADUser,
New-ADGroup, Add-ADGroupMember ...), over the lab directory. They load on first
use (see cmdlets/lync/__init__.py); `AD_CMDLETS` loads them all."""
from __future__ import annotations

from importlib import import_module
from typing import Any

COMMANDS: dict[str, tuple[str, str]] = {
    name: ("cmdlets", cls) for name, cls in (
        ("New-ADUser", "NewADUser"), ("Get-ADUser", "GetADUser"), ("Set-ADUser", "SetADUser"),
        ("Set-ADAccountPassword", "SetADAccountPassword"), ("New-ADGroup", "NewADGroup"),
        ("Get-ADGroup", "GetADGroup"), ("Add-ADGroupMember", "AddADGroupMember"),
        ("Get-ADGroupMember", "GetADGroupMember"),
        ("New-ADOrganizationalUnit", "NewADOrganizationalUnit"))
}


def load(name: str) -> Any:
    module, cls = COMMANDS[name]
    return getattr(import_module(f"{__name__}.{module}"), cls)


def __getattr__(name: str) -> Any:
    if name == "AD_CMDLETS":
        return tuple(load(command) for command in COMMANDS)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


__all__ = ["AD_CMDLETS", "COMMANDS", "load"]
