# Conformance cases drawn from PowerShell's own Pester tests (test/powershell/Language/**,
# test/powershell/Modules/Microsoft.PowerShell.Utility/*.Tests.ps1) and the about_* topics.
# Each expectation is what PowerShell 7 prints (from the Pester assertion or the documentation).

# ---- Operators (SplitOperator/ReplaceOperator.Tests.ps1)

#### Split array of values
$res = "a b", "c d" -split " "
$res.count
$res -join '|'
<#stdout
4
a|b|c|d
#>

#### Split max substrings
$res = "a b c d" -split " ", 2
$res.count
$res[1]
$res = "a b c d" -split " ", 0
$res.count
<#stdout
2
b c d
4
#>

#### Split negative limit
$res = "a b c d" -split " ", -3
$res.count
$res -join '|'
$res = "a b c d" -split " ", -1
$res.count
$res[0]
<#stdout
3
a b|c|d
1
a b c d
#>

#### Split preserves captured delimiter
$res = "a1:b1:c1:d" -split "(1:)"
$res.count
$res -join '|'
$res = "a1:b1:c1:d" -split "1(:)"
$res -join '|'
<#stdout
7
a|1:|b|1:|c|1:|d
a|:|b|:|c|:|d
#>

#### Split case sensitivity
("abcBd" -split "B") -join '|'
("abcBd" -isplit "B") -join '|'
("abcBd" -csplit "B") -join '|'
("abcBd" -csplit "B", 0 , 'IgnoreCase') -join '|'
<#stdout
a|c|d
a|c|d
abc|d
a|c|d
#>

#### Split with scriptblock
$res = "a::b::c::d" -split {$_ -eq "b" -or $_ -eq "C"}
$res -join '|'
$res = "a::b::c::d" -split {$_ -eq "b" -or $_ -eq "C"}, 2
$res -join '|'
$res = "a::b::c::d" -split {$_ -eq "b" -or $_ -eq "C"}, -2
$res -join '|'
<#stdout
a::|::|::d
a::|::c::d
a::b::|::d
#>

#### Split scriptblock limit on arrays
$res = "a::b::c::d","e::f::g::h" -split {$_ -eq "b" -or $_ -eq "c" -or $_ -eq "f" -or $_ -eq "g"}, 2
$res -join '|'
$res = "a::b::c::d","e::f::g::h" -split {$_ -eq "b" -or $_ -eq "c" -or $_ -eq "f" -or $_ -eq "g"}, -2
$res -join '|'
<#stdout
a::|::c::d|e::|::g::h
a::b::|::d|e::f::|::h
#>

#### Split options singleline multiline
$t = "a12a`nb34b`nc56c`nd78d"
($t -split '^b').count
($t -split 'b.+c').count
$res = $t -split 'b.+c', 0, 'Singleline'
$res.count
$res = $t -split '^b', 0, 'Multiline'
$res[1]
<#stdout
1
1
2
34b
c56c
d78d
#>

#### Split IgnorePatternWhitespace ExplicitCapture SimpleMatch
("a: b:c" -split ': ',0,'IgnorePatternWhitespace') -join '|'
("a:b" -split "(:)", 0, 'ExplicitCapture') -join '|'
("abc" -split "B", 0, 'SimpleMatch,IgnoreCase') -join '|'
("abc" -split "B", 0, 'RegexMatch,Singleline') -join '|'
("a.b.c" -split ".", 0, 'SimpleMatch') -join '|'
<#stdout
a| b|c
a|b
a|c
a|c
a|b|c
#>

#### Split RegexMatch,SimpleMatch is an error
try { "abc" -split "B", 0, 'RegexMatch,SimpleMatch' } catch { $_.FullyQualifiedErrorId }
<#stdout
InvalidSplitOptionCombination
#>

#### Unary split precedence
$res = -split "a b", "c d"
$res.count
$res[0][0]
$res[0][1]
$res[1]
$res = -split ("a b", "c d")
$res.count
(-split "  a b`tc  d ") -join '|'
<#stdout
2
a
b
c d
4
a|b|c|d
#>

#### Replace basics
"Get-Process" -replace "Get", "Stop"
"image.gif" -replace "\.gif$",".jpg"
"book" -replace "B","C"
"book" -ireplace "B","C"
"book" -creplace "B","C"
"PowerPoint" -replace "Point","Shell"
"PowerPoint" -replace "Point"
<#stdout
Stop-Process
image.jpg
Cook
Cook
book
PowerShell
Power
#>

#### Replace substitutions
"domain.example" -replace ".*\.(\w+)$","Tld of '`$0' is - '`$1'"
"domain.example" -replace ".*\.(?<tld>\w+)$","`${tld}"
"ID ABC123" -replace "\b[A-C]+", {return "X" * $_.Value.Length}
'abc' -replace 'b', '$$'
'abc' -replace '(b)', '[$&]'
'abc' -replace 'b', '$`'
"a1b2" -replace '\d', { [int]$_.Value * 2 }
<#stdout
Tld of 'domain.example' is - 'example'
example
ID XXX123
a$c
a[b]c
aac
a2b4
#>

#### Replace on arrays
"aa","ba","ca" -replace 'a','x'
<#stdout
xx
bx
cx
#>

#### Split culture invariance
1.2 -split ','
1.2 -replace ','
<#stdout
1.2
1.2
#>

# ---- Operators (ComparisonOperator/RangeOperator/Ternary/NullConditional.Tests.ps1)

#### Logical operators
1 -and 1
1 -and 0
0 -and 0
1 -or 0
0 -or 0
-not 1
-not 0
!1
!0
1 -xor 0
1 -xor 1
<#stdout
True
False
False
True
False
False
True
False
True
True
False
#>

#### Contains family
$arr = 'Hello','world'
$arr -contains 'Hello'
$arr -ccontains 'hello'
$arr -ccontains 'Hello'
'Hello' -in $arr
'hello' -cin $arr
$arr -notcontains 'x'
'x' -notin $arr
<#stdout
True
False
True
True
False
True
True
#>

#### Match like family
"Hello world" -match "Hello*"
"Hello world" -like "Hello*"
"Hello world" -notmatch "Hello*"
"Hello world" -notlike "Hello*"
"abc" -like "a?c"
"abc" -like "[a-b]bc"
"abc" -clike "A*"
<#stdout
True
True
False
False
True
True
False
#>

#### Comparison on arrays filters
1,2,3,4 -gt 2
'a','b','a' -eq 'a'
1,2,3 -ne 2
'abc','xbc','abd' -like 'ab*'
'abc','xbc','abd' -match 'bc$'
<#stdout
3
4
a
a
1
3
abc
abd
abc
xbc
#>

#### Range operator ints
$Range = 5..8
$Range.count
$Range[0].GetType().Name
$Range -join ','
(-8..-5) -join ','
(0..0).count
(4..3) -join ','
(-2..2) -join ','
<#stdout
4
Int32
5,6,7,8
-8,-7,-6,-5
1
4,3
-2,-1,0,1,2
#>

