"""Format-Table, Format-List, Format-Wide: collect the input and emit one
FormatData request for Out-Default / Out-String to render."""
from __future__ import annotations

from abc import ABC, abstractmethod

from typing import Any

from ..base import Cmdlet
from ..formatdata import FormatData, PropertySpec
from ..lang.convert import to_int, to_string
from ..lang.values import AUTOMATION_NULL, Hashtable, ScriptBlockValue
from ..metadata import (BY_VALUE, CmdletHelp, Example, INT, OBJECT, OBJECT_ARRAY, PSOBJECT,
                        Parameter, STRING, SWITCH)
from .common import hashtable_entries, terminating

_TABLE_KEYS = {"Expression": (), "Label": ("Name",), "Width": (), "Alignment": (),
               "FormatString": ()}
_LIST_KEYS = {"Expression": (), "Label": ("Name",), "FormatString": ()}
_ALIGNMENTS = {"left": "left", "right": "right", "center": "center"}


def property_specs(cmdlet: Cmdlet, items: Any, keys: dict[str, tuple[str, ...]]
                   ) -> tuple[PropertySpec, ...] | None:
    """-Property entries as PropertySpecs: names (wildcards kept for the
    formatter), script blocks (labelled by their text) and hashtables."""
    if items is None:
        return None
    if not isinstance(items, (list, tuple)):
        items = (items,)
    specs = []
    for item in items:
        if isinstance(item, Hashtable):
            specs.append(_hashtable_spec(cmdlet, item, keys))
        elif isinstance(item, ScriptBlockValue):
            specs.append(PropertySpec(label=item.text, expression=item))
        else:
            specs.append(PropertySpec(name=to_string(item)))
    return tuple(specs)


def _hashtable_spec(cmdlet: Cmdlet, table: Hashtable, keys: dict[str, tuple[str, ...]]
                    ) -> PropertySpec:
    entries = hashtable_entries(cmdlet, table, keys)
    if "Expression" not in entries:
        raise terminating(cmdlet, 'The "Expression" key is missing from the hash table.',
                          "MissingExpressionKey")
    expression = entries["Expression"]
    label = entries.get("Label")
    label = None if label is None else to_string(label)
    width = entries.get("Width")
    alignment = entries.get("Alignment")
    if alignment is not None:
        alignment = _ALIGNMENTS.get(to_string(alignment).lower())
        if alignment is None:
            raise terminating(cmdlet, f'The "{to_string(entries["Alignment"])}" value of the '
                                      'Alignment key is not valid. Use Left, Center or Right.',
                              "IllegalAlignment")
    width_value = None if width is None else to_int(width)
    if width_value is not None and width_value <= 0:
        raise terminating(cmdlet, "The Width key must be a positive number.", "IllegalWidth")
    format_string = entries.get("FormatString")
    format_string = None if format_string is None else to_string(format_string)
    if isinstance(expression, ScriptBlockValue):
        return PropertySpec(label=label if label is not None else expression.text,
                            expression=expression, width=width_value, alignment=alignment,
                            format_string=format_string)
    return PropertySpec(name=to_string(expression), label=label, width=width_value,
                        alignment=alignment, format_string=format_string)


class _FormatCommand(Cmdlet, ABC):
    shape = ""

    def begin(self) -> None:
        self._objects: list[Any] = []

    def process(self) -> None:
        obj = self.input_object
        if obj is AUTOMATION_NULL or obj is None:
            return
        self._objects.append(obj)

    def end(self) -> None:
        if self._objects:
            self.write_object(self.request(tuple(self._objects)))

    @abstractmethod
    def request(self, objects: tuple[Any, ...]) -> FormatData:
        """The FormatData this command emits for the collected objects."""

    def group_by(self) -> str | PropertySpec | None:
        value = getattr(self, "group_by_", None)
        if value is None:
            return None
        label = None
        if isinstance(value, Hashtable):
            entries = hashtable_entries(self, value, {"Expression": (), "Label": ("Name",)})
            value = entries.get("Expression")
            label = None if entries.get("Label") is None else to_string(entries["Label"])
        if isinstance(value, ScriptBlockValue):
            return PropertySpec(label=label or value.text, expression=value)
        return PropertySpec(name=to_string(value), label=label) if label else to_string(value)


_COMMON_FORMAT = (
    Parameter("InputObject", PSOBJECT, pipeline=BY_VALUE, default=AUTOMATION_NULL),
    Parameter("GroupBy", OBJECT, attr="group_by_"),
    Parameter("View", STRING),
    Parameter("ShowError", SWITCH),
    Parameter("DisplayError", SWITCH),
    Parameter("Force", SWITCH),
    Parameter("Expand", STRING, validate_set=("CoreOnly", "EnumOnly", "Both")),
)


