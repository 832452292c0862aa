"""Get-, New-, Set-, Remove-CsAdminRole and Get-CsAdminRoleAssignment."""
from __future__ import annotations

import re
from typing import Any

from ...store.records import AdminRoleRecord
from ..base import Cmdlet
from ..errors import INVALID_ARGUMENT, INVALID_OPERATION, OBJECT_NOT_FOUND, PSRuntimeError
from ..lang.convert import to_string
from ..lang.values import Hashtable
from ..lang.wildcard import compile_wildcard
from ..metadata import (BY_PROPERTY_NAME, BY_VALUE, OBJECT, STRING, SWITCH, CmdletHelp, Example,
                        Parameter)
from .groups import READERS, SERVER_ADMINS
from .identity import MANAGEMENT_EXCEPTION, not_found

ROLE_TYPE = "Microsoft.Rtc.Management.WritableConfig.Settings.Roles.Role"
LIST_MODIFIER = "Microsoft.Rtc.Management.PSListModifier"


class GetCsAdminRole(Cmdlet):
    name = "Get-CsAdminRole"
    implementing_type = "Microsoft.Rtc.Management.Internal.GetAdminRoleCmdlet"
    parameters = (
        Parameter("Identity", STRING, position=0, pipeline=BY_VALUE, sets=("Identity",)),
        Parameter("Filter", STRING, sets=("Filter",), help="Wildcard pattern on the role Identity."),
        Parameter("Sid", STRING, sets=("Sid",)),
        Parameter("LocalStore", SWITCH),
    )
    default_parameter_set = "Identity"
    local_groups = READERS
    output_type = ROLE_TYPE
    help = CmdletHelp(
        synopsis="Returns the role-based access control (RBAC) roles of the deployment.",
        examples=(Example("Get-CsAdminRole", "Returns every role, standard and custom."),
                  Example('Get-CsAdminRole -Filter "*Voice*"',
                          'Returns the roles whose Identity contains "Voice".'),
                  Example('Get-CsAdminRole | Where-Object {$_.Cmdlets –match "Revoke-CsClientCertificate"}',
                          "Returns the roles that may run Revoke-CsClientCertificate.")),
        outputs=ROLE_TYPE)

    def process(self) -> None:
        roles = self.service("store").roles
        if self.identity is not None:
            role = roles.get(self.identity)
            if role is None:
                self.write_error(not_found(self, self.identity))
            else:
                self.write_object(role)
        elif self.sid is not None:
            role = roles.get_by_sid(self.sid)
            if role is None:
                self.write_error(not_found(self, self.sid))
            else:
                self.write_object(role)
        else:
            matches = compile_wildcard(self.filter) if self.filter is not None else None
            for role in roles.iterate():
                if matches is None or matches(role.identity):
                    self.write_object(role)


_SCOPE_SPLIT = re.compile(r",\s*(?=(?:OU:|site:|global\b)|[A-Za-z]+-Cs)", re.IGNORECASE)


def _strings(value: Any) -> list[str]:
    if value is None:
        return []
    if isinstance(value, (list, tuple)):
        out: list[str] = []
        for item in value:
            out.extend(_strings(item))
        return out
    # "OU:ou=Redmond,dc=litwareinc,dc=com,OU:ou=Dublin,..." : split only where a new
    # scope starts, since distinguished names hold commas themselves.
    return [s.strip() for s in _SCOPE_SPLIT.split(to_string(value)) if s.strip()]


