# The documented examples of Get-CsAdminRole, New-CsAdminRole, Set-CsAdminRole,
# Remove-CsAdminRole and Get-CsAdminRoleAssignment (Lync Server 2010 and 2013 help), each
# run as printed, then read back.
# A custom role needs a universal security group with the same SamAccountName: the cases
# create it first with New-ADGroup, as an administrator would. Remove-CsAdminRole asks
# for confirmation, as its page says: the cases answer the prompt.
# Lab: the eleven standard roles; Pilar Ackerman holds CsUserAdministrator, Aidan Delaney
# and (through a nested group) Guy Gilbert CsHelpDesk; Ken Myer holds no role.

#### Get-CsAdminRole example 1: every role
Get-CsAdminRole | ForEach-Object {"$($_.Identity) $($_.IsStandardRole)"}
<#stdout
CsAdministrator True
CsUserAdministrator True
CsVoiceAdministrator True
CsServerAdministrator True
CsViewOnlyAdministrator True
CsHelpDesk True
CsArchivingAdministrator True
CsResponseGroupAdministrator True
CsLocationAdministrator True
CsResponseGroupManager True
CsPersistentChatAdministrator True
#>

#### Get-CsAdminRole example 2: the help desk role
Get-CsAdminRole -Identity "CsHelpDesk" | Format-List Identity, SID, UserScopes, ConfigScopes, IsStandardRole
<#stdout

Identity       : CsHelpDesk
SID            : S-1-5-21-1573807623-1597889489-1765977225-1136
UserScopes     : {Global}
ConfigScopes   : {Global}
IsStandardRole : True

#>

#### Get-CsAdminRole example 3: roles with "Voice" in their Identity
New-ADGroup -Name "RedmondVoiceAdministrators" -GroupScope Universal -GroupCategory Security
New-CsAdminRole -Identity "RedmondVoiceAdministrators" -Template "CsVoiceAdministrator" | Out-Null
Get-CsAdminRole -Filter "*Voice*" | ForEach-Object {$_.Identity}
<#stdout
CsVoiceAdministrator
RedmondVoiceAdministrators
#>

#### Get-CsAdminRole example 4: the custom roles
Get-CsAdminRole | Where-Object {$_.IsStandardRole -eq $False}
New-ADGroup -Name "RedmondVoiceAdministrators" -GroupScope Universal -GroupCategory Security
New-CsAdminRole -Identity "RedmondVoiceAdministrators" -Template "CsVoiceAdministrator" | Out-Null
Get-CsAdminRole | Where-Object {$_.IsStandardRole -eq $False} | ForEach-Object {$_.Identity}
<#stdout
RedmondVoiceAdministrators
#>

#### Get-CsAdminRole example 5: the roles that hold Set-CsUser
Get-CsAdminRole | Where-Object {$_.Cmdlets -match "Set-CsUser\b"} | ForEach-Object {$_.Identity}
<#stdout
CsAdministrator
CsUserAdministrator
#>

#### Get-CsAdminRole example 6: the roles scoped to the Redmond OU
# The page writes the scope with a space after "OU:", which matches no stored scope
# (scopes are stored as OU:<distinguished name>); without the space the role is found.
New-ADGroup -Name "RedmondVoiceAdministrators" -GroupScope Universal -GroupCategory Security
New-CsAdminRole -Identity "RedmondVoiceAdministrators" -Template "CsVoiceAdministrator" -UserScopes "OU:ou=Redmond,dc=litwareinc,dc=com" | Out-Null
Get-CsAdminRole | Where-Object {$_.UserScopes -match "OU: ou=Redmond,dc=litwareinc,dc=com"}
Get-CsAdminRole | Where-Object {$_.UserScopes -match "OU:ou=Redmond,dc=litwareinc,dc=com"} | ForEach-Object {$_.Identity}
<#stdout
RedmondVoiceAdministrators
#>

#### Get-CsAdminRole example 7: the cmdlets of the voice administrator role
Get-CsAdminRole -Identity "CsVoiceAdministrator" | Select-Object -ExpandProperty Cmdlets
<#stdout
Get-CsUser
Get-CsAdminRole
Get-CsAdminRoleAssignment
#>

#### New-CsAdminRole example 1: an exact copy of the voice administrator role
New-ADGroup -Name "RedmondVoiceAdministrator" -GroupScope Universal -GroupCategory Security
New-CsAdminRole -Identity "RedmondVoiceAdministrator" -Template "CsVoiceAdministrator" | Out-Null
$new = Get-CsAdminRole -Identity "RedmondVoiceAdministrator"
$template = Get-CsAdminRole -Identity "CsVoiceAdministrator"
"$($new.UserScopes) $($new.ConfigScopes) $($new.IsStandardRole)"
($new.Cmdlets -join ",") -eq ($template.Cmdlets -join ",")
$new.SID -eq (Get-ADGroup -Identity "RedmondVoiceAdministrator").SID
<#stdout
Global Global False
True
True
#>

