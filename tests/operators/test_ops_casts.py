"""convert_to_type, -as, -is (ComparisonOperator.Tests.ps1 type cases)."""
from datetime import datetime
from decimal import Decimal

import pytest

from lyncshell.cmdlets.errors import PSRuntimeError
from lyncshell.cmdlets.lang.numbers import Int64
from lyncshell.cmdlets.lang.operators import Char, convert_to_type, is_type
from lyncshell.cmdlets.lang.values import Hashtable, PSCustomObject, SwitchValue


@pytest.mark.parametrize("value,type_name,expected", [
    ("42", "int", 42), ("42", "System.Int32", 42), ("42", "[int]", 42), (2.5, "int", 2), (3.5, "int", 4),
    ("3.7", "int", 4), ("  7 ", "INT", 7), (None, "int", 0), (True, "int", 1), ("0x10", "int", 16),
    ("1kb", "int", 1024), ("9999999999", "long", Int64(9999999999)), ("1.5", "double", 1.5), (None, "string", ""),
    (5, "string", "5"), (1.5, "string", "1.5"), ([1, 2], "string", "1 2"), ("false", "bool", True),
    ("", "bool", False), (0, "bool", False), ([], "bool", False), ("5", "decimal", Decimal("5")), (5, "object", 5),
])
def test_casts(value, type_name, expected):
    result = convert_to_type(value, type_name)
    assert result == expected
    assert type(result) is type(expected)


def test_collection_casts():
    assert convert_to_type(5, "array") == [5]
    assert convert_to_type((1, 2), "object[]") == [1, 2]
    assert convert_to_type(None, "object[]") is None
    assert convert_to_type(["1", "2"], "int[]") == [1, 2]
    assert convert_to_type(3, "string[]") == ["3"]


def test_hashtable_and_pscustomobject():
    h = Hashtable([("Name", "x"), ("Count", 2)])
    obj = convert_to_type(h, "pscustomobject")
    assert isinstance(obj, PSCustomObject)
    assert obj.property_names() == ["Name", "Count"] and obj.get("count") == 2
    assert convert_to_type(h, "hashtable") is h
    assert convert_to_type(h, "ordered").ordered is True


def test_char_switch_regex_datetime():
    assert convert_to_type("a", "char") == "a" and type(convert_to_type("a", "char")) is Char
    assert convert_to_type(97, "char") == "a"
    assert convert_to_type(1, "switch") == SwitchValue(True)
    rx = convert_to_type(r"\d+", "regex")
    assert rx.IsMatch("a12") and str(rx) == r"\d+"
    assert convert_to_type("9/1/2011", "datetime") == datetime(2011, 9, 1)
    assert convert_to_type("2011-09-01", "System.DateTime") == datetime(2011, 9, 1)


@pytest.mark.parametrize("value,type_name,message,error_id", [
    ("abc", "int", 'Cannot convert value "abc" to type "System.Int32". Error: "The input string \'abc\' '
                   'was not in a correct format."', "InvalidCastFromStringToInteger"),
    ("abc", "double", 'Cannot convert value "abc" to type "System.Double". Error: "The input string \'abc\' '
                      'was not in a correct format."', "InvalidCastFromStringToDoubleOrSingle"),
    ("9999999999", "int", 'Cannot convert value "9999999999" to type "System.Int32". Error: "Value was '
                          'either too large or too small for an Int32."', "InvalidCastFromStringToInteger"),
    ("nope", "datetime", 'Cannot convert value "nope" to type "System.DateTime". Error: "String \'nope\' '
                         'was not recognized as a valid DateTime."', "InvalidCastParseTargetInvocation"),
    ("ab", "char", 'Cannot convert value "ab" to type "System.Char". Error: "String must be exactly one '
                   'character long."', "InvalidCastParseTargetInvocation"),
    (Hashtable(), "int", 'Cannot convert the "System.Collections.Hashtable" value of type '
                         '"System.Collections.Hashtable" to type "System.Int32".', "InvalidCastIConvertible"),
])
def test_cast_errors(value, type_name, message, error_id):
    with pytest.raises(PSRuntimeError) as err:
        convert_to_type(value, type_name)
    assert str(err.value) == message
    assert err.value.record.error_id == error_id
    assert err.value.record.category == "InvalidArgument"


def test_unknown_type():
    with pytest.raises(PSRuntimeError) as err:
        convert_to_type(1, "foo")
    assert str(err.value) == "Unable to find type [foo]."
    assert err.value.record.error_id == "TypeNotFound"


def test_as(op):
    assert op("-as", "5", "int") == 5
    assert op("-as", "x", "int") is None
    assert op("-as", "9/1/2011", "datetime") == datetime(2011, 9, 1)
    assert op("-as", Hashtable(), "int") is None
    with pytest.raises(PSRuntimeError):
        op("-as", 1, "NoSuchType")


@pytest.mark.parametrize("value,type_name", [
    (PSCustomObject([("foo", 1)]), "pscustomobject"), (PSCustomObject([("foo", 1)]), "psobject"),
    ("hello", "string"), ("hello", "system.string"), (100, "int"), (100, "system.int32"),
    (2**40, "long"), (1.5, "double"), (True, "bool"), ([1], "array"), ([1], "object[]"),
    (Hashtable(), "hashtable"), (datetime(2011, 1, 1), "datetime"), (Char("a"), "char"), (5, "object"),
    (5, "ValueType"),
])
def test_is_true(op, value, type_name):
    assert op("-is", value, type_name) is True
    assert op("-isnot", value, type_name) is False


@pytest.mark.parametrize("value,type_name", [
    (PSCustomObject([("foo", 1)]), "string"), ("hello", "psobject"), ("hello", "int"), (5, "long"),
    (Char("a"), "string"), (None, "object"), (None, "string"), (True, "int"),
])
def test_is_false(op, value, type_name):
    assert op("-is", value, type_name) is False


def test_is_unknown_type_errors():
    with pytest.raises(PSRuntimeError) as err:
        is_type("Hello", "foo")
    assert err.value.record.error_id == "TypeNotFound"


@pytest.mark.parametrize("text,expected", [
    ("1L", 1), ("0b101", 5), ("0b11111111", -1), ("0xFFFFFFFF", -1), ("0xFF", 255), ("1.5e3", 1500.0),
    (" 12 ", 12), ("", 0), ("-0x10", -16), ("2mb", 2 * 1024 * 1024), ("x", None), ("1,000", None),
])
def test_parse_number(text, expected):
    from lyncshell.cmdlets.lang.casts import parse_number
    assert parse_number(text) == expected


def test_string_arithmetic_uses_number_parsing(op):
    assert op("-", "1L", 0) == 1
    assert op("/", "1gb", 1) == 1073741824
