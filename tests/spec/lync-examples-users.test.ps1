# The documented examples of Get-CsUser, Enable-CsUser, Disable-CsUser and Set-CsUser
# (Lync Server 2010 and 2013 help), each run as printed, then read back.
# Where the 2010 print differs (-LDAPFilter spelling, a double space before -SipDomain),
# both forms run in the same case.
# Lab: 19 Lync-enabled users, six in the Finance department; Jeff Hay and the lab
# Administrator are directory accounts only; Jonathan Haas has no Registrar pool;
# Ann Beebe was disabled with Set-CsUser -Enabled $False.

#### Get-CsUser example 1: without parameters every Lync-enabled user comes back
$users = Get-CsUser
$users.Count
$users | Where-Object {$_.SipAddress -eq $Null} | Measure-Object | ForEach-Object {$_.Count}
<#stdout
19
0
#>

#### Get-CsUser example 2: three properties in an auto-sized table
Get-CsUser | Format-Table -Property DisplayName, SipAddress, EnterpriseVoiceEnabled -AutoSize
<#stdout

DisplayName        SipAddress                           EnterpriseVoiceEnabled
-----------        ----------                           ----------------------
Ken Myer           sip:kenmyer@litwareinc.com                             True
Pilar Ackerman     sip:pilar@litwareinc.com                              False
Aidan Delaney      sip:aidandelaney@litwareinc.com                       False
Chrystal Velasquez sip:chrystalvelasquez@litwareinc.com                   True
David Longmuir     sip:davidlongmuir@litwareinc.com                      False
Jonathan Haas      sip:jhaas@litwareinc.com                              False
Ann Beebe          sip:annbeebe@litwareinc.com                           False
Maria Fernandes    sip:mariafernandes@litwareinc.com                      True
Ellen Adams        sip:ellenadams@litwareinc.com                         False
Kim Akers          sip:kimakers@litwareinc.com                           False
Don Hall           sip:donhall@litwareinc.com                            False
Tony Smith         sip:tonysmith@litwareinc.com                           True
Lisa Smith         sip:lisasmith@litwareinc.com                          False
Lola Jacobsen      sip:lolajacobsen@litwareinc.com                       False
François Ajenstat  sip:francoisajenstat@litwareinc.com                   False
Sophie Martin      sip:sophiemartin@litwareinc.com                       False
Sean Kelly         sip:seankelly@litwareinc.com                          False
Niamh Byrne        sip:niamhbyrne@litwareinc.com                         False
Guy Gilbert        sip:guygilbert@litwareinc.com                          True

#>

#### Get-CsUser example 3: one user by display name
$user = Get-CsUser -Identity "Pilar Ackerman"
"$($user.DisplayName) | $($user.SipAddress) | $($user.RegistrarPool) | $($user.SamAccountName)"
<#stdout
Pilar Ackerman | sip:pilar@litwareinc.com | atl-cs-001.litwareinc.com | pilar
#>

#### Get-CsUser example 4: a display-name wildcard
Get-CsUser -Identity "Pilar*" | ForEach-Object {$_.DisplayName}
Get-CsUser -Identity "* Smith" | ForEach-Object {$_.DisplayName}
<#stdout
Pilar Ackerman
Tony Smith
Lisa Smith
#>

#### Get-CsUser example 5: the voice-policy filter (no per-user voice policies in the lab)
# The code returns users who have a voice policy; the page's prose says the opposite
# and gives {VoicePolicy -eq $Null} for that. The lab assigns no voice policies.
Get-CsUser -Filter {VoicePolicy -ne $Null}
@(Get-CsUser -Filter {VoicePolicy -eq $Null}).Count
<#stdout
19
#>

#### Get-CsUser example 6: an LDAP filter on the department, both spellings
Get-CsUser -LdapFilter "Department=Finance" | ForEach-Object {$_.DisplayName}
@(Get-CsUser -LDAPFilter "Department=Finance").Count
<#stdout
Ken Myer
Aidan Delaney
Chrystal Velasquez
Maria Fernandes
Kim Akers
Niamh Byrne
6
#>

#### Get-CsUser example 7: an LDAP AND query needs both conditions
Set-ADUser -Identity "kimakers" -Title "Manager"
Set-ADUser -Identity "tonysmith" -Title "Manager"
Get-CsUser -LdapFilter "&(Department=Finance)(Title=Manager)" | ForEach-Object {$_.DisplayName}
Get-CsUser -LDAPFilter "&(Department=Finance)(Title=Manager)" | ForEach-Object {$_.DisplayName}
<#stdout
Kim Akers
Kim Akers
#>

