"""The composition root: wires the parser, executor, cmdlets, rbac, store and
host into one Shell. Nothing else creates services or picks implementations."""
from __future__ import annotations

import random
import sys
from collections.abc import Callable
from datetime import datetime
from typing import Any

from ..cmdlets.core.environment import HostInfo
from ..cmdlets.core.history import SessionHistory
from ..cmdlets.errors import ErrorRecord, ScriptTerminatingError, UserStoppedError
from ..cmdlets.registry import CommandRegistry
from ..grammar import ParseError, check_complete
from ..rbac import LocalAuthorizer, Principal, make_principal
from .context import Services, ShellContext
from .executor import Executor
from .flow import ExitSignal
from .formatting import OutDefault, render, render_lines
from .host import ConsoleHost
from .session import ScopeAccess

DEFAULT_PRINCIPAL = "litwareinc\\Administrator"


class StartupError(Exception):
    """The shell cannot start (bad database URL, unknown -As account)."""


def invoke_with_this(block: Any, this: Any, args: tuple[Any, ...] = ()) -> list[Any]:
    """Run a script block as a script property or script method runs: in a child
    of its defining scope, with $this set and the arguments bound to its param()
    names and $args ("script_invoker" service)."""
    from ..cmdlets.lang.values import AUTOMATION_NULL
    from .flow import ReturnSignal
    from .scriptblock import ScriptBlock
    if not isinstance(block, ScriptBlock):
        return block.invoke(AUTOMATION_NULL, tuple(args))
    scope = block.scope.child()
    scope.vars["this"] = this
    names = block.compiled.param_names
    for index, name in enumerate(names):
        scope.set(name, args[index] if index < len(args) else None)
    scope.set("args", list(args[len(names):]))
    out: list[Any] = []
    try:
        block.compiled.body(scope, out.append)
    except ReturnSignal:
        pass
    return out


def default_registry() -> CommandRegistry:
    """The language cmdlets, plus the Lync and AD families, which load per command."""
    from ..cmdlets import ad, lync
    from ..cmdlets.core import CORE_CMDLETS
    registry = CommandRegistry(CORE_CMDLETS)
    for family in (lync, ad):
        for name in family.COMMANDS:
            registry.add_lazy(name, lambda name=name, family=family: family.load(name))
    return registry


def open_lab(database_url: str | None) -> Any:
    from ..store import open_store
    try:
        return open_store(database_url)
    except Exception as exc:  # noqa: BLE001 - shown as a start-up error, never a traceback
        raise StartupError(f"Cannot open the lab database: {exc}") from exc


def principal_from_store(store: Any, identity: str) -> Principal:
    users = store.users.find(identity)
    if len(users) != 1:
        raise StartupError(f'The account "{identity}" was not found in the lab directory.')
    user = users[0]
    groups = [g.sam_account_name for g in store.directory.groups_of(user.id)]
    return make_principal(f"{user.domain}\\{user.sam_account_name}", user.display_name, groups)


