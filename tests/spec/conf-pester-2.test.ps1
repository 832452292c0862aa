# Conformance cases, second round: Format-Table/List edge cases, Out-String, Compare-Object,
# splatting, automatic variables, hashtables, quoting, validation attributes, switch, redirection,
# -f formats, Select/Group/Measure shapes, Get-Member, Add-Member, variable cmdlets, JSON.
# Expectations are PowerShell 7's output (from PowerShell's Pester tests or the about_* docs).

#### FT implicit autosize values wider than header
$obj = [pscustomobject]@{abc="1234";bcd="123"},[pscustomobject]@{abc="1";bcd="1234"}
($obj | Format-Table | Out-String).Replace("`r","").Replace(" ",".").Replace("`n","^")
$obj = [pscustomobject]@{abc="123";bcd="1234"},[pscustomobject]@{abc="1";bcd="123"}
($obj | Format-Table | Out-String).Replace("`r","").Replace(" ",".").Replace("`n","^")
<#stdout
^abc..bcd^---..---^1234.123^1....1234^^
^abc.bcd^---.---^123.1234^1...123^^
#>

#### FT header justification
([PSCustomObject]@{a="abc";b=123} | Format-Table | Out-String).Replace("`r","").Replace(" ",".").Replace("`n","^")
([PSCustomObject]@{a=123;b="abc"} | Format-Table | Out-String).Replace("`r","").Replace(" ",".").Replace("`n","^")
([PSCustomObject]@{a=123;b=123} | Format-Table | Out-String).Replace("`r","").Replace(" ",".").Replace("`n","^")
<#stdout
^a.....b^-.....-^abc.123^^
^..a.b^..-.-^123.abc^^
^..a...b^..-...-^123.123^^
#>

#### FT wrap multiline rows
$obj = [pscustomobject] @{A=1;B=2;Name="This`nIs some random`nmultiline content"}
($obj | Format-Table -Wrap | Out-String).Replace("`r","").Replace(" ",".").Replace("`n","^")
$obj = [pscustomobject] @{A=1;Name="This`nIs some random`nmultiline content";B=2}
($obj | Format-Table -Wrap | Out-String).Replace("`r","").Replace(" ",".").Replace("`n","^")
<#stdout
^A.B.Name^-.-.----^1.2.This^....Is.some.random^....multiline.content^^
^A.Name..................................B^-.----..................................-^1.This..................................2^..Is.some.random^..multiline.content^^
#>

#### FT wrap multiline left column
$obj = [pscustomobject] @{Name="This`nIs some random`nmultiline content";A=1;B=2}
($obj | Format-Table -Wrap | Out-String).Replace("`r","").Replace(" ",".").Replace("`n","^")
<#stdout
^Name..................................A.B^----..................................-.-^This..................................1.2^Is.some.random^multiline.content^^
#>

#### FT calculated width center
$output = [pscustomobject] @{ one = 1 } | Format-Table @{ l='one'; e='one'; width=10; alignment='center' } | Out-String
$output.Replace("`r","").Replace(" ",".").Replace("`n","^")
<#stdout
^...one^...---^....1^^
#>

#### FT FormatEnumerationLimit
$FormatEnumerationLimit = 1
(Format-Table -inputobject @{'test'= 1, 2} | Out-String) -match "test\s+{1…}"
$FormatEnumerationLimit = -1
(Format-Table -inputobject @{'test'= 1, 2} | Out-String) -match "test\s+{1, 2}"
$FormatEnumerationLimit = 2
(Format-Table -inputobject @{'test'= 1, 2} | Out-String) -match "test\s+{1, 2}"
<#stdout
True
True
True
#>

#### FT hashtable array values
$info = @{}
$info.array = 0..255
$info | Format-Table | Out-String -Stream | Where-Object { $_ }
<#stdout
Name                           Value
----                           -----
array                          {0, 1, 2, 3…}
#>

#### FL hashtable array
$info = @{}
$info.array = 0..255
$info | Format-List
<#stdout

Name  : array
Value : {0, 1, 2, 3…}

#>

#### FL double byte
$obj = [pscustomobject]@{ "哇" = "62"; "dbda" = "KM"; "消息" = "千" }
($obj | Format-List | Out-String).Replace("`n","^")
<#stdout
^哇   : 62^dbda : KM^消息 : 千^^
#>

#### FL numbers not truncated
$o = [PSCustomObject]@{ double = [double]1234.56789; float = [float]9876.543; decimal = [decimal]4567.123456789 }
$o | Format-List
<#stdout

double  : 1234.56789
float   : 9876.543
decimal : 4567.123456789

