# Known differences from PowerShell 7 in the language core, with the output we
# actually produce. Kept, never deleted: a case is rewritten once the difference is fixed.

#### Write-Error inside a function is attributed to the function, at its call site (fixed)
function Fails { Write-Error 'from f' }
Fails
<#stderr
Fails : from f
At line:2 char:1
+ Fails
+ ~~~~~
    + CategoryInfo          : NotSpecified: (:) [Write-Error], WriteErrorException
    + FullyQualifiedErrorId : Microsoft.PowerShell.Commands.WriteErrorException,Fails
 
#>

#### $_ in catch after -ErrorAction Stop is the original record (fixed)
try { Write-Error 'orig' -ErrorAction Stop } catch { $_.Exception.GetType().Name; "$_" }
try { Write-Error 'again' -ErrorAction Stop } catch [System.Management.Automation.ActionPreferenceStopException] { "caught: $_" }
<#stdout
WriteErrorException
orig
caught: again
#>

#### An unordered hashtable keeps insertion order
$h = @{ zeta = 1; alpha = 2; mid = 3 }
$h.Keys -join ','
<#stdout
zeta,alpha,mid
#>
<#divergence PowerShell lists an unordered hashtable's keys in hash order#>

#### The PSObject wrapper is modelled: Properties, TypeNames, BaseObject (fixed)
$p = [pscustomobject]@{ a = 1 }
$null -eq $p.psobject
$p.psobject.Properties.Name
$p.psobject.Properties | ForEach-Object { "$($_.Name)=$($_.Value) $($_.MemberType)" }
$p.psobject.TypeNames -join ','
$p.psobject.BaseObject.a
<#stdout
False
a
a=1 NoteProperty
System.Management.Automation.PSCustomObject,System.Object
1
#>