#### Range chars
$CharRange = 'A'..'E'
$CharRange.count
$CharRange[0].GetType().Name
$CharRange -join ''
('B'..'A') -join ''
([char]'a'..[char]'c') -join ''
<#stdout
5
Char
ABCDE
BA
abc
#>

#### Ternary
$true ? 'yes' : 'no'
$false ? 'yes' : 'no'
(1 -gt 2) ? 1 : 2
$x = $null ? 'a' : 'b'; $x
<#stdout
yes
no
2
b
#>

#### Null coalescing
$null ?? 'default'
'value' ?? 'default'
$x = $null
$x ??= 5
$x
$x ??= 6
$x
$y = 0 ?? 7; $y
<#stdout
default
value
5
5
0
#>

# ---- Null-coalescing

#### Null coalescing chains
$x = $null
$x ?? $null ?? 100
$null ?? 100 ?? $null ?? 200
100 ?? $x ?? 200
$x ??= 100 ?? 200
$x
function GetNull { return $null }
function GetHello { return "Hello" }
$y = $null
$y ??= $y ?? (GetNull) ?? (GetHello)
$y
<#stdout
100
100
100
100
Hello
#>

# ---- Parser.Tests.ps1

#### Escape space and unknown escapes
"foo` bar"
"fo`obar"
[int][char]"`e"[0]
"`u{a9}"
"foo`u{2195}abc"
'foo`u{2195}abc'
"`u{007b}`u{007d}"
<#stdout
foo bar
foobar
27
©
foo↕abc
foo`u{2195}abc
{}
#>

#### C# escape sequences
[int][char]"`0"
[int][char]"`a"
[int][char]"`b"
[int][char]"`f"
[int][char]"`v"
[int][char]"`t"
write-output "`'"
write-output "`""
<#stdout
0
7
8
12
11
9
'
"
#>

#### Array expands in string
$MyArray = "a","b"; "Hello $MyArray"
$OFS = '-'; "Hello $MyArray"
<#stdout
Hello a b
Hello a-b
#>

#### Multiple assignment
$one, $two = 1, 2, 3; "One = $one"; "Two = $two"
$a, $b, $c = 1, 2
"[$c]"
<#stdout
One = 1
Two = 2 3
[]
#>

#### Nested loops break
while ($true) { 1; while ($true) { 2; break; 3 }; 4; break; 5 }
foreach ($a in 1..3) { 1; foreach ($b in 1..3) { 2; break; 3 }; 4; break; 5 }
<#stdout
1
2
4
1
2
4
#>

#### Labeled break same label
:foo while ($true) { 1; :foo while ($true) { 2; break foo; 3 }; 4; break; 5 }
<#stdout
1
2
4
#>

#### Continue in loops
$a = 0
while ($a -lt 2) { ($a++); continue; 2 }
for ($a = 0; $a -lt 2; $a += 1) { 9; continue; 3 }
<#stdout
0
1
9
9
#>

#### Labeled continue outer
$x = 0
:foo while ($x -lt 2) { ($x++); :bar while ($true) { 2; continue foo; 3 }; 4; continue; 5 }
:foo foreach ($a in 1..2) { 1; :bar foreach($b in 1..3) { 2; continue foo; 3 }; 4; continue; 5 }
<#stdout
0
2
1
2
1
2
1
2
#>

#### Labeled continue inner
for ($x = 0; $x -lt 1; $x += 1) { 1; :foo for ($a = 0; $a -lt 2; $a += 1) { $a; continue foo; 3 }; 4; continue; 5 }
<#stdout
1
0
1
4
#>

#### Try catch finally type
try {
    try { throw [ArgumentException]::new() }
    catch [System.DivideByZeroException] { }
    finally { "Finally" }
}
catch { $_.Exception.GetType().FullName }
<#stdout
Finally
System.ArgumentException
#>

#### Switch break in finally
try {"success"} finally {switch (1) {foo  {break}}}
<#stdout
success
#>

#### Boolean conversions
if ("False") { $true } else { $false }
if (" ") { $true } else { $false }
if ("StringWithNullVar$aEmbedded") { $true } else { $false }
if (0) { $true } else { $false }
$a = $(0);if ($a) { $true } else { $false }
if ("") { $true } else { $false }
if (@()) { $true } else { $false }
if (@(0)) { $true } else { $false }
if (@(0,0)) { $true } else { $false }
if ('0') { $true } else { $false }
if ([pscustomobject]@{}) { $true } else { $false }
<#stdout
True
True
True
False
False
False
False
False
True
True
True
#>

#### Operator precedence logical
$false -eq $true -and $false
$false -and $true -eq $false
!$true -and $false
$a=10; if( !$a -eq 10) { $a=1 } else {$a=2};$a
!3
<#stdout
False
False
False
2
False
#>

#### String comparisons ci
'aaa' -ilt 'AAA'
'aaa' -lt 'AAA'
'aaa' -clt 'AAA'
'AAA' -igt 'aaa'
'AAA' -cgt 'aaa'
'aaa' -ge 'aaa'
'aaa' -ine 'AAA'
'aaa' -cne 'AAA'
'aaa' -ile 'AAA'
<#stdout
False
False
True
False
True
True
False
True
True
#>

#### Array comparisons
@(3) -eq 3
@(4) -eq 3
@() -eq 3
$test = 1,2,@(3,4);$test -eq 3
$test -eq 2
'end'
<#stdout
3
2
end
#>

#### Numeric literals
0x12
-0x12
0x80000000
0x7fffffff
0xFFFFFFFF
0b10
1kb
1mb
1gb
1tb
5e-2
5e2
.01
-0e2
0e0
<#stdout
18
-18
-2147483648
2147483647
-1
2
1024
1048576
1073741824
1099511627776
0.05
500
0.01
0
0
#>

#### Numeric literal types
(0x100000000).GetType().Name
(1tb).GetType().Name
(10d).GetType().Name
(1.5d)
(2.5l)
(3.72s)
(3.72y)
(0.0d)
<#stdout
Int64
Int64
Decimal
1.5
2
4
4
0.0
#>

#### Input variable in scriptblock
$input = 1,2,3;4,-5,6 | & { $input }
$script = { $input }; $results = @(0, 0), -1 | & $script
$results[0][1]
$results[1]
$() | & { $count = 0; foreach ($i in $input) { $count++ }; $count }
<#stdout
4
-5
6
0
-1
1
#>

#### Arithmetic across lines
$a=6; $a -= 2;$a
20 %
  6
(20 %
  6 *
  4  +
  2 ) /
  2 -
  3
<#stdout
4
2
2
#>

#### Scopes from function in script
$var = "script"
function func {
    $var
    $var = "local"
    $local:var
    $script:var
}
func
$var
<#stdout
script
local
script
script
#>

#### Functions resolved before cmdlets alias before function
function Get-Date { 'my get-date' }
Get-Date
<#stdout
my get-date
#>

# ---- Select-Object.Tests.ps1

#### Select unique
("a", "b", "c", "a", "a", "a" | Select-Object -Unique).Length
<#stdout
3
#>

