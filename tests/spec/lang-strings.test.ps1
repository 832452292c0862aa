# Strings (about_Quoting_Rules, about_Special_Characters, about_Parsing;
# Parser.Tests.ps1 string and escape tests). Outputs are what PowerShell 7 prints.

#### Single-quoted strings are verbatim
$x = 'v'
'value $x `n $(1+1)'
<#stdout
value $x `n $(1+1)
#>

#### Doubled single quotes make one quote
'it''s'
'''quoted'''
<#stdout
it's
'quoted'
#>

#### Double-quoted strings expand variables
$x = 'v'
"value $x"
"${x}y"
"$x$x"
<#stdout
value v
vy
vv
#>

#### A dot after a variable is literal text, not member access
$s = 'abc'
"$s.Length"
"$($s.Length)"
<#stdout
abc.Length
3
#>

#### An index after a variable is literal text
$a = 'x', 'y'
"$a[0]"
"$($a[0])"
<#stdout
x y[0]
x
#>

#### Sub-expressions run statements
"sum: $(1 + 2)"
"two: $(1; 2)"
"none: [$()]"
"$(Get-Date -Year 2000 -Month 1 -Day 2 -Format 'yyyy-MM-dd')"
<#stdout
sum: 3
two: 1 2
none: []
2000-01-02
#>

#### Arrays expand with spaces, or with $OFS
$a = 1, 2, 3
"[$a]"
$OFS = '-'
"[$a]"
<#stdout
[1 2 3]
[1-2-3]
#>

#### Null expands to nothing
"[$null]"
"[$undefinedVariable]"
<#stdout
[]
[]
#>

#### A dollar sign that starts no variable is literal
"cost: $"
"a $ b"
"$ (x)"
<#stdout
cost: $
a $ b
$ (x)
#>

#### Numbers expand culture-invariantly with 15 digits
"$(1/3)"
"$(1.5)"
$d = 1e20
"$d"
"$(0.1 + 0.2)"
<#stdout
0.333333333333333
1.5
1E+20
0.3
#>

#### Backtick escapes in double-quoted strings
"a`tb"
"`$x"
"a``b"
"say `"hi`""
"fo`odbar"
<#stdout
a	b
$x
a`b
say "hi"
foodbar
#>

#### Control-character escapes
[int][char]"`0"
[int][char]"`a"
[int][char]"`b"
[int][char]"`e"
[int][char]"`f"
[int][char]"`n"
[int][char]"`r"
[int][char]"`v"
<#stdout
0
7
8
27
12
10
13
11
#>

#### Unicode escapes
"`u{48}`u{49}"
"`u{263A}"
[int][char]"`u{2013}"
<#stdout
HI
☺
8211
#>

#### Doubled double quotes make one quote
"x""y"
"""quoted"""
<#stdout
x"y
"quoted"
#>

#### Backticks are literal in single-quoted strings
'a`tb'
'`$x'
<#stdout
a`tb
`$x
#>

#### Curly single quotes are single quotes
‘hi’
'mixed’
‘it’’s’
<#stdout
hi
mixed
it’s
#>

#### Curly double quotes are double quotes
$x = 5
“x is $x”
“say ””hi”””
„low“
<#stdout
x is 5
say ”hi”
low
#>

#### A straight quote inside curly-quoted text ends the string too
“a"
‘b'
<#stdout
a
b
#>

#### Expandable here-string
$name = 'Ken'
$s = @"
Hello $name
  "quoted" and 'single'
Sum: $(2 + 3)
"@
$s
<#stdout
Hello Ken
  "quoted" and 'single'
Sum: 5
#>

#### Verbatim here-string
$s = @'
Hello $name
`t $(1)
'@
$s
<#stdout
Hello $name
`t $(1)
#>

#### A here-string does not include the final newline
$s = @'
one
two
'@
$s.Length
($s -split "`n").Count
<#stdout
7
2
#>

