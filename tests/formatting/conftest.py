import pytest

from lyncshell.cmdlets.lang.values import ScriptBlockValue


class FakeScript(ScriptBlockValue):
    """A calculated property's script block, backed by a Python function."""

    def __init__(self, func, text):
        self._func = func
        self._text = text

    def invoke(self, dollar_under=None, args=(), sink=None):
        return [self._func(dollar_under)]

    def invoke_single(self, dollar_under):
        return self._func(dollar_under)

    @property
    def text(self):
        return self._text


@pytest.fixture
def script():
    return FakeScript