#### Select first last overlap
$employees = @(
    [pscustomobject]@{"FirstName" = "joseph"; "LastName" = "smith"; "YearsInMS" = 15 }
    [pscustomobject]@{"FirstName" = "paul"; "LastName" = "smith"; "YearsInMS" = 15 }
    [pscustomobject]@{"FirstName" = "mary"; "LastName" = "soe"; "YearsInMS" = 5 }
    [pscustomobject]@{"FirstName" = "edmund"; "LastName" = "bush"; "YearsInMS" = 9 }
)
($employees | Select-Object -Property "YearsInMS", "L*" -First 2 -Last 3).Count
$results = $employees | Select-Object -Property "YearsInMS", "L*" -First 2 -Last 1
$results.Count
$results.LastName -join ','
($employees | Select-Object -Property "YearsInMS", "L*" -First 0).Count
($employees | Select-Object -Property "YearsInMS", "L*" -Last 0).Count
$u = $employees | Select-Object -Property "YearsInMS", "L*" -Unique:$true
$u.Count
$u.LastName -join ','
<#stdout
4
3
smith,smith,bush
0
0
3
smith,soe,bush
#>

#### Select string property on string
("bar" | Select-Object -Prop foo | Measure-Object).Count
$r = "bar" | Select-Object -Prop foo
$null -eq $r.foo
<#stdout
1
True
#>

#### Select null input
$results = $null | Select-Object -Property "FirstName", "YearsInMS", "FirstNa*"
$results.Count
<#stdout
0
#>

#### Select empty scriptblock error
try { "bar" | Select-Object -Prop {} -ErrorAction Stop } catch { $_.FullyQualifiedErrorId }
<#stdout
EmptyScriptBlockAndNoName,Microsoft.PowerShell.Commands.SelectObjectCommand
#>

#### Select exclude property
$results = [pscustomobject]@{Thing = "thing1"; Param2 = "param2" } | Select-Object -ExcludeProperty Param2
$null -eq $results.Param2
$results.Thing
$results = [pscustomobject]@{Thing = "thing1"; Param2 = "param2" } | Select-Object -Property * -ExcludeProperty Param2
$results.Thing
<#stdout
True
thing1
thing1
#>

#### Select calculated property
[pscustomobject]@{a=1;b=2} | Select-Object a, @{Name='c';Expression={$_.a + $_.b}} | ForEach-Object { "$($_.a) $($_.c)" }
[pscustomobject]@{a=1;b=2} | Select-Object @{n='x';e='b'} | ForEach-Object { $_.x }
[pscustomobject]@{a=1;b=2} | Select-Object @{l='y';e={$_.a * 10}} | ForEach-Object { $_.y }
<#stdout
1 3
2
10
#>

#### Select output table
[pscustomobject]@{a=1;b='two';c=3.5} | Select-Object a, b
<#stdout

a b
- -
1 two

#>

#### Select first on infinite stops
1..1000000 | Select-Object -First 3
<#stdout
1
2
3
#>

# ---- Sort-Object.Tests.ps1

#### Sort with null property values
$employee1 = [pscustomobject]@{"FirstName"="Eight"; "LastName"="Eight"; "YearsInMS"=8}
$employee2 = [pscustomobject]@{"FirstName"="Eight"; "YearsInMS"=$null}
$employee3 = [pscustomobject]@{"FirstName"="Minus"; "LastName"="Two"; "YearsInMS"=-2}
$employee4 = [pscustomobject]@{"FirstName"="One"; "LastName"="One"; "YearsInMS"=1}
$results = @($employee1,$employee2,$employee3,$employee4) | Sort-Object -Property YearsInMS
$results.FirstName -join ','
<#stdout
Minus,Eight,One,Eight
#>

#### Sort stable modulo
(1..20 | Sort-Object {$_ % 3} -Stable) -join ','
(1..20 | Sort-Object {$_ % 3} -Stable -Descending) -join ','
(1..20 | Sort-Object {$_ % 3} -Stable -Unique) -join ','
(1..20 | Sort-Object {$_ % 3} -Stable -Unique -Descending) -join ','
<#stdout
3,6,9,12,15,18,1,4,7,10,13,16,19,2,5,8,11,14,17,20
2,5,8,11,14,17,20,1,4,7,10,13,16,19,3,6,9,12,15,18
3,1,2
2,1,3
#>

#### Sort unique stable records
$Records = @([PSCustomObject]@{Key="A";Record="A1"},[PSCustomObject]@{Key="A";Record="A2"},[PSCustomObject]@{Key="B";Record="B1"},[PSCustomObject]@{Key="B";Record="B2"})
($Records | Sort-Object -Stable -Unique -Property Key).Record -join ','
<#stdout
A1,B1
#>

#### Sort top bottom
$d = 973474993,271612178,-1258909473,659770354,1829227828,-1709391247,-10835210,-1477737798,1125017828,813732193
($d | Sort-Object -Top 3) -join ','
($d | Sort-Object -Bottom 3) -join ','
($d | Sort-Object -Top 2 -Descending) -join ','
($d | Sort-Object -Top 20).Count
<#stdout
-1709391247,-1477737798,-1258909473
973474993,1125017828,1829227828
1829227828,1125017828
10
#>

#### Sort descending no property and strings
(1,3,2 | Sort-Object -Descending) -join ','
('b','A','a','B','c' | Sort-Object -CaseSensitive) -join ','
('10','9','1' | Sort-Object) -join ','
(10,9,1 | Sort-Object) -join ','
('b','a','b','a' | Sort-Object -Unique) -join ','
<#stdout
3,2,1
a,A,b,B,c
1,10,9
1,9,10
a,b
#>

# ---- Group-Object/Measure-Object.Tests.ps1

#### Group casesensitive
$results = 'aA', 'aA', 'AA', 'AA' | Group-Object -CaseSensitive
$results.Count
$results.Name -join ','
$results.Group -join ','
<#stdout
2
aA,AA
aA,aA,AA,AA
#>

#### Group ashashtable by property
$testObject = [pscustomobject] @{a="one"; b=2}, [pscustomobject] @{a="two"; b=10}
$result = $testObject | Group-Object -AsHashtable -Property a
$result.one.b
$result["two"].b
<#stdout
2
10
#>

#### Group scriptblock ashashtable
$result = 1..9 | ForEach-Object {[PSCustomObject]@{ErrorMessage = if ($_ % 2) {'SomeError'} else {''}}} |
    Group-Object -Property {if ($_.ErrorMessage) {'Failed'} else {'Successful'}} -AsHashTable
$result['Failed'].ErrorMessage.Count
$result['Failed'].ErrorMessage[0]
$result['Successful'].ErrorMessage.Count
<#stdout
5
SomeError
4
#>

#### Group empty noteproperty
$result = "dummy" | Select-Object -Property @{Name = 'X'; Expression = {}} | Group-Object X
$result.Count
"[$($result[0].Name)]"
"$($result[0].Group)"
<#stdout
1
[]
@{X=}
#>

