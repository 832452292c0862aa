"""The shell's side of the command runtime: variables, services, authorization,
error reporting and prompts, as `cmdlets.pipeline.ExecutionContext` asks."""
from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import TYPE_CHECKING, Any

from ..cmdlets import messages
from ..cmdlets.base import Cmdlet, Host
from ..cmdlets.errors import ErrorRecord, PERMISSION_DENIED, PSRuntimeError
from ..rbac import Authorizer, Principal
from .formatting import render_error_record
from .streams import RoutedHost, StreamRouter

UNWRAPPED = 10_000  # an error-view width no line reaches

if TYPE_CHECKING:
    from .executor import Executor


class Services:
    """Lazily built services: the lab store is opened on first use, so a command
    that never touches the lab (`1 + 1`) never connects to the database."""

    def __init__(self, factories: dict[str, Callable[[], Any]]) -> None:
        self._factories = factories
        self._built: dict[str, Any] = {}

    def get(self, name: str) -> Any:
        if name not in self._built:
            factory = self._factories.get(name)
            if factory is None:
                raise KeyError(name)
            self._built[name] = factory()
        return self._built[name]

    def built(self, name: str) -> Any:
        return self._built.get(name)

    def provide(self, name: str, value: Any) -> None:
        self._built[name] = value


class ShellContext:
    def __init__(self, executor: "Executor", host: Host, services: Services,
                 principal: Callable[[], Principal], authorizer: Authorizer,
                 clock: Callable[[], datetime], error_width: int = 120) -> None:
        self.executor = executor
        # Commands write warnings, verbose, debug and Write-Host text through the
        # routed host, so a redirection (`3>&1`, `6>$null`) can take them.
        self.streams = StreamRouter()
        self.console = host
        self.host = RoutedHost(host, self.streams)
        self.services = services
        self._principal_factory = principal
        self._principal: Principal | None = None
        self.authorizer = authorizer
        self.clock = clock
        self.error_width = error_width
        self.suspend_handler: Callable[[], None] | None = None

    @property
    def principal(self) -> Principal:
        if self._principal is None:
            self._principal = self._principal_factory()
        return self._principal

    # ------------------------------------------------------------- variables
    def get_variable(self, name: str) -> Any:
        return self.executor.session.global_scope.get(name.lower())

    def set_variable(self, name: str, value: Any) -> None:
        self.executor.session.global_scope.set(name, value)

    def service(self, name: str) -> Any:
        return self.services.get(name)

    def now(self) -> datetime:
        return self.clock()

    # ------------------------------------------------------------- authorization
    def authorize(self, command: type[Cmdlet]) -> None:
        if not command.local_groups:
            return
        principal = self.principal
        decision = self.authorizer.authorize_command(principal, command.name, command.local_groups)
        if not decision.allowed:
            raise PSRuntimeError(ErrorRecord(
                message=messages.ACCESS_DENIED.format(principal=principal.name, command=command.name,
                                                      groups=decision.reason),
                error_id="AccessDenied", category=PERMISSION_DENIED, target=command.name,
                exception_type="System.UnauthorizedAccessException", activity=command.name,
                fully_qualified_suffix=command.implementing_type or None))

    def authorize_target(self, command: type[Cmdlet], target: Any) -> ErrorRecord | None:
        if not command.local_groups:
            return None
        dn = getattr(target, "distinguished_name", None)
        decision = self.authorizer.authorize_target(self.principal, command.name, dn)
        if decision.allowed:
            return None
        return ErrorRecord(message=f"Access is denied: {decision.reason}.", error_id="AccessDenied",
                           category=PERMISSION_DENIED, target=target,
                           exception_type="System.UnauthorizedAccessException")

    # ------------------------------------------------------------- errors and prompts
    def report_error(self, record: ErrorRecord, display: bool) -> None:
        self.executor.session.record_error(record)
        if not display:
            return
        redirected = self.streams.routes.error
        if redirected is not None:
            redirected(record)   # `2>&1`, `2>$null`, `2> errors.txt`
        else:
            # Lines are never cut: the 5.1 view splits long CategoryInfo lines at the
            # console width mid-word, which reads as garbage in a log or a pipe.
            self.console.write_error_line(render_error_record(record, UNWRAPPED).rstrip("\n"))

    def commit(self) -> None:
        store = self.services.built("store")
        if store is not None:
            store.commit()

    def before_prompt(self) -> None:
        self.commit()

    def suspend(self) -> None:
        if self.suspend_handler is not None:
            self.suspend_handler()

    def prompt_for_parameter(self, command: str, position: int, param_name: str,
                             type_name: str) -> Any:
        if not self.host.interactive:
            raise PSRuntimeError(ErrorRecord(
                message=messages.MISSING_MANDATORY.format(names=param_name),
                error_id="MissingMandatoryParameter", category="InvalidArgument",
                exception_type="System.Management.Automation.ParameterBindingException"))
        self.host.write_line(f"cmdlet {command} at command pipeline position {position}")
        self.host.write_line("Supply values for the following parameters:")
        try:
            return self.host.read_line(f"{param_name}: ")
        except EOFError:
            raise PSRuntimeError(ErrorRecord(
                message=messages.MISSING_MANDATORY.format(names=param_name),
                error_id="MissingMandatoryParameter", category="InvalidArgument",
                exception_type="System.Management.Automation.ParameterBindingException")) from None
