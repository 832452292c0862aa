# Utility cmdlets and automatic variables: *-Variable, Add-Member, the content cmdlets'
# errors, ConvertTo/From-Json, the CSV cmdlets, Compare-Object, Get-Unique, Get-Random,
# Start-Sleep, New-Guid, Measure-Command, Join-String, Select-String, Invoke-Expression,
# Read-Host, Get-Host, the alias cmdlets, and $PSVersionTable and friends.
# File reading and writing is tested in tests/core_cmdlets/test_content_cmdlets.py.

#### Get-Variable shows a Name/Value table
$x = 5
Get-Variable x
<#stdout

Name                           Value
----                           -----
x                              5

#>

#### Get-Variable -ValueOnly outputs the value
$list = 1, 2
Get-Variable list -ValueOnly
<#stdout
1
2
#>

#### Get-Variable with a wildcard lists the matches sorted by name
$zz1 = 1; $zz3 = 3; $zz2 = 2
Get-Variable zz* | ForEach-Object Name
Get-Variable nomatch* | ForEach-Object Name
<#stdout
zz1
zz2
zz3
#>

#### Get-Variable for a missing name is an ObjectNotFound error
Get-Variable nope
'next'
<#stdout
next
#>
<#stderr-contains
Cannot find a variable with the name 'nope'.
VariableNotFound,Microsoft.PowerShell.Commands.GetVariableCommand
#>

#### Set-Variable sets the caller's variable; -Scope Global reaches outside
function f {
    Set-Variable -Name a -Value 1
    Set-Variable -Name b -Value 2 -Scope Global
    "in: $a"
}
f
"out: [$a] $b"
<#stdout
in: 1
out: [] 2
#>

#### Get-Variable in a function sees the function's and the outer variables
$outer = 'o'
function g { $inner = 'i'; (Get-Variable inner -ValueOnly) + (Get-Variable outer -ValueOnly) }
g
<#stdout
io
#>

#### Values piped to Set-Variable become one array
1, 2, 3 | Set-Variable nums
$nums.Count
<#stdout
3
#>

#### New-Variable refuses a name that exists
$taken = 1
New-Variable -Name taken -Value 2
$taken
<#stdout
1
#>
<#stderr-contains
A variable with name 'taken' already exists.
VariableAlreadyExists,Microsoft.PowerShell.Commands.NewVariableCommand
#>

#### A ReadOnly variable refuses assignment; Set-Variable -Force changes it
New-Variable -Name ro -Value 1 -Option ReadOnly
$ro = 2
$ro
Set-Variable -Name ro -Value 3 -Force
$ro
<#stdout
1
3
#>
<#stderr-contains
Cannot overwrite variable ro because it is read-only or constant.
#>

#### New-Variable -PassThru outputs the variable
(New-Variable -Name made -Value 'v' -PassThru).Value
<#stdout
v
#>

#### Remove-Variable deletes; Clear-Variable keeps the variable with no value
$t = 1
Remove-Variable t
$null -eq $t
$c = 5
Clear-Variable c
$null -eq $c
(Get-Variable c).Name
<#stdout
True
True
c
#>

#### Remove-Variable of a read-only variable needs -Force
New-Variable -Name keep -Value 1 -Option ReadOnly
Remove-Variable keep
$keep
Remove-Variable keep -Force
$null -eq $keep
<#stdout
1
True
#>
<#stderr-contains
Cannot remove variable keep because it is constant or read-only. If the variable is read-only, try the operation again specifying the Force option.
#>

#### Add-Member adds note properties
$o = [pscustomobject]@{ A = 1 }
$o | Add-Member -NotePropertyName B -NotePropertyValue 2
$o | Add-Member -MemberType NoteProperty -Name C -Value 3
$o
<#stdout

A B C
- - -
1 2 3

#>

#### Script properties, script methods and alias properties see $this
$o = [pscustomobject]@{ A = 2; B = 3 }
$o | Add-Member -MemberType ScriptProperty -Name Sum -Value { $this.A + $this.B }
$o | Add-Member -MemberType ScriptMethod -Name Times -Value { param($n) $this.A * $n }
$o | Add-Member -MemberType AliasProperty -Name First -Value A
$o.Sum
$o.A = 10
$o.Sum
$o.Times(3)
$o.First
<#stdout
5
13
30
10
#>

