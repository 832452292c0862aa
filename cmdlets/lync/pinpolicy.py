"""Get-, Set-, New-, Remove- and Grant-CsPinPolicy.

Identities: `Global`, `site:<SiteName>` (a site of the deployment) and per-user
policies, written `Tag:<Name>` or just `<Name>` (stored as `<Name>`). The rules:
MinPasswordLength 4-24, PINHistoryCount 0-20, PINLifetime 0-999 days,
MaximumLogonAttempts 1-999 (or $Null: by PIN length), and a PINLifetime above 0
needs a PINHistoryCount above 0. Removing Global resets it to the defaults.
"""
from __future__ import annotations

from dataclasses import replace
from ...store.records import PinPolicyRecord
from ..base import Cmdlet
from ..errors import INVALID_ARGUMENT, INVALID_OPERATION, OBJECT_NOT_FOUND
from ..lang.convert import ConversionError, to_bool, to_int, to_string
from ..lang.values import PSCustomObject
from ..lang.wildcard import compile_wildcard
from ..metadata import (BOOL, BY_PROPERTY_NAME, BY_VALUE, INT, PSOBJECT, STRING, SWITCH,
                        CmdletHelp, Example, Parameter)
from .groups import SERVER_ADMINS, USER_ADMINS
from .identity import USER_ID, resolve_lync_users, user_target
from .pinrules import DEFAULT_POLICY
from .views import PINPOLICY_TYPE, policy_identity

SERVER_AND_USER_ADMINS = ("RTCUniversalUserAdmins", "RTCUniversalServerAdmins")
XDS_EXCEPTION = "System.Management.Automation.ItemNotFoundException"


def storage_identity(text: str) -> str:
    """The store's identity of a typed one: Global, site:<name>, or the tag name."""
    text = text.strip()
    lower = text.lower()
    if lower == "global":
        return "Global"
    if lower.startswith("site:"):
        return "site:" + text[5:]
    if lower.startswith("tag:"):
        return text[4:]
    return text


def scope_of(identity: str) -> str:
    lower = identity.lower()
    if lower == "global":
        return "global"
    return "site" if lower.startswith("site:") else "tag"


def _setting_parameters() -> tuple[Parameter, ...]:
    return (
        Parameter("AllowCommonPatterns", BOOL,
                  help="Allow repeated digits, runs of four consecutive digits and PINs equal to "
                       "the phone number or extension (default False)."),
        Parameter("Description", STRING, help="Free text about the policy."),
        Parameter("MaximumLogonAttempts", INT, validate_range=(1, 999), allow_null=True,
                  help=("Failed PIN logons allowed in 30 minutes before the PIN locks for an "
                        "hour; $Null lets the PIN length decide (10 for 4 digits, else 25).")),
        Parameter("MinPasswordLength", INT, validate_range=(4, 24),
                  help="The least number of digits a PIN may have (default 5)."),
        Parameter("PINHistoryCount", INT, validate_range=(0, 20),
                  help="How many earlier PINs a user may not reuse (0: reuse allowed)."),
        Parameter("PINLifetime", INT, validate_range=(0, 999),
                  help="Days before a PIN expires (0: never). Needs PINHistoryCount above 0."),
    )


_SETTINGS = (("AllowCommonPatterns", "allow_common_patterns"), ("Description", "description"),
             ("MaximumLogonAttempts", "maximum_logon_attempts"),
             ("MinPasswordLength", "min_password_length"),
             ("PINHistoryCount", "pin_history_count"), ("PINLifetime", "pin_lifetime"))


_RANGES = {"min_password_length": (4, 24), "pin_history_count": (0, 20),
           "pin_lifetime": (0, 999), "maximum_logon_attempts": (1, 999)}


def in_memory_policy(policy: PinPolicyRecord) -> PSCustomObject:
    """New-CsPinPolicy -InMemory: a policy whose properties can be assigned
    ($x.MinPasswordLength = 10) before Set-CsPinPolicy -Instance $x saves it."""
    return PSCustomObject(
        [("Identity", policy_identity(policy.identity))]
        + [(name, getattr(policy, field)) for name, field in (
            ("Description", "description"), ("MinPasswordLength", "min_password_length"),
            ("PINHistoryCount", "pin_history_count"),
            ("AllowCommonPatterns", "allow_common_patterns"), ("PINLifetime", "pin_lifetime"),
            ("MaximumLogonAttempts", "maximum_logon_attempts"))],
        type_names=(PINPOLICY_TYPE, "System.Object"))


