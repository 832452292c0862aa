"""redact_secrets: every way a PIN can be typed is masked; everything else is left alone."""

from __future__ import annotations

import pytest

from lyncshell.shell.repl import MASK, redact_secrets

M = MASK


@pytest.mark.parametrize("typed, stored", [
    # named -Pin, the documentation's form
    ('Set-CsClientPin -Identity "litwareinc\\kenmyer" -Pin 0712',
     f'Set-CsClientPin -Identity "litwareinc\\kenmyer" -Pin {M}'),
    # case and colon forms
    ("Set-CsClientPin -Identity x -PIN 0712", f"Set-CsClientPin -Identity x -PIN {M}"),
    ("Set-CsClientPin -Identity x -pin:0712", f"Set-CsClientPin -Identity x -pin:{M}"),
    ("Set-CsClientPin -Identity x -Pin: 0712 -Force", f"Set-CsClientPin -Identity x -Pin: {M} -Force"),
    # unique prefixes
    ("Set-CsClientPin -Identity x -Pi 0712", f"Set-CsClientPin -Identity x -Pi {M}"),
    ("Set-CsClientPin -Identity x -P 0712", f"Set-CsClientPin -Identity x -P {M}"),
    # dash look-alikes: en dash, em dash, horizontal bar
    ("Set-CsClientPin -Identity x \u2013Pin 0712", f"Set-CsClientPin -Identity x \u2013Pin {M}"),
    ("Set-CsClientPin -Identity x \u2014Pin 0712", f"Set-CsClientPin -Identity x \u2014Pin {M}"),
    ("Set-CsClientPin -Identity x \u2015Pi:0712", f"Set-CsClientPin -Identity x \u2015Pi:{M}"),
    # quoted values, straight and curly
    ("Set-CsClientPin -Identity x -Pin '0712'", f"Set-CsClientPin -Identity x -Pin {M}"),
    ('Set-CsClientPin -Identity x -Pin "0712"', f"Set-CsClientPin -Identity x -Pin {M}"),
    ("Set-CsClientPin -Identity x -Pin \u201c0712\u201d", f"Set-CsClientPin -Identity x -Pin {M}"),
    ("Set-CsClientPin -Identity x -Pin \u20180712\u2019", f"Set-CsClientPin -Identity x -Pin {M}"),
    # expressions are masked whole
    ('Set-CsClientPin -Identity x -Pin ("07" + "12") -WhatIf',
     f"Set-CsClientPin -Identity x -Pin {M} -WhatIf"),
    # backtick line continuation between the parameter and its value
    ("Set-CsClientPin -Identity x -Pin `\n  0712", f"Set-CsClientPin -Identity x -Pin `\n  {M}"),
    # Test-CsPhoneBootstrap's -PIN
    ("Test-CsPhoneBootstrap -PhoneOrExt 5551219 -PIN 0712 -Verbose",
     f"Test-CsPhoneBootstrap -PhoneOrExt 5551219 -PIN {M} -Verbose"),
    ("Test-CsPhoneBootstrap -PhoneOrExt 5551219 \u2013PIN:0712",
     f"Test-CsPhoneBootstrap -PhoneOrExt 5551219 \u2013PIN:{M}"),
    # Set-CsPinSendCAWelcomeMail
    ("Set-CsPinSendCAWelcomeMail -UserUri kenmyer@litwareinc.com -From admin@litwareinc.com -Pin 4821",
     f"Set-CsPinSendCAWelcomeMail -UserUri kenmyer@litwareinc.com -From admin@litwareinc.com -Pin {M}"),
    # several statements, pipelines, script blocks
    ("Set-CsClientPin -Identity x -Pin 0712; Get-CsClientPinInfo x",
     f"Set-CsClientPin -Identity x -Pin {M}; Get-CsClientPinInfo x"),
    ("Get-CsUser | ForEach-Object { Set-CsClientPin $_.Identity -Pin 4821 }",
     f"Get-CsUser | ForEach-Object {{ Set-CsClientPin $_.Identity -Pin {M} }}"),
])
def test_named_pin_values_are_masked(typed, stored):
    assert redact_secrets(typed) == stored


