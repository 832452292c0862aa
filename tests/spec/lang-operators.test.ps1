# Operators (about_Comparison_Operators, about_Arithmetic_Operators, about_Logical_Operators,
# about_Operators, about_Split, about_Join, about_Type_Operators; Language/Operators/*.Tests.ps1).
# Outputs are what PowerShell 7 prints.

#### Equality is case-insensitive unless -c
'abc' -eq 'ABC'
'abc' -ceq 'ABC'
'abc' -ieq 'ABC'
'abc' -ne 'ABC'
'abc' -cne 'ABC'
<#stdout
True
False
True
False
True
#>

#### Ordering compares strings by culture, not ordinal
'aaa' -clt 'AAA'
'AAA' -cgt 'aaa'
'aaa' -lt 'AAA'
'macOS' -clt 'MacOS'
'a' -lt 'b'
'B' -gt 'a'
<#stdout
True
True
False
True
True
True
#>

#### Numeric comparisons
5 -gt 3
5 -ge 5
5 -lt 3
5 -le 5
2 -eq 2.0
<#stdout
True
True
False
True
True
#>

#### The right operand is converted to the left operand's type
'10' -eq 10
10 -eq '10.0'
'1.0' -eq 1
2 -eq '2'
'2' -lt 10
2 -lt '10'
<#stdout
True
True
False
True
False
True
#>

#### Booleans on the left convert the right with truthiness
$true -eq 'false'
$false -eq ''
$true -eq 1
$false -eq 0
<#stdout
True
True
True
True
#>

#### Null comparisons
$null -eq 0
0 -eq $null
'' -eq $null
$null -eq $null
$null -ne 'x'
<#stdout
False
False
False
True
True
#>

#### A collection on the left filters
1, 2, 3 -eq 2
1, 2, 3 -gt 1
1, 2, 3, 2 -ne 2
<#stdout
2
2
3
1
3
#>

#### A filter with no matches is an empty array
$r = 1, 2 -eq 3
$r.Count
$r.GetType().Name
<#stdout
0
Object[]
#>

#### Filtering out nulls
(1, $null, 2 -ne $null).Count
$a = @($null, $null)
($a -eq $null).Count
<#stdout
2
2
#>

#### Nested arrays are compared as elements
(1, 2, @(3, 4) -eq 3).Count
<#stdout
0
#>

#### Collection -like returns the matching strings
'ab', 'ac', 'b' -like 'a*'
'ab', 'ac', 'b' -notlike 'a*'
<#stdout
ab
ac
b
#>

#### Wildcards in -like
'abc' -like 'a*'
'abc' -like 'a?c'
'abc' -like '[a-c]bc'
'abc' -like '[xyz]bc'
'abc' -like 'b*'
'ABC' -clike 'abc'
'a*c' -like 'a`*c'
'abc' -like 'a`*c'
'' -like '*'
<#stdout
True
True
True
False
False
False
True
False
True
#>

#### -match sets $Matches
'abc' -match 'b(c)'
$Matches[0]
$Matches[1]
'2012-10-01' -match '(?<year>\d{4})-(?<month>\d\d)'
$Matches.year
$Matches['month']
<#stdout
True
bc
c
True
2012
10
#>

#### A failed -match leaves $Matches alone
'abc' -match 'b' | Out-Null
'xyz' -match 'q'
$Matches[0]
<#stdout
False
b
#>

#### -match on a collection filters and does not set $Matches
$Matches = $null
'apple', 'banana', 'cherry' -match 'an'
$null -eq $Matches
<#stdout
banana
True
#>

#### -match is case-insensitive unless -cmatch
'ABC' -match 'b'
'ABC' -cmatch 'b'
'ABC' -notmatch 'x'
<#stdout
True
False
True
#>

#### -replace with regex and substitutions
'hello world' -replace 'o', '0'
'abc' -replace '(b)', '[$1]'
'abc' -replace 'b'
'a.b' -replace '\.', '$$'
'John Smith' -replace '(?<first>\w+) (?<last>\w+)', '${last}, ${first}'
'abc' -replace 'b', '<$0>'
<#stdout
hell0 w0rld
a[b]c
ac
a$b
Smith, John
a<b>c
#>

#### -replace is case-insensitive unless -creplace
'ABC' -replace 'b', 'x'
'ABC' -creplace 'b', 'x'
<#stdout
AxC
ABC
#>

#### -replace on a collection replaces in each element
'aa', 'ba' -replace 'a', 'c'
<#stdout
cc
bc
#>

#### -replace with a scriptblock
'a1b22' -replace '\d+', { [int]$_.Value * 2 }
<#stdout
a2b44
#>

#### -split keeps empty strings and capture groups
'1,2,,3' -split ','
'a1b2c' -split '(\d)'
<#stdout
1
2

3
a
1
b
2
c
#>

#### -split with a maximum count
'a,b,c,d' -split ',', 2
'a,b,c,d' -split ',', -2
<#stdout
a
b,c,d
a,b,c
d
#>

