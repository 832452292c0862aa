"""The interface the REPL needs from the shell; the composition root supplies the implementation.

Kept free of prompt_toolkit so the executor side can implement (and type-check) it without
paying the REPL's import cost.
"""

from __future__ import annotations

from typing import Protocol, runtime_checkable


@runtime_checkable
class ReplHost(Protocol):
    def prompt_text(self) -> str:
        """The primary prompt, e.g. ``"PS C:\\Users\\Administrator> "``; asked before every input."""
        ...

    def is_complete(self, text: str) -> bool:
        """False while *text* ends inside an open construct (wraps ``grammar.check_complete``)."""
        ...

    def execute(self, text: str) -> None:
        """Run one input; prints its own output and errors. May raise KeyboardInterrupt."""
        ...

    @property
    def exit_code(self) -> int | None:
        """Set once the user ran ``exit``; None means keep reading."""
        ...


@runtime_checkable
class CompletingHost(Protocol):
    """Optional extra a host may offer: tab completion.

    ``complete(text, cursor)`` returns replacements for the word that ends at *cursor* (the run of
    characters back to the previous blank or one of ``;|&(){},=``), e.g. for ``"Get-CsU"`` ->
    ``["Get-CsUser"]`` and for ``"Set-CsClientPin -Id"`` -> ``["-Identity"]``.
    """

    def complete(self, text: str, cursor: int) -> list[str]: ...
