# Dates on the lab clock (the spec runner fixes it at 10/1/2012 9:30:00 AM).

#### Get-Date returns the lab clock and formats it
(Get-Date).ToString()
Get-Date -Format "yyyy-MM-dd HH:mm:ss"
Get-Date "9/25/2012 1:35:03 PM" -Format G
<#stdout
10/1/2012 9:30:00 AM
2012-10-01 09:30:00
9/25/2012 1:35:03 PM
#>

#### Date arithmetic and time spans
((Get-Date).AddDays(30) - (Get-Date)).TotalDays
(New-TimeSpan -Days 2).TotalHours
(New-TimeSpan -Minutes -90).Hours
<#stdout
30
48
-1
#>

#### US date strings compare with DateTime properties as the documentation's examples do
Get-CsUser -Identity "Ken Myer" | Get-CsClientCertificate | Where-Object {$_.ExpirationTime -lt "3/10/2013"} | ForEach-Object { Get-Date $_.PublicationTime -Format "M/d/yyyy" }
<#stdout
9/4/2012
#>

#### New-Object builds credentials and custom objects
$pw = ConvertTo-SecureString "Pass@word1" -AsPlainText -Force
$credential = New-Object System.Management.Automation.PSCredential("litwareinc\kenmyer", $pw)
$credential.UserName
(New-Object PSObject -Property @{Name = "Ken Myer"}).Name
<#stdout
litwareinc\kenmyer
Ken Myer
#>

#### Get-Date -Format FileDate and FileDateTime, -UFormat, -Millisecond, -DisplayHint
$d = [datetime]"2020-01-01 01:02:03"
Get-Date -Date $d -Format FileDate
Get-Date -Date $d -Format FileDateTime
Get-Date -Date 1/1/0030 -UFormat %y/%m/%d-%H
Get-Date -Date 1/1/2020 -UFormat %s
Get-Date -Date $d -Millisecond 5 -Format "ss.fff"
(Get-Date -Date $d -DisplayHint Date | Out-String).Trim()
(Get-Date -Date $d -DisplayHint Time | Out-String).Trim()
<#stdout
20200101
20200101T0102030000
30/01/01-00
1577836800
03.005
Wednesday, January 1, 2020
1:02:03 AM
#>

#### Get-Date -Format and -UFormat cannot be used together
Get-Date -Format x -UFormat y
<#stderr-contains
AmbiguousParameterSet,Microsoft.PowerShell.Commands.GetDateCommand
#>
<#exit 1#>

#### [datetime]::Parse of bad text is a method exception
try { [datetime]::Parse("bad") } catch { $_.FullyQualifiedErrorId; $_.Exception.Message }
[datetime]::Parse("2020-01-02").Day
<#stdout
FormatException
Exception calling "Parse" with "1" argument(s): "The string 'bad' was not recognized as a valid DateTime."
2
#>
