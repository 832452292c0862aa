"""Salted PIN (and password) hashes: PBKDF2-HMAC-SHA256.

The stored form is "pbkdf2_sha256$<iterations>$<salt hex>$<hash hex>", the
same for PINs and for directory passwords, so the store and its tests can
read it without this module. Nothing here ever logs or returns a secret.
"""
from __future__ import annotations

import hashlib
import hmac
import secrets

ALGORITHM = "pbkdf2_sha256"
ITERATIONS = 100_000
SALT_BYTES = 16


def hash_secret(secret: str, *, salt: bytes | None = None, iterations: int = ITERATIONS) -> str:
    """The encoded hash of a PIN or password (a fresh random salt unless given)."""
    if salt is None:
        salt = secrets.token_bytes(SALT_BYTES)
    digest = hashlib.pbkdf2_hmac("sha256", secret.encode("utf-8"), salt, iterations)
    return f"{ALGORITHM}${iterations}${salt.hex()}${digest.hex()}"


def verify_secret(secret: str, encoded: str | None) -> bool:
    """Whether `secret` matches an encoded hash; False for None or a malformed hash."""
    if not encoded:
        return False
    parts = encoded.split("$")
    if len(parts) != 4 or parts[0] != ALGORITHM:
        return False
    try:
        iterations = int(parts[1])
        salt = bytes.fromhex(parts[2])
        expected = bytes.fromhex(parts[3])
    except ValueError:
        return False
    if iterations <= 0:
        return False
    digest = hashlib.pbkdf2_hmac("sha256", secret.encode("utf-8"), salt, iterations)
    return hmac.compare_digest(digest, expected)
