"""Plain immutable records: what the store hands out and what flows down pipelines.

These never carry ORM state, so a pipeline can hold them after the session that
read them has moved on. Field names are Python's; the cmdlets layer maps them to
the Lync property names (DisplayName, SipAddress, ...).
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime


@dataclass(frozen=True, slots=True)
class UserRecord:
    """A directory user account (Lync-enabled or not)."""

    id: int
    guid: str
    sid: str
    sam_account_name: str          # kenmyer
    domain: str                    # litwareinc (NetBIOS name)
    user_principal_name: str       # kenmyer@litwareinc.com
    display_name: str              # Ken Myer
    first_name: str
    last_name: str
    distinguished_name: str        # CN=Ken Myer,OU=Redmond,DC=litwareinc,DC=com
    ou: str                        # OU=Redmond,DC=litwareinc,DC=com (parent container)
    email: str | None
    sip_address: str | None        # sip:kenmyer@litwareinc.com; None when not Lync-enabled
    registrar_pool: str | None     # atl-cs-001.litwareinc.com; None = unassigned
    enabled: bool                  # Lync "Enabled" (may log on)
    enterprise_voice_enabled: bool
    line_uri: str | None           # tel:+14255550101;ext=0101
    phone_number: str | None       # +14255550101 (digits the phone bootstrap uses)
    extension: str | None          # 0101
    city: str | None               # LDAP l=
    department: str | None
    title: str | None
    pin_policy: str | None         # per-user PIN policy name or None
    when_created: datetime
    when_changed: datetime


@dataclass(frozen=True, slots=True)
class CertificateRecord:
    """A client certificate published on the server for a user."""

    id: int
    user_id: int
    user_sip_address: str          # the certificate owner's SIP URI
    serial_number: str             # hex
    thumbprint: str                # SHA-1 hex, upper case
    subject: str
    publication_time: datetime
    expiration_time: datetime
    device_type: str | None        # e.g. "Lync Phone Edition"


@dataclass(frozen=True, slots=True)
class GroupRecord:
    """A directory security group."""

    id: int
    sam_account_name: str          # RTCUniversalServerAdmins, CsHelpDesk
    sid: str
    distinguished_name: str
    scope: str                     # Universal | Global | DomainLocal
    description: str


@dataclass(frozen=True, slots=True)
class AdminRoleRecord:
    """An RBAC role (Get-CsAdminRole); Identity equals its group's SamAccountName."""

    identity: str
    sid: str
    cmdlets: tuple[str, ...]
    user_scopes: tuple[str, ...]   # "Global" or "OU:ou=Redmond,dc=litwareinc,dc=com"
    config_scopes: tuple[str, ...] # "Global" or "site:Redmond"
    script_modules: tuple[str, ...]
    is_standard_role: bool


@dataclass(frozen=True, slots=True)
class OrganizationalUnitRecord:
    distinguished_name: str        # OU=Finance,OU=North America,DC=litwareinc,DC=com
    name: str


@dataclass(frozen=True, slots=True)
class PoolRecord:
    fqdn: str                      # atl-cs-001.litwareinc.com
    site: str                      # Redmond
    role: str                      # Registrar


@dataclass(frozen=True, slots=True)
class SiteRecord:
    identity: str                  # site:Redmond
    name: str
    site_id: int
