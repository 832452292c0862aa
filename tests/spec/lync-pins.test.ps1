# PIN cmdlets: Get-CsClientPinInfo, Set-/Lock-/Unlock-CsClientPin.
# Lab: Ken Myer's PIN (0712) was set 9/25/2012 1:35:03 PM; Tony Smith's PIN is locked;
# Redmond users (pool atl-cs-001) get the site:Redmond policy (MinPasswordLength 6);
# Ellen Adams is granted RedmondPinPolicy (MinPasswordLength 7, MaximumLogonAttempts 10).

#### Get-CsClientPinInfo prints the documented list
Get-CsClientPinInfo -Identity "Ken Myer"
<#stdout

Identity          : sip:kenmyer@litwareinc.com
IsPinSet          : True
IsLockedOut       : False
LastPinChangeTime : 9/25/2012 1:35:03 PM
PinExpirationTime : 

#>

#### A user without a PIN shows IsPinSet False and blank times
Get-CsClientPinInfo "Aidan Delaney" | Format-List Identity, IsPinSet, LastPinChangeTime
<#stdout

Identity          : sip:aidandelaney@litwareinc.com
IsPinSet          : False
LastPinChangeTime : 

#>

#### The documented pipeline finds the locked PINs and unlocks them
Get-CsUser | Get-CsClientPinInfo | Where-Object {$_.IsLockedOut} | ForEach-Object {$_.Identity}
Get-CsUser | Get-CsClientPinInfo | Where-Object {$_.IsLockedOut} | Unlock-CsClientPin
@(Get-CsUser | Get-CsClientPinInfo | Where-Object {$_.IsLockedOut -eq $True}).Count
<#stdout
sip:tonysmith@litwareinc.com
0
#>

#### Users without a PIN, found with the documented filter
Get-CsUser | Get-CsClientPinInfo | Where-Object {$_.IsPinSet -eq $False} | Measure-Object | ForEach-Object {$_.Count}
<#stdout
11
#>

#### Set-CsClientPin with an explicit PIN stores it, changes the time and prints nothing
Set-CsClientPin -Identity "Ken Myer" -Pin 480213
"$((Get-CsClientPinInfo "Ken Myer").LastPinChangeTime)"
Test-CsPhoneBootstrap -PhoneOrExt "+14255550101" -PIN "480213" | ForEach-Object {$_.Result}
Test-CsPhoneBootstrap -PhoneOrExt "+14255550101" -PIN "0712" | ForEach-Object {$_.Result}
<#stdout
10/01/2012 09:30:00
Success
Failure
#>

#### The PIN is positional after the identity, and en-dashes work
Set-CsClientPin "Ken Myer" 480213
Set-CsClientPin –Identity “Pilar Ackerman” –Pin 730915
(Test-CsPhoneBootstrap -PhoneOrExt "0102" -PIN "730915").Result
<#stdout
Success
#>

#### A PIN shorter than the policy's minimum is refused and nothing changes
Set-CsClientPin -Identity "Ken Myer" -Pin 48213
"$((Get-CsClientPinInfo "Ken Myer").LastPinChangeTime)"
<#stdout
09/25/2012 13:35:03
#>
<#stderr-contains
Set-CsClientPin : Cannot set the PIN of "sip:kenmyer@litwareinc.com". The PIN must be at least 6 digits long, as the PIN policy "site:Redmond" requires.
+ Set-CsClientPin -Identity "Ken Myer" -Pin *****
FullyQualifiedErrorId : InvalidPin,Microsoft.Rtc.Management.UserPinService.SetCsClientPinCmdlet
#>

#### Letters, repeated digits, runs and the phone extension are refused
Set-CsClientPin -Identity "Aidan Delaney" -Pin 48a135
Set-CsClientPin -Identity "Aidan Delaney" -Pin 225577
Set-CsClientPin -Identity "Aidan Delaney" -Pin 991234
Set-CsUser -Identity "Aidan Delaney" -LineURI "tel:+35319480213"
Set-CsClientPin -Identity "Aidan Delaney" -Pin "35319480213"
(Get-CsClientPinInfo "Aidan Delaney").IsPinSet
<#stdout
False
#>
<#stderr-contains
The PIN can contain only the digits 0 through 9.
The PIN is a common pattern (repeating digits), which the PIN policy "Global" does not allow.
The PIN is a common pattern (four or more consecutive digits), which the PIN policy "Global" does not allow.
The PIN is the user's phone number or extension, which the PIN policy "Global" does not allow.
#>

#### A refused PIN never appears in the error output
Set-CsClientPin -Identity "Aidan Delaney" -Pin 4729
Set-CsClientPin -Identity "Aidan Delaney" -Pin 47a29
<#stderr-contains
Cannot set the PIN of "sip:aidandelaney@litwareinc.com".
-Pin ****
-Pin *****
#>
<#exit 1#>

