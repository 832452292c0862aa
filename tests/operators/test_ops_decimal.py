"""System.Decimal arithmetic, comparison and casts (the `1d` literal and [decimal])."""
from decimal import Decimal

import pytest

from lyncshell.cmdlets.errors import PSRuntimeError
from lyncshell.cmdlets.lang.operators import convert_to_type, is_type


@pytest.mark.parametrize("name,left,right,expected", [
    ("+", Decimal(1), 1, Decimal(2)), ("+", 1, Decimal(1), Decimal(2)),
    ("+", Decimal("0.1"), Decimal("0.2"), Decimal("0.3")), ("/", Decimal(10), 4, Decimal("2.5")),
    ("*", Decimal(3), Decimal("1.50"), Decimal("4.50")), ("-", Decimal(1), 0.1, Decimal("0.9")),
    ("%", Decimal(-7), 3, Decimal(-1)), ("-", "5", Decimal(2), Decimal(3)),
])
def test_decimal_arithmetic_stays_decimal(op, name, left, right, expected):
    result = op(name, left, right)
    assert result == expected
    assert str(result) == str(expected)
    assert type(result) is Decimal


def test_string_left_concatenates_a_decimal(op):
    assert op("+", "1", Decimal("2.50")) == "12.50"


def test_decimal_division_has_28_digits(op):
    assert str(op("/", Decimal(1), 3)) == "0.3333333333333333333333333333"
    assert str(op("/", Decimal(2), 3)) == "0.6666666666666666666666666667"


def test_decimal_divide_by_zero(op):
    with pytest.raises(PSRuntimeError, match="Attempted to divide by zero"):
        op("/", Decimal(1), 0)


def test_decimal_comparisons(op):
    assert op("-eq", Decimal(1), 1) is True
    assert op("-eq", 1.5, Decimal("1.5")) is True
    assert op("-lt", Decimal(1), 1.5) is True
    assert op("-gt", 2, Decimal("1.5")) is True
    assert op("-eq", Decimal(1), "1") is True


def test_decimal_unary(un):
    assert un("-", Decimal("2.5")) == Decimal("-2.5")


@pytest.mark.parametrize("value,expected", [
    ("1.10", "1.10"), ("1e3", "1000"), (0.1, "0.1"), (5, "5"), (True, "1"), ("0x10", "16"), (1 / 3, "0.333333333333333"),
])
def test_decimal_casts(value, expected):
    result = convert_to_type(value, "decimal")
    assert type(result) is Decimal and str(result) == expected


def test_decimal_cast_failures():
    with pytest.raises(PSRuntimeError, match='Cannot convert value "abc" to type "System.Decimal"'):
        convert_to_type("abc", "decimal")
    with pytest.raises(PSRuntimeError, match="too large or too small for a Decimal"):
        convert_to_type(1e30, "decimal")


def test_decimal_to_integer_rounds_half_even():
    assert convert_to_type(Decimal("2.5"), "int") == 2
    assert convert_to_type(Decimal("3.5"), "int") == 4
    assert is_type(Decimal(1), "decimal") and not is_type(1.0, "decimal")


@pytest.mark.parametrize("type_name,value,named", [
    ("byte", 300, "an unsigned byte"), ("sbyte", 200, "a signed byte"), ("int", 2**40, "an Int32"),
    ("uint16", -1, "a UInt16"), ("long", 2**70, "an Int64"),
])
def test_integer_overflow_messages(type_name, value, named):
    with pytest.raises(PSRuntimeError, match=f'Error: "Value was either too large or too small for {named}."'):
        convert_to_type(value, type_name)