#### Add-Member -NotePropertyMembers and -PassThru
$p = [pscustomobject]@{ Id = 1 } | Add-Member -NotePropertyMembers ([ordered]@{ X = 1; Y = 2 }) -PassThru
$p.X + $p.Y
($p | ConvertTo-Csv)[0]
<#stdout
3
"Id","X","Y"
#>

#### Add-Member NoteProperty Name Value: the member type comes first
$o = [pscustomobject]@{ A = 1 }
($o | Add-Member NoteProperty Z 26 -PassThru).Z
<#stdout
26
#>

#### Adding a member that exists needs -Force
$o = [pscustomobject]@{ A = 1 }
$o | Add-Member -NotePropertyName A -NotePropertyValue 2
$o.A
$o | Add-Member -NotePropertyName A -NotePropertyValue 9 -Force
$o.A
<#stdout
1
9
#>
<#stderr-contains
Cannot add a member with the name "A" because a member with that name already exists. To overwrite the member anyway, add the Force parameter to your command.
MemberAlreadyExists,Microsoft.PowerShell.Commands.AddMemberCommand
#>

#### Get-Content of a missing file is PathNotFound
Get-Content /nonexistent/x.txt
'after'
<#stdout
after
#>
<#stderr-contains
Cannot find path '/nonexistent/x.txt' because it does not exist.
PathNotFound,Microsoft.PowerShell.Commands.GetContentCommand
#>

#### ConvertTo-Json indents by two spaces
[pscustomobject]@{ Name = 'Ken'; Id = 1; Tags = @('a', 'b'); Nested = [pscustomobject]@{ On = $true; Off = $null } } | ConvertTo-Json
<#stdout
{
  "Name": "Ken",
  "Id": 1,
  "Tags": [
    "a",
    "b"
  ],
  "Nested": {
    "On": true,
    "Off": null
  }
}
#>

#### ConvertTo-Json -Compress; piped objects make one array
1, 'two', $false, 1.5, 2.0 | ConvertTo-Json -Compress
@() | ConvertTo-Json
ConvertTo-Json -InputObject @() -Compress
[pscustomobject]@{} | ConvertTo-Json
<#stdout
[1,"two",false,1.5,2.0]
[]
{}
#>

#### ConvertTo-Json escapes quotes and backslashes
ConvertTo-Json 'a "quoted" \ path'
<#stdout
"a \"quoted\" \\ path"
#>

#### ConvertTo-Json writes objects below -Depth as strings, with a warning
[pscustomobject]@{ L1 = [pscustomobject]@{ L2 = [pscustomobject]@{ L3 = [pscustomobject]@{ L4 = 1 } } } } | ConvertTo-Json
<#stdout
WARNING: Resulting JSON is truncated as serialization has exceeded the set depth of 2.
{
  "L1": {
    "L2": {
      "L3": "@{L4=1}"
    }
  }
}
#>

#### ConvertTo-Json -Depth goes deeper
@{ a = @{ b = @{ c = @{ d = 1 } } } } | ConvertTo-Json -Depth 5 -Compress
<#stdout
{"a":{"b":{"c":{"d":1}}}}
#>

#### ConvertFrom-Json makes custom objects; integers are Int64
$o = '{"name":"Ken","id":7,"tags":["a","b"],"inner":{"x":1.5}}' | ConvertFrom-Json
$o.name
$o.id.GetType().Name
$o.tags.Count
$o.inner.x
$o.GetType().Name
<#stdout
Ken
Int64
2
1.5
PSCustomObject
#>

#### ConvertFrom-Json output is shown as a table
'{"Name":"Ken","Id":1}' | ConvertFrom-Json
<#stdout

Name Id
---- --
Ken   1

#>

#### A JSON array is output element by element
('[1,2,3]' | ConvertFrom-Json | Measure-Object).Count
<#stdout
3
#>

#### ConvertFrom-Json -AsHashtable keeps the keys' order
$h = '{"b":1,"a":2}' | ConvertFrom-Json -AsHashtable
$h.Keys -join ','
$h['a']
<#stdout
b,a
2
#>

#### Lines of one JSON document piped to ConvertFrom-Json are read together
('{', '"a": 1', '}' | ConvertFrom-Json).a
<#stdout
1
#>

#### Invalid JSON is an error
'{"a":' | ConvertFrom-Json
'next'
<#stdout
next
#>
<#stderr-contains
Conversion from JSON failed with error:
#>

