"""Out-Default of scalars and arrays: one value per line, $null prints nothing."""
from datetime import datetime

from lyncshell.cmdlets.lang.values import AUTOMATION_NULL
from lyncshell.shell.formatting import OutDefault, render


def test_strings_numbers_booleans_one_per_line():
    assert render(["hello", 42, True, False]) == "hello\n42\nTrue\nFalse\n"


def test_double_uses_powershell_conversion():
    assert render([1.5, 2.0, 0.1 + 0.2]) == "1.5\n2\n0.3\n"


def test_null_prints_nothing_but_empty_string_prints_a_line():
    assert render([None, AUTOMATION_NULL]) == ""
    assert render([""]) == "\n"


def test_nested_array_prints_each_item():
    assert render([1, [2, 3], 4]) == "1\n2\n3\n4\n"


def test_datetime_uses_its_view_long_date_with_blank_lines():
    # [datetime] has a registered custom view showing its DateTime property.
    assert render([datetime(2012, 9, 25, 13, 35, 3)]) == \
        "\nTuesday, September 25, 2012 1:35:03 PM\n\n"


def test_streaming_writer_receives_chunks_with_newlines():
    chunks = []
    out = OutDefault(chunks.append)
    out.process("a")
    out.process("b")
    assert chunks == ["a\n", "b\n"]
    out.end()
    assert "".join(chunks) == "a\nb\n"
