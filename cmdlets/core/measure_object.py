"""Measure-Object: counts, sums, averages, extremes and text statistics, streamed."""
from __future__ import annotations

import math
from typing import Any

from ..base import Cmdlet
from ..errors import INVALID_ARGUMENT, INVALID_TYPE
from ..lang.convert import ConversionError, to_number, to_string
from ..lang.values import AUTOMATION_NULL, PSCustomObject, ScriptBlockValue
from ..metadata import (BY_VALUE, CmdletHelp, Example, OBJECT_ARRAY, PSOBJECT, Parameter, SWITCH)
from .common import PropertyExpression, compare_values

_GENERIC = "GenericMeasure"
_TEXT = "TextMeasure"
GENERIC_MEASURE_INFO = "Microsoft.PowerShell.Commands.GenericMeasureInfo"
GENERIC_OBJECT_MEASURE_INFO = "Microsoft.PowerShell.Commands.GenericObjectMeasureInfo"
TEXT_MEASURE_INFO = "Microsoft.PowerShell.Commands.TextMeasureInfo"
_MEASURE_INFO = "Microsoft.PowerShell.Commands.MeasureInfo"


class _Statistics:
    """Running figures for one property; nothing is buffered per object."""

    __slots__ = ("count", "sum", "mean", "m2", "minimum", "maximum", "lines", "words",
                 "characters")

    def __init__(self) -> None:
        self.count = 0
        self.sum = 0.0
        self.mean = 0.0          # Welford's running mean and squared deviations
        self.m2 = 0.0
        self.minimum: Any = None
        self.maximum: Any = None
        self.lines = 0
        self.words = 0
        self.characters = 0


def _as_double(value: Any) -> float | None:
    if value is None or isinstance(value, (PSCustomObject,)):
        return None
    if isinstance(value, bool):
        return float(value)
    if isinstance(value, (int, float)):
        return float(value)
    if isinstance(value, str):
        try:
            return float(to_number(value))
        except ConversionError:
            return None
    return None


def _count_words(text: str) -> int:
    return len(text.split())


def _count_lines(text: str) -> int:
    if not text:
        return 0
    lines = text.count("\n")
    return lines if text.endswith("\n") else lines + 1