#### ConvertTo-Csv quotes every field and writes no type line
[pscustomobject]@{ Name = 'Ken Myer'; Id = 1 }, [pscustomobject]@{ Name = 'Pilar'; Id = 2 } | ConvertTo-Csv
[pscustomobject]@{ Name = 'Ken Myer'; Id = 1 } | ConvertTo-Csv -NoTypeInformation
<#stdout
"Name","Id"
"Ken Myer","1"
"Pilar","2"
"Name","Id"
"Ken Myer","1"
#>

#### ConvertTo-Csv -UseQuotes AsNeeded and -Delimiter
[pscustomobject]@{ Name = 'Ken Myer'; Note = 'a;b' } | ConvertTo-Csv -UseQuotes AsNeeded -Delimiter ';'
<#stdout
Name;Note
Ken Myer;"a;b"
#>

#### ConvertTo-Csv: $null is an empty field, an empty string a quoted one
[pscustomobject]@{ A = $null; B = '' } | ConvertTo-Csv
<#stdout
"A","B"
,""
#>

#### ConvertTo-Csv -IncludeTypeInformation writes the #TYPE line
[pscustomobject]@{ A = 1 } | ConvertTo-Csv -IncludeTypeInformation
<#stdout
#TYPE System.Management.Automation.PSCustomObject
"A"
"1"
#>

#### ConvertFrom-Csv reads quoted fields; values are strings
$rows = 'Name,Id', 'Ken,1', '"Myer, Ken",2' | ConvertFrom-Csv
$rows.Count
$rows[1].Name
$rows[0].Id.GetType().Name
'a,b' | ConvertFrom-Csv -Header X, Y | ForEach-Object { "$($_.X)-$($_.Y)" }
<#stdout
2
Myer, Ken
String
a-b
#>

#### Compare-Object shows the differences with their side
Compare-Object -ReferenceObject 1, 2, 3 -DifferenceObject 2, 3, 4
<#stdout

InputObject SideIndicator
----------- -------------
          4 =>
          1 <=

#>

#### Compare-Object -IncludeEqual marks the common objects ==
Compare-Object 'a', 'b' 'b', 'c' -IncludeEqual
<#stdout

InputObject SideIndicator
----------- -------------
b           ==
c           =>
a           <=

#>

#### Compare-Object -Property compares by those properties
$a = [pscustomobject]@{ N = 'x'; V = 1 }, [pscustomobject]@{ N = 'y'; V = 2 }
$b = [pscustomobject]@{ N = 'x'; V = 1 }, [pscustomobject]@{ N = 'z'; V = 3 }
Compare-Object $a $b -Property N | ForEach-Object { "$($_.N) $($_.SideIndicator)" }
<#stdout
z =>
y <=
#>

#### Compare-Object -ExcludeDifferent and -PassThru
Compare-Object 1, 2, 3 2, 3, 4 -IncludeEqual -ExcludeDifferent | ForEach-Object InputObject
Compare-Object 1, 2 2, 3 -PassThru
<#stdout
2
3
3
1
#>

#### Get-Unique drops adjacent duplicates, with regard to case
1, 1, 2, 2, 2, 3 | Get-Unique
'a', 'A', 'a' | Get-Unique
<#stdout
1
2
3
a
A
a
#>

#### Get-Random within bounds and from a list
Get-Random -Minimum 5 -Maximum 6
Get-Random -InputObject 'only'
(1..10 | Get-Random -Count 10 | Sort-Object) -join ','
(Get-Random -Maximum 1.0).GetType().Name
<#stdout
5
only
1,2,3,4,5,6,7,8,9,10
Double
#>

#### Get-Random refuses a minimum not below the maximum
Get-Random -Minimum 10 -Maximum 5
'next'
<#stdout
next
#>
<#stderr-contains
The Minimum value (10) cannot be greater than or equal to the Maximum value (5).
MinGreaterThanOrEqualMax,Microsoft.PowerShell.Commands.GetRandomCommand
#>

#### Start-Sleep waits and outputs nothing
Start-Sleep -Milliseconds 10
Start-Sleep 0
'awake'
<#stdout
awake
#>

#### New-Guid makes a System.Guid
$g = New-Guid
$g.GetType().FullName
$g.Guid -match '^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$'
"$g" -eq $g.Guid
<#stdout
System.Guid
True
True
#>

