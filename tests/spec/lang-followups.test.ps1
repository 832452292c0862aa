# Follow-ups on the language's values: [ref] as a value (PSReference: -is, display,
# members), $PSVersionTable.PSVersion (SemanticVersion) compared with [version],
# arithmetic on special doubles (NumericOps.cs: DoubleOps are IEEE 754, only
# integer and decimal division by zero is an error), the format data of
# System.Version and SemanticVersion (DotNetTypes_format_ps1xml.cs), a generic
# Dictionary's KeyValuePair entries, and UTF-16 surrogate halves on the console.

#### [ref] of a value is a PSReference for -is
([ref]5) -is [ref]
5 -is [ref]
$n = 1
([ref]$n) -is [System.Management.Automation.PSReference]
<#stdout
True
False
True
#>

#### A PSReference prints as a table of its Value (a number right-aligned)
[ref]5
<#stdout

Value
-----
    5

#>

#### A PSReference to a string prints its Value left-aligned
[ref]'abc'
<#stdout

Value
-----
abc

#>

#### Get-Member lists a PSReference's Value property
([ref]5 | Get-Member -MemberType Property).Name
<#stdout
Value
#>

#### A [ref] parameter given a plain value is refused (fixed)
function f([ref]$r) { $r.Value }
f 5
$x = 7
f ([ref]$x)
<#stdout
7
#>
<#stderr-contains
f : Cannot process argument transformation on parameter 'r'. Reference type is expected in argument.
ParameterArgumentTransformationError,f
#>

#### $PSVersionTable.PSVersion compares with [version], text and numbers
$PSVersionTable.PSVersion -ge [version]'7.0'
$PSVersionTable.PSVersion.Major -ge 7
$PSVersionTable.PSVersion -lt [version]'8.0'
"$($PSVersionTable.PSVersion)"
[version]'7.0' -le $PSVersionTable.PSVersion
$PSVersionTable.PSVersion -ge '7.2'
$PSVersionTable.PSVersion -gt [version]'7.4.6'
<#stdout
True
True
True
7.4.6
True
True
False
#>

#### A [version] prints with its format-data table: fixed widths, left-aligned numbers
[version]'1.2.3.4'
<#stdout

Major  Minor  Build  Revision
-----  -----  -----  --------
1      2      3      4

#>

#### Unset Build and Revision of a [version] show as -1
[version]'1.2'
[version]'10.20.30'
<#stdout

Major  Minor  Build  Revision
-----  -----  -----  --------
1      2      -1     -1
10     20     30     -1

#>

#### $PSVersionTable.PSVersion prints with the SemanticVersion table
$PSVersionTable.PSVersion
<#stdout

Major  Minor  Patch  PreReleaseLabel BuildLabel
-----  -----  -----  --------------- ----------
7      4      6                      

#>

#### A generic Dictionary prints KeyValuePair columns Key and Value
$d = [System.Collections.Generic.Dictionary[string,int]]::new()
$d['a'] = 1
$d['bb'] = 2
$d
<#stdout

Key Value
--- -----
a       1
bb      2

#>

#### A Hashtable still prints Name and Value
@{ a = 1 }
<#stdout

Name                           Value
----                           -----
a                              1

#>

#### Enumerating a generic Dictionary gives KeyValuePair entries
$d = [System.Collections.Generic.Dictionary[string,int]]::new()
$d['a'] = 1
$d.GetEnumerator() | ForEach-Object { "$($_.Key)=$($_.Value)" }
"$(@($d.GetEnumerator())[0])"
@($d.GetEnumerator())[0].GetType().Name
@($d.GetEnumerator())[0] -is [System.ValueType]
<#stdout
a=1
[a, 1]
KeyValuePair`2
True
#>

#### Double arithmetic gives infinities and NaN instead of errors
[double]::PositiveInfinity % 3
3 % [double]::PositiveInfinity
1.0 / 0
-1.0 / 0
0.0 / 0
5 % 0.0
1 / -0.0
[double]::PositiveInfinity * 0
[double]::PositiveInfinity - [double]::PositiveInfinity
[double]::MaxValue * 2
<#stdout
NaN
3
∞
-∞
NaN
NaN
-∞
NaN
NaN
∞
#>

#### An infinity converts to text with the invariant culture
"$(1.0 / 0)"
[string](-1.0 / 0)
(1.0 / 0).ToString()
<#stdout
Infinity
-Infinity
∞
#>

#### Integer and decimal division by zero are errors
try { 1 / 0 } catch { $_.Exception.Message; $_.FullyQualifiedErrorId }
try { 7 % 0 } catch { $_.Exception.Message }
try { 1d / 0 } catch { $_.Exception.Message }
$x = 10
try { $x /= 0 } catch { $_.Exception.Message }
$y = 10.0
$y /= 0
$y
<#stdout
Attempted to divide by zero.
RuntimeException
Attempted to divide by zero.
Attempted to divide by zero.
Attempted to divide by zero.
∞
#>

#### [math] gives infinities where Python raises
[math]::Pow(0, -1)
[math]::Pow(-8, 1/3)
[math]::Sinh(1000)
[math]::Cosh(-1000)
[math]::Log(0)
<#stdout
∞
NaN
∞
∞
-∞
#>

#### A lone surrogate half prints as U+FFFD
[char]0xD83D
"a😀b"[1]
'😀'.ToCharArray()
-join '😀'.ToCharArray()
"x$([char]0xDC00)y"
<#stdout
�
�
�
�
😀
x�y
#>

#### Write-Host replaces a lone surrogate half too
Write-Host "h$([char]0xD800)"
<#stdout
h�
#>

#### An error message with a lone surrogate half is written, not an internal error
throw "e$([char]0xD800)"
<#stderr-contains
e�
#>
<#exit 1#>
