"""Objects that describe the shell itself: $PSVersionTable and its versions,
$Host / Get-Host, $PWD, and New-Guid's Guid. Plain classes with registered
views, so scripts read them with the property names PowerShell uses."""
from __future__ import annotations

import os
import platform
import re
import uuid
from dataclasses import dataclass, field
from typing import Any

from ..lang.values import Hashtable, attribute_view, register_view
from ..lang.version import Version

PS_VERSION = (7, 4, 6)
HOST_NAME = "ConsoleHost"


@dataclass(frozen=True, slots=True)
class SemanticVersion:
    """System.Management.Automation.SemanticVersion ($PSVersionTable.PSVersion)."""

    major: int
    minor: int
    patch: int
    pre_release_label: str | None = None
    build_label: str | None = None

    def __str__(self) -> str:
        text = f"{self.major}.{self.minor}.{self.patch}"
        if self.pre_release_label:
            text += f"-{self.pre_release_label}"
        if self.build_label:
            text += f"+{self.build_label}"
        return text

    def ps_compare_to(self, other: Any) -> int:
        """IComparable: PowerShell converts the right side to a SemanticVersion first, so
        `$PSVersionTable.PSVersion -ge [version]'7.0'` (new SemanticVersion(Version)),
        `-ge '7.2'` (Parse) and `-ge 7` (new SemanticVersion(int)) all compare."""
        theirs = to_semantic_version(other)
        mine_key = (self.major, self.minor, self.patch)
        their_key = (theirs.major, theirs.minor, theirs.patch)
        if mine_key != their_key:
            return -1 if mine_key < their_key else 1
        return _compare_labels(self.pre_release_label, theirs.pre_release_label)


def _compare_labels(mine: str | None, theirs: str | None) -> int:
    """SemVer 2.0 precedence of pre-release labels: none ranks above any label;
    dot-separated parts compare numerically when both are numbers, else ordinally."""
    if not mine or not theirs:
        return (not mine) - (not theirs)
    a_parts, b_parts = mine.split("."), theirs.split(".")
    for a, b in zip(a_parts, b_parts):
        if a == b:
            continue
        if a.isdigit() and b.isdigit():
            return -1 if int(a) < int(b) else 1
        if a.isdigit() != b.isdigit():
            return -1 if a.isdigit() else 1     # a numeric part ranks below an alphanumeric one
        return -1 if a < b else 1
    return (len(a_parts) > len(b_parts)) - (len(a_parts) < len(b_parts))


_SEMVER_RE = re.compile(r"\s*(\d+)(?:\.(\d+)(?:\.(\d+))?)?(?:-([0-9A-Za-z.-]+))?"
                        r"(?:\+([0-9A-Za-z.-]+))?\s*\Z")


def to_semantic_version(value: Any) -> SemanticVersion:
    """`[semver]$value`: from a SemanticVersion, a System.Version (its Build, 0 when unset,
    is the Patch), a whole number (the Major) or text."""
    from ..lang.casts import cast_error
    from ..lang.convert import to_string
    if isinstance(value, SemanticVersion):
        return value
    if isinstance(value, Version):
        return SemanticVersion(value.Major, value.Minor, max(value.Build, 0))
    if isinstance(value, int) and not isinstance(value, bool) and value >= 0:
        return SemanticVersion(int(value), 0, 0)
    text = to_string(value)
    match = _SEMVER_RE.match(text) if isinstance(value, str) else None
    if match is None:
        raise cast_error(f'Cannot convert value "{text}" to type '
                         f'"System.Management.Automation.SemanticVersion".',
                         "InvalidCastParseTargetInvocation")
    major, minor, patch, pre, build = match.groups()
    return SemanticVersion(int(major), int(minor or 0), int(patch or 0), pre, build)


register_view(SemanticVersion, attribute_view(
    ("System.Management.Automation.SemanticVersion", "System.Object"),
    (("Major", "major"), ("Minor", "minor"), ("Patch", "patch"),
     ("PreReleaseLabel", "pre_release_label"), ("BuildLabel", "build_label")),
    to_string=str, view="table"))


# $PSVersionTable's other versions are System.Version (lang.version.Version).
DotNetVersion = Version


