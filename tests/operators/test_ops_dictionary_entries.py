"""Hashtable entries are DictionaryEntry; a Dictionary[K,V]'s are KeyValuePair."""
from lyncshell.cmdlets.lang.convert import to_string
from lyncshell.cmdlets.lang.dotnet_collections import GenericDictionary, KeyValuePair
from lyncshell.cmdlets.lang.operators import is_type
from lyncshell.cmdlets.lang.values import DictionaryEntry, Hashtable, get_member, property_names, type_names


def test_generic_dictionary_entries_are_key_value_pairs():
    d = GenericDictionary("string", "int")
    d.put("a", 1)
    (entry,) = d.entries()
    assert isinstance(entry, KeyValuePair)
    assert property_names(entry) == ["Key", "Value"]
    assert get_member(entry, "Key") == "a" and get_member(entry, "Value") == 1
    assert to_string(entry) == "[a, 1]"
    assert type_names(entry)[0].startswith("System.Collections.Generic.KeyValuePair`2[[System.String,")
    assert is_type(entry, "System.ValueType")


def test_hashtable_entries_stay_dictionary_entries():
    (entry,) = Hashtable([("a", 1)]).entries()
    assert isinstance(entry, DictionaryEntry)
    assert get_member(entry, "Name") == "a"
