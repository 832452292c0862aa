"""Stream redirection: `2>$null`, `2>&1`, `3>&1`, `*> log.txt`, `> out.txt`, `>> out.txt`.

PowerShell has six streams: 1 output, 2 error, 3 warning, 4 verbose, 5 debug and
6 information (Write-Host, Write-Information). A redirection belongs to one command
(or to the expression heading a pipeline) and covers everything that command runs,
functions and script blocks included: `f 2>$null` silences the errors written inside
`f`. So the routes are dynamic: the StreamRouter holds the routes in force, a
redirected stage installs its own while its code runs, and puts its caller's back
while its output flows on downstream (the next command's messages are not its own).

A route is a sink taking one record; no sink means the console, as usual. Errors
still reach `$Error` whatever their route; only what is shown changes.
"""
from __future__ import annotations

import os
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from ..cmdlets.errors import ErrorRecord, PipelineStopped, PSRuntimeError
from ..cmdlets.lang.convert import to_string
from ..cmdlets.lang.values import enumerate_value
from ..cmdlets.streams import (DebugRecord, InformationalRecord, InformationRecord, VerboseRecord,
                               WarningRecord)
from ..grammar import ast

if TYPE_CHECKING:
    from .compiler import Compiler, Expr
    from .session import Scope

Sink = Callable[[Any], None]
ALL_STREAMS = ("1", "2", "3", "4", "5", "6")


class Routes:
    """Where the non-output streams go; None is the console."""

    __slots__ = ("error", "warning", "verbose", "debug", "information")

    def __init__(self, error: Sink | None = None, warning: Sink | None = None,
                 verbose: Sink | None = None, debug: Sink | None = None,
                 information: Sink | None = None) -> None:
        self.error = error
        self.warning = warning
        self.verbose = verbose
        self.debug = debug
        self.information = information


CONSOLE = Routes()
_ROUTE_OF_STREAM = {"2": "error", "3": "warning", "4": "verbose", "5": "debug", "6": "information"}


class StreamRouter:
    """The routes in force right now (one per session)."""

    def __init__(self) -> None:
        self.routes = CONSOLE


class RoutedHost:
    """The console host as commands see it: a message for a redirected stream goes
    to that stream's sink as a record instead of to the console."""

    def __init__(self, host: Any, router: StreamRouter) -> None:
        self._host = host
        self._router = router

    def __getattr__(self, name: str) -> Any:
        return getattr(self._host, name)

    def write_warning(self, text: str) -> None:
        self._send("warning", WarningRecord, self._host.write_warning, text)

    def write_verbose(self, text: str) -> None:
        self._send("verbose", VerboseRecord, self._host.write_verbose, text)

    def write_debug(self, text: str) -> None:
        self._send("debug", DebugRecord, self._host.write_debug, text)

    def write_information(self, message_data: Any, text: str, newline: bool = True,
                          show: bool = True) -> None:
        """Stream 6: Write-Host's text (and Write-Information's message when shown)."""
        sink = self._router.routes.information
        if sink is not None:
            sink(InformationRecord(message_data))
        else:
            self._host.write_information(message_data, text, newline, show)

    def _send(self, route: str, record: Callable[[str], Any], show: Callable[[str], None],
              text: str) -> None:
        sink = getattr(self._router.routes, route)
        if sink is None:
            show(text)
        else:
            sink(record(text))   # the record is made only for a redirected stream


class Redirect:
    """One redirection as compiled: which streams, and to the output (a merge) or to
    a target (a file path, or $null to discard)."""

    __slots__ = ("streams", "target", "append", "wildcard")

    def __init__(self, streams: tuple[str, ...], target: "Expr | None", append: bool,
                 wildcard: bool) -> None:
        self.streams = streams
        self.target = target        # None: merge into the output stream
        self.append = append
        self.wildcard = wildcard


def compile_redirections(redirections: tuple[ast.Redirection, ...],
                         compiler: "Compiler") -> list[Redirect]:
    from .compiler import CompileError
    plans: list[Redirect] = []
    explicit: set[str] = set()
    for node in redirections:
        wildcard = node.stream == "*"
        if node.target is None and node.to_stream != "1":
            raise CompileError(_parse_error(node, f"The '{node.span.text}' operator is reserved for "
                                                  "future use.", "RedirectionNotSupported"))
        if not wildcard:
            if node.stream in explicit:
                name = "output" if node.stream == "1" else _ROUTE_OF_STREAM[node.stream]
                raise CompileError(_parse_error(
                    node, f"The {name} stream for this command is already redirected.",
                    "StreamAlreadyRedirected"))
            explicit.add(node.stream)
        if node.target is None:
            streams = ALL_STREAMS[1:] if wildcard else (node.stream,)
        else:
            streams = ALL_STREAMS if wildcard else (node.stream,)
        target = compiler.expression(node.target) if node.target is not None else None
        plans.append(Redirect(streams, target, node.append, wildcard))
    return plans


def _parse_error(node: ast.Node, message: str, error_id: str) -> ErrorRecord:
    from .pipelines import invocation_of
    return ErrorRecord(message=message, error_id=error_id, category="ParserError",
                       exception_type="System.Management.Automation.ParseException",
                       invocation=invocation_of(node))


