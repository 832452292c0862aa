# Functions, filters and script blocks (about_Functions, about_Functions_Advanced,
# about_Functions_Advanced_Parameters, about_Splatting, about_Script_Blocks).
# Parameters bind through the same binder as cmdlets.

#### A simple function binds its parameters by position in declaration order
function Join-Two { param($First, $Second) "$First+$Second" }
Join-Two a b
<#stdout
a+b
#>

#### Parameters bind by name and by unique prefix, in any order
function Join-Two { param($First, $Second) "$First+$Second" }
Join-Two -Second 2 -First 1
Join-Two -Sec y -Fir x
<#stdout
1+2
x+y
#>

#### Defaults apply to unbound parameters and may use earlier ones
function Area { param([int]$Width = 2, [int]$Height = $Width * 3) $Width * $Height }
Area
Area 5
Area 1 1
<#stdout
12
75
1
#>

#### Extra arguments of a simple function land in $args
function Show { param($a) "a=$a args=$args count=$($args.Count)" }
Show 1 2 3
<#stdout
a=1 args=2 3 count=2
#>

#### An unknown -X of a simple function goes to $args with the argument after it
function Show { param($a) "a=$a args=$args" }
Show -x 1 2
<#stdout
a=2 args=-x 1
#>

#### A function without param() sees all arguments in $args
function Echo-Args { $args.Count; $args[0]; $args[-1] }
Echo-Args one two three
<#stdout
3
one
three
#>

#### Typed parameters convert their arguments
function Add-Numbers { param([int]$a, [int]$b) $a + $b }
Add-Numbers '2' '40'
<#stdout
42
#>

#### A conversion failure is an argument transformation error
function Conv { param([int]$n) $n }
Conv abc
"next"
<#stdout
next
#>
<#stderr-contains
Conv : Cannot process argument transformation on parameter 'n'. Cannot convert value "abc" to type "System.Int32".
FullyQualifiedErrorId : ParameterArgumentTransformationError,Conv
#>

#### An unbound typed parameter holds its type's default
function Defaults { param([int]$n, [string]$s, [switch]$f) $n; $s -eq ''; $f.IsPresent }
Defaults
<#stdout
0
True
False
#>

#### A switch parameter is present, or set explicitly with a colon
function Sw { param([switch]$Force) if ($Force) { 'on' } else { 'off' } }
Sw
Sw -Force
Sw -Force:$false
<#stdout
off
on
off
#>

#### Mandatory parameters are an error under -NonInteractive
function Need { [CmdletBinding()] param([Parameter(Mandatory)]$Name) $Name }
Need
<#stderr-contains
Need : Cannot process command because of one or more missing mandatory parameters: Name.
#>
<#exit 1#>

#### An advanced function rejects an unknown parameter
function Adv { [CmdletBinding()] param($Name) $Name }
Adv -Bogus 1
<#stderr-contains
Adv : A parameter cannot be found that matches parameter name 'Bogus'.
FullyQualifiedErrorId : NamedParameterNotFound,Adv
#>
<#exit 1#>

#### An advanced function rejects extra positional arguments
function Adv { [CmdletBinding()] param($Name) $Name }
Adv a b
<#stderr-contains
A positional parameter cannot be found that accepts argument 'b'.
#>
<#exit 1#>

#### Position sets the positional order
function Pos { param([Parameter(Position=1)]$b, [Parameter(Position=0)]$a) "a=$a b=$b" }
Pos 1 2
<#stdout
a=1 b=2
#>

#### Aliases of a parameter bind like its name
function Al { param([Alias('dn','DisplayName')]$Name) $Name }
Al -dn 'Ken Myer'
Al -DisplayName x
<#stdout
Ken Myer
x
#>

#### ValidateSet accepts any letter case and refuses other values
function Color { param([ValidateSet('Red','Blue')][string]$Color) $Color }
Color red
Color green
<#stdout
red
#>
<#stderr-contains
Color : Cannot validate argument on parameter 'Color'. The argument "green" does not belong to the set "Red,Blue" specified by the ValidateSet attribute.
#>
<#exit 1#>

#### ValidateRange refuses values out of range
function Pick { param([ValidateRange(1,10)][int]$n) $n }
Pick 10
Pick 11
<#stdout
10
#>
<#stderr-contains
The 11 argument is greater than the maximum allowed range of 10.
#>
<#exit 1#>

