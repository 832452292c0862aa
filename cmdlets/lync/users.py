"""Get-CsUser, Enable-CsUser, Disable-CsUser and Set-CsUser."""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from ...store.records import UserCondition, UserQuery, UserRecord
from ..base import Cmdlet
from ..errors import INVALID_ARGUMENT, INVALID_OPERATION, OBJECT_NOT_FOUND, PSRuntimeError
from ..lang.convert import ConversionError, to_int, to_string
from ..lang.values import PropertyDef, TypeView, register_view
from ..metadata import (BOOL, BY_PROPERTY_NAME, BY_VALUE, STRING, SWITCH, CmdletHelp, Example,
                        Parameter, ParamType, enum_type)
from .credentials import CREDENTIAL
from .filters import FilterError, as_query, parse_ldap_filter, parse_where_filter
from .groups import READERS, USER_ADMINS
from .identity import (MANAGEMENT_EXCEPTION, USER_ID, not_found, resolve_lync_users, resolve_users,
                       user_target)

ADUSER_TYPE = "Microsoft.Rtc.Management.ADConnect.Schema.ADUser"
_USER_INPUTS = "String or Microsoft.Rtc.Management.ADConnect.Schema.ADUser"
_MAX_RESULT = 2147483647


def _to_result_size(value: Any) -> int | None:
    if isinstance(value, str) and value.strip().lower() == "unlimited":
        return None
    number = to_int(value)
    if not 0 <= number <= _MAX_RESULT:
        raise ConversionError(f'Cannot convert value "{to_string(value)}" to type '
                              '"Microsoft.Exchange.Data.Unlimited`1[System.UInt32]". Use a number '
                              f"from 0 to {_MAX_RESULT} or Unlimited.")
    return number


RESULT_SIZE = ParamType("Microsoft.Exchange.Data.Unlimited`1[System.UInt32]", _to_result_size,
                        lambda v: False)
ADDRESS_TYPE = enum_type("Microsoft.Rtc.Management.AD.Cmdlets.AddressType",
                         ("FirstLastName", "EmailAddress", "UserPrincipalName", "SAMAccountName",
                          "None"))
_SIP_URI = re.compile(r"^sip:[^@\s:;]+@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?"
                      r"(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)+$", re.IGNORECASE)
_LINE_URI = re.compile(r"^tel:\+?[0-9]+(;ext=[0-9]+)?$", re.IGNORECASE)


def sip_address_problem(address: str) -> str | None:
    if not address.lower().startswith("sip:"):
        return f'The SIP address "{address}" is not valid: it must begin with "sip:".'
    if not _SIP_URI.match(address):
        return f'"{address}" is not a valid SIP address (sip:user@domain).'
    return None


def _identity_param(mandatory: bool = True, help_text: str = "") -> Parameter:
    return Parameter("Identity", USER_ID, position=0, mandatory=mandatory,
                     pipeline=BY_VALUE | BY_PROPERTY_NAME,
                     help=help_text or ("The user: SIP address, UPN, domain\\logon, display name "
                                        "(* allowed in this form) or distinguished name."))


class _UserCmdlet(Cmdlet):
    def fail(self, user: UserRecord | str, message: str, error_id: str,
             category: str = INVALID_ARGUMENT) -> None:
        target = user_target(user) if isinstance(user, UserRecord) else user
        self.write_error(self.error(message, error_id, category, target=target,
                                    exception_type=MANAGEMENT_EXCEPTION, target_name=target))

    def update(self, user: UserRecord, **changes: Any) -> UserRecord | None:
        """One atomic change of the user; a refusal by the directory is this user's error."""
        try:
            return self.service("store").users.update(user.id, **changes)
        except ValueError as exc:
            self.fail(user, f'Cannot change "{user.display_name}": {exc}.', "DirectoryRefused",
                      INVALID_OPERATION)
            return None

    def sip_taken(self, address: str, user: UserRecord) -> bool:
        owners = [u for u in self.service("store").users.find(address)
                  if (u.sip_address or "").lower() == address.lower() and u.id != user.id]
        if owners:
            self.fail(user, f'The SIP address "{address}" already belongs to '
                            f'"{owners[0].display_name}".', "SipAddressInUse", INVALID_OPERATION)
            return True
        return False


