"""Get-CsClientPinInfo, Set-CsClientPin, Lock-CsClientPin and Unlock-CsClientPin.

A PIN is stored only as a salted hash (pinhash.py). No PIN ever appears in an
output object, error, verbose line or WhatIf/Confirm target, except the one a
server-generated PIN is shown in, once, by Set-CsClientPin (as Lync does).
"""
from __future__ import annotations

from abc import ABC, abstractmethod

from datetime import datetime

from ...store.records import PinStateRecord, UserRecord
from ..base import Cmdlet
from ..errors import ErrorRecord, INVALID_ARGUMENT, INVALID_OPERATION
from ..metadata import (BY_PROPERTY_NAME, BY_VALUE, STRING, SWITCH, CmdletHelp, Example,
                        Parameter)
from .groups import SERVER_ADMINS
from .identity import MANAGEMENT_EXCEPTION, USER_ID, resolve_lync_users, user_target
from .pinhash import hash_secret
from .pinrules import expiration_time, generate_pin, pin_problem
from .redact import redact_record
from .views import PININFO_TYPE, PINRESULT_TYPE, PinInfo, PinReset

_IDENTITY_HELP = ("The user: a SIP address (sip:kenmyer@litwareinc.com), a user principal name, "
                  "domain\\logon (litwareinc\\kenmyer), a display name (Ken Myer) or a "
                  "distinguished name. In the display-name form * stands for any characters "
                  '("* Smith").')
_USER_INPUTS = "String or Microsoft.Rtc.Management.ADConnect.Schema.ADUser"


def _identity() -> Parameter:
    return Parameter("Identity", USER_ID, position=0, mandatory=True,
                     pipeline=BY_VALUE | BY_PROPERTY_NAME, help=_IDENTITY_HELP)


def _force() -> Parameter:
    return Parameter("Force", SWITCH, help="Suppresses the display of non-fatal error messages.")


def is_locked_out(state: PinStateRecord, now: datetime) -> bool:
    """Locked by an administrator or the global limit, or inside a temporary lockout."""
    return state.locked or (state.locked_until is not None and state.locked_until > now)


def pin_info(user: UserRecord, state: PinStateRecord, now: datetime) -> PinInfo:
    return PinInfo(identity=user.sip_address or "", is_pin_set=state.pin_hash is not None,
                   is_locked_out=is_locked_out(state, now),
                   last_pin_change_time=state.pin_set_time,
                   pin_expiration_time=state.pin_expiration_time)


class GetCsClientPinInfo(Cmdlet):
    name = "Get-CsClientPinInfo"
    implementing_type = "Microsoft.Rtc.Management.UserPinService.GetCsClientPinInfoCmdlet"
    parameters = (_identity(), _force())
    supports_should_process = True
    local_groups = SERVER_ADMINS
    output_type = PININFO_TYPE
    help = CmdletHelp(
        synopsis="Shows whether a user has a dial-in conferencing PIN and whether it is locked.",
        description=("For each user the cmdlet reports whether a PIN is set, whether it is "
                     "locked out, when it last changed and when it expires. The PIN itself can "
                     "never be read back: an administrator who needs a user's PIN sets a new one "
                     "with Set-CsClientPin."),
        examples=(
            Example('Get-CsClientPinInfo -Identity "Ken Myer"',
                    "Shows the PIN information of Ken Myer."),
            Example("Get-CsUser | Get-CsClientPinInfo | Where-Object {$_.IsLockedOut -eq $True}",
                    "Lists the users whose PIN is locked out."),
            Example("Get-CsUser | Get-CsClientPinInfo | Where-Object {$_.IsPinSet -eq $False}",
                    "Lists the users who have no PIN yet.")),
        inputs=_USER_INPUTS, outputs=PININFO_TYPE)

    def process(self) -> None:
        store = self.service("store")
        now = self.runtime.now()
        for user in resolve_lync_users(self, self.identity, allow_wildcard=True):
            self.write_object(pin_info(user, store.pins.state(user.id), now))


