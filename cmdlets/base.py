"""The Cmdlet base class and the runtime a cmdlet sees the world through.

A cmdlet declares its parameters as metadata and implements begin/process/end.
It reaches the outside only through `self.runtime` (write_object, write_error,
should_process, the host, the injected repositories), so a fake runtime can test
any cmdlet, and authorization can never be forgotten: the runtime asks rbac
before `begin` and inside `should_process`, never the cmdlet.
"""
from __future__ import annotations

from datetime import datetime
from typing import Any, Callable, ClassVar, Protocol

from .errors import ErrorRecord, NOT_SPECIFIED, PipelineStopped
from .metadata import CmdletHelp, CommandMetadata, Parameter


class Host(Protocol):
    """The user interface: what Write-Host, prompts and warnings talk to."""

    interactive: bool

    def write(self, text: str) -> None: ...                 # to stdout, no newline added
    def write_line(self, text: str = "") -> None: ...
    def write_error_line(self, text: str) -> None: ...      # to stderr
    def write_warning(self, text: str) -> None: ...         # streams 3, 4, 5: "WARNING: text"...
    def write_verbose(self, text: str) -> None: ...
    def write_debug(self, text: str) -> None: ...
    def write_information(self, message_data: Any, text: str, newline: bool = True,
                          show: bool = True) -> None: ...
    def prompt_for_choice(self, caption: str, message: str,
                          choices: list[tuple[str, str]], default: int) -> int: ...
    def read_line(self, prompt: str, secure: bool = False) -> str: ...


class CommandRuntime(Protocol):
    """Services one running command gets from the pipeline it runs in."""

    host: Host
    command_name: str

    def write_object(self, obj: Any, enumerate_collection: bool = False) -> None: ...
    def write_error(self, record: ErrorRecord) -> None: ...
    def write_warning(self, text: str) -> None: ...
    def write_verbose(self, text: str) -> None: ...
    def write_information(self, message_data: Any, text: str, newline: bool = True,
                          show: bool = True) -> None: ...
    def should_process(self, target: str, action: str | None = None,
                       target_object: Any = None) -> bool: ...
    def service(self, name: str) -> Any: ...      # injected repositories / clock / session
    def get_variable(self, name: str) -> Any: ...
    def set_variable(self, name: str, value: Any) -> None: ...
    def now(self) -> datetime: ...


class Cmdlet:
    """Base of every compiled command.

    Subclasses set `name`, `parameters`, and override begin/process/end. Bound
    parameter values land on attributes (snake_case of the parameter name; unbound
    ones hold the parameter's default). `self.bound` names the bound parameters
    ($PSBoundParameters), `self.current` is the pipeline object being processed.
    """

    name: ClassVar[str] = ""
    parameters: ClassVar[tuple[Parameter, ...]] = ()
    default_parameter_set: ClassVar[str | None] = None
    supports_should_process: ClassVar[bool] = False
    confirm_impact: ClassVar[str] = "Medium"
    # The .NET class name that completes FullyQualifiedErrorId, e.g.
    # "Microsoft.Rtc.Management.UserPinService.RevokeCsClientCertificateCmdlet".
    implementing_type: ClassVar[str] = ""
    help: ClassVar[CmdletHelp | None] = None
    output_type: ClassVar[str] = ""
    # Groups allowed to run the cmdlet in a local session ("Who can run this cmdlet");
    # empty means everyone (core language cmdlets).
    local_groups: ClassVar[tuple[str, ...]] = ()
    # True for cmdlets that change the lab: the pipeline commits at its end.
    writes: ClassVar[bool] = False
    # Lync's -Force "suppresses the display of any non-fatal error message".
    force_suppresses_errors: ClassVar[bool] = False

    _metadata: ClassVar[CommandMetadata | None] = None
    # Optional, for the hottest filters: process_object(obj) receives each object that
    # takes the by-value fast path as an argument (no parameter attribute written, no
    # `current`); it must do what process() would for that object.
    process_object: ClassVar[Callable[[Any, Any], None] | None] = None

    runtime: CommandRuntime
    bound: dict[str, Any]
    parameter_set: str
    current: Any

    @classmethod
    def metadata(cls) -> CommandMetadata:
        meta = cls.__dict__.get("_metadata")
        if meta is None:
            meta = CommandMetadata(cls.name, cls.parameters,
                                   supports_should_process=cls.supports_should_process,
                                   default_set=cls.default_parameter_set)
            cls._metadata = meta
        return meta

    def __init__(self) -> None:
        self.bound = {}
        self.parameter_set = ""
        self.current = None
        for param in self.parameters:
            setattr(self, param.attribute, param.default)

    # ----------------------------------------------------------- life cycle
    def begin(self) -> None:
        """Once, before any pipeline object."""

    def process(self) -> None:
        """Once per pipeline object (once in all when nothing is piped in)."""

    def end(self) -> None:
        """Once, after the last pipeline object."""

    # ----------------------------------------------------------- helpers
    def write_object(self, obj: Any, enumerate_collection: bool = False) -> None:
        self.runtime.write_object(obj, enumerate_collection)

    def write_error(self, record: ErrorRecord) -> None:
        self.runtime.write_error(record)

    def should_process(self, target: str, action: str | None = None,
                       target_object: Any = None) -> bool:
        return self.runtime.should_process(target, action, target_object)

    def error(self, message: str, error_id: str, category: str = NOT_SPECIFIED, target: Any = None,
              exception_type: str = "System.Management.Automation.RuntimeException",
              target_name: str | None = None) -> ErrorRecord:
        """An ErrorRecord attributed to this cmdlet."""
        return ErrorRecord(message=message, error_id=error_id, category=category, target=target,
                           exception_type=exception_type, activity=self.name,
                           fully_qualified_suffix=self.implementing_type or None,
                           target_name=target_name)

    def service(self, name: str) -> Any:
        return self.runtime.service(name)

    def stop_upstream(self) -> None:
        """Tell the pipeline this command needs no more input (Select-Object -First):
        upstream commands stop; this command's end block and those after it still run."""
        stop = PipelineStopped()
        stop.stage = self  # type: ignore[attr-defined]
        raise stop


CmdletFactory = Callable[[], Cmdlet]
