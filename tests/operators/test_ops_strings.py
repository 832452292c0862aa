"""-split (SplitOperator.Tests.ps1), -join, -f."""
from datetime import datetime, timedelta

import pytest

from lyncshell.cmdlets.errors import PSRuntimeError
from lyncshell.cmdlets.lang.values import ScriptBlockValue


class Pred(ScriptBlockValue):
    """A script block `{ $_ -eq 'b' -or ... }` stand-in."""

    def __init__(self, chars):
        self.chars = chars

    def invoke(self, dollar_under=None, args=()):
        return [dollar_under.lower() in self.chars]


# ------------------------------------------------------------------ -split

def test_binary_split(op):
    assert op("-split", ["a b", "c d"], " ") == ["a", "b", "c", "d"]
    assert op("-split", "a b c d", " ") == ["a", "b", "c", "d"]
    assert op("-split", "a b c d", [" ", 2]) == ["a", "b c d"]
    assert op("-split", "a b c d", [" ", 0]) == ["a", "b", "c", "d"]
    assert op("-split", "a b c d", [" ", -3]) == ["a b", "c", "d"]
    assert op("-split", "a b c d", [" ", -1]) == ["a b c d"]
    assert op("-split", "a::b::c::d", "::") == ["a", "b", "c", "d"]
    assert op("-split", "1,2,,3", ",") == ["1", "2", "", "3"]


def test_split_keeps_captures(op):
    assert op("-split", "a1:b1:c1:d", "(1:)") == ["a", "1:", "b", "1:", "c", "1:", "d"]
    assert op("-split", "a1:b1:c1:d", "1(:)") == ["a", ":", "b", ":", "c", ":", "d"]
    assert op("-split", "a:b", ["(:)", 0, "ExplicitCapture"]) == ["a", "b"]


def test_split_case(op):
    assert op("-split", "abcBd", "B") == ["a", "c", "d"]
    assert op("-isplit", "abcBd", "B") == ["a", "c", "d"]
    assert op("-csplit", "abcBd", "B") == ["abc", "d"]
    assert op("-csplit", "abcBd", ["B", 0, "IgnoreCase"]) == ["a", "c", "d"]


@pytest.mark.parametrize("nl", ["\n", "\r\n"])
def test_split_options(op, nl):
    text = f"a12a{nl}b34b{nl}c56c{nl}d78d"
    text2 = f"a12a{nl}%b34b{nl}c56c{nl}d78d"
    assert len(op("-split", text, "^b")) == 1
    assert len(op("-split", text, "b.+c")) == 1
    assert op("-split", text, ["b.+c", 0, "Singleline"]) == [f"a12a{nl}", f"{nl}d78d"]
    assert op("-split", text2, ["b.+c", 0, "Singleline"]) == [f"a12a{nl}%", f"{nl}d78d"]
    assert op("-split", text, ["^b", 0, "Multiline"]) == [f"a12a{nl}", f"34b{nl}c56c{nl}d78d"]
    assert op("-split", text, ["^b.+c", 0, "Singleline,Multiline"]) == [f"a12a{nl}", f"{nl}d78d"]
    assert len(op("-split", text2, ["^b.+c", 0, "Singleline,Multiline"])) == 1


def test_split_other_options(op):
    assert op("-split", "a: b:c", ": ") == ["a", "b:c"]
    assert op("-split", "a: b:c", [": ", 0, "IgnorePatternWhitespace"]) == ["a", " b", "c"]
    assert op("-split", "abc", ["B", 0, "SimpleMatch,IgnoreCase"]) == ["a", "c"]
    assert op("-split", "a.b", [".", 0, "SimpleMatch"]) == ["a", "b"]
    assert op("-split", "abc", ["B", 0, "RegexMatch,Singleline"]) == ["a", "c"]
    with pytest.raises(PSRuntimeError) as err:
        op("-split", "abc", ["B", 0, "RegexMatch,SimpleMatch"])
    assert err.value.record.error_id == "InvalidSplitOptionCombination"


def test_split_with_script_block(op):
    pred = Pred({"b", "c"})
    assert op("-split", "a::b::c::d", pred) == ["a::", "::", "::d"]
    assert op("-split", "a::b::c::d", [pred, 2]) == ["a::", "::c::d"]
    assert op("-split", "a::b::c::d", [pred, -2]) == ["a::b::", "::d"]
    pred2 = Pred({"b", "c", "f", "g"})
    assert op("-split", ["a::b::c::d", "e::f::g::h"], [pred2, 2]) == ["a::", "::c::d", "e::", "::g::h"]
    assert op("-split", ["a::b::c::d", "e::f::g::h"], [pred2, -2]) == ["a::b::", "::d", "e::f::", "::h"]


