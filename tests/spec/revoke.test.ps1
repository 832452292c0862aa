# The seed page: Revoke-CsClientCertificate, every sentence of it.
# Lab: Ken Myer has 2 certificates, Pilar Ackerman 1, Chrystal Velasquez 3,
# 21 in all across the Lync-enabled users.

#### Example 1 revokes every certificate of Ken Myer and nobody else's
Revoke-CsClientCertificate -Identity "Ken Myer"
(Get-CsClientCertificate -Identity "Ken Myer" | Measure-Object).Count
(Get-CsClientCertificate -Identity "Pilar Ackerman" | Measure-Object).Count
<#stdout
0
1
#>

#### Example 2 revokes the certificates of every Lync-enabled user
Get-CsUser | Revoke-CsClientCertificate
(Get-CsUser | Where-Object {$_.RegistrarPool -ne $Null} | Get-CsClientCertificate | Measure-Object).Count
<#stdout
0
#>

#### The identity may be a SIP address
Revoke-CsClientCertificate -Identity "sip:kenmyer@litwareinc.com"
@(Get-CsClientCertificate -Identity "Ken Myer").Count
<#stdout
0
#>

#### The identity may be a user principal name
Revoke-CsClientCertificate -Identity "kenmyer@litwareinc.com"
@(Get-CsClientCertificate -Identity "Ken Myer").Count
<#stdout
0
#>

#### The identity may be domain\logon, quoted or bare
Revoke-CsClientCertificate -Identity "litwareinc\kenmyer"
Revoke-CsClientCertificate -Identity litwareinc\pilar
@(Get-CsClientCertificate -Identity "Ken Myer").Count
@(Get-CsClientCertificate -Identity "Pilar Ackerman").Count
<#stdout
0
0
#>

#### The identity may be a distinguished name, in any letter case
Revoke-CsClientCertificate -Identity "cn=ken myer,ou=redmond,dc=litwareinc,dc=com"
@(Get-CsClientCertificate -Identity "Ken Myer").Count
<#stdout
0
#>

#### Identity is positional and a bare SIP address is one string argument
Revoke-CsClientCertificate sip:kenmyer@litwareinc.com
@(Get-CsClientCertificate "Ken Myer").Count
<#stdout
0
#>

#### Strings are accepted from the pipeline
"Ken Myer", "sip:pilar@litwareinc.com" | Revoke-CsClientCertificate
@(Get-CsClientCertificate "Ken Myer").Count
@(Get-CsClientCertificate "Pilar Ackerman").Count
@(Get-CsClientCertificate "Chrystal Velasquez").Count
<#stdout
0
0
3
#>

#### Any object with an Identity property binds by property name
[pscustomobject]@{Identity = "Ken Myer"} | Revoke-CsClientCertificate
@(Get-CsClientCertificate "Ken Myer").Count
<#stdout
0
#>

#### Curly quotes and en-dashes from the printed page work as quotes and dashes
Revoke-CsClientCertificate –Identity “Ken Myer”
Revoke-CsClientCertificate —Identity ‘Pilar Ackerman’
@(Get-CsClientCertificate -Identity "Ken Myer").Count + @(Get-CsClientCertificate -Identity "Pilar Ackerman").Count
<#stdout
0
#>

#### The RBAC lookup command of the page runs verbatim, en-dash included
Get-CsAdminRole | Where-Object {$_.Cmdlets –match "Revoke-CsClientCertificate"} | ForEach-Object {$_.Identity}
<#stdout
CsAdministrator
CsUserAdministrator
#>

#### WhatIf describes the revocation and changes nothing
Revoke-CsClientCertificate -Identity "Ken Myer" -WhatIf
@(Get-CsClientCertificate -Identity "Ken Myer").Count
<#stdout
What if: Performing the operation "Revoke-CsClientCertificate" on target "sip:kenmyer@litwareinc.com".
2
#>

#### WhatIf over a pipeline describes each user
"Ken Myer", "Pilar Ackerman" | Revoke-CsClientCertificate -WhatIf
<#stdout
What if: Performing the operation "Revoke-CsClientCertificate" on target "sip:kenmyer@litwareinc.com".
What if: Performing the operation "Revoke-CsClientCertificate" on target "sip:pilar@litwareinc.com".
#>

#### Confirm prompts with PowerShell's choices and No keeps the certificates
Revoke-CsClientCertificate -Identity "Ken Myer" -Confirm
@(Get-CsClientCertificate -Identity "Ken Myer").Count
<#stdin
N
#>
<#stdout

Confirm
Are you sure you want to perform this action?
Performing the operation "Revoke-CsClientCertificate" on target "sip:kenmyer@litwareinc.com".
[Y] Yes  [A] Yes to All  [N] No  [L] No to All  [S] Suspend  [?] Help (default is "Y"): 2
#>

#### Confirm with Yes revokes
Revoke-CsClientCertificate -Identity "Ken Myer" -Confirm
@(Get-CsClientCertificate -Identity "Ken Myer").Count
<#stdin
y
#>
<#stdout

Confirm
Are you sure you want to perform this action?
Performing the operation "Revoke-CsClientCertificate" on target "sip:kenmyer@litwareinc.com".
[Y] Yes  [A] Yes to All  [N] No  [L] No to All  [S] Suspend  [?] Help (default is "Y"): 0
#>

