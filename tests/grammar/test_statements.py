"""Group 2: control flow, functions, param blocks, attributes, PowerShell 7 operators."""
from lyncshell.grammar import ast, parse
from grammar_helpers import stmts, only, expr


def test_if_elseif_else_across_newlines():
    s = only("if ($a -eq 1) { 'one' }\nelseif ($a) { 'two' }\nelse {\n 'three'\n}")
    assert isinstance(s, ast.If) and len(s.clauses) == 2
    cond, body = s.clauses[0]
    assert cond.elements[0].expression.op == "-eq"
    assert body.statements[0].elements[0].expression.value == "one"
    assert s.else_body.statements[0].elements[0].expression.value == "three"


def test_if_followed_by_statement_starting_with_while_keyword_is_separate():
    s = stmts("if ($x) { 1 }\nwhile ($false) { }")
    assert isinstance(s[0], ast.If) and isinstance(s[1], ast.While)


def test_loops():
    s = only("foreach ($u in Get-CsUser) { $u.SipAddress }")
    assert isinstance(s, ast.ForEach) and s.variable == ast.Variable(None, "u")
    assert isinstance(s.iterable.elements[0], ast.Command)
    s = only("for ($i = 0; $i -lt 10; $i++) { $i }")
    assert isinstance(s, ast.For) and isinstance(s.init, ast.Assignment)
    assert s.condition.elements[0].expression.op == "-lt"
    assert s.step.elements[0].expression.op == "post++"
    s = only("for (;;) { break }")
    assert s.init is None and s.condition is None and s.step is None
    assert s.body.statements[0] == ast.FlowControl(None, "break", None)
    s = only("while ($true) { continue }")
    assert isinstance(s, ast.While)
    s = only("do { $i++ } while ($i -lt 3)")
    assert isinstance(s, ast.DoLoop) and not s.until
    s = only("do { $i++ }\nuntil ($i -ge 3)")
    assert isinstance(s, ast.DoLoop) and s.until


def test_labels_and_flow_control():
    s = only(":outer foreach ($a in 1..3) { foreach ($b in 1..3) { break outer } }")
    assert isinstance(s, ast.ForEach) and s.label == "outer"
    inner = s.body.statements[0].body.statements[0]
    assert inner == ast.FlowControl(None, "break", ast.StringConstant(None, "outer", "bare"))
    assert only("return $x").operand.elements[0].expression == ast.Variable(None, "x")
    assert only("exit 3").operand.elements[0].expression.value == 3
    t = only("throw 'boom'")
    assert t.keyword == "throw" and t.operand.elements[0].expression.value == "boom"
    assert only("return") == ast.FlowControl(None, "return", None)


def test_switch():
    s = only("switch -Regex -CaseSensitive ($x) {\n 'a.*' { 1 }\n default { 2 } {$_ -gt 5} { 3 }\n 42 { 4 } }")
    assert isinstance(s, ast.Switch)
    assert s.flags == ("regex", "casesensitive")
    pats = [c.pattern for c in s.clauses]
    assert pats[0] == ast.StringConstant(None, "a.*", "single")
    assert s.clauses[1].is_default and not s.clauses[0].is_default
    assert isinstance(pats[2], ast.ScriptBlockExpression)
    assert pats[3] == ast.Constant(None, 42, "42")


def test_try_catch_finally_trap():
    s = only("try { Get-X }\ncatch [System.Management.Automation.ItemNotFoundException], [System.IO.IOException] {"
             " 'nf' }\ncatch { 'other' }\nfinally { 'done' }")
    assert isinstance(s, ast.Try) and len(s.catches) == 2
    assert s.catches[0].type_names == ("System.Management.Automation.ItemNotFoundException",
                                       "System.IO.IOException")
    assert s.catches[1].type_names == ()
    assert s.finally_body is not None
    t = only("trap [System.Exception] { continue }")
    assert isinstance(t, ast.Trap) and t.type_name == "System.Exception"
    assert only("trap { break }").type_name == ""


def test_functions_and_param_blocks():
    text = """function Get-Thing {
    [CmdletBinding(SupportsShouldProcess, ConfirmImpact='High')]
    param(
        [Parameter(Mandatory, Position=0)]
        [string]$Name,
        [ValidateSet('a', 'b')]
        [int]$Count = 5
    )
    begin { $n = 0 }
    process { $n++ }
    end { $n }
}"""
    f = only(text)
    assert isinstance(f, ast.FunctionDefinition) and f.name == "Get-Thing" and not f.is_filter
    sb = f.body
    assert sb.has_named_blocks and sb.begin and sb.process and sb.end
    pb = sb.param_block
    assert [a.name for a in pb.attributes] == ["CmdletBinding"]
    assert pb.attributes[0].named[0] == ("SupportsShouldProcess", None)
    assert pb.attributes[0].named[1][0] == "ConfirmImpact"
    name, count = pb.parameters
    assert name.variable.name == "Name"
    assert name.attributes[0].name == "Parameter" and not name.attributes[0].is_type
    assert name.attributes[0].named == (("Mandatory", None), ("Position", ast.Constant(None, 0, "0")))
    assert name.attributes[1] == ast.Attribute(None, "string", (), (), True)
    assert count.attributes[0].positional == (ast.StringConstant(None, "a", "single"),
                                              ast.StringConstant(None, "b", "single"))
    assert count.default == ast.Constant(None, 5, "5")