def policy_from_instance(instance: object) -> PinPolicyRecord:
    """The policy an -Instance object describes; ValueError says what is wrong."""
    if isinstance(instance, PinPolicyRecord):
        return instance
    if not isinstance(instance, PSCustomObject) or not instance.has("Identity"):
        raise ValueError("The -Instance value is not a PIN policy.")
    values: dict[str, object] = {"identity": storage_identity(to_string(instance.get("Identity")))}
    for name, field in _SETTINGS:
        value = instance.get(name)
        try:
            if field == "description":
                values[field] = None if value is None else to_string(value)
            elif field == "allow_common_patterns":
                values[field] = to_bool(value)
            elif value is None and field == "maximum_logon_attempts":
                values[field] = None
            else:
                values[field] = to_int(value)
        except ConversionError as exc:
            raise ValueError(f"{name}: {exc}") from None
        low_high = _RANGES.get(field)
        if low_high and values[field] is not None and not low_high[0] <= values[field] <= low_high[1]:
            raise ValueError(f"{name} must be between {low_high[0]} and {low_high[1]}, "
                             f"not {values[field]}.")
    return PinPolicyRecord(**values)  # type: ignore[arg-type]


class _PolicyCmdlet(Cmdlet):
    def valid_new_identity(self, identity: str, typed: str) -> str | None:
        """The stored identity of a policy to create, or None after writing the error."""
        store = self.service("store")
        scope = scope_of(identity)
        if scope == "global":
            self.write_error(self.error(
                'The global PIN policy always exists: change it with Set-CsPinPolicy.',
                "GlobalPolicyExists", INVALID_OPERATION, target=typed))
            return None
        if scope == "site":
            sites = {s.name.lower(): s.name for s in store.directory.sites()}
            site = sites.get(identity[5:].lower())
            if site is None:
                self.write_error(self.error(
                    f'The site "{identity[5:]}" does not exist in this deployment.',
                    "SiteNotFound", OBJECT_NOT_FOUND, target=typed))
                return None
            return "site:" + site
        if not identity or ":" in identity:
            self.write_error(self.error(
                f'"{typed}" is not a valid policy identity: use site:<SiteName> or a name.',
                "InvalidIdentity", INVALID_ARGUMENT, target=typed))
            return None
        return identity

    def apply_settings(self, policy: PinPolicyRecord) -> PinPolicyRecord:
        changes = {field: getattr(self, field) for name, field in _SETTINGS if name in self.bound}
        return replace(policy, **changes)

    def rule_problem(self, policy: PinPolicyRecord) -> str | None:
        if policy.pin_lifetime > 0 and policy.pin_history_count == 0:
            return ("PINLifetime can be greater than 0 only when PINHistoryCount is greater "
                    "than 0 too.")
        return None

    def not_found(self, identity: str) -> None:
        shown = policy_identity(storage_identity(identity))
        self.write_error(self.error(
            f'Cannot get instance of "{shown}" because it does not exist.', "ItemNotFound",
            OBJECT_NOT_FOUND, target=identity, exception_type=XDS_EXCEPTION, target_name=identity))


class GetCsPinPolicy(_PolicyCmdlet):
    name = "Get-CsPinPolicy"
    implementing_type = "Microsoft.Rtc.Management.Internal.GetPinPolicyCmdlet"
    parameters = (
        Parameter("Identity", STRING, position=0, sets=("Identity",),
                  help="Global, site:<SiteName> or a per-user policy name. No wildcards."),
        Parameter("Filter", STRING, sets=("Filter",),
                  help='A wildcard pattern on the Identity: "site:*", "tag:*".'),
        Parameter("LocalStore", SWITCH, help="Read the local replica (same data in the lab)."),
    )
    default_parameter_set = "Identity"
    local_groups = SERVER_AND_USER_ADMINS
    output_type = PINPOLICY_TYPE
    help = CmdletHelp(
        synopsis="Returns the dial-in conferencing PIN policies.",
        examples=(Example("Get-CsPinPolicy", "Returns every PIN policy."),
                  Example('Get-CsPinPolicy -Identity site:Redmond',
                          "Returns the PIN policy of the Redmond site."),
                  Example('Get-CsPinPolicy -Filter "tag:*"', "Returns the per-user PIN policies."),
                  Example("Get-CsPinPolicy | Where-Object {$_.AllowCommonPatterns -eq $True}",
                          "Returns the policies that allow common PIN patterns.")),
        outputs=PINPOLICY_TYPE)

    def process(self) -> None:
        policies = self.service("store").pin_policies
        if self.identity is not None:
            found = policies.get(storage_identity(self.identity))
            if found is None:
                self.not_found(self.identity)
            else:
                self.write_object(found)
            return
        matches = compile_wildcard(self.filter) if self.filter is not None else None
        for policy in policies.iterate():
            if matches is None or matches(policy_identity(policy.identity)):
                self.write_object(policy)


