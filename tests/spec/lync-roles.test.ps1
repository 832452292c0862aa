# RBAC role cmdlets. Lab: Pilar Ackerman holds CsUserAdministrator, Aidan Delaney
# CsHelpDesk, Guy Gilbert CsHelpDesk through the nested RedmondHelpDesk group
# (a global group, so it cannot back a role).

#### Get-CsAdminRoleAssignment takes a SamAccountName and returns role names
Get-CsAdminRoleAssignment -Identity "pilar"
Get-CsAdminRoleAssignment  -Identity "guygilbert"
Get-CsAdminRoleAssignment "Administrator"
<#stdout
CsUserAdministrator
CsHelpDesk
CsAdministrator
#>

#### Other identity forms do not work for Get-CsAdminRoleAssignment
Get-CsAdminRoleAssignment -Identity "Pilar Ackerman"
<#stderr-contains
Get-CsAdminRoleAssignment : Management object not found for identity "Pilar Ackerman".
#>
<#exit 1#>

#### The documented ForEach-Object pattern lists each user's roles
Get-CsUser -LdapFilter "sAMAccountName=aidan*" | ForEach-Object {Get-CsAdminRoleAssignment -Identity $_.SamAccountName}
<#stdout
CsHelpDesk
#>

#### New-CsAdminRole needs an existing universal group named like the role
New-CsAdminRole -Identity "RedmondHelpDesk" -Template CsHelpDesk -UserScopes "OU:ou=Redmond,dc=litwareinc,dc=com"
New-CsAdminRole -Identity "NoSuchGroup" -Template CsHelpDesk
@(Get-CsAdminRole).Count
<#stdout
11
#>
<#stderr-contains
Cannot create the role "RedmondHelpDesk": there is no universal security group with that SamAccountName. Create the group first.
Cannot create the role "NoSuchGroup": there is no universal security group with that SamAccountName. Create the group first.
#>

#### Standard roles keep their cmdlets and cannot be removed
Set-CsAdminRole -Identity CsHelpDesk -Cmdlets @{Add="Set-CsUser"}
Remove-CsAdminRole -Identity CsHelpDesk -Confirm:$False
(Get-CsAdminRole CsHelpDesk).Cmdlets -contains "Set-CsUser"
<#stdout
False
#>
<#stderr-contains
"CsHelpDesk" is a standard role: only its script modules can change.
"CsHelpDesk" is a standard role and cannot be removed.
#>

#### Removing a role that does not exist is a not-found error
Remove-CsAdminRole -Identity "NoSuchRole" -Confirm:$False
<#stderr-contains
Remove-CsAdminRole : Management object not found for identity "NoSuchRole".
#>
<#exit 1#>

#### Get-CsAdminRole filters with wildcards
Get-CsAdminRole -Filter "*Voice*" | ForEach-Object {$_.Identity}
<#stdout
CsVoiceAdministrator
#>

#### Only server administrators may create roles
New-CsAdminRole -Identity "X" -Template CsHelpDesk
<#as pilar@litwareinc.com#>
<#stderr-contains
may run New-CsAdminRole (RTCUniversalServerAdmins).
#>
<#exit 1#>