#>

#### FT double byte
$obj = [pscustomobject]@{ "哇" = "62"; "dbda" = "KM"; "消息" = "千" }
($obj | Format-Table | Out-String).Replace("`n","^")
<#stdout
^哇 dbda 消息^-- ---- ----^62 KM   千^^
#>

#### FL multiple objects
[pscustomobject]@{a=1;bb=2},[pscustomobject]@{a=3;bb=4} | Format-List
<#stdout

a  : 1
bb : 2

a  : 3
bb : 4

#>

#### Compare-Object syncwindow
$r = Compare-Object -ReferenceObject (1..15) -DifferenceObject (15..1) -SyncWindow 6
$r[0..3] | ForEach-Object { "$($_.InputObject) $($_.SideIndicator)" }
<#stdout
15 =>
1 <=
1 =>
15 <=
#>

#### Compare-Object scriptblock property
$a = [version]"1.2.3.4"
$b = [version]"5.6.7.8"
$result = Compare-Object $a $b -IncludeEqual -Property {$_.Major},{$_.Minor}
$result[0] | Select-Object -ExpandProperty "*Major"
$result[0].SideIndicator
$result[1] | Select-Object -ExpandProperty "*Minor"
<#stdout
5
=>
2
#>

#### Compare-Object empty sides
$result = Compare-Object @() @()
$null -eq $result
$result = Compare-Object @() @("diffObject")
"$($result.InputObject) $($result.SideIndicator)"
$result = Compare-Object @("refObject") @()
"$($result.InputObject) $($result.SideIndicator)"
<#stdout
True
diffObject =>
refObject <=
#>

#### Compare-Object default table
Compare-Object "a","b" "b","c"
<#stdout

InputObject SideIndicator
----------- -------------
c           =>
a           <=

#>

#### Compare-Object null reference error
try { Compare-Object -ReferenceObject $nothere -DifferenceObject 1,2 -ErrorAction Stop } catch { $_.FullyQualifiedErrorId }
<#stdout
ParameterArgumentValidationErrorNullNotAllowed,Microsoft.PowerShell.Commands.CompareObjectCommand
#>

#### Out-String wildcard property name
$results = new-object psobject | add-member -passthru noteproperty 'name with square brackets: [0]' 'myvalue' | out-string
$results.Contains("myvalue")
$results.Contains("name with square brackets: [0]")
<#stdout
True
True
#>

#### Splatting array and hashtable
function Test { param($a, $b, $c) "a=$a b=$b c=$c" }
$arr = 1, 2
Test @arr 3
$h = @{ c = 'C'; a = 'A' }
Test @h -b 'B'
<#stdout
a=1 b=2 c=3
a=A b=B c=C
#>

#### Splatting switch value
function T2 { param([switch]$s, $x) "s=$s x=$x" }
$h = @{ s = $true; x = 5 }
T2 @h
$h = @{ s = $false }
T2 @h
<#stdout
s=True x=5
s=False x=
#>

#### Splatting explicit parameter supersedes splat
function T3 { param($a) $a }
$h = @{ a = 1 }
T3 @h -a 2
<#stdout
2
#>

#### PSBoundParameters splat forwarding
function Inner { param($Name, $Count) "$Name/$Count" }
function Outer { param($Name, $Count, $Extra) $null = $PSBoundParameters.Remove('Extra'); Inner @PSBoundParameters }
Outer -Name n -Count 3 -Extra x
<#stdout
n/3
#>

#### PSBoundParameters keys and ContainsKey
function F { param($a, $b = 2) $PSBoundParameters.Keys -join ','; $PSBoundParameters.ContainsKey('b'); $PSBoundParameters.Count }
F -a 1
<#stdout
a
False
1
#>

#### Args automatic
function G { "count=$($args.Count)"; $args[1]; $args.GetType().Name }
G x y z
<#stdout
count=3
y
Object[]
#>

#### MyInvocation BoundParameters and line
function HH { param($x) $MyInvocation.BoundParameters['x'] }
HH -x 42
<#stdout
42
#>

#### Input enumerator in function
function Sum { $t = 0; foreach ($i in $input) { $t += $i }; $t }
1..4 | Sum
function Cnt { @($input).Count }
1..3 | Cnt
<#stdout
10
3
#>

#### Hashtable ordered and keys
$h = [ordered]@{ z = 1; a = 2 }
$h.Keys -join ','
$h[0]
$h.GetType().Name
$h.Insert(0, 'first', 0)
$h.Keys -join ','
<#stdout
z,a
1
OrderedDictionary
first,z,a
#>

