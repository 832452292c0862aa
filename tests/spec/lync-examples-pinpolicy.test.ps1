# The documented examples of Get-, Set-, New-, Remove- and Grant-CsPinPolicy (Lync
# Server 2010 and 2013 help), each run as printed, then read back.
# Lab policies: Global (MinPasswordLength 5), site:Redmond (6) and the per-user
# RedmondPinPolicy (7, PINHistoryCount 5, MaximumLogonAttempts 10, granted to Ellen Adams).
# The pages' per-user policy RedmondUsersPinPolicy does not exist in the lab: the cases
# that use it create it first, and those that create site:Redmond remove the lab's first.

#### Get-CsPinPolicy example 1: every PIN policy
Get-CsPinPolicy
<#stdout

Identity             : Global
Description          : 
MinPasswordLength    : 5
PINHistoryCount      : 0
AllowCommonPatterns  : False
PINLifetime          : 0
MaximumLogonAttempts : 

Identity             : site:Redmond
Description          : PIN policy for the Redmond site
MinPasswordLength    : 6
PINHistoryCount      : 0
AllowCommonPatterns  : False
PINLifetime          : 0
MaximumLogonAttempts : 

Identity             : Tag:RedmondPinPolicy
Description          : Stricter PINs for selected Redmond users
MinPasswordLength    : 7
PINHistoryCount      : 5
AllowCommonPatterns  : False
PINLifetime          : 0
MaximumLogonAttempts : 10

#>

#### Get-CsPinPolicy example 2: the Redmond site policy
Get-CsPinPolicy -Identity "site:Redmond" | ForEach-Object {"$($_.Identity) $($_.MinPasswordLength)"}
<#stdout
site:Redmond 6
#>

#### Get-CsPinPolicy example 3: the per-user policies
Get-CsPinPolicy -Filter "tag:*" | ForEach-Object {$_.Identity}
<#stdout
Tag:RedmondPinPolicy
#>

#### Get-CsPinPolicy example 4: policies that allow common patterns
Get-CsPinPolicy | Where-Object {$_.AllowCommonPatterns -eq $True}
Set-CsPinPolicy -Identity site:Redmond -AllowCommonPatterns $True
Get-CsPinPolicy | Where-Object {$_.AllowCommonPatterns -eq $True} | ForEach-Object {$_.Identity}
<#stdout
site:Redmond
#>

#### Get-CsPinPolicy example 5: policies whose PINs live more than 30 days
Get-CsPinPolicy | Where-Object {$_.PinLifetime -gt 30}
Set-CsPinPolicy -Identity RedmondPinPolicy -PINLifetime 60
Get-CsPinPolicy | Where-Object {$_.PinLifetime -gt 30} | ForEach-Object {$_.Identity}
<#stdout
Tag:RedmondPinPolicy
#>

#### Set-CsPinPolicy example 1: a longer minimum for the Redmond site, enforced
Set-CsPinPolicy -Identity site:Redmond -MinPasswordLength 10
(Get-CsPinPolicy -Identity site:Redmond).MinPasswordLength
Set-CsClientPin -Identity "Ken Myer" -Pin 183729
"$((Get-CsClientPinInfo "Ken Myer").LastPinChangeTime)"
<#stdout
10
09/25/2012 13:35:03
#>
<#stderr-contains
The PIN must be at least 10 digits long, as the PIN policy "site:Redmond" requires.
#>

#### Set-CsPinPolicy example 2: two properties of a per-user policy
New-CsPinPolicy -Identity RedmondUsersPinPolicy | Out-Null
Set-CsPinPolicy -Identity RedmondUsersPinPolicy -MinPasswordLength 10 -AllowCommonPatterns $True
Get-CsPinPolicy -Identity RedmondUsersPinPolicy | ForEach-Object {"$($_.Identity) $($_.MinPasswordLength) $($_.AllowCommonPatterns)"}
<#stdout
Tag:RedmondUsersPinPolicy 10 True
#>

#### Set-CsPinPolicy example 3: every policy from the pipeline
Get-CsPinPolicy | Set-CsPinPolicy -MinPasswordLength 10
Get-CsPinPolicy | ForEach-Object {"$($_.Identity) $($_.MinPasswordLength)"}
<#stdout
Global 10
site:Redmond 10
Tag:RedmondPinPolicy 10
#>

#### Set-CsPinPolicy example 4: only the policies with a minimum above 10
Set-CsPinPolicy -Identity site:Redmond -MinPasswordLength 12
Get-CsPinPolicy | Where-Object {$_.MinPasswordLength -gt 10} | Set-CsPinPolicy -MaximumLogonAttempts 25
Get-CsPinPolicy | ForEach-Object {"$($_.Identity) [$($_.MaximumLogonAttempts)]"}
<#stdout
Global []
site:Redmond [25]
Tag:RedmondPinPolicy [10]
#>

