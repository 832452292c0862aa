# Literals (about_Numeric_Literals, about_Booleans, about_Automatic_Variables, about_Parsing;
# Parser.Tests.ps1 "Numerical Notations"). Outputs are what PowerShell 7 prints.

#### Decimal integers are Int32 until they no longer fit
42
(42).GetType().Name
2147483647
(2147483648).GetType().Name
<#stdout
42
Int32
2147483647
Int64
#>

#### An integer too large for Int64 is a decimal, then a double
9223372036854775807
(9223372036854775808).GetType().Name
9223372036854775808
99999999999999999999999999999
<#stdout
9223372036854775807
Decimal
9223372036854775808
1E+29
#>

#### Hexadecimal literals
0x10
0xff
0XFF
0x7FFFFFFF
0x100000000
<#stdout
16
255
255
2147483647
4294967296
#>

#### Eight or sixteen hex digits are read as a signed pattern
0xFFFFFFFF
0x80000000
0xFFFFFFFFFFFFFFFF
0x0FFFFFFFF
<#stdout
-1
-2147483648
-1
4294967295
#>

#### Binary literals and the sign bit at 8, 16, 32 and 64 digits
0b101
0b10
0b11111111
0b011111111
0b11111111u
<#stdout
5
2
-1
255
255
#>

#### Multipliers kb mb gb tb pb
1kb
1mb
1gb
1tb
1pb
<#stdout
1024
1048576
1073741824
1099511627776
1125899906842624
#>

#### Multipliers are case-insensitive and apply to reals and hex
1KB
1Mb
2.5kb
0x10kb
<#stdout
1024
1048576
2560
16384
#>

#### A multiplier that pushes past Int32 widens to Int64
(2gb).GetType().Name
(1gb).GetType().Name
<#stdout
Int64
Int32
#>

#### A real literal with an integer suffix rounds half to even
2.5l
3.5l
3.72y
-3.72s
1.5uy
<#stdout
2
4
4
-4
2
#>

#### Suffixes with a multiplier
1lkb
2dkb
<#stdout
1024
2048
#>

#### Decimal suffix
1d
(1d).GetType().Name
1.50d
<#stdout
1
Decimal
1.50
#>

#### Real literals are doubles
1.5
.5
1.
1e3
(1e3).GetType().Name
1.0
<#stdout
1.5
0.5
1
1000
Double
1
#>

#### Doubles print with 15 significant digits
1/3
2/3
0.1 + 0.2
1/1.9
123456789.123456789
<#stdout
0.333333333333333
0.666666666666667
0.3
0.526315789473684
123456789.123457
#>

#### Large and small doubles switch to exponent notation
1e15
1e14
1e-5
0.0001
1.5e20
-2.5e-7
<#stdout
1E+15
100000000000000
1E-05
0.0001
1.5E+20
-2.5E-07
#>

#### Negative literals
-1
-0x10
-1kb
- 5
<#stdout
-1
-16
-1024
-5
#>

#### Booleans and null
$true
$false
$null
$null -eq $null
[string]$null -eq ''
<#stdout
True
False
True
True
#>

#### Boolean constants are case-insensitive variables
$TRUE
$False
<#stdout
True
False
#>

#### In command mode a token that is not a number is a string
Write-Output 7z
Write-Output 2+2
Write-Output (2+2)
<#stdout
7z
2+2
4
#>

#### Argument-mode examples from about_Parsing
$a = 4
Write-Output $a+2
Write-Output a$a
Write-Output a'$a'
Write-Output a"$a"
Write-Output a$(2)
Write-Output !1
Write-Output (!1)
Write-Output $-
<#stdout
4+2
a4
a$a
a4
a2
!1
False
$-
#>

#### A numeric argument still computes as a number
Write-Output 0x10 | ForEach-Object { $_ + 1 }
Write-Output 1kb | ForEach-Object { $_ * 2 }
<#stdout
17
2048
#>

#### En dash, em dash and horizontal bar are dashes
5 –eq 5
10 —gt 3
7 ―lt 3
–5 + 1
<#stdout
True
True
False
-4
#>

#### Dash look-alikes in compound assignment and parameters
$x = 5
$x –= 2
$x
Write-Output –InputObject 'dash'
<#stdout
3
dash
#>

#### Numbers in a comma list make an array
$a = 1, 0x2, 3kb
$a.Count
$a[2]
<#stdout
3
3072
#>

#### Char literals come from casts
[char]65
[int][char]'A'
[char]0x263A
<#stdout
A
65
☺
#>

#### Numeric literal followed by a member access
(0x10).ToString()
1.5.ToString()
<#stdout
16
1.5
#>

#### Casts chain from right to left
[int][char]'A'
[string][int]'42'
[int] [char] 'a'
<#stdout
65
42
97
#>