#### Group noelement
$r = 'a','b','a' | Group-Object -NoElement
$null -eq $r[0].Group
$r | ForEach-Object { "$($_.Name)=$($_.Count)" }
<#stdout
True
a=2
b=1
#>

#### Group default table output
'a','b','a' | Group-Object
<#stdout

Count Name                      Group
----- ----                      -----
    2 a                         {a, a}
    1 b                         {b}

#>

#### Group by multiple properties name
$d = [pscustomobject]@{x=1;y='a'},[pscustomobject]@{x=1;y='a'},[pscustomobject]@{x=2;y='b'}
$d | Group-Object x,y | ForEach-Object { $_.Name }
(($d | Group-Object x,y)[0].Values) -join '|'
<#stdout
1, a
2, b
1|a
#>

#### Group sorted output numeric
(3,1,2,1,3,3 | Group-Object).Name -join ','
(3,1,2,1,3,3 | Group-Object | Sort-Object Count -Descending)[0].Name
<#stdout
1,2,3
3
#>

#### Measure count sum average
$t = 1,3,4
($t | Measure-Object).Count
($t | Measure-Object -Sum).Sum
($t | Measure-Object -Average).Average
($t | Measure-Object -Minimum).Minimum
($t | Measure-Object -Maximum).Maximum
(1,3,5,5 | Measure-Object -Maximum).Maximum
<#stdout
3
8
2.66666666666667
1
4
5
#>

#### Measure wildcard property
$data = [pscustomobject]@{ A1 = 1; A2 = 2; C3 = 3 }, [pscustomobject]@{ A1 = 1; A2 = 2; A3 = 3 }
$actual = $data | Measure-Object -Property A* -Sum
$actual.Count
$actual | ForEach-Object { "$($_.Property) $($_.Sum) $($_.Count)" }
<#stdout
3
A1 2 2
A2 4 2
A3 3 1
#>

#### Measure text
$employees = [pscustomobject]@{"FirstName"="joseph"; "LastName"="smith"; "YearsInMS"=15},
    [pscustomobject]@{"FirstName"="paul"; "LastName"="smith"; "YearsInMS"=15},
    [pscustomobject]@{"FirstName"="mary jo"; "LastName"="soe"; "YearsInMS"=5},
    [pscustomobject]@{"FirstName"="edmund`todd `n"; "LastName"="bush"; "YearsInMS"=9}
$r = $employees | Measure-Object -Character -Word -Line -Prop FirstName
"$($r.Characters) $($r.Words) $($r.Lines)"
$r = $employees | Measure-Object -IgnoreWhiteSpace -Character -Prop FirstName
$r.Characters
$r = $employees | Measure-Object -Sum -Average -Max -Min -Prop YearsInMS
"$($r.Count) $($r.Sum) $($r.Average) $($r.Maximum) $($r.Minimum)"
("123`n4" | Measure-Object -Line).Lines
<#stdout
29 6 4
25
4 44 11 15 5
2
#>

#### Measure allstats stddev
$r = 1,2,3,4 | Measure-Object -AllStats
"$($r.Count) $($r.Sum) $($r.Average) $($r.Maximum) $($r.Minimum)"
$r.StandardDeviation
<#stdout
4 10 2.5 4 1
1.29099444873581
#>

#### Measure strings min max
$r = 'b','a','c' | Measure-Object -Minimum -Maximum
$r.Minimum
$r.Maximum
<#stdout
a
c
#>

# ---- TryCatch/Trap.Tests.ps1

#### Try newlines everywhere parse
try
{
}
catch
[int]
,
[char]
{
}
finally
{
}
'parsed'
<#stdout
parsed
#>

#### Simple throw catch finally
$a = . { try { 1; throw "exception"; "test failed" } catch { 2 } finally { 3 } }
$a -join ','
$a = . { try { 1 } finally { 2 } }
$a -join ','
<#stdout
1,2,3
1,2
#>

#### Catch by type divide by zero
$a = . { try { 1; $a = 0; 1/$a; "test failed" } catch [DivideByZeroException] { 2 } catch [Exception] { "test failed" } }
$a -join ','
$a = . { try { 1; $a = 0; 1/$a; "test failed" } catch [DivideByZeroException],[ArgumentNullException] { 2 } }
$a -join ','
$a = . { try { 1; throw ([ArgumentNullException]::new("bad")) } catch [DivideByZeroException],[ArgumentNullException] { 2 } }
$a -join ','
<#stdout
1,2
1,2
1,2
#>

#### Break continue in try with finally
$a = . { foreach ($i in (1..3)) { try { if ($i -eq 2) { break }; $i } catch { "test failed" } finally { "finally: $i" } } }
$a -join ','
$a = . { foreach ($i in (1..3)) { try { if ($i -eq 2) { continue }; $i } catch { "test failed" } finally { "finally: $i" } } }
$a -join ','
<#stdout
1,finally: 1,finally: 2
1,finally: 1,finally: 2,3,finally: 3
#>

#### Nested try continue break
$a = . {
    foreach ($i in (1..3)) {
        try { try { if ($i -eq 2) { continue }; $i } catch { "f2" } finally { "finally#2: $i" } } catch { "f1" } finally { "finally#1: $i" }
    }
}
$a -join ','
<#stdout
1,finally#2: 1,finally#1: 1,finally#2: 2,finally#1: 2,3,finally#2: 3,finally#1: 3
#>

#### Break continue in catch
$a = . { try { throw 1 } catch { foreach ($i in (1..3)) { if ($i -eq 2) { break }; $i } } finally { "finally" } }
$a -join ','
$a = . { foreach ($i in (1..3)) { try { throw 1 } catch { if ($i -eq 2) { break }; $i } finally { "finally $i" } } }
$a -join ','
$a = . { foreach ($i in (1..3)) { try { throw 1 } catch { if ($i -eq 2) { continue }; $i } finally { "finally $i" } } }
$a -join ','
<#stdout
1,finally
1,finally 1,finally 2
1,finally 1,finally 2,3,finally 3
#>

#### Loops in finally
$a = . { try { "try"; throw 1 } catch { "catch" } finally { "finally"; foreach ($i in (1..3)) { if ($i -eq 2) { continue }; $i } } }
$a -join ','
<#stdout
try,catch,finally,1,3
#>

#### Errorrecord tostring
$a = . { try { throw 42 } catch { $_ } }
[int]$a.ToString()
<#stdout
42
#>

#### Nested try catch types
$a = . {
  try {
    "outer try"
    try { "inner try"; $a = 0; 1 / $a }
    catch [OutOfMemoryException] { "test failed" }
    finally { "inner finally" }
  }
  catch [DivideByZeroException] { "caught" }
  finally { "outer finally" }
}
$a -join ','
<#stdout
outer try,inner try,inner finally,caught,outer finally
#>

#### Throw outside catch in trap
$a = . {
  function foo {
    trap [system.management.automation.runtimeexception] { return "test passed" }
    trap { return "test failed" }
    throw
  }
  try { $a = 0; 1 / $a } catch { foo }
}
$a
<#stdout
test passed
#>

