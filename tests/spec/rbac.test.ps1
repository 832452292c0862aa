# Local authorization: each cmdlet's "who can run" groups decide.

#### Ken Myer belongs to no admin group and may not revoke
Revoke-CsClientCertificate -Identity "Ken Myer"
<#as litwareinc\kenmyer#>
<#stderr-contains
Access is denied. The account "litwareinc\kenmyer" is not a member of a group that may run Revoke-CsClientCertificate (RTCUniversalServerAdmins).
#>
<#exit 1#>

#### A denied revoke changes nothing
Revoke-CsClientCertificate -Identity "Pilar Ackerman" -ErrorAction SilentlyContinue
<#as litwareinc\kenmyer#>
<#stderr-contains
Access is denied.
#>
<#exit 1#>

#### A user administrator may read users but not revoke certificates
@(Get-CsUser).Count
Revoke-CsClientCertificate -Identity "Ken Myer"
<#as pilar@litwareinc.com#>
<#stdout
19
#>
<#stderr-contains
may run Revoke-CsClientCertificate (RTCUniversalServerAdmins).
#>
<#exit 1#>

#### The lab administrator is a server administrator
Revoke-CsClientCertificate -Identity "Ken Myer"
@(Get-CsClientCertificate "Ken Myer").Count
<#as litwareinc\Administrator#>
<#stdout
0
#>

#### Get-CsAdminRole returns the eleven standard roles
Get-CsAdminRole | ForEach-Object {$_.Identity}
<#stdout
CsAdministrator
CsUserAdministrator
CsVoiceAdministrator
CsServerAdministrator
CsViewOnlyAdministrator
CsHelpDesk
CsArchivingAdministrator
CsResponseGroupAdministrator
CsLocationAdministrator
CsResponseGroupManager
CsPersistentChatAdministrator
#>
