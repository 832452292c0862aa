"""Where-Object: the script block filter and the simplified comparison syntax."""
from __future__ import annotations

from typing import Any

from ..base import Cmdlet
from ..errors import INVALID_ARGUMENT, INVALID_OPERATION
from ..lang.convert import to_bool
from ..lang.values import AUTOMATION_NULL, Hashtable, ScriptBlockValue, get_member
from ..metadata import (BY_VALUE, CmdletHelp, Example, OBJECT, PSOBJECT, Parameter, SCRIPTBLOCK,
                        SWITCH)
from .common import (STRING_OR_SCRIPT, PropertyExpression, has_wildcard, invoke_single, operator_context,
                     operators, terminating)

# (switch parameter, parameter set, operator, aliases); -EQ is optional in the
# default set, every other operator switch is mandatory in its own set.
_OPERATORS: tuple[tuple[str, str, str, tuple[str, ...]], ...] = (
    ("EQ", "EqualSet", "-eq", ("IEQ",)),
    ("CEQ", "CaseSensitiveEqualSet", "-ceq", ()),
    ("NE", "NotEqualSet", "-ne", ("INE",)),
    ("CNE", "CaseSensitiveNotEqualSet", "-cne", ()),
    ("GT", "GreaterThanSet", "-gt", ("IGT",)),
    ("CGT", "CaseSensitiveGreaterThanSet", "-cgt", ()),
    ("LT", "LessThanSet", "-lt", ("ILT",)),
    ("CLT", "CaseSensitiveLessThanSet", "-clt", ()),
    ("GE", "GreaterOrEqualSet", "-ge", ("IGE",)),
    ("CGE", "CaseSensitiveGreaterOrEqualSet", "-cge", ()),
    ("LE", "LessOrEqualSet", "-le", ("ILE",)),
    ("CLE", "CaseSensitiveLessOrEqualSet", "-cle", ()),
    ("Like", "LikeSet", "-like", ("ILike",)),
    ("CLike", "CaseSensitiveLikeSet", "-clike", ()),
    ("NotLike", "NotLikeSet", "-notlike", ("INotLike",)),
    ("CNotLike", "CaseSensitiveNotLikeSet", "-cnotlike", ()),
    ("Match", "MatchSet", "-match", ("IMatch",)),
    ("CMatch", "CaseSensitiveMatchSet", "-cmatch", ()),
    ("NotMatch", "NotMatchSet", "-notmatch", ("INotMatch",)),
    ("CNotMatch", "CaseSensitiveNotMatchSet", "-cnotmatch", ()),
    ("Contains", "ContainsSet", "-contains", ("IContains",)),
    ("CContains", "CaseSensitiveContainsSet", "-ccontains", ()),
    ("NotContains", "NotContainsSet", "-notcontains", ("INotContains",)),
    ("CNotContains", "CaseSensitiveNotContainsSet", "-cnotcontains", ()),
    ("In", "InSet", "-in", ("IIn",)),
    ("CIn", "CaseSensitiveInSet", "-cin", ()),
    ("NotIn", "NotInSet", "-notin", ("INotIn",)),
    ("CNotIn", "CaseSensitiveNotInSet", "-cnotin", ()),
    ("Is", "IsSet", "-is", ()),
    ("IsNot", "IsNotSet", "-isnot", ()),
)
_COMPARISON_SETS = tuple(s for _, s, _, _ in _OPERATORS)
_SIMPLE_SETS = _COMPARISON_SETS + ("Not",)