#### Catch exception message and type
try { throw "boom" } catch { $_.Exception.Message; $_.Exception.GetType().FullName; $_.FullyQualifiedErrorId; $_.CategoryInfo.Category }
try { 1/0 } catch { $_.Exception.Message }
try { $null.Foo() } catch { $_.FullyQualifiedErrorId }
<#stdout
boom
System.Management.Automation.RuntimeException
boom
OperationStopped
Attempted to divide by zero.
InvokeMethodOnNull
#>

#### Throw object target
try { throw [pscustomobject]@{a=1} } catch { $_.TargetObject.a }
try { throw @{k='v'} } catch { $_.TargetObject.k }
<#stdout
1
v
#>

#### Erroraction stop and catch
function f { [CmdletBinding()] param() Write-Error 'bad thing' }
try { f -ErrorAction Stop } catch { "caught: $_" }
try { Write-Error 'oops' -ErrorAction Stop } catch { "caught: $($_.Exception.Message)" }
<#stdout
caught: bad thing
caught: oops
#>

#### ErrorActionPreference stop
$ErrorActionPreference = 'Stop'
try { Write-Error 'x1'; 'not here' } catch { 'caught x1' }
<#stdout
caught x1
#>

#### Error variable and silently continue
Write-Error 'e1' -ErrorAction SilentlyContinue -ErrorVariable ev
$ev.Count
"$($ev[0])"
$Error.Count
<#stdout
1
e1
1
#>

#### Finally runs on exit from function return
function f { try { return 'r' } finally { 'fin' } }
f
<#stdout
r
fin
#>

# ---- Strings, -f, here-strings (about_Quoting_Rules, about_Operators)

#### Format operator basics
"{0} {1}" -f 'a','b'
"{0,5}|{1,-5}|" -f 'ab','cd'
"{0:N2}" -f 1234.5678
"{0:D5}" -f 42
"{0:X}" -f 255
"{0:x4}" -f 255
"{0:0.00}" -f 3.14159
"{0:#,##0}" -f 1234567
"{{literal}} {0}" -f 'x'
"{0:E2}" -f 12345.678
"{1}{0}" -f 'a','b'
<#stdout
a b
   ab|cd   |
1,234.57
00042
FF
00ff
3.14
1,234,567
{literal} x
1.23E+004
ba
#>

#### Format with array arg
$arr = 1,2,3
"{0}-{1}-{2}" -f $arr
'{0}' -f $null
"[{0}]" -f ''
<#stdout
1-2-3

[]
#>

#### String expansion members and subexpressions
$h = @{a=1; b=@{c='deep'}}
"v: $($h.a) $($h.b.c)"
"raw: $h.a"
$s = 'str'
"len $($s.Length)"
"$s.Length"
"${s}ing"
$arr = 1,2,3
"$arr[1]"
"$($arr[1])"
<#stdout
v: 1 deep
raw: System.Collections.Hashtable.a
len 3
str.Length
string
1 2 3[1]
2
#>

#### String expansion of objects
$o = [pscustomobject]@{a=1;b='x'}
"$o"
"$(1.5)"
"$true $false $null end"
"$(@())"
"$(,@(1,2))"
<#stdout
@{a=1; b=x}
1.5
True False  end

1 2
#>

#### Escapes in double quotes
"a`tb"
"dollar `$x"
"quote "" inside"
'single '' inside'
"back``tick"
<#stdout
a	b
dollar $x
quote " inside
single ' inside
back`tick
#>

#### Here strings
$x = 'val'
$h = @"
Line1 $x
  "quoted" 'single'
"@
$h
$l = @'
Literal $x
'@
$l
@"
"@.Length
<#stdout
Line1 val
  "quoted" 'single'
Literal $x
0
#>

#### Here string with subexpression spanning lines
$items = 'a','b'
@"
Items: $($items -join ', ')
Count: $($items.Count)
"@
<#stdout
Items: a, b
Count: 2
#>

#### String methods
'Hello World'.ToUpper()
'Hello World'.ToLower()
'  trim  '.Trim() + '|'
'xxabcxx'.Trim('x')
'abc'.PadLeft(5) + '|'
'abc'.PadRight(5,'.') + '|'
'a,b,c'.Split(',')[1]
'Hello'.Substring(1,3)
'Hello'.IndexOf('l')
'Hello'.LastIndexOf('l')
'Hello'.Contains('ell')
'Hello'.StartsWith('He')
'Hello'.EndsWith('lo')
'Hello'.Replace('l','L')
[string]::IsNullOrEmpty('')
[string]::IsNullOrWhiteSpace(' ')
[string]::Join(',', @('x','y'))
'abc'[0]
'abc'[-1]
'abc'.ToCharArray().Count
'hello'.Equals('hello')
[string]::Empty.Length
'TitleCase'.ToUpperInvariant()
'a b'.Split()
<#stdout
HELLO WORLD
hello world
trim|
abc
  abc|
abc..|
b
ell
2
3
True
True
True
HeLLo
True
True
x,y
a
c
3
True
0
TITLECASE
a
b
#>

#### String multiplication and concatenation
'ab' * 3
'-' * 0
'a' + 1
1 + '2'
'x' + $null + 'y'
<#stdout
ababab

a1
3
xy
#>

#### Join operator
-join ('a','b','c')
('a','b','c') -join ', '
1,2,3 -join '+'
-join 1,2
(1..3 | ForEach-Object { $_ * 2 }) -join ''
<#stdout
abc
a, b, c
1+2+3
1
2
246
#>

#### String comparison with wildcards escapes
'a*b' -like 'a`*b'
'axb' -like 'a`*b'
'[x]' -like '`[x`]'
<#stdout
True
False
True
#>

#### Match and $Matches
'hello 123 world' -match '(\d+)' | Out-Null
$Matches[0]
$Matches[1]
'key=value' -match '(?<k>\w+)=(?<v>\w+)' | Out-Null
$Matches.k
$Matches['v']
'abc' -notmatch 'x'
<#stdout
123
123
key
value
True
#>

#### Match on array does not set Matches
$Matches = $null
$r = 'a1','b2','c' -match '\d'
$r -join ','
$null -eq $Matches
<#stdout
a1,b2
True
#>

# ---- Array/Splatting/Hashtable tests

#### Array subexpression types
$result = @([object[]](1,2,3)); $result.GetType().FullName; $result.Length
$result = @([int[]](1,2,3)); $result.GetType().FullName; $result.Length
$result = @($null); $result.GetType().FullName; $result.Length
$result = @([object[]]$null); $result.Length
$a = 1,2,3; $result = @([int[]]$a); $result.GetType().FullName
@().GetType().FullName
<#stdout
System.Object[]
3
System.Object[]
3
System.Object[]
1
1
System.Object[]
System.Object[]
#>

#### Splat boundparameters
function Inner { param($Value, $Other) "v=$Value o=$Other" }
& {
    [CmdletBinding()]
    param($Value)
    Inner @PSBoundParameters
} -Value 'Hello'
<#stdout
v=Hello o=
#>

