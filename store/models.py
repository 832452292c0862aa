"""SQLAlchemy 2 typed models of the lab.

Identity lookups are case-insensitive on every backend, so each looked-up text has a
lower-cased shadow column (`*_key`) filled in Python (`str.lower()`, Unicode aware; SQLite's
own lower() only folds ASCII) and indexed with a plain index. `key_columns()` is the one
place that computes them; ORM writes get them through a mapper event, Core bulk inserts
call it explicitly.

The schema itself is created and changed only by the alembic revisions in `migrations/`;
these models are what the revisions must produce (a test compares them).
"""
from __future__ import annotations

from datetime import datetime

from sqlalchemy import (Boolean, CheckConstraint, DateTime, ForeignKey, Index, Integer,
                        MetaData, String, Text, UniqueConstraint, event)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column


class Base(DeclarativeBase):
    # Named constraints, so later migrations (SQLite batch mode included) can refer to them.
    metadata = MetaData(naming_convention={
        "ix": "ix_%(column_0_label)s",
        "uq": "uq_%(table_name)s_%(column_0_name)s",
        "ck": "ck_%(table_name)s_%(constraint_name)s",
        "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
        "pk": "pk_%(table_name)s",
    })


class Site(Base):
    __tablename__ = "sites"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    site_id: Mapped[int] = mapped_column(Integer, unique=True)     # Lync SiteId (1, 2, ...)
    name: Mapped[str] = mapped_column(String(64), unique=True)     # Redmond
    identity: Mapped[str] = mapped_column(String(80), unique=True)  # site:Redmond


class Pool(Base):
    __tablename__ = "pools"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    fqdn: Mapped[str] = mapped_column(String(255), unique=True)
    fqdn_key: Mapped[str] = mapped_column(String(255), unique=True)
    site_id: Mapped[int] = mapped_column(ForeignKey("sites.id"))
    role: Mapped[str] = mapped_column(String(32), default="Registrar")


class OrganizationalUnit(Base):
    __tablename__ = "organizational_units"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    distinguished_name: Mapped[str] = mapped_column(String(512))
    dn_key: Mapped[str] = mapped_column(String(512), unique=True)
    name: Mapped[str] = mapped_column(String(128))


