"""Group 1: commands, pipelines, variables, strings, operators, spans."""
import pytest

from lyncshell.grammar import ast, parse, ParseError
from grammar_helpers import stmts, only, expr, command


def test_seed_revoke_identity():
    c = command('Revoke-CsClientCertificate -Identity "Ken Myer"')
    assert c.name == ast.StringConstant(None, "Revoke-CsClientCertificate", "bare")
    p, v = c.elements
    assert isinstance(p, ast.CommandParameter) and p.name == "Identity" and p.argument is None
    assert v == ast.StringConstant(None, "Ken Myer", "double")
    assert c.invocation == ""


def test_seed_pipeline_of_commands():
    s = only("Get-CsUser | Revoke-CsClientCertificate")
    assert isinstance(s, ast.Pipeline)
    a, b = s.elements
    assert a.name.value == "Get-CsUser" and b.name.value == "Revoke-CsClientCertificate"
    assert a.elements == () and b.elements == ()


def test_seed_where_object_en_dash():
    s = only('Get-CsAdminRole | Where-Object {$_.Cmdlets –match "Revoke-CsClientCertificate"}')
    where = s.elements[1]
    assert where.name.value == "Where-Object"
    (sb,) = where.elements
    assert isinstance(sb, ast.ScriptBlockExpression)
    (inner,) = sb.block.end.statements
    b = inner.elements[0].expression
    assert isinstance(b, ast.Binary) and b.op == "-match"
    assert b.left == ast.Member(None, ast.Variable(None, "_"), ast.StringConstant(None, "Cmdlets", "bare"))
    assert b.right == ast.StringConstant(None, "Revoke-CsClientCertificate", "double")


def test_seed_curly_quotes_and_dashes():
    c = command("Revoke-CsClientCertificate –Identity “Ken Myer”")
    assert c.elements[0].name == "Identity"
    assert c.elements[1] == ast.StringConstant(None, "Ken Myer", "double")
    c = command("Get-CsUser —Identity ‘litwareinc\\kenmyer’")
    assert c.elements[0].name == "Identity"
    assert c.elements[1] == ast.StringConstant(None, "litwareinc\\kenmyer", "single")
    c = command("Get-CsUser ―Identity 'it’’s'")
    assert c.elements[1].value == "it’s"


def test_seed_expression_pipeline():
    s = only('"Ken Myer", "sip:pilar@litwareinc.com" | Revoke-CsClientCertificate')
    first = s.elements[0]
    assert isinstance(first, ast.CommandExpression)
    assert isinstance(first.expression, ast.ArrayLiteral)
    assert [e.value for e in first.expression.elements] == ["Ken Myer", "sip:pilar@litwareinc.com"]
    s = only("1..3 | ForEach-Object { $_ }")
    rng = s.elements[0].expression
    assert rng == ast.Binary(None, "..", ast.Constant(None, 1, "1"), ast.Constant(None, 3, "3"))


def test_bare_words_in_argument_mode():
    c = command(r"Write-Output sip:kenmyer@litwareinc.com litwareinc\kenmyer 2+2 a=b 7z C:\x\y.txt")
    assert [e.value for e in c.elements] == ["sip:kenmyer@litwareinc.com", "litwareinc\\kenmyer", "2+2", "a=b",
                                              "7z", "C:\\x\\y.txt"]
    assert all(e.kind == "bare" for e in c.elements)


def test_numbers_in_argument_mode_keep_text():
    c = command("Write-Output 5 0x10 1kb -5 1.5")
    assert [(e.value, e.text) for e in c.elements] == [(5, "5"), (16, "0x10"), (1024, "1kb"), (-5, "-5"),
                                                        (1.5, "1.5")]


def test_parameters():
    c = command("Set-X -Name:value -Force:$false -Switch -Path: 'a' -- -NotAParam")
    e = c.elements
    assert e[0] == ast.CommandParameter(None, "Name", ast.StringConstant(None, "value", "bare"))
    assert e[1] == ast.CommandParameter(None, "Force", ast.Variable(None, "false"))
    assert e[2] == ast.CommandParameter(None, "Switch", None)
    assert e[3] == ast.CommandParameter(None, "Path", ast.StringConstant(None, "a", "single"))
    assert e[4] == ast.StringConstant(None, "-NotAParam", "bare")
    assert len(e) == 5


def test_argument_arrays_and_expressions():
    c = command("Get-X -Identity a,b,'c' (1+2) $x.Name $y[0] @splat @{a=1} @(1) $(2)")
    e = c.elements
    assert isinstance(e[1], ast.ArrayLiteral) and [x.value for x in e[1].elements] == ["a", "b", "c"]
    assert isinstance(e[2], ast.Paren)
    assert isinstance(e[3], ast.Member) and e[3].member.value == "Name"
    assert isinstance(e[4], ast.Index)
    assert e[5] == ast.Variable(None, "splat", "", True)
    assert isinstance(e[6], ast.HashtableLiteral)
    assert isinstance(e[7], ast.ArrayExpression)
    assert isinstance(e[8], ast.SubExpression)


