"""New-/Get-/Set-ADUser, Set-ADAccountPassword, New-/Get-ADGroup, Add-/Get-ADGroupMember,
New-ADOrganizationalUnit. Objects print with the ActiveDirectory module's default
properties; an ADUser object also binds to Lync's -Identity parameters."""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from ...store.records import GroupRecord, OrganizationalUnitRecord, UserRecord
from ..base import Cmdlet
from ..errors import INVALID_ARGUMENT, INVALID_OPERATION, OBJECT_NOT_FOUND, PSRuntimeError
from ..lang.convert import to_string
from ..lang.values import PropertyDef, TypeView, register_view
from ..lync.credentials import SECURE_STRING
from ..lync.filters import FilterError, as_query, parse_where_filter
from ..lync.pinhash import hash_secret
from ..metadata import (BOOL, BY_PROPERTY_NAME, BY_VALUE, OBJECT_ARRAY, STRING, STRING_ARRAY,
                        SWITCH, CmdletHelp, Example, Parameter, enum_type)

AD_ADMINS = ("Domain Admins", "RTCUniversalServerAdmins", "RTCUniversalUserAdmins")
AD_READERS = ()
BASE_DN = "DC=litwareinc,DC=com"
USERS_CONTAINER = f"CN=Users,{BASE_DN}"
AD_EXCEPTION = "Microsoft.ActiveDirectory.Management.ADIdentityNotFoundException"
ADUSER_TYPE = "Microsoft.ActiveDirectory.Management.ADUser"
ADGROUP_TYPE = "Microsoft.ActiveDirectory.Management.ADGroup"
ADOU_TYPE = "Microsoft.ActiveDirectory.Management.ADOrganizationalUnit"


@dataclass(frozen=True, slots=True)
class ADUser:
    user_record: UserRecord


@dataclass(frozen=True, slots=True)
class ADGroup:
    group: GroupRecord


def _view(type_name: str, props: tuple[tuple[str, Any], ...], text: Any) -> TypeView:
    return TypeView(type_names=(type_name, "Microsoft.ActiveDirectory.Management.ADObject",
                                "System.Object"),
                    properties=tuple(PropertyDef(n, g) for n, g in props), to_string=text,
                    view="list")


register_view(ADUser, _view(ADUSER_TYPE, (
    ("DistinguishedName", lambda a: a.user_record.distinguished_name),
    ("Enabled", lambda a: True),
    ("GivenName", lambda a: a.user_record.first_name or None),
    ("Name", lambda a: a.user_record.display_name),
    ("ObjectClass", lambda a: "user"),
    ("ObjectGUID", lambda a: a.user_record.guid),
    ("SamAccountName", lambda a: a.user_record.sam_account_name),
    ("SID", lambda a: a.user_record.sid),
    ("Surname", lambda a: a.user_record.last_name or None),
    ("UserPrincipalName", lambda a: a.user_record.user_principal_name),
    ("DisplayName", lambda a: a.user_record.display_name),
    ("EmailAddress", lambda a: a.user_record.email),
    ("City", lambda a: a.user_record.city),
    ("Department", lambda a: a.user_record.department),
    ("Title", lambda a: a.user_record.title),
    ("OfficePhone", lambda a: a.user_record.phone_number),
), lambda a: a.user_record.distinguished_name))
register_view(ADGroup, _view(ADGROUP_TYPE, (
    ("DistinguishedName", lambda g: g.group.distinguished_name),
    ("GroupCategory", lambda g: "Security"),
    ("GroupScope", lambda g: g.group.scope),
    ("Name", lambda g: g.group.sam_account_name),
    ("ObjectClass", lambda g: "group"),
    ("SamAccountName", lambda g: g.group.sam_account_name),
    ("SID", lambda g: g.group.sid),
    ("Description", lambda g: g.group.description),
), lambda g: g.group.distinguished_name))
register_view(OrganizationalUnitRecord, _view(ADOU_TYPE, (
    ("DistinguishedName", lambda o: o.distinguished_name),
    ("Name", lambda o: o.name),
    ("ObjectClass", lambda o: "organizationalUnit"),
), lambda o: o.distinguished_name))