class GetCsUser(_UserCmdlet):
    name = "Get-CsUser"
    implementing_type = "Microsoft.Rtc.Management.AD.Cmdlets.GetOcsUserCmdlet"
    parameters = (
        _identity_param(mandatory=False,
                        help_text="A user identity; in the display-name form * matches any characters."),
        Parameter("Filter", STRING,
                  help=("A Where-Object-style filter on Lync properties, e.g. "
                        "{EnterpriseVoiceEnabled -eq $True}. Cannot be used with -LdapFilter.")),
        Parameter("LdapFilter", STRING, aliases=("LDAPFilter",),
                  help=('An LDAP filter on Active Directory attributes, e.g. "l=Redmond" or '
                        '"&(Department=Finance)(Title=Accountant)". Cannot be used with -Filter.')),
        Parameter("OU", STRING, help="Only users in this organizational unit or its children."),
        Parameter("ResultSize", RESULT_SIZE,
                  help="Return at most this many users (0 to 2147483647, or Unlimited)."),
        Parameter("UnassignedUser", SWITCH, aliases=("UnAssignedUser",),
                  help="Only users enabled for Lync but not assigned to a Registrar pool."),
        Parameter("OnLyncServer", SWITCH, help="Only users homed on Lync Server."),
        Parameter("OnOfficeCommunicationServer", SWITCH,
                  help="Only users homed on Office Communications Server (none in the lab)."),
        Parameter("Credential", CREDENTIAL, help="Accepted for compatibility; not needed in the lab."),
        Parameter("DomainController", STRING, help="Accepted for compatibility; one lab directory."),
    )
    local_groups = READERS
    output_type = ADUSER_TYPE
    help = CmdletHelp(
        synopsis="Returns the users enabled for Lync Server and their Lync properties.",
        description=("-Filter takes Lync property names with -eq -ne -like -notlike -lt -le -gt -ge, "
                     "-and, -or, -not and $True/$False/$Null; -LdapFilter takes LDAP syntax with "
                     "Active Directory names (l, department, title, displayName, sAMAccountName, "
                     "givenName, sn, msRTCSIP-PrimaryUserAddress ...). Both run in the directory, "
                     "so they stay fast however many users there are."),
        examples=(Example("Get-CsUser", "Returns every Lync-enabled user."),
                  Example('Get-CsUser -Identity "Pilar*"',
                          "Returns the users whose display names start with Pilar."),
                  Example("Get-CsUser -Filter {EnterpriseVoiceEnabled -eq $True}",
                          "Returns the users enabled for Enterprise Voice."),
                  Example('Get-CsUser -LdapFilter "l=Redmond"',
                          "Returns the users who work in Redmond."),
                  Example('Get-CsUser -LdapFilter "&(Department=Finance)(Title=Accountant)"',
                          "Returns the accountants of the Finance department."),
                  Example('Get-CsUser -OU "ou=Finance,ou=North America,dc=litwareinc,dc=com"',
                          "Returns the users of the Finance OU and its child OUs."),
                  Example("Get-CsUser -UnassignedUser",
                          "Returns the users enabled for Lync but not assigned to a Registrar pool.")),
        inputs="String", outputs=ADUSER_TYPE)

    def begin(self) -> None:
        self.returned = 0
        if self.filter is not None and self.ldap_filter is not None:
            raise PSRuntimeError(self.error(
                "The Filter and LdapFilter parameters cannot be used in the same command.",
                "FilterAndLdapFilter", INVALID_ARGUMENT))
        self.query: UserQuery | None = None
        try:
            if self.filter is not None:
                self.query = as_query(parse_where_filter(self.filter))
            elif self.ldap_filter is not None:
                self.query = as_query(parse_ldap_filter(self.ldap_filter))
        except FilterError as exc:
            which = "Filter" if self.filter is not None else "LdapFilter"
            raise PSRuntimeError(self.error(f"Cannot use the {which} value. {exc}",
                                            "InvalidFilter", INVALID_ARGUMENT,
                                            target=self.filter or self.ldap_filter)) from None
        if self.ou is not None:
            known = {ou.distinguished_name.lower().replace(" ", "")
                     for ou in self.service("store").directory.organizational_units()}
            if self.ou.lower().replace(" ", "") not in known:
                raise PSRuntimeError(not_found(self, self.ou))

    def _conditions(self) -> tuple[UserCondition | UserQuery, ...]:
        extra: list[UserCondition | UserQuery] = []
        if self.query is not None:
            extra.append(self.query)
        if self.unassigned_user:
            extra.append(UserCondition("registrar_pool", "absent"))
        if self.on_lync_server:
            extra.append(UserCondition("registrar_pool", "present"))
        return tuple(extra)

    def _in_ou(self, user: UserRecord) -> bool:
        if not self.ou:
            return True
        return user.distinguished_name.lower().replace(" ", "").endswith(
            "," + self.ou.lower().replace(" ", ""))

    def process(self) -> None:
        store = self.service("store")
        limit = self.result_size
        if self.on_office_communication_server or limit == 0:
            return
        conditions = self._conditions()
        if self.identity is not None:
            if isinstance(self.identity, UserRecord):
                users: Any = [self.identity]
            else:
                users = [u for u in store.users.find(self.identity, allow_wildcard=True)
                         if u.sip_address]
                if not users and "*" not in self.identity:
                    self.write_error(not_found(self, self.identity))
            if conditions:
                users = [u for u in users if _matches(store, u, conditions)]
        elif conditions:
            users = store.users.query(UserQuery(all_of=conditions), lync_enabled_only=True,
                                      ou=self.ou)
        else:
            users = store.users.iterate(lync_enabled_only=True, ou=self.ou,
                                        unassigned_only=bool(self.unassigned_user))
        for user in users:
            if limit is not None and self.returned >= limit:
                return
            if not self._in_ou(user):
                continue
            self.returned += 1
            self.write_object(user)


