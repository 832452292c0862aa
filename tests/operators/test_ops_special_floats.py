"""Arithmetic on special doubles (∞, -∞, NaN, -0.0): PowerShell's DoubleOps are C#'s
IEEE 754 operators, so nothing raises (NumericOps.cs); only integer and decimal
division by zero is "Attempted to divide by zero."."""
import math

import pytest

from lyncshell.cmdlets.errors import PSRuntimeError
from lyncshell.cmdlets.lang import dotnet_statics
from lyncshell.cmdlets.lang.convert import ps_string, to_string
from lyncshell.cmdlets.lang.numbers import Int64, Single

INF = math.inf
NAN = math.nan


def _same(result, expected):
    """Equal, and the same zero sign / both NaN."""
    assert type(result) is float
    if math.isnan(expected):
        return math.isnan(result)
    return result == expected and math.copysign(1, result) == math.copysign(1, expected)


@pytest.mark.parametrize("name,left,right,expected", [
    ("%", INF, 3, NAN), ("%", -INF, 3, NAN), ("%", 3, INF, 3.0), ("%", -3.5, -INF, -3.5),
    ("%", NAN, 2, NAN), ("%", 2, NAN, NAN), ("%", 1.5, 0, NAN), ("%", 5, 0.0, NAN),
    ("%", 7, -0.0, NAN), ("%", -7.5, 2, -1.5), ("%", -0.0, 5, -0.0),
    ("/", 1.0, 0, INF), ("/", -1.0, 0, -INF), ("/", 1, 0.0, INF), ("/", 1, -0.0, -INF),
    ("/", -1, -0.0, INF), ("/", 0.0, 0, NAN), ("/", NAN, 0, NAN), ("/", INF, 0, INF),
    ("/", INF, INF, NAN), ("/", 1, INF, 0.0), ("/", -1, INF, -0.0),
    ("*", INF, 0, NAN), ("*", 0.0, -1, -0.0), ("*", 1e308, 10, INF), ("*", -INF, -1, INF),
    ("+", INF, -INF, NAN), ("-", INF, INF, NAN), ("+", INF, 1, INF), ("-", -0.0, 0.0, -0.0),
    ("+", NAN, 1, NAN), ("/", "1.5", 0, INF), ("%", "1.5", 0, NAN),
])
def test_double_operators_follow_ieee(op, name, left, right, expected):
    assert _same(op(name, left, right), expected)


def test_single_operands_compute_in_double(op):
    assert _same(op("/", Single(1.0), 0), INF)
    assert _same(op("%", Single(1.0), 0), NAN)


def test_huge_integer_with_a_double_is_infinity(op):
    from lyncshell.cmdlets.lang.numbers import BigInteger
    assert _same(op("+", BigInteger(10 ** 400), 1.0), INF)


@pytest.mark.parametrize("name,left,right", [
    ("/", 1, 0), ("%", 1, 0), ("/", Int64(5), 0), ("%", Int64(5), Int64(0)), ("/", True, 0),
])
def test_integer_division_by_zero_is_an_error(op, name, left, right):
    with pytest.raises(PSRuntimeError) as err:
        op(name, left, right)
    assert str(err.value) == "Attempted to divide by zero."


def test_decimal_division_by_zero_is_an_error(op):
    from decimal import Decimal
    for name, right in (("/", 0), ("%", 0), ("/", 0.0)):
        with pytest.raises(PSRuntimeError, match="Attempted to divide by zero."):
            op(name, Decimal(1), right)


def test_comparisons_with_nan_do_not_raise(op):
    assert op("-eq", NAN, NAN) is False
    assert op("-lt", NAN, 1) is True     # .NET orders NaN below every number
    assert op("-gt", INF, 1e308) is True


@pytest.mark.parametrize("args,expected", [
    ((0, -1), INF), ((-0.0, -3), -INF), ((-0.0, -2), INF), ((0.0, -0.5), INF),
    ((-8, 1 / 3), NAN), ((10, 309), INF), ((-10, 309), -INF), ((-10, 310), INF),
    ((NAN, 0), 1.0), ((1, NAN), 1.0), ((2, -INF), 0.0),
])
def test_math_pow_edges(args, expected):
    assert _same(dotnet_statics.static_method("math", "Pow", list(args)), expected)


def test_math_sinh_cosh_overflow():
    assert dotnet_statics.static_method("math", "Sinh", [-1000]) == -INF
    assert dotnet_statics.static_method("math", "Cosh", [-1000]) == INF


def test_infinity_text():
    # ToString() (the display) uses the current culture, en-US: ∞; [string] and "$x" the
    # invariant culture: Infinity.
    assert to_string(INF) == "\u221e" and to_string(-INF) == "-\u221e"
    assert ps_string(INF) == "Infinity" and ps_string(-INF) == "-Infinity"
    assert to_string(NAN) == ps_string(NAN) == "NaN"
