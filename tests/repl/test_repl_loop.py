"""run_repl end to end through prompt_toolkit's pipe input (no terminal needed)."""

from __future__ import annotations

import pytest

from repl_fakes import CompletingFakeHost, FakeHost, stored_entries
from lyncshell.shell.repl import loop as loop_module
from lyncshell.shell.repl import run_repl

UP = "\x1b[A"
CTRL_C = "\x03"
CTRL_D = "\x04"


def test_single_line_commands_run_in_order(drive):
    host, code, _ = drive("Get-CsUser\r", "Get-CsPinPolicy -Identity global\r", CTRL_D)
    assert host.executed == ["Get-CsUser", "Get-CsPinPolicy -Identity global"]
    assert code == 0


def test_prompt_text_is_asked_before_every_input(drive):
    host, _, _ = drive("a\r", "b\r", CTRL_D)
    assert host.prompts_shown == 3


def test_incomplete_input_continues_until_complete(drive):
    host, _, _ = drive("foreach ($u in Get-CsUser) {\r    $u.SipAddress\r}\r", CTRL_D)
    assert host.executed == ["foreach ($u in Get-CsUser) {\n    $u.SipAddress\n}"]


def test_trailing_pipe_continues_on_next_line(drive):
    host, _, _ = drive("Get-CsUser |\rSelect-Object SipAddress\r", CTRL_D)
    assert host.executed == ["Get-CsUser |\nSelect-Object SipAddress"]


def test_open_quote_continues_across_lines(drive):
    host, _, _ = drive("'first\rsecond'\r", CTRL_D)
    assert host.executed == ["'first\nsecond'"]


def test_blank_line_while_incomplete_submits_for_the_parser_to_report(drive):
    # PowerShell 2.0/3.0 console host: an empty line ends the >> prompt.
    host, _, _ = drive("if ($x) {\r    1\r\r", "Get-CsUser\r", CTRL_D)
    assert host.executed == ["if ($x) {\n    1\n", "Get-CsUser"]


def test_blank_first_line_executes_nothing(drive):
    host, code, _ = drive("\r", "   \r", "Get-CsUser\r", CTRL_D)
    assert host.executed == ["Get-CsUser"]
    assert code == 0


def test_ctrl_c_at_the_prompt_discards_the_line_and_stays(drive):
    host, code, _ = drive("Remove-CsUser kenmyer" + CTRL_C, "Get-CsUser\r", CTRL_D)
    assert host.executed == ["Get-CsUser"]
    assert code == 0


def test_ctrl_c_in_continuation_discards_the_whole_block(drive):
    host, _, _ = drive("foreach ($u in Get-CsUser) {\r  Remove-CsUser $u" + CTRL_C, "Get-CsUser\r", CTRL_D)
    assert host.executed == ["Get-CsUser"]


def test_ctrl_c_during_a_command_returns_to_the_prompt(drive):
    host, code, output = drive("interrupt\r", "Get-CsUser\r", CTRL_D)
    assert host.executed == ["interrupt", "Get-CsUser"]
    assert code == 0
    assert output.raw == ["\n"]  # only a fresh line; no error text for the stopped command


def test_executor_bug_is_reported_and_the_session_goes_on(drive, capsys):
    host, code, _ = drive("crash\r", "Get-CsUser\r", CTRL_D)
    assert host.executed == ["crash", "Get-CsUser"]
    assert code == 0
    err = capsys.readouterr().err
    assert "internal error" in err and "RuntimeError: executor bug" in err


def test_ctrl_d_on_empty_line_exits_zero(drive):
    host, code, _ = drive(CTRL_D, "Get-CsUser\r")
    assert code == 0
    assert host.executed == []
    assert host.unsent == ["Get-CsUser\r"]


def test_ctrl_d_on_a_non_empty_line_does_not_exit(drive):
    # Ctrl-D with text deletes the character under the cursor (here: none at the end).
    host, code, _ = drive("Get-CsUser" + CTRL_D + "\r", CTRL_D)
    assert host.executed == ["Get-CsUser"]
    assert code == 0


def test_ctrl_d_returns_the_hosts_exit_code_when_set(drive):
    host = FakeHost()
    host._exit_code = 3  # a host may already hold an exit code when the user presses Ctrl-D
    _, code, _ = drive(CTRL_D, host=host)
    assert code == 3


@pytest.mark.parametrize("command, expected", [("exit", 0), ("exit 7", 7), ("exit 1", 1)])
def test_exit_ends_the_repl_with_the_hosts_code(drive, command, expected):
    host, code, _ = drive("Get-CsUser\r", command + "\r", "Get-CsPinPolicy\r")
    assert code == expected
    assert host.executed == ["Get-CsUser", command]
    assert host.unsent == ["Get-CsPinPolicy\r"]  # nothing was read after exit


