"""Initialize-CsLab: reset the lab to the seeded litwareinc.com deployment."""
from __future__ import annotations

from ..base import Cmdlet
from ..metadata import INT, CmdletHelp, Example, Parameter, SWITCH
from .groups import SERVER_ADMINS


class InitializeCsLab(Cmdlet):
    name = "Initialize-CsLab"
    implementing_type = "Lyncshell.InitializeCsLabCmdlet"
    parameters = (
        Parameter("Users", INT, help="Add this many synthetic Lync users (with certificates)."),
        Parameter("Force", SWITCH, help="Reset without asking for confirmation."),
    )
    supports_should_process = True
    confirm_impact = "High"
    writes = True
    local_groups = SERVER_ADMINS
    help = CmdletHelp(
        synopsis="Resets the lab to the seeded litwareinc.com deployment (lyncshell only).",
        description=("Deletes every change made in the lab and seeds the demo deployment again: "
                     "users, certificates, groups, roles and policies. -Users adds synthetic "
                     "users for scale work. Asks for confirmation unless -Force or -Confirm:$false."),
        examples=(Example("Initialize-CsLab -Force", "Resets the lab without asking."),
                  Example("Initialize-CsLab -Users 100000 -Force",
                          "Resets the lab and adds 100,000 synthetic users.")))

    def process(self) -> None:
        users = self.users or 0
        if users < 0:
            self.write_error(self.error("The number of users cannot be negative.", "InvalidUserCount",
                                        "InvalidArgument", target=users))
            return
        if self.should_process("litwareinc.com lab", "Reset the lab"):
            self.service("store").initialize_lab(extra_users=users)