#### Hashtable cast to pscustomobject fails back
try { $x = [hashtable][pscustomobject]@{one=1;two=2}; 'no error' } catch { 'error' }
<#stdout
error
#>

#### Hashtable basics
$h = @{}
$h['a'] = 1
$h.b = 2
$h.Add('c', 3)
$h.Count
$h.ContainsKey('a')
$h.ContainsValue(3)
$h.Remove('a')
$h.Count
$h.a -eq $null
$h['B']
@{a=1}.Keys.GetType().Name -ne $null
<#stdout
3
True
True
2
True
2
True
#>

#### Hashtable duplicate key error
try { $h = @{}; $h.Add('x',1); $h.Add('x',2) } catch { $_.Exception.GetType().Name }
<#stdout
MethodInvocationException
#>

#### Hashtable addition
$a = @{x=1}
$b = @{y=2}
$c = $a + $b
$c.Count
try { $a + @{x=3} } catch { 'dup key' }
<#stdout
2
dup key
#>

# ---- Functions, parameter binding, scopes (about_Functions*, about_Scopes, about_Splatting)

#### Splat simple function unknown key goes to args
function SimpleTest { param([Alias('Key')] $Name, $Path) "Key: $Name; Path: $Path; Args: $args" }
$hash = @{ Name = "Hello"; Path = "World" }
SimpleTest @hash
$hash = @{ Name = "Hello" }
SimpleTest @hash -Path "Yeah"
SimpleTest -Path "Yeah" @hash
$hash = @{ Key = "Hello" }
SimpleTest @hash
<#stdout
Key: Hello; Path: World; Args: 
Key: Hello; Path: Yeah; Args: 
Key: Hello; Path: Yeah; Args: 
Key: Hello; Path: ; Args: 
#>

#### Splat unknown key simple function args
function SimpleTest { param($Name, $Path) "Key: $Name; Path: $Path; Args: $args" }
$hash = [ordered]@{ Name = "Hello"; Blah = "World" }
SimpleTest @hash
<#stdout
Key: Hello; Path: ; Args: -Blah: World
#>

#### Param defaults and types
function f { param([int]$n = 5, [string]$s = 'def', [switch]$sw) "$n $s $sw" }
f
f 3 'x' -sw
f -n '42'
f -sw:$false
<#stdout
5 def False
3 x True
42 def False
5 def False
#>

#### Mandatory param missing non-interactive
function f { param([Parameter(Mandatory)]$x) $x }
f -x 1
<#stdout
1
#>

#### Param binding type conversion error
function f { param([int]$n) $n }
try { f -n 'abc' } catch { $_.FullyQualifiedErrorId }
<#stdout
ParameterArgumentTransformationError,f
#>

#### Validateset and validaterange
function f { param([ValidateSet('a','b')]$x) $x }
f a
try { f c } catch { $_.FullyQualifiedErrorId }
function g { param([ValidateRange(1,10)][int]$n) $n }
g 5
try { g 11 } catch { $_.FullyQualifiedErrorId }
<#stdout
a
ParameterArgumentValidationError,f
5
ParameterArgumentValidationError,g
#>

#### Args and positional
function f { "count=$($args.Count) first=$($args[0])" }
f 1 2 3
f
function g($a, $b) { "a=$a b=$b rest=$args" }
g 1 2 3 4
<#stdout
count=3 first=1
count=0 first=
a=1 b=2 rest=3 4
#>

#### Pipeline function begin process end
function f {
    begin { 'begin' }
    process { "p:$_" }
    end { 'end' }
}
1,2 | f
<#stdout
begin
p:1
p:2
end
#>

#### Valuefrompipeline parameter
function f {
    param([Parameter(ValueFromPipeline)]$x)
    process { "got $x" }
}
1..3 | f
f -x 9
<#stdout
got 1
got 2
got 3
got 9
#>

#### Valuefrompipelinebypropertyname
function f {
    param([Parameter(ValueFromPipelineByPropertyName)]$Name, [Parameter(ValueFromPipelineByPropertyName)][Alias('Years')]$Age)
    process { "$Name is $Age" }
}
[pscustomobject]@{Name='a'; Age=1}, [pscustomobject]@{Name='b'; Years=2} | f
<#stdout
a is 1
b is 2
#>

#### Input automatic variable in end
function f { $input | ForEach-Object { $_ * 10 } }
1,2,3 | f
function g { @($input).Count }
1,2,3 | g
<#stdout
10
20
30
3
#>

#### Return semantics
function f { 'a'; return 'b'; 'c' }
f
function g { return }
$r = g
$null -eq $r
function hh { , @(1,2) }
(hh).Count
<#stdout
a
b
True
2
#>

#### Psboundparameters
function f { param($a, $b) $PSBoundParameters.Count; $PSBoundParameters.ContainsKey('b'); $PSBoundParameters['a'] }
f -a 1
<#stdout
1
False
1
#>

#### Cmdletbinding common parameters verbose
function f { [CmdletBinding()] param() Write-Verbose 'v msg'; 'out' }
f
<#stdout
out
#>

#### Parameter prefix matching
function f { param($Name, $Number) "$Name|$Number" }
f -Na x -Nu 2
<#stdout
x|2
#>

#### Ambiguous parameter prefix
function f { param($Name, $Number) "$Name|$Number" }
try { f -N x } catch { $_.FullyQualifiedErrorId }
<#stdout
AmbiguousParameter,f
#>

#### Scopes script global local
$x = 'outer'
function f { $x = 'inner'; $x }
f
$x
function g { $script:x = 'changed' }
g
$x
function hh { $global:gv1 = 'g' }
hh
$gv1
<#stdout
inner
outer
changed
g
#>

#### Private scope
$private:p = 'secret'
function f { "[$p]" }
f
$p
<#stdout
[]
secret
#>

#### Child scope reads parent
$v = 1
function f { $v + 1 }
f
& { $v = 10; f }
<#stdout
2
11
#>

# ---- switch, loops, ForEach-Object/Where-Object

#### Switch basic and default
switch (3) { 1 {'one'} 3 {'three'} default {'other'} }
switch ('x') { 'a' {'A'} default {'D'} }
<#stdout
three
D
#>

#### Switch multiple matches and break continue
switch (1) { 1 {'first'} 1 {'second'} }
switch (1) { 1 {'first'; break} 1 {'second'} }
switch (1,2,3) { 2 {'two'; continue} {$_ -gt 1} {"gt1 $_"} }
<#stdout
first
second
first
two
gt1 3
#>

#### Switch on array iterates
switch (1,2,3) { default { $_ * 10 } }
<#stdout
10
20
30
#>

#### Switch wildcard regex exact casesensitive
switch -Wildcard ('hello.txt') { '*.txt' {'text'} 'h*' {'h'} }
switch -Regex ('abc123') { '^\d+$' {'digits'} '\d+' {"has $($Matches[0])"} }
switch -CaseSensitive ('ABC') { 'abc' {'lower'} 'ABC' {'upper'} }
switch ('ABC') { 'abc' {'ci match'} }
switch -Exact ('a*') { 'a*' {'exact'} }
<#stdout
text
h
has 123
upper
ci match
exact
#>

