"""Comparison operators: facts file 2.1 and ComparisonOperator.Tests.ps1."""
from datetime import datetime

import pytest

from lyncshell.cmdlets.errors import PSRuntimeError
from lyncshell.cmdlets.lang.operators import Char, binary_operator, compare, ps_compare, ps_equals
from lyncshell.cmdlets.lang.values import Hashtable, PSCustomObject


@pytest.mark.parametrize("name,left,right,expected", [
    ("-lt", 1, 2, True), ("-gt", 1, 2, False), ("-le", 1, 2, True), ("-le", 1, 1, True),
    ("-ge", 1, 2, False), ("-ge", 1, 1, True), ("-eq", 1, 1, True), ("-ne", 1, 2, True),
    ("-ceq", "abc", "abc", True), ("-ceq", "abc", "Abc", False),
    ("-eq", "abc", "ABC", True), ("-ieq", "abc", "ABC", True), ("-cne", "abc", "Abc", True),
])
def test_pester_scalar_cases(op, name, left, right, expected):
    assert op(name, left, right) is expected


@pytest.mark.parametrize("left,right,expected", [
    ("10", 10, True), (10, "10.0", True), ("1.0", 1, False), (2, "2", True),
    (True, "false", True), (False, "", True), (True, 0, False), (False, [], True),
    (1, True, True), (2, True, False), (1.0, 1, True), (1, 1.5, False),
    (10, "0xA", True), (1024, "1kb", True), (10, "abc", False), (10, "10.5", False),
])
def test_rhs_converted_to_lhs_type(op, left, right, expected):
    assert op("-eq", left, right) is expected


def test_null_rules(op):
    assert op("-eq", None, None) is True
    assert op("-eq", None, 0) is False
    assert op("-eq", 0, None) is False
    assert op("-eq", "", None) is False
    assert op("-eq", None, "") is False
    assert op("-ne", [1, None, 2], None) == [1, 2]
    assert op("-eq", [1, None, 2], None) == [None]


def test_collection_lhs_filters(op):
    assert op("-eq", [1, 2, 3], 2) == [2]
    assert op("-eq", [1, 2], 3) == []
    assert op("-eq", [3], 3) == [3]
    assert op("-eq", [1, 2, [3, 4]], 3) == []
    assert op("-gt", (1, 5, 10), 4) == [5, 10]
    assert op("-ne", ["a", "B", "c"], "b") == ["a", "c"]
    assert op("-ceq", ["a", "A"], "A") == ["A"]


def test_string_lhs_stringifies_array_rhs(op, ctx):
    assert op("-eq", "abc def", ["abc", "def"]) is True
    ctx.ofs = ","
    assert op("-eq", "abc,def", ["abc", "def"]) is True


def test_string_ordering_culture(op):
    # TEST Parser.Tests.ps1 "Arithmetic and String Comparison"
    assert op("-clt", "aaa", "AAA") is True
    assert op("-cgt", "AAA", "aaa") is True
    assert op("-lt", "aaa", "AAA") is False
    assert op("-clt", "macOS", "MacOS") is True
    assert op("-lt", "apple", "Banana") is True
    assert op("-lt", "a", "b") is True
    assert op("-gt", "b", "A") is True
    assert op("-lt", "10", "9") is True          # strings compare as strings
    assert op("-lt", "a-b", "a1") is True        # punctuation before digits
    assert op("-lt", "a1", "ab") is True         # digits before letters


def test_numeric_ordering_with_string_rhs(op):
    assert op("-lt", 9, "10") is True
    assert op("-gt", 10.5, "10") is True
    assert op("-ge", 5, "5.0") is True


def test_datetime_lhs_against_us_date_string(op):
    expires = datetime(2011, 8, 15, 10, 0)
    assert op("-lt", expires, "9/1/2011") is True
    assert op("-gt", expires, "9/1/2011") is False
    assert op("-eq", datetime(2011, 9, 1), "9/1/2011") is True
    assert op("-eq", datetime(2011, 9, 1), "junk") is False
    certs = [datetime(2011, 1, 1), datetime(2012, 1, 1)]
    assert op("-lt", certs, "9/1/2011") == [datetime(2011, 1, 1)]


