"""The UserIdParameter type and resolving an identity to users."""
from __future__ import annotations

from typing import Any

from ...store.records import UserRecord
from .. import messages
from ..errors import OBJECT_NOT_FOUND, ErrorRecord
from ..lang.convert import ConversionError, to_string
from ..metadata import ParamType

USER_ID_TYPE_NAME = "Microsoft.Rtc.Management.AD.UserIdParameter"
MANAGEMENT_EXCEPTION = "Microsoft.Rtc.Management.AD.ManagementException"


def _to_user_id(value: Any) -> Any:
    if isinstance(value, UserRecord):
        return value
    record = getattr(value, "user_record", None)   # AD module objects (Get-ADUser)
    if isinstance(record, UserRecord):
        return record
    if isinstance(value, (list, tuple)):
        if len(value) == 1:
            return _to_user_id(value[0])
        raise ConversionError(f'Cannot convert "System.Object[]" to "{USER_ID_TYPE_NAME}".')
    text = to_string(value)
    if not text.strip():
        raise ConversionError(f'Cannot convert value "{text}" to type "{USER_ID_TYPE_NAME}". '
                              'Error: "Identity cannot be empty."')
    return text


USER_ID = ParamType(USER_ID_TYPE_NAME, _to_user_id,
                    lambda v: isinstance(v, (str, UserRecord))
                    or isinstance(getattr(v, "user_record", None), UserRecord))


def not_found(cmdlet: Any, identity: Any) -> ErrorRecord:
    """`Management object not found for identity "<as typed>".` (non-terminating)."""
    text = to_string(identity)
    return cmdlet.error(messages.OBJECT_NOT_FOUND.format(identity=text), "Identity",
                        OBJECT_NOT_FOUND, target=text, exception_type=MANAGEMENT_EXCEPTION,
                        target_name=text)


def resolve_users(cmdlet: Any, identity: Any, *, allow_wildcard: bool = False) -> list[UserRecord]:
    """The users an identity names; writes the not-found error and returns [] when none."""
    if isinstance(identity, UserRecord):
        return [identity]
    users = cmdlet.service("store").users.find(to_string(identity), allow_wildcard=allow_wildcard)
    if not users:
        cmdlet.write_error(not_found(cmdlet, identity))
    return users


def resolve_lync_users(cmdlet: Any, identity: Any, *, allow_wildcard: bool = False) -> list[UserRecord]:
    """Like resolve_users, but only users enabled for Lync (with a SIP address): the
    user cmdlets of Lync do not find plain directory accounts."""
    if isinstance(identity, UserRecord):
        if identity.sip_address:
            return [identity]
        cmdlet.write_error(not_found(cmdlet, identity.display_name))
        return []
    users = [u for u in cmdlet.service("store").users.find(to_string(identity),
                                                          allow_wildcard=allow_wildcard)
             if u.sip_address]
    if not users and not (allow_wildcard and "*" in to_string(identity)):
        cmdlet.write_error(not_found(cmdlet, identity))
    return users


def user_target(user: UserRecord) -> str:
    """How a user is named in WhatIf/Confirm lines and errors: the SIP address."""
    return user.sip_address or user.distinguished_name
