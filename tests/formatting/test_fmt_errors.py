"""Error, warning and WhatIf views (Windows PowerShell 5.1 NormalView)."""
from lyncshell.cmdlets.errors import ErrorRecord, InvocationInfo
from lyncshell.shell.formatting import (OutDefault, position_message, render, render_error,
                                        render_error_record, render_warning, render_what_if)

LINE = 'Revoke-CsClientCertificate -Identity "Jane Doe"'
FQID = "ManagementObjectNotFound,Microsoft.Rtc.Management.UserPinService.RevokeCsClientCertificateCmdlet"


def revoke_error(**overrides):
    args = dict(command="Revoke-CsClientCertificate", script_name="", line=1, column=1,
                line_text=LINE, extent_length=len(LINE), category="ObjectNotFound",
                target_name="Jane Doe", target_type="String",
                activity="Revoke-CsClientCertificate", reason="ManagementException",
                error_id=FQID, width=200)
    args.update(overrides)
    return render_error('Management object not found for identity "Jane Doe".', **args)


def test_cmdlet_error_layout():
    assert revoke_error() == (
        'Revoke-CsClientCertificate : Management object not found for identity "Jane Doe".\n'
        "At line:1 char:1\n"
        f"+ {LINE}\n"
        "+ " + "~" * len(LINE) + "\n"
        "    + CategoryInfo          : ObjectNotFound: (Jane Doe:String) "
        "[Revoke-CsClientCertificate], ManagementException\n"
        f"    + FullyQualifiedErrorId : {FQID}\n"
        " ")


def test_script_file_position():
    text = revoke_error(script_name=r"C:\Scripts\revoke.ps1", line=3, column=5,
                        line_text="    " + LINE)
    assert text.splitlines()[1:4] == [r"At C:\Scripts\revoke.ps1:3 char:5", "+     " + LINE,
                                      "+     " + "~" * len(LINE)]


def test_long_info_lines_are_split_at_console_width_minus_six():
    # 5.1 cuts the line into (width - 6)-character pieces joined by the indent
    text = revoke_error(width=120)
    line = [x for x in text.splitlines() if "FullyQualifiedErrorId" in x][0]
    full = "+ FullyQualifiedErrorId : " + FQID
    assert line == "    " + full[:114] + "    " + full[114:]


def test_parse_error_layout():
    text = render_error("Missing closing '}' in statement block or type definition.",
                        command=None, script_name="", line=1, column=3, line_text="{ ",
                        extent_length=0, category="ParserError", target_name="",
                        target_type="", activity="", reason="ParentContainsErrorRecordException",
                        error_id="MissingEndCurlyBrace")
    assert text == ("At line:1 char:3\n+ {\n+   ~\n"
                    "Missing closing '}' in statement block or type definition.\n"
                    "    + CategoryInfo          : ParserError: (:) [], "
                    "ParentContainsErrorRecordException\n"
                    "    + FullyQualifiedErrorId : MissingEndCurlyBrace\n ")


def test_long_target_names_are_ellipsized_in_category_info():
    # over 40 characters: first 15 + "..." + last 15 (5.1's ErrorCategoryInfo)
    text = revoke_error(target_name="sip:a.very.long.user.name1@litwareinc.com")
    assert "(sip:a.very.long...@litwareinc.com:String)" in text


def test_position_message_shortens_long_lines():
    line = "Get-CsUser " + "x" * 100
    text = position_message("", 1, 1, line, 10)
    first, second = text.split("\n")[1:]
    assert first == "+ " + line[:69] + " ..."
    assert second == "+ " + "~" * 10


def test_position_message_expands_tabs():
    text = position_message("", 1, 2, "\tGet-Foo", 7)
    assert text == "At line:1 char:2\n+     Get-Foo\n+     ~~~~~~~"


def test_error_record_in_the_output_stream():
    record = ErrorRecord(message="boom", error_id="Boom", category="InvalidOperation",
                         target="x", invocation=InvocationInfo(command_name="Get-Thing", line=1,
                                                               column=1, line_text="Get-Thing",
                                                               extent_length=9))
    expected = render_error_record(record) + "\n"
    assert expected.startswith("Get-Thing : boom\nAt line:1 char:1\n+ Get-Thing\n+ ~~~~~~~~~\n")
    assert "(x:String) [Get-Thing], RuntimeException" in expected
    assert render([record]) == expected


def test_warning_and_what_if():
    assert render_warning('Object with identity "x" was not changed.') == \
        'WARNING: Object with identity "x" was not changed.'
    assert render_what_if("Revoke-CsClientCertificate", "Jane Doe") == \
        'What if: Performing the operation "Revoke-CsClientCertificate" on target "Jane Doe".'


def test_width_is_used_by_out_default():
    assert OutDefault(lambda s: None).width == 120