def apply_list_modifier(current: tuple[str, ...], value: Any, *,
                        strict_remove: bool = False) -> tuple[str, ...]:
    """PSListModifier: @{Add=...}, @{Remove=...}, @{Replace=...}, or a plain value (replace).
    With strict_remove, removing an item the list does not hold is an error (a mistyped
    scope such as "siteRedmond" must not pass silently)."""
    if not isinstance(value, Hashtable):
        return tuple(_strings(value))
    unknown = [k for k in value.keys() if to_string(k).lower() not in ("add", "remove", "replace")]
    if unknown:
        raise ValueError(f'"{to_string(unknown[0])}" is not a list modifier: use Add, Remove or Replace.')
    items = list(current)
    if "Replace" in value:
        items = _strings(value["Replace"])
    for add in _strings(value["Add"]) if "Add" in value else []:
        if add.lower() not in (i.lower() for i in items):
            items.append(add)
    if "Remove" in value:
        removes = _strings(value["Remove"])
        if strict_remove:
            held = {_scope_key(i) for i in items}
            for item in removes:
                if _scope_key(item) not in held:
                    raise ValueError(f'Cannot remove "{item}": the role has no such scope '
                                     "(scopes are written OU:<distinguished name>, "
                                     "site:<SiteName> or Global).")
        drop = {_scope_key(r) for r in removes}
        items = [i for i in items if _scope_key(i) not in drop]
    return tuple(items)


def _scope_key(item: str) -> str:
    return re.sub(r"\s+", "", item).lower()


def _scope_problem(kind: str, scopes: tuple[str, ...], store: Any) -> str | None:
    if not scopes:
        return (f"A role needs at least one {kind} scope: use @{{Replace=\"Global\"}} to make "
                "it global.")
    for scope in scopes:
        lower = scope.lower()
        if lower == "global":
            continue
        if kind == "user" and lower.startswith("ou:"):
            dn = scope[3:].strip().lower().replace(" ", "")
            known = {o.distinguished_name.lower().replace(" ", "")
                     for o in store.directory.organizational_units()}
            if dn not in known:
                return f'The user scope "{scope}" names an OU that does not exist.'
            continue
        if kind == "config" and lower.startswith("site:"):
            sites = {s.name.lower() for s in store.directory.sites()} | \
                {str(s.site_id) for s in store.directory.sites()}
            if scope[5:].strip().lower() not in sites:
                return f'The config scope "{scope}" names a site that does not exist.'
            continue
        prefix = "OU:<distinguished name>" if kind == "user" else "site:<SiteName>"
        return f'"{scope}" is not a valid {kind} scope: use Global or {prefix}.'
    return None


def _normalize_scopes(scopes: tuple[str, ...]) -> tuple[str, ...]:
    out = []
    for scope in scopes:
        lower = scope.lower()
        if lower == "global":
            out.append("Global")
        elif lower.startswith("ou:"):
            out.append("OU:" + scope[3:].strip())
        elif lower.startswith("site:"):
            out.append("site:" + scope[5:].strip())
        else:
            out.append(scope)
    if len(out) > 1 and "Global" in out:
        # Global already covers every OU and site: adding a scope narrows the role to it.
        out = [scope for scope in out if scope != "Global"]
    return tuple(out)


_LIST_HELP = "A list, or @{Add=...}/@{Remove=...}/@{Replace=...}."


