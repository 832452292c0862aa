# PIN policies. Lab: Global (defaults), site:Redmond (MinPasswordLength 6) and the
# per-user RedmondPinPolicy (7 digits, history 5, 10 attempts) granted to Ellen Adams.

#### Get-CsPinPolicy lists the policies with their documented properties
Get-CsPinPolicy -Identity global
<#stdout

Identity             : Global
Description          : 
MinPasswordLength    : 5
PINHistoryCount      : 0
AllowCommonPatterns  : False
PINLifetime          : 0
MaximumLogonAttempts : 

#>

#### Filters select site and per-user policies
Get-CsPinPolicy | ForEach-Object {$_.Identity}
Get-CsPinPolicy -Filter "tag:*" | ForEach-Object {$_.Identity}
Get-CsPinPolicy -Filter "site:*" | ForEach-Object {$_.Identity}
<#stdout
Global
site:Redmond
Tag:RedmondPinPolicy
Tag:RedmondPinPolicy
site:Redmond
#>

#### New-CsPinPolicy creates a site policy with defaults for what is left out
New-CsPinPolicy -Identity site:Dublin -MinPasswordLength 8 | Out-Null
$p = Get-CsPinPolicy -Identity site:Dublin
"$($p.Identity) $($p.MinPasswordLength) $($p.PINHistoryCount) $($p.AllowCommonPatterns)"
Set-CsClientPin -Identity "Aidan Delaney" -Pin 4802137
<#stdout
site:Dublin 8 0 False
#>
<#stderr-contains
The PIN must be at least 8 digits long, as the PIN policy "site:Dublin" requires.
#>
<#exit 1#>

#### The global policy cannot be created and a site must exist
New-CsPinPolicy -Identity global
New-CsPinPolicy -Identity site:Atlantis
@(Get-CsPinPolicy).Count
<#stdout
3
#>
<#stderr-contains
The global PIN policy always exists: change it with Set-CsPinPolicy.
The site "Atlantis" does not exist in this deployment.
#>

#### Values outside the documented ranges are refused
Set-CsPinPolicy -MinPasswordLength 3
Set-CsPinPolicy -PINHistoryCount 21
Set-CsPinPolicy -MaximumLogonAttempts 1000
(Get-CsPinPolicy global).MinPasswordLength
<#stdout
5
#>
<#stderr-contains
Cannot validate argument on parameter 'MinPasswordLength'. The 3 argument is less than the minimum allowed range of 4.
Cannot validate argument on parameter 'PINHistoryCount'. The 21 argument is greater than the maximum allowed range of 20.
Cannot validate argument on parameter 'MaximumLogonAttempts'.
#>

#### PINLifetime needs a PIN history
Set-CsPinPolicy -Identity site:Redmond -PINLifetime 60
(Get-CsPinPolicy site:Redmond).PINLifetime
Set-CsPinPolicy -Identity site:Redmond -PINHistoryCount 3 -PINLifetime 60
(Get-CsPinPolicy site:Redmond).PINLifetime
<#stdout
0
60
#>
<#stderr-contains
PINLifetime can be greater than 0 only when PINHistoryCount is greater than 0 too.
#>

#### A PIN set under a lifetime expires that many days later
Set-CsPinPolicy -Identity site:Redmond -PINHistoryCount 3 -PINLifetime 60
Set-CsClientPin -Identity "Ken Myer" -Pin 480213
"$((Get-CsClientPinInfo "Ken Myer").PinExpirationTime)"
<#stdout
11/30/2012 09:30:00
#>

#### Remove-CsPinPolicy on global resets it; on a site it deletes it
Set-CsPinPolicy -Identity global -MinPasswordLength 9 -AllowCommonPatterns $True
Remove-CsPinPolicy -Identity global
Remove-CsPinPolicy -Identity site:Redmond
Get-CsPinPolicy | ForEach-Object {"$($_.Identity) $($_.MinPasswordLength) $($_.AllowCommonPatterns)"}
<#stdout
Global 5 False
Tag:RedmondPinPolicy 7 False
#>

#### Grant-CsPinPolicy assigns a per-user policy and $Null removes it
Grant-CsPinPolicy -Identity "Ken Myer" -PolicyName RedmondPinPolicy
(Get-CsUser "Ken Myer").PinPolicy
Set-CsClientPin -Identity "Ken Myer" -Pin 480213
Grant-CsPinPolicy -Identity "Ken Myer" -PolicyName $Null
"[$((Get-CsUser "Ken Myer").PinPolicy)]"
Set-CsClientPin -Identity "Ken Myer" -Pin 480213
<#stdout
RedmondPinPolicy
[]
#>
<#stderr-contains
as the PIN policy "RedmondPinPolicy" requires.
#>

#### Only per-user policies can be granted
Grant-CsPinPolicy -Identity "Ken Myer" -PolicyName site:Redmond
<#stderr-contains
Policy "site:Redmond" is not a user policy. You can assign only a user policy to a specific user.
#>
<#exit 1#>

#### The documented pipeline grants a policy to the users who have none
Get-CsUser | Where-Object {$_.PinPolicy -eq $Null} | Grant-CsPinPolicy -PolicyName RedmondPinPolicy
@(Get-CsUser | Where-Object {$_.PinPolicy -eq "RedmondPinPolicy"}).Count
<#stdout
19
#>

#### WhatIf changes no policy
Set-CsPinPolicy -Identity site:Redmond -MinPasswordLength 10 -WhatIf
Remove-CsPinPolicy site:Redmond -WhatIf
(Get-CsPinPolicy site:Redmond).MinPasswordLength
<#stdout
What if: Performing the operation "Set-CsPinPolicy" on target "site:Redmond".
What if: Performing the operation "Remove-CsPinPolicy" on target "site:Redmond".
6
#>

#### User administrators may read and grant but not change policies
@(Get-CsPinPolicy).Count
Grant-CsPinPolicy -Identity "Ken Myer" -PolicyName RedmondPinPolicy
Set-CsPinPolicy -MinPasswordLength 6
<#as pilar@litwareinc.com#>
<#stdout
3
#>
<#stderr-contains
may run Set-CsPinPolicy (RTCUniversalServerAdmins).
#>
<#exit 1#>