#### New-CsAdminRole example 1: without the group the role cannot be created
New-CsAdminRole -Identity "RedmondVoiceAdministrator" -Template "CsVoiceAdministrator"
@(Get-CsAdminRole).Count
<#stderr-contains
Cannot create the role "RedmondVoiceAdministrator": there is no universal security group with that SamAccountName. Create the group first.
#>
<#stdout
11
#>

#### New-CsAdminRole example 2: one OU as the user scope
New-ADGroup -Name "RedmondVoiceAdministrator" -GroupScope Universal -GroupCategory Security
New-CsAdminRole -Identity "RedmondVoiceAdministrator" -Template "CsVoiceAdministrator" -UserScopes "OU:ou=Redmond,dc=litwareinc,dc=com" | Out-Null
(Get-CsAdminRole -Identity "RedmondVoiceAdministrator").UserScopes
(Get-CsAdminRole -Identity "RedmondVoiceAdministrator").ConfigScopes
<#stdout
OU:ou=Redmond,dc=litwareinc,dc=com
Global
#>

#### New-CsAdminRole example 3: two OUs as user scopes
New-ADGroup -Name "RedmondVoiceAdministrator" -GroupScope Universal -GroupCategory Security
New-CsAdminRole -Identity "RedmondVoiceAdministrator" -Template "CsVoiceAdministrator" -UserScopes "OU:ou=Redmond,dc=litwareinc,dc=com","OU:ou=Portland,dc=litwareinc,dc=com"
(Get-CsAdminRole -Identity "RedmondVoiceAdministrator").UserScopes
<#stdout

Identity       : RedmondVoiceAdministrator
SID            : S-1-5-21-1573807623-1597889489-1765977225-5000017
Cmdlets        : {Get-CsUser, Get-CsAdminRole, Get-CsAdminRoleAssignment}
ScriptModules  : {}
UserScopes     : {OU:ou=Redmond,dc=litwareinc,dc=com, OU:ou=Portland,dc=litwareinc,dc=com}
ConfigScopes   : {Global}
IsStandardRole : False

OU:ou=Redmond,dc=litwareinc,dc=com
OU:ou=Portland,dc=litwareinc,dc=com
#>

#### New-CsAdminRole example 4: the Redmond site as the configuration scope
New-ADGroup -Name "RedmondVoiceAdministrator" -GroupScope Universal -GroupCategory Security
New-CsAdminRole -Identity "RedmondVoiceAdministrator" -Template "CsVoiceAdministrator" -ConfigScopes "site:Redmond" | Out-Null
(Get-CsAdminRole -Identity "RedmondVoiceAdministrator").ConfigScopes
(Get-CsAdminRole -Identity "RedmondVoiceAdministrator").UserScopes
<#stdout
site:Redmond
Global
#>

#### Set-CsAdminRole example 1: the Portland OU is added to the user scopes
New-ADGroup -Name "RedmondVoiceAdministrators" -GroupScope Universal -GroupCategory Security
New-CsAdminRole -Identity "RedmondVoiceAdministrators" -Template "CsVoiceAdministrator" -UserScopes "OU:ou=Redmond,dc=litwareinc,dc=com" | Out-Null
Set-CsAdminRole -Identity "RedmondVoiceAdministrators" -UserScopes @{Add="OU:ou=Portland,dc=litwareinc,dc=com"}
(Get-CsAdminRole -Identity "RedmondVoiceAdministrators").UserScopes
<#stdout
OU:ou=Redmond,dc=litwareinc,dc=com
OU:ou=Portland,dc=litwareinc,dc=com
#>

#### Set-CsAdminRole example 2: the Portland OU is removed again
New-ADGroup -Name "RedmondVoiceAdministrators" -GroupScope Universal -GroupCategory Security
New-CsAdminRole -Identity "RedmondVoiceAdministrators" -Template "CsVoiceAdministrator" -UserScopes "OU:ou=Redmond,dc=litwareinc,dc=com","OU:ou=Portland,dc=litwareinc,dc=com" | Out-Null
Set-CsAdminRole -Identity "RedmondVoiceAdministrators" -UserScopes @{Remove="OU:ou=Portland,dc=litwareinc,dc=com"}
(Get-CsAdminRole -Identity "RedmondVoiceAdministrators").UserScopes
<#stdout
OU:ou=Redmond,dc=litwareinc,dc=com
#>

