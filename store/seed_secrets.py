"""Secrets of the demo lab: the documented lab password, the seeded PINs, and their hashes.

Hash format (the same for passwords and PINs; records.PinStateRecord documents it for the
cmdlets layer): "pbkdf2_sha256$<iterations>$<salt hex>$<hash hex>", where hash =
hashlib.pbkdf2_hmac("sha256", secret.encode("utf-8"), salt, iterations), iterations 100000.

Seeded salts are deterministic (`salt_for`), so the lab is reproducible; the hashes are
precomputed here because 100,000 PBKDF2 iterations cost ~60 ms each and the lab is re-seeded
before every spec case (tests/store checks they equal `kdf_hash(...)` of the documented
secrets). Synthetic users share one password hash (salt owner "labuser").
"""
from __future__ import annotations

import hashlib

KDF_ITERATIONS = 100_000

#: The password of every seeded directory account (Administrator, Ken Myer, Lab User ...).
LAB_PASSWORD = "Pass@word1"

#: Seeded PINs by owner ("ellenadams#1" is Ellen Adams's previous PIN, kept in her history).
LAB_PINS = {
    "kenmyer": "0712", "pilar": "73915", "chrystalvelasquez": "502846",
    "davidlongmuir": "61839", "tonysmith": "84051", "ellenadams": "2749163",
    "ellenadams#1": "5820417", "guygilbert": "90417", "mariafernandes": "285714",
}


def salt_for(kind: str, owner: str) -> bytes:
    """The deterministic 16-byte salt of a seeded secret (kind "password" or "pin")."""
    return hashlib.sha256(f"lyncshell-lab:{kind}:{owner}".encode()).digest()[:16]


def kdf_hash(secret: str, salt: bytes, iterations: int = KDF_ITERATIONS) -> str:
    digest = hashlib.pbkdf2_hmac("sha256", secret.encode("utf-8"), salt, iterations)
    return f"pbkdf2_sha256${iterations}${salt.hex()}${digest.hex()}"


# Precomputed: kdf_hash(LAB_PASSWORD, salt_for("password", sam)).
PASSWORD_HASHES = {
    "Administrator": "pbkdf2_sha256$100000$eeff88be38941a73838bed425e5ee9ef$7390def364fdc945aa524cb44d3a066c10271b8e7a351760ef198b9c2776fcfe",
    "kenmyer": "pbkdf2_sha256$100000$6aa0163192de1c8a07325939e1b0a28a$bfa109a5157a31852aded595dd9df9da3bea7f8c8702c3782ff188f5733fc953",
    "pilar": "pbkdf2_sha256$100000$f6309d329f6ae2b1390ad88b11758b65$5494c15338aafe045aa260cccb5d190ec1be5834994554969b38112859021a66",
    "aidandelaney": "pbkdf2_sha256$100000$a1ec5a105822986ae065b88cf6f9f56e$913be4c3de9eb8a810c92d3d2ef67725b5bbd54c2fc6e8119ce3c3c36c8b522a",
    "chrystalvelasquez": "pbkdf2_sha256$100000$b44f0870bb51bb96e735f85f889b5250$e7836524b6ab570d485582722d31c9170c341246c1641d9beea122e91d01da44",
    "davidlongmuir": "pbkdf2_sha256$100000$9f995f33388a994aaf9ab6790a61ffe2$a51c28daa9012082d842e95bb0d10af55c5cbd08c85d2479ae9c8351aacc296a",
    "jhaas": "pbkdf2_sha256$100000$e2b5f68a349d2389f53c55a728bff58d$97389ca0026a9d74f9efb76efadd6d69ca3a4a8c9ed346299e0795d8c3993fd6",
    "annbeebe": "pbkdf2_sha256$100000$d59c4bba901c413213ae2393bdeb8758$5a856d9bdb0e0dd5798dedbc49016b0e9ab352b169081f93028dee2bb822902f",
    "jeffhay": "pbkdf2_sha256$100000$482dff682fc1584f4c1c72b43c309053$1f917293599859fd1d05c3b650c33832cd3bb52798b0c528049cd8ee329c8ded",
    "mariafernandes": "pbkdf2_sha256$100000$8f144009c47a2778cde78e74c8dfe790$6996e2fc73a74fed34b0ca6078d3451b0fa50164b7ac195633d5294f76c96a20",
    "ellenadams": "pbkdf2_sha256$100000$349f33a64b1c25954efb437cc1b73328$058b921af20dd732387be750ed9c1965c96fc90a38c87dc3a3498c006d0e3eb1",
    "kimakers": "pbkdf2_sha256$100000$8a0e7ca573ac8e70d24eb09248b27cba$ac783bea860357e7369f30de7bde3b9318cbe257a95902c24def25f5f77e3244",
    "donhall": "pbkdf2_sha256$100000$27ab1de148b888b47edb61f449cca401$5766c2172c4a25084a675d12f055bb142c81a0ed88043af0cb37039971ebf42c",
    "tonysmith": "pbkdf2_sha256$100000$c8f131217b3dc33c3ea1e5b6b9f74cc0$d276815cbbed2489f656a6a537898cd5543aa3c06823bafe8d69ea6462fbd9b5",
    "lisasmith": "pbkdf2_sha256$100000$b9d8b2a9851fb685df1295a1cd1a3cb2$df4c291a416a428a4a3d5b953f5937ed59b52018ce77b1c123866443052bd4fa",
    "lolajacobsen": "pbkdf2_sha256$100000$6fc12e62cb78a6741e2c7ee3b9f161fc$e97d82489b2963901064890d7866d80af1a0c94a5d36c6196c6e837bf46a4c84",
    "francoisajenstat": "pbkdf2_sha256$100000$4ad2525efb6c3e3bd009d4f8b0ad5d99$0ee47dbce5aff07317f0727cbb08426561d215a3d2f5bd0d067ad7c5937c1d45",
    "sophiemartin": "pbkdf2_sha256$100000$c863cd25f3266088332fcacd26ff9a44$13c9376707251882663fa3f58ffdb542ef3cccf8e8fc31e70dd3b2163c4e2150",
    "seankelly": "pbkdf2_sha256$100000$b57905940e132fb24f688b78c7163361$35706ce4e9db35ec57f2351296f88f0e0565bc33a3d4bfcf022c65812c0ea0ac",
    "niamhbyrne": "pbkdf2_sha256$100000$92ad0037a3354ad1f0b7dcd558c4509e$0e4958bb0df823754d25010a705fefb759680960e4820fd0ea5a26bc1d50771b",
    "guygilbert": "pbkdf2_sha256$100000$282f725cfb8cc4f231610f926225ead7$03016676f4b65d603e1fb7b792f90fa0f9be9583e7ae2292c808f68ae409aa00",
}
EXTRA_PASSWORD_HASH = "pbkdf2_sha256$100000$c2ce83adfa068435789b24f7fd62b7f9$3472e7f7e18abff1ca669372961499dc9f28f13a5f35600f68b0919632a20226"

