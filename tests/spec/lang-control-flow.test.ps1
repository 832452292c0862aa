# Control flow: if/elseif/else, switch, foreach, for, while, do, labels, return, exit
# (about_If, about_Switch, about_Foreach, about_For, about_While, about_Do,
# about_Break, about_Continue, about_Return, about_Language_Keywords).

#### if / elseif / else picks the first true branch
if (0) { 'a' } elseif ('') { 'b' } else { 'c' }
if ('x') { 'truthy string' }
if (@()) { 'no' } else { 'empty array is false' }
<#stdout
c
truthy string
empty array is false
#>

#### if as a value
$v = if ($true) { 'yes' } else { 'no' }
$v
<#stdout
yes
#>

#### switch runs every matching clause
switch (3) { 3 { 'three' } { $_ -gt 1 } { 'big' } 4 { 'four' } }
<#stdout
three
big
#>

#### switch over an array tests each element with $_
switch (1, 2, 3) { 1 { 'one' } { $_ -gt 1 } { "big $_" } }
<#stdout
one
big 2
big 3
#>

#### default runs only when nothing matched
switch ('z') { 'a' { 'a' } default { 'default' } }
switch ('a') { 'a' { 'a' } default { 'default' } }
<#stdout
default
a
#>

#### switch compares strings case-insensitively unless -CaseSensitive
switch ('abc') { 'ABC' { 'matched' } }
switch -CaseSensitive ('abc') { 'ABC' { 'matched' } default { 'case differs' } }
<#stdout
matched
case differs
#>

#### switch -Wildcard matches like -like
switch -Wildcard ('Ken Myer') { 'Ken*' { 'starts' } '*Myer' { 'ends' } 'P*' { 'no' } }
<#stdout
starts
ends
#>

#### switch -Regex sets $Matches
switch -Regex ('sip:kenmyer@litwareinc.com') { '^sip:(\w+)@' { "user=$($Matches[1])" } }
<#stdout
user=kenmyer
#>

#### break in a switch ends the switch
switch (1, 2, 3) { 2 { 'two'; break } default { "d$_" } }
<#stdout
d1
two
#>

#### continue in a switch goes on with the next element
switch (1..5) { { $_ % 2 } { continue } default { "even $_" } }
<#stdout
even 2
even 4
#>

#### switch as a value
$r = switch (7) { 7 { 'seven' } }
$r
<#stdout
seven
#>

#### switch over an empty array runs nothing; over $null runs once
switch (@()) { default { 'never' } }
switch ($null) { $null { 'null matched' } }
<#stdout
null matched
#>

#### switch on a number accepts a string clause
switch (5) { '5' { 'string five' } }
<#stdout
string five
#>

#### foreach over an array, a range and a pipeline's output
foreach ($i in 1..3) { "i=$i" }
foreach ($u in Get-CsUser -Identity 'Ken Myer') { $u.DisplayName }
<#stdout
i=1
i=2
i=3
Ken Myer
#>

#### foreach over $null runs nothing
foreach ($x in $null) { 'never' }
'done'
<#stdout
done
#>

#### foreach as a value collects the output
$a = foreach ($k in 1..3) { $k * 2 }
$a -join ','
<#stdout
2,4,6
#>

#### for with init, condition and step; continue skips to the step
for ($i = 0; $i -lt 4; $i++) { if ($i -eq 1) { continue }; "for $i" }
<#stdout
for 0
for 2
for 3
#>

#### while and break
$n = 0
while ($true) { $n++; if ($n -gt 4) { break } }
$n
<#stdout
5
#>

#### do-while runs the body before the test
$i = 10
do { "ran $i"; $i++ } while ($i -lt 3)
<#stdout
ran 10
#>

#### do-until loops until the condition is true
$i = 0
do { $i++ } until ($i -ge 5)
$i
<#stdout
5
#>

#### An increment statement writes nothing
$i = 1
$i++
++$i
$i
<#stdout
3
#>

#### break and continue with a label reach the outer loop
:outer foreach ($i in 1..3) {
    foreach ($j in 1..3) {
        if ($j -eq 2) { continue outer }
        if ($i -eq 3) { break outer }
        "$i$j"
    }
}
'after'
<#stdout
11
21
after
#>

#### A labelled while loop
$i = 0
:loop while ($true) { $i++; switch ($i) { 3 { break loop } } }
$i
<#stdout
3
#>

#### break inside a loop body in a switch ends the switch only
foreach ($i in 1..2) { switch ($i) { 1 { 'one'; break } } ; "after switch $i" }
<#stdout
one
after switch 1
after switch 2
#>

#### return at script level ends the script quietly
'a'
return
'b'
<#stdout
a
#>

#### exit sets the exit code
'before'
exit 3
'after'
<#stdout
before
#>
<#exit 3#>

#### exit inside a function ends the whole script
function Quit { exit 4 }
Quit
'not reached'
<#exit 4#>

#### The ternary and null-coalescing operators
$x = $null
$x ?? 'default'
(5 -gt 3) ? 'yes' : 'no'
<#stdout
default
yes
#>

#### && and || run by the previous pipeline's success
Write-Output 'a' && Write-Output 'b'
Get-CsUser -Identity 'Nobody' -ErrorAction SilentlyContinue || Write-Output 'fallback'
<#stdout
a
b
fallback
#>

#### break inside a function ends the caller's loop
function Leave { break }
foreach ($i in 1..3) { Leave; "i=$i" }
'after'
<#stdout
after
#>

#### A statement ending with its block needs no separator before the next
if ($true) { 1 } "b"
function f { 'from f' } f
foreach ($i in 1..2) { $i } 'after loop'
<#stdout
1
b
from f
1
2
after loop
#>

#### A trap continues after the failing statement on the same line
$a = . {trap {"outer trap"; continue;} "hello"; throw "exception"; "world"}
$a -join ","
<#stdout
hello,outer trap,world
#>

#### Two expressions in a row are still an error
1 2
<#stderr-contains
Unexpected token '2' in expression or statement.
#>
<#exit 1#>

#### switch -File takes a bare path, and flags on either side
"alpha", "beta" | Set-Content /tmp/lyncshell-spec-switch-bare.txt
switch -File /tmp/lyncshell-spec-switch-bare.txt { "beta" { "got beta" } default { "other $_" } }
switch -File /tmp/lyncshell-spec-switch-bare.txt -Regex { "^a" { "A: $_" } }
<#stdout
other alpha
got beta
A: alpha
#>
