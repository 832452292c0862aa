# Arrays, hashtables, custom objects and indexing (about_Arrays, about_Hash_Tables,
# about_PSCustomObject, about_Member-Access_Enumeration, Array.Tests.ps1).

#### Slices with ranges, negative indexes
$a = 1..5
$a[1..3] -join ','
$a[-1]
$a[-2..-1] -join ','
<#stdout
2,3,4
5
4,5
#>

#### An index out of range gives $null; slices leave such indexes out
$a = 1, 2, 3
$null -eq $a[10]
$a[0, 10].Count
<#stdout
True
1
#>

#### A slice keeps $null elements
$b = 1, $null, 3
$b[0, 1, 2].Count
<#stdout
3
#>

#### Indexing a string gives a [char]
'hello'[1]
'hello'[1].GetType().FullName
'hello'[-1]
<#stdout
e
System.Char
o
#>

#### Indexing a scalar with 0 gives the scalar; $null cannot be indexed
(5)[0]
$n = $null
$n[0]
<#stdout
5
#>
<#stderr-contains
Cannot index into a null array.
#>
<#exit 1#>

#### @() always makes an array and does not nest
@().Count
@(1).Count
@(@(1, 2)).Count
@($null).Count
<#stdout
0
1
2
1
#>

#### The unary comma wraps a value in a one-element array
$q = , 1
$q.Count
(, (1, 2)).Count
<#stdout
1
1
#>

#### An array written to the pipeline is unrolled one level
$nested = (1, 2), (3, 4)
($nested | Measure-Object).Count
<#stdout
2
#>

#### A function's array output is unrolled; a comma keeps it whole
function Many { 1, 2, 3 }
function One { , (1, 2, 3) }
(Many | Measure-Object).Count
(One | Measure-Object).Count
<#stdout
3
1
#>

#### Member enumeration reads a property of every element
$users = [pscustomobject]@{ N = 'a' }, [pscustomobject]@{ N = 'b' }
$users.N -join ','
('ab', 'cde').Length
<#stdout
a,b
2
#>

#### Hashtables: member and index access, Count, Keys, missing keys
$h = @{ a = 1 }
$h.b = 2
$h['c'] = 3
$h.Count
$h.a + $h['b'] + $h.C
$null -eq $h.missing
<#stdout
3
6
True
#>

#### [ordered] keeps insertion order
$o = [ordered]@{ z = 1; a = 2; m = 3 }
$o.Keys -join ','
<#stdout
z,a,m
#>

#### Hashtable methods
$h = @{ a = 1 }
$h.ContainsKey('A')
$h.Add('b', 2)
$h.Remove('a')
$h.Keys -join ','
<#stdout
True
b
#>

#### Nested hashtables
$u = @{ a = @{ b = 5 } }
$u.a.b
<#stdout
5
#>

#### [pscustomobject] properties keep their order and can be set
$p = [pscustomobject]@{ Name = 'n'; Value = 5 }
$p.Value = 6
"$($p.Name) $($p.Value)"
<#stdout
n 6
#>

#### Adding to an array makes a new, longer array
$list = @()
$list += 1
$list += 2, 3
$list.Count
<#stdout
3
#>

#### Arrays compare element-wise with -contains and filter with -eq
$a = 1, 2, 3, 2
$a -contains 2
($a -eq 2).Count
<#stdout
True
2
#>

#### Array methods
$a = 'x', 'y'
$a.Contains('y')
$a.IndexOf('y')
<#stdout
True
1
#>

#### Strings expand arrays with $OFS
$a = 1, 2, 3
"$a"
$OFS = '-'
"$a"
<#stdout
1 2 3
1-2-3
#>
