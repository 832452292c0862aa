# The documented examples of Get-CsClientPinInfo, Set-CsClientPin, Lock-CsClientPin and
# Unlock-CsClientPin (Lync Server 2010 and 2013 help, and the 2013 operations pages),
# each run as printed, then read back.
# Lab: Ken Myer's PIN 0712 (phone +14255550101) was set 9/25/2012 1:35:03 PM; eight users
# have a PIN, Tony Smith's is locked; Redmond users fall under site:Redmond
# (MinPasswordLength 6). A PIN the server generates is shown once, as the pages say;
# a PIN the administrator types is never shown.

#### Get-CsClientPinInfo example 1: PIN information of every Lync user
Get-CsUser | Get-CsClientPinInfo
<#stdout

Identity          : sip:kenmyer@litwareinc.com
IsPinSet          : True
IsLockedOut       : False
LastPinChangeTime : 9/25/2012 1:35:03 PM
PinExpirationTime : 

Identity          : sip:pilar@litwareinc.com
IsPinSet          : True
IsLockedOut       : False
LastPinChangeTime : 9/20/2012 10:12:44 AM
PinExpirationTime : 

Identity          : sip:aidandelaney@litwareinc.com
IsPinSet          : False
IsLockedOut       : False
LastPinChangeTime : 
PinExpirationTime : 

Identity          : sip:chrystalvelasquez@litwareinc.com
IsPinSet          : True
IsLockedOut       : False
LastPinChangeTime : 10/2/2012 8:30:00 AM
PinExpirationTime : 

Identity          : sip:davidlongmuir@litwareinc.com
IsPinSet          : True
IsLockedOut       : False
LastPinChangeTime : 7/2/2012 4:05:10 PM
PinExpirationTime : 12/29/2012 4:05:10 PM

Identity          : sip:jhaas@litwareinc.com
IsPinSet          : False
IsLockedOut       : False
LastPinChangeTime : 
PinExpirationTime : 

Identity          : sip:annbeebe@litwareinc.com
IsPinSet          : False
IsLockedOut       : False
LastPinChangeTime : 
PinExpirationTime : 

Identity          : sip:mariafernandes@litwareinc.com
IsPinSet          : True
IsLockedOut       : False
LastPinChangeTime : 8/14/2012 5:31:05 PM
PinExpirationTime : 

Identity          : sip:ellenadams@litwareinc.com
IsPinSet          : True
IsLockedOut       : False
LastPinChangeTime : 11/5/2012 9:45:00 AM
PinExpirationTime : 

Identity          : sip:kimakers@litwareinc.com
IsPinSet          : False
IsLockedOut       : False
LastPinChangeTime : 
PinExpirationTime : 

Identity          : sip:donhall@litwareinc.com
IsPinSet          : False
IsLockedOut       : False
LastPinChangeTime : 
PinExpirationTime : 

Identity          : sip:tonysmith@litwareinc.com
IsPinSet          : True
IsLockedOut       : True
LastPinChangeTime : 10/9/2012 11:20:00 AM
PinExpirationTime : 

Identity          : sip:lisasmith@litwareinc.com
IsPinSet          : False
IsLockedOut       : False
LastPinChangeTime : 
PinExpirationTime : 

Identity          : sip:lolajacobsen@litwareinc.com
IsPinSet          : False
IsLockedOut       : False
LastPinChangeTime : 
PinExpirationTime : 

Identity          : sip:francoisajenstat@litwareinc.com
IsPinSet          : False
IsLockedOut       : False
LastPinChangeTime : 
PinExpirationTime : 

Identity          : sip:sophiemartin@litwareinc.com
IsPinSet          : False
IsLockedOut       : False
LastPinChangeTime : 
PinExpirationTime : 

Identity          : sip:seankelly@litwareinc.com
IsPinSet          : False
IsLockedOut       : False
LastPinChangeTime : 
PinExpirationTime : 

Identity          : sip:niamhbyrne@litwareinc.com
IsPinSet          : False
IsLockedOut       : False
LastPinChangeTime : 
PinExpirationTime : 

Identity          : sip:guygilbert@litwareinc.com
IsPinSet          : True
IsLockedOut       : False
LastPinChangeTime : 11/1/2012 2:02:37 PM
PinExpirationTime : 

#>