#### -split with SimpleMatch and -csplit
'a.b.c' -split '.', 0, 'SimpleMatch'
'aXbxc' -csplit 'x'
'aXbxc' -split 'x'
<#stdout
a
b
c
aXb
c
a
b
c
#>

#### Unary -split splits on whitespace and trims
-split "  a b  c "
(-split " one  two ").Count
<#stdout
a
b
c
2
#>

#### -join
1, 2, 3 -join '-'
-join (1, 2, 3)
(-join 'a', 'b').Count
'a', 'b' -join $null
<#stdout
1-2-3
123
2
ab
#>

#### The format operator
"{0:00} {1:000}" -f 7, 24
"{0} vs. {{0}}" -f 'foo'
"{0,5}|{1,-5}|" -f 1, 2
"{0:N2}" -f 1234.5678
"{0:X}" -f 255
"{0:x4}" -f 255
"{0:P1}" -f 0.123
"{1}{0}" -f 'a', 'b'
<#stdout
07 024
foo vs. {0}
    1|2    |
1,234.57
FF
00ff
12.3%
ba
#>

#### More standard numeric formats
"{0:C}" -f 12.5
"{0:F3}" -f 3.14159
"{0:E2}" -f 12345.678
"{0:D5}" -f 42
"{0:#,##0.0}" -f 1234567.89
"{0:0.##}" -f 2.5
<#stdout
$12.50
3.142
1.23E+004
00042
1,234,567.9
2.5
#>

#### -contains and -in
1, 2, 3 -contains 2
1, 2, 3 -notcontains 4
2 -in 1, 2, 3
'abc' -notin 'a', 'b'
'A' -in 'a', 'b'
'A' -cin 'a', 'b'
<#stdout
True
True
True
True
True
False
#>

#### -contains compares a collection on the right as its string
'abc def' -eq ('abc', 'def')
'abc def', 'x' -contains ('abc', 'def')
<#stdout
True
True
#>

#### Type operators
1 -is [int]
1 -is 'int'
'1' -is [string]
1 -isnot [string]
1.5 -is [double]
@(1) -is [array]
'1' -as [int]
$null -eq ('x' -as [int])
'5' -as 'int'
<#stdout
True
True
True
True
True
True
1
True
5
#>

#### Logical operators
$true -and $false
$true -or $false
$true -xor $true
-not $true
!$false
!0
-not 'False'
<#stdout
False
True
False
False
True
True
False
#>

#### Truthiness of collections
[bool]@()
[bool]@(0)
[bool]@(0, 0)
[bool]@{}
[bool]'0'
<#stdout
False
False
True
True
True
#>

#### The left operand decides arithmetic
'file' + 16
1 + '2'
'1' + 2
'ab' * 3
'3' * 2
3 * '2'
<#stdout
file16
3
12
ababab
33
6
#>

#### A string that is not a number fails on the right of a number
16 + 'file'
<#stderr-contains
Cannot convert value "file" to type "System.Int32". Error: "The input string 'file' was not in a correct format."
#>
<#exit 1#>

#### Arrays append and repeat
$a = 1, 2
$b = $a + 3
$b -join ','
($a * 2) -join ','
($a + (4, 5)).Count
<#stdout
1,2,3
1,2,1,2
4
#>

#### Division gives an integer when exact
6 / 2
7 / 2
(6 / 2).GetType().Name
(7 / 2).GetType().Name
<#stdout
3
3.5
Int32
Double
#>

#### Modulus keeps the sign of the dividend
7 % 3
-7 % 3
7 % -3
7.5 % 2
<#stdout
1
-1
1
1.5
#>

#### Integer overflow widens to double
2147483647 + 1
(2147483647 + 1).GetType().Name
9223372036854775807 + 1
[int]::MaxValue * 2
<#stdout
2147483648
Double
9.22337203685478E+18
4294967294
#>

#### Division by zero is an error
1 / 0
<#stderr-contains
Attempted to divide by zero.
#>
<#exit 1#>

#### Decimal arithmetic stays decimal
1d + 1
(1d + 1).GetType().Name
0.1d + 0.2d
10d / 4
3d * 1.50d
<#stdout
2
Decimal
0.3
2.5
4.50
#>

#### Hashtables add to each other
$h = @{ a = 1 } + @{ b = 2 }
$h.Count
$h.b
<#stdout
2
2
#>

#### Adding a duplicate hashtable key fails
$h = @{ a = 1 } + @{ a = 2 }
<#stderr-contains
Item has already been added. Key in dictionary: 'a'  Key being added: 'a'
#>
<#exit 1#>

#### Bitwise operators
-bnot 5
102 -shl 2
102 -shr 2
5 -band 3
5 -bor 3
5 -bxor 3
0xFF -band 0x0F
<#stdout
-6
408
25
1
7
6
15
#>

#### Ranges
1..3
4..3
-2..0
(1..100).Count
<#stdout
1
2
3
4
3
-2
-1
0
100
#>

#### Character ranges
'a'..'c'
('a'..'e')[-1]
<#stdout
a
b
c
e
#>