class SetCsPinPolicy(_PolicyCmdlet):
    name = "Set-CsPinPolicy"
    implementing_type = "Microsoft.Rtc.Management.Internal.SetPinPolicyCmdlet"
    parameters = (
        Parameter("Identity", STRING, position=0, sets=("Identity",),
                  pipeline=BY_PROPERTY_NAME,
                  help="The policy to change; Global when left out."),
        Parameter("Instance", PSOBJECT, sets=("Instance",),
                  help="A policy object (from Get-CsPinPolicy) whose settings are written back."),
    ) + _setting_parameters() + (Parameter("Force", SWITCH),)
    default_parameter_set = "Identity"
    supports_should_process = True
    writes = True
    local_groups = SERVER_ADMINS
    help = CmdletHelp(
        synopsis="Changes a PIN policy.",
        description=("Only the settings given change. A PINLifetime above 0 needs a "
                     "PINHistoryCount above 0; a change that breaks this rule is refused whole."),
        examples=(Example("Set-CsPinPolicy -Identity site:Redmond -MinPasswordLength 7",
                          "Redmond users need PINs of at least 7 digits."),
                  Example("Set-CsPinPolicy -MaximumLogonAttempts 3",
                          "Locks a PIN for an hour after 3 failed logons (global policy)."),
                  Example("Get-CsPinPolicy -Filter tag:* | Set-CsPinPolicy -PINHistoryCount 5 "
                          "-PINLifetime 60", "Makes every per-user policy expire PINs after 60 days.")),
        inputs=PINPOLICY_TYPE)

    def process(self) -> None:
        policies = self.service("store").pin_policies
        if self.parameter_set == "Instance":
            try:
                instance = policy_from_instance(self.instance)
            except ValueError as exc:
                self.write_error(self.error(str(exc), "InvalidInstance", INVALID_ARGUMENT,
                                            target=self.instance))
                return
            identity = instance.identity
            current = policies.get(identity)
            base = instance
            if current is None:
                # An -InMemory policy (New-CsPinPolicy -InMemory) becomes a real one.
                identity = self.valid_new_identity(identity, policy_identity(identity))
                if identity is None:
                    return
                base = replace(instance, identity=identity)
                current = base
        else:
            identity = storage_identity(self.identity or "Global")
            current = policies.get(identity)
            base = current
        if current is None or base is None:
            self.not_found(self.identity or identity)
            return
        updated = self.apply_settings(base)
        problem = self.rule_problem(updated)
        if problem is not None:
            self.write_error(self.error(problem, "InvalidPinPolicy", INVALID_ARGUMENT,
                                        target=policy_identity(identity)))
            return
        if self.should_process(policy_identity(current.identity)):
            policies.save(updated)


class NewCsPinPolicy(_PolicyCmdlet):
    name = "New-CsPinPolicy"
    implementing_type = "Microsoft.Rtc.Management.Internal.NewPinPolicyCmdlet"
    parameters = (
        Parameter("Identity", STRING, position=0, mandatory=True,
                  help="site:<SiteName> for a site policy, or a name for a per-user policy."),
    ) + _setting_parameters() + (
        Parameter("InMemory", SWITCH, help="Return the new policy without saving it."),
        Parameter("Force", SWITCH),
    )
    supports_should_process = True
    writes = True
    local_groups = SERVER_ADMINS
    output_type = PINPOLICY_TYPE
    help = CmdletHelp(
        synopsis="Creates a PIN policy for a site or for the users it is granted to.",
        description=("The global policy always exists and cannot be created. A site policy "
                     "applies to the users homed in that site; a per-user policy applies to the "
                     "users it is granted to (Grant-CsPinPolicy). Settings left out take the "
                     "defaults: MinPasswordLength 5, PINHistoryCount 0, PINLifetime 0, "
                     "AllowCommonPatterns False, MaximumLogonAttempts by PIN length."),
        examples=(Example("New-CsPinPolicy -Identity site:Dublin -MinPasswordLength 7",
                          "Creates the Dublin site policy."),
                  Example('New-CsPinPolicy -Identity DublinPinPolicy -PINHistoryCount 5 '
                          '-PINLifetime 60 -Description "Dublin PIN rules"',
                          "Creates a per-user policy.")),
        outputs=PINPOLICY_TYPE)

    def process(self) -> None:
        store = self.service("store")
        identity = self.valid_new_identity(storage_identity(self.identity), self.identity)
        if identity is None:
            return
        if store.pin_policies.get(identity) is not None:
            self.write_error(self.error(
                f'A PIN policy with the identity "{policy_identity(identity)}" already exists.',
                "PolicyExists", INVALID_OPERATION, target=self.identity))
            return
        policy = self.apply_settings(replace(DEFAULT_POLICY, identity=identity))
        problem = self.rule_problem(policy)
        if problem is not None:
            self.write_error(self.error(problem, "InvalidPinPolicy", INVALID_ARGUMENT,
                                        target=self.identity))
            return
        if self.in_memory:
            self.write_object(in_memory_policy(policy))
            return
        if self.should_process(policy_identity(identity)):
            self.write_object(store.pin_policies.save(policy))