GROUP_SCOPE = enum_type("Microsoft.ActiveDirectory.Management.ADGroupScope",
                        ("DomainLocal", "Global", "Universal"))
GROUP_CATEGORY = enum_type("Microsoft.ActiveDirectory.Management.ADGroupCategory",
                           ("Distribution", "Security"))


class _ADCmdlet(Cmdlet):
    def not_found(self, identity: Any, kind: str = "object") -> None:
        text = to_string(identity)
        self.write_error(self.error(
            f"Cannot find an {kind} with identity: '{text}' under: '{BASE_DN}'.",
            "ActiveDirectoryCmdlet:Microsoft.ActiveDirectory.Management.ADIdentityNotFoundException",
            OBJECT_NOT_FOUND, target=text, exception_type=AD_EXCEPTION, target_name=text))

    def failed(self, target: str, exc: Exception) -> None:
        self.write_error(self.error(str(exc).rstrip(".") + ".", "ActiveDirectoryServer",
                                    INVALID_OPERATION, target=target, target_name=target))

    def user(self, identity: Any) -> UserRecord | None:
        if isinstance(identity, ADUser):
            return identity.user_record
        if isinstance(identity, UserRecord):
            return identity
        text = to_string(identity)
        users = self.service("store").users
        found = users.find(text)
        if not found and "\\" not in text and "@" not in text:
            found = users.find(f"litwareinc\\{text}")
        if not found:
            found = [u for u in users.query(as_query(parse_where_filter(
                f'Guid -eq "{text}" -or Sid -eq "{text}"')), lync_enabled_only=False)]
        if len(found) != 1:
            self.not_found(text)
            return None
        return found[0]

    def group(self, identity: Any) -> GroupRecord | None:
        if isinstance(identity, ADGroup):
            return identity.group
        text = to_string(identity)
        name = text
        if text.lower().startswith("cn="):
            name = text.split(",", 1)[0][3:]
        group = self.service("store").directory.find_group(name)
        if group is None:
            self.not_found(text)
        return group


_USER_FIELDS = (("GivenName", "first_name"), ("Surname", "last_name"),
                ("DisplayName", "display_name"), ("EmailAddress", "email"),
                ("UserPrincipalName", "user_principal_name"), ("City", "city"),
                ("Department", "department"), ("Title", "title"),
                ("OfficePhone", "phone_number"))


def _user_parameters() -> tuple[Parameter, ...]:
    return tuple(Parameter(name, STRING) for name, _ in _USER_FIELDS)


class NewADUser(_ADCmdlet):
    name = "New-ADUser"
    implementing_type = "Microsoft.ActiveDirectory.Management.Commands.NewADUser"
    parameters = (
        Parameter("Name", STRING, position=0, mandatory=True, help="The account's name (CN)."),
        Parameter("SamAccountName", STRING, help="The logon name; defaults to the Name."),
        Parameter("Path", STRING, help=f"The OU or container; default {USERS_CONTAINER}."),
        Parameter("AccountPassword", SECURE_STRING, secret=True, help="The password (a SecureString)."),
        Parameter("Enabled", BOOL),
        Parameter("PassThru", SWITCH),
    ) + _user_parameters()
    supports_should_process = True
    writes = True
    local_groups = AD_ADMINS
    output_type = ADUSER_TYPE
    help = CmdletHelp(
        synopsis="Creates a directory user account (not yet enabled for Lync).",
        examples=(Example('New-ADUser -Name "Jane Doe" -SamAccountName janedoe -GivenName Jane '
                          '-Surname Doe -Path "OU=Redmond,DC=litwareinc,DC=com" -AccountPassword '
                          '(ConvertTo-SecureString "Pass@word1" -AsPlainText -Force) -Enabled $True',
                          "Creates Jane Doe in the Redmond OU."),),
        outputs=f"{ADUSER_TYPE} (with -PassThru)")

    def process(self) -> None:
        sam = self.sam_account_name or self.name_.replace(" ", "")
        path = self.path or USERS_CONTAINER
        attrs: dict[str, Any] = {}
        for param, field in _USER_FIELDS:
            if param in self.bound and field not in ("first_name", "last_name", "display_name",
                                                     "email", "user_principal_name"):
                attrs[field] = self.bound[param]
        if not self.should_process(f"CN={self.name_},{path}", "New"):
            return
        password = hash_secret(self.account_password.reveal()) if self.account_password else None
        try:
            user = self.service("store").users.create(
                sam_account_name=sam, display_name=self.display_name or self.name_,
                first_name=self.given_name or "", last_name=self.surname or "", ou=path,
                user_principal_name=self.user_principal_name, email=self.email_address,
                password_hash=password, distinguished_name=f"CN={self.name_},{path}", **attrs)
        except ValueError as exc:
            self.failed(self.name_, exc)
            return
        if self.pass_thru:
            self.write_object(ADUser(user))