def test_unary_split(un):
    assert un("-split", "a b c d") == ["a", "b", "c", "d"]
    assert un("-split", ["a b", "c d"]) == ["a", "b", "c", "d"]
    assert un("-split", "  a b  c ") == ["a", "b", "c"]
    assert un("-split", "a\tb\nc") == ["a", "b", "c"]


def test_split_non_string_lhs_is_invariant(op):
    assert op("-split", 1.2, ",") == ["1.2"]


# ------------------------------------------------------------------ -join

def test_join(op, un, ctx):
    assert op("-join", [1, 2, 3], "-") == "1-2-3"
    assert un("-join", [1, 2, 3]) == "123"
    assert un("-join", "ab") == "ab"
    assert op("-join", [1, None, 2], ",") == "1,,2"
    assert op("-join", "x", ",") == "x"
    assert op("-join", None, ",") == ""
    assert op("-join", [1, [2, 3]], ",") == "1,2 3"
    ctx.ofs = "+"
    assert op("-join", [1, [2, 3]], ",") == "1,2+3"


# ------------------------------------------------------------------ -f

@pytest.mark.parametrize("fmt,args,expected", [
    ("{0:00} {1:000}", [7, 24], "07 024"),
    ("{0} vs. {{0}}", "foo", "foo vs. {0}"),
    ("{0,5}|{0,-5}|", [42], "   42|42   |"),
    ("{0:N2}", [1234.5678], "1,234.57"),
    ("{0:N0}", [1234567], "1,234,567"),
    ("{0:F3}", [3.14159], "3.142"),
    ("{0:F}", [2], "2.00"),
    ("{0:D5}", [42], "00042"),
    ("{0:X}", [255], "FF"),
    ("{0:x4}", [255], "00ff"),
    ("{0:X}", [-1], "FFFFFFFF"),
    ("{0:P1}", [0.1234], "12.3%"),
    ("{0:C}", [1234.5], "$1,234.50"),
    ("{0:E2}", [12345.678], "1.23E+004"),
    ("{0:#,##0.00}", [1234567.891], "1,234,567.89"),
    ("{0:0.###}", [1.5], "1.5"),
    ("{0:0.00}", [2], "2.00"),
    ("{0:#.#}", [0.56], ".6"),
    ("{0:0%}", [0.25], "25%"),
    ("{0:00.0}", [-3.14], "-03.1"),
    ("{0}", [1 / 3], "0.3333333333333333"),
    ("{0}", [0.1 + 0.2], "0.30000000000000004"),
    ("{0}", [1e15], "1E+15"),
    ("{0}", [1.5], "1.5"),
    ("{0}", [None], ""),
    ("{0}", [True], "True"),
    ("{0} {1}", ["a", [1, 2]], "a System.Object[]"),
    ("{1}{0}", ["a", "b"], "ba"),
    ("{0:yyyy-MM-dd HH:mm:ss}", [datetime(2011, 9, 1, 13, 5, 9)], "2011-09-01 13:05:09"),
    ("{0:d}", [datetime(2012, 9, 25, 13, 35, 3)], "9/25/2012"),
    ("{0}", [datetime(2012, 9, 25, 13, 35, 3)], "9/25/2012 1:35:03 PM"),
    ("{0:MMM d, yyyy h:mm tt}", [datetime(2012, 9, 5, 8, 0)], "Sep 5, 2012 8:00 AM"),
    ("{0:dddd}", [datetime(2012, 9, 25)], "Tuesday"),
    ("{0:s}", [datetime(2012, 9, 25, 1, 2, 3)], "2012-09-25T01:02:03"),
    ("{0}", [timedelta(hours=1, minutes=2)], "01:02:00"),
    ("{0:hh\\:mm}", [timedelta(hours=1, minutes=2)], "01:02"),
])
def test_format_operator(op, fmt, args, expected):
    assert op("-f", fmt, args) == expected


def test_format_errors(op):
    with pytest.raises(PSRuntimeError) as err:
        op("-f", "{1}", ["a"])
    assert str(err.value) == ("Error formatting a string: Index (zero based) must be greater than or equal "
                              "to zero and less than the size of the argument list..")
    assert err.value.record.error_id == "FormatError"
    with pytest.raises(PSRuntimeError) as err:
        op("-f", "{0", ["a"])
    assert str(err.value) == "Error formatting a string: Input string was not in a correct format.."