#### ValidatePattern refuses values that do not match
function Pat { param([ValidatePattern('^sip:')][string]$Uri) $Uri }
Pat sip:ken@litwareinc.com
Pat ken
<#stdout
sip:ken@litwareinc.com
#>
<#stderr-contains
Pat : Cannot validate argument on parameter 'Uri'. The argument "ken" does not match the "^sip:" pattern. Supply an argument that matches "^sip:" and try the command again.
#>
<#exit 1#>

#### A function body without named blocks sees pipeline input in $input
function Total { $sum = 0; foreach ($i in $input) { $sum += $i }; $sum }
1..4 | Total
<#stdout
10
#>

#### A process block runs once per pipeline object with $_
function Twice { process { $_ * 2 } }
1..3 | Twice
<#stdout
2
4
6
#>

#### begin, process and end run in order
function Life { begin { 'begin' } process { "p$_" } end { 'end' } }
1, 2 | Life
<#stdout
begin
p1
p2
end
#>

#### A process block runs once when nothing is piped in
function Once { process { "ran [$_]" } }
Once
<#stdout
ran []
#>

#### A filter is a function whose body is a process block
filter Add-One { $_ + 1 }
1, 2, 3 | Add-One
<#stdout
2
3
4
#>

#### ValueFromPipeline binds each object to the parameter
function Double { param([Parameter(ValueFromPipeline)][int]$n) process { $n * 2 } }
'1', '5' | Double
<#stdout
2
10
#>

#### ValueFromPipelineByPropertyName binds a property by name or alias
function Who { param([Parameter(ValueFromPipelineByPropertyName)][Alias('DisplayName')]$Name) process { "who=$Name" } }
[pscustomobject]@{ Name = 'a' }, [pscustomobject]@{ DisplayName = 'b' } | Who
<#stdout
who=a
who=b
#>

#### Lync users flow into a function by property name
function Get-Sip { param([Parameter(ValueFromPipelineByPropertyName)]$SipAddress) process { $SipAddress } }
Get-CsUser -Identity "Ken Myer" | Get-Sip
<#stdout
sip:kenmyer@litwareinc.com
#>

#### Output of a function flows down the pipeline
function Numbers { 1; 2; 3 }
Numbers | Measure-Object | ForEach-Object Count
<#stdout
3
#>

#### return writes its value and leaves the function
function Ret { 'a'; return 'b'; 'c' }
Ret
<#stdout
a
b
#>

#### return in a process block ends that object only
function Skip { process { if ($_ -eq 2) { return }; $_ } }
1..3 | Skip
<#stdout
1
3
#>

#### $PSBoundParameters holds the bound parameters only
function Bound { param($a, $b) $PSBoundParameters.Count; $PSBoundParameters.ContainsKey('a'); $PSBoundParameters.ContainsKey('b') }
Bound -a 1
<#stdout
1
True
False
#>

#### Splatting a hashtable binds named parameters
function Join-Two { param($First, $Second) "$First+$Second" }
$p = @{ Second = 'y'; First = 'x' }
Join-Two @p
<#stdout
x+y
#>

#### Splatting an array binds positional parameters
function Join-Two { param($First, $Second) "$First+$Second" }
$p = 'x', 'y'
Join-Two @p
<#stdout
x+y
#>

#### A splatted $true binds a switch
function Sw { param([switch]$Force, $Name) "$Name $Force" }
$p = @{ Force = $true; Name = 'n' }
Sw @p
<#stdout
n True
#>

#### Splatting works with cmdlets
$p = @{ Identity = 'Ken Myer' }
(Get-CsUser @p).DisplayName
<#stdout
Ken Myer
#>

#### The call operator runs a script block with arguments in a child scope
$x = 'outer'
& { param($a) "got $a"; $x = 'inner' } 5
$x
<#stdout
got 5
outer
#>

#### Dot-sourcing a script block runs it in the caller's scope
$x = 1
. { $x = 2 }
$x
<#stdout
2
#>

#### Dot-sourcing a function runs it in the caller's scope
function Set-X { $x = 'set' }
$x = 'orig'
Set-X
$x
. Set-X
$x
<#stdout
orig
set
#>