class RemoveCsPinPolicy(_PolicyCmdlet):
    name = "Remove-CsPinPolicy"
    implementing_type = "Microsoft.Rtc.Management.Internal.RemovePinPolicyCmdlet"
    parameters = (
        Parameter("Identity", STRING, position=0, mandatory=True, pipeline=BY_PROPERTY_NAME,
                  help="The policy to remove; Global is reset to its defaults instead."),
        Parameter("Force", SWITCH),
    )
    supports_should_process = True
    writes = True
    local_groups = SERVER_ADMINS
    help = CmdletHelp(
        synopsis="Removes a site or per-user PIN policy, or resets the global one.",
        description=("Users of a removed site policy fall back to the global policy; users "
                     "granted a removed per-user policy fall back to their site or global policy."),
        examples=(Example("Remove-CsPinPolicy -Identity site:Redmond",
                          "Removes the Redmond site policy."),
                  Example("Remove-CsPinPolicy -Identity global",
                          "Resets the global policy to its default settings."),
                  Example('Get-CsPinPolicy -Filter "tag:*" | Remove-CsPinPolicy',
                          "Removes every per-user policy.")),
        inputs=PINPOLICY_TYPE)

    def process(self) -> None:
        policies = self.service("store").pin_policies
        identity = storage_identity(to_string(self.identity))
        current = policies.get(identity)
        if current is None:
            self.not_found(to_string(self.identity))
            return
        if self.should_process(policy_identity(current.identity)):
            policies.remove(current.identity)


class GrantCsPinPolicy(Cmdlet):
    name = "Grant-CsPinPolicy"
    implementing_type = "Microsoft.Rtc.Management.AD.Cmdlets.GrantPinPolicyCmdlet"
    parameters = (
        Parameter("Identity", USER_ID, position=0, mandatory=True,
                  pipeline=BY_VALUE | BY_PROPERTY_NAME,
                  help="The user; in the display-name form * stands for any characters."),
        Parameter("PolicyName", STRING, position=1, mandatory=True, allow_null=True,
                  help="The per-user policy to grant (Tag: prefix optional); $Null removes the "
                       "user's assignment."),
        Parameter("PassThru", SWITCH, help="Return the user after the change."),
        Parameter("DomainController", STRING),
    )
    supports_should_process = True
    writes = True
    local_groups = USER_ADMINS
    help = CmdletHelp(
        synopsis="Grants a per-user PIN policy to a user, or removes the user's assignment.",
        examples=(Example('Grant-CsPinPolicy -Identity "Ken Myer" -PolicyName RedmondPinPolicy',
                          "Ken Myer gets the RedmondPinPolicy rules."),
                  Example('Grant-CsPinPolicy -Identity "Ken Myer" -PolicyName $Null',
                          "Ken Myer goes back to his site or the global policy."),
                  Example('Get-CsUser -LdapFilter "Department=Finance" | Grant-CsPinPolicy '
                          '-PolicyName RedmondPinPolicy', "Grants a per-user policy to the Finance department."),
                  Example("Get-CsUser | Where-Object {$_.PinPolicy -eq $Null} | Grant-CsPinPolicy "
                          "-PolicyName RedmondPinPolicy",
                          "Grants a policy to every user who has none.")),
        inputs="String or Microsoft.Rtc.Management.ADConnect.Schema.ADUser",
        outputs="Microsoft.Rtc.Management.ADConnect.Schema.ADUser (with -PassThru)")

    def begin(self) -> None:
        self.policy: str | None = None
        self.policy_error = None
        name = self.policy_name
        if name is None or name == "":
            return
        identity = storage_identity(name)
        policy = self.service("store").pin_policies.get(identity)
        if policy is None or scope_of(policy.identity) != "tag":
            self.policy_error = self.error(
                f'Policy "{name}" is not a user policy. You can assign only a user policy to a '
                "specific user.", "InvalidPolicy", INVALID_ARGUMENT, target=name)
        else:
            self.policy = policy.identity

    def process(self) -> None:
        if self.policy_error is not None:
            self.write_error(self.policy_error)
            return
        users = self.service("store").users
        for user in resolve_lync_users(self, self.identity, allow_wildcard=True):
            if self.should_process(user_target(user), target_object=user):
                updated = users.update(user.id, pin_policy=self.policy)
                if self.pass_thru:
                    self.write_object(updated)


def policy_cmdlets() -> tuple[type[Cmdlet], ...]:
    return (GetCsPinPolicy, SetCsPinPolicy, NewCsPinPolicy, RemoveCsPinPolicy, GrantCsPinPolicy)


__all__ = ["policy_cmdlets", "storage_identity"]
