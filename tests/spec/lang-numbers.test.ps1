# Numeric types (about_Numeric_Literals, about_Arithmetic_Operators, about_Type_Operators; .NET's
# System.Math, System.Convert, System.Char, System.Numerics.BigInteger docs). Outputs are what
# PowerShell 7 prints. Where a rule comes from the engine rather than the docs it is named:
# PSBinaryOperationBinder (Binders.cs) widens operands as in `_result_code` (operators.py).

#### Casts keep their .NET type
([long]5).GetType().Name
([byte]5).GetType().Name
([sbyte]-5).GetType().Name
([int16]5).GetType().Name
([uint16]5).GetType().Name
([uint32]5).GetType().Name
([uint64]5).GetType().Name
([bigint]5).GetType().FullName
([single]5).GetType().Name
([float]5).GetType().Name
([double]5).GetType().Name
([decimal]5).GetType().Name
([int]5L).GetType().Name
<#stdout
Int64
Byte
SByte
Int16
UInt16
UInt32
UInt64
System.Numerics.BigInteger
Single
Single
Double
Decimal
Int32
#>

#### Literal type suffixes
(5L).GetType().Name
(5u).GetType().Name
(5ul).GetType().Name
(5y).GetType().Name
(5uy).GetType().Name
(5s).GetType().Name
(5us).GetType().Name
(5n).GetType().Name
(5d).GetType().Name
(5000000000u).GetType().Name
(1lkb).GetType().Name
<#stdout
Int64
UInt32
UInt64
SByte
Byte
Int16
UInt16
BigInteger
Decimal
UInt64
Int64
#>

#### Hex literals: the width of the suffix's type decides the sign bit
0xFFFFFFFF
(0xFFFFFFFF).GetType().Name
0xFFFFFFFFL
(0xFFFFFFFFL).GetType().Name
0x80000000
0xFFy
0xFFuy
0x7FFFs
0xFFFFs
(0x100000000).GetType().Name
<#stdout
-1
Int32
4294967295
Int64
-2147483648
-1
255
32767
-1
Int64
#>

#### A BigInteger hex literal reads its top bit as the sign (BigInteger.Parse, HexNumber)
0xFFn
0x0FFn
<#stdout
-1
255
#>

#### Int32 and Int64 mixed give Int64, even for small results
(1 + 1L).GetType().Name
(1L + 1).GetType().Name
(3000000000 - 2999999999).GetType().Name
3000000000 - 2999999999
([long]5 * 2).GetType().Name
<#stdout
Int64
Int64
Int64
1
Int64
#>

#### Overflow widens to Double
[int]::MaxValue + 1
([int]::MaxValue + 1).GetType().Name
[long]::MaxValue + 1
([long]::MaxValue + 1).GetType().Name
[int]::MinValue - 1
<#stdout
2147483648
Double
9.22337203685478E+18
Double
-2147483649
#>

#### Types smaller than Int32 compute as Int32
[byte]200 + [byte]100
([byte]200 + [byte]100).GetType().Name
([int16]5 * 2).GetType().Name
([sbyte]-1 - 1).GetType().Name
(-[byte]5).GetType().Name
<#stdout
300
Int32
Int32
Int32
Int32
#>

#### Unsigned 32-bit operands: UInt32 stays UInt32, a signed operand widens to Int64
# PSBinaryOperationBinder: an unsigned operand with a signed one computes in the next wider signed type
([uint32]5 + [uint32]1).GetType().Name
([uint32]5 + 1).GetType().Name
[uint32]0 - [uint32]1
([uint32]0 - [uint32]1).GetType().Name
<#stdout
UInt32
Int64
-1
Double
#>

#### Division gives Double unless it divides evenly
7 / 2
(6 / 2).GetType().Name
(7L / 2).GetType().Name
(8L / 2).GetType().Name
7L % 4
(7L % 4).GetType().Name
<#stdout
3.5
Int32
Double
Int64
3
Int64
#>

