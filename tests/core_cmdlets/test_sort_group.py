import pytest

from core_harness import run, sb
from lyncshell.cmdlets.errors import PSRuntimeError
from lyncshell.cmdlets.lang.values import Hashtable, PSCustomObject, get_member


def row(**props):
    return PSCustomObject(list(props.items()))


def test_numbers_sort_numerically_and_descending():
    assert run(("Sort-Object",), input=[10, 9, 100, 1]).output == [1, 9, 10, 100]
    assert run(("Sort-Object", "-Descending"), input=[10, 9, 100, 1]).output == [100, 10, 9, 1]


def test_strings_sort_case_insensitively_and_stably():
    assert run(("Sort-Object",), input=["b", "B", "a", "A"]).output == ["a", "A", "b", "B"]


def test_unique_is_case_insensitive_unless_case_sensitive():
    assert run(("Sort-Object", "-Unique"), input=["b", "a", "B", "a"]).output == ["a", "b"]
    assert run(("Sort-Object", "-Unique", "-CaseSensitive"), input=["B", "b", "a"]).output == \
        ["a", "b", "B"]


def test_null_sorts_like_zero_with_numbers_and_first_with_strings():
    # Sort-Object.Tests.ps1: YearsInMS -2, $null, 1, 8
    people = [row(Y=8), row(Y=None), row(Y=-2), row(Y=1)]
    assert [p.get("Y") for p in run(("Sort-Object", "Y"), input=people).output] == [-2, None, 1, 8]
    words = [row(S="b"), row(S=None), row(S="a")]
    assert [p.get("S") for p in run(("Sort-Object", "S"), input=words).output] == [None, "a", "b"]


def test_several_keys_and_hashtable_direction():
    people = [row(Name="b", Age=1), row(Name="a", Age=1), row(Name="c", Age=2)]
    spec = Hashtable([("Expression", "Age"), ("Descending", True)])
    result = run(("Sort-Object", [spec, "Name"]), input=people)
    assert [p.get("Name") for p in result.output] == ["c", "a", "b"]


def test_script_block_key():
    result = run(("Sort-Object", sb(lambda s: len(s))), input=["ccc", "a", "bb"])
    assert result.output == ["a", "bb", "ccc"]


def test_missing_property_sorts_last_in_both_orders():
    items = [row(N=2), row(X=0), row(N=1)]
    assert [p.get("N") for p in run(("Sort-Object", "N"), input=items).output] == [1, 2, None]
    assert [p.get("N") for p in run(("Sort-Object", "N", "-Descending"), input=items).output] == \
        [2, 1, None]


def test_top_and_bottom():
    numbers = [5, 3, 9, 1, 7]
    assert run(("Sort-Object", "-Top", 2), input=numbers).output == [1, 3]
    assert run(("Sort-Object", "-Bottom", 2), input=numbers).output == [7, 9]
    with pytest.raises(PSRuntimeError):
        run(("Sort-Object", "-Top", 1, "-Bottom", 1), input=numbers)


def test_group_object_sorts_same_type_keys():
    # Group-Object.Tests.ps1: '{','}','{0}' -> names {, {0}, }
    result = run(("Group-Object",), input=["{", "}", "{0}"])
    assert [get_member(g, "Name") for g in result.output] == ["{", "{0}", "}"]


def test_group_object_counts_and_groups():
    people = [row(Pool="b", N=1), row(Pool="A", N=2), row(Pool="a", N=3)]
    groups = run(("Group-Object", "Pool"), input=people).output
    assert [(get_member(g, "Name"), get_member(g, "Count")) for g in groups] == [("A", 2), ("b", 1)]
    assert [p.get("N") for p in get_member(groups[0], "Group")] == [2, 3]
    assert get_member(groups[0], "Values") == ["A"]


def test_group_object_case_sensitive_and_no_element():
    groups = run(("Group-Object", "-CaseSensitive", "-NoElement"), input=["a", "A", "a"]).output
    assert [(get_member(g, "Name"), get_member(g, "Count")) for g in groups] == [("a", 2), ("A", 1)]
    assert get_member(groups[0], "Group") is None


def test_group_object_mixed_types_keep_first_seen_order():
    groups = run(("Group-Object",), input=["x", 1, "a"]).output
    assert [get_member(g, "Name") for g in groups] == ["x", "1", "a"]


def test_group_object_as_hashtable():
    table = run(("Group-Object", "Length", "-AsHashTable"), input=["ab", "cd", "e"]).output[0]
    assert table[2] == ["ab", "cd"] and table[1] == ["e"]
    table = run(("Group-Object", "Length", "-AsHashTable", "-AsString"), input=["ab"]).output[0]
    assert table["2"] == ["ab"]
