"""The certificate lifecycle against the in-memory store: bootstrap with a PIN,
certificate published, client authentication, revocation, bootstrap again."""
from __future__ import annotations

from datetime import datetime, timedelta

import pytest
from cryptography import x509
from cryptography.hazmat.primitives import hashes
from cryptography.x509.oid import ExtendedKeyUsageOID

from fakes import FakeStore
from harness import FakeContext, LabContext, lab
from lyncshell.cmdlets.errors import PSRuntimeError
from lyncshell.cmdlets.lync.credentials import PSCredential, SecureString
from lyncshell.cmdlets.lync.pinhash import hash_secret
from lyncshell.store.records import PinPolicyRecord

NOW = datetime(2012, 10, 1, 9, 30)
KEN_SIP = "sip:kenmyer@litwareinc.com"


def _store() -> FakeStore:
    store = FakeStore()
    store.users.update(2, password_hash=hash_secret("Pass@word1"))
    lab(store, ("Set-CsClientPin", "Ken Myer", "48213"), now=NOW)
    return store


def _cred(password: str = "Pass@word1", user: str = "litwareinc\\kenmyer") -> PSCredential:
    return PSCredential(user, SecureString(password))


def _auth(store, cred=None):
    return lab(store, ("Test-CsClientAuthentication", "-UserSipAddress", KEN_SIP,
                       "-UserCredential", cred or _cred()), now=NOW).output[0]


def test_bootstrap_issues_a_real_client_certificate() -> None:
    store = _store()
    run = lab(store, ("Test-CsPhoneBootstrap", "-PhoneOrExt", "14255550101", "-PIN", "48213"),
              now=NOW)
    (task,) = run.output
    assert task.result == "Success" and task.error is None
    assert task.target_fqdn == "atl-cs-001.litwareinc.com"
    assert task.target_uri == \
        "https://atl-cs-001.litwareinc.com:443/CertProv/CertProvisioningService.svc"
    (cert,) = store.certificates.for_user(2)
    parsed = x509.load_pem_x509_certificate(cert.certificate_pem.encode())
    assert cert.thumbprint == parsed.fingerprint(hashes.SHA1()).hex().upper()
    assert int(cert.serial_number, 16) == parsed.serial_number
    assert cert.publication_time == NOW
    assert cert.expiration_time - cert.publication_time == timedelta(hours=4320)
    san = parsed.extensions.get_extension_for_class(x509.SubjectAlternativeName).value
    assert san.get_values_for_type(x509.UniformResourceIdentifier) == [KEN_SIP]
    eku = parsed.extensions.get_extension_for_class(x509.ExtendedKeyUsage).value
    assert list(eku) == [ExtendedKeyUsageOID.CLIENT_AUTH]
    assert cert.subject == f"CN={KEN_SIP}"


def test_lifecycle_bootstrap_auth_revoke_auth_bootstrap() -> None:
    store = _store()
    assert _auth(store).result == "Failure"          # no certificate yet
    lab(store, ("Test-CsPhoneBootstrap", "-PhoneOrExt", "0101", "-PIN", "48213"), now=NOW)
    assert len(lab(store, ("Get-CsClientCertificate", "Ken Myer")).output) == 1
    assert _auth(store).result == "Success"
    assert _auth(store, _cred("wrong")).result == "Failure"
    assert _auth(store, _cred(user="litwareinc\\pilar")).result == "Failure"
    lab(store, ("Revoke-CsClientCertificate", "Ken Myer"))
    failed = _auth(store)
    assert failed.result == "Failure" and "certificate" in failed.error
    task = lab(store, ("Test-CsPhoneBootstrap", "-PhoneOrExtension", "+14255550101", "-PIN",
                       "48213"), now=NOW).output[0]
    assert task.result == "Success" and _auth(store).result == "Success"


def test_expired_certificate_does_not_authenticate() -> None:
    store = _store()
    lab(store, ("Test-CsPhoneBootstrap", "-PhoneOrExt", "0101", "-PIN", "48213"), now=NOW)
    later = NOW + timedelta(hours=4321)
    task = lab(store, ("Test-CsClientAuth", "-UserSipAddress", KEN_SIP, "-UserCredential",
                       _cred()), now=later).output[0]
    assert task.result == "Failure"


