"""Get-CsAdminRole."""
from __future__ import annotations

from ..base import Cmdlet
from ..lang.wildcard import compile_wildcard
from ..metadata import BY_VALUE, CmdletHelp, Example, Parameter, STRING, SWITCH
from .groups import READERS
from .identity import not_found


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
    output_type = "Microsoft.Rtc.Management.WritableConfig.Settings.Roles.Role"
    help = CmdletHelp(
        synopsis="Returns the role-based access control (RBAC) roles of the deployment.",
        examples=(Example("Get-CsAdminRole", "Returns every role, standard and custom."),
                  Example('Get-CsAdminRole | Where-Object {$_.Cmdlets –match "Revoke-CsClientCertificate"}',
                          "Returns the roles that may run Revoke-CsClientCertificate.")),
        outputs="Microsoft.Rtc.Management.WritableConfig.Settings.Roles.Role")

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