class NewCsAdminRole(Cmdlet):
    name = "New-CsAdminRole"
    implementing_type = "Microsoft.Rtc.Management.Internal.NewAdminRoleCmdlet"
    parameters = (
        Parameter("Identity", STRING, position=0, mandatory=True,
                  help="The role name: the SamAccountName of an existing universal security group."),
        Parameter("Template", STRING, mandatory=True,
                  help="The standard role whose cmdlets the new role starts with."),
        Parameter("UserScopes", OBJECT, help='"OU:<distinguished name>" entries. ' + _LIST_HELP),
        Parameter("ConfigScopes", OBJECT, help='"site:<SiteName>" entries. ' + _LIST_HELP),
        Parameter("Cmdlets", OBJECT, help="The cmdlets of the role (default: the template's). " + _LIST_HELP),
        Parameter("ScriptModules", OBJECT, help=_LIST_HELP),
        Parameter("InMemory", SWITCH, help="Return the role without saving it."),
        Parameter("Force", SWITCH),
    )
    supports_should_process = True
    writes = True
    local_groups = SERVER_ADMINS
    output_type = ROLE_TYPE
    help = CmdletHelp(
        synopsis="Creates a custom RBAC role from a standard role, limited to OUs or sites.",
        description=("The role's Identity must be the SamAccountName of an existing universal "
                     "security group (create it first with New-ADGroup -GroupScope Universal); "
                     "members of that group hold the role. The cmdlets come from the template."),
        examples=(Example('New-ADGroup -Name "RedmondHelpDeskAdmins" -GroupScope Universal\n'
                          'New-CsAdminRole -Identity "RedmondHelpDeskAdmins" -Template CsHelpDesk '
                          '-UserScopes "OU:ou=Redmond,dc=litwareinc,dc=com"',
                          "A help desk role limited to the Redmond OU."),
                  Example('New-ADGroup -Name "RedmondVoiceAdmins" -GroupScope Universal\n'
                          'New-CsAdminRole -Identity "RedmondVoiceAdmins" -Template CsVoiceAdministrator '
                          '-ConfigScopes "site:Redmond"',
                          "A voice administrator role limited to the Redmond site.")),
        outputs=ROLE_TYPE)

    def process(self) -> None:
        store = self.service("store")
        identity = self.identity.strip()
        group = store.directory.find_group(identity)
        if group is None or group.scope.lower() != "universal":
            raise PSRuntimeError(self.error(
                f'Cannot create the role "{identity}": there is no universal security group '
                "with that SamAccountName. Create the group first.", "GroupNotFound",
                OBJECT_NOT_FOUND, target=identity, exception_type=MANAGEMENT_EXCEPTION))
        if store.roles.get(identity) is not None:
            raise PSRuntimeError(self.error(f'The role "{identity}" already exists.',
                                            "RoleExists", INVALID_OPERATION, target=identity))
        template = store.roles.get(self.template)
        if template is None or not template.is_standard_role:
            raise PSRuntimeError(self.error(
                f'"{self.template}" is not a standard role to use as a template.',
                "InvalidTemplate", INVALID_ARGUMENT, target=self.template))
        try:
            users = _normalize_scopes(apply_list_modifier(("Global",), self.user_scopes)) \
                if "UserScopes" in self.bound else ("Global",)
            configs = _normalize_scopes(apply_list_modifier(("Global",), self.config_scopes)) \
                if "ConfigScopes" in self.bound else ("Global",)
            cmdlets = apply_list_modifier(template.cmdlets, self.cmdlets) \
                if "Cmdlets" in self.bound else template.cmdlets
            modules = apply_list_modifier(template.script_modules, self.script_modules) \
                if "ScriptModules" in self.bound else template.script_modules
        except ValueError as exc:
            raise PSRuntimeError(self.error(str(exc), "InvalidListModifier", INVALID_ARGUMENT)) from None
        for kind, scopes in (("user", users), ("config", configs)):
            problem = _scope_problem(kind, scopes, store)
            if problem is not None:
                raise PSRuntimeError(self.error(problem, "InvalidScope", INVALID_ARGUMENT,
                                                target=identity))
        role = AdminRoleRecord(identity=group.sam_account_name, sid=group.sid,
                               cmdlets=tuple(cmdlets), user_scopes=users, config_scopes=configs,
                               script_modules=tuple(modules), is_standard_role=False)
        if self.in_memory:
            self.write_object(role)
            return
        if self.should_process(role.identity):
            self.write_object(store.roles.create(role))


