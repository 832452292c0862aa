"""Get-CsClientCertificate and Revoke-CsClientCertificate."""
from __future__ import annotations

from ..base import Cmdlet
from ..errors import INVALID_OPERATION
from ..metadata import BY_PROPERTY_NAME, BY_VALUE, CmdletHelp, Example, Parameter, SWITCH
from .groups import SERVER_ADMINS
from .identity import MANAGEMENT_EXCEPTION, USER_ID, resolve_users

_IDENTITY_HELP = ("The user: a SIP address (sip:kenmyer@litwareinc.com), a user principal name, "
                  "domain\\logon (litwareinc\\kenmyer), a display name (Ken Myer) or a "
                  "distinguished name. Wildcards are not allowed.")


def _identity() -> Parameter:
    return Parameter("Identity", USER_ID, position=0, mandatory=True,
                     pipeline=BY_VALUE | BY_PROPERTY_NAME, help=_IDENTITY_HELP)


class GetCsClientCertificate(Cmdlet):
    name = "Get-CsClientCertificate"
    implementing_type = "Microsoft.Rtc.Management.UserPinService.GetCsClientCertificateCmdlet"
    parameters = (_identity(), Parameter("Force", SWITCH))
    supports_should_process = True
    local_groups = SERVER_ADMINS
    output_type = "Microsoft.Rtc.Management.UserPinService.CertInfoDetails"
    help = CmdletHelp(
        synopsis="Lists the client certificates published on the server for a user.",
        description=("Each certificate the certificate provisioning service issued to the user "
                     "(for example to a phone that signed in with its number and PIN) is listed "
                     "with the time it was published and the time it expires."),
        examples=(Example('Get-CsClientCertificate -Identity "Ken Myer"',
                          "Lists the certificates issued to Ken Myer."),
                  Example('Get-CsUser | Where-Object {$_.RegistrarPool -ne $Null} | Get-CsClientCertificate | '
                          'Where-Object {$_.ExpirationTime -lt "9/1/2013"}',
                          "Lists every certificate that expires before 1 September 2013 (users "
                          "without a Registrar pool have none and would be an error).")),
        inputs="String or Microsoft.Rtc.Management.ADConnect.Schema.ADUser",
        outputs="Microsoft.Rtc.Management.UserPinService.CertInfoDetails")

    def process(self) -> None:
        store = self.service("store")
        for user in resolve_users(self, self.identity):
            if not user.registrar_pool:
                # Certificates live in the user store of the home pool: without one there is
                # nothing to ask (the documented error of Get-CsClientCertificate example 4).
                target = user.sip_address or user.display_name
                self.write_error(self.error(
                    f'Cannot get the client certificates of "{target}": the user is not assigned '
                    "to a Registrar pool.", "UserNotHomed", INVALID_OPERATION, target=target,
                    exception_type=MANAGEMENT_EXCEPTION, target_name=target))
                continue
            for certificate in store.certificates.for_user(user.id):
                self.write_object(certificate)


class RevokeCsClientCertificate(Cmdlet):
    name = "Revoke-CsClientCertificate"
    implementing_type = "Microsoft.Rtc.Management.UserPinService.RevokeCsClientCertificateCmdlet"
    parameters = (_identity(),
                  Parameter("Force", SWITCH, help="Suppresses the display of non-fatal error messages."))
    supports_should_process = True
    writes = True
    force_suppresses_errors = True
    local_groups = SERVER_ADMINS
    help = CmdletHelp(
        synopsis="Revokes, on the server, every client certificate issued to a user.",
        description=("The certificates are deleted from the server only; a device keeps its copy, "
                     "but a certificate the server cannot find no longer authenticates, so the "
                     "device has to sign in with its PIN again. Each user's revocation is "
                     "all-or-nothing."),
        examples=(Example('Revoke-CsClientCertificate -Identity "Ken Myer"',
                          "Revokes all the client certificates of Ken Myer."),
                  Example("Get-CsUser | Revoke-CsClientCertificate",
                          "Revokes the client certificates of every Lync-enabled user.")),
        inputs="String or Microsoft.Rtc.Management.ADConnect.Schema.ADUser")

    def process(self) -> None:
        store = self.service("store")
        for user in resolve_users(self, self.identity):
            target = user.sip_address or user.distinguished_name
            if self.should_process(target, target_object=user):
                store.certificates.revoke_all(user.id)