def test_wrong_pin_counts_towards_lockout_and_locked_pin_fails() -> None:
    store = _store()
    store.pin_policies.save(PinPolicyRecord("Global", None, 5, 0, 0, False, 3))
    for _ in range(3):
        task = lab(store, ("Test-CsPhoneBootstrap", "-PhoneOrExt", "0101", "-PIN", "11111"),
                   now=NOW).output[0]
        assert task.result == "Failure"
        assert task.error == "ERROR - No response received for Web-Ticket service."
    info = lab(store, ("Get-CsClientPinInfo", "Ken Myer"), now=NOW).output[0]
    assert info.is_locked_out
    task = lab(store, ("Test-CsPhoneBootstrap", "-PhoneOrExt", "0101", "-PIN", "48213"),
               now=NOW).output[0]
    assert task.result == "Failure" and store.certificates.for_user(2) == []
    lab(store, ("Unlock-CsClientPin", "Ken Myer"))
    task = lab(store, ("Test-CsPhoneBootstrap", "-PhoneOrExt", "0101", "-PIN", "48213"),
               now=NOW).output[0]
    assert task.result == "Success"


def test_user_sip_address_must_own_the_number() -> None:
    store = _store()
    task = lab(store, ("Test-CsPhoneBootstrap", "-PhoneOrExt", "0101", "-PIN", "48213",
                       "-UserSipAddress", "sip:pilar@litwareinc.com"), now=NOW).output[0]
    assert task.result == "Failure"
    run = lab(store, ("Test-CsPhoneBootstrap", "-PhoneOrExt", "0101", "-PIN", "48213",
                      "-UserSipAddress", "pilar@litwareinc.com"), now=NOW)
    assert run.errors[0].error_id == "InvalidSipAddress" and not run.output


def test_unknown_target_pool_fails() -> None:
    store = _store()
    task = lab(store, ("Test-CsPhoneBootstrap", "-TargetFqdn", "nowhere.litwareinc.com",
                       "-PhoneOrExt", "0101", "-PIN", "48213"), now=NOW).output[0]
    assert task.result == "Failure" and task.target_fqdn == "nowhere.litwareinc.com"
    assert store.certificates.for_user(2) == []


def test_verbose_log_never_holds_the_pin() -> None:
    store = _store()
    ctx = LabContext({"store": store})
    lab(store, ("Test-CsPhoneBootstrap", "-PhoneOrExt", "0101", "-PIN", "48213", "-Verbose",
                "-OutVerboseVariable", "log"), ctx=ctx, now=NOW)
    assert ctx.host.verbose and not any("48213" in line for line in ctx.host.verbose)
    assert "Pin : *****" in ctx.variables["log"] and "48213" not in ctx.variables["log"]


def test_convert_to_secure_string_and_credentials() -> None:
    store = FakeStore()
    run = lab(store, ("ConvertTo-SecureString", "Pass@word1", "-AsPlainText", "-Force"))
    (secure,) = run.output
    assert isinstance(secure, SecureString) and secure.reveal() == "Pass@word1"
    assert "Pass@word1" not in repr(secure)
    run = lab(store, ("ConvertTo-SecureString", "Pass@word1", "-AsPlainText"))
    assert run.errors and not run.output
    run = lab(store, ("Get-Credential", "-UserName", "litwareinc\\kenmyer", "-Password", secure))
    (cred,) = run.output
    assert cred.user_name == "litwareinc\\kenmyer" and cred.password is secure


def test_get_credential_prompts_securely_or_fails_noninteractive() -> None:
    store = FakeStore()
    with pytest.raises(PSRuntimeError, match="NonInteractive"):
        lab(store, ("Get-Credential", "litwareinc\\kenmyer"))
    ctx = LabContext({"store": store})
    asked = []
    ctx.host.interactive = True

    def read_line(prompt: str, secure: bool = False) -> str:
        asked.append((prompt, secure))
        return "Pass@word1"

    ctx.host.read_line = read_line  # type: ignore[method-assign]
    (cred,) = lab(store, ("Get-Credential", "litwareinc\\kenmyer"), ctx=ctx).output
    assert asked == [("Password for user litwareinc\\kenmyer: ", True)]
    assert cred.password.reveal() == "Pass@word1"
    assert "Pass@word1" not in ctx.host.text