@pytest.mark.parametrize("typed, stored", [
    # Pin is Set-CsClientPin's second positional parameter
    ("Set-CsClientPin kenmyer@litwareinc.com 0712", f"Set-CsClientPin kenmyer@litwareinc.com {M}"),
    ("set-csclientpin 'sip:kenmyer@litwareinc.com' '0712'", f"set-csclientpin 'sip:kenmyer@litwareinc.com' {M}"),
    # once -Identity is named, the first positional argument is the PIN
    ("Set-CsClientPin -Identity kenmyer@litwareinc.com 0712",
     f"Set-CsClientPin -Identity kenmyer@litwareinc.com {M}"),
    ("Set-CsClientPin -Id:kenmyer 0712", f"Set-CsClientPin -Id:kenmyer {M}"),
    ("Set-CsClientPin 0712 -Identity kenmyer", f"Set-CsClientPin {M} -Identity kenmyer"),
    # switches take no argument, so the PIN is still the second positional one
    ("Set-CsClientPin kenmyer -Force 0712", f"Set-CsClientPin kenmyer -Force {M}"),
    ("Set-CsClientPin -Confirm:$false kenmyer 0712", f"Set-CsClientPin -Confirm:$false kenmyer {M}"),
    # a module-qualified name, a dash look-alike in the name, inside a script block
    ("Lync\\Set-CsClientPin kenmyer 0712", f"Lync\\Set-CsClientPin kenmyer {M}"),
    ("Set\u2013CsClientPin kenmyer 0712", f"Set\u2013CsClientPin kenmyer {M}"),
    ("Get-CsUser | % { Set-CsClientPin $_.Identity 4821 }", f"Get-CsUser | % {{ Set-CsClientPin $_.Identity {M} }}"),
])
def test_positional_pin_of_set_csclientpin_is_masked(typed, stored):
    assert redact_secrets(typed) == stored


@pytest.mark.parametrize("typed, stored", [
    ("$p = @{Identity='kenmyer'; Pin='0712'}; Set-CsClientPin @p",
     f"$p = @{{Identity='kenmyer'; Pin={M}}}; Set-CsClientPin @p"),
    ("$p = @{\n  Identity = 'kenmyer'\n  Pin = 0712\n}", f"$p = @{{\n  Identity = 'kenmyer'\n  Pin = {M}\n}}"),
    ("$p = @{'Pin' = '0712'}", f"$p = @{{'Pin' = {M}}}"),
    ("$pin = '0712'", f"$pin = {M}"),
    ("$newPin=4821", f"$newPin={M}"),
    ('[string]$PIN = "4821"', f"[string]$PIN = {M}"),
])
def test_pins_in_hashtables_and_assignments_are_masked(typed, stored):
    assert redact_secrets(typed) == stored


@pytest.mark.parametrize("typed", [
    "Get-CsUser",
    "Get-CsClientPinInfo -Identity kenmyer | Where-Object {$_.IsPinSet -eq $false}",
    "Set-CsClientPin -Identity kenmyer",                      # server generates the PIN
    "Set-CsClientPin -Identity kenmyer -Pin $newPin",         # a variable holds no secret
    "Import-Csv pins.csv | ForEach-Object { Set-CsClientPin $_.Identity -Pin $_.Pin }",
    "Set-CsClientPin -Identity kenmyer -Pin -Force",          # missing argument: nothing to hide
    "Set-CsClientPin kenmyer",
    "Set-CsPinPolicy -Identity global -MinPasswordLength 6",
    "$pinPolicy = 'RedmondPinPolicy'",                        # not a PIN variable
    "$pin = Read-Host 'New PIN'",                             # not a literal
    "Get-CsUser -Filter {DisplayName -eq 'Pin 0712'}",        # text in a filter is not a parameter
    "Lock-CsClientPin -Identity kenmyer",
    "",
])
def test_text_without_a_pin_value_is_unchanged(typed):
    assert redact_secrets(typed) == typed


def test_is_idempotent():
    once = redact_secrets("Set-CsClientPin kenmyer 0712; Test-CsPhoneBootstrap -PhoneOrExt 1 -PIN 2")
    assert redact_secrets(once) == once


def test_no_digit_of_any_pin_survives_a_mixed_script():
    script = (
        "$users = Get-CsUser -OU 'ou=Redmond,dc=litwareinc,dc=com'\n"
        "foreach ($u in $users) {\n"
        "    Set-CsClientPin -Identity $u.Identity \u2013Pin 918273 -Confirm:$false\n"
        "}\n"
        "Set-CsClientPin kenmyer 564738\n"
        "Test-CsPhoneBootstrap -PhoneOrExt 5551219 -PIN:\u201c192837\u201d\n"
    )
    redacted = redact_secrets(script)
    for pin in ("918273", "564738", "192837"):
        assert pin not in redacted
    assert redacted.count(MASK) == 3
    assert "$users = Get-CsUser -OU 'ou=Redmond,dc=litwareinc,dc=com'" in redacted