#### The ternary operator
$true ? 'yes' : 'no'
0 ? 'yes' : 'no'
(5 -gt 3) ? 1 : 2
$x = 7; $x -gt 5 ? 'big' : 'small'
<#stdout
yes
no
1
big
#>

#### Null-coalescing operators
$null ?? 'default'
'value' ?? 'default'
$x = $null
$x ??= 5
$x
$x ??= 6
$x
<#stdout
default
value
5
5
#>

#### A question mark is part of a variable name
$true? ? 1 : 2
<#stdout
2
#>

#### Pipeline chain operators
Write-Output 'a' && Write-Output 'b'
Write-Output 'c' || Write-Output 'd'
<#stdout
a
b
c
#>

#### Compound assignment operators
$n = 10
$n += 5; $n
$n -= 3; $n
$n *= 2; $n
$n /= 4; $n
$n %= 4; $n
<#stdout
15
12
24
6
2
#>

#### Increment and decrement
$i = 5
$i++
$i
++$i
$i--
$i
(++$i)
($i++)
$i
<#stdout
6
6
7
7
8
#>

#### Unary minus and plus on strings
-'5'
+'7'
-'1.5'
<#stdout
-5
7
-1.5
#>

#### Operator precedence
2 + 3 * 4
(2 + 3) * 4
-2 + 5
1, 2 + 3
2 + 3 -eq 5
<#stdout
14
20
3
1
2
3
True
#>

#### Multiple assignment
$a, $b = 1, 2, 3
$a
$b -join ','
<#stdout
1
2,3
#>

#### An assignment in parentheses outputs the value
($x = 5)
<#stdout
5
#>

#### Dash look-alike operators
'abc' –like 'a*'
'abc' —match 'B'
1, 2, 3 ―contains 2
<#stdout
True
True
True
#>

#### Comparison operators written in upper case
'a' -EQ 'A'
5 -GT 3
'abc' -CLIKE 'A*'
<#stdout
True
True
False
#>

#### -replace substitutions $`, $', $_ and $+
'abc' -replace 'b', '[$`]'
'abc' -replace 'b', "[`$']"
'abc' -replace 'b', '[$_]'
'abc' -replace '(a)(b)', '[$+]'
'x' -replace 'x', '$$1'
'aaa' -replace 'a', '$1'
<#stdout
a[a]c
a[c]c
a[abc]c
[b]c
$1
$1$1$1
#>

#### Named groups are numbered after the unnamed ones
'abc' -match '(a)(?<n>b)(c)'
$Matches[1]
$Matches[2]
$Matches.n
'abc' -replace '(a)(?<n>b)(c)', '$2$1'
<#stdout
True
a
c
b
ca
#>

#### -match records only the groups that took part
'x' -match '(?<n>y)?x'
$Matches.Keys -join ','
<#stdout
True
0
#>

#### Inline regex options
"line1`nline2" -replace '(?m)^l', 'L'
'ABC' -cmatch '(?i)b'
<#stdout
Line1
Line2
True
#>

#### An invalid regex is a runtime error naming the offset
'a' -match '['
<#stderr-contains
Invalid pattern '[' at offset 1. Unterminated [] set.
#>
<#exit 1#>

#### -split options and negative counts
'a1b2c3' -split '\d', -2
'ABC' -csplit 'b', 0, 'IgnoreCase'
'aXb' -split 'x', 0, 'SimpleMatch,IgnoreCase'
'abc' -split '(?=b)'
<#stdout
a1b2c

A
C
a
b
a
bc
#>

#### -split with a scriptblock delimiter
'a1b2' -split { $_ -match '\d' }
<#stdout
a
b

#>

#### -f with too few arguments is an error
"{0} {1}" -f 1
<#stderr-contains
Error formatting a string: Index (zero based) must be greater than or equal to zero and less than the size of the argument list..
#>
<#exit 1#>

#### -f uses .NET formatting, not PowerShell's 15 digits
"{0}" -f (1/3)
"{0}" -f 0.1
"{0}" -f @(1, 2)
<#stdout
0.3333333333333333
0.1
1
#>

#### Binary, hex and exponent format specifiers
"{0:b}" -f 5
"{0:B8}" -f 5
"{0:x}" -f -1
"{0:X8}" -f 255
"{0:E}" -f 0
<#stdout
101
00000101
ffffffff
000000FF
0.000000E+000
#>

#### Precedence of -band, -not and comparisons
1 -band 3 -eq 1
-not 1 -eq 2
(1 -band 3) -eq 1
<#stdout
0
False
True
#>

#### Shifts wrap within 32 bits for Int32 operands
2 -shl 31
1 -shl 32
-8 -shr 1
<#stdout
0
1
-4
#>

#### Comparisons with null order null below zero
$null -lt 1
$null -gt -1
'a' -lt 1
<#stdout
True
True
False
#>

#### Strings times a real count round half to even
'abc' * 2.5
'ab' * 1.5
<#stdout
abcabc
abab
#>

#### Array literal precedence with the comma
1,2 + 3,4
(,1 + 2).Count
<#stdout
1
2
3
4
2
#>
