"""Keeping a PIN out of the error records a PIN cmdlet writes. The command line an
error quotes is masked by the runtime (parameters declared secret=True); this
masks the PIN wherever a message or target might repeat it."""
from __future__ import annotations

from dataclasses import replace
from typing import Any

from ..errors import ErrorRecord
from ..redaction import mask_values


def redact_record(record: ErrorRecord, runtime: Any, secrets: list[str]) -> ErrorRecord:
    secrets = [s for s in secrets if s]
    if not secrets:
        return record
    target = mask_values(record.target, secrets) if isinstance(record.target, str) else record.target
    return replace(record, message=mask_values(record.message, secrets), target=target,
                   target_name=mask_values(record.target_name, secrets) if record.target_name else None,
                   invocation=replace(record.invocation,
                                      line_text=mask_values(record.invocation.line_text, secrets)))
