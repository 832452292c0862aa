"""-like, -match, $Matches, -replace (ReplaceOperator.Tests.ps1), wildcard and regex translation."""
import pytest

from lyncshell.cmdlets.errors import PSRuntimeError
from lyncshell.cmdlets.lang import dotnet_regex
from lyncshell.cmdlets.lang.operators import compile_wildcard, wildcard_match
from lyncshell.cmdlets.lang.values import Hashtable, ScriptBlockValue


# ------------------------------------------------------------------ -like

@pytest.mark.parametrize("text,pattern,expected", [
    ("Hello world", "Hello*", True), ("hello", "HEL?O", True), ("hello", "hel", False),
    ("abc", "[a-c]bc", True), ("dbc", "[a-c]bc", False), ("abc", "[xa]*", True), ("a*c", "a`*c", True),
    ("abc", "a`*c", False), ("", "*", True), ("", "?", False), ("abc", "*c", True), ("abc", "*b", False),
    ("a.b", "a.b", True), ("axb", "a.b", False), ("a(b)", "a(b)", True), ("sip:ken@contoso.com", "sip:*@contoso.com", True),
    ("a\nb", "a*b", True), ("[x]", "`[x`]", True), ("a^b", "a^b", True), ("a-b", "a[-]b", True),
    # backtick cases from ComparisonOperator.Tests.ps1
    ("abc`def", "abc`def", False), ("abc`def", "abc``def", True), ("abc`def", "abc````def", False),
    ("abc``def", "abc````def", True),
])
def test_wildcard_match(text, pattern, expected):
    assert wildcard_match(pattern, text) is expected


def test_like_case_and_collections(op):
    assert op("-like", "ABC", "a*") is True
    assert op("-clike", "ABC", "a*") is False
    assert op("-notlike", "Hello world", "Hello*") is False
    assert op("-cnotlike", "ABC", "a*") is True
    assert op("-like", ["ab", "cd", "ax"], "a*") == ["ab", "ax"]
    assert op("-like", [1, 12, 3], "1*") == ["1", "12"]   # stringified elements
    assert op("-notlike", ["ab", "cd"], "a*") == ["cd"]
    assert op("-like", None, "") is True
    assert op("-like", 12, "1?") is True


def test_invalid_wildcard():
    with pytest.raises(PSRuntimeError) as err:
        wildcard_match("a[bc", "ab")
    assert str(err.value) == "The specified wildcard character pattern is not valid: a[bc"


def test_compile_wildcard_cached():
    assert compile_wildcard("Get-*") is compile_wildcard("Get-*")
    assert compile_wildcard("Get-*")("get-csuser") is True
    assert compile_wildcard("Get-*", case_sensitive=True)("get-csuser") is False


# ------------------------------------------------------------------ -match

def test_match_sets_matches(op, ctx):
    assert op("-match", "Hello world", "Hello*") is True
    assert ctx.matches[0] == "Hello"
    assert op("-match", "John Smith", r"(?<first>\w+)\s(?<last>\w+)") is True
    assert isinstance(ctx.matches, Hashtable)
    assert ctx.matches[0] == "John Smith"
    assert ctx.matches["first"] == "John" and ctx.matches["LAST"] == "Smith"
    assert 1 not in ctx.matches   # named groups are not numbered keys


def test_failed_match_keeps_matches(op, ctx):
    op("-match", "abc", "b")
    before = ctx.matches
    assert op("-match", "abc", "z") is False
    assert ctx.matches is before


def test_notmatch_failing_sets_matches(op, ctx):
    assert op("-notmatch", "abc", "(b)") is False
    assert ctx.matches[1] == "b"


def test_match_collection_filters_without_matches(op, ctx):
    cmdlets = ("Get-CsUser", "Revoke-CsClientCertificate", "Set-CsUser")
    assert op("-match", cmdlets, "Revoke-CsClientCertificate") == ["Revoke-CsClientCertificate"]
    assert ctx.matches is None
    assert op("-match", cmdlets, "nothing") == []
    assert op("-notmatch", cmdlets, "CsUser") == ["Revoke-CsClientCertificate"]
    assert op("-match", [1, 22, 3], r"\d\d") == [22]   # original elements, not strings


def test_match_case(op):
    assert op("-match", "ABC", "b") is True
    assert op("-cmatch", "ABC", "b") is False
    assert op("-imatch", "ABC", "b") is True


