"""The synthetic transactions of the certificate lifecycle:

* Test-CsPhoneBootstrap signs in as a Lync Phone Edition device would, with a
  phone number (or extension) and PIN. On success the provisioning service
  issues the user a real client certificate and publishes it on the server; a
  wrong PIN counts towards the lockout; a locked PIN always fails.
* Test-CsClientAuthentication (Test-CsClientAuth in Lync 2010) signs in with the
  user's credential and then with a client certificate published for the user:
  it succeeds only while an unexpired lab-issued certificate is on the server
  and the password matches, so it fails after Revoke-CsClientCertificate.

Both return a TaskOutput (TargetUri, TargetFqdn, Result, Latency, Error, Diagnosis).
Verbose text never contains a PIN or password.
"""
from __future__ import annotations

import time
from datetime import timedelta
from typing import Any
from urllib.parse import urlparse

from ...store.records import UserCondition, UserQuery, UserRecord
from ..base import Cmdlet
from ..errors import ErrorRecord, INVALID_ARGUMENT
from ..metadata import INT, STRING, SWITCH, CmdletHelp, Example, Parameter
from .credentials import CREDENTIAL
from .groups import SERVER_ADMINS
from .pinhash import verify_secret
from .pinrules import logon_limits
from .pins import is_locked_out
from .redact import redact_record
from .views import TASKOUTPUT_TYPE, TaskOutput

WEB_TICKET_ERROR = "ERROR - No response received for Web-Ticket service."
CHECK_LINES = ("CHECK :",
               "- Web service url is valid and the web services are functional",
               "- If using PhoneNo\\PIN to authenticate, make sure they match the user uri",
               "- If using NTLM\\Kerberos auth, make sure you provided valid credentials")


def provisioning_uri(fqdn: str) -> str:
    return f"https://{fqdn}:443/CertProv/CertProvisioningService.svc"


class _SyntheticTest(Cmdlet):
    """Shared plumbing: target discovery, verbose log, the TaskOutput."""

    writes = True
    local_groups = SERVER_ADMINS
    output_type = TASKOUTPUT_TYPE

    def begin(self) -> None:
        self.log: list[str] = []

    def verbose(self, line: str) -> None:
        self.log.append(line)
        self.runtime.write_verbose(line)

    def target(self, user: UserRecord | None) -> tuple[str, str, bool]:
        """(TargetUri, TargetFqdn, reachable): the given target, else the user's pool,
        else the first Registrar pool (what DHCP discovery finds)."""
        pools = {p.fqdn.lower(): p.fqdn for p in self.service("store").directory.pools()}
        fqdn = self.target_fqdn
        if not fqdn and self.target_uri:
            fqdn = urlparse(self.target_uri).hostname or ""
        if not fqdn:
            fqdn = (user.registrar_pool if user is not None and user.registrar_pool else
                    next(iter(pools.values()), ""))
        uri = self.target_uri or provisioning_uri(fqdn)
        return uri, fqdn, fqdn.lower() in pools

    def finish(self, started: float, uri: str, fqdn: str, error: str | None,
               diagnosis: str | None = None) -> None:
        latency = timedelta(seconds=time.perf_counter() - started)
        if error:
            self.verbose(error)
        name = getattr(self, "out_verbose_variable", None)
        if name:
            self.runtime.set_variable(name.lstrip("$"), "\n".join(self.log))
        self.write_object(TaskOutput(target_uri=uri, target_fqdn=fqdn,
                                     result="Failure" if error else "Success",
                                     latency=latency, error=error, diagnosis=diagnosis))


