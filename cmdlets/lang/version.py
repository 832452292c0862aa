"""System.Version: `[version]'1.2.3'`, its Major/Minor/Build/Revision, comparison and
text (`$PSVersionTable.PSVersion -ge [version]'7.0'`)."""
from __future__ import annotations

import re
from functools import total_ordering
from typing import Any

from ..errors import PSRuntimeError
from .values import PropertyDef, TypeView, register_view

_VERSION_RE = re.compile(r"\s*(\d+)\.(\d+)(?:\.(\d+)(?:\.(\d+))?)?\s*\Z")
_INT32_MAX = 2**31 - 1


@total_ordering
class Version:
    """Unset Build and Revision are -1, and sort before 0, as in .NET."""

    __slots__ = ("Major", "Minor", "Build", "Revision")

    def __init__(self, major: int, minor: int, build: int = -1, revision: int = -1) -> None:
        self.Major, self.Minor, self.Build, self.Revision = major, minor, build, revision

    def _key(self) -> tuple[int, int, int, int]:
        return (self.Major, self.Minor, self.Build, self.Revision)

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Version) and other._key() == self._key()

    def __lt__(self, other: "Version") -> bool:
        return self._key() < other._key()

    def __hash__(self) -> int:
        return hash(self._key())

    def __str__(self) -> str:
        parts = [self.Major, self.Minor] + [p for p in (self.Build, self.Revision) if p >= 0]
        return ".".join(str(p) for p in parts)

    def ps_compare_to(self, other: Any) -> int:
        """IComparable for the comparison operators and Sort-Object: the right side is
        converted to a version first."""
        theirs = other if isinstance(other, Version) else to_version(other)
        return (self > theirs) - (self < theirs)


def parse_version(text: str) -> Version | None:
    match = _VERSION_RE.match(text)
    if match is None:
        return None
    parts = [int(p) if p is not None else -1 for p in match.groups()]
    if any(p > _INT32_MAX for p in parts):
        return None
    return Version(*parts)


def to_version(value: Any) -> Version:
    """`[version]$value`."""
    from .casts import cast_error
    from .convert import to_string
    if isinstance(value, Version):
        return value
    if value is None:
        raise cast_error('Cannot convert null to type "System.Version".', "InvalidCastFromNull")
    text = to_string(value)
    if isinstance(value, int) and not isinstance(value, bool):
        raise cast_error(f'Cannot convert value "{text}" to type "System.Version". Error: "Version '
                         f'string portion was too short or too long. (Parameter \'input\')"',
                         "InvalidCastParseTargetInvocation")
    made = parse_version(text)
    if made is None:
        raise cast_error(f'Cannot convert value "{text}" to type "System.Version". Error: "Version '
                         f'string portion was too short or too long. (Parameter \'input\')"'
                         if text.count(".") < 1 or text.count(".") > 3 else
                         f'Cannot convert value "{text}" to type "System.Version". Error: "Input string '
                         f'was not in a correct format."', "InvalidCastParseTargetInvocation")
    return made


def new_version(*parts: Any) -> Version:
    """`[version]::new(1, 2[, 3[, 4]])` or `[version]::new('1.2')`."""
    from .convert import to_int
    if len(parts) == 1:
        return to_version(parts[0])
    if not 2 <= len(parts) <= 4:
        raise TypeError("no such constructor")
    numbers = [to_int(p) for p in parts] + [-1] * (4 - len(parts))
    if any(n < 0 for n in numbers[:len(parts)]):
        raise PSRuntimeError.of('Exception calling ".ctor": "Version\'s parameters must be greater '
                                'than or equal to zero."', "ArgumentOutOfRangeException")
    return Version(*numbers)


register_view(Version, TypeView(
    type_names=("System.Version", "System.Object"),
    properties=(PropertyDef("Major", lambda v: v.Major), PropertyDef("Minor", lambda v: v.Minor),
                PropertyDef("Build", lambda v: v.Build), PropertyDef("Revision", lambda v: v.Revision),
                PropertyDef("MajorRevision", lambda v: v.Revision >> 16 if v.Revision > 0 else -1 if v.Revision < 0 else 0),
                PropertyDef("MinorRevision", lambda v: v.Revision & 0xFFFF if v.Revision > 0 else -1 if v.Revision < 0 else 0)),
    default_display=("Major", "Minor", "Build", "Revision"),
    to_string=str))

__all__ = ["Version", "new_version", "parse_version", "to_version"]
