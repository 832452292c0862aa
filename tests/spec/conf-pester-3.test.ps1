# Conformance cases, third round: arithmetic and assignment operators, type operators, regex
# ($Matches, named groups, -replace substitutions), wildcards, array slicing and the intrinsic
# Where/ForEach methods, script blocks, scopes, Get-Date -Format, Tee-Object, Write-Output.
# Expectations are PowerShell 7's output (from PowerShell's Pester tests or the about_* docs).

#### Arithmetic division modulo and rounding casts
7/2
-7/2
7%3
-7%3
[int]7.5
[int]6.5
[int]-2.5
[math]::Round(2.5), [math]::Round(3.5)
(6/3).GetType().Name
(7/2).GetType().Name
([int]::MaxValue + 1).GetType().Name
(1.5).GetType().Name, (1d).GetType().Name
<#stdout
3.5
-3.5
1
-1
8
6
-2
2
4
Int32
Double
Double
Double
Decimal
#>

#### Arithmetic left operand decides type
"4" + 5
5 + "4"
"abc" * 3
(@(1,2) * 2) -join ','
1kb + 1mb
(5 -shl 2), (-8 -shr 1)
10 / 4 -as [int]
[int]"0x10"
<#stdout
45
9
abcabcabc
1,2,1,2
1049600
20
-4
2
16
#>

#### Assignment compound operators
$a = 3; $a += 2; $a
$a -= 1; $a
$a *= 3; $a
$a /= 4; $a
$a %= 2; $a
$s = 'abc'; $s += 'def'; $s
$s *= 2; $s
$h = @{a=1}; $h += @{b=2}; $h.Count
$x = $null; $x += 1; $x
$y = $null; $y += 'str'; $y
<#stdout
5
4
12
3
1
abcdef
abcdefabcdef
2
1
str
#>

#### Assignment null-coalescing increment and chains
$z ??= 5; $z
$z ??= 6; $z
$n = 1; $n++; $n; ++$n; $n
$m = 5; $m--; --$m; $m
$i = 0; $r = $i++; "$r $i"
$i = 0; $r = ++$i; "$r $i"
$p, $q, $rest = 1, 2, 3, 4
"$p|$q|$rest"
$e1 = $e2 = 'same'; "$e1 $e2"
[int]$t = '42'; $t.GetType().Name
<#stdout
5
5
2
3
3
0 1
1 1
1|2|3 4
same same
Int32
#>

#### Assignment += type of left side
$arr = 1,2; $arr += ,(3,4); $arr.Count
$u = 'x'; $u += 1, 2; $u
$v = 1; $v += '2'; $v
$w = '1'; $w += 2; $w
$h2 = @{}; $h2.k += 3; $h2.k
$o = [pscustomobject]@{c=1}; $o.c += 10; $o.c
$ar = 1,2,3; $ar[1] += 5; $ar -join ','
<#stdout
3
x1 2
3
12
3
11
1,7,3
#>

#### Type operators is isnot as
(get-date) -is [DateTime]
(get-date) -isnot [DateTime]
1 -is [int]
1 -is [ValueType]
1 -is [object]
@(1) -is [array]
@(1) -is [object[]]
$null -is [object]
(1,2) -is [System.Collections.IEnumerable]
"12" -as [int]
$null -eq ("abc" -as [int])
"12" -as "int"
1 -is "int"
[int] -is [type]
(1 -as [string]).GetType().Name
3.7 -as [int]
"0x1F" -as [int]
@{a=1} -is [hashtable]
[ordered]@{a=1} -is [System.Collections.Specialized.OrderedDictionary]
[pscustomobject]@{a=1} -is [psobject]
1 -isnot [string]
<#stdout
True
False
True
True
True
True
True
False
True
12
True
12
True
True
String
4
31
True
True
True
True
#>

#### Regex named groups in Matches
'Hello World' -match '(?<first>\w+)\s(?<second>\w+)'
$Matches.first
$Matches['second']
$Matches[0]
$Matches.Count
'abc' -notmatch 'x'
$Matches.first
'test' -match 'T'
'test' -cmatch 'T'
<#stdout
True
Hello
World
Hello World
3
True
Hello
True
False
#>