#### Switch scriptblock condition and $_
switch (5) { {$_ -lt 3} {'small'} {$_ -ge 3} {'big'} }
<#stdout
big
#>

#### Switch empty array and null
switch (@()) { default {'never'} }
switch ($null) { $null {'null matched'} default {'def'} }
'end'
<#stdout
null matched
end
#>

#### Switch returns values to assignment
$r = switch (2) { 1 {'a'} 2 {'b'} }
$r
$r = switch ('q') { 'a' {1} }
$null -eq $r
<#stdout
b
True
#>

#### Switch break label from loop
foreach ($i in 1..3) { switch ($i) { 2 { break } default { $i } } }
'after'
<#stdout
1
3
after
#>

#### Switch type coercion
switch ('1') { 1 {'int one'} }
switch (1) { '1' {'string one'} }
switch (1.0) { 1 {'double eq'} }
<#stdout
int one
string one
double eq
#>

#### Switch regex with Matches groups
switch -Regex ('John Smith') { '(\w+) (\w+)' { "$($Matches[2]), $($Matches[1])" } }
<#stdout
Smith, John
#>

#### Loops do while until
$i = 0; do { $i++ } while ($i -lt 3); $i
$i = 0; do { $i++ } until ($i -ge 5); $i
$i = 0; while ($i -lt 3) { $i++ }; $i
for ($i = 0; $i -lt 3; $i++) { $i }
<#stdout
3
5
3
0
1
2
#>

#### Foreach over null and scalar
foreach ($x in $null) { 'ran' }
foreach ($x in 5) { "x=$x" }
$c = 0; foreach ($x in @()) { $c++ }; $c
<#stdout
x=5
0
#>

#### Foreach-object begin process end and -MemberName
1..3 | ForEach-Object -Begin { 'b' } -Process { $_ } -End { 'e' }
'a','bb' | ForEach-Object Length
'a','b' | ForEach-Object ToUpper
'a','b' | ForEach-Object -MemberName Replace -ArgumentList 'a','z'
<#stdout
b
1
2
3
e
1
2
A
B
z
b
#>

#### Foreach-object multiple process blocks
1,2 | ForEach-Object { 'begin' } { "p$_" } { 'end' }
<#stdout
begin
p1
p2
end
#>

#### Foreach-object $_ null and continue
1..5 | ForEach-Object { if ($_ -eq 3) { return }; $_ }
<#stdout
1
2
4
5
#>

#### Where-object forms
1..6 | Where-Object { $_ % 2 -eq 0 }
$o = [pscustomobject]@{n='a';v=1},[pscustomobject]@{n='b';v=2},[pscustomobject]@{n='c';v=3}
($o | Where-Object v -gt 1).n -join ','
($o | Where-Object n -eq 'b').v
($o | Where-Object -Property n -Like '[ab]').n -join ','
($o | Where-Object n -In 'a','c').n -join ','
($o | Where-Object -Property v -NotIn 1).n -join ','
($o | Where-Object n -Match '^c').v
($o | ? { $_.v -lt 2 }).n
<#stdout
2
4
6
b,c
2
a,b
a,c
b,c
3
a
#>

#### Where-object boolean property form
$o = [pscustomobject]@{n='a';on=$true},[pscustomobject]@{n='b';on=$false}
($o | Where-Object on).n
($o | Where-Object -Not on).n
<#stdout
a
b
#>

#### Where-object contains and is
$o = [pscustomobject]@{tags=@('x','y')},[pscustomobject]@{tags=@('z')}
($o | Where-Object tags -Contains 'z').tags
(1,'a',2.5 | Where-Object { $_ -is [int] })
<#stdout
z
1
#>

#### Where-object CEQ and case
('A','a' | Where-Object { $_ -ceq 'a' })
$o = [pscustomobject]@{n='A'},[pscustomobject]@{n='a'}
($o | Where-Object n -CEQ 'a').n
($o | Where-Object n -EQ 'a').n -join ','
<#stdout
a
a
A,a
#>

# ---- Format-Table.Tests.ps1, Out-String, Out-Default

#### Ft hashtable array value truncated at 4
$info = @{}
$info.array = (0..255)
$info | Format-Table | Out-String
<#stdout

Name                           Value
----                           -----
array                          {0, 1, 2, 3…}


#>

#### Ft null and empty with properties
$r = $null | Format-Table -Property "foo","bar" | Out-String
$r.Length
<#stdout
0
#>

#### Ft autosize
$IP1 = [PSCustomObject]@{'name'='Bob';'size'=1234;'booleanValue'=$true;}
$IP2 = [PSCustomObject]@{'name'='Jim';'size'=5678;'booleanValue'=$false;}
$IP1, $IP2 | Format-Table -AutoSize
<#stdout

name size booleanValue
---- ---- ------------
Bob  1234         True
Jim  5678        False

#>

#### Ft property selection and calculated
[pscustomobject]@{a=1;b=2;c=3} | Format-Table a, @{n='sum';e={$_.a+$_.c}}
<#stdout

a sum
- ---
1   4

#>

#### Out-string basics
$s = 'a','b' | Out-String
$s.Length
$s -eq "a`nb`n"
(1,2 | Out-String -Stream).Count
[pscustomobject]@{x=1} | Out-String -Stream | ForEach-Object { "[$_]" }
<#stdout
4
True
2
[]
[x]
[-]
[1]
[]
#>

#### Default output pscustomobject table vs list
[pscustomobject]@{a=1;b=2;c=3;d=4}
[pscustomobject]@{a=1;b=2;c=3;d=4;e=5}
<#stdout

a b c d
- - - -
1 2 3 4
1 2 3 4

#>

#### Numbers and booleans default output
1.5
[double]10
1e20
1/3
$true
[char]'x'
[decimal]'1.50'
<#stdout
1.5
10
1E+20
0.333333333333333
True
x
1.50
#>

#### Null and empty array output nothing
$null
@()
,@()
'x'
<#stdout
x
#>

#### Nested arrays output flattened one level
,(1,2)
@(@(1,2),3)
<#stdout
1
2
1
2
3
#>

# ---- Casts and type operators

#### Casts basic
[int]'42'
[int]3.5
[int]2.5
[int]-2.5
[string]42
[bool]'false'
[bool]0
[bool]''
[bool]'0'
[char]65
[int][char]'A'
[double]'1e3'
[int]'0x10'
[int]' 12 '
<#stdout
42
4
2
-2
42
True
False
False
True
A
65
1000
16
12
#>

#### Type operators
5 -is [int]
'5' -is [string]
5 -isnot [string]
'5' -as [int]
'abc' -as [int]
$null -eq ('abc' -as [int])
(1,2) -is [array]
@{} -is [hashtable]
[pscustomobject]@{} -is [psobject]
5 -is [ValueType]
<#stdout
True
True
True
5
True
True
True
True
True
#>

#### Cast errors
try { [int]'abc' } catch { $_.FullyQualifiedErrorId }
try { [int]'abc' } catch { $_.Exception.Message }
<#stdout
InvalidCastFromStringToInteger
Cannot convert value "abc" to type "System.Int32". Error: "The input string 'abc' was not in a correct format."
#>