class User(Base):
    __tablename__ = "users"
    __table_args__ = (
        Index("ix_users_sam_domain", "sam_key", "domain_key"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    guid: Mapped[str] = mapped_column(String(36), unique=True)
    sid: Mapped[str] = mapped_column(String(100), unique=True)
    sam_account_name: Mapped[str] = mapped_column(String(64))
    domain: Mapped[str] = mapped_column(String(64))
    user_principal_name: Mapped[str] = mapped_column(String(255))
    display_name: Mapped[str] = mapped_column(String(255))
    first_name: Mapped[str] = mapped_column(String(64), default="")
    last_name: Mapped[str] = mapped_column(String(64), default="")
    distinguished_name: Mapped[str] = mapped_column(String(512))
    ou: Mapped[str] = mapped_column(String(512))
    email: Mapped[str | None] = mapped_column(String(255))
    sip_address: Mapped[str | None] = mapped_column(String(255))
    registrar_pool: Mapped[str | None] = mapped_column(String(255))
    enabled: Mapped[bool] = mapped_column(Boolean, default=True)
    enterprise_voice_enabled: Mapped[bool] = mapped_column(Boolean, default=False)
    line_uri: Mapped[str | None] = mapped_column(String(255))
    phone_number: Mapped[str | None] = mapped_column(String(32), index=True)
    extension: Mapped[str | None] = mapped_column(String(16), index=True)
    city: Mapped[str | None] = mapped_column(String(128))
    department: Mapped[str | None] = mapped_column(String(128))
    title: Mapped[str | None] = mapped_column(String(128))
    pin_policy: Mapped[str | None] = mapped_column(String(128))
    when_created: Mapped[datetime] = mapped_column(DateTime)
    when_changed: Mapped[datetime] = mapped_column(DateTime)

    # Lower-cased shadow columns for indexed, case-insensitive identity lookup.
    sam_key: Mapped[str] = mapped_column(String(64))
    domain_key: Mapped[str] = mapped_column(String(64))
    upn_key: Mapped[str] = mapped_column(String(255), index=True)
    display_key: Mapped[str] = mapped_column(String(255), index=True)
    dn_key: Mapped[str] = mapped_column(String(512), unique=True)
    ou_key: Mapped[str] = mapped_column(String(512), index=True)
    sip_key: Mapped[str | None] = mapped_column(String(255), unique=True)

    # PIN state (the PIN itself is never stored; only a salted hash).
    pin_hash: Mapped[str | None] = mapped_column(String(255))
    pin_set_time: Mapped[datetime | None] = mapped_column(DateTime)
    pin_expiration_time: Mapped[datetime | None] = mapped_column(DateTime)
    pin_locked: Mapped[bool] = mapped_column(Boolean, default=False)
    pin_locked_until: Mapped[datetime | None] = mapped_column(DateTime)  # temporary (local) lockout
    pin_failed_local: Mapped[int] = mapped_column(Integer, default=0)
    pin_failed_global: Mapped[int] = mapped_column(Integer, default=0)
    pin_last_failure_time: Mapped[datetime | None] = mapped_column(DateTime)

    # Directory password (New-ADUser, Test-CsClientAuth): a salted KDF hash, never the password.
    password_hash: Mapped[str | None] = mapped_column(String(255))


def key_columns(values: dict) -> dict:
    """Fill the lower-cased shadow columns of a users row (a dict of column values)."""
    sip = values.get("sip_address")
    values["sam_key"] = values["sam_account_name"].lower()
    values["domain_key"] = values["domain"].lower()
    values["upn_key"] = values["user_principal_name"].lower()
    values["display_key"] = values["display_name"].lower()
    values["dn_key"] = values["distinguished_name"].lower()
    values["ou_key"] = values["ou"].lower()
    values["sip_key"] = sip.lower() if sip else None
    return values


@event.listens_for(User, "before_insert")
@event.listens_for(User, "before_update")
def _user_keys(mapper, connection, target: User) -> None:
    target.sam_key = target.sam_account_name.lower()
    target.domain_key = target.domain.lower()
    target.upn_key = target.user_principal_name.lower()
    target.display_key = target.display_name.lower()
    target.dn_key = target.distinguished_name.lower()
    target.ou_key = target.ou.lower()
    target.sip_key = target.sip_address.lower() if target.sip_address else None


class PinHistory(Base):
    """Earlier PIN hashes of a user (PINHistoryCount)."""
    __tablename__ = "pin_history"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"), index=True)
    pin_hash: Mapped[str] = mapped_column(String(255))
    set_time: Mapped[datetime] = mapped_column(DateTime)


class ClientCertificate(Base):
    __tablename__ = "client_certificates"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"), index=True)
    serial_number: Mapped[str] = mapped_column(String(64))
    thumbprint: Mapped[str] = mapped_column(String(64))
    subject: Mapped[str] = mapped_column(String(512))
    publication_time: Mapped[datetime] = mapped_column(DateTime)
    expiration_time: Mapped[datetime] = mapped_column(DateTime)
    device_type: Mapped[str | None] = mapped_column(String(64))
    certificate_pem: Mapped[str | None] = mapped_column(Text)


class Group(Base):
    __tablename__ = "groups"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    sam_account_name: Mapped[str] = mapped_column(String(64))
    sam_key: Mapped[str] = mapped_column(String(64), unique=True)
    sid: Mapped[str] = mapped_column(String(100), unique=True)
    distinguished_name: Mapped[str] = mapped_column(String(512))
    scope: Mapped[str] = mapped_column(String(16), default="Universal")
    description: Mapped[str] = mapped_column(Text, default="")


class GroupMembership(Base):
    """One member of a group: a user or a nested group (exactly one of the two)."""
    __tablename__ = "group_memberships"
    __table_args__ = (
        CheckConstraint("(member_user_id IS NULL) <> (member_group_id IS NULL)",
                        name="one_member"),
        UniqueConstraint("group_id", "member_user_id", "member_group_id",
                         name="uq_group_memberships_member"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    group_id: Mapped[int] = mapped_column(ForeignKey("groups.id", ondelete="CASCADE"), index=True)
    member_user_id: Mapped[int | None] = mapped_column(
        ForeignKey("users.id", ondelete="CASCADE"), index=True)
    member_group_id: Mapped[int | None] = mapped_column(
        ForeignKey("groups.id", ondelete="CASCADE"), index=True)


class AdminRole(Base):
    """An RBAC role. List-valued properties are newline-delimited text (order kept)."""
    __tablename__ = "admin_roles"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    identity: Mapped[str] = mapped_column(String(64))
    identity_key: Mapped[str] = mapped_column(String(64), unique=True)
    sid: Mapped[str] = mapped_column(String(100), index=True)
    cmdlets: Mapped[str] = mapped_column(Text, default="")
    user_scopes: Mapped[str] = mapped_column(Text, default="Global")
    config_scopes: Mapped[str] = mapped_column(Text, default="Global")
    script_modules: Mapped[str] = mapped_column(Text, default="")
    is_standard_role: Mapped[bool] = mapped_column(Boolean, default=False)


class PinPolicy(Base):
    """Get-CsPinPolicy: Global, site:<name> or a per-user (tag) policy."""
    __tablename__ = "pin_policies"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    identity: Mapped[str] = mapped_column(String(128))
    identity_key: Mapped[str] = mapped_column(String(128), unique=True)
    description: Mapped[str | None] = mapped_column(Text)
    min_password_length: Mapped[int] = mapped_column(Integer, default=5)
    pin_history_count: Mapped[int] = mapped_column(Integer, default=0)
    pin_lifetime: Mapped[int] = mapped_column(Integer, default=0)
    allow_common_patterns: Mapped[bool] = mapped_column(Boolean, default=False)
    maximum_logon_attempts: Mapped[int | None] = mapped_column(Integer)


class LabSetting(Base):
    """Small key/value facts about the lab (e.g. which seed it was initialized with)."""
    __tablename__ = "lab_settings"

    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str] = mapped_column(Text)


# Delete order for a reset (children first).
ALL_TABLES_CHILD_FIRST = (
    "group_memberships", "pin_history", "client_certificates", "admin_roles", "groups",
    "users", "pin_policies", "pools", "sites", "organizational_units", "lab_settings",
)