#### Regex replace substitutions and scriptblock
"John D. Smith" -replace '(\w+) (\w+)\. (\w+)', '$3, $1 $2.'
'Hello World' -replace '(?<a>\w+) (?<b>\w+)', '${b} ${a}'
'ABC' -replace '[A-C]', { [char]([int][char]$_.Value + 1) }
'a1b2' -replace '\d', { $_.Value * 2 }
'xyz' -replace 'y', '$$'
'xyz' -replace 'y', '$0$0'
'aaa' -creplace 'A', 'b'
'aaa' -ireplace 'A', 'b'
"book" -replace "B", "C"
"book" -creplace "B", "C"
'Hello' -replace 'l'
<#stdout
Smith, John D.
World Hello
BCD
a11b22
x$z
xyyz
aaa
bbb
Cook
book
Heo
#>

#### Regex static Matches and Match
([regex]::Matches('a1b22c333', '\d+')).Count
[regex]::Matches('a1b22c333', '\d+') | ForEach-Object { $_.Value }
([regex]'\d+').Matches('a12') | ForEach-Object { $_.Value }
[regex]::Match('ab12','\d+').Value
$m = 'the quick' | Select-String -Pattern '(\w+) (\w+)'
$m.Matches[0].Groups[2].Value
<#stdout
3
1
22
333
12
12
quick
#>

#### Wildcards like operator
# WildcardPattern has no [!x] negation: '!' is a literal member of the set.
'abc' -like 'a*'
'abc' -like 'a?c'
'abc' -like '[a-c]bc'
'abc' -like '[!a]bc'
'dbc' -like '[!a]bc'
'a[b' -like 'a`[b'
'a*b' -like 'a`*b'
'ABC' -clike 'a*'
'abc' -notlike '*d'
'a' -like ''
'' -like ''
'' -like '*'
'abc' -like 'abc*'
'file.txt','file.ps1','readme.md' -like '*.t*'
<#stdout
True
True
True
True
False
True
True
False
True
False
True
True
True
file.txt
#>

#### Array slicing negative and reversed ranges
$a = 0..9
$a[-1]
$a[-3..-1] -join ','
$a[2..4] -join ','
$a[0,2,4] -join ','
$a[1..-1] -join ','
$a[,0+2..4] -join ','
$a += 10
$a.Count
$a.GetType().Name
$b = @()
$b.Count
$b += 'x'
$b.GetType().FullName
$c = 1,2,3
$null -eq $c[5]
$c.IndexOf(2)
[array]::IndexOf($c, 3)
<#stdout
9
7,8,9
2,3,4
0,2,4
1,0,9
0,2,3,4
11
Object[]
0
System.Object[]
True
1
2
#>

#### Intrinsic Where and ForEach methods
$c = 1,2,3
$c.Where({$_ -gt 1}) -join ','
$c.Where({$_ -gt 1}, 'First') -join ','
$c.Where({$_ -gt 0}, 'Last', 2) -join ','
$c.Where({$_ -gt 1}, 'SkipUntil') -join ','
$c.Where({$_ -eq 2}, 'Until') -join ','
$x, $y = $c.Where({$_ % 2}, 'Split')
$x -join ','
$y -join ','
$c.ForEach({$_ * 2}) -join ','
$c.ForEach('ToString') -join ','
(1,2,3).ForEach([string]) | % GetType | % Name
$s = 'a','bb','ccc'
$s.ForEach('Length') -join ','
$s.ForEach({$_.ToUpper()})
[int[]]$t = 1,2,3
$t += 4
$t.GetType().Name
<#stdout
2,3
2
2,3
2,3
1
1,3
2
2,4,6
1,2,3
String
String
String
1,2,3
A
BB
CCC
Int32[]
#>

