"""$PSVersionTable.PSVersion (SemanticVersion) against [version], text and numbers."""
import pytest

from lyncshell.cmdlets.core.environment import SemanticVersion, to_semantic_version
from lyncshell.cmdlets.errors import PSRuntimeError
from lyncshell.cmdlets.lang.operators import ps_compare, ps_equals
from lyncshell.cmdlets.lang.version import Version

PS = SemanticVersion(7, 4, 6)


@pytest.mark.parametrize("other,expected", [
    (Version(7, 0), 1), (Version(8, 0), -1), (Version(7, 4, 6), 0), (Version(7, 4, 6, 0), 0),
    ("7.2", 1), ("7.4.6", 0), ("7.5.0-preview.1", -1), (7, 1), (8, -1),
    (SemanticVersion(7, 4, 6, "rc.1"), 1),
])
def test_compare(other, expected):
    assert ps_compare(PS, other) == expected


def test_version_on_the_left_converts_the_semantic_version():
    assert ps_compare(Version(7, 0), PS) == -1
    assert ps_equals(Version(7, 4, 6), PS)


def test_pre_release_precedence():
    a = SemanticVersion(1, 0, 0, "alpha")
    assert ps_compare(a, SemanticVersion(1, 0, 0, "alpha.1")) == -1
    assert ps_compare(SemanticVersion(1, 0, 0, "alpha.2"), SemanticVersion(1, 0, 0, "alpha.10")) == -1
    assert ps_compare(SemanticVersion(1, 0, 0, "beta"), SemanticVersion(1, 0, 0, "alpha.1")) == 1
    assert ps_compare(SemanticVersion(1, 0, 0), a) == 1


def test_text_with_labels():
    v = to_semantic_version("1.2.3-rc.1+build.5")
    assert (v.major, v.minor, v.patch, v.pre_release_label, v.build_label) == (1, 2, 3, "rc.1", "build.5")
    assert str(v) == "1.2.3-rc.1+build.5"


def test_bad_text_is_a_comparison_error():
    with pytest.raises(PSRuntimeError):
        ps_compare(PS, "not a version")
