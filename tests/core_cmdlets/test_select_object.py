import pytest

from core_harness import run, sb
from lyncshell.cmdlets.errors import PSRuntimeError
from lyncshell.cmdlets.lang.values import Hashtable, PSCustomObject


def row(**props):
    return PSCustomObject(list(props.items()))


def items(obj):
    return obj.items()


def test_first_stops_upstream_early():
    result = run(("Produce-Numbers", 1000), ("Select-Object", "-First", 3))
    assert result.output == [1, 2, 3]
    assert sum(1 for line in result.log if line.startswith("produce")) == 3


def test_first_with_later_stage_end_blocks_still_running():
    result = run(("Produce-Numbers", 100), ("Select-Object", "-First", 2),
                 ("Measure-Object",))
    assert result.output[0].get("Count") == 2
    assert sum(1 for line in result.log if line.startswith("produce")) == 2


def test_last_skip_and_combinations():
    numbers = list(range(1, 11))
    assert run(("Select-Object", "-Last", 3), input=numbers).output == [8, 9, 10]
    assert run(("Select-Object", "-Skip", 7), input=numbers).output == [8, 9, 10]
    assert run(("Select-Object", "-First", 2, "-Skip", 3), input=numbers).output == [4, 5]
    assert run(("Select-Object", "-Last", 3, "-Skip", 1), input=numbers).output == [7, 8, 9]
    assert run(("Select-Object", "-First", 2, "-Last", 2), input=numbers).output == [1, 2, 9, 10]
    assert run(("Select-Object", "-SkipLast", 8), input=numbers).output == [1, 2]
    assert run(("Select-Object", "-First", 0), input=numbers).output == []


def test_index_and_skip_index():
    letters = list("abcdef")
    result = run(("Select-Object", "-Index", [3, 1]), input=letters)
    assert result.output == ["b", "d"]
    assert run(("Select-Object", "-SkipIndex", [0, 5]), input=letters).output == list("bcde")


def test_negative_first_is_a_validation_error():
    with pytest.raises(PSRuntimeError) as info:
        run(("Select-Object", "-First", -1), input=[1])
    assert info.value.record.error_id == "ParameterArgumentValidationError"


def test_property_creates_selected_objects():
    result = run(("Select-Object", ["Name", "Missing"]), input=[row(Name="a", Age=1)])
    out = result.output[0]
    assert items(out) == [("Name", "a"), ("Missing", None)]
    assert out.type_names[0] == "Selected.System.Management.Automation.PSCustomObject"


def test_property_uses_the_objects_own_spelling():
    out = run(("Select-Object", "name"), input=[row(Name="a")]).output[0]
    assert out.property_names() == ["Name"]


def test_property_wildcards_and_exclude():
    source = row(Name="a", NameLength=1, Age=2)
    assert run(("Select-Object", "Name*"), input=[source]).output[0].property_names() == \
        ["Name", "NameLength"]
    assert run(("Select-Object", "-ExcludeProperty", "Name*"), input=[source]).output[0] \
        .property_names() == ["Age"]
    assert run(("Select-Object", "*", "-ExcludeProperty", "Age"), input=[source]).output[0] \
        .property_names() == ["Name", "NameLength"]


def test_calculated_properties():
    spec = Hashtable([("Name", "Double"), ("Expression", sb(lambda o: o.get("Age") * 2))])
    short = Hashtable([("n", "Years"), ("e", "Age")])
    label = Hashtable([("Label", "Who"), ("Expression", sb(lambda o: o.get("Name").upper()))])
    out = run(("Select-Object", ["Name", spec, short, label]), input=[row(Name="a", Age=4)]).output[0]
    assert items(out) == [("Name", "a"), ("Double", 8), ("Years", 4), ("Who", "A")]


def test_script_block_property_is_named_by_its_text():
    out = run(("Select-Object", sb(lambda o: o + 1, " $_ + 1 ")), input=[1]).output[0]
    assert items(out) == [(" $_ + 1 ", 2)]


def test_invalid_hashtable_key():
    spec = Hashtable([("Name", "x"), ("Bogus", 1), ("Expression", "a")])
    with pytest.raises(PSRuntimeError) as info:
        run(("Select-Object", spec), input=[row(a=1)])
    assert info.value.record.error_id == "IllegalKey"


def test_hashtable_input_keys_select():
    # Select-Object documentation example 13
    out = run(("Select-Object", ["name", "weight"]),
              input=[Hashtable([("name", "a"), ("weight", 7)])]).output[0]
    assert items(out) == [("name", "a"), ("weight", 7)]
    assert out.type_names[0] == "Selected.System.Collections.Hashtable"


def test_expand_property_enumerates_values():
    source = [row(Name="a", Tags=["x", "y"]), row(Name="b", Tags="z"), row(Name="c", Tags=None)]
    assert run(("Select-Object", "-ExpandProperty", "Tags"), input=source).output == ["x", "y", "z"]


def test_expand_property_missing_is_an_error():
    result = run(("Select-Object", "-ExpandProperty", "Nope"), input=[row(a=1), row(a=2)])
    assert result.output == []
    assert [e.error_id for e in result.errors] == ["ExpandPropertyNotFound"] * 2


def test_expand_property_adds_property_values_to_objects():
    inner = row(City="Redmond")
    out = run(("Select-Object", "Name", "-ExpandProperty", "Address"),
              input=[row(Name="Ken", Address=inner)]).output
    assert out == [inner]
    assert items(inner) == [("City", "Redmond"), ("Name", "Ken")]


def test_unique_is_case_sensitive_and_after_first():
    # Select-Object documentation examples 4-6
    words = ["a", "b", "c", "a", "A", "a"]
    assert run(("Select-Object", "-Unique"), input=words).output == ["a", "b", "c", "A"]
    assert run(("Select-Object", "-First", 5, "-Unique"), input=words).output == ["a", "b", "c", "A"]
    assert run(("Select-Object", "-Unique", "-CaseInsensitive"), input=words).output == \
        ["a", "b", "c"]


def test_unique_on_selected_properties():
    source = [row(Name="a", Age=1), row(Name="a", Age=2), row(Name="b", Age=3)]
    out = run(("Select-Object", "Name", "-Unique"), input=source).output
    assert [o.get("Name") for o in out] == ["a", "b"]


def test_pass_through_without_property_keeps_objects():
    source = [1, "two", None]
    assert run(("Select-Object",), input=source).output == [1, "two"]
