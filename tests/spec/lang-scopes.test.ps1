# Scopes and automatic variables (about_Scopes, about_Automatic_Variables).

#### $global: sets a variable every scope sees
function SetGlobal { $global:g = 'G' }
SetGlobal
$g
<#stdout
G
#>

#### $script: sets the script's variable from a function
function Count-Up { $script:counter++ }
$counter = 0
Count-Up
Count-Up
$counter
<#stdout
2
#>

#### Without a qualifier a function's assignment is local
$v = 'outer'
function Change { $v = 'inner'; "in: $v" }
Change
"out: $v"
<#stdout
in: inner
out: outer
#>

#### $private: hides a variable from child scopes
$private:p = 'secret'
function SeeP { "child sees [$p]" }
SeeP
"here: $p"
<#stdout
child sees []
here: secret
#>

#### $local: reads only the current scope
$x = 'outer'
function L { "local=[$local:x] plain=[$x]" }
L
<#stdout
local=[] plain=[outer]
#>

#### & { } gets a child scope; . { } does not
$x = 1
& { $x = 2 }
$x
. { $x = 3 }
$x
<#stdout
1
3
#>

#### Environment variables through $env:
$env:LYNCSHELL_SPEC_VAR = 'value'
$env:LYNCSHELL_SPEC_VAR
& { $env:LYNCSHELL_SPEC_VAR = 'changed' }
$env:LYNCSHELL_SPEC_VAR
$env:LYNCSHELL_SPEC_VAR = $null
$null -eq $env:LYNCSHELL_SPEC_VAR
<#stdout
value
changed
True
#>

#### $true, $false and $null
$true -and -not $false
$null -eq $null
<#stdout
True
True
#>

#### $_ and $PSItem are the same
1, 2 | ForEach-Object { $_ + $PSItem }
<#stdout
2
4
#>

#### $Matches holds the last successful -match
'sip:ken@litwareinc.com' -match '^sip:(?<user>\w+)@' | Out-Null
$Matches.user
$Matches[0]
<#stdout
ken
sip:ken@
#>

#### $args in a script block
& { $args.Count; $args[1] } a b c
<#stdout
3
b
#>

#### $input in a script block that receives pipeline input
1..3 | & { $input | Measure-Object | ForEach-Object Count }
<#stdout
3
#>

#### ForEach-Object runs in the caller's scope
$total = 0
1..4 | ForEach-Object { $total += $_ }
$total
<#stdout
10
#>

#### Variable names are case-insensitive
$MyVar = 1
$myvar + $MYVAR
<#stdout
2
#>

#### $LASTEXITCODE is $null before any native command
$null -eq $LASTEXITCODE
<#stdout
True
#>