def _matches(store: Any, user: UserRecord, conditions: tuple) -> bool:
    """Whether one already-resolved user satisfies the filter (the store decides)."""
    query = UserQuery(all_of=conditions + (UserCondition("sam_account_name", "eq",
                                                         user.sam_account_name),
                                           UserCondition("domain", "eq", user.domain)))
    return any(u.id == user.id for u in store.users.query(query, lync_enabled_only=True))


class EnableCsUser(_UserCmdlet):
    name = "Enable-CsUser"
    implementing_type = "Microsoft.Rtc.Management.AD.Cmdlets.EnableOcsUserCmdlet"
    parameters = (
        Parameter("Identity", USER_ID, position=0, mandatory=True,
                  pipeline=BY_VALUE | BY_PROPERTY_NAME,
                  help="The directory account to enable (display-name form may use *)."),
        Parameter("RegistrarPool", STRING,
                  help="The Registrar pool that homes the user; it must exist."),
        Parameter("SipAddressType", ADDRESS_TYPE,
                  help=("Build the SIP address from: FirstLastName (needs -SipDomain), "
                        "EmailAddress, UserPrincipalName, SAMAccountName (needs -SipDomain).")),
        Parameter("SipDomain", STRING, help="The SIP domain for FirstLastName and SAMAccountName."),
        Parameter("SipAddress", STRING,
                  help="The SIP address to assign (sip:user@domain); one user at a time."),
        Parameter("HostingProviderProxyFqdn", STRING, aliases=("HostingProvider",),
                  help="Lync Online only; accepted and ignored."),
        Parameter("ProxyPool", STRING, help="Lync Online only; accepted and ignored."),
        Parameter("DomainController", STRING),
        Parameter("PassThru", SWITCH, help="Return the enabled user."),
    )
    supports_should_process = True
    writes = True
    local_groups = USER_ADMINS
    output_type = ADUSER_TYPE
    help = CmdletHelp(
        synopsis="Enables directory accounts for Lync Server: a Registrar pool and a SIP address.",
        description=("Either give the SIP address (-SipAddress, with sip:) or let the cmdlet build "
                     "it (-SipAddressType). FirstLastName gives sip:<FirstName><LastName>@<SipDomain>, "
                     "SAMAccountName sip:<logon>@<SipDomain>, EmailAddress sip:<mail>, "
                     "UserPrincipalName sip:<UPN>. An unknown pool, a malformed or taken SIP "
                     "address is an error and the user is left as it was."),
        examples=(Example('Enable-CsUser -Identity "Jeff Hay" -RegistrarPool atl-cs-001.litwareinc.com '
                          '-SipAddress "sip:jeffhay@litwareinc.com"',
                          "Enables Jeff Hay with a given SIP address."),
                  Example('Enable-CsUser -Identity "Jeff Hay" -RegistrarPool atl-cs-001.litwareinc.com '
                          '-SipAddressType SamAccountName -SipDomain litwareinc.com',
                          "Builds the SIP address from the logon name."),
                  Example('Get-CsAdUser -Filter {Enabled -ne $True} | Enable-CsUser '
                          '-RegistrarPool atl-cs-001.litwareinc.com -SipAddressType EmailAddress',
                          "Enables every account not yet enabled, with its e-mail address as SIP address.")),
        inputs=_USER_INPUTS, outputs=f"{ADUSER_TYPE} (with -PassThru)")

    def begin(self) -> None:
        store = self.service("store")
        self.pool: str | None = None
        if self.registrar_pool is not None:
            pools = {p.fqdn.lower(): p.fqdn for p in store.directory.pools()}
            self.pool = pools.get(self.registrar_pool.lower())
            if self.pool is None:
                raise PSRuntimeError(self.error(
                    f'The Registrar pool "{self.registrar_pool}" was not found in the topology.',
                    "PoolNotFound", OBJECT_NOT_FOUND, target=self.registrar_pool,
                    exception_type=MANAGEMENT_EXCEPTION))
        if self.sip_address is not None:
            problem = sip_address_problem(self.sip_address)
            if problem is not None:
                raise PSRuntimeError(self.error(problem, "InvalidSipAddress", INVALID_ARGUMENT,
                                                target=self.sip_address,
                                                exception_type=MANAGEMENT_EXCEPTION))
            if self.sip_address_type not in (None, "None"):
                raise PSRuntimeError(self.error(
                    "Use either -SipAddress or -SipAddressType, not both.", "SipAddressAndType",
                    INVALID_ARGUMENT))
        elif self.sip_address_type in ("FirstLastName", "SAMAccountName") and not self.sip_domain:
            raise PSRuntimeError(self.error(
                f"-SipAddressType {self.sip_address_type} needs -SipDomain.", "SipDomainRequired",
                INVALID_ARGUMENT))
        self.seen = 0

    def _address(self, user: UserRecord) -> str | None:
        kind = self.sip_address_type
        if self.sip_address is not None:
            return self.sip_address
        if kind == "FirstLastName":
            local = f"{user.first_name}{user.last_name}".replace(" ", "")
            return f"sip:{local}@{self.sip_domain}" if local else None
        if kind == "SAMAccountName":
            return f"sip:{user.sam_account_name}@{self.sip_domain}"
        if kind == "EmailAddress":
            return f"sip:{user.email}" if user.email else None
        if kind == "UserPrincipalName":
            return f"sip:{user.user_principal_name}"
        return user.sip_address

    def process(self) -> None:
        users = resolve_users(self, self.identity, allow_wildcard=True)
        self.seen += len(users)
        if self.sip_address is not None and self.seen > 1:
            self.fail(to_string(self.identity), "-SipAddress can enable only one user at a time.",
                      "SipAddressForManyUsers")
            return
        for user in users:
            address = self._address(user)
            if address is None:
                self.fail(user, f'Cannot build a SIP address for "{user.display_name}": give '
                                "-SipAddress or a -SipAddressType the account has data for.",
                          "SipAddressRequired")
                continue
            problem = sip_address_problem(address)
            if problem is not None:
                self.fail(user, problem, "InvalidSipAddress")
                continue
            if self.sip_taken(address, user):
                continue
            changes = {"sip_address": address, "enabled": True}
            if self.pool is not None:
                changes["registrar_pool"] = self.pool
            if user.sip_address and all(getattr(user, k) == v for k, v in changes.items()):
                self.runtime.write_warning(
                    f'Object with identity "{user.distinguished_name}" was not changed.')
                if self.pass_thru:
                    self.write_object(user)
                continue
            if self.should_process(user.distinguished_name, target_object=user):
                updated = self.update(user, **changes)
                if updated is not None and self.pass_thru:
                    self.write_object(updated)


