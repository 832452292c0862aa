"""Colouring and completion as pure functions; the colour switch; the import cost."""

from __future__ import annotations

import os
import subprocess
import sys

from lyncshell.shell.repl.completion import completion_items, make_completer, word_before_cursor
from lyncshell.shell.repl.highlight import highlight_fragments, make_lexer
from lyncshell.shell.repl.loop import wants_colour


def styles_of(text: str) -> dict[str, str]:
    return {frag: style for style, frag in highlight_fragments(text)}


def test_cmdlet_parameter_string_and_variable_are_coloured():
    styles = styles_of("Set-CsClientPin -Identity 'kenmyer' | Where-Object {$_.IsPinSet}")
    assert styles["Set-CsClientPin"] != "class:pygments.text"
    assert "string" in styles["'kenmyer'"] or any(
        "string" in s for s, f in highlight_fragments("'kenmyer'"))
    assert "variable" in styles["$_"]


def test_dash_lookalikes_and_curly_quotes_colour_like_ascii():
    plain = highlight_fragments('Get-CsUser -Identity "kenmyer"')
    fancy = highlight_fragments("Get-CsUser \u2013Identity \u201ckenmyer\u201d")
    assert [s for s, _ in plain] == [s for s, _ in fancy]
    assert "".join(f for _, f in fancy) == "Get-CsUser \u2013Identity \u201ckenmyer\u201d"
    assert not any("error" in s for s, _ in fancy)


def test_multi_line_input_is_coloured_line_by_line():
    text = "foreach ($u in $users) {\n    $u.SipAddress # show\n}"
    fragments = highlight_fragments(text)
    assert "".join(f for _, f in fragments).replace("\n", "") == text.replace("\n", "")
    assert any("comment" in s for s, _ in fragments)


def test_no_lexer_without_colour():
    assert make_lexer(False) is None
    assert make_lexer(True) is not None


def test_colour_only_on_a_terminal(monkeypatch):
    from prompt_toolkit.output import DummyOutput

    monkeypatch.delenv("NO_COLOR", raising=False)
    assert wants_colour(DummyOutput(), environ={}) is False
    master, slave = os.openpty()
    try:
        class TtyOutput:
            def fileno(self) -> int:
                return slave

        assert wants_colour(TtyOutput(), environ={}) is True
        assert wants_colour(TtyOutput(), environ={"NO_COLOR": "1"}) is False
    finally:
        os.close(master)
        os.close(slave)
    read_end, write_end = os.pipe()
    try:
        class PipeOutput:
            def fileno(self) -> int:
                return write_end

        assert wants_colour(PipeOutput(), environ={}) is False
    finally:
        os.close(read_end)
        os.close(write_end)


def test_word_before_cursor():
    assert word_before_cursor("Get-CsU", 7) == (0, "Get-CsU")
    assert word_before_cursor("Set-CsClientPin -Id", 19) == (16, "-Id")
    assert word_before_cursor("Get-CsUser | Get-CsCl", 21) == (13, "Get-CsCl")
    assert word_before_cursor("Get-CsUser ", 11) == (11, "")
    assert word_before_cursor("foo(Get-Cs", 10) == (4, "Get-Cs")


def test_completion_items_replace_the_word():
    assert completion_items("Set-CsClientPin -Id", 19, ["-Identity", "-Identity"]) == [("-Identity", -3)]
    assert completion_items("Get-Cs", 6, ["Get-CsUser", "Get-CsPinPolicy", ""]) == [
        ("Get-CsUser", -6), ("Get-CsPinPolicy", -6)]


def test_completer_adapter_survives_a_failing_host():
    from prompt_toolkit.completion import CompleteEvent
    from prompt_toolkit.document import Document

    def broken(text, cursor):
        raise RuntimeError("boom")

    completer = make_completer(broken)
    assert list(completer.get_completions(Document("Get-Cs"), CompleteEvent())) == []
    assert make_completer(None) is None

    ok = make_completer(lambda text, cursor: ["Get-CsUser"])
    [completion] = completer_results(ok, "Get-Cs")
    assert (completion.text, completion.start_position) == ("Get-CsUser", -6)


def completer_results(completer, text):
    from prompt_toolkit.completion import CompleteEvent
    from prompt_toolkit.document import Document

    return list(completer.get_completions(Document(text), CompleteEvent(completion_requested=True)))


def test_importing_the_package_does_not_load_prompt_toolkit_or_pygments():
    code = (
        "import sys\n"
        "import lyncshell.shell.repl as repl\n"
        "assert repl.redact_secrets('Set-CsClientPin x 1') == 'Set-CsClientPin x ********'\n"
        "loaded = [m for m in ('prompt_toolkit', 'pygments') if m in sys.modules]\n"
        "print(','.join(loaded))\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == ""
