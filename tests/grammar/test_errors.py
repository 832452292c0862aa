"""Parse errors (ids, messages, positions) and check_complete."""
import pytest
from hypothesis import given, settings, strategies as st, HealthCheck

from lyncshell.grammar import ParseError, check_complete, parse


def err(text):
    with pytest.raises(ParseError) as info:
        parse(text)
    return info.value


@pytest.mark.parametrize("text, error_id, message, line, column, incomplete", [
    ("{", "MissingEndCurlyBrace", "Missing closing '}' in statement block or type definition.", 1, 1, True),
    ("Get-X {\n 1", "MissingEndCurlyBrace", "Missing closing '}' in statement block or type definition.", 1, 7,
     True),
    ('"abc', "TerminatorExpectedAtEndOfString", 'The string is missing the terminator: ".', 1, 1, True),
    ("x 'abc", "TerminatorExpectedAtEndOfString", "The string is missing the terminator: '.", 1, 3, True),
    ("$a -eq", "MissingExpressionAfterOperator", "You must provide a value expression following the '-eq' operator.",
     1, 7, True),
    ("$a –eq )", "MissingExpressionAfterOperator",
     "You must provide a value expression following the '-eq' operator.", 1, 7, False),
    ("Get-X |", "EmptyPipeElement", "An empty pipe element is not allowed.", 1, 8, True),
    ("Get-X | | y", "EmptyPipeElement", "An empty pipe element is not allowed.", 1, 9, False),
    ("(1", "MissingEndParenthesisInExpression", "Missing closing ')' in expression.", 1, 1, True),
    ("$(1", "MissingEndParenthesisInSubexpression", "Missing closing ')' in subexpression.", 1, 1, True),
    ("@{ a = 1", "MissingEndCurlyBrace", "Missing closing '}' in hash literal.", 1, 1, True),
    ("}", "UnexpectedToken", "Unexpected token '}' in expression or statement.", 1, 1, False),
    ("1 2", "UnexpectedToken", "Unexpected token '2' in expression or statement.", 1, 3, False),
    ("$x = 1\n$y = 2 3", "UnexpectedToken", "Unexpected token '3' in expression or statement.", 2, 8, False),
    ("$x.Foo(1", "MissingEndParenthesisInMethodCall", "Missing ')' in method call.", 1, 7, True),
    ("Get-X -Name:", "MissingArgument", "Missing an argument for parameter 'Name'.", 1, 13, True),
    ("1,", "MissingExpressionAfterToken", "Missing expression after ','.", 1, 3, True),
    ("if", "MissingOpenParenthesisInIfStatement", "Missing '(' after 'if' in if statement.", 1, 3, True),
    ("Get-X\n\n| Y", "EmptyPipeElement", "An empty pipe element is not allowed.", 3, 1, False),
])
def test_parse_errors(text, error_id, message, line, column, incomplete):
    e = err(text)
    assert e.error_id == error_id
    assert e.message == message == str(e)
    assert (e.span.line, e.span.column) == (line, column)
    assert e.incomplete is incomplete
    assert e.span.source.text == text


@pytest.mark.parametrize("text", [
    "{", "if ($x) {", "function f {", "Get-X |", "$a -eq", "$a +", "1,", '"abc', "'abc", '@"\nabc', "@'\nx",
    "(", "$(", "@(", "@{", "$x[", "Get-X `", "Get-X -A 1 `", "foreach ($a in $b)", "if ($x)",
    "try { 1 }\ncatch {", "<# unclosed comment",
])
def test_incomplete(text):
    assert check_complete(text) is False


@pytest.mark.parametrize("text", [
    "Get-CsUser", "Get-X | Y", "if ($x) { 1 }", "", "# just a comment", "}", "1 2", "$a -eq )", "Get-X | | Y",
    '@"\nabc\n"@', "function f { 1 }", "Get-X -A 1 `\n -B 2",
])
def test_complete_or_real_error(text):
    assert check_complete(text) is True


def test_empty_and_whitespace_scripts():
    for text in ("", "\n\n", "  ; ; ", "# c\n<# b #>"):
        assert parse(text).end.statements == ()


_ALPHABET = st.sampled_from(list("abcXYZ019 $@'\"`(){}[]|&;,.:-–+*/%=!?<>#\n\t“”‘’\\") +
                            ["-eq", "-match ", "if ", "else", "foreach", "function ", "param", "@{", "@(",
                             "$(", "${", "@\"\n", "\n\"@", "Get-CsUser", " -Identity ", "switch", "try", "catch"])


@settings(max_examples=300, deadline=2000, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(_ALPHABET, max_size=30).map("".join))
def test_random_text_parses_or_raises_parse_error(text):
    try:
        tree = parse(text)
    except ParseError as e:
        assert e.error_id and e.message
        assert 0 <= e.span.start <= e.span.end <= len(text)
        assert e.span.line >= 1 and e.span.column >= 1
        return
    assert tree.span.end == len(text)
    assert check_complete(text) is True


@settings(max_examples=200, deadline=2000)
@given(st.text(max_size=40))
def test_arbitrary_unicode_text(text):
    try:
        parse(text)
    except ParseError:
        pass
    check_complete(text)


_DRIVE = ("Variable reference is not valid. ':' was not followed by a valid variable name character. "
          "Consider using ${} to delimit the name.")


@pytest.mark.parametrize("text, column, width", [
    ('"$x:"', 2, 3), ('"minute $m: x"', 9, 3), ('"Time: $h:$m"', 8, 3), ("$x: ", 1, 3),
    ("Write-Output $x:", 14, 3), ("Write-Output a$x: b", 15, 3),
])
def test_colon_after_variable_name_is_invalid_drive_reference(text, column, width):
    e = err(text)
    assert e.error_id == "InvalidVariableReferenceWithDrive" and e.message == _DRIVE
    assert (e.span.line, e.span.column) == (1, column)
    assert e.span.end - e.span.start == width


@pytest.mark.parametrize("text", ['"${x}:"', '"$($x):"', '"$env:PATH"', '"$x:y"', '"$x::"', "$script:x",
                                  '"http://$server:443/"', "Write-Output ${x}:"])
def test_scope_and_drive_qualified_variables_still_parse(text):
    parse(text)