class DisableCsUser(_UserCmdlet):
    name = "Disable-CsUser"
    implementing_type = "Microsoft.Rtc.Management.AD.Cmdlets.DisableOcsUserCmdlet"
    parameters = (_identity_param(), Parameter("DomainController", STRING),
                  Parameter("PassThru", SWITCH, help="Return the user after the change."))
    supports_should_process = True
    writes = True
    local_groups = USER_ADMINS
    help = CmdletHelp(
        synopsis="Removes every Lync setting of a user: SIP address, pool, policies, PIN, certificates.",
        description=("The account stays in the directory (Get-ADUser) but disappears from "
                     "Get-CsUser. To keep the settings but stop the user from signing in, use "
                     "Set-CsUser -Enabled $False instead."),
        examples=(Example('Disable-CsUser -Identity "Ken Myer"', "Removes Ken Myer from Lync."),
                  Example('Get-CsUser -LdapFilter "Department=Finance" | Disable-CsUser',
                          "Removes every Finance user from Lync.")),
        inputs=_USER_INPUTS)

    def process(self) -> None:
        store = self.service("store")
        for user in resolve_lync_users(self, self.identity, allow_wildcard=True):
            if not self.should_process(user.distinguished_name, target_object=user):
                continue
            updated = self.update(user, sip_address=None, registrar_pool=None,
                                  enterprise_voice_enabled=False, line_uri=None, pin_policy=None)
            if updated is None:
                continue
            store.certificates.revoke_all(user.id)
            if self.pass_thru:
                self.write_object(updated)


