"""The specialised per-object path of CommandProcessor (bound after begin) and the
counting shortcut of Measure-Object behave as the general path does."""
from __future__ import annotations

from core_harness import Named, run, sb
from lyncshell.cmdlets.base import Cmdlet
from lyncshell.cmdlets.errors import PSRuntimeError
from lyncshell.cmdlets.lang.values import AUTOMATION_NULL
from lyncshell.cmdlets.metadata import BY_VALUE, INT, PSOBJECT, Parameter


def test_where_object_out_variable_on_the_fast_path():
    result = run(("Where-Object", sb(lambda x: x % 2 == 0), Named("OutVariable", "evens")),
                 input=range(1, 7))
    assert result.output == [2, 4, 6]
    assert result.ctx.variables["evens"] == [2, 4, 6]


def test_null_objects_take_the_general_path():
    result = run(("Where-Object", sb(lambda x: True)), input=[1, None, 2])
    assert result.output == [1, None, 2]


def test_measure_object_counts_what_the_general_path_counts():
    counts = [run(("Measure-Object",), input=items).output[0].get("Count")
              for items in ([1, None, 2], [], [AUTOMATION_NULL, 3], ["a", [1, 2], None])]
    assert counts == [2, 0, 1, 2]


def test_measure_object_after_a_filter_counts_per_object():
    result = run(("Where-Object", sb(lambda x: x % 3 == 0)), ("Measure-Object",),
                 input=range(1, 101))
    assert result.output[0].get("Count") == 33


class Chooser(Cmdlet):
    """Picks its process implementation in begin: the specialised path must call it."""

    name = "Test-Chooser"
    parameters = (Parameter("InputObject", PSOBJECT, pipeline=BY_VALUE, default=AUTOMATION_NULL),)

    def begin(self) -> None:
        self.process = self._double   # type: ignore[method-assign]

    def _double(self) -> None:
        self.write_object(self.input_object * 2)


def test_a_process_chosen_in_begin_is_the_one_that_runs():
    assert run((Chooser,), input=[1, 2]).output == [2, 4]


class Typed(Cmdlet):
    """An [int] pipeline parameter: objects it does not accept go through the binder."""

    name = "Test-Typed"
    parameters = (Parameter("Value", INT, pipeline=BY_VALUE, mandatory=True),)

    def process(self) -> None:
        if self.value == 13:
            raise PSRuntimeError.of("unlucky", "Unlucky")
        self.write_object(self.value)


def test_typed_parameter_converts_and_errors_carry_the_command():
    assert run((Typed,), input=[1, "2"]).output == [1, 2]
    try:
        run((Typed,), input=[13])
    except PSRuntimeError as exc:
        assert exc.record.activity == "Test-Typed"
    else:
        raise AssertionError("no error")



def test_process_object_gets_the_objects_and_errors_keep_their_position():
    result = run(("Where-Object", sb(lambda x: x > 1)), ("Measure-Object", Named("Sum", True)),
                 input=[1, 2, 3, AUTOMATION_NULL])
    assert result.output[0].get("Count") == 2 and result.output[0].get("Sum") == 5


class Taker(Cmdlet):
    """A cmdlet with process_object: the fast path hands it each object."""

    name = "Test-Taker"
    parameters = (Parameter("InputObject", PSOBJECT, pipeline=BY_VALUE, default=AUTOMATION_NULL),)

    def process_object(self, obj):
        if obj == "bad":
            raise PSRuntimeError.of("bad object", "BadObject")
        self.write_object(("took", obj))

    def process(self):
        self.write_object(("general", self.input_object))


def test_process_object_is_the_fast_path_and_null_takes_the_general_one():
    result = run((Taker,), input=[1, None, "x"])
    assert result.output == [("took", 1), ("general", None), ("took", "x")]
