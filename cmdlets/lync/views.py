"""How the store's records look to PowerShell: Lync's type names and property
names, in the order Format-List shows them."""
from __future__ import annotations

from typing import Any

from ...store.records import AdminRoleRecord, CertificateRecord, UserRecord
from ..lang.values import PropertyDef, TypeView, register_view

ADUSER_TYPE = "Microsoft.Rtc.Management.ADConnect.Schema.ADUser"
CERTINFO_TYPE = "Microsoft.Rtc.Management.UserPinService.CertInfoDetails"
ROLE_TYPE = "Microsoft.Rtc.Management.WritableConfig.Settings.Roles.Role"


def _const(value: Any) -> Any:
    return lambda record: value


def _attr(name: str) -> Any:
    from operator import attrgetter
    return attrgetter(name)


# The ADUser property list follows what inventory scripts read from Get-CsUser
# (lync-facts.md §10, inferred set); properties this lab does not model yet
# hold Lync's defaults.
_USER_PROPERTIES: tuple[tuple[str, Any], ...] = (
    ("SamAccountName", _attr("sam_account_name")),
    ("UserPrincipalName", _attr("user_principal_name")),
    ("FirstName", _attr("first_name")),
    ("LastName", _attr("last_name")),
    ("WindowsEmailAddress", _attr("email")),
    ("Sid", _attr("sid")),
    ("LineServerURI", _const("")),
    ("OriginatorSid", _const(None)),
    ("AudioVideoDisabled", _const(False)),
    ("IPPBXSoftPhoneRoutingEnabled", _const(False)),
    ("RemoteCallControlTelephonyEnabled", _const(False)),
    ("PrivateLine", _const(None)),
    ("HostedVoiceMail", _const(None)),
    ("DisplayName", _attr("display_name")),
    ("HomeServer", lambda u: _home_server(u)),
    ("TargetServerIfMoving", _const(None)),
    ("EnabledForFederation", lambda u: u.sip_address is not None),
    ("EnabledForInternetAccess", lambda u: u.sip_address is not None),
    ("PublicNetworkEnabled", _const(False)),
    ("EnterpriseVoiceEnabled", _attr("enterprise_voice_enabled")),
    ("EnabledForRichPresence", lambda u: u.sip_address is not None),
    ("LineURI", lambda u: u.line_uri or ""),
    ("SipAddress", _attr("sip_address")),
    ("Enabled", _attr("enabled")),
    ("TenantId", _const("00000000-0000-0000-0000-000000000000")),
    ("TargetRegistrarPool", _const(None)),
    ("VoicePolicy", _const(None)),
    ("MobilityPolicy", _const(None)),
    ("ConferencingPolicy", _const(None)),
    ("PresencePolicy", _const(None)),
    ("RegistrarPool", _attr("registrar_pool")),
    ("DialPlan", _const(None)),
    ("LocationPolicy", _const(None)),
    ("ClientPolicy", _const(None)),
    ("ClientVersionPolicy", _const(None)),
    ("ArchivingPolicy", _const(None)),
    ("PinPolicy", _attr("pin_policy")),
    ("ExternalAccessPolicy", _const(None)),
    ("HostedVoicemailPolicy", _const(None)),
    ("HostingProvider", lambda u: "SRV:" if u.sip_address else None),
    ("Name", _attr("display_name")),
    ("DistinguishedName", _attr("distinguished_name")),
    ("Identity", _attr("distinguished_name")),
    ("Guid", _attr("guid")),
    ("ObjectCategory", _const("CN=Person,CN=Schema,CN=Configuration,DC=litwareinc,DC=com")),
    ("WhenChanged", _attr("when_changed")),
    ("WhenCreated", _attr("when_created")),
    ("OriginatingServer", _const("atl-dc-001.litwareinc.com")),
    ("IsValid", _const(True)),
    ("ObjectState", _const("Unchanged")),
)


def _home_server(user: UserRecord) -> str | None:
    if not user.registrar_pool:
        return None
    pool = user.registrar_pool.split(".")[0]
    return (f"CN=Lc Services,CN=Microsoft,CN=1:1,CN=Pools,CN=RTC Service,CN=Services,"
            f"CN=Configuration,DC=litwareinc,DC=com" if pool else None)


_CERT_PROPERTIES: tuple[tuple[str, Any], ...] = (
    ("Identity", _attr("user_sip_address")),
    ("SerialNumber", _attr("serial_number")),
    ("Thumbprint", _attr("thumbprint")),
    ("Subject", _attr("subject")),
    ("PublicationTime", _attr("publication_time")),
    ("ExpirationTime", _attr("expiration_time")),
)

_ROLE_PROPERTIES: tuple[tuple[str, Any], ...] = (
    ("Identity", _attr("identity")),
    ("SID", _attr("sid")),
    ("Cmdlets", lambda r: list(r.cmdlets)),
    ("ScriptModules", lambda r: list(r.script_modules)),
    ("UserScopes", lambda r: list(r.user_scopes)),
    ("ConfigScopes", lambda r: list(r.config_scopes)),
    ("IsStandardRole", _attr("is_standard_role")),
)


