"""ForEach-Object: script blocks per pipeline object, or a member of each object."""
from __future__ import annotations

from typing import Any

from ..base import Cmdlet
from ..errors import INVALID_ARGUMENT, INVALID_OPERATION, PSRuntimeError
from ..lang.values import AUTOMATION_NULL, Hashtable, ScriptBlockValue, get_member
from ..metadata import (BY_VALUE, CmdletHelp, Example, OBJECT_ARRAY, PSOBJECT, Parameter,
                        SCRIPTBLOCK)
from .common import (SCRIPTBLOCK_ARRAY, STRING_OR_SCRIPT, MethodNotFound, PropertyExpression,
                     actual_property_name, has_method, has_wildcard, invoke_method, terminating)

_SCRIPT_SET = "ScriptBlockSet"
_MEMBER_SET = "PropertyAndMethodSet"


class ForEachObject(Cmdlet):
    name = "ForEach-Object"
    implementing_type = "Microsoft.PowerShell.Commands.ForEachObjectCommand"
    default_parameter_set = _SCRIPT_SET
    supports_should_process = True
    confirm_impact = "Low"
    output_type = "System.Object"
    parameters = (
        Parameter("InputObject", PSOBJECT, pipeline=BY_VALUE, default=AUTOMATION_NULL),
        Parameter("Begin", SCRIPTBLOCK, sets=(_SCRIPT_SET,), attr="begin_"),
        Parameter("Process", SCRIPTBLOCK_ARRAY, position=0, mandatory=True, sets=(_SCRIPT_SET,),
                  attr="process_"),
        Parameter("End", SCRIPTBLOCK, sets=(_SCRIPT_SET,), attr="end_"),
        Parameter("MemberName", STRING_OR_SCRIPT, position=0, mandatory=True, sets=(_MEMBER_SET,)),
        # Declared before RemainingScripts: the binder gives leftover positional
        # arguments to the first declared ValueFromRemainingArguments parameter.
        Parameter("ArgumentList", OBJECT_ARRAY, remaining=True, aliases=("Args",),
                  sets=(_MEMBER_SET,)),
        Parameter("RemainingScripts", SCRIPTBLOCK_ARRAY, remaining=True, sets=(_SCRIPT_SET,)),
    )
    help = CmdletHelp(
        synopsis="Runs a script block for each pipeline object, or gets a member of each.",
        description=("-Process runs once per object with the object in $_; -Begin runs before "
                     "the first object and -End after the last. Several positional script blocks "
                     "mean: one = process; two = begin, process; three or more = begin, the "
                     "process blocks, end. -MemberName outputs a property of every object, or "
                     "calls a method with -ArgumentList."),
        examples=(
            Example("1..3 | ForEach-Object { $_ * 2 }", "Outputs 2, 4 and 6."),
            Example("Get-CsUser | ForEach-Object -Begin {$n = 0} -Process {$n++} -End {$n}",
                    "Counts the users."),
            Example("'a.b.c' | ForEach-Object Split '.'",
                    "Calls the Split method of the string: outputs a, b and c."),
        ),
        inputs="System.Management.Automation.PSObject",
        outputs="Object",
    )

    def begin(self) -> None:
        self._member: str | None = None
        leading = self.member_name
        if leading is not None and not isinstance(leading, ScriptBlockValue):
            self._member = leading
            self._arguments = tuple(self.argument_list or ())
            if not self._member:
                raise terminating(self, "Cannot validate argument on parameter 'MemberName'. The "
                                        "argument is null or empty. Provide an argument that is "
                                        "not null or empty, and then try the command again.",
                                  "ParameterArgumentValidationError", "InvalidData")
            return
        # Common parameters are not in self.bound; the processor records them.
        if getattr(self.runtime, "what_if", False) or getattr(self.runtime, "confirm_level", None) == 1:
            raise terminating(self, "The WhatIf and Confirm parameters are not supported for the "
                                    "script block parameter set of ForEach-Object.",
                              "NoShouldProcessForScriptBlockSet", INVALID_OPERATION,
                              exception_type="System.InvalidOperationException")
        # PowerShell builds one list: -Begin first, then -Process, then the rest.
        scripts: list[ScriptBlockValue | None] = []
        if "Begin" in self.bound:
            scripts.append(self.begin_)
        if isinstance(leading, ScriptBlockValue):
            scripts.append(leading)
        scripts.extend(self.process_ or ())
        for extra in tuple(self.argument_list or ()) + tuple(self.remaining_scripts or ()):
            if extra is not None and not isinstance(extra, ScriptBlockValue):
                raise terminating(self, f'Cannot bind parameter \'RemainingScripts\'. Cannot convert '
                                        f'the "{extra}" value to type '
                                        '"System.Management.Automation.ScriptBlock".',
                                  "CannotConvertArgument")
            scripts.append(extra)
        start = 1 if len(scripts) > 1 else 0
        stop = len(scripts)
        end_script = self.end_
        if "End" not in self.bound and len(scripts) > 2:
            stop = len(scripts) - 1
            end_script = scripts[stop]
        self._process_scripts = scripts[start:stop]
        self._end_script = end_script
        if stop >= 2 and scripts[0] is not None:
            scripts[0].invoke_in_scope(AUTOMATION_NULL, sink=self._emit)

    def _emit(self, obj: Any) -> None:
        self.runtime.write_object(obj)

    def process(self) -> None:
        if self._member is not None:
            self._process_member(self.input_object)
            return
        obj = self.input_object
        for script in self._process_scripts:
            if script is not None:
                script.invoke_in_scope(obj, sink=self._emit)

    def end(self) -> None:
        if self._member is None and self._end_script is not None:
            self._end_script.invoke_in_scope(AUTOMATION_NULL, sink=self._emit)

    # ------------------------------------------------------------- -MemberName
    def _process_member(self, obj: Any) -> None:
        name = self._member or ""
        if obj is None or obj is AUTOMATION_NULL:
            if self._arguments:
                self.write_error(self.error("You cannot call a method on a null-valued expression.",
                                            "InvokeMethodOnNull", INVALID_OPERATION, obj))
            else:
                self.write_object(None)
            return
        if not self._arguments and isinstance(obj, Hashtable) and name in obj:
            self.write_object(obj[name], enumerate_collection=True)
            return
        if self._arguments:
            self._call(obj, name, self._arguments)
            return
        if has_wildcard(name):
            names = PropertyExpression(name).resolve_names(obj)
            if len(names) > 1:
                listed = "".join(f" {n}" for n in names)
                self.write_error(self.error(
                    f'The input name "{name}" cannot be resolved to a member. Possible matches '
                    f'include:{listed}.', "AmbiguousPropertyOrMethodName", INVALID_ARGUMENT, obj,
                    "System.Management.Automation.PSArgumentException"))
                return
            if names:
                self.write_object(get_member(obj, names[0]), enumerate_collection=True)
                return
        elif actual_property_name(obj, name) is not None:
            self.write_object(get_member(obj, name), enumerate_collection=True)
            return
        if has_method(obj, name):
            self._call(obj, name, ())
            return
        # No such member: PowerShell writes $null so later stages still run once per object.
        self.write_object(None)

    def _call(self, obj: Any, name: str, args: tuple[Any, ...]) -> None:
        try:
            result = invoke_method(obj, name, args)
        except PSRuntimeError as exc:
            self.write_error(self.error(exc.record.message, "MethodInvocationError",
                                        INVALID_OPERATION, obj))
            return
        except MethodNotFound:
            self.write_error(self.error(
                f'Method invocation failed because [{_type_name(obj)}] does not contain a method '
                f'named \'{name}\'.', "MethodNotFound", INVALID_OPERATION, obj))
            return
        except (TypeError, ValueError) as exc:
            self.write_error(self.error(f'Exception calling "{name}": "{exc}"',
                                        "MethodInvocationError", INVALID_OPERATION, obj))
            return
        self.write_object(result, enumerate_collection=True)


def _type_name(obj: Any) -> str:
    from .common import dotnet_type_name
    return dotnet_type_name(obj)
