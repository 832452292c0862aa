# Redirection (about_Redirection, about_Output_Streams): streams 1 output, 2 error,
# 3 warning, 4 verbose, 5 debug, 6 information; `n>$null` discards, `n>&1` merges into
# the output, `*` is every stream. A redirection covers what its command runs.
# Warnings, verbose and debug lines go to stdout, as pwsh's console host writes them.

#### An expression's output sent to $null is discarded
"x" > $null
"done"
<#stdout
done
#>

#### 2>&1 turns an error into an ErrorRecord in the output
$r = Write-Error "boom" 2>&1
$r.GetType().FullName
"$r"
<#stdout
System.Management.Automation.ErrorRecord
boom
#>

#### A merged error is shown by Out-Default on stdout
Write-Error "merged" 2>&1
<#stdout
Write-Error : merged
At line:1 char:1
+ Write-Error "merged" 2>&1
+ ~~~~~~~~~~~~~~~~~~~~~~~~~
    + CategoryInfo          : NotSpecified: (:) [Write-Error], WriteErrorException
    + FullyQualifiedErrorId : Microsoft.PowerShell.Commands.WriteErrorException
 
#>
<#exit 1#>

#### A redirection on a function call covers the errors written inside it
function Get-Thing { Write-Error "inner"; "out" }
Get-Thing 2>$null
<#stdout
out
#>

#### A discarded error is still recorded in $Error
$Error.Clear()
Write-Error "quiet" 2>$null
$Error.Count
"$($Error[0])"
<#stdout
1
quiet
#>

#### A merged error travels down the pipeline
Write-Error "to pipe" 2>&1 | ForEach-Object { "caught: $_" }
<#stdout
caught: to pipe
#>
<#exit 1#>

#### Errors merged from every object of a pipeline can be counted
1, 2, 3 | ForEach-Object { Write-Error "e$_" } 2>&1 | Measure-Object | ForEach-Object Count
<#stdout
3
#>

#### The next command's errors are its own
Write-Output 1 2>$null | ForEach-Object { Write-Error "downstream" }
<#stderr-contains
downstream
#>

#### Merging then discarding the output discards both
Write-Error "gone" 2>&1 > $null
"end"
<#stdout
end
#>

#### A warning goes to stdout, and 3>$null discards it
Write-Warning "careful"
Write-Warning "hidden" 3>$null
"after"
<#stdout
WARNING: careful
after
#>

#### 3>&1 makes a WarningRecord
$w = Write-Warning "careful" 3>&1
$w.GetType().FullName
$w.Message
"$w"
<#stdout
System.Management.Automation.WarningRecord
careful
careful
#>

#### A merged warning is displayed with its prefix
Write-Warning "merged" 3>&1
<#stdout
WARNING: merged
#>

#### Write-Host writes to the information stream
Write-Host "no host" 6>$null
$i = Write-Host "captured" 6>&1
"got: $i"
$i.GetType().Name
<#stdout
got: captured
InformationRecord
#>

#### Write-Information is shown only when asked, and kept by 6>&1 either way
Write-Information "hidden"
Write-Information "shown" -InformationAction Continue
$j = Write-Information "kept" 6>&1
$j.MessageData
<#stdout
shown
kept
#>

#### A verbose message exists only when verbose output is on
Write-Verbose "quiet" 4>&1
Write-Verbose "loud" -Verbose 4>&1 | ForEach-Object { "record: $_ ($($_.GetType().Name))" }
<#stdout
record: loud (VerboseRecord)
#>

#### Write-Debug shows with -Debug or $DebugPreference
Write-Debug "hidden"
Write-Debug "asked" -Debug
$DebugPreference = 'Continue'
Write-Debug "preferred"
$d = Write-Debug "kept" 5>&1
$d.GetType().Name
<#stdout
DEBUG: asked
DEBUG: preferred
DebugRecord
#>

#### *>&1 merges every stream into the output, in order
function Write-All {
    Write-Output "out"
    Write-Error "err"
    Write-Warning "warn"
    Write-Verbose "verb" -Verbose
    Write-Debug "dbg" -Debug
    Write-Host "host"
}
Write-All *>&1 | ForEach-Object { $_.GetType().Name }
<#stdout
String
ErrorRecord
WarningRecord
VerboseRecord
DebugRecord
InformationRecord
#>

#### *>$null discards every stream
function Write-All { "out"; Write-Error "err"; Write-Warning "warn"; Write-Host "host" }
Write-All *> $null
"after"
<#stdout
after
#>

#### A subexpression's errors are redirected with it
$(Write-Error "inside"; 1234) 2>$null
<#stdout
1234
#>

#### A terminating error is not silenced by 2>$null
Get-CsUser -NoSuchParameter 2>$null
"next"
<#stdout
next
#>
<#stderr-contains
A parameter cannot be found that matches parameter name 'NoSuchParameter'.
#>

#### 1>&2 is reserved and is a parse error
"not run"
Write-Output x 1>&2
<#stderr-contains
The '1>&2' operator is reserved for future use.
+ FullyQualifiedErrorId : RedirectionNotSupported
#>
<#exit 1#>

#### A stream redirected twice is a parse error
Write-Output x 2>$null 2>$null
<#stderr-contains
The error stream for this command is already redirected.
+ FullyQualifiedErrorId : StreamAlreadyRedirected
#>
<#exit 1#>

#### -WarningAction and -WarningVariable
Write-Warning "w1" -WarningAction SilentlyContinue -WarningVariable wv
$wv.Count
$wv[0].GetType().Name
Write-Warning "w2" -WarningVariable +wv
$wv.Count
$WarningPreference = "SilentlyContinue"
Write-Warning "quiet"
$WarningPreference = "Continue"
function f { [CmdletBinding()] param() Write-Warning "fw" }
f -WarningAction SilentlyContinue
"end"
<#stdout
1
WarningRecord
WARNING: w2
2
end
#>

#### -WarningAction Stop makes the warning a terminating error
try { Write-Warning "stop!" -WarningAction Stop } catch { "caught: $_" }
<#stdout
caught: The running command stopped because the preference variable "WarningPreference" or common parameter is set to Stop: stop!
#>

#### -InformationVariable keeps what Write-Host and Write-Information write
Write-Host "hi" -InformationVariable iv
Write-Information "data" -InformationVariable +iv
$iv.Count
$iv[1].MessageData
<#stdout
hi
2
data
#>