class SetCsClientPin(Cmdlet):
    name = "Set-CsClientPin"
    implementing_type = "Microsoft.Rtc.Management.UserPinService.SetCsClientPinCmdlet"
    parameters = (
        _identity(),
        Parameter("Pin", STRING, position=1, secret=True,
                  help=("The new PIN: digits only, as the user's PIN policy requires. Leave it "
                        "out and the server generates a PIN and shows it once.")),
        _force(),
    )
    supports_should_process = True
    writes = True
    force_suppresses_errors = True
    local_groups = SERVER_ADMINS
    output_type = PINRESULT_TYPE
    help = CmdletHelp(
        synopsis="Sets a user's dial-in conferencing PIN, or has the server generate one.",
        description=(
            "An explicit PIN must satisfy the user's PIN policy: digits only, at least "
            "MinPasswordLength digits, and no common pattern (repeated digits, four or more "
            "consecutive digits, the user's phone number or extension) unless the policy "
            "allows common patterns. PIN history is not checked, so an administrator may "
            "re-issue an earlier PIN. Without -Pin the server generates a PIN that satisfies "
            "the policy and shows it, with the user's Identity, this one time only. A locked "
            "PIN must be unlocked with Unlock-CsClientPin before a new one can be set. Setting "
            "a PIN clears the failed-logon counters."),
        examples=(
            Example('Set-CsClientPin -Identity "Ken Myer" -Pin 480213',
                    "Sets Ken Myer's PIN to 48213."),
            Example('Set-CsClientPin -Identity "Ken Myer"',
                    "Has the server generate a PIN for Ken Myer and shows it once."),
            Example("Get-CsUser | Get-CsClientPinInfo | Where-Object {$_.IsPinSet -eq $False} | "
                    "Set-CsClientPin",
                    "Gives every user without a PIN a generated one.")),
        inputs=_USER_INPUTS,
        outputs=f"{PINRESULT_TYPE} (only when the server generated the PIN)")

    def write_error(self, record: ErrorRecord) -> None:
        super().write_error(redact_record(record, self.runtime, [self.pin or ""]))

    def process(self) -> None:
        store = self.service("store")
        explicit = self.pin
        for user in resolve_lync_users(self, self.identity, allow_wildcard=True):
            target = user_target(user)
            state = store.pins.state(user.id)
            if state.locked:
                self.write_error(self.error(
                    f'The PIN of "{target}" is locked. Unlock it with Unlock-CsClientPin before '
                    "setting a new PIN.", "PinLocked", INVALID_OPERATION, target=target,
                    exception_type=MANAGEMENT_EXCEPTION, target_name=target))
                continue
            policy = store.pin_policies.effective_for(user)
            if explicit is not None:
                problem = pin_problem(explicit, policy, user)
                if problem is not None:
                    self.write_error(self.error(
                        f'Cannot set the PIN of "{target}". {problem}', "InvalidPin",
                        INVALID_ARGUMENT, target=target, exception_type=MANAGEMENT_EXCEPTION,
                        target_name=target))
                    continue
            if not self.should_process(target, target_object=user):
                continue
            pin = explicit if explicit is not None else generate_pin(policy, user)
            now = self.runtime.now()
            store.pins.set_pin(user.id, hash_secret(pin), set_time=now,
                               expiration_time=expiration_time(policy, now),
                               history_limit=policy.pin_history_count)
            if explicit is None:
                self.write_object(PinReset(identity=target, pin=pin))


class _PinLockCmdlet(Cmdlet, ABC):
    parameters = (_identity(), _force())
    supports_should_process = True
    writes = True
    force_suppresses_errors = True
    local_groups = SERVER_ADMINS

    @abstractmethod
    def change(self, store, user: UserRecord) -> None:
        """Lock or unlock one user's PIN (one atomic change)."""

    def process(self) -> None:
        store = self.service("store")
        for user in resolve_lync_users(self, self.identity, allow_wildcard=True):
            if self.should_process(user_target(user), target_object=user):
                self.change(store, user)


class LockCsClientPin(_PinLockCmdlet):
    name = "Lock-CsClientPin"
    implementing_type = "Microsoft.Rtc.Management.UserPinService.LockCsClientPinCmdlet"
    help = CmdletHelp(
        synopsis="Locks a user's PIN so it can no longer be used to sign in or join conferences.",
        description=("A locked PIN stays locked until an administrator runs Unlock-CsClientPin. "
                     "Signing in with a user name and password still works. The server also "
                     "locks a PIN by itself after too many failed PIN logons (see the "
                     "MaximumLogonAttempts setting of Set-CsPinPolicy)."),
        examples=(
            Example('Lock-CsClientPin -Identity "Ken Myer"', "Locks Ken Myer's PIN."),
            Example("Get-CsUser | Get-CsClientPinInfo | Where-Object {$_.PinExpirationTime -lt "
                    "(Get-Date) -and $_.PinExpirationTime -ne $Null} | Lock-CsClientPin",
                    "Locks every PIN that has expired.")),
        inputs=_USER_INPUTS)

    def change(self, store, user: UserRecord) -> None:
        store.pins.lock(user.id)


class UnlockCsClientPin(_PinLockCmdlet):
    name = "Unlock-CsClientPin"
    implementing_type = "Microsoft.Rtc.Management.UserPinService.UnlockCsClientPinCmdlet"
    help = CmdletHelp(
        synopsis="Unlocks a locked PIN, so the user can sign in with it again.",
        description=("Unlocking is the only way to restore a PIN that an administrator or the "
                     "failed-logon limit locked. It also clears the failed-logon counters."),
        examples=(
            Example('Unlock-CsClientPin -Identity "Ken Myer"', "Unlocks Ken Myer's PIN."),
            Example("Get-CsUser | Get-CsClientPinInfo | Where-Object {$_.IsLockedOut} | "
                    "Unlock-CsClientPin",
                    "Unlocks every locked PIN.")),
        inputs=_USER_INPUTS)

    def change(self, store, user: UserRecord) -> None:
        store.pins.unlock(user.id)