#### New-CsPinPolicy example 1: a site policy, defaults for the rest
Remove-CsPinPolicy -Identity site:Redmond
New-CsPinPolicy -Identity "site:Redmond" -MinPasswordLength 10 | Out-Null
Get-CsPinPolicy -Identity "site:Redmond" | ForEach-Object {"$($_.MinPasswordLength) $($_.PINHistoryCount) $($_.PINLifetime) $($_.AllowCommonPatterns)"}
<#stdout
10 0 0 False
#>

#### New-CsPinPolicy example 1: the new policy is written to the pipeline
Remove-CsPinPolicy -Identity site:Redmond
New-CsPinPolicy -Identity "site:Redmond" -MinPasswordLength 10
<#stdout

Identity             : site:Redmond
Description          : 
MinPasswordLength    : 10
PINHistoryCount      : 0
AllowCommonPatterns  : False
PINLifetime          : 0
MaximumLogonAttempts : 

#>

#### New-CsPinPolicy example 2: three settings at once
Remove-CsPinPolicy -Identity site:Redmond
New-CsPinPolicy -Identity "site:Redmond" -MinPasswordLength 10 -PINHistoryCount 10 -PINLifetime 30 | Out-Null
Get-CsPinPolicy -Identity "site:Redmond" | ForEach-Object {"$($_.MinPasswordLength) $($_.PINHistoryCount) $($_.PINLifetime)"}
<#stdout
10 10 30
#>

#### New-CsPinPolicy example 3: an in-memory policy changed, then saved with Set-CsPinPolicy
Remove-CsPinPolicy -Identity site:Redmond
$x = New-CsPinPolicy -Identity "site:Redmond" -InMemory
@(Get-CsPinPolicy -Filter "site:*").Count

$x.MinPasswordLength = 10

$x.PINHistoryCount = 10

$x.PINLifetime = 30

Set-CsPinPolicy -Instance $x
Get-CsPinPolicy -Identity "site:Redmond" | ForEach-Object {"$($_.Identity) $($_.MinPasswordLength) $($_.PINHistoryCount) $($_.PINLifetime)"}
<#stdout
0
site:Redmond 10 10 30
#>

#### New-CsPinPolicy example 3: an in-memory policy is checked when it is saved
$x = New-CsPinPolicy -Identity "site:Dublin" -InMemory
$x.MinPasswordLength = 30
Set-CsPinPolicy -Instance $x
$x.MinPasswordLength = 8
$x.PINLifetime = 30
Set-CsPinPolicy -Instance $x
@(Get-CsPinPolicy -Filter "site:Dublin").Count
<#stderr-contains
MinPasswordLength must be between 4 and 24, not 30.
PINLifetime can be greater than 0 only when PINHistoryCount is greater than 0 too.
#>
<#stdout
0
#>

#### New-CsPinPolicy example 4: a Paris policy copies Redmond's minimum length
$x = Get-CsPinPolicy -Identity "site:Redmond"

New-CsPinPolicy -Identity "site:Paris" -MinPasswordLength $x.MinPasswordLength | Out-Null
Get-CsPinPolicy -Identity "site:Paris" | ForEach-Object {"$($_.Identity) $($_.MinPasswordLength)"}
<#stdout
site:Paris 6
#>

#### Remove-CsPinPolicy example 1: a per-user policy
New-CsPinPolicy -Identity RedmondUsersPinPolicy | Out-Null
Remove-CsPinPolicy -Identity RedmondUsersPinPolicy
Get-CsPinPolicy | ForEach-Object {$_.Identity}
<#stdout
Global
site:Redmond
Tag:RedmondPinPolicy
#>

#### Remove-CsPinPolicy example 2: every site policy
New-CsPinPolicy -Identity "site:Paris" | Out-Null
Get-CsPinPolicy -Filter "site:*" | Remove-CsPinPolicy
Get-CsPinPolicy | ForEach-Object {$_.Identity}
<#stdout
Global
Tag:RedmondPinPolicy
#>

#### Remove-CsPinPolicy example 3: the policies that allow common patterns
Set-CsPinPolicy -Identity RedmondPinPolicy -AllowCommonPatterns $True
Get-CsPinPolicy | Where-Object {$_.AllowCommonPatterns -eq $True} | Remove-CsPinPolicy
Get-CsPinPolicy | ForEach-Object {$_.Identity}
<#stdout
Global
site:Redmond
#>

