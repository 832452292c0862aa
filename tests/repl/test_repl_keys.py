"""Enter-key decisions and the continuation prompt, without a terminal."""

from __future__ import annotations

from repl_fakes import simple_is_complete
from lyncshell.shell.repl.keys import EnterAction, continuation_prompt, enter_action


def act(text: str, cursor: int | None = None) -> EnterAction:
    return enter_action(text, len(text) if cursor is None else cursor, simple_is_complete)


def test_complete_input_is_accepted():
    assert act("Get-CsUser") is EnterAction.ACCEPT
    assert act("foreach ($u in $x) {\n  $u\n}") is EnterAction.ACCEPT


def test_incomplete_input_gets_a_new_line():
    assert act("foreach ($u in $x) {") is EnterAction.NEWLINE
    assert act("Get-CsUser |") is EnterAction.NEWLINE
    assert act("'unterminated") is EnterAction.NEWLINE
    assert act("foreach ($u in $x) {\n  $u") is EnterAction.NEWLINE


def test_blank_last_line_while_incomplete_submits():
    assert act("foreach ($u in $x) {\n  $u\n") is EnterAction.ACCEPT
    assert act("'unterminated\n   ") is EnterAction.ACCEPT


def test_blank_line_that_is_not_the_last_does_not_submit():
    text = "foreach ($u in $x) {\n\n  $u"
    assert act(text, cursor=text.index("\n") + 1) is EnterAction.NEWLINE


def test_blank_first_line_of_incomplete_input_is_not_special():
    # the first line can only be blank if the input is empty, which is complete
    assert act("") is EnterAction.ACCEPT


def test_complete_input_is_accepted_with_the_cursor_anywhere():
    assert act("Get-CsUser |\nSelect-Object Sip", cursor=3) is EnterAction.ACCEPT


def test_a_crashing_completeness_check_never_traps_the_user():
    def broken(text: str) -> bool:
        raise ValueError("parser bug")

    assert enter_action("foreach (", 9, broken) is EnterAction.ACCEPT


def test_continuation_prompt():
    assert continuation_prompt(80, 1, 0) == ">> "
    assert continuation_prompt(80, 5, 0) == ">> "
    assert continuation_prompt(80, 1, 1) == ""  # soft-wrapped part of a long line
