# Member access, methods and the .NET collections scripts use, as PowerShell 7 prints them.
# Sources: PowerShell's Pester tests and about_* topics (see /tmp/conformance/findings.md items
# 2-5, 8, 13-19); each expected output is PowerShell 7's.

#### No Python attribute is visible as a member, in any letter case
'abc'.Count
'abc'.upper
'x'.join
'abc'.Upper
$null -eq 'abc'.upper
(5).Count
$null.Count
([pscustomobject]@{a=1}).Count
<#stdout
1
True
1
0
1
#>

#### Calling a method on $null is an error, never a Python type
try { $null.GetType() } catch { $_.FullyQualifiedErrorId; $_.Exception.Message; $_.Exception.GetType().Name }
<#stdout
InvokeMethodOnNull
You cannot call a method on a null-valued expression.
RuntimeException
#>

#### GetEnumerator yields DictionaryEntry objects with Key, Value and Name
$h = [ordered]@{a=1;b=2}
$h.GetEnumerator() | ForEach-Object { "$($_.Key):$($_.Value):$($_.Name)" }
$h.GetType().FullName
@($h.GetEnumerator())[0].GetType().FullName
<#stdout
a:1:a
b:2:b
System.Collections.Specialized.OrderedDictionary
System.Collections.DictionaryEntry
#>

#### An ordered dictionary is indexed by position and has Insert and RemoveAt
$o = [ordered]@{z=1; a=2; m=3}
$o[0]; $o[1]
$o.Insert(0, 'first', 0); $o.Keys -join ','
$o.RemoveAt(0); $o.RemoveAt(0); $o.Keys -join ','
$o[0] = 10; $o.a
<#stdout
1
2
first,z,a,m
a,m
10
#>

#### Hashtable methods and properties
$h = @{a=1}
$h.ContainsKey('A'); $h.ContainsValue(1)
$h.Add('b',2); $h.Count
$h.Remove('a'); $h.Keys -join ','
$h.Clear(); $h.Count
$h = @{x=1;y=2}; ($h.Keys | Sort-Object) -join ','; ($h.Values | Measure-Object -Sum).Sum
try { $h.Add('x', 3) } catch { $_.FullyQualifiedErrorId }
<#stdout
True
True
2
b
0
x,y
3
ArgumentException
#>

#### The intrinsic Where and ForEach methods
(1,2,3,4).Where({$_ -gt 2}) -join ','
(1,2,3).ForEach({$_ * 2}) -join ','
(1..10).Where({$_ % 2}, 'First', 2) -join ','
('a','b').ForEach('ToUpper') -join ','
(1..4).Where({$_ % 2}).Count
(5).ForEach({$_ + 1})
('1','2').ForEach([int]) | ForEach-Object { $_.GetType().Name }
('ab','c').ForEach('Length') -join ','
<#stdout
3,4
2,4,6
1,3
A,B
2
6
Int32
Int32
2,1
#>

#### Where selection modes: Last, SkipUntil, Until, Split
(1..10).Where({$_ -gt 7}, 'Last') -join ','
(1..10).Where({$_ -gt 7}, 'Last', 2) -join ','
(1..10).Where({$_ -gt 5}, 'SkipUntil') -join ','
(1..10).Where({$_ -gt 5}, 'Until') -join ','
$a, $b = (1..6).Where({$_ -gt 3}, 'Split'); $a -join ','; $b -join ','
<#stdout
10
9,10
6,7,8,9,10
1,2,3,4,5
4,5,6
1,2,3
#>

#### ArrayList: Add returns the index, and the list methods
$al = New-Object System.Collections.ArrayList
$al.Add('a')
$al.Add('b')
[void]$al.Add('c')
$al.Count
$al.Insert(0, 'z'); $al -join ','
$al.Remove('b'); $al.RemoveAt(0); $al -join ','
$al.AddRange(@('d','e')); $al.Contains('d'); $al.IndexOf('e')
$al.Reverse(); $al -join ','
$al.Sort(); $al -join ','
$al.GetType().FullName
$al.ToArray().GetType().Name
$x = [System.Collections.ArrayList]@(1,2); $x.Add(3); $x -join ','
$y = [System.Collections.ArrayList]::new(); $y.Count
<#stdout
0
1
3
z,a,b,c
a,c
True
3
e,d,c,a
a,c,d,e
System.Collections.ArrayList
Object[]
2
1,2,3
0
#>