class FormatTable(_FormatCommand):
    name = "Format-Table"
    implementing_type = "Microsoft.PowerShell.Commands.FormatTableCommand"
    output_type = "Microsoft.PowerShell.Commands.Internal.Format.FormatStartData"
    parameters = (
        Parameter("AutoSize", SWITCH),
        Parameter("RepeatHeader", SWITCH),
        Parameter("HideTableHeaders", SWITCH),
        Parameter("Wrap", SWITCH),
        Parameter("Property", OBJECT_ARRAY, position=0),
    ) + _COMMON_FORMAT
    help = CmdletHelp(
        synopsis="Formats the output as a table.",
        description=("Shows the chosen properties (or the default ones) as columns. -AutoSize "
                     "fits the columns to the data; -HideTableHeaders leaves out the header; "
                     "calculated columns are hashtables with Label, Expression, Width and "
                     "Alignment keys."),
        examples=(
            Example("Get-CsUser | Format-Table DisplayName, SipAddress -AutoSize",
                    "Two fitted columns."),
            Example("Get-CsUser | Format-Table @{Label='Sip'; Expression={$_.SipAddress}; Width=30}",
                    "A calculated column 30 characters wide."),
        ),
        inputs="System.Management.Automation.PSObject",
        outputs="Microsoft.PowerShell.Commands.Internal.Format",
    )

    def request(self, objects: tuple[Any, ...]) -> FormatData:
        return FormatData(shape="table", objects=objects,
                          properties=property_specs(self, self.property, _TABLE_KEYS),
                          autosize=bool(self.auto_size),
                          hide_table_headers=bool(self.hide_table_headers),
                          wrap=bool(self.wrap), group_by=self.group_by(), force=bool(self.force))


class FormatList(_FormatCommand):
    name = "Format-List"
    implementing_type = "Microsoft.PowerShell.Commands.FormatListCommand"
    output_type = "Microsoft.PowerShell.Commands.Internal.Format.FormatStartData"
    parameters = (Parameter("Property", OBJECT_ARRAY, position=0),) + _COMMON_FORMAT
    help = CmdletHelp(
        synopsis="Formats the output as a list of properties, one per line.",
        description="Shows each object as 'Name : Value' lines; Format-List * shows every property.",
        examples=(
            Example("Get-CsUser 'Ken Myer' | Format-List *", "All properties of one user."),
            Example("Get-CsUser | Format-List DisplayName, Enabled", "Two properties per user."),
        ),
        inputs="System.Management.Automation.PSObject",
        outputs="Microsoft.PowerShell.Commands.Internal.Format",
    )

    def request(self, objects: tuple[Any, ...]) -> FormatData:
        return FormatData(shape="list", objects=objects,
                          properties=property_specs(self, self.property, _LIST_KEYS),
                          group_by=self.group_by(), force=bool(self.force))


class FormatWide(_FormatCommand):
    name = "Format-Wide"
    implementing_type = "Microsoft.PowerShell.Commands.FormatWideCommand"
    output_type = "Microsoft.PowerShell.Commands.Internal.Format.FormatStartData"
    parameters = (
        Parameter("Property", OBJECT, position=0),
        Parameter("AutoSize", SWITCH),
        Parameter("Column", INT),
    ) + _COMMON_FORMAT
    help = CmdletHelp(
        synopsis="Formats objects as a wide table showing one property each.",
        examples=(
            Example("Get-CsUser | Format-Wide DisplayName -Column 3",
                    "Display names in three columns."),
        ),
        inputs="System.Management.Automation.PSObject",
        outputs="Microsoft.PowerShell.Commands.Internal.Format",
    )

    def begin(self) -> None:
        if self.auto_size and self.column is not None:
            raise terminating(self, "The AutoSize and Column parameters cannot be specified "
                                    "together.", "FormatCannotSpecifyAutosizeAndColumns",
                              "InvalidArgument")
        if self.column is not None and self.column < 1:
            raise terminating(self, "Cannot validate argument on parameter 'Column'. The "
                                    f"{self.column} argument is less than the minimum allowed "
                                    "range of 1.", "ParameterArgumentValidationError", "InvalidData")
        super().begin()

    def request(self, objects: tuple[Any, ...]) -> FormatData:
        return FormatData(shape="wide", objects=objects,
                          properties=property_specs(self, self.property, _LIST_KEYS),
                          autosize=bool(self.auto_size), wide_columns=self.column,
                          group_by=self.group_by())
