"""Objects that describe the shell itself: $PSVersionTable and its versions,
$Host / Get-Host, $PWD, and New-Guid's Guid. Plain classes with registered
views, so scripts read them with the property names PowerShell uses."""
from __future__ import annotations

import os
import platform
import uuid
from dataclasses import dataclass, field
from typing import Any

from ..lang.values import Hashtable, attribute_view, register_view

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
        return text


register_view(SemanticVersion, attribute_view(
    ("System.Management.Automation.SemanticVersion", "System.Object"),
    (("Major", "major"), ("Minor", "minor"), ("Patch", "patch"),
     ("PreReleaseLabel", "pre_release_label"), ("BuildLabel", "build_label")),
    to_string=str, view="table"))


@dataclass(frozen=True, slots=True)
class DotNetVersion:
    """System.Version: Major.Minor[.Build[.Revision]]; -1 for the parts not given."""

    major: int
    minor: int
    build: int = -1
    revision: int = -1

    def __str__(self) -> str:
        parts = [self.major, self.minor] + [p for p in (self.build, self.revision) if p >= 0]
        return ".".join(str(p) for p in parts)


register_view(DotNetVersion, attribute_view(
    ("System.Version", "System.Object"),
    (("Major", "major"), ("Minor", "minor"), ("Build", "build"), ("Revision", "revision")),
    to_string=str, view="table"))


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