class SetCsAdminRole(Cmdlet):
    name = "Set-CsAdminRole"
    implementing_type = "Microsoft.Rtc.Management.Internal.SetAdminRoleCmdlet"
    parameters = (
        Parameter("Identity", STRING, position=0, mandatory=True, pipeline=BY_PROPERTY_NAME),
        Parameter("UserScopes", OBJECT, help=_LIST_HELP),
        Parameter("ConfigScopes", OBJECT, help=_LIST_HELP),
        Parameter("Cmdlets", OBJECT, help="Custom roles only. " + _LIST_HELP),
        Parameter("ScriptModules", OBJECT, help=_LIST_HELP),
        Parameter("Force", SWITCH),
    )
    supports_should_process = True
    writes = True
    local_groups = SERVER_ADMINS
    help = CmdletHelp(
        synopsis="Changes the scopes, cmdlets or script modules of a custom RBAC role.",
        description=("Lists take PSListModifier hashtables: @{Add=\"site:Dublin\"}, "
                     "@{Remove=\"site:Redmond\"}, @{Replace=\"Global\"}; a plain value replaces "
                     "the list. A role keeps at least one scope of each kind. Standard roles' "
                     "cmdlets and scopes cannot change (only their script modules)."),
        examples=(Example('New-ADGroup -Name "RedmondVoiceAdmins" -GroupScope Universal\n'
                          'New-CsAdminRole -Identity "RedmondVoiceAdmins" -Template CsVoiceAdministrator '
                          '-ConfigScopes "site:Redmond"\n'
                          'Set-CsAdminRole -Identity "RedmondVoiceAdmins" -ConfigScopes @{Add="site:Dublin"}',
                          "Creates a Redmond voice role, then adds the Dublin site to its scopes."),
                  Example('Set-CsAdminRole -Identity "RedmondVoiceAdmins" -ConfigScopes @{Replace="Global"}',
                          "Makes the role global.")))

    def process(self) -> None:
        store = self.service("store")
        role = store.roles.get(to_string(self.identity))
        if role is None:
            self.write_error(not_found(self, self.identity))
            return
        changes: dict[str, tuple[str, ...]] = {}
        try:
            for param, field in (("UserScopes", "user_scopes"), ("ConfigScopes", "config_scopes"),
                                 ("Cmdlets", "cmdlets"), ("ScriptModules", "script_modules")):
                if param in self.bound:
                    value = apply_list_modifier(getattr(role, field), self.bound[param],
                                                strict_remove="scopes" in field)
                    changes[field] = _normalize_scopes(value) if "scopes" in field else value
        except ValueError as exc:
            self.write_error(self.error(str(exc), "InvalidListModifier", INVALID_ARGUMENT,
                                        target=role.identity))
            return
        if role.is_standard_role and any(getattr(role, f) != v for f, v in changes.items()
                                         if f != "script_modules"):
            self.write_error(self.error(
                f'"{role.identity}" is a standard role: only its script modules can change.',
                "StandardRole", INVALID_OPERATION, target=role.identity))
            return
        for kind, field in (("user", "user_scopes"), ("config", "config_scopes")):
            if field in changes:
                problem = _scope_problem(kind, changes[field], store)
                if problem is not None:
                    self.write_error(self.error(problem, "InvalidScope", INVALID_ARGUMENT,
                                                target=role.identity))
                    return
        if changes and self.should_process(role.identity):
            store.roles.update(role.identity, **changes)


