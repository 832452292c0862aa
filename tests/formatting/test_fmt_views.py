"""PowerShell's built-in views (PowerShellCore/DotNetTypes format data) for the
objects the core cmdlets produce, and Format-Table's -Wrap / FormatString."""
from dataclasses import dataclass
from datetime import timedelta

from lyncshell.cmdlets.core.get_member import MemberDefinition
from lyncshell.cmdlets.core.group_object import GroupInfo, GroupInfoNoElement
from lyncshell.cmdlets.formatdata import FormatData, PropertySpec
from lyncshell.cmdlets.lang.values import Hashtable, PSCustomObject
from lyncshell.shell.formatting import render
from lyncshell.shell.formatting.views import find_view


def obj(**props):
    return PSCustomObject(list(props.items()))


def group(name, items, values=None):
    return GroupInfo(name, values if values is not None else [name], list(items))


@dataclass(frozen=True, slots=True)
class WrapData(FormatData):
    """A Format-Table request carrying -Wrap (FormatData.wrap, when it exists)."""

    wrap: bool = False


@dataclass(frozen=True, slots=True)
class FormattedSpec(PropertySpec):
    """A property with a FormatString key (PropertySpec.format_string)."""

    format_string: str | None = None


# ------------------------------------------------------------------ GroupInfo

def test_group_info_columns_count_5_right_name_25_group_the_rest():
    text = render([group("0", [2, 4]), group("1", [1, 3, 5])])
    assert text == ("\nCount Name                      Group\n"
                    "----- ----                      -----\n"
                    "    2 0                         {2, 4}\n"
                    "    3 1                         {1, 3, 5}\n\n")


def test_group_info_name_is_cut_at_25_cells_not_autosized():
    text = render([group("dublin-cs-001.litwareinc.com", ["x"])])
    assert text.splitlines()[3] == "    1 dublin-cs-001.litwareinc\u2026 {x}"


def test_group_info_group_column_takes_the_rest_of_the_line():
    text = render([group("a", ["y" * 200])])
    row = text.splitlines()[3]
    assert len(row) == 120 and row.endswith("y\u2026")


def test_group_info_no_element_has_count_and_name():
    text = render([GroupInfoNoElement("a", ["a"], [1, 2])])
    assert text == "\nCount Name\n----- ----\n    2 a\n\n"


def test_group_info_list_view_for_format_list():
    text = render([FormatData("list", (group("0", [2, 4], [0]),))])
    assert text == "\nName   : 0\nCount  : 2\nGroup  : {2, 4}\nValues : {0}\n\n"


# ------------------------------------------------------------- MemberDefinition

def members(type_name, *rows):
    return [MemberDefinition(type_name, n, k, d) for n, k, d in rows]


def test_member_definition_grouped_by_type_name_and_autosized():
    items = members("System.String", ("Clone", "Method", "System.Object Clone()"),
                    ("Length", "Property", "int Length {get;}"))
    assert render(items) == ("\n   TypeName: System.String\n\n"
                             "Name   MemberType Definition\n"
                             "----   ---------- ----------\n"
                             "Clone  Method     System.Object Clone()\n"
                             "Length Property   int Length {get;}\n\n")


def test_member_definition_each_type_is_its_own_autosized_group():
    items = (members("System.String", ("Length", "Property", "int Length {get;}"))
             + members("System.Int32", ("GetTypeCode", "Method", "System.TypeCode GetTypeCode()")))
    assert render(items) == ("\n   TypeName: System.String\n\n"
                             "Name   MemberType Definition\n"
                             "----   ---------- ----------\n"
                             "Length Property   int Length {get;}\n"
                             "\n   TypeName: System.Int32\n\n"
                             "Name        MemberType Definition\n"
                             "----        ---------- ----------\n"
                             "GetTypeCode Method     System.TypeCode GetTypeCode()\n\n")


def test_member_definition_columns_left_aligned_and_long_definitions_cut():
    items = members("T", ("N", "Method", "d" * 200))
    row = render(items).splitlines()[5]
    assert row.startswith("N    Method     d") and row.endswith("d\u2026") and len(row) == 120


# ------------------------------------------------------------- other built-ins

def test_find_view_goes_by_type_names_in_order():
    assert find_view(group("a", []), None).view.shape == "table"
    assert find_view(group("a", []), "list").view.shape == "list"
    assert find_view(timedelta(1), None).view.shape == "list"
    assert find_view(timedelta(1), "wide").view.shape == "wide"
    assert find_view(obj(a=1), None) is None


def test_selected_group_info_is_a_plain_custom_object():
    selected = PSCustomObject([("Count", 2), ("Name", "a")],
                              type_names=("Selected.Microsoft.PowerShell.Commands.GroupInfo",
                                          "System.Management.Automation.PSCustomObject",
                                          "System.Object"))
    assert render([selected]) == "\nCount Name\n----- ----\n    2 a\n\n"


