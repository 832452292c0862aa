# Errors: terminating and non-terminating, -ErrorAction and $ErrorActionPreference,
# try/catch/finally, throw, trap, $Error, $? (about_Try_Catch_Finally, about_Throw,
# about_Trap, about_Preference_Variables, about_Automatic_Variables).

#### Output before a throw is kept and the catch block runs
try { 1; throw 'x'; 2 } catch { 3 }
<#stdout
1
3
#>

#### $_ in catch is the error record; "$_" is its message
try { throw 'boom' } catch { "caught: $_"; $_.Exception.Message; $_.FullyQualifiedErrorId }
<#stdout
caught: boom
boom
boom
#>

#### finally runs after try and after catch
try { 'body' } finally { 'finally' }
try { throw 'e' } catch { 'catch' } finally { 'finally' }
<#stdout
body
finally
catch
finally
#>

#### finally runs when continue leaves a loop body
foreach ($i in 1..3) { try { if ($i -eq 2) { continue }; "i=$i" } finally { "f$i" } }
<#stdout
i=1
f1
f2
i=3
f3
#>

#### A statement-terminating error inside try goes to catch
try { 1/0; 'not here' } catch { "caught: $($_.Exception.Message)" }
<#stdout
caught: Attempted to divide by zero.
#>

#### catch with a type takes that exception or one derived from it
try { 1/0 } catch [System.DivideByZeroException] { 'divide' }
try { Get-NoSuchThing } catch [System.Management.Automation.CommandNotFoundException] { 'not found' }
try { throw [System.ArgumentNullException]::new('p') } catch [System.ArgumentException] { 'argument family' }
<#stdout
divide
not found
argument family
#>

#### The first matching catch wins
try { throw [System.ArgumentException]::new('a') } catch [System.InvalidOperationException] { 'io' } catch [System.ArgumentException] { 'arg' } catch { 'any' }
<#stdout
arg
#>

#### RuntimeException catches errors raised by statements
try { [int]'x' } catch [System.Management.Automation.RuntimeException] { 'runtime' }
<#stdout
runtime
#>

#### An exception object thrown as it is matches only its own types
try { throw [System.ArgumentException]::new('x') } catch [System.Management.Automation.RuntimeException] { 'rt' } catch [System.Exception] { 'exception' }
<#stdout
exception
#>

#### An unmatched catch lets the error go on
try { try { throw 'inner' } catch [System.ArgumentException] { 'wrong' } } catch { "outer: $_" }
<#stdout
outer: inner
#>

#### throw alone in catch rethrows the error
try { try { throw 'first' } catch { 'c1'; throw } } catch { "c2: $_" }
<#stdout
c1
c2: first
#>

#### throw of a non-string keeps it as TargetObject
try { throw @{ code = 42 } } catch { $_.TargetObject.code }
<#stdout
42
#>

#### An uncaught throw ends the script with exit code 1
'before'
throw 'stop here'
'after'
<#stdout
before
#>
<#stderr-contains
stop here
FullyQualifiedErrorId : stop here
#>
<#exit 1#>

#### A statement-terminating error ends only its statement
'a'
1/0
'b'
<#stdout
a
b
#>
<#stderr-contains
Attempted to divide by zero.
At line:2 char:1
#>

#### A non-terminating error lets the pipeline go on
Write-Error 'first problem'
'still running'
<#stdout
still running
#>
<#stderr-contains
first problem
#>

#### -ErrorAction Stop makes a non-terminating error terminating
try { Write-Error 'we' -ErrorAction Stop; 'no' } catch { "stopped: $_" }
<#stdout
stopped: we
#>

#### $ErrorActionPreference Stop applies to later commands
$ErrorActionPreference = 'Stop'
try { Get-CsUser -Identity 'Nobody Here'; 'no' } catch { "caught: $($_.Exception.Message)" }
<#stdout
caught: Management object not found for identity "Nobody Here".
#>

#### SilentlyContinue hides the error but $Error records it
$ErrorActionPreference = 'SilentlyContinue'
Write-Error 'hidden'
$Error[0].Exception.Message
<#stdout
hidden
#>