#### Without -Pin the server generates one and shows it once, with the Identity
$result = Set-CsClientPin -Identity "Aidan Delaney"
$result.Identity
$result.PinReset
$result.Pin -match '^[0-9]{5}$'
(Test-CsPhoneBootstrap -PhoneOrExt "+35315550103" -PIN $result.Pin).Result
(Get-CsClientPinInfo "Aidan Delaney").IsPinSet
<#stdout
sip:aidandelaney@litwareinc.com
True
True
Success
True
#>

#### PIN history is not enforced: the previous PIN may be set again
Set-CsClientPin -Identity "Ellen Adams" -Pin 5820417
"$((Get-CsClientPinInfo "Ellen Adams").LastPinChangeTime)"
<#stdout
10/01/2012 09:30:00
#>

#### A locked PIN must be unlocked before a new one is set
Set-CsClientPin -Identity "Tony Smith" -Pin 480213
"$((Get-CsClientPinInfo "Tony Smith").LastPinChangeTime)"
Unlock-CsClientPin -Identity "Tony Smith"
Set-CsClientPin -Identity "Tony Smith" -Pin 480213
"$((Get-CsClientPinInfo "Tony Smith").LastPinChangeTime)"
<#stdout
10/09/2012 11:20:00
10/01/2012 09:30:00
#>
<#stderr-contains
Set-CsClientPin : The PIN of "sip:tonysmith@litwareinc.com" is locked. Unlock it with Unlock-CsClientPin before setting a new PIN.
#>
<#exit 0#>

#### Lock-CsClientPin locks, and a locked PIN cannot bootstrap
Lock-CsClientPin -Identity "Ken Myer"
(Get-CsClientPinInfo "Ken Myer").IsLockedOut
(Test-CsPhoneBootstrap -PhoneOrExt "+14255550101" -PIN "0712").Result
Unlock-CsClientPin "Ken Myer"
(Test-CsPhoneBootstrap -PhoneOrExt "+14255550101" -PIN "0712").Result
<#stdout
True
Failure
Success
#>

#### WhatIf on Set-CsClientPin names the user only, never the PIN, and changes nothing
Set-CsClientPin -Identity "Ken Myer" -Pin 480213 -WhatIf
Lock-CsClientPin "Ken Myer" -WhatIf
"$((Get-CsClientPinInfo "Ken Myer").LastPinChangeTime)"
(Get-CsClientPinInfo "Ken Myer").IsLockedOut
<#stdout
What if: Performing the operation "Set-CsClientPin" on target "sip:kenmyer@litwareinc.com".
What if: Performing the operation "Lock-CsClientPin" on target "sip:kenmyer@litwareinc.com".
09/25/2012 13:35:03
False
#>

#### Confirm with No keeps the PIN unlocked
Lock-CsClientPin -Identity "Ken Myer" -Confirm
(Get-CsClientPinInfo "Ken Myer").IsLockedOut
<#stdin
N
#>
<#stdout

Confirm
Are you sure you want to perform this action?
Performing the operation "Lock-CsClientPin" on target "sip:kenmyer@litwareinc.com".
[Y] Yes  [A] Yes to All  [N] No  [L] No to All  [S] Suspend  [?] Help (default is "Y"): False
#>

#### Display-name wildcards reach every matching user
Lock-CsClientPin -Identity "* Smith"
Get-CsClientPinInfo "* Smith" | ForEach-Object {"$($_.Identity) $($_.IsLockedOut)"}
<#stdout
sip:tonysmith@litwareinc.com True
sip:lisasmith@litwareinc.com True
#>

#### Strings, user objects and objects with an Identity property bind from the pipeline
"Ken Myer" | Lock-CsClientPin
Get-CsUser "Pilar Ackerman" | Lock-CsClientPin
[pscustomobject]@{Identity = "sip:aidandelaney@litwareinc.com"} | Lock-CsClientPin
@(Get-CsUser | Get-CsClientPinInfo | Where-Object {$_.IsLockedOut}).Count
<#stdout
4
#>

#### A directory account that is not enabled for Lync is not found
Get-CsClientPinInfo -Identity "Jeff Hay"
<#stderr-contains
Get-CsClientPinInfo : Management object not found for identity "Jeff Hay".
#>
<#exit 1#>

#### Only server administrators may set PINs
Set-CsClientPin -Identity "Ken Myer" -Pin 480213
<#as pilar@litwareinc.com#>
<#stderr-contains
may run Set-CsClientPin (RTCUniversalServerAdmins).
#>
<#exit 1#>

#### The RBAC lookup lists the roles holding Lock-CsClientPin
Get-CsAdminRole | Where-Object {$_.Cmdlets –match "Lock-CsClientPin"} | ForEach-Object {$_.Identity}
<#stdout
CsAdministrator
CsUserAdministrator
CsHelpDesk
#>
