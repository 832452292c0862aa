# Values and their members: cases found by the literal/operator conformance pass.

#### Numbers typed in argument mode bind to [string] parameters as typed
function f([string]$PIN) { $PIN }
f -PIN 0712
f 0x10
<#stdout
0712
0x10
#>

#### An assignment used as a value gives what it assigned
$y = $z = 3
"$y $z"
<#stdout
3 3
#>

#### Numeric hashtable keys through member access
"ab" -match "(a)(b)" | Out-Null
$Matches.1
$h = @{1 = "one"}
$h.(1)
<#stdout
a
one
#>

#### $null has a Count of 0
$null.Count
<#stdout
0
#>

#### Number and date formatting through ToString
(12).ToString("000")
(Get-Date "1/2/2012").ToString("yyyy-MM-dd")
(0.1d).GetType().FullName
<#stdout
012
2012-01-02
System.Decimal
#>

#### Regex objects and static members
$r = [regex]"a(b+)"
$r.Match("xabbby").Groups[1].Value
$r.IsMatch("ac")
[regex]::Escape("a.b*c")
[regex]::IsMatch("abc", "b")
[double]::MaxValue
<#stdout
bbb
False
a\.b\*c
True
1.79769313486232E+308
#>