@dataclass(frozen=True, slots=True)
class PathInfo:
    """System.Management.Automation.PathInfo: what $PWD holds."""

    path: str

    @property
    def provider_path(self) -> str:
        return self.path

    @property
    def drive(self) -> str:
        return "/"

    @property
    def provider(self) -> str:
        return "Microsoft.PowerShell.Core\\FileSystem"


register_view(PathInfo, attribute_view(
    ("System.Management.Automation.PathInfo", "System.Object"),
    (("Drive", "drive"), ("Provider", "provider"), ("ProviderPath", "provider_path"),
     ("Path", "path")),
    default_display=("Path",), to_string=lambda p: p.path, view="table"))


@dataclass(frozen=True, slots=True)
class Guid:
    """System.Guid: New-Guid's output; prints as its 36-character form."""

    value: str

    @classmethod
    def new(cls) -> "Guid":
        return cls(str(uuid.uuid4()))

    def __str__(self) -> str:
        return self.value

    def ToString(self, *args: Any) -> str:   # `$guid.ToString()` (also "N" etc.)
        fmt = str(args[0]).upper() if args else "D"
        raw = uuid.UUID(self.value)
        return {"N": raw.hex, "B": "{" + self.value + "}", "P": "(" + self.value + ")"}.get(
            fmt, self.value)


register_view(Guid, attribute_view(("System.Guid", "System.ValueType", "System.Object"),
                                   (("Guid", "value"),), to_string=str, view="table"))


@dataclass(slots=True)
class HostInfo:
    """What $Host and Get-Host give: the console host's identity."""

    name: str = HOST_NAME
    version: SemanticVersion = field(default_factory=lambda: SemanticVersion(*PS_VERSION))
    instance_id: Guid = field(default_factory=Guid.new)
    ui: str = "System.Management.Automation.Internal.Host.InternalHostUserInterface"
    current_culture: str = "en-US"
    current_ui_culture: str = "en-US"
    private_data: str = "Microsoft.PowerShell.ConsoleHost+ConsoleColorProxy"
    debugger_enabled: bool = True
    is_runspace_pushed: bool = False
    runspace: str = "System.Management.Automation.Runspaces.LocalRunspace"


register_view(HostInfo, attribute_view(
    ("System.Management.Automation.Internal.Host.InternalHost",
     "System.Management.Automation.Host.PSHost", "System.Object"),
    (("Name", "name"), ("Version", "version"), ("InstanceId", "instance_id"), ("UI", "ui"),
     ("CurrentCulture", "current_culture"), ("CurrentUICulture", "current_ui_culture"),
     ("PrivateData", "private_data"), ("DebuggerEnabled", "debugger_enabled"),
     ("IsRunspacePushed", "is_runspace_pushed"), ("Runspace", "runspace")),
    to_string=lambda h: "System.Management.Automation.Internal.Host.InternalHost", view="list"))


def os_description() -> str:
    """RuntimeInformation.OSDescription: the distribution's pretty name on Linux."""
    try:
        with open("/etc/os-release", encoding="utf-8") as handle:
            for line in handle:
                if line.startswith("PRETTY_NAME="):
                    return line.split("=", 1)[1].strip().strip('"')
    except OSError:
        pass
    return f"{platform.system()} {platform.release()}"


def version_table() -> Hashtable:
    """$PSVersionTable, in the order pwsh prints it."""
    version = SemanticVersion(*PS_VERSION)
    return Hashtable([
        ("PSVersion", version),
        ("PSEdition", "Core"),
        ("GitCommitId", str(version)),
        ("OS", os_description()),
        ("Platform", "Unix" if os.name == "posix" else "Win32NT"),
        ("PSCompatibleVersions", [DotNetVersion(1, 0), DotNetVersion(2, 0), DotNetVersion(3, 0),
                                  DotNetVersion(4, 0), DotNetVersion(5, 0), DotNetVersion(5, 1),
                                  DotNetVersion(*PS_VERSION)]),
        ("PSRemotingProtocolVersion", DotNetVersion(2, 3)),
        ("SerializationVersion", DotNetVersion(1, 1, 0, 1)),
        ("WSManStackVersion", DotNetVersion(3, 0)),
    ], ordered=True)
