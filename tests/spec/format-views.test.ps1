# Out-Default with PowerShell 7.4's built-in views (PowerShellCore_format_ps1xml.cs,
# DotNetTypes_format_ps1xml.cs) for what the core cmdlets output, and the shape
# rules for objects without a view (4 or fewer properties: table, else list).

#### Group-Object: Count is 5 wide and right-aligned, Name 25 wide, Group takes the rest
1..5 | Group-Object {$_ % 2}
<#stdout

Count Name                      Group
----- ----                      -----
    2 0                         {2, 4}
    3 1                         {1, 3, 5}

#>

#### Group-Object -NoElement has only Count and Name
'b', 'a', 'b' | Group-Object -NoElement
<#stdout

Count Name
----- ----
    1 a
    2 b

#>

#### A Name longer than 25 cells is cut with an ellipsis; Group is cut at the line's end
Get-CsUser | Group-Object RegistrarPool
<#stdout

Count Name                      Group
----- ----                      -----
   10 atl-cs-001.litwareinc.com {CN=Ken Myer,OU=Redmond,DC=litwareinc,DC=com, CN=Pilar Ackerman,OU=Redmond,DC=litwarein…
    8 dublin-cs-001.litwareinc… {CN=Aidan Delaney,OU=Finance,OU=North America,DC=litwareinc,DC=com, CN=David Longmuir,O…
    1                           {CN=Jonathan Haas,CN=Users,DC=litwareinc,DC=com}

#>

#### Selected GroupInfo properties are a plain custom object, sized to its values
Get-CsUser | Group-Object RegistrarPool | Select-Object Count, Name
<#stdout

Count Name
----- ----
   10 atl-cs-001.litwareinc.com
    8 dublin-cs-001.litwareinc.com
    1 

#>

#### Format-List uses GroupInfo's list view: Name, Count, Group, Values
1..5 | Group-Object {$_ % 2} | Format-List
<#stdout

Name   : 0
Count  : 2
Group  : {2, 4}
Values : {0}

Name   : 1
Count  : 3
Group  : {1, 3, 5}
Values : {1}

#>

#### Get-Member groups its rows under a TypeName line and sizes the columns to them
[pscustomobject]@{Name="x"; Size=2} | Get-Member -MemberType NoteProperty
<#stdout

   TypeName: System.Management.Automation.PSCustomObject

Name MemberType   Definition
---- ----------   ----------
Name NoteProperty string Name=x
Size NoteProperty int Size=2

#>

#### Each type Get-Member reports is its own group, set off by an empty line
'a', [pscustomobject]@{n=1} | Get-Member -Name Length, n
<#stdout

   TypeName: System.String

Name   MemberType Definition
----   ---------- ----------
Length Property   int Length {get;}

   TypeName: System.Management.Automation.PSCustomObject

Name MemberType   Definition
---- ----------   ----------
n    NoteProperty int n=1

#>

#### Get-Command uses the CommandInfo view: CommandType 15, Name 50, Version 10, Source
Get-Command Get-CsUser, Set-CsUser
<#stdout

CommandType     Name                                               Version    Source
-----------     ----                                               -------    ------
Cmdlet          Get-CsUser                                         1.0.0      Lync
Cmdlet          Set-CsUser                                         1.0.0      Lync

#>

#### Measure-Object's GenericMeasureInfo has seven properties, so it is a list
1..3 | Measure-Object -Sum
<#stdout

Count             : 3
Average           : 
Sum               : 6
Maximum           : 
Minimum           : 
StandardDeviation : 
Property          : 

#>

#### TextMeasureInfo has four properties: a table
"one two", "three" | Measure-Object -Line -Word -Character
<#stdout

Lines Words Characters Property
----- ----- ---------- --------
    2     3         12 

#>

#### A column whose first value is $null is left-aligned; later rows of the same type join the table
"a b" | Measure-Object -Word -Character
"one two", "three" | Measure-Object -Line -Word -Character
<#stdout

Lines Words Characters Property
----- ----- ---------- --------
          2          3 
2         3         12 

#>

#### A hashtable is a Name (30 wide) / Value table; [ordered] keeps the key order
[ordered]@{Name="Ken Myer"; Roles=@("a","b","c","d","e"); Pin=$null}
<#stdout

Name                           Value
----                           -----
Name                           Ken Myer
Roles                          {a, b, c, d…}
Pin                            

#>

#### A TimeSpan is a list of its eleven properties
New-TimeSpan -Days 1 -Hours 2 -Minutes 3
<#stdout

Days              : 1
Hours             : 2
Minutes           : 3
Seconds           : 0
Milliseconds      : 0
Ticks             : 937800000000
TotalDays         : 1.08541666666667
TotalHours        : 26.05
TotalMinutes      : 1563
TotalSeconds      : 93780
TotalMilliseconds : 93780000

#>

#### A TimeSpan in Format-Table uses its table view, left-aligned
(Get-Date).AddMinutes(90) - (Get-Date) | Format-Table
<#stdout

Days Hours Minutes Seconds Milliseconds
---- ----- ------- ------- ------------
0    1     30      0       0

#>

#### A DateTime shows its DateTime property (long date and long time) between empty lines
Get-Date
Get-Date "9/25/2012 1:35:03 PM"
<#stdout

Monday, October 1, 2012 9:30:00 AM
Tuesday, September 25, 2012 1:35:03 PM

#>

#### A collection in a cell is cut after $FormatEnumerationLimit (4) items
$x = [pscustomobject]@{a=1; b=@(1,2,3,4,5)}; $x
<#stdout

a b
- -
1 {1, 2, 3, 4…}

#>

#### Scalars print on their own lines, even in the middle of a table; $null prints nothing
1, "a", [pscustomobject]@{x=1}, 2.5, $true, $null, ""
<#stdout
1
a

x
-
1
2.5
True


#>

#### A table built from the first object's properties takes later objects as rows
[pscustomobject]@{Name="Ken"; City="Redmond"}, [pscustomobject]@{Name="Pilar"; Zip=98052}
<#stdout

Name  City
----  ----
Ken   Redmond
Pilar 

#>

#### An object the current view does not apply to is written as a list between empty lines
(1 | Group-Object), [pscustomobject]@{x=1}, ('b' | Group-Object)
<#stdout

Count Name                      Group
----- ----                      -----
    1 1                         {1}

x : 1

    1 b                         {b}

#>

#### Five or more properties make a list
Get-CsUser -Identity "Ken Myer" | Select-Object DisplayName, Enabled, SipAddress, LineUri, RegistrarPool
<#stdout

DisplayName   : Ken Myer
Enabled       : True
SipAddress    : sip:kenmyer@litwareinc.com
LineURI       : tel:+14255550101;ext=0101
RegistrarPool : atl-cs-001.litwareinc.com

#>

#### Format-List -Force -Property on strings lists only the named properties
$o = "Line1", "Line2" | Format-List -Force -Property foo, bar | Out-String
"[" + $o.Trim() + "]"
<#stdout
[]
#>

#### Out-String -NoNewline joins the formatted lines but keeps a string's own newlines
$r = "a`n", "b" | Out-String -NoNewline
$r.Replace("`n", "|")
("a`nb" | Out-String -Stream).Count
<#stdout
a|b
1
#>

#### Out-String -Stream and -NoNewline cannot be used together
"x" | Out-String -Stream -NoNewline
<#stderr-contains
AmbiguousParameterSet,Microsoft.PowerShell.Commands.OutStringCommand
#>
<#exit 1#>
