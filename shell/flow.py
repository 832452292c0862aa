"""Control-flow signals: break, continue, return and exit travel as exceptions
through the compiled closures up to the construct that handles them."""
from __future__ import annotations


class FlowSignal(Exception):
    """Base of the non-error control-flow signals."""


class BreakSignal(FlowSignal):
    def __init__(self, label: str = "") -> None:
        super().__init__(label)
        self.label = label


class ContinueSignal(FlowSignal):
    def __init__(self, label: str = "") -> None:
        super().__init__(label)
        self.label = label


class ReturnSignal(FlowSignal):
    """`return`: ends the current script block or function (its value was already written)."""


class ExitSignal(FlowSignal):
    """`exit N`: ends the script (or the session at top level) with exit code N."""

    def __init__(self, code: int = 0) -> None:
        super().__init__(code)
        self.code = code
