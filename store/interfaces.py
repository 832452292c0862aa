"""Repository interfaces: the only face of the store the cmdlets see.

Implementations live in `sql_repositories.py`; cmdlets receive them from the
shell (the composition root) and never import SQLAlchemy.
"""
from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime
from typing import Protocol

from .records import (AdminRoleRecord, CertificateRecord, GroupRecord,
                      OrganizationalUnitRecord, PinPolicyRecord, PinStateRecord, PoolRecord,
                      SiteRecord, UserQuery, UserRecord)


class UserRepository(Protocol):
    def find(self, identity: str, *, allow_wildcard: bool = False) -> list[UserRecord]:
        """Users matching one identity: SIP address (with or without `sip:`), UPN,
        `domain\\logon`, display name or distinguished name; case-insensitive.
        With allow_wildcard, `*` in a display-name form matches any run of characters.
        Returns [] when nothing matches."""

    def get(self, user_id: int) -> UserRecord | None: ...

    def iterate(self, *, lync_enabled_only: bool = True, ou: str | None = None,
                unassigned_only: bool = False, batch_size: int = 1000) -> Iterator[UserRecord]:
        """Stream users in a stable order (by id) without loading all of them."""

    def count(self, *, lync_enabled_only: bool = True) -> int: ...

    def query(self, query: UserQuery, *, lync_enabled_only: bool = True, ou: str | None = None,
              limit: int | None = None, batch_size: int = 1000) -> Iterator[UserRecord]:
        """Stream the users matching a query (Get-CsUser -Filter / -LdapFilter), in SQL."""

    def find_by_phone(self, phone_number: str, extension: str | None = None) -> list[UserRecord]:
        """Users with this phone number, with or without its leading `+` (a `tel:`
        prefix is ignored), and this extension when given."""

    def find_by_extension(self, extension: str) -> list[UserRecord]:
        """Users with this extension (Test-CsPhoneBootstrap -PhoneOrExt given an extension)."""

    def create(self, *, sam_account_name: str, display_name: str, first_name: str,
               last_name: str, ou: str, user_principal_name: str | None = None,
               email: str | None = None, password_hash: str | None = None,
               **attributes: object) -> UserRecord:
        """New-ADUser: a directory account, not Lync-enabled."""

    def update(self, user_id: int, **changes: object) -> UserRecord:
        """Change UserRecord fields (Set-CsUser, Set-ADUser, Enable/Disable-CsUser)
        in one atomic change; keeps the identity lookup keys in sync."""

    def password_hash(self, user_id: int) -> str | None: ...

    def set_password_hash(self, user_id: int, password_hash: str | None) -> None:
        """Set-ADAccountPassword (same hash format as PINs, see PinStateRecord).
        update(user_id, password_hash=...) does the same."""


class CertificateRepository(Protocol):
    def for_user(self, user_id: int) -> list[CertificateRecord]: ...

    def revoke_all(self, user_id: int) -> int:
        """Delete every certificate of the user (one atomic change); returns how many
        there were. May be written behind and batched; any later read sees it."""

    def issue(self, user_id: int, *, serial_number: str, thumbprint: str, subject: str,
              publication_time: datetime, expiration_time: datetime,
              device_type: str | None = None, certificate_pem: str | None = None
              ) -> CertificateRecord: ...


class DirectoryRepository(Protocol):
    def groups_of(self, user_id: int) -> list[GroupRecord]:
        """Groups the user belongs to, directly or through nested groups."""

    def find_group(self, name: str) -> GroupRecord | None: ...
    def groups(self) -> list[GroupRecord]:
        """Every group, by name (Get-ADGroup -Filter)."""
    def create_group(self, *, name: str, ou: str, scope: str = "Universal",
                     description: str = "") -> GroupRecord: ...
    def add_member(self, group_id: int, *, user_id: int | None = None,
                   member_group_id: int | None = None) -> None: ...
    def remove_member(self, group_id: int, *, user_id: int | None = None,
                      member_group_id: int | None = None) -> bool:
        """Remove a direct member; returns whether it was one."""
    def members_of(self, group_id: int, *, recursive: bool = False) -> list[UserRecord | GroupRecord]:
        """Direct members (users, then groups); recursive: all users reached, no groups."""
    def create_organizational_unit(self, *, name: str, parent: str) -> OrganizationalUnitRecord: ...
    def organizational_units(self) -> list[OrganizationalUnitRecord]: ...
    def pools(self) -> list[PoolRecord]: ...
    def sites(self) -> list[SiteRecord]: ...


class AdminRoleRepository(Protocol):
    def iterate(self) -> Iterator[AdminRoleRecord]: ...
    def get(self, identity: str) -> AdminRoleRecord | None: ...
    def get_by_sid(self, sid: str) -> AdminRoleRecord | None: ...
    def create(self, role: AdminRoleRecord) -> AdminRoleRecord: ...
    def update(self, identity: str, **changes: object) -> AdminRoleRecord: ...
    def remove(self, identity: str) -> None: ...


class PinRepository(Protocol):
    """PIN state per user. Each method is one atomic change."""

    def state(self, user_id: int) -> PinStateRecord: ...
    def set_pin(self, user_id: int, pin_hash: str, *, set_time: datetime,
                expiration_time: datetime | None, history_limit: int) -> None:
        """Store a new PIN hash; resets lockout counters; keeps the last
        `history_limit` hashes in the PIN history."""
    def history(self, user_id: int) -> list[str]: ...
    def lock(self, user_id: int) -> None: ...
    def unlock(self, user_id: int) -> None:
        """Clears the lock and both failure counters (only an admin unlock resets the global count)."""
    def record_failure(self, user_id: int, *, at: datetime, local_limit: int, global_limit: int,
                       window_minutes: int = 30, lockout_minutes: int = 60) -> PinStateRecord: ...
    def record_success(self, user_id: int) -> None:
        """A successful PIN logon resets the local failure count."""


class PinPolicyRepository(Protocol):
    def iterate(self) -> Iterator[PinPolicyRecord]: ...
    def get(self, identity: str) -> PinPolicyRecord | None: ...
    def save(self, policy: PinPolicyRecord) -> PinPolicyRecord:
        """Create or replace (by identity, case-insensitive)."""
    def remove(self, identity: str) -> None:
        """Removing "Global" resets it to the defaults instead."""
    def effective_for(self, user: UserRecord) -> PinPolicyRecord:
        """The per-user policy, else the user's site policy (by registrar pool), else Global."""


class SettingsRepository(Protocol):
    """Small lab-wide values: the lab CA key and certificate (PEM), web service
    settings such as DefaultValidityPeriodHours."""

    def get(self, key: str) -> str | None: ...
    def set(self, key: str, value: str) -> None: ...
    def remove(self, key: str) -> bool: ...


class LabStore(Protocol):
    """One open connection to a lab: its repositories plus transaction control.

    Writes are grouped: the runtime calls commit() at pipeline end and before any
    prompt; a failure calls rollback(), which undoes only the uncommitted changes,
    never half of one object's change.
    """

    users: UserRepository
    certificates: CertificateRepository
    directory: DirectoryRepository
    roles: AdminRoleRepository
    pins: PinRepository
    pin_policies: PinPolicyRepository
    settings: SettingsRepository

    def commit(self) -> None: ...
    def rollback(self) -> None: ...
    def close(self) -> None: ...
    def initialize_lab(self, *, extra_users: int = 0) -> None:
        """Drop all lab data and seed the litwareinc.com demo deployment (deterministic),
        plus extra_users synthetic Lync users with certificates."""
