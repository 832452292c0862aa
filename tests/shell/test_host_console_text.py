"""The console host writes UTF-16 surrogate halves as .NET's UTF-8 encoder does."""
import io

from lyncshell.shell.host import ConsoleHost, console_text


def test_plain_text_is_returned_unchanged():
    text = "héllo 😀"
    assert console_text(text) is text


def test_lone_halves_become_replacement_characters():
    assert console_text("\ud83d") == "\ufffd"
    assert console_text("a\udc00b") == "a\ufffdb"
    assert console_text("\ud83d\n\ude00") == "\ufffd\n\ufffd"


def test_a_split_pair_is_joined_back():
    assert console_text("\ud83d\ude00") == "😀"


def test_host_writes_never_raise_on_a_utf8_stream():
    raw = io.BytesIO()
    out = io.TextIOWrapper(raw, encoding="utf-8")
    err = io.TextIOWrapper(io.BytesIO(), encoding="utf-8")
    host = ConsoleHost(interactive=False, stdout=out, stderr=err)
    host.write_line("x\ud83d")
    host.write("\udc00\n")
    host.write_warning("w\ud800")
    host.write_information(None, "i\ud800")
    host.write_error_line("e\ud800")
    out.flush()
    assert raw.getvalue().decode("utf-8") == "x\ufffd\n\ufffd\nWARNING: w\ufffd\ni\ufffd\n"
