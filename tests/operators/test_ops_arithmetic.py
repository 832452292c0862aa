"""Arithmetic, bitwise, range: facts file 2.3, RangeOperator.Tests.ps1."""
from datetime import datetime, timedelta

import pytest

from lyncshell.cmdlets.errors import PSRuntimeError
from lyncshell.cmdlets.lang.operators import Char
from lyncshell.cmdlets.lang.values import Hashtable, PSCustomObject, type_names


@pytest.mark.parametrize("name,left,right,expected", [
    ("+", "file", 16, "file16"), ("+", 1, "2", 3), ("+", "1", 2, "12"), ("*", "ab", 3, "ababab"),
    ("*", "ab", 0, ""), ("+", 1, 2.5, 3.5), ("+", 1.5, "2", 3.5), ("-", "10", "4", 6),
    ("-", "5.5", 1, 4.5), ("/", 6, 2, 3), ("/", 7, 2, 3.5), ("%", 7, 3, 1), ("%", -7, 3, -1),
    ("%", 7, -3, 1), ("%", 7.5, 2, 1.5), ("*", 3, "4", 12), ("+", True, 1, 2), ("+", None, 1, 1),
    ("-", None, 1, -1), ("+", None, "a", "a"), ("+", 1, None, 1), ("+", "a", None, "a"),
    ("+", "a", 1.5, "a1.5"), ("+", "x", True, "xTrue"), ("+", 1, "0x10", 17),
])
def test_left_operand_decides(op, name, left, right, expected):
    result = op(name, left, right)
    assert result == expected
    assert type(result) is type(expected)


def test_string_plus_array_uses_ofs(op, ctx):
    assert op("+", "x", [1, 2]) == "x1 2"
    ctx.ofs = "-"
    assert op("+", "x", [1, 2]) == "x1-2"


def test_int_plus_bad_string_error(op):
    with pytest.raises(PSRuntimeError) as err:
        op("+", 16, "file")
    assert str(err.value) == ('Cannot convert value "file" to type "System.Int32". '
                              'Error: "The input string \'file\' was not in a correct format."')
    assert err.value.record.error_id == "InvalidCastFromStringToInteger"
    assert err.value.record.category == "InvalidArgument"


def test_divide_by_zero(op):
    # integers only: a Double operand makes it DoubleOps, which gives ∞ or NaN
    # (test_ops_special_floats.py)
    for name, left, right in (("/", 1, 0), ("%", 1, 0), ("/", 1, "0"), ("/", 5, None)):
        with pytest.raises(PSRuntimeError) as err:
            op(name, left, right)
        assert str(err.value) == "Attempted to divide by zero."
        assert err.value.record.error_id == "RuntimeException"


def test_overflow_widens_to_double(op):
    r = op("+", 2147483647, 1)
    assert r == 2147483648 and isinstance(r, float)
    r = op("*", 2147483647, 2)
    assert r == 4294967294 and isinstance(r, float)
    r = op("-", -2147483648, 1)
    assert isinstance(r, float)
    big = 2**40  # a [long]
    r = op("+", big, 1)
    assert r == big + 1 and isinstance(r, int)
    r = op("+", 2**63 - 1, 1)
    assert isinstance(r, float)
    assert op("/", -2147483648, -1) == 2147483648.0


def test_int_results_stay_int32(op):
    assert type_names(op("+", 1, 2))[0] == "System.Int32"
    assert type_names(op("/", 6, 3))[0] == "System.Int32"


def test_array_operations(op):
    assert op("+", [1, 2], 3) == [1, 2, 3]
    assert op("+", [1, 2], [3, 4]) == [1, 2, 3, 4]
    assert op("+", (1,), "a") == [1, "a"]
    assert op("*", [1, 2], 2) == [1, 2, 1, 2]
    assert op("+", None, [1, 2]) == [1, 2]
    original = [1]
    op("+", original, 2)
    assert original == [1]
    with pytest.raises(PSRuntimeError) as err:
        op("-", [1, 2], 1)
    assert str(err.value) == ("Method invocation failed because [System.Object[]] does not contain "
                              "a method named 'op_Subtraction'.")
    assert err.value.record.error_id == "MethodNotFound"


def test_hashtable_addition(op):
    a = Hashtable([("a", 1)])
    b = Hashtable([("b", 2)])
    merged = op("+", a, b)
    assert merged.keys() == ["a", "b"] and merged["b"] == 2
    assert a.keys() == ["a"]
    with pytest.raises(PSRuntimeError) as err:
        op("+", a, Hashtable([("A", 3)]))
    assert str(err.value) == "Item has already been added. Key in dictionary: 'a'  Key being added: 'A'"
    with pytest.raises(PSRuntimeError) as err:
        op("+", a, 1)
    assert str(err.value) == "A hash table can only be added to another hash table."
    with pytest.raises(PSRuntimeError) as err:
        op("*", a, 2)
    assert "op_Multiply" in str(err.value)


def test_object_without_operator(op):
    with pytest.raises(PSRuntimeError) as err:
        op("+", PSCustomObject([("a", 1)]), 1)
    assert err.value.record.error_id == "MethodNotFound"


def test_dates(op):
    d = datetime(2011, 9, 1, 12, 0)
    assert op("+", d, timedelta(days=1)) == datetime(2011, 9, 2, 12, 0)
    assert op("-", d, datetime(2011, 9, 1)) == timedelta(hours=12)
    assert op("-", d, timedelta(hours=1)) == datetime(2011, 9, 1, 11, 0)
    assert op("+", timedelta(hours=1), timedelta(minutes=30)) == timedelta(minutes=90)


def test_char_arithmetic(op):
    assert op("+", Char("a"), 1) == 98
    assert op("+", "a", 1) == "a1"


def test_unary(un):
    assert un("-", 5) == -5
    assert un("-", "5") == -5
    assert un("-", "2.5") == -2.5
    assert un("-", None) == 0
    assert un("+", "7") == 7
    assert un("-", -2147483648) == 2147483648.0
    assert un("-bnot", 5) == -6
    assert un("-bnot", -1) == 0


@pytest.mark.parametrize("name,left,right,expected", [
    ("-band", 5, 3, 1), ("-bor", 5, 3, 7), ("-bxor", 5, 3, 6), ("-shl", 102, 2, 408),
    ("-shr", 102, 2, 25), ("-shl", 1, 31, -2147483648), ("-shl", 1, 32, 1), ("-shr", -8, 1, -4),
    ("-band", "12", 4, 4), ("-bor", 2**40, 1, 2**40 + 1),
])
def test_bitwise(op, name, left, right, expected):
    assert op(name, left, right) == expected


def test_ranges(op):
    assert op("..", 5, 8) == [5, 6, 7, 8]
    assert op("..", -8, -5) == [-8, -7, -6, -5]
    assert op("..", 0, 0) == [0]
    assert op("..", 4, 3) == [4, 3]
    assert op("..", -2, 2) == [-2, -1, 0, 1, 2]
    assert op("..", 1.1, 3.9) == [1, 2, 3, 4]
    assert op("..", "1", "3") == [1, 2, 3]
    chars = op("..", "A", "E")
    assert chars == ["A", "B", "C", "D", "E"] and all(type(c) is Char for c in chars)
    assert op("..", "B", "A") == ["B", "A"]
    assert op("..", "\u0110", "\u0114") == [chr(c) for c in range(0x110, 0x115)]
    assert op("..", Char("a"), Char("b")) == ["a", "b"]