#### Script block invocation forms
$sb = { param($p1, $p2) "p1: $p1, p2: $p2" }
& $sb -p2 'b' -p1 'a'
$sb.Invoke(1,2)
$sb.InvokeReturnAsIs(3,4)
$sb.GetType().FullName
"$sb"
$a = { $args[0] * 2 }
& $a 21
$m = { param([int]$n = 5) $n * 2 }
& $m
& $m -n 3
(& { 1; 2 }).Count
function Test-It { param([scriptblock]$S) & $S }
Test-It { 'in sb' }
<#stdout
p1: a, p2: b
p1: 1, p2: 2
p1: 3, p2: 4
System.Management.Automation.ScriptBlock
 param($p1, $p2) "p1: $p1, p2: $p2" 
42
10
6
2
in sb
#>

#### Script block scope dot-source return and named blocks
$x = 1
& { $x = 2; $x }
$x
. { $x = 3 }
$x
$g = { "before"; return "ret"; "after" }
& $g
$f = { begin { 'b' } process { "p$_" } end { 'e' } }
1,2 | & $f
<#stdout
2
1
3
before
ret
b
p1
p2
e
#>

#### Scopes modifiers and Get-Variable -Scope
$x = 'script'
function f1 { $x = 'local'; "f1 $x"; "parent: $(Get-Variable x -Scope 1 -ValueOnly)" }
f1
function f2 { Set-Variable -Name x -Value 'set1' -Scope 1 }
f2; $x
function f3 { $script:x = 's3' }
f3; $x
function f4 { $global:gv = 'g'; }
f4; $gv
$private:p = 'priv'
function f5 { "p=[$p]" }
f5
Get-Variable -Name x -Scope script -ValueOnly
$local:y = 5
$y
function f7 { $x; $x = 'shadow'; $x }
f7
$x
& { $script:z = 'fromblock' }; $z
<#stdout
f1 local
parent: script
set1
s3
g
p=[]
s3
5
s3
shadow
s3
fromblock
#>

#### Get-Date Format custom strings
$d = [datetime]'2020-01-01'
Get-Date -Date $d -Format 'MMM-dd-yy'
Get-Date -Date '2020-01-01' -Format 'yyyy/MM/dd'
Get-Date -Date '1/2/2020' -Format 'yyyy-MM-dd'
Get-Date -Date '2020-01-01 13:05:00' -Format 'hh:mm tt'
Get-Date -Date $d -Format 'dddd, MMMM d, yyyy'
$d.ToString('yyyy-MM-ddTHH:mm:ss')
$d.AddDays(40).ToString('d')
$d.DayOfWeek
$d.DayOfYear
$d.Ticks
Get-Date -Year 2021 -Month 3 -Day 4 -Format 'yyyyMMdd'
<#stdout
Jan-01-20
2020/01/01
2020-01-02
01:05 PM
Wednesday, January 1, 2020
2020-01-01T00:00:00
2/10/2020
Wednesday
1
637134336000000000
20210304
#>

#### Tee-Object and Write-Output enumeration
1,2,3 | Tee-Object -Variable tv | % { $_ * 10 }
$tv -join ','
'a','b' | Write-Output
Write-Output 1,2 | Measure-Object | % Count
Write-Output -InputObject 1,2 -NoEnumerate | Measure-Object | % Count
Write-Output @() | Measure-Object | % Count
<#stdout
10
20
30
1,2,3
a
b
2
1
0
#>

#### Where-Object and ForEach-Object forms
1,2,3 | Where-Object -FilterScript { $_ -ge 2 } | % { "v$_" }
'a','','b',$null | Where-Object { $_ } | Measure-Object | % Count
1..5 | Where-Object { $_ -in 2,4 }
1..3 | ForEach-Object -Begin { $s = 0 } -Process { $s += $_ } -End { $s }
1..2 | ForEach-Object { $_; return; 'no' }
'abc','de' | ForEach-Object -MemberName Substring 1
'a-b' | ForEach-Object Split '-'
$null = 1..2 | ForEach-Object { $bar = 100 }
Get-Variable -Name bar -Scope 0 -ValueOnly
<#stdout
v2
v3
2
2
4
6
1
2
bc
e
a
b
100
#>