class GetADUser(_ADCmdlet):
    name = "Get-ADUser"
    implementing_type = "Microsoft.ActiveDirectory.Management.Commands.GetADUser"
    parameters = (
        Parameter("Identity", STRING, position=0, mandatory=True, sets=("Identity",),
                  pipeline=BY_VALUE | BY_PROPERTY_NAME,
                  help="SamAccountName, distinguished name, GUID, SID or UPN."),
        Parameter("Filter", STRING, mandatory=True, sets=("Filter",),
                  help="* for every account, or a filter such as {Department -eq 'Finance'}."),
        Parameter("SearchBase", STRING, help="Only accounts under this OU."),
        Parameter("Properties", STRING_ARRAY, help="Accepted; every property is always returned."),
    )
    default_parameter_set = "Identity"
    local_groups = AD_READERS
    output_type = ADUSER_TYPE
    help = CmdletHelp(
        synopsis="Returns directory user accounts, Lync-enabled or not.",
        examples=(Example("Get-ADUser -Identity kenmyer", "Returns Ken Myer's account."),
                  Example("Get-ADUser -Filter *", "Returns every account."),
                  Example("Get-ADUser -Filter {Department -eq 'Finance'}",
                          "Returns the Finance accounts.")),
        outputs=ADUSER_TYPE)

    def process(self) -> None:
        users = self.service("store").users
        if self.parameter_set == "Identity":
            user = self.user(self.identity)
            if user is not None:
                self.write_object(ADUser(user))
            return
        text = (self.filter or "").strip().strip("{}").strip()
        if text == "*":
            found: Any = users.iterate(lync_enabled_only=False, ou=self.search_base)
        else:
            try:
                query = as_query(parse_where_filter(text))
            except FilterError as exc:
                raise PSRuntimeError(self.error(f"Error parsing query: '{text}'. {exc}",
                                                "ActiveDirectoryCmdlet:System.ArgumentException",
                                                INVALID_ARGUMENT, target=text)) from None
            found = users.query(query, lync_enabled_only=False, ou=self.search_base)
        for user in found:
            self.write_object(ADUser(user))


class SetADUser(_ADCmdlet):
    name = "Set-ADUser"
    implementing_type = "Microsoft.ActiveDirectory.Management.Commands.SetADUser"
    parameters = (
        Parameter("Identity", STRING, position=0, mandatory=True,
                  pipeline=BY_VALUE | BY_PROPERTY_NAME),
        Parameter("PassThru", SWITCH),
    ) + _user_parameters()
    supports_should_process = True
    writes = True
    local_groups = AD_ADMINS
    help = CmdletHelp(
        synopsis="Changes directory attributes of a user account.",
        examples=(Example("Set-ADUser -Identity kenmyer -Department Sales -Title Manager",
                          "Moves Ken Myer to Sales as a manager."),))

    def process(self) -> None:
        user = self.user(self.current if isinstance(self.current, ADUser) else self.identity)
        if user is None:
            return
        changes = {field: self.bound[param] for param, field in _USER_FIELDS if param in self.bound}
        if not self.should_process(user.distinguished_name, "Set"):
            return
        try:
            updated = self.service("store").users.update(user.id, **changes) if changes else user
        except ValueError as exc:
            self.failed(user.distinguished_name, exc)
            return
        if self.pass_thru:
            self.write_object(ADUser(updated))