#### Ignore does not even record the error
Write-Error 'visible' -ErrorAction SilentlyContinue
Write-Error 'ignored' -ErrorAction Ignore
$Error[0].Exception.Message
$Error.Count
<#stdout
visible
1
#>

#### Errors caught by try/catch are still added to $Error
try { throw 'kept' } catch { }
$Error[0].Exception.Message
<#stdout
kept
#>

#### $Error[0] is the newest error
Write-Error 'one' -ErrorAction SilentlyContinue
Write-Error 'two' -ErrorAction SilentlyContinue
"$($Error[0]) $($Error[1])"
<#stdout
two one
#>

#### $? is False after a failed command and True after a good one
Get-CsUser -Identity 'Nobody Here' -ErrorAction SilentlyContinue
$?
'ok'
$?
<#stdout
False
ok
True
#>

#### $? is True after a function that used Write-Error
function F { Write-Error 'inner' -ErrorAction SilentlyContinue }
F
$?
<#stdout
True
#>

#### $PSCmdlet.WriteError sets $? False for the caller
function G { [CmdletBinding()] param() $PSCmdlet.WriteError($Error[0]) }
Write-Error 'seed' -ErrorAction SilentlyContinue
G -ErrorAction SilentlyContinue
$?
<#stdout
False
#>

#### -ErrorAction Stop on a function stops at the Write-Error inside it
function Hh { [CmdletBinding()] param() Write-Error 'in Hh'; 'not reached' }
try { Hh -ErrorAction Stop } catch { "caught: $_" }
<#stdout
caught: in Hh
#>

#### A throw inside a function reaches the caller's catch
function Thrower { throw 'deep' }
try { Thrower; 'no' } catch { "from function: $_" }
<#stdout
from function: deep
#>

#### trap with continue resumes with the next statement
trap { "trapped: $_"; continue }
'before'
1/0
'after'
<#stdout
before
trapped: Attempted to divide by zero.
after
#>

#### trap without continue writes the error and goes on
trap { 'trapped' }
1/0
'after'
<#stdout
trapped
after
#>
<#stderr-contains
Attempted to divide by zero.
#>

#### trap with break stops the script
trap { 'trapped'; break }
'before'
throw 'fatal'
'after'
<#stdout
before
trapped
#>
<#stderr-contains
fatal
#>
<#exit 1#>

#### A typed trap handles only its exception types
trap [System.DivideByZeroException] { 'divide trap'; continue }
1/0
'next'
<#stdout
divide trap
next
#>

#### trap handles errors from functions it calls
function Bad { throw 'bad call' }
trap { "trap: $_"; continue }
Bad
'resumed'
<#stdout
trap: bad call
resumed
#>

#### Exception objects expose their type
try { 1/0 } catch { $_.Exception.GetType().FullName; $_.Exception.InnerException.GetType().Name }
<#stdout
System.Management.Automation.RuntimeException
DivideByZeroException
#>

#### A runtime error carries the statement's position
$x = 1
$y = $x / 0
<#stderr-contains
At line:2 char:1
#>
<#exit 1#>

#### A binding error in a pipeline shows the command
Get-CsUser -NoSuchParameter
<#stderr-contains
A parameter cannot be found that matches parameter name 'NoSuchParameter'.
#>
<#exit 1#>

#### CategoryInfo of an error record
try { throw 'ci' } catch { $_.CategoryInfo.Category; $_.CategoryInfo.Reason }
<#stdout
OperationStopped
RuntimeException
#>

#### A rethrown error keeps its exception object
try { try { $z = 0; 1 / $z } catch { $ei = $_; throw } } catch { $eo = $_ }
$ei.Exception -eq $eo.Exception
try { 1 / $z } catch { $_.Exception -eq $_.Exception }
<#stdout
True
True
#>

#### An error made terminating by -ErrorAction Stop shows as the original error
Write-Error "orig" -ErrorAction Stop
"not reached"
<#stderr
Write-Error : orig
At line:1 char:1
+ Write-Error "orig" -ErrorAction Stop
+ ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~
    + CategoryInfo          : NotSpecified: (:) [Write-Error], WriteErrorException
    + FullyQualifiedErrorId : Microsoft.PowerShell.Commands.WriteErrorException
 
#>
<#exit 1#>
