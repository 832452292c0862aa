# Conversions and casts (about_Type_Operators, about_Booleans, about_Arithmetic_Operators,
# LanguagePrimitives rules). Outputs are what PowerShell 7 prints.

#### [int] rounds half to even
[int]2.5
[int]3.5
[int]-2.5
[int](5/2)
[int](7/2)
[int]1.4999
<#stdout
2
4
-2
2
4
1
#>

#### [int] from strings
[int]'42'
[int]' 12 '
[int]'0x10'
[int]'1e3'
[int]'-7'
[int]''
<#stdout
42
12
16
1000
-7
0
#>

#### [int] from a string that is not a number fails
[int]'abc'
<#stderr-contains
Cannot convert value "abc" to type "System.Int32". Error: "The input string 'abc' was not in a correct format."
#>
<#exit 1#>

#### [int] overflow fails
[int]'3000000000'
<#stderr-contains
Cannot convert value "3000000000" to type "System.Int32". Error: "Value was either too large or too small for an Int32."
#>
<#exit 1#>

#### [long] and [double] casts
[long]'3000000000'
[double]'1.5'
[double]'1e3'
[double]1/3
[long]2.5
<#stdout
3000000000
1.5
1000
0.333333333333333
2
#>

#### [string] casts
[string]1.5
[string]42
[string]$true
[string](1, 2, 3)
[string]$null
"[$([string]$null)]"
<#stdout
1.5
42
True
1 2 3

[]
#>

#### [string] of a double uses 15 significant digits
[string](1/3)
[string]1e20
[string]0.1
<#stdout
0.333333333333333
1E+20
0.1
#>

#### [bool] follows PowerShell truthiness
[bool]'False'
[bool]''
[bool]0
[bool]1
[bool]-1
[bool]$null
[bool]'0'
[bool]0.0
<#stdout
True
False
False
True
True
False
True
False
#>

#### [bool] of collections
[bool]@()
[bool]@($false)
[bool]@(1)
[bool]@($false, $false)
<#stdout
False
False
True
True
#>

#### [array] wraps a scalar
$a = [array]5
$a.Count
$a.GetType().Name
<#stdout
1
Object[]
#>

#### [int[]] converts each element
$a = [int[]]('1', '2', '3')
$a[0] + $a[1]
<#stdout
3
#>

#### [string[]] converts each element
$a = [string[]](1, 2)
$a[0] + $a[1]
<#stdout
12
#>

#### [hashtable] and [ordered]
$h = [ordered]@{ z = 1; a = 2 }
$h.Keys -join ','
$h.GetType().Name
$t = [hashtable]@{ k = 'v' }
$t.k
<#stdout
z,a
OrderedDictionary
v
#>

#### [pscustomobject] makes an object with properties
$o = [pscustomobject]@{ Name = 'Ken'; Age = 42 }
$o.Name
$o.Age
$o.GetType().Name
<#stdout
Ken
42
PSCustomObject
#>

#### [regex] casts
$r = [regex]'a(b+)'
'xabbby' -match $r
$Matches[1]
'ac' -match $r
<#stdout
True
bbb
False
#>

#### [datetime] from a string
$d = [datetime]'2012-10-01 14:30:00'
$d.Year
$d.Month
$d.Hour
$d.ToString('yyyy-MM-dd HH:mm')
<#stdout
2012
10
14
2012-10-01 14:30
#>

#### [datetime] uses the invariant culture (month first)
([datetime]'10/01/2012').Month
<#stdout
10
#>

#### [char] conversions
[char]'a'
[char]97
[int][char]'a'
<#stdout
a
a
97
#>

#### [char] from a longer string fails
[char]'ab'
<#stderr-contains
Cannot convert value "ab" to type "System.Char". Error: "String must be exactly one character long."
#>
<#exit 1#>

#### -as returns null instead of failing
'abc' -as [int]
$null -eq ('abc' -as [int])
'12' -as [int]
'1.5' -as [double]
5 -as [string]
<#stdout
True
12
1.5
5
#>

#### Typed variables convert on every assignment
[int]$n = '5'
$n = '7'
$n + 1
[string]$s = 42
$s + 1
<#stdout
8
421
#>

#### Strings compare to numbers by conversion of the right operand
'10' -lt '9'
10 -lt '9'
'10' -lt 9
<#stdout
True
False
True
#>

#### Numeric strings in arithmetic
'10' - 3
'10' / 4
'3' * '4'
'2.5' - 1
<#stdout
7
2.5
3333
1.5
#>

#### $null in arithmetic
$null + 1
1 + $null
$null * 5
"[$($null + 'a')]"
<#stdout
1
1
[a]
#>

#### Booleans in arithmetic
$true + $true
$true + 1
1 + $true
<#stdout
2
2
2
#>

#### Hexadecimal strings convert in arithmetic
'0x10' + 0
0 + '0x10'
<#stdout
0x100
16
#>

#### Casting to a type that does not exist fails
[nosuchtype]'x'
<#stderr-contains
Unable to find type [nosuchtype].
#>
<#exit 1#>

#### Casting a double to a long rounds half to even
[long]3.5
[long]4.5
[int16]2.5
[byte]254.5
<#stdout
4
4
2
254
#>

#### Rounding past the range of the target type fails
[byte]255.5
<#stderr-contains
Error: "Value was either too large or too small for an unsigned byte."
#>
<#exit 1#>

#### [decimal] casts keep decimal digits
[decimal]'1.10'
[decimal]'1e3'
[decimal]0.1
([decimal]5).GetType().Name
[int]2.5d
1.5d -is [decimal]
<#stdout
1.10
1000
0.1
Decimal
2
True
#>

#### Converting out of range for a byte fails
[byte]300
<#stderr-contains
Cannot convert value "300" to type "System.Byte". Error: "Value was either too large or too small for an unsigned byte."
#>
<#exit 1#>