#### Yes to All answers once for the rest of the pipeline
"Ken Myer", "Pilar Ackerman" | Revoke-CsClientCertificate -Confirm
@(Get-CsClientCertificate "Ken Myer").Count + @(Get-CsClientCertificate "Pilar Ackerman").Count
<#stdin
A
#>
<#stdout

Confirm
Are you sure you want to perform this action?
Performing the operation "Revoke-CsClientCertificate" on target "sip:kenmyer@litwareinc.com".
[Y] Yes  [A] Yes to All  [N] No  [L] No to All  [S] Suspend  [?] Help (default is "Y"): 0
#>

#### Help at the prompt explains the choices and asks again
Revoke-CsClientCertificate -Identity "Ken Myer" -Confirm
@(Get-CsClientCertificate -Identity "Ken Myer").Count
<#stdin
?
n
#>
<#stdout

Confirm
Are you sure you want to perform this action?
Performing the operation "Revoke-CsClientCertificate" on target "sip:kenmyer@litwareinc.com".
[Y] Yes  [A] Yes to All  [N] No  [L] No to All  [S] Suspend  [?] Help (default is "Y"): Y - Continue with only the next step of the operation.
A - Continue with all the steps of the operation.
N - Skip this operation and proceed with the next operation.
L - Skip this operation and all subsequent operations.
S - Pause the current pipeline and return to the command prompt. Type "exit" to resume the pipeline.
[Y] Yes  [A] Yes to All  [N] No  [L] No to All  [S] Suspend  [?] Help (default is "Y"): 2
#>

#### Confirm:$false never prompts
Revoke-CsClientCertificate -Identity "Ken Myer" -Confirm:$false
@(Get-CsClientCertificate -Identity "Ken Myer").Count
<#stdout
0
#>

#### A prompt under -NonInteractive is an error, not a hang, and changes nothing
Revoke-CsClientCertificate -Identity "Ken Myer" -Confirm
<#stderr-contains
Revoke-CsClientCertificate : PowerShell is in NonInteractive mode. Read and Prompt functionality is not available.
#>
<#exit 1#>

#### An unknown identity is a non-terminating error and the pipeline goes on
"Jane Doe", "Ken Myer" | Revoke-CsClientCertificate
@(Get-CsClientCertificate "Ken Myer").Count
<#stdout
0
#>
<#stderr
Revoke-CsClientCertificate : Management object not found for identity "Jane Doe".
At line:1 char:26
+ "Jane Doe", "Ken Myer" | Revoke-CsClientCertificate
+                          ~~~~~~~~~~~~~~~~~~~~~~~~~~
    + CategoryInfo          : ObjectNotFound: (Jane Doe:String) [Revoke-CsClientCertificate], ManagementException
    + FullyQualifiedErrorId : Identity,Microsoft.Rtc.Management.UserPinService.RevokeCsClientCertificateCmdlet
 
#>

#### The not-found message quotes the identity as typed and the exit code is 1
Revoke-CsClientCertificate -Identity "KEN MEYER"
<#stderr-contains
Management object not found for identity "KEN MEYER".
#>
<#exit 1#>

#### Force suppresses the display of non-fatal errors
Revoke-CsClientCertificate -Identity "Jane Doe" -Force
$?
<#stdout
False
#>

#### Wildcards are not accepted by Revoke-CsClientCertificate
Revoke-CsClientCertificate -Identity "Ken*"
@(Get-CsClientCertificate "Ken Myer").Count
<#stdout
2
#>
<#stderr-contains
Management object not found for identity "Ken*".
#>

#### Without the identity a non-interactive session reports the missing parameter
Revoke-CsClientCertificate
<#stderr-contains
Revoke-CsClientCertificate : Cannot process command because of one or more missing mandatory parameters: Identity.
#>
<#exit 1#>

#### An unknown parameter is a binding error
Revoke-CsClientCertificate -Identity "Ken Myer" -Everything
@(Get-CsClientCertificate "Ken Myer").Count
<#stdout
2
#>
<#stderr-contains
Revoke-CsClientCertificate : A parameter cannot be found that matches parameter name 'Everything'.
#>

#### Unique parameter prefixes bind
Revoke-CsClientCertificate -Iden "Ken Myer" -wh
<#stdout
What if: Performing the operation "Revoke-CsClientCertificate" on target "sip:kenmyer@litwareinc.com".
#>

#### A parse error runs nothing
Revoke-CsClientCertificate -Identity "Ken Myer"; Get-CsUser | Where-Object {$_.DisplayName -eq "x"
<#stderr-contains
Missing closing '}' in statement block or type definition.
#>
<#exit 1#>

#### Suspend opens a nested prompt; exit resumes the confirmation
Revoke-CsClientCertificate -Identity "Ken Myer" -Confirm
@(Get-CsClientCertificate "Ken Myer").Count
<#stdin
S
@(Get-CsClientCertificate "Ken Myer").Count
exit
Y
#>
<#stdout

Confirm
Are you sure you want to perform this action?
Performing the operation "Revoke-CsClientCertificate" on target "sip:kenmyer@litwareinc.com".
[Y] Yes  [A] Yes to All  [N] No  [L] No to All  [S] Suspend  [?] Help (default is "Y"): PS C:\Users\Administrator>>> 2
PS C:\Users\Administrator>>> 
Confirm
Are you sure you want to perform this action?
Performing the operation "Revoke-CsClientCertificate" on target "sip:kenmyer@litwareinc.com".
[Y] Yes  [A] Yes to All  [N] No  [L] No to All  [S] Suspend  [?] Help (default is "Y"): 0
#>
