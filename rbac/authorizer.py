"""Authorization in Lync's two modes.

Local session (someone logged on to a Lync server running the Management
Shell): RBAC does not apply; the RTCUniversal* groups named in each cmdlet's
"who can run" line decide. Remote session: the principal's RBAC roles decide,
by cmdlet list, and per target object by user scope (OU) and config scope.
Deny by default.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Protocol

from .principals import Principal


@dataclass(frozen=True, slots=True)
class Decision:
    allowed: bool
    reason: str = ""


ALLOW = Decision(True)


@dataclass(frozen=True, slots=True)
class Role:
    """What the authorizer needs of an RBAC role."""

    identity: str
    cmdlets: frozenset[str]            # lower-cased cmdlet names
    user_scopes: tuple[str, ...]       # "Global" or "OU:<dn>"
    config_scopes: tuple[str, ...]


class Authorizer(Protocol):
    def authorize_command(self, principal: Principal, command: str,
                          local_groups: tuple[str, ...]) -> Decision: ...

    def authorize_target(self, principal: Principal, command: str,
                         target_dn: str | None) -> Decision: ...


class LocalAuthorizer:
    """The local Management Shell: group membership against "who can run"."""

    def authorize_command(self, principal: Principal, command: str,
                          local_groups: tuple[str, ...]) -> Decision:
        if not local_groups or principal.in_any(local_groups):
            return ALLOW
        return Decision(False, ", ".join(local_groups))

    def authorize_target(self, principal: Principal, command: str,
                         target_dn: str | None) -> Decision:
        return ALLOW


class RoleAuthorizer:
    """A remote session: the roles whose groups the principal is in."""

    def __init__(self, roles: list[Role]) -> None:
        self.roles = roles

    def _held(self, principal: Principal) -> list[Role]:
        return [r for r in self.roles if principal.in_group(r.identity)]

    def authorize_command(self, principal: Principal, command: str,
                          local_groups: tuple[str, ...]) -> Decision:
        if not local_groups:
            return ALLOW  # language cmdlets (Where-Object ...) are not Lync cmdlets
        key = command.lower()
        if any(key in r.cmdlets for r in self._held(principal)):
            return ALLOW
        return Decision(False, "no role includes " + command)

    def authorize_target(self, principal: Principal, command: str,
                         target_dn: str | None) -> Decision:
        key = command.lower()
        for role in self._held(principal):
            if key not in role.cmdlets:
                continue
            if target_dn is None or _in_user_scopes(target_dn, role.user_scopes):
                return ALLOW
        return Decision(False, "the target is outside the user scopes of your roles")


def _in_user_scopes(dn: str, scopes: tuple[str, ...]) -> bool:
    lowered = dn.lower().replace(" ", "")
    for scope in scopes:
        if scope.lower() == "global":
            return True
        if scope.lower().startswith("ou:"):
            ou = scope[3:].strip().lower().replace(" ", "")
            if lowered.endswith("," + ou) or lowered == ou:
                return True
    return False
