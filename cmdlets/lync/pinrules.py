"""The PIN policy rules: what an explicit PIN must satisfy, PIN generation and
the lockout limits. Pure functions; messages never contain the PIN."""
from __future__ import annotations

import re
import secrets
from datetime import datetime, timedelta

from ...store.records import PinPolicyRecord, UserRecord

MAX_PIN_LENGTH = 24
DEFAULT_POLICY = PinPolicyRecord(identity="Global", description=None, min_password_length=5,
                                 pin_history_count=0, pin_lifetime=0,
                                 allow_common_patterns=False, maximum_logon_attempts=None)

_DIGITS = re.compile(r"^[0-9]+$")


def _digits(text: str | None) -> str:
    return "".join(ch for ch in text or "" if ch.isdigit())


def has_repeating_pattern(pin: str) -> bool:
    """Repeating digits: three or more equal digits in a row (1112), a PIN made
    only of runs of equal digits (225577, 1122) or of one block said again (1212, 123123)."""
    if re.search(r"(\d)\1\1", pin):
        return True
    runs = [m.group(0) for m in re.finditer(r"(\d)\1*", pin)]
    if len(pin) >= 4 and all(len(run) >= 2 for run in runs):
        return True
    for size in range(1, len(pin) // 2 + 1):
        if len(pin) % size == 0 and pin[:size] * (len(pin) // size) == pin:
            return True
    return False


def has_consecutive_run(pin: str, length: int = 4) -> bool:
    """Four or more consecutive digits, ascending (1234, 991234) or descending (4321)."""
    up = down = 1
    for previous, current in zip(pin, pin[1:]):
        step = int(current) - int(previous)
        up = up + 1 if step == 1 else 1
        down = down + 1 if step == -1 else 1
        if up >= length or down >= length:
            return True
    return False


def matches_phone(pin: str, user: UserRecord | None) -> bool:
    """The PIN equals the user's phone number or extension (digits compared)."""
    if user is None:
        return False
    candidates = {_digits(user.phone_number), _digits(user.extension)}
    line = user.line_uri or ""
    if line:
        number, _, ext = line.partition(";ext=")
        candidates |= {_digits(number), _digits(ext)}
    candidates.discard("")
    return pin in candidates


def pin_problem(pin: str, policy: PinPolicyRecord, user: UserRecord | None) -> str | None:
    """Why an explicit PIN is refused (a message without the PIN), or None when it is fine."""
    if not _DIGITS.match(pin):
        return "The PIN can contain only the digits 0 through 9."
    if len(pin) < policy.min_password_length:
        return (f"The PIN must be at least {policy.min_password_length} digits long, as the "
                f'PIN policy "{policy.identity}" requires.')
    if len(pin) > MAX_PIN_LENGTH:
        return f"The PIN cannot be longer than {MAX_PIN_LENGTH} digits."
    if not policy.allow_common_patterns:
        if has_repeating_pattern(pin):
            return (f'The PIN is a common pattern (repeating digits), which the PIN policy '
                    f'"{policy.identity}" does not allow.')
        if has_consecutive_run(pin):
            return (f'The PIN is a common pattern (four or more consecutive digits), which the '
                    f'PIN policy "{policy.identity}" does not allow.')
        if matches_phone(pin, user):
            return (f"The PIN is the user's phone number or extension, which the PIN policy "
                    f'"{policy.identity}" does not allow.')
    return None


def generate_pin(policy: PinPolicyRecord, user: UserRecord | None) -> str:
    """A random PIN of the policy's minimum length that satisfies the policy and is
    never a common pattern (even where the policy would allow one)."""
    length = max(policy.min_password_length, 4)
    strict = PinPolicyRecord(identity=policy.identity, description=None,
                             min_password_length=length, pin_history_count=0, pin_lifetime=0,
                             allow_common_patterns=False, maximum_logon_attempts=None)
    while True:
        pin = "".join(secrets.choice("0123456789") for _ in range(length))
        if pin_problem(pin, strict, user) is None:
            return pin


def expiration_time(policy: PinPolicyRecord, set_time: datetime) -> datetime | None:
    """PINLifetime days after the change; None when PINs never expire (0)."""
    if not policy.pin_lifetime:
        return None
    return set_time + timedelta(days=policy.pin_lifetime)


def logon_limits(policy: PinPolicyRecord) -> tuple[int, int]:
    """(local, global) failed-logon limits.

    Lync derives the defaults from the PIN length (4 digits: 10 local / 100 global;
    5: 25 / 1000; longer: 25 / 5000). A stored hash does not reveal the PIN's
    length, so the policy's minimum length stands for it (our decision). A set
    MaximumLogonAttempts overrides the local count only."""
    length = policy.min_password_length
    if length <= 4:
        local, global_ = 10, 100
    elif length == 5:
        local, global_ = 25, 1000
    else:
        local, global_ = 25, 5000
    if policy.maximum_logon_attempts:
        local = policy.maximum_logon_attempts
    return local, max(global_, local)
