"""Typed numbers: widening rules, literal types, Single text, [math]/[convert] statics."""
from decimal import Decimal

import pytest

from lyncshell.cmdlets.lang import dotnet_statics
from lyncshell.cmdlets.lang.numbers import (Byte, INTEGER_CLASSES, Int64, Single, UInt32, UInt64,
                                            format_single, shortest_single)
from lyncshell.cmdlets.lang.operators import binary_operator, unary_operator
from lyncshell.grammar import numeric

numeric.use_literal_types(INTEGER_CLASSES)


@pytest.mark.parametrize("left,op,right,expected,kind", [
    (1, "+", Int64(1), 2, Int64),
    (2**31 - 1, "+", 1, 2147483648.0, float),
    (Int64(2**63 - 1), "+", 1, 9.223372036854776e18, float),
    (Byte(200), "+", Byte(100), 300, int),
    (UInt32(5), "+", UInt32(1), 6, UInt32),
    (UInt32(5), "+", 1, 6, Int64),
    (UInt64(5), "+", 1, Decimal(6), Decimal),
    (Int64(7), "/", 2, 3.5, float),
    (Int64(8), "/", 2, 4, Int64),
    (Decimal("1.10"), "+", 1, Decimal("2.10"), Decimal),
    (Single(1.5), "+", 1, 2.5, float),
])
def test_widening(left, op, right, expected, kind):
    result = binary_operator(op)(left, right, None)
    assert result == expected
    assert type(result) is kind


def test_unary_minus_of_a_byte_is_int32_and_of_a_long_stays_long():
    assert type(unary_operator("-")(Byte(5), None)) is int
    assert type(unary_operator("-")(Int64(5), None)) is Int64


@pytest.mark.parametrize("text,value,kind", [
    ("5l", 5, Int64), ("5u", 5, UInt32), ("5000000000u", 5000000000, UInt64), ("0xFFuy", 255, Byte),
    ("0xFFFFFFFF", -1, int), ("3000000000", 3000000000, Int64), ("42", 42, int),
])
def test_literal_types(text, value, kind):
    result = numeric.parse_number(text)
    assert result == value
    assert type(result) is kind


def test_single_text_forms():
    assert format_single(Single(1 / 3)) == "0.3333333"
    assert shortest_single(Single(1 / 3)) == "0.33333334"
    assert shortest_single(Single(1e7)) == "1E+07"


def test_round_and_convert():
    assert dotnet_statics.static_method("math", "Round", [2.5]) == 2.0
    assert dotnet_statics.static_method("math", "Round", [2.5, "AwayFromZero"]) == 3.0
    assert dotnet_statics.static_method("convert", "ToString", [-1, 16]) == "ffffffff"
    assert dotnet_statics.static_method("convert", "ToInt32", ["FFFFFFFF", 16]) == -1
    assert dotnet_statics.static_method("string", "Nope", []) is dotnet_statics.NOT_HANDLED