class FileSink:
    """Objects bound for a file: rendered as the console would show them (Out-File's
    text) and written when the command ends, UTF-8 without a BOM."""

    def __init__(self, path: str, append: bool, render: Callable[[list[Any]], str]) -> None:
        self.path = path
        self._render = render
        self._objects: list[Any] = []
        self._closed = False
        try:
            # Opened (and truncated) at once, as Out-File does in its begin.
            with open(path, "a" if append else "w", encoding="utf-8", newline="\n"):
                pass
        except OSError as exc:
            raise PSRuntimeError(ErrorRecord(
                message=_os_message(exc, path), error_id="FileOpenFailure", category="OpenError",
                target=path, exception_type="System.IO.IOException")) from None

    def __call__(self, obj: Any) -> None:
        # A warning or an information record in a file is its message alone.
        if isinstance(obj, (InformationalRecord, InformationRecord)):
            obj = str(obj)
        self._objects.append(obj)

    def close(self) -> None:
        if self._closed:
            return
        self._closed = True
        if self._objects:
            text = self._render(self._objects)
            with open(self.path, "a", encoding="utf-8", newline="\n") as handle:
                handle.write(text)


def _os_message(exc: OSError, path: str) -> str:
    if isinstance(exc, FileNotFoundError):
        return f"Could not find a part of the path '{path}'."
    if isinstance(exc, IsADirectoryError):
        return f"Access to the path '{path}' is denied."
    if isinstance(exc, PermissionError):
        return f"Access to the path '{path}' is denied."
    return f"{exc.strerror or exc}: '{path}'"


def _discard(obj: Any) -> None:
    pass


class RedirectedStage:
    """A pipeline stage (a command, or the expression heading the pipeline) whose
    streams are redirected. Everything but the routing is the inner stage's."""

    def __init__(self, inner: Any, plans: list[Redirect], router: StreamRouter,
                 scope: "Scope", render: Callable[[list[Any]], str]) -> None:
        self.inner = inner
        self._plans = plans
        self._router = router
        self._scope = scope
        self._render = render
        self._downstream: Sink = _discard
        self._output: Sink | None = None     # set by _open: downstream, a file or a discard
        self._outer = CONSOLE
        self._routes = CONSOLE
        self._files: list[FileSink] = []
        inner.downstream = self._emit_output

    def __getattr__(self, name: str) -> Any:
        return getattr(self.inner, name)   # had_error, command, cmdlet, ...

    @property
    def downstream(self) -> Sink:
        return self._downstream

    @downstream.setter
    def downstream(self, sink: Sink) -> None:
        self._downstream = sink

    # ------------------------------------------------------------- stage protocol
    def begin(self) -> None:
        self._outer = self._router.routes
        self._open()
        self._within(self.inner.begin)

    def process(self, obj: Any) -> None:
        self._within(self.inner.process, obj)

    def process_without_input(self) -> None:
        self._within(self.inner.process_without_input)

    def end(self) -> None:
        try:
            self._within(self.inner.end)
        finally:
            self._close()

    # ------------------------------------------------------------- routing
    def _open(self) -> None:
        sinks: dict[str, Sink] = {}
        by_path: dict[str, FileSink] = {}
        for plan in self._plans:
            if plan.target is None:
                sink: Sink = self._emit_output
            else:
                sink = self._file(plan, by_path)
            for stream in plan.streams:
                if plan.wildcard and stream in sinks:
                    continue   # `> out.txt *> rest.txt`: the explicit one keeps its stream
                sinks[stream] = sink
        self._output = sinks.pop("1", None)
        outer = self._outer
        self._routes = Routes(*(sinks.get(number, getattr(outer, route))
                                for number, route in _ROUTE_OF_STREAM.items()))

    def _file(self, plan: Redirect, by_path: dict[str, FileSink]) -> Sink:
        value = plan.target(self._scope)   # type: ignore[misc]
        if value is None:
            return _discard
        path = os.path.abspath(os.path.expanduser(to_string(value)))
        sink = by_path.get(path)
        if sink is None:
            sink = FileSink(path, plan.append, self._render)
            by_path[path] = sink
            self._files.append(sink)
        return sink

    def _close(self) -> None:
        for sink in self._files:
            sink.close()

    def _within(self, step: Callable[..., None], *args: Any) -> None:
        router = self._router
        saved = router.routes
        router.routes = self._routes
        try:
            step(*args)
        except PipelineStopped:
            raise           # a downstream stop: this command's end still runs
        except BaseException:
            self._close()   # what reached a file before a terminating error stays written
            raise
        finally:
            router.routes = saved

    def _emit_output(self, obj: Any) -> None:
        """The command's output (and what was merged into it) goes on with the
        caller's routes: the commands downstream have their own streams."""
        router = self._router
        saved = router.routes
        router.routes = self._outer
        try:
            (self._output or self._downstream)(obj)
        finally:
            router.routes = saved


class ExpressionStage:
    """The expression heading a pipeline, as a stage, so that its redirections wrap
    it as they wrap a command (`$(Get-CsUser -Identity x; 1) 2>$null`)."""

    had_error = False

    def __init__(self, expression: "Expr", scope: "Scope") -> None:
        self._expression = expression
        self._scope = scope
        self.downstream: Sink = _discard

    def begin(self) -> None:
        pass

    def process(self, obj: Any) -> None:
        self.downstream(obj)

    def process_without_input(self) -> None:
        for obj in enumerate_value(self._expression(self._scope)):
            self.downstream(obj)

    def end(self) -> None:
        pass


__all__ = ["StreamRouter", "RoutedHost", "Routes", "CONSOLE", "Redirect", "compile_redirections",
           "RedirectedStage", "ExpressionStage", "FileSink"]