#### An empty here-string
$s = @"
"@
"[$s]"
<#stdout
[]
#>

#### Concatenation and repetition
'Hello' + ' ' + 'World'
'ab' * 3
'-' * 10
<#stdout
Hello World
ababab
----------
#>

#### A string times zero is empty
"[$('ab' * 0)]"
<#stdout
[]
#>

#### Indexing a string gives chars
$s = 'hello'
$s[1]
$s[-1]
$s[0..2] -join ''
$s.Length
<#stdout
e
o
hel
5
#>

#### String methods
'Hello'.ToUpper()
'Hello'.ToLower()
'  pad  '.Trim()
'a,b,c'.Split(',')
'Hello'.Replace('l', 'L')
'Hello'.Substring(1, 3)
'Hello'.Contains('ell')
'Hello'.StartsWith('He')
'Hello'.IndexOf('l')
<#stdout
HELLO
hello
pad
a
b
c
HeLLo
ell
True
True
2
#>

#### A hashtable in a string expands to its type name
$h = @{ a = 1 }
"$h"
"$($h.a)"
<#stdout
System.Collections.Hashtable
1
#>

#### Booleans expand as True and False
"$true and $false"
"$(1 -eq 1)"
<#stdout
True and False
True
#>

#### Nested quotes inside a sub-expression
"outer $("inner $(1+1)") end"
"it's $('quoted')"
<#stdout
outer inner 2 end
it's quoted
#>

#### Braced variable names may hold any characters
${my var} = 'spaced'
"${my var}!"
${a-b} = 3
${a-b} + 1
<#stdout
spaced!
4
#>

#### Strings spanning lines keep the newline
$s = "one
two"
$s.Length
<#stdout
7
#>

#### Bare words in command mode are strings
Write-Output sip:kenmyer@litwareinc.com
Write-Output litwareinc\kenmyer
Write-Output a=b
Write-Output C:\x\y.txt
<#stdout
sip:kenmyer@litwareinc.com
litwareinc\kenmyer
a=b
C:\x\y.txt
#>

#### Backtick in a bare word escapes the next character
Write-Output a`tb
Write-Output a` b
Write-Output `$x
<#stdout
a	b
a b
$x
#>

#### The end-of-parameters token
Write-Output -- -InputObject
<#stdout
-InputObject
#>

#### Line continuation with a backtick
$x = 1 + `
  2
$x
Write-Output `
  continued
<#stdout
3
continued
#>

#### Comments inline and in blocks
'Foo'; <# inline #> 'Bar'
'a#b'
Write-Output a#b # trailing comment
<#stdout
Foo
Bar
a#b
a#b
#>

#### A colon right after a variable in a string is a parse error
$m = 5
"minute $m: x"
<#stderr-contains
Variable reference is not valid. ':' was not followed by a valid variable name character. Consider using ${} to delimit the name.
FullyQualifiedErrorId : InvalidVariableReferenceWithDrive
#>
<#exit 1#>

#### Braces or a sub-expression avoid the drive-qualifier parse error
$m = 5
"minute ${m}: x"
"minute $($m): x"
"$env:NOSUCHVARIABLE|"
<#stdout
minute 5: x
minute 5: x
|
#>

#### An unterminated string is a parse error
"unterminated
<#stderr-contains
The string is missing the terminator: ".
FullyQualifiedErrorId : TerminatorExpectedAtEndOfString
#>
<#exit 1#>

#### Text after a here-string header is a parse error
$s = @"hello"@
<#stderr-contains
No characters are allowed after a here-string header but before the end of the line.
FullyQualifiedErrorId : UnexpectedCharactersAfterHereStringHeader
#>
<#exit 1#>

#### Expanding a date uses the invariant culture, as [string] does
$d = [datetime]"2020-01-02 13:04:05"
"$d"
[string]$d
"x $(1, 2)"
<#stdout
01/02/2020 13:04:05
01/02/2020 13:04:05
x 1 2
#>