def test_timespan_table_view_columns_are_left_aligned():
    text = render([FormatData("table", (timedelta(days=1, hours=2),))])
    assert text == ("\nDays Hours Minutes Seconds Milliseconds\n"
                    "---- ----- ------- ------- ------------\n"
                    "1    2     0       0       0\n\n")


def test_ordered_hashtable_keeps_insertion_order():
    table = Hashtable([("b", 1), ("a", 2)], ordered=True)
    assert render([table]).splitlines()[3:5] == [
        "b                              1", "a                              2"]


def test_object_not_matching_the_view_is_written_out_of_band_as_a_list():
    # The GroupInfo view applies only to GroupInfo objects; a later custom
    # object is written out of band as a list (OutOfBandFormatViewManager),
    # between empty lines, and the table goes on.
    text = render([group("a", [1]), obj(x=1), group("b", [2])])
    assert text == ("\nCount Name                      Group\n"
                    "----- ----                      -----\n"
                    "    1 a                         {1}\n"
                    "\nx : 1\n\n"
                    "    1 b                         {2}\n\n")


def test_a_table_built_from_properties_takes_any_later_object():
    # A view generated from the first object's properties applies to every
    # object: a GroupInfo becomes a row with an empty (right-aligned) cell.
    assert render([obj(x=1), group("a", [1])]) == "\nx\n-\n1\n \n\n"


# ------------------------------------------------------------------ -Wrap

def test_wrap_breaks_embedded_newlines_last_column():
    # Format-Table.Tests.ps1 "Should render rows correctly when wrapped: right"
    o = obj(A=1, B=2, Name="This\nIs some random\nmultiline content")
    assert render([WrapData("table", (o,), wrap=True)]) == (
        "\nA B Name\n- - ----\n1 2 This\n    Is some random\n    multiline content\n\n")


def test_wrap_first_column_leaves_the_other_cells_off_continuation_lines():
    # ... "left": the column is as wide as the whole text (37 cells)
    o = obj(Name="This\nIs some random\nmultiline content", A=1, B=2)
    assert render([WrapData("table", (o,), wrap=True)]) == (
        "\nName                                  A B\n"
        "----                                  - -\n"
        "This                                  1 2\n"
        "Is some random\nmultiline content\n\n")


def test_wrap_middle_column():
    o = obj(A=1, Name="This\nIs some random\nmultiline content", B=2)
    assert render([WrapData("table", (o,), wrap=True)]) == (
        "\nA Name                                  B\n"
        "- ----                                  -\n"
        "1 This                                  2\n"
        "  Is some random\n  multiline content\n\n")


def test_wrap_splits_long_values_at_the_column_width():
    # ... "wide values with wrap, all 3 columns" (widths 4/7/5; left/right/center)
    specs = (PropertySpec(name="First", label="LongLongHeader", width=4, alignment="left"),
             PropertySpec(name="Second", label="Header2", width=7, alignment="right"),
             PropertySpec(name="Third", label="Header3", width=5, alignment="center"))
    o = obj(First="12345", Second="12345678", Third="123456")
    assert render([WrapData("table", (o,), specs, wrap=True)]) == (
        "\nLong Header2 Heade\nLong          r3\nHead\ner\n"
        "---- ------- -----\n1234 1234567 12345\n5          8   6\n\n")


def test_without_wrap_a_multiline_value_shows_its_first_line():
    o = obj(A=1, Name="This\nIs")
    assert render([FormatData("table", (o,))]).splitlines()[3] == "1 This\u2026"


def test_hide_table_headers_leaves_no_trailing_blanks():
    # "Format-Table should not add trailing whitespace to rows"
    text = render([FormatData("table", (obj(a=1, b=2),), hide_table_headers=True)])
    assert text == "\n1 2\n\n"


def test_center_alignment_with_a_width():
    # "Should be formatted correctly if width is declared and using center alignment"
    spec = PropertySpec(name="one", label="one", width=10, alignment="center")
    assert render([FormatData("table", (obj(one=1),), (spec,))]) == (
        "\n   one\n   ---\n    1\n\n")


# -------------------------------------------------------------- FormatString

def test_format_string_applies_to_the_cell():
    spec = FormattedSpec(name="Size", format_string="N2")
    text = render([FormatData("table", (obj(Size=1234.5),), (spec,))])
    assert text == "\n    Size\n    ----\n1,234.50\n\n"


def test_composite_format_string():
    spec = FormattedSpec(name="Id", format_string="[{0}]")
    text = render([FormatData("list", (obj(Id=7),), (spec,))])
    assert text == "\nId : [7]\n\n"
