"""Lists (5 or more properties), hashtables, registered views and mixed streams."""
from dataclasses import dataclass
from datetime import timedelta

from lyncshell.cmdlets.lang.values import Hashtable, PSCustomObject, attribute_view, register_view
from lyncshell.shell.formatting import render


def obj(**props):
    return PSCustomObject(list(props.items()))


@dataclass(frozen=True)
class Cert:
    user: str
    thumbprint: str


@dataclass(frozen=True)
class Pool:
    fqdn: str
    site: str


register_view(Cert, attribute_view(("Test.CertInfo", "System.Object"),
                                   [("UserId", "user"), ("Thumbprint", "thumbprint")],
                                   view="list"))
register_view(Pool, attribute_view(("Test.Pool", "System.Object"),
                                   [("Fqdn", "fqdn"), ("Site", "site")], view="table"))


def test_list_labels_padded_to_the_longest():
    text = render([obj(Identity="sip:ken@litwareinc.com", Enabled=True, A=1, LongerName="x", E=None)])
    assert text == ("\nIdentity   : sip:ken@litwareinc.com\nEnabled    : True\nA          : 1\n"
                    "LongerName : x\nE          : \n\n")


def test_each_list_entry_followed_by_blank_line():
    five = dict(a=1, b=2, c=3, d=4, e=5)
    text = render([obj(**five), obj(**five)])
    assert text == "\n" + "a : 1\nb : 2\nc : 3\nd : 4\ne : 5\n\n" * 2


def test_list_properties_are_taken_from_each_object():
    text = render([obj(a=1, b=2, c=3, d=4, e=5), obj(x=1, y=2, z=3, w=4, v=5)])
    assert "x : 1" in text


def test_long_list_value_wraps_under_the_value_column():
    value = "CN=Lc Services,CN=Microsoft,CN=co1:2,CN=Pools,CN=RTC Service,CN=Services,DC=litware,DC=com"
    text = render([obj(HomeServer=value, a=1, b=2, c=3, d=4)], width=60)
    lines = text.splitlines()
    # words break at spaces; a wrapped line keeps the space that ended it
    assert lines[1:4] == ["HomeServer : CN=Lc ",
                          "             Services,CN=Microsoft,CN=co1:2,CN=Pools,CN=RTC ",
                          "             Service,CN=Services,DC=litware,DC=com"]


def test_word_longer_than_the_field_is_cut_by_characters():
    text = render([obj(V="x" * 30, a=1, b=2, c=3, d=4)], width=20)
    lines = text.splitlines()
    assert lines[1] == "V : " + "x" * 16
    assert lines[2] == "    " + "x" * 14


def test_embedded_newlines_continue_under_the_value_column():
    text = render([obj(Note="one\ntwo", a=1, b=2, c=3, d=4)])
    assert text.splitlines()[1:3] == ["Note : one", "       two"]


def test_collections_in_a_list():
    text = render([obj(AcpInfo=[], Roles=["a", "b", "c"], a=1, b=2, c=3)])
    assert text.splitlines()[1:3] == ["AcpInfo : {}", "Roles   : {a, b, c}"]


def test_hashtable_name_column_is_30_wide():
    text = render([Hashtable([("Name", "Ken"), ("Pin", 1234)])])
    assert text == ("\nName                           Value\n"
                    "----                           -----\n"
                    "Name                           Ken\n"
                    "Pin                            1234\n\n")


def test_two_hashtables_share_one_table():
    text = render([Hashtable([("a", 1)]), Hashtable([("b", 2)])])
    assert text.count("Name") == 1
    assert text.endswith("a                              1\nb                              2\n\n")


def test_empty_hashtable_prints_nothing():
    assert render([Hashtable()]) == ""


def test_hashtable_values_are_not_formatted_as_table_doubles():
    assert "1.5\n" in render([Hashtable([("x", 1.5)])])


def test_long_hashtable_key_is_truncated():
    text = render([Hashtable([("k" * 40, "v")])])
    assert text.splitlines()[3] == "k" * 29 + "\u2026 v"


def test_typeview_forced_list_shape():
    text = render([Cert("ken", "AB12")])
    assert text == "\nUserId     : ken\nThumbprint : AB12\n\n"


def test_typeview_forced_table_shape_and_autosize():
    text = render([Pool("pool01.litwareinc.com", "Redmond"), Pool("p2", "Dublin")])
    assert text == ("\nFqdn                  Site\n----                  ----\n"
                    "pool01.litwareinc.com Redmond\np2                    Dublin\n\n")


def test_object_of_another_type_after_a_registered_view_prints_as_list():
    # like Get-Service followed by Get-Process: the second type is written out of band
    text = render([Pool("p1", "Redmond"), obj(a=1)])
    assert text == "\nFqdn Site\n---- ----\np1   Redmond\n\na : 1\n\n\n"


def test_registered_view_continues_after_out_of_band_object():
    text = render([Cert("ken", "A"), Pool("p1", "R"), Cert("pat", "B")])
    assert text == ("\nUserId     : ken\nThumbprint : A\n\n"
                    "\nFqdn : p1\nSite : R\n\n"
                    "UserId     : pat\nThumbprint : B\n\n")


def test_pscustomobject_table_then_hashtable_entry_joins_the_table():
    text = render([obj(Name="x"), Hashtable([("k", "v")])])
    assert text == "\nName\n----\nx\nk\n\n"


def test_timespan_uses_its_list_view():
    text = render([timedelta(hours=1, minutes=30)])
    lines = text.splitlines()
    assert lines[1:4] == ["Days              : 0", "Hours             : 1", "Minutes           : 30"]
    assert "TotalMinutes      : 90" in lines
    assert "Ticks             : 54000000000" in lines


def test_object_without_properties_prints_its_string():
    # no properties: written out of band with its string conversion
    from lyncshell.cmdlets.lang.convert import to_string
    empty = PSCustomObject()
    assert render([empty]) == to_string(empty) + "\n"
