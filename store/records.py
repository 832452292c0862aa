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
    certificate_pem: str | None = None  # the X.509 certificate the server published


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


@dataclass(frozen=True, slots=True)
class PinStateRecord:
    """A user's PIN state (what Get-CsClientPinInfo shows, plus the lockout
    counters the authentication tests need). The PIN itself is never here:
    only its salted hash, which no cmdlet prints.

    Hash format (PINs and directory passwords alike; the seed writes it and the cmdlets
    layer must produce and verify the same):
        "pbkdf2_sha256$<iterations>$<salt hex>$<hash hex>"
    where hash = hashlib.pbkdf2_hmac("sha256", secret.encode("utf-8"), salt, iterations),
    iterations = 100000 and salt = 16 random bytes (the seed derives its salts
    deterministically). Verify by re-deriving with the stored iterations and salt and
    comparing with hmac.compare_digest.

    Lockout (PinRepository.record_failure): `locked` is set by Lock-CsClientPin or by
    reaching the global limit and only unlock() clears it; `locked_until` is the end of a
    temporary lockout after reaching the local limit. IsLockedOut at time t is
    `locked or (locked_until is not None and t < locked_until)`."""

    user_id: int
    user_sip_address: str | None
    pin_hash: str | None            # "<kdf>$<params>$<salt>$<hash>" or None when no PIN is set
    pin_set_time: datetime | None   # LastPinChangeTime
    pin_expiration_time: datetime | None
    locked: bool                    # locked by an administrator or by the global limit
    locked_until: datetime | None   # temporary (local) lockout end
    failed_local: int               # failures in the current observation window
    failed_global: int              # failures since the last unlock
    last_failure_time: datetime | None


@dataclass(frozen=True, slots=True)
class PinPolicyRecord:
    identity: str                   # "Global", "site:Redmond", "RedmondPinPolicy" (tag)
    description: str | None
    min_password_length: int        # MinPasswordLength, 4-24, default 5
    pin_history_count: int          # PINHistoryCount, 0-20, default 0
    pin_lifetime: int               # PINLifetime (days), 0-999, default 0
    allow_common_patterns: bool     # AllowCommonPatterns, default False
    maximum_logon_attempts: int | None  # MaximumLogonAttempts, 1-999; None = by PIN length


@dataclass(frozen=True, slots=True)
class UserCondition:
    """One condition of a user query, which the store translates to SQL.

    attribute: a UserRecord field name (display_name, city, enterprise_voice_enabled ...)
    op: "eq", "ne", "like" (PowerShell wildcards * ?), "notlike", "lt", "le", "gt", "ge",
        "present" (value ignored: attribute is not null/empty), "absent"
    """

    attribute: str
    op: str
    value: object = None


@dataclass(frozen=True, slots=True)
class UserQuery:
    """A boolean combination of conditions: `all_of` are ANDed, each group in
    `any_of` is ORed then ANDed with the rest; `negate` wraps the whole query."""

    all_of: tuple["UserCondition | UserQuery", ...] = ()
    any_of: tuple["UserCondition | UserQuery", ...] = ()
    negate: bool = False
