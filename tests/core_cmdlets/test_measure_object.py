import pytest

from core_harness import run, sb
from lyncshell.cmdlets.lang.values import PSCustomObject


def info(result, index=0):
    return dict(result.output[index].items())


def test_count_only_has_powershell_property_order():
    result = run(("Measure-Object",), input=[1, 2, 3])
    out = result.output[0]
    assert out.property_names() == ["Count", "Average", "Sum", "Maximum", "Minimum",
                                    "StandardDeviation", "Property"]
    assert info(result) == {"Count": 3, "Average": None, "Sum": None, "Maximum": None,
                            "Minimum": None, "StandardDeviation": None, "Property": None}
    assert out.type_names[0] == "Microsoft.PowerShell.Commands.GenericMeasureInfo"


def test_no_input_counts_zero():
    assert info(run(("Measure-Object",), input=[]))["Count"] == 0


def test_statistics():
    values = info(run(("Measure-Object", "-Sum", "-Average", "-Maximum", "-Minimum"),
                      input=range(1, 11)))
    assert values == {"Count": 10, "Average": 5.5, "Sum": 55.0, "Maximum": 10.0, "Minimum": 1.0,
                      "StandardDeviation": None, "Property": None}


def test_all_stats_standard_deviation():
    values = info(run(("Measure-Object", "-AllStats"), input=[2, 4, 4, 4, 5, 5, 7, 9]))
    assert values["StandardDeviation"] == pytest.approx(2.138089935299395)
    assert values["Average"] == 5.0


def test_property_counts_only_objects_that_have_it():
    source = [PSCustomObject([("Size", 3)]), PSCustomObject([("Size", 5)]),
              PSCustomObject([("Other", 1)])]
    values = info(run(("Measure-Object", "Size", "-Sum"), input=source))
    assert values["Count"] == 2
    assert values["Sum"] == 8.0
    assert values["Property"] == "Size"


def test_several_properties_and_missing_property_error():
    source = [PSCustomObject([("A", 1), ("B", 10)]), PSCustomObject([("A", 2), ("B", 20)])]
    result = run(("Measure-Object", ["A", "B", "C"], "-Maximum"), input=source)
    assert [o.get("Property") for o in result.output] == ["A", "B"]
    assert [o.get("Maximum") for o in result.output] == [2.0, 20.0]
    assert result.errors[0].fully_qualified_error_id == \
        "GenericMeasurePropertyNotFound,Microsoft.PowerShell.Commands.MeasureObjectCommand"


def test_strings_maximum_minimum():
    result = run(("Measure-Object", "-Maximum", "-Minimum"), input=["pear", "Apple", "fig"])
    values = info(result)
    assert values["Maximum"] == "pear" and values["Minimum"] == "Apple"
    assert result.output[0].type_names[0] == "Microsoft.PowerShell.Commands.GenericObjectMeasureInfo"


def test_non_numeric_sum_is_an_error():
    result = run(("Measure-Object", "-Sum"), input=[1, "x", 2])
    assert info(result)["Sum"] == 3.0
    assert result.errors[0].error_id == "NonNumericInputObject"


def test_text_measures():
    result = run(("Measure-Object", "-Line", "-Word", "-Character"),
                 input=["one two", "three\nfour"])
    assert info(result) == {"Lines": 3, "Words": 4, "Characters": 17, "Property": None}
    assert result.output[0].type_names[0] == "Microsoft.PowerShell.Commands.TextMeasureInfo"


def test_script_block_property():
    values = info(run(("Measure-Object", sb(lambda o: o * 2, "$_ * 2"), "-Sum"), input=[1, 2]))
    assert values["Sum"] == 6.0 and values["Property"] == "$_ * 2"


def test_streams_without_holding_objects():
    result = run(("Produce-Numbers", 3), ("Measure-Object",))
    assert result.log[:3] == ["produce 1", "produce 2", "produce 3"]
    assert result.output[0].get("Count") == 3