def _common_parameters() -> tuple[Parameter, ...]:
    return (
        Parameter("TargetFqdn", STRING, position=0, aliases=("t",),
                  help="The Registrar pool to test; found as a phone would (DHCP) when left out."),
        Parameter("TargetUri", STRING, aliases=("twsu", "tu"),
                  help="The certificate provisioning service URL of the pool."),
        Parameter("RegistrarPort", INT, aliases=("rp",), help="The Registrar port (5061)."),
        Parameter("OutVerboseVariable", STRING, aliases=("ovv",),
                  help="A variable (name without $) that receives the verbose log."),
        Parameter("OutLoggerVariable", STRING, aliases=("olv",),
                  help="A variable (name without $) that receives the log."),
        Parameter("Force", SWITCH),
    )


def _digits(text: str) -> str:
    return "".join(ch for ch in text if ch.isdigit())


class TestCsPhoneBootstrap(_SyntheticTest):
    name = "Test-CsPhoneBootstrap"
    implementing_type = "Microsoft.Rtc.Management.SyntheticTransactions.TestPhoneBootstrapCmdlet"
    parameters = _common_parameters() + (
        Parameter("PhoneOrExt", STRING, mandatory=True, aliases=("PhoneOrExtension", "ph"),
                  help="The phone number (E.164, with or without +) or the extension."),
        Parameter("PIN", STRING, mandatory=True, secret=True, help="The user's PIN."),
        Parameter("UserSipAddress", STRING, aliases=("ua",),
                  help="The SIP address the number and PIN must belong to (sip: prefix)."),
    )
    help = CmdletHelp(
        synopsis="Signs in as a Lync Phone Edition device would: phone number or extension and PIN.",
        description=(
            "No device is needed. The phone number or extension and the PIN are checked as the "
            "certificate provisioning service checks them. On success the service issues the "
            "user a client certificate (valid DefaultValidityPeriodHours, 180 days) and "
            "publishes it on the server, where Get-CsClientCertificate shows it. A wrong PIN "
            "counts as a failed logon towards the PIN policy's lockout; a locked PIN always "
            "fails. With -UserSipAddress the test also fails when the number and PIN belong to "
            "another user. The PIN is never written to the verbose log."),
        examples=(
            Example('Test-CsPhoneBootstrap -PhoneOrExt 4255550101 -PIN 0712',
                    "Bootstraps with Ken Myer's phone number and PIN."),
            Example('Test-CsPhoneBootstrap -TargetFqdn atl-cs-001.litwareinc.com -PhoneOrExt 0101 '
                    '-PIN 0712 -UserSipAddress "sip:kenmyer@litwareinc.com"',
                    "Bootstraps against a given pool with the extension, checking the user.")),
        outputs=TASKOUTPUT_TYPE)

    def write_error(self, record: ErrorRecord) -> None:
        super().write_error(redact_record(record, self.runtime, [self.pin or ""]))

    def _candidates(self, store: Any, phone: str) -> list[UserRecord]:
        text = phone.strip()
        if text.lower().startswith("tel:"):
            text = text[4:]
        number, _, ext = text.partition(";ext=")
        digits = _digits(number)
        found: list[UserRecord] = []
        for candidate in dict.fromkeys((number, "+" + digits, digits)):
            if candidate and candidate != "+":
                found = store.users.find_by_phone(candidate, ext or None)
                if found:
                    break
        if not found and digits:
            found = self._by_line_uri(store, digits, ext)
        if not found and digits:
            found = store.users.find_by_extension(digits)
        if not found and digits and len(digits) < 7:
            # An unquoted extension such as 0101 reaches us as the number 101: match the
            # extensions that differ only by leading zeros.
            found = [u for u in store.users.query(UserQuery(all_of=(
                UserCondition("extension", "like", "*" + digits.lstrip("0")),)))
                if (u.extension or "").lstrip("0") == digits.lstrip("0")]
        return [u for u in found if u.sip_address and u.enabled]

    @staticmethod
    def _by_line_uri(store: Any, digits: str, ext: str) -> list[UserRecord]:
        """Users whose line URI (Set-CsUser -LineURI) is this number: the number a phone
        signs in with is the user's Lync phone number as well as the directory one."""
        found = store.users.query(UserQuery(all_of=(
            UserCondition("line_uri", "like", f"tel:*{digits}*"),)))
        out = []
        for user in found:
            number, _, user_ext = (user.line_uri or "")[4:].partition(";ext=")
            if _digits(number) == digits and (not ext or user_ext == ext):
                out.append(user)
        return out

    def process(self) -> None:
        started = time.perf_counter()
        store = self.service("store")
        pin = self.pin or ""
        sip = self.user_sip_address
        if sip is not None and not sip.lower().startswith("sip:"):
            self.write_error(self.error(
                f'The SIP address "{sip}" is not valid: it must begin with "sip:".',
                "InvalidSipAddress", INVALID_ARGUMENT, target=sip, target_name=sip))
            return
        candidates = self._candidates(store, self.phone_or_ext)
        if sip is not None:
            candidates = [u for u in candidates if (u.sip_address or "").lower() == sip.lower()]
        uri, fqdn, reachable = self.target(candidates[0] if candidates else None)
        self.verbose(f"Web service URL : {uri}")
        self.verbose(f"Using PIN auth with Phone\\Ext : {self.phone_or_ext} Pin : {'*' * len(pin)}")
        if not reachable:
            self.verbose("Could not get web ticket")
            self._check()
            self.finish(started, uri, fqdn, WEB_TICKET_ERROR,
                        f"The pool {fqdn} does not answer: it is not a Registrar pool of this deployment.")
            return
        now = self.runtime.now()
        matched: UserRecord | None = None
        locked: list[UserRecord] = []
        failed: list[UserRecord] = []
        for user in candidates:
            state = store.pins.state(user.id)
            if state.pin_hash is None:
                continue
            if is_locked_out(state, now):
                locked.append(user)
            elif verify_secret(pin, state.pin_hash):
                matched = user
                break
            else:
                failed.append(user)
        if matched is None:
            for user in failed:
                local, global_ = logon_limits(store.pin_policies.effective_for(user))
                store.pins.record_failure(user.id, at=now, local_limit=local, global_limit=global_)
            self.verbose("Could not get web ticket")
            self._check()
            diagnosis = ("The PIN is locked out; an administrator must unlock it "
                         "(Unlock-CsClientPin)." if locked and not failed else None)
            self.finish(started, uri, fqdn, WEB_TICKET_ERROR, diagnosis)
            return
        store.pins.record_success(matched.id)
        self.verbose(f"Web ticket received for {matched.sip_address}")
        from .ca import DEVICE_TYPE, issue_client_certificate  # cryptography loads only when needed
        issued = issue_client_certificate(store.settings, matched.sip_address or "", now)
        store.certificates.issue(matched.id, serial_number=issued.serial_number,
                                 thumbprint=issued.thumbprint, subject=issued.subject,
                                 publication_time=issued.not_before,
                                 expiration_time=issued.not_after, device_type=DEVICE_TYPE,
                                 certificate_pem=issued.pem)
        self.verbose(f"Certificate {issued.thumbprint} published for {matched.sip_address}")
        self.finish(started, uri, fqdn, None)

    def _check(self) -> None:
        for line in CHECK_LINES:
            self.verbose(line)