class WhereObject(Cmdlet):
    name = "Where-Object"
    implementing_type = "Microsoft.PowerShell.Commands.WhereObjectCommand"
    default_parameter_set = "EqualSet"
    output_type = "System.Object"
    parameters = (
        Parameter("InputObject", PSOBJECT, pipeline=BY_VALUE, default=AUTOMATION_NULL),
        Parameter("FilterScript", SCRIPTBLOCK, position=0, mandatory=True, sets=("ScriptBlockSet",)),
        Parameter("Property", STRING_OR_SCRIPT, position=0, mandatory=True, sets=_SIMPLE_SETS),
        Parameter("Value", OBJECT, position=1, sets=_COMPARISON_SETS, default=True),
    ) + tuple(
        Parameter(switch, SWITCH, mandatory=(switch != "EQ"), sets=(set_name,), aliases=aliases)
        for switch, set_name, _, aliases in _OPERATORS
    ) + (
        Parameter("Not", SWITCH, mandatory=True, sets=("Not",)),
    )
    help = CmdletHelp(
        synopsis="Passes on only the pipeline objects that satisfy a condition.",
        description=("Give a script block that is evaluated for every object, with the object in "
                     "$_; the object passes when the result is true. Or name a property and a "
                     "comparison operator switch (-EQ, -Like, -GT, ...) with a value; naming only a "
                     "property passes objects whose property value is true."),
        examples=(
            Example("Get-CsUser | Where-Object {$_.Enabled -eq $true}",
                    "Passes on the users whose Enabled property is true."),
            Example("Get-CsUser | Where-Object DisplayName -Like 'Ken*'",
                    "The same kind of filter written with the simplified syntax."),
            Example("Get-CsUser | Where-Object -Not EnterpriseVoiceEnabled",
                    "Passes on the users not enabled for Enterprise Voice."),
        ),
        inputs="System.Management.Automation.PSObject",
        outputs="Object",
    )

    def begin(self) -> None:
        self._filter: ScriptBlockValue | None = self.filter_script
        if isinstance(self.property, ScriptBlockValue):   # see common.STRING_OR_SCRIPT
            self._filter = self.property
        if self._filter is not None:
            return
        switch = next((s for s, _, _, _ in _OPERATORS if s in self.bound), None)
        value_given = "Value" in self.bound
        self._negate = "Not" in self.bound
        self._truthiness = switch is None   # `Where-Object Prop` or `Where-Object -Not Prop`
        if not value_given and not self._truthiness:
            raise terminating(self, "The operator requires a value. Specify a value by using the "
                                    "Value parameter.", "ValueNotSpecifiedForWhereObject")
        if value_given and self._truthiness and not self._negate:
            raise terminating(self, "The Value parameter was specified, but no operator. Specify "
                                    "an operator by using one of the operator switch parameters.",
                              "OperatorNotSpecified")
        self._ctx = operator_context(self)
        self._op_name = next(o for s, _, o, _ in _OPERATORS if s == (switch or "EQ"))
        self._operator = operators().binary_operator(self._op_name)
        self._value = self.value
        if self._op_name in ("-is", "-isnot") and isinstance(self._value, str):
            text = self._value
            if len(text) > 2 and text.startswith("[") and text.endswith("]"):
                self._value = text[1:-1]
        self._expression = PropertyExpression(self.property)

    def process_object(self, obj: Any) -> None:
        """The by-value fast path: a script block filter needs no parameter write."""
        if self._filter is None or obj is AUTOMATION_NULL:
            self.current = self.input_object = obj
            self.process()
            return
        result = self._filter.invoke_single(obj)
        if result is True or (result is not False and to_bool(result)):
            self.runtime.write_object(obj)

    def process(self) -> None:
        obj = self.input_object
        if obj is AUTOMATION_NULL:
            return
        if self._filter is not None:
            result = self._filter.invoke_single(obj)
            # Comparisons give a bool: it needs no general truth test (AutomationNull is false too).
            if result is True or (result is not False and to_bool(result)):
                self.runtime.write_object(obj)   # what self.write_object does, one call fewer
            return
        found, left = self._property_value(obj)
        if not found:
            return
        if self._truthiness:
            # PowerShell evaluates `$true -eq value` (or -ne for -Not): the value's truth.
            passes = to_bool(left) != self._negate
        else:
            try:
                passes = to_bool(self._operator(left, self._value, self._ctx))
            except Exception as exc:  # the operator reports its own PowerShell message
                record = getattr(exc, "record", None)
                message = record.message if record is not None else str(exc)
                self.write_error(self.error(
                    f'The operation "{self._op_name}" failed: {message}', "OperatorFailed",
                    INVALID_OPERATION, obj,
                    "System.Management.Automation.PSInvalidOperationException"))
                return
        if passes:
            self.write_object(obj)

    def _property_value(self, obj: Any) -> tuple[bool, Any]:
        """The compared value: a hashtable key first, else the property (a
        missing property is $null; an ambiguous wildcard is an error)."""
        if obj is None:
            return True, None
        name = self.property
        if isinstance(obj, Hashtable) and name in obj:
            return True, obj[name]
        if not has_wildcard(name):
            return True, get_member(obj, name)
        names = self._expression.resolve_names(obj)
        if len(names) > 1:
            listed = "".join(f" {n}" for n in names)
            self.write_error(self.error(
                f'The specified name "{name}" matches multiple members:{listed}.',
                "AmbiguousPropertyName", INVALID_ARGUMENT, obj,
                "System.Management.Automation.PSArgumentException"))
            return False, None
        return True, (get_member(obj, names[0]) if names else None)
