# The documented examples of Get-CsClientCertificate, Revoke-CsClientCertificate,
# Test-CsPhoneBootstrap, Test-CsClientAuth (Lync 2010) and Test-CsClientAuthentication
# (Lync 2013), each run as printed, then read back.
# Lab clock 10/1/2012 9:30:00 AM; certificates were published from September 2012 on;
# Ken Myer holds two, his PIN is 0712; Jonathan Haas has no Registrar pool.
# The pages use the phone number +14255551219 for Ken Myer: the cases give it to him
# first (his lab number is +14255550101).

#### Get-CsClientCertificate example 1: Ken Myer's certificates
Get-CsClientCertificate -Identity "Ken Myer" | Format-List Identity, PublicationTime, ExpirationTime
<#stdout

Identity        : sip:kenmyer@litwareinc.com
PublicationTime : 9/4/2012 8:07:00 AM
ExpirationTime  : 3/3/2013 8:07:00 AM

Identity        : sip:kenmyer@litwareinc.com
PublicationTime : 9/21/2012 8:08:00 AM
ExpirationTime  : 3/20/2013 8:08:00 AM

#>

#### Get-CsClientCertificate example 2: certificates expiring before a US-format date
Get-CsClientCertificate -Identity "Ken Myer" | Where-Object {$_.ExpirationTime -lt "9/1/2011"}
"--"
Get-CsClientCertificate -Identity "Ken Myer" | Where-Object {$_.ExpirationTime -lt "3/10/2013"} | ForEach-Object {"$($_.ExpirationTime)"}
<#stdout
--
03/03/2013 08:07:00
#>

#### Get-CsClientCertificate example 3: certificates published after a US-format date
@(Get-CsClientCertificate -Identity "Ken Myer" | Where-Object {$_.PublicationTime -gt "1/1/2010"}).Count
Get-CsClientCertificate -Identity "Ken Myer" | Where-Object {$_.PublicationTime -gt "9/10/2012"} | ForEach-Object {"$($_.PublicationTime)"}
<#stdout
2
09/21/2012 08:08:00
#>

#### Get-CsClientCertificate example 4: every homed user, skipping users without a pool
$all = Get-CsUser | Where-Object {$_.RegistrarPool -ne $Null} | Get-CsClientCertificate
$all.Count
($all | Group-Object Identity).Count
<#stdout
21
14
#>

#### Get-CsClientCertificate example 4: without the filter, a user without a pool is an error
Get-CsClientCertificate -Identity "Jonathan Haas"
@(Get-CsUser | Get-CsClientCertificate -ErrorAction SilentlyContinue).Count
<#stderr-contains
Get-CsClientCertificate : Cannot get the client certificates of "sip:jhaas@litwareinc.com": the user is not assigned to a Registrar pool.
#>
<#stdout
21
#>

#### Revoke-CsClientCertificate example 1: every certificate of Ken Myer, nobody else's
Revoke-CsClientCertificate -Identity "Ken Myer"
@(Get-CsClientCertificate -Identity "Ken Myer").Count
@(Get-CsClientCertificate -Identity "Pilar Ackerman").Count
<#stdout
0
1
#>

#### Revoke-CsClientCertificate example 2: every certificate of every Lync user
Get-CsUser | Revoke-CsClientCertificate
@(Get-CsUser | Where-Object {$_.RegistrarPool -ne $Null} | Get-CsClientCertificate).Count
<#stdout
0
#>

#### Test-CsPhoneBootstrap example 1: phone number and PIN sign in and publish a certificate
Set-CsUser -Identity "Ken Myer" -LineURI "tel:+14255551219"
$result = Test-CsPhoneBootstrap -PhoneOrExt "+14255551219" -Pin "0712"
"$($result.Result) $($result.TargetFqdn) [$($result.Error)]"
Get-CsClientCertificate -Identity "Ken Myer" | Where-Object {$_.PublicationTime -ge "10/1/2012"} | ForEach-Object {"$($_.PublicationTime) $($_.ExpirationTime)"}
<#stdout
Success atl-cs-001.litwareinc.com []
10/01/2012 09:30:00 03/30/2013 09:30:00
#>

