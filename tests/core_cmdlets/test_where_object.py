import pytest

from core_harness import Named, run, sb
from lyncshell.cmdlets.errors import PSRuntimeError
from lyncshell.cmdlets.lang.values import Hashtable, PSCustomObject


def people():
    return [PSCustomObject([("Name", "Ken Myer"), ("Age", 41), ("Enabled", True)]),
            PSCustomObject([("Name", "pilar ackerman"), ("Age", 29), ("Enabled", False)]),
            PSCustomObject([("Name", "Kim Akers"), ("Age", 35), ("Enabled", True)])]


def names(objects):
    return [o.get("Name") for o in objects]


def test_positional_script_block_filters():
    result = run(("Where-Object", sb(lambda o: o > 2)), input=[1, 2, 3, 4])
    assert result.output == [3, 4]


def test_named_filter_script_and_alias_prefix():
    result = run(("Where-Object", "-FilterScript", sb(lambda o: o % 2 == 0)), input=range(1, 7))
    assert result.output == [2, 4, 6]
    result = run(("Where-Object", "-Filter", sb(lambda o: o == 3)), input=range(1, 7))
    assert result.output == [3]


def test_simplified_equal_is_case_insensitive():
    result = run(("Where-Object", "Name", "-EQ", "KEN MYER"), input=people())
    assert names(result.output) == ["Ken Myer"]


def test_simplified_ceq_is_case_sensitive():
    result = run(("Where-Object", "Name", "-CEQ", "KEN MYER"), input=people())
    assert result.output == []
    result = run(("Where-Object", "Name", "-CEQ", "Ken Myer"), input=people())
    assert names(result.output) == ["Ken Myer"]


@pytest.mark.parametrize("op, value, expected", [
    ("-GT", 30, ["Ken Myer", "Kim Akers"]),
    ("-GE", 35, ["Ken Myer", "Kim Akers"]),
    ("-LT", 35, ["pilar ackerman"]),
    ("-LE", 35, ["pilar ackerman", "Kim Akers"]),
    ("-NE", 29, ["Ken Myer", "Kim Akers"]),
])
def test_simplified_ordering_operators(op, value, expected):
    result = run(("Where-Object", "Age", op, value), input=people())
    assert names(result.output) == expected


def test_like_notlike_match():
    assert names(run(("Where-Object", "Name", "-Like", "k*"), input=people()).output) == \
        ["Ken Myer", "Kim Akers"]
    assert names(run(("Where-Object", "Name", "-CLike", "k*"), input=people()).output) == []
    assert names(run(("Where-Object", "Name", "-NotLike", "k*"), input=people()).output) == \
        ["pilar ackerman"]
    assert names(run(("Where-Object", "Name", "-Match", "^P"), input=people()).output) == \
        ["pilar ackerman"]
    assert names(run(("Where-Object", "Name", "-CMatch", "^P"), input=people()).output) == []
    assert names(run(("Where-Object", "Name", "-NotMatch", "er$"), input=people()).output) == \
        ["pilar ackerman", "Kim Akers"]


def test_in_and_contains():
    result = run(("Where-Object", "Age", "-In", [29, 41]), input=people())
    assert names(result.output) == ["Ken Myer", "pilar ackerman"]
    result = run(("Where-Object", "Age", "-NotIn", [29, 41]), input=people())
    assert names(result.output) == ["Kim Akers"]
    groups = [PSCustomObject([("Tags", ["a", "b"])]), PSCustomObject([("Tags", ["c"])])]
    assert run(("Where-Object", "Tags", "-Contains", "B"), input=groups).output == [groups[0]]
    assert run(("Where-Object", "Tags", "-CContains", "B"), input=groups).output == []
    assert run(("Where-Object", "Tags", "-NotContains", "b"), input=groups).output == [groups[1]]


def test_is_accepts_a_bracketed_type_name():
    result = run(("Where-Object", "Age", "-Is", "[int]"), input=people() +
                 [PSCustomObject([("Name", "x"), ("Age", "old")])])
    assert len(result.output) == 3
    result = run(("Where-Object", "Age", "-IsNot", "int"), input=people() +
                 [PSCustomObject([("Name", "x"), ("Age", "old")])])
    assert names(result.output) == ["x"]


def test_bare_property_is_a_truth_test_and_not_negates():
    assert names(run(("Where-Object", "Enabled"), input=people()).output) == \
        ["Ken Myer", "Kim Akers"]
    assert names(run(("Where-Object", "-Not", "Enabled"), input=people()).output) == \
        ["pilar ackerman"]
    # '"string" | Where-Object Length' behaves like {$_.Length}
    assert run(("Where-Object", "Length"), input=["", "abc"]).output == ["abc"]


def test_missing_property_is_null():
    result = run(("Where-Object", "Missing", "-EQ", None), input=people())
    assert len(result.output) == 3
    assert run(("Where-Object", "Missing"), input=people()).output == []


def test_named_property_and_value():
    result = run(("Where-Object", "-Property", "Age", "-Value", 35, "-EQ"), input=people())
    assert names(result.output) == ["Kim Akers"]
    result = run(("Where-Object", "-Value", 35, "-Property", "Age", Named("GT")), input=people())
    assert names(result.output) == ["Ken Myer"]


def test_hashtable_keys_are_properties():
    rows = [Hashtable([("Name", "a"), ("N", 1)]), Hashtable([("Name", "b"), ("N", 2)])]
    assert run(("Where-Object", "N", "-GT", 1), input=rows).output == [rows[1]]


def test_wildcard_property_name():
    result = run(("Where-Object", "Ag*", "-GT", 40), input=people())
    assert names(result.output) == ["Ken Myer"]


def test_two_operators_cannot_be_combined():
    with pytest.raises(PSRuntimeError) as info:
        run(("Where-Object", "Age", "-GT", "-LT", 3), input=people())
    assert info.value.record.error_id == "AmbiguousParameterSet"


def test_operator_without_value_is_an_error():
    with pytest.raises(PSRuntimeError) as info:
        run(("Where-Object", "Age", "-GT"), input=people())
    assert info.value.record.fully_qualified_error_id == \
        "ValueNotSpecifiedForWhereObject,Microsoft.PowerShell.Commands.WhereObjectCommand"


def test_value_without_operator_is_an_error():
    with pytest.raises(PSRuntimeError) as info:
        run(("Where-Object", "Age", 3), input=people())
    assert info.value.record.error_id == "OperatorNotSpecified"


def test_streams_one_object_at_a_time():
    result = run(("Produce-Numbers", 4), ("Where-Object", sb(lambda o: o % 2 == 0)))
    assert result.log == ["produce 1", "produce 2", "out 2", "produce 3", "produce 4", "out 4"]


def test_no_input_does_nothing():
    block = sb(lambda o: True)
    assert run(("Where-Object", block)).output == []
    assert block.calls == 0


def test_null_input_is_tested():
    result = run(("Where-Object", sb(lambda o: o is None)), input=[None, 1])
    assert result.output == [None]


def test_parameter_prefixes_and_ambiguity():
    result = run(("Where-Object", "-Prop", "Age", "-Val", 29, "-EQ"), input=people())
    assert names(result.output) == ["pilar ackerman"]
    with pytest.raises(PSRuntimeError) as info:
        run(("Where-Object", "Age", "-C", 29), input=people())
    assert info.value.record.error_id == "AmbiguousParameter"
    # the I-prefixed aliases are the case-insensitive operators
    result = run(("Where-Object", "Name", "-ILike", "KIM*"), input=people())
    assert names(result.output) == ["Kim Akers"]