class MeasureObject(Cmdlet):
    name = "Measure-Object"
    implementing_type = "Microsoft.PowerShell.Commands.MeasureObjectCommand"
    default_parameter_set = _GENERIC
    output_type = "Microsoft.PowerShell.Commands.GenericMeasureInfo"
    parameters = (
        Parameter("InputObject", PSOBJECT, pipeline=BY_VALUE, default=AUTOMATION_NULL),
        Parameter("Property", OBJECT_ARRAY, position=0),
        Parameter("StandardDeviation", SWITCH, sets=(_GENERIC,)),
        Parameter("Sum", SWITCH, sets=(_GENERIC,)),
        Parameter("AllStats", SWITCH, sets=(_GENERIC,)),
        Parameter("Average", SWITCH, sets=(_GENERIC,)),
        Parameter("Maximum", SWITCH, sets=(_GENERIC,)),
        Parameter("Minimum", SWITCH, sets=(_GENERIC,)),
        Parameter("Line", SWITCH, sets=(_TEXT,)),
        Parameter("Word", SWITCH, sets=(_TEXT,)),
        Parameter("Character", SWITCH, sets=(_TEXT,)),
        Parameter("IgnoreWhiteSpace", SWITCH, sets=(_TEXT,)),
    )
    help = CmdletHelp(
        synopsis="Counts objects and calculates statistics of their numeric properties or text.",
        description=("Outputs the number of input objects; with -Property, statistics of that "
                     "property's values (-Sum, -Average, -Maximum, -Minimum, -StandardDeviation, "
                     "-AllStats). -Line, -Word and -Character count text instead."),
        examples=(
            Example("Get-CsUser | Measure-Object", "Counts the users."),
            Example("1..10 | Measure-Object -Sum -Average -Maximum -Minimum",
                    "Count 10, Average 5.5, Sum 55, Maximum 10, Minimum 1."),
            Example("'one two', 'three' | Measure-Object -Word -Line",
                    "Two lines and three words."),
        ),
        inputs="System.Management.Automation.PSObject",
        outputs="Microsoft.PowerShell.Commands.GenericMeasureInfo, "
                "Microsoft.PowerShell.Commands.TextMeasureInfo",
    )

    def begin(self) -> None:
        all_stats = bool(self.all_stats)
        self._sum = all_stats or bool(self.sum)
        self._average = all_stats or bool(self.average)
        self._maximum = all_stats or bool(self.maximum)
        self._minimum = all_stats or bool(self.minimum)
        self._deviation = all_stats or bool(self.standard_deviation)
        self._text = self.parameter_set == _TEXT
        self._stats: dict[str, _Statistics] = {}
        self._names: dict[str, str] = {}
        self._records = 0
        self._expressions = None
        if self.property is not None:
            self._expressions = [PropertyExpression(p if isinstance(p, ScriptBlockValue)
                                                    else to_string(p)) for p in self.property]
        # `... | Measure-Object` alone only counts: _analyze would add nothing but the count.
        self._count_only = self._expressions is None and not self._text and not (
            self._sum or self._average or self._maximum or self._minimum or self._deviation)

    def process_object(self, obj: Any) -> None:
        """The by-value fast path: only counting needs nothing but the count."""
        if self._count_only and obj is not AUTOMATION_NULL:
            self._records += 1
            return
        self.current = self.input_object = obj
        self.process()

    def process(self) -> None:
        obj = self.input_object
        if obj is None or obj is AUTOMATION_NULL:
            return
        self._records += 1
        if self._count_only:
            return   # end() takes the count from _records
        if self._expressions is None:
            self._analyze("", obj)
            return
        counted: set[str] = set()
        for expression in self._expressions:
            names = expression.resolve_names(obj)
            if not names:
                if not expression.has_wildcard:
                    self._entry(expression.name)   # remembered, to report it if never found
                continue
            for name in names:
                if name.lower() in counted:
                    continue
                counted.add(name.lower())
                self._analyze(name, expression.value(obj, name))

    def _entry(self, name: str) -> _Statistics:
        key = name.lower()
        stat = self._stats.get(key)
        if stat is None:
            stat = self._stats[key] = _Statistics()
            self._names[key] = name
        return stat

    def _analyze(self, name: str, value: Any) -> None:
        stat = self._entry(name)
        stat.count += 1
        if self._text:
            text = to_string(value)
            if self.character:
                stat.characters += (sum(1 for c in text if not c.isspace())
                                    if self.ignore_white_space else len(text))
            if self.word:
                stat.words += _count_words(text)
            if self.line:
                stat.lines += _count_lines(text)
            return
        if self._sum or self._average or self._deviation:
            number = _as_double(value)
            if number is None:
                self.write_error(self.error(f'Input object "{to_string(value)}" is not numeric.',
                                            "NonNumericInputObject", INVALID_TYPE, value,
                                            "System.Management.Automation.PSInvalidOperationException"))
                return
            stat.sum += number
            delta = number - stat.mean
            stat.mean += delta / stat.count
            stat.m2 += delta * (number - stat.mean)
        if self._minimum:
            stat.minimum = _extreme(value, stat.minimum, smaller=True)
        if self._maximum:
            stat.maximum = _extreme(value, stat.maximum, smaller=False)

    def end(self) -> None:
        if self._count_only:
            self._entry("").count = self._records
        elif self._records == 0 and self._expressions is None:
            self._entry("")
        for key, stat in self._stats.items():
            name = self._names[key]
            if stat.count == 0 and self._expressions is not None:
                error_id = "TextMeasurePropertyNotFound" if self._text else "GenericMeasurePropertyNotFound"
                self.write_error(self.error(
                    f'The property "{name}" cannot be found in the input for any objects.',
                    error_id, INVALID_ARGUMENT, None,
                    "System.Management.Automation.PSArgumentException"))
                continue
            self.write_object(self._result(name or None, stat))

    def _result(self, name: str | None, stat: _Statistics) -> PSCustomObject:
        if self._text:
            return PSCustomObject((
                ("Lines", stat.lines if self.line else None),
                ("Words", stat.words if self.word else None),
                ("Characters", stat.characters if self.character else None),
                ("Property", name),
            ), type_names=(TEXT_MEASURE_INFO, _MEASURE_INFO, "System.Object"))
        numeric = all(v is None or _as_double(v) is not None for v in (stat.minimum, stat.maximum))
        maximum, minimum = stat.maximum, stat.minimum
        if numeric:
            maximum = None if maximum is None else _as_double(maximum)
            minimum = None if minimum is None else _as_double(minimum)
        deviation = None
        if self._deviation:
            deviation = math.sqrt(stat.m2 / (stat.count - 1)) if stat.count > 1 else 0.0
        average = None
        if self._average and stat.count > 0:
            average = stat.sum / stat.count
        type_name = GENERIC_MEASURE_INFO if numeric else GENERIC_OBJECT_MEASURE_INFO
        return PSCustomObject((
            ("Count", stat.count),
            ("Average", average),
            ("Sum", stat.sum if self._sum else None),
            ("Maximum", maximum),
            ("Minimum", minimum),
            ("StandardDeviation", deviation),
            ("Property", name),
        ), type_names=(type_name, _MEASURE_INFO, "System.Object"))


def _extreme(value: Any, current: Any, smaller: bool) -> Any:
    """Measure-Object's min/max: numbers compare as doubles, mixed kinds as strings."""
    if value is None:
        return current
    if current is None:
        return value
    a, b = _as_double(value), _as_double(current)
    if a is not None and b is not None:
        result = (a > b) - (a < b)
    elif a is None and b is None:
        result = compare_values(value, current)
    else:
        result = compare_values(to_string(value), to_string(current))
    if (smaller and result < 0) or (not smaller and result > 0):
        return value
    return current
