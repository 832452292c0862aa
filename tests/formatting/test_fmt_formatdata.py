"""Format-Table / Format-List / Format-Wide requests (FormatData)."""
from lyncshell.cmdlets.formatdata import FormatData, PropertySpec
from lyncshell.cmdlets.lang.values import Hashtable, PSCustomObject
from lyncshell.shell.formatting import render


def obj(**props):
    return PSCustomObject(list(props.items()))


USERS = (obj(DisplayName="Ken Myer", SipAddress="sip:kenmyer@litwareinc.com", Enabled=True,
             Pin=1, Extra="a", More="b"),
         obj(DisplayName="Pilar Ackerman", SipAddress="sip:pilar@litwareinc.com", Enabled=False,
             Pin=22, Extra="c", More="d"))


def test_format_table_with_named_properties():
    fd = FormatData("table", USERS, (PropertySpec(name="DisplayName"), PropertySpec(name="Enabled")))
    assert render([fd]) == ("\nDisplayName    Enabled\n-----------    -------\n"
                            "Ken Myer          True\nPilar Ackerman   False\n\n")


def test_format_table_wildcard_expands_in_property_order():
    fd = FormatData("table", USERS, (PropertySpec(name="*Name"), PropertySpec(name="Sip*")))
    assert render([fd]).splitlines()[1] == "DisplayName    SipAddress"


def test_format_table_missing_property_is_an_empty_column():
    fd = FormatData("table", USERS[:1], (PropertySpec(name="DisplayName"), PropertySpec(name="Nope")))
    # the empty last cell is not padded, but the cell before it is
    assert render([fd]).splitlines()[1:4] == ["DisplayName Nope", "----------- ----", "Ken Myer    "]


def test_calculated_property_label_and_alignment(script):
    fd = FormatData("table", USERS, (
        PropertySpec(name="DisplayName"),
        PropertySpec(label="Digits", expression=script(lambda o: o.get("Pin") * 100, "$_.Pin * 100")),
        PropertySpec(label="Left", expression=script(lambda o: o.get("Pin"), "$_.Pin"),
                     alignment="left")))
    assert render([fd]).splitlines()[1:5] == [
        "DisplayName    Digits Left", "-----------    ------ ----",
        "Ken Myer          100 1", "Pilar Ackerman   2200 22"]


def test_calculated_property_without_label_uses_script_text(script):
    fd = FormatData("table", USERS[:1], (PropertySpec(expression=script(lambda o: 1, "$_.Pin")),))
    assert render([fd]).splitlines()[1] == "$_.Pin"


def test_fixed_width_column(script):
    fd = FormatData("table", USERS, (PropertySpec(name="DisplayName", width=5),
                                     PropertySpec(name="Pin")))
    # the first column has a width, so nothing is buffered: the other column
    # takes all the remaining width
    # takes all the remaining width; a label wider than its column wraps
    assert render([fd], width=20) == ("\nDispl            Pin\nayNam\ne\n-----            ---\n"
                                      "Ken \u2026              1\nPila\u2026             22\n\n")


def test_hide_table_headers():
    fd = FormatData("table", USERS, (PropertySpec(name="DisplayName"), PropertySpec(name="Pin")),
                    hide_table_headers=True)
    # the hidden labels still count when the columns are sized
    assert render([fd]) == "\nKen Myer         1\nPilar Ackerman  22\n\n"


def test_autosize_measures_every_object():
    many = tuple(obj(v="x") for _ in range(5)) + (obj(v="longer value"),)
    fd = FormatData("table", many, (PropertySpec(name="v"),), autosize=True)
    assert render([fd]).splitlines()[-2] == "longer value"


def test_format_table_without_properties_shows_at_most_ten_columns():
    wide = obj(**{f"p{i}": i for i in range(12)})
    header = render([FormatData("table", (wide,))]).splitlines()[1]
    assert header.split() == [f"p{i}" for i in range(10)]


def test_format_list_default_and_named():
    text = render([FormatData("list", USERS[:1], (PropertySpec(name="DisplayName"),
                                                  PropertySpec(name="Pin")))])
    assert text == "\nDisplayName : Ken Myer\nPin         : 1\n\n"


def test_format_list_drops_missing_properties():
    text = render([FormatData("list", USERS[:1], (PropertySpec(name="Pin"), PropertySpec(name="Nope")))])
    assert text == "\nPin : 1\n\n"


def test_format_list_star_shows_all_properties():
    text = render([FormatData("list", (obj(a=1, b=2),), (PropertySpec(name="*"),))])
    assert text == "\na : 1\nb : 2\n\n"


def test_format_list_of_small_object_is_a_list():
    assert render([FormatData("list", (obj(a=1),))]) == "\na : 1\n\n"


def test_format_table_of_hashtable_uses_name_value_view():
    text = render([FormatData("table", (Hashtable([("a", 1)]),))])
    assert text.splitlines()[1] == "Name                           Value"


def test_format_list_of_hashtable():
    assert render([FormatData("list", (Hashtable([("a", 1)]),))]) == "\nName  : a\nValue : 1\n\n"


def test_strings_given_to_format_table_print_as_text():
    assert render([FormatData("table", ("a", "b"))]) == "a\nb\n"


def test_format_wide_defaults_to_two_columns_of_the_name():
    items = tuple(obj(Name=f"item{i}", Other=i) for i in range(3))
    text = render([FormatData("wide", items)], width=20)
    assert text == "\nitem0      item1\nitem2      \n\n"


def test_format_wide_column_count():
    items = tuple(obj(Name=n) for n in "abcde")
    text = render([FormatData("wide", items, wide_columns=3)], width=20)
    assert text == "\na      b      c\nd      e      \n\n"


def test_format_wide_autosize_fits_as_many_as_possible():
    items = tuple(obj(Name=n) for n in ("aa", "bb", "cc", "dd"))
    text = render([FormatData("wide", items, autosize=True)], width=12)
    # 4 items of 2 cells + 3 separators = 11 < 12 -> 4 columns; the spare cell
    # goes to the first column
    assert text == "\naa  bb cc dd\n\n"


def test_format_data_ends_the_current_document():
    text = render([obj(a=1), FormatData("list", (obj(b=2),)), obj(c=3)])
    assert text == "\na\n-\n1\n\n\nb : 2\n\n\nc\n-\n3\n\n"


def test_group_by_prints_a_header_per_group():
    items = (obj(Pool="p1", User="a"), obj(Pool="p1", User="b"), obj(Pool="p2", User="c"))
    text = render([FormatData("table", items, (PropertySpec(name="User"),), group_by="Pool")])
    # 7.4: the document's empty line, then `   Label: value` and an empty line
    # (no second empty line before the first group since PR #12163); later
    # groups are set off from the previous table by one empty line.
    assert text == ("\n   Pool: p1\n\nUser\n----\na\nb\n"
                    "\n   Pool: p2\n\nUser\n----\nc\n\n")