#### The call operator takes a command name as a string
$name = 'Write-Output'
& $name 'called'
<#stdout
called
#>

#### A script block in a variable is called with &
$sb = { param($n) $n * 10 }
& $sb 4
<#stdout
40
#>

#### Functions see their caller's variables
function Inner { "inner sees $v" }
function Outer { $v = 'outer value'; Inner }
Outer
<#stdout
inner sees outer value
#>

#### A function's assignments stay in its own scope
$count = 1
function Bump { $count = $count + 1; $count }
Bump
$count
<#stdout
2
1
#>

#### SupportsShouldProcess adds -WhatIf and ShouldProcess honours it
function Remove-Thing {
    [CmdletBinding(SupportsShouldProcess)]
    param([string]$Target)
    if ($PSCmdlet.ShouldProcess($Target, 'Remove')) { "removed $Target" }
}
Remove-Thing -Target a -WhatIf
Remove-Thing -Target b
<#stdout
What if: Performing the operation "Remove" on target "a".
removed b
#>

#### ShouldProcess with one argument uses the function name as the action
function Clear-Thing { [CmdletBinding(SupportsShouldProcess)] param($t) if ($PSCmdlet.ShouldProcess($t)) { 'done' } }
Clear-Thing box -WhatIf
<#stdout
What if: Performing the operation "Clear-Thing" on target "box".
#>

#### ConfirmImpact High asks for confirmation, which fails under -NonInteractive
function Drop { [CmdletBinding(SupportsShouldProcess, ConfirmImpact='High')] param($t) if ($PSCmdlet.ShouldProcess($t)) { 'dropped' } }
Drop x -Confirm:$false
<#stdout
dropped
#>

#### -WhatIf on a function reaches the cmdlets it calls
function Revoke-All { [CmdletBinding(SupportsShouldProcess)] param() Revoke-CsClientCertificate -Identity 'Ken Myer' }
Revoke-All -WhatIf
@(Get-CsClientCertificate -Identity 'Ken Myer').Count
<#stdout
What if: Performing the operation "Revoke-CsClientCertificate" on target "sip:kenmyer@litwareinc.com".
2
#>

#### A simple function has no -WhatIf
function Plain { 'plain' }
Plain -WhatIf
<#stdout
plain
#>

#### $PSCmdlet.ParameterSetName tells the chosen set
function Sets { [CmdletBinding(DefaultParameterSetName='ByName')] param([Parameter(ParameterSetName='ByName')]$Name, [Parameter(ParameterSetName='ById')]$Id) $PSCmdlet.ParameterSetName }
Sets -Id 1
Sets -Name n
Sets
<#stdout
ById
ByName
ByName
#>

#### $MyInvocation.MyCommand.Name is the function's name
function Who-Am-I { $MyInvocation.MyCommand.Name }
Who-Am-I
<#stdout
Who-Am-I
#>

#### -ErrorAction SilentlyContinue on an advanced function hides its errors
function Fails { [CmdletBinding()] param() Write-Error 'oops'; 'after' }
Fails -ErrorAction SilentlyContinue
<#stdout
after
#>

#### -ErrorVariable collects the errors of an advanced function
function Fails2 { [CmdletBinding()] param() Write-Error 'bad thing' }
Fails2 -ErrorAction SilentlyContinue -ErrorVariable ev
"$ev"
<#stdout
bad thing
#>

#### -OutVariable keeps a function's output
function Nums { [CmdletBinding()] param() 1; 2 }
$null = Nums -OutVariable got
$got.Count
<#stdout
2
#>

#### Functions can be called recursively
function Fact { param([int]$n) if ($n -le 1) { 1 } else { $n * (Fact ($n - 1)) } }
Fact 10
<#stdout
3628800
#>

#### A function defined in a script block vanishes with its scope
& { function Hidden { 'h' }; Hidden }
Hidden
<#stdout
h
#>
<#stderr-contains
The term 'Hidden' is not recognized
#>
<#exit 1#>

#### function global: defines a function visible everywhere
& { function global:Shown { 'shown' } }
Shown
<#stdout
shown
#>

#### A later definition replaces an earlier one
function F { 1 }
function F { 2 }
F
<#stdout
2
#>

