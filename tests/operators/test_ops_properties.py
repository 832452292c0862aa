"""Property tests: invariants that must hold for any input."""
import re

from hypothesis import given, settings
from hypothesis import strategies as st

from lyncshell.cmdlets.lang import dotnet_regex
from lyncshell.cmdlets.lang.operators import SimpleContext, binary_operator, unary_operator
from lyncshell.cmdlets.lang.wildcard import escape as wildcard_escape
from lyncshell.cmdlets.lang.wildcard import wildcard_match

CTX = SimpleContext()
LIKE = binary_operator("-like")
EQ = binary_operator("-eq")
SPLIT = binary_operator("-split")
JOIN = binary_operator("-join")
CONTAINS = binary_operator("-contains")
IN = binary_operator("-in")
PLUS = binary_operator("+")
MOD = binary_operator("%")
DIV = binary_operator("/")

literal = st.text(alphabet=st.characters(blacklist_characters="*?[]`", blacklist_categories=("Cs",)), max_size=12)
texts = st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=12)


@given(literal, literal)
def test_like_literal_pattern_is_case_insensitive_equality(a, b):
    assert LIKE(a, b, CTX) is EQ(a, b, CTX)


@given(texts)
def test_escaped_text_matches_itself(text):
    assert wildcard_match(wildcard_escape(text), text) is True


@given(texts)
def test_star_matches_everything(text):
    assert wildcard_match("*", text) is True
    assert wildcard_match(wildcard_escape(text[:3]) + "*", text) is True


@given(st.lists(st.text(alphabet="abcxyz ", max_size=6), min_size=1, max_size=6))
def test_split_join_round_trip(parts):
    joined = JOIN(parts, ",", CTX)
    assert SPLIT(joined, [",", 0, "SimpleMatch"], CTX) == parts
    assert JOIN(SPLIT(joined, ",", CTX), ",", CTX) == joined


@given(st.text(alphabet="ab,;.|*", max_size=15), st.sampled_from([",", ";", ".", "|", "*"]))
def test_simplematch_split_equals_str_split(text, sep):
    assert SPLIT(text, [sep, 0, "SimpleMatch"], CTX) == text.split(sep)


@given(st.text(alphabet="ab c\t", max_size=15))
def test_unary_split_equals_python_split(text):
    expected = text.split() or [""]
    assert unary_operator("-split")(text, CTX) == expected


@given(st.lists(st.one_of(st.integers(-5, 5), st.text(alphabet="aB1", max_size=2), st.none()), max_size=6),
       st.one_of(st.integers(-5, 5), st.text(alphabet="aB1", max_size=2), st.none()))
def test_contains_in_agree_with_eq_filter(items, value):
    expected = any(EQ(x, value, CTX) is True for x in items)
    assert CONTAINS(items, value, CTX) is expected
    assert IN(value, items, CTX) is expected


@given(st.integers(-2**31, 2**31 - 1), st.integers(-2**31, 2**31 - 1))
def test_int_addition_exact_or_double(a, b):
    result = PLUS(a, b, CTX)
    assert result == a + b
    assert isinstance(result, int) == (-2**31 <= a + b <= 2**31 - 1)


@given(st.integers(-1000, 1000), st.integers(-1000, 1000).filter(lambda x: x != 0))
def test_modulo_sign_follows_dividend_and_division_reconstructs(a, b):
    r = MOD(a, b, CTX)
    assert r == 0 or (r > 0) == (a > 0)
    assert abs(r) < abs(b)
    q = DIV(a - r, b, CTX)
    assert q * b + r == a


@settings(max_examples=50)
@given(st.text(alphabet="abc.*+?()[]{}^$|\\ #", max_size=10))
def test_regex_escape_matches_literally(text):
    rx = dotnet_regex.get_regex(dotnet_regex.escape(text))
    m = rx.compiled.search(text)
    assert m is not None and m.group(0) == text


@given(st.text(alphabet="abAB-", max_size=8), st.text(alphabet="abAB-", max_size=8))
def test_string_ordering_is_consistent(a, b):
    lt = binary_operator("-lt")(a, b, CTX)
    gt = binary_operator("-gt")(a, b, CTX)
    eq = EQ(a, b, CTX)
    assert [lt, gt, eq].count(True) == 1
    assert binary_operator("-clt")(a, b, CTX) is binary_operator("-cgt")(b, a, CTX)


@given(st.text(alphabet="ab12", max_size=6))
def test_match_literal_alnum_equals_substring(text):
    ctx = SimpleContext()
    assert binary_operator("-cmatch")(text, "a1", ctx) is ("a1" in text)
    assert re.search("a1", text) is not None or ctx.matches is None
