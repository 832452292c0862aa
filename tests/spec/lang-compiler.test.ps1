# Language constructs of the compiler: null-conditional member and index access,
# [ref] to a variable, string indexing in UTF-16 code units, $null as an index,
# switch -File (about_Operators "Null-conditional operators ?. and ?[]",
# about_Ref, about_Switch; PSGetIndexBinder, VariableOps.GetVariableAsRef,
# SwitchOps.ResolveFilePath in the PowerShell sources).

#### ?. on a $null variable gives nothing and no error
$a = $null
${a}?.Length
'after'
$s = 'abc'
${s}?.Length
${s}?.ToUpper()
<#stdout
after
3
ABC
#>

#### ?[] on a $null variable gives nothing and no error
$d = $null
${d}?[0]
$e = 'xyz'
${e}?[1]
$l = 1, 2, 3
${l}?[-1]
<#stdout
y
3
#>

#### A null-conditional access on $null does not evaluate its index or arguments
$n = $null
$i = 0
${n}?[($i = 5)]
${n}?.Foo(($i = 6))
$i
<#stdout
0
#>

#### Without ?, indexing $null is still an error
$d = $null
$d[0]
'next'
<#stdout
next
#>
<#stderr-contains
Cannot index into a null array.
FullyQualifiedErrorId : NullArray
#>

#### [ref]$variable passed to TryParse fills the variable
$n = 0
[int]::TryParse('5', [ref]$n)
$n
<#stdout
True
5
#>

#### A [ref] parameter sets the caller's variable through .Value
function Set-Nine([ref]$r) { $r.Value = 9 }
$x = 1
Set-Nine ([ref]$x)
$x
<#stdout
9
#>

#### [ref]$x follows the variable both ways
$x = 1
$r = [ref]$x
$x = 7
$r.Value
$r.Value = 3
$x
<#stdout
7
3
#>

#### [ref] in a function reaches the variable of the scope that has it
$count = 0
function Bump { $r = [ref]$count; $r.Value = $r.Value + 1 }
Bump
Bump
$count
<#stdout
2
#>

#### A [ref] to a typed variable converts what is assigned through it
[int]$t = 1
$r = [ref]$t
$r.Value = '12'
$t.GetType().Name
$t + 1
<#stdout
Int32
13
#>

#### [ref]$null is a throwaway out argument
[int]::TryParse('7', [ref]$null)
<#stdout
True
#>

#### [ref] to a variable that does not exist is an error
[ref]$undefinedVariable
'next'
<#stdout
next
#>
<#stderr-contains
[ref] cannot be applied to a variable that does not exist.
InvalidOperation: (undefinedVariable:VariablePath) [], RuntimeException
FullyQualifiedErrorId : NonExistingVariableReference
#>

#### Indexing a string counts UTF-16 code units
"a😀b"[3]
"a😀b"[-1]
[int]"a😀b"[1]
[int]"a😀b"[2]
("a😀b"[0, 3]) -join '-'
"abc"[1]
"a😀b".Length
<#stdout
b
b
55357
56832
a-b
b
4
#>

#### An array indexed with $null is an error
$A = 1, 2, 3
$A[$null]
'next'
<#stdout
next
#>
<#stderr-contains
Index operation failed; the array index evaluated to null.
InvalidOperation: (:) [], RuntimeException
FullyQualifiedErrorId : NullArrayIndex
#>

#### A hashtable indexed with $null is the same error, reading or writing
$h = @{ a = 1 }
$h[$null]
$h[$null] = 2
$h.Count
<#stdout
1
#>
<#stderr-contains
Index operation failed; the array index evaluated to null.
FullyQualifiedErrorId : NullArrayIndex
#>

#### Assigning to an element of $null is a NullArray error
$z = $null
$z[0] = 1
'next'
<#stdout
next
#>
<#stderr-contains
Cannot index into a null array.
FullyQualifiedErrorId : NullArray
#>

#### switch -File tests each line of the file
$f = '/tmp/lyncshell-spec-switch.txt'
Set-Content -Path $f -Value 'alpha', 'Beta', '', 'gamma'
switch -File ($f) { 'beta' { "beta: $_" } default { "[$_]" } }
<#stdout
[alpha]
beta: Beta
[]
[gamma]
#>

#### switch -File with -Regex, -Wildcard, -CaseSensitive and break
$f = '/tmp/lyncshell-spec-switch.txt'
Set-Content -Path $f -Value 'alpha', 'Beta', 'gamma', 'beta'
switch -Regex -File ($f) { '^b(.)' { "regex $_ $($Matches[1])" } }
switch -Wildcard -CaseSensitive -File ($f) { 'b*' { "lower $_" } 'B*' { "upper $_" } }
switch -File ($f) { 'gamma' { 'found'; break } default { "skip $_" } }
'after'
<#stdout
regex Beta e
regex beta e
upper Beta
lower beta
skip alpha
skip Beta
found
after
#>

#### switch -File on a file that does not exist is an error
switch -File ('/tmp/lyncshell-no-such-file.txt') { default { $_ } }
'next'
<#stdout
next
#>
<#stderr-contains
Cannot find path '/tmp/lyncshell-no-such-file.txt' because it does not exist.
At line:1 char:14
ObjectNotFound: (/tmp/lyncshell-no-such-file.txt:String) [], ItemNotFoundException
FullyQualifiedErrorId : PathNotFound
#>

#### Assigning to a character of a string names the .NET type in the error
$s = 'abc'
$s[1] = 'x'
$s
<#stdout
abc
#>
<#stderr-contains
Unable to index into an object of type System.String.
FullyQualifiedErrorId : CannotIndex
#>