#### Measure-Command runs the block in the current scope and outputs a TimeSpan
$t = Measure-Command { $inner = 42; 'hidden' }
$t.GetType().FullName
$inner
<#stdout
System.TimeSpan
42
#>

#### Join-String joins with a separator, quotes, prefix and suffix
1..3 | Join-String -Separator ', '
'a', 'b' | Join-String -SingleQuote -Separator ','
'a', 'b' | Join-String -DoubleQuote -Separator ', ' -OutputPrefix 'list: '
[pscustomobject]@{ N = 'x' }, [pscustomobject]@{ N = 'y' } | Join-String -Property N
1.5, 2 | Join-String -FormatString '{0:N2}' -Separator ' '
<#stdout
1, 2, 3
'a','b'
list: "a", "b"
xy
1.50 2.00
#>

#### Select-String finds lines in piped strings
$m = 'apple', 'banana', 'cherry' | Select-String -Pattern 'an'
$m.Line
$m.LineNumber
"$m"
('apple', 'banana' | Select-String 'AN' -CaseSensitive | Measure-Object).Count
('apple', 'banana', 'cherry' | Select-String 'an' -NotMatch).Line -join ','
('a.b', 'axb' | Select-String -Pattern 'a.b' -SimpleMatch).Line
'one', 'two' | Select-String 'o' -Raw
'one' | Select-String 'z' -Quiet
<#stdout
banana
2
banana
0
apple,cherry
a.b
one
two
False
#>

#### Invoke-Expression runs text in the current scope
Invoke-Expression '$ie = 2; $ie * 21'
$ie
iex '"via alias"'
<#stdout
42
2
via alias
#>

#### Read-Host shows the prompt with a colon and reads a line
$name = Read-Host -Prompt 'Name'
"Hello $name"
<#stdin
Ken
#>
<#stdout
Name: Hello Ken
#>

#### Get-Host and $Host describe the console host
(Get-Host).Name
$Host.Name
$Host.Version.Major
<#stdout
ConsoleHost
ConsoleHost
7
#>

#### Get-Alias: Name is the alias, DisplayName shows its command
(Get-Alias %).Name
(Get-Alias %).DisplayName
(Get-Alias gv).Definition
Get-Alias -Definition Get-Variable | ForEach-Object Name
<#stdout
%
% -> ForEach-Object
Get-Variable
gv
#>

#### Set-Alias makes a new alias; New-Alias refuses an existing one
Set-Alias -Name say -Value Write-Output
say 'hi'
New-Alias -Name say -Value Write-Host
say 'still output'
<#stdout
hi
still output
#>
<#stderr-contains
The alias is not allowed, because an alias with the name 'say' already exists.
#>

#### gv and sv reach Get-Variable and Set-Variable
sv answer 42
gv answer -ValueOnly
<#stdout
42
#>

#### $PSVersionTable describes PowerShell 7 on Unix
$PSVersionTable.PSVersion.Major
$PSVersionTable.PSVersion.Minor
$PSVersionTable.PSEdition
$PSVersionTable.Platform
<#stdout
7
4
Core
Unix
#>

#### $IsLinux, $IsWindows, $IsMacOS
$IsLinux
$IsWindows
$IsMacOS
<#stdout
True
False
False
#>

#### $OFS is unset by default; arrays still join with a space
$null -eq $OFS
"$(1, 2, 3)"
$OFS = '-'
"$(1, 2, 3)"
<#stdout
True
1 2 3
1-2-3
#>

#### $PID, $HOME and $PWD
$PID -is [int]
$PID -gt 0
$HOME -eq $env:HOME
"$PWD" -eq $PWD.Path
<#stdout
True
True
True
True
#>

#### Preference and session automatic variables
$MaximumHistoryCount
$NestedPromptLevel
$PSCulture
$PSUICulture
$ProgressPreference
$InformationPreference
<#stdout
4096
0
en-US
en-US
Continue
SilentlyContinue
#>

#### $PID is constant
$PID = 1
'next'
<#stdout
next
#>
<#stderr-contains
Cannot overwrite variable PID because it is read-only or constant.
#>

#### Compare-Object -ExcludeDifferent implies -IncludeEqual unless it is turned off
(Compare-Object a, b b, c -ExcludeDifferent | Measure-Object).Count
(Compare-Object a, b b, c -ExcludeDifferent -IncludeEqual:$false | Measure-Object).Count
<#stdout
1
0
#>