def test_argument_mode_expandable_bare_word():
    c = command("Write-Output a$a $HOME\\x a'$a' $x.Length-more")
    e = c.elements
    assert e[0] == ast.ExpandableString(None, ("a", ast.Variable(None, "a")), "bare")
    assert e[1] == ast.ExpandableString(None, (ast.Variable(None, "HOME"), "\\x"), "bare")
    assert e[2] == ast.StringConstant(None, "a$a", "bare")
    assert isinstance(e[3], ast.Member)
    assert len(e) == 5


def test_variables():
    assert expr("$_") == ast.Variable(None, "_")
    assert expr("$PSItem") == ast.Variable(None, "PSItem")
    assert expr("${my var}") == ast.Variable(None, "my var")
    assert expr("$env:PATH") == ast.Variable(None, "PATH", "env")
    assert expr("$script:count") == ast.Variable(None, "count", "script")
    assert expr("$global:x") == ast.Variable(None, "x", "global")


def test_strings():
    assert expr("'it''s'") == ast.StringConstant(None, "it's", "single")
    assert expr('"plain"') == ast.StringConstant(None, "plain", "double")
    assert expr('"a`tb`n"') == ast.StringConstant(None, "a\tb\n", "double")
    assert expr('"say ""hi"""') == ast.StringConstant(None, 'say "hi"', "double")
    e = expr('"Hello $name, $a.Length ${x} $(1+1) `$no"')
    assert isinstance(e, ast.ExpandableString)
    parts = e.parts
    assert parts[0] == "Hello " and parts[1] == ast.Variable(None, "name")
    assert parts[2] == ", " and parts[3] == ast.Variable(None, "a") and parts[4] == ".Length "
    assert parts[5] == ast.Variable(None, "x")
    assert isinstance(parts[7], ast.SubExpression)
    assert parts[-1] == " $no"


def test_here_strings():
    e = expr('@"\nline $x\n"@')
    assert e == ast.ExpandableString(None, ("line ", ast.Variable(None, "x")), "here_double")
    e = expr("@'\nverbatim $x\nsecond\n'@")
    assert e == ast.StringConstant(None, "verbatim $x\nsecond", "here_single")


def test_operator_precedence():
    e = expr("1 + 2 * 3 -eq 7 -and $true")
    assert e.op == "-and"
    assert e.left.op == "-eq" and e.left.left.op == "+" and e.left.left.right.op == "*"
    e = expr("1,2 + 3")
    assert e.op == "+" and isinstance(e.left, ast.ArrayLiteral)
    e = expr("-not $a -or $b")
    assert e.op == "-or" and e.left == ast.Unary(None, "-not", ast.Variable(None, "a"))
    e = expr("'{0}' -f 1 + 1")
    assert e.op == "+" and e.left.op == "-f"
    e = expr("$a ?? $b -eq 1")
    assert e.op == "-eq" and e.left.op == "??"


def test_operators_normalised():
    assert expr("$a –CMatch 'x'").op == "-cmatch"
    assert expr("$a -IEQ 1").op == "-ieq"
    assert expr("$a -replace 'a','b'").right == ast.ArrayLiteral(
        None, (ast.StringConstant(None, "a", "single"), ast.StringConstant(None, "b", "single")))
    assert expr("-split 'a b'") == ast.Unary(None, "-split", ast.StringConstant(None, "a b", "single"))
    assert expr("!$x") == ast.Unary(None, "!", ast.Variable(None, "x"))
    assert expr("–1").op == "-"
    assert expr(",1") == ast.Unary(None, ",", ast.Constant(None, 1, "1"))


def test_members_index_casts():
    e = expr("$x.Foo(1, 2).Bar[0]")
    assert isinstance(e, ast.Index) and isinstance(e.target, ast.Member)
    inv = e.target.target
    assert isinstance(inv, ast.InvokeMember) and len(inv.arguments) == 2
    e = expr("[int]::MaxValue")
    assert e == ast.Member(None, ast.TypeLiteral(None, "int"), ast.StringConstant(None, "MaxValue", "bare"), True)
    e = expr("[System.Math]::Max(1, 2)")
    assert isinstance(e, ast.InvokeMember) and e.static
    assert expr("[int]$x") == ast.Convert(None, "int", ast.Variable(None, "x"))
    e = expr("[pscustomobject]@{ Name = 'a'; Count = 2 }")
    assert isinstance(e, ast.Convert) and isinstance(e.operand, ast.HashtableLiteral)
    assert [k.value for k, v in e.operand.pairs] == ["Name", "Count"]
    assert expr("[string[]]") == ast.TypeLiteral(None, "string[]")
    assert expr("[System.Collections.Generic.List[string]]").type_name == "System.Collections.Generic.List[string]"