#### Decimal wins over every other type and keeps its scale
(1d + 1).GetType().Name
(1d + 0.5).GetType().Name
1.10d + 1
2.50d * 2
0.1d * 3
1d / 3
10d / 4
[decimal]1 / 0.1
<#stdout
Decimal
Decimal
2.10
5.00
0.3
0.3333333333333333333333333333
2.5
10
#>

#### Single displays its own digits; arithmetic on it is Double
[single]1.1
[float]2.5
([single]1.5 + 1).GetType().Name
[float]0.1 + 0
[single]0.1 * 3
[single]1.1 -eq 1.1
<#stdout
1.1
2.5
Double
0.100000001490116
0.300000004470348
False
#>

#### -is, -as and typed variables
[long]5 -is [long]
5 -is [long]
5L -is [int]
(5 -as [long]).GetType().Name
('7' -as [byte]).GetType().Name
$null -eq (300 -as [byte])
[uint32]5 -is [ValueType]
1d -is [ValueType]
[long]$x = 5
$x.GetType().Name
$x += 1
$x.GetType().Name
<#stdout
True
False
False
Int64
Byte
True
True
True
Int64
Int64
#>

#### Incrementing an unconstrained [byte] variable gives an Int32
$b = [byte]255
$b++
$b
$b.GetType().Name
<#stdout
256
Int32
#>

#### Comparisons across numeric types
[long]5 -eq 5
5 -eq [long]5
[byte]5 -eq '5'
1d -eq 1
[uint64]::MaxValue -gt [long]::MaxValue
[byte]10 -lt 9.5
5L -in 1, 5, 9
<#stdout
True
True
True
True
True
False
True
#>

#### MaxValue and MinValue of each type, typed
[byte]::MaxValue
[sbyte]::MinValue
[int16]::MaxValue
[uint16]::MaxValue
[int]::MinValue
[uint32]::MaxValue
[long]::MinValue
[uint64]::MaxValue
[decimal]::MaxValue
[double]::MaxValue
([byte]::MaxValue).GetType().Name
([uint64]::MaxValue).GetType().Name
<#stdout
255
-128
32767
65535
-2147483648
4294967295
-9223372036854775808
18446744073709551615
79228162514264337593543950335
1.79769313486232E+308
Byte
UInt64
#>

#### Bitwise operators keep 64-bit operands 64-bit
1L -shl 40
(1L -shl 40).GetType().Name
1 -shl 31
-bnot 0
-bnot [long]0
0xF0 -band 0x3C
<#stdout
1099511627776
Int64
-2147483648
-1
-1
48
#>

#### String length counts UTF-16 code units
"aé😀".Length
'😀'.Length
"aé😀".Substring(2)
"a😀b".IndexOf('b')
"a😀b".Substring(3)
'abc'.Length
<#stdout
4
2
😀
3
b
3
#>

#### [math] rounding: to even by default, MidpointRounding on request
[math]::Round(2.5)
[math]::Round(3.5)
[math]::Round(2.5, [MidpointRounding]::AwayFromZero)
[math]::Round(-2.5, 0, 'AwayFromZero')
[math]::Round(1.23456, 2)
[math]::Round(2.125d, 2)
[math]::Round(2.125d, 2, [MidpointRounding]::AwayFromZero)
[MidpointRounding]::AwayFromZero
<#stdout
2
4
3
-3
1.23
2.12
2.13
AwayFromZero
#>

#### [math] statics
[math]::Floor(-2.5)
[math]::Ceiling(2.1)
[math]::Truncate(-2.7)
[math]::Abs(-5)
[math]::Pow(2, 10)
[math]::Sqrt(16)
[math]::Sqrt(2)
[math]::Max(3, 7)
[math]::Min(3, 7)
[math]::Max(1, 2.5)
[math]::Sign(-3)
[math]::Log10(1000)
[math]::Log(100, 10)
[math]::Exp(0)
[math]::PI
[math]::E
<#stdout
-3
3
-2
5
1024
4
1.4142135623731
7
3
2.5
-1
3
2
1
3.14159265358979
2.71828182845905
#>