class SetCsUser(_UserCmdlet):
    name = "Set-CsUser"
    implementing_type = "Microsoft.Rtc.Management.AD.Cmdlets.SetOcsUserCmdlet"
    parameters = (
        _identity_param(),
        Parameter("Enabled", BOOL, aliases=("CsEnabled",),
                  help="$False stops the user signing in but keeps every setting."),
        Parameter("EnterpriseVoiceEnabled", BOOL, help="Enterprise Voice on or off."),
        Parameter("LineURI", STRING, aliases=("LineUri",),
                  help="The phone number, tel: prefixed E.164 (TEL:+14255551297;ext=51297)."),
        Parameter("SipAddress", STRING, help="A new SIP address (sip:user@domain)."),
        Parameter("AudioVideoDisabled", BOOL),
        Parameter("HostedVoiceMail", BOOL),
        Parameter("LineServerURI", STRING),
        Parameter("PrivateLine", STRING),
        Parameter("RemoteCallControlTelephonyEnabled", BOOL),
        Parameter("DomainController", STRING),
        Parameter("PassThru", SWITCH, help="Return the user after the change."),
    )
    supports_should_process = True
    writes = True
    local_groups = USER_ADMINS
    help = CmdletHelp(
        synopsis="Changes the Lync properties of a user.",
        description=("All the given changes are made together or not at all: a malformed SIP "
                     "address or line URI leaves the user as it was."),
        examples=(Example('Set-CsUser -Identity "Pilar Ackerman" -EnterpriseVoiceEnabled $True',
                          "Enables Pilar Ackerman for Enterprise Voice."),
                  Example('Set-CsUser -Identity "Pilar Ackerman" -LineURI "TEL:+14255551297;ext=51297"',
                          "Gives Pilar Ackerman a phone number."),
                  Example('Set-CsUser -Identity "Ken Myer" -Enabled $False',
                          "Stops Ken Myer signing in, keeping his settings.")),
        inputs=_USER_INPUTS, outputs=f"{ADUSER_TYPE} (with -PassThru)")

    def begin(self) -> None:
        if self.sip_address is not None:
            problem = sip_address_problem(self.sip_address)
            if problem is not None:
                raise PSRuntimeError(self.error(problem, "InvalidSipAddress", INVALID_ARGUMENT,
                                                target=self.sip_address,
                                                exception_type=MANAGEMENT_EXCEPTION))
        if self.line_uri:
            if not _LINE_URI.match(self.line_uri):
                raise PSRuntimeError(self.error(
                    f'"{self.line_uri}" is not a valid line URI: use tel:+<E.164 number>[;ext=<digits>].',
                    "InvalidLineUri", INVALID_ARGUMENT, target=self.line_uri,
                    exception_type=MANAGEMENT_EXCEPTION))

    def process(self) -> None:
        store = self.service("store")
        changes: dict[str, Any] = {}
        if "Enabled" in self.bound:
            changes["enabled"] = bool(self.enabled)
        if "EnterpriseVoiceEnabled" in self.bound:
            changes["enterprise_voice_enabled"] = bool(self.enterprise_voice_enabled)
        if "LineURI" in self.bound:
            changes["line_uri"] = self.line_uri or None
        if "SipAddress" in self.bound:
            changes["sip_address"] = self.sip_address
        for user in resolve_lync_users(self, self.identity, allow_wildcard=True):
            if "sip_address" in changes and self.sip_taken(changes["sip_address"], user):
                continue
            if not self.should_process(user.distinguished_name, target_object=user):
                continue
            updated = self.update(user, **changes) if changes else user
            if updated is not None and self.pass_thru:
                self.write_object(updated)



