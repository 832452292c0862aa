"""Drive Lync cmdlets through the real binder and pipeline against the in-memory
FakeStore (tests/lync/fakes.py)."""
from __future__ import annotations

import sys
from pathlib import Path
from typing import Any, Iterable

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "core_cmdlets"))

from core_harness import FakeContext, Named, Lit, sb, to_arguments  # noqa: E402,F401

from lyncshell.cmdlets.core import CORE_CMDLETS  # noqa: E402
from lyncshell.cmdlets.errors import InvocationInfo  # noqa: E402
from lyncshell.cmdlets.lync import LYNC_CMDLETS  # noqa: E402
from lyncshell.cmdlets.pipeline import CommandProcessor, run_pipeline  # noqa: E402
from lyncshell.cmdlets.registry import CommandRegistry  # noqa: E402

try:
    from lyncshell.cmdlets.ad import AD_CMDLETS  # noqa: E402
except ImportError:  # pragma: no cover
    AD_CMDLETS = ()

REGISTRY = CommandRegistry(CORE_CMDLETS + LYNC_CMDLETS + tuple(AD_CMDLETS))


class LabContext(FakeContext):
    """The core harness's context, with target authorization that allows (None)."""

    def authorize_target(self, command, target):
        return None


class LabRun:
    def __init__(self, ctx: FakeContext, output: list[Any]) -> None:
        self.ctx = ctx
        self.output = output
        self.errors = ctx.errors
        self.text = ctx.host.text

    @property
    def messages(self) -> list[str]:
        return [e.message for e in self.errors]


def lab(store, *commands: tuple[Any, ...], input: Iterable[Any] | None = None,
        ctx: FakeContext | None = None, now=None) -> LabRun:
    ctx = ctx or LabContext({"store": store})
    ctx.services.setdefault("store", store)
    if now is not None:
        ctx.now = lambda: now  # type: ignore[method-assign]
    output: list[Any] = []
    stages = []
    for position, (name, *args) in enumerate(commands, start=1):
        command = REGISTRY.resolve(name)
        assert command is not None, name
        stages.append(CommandProcessor(command, to_arguments(args), ctx,
                                       InvocationInfo(command_name=command.name), position,
                                       position > 1 or input is not None))
    run_pipeline(stages, output.append, input)
    return LabRun(ctx, output)
