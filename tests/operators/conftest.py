import pytest

from lyncshell.cmdlets.lang.operators import SimpleContext, binary_operator, unary_operator


@pytest.fixture
def ctx():
    return SimpleContext()


@pytest.fixture
def op(ctx):
    """op('-eq', 1, 2) -> result, with a fresh context."""
    def apply(name, left, right):
        return binary_operator(name)(left, right, ctx)
    return apply


@pytest.fixture
def un(ctx):
    def apply(name, value):
        return unary_operator(name)(value, ctx)
    return apply
