"""Errors, warnings and verbose messages are coloured ($PSStyle.Formatting
Error / Warning / Verbose) only when stderr is a terminal."""
import io

from lyncshell.shell.host import ConsoleHost


class Terminal(io.StringIO):
    def isatty(self):
        return True


def host(stderr):
    return ConsoleHost(interactive=False, stdout=io.StringIO(), stderr=stderr)


def test_redirected_stderr_gets_plain_text():
    err = io.StringIO()
    h = host(err)
    h.write_error_line("boom")
    h.write_warning("careful")
    h.write_verbose("detail")
    assert err.getvalue() == "boom\nWARNING: careful\nVERBOSE: detail\n"
    assert "\x1b" not in err.getvalue()


def test_terminal_error_is_bold_red():
    err = Terminal()
    host(err).write_error_line("boom")
    assert err.getvalue() == "\x1b[31;1mboom\x1b[0m\n"


def test_terminal_warning_and_verbose_are_bold_yellow():
    err = Terminal()
    h = host(err)
    h.write_warning("careful")
    h.write_verbose("detail")
    assert err.getvalue() == ("\x1b[33;1mWARNING: careful\x1b[0m\n"
                              "\x1b[33;1mVERBOSE: detail\x1b[0m\n")


def test_terminal_stdout_does_not_colour_redirected_stderr():
    # `lyncshell ... 2>err.txt` in a terminal: stdout is a tty, stderr is not.
    err = io.StringIO()
    h = ConsoleHost(interactive=False, stdout=Terminal(), stderr=err)
    h.write_error_line("boom")
    assert err.getvalue() == "boom\n"
