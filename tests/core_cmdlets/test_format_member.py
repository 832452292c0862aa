import pytest

from core_harness import run, sb
from lyncshell.cmdlets.errors import PSRuntimeError
from lyncshell.cmdlets.formatdata import FormatData, PropertySpec
from lyncshell.cmdlets.lang.values import Hashtable, PSCustomObject, get_member


def people():
    return [PSCustomObject([("Name", "a"), ("Age", 1)]), PSCustomObject([("Name", "b"), ("Age", 2)])]


def test_format_table_emits_one_request_at_end():
    result = run(("Produce-Numbers", 3), ("Format-Table",))
    assert result.log[:3] == ["produce 1", "produce 2", "produce 3"]
    assert result.output == [FormatData(shape="table", objects=(1, 2, 3))]


def test_format_table_properties_and_switches():
    block = sb(lambda o: o.get("Age") * 2, "$_.Age * 2")
    column = Hashtable([("Label", "Years"), ("Expression", "Age"), ("Width", 10),
                        ("Alignment", "right")])
    request = run(("Format-Table", ["Name", block, column], "-AutoSize", "-HideTableHeaders",
                   "-GroupBy", "Name"), input=people()).output[0]
    assert request.shape == "table" and request.autosize and request.hide_table_headers
    assert request.group_by == "Name"
    assert request.properties == (PropertySpec(name="Name"),
                                  PropertySpec(label="$_.Age * 2", expression=block),
                                  PropertySpec(name="Age", label="Years", width=10,
                                               alignment="right"))


def test_format_list_and_wide():
    request = run(("Format-List", "*"), input=people()).output[0]
    assert request.shape == "list" and request.properties == (PropertySpec(name="*"),)
    request = run(("Format-Wide", "Name", "-Column", 3), input=people()).output[0]
    assert request.shape == "wide" and request.wide_columns == 3
    assert request.properties == (PropertySpec(name="Name"),)


def test_format_wide_autosize_and_column_conflict():
    with pytest.raises(PSRuntimeError):
        run(("Format-Wide", "-AutoSize", "-Column", 2), input=people())


def test_format_without_input_emits_nothing():
    assert run(("Format-List",), input=[]).output == []


def test_bad_alignment():
    with pytest.raises(PSRuntimeError):
        run(("Format-Table", Hashtable([("Expression", "Name"), ("Alignment", "middle")])),
            input=people())


def test_get_member_of_custom_object():
    result = run(("Get-Member",), input=people())
    rows = [(get_member(m, "Name"), get_member(m, "MemberType"), get_member(m, "Definition"))
            for m in result.output]
    assert rows == [("Equals", "Method", "bool Equals(System.Object obj)"),
                    ("GetHashCode", "Method", "int GetHashCode()"),
                    ("GetType", "Method", "type GetType()"),
                    ("ToString", "Method", "string ToString()"),
                    ("Age", "NoteProperty", "int Age=1"),
                    ("Name", "NoteProperty", "string Name=a")]
    assert {get_member(m, "TypeName") for m in result.output} == \
        {"System.Management.Automation.PSCustomObject"}


def test_get_member_filters_and_groups_types():
    result = run(("Get-Member", "-MemberType", "Property"), input=["x", "y", 5])
    assert [(get_member(m, "TypeName"), get_member(m, "Name")) for m in result.output] == \
        [("System.String", "Length")]
    result = run(("Get-Member", "To*"), input=["x"])
    assert [get_member(m, "Name") for m in result.output] == ["ToLower", "ToString", "ToUpper"]


def test_get_member_without_input_is_an_error():
    with pytest.raises(PSRuntimeError) as info:
        run(("Get-Member",), input=[])
    assert info.value.record.error_id == "NoObjectInGetMember"