#### Set-CsAdminRole example 3: the Redmond site narrows a global role
New-ADGroup -Name "RedmondVoiceAdministrators" -GroupScope Universal -GroupCategory Security
New-CsAdminRole -Identity "RedmondVoiceAdministrators" -Template "CsVoiceAdministrator" | Out-Null
Set-CsAdminRole -Identity "RedmondVoiceAdministrators" -ConfigScopes @{Add="site:Redmond"}
(Get-CsAdminRole -Identity "RedmondVoiceAdministrators").ConfigScopes
Set-CsAdminRole -Identity "RedmondVoiceAdministrators" -ConfigScopes @{Add="site:Dublin"}
(Get-CsAdminRole -Identity "RedmondVoiceAdministrators").ConfigScopes
<#stdout
site:Redmond
site:Redmond
site:Dublin
#>

#### Set-CsAdminRole example 4: the Redmond site is removed; the only site needs Replace
New-ADGroup -Name "RedmondVoiceAdministrators" -GroupScope Universal -GroupCategory Security
New-CsAdminRole -Identity "RedmondVoiceAdministrators" -Template "CsVoiceAdministrator" -ConfigScopes "site:Redmond","site:Dublin" | Out-Null
Set-CsAdminRole -Identity "RedmondVoiceAdministrators" -ConfigScopes @{Remove="site:Redmond"}
(Get-CsAdminRole -Identity "RedmondVoiceAdministrators").ConfigScopes
Set-CsAdminRole -Identity "RedmondVoiceAdministrators" -ConfigScopes @{Remove="site:Dublin"}
(Get-CsAdminRole -Identity "RedmondVoiceAdministrators").ConfigScopes
Set-CsAdminRole -Identity "RedmondVoiceAdministrators" -ConfigScopes @{Replace="Global"}
(Get-CsAdminRole -Identity "RedmondVoiceAdministrators").ConfigScopes
<#stdout
site:Dublin
site:Dublin
Global
#>
<#stderr-contains
A role needs at least one config scope: use @{Replace="Global"} to make it global.
#>

#### Set-CsAdminRole example 4 as printed: "siteRedmond" is refused and changes nothing
New-ADGroup -Name "RedmondVoiceAdministrators" -GroupScope Universal -GroupCategory Security
New-CsAdminRole -Identity "RedmondVoiceAdministrators" -Template "CsVoiceAdministrator" -ConfigScopes "site:Redmond","site:Dublin" | Out-Null
Set-CsAdminRole -Identity "RedmondVoiceAdministrators" -ConfigScopes @{Remove="siteRedmond"}
(Get-CsAdminRole -Identity "RedmondVoiceAdministrators").ConfigScopes
<#stdout
site:Redmond
site:Dublin
#>
<#stderr-contains
Cannot remove "siteRedmond": the role has no such scope (scopes are written OU:<distinguished name>, site:<SiteName> or Global).
#>

#### Remove-CsAdminRole example 1: the RedmondHelpDesk role, after Yes
New-ADGroup -Name "RedmondHelpDeskAdmins" -GroupScope Universal
Add-ADGroupMember -Identity "RedmondHelpDeskAdmins" -Members "kenmyer"
New-CsAdminRole -Identity "RedmondHelpDeskAdmins" -Template CsHelpDesk | Out-Null
Get-CsAdminRoleAssignment -Identity "kenmyer"
Remove-CsAdminRole -Identity "RedmondHelpDeskAdmins"
@(Get-CsAdminRole -Filter "RedmondHelpDesk*").Count
@(Get-ADGroupMember -Identity "RedmondHelpDeskAdmins").Count
<#stdin
Y
#>
<#stdout
RedmondHelpDeskAdmins

Confirm
Are you sure you want to perform this action?
Performing the operation "Remove-CsAdminRole" on target "RedmondHelpDeskAdmins".
[Y] Yes  [A] Yes to All  [N] No  [L] No to All  [S] Suspend  [?] Help (default is "Y"): 0
1
#>

#### Remove-CsAdminRole example 2: every custom role with "Redmond" in its name
New-ADGroup -Name "RedmondVoiceAdministrators" -GroupScope Universal
New-ADGroup -Name "RedmondArchivingAdmins" -GroupScope Universal
New-ADGroup -Name "DublinVoiceAdministrators" -GroupScope Universal
New-CsAdminRole -Identity "RedmondVoiceAdministrators" -Template CsVoiceAdministrator | Out-Null
New-CsAdminRole -Identity "RedmondArchivingAdmins" -Template CsArchivingAdministrator | Out-Null
New-CsAdminRole -Identity "DublinVoiceAdministrators" -Template CsVoiceAdministrator | Out-Null
Remove-CsAdminRole -Filter "*Redmond*"
Get-CsAdminRole | Where-Object {$_.IsStandardRole -eq $False} | ForEach-Object {$_.Identity}
<#stdin
A
#>
<#stdout