# Precomputed: kdf_hash(LAB_PINS[owner], salt_for("pin", owner)).
PIN_HASHES = {
    "kenmyer": "pbkdf2_sha256$100000$8cb6a2d40144925532d3adf2f2854725$ae58fe20567b70f0addfec5143952f67e5079d45c54c41677d84e1c20c0bf107",
    "pilar": "pbkdf2_sha256$100000$2d8699b6fd929941b569fdbc58c59282$d1679c33cd59f9655f6e0728b7c9e5695480b253e6ae4f7e4697c4cc23f2e89b",
    "chrystalvelasquez": "pbkdf2_sha256$100000$45fd631fd1e5fee9cdc7d636395e2183$8ad0c93bcd551e81eda2fe31464d50a93c5794dc2f3989f0a1757212be038b58",
    "davidlongmuir": "pbkdf2_sha256$100000$170b24463c24172a9096fc93833b6fbe$98e776adf46450b5027d20013a568ba82584b0932dc07640ca33537c853bf4d6",
    "tonysmith": "pbkdf2_sha256$100000$86bb10039b63d33a050f8a84619295aa$6c67e0a7c4480ebf738fc3438e6f75954985940f898221823b59ee8bb9cea120",
    "ellenadams": "pbkdf2_sha256$100000$d4d9f5e10110076dbc4d6c208f2f5ea6$d39873eff87bee052d043428fef6da13ba7f684b97305c0e33483a62937f7681",
    "ellenadams#1": "pbkdf2_sha256$100000$aeab7e5d29f08415b15407db23c81535$33547533fea6138d7bc00afc49852416be67b20a187034d6fb2996f00a8f4dfd",
    "guygilbert": "pbkdf2_sha256$100000$bbcbdf48b388eed12516488c7c0d4420$7a2cc6d3052c6e8e0c6ffa2fa5a4d93f88b11b0db0419cafca3691e52390851a",
    "mariafernandes": "pbkdf2_sha256$100000$d62a4c30536af1aed11c402368052fdd$e2fca840663ae6200a688525232f086de213585102a5e357500566dbac98f0b8",
}
