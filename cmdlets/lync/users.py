"""Get-CsUser."""
from __future__ import annotations

from ..base import Cmdlet
from ..lang.convert import to_string
from ..metadata import BY_PROPERTY_NAME, BY_VALUE, INT, CmdletHelp, Example, Parameter, STRING, SWITCH
from .groups import READERS
from .identity import USER_ID, not_found


class GetCsUser(Cmdlet):
    name = "Get-CsUser"
    implementing_type = "Microsoft.Rtc.Management.AD.Cmdlets.GetOcsUserCmdlet"
    parameters = (
        Parameter("Identity", USER_ID, position=0, pipeline=BY_VALUE | BY_PROPERTY_NAME,
                  help="A user identity; in the display-name form * matches any characters."),
        Parameter("OU", STRING, help="Only users in this organizational unit or its children."),
        Parameter("ResultSize", INT, help="Return at most this many users."),
        Parameter("UnassignedUser", SWITCH, aliases=("UnAssignedUser",),
                  help="Only users enabled for Lync but not assigned to a Registrar pool."),
        Parameter("OnLyncServer", SWITCH, help="Only users homed on Lync Server."),
    )
    local_groups = READERS
    output_type = "Microsoft.Rtc.Management.ADConnect.Schema.ADUser"
    help = CmdletHelp(
        synopsis="Returns the users enabled for Lync Server and their Lync properties.",
        examples=(Example("Get-CsUser", "Returns every Lync-enabled user."),
                  Example('Get-CsUser -Identity "Pilar*"',
                          "Returns the users whose display names start with Pilar."),
                  Example('Get-CsUser -OU "ou=Finance,ou=North America,dc=litwareinc,dc=com"',
                          "Returns the users of the Finance OU and its child OUs.")),
        inputs="String", outputs="Microsoft.Rtc.Management.ADConnect.Schema.ADUser")

    def begin(self) -> None:
        self.returned = 0

    def process(self) -> None:
        store = self.service("store")
        limit = self.result_size
        if self.identity is not None:
            users = [self.identity] if not isinstance(self.identity, str) else \
                [u for u in store.users.find(self.identity, allow_wildcard=True) if u.sip_address]
            if not users and isinstance(self.identity, str) and "*" not in self.identity:
                self.write_error(not_found(self, self.identity))
        else:
            users = store.users.iterate(lync_enabled_only=True, ou=self.ou,
                                        unassigned_only=bool(self.unassigned_user))
        for user in users:
            if limit is not None and self.returned >= limit:
                return
            if self.ou and self.identity is not None and \
                    not user.distinguished_name.lower().endswith(to_string(self.ou).lower()):
                continue
            self.returned += 1
            self.write_object(user)
