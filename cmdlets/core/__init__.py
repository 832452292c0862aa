"""The core (language) cmdlets: Where-Object, ForEach-Object, Select-Object,
Measure-Object, the output cmdlets and the rest PowerShell scripts lean on."""
from __future__ import annotations

from ..base import Cmdlet
from .aliases import ALIAS_CMDLETS
from .commands import GetCommand, GetHelp
from .dates import GetDate, NewTimeSpan
from .foreach_object import ForEachObject
from .format import FormatList, FormatTable, FormatWide
from .get_member import GetMember
from .group_object import GroupObject
from .history import HISTORY_CMDLETS
from .measure_object import MeasureObject
from .new_object import NewObject
from .output import (OutDefault, OutHost, OutNull, OutString, TeeObject, WriteDebug, WriteError,
                     WriteHost, WriteInformation, WriteOutput, WriteVerbose, WriteWarning)
from .select_object import SelectObject
from .sort_object import SortObject
from .content import CONTENT_CMDLETS
from .csvconvert import CSV_CMDLETS
from .jsonconvert import JSON_CMDLETS
from .members import MEMBER_CMDLETS
from .utility import UTILITY_CMDLETS
from .variables import VARIABLE_CMDLETS
from .where_object import WhereObject

CORE_CMDLETS: tuple[type[Cmdlet], ...] = (
    WhereObject, ForEachObject, SelectObject, SortObject, MeasureObject, GroupObject,
    FormatTable, FormatList, FormatWide, GetMember,
    WriteOutput, OutNull, WriteHost, OutString, OutDefault, OutHost,
    WriteWarning, WriteVerbose, WriteDebug, WriteInformation, WriteError, TeeObject,
    GetCommand, GetHelp,
    GetDate, NewTimeSpan, NewObject,
) + VARIABLE_CMDLETS + MEMBER_CMDLETS + CONTENT_CMDLETS + JSON_CMDLETS + CSV_CMDLETS + UTILITY_CMDLETS + ALIAS_CMDLETS \
    + HISTORY_CMDLETS

__all__ = ["CORE_CMDLETS"] + [c.__name__ for c in CORE_CMDLETS]
