# Get-Command and Get-Help in the shell.

#### Get-Command lists the Lync family
Get-Command -Module Lync | Where-Object { $_.Name -eq "Revoke-CsClientCertificate" } | ForEach-Object { $_.Source }
<#stdout
Lync
#>

#### Get-Command -Syntax prints the generated syntax
Get-Command Revoke-CsClientCertificate -Syntax
<#stdout
Revoke-CsClientCertificate [-Identity] <UserIdParameter> [-Force] [-WhatIf] [-Confirm] [<CommonParameters>]
#>

#### Get-Help -Examples shows the page's examples
(Get-Help Revoke-CsClientCertificate -Examples) -match "Get-CsUser \| Revoke-CsClientCertificate"
<#stdout
True
#>

#### Get-Help for an unknown command is an error
Get-Help Get-Nothing
<#stderr-contains
Get-Help could not find Get-Nothing in a help file in this session.
#>
<#exit 1#>
