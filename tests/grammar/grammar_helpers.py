"""Helpers shared by the grammar tests."""
from lyncshell.grammar import ast, parse


def stmts(text):
    return parse(text).end.statements


def only(text):
    """The single pipeline element's expression / command of a one-statement script."""
    (s,) = stmts(text)
    return s


def expr(text):
    s = only(text)
    assert isinstance(s, ast.Pipeline) and len(s.elements) == 1
    el = s.elements[0]
    assert isinstance(el, ast.CommandExpression)
    return el.expression


def command(text):
    s = only(text)
    assert isinstance(s, ast.Pipeline)
    (c,) = s.elements
    assert isinstance(c, ast.Command)
    return c