class SetADAccountPassword(_ADCmdlet):
    name = "Set-ADAccountPassword"
    implementing_type = "Microsoft.ActiveDirectory.Management.Commands.SetADAccountPassword"
    parameters = (
        Parameter("Identity", STRING, position=0, mandatory=True,
                  pipeline=BY_VALUE | BY_PROPERTY_NAME),
        Parameter("NewPassword", SECURE_STRING, mandatory=True, secret=True),
        Parameter("OldPassword", SECURE_STRING, secret=True),
        Parameter("Reset", SWITCH),
    )
    supports_should_process = True
    writes = True
    local_groups = AD_ADMINS
    help = CmdletHelp(
        synopsis="Sets a user account's password (stored only as a salted hash).",
        examples=(Example('Set-ADAccountPassword -Identity kenmyer -Reset -NewPassword '
                          '(ConvertTo-SecureString "N3w@Pass" -AsPlainText -Force)',
                          "Resets Ken Myer's password."),))

    def process(self) -> None:
        user = self.user(self.identity)
        if user is None:
            return
        if self.should_process(user.distinguished_name, "Set-ADAccountPassword"):
            self.service("store").users.set_password_hash(user.id,
                                                          hash_secret(self.new_password.reveal()))


class NewADGroup(_ADCmdlet):
    name = "New-ADGroup"
    implementing_type = "Microsoft.ActiveDirectory.Management.Commands.NewADGroup"
    parameters = (
        Parameter("Name", STRING, position=0, mandatory=True),
        Parameter("GroupScope", GROUP_SCOPE, position=1, mandatory=True),
        Parameter("SamAccountName", STRING),
        Parameter("GroupCategory", GROUP_CATEGORY),
        Parameter("Path", STRING, help=f"The OU or container; default {USERS_CONTAINER}."),
        Parameter("Description", STRING),
        Parameter("PassThru", SWITCH),
    )
    supports_should_process = True
    writes = True
    local_groups = AD_ADMINS
    output_type = ADGROUP_TYPE
    help = CmdletHelp(
        synopsis="Creates a security group (a custom RBAC role needs a universal one).",
        examples=(Example('New-ADGroup -Name "RedmondHelpDeskAdmins" -GroupScope Universal '
                          '-Path "OU=Redmond,DC=litwareinc,DC=com"',
                          "Creates the group a custom help desk role will use."),))

    def process(self) -> None:
        name = self.sam_account_name or self.name_
        path = self.path or USERS_CONTAINER
        if not self.should_process(f"CN={name},{path}", "New"):
            return
        try:
            group = self.service("store").directory.create_group(
                name=name, ou=path, scope=self.group_scope, description=self.description or "")
        except ValueError as exc:
            self.failed(name, exc)
            return
        if self.pass_thru:
            self.write_object(ADGroup(group))


class GetADGroup(_ADCmdlet):
    name = "Get-ADGroup"
    implementing_type = "Microsoft.ActiveDirectory.Management.Commands.GetADGroup"
    parameters = (
        Parameter("Identity", STRING, position=0, mandatory=True, sets=("Identity",),
                  pipeline=BY_VALUE | BY_PROPERTY_NAME),
        Parameter("Filter", STRING, mandatory=True, sets=("Filter",),
                  help="Only * (every group) or Name -like 'pattern'."),
    )
    default_parameter_set = "Identity"
    local_groups = AD_READERS
    output_type = ADGROUP_TYPE
    help = CmdletHelp(synopsis="Returns security groups.",
                      examples=(Example("Get-ADGroup -Identity CSHelpDesk",
                                        "Returns the CsHelpDesk role's group."),))

    def process(self) -> None:
        if self.parameter_set == "Identity":
            group = self.group(self.identity)
            if group is not None:
                self.write_object(ADGroup(group))
            return
        from ..lang.wildcard import compile_wildcard
        text = (self.filter or "").strip().strip("{}").strip()
        pattern = "*"
        if text != "*":
            parts = text.split(None, 2)
            if len(parts) != 3 or parts[0].lower() not in ("name", "samaccountname") or \
                    parts[1].lower() not in ("-like", "-eq"):
                raise PSRuntimeError(self.error(f"Error parsing query: '{text}'.",
                                                "ActiveDirectoryCmdlet:System.ArgumentException",
                                                INVALID_ARGUMENT, target=text))
            pattern = parts[2].strip("'\"")
        matches = compile_wildcard(pattern)
        for group in self.service("store").directory.groups():
            if matches(group.sam_account_name):
                self.write_object(ADGroup(group))