def test_assignment():
    s = only("$x = Get-CsUser | Measure-Object")
    assert isinstance(s, ast.Assignment) and s.op == "=" and s.target == ast.Variable(None, "x")
    assert isinstance(s.value, ast.Pipeline) and len(s.value.elements) == 2
    for op in ("+=", "-=", "*=", "/=", "%=", "??="):
        assert only(f"$x {op} 1").op == op
    s = only("$a, $b = 1, 2, 3")
    assert isinstance(s.target, ast.ArrayLiteral)
    s = only("$h.Name = 'x'")
    assert isinstance(s.target, ast.Member)


def test_invocation_operators_and_increment():
    c = command("& $cmd -Name x")
    assert c.invocation == "&" and c.name == ast.Variable(None, "cmd")
    c = command(". .\\script.ps1")
    assert c.invocation == "." and c.name.value == ".\\script.ps1"
    assert expr("$i++") == ast.Unary(None, "post++", ast.Variable(None, "i"))
    assert expr("--$i") == ast.Unary(None, "--", ast.Variable(None, "i"))


def test_statements_separators_comments_continuation():
    s = stmts("a; b\nc # comment\n<# block\ncomment #> d")
    assert [x.elements[0].name.value for x in s] == ["a", "b", "c", "d"]
    s = stmts("Get-X -A 1 `\n  -B 2")
    assert len(s) == 1 and len(s[0].elements[0].elements) == 4
    s = stmts("Get-X |\n  Where-Object { $_ }")
    assert len(s) == 1 and len(s[0].elements) == 2
    s = stmts("Get-X\n  | Where-Object { $_ }\n  # note\n  | Select-Object")
    assert len(s) == 1 and len(s[0].elements) == 3
    s = stmts("$x = 1 +\n 2")
    assert len(s) == 1
    s = stmts("$x = @(\n1,\n2\n)")
    assert len(s) == 1


def test_spans():
    tree = parse("Get-X -Name 'a'\n  $y = 2")
    a, b = tree.end.statements
    c = a.elements[0]
    assert (c.span.line, c.span.column, c.span.end_column) == (1, 1, 16)
    assert c.elements[0].span.column == 7 and c.elements[1].span.column == 13
    assert c.elements[1].span.text == "'a'"
    assert (b.span.line, b.span.column) == (2, 3)
    assert b.value.span.text == "2"
    assert tree.span.start == 0 and tree.span.end == len("Get-X -Name 'a'\n  $y = 2")
    assert b.span.source.text.startswith("Get-X")
    e = expr('"x $y"')
    assert e.parts[1].span.column == 4 and e.parts[1].span.text == "$y"


def test_hashtable_and_subexpressions():
    e = expr("@{ a = 1\n b = Get-Date; 'c' = 3 }")
    keys = [k for k, v in e.pairs]
    assert keys[0] == ast.StringConstant(None, "a", "bare")
    assert keys[2] == ast.StringConstant(None, "c", "single")
    assert isinstance(e.pairs[1][1].elements[0], ast.Command)
    e = expr("$(1; 2)")
    assert len(e.body.statements) == 2
    e = expr("@()")
    assert e.body.statements == ()
    e = expr("(Get-Date)")
    assert isinstance(e, ast.Paren) and isinstance(e.statement.elements[0], ast.Command)


def test_redirections():
    c = command("Get-X -Name a 2>$null")
    assert c.elements == (ast.CommandParameter(None, "Name", None), ast.StringConstant(None, "a", "bare"))
    assert c.redirections == (ast.Redirection(None, "2", ast.Variable(None, "null"), False, ""),)
    c = command('Get-X >> "log.txt" *>&1')
    assert c.redirections[0] == ast.Redirection(None, "1", ast.StringConstant(None, "log.txt", "double"), True, "")
    assert c.redirections[1] == ast.Redirection(None, "*", None, False, "1")
    assert command("Get-X").redirections == ()
    assert command("Get-X a>b").elements == (ast.StringConstant(None, "a>b", "bare"),)


def test_type_after_type_is_a_cast_chain():
    # `[int][char]'A'`: PowerShell reads the second type as a cast, not an index
    e = expr("[int][char]'A'")
    assert isinstance(e, ast.Convert) and e.type_name == "int"
    assert isinstance(e.operand, ast.Convert) and e.operand.type_name == "char"
    e = expr("[string][int]'42'")
    assert e.operand.type_name == "int"


def test_index_after_other_primaries_still_indexes():
    assert isinstance(expr("$a[0]"), ast.Index)
    assert isinstance(expr("(1,2)[0]"), ast.Index)
    assert isinstance(expr("'ab'[1]"), ast.Index)


def test_numeric_member_name_is_a_constant():
    # `$Matches.1` (PowerShell keeps the member as the number 1, a hashtable key)
    e = expr("$Matches.1")
    assert isinstance(e, ast.Member) and e.member == ast.Constant(None, 1, "1")
    assert isinstance(expr("$a.Length").member, ast.StringConstant)
    assert expr("1.5") == ast.Constant(None, 1.5, "1.5")