class Shell:
    """One session: `run_text` runs typed input, a -Command string or a script."""

    def __init__(self, *, host: ConsoleHost, database_url: str | None = None,
                 run_as: str | None = None, width: int = 120,
                 clock: Callable[[], datetime] = datetime.now,
                 store: Any = None) -> None:
        # BigInteger prints every digit: lift Python's guard on int -> str length
        # (4300 digits), which would turn `[bigint]::Pow(2, 20000)` into an error.
        sys.set_int_max_str_digits(0)
        self.host = host
        self.width = width
        self.run_as = run_as or DEFAULT_PRINCIPAL
        factories: dict[str, Callable[[], Any]] = {
            "store": lambda: store if store is not None else open_lab(database_url),
            "clock": lambda: clock,
        }
        self.services = Services(factories)
        self.executor = Executor(default_registry(), self._make_context(host, clock))
        self.services.provide("operator_context", self.executor.session)
        self.services.provide("registry", self.executor.registry)
        self.services.provide("render", lambda objects, width=self.width, limit=None: render(
            objects, width, enumeration_limit=self._enumeration_limit if limit is None else limit))
        self.services.provide("render_lines", lambda objects, width=self.width, limit=None:
                              render_lines(objects, width, enumeration_limit=(
                                  self._enumeration_limit if limit is None else limit)))
        self.services.provide("variable_scopes", ScopeAccess(self.executor.session))
        self.executor.session.set_host(HostInfo())
        self.services.provide("script_invoker", invoke_with_this)
        self.services.provide("random", random.Random())
        self.services.provide("invoke_script", self._invoke_script)
        self.history = SessionHistory()     # the REPL adds to it (runner._ReplAdapter)
        self.services.provide("history", self.history)
        self.exit_code: int | None = None
        self.nesting = 0
        self.context.suspend_handler = self.nested_prompt

    def _make_context(self, host: ConsoleHost, clock: Callable[[], datetime]
                      ) -> Callable[[Executor], ShellContext]:
        def build(executor: Executor) -> ShellContext:
            return ShellContext(executor, host, self.services,
                                principal=lambda: principal_from_store(self.services.get("store"),
                                                                       self.run_as),
                                authorizer=LocalAuthorizer(), clock=clock, error_width=self.width)
        return build

    def _invoke_script(self, text: str, runtime: Any, emit: Callable[[Any], None]) -> None:
        """Invoke-Expression ("invoke_script" service): parse the text and run it in
        the caller's scope, as if it were typed there; a parse error is the command's
        terminating error."""
        from ..cmdlets.errors import PSRuntimeError
        from .errorview import parse_error_record
        from .flow import ReturnSignal
        executor = self.executor
        try:
            tree = executor.parse(text, "")
        except ParseError as exc:
            raise PSRuntimeError(parse_error_record(exc)) from None
        scope = ScopeAccess(executor.session).current(runtime)
        try:
            executor.compile_script_block(tree).body(scope, emit)
        except ReturnSignal:
            pass

    def _enumeration_limit(self) -> Any:
        """$FormatEnumerationLimit as the session's top level sees it."""
        return self.executor.session.global_scope.get("formatenumerationlimit")

    @property
    def context(self) -> ShellContext:
        return self.executor.context

    # ------------------------------------------------------------------ running
    def is_complete(self, text: str) -> bool:
        return check_complete(text)

    def run_text(self, text: str, source_name: str = "") -> bool:
        """Run one input; returns $? afterwards. Raises ExitSignal for `exit`,
        ScriptTerminatingError after reporting a script-terminating error."""
        session = self.executor.session
        try:
            tree = self.executor.parse(text, source_name)
        except ParseError as exc:
            self.report_parse_error(exc)
            session.last_success = False
            return False
        out = OutDefault(self.host.write, self.width, enumeration_limit=self._enumeration_limit)
        try:
            self.executor.run_script(tree, out.process)
        except UserStoppedError as exc:
            self.context.report_error(ErrorRecord(message=str(exc), error_id="PipelineStopped",
                                                  category="OperationStopped"), display=True)
        finally:
            try:
                out.end()
            finally:
                self.context.commit()
        return session.last_success

    def nested_prompt(self) -> None:
        """[S] Suspend at a confirmation prompt: a nested prompt (`>>>` grows by one
        `>` per level) runs commands until `exit`, then the suspended pipeline resumes."""
        self.nesting += 1
        prompt = f"PS C:\\Users\\{self.run_as.split(chr(92))[-1]}>{'>' * (self.nesting + 1)} "
        try:
            while True:
                try:
                    line = self.host.read_line(prompt)
                except EOFError:
                    return
                if line.strip().lower() == "exit":
                    return
                try:
                    self.run_text(line)
                except ExitSignal:
                    return
                except (ScriptTerminatingError, UserStoppedError):
                    pass
        finally:
            self.nesting -= 1

    def run_script_file(self, text: str, path: str, args: list[Any]) -> int:
        """`-File`: the script's param() block and $args receive the arguments.
        Returns 0, or 1 after a parse error or a script-terminating error."""
        from ..cmdlets.errors import InvocationInfo
        from .flow import BreakSignal, ContinueSignal
        from .functions import FunctionStage
        try:
            tree = self.executor.parse(text, path)
        except ParseError as exc:
            self.report_parse_error(exc)
            return 1
        out = OutDefault(self.host.write, self.width, enumeration_limit=self._enumeration_limit)
        block = self.executor.compile_script_block(tree).bind(self.executor.session.global_scope)
        stage = FunctionStage("", block, args, self.executor, InvocationInfo(script_name=path),
                              expects_input=False)
        stage.downstream = out.process
        try:
            stage.end()
        except ScriptTerminatingError as exc:
            self.context.report_error(exc.record, display=True)
            return 1
        except (BreakSignal, ContinueSignal):
            pass
        finally:
            try:
                out.end()
            finally:
                self.context.commit()
        return 0

    def report_parse_error(self, exc: ParseError) -> None:
        from .errorview import parse_error_record
        self.context.report_error(parse_error_record(exc), display=True)

    def close(self) -> None:
        store = self.services.built("store")
        if store is not None:
            try:
                store.commit()
            finally:
                store.close()


__all__ = ["Shell", "StartupError", "ExitSignal", "ScriptTerminatingError", "ConsoleHost"]
