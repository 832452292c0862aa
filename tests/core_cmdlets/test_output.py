import pytest

from core_harness import FakeContext, Named, run
from lyncshell.cmdlets.errors import PSRuntimeError


def test_write_output_enumerates_arrays():
    assert run(("Write-Output", [1, 2, 3])).output == [1, 2, 3]
    assert run(("Write-Output", 1, 2, 3)).output == [1, 2, 3]
    assert run(("Write-Output", "-InputObject", [1, 2])).output == [1, 2]


def test_write_output_no_enumerate():
    result = run(("Write-Output", "-NoEnumerate", [1, 2, 3]), ("Measure-Object",))
    assert result.output[0].get("Count") == 1
    assert run(("Write-Output", [1, 2, 3]), ("Measure-Object",)).output[0].get("Count") == 3


def test_write_output_from_pipeline_and_null():
    assert run(("Write-Output",), input=["a", None, 3]).output == ["a", None, 3]
    assert run(("Write-Output",)).output == []


def test_out_null_discards():
    result = run(("Produce-Numbers", 3), ("Out-Null",))
    assert result.output == []
    assert len(result.log) == 3


def test_write_host_joins_with_separator():
    ctx = FakeContext()
    run(("Write-Host", "Users:", 3), ctx=ctx)
    run(("Write-Host", [1, 2, 3], "-Separator", ", "), ctx=ctx)
    run(("Write-Host", "no newline", "-NoNewline", "-ForegroundColor", "green"), ctx=ctx)
    run(("Write-Host",), ctx=ctx)
    assert ctx.host.text == "Users: 3\n1, 2, 3\nno newline\n"


def test_write_host_bad_color():
    with pytest.raises(PSRuntimeError) as info:
        run(("Write-Host", "x", "-ForegroundColor", "Mauve"))
    assert info.value.record.error_id == "CannotConvertArgumentNoMessage"


def test_write_host_writes_nothing_to_the_pipeline():
    result = run(("Write-Host",), input=["a", "b"])
    assert result.output == [] and result.host.text == "a\nb\n"


def rendered(objects, width=80, limit=None):
    return "".join(f"<{o}>\n" for o in objects) + f"w={width}\n"


def test_out_string_renders_once():
    result = run(("Out-String",), input=[1, 2], services={"render": rendered})
    assert result.output == ["<1>\n<2>\nw=80\n"]
    result = run(("Out-String", "-Width", 40), input=[1], services={"render": rendered})
    assert result.output == ["<1>\nw=40\n"]


def rendered_lines(objects, width=80, limit=None):
    return [f"<{o}>" for o in objects] + [f"w={width}"]


def test_out_string_stream_outputs_the_formatter_lines():
    result = run(("Out-String", "-Stream"), input=[1, "a\nb"],
                 services={"render_lines": rendered_lines})
    assert result.output == ["<1>", "<a\nb>", "w=80"]


def test_out_string_no_newline_joins_the_formatter_lines():
    result = run(("Out-String", "-NoNewline"), input=["a\n", "b"],
                 services={"render_lines": rendered_lines})
    assert result.output == ["<a\n><b>w=80"]


def test_out_host_and_out_default_write_to_host():
    result = run(("Out-Host",), input=[1, 2], services={"render": rendered})
    assert result.host.text == "<1>\n<2>\nw=80\n"
    assert result.output == []
    result = run(("Out-Default",), input=["x"], services={"render": rendered})
    assert result.host.text == "<x>\nw=80\n"


def test_write_warning_and_verbose():
    ctx = FakeContext()
    run(("Write-Warning", "careful"), ctx=ctx)
    run(("Write-Verbose", "hidden"), ctx=ctx)
    run(("Write-Verbose", "shown", "-Verbose"), ctx=ctx)
    run(("Write-Warning",), input=["piped"], ctx=ctx)
    assert ctx.host.warnings == ["careful", "piped"]
    assert ctx.host.verbose == ["shown"]


def test_write_error_is_non_terminating():
    result = run(("Write-Error", "User not found"), ("Write-Output",))
    record = result.errors[0]
    assert record.message == "User not found"
    assert record.category == "NotSpecified"
    assert record.fully_qualified_error_id == "Microsoft.PowerShell.Commands.WriteErrorException"
    assert record.exception_type == "Microsoft.PowerShell.Commands.WriteErrorException"


def test_write_error_with_category_and_id():
    result = run(("Write-Error", "-Message", "Bad PIN", "-Category", "invalidargument",
                  "-ErrorId", "BadPin", "-TargetObject", 42))
    record = result.errors[0]
    assert (record.category, record.error_id, record.target) == ("InvalidArgument", "BadPin", 42)


def test_write_error_action_stop_terminates():
    with pytest.raises(PSRuntimeError):
        run(("Write-Error", "boom", Named("ErrorAction", "Stop")))


def test_tee_object_variable():
    result = run(("Produce-Numbers", 3), ("Tee-Object", "-Variable", "saved"), ("Measure-Object",))
    assert result.output[0].get("Count") == 3
    assert result.ctx.variables["saved"] == [1, 2, 3]
    single = run(("Tee-Object", "-Variable", "one"), input=["x"])
    assert single.output == ["x"] and single.ctx.variables["one"] == "x"
