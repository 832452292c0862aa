"""Errors go to stderr, warnings, verbose and debug messages to stdout (pwsh's
console host: PowerShell issue #7989); each is coloured ($PSStyle.Formatting
Error / Warning / Verbose / Debug) only when its stream is a terminal."""
import io

from lyncshell.shell.host import ConsoleHost


class Terminal(io.StringIO):
    def isatty(self):
        return True


def host(stdout=None, stderr=None):
    return ConsoleHost(interactive=False, stdout=stdout or io.StringIO(), stderr=stderr or io.StringIO())


def test_redirected_streams_get_plain_text():
    out, err = io.StringIO(), io.StringIO()
    h = host(out, err)
    h.write_error_line("boom")
    h.write_warning("careful")
    h.write_verbose("detail")
    h.write_debug("trace")
    assert err.getvalue() == "boom\n"
    assert out.getvalue() == "WARNING: careful\nVERBOSE: detail\nDEBUG: trace\n"


def test_terminal_error_is_bold_red():
    err = Terminal()
    host(stderr=err).write_error_line("boom")
    assert err.getvalue() == "\x1b[31;1mboom\x1b[0m\n"


def test_terminal_warning_verbose_and_debug_are_bold_yellow():
    out = Terminal()
    h = host(stdout=out)
    h.write_warning("careful")
    h.write_verbose("detail")
    h.write_debug("trace")
    assert out.getvalue() == ("\x1b[33;1mWARNING: careful\x1b[0m\n"
                              "\x1b[33;1mVERBOSE: detail\x1b[0m\n"
                              "\x1b[33;1mDEBUG: trace\x1b[0m\n")


def test_terminal_stdout_does_not_colour_redirected_stderr():
    # `lyncshell ... 2>err.txt` in a terminal: stdout is a tty, stderr is not.
    err = io.StringIO()
    h = ConsoleHost(interactive=False, stdout=Terminal(), stderr=err)
    h.write_error_line("boom")
    assert err.getvalue() == "boom\n"