class AddADGroupMember(_ADCmdlet):
    name = "Add-ADGroupMember"
    implementing_type = "Microsoft.ActiveDirectory.Management.Commands.AddADGroupMember"
    parameters = (
        Parameter("Identity", STRING, position=0, mandatory=True),
        Parameter("Members", OBJECT_ARRAY, position=1, mandatory=True,
                  pipeline=BY_VALUE, aliases=("Member",)),
        Parameter("PassThru", SWITCH),
    )
    supports_should_process = True
    writes = True
    local_groups = AD_ADMINS
    help = CmdletHelp(
        synopsis="Adds users or groups to a group (membership grants the group's RBAC role).",
        examples=(Example('Add-ADGroupMember -Identity CSHelpDesk -Members kenmyer',
                          "Gives Ken Myer the CsHelpDesk role."),))

    def process(self) -> None:
        group = self.group(self.identity)
        if group is None:
            return
        directory = self.service("store").directory
        for member in self.members or ():
            if isinstance(member, ADGroup) or (isinstance(member, str)
                                              and directory.find_group(member) is not None):
                nested = self.group(member)
                if nested is not None and self.should_process(group.distinguished_name,
                                                              "Add-ADGroupMember"):
                    try:
                        directory.add_member(group.id, member_group_id=nested.id)
                    except ValueError as exc:
                        self.failed(group.sam_account_name, exc)
                continue
            user = self.user(member)
            if user is not None and self.should_process(group.distinguished_name,
                                                        "Add-ADGroupMember"):
                directory.add_member(group.id, user_id=user.id)
        if self.pass_thru:
            self.write_object(ADGroup(group))


class GetADGroupMember(_ADCmdlet):
    name = "Get-ADGroupMember"
    implementing_type = "Microsoft.ActiveDirectory.Management.Commands.GetADGroupMember"
    parameters = (
        Parameter("Identity", STRING, position=0, mandatory=True,
                  pipeline=BY_VALUE | BY_PROPERTY_NAME),
        Parameter("Recursive", SWITCH, help="Every user reached through nested groups."),
    )
    local_groups = AD_READERS
    help = CmdletHelp(synopsis="Returns the members of a group.",
                      examples=(Example("Get-ADGroupMember -Identity CSHelpDesk -Recursive",
                                        "Lists everyone who holds the CsHelpDesk role."),))

    def process(self) -> None:
        group = self.group(self.identity)
        if group is None:
            return
        for member in self.service("store").directory.members_of(group.id,
                                                                 recursive=bool(self.recursive)):
            self.write_object(ADUser(member) if isinstance(member, UserRecord) else ADGroup(member))


class NewADOrganizationalUnit(_ADCmdlet):
    name = "New-ADOrganizationalUnit"
    implementing_type = "Microsoft.ActiveDirectory.Management.Commands.NewADOrganizationalUnit"
    parameters = (
        Parameter("Name", STRING, position=0, mandatory=True),
        Parameter("Path", STRING, help=f"The parent; default {BASE_DN}."),
        Parameter("Description", STRING),
        Parameter("PassThru", SWITCH),
    )
    supports_should_process = True
    writes = True
    local_groups = AD_ADMINS
    output_type = ADOU_TYPE
    help = CmdletHelp(synopsis="Creates an organizational unit.",
                      examples=(Example('New-ADOrganizationalUnit -Name Sales -Path '
                                        '"OU=Redmond,DC=litwareinc,DC=com"',
                                        "Creates OU=Sales under Redmond."),))

    def process(self) -> None:
        path = self.path or BASE_DN
        if not self.should_process(f"OU={self.name_},{path}", "New"):
            return
        try:
            ou = self.service("store").directory.create_organizational_unit(name=self.name_,
                                                                           parent=path)
        except ValueError as exc:
            self.failed(self.name_, exc)
            return
        if self.pass_thru:
            self.write_object(ou)