def test_history_file_is_written_and_pins_are_redacted(drive, history_path):
    drive(
        "Get-CsUser\r",
        "Set-CsClientPin -Identity kenmyer@litwareinc.com -Pin 729401\r",
        "Set-CsClientPin kenmyer@litwareinc.com 583920\r",
        "Test-CsPhoneBootstrap -PhoneOrExt 5551219 \u2013PIN:461729\r",
        CTRL_D,
    )
    entries = stored_entries(history_path)
    assert entries == [
        "Get-CsUser",
        "Set-CsClientPin -Identity kenmyer@litwareinc.com -Pin ********",
        "Set-CsClientPin kenmyer@litwareinc.com ********",
        "Test-CsPhoneBootstrap -PhoneOrExt 5551219 \u2013PIN:********",
    ]
    for pin in ("729401", "583920", "461729"):
        assert all(pin not in e for e in entries)


def test_executor_receives_the_real_pin(drive):
    host, _, _ = drive("Set-CsClientPin -Identity kenmyer -Pin 729401\r", CTRL_D)
    assert host.executed == ["Set-CsClientPin -Identity kenmyer -Pin 729401"]


def test_up_arrow_recalls_the_redacted_form(drive):
    host, _, _ = drive("Set-CsClientPin -Identity kenmyer -Pin 729401\r", UP + "\r", CTRL_D)
    assert host.executed == [
        "Set-CsClientPin -Identity kenmyer -Pin 729401",
        "Set-CsClientPin -Identity kenmyer -Pin ********",
    ]


def test_multi_line_entry_is_one_history_item(drive, history_path):
    host, _, _ = drive("Get-CsUser |\rSelect-Object SipAddress\r", UP + "\r", CTRL_D)
    assert host.executed == ["Get-CsUser |\nSelect-Object SipAddress"] * 2
    assert stored_entries(history_path) == ["Get-CsUser |\nSelect-Object SipAddress"]


def test_sensitive_lines_are_recalled_in_session_but_not_written(drive, history_path):
    line = "$pw = ConvertTo-SecureString 'Pass@word1' -AsPlainText -Force"
    host, _, _ = drive(line + "\r", UP + "\r", "Get-CsUser\r", CTRL_D)
    assert host.executed == [line, line, "Get-CsUser"]
    text = history_path.read_text(encoding="utf-8")
    assert "Pass@word1" not in text
    assert stored_entries(history_path) == ["Get-CsUser"]


def test_history_persists_across_sessions(drive, history_path):
    drive("Get-CsClientPinInfo -Identity kenmyer\r", CTRL_D)
    host, _, _ = drive(UP + "\r", CTRL_D)
    assert host.executed == ["Get-CsClientPinInfo -Identity kenmyer"]


def test_history_directory_is_created(tmp_path):
    from prompt_toolkit.input import create_pipe_input
    from prompt_toolkit.output import DummyOutput

    path = tmp_path / "a" / "b" / "history.txt"
    with create_pipe_input() as pipe:
        pipe.send_text("Get-CsUser\r" + CTRL_D)
        run_repl(FakeHost(), history_path=path, input=pipe, output=DummyOutput())
    assert stored_entries(path) == ["Get-CsUser"]


def test_prompt_session_is_built_once(drive, monkeypatch):
    built = []
    real = loop_module.PromptSession

    def counting(*args, **kwargs):
        built.append(1)
        return real(*args, **kwargs)

    monkeypatch.setattr(loop_module, "PromptSession", counting)
    host, _, _ = drive("a\r", "b\r", "c\r", CTRL_D)
    assert host.executed == ["a", "b", "c"]
    assert len(built) == 1


def test_tab_completes_through_the_host(drive):
    host = CompletingFakeHost(after_complete=["\r", " kenmyer\r"])
    drive("Get-CsU\t", "Set-CsClientPin -Id\t", CTRL_D, host=host)
    assert host.executed == ["Get-CsUser", "Set-CsClientPin -Identity kenmyer"]
    assert host.complete_calls == [("Get-CsU", 7), ("Set-CsClientPin -Id", 19)]


def test_host_without_complete_gets_no_completer(history_path):
    session = loop_module.build_session(FakeHost(), history_path=history_path,
                                        input=None, output=_dummy())
    assert session.completer is None
    assert session.lexer is None  # DummyOutput is not a terminal: no colour


def _dummy():
    from prompt_toolkit.output import DummyOutput

    return DummyOutput()
