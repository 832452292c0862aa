# Format-Table, Format-List and Format-Wide requests as Out-Default renders them
# (Format-Table.Tests.ps1, TableWriter.cs, ColumnWidthManager.cs, OutputManager.cs).

#### -AutoSize sizes columns to the data; booleans are right-aligned
Get-CsUser | Select-Object -First 3 | Format-Table DisplayName, Enabled -AutoSize
<#stdout

DisplayName    Enabled
-----------    -------
Ken Myer          True
Pilar Ackerman    True
Aidan Delaney     True

#>

#### When the first column has no width, the first objects size every column (a Width too)
Get-CsUser | Select-Object -First 3 | Format-Table DisplayName, @{Label="Pool"; Expression={$_.RegistrarPool}; Width=12}, Enabled
<#stdout

DisplayName    Pool                         Enabled
-----------    ----                         -------
Ken Myer       atl-cs-001.litwareinc.com       True
Pilar Ackerman atl-cs-001.litwareinc.com       True
Aidan Delaney  dublin-cs-001.litwareinc.com    True

#>

#### A first column with a Width fixes the layout; wider values are cut with an ellipsis
Get-CsUser | Select-Object -First 2 | Format-Table @{Label="Name"; Expression={$_.DisplayName}; Width=6}, SipAddress
<#stdout

Name   SipAddress
----   ----------
Ken M… sip:kenmyer@litwareinc.com
Pilar… sip:pilar@litwareinc.com

#>

#### -HideTableHeaders leaves no trailing blanks
[pscustomobject]@{a=1;b=2} | Format-Table -HideTableHeaders
<#stdout

1 2

#>

#### A centred column with a width
[pscustomobject]@{ one = 1 } | Format-Table @{ l="one"; e="one"; width=10; alignment="center" }
<#stdout

   one
   ---
    1

#>

#### -GroupBy starts a group, with its label line, each time the value changes
Get-CsUser | Select-Object -First 4 | Format-Table DisplayName -GroupBy RegistrarPool
<#stdout

   RegistrarPool: atl-cs-001.litwareinc.com

DisplayName
-----------
Ken Myer
Pilar Ackerman

   RegistrarPool: dublin-cs-001.litwareinc.com

DisplayName
-----------
Aidan Delaney

   RegistrarPool: atl-cs-001.litwareinc.com

DisplayName
-----------
Chrystal Velasquez

#>

#### Format-List shows the chosen properties, each object followed by an empty line
Get-CsUser | Select-Object -First 2 | Format-List DisplayName, Enabled
<#stdout

DisplayName : Ken Myer
Enabled     : True

DisplayName : Pilar Ackerman
Enabled     : True

#>

#### Format-Wide -Column 3 shares the width among three columns
Get-CsUser | Select-Object -First 5 | Format-Wide DisplayName -Column 3
<#stdout

Ken Myer                                 Pilar Ackerman                          Aidan Delaney
Chrystal Velasquez                       David Longmuir                          

#>

#### Format-Table -Wrap shows every line of a multi-line value
[pscustomobject]@{A=1;B=2;Name="This`nIs some random`nmultiline content"} | Format-Table -Wrap
<#stdout

A B Name
- - ----
1 2 This
    Is some random
    multiline content

#>

#### A FormatString key formats the cell
[pscustomobject]@{Size=1234.5} | Format-Table @{Label="Size"; Expression={$_.Size}; FormatString="N2"}
<#stdout

    Size
    ----
1,234.50

#>

#### A cell holding arrays of arrays shows each inner array joined by spaces
[PSCustomObject]@{ name = "this is name"; sub = @(@("x 0", "y 0"), @("x 1", "y 1")) } | Format-Table
<#stdout

name         sub
----         ---
this is name {x 0 y 0, x 1 y 1}

#>

#### Format-Table -Property with -Force formats a string as an object
$out = "hello" | Format-Table -Property foo -Force | Out-String
$out.Replace("`n", "")
<#stdout
foo---
#>

#### A decimal column is right-aligned like other numbers
[pscustomobject]@{ Name = "x"; Price = 1.25d }
<#stdout

Name Price
---- -----
x     1.25

#>

#### $FormatEnumerationLimit sets how many items a cell shows (-1: all)
$FormatEnumerationLimit = 1
Format-Table -InputObject @{ 'test' = 1, 2 } | Out-String
$FormatEnumerationLimit = -1
@{ t = 1, 2, 3, 4, 5, 6 }
<#stdout

Name                           Value
----                           -----
test                           {1…}



Name                           Value
----                           -----
t                              {1, 2, 3, 4, 5, 6}

#>
