"""Repository interfaces: the only face of the store the cmdlets see.

Implementations live in `sql_repositories.py`; cmdlets receive them from the
shell (the composition root) and never import SQLAlchemy.
"""
from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime
from typing import Protocol

from .records import (AdminRoleRecord, CertificateRecord, GroupRecord,
                      OrganizationalUnitRecord, PoolRecord, SiteRecord, UserRecord)


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


class CertificateRepository(Protocol):
    def for_user(self, user_id: int) -> list[CertificateRecord]: ...

    def revoke_all(self, user_id: int) -> int:
        """Delete every certificate of the user (one atomic change); returns how many
        there were. May be written behind and batched; any later read sees it."""

    def issue(self, user_id: int, *, serial_number: str, thumbprint: str, subject: str,
              publication_time: datetime, expiration_time: datetime,
              device_type: str | None = None) -> CertificateRecord: ...


class DirectoryRepository(Protocol):
    def groups_of(self, user_id: int) -> list[GroupRecord]:
        """Groups the user belongs to, directly or through nested groups."""

    def find_group(self, name: str) -> GroupRecord | None: ...
    def organizational_units(self) -> list[OrganizationalUnitRecord]: ...
    def pools(self) -> list[PoolRecord]: ...
    def sites(self) -> list[SiteRecord]: ...


class AdminRoleRepository(Protocol):
    def iterate(self) -> Iterator[AdminRoleRecord]: ...
    def get(self, identity: str) -> AdminRoleRecord | None: ...
    def get_by_sid(self, sid: str) -> AdminRoleRecord | None: ...


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

    def commit(self) -> None: ...
    def rollback(self) -> None: ...
    def close(self) -> None: ...
    def initialize_lab(self, *, extra_users: int = 0) -> None:
        """Drop all lab data and seed the litwareinc.com demo deployment (deterministic),
        plus extra_users synthetic Lync users with certificates."""