def _view(type_name: str, properties: tuple[tuple[str, Any], ...], to_string: Any) -> TypeView:
    return TypeView(type_names=(type_name, "System.Object"),
                    properties=tuple(PropertyDef(n, g) for n, g in properties),
                    to_string=to_string)


def register_lync_views() -> None:
    register_view(UserRecord, _view(ADUSER_TYPE, _USER_PROPERTIES, lambda u: u.distinguished_name))
    register_view(CertificateRecord, _view(CERTINFO_TYPE, _CERT_PROPERTIES, lambda c: c.thumbprint))
    register_view(AdminRoleRecord, _view(ROLE_TYPE, _ROLE_PROPERTIES, lambda r: r.identity))


register_lync_views()


# ------------------------------------------------------------------ PIN and synthetic-test outputs
from dataclasses import dataclass  # noqa: E402
from datetime import datetime, timedelta  # noqa: E402

from ...store.records import PinPolicyRecord  # noqa: E402

PININFO_TYPE = "Microsoft.Rtc.Management.UserPinService.PinInfoDetails"
PINRESULT_TYPE = "Microsoft.Rtc.Management.UserPinService.PinResetDetails"
PINPOLICY_TYPE = "Microsoft.Rtc.Management.WritableConfig.Policy.UserPin.UserPinPolicy"
TASKOUTPUT_TYPE = "Microsoft.Rtc.SyntheticTransactions.TaskOutput"


@dataclass(frozen=True, slots=True)
class PinInfo:
    """What Get-CsClientPinInfo returns for one user (never the PIN)."""

    identity: str
    is_pin_set: bool
    is_locked_out: bool
    last_pin_change_time: datetime | None
    pin_expiration_time: datetime | None


@dataclass(frozen=True, slots=True)
class PinReset:
    """Set-CsClientPin's output when the server generated the PIN: the only time
    that PIN is ever shown."""

    identity: str
    pin: str
    pin_reset: bool = True


@dataclass(frozen=True, slots=True)
class TaskOutput:
    """A synthetic transaction's result (Test-CsPhoneBootstrap, Test-CsClientAuth...)."""

    target_uri: str
    target_fqdn: str
    result: str                    # Success | Failure
    latency: timedelta
    error: str | None
    diagnosis: str | None


def policy_identity(identity: str) -> str:
    """How a PIN policy's Identity prints: Global, site:Redmond, Tag:RedmondPinPolicy."""
    if identity.lower() == "global":
        return "Global"
    if identity.lower().startswith("site:"):
        return "site:" + identity[5:]
    if identity.lower().startswith("tag:"):
        return "Tag:" + identity[4:]
    return "Tag:" + identity


_PININFO_PROPERTIES: tuple[tuple[str, Any], ...] = (
    ("Identity", _attr("identity")),
    ("IsPinSet", _attr("is_pin_set")),
    ("IsLockedOut", _attr("is_locked_out")),
    ("LastPinChangeTime", _attr("last_pin_change_time")),
    ("PinExpirationTime", _attr("pin_expiration_time")),
)
_PINRESET_PROPERTIES: tuple[tuple[str, Any], ...] = (
    ("Identity", _attr("identity")),
    ("Pin", _attr("pin")),
    ("PinReset", _attr("pin_reset")),
)
_PINPOLICY_PROPERTIES: tuple[tuple[str, Any], ...] = (
    ("Identity", lambda p: policy_identity(p.identity)),
    ("Description", _attr("description")),
    ("MinPasswordLength", _attr("min_password_length")),
    ("PINHistoryCount", _attr("pin_history_count")),
    ("AllowCommonPatterns", _attr("allow_common_patterns")),
    ("PINLifetime", _attr("pin_lifetime")),
    ("MaximumLogonAttempts", _attr("maximum_logon_attempts")),
)
_TASK_PROPERTIES: tuple[tuple[str, Any], ...] = (
    ("TargetUri", _attr("target_uri")),
    ("TargetFqdn", _attr("target_fqdn")),
    ("Result", _attr("result")),
    ("Latency", _attr("latency")),
    ("Error", _attr("error")),
    ("Diagnosis", _attr("diagnosis")),
)


def _list_view(type_name: str, properties: tuple[tuple[str, Any], ...], to_string: Any) -> TypeView:
    return TypeView(type_names=(type_name, "System.Object"),
                    properties=tuple(PropertyDef(n, g) for n, g in properties),
                    to_string=to_string, view="list")


register_view(PinInfo, _list_view(PININFO_TYPE, _PININFO_PROPERTIES, lambda p: p.identity))
register_view(PinReset, _list_view(PINRESULT_TYPE, _PINRESET_PROPERTIES, lambda p: p.identity))
register_view(PinPolicyRecord, _list_view(PINPOLICY_TYPE, _PINPOLICY_PROPERTIES,
                                          lambda p: policy_identity(p.identity)))
register_view(TaskOutput, _list_view(TASKOUTPUT_TYPE, _TASK_PROPERTIES, lambda t: t.result))