#### Typed variable conversion sticks
[int]$n = '5'
$n = '7'
$n.GetType().Name
$n + 1
try { $n = 'x' } catch { 'failed' }
$n
<#stdout
Int32
8
failed
7
#>

#### Arithmetic results
7 / 2
6 / 2
(6 / 2).GetType().Name
7 % 3
-7 % 3
2 * 3.5
[int]::MaxValue + 1
10 / 4
1 / 8
[math]::Round(2.5)
[math]::Round(3.5)
[math]::Floor(-1.5)
[math]::Abs(-3)
[math]::Max(3, 9)
[math]::Pow(2, 10)
<#stdout
3.5
3
Int32
1
-1
7
2147483648
2.5
0.125
2
4
-2
3
9
1024
#>

#### Increment decrement and compound
$i = 5
$i++
$i
$i--
$i += 10
$i -= 3
$i *= 2
$i /= 4
$i
$i %= 4
$i
$s = 'a'; $s += 'b'; $s
$a = 1,2; $a += 3; $a -join ','
<#stdout
6
6
2
ab
1,2,3
#>

#### Bitwise operators
5 -band 3
5 -bor 3
5 -bxor 3
-bnot 5
1 -shl 4
256 -shr 2
<#stdout
1
7
6
-6
16
64
#>

#### Comparison null ordering
$null -eq $null
$null -lt 1
$null -gt 0
'' -eq $null
$null -eq @()
@($null).Count
(@($null, $null) -eq $null).Count
<#stdout
True
True
False
False
False
1
2
#>

#### String to number comparisons
'10' -gt '9'
10 -gt '9'
'abc' -lt 'abd'
'1' + 1
1 + '1'
'5' * 2
5 * '2'
<#stdout
False
True
True
11
2
55
10
#>

#### Hex and scientific string conversions
[int]'0xFF'
[double]'1.5e2'
'0x10' -eq 16
0x10 -eq '16'
<#stdout
255
150
False
True
#>

#### Convert via -as array
$r = '1','2' -as [int[]]
$r[1] + 1
<#stdout
3
#>

#### Regex type and escape
[regex]::Escape('a.b*c')
[regex]::Matches('a1b22c333', '\d+').Count
([regex]'\d+').Match('abc 42 x').Value
[regex]::Replace('aaa', 'a', 'b')
[regex]::Split('a1b2c', '\d') -join ','
[regex]::IsMatch('abc', '^a')
<#stdout
a\.b\*c
3
42
bbb
a,b,c
True
#>

# ---- Collections

#### Array methods and indexing
$a = 10,20,30,40
$a[0]
$a[-1]
$a[1..2] -join ','
$a[0,2] -join ','
$a[10]
$a.Length
$a.Count
$a -contains 20
<#stdout
10
40
20,30
10,30
4
4
True
#>

#### Array slicing reverse ranges
$a = 1..5
$a[-1..-3] -join ','
$a[2..0] -join ','
<#stdout
5,4,3
3,2,1
#>

#### Array out of bounds assignment error
$a = 1,2
try { $a[5] = 1 } catch { $_.FullyQualifiedErrorId }
<#stdout
IndexOutOfRange
#>

#### Member enumeration and count on scalars
$x = 5
$x.Count
$x.Length
$null.Count
(Get-Date -Year 2020 -Month 1 -Day 1).Count
<#stdout
1
1
0
1
#>

#### Unary comma and nested
$n = ,(1,2,3)
$n.Count
$n[0].Count
$e = @(,@())
$e.Count
<#stdout
1
3
1
#>

#### Array plus scalar
$a = @()
$a += 1
$a += 'x'
$a.Count
$a -join ','
<#stdout
2
1,x
#>

#### Sort and unique on arrays
$a = 3,1,2,3
($a | Sort-Object -Unique) -join ','
($a | Select-Object -Unique) -join ','
<#stdout
1,2,3
3,1,2
#>

#### Last exit and question mark after error
Write-Error 'x' -ErrorAction SilentlyContinue
$?
'ok'
$?
<#stdout
False
ok
True
#>

#### Write-output noenumerate
$r = Write-Output -NoEnumerate 1,2,3
$r.Count
(Write-Output 1,2,3 | Measure-Object).Count
(Write-Output -NoEnumerate 1,2,3 | Measure-Object).Count
<#stdout
3
3
1
#>

#### Tee-object variable
$r = 1,2 | Tee-Object -Variable t | ForEach-Object { $_ * 10 }
$r -join ','
$t -join ','
<#stdout
10,20
1,2
#>

#### Out-null and void
1 | Out-Null
[void](2)
$null = 3
'end'
<#stdout
end
#>

#### Get-member on pscustomobject
[pscustomobject]@{a=1;b='x'} | Get-Member -MemberType NoteProperty | ForEach-Object { "$($_.Name) $($_.MemberType) $($_.Definition)" }
<#stdout
a NoteProperty int a=1
b NoteProperty string b=x
#>

#### Get-member typename
'abc' | Get-Member | Select-Object -First 1 -ExpandProperty TypeName
(1 | Get-Member -Name ToString).MemberType
<#stdout
System.String
Method
#>

# ---- Streams and errors

#### Write-host to stdout
Write-Host 'hello' -NoNewline
Write-Host ' world'
Write-Host 1 2 3
Write-Host -Object (1,2) -Separator '-'
<#stdout
hello world
1 2 3
1-2
#>

#### Write-error nonterminating continues
Write-Error 'bad'
'after'
<#stdout
after
#>
<#stderr-contains
bad
#>

#### Throw terminates script
'before'
throw 'stop here'
'never'
<#stdout
before
#>
<#stderr-contains
stop here
#>
<#exit 1#>

#### Exit code
'x'
exit 3
'y'
<#stdout
x
#>
<#exit 3#>

#### Errorvariable append and error record fields
Write-Error -Message 'm1' -ErrorId 'MyId' -Category InvalidData -TargetObject 'tgt' -ErrorAction SilentlyContinue -ErrorVariable ev
$ev[0].FullyQualifiedErrorId
$ev[0].CategoryInfo.Category
$ev[0].TargetObject
<#stdout
MyId
InvalidData
tgt
#>

#### $error collection order
$Error.Clear()
Write-Error 'first' -ErrorAction SilentlyContinue
Write-Error 'second' -ErrorAction SilentlyContinue
$Error.Count
"$($Error[0])"
<#stdout
2
second
#>

#### ErrorActionPreference SilentlyContinue
$ErrorActionPreference = 'SilentlyContinue'
Write-Error 'quiet'
'continues'
<#stdout
continues
#>

#### Terminating error in pipeline stops
function f { process { if ($_ -eq 2) { throw "two" }; $_ } }
try { 1,2,3 | f } catch { "caught $_" }
<#stdout
1
caught two
#>

#### Try catch finally with exit codes ordering
function f { try { 'try' } finally { 'finally' } }
f
<#stdout
try
finally
#>