#### Hashtable display
$h = [ordered]@{ Number = 1; Shape = "Square"; Color = "Blue" }
$h
<#stdout

Name                           Value
----                           -----
Number                         1
Shape                          Square
Color                          Blue

#>

#### Hashtable remove, contains, count
$h = @{ a = 1; b = 2 }
$h.Remove('a')
$h.ContainsKey('a')
$h.Count
$h['zz']
$null -eq $h.zz
$h.Add('c', 3)
$h.Count
<#stdout
False
1
True
2
#>

#### Hashtable keys case insensitive and numeric keys
$h = @{ Key = 'v' }
$h.KEY
$h = @{ 1 = 'one'; '1' = 'string one' }
$h[1]
$h['1']
<#stdout
v
one
string one
#>

#### Hashtable nested dot
$h = @{ a = @{ b = @{ c = 'deep' } } }
$h.a.b.c
$h.a.b.c = 'changed'
$h['a']['b']['c']
<#stdout
deep
changed
#>

#### Hashtable GetEnumerator sort
$h = @{ b = 2; a = 1; c = 3 }
$h.GetEnumerator() | Sort-Object Name | ForEach-Object { "$($_.Key)=$($_.Value)" }
$h.GetEnumerator() | Sort-Object Value -Descending | Select-Object -First 1 | ForEach-Object Name
<#stdout
a=1
b=2
c=3
c
#>

#### Hashtable to pscustomobject and ordered keys
$o = [pscustomobject]@{ Name = 'x'; Id = 1 }
$o.psobject.Properties.Name -join ','
$o
<#stdout
Name,Id

Name Id
---- --
x     1

#>