# --------------------------------------------------------------------------- Get-CsAdUser

OCSADUSER_TYPE = "Microsoft.Rtc.Management.ADConnect.Schema.OCSADUser"


@dataclass(frozen=True, slots=True)
class CsAdUser:
    """A directory account as Get-CsAdUser shows it (enabled for Lync or not); it binds
    to the -Identity of the Lync user cmdlets through its user_record."""
    user_record: UserRecord


def _lync_enabled(user: UserRecord) -> bool:
    return bool(user.sip_address) and bool(user.enabled)


register_view(CsAdUser, TypeView(
    type_names=(OCSADUSER_TYPE, "System.Object"),
    properties=tuple(PropertyDef(n, g) for n, g in (
        ("Identity", lambda a: a.user_record.distinguished_name),
        ("DisplayName", lambda a: a.user_record.display_name),
        ("FirstName", lambda a: a.user_record.first_name),
        ("LastName", lambda a: a.user_record.last_name),
        ("SamAccountName", lambda a: a.user_record.sam_account_name),
        ("UserPrincipalName", lambda a: a.user_record.user_principal_name),
        ("WindowsEmailAddress", lambda a: a.user_record.email),
        ("Title", lambda a: a.user_record.title),
        ("Department", lambda a: a.user_record.department),
        ("City", lambda a: a.user_record.city),
        ("Phone", lambda a: a.user_record.phone_number),
        ("Sid", lambda a: a.user_record.sid),
        ("SipAddress", lambda a: a.user_record.sip_address),
        ("Enabled", lambda a: _lync_enabled(a.user_record)),
        ("RegistrarPool", lambda a: a.user_record.registrar_pool),
        ("DistinguishedName", lambda a: a.user_record.distinguished_name),
        ("Guid", lambda a: a.user_record.guid),
    )),
    to_string=lambda a: a.user_record.distinguished_name))


