# PINs and passwords never appear in what errors print.

#### A PIN typed on a line is masked when another command on it fails
Set-CsClientPin -Identity "Ken Myer" -Pin 918273 -WhatIf; Get-NoSuchThing
<#stdout
What if: Performing the operation "Set-CsClientPin" on target "sip:kenmyer@litwareinc.com".
#>
<#stderr-contains
-Pin ****** -WhatIf; Get-NoSuchThing
#>
<#exit 1#>

#### A shortened parameter name is masked by the command that binds it
Set-CsClientPin -Identity "Nobody" -Pi 98765
<#stderr-contains
+ Set-CsClientPin -Identity "Nobody" -Pi *****
#>
<#exit 1#>

#### Operators are not taken for secret parameters
Get-CsUser -Identity nobody; if (1 -ne 2) {"x"}
<#stdout
x
#>
<#stderr-contains
+ Get-CsUser -Identity nobody; if (1 -ne 2) {"x"}
#>