#### Get-CsClientPinInfo example 2: one user by domain\logon
Get-CsClientPinInfo -Identity "litwareinc\kenmyer"
<#stdout

Identity          : sip:kenmyer@litwareinc.com
IsPinSet          : True
IsLockedOut       : False
LastPinChangeTime : 9/25/2012 1:35:03 PM
PinExpirationTime : 

#>

#### Get-CsClientPinInfo example 3: the users of the Finance OU
Get-CsUser -OU "OU=Finance,DC=litwareinc,DC=com" | Get-CsClientPinInfo
<#stdout

Identity          : sip:chrystalvelasquez@litwareinc.com
IsPinSet          : True
IsLockedOut       : False
LastPinChangeTime : 10/2/2012 8:30:00 AM
PinExpirationTime : 

Identity          : sip:kimakers@litwareinc.com
IsPinSet          : False
IsLockedOut       : False
LastPinChangeTime : 
PinExpirationTime : 

#>

#### Get-CsClientPinInfo example 4: the users whose title is Manager
Set-ADUser -Identity "davidlongmuir" -Title "Manager"
Get-CsUser -LdapFilter "Title=Manager" | Get-CsClientPinInfo
<#stdout

Identity          : sip:davidlongmuir@litwareinc.com
IsPinSet          : True
IsLockedOut       : False
LastPinChangeTime : 7/2/2012 4:05:10 PM
PinExpirationTime : 12/29/2012 4:05:10 PM

#>

#### Set-CsClientPin example 1: a generated PIN is shown once with the Identity
$new = Set-CsClientPin -Identity "litwareinc\kenmyer"
$new.Identity
$new.Pin -match '^[0-9]{6}$'
(Test-CsPhoneBootstrap -PhoneOrExt "+14255550101" -PIN $new.Pin).Result
(Test-CsPhoneBootstrap -PhoneOrExt "+14255550101" -PIN "0712").Result
"$((Get-CsClientPinInfo -Identity "litwareinc\kenmyer").LastPinChangeTime)"
<#stdout
sip:kenmyer@litwareinc.com
True
Success
Failure
10/01/2012 09:30:00
#>

#### Set-CsClientPin example 1, as the 2013 operations page prints it (trailing space)
$new = Set-CsClientPin -Identity "Ken Myer" 
$new.PinReset
(Test-CsPhoneBootstrap -PhoneOrExt "+14255550101" -PIN $new.Pin).Result
<#stdout
True
Success
#>

#### Set-CsClientPin example 2: an explicit PIN, which prints nothing
Set-CsClientPin -Identity "litwareinc\kenmyer" -Pin 18723834
(Test-CsPhoneBootstrap -PhoneOrExt "+14255550101" -PIN "18723834").Result
(Get-CsClientPinInfo -Identity "Ken Myer").IsPinSet
<#stdout
Success
True
#>

#### Set-CsClientPin example 3: new PINs for the users of the Finance OU
$new = Get-CsUser -OU "OU=Finance,DC=litwareinc,DC=com" | Set-CsClientPin
$new | ForEach-Object {$_.Identity}
Get-CsUser -OU "OU=Finance,DC=litwareinc,DC=com" | Get-CsClientPinInfo | ForEach-Object {"$($_.Identity) $($_.IsPinSet) $($_.LastPinChangeTime)"}
<#stdout
sip:chrystalvelasquez@litwareinc.com
sip:kimakers@litwareinc.com
sip:chrystalvelasquez@litwareinc.com True 10/01/2012 09:30:00
sip:kimakers@litwareinc.com True 10/01/2012 09:30:00
#>

#### Set-CsClientPin example 4: a PIN for every user who has none
$new = Get-CsUser | Get-CsClientPinInfo | Where-Object {$_.IsPinSet -eq $False} | Set-CsClientPin
$new.Count
@(Get-CsUser | Get-CsClientPinInfo | Where-Object {$_.IsPinSet -eq $False}).Count
(Get-CsClientPinInfo -Identity "Ken Myer").LastPinChangeTime -eq (Get-Date "9/25/2012 1:35:03 PM")
<#stdout
11
0
True
#>

#### Lock-CsClientPin example 1: Ken Myer's PIN, by user principal name
Lock-CsClientPin -Identity "kenmyer@litwareinc.com"
(Get-CsClientPinInfo -Identity "Ken Myer").IsLockedOut
(Test-CsPhoneBootstrap -PhoneOrExt "+14255550101" -PIN "0712").Result
<#stdout
True
Failure
#>

