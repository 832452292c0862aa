"""Tables built from an object's properties (4 or fewer -> table)."""
from lyncshell.cmdlets.lang.values import PSCustomObject
from lyncshell.shell.formatting import OutDefault, render


def obj(**props):
    return PSCustomObject(list(props.items()))


def test_single_property_object():
    # blank line, header, dashes, row, blank line at the end of the table
    assert render([obj(a=1)]) == "\na\n-\n1\n\n"


def test_select_object_example_numbers_right_aligned():
    # Select-Object doc example 13: `name weight` / `---- ------` / `a         7`
    assert render([obj(name="a", weight=7)]) == "\nname weight\n---- ------\na         7\n\n"


def test_columns_sized_to_longest_value_last_column_not_padded():
    text = render([obj(Name="Ken Myer", City="Redmond"), obj(Name="Pilar", City="Paris")])
    assert text == ("\nName     City\n----     ----\nKen Myer Redmond\nPilar    Paris\n\n")


def test_dash_row_is_label_length_when_column_is_wider():
    text = render([obj(Id="abc", V="long value")])
    assert text.splitlines()[1:3] == ["Id  V", "--  -"]


def test_booleans_right_aligned_strings_left():
    text = render([obj(Enabled=True, User="kenmyer"), obj(Enabled=False, User="x")])
    assert text.splitlines()[1:] == ["Enabled User", "------- ----", "   True kenmyer",
                                     "  False x", ""]


def test_alignment_comes_from_the_first_object():
    text = render([obj(v="text"), obj(v=12345)])
    assert text.splitlines()[3:5] == ["text", "12345"]


def test_doubles_in_tables_use_two_decimals():
    # PowerShell 7.3+ formats float/double cells with "F" (issue #19463)
    text = render([obj(x=2.0, y=1.456789)])
    assert text == "\n   x    y\n   -    -\n2.00 1.46\n\n"


def test_long_value_truncated_with_ellipsis_to_fit_width():
    text = render([obj(Name="a" * 10, Desc="b" * 100)], width=40)
    lines = text.splitlines()
    assert lines[3] == "a" * 10 + " " + "b" * 28 + "\u2026"
    assert len(lines[3]) == 40


def test_columns_that_do_not_fit_are_dropped_from_the_right():
    text = render([obj(A="x" * 30, B="y" * 30, C="z")], width=40)
    # C is hidden; B is shrunk. As in TableWriter, the single-line dash row pads
    # every column but the (hidden) last one, so it keeps trailing blanks.
    assert text.splitlines()[1:4] == ["A" + " " * 30 + "B", "-" + " " * 30 + "-" + " " * 8,
                                      "x" * 30 + " " + "y" * 8 + "\u2026"]


def test_multiline_value_shows_first_line_with_ellipsis():
    text = render([obj(Note="one\ntwo")])
    assert text.splitlines()[3] == "one\u2026"


def test_collections_in_cells_limited_to_four_items():
    text = render([obj(Items=[1, 2, 3, 4, 5], Few=["a", "b"])])
    assert text.splitlines()[3] == "{1, 2, 3, 4\u2026} {a, b}"


def test_null_items_in_a_collection_print_as_dollar_null():
    assert "{1, $null}" in render([obj(Items=[1, None])])


def test_nested_pscustomobject_in_cell():
    text = render([obj(Inner=obj(a=1, b="x"))])
    assert text.splitlines()[3] == "@{a=1; b=x}"


def test_header_wraps_when_column_narrower_than_label():
    text = render([obj(VeryLongLabelName=1, B="b" * 200)], width=30)
    lines = text.splitlines()
    assert lines[0] == ""
    # widths: first column 17, second shrunk to 12; the label fits
    assert lines[1] == "VeryLongLabelName B"


def test_later_objects_with_other_properties_join_the_first_table():
    # the property-built view applies to every object: empty cells
    text = render([obj(a=1), obj(b=2), obj(a=3)])
    assert text == "\na\n-\n1\n \n3\n\n"


def test_strings_between_table_rows_print_as_text():
    text = render([obj(a="x"), "hello", obj(a="y")])
    assert text == "\na\n-\nx\nhello\ny\n\n"


def test_more_than_four_properties_makes_a_list():
    text = render([obj(a=1, b=2, c=3, d=4, e=5)])
    assert text == "\na : 1\nb : 2\nc : 3\nd : 4\ne : 5\n\n"


def test_widths_come_from_the_buffered_first_objects_only():
    chunks = []
    out = OutDefault(chunks.append, buffer_objects=2)
    out.process(obj(v="ab"))
    out.process(obj(v="cd"))
    out.process(obj(v="a much longer value"))
    out.end()
    assert "".join(chunks) == "\nv\n-\nab\ncd\na\u2026\n\n"


def test_memory_stays_flat_for_many_objects():
    written = []
    out = OutDefault(written.append, buffer_objects=100)
    for i in range(5000):
        out.process(obj(n=i))
        assert len(out._queue) <= 101
    out.end()
    text = "".join(written)
    # widths come from the first 100 rows (0..99): later numbers are cut
    assert text.startswith("\n n\n -\n 0\n 1\n")
    assert "\n99\n\u20260\n" in text
    assert text.endswith("\u20269\n\n")


def test_table_rows_stream_after_the_buffer_fills():
    written = []
    out = OutDefault(written.append, buffer_objects=3)
    for i in range(3):
        out.process(obj(n=i))
    before = "".join(written)
    out.process(obj(n=3))
    assert "".join(written) == before + "3\n"