#### Function names are case-insensitive
function Get-Thing { 'thing' }
GET-THING
<#stdout
thing
#>

#### A function shadows a cmdlet of the same name
function Get-CsUser { 'mine' }
Get-CsUser
<#stdout
mine
#>

#### Defined functions show up in Get-Command
function Get-Widget { 'w' }
(Get-Command -Name Get-Widget).Name
<#stdout
Get-Widget
#>

#### ValueFromRemainingArguments collects the rest
function Rest { param($First, [Parameter(ValueFromRemainingArguments)]$Rest) "first=$First rest=$($Rest -join ',')" }
Rest a b c d
<#stdout
first=a rest=b,c,d
#>

#### A parameter typed on the command line overrides the splatted one (PowerShell 7.1+)
function f { param($a, $b, $c) "a=$a b=$b c=$c" }
$h = @{ a = 1; b = 2 }
f -b 9 @h
f @h -b 8
<#stdout
a=1 b=9 c=
a=1 b=8 c=
#>

#### DefaultParameterSetName may name a set that no parameter declares
function T {
    [CmdletBinding(DefaultParameterSetName = 'Default')]
    param([Parameter(Position = 0, ParameterSetName = 'Value')][string]$Value,
          [Parameter(Position = 0, ParameterSetName = 'Value2')][int]$Value2)
    $PSCmdlet.ParameterSetName
}
T
T -Value x
T -Value2 3
<#stdout
Default
Value
Value2
#>

#### What a begin block writes reaches the next command, which begins first
function f { begin { "b" } process { $_ } }
1, 2 | f | Where-Object { $true }
function g { begin { "gb" } process { "g:$_" } end { "ge" } }
function k { begin { "hb" } process { "h:$_" } end { "he" } }
1 | g | k
<#stdout
b
1
2
hb
h:gb
h:g:1
h:ge
he
#>

#### An alias comes before a function of the same name (alias, function, cmdlet)
function h { 'my function' }
h | Measure-Object | ForEach-Object Count
function Get-Thing { 'thing' }
Set-Alias -Name gt2 -Value Get-Thing
gt2
<#stdout
0
thing
#>

#### ValidateScript, ValidateNotNull, ValidateNotNullOrEmpty, ValidateLength and ValidatePattern
function F { param([ValidateScript({ $_ -gt 0 })]$x) $x }
try { F -x -1 } catch { $_.Exception.Message }
F 3
function G { param([ValidateNotNullOrEmpty()][string]$s) "[$s]" }
try { G -s "" } catch { $_.Exception.Message }
function N { param([ValidateNotNull()]$o) "ok" }
try { N -o $null } catch { $_.Exception.Message }
function L { param([ValidateLength(2, 4)][string]$s) $s }
try { L a } catch { $_.Exception.Message }
try { L abcdef } catch { $_.Exception.Message }
function P { param([ValidatePattern("^\d+$")]$v) $v }
try { P abc } catch { $_.Exception.Message; $_.FullyQualifiedErrorId }
<#stdout
Cannot validate argument on parameter 'x'. The "$_ -gt 0" validation script for the argument with value "-1" did not return a result of True. Determine why the validation script failed, and then try the command again.
3
Cannot validate argument on parameter 's'. The argument is null or empty. Provide an argument that is not null or empty, and then try the command again.
Cannot validate argument on parameter 'o'. The argument is null. Provide a valid value for the argument, and then try the command again.
Cannot validate argument on parameter 's'. The character length (1) of the argument is too short. Specify an argument with a length that is greater than or equal to "2", and then try the command again.
Cannot validate argument on parameter 's'. The character length of the 6 argument is too long. Shorten the character length of the argument so it is fewer than or equal to "4" characters, and then try the command again.
Cannot validate argument on parameter 'v'. The argument "abc" does not match the "^\d+$" pattern. Supply an argument that matches "^\d+$" and try the command again.
ParameterArgumentValidationError,P
#>

#### [Environment]::NewLine is a line feed
[Environment]::NewLine.Length
"a" + [Environment]::NewLine + "b"
<#stdout
1
a
b
#>

#### $MyInvocation.InvocationName is the name as typed, alias included
function Get-Me { $MyInvocation.InvocationName }
Set-Alias gm2 Get-Me
gm2
get-me
<#stdout
gm2
get-me
#>
