import pytest

from core_harness import Named, run, sb, sb_many
from lyncshell.cmdlets.errors import PSRuntimeError
from lyncshell.cmdlets.lang.values import AUTOMATION_NULL, Hashtable, PSCustomObject


def logging_block(log, tag, value=None):
    def body(obj):
        log.append(f"{tag} {obj!r}" if obj is not AUTOMATION_NULL else tag)
        return [] if value is None else [value(obj)]
    return sb_many(body)


def test_process_block_per_object():
    assert run(("ForEach-Object", sb(lambda o: o * 2)), input=[1, 2, 3]).output == [2, 4, 6]


def test_begin_process_end_named_interleave_with_upstream():
    log = []
    result = run(("Produce-Numbers", 2),
                 ("ForEach-Object", "-Begin", logging_block(log, "begin"),
                  "-Process", logging_block(log, "process", lambda o: o * 10),
                  "-End", logging_block(log, "end")),
                 services={"log": log})
    assert log == ["begin", "produce 1", "process 1", "out 10", "produce 2", "process 2",
                   "out 20", "end"]
    assert result.output == [10, 20]


def test_two_positional_blocks_are_begin_and_process():
    log = []
    run(("ForEach-Object", logging_block(log, "A"), logging_block(log, "B")), input=[1, 2])
    assert log == ["A", "B 1", "B 2"]


def test_three_or_more_positional_blocks_are_begin_processes_end():
    log = []
    run(("ForEach-Object", logging_block(log, "A"), logging_block(log, "B"),
         logging_block(log, "C"), logging_block(log, "D")), input=[1, 2])
    assert log == ["A", "B 1", "C 1", "B 2", "C 2", "D"]


def test_begin_named_then_positional_process_and_end():
    log = []
    run(("ForEach-Object", "-Begin", logging_block(log, "begin"), logging_block(log, "p"),
         logging_block(log, "end")), input=[7])
    assert log == ["begin", "p 7", "end"]


def test_explicit_end_keeps_all_positional_blocks_as_process():
    log = []
    run(("ForEach-Object", "-Process", [logging_block(log, "p1"), logging_block(log, "p2")],
         "-End", logging_block(log, "end")), input=[5])
    # PowerShell: with two -Process blocks the first one is the begin block
    assert log == ["p1", "p2 5", "end"]


def test_single_process_block_without_input_runs_once():
    assert run(("ForEach-Object", sb(lambda o: "x"))).output == ["x"]


def test_null_input_items_are_processed():
    result = run(("ForEach-Object", sb(lambda o: "null" if o is None else o)), input=[1, None, 2])
    assert result.output == [1, "null", 2]


def test_script_output_arrays_unroll():
    assert run(("ForEach-Object", sb(lambda o: [o, o])), input=[1, 2]).output == [1, 1, 2, 2]


def test_member_name_property():
    rows = [PSCustomObject([("Name", "a")]), PSCustomObject([("Name", "b")])]
    assert run(("ForEach-Object", "Name"), input=rows).output == ["a", "b"]
    assert run(("ForEach-Object", "-MemberName", "Name"), input=rows).output == ["a", "b"]
    assert run(("ForEach-Object", "Length"), input=["abc", "de"]).output == [3, 2]


def test_member_name_method_with_arguments():
    assert run(("ForEach-Object", "Split", "."), input=["a.b.c"]).output == ["a", "b", "c"]
    assert run(("ForEach-Object", "ToUpper"), input=["ab"]).output == ["AB"]
    assert run(("ForEach-Object", "-MemberName", "Replace", "-ArgumentList", ["a", "x"]),
               input=["banana"]).output == ["bxnxnx"]


def test_member_name_missing_member_writes_null():
    assert run(("ForEach-Object", "Nope"), input=["abc"]).output == [None]


def test_member_name_hashtable_key_and_wildcard():
    table = Hashtable([("Color", "red")])
    assert run(("ForEach-Object", "Color"), input=[table]).output == ["red"]
    row = PSCustomObject([("DisplayName", "Ken"), ("Age", 3)])
    assert run(("ForEach-Object", "Disp*"), input=[row]).output == ["Ken"]


def test_member_name_on_null_with_arguments_is_an_error():
    result = run(("ForEach-Object", "Split", "."), input=[None])
    assert result.output == []
    assert result.errors[0].error_id == "InvokeMethodOnNull"


def test_whatif_is_refused_for_script_blocks():
    with pytest.raises(PSRuntimeError) as info:
        run(("ForEach-Object", sb(lambda o: o), "-WhatIf"), input=[1])
    assert info.value.record.error_id == "NoShouldProcessForScriptBlockSet"


def test_remaining_scripts_named():
    log = []
    run(("ForEach-Object", "-Process", logging_block(log, "a"),
         Named("RemainingScripts", [logging_block(log, "b"), logging_block(log, "c")])),
        input=[1])
    assert log == ["a", "b 1", "c"]


def test_select_first_stops_through_foreach_script_output():
    result = run(("Produce-Numbers", 100), ("ForEach-Object", sb(lambda o: [o, o * 10])),
                 ("Select-Object", "-First", 3))
    assert result.output == [1, 10, 2]
    assert sum(1 for line in result.log if line.startswith("produce")) == 2