#### Get-CsUser example 8: an LDAP OR query needs one of them
Set-ADUser -Identity "kimakers" -Title "Manager"
Set-ADUser -Identity "seankelly" -Title "Supervisor"
Get-CsUser -LdapFilter "|(Title=Supervisor)(Title=Manager)" | ForEach-Object {$_.DisplayName}
Get-CsUser -LDAPFilter "|(Title=Supervisor)(Title=Manager)" | ForEach-Object {$_.DisplayName}
<#stdout
Kim Akers
Sean Kelly
Kim Akers
Sean Kelly
#>

#### Get-CsUser example 9: the Finance OU under North America
Get-CsUser -OU "ou=Finance,ou=North America,dc=litwareinc,dc=com" | ForEach-Object {$_.DistinguishedName}
<#stdout
CN=Aidan Delaney,OU=Finance,OU=North America,DC=litwareinc,DC=com
CN=Maria Fernandes,OU=Finance,OU=North America,DC=litwareinc,DC=com
CN=Niamh Byrne,OU=Finance,OU=North America,DC=litwareinc,DC=com
#>

#### Get-CsUser example 10: users enabled for Lync without a Registrar pool
Get-CsUser -UnassignedUser | ForEach-Object {"$($_.DisplayName) [$($_.RegistrarPool)]"}
<#stdout
Jonathan Haas []
#>

#### Enable-CsUser example 1: the SIP address is built from the logon name
Disable-CsUser -Identity "Pilar Ackerman"
Enable-CsUser -Identity "Pilar Ackerman" -RegistrarPool "atl-cs-001.litwareinc.com" -SipAddressType SamAccountName -SipDomain litwareinc.com
$u = Get-CsUser "Pilar Ackerman"
"$($u.SipAddress) $($u.RegistrarPool) $($u.Enabled)"
Disable-CsUser -Identity "Pilar Ackerman"
Enable-CsUser -Identity "Pilar Ackerman" -RegistrarPool "atl-cs-001.litwareinc.com" -SipAddressType SamAccountName  -SipDomain litwareinc.com
(Get-CsUser "Pilar Ackerman").SipAddress
<#stdout
sip:pilar@litwareinc.com atl-cs-001.litwareinc.com True
sip:pilar@litwareinc.com
#>

#### Enable-CsUser example 2: an explicit SIP address
Enable-CsUser -Identity "Jeff Hay" -RegistrarPool "atl-cs-001.litwareinc.com" -SipAddress "sip:jeffhay@litwareinc.com"
Disable-CsUser -Identity "Pilar Ackerman"
Enable-CsUser -Identity "Pilar Ackerman" -RegistrarPool "atl-cs-001.litwareinc.com" -SipAddress "sip:pilar@litwareinc.com"
Get-CsUser -Identity "Pilar Ackerman" | ForEach-Object {"$($_.SipAddress) $($_.RegistrarPool)"}
Get-CsUser -Identity "Jeff Hay" | ForEach-Object {"$($_.SipAddress) $($_.RegistrarPool)"}
<#stdout
sip:pilar@litwareinc.com atl-cs-001.litwareinc.com
sip:jeffhay@litwareinc.com atl-cs-001.litwareinc.com
#>

#### Enable-CsUser example 3: every Finance account from Get-CsAdUser
Get-CsUser -LdapFilter "Department=Finance" | Disable-CsUser
@(Get-CsUser -LdapFilter "Department=Finance").Count
Get-CsAdUser -LdapFilter "department=Finance" | Enable-CsUser -RegistrarPool "atl-cs-001.litwareinc.com" -SipAddressType SamAccountName -SipDomain litwareinc.com
Get-CsUser -LdapFilter "Department=Finance" | ForEach-Object {"$($_.SipAddress) $($_.RegistrarPool)"}
<#stdout
0
sip:kenmyer@litwareinc.com atl-cs-001.litwareinc.com
sip:aidandelaney@litwareinc.com atl-cs-001.litwareinc.com
sip:chrystalvelasquez@litwareinc.com atl-cs-001.litwareinc.com
sip:mariafernandes@litwareinc.com atl-cs-001.litwareinc.com
sip:kimakers@litwareinc.com atl-cs-001.litwareinc.com
sip:niamhbyrne@litwareinc.com atl-cs-001.litwareinc.com
#>

#### Enable-CsUser example 4: every account not enabled for Lync
# Get-CsAdUser's Enabled is "enabled for Lync": the two directory-only accounts and
# Ann Beebe (disabled with Set-CsUser) match {Enabled -ne $True}.
Get-CsAdUser -Filter {Enabled -ne $True} | ForEach-Object {$_.SamAccountName}
Get-CsAdUser -Filter {Enabled -ne $True} | Enable-CsUser -RegistrarPool "atl-cs-001.litwareinc.com" -SipAddressType SamAccountName -SipDomain litwareinc.com
@(Get-CsAdUser -Filter {Enabled -ne $True}).Count
Get-CsUser -Identity "Jeff Hay" | ForEach-Object {"$($_.SipAddress) $($_.RegistrarPool) $($_.Enabled)"}
Get-CsUser -Identity "Ann Beebe" | ForEach-Object {"$($_.SipAddress) $($_.RegistrarPool) $($_.Enabled)"}
@(Get-CsUser).Count
<#stdout
Administrator
annbeebe
jeffhay
0
sip:jeffhay@litwareinc.com atl-cs-001.litwareinc.com True
sip:annbeebe@litwareinc.com atl-cs-001.litwareinc.com True
21
#>