#### Quoting rules
$i = 5
"The value of $i is $i."
'The value of $i is $i.'
"The value of `$i is $i."
"Use a quotation mark (`") to begin a string."
'don''t'
"As they say, ""live and learn."""
"$($i + 1) and $i+1"
<#stdout
The value of 5 is 5.
The value of $i is $i.
The value of $i is 5.
Use a quotation mark (") to begin a string.
don't
As they say, "live and learn."
6 and 5+1
#>

#### Here-string quoting
$a = 'x'
@"
For help, type "get-help"
$a and `$a
"@
@'
$a literal 'single'
'@
<#stdout
For help, type "get-help"
x and $a
$a literal 'single'
#>

#### String expansion of property requires subexpression
$p = [pscustomobject]@{ Name = 'N' }
"$p.Name"
"$($p.Name)"
$arr = 1,2,3
"$arr[1]"
"$($arr[1])"
<#stdout
@{Name=N}.Name
N
1 2 3[1]
2
#>

#### OFS in expansion
$arr = 1,2,3
$OFS = '-'
"$arr"
Remove-Variable OFS
"$arr"
<#stdout
1-2-3
1 2 3
#>

#### ValidateRange messages
function F { param([ValidateRange(1,5)][int]$x) $x }
try { F -x 10 } catch { $_.Exception.Message }
try { F -x 0 } catch { $_.Exception.Message }
try { F -x 10 } catch { $_.FullyQualifiedErrorId }
<#stdout
Cannot validate argument on parameter 'x'. The 10 argument is greater than the maximum allowed range of 5. Supply an argument that is less than or equal to 5 and then try the command again.
Cannot validate argument on parameter 'x'. The 0 argument is less than the minimum allowed range of 1. Supply an argument that is greater than or equal to 1 and then try the command again.
ParameterArgumentValidationError,F
#>

#### ValidateSet message
function F { param([ValidateSet('a','b','c')]$x) $x }
try { F -x d } catch { $_.Exception.Message }
F -x B
<#stdout
Cannot validate argument on parameter 'x'. The argument "d" does not belong to the set "a,b,c" specified by the ValidateSet attribute. Supply an argument that is in the set and then try the command again.
B
#>

#### Parameter alias and AllowNull
function F { param([Alias('CN')]$ComputerName) $ComputerName }
F -CN box1
<#stdout
box1
#>

#### Switch statement file-less forms
switch -Wildcard ('abc', 'xyz') { 'a*' { "A: $_" } '*z' { "Z: $_" } default { "none: $_" } }
switch -Regex ('foo123') { '\d+' { $Matches[0] } }
switch (3) { {$_ -gt 2} { 'big' } 3 { 'three' } }
<#stdout
A: abc
Z: xyz
123
big
three
#>

#### Switch exact and casesensitive
switch -Exact ('a*') { 'a*' { 'exact' } }
switch -CaseSensitive ('ABC') { 'abc' { 'lower' } 'ABC' { 'upper' } }
switch ('ABC') { 'abc' { 'ci' } }
<#stdout
exact
upper
ci
#>

#### Switch default only and break
$r = switch (1, 2, 3) { 2 { 'two'; break } default { "d$_" } }
$r -join ','
<#stdout
d1,two
#>

#### Redirection to null and merging
function W { Write-Output 'out'; Write-Error 'err' -ErrorAction Continue; Write-Warning 'warn' }
W 2>$null 3>$null
$r = W 2>&1 3>&1
$r.Count
$r[1].GetType().Name
$r[2].GetType().Name
<#stdout
out
3
ErrorRecord
WarningRecord
#>

#### Redirect all streams
function W { 'o'; Write-Verbose 'v' -Verbose; Write-Information 'i' }
$r = W *>&1
$r.Count
($r | ForEach-Object { $_.GetType().Name }) -join ','
<#stdout
3
String,VerboseRecord,InformationRecord
#>

#### Format operator specifiers
"{0:N2}" -f 1234.567
"{0:D5}" -f 42
"{0:X}" -f 255
"{0:x4}" -f 255
"{0,6}|{1,-6}|" -f 'ab','cd'
"{0:0.00}" -f 3.14159
"{0:#,##0}" -f 1234567
"{0:E2}" -f 12345.678
"{{literal}} {0}" -f 'x'
<#stdout
1,234.57
00042
FF
00ff
    ab|cd    |
3.14
1,234,567
1.23E+004
{literal} x
#>

#### ToString formats
(1234.5).ToString('N1')
(42).ToString('000')
[math]::Round(2.5)
[math]::Round(3.14159, 2)
(255).ToString('X2')
<#stdout
1,234.5
042
2
3.14
FF
#>

#### Select-Object calculated property forms
$o = [pscustomobject]@{ a = 1; b = 2 }
$o | Select-Object @{ Name = 'Sum'; Expression = { $_.a + $_.b } }, @{ l = 'A2'; e = { $_.a * 2 } }, @{ n = 'B'; e = 'b' }
<#stdout

Sum A2 B
--- -- -
  3  2 2

#>

#### Select-Object ExpandProperty
$o = [pscustomobject]@{ Name = 'n'; Items = 1, 2, 3 }
$o | Select-Object -ExpandProperty Items
($o | Select-Object -ExpandProperty Name).GetType().Name
<#stdout
1
2
3
String
#>

#### Select-Object missing expand property error
try { [pscustomobject]@{a=1} | Select-Object -ExpandProperty zz -ErrorAction Stop } catch { $_.FullyQualifiedErrorId }
<#stdout
ExpandPropertyNotFound,Microsoft.PowerShell.Commands.SelectObjectCommand
#>

#### Select-Object property on hashtable input
@{ a = 1; b = 2 } | Select-Object -Property a
<#stdout

a
-
1

#>

#### Select-Object index and skip
1..10 | Select-Object -Index 0, 2, 4
1..10 | Select-Object -Skip 7
1..5 | Select-Object -SkipLast 3
<#stdout
1
3
5
8
9
10
1
2
#>

#### Group-Object output properties
$g = 'a', 'b', 'a', 'c', 'a' | Group-Object
$g[0].Name
$g[0].Count
$g[0].Group -join ','
$g[0].GetType().Name
($g | Sort-Object Count -Descending | Select-Object -First 1).Name
<#stdout
a
3
a,a,a
GroupInfo
a
#>

#### Group-Object values property multi key
$g = [pscustomobject]@{a=1;b='x'}, [pscustomobject]@{a=1;b='x'}, [pscustomobject]@{a=2;b='y'} | Group-Object a, b
$g[0].Name
$g[0].Values[1]
$g.Count
<#stdout
1, x
x
2
#>

#### Measure-Object text mode
"one two", "three" | Measure-Object -Line -Word -Character
<#stdout

Lines Words Characters Property
----- ----- ---------- --------
    2     3         12 

#>

#### Measure-Object numeric default output
1..5 | Measure-Object -Sum -Average -Maximum -Minimum
<#stdout

Count             : 5
Average           : 3
Sum               : 15
Maximum           : 5
Minimum           : 1
StandardDeviation : 
Property          : 

#>

#### Get-Member on pscustomobject
[pscustomobject]@{ a = 1; b = 'x' } | Get-Member -MemberType NoteProperty
<#stdout

   TypeName: System.Management.Automation.PSCustomObject

Name MemberType   Definition
---- ----------   ----------
a    NoteProperty int a=1
b    NoteProperty string b=x

#>

#### Get-Member names and typename
$m = 'abc' | Get-Member -Name Length
$m.Name
$m.MemberType
$m.TypeName
$m.Definition
<#stdout
Length
Property
System.String
int Length {get;}
#>

#### Add-Member forms
$o = [pscustomobject]@{ a = 1 }
$o | Add-Member -NotePropertyName b -NotePropertyValue 2
$o | Add-Member -MemberType ScriptProperty -Name c -Value { $this.a + $this.b }
$o | Add-Member -MemberType ScriptMethod -Name Twice -Value { param($n) $n * 2 }
$o | Add-Member -NotePropertyMembers @{ d = 4 }
$o.c
$o.Twice(5)
$o.d
$o | Add-Member -MemberType AliasProperty -Name AA -Value a
$o.AA
<#stdout
3
10
4
1
#>

#### Add-Member existing member error and force
$o = [pscustomobject]@{ a = 1 }
try { $o | Add-Member -NotePropertyName a -NotePropertyValue 2 -ErrorAction Stop } catch { $_.FullyQualifiedErrorId }
$o | Add-Member -NotePropertyName a -NotePropertyValue 2 -Force
$o.a
<#stdout
MemberAlreadyExists,Microsoft.PowerShell.Commands.AddMemberCommand
2
#>

#### Add-Member passthru and typename
$o = New-Object psobject | Add-Member -PassThru -NotePropertyName x -NotePropertyValue 1 -TypeName My.Type
$o.PSObject.TypeNames[0]
$o.x
<#stdout
My.Type
1
#>

#### Variable cmdlets
New-Variable -Name v1 -Value 10
Get-Variable v1 -ValueOnly
Set-Variable -Name v1 -Value 20
$v1
Clear-Variable v1
$null -eq $v1
Remove-Variable v1
try { Get-Variable v1 -ErrorAction Stop } catch { $_.FullyQualifiedErrorId }
<#stdout
10
20
True
VariableNotFound,Microsoft.PowerShell.Commands.GetVariableCommand
#>

#### New-Variable existing error and readonly
New-Variable -Name v2 -Value 1
try { New-Variable -Name v2 -Value 2 -ErrorAction Stop } catch { $_.FullyQualifiedErrorId }
New-Variable -Name ro -Value 1 -Option ReadOnly
try { $ro = 2 } catch { $_.FullyQualifiedErrorId }
Set-Variable ro -Value 3 -Force
$ro
<#stdout
VariableAlreadyExists,Microsoft.PowerShell.Commands.NewVariableCommand
VariableNotWritable
3
#>

#### Get-Variable wildcard and object
$abc1 = 1; $abc2 = 2
(Get-Variable abc* | ForEach-Object Name) -join ','
(Get-Variable abc1).Value
(Get-Variable abc1).GetType().Name
<#stdout
abc1,abc2
1
PSVariable
#>

#### ConvertTo-Json basics
@{ a = 1 } | ConvertTo-Json
[pscustomobject]@{ n = 'x'; arr = 1, 2; b = $true; z = $null } | ConvertTo-Json -Compress
1, 2 | ConvertTo-Json -Compress
'a"b' | ConvertTo-Json
<#stdout
{
  "a": 1
}
{"n":"x","arr":[1,2],"b":true,"z":null}
[1,2]
"a\"b"
#>

#### ConvertTo-Json depth and AsArray
[pscustomobject]@{ a = [pscustomobject]@{ b = [pscustomobject]@{ c = 1 } } } | ConvertTo-Json -Compress -Depth 1
1 | ConvertTo-Json -AsArray -Compress
<#stdout
WARNING: Resulting JSON is truncated as serialization has exceeded the set depth of 1.
{"a":{"b":"@{c=1}"}}
[1]
#>

#### ConvertFrom-Json array enumerates
$r = '[1,2,3]' | ConvertFrom-Json
$r.Count
('[1,2]' | ConvertFrom-Json -NoEnumerate).Count
<#stdout
3
2
#>

#### Write-Output NoEnumerate and unary comma
function F { , (1, 2, 3) }
(F).Count
function G { Write-Output -NoEnumerate (1, 2) }
(G).Count
<#stdout
3
2
#>

#### Trap continue
function T { trap { "trapped: $_"; continue } ; 'before'; throw 'boom'; 'after' }
T
<#stdout
before
trapped: boom
after
#>

#### Static member and type accelerators
[int]::MaxValue
[string]::IsNullOrEmpty('')
[string]::Join('-', 1, 2, 3)
[math]::Max(3, 7)
[char]65
[int][char]'a'
<#stdout
2147483647
True
1-2-3
7
A
97
#>
