"""lyncshell.grammar: PowerShell text -> typed AST (`ast`) with source spans.

    from lyncshell.grammar import parse, check_complete, ParseError, ast
    tree = parse(text, source_name)        # ast.ScriptBlock; raises ParseError
    check_complete(text)                   # False while the REPL should read more

Importing the package is cheap: lark and the parse tables load on first parse.
"""
from . import ast
from .errors import ParseError

__all__ = ["parse", "check_complete", "ParseError", "ast"]


def parse(text: str, source_name: str = "") -> "ast.ScriptBlock":
    from .parser import parse as _parse
    return _parse(text, source_name)


def check_complete(text: str) -> bool:
    from .parser import check_complete as _check
    return _check(text)