#### Disable-CsUser example 1: Ken Myer leaves Lync but stays in the directory
Disable-CsUser -Identity "Ken Myer"
@(Get-CsUser -Filter {SamAccountName -eq "kenmyer"}).Count
(Get-CsAdUser -Identity "Ken Myer").Enabled
@(Get-CsClientCertificate -Identity "Ken Myer" -ErrorAction SilentlyContinue).Count
<#stdout
0
False
0
#>

#### Disable-CsUser example 2: the Finance department, both spellings
Get-CsUser -LdapFilter "Department=Finance" | Disable-CsUser
@(Get-CsUser -LdapFilter "Department=Finance").Count
@(Get-CsUser).Count
Get-CsUser -LDAPFilter "Department=Sales" | Disable-CsUser
@(Get-CsUser).Count
<#stdout
0
13
10
#>

#### Disable-CsUser example 3: the users without a Registrar pool
Get-CsUser -UnassignedUser | Disable-CsUser
@(Get-CsUser -UnassignedUser).Count
@(Get-CsUser).Count
@(Get-CsAdUser -Identity "Jonathan Haas").Count
<#stdout
0
18
1
#>

#### Set-CsUser example 1: Enterprise Voice for Pilar Ackerman
(Get-CsUser "Pilar Ackerman").EnterpriseVoiceEnabled
Set-CsUser -Identity "Pilar Ackerman" -EnterpriseVoiceEnabled $True
(Get-CsUser "Pilar Ackerman").EnterpriseVoiceEnabled
<#stdout
False
True
#>

#### Set-CsUser example 2: Enterprise Voice for the Finance department, both spellings
Get-CsUser -LdapFilter "Department=Finance" | Set-CsUser -EnterpriseVoiceEnabled $True
Get-CsUser -LdapFilter "Department=Finance" | ForEach-Object {"$($_.DisplayName) $($_.EnterpriseVoiceEnabled)"}
Get-CsUser -LDAPFilter "Department=Sales" | Set-CsUser -EnterpriseVoiceEnabled $True
@(Get-CsUser -Filter {EnterpriseVoiceEnabled -eq $True}).Count
<#stdout
Ken Myer True
Aidan Delaney True
Chrystal Velasquez True
Maria Fernandes True
Kim Akers True
Niamh Byrne True
10
#>

#### The lookup command of every user page runs as printed, en-dash included
Get-CsAdminRole | Where-Object {$_.Cmdlets –match "Get-CsUser\b"} | ForEach-Object {$_.Identity}
"--"
Get-CsAdminRole | Where-Object {$_.Cmdlets –match "Set-CsUser\b"} | ForEach-Object {$_.Identity}
"--"
Get-CsAdminRole | Where-Object {$_.Cmdlets -match "Enable-CsUser"} | ForEach-Object {$_.Identity}
"--"
Get-CsAdminRole | Where-Object {$_.Cmdlets –match "Disable-CsUser"} | ForEach-Object {$_.Identity}
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
CsUserAdministrator
--
CsAdministrator
CsUserAdministrator
--
CsAdministrator
CsUserAdministrator
#>

#### Bad input: malformed SIP addresses and an unknown OU change nothing
Set-CsUser -Identity "Ken Myer" -SipAddress "kenmyer@litwareinc.com"
Set-CsUser -Identity "Ken Myer" -SipAddress "sip:ken myer@litwareinc"
Enable-CsUser -Identity "Jeff Hay" -RegistrarPool "atl-cs-001.litwareinc.com" -SipAddress "sip:jeffhay"
Get-CsUser -OU "ou=Nowhere,dc=litwareinc,dc=com"
(Get-CsUser "Ken Myer").SipAddress
@(Get-CsAdUser -Filter {Enabled -ne $True}).Count
<#stdout
sip:kenmyer@litwareinc.com
3
#>
<#stderr-contains
Set-CsUser : The SIP address "kenmyer@litwareinc.com" is not valid: it must begin with "sip:".
Set-CsUser : "sip:ken myer@litwareinc" is not a valid SIP address (sip:user@domain).
Enable-CsUser : "sip:jeffhay" is not a valid SIP address (sip:user@domain).
Get-CsUser : Management object not found for identity "ou=Nowhere,dc=litwareinc,dc=com".
#>