def test_ordering_errors(op):
    with pytest.raises(PSRuntimeError) as err:
        op("-lt", 5, "abc")
    assert err.value.record.error_id == "ComparisonFailure"
    assert str(err.value) == ('Could not compare "5" to "abc". Error: "Cannot convert value "abc" to type '
                              '"System.Int32". Error: "The input string \'abc\' was not in a correct format.""')
    with pytest.raises(PSRuntimeError) as err:
        op("-gt", datetime(2011, 1, 1), "nope")
    assert err.value.record.error_id == "ComparisonFailure"
    assert "String 'nope' was not recognized as a valid DateTime." in str(err.value)
    with pytest.raises(PSRuntimeError) as err:
        op("-lt", Hashtable([("a", 1)]), 1)
    assert err.value.record.error_id == "NotIcomparable"
    assert str(err.value) == 'Cannot compare "System.Collections.Hashtable" because it is not IComparable.'


def test_null_ordering(op):
    assert op("-lt", None, 1) is True
    assert op("-gt", 0, None) is True
    assert op("-gt", -1, None) is False
    assert op("-lt", None, -1) is False
    assert op("-gt", "a", None) is True
    assert op("-le", None, None) is True


def test_eq_never_raises_for_unconvertible(op):
    assert op("-eq", 5, Hashtable()) is False
    assert op("-eq", datetime(2011, 1, 1), 5) is False
    assert op("-eq", PSCustomObject([("a", 1)]), "x") is False


def test_objects_compare_by_identity(op):
    obj = PSCustomObject([("a", 1)])
    assert op("-eq", obj, obj) is True
    assert op("-eq", [obj, PSCustomObject([("a", 1)])], obj) == [obj]


def test_char_comparisons(op):
    assert op("-eq", Char("a"), "A") is True
    assert op("-ceq", Char("a"), "A") is False
    assert op("-eq", Char("a"), 97) is True
    assert op("-lt", Char("a"), "b") is True


def test_contains_and_in(op):
    arr = ["Hello", "world"]
    assert op("-contains", arr, "Hello") is True
    assert op("-contains", arr, "hello") is True
    assert op("-ccontains", arr, "hello") is False
    assert op("-ccontains", arr, "Hello") is True
    assert op("-cnotcontains", arr, "Hello") is False
    assert op("-contains", "Hello", "Hello") is True
    assert op("-notcontains", "Hello", "Hello") is False
    assert op("-contains", [1, 2, 3], "2") is True
    assert op("-in", "2", [1, 2, 3]) is True   # each element is the LHS: 2 -eq "2"
    assert op("-in", 2, ["1", "2"]) is True
    assert op("-notin", "x", ["a", "b"]) is True
    assert op("-cin", "A", ["a"]) is False
    assert op("-contains", [], 1) is False
    assert op("-contains", ["abc def"], ["abc", "def"]) is True


def test_in_is_swapped_contains(op):
    for value in (1, "a", None, 2.0):
        for coll in ([1, 2], ["A", "b"], [None], []):
            assert op("-in", value, coll) is op("-contains", coll, value)


def test_compare_helper_and_primitives(ctx):
    assert compare("-eq", 1, "1", ctx) is True
    assert ps_equals("A", "a") is True
    assert ps_equals("A", "a", ignore_case=False) is False
    assert ps_compare(1, 2) < 0
    assert ps_compare("b", "A") > 0


def test_binary_operator_is_specialised_once():
    assert binary_operator("-eq") is binary_operator("-eq")
    assert binary_operator("-EQ") is binary_operator("-eq")
    with pytest.raises(ValueError):
        binary_operator("-frobnicate")


def test_logical(op, un):
    assert op("-and", 1, 1) is True
    assert op("-and", 1, 0) is False
    assert op("-or", 0, 0) is False
    assert op("-or", 1, 0) is True
    assert op("-xor", 1, 0) is True
    assert op("-xor", 1, 1) is False
    assert un("-not", 1) is False
    assert un("!", 0) is True
    assert un("!", "False") is False
    assert un("-not", [0]) is True
    assert un("-not", [0, 0]) is False
    assert un("-not", Hashtable()) is False
