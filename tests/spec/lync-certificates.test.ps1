# The certificate lifecycle: phone bootstrap with a PIN, client authentication,
# revocation, bootstrap again. Lab clock: 10/1/2012 9:30:00 AM. Ken Myer's PIN is
# 0712, his phone +14255550101 (extension 0101); every lab password is Pass@word1.

#### The whole lifecycle runs in one session
$cred = Get-Credential -UserName "litwareinc\kenmyer" -Password (ConvertTo-SecureString "Pass@word1" -AsPlainText -Force)
(Test-CsClientAuthentication -UserSipAddress "sip:kenmyer@litwareinc.com" -UserCredential $cred).Result
$boot = Test-CsPhoneBootstrap -PhoneOrExt "+14255550101" -PIN "0712"
$boot.Result
$cert = Get-CsClientCertificate -Identity "Ken Myer" | Where-Object {$_.PublicationTime -gt "10/1/2012"}
"$($cert.PublicationTime) / $($cert.ExpirationTime)"
$cert.Subject
(Test-CsClientAuthentication -UserSipAddress "sip:kenmyer@litwareinc.com" -UserCredential $cred).Result
Revoke-CsClientCertificate -Identity "Ken Myer"
$failed = Test-CsClientAuthentication -UserSipAddress "sip:kenmyer@litwareinc.com" -UserCredential $cred
$failed.Result
$failed.Error
(Test-CsPhoneBootstrap -PhoneOrExt "0101" -PIN "0712").Result
(Test-CsClientAuthentication -UserSipAddress "sip:kenmyer@litwareinc.com" -UserCredential $cred).Result
@(Get-CsClientCertificate "Ken Myer").Count
<#stdout
Failure
Success
10/01/2012 09:30:00 / 03/30/2013 09:30:00
CN=sip:kenmyer@litwareinc.com
Success
Failure
ERROR - No valid client certificate was found for the user.
Success
Success
1
#>

#### A bootstrap prints the documented TaskOutput list
Test-CsPhoneBootstrap -PhoneOrExt "+14255550101" -PIN "0712" | Format-List TargetUri, TargetFqdn, Result, Error, Diagnosis
<#stdout

TargetUri  : https://atl-cs-001.litwareinc.com:443/CertProv/CertProvisioningService.svc
TargetFqdn : atl-cs-001.litwareinc.com
Result     : Success
Error      : 
Diagnosis  : 

#>

#### The certificate has a real serial number and SHA-1 thumbprint
Test-CsPhoneBootstrap -PhoneOrExt "+14255550101" -PIN "0712" | Out-Null
$cert = Get-CsClientCertificate "Ken Myer" | Where-Object {$_.PublicationTime -gt "10/1/2012"}
$cert.Thumbprint -match '^[0-9A-F]{40}$'
$cert.SerialNumber -match '^[0-9A-F]+$'
<#stdout
True
True
#>

#### A wrong PIN fails with the documented error and issues nothing
$r = Test-CsPhoneBootstrap -PhoneOrExt "+14255550101" -PIN "999999"
$r.Result
$r.Error
@(Get-CsClientCertificate "Ken Myer").Count
<#stdout
Failure
ERROR - No response received for Web-Ticket service.
2
#>

#### Failures lock the PIN after the policy's MaximumLogonAttempts
Set-CsPinPolicy -Identity site:Redmond -MaximumLogonAttempts 3
1..3 | ForEach-Object { (Test-CsPhoneBootstrap -PhoneOrExt "+14255550101" -PIN "999999").Result }
(Get-CsClientPinInfo "Ken Myer").IsLockedOut
(Test-CsPhoneBootstrap -PhoneOrExt "+14255550101" -PIN "0712").Result
Unlock-CsClientPin "Ken Myer"
(Get-CsClientPinInfo "Ken Myer").IsLockedOut
(Test-CsPhoneBootstrap -PhoneOrExt "+14255550101" -PIN "0712").Result
<#stdout
Failure
Failure
Failure
True
Failure
False
Success
#>

#### Two failures below the limit do not lock the PIN
Set-CsPinPolicy -Identity site:Redmond -MaximumLogonAttempts 3
1..2 | ForEach-Object { Test-CsPhoneBootstrap -PhoneOrExt "+14255550101" -PIN "999999" } | Out-Null
(Get-CsClientPinInfo "Ken Myer").IsLockedOut
<#stdout
False
#>

#### The number and PIN must belong to the user named by -UserSipAddress
(Test-CsPhoneBootstrap -PhoneOrExt "+14255550101" -PIN "0712" -UserSipAddress "sip:pilar@litwareinc.com").Result
(Test-CsPhoneBootstrap -PhoneOrExt "+14255550101" -PIN "0712" -UserSipAddress "sip:kenmyer@litwareinc.com").Result
<#stdout
Failure
Success
#>

#### An unknown target pool does not answer
$r = Test-CsPhoneBootstrap -TargetFqdn "nowhere.litwareinc.com" -PhoneOrExt "+14255550101" -PIN "0712"
$r.TargetUri
$r.Result
<#stdout
https://nowhere.litwareinc.com:443/CertProv/CertProvisioningService.svc
Failure
#>

#### The verbose log masks the PIN
Test-CsPhoneBootstrap -PhoneOrExt "+14255550101" -PIN "0712" -OutVerboseVariable log | Out-Null
$log -split "`n" | Where-Object {$_ -like "Using PIN*"}
<#stdout
Using PIN auth with Phone\Ext : +14255550101 Pin : ****
#>

#### A wrong password fails client authentication even with a certificate
Test-CsPhoneBootstrap -PhoneOrExt "+14255550101" -PIN "0712" | Out-Null
$bad = Get-Credential -UserName "litwareinc\kenmyer" -Password (ConvertTo-SecureString "nope" -AsPlainText -Force)
(Test-CsClientAuth -UserSipAddress "sip:kenmyer@litwareinc.com" -UserCredential $bad).Result
<#stdout
Failure
#>

#### Get-Credential cannot prompt under -NonInteractive
Get-Credential "litwareinc\kenmyer"
<#stderr-contains
PowerShell is in NonInteractive mode. Read and Prompt functionality is not available.
#>
<#exit 1#>

#### Get-Credential reads the password from the host
$c = Get-Credential "litwareinc\kenmyer"
$c.UserName
(Test-CsPhoneBootstrap -PhoneOrExt "+14255550101" -PIN "0712").Result
(Test-CsClientAuthentication -UserSipAddress "sip:kenmyer@litwareinc.com" -UserCredential $c).Result
<#stdin
Pass@word1
#>
<#stdout
PowerShell credential request
Enter your credentials.
Password for user litwareinc\kenmyer: litwareinc\kenmyer
Success
Success
#>

#### Only server administrators may bootstrap
Test-CsPhoneBootstrap -PhoneOrExt "+14255550101" -PIN "0712"
<#as litwareinc\kenmyer#>
<#stderr-contains
may run Test-CsPhoneBootstrap (RTCUniversalServerAdmins).
#>
<#exit 1#>