#### Test-CsPhoneBootstrap example 1: the 2013 -PhoneOrExtension spelling and a wrong PIN
Set-CsUser -Identity "Ken Myer" -LineURI "tel:+14255551219"
(Test-CsPhoneBootstrap -PhoneOrExtension "+14255551219" -Pin "0712").Result
$bad = Test-CsPhoneBootstrap -PhoneOrExt "+14255551219" -Pin "0713"
"$($bad.Result) $($bad.Error)"
<#stdout
Success
Failure ERROR - No response received for Web-Ticket service.
#>

#### Test-CsPhoneBootstrap example 2: the number and PIN must belong to the SIP address
Set-CsUser -Identity "Ken Myer" -LineURI "tel:+14255551219"
(Test-CsPhoneBootstrap -PhoneOrExt "+14255551219" -Pin "0712" -UserSipAddress "sip:kenmyer@litwareinc.com").Result
(Test-CsPhoneBootstrap -PhoneOrExt "+14255551219" -Pin "0712" -UserSipAddress "sip:pilar@litwareinc.com").Result
@(Get-CsClientCertificate -Identity "Ken Myer").Count
<#stdout
Success
Failure
3
#>

#### Test-CsClientAuth example 1 (Lync 2010): sign in with the certificate the phone obtained
Set-CsUser -Identity "Ken Myer" -LineURI "tel:+14255551219"
(Test-CsPhoneBootstrap -PhoneOrExt "+14255551219" -Pin "0712").Result
$cred1 = Get-Credential "litwareinc\kenmyer"

Test-CsClientAuth -TargetFqdn atl-cs-001.litwareinc.com -UserSipAddress "sip:kenmyer@litwareinc.com" -UserCredential $cred1 | ForEach-Object {"$($_.Result) $($_.TargetFqdn)"}
Revoke-CsClientCertificate -Identity "Ken Myer"
(Test-CsClientAuth -TargetFqdn atl-cs-001.litwareinc.com -UserSipAddress "sip:kenmyer@litwareinc.com" -UserCredential $cred1).Result
<#stdin
Pass@word1
#>
<#stdout
Success
PowerShell credential request
Enter your credentials.
Password for user litwareinc\kenmyer: Success atl-cs-001.litwareinc.com
Failure
#>

#### Test-CsClientAuthentication example 1 (Lync 2013): the same test under its new name
Set-CsUser -Identity "Ken Myer" -LineURI "tel:+14255551219"
(Test-CsPhoneBootstrap -PhoneOrExt "+14255551219" -Pin "0712").Result
$cred1 = Get-Credential "litwareinc\kenmyer"

Test-CsClientAuthentication -TargetFqdn atl-cs-001.litwareinc.com -UserSipAddress "sip:kenmyer@litwareinc.com" -UserCredential $cred1 | ForEach-Object {"$($_.Result) $($_.TargetFqdn)"}
<#stdin
Pass@word1
#>
<#stdout
Success
PowerShell credential request
Enter your credentials.
Password for user litwareinc\kenmyer: Success atl-cs-001.litwareinc.com
#>

#### The lookup command of every certificate page runs as printed, en-dash included
Get-CsAdminRole | Where-Object {$_.Cmdlets –match "Get-CsClientCertificate"} | ForEach-Object {$_.Identity}
"--"
Get-CsAdminRole | Where-Object {$_.Cmdlets -match "Test-CsPhoneBootstrap"} | ForEach-Object {$_.Identity}
<#stdout
CsAdministrator
CsUserAdministrator
CsServerAdministrator
CsViewOnlyAdministrator
CsHelpDesk
--
CsAdministrator
CsServerAdministrator
CsHelpDesk
#>