#### [math] overloads keep the argument's type
([math]::Abs([long]-5)).GetType().Name
([math]::Max(1, 2)).GetType().Name
([math]::Max([long]1, 2)).GetType().Name
([math]::Pow(2, 2)).GetType().Name
([math]::Floor(2.5d)).GetType().Name
<#stdout
Int64
Int32
Int64
Double
Decimal
#>

#### BigInteger arithmetic
[bigint]::Pow(2, 100)
[bigint]::Parse('123456789012345678901234567890') + 1
(2n * 3).GetType().Name
[bigint]10 / 3
[bigint]::Pow(2, 64) - 1
<#stdout
1267650600228229401496703205376
123456789012345678901234567891
BigInteger
3
18446744073709551615
#>

#### Parse and TryParse
[int]::Parse('42') + 1
[double]::Parse('1.5')
([long]::Parse('5')).GetType().Name
$r = [ref]0
[int]::TryParse('17', $r)
$r.Value
[int]::TryParse('x', $r)
$r.Value
<#stdout
43
1.5
Int64
True
17
False
0
#>

#### Parse of text that is not a number fails with the .NET message
[int]::Parse('abc')
<#stderr-contains
Exception calling "Parse" with "1" argument(s): "The input string 'abc' was not in a correct format."
#>
<#exit 1#>

#### [convert] between bases
[convert]::ToString(255, 2)
[convert]::ToString(255, 16)
[convert]::ToString(-1, 16)
[convert]::ToString([byte]5, 2)
[convert]::ToInt32('ff', 16)
[convert]::ToInt32('FFFFFFFF', 16)
[convert]::ToInt32('1010', 2)
[convert]::ToInt64('7fffffffffffffff', 16)
[convert]::ToInt32(2.5)
[convert]::ToInt32(3.5)
<#stdout
11111111
ff
ffffffff
101
255
-1
10
9223372036854775807
2
4
#>

#### [char] statics
[char]::IsDigit('5')
[char]::IsLetter('5')
[char]::IsUpper('A')
[char]::IsWhiteSpace("a b", 1)
[char]::ToUpper('a')
[char]::IsLetterOrDigit('_')
[char]::IsPunctuation('!')
[char]::ConvertFromUtf32(0x1F600).Length
<#stdout
True
False
True
True
A
False
True
2
#>

#### Number format strings
(1234.5678).ToString('N2')
(42).ToString('D5')
(255).ToString('X')
(255).ToString('x8')
([sbyte]-1).ToString('X')
([long]-1).ToString('X')
(1234.5678).ToString('F1')
(1234.5678).ToString('0.00')
(1234567).ToString('#,##0')
(1234.5678).ToString('E2')
'{0:N0}' -f 1234567
(1234.5).ToString('C')
<#stdout
1,234.57
00042
FF
000000ff
FF
FFFFFFFFFFFFFFFF
1234.6
1234.57
1,234,567
1.23E+003
1,234,567
$1,234.50
#>

#### ToString() is .NET's: a double round-trips in full, PowerShell's display keeps 15 digits
0.1 + 0.2
(0.1 + 0.2).ToString()
([single]1.1).ToString()
(1.50d).ToString()
<#stdout
0.3
0.30000000000000004
1.1
1.50
#>

#### [ref]$variable passed to TryParse fills the variable (fixed)
$n = 0
[int]::TryParse('5', [ref]$n)
$n
<#stdout
True
5
#>

#### Indexing a string counts UTF-16 code units (fixed)
"a😀b"[3]
"a😀b".Length
<#stdout
b
4
#>

#### Huge results fail as .NET does, and a long BigInteger prints all its digits
'abc' * [int]::MaxValue
([bigint]::Pow(2, 20000)).ToString().Length
<#stdout
6021
#>
<#stderr-contains
Exception of type 'System.OutOfMemoryException' was thrown.
#>