class RemoveCsAdminRole(Cmdlet):
    name = "Remove-CsAdminRole"
    implementing_type = "Microsoft.Rtc.Management.Internal.RemoveAdminRoleCmdlet"
    parameters = (
        Parameter("Identity", STRING, position=0, mandatory=True, pipeline=BY_PROPERTY_NAME,
                  sets=("Identity",), help="The custom role to remove."),
        Parameter("Sid", STRING, mandatory=True, sets=("Sid",),
                  help="The security identifier of the role (the SID of its group)."),
        Parameter("Filter", STRING, sets=("Filter",),
                  help='A wildcard pattern on the Identity of the custom roles to remove ("*Redmond*").'),
        Parameter("Force", SWITCH),
    )
    default_parameter_set = "Identity"
    supports_should_process = True
    confirm_impact = "High"
    writes = True
    local_groups = SERVER_ADMINS
    help = CmdletHelp(
        synopsis="Removes a custom RBAC role (asks for confirmation first).",
        description=("The role's security group and its members stay in the directory. Standard "
                     "roles cannot be removed. Add -Confirm:$False to skip the question."),
        examples=(Example('Remove-CsAdminRole -Identity "RedmondHelpDeskAdmins"',
                          "Removes the role created in the New-CsAdminRole example, after you answer Yes."),
                  Example('Remove-CsAdminRole -Filter "*Redmond*" -Confirm:$False',
                          'Removes, without asking, the custom roles whose name contains "Redmond".'),
                  Example('Get-CsAdminRole | Where-Object {$_.IsStandardRole -eq $False} | '
                          'Remove-CsAdminRole -Confirm:$False',
                          "Removes every custom role without asking.")))

    def process(self) -> None:
        roles = self.service("store").roles
        if self.parameter_set == "Filter":
            matches = compile_wildcard(self.filter or "*")
            # Standard roles never match a filter: only custom roles can be removed.
            for role in [r for r in roles.iterate()
                         if not r.is_standard_role and matches(r.identity)]:
                self.remove(role)
            return
        if self.parameter_set == "Sid":
            role = roles.get_by_sid(self.sid)
            if role is None:
                self.write_error(not_found(self, self.sid))
                return
        else:
            role = roles.get(to_string(self.identity))
            if role is None:
                self.write_error(not_found(self, self.identity))
                return
        self.remove(role)

    def remove(self, role: AdminRoleRecord) -> None:
        roles = self.service("store").roles
        if role.is_standard_role:
            self.write_error(self.error(
                f'"{role.identity}" is a standard role and cannot be removed.', "StandardRole",
                INVALID_OPERATION, target=role.identity))
            return
        if self.should_process(role.identity):
            roles.remove(role.identity)


class GetCsAdminRoleAssignment(Cmdlet):
    name = "Get-CsAdminRoleAssignment"
    implementing_type = "Microsoft.Rtc.Management.Internal.GetAdminRoleAssignmentCmdlet"
    parameters = (
        Parameter("Identity", STRING, position=0, mandatory=True, pipeline=BY_VALUE,
                  help="The user's SamAccountName (kenmyer); no other form works."),
        Parameter("LocalStore", SWITCH),
        Parameter("Force", SWITCH),
    )
    local_groups = READERS
    output_type = "System.String"
    help = CmdletHelp(
        synopsis="Returns the names of the RBAC roles a user holds.",
        description="The user must be named by SamAccountName; SIP addresses or display names do not work.",
        examples=(Example('Get-CsAdminRoleAssignment -Identity "kenmyer"',
                          "Lists Ken Myer's roles."),
                  Example('Get-CsUser | ForEach-Object {$_.SamAccountName; '
                          'Get-CsAdminRoleAssignment -Identity $_.SamAccountName}',
                          "Lists every user's roles.")),
        outputs="System.String")

    def process(self) -> None:
        store = self.service("store")
        sam = to_string(self.identity).strip()
        users = [u for u in store.users.find(f"litwareinc\\{sam}")
                 if u.sam_account_name.lower() == sam.lower()] \
            if "\\" not in sam and "@" not in sam and " " not in sam and ":" not in sam else []
        if len(users) != 1:
            self.write_error(not_found(self, self.identity))
            return
        groups = {g.sam_account_name.lower() for g in store.directory.groups_of(users[0].id)}
        for role in store.roles.iterate():
            if role.identity.lower() in groups:
                self.write_object(role.identity)


__all__ = ["GetCsAdminRole", "NewCsAdminRole", "SetCsAdminRole", "RemoveCsAdminRole",
           "GetCsAdminRoleAssignment", "apply_list_modifier"]
