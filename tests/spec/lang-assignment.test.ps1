# Assignment (about_Assignment_Operators, Parser.Tests.ps1 "multiple assignment").

#### Compound assignment operators
$t = 3
$t += 4
$t -= 1
$t *= 4
$t /= 3
$t %= 5
$t
<#stdout
3
#>

#### += on strings concatenates
$s = 'x'
$s += 'y'
$s
<#stdout
xy
#>

#### Multiple assignment gives the rest to the last variable
$a, $b = 1, 2, 3
$a
$b -join ','
<#stdout
1
2,3
#>

#### Multiple assignment with too few values leaves $null
$a, $b, $c = 1, 2
$null -eq $c
<#stdout
True
#>

#### Swapping with multiple assignment
$a = 1; $b = 2
$a, $b = $b, $a
"$a $b"
<#stdout
2 1
#>

#### A typed variable keeps its type on later assignments
[int]$x = '5'
$x = '7'
$x + 1
$x.GetType().FullName
<#stdout
8
System.Int32
#>

#### Assigning a value that does not convert to a typed variable fails
[int]$x = 1
$x = 'abc'
"x is $x"
<#stdout
x is 1
#>
<#stderr-contains
Cannot convert value "abc" to type "System.Int32".
#>

#### A typed variable can be re-declared with another type
[int]$x = 1
[string]$x = 'now a string'
$x
<#stdout
now a string
#>

#### A typed parameter is a typed variable inside the function
function F { param([int]$n) $n = '12'; $n.GetType().Name }
F 1
<#stdout
Int32
#>

#### ++ and -- on variables, members and indexes
$i = 5
$i++
$i--
--$i
$i
$h = @{ n = 1 }
$h.n++
$h.n
$p = [pscustomobject]@{ Value = 10 }
$p.Value--
$p.Value
$arr = 1, 2, 3
$arr[1]++
$arr -join ','
<#stdout
4
2
9
1,3,3
#>

#### Postfix and prefix values
$i = 1
($i++)
(++$i)
<#stdout
1
3
#>

#### Compound assignment on members and indexes
$h = @{ a = 1 }
$h.a += 10
$arr = 1, 2, 3
$arr[0] *= 5
$h.a
$arr -join ','
<#stdout
11
5,2,3
#>

#### ??= assigns only when the variable is $null
$z = $null
$z ??= 'first'
$z ??= 'second'
$z
<#stdout
first
#>

#### An assignment writes nothing unless parenthesised
$a = 5
($b = 6)
<#stdout
6
#>

#### Assigning to $null discards the value
$null = Write-Output 'discarded'
'kept'
<#stdout
kept
#>

#### Assigning a pipeline's output
$users = Get-CsUser -Identity 'Ken Myer'
$users.DisplayName
$count = (1..10 | Where-Object { $_ -gt 5 }).Count
$count
<#stdout
Ken Myer
5
#>

#### Assigning to a property that does not exist on a custom object fails
$p = [pscustomobject]@{ a = 1 }
$p.b = 2
<#stderr-contains
The property 'b' cannot be found on this object. Verify that the property exists and can be set.
#>
<#exit 1#>
