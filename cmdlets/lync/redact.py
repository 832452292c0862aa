"""Keeping secrets out of error records: an error written while a PIN or
password is bound must not echo the command line that holds it."""
from __future__ import annotations

import re
from dataclasses import replace
from typing import Any

from ..errors import ErrorRecord, InvocationInfo


# The argument after -Pin/-PIN/-Password (any dash look-alike, -Name:value too),
# masked wherever it appears in a source line: several commands may share a line.
_SECRET_ARGUMENT = re.compile(
    r"""([-\u2013\u2014\u2015](?:pin|password|accountpassword|newpassword)(?::|\s+))"""
    r"""("[^"]*"|'[^']*'|[^\s;|)]+)""", re.IGNORECASE)


def mask(text: str, secrets: list[str]) -> str:
    for secret in sorted((s for s in secrets if s), key=len, reverse=True):
        text = text.replace(secret, "*" * len(secret))
    return text


def mask_secret_arguments(line: str) -> str:
    return _SECRET_ARGUMENT.sub(lambda m: m.group(1) + "*" * len(m.group(2)), line)


def redact_record(record: ErrorRecord, runtime: Any, secrets: list[str]) -> ErrorRecord:
    """The record with the secrets masked in its message and in the source line the
    error view prints (the runtime's invocation, attached here before the pipeline
    would attach the unmasked one)."""
    secrets = [s for s in secrets if s]
    if not secrets:
        return record
    invocation = record.invocation if record.invocation.line else \
        getattr(runtime, "invocation", None) or InvocationInfo()
    invocation = replace(invocation,
                         line_text=mask_secret_arguments(mask(invocation.line_text, secrets)))
    target = record.target
    if isinstance(target, str):
        target = mask(target, secrets)
    return replace(record, message=mask(record.message, secrets), invocation=invocation,
                   target=target,
                   target_name=mask(record.target_name, secrets) if record.target_name else None)