#### Generic List and Dictionary
$l = [System.Collections.Generic.List[string]]::new(); $l.Add('x'); $l.Add(5)
$l.GetType().Name; $l.Count; $l[1].GetType().Name
$n = New-Object 'System.Collections.Generic.List[int]'; $n.Add('7'); $n[0] + 1
$l.Remove('x'); $l -join ','
$d = [System.Collections.Generic.Dictionary[string,int]]::new()
$d['a'] = '5'; $d['a'] + 1
$d.Add('b', 2); $d.ContainsKey('b'); $d.ContainsKey('B'); $d.Count; $d.GetType().Name
$d.Remove('a')
<#stdout
List`1
2
String
8
True
5
6
True
False
2
Dictionary`2
True
#>

#### Typed arrays keep their element type; arrays are of a fixed size
([string[]](1,2)).GetType().Name
([int[]]('1','2')).GetType().FullName
$s = [string[]]@('a'); $s -is [string[]]; $s -is [object[]]; (1,2) -is [string[]]
$a = 1,2; try { $a.Add(3) } catch { $_.Exception.Message }
(1,2,3).Rank
<#stdout
String[]
System.Int32[]
True
True
False
Exception calling "Add" with "1" argument(s): "Collection was of a fixed size."
1
#>

#### String methods CompareTo, Insert, Remove, Chars
"String".CompareTo($())
'a'.CompareTo('b')
'Hello'.Insert(2,'__')
'Hello'.Remove(1,2)
'abc'.Chars(1)
<#stdout
1
-1
He__llo
Hlo
b
#>

#### Static members of [string], [array] and [object]
[string]::Format('{0}!','hi')
[string]::Concat('a','b','c')
[string]::new('x', 3)
[string]::Join('-', @('a','b'))
[string]::IsNullOrEmpty('')
[string]::IsNullOrWhiteSpace(' ')
[string]::Empty.Length
[array]::IndexOf((10,20,30), 30)
$a = 1,2,3; [array]::Reverse($a); $a -join ','
[array]::Sort($a); $a -join ','
[object]::ReferenceEquals($a, $a)
$c = $a.Clone(); $c[0] = 9; $a -join ','; $c -join ','
<#stdout
hi!
abc
xxx
a-b
True
True
0
2
3,2,1
1,2,3
True
1,2,3
9,2,3
#>

#### ScriptBlock Invoke and InvokeReturnAsIs
$sb = { param($x) $x * 2 }
$sb.Invoke(5)
$sb.InvokeReturnAsIs(4)
$sb2 = { 1; 2 }; $sb2.Invoke().Count
<#stdout
10
8
2
#>

#### Type literals answer with the .NET names
[int].Name
[int].FullName
[string].FullName
[datetime].Name
[hashtable].FullName
<#stdout
Int32
System.Int32
System.String
DateTime
System.Collections.Hashtable
#>

#### PSTypeName names a custom object's type; Select-Object adds Selected.*
$obj = [PSCustomObject]@{pstypename = 'Mytype'; a = 1}
$obj.PSTypeNames[0]
$obj.psobject.Properties.Name
$o = [PSCustomObject]@{ Name = 1 }
$o.pstypenames.Count
($o | Select-Object).pstypenames[0]
<#stdout
Mytype
a
2
Selected.System.Management.Automation.PSCustomObject
#>

#### psobject Properties can be added, matched and removed; Copy is a separate object
$p = [pscustomobject]@{ a = 1; b = 'x' }
$p.psobject.Properties.Add([psnoteproperty]::new('c', 3)); $p.c
$p.psobject.Properties.Remove('a'); $p.psobject.Properties.Name -join ','
($p.psobject.Properties.Match('*') | Measure-Object).Count
$q = $p.psobject.Copy(); $q.b = 'y'; $p.b
<#stdout
3
b,c
2
x
#>