def _ad_enabled_query(query: Any) -> Any:
    """Get-CsAdUser's Enabled means "enabled for Lync": an account never enabled (no SIP
    address) is not Enabled, whatever its directory flag says."""
    if isinstance(query, UserQuery):
        return UserQuery(all_of=tuple(_ad_enabled_query(q) for q in query.all_of),
                         any_of=tuple(_ad_enabled_query(q) for q in query.any_of),
                         negate=query.negate)
    if query.attribute != "enabled":
        return query
    has_sip = UserCondition("sip_address", "present")
    if query.op == "absent":
        return UserCondition("sip_address", "absent")
    if query.op == "present":
        return has_sip
    if query.op in ("eq", "ne") and isinstance(query.value, bool):
        # Enabled is True exactly when the account has a SIP address and is not disabled
        enabled = UserQuery(all_of=(has_sip, UserCondition("enabled", "eq", True)))
        wants_enabled = (query.op == "eq") == query.value
        return enabled if wants_enabled else UserQuery(all_of=(enabled,), negate=True)
    return query


class GetCsAdUser(GetCsUser):
    name = "Get-CsAdUser"
    implementing_type = "Microsoft.Rtc.Management.AD.Cmdlets.GetAdUserCmdlet"
    parameters = tuple(p for p in GetCsUser.parameters
                       if p.name not in ("UnassignedUser", "OnLyncServer",
                                         "OnOfficeCommunicationServer"))
    output_type = OCSADUSER_TYPE
    help = CmdletHelp(
        synopsis="Returns directory user accounts, whether or not they are enabled for Lync Server.",
        description=("Takes the identity forms, -Filter, -LdapFilter, -OU and -ResultSize of "
                     "Get-CsUser. In a filter, Enabled means enabled for Lync: an account that "
                     "was never enabled is not Enabled. The accounts it returns can be piped to "
                     "Enable-CsUser."),
        examples=(Example("Get-CsAdUser", "Lists every directory account of the lab."),
                  Example("Get-CsAdUser -Filter {Enabled -ne $True}",
                          "Finds the accounts not (or no longer) enabled for Lync."),
                  Example('Get-CsAdUser -LdapFilter "l=Redmond" | Where-Object {$_.SipAddress -eq $Null} | '
                          'Enable-CsUser -RegistrarPool '
                          'atl-cs-001.litwareinc.com -SipAddressType EmailAddress',
                          "Enables the Redmond accounts not yet enabled, taking SIP addresses from their e-mail.")),
        inputs="String", outputs=OCSADUSER_TYPE)

    unassigned_user = on_lync_server = on_office_communication_server = None

    def begin(self) -> None:
        super().begin()
        if self.query is not None:
            self.query = as_query(_ad_enabled_query(self.query))

    def process(self) -> None:
        store = self.service("store")
        limit = self.result_size
        if limit == 0:
            return
        if self.identity is not None:
            if isinstance(self.identity, UserRecord):
                users: Any = [self.identity]
            else:
                users = store.users.find(self.identity, allow_wildcard=True)
                if not users and "*" not in self.identity:
                    self.write_error(not_found(self, self.identity))
            if self.query is not None:
                users = [u for u in users if any(
                    m.id == u.id for m in store.users.query(UserQuery(all_of=(
                        self.query, UserCondition("sam_account_name", "eq", u.sam_account_name),
                        UserCondition("domain", "eq", u.domain))), lync_enabled_only=False))]
        elif self.query is not None:
            users = store.users.query(self.query, lync_enabled_only=False, ou=self.ou)
        else:
            users = store.users.iterate(lync_enabled_only=False, ou=self.ou)
        for user in users:
            if limit is not None and self.returned >= limit:
                return
            if not self._in_ou(user):
                continue
            self.returned += 1
            self.write_object(CsAdUser(user))