class TestCsClientAuthentication(_SyntheticTest):
    name = "Test-CsClientAuthentication"
    implementing_type = "Microsoft.Rtc.Management.SyntheticTransactions.TestClientAuthenticationCmdlet"
    parameters = _common_parameters() + (
        Parameter("UserSipAddress", STRING, mandatory=True, aliases=("ua",),
                  help="The SIP address of the user to sign in as (sip: prefix)."),
        Parameter("UserCredential", CREDENTIAL, mandatory=True, aliases=("uc",),
                  help="The user's credential (Get-Credential)."),
        Parameter("LiveIdAuthentication", SWITCH),
    )
    help = CmdletHelp(
        synopsis="Signs a user in with a client certificate published on the server.",
        description=(
            "The test authenticates to the certificate provisioning service with the user's "
            "credential, downloads the client certificates published for the user, and signs "
            "in with one. It succeeds only while the password is right and an unexpired "
            "certificate issued by the deployment is published for the user: after "
            "Revoke-CsClientCertificate it fails until the device bootstraps again."),
        examples=(
            Example('$cred = Get-Credential "litwareinc\\kenmyer"\n'
                    'Test-CsClientAuthentication -TargetFqdn atl-cs-001.litwareinc.com '
                    '-UserSipAddress "sip:kenmyer@litwareinc.com" -UserCredential $cred',
                    "Signs Ken Myer in with his client certificate."),),
        outputs=TASKOUTPUT_TYPE)

    def process(self) -> None:
        started = time.perf_counter()
        store = self.service("store")
        sip = self.user_sip_address or ""
        credential = self.user_credential
        if not sip.lower().startswith("sip:"):
            self.write_error(self.error(
                f'The SIP address "{sip}" is not valid: it must begin with "sip:".',
                "InvalidSipAddress", INVALID_ARGUMENT, target=sip, target_name=sip))
            return
        users = [u for u in store.users.find(sip) if (u.sip_address or "").lower() == sip.lower()]
        user = users[0] if len(users) == 1 else None
        uri, fqdn, reachable = self.target(user)
        self.verbose(f"Web service URL : {uri}")
        self.verbose(f"Using NTLM auth with user : {credential.user_name}")
        if not reachable:
            self.finish(started, uri, fqdn, WEB_TICKET_ERROR,
                        f"The pool {fqdn} does not answer: it is not a Registrar pool of this deployment.")
            return
        if user is None or not user.enabled:
            self.finish(started, uri, fqdn, f"ERROR - The user {sip} cannot sign in.",
                        "No enabled Lync user has this SIP address.")
            return
        owners = store.users.find(credential.user_name)
        if [o.id for o in owners] != [user.id] or \
                not verify_secret(credential.password.reveal(), store.users.password_hash(user.id)):
            self.verbose("Could not get web ticket")
            self.finish(started, uri, fqdn, WEB_TICKET_ERROR,
                        "The credential was refused: check the user name and password.")
            return
        from .ca import certificate_authenticates  # cryptography loads only when needed
        now = self.runtime.now()
        valid = [c for c in store.certificates.for_user(user.id)
                 if certificate_authenticates(store.settings, c.certificate_pem, sip, now)]
        self.verbose(f"{len(valid)} usable client certificate(s) found for {sip}")
        if not valid:
            self.finish(started, uri, fqdn,
                        "ERROR - No valid client certificate was found for the user.",
                        "The user has no unexpired certificate on the server (revoked or never "
                        "issued): sign in with the phone's PIN again (Test-CsPhoneBootstrap).")
            return
        self.verbose(f"Registered with certificate {valid[-1].thumbprint}; unregistered")
        self.finish(started, uri, fqdn, None)


class TestCsClientAuth(TestCsClientAuthentication):
    name = "Test-CsClientAuth"
    implementing_type = "Microsoft.Rtc.Management.SyntheticTransactions.TestClientAuthCmdlet"
    parameters = tuple(p for p in TestCsClientAuthentication.parameters
                       if p.name not in ("OutLoggerVariable", "LiveIdAuthentication"))
    help = CmdletHelp(
        synopsis="Lync Server 2010 name of Test-CsClientAuthentication: signs a user in with a "
                 "client certificate published on the server.",
        description=TestCsClientAuthentication.help.description,  # type: ignore[union-attr]
        examples=(
            Example('$cred = Get-Credential "litwareinc\\kenmyer"\n'
                    'Test-CsClientAuth -UserSipAddress "sip:kenmyer@litwareinc.com" '
                    '-UserCredential $cred', "Signs Ken Myer in with his client certificate."),),
        outputs=TASKOUTPUT_TYPE)