def test_function_inline_params_and_filter():
    f = only("function add($a, $b = 2) { $a + $b }")
    assert [p.variable.name for p in f.body.param_block.parameters] == ["a", "b"]
    assert not f.body.has_named_blocks and len(f.body.end.statements) == 1
    f = only("filter Even { if ($_ % 2 -eq 0) { $_ } }")
    assert f.is_filter and f.name == "Even"


def test_script_param_block():
    tree = parse("param($Path, [switch]$Force)\nGet-Item $Path")
    assert [p.variable.name for p in tree.param_block.parameters] == ["Path", "Force"]
    assert len(tree.end.statements) == 1


def test_ps7_operators():
    e = expr("$a ? 'yes' : 'no'")
    assert isinstance(e, ast.Ternary) and e.if_true.value == "yes"
    assert expr("$a ?? 'default'").op == "??"
    e = expr("${a}?.Name")
    assert isinstance(e, ast.Member) and e.null_conditional
    e = expr("${a}?[0]")
    assert isinstance(e, ast.Index) and e.null_conditional
    s = only("Get-X && Write-Output ok || Write-Output fail")
    assert isinstance(s, ast.PipelineChain) and s.op == "||"
    assert isinstance(s.left, ast.PipelineChain) and s.left.op == "&&"


def test_numbers_group3():
    cases = {"0x10": 16, "0xFFFFFFFF": -1, "0b101": 5, "1kb": 1024, "1.5mb": 1.5 * 1024 ** 2, "10l": 10,
             "2.5l": 2, "1e3": 1000.0, ".5": 0.5, "0xFF": 255, "1gb": 1 << 30}
    for text, value in cases.items():
        c = expr(text)
        assert isinstance(c, ast.Constant) and c.value == value and c.text == text, text
    from decimal import Decimal
    assert expr("1.5d").value == Decimal("1.5")


def test_named_blocks_in_script_block_argument():
    c = only("Get-X | ForEach-Object -Begin { 0 } -Process { $_ } -End { 1 }").elements[1]
    assert [e.name for e in c.elements if isinstance(e, ast.CommandParameter)] == ["Begin", "Process", "End"]
    sb = only("{ begin { 1 } process { 2 } }").elements[0].expression.block
    assert sb.has_named_blocks and sb.end is None and sb.begin.statements


def test_param_block_then_statement_on_same_line():
    c = only("Invoke-Command -ScriptBlock { param($a) $a } -ArgumentList 5").elements[0]
    sb = c.elements[1].block
    assert [p.variable.name for p in sb.param_block.parameters] == ["a"]
    assert sb.end.statements[0].elements[0].expression == ast.Variable(None, "a")


def test_realistic_admin_lines():
    lines = [
        "Write-Output (Get-Date).Year",
        "$h = @{}; $h['key'] = 1; $h.key += 2",
        '"$($u.DisplayName): $($u.SipAddress)"',
        "[void](Get-X)",
        "if (!(Test-Path $p)) { New-Item $p -ItemType Directory | Out-Null }",
        '$users | Where-Object { $_.Enabled -and $_.SipAddress -like "*@litwareinc.com" } | Select-Object -First 5',
        'Set-CsUser -Identity $u.Identity -EnterpriseVoiceEnabled:$true -LineUri "tel:+14255551234"',
        "$count = (Get-CsUser | Measure-Object).Count",
        "$a = $b = 5",
        "$x = if ($y) { 1 } else { 2 }",
        '& "C:\\Program Files\\tool.exe" /arg1 /arg2',
        "Get-X | Select-Object @{Name='Sip'; Expression={$_.SipAddress}}, DisplayName",
        "$result = try { Get-X -ErrorAction Stop } catch { $null }",
        "${env:ProgramFiles(x86)}",
        "[int[]]$nums = 1, 2, 3",
        "$x.Replace('a', 'b').ToUpper()",
    ]
    for line in lines:
        tree = parse(line)
        assert tree.end.statements, line
    e = only("Write-Output (Get-Date).Year").elements[0].elements[0]
    assert isinstance(e, ast.Member) and isinstance(e.target, ast.Paren)
    s = only("$a = $b = 5")
    assert isinstance(s.value, ast.Assignment)
    assert isinstance(only("$x = if ($y) { 1 } else { 2 }").value, ast.If)
    c = only('& "C:\\Program Files\\tool.exe" /arg1 /arg2').elements[0]
    assert c.invocation == "&" and [x.value for x in c.elements] == ["/arg1", "/arg2"]
    v = expr("${env:ProgramFiles(x86)}")
    assert v == ast.Variable(None, "ProgramFiles(x86)", "env")


def test_crlf_bom_and_here_string_spans():
    tree = parse('\ufeffGet-X -A 1\r\nif ($x) {\r\n  1\r\n}\r\nelse { 2 }\r\n$y = @"\r\nhello $z\r\n"@\r\nGet-Y')
    a, b, c, d = tree.end.statements
    assert isinstance(b, ast.If) and b.else_body is not None
    assert (c.span.line, d.span.line) == (6, 9)
    assert c.value.elements[0].expression == ast.ExpandableString(None, ("hello ", ast.Variable(None, "z")),
                                                                  "here_double")
    z = c.value.elements[0].expression.parts[1]
    assert (z.span.line, z.span.column, z.span.text) == (7, 7, "$z")