#### A DateTime converted to string uses the invariant culture; ToString() and display the current one
$d = [datetime]'2020-01-02 13:04:05'
[string]$d
"x" + $d
($d, 1) -join ','
$d.ToString()
<#stdout
01/02/2020 13:04:05
x01/02/2020 13:04:05
01/02/2020 13:04:05,1
1/2/2020 1:04:05 PM
#>

#### A DateTime inside an expandable string (fixed)
$d = [datetime]'2020-01-02 13:04:05'
"$d"
<#stdout
01/02/2020 13:04:05
#>

#### Select-Object -Skip with -SkipLast, and -ExpandProperty of a hashtable's own properties
("1","2","3" | Select-Object -Skip 1 -SkipLast 1) -join ','
(1..10 | Select-Object -Skip 2 -SkipLast 3) -join ','
@{ Value = 10 } | Select-Object -ExpandProperty Keys
@{ a=10;b=20;c=30 } | Select-Object -ExpandProperty Count
<#stdout
2
3,4,5,6,7
Value
3
#>

#### Select-Object -Property with -ExpandProperty adds the properties to the expanded values
$o = [pscustomobject]@{Name='n'; Items=@([pscustomobject]@{v=1}, [pscustomobject]@{v=2})}
$r = $o | Select-Object -Property Name -ExpandProperty Items
$r[0].Name; $r[1].v
<#stdout
n
2
#>

#### Select-Object -Property with -ExpandProperty on string values
$o = [pscustomobject]@{Name='n'; Items=@('x','y')}
($o | Select-Object -Property Name -ExpandProperty Items)[0].Name
<#stdout
#>
<#divergence PowerShell prints n: it attaches the Name note property to the PSObject wrapping the string 'x'; lyncshell's strings are plain values that cannot carry note properties#>

#### Sort-Object: Ascending decides between conflicting order keys
$e1 = [pscustomobject]@{FirstName='john'; LastName='smith'; YearsInMS=5}
$e2 = [pscustomobject]@{FirstName='joesph'; LastName='smith'; YearsInMS=15}
$e3 = [pscustomobject]@{FirstName='john'; LastName='smyth'; YearsInMS=2}
$employees = @($e1, $e2, $e3)
($employees | Sort-Object -Property @{e='YearsInMS'; descending=$false; ascending=$false} -Descending).YearsInMS -join ','
($employees | Sort-Object -Property @{e='YearsInMS'; descending=$false; ascending=$true} -Descending).YearsInMS -join ','
($employees | Sort-Object -Property @{e='YearsInMS'; descending=$false} -Descending).YearsInMS -join ','
<#stdout
15,5,2
2,5,15
2,5,15
#>

#### Sort-Object -Unique keeps the tie .NET's unstable sort puts first; -Stable keeps input order
$e1 = [pscustomobject]@{FirstName='john'; LastName='smith'; YearsInMS=5}
$e2 = [pscustomobject]@{FirstName='joesph'; LastName='smith'; YearsInMS=15}
$e3 = [pscustomobject]@{FirstName='john'; LastName='smyth'; YearsInMS=12}
$employees = @($e1, $e2, $e3)
($employees | Sort-Object -Property LastName -Descending -Unique).YearsInMS -join ','
($employees | Sort-Object -Property LastName, FirstName -Descending -Unique -CaseSensitive).YearsInMS -join ','
((1..20) | Sort-Object {$_ % 3} -Stable -Unique -Descending) -join ','
((1..20) | Sort-Object {$_ % 3} -Stable) -join ','
<#stdout
12,15
12,5,15
2,1,3
3,6,9,12,15,18,1,4,7,10,13,16,19,2,5,8,11,14,17,20
#>

#### [version]: parse, parts, compare, sort
$v = [version]'1.2.3'
$v.Major; $v.Minor; $v.Build; $v.Revision
"$v"
$v -gt [version]'1.2'; $v -lt '1.10'; $v -eq '1.2.3'
([version]'1.10', [version]'1.9' | Sort-Object) -join ','
[version]::new(2, 0).ToString()
$v.GetType().FullName
try { [version]'abc' } catch { $_.FullyQualifiedErrorId }
<#stdout
1
2
3
-1
1.2.3
True
True
True
1.9,1.10
2.0
System.Version
InvalidCastParseTargetInvocation
#>