#### Lock-CsClientPin example 2: every PIN that is set
Get-CsUser | Get-CsClientPinInfo | Where-Object {$_.IsPinSet -eq $True} | Lock-CsClientPin
Get-CsUser | Get-CsClientPinInfo | Where-Object {$_.IsLockedOut} | ForEach-Object {$_.Identity}
<#stdout
sip:kenmyer@litwareinc.com
sip:pilar@litwareinc.com
sip:chrystalvelasquez@litwareinc.com
sip:davidlongmuir@litwareinc.com
sip:mariafernandes@litwareinc.com
sip:ellenadams@litwareinc.com
sip:tonysmith@litwareinc.com
sip:guygilbert@litwareinc.com
#>

#### Lock-CsClientPin example 3: the expiration filter, with PowerShell's null comparison
# No lab PIN has expired on 10/1/2012 (David Longmuir's expires 12/29/2012). As in
# PowerShell, $null -lt (Get-Date) is True, so every PIN without an expiration time
# (and every user without a PIN) matches the filter and is locked; David's is not.
Get-CsUser | Get-CsClientPinInfo | Where-Object {$_.PinExpirationTime -lt (Get-Date)} | Lock-CsClientPin
@(Get-CsUser | Get-CsClientPinInfo | Where-Object {$_.IsLockedOut}).Count
(Get-CsClientPinInfo -Identity "David Longmuir").IsLockedOut
<#stdout
18
False
#>

#### Unlock-CsClientPin example 1: Ken Myer's PIN works again
Lock-CsClientPin -Identity "kenmyer@litwareinc.com"
Unlock-CsClientPin -Identity "litwareinc\kenmyer"
(Get-CsClientPinInfo -Identity "Ken Myer").IsLockedOut
(Test-CsPhoneBootstrap -PhoneOrExt "+14255550101" -PIN "0712").Result
<#stdout
False
Success
#>

#### Unlock-CsClientPin example 2: every locked PIN
Lock-CsClientPin -Identity "kenmyer@litwareinc.com"
@(Get-CsUser | Get-CsClientPinInfo | Where-Object {$_.IsLockedOut -eq $True}).Count
Get-CsUser | Get-CsClientPinInfo | Where-Object {$_.IsLockedOut -eq $True} | Unlock-CsClientPin
@(Get-CsUser | Get-CsClientPinInfo | Where-Object {$_.IsLockedOut -eq $True}).Count
<#stdout
2
0
#>

#### The lookup command of every PIN page runs as printed, en-dash included
Get-CsAdminRole | Where-Object {$_.Cmdlets –match "Get-CsClientPinInfo"} | ForEach-Object {$_.Identity}
"--"
Get-CsAdminRole | Where-Object {$_.Cmdlets –match "Set-CsClientPin"} | ForEach-Object {$_.Identity}
"--"
Get-CsAdminRole | Where-Object {$_.Cmdlets –match "Lock-CsClientPin"} | ForEach-Object {$_.Identity}
<#stdout
CsAdministrator
CsUserAdministrator
CsServerAdministrator
CsViewOnlyAdministrator
CsHelpDesk
--
CsAdministrator
CsUserAdministrator
--
CsAdministrator
CsUserAdministrator
CsHelpDesk
#>

#### A PIN the administrator types appears in no output, verbose line or error record
Set-CsClientPin -Identity "litwareinc\kenmyer" -Pin 18723834 -WhatIf
Set-CsClientPin -Identity "litwareinc\kenmyer" -Pin 18723834 -Verbose
Set-CsClientPin -Identity "litwareinc\kenmyer" -Pin 1872 -ErrorAction SilentlyContinue
Set-CsClientPin -Identity "litwareinc\kenmyer" -Pin 18x23834 -ErrorAction SilentlyContinue
($Error | Out-String) -match "1872"
($Error | Out-String) -match "18x23834"
$Error.Count
<#stdout
What if: Performing the operation "Set-CsClientPin" on target "sip:kenmyer@litwareinc.com".
VERBOSE: Performing the operation "Set-CsClientPin" on target "sip:kenmyer@litwareinc.com".
False
False
2
#>
