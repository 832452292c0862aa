# Get-CsUser filters and Enable-/Disable-/Set-CsUser.
# Lab: 19 Lync-enabled users; Jeff Hay is a directory account only; Jonathan Haas is
# enabled but has no Registrar pool.

#### -Filter takes the documented script block
Get-CsUser -Filter {EnterpriseVoiceEnabled -eq $True} | ForEach-Object {$_.DisplayName}
<#stdout
Ken Myer
Chrystal Velasquez
Maria Fernandes
Tony Smith
Guy Gilbert
#>

#### -Filter combines conditions with -and and -or, en-dashes included
Get-CsUser -Filter {DisplayName -like "* Smith" –and RegistrarPool -eq "atl-cs-001.litwareinc.com"} | ForEach-Object {$_.DisplayName}
@(Get-CsUser -Filter {Department -eq "Finance" -or Department -eq "Sales"}).Count
@(Get-CsUser -Filter "RegistrarPool -eq `$Null").Count
<#stdout
Tony Smith
9
1
#>

#### -LdapFilter takes LDAP syntax with AD attribute names
Get-CsUser -LdapFilter "l=Paris" | ForEach-Object {$_.DisplayName}
Get-CsUser -LdapFilter "&(Department=Finance)(Title=Accountant)" | ForEach-Object {$_.DisplayName}
@(Get-CsUser -LDAPFilter "|(l=Paris)(l=Dublin)").Count
@(Get-CsUser -LdapFilter "(&(l=Redmond)(!(department=Finance)))").Count
Get-CsUser -LdapFilter "givenName=Chry*" | ForEach-Object {$_.SipAddress}
<#stdout
Jonathan Haas
Maria Fernandes
François Ajenstat
Sophie Martin
Ken Myer
9
7
sip:chrystalvelasquez@litwareinc.com
#>

#### Filter and LdapFilter cannot be used together
Get-CsUser -Filter {Enabled -eq $True} -LdapFilter "l=Paris"
<#stderr-contains
Get-CsUser : The Filter and LdapFilter parameters cannot be used in the same command.
#>
<#exit 1#>

#### A filter on an unknown property is a clear error
Get-CsUser -Filter {ShoeSize -gt 9}
<#stderr-contains
Cannot use the Filter value. "ShoeSize" is not a property that Get-CsUser can filter on.
#>
<#exit 1#>

#### -OU includes child OUs; -ResultSize limits; -UnassignedUser finds users without a pool
@(Get-CsUser -OU "ou=North America,dc=litwareinc,dc=com").Count
@(Get-CsUser -ResultSize 3).Count
@(Get-CsUser -ResultSize Unlimited).Count
Get-CsUser -UnassignedUser | ForEach-Object {$_.DisplayName}
Get-CsUser –UnassignedUser | ForEach-Object {$_.DisplayName}
<#stdout
5
3
19
Jonathan Haas
Jonathan Haas
#>

#### Enable-CsUser enables a directory account with a given SIP address
Enable-CsUser -Identity "Jeff Hay" -RegistrarPool atl-cs-001.litwareinc.com -SipAddress "sip:jeffhay@litwareinc.com"
$u = Get-CsUser "Jeff Hay"
"$($u.SipAddress) $($u.RegistrarPool) $($u.Enabled)"
<#stdout
sip:jeffhay@litwareinc.com atl-cs-001.litwareinc.com True
#>

#### Enable-CsUser builds SIP addresses from the address type
Enable-CsUser -Identity "Jeff Hay" -RegistrarPool atl-cs-001.litwareinc.com -SipAddressType SamAccountName  -SipDomain litwareinc.com -PassThru | ForEach-Object {$_.SipAddress}
Disable-CsUser "Jeff Hay"
Enable-CsUser -Identity "Jeff Hay" -RegistrarPool atl-cs-001.litwareinc.com -SipAddressType FirstLastName -SipDomain litwareinc.com -PassThru | ForEach-Object {$_.SipAddress}
Disable-CsUser "Jeff Hay"
Enable-CsUser -Identity "Jeff Hay" -RegistrarPool atl-cs-001.litwareinc.com -SipAddressType EmailAddress -PassThru | ForEach-Object {$_.SipAddress}
<#stdout
sip:jeffhay@litwareinc.com
sip:JeffHay@litwareinc.com
sip:jeffhay@litwareinc.com
#>

#### An unknown pool or a malformed SIP address changes nothing
Enable-CsUser -Identity "Jeff Hay" -RegistrarPool nowhere.litwareinc.com -SipAddress "sip:jeffhay@litwareinc.com"
Enable-CsUser -Identity "Jeff Hay" -RegistrarPool atl-cs-001.litwareinc.com -SipAddress "jeffhay@litwareinc.com"
Enable-CsUser -Identity "Jeff Hay" -RegistrarPool atl-cs-001.litwareinc.com -SipAddress "sip:jeff hay@"
@(Get-CsUser -Filter {SamAccountName -eq "jeffhay"}).Count
<#stdout
0
#>
<#stderr-contains
The Registrar pool "nowhere.litwareinc.com" was not found in the topology.
The SIP address "jeffhay@litwareinc.com" is not valid: it must begin with "sip:".
"sip:jeff hay@" is not a valid SIP address (sip:user@domain).
#>

#### A SIP address already in use is refused
Enable-CsUser -Identity "Jeff Hay" -RegistrarPool atl-cs-001.litwareinc.com -SipAddress "sip:kenmyer@litwareinc.com"
@(Get-CsUser -Filter {SamAccountName -eq "jeffhay"}).Count
<#stdout
0
#>
<#stderr-contains
The SIP address "sip:kenmyer@litwareinc.com" already belongs to "Ken Myer".
#>

#### Disable-CsUser removes the user from Get-CsUser with its certificates
Disable-CsUser -Identity "Ken Myer"
@(Get-CsUser "Ken Myer" -ErrorAction SilentlyContinue).Count
@(Get-CsUser).Count
<#stdout
0
18
#>

#### Set-CsUser changes properties together, and -Enabled $False keeps the settings
Set-CsUser -Identity "Pilar Ackerman" -EnterpriseVoiceEnabled $True -LineURI "TEL:+14255551297;ext=51297"
Set-CsUser -Identity "Pilar Ackerman" -Enabled $False
$u = Get-CsUser "Pilar Ackerman"
"$($u.EnterpriseVoiceEnabled) $($u.LineURI) $($u.Enabled) $($u.SipAddress)"
<#stdout
True TEL:+14255551297;ext=51297 False sip:pilar@litwareinc.com
#>

#### A bad line URI leaves the user untouched
Set-CsUser -Identity "Pilar Ackerman" -EnterpriseVoiceEnabled $True -LineURI "4255551297"
(Get-CsUser "Pilar Ackerman").EnterpriseVoiceEnabled
<#stdout
False
#>
<#stderr-contains
"4255551297" is not a valid line URI
#>

#### Set-CsUser -WhatIf names the user's distinguished name
Set-CsUser -Identity "Pilar Ackerman" -Enabled $False -WhatIf
<#stdout
What if: Performing the operation "Set-CsUser" on target "CN=Pilar Ackerman,OU=Redmond,DC=litwareinc,DC=com".
#>

#### Only user administrators may enable users
Enable-CsUser -Identity "Jeff Hay" -RegistrarPool atl-cs-001.litwareinc.com -SipAddressType EmailAddress
<#as litwareinc\aidandelaney#>
<#stderr-contains
may run Enable-CsUser (RTCUniversalUserAdmins).
#>
<#exit 1#>
