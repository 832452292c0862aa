"""The core (language) cmdlets: Where-Object, ForEach-Object, Select-Object,
Measure-Object, the output cmdlets and the rest PowerShell scripts lean on."""
from __future__ import annotations

from ..base import Cmdlet
from .foreach_object import ForEachObject
from .measure_object import MeasureObject
from .output import (OutDefault, OutHost, OutNull, OutString, TeeObject, WriteError, WriteHost,
                     WriteOutput, WriteVerbose, WriteWarning)
from .select_object import SelectObject
from .where_object import WhereObject

CORE_CMDLETS: tuple[type[Cmdlet], ...] = (
    WhereObject, ForEachObject, SelectObject, MeasureObject,
    WriteOutput, OutNull, WriteHost, OutString, OutDefault, OutHost,
    WriteWarning, WriteVerbose, WriteError, TeeObject,
)

__all__ = ["CORE_CMDLETS"] + [c.__name__ for c in CORE_CMDLETS]