Confirm
Are you sure you want to perform this action?
Performing the operation "Remove-CsAdminRole" on target "RedmondVoiceAdministrators".
[Y] Yes  [A] Yes to All  [N] No  [L] No to All  [S] Suspend  [?] Help (default is "Y"): DublinVoiceAdministrators
#>

#### Remove-CsAdminRole example 3: every custom role from the pipeline
New-ADGroup -Name "RedmondVoiceAdministrators" -GroupScope Universal
New-ADGroup -Name "DublinVoiceAdministrators" -GroupScope Universal
New-CsAdminRole -Identity "RedmondVoiceAdministrators" -Template CsVoiceAdministrator | Out-Null
New-CsAdminRole -Identity "DublinVoiceAdministrators" -Template CsVoiceAdministrator | Out-Null
Get-CsAdminRole | Where-Object {$_.IsStandardRole -eq $False} | Remove-CsAdminRole
@(Get-CsAdminRole).Count
<#stdin
A
#>
<#stdout

Confirm
Are you sure you want to perform this action?
Performing the operation "Remove-CsAdminRole" on target "RedmondVoiceAdministrators".
[Y] Yes  [A] Yes to All  [N] No  [L] No to All  [S] Suspend  [?] Help (default is "Y"): 11
#>

#### Remove-CsAdminRole: the page's –Confirm:$False form never asks
New-ADGroup -Name "RedmondAdministrators" -GroupScope Universal
New-CsAdminRole -Identity "RedmondAdministrators" -Template CsAdministrator | Out-Null
Remove-CsAdminRole RedmondAdministrators –Confirm:$False
@(Get-CsAdminRole).Count
<#stdout
11
#>

#### Get-CsAdminRoleAssignment example 1: Ken Myer holds no role until his group has one
Get-CsAdminRoleAssignment -Identity "kenmyer"
Get-CsAdminRoleAssignment  -Identity "kenmyer"
New-ADGroup -Name "RedmondVoiceAdministrators" -GroupScope Universal
Add-ADGroupMember -Identity "RedmondVoiceAdministrators" -Members "kenmyer"
New-CsAdminRole -Identity "RedmondVoiceAdministrators" -Template CsVoiceAdministrator | Out-Null
Get-CsAdminRoleAssignment -Identity "kenmyer"
<#stdout
RedmondVoiceAdministrators
#>

#### Get-CsAdminRoleAssignment example 2: every user's name followed by their roles
Get-CsUser | ForEach-Object {$_.DisplayName; Get-CsAdminRoleAssignment -Identity $_.SamAccountName}
<#stdout
Ken Myer
Pilar Ackerman
CsUserAdministrator
Aidan Delaney
CsHelpDesk
Chrystal Velasquez
David Longmuir
Jonathan Haas
Ann Beebe
Maria Fernandes
Ellen Adams
Kim Akers
Don Hall
Tony Smith
Lisa Smith
Lola Jacobsen
François Ajenstat
Sophie Martin
Sean Kelly
Niamh Byrne
Guy Gilbert
CsHelpDesk
#>

#### The lookup command of every RBAC page runs as printed, en-dash included
Get-CsAdminRole | Where-Object {$_.Cmdlets –match "Get-CsAdminRole\b"} | ForEach-Object {$_.Identity}
"--"
Get-CsAdminRole | Where-Object {$_.Cmdlets –match "New-CsAdminRole"} | ForEach-Object {$_.Identity}
"--"
Get-CsAdminRole | Where-Object {$_.Cmdlets –match "Remove-CsAdminRole"} | ForEach-Object {$_.Identity}
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
--
CsAdministrator
--
CsAdministrator
#>

#### Bad input: an unknown template, OU or site, or a scope without its prefix creates nothing
New-ADGroup -Name "RedmondVoiceAdministrator" -GroupScope Universal -GroupCategory Security
New-CsAdminRole -Identity "RedmondVoiceAdministrator" -Template "CsNoSuchRole"
New-CsAdminRole -Identity "RedmondVoiceAdministrator" -Template "CsVoiceAdministrator" -UserScopes "OU:ou=Nowhere,dc=litwareinc,dc=com"
New-CsAdminRole -Identity "RedmondVoiceAdministrator" -Template "CsVoiceAdministrator" -ConfigScopes "site:Atlantis"
New-CsAdminRole -Identity "RedmondVoiceAdministrator" -Template "CsVoiceAdministrator" -ConfigScopes "Redmond"
@(Get-CsAdminRole).Count
<#stdout
11
#>
<#stderr-contains
New-CsAdminRole : "CsNoSuchRole" is not a standard role to use as a template.
The user scope "OU:ou=Nowhere,dc=litwareinc,dc=com" names an OU that does not exist.
The config scope "site:Atlantis" names a site that does not exist.
"Redmond" is not a valid config scope: use Global or site:<SiteName>.
#>