#### Remove-CsPinPolicy example 4: everything, with the global policy reset to its defaults
Set-CsPinPolicy -MinPasswordLength 11
Get-CsPinPolicy | Remove-CsPinPolicy
Get-CsPinPolicy | ForEach-Object {"$($_.Identity) $($_.MinPasswordLength)"}
<#stdout
Global 5
#>

#### Grant-CsPinPolicy example 1: a per-user policy for Ken Myer
New-CsPinPolicy -Identity RedmondUsersPinPolicy -MinPasswordLength 8 | Out-Null
Grant-CsPinPolicy -Identity "kenmyer@litwareinc.com" -PolicyName RedmondUsersPinPolicy
(Get-CsUser "Ken Myer").PinPolicy
Set-CsClientPin -Identity "Ken Myer" -Pin 1837293
<#stdout
RedmondUsersPinPolicy
#>
<#exit 1#>
<#stderr-contains
The PIN must be at least 8 digits long, as the PIN policy "RedmondUsersPinPolicy" requires.
#>

#### Grant-CsPinPolicy example 2: $Null takes the per-user policy away
Grant-CsPinPolicy -Identity "Ellen Adams" -PolicyName RedmondPinPolicy
Grant-CsPinPolicy -Identity kenmyer@litwareinc.com -PolicyName RedmondPinPolicy
Grant-CsPinPolicy -Identity kenmyer@litwareinc.com -PolicyName $Null
"[$((Get-CsUser "Ken Myer").PinPolicy)] [$((Get-CsUser "Ellen Adams").PinPolicy)]"
<#stdout
[] [RedmondPinPolicy]
#>

#### Grant-CsPinPolicy example 3: everyone who works in Redmond
New-CsPinPolicy -Identity RedmondUsersPinPolicy | Out-Null
Get-CsUser -LdapFilter "l=Redmond" | Grant-CsPinPolicy -PolicyName RedmondUsersPinPolicy
@(Get-CsUser -Filter {PinPolicy -eq "RedmondUsersPinPolicy"}).Count
@(Get-CsUser -LdapFilter "l=Redmond").Count
<#stdout
10
10
#>

#### Grant-CsPinPolicy example 4: everyone without a per-user policy
New-CsPinPolicy -Identity RedmondUsersPinPolicy | Out-Null
Get-CsUser -Filter {PinPolicy -eq $Null} | Grant-CsPinPolicy -PolicyName RedmondUsersPinPolicy
Get-CsUser | Group-Object PinPolicy | Sort-Object Name | ForEach-Object {"$($_.Name) $($_.Count)"}
<#stdout
RedmondPinPolicy 1
RedmondUsersPinPolicy 18
#>

#### The lookup command of every PIN policy page runs as printed, en-dash included
Get-CsAdminRole | Where-Object {$_.Cmdlets –match "Get-CsPinPolicy"} | ForEach-Object {$_.Identity}
"--"
Get-CsAdminRole | Where-Object {$_.Cmdlets –match "Grant-CsPinPolicy"} | ForEach-Object {$_.Identity}
<#stdout
CsAdministrator
CsUserAdministrator
CsServerAdministrator
CsViewOnlyAdministrator
CsHelpDesk
--
CsAdministrator
CsUserAdministrator
#>

#### Bad input: values outside the documented ranges change no policy
New-CsPinPolicy -Identity "site:Dublin" -MinPasswordLength 3
New-CsPinPolicy -Identity "site:Dublin" -PINHistoryCount 21
Set-CsPinPolicy -Identity site:Redmond -MaximumLogonAttempts 0
Set-CsPinPolicy -PINLifetime 1000
Grant-CsPinPolicy -Identity "Ken Myer" -PolicyName NoSuchPolicy
Get-CsPinPolicy | ForEach-Object {"$($_.Identity) $($_.MinPasswordLength) $($_.PINHistoryCount) $($_.PINLifetime) [$($_.MaximumLogonAttempts)]"}
"[$((Get-CsUser "Ken Myer").PinPolicy)]"
<#stdout
Global 5 0 0 []
site:Redmond 6 0 0 []
Tag:RedmondPinPolicy 7 5 0 [10]
[]
#>
<#stderr-contains
The 3 argument is less than the minimum allowed range of 4.
The 21 argument is greater than the maximum allowed range of 20.
The 0 argument is less than the minimum allowed range of 1.
The 1000 argument is greater than the maximum allowed range of 999.
Policy "NoSuchPolicy" is not a user policy. You can assign only a user policy to a specific user.
#>
