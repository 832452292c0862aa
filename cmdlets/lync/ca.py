"""The lab's certificate authority and the client certificates it issues, as the
Lync Web Services certificate provisioning service does: real X.509 made with
`cryptography`.

The CA (an EC P-256 key and a self-signed certificate) is created the first time
it is needed and kept, as PEM, in the lab settings. Client certificates carry the
user's SIP URI as subject CN and as a URI subject alternative name, are for
client authentication only, and live DefaultValidityPeriodHours (4320 h = 180 days).
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from cryptography import x509
from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import ExtendedKeyUsageOID, NameOID

CA_KEY_SETTING = "lab_ca_key_pem"
CA_CERT_SETTING = "lab_ca_certificate_pem"
VALIDITY_SETTING = "DefaultValidityPeriodHours"
DEFAULT_VALIDITY_HOURS = 4320
MIN_VALIDITY_HOURS, MAX_VALIDITY_HOURS = 8, 8760
CA_NAME = "Litwareinc Lync Lab CA"
CA_LIFETIME = timedelta(days=3650)
DEVICE_TYPE = "Lync Phone Edition"


@dataclass(frozen=True, slots=True)
class LabCA:
    key: ec.EllipticCurvePrivateKey
    certificate: x509.Certificate


@dataclass(frozen=True, slots=True)
class IssuedCertificate:
    pem: str
    serial_number: str        # upper-case hex
    thumbprint: str           # SHA-1 of the DER, upper-case hex
    subject: str              # CN=sip:kenmyer@litwareinc.com
    not_before: datetime
    not_after: datetime


def _naive_utc(value: datetime) -> datetime:
    return value.replace(tzinfo=None, microsecond=0)


def lab_ca(settings, now: datetime) -> LabCA:
    """The lab CA, created (and saved in settings) on first need."""
    key_pem, cert_pem = settings.get(CA_KEY_SETTING), settings.get(CA_CERT_SETTING)
    if key_pem and cert_pem:
        key = serialization.load_pem_private_key(key_pem.encode("ascii"), password=None)
        return LabCA(key, x509.load_pem_x509_certificate(cert_pem.encode("ascii")))  # type: ignore[arg-type]
    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, CA_NAME),
                      x509.NameAttribute(NameOID.ORGANIZATION_NAME, "litwareinc")])
    start = _naive_utc(now) - timedelta(days=1)
    cert = (x509.CertificateBuilder()
            .subject_name(name).issuer_name(name).public_key(key.public_key())
            .serial_number(x509.random_serial_number())
            .not_valid_before(start).not_valid_after(start + CA_LIFETIME)
            .add_extension(x509.BasicConstraints(ca=True, path_length=0), critical=True)
            .add_extension(x509.KeyUsage(digital_signature=True, key_cert_sign=True, crl_sign=True,
                                         content_commitment=False, key_encipherment=False,
                                         data_encipherment=False, key_agreement=False,
                                         encipher_only=False, decipher_only=False), critical=True)
            .add_extension(x509.SubjectKeyIdentifier.from_public_key(key.public_key()), critical=False)
            .sign(key, hashes.SHA256()))
    settings.set(CA_KEY_SETTING, key.private_bytes(
        serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
        serialization.NoEncryption()).decode("ascii"))
    settings.set(CA_CERT_SETTING, cert.public_bytes(serialization.Encoding.PEM).decode("ascii"))
    return LabCA(key, cert)


def validity_hours(settings) -> int:
    text = settings.get(VALIDITY_SETTING)
    try:
        hours = int(text) if text else DEFAULT_VALIDITY_HOURS
    except ValueError:
        hours = DEFAULT_VALIDITY_HOURS
    return min(max(hours, MIN_VALIDITY_HOURS), MAX_VALIDITY_HOURS)


def issue_client_certificate(settings, sip_address: str, now: datetime) -> IssuedCertificate:
    """A new client-authentication certificate for a SIP URI, signed by the lab CA.
    The device's private key is generated and discarded: the server keeps only the
    certificate, as the provisioning service publishes only the certificate."""
    ca = lab_ca(settings, now)
    device_key = ec.generate_private_key(ec.SECP256R1())
    start = _naive_utc(now)
    end = start + timedelta(hours=validity_hours(settings))
    subject = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, sip_address)])
    cert = (x509.CertificateBuilder()
            .subject_name(subject).issuer_name(ca.certificate.subject)
            .public_key(device_key.public_key())
            .serial_number(x509.random_serial_number())
            .not_valid_before(start).not_valid_after(end)
            .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
            .add_extension(x509.KeyUsage(digital_signature=True, key_cert_sign=False, crl_sign=False,
                                         content_commitment=False, key_encipherment=False,
                                         data_encipherment=False, key_agreement=True,
                                         encipher_only=False, decipher_only=False), critical=True)
            .add_extension(x509.ExtendedKeyUsage([ExtendedKeyUsageOID.CLIENT_AUTH]), critical=False)
            .add_extension(x509.SubjectAlternativeName(
                [x509.UniformResourceIdentifier(sip_address)]), critical=False)
            .add_extension(x509.AuthorityKeyIdentifier.from_issuer_public_key(
                ca.key.public_key()), critical=False)
            .sign(ca.key, hashes.SHA256()))
    return IssuedCertificate(
        pem=cert.public_bytes(serialization.Encoding.PEM).decode("ascii"),
        serial_number=f"{cert.serial_number:X}",
        thumbprint=cert.fingerprint(hashes.SHA1()).hex().upper(),  # noqa: S303 - Windows thumbprint
        subject=f"CN={sip_address}", not_before=start, not_after=end)


def certificate_authenticates(settings, pem: str | None, sip_address: str, now: datetime) -> bool:
    """Whether a published certificate would authenticate this user now: a real
    certificate signed by the lab CA, for this SIP URI, for client authentication,
    inside its validity period."""
    if not pem:
        return False
    ca_pem = settings.get(CA_CERT_SETTING)
    if not ca_pem:
        return False
    try:
        cert = x509.load_pem_x509_certificate(pem.encode("ascii"))
        ca_cert = x509.load_pem_x509_certificate(ca_pem.encode("ascii"))
        cert.verify_directly_issued_by(ca_cert)
        sans = cert.extensions.get_extension_for_class(x509.SubjectAlternativeName).value
        usages = cert.extensions.get_extension_for_class(x509.ExtendedKeyUsage).value
    except (ValueError, TypeError, InvalidSignature, x509.ExtensionNotFound):
        return False
    if sip_address.lower() not in (u.lower() for u in
                                   sans.get_values_for_type(x509.UniformResourceIdentifier)):
        return False
    if ExtendedKeyUsageOID.CLIENT_AUTH not in usages:
        return False
    moment = _naive_utc(now)
    return cert.not_valid_before_utc.replace(tzinfo=None) <= moment < \
        cert.not_valid_after_utc.replace(tzinfo=None)