def test_match_group_numbering_like_dotnet(op, ctx):
    # .NET numbers unnamed groups first, then named ones
    assert op("-match", "xy", r"(?<a>x)(y)") is True
    assert ctx.matches[1] == "y"
    assert ctx.matches["a"] == "x"


def test_match_unsuccessful_groups_omitted(op, ctx):
    assert op("-match", "a", r"(a)|(b)") is True
    assert ctx.matches[1] == "a" and 2 not in ctx.matches


def test_match_non_string_lhs(op, ctx):
    assert op("-match", 123, r"^\d+$") is True
    assert op("-match", None, "^$") is True


@pytest.mark.parametrize("pattern,text,expected", [
    (r"abc\z", "abc\n", False), (r"abc\Z", "abc\n", True), (r"abc$", "abc\n", True), (r"\Aab", "ab", True),
    (r"(?i)ABC", "abc", True), (r"a(?i)BC", "aBc", True), (r"(\w)\1", "xx", True),
    (r"(?<c>x)\k<c>", "xx", True), (r"x{,2}", "x{,2}", True), (r"[[a]", "[", True), (r"\p{L}+", "é", True),
    (r"\e", "\x1b", True), (r"(?x) a b # comment", "ab", True), (r"(?<n>a)(?:b)\1", "aba", True),
])
def test_regex_translation(pattern, text, expected):
    assert dotnet_regex.get_regex(pattern).IsMatch(text) is expected


def test_invalid_regex_error(op):
    with pytest.raises(PSRuntimeError) as err:
        op("-match", "a", "(")
    assert str(err.value) == "Invalid pattern '(' at offset 1. Not enough )'s."
    with pytest.raises(PSRuntimeError):
        op("-match", "a", "[a-z")


def test_explicit_regex_object(op, ctx):
    rx = dotnet_regex.get_regex(r"(\d+)")
    assert op("-match", "ab12", rx) is True
    assert ctx.matches[1] == "12"


# ------------------------------------------------------------------ -replace

def test_replace_basics(op):
    assert op("-replace", "Get-Process", ["Get", "Stop"]) == "Stop-Process"
    assert op("-replace", "image.gif", [r"\.gif$", ".jpg"]) == "image.jpg"
    assert op("-replace", "book", ["B", "C"]) == "Cook"
    assert op("-ireplace", "book", ["B", "C"]) == "Cook"
    assert op("-creplace", "book", ["B", "C"]) == "book"
    assert op("-replace", "PowerPoint", ["Point", "Shell"]) == "PowerShell"
    assert op("-replace", "PowerPoint", "Point") == "Power"
    assert op("-replace", "PowerPoint", ["Point"]) == "Power"


def test_replace_substitutions(op):
    assert op("-replace", "domain.example", [r".*\.(\w+)$", "Tld of '$0' is - '$1'"]) == \
        "Tld of 'domain.example' is - 'example'"
    assert op("-replace", "domain.example", [r".*\.(?<tld>\w+)$", "${tld}"]) == "example"
    assert op("-replace", "a.b", [r"\.", "$$"]) == "a$b"
    assert op("-replace", "ab", ["(a)(b)", "$2$1"]) == "ba"
    assert op("-replace", "ab", ["(a)", "$5"]) == "$5b"          # no such group: literal
    assert op("-replace", "ab", ["(a)", "$10"]) == "a0b"         # $1 then '0'
    assert op("-replace", "ab", ["b", "[$&]"]) == "a[b]"
    assert op("-replace", "abc", ["b", "$`|$'"]) == "aa|cc"
    assert op("-replace", "ab", ["b", r"\1"]) == r"a\1"          # backslash is not special
    assert op("-replace", "John Smith", [r"(?<f>\w+) (?<l>\w+)", "${l}, ${f}"]) == "Smith, John"


def test_replace_elementwise_and_nonstring(op):
    assert op("-replace", ["ab", "cb", 1], ["b", "x"]) == ["ax", "cx", "1"]
    assert op("-replace", 1.2, ",") == "1.2"
    assert op("-replace", None, ["x", "y"]) == ""


def test_replace_scriptblock(op):
    class Block(ScriptBlockValue):
        def invoke(self, dollar_under=None, args=()):
            return ["X" * dollar_under.Length]

    assert op("-replace", "ID ABC123", [r"\b[A-C]+", Block()]) == "ID XXX123"


def test_replace_too_many_arguments(op):
    with pytest.raises(PSRuntimeError) as err:
        op("-replace", "a", ["a", "b", "c"])
    assert err.value.record.error_id == "BadReplaceArgument"
